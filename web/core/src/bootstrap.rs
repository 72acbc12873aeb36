//! The data block the server renders into the page (`#bridgeline-bootstrap`).

use std::collections::BTreeMap;

use bridgeline_protocol::catalog::Catalog;
use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
pub struct LocaleSummary {
    pub code: String,
    pub native_name: String,
    pub direction: String,
}

#[derive(Debug, Clone, Deserialize)]
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
    #[serde(default)]
    pub language_names: BTreeMap<String, String>,
    /// The helpline's phone number, offered when nobody speaks the child's language.
    #[serde(default)]
    pub helpline_phone: String,
    /// The message the tab's title is (neutral or not), to retitle after a switch.
    #[serde(default)]
    pub title: String,
}

pub fn read() -> Option<Bootstrap> {
    let text = leptos::prelude::document().get_element_by_id("bridgeline-bootstrap")?.text_content()?;
    serde_json::from_str(&text).ok()
}
