//! The child's page before the app runs, without it, and at any text size: what the
//! server sends is a complete page (the welcome, what to do in danger, the phone line,
//! the languages as links, the quick exit as a link), the app takes it over without
//! moving the top bar, and with 200 % text on a 320 px phone nothing in the top bar
//! overlaps or is cut off, in every language.

mod support;

use std::path::Path;
use std::sync::Mutex;

use serde_json::{json, Value};

use support::browser::{click, drive, drive_with, script, snap, wait_for, wait_until};
use support::{child_message, repo_root, Scratch, Server};

/// Every locale the page offers.
fn locale_codes() -> Vec<String> {
    let mut codes: Vec<String> = std::fs::read_dir(repo_root().join("locales"))
        .expect("locales")
        .filter_map(|entry| entry.ok())
        .filter(|entry| entry.path().join("child.ftl").exists())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    codes.sort();
    codes
}

/// A web directory with the stylesheet and `boot.js` but not the app: what a phone
/// sees while the module downloads, or when it is blocked or cannot run.
fn web_dir_without_the_app(into: &Path) -> std::path::PathBuf {
    let dir = into.join("web-without-app");
    std::fs::create_dir_all(&dir).expect("web dir");
    for file in ["app.css", "boot.js"] {
        std::fs::copy(repo_root().join("web/dist").join(file), dir.join(file)).expect("run ./x web first");
    }
    dir
}

/// Where the two controls of the top bar are, as `[left, top, width, height]` each.
const TOP_BAR_RECTS: &str = "
    const rect = (selector) => {
      const box = document.querySelector(selector).getBoundingClientRect();
      return [box.left, box.top, box.width, box.height];
    };
    return [rect('#language summary'), rect('#quick-exit')];";

#[tokio::test]
async fn without_the_app_the_page_still_helps_and_the_top_bar_does_not_move_when_it_starts() {
    let scratch = Scratch::new();
    let bare = web_dir_without_the_app(scratch.dir.path());
    let server = scratch
        .start(&[
            "--web-dir",
            &bare.display().to_string(),
            "--quick-exit-url",
            "/healthz",
            "--helpline-phone",
            "116 111",
        ])
        .await;
    let rects = Mutex::new(Value::Null);
    drive_with(&server, "fa", "child-page-without-app", &rects, |browser, server, rects| {
        Box::pin(without_the_app(browser, server, rects))
    })
    .await;
    drop(server);

    let with_app = Scratch::new();
    let server = with_app.start(&[]).await;
    drive_with(&server, "fa", "child-page-with-app", &rects, |browser, server, rects| {
        Box::pin(async move {
            browser.goto(&server.url("/")).await.map_err(|error| format!("goto: {error}"))?;
            wait_for(browser, ".intro button.start").await?;
            let after = script(browser, TOP_BAR_RECTS).await?;
            let before = rects.lock().map_err(|_| "poisoned")?.clone();
            if after != before {
                return Err(format!("the top bar moved when the app started: {before} then {after}"));
            }
            // With the app, a language link switches in place (no reload: the marker
            // stays), and the bar's words and the tab's title follow.
            script(browser, "window.stillThisPage = true; return true").await?;
            click(browser, "#language summary").await?;
            click(browser, "#language a[hreflang='uk']").await?;
            wait_until(browser, "the page in Ukrainian", "return document.documentElement.lang === 'uk'").await?;
            let state = script(
                browser,
                "return [window.stillThisPage === true, document.title,
                         document.querySelector('#quick-exit').textContent,
                         document.querySelector('#language .current').textContent,
                         document.querySelector('#language a[aria-current]').hreflang];",
            )
            .await?;
            let expected = json!([
                true,
                child_message("uk", "page-title-neutral"),
                child_message("uk", "quick-exit-button"),
                "Українська",
                "uk"
            ]);
            if state != expected {
                return Err(format!("after switching in place: {state}, expected {expected}"));
            }
            Ok(())
        })
    })
    .await;
}

