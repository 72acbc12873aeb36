//! A returning child in the console, in a real browser (headless Chromium) against the
//! real server: a child who took a return code comes back with it, is offered first to
//! the counsellor they spoke with, and the console shows that counsellor the earlier
//! chat beside the new one: when, with whom, the wrap-up, the referral, the notes, and
//! its transcript on demand.
//! Screenshots go to `target/screenshots/`.

mod support;

use serde_json::json;

use support::browser::{click, drive, sign_in_console, snap, wait_for, wait_until};
use support::{available_counsellor, connected_pair, Client, Scratch, Server};

const NOTE: &str = "Brother; the school nurse knows.";

#[tokio::test]
async fn the_counsellor_sees_a_returning_childs_earlier_chat_beside_the_new_one() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "en", 2);
    let server = scratch.start(&[]).await;
    drive(&server, "en", "console-returning-child", |browser, server| Box::pin(returning(browser, server))).await;
}

async fn returning(browser: &fantoccini::Client, server: &Server) -> Result<(), String> {
    // The first visit, over the protocol: a code taken, a note, the wrap-up.
    let code = {
        let (mut amira, _) = available_counsellor(server, "amira").await;
        let (mut child, conversation) = connected_pair(server, &mut amira, "en").await;
        child.request(json!({"type": "send", "text": "my brother hits me"})).await;
        let code = child.request(json!({"type": "take_code"})).await["code"].as_str().unwrap_or_default().to_owned();
        amira.request(json!({"type": "add_note", "conversation_id": conversation, "text": NOTE})).await;
        child.request(json!({"type": "end"})).await;
        amira
            .request(json!({"type": "wrap_up", "conversation_id": conversation,
                "wrap_up": {"categories": ["violence.physical"], "outcome": "supported", "cross_border": false}}))
            .await;
        code
    };
    if code.len() != 14 {
        return Err(format!("no code: {code:?}"));
    }

    // Days later: Amira is at her console; the child comes back with the code.
    browser.set_window_size(1360, 1000).await.map_err(|error| format!("window size: {error}"))?;
    sign_in_console(browser, server, "amira").await?;
    click(browser, ".statuses button:first-child").await?;
    let mut back = Client::child(server).await;
    back.request(json!({"type": "start", "language": "en", "return_code": code})).await;
    click(browser, ".offer button.accept").await?;
    wait_for(browser, ".chat-pane").await?;
    wait_for(browser, ".earlier-contacts .earlier-contact").await?;
    wait_until(
        browser,
        "the earlier chat with its note, wrap-up and counsellor",
        &format!(
            "const card = document.querySelector('.earlier-contacts .earlier-contact'); \
             return card !== null && card.textContent.includes({NOTE:?}) && card.textContent.includes('Amira') \
             && card.querySelector('.wrap-up') !== null && card.textContent.includes('Transcript kept');"
        ),
    )
    .await?;
    snap(browser, "console-returning-child").await?;

    // The earlier transcript, read beside the new chat (the server audits the read).
    click(browser, ".earlier-contacts .transcript-toggle").await?;
    wait_until(
        browser,
        "the earlier transcript, with the child's words",
        "const log = document.querySelector('.earlier-contacts .earlier-transcript'); \
         return log !== null && log.textContent.includes('my brother hits me');",
    )
    .await?;
    snap(browser, "console-returning-child-transcript").await?;
    click(browser, ".earlier-contacts .transcript-toggle").await?;
    wait_until(
        browser,
        "the transcript closed",
        "return document.querySelector('.earlier-contacts .earlier-transcript') === null;",
    )
    .await?;
    Ok(())
}
