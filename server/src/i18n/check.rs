//! Compares every locale with the reference locale, like Firefox's compare-locales:
//! a locale must have exactly the reference's messages and attributes, each using
//! exactly the same variables, with no syntax errors and only CLDR plural categories
//! (or exact numbers) as selector keys. Pure: it works on FTL sources.
//!
//! Files are compared one by one. [`REQUIRED_FILES`] (what a child reads) must exist
//! in every locale; any other file (the staff console's strings) may be left out of a
//! locale, whose readers then get the reference language, but a file that is there
//! must be complete. [`PARTIAL_FILES`] (the canned answers) may lack messages: a
//! missing answer cannot be sent to that language, and admins see what is missing.
//!
//! Plural selectors are checked against the language's own CLDR rules: a selector
//! that distinguishes plural categories must cover every category the language has
//! (Russian needs `one`, `few` and `many`), and may not use one the language lacks.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};

use super::{EmbeddedLocale, REFERENCE_LOCALE};

/// One thing wrong with one locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub locale: String,
    pub message: String,
    pub kind: ProblemKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    SyntaxError(String),
    Missing,
    Extra,
    Duplicate,
    MissingValue,
    AttributesDiffer {
        expected: Vec<String>,
        found: Vec<String>,
    },
    VariablesDiffer {
        expected: Vec<String>,
        found: Vec<String>,
    },
    UnknownPluralCategory(String),
    /// A required file is absent.
    MissingFile,
    /// A plural selector lacks categories this language needs.
    PluralCategoriesMissing(Vec<String>),
    /// A plural selector uses a category this language never selects.
    PluralCategoryUnused(String),
}

/// Files every locale must have: the child's page cannot fall back to another language.
pub const REQUIRED_FILES: &[&str] = &["child.ftl", "presence.ftl", "survey.ftl", "codes.ftl", "handover.ftl"];

/// Files whose messages a locale may have only some of: each message is a whole
/// answer that is either translated or not offered in that language. What is there is
/// still checked (no extras, same variables, plural forms).
pub const PARTIAL_FILES: &[&str] = &["canned.ftl"];

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: ", self.locale, self.message)?;
        match &self.kind {
            ProblemKind::SyntaxError(detail) => write!(f, "syntax error: {detail}"),
            ProblemKind::Missing => write!(f, "missing (present in {REFERENCE_LOCALE})"),
            ProblemKind::Extra => write!(f, "not in {REFERENCE_LOCALE}"),
            ProblemKind::Duplicate => write!(f, "defined twice"),
            ProblemKind::MissingValue => write!(f, "has no value"),
            ProblemKind::AttributesDiffer { expected, found } => {
                write!(f, "attributes {found:?}, expected {expected:?}")
            }
            ProblemKind::VariablesDiffer { expected, found } => write!(f, "variables {found:?}, expected {expected:?}"),
            ProblemKind::UnknownPluralCategory(key) => write!(f, "selector key [{key}] is not a CLDR plural category"),
            ProblemKind::MissingFile => write!(f, "file missing (required in every locale)"),
            ProblemKind::PluralCategoriesMissing(missing) => {
                write!(f, "plural selector lacks {missing:?}, which this language uses")
            }
            ProblemKind::PluralCategoryUnused(key) => {
                write!(f, "plural category [{key}] is never used by this language")
            }
        }
    }
}

/// What the checker knows of one message.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
struct MessageShape {
    has_value: bool,
    attributes: BTreeSet<String>,
    /// Variables per part: "" for the value, the attribute name for attributes.
    variables: BTreeMap<String, BTreeSet<String>>,
    plural_selectors: Vec<PluralSelector>,
}

/// The identifier keys of one select expression (`[one]`, `*[other]`); exact-number
/// keys such as `[1]` are left out.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
struct PluralSelector {
    keys: Vec<String>,
}

