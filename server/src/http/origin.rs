//! Same-origin checks, against cross-site WebSocket hijacking and request forgery: a
//! page on another site must not use a counsellor's or an admin's cookie.
//!
//! An origin is compared whole (scheme, host and port, default ports made explicit)
//! with the page's own origin, which is `http://` + the request's `Host` (`https://`
//! with `--secure-cookies`, which says the server is reached over HTTPS), or, when
//! `--allowed-origin` is given, with each origin of that list instead.
//!
//! - Every request that authenticates with the session cookie ([`cookie_request_allowed`],
//!   applied by the `StaffSession` extractor, so no handler can forget it) must prove it
//!   comes from an allowed origin: by its `Origin`, or, for a plain `GET` or `HEAD`
//!   (browsers send no `Origin` on those to their own origin), by
//!   `Sec-Fetch-Site: same-origin` or the console's [`CLIENT_HEADER`]. The staff
//!   socket's handshake must carry `Origin`: every browser sends it there.
//! - The child socket ([`child_socket_allowed`]) refuses a foreign `Origin` but accepts
//!   none: it is anonymous and carries no cookie, so a forged handshake borrows nothing,
//!   and programs other than browsers open it without one.

use axum::http::{header, HeaderMap, Method};

use super::ApiError;
use crate::app::AppState;
use crate::config::ServeConfig;

/// The header the console adds to its own requests. A page on another origin cannot
/// send it without a CORS preflight, which this server never grants, so it proves the
/// request came from one of this server's pages even where the browser sends no
/// Fetch Metadata (plain HTTP to an address other than localhost).
pub const CLIENT_HEADER: &str = "x-bridgeline-client";

/// An origin, normalised for comparison: lower-case scheme and host, explicit port.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Origin {
    scheme: String,
    host: String,
    port: Option<u16>,
}

impl Origin {
    /// Parses `scheme://host[:port]` exactly as browsers serialise it: no path, no
    /// user, no query. `null` and anything else give `None`.
    fn parse(text: &str) -> Option<Origin> {
        let (scheme, authority) = text.split_once("://")?;
        if scheme.is_empty() || !scheme.bytes().all(|byte| byte.is_ascii_alphanumeric() || b"+-.".contains(&byte)) {
            return None;
        }
        Origin::from_authority(&scheme.to_ascii_lowercase(), authority)
    }

    /// `host[:port]` under `scheme`; the port defaults to the scheme's.
    fn from_authority(scheme: &str, authority: &str) -> Option<Origin> {
        if authority.is_empty() || authority.bytes().any(|byte| b"/?#@\\ ".contains(&byte) || byte.is_ascii_control()) {
            return None;
        }
        let (host, port) = if let Some(rest) = authority.strip_prefix('[') {
            let (inside, after) = rest.split_once(']')?;
            let port = match after {
                "" => None,
                _ => Some(after.strip_prefix(':')?),
            };
            (format!("[{}]", inside.to_ascii_lowercase()), port)
        } else {
            match authority.rsplit_once(':') {
                Some((host, port)) => (host.to_ascii_lowercase(), Some(port)),
                None => (authority.to_ascii_lowercase(), None),
            }
        };
        if host.is_empty() || (host.contains(':') && !host.starts_with('[')) {
            return None;
        }
        let default_port = match scheme {
            "http" => Some(80),
            "https" => Some(443),
            _ => None,
        };
        let port = match port {
            Some(digits) if !digits.is_empty() && digits.bytes().all(|byte| byte.is_ascii_digit()) => {
                Some(digits.parse().ok()?)
            }
            Some(_) => return None,
            None => default_port,
        };
        Some(Origin { scheme: scheme.to_owned(), host, port })
    }
}

