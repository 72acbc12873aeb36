//! Liveness and readiness for load balancers and orchestrators, and Prometheus
//! metrics.

use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;

use crate::app::AppState;

/// The process is up.
pub async fn healthz() -> &'static str {
    "ok"
}

/// The process can serve: the database answers.
pub async fn readyz(State(state): State<AppState>) -> (StatusCode, &'static str) {
    match state.store.ping().await {
        Ok(()) => (StatusCode::OK, "ready"),
        Err(error) => {
            tracing::warn!(%error, "not ready");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
        }
    }
}

/// `GET /metrics`: the Prometheus text exposition. Counts only: no conversation, no
/// name. 503 when the hub does not answer (shutting down).
pub async fn metrics(State(state): State<AppState>) -> axum::response::Response {
    let (reply, present) = tokio::sync::oneshot::channel();
    if state.hub.send(crate::hub::Command::Present { reply }).await.is_err() {
        return (StatusCode::SERVICE_UNAVAILABLE, "shutting down").into_response();
    }
    let Ok(present) = present.await else {
        return (StatusCode::SERVICE_UNAVAILABLE, "shutting down").into_response();
    };
    let body = crate::metrics::render(&state.metrics, &present);
    ([(header::CONTENT_TYPE, crate::metrics::CONTENT_TYPE)], body).into_response()
}
