//! The child's page in a real browser (headless Chromium) against the real server:
//! the questions, the queue moving, the chat with typing and read marks, switching
//! language mid-chat, right-to-left layout, the path when nobody speaks the child's
//! language, the rating, the quick exit, and reconnecting after the server went away.
//! Screenshots of each main state go to `target/screenshots/`.

mod support;

use serde_json::{json, Value};

use support::browser::{
    choose, click, drive, drive_with, script, snap, type_into, wait_for, wait_for_text, wait_until,
};
use support::{available_counsellor, text_of, Client, Scratch, Server};

/// Where the quick exit and the language switcher sit: in a left-to-right page the
/// exit is at the inline end (right), in a right-to-left page it mirrors to the left.
async fn exit_is_on_the_right(browser: &fantoccini::Client) -> Result<bool, String> {
    wait_for(browser, ".topbar #language summary").await?;
    let positions = script(
        browser,
        "const exit = document.querySelector('.topbar .quick-exit').getBoundingClientRect();
         const language = document.querySelector('.topbar #language summary').getBoundingClientRect();
         return exit.left > language.left;",
    )
    .await?;
    positions.as_bool().ok_or_else(|| format!("no layout: {positions}"))
}

/// Opens the language list in the top bar and picks `code`.
async fn pick_language(browser: &fantoccini::Client, code: &str) -> Result<(), String> {
    click(browser, "#language summary").await?;
    click(browser, &format!("#language a[hreflang='{code}']")).await
}

async fn page_language(browser: &fantoccini::Client) -> Result<Value, String> {
    script(browser, "return [document.documentElement.lang, document.documentElement.dir];").await
}

/// Nothing sticks out sideways: the page reflows instead (WCAG 1.4.10, which is what
/// 400% zoom of a 1280 px window comes to).
async fn fits_without_scrolling_sideways(browser: &fantoccini::Client, screen: &str) -> Result<(), String> {
    let widths =
        script(browser, "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];").await?;
    if widths[0].as_u64() > widths[1].as_u64() {
        return Err(format!("{screen}: the page is wider than the window ({widths})"));
    }
    Ok(())
}

/// Every resource the page loaded came from its own origin.
async fn only_own_origin(browser: &fantoccini::Client) -> Result<(), String> {
    let foreign = script(
        browser,
        "return performance.getEntriesByType('resource').map(e => e.name)
                .filter(name => new URL(name).origin !== location.origin);",
    )
    .await?;
    if foreign != json!([]) {
        return Err(format!("off-origin requests: {foreign}"));
    }
    Ok(())
}

#[tokio::test]
async fn a_child_answers_waits_chats_switches_language_and_rates() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "en,ar", 1);
    let server = scratch.start(&[]).await;
    drive(&server, "en", "child-en-flow", |browser, server| Box::pin(answers_waits_chats(browser, server))).await;
}

