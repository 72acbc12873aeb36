//! Staff accounts over HTTP, as an admin manages them: create, change, disable (the
//! account's open console closes at once), reset a password; everyone else refused.

mod support;

use std::time::{Duration, Instant};

use serde_json::{json, Value};

use support::{http, sign_in, Client, Scratch, Server, PASSWORD};

async fn call(server: &Server, cookie: Option<&str>, method: &str, path: &str, body: Option<Value>) -> (u16, Value) {
    let mut headers = vec![("Origin", format!("http://{}", server.addr))];
    if let Some(cookie) = cookie {
        headers.push(("Cookie", cookie.to_owned()));
    }
    let headers: Vec<(&str, &str)> = headers.iter().map(|(name, value)| (*name, value.as_str())).collect();
    let body = body.map(|body| body.to_string());
    let response = http(server.addr, method, path, &headers, body.as_deref()).await;
    (response.status, serde_json::from_slice(&response.bytes).unwrap_or(Value::Null))
}

fn new_account(username: &str) -> Value {
    json!({"username": username, "display_name": "Dana", "role": "counsellor", "languages": ["fa", "en"],
           "max_chats": 2, "password": PASSWORD})
}

#[tokio::test]
async fn an_admin_creates_changes_disables_and_resets_accounts() {
    let scratch = Scratch::new();
    scratch.add_staff("ada", "admin", "en", 1);
    scratch.add_user("amira", "ar", 2);
    let server = scratch.start(&[]).await;
    let ada = sign_in(&server, "ada").await;
    let amira = sign_in(&server, "amira").await;

    let (status, created) = call(&server, Some(&ada), "POST", "/api/v1/staff", Some(new_account("dana"))).await;
    assert_eq!(status, 201, "{created}");
    assert_eq!(
        created,
        json!({"username": "dana", "display_name": "Dana", "role": "counsellor",
        "languages": ["fa", "en"], "max_chats": 2, "disabled": false, "second_factor": false, "locked_until": null})
    );
    assert_eq!(call(&server, Some(&ada), "POST", "/api/v1/staff", Some(new_account("dana"))).await.0, 409);
    for (field, value) in [
        ("username", json!("Dana Smith")),
        ("display_name", json!("  ")),
        ("role", json!("boss")),
        ("languages", json!(["xx"])),
        ("languages", json!([])),
        ("max_chats", json!(0)),
        ("password", json!("short")),
    ] {
        let mut body = new_account("erin");
        body[field] = value;
        let (status, answer) = call(&server, Some(&ada), "POST", "/api/v1/staff", Some(body)).await;
        assert_eq!(status, 400, "{field}: {answer}");
        assert!(answer["detail"].as_str().is_some_and(|detail| detail.contains(field)), "{answer}");
    }
    assert_eq!(call(&server, Some(&amira), "POST", "/api/v1/staff", Some(new_account("erin"))).await.0, 403);
    assert_eq!(call(&server, None, "POST", "/api/v1/staff", Some(new_account("erin"))).await.0, 401);
    let cross = http(
        server.addr,
        "POST",
        "/api/v1/staff",
        &[("Cookie", &ada), ("Origin", "http://evil.example")],
        Some(&new_account("erin").to_string()),
    )
    .await;
    assert_eq!(cross.status, 403, "a change from another site");
    let (status, list) = call(&server, Some(&ada), "GET", "/api/v1/staff", None).await;
    assert_eq!(status, 200);
    let names: Vec<&str> = list.as_array().unwrap().iter().filter_map(|account| account["username"].as_str()).collect();
    assert_eq!(names, ["ada", "amira", "dana"]);
    assert!(!list.to_string().contains("argon2"), "no password hashes");

    // Dana works; a change of languages closes her console, which comes back with them.
    let dana = sign_in(&server, "dana").await;
    let mut console = Client::connect(&server, "/ws/v1/staff", Some(&dana), "dana").await;
    assert_eq!(console.expect_type("ready").await["languages"], json!(["fa", "en"]));
    let (status, changed) =
        call(&server, Some(&ada), "PATCH", "/api/v1/staff/dana", Some(json!({"languages": ["fa"], "max_chats": 4})))
            .await;
    assert_eq!(status, 200, "{changed}");
    assert_eq!((changed["languages"].clone(), changed["max_chats"].clone()), (json!(["fa"]), json!(4)));
    assert_eq!(console.expect_close().await, Some(1008));
    let mut console = Client::connect(&server, "/ws/v1/staff", Some(&dana), "dana").await;
    let ready = console.expect_type("ready").await;
    assert_eq!((ready["languages"].clone(), ready["max_chats"].clone()), (json!(["fa"]), json!(4)));

    // Disabled: closed at once (not at the next 2-second check), and no way back in.
    let started = Instant::now();
    assert_eq!(call(&server, Some(&ada), "PATCH", "/api/v1/staff/dana", Some(json!({"disabled": true}))).await.0, 200);
    assert_eq!(console.expect_close().await, Some(1008));
    assert!(started.elapsed() < Duration::from_millis(1500), "closed after {:?}", started.elapsed());
    let body = json!({"username": "dana", "password": PASSWORD}).to_string();
    assert_eq!(http(server.addr, "POST", "/api/v1/session", &[], Some(&body)).await.status, 401);
    // Enabled again with a new password: the old one no longer works.
    assert_eq!(call(&server, Some(&ada), "PATCH", "/api/v1/staff/dana", Some(json!({"disabled": false}))).await.0, 200);
    let new_password = json!({"password": "another long password"});
    assert_eq!(call(&server, Some(&ada), "PUT", "/api/v1/staff/dana/password", Some(new_password)).await.0, 204);
    assert_eq!(http(server.addr, "POST", "/api/v1/session", &[], Some(&body)).await.status, 401);
    let body = json!({"username": "dana", "password": "another long password"}).to_string();
    assert_eq!(http(server.addr, "POST", "/api/v1/session", &[], Some(&body)).await.status, 200);

    assert_eq!(call(&server, Some(&ada), "PATCH", "/api/v1/staff/nobody", Some(json!({"max_chats": 2}))).await.0, 404);
    assert_eq!(call(&server, Some(&ada), "PATCH", "/api/v1/staff/ada", Some(json!({"disabled": true}))).await.0, 400);
    assert_eq!(call(&server, Some(&ada), "PATCH", "/api/v1/staff/dana", Some(json!({"salary": 1}))).await.0, 422);
    assert_eq!(call(&server, Some(&amira), "PATCH", "/api/v1/staff/dana", Some(json!({"max_chats": 1}))).await.0, 403);
    assert_eq!(call(&server, Some(&amira), "GET", "/api/v1/staff", None).await.0, 403);
}

