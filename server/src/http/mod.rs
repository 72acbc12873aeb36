//! HTTP endpoints: pages, staff sign-in, the referral directory, health, and the error
//! type they share.

pub mod admin;
pub mod auth;
pub mod casework;
pub mod child_shell;
pub mod client;
pub mod directory;
pub mod front;
pub mod guard;
pub mod headers;
pub mod health;
pub mod origin;
pub mod page_cache;
pub mod pages;
pub mod partners;
pub mod paused;
pub mod reports;
pub mod second_factor;
pub mod settings;
pub mod sign_in_admin;

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::json;

use crate::store::StoreError;

/// Errors of the HTTP layer, named by outcome. Internal detail is logged, never sent.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("sign in first")]
    Unauthenticated,
    #[error("wrong username or password")]
    BadCredentials,
    /// Sign-in throttling: refused without checking; `Retry-After` says when to retry.
    #[error("too many attempts: try again in {retry_after_secs} s")]
    TooManyAttempts { retry_after_secs: u64 },
    /// The password was right; the second step is a code (`POST /api/v1/session/second-factor`).
    #[error("enter the code from your authenticator app")]
    SecondFactorRequired { pending_token: String, expires_in_secs: u64 },
    /// The password was right; the account must enrol a second factor first.
    #[error("set up two-step sign-in to continue")]
    EnrolmentRequired { pending_token: String, expires_in_secs: u64 },
    #[error("wrong code, or one already used")]
    BadSecondFactor,
    /// The pending sign-in is unknown, expired, or had too many wrong codes.
    #[error("this sign-in has expired: enter your password again")]
    SignInExpired,
    #[error("origin not allowed")]
    ForbiddenOrigin,
    #[error("not found")]
    NotFound,
    #[error("{0}")]
    Forbidden(&'static str),
    #[error("{0}")]
    Conflict(&'static str),
    #[error("bad request: {0}")]
    BadRequest(String),
    /// A follower with no link to a leading node: nothing that needs the hub can be
    /// done here for a moment (the nodes are changing leader).
    #[error("the helpline is changing its leading node: try again in a moment")]
    NoLeader,
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Random(#[from] crate::secrets::RandomError),
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, code) = match &self {
            ApiError::Unauthenticated => (StatusCode::UNAUTHORIZED, "unauthenticated"),
            ApiError::BadCredentials => (StatusCode::UNAUTHORIZED, "bad_credentials"),
            ApiError::TooManyAttempts { .. } => (StatusCode::TOO_MANY_REQUESTS, "too_many_attempts"),
            ApiError::SecondFactorRequired { .. } => (StatusCode::UNAUTHORIZED, "second_factor_required"),
            ApiError::EnrolmentRequired { .. } => (StatusCode::UNAUTHORIZED, "second_factor_enrolment_required"),
            ApiError::BadSecondFactor => (StatusCode::UNAUTHORIZED, "bad_second_factor"),
            ApiError::SignInExpired => (StatusCode::UNAUTHORIZED, "sign_in_expired"),
            ApiError::ForbiddenOrigin => (StatusCode::FORBIDDEN, "forbidden_origin"),
            ApiError::NotFound => (StatusCode::NOT_FOUND, "not_found"),
            ApiError::Forbidden(_) => (StatusCode::FORBIDDEN, "forbidden"),
            ApiError::Conflict(_) => (StatusCode::CONFLICT, "conflict"),
            ApiError::BadRequest(_) => (StatusCode::BAD_REQUEST, "bad_request"),
            ApiError::NoLeader => (StatusCode::SERVICE_UNAVAILABLE, "no_leader"),
            ApiError::Store(_) | ApiError::Random(_) => (StatusCode::INTERNAL_SERVER_ERROR, "internal"),
        };
        let detail = if status == StatusCode::INTERNAL_SERVER_ERROR {
            tracing::error!(error = %self, "request failed");
            "internal error".to_owned()
        } else {
            self.to_string()
        };
        let mut body = json!({ "error": code, "detail": detail });
        match &self {
            ApiError::TooManyAttempts { retry_after_secs } => body["retry_after_secs"] = json!(retry_after_secs),
            ApiError::SecondFactorRequired { pending_token, expires_in_secs }
            | ApiError::EnrolmentRequired { pending_token, expires_in_secs } => {
                body["pending_token"] = json!(pending_token);
                body["expires_in_secs"] = json!(expires_in_secs);
            }
            _ => {}
        }
        let mut response = (status, Json(body)).into_response();
        if let ApiError::TooManyAttempts { retry_after_secs } = &self {
            if let Ok(value) = HeaderValue::from_str(&retry_after_secs.to_string()) {
                response.headers_mut().insert(header::RETRY_AFTER, value);
            }
        }
        if let ApiError::NoLeader = &self {
            response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
        }
        response
    }
}
