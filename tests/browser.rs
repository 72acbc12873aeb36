//! The counsellor console in a real browser (headless Chromium) against the real
//! server: sign in, accept children, two chats at once with unread badges, the side
//! panel (risk, notes, ready answers), a ready answer reaching a French-speaking child
//! in French, a transfer to a colleague, a referral arriving on the child's page as a
//! card with tap-to-call, the wrap-up the helpline requires before the next offer,
//! reopening a handled chat, and a coordinator taking an imminent-risk alert. The child's page has its own suite (`browser_child.rs`).

mod support;

use serde_json::{json, Value};

use support::browser::{
    alt_key, choose, click, drive, drive_two, open_tab, retype, script, sign_in_console, snap, switch_tab, type_into,
    wait_for, wait_for_text, wait_until,
};
use support::{http, sign_in, text_of, Client, Scratch, Server};

/// Wide enough for the chat and its side panel side by side.
async fn wide(browser: &fantoccini::Client) -> Result<(), String> {
    browser.set_window_size(1360, 1000).await.map_err(|error| format!("window size: {error}"))
}

async fn become_available(browser: &fantoccini::Client) -> Result<(), String> {
    click(browser, ".statuses button:first-child").await?;
    wait_for_text(browser, ".statuses button[aria-pressed=true]", "Available").await
}

/// Whether anything matches `selector` now.
async fn present(browser: &fantoccini::Client, selector: &str) -> Result<bool, String> {
    let found = script(browser, &format!("return document.querySelector({selector:?}) !== null;")).await?;
    found.as_bool().ok_or_else(|| format!("no answer for {selector}: {found}"))
}

/// A text as a test compares it: without Fluent's Unicode isolation marks.
fn plain(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

#[tokio::test]
async fn a_counsellor_signs_in_accepts_and_replies_in_the_console() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "ar,en", 3);
    let server = scratch.start(&[]).await;
    drive(&server, "en", "console-en", |browser, server| Box::pin(run_console(browser, server))).await;
}

