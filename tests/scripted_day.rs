//! A scripted day on tokio's paused clock: the real server runs in this process, real
//! sockets drive it, and time moves only when the script says so. Children arrive,
//! wait, give up and are answered in three languages; the coordinators' board and the
//! history report are then asserted exactly, to the second.
//!
//! How time stays exact: wall-clock time follows tokio's clock
//! (`bridgeline::secrets::follow_tokio_clock`), a task that only yields keeps the
//! runtime from ever idling (so tokio never skips time ahead by itself), and the script
//! waits for each answer before it moves the clock with `tokio::time::advance`.

mod support;

use std::net::SocketAddr;
use std::time::Duration;

use clap::Parser;
use serde_json::{json, Value};

use support::{http, Client, PASSWORD};

/// 2026-11-26 08:00 UTC, a Thursday.
const START: i64 = 1_795_651_200_000 + 8 * 3_600_000;
const SECOND: u64 = 1_000;
const MINUTE: u64 = 60 * SECOND;

/// Moves the clock by `millis`, one second at a time, letting every task run between
/// steps (timers, the hub, the database's answers).
async fn advance(millis: u64) {
    for _ in 0..millis / SECOND {
        tokio::time::advance(Duration::from_secs(1)).await;
        settle().await;
    }
    tokio::time::advance(Duration::from_millis(millis % SECOND)).await;
    settle().await;
}

/// Lets the runtime run what is ready, and the database thread answer.
async fn settle() {
    for _ in 0..20 {
        tokio::task::yield_now().await;
    }
    std::thread::sleep(Duration::from_millis(2));
    for _ in 0..20 {
        tokio::task::yield_now().await;
    }
}

/// Signs in; a coordinator enrols a second factor on the way, with a code for the
/// step the server's (paused) clock is in.
async fn sign_in(addr: SocketAddr, username: &str) -> String {
    let body = json!({ "username": username, "password": PASSWORD }).to_string();
    let mut response = http(addr, "POST", "/api/v1/session", &[], Some(&body)).await;
    if response.status == 401 {
        let answer: Value = serde_json::from_str(&response.body).expect("JSON");
        assert_eq!(answer["error"], "second_factor_enrolment_required", "{answer}");
        let token = answer["pending_token"].clone();
        let body = json!({ "pending_token": token }).to_string();
        let enrolment = http(addr, "POST", "/api/v1/session/enrolment", &[], Some(&body)).await;
        let enrolment: Value = serde_json::from_str(&enrolment.body).expect("JSON");
        let secret = support::second_factor::decode_secret(enrolment["secret"].as_str().expect("secret"));
        let code = support::second_factor::code(&secret, support::second_factor::step_at(now()));
        let body = json!({ "pending_token": token, "code": code }).to_string();
        response = http(addr, "POST", "/api/v1/session/second-factor", &[], Some(&body)).await;
    }
    assert_eq!(response.status, 200, "{}", response.body);
    support::session_cookie(&response)
}

async fn staff(addr: SocketAddr, username: &str, name: &'static str) -> Client {
    let cookie = sign_in(addr, username).await;
    let mut client = Client::connect_to(addr, "/ws/v1/staff", Some(&cookie), name).await;
    client.expect_type("ready").await;
    client
}

async fn child(addr: SocketAddr, language: &str) -> (Client, Value) {
    let mut child = Client::connect_to(addr, "/ws/v1/child", None, "child").await;
    let attached = child.request(json!({"type": "start", "language": language})).await;
    (child, attached["conversation_id"].clone())
}

/// The board as a coordinator opening the console now sees it (a console left open
/// for hours of paused time would only pile up a frame a second).
async fn board_now(addr: SocketAddr, cookie: &str) -> Value {
    let mut carla = Client::connect_to(addr, "/ws/v1/staff", Some(cookie), "carla").await;
    carla.expect_type("ready").await;
    let board = carla.expect_type("board").await;
    assert_eq!(board["generated_at"].as_i64(), Some(now()));
    carla.close().await;
    settle().await;
    board
}

fn line<'a>(board: &'a Value, language: &str) -> &'a Value {
    board["languages"]
        .as_array()
        .and_then(|lines| lines.iter().find(|line| line["language"] == language))
        .unwrap_or(&Value::Null)
}

fn now() -> i64 {
    bridgeline::secrets::unix_millis()
}

