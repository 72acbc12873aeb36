//! # Bridgeline web client
//!
//! One wasm module for both pages; the server's HTML shell says which to mount
//! (`bootstrap.page`) and carries the reader's locale, so the first render is already
//! in their language and direction.
//!
//! - `bootstrap.rs`: the JSON block the server embeds in the page.
//! - `l10n.rs`: Fluent bundles; every visible string comes from here.
//! - `socket.rs`: a WebSocket that reconnects with backoff.
//! - `browser.rs`: small wrappers over browser APIs (storage, fetch, ids).
//! - `child.rs`: the child's page.
//! - `staff.rs`: the counsellor console.

mod bootstrap;
mod browser;
mod child;
mod l10n;
mod socket;
mod staff;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(start)]
pub fn start() {
    let Some(boot) = bootstrap::read() else {
        web_sys::console::error_1(&"bridgeline: bootstrap block missing".into());
        return;
    };
    let Some(root) =
        document().get_element_by_id("app").and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    root.set_inner_html("");
    let page = boot.page.clone();
    let handle = leptos::mount::mount_to(root, move || {
        let l10n = l10n::provide(&boot);
        if page == "staff" {
            view! { <staff::Console l10n=l10n/> }.into_any()
        } else {
            view! { <child::ChildPage l10n=l10n boot=boot.clone()/> }.into_any()
        }
    });
    handle.forget();
}