const PLURAL_CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// Checks every locale against the reference; returns every problem found.
pub fn check_locales(locales: &[EmbeddedLocale]) -> Vec<Problem> {
    let mut problems = Vec::new();
    let Some((_, _, reference_files)) = locales.iter().find(|(code, _, _)| *code == REFERENCE_LOCALE) else {
        problems.push(Problem { locale: REFERENCE_LOCALE.into(), message: "*".into(), kind: ProblemKind::Missing });
        return problems;
    };
    let reference: BTreeMap<&str, BTreeMap<String, MessageShape>> = reference_files
        .iter()
        .map(|(file, source)| (*file, shapes_of(REFERENCE_LOCALE, file, source, &mut problems)))
        .collect();
    for (code, _, files) in locales.iter().filter(|(code, _, _)| *code != REFERENCE_LOCALE) {
        let plurals = PluralCheck::for_language(code);
        for (file, expected_shapes) in &reference {
            let Some((_, source)) = files.iter().find(|(name, _)| name == file) else {
                if REQUIRED_FILES.contains(file) {
                    problems.push(Problem {
                        locale: (*code).into(),
                        message: (*file).into(),
                        kind: ProblemKind::MissingFile,
                    });
                }
                continue;
            };
            let shapes = shapes_of(code, file, source, &mut problems);
            for (id, expected) in expected_shapes {
                let Some(found) = shapes.get(id) else {
                    if PARTIAL_FILES.contains(file) {
                        continue;
                    }
                    problems.push(Problem { locale: (*code).into(), message: id.clone(), kind: ProblemKind::Missing });
                    continue;
                };
                compare(code, id, expected, found, &mut problems);
                for selector in &found.plural_selectors {
                    plurals.check(code, id, selector, &mut problems);
                }
            }
            for id in shapes.keys().filter(|id| !expected_shapes.contains_key(*id)) {
                problems.push(Problem { locale: (*code).into(), message: id.clone(), kind: ProblemKind::Extra });
            }
        }
        for (file, _) in files.iter().filter(|(file, _)| !reference.contains_key(file)) {
            problems.push(Problem { locale: (*code).into(), message: (*file).into(), kind: ProblemKind::Extra });
        }
    }
    let plurals = PluralCheck::for_language(REFERENCE_LOCALE);
    for (id, shape) in reference.values().flatten() {
        for selector in &shape.plural_selectors {
            plurals.check(REFERENCE_LOCALE, id, selector, &mut problems);
        }
    }
    problems
}

/// The plural categories one language uses, from the CLDR rules that Fluent itself
/// selects with.
struct PluralCheck {
    /// Categories of everyday numbers (0 to 1000, simple decimals): a selector must
    /// cover them all.
    common: BTreeSet<&'static str>,
    /// Every category, including those only huge round numbers take (French `many`
    /// for a million): a selector may use them, but need not.
    all: BTreeSet<&'static str>,
    known: bool,
}

impl PluralCheck {
    fn for_language(code: &str) -> Self {
        use intl_pluralrules::{PluralRuleType, PluralRules};
        let unknown = Self { common: BTreeSet::new(), all: BTreeSet::new(), known: false };
        let Ok(language) = code.parse::<unic_langid::LanguageIdentifier>() else { return unknown };
        let Ok(rules) = PluralRules::create(language, PluralRuleType::CARDINAL) else { return unknown };
        let mut common = BTreeSet::new();
        for n in 0..=1000u32 {
            if let Ok(category) = rules.select(n) {
                common.insert(category_name(category));
            }
        }
        for decimal in ["0.5", "1.5", "2.5", "0.1", "1.1", "1.0"] {
            if let Ok(category) = rules.select(decimal) {
                common.insert(category_name(category));
            }
        }
        let mut all = common.clone();
        for huge in [1_000_000u64, 2_000_000, 10_000_000, 1_000_000_000] {
            if let Ok(category) = rules.select(huge) {
                all.insert(category_name(category));
            }
        }
        Self { common, all, known: true }
    }

