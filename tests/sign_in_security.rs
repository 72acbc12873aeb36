//! Staff sign-in security on the real server: password guessing slowed, then locked
//! (429 with `Retry-After`), per account and per client; every lock audited; admins
//! see locked accounts and unlock them; a browser that signed in before is not shut
//! out by strangers; `X-Forwarded-For` believed only from a trusted proxy. Then the
//! second factor: enrolment and sign-in with codes computed here (RFC 6238), a code
//! never accepted twice, recovery codes good once, an admin's reset (audited), and no
//! session at all for a coordinator without a factor.
//!
//! Servers run with `--trusted-proxy 127.0.0.1`, so that each phase can come from
//! client addresses of its own (`X-Forwarded-For`) without one phase's failures
//! slowing the next.

mod support;

use std::time::Duration;

use serde_json::{json, Value};

use support::second_factor::{code, decode_secret, factor, forget, usable_step};
use support::{http, session_cookie, sign_in, Client, HttpResponse, Scratch, Server, PASSWORD};

/// A password sign-in from the client at `address` (through the trusted proxy).
async fn attempt(server: &Server, username: &str, password: &str, address: &str, cookie: Option<&str>) -> HttpResponse {
    let body = json!({ "username": username, "password": password }).to_string();
    let mut headers = vec![("X-Forwarded-For", address)];
    if let Some(cookie) = cookie {
        headers.push(("Cookie", cookie));
    }
    http(server.addr, "POST", "/api/v1/session", &headers, Some(&body)).await
}

async fn post(server: &Server, path: &str, address: &str, body: Value) -> (u16, Value) {
    let response = http(server.addr, "POST", path, &[("X-Forwarded-For", address)], Some(&body.to_string())).await;
    (response.status, serde_json::from_str(&response.body).unwrap_or(Value::Null))
}

/// An admin's call from the console's own origin.
async fn admin_call(server: &Server, cookie: &str, method: &str, path: &str, body: Option<Value>) -> (u16, Value) {
    let origin = format!("http://{}", server.addr);
    let headers = [("Cookie", cookie), ("Origin", origin.as_str())];
    let body = body.map(|body| body.to_string());
    let response = http(server.addr, method, path, &headers, body.as_deref()).await;
    (response.status, serde_json::from_str(&response.body).unwrap_or(Value::Null))
}

fn json_of(response: &HttpResponse) -> Value {
    serde_json::from_str(&response.body).unwrap_or(Value::Null)
}

/// The device cookie a sign-in set, as a `Cookie` header value.
fn device_cookie(response: &HttpResponse) -> String {
    let cookie = response
        .headers
        .iter()
        .filter(|(name, _)| name.eq_ignore_ascii_case("set-cookie"))
        .map(|(_, value)| value.as_str())
        .find(|value| value.starts_with("bl_device="))
        .unwrap_or_else(|| panic!("no device cookie: {:?}", response.headers));
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), "{cookie}");
    assert!(cookie.contains("Path=/api/v1/session"), "sent to sign-in only: {cookie}");
    cookie.split(';').next().expect("pair").to_owned()
}

/// The audit lines not about a conversation: (action, username of staff_id, detail).
async fn audit(server: &Server) -> Vec<(String, Option<String>, String)> {
    let pool = support::open_database(&server.database).await;
    let rows: Vec<(String, Option<String>, String)> = sqlx::query_as(
        "SELECT a.action, s.username, a.detail FROM audit_log a LEFT JOIN staff s ON s.id = a.staff_id
         WHERE a.conversation_id IS NULL ORDER BY a.at, a.id",
    )
    .fetch_all(&pool)
    .await
    .expect("read the audit log");
    pool.close().await;
    rows
}

fn account<'a>(list: &'a Value, username: &str) -> &'a Value {
    list.as_array()
        .and_then(|accounts| accounts.iter().find(|account| account["username"] == username))
        .unwrap_or_else(|| panic!("{username} not listed: {list}"))
}

