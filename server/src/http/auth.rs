//! Staff sign-in: server-side sessions in an HttpOnly, SameSite=Strict cookie.
//!
//! The first step (password) is here; the second (a TOTP code, a recovery code, or a
//! first enrolment) in [`super::second_factor`]; throttling in [`super::guard`].
//! The [`StaffSession`] extractor is how a handler says it needs a signed-in staff
//! member; the staff WebSocket uses the same lookup on every frame. The extractor also
//! refuses a request that does not prove it comes from this server's own pages
//! ([`super::origin::cookie_request_allowed`]), so that every route the cookie opens is
//! closed to other sites by construction.

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::{Deserialize, Serialize};

use super::client::ClientKey;
use super::guard::{LockStarted, Pending, Stage, Subject, PENDING_LIFETIME};
use super::origin::cookie_request_allowed;
use super::ApiError;
use crate::app::AppState;
use crate::passwords::{decoy_hash, verify_password};
use crate::secrets::{new_id, new_token, token_hash, unix_millis};
use crate::store::staff::{Role, StaffRecord};

/// Name of the session cookie.
pub const SESSION_COOKIE: &str = "bl_session";

/// Name of the cookie that marks a browser its owner signed in from before: an
/// account lock does not shut that browser out (see [`super::guard`]). Sent only to
/// `/api/v1/session…`.
pub const DEVICE_COOKIE: &str = "bl_device";

/// How long a browser stays known after a sign-in: 30 days.
const DEVICE_LIFETIME_MS: i64 = 30 * 24 * 3_600_000;

/// A signed-in staff member, and the hash of their session token.
pub struct StaffSession {
    pub staff: StaffRecord,
    pub token_hash: String,
}

/// The session token from the request's cookies, if any.
pub fn session_token(headers: &HeaderMap) -> Option<String> {
    cookie(headers, SESSION_COOKIE)
}

/// A cookie's value from the request, if it was sent.
pub fn cookie(headers: &HeaderMap, wanted: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|cookies| cookies.split(';'))
        .filter_map(|cookie| cookie.trim().split_once('='))
        .find(|(name, _)| *name == wanted)
        .map(|(_, value)| value.to_owned())
}

impl FromRequestParts<AppState> for StaffSession {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let token = session_token(&parts.headers).ok_or(ApiError::Unauthenticated)?;
        let hash = token_hash(&token);
        let staff = state.store.session_staff(&hash, unix_millis()).await?.ok_or(ApiError::Unauthenticated)?;
        // Checked after the session, so that a request without a valid one is told to
        // sign in (401) whatever its origin; with one, another site gets 403.
        if !cookie_request_allowed(&parts.method, &parts.headers, &state.config) {
            return Err(ApiError::ForbiddenOrigin);
        }
        Ok(StaffSession { staff, token_hash: hash })
    }
}

#[derive(Debug, Deserialize)]
pub struct SignIn {
    pub username: String,
    pub password: String,
}

/// Who is signed in, as the console shows it.
#[derive(Debug, Serialize)]
pub struct Me {
    pub username: String,
    pub display_name: String,
    pub role: &'static str,
    pub languages: Vec<String>,
    pub max_chats: u32,
}

impl From<&StaffRecord> for Me {
    fn from(staff: &StaffRecord) -> Self {
        Me {
            username: staff.username.clone(),
            display_name: staff.display_name.clone(),
            role: staff.role.as_str(),
            languages: staff.languages.clone(),
            max_chats: staff.max_chats,
        }
    }
}