/// Whether `origin` (an `Origin` header's value) is allowed for this request.
fn origin_matches(origin: &str, headers: &HeaderMap, config: &ServeConfig) -> bool {
    let Some(origin) = Origin::parse(origin) else { return false };
    if !config.allowed_origins.is_empty() {
        return config
            .allowed_origins
            .iter()
            .filter_map(|allowed| Origin::parse(allowed.trim().trim_end_matches('/')))
            .any(|allowed| allowed == origin);
    }
    let scheme = if config.secure_cookies { "https" } else { "http" };
    let own = headers
        .get(header::HOST)
        .and_then(|host| host.to_str().ok())
        .and_then(|host| Origin::from_authority(scheme, host));
    own.is_some_and(|own| own == origin)
}

/// Whether a request carrying the session cookie comes from an allowed origin (see the
/// module's documentation).
pub fn cookie_request_allowed(method: &Method, headers: &HeaderMap, config: &ServeConfig) -> bool {
    if let Some(origin) = headers.get(header::ORIGIN) {
        return origin.to_str().is_ok_and(|origin| origin_matches(origin, headers, config));
    }
    let plain_read = (method == Method::GET || method == Method::HEAD) && !headers.contains_key(header::UPGRADE);
    let same_origin_fetch = headers.get("sec-fetch-site").is_some_and(|site| site.as_bytes() == b"same-origin");
    let console = headers.get(CLIENT_HEADER).is_some_and(|value| !value.is_empty());
    plain_read && (same_origin_fetch || console)
}

/// Whether a child socket's handshake may go on: no `Origin`, or an allowed one.
pub fn child_socket_allowed(headers: &HeaderMap, config: &ServeConfig) -> bool {
    match headers.get(header::ORIGIN) {
        None => true,
        Some(origin) => origin.to_str().is_ok_and(|origin| origin_matches(origin, headers, config)),
    }
}

/// Whether `origin` is the origin of one of these base URLs (partner helplines',
/// whose child pages may move a child's chat here after a handover).
pub fn is_origin_of_any(origin: &str, base_urls: &[String]) -> bool {
    let Some(origin) = Origin::parse(origin) else { return false };
    base_urls.iter().any(|base| {
        base.split_once("://").and_then(|(scheme, rest)| {
            Origin::from_authority(&scheme.to_ascii_lowercase(), rest.split('/').next().unwrap_or(rest))
        }) == Some(origin.clone())
    })
}

/// Refuses a child socket's handshake from another origin with `forbidden_origin`; a
/// partner helpline's page is let in (a child it handed over joins with a token).
pub fn require_child_origin(state: &AppState, headers: &HeaderMap) -> Result<(), ApiError> {
    let from_partner = headers
        .get(header::ORIGIN)
        .and_then(|origin| origin.to_str().ok())
        .is_some_and(|origin| is_origin_of_any(origin, &state.partners.base_urls()));
    if from_partner || child_socket_allowed(headers, &state.config) {
        Ok(())
    } else {
        Err(ApiError::ForbiddenOrigin)
    }
}

#[cfg(test)]
mod tests {
    use axum::http::HeaderValue;
    use clap::Parser;

    use super::*;