async fn run_console(browser: &fantoccini::Client, server: &Server) -> Result<(), String> {
    sign_in_console(browser, server, "amira").await?;
    become_available(browser).await?;

    let mut child = Client::child(server).await;
    let intake = json!({"topics": ["bullying", "online"], "age_band": "13_15", "country": "FR"});
    child.request(json!({"type": "start", "language": "en", "intake": intake})).await;
    child.request(json!({"type": "send", "text": "is anyone there?"})).await;
    // The offer says what the child said before the chat, in the counsellor's words.
    wait_for_text(browser, ".offer-details li", "Topics: bullying, online").await?;
    wait_for_text(browser, ".offer-details li", "Age: 13–15").await?;
    wait_for_text(browser, ".offer-details li", "Country: France").await?;
    snap(browser, "console-offer-en").await?;
    click(browser, ".offer button.accept").await?;
    child.expect("joined", |frame| frame["body"]["notice"] == "counsellor_joined").await;
    wait_for_text(browser, ".chat-pane .line .text", "is anyone there?").await?;
    // Notices read from the counsellor's side, not the child's.
    wait_for_text(browser, ".chat-pane .line.system .text", "Amira joined the chat.").await?;

    type_into(browser, "#staff-message-input", "Yes, I am here. What happened?").await?;
    click(browser, ".chat-pane button.send").await?;
    child.expect("the console's reply", |frame| text_of(frame) == Some("Yes, I am here. What happened?")).await;
    child.request(json!({"type": "send", "text": "thank you"})).await;
    wait_for_text(browser, ".chat-pane .line .text", "thank you").await?;

    // A second child; Alt+A accepts from the keyboard, Alt+1 goes back to the first chat.
    let mut second = Client::child(server).await;
    second.request(json!({"type": "start", "language": "ar"})).await;
    wait_for(browser, ".offer").await?;
    alt_key(browser, "a").await?;
    second.expect("joined", |frame| frame["body"]["notice"] == "counsellor_joined").await;
    wait_until(browser, "two chat tabs", "return document.querySelectorAll('.tab').length === 2").await?;
    alt_key(browser, "1").await?;
    wait_until(
        browser,
        "the first chat open",
        "return document.querySelector('.tab[aria-selected=true]') === document.querySelectorAll('.tab')[0]",
    )
    .await?;

    // The second child writes while the first chat is open: an unread badge, gone once
    // the counsellor opens that chat.
    second.request(json!({"type": "send", "text": "مرحبا، هل أنت هنا؟"})).await;
    wait_until(
        browser,
        "an unread badge on the second tab",
        "return document.querySelectorAll('.tab')[1].querySelector('.badge')?.textContent === '1'",
    )
    .await?;
    if present(browser, ".tab:first-child .badge").await? {
        return Err("the open chat has an unread badge".into());
    }
    click(browser, ".tab:nth-child(2)").await?;
    wait_for_text(browser, ".chat-pane .line .text", "مرحبا، هل أنت هنا؟").await?;
    wait_until(browser, "the badge gone", "return document.querySelector('.tab .badge') === null").await?;
    second.expect("read by the counsellor", |frame| frame["type"] == "read").await;

    // Back to the first chat, on a wide screen: the side panel beside the chat.
    wide(browser).await?;
    click(browser, ".tab:nth-child(1)").await?;
    wait_for_text(browser, ".chat-pane .line .text", "thank you").await?;
    choose(browser, "#risk-level", "high").await?;
    // The tab says it in words, not by colour alone.
    wait_for_text(browser, ".tab .risk-marker", "high").await?;
    type_into(browser, "#note-input", "Bullied online by classmates; school not told yet.").await?;
    click(browser, ".note-form button").await?;
    wait_for_text(browser, ".note .text", "Bullied online by classmates; school not told yet.").await?;
    child
        .expect_none("a private note", std::time::Duration::from_millis(300), |frame| {
            frame.to_string().contains("classmates")
        })
        .await;
    click(browser, ".canned summary").await?;
    wait_for(browser, ".canned .answer button.send-canned").await?;
    let beside = script(
        browser,
        "const chat = document.querySelector('.chat-pane').getBoundingClientRect();
         const panel = document.querySelector('.casework').getBoundingClientRect();
         return panel.left >= chat.right - 1 && panel.top < chat.bottom;",
    )
    .await?;
    if beside != json!(true) {
        return Err("on a wide screen the side panel belongs beside the chat".into());
    }
    snap(browser, "console-desk").await?;
    // On a narrow one it goes below the chat, and nothing sticks out sideways.
    browser.set_window_size(320, 800).await.map_err(|error| format!("window size: {error}"))?;
    let below = script(
        browser,
        "const chat = document.querySelector('.chat-pane').getBoundingClientRect();
         const panel = document.querySelector('.casework').getBoundingClientRect();
         return [panel.top >= chat.bottom - 1,
                 document.documentElement.scrollWidth <= document.documentElement.clientWidth];",
    )
    .await?;
    if below != json!([true, true]) {
        return Err(format!("on a narrow screen the panel goes below the chat, without sideways scrolling: {below}"));
    }
    Ok(())
}

#[tokio::test]
async fn a_ready_answer_reaches_a_french_speaking_child_in_french() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "fr", 2);
    let server = scratch.start(&[]).await;
    drive(&server, "en", "console-canned-fr", |browser, server| Box::pin(canned_in_french(browser, server))).await;
}

/// The first greeting the child can receive in French, as (key, French text).
async fn french_greeting(server: &Server) -> Result<(String, String), String> {
    let cookie = sign_in(server, "amira").await;
    let response = http(server.addr, "GET", "/api/v1/canned?lang=fr", &[("Cookie", &cookie)], None).await;
    let library: Vec<Value> = serde_json::from_slice(&response.bytes).map_err(|error| format!("library: {error}"))?;
    let answer = library
        .iter()
        .find(|answer| {
            answer["purpose"] == "greeting"
                && answer["languages"].as_array().is_some_and(|all| all.contains(&json!("fr")))
        })
        .ok_or("no greeting in French")?;
    Ok((answer["key"].as_str().unwrap_or_default().to_owned(), plain(answer["text"].as_str().unwrap_or_default())))
}

