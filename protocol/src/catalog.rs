//! Translations as the web client receives them: Fluent messages compiled by the
//! server into a small tree, and the evaluator that formats them.
//!
//! Why not ship the FTL and a Fluent runtime to the browser? The runtime (parser,
//! resolver, and CLDR plural tables for every language) costs about 35 KB brotli of
//! wasm, a quarter of the child page's whole budget on a slow phone. The server
//! already parses every locale with the real Fluent parser and checks it; it hands the
//! client the parsed result, and the browser's own `Intl.PluralRules` picks plural
//! forms. The server's tests format every message of every locale both ways, through
//! `fluent-bundle` and through [`Catalog::format`], and require identical text.
//!
//! What a compiled pattern can hold is what Fluent's resolver does with our messages:
//! text, variables, select expressions on a variable (exact numbers, plural categories
//! or strings as keys), and references to other messages or terms, which the server
//! inlines. Anything else (functions such as `NUMBER()`) is refused when the server
//! loads the locale, so it never reaches a reader.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// First strong isolate (U+2068) and pop directional isolate (U+2069): Fluent wraps
/// each interpolated value in them, so that an Arabic name inside an English sentence
/// (or a number inside an Arabic one) does not scramble the text around it.
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// Every message of one locale, by id.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Catalog {
    pub messages: BTreeMap<String, Message>,
}

/// One message: its value and its attributes (`.title`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Message {
    #[serde(rename = "v", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Pattern>,
    #[serde(rename = "a", default, skip_serializing_if = "BTreeMap::is_empty")]
    pub attributes: BTreeMap<String, Pattern>,
}

/// A sequence of elements, written one after the other.
pub type Pattern = Vec<Element>;

/// One piece of a pattern.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Element {
    /// Literal text.
    Text(String),
    /// The value of a variable; `isolate` wraps it in FSI … PDI.
    Variable {
        #[serde(rename = "$")]
        name: String,
        #[serde(rename = "i", default, skip_serializing_if = "is_false")]
        isolate: bool,
    },
    /// One of several variants, chosen by a variable's value.
    Select {
        #[serde(rename = "s")]
        selector: String,
        #[serde(rename = "k")]
        variants: Vec<Variant>,
        /// Index of the default (`*`) variant.
        #[serde(rename = "d")]
        default: usize,
        #[serde(rename = "i", default, skip_serializing_if = "is_false")]
        isolate: bool,
    },
    /// Another message or a term, inlined; written without isolation, as Fluent does.
    Group {
        #[serde(rename = "g")]
        elements: Pattern,
        /// A placeable that is a number literal is isolated like a variable.
        #[serde(rename = "i", default, skip_serializing_if = "is_false")]
        isolate: bool,
    },
}

fn is_false(value: &bool) -> bool {
    !*value
}

/// A variant of a select expression.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Variant {
    #[serde(rename = "k")]
    pub key: Key,
    #[serde(rename = "p")]
    pub pattern: Pattern,
}

/// A variant's key: `[1]` or `[one]`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Key {
    Number(f64),
    Name(String),
}

/// A value passed to a message. Numbers are whole: the pages count places, minutes
/// and seconds, and leaving fractions out keeps float formatting out of the wasm.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Arg<'a> {
    Text(&'a str),
    Number(i64),
}

impl From<u32> for Arg<'_> {
    fn from(value: u32) -> Self {
        Arg::Number(i64::from(value))
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(value: &'a str) -> Self {
        Arg::Text(value)
    }
}

/// The CLDR plural category (`"one"`, `"few"`, …) of a number in the reader's
/// language: `Intl.PluralRules` in the browser, the `intl_pluralrules` crate in tests.
pub type PluralRule<'a> = &'a dyn Fn(f64) -> String;

