//! "A say afterwards" in a real browser (headless Chromium) against the real server: a
//! child ends the chat, answers the survey (one answer by keyboard, one taken back and
//! changed), sends it, and the coordinators' report counts it by week and language;
//! the counsellor is told nothing. In Arabic, right to left, on a 320 px phone with
//! 200 % text, the questions fit and a child who skips sends nothing.

mod support;

use std::time::Duration;

use serde_json::{json, Value};

use support::browser::{click, drive, script, snap, wait_for, wait_until};
use support::{available_counsellor, http, repo_root, sign_in, Client, Scratch, Server};

/// A message of a locale's `survey.ftl` as written there.
fn survey_message(locale: &str, id: &str) -> String {
    let text = std::fs::read_to_string(repo_root().join(format!("locales/{locale}/survey.ftl"))).expect("survey.ftl");
    let prefix = format!("{id} = ");
    text.lines().find_map(|line| line.strip_prefix(&prefix)).unwrap_or_else(|| panic!("{id} in {locale}")).to_owned()
}

/// The survey as a screen reader meets it: per question, its group's label (the
/// legend) and its buttons' `[text, type, aria-pressed]`.
const SURVEY_AS_READ: &str = "
    return [...document.querySelectorAll('.survey fieldset')].map((group) => [
      group.querySelector('legend').textContent.trim(),
      [...group.querySelectorAll('button')].map((button) =>
        [button.textContent.trim(), button.type, button.getAttribute('aria-pressed')]),
    ]);";

/// The page's element with focus, as `tag.class`.
const FOCUSED: &str = "return document.activeElement.tagName + '.' + document.activeElement.className;";

/// Starts the chat from the page (skipping the questions before it), has `counsellor`
/// take it, then the child or the counsellor ends it; returns the conversation id.
async fn chat_then_end(
    browser: &fantoccini::Client,
    counsellor: &mut Client,
    child_ends: bool,
) -> Result<Value, String> {
    click(browser, ".intro button.start").await?;
    click(browser, ".intake button.skip").await?;
    let offer = counsellor.expect_type("offer").await;
    let conversation = offer["conversation_id"].clone();
    counsellor.request(json!({"type": "accept", "conversation_id": conversation})).await;
    wait_for(browser, ".counsellor-name").await?;
    if child_ends {
        click(browser, "button.end").await?;
    } else {
        counsellor.request(json!({"type": "end", "conversation_id": conversation})).await;
    }
    wait_for(browser, ".ended .survey fieldset").await?;
    Ok(conversation)
}

/// Nothing about a survey reached the counsellor.
async fn counsellor_told_nothing(counsellor: &mut Client) {
    counsellor
        .expect_none("anything about the survey", Duration::from_millis(500), |frame| {
            let text = frame.to_string();
            text.contains("survey") || text.contains("listened") || text.contains("come_back")
        })
        .await;
}

#[tokio::test]
async fn a_child_ends_the_chat_answers_the_survey_and_the_report_counts_it() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "en", 2);
    scratch.add_staff("carla", "coordinator", "en", 1);
    let server = scratch.start(&[]).await;
    drive(&server, "en", "child-survey-en", |browser, server| Box::pin(answers_the_survey(browser, server))).await;
}