async fn canned_in_french(browser: &fantoccini::Client, server: &Server) -> Result<(), String> {
    let (key, french) = french_greeting(server).await?;
    sign_in_console(browser, server, "amira").await?;
    become_available(browser).await?;
    let console = open_tab(browser, &server.url("/?lang=fr")).await?;
    let child_page = browser.window().await.map_err(|error| format!("tab: {error}"))?;
    click(browser, ".intro button.start").await?;
    click(browser, ".intake button.skip").await?;
    wait_for(browser, ".queue").await?;

    switch_tab(browser, &console).await?;
    click(browser, ".offer button.accept").await?;
    wait_for(browser, ".chat-pane").await?;
    click(browser, ".canned summary").await?;
    // The counsellor reads the library in English; the child gets the French.
    click(browser, &format!(".answer[data-key={key:?}] button.send-canned")).await?;
    wait_for_text(browser, ".chat-pane .line .kind", "Ready answer").await?;
    wait_for_text(browser, ".chat-pane .line .text", &french).await?;

    switch_tab(browser, &child_page).await?;
    wait_for_text(browser, ".line.counsellor .text", &french).await?;
    snap(browser, "child-canned-fr").await
}

#[tokio::test]
async fn a_counsellor_transfers_a_chat_to_a_colleague_with_a_note() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "en", 2);
    scratch.add_user("bashir", "en", 2);
    let server = scratch.start(&[]).await;
    drive_two(&server, "en", "console-transfer", |amira, bashir, server| Box::pin(transfer(amira, bashir, server)))
        .await;
}

async fn transfer(amira: &fantoccini::Client, bashir: &fantoccini::Client, server: &Server) -> Result<(), String> {
    sign_in_console(amira, server, "amira").await?;
    become_available(amira).await?;
    let console = open_tab(amira, &server.url("/?lang=en")).await?;
    let child_page = amira.window().await.map_err(|error| format!("tab: {error}"))?;
    click(amira, ".intro button.start").await?;
    click(amira, ".intake button.skip").await?;
    wait_for(amira, ".queue").await?;

    switch_tab(amira, &console).await?;
    click(amira, ".offer button.accept").await?;
    wait_for(amira, ".chat-pane").await?;
    // Bashir comes on duty only now, so the child was offered to Amira.
    sign_in_console(bashir, server, "bashir").await?;
    become_available(bashir).await?;

    let note = "She wants to talk to someone about school; she trusts you.";
    click(amira, ".transfer summary").await?;
    type_into(amira, "#transfer-username", "nobody").await?;
    type_into(amira, "#transfer-note", note).await?;
    click(amira, ".transfer-button").await?;
    // A refusal is shown, in words, not only logged.
    wait_for_text(amira, ".error-banner[role=alert] p", "That person or queue cannot take the chat now.").await?;
    retype(amira, "#transfer-username", "bashir").await?;
    click(amira, ".transfer-button").await?;
    wait_for_text(amira, ".notice", "The chat was passed on.").await?;
    wait_until(amira, "the chat gone from Amira's console", "return document.querySelectorAll('.tab').length === 0")
        .await?;

    // Bashir has the chat, with the note, marked as a transfer note from Amira.
    wait_for_text(bashir, ".note.transfer .text", note).await?;
    wait_for_text(bashir, ".note.transfer .meta strong", "Transfer note from Amira").await?;
    wait_for_text(bashir, ".chat-pane .line.system .text", "The chat was passed on to another counsellor.").await?;
    wide(bashir).await?;
    snap(bashir, "console-transferred").await?;

    // The child was told, in the child's words, and sees who is there now.
    switch_tab(amira, &child_page).await?;
    wait_for_text(
        amira,
        ".line.system .text",
        "Your counsellor is passing your chat to someone else who can help. They can read what you wrote. Please stay here.",
    )
    .await?;
    wait_for_text(amira, ".counsellor-name bdi", "Bashir").await
}

