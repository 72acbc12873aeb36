//! Second factors in tests. Codes are computed here (RFC 6238: HMAC-SHA1, 30-second
//! steps, 6 digits), independently of the server's own code, from the secrets the
//! harness received when it enrolled an account, over HTTP or in the console.
//!
//! The server never accepts a step twice, so the harness keeps the last step it used
//! per account and picks a later one the server's window (one step either side) is
//! sure to hold; when none is left it waits for the next step (up to 30 s, rare: three
//! sign-ins of one account fit in one step).

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Mutex;
use std::time::Duration;

use hmac::{Hmac, Mac};
use serde_json::{json, Value};
use sha1::Sha1;

use super::{http, HttpResponse};

/// Milliseconds of safety on each side of a step boundary.
const MARGIN_MS: i64 = 5_000;

/// What the harness knows of an enrolled account.
#[derive(Debug, Clone)]
pub struct Factor {
    pub secret: Vec<u8>,
    /// The last step whose code the server accepted.
    pub last_step: i64,
    pub recovery_codes: Vec<String>,
}

/// By (database URL, username): servers of different tests never share a database.
static FACTORS: Mutex<Option<HashMap<(String, String), Factor>>> = Mutex::new(None);

fn with_factors<T>(action: impl FnOnce(&mut HashMap<(String, String), Factor>) -> T) -> T {
    let mut guard = FACTORS.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    action(guard.get_or_insert_with(HashMap::new))
}

pub fn remember(database: &str, username: &str, factor: Factor) {
    with_factors(|factors| factors.insert((database.to_owned(), username.to_owned()), factor));
}

pub fn forget(database: &str, username: &str) {
    with_factors(|factors| factors.remove(&(database.to_owned(), username.to_owned())));
}

pub fn factor(database: &str, username: &str) -> Option<Factor> {
    with_factors(|factors| factors.get(&(database.to_owned(), username.to_owned())).cloned())
}

fn used_step(database: &str, username: &str, step: i64) {
    with_factors(|factors| {
        if let Some(factor) = factors.get_mut(&(database.to_owned(), username.to_owned())) {
            factor.last_step = factor.last_step.max(step);
        }
    });
}

pub fn now_millis() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).expect("clock").as_millis() as i64
}

pub fn step_at(millis: i64) -> i64 {
    millis.div_euclid(30_000)
}

/// The 6-digit code of `secret` for `step` (RFC 4226's dynamic truncation).
pub fn code(secret: &[u8], step: i64) -> String {
    let mut mac = Hmac::<Sha1>::new_from_slice(secret).expect("any key length");
    mac.update(&(step as u64).to_be_bytes());
    let digest = mac.finalize().into_bytes();
    let offset = usize::from(digest[19] & 0x0f);
    let number =
        u32::from_be_bytes([digest[offset] & 0x7f, digest[offset + 1], digest[offset + 2], digest[offset + 3]]);
    format!("{:06}", number % 1_000_000)
}

/// A base32 secret as the console or the API shows it (spaces allowed).
pub fn decode_secret(text: &str) -> Vec<u8> {
    let cleaned: String = text.chars().filter(|c| c.is_ascii_alphanumeric()).collect::<String>().to_uppercase();
    data_encoding::BASE32_NOPAD.decode(cleaned.as_bytes()).expect("a base32 secret")
}

/// A step later than `last` that the server's window holds now and a few seconds
/// from now; waits for the clock when there is none yet.
pub async fn usable_step(last: Option<i64>) -> i64 {
    loop {
        let now = now_millis();
        let lowest = step_at(now + MARGIN_MS) - 1;
        let highest = step_at(now) + 1;
        let step = last.map_or(lowest, |last| (last + 1).max(lowest));
        if step <= highest {
            return step;
        }
        let ready_at = (step - 1) * 30_000 + 100;
        tokio::time::sleep(Duration::from_millis((ready_at - now).max(100) as u64)).await;
    }
}

/// The next code of an account the harness enrolled, and its step (recorded as used).
pub async fn next_code(database: &str, username: &str) -> String {
    let factor = factor(database, username).unwrap_or_else(|| panic!("{username} has no factor the harness knows"));
    let step = usable_step(Some(factor.last_step)).await;
    used_step(database, username, step);
    code(&factor.secret, step)
}

/// Finishes a sign-in the server answered with 401 `second_factor_required` or
/// `second_factor_enrolment_required`, with real codes; returns the final answer.
pub async fn finish_sign_in(addr: SocketAddr, database: &str, username: &str, first: &HttpResponse) -> HttpResponse {
    let answer: Value = serde_json::from_str(&first.body).unwrap_or(Value::Null);
    let token = answer["pending_token"].as_str().unwrap_or_else(|| panic!("no pending token: {}", first.body));
    match answer["error"].as_str() {
        Some("second_factor_required") => {
            let code = next_code(database, username).await;
            let body = json!({ "pending_token": token, "code": code }).to_string();
            http(addr, "POST", "/api/v1/session/second-factor", &[], Some(&body)).await
        }
        Some("second_factor_enrolment_required") => {
            let body = json!({ "pending_token": token }).to_string();
            let enrolment = http(addr, "POST", "/api/v1/session/enrolment", &[], Some(&body)).await;
            assert_eq!(enrolment.status, 200, "enrolment: {}", enrolment.body);
            let enrolment: Value = serde_json::from_str(&enrolment.body).expect("JSON");
            let secret = decode_secret(enrolment["secret"].as_str().expect("secret"));
            let step = usable_step(None).await;
            let body = json!({ "pending_token": token, "code": code(&secret, step) }).to_string();
            let confirmed = http(addr, "POST", "/api/v1/session/second-factor", &[], Some(&body)).await;
            assert_eq!(confirmed.status, 200, "confirming the enrolment: {}", confirmed.body);
            let answer: Value = serde_json::from_str(&confirmed.body).expect("JSON");
            let recovery_codes = answer["recovery_codes"]
                .as_array()
                .expect("recovery codes")
                .iter()
                .filter_map(|code| code.as_str().map(str::to_owned))
                .collect();
            remember(database, username, Factor { secret, last_step: step, recovery_codes });
            confirmed
        }
        _ => panic!("sign-in of {username} refused: {} {}", first.status, first.body),
    }
}