    fn check(&self, code: &str, id: &str, selector: &PluralSelector, problems: &mut Vec<Problem>) {
        if !self.known {
            return;
        }
        let problem = |kind| Problem { locale: code.into(), message: id.into(), kind };
        for key in &selector.keys {
            if !self.all.contains(key.as_str()) {
                problems.push(problem(ProblemKind::PluralCategoryUnused(key.clone())));
            }
        }
        // A selector on exact numbers only (`[1]` and `*[other]`) picks no plural form.
        let distinguishes_categories = selector.keys.iter().any(|key| key != "other");
        if distinguishes_categories {
            let missing: Vec<String> = self
                .common
                .iter()
                .filter(|category| !selector.keys.iter().any(|key| key == *category))
                .map(|category| (*category).to_owned())
                .collect();
            if !missing.is_empty() {
                problems.push(problem(ProblemKind::PluralCategoriesMissing(missing)));
            }
        }
    }
}

fn category_name(category: intl_pluralrules::PluralCategory) -> &'static str {
    use intl_pluralrules::PluralCategory;
    match category {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

fn compare(code: &str, id: &str, expected: &MessageShape, found: &MessageShape, problems: &mut Vec<Problem>) {
    let problem = |kind| Problem { locale: code.into(), message: id.into(), kind };
    if expected.has_value && !found.has_value {
        problems.push(problem(ProblemKind::MissingValue));
    }
    if expected.attributes != found.attributes {
        problems.push(problem(ProblemKind::AttributesDiffer {
            expected: expected.attributes.iter().cloned().collect(),
            found: found.attributes.iter().cloned().collect(),
        }));
    }
    for (part, expected_variables) in &expected.variables {
        let found_variables = found.variables.get(part).cloned().unwrap_or_default();
        if &found_variables != expected_variables {
            let label = if part.is_empty() { id.to_owned() } else { format!("{id}.{part}") };
            problems.push(Problem {
                locale: code.into(),
                message: label,
                kind: ProblemKind::VariablesDiffer {
                    expected: expected_variables.iter().cloned().collect(),
                    found: found_variables.into_iter().collect(),
                },
            });
        }
    }
}

fn shapes_of(code: &str, file: &str, source: &str, problems: &mut Vec<Problem>) -> BTreeMap<String, MessageShape> {
    let mut shapes = BTreeMap::new();
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for error in errors {
                problems.push(Problem {
                    locale: code.into(),
                    message: file.into(),
                    kind: ProblemKind::SyntaxError(format!("{:?} at bytes {:?}", error.kind, error.pos)),
                });
            }
            resource
        }
    };
    for entry in resource.body {
        match entry {
            Entry::Message(message) => {
                let mut shape = MessageShape { has_value: message.value.is_some(), ..MessageShape::default() };
                if let Some(value) = &message.value {
                    let (variables, selectors) = inspect(value, code, message.id.name, problems);
                    shape.variables.insert(String::new(), variables);
                    shape.plural_selectors.extend(selectors);
                }
                for attribute in &message.attributes {
                    shape.attributes.insert(attribute.id.name.to_owned());
                    let (variables, selectors) = inspect(&attribute.value, code, message.id.name, problems);
                    shape.variables.insert(attribute.id.name.to_owned(), variables);
                    shape.plural_selectors.extend(selectors);
                }
                if shapes.insert(message.id.name.to_owned(), shape).is_some() {
                    problems.push(Problem {
                        locale: code.into(),
                        message: message.id.name.into(),
                        kind: ProblemKind::Duplicate,
                    });
                }
            }
            Entry::Junk { content } => problems.push(Problem {
                locale: code.into(),
                message: file.into(),
                kind: ProblemKind::SyntaxError(format!("unparsable: {}", content.trim())),
            }),
            Entry::Term(_) | Entry::Comment(_) | Entry::GroupComment(_) | Entry::ResourceComment(_) => {}
        }
    }
    shapes
}

