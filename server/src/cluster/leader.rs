//! The leader's end of the followers' links: `/internal/v1/link`, and the relayed
//! sockets it serves as its own.

use std::collections::HashMap;
use std::time::Duration;

use axum::extract::ws::rejection::WebSocketUpgradeRejection;
use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::extract::State;
use axum::http::{header, HeaderMap};
use axum::response::Response;
use futures_util::StreamExt;
use tokio::sync::mpsc;

use super::wire::{Answer, Ask, Down, Refused, Up, LINK_MAX_BYTES};
use super::{write_link, Role, LINK_SILENT};
use crate::app::AppState;
use crate::http::auth::StaffSession;
use crate::http::ApiError;
use crate::hub::{Command, OutFrame, OutboxReceiver};
use crate::secrets::{token_hash, unix_millis};
use crate::ws::{FrameHandler, Incoming, Transport, CLOSE_POLICY, CLOSE_TRY_AGAIN};

/// Frames queued towards one follower before its relayed sockets wait.
const LINK_QUEUE: usize = 4096;
/// Client frames queued for one relayed socket. A client's frames are handled one at
/// a time, as on a socket of the leader's own; one that sends faster than that for
/// this many frames is closed and resumes.
const RELAYED_QUEUE: usize = 256;

/// A client socket held by a follower, as the leader serves it.
#[derive(Debug)]
pub struct Relayed {
    /// The follower's id for the socket.
    pub remote: u64,
    pub incoming: mpsc::Receiver<Incoming>,
    pub down: mpsc::Sender<Down>,
}

/// `GET /internal/v1/link`: a follower links to the leader with the secret the leader
/// announced. 404 on a node that does not lead, 403 with any other secret.
pub async fn endpoint(
    State(state): State<AppState>,
    headers: HeaderMap,
    upgrade: Result<WebSocketUpgrade, WebSocketUpgradeRejection>,
) -> Result<Response, ApiError> {
    let Role::Leader { link_secret: Some(secret) } = &state.cluster else { return Err(ApiError::NotFound) };
    let presented = headers
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "))
        .unwrap_or("");
    // Digests compared, so the comparison's time says nothing about the secret.
    if token_hash(presented) != token_hash(secret) {
        return Err(ApiError::Forbidden("not a node of this helpline"));
    }
    let upgrade = upgrade.map_err(|_| ApiError::BadRequest("a link is a WebSocket".to_owned()))?;
    Ok(upgrade
        .max_message_size(LINK_MAX_BYTES)
        .max_frame_size(LINK_MAX_BYTES)
        .on_upgrade(move |socket| serve_link(state, socket)))
}

async fn serve_link(state: AppState, socket: WebSocket) {
    tracing::info!("a follower linked");
    let (sink, mut stream) = socket.split();
    let (down, outgoing) = mpsc::channel::<Down>(LINK_QUEUE);
    let writer = tokio::spawn(write_link(
        outgoing,
        sink,
        |text| Message::Text(text.into()),
        || Message::Ping(Default::default()),
    ));
    let mut sockets = HashMap::new();
    while let Ok(Some(Ok(message))) = tokio::time::timeout(LINK_SILENT, stream.next()).await {
        let Message::Text(text) = message else { continue };
        match serde_json::from_str::<Up>(&text) {
            Ok(up) => handle(&state, up, &mut sockets, &down).await,
            Err(error) => tracing::warn!(%error, "a follower sent a frame this node does not understand"),
        }
    }
    tracing::warn!("a follower's link closed: its sockets are gone");
    // Each relayed socket's handler sees its frames end, and tells the hub it is gone.
    drop(sockets);
    writer.abort();
}

