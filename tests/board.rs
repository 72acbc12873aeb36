//! The coordinators' live board over the real staff socket: it arrives on connecting,
//! follows each change within a second, counts answers and abandonments, and raises
//! and clears threshold alerts. Only coordinators and admins receive it.

mod support;

use std::time::{Duration, Instant};

use serde_json::{json, Value};

use support::{available_counsellor, http, sign_in, Client, Scratch};

fn line<'a>(board: &'a Value, language: &str) -> Option<&'a Value> {
    board["languages"].as_array()?.iter().find(|line| line["language"] == language)
}

/// Waits for a board frame matching `check`, and returns it with how long it took.
async fn board_where(client: &mut Client, what: &str, check: impl Fn(&Value) -> bool) -> (Value, Duration) {
    let started = Instant::now();
    let board = client.expect(what, |frame| frame["type"] == "board" && check(frame)).await;
    (board, started.elapsed())
}

#[tokio::test]
async fn the_board_follows_the_queue_live_and_only_coordinators_get_it() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "ar", 2);
    scratch.add_staff("carla", "coordinator", "en", 1);
    let server = scratch.start(&["--long-wait-alert-secs", "2"]).await;
    let carla_cookie = sign_in(&server, "carla").await;
    let mut carla = Client::connect(&server, "/ws/v1/staff", Some(&carla_cookie), "coordinator").await;
    carla.expect_type("ready").await;
    let (first, _) = board_where(&mut carla, "the first board", |_| true).await;
    assert_eq!(first["languages"], json!([]));
    assert_eq!(first["target_wait_seconds"], 60);
    assert_eq!(first["staff"][0]["username"], "carla");

    // A Tigrinya child waits and nobody speaks Tigrinya: within a second, the board
    // shows them and an "uncovered" alert.
    let mut child = Client::child(&server).await;
    child.request(json!({"type": "start", "language": "ti"})).await;
    let (board, took) =
        board_where(&mut carla, "a waiting child", |board| line(board, "ti").is_some_and(|ti| ti["waiting"] == 1))
            .await;
    assert!(took < Duration::from_secs(1), "the board took {took:?}");
    assert_eq!(board["alerts"][0], json!({"kind": "uncovered", "language": "ti", "waiting": 1}));
    // Past the long-wait limit, a long-wait alert for that child.
    let (board, _) = board_where(&mut carla, "a long wait", |board| {
        board["alerts"].as_array().is_some_and(|alerts| alerts.iter().any(|alert| alert["kind"] == "long_wait"))
    })
    .await;
    assert!(line(&board, "ti").is_some_and(|ti| ti["longest_wait_seconds"].as_u64() >= Some(2)));
    // The child gives up: one abandonment today, nobody waiting, alerts gone.
    child.request(json!({"type": "end"})).await;
    let (board, took) =
        board_where(&mut carla, "the abandonment", |board| line(board, "ti").is_some_and(|ti| ti["waiting"] == 0))
            .await;
    assert!(took < Duration::from_secs(1), "the board took {took:?}");
    assert_eq!(line(&board, "ti").unwrap()["today"]["abandoned"], 1);
    assert_eq!(line(&board, "ti").unwrap()["today"]["service_level_permille"], 0);
    assert_eq!(board["alerts"], json!([]));

    // An Arabic child answered at once: in service level.
    let (mut amira, _) = available_counsellor(&server, "amira").await;
    let (board, _) = board_where(&mut carla, "Amira on duty", |board| {
        line(board, "ar").is_some_and(|ar| ar["counsellors_available"] == 1)
    })
    .await;
    assert!(board["staff"].as_array().is_some_and(|staff| staff.len() == 2));
    let mut arabic = Client::child(&server).await;
    let attached = arabic.request(json!({"type": "start", "language": "ar"})).await;
    amira.expect_type("offer").await;
    amira.request(json!({"type": "accept", "conversation_id": attached["conversation_id"]})).await;
    let (board, _) =
        board_where(&mut carla, "the answer", |board| line(board, "ar").is_some_and(|ar| ar["chats_in_progress"] == 1))
            .await;
    let ar = line(&board, "ar").unwrap();
    assert_eq!(
        ar["today"],
        json!({"answered": 1, "answered_within_target": 1, "abandoned": 0, "service_level_permille": 1000})
    );
    assert_eq!(ar["last_hour"]["answered"], 1);
    assert_eq!(ar["average_wait_last_hour_seconds"], 0);
    assert_eq!(board["chats"][0]["conversation_id"], attached["conversation_id"]);
    assert_eq!(
        (board["chats"][0]["username"].clone(), board["chats"][0]["risk"].clone()),
        (json!("amira"), json!("none"))
    );

    // A counsellor never receives the board.
    amira.expect_none("a board", Duration::from_millis(1200), |frame| frame["type"] == "board").await;
}

