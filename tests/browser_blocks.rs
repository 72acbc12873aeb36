//! Abusive contacts in a real browser (headless Chromium) against the real server: the
//! child's page of a paused browser, in the child's language (it still offers the quick
//! exit, 112 and the helpline's phone, and blames nobody; the quick exit deletes the
//! pause cookie), and the console's side (a counsellor ends a chat as abusive, a
//! coordinator confirms, then lifts).
//! Screenshots go to `target/screenshots/`.

mod support;

use serde_json::json;

use support::browser::{
    child_in_chat, choose, click, drive, drive_two, script, sign_in_console, snap, wait_for, wait_for_text, wait_until,
};
use support::{available_counsellor, child_message, sign_in, Client, Scratch, Server};

const REASON: &str = "Insults and a fake emergency";

#[tokio::test]
async fn a_paused_browser_still_sees_the_quick_exit_112_and_the_phone_line_in_its_language() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "ar", 2);
    scratch.add_staff("carla", "coordinator", "ar", 1);
    let server = scratch.start(&["--helpline-phone", "0800 111 0333", "--quick-exit-url", "/healthz"]).await;
    drive(&server, "ar", "child-paused-after-exit", |browser, server| Box::pin(paused(browser, server))).await;
}

async fn paused(browser: &fantoccini::Client, server: &Server) -> Result<(), String> {
    let (mut amira, _) = available_counsellor(server, "amira").await;
    let cookie = sign_in(server, "carla").await;
    let mut carla = Client::connect(server, "/ws/v1/staff", Some(&cookie), "carla").await;
    carla.expect_type("blocks").await;

    // A chat from this browser, which the counsellor ends as abusive.
    let conversation = child_in_chat(browser, &server.url("/"), &mut amira).await?;
    amira.request(json!({"type": "end_as_abusive", "conversation_id": conversation, "reason": REASON})).await;
    // The page says only that the chat ended, and keeps the token it was given.
    wait_for_text(browser, ".ended h1", &child_message("ar", "ended-heading")).await?;
    wait_until(browser, "the pause cookie kept", "return document.cookie.includes('bl_pause=');").await?;

    // A coordinator confirms; the child tries again.
    let blocks = carla.expect("the report", |frame| frame["type"] == "blocks" && frame["pending"] != json!([])).await;
    carla.request(json!({"type": "confirm_report", "report_id": blocks["pending"][0]["report_id"]})).await;
    // "Start a new chat" (the survey has buttons of its own).
    click(browser, ".ended > button.primary").await?;
    click(browser, ".intro button.start").await?;
    click(browser, ".intake button.skip").await?;

    // Paused: the server's page, said in Arabic, right to left, without blame, with
    // everything that helps, and no app.
    wait_for_text(browser, ".paused h1", &child_message("ar", "paused-heading")).await?;
    let modules = script(
        browser,
        "return performance.getEntriesByType('resource').map(e => e.name).filter(name => name.includes('.wasm'));",
    )
    .await?;
    if modules != json!([]) {
        return Err(format!("the paused page loaded the app: {modules}"));
    }
    let page = script(browser, "return [document.documentElement.lang, document.documentElement.dir];").await?;
    if page != json!(["ar", "rtl"]) {
        return Err(format!("expected an Arabic, right-to-left page: {page}"));
    }
    wait_for_text(browser, ".topbar .quick-exit", &child_message("ar", "quick-exit-button")).await?;
    wait_for_text(browser, ".paused a[href='tel:112']", &child_message("ar", "danger-call-button")).await?;
    wait_for_text(browser, ".paused a[href='tel:08001110333']", "0800 111 0333").await?;
    // When, in words of the child's language (the browser's Intl), not the UTC fallback.
    let until = script(browser, "return document.querySelector('.paused h1 + p').textContent;").await?;
    let body = child_message("ar", "paused-body");
    let before_time = body.split("{ $time }").next().unwrap_or_default().trim();
    if !until.as_str().is_some_and(|text| text.contains(before_time) && !text.contains("UTC")) {
        return Err(format!("the paused text does not say when in words: {until}"));
    }
    let everything = script(browser, "return document.body.textContent;").await?;
    if everything.as_str().is_some_and(|text| text.contains(REASON)) {
        return Err("the child's page shows the counsellor's reason".into());
    }
    if script(browser, "return document.querySelector('#message-input') !== null;").await? != json!(false) {
        return Err("a paused page offers a message box".into());
    }
    snap(browser, "child-paused-ar").await?;

    // The quick exit forgets the pause cookie too.
    click(browser, ".topbar .quick-exit").await?;
    wait_until(browser, "the neutral page", "return location.pathname === '/healthz'").await?;
    if script(browser, "return document.cookie.includes('bl_pause');").await? != json!(false) {
        return Err("the quick exit left the pause cookie behind".into());
    }
    Ok(())
}