async fn answers_the_survey(browser: &fantoccini::Client, server: &Server) -> Result<(), String> {
    let (mut amira, _) = available_counsellor(server, "amira").await;
    browser.goto(&server.url("/")).await.map_err(|error| format!("goto: {error}"))?;
    chat_then_end(browser, &mut amira, true).await?;

    // Under the rating: a labelled section, a group per question, real buttons.
    let order = script(
        browser,
        "const rating = document.querySelector('.ended .rating'), survey = document.querySelector('.ended .survey');
         return [!!(rating.compareDocumentPosition(survey) & Node.DOCUMENT_POSITION_FOLLOWING),
                 document.getElementById(survey.getAttribute('aria-labelledby'))?.textContent.trim()];",
    )
    .await?;
    if order != json!([true, survey_message("en", "survey-heading")]) {
        return Err(format!("the survey should come under the rating, labelled by its heading: {order}"));
    }
    let buttons = |pressed: [&str; 3]| {
        let answers = ["survey-yes", "survey-not-sure", "survey-no"];
        Value::from(
            answers
                .iter()
                .zip(pressed)
                .map(|(id, pressed)| json!([survey_message("en", id), "button", pressed]))
                .collect::<Vec<_>>(),
        )
    };
    let questions = ["survey-listened", "survey-next-steps", "survey-come-back"].map(|id| survey_message("en", id));
    let expected = |pressed: [[&str; 3]; 3]| {
        Value::from(
            questions
                .iter()
                .zip(pressed)
                .map(|(question, pressed)| json!([question, buttons(pressed)]))
                .collect::<Vec<_>>(),
        )
    };
    let unpressed = ["false"; 3];
    let read = script(browser, SURVEY_AS_READ).await?;
    if read != expected([unpressed; 3]) {
        return Err(format!("the survey as read: {read}"));
    }
    snap(browser, "child-survey-questions-en").await?;

    // "Yes" to the first question from the keyboard (Enter on the focused button), and
    // focus stays on it; "not sure" to the second with a tap; on the third, "no" tapped
    // again is taken back, then "yes".
    let yes = wait_for(browser, ".survey fieldset:nth-of-type(1) button:nth-child(1)").await?;
    script(browser, "document.querySelector('.survey fieldset:nth-of-type(1) button').focus(); return true").await?;
    yes.send_keys("\u{E007}").await.map_err(|error| format!("enter: {error}"))?;
    wait_until(
        browser,
        "yes pressed, focus kept on it",
        "const yes = document.querySelector('.survey fieldset:nth-of-type(1) button');
         return yes.getAttribute('aria-pressed') === 'true' && document.activeElement === yes;",
    )
    .await?;
    click(browser, ".survey fieldset:nth-of-type(2) button:nth-child(2)").await?;
    click(browser, ".survey fieldset:nth-of-type(3) button:nth-child(3)").await?;
    click(browser, ".survey fieldset:nth-of-type(3) button:nth-child(3)").await?;
    click(browser, ".survey fieldset:nth-of-type(3) button:nth-child(1)").await?;
    let read = script(browser, SURVEY_AS_READ).await?;
    let chosen = expected([["true", "false", "false"], ["false", "true", "false"], ["true", "false", "false"]]);
    if read != chosen {
        return Err(format!("after the taps: {read}"));
    }

    // Sent: the questions go, and the thanks take focus (so that a screen reader says them).
    click(browser, ".survey button.primary").await?;
    let thanks = survey_message("en", "survey-thanks");
    wait_until(
        browser,
        "the thanks, with focus",
        &format!(
            "const thanks = document.querySelector('.survey .thanks');
             return thanks?.textContent.trim() === {thanks:?} && document.activeElement === thanks
                && !document.querySelector('.survey fieldset, .survey button');"
        ),
    )
    .await?;
    snap(browser, "child-survey-sent-en").await?;
    counsellor_told_nothing(&mut amira).await;

    // The report by week and language counts it.
    let carla = sign_in(server, "carla").await;
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_millis() as i64;
    let day = |offset: i64| bridgeline::reports::date(now + offset * 24 * 60 * 60 * 1000);
    let path = format!("/api/v1/reports.csv?from={}&to={}&by=week", day(-1), day(1));
    let response = http(server.addr, "GET", &path, &[("Cookie", &carla)], None).await;
    let csv = String::from_utf8_lossy(&response.bytes).into_owned();
    let mut lines = csv.lines();
    let header: Vec<&str> = lines.next().unwrap_or("").split(',').collect();
    let row: Vec<&str> = lines.find(|line| line.split(',').nth(1) == Some("en")).unwrap_or("").split(',').collect();
    let field = |name: &str| header.iter().position(|column| *column == name).and_then(|at| row.get(at).copied());
    let counted: Vec<Option<&str>> = [
        "survey_responses",
        "survey_listened_yes",
        "survey_next_steps_not_sure",
        "survey_come_back_yes",
        "survey_come_back_no",
        "survey_listened_no",
    ]
    .iter()
    .map(|name| field(name))
    .collect();
    if counted != [Some("1"), Some("1"), Some("1"), Some("1"), Some("0"), Some("0")] {
        return Err(format!("the report does not count the survey ({counted:?}):\n{csv}"));
    }
    Ok(())
}

