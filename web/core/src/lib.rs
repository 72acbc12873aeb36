//! # What Bridgeline's two web pages share
//!
//! The child's page (`web/child`) and the counsellor console (`web/console`) are
//! separate wasm modules, so that a child on a slow phone downloads none of the
//! console. This crate holds what both use:
//!
//! - `bootstrap`: the JSON block the server embeds in the page.
//! - `l10n`: formats the server-compiled Fluent messages; every visible string comes
//!   from here.
//! - `socket`: a WebSocket that reconnects with backoff.
//! - `browser`: small wrappers over browser APIs (storage, fetch, ids).
//! - `intl`: country and language names and times from the browser's own `Intl` data.

pub mod bootstrap;
pub mod browser;
pub mod intl;
pub mod l10n;
pub mod socket;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Mounts a page into `#app`, replacing the server's loading placeholder, with the
/// translator built from the bootstrap block.
pub fn mount<V: IntoView + 'static>(page: impl FnOnce(l10n::L10n, bootstrap::Bootstrap) -> V + 'static) {
    mount_into("app", page);
}

/// Mounts a page into the element `id`, replacing what the server rendered there
/// (and only there: the child's page keeps the server's top bar).
pub fn mount_into<V: IntoView + 'static>(id: &str, page: impl FnOnce(l10n::L10n, bootstrap::Bootstrap) -> V + 'static) {
    let Some(boot) = bootstrap::read() else {
        web_sys::console::error_1(&"bridgeline: bootstrap block missing".into());
        return;
    };
    let Some(root) =
        document().get_element_by_id(id).and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    root.set_inner_html("");
    let handle = leptos::mount::mount_to(root, move || {
        let l10n = l10n::provide(&boot);
        page(l10n, boot)
    });
    handle.forget();
}
