//! A locale's compiled Fluent messages (`bridgeline_protocol::catalog`), read as the
//! derived implementation reads them: `{id: {"v": pattern, "a": {name: pattern}}}`.

use bridgeline_protocol::catalog::{Catalog, Element, Key, Message, Pattern, Variant};

use crate::json::{boolean, is_object, list, map, optional, or_default, required, string, unsigned, Json};

pub fn read<J: Json>(value: &J) -> Option<Catalog> {
    Some(Catalog { messages: map(value, read_message)? })
}

fn read_message<J: Json>(value: &J) -> Option<Message> {
    if !is_object(value) {
        return None;
    }
    let value_pattern = optional(value, "v", pattern)?;
    let attributes = or_default(value, "a", |attributes| map(attributes, pattern))?;
    Some(Message { value: value_pattern, attributes })
}

fn pattern<J: Json>(value: &J) -> Option<Pattern> {
    list(value, element)
}

/// `Element` is untagged: serde tries its variants in declared order, and the first
/// whose fields are all there wins.
fn element<J: Json>(value: &J) -> Option<Element> {
    if let Some(text) = value.string() {
        return Some(Element::Text(text));
    }
    if !is_object(value) {
        return None;
    }
    let isolate = || or_default(value, "i", boolean);
    let variable = || Some(Element::Variable { name: required(value, "$", string)?, isolate: isolate()? });
    let select = || {
        Some(Element::Select {
            selector: required(value, "s", string)?,
            variants: required(value, "k", |variants| list(variants, variant))?,
            default: usize::try_from(required(value, "d", unsigned)?).ok()?,
            isolate: isolate()?,
        })
    };
    let group = || Some(Element::Group { elements: required(value, "g", pattern)?, isolate: isolate()? });
    variable().or_else(select).or_else(group)
}

fn variant<J: Json>(value: &J) -> Option<Variant> {
    if !is_object(value) {
        return None;
    }
    let key = required(value, "k", |key| match key.number() {
        Some(number) => Some(Key::Number(number)),
        None => key.string().map(Key::Name),
    })?;
    Some(Variant { key, pattern: required(value, "p", pattern)? })
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::json::parsed;

    /// Every kind of element, nested, with and without isolation and attributes.
    fn sample() -> Catalog {
        let variable = |name: &str, isolate| Element::Variable { name: name.into(), isolate };
        let select = Element::Select {
            selector: "n".into(),
            variants: vec![
                Variant { key: Key::Number(0.0), pattern: vec![Element::Text("now".into())] },
                Variant { key: Key::Number(2.5), pattern: vec![] },
                Variant {
                    key: Key::Name("one".into()),
                    pattern: vec![variable("n", true), Element::Text(" min".into())],
                },
                Variant {
                    key: Key::Name("other".into()),
                    pattern: vec![Element::Group { elements: vec![variable("n", false)], isolate: true }],
                },
            ],
            default: 3,
            isolate: true,
        };
        let mut messages = BTreeMap::new();
        messages.insert(
            "wait".to_owned(),
            Message {
                value: Some(vec![Element::Text("« \"quoted\" »\n".into()), select, variable("name", false)]),
                attributes: BTreeMap::new(),
            },
        );
        messages.insert(
            "exit".to_owned(),
            Message {
                value: None,
                attributes: [
                    ("title".to_owned(), vec![Element::Text("Leave now".into())]),
                    ("label".to_owned(), vec![Element::Group { elements: vec![], isolate: false }]),
                ]
                .into(),
            },
        );
        messages.insert("empty".to_owned(), Message::default());
        Catalog { messages }
    }

    #[test]
    fn reads_what_the_server_writes_as_serde_reads_it() {
        let catalog = sample();
        let text = serde_json::to_string(&catalog).unwrap();
        assert_eq!(serde_json::from_str::<Catalog>(&text).unwrap(), catalog);
        assert_eq!(read(&parsed(&text)), Some(catalog));
    }

    #[test]
    fn refuses_what_serde_refuses() {
        for text in [
            "[]",
            r#"{"m":{"v":"text"}}"#,
            r#"{"m":{"v":[7]}}"#,
            r#"{"m":{"v":[{"x":1}]}}"#,
            r#"{"m":{"v":[{"$":"n","i":"yes"}]}}"#,
            r#"{"m":{"v":[{"s":"n","k":[],"d":-1}]}}"#,
            r#"{"m":{"v":[{"s":"n","k":[{"k":true,"p":[]}],"d":0}]}}"#,
            r#"{"m":{"a":{"title":null}}}"#,
        ] {
            assert!(serde_json::from_str::<Catalog>(text).is_err(), "serde accepts {text}");
            assert_eq!(read(&parsed(text)), None, "{text}");
        }
        // …and accepts what it accepts: unknown members, `null` for an absent value.
        let lenient = r#"{"m":{"v":null,"x":1},"n":{"v":[{"$":"a","extra":0}]}}"#;
        assert_eq!(read(&parsed(lenient)), Some(serde_json::from_str::<Catalog>(lenient).unwrap()));
    }
}