fn sample(metrics: &str, series: &str) -> Option<f64> {
    metrics.lines().find_map(|line| line.strip_prefix(series)?.strip_prefix(' ')?.parse().ok())
}

#[tokio::test]
async fn metrics_count_queues_waits_sockets_messages_and_errors() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "ar", 2);
    let server = scratch.start(&[]).await;
    let mut waiting = Client::child(&server).await;
    waiting.request(json!({"type": "start", "language": "ti"})).await;
    let (mut amira, _) = available_counsellor(&server, "amira").await;
    let mut child = Client::child(&server).await;
    let attached = child.request(json!({"type": "start", "language": "ar"})).await;
    amira.expect_type("offer").await;
    amira.request(json!({"type": "accept", "conversation_id": attached["conversation_id"]})).await;
    child.request(json!({"type": "send", "text": "hello"})).await;
    assert_eq!(child.refused(json!({"type": "start", "language": "ar"})).await, "already_started");
    child.send_raw("not json").await;
    child.expect_type("error").await;

    let response = http(server.addr, "GET", "/metrics", &[], None).await;
    assert_eq!(response.status, 200);
    assert!(response.header("content-type").is_some_and(|value| value.starts_with("text/plain; version=0.0.4")));
    let text = response.body;
    assert_eq!(sample(&text, "bridgeline_queue_waiting{language=\"ti\"}"), Some(1.0), "{text}");
    assert_eq!(sample(&text, "bridgeline_queue_waiting{language=\"ar\"}"), Some(0.0));
    assert_eq!(sample(&text, "bridgeline_chats_active"), Some(1.0));
    assert_eq!(sample(&text, "bridgeline_child_sockets"), Some(2.0));
    assert_eq!(sample(&text, "bridgeline_staff_sockets"), Some(1.0));
    assert_eq!(sample(&text, "bridgeline_staff_online"), Some(1.0));
    assert_eq!(sample(&text, "bridgeline_conversations_started_total"), Some(2.0));
    assert_eq!(sample(&text, "bridgeline_messages_total"), Some(1.0));
    assert_eq!(sample(&text, "bridgeline_wait_seconds_count"), Some(1.0));
    assert_eq!(sample(&text, "bridgeline_errors_total{code=\"already_started\"}"), Some(1.0));
    assert_eq!(sample(&text, "bridgeline_errors_total{code=\"malformed\"}"), Some(1.0));

    drop(waiting);
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let text = http(server.addr, "GET", "/metrics", &[], None).await.body;
        if sample(&text, "bridgeline_child_sockets") == Some(1.0) {
            break;
        }
        assert!(Instant::now() < deadline, "a closed socket left the gauge: {text}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn today_s_figures_survive_a_restart() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "ar", 2);
    scratch.add_staff("carla", "coordinator", "en", 1);
    let mut server = scratch.start(&[]).await;
    let (mut amira, _) = available_counsellor(&server, "amira").await;
    let mut answered = Client::child(&server).await;
    let attached = answered.request(json!({"type": "start", "language": "ar"})).await;
    amira.expect_type("offer").await;
    amira.request(json!({"type": "accept", "conversation_id": attached["conversation_id"]})).await;
    amira.request(json!({"type": "set_status", "status": "away"})).await;
    let mut gone = Client::child(&server).await;
    gone.request(json!({"type": "start", "language": "ar"})).await;
    gone.request(json!({"type": "end"})).await;
    server.kill();

    let server = scratch.start(&[]).await;
    let cookie = sign_in(&server, "carla").await;
    let mut carla = Client::connect(&server, "/ws/v1/staff", Some(&cookie), "coordinator").await;
    carla.expect_type("ready").await;
    let board = carla.expect_type("board").await;
    let ar = line(&board, "ar").expect("Arabic is on the board");
    assert_eq!((ar["today"]["answered"].clone(), ar["today"]["abandoned"].clone()), (json!(1), json!(1)), "{board}");
    assert_eq!(ar["last_hour"]["answered"], 1);
}
