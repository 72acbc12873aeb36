//! Headless Chromium for the browser tests: chromedriver in its own process group,
//! a bounded scenario, screenshots, and small helpers to find, click and read.

use std::net::TcpListener;
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::{ClientBuilder, Locator};
use serde_json::json;
use std::future::Future;
use std::pin::Pin;

use super::{repo_root, second_factor, Client, Server, WAIT};

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

pub type Scenario =
    for<'a> fn(&'a fantoccini::Client, &'a Server) -> Pin<Box<dyn Future<Output = Result<(), String>> + 'a>>;

/// A scenario that also needs something of the test's (e.g. its scratch, to restart).
pub type ScenarioWith<C> =
    for<'a> fn(&'a fantoccini::Client, &'a Server, &'a C) -> Pin<Box<dyn Future<Output = Result<(), String>> + 'a>>;

/// Opens Chromium in `language`, runs `scenario` (bounded to 60 s), saves a
/// screenshot as `target/screenshots/{name}.png`, and always closes the browser and
/// chromedriver before reporting a failure.
pub async fn drive(server: &Server, language: &str, name: &str, scenario: Scenario) {
    drive_with(server, language, name, &scenario, |browser, server, scenario| scenario(browser, server)).await
}

/// [`drive`], with `context` handed to the scenario.
pub async fn drive_with<C>(server: &Server, language: &str, name: &str, context: &C, scenario: ScenarioWith<C>) {
    drive_with_for(Duration::from_secs(60), server, language, name, context, scenario).await
}

/// [`drive_with`], bounded to `limit` instead of 60 s (for a scenario that reads a
/// very long chat).
pub async fn drive_with_for<C>(
    limit: Duration,
    server: &Server,
    language: &str,
    name: &str,
    context: &C,
    scenario: ScenarioWith<C>,
) {
    let (driver, browser) = open_browser(language).await;
    let outcome = match tokio::time::timeout(limit, scenario(&browser, server, context)).await {
        Ok(outcome) => outcome,
        Err(_) => Err(format!("the browser test did not finish within {limit:?}")),
    };
    close_browser(driver, browser, name).await;
    if let Err(failure) = outcome {
        panic!("{failure}\n--- server log ---\n{}", server.logs());
    }
}

/// A scenario with two people, each in their own browser (own profile, own sign-in).
pub type ScenarioTwo = for<'a> fn(
    &'a fantoccini::Client,
    &'a fantoccini::Client,
    &'a Server,
) -> Pin<Box<dyn Future<Output = Result<(), String>> + 'a>>;

/// [`drive`] with two browsers, both in `language`, bounded to 90 s together; the
/// screenshots are `{name}-1.png` and `{name}-2.png`.
pub async fn drive_two(server: &Server, language: &str, name: &str, scenario: ScenarioTwo) {
    drive_two_with(server, language, name, &scenario, &[], |first, second, server, scenario| {
        scenario(first, second, server)
    })
    .await
}

/// A scenario with two browsers that also needs something of the test's (e.g. a
/// second server: two partner helplines, each with its staff in their own browser).
pub type ScenarioTwoWith<C> = for<'a> fn(
    &'a fantoccini::Client,
    &'a fantoccini::Client,
    &'a Server,
    &'a C,
) -> Pin<Box<dyn Future<Output = Result<(), String>> + 'a>>;

/// [`drive_two`], with `context` handed to the scenario; a failure prints the logs of
/// `server` and of every server in `also_logs`.
pub async fn drive_two_with<C>(
    server: &Server,
    language: &str,
    name: &str,
    context: &C,
    also_logs: &[&Server],
    scenario: ScenarioTwoWith<C>,
) {
    let (first_driver, first) = open_browser(language).await;
    let (second_driver, second) = open_browser(language).await;
    let outcome = match tokio::time::timeout(Duration::from_secs(90), scenario(&first, &second, server, context)).await
    {
        Ok(outcome) => outcome,
        Err(_) => Err("the browser test did not finish within 90 s".to_owned()),
    };
    close_browser(first_driver, first, &format!("{name}-1")).await;
    close_browser(second_driver, second, &format!("{name}-2")).await;
    if let Err(failure) = outcome {
        let others: String =
            also_logs.iter().map(|other| format!("\n--- other server's log ---\n{}", other.logs())).collect();
        panic!("{failure}\n--- server log ---\n{}{others}", server.logs());
    }
}

async fn open_browser(language: &str) -> (Driver, fantoccini::Client) {
    let driver = Driver::start();
    driver.ready().await;
    let mut builder = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new());
    builder.capabilities(capabilities(driver._profile.path(), language));
    let session =
        tokio::time::timeout(Duration::from_secs(30), builder.connect(&format!("http://127.0.0.1:{}", driver.port)))
            .await;
    match session {
        Ok(Ok(browser)) => (driver, browser),
        Ok(Err(error)) => panic!("no Chromium session: {error}"),
        Err(_) => panic!("no Chromium session within 30 s"),
    }
}