#[tokio::test]
async fn admins_change_targets_and_retention_at_run_time() {
    let scratch = Scratch::new();
    scratch.add_staff("ada", "admin", "en", 1);
    scratch.add_staff("carla", "coordinator", "en", 1);
    scratch.add_user("amira", "ar", 2);
    let server = scratch.start(&["--target-wait-secs", "90"]).await;
    let ada = sign_in(&server, "ada").await;
    let carla = sign_in(&server, "carla").await;
    let amira = sign_in(&server, "amira").await;
    let (status, settings) = call(&server, Some(&carla), "GET", "/api/v1/settings", None).await;
    assert_eq!(status, 200);
    assert_eq!(
        settings,
        json!({"target_wait_secs": 90, "long_wait_alert_secs": 600, "retention_days": 90,
               "second_factor_for_counsellors": false})
    );
    assert_eq!(call(&server, Some(&amira), "GET", "/api/v1/settings", None).await.0, 403);
    assert_eq!(
        call(&server, Some(&carla), "PUT", "/api/v1/settings", Some(json!({"target_wait_secs": 30}))).await.0,
        403
    );
    for bad in [json!({"target_wait_secs": 0}), json!({"retention_days": 0}), json!({"long_wait_alert_secs": 5})] {
        assert_eq!(call(&server, Some(&ada), "PUT", "/api/v1/settings", Some(bad.clone())).await.0, 400, "{bad}");
    }

    let mut board = Client::connect(&server, "/ws/v1/staff", Some(&carla), "carla").await;
    board.expect_type("ready").await;
    assert_eq!(board.expect_type("board").await["target_wait_seconds"], 90);
    let (status, settings) = call(
        &server,
        Some(&ada),
        "PUT",
        "/api/v1/settings",
        Some(json!({"target_wait_secs": 30, "retention_days": 30})),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(
        settings,
        json!({"target_wait_secs": 30, "long_wait_alert_secs": 600, "retention_days": 30,
               "second_factor_for_counsellors": false})
    );
    // The board follows at once; a restart keeps the setting over the flag.
    let mut child = Client::child(&server).await;
    child.request(json!({"type": "start", "language": "ar"})).await;
    board.expect("the new target", |frame| frame["type"] == "board" && frame["target_wait_seconds"] == 30).await;
    drop(board);
    let mut server = server;
    server.kill();
    let server = scratch.start(&["--target-wait-secs", "90"]).await;
    let carla = sign_in(&server, "carla").await;
    assert_eq!(call(&server, Some(&carla), "GET", "/api/v1/settings", None).await.1["target_wait_secs"], 30);
}
