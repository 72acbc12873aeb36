//! The permission matrix, on the real server: every HTTP route and every WebSocket
//! message type, for each of nobody, child A, child B, the counsellor assigned to A,
//! a counsellor not assigned to A (assigned to B), a coordinator and an admin. Every
//! cell is asserted. Guards fail when a route or a message type is added without a
//! row here. Afterwards, nobody who should not has seen anything of conversation A.
//!
//! Children have no account: over HTTP the only secret a child holds (the resume
//! token) is tried as a session cookie and must open nothing.

mod support;

use std::collections::BTreeSet;
use std::time::Duration;

use bridgeline_protocol::{ChildRequest, StaffRequest};
use serde_json::{json, Value};

use support::{handshake_status, http, sign_in, Client, Scratch, Server, PASSWORD};

/// The actors, in the order every row lists its expectations.
const ACTORS: [&str; 7] = ["nobody", "child A", "child B", "assigned", "not assigned", "coordinator", "admin"];

/// A marker in every message of conversation A: it must reach nobody but A's parties.
const SECRET: &str = "SECRET-OF-A";

struct World {
    server: Server,
    /// Per actor: the Cookie header value it sends over HTTP, if any.
    cookies: [Option<String>; 7],
    conversation_a: String,
    conversation_b: String,
    resume_a: String,
    child_a: Client,
    child_b: Client,
    staff: Vec<Client>,
}

async fn staff_socket(server: &Server, cookie: &str, name: &'static str) -> Client {
    let mut client = Client::connect(server, "/ws/v1/staff", Some(cookie), name).await;
    client.expect_type("ready").await;
    client
}

async fn world() -> World {
    let scratch = Scratch::new();
    scratch.add_user("amira", "en", 3);
    scratch.add_user("bashir", "en", 3);
    scratch.add_staff("carla", "coordinator", "en", 1);
    scratch.add_staff("ada", "admin", "en", 1);
    let server = scratch.start(&[]).await;
    // Keep the scratch directory alive as long as the server: leak it for the test.
    std::mem::forget(scratch);

    let amira_cookie = sign_in(&server, "amira").await;
    let bashir_cookie = sign_in(&server, "bashir").await;
    let carla_cookie = sign_in(&server, "carla").await;
    let ada_cookie = sign_in(&server, "ada").await;
    let mut amira = staff_socket(&server, &amira_cookie, "assigned").await;
    let mut bashir = staff_socket(&server, &bashir_cookie, "not assigned").await;
    let carla = staff_socket(&server, &carla_cookie, "coordinator").await;
    let ada = staff_socket(&server, &ada_cookie, "admin").await;

    amira.request(json!({"type": "set_status", "status": "available"})).await;
    let mut child_a = Client::connect(&server, "/ws/v1/child", None, "child A").await;
    let attached = child_a.request(json!({"type": "start", "language": "en"})).await;
    let conversation_a = attached["conversation_id"].as_str().expect("id").to_owned();
    let resume_a = attached["resume_token"].as_str().expect("token").to_owned();
    amira.expect_type("offer").await;
    amira.request(json!({"type": "accept", "conversation_id": conversation_a})).await;
    amira.request(json!({"type": "set_status", "status": "busy"})).await;

    bashir.request(json!({"type": "set_status", "status": "available"})).await;
    let mut child_b = Client::connect(&server, "/ws/v1/child", None, "child B").await;
    let attached = child_b.request(json!({"type": "start", "language": "en"})).await;
    let conversation_b = attached["conversation_id"].as_str().expect("id").to_owned();
    bashir.expect_type("offer").await;
    bashir.request(json!({"type": "accept", "conversation_id": conversation_b})).await;
    bashir.request(json!({"type": "set_status", "status": "busy"})).await;
    child_a.request(json!({"type": "send", "text": format!("{SECRET}: hello")})).await;

    let child_cookie = format!("bl_session={resume_a}");
    World {
        server,
        cookies: [
            None,
            Some(child_cookie.clone()),
            Some(child_cookie),
            Some(amira_cookie),
            Some(bashir_cookie),
            Some(carla_cookie),
            Some(ada_cookie),
        ],
        conversation_a,
        conversation_b,
        resume_a,
        child_a,
        child_b,
        staff: vec![amira, bashir, carla, ada],
    }
}

