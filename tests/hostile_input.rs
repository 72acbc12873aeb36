//! Hostile input on the real server: requests from other origins (scheme, host and
//! port compared whole, a missing `Origin` refused wherever the session cookie
//! counts), text frames that are not UTF-8 (close 1007), and control characters in
//! messages (refused) beside bidirectional controls (kept exactly as sent).

mod support;

use std::collections::BTreeSet;

use serde_json::{json, Value};

use support::{
    available_counsellor, connected_pair, handshake_status, http_exact, messages_in, sign_in, text_of, Client, Scratch,
    Server,
};

/// One route that authenticates with the session cookie, and the status it gives an
/// admin when the request is allowed.
struct CookieRoute {
    pattern: &'static str,
    method: &'static str,
    path: &'static str,
    body: Option<&'static str>,
    allowed: u16,
}

fn cookie_routes() -> Vec<CookieRoute> {
    let get = |pattern, path, allowed| CookieRoute { pattern, method: "GET", path, body: None, allowed };
    vec![
        get("/api/v1/session", "/api/v1/session", 200),
        get("/api/v1/canned", "/api/v1/canned?lang=en", 200),
        get("/api/v1/canned/coverage", "/api/v1/canned/coverage", 200),
        get("/api/v1/conversations", "/api/v1/conversations", 200),
        get("/api/v1/conversations/{id}", "/api/v1/conversations/no-such-conversation", 404),
        get("/api/v1/directory", "/api/v1/directory", 200),
        get("/api/v1/staff", "/api/v1/staff", 200),
        get("/api/v1/settings", "/api/v1/settings", 200),
        get("/api/v1/reports", "/api/v1/reports?from=2026-01-01&to=2026-01-31", 200),
        get("/api/v1/reports.csv", "/api/v1/reports.csv?from=2026-01-01&to=2026-01-31", 200),
        get("/api/v1/reports.svg", "/api/v1/reports.svg?from=2026-01-01&to=2026-01-31", 200),
        // Changes that cannot succeed, so that an allowed one changes nothing.
        CookieRoute {
            pattern: "/api/v1/staff",
            method: "POST",
            path: "/api/v1/staff",
            body: Some(
                r#"{"username":"Not Valid","display_name":"X","role":"counsellor","languages":["en"],"max_chats":1,"password":"a long enough new password"}"#,
            ),
            allowed: 400,
        },
        CookieRoute {
            pattern: "/api/v1/staff/{username}",
            method: "PATCH",
            path: "/api/v1/staff/nobody-here",
            body: Some(r#"{"max_chats":2}"#),
            allowed: 404,
        },
        CookieRoute {
            pattern: "/api/v1/staff/{username}/password",
            method: "PUT",
            path: "/api/v1/staff/nobody-here/password",
            body: Some(r#"{"password":"a long enough new password"}"#),
            allowed: 404,
        },
        CookieRoute {
            pattern: "/api/v1/staff/{username}/lock",
            method: "DELETE",
            path: "/api/v1/staff/nobody-here/lock",
            body: None,
            allowed: 404,
        },
        CookieRoute {
            pattern: "/api/v1/staff/{username}/second-factor",
            method: "DELETE",
            path: "/api/v1/staff/nobody-here/second-factor",
            body: None,
            allowed: 404,
        },
        CookieRoute {
            pattern: "/api/v1/settings",
            method: "PUT",
            path: "/api/v1/settings",
            body: Some(r#"{"retention_days":0}"#),
            allowed: 400,
        },
    ]
}

/// Routes that take no session cookie (sign-in and its second step set it, with a
/// pending token rather than a cookie; the sockets have their own checks, tested
/// below; partner helplines' servers sign each request instead, tested in
/// `tests/partners.rs`), so the origin rule for cookies does not apply to them.
const COOKIELESS: [&str; 18] = [
    "/api/v1/session/enrolment",
    "/api/v1/session/second-factor",
    "/",
    "/counsellor",
    "/l10n/{code}/{file}",
    "/api/v1/locales",
    "/healthz",
    "/readyz",
    "/metrics",
    "/assets",
    "/ws/v1/child",
    "/ws/v1/staff",
    // `POST` signs in; `GET` and `DELETE` are cookie routes, listed above and below.
    "/api/v1/session",
    // Partner helplines' servers: signed requests, no cookie (see `tests/handovers.rs`).
    "/api/v1/partners/hello",
    "/api/v1/partners/handovers",
    "/api/v1/partners/handovers/{id}/answer",
    "/api/v1/partners/handovers/{id}/transferred",
    // Other nodes of the helpline, with the secret the leader announced in the database.
    "/internal/v1/link",
];

/// Every route `server/src/app.rs` declares, as written there.
fn declared_routes() -> BTreeSet<String> {
    let source = std::fs::read_to_string(support::repo_root().join("server/src/app.rs")).expect("app.rs");
    let mut routes = BTreeSet::new();
    for marker in [".route(\"", ".nest_service(\""] {
        for piece in source.split(marker).skip(1) {
            if let Some(end) = piece.find('"') {
                routes.insert(piece[..end].to_owned());
            }
        }
    }
    routes
}

/// The session cookie, then `extra`.
fn with_cookie<'a>(cookie: &'a str, extra: &[(&'static str, &'a str)]) -> Vec<(&'static str, &'a str)> {
    let mut headers = vec![("Cookie", cookie)];
    headers.extend_from_slice(extra);
    headers
}

async fn status_and_code(
    server: &Server,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: Option<&str>,
) -> (u16, String) {
    let response = http_exact(server.addr, method, path, headers, body).await;
    let code = serde_json::from_slice::<Value>(&response.bytes)
        .ok()
        .and_then(|answer| answer["error"].as_str().map(str::to_owned))
        .unwrap_or_default();
    (response.status, code)
}

#[tokio::test]
async fn every_cookie_route_needs_an_exact_origin_or_a_same_origin_read() {
    let scratch = Scratch::new();
    scratch.add_staff("ada", "admin", "en", 1);
    let server = scratch.start(&[]).await;
    let cookie = sign_in(&server, "ada").await;
    let own = format!("http://{}", server.addr);
    let https_same_host = format!("https://{}", server.addr);
    let evil_same_host = format!("evil://{}", server.addr);
    let other_port = format!("http://127.0.0.1:{}", server.addr.port().wrapping_add(1));

    let routes = cookie_routes();
    let mut covered: BTreeSet<String> = routes.iter().map(|route| route.pattern.to_owned()).collect();
    covered.extend(COOKIELESS.iter().map(|pattern| (*pattern).to_owned()));
    assert_eq!(declared_routes(), covered, "a route with no row here: does it take the session cookie?");

    let mut failures = Vec::new();
    let mut check = |what: String, got: (u16, String), expected: u16| {
        let refused_for_origin = expected == 403;
        if got.0 != expected || (refused_for_origin && got.1 != "forbidden_origin") {
            failures.push(format!("{what}: {} {} (expected {expected})", got.0, got.1));
        }
    };
    for route in &routes {
        let (method, path, body) = (route.method, route.path, route.body);
        let label = |case: &str| format!("{method} {path} {case}");
        let same = with_cookie(&cookie, &[("Origin", own.as_str())]);
        check(label("from its own origin"), status_and_code(&server, method, path, &same, body).await, route.allowed);
        for foreign in [https_same_host.as_str(), evil_same_host.as_str(), other_port.as_str(), "null"] {
            let headers = with_cookie(&cookie, &[("Origin", foreign)]);
            check(label(&format!("from {foreign}")), status_and_code(&server, method, path, &headers, body).await, 403);
        }
        check(
            label("without Origin"),
            status_and_code(&server, method, path, &with_cookie(&cookie, &[]), body).await,
            403,
        );
        for site in ["cross-site", "same-site", "none"] {
            let headers = with_cookie(&cookie, &[("Sec-Fetch-Site", site)]);
            let got = status_and_code(&server, method, path, &headers, body).await;
            check(label(&format!("without Origin, Sec-Fetch-Site: {site}")), got, 403);
        }
        // Browsers send no Origin on a read from their own origin; they send
        // Sec-Fetch-Site instead, and the web client adds its own header. Neither
        // vouches for a change, for which every browser sends Origin.
        let fetch_metadata = with_cookie(&cookie, &[("Sec-Fetch-Site", "same-origin")]);
        let client_header = with_cookie(&cookie, &[("X-Bridgeline-Client", "web")]);
        let read_expected = if method == "GET" { route.allowed } else { 403 };
        check(
            label("without Origin, Sec-Fetch-Site: same-origin"),
            status_and_code(&server, method, path, &fetch_metadata, body).await,
            read_expected,
        );
        check(
            label("without Origin, X-Bridgeline-Client"),
            status_and_code(&server, method, path, &client_header, body).await,
            read_expected,
        );
        // Without a session, the answer is to sign in, from anywhere.
        check(label("without a session"), status_and_code(&server, method, path, &[], body).await, 401);
    }

    // Signing out is a cookie route too: refused from elsewhere, so the session lives.
    for headers in [
        vec![("Cookie", cookie.as_str())],
        vec![("Cookie", cookie.as_str()), ("Origin", evil_same_host.as_str())],
        vec![("Cookie", cookie.as_str()), ("Sec-Fetch-Site", "same-origin")],
    ] {
        let got = status_and_code(&server, "DELETE", "/api/v1/session", &headers, None).await;
        check(format!("DELETE /api/v1/session with {headers:?}"), got, 403);
    }
    let still_signed_in = [("Cookie", cookie.as_str()), ("Origin", own.as_str())];
    check(
        "the session after refused sign-outs".into(),
        status_and_code(&server, "GET", "/api/v1/session", &still_signed_in, None).await,
        200,
    );
    check(
        "DELETE /api/v1/session from its own origin".into(),
        status_and_code(&server, "DELETE", "/api/v1/session", &still_signed_in, None).await,
        204,
    );
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}

#[tokio::test]
async fn socket_handshakes_compare_scheme_host_and_port() {
    let scratch = Scratch::new();
    scratch.add_user("sam", "en", 3);
    let server = scratch.start(&[]).await;
    let cookie = sign_in(&server, "sam").await;
    let own = format!("http://{}", server.addr);
    let foreign = [
        format!("https://{}", server.addr),
        format!("evil://{}", server.addr),
        format!("http://127.0.0.1:{}", server.addr.port().wrapping_add(1)),
        format!("http://localhost:{}", server.addr.port()),
        "http://evil.example".to_owned(),
        "null".to_owned(),
    ];

    // The staff socket: only its own origin, and never without one.
    assert_eq!(handshake_status(&server, "/ws/v1/staff", &with_cookie(&cookie, &[("Origin", &own)])).await, 101);
    assert_eq!(handshake_status(&server, "/ws/v1/staff", &with_cookie(&cookie, &[])).await, 403, "no Origin");
    let proofs_for_reads =
        [("Cookie", cookie.as_str()), ("Sec-Fetch-Site", "same-origin"), ("X-Bridgeline-Client", "web")];
    assert_eq!(handshake_status(&server, "/ws/v1/staff", &proofs_for_reads).await, 403, "no Origin, read proofs");
    for origin in &foreign {
        assert_eq!(
            handshake_status(&server, "/ws/v1/staff", &with_cookie(&cookie, &[("Origin", origin)])).await,
            403,
            "{origin}"
        );
    }
    // Without a session: sign in first, whatever the origin.
    assert_eq!(handshake_status(&server, "/ws/v1/staff", &[("Origin", own.as_str())]).await, 401);

    // The child socket: anonymous, so no Origin is fine; a foreign one is not.
    assert_eq!(handshake_status(&server, "/ws/v1/child", &[]).await, 101);
    assert_eq!(handshake_status(&server, "/ws/v1/child", &[("Origin", own.as_str())]).await, 101);
    for origin in &foreign {
        assert_eq!(handshake_status(&server, "/ws/v1/child", &[("Origin", origin.as_str())]).await, 403, "{origin}");
    }
}

#[tokio::test]
async fn behind_https_or_with_an_allowlist_the_origin_changes_accordingly() {
    let scratch = Scratch::new();
    scratch.add_user("sam", "en", 3);

    // --secure-cookies says the page is served over HTTPS: its own origin is https.
    let server = scratch.start(&["--secure-cookies"]).await;
    let cookie = sign_in(&server, "sam").await;
    let https = format!("https://{}", server.addr);
    let http = format!("http://{}", server.addr);
    for (origin, socket, read) in [(https.as_str(), 101, 200), (http.as_str(), 403, 403)] {
        let headers = [("Cookie", cookie.as_str()), ("Origin", origin)];
        assert_eq!(handshake_status(&server, "/ws/v1/staff", &headers).await, socket, "{origin}");
        assert_eq!(status_and_code(&server, "GET", "/api/v1/session", &headers, None).await.0, read, "{origin}");
    }
    drop(server);

    // An allowlist replaces the page's own origin, entry by entry, exactly.
    let server = scratch.start(&["--allowed-origin", "https://chat.example.org,https://staff.example.org:8443"]).await;
    let cookie = sign_in(&server, "sam").await;
    let own = format!("http://{}", server.addr);
    for (origin, expected) in [
        ("https://chat.example.org", 101),
        ("https://chat.example.org:443", 101),
        ("https://staff.example.org:8443", 101),
        ("https://staff.example.org", 403),
        ("http://chat.example.org", 403),
        ("evil://chat.example.org", 403),
        (own.as_str(), 403),
    ] {
        let headers = [("Cookie", cookie.as_str()), ("Origin", origin)];
        assert_eq!(handshake_status(&server, "/ws/v1/staff", &headers).await, expected, "staff socket from {origin}");
        let child = handshake_status(&server, "/ws/v1/child", &[("Origin", origin)]).await;
        assert_eq!(child, expected, "child socket from {origin}");
    }
}

#[tokio::test]
async fn a_text_frame_that_is_not_utf8_closes_with_1007_after_an_error() {
    let scratch = Scratch::new();
    scratch.add_user("sam", "en", 3);
    let server = scratch.start(&[]).await;
    let (mut sam, cookie) = available_counsellor(&server, "sam").await;
    let (mut child, conversation) = connected_pair(&server, &mut sam, "en").await;

    let mut invalid = br#"{"type":"send","id":"bad","text":""#.to_vec();
    invalid.extend_from_slice(&[0xff, 0xfe, 0xc3]);
    invalid.extend_from_slice(br#""}"#);

    let mut stranger = Client::child(&server).await;
    stranger.send_text_bytes(invalid.clone()).await;
    let error = stranger.expect_type("error").await;
    assert_eq!(error["code"], "malformed", "{error}");
    assert!(error.get("id").is_none(), "the id could not be read: {error}");
    assert_eq!(stranger.expect_close().await, Some(1007));

    let mut second_console = Client::counsellor(&server, &cookie).await;
    second_console.send_text_bytes(invalid).await;
    assert_eq!(second_console.expect_type("error").await["code"], "malformed");
    assert_eq!(second_console.expect_close().await, Some(1007));

    // Nobody else noticed.
    child.request(json!({"type": "send", "text": "still here"})).await;
    sam.expect("the child's message", |frame| text_of(frame) == Some("still here")).await;
    sam.request(json!({"type": "send", "conversation_id": conversation, "text": "me too"})).await;
    child.expect("the counsellor's message", |frame| text_of(frame) == Some("me too")).await;
}

#[tokio::test]
async fn control_characters_are_refused_and_bidi_controls_kept_as_sent() {
    let scratch = Scratch::new();
    scratch.add_user("sam", "en", 3);
    let server = scratch.start(&[]).await;
    let (mut sam, _) = available_counsellor(&server, "sam").await;
    let (mut child, conversation) = connected_pair(&server, &mut sam, "en").await;

    for text in ["nul\u{0}byte", "carriage\rreturn", "\u{1b}[2Jescape", "bell\u{7}", "del\u{7f}", "c1\u{85}next line"] {
        assert_eq!(child.refused(json!({"type": "send", "text": text})).await, "control_character", "{text:?}");
        let from_sam = json!({"type": "send", "conversation_id": conversation, "text": text});
        assert_eq!(sam.refused(from_sam).await, "control_character", "{text:?}");
        let note = json!({"type": "add_note", "conversation_id": conversation, "text": text});
        assert_eq!(sam.refused(note).await, "control_character", "note {text:?}");
    }

    let kept = "photo\u{202E}gnp.exe and \u{2067}שלום\u{2069}\nsecond line\tafter a tab";
    child.request(json!({"type": "send", "text": kept})).await;
    let received = sam.expect("the child's message", |frame| text_of(frame).is_some()).await;
    assert_eq!(text_of(&received), Some(kept), "delivered exactly as written");

    // Nothing refused reached either side, and the transcript holds only what was kept.
    let synced = sam.request(json!({"type": "sync", "conversation_id": conversation, "after_seq": 0})).await;
    assert_eq!(synced["type"], "history");
    let everything: Vec<Value> = sam.seen.iter().chain(child.seen.iter()).flat_map(messages_in).collect();
    assert!(
        everything.iter().filter_map(text_of).all(|text| text == kept),
        "a refused text was delivered: {everything:?}"
    );
}
