//! Abusive contacts, on the real binary: a counsellor ends a chat as abusive, a
//! coordinator confirms (the browser is paused by its token and by its address, never
//! anyone else), rejects (nothing is blocked), lifts; a block runs out by itself;
//! nothing about the browser stays afterwards; every decision is audited; the board
//! counts abusive contacts.
//!
//! Children connect from distinct loopback addresses (127.0.0.3 and up) so that the
//! server sees a different network address for each "device"; staff use 127.0.0.1.

mod support;

use std::net::Ipv4Addr;
use std::time::Duration;

use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use support::{available_counsellor, http, scalar, sign_in, Client, Scratch, Server};

/// A device on its own network: the last octet of its loopback address.
fn device(last: u8) -> Ipv4Addr {
    Ipv4Addr::new(127, 0, 0, last)
}

async fn text(server: &Server, sql: &str) -> String {
    let pool = support::open_database(&server.database).await;
    let value: String = sqlx::query_scalar(sqlx::AssertSqlSafe(sql.to_owned())).fetch_one(&pool).await.expect("query");
    pool.close().await;
    value
}

/// `(username or "-", action)` of every audit line about abuse reports, in order.
async fn audit(server: &Server) -> Vec<(String, String)> {
    let pool = support::open_database(&server.database).await;
    // Lines of one millisecond in the order they were written: SQLite's rowid,
    // PostgreSQL's physical order (the table is only appended to).
    let written = if support::postgres_server().is_some() { "a.ctid" } else { "a.rowid" };
    let rows: Vec<(String, String)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT COALESCE(s.username, '-'), a.action FROM audit_log a LEFT JOIN staff s ON s.id = a.staff_id
         WHERE a.action IN ('report_abuse', 'confirm_block', 'reject_report', 'lift_block', 'block_ended', 'report_lapsed')
         ORDER BY a.at, {written}"
    )))
    .fetch_all(&pool)
    .await
    .expect("read the audit log");
    pool.close().await;
    rows
}

async fn metric(server: &Server, name: &str) -> String {
    let body = http(server.addr, "GET", "/metrics", &[], None).await.body;
    body.lines()
        .find_map(|line| line.strip_prefix(&format!("{name} ")).map(str::to_owned))
        .unwrap_or_else(|| panic!("no {name} in\n{body}"))
}

/// The cookie a browser keeping `token` sends.
fn pause_cookie(token: &str) -> String {
    format!("bl_pause={token}")
}

/// A new chat from `from`, by a browser keeping the pause token `token` if given: the
/// `attached` frame, or the error.
async fn start_from(server: &Server, from: Ipv4Addr, token: Option<&str>) -> (Client, Value) {
    let cookie = token.map(pause_cookie);
    let mut child = Client::connect_from(server, "/ws/v1/child", from, cookie.as_deref(), "child").await;
    child.send(json!({"type": "start", "id": "s1", "language": "en"})).await;
    let answer = child.expect("the answer to start", |frame| frame["id"] == "s1").await;
    (child, answer)
}

struct Helpline {
    server: Server,
    amira: Client,
    carla: Client,
    scratch: Scratch,
}

async fn helpline(extra: &[&str]) -> Helpline {
    let scratch = Scratch::new();
    scratch.add_user("amira", "en", 3);
    scratch.add_staff("carla", "coordinator", "en", 1);
    let server = scratch.start(extra).await;
    let (amira, _) = available_counsellor(&server, "amira").await;
    let cookie = sign_in(&server, "carla").await;
    let mut carla = Client::connect(&server, "/ws/v1/staff", Some(&cookie), "carla").await;
    carla.expect_type("ready").await;
    let blocks = carla.expect_type("blocks").await;
    assert_eq!(blocks["pending"], json!([]));
    assert_eq!(blocks["active"], json!([]));
    Helpline { server, amira, carla, scratch }
}