    fn config(extra: &[&str]) -> ServeConfig {
        let args = ["bridgeline", "serve"].into_iter().chain(extra.iter().copied());
        match crate::config::Cli::parse_from(args).command {
            crate::config::Command::Serve(config) => config,
            _ => unreachable!(),
        }
    }

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for (name, value) in pairs {
            headers.insert(*name, HeaderValue::from_static(value));
        }
        headers
    }

    fn cookie_get(pairs: &[(&'static str, &'static str)], config: &ServeConfig) -> bool {
        cookie_request_allowed(&Method::GET, &headers(pairs), config)
    }

    #[test]
    fn scheme_host_and_port_must_all_match_the_page() {
        let plain = config(&[]);
        let host = ("host", "127.0.0.1:8080");
        assert!(cookie_get(&[host, ("origin", "http://127.0.0.1:8080")], &plain));
        assert!(!cookie_get(&[host, ("origin", "https://127.0.0.1:8080")], &plain));
        assert!(!cookie_get(&[host, ("origin", "evil://127.0.0.1:8080")], &plain));
        assert!(!cookie_get(&[host, ("origin", "http://127.0.0.1:9999")], &plain));
        assert!(!cookie_get(&[host, ("origin", "http://127.0.0.1")], &plain));
        assert!(!cookie_get(&[host, ("origin", "http://evil.example")], &plain));
        assert!(!cookie_get(&[host, ("origin", "null")], &plain));
        assert!(!cookie_get(&[host, ("origin", "http://127.0.0.1:8080/path")], &plain));
        assert!(!cookie_get(&[host, ("origin", "http://user@127.0.0.1:8080")], &plain));
        // Default ports and letter case are normalised; hosts are case-insensitive.
        assert!(cookie_get(&[("host", "Chat.Example.org"), ("origin", "http://chat.example.org:80")], &plain));
        assert!(cookie_get(&[("host", "[::1]:8080"), ("origin", "http://[::1]:8080")], &plain));
        assert!(!cookie_get(&[("host", "[::1]:8080"), ("origin", "http://[::2]:8080")], &plain));
        // Behind HTTPS, only https.
        let secure = config(&["--secure-cookies"]);
        assert!(cookie_get(&[("host", "chat.example.org"), ("origin", "https://chat.example.org")], &secure));
        assert!(!cookie_get(&[("host", "chat.example.org"), ("origin", "http://chat.example.org")], &secure));
    }

    #[test]
    fn an_allowlist_replaces_the_page_origin_and_compares_exactly() {
        let listed = config(&["--allowed-origin", "https://chat.example.org/,https://other.example.org:8443"]);
        let host = ("host", "internal:8080");
        assert!(cookie_get(&[host, ("origin", "https://chat.example.org")], &listed));
        assert!(cookie_get(&[host, ("origin", "https://chat.example.org:443")], &listed));
        assert!(cookie_get(&[host, ("origin", "https://other.example.org:8443")], &listed));
        assert!(!cookie_get(&[host, ("origin", "http://chat.example.org")], &listed));
        assert!(!cookie_get(&[host, ("origin", "evil://chat.example.org")], &listed));
        assert!(!cookie_get(&[host, ("origin", "https://other.example.org")], &listed));
        assert!(!cookie_get(&[host, ("origin", "http://internal:8080")], &listed));
    }

    #[test]
    fn without_origin_only_a_proven_same_origin_read_passes() {
        let plain = config(&[]);
        let host = ("host", "127.0.0.1:8080");
        assert!(!cookie_get(&[host], &plain), "no proof at all");
        assert!(cookie_get(&[host, ("sec-fetch-site", "same-origin")], &plain));
        assert!(!cookie_get(&[host, ("sec-fetch-site", "same-site")], &plain));
        assert!(!cookie_get(&[host, ("sec-fetch-site", "cross-site")], &plain));
        assert!(!cookie_get(&[host, ("sec-fetch-site", "none")], &plain));
        assert!(cookie_get(&[host, (CLIENT_HEADER, "console")], &plain));
        // Never for a change, never for the staff socket's handshake.
        let proven = headers(&[host, ("sec-fetch-site", "same-origin"), (CLIENT_HEADER, "console")]);
        assert!(!cookie_request_allowed(&Method::POST, &proven, &plain));
        assert!(!cookie_request_allowed(&Method::PATCH, &proven, &plain));
        let mut upgrade = proven.clone();
        upgrade.insert(header::UPGRADE, HeaderValue::from_static("websocket"));
        assert!(!cookie_request_allowed(&Method::GET, &upgrade, &plain));
    }

    #[test]
    fn the_child_socket_accepts_no_origin_but_refuses_a_foreign_one() {
        let plain = config(&[]);
        let host = ("host", "127.0.0.1:8080");
        assert!(child_socket_allowed(&headers(&[host]), &plain));
        assert!(child_socket_allowed(&headers(&[host, ("origin", "http://127.0.0.1:8080")]), &plain));
        assert!(!child_socket_allowed(&headers(&[host, ("origin", "https://127.0.0.1:8080")]), &plain));
        assert!(!child_socket_allowed(&headers(&[host, ("origin", "http://evil.example")]), &plain));
    }
}
