//! A real browser: headless Chromium, with Arabic as its language, loads the child
//! page, the page is Arabic and right to left from the first byte, the child sends a
//! message, a counsellor (a test WebSocket client) replies, and the page shows it.

mod support;

use std::net::TcpListener;
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::{ClientBuilder, Locator};
use serde_json::json;
use std::future::Future;
use std::pin::Pin;

use support::{available_counsellor, repo_root, text_of, Client, Scratch, Server, PASSWORD, WAIT};

/// chromedriver and every Chromium it starts, in their own process group, killed
/// together on drop, on the error path too: an orphaned Chromium would hold the test's
/// output open and hang the run.
struct Driver {
    process: Child,
    port: u16,
    _profile: tempfile::TempDir,
}

impl Driver {
    fn start() -> Driver {
        let port =
            TcpListener::bind("127.0.0.1:0").and_then(|listener| listener.local_addr()).expect("free port").port();
        let process = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .expect("chromedriver is installed (./x test installs it)");
        Driver { process, port, _profile: tempfile::tempdir().expect("profile dir") }
    }

    async fn ready(&self) {
        let deadline = tokio::time::Instant::now() + WAIT;
        while tokio::net::TcpStream::connect(("127.0.0.1", self.port)).await.is_err() {
            assert!(tokio::time::Instant::now() < deadline, "chromedriver did not start");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let group = self.process.id();
        let _ = Command::new("kill").args(["-KILL", "--", &format!("-{group}")]).status();
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

fn capabilities(profile: &std::path::Path, language: &str) -> serde_json::Map<String, serde_json::Value> {
    let options = json!({
        "binary": "/usr/bin/chromium",
        "args": [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-first-run", "--window-size=420,860",
            format!("--lang={language}"), format!("--accept-lang={language}"),
            format!("--user-data-dir={}", profile.display()),
        ],
        "prefs": { "intl.accept_languages": language },
    });
    let mut capabilities = serde_json::Map::new();
    capabilities.insert("browserName".into(), json!("chrome"));
    capabilities.insert("goog:chromeOptions".into(), options);
    capabilities
}

type Scenario =
    for<'a> fn(&'a fantoccini::Client, &'a Server) -> Pin<Box<dyn Future<Output = Result<(), String>> + 'a>>;

/// Opens Chromium in `language`, runs `scenario` (bounded to 60 s), saves a
/// screenshot as `target/screenshots/{name}.png`, and always closes the browser and
/// chromedriver before reporting a failure.
async fn drive(server: &Server, language: &str, name: &str, scenario: Scenario) {
    let driver = Driver::start();
    driver.ready().await;
    let mut builder = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new());
    builder.capabilities(capabilities(driver._profile.path(), language));
    let session =
        tokio::time::timeout(Duration::from_secs(30), builder.connect(&format!("http://127.0.0.1:{}", driver.port)))
            .await;
    let browser = match session {
        Ok(Ok(browser)) => browser,
        Ok(Err(error)) => panic!("no Chromium session: {error}"),
        Err(_) => panic!("no Chromium session within 30 s"),
    };
    let outcome = match tokio::time::timeout(Duration::from_secs(60), scenario(&browser, server)).await {
        Ok(outcome) => outcome,
        Err(_) => Err("the browser test did not finish within 60 s".to_owned()),
    };
    let screenshot = tokio::time::timeout(WAIT, browser.screenshot()).await;
    let _ = tokio::time::timeout(WAIT, browser.close()).await;
    drop(driver);
    if let Ok(Ok(png)) = screenshot {
        let dir = repo_root().join("target/screenshots");
        let _ = std::fs::create_dir_all(&dir);
        let _ = std::fs::write(dir.join(format!("{name}.png")), png);
    }
    if let Err(failure) = outcome {
        panic!("{failure}\n--- server log ---\n{}", server.logs());
    }
}

#[tokio::test]
async fn an_arabic_browser_chats_right_to_left_with_a_counsellor() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "ar,en", 3);
    let server = scratch.start(&[]).await;
    drive(&server, "ar", "child-chat-ar", |browser, server| Box::pin(run_chat(browser, server))).await;
}

#[tokio::test]
async fn a_counsellor_signs_in_accepts_and_replies_in_the_console() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "ar,en", 3);
    let server = scratch.start(&[]).await;
    drive(&server, "en", "console-en", |browser, server| Box::pin(run_console(browser, server))).await;
}