#[tokio::test(start_paused = true)]
async fn a_scripted_day_gives_exact_board_and_history_figures() {
    // A hang must fail the test, not CI: real time, outside tokio.
    std::thread::spawn(|| {
        std::thread::sleep(Duration::from_secs(180));
        eprintln!("scripted day: still running after 180 s of real time");
        std::process::exit(1);
    });
    assert!(bridgeline::secrets::follow_tokio_clock(START));
    tokio::spawn(async {
        loop {
            tokio::task::yield_now().await;
        }
    });

    let scratch = support::Scratch::new();
    scratch.add_user("amira", "ar", 1);
    scratch.add_user("bashir", "fa", 2);
    scratch.add_staff("carla", "coordinator", "en", 1);
    let database = scratch.database();
    let cli = bridgeline::config::Cli::try_parse_from([
        "bridgeline",
        "serve",
        "--database",
        &database,
        "--listen",
        "127.0.0.1:0",
        // The day's hours pass in moments, with clients left unread between steps: no
        // socket may count as silent within it.
        "--socket-idle-secs",
        "1000000",
    ])
    .expect("serve flags");
    let bridgeline::config::Command::Serve(config) = cli.command else { unreachable!() };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("address");
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(bridgeline::app::run(config, listener, async {
        let _ = stopped.await;
    }));
    settle().await;

    // 08:00 — everyone on duty.
    let carla = sign_in(addr, "carla").await;
    let mut amira = staff(addr, "amira", "amira").await;
    amira.request(json!({"type": "set_status", "status": "available"})).await;
    let mut bashir = staff(addr, "bashir", "bashir").await;
    bashir.request(json!({"type": "set_status", "status": "available"})).await;

    // 08:00:00 A1 (Arabic) arrives; Amira answers after 20 s.
    let (_a1, a1) = child(addr, "ar").await;
    amira.expect_type("offer").await;
    advance(20 * SECOND).await;
    amira.request(json!({"type": "accept", "conversation_id": a1})).await;
    // 08:00:20 A2 (Arabic) arrives; Amira is full.
    let (_a2, a2) = child(addr, "ar").await;
    // 08:01:00 F1 (Persian); Bashir answers after 5 s.
    advance(40 * SECOND).await;
    let (_f1, f1) = child(addr, "fa").await;
    bashir.expect_type("offer").await;
    advance(5 * SECOND).await;
    bashir.request(json!({"type": "accept", "conversation_id": f1})).await;
    // 08:01:05 T1 (Tigrinya): nobody speaks it.
    let (mut t1, _) = child(addr, "ti").await;
    advance(SECOND).await;
    let board = board_now(addr, &carla).await;
    assert_eq!(board["alerts"], json!([{"kind": "uncovered", "language": "ti", "waiting": 1}]));
    assert_eq!(line(&board, "ar")["waiting"], 1);
    assert_eq!(line(&board, "ar")["longest_wait_seconds"], 46);

    // 08:05:05 T1 gives up after 4 minutes.
    advance(4 * MINUTE - SECOND).await;
    t1.request(json!({"type": "end"})).await;
    // 08:10:00 Amira ends A1; A2 is offered; she answers 25 s later (A2 waited 9 min 45 s).
    advance(4 * MINUTE + 55 * SECOND).await;
    amira.request(json!({"type": "end", "conversation_id": a1})).await;
    let offer = amira.expect_type("offer").await;
    assert_eq!(offer["conversation_id"], a2);
    assert_eq!(offer["waited_seconds"], 580);
    advance(25 * SECOND).await;
    amira.request(json!({"type": "accept", "conversation_id": a2})).await;

    // 08:11:00 — the board.
    advance(35 * SECOND).await;
    let board = board_now(addr, &carla).await;
    let ar = line(&board, "ar");
    assert_eq!(ar["waiting"], 0);
    assert_eq!(ar["chats_in_progress"], 1);
    assert_eq!(ar["counsellors_available"], 1);
    assert_eq!(ar["average_wait_last_hour_seconds"], (20 + 605) / 2);
    assert_eq!(
        ar["today"],
        json!({"answered": 2, "answered_within_target": 1, "abandoned": 0, "service_level_permille": 500})
    );
    assert_eq!(ar["last_hour"], ar["today"]);
    let fa = line(&board, "fa");
    assert_eq!(
        fa["today"],
        json!({"answered": 1, "answered_within_target": 1, "abandoned": 0, "service_level_permille": 1000})
    );
    assert_eq!(fa["average_wait_last_hour_seconds"], 5);
    let ti = line(&board, "ti");
    assert_eq!(
        ti["today"],
        json!({"answered": 0, "answered_within_target": 0, "abandoned": 1, "service_level_permille": 0})
    );
    assert_eq!(board["alerts"], json!([]));

    // 10:00:00 — two hours on: the last hour is empty, today is not.
    bashir.request(json!({"type": "set_status", "status": "busy"})).await;
    advance(109 * MINUTE).await;
    // F2 (Persian) arrives with Bashir busy; after 10 minutes and a second, an alert.
    let (_f2, f2) = child(addr, "fa").await;
    advance(10 * MINUTE + SECOND).await;
    let board = board_now(addr, &carla).await;
    let fa = line(&board, "fa");
    assert_eq!(fa["waiting"], 1);
    assert_eq!(fa["longest_wait_seconds"], 601);
    assert_eq!(fa["last_hour"], json!({"answered": 0, "answered_within_target": 0, "abandoned": 0}));
    assert_eq!(fa["today"]["answered"], 1);
    assert_eq!(fa["counsellors_busy"], 1);
    assert_eq!(
        board["alerts"],
        json!([{"kind": "long_wait", "language": "fa", "conversation_id": f2, "waited_seconds": 601}])
    );
    assert!(line(&board, "ar")["average_wait_last_hour_seconds"].is_null());

    // The history of the day, to the second.
    let report = http(addr, "GET", "/api/v1/reports?from=2026-11-26&to=2026-11-26", &[("Cookie", &carla)], None).await;
    assert_eq!(report.status, 200, "{}", report.body);
    let report: Value = serde_json::from_slice(&report.bytes).expect("JSON");
    let rows = report["rows"].as_array().expect("rows");
    let figures: Vec<Value> = rows
        .iter()
        .map(|row| {
            json!([
                row["group"],
                row["contacts"],
                row["answered"],
                row["abandoned"],
                row["wait_p50_seconds"],
                row["wait_p90_seconds"],
                row["mean_chat_seconds"]
            ])
        })
        .collect();
    assert_eq!(
        figures,
        vec![
            // A1 waited 20 s and talked 9 min 40 s; A2 waited 605 s and still talks.
            json!(["ar", 2, 2, 0, 20, 605, 580]),
            // F1 waited 5 s and still talks; F2 still waits.
            json!(["fa", 2, 1, 0, 5, 5, null]),
            json!(["ti", 1, 0, 1, null, null, null]),
        ]
    );

    let _ = stop.send(());
    let _ = tokio::time::timeout(Duration::from_secs(5), server).await;
}