/// One HTTP row: method, path, and the status each actor gets.
struct Route {
    pattern: &'static str,
    method: &'static str,
    path: String,
    expected: [u16; 7],
}

fn http_rows(world: &World) -> Vec<Route> {
    let a = &world.conversation_a;
    let b = &world.conversation_b;
    let all = |status| [status; 7];
    let staff_only = [401, 401, 401, 200, 200, 200, 200];
    vec![
        Route { pattern: "/", method: "GET", path: "/".into(), expected: all(200) },
        Route { pattern: "/counsellor", method: "GET", path: "/counsellor".into(), expected: all(200) },
        Route { pattern: "/l10n/{code}/{file}", method: "GET", path: "/l10n/ar/child.json".into(), expected: all(200) },
        Route { pattern: "/api/v1/locales", method: "GET", path: "/api/v1/locales".into(), expected: all(200) },
        Route { pattern: "/api/v1/session", method: "GET", path: "/api/v1/session".into(), expected: staff_only },
        Route { pattern: "/api/v1/canned", method: "GET", path: "/api/v1/canned?lang=en".into(), expected: staff_only },
        Route {
            pattern: "/api/v1/canned/coverage",
            method: "GET",
            path: "/api/v1/canned/coverage".into(),
            expected: [401, 401, 401, 403, 403, 403, 200],
        },
        Route {
            pattern: "/api/v1/conversations",
            method: "GET",
            path: "/api/v1/conversations".into(),
            expected: staff_only,
        },
        Route {
            pattern: "/api/v1/conversations/{id}",
            method: "GET",
            path: format!("/api/v1/conversations/{a}"),
            expected: [401, 401, 401, 200, 404, 200, 200],
        },
        Route {
            pattern: "/api/v1/conversations/{id}",
            method: "GET",
            path: format!("/api/v1/conversations/{b}"),
            expected: [401, 401, 401, 404, 200, 200, 200],
        },
        Route {
            pattern: "/api/v1/directory",
            method: "GET",
            path: "/api/v1/directory?country=DE&topic=missing".into(),
            expected: staff_only,
        },
        Route {
            pattern: "/api/v1/reports",
            method: "GET",
            path: "/api/v1/reports?from=2026-01-01&to=2026-01-31".into(),
            expected: [401, 401, 401, 403, 403, 200, 200],
        },
        Route {
            pattern: "/api/v1/reports.csv",
            method: "GET",
            path: "/api/v1/reports.csv?from=2026-01-01&to=2026-01-31".into(),
            expected: [401, 401, 401, 403, 403, 200, 200],
        },
        Route {
            pattern: "/api/v1/reports.svg",
            method: "GET",
            path: "/api/v1/reports.svg?from=2026-01-01&to=2026-01-31".into(),
            expected: [401, 401, 401, 403, 403, 200, 200],
        },
        Route {
            pattern: "/api/v1/staff",
            method: "GET",
            path: "/api/v1/staff".into(),
            expected: [401, 401, 401, 403, 403, 403, 200],
        },
        // A creation with a username that cannot be: allowed means 400.
        Route {
            pattern: "/api/v1/staff",
            method: "POST",
            path: "/api/v1/staff".into(),
            expected: [401, 401, 401, 403, 403, 403, 400],
        },
        // Changes are tried on an account that does not exist: allowed means 404.
        Route {
            pattern: "/api/v1/staff/{username}",
            method: "PATCH",
            path: "/api/v1/staff/nobody-here".into(),
            expected: [401, 401, 401, 403, 403, 403, 404],
        },
        Route {
            pattern: "/api/v1/staff/{username}/password",
            method: "PUT",
            path: "/api/v1/staff/nobody-here/password".into(),
            expected: [401, 401, 401, 403, 403, 403, 404],
        },
        // Unlocking and resetting a second factor, tried on an account that does not
        // exist: allowed means 404.
        Route {
            pattern: "/api/v1/staff/{username}/lock",
            method: "DELETE",
            path: "/api/v1/staff/nobody-here/lock".into(),
            expected: [401, 401, 401, 403, 403, 403, 404],
        },
        Route {
            pattern: "/api/v1/staff/{username}/second-factor",
            method: "DELETE",
            path: "/api/v1/staff/nobody-here/second-factor".into(),
            expected: [401, 401, 401, 403, 403, 403, 404],
        },
        // The second step of a sign-in needs the pending token of a right password,
        // whoever asks: a made-up one gets 401 `sign_in_expired` (a session is no use).
        Route {
            pattern: "/api/v1/session/second-factor",
            method: "POST",
            path: "/api/v1/session/second-factor".into(),
            expected: all(401),
        },
        Route {
            pattern: "/api/v1/session/enrolment",
            method: "POST",
            path: "/api/v1/session/enrolment".into(),
            expected: all(401),
        },
        Route {
            pattern: "/api/v1/settings",
            method: "GET",
            path: "/api/v1/settings".into(),
            expected: [401, 401, 401, 403, 403, 200, 200],
        },
        // An out-of-range value: allowed means 400, and nothing changes.
        Route {
            pattern: "/api/v1/settings",
            method: "PUT",
            path: "/api/v1/settings".into(),
            expected: [401, 401, 401, 403, 403, 403, 400],
        },
        Route { pattern: "/healthz", method: "GET", path: "/healthz".into(), expected: all(200) },
        Route { pattern: "/readyz", method: "GET", path: "/readyz".into(), expected: all(200) },
        Route { pattern: "/metrics", method: "GET", path: "/metrics".into(), expected: all(200) },
        // Followers' links to the leading node, with the secret it announced, whatever
        // the cookie: refused on PostgreSQL, nothing there on SQLite (no followers).
        Route {
            pattern: "/internal/v1/link",
            method: "GET",
            path: "/internal/v1/link".into(),
            expected: all(if support::postgres_server().is_some() { 403 } else { 404 }),
        },
        Route { pattern: "/assets", method: "GET", path: "/assets/app.css".into(), expected: all(200) },
        // Only a partner helpline's signed request opens it: a session cookie does not.
        Route {
            pattern: "/api/v1/partners/hello",
            method: "GET",
            path: "/api/v1/partners/hello".into(),
            expected: all(401),
        },
        Route {
            pattern: "/api/v1/partners/handovers",
            method: "POST",
            path: "/api/v1/partners/handovers".into(),
            expected: all(401),
        },
        Route {
            pattern: "/api/v1/partners/handovers/{id}/answer",
            method: "POST",
            path: "/api/v1/partners/handovers/0123456789abcdef0123/answer".into(),
            expected: all(401),
        },
        Route {
            pattern: "/api/v1/partners/handovers/{id}/transferred",
            method: "POST",
            path: "/api/v1/partners/handovers/0123456789abcdef0123/transferred".into(),
            expected: all(401),
        },
    ]
}

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

