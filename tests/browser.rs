//! The counsellor console in a real browser (headless Chromium) against the real
//! server: sign in, accept children, two chats at once with unread badges, the side
//! panel (risk, notes, ready answers), a ready answer reaching a French-speaking child
//! in French, a transfer to a colleague, a referral arriving on the child's page as a
//! card with tap-to-call, the wrap-up the helpline requires before the next offer,
//! reopening a handled chat, and a coordinator taking an imminent-risk alert; the
//! coordinator's live board (a waiting child in its language's row within a second, an
//! alert for a language nobody on duty speaks), observing a chat read-only and
//! reassigning it; an admin reading the history and managing accounts and settings.
//! The child's page has its own suite (`browser_child.rs`).

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

/// Amira signs in and becomes available; a child in `language` starts a chat in a
/// second tab; Amira accepts it. Returns the child's tab; the console's is in front.
async fn accepted_chat(
    browser: &fantoccini::Client,
    server: &Server,
    language: &str,
) -> Result<fantoccini::wd::WindowHandle, String> {
    sign_in_console(browser, server, "amira").await?;
    become_available(browser).await?;
    let console = open_tab(browser, &server.url(&format!("/?lang={language}"))).await?;
    let child_page = browser.window().await.map_err(|error| format!("tab: {error}"))?;
    click(browser, ".intro button.start").await?;
    click(browser, ".intake button.skip").await?;
    wait_for(browser, ".queue").await?;
    switch_tab(browser, &console).await?;
    click(browser, ".offer button.accept").await?;
    wait_for(browser, ".chat-pane").await?;
    Ok(child_page)
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
    let child_page = accepted_chat(browser, server, "fr").await?;
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
    let child_page = accepted_chat(browser, server, "en").await?;
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

#[tokio::test]
async fn a_coordinator_watches_the_board_observes_a_chat_and_reassigns_it() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "en", 2);
    scratch.add_user("bashir", "en", 2);
    scratch.add_staff("carla", "coordinator", "en", 2);
    let server = scratch.start(&[]).await;
    drive_two(&server, "en", "console-supervision", |carla, amira, server| Box::pin(supervise(carla, amira, server)))
        .await;
}

/// Whether some element matching `selector` has text containing `part`.
fn text_includes(selector: &str, part: &str) -> String {
    format!(
        "return Array.from(document.querySelectorAll({selector:?})).some(e => e.textContent.replace(/[\\u2068\\u2069]/g, '').includes({part:?}));"
    )
}

