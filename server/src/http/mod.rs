//! HTTP endpoints: pages, staff sign-in, the referral directory, health, and the error
//! type they share.

pub mod admin;
pub mod auth;
pub mod casework;
pub mod directory;
pub mod headers;
pub mod health;
pub mod origin;
pub mod pages;
pub mod paused;
pub mod reports;
pub mod settings;

use axum::http::StatusCode;
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
            ApiError::ForbiddenOrigin => (StatusCode::FORBIDDEN, "forbidden_origin"),
            ApiError::NotFound => (StatusCode::NOT_FOUND, "not_found"),
            ApiError::Forbidden(_) => (StatusCode::FORBIDDEN, "forbidden"),
            ApiError::Conflict(_) => (StatusCode::CONFLICT, "conflict"),
            ApiError::BadRequest(_) => (StatusCode::BAD_REQUEST, "bad_request"),
            ApiError::Store(_) | ApiError::Random(_) => (StatusCode::INTERNAL_SERVER_ERROR, "internal"),
        };
        let detail = if status == StatusCode::INTERNAL_SERVER_ERROR {
            tracing::error!(error = %self, "request failed");
            "internal error".to_owned()
        } else {
            self.to_string()
        };
        (status, Json(json!({ "error": code, "detail": detail }))).into_response()
    }
}
