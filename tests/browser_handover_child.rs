//! A child's case handed to a partner helpline (issue 14), on the child's page in a real
//! browser (headless Chromium, in Arabic: right to left), between two real servers on
//! loopback, each with its own database: Rome, where the child writes, and Berlin, its
//! partner. The counsellors are Rust clients.
//!
//! - Asked during the chat, the page shows the question above the message box, the
//!   chat still in view, in Arabic: who asks, to whom (the partner's name and its
//!   countries named by the browser in Arabic), what would go, that no changes nothing;
//!   it takes focus, as a labelled dialog. The child answers "yes, but not our chat",
//!   changes it to "yes", and Rome's counsellor sees each answer.
//! - The case sent, a calm note says so; Berlin's counsellor accepts; the page goes on
//!   with her over Berlin's socket ("you are now talking with …"), a message each way
//!   through Berlin; a reload resumes there (Berlin's socket and resume token, the
//!   only things kept, in the tab's session storage).
//! - The question fits a 320 px phone at 200 % text.
//! - When Berlin refuses the token, the page shows Berlin's page as a link and the
//!   return code there, large and left to right, and stores neither.
//!
//! Screenshots go to `target/screenshots/child-handover-*.png`.

mod support;

use serde_json::{json, Value};

use support::browser::{
    child_in_chat, click, drive_with, script, snap, type_into, wait_for, wait_for_text, wait_for_words, wait_until,
};
use support::partners::{Partners, BERLIN, BERLIN_COUNTRIES};
use support::{available_counsellor, repo_root, Client, Scratch};

const CHILD_SAYS: &str = "أخي ضاع في المحطة";
const AMIRA_SAYS: &str = "أنا هنا معك";
const GIULIA_SAYS: &str = "أنا جوليا، أنا هنا";
const CHILD_TO_GIULIA: &str = "شكرا";
const GIULIA_AFTER_RELOAD: &str = "ما زلت هنا";

/// A message of `locales/ar/handover.ftl`, its placeables filled with `args` (as the
/// page shows it once Fluent's isolation marks are taken out).
fn handover_message(id: &str, args: &[(&str, &str)]) -> String {
    let text = std::fs::read_to_string(repo_root().join("locales/ar/handover.ftl")).expect("handover.ftl");
    let prefix = format!("{id} = ");
    let mut message =
        text.lines().find_map(|line| line.strip_prefix(&prefix)).unwrap_or_else(|| panic!("{id} in ar")).to_owned();
    for (name, value) in args {
        message = message.replace(&format!("{{ ${name} }}"), value);
    }
    message
}

/// Rome with Amira (Arabic), Berlin with Giulia (Arabic, German).
async fn partners() -> Partners {
    let (rome, berlin) = (Scratch::new(), Scratch::new());
    rome.add_user("amira", "ar,en", 3);
    berlin.add_user("giulia", "ar,de", 3);
    Partners::start(rome, berlin).await
}

/// A summary of the case, as Amira writes it for Berlin.
fn summary() -> Value {
    json!({
        "categories": ["migration"], "risk": "medium", "languages": ["ar"], "country": "DE",
        "what_happened": "Travelling alone; separated from her older brother at the station.",
        "child_wants": "To find her brother.", "done_so_far": "", "referrals": []
    })
}

/// The child opens Rome's page in Arabic and chats with Amira; she asks for consent
/// (with the chat itself). Returns Amira's client and the conversation.
async fn chat_then_ask(browser: &fantoccini::Client, partners: &Partners) -> Result<(Client, Value), String> {
    let (mut amira, _) = available_counsellor(&partners.rome, "amira").await;
    let conversation = child_in_chat(browser, &partners.rome.url("/?lang=ar"), &mut amira).await?;
    type_into(browser, "#message-input", CHILD_SAYS).await?;
    click(browser, "button.send").await?;
    amira.expect("the child's message", |frame| support::text_of(frame) == Some(CHILD_SAYS)).await;
    amira.request(json!({"type": "send", "conversation_id": conversation, "text": AMIRA_SAYS})).await;
    wait_for_text(browser, ".log .text", AMIRA_SAYS).await?;
    amira
        .request(json!({"type": "ask_handover_consent", "conversation_id": conversation, "partner": BERLIN, "transcript": true}))
        .await;
    amira.expect("the question put", |frame| frame["type"] == "handover_consent").await;
    Ok((amira, conversation))
}