/// Saves a last screenshot, then closes the browser and its chromedriver.
async fn close_browser(driver: Driver, browser: fantoccini::Client, name: &str) {
    let screenshot = tokio::time::timeout(WAIT, browser.screenshot()).await;
    let _ = tokio::time::timeout(WAIT, browser.close()).await;
    drop(driver);
    if let Ok(Ok(png)) = screenshot {
        let dir = repo_root().join("target/screenshots");
        let _ = std::fs::create_dir_all(&dir);
        let _ = std::fs::write(dir.join(format!("{name}.png")), png);
    }
}

/// Opens `url` in a new tab and switches to it; returns the tab it came from.
/// The child page at `url` starts a chat, the intake skipped, and `counsellor` (on
/// duty) accepts it; returns the conversation id once the page shows who joined.
pub async fn child_in_chat(
    browser: &fantoccini::Client,
    url: &str,
    counsellor: &mut Client,
) -> Result<serde_json::Value, String> {
    browser.goto(url).await.map_err(|error| format!("goto: {error}"))?;
    click(browser, ".intro button.start").await?;
    click(browser, ".intake button.skip").await?;
    let offer = counsellor.expect_type("offer").await;
    let conversation = offer["conversation_id"].clone();
    counsellor.request(json!({"type": "accept", "conversation_id": conversation})).await;
    wait_for(browser, ".counsellor-name").await?;
    Ok(conversation)
}

pub async fn open_tab(browser: &fantoccini::Client, url: &str) -> Result<fantoccini::wd::WindowHandle, String> {
    let previous = browser.window().await.map_err(|error| format!("current tab: {error}"))?;
    let tab = browser.new_window(true).await.map_err(|error| format!("new tab: {error}"))?;
    browser.switch_to_window(tab.handle).await.map_err(|error| format!("switch tab: {error}"))?;
    browser.goto(url).await.map_err(|error| format!("goto {url}: {error}"))?;
    Ok(previous)
}

/// Switches to another tab of the same browser.
pub async fn switch_tab(browser: &fantoccini::Client, tab: &fantoccini::wd::WindowHandle) -> Result<(), String> {
    browser.switch_to_window(tab.clone()).await.map_err(|error| format!("switch tab: {error}"))
}

/// Signs in on the console as `username` (the test password) and waits for the desk.
/// A second factor is entered with a real code, and enrolled first when the account
/// has none yet (as its owner would: the key read from the page, the recovery codes
/// kept).
pub async fn sign_in_console(browser: &fantoccini::Client, server: &Server, username: &str) -> Result<(), String> {
    sign_in_console_at(browser, server, &server.url(""), username).await
}

/// [`sign_in_console`] on the console served at `base` (a balancer in front of
/// `server`, say).
pub async fn sign_in_console_at(
    browser: &fantoccini::Client,
    server: &Server,
    base: &str,
    username: &str,
) -> Result<(), String> {
    browser.goto(&format!("{base}/counsellor")).await.map_err(|error| format!("goto: {error}"))?;
    type_into(browser, "#username", username).await?;
    type_into(browser, "#password", super::PASSWORD).await?;
    click(browser, ".sign-in button[type=submit]").await?;
    wait_until(
        browser,
        "the desk, or the second step of the sign-in",
        "return document.querySelector('.staff-bar, #second-factor-code, .enrol-secret') !== null",
    )
    .await?;
    if present(browser, "#second-factor-code").await? {
        let code = second_factor::next_code(&server.database, username).await;
        type_into(browser, "#second-factor-code", &code).await?;
        click(browser, ".second-factor button[type=submit]").await?;
    } else if present(browser, ".enrol-secret").await? {
        enrol_in_console(browser, server, username).await?;
    }
    wait_for(browser, ".staff-bar").await?;
    wait_until(
        browser,
        "the console's socket ready",
        "return document.querySelector('.who strong')?.textContent.length > 0",
    )
    .await
}

/// On the console's enrolment step: reads the key shown beside the QR code, confirms
/// it with a code computed from it, keeps the recovery codes, and goes on to the desk.
pub async fn enrol_in_console(browser: &fantoccini::Client, server: &Server, username: &str) -> Result<(), String> {
    let shown = wait_for(browser, ".enrol-secret").await?.text().await.map_err(|error| format!("key: {error}"))?;
    let secret = second_factor::decode_secret(&shown);
    let step = second_factor::usable_step(None).await;
    type_into(browser, "#enrol-code", &second_factor::code(&secret, step)).await?;
    click(browser, ".enrol button[type=submit]").await?;
    wait_for(browser, ".recovery-codes li").await?;
    let codes = script(
        browser,
        "return Array.from(document.querySelectorAll('.recovery-codes li')).map(e => e.textContent.trim());",
    )
    .await?;
    let recovery_codes: Vec<String> =
        codes.as_array().into_iter().flatten().filter_map(|code| code.as_str().map(str::to_owned)).collect();
    if recovery_codes.len() != 10 {
        return Err(format!("expected 10 recovery codes, found {codes}"));
    }
    second_factor::remember(
        &server.database,
        username,
        second_factor::Factor { secret, last_step: step, recovery_codes },
    );
    click(browser, ".recovery-done").await
}

