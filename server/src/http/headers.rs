//! Security headers on every response.

use axum::extract::Request;
use axum::http::{header, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;

/// No inline scripts, nothing from another origin: the child page makes no third-party
/// request. `wasm-unsafe-eval` lets the browser compile our own WebAssembly.
pub const CONTENT_SECURITY_POLICY: &str =
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; \
form-action 'self'; frame-ancestors 'none'";

/// The policy with partner helplines' child sockets allowed in `connect-src`: after a
/// handover, the child's page goes on with the partner (see `docs/protocol.md`).
pub fn content_security_policy(partner_base_urls: &[String]) -> String {
    let mut sockets = String::new();
    for base in partner_base_urls {
        let Some((scheme, rest)) = base.split_once("://") else { continue };
        let host = rest.split('/').next().unwrap_or(rest);
        let scheme = if scheme == "https" { "wss" } else { "ws" };
        sockets.push_str(&format!(" {scheme}://{host}"));
    }
    CONTENT_SECURITY_POLICY.replace("connect-src 'self';", &format!("connect-src 'self'{sockets};"))
}

pub async fn security_headers(
    axum::extract::State(state): axum::extract::State<crate::app::AppState>,
    request: Request,
    next: Next,
) -> Response {
    let mut response = next.run(request).await;
    let policy = state.partners.content_security_policy();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_SECURITY_POLICY, policy);
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    // Nothing of a visit stays in the browser's cache: not the pages, not the assets
    // (their presence shows the site was opened), not `/l10n/<lang>/…` (it names the
    // child's language), not the API. A slow phone downloads the app again on each
    // visit; a child whose phone is searched is the case this weighs against.
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}
