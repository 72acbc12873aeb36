//! The board's history over the real staff socket: a coordinator who connects after
//! children waited gets the last minutes of each queue in their first `board` frame,
//! and only there.

mod support;

use std::time::Duration;

use serde_json::{json, Value};

use support::{sign_in, Client, Scratch};

const MINUTE: i64 = 60_000;

#[tokio::test]
async fn a_coordinator_connecting_later_gets_the_queues_history_once() {
    let scratch = Scratch::new();
    scratch.add_staff("carla", "coordinator", "en", 1);
    let server = scratch.start(&[]).await;
    let started_at = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|since| since.as_millis() as i64)
        .unwrap_or_default();

    // Two Tigrinya children wait, with no coordinator online; one gives up.
    let mut first = Client::child(&server).await;
    first.request(json!({"type": "start", "language": "ti"})).await;
    let mut second = Client::child(&server).await;
    second.request(json!({"type": "start", "language": "ti"})).await;
    tokio::time::sleep(Duration::from_millis(2_200)).await;
    second.request(json!({"type": "end"})).await;

    let cookie = sign_in(&server, "carla").await;
    let mut carla = Client::connect(&server, "/ws/v1/staff", Some(&cookie), "coordinator").await;
    carla.expect_type("ready").await;
    let board = carla.expect_type("board").await;
    let trends = &board["trends"];
    let since = trends["since"].as_i64().expect("trends.since");
    assert_eq!(since % MINUTE, 0, "since is a whole minute: {trends}");
    assert!(since <= started_at && started_at - since < MINUTE, "the history starts with the server: {trends}");
    let points = trends["languages"]["ti"].as_array().expect("a Tigrinya history");
    let most = points.iter().filter_map(|point| point["waiting"].as_u64()).max();
    assert_eq!(most, Some(2), "both children were seen waiting at once: {trends}");
    let longest = points.iter().filter_map(|point| point["longest_wait_seconds"].as_u64()).max();
    assert!(longest >= Some(1), "the longest wait grew: {trends}");
    for point in points {
        assert_eq!(point["minute"].as_i64().unwrap_or(1) % MINUTE, 0, "{point}");
        assert!(point["minute"].as_i64() >= Some(since), "{point}");
    }
    assert!(trends["languages"].get("en").is_none(), "nobody waited in English: {trends}");

    // Later frames (every second while a child waits) carry no history.
    let next = carla.expect("the next board", |frame: &Value| frame["type"] == "board").await;
    assert!(next.get("trends").is_none(), "only the first frame has the history: {next}");
}