#[tokio::test]
async fn in_arabic_on_a_320_px_phone_at_200_percent_text_the_survey_fits_and_skipping_sends_nothing() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "ar", 2);
    let server = scratch.start(&[]).await;
    drive(&server, "ar", "child-survey-ar-320px", |browser, server| Box::pin(skips_the_survey(browser, server))).await;
}

/// Every survey button at least 44 × 44 px and inside the window, no two overlapping,
/// and nothing scrolling sideways.
const SURVEY_LAYOUT_PROBLEMS: &str = "
    const problems = [];
    const width = document.documentElement.clientWidth;
    const boxes = [...document.querySelectorAll('.survey button')].map((button) => [button.textContent.trim(), button.getBoundingClientRect()]);
    for (const [name, box] of boxes) {
      if (box.left < 0 || box.right > width + 0.5) problems.push(`${name} cut off: ${box.left}..${box.right} of ${width}`);
      if (box.width < 44 || box.height < 44) problems.push(`${name} is ${box.width}x${box.height}`);
    }
    for (const [i, [a, p]] of boxes.entries()) for (const [b, q] of boxes.slice(i + 1))
      if (p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom) problems.push(`${a} and ${b} overlap`);
    if (document.documentElement.scrollWidth > width) problems.push(`the page scrolls sideways (${document.documentElement.scrollWidth})`);
    return problems;";

async fn skips_the_survey(browser: &fantoccini::Client, server: &Server) -> Result<(), String> {
    let (mut amira, _) = available_counsellor(server, "amira").await;
    browser.set_window_size(320, 720).await.map_err(|error| format!("window: {error}"))?;
    browser.goto(&server.url("/")).await.map_err(|error| format!("goto: {error}"))?;
    chat_then_end(browser, &mut amira, false).await?;
    let page = script(browser, "return [document.documentElement.lang, document.documentElement.dir]").await?;
    if page != json!(["ar", "rtl"]) {
        return Err(format!("expected an Arabic, right-to-left page: {page}"));
    }
    script(browser, "document.documentElement.style.fontSize = '200%'; return true").await?;
    let legends =
        script(browser, "return [...document.querySelectorAll('.survey legend')].map((l) => l.textContent.trim())")
            .await?;
    let expected = ["survey-listened", "survey-next-steps", "survey-come-back"].map(|id| survey_message("ar", id));
    if legends != json!(expected) {
        return Err(format!("the questions are not in Arabic: {legends}"));
    }
    let problems = script(browser, SURVEY_LAYOUT_PROBLEMS).await?;
    if problems != json!([]) {
        return Err(format!("at 320 px and 200 % text: {problems}"));
    }
    // Right to left: the first answer of a question sits at the right.
    let mirrored = script(
        browser,
        "const [first, second] = document.querySelectorAll('.survey fieldset button');
         const a = first.getBoundingClientRect(), b = second.getBoundingClientRect();
         return a.top < b.top || a.left > b.left;",
    )
    .await?;
    if mirrored != json!(true) {
        return Err("in a right-to-left page the answers run from the right".into());
    }
    click(browser, ".survey fieldset:nth-of-type(1) button:nth-child(3)").await?;
    snap(browser, "child-survey-ar-320px-200pct").await?;

    // One tap skips it all: the questions go, focus moves on, nothing is sent.
    click(browser, ".survey button.secondary").await?;
    wait_until(browser, "the survey gone", "return document.querySelector('.survey').children.length === 0").await?;
    let focused = script(browser, FOCUSED).await?;
    wait_until(browser, "focus on the new-chat button", "return document.activeElement.matches('.ended > .primary')")
        .await
        .map_err(|error| format!("{error}; focus is on {focused}"))?;
    counsellor_told_nothing(&mut amira).await;
    let pool = support::open_database(&server.database).await;
    let counted: (i64, i64) = sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM survey_counts), (SELECT COUNT(*) FROM conversations WHERE survey_answered = 1)",
    )
    .fetch_one(&pool)
    .await
    .map_err(|error| format!("count: {error}"))?;
    pool.close().await;
    if counted != (0, 0) {
        return Err(format!("a skipped survey was stored: {counted:?}"));
    }
    Ok(())
}