/// A child on device `from` reaches Amira, who ends the chat as abusive. Returns the
/// child (still connected), the conversation, the `ended` frame the child got, and
/// the report as Carla sees it.
async fn reported(helpline: &mut Helpline, from: Ipv4Addr) -> (Client, Value, Value, Value) {
    let server = &helpline.server;
    let mut child = Client::connect_from(server, "/ws/v1/child", from, None, "child").await;
    let attached = child.request(json!({"type": "start", "language": "en"})).await;
    let conversation = attached["conversation_id"].clone();
    helpline.amira.expect("offer", |frame| frame["type"] == "offer" && frame["conversation_id"] == conversation).await;
    helpline.amira.request(json!({"type": "accept", "conversation_id": conversation})).await;
    child.expect("joined", |frame| frame["body"]["notice"] == "counsellor_joined").await;
    child.request(json!({"type": "send", "text": "haha prank"})).await;
    helpline
        .amira
        .request(
            json!({"type": "end_as_abusive", "conversation_id": conversation, "reason": "Insults, third prank today"}),
        )
        .await;
    let ended = child.expect_type("ended").await;
    let report = helpline
        .carla
        .expect("the report", |frame| {
            frame["type"] == "blocks"
                && frame["pending"]
                    .as_array()
                    .is_some_and(|pending| pending.iter().any(|report| report["conversation_id"] == conversation))
        })
        .await;
    let report = report["pending"]
        .as_array()
        .and_then(|pending| pending.iter().find(|report| report["conversation_id"] == conversation).cloned())
        .expect("the report");
    (child, conversation, ended, report)
}

fn now_millis() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_millis() as i64
}

