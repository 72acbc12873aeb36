//! PostgreSQL restarts while chats go on: the leading node loses its lock's session
//! and stops at once (no hub may run unchecked), the follower node reconnects, takes
//! over, and both sides resume on it with every acknowledged message in place.
//!
//! Alone in its own test binary: it restarts the cluster the whole suite shares, and
//! test binaries run one after another. Runs in `./x test`'s PostgreSQL pass.

mod support;

use std::collections::BTreeMap;
use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::json;
use support::{available_counsellor, text_of, Client, Scratch};

/// Restarts the test cluster with pg_ctl (as the postgres user when this is root, as
/// `./x test` started it), waiting until it accepts connections again.
fn restart_postgres() {
    let bin = std::env::var("BRIDGELINE_TEST_POSTGRES_BIN").expect("BRIDGELINE_TEST_POSTGRES_BIN");
    let data = std::env::var("BRIDGELINE_TEST_POSTGRES_DIR").expect("BRIDGELINE_TEST_POSTGRES_DIR");
    let log = std::path::Path::new(&data).with_file_name("restart.log");
    let pg_ctl = format!("{bin}/pg_ctl");
    let args = ["-D", data.as_str(), "-l", log.to_str().expect("a UTF-8 path"), "-m", "fast", "-w", "restart"];
    let root = Command::new("id").arg("-u").output().is_ok_and(|out| out.stdout.starts_with(b"0\n"));
    let status = if root {
        Command::new("runuser").args(["-u", "postgres", "--", &pg_ctl]).args(args).status()
    } else {
        Command::new(&pg_ctl).args(args).status()
    };
    assert!(status.is_ok_and(|status| status.success()), "pg_ctl restart failed");
}

#[tokio::test]
async fn a_postgres_restart_moves_the_helpline_to_the_standby_with_nothing_acknowledged_lost() {
    if support::postgres_server().is_none() {
        eprintln!("runs in the PostgreSQL pass of ./x test (BRIDGELINE_TEST_POSTGRES)");
        return;
    }
    let scratch = Scratch::new();
    scratch.add_user("sam", "en", 3);
    let mut leader = scratch.start(&[]).await;
    assert!(leader.leads().await, "the first node leads");
    let follower = scratch.start(&[]).await;
    assert!(!follower.leads().await, "the second node follows");

    let (mut sam, cookie) = available_counsellor(&leader, "sam").await;
    let (mut child, conversation, token) = support::resumable_pair(&leader, &mut sam, "en").await;
    let mut acknowledged: BTreeMap<u64, String> = BTreeMap::new();
    for index in 0..10 {
        let text = format!("before the restart {index}");
        let ack = child.request(json!({"type": "send", "text": text})).await;
        acknowledged.insert(ack["seq"].as_u64().expect("seq"), text);
    }

    // The database restarts under them.
    let restarted = Instant::now();
    restart_postgres();
    eprintln!("PostgreSQL restarted in {:?}", restarted.elapsed());

    // The leader cannot show it still holds the lock: it stops, and says why.
    let deadline = Instant::now() + Duration::from_secs(10);
    while leader.exited().is_none() {
        assert!(Instant::now() < deadline, "the leader kept serving after losing its lock");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(leader.logs().contains("lost the leadership"), "{}", leader.logs());
    // The follower takes over.
    while !follower.leads().await {
        assert!(Instant::now() < deadline, "the follower did not take over:\n{}", follower.logs());
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    eprintln!("served again {:?} after the restart began", restarted.elapsed());
    drop(child);
    drop(sam);
    leader.kill();

    // Both come back on the follower, and the chat goes on.
    let support::Recovered { mut child, last_seq, .. } = support::recover_chat(&follower, &token, &acknowledged).await;
    let mut sam = Client::connect(&follower, "/ws/v1/staff", Some(&cookie), "counsellor").await;
    let ready = sam.expect_type("ready").await;
    assert!(ready["conversations"]
        .as_array()
        .is_some_and(|chats| chats.iter().any(|c| c["conversation_id"] == conversation)));
    // An id of its own: a new client's ids start again, and a reused one is a resend.
    child.send(json!({"type": "send", "id": "after-1", "text": "after the restart"})).await;
    let ack = child.expect("the ack", |frame| frame["id"] == "after-1").await;
    assert_eq!(ack["type"], "ack");
    assert!(ack["seq"].as_u64() > Some(last_seq), "stored as a new message: {ack}");
    sam.expect("after the restart", |frame| text_of(frame) == Some("after the restart")).await;
}
