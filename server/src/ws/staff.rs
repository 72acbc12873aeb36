//! `/ws/v1/staff`: a signed-in staff member. The session cookie is checked at the
//! handshake, before every frame, and every few seconds while the socket is idle, so a
//! revoked session or a disabled account loses its open sockets at once, not at its
//! next message or login.

use std::ops::ControlFlow;

use axum::extract::ws::{WebSocket, WebSocketUpgrade};
use axum::extract::State;
use axum::response::Response;
use bridgeline_protocol::{Author, ConversationId, ErrorCode, StaffEvent, StaffRequest};

use super::child::TRANSPORT_MAX_BYTES;
use super::frame::decode;
use super::{frame_text, pump, unsolicited, FrameHandler, Incoming, CLOSE_POLICY};
use crate::app::AppState;
use crate::http::auth::StaffSession;
use crate::http::ApiError;
use crate::hub::{outbox, Command, ConnId, HubHandle, Outbox, RequestError};
use crate::secrets::unix_millis;
use crate::store::messages::AppendRequest;
use crate::store::Store;
use crate::writer::{text_body, AckTo, Endpoint, WriterHandle};

/// The handshake: a valid session (401 without) from an allowed `Origin`, which must be
/// present (403 otherwise; the session extractor checks it).
pub async fn upgrade(
    State(state): State<AppState>,
    session: Result<StaffSession, ApiError>,
    upgrade: WebSocketUpgrade,
) -> Result<Response, ApiError> {
    let session = session?;
    Ok(upgrade
        .max_message_size(TRANSPORT_MAX_BYTES)
        .max_frame_size(TRANSPORT_MAX_BYTES)
        .on_upgrade(move |socket| serve(state, socket, session)))
}

/// One staff socket: register → serve frames (re-authorising each) → gone.
async fn serve(state: AppState, socket: WebSocket, session: StaffSession) {
    let _open = state.metrics.socket(true);
    let conn = state.next_conn();
    let (outbox, receiver) = outbox();
    let staff = session.staff;
    let staff_id = staff.id.clone();
    if state.hub.request(Command::StaffConnected { conn, staff, outbox: outbox.clone() }).await.is_err() {
        return;
    }
    let watch = watch_session(state.store.clone(), session.token_hash.clone(), outbox.clone());
    let frames = StaffFrames {
        conn,
        staff_id,
        hub: state.hub.clone(),
        writer: state.writer.clone(),
        store: state.store.clone(),
        token_hash: session.token_hash,
        outbox,
        metrics: state.metrics.clone(),
    };
    tokio::select! {
        () = pump(socket, receiver, frames) => {}
        () = watch => {}
    }
    let _ = state.hub.send(Command::StaffGone { conn }).await;
}

/// How often an open staff socket re-checks its session.
const SESSION_RECHECK: std::time::Duration = std::time::Duration::from_secs(2);

/// Closes the socket once its session has ended (signed out elsewhere, expired, or the
/// account disabled). Never returns: the pump ends when the close frame is out.
async fn watch_session(store: Store, token_hash: String, outbox: Outbox) {
    let mut interval = tokio::time::interval(SESSION_RECHECK);
    interval.tick().await;
    loop {
        interval.tick().await;
        match store.session_staff(&token_hash, unix_millis()).await {
            Ok(Some(_)) => {}
            Ok(None) => {
                outbox.send(&error(ErrorCode::Unauthenticated, "session expired or revoked"));
                outbox.close(CLOSE_POLICY, "session ended");
                break;
            }
            Err(failure) => tracing::warn!(error = %failure, "session re-check failed; will retry"),
        }
    }
    std::future::pending::<()>().await;
}

struct StaffFrames {
    conn: ConnId,
    staff_id: String,
    hub: HubHandle,
    writer: WriterHandle,
    store: Store,
    token_hash: String,
    outbox: Outbox,
    metrics: std::sync::Arc<crate::metrics::Metrics>,
}

impl FrameHandler for StaffFrames {
    async fn on_frame(&mut self, incoming: Incoming) -> ControlFlow<()> {
        let text = match frame_text(incoming, &self.outbox, StaffEvent::Error) {
            Ok(text) => text,
            Err(flow) => return flow,
        };
        match self.store.session_staff(&self.token_hash, unix_millis()).await {
            Ok(Some(_)) => {}
            Ok(None) => {
                self.outbox.send(&error(ErrorCode::Unauthenticated, "session expired or revoked"));
                self.outbox.close(CLOSE_POLICY, "session ended");
                return ControlFlow::Break(());
            }
            Err(failure) => {
                tracing::error!(error = %failure, "session check failed");
                self.outbox.send(&error(ErrorCode::Internal, "internal error; retry"));
                return ControlFlow::Continue(());
            }
        }
        match decode::<StaffRequest>(&text, StaffRequest::TYPES) {
            // Messages go to the writer, the rest to the hub; either way the socket
            // waits until it is carried out, so requests apply in the order sent.
            Ok(StaffRequest::Send { id, conversation_id, text }) => {
                if let Err(error) = self.send(&id, conversation_id, text).await {
                    let reply = error.into_reply(&id);
                    self.metrics.count_error_code(reply.code);
                    self.outbox.send(&StaffEvent::Error(reply));
                }
            }
            Ok(request) => {
                if self.hub.request(Command::Staff { conn: self.conn, request }).await.is_err() {
                    return ControlFlow::Break(());
                }
            }
            Err(reply) => {
                self.metrics.count_error_code(reply.code);
                self.outbox.send(&StaffEvent::Error(reply));
            }
        }
        ControlFlow::Continue(())
    }
}

fn error(code: ErrorCode, detail: &str) -> StaffEvent {
    StaffEvent::Error(unsolicited(code, detail))
}

impl StaffFrames {
    /// Stores a message in a conversation; the store checks that this staff member
    /// holds it and that it is active.
    async fn send(&self, id: &str, conversation: ConversationId, text: String) -> Result<(), RequestError> {
        let body = text_body(text)?;
        let request = AppendRequest {
            conversation,
            author: Author::Counsellor,
            staff: Some(self.staff_id.clone()),
            client_id: id.to_owned(),
            body,
            now: unix_millis(),
        };
        let ack = AckTo { endpoint: Endpoint::Staff, outbox: self.outbox.clone(), id: id.to_owned() };
        self.writer.append(request, ack).await.map(drop)
    }
}
