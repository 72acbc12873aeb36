//! `/ws/v1/child`: an anonymous child. Nothing about the connection (address, user
//! agent) is stored or logged; the conversation is reached only by its resume token.
//! The hub holds the socket's address (and its pause cookie, for the rare browser that
//! has one) in memory while it is open, for one purpose: blocks on abusive contacts
//! (see `crate::blocks`).

use std::ops::ControlFlow;

use std::net::{IpAddr, SocketAddr};

use axum::extract::ws::{WebSocket, WebSocketUpgrade};
use axum::extract::{ConnectInfo, State};
use axum::http::HeaderMap;
use axum::response::Response;
use axum::Extension;
use bridgeline_protocol::{ChildEvent, ChildRequest};

use super::frame::decode;
use super::{frame_text, pump, FrameHandler, Incoming};
use crate::app::AppState;
use crate::http::origin::require_child_origin;
use crate::http::ApiError;
use crate::hub::{outbox, Command, ConnId, HubHandle, Outbox};

/// Transport-level cap, above the protocol's: frames between the two are read and
/// answered with a clean 1009 close; larger ones are cut off by the WebSocket layer.
pub(crate) const TRANSPORT_MAX_BYTES: usize = 1 << 20;

pub async fn upgrade(
    State(state): State<AppState>,
    peer: Option<Extension<ConnectInfo<SocketAddr>>>,
    headers: HeaderMap,
    upgrade: WebSocketUpgrade,
) -> Result<Response, ApiError> {
    require_child_origin(&state, &headers)?;
    let address = peer.map(|Extension(ConnectInfo(peer))| client_address(&state, peer, &headers));
    // Only a browser whose chat was ended as abusive has one (see `crate::blocks`).
    let pause_token = crate::http::paused::pause_cookie(&headers);
    Ok(upgrade
        .max_message_size(TRANSPORT_MAX_BYTES)
        .max_frame_size(TRANSPORT_MAX_BYTES)
        .on_upgrade(move |socket| serve(state, socket, address, pause_token)))
}

/// The child's address as blocks see it: the peer's, or behind a configured trusted
/// proxy the one it forwarded (the same rule as sign-in throttling). Never stored.
pub fn client_address(state: &AppState, peer: SocketAddr, headers: &HeaderMap) -> IpAddr {
    let forwarded = headers.get("x-forwarded-for").and_then(|value| value.to_str().ok()).unwrap_or("");
    crate::http::client::client_address(peer.ip(), forwarded, &state.config.trusted_proxies)
}

/// One child socket: register → serve frames → tell the hub it is gone.
async fn serve(state: AppState, socket: WebSocket, address: Option<IpAddr>, pause_token: Option<String>) {
    let _open = state.metrics.socket(false);
    let conn = state.next_conn();
    let (outbox, receiver) = outbox();
    let connected = Command::ChildConnected { conn, outbox: outbox.clone(), address, pause_token };
    if state.hub.send(connected).await.is_err() {
        return;
    }
    pump(socket, receiver, ChildFrames { conn, hub: state.hub.clone(), outbox, metrics: state.metrics.clone() }).await;
    let _ = state.hub.send(Command::ChildGone { conn }).await;
}

struct ChildFrames {
    conn: ConnId,
    hub: HubHandle,
    outbox: Outbox,
    metrics: std::sync::Arc<crate::metrics::Metrics>,
}

impl FrameHandler for ChildFrames {
    async fn on_frame(&mut self, incoming: Incoming) -> ControlFlow<()> {
        let text = match frame_text(incoming, &self.outbox, ChildEvent::Error) {
            Ok(text) => text,
            Err(flow) => return flow,
        };
        match decode::<ChildRequest>(&text, ChildRequest::TYPES) {
            Ok(request) => {
                if self.hub.send(Command::Child { conn: self.conn, request }).await.is_err() {
                    return ControlFlow::Break(());
                }
            }
            Err(reply) => {
                self.metrics.count_error_code(reply.code);
                self.outbox.send(&ChildEvent::Error(reply));
            }
        }
        ControlFlow::Continue(())
    }
}
