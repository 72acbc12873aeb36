//! The data block the server renders into each page (`#bridgeline-bootstrap`, written
//! by `server/src/http/pages.rs`). Members the pages do not use (`quick_exit_url`,
//! which `boot.js` reads, and each locale's review `status`) are skipped.

use std::collections::BTreeMap;

use bridgeline_protocol::catalog::Catalog;
use serde::Deserialize;

use crate::json::{is_object, list, map, or_default, required, string, Json};

/// Also what the console reads from `/api/v1/locales` with serde (a derive costs the
/// child's page nothing while the page does not call it).
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct LocaleSummary {
    pub code: String,
    pub native_name: String,
    pub direction: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Bootstrap {
    /// "child" or "staff".
    pub page: String,
    pub locale: String,
    pub dir: String,
    /// The page's messages in `locale`, compiled by the server.
    pub messages: Catalog,
    /// The languages this page can be shown in, for its switcher.
    pub locales: Vec<LocaleSummary>,
    /// Every served language's name in its own script, by code, for naming languages
    /// in text (a chat's language, another queue); absent on the child's page, whose
    /// `locales` are every language.
    pub language_names: BTreeMap<String, String>,
    /// The helpline's phone number, offered when nobody speaks the child's language.
    pub helpline_phone: String,
    /// The message the tab's title is (neutral or not), to retitle after a switch.
    pub title: String,
}

pub fn read<J: Json>(value: &J) -> Option<Bootstrap> {
    if !is_object(value) {
        return None;
    }
    Some(Bootstrap {
        page: required(value, "page", string)?,
        locale: required(value, "locale", string)?,
        dir: required(value, "dir", string)?,
        messages: required(value, "messages", crate::catalog::read)?,
        locales: required(value, "locales", |locales| list(locales, locale_summary))?,
        language_names: or_default(value, "language_names", |names| map(names, string))?,
        helpline_phone: or_default(value, "helpline_phone", string)?,
        title: or_default(value, "title", string)?,
    })
}

fn locale_summary<J: Json>(value: &J) -> Option<LocaleSummary> {
    if !is_object(value) {
        return None;
    }
    Some(LocaleSummary {
        code: required(value, "code", string)?,
        native_name: required(value, "native_name", string)?,
        direction: required(value, "direction", string)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::parsed;

    /// The child's page's block as `pages.rs` writes it (member order and all).
    const CHILD: &str = r#"{"page":"child","locale":"ar","dir":"rtl","messages":{"intro-heading":{"v":["مرحبا"]}},"locales":[{"code":"en","native_name":"English","direction":"ltr","status":"reviewed"},{"code":"ar","native_name":"العربية","direction":"rtl","status":"draft"}],"helpline_phone":"116 111","quick_exit_url":"https://www.google.com/","title":"page-title-neutral"}"#;

    #[test]
    fn reads_the_child_page_block() {
        let boot = read(&parsed(CHILD)).expect("reads");
        assert_eq!(boot.page, "child");
        assert_eq!((boot.locale.as_str(), boot.dir.as_str()), ("ar", "rtl"));
        assert_eq!(boot.messages, serde_json::from_value(parsed(CHILD)["messages"].clone()).unwrap());
        assert_eq!(
            boot.locales[1],
            LocaleSummary { code: "ar".into(), native_name: "العربية".into(), direction: "rtl".into() }
        );
        assert!(boot.language_names.is_empty());
        assert_eq!((boot.helpline_phone.as_str(), boot.title.as_str()), ("116 111", "page-title-neutral"));
    }

    #[test]
    fn reads_the_console_block_and_its_defaults() {
        let console = r#"{"page":"staff","locale":"fr","dir":"ltr","messages":{},"locales":[],"language_names":{"uk":"Українська","fa":"فارسی"},"helpline_phone":"","quick_exit_url":"x"}"#;
        let boot = read(&parsed(console)).expect("reads");
        assert_eq!(boot.language_names.get("uk").map(String::as_str), Some("Українська"));
        assert_eq!(boot.title, "");
        for broken in [
            r#"{"page":"child"}"#,
            r#"{"page":"child","locale":"en","dir":"ltr","messages":{},"locales":[{"code":"en"}]}"#,
            r#"{"page":"child","locale":"en","dir":"ltr","messages":{},"locales":[],"title":null}"#,
        ] {
            assert_eq!(read(&parsed(broken)), None, "{broken}");
        }
    }
}
