//! Handovers to partner helplines (issue 14) in the console, in real browsers
//! (headless Chromium), between two real servers on loopback that trust each other:
//! Rome ("Telefono Azzurro") and Berlin ("Nummer gegen Kummer"), each with its own
//! database and its staff in their own browser. The child is a plain WebSocket client
//! speaking the protocol.
//!
//! - With consent: Rome's counsellor chooses the partner (suggested as speaking the
//!   chat's language), asks the child, sees the answer live, writes the summary (risk,
//!   country and languages prefilled) and sends it; Berlin's counsellor sees it in her
//!   list and declines it with a reason; Rome's console shows it declined, with the
//!   reason.
//! - Without consent: a Rome coordinator holding a chat at imminent risk sends it
//!   (a reason, one confirmation); Berlin's list highlights it; Berlin accepts; Rome's
//!   console follows the status to "transferred"; the child's page joins Berlin's chat,
//!   whose counsellor has the summary beside it.
//!
//! Each screen passes axe-core. Screenshots go to `target/screenshots/console-handover-*.png`.

mod support;

use serde_json::{json, Value};

use support::axe::audit;
use support::browser::{
    choose, click, drive_two_with, present, script, sign_in_console, snap, type_into, wait_for, wait_for_text,
    wait_until,
};
use support::partners::{partner_command, Partners, BERLIN, ROME};
use support::{available_counsellor, connected_pair, Client, Scratch, Server};

const WHAT_HAPPENED: &str = "She travels alone. She lost her older brother at the Munich station two days ago.";
const CHILD_WANTS: &str = "To find her brother and a safe place to sleep tonight.";
const DONE_SO_FAR: &str = "We gave her the 116 000 number.";
const DECLINED_BECAUSE: &str = "No Arabic-speaking counsellor before Monday; please give her 116 000.";
const WITHOUT_CONSENT_BECAUSE: &str = "A man at the station told her she must go with him tonight.";

/// Rome with Amira (Arabic, English) and Cora (coordinator), Berlin with Giulia
/// (Arabic, German); Rome also has a partner that does not speak Arabic, never
/// started, only listed.
async fn pair() -> Partners {
    let (rome, berlin) = (Scratch::new(), Scratch::new());
    rome.add_user("amira", "ar,en", 3);
    rome.add_staff("cora", "coordinator", "ar,en,it", 3);
    berlin.add_user("giulia", "ar,de", 3);
    let partners = Partners::start(rome, berlin).await;
    let another = Scratch::new();
    let identity = partner_command(&another, &["key"]);
    let bris =
        ["add", "--name", "Bris", "--url", "https://bris.example.org", "--countries", "SE", "--languages", "sv,en"];
    partner_command(&partners.rome_scratch, &[&bris[..], &["--key", &identity]].concat());
    partners
}

async fn wide(browser: &fantoccini::Client) -> Result<(), String> {
    browser.set_window_size(1360, 1200).await.map_err(|error| format!("window size: {error}"))
}

async fn become_available(browser: &fantoccini::Client) -> Result<(), String> {
    click(browser, ".statuses button:first-child").await?;
    wait_for_text(browser, ".statuses button[aria-pressed=true]", "Available").await
}

/// The value of the form field matching `selector`.
async fn value_of(browser: &fantoccini::Client, selector: &str) -> Result<Value, String> {
    script(browser, &format!("return document.querySelector({selector:?})?.value ?? null;")).await
}

/// Opens the folded handover form of the chat shown, and scrolls it into view.
async fn open_handover_form(browser: &fantoccini::Client) -> Result<(), String> {
    click(browser, "details.handover > summary").await?;
    wait_for(browser, "#handover-partner").await?;
    script(browser, "document.querySelector('details.handover').scrollIntoView(); return true;").await?;
    Ok(())
}

async fn type_summary(browser: &fantoccini::Client) -> Result<(), String> {
    type_into(browser, "#handover-what-happened", WHAT_HAPPENED).await?;
    type_into(browser, "#handover-child-wants", CHILD_WANTS).await?;
    type_into(browser, "#handover-done-so-far", DONE_SO_FAR).await
}

