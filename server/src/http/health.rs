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

/// The process can serve: the database answers, and on a follower the leading node
/// is reachable.
pub async fn readyz(State(state): State<AppState>) -> (StatusCode, &'static str) {
    if let crate::cluster::Role::Follower(link) = &state.cluster {
        if !link.is_up() {
            return (StatusCode::SERVICE_UNAVAILABLE, "no leader reachable");
        }
    }
    match state.store.ping().await {
        Ok(()) => (StatusCode::OK, "ready"),
        Err(error) => {
            tracing::warn!(%error, "not ready");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
        }
    }
}

/// `GET /metrics`: the Prometheus text exposition. Counts only: no conversation, no
/// name. The queues and chats are the helpline's, as the leading node sees them; the
/// counters are this node's. 503 when the hub does not answer (shutting down); a
/// follower that cannot reach the leader says only that it does not lead.
pub async fn metrics(State(state): State<AppState>) -> axum::response::Response {
    let leads = state.cluster.leads();
    let (reply, present) = tokio::sync::oneshot::channel();
    if state.hub.send(crate::hub::Command::Present { reply }).await.is_err() {
        return (StatusCode::SERVICE_UNAVAILABLE, "shutting down").into_response();
    }
    let present = match present.await {
        Ok(present) => present,
        Err(_) if !leads => {
            let body = crate::metrics::render_not_leading();
            return ([(header::CONTENT_TYPE, crate::metrics::CONTENT_TYPE)], body).into_response();
        }
        Err(_) => return (StatusCode::SERVICE_UNAVAILABLE, "shutting down").into_response(),
    };
    let body = crate::metrics::render(&state.metrics, &present, leads);
    ([(header::CONTENT_TYPE, crate::metrics::CONTENT_TYPE)], body).into_response()
}