/// The child's answer, as Rome's counsellor sees it.
async fn answered(amira: &mut Client, answer: &str) -> Value {
    amira.expect(answer, |frame| frame["type"] == "handover_consent" && frame["answer"] == answer).await
}

/// Amira sends the case on `consent_id`; Giulia, in Berlin, accepts it.
async fn send_and_accept(amira: &mut Client, giulia: &mut Client, conversation: &Value, consent_id: &Value) {
    amira
        .request(json!({"type": "send_handover", "conversation_id": conversation, "partner": BERLIN,
                        "consent_id": consent_id, "transcript": false, "summary": summary()}))
        .await;
    let incoming = giulia.expect_type("incoming_handover").await;
    giulia.request(json!({"type": "answer_handover", "handover_id": incoming["handover_id"], "accept": true})).await;
}

#[tokio::test]
async fn the_child_consents_in_arabic_and_goes_on_with_the_partners_counsellor() {
    let partners = partners().await;
    drive_with(&partners.rome, "ar", "child-handover-ar", &partners, |browser, _, partners| {
        Box::pin(async move { consent_and_go_on(browser, partners).await.map_err(|error| error + &partners.logs()) })
    })
    .await;
}

async fn consent_and_go_on(browser: &fantoccini::Client, partners: &Partners) -> Result<(), String> {
    let (mut amira, conversation) = chat_then_ask(browser, partners).await?;

    // The question, above the message box, the chat still in view; in Arabic, right
    // to left; a labelled dialog that takes focus.
    wait_for(browser, ".consent").await?;
    let countries = script(
        browser,
        &format!(
            "return new Intl.ListFormat('ar').format({BERLIN_COUNTRIES:?}.map((code) => \
             new Intl.DisplayNames(['ar'], {{type: 'region'}}).of(code)));"
        ),
    )
    .await?;
    let countries = countries.as_str().unwrap_or_default().to_owned();
    let body = handover_message(
        "handover-ask-body",
        &[("counsellor", "Amira"), ("partner", BERLIN), ("countries", &countries)],
    );
    wait_for_words(browser, ".consent", &body).await?;
    wait_for_words(browser, ".consent", &handover_message("handover-ask-summary-chat", &[])).await?;
    wait_for_words(browser, ".consent", &handover_message("handover-ask-no", &[])).await?;
    wait_until(
        browser,
        "focus on the question",
        "return document.activeElement === document.querySelector('.consent');",
    )
    .await?;
    let shown = script(
        browser,
        "const dialog = document.querySelector('.consent'); \
         const heading = document.getElementById(dialog.getAttribute('aria-labelledby')); \
         return [document.activeElement === dialog, dialog.getAttribute('role'), heading.textContent, \
                 [...dialog.querySelectorAll('button')].map((button) => button.type + ':' + button.textContent), \
                 document.documentElement.dir, !!document.querySelector('.log .line.own'), \
                 dialog.compareDocumentPosition(document.querySelector('#message-input')) === Node.DOCUMENT_POSITION_FOLLOWING];",
    )
    .await?;
    let buttons = json!([
        format!("button:{}", handover_message("handover-yes-button", &[])),
        format!("button:{}", handover_message("handover-summary-only-button", &[])),
        format!("button:{}", handover_message("handover-no-button", &[])),
    ]);
    let expected = json!([true, "dialog", handover_message("handover-ask-heading", &[]), buttons, "rtl", true, true]);
    if shown != expected {
        return Err(format!("the question is not shown as it should be: {shown}, expected {expected}"));
    }
    snap(browser, "child-handover-ar-asked").await?;
    fits_a_small_phone(browser).await?;

    // "Yes, but not our chat", then changed to "yes": each answer reaches Amira.
    click(browser, ".consent button[data-do=consent-summary-only]").await?;
    let first = answered(&mut amira, "summary_only").await;
    wait_for_words(browser, ".consent .answer", &handover_message("handover-answered-summary-only", &[])).await?;
    snap(browser, "child-handover-ar-answered").await?;
    click(browser, ".consent button[data-do=consent-change]").await?;
    click(browser, ".consent button[data-do=consent-yes]").await?;
    let second = answered(&mut amira, "yes").await;
    if first["consent_id"] != second["consent_id"] {
        return Err(format!("a changed answer is a new question: {first} then {second}"));
    }
    wait_for_words(browser, ".consent .answer", &handover_message("handover-answered-yes", &[])).await?;

    // Sent: the question goes, a calm note says where to.
    let (mut giulia, _) = available_counsellor(&partners.berlin, "giulia").await;
    send_and_accept(&mut amira, &mut giulia, &conversation, &second["consent_id"]).await;
    let sent = handover_message("handover-sent", &[("partner", BERLIN), ("countries", &countries)]);
    wait_for_words(browser, ".partner-note", &sent).await?;
    wait_until(browser, "focus back in the message box", "return document.activeElement.id === 'message-input';")
        .await?;

    // Berlin's counsellor, who accepted, is offered the child first; the page goes on
    // with her there.
    let offer = giulia.expect_type("offer").await;
    if offer["returning"] != true {
        return Err(format!("not offered first to the counsellor who accepted: {offer}"));
    }
    let moved = offer["conversation_id"].clone();
    giulia.request(json!({"type": "accept", "conversation_id": moved})).await;
    wait_for_words(browser, ".partner-note", &handover_message("handover-connected", &[("partner", BERLIN)])).await?;
    wait_for_words(browser, ".counsellor-name", "Giulia").await?;
    amira.expect("transferred", |frame| frame["type"] == "handover" && frame["status"] == "transferred").await;
    giulia.request(json!({"type": "send", "conversation_id": moved, "text": GIULIA_SAYS})).await;
    wait_for_text(browser, ".log .text", GIULIA_SAYS).await?;
    type_into(browser, "#message-input", CHILD_TO_GIULIA).await?;
    click(browser, "button.send").await?;
    giulia.expect("the child's message", |frame| support::text_of(frame) == Some(CHILD_TO_GIULIA)).await;
    snap(browser, "child-handover-ar-partner").await?;

    // What the tab keeps: Berlin's socket beside Berlin's resume token, nothing else.
    let berlin_socket = format!("ws://{}/ws/v1/child", partners.berlin.addr);
    let kept = script(browser, "return [Object.keys(sessionStorage).sort(), sessionStorage.getItem('bridgeline.socket'), localStorage.length];").await?;
    let keys = kept[0].as_array().cloned().unwrap_or_default();
    let allowed = ["bridgeline.language", "bridgeline.resume", "bridgeline.socket"];
    if kept[1] != json!(berlin_socket)
        || kept[2] != json!(0)
        || keys.iter().any(|key| !allowed.iter().any(|ok| key == ok))
    {
        return Err(format!("the tab keeps {kept}, expected Berlin's socket and resume token only"));
    }

    // A reload resumes with Berlin: the chat's messages back, and on it goes.
    browser.refresh().await.map_err(|error| format!("reload: {error}"))?;
    wait_for_text(browser, ".log .text", GIULIA_SAYS).await?;
    wait_for_words(browser, ".counsellor-name", "Giulia").await?;
    giulia.request(json!({"type": "send", "conversation_id": moved, "text": GIULIA_AFTER_RELOAD})).await;
    wait_for_text(browser, ".log .text", GIULIA_AFTER_RELOAD).await?;
    Ok(())
}