/// Scrolls `selector` into view (for a screenshot of it).
async fn show(browser: &fantoccini::Client, selector: &str) -> Result<(), String> {
    script(browser, &format!("document.querySelector({selector:?})?.scrollIntoView(); return true;")).await?;
    Ok(())
}

#[tokio::test]
async fn a_counsellor_asks_the_child_sends_the_summary_and_sees_the_partners_refusal_with_its_reason() {
    let pair = pair().await;
    drive_two_with(
        &pair.rome,
        "en",
        "console-handover-declined",
        &pair.berlin,
        &[&pair.berlin],
        |amira, giulia, rome, berlin| Box::pin(declined(amira, giulia, rome, berlin)),
    )
    .await;
}

async fn declined(
    amira: &fantoccini::Client,
    giulia: &fantoccini::Client,
    rome: &Server,
    berlin: &Server,
) -> Result<(), String> {
    // Amira accepts an Arabic chat of a child who said she is in Germany.
    wide(amira).await?;
    sign_in_console(amira, rome, "amira").await?;
    become_available(amira).await?;
    let mut child = Client::child(rome).await;
    child.request(json!({"type": "start", "language": "ar", "intake": {"country": "DE"}})).await;
    child.request(json!({"type": "send", "text": "أخي ضاع في المحطة"})).await;
    click(amira, ".offer button.accept").await?;
    child.expect("joined", |frame| frame["body"]["notice"] == "counsellor_joined").await;
    wait_for(amira, ".chat-pane").await?;
    choose(amira, "#risk-level", "high").await?;
    wait_until(amira, "the risk set", "return document.querySelector('.risk.raised') !== null;").await?;

    // The partner speaking the chat's language is suggested first, under its heading.
    open_handover_form(amira).await?;
    if value_of(amira, "#handover-partner").await? != json!(BERLIN) {
        return Err(format!("{BERLIN} is not chosen first: {}", value_of(amira, "#handover-partner").await?));
    }
    let groups = script(
        amira,
        "return Array.from(document.querySelectorAll('#handover-partner optgroup')).map(group => \
         [group.label.replace(/[\\u2068\\u2069]/g, ''), Array.from(group.querySelectorAll('option')).map(option => option.value)]);",
    )
    .await?;
    if groups != json!([["Speak Arabic", [BERLIN]], ["Other partners", ["Bris"]]]) {
        return Err(format!("partners grouped as {groups}"));
    }
    if present(amira, ".send-handover:not([disabled])").await? {
        return Err("the summary can be sent before the child is asked".to_owned());
    }

    // Asked with the chat; the child agrees to the summary only; the console says so.
    click(amira, "#handover-include-chat").await?;
    click(amira, "button.ask-consent").await?;
    let question = child.expect_type("handover_consent_asked").await;
    if question["partner"] != BERLIN || question["transcript"] != true {
        return Err(format!("the child was asked {question}"));
    }
    wait_for(amira, ".consent-state[data-answer=asked]").await?;
    wait_for_text(amira, ".send-terms", "Send once the child has answered yes.").await?;
    child
        .request(json!({"type": "handover_consent", "consent_id": question["consent_id"], "answer": "summary_only"}))
        .await;
    wait_for(amira, ".consent-state[data-answer=summary_only]").await?;
    wait_until(
        amira,
        "the answer in words, with its time",
        "return /^The child said yes to the summary but not to the chat, at .+ \\(asked at .+\\)\\.$/ \
         .test(document.querySelector('.consent-state').textContent.replace(/[\\u2068\\u2069]/g, ''));",
    )
    .await?;
    wait_for_text(amira, ".send-terms", "Only the summary goes, not the chat.").await?;
    show(amira, "details.handover").await?;
    snap(amira, "console-handover-consent").await?;

    // What the chat already says is there: its risk, the child's country and language.
    for (field, expected) in [("#handover-risk", "high"), ("#handover-country", "DE")] {
        let found = value_of(amira, field).await?;
        if found != json!(expected) {
            return Err(format!("{field} starts as {found}, not {expected}"));
        }
    }
    wait_for_text(amira, ".chosen-languages li[data-language=ar]", "Arabic").await?;
    choose(amira, "#handover-add-language", "en").await?;
    wait_for(amira, ".chosen-languages li[data-language=en]").await?;
    wait_until(
        amira,
        "the language choice back to its prompt",
        "return document.querySelector('#handover-add-language').value === '' \
         && document.querySelector('#handover-add-language option[value=en]') === null;",
    )
    .await?;
    script(
        amira,
        "for (let folded = document.querySelector('.handover-summary input[value=\"migration.unaccompanied\"]').closest('details'); \
         folded !== null; folded = folded.parentElement.closest('details')) { folded.open = true; } return true;",
    )
    .await?;
    click(amira, ".handover-summary input[value=\"migration.unaccompanied\"]").await?;
    wait_for_text(amira, ".handover-categories > summary .badge", "1").await?;
    wait_for_text(amira, ".write-plainly", "Write plainly, in short sentences, without abbreviations or slang: the reader may not know your language well and may translate it.").await?;

    // Sent without the texts, the form says what is missing; nothing goes.
    click(amira, "button.send-handover").await?;
    wait_for_text(amira, ".handover-problems li", "Say what happened.").await?;
    wait_for_text(amira, ".handover-problems li", "Say what the child wants.").await?;
    type_summary(amira).await?;
    wait_until(amira, "the problems fixed", "return document.querySelectorAll('.handover-problems li').length === 0;")
        .await?;
    show(amira, ".handover-summary").await?;
    snap(amira, "console-handover-form").await?;
    audit(amira, "the handover form").await?;

    click(amira, "button.send-handover").await?;
    let told = child.expect_type("handover_sent").await;
    if told["consented"] != true || told["transcript"] != false {
        return Err(format!("the child was told {told}"));
    }
    let delivered = ".handover-sent[data-status=delivered] .handover-status";
    wait_for_text(amira, delivered, &format!("{BERLIN} has it and will answer.")).await?;
    wait_until(
        amira,
        "what went, and when",
        "return /^Sent at .+ · summary only$/.test(document.querySelector('.handover-sent .meta').textContent.replace(/[\\u2068\\u2069]/g, ''));",
    )
    .await?;

    // Berlin: Giulia reads it in her list, in her console's language.
    wide(giulia).await?;
    sign_in_console(giulia, berlin, "giulia").await?;
    let card = ".handover-inbox .incoming-handover[data-language=ar]";
    wait_for(giulia, card).await?;
    wait_for_text(giulia, "#handover-inbox-heading", "Handovers from partner helplines 1").await?;
    wait_until(
        giulia,
        "who sent it, in which language, and when",
        &format!(
            "return /^From {ROME} · Arabic · less than a minute ago · .+$/.test(document.querySelector('{card} .incoming-from').textContent.replace(/[\\u2068\\u2069]/g, ''));"
        ),
    )
    .await?;
    for line in
        ["Risk: high", "Categories: Unaccompanied or separated child", "Languages: Arabic, English", "Country: Germany"]
    {
        wait_for_text(giulia, &format!("{card} .handover-facts li"), line).await?;
    }
    wait_for_text(giulia, &format!("{card} .what-happened"), WHAT_HAPPENED).await?;
    wait_for_text(giulia, &format!("{card} .child-wants"), CHILD_WANTS).await?;
    wait_for_text(giulia, &format!("{card} .done-so-far"), DONE_SO_FAR).await?;
    wait_for(giulia, &format!("{card} .consent-kind[data-consent=child]")).await?;
    wait_for_text(
        giulia,
        &format!("{card} .child-in-chat"),
        "The child is still in the chat: accept now and they come straight to you.",
    )
    .await?;
    if present(giulia, &format!("{card} .handover-transcript")).await? {
        return Err("the chat is shown although the child agreed to the summary only".to_owned());
    }
    show(giulia, ".handover-inbox").await?;
    snap(giulia, "console-handover-inbox").await?;
    audit(giulia, "a counsellor's handovers from partners").await?;

    // Declining needs a reason; with one, the list empties.
    click(giulia, &format!("{card} .decline-handover")).await?;
    click(giulia, &format!("{card} .send-decline")).await?;
    wait_for_text(
        giulia,
        &format!("{card} .decline-form .error"),
        "Say why you decline: the partner needs it to help the child another way.",
    )
    .await?;
    type_into(giulia, &format!("{card} .decline-reason"), DECLINED_BECAUSE).await?;
    click(giulia, &format!("{card} .send-decline")).await?;
    wait_for_text(giulia, ".notice", "Declined: the partner is told why.").await?;
    wait_for_text(giulia, ".handover-inbox .empty", "No handovers are waiting for an answer.").await?;

    // Rome: Amira reads the refusal and why, live; the child is still with her.
    let refusal = format!("Declined by Giulia at {BERLIN}: {DECLINED_BECAUSE}");
    wait_for_text(amira, ".handover-sent[data-status=declined] .handover-status", &refusal).await?;
    child.request(json!({"type": "send", "text": "ما زلت هنا"})).await;
    wait_for_text(amira, ".chat-pane .line .text", "ما زلت هنا").await?;
    show(amira, ".handovers-sent").await?;
    snap(amira, "console-handover-declined").await?;
    audit(amira, "a handover declined").await?;
    Ok(())
}