async fn handle(
    state: &AppState,
    up: Up,
    sockets: &mut HashMap<u64, mpsc::Sender<Incoming>>,
    down: &mpsc::Sender<Down>,
) {
    let mut open = |conn: u64| {
        let (frames, incoming) = mpsc::channel(RELAYED_QUEUE);
        sockets.insert(conn, frames);
        Transport::Relayed(Relayed { remote: conn, incoming, down: down.clone() })
    };
    match up {
        Up::OpenChild { conn, address, pause_token } => {
            let transport = open(conn);
            tokio::spawn(crate::ws::child::serve(state.clone(), transport, address, pause_token));
        }
        Up::OpenStaff { conn, token_hash } => {
            let transport = open(conn);
            let state = state.clone();
            let down = down.clone();
            tokio::spawn(async move {
                match state.store.session_staff(&token_hash, unix_millis()).await {
                    Ok(Some(staff)) => {
                        crate::ws::staff::serve(state, transport, StaffSession { staff, token_hash }).await;
                    }
                    Ok(None) | Err(_) => {
                        let reason = "session ended".to_owned();
                        let _ = down.send(Down::Close { conn, code: CLOSE_POLICY, reason }).await;
                    }
                }
            });
        }
        Up::Frame { conn, text } => deliver(sockets, down, conn, Incoming::Text(text)),
        Up::Refused { conn, why } => {
            let incoming = match why {
                Refused::Binary => Incoming::Binary,
                Refused::TooBig => Incoming::TooBig,
                Refused::InvalidUtf8 => Incoming::InvalidUtf8,
            };
            deliver(sockets, down, conn, incoming);
        }
        Up::Gone { conn } => {
            sockets.remove(&conn);
        }
        Up::Ask { request, ask } => {
            let state = state.clone();
            let down = down.clone();
            tokio::spawn(async move {
                if let Some(answer) = answer(&state, ask).await {
                    let _ = down.send(Down::Answer { request, answer }).await;
                }
            });
        }
        Up::StaffChanged { staff_id } => {
            let _ = state.hub.send(Command::StaffChanged { staff_id }).await;
        }
        Up::SettingsChanged => match crate::http::settings::effective(state).await {
            Ok(settings) => {
                let board = crate::http::settings::board_config(&settings, &state.config);
                let _ = state.hub.send(Command::BoardConfig { board }).await;
            }
            Err(error) => tracing::warn!(%error, "settings changed on a follower, but could not be read here"),
        },
        Up::Handover(event) => {
            let _ = state.hub.send(Command::Handover(event)).await;
        }
    }
}

/// Passes a client's frame to its relayed socket, or, when there is no such socket
/// (it closed, the link is newer than it) or it is flooding, tells the follower to
/// close it: the client resumes.
fn deliver(sockets: &mut HashMap<u64, mpsc::Sender<Incoming>>, down: &mpsc::Sender<Down>, conn: u64, frame: Incoming) {
    let reason = match sockets.get(&conn).map(|frames| frames.try_send(frame)) {
        Some(Ok(())) => return,
        Some(Err(mpsc::error::TrySendError::Full(_))) => "too many frames at once; reconnect and resume",
        Some(Err(mpsc::error::TrySendError::Closed(_))) | None => "this socket is closed; reconnect and resume",
    };
    sockets.remove(&conn);
    let _ = down.try_send(Down::Close { conn, code: CLOSE_TRY_AGAIN, reason: reason.to_owned() });
}

async fn answer(state: &AppState, ask: Ask) -> Option<Answer> {
    match ask {
        Ask::PausedUntil { address, pause_token } => {
            let (reply, until) = tokio::sync::oneshot::channel();
            state.hub.send(Command::PausedUntil { address, pause_token, reply }).await.ok()?;
            Some(Answer::PausedUntil { until: until.await.ok()? })
        }
        Ask::Present => {
            let (reply, present) = tokio::sync::oneshot::channel();
            state.hub.send(Command::Present { reply }).await.ok()?;
            Some(Answer::Present { present: present.await.ok()? })
        }
    }
}

/// Serves a relayed socket: the client's frames come from the link, the outbox goes
/// back over it. The follower keeps the transport (pings, limits); here only the
/// order matters, as on a socket of this node's own.
pub async fn pump_relayed(relayed: Relayed, mut outbox: OutboxReceiver, mut handler: impl FrameHandler) {
    let Relayed { remote, mut incoming, down } = relayed;
    let kick = outbox.kick.clone();
    let writer = async move {
        loop {
            tokio::select! {
                frame = outbox.recv() => match frame {
                    Some(OutFrame::Text(text)) => {
                        if down.send(Down::Frame { conn: remote, text }).await.is_err() {
                            break;
                        }
                    }
                    Some(OutFrame::Close(code, reason)) => {
                        let _ = down.send(Down::Close { conn: remote, code, reason: reason.into_owned() }).await;
                        break;
                    }
                    None => break,
                },
                () = kick.notified() => {
                    let reason = "too slow; reconnect and resume".to_owned();
                    let _ = down.send(Down::Close { conn: remote, code: CLOSE_TRY_AGAIN, reason }).await;
                    break;
                }
            }
        }
    };
    let reader = async move {
        while let Some(frame) = incoming.recv().await {
            if Box::pin(handler.on_frame(frame)).await.is_break() {
                return true;
            }
        }
        false
    };
    tokio::pin!(writer, reader);
    tokio::select! {
        // Closed from this side: frames still coming for it are not handled.
        () = &mut writer => {}
        closing = &mut reader => {
            if closing {
                let _ = tokio::time::timeout(Duration::from_secs(2), &mut writer).await;
            }
        }
    }
}