/// On a 320 px phone with 200 % text the question fits: nothing scrolls sideways, its
/// buttons are inside the window and at least 44 × 44 px.
async fn fits_a_small_phone(browser: &fantoccini::Client) -> Result<(), String> {
    browser.set_window_size(320, 720).await.map_err(|error| format!("window: {error}"))?;
    script(
        browser,
        "document.documentElement.style.fontSize = '200%'; document.querySelector('.consent').scrollIntoView(); return true;",
    )
    .await?;
    let problems = script(
        browser,
        "const width = document.documentElement.clientWidth; const problems = []; \
         if (document.documentElement.scrollWidth > width) problems.push(`scrolls sideways: ${document.documentElement.scrollWidth}`); \
         for (const button of document.querySelectorAll('.consent button')) { \
           const box = button.getBoundingClientRect(); \
           if (box.left < 0 || box.right > width + 0.5) problems.push(`${button.textContent} cut off`); \
           if (box.width < 44 || box.height < 44) problems.push(`${button.textContent} is ${box.width}x${box.height}`); } \
         return problems;",
    )
    .await?;
    snap(browser, "child-handover-ar-320px-200pct").await?;
    script(browser, "document.documentElement.style.fontSize = ''; return true;").await?;
    browser.set_window_size(420, 860).await.map_err(|error| format!("window: {error}"))?;
    if problems != json!([]) {
        return Err(format!("the question does not fit a 320 px phone at 200 % text: {problems}"));
    }
    Ok(())
}