/// `POST /api/v1/session`: the first step. Refused (429) without checking while the
/// client, the account or this browser must wait; then the password. A right password
/// opens a session at once when the account needs no second factor; otherwise the
/// answer is 401 `second_factor_required` (or `second_factor_enrolment_required`)
/// with a pending token for [`super::second_factor`].
pub async fn sign_in(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Json(request): Json<SignIn>,
) -> Result<Response, ApiError> {
    let now = unix_millis();
    let client = state.sign_in.client(peer, &headers);
    let staff = state.store.staff_by_username(&request.username).await?;
    let subject = match known_device(&state, &headers, staff.as_ref(), now).await? {
        Some(token_hash) => Subject::Device { token_hash, username: request.username.clone() },
        None => Subject::account(&request.username),
    };
    refuse_if_throttled(&state, &client, &subject, now)?;
    // Verify against a decoy when the user is unknown, so timing does not reveal names.
    let hash = staff.as_ref().map_or(decoy_hash(), |staff| staff.password_hash.as_str()).to_owned();
    let password = request.password;
    let matches = tokio::task::spawn_blocking(move || verify_password(&password, &hash)).await.unwrap_or(false);
    let staff = match staff {
        Some(staff) if matches && !staff.disabled => staff,
        staff => {
            tracing::info!("staff sign-in refused");
            let known = staff.as_ref().map(|staff| staff.id.as_str());
            record_failure(&state, client, &subject, known, now).await;
            return Err(ApiError::BadCredentials);
        }
    };
    let stage = if state.store.second_factor(&staff.id).await?.is_some() {
        Some(Stage::Code)
    } else if second_factor_required(&state, staff.role).await? {
        Some(Stage::Enrol { secret: None })
    } else {
        None
    };
    let Some(stage) = stage else {
        state.sign_in.succeeded(&subject);
        return open_session(&state, &staff, &subject, serde_json::json!(Me::from(&staff)), now).await;
    };
    let enrol = matches!(stage, Stage::Enrol { .. });
    let pending =
        Pending { staff_id: staff.id.clone(), subject, stage, expires_at: now + PENDING_LIFETIME, failures: 0 };
    let pending_token = state.sign_in.begin(pending, now)?;
    let expires_in_secs = u64::try_from(PENDING_LIFETIME / 1000).unwrap_or(0);
    tracing::info!(staff = %staff.id, enrol, "password accepted; the second factor is next");
    Err(if enrol {
        ApiError::EnrolmentRequired { pending_token, expires_in_secs }
    } else {
        ApiError::SecondFactorRequired { pending_token, expires_in_secs }
    })
}

/// Whether this role must sign in with a second factor: coordinators and admins
/// always, counsellors when an admin has said so.
pub async fn second_factor_required(state: &AppState, role: Role) -> Result<bool, ApiError> {
    Ok(match role {
        Role::Admin | Role::Coordinator => true,
        Role::Counsellor => super::settings::effective(state).await?.second_factor_for_counsellors,
    })
}

/// The hash of the browser's device token, when it is one of this account's.
async fn known_device(
    state: &AppState,
    headers: &HeaderMap,
    staff: Option<&StaffRecord>,
    now: i64,
) -> Result<Option<String>, ApiError> {
    let (Some(staff), Some(token)) = (staff, cookie(headers, DEVICE_COOKIE)) else { return Ok(None) };
    let hash = token_hash(&token);
    Ok(state.store.device_of(&hash, &staff.id, now).await?.then_some(hash))
}

/// 429 when the client or the subject must wait.
pub fn refuse_if_throttled(state: &AppState, client: &ClientKey, subject: &Subject, now: i64) -> Result<(), ApiError> {
    state.sign_in.check(client, subject, now).map_err(|refused| {
        state.metrics.count_error("too_many_attempts");
        tracing::info!(retry_after_ms = refused.retry_after_ms, "sign-in attempt refused: throttled");
        ApiError::TooManyAttempts { retry_after_secs: refused.retry_after_secs() }
    })
}