#[tokio::test]
async fn a_counsellor_ends_a_chat_as_abusive_and_a_coordinator_confirms_then_lifts_the_block() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "en", 2);
    scratch.add_staff("carla", "coordinator", "en", 2);
    let server = scratch.start(&[]).await;
    drive_two(&server, "en", "console-blocks", |amira, carla, server| Box::pin(console(amira, carla, server))).await;
}

async fn console(amira: &fantoccini::Client, carla: &fantoccini::Client, server: &Server) -> Result<(), String> {
    sign_in_console(carla, server, "carla").await?;
    wait_for_text(carla, ".abuse-reports .empty", "None.").await?;
    sign_in_console(amira, server, "amira").await?;
    click(amira, ".statuses button:first-child").await?;
    wait_for_text(amira, ".statuses button[aria-pressed=true]", "Available").await?;
    let mut child = Client::child(server).await;
    child.request(json!({"type": "start", "language": "en"})).await;
    click(amira, ".offer button.accept").await?;
    child.expect("joined", |frame| frame["body"]["notice"] == "counsellor_joined").await;

    // The counsellor: end as abusive, with a reason.
    click(amira, ".end-abusive summary").await?;
    support::browser::type_into(amira, "#abuse-reason", REASON).await?;
    snap(amira, "console-end-abusive").await?;
    click(amira, ".end-abusive-button").await?;
    let ended = child.expect_type("ended").await;
    if ended["by"] != "counsellor" || ended["pause_token"].as_str().is_none() {
        return Err(format!("the child's page got {ended}"));
    }
    wait_for_text(amira, ".notice", "Chat ended. A coordinator will decide on the report.").await?;

    // The coordinator: the report with its reason, confirmed for an hour.
    wait_for_text(carla, ".abuse-report .report-reason", REASON).await?;
    wait_for_text(carla, ".abusive-today", "Chats ended as abusive today: 1").await?;
    wait_for_text(carla, ".abuse-report .report-matches", "Recognised by its browser token and its network address.")
        .await?;
    choose(carla, ".abuse-report .block-duration", "3600").await?;
    script(carla, "document.querySelector('.abuse-reports').scrollIntoView(); return true;").await?;
    snap(carla, "console-abuse-report").await?;
    click(carla, ".abuse-report .confirm-report").await?;
    wait_for(carla, ".active-blocks .active-block").await?;
    wait_until(
        carla,
        "the block names who confirmed it",
        "return document.querySelector('.active-block .block-until').textContent.includes('Carla');",
    )
    .await?;
    let mut again = Client::child(server).await;
    assert_eq!(again.refused(json!({"type": "start", "language": "en"})).await, "paused");

    // Lifted: the browser may start again.
    click(carla, ".active-block .lift-block").await?;
    wait_until(carla, "no block listed", "return document.querySelector('.active-blocks .active-block') === null;")
        .await?;
    let mut after = Client::child(server).await;
    after.request(json!({"type": "start", "language": "en"})).await;
    Ok(())
}
