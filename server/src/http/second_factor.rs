//! The second step of a staff sign-in, after a right password (`POST /api/v1/session`
//! answered 401 with a `pending_token`):
//!
//! - `POST /api/v1/session/enrolment` (`second_factor_enrolment_required` only): the
//!   new TOTP secret, its `otpauth://` URI and a QR code drawn here, for the
//!   member's authenticator app. Asked again, the same secret.
//! - `POST /api/v1/session/second-factor`: a 6-digit code (or a recovery code) opens
//!   the session. For an enrolment, a code of the new secret confirms it, stores it,
//!   and the answer carries ten recovery codes, shown this once.
//!
//! Wrong codes count as failed sign-ins (client and account throttles, see
//! [`super::guard`]); a pending sign-in takes at most five and lives ten minutes.

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, State};
use axum::http::HeaderMap;
use axum::response::Response;
use axum::Json;
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::auth::{open_session, record_failure, refuse_if_throttled, Me};
use super::guard::Stage;
use super::ApiError;
use crate::app::AppState;
use crate::secrets::{new_id, token_hash, unix_millis};
use crate::store::staff::StaffRecord;
use crate::store::StoreError;
use crate::totp;

/// The name authenticator apps show beside the account.
pub const ISSUER: &str = "Bridgeline";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnrolmentRequest {
    pub pending_token: String,
}

/// What an authenticator app needs. The secret is never sent again once confirmed.
#[derive(Debug, Serialize)]
pub struct Enrolment {
    /// Base32, for typing into the app.
    pub secret: String,
    pub otpauth_uri: String,
    /// The URI as a QR code: a standalone SVG document.
    pub qr_svg: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CodeRequest {
    pub pending_token: String,
    /// Six digits from the app, or a recovery code (`abcde-fghij`).
    pub code: String,
}

/// `POST /api/v1/session/enrolment`
pub async fn enrolment(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Json(request): Json<EnrolmentRequest>,
) -> Result<Json<Enrolment>, ApiError> {
    let now = unix_millis();
    let client = state.sign_in.client(peer, &headers);
    let pending = state.sign_in.pending(&request.pending_token, now).ok_or(ApiError::SignInExpired)?;
    refuse_if_throttled(&state, &client, &pending.subject, now)?;
    let (staff_id, secret) = state
        .sign_in
        .enrolment_secret(&request.pending_token, now, totp::new_secret)?
        .ok_or(ApiError::Conflict("this account has a second factor already"))?;
    let staff = state.store.staff_by_id(&staff_id).await?.ok_or(ApiError::SignInExpired)?;
    let otpauth_uri = totp::otpauth_uri(ISSUER, &staff.username, &secret);
    // The URI is short (a username is at most 64 characters): drawing cannot fail.
    let qr_svg = totp::qr_svg(&otpauth_uri).unwrap_or_default();
    Ok(Json(Enrolment { secret: totp::encode_secret(&secret), otpauth_uri, qr_svg }))
}

/// `POST /api/v1/session/second-factor`
pub async fn complete(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Json(request): Json<CodeRequest>,
) -> Result<Response, ApiError> {
    let now = unix_millis();
    let client = state.sign_in.client(peer, &headers);
    let token = request.pending_token;
    let pending = state.sign_in.pending(&token, now).ok_or(ApiError::SignInExpired)?;
    refuse_if_throttled(&state, &client, &pending.subject, now)?;
    let staff = match state.store.staff_by_id(&pending.staff_id).await? {
        Some(staff) if !staff.disabled => staff,
        _ => {
            state.sign_in.finish(&token);
            return Err(ApiError::SignInExpired);
        }
    };
    let code: String = request.code.split_whitespace().collect();
    let accepted = match &pending.stage {
        Stage::Code => check_code(&state, &staff, &code, now).await?,
        Stage::Enrol { secret: Some(secret) } => confirm_enrolment(&state, &staff, secret, &code, now).await?,
        Stage::Enrol { secret: None } => {
            return Err(ApiError::BadRequest("ask for the secret first: POST /api/v1/session/enrolment".into()));
        }
    };
    let Some(extra) = accepted else {
        tracing::info!(staff = %staff.id, "second factor refused");
        state.sign_in.pending_failed(&token);
        record_failure(&state, client, &pending.subject, Some(&staff.id), now).await;
        return Err(ApiError::BadSecondFactor);
    };
    state.sign_in.finish(&token);
    state.sign_in.succeeded(&pending.subject);
    let mut body = json!(Me::from(&staff));
    if let (Some(body), serde_json::Value::Object(extra)) = (body.as_object_mut(), extra) {
        body.extend(extra);
    }
    open_session(&state, &staff, &pending.subject, body, now).await
}

/// A code of the member's factor, or one of their recovery codes: `Some` (with what
/// to add to the answer) when it is right and unused.
async fn check_code(
    state: &AppState,
    staff: &StaffRecord,
    code: &str,
    now: i64,
) -> Result<Option<serde_json::Value>, ApiError> {
    // Reset by an admin since the password step: start again (and enrol).
    let factor = state.store.second_factor(&staff.id).await?.ok_or(ApiError::SignInExpired)?;
    if totp::looks_like_code(code) {
        let secret = totp::decode_secret(&factor.secret)
            .ok_or_else(|| StoreError::Corrupt(format!("the second factor of {}", staff.id)))?;
        return Ok(match totp::verify(&secret, code, now, Some(factor.last_step)) {
            Some(step) if state.store.claim_totp_step(&staff.id, step).await? => Some(json!({})),
            _ => None,
        });
    }
    let normalised = totp::normalise_recovery_code(code);
    if normalised.is_empty() {
        return Ok(None);
    }
    let Some(left) = state.store.use_recovery_code(&staff.id, &token_hash(&normalised)).await? else {
        return Ok(None);
    };
    state.store.audit_sign_in(&new_id()?, Some(&staff.id), "recovery_code_used", &format!("{left} left"), now).await?;
    tracing::info!(staff = %staff.id, left, "recovery code used");
    Ok(Some(json!({ "recovery_codes_left": left })))
}

/// A code of the secret being enrolled: stores the factor and gives recovery codes.
async fn confirm_enrolment(
    state: &AppState,
    staff: &StaffRecord,
    secret: &[u8],
    code: &str,
    now: i64,
) -> Result<Option<serde_json::Value>, ApiError> {
    let Some(step) = totp::verify(secret, code, now, None) else { return Ok(None) };
    let codes = totp::new_recovery_codes()?;
    let hashes: Vec<String> = codes.iter().map(|code| token_hash(&totp::normalise_recovery_code(code))).collect();
    match state.store.enrol_second_factor(&staff.id, &totp::encode_secret(secret), step, &hashes, now).await {
        Ok(()) => {}
        Err(StoreError::AlreadyExists(_)) => {
            return Err(ApiError::Conflict("this account has a second factor already"))
        }
        Err(error) => return Err(error.into()),
    }
    state.store.audit_sign_in(&new_id()?, Some(&staff.id), "second_factor_enrolled", "", now).await?;
    tracing::info!(staff = %staff.id, "second factor enrolled");
    Ok(Some(json!({ "recovery_codes": codes })))
}