#[tokio::test]
async fn a_refused_token_shows_the_partners_page_and_code_to_go_on_by_hand() {
    let partners = partners().await;
    drive_with(&partners.rome, "ar", "child-handover-ar-by-hand", &partners, |browser, _, partners| {
        Box::pin(async move { refused_token(browser, partners).await.map_err(|error| error + &partners.logs()) })
    })
    .await;
}

async fn refused_token(browser: &fantoccini::Client, partners: &Partners) -> Result<(), String> {
    let (mut amira, conversation) = chat_then_ask(browser, partners).await?;
    click(browser, ".consent button[data-do=consent-yes]").await?;
    let consent = answered(&mut amira, "yes").await;
    // The page's `join_handover` reaches Berlin with a token Berlin never made.
    script(
        browser,
        "const send = WebSocket.prototype.send; \
         WebSocket.prototype.send = function (data) { \
           return send.call(this, String(data).replace(/(\"type\":\"join_handover\".*\"token\":\")[^\"]*/, '$1forged')); }; \
         return true;",
    )
    .await?;
    let (mut giulia, _) = available_counsellor(&partners.berlin, "giulia").await;
    send_and_accept(&mut amira, &mut giulia, &conversation, &consent["consent_id"]).await;

    wait_for(browser, ".by-hand .code-panel .code").await?;
    let heading = handover_message("handover-failed-heading", &[("partner", BERLIN)]);
    wait_for_words(browser, ".by-hand h1", &heading).await?;
    wait_until(
        browser,
        "focus on the heading",
        "return document.activeElement === document.querySelector('.by-hand h1');",
    )
    .await?;
    let shown = script(
        browser,
        "const code = document.querySelector('.by-hand .code'); const link = document.querySelector('.by-hand a.partner-page'); \
         return [code.textContent, getComputedStyle(code).direction, link && link.href, \
                 document.activeElement === document.querySelector('.by-hand h1'), \
                 !!document.querySelector('.by-hand button[data-do=start]')];",
    )
    .await?;
    let code = shown[0].as_str().unwrap_or_default().to_owned();
    let twelve_digits = code.split(' ').map(|group| group.len()).collect::<Vec<_>>() == [4, 4, 4]
        && code.bytes().all(|byte| byte.is_ascii_digit() || byte == b' ');
    let berlin_page = format!("http://{}/", partners.berlin.addr);
    if !twelve_digits || shown[1] != "ltr" || shown[2] != json!(berlin_page) || shown[3] != true || shown[4] != true {
        return Err(format!("the way to go on by hand is not shown as it should be: {shown}"));
    }
    let stored = script(
        browser,
        &format!(
            "return [JSON.stringify(sessionStorage).includes({code:?}), JSON.stringify(localStorage).includes({code:?}), \
             document.cookie.includes({code:?})];"
        ),
    )
    .await?;
    if stored != json!([false, false, false]) {
        return Err(format!("the partner's return code was stored (session, local, cookie): {stored}"));
    }
    snap(browser, "child-handover-ar-by-hand").await?;
    Ok(())
}