/// Counts a failed password or code, and audits every lock it starts. `staff_id` is
/// the account's, when the username names one.
pub async fn record_failure(state: &AppState, client: ClientKey, subject: &Subject, staff_id: Option<&str>, now: i64) {
    for lock in state.sign_in.failed(client, subject, now) {
        let (action, concerns, detail) = match &lock {
            LockStarted::Client { until, failures } => (
                "sign_in_client_locked",
                None,
                format!("a client address locked for {} s after {failures} failed attempts", (until - now) / 1000),
            ),
            LockStarted::Account { until, failures, .. } => (
                "sign_in_locked",
                staff_id,
                match staff_id {
                    Some(_) => {
                        format!("account locked for {} s after {failures} failed attempts", (until - now) / 1000)
                    }
                    None => format!(
                        "an unknown username locked for {} s after {failures} failed attempts",
                        (until - now) / 1000
                    ),
                },
            ),
            LockStarted::Device { token_hash, until, failures, .. } => {
                // Whoever holds this browser guessed too often: it is no longer known.
                if let Err(error) = state.store.forget_device(token_hash).await {
                    tracing::error!(%error, "forgetting a locked device failed");
                }
                (
                    "sign_in_device_locked",
                    staff_id,
                    format!(
                        "a browser that had signed in before locked for {} s after {failures} failed attempts, and forgotten",
                        (until - now) / 1000
                    ),
                )
            }
        };
        tracing::warn!(action, ?concerns, %detail, "sign-in lock");
        let written = match new_id() {
            Ok(id) => state.store.audit_sign_in(&id, concerns, action, &detail, now).await.map_err(|e| e.to_string()),
            Err(error) => Err(error.to_string()),
        };
        if let Err(error) = written {
            tracing::error!(%error, "the audit line of a sign-in lock was not written");
        }
    }
}

/// Opens a session for `staff` (both steps done): sets the session cookie, and a
/// device cookie when the browser was not known, and answers with `body`.
pub async fn open_session(
    state: &AppState,
    staff: &StaffRecord,
    subject: &Subject,
    body: serde_json::Value,
    now: i64,
) -> Result<Response, ApiError> {
    let token = new_token()?;
    // Expired sessions are useless and only grow the table: sign-ins clear them out.
    state.store.purge_expired_sessions(now).await?;
    let lifetime_ms = i64::try_from(state.config.session_hours.saturating_mul(3_600_000)).unwrap_or(i64::MAX);
    state.store.create_session(&token_hash(&token), &staff.id, now, now.saturating_add(lifetime_ms)).await?;
    tracing::info!(staff = %staff.id, "staff signed in");
    let secure = if state.config.secure_cookies { "; Secure" } else { "" };
    let cookie = format!(
        "{SESSION_COOKIE}={token}; HttpOnly; SameSite=Strict; Path=/; Max-Age={}{secure}",
        state.config.session_hours.saturating_mul(3600)
    );
    let mut response = Json(body).into_response();
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    if matches!(subject, Subject::Account(_)) {
        let device = new_token()?;
        state.store.purge_expired_devices(now).await?;
        state.store.create_device(&token_hash(&device), &staff.id, now, now.saturating_add(DEVICE_LIFETIME_MS)).await?;
        let cookie = format!(
            "{DEVICE_COOKIE}={device}; HttpOnly; SameSite=Strict; Path=/api/v1/session; Max-Age={}{secure}",
            DEVICE_LIFETIME_MS / 1000
        );
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    Ok(response)
}

/// `DELETE /api/v1/session`: ends the session server-side and clears the cookie.
pub async fn sign_out(State(state): State<AppState>, session: StaffSession) -> Result<Response, ApiError> {
    state.store.delete_session(&session.token_hash).await?;
    state.sessions_changed();
    let clear = format!("{SESSION_COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0");
    let mut response = StatusCode::NO_CONTENT.into_response();
    if let Ok(value) = HeaderValue::from_str(&clear) {
        response.headers_mut().insert(header::SET_COOKIE, value);
    }
    Ok(response)
}

/// `GET /api/v1/session`: who is signed in.
pub async fn whoami(session: StaffSession) -> Json<Me> {
    Json(Me::from(&session.staff))
}
