//! Thin wrappers over browser APIs.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Tab-scoped storage: gone when the tab closes, never shared with other tabs.
pub fn session_get(key: &str) -> Option<String> {
    web_sys::window()?.session_storage().ok()??.get_item(key).ok()?
}

pub fn session_set(key: &str, value: &str) {
    if let Some(storage) = web_sys::window().and_then(|window| window.session_storage().ok().flatten()) {
        let _ = storage.set_item(key, value);
    }
}

pub fn session_remove(key: &str) {
    if let Some(storage) = web_sys::window().and_then(|window| window.session_storage().ok().flatten()) {
        let _ = storage.remove_item(key);
    }
}

/// A random id for a request (idempotency key).
pub fn new_id() -> String {
    web_sys::window()
        .and_then(|window| window.crypto().ok())
        .map(|crypto| crypto.random_uuid())
        .unwrap_or_else(|| format!("{:x}", (js_sys::Math::random() * 1e16) as u64))
}

/// `ws://` or `wss://` URL of a path on this origin.
pub fn socket_url(path: &str) -> String {
    let location = web_sys::window().map(|window| window.location());
    let protocol = location.as_ref().and_then(|location| location.protocol().ok()).unwrap_or_default();
    let host = location.as_ref().and_then(|location| location.host().ok()).unwrap_or_default();
    let scheme = if protocol == "https:" { "wss" } else { "ws" };
    format!("{scheme}://{host}{path}")
}

/// The quick exit: `boot.js` owns it, so that it works even before this module loads.
pub fn quick_exit() {
    if let Some(window) = web_sys::window() {
        if let Ok(function) = js_sys::Reflect::get(&window, &"bridgelineQuickExit".into()) {
            if let Some(function) = function.dyn_ref::<js_sys::Function>() {
                let _ = function.call0(&window);
            }
        }
    }
}

/// Fetches a same-origin resource as text.
pub async fn fetch_text(path: &str) -> Option<String> {
    let response = request("GET", path, None).await?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}

/// A same-origin request with cookies; JSON body if given. It carries
/// `X-Bridgeline-Client`, which a page on another origin cannot send without the
/// server's consent: the server takes it as proof of origin for a `GET` with the
/// session cookie, on which browsers send no `Origin` (see docs/protocol.md).
pub async fn request(method: &str, path: &str, json_body: Option<&str>) -> Option<web_sys::Response> {
    let init = web_sys::RequestInit::new();
    init.set_method(method);
    init.set_credentials(web_sys::RequestCredentials::SameOrigin);
    let headers = web_sys::Headers::new().ok()?;
    headers.set("X-Bridgeline-Client", "web").ok()?;
    if let Some(body) = json_body {
        init.set_body(&body.into());
        headers.set("Content-Type", "application/json").ok()?;
    }
    init.set_headers(&headers);
    let request = web_sys::Request::new_with_str_and_init(path, &init).ok()?;
    let window = web_sys::window()?;
    let response = JsFuture::from(window.fetch_with_request(&request)).await.ok()?;
    response.dyn_into::<web_sys::Response>().ok()
}