/// The variables a pattern uses and its select expressions' keys.
fn inspect(
    pattern: &Pattern<&str>,
    code: &str,
    id: &str,
    problems: &mut Vec<Problem>,
) -> (BTreeSet<String>, Vec<PluralSelector>) {
    let mut found = Found::default();
    collect_pattern(pattern, &mut found);
    for key in &found.bad_keys {
        problems.push(Problem {
            locale: code.into(),
            message: id.into(),
            kind: ProblemKind::UnknownPluralCategory(key.clone()),
        });
    }
    (found.variables, found.selectors)
}

#[derive(Default)]
struct Found {
    variables: BTreeSet<String>,
    selectors: Vec<PluralSelector>,
    bad_keys: Vec<String>,
}

fn collect_pattern(pattern: &Pattern<&str>, found: &mut Found) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            collect_expression(expression, found);
        }
    }
}

fn collect_expression(expression: &Expression<&str>, found: &mut Found) {
    match expression {
        Expression::Inline(inline) => collect_inline(inline, found),
        Expression::Select { selector, variants } => {
            collect_inline(selector, found);
            let mut keys = Vec::new();
            for variant in variants {
                if let VariantKey::Identifier { name } = &variant.key {
                    if PLURAL_CATEGORIES.contains(name) {
                        keys.push((*name).to_owned());
                    } else {
                        found.bad_keys.push((*name).to_owned());
                    }
                }
                collect_pattern(&variant.value, found);
            }
            found.selectors.push(PluralSelector { keys });
        }
    }
}