async fn supervise(carla: &fantoccini::Client, amira: &fantoccini::Client, server: &Server) -> Result<(), String> {
    sign_in_console(carla, server, "carla").await?;
    carla.set_window_size(1360, 1300).await.map_err(|error| format!("window size: {error}"))?;
    // A coordinator's console opens on the live board; the staff list has Carla.
    wait_for(carla, ".view-board[aria-pressed=true]").await?;
    wait_for(carla, ".staff-table tr[data-username=carla]").await?;

    // Amira answers an English-speaking child.
    sign_in_console(amira, server, "amira").await?;
    become_available(amira).await?;
    let mut child = Client::child(server).await;
    child.request(json!({"type": "start", "language": "en"})).await;
    click(amira, ".offer button.accept").await?;
    child.expect("joined", |frame| frame["body"]["notice"] == "counsellor_joined").await;
    child.request(json!({"type": "send", "text": "My brother hits me when our parents are out."})).await;
    wait_until(carla, "Amira's chat on the board", &text_includes(".chat-line .chat-summary", "Amira")).await?;

    // A Ukrainian-speaking child, and nobody on duty speaks Ukrainian: within a second
    // the board shows the child in the Ukrainian row, with an alert in words.
    // The page notes the moment itself (same machine, same clock), so the figure is the
    // board's delay and not the WebDriver round trips of a busy test machine.
    script(
        carla,
        "window.ukrainianShownAt = null; \
         const shown = () => document.querySelector('tr[data-language=uk] .waiting-count')?.textContent === '1'; \
         new MutationObserver((_, observer) => { if (shown()) { window.ukrainianShownAt = Date.now(); observer.disconnect(); } }) \
             .observe(document.body, { subtree: true, childList: true, characterData: true }); \
         return true;",
    )
    .await?;
    let started = support::second_factor::now_millis();
    let mut ukrainian = Client::child(server).await;
    ukrainian.request(json!({"type": "start", "language": "uk"})).await;
    wait_until(carla, "the Ukrainian child on the board", "return window.ukrainianShownAt !== null").await?;
    let took = script(carla, "return window.ukrainianShownAt;").await?.as_i64().unwrap_or(i64::MAX) - started;
    if took > 1000 {
        return Err(format!("the board showed the waiting child after {took} ms"));
    }
    // Languages are named in the reader's language (the browser's Intl): "Ukrainian"
    // in an English console, not "Українська" glued into an English sentence.
    wait_for_text(
        carla,
        ".threshold-alert.uncovered .alert-text",
        "A child is waiting in Ukrainian and nobody on duty speaks it.",
    )
    .await?;
    wait_for_text(carla, ".threshold-alert.uncovered .alert-label", "Alert:").await?;

    // Observing: the history, then live lines; nothing to write with. Amira is told.
    click(carla, ".chat-line .observe").await?;
    wait_for_text(carla, ".observed .line .text", "My brother hits me when our parents are out.").await?;
    wait_for_text(amira, ".chat-pane .observed-by p", "Carla is following this chat (read-only).").await?;
    snap(amira, "console-observed-counsellor").await?;
    child.request(json!({"type": "send", "text": "He is home now."})).await;
    wait_for_text(carla, ".observed .line .text", "He is home now.").await?;
    if present(carla, ".observed textarea, .observed .composer").await? {
        return Err("an observed chat must be read-only".into());
    }
    script(carla, "window.scrollTo(0, 0); document.activeElement.blur(); return true;").await?;
    snap(carla, "console-board").await?;
    // At 320 px the page does not scroll sideways: the tables scroll inside their box.
    carla.set_window_size(320, 800).await.map_err(|error| format!("window size: {error}"))?;
    let narrow = script(
        carla,
        "const box = document.querySelector('.board-languages .table-scroll');
         return [document.documentElement.scrollWidth <= document.documentElement.clientWidth,
                 box.scrollWidth > box.clientWidth];",
    )
    .await?;
    if narrow != json!([true, true]) {
        return Err(format!("at 320 px the board table scrolls inside its box, not the page: {narrow}"));
    }
    snap(carla, "console-board-narrow").await?;
    carla.set_window_size(1360, 1300).await.map_err(|error| format!("window size: {error}"))?;

    // Reassigning to Bashir: a note is required, then the chat is his.
    let (mut bashir, _) = support::available_counsellor(server, "bashir").await;
    wait_for(carla, ".staff-table tr[data-username=bashir]").await?;
    click(carla, ".chat-line .reassign summary").await?;
    type_into(carla, ".chat-line .reassign-username", "bashir").await?;
    click(carla, ".chat-line .reassign-button").await?;
    wait_for_text(carla, ".chat-line .reassign .error", "Write a note for whoever takes over.").await?;
    type_into(carla, ".chat-line .reassign-note", "Bashir knows this family; the brother is home now.").await?;
    click(carla, ".chat-line .reassign-button").await?;
    wait_for_text(carla, ".notice", "The chat was reassigned.").await?;
    let assigned = bashir.expect_type("assigned").await;
    wait_for_text(amira, ".notice", "A coordinator passed this chat to a colleague.").await?;
    wait_until(amira, "the chat gone from Amira's console", "return document.querySelectorAll('.tab').length === 0")
        .await?;
    wait_until(carla, "the chat now with Bashir", &text_includes(".chat-line .chat-summary", "Bashir")).await?;

    // The observation goes on with Bashir; stopping it tells him.
    bashir
        .request(json!({"type": "send", "conversation_id": assigned["conversation_id"], "text": "Hello, I am Bashir."}))
        .await;
    wait_for_text(carla, ".observed .line .text", "Hello, I am Bashir.").await?;
    click(carla, ".observed .stop-observing").await?;
    wait_until(carla, "the observed chat put away", "return document.querySelector('.observed') === null").await?;
    bashir.expect("nobody observes", |frame| frame["type"] == "observed" && frame["by"] == json!([])).await;
    Ok(())
}

#[tokio::test]
async fn an_admin_reads_the_history_and_creates_an_account() {
    let scratch = Scratch::new();
    scratch.add_staff("ada", "admin", "en", 1);
    scratch.add_user("amira", "en", 2);
    let server = scratch.start(&[]).await;
    // Today's contacts: two English chats answered and ended, a Persian child who gave
    // up waiting (nobody speaks Persian).
    let (mut amira, _) = support::available_counsellor(&server, "amira").await;
    for text in ["I cannot sleep.", "Someone online scares me."] {
        let (mut child, _) = support::connected_pair(&server, &mut amira, "en").await;
        child.request(json!({"type": "send", "text": text})).await;
        child.request(json!({"type": "end"})).await;
    }
    let mut gave_up = Client::child(&server).await;
    gave_up.request(json!({"type": "start", "language": "fa"})).await;
    gave_up.request(json!({"type": "end"})).await;
    drive(&server, "en", "console-admin", |browser, server| Box::pin(administer(browser, server))).await;
}