async fn run_console(browser: &fantoccini::Client, server: &Server) -> Result<(), String> {
    browser.goto(&server.url("/counsellor")).await.map_err(|error| format!("goto: {error}"))?;
    type_into(browser, "#username", "amira").await?;
    type_into(browser, "#password", PASSWORD).await?;
    click(browser, ".sign-in button[type=submit]").await?;
    click(browser, ".statuses button:first-child").await?;
    wait_for_text(browser, ".statuses button[aria-pressed=true]", "Available").await?;

    let mut child = Client::child(server).await;
    child.request(json!({"type": "start", "language": "en"})).await;
    child.request(json!({"type": "send", "text": "is anyone there?"})).await;
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
    Ok(())
}

async fn type_into(browser: &fantoccini::Client, selector: &str, text: &str) -> Result<(), String> {
    wait_for(browser, selector).await?.send_keys(text).await.map_err(|error| format!("type into {selector}: {error}"))
}

async fn click(browser: &fantoccini::Client, selector: &str) -> Result<(), String> {
    wait_for(browser, selector).await?.click().await.map_err(|error| format!("click {selector}: {error}"))
}

/// Waits until some element matching `selector` has exactly `text` (Fluent's Unicode
/// isolation marks around placeables aside).
async fn wait_for_text(browser: &fantoccini::Client, selector: &str, text: &str) -> Result<(), String> {
    let deadline = tokio::time::Instant::now() + WAIT;
    let script = "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.textContent.replace(/[\\u2068\\u2069]/g, '').trim());";
    loop {
        let texts =
            browser.execute(script, vec![json!(selector)]).await.map_err(|error| format!("execute: {error}"))?;
        if texts.as_array().is_some_and(|texts| texts.iter().any(|found| found == text)) {
            return Ok(());
        }
        if tokio::time::Instant::now() > deadline {
            return Err(format!("{text:?} never showed in {selector}; found {texts}"));
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn run_chat(browser: &fantoccini::Client, server: &Server) -> Result<(), String> {
    browser.goto(&server.url("/")).await.map_err(|error| format!("goto: {error}"))?;
    let html = browser
        .execute("return [document.documentElement.lang, document.documentElement.dir];", vec![])
        .await
        .map_err(|error| format!("execute: {error}"))?;
    if html != json!(["ar", "rtl"]) {
        return Err(format!("expected <html lang=ar dir=rtl>, got {html}"));
    }
    let start = wait_for(browser, "button.start").await?;
    start.click().await.map_err(|error| format!("click start: {error}"))?;
    wait_for(browser, ".queue-position").await?;

    let (mut amira, _) = available_counsellor(server, "amira").await;
    let offer = amira.expect_type("offer").await;
    assert_eq!(offer["language"], "ar");
    amira.request(json!({"type": "accept", "conversation_id": offer["conversation_id"]})).await;
    let conversation = offer["conversation_id"].clone();

    let input = wait_for(browser, "#message-input").await?;
    input.send_keys("مرحبا من المتصفح").await.map_err(|error| format!("type: {error}"))?;
    wait_for(browser, "button.send").await?.click().await.map_err(|error| format!("click send: {error}"))?;
    amira.expect("the browser's message", |frame| text_of(frame) == Some("مرحبا من المتصفح")).await;

    amira.request(json!({"type": "send", "conversation_id": conversation, "text": "أهلاً بك، أنا أميرة"})).await;
    wait_for_text(browser, ".line.counsellor .text", "أهلاً بك، أنا أميرة").await?;
    let delivered = browser
        .execute("return document.querySelector('.line.own .status').textContent;", vec![])
        .await
        .map_err(|error| format!("execute: {error}"))?;
    if delivered.as_str().is_none_or(str::is_empty) {
        return Err("the child's message shows no delivery state".into());
    }
    Ok(())
}

async fn wait_for(browser: &fantoccini::Client, selector: &str) -> Result<fantoccini::elements::Element, String> {
    tokio::time::timeout(WAIT, browser.wait().for_element(Locator::Css(selector)))
        .await
        .map_err(|_| format!("{selector} did not appear within {WAIT:?}"))?
        .map_err(|error| format!("{selector}: {error}"))
}