fn collect_inline(inline: &InlineExpression<&str>, found: &mut Found) {
    match inline {
        InlineExpression::VariableReference { id } => {
            found.variables.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                collect_inline(argument, found);
            }
            for argument in &arguments.named {
                collect_inline(&argument.value, found);
            }
        }
        InlineExpression::Placeable { expression } => collect_expression(expression, found),
        InlineExpression::StringLiteral { .. }
        | InlineExpression::NumberLiteral { .. }
        | InlineExpression::MessageReference { .. }
        | InlineExpression::TermReference { .. } => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: &str =
        "greeting = Hello { $name }\n    .title = Hi\ncount = { $n ->\n    [one] One\n   *[other] { $n } things\n}\n";

    fn kinds(problems: &[Problem]) -> Vec<(String, ProblemKind)> {
        problems.iter().map(|problem| (problem.message.clone(), problem.kind.clone())).collect()
    }

    #[test]
    fn every_shipped_locale_matches_the_reference() {
        let problems = check_locales(super::super::embedded_locales());
        let report: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(report.is_empty(), "locale problems:\n{}", report.join("\n"));
    }

    #[test]
    fn a_complete_locale_passes() {
        const FR: &str = "greeting = Bonjour { $name }\n    .title = Salut\ncount = { $n ->\n    [one] Un\n   *[other] { $n } choses\n}\n";
        assert!(check_locales(&[("en", "", &[("a.ftl", EN)]), ("fr", "", &[("a.ftl", FR)])]).is_empty());
    }

    #[test]
    fn missing_extra_and_misargued_messages_are_reported() {
        const XX: &str = "greeting = Hallo { $nom }\nextra = x\n";
        let problems = check_locales(&[("en", "", &[("a.ftl", EN)]), ("xx", "", &[("a.ftl", XX)])]);
        let found = kinds(&problems);
        assert!(found.contains(&("count".into(), ProblemKind::Missing)));
        assert!(found.contains(&("extra".into(), ProblemKind::Extra)));
        assert!(found.contains(&(
            "greeting".into(),
            ProblemKind::AttributesDiffer { expected: vec!["title".into()], found: vec![] }
        )));
        assert!(found.contains(&(
            "greeting".into(),
            ProblemKind::VariablesDiffer { expected: vec!["name".into()], found: vec!["nom".into()] }
        )));
    }

    #[test]
    fn syntax_errors_and_made_up_plural_categories_are_reported() {
        const XX: &str =
            "greeting = { $name\n    .title = Hi\ncount = { $n ->\n    [single] One\n   *[other] { $n }\n}\n";
        let problems = check_locales(&[("en", "", &[("a.ftl", EN)]), ("xx", "", &[("a.ftl", XX)])]);
        assert!(problems.iter().any(|problem| matches!(problem.kind, ProblemKind::SyntaxError(_))));
        assert!(problems.iter().any(|problem| problem.kind == ProblemKind::UnknownPluralCategory("single".into())));
    }

    #[test]
    fn a_required_file_must_exist_and_an_optional_one_may_be_left_out() {
        let problems = check_locales(&[
            ("en", "", &[("child.ftl", "a = A\n"), ("staff.ftl", "b = B\n")]),
            ("xx", "", &[("staff.ftl", "b = Bx\n")]),
            ("yy", "", &[("child.ftl", "a = Ay\n")]),
        ]);
        assert_eq!(kinds(&problems), vec![("child.ftl".into(), ProblemKind::MissingFile)]);
        assert_eq!(problems[0].locale, "xx");
    }

    #[test]
    fn canned_answers_may_be_partly_translated_but_what_is_there_must_match() {
        let problems = check_locales(&[
            ("en", "", &[("child.ftl", "a = A\n"), ("canned.ftl", "c = C { $name }\nd = D\n")]),
            ("xx", "", &[("child.ftl", "a = Ax\n"), ("canned.ftl", "c = Cx { $name }\n")]),
            ("yy", "", &[("child.ftl", "a = Ay\n"), ("canned.ftl", "c = Cy\ne = E\n")]),
        ]);
        let found = kinds(&problems);
        assert_eq!(found.len(), 2, "{problems:?}");
        assert!(matches!(&found[0], (id, ProblemKind::VariablesDiffer { .. }) if id == "c"), "{problems:?}");
        assert_eq!(found[1], ("e".into(), ProblemKind::Extra));
        assert!(problems.iter().all(|problem| problem.locale == "yy"));
    }

    #[test]
    fn plural_selectors_must_cover_the_language_s_own_categories() {
        const EN_MINUTES: &str = "minutes = { $n ->\n    [one] { $n } minute\n   *[other] { $n } minutes\n}\n";
        // Russian needs one, few and many; `other` alone (for decimals) is not enough.
        const RU_SHORT: &str = "minutes = { $n ->\n    [one] { $n } минута\n   *[other] { $n } минут\n}\n";
        const RU_FULL: &str = "minutes = { $n ->\n    [one] { $n } минута\n    [few] { $n } минуты\n    [many] { $n } минут\n   *[other] { $n } минуты\n}\n";
        // Japanese has no `one`.
        const JA: &str = "minutes = { $n ->\n    [one] { $n } 分\n   *[other] { $n } 分\n}\n";
        let problems = check_locales(&[
            ("en", "", &[("child.ftl", EN_MINUTES)]),
            ("ru", "", &[("child.ftl", RU_SHORT)]),
            ("uk", "", &[("child.ftl", RU_FULL)]),
            ("ja", "", &[("child.ftl", JA)]),
        ]);
        let by_locale: Vec<(&str, ProblemKind)> =
            problems.iter().map(|problem| (problem.locale.as_str(), problem.kind.clone())).collect();
        assert_eq!(
            by_locale,
            vec![
                ("ru", ProblemKind::PluralCategoriesMissing(vec!["few".into(), "many".into()])),
                ("ja", ProblemKind::PluralCategoryUnused("one".into())),
            ]
        );
    }

    #[test]
    fn exact_number_selectors_need_no_plural_forms() {
        const EN: &str = "place = { $n ->\n    [1] You are next.\n   *[other] Place { $n }\n}\n";
        const RU: &str = "place = { $n ->\n    [1] Вы следующий.\n   *[other] Место { $n }\n}\n";
        assert!(check_locales(&[("en", "", &[("child.ftl", EN)]), ("ru", "", &[("child.ftl", RU)])]).is_empty());
    }
}