/// Fails a password `times` times, waiting out each growing delay; every wrong
/// attempt gets 401. Addresses are `203.0.113.N`, one per attempt unless `address`.
async fn fail(server: &Server, username: &str, times: usize, address: Option<&str>) {
    for attempt_number in 0..times {
        let from = address.map_or_else(|| format!("203.0.113.{attempt_number}"), str::to_owned);
        loop {
            let response = attempt(server, username, "not the password", &from, None).await;
            match response.status {
                401 => {
                    assert_eq!(json_of(&response)["error"], "bad_credentials");
                    break;
                }
                429 => {
                    let wait: u64 =
                        response.header("retry-after").and_then(|value| value.parse().ok()).expect("Retry-After");
                    assert!(wait <= 8, "only growing delays before the lock: {wait} s");
                    tokio::time::sleep(Duration::from_secs(wait)).await;
                }
                other => panic!("attempt {attempt_number}: {other} {}", response.body),
            }
        }
    }
}

#[tokio::test]
async fn guessing_a_password_is_slowed_then_locked_audited_and_unlocked_by_an_admin() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "ar", 2);
    scratch.add_staff("ada", "admin", "en", 1);
    let server = scratch.start(&["--trusted-proxy", "127.0.0.1"]).await;
    // Amira's own browser signed in yesterday: it holds a device cookie.
    let before = attempt(&server, "amira", PASSWORD, "192.0.2.10", None).await;
    assert_eq!(before.status, 200, "{}", before.body);
    let her_browser = device_cookie(&before);

    // Five free failures, from five strangers.
    fail(&server, "amira", 5, None).await;
    // The sixth makes the next attempt wait a second, right password or not.
    fail(&server, "amira", 1, Some("203.0.113.50")).await;
    let waiting = attempt(&server, "amira", PASSWORD, "198.51.100.1", None).await;
    assert_eq!(waiting.status, 429, "{}", waiting.body);
    assert_eq!(waiting.header("retry-after"), Some("1"));
    assert_eq!(json_of(&waiting)["error"], "too_many_attempts");
    assert_eq!(json_of(&waiting)["retry_after_secs"], 1);
    // Then 2, 4 and 8 s; the tenth failure locks the account for 5 minutes.
    fail(&server, "amira", 4, Some("203.0.113.60")).await;
    let locked = attempt(&server, "amira", PASSWORD, "198.51.100.2", None).await;
    assert_eq!(locked.status, 429, "a right password is refused while locked: {}", locked.body);
    let retry: u64 = locked.header("retry-after").and_then(|value| value.parse().ok()).expect("Retry-After");
    assert!((290..=300).contains(&retry), "{retry}");
    let lines = audit(&server).await;
    let locks: Vec<_> = lines.iter().filter(|(action, ..)| action == "sign_in_locked").collect();
    assert_eq!(locks.len(), 1, "{lines:?}");
    assert_eq!(locks[0].1.as_deref(), Some("amira"));
    assert!(locks[0].2.contains("300 s after 10 failed attempts"), "{:?}", locks[0]);

    // Her own browser is not shut out by strangers.
    let from_her_browser = attempt(&server, "amira", PASSWORD, "192.0.2.10", Some(&her_browser)).await;
    assert_eq!(from_her_browser.status, 200, "{}", from_her_browser.body);
    // A made-up device cookie is no way round the lock.
    let forged = attempt(&server, "amira", PASSWORD, "198.51.100.3", Some("bl_device=forged")).await;
    assert_eq!(forged.status, 429);

    // The admin sees the lock and lifts it.
    let ada = sign_in(&server, "ada").await;
    let (status, list) = admin_call(&server, &ada, "GET", "/api/v1/staff", None).await;
    assert_eq!(status, 200);
    assert!(account(&list, "amira")["locked_until"].as_i64().is_some(), "{list}");
    assert_eq!(account(&list, "ada")["locked_until"], Value::Null);
    let cross_site = http(
        server.addr,
        "DELETE",
        "/api/v1/staff/amira/lock",
        &[("Cookie", &ada), ("Origin", "http://evil.example")],
        None,
    )
    .await;
    assert_eq!(cross_site.status, 403);
    assert_eq!(admin_call(&server, &ada, "DELETE", "/api/v1/staff/amira/lock", None).await.0, 204);
    let (_, list) = admin_call(&server, &ada, "GET", "/api/v1/staff", None).await;
    assert_eq!(account(&list, "amira")["locked_until"], Value::Null);
    let after = attempt(&server, "amira", PASSWORD, "198.51.100.4", None).await;
    assert_eq!(after.status, 200, "{}", after.body);
    let unlocked: Vec<_> =
        audit(&server).await.into_iter().filter(|(action, ..)| action == "sign_in_unlocked").collect();
    assert_eq!(unlocked, vec![("sign_in_unlocked".to_owned(), Some("ada".to_owned()), "amira".to_owned())]);
}