impl Catalog {
    /// Formats message `id` (or its `attribute`) with `args`. `None` when the
    /// message does not exist, so that a caller can fall back instead of showing an id.
    pub fn format(
        &self,
        id: &str,
        attribute: Option<&str>,
        args: &[(&str, Arg<'_>)],
        plural: PluralRule<'_>,
    ) -> Option<String> {
        let message = self.messages.get(id)?;
        let pattern = match attribute {
            Some(name) => message.attributes.get(name)?,
            None => message.value.as_ref()?,
        };
        let mut out = String::new();
        write_pattern(pattern, args, plural, &mut out);
        Some(out)
    }
}

fn write_pattern(pattern: &[Element], args: &[(&str, Arg<'_>)], plural: PluralRule<'_>, out: &mut String) {
    for element in pattern {
        match element {
            Element::Text(text) => out.push_str(text),
            Element::Variable { name, isolate } => isolated(*isolate, out, |out| match lookup(args, name) {
                Some(Arg::Text(text)) => out.push_str(text),
                Some(Arg::Number(number)) => out.push_str(&number.to_string()),
                // What Fluent writes for a variable nobody passed: visible to
                // developers, and never an id.
                None => {
                    out.push_str("{$");
                    out.push_str(name);
                    out.push('}');
                }
            }),
            Element::Select { selector, variants, default, isolate } => {
                let chosen = choose(variants, *default, lookup(args, selector), plural);
                if let Some(variant) = chosen {
                    isolated(*isolate, out, |out| write_pattern(&variant.pattern, args, plural, out));
                }
            }
            Element::Group { elements, isolate } => {
                isolated(*isolate, out, |out| write_pattern(elements, args, plural, out))
            }
        }
    }
}

fn isolated(isolate: bool, out: &mut String, write: impl FnOnce(&mut String)) {
    if isolate {
        out.push(FSI);
    }
    write(out);
    if isolate {
        out.push(PDI);
    }
}

fn lookup<'a>(args: &[(&str, Arg<'a>)], name: &str) -> Option<Arg<'a>> {
    args.iter().find(|(candidate, _)| *candidate == name).map(|(_, value)| *value)
}

/// Fluent's matching: the first variant, in written order, whose key equals the value
/// (an exact number for a number, the same string for a string) or names the number's
/// plural category; otherwise the default variant.
fn choose<'v>(
    variants: &'v [Variant],
    default: usize,
    value: Option<Arg<'_>>,
    plural: PluralRule<'_>,
) -> Option<&'v Variant> {
    let mut category: Option<String> = None;
    let matched = value.and_then(|value| {
        variants.iter().find(|variant| match (&variant.key, value) {
            (Key::Number(key), Arg::Number(number)) => *key == number as f64,
            (Key::Name(key), Arg::Text(text)) => key == text,
            (Key::Name(key), Arg::Number(number)) => {
                let category = category.get_or_insert_with(|| plural(number as f64));
                key == category
            }
            (Key::Number(_), Arg::Text(_)) => false,
        })
    });
    matched.or_else(|| variants.get(default))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn english_plural(number: f64) -> String {
        if number == 1.0 { "one" } else { "other" }.to_owned()
    }

    fn minutes() -> Catalog {
        let select = Element::Select {
            selector: "n".into(),
            variants: vec![
                Variant { key: Key::Number(0.0), pattern: vec![Element::Text("now".into())] },
                Variant {
                    key: Key::Name("one".into()),
                    pattern: vec![
                        Element::Variable { name: "n".into(), isolate: true },
                        Element::Text(" minute".into()),
                    ],
                },
                Variant {
                    key: Key::Name("other".into()),
                    pattern: vec![
                        Element::Variable { name: "n".into(), isolate: true },
                        Element::Text(" minutes".into()),
                    ],
                },
            ],
            default: 2,
            isolate: false,
        };
        let mut messages = BTreeMap::new();
        messages.insert("wait".to_owned(), Message { value: Some(vec![select]), attributes: BTreeMap::new() });
        messages.insert(
            "exit".to_owned(),
            Message {
                value: Some(vec![Element::Text("Quick exit".into())]),
                attributes: [("title".to_owned(), vec![Element::Text("Leave now".into())])].into(),
            },
        );
        Catalog { messages }
    }

    #[test]
    fn exact_numbers_win_over_plural_categories() {
        let catalog = minutes();
        let format = |n: u32| catalog.format("wait", None, &[("n", n.into())], &english_plural).unwrap();
        assert_eq!(format(0), "now");
        assert_eq!(format(1), "\u{2068}1\u{2069} minute");
        assert_eq!(format(7), "\u{2068}7\u{2069} minutes");
    }

    #[test]
    fn a_missing_selector_takes_the_default_and_a_missing_message_is_none() {
        let catalog = minutes();
        assert_eq!(catalog.format("wait", None, &[], &english_plural).unwrap(), "\u{2068}{$n}\u{2069} minutes");
        assert_eq!(catalog.format("nope", None, &[], &english_plural), None);
        assert_eq!(catalog.format("exit", Some("title"), &[], &english_plural).unwrap(), "Leave now");
        assert_eq!(catalog.format("exit", Some("label"), &[], &english_plural), None);
    }

    #[test]
    fn the_compact_form_round_trips() {
        let catalog = minutes();
        let json = serde_json::to_string(&catalog).unwrap();
        assert!(json.starts_with(r#"{"exit":{"v":["Quick exit"],"a":{"title":["Leave now"]}}"#), "{json}");
        assert_eq!(serde_json::from_str::<Catalog>(&json).unwrap(), catalog);
    }
}
