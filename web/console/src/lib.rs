//! # The counsellor console, compiled to wasm
//!
//! Sign in, set status, accept offers, and chat with several children at once. A
//! separate module from the child's page, so that children never download it.

mod console;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(start)]
pub fn start() {
    bridgeline_web_core::mount(|l10n, _boot| view! { <console::Console l10n=l10n/> });
}
