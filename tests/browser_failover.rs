//! A child's page in Chromium through a load balancer, while the node serving it is
//! killed with SIGKILL: the page reconnects by itself once another node leads, shows
//! every message once, and the chat goes on both ways. Runs in `./x test`'s
//! PostgreSQL pass (`BRIDGELINE_TEST_POSTGRES`).

mod support;

use std::time::{Duration, Instant};

use serde_json::json;
use support::browser::{child_in_chat, click, drive_with_for, script, type_into, wait_for_words};
use support::proxy::Proxy;
use support::{available_counsellor, http, sign_in, text_of, Client, Scratch, Server};

struct Helpline {
    proxy: Proxy,
    standby: Server,
}

async fn ready(server: &Server) -> bool {
    http(server.addr, "GET", "/readyz", &[], None).await.status == 200
}

/// How many chat lines hold `text`.
async fn lines_with(browser: &fantoccini::Client, text: &str) -> Result<u64, String> {
    let count = script(
        browser,
        &format!(
            "return [...document.querySelectorAll('.line .text')].filter((line) => \
             line.textContent.replace(/[\\u2068\\u2069]/g, '') === {text:?}).length;"
        ),
    )
    .await?;
    count.as_u64().ok_or_else(|| format!("not a count: {count}"))
}

async fn failover(browser: &fantoccini::Client, leader: &Server, helpline: &Helpline) -> Result<(), String> {
    let (mut sam, _) = available_counsellor(leader, "sam").await;
    let conversation = child_in_chat(browser, &helpline.proxy.url("/"), &mut sam).await?;
    type_into(browser, "#message-input", "before the crash").await?;
    click(browser, "button.send").await?;
    sam.expect("the child's message", |frame| text_of(frame) == Some("before the crash")).await;
    sam.request(json!({"type": "send", "conversation_id": conversation, "text": "I am here"})).await;
    wait_for_words(browser, ".line .text", "I am here").await?;

    // The leader dies. The balancer sends new connections to the node that leads next.
    let pid = leader.pid().ok_or("no pid")?.to_string();
    std::process::Command::new("kill").args(["-KILL", &pid]).status().map_err(|error| format!("kill: {error}"))?;
    let died = Instant::now();
    while !ready(&helpline.standby).await {
        if died.elapsed() > Duration::from_secs(5) {
            return Err("the standby did not take over within 5 s".into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    helpline.proxy.point_at(helpline.standby.addr);

    // The counsellor's console reconnects too, and writes; the page, back by itself,
    // shows it.
    let cookie = sign_in(&helpline.standby, "sam").await;
    let mut sam = Client::connect(&helpline.standby, "/ws/v1/staff", Some(&cookie), "counsellor").await;
    sam.expect_type("ready").await;
    sam.request(json!({"type": "send", "conversation_id": conversation, "text": "still with you"})).await;
    wait_for_words(browser, ".line .text", "still with you").await?;
    type_into(browser, "#message-input", "after the crash").await?;
    click(browser, "button.send").await?;
    sam.expect("the child's message after the takeover", |frame| text_of(frame) == Some("after the crash")).await;

    // Nothing doubled on the page by the reconnect.
    for text in ["before the crash", "I am here", "still with you", "after the crash"] {
        let times = lines_with(browser, text).await?;
        if times != 1 {
            return Err(format!("{text:?} is shown {times} times"));
        }
    }
    Ok(())
}

#[tokio::test]
async fn a_childs_page_carries_on_through_the_death_of_the_node_serving_it() {
    if support::postgres_server().is_none() {
        eprintln!("runs in the PostgreSQL pass of ./x test (BRIDGELINE_TEST_POSTGRES)");
        return;
    }
    let scratch = Scratch::new();
    scratch.add_user("sam", "en", 2);
    let leader = scratch.start(&[]).await;
    assert!(ready(&leader).await, "the first node leads");
    let standby = scratch.start(&[]).await;
    let helpline = Helpline { proxy: Proxy::start(leader.addr).await, standby };
    drive_with_for(Duration::from_secs(90), &leader, "en", "child-failover", &helpline, |browser, leader, helpline| {
        Box::pin(failover(browser, leader, helpline))
    })
    .await;
}
