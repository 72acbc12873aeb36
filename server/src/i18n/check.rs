//! Compares every locale with the reference locale, like Firefox's compare-locales:
//! a locale must have exactly the reference's messages and attributes, each using
//! exactly the same variables, with no syntax errors and only CLDR plural categories
//! (or exact numbers) as selector keys. Pure: it works on FTL sources.

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
    AttributesDiffer { expected: Vec<String>, found: Vec<String> },
    VariablesDiffer { expected: Vec<String>, found: Vec<String> },
    UnknownPluralCategory(String),
}

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
}

const PLURAL_CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// Checks every locale against the reference; returns every problem found.
pub fn check_locales(locales: &[EmbeddedLocale]) -> Vec<Problem> {
    let mut problems = Vec::new();
    let shapes: BTreeMap<&str, BTreeMap<String, MessageShape>> =
        locales.iter().map(|(code, _, files)| (*code, shapes_of(code, files, &mut problems))).collect();
    let Some(reference) = shapes.get(REFERENCE_LOCALE) else {
        problems.push(Problem { locale: REFERENCE_LOCALE.into(), message: "*".into(), kind: ProblemKind::Missing });
        return problems;
    };
    for (code, shape) in &shapes {
        for (id, expected) in reference {
            let Some(found) = shape.get(id) else {
                problems.push(Problem { locale: (*code).into(), message: id.clone(), kind: ProblemKind::Missing });
                continue;
            };
            compare(code, id, expected, found, &mut problems);
        }
        for id in shape.keys().filter(|id| !reference.contains_key(*id)) {
            problems.push(Problem { locale: (*code).into(), message: id.clone(), kind: ProblemKind::Extra });
        }
    }
    problems
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

fn shapes_of(code: &str, files: &[(&str, &str)], problems: &mut Vec<Problem>) -> BTreeMap<String, MessageShape> {
    let mut shapes = BTreeMap::new();
    for (file, source) in files {
        let resource = match fluent_syntax::parser::parse(*source) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                for error in errors {
                    problems.push(Problem {
                        locale: code.into(),
                        message: (*file).into(),
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
                        shape.variables.insert(String::new(), variables_of(value, code, message.id.name, problems));
                    }
                    for attribute in &message.attributes {
                        shape.attributes.insert(attribute.id.name.to_owned());
                        let variables = variables_of(&attribute.value, code, message.id.name, problems);
                        shape.variables.insert(attribute.id.name.to_owned(), variables);
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
                    message: (*file).into(),
                    kind: ProblemKind::SyntaxError(format!("unparsable: {}", content.trim())),
                }),
                Entry::Term(_) | Entry::Comment(_) | Entry::GroupComment(_) | Entry::ResourceComment(_) => {}
            }
        }
    }
    shapes
}

fn variables_of(pattern: &Pattern<&str>, code: &str, id: &str, problems: &mut Vec<Problem>) -> BTreeSet<String> {
    let mut variables = BTreeSet::new();
    collect_pattern(pattern, &mut variables, &mut |key| {
        problems.push(Problem {
            locale: code.into(),
            message: id.into(),
            kind: ProblemKind::UnknownPluralCategory(key.into()),
        });
    });
    variables
}

fn collect_pattern(pattern: &Pattern<&str>, variables: &mut BTreeSet<String>, bad_key: &mut dyn FnMut(&str)) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            collect_expression(expression, variables, bad_key);
        }
    }
}

fn collect_expression(expression: &Expression<&str>, variables: &mut BTreeSet<String>, bad_key: &mut dyn FnMut(&str)) {
    match expression {
        Expression::Inline(inline) => collect_inline(inline, variables, bad_key),
        Expression::Select { selector, variants } => {
            collect_inline(selector, variables, bad_key);
            for variant in variants {
                if let VariantKey::Identifier { name } = &variant.key {
                    if !PLURAL_CATEGORIES.contains(name) {
                        bad_key(name);
                    }
                }
                collect_pattern(&variant.value, variables, bad_key);
            }
        }
    }
}

fn collect_inline(inline: &InlineExpression<&str>, variables: &mut BTreeSet<String>, bad_key: &mut dyn FnMut(&str)) {
    match inline {
        InlineExpression::VariableReference { id } => {
            variables.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                collect_inline(argument, variables, bad_key);
            }
            for argument in &arguments.named {
                collect_inline(&argument.value, variables, bad_key);
            }
        }
        InlineExpression::Placeable { expression } => collect_expression(expression, variables, bad_key),
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
}