#[tokio::test]
async fn a_confirmed_block_pauses_that_browser_by_token_or_address_and_nobody_else_until_lifted() {
    let mut helpline = helpline(&[]).await;
    let (mut child, conversation, ended, report) = reported(&mut helpline, device(3)).await;

    // The child reads only that the counsellor ended the chat: no reason, no accusation.
    assert_eq!(ended["by"], "counsellor");
    let token = ended["pause_token"].as_str().expect("a pause token").to_owned();
    assert_eq!(token.len(), 64, "256 random bits, in hex");
    child.expect_none("more", Duration::from_millis(200), |_| false).await;
    assert!(child.seen.iter().any(|frame| frame["body"]["notice"] == "ended_by_counsellor"));
    let everything = child.seen.iter().map(Value::to_string).collect::<String>();
    assert!(!everything.contains("Insults") && !everything.contains("abus"), "{everything}");

    // The coordinator sees the report, with no address and no hash.
    assert_eq!(report["reason"], "Insults, third prank today");
    assert_eq!(report["reported_by"], "Amira");
    assert_eq!(report["language"], "en");
    assert_eq!((report["by_token"].as_bool(), report["by_address"].as_bool()), (Some(true), Some(true)));
    assert!(!report.to_string().contains("127.0.0"), "{report}");
    let report_id = report["report_id"].as_str().expect("report id").to_owned();
    // A pending report pauses nobody.
    let (_, answer) = start_from(&helpline.server, device(3), Some(&token)).await;
    assert_eq!(answer["type"], "attached", "{answer}");
    helpline.amira.expect_type("offer").await;

    // Out-of-range durations are refused; an hour is taken.
    for seconds in [0, 7 * 24 * 3600 + 1] {
        let refused = helpline
            .carla
            .refused(json!({"type": "confirm_report", "report_id": report_id, "duration_seconds": seconds}))
            .await;
        assert_eq!(refused, "invalid_field");
    }
    helpline.carla.request(json!({"type": "confirm_report", "report_id": report_id, "duration_seconds": 3600})).await;
    let blocks =
        helpline.carla.expect("the block", |frame| frame["type"] == "blocks" && frame["active"] != json!([])).await;
    assert_eq!(blocks["pending"], json!([]));
    assert_eq!(blocks["active"][0]["confirmed_by"], "Carla");
    let until = blocks["active"][0]["until"].as_i64().expect("until");
    assert!((until - now_millis() - 3_600_000).abs() < 60_000);

    // The same browser on another network (its token), the same network with storage
    // cleared (no token) or another browser there (a fresh token): all paused, told
    // until when. Nothing is stored for a refused start.
    let conversations_before = scalar(&helpline.server, "SELECT COUNT(*) FROM conversations").await;
    let fresh = "f00d".repeat(16);
    for (from, token) in [(device(4), Some(token.as_str())), (device(3), None), (device(3), Some(fresh.as_str()))] {
        let (_, answer) = start_from(&helpline.server, from, token).await;
        assert_eq!((answer["type"].as_str(), answer["code"].as_str()), (Some("error"), Some("paused")), "{answer}");
        assert_eq!(answer["until"].as_i64(), Some(until));
    }
    assert_eq!(scalar(&helpline.server, "SELECT COUNT(*) FROM conversations").await, conversations_before);
    // The page itself comes paused for that browser, in its language, with the phone
    // line and 112, and loads no app; for anyone else it is the usual page.
    let cookie = pause_cookie(&token);
    let paused = http(helpline.server.addr, "GET", "/", &[("Cookie", &cookie), ("Accept-Language", "de")], None).await;
    let paused = String::from_utf8_lossy(&paused.bytes).to_string();
    assert!(paused.contains(r#"<html lang="de""#) && paused.contains(r#"<section class="paused">"#), "{paused}");
    assert!(paused.contains(&format!(r#"data-until="{until}""#)), "{paused}");
    assert!(paused.contains(r#"href="tel:112""#) && paused.contains(r#"href="tel:116111""#), "{paused}");
    assert!(paused.contains(r#"id="quick-exit""#) && !paused.contains(r#"class="loading""#), "{paused}");
    let usual = http(helpline.server.addr, "GET", "/", &[], None).await;
    let usual = String::from_utf8_lossy(&usual.bytes).to_string();
    assert!(usual.contains(r#"class="loading""#) && !usual.contains(r#"class="paused""#), "{usual}");
    // Anyone else starts as usual.
    let (_, answer) = start_from(&helpline.server, device(4), None).await;
    assert_eq!(answer["type"], "attached", "{answer}");

    // Stored: the token's hash, never the address (nor in the logs).
    let stored = text(&helpline.server, "SELECT token_hash FROM blocks").await;
    assert_eq!(stored, hex(&Sha256::digest(token.as_bytes())));
    let logs = helpline.server.logs();
    assert!(!logs.contains("127.0.0.3") && !logs.contains(&token), "the logs name the device");
    assert!(!database_contains(&helpline.server, b"127.0.0.3"), "the database holds the address");
    assert_eq!(metric(&helpline.server, "bridgeline_blocks_active").await, "1");
    assert_eq!(metric(&helpline.server, "bridgeline_block_address_keys").await, "1");
    let board = helpline.carla.expect("the board", |frame| frame["type"] == "board").await;
    assert_eq!(board["abusive_contacts_today"], 1);

    // Lifted: the browser is welcome again, and nothing about it remains.
    helpline.carla.request(json!({"type": "lift_block", "report_id": report_id})).await;
    helpline.carla.expect("no block", |frame| frame["type"] == "blocks" && frame["active"] == json!([])).await;
    let lifted_again = helpline.carla.refused(json!({"type": "lift_block", "report_id": report_id})).await;
    assert_eq!(lifted_again, "invalid_field");
    let (_, answer) = start_from(&helpline.server, device(3), Some(&token)).await;
    assert_eq!(answer["type"], "attached", "{answer}");
    assert_eq!(scalar(&helpline.server, "SELECT COUNT(*) FROM blocks").await, 0);
    assert_eq!(metric(&helpline.server, "bridgeline_block_address_keys").await, "0");
    let status = text(&helpline.server, &format!("SELECT status FROM abuse_reports WHERE id = '{report_id}'")).await;
    assert_eq!(status, "lifted");
    assert_eq!(
        audit(&helpline.server).await,
        [("amira", "report_abuse"), ("carla", "confirm_block"), ("carla", "lift_block")]
            .map(|(who, what)| (who.to_owned(), what.to_owned()))
    );
    let audited = text(&helpline.server, "SELECT conversation_id FROM audit_log WHERE action = 'confirm_block'").await;
    assert_eq!(audited, conversation.as_str().expect("id"));
}

#[tokio::test]
async fn a_rejected_report_blocks_nothing_and_keeps_nothing() {
    let mut helpline = helpline(&[]).await;
    let (_child, _, ended, report) = reported(&mut helpline, device(5)).await;
    let token = ended["pause_token"].as_str().expect("token").to_owned();
    let report_id = report["report_id"].as_str().expect("id").to_owned();
    let board = helpline.carla.expect("the board", |frame| frame["type"] == "board").await;
    assert_eq!(board["abusive_contacts_today"], 1);
    // Counsellors do not decide on reports.
    let refused = helpline.amira.refused(json!({"type": "reject_report", "report_id": report_id})).await;
    assert_eq!(refused, "forbidden");

    helpline.carla.request(json!({"type": "reject_report", "report_id": report_id})).await;
    let blocks = helpline.carla.expect("no report", |frame| frame["type"] == "blocks").await;
    assert_eq!((blocks["pending"].clone(), blocks["active"].clone()), (json!([]), json!([])));
    let refused = helpline.carla.refused(json!({"type": "confirm_report", "report_id": report_id})).await;
    assert_eq!(refused, "invalid_field", "a rejected report cannot be confirmed later");
    let (_, answer) = start_from(&helpline.server, device(5), Some(&token)).await;
    assert_eq!(answer["type"], "attached", "{answer}");
    assert_eq!(scalar(&helpline.server, "SELECT COUNT(*) FROM blocks").await, 0);
    assert_eq!(metric(&helpline.server, "bridgeline_block_address_keys").await, "0");
    let board = helpline
        .carla
        .expect("the board without it", |frame| frame["type"] == "board" && frame["abusive_contacts_today"] == 0)
        .await;
    assert_eq!(board["abusive_contacts_today"], 0);
    assert_eq!(
        audit(&helpline.server).await,
        [("amira", "report_abuse"), ("carla", "reject_report")].map(|(who, what)| (who.to_owned(), what.to_owned()))
    );
}

#[tokio::test]
async fn a_block_runs_out_by_itself_and_nothing_about_the_browser_stays() {
    let mut helpline = helpline(&[]).await;
    let (_child, _, ended, report) = reported(&mut helpline, device(6)).await;
    let token = ended["pause_token"].as_str().expect("token").to_owned();
    let report_id = report["report_id"].as_str().expect("id").to_owned();
    helpline.carla.request(json!({"type": "confirm_report", "report_id": report_id, "duration_seconds": 2})).await;
    let (_, answer) = start_from(&helpline.server, device(6), None).await;
    assert_eq!(answer["code"], "paused", "{answer}");

    // The coordinator's list empties by itself when the block ends.
    helpline.carla.expect("the block ended", |frame| frame["type"] == "blocks" && frame["active"] == json!([])).await;
    for (from, token) in [(device(6), None), (device(7), Some(token.as_str()))] {
        let (_, answer) = start_from(&helpline.server, from, token).await;
        assert_eq!(answer["type"], "attached", "{answer}");
    }
    assert_eq!(scalar(&helpline.server, "SELECT COUNT(*) FROM blocks").await, 0);
    assert_eq!(metric(&helpline.server, "bridgeline_blocks_active").await, "0");
    assert_eq!(metric(&helpline.server, "bridgeline_block_address_keys").await, "0");
    let status = text(&helpline.server, &format!("SELECT status FROM abuse_reports WHERE id = '{report_id}'")).await;
    assert_eq!(status, "confirmed", "the decision stays on record; the block does not");
    assert_eq!(
        audit(&helpline.server).await,
        [("amira", "report_abuse"), ("carla", "confirm_block"), ("-", "block_ended")]
            .map(|(who, what)| (who.to_owned(), what.to_owned()))
    );
}

#[tokio::test]
async fn a_child_gone_before_the_report_is_marked_by_address_only() {
    let mut helpline = helpline(&[]).await;
    let mut child = Client::connect_from(&helpline.server, "/ws/v1/child", device(10), None, "child").await;
    let attached = child.request(json!({"type": "start", "language": "en"})).await;
    let conversation = attached["conversation_id"].clone();
    helpline.amira.expect("offer", |frame| frame["type"] == "offer" && frame["conversation_id"] == conversation).await;
    helpline.amira.request(json!({"type": "accept", "conversation_id": conversation})).await;
    child.expect("joined", |frame| frame["body"]["notice"] == "counsellor_joined").await;
    child.drop_connection().await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    helpline
        .amira
        .request(json!({"type": "end_as_abusive", "conversation_id": conversation, "reason": "Threats"}))
        .await;
    let blocks =
        helpline.carla.expect("the report", |frame| frame["type"] == "blocks" && frame["pending"] != json!([])).await;
    let report = &blocks["pending"][0];
    assert_eq!((report["by_token"].as_bool(), report["by_address"].as_bool()), (Some(false), Some(true)), "{report}");
    assert_eq!(scalar(&helpline.server, "SELECT COUNT(*) FROM blocks WHERE token_hash IS NULL").await, 1);
    helpline.carla.request(json!({"type": "confirm_report", "report_id": report["report_id"]})).await;
    let (_, answer) = start_from(&helpline.server, device(10), None).await;
    assert_eq!(answer["code"], "paused", "{answer}");
}

#[tokio::test]
async fn after_a_restart_a_block_holds_by_token_only() {
    let mut helpline = helpline(&[]).await;
    let (_child, _, ended, report) = reported(&mut helpline, device(8)).await;
    let token = ended["pause_token"].as_str().expect("token").to_owned();
    let report_id = report["report_id"].as_str().expect("id").to_owned();
    helpline.carla.request(json!({"type": "confirm_report", "report_id": report_id})).await;
    let Helpline { mut server, scratch, .. } = helpline;
    let address = server.addr.to_string();
    server.kill();
    let server = scratch.start_at(&address, &[]).await;

    let (_, answer) = start_from(&server, device(9), Some(&token)).await;
    assert_eq!(answer["code"], "paused", "the token still matches: {answer}");
    let (_, answer) = start_from(&server, device(8), None).await;
    assert_eq!(answer["type"], "attached", "the address key died with the old process: {answer}");
    let cookie = sign_in(&server, "carla").await;
    let mut carla = Client::connect(&server, "/ws/v1/staff", Some(&cookie), "carla").await;
    let blocks = carla.expect_type("blocks").await;
    assert_eq!(blocks["active"][0]["by_token"], true);
    assert_eq!(blocks["active"][0]["by_address"], false);
    assert_eq!(metric(&server, "bridgeline_block_address_keys").await, "0");
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

/// Whether the database's files contain `needle`: the SQLite file and its write-ahead
/// log, or every table and WAL file of the test's PostgreSQL cluster.
fn database_contains(server: &Server, needle: &[u8]) -> bool {
    let files = if support::postgres_server().is_some() {
        let cluster = std::env::var("BRIDGELINE_TEST_POSTGRES_DIR").expect("BRIDGELINE_TEST_POSTGRES_DIR: the cluster");
        let cluster = std::path::Path::new(&cluster);
        let mut files = files_under(&cluster.join("base"));
        files.extend(files_under(&cluster.join("pg_wal")));
        assert!(!files.is_empty(), "no cluster files under {}", cluster.display());
        files
    } else {
        let path = server.database.trim_start_matches("sqlite://").to_owned();
        vec![path.clone().into(), format!("{path}-wal").into()]
    };
    files
        .iter()
        .any(|file| std::fs::read(file).is_ok_and(|bytes| bytes.windows(needle.len()).any(|window| window == needle)))
}

fn files_under(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    entries
        .flatten()
        .flat_map(|entry| {
            let path = entry.path();
            if path.is_dir() {
                files_under(&path)
            } else {
                vec![path]
            }
        })
        .collect()
}