async fn without_the_app(browser: &fantoccini::Client, server: &Server, rects: &Mutex<Value>) -> Result<(), String> {
    browser.goto(&server.url("/")).await.map_err(|error| format!("goto: {error}"))?;
    let heading = script(browser, "return document.querySelector('.intro h1').textContent").await?;
    if heading != json!(child_message("fa", "intro-heading")) {
        return Err(format!("the welcome is not in Persian: {heading}"));
    }
    for selector in [".danger a[href='tel:112']", ".phone a[href='tel:116111']", ".intro .loading"] {
        if script(browser, &format!("return !!document.querySelector(\"{selector}\")")).await? != json!(true) {
            return Err(format!("no {selector} without the app"));
        }
    }
    let languages = script(browser, "return document.querySelectorAll('#language a[hreflang]').length").await?;
    if languages != json!(locale_codes().len()) {
        return Err(format!("{languages} language links"));
    }
    *rects.lock().map_err(|_| "poisoned")? = script(browser, TOP_BAR_RECTS).await?;
    snap(browser, "child-page-without-app-fa").await?;

    // A plain link changes the language; the choice holds on a reload.
    click(browser, "#language summary").await?;
    click(browser, "#language a[hreflang='uk']").await?;
    wait_until(browser, "the page in Ukrainian", "return document.documentElement.lang === 'uk'").await?;
    browser.goto(&server.url("/")).await.map_err(|error| format!("goto: {error}"))?;
    let language = script(browser, "return document.documentElement.lang").await?;
    if language != json!("uk") {
        return Err(format!("a reload forgot the chosen language: {language}"));
    }

    // The quick exit works without the app, and forgets the language too.
    click(browser, "#quick-exit").await?;
    wait_until(browser, "the neutral page", "return location.pathname === '/healthz'").await?;
    let cookies = script(browser, "return document.cookie").await?;
    if cookies.as_str().is_some_and(|cookies| cookies.contains("bl_lang")) {
        return Err(format!("the quick exit left the language cookie: {cookies}"));
    }
    Ok(())
}

#[tokio::test]
async fn every_language_fits_a_320_px_phone_at_200_percent_text() {
    let scratch = Scratch::new();
    let server = scratch.start(&[]).await;
    drive(&server, "en", "child-page-large-text", |browser, server| Box::pin(large_text(browser, server))).await;
}

/// Checks the top bar and the start button at the current text size: no overlap,
/// inside the window, every target at least 44 × 44 px, nothing scrolls sideways.
const LAYOUT_PROBLEMS: &str = "
    const problems = [];
    const width = document.documentElement.clientWidth;
    const boxes = {};
    for (const [name, selector] of [['language', '#language summary'], ['exit', '#quick-exit'],
                                    ['start', '.intro button.start']]) {
      const box = document.querySelector(selector).getBoundingClientRect();
      boxes[name] = box;
      if (box.left < 0 || box.right > width + 0.5) problems.push(`${name} cut off: ${box.left}..${box.right} of ${width}`);
      if (box.width < 44 || box.height < 44) problems.push(`${name} is ${box.width}x${box.height}`);
    }
    const a = boxes.language, b = boxes.exit;
    if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) problems.push('language and exit overlap');
    if (document.documentElement.scrollWidth > width) {
      const wide = [...document.querySelectorAll('body *')].filter((element) => element.getBoundingClientRect().right > width + 0.5 || element.scrollWidth > element.clientWidth + 1)
        .map((element) => element.tagName + '.' + element.className + ' ' + (element.textContent || '').slice(0, 30));
      problems.push(`the page scrolls sideways (${document.documentElement.scrollWidth}): ${wide.slice(0, 3).join(' | ')}`);
    }
    return problems;";