#[tokio::test]
async fn one_client_guessing_is_locked_and_x_forwarded_for_counts_only_from_a_trusted_proxy() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "ar", 2);

    // No trusted proxy: the header is the client's own word, and ignored. Ten
    // usernames (no account locks), each "from" another address: one client.
    let server = scratch.start(&[]).await;
    for number in 0..10 {
        let username = format!("nobody{number}");
        let from = format!("203.0.113.{number}");
        fail(&server, &username, 1, Some(&from)).await;
    }
    let refused = attempt(&server, "amira", PASSWORD, "198.51.100.9", None).await;
    assert_eq!(refused.status, 429, "{}", refused.body);
    let retry: u64 = refused.header("retry-after").and_then(|value| value.parse().ok()).expect("Retry-After");
    assert!((890..=900).contains(&retry), "a client lock lasts 15 minutes: {retry}");
    let lines = audit(&server).await;
    assert!(
        lines.iter().any(|(action, staff, detail)| action == "sign_in_client_locked"
            && staff.is_none()
            && detail.contains("900 s after 10 failed attempts")),
        "{lines:?}"
    );
    assert!(!lines.iter().any(|(action, ..)| action == "sign_in_locked"), "no account was locked: {lines:?}");
    // Nothing of an address is stored: not in the audit log, nowhere in the database.
    for file in ["bridgeline.db", "bridgeline.db-wal"] {
        let bytes = std::fs::read(scratch.dir.path().join(file)).unwrap_or_default();
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains("203.0.113") && !text.contains("127.0.0.1"), "an address was stored in {file}");
    }
    drop(server);

    // Behind a trusted proxy the forwarded address is the client.
    let server = scratch.start(&["--trusted-proxy", "127.0.0.1"]).await;
    for number in 0..10 {
        fail(&server, &format!("nobody{number}"), 1, Some("198.51.100.7")).await;
    }
    let from_locked = attempt(&server, "amira", PASSWORD, "198.51.100.7", None).await;
    assert_eq!(from_locked.status, 429);
    // What a client writes before the address the proxy saw changes nothing.
    let spoofed = attempt(&server, "amira", PASSWORD, "192.0.2.1, 198.51.100.7", None).await;
    assert_eq!(spoofed.status, 429);
    let elsewhere = attempt(&server, "amira", PASSWORD, "198.51.100.8", None).await;
    assert_eq!(elsewhere.status, 200, "another client is not locked: {}", elsewhere.body);
}

