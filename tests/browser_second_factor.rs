//! Two-step sign-in in a real browser (headless Chromium) against the real server: a
//! coordinator enrols in the console (QR code drawn by the server, the key as text,
//! a code computed here from that key, recovery codes shown once), signs out, and
//! signs in again with the next computed code; an admin sees an account locked by
//! password guessing, unlocks it, and resets a member's lost second factor.

mod support;

use std::time::Duration;

use serde_json::json;

use support::browser::{
    click, drive, enrol_in_console, script, sign_in_console, snap, type_into, wait_for, wait_for_text, wait_until,
};
use support::second_factor::{code, decode_secret, factor, next_code, usable_step};
use support::{http, Scratch, Server, PASSWORD};

#[tokio::test]
async fn a_coordinator_enrols_in_the_console_and_signs_in_with_a_computed_code() {
    let scratch = Scratch::new();
    scratch.add_staff("carla", "coordinator", "en", 1);
    let server = scratch.start(&[]).await;
    drive(&server, "en", "console-second-factor", |browser, server| Box::pin(enrol_and_sign_in(browser, server))).await;
}

async fn enrol_and_sign_in(browser: &fantoccini::Client, server: &Server) -> Result<(), String> {
    browser.goto(&server.url("/counsellor")).await.map_err(|error| format!("goto: {error}"))?;
    type_into(browser, "#username", "carla").await?;
    type_into(browser, "#password", PASSWORD).await?;
    click(browser, ".sign-in button[type=submit]").await?;

    // The enrolment: a QR code the browser could draw, and the key as text.
    wait_for_text(browser, ".enrol h1", "Set up two-step sign-in").await?;
    wait_until(
        browser,
        "the QR code drawn",
        "const img = document.querySelector('.enrol-qr'); return img !== null && img.complete && img.naturalWidth > 0 && img.src.startsWith('data:image/svg+xml');",
    )
    .await?;
    let alt = script(browser, "return document.querySelector('.enrol-qr').alt;").await?;
    if alt != json!("QR code holding the key for your authenticator app") {
        return Err(format!("the QR code's text alternative: {alt}"));
    }
    snap(browser, "console-enrol").await?;
    let shown = wait_for(browser, ".enrol-secret").await?.text().await.map_err(|error| format!("key: {error}"))?;
    let secret = decode_secret(&shown);
    if secret.len() != 20 {
        return Err(format!("a 160-bit key, not {shown:?}"));
    }
    // A wrong code is refused in words, and the enrolment stays.
    let step = usable_step(None).await;
    let wrong = format!("{:06}", (code(&secret, step).parse::<u32>().unwrap_or(0) + 500_000) % 1_000_000);
    type_into(browser, "#enrol-code", &wrong).await?;
    click(browser, ".enrol button[type=submit]").await?;
    wait_for_text(browser, ".sign-in .error[role=alert]", "That code is wrong or was already used.").await?;
    // The right one, as the app would show it: the recovery codes, once, then the desk.
    enrol_in_console(browser, server, "carla").await?;
    wait_for(browser, ".staff-bar").await?;
    wait_until(browser, "the board", "return document.querySelector('.board-table, .board') !== null").await?;
    let known = factor(&server.database, "carla").ok_or("the key was not kept")?;
    if known.secret != secret || known.recovery_codes.len() != 10 {
        return Err("the key or the recovery codes were not those shown".into());
    }

    // Signed out, then in again: the password, then the next code.
    click(browser, ".staff-bar > button.secondary").await?;
    wait_for(browser, "#username").await?;
    type_into(browser, "#username", "carla").await?;
    type_into(browser, "#password", PASSWORD).await?;
    click(browser, ".sign-in button[type=submit]").await?;
    wait_for_text(browser, ".sign-in h1", "Two-step sign-in").await?;
    snap(browser, "console-second-factor-code").await?;
    // The code just used is refused: a code works once.
    type_into(browser, "#second-factor-code", &code(&secret, known.last_step)).await?;
    click(browser, ".second-factor button[type=submit]").await?;
    wait_for_text(browser, ".sign-in .error[role=alert]", "That code is wrong or was already used.").await?;
    let next = next_code(&server.database, "carla").await;
    type_into(browser, "#second-factor-code", &next).await?;
    click(browser, ".second-factor button[type=submit]").await?;
    wait_for(browser, ".staff-bar").await?;
    wait_until(
        browser,
        "the console's socket ready",
        "return document.querySelector('.who strong')?.textContent === 'Carla'",
    )
    .await
}