/// Whether anything matches `selector` now.
pub async fn present(browser: &fantoccini::Client, selector: &str) -> Result<bool, String> {
    let found = script(browser, &format!("return document.querySelector({selector:?}) !== null;")).await?;
    found.as_bool().ok_or_else(|| format!("no answer for {selector}: {found}"))
}

/// Saves a screenshot of the page as it is now, as `target/screenshots/{name}.png`.
pub async fn snap(browser: &fantoccini::Client, name: &str) -> Result<(), String> {
    let png = browser.screenshot().await.map_err(|error| format!("screenshot {name}: {error}"))?;
    let dir = repo_root().join("target/screenshots");
    std::fs::create_dir_all(&dir).map_err(|error| format!("screenshot dir: {error}"))?;
    std::fs::write(dir.join(format!("{name}.png")), png).map_err(|error| format!("write {name}: {error}"))
}

/// Runs a script and returns its value.
pub async fn script(browser: &fantoccini::Client, code: &str) -> Result<serde_json::Value, String> {
    browser.execute(code, vec![]).await.map_err(|error| format!("execute {code}: {error}"))
}

/// Waits until `code` (a script returning a boolean) is true.
pub async fn wait_until(browser: &fantoccini::Client, what: &str, code: &str) -> Result<(), String> {
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        if script(browser, code).await? == json!(true) {
            return Ok(());
        }
        if tokio::time::Instant::now() > deadline {
            return Err(format!("{what}: never true within {WAIT:?} ({code})"));
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Picks `value` in the `<select>` matching `selector`, as a person would.
pub async fn choose(browser: &fantoccini::Client, selector: &str, value: &str) -> Result<(), String> {
    wait_for(browser, selector).await?;
    let code = format!(
        "const s = document.querySelector({selector:?}); s.value = {value:?}; s.dispatchEvent(new Event('change', {{bubbles: true}})); return s.value;"
    );
    let chosen = script(browser, &code).await?;
    if chosen != json!(value) {
        return Err(format!("{selector} has no option {value}"));
    }
    Ok(())
}

/// Empties a text field, then types into it.
pub async fn retype(browser: &fantoccini::Client, selector: &str, text: &str) -> Result<(), String> {
    let field = wait_for(browser, selector).await?;
    field.clear().await.map_err(|error| format!("clear {selector}: {error}"))?;
    field.send_keys(text).await.map_err(|error| format!("type into {selector}: {error}"))
}

pub async fn type_into(browser: &fantoccini::Client, selector: &str, text: &str) -> Result<(), String> {
    wait_for(browser, selector).await?.send_keys(text).await.map_err(|error| format!("type into {selector}: {error}"))
}

pub async fn click(browser: &fantoccini::Client, selector: &str) -> Result<(), String> {
    wait_for(browser, selector).await?.click().await.map_err(|error| format!("click {selector}: {error}"))
}

/// Waits until some element matching `selector` has exactly `text` (Fluent's Unicode
/// isolation marks around placeables aside).
pub async fn wait_for_text(browser: &fantoccini::Client, selector: &str, text: &str) -> Result<(), String> {
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

/// Waits until some element matching `selector` contains `text`, Fluent's isolation
/// marks (U+2068, U+2069) aside.
pub async fn wait_for_words(browser: &fantoccini::Client, selector: &str, text: &str) -> Result<(), String> {
    wait_until(
        browser,
        &format!("{text:?} in {selector}"),
        &format!(
            "return [...document.querySelectorAll({selector:?})].some((element) => \
             element.textContent.replace(/[\\u2068\\u2069]/g, '').includes({text:?}));"
        ),
    )
    .await
}

pub async fn wait_for(browser: &fantoccini::Client, selector: &str) -> Result<fantoccini::elements::Element, String> {
    tokio::time::timeout(WAIT, browser.wait().for_element(Locator::Css(selector)))
        .await
        .map_err(|_| format!("{selector} did not appear within {WAIT:?}"))?
        .map_err(|error| format!("{selector}: {error}"))
}

/// Presses Alt together with `key` (a real key press, through WebDriver actions).
pub async fn alt_key(browser: &fantoccini::Client, key: &str) -> Result<(), String> {
    use fantoccini::actions::{InputSource, KeyAction, KeyActions};
    use fantoccini::key::Key;
    let character = key.chars().next().ok_or("no key")?;
    let alt = char::from(Key::Alt);
    let keys = KeyActions::new("keyboard".to_owned())
        .then(KeyAction::Down { value: alt })
        .then(KeyAction::Down { value: character })
        .then(KeyAction::Up { value: character })
        .then(KeyAction::Up { value: alt });
    browser.perform_actions(keys).await.map_err(|error| format!("Alt+{key}: {error}"))?;
    Ok(())
}
