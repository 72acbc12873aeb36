//! Accessibility, checked by axe-core in a real browser on every screen of both pages:
//! the child's (intro, intake, waiting, chatting, ended; a return code shown, asked
//! for, the earlier chats, one read, "erase everything?", erased; nobody on duty with
//! the offer to leave a message, and the message left) and the console's (sign-in, a
//! counsellor's desk with an offer, a chat, a coordinator's board, an observed chat,
//! the messages children left), and the child's screens of a case handed to a partner
//! helpline, in Arabic (the question, answered, the case sent, the partner out of reach
//! with its page and code, then the chat going on with the partner).
//! A serious or critical violation fails the test, and so do the moderate ones the
//! pages were fixed for (no landmark, no `h1`, two landmarks of one name); other
//! lesser ones are printed.
//!
//! axe-core is installed from npm at a pinned version by `./x test` (or
//! `./x setup --browser`) into `.tools/`, and injected through WebDriver: never
//! fetched from a CDN, and not subject to the page's Content-Security-Policy.

mod support;

use serde_json::json;

use support::axe::audit;
use support::browser::{
    child_in_chat, click, drive, drive_with, open_tab, script, sign_in_console, switch_tab, wait_for, wait_for_text,
    wait_until,
};
use support::partners::{Partners, BERLIN};
use support::{available_counsellor, Client, Scratch, Server};

#[tokio::test]
async fn every_screen_of_the_child_page_and_the_counsellor_desk_passes_axe() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "en", 2);
    let server = scratch.start(&[]).await;
    drive(&server, "en", "axe-child-and-desk", |browser, server| Box::pin(child_and_desk(browser, server))).await;
}

async fn child_and_desk(browser: &fantoccini::Client, server: &Server) -> Result<(), String> {
    browser.goto(&server.url("/counsellor")).await.map_err(|error| format!("goto: {error}"))?;
    wait_for(browser, ".sign-in #username").await?;
    audit(browser, "console: sign-in").await?;
    sign_in_console(browser, server, "amira").await?;
    click(browser, ".statuses button:first-child").await?;
    wait_for_text(browser, ".statuses button[aria-pressed=true]", "Available").await?;
    audit(browser, "console: desk, nobody waiting").await?;

    // The child's page, in a second tab: intro, intake, waiting.
    let console = open_tab(browser, &server.url("/?lang=en")).await?;
    let child_page = browser.window().await.map_err(|error| format!("tab: {error}"))?;
    wait_for(browser, ".intro button.start").await?;
    audit(browser, "child: intro").await?;
    click(browser, ".intro button.start").await?;
    wait_for(browser, ".intake button.skip").await?;
    audit(browser, "child: intake").await?;
    click(browser, ".intake button.skip").await?;
    wait_for(browser, ".queue").await?;
    audit(browser, "child: waiting").await?;

    // The offer on the desk, then the chat.
    switch_tab(browser, &console).await?;
    wait_for(browser, ".offer button.accept").await?;
    audit(browser, "console: desk with an offer").await?;
    click(browser, ".offer button.accept").await?;
    wait_for(browser, ".chat-pane").await?;
    support::browser::type_into(browser, "#staff-message-input", "Hello, I am Amira. I am listening.").await?;
    click(browser, ".chat-pane button.send").await?;
    wait_for_text(browser, ".chat-pane .line .text", "Hello, I am Amira. I am listening.").await?;
    audit(browser, "console: a chat").await?;

    switch_tab(browser, &child_page).await?;
    wait_for_text(browser, ".log .text", "Hello, I am Amira. I am listening.").await?;
    let headings = script(browser, "return document.querySelectorAll('h1').length;").await?;
    if headings != json!(1) {
        return Err(format!("the chatting screen has {headings} h1 headings, not one"));
    }
    audit(browser, "child: chatting").await?;

    switch_tab(browser, &console).await?;
    click(browser, ".chat-pane button.end").await?;
    switch_tab(browser, &child_page).await?;
    wait_for(browser, ".ended h1").await?;
    audit(browser, "child: ended").await?;
    return_codes(browser, server).await
}

