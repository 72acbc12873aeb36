//! What answers on the listening socket before the app is built. The port is open
//! from the first moment (scripts and proxies find it at once); a request that arrives
//! while the node starts waits for the app. A node that takes over the leadership
//! swaps its follower's app for the leader's.

use axum::extract::Request;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Router;
use tokio::sync::watch;
use tower::ServiceExt;

/// Where this node is in its life.
#[derive(Clone, Debug, Default)]
pub enum Phase {
    /// Opening the database, migrating, rebuilding the hub: requests wait.
    #[default]
    Starting,
    /// This node serves the helpline.
    Serving(Router),
}

/// The router on the socket: every request goes to the phase's answer.
pub fn gate(phase: watch::Receiver<Phase>) -> Router {
    Router::new().fallback(move |request: Request| dispatch(phase.clone(), request))
}

async fn dispatch(mut phase: watch::Receiver<Phase>, request: Request) -> Response {
    loop {
        let current = phase.borrow_and_update().clone();
        match current {
            Phase::Serving(app) => return app.oneshot(request).await.into_response(),
            Phase::Starting => {
                if phase.changed().await.is_err() {
                    return StatusCode::SERVICE_UNAVAILABLE.into_response();
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;
    use axum::routing::get;

    async fn ask(gate: &Router, path: &str) -> (StatusCode, String) {
        let response =
            gate.clone().oneshot(Request::get(path).body(Body::empty()).expect("request")).await.expect("answer");
        let status = response.status();
        let bytes = axum::body::to_bytes(response.into_body(), 1 << 16).await.expect("body");
        (status, String::from_utf8_lossy(&bytes).into_owned())
    }

    #[tokio::test]
    async fn a_request_made_while_starting_waits_for_the_app() {
        let (phase, watched) = watch::channel(Phase::Starting);
        let front = gate(watched);
        let asked = tokio::spawn({
            let front = front.clone();
            async move { ask(&front, "/hello").await }
        });
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        assert!(!asked.is_finished(), "answered before the app was there");
        phase.send_replace(Phase::Serving(Router::new().route("/hello", get(|| async { "hi" }))));
        assert_eq!(asked.await.expect("joined"), (StatusCode::OK, "hi".to_owned()));
    }
}