#[tokio::test]
async fn an_admin_unlocks_a_locked_account_and_resets_a_lost_factor_in_the_console() {
    let scratch = Scratch::new();
    scratch.add_staff("ada", "admin", "en", 1);
    scratch.add_staff("carla", "coordinator", "en", 1);
    scratch.add_user("amira", "ar", 2);
    let server = scratch.start(&["--trusted-proxy", "127.0.0.1"]).await;
    // Carla has a factor; strangers lock Amira's account (ten wrong passwords from ten
    // addresses, waiting out the growing delays).
    support::sign_in(&server, "carla").await;
    let body = json!({ "username": "amira", "password": "not her password" }).to_string();
    let mut failures = 0;
    while failures < 10 {
        let address = format!("203.0.113.{failures}");
        let response =
            http(server.addr, "POST", "/api/v1/session", &[("X-Forwarded-For", &address)], Some(&body)).await;
        match response.status {
            401 => failures += 1,
            429 => {
                let wait: u64 = response.header("retry-after").and_then(|value| value.parse().ok()).unwrap_or(1);
                tokio::time::sleep(Duration::from_secs(wait)).await;
            }
            other => panic!("{other}: {}", response.body),
        }
    }
    drive(&server, "en", "console-sign-in-security", |browser, server| Box::pin(administer(browser, server))).await;
}

async fn administer(browser: &fantoccini::Client, server: &Server) -> Result<(), String> {
    browser.set_window_size(1360, 1000).await.map_err(|error| format!("window size: {error}"))?;
    sign_in_console(browser, server, "ada").await?;
    click(browser, ".view-admin").await?;
    let amira = ".account[data-username=amira]";
    wait_until(
        browser,
        "Amira shown locked",
        &format!(
            "return document.querySelector('{amira} .account-locked')?.textContent.replace(/[\\u2068\\u2069]/g, '').startsWith('sign-in locked until ') === true"
        ),
    )
    .await?;
    wait_until(
        browser,
        "Carla's factor shown",
        "return document.querySelector('.account[data-username=carla] .account-summary')?.textContent.includes('two-step sign-in on') === true",
    )
    .await?;
    snap(browser, "console-sign-in-locked").await?;
    click(browser, &format!("{amira} .unlock-account")).await?;
    wait_for_text(browser, ".notice", "Sign-in unlocked.").await?;
    wait_until(
        browser,
        "the lock gone from the list",
        &format!("return document.querySelector('{amira} .account-locked') === null && document.querySelector('{amira} .unlock-account') === null"),
    )
    .await?;
    let body = json!({ "username": "amira", "password": PASSWORD }).to_string();
    let signed_in =
        http(server.addr, "POST", "/api/v1/session", &[("X-Forwarded-For", "198.51.100.1")], Some(&body)).await;
    if signed_in.status != 200 {
        return Err(format!("Amira still cannot sign in: {} {}", signed_in.status, signed_in.body));
    }

    // Carla lost her phone.
    let carla = ".account[data-username=carla]";
    click(browser, &format!("{carla} .reset-second-factor summary")).await?;
    click(browser, &format!("{carla} .reset-factor")).await?;
    wait_for_text(browser, ".notice", "Two-step sign-in reset; every session of that account was ended.").await?;
    wait_until(
        browser,
        "Carla shown without a factor",
        &format!("return document.querySelector('{carla} .account-summary')?.textContent.includes('no two-step sign-in') === true"),
    )
    .await?;
    let body = json!({ "username": "carla", "password": PASSWORD }).to_string();
    let next = http(server.addr, "POST", "/api/v1/session", &[("X-Forwarded-For", "198.51.100.2")], Some(&body)).await;
    if !next.body.contains("second_factor_enrolment_required") {
        return Err(format!("Carla's next sign-in does not enrol again: {}", next.body));
    }

    // Settings: counsellors too.
    click(browser, "#settings-second-factor").await?;
    click(browser, ".save-settings").await?;
    wait_for_text(browser, ".notice", "Settings saved.").await?;
    let body = json!({ "username": "amira", "password": PASSWORD }).to_string();
    let amira_next =
        http(server.addr, "POST", "/api/v1/session", &[("X-Forwarded-For", "198.51.100.3")], Some(&body)).await;
    if !amira_next.body.contains("second_factor_enrolment_required") {
        return Err(format!("counsellors do not need a factor after the setting: {}", amira_next.body));
    }
    Ok(())
}