#[tokio::test]
async fn a_coordinator_sends_a_child_in_imminent_danger_without_consent_and_the_partner_accepts_and_takes_the_chat() {
    let pair = pair().await;
    drive_two_with(
        &pair.rome,
        "en",
        "console-handover-accepted",
        &pair.berlin,
        &[&pair.berlin],
        |cora, giulia, rome, berlin| Box::pin(without_consent(cora, giulia, rome, berlin)),
    )
    .await;
}

async fn without_consent(
    cora: &fantoccini::Client,
    giulia: &fantoccini::Client,
    rome: &Server,
    berlin: &Server,
) -> Result<(), String> {
    wide(cora).await?;
    sign_in_console(cora, rome, "cora").await?;

    // Amira (on her own socket) refers the child, finds her in imminent danger and
    // passes the chat to the coordinator.
    let (mut amira, _) = available_counsellor(rome, "amira").await;
    let (mut child, conversation) = connected_pair(rome, &mut amira, "ar").await;
    child.request(json!({"type": "send", "text": "رجل في المحطة يقول إنني يجب أن أذهب معه"})).await;
    amira
        .request(json!({"type": "refer", "conversation_id": conversation, "service_id": "eu-116000",
                        "reason": "Her brother is missing.", "child_agreed": true}))
        .await;
    let card = child.expect("the referral card", |frame| frame["body"]["kind"] == "referral").await;
    let service = card["body"]["name"].as_str().unwrap_or_default().to_owned();
    amira.request(json!({"type": "set_risk", "conversation_id": conversation, "level": "imminent"})).await;
    amira
        .request(json!({"type": "transfer", "conversation_id": conversation, "target": {"kind": "coordinator"},
                        "note": "Imminent danger; she will not agree to be handed over."}))
        .await;

    // Cora holds it now: the form suggests the referral made, and offers to send
    // without consent.
    click(cora, ".view-chats").await?;
    wait_for(cora, ".chat-pane").await?;
    open_handover_form(cora).await?;
    wait_for_text(cora, ".handover-referrals li span", &service).await?;
    if value_of(cora, "#handover-risk").await? != json!("imminent") {
        return Err(format!("the risk starts as {}", value_of(cora, "#handover-risk").await?));
    }
    wait_for(cora, ".without-consent").await?;
    type_summary(cora).await?;
    // A reason first; then one confirmation.
    click(cora, "button.send-without-consent").await?;
    wait_for_text(cora, ".handover-problems li", "Say why this cannot wait for the child's consent.").await?;
    type_into(cora, "#handover-without-consent-reason", WITHOUT_CONSENT_BECAUSE).await?;
    click(cora, "button.send-without-consent").await?;
    wait_for_text(
        cora,
        ".without-consent .confirm p",
        &format!("Send this child's case to {BERLIN} without their consent?"),
    )
    .await?;
    show(cora, ".without-consent").await?;
    snap(cora, "console-handover-without-consent").await?;
    audit(cora, "sending without consent").await?;
    click(cora, "button.confirm-without-consent").await?;
    let told = child.expect_type("handover_sent").await;
    if told["consented"] != false || told["transcript"] != false {
        return Err(format!("the child was told {told}"));
    }
    wait_for(cora, ".handover-sent[data-status=delivered]").await?;
    wait_until(
        cora,
        "sent without consent, said",
        "return document.querySelector('.handover-sent .meta').textContent.endsWith(' · without the child\\'s consent');",
    )
    .await?;

    // Berlin: the list highlights that it came without consent, and why.
    wide(giulia).await?;
    sign_in_console(giulia, berlin, "giulia").await?;
    become_available(giulia).await?;
    let incoming = ".handover-inbox .incoming-handover";
    wait_for_text(giulia, &format!("{incoming} .without-consent-received .reason"), WITHOUT_CONSENT_BECAUSE).await?;
    wait_for_text(giulia, &format!("{incoming} .handover-facts li"), "Risk: imminent danger").await?;
    wait_for_text(giulia, &format!("{incoming} .handover-facts li"), &format!("Referred to: {service}")).await?;
    let highlighted = script(
        giulia,
        "return getComputedStyle(document.querySelector('.without-consent-received')).borderInlineStartWidth;",
    )
    .await?;
    if highlighted != json!("6px") {
        return Err(format!("the missing consent is not highlighted: border {highlighted}"));
    }
    show(giulia, ".handover-inbox").await?;
    snap(giulia, "console-handover-inbox-imminent").await?;

    // Giulia accepts: Rome sees it; the child's page goes on with her.
    click(giulia, &format!("{incoming} .accept-handover")).await?;
    wait_for_text(
        giulia,
        ".notice",
        "Accepted: the case is yours, and the child comes to you if they are still in the chat.",
    )
    .await?;
    wait_for_text(
        cora,
        ".handover-sent[data-status=accepted] .handover-status",
        &format!("Accepted by Giulia at {BERLIN}."),
    )
    .await?;
    let transfer = child.expect_type("handover_transfer").await;
    let rome_origin = format!("http://{}", rome.addr);
    let socket_url = transfer["socket_url"].as_str().ok_or("no socket_url")?;
    let mut moved = Client::connect_url(socket_url, &rome_origin, "moved child").await;
    let attached = moved.request(json!({"type": "join_handover", "token": transfer["token"]})).await;
    if attached["type"] != "attached" {
        return Err(format!("joining the partner's chat: {attached}"));
    }
    click(giulia, ".offer button.accept").await?;
    wait_for(giulia, ".chat-pane").await?;
    wait_for_text(giulia, ".handover-context h3", &format!("Handed over by {ROME}")).await?;
    wait_for_text(giulia, ".handover-context .what-happened", WHAT_HAPPENED).await?;
    wait_for_text(giulia, ".handover-context .without-consent-received .reason", WITHOUT_CONSENT_BECAUSE).await?;
    snap(giulia, "console-handover-context").await?;
    audit(giulia, "a chat that came as a handover").await?;
    wait_for_text(
        cora,
        ".handover-sent[data-status=transferred] .handover-status",
        &format!("The child went on with {BERLIN}."),
    )
    .await?;
    show(cora, ".handovers-sent").await?;
    snap(cora, "console-handover-transferred").await?;
    Ok(())
}
