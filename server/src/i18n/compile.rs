//! Compiles FTL into the [`Catalog`] the web client formats with (see
//! `bridgeline_protocol::catalog` for why the browser gets no Fluent runtime).
//!
//! The compiled tree reproduces what `fluent-bundle` does with each pattern: the same
//! text, the same Unicode isolation of placeables, the same variant choice. Message and
//! term references are inlined here. Constructs the client cannot evaluate (functions,
//! parameterised terms, selectors that are not variables) are refused with an error, so
//! a locale using them fails at load and in the tests instead of reaching a child.

use std::collections::{BTreeMap, HashMap};

use bridgeline_protocol::catalog::{Catalog, Element, Key, Message, Pattern, Variant};
use fluent_syntax::ast;

/// Why a pattern cannot be compiled.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}: {problem}")]
pub struct CompileError {
    pub message: String,
    pub problem: String,
}

/// References are followed at most this deep, which also stops cycles.
const MAX_DEPTH: usize = 8;

/// Compiles every message of `sources` (FTL texts parsed together, as one bundle).
pub fn compile(sources: &[&str]) -> Result<Catalog, CompileError> {
    let resources: Vec<ast::Resource<&str>> = sources
        .iter()
        .map(|source| fluent_syntax::parser::parse(*source).unwrap_or_else(|(partial, _)| partial))
        .collect();
    let mut messages = HashMap::new();
    let mut terms = HashMap::new();
    for entry in resources.iter().flat_map(|resource| &resource.body) {
        match entry {
            ast::Entry::Message(message) => {
                messages.insert(message.id.name, message);
            }
            ast::Entry::Term(term) => {
                terms.insert(term.id.name, term);
            }
            _ => {}
        }
    }
    let compiler = Compiler { messages: &messages, terms: &terms };
    let mut catalog = Catalog::default();
    for (id, message) in &messages {
        let fail = |problem: String| CompileError { message: (*id).to_owned(), problem };
        let value = message.value.as_ref().map(|value| compiler.pattern(value, 0)).transpose().map_err(fail)?;
        let mut attributes = BTreeMap::new();
        for attribute in &message.attributes {
            let pattern = compiler.pattern(&attribute.value, 0).map_err(fail)?;
            attributes.insert(attribute.id.name.to_owned(), pattern);
        }
        catalog.messages.insert((*id).to_owned(), Message { value, attributes });
    }
    Ok(catalog)
}

struct Compiler<'a> {
    messages: &'a HashMap<&'a str, &'a ast::Message<&'a str>>,
    terms: &'a HashMap<&'a str, &'a ast::Term<&'a str>>,
}

