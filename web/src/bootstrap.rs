//! The data block the server renders into the page (`#bridgeline-bootstrap`).

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
    /// The locale's FTL source.
    pub ftl: String,
    pub locales: Vec<LocaleSummary>,
}

pub fn read() -> Option<Bootstrap> {
    let text = leptos::prelude::document().get_element_by_id("bridgeline-bootstrap")?.text_content()?;
    serde_json::from_str(&text).ok()
}