#[tokio::test]
async fn a_required_wrap_up_holds_the_next_offer_until_it_is_saved() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "en", 2);
    let server = scratch.start(&["--wrap-up-required"]).await;
    drive(&server, "en", "console-wrapup-flow", |browser, server| Box::pin(wrap_up(browser, server))).await;
}

async fn wrap_up(browser: &fantoccini::Client, server: &Server) -> Result<(), String> {
    sign_in_console(browser, server, "amira").await?;
    become_available(browser).await?;
    let mut first = Client::child(server).await;
    first.request(json!({"type": "start", "language": "en"})).await;
    click(browser, ".offer button.accept").await?;
    first.expect("joined", |frame| frame["body"]["notice"] == "counsellor_joined").await;
    first.request(json!({"type": "send", "text": "I ran away from home yesterday."})).await;
    wait_for_text(browser, ".chat-pane .line .text", "I ran away from home yesterday.").await?;
    first.request(json!({"type": "end"})).await;

    // Ended: the wrap-up form, a prominent reminder, and no closing before it is saved.
    wait_for(browser, ".wrapup form").await?;
    wait_for_text(browser, ".wrapup-required", "Finish the wrap-up of your ended chats to receive new offers.").await?;
    if script(browser, "return document.querySelector('.chat-pane button.close').disabled").await? != json!(true) {
        return Err("an ended chat without its wrap-up can be closed".into());
    }
    // Amira has room for another chat, but no offer comes while she owes a wrap-up.
    let mut second = Client::child(server).await;
    second.request(json!({"type": "start", "language": "en"})).await;
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    if present(browser, ".offer").await? {
        return Err("an offer arrived before the wrap-up was saved".into());
    }

    wide(browser).await?;
    click(browser, ".category:first-of-type summary").await?;
    click(browser, "input[value='missing.runaway']").await?;
    click(browser, "input[name=outcome][value=supported]").await?;
    script(browser, "window.scrollTo(0, 0); return true;").await?;
    snap(browser, "console-wrapup").await?;
    click(browser, "#cross-border").await?;
    // At least one category: unticked again, the form says so instead of saving.
    click(browser, "input[value='missing.runaway']").await?;
    click(browser, ".save-wrapup").await?;
    wait_for_text(browser, ".wrapup .error", "Pick at least one category.").await?;
    click(browser, "input[value='missing.runaway']").await?;
    click(browser, "input[value=family]").await?;
    click(browser, ".save-wrapup").await?;
    wait_for_text(browser, ".wrapup-done", "Wrap-up saved.").await?;
    wait_until(browser, "the reminder gone", "return document.querySelector('.wrapup-required').offsetParent === null")
        .await?;
    // Now the waiting child is offered, and the chat can be closed.
    wait_for(browser, ".offer").await?;
    click(browser, ".chat-pane button.close").await?;
    wait_until(browser, "the chat closed", "return document.querySelectorAll('.tab').length === 0").await?;

    // The handled chat reopens read-only, with its wrap-up; the console says the read
    // is recorded.
    click(browser, ".history summary").await?;
    click(browser, ".open-transcript").await?;
    wait_for_text(browser, ".transcript .line .text", "I ran away from home yesterday.").await?;
    wait_for_text(browser, ".transcript .hint", "Opening a transcript is recorded in the audit log.").await?;
    wait_for_text(browser, ".wrapup-summary dd", "Supported").await?;
    wait_until(
        browser,
        "the categories named",
        "return document.querySelector('.wrapup-summary dd').textContent.includes('Runaway')
             && document.querySelector('.wrapup-summary dd').textContent.includes('Family relationships')",
    )
    .await?;
    if present(browser, ".transcript textarea, .transcript .composer").await? {
        return Err("a reopened transcript must be read-only".into());
    }
    Ok(())
}

#[tokio::test]
async fn imminent_risk_alerts_the_coordinator_who_takes_charge() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "en", 2);
    scratch.add_staff("carla", "coordinator", "en", 2);
    let server = scratch.start(&[]).await;
    drive_two(&server, "en", "console-alert", |amira, carla, server| Box::pin(alert(amira, carla, server))).await;
}