impl Compiler<'_> {
    fn pattern(&self, pattern: &ast::Pattern<&str>, depth: usize) -> Result<Pattern, String> {
        if depth > MAX_DEPTH {
            return Err("references nest too deep (or form a cycle)".into());
        }
        // Fluent isolates placeables only in patterns of more than one element.
        let several = pattern.elements.len() > 1;
        let mut compiled = Vec::with_capacity(pattern.elements.len());
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => compiled.push(Element::Text((*value).to_owned())),
                ast::PatternElement::Placeable { expression } => {
                    let exempt = matches!(
                        expression,
                        ast::Expression::Inline(
                            ast::InlineExpression::MessageReference { .. }
                                | ast::InlineExpression::TermReference { .. }
                                | ast::InlineExpression::StringLiteral { .. }
                        )
                    );
                    compiled.push(self.expression(expression, several && !exempt, depth)?);
                }
            }
        }
        Ok(compiled)
    }

    fn expression(&self, expression: &ast::Expression<&str>, isolate: bool, depth: usize) -> Result<Element, String> {
        match expression {
            ast::Expression::Inline(inline) => self.inline(inline, isolate, depth),
            ast::Expression::Select { selector, variants } => {
                let ast::InlineExpression::VariableReference { id } = selector else {
                    return Err("only a variable can select a variant".into());
                };
                let default = variants.iter().position(|variant| variant.default).ok_or("no default variant")?;
                let variants = variants
                    .iter()
                    .map(|variant| {
                        let key = match variant.key {
                            ast::VariantKey::Identifier { name } => Key::Name(name.to_owned()),
                            ast::VariantKey::NumberLiteral { value } => number_key(value)?,
                        };
                        Ok(Variant { key, pattern: self.pattern(&variant.value, depth + 1)? })
                    })
                    .collect::<Result<_, String>>()?;
                Ok(Element::Select { selector: id.name.to_owned(), variants, default, isolate })
            }
        }
    }

    fn inline(&self, inline: &ast::InlineExpression<&str>, isolate: bool, depth: usize) -> Result<Element, String> {
        match inline {
            ast::InlineExpression::VariableReference { id } => {
                Ok(Element::Variable { name: id.name.to_owned(), isolate })
            }
            ast::InlineExpression::StringLiteral { value } => {
                Ok(Element::Text(fluent_syntax::unicode::unescape_unicode_to_string(value).into_owned()))
            }
            ast::InlineExpression::MessageReference { id, attribute } => {
                let message = self.messages.get(id.name).ok_or_else(|| format!("unknown message {}", id.name))?;
                let pattern = match attribute {
                    Some(attribute) => attribute_of(&message.attributes, attribute.name)
                        .ok_or_else(|| format!("unknown attribute {}.{}", id.name, attribute.name))?,
                    None => message.value.as_ref().ok_or_else(|| format!("message {} has no value", id.name))?,
                };
                Ok(Element::Group { elements: self.pattern(pattern, depth + 1)?, isolate })
            }
            ast::InlineExpression::TermReference { id, attribute, arguments } => {
                if arguments.is_some() {
                    return Err(format!("term -{} is called with arguments, which the web client cannot do", id.name));
                }
                let term = self.terms.get(id.name).ok_or_else(|| format!("unknown term -{}", id.name))?;
                let pattern = match attribute {
                    Some(attribute) => attribute_of(&term.attributes, attribute.name)
                        .ok_or_else(|| format!("unknown attribute -{}.{}", id.name, attribute.name))?,
                    None => &term.value,
                };
                Ok(Element::Group { elements: self.pattern(pattern, depth + 1)?, isolate })
            }
            ast::InlineExpression::Placeable { expression } => {
                Ok(Element::Group { elements: vec![self.expression(expression, false, depth + 1)?], isolate })
            }
            ast::InlineExpression::NumberLiteral { value } => {
                Err(format!("number literal {value} in a placeable: write the number as text instead"))
            }
            ast::InlineExpression::FunctionReference { id, .. } => {
                Err(format!("function {}() is not supported by the web client", id.name))
            }
        }
    }
}

fn attribute_of<'p, 's>(attributes: &'p [ast::Attribute<&'s str>], name: &str) -> Option<&'p ast::Pattern<&'s str>> {
    attributes.iter().find(|candidate| candidate.id.name == name).map(|found| &found.value)
}

/// `[1]` matches the number 1; `[1.0]` would match nothing in Fluent (its precision
/// differs from an integer argument), so keys with a fraction are refused.
fn number_key(value: &str) -> Result<Key, String> {
    if value.contains('.') {
        return Err(format!("variant key [{value}] has a fraction; use whole numbers"));
    }
    value.parse::<f64>().map(Key::Number).map_err(|_| format!("variant key [{value}] is not a number"))
}

#[cfg(test)]
mod tests {
    use bridgeline_protocol::catalog::Arg;
    use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    use unic_langid::LanguageIdentifier;

    use super::*;
    use crate::i18n::embedded_locales;

    /// Text arguments in several scripts, and numbers across every plural category.
    const TEXTS: &[&str] = &["Amira", "أمل", "Олена", "12:00"];
    const NUMBERS: &[u32] = &[0, 1, 2, 3, 4, 5, 6, 11, 12, 21, 22, 25, 100, 101, 102, 111, 1000];