async fn administer(browser: &fantoccini::Client, server: &Server) -> Result<(), String> {
    sign_in_console(browser, server, "ada").await?;
    browser.set_window_size(1360, 1100).await.map_err(|error| format!("window size: {error}"))?;

    // History: the last 7 days by day and language, the server's chart, the same query as CSV.
    click(browser, ".view-reports").await?;
    wait_for(browser, ".report-table").await?;
    wait_until(
        browser,
        "the English row",
        "return Array.from(document.querySelectorAll('.report-table tbody tr')).some(row =>
            row.cells[1].textContent === 'English' && row.cells[2].textContent === '2' && row.cells[3].textContent === '2')",
    )
    .await?;
    wait_until(
        browser,
        "the Persian row",
        "return Array.from(document.querySelectorAll('.report-table tbody tr')).some(row =>
            row.cells[1].textContent === 'Persian' && row.cells[4].textContent === '1' && row.cells[5].textContent === '–')",
    )
    .await?;
    wait_until(
        browser,
        "the chart drawn",
        "const img = document.querySelector('.report-chart img'); return img.complete && img.naturalWidth > 0 && img.alt.length > 0",
    )
    .await?;
    let links = script(
        browser,
        "return [document.querySelector('.report-chart img').getAttribute('src'), document.querySelector('a.download').getAttribute('href')];",
    )
    .await?;
    let (chart, csv) = (links[0].as_str().unwrap_or_default(), links[1].as_str().unwrap_or_default());
    if chart.strip_prefix("/api/v1/reports.svg?") != csv.strip_prefix("/api/v1/reports.csv?") || !csv.contains("by=day")
    {
        return Err(format!("the chart and the CSV ask for different reports: {chart} / {csv}"));
    }
    script(browser, "document.activeElement.blur(); window.scrollTo(0, 0); return true;").await?;
    snap(browser, "console-history").await?;
    // By category: the chats without a wrap-up say so.
    choose(browser, "#report-group", "category").await?;
    click(browser, ".show-report").await?;
    wait_until(browser, "the category rows", &text_includes(".report-table tbody td", "No wrap-up")).await?;

    // Accounts: create one; the same username again is refused, in words.
    click(browser, ".view-admin").await?;
    wait_for(browser, ".account[data-username=amira]").await?;
    click(browser, ".new-account summary").await?;
    let fill = |username: &'static str| async move {
        type_into(browser, "#new-account-username", username).await?;
        type_into(browser, "#new-account-name", "Dana").await?;
        click(browser, ".new-account input[value=fa]").await?;
        click(browser, ".new-account input[value=en]").await?;
        retype(browser, "#new-account-max-chats", "3").await?;
        type_into(browser, "#new-account-password", support::PASSWORD).await?;
        click(browser, ".create-account").await
    };
    fill("dana").await?;
    wait_for_text(browser, ".notice", "Account created.").await?;
    wait_until(
        browser,
        "Dana listed",
        &text_includes(".account[data-username=dana] .account-summary", "chats at once: 3"),
    )
    .await?;
    let body = json!({"username": "dana", "password": support::PASSWORD}).to_string();
    let signed_in = http(server.addr, "POST", "/api/v1/session", &[], Some(&body)).await;
    if signed_in.status != 200 {
        return Err(format!("the new account cannot sign in: {}", signed_in.status));
    }
    fill("dana").await?;
    wait_for_text(browser, ".new-account .form-error[role=alert]", "That did not work: that username is taken").await?;
    snap(browser, "console-accounts").await?;

    // An admin may not disable their own account: the server's reason is shown.
    click(browser, ".account[data-username=ada] .toggle-account").await?;
    wait_for_text(
        browser,
        ".account[data-username=ada] .form-error[role=alert]",
        "That did not work: bad request: an admin cannot disable or demote themselves",
    )
    .await?;

    // Settings: a new target time reaches the live board at once.
    retype(browser, "#settings-target", "45").await?;
    click(browser, ".save-settings").await?;
    wait_for_text(browser, ".notice", "Settings saved.").await?;
    click(browser, ".view-board").await?;
    wait_until(browser, "the board's new target", &text_includes(".board-table caption", "within 45 s")).await
}