#[tokio::test]
async fn every_route_and_message_type_for_every_actor() {
    let mut world = world().await;

    // ---- HTTP ----
    let rows = http_rows(&world);
    // Sessions (POST, DELETE) and the two WebSocket endpoints have their own rows below.
    let mut covered: BTreeSet<String> = rows.iter().map(|row| row.pattern.to_owned()).collect();
    covered.extend(["/ws/v1/child".to_owned(), "/ws/v1/staff".to_owned()]);
    assert_eq!(declared_routes(), covered, "a route without permission rows (or a row for no route)");
    let mut failures = Vec::new();
    for row in &rows {
        for (actor, expected) in ACTORS.iter().zip(row.expected) {
            let index = ACTORS.iter().position(|known| known == actor).expect("actor");
            let headers: Vec<(&str, &str)> =
                world.cookies[index].as_deref().map(|cookie| ("Cookie", cookie)).into_iter().collect();
            let body = match row.method {
                "POST" if row.pattern == "/api/v1/session/second-factor" => {
                    Some(r#"{"pending_token":"made-up","code":"123456"}"#)
                }
                "POST" if row.pattern == "/api/v1/session/enrolment" => Some(r#"{"pending_token":"made-up"}"#),
                "PATCH" => Some(r#"{"max_chats":2}"#),
                "POST" => Some(
                    r#"{"username":"Not Valid","display_name":"X","role":"counsellor","languages":["en"],"max_chats":1,"password":"a long enough new password"}"#,
                ),
                "PUT" if row.pattern == "/api/v1/settings" => Some(r#"{"retention_days":0}"#),
                "PUT" => Some(r#"{"password":"a long enough new password"}"#),
                _ => None,
            };
            let response = http(world.server.addr, row.method, &row.path, &headers, body).await;
            if response.status != expected {
                failures
                    .push(format!("{} {} as {actor}: {} (expected {expected})", row.method, row.path, response.status));
            }
            if response.status == 200 && response.body.contains(SECRET) && !matches!(index, 3 | 5 | 6) {
                failures.push(format!("{} {} as {actor}: leaks conversation A", row.method, row.path));
            }
        }
    }
    // The list of handled chats shows each counsellor only their own.
    let listed = |index: usize| {
        let cookie = world.cookies[index].clone().expect("cookie");
        let addr = world.server.addr;
        async move { http(addr, "GET", "/api/v1/conversations", &[("Cookie", &cookie)], None).await.body }
    };
    let mine = listed(3).await;
    assert!(mine.contains(&world.conversation_a) && !mine.contains(&world.conversation_b), "{mine}");
    let theirs = listed(4).await;
    assert!(theirs.contains(&world.conversation_b) && !theirs.contains(&world.conversation_a), "{theirs}");

    // Sign-in: wrong password, unknown user, a child's token as a password; sign-out
    // needs a session.
    for body in [
        json!({"username": "amira", "password": "wrong password here"}),
        json!({"username": "nobody", "password": PASSWORD}),
        json!({"username": "amira", "password": world.resume_a}),
    ] {
        let response = http(world.server.addr, "POST", "/api/v1/session", &[], Some(&body.to_string())).await;
        assert_eq!(response.status, 401, "{body}");
    }
    for (actor, cookie) in ACTORS.iter().zip(&world.cookies).take(3) {
        let headers: Vec<(&str, &str)> = cookie.as_deref().map(|cookie| ("Cookie", cookie)).into_iter().collect();
        let response = http(world.server.addr, "DELETE", "/api/v1/session", &headers, None).await;
        assert_eq!(response.status, 401, "sign-out as {actor}");
    }

    // WebSocket handshakes, from the server's own page: children and nobody never reach
    // the staff endpoint.
    let own_origin = format!("http://{}", world.server.addr);
    for (index, actor) in ACTORS.iter().enumerate() {
        let mut headers: Vec<(&str, &str)> =
            world.cookies[index].as_deref().map(|cookie| ("Cookie", cookie)).into_iter().collect();
        headers.push(("Origin", &own_origin));
        let staff = handshake_status(&world.server, "/ws/v1/staff", &headers).await;
        let expected = if index < 3 { 401 } else { 101 };
        if staff != expected {
            failures.push(format!("/ws/v1/staff handshake as {actor}: {staff} (expected {expected})"));
        }
        let child = handshake_status(&world.server, "/ws/v1/child", &headers).await;
        if child != 101 {
            failures.push(format!("/ws/v1/child handshake as {actor}: {child}"));
        }
    }

    // ---- Staff WebSocket: each type × {assigned, not assigned, coordinator, admin};
    // nobody and children cannot open the socket at all (above). ----
    let a = world.conversation_a.clone();
    let ok = "ok";
    let not_yours = "not_yours";
    // (type, frame, expected for [assigned, not assigned, coordinator, admin])
    let staff_rows: Vec<(&str, Value, [&str; 4])> = vec![
        ("set_status", json!({"status": "busy"}), [ok, ok, "forbidden", "forbidden"]),
        ("accept", json!({"conversation_id": a}), ["offer_gone", "offer_gone", "forbidden", "forbidden"]),
        ("decline", json!({"conversation_id": a}), ["offer_gone", "offer_gone", "forbidden", "forbidden"]),
        (
            "send",
            json!({"conversation_id": a, "text": format!("{SECRET}: reply")}),
            [ok, not_yours, not_yours, not_yours],
        ),
        ("sync", json!({"conversation_id": a, "after_seq": 0}), [ok, not_yours, not_yours, not_yours]),
        // Pages of a chat: its counsellor's, and a supervisor's only while observing it.
        ("history", json!({"conversation_id": a, "before_seq": 2}), [ok, not_yours, not_yours, not_yours]),
        ("typing", json!({"conversation_id": a}), [ok, not_yours, not_yours, not_yours]),
        ("read", json!({"conversation_id": a, "seq": 1}), [ok, not_yours, not_yours, not_yours]),
        ("set_risk", json!({"conversation_id": a, "level": "low"}), [ok, not_yours, not_yours, not_yours]),
        (
            "add_note",
            json!({"conversation_id": a, "text": format!("{SECRET}: note")}),
            [ok, not_yours, not_yours, not_yours],
        ),
        (
            "transfer",
            json!({"conversation_id": a, "target": {"kind": "counsellor", "username": "nobody-here"}, "note": "n"}),
            ["target_unavailable", not_yours, not_yours, not_yours],
        ),
        (
            "send_canned",
            json!({"conversation_id": a, "key": "canned-waiting-moment"}),
            [ok, not_yours, not_yours, not_yours],
        ),
        (
            "refer",
            json!({"conversation_id": a, "service_id": "eu-116000", "reason": "r", "child_agreed": true}),
            [ok, not_yours, not_yours, not_yours],
        ),
        (
            "wrap_up",
            json!({"conversation_id": a, "wrap_up": {"categories": ["family"], "outcome": "supported", "cross_border": false}}),
            ["invalid_field", not_yours, not_yours, not_yours],
        ),
        (
            "acknowledge_alert",
            json!({"alert_id": "no-such-alert"}),
            ["forbidden", "forbidden", "invalid_field", "invalid_field"],
        ),
        // Observing is read-only and for supervisors; stopping what one does not observe
        // is refused; a reassignment to nobody online is allowed but impossible.
        ("observe", json!({"conversation_id": a}), ["forbidden", "forbidden", ok, ok]),
        ("stop_observing", json!({"conversation_id": a}), ["forbidden", "forbidden", ok, ok]),
        (
            "reassign",
            json!({"conversation_id": a, "username": "nobody-here", "note": "n"}),
            ["forbidden", "forbidden", "target_unavailable", "target_unavailable"],
        ),
        // Ending as abusive is the holder's, like `end`; an empty reason keeps the chat
        // open for the rows below (allowed means `empty_text`).
        (
            "end_as_abusive",
            json!({"conversation_id": a, "reason": " "}),
            ["empty_text", not_yours, not_yours, not_yours],
        ),
        // Decisions on abuse reports are supervisors'; an unknown report is allowed but
        // impossible.
        (
            "confirm_report",
            json!({"report_id": "no-such-report"}),
            ["forbidden", "forbidden", "invalid_field", "invalid_field"],
        ),
        (
            "reject_report",
            json!({"report_id": "no-such-report"}),
            ["forbidden", "forbidden", "invalid_field", "invalid_field"],
        ),
        (
            "lift_block",
            json!({"report_id": "no-such-report"}),
            ["forbidden", "forbidden", "invalid_field", "invalid_field"],
        ),
        // A live chat is no left message, for anyone (even its holder).
        ("take_left_message", json!({"conversation_id": a}), [not_yours, not_yours, not_yours, not_yours]),
        // Handovers: asking and sending with consent are the holder's (an unknown
        // partner: allowed but impossible); answering needs a handover that waits.
        (
            "ask_handover_consent",
            json!({"conversation_id": a, "partner": "No such helpline"}),
            ["unknown_partner", not_yours, not_yours, not_yours],
        ),
        (
            "send_handover",
            json!({"conversation_id": a, "partner": "No such helpline", "consent_id": "no-such-question",
                   "summary": {"languages": ["en"], "what_happened": "w", "child_wants": "c"}}),
            ["unknown_partner", not_yours, not_yours, not_yours],
        ),
        (
            "answer_handover",
            json!({"handover_id": "no-such-handover", "accept": true}),
            ["handover_gone", "handover_gone", "handover_gone", "handover_gone"],
        ),
        ("end", json!({"conversation_id": a}), [ok, not_yours, not_yours, not_yours]),
    ];
    let types: BTreeSet<&str> = staff_rows.iter().map(|(kind, _, _)| *kind).collect();
    assert_eq!(types, StaffRequest::TYPES.iter().copied().collect(), "every staff message type has a row");
    // The assigned counsellor goes last in each row, so that `end` ends the chat only
    // after everyone else has tried it.
    for (kind, frame, expected) in &staff_rows {
        for actor in [1usize, 2, 3, 0] {
            let mut frame = frame.clone();
            frame["type"] = json!(kind);
            let outcome = outcome(&mut world.staff[actor], frame).await;
            if outcome != expected[actor] {
                failures.push(format!(
                    "staff {kind} as {}: {outcome} (expected {})",
                    ACTORS[actor + 3],
                    expected[actor]
                ));
            }
        }
    }
    // After the end: the wrap-up and the replay of the ended chat are the assigned
    // counsellor's only.
    let wrap_up = json!({"type": "wrap_up", "conversation_id": a,
        "wrap_up": {"categories": ["family"], "outcome": "supported", "cross_border": false}});
    let sync = json!({"type": "sync", "conversation_id": a, "after_seq": 0});
    let history = json!({"type": "history", "conversation_id": a});
    for (frame, expected) in [
        (wrap_up, [ok, not_yours, not_yours, not_yours]),
        (sync, [ok, not_yours, not_yours, not_yours]),
        (history, [ok, not_yours, not_yours, not_yours]),
    ] {
        for actor in [1usize, 2, 3, 0] {
            let outcome = outcome(&mut world.staff[actor], frame.clone()).await;
            if outcome != expected[actor] {
                failures.push(format!("after the end, {} as {}: {outcome}", frame["type"], ACTORS[actor + 3]));
            }
        }
    }

    // ---- Child WebSocket: each type × {nobody (a fresh socket), child A, child B}. ----
    // A is ended by now; B is live with Bashir.
    let child_rows: Vec<(&str, Value, [&str; 3])> = vec![
        ("start", json!({"language": "en"}), [ok, "already_started", "already_started"]),
        // A socket holds one conversation: it cannot switch to another, real or not.
        (
            "resume",
            json!({"resume_token": "not-a-real-token", "last_seq": 0}),
            ["invalid_resume_token", "already_started", "already_started"],
        ),
        ("send", json!({"text": "late"}), ["no_conversation", "conversation_ended", ok]),
        ("end", json!({}), ["no_conversation", "conversation_ended", ok]),
        ("change_language", json!({"language": "fr"}), ["no_conversation", "conversation_ended", "conversation_ended"]),
        ("typing", json!({}), ["no_conversation", "conversation_ended", "conversation_ended"]),
        ("read", json!({"seq": 1}), ["no_conversation", "conversation_ended", "conversation_ended"]),
        ("rate", json!({"rating": "helped"}), ["no_conversation", ok, ok]),
        // After the end (B ended its chat at `end` above): each child's own is counted.
        ("survey", json!({"answers": {"listened": "yes"}}), ["no_conversation", ok, ok]),
        // A child reads back their own chat, ended or not.
        ("history", json!({"before_seq": 3}), ["no_conversation", ok, ok]),
        // A return code for one's own chat, ended or not.
        ("take_code", json!({}), ["no_conversation", ok, ok]),
        // Erasing needs a code that opens a case, whoever asks (this one opens none).
        ("forget_me", json!({"code": "0000 0000 0000"}), ["wrong_code", "wrong_code", "wrong_code"]),
        // So does reading a case (a mistyped check digit here: no attempt is counted).
        ("open_case", json!({"code": "0000 0000 0001"}), ["wrong_code", "wrong_code", "wrong_code"]),
        // Another chat is read only after its case was opened with the code, even one's own.
        (
            "history",
            json!({"conversation_id": world.conversation_a, "after_seq": 0}),
            [not_yours, not_yours, not_yours],
        ),
        // Nothing to leave as a message once the chat has ended.
        ("leave_message", json!({}), ["no_conversation", "conversation_ended", "conversation_ended"]),
        // Only a question put in one's own live chat can be answered (there is none).
        (
            "handover_consent",
            json!({"consent_id": "no-such-question", "answer": "yes"}),
            ["no_conversation", "no_conversation", "no_conversation"],
        ),
        // Joining a partner's chat comes instead of `start`, with a token.
        (
            "join_handover",
            json!({"token": "no-such-token"}),
            ["invalid_handover_token", "already_started", "already_started"],
        ),
        // Last: B's socket is detached from its chat once it has left.
        ("leave", json!({}), ["no_conversation", ok, ok]),
    ];
    let types: BTreeSet<&str> = child_rows.iter().map(|(kind, _, _)| *kind).collect();
    assert_eq!(types, ChildRequest::TYPES.iter().copied().collect(), "every child message type has a row");
    for (kind, frame, expected) in &child_rows {
        for (actor, expected) in expected.iter().enumerate() {
            let mut frame = frame.clone();
            frame["type"] = json!(kind);
            let outcome = match actor {
                0 => {
                    let mut fresh = Client::connect(&world.server, "/ws/v1/child", None, "nobody").await;
                    let outcome = outcome(&mut fresh, frame).await;
                    assert!(!fresh.seen.iter().any(|seen| seen.to_string().contains(SECRET)), "a fresh socket saw A");
                    outcome
                }
                1 => outcome(&mut world.child_a, frame).await,
                _ => outcome(&mut world.child_b, frame).await,
            };
            if outcome != *expected {
                failures.push(format!("child {kind} as {}: {outcome} (expected {expected})", ACTORS[actor]));
            }
        }
    }
    // Resuming A with its token is being child A: it works from any socket, and the
    // socket it replaces is told.
    let mut again = Client::connect(&world.server, "/ws/v1/child", None, "child A again").await;
    let attached =
        outcome_frame(&mut again, json!({"type": "resume", "resume_token": world.resume_a, "last_seq": 0})).await;
    assert_eq!(attached["conversation_id"], world.conversation_a.as_str());

    assert!(failures.is_empty(), "permission matrix failures:\n{}", failures.join("\n"));

    // ---- Zero cross-conversation reads. ----
    // Child B and the other counsellor never see anything of A. Coordinators and admins
    // see A only after they chose to observe it (an audited read), never before.
    let (assigned, others) = world.staff.split_at_mut(1);
    for client in std::iter::once(&mut world.child_b).chain(others.iter_mut()) {
        client
            .expect_none("anything of A", Duration::from_millis(300), |frame| frame.to_string().contains(SECRET))
            .await;
        let observed_from = client
            .seen
            .iter()
            .position(|frame| frame["type"] == "observing" && frame["conversation_id"] == world.conversation_a.as_str())
            .unwrap_or(client.seen.len());
        let supervisor = client.name == "coordinator" || client.name == "admin";
        assert_eq!(supervisor, observed_from < client.seen.len(), "{} observed A: only supervisors can", client.name);
        let before = &client.seen[..observed_from];
        let leaked: Vec<&Value> = before.iter().filter(|frame| frame.to_string().contains(SECRET)).collect();
        assert!(leaked.is_empty(), "{} saw conversation A: {leaked:?}", client.name);
        // The board lists live chats by id for supervisors (who holds it, language, risk:
        // no content); nothing else may name A.
        let by_id: Vec<&Value> = before
            .iter()
            .filter(|frame| frame.to_string().contains(&world.conversation_a))
            .filter(|frame| !(supervisor && frame["type"] == "board"))
            .collect();
        assert!(by_id.is_empty(), "{} saw frames of A: {by_id:?}", client.name);
    }
    assert!(assigned[0].seen.iter().any(|frame| frame.to_string().contains(SECRET)), "A's counsellor saw A");
}

/// Sends a frame and returns "ok" for an ack (or attached) or the error code.
async fn outcome(client: &mut Client, frame: Value) -> String {
    let answer = outcome_frame(client, frame).await;
    if answer["type"] == "error" {
        answer["code"].as_str().unwrap_or("?").to_owned()
    } else {
        "ok".to_owned()
    }
}

async fn outcome_frame(client: &mut Client, mut frame: Value) -> Value {
    let id = client.id();
    frame["id"] = json!(id);
    client.send(frame).await;
    client.expect("the answer", |reply| reply["id"] == id.as_str()).await
}

#[tokio::test]
async fn a_disabled_account_loses_its_open_sockets_and_sessions() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "en", 2);
    let server = scratch.start(&[]).await;
    let cookie = sign_in(&server, "amira").await;
    let mut amira = staff_socket(&server, &cookie, "amira").await;
    let output = std::process::Command::new(support::binary())
        .args(["user", "disable", "--database", &scratch.database(), "--name", "amira"])
        .output()
        .expect("run user disable");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    // Closed while idle, without sending anything.
    assert_eq!(amira.expect_close().await, Some(1008));
    assert_eq!(http(server.addr, "GET", "/api/v1/session", &[("Cookie", &cookie)], None).await.status, 401);
    let body = json!({"username": "amira", "password": PASSWORD}).to_string();
    assert_eq!(http(server.addr, "POST", "/api/v1/session", &[], Some(&body)).await.status, 401);
    assert_eq!(handshake_status(&server, "/ws/v1/staff", &[("Cookie", &cookie)]).await, 401);
    let unknown = std::process::Command::new(support::binary())
        .args(["user", "disable", "--database", &scratch.database(), "--name", "nobody"])
        .output()
        .expect("run user disable");
    assert!(!unknown.status.success());
}