/// The child's screens of return codes and left messages, after a chat has ended.
async fn return_codes(browser: &fantoccini::Client, server: &Server) -> Result<(), String> {
    click(browser, "button.take-code").await?;
    wait_for(browser, ".code-panel .code").await?;
    audit(browser, "child: a return code shown").await?;
    let code = script(browser, "return document.querySelector('.code-panel .code').textContent.trim();").await?;
    let code = code.as_str().unwrap_or_default().to_owned();
    click(browser, ".ended > button.primary").await?;
    click(browser, ".intro button.have-code").await?;
    wait_for(browser, "#return-code").await?;
    audit(browser, "child: the return code asked for").await?;
    support::browser::type_into(browser, "#return-code", &code).await?;
    click(browser, ".code-form button.open-case").await?;
    wait_for(browser, ".case .earlier-chat").await?;
    audit(browser, "child: earlier chats").await?;
    click(browser, ".case .earlier-chat").await?;
    wait_for(browser, ".read .log .line").await?;
    audit(browser, "child: an earlier chat read").await?;
    click(browser, ".read button.back-to-case").await?;
    click(browser, ".case button.erase").await?;
    wait_for(browser, ".erase button.erase-yes").await?;
    audit(browser, "child: erase everything?").await?;
    click(browser, ".erase button.erase-yes").await?;
    wait_for(browser, ".erased h1").await?;
    audit(browser, "child: everything erased").await?;

    // Nobody on duty speaks French: the offer to leave a message, then the message left.
    open_tab(browser, &server.url("/?lang=fr")).await?;
    click(browser, ".intro button.start").await?;
    click(browser, ".intake button.skip").await?;
    wait_for(browser, ".leave-offer").await?;
    audit(browser, "child: nobody on duty, leave a message").await?;
    support::browser::type_into(browser, "#message-input", "Je voudrais parler à quelqu'un.").await?;
    click(browser, "button.send").await?;
    wait_until(browser, "the message stored", "return !document.querySelector('button.leave-message').disabled;")
        .await?;
    click(browser, "button.leave-message").await?;
    wait_for(browser, ".left-message h1").await?;
    audit(browser, "child: a message left").await
}

#[tokio::test]
async fn the_coordinators_board_and_an_observed_chat_pass_axe() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "en", 2);
    // Persian too, so that she sees the message a Persian-speaking child leaves.
    scratch.add_staff("carla", "coordinator", "en,fa", 2);
    let server = scratch.start(&[]).await;
    drive(&server, "en", "axe-board", |browser, server| Box::pin(board(browser, server))).await;
}

async fn board(browser: &fantoccini::Client, server: &Server) -> Result<(), String> {
    let (mut amira, _) = available_counsellor(server, "amira").await;
    let mut child = Client::child(server).await;
    child.request(json!({"type": "start", "language": "en"})).await;
    let offer = amira.expect_type("offer").await;
    amira.request(json!({"type": "accept", "conversation_id": offer["conversation_id"]})).await;
    child.expect("joined", |frame| frame["body"]["notice"] == "counsellor_joined").await;
    child.request(json!({"type": "send", "text": "Is someone there?"})).await;
    // A second child waits in a language nobody on duty speaks: an alert, a trend.
    let mut waiting = Client::child(server).await;
    waiting.request(json!({"type": "start", "language": "uk"})).await;
    // A third leaves a message in Persian, which nobody on duty speaks: the board's
    // column and the list of messages left.
    let mut leaving = Client::child(server).await;
    leaving.request(json!({"type": "start", "language": "fa"})).await;
    leaving.request(json!({"type": "send", "text": "کسی هست؟"})).await;
    leaving.request(json!({"type": "leave_message"})).await;

    sign_in_console(browser, server, "carla").await?;
    browser.set_window_size(1360, 1000).await.map_err(|error| format!("window size: {error}"))?;
    wait_for(browser, ".threshold-alert.uncovered").await?;
    // The Ukrainian trend: a line drawn, and its figures said in words.
    wait_until(
        browser,
        "the Ukrainian child in the trend's words and line",
        "const chart = document.querySelector('.trend[data-language=uk] .trend-chart.waiting');
         return chart !== null && chart.querySelector('path.stroke').getAttribute('d').startsWith('M')
             && chart.textContent.replace(/[\\u2068\\u2069]/g, '').includes('at most 1, now 1.');",
    )
    .await?;
    script(browser, "document.querySelector('.board-trends').scrollIntoView(); return true;").await?;
    support::browser::snap(browser, "console-board-trends").await?;
    audit(browser, "console: the board").await?;

    click(browser, ".chat-line .observe").await?;
    wait_for_text(browser, ".observed .line .text", "Is someone there?").await?;
    audit(browser, "console: an observed chat").await?;

    click(browser, ".view-left-messages").await?;
    wait_for(browser, ".left-language[data-language=fa] .left-message button.take").await?;
    audit(browser, "console: messages left").await
}

