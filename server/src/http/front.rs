//! What answers on the listening socket before the app is built, and on a node that
//! waits to lead. The port is open from the first moment (scripts and proxies find it
//! at once); a request that arrives while the node starts waits for the app, and a
//! standby node (another one leads the helpline) turns everything but `/healthz` away
//! with 503 (`/metrics` says it stands by), so that a load balancer checking
//! `/readyz` sends nobody there.

use axum::extract::Request;
use axum::http::{header, StatusCode};
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
    /// Another node leads: requests are turned away until this one takes over.
    Standby,
    /// This node serves the helpline.
    Leading(Router),
}

/// The router on the socket: every request goes to the phase's answer.
pub fn gate(phase: watch::Receiver<Phase>) -> Router {
    Router::new().fallback(move |request: Request| dispatch(phase.clone(), request))
}

async fn dispatch(mut phase: watch::Receiver<Phase>, request: Request) -> Response {
    loop {
        let current = phase.borrow_and_update().clone();
        match current {
            Phase::Leading(app) => return app.oneshot(request).await.into_response(),
            Phase::Standby => return standby(&request),
            Phase::Starting => {
                if phase.changed().await.is_err() {
                    return StatusCode::SERVICE_UNAVAILABLE.into_response();
                }
            }
        }
    }
}

/// A standby node's answer: alive (`/healthz`), not ready, metrics that say it stands
/// by (so that monitoring sees every node), and nothing else. No body in words: a
/// misrouted child must not meet a page in a language they may not read; the page
/// they reload reaches the leader.
fn standby(request: &Request) -> Response {
    let turned_away = |body: &'static str| {
        (StatusCode::SERVICE_UNAVAILABLE, [(header::RETRY_AFTER, "1"), (header::CACHE_CONTROL, "no-store")], body)
            .into_response()
    };
    match request.uri().path() {
        "/healthz" => "ok".into_response(),
        "/metrics" => {
            ([(header::CONTENT_TYPE, crate::metrics::CONTENT_TYPE)], crate::metrics::render_standby()).into_response()
        }
        "/readyz" => turned_away("standby"),
        _ => turned_away(""),
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
        phase.send_replace(Phase::Leading(Router::new().route("/hello", get(|| async { "hi" }))));
        assert_eq!(asked.await.expect("joined"), (StatusCode::OK, "hi".to_owned()));
    }

    #[tokio::test]
    async fn a_standby_node_is_alive_but_not_ready_and_serves_nothing() {
        let (phase, watched) = watch::channel(Phase::Starting);
        phase.send_replace(Phase::Standby);
        let front = gate(watched);
        assert_eq!(ask(&front, "/healthz").await, (StatusCode::OK, "ok".to_owned()));
        assert_eq!(ask(&front, "/readyz").await, (StatusCode::SERVICE_UNAVAILABLE, "standby".to_owned()));
        let (status, metrics) = ask(&front, "/metrics").await;
        assert_eq!(status, StatusCode::OK);
        assert!(metrics.lines().any(|line| line == "bridgeline_leader 0"), "{metrics}");
        assert_eq!(ask(&front, "/").await, (StatusCode::SERVICE_UNAVAILABLE, String::new()));
        assert_eq!(ask(&front, "/ws/v1/child").await.0, StatusCode::SERVICE_UNAVAILABLE);
        phase.send_replace(Phase::Leading(Router::new().route("/", get(|| async { "page" }))));
        assert_eq!(ask(&front, "/").await, (StatusCode::OK, "page".to_owned()));
    }
}