async fn answers_waits_chats(browser: &fantoccini::Client, server: &Server) -> Result<(), String> {
    // Amira (one chat at a time) is busy with a first child; a second child waits.
    let (mut amira, _) = available_counsellor(server, "amira").await;
    let mut first = Client::child(server).await;
    first.request(json!({"type": "start", "language": "en"})).await;
    let offer = amira.expect_type("offer").await;
    amira.request(json!({"type": "accept", "conversation_id": offer["conversation_id"]})).await;
    let first_conversation = offer["conversation_id"].clone();
    let mut second = Client::child(server).await;
    second.request(json!({"type": "start", "language": "en"})).await;

    browser.goto(&server.url("/")).await.map_err(|error| format!("goto: {error}"))?;
    if page_language(browser).await? != json!(["en", "ltr"]) {
        return Err(format!("expected an English, left-to-right page, got {}", page_language(browser).await?));
    }
    if !exit_is_on_the_right(browser).await? {
        return Err("in a left-to-right page the quick exit belongs at the right".into());
    }
    click(browser, ".intro button.start").await?;
    // The optional questions: a topic, an age band, a country.
    wait_for(browser, ".intake").await?;
    snap(browser, "child-intake-en").await?;
    click(browser, ".topics .choice:nth-child(1)").await?;
    click(browser, ".ages .choice:nth-child(3)").await?;
    choose(browser, ".country select", "DE").await?;
    click(browser, ".intake button.start").await?;

    wait_for_text(browser, ".queue-position", "Your place in line: 2").await?;
    wait_until(browser, "an estimate", "return document.querySelector('.queue-estimate')?.textContent.length > 0")
        .await?;
    snap(browser, "child-waiting-en").await?;
    // The child ahead gives up: the page moves up at once.
    second.request(json!({"type": "end"})).await;
    wait_for_text(browser, ".queue-position", "You are next in line.").await?;

    // Amira finishes with the first child and is offered this one, with what it said.
    amira.request(json!({"type": "end", "conversation_id": first_conversation})).await;
    let offer = amira.expect_type("offer").await;
    if offer["intake"] != json!({"topics": ["family"], "age_band": "13_15", "country": "DE"}) {
        return Err(format!("the offer does not carry the answers: {offer}"));
    }
    let conversation = offer["conversation_id"].clone();
    amira.request(json!({"type": "accept", "conversation_id": conversation})).await;
    wait_for_text(browser, ".counsellor-name bdi", "Amira").await?;

    // Typing shows, then the message; the child's reply is marked read once Amira reads it.
    amira.request(json!({"type": "typing", "conversation_id": conversation})).await;
    wait_for_text(browser, ".typing", "Amira is writing…").await?;
    amira
        .request(json!({"type": "send", "conversation_id": conversation, "text": "Hello, I am Amira. I am listening."}))
        .await;
    wait_for_text(browser, ".line.counsellor .text", "Hello, I am Amira. I am listening.").await?;
    let read_by_child = amira.expect("the child's read mark", |frame| frame["type"] == "read").await;
    if read_by_child["seq"].as_u64().unwrap_or(0) < 2 {
        return Err(format!("read mark too low: {read_by_child}"));
    }
    type_into(browser, "#message-input", "my parents are fighting all the time").await?;
    click(browser, "button.send").await?;
    let message = amira.expect("the child's message", |frame| text_of(frame).is_some()).await;
    wait_for_text(browser, ".line.own .status", "Delivered").await?;
    amira.request(json!({"type": "read", "conversation_id": conversation, "seq": message["seq"]})).await;
    wait_for_text(browser, ".line.own .status", "Read").await?;
    snap(browser, "child-chatting-en").await?;

    // Mid-chat the child switches to Arabic: the whole page mirrors, the chat goes on.
    pick_language(browser, "ar").await?;
    wait_until(browser, "the page in Arabic", "return document.documentElement.dir === 'rtl'").await?;
    if page_language(browser).await? != json!(["ar", "rtl"]) {
        return Err(format!("expected an Arabic, right-to-left page, got {}", page_language(browser).await?));
    }
    if exit_is_on_the_right(browser).await? {
        return Err("in a right-to-left page the quick exit mirrors to the left".into());
    }
    wait_for_text(browser, ".line.own .text", "my parents are fighting all the time").await?;
    let send_label = script(browser, "return document.querySelector('button.send').textContent").await?;
    if send_label == json!("Send") {
        return Err("the send button is still in English".into());
    }
    amira.request(json!({"type": "send", "conversation_id": conversation, "text": "Can you tell me more?"})).await;
    wait_for_text(browser, ".line.counsellor .text", "Can you tell me more?").await?;
    snap(browser, "child-chatting-ar").await?;

    // Amira ends the chat; the child rates it with one tap.
    amira.request(json!({"type": "end", "conversation_id": conversation})).await;
    wait_for(browser, ".ended .rating").await?;
    click(browser, ".rating .choice:nth-child(1)").await?;
    let rated = amira.expect("the rating", |frame| frame["type"] == "rated").await;
    if rated["rating"] != "helped" {
        return Err(format!("unexpected rating {rated}"));
    }
    wait_until(browser, "thanks", "return document.querySelector('.thanks').textContent.length > 0").await?;
    snap(browser, "child-ended-ar").await?;
    pick_language(browser, "en").await?;
    wait_until(browser, "back in English", "return document.documentElement.dir === 'ltr'").await?;
    snap(browser, "child-ended-en").await?;
    only_own_origin(browser).await
}