#[tokio::test]
async fn a_coordinator_enrols_then_signs_in_with_real_codes_never_twice_and_recovery_codes_once() {
    let scratch = Scratch::new();
    scratch.add_staff("carla", "coordinator", "en", 1);
    scratch.add_staff("dario", "coordinator", "en", 1);
    scratch.add_staff("ada", "admin", "en", 1);
    let server = scratch.start(&["--trusted-proxy", "127.0.0.1"]).await;
    let from = "198.51.100.20";

    // The password alone opens no session: it starts an enrolment.
    let first = attempt(&server, "carla", PASSWORD, from, None).await;
    assert_eq!(first.status, 401);
    assert!(first.header("set-cookie").is_none(), "no cookie before the second factor");
    let answer = json_of(&first);
    assert_eq!(answer["error"], "second_factor_enrolment_required", "{answer}");
    assert_eq!(answer["expires_in_secs"], 600);
    let token = answer["pending_token"].as_str().expect("pending token").to_owned();
    assert_eq!(token.len(), 64);
    // A code before the key was even asked for.
    let (status, _) =
        post(&server, "/api/v1/session/second-factor", from, json!({"pending_token": token, "code": "123456"})).await;
    assert_eq!(status, 400);

    let (status, enrolment) = post(&server, "/api/v1/session/enrolment", from, json!({"pending_token": token})).await;
    assert_eq!(status, 200, "{enrolment}");
    let secret_text = enrolment["secret"].as_str().expect("secret").to_owned();
    assert_eq!(secret_text.len(), 32, "160 bits in base32");
    let uri = enrolment["otpauth_uri"].as_str().expect("uri");
    assert_eq!(
        uri,
        format!(
            "otpauth://totp/Bridgeline:carla?secret={secret_text}&issuer=Bridgeline&algorithm=SHA1&digits=6&period=30"
        )
    );
    let svg = enrolment["qr_svg"].as_str().expect("svg");
    assert!(svg.contains("<svg") && svg.contains("<path"), "a QR code drawn here");
    let (_, again) = post(&server, "/api/v1/session/enrolment", from, json!({"pending_token": token})).await;
    assert_eq!(again["secret"], secret_text.as_str(), "asked again, the same key");

    let secret = decode_secret(&secret_text);
    let step = usable_step(None).await;
    let wrong = format!("{:06}", (code(&secret, step).parse::<u32>().unwrap() + 1) % 1_000_000);
    let (status, refused) =
        post(&server, "/api/v1/session/second-factor", from, json!({"pending_token": token, "code": wrong})).await;
    assert_eq!((status, refused["error"].as_str()), (401, Some("bad_second_factor")), "{refused}");
    let confirmed = http(
        server.addr,
        "POST",
        "/api/v1/session/second-factor",
        &[("X-Forwarded-For", from)],
        Some(&json!({"pending_token": token, "code": code(&secret, step)}).to_string()),
    )
    .await;
    assert_eq!(confirmed.status, 200, "{}", confirmed.body);
    let carla = session_cookie(&confirmed);
    let confirmed = json_of(&confirmed);
    assert_eq!(confirmed["username"], "carla");
    let recovery: Vec<String> = confirmed["recovery_codes"]
        .as_array()
        .expect("codes")
        .iter()
        .map(|code| code.as_str().unwrap().to_owned())
        .collect();
    assert_eq!(recovery.len(), 10);
    assert_eq!(http(server.addr, "GET", "/api/v1/session", &[("Cookie", &carla)], None).await.status, 200);
    // The token did its job.
    let (status, _) =
        post(&server, "/api/v1/session/second-factor", from, json!({"pending_token": token, "code": "000000"})).await;
    assert_eq!(status, 401);

    // Next sign-in: a code, never the same step twice.
    let second = json_of(&attempt(&server, "carla", PASSWORD, from, None).await);
    assert_eq!(second["error"], "second_factor_required", "{second}");
    let token = second["pending_token"].as_str().unwrap().to_owned();
    let (status, answer) = post(&server, "/api/v1/session/enrolment", from, json!({"pending_token": token})).await;
    assert_eq!(status, 409, "no new key for an enrolled account: {answer}");
    let (status, replay) = post(
        &server,
        "/api/v1/session/second-factor",
        from,
        json!({"pending_token": token, "code": code(&secret, step)}),
    )
    .await;
    assert_eq!((status, replay["error"].as_str()), (401, Some("bad_second_factor")), "a used code: {replay}");
    let next = usable_step(Some(step)).await;
    let (status, signed_in) = post(
        &server,
        "/api/v1/session/second-factor",
        from,
        json!({"pending_token": token, "code": code(&secret, next)}),
    )
    .await;
    assert_eq!(status, 200, "{signed_in}");
    assert!(signed_in.get("recovery_codes").is_none(), "recovery codes are shown once only");

    // A recovery code, written as people do, works once.
    let other = "198.51.100.21";
    let third = json_of(&attempt(&server, "carla", PASSWORD, other, None).await);
    let token = third["pending_token"].as_str().unwrap().to_owned();
    let typed = format!(" {} ", recovery[3].to_uppercase().replace('-', " "));
    let (status, answer) =
        post(&server, "/api/v1/session/second-factor", other, json!({"pending_token": token, "code": typed})).await;
    assert_eq!(status, 200, "{answer}");
    assert_eq!(answer["recovery_codes_left"], 9);
    let fourth = json_of(&attempt(&server, "carla", PASSWORD, other, None).await);
    let token = fourth["pending_token"].as_str().unwrap().to_owned();
    let (status, _) =
        post(&server, "/api/v1/session/second-factor", other, json!({"pending_token": token, "code": recovery[3]}))
            .await;
    assert_eq!(status, 401, "a recovery code is good once");

    // Five wrong codes end a pending sign-in: the right one then comes too late.
    let from = "198.51.100.22";
    let dario = json_of(&attempt(&server, "dario", PASSWORD, from, None).await);
    let token = dario["pending_token"].as_str().expect("token").to_owned();
    let (_, enrolment) = post(&server, "/api/v1/session/enrolment", from, json!({"pending_token": token})).await;
    let dario_secret = decode_secret(enrolment["secret"].as_str().expect("secret"));
    for _ in 0..5 {
        let (status, answer) =
            post(&server, "/api/v1/session/second-factor", from, json!({"pending_token": token, "code": "999999"}))
                .await;
        assert_eq!((status, answer["error"].as_str()), (401, Some("bad_second_factor")), "{answer}");
    }
    let step = usable_step(None).await;
    let (status, expired) = post(
        &server,
        "/api/v1/session/second-factor",
        from,
        json!({"pending_token": token, "code": code(&dario_secret, step)}),
    )
    .await;
    assert_eq!((status, expired["error"].as_str()), (401, Some("sign_in_expired")), "{expired}");

    let lines = audit(&server).await;
    assert!(lines.contains(&("second_factor_enrolled".into(), Some("carla".into()), String::new())), "{lines:?}");
    assert!(lines.contains(&("recovery_code_used".into(), Some("carla".into()), "9 left".into())), "{lines:?}");
    // The key is never sent again: not to admins either.
    let ada = sign_in(&server, "ada").await;
    let (_, list) = admin_call(&server, &ada, "GET", "/api/v1/staff", None).await;
    assert_eq!(account(&list, "carla")["second_factor"], true);
    assert!(!list.to_string().contains(&secret_text));
}