    fn plural_rule(code: &str) -> impl Fn(f64) -> String {
        let rules = code
            .parse::<LanguageIdentifier>()
            .ok()
            .and_then(|language| PluralRules::create(language, PluralRuleType::CARDINAL).ok());
        move |number: f64| {
            let Some(rules) = &rules else { return String::new() };
            match rules.select(number) {
                Ok(PluralCategory::ZERO) => "zero",
                Ok(PluralCategory::ONE) => "one",
                Ok(PluralCategory::TWO) => "two",
                Ok(PluralCategory::FEW) => "few",
                Ok(PluralCategory::MANY) => "many",
                Ok(PluralCategory::OTHER) => "other",
                Err(_) => "",
            }
            .to_owned()
        }
    }

    /// Every message of every shipped locale, formatted by fluent-bundle and by the
    /// compiled catalog with the same arguments, must read exactly the same.
    #[test]
    fn compiled_catalogs_format_exactly_like_fluent_bundle() {
        let mut compared = 0;
        for (code, _, files) in embedded_locales() {
            for (file, source) in files.iter() {
                let catalog = compile(&[source]).unwrap_or_else(|error| panic!("{code}/{file}: {error}"));
                let language: LanguageIdentifier = code.parse().expect("valid locale code");
                let mut bundle = FluentBundle::new(vec![language]);
                bundle.add_resource(FluentResource::try_new((*source).to_owned()).expect("parses")).expect("adds");
                let plural = plural_rule(code);
                for (id, message) in &catalog.messages {
                    let fluent = bundle.get_message(id).expect("same messages");
                    let mut parts: Vec<(Option<&str>, _)> = Vec::new();
                    if let Some(value) = fluent.value() {
                        parts.push((None, value));
                    }
                    for attribute in fluent.attributes() {
                        parts.push((Some(attribute.id()), attribute.value()));
                    }
                    assert_eq!(parts.len(), usize::from(message.value.is_some()) + message.attributes.len());
                    for (attribute, pattern) in parts {
                        for variant in 0..NUMBERS.len().max(TEXTS.len()) {
                            let number = NUMBERS[variant % NUMBERS.len()];
                            let text = TEXTS[variant % TEXTS.len()];
                            let names = ["name", "language", "time", "position", "minutes", "seconds", "n"];
                            let mut fluent_args = FluentArgs::new();
                            let mut args: Vec<(&str, Arg<'_>)> = Vec::new();
                            for name in names {
                                if matches!(name, "position" | "minutes" | "seconds" | "n") {
                                    fluent_args.set(name, FluentValue::from(number));
                                    args.push((name, Arg::from(number)));
                                } else {
                                    fluent_args.set(name, FluentValue::from(text));
                                    args.push((name, Arg::from(text)));
                                }
                            }
                            let mut errors = Vec::new();
                            let expected = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned();
                            let found = catalog.format(id, attribute, &args, &plural).expect("message exists");
                            assert_eq!(found, expected, "{code}/{file}: {id} {attribute:?} with {number}, {text}");
                            compared += 1;
                        }
                    }
                }
            }
        }
        assert!(compared > 1000, "compared only {compared} formattings");
    }

    #[test]
    fn references_are_inlined_and_isolated_as_fluent_does() {
        let source = "-brand = Bridgeline\nhello = Hi { $name }, this is { -brand }.\nbye = { hello } Bye.\n";
        let catalog = compile(&[source]).unwrap();
        let plural = |_: f64| "other".to_owned();
        assert_eq!(
            catalog.format("bye", None, &[("name", Arg::Text("Amira"))], &plural).unwrap(),
            "Hi \u{2068}Amira\u{2069}, this is Bridgeline. Bye."
        );
    }

    #[test]
    fn constructs_the_client_cannot_evaluate_are_refused() {
        for source in [
            "a = { NUMBER($n) }\n",
            "a = { $n ->\n    [1.0] one\n   *[other] more\n}\n",
            "-t = T\na = { -t(case: \"x\") }\n",
            "a = { 5 }\n",
            "a = { b }\nb = { a }\n",
        ] {
            assert!(compile(&[source]).is_err(), "{source:?} should be refused");
        }
    }
}
