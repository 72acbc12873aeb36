//! `/ws/v1/child`: an anonymous child. Nothing about the connection (address, user
//! agent) is stored or logged; the conversation is reached only by its resume token.
//! The hub holds the socket's address (and its pause cookie, for the rare browser that
//! has one) in memory while it is open, for one purpose: blocks on abusive contacts
//! (see `crate::blocks`).

use std::ops::ControlFlow;
use std::sync::Arc;
use std::time::Duration;

use std::net::{IpAddr, SocketAddr};

use axum::extract::ws::WebSocketUpgrade;
use axum::extract::{ConnectInfo, State};
use axum::http::HeaderMap;
use axum::response::Response;
use axum::Extension;
use bridgeline_protocol::{Author, ChildEvent, ChildRequest, ConversationId, ErrorCode};

use super::frame::decode;
use super::{frame_text, pump, FrameHandler, Incoming, Transport};
use crate::app::AppState;
use crate::bus::Bus;
use crate::cluster::wire::Up;
use crate::cluster::Role;
use crate::http::origin::require_child_origin;
use crate::http::ApiError;
use crate::hub::{outbox, Command, ConnId, HubHandle, Outbox, RequestError};
use crate::secrets::unix_millis;
use crate::store::writes::{Work, WorkKind};
use crate::writer::{checked_text, AckTo, Endpoint, WriterHandle};

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
    if let Role::Follower(link) = &state.cluster {
        return super::relay(&state, link, upgrade, false, |conn| Up::OpenChild { conn, address, pause_token });
    }
    let idle = Duration::from_secs(state.config.socket_idle_secs);
    Ok(super::configure(upgrade).on_upgrade(move |socket| {
        serve(state, Transport::Socket { socket: Box::new(socket), idle }, address, pause_token)
    }))
}

/// The child's address as blocks see it: the peer's, or behind a configured trusted
/// proxy the one it forwarded (the same rule as sign-in throttling). Never stored.
pub fn client_address(state: &AppState, peer: SocketAddr, headers: &HeaderMap) -> IpAddr {
    let forwarded = headers.get("x-forwarded-for").and_then(|value| value.to_str().ok()).unwrap_or("");
    crate::http::client::client_address(peer.ip(), forwarded, &state.config.trusted_proxies)
}

/// One child socket: register → serve frames → tell the hub it is gone.
pub async fn serve(state: AppState, transport: Transport, address: Option<IpAddr>, pause_token: Option<String>) {
    let _open = transport.is_local().then(|| state.metrics.socket(false));
    let conn = state.next_conn();
    let (outbox, receiver) = outbox();
    let connected = Command::ChildConnected { conn, outbox: outbox.clone(), address, pause_token };
    if state.hub.request(connected).await.is_err() {
        return;
    }
    let frames = ChildFrames {
        conn,
        store: state.store.clone(),
        hub: state.hub.clone(),
        writer: state.writer.clone(),
        bus: state.bus.clone(),
        outbox,
        metrics: state.metrics.clone(),
        utc_offset_minutes: state.config.utc_offset_minutes,
    };
    pump(transport, receiver, frames).await;
    let _ = state.hub.send(Command::ChildGone { conn }).await;
}

struct ChildFrames {
    conn: ConnId,
    store: crate::store::Store,
    hub: HubHandle,
    writer: WriterHandle,
    bus: Arc<Bus>,
    outbox: Outbox,
    metrics: std::sync::Arc<crate::metrics::Metrics>,
    /// Where the helpline's weeks start, for counting surveys by week.
    utc_offset_minutes: i64,
}

impl FrameHandler for ChildFrames {
    async fn on_frame(&mut self, incoming: Incoming) -> ControlFlow<()> {
        let text = match frame_text(incoming, &self.outbox, ChildEvent::Error) {
            Ok(text) => text,
            Err(flow) => return flow,
        };
        match decode::<ChildRequest>(&text, ChildRequest::TYPES) {
            // Messages and read marks go to the writer, the rest to the hub; either
            // way the socket waits until it is carried out, so requests apply in the
            // order sent.
            Ok(ChildRequest::Send { id, text }) => {
                if let Err(error) = self.send(&id, text).await {
                    let reply = error.into_reply(&id);
                    self.metrics.count_error_code(reply.code);
                    self.outbox.send(&ChildEvent::Error(reply));
                }
            }
            Ok(ChildRequest::Read { id, seq }) => {
                let written = match self.conversation() {
                    Ok(conversation) => self.write(&id, conversation, WorkKind::Read { seq }).await,
                    Err(error) => Err(error),
                };
                if let Err(error) = written {
                    let reply = error.into_reply(&id);
                    self.metrics.count_error_code(reply.code);
                    self.outbox.send(&ChildEvent::Error(reply));
                }
            }
            Ok(ChildRequest::Survey { id, answers }) => {
                let answered = match self.conversation() {
                    Ok(conversation) => {
                        super::survey::answer(
                            &self.store,
                            &conversation,
                            &answers,
                            self.utc_offset_minutes,
                            unix_millis(),
                        )
                        .await
                    }
                    Err(error) => Err(error),
                };
                match answered {
                    Ok(()) => {
                        self.outbox.send(&ChildEvent::Ack { id, seq: None });
                    }
                    Err(error) => {
                        let reply = error.into_reply(&id);
                        self.metrics.count_error_code(reply.code);
                        self.outbox.send(&ChildEvent::Error(reply));
                    }
                }
            }
            Ok(request) => {
                if self.hub.request(Command::Child { conn: self.conn, request }).await.is_err() {
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

impl ChildFrames {
    /// The conversation this socket is attached to (it may have ended: the store
    /// checks that).
    fn conversation(&self) -> Result<ConversationId, RequestError> {
        self.bus
            .child_conversation(self.conn)
            .ok_or(RequestError::refused(ErrorCode::NoConversation, "start or resume a conversation first"))
    }

    async fn send(&self, id: &str, text: String) -> Result<(), RequestError> {
        let conversation = self.conversation()?;
        let body = checked_text(&self.store, &conversation, None, text).await?;
        let kind = WorkKind::Message { author: Author::Child, client_id: id.to_owned(), body, now: unix_millis() };
        self.write(id, conversation, kind).await
    }

    /// Stores a message or a read mark; the store checks the conversation has not ended.
    async fn write(&self, id: &str, conversation: ConversationId, kind: WorkKind) -> Result<(), RequestError> {
        let ack = AckTo { endpoint: Endpoint::Child, outbox: self.outbox.clone(), id: id.to_owned() };
        self.writer.write(Work { conversation, staff: None, kind }, ack).await
    }
}