#[tokio::test]
async fn an_admin_resets_a_lost_factor_audited_and_the_member_enrols_again() {
    let scratch = Scratch::new();
    scratch.add_staff("carla", "coordinator", "en", 1);
    scratch.add_staff("ada", "admin", "en", 1);
    let server = scratch.start(&[]).await;
    let ada = sign_in(&server, "ada").await;
    let carla = sign_in(&server, "carla").await;
    let old_secret = factor(&server.database, "carla").expect("enrolled by the harness").secret;
    let mut console = Client::connect(&server, "/ws/v1/staff", Some(&carla), "carla").await;
    console.expect_type("ready").await;

    let cross_site = http(
        server.addr,
        "DELETE",
        "/api/v1/staff/carla/second-factor",
        &[("Cookie", &ada), ("Origin", "http://evil.example")],
        None,
    )
    .await;
    assert_eq!(cross_site.status, 403);
    assert_eq!(admin_call(&server, &carla, "DELETE", "/api/v1/staff/ada/second-factor", None).await.0, 403);
    assert_eq!(admin_call(&server, &ada, "DELETE", "/api/v1/staff/carla/second-factor", None).await.0, 204);
    // Her sessions end and her console closes at once.
    assert_eq!(console.expect_close().await, Some(1008));
    assert_eq!(http(server.addr, "GET", "/api/v1/session", &[("Cookie", &carla)], None).await.status, 401);
    let (status, answer) = admin_call(&server, &ada, "DELETE", "/api/v1/staff/carla/second-factor", None).await;
    assert_eq!((status, answer["error"].as_str()), (409, Some("conflict")), "{answer}");
    let (_, list) = admin_call(&server, &ada, "GET", "/api/v1/staff", None).await;
    assert_eq!(account(&list, "carla")["second_factor"], false);
    let lines = audit(&server).await;
    assert!(lines.contains(&("second_factor_reset".into(), Some("ada".into()), "carla".into())), "{lines:?}");

    // The old phone's codes are of no use; she enrols a new key.
    let first = json_of(&attempt(&server, "carla", PASSWORD, "127.0.0.1", None).await);
    assert_eq!(first["error"], "second_factor_enrolment_required", "{first}");
    forget(&server.database, "carla");
    let carla = sign_in(&server, "carla").await;
    let new_secret = factor(&server.database, "carla").expect("enrolled again").secret;
    assert_ne!(new_secret, old_secret);
    assert_eq!(http(server.addr, "GET", "/api/v1/session", &[("Cookie", &carla)], None).await.status, 200);

    // When no admin can sign in, an operator resets from the command line.
    let reset = |name: &str| {
        std::process::Command::new(support::binary())
            .args(["user", "reset-second-factor", "--database", &scratch.database(), "--name", name])
            .output()
            .expect("run user reset-second-factor")
    };
    let output = reset("carla");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(http(server.addr, "GET", "/api/v1/session", &[("Cookie", &carla)], None).await.status, 401);
    assert!(!reset("carla").status.success(), "no factor left to reset");
    assert!(!reset("nobody").status.success());
    let lines = audit(&server).await;
    assert!(lines.contains(&("second_factor_reset".into(), None, "carla (from the command line)".into())), "{lines:?}");
    let first = json_of(&attempt(&server, "carla", PASSWORD, "127.0.0.1", None).await);
    assert_eq!(first["error"], "second_factor_enrolment_required", "{first}");
}