async fn large_text(browser: &fantoccini::Client, server: &Server) -> Result<(), String> {
    browser.set_window_size(320, 720).await.map_err(|error| format!("window: {error}"))?;
    let mut failures = Vec::new();
    for code in locale_codes() {
        browser.goto(&server.url(&format!("/?lang={code}"))).await.map_err(|error| format!("goto: {error}"))?;
        wait_for(browser, ".intro button.start").await?;
        let width = script(browser, "return window.innerWidth").await?;
        if width != json!(320) {
            return Err(format!("the window is {width} px wide, not 320"));
        }
        script(browser, "document.documentElement.style.fontSize = '200%'; return true").await?;
        let problems = script(browser, LAYOUT_PROBLEMS).await?;
        if problems != json!([]) {
            failures.push(format!("{code}: {problems}"));
        }
        if ["am", "ar", "bn", "ur", "ti", "uk"].contains(&code.as_str()) {
            snap(browser, &format!("child-320px-200pct-{code}")).await?;
        }
        // The open language list stays inside the window too.
        click(browser, "#language summary").await?;
        let list = script(
            browser,
            "const box = document.querySelector('.language-list').getBoundingClientRect();
             return box.left >= 0 && box.right <= document.documentElement.clientWidth + 0.5;",
        )
        .await?;
        if list != json!(true) {
            failures.push(format!("{code}: the language list sticks out of the window"));
        }
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(failures.join("\n"))
    }
}

/// A Chromium-only WebDriver command (`POST /session/{id}/{path}`): network
/// conditions and DevTools calls, which the W3C protocol does not have.
#[derive(Debug)]
struct ChromiumCommand {
    path: &'static str,
    body: Value,
}

impl fantoccini::wd::WebDriverCompatibleCommand for ChromiumCommand {
    fn endpoint(&self, base_url: &url::Url, session_id: Option<&str>) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!("session/{}/{}", session_id.unwrap_or_default(), self.path))
    }

    fn method_and_body(&self, _: &url::Url) -> (axum::http::Method, Option<String>) {
        (axum::http::Method::POST, Some(self.body.to_string()))
    }
}

/// The slow phone on a slow connection the budget is for: 400 ms round trips,
/// 400 kbit/s each way (WebPageTest's "3G Slow"), and a CPU four times slower.
async fn throttle(browser: &fantoccini::Client) -> Result<(), String> {
    let network = json!({"network_conditions": {
        "offline": false, "latency": 400, "download_throughput": 50_000, "upload_throughput": 50_000,
    }});
    browser
        .issue_cmd(ChromiumCommand { path: "chromium/network_conditions", body: network })
        .await
        .map_err(|error| format!("network conditions: {error}"))?;
    let cpu = json!({"cmd": "Emulation.setCPUThrottlingRate", "params": {"rate": 4}});
    browser
        .issue_cmd(ChromiumCommand { path: "goog/cdp/execute", body: cpu })
        .await
        .map_err(|error| format!("CPU throttling: {error}"))?;
    Ok(())
}

/// `./x sizes` prints these figures: on a slow 3G connection and a slow CPU, when the
/// heaviest locale's page first shows something useful (the welcome, 112, the phone
/// line: the first contentful paint, since the server sends them first), and when the
/// start button works (the app has mounted). Figures, not a timed pass/fail: the test
/// fails only if the page never becomes usable.
#[tokio::test]
async fn on_slow_3g_the_page_is_useful_first_and_usable_later() {
    let scratch = Scratch::new();
    let server = scratch.start(&[]).await;
    drive(&server, "uk", "child-page-slow-3g", |browser, server| Box::pin(slow_3g(browser, server))).await;
}

async fn slow_3g(browser: &fantoccini::Client, server: &Server) -> Result<(), String> {
    throttle(browser).await?;
    browser.goto(&server.url("/?lang=uk")).await.map_err(|error| format!("goto: {error}"))?;
    wait_for(browser, ".intro button.start").await?;
    wait_until(browser, "the app's mark", "return performance.getEntriesByName('bridgeline-app-ready').length > 0")
        .await?;
    let figures = script(
        browser,
        "const paint = performance.getEntriesByName('first-contentful-paint')[0];
         const ready = performance.getEntriesByName('bridgeline-app-ready')[0];
         return [paint ? Math.round(paint.startTime) : null, Math.round(ready.startTime)];",
    )
    .await?;
    let (Some(paint), Some(ready)) = (figures[0].as_u64(), figures[1].as_u64()) else {
        return Err(format!("no paint or ready mark: {figures}"));
    };
    println!(
        "child page (uk), slow 3G (400 ms RTT, 400 kbit/s) and CPU 4x slower: \
         first useful paint {paint} ms (goal 1500 ms), start button usable {ready} ms"
    );
    Ok(())
}
