//! The data block the server renders into the page (`#bridgeline-bootstrap`), parsed
//! by the browser and read by `bridgeline_web_wire::bootstrap`.

pub use bridgeline_web_wire::bootstrap::{Bootstrap, LocaleSummary};

pub fn read() -> Option<Bootstrap> {
    let text = leptos::prelude::document().get_element_by_id("bridgeline-bootstrap")?.text_content()?;
    bridgeline_web_wire::bootstrap::read(&bridgeline_web_wire::js::parse(&text)?)
}