#[tokio::test]
async fn nobody_speaks_persian_now_so_the_child_is_told_and_offered_english() {
    let scratch = Scratch::new();
    scratch.add_user("bashir", "en", 3);
    let schedule = scratch.dir.path().join("schedule.json");
    std::fs::write(&schedule, r#"{"languages":{"fa":["mon-sun 16:00-20:00"]}}"#).expect("schedule");
    let server = scratch.start(&["--schedule", &schedule.display().to_string()]).await;
    drive(&server, "fa", "child-fa-flow", |browser, server| Box::pin(nobody_speaks_persian(browser, server))).await;
}

async fn nobody_speaks_persian(browser: &fantoccini::Client, server: &Server) -> Result<(), String> {
    let (mut bashir, _) = available_counsellor(server, "bashir").await;
    // The narrowest phone the page must work on: 320 CSS pixels.
    browser.set_window_size(320, 720).await.map_err(|error| format!("window size: {error}"))?;
    browser.goto(&server.url("/")).await.map_err(|error| format!("goto: {error}"))?;
    if page_language(browser).await? != json!(["fa", "rtl"]) {
        return Err(format!("expected a Persian, right-to-left page, got {}", page_language(browser).await?));
    }
    if exit_is_on_the_right(browser).await? {
        return Err("in a right-to-left page the quick exit mirrors to the left".into());
    }
    fits_without_scrolling_sideways(browser, "welcome").await?;
    click(browser, ".intro button.start").await?;
    wait_for(browser, ".intake").await?;
    fits_without_scrolling_sideways(browser, "questions").await?;
    // Focus moved into the new screen, since the button pressed is gone.
    wait_until(browser, "focus on the heading", "return document.activeElement?.tagName === 'H1'").await?;
    click(browser, ".intake button.skip").await?;
    // Said at once: nobody for Persian, when someone comes, English now, the phone line.
    wait_for(browser, ".no-counsellor").await?;
    fits_without_scrolling_sideways(browser, "waiting").await?;
    wait_for(browser, ".no-counsellor .next-on-duty").await?;
    let phone = script(browser, "return document.querySelector('.no-counsellor a.call').getAttribute('href')").await?;
    if phone != json!("tel:116111") {
        return Err(format!("the phone link is {phone}"));
    }
    wait_for(browser, ".other-languages button").await?;
    // The language on offer is named in Persian (the browser's Intl), not as "English"
    // glued into a Persian sentence.
    wait_for_text(browser, ".other-languages button", "گفتگو به زبان انگلیسی").await?;
    snap(browser, "child-waiting-fa").await?;
    bashir
        .expect_none("an offer for a Persian child", std::time::Duration::from_millis(500), |frame| {
            frame["type"] == "offer"
        })
        .await;

    // The offer to leave a message pushes the message box, where focus is, further down:
    // bring the button to the middle as a person scrolling would (chromedriver scrolls it
    // to the top edge, under the sticky top bar).
    script(browser, "document.querySelector('.other-languages button').scrollIntoView({block: 'center'});").await?;
    click(browser, ".other-languages button").await?;
    let offer = bashir.expect_type("offer").await;
    if offer["language"] != "en" {
        return Err(format!("expected an English offer, got {offer}"));
    }
    let conversation = offer["conversation_id"].clone();
    bashir.request(json!({"type": "accept", "conversation_id": conversation})).await;
    wait_for_text(browser, ".counsellor-name bdi", "Bashir").await?;
    bashir
        .request(
            json!({"type": "send", "conversation_id": conversation, "text": "Hello, I speak English. Is that OK?"}),
        )
        .await;
    wait_for_text(browser, ".line.counsellor .text", "Hello, I speak English. Is that OK?").await?;
    fits_without_scrolling_sideways(browser, "chatting").await?;
    type_into(browser, "#message-input", "yes, a little").await?;
    click(browser, "button.send").await?;
    bashir.expect("the child's message", |frame| text_of(frame) == Some("yes, a little")).await;
    snap(browser, "child-chatting-fa").await?;
    click(browser, "button.end").await?;
    wait_for(browser, ".ended .rating").await?;
    fits_without_scrolling_sideways(browser, "ended").await?;
    snap(browser, "child-ended-fa").await?;
    only_own_origin(browser).await
}

#[tokio::test]
async fn the_quick_exit_leaves_no_way_back_and_no_trace() {
    let scratch = Scratch::new();
    let server = scratch.start(&["--quick-exit-url", "/healthz", "--abandon-after-secs", "1"]).await;
    drive(&server, "en", "child-quick-exit", |browser, server| Box::pin(quick_exit(browser, server))).await;
}

async fn quick_exit(browser: &fantoccini::Client, server: &Server) -> Result<(), String> {
    // Somewhere neutral first, so that Back has somewhere to go.
    browser.goto(&server.url("/readyz")).await.map_err(|error| format!("goto: {error}"))?;
    browser.goto(&server.url("/")).await.map_err(|error| format!("goto: {error}"))?;
    click(browser, ".intro button.start").await?;
    click(browser, ".intake button.skip").await?;
    wait_for(browser, ".queue-position").await?;
    wait_until(browser, "a resume token", "return sessionStorage.length > 0").await?;

    // Escape, from anywhere on the page.
    type_into(browser, "#message-input", "\u{E00C}").await?;
    wait_until(browser, "the neutral page", "return location.pathname === '/healthz'").await?;
    if script(browser, "return sessionStorage.length").await? != json!(0) {
        return Err("session storage was not cleared".into());
    }
    browser.back().await.map_err(|error| format!("back: {error}"))?;
    wait_until(browser, "Back goes to the page before the chat", "return location.pathname === '/readyz'").await?;

    // The socket closed with the exit: the server takes the child out of the queue once
    // the (here, one-second) grace period passes.
    let pool = support::open_database(&server.database).await;
    let deadline = tokio::time::Instant::now() + support::WAIT;
    loop {
        let states: Vec<(String, Option<String>)> = sqlx::query_as("SELECT state, ended_by FROM conversations")
            .fetch_all(&pool)
            .await
            .map_err(|error| format!("query: {error}"))?;
        if states == [("ended".to_owned(), Some("system".to_owned()))] {
            return Ok(());
        }
        if tokio::time::Instant::now() > deadline {
            return Err(format!("the conversation stayed {states:?}"));
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
}

#[tokio::test]
async fn the_page_reconnects_after_the_server_goes_away_and_loses_nothing() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "en", 3);
    let server = scratch.start(&[]).await;
    drive_with(&server, "en", "child-reconnect", &scratch, |browser, server, scratch| {
        Box::pin(reconnects(browser, server, scratch))
    })
    .await;
}

async fn reconnects(browser: &fantoccini::Client, server: &Server, scratch: &Scratch) -> Result<(), String> {
    let (mut amira, _) = available_counsellor(server, "amira").await;
    browser.goto(&server.url("/")).await.map_err(|error| format!("goto: {error}"))?;
    click(browser, ".intro button.start").await?;
    click(browser, ".intake button.skip").await?;
    let offer = amira.expect_type("offer").await;
    let conversation = offer["conversation_id"].clone();
    amira.request(json!({"type": "accept", "conversation_id": conversation})).await;
    wait_for_text(browser, ".counsellor-name bdi", "Amira").await?;

    // The server dies (SIGKILL). The page says it is reconnecting; what the child writes
    // meanwhile waits on the device.
    let pid = server.pid().ok_or("no server pid")?;
    let _ = std::process::Command::new("kill").args(["-KILL", &pid.to_string()]).status();
    wait_until(
        browser,
        "the reconnecting notice",
        "return !document.querySelector('.connection').classList.contains('hidden')",
    )
    .await?;
    snap(browser, "child-reconnecting-en").await?;
    type_into(browser, "#message-input", "are you still there?").await?;
    click(browser, "button.send").await?;
    wait_for_text(browser, ".line.own .status", "Sending…").await?;

    // Back on the same address: the page resumes by itself and sends what waited.
    let restarted = scratch.start_at(&server.addr.to_string(), &[]).await;
    let (mut amira, _) = available_counsellor(&restarted, "amira").await;
    wait_until(browser, "the notice gone", "return document.querySelector('.connection').classList.contains('hidden')")
        .await?;
    wait_for_text(browser, ".line.own .status", "Delivered").await?;
    // Live, or in the page that answers the sync, whichever comes first.
    amira.send(json!({"type": "sync", "id": "catch-up", "conversation_id": conversation, "after_seq": 0})).await;
    amira
        .expect_message("the message written while the server was down", |message| {
            text_of(message) == Some("are you still there?")
        })
        .await;
    amira.request(json!({"type": "send", "conversation_id": conversation, "text": "Yes, I am here."})).await;
    wait_for_text(browser, ".line.counsellor .text", "Yes, I am here.").await?;
    Ok(())
}
