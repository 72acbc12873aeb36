//! `/ws/v1/staff`: a signed-in staff member. The session cookie is checked at the
//! handshake, then every 2 s (by a watcher, even while the socket is idle), and
//! before the next frame after any sign-out or account change on this server, so a
//! revoked session or a disabled account loses its open sockets at once, not at its
//! next message or login, without a database read for every frame.

use std::ops::ControlFlow;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;
use std::time::Instant;

use axum::extract::ws::WebSocketUpgrade;
use axum::extract::State;
use axum::response::Response;
use bridgeline_protocol::{Author, ConversationId, ErrorCode, StaffEvent, StaffRequest};

use super::frame::decode;
use super::{frame_text, pump, unsolicited, FrameHandler, Incoming, Transport, CLOSE_POLICY};
use crate::app::AppState;
use crate::cluster::wire::Up;
use crate::cluster::Role;
use crate::http::auth::StaffSession;
use crate::http::ApiError;
use crate::hub::{outbox, Command, ConnId, HubHandle, Outbox, RequestError};
use crate::secrets::unix_millis;
use crate::store::writes::{Work, WorkKind};
use crate::store::Store;
use crate::writer::{checked_text, AckTo, Endpoint, WriterHandle};

/// The handshake: a valid session (401 without) from an allowed `Origin`, which must be
/// present (403 otherwise; the session extractor checks it).
pub async fn upgrade(
    State(state): State<AppState>,
    session: Result<StaffSession, ApiError>,
    upgrade: WebSocketUpgrade,
) -> Result<Response, ApiError> {
    let session = session?;
    if let Role::Follower(link) = &state.cluster {
        return super::relay(&state, link, upgrade, true, |conn| Up::OpenStaff {
            conn,
            token_hash: session.token_hash,
        });
    }
    let idle = Duration::from_secs(state.config.socket_idle_secs);
    Ok(super::configure(upgrade)
        .on_upgrade(move |socket| serve(state, Transport::Socket { socket: Box::new(socket), idle }, session)))
}

/// One staff socket: register → serve frames (re-authorising each) → gone.
pub async fn serve(state: AppState, transport: Transport, session: StaffSession) {
    let _open = transport.is_local().then(|| state.metrics.socket(true));
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
        sessions_changed: state.sessions_generation(),
        checked: None,
        hub: state.hub.clone(),
        writer: state.writer.clone(),
        store: state.store.clone(),
        token_hash: session.token_hash,
        outbox,
        metrics: state.metrics.clone(),
    };
    tokio::select! {
        () = pump(transport, receiver, frames) => {}
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
    /// See [`crate::app::AppState::sessions_changed`].
    sessions_changed: Arc<AtomicU64>,
    /// When the session was last found valid, and the generation of session changes
    /// then.
    checked: Option<(Instant, u64)>,
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
        if !self.session_check_due() {
            return self.dispatch(text).await;
        }
        let generation = self.sessions_changed.load(Ordering::SeqCst);
        match self.store.session_staff(&self.token_hash, unix_millis()).await {
            Ok(Some(_)) => self.checked = Some((Instant::now(), generation)),
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
        self.dispatch(text).await
    }
}

fn error(code: ErrorCode, detail: &str) -> StaffEvent {
    StaffEvent::Error(unsolicited(code, detail))
}

impl StaffFrames {
    /// Stores a message; the store checks that this staff member holds the
    /// conversation and that it is active.
    async fn send(&self, id: &str, conversation: ConversationId, text: String) -> Result<(), RequestError> {
        let body = checked_text(&self.store, &conversation, Some(&self.staff_id), text).await?;
        let kind = WorkKind::Message { author: Author::Counsellor, client_id: id.to_owned(), body, now: unix_millis() };
        self.write(id, conversation, kind).await
    }

    /// Stores a message or a read mark, checked by the store as for `send`.
    async fn write(&self, id: &str, conversation: ConversationId, kind: WorkKind) -> Result<(), RequestError> {
        let ack = AckTo { endpoint: Endpoint::Staff, outbox: self.outbox.clone(), id: id.to_owned() };
        self.writer.write(Work { conversation, staff: Some(self.staff_id.clone()), kind }, ack).await
    }

    /// Whether the session must be read from the database before this frame: not
    /// checked in the last [`SESSION_RECHECK`], or a session ended or an account
    /// changed on this server since (a sign-out refuses the very next frame). The
    /// watcher checks every [`SESSION_RECHECK`] anyway, for changes made elsewhere.
    fn session_check_due(&self) -> bool {
        self.checked.is_none_or(|(at, generation)| {
            at.elapsed() >= SESSION_RECHECK || generation != self.sessions_changed.load(Ordering::SeqCst)
        })
    }

    /// Hands a frame from a signed-in socket to the writer or the hub.
    async fn dispatch(&mut self, text: String) -> ControlFlow<()> {
        match decode::<StaffRequest>(&text, StaffRequest::TYPES) {
            // Messages and read marks go to the writer, the rest to the hub; either
            // way the socket waits until it is carried out, so requests apply in the
            // order sent.
            Ok(StaffRequest::Send { id, conversation_id, text }) => {
                if let Err(error) = self.send(&id, conversation_id, text).await {
                    let reply = error.into_reply(&id);
                    self.metrics.count_error_code(reply.code);
                    self.outbox.send(&StaffEvent::Error(reply));
                }
            }
            Ok(StaffRequest::Read { id, conversation_id, seq }) => {
                if let Err(error) = self.write(&id, conversation_id, WorkKind::Read { seq }).await {
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
