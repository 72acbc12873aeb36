//! The child's page and the counsellor's console, each in Chromium, through a load
//! balancer, while the node serving them is killed with SIGKILL: both reconnect by
//! themselves once another node leads, each shows every line once, and the chat goes
//! on both ways. Runs in `./x test`'s PostgreSQL pass (`BRIDGELINE_TEST_POSTGRES`).

mod support;

use std::time::{Duration, Instant};

use support::browser::{
    click, drive_two_with, script, sign_in_console_at, type_into, wait_for, wait_for_text, wait_for_words,
};
use support::proxy::Proxy;
use support::{Scratch, Server};

struct Helpline {
    proxy: Proxy,
    follower: Server,
}

/// How many lines matching `lines` hold exactly `text`.
async fn lines_with(browser: &fantoccini::Client, lines: &str, text: &str) -> Result<u64, String> {
    let count = script(
        browser,
        &format!(
            "return [...document.querySelectorAll({lines:?})].filter((line) => \
             line.textContent.replace(/[\\u2068\\u2069]/g, '') === {text:?}).length;"
        ),
    )
    .await?;
    count.as_u64().ok_or_else(|| format!("not a count: {count}"))
}

/// Writes `text` on the child's page.
async fn child_says(child: &fantoccini::Client, text: &str) -> Result<(), String> {
    type_into(child, "#message-input", text).await?;
    click(child, "button.send").await
}

/// Writes `text` in the console's open chat.
async fn counsellor_says(console: &fantoccini::Client, text: &str) -> Result<(), String> {
    type_into(console, "#staff-message-input", text).await?;
    click(console, ".chat-pane button.send").await
}

async fn failover(
    console: &fantoccini::Client,
    child: &fantoccini::Client,
    leader: &Server,
    helpline: &Helpline,
) -> Result<(), String> {
    let base = helpline.proxy.url("");
    sign_in_console_at(console, leader, &base, "sam").await?;
    click(console, ".statuses button:first-child").await?;
    wait_for_text(console, ".statuses button[aria-pressed=true]", "Available").await?;
    child.goto(&helpline.proxy.url("/")).await.map_err(|error| format!("goto: {error}"))?;
    click(child, ".intro button.start").await?;
    click(child, ".intake button.skip").await?;
    click(console, ".offer button.accept").await?;
    wait_for(child, ".counsellor-name").await?;
    child_says(child, "before the crash").await?;
    wait_for_words(console, ".chat-pane .line .text", "before the crash").await?;
    counsellor_says(console, "I am here").await?;
    wait_for_words(child, ".line .text", "I am here").await?;

    // The leader dies. The balancer sends new connections to the node that leads next.
    let pid = leader.pid().ok_or("no pid")?.to_string();
    std::process::Command::new("kill").args(["-KILL", &pid]).status().map_err(|error| format!("kill: {error}"))?;
    let died = Instant::now();
    while !helpline.follower.leads().await {
        if died.elapsed() > Duration::from_secs(5) {
            return Err("the follower did not take over within 5 s".into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    helpline.proxy.point_at(helpline.follower.addr);

    // Both pages come back by themselves, on the same chat.
    child_says(child, "after the crash").await?;
    wait_for_words(console, ".chat-pane .line .text", "after the crash").await?;
    counsellor_says(console, "still with you").await?;
    wait_for_words(child, ".line .text", "still with you").await?;

    // Nothing doubled by the reconnects, on either side.
    for text in ["before the crash", "I am here", "after the crash", "still with you"] {
        for (who, page, lines) in [("child", child, ".line .text"), ("console", console, ".chat-pane .line .text")] {
            let times = lines_with(page, lines, text).await?;
            if times != 1 {
                return Err(format!("the {who} shows {text:?} {times} times"));
            }
        }
    }
    Ok(())
}

#[tokio::test]
async fn the_child_and_the_counsellor_carry_on_through_the_death_of_the_node_serving_them() {
    if support::postgres_server().is_none() {
        eprintln!("runs in the PostgreSQL pass of ./x test (BRIDGELINE_TEST_POSTGRES)");
        return;
    }
    let scratch = Scratch::new();
    scratch.add_user("sam", "en", 2);
    let leader = scratch.start(&[]).await;
    assert!(leader.leads().await, "the first node leads");
    let follower = scratch.start(&[]).await;
    let helpline = Helpline { proxy: Proxy::start(leader.addr).await, follower };
    drive_two_with(&leader, "en", "failover", &helpline, &[&helpline.follower], |console, child, leader, helpline| {
        Box::pin(failover(console, child, leader, helpline))
    })
    .await;
}
