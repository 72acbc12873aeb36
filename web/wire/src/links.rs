//! Addresses that frames carry and the child's page follows: a partner's socket to go
//! on with a handed-over chat, and its page to reach it by hand. The page follows only
//! the schemes it means to, so that no address in a frame can make it run script
//! (`javascript:`) or open anything but a WebSocket.

/// `url` if it is a WebSocket address (`wss://`, or `ws://` as on loopback in tests).
pub fn socket_address(url: &str) -> Option<&str> {
    with_host(url, &["wss://", "ws://"])
}

/// `url` if it is a web page's address (`https://`, or `http://`), to show as a link.
pub fn page_address(url: &str) -> Option<&str> {
    with_host(url, &["https://", "http://"])
}

/// `url` if it starts with one of `schemes` and names a host after it, with no space
/// or control character anywhere. Read by bytes, without slicing at an index: the
/// page carries no panic path (and its formatting code) for it.
fn with_host<'a>(url: &'a str, schemes: &[&str]) -> Option<&'a str> {
    let rest = schemes.iter().find_map(|scheme| url.strip_prefix(scheme))?;
    let host_present = rest.bytes().next().is_some_and(|first| !b"/?#".contains(&first));
    let plain = url.bytes().all(|byte| byte > b' ' && byte != 0x7f);
    (host_present && plain).then_some(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_socket_is_followed_only_to_a_websocket_address() {
        for url in ["wss://chat.azzurro.example/ws/v1/child", "ws://127.0.0.1:4001/ws/v1/child"] {
            assert_eq!(socket_address(url), Some(url));
        }
        for url in [
            "https://chat.azzurro.example/",
            "javascript:alert(1)",
            "wss://",
            "wss:///path",
            "ws:/x",
            "",
            "wss://a b/",
            "wss://a\n/",
            "WSS://x.example",
        ] {
            assert_eq!(socket_address(url), None, "{url:?}");
        }
    }

    #[test]
    fn a_link_is_shown_only_to_a_web_page() {
        for url in ["https://chat.azzurro.example/", "http://127.0.0.1:4001/", "https://x.example/?lang=ar#é"] {
            assert_eq!(page_address(url), Some(url));
        }
        for url in ["javascript:alert(1)", "data:text/html,x", "wss://x.example/", "https://", "//x.example/", "é"] {
            assert_eq!(page_address(url), None, "{url:?}");
        }
    }
}