#[tokio::test]
async fn without_a_factor_a_coordinator_gets_no_session_and_counsellors_need_one_when_admins_say_so() {
    let scratch = Scratch::new();
    scratch.add_staff("carla", "coordinator", "en", 1);
    scratch.add_staff("ada", "admin", "en", 1);
    scratch.add_user("amira", "ar", 2);
    let server = scratch.start(&[]).await;

    let response = attempt(&server, "carla", PASSWORD, "127.0.0.1", None).await;
    assert_eq!(response.status, 401);
    assert!(response.header("set-cookie").is_none());
    let token = json_of(&response)["pending_token"].as_str().expect("token").to_owned();
    // The pending token opens nothing.
    let as_cookie = format!("bl_session={token}");
    assert_eq!(http(server.addr, "GET", "/api/v1/session", &[("Cookie", &as_cookie)], None).await.status, 401);
    assert_eq!(support::handshake_status(&server, "/ws/v1/staff", &[("Cookie", &as_cookie)]).await, 401);
    assert_eq!(http(server.addr, "GET", "/api/v1/settings", &[("Cookie", &as_cookie)], None).await.status, 401);

    // Counsellors: a password is enough until an admin says otherwise.
    let amira = attempt(&server, "amira", PASSWORD, "127.0.0.1", None).await;
    assert_eq!(amira.status, 200);
    let amira = session_cookie(&amira);
    let ada = sign_in(&server, "ada").await;
    let (status, settings) =
        admin_call(&server, &ada, "PUT", "/api/v1/settings", Some(json!({"second_factor_for_counsellors": true})))
            .await;
    assert_eq!(status, 200);
    assert_eq!(settings["second_factor_for_counsellors"], true);
    let next = json_of(&attempt(&server, "amira", PASSWORD, "127.0.0.1", None).await);
    assert_eq!(next["error"], "second_factor_enrolment_required", "{next}");
    // A session opened before stays until it ends (no chat is cut off mid-shift).
    assert_eq!(http(server.addr, "GET", "/api/v1/session", &[("Cookie", &amira)], None).await.status, 200);
    // She enrols with real codes, like anyone.
    let amira = sign_in(&server, "amira").await;
    assert!(factor(&server.database, "amira").is_some());
    assert_eq!(http(server.addr, "GET", "/api/v1/session", &[("Cookie", &amira)], None).await.status, 200);
}