async fn alert(amira: &fantoccini::Client, carla: &fantoccini::Client, server: &Server) -> Result<(), String> {
    sign_in_console(carla, server, "carla").await?;
    wait_for_text(carla, ".who .role", "Coordinator").await?;
    // Coordinators take no children from the queue: no status, no offers.
    if present(carla, ".statuses").await? || present(carla, ".offers").await? {
        return Err("a coordinator's console shows status buttons or offers".into());
    }
    sign_in_console(amira, server, "amira").await?;
    become_available(amira).await?;
    let mut child = Client::child(server).await;
    child.request(json!({"type": "start", "language": "en"})).await;
    click(amira, ".offer button.accept").await?;
    child.expect("joined", |frame| frame["body"]["notice"] == "counsellor_joined").await;

    // Imminent asks first; nothing is sent until confirmed.
    choose(amira, "#risk-level", "imminent").await?;
    wait_for_text(amira, ".risk .confirm p", "Imminent danger: every coordinator on duty is alerted now.").await?;
    if present(carla, ".alerts .alert").await? {
        return Err("an alert went out before the counsellor confirmed".into());
    }
    click(amira, ".confirm-imminent").await?;
    wait_for_text(amira, ".tab .risk-marker", "imminent danger").await?;

    wide(carla).await?;
    wait_for(carla, ".alerts .alert button.acknowledge").await?;
    wait_until(
        carla,
        "the alert names the counsellor and language",
        "const text = document.querySelector('.alerts .alert .summary').textContent;
         return text.includes('Amira') && text.includes('English');",
    )
    .await?;
    snap(carla, "console-alert").await?;
    click(carla, ".alerts .alert button.acknowledge").await?;
    wait_for_text(carla, ".alerts .taken-by", "Carla is on it").await
}

#[tokio::test]
async fn a_referral_reaches_the_child_as_a_card_with_tap_to_call() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "en", 2);
    let server = scratch.start(&[]).await;
    drive(&server, "en", "console-referral", |browser, server| Box::pin(referral(browser, server))).await;
}

async fn referral(browser: &fantoccini::Client, server: &Server) -> Result<(), String> {
    sign_in_console(browser, server, "amira").await?;
    become_available(browser).await?;
    let console = open_tab(browser, &server.url("/?lang=en")).await?;
    let child_page = browser.window().await.map_err(|error| format!("tab: {error}"))?;
    click(browser, ".intro button.start").await?;
    click(browser, ".intake button.skip").await?;
    wait_for(browser, ".queue").await?;

    switch_tab(browser, &console).await?;
    click(browser, ".offer button.accept").await?;
    wait_for(browser, ".chat-pane").await?;
    // Opening the directory searches at once; the EU-wide numbers are always there.
    click(browser, ".directory summary").await?;
    wait_for_text(browser, ".service .name", "116 111 – Child helpline").await?;
    wait_until(
        browser,
        "the EU-wide service says so",
        "return Array.from(document.querySelectorAll('.service .meta')).some(meta => meta.textContent.includes('EU-wide'))",
    )
    .await?;
    click(browser, ".service input[value=eu-116111]").await?;
    type_into(browser, "#referral-reason", "Wants to talk to someone at night too.").await?;
    click(browser, "#referral-agreed").await?;
    click(browser, ".refer-button").await?;
    wait_for_text(browser, ".chat-pane .referral-line .name", "116 111 – Child helpline").await?;

    // The child gets a card: heading, name, a tap-to-call link, when it is open.
    switch_tab(browser, &child_page).await?;
    wait_for_text(browser, ".referral h2", "A place that can help you").await?;
    wait_for_text(browser, ".referral .name", "116 111 – Child helpline").await?;
    let call = script(browser, "return document.querySelector('.referral a.call')?.getAttribute('href')").await?;
    if call != json!("tel:116111") {
        return Err(format!("the call link is {call}"));
    }
    wait_for_text(browser, ".referral a.call", "Call 116 111").await?;
    snap(browser, "child-referral-en").await
}
