//! # JSON in and out of the web pages, without `serde_json` in the wasm
//!
//! The child's page has a byte budget (children on slow, metered phones), and serde's
//! derived readers and writers, with `serde_json` under them, were about a fifth of its
//! WebAssembly: each derived type brings a visitor per field and enum, monomorphised for
//! the one deserializer. The browser already carries a JSON parser: the pages call
//! `JSON.parse` and read the fields they need from the result through [`Json`], and
//! write the few frames they send with [`write`]. The wire format does not change:
//! the tests hold every reader and writer here to the derived serde implementations of
//! `bridgeline_protocol` (through [`Json`] implemented for `serde_json::Value`).
//!
//! - `json`: the [`Json`] trait (what a reader needs of a parsed value) and helpers.
//! - `js`: [`Json`] for the browser's `JsValue`, and `parse` (wasm only).
//! - `catalog`: a locale's compiled Fluent messages.
//! - `bootstrap`: the data block the server renders into each page.
//! - `child_event`: frames the server sends on `/ws/v1/child`.
//! - `write`: frames the child sends, and its unsent messages, as serde_json writes them.
//! - `links`: the addresses from frames that the child's page follows (a partner's
//!   socket and page, after a handover).

pub mod bootstrap;
pub mod catalog;
pub mod child_event;
#[cfg(target_arch = "wasm32")]
pub mod js;
pub mod json;
pub mod links;
pub mod write;

pub use json::Json;
