//! Staff sign-in: server-side sessions in an HttpOnly, SameSite=Strict cookie.
//!
//! The [`StaffSession`] extractor is how a handler says it needs a signed-in staff
//! member; the staff WebSocket uses the same lookup on every frame. The extractor also
//! refuses a request that does not prove it comes from this server's own pages
//! ([`super::origin::cookie_request_allowed`]), so that every route the cookie opens is
//! closed to other sites by construction.

use axum::extract::{FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::{Deserialize, Serialize};

use super::origin::cookie_request_allowed;
use super::ApiError;
use crate::app::AppState;
use crate::passwords::{decoy_hash, verify_password};
use crate::secrets::{new_token, token_hash, unix_millis};
use crate::store::staff::StaffRecord;

/// Name of the session cookie.
pub const SESSION_COOKIE: &str = "bl_session";

/// A signed-in staff member, and the hash of their session token.
pub struct StaffSession {
    pub staff: StaffRecord,
    pub token_hash: String,
}

/// The session token from the request's cookies, if any.
pub fn session_token(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|cookies| cookies.split(';'))
        .filter_map(|cookie| cookie.trim().split_once('='))
        .find(|(name, _)| *name == SESSION_COOKIE)
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

/// `POST /api/v1/session`: checks the password and sets the session cookie.
pub async fn sign_in(State(state): State<AppState>, Json(request): Json<SignIn>) -> Result<Response, ApiError> {
    let staff = state.store.staff_by_username(&request.username).await?;
    // Verify against a decoy when the user is unknown, so timing does not reveal names.
    let hash = staff.as_ref().map_or(decoy_hash(), |staff| staff.password_hash.as_str()).to_owned();
    let password = request.password;
    let matches = tokio::task::spawn_blocking(move || verify_password(&password, &hash)).await.unwrap_or(false);
    let staff = match staff {
        Some(staff) if matches && !staff.disabled => staff,
        _ => {
            tracing::info!("staff sign-in refused");
            return Err(ApiError::BadCredentials);
        }
    };
    let token = new_token()?;
    let now = unix_millis();
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
    let mut response = Json(Me::from(&staff)).into_response();
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().insert(header::SET_COOKIE, value);
    }
    Ok(response)
}

/// `DELETE /api/v1/session`: ends the session server-side and clears the cookie.
pub async fn sign_out(State(state): State<AppState>, session: StaffSession) -> Result<Response, ApiError> {
    state.store.delete_session(&session.token_hash).await?;
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