#[tokio::test]
async fn the_handover_screens_of_the_child_page_pass_axe() {
    let (rome, berlin) = (Scratch::new(), Scratch::new());
    rome.add_user("amira", "ar", 2);
    berlin.add_user("giulia", "ar", 2);
    let partners = Partners::start(rome, berlin).await;
    drive_with(&partners.rome, "ar", "axe-child-handover", &partners, |browser, _, partners| {
        Box::pin(async move { handover(browser, partners).await.map_err(|error| error + &partners.logs()) })
    })
    .await;
}

/// The question, answered, the case sent; Berlin out of reach at first (the page's
/// sockets to it go to a path that does not exist), so the page shows its page and
/// code; then within reach, and the chat goes on with Berlin's counsellor.
async fn handover(browser: &fantoccini::Client, partners: &Partners) -> Result<(), String> {
    let (mut amira, _) = available_counsellor(&partners.rome, "amira").await;
    let conversation = child_in_chat(browser, &partners.rome.url("/?lang=ar"), &mut amira).await?;
    amira
        .request(json!({"type": "ask_handover_consent", "conversation_id": conversation, "partner": BERLIN, "transcript": true}))
        .await;
    wait_for(browser, ".consent button[data-do=consent-yes]").await?;
    audit(browser, "child: a handover asked").await?;
    click(browser, ".consent button[data-do=consent-yes]").await?;
    let answer =
        amira.expect("the answer", |frame| frame["type"] == "handover_consent" && frame["answer"] == "yes").await;
    wait_for(browser, ".consent .answer").await?;
    audit(browser, "child: a handover answered").await?;

    script(
        browser,
        "const Real = window.WebSocket; window.partnerDown = true; \
         window.WebSocket = function (url) { \
           return new Real(window.partnerDown && !url.startsWith(`ws://${location.host}/`) ? url.replace('/ws/v1/child', '/ws/v1/nowhere') : url); }; \
         window.WebSocket.prototype = Real.prototype; return true;",
    )
    .await?;
    let (mut giulia, _) = available_counsellor(&partners.berlin, "giulia").await;
    amira
        .request(json!({"type": "send_handover", "conversation_id": conversation, "partner": BERLIN,
                        "consent_id": answer["consent_id"], "transcript": true,
                        "summary": {"languages": ["ar"], "what_happened": "Lost her brother.", "child_wants": "To find him."}}))
        .await;
    wait_for(browser, ".partner-note p").await?;
    audit(browser, "child: a handover sent").await?;
    let incoming = giulia.expect_type("incoming_handover").await;
    giulia.request(json!({"type": "answer_handover", "handover_id": incoming["handover_id"], "accept": true})).await;
    wait_for(browser, ".by-hand .code-panel").await?;
    audit(browser, "child: a handover to go on by hand").await?;

    script(browser, "window.partnerDown = false; return true;").await?;
    let offer = giulia.expect_type("offer").await;
    giulia.request(json!({"type": "accept", "conversation_id": offer["conversation_id"]})).await;
    giulia.request(json!({"type": "send", "conversation_id": offer["conversation_id"], "text": "أنا هنا"})).await;
    wait_for_text(browser, ".log .text", "أنا هنا").await?;
    audit(browser, "child: chatting with the partner").await
}
