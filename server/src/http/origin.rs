//! The Origin check every WebSocket handshake and every admin change passes, against
//! cross-site WebSocket hijacking and request forgery: a page on another site must not
//! use a counsellor's or an admin's cookie.

use axum::http::{header, HeaderMap};

use super::ApiError;
use crate::app::AppState;

/// Refuses with `forbidden_origin` unless [`origin_allowed`] for this server.
pub fn require_allowed_origin(state: &AppState, headers: &HeaderMap) -> Result<(), ApiError> {
    if origin_allowed(headers, &state.config.allowed_origins) {
        Ok(())
    } else {
        Err(ApiError::ForbiddenOrigin)
    }
}

/// Whether the handshake's `Origin` is allowed. With no configured allowlist, only the
/// same origin is: the Origin's host (and port) must equal the `Host` header. A
/// handshake without `Origin` comes from a non-browser client, which cannot carry a
/// victim's cookies, and is allowed.
pub fn origin_allowed(headers: &HeaderMap, allowed: &[String]) -> bool {
    let Some(origin) = headers.get(header::ORIGIN) else { return true };
    let Ok(origin) = origin.to_str() else { return false };
    if !allowed.is_empty() {
        return allowed.iter().any(|allowed| allowed.trim_end_matches('/').eq_ignore_ascii_case(origin));
    }
    let Some(host) = headers.get(header::HOST).and_then(|host| host.to_str().ok()) else { return false };
    let origin_host = origin.split_once("://").map(|(_, rest)| rest).unwrap_or("");
    origin_host.eq_ignore_ascii_case(host)
}

#[cfg(test)]
mod tests {
    use axum::http::HeaderValue;

    use super::*;

    fn headers(origin: Option<&'static str>, host: &'static str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(header::HOST, HeaderValue::from_static(host));
        if let Some(origin) = origin {
            headers.insert(header::ORIGIN, HeaderValue::from_static(origin));
        }
        headers
    }

    #[test]
    fn same_origin_only_by_default() {
        assert!(origin_allowed(&headers(Some("http://127.0.0.1:8080"), "127.0.0.1:8080"), &[]));
        assert!(!origin_allowed(&headers(Some("http://evil.example"), "127.0.0.1:8080"), &[]));
        assert!(!origin_allowed(&headers(Some("http://127.0.0.1:9999"), "127.0.0.1:8080"), &[]));
        assert!(origin_allowed(&headers(None, "127.0.0.1:8080"), &[]));
    }

    #[test]
    fn a_configured_allowlist_replaces_same_origin() {
        let allowed = vec!["https://chat.example.org".to_owned()];
        assert!(origin_allowed(&headers(Some("https://chat.example.org"), "internal:8080"), &allowed));
        assert!(!origin_allowed(&headers(Some("http://127.0.0.1:8080"), "127.0.0.1:8080"), &allowed));
    }
}
