//! The WebSocket endpoints. Each socket's life is one linear function: check the
//! handshake, register with the hub, pump frames both ways, tell the hub it is gone.
//!
//! - `frame.rs`: typed decoding of client frames.
//! - `child.rs`: `/ws/v1/child`, anonymous.
//! - `staff.rs`: `/ws/v1/staff`, authorised by the session cookie on every frame.
//! - `survey.rs`: the child's answers after the chat, counted anonymously.

pub mod child;
pub mod frame;
pub mod staff;
pub mod survey;

use std::future::Future;
use std::ops::ControlFlow;
use std::time::Duration;

use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade};
use bridgeline_protocol::MAX_FRAME_BYTES;
use futures_util::future::Either;
use futures_util::{SinkExt, StreamExt};

use bridgeline_protocol::{ErrorCode, ErrorReply};
use serde::Serialize;

use crate::hub::{OutFrame, Outbox, OutboxReceiver};

/// Close code for a frame over [`MAX_FRAME_BYTES`] (RFC 6455 "message too big").
pub const CLOSE_TOO_BIG: u16 = 1009;
/// Close code for a policy violation (e.g. an expired session).
pub const CLOSE_POLICY: u16 = 1008;
/// Close code when the server gives up on a socket that cannot keep up.
pub const CLOSE_TRY_AGAIN: u16 = 1013;
/// Close code for a text frame that is not valid UTF-8 (RFC 6455 "invalid frame
/// payload data").
pub const CLOSE_INVALID_UTF8: u16 = 1007;

/// Read and write buffers of every socket. Chat frames are small: 4 KiB holds most in
/// one read, and larger ones (up to the 64 KiB limit) are read in several. The
/// WebSocket layer's default, 128 KiB each way allocated at the upgrade, would cost an
/// idle waiting child more than 128 KiB of server memory.
const SOCKET_BUFFER: usize = 4 * 1024;

/// The upgrade both endpoints make: frame limits and lean buffers.
pub fn configure(upgrade: WebSocketUpgrade) -> WebSocketUpgrade {
    upgrade
        .max_message_size(child::TRANSPORT_MAX_BYTES)
        .max_frame_size(child::TRANSPORT_MAX_BYTES)
        .read_buffer_size(SOCKET_BUFFER)
        .write_buffer_size(SOCKET_BUFFER)
}

/// The upgrade of a socket opened on a follower: relayed to the leader, which serves
/// it (see [`crate::cluster`]). `open` says what the socket is, given this node's id
/// for it. 503 while no leader is reachable.
pub fn relay(
    state: &crate::app::AppState,
    link: &crate::cluster::Link,
    upgrade: WebSocketUpgrade,
    staff: bool,
    open: impl FnOnce(u64) -> crate::cluster::wire::Up,
) -> Result<axum::response::Response, crate::http::ApiError> {
    let conn = state.next_conn();
    let relay = link.relay(conn, open(conn))?;
    let metrics = state.metrics.clone();
    let idle = Duration::from_secs(state.config.socket_idle_secs);
    Ok(configure(upgrade).on_upgrade(move |socket| async move {
        let _open = metrics.socket(staff);
        relay.run(Box::new(socket), idle).await;
    }))
}

/// What arrived from the client, once the transport details are dealt with.
pub enum Incoming {
    Text(String),
    /// A binary frame: the protocol is JSON text only.
    Binary,
    /// A text frame over the limit; the socket is closing with 1009.
    TooBig,
    /// A text frame that is not valid UTF-8; the socket is closing with 1007.
    InvalidUtf8,
}

/// What each endpoint does with a frame from its client.
pub trait FrameHandler: Send {
    /// Handles one frame; `Break` closes the socket (after any queued close frame).
    fn on_frame(&mut self, incoming: Incoming) -> impl Future<Output = ControlFlow<()>> + Send;
}

/// What both endpoints do alike before decoding: a binary frame gets `malformed` and
/// the socket carries on; a frame over the limit gets `too_long` and closes the socket
/// with 1009; a text frame that is not UTF-8 gets `malformed` and closes it with 1007
/// (the stream cannot be trusted after it). Returns the text to decode, or the flow to
/// return. `wrap` makes the endpoint's error event (e.g. `ChildEvent::Error`).
pub fn frame_text<E: Serialize>(
    incoming: Incoming,
    outbox: &Outbox,
    wrap: fn(ErrorReply) -> E,
) -> Result<String, ControlFlow<()>> {
    match incoming {
        Incoming::Text(text) => Ok(text),
        Incoming::Binary => {
            outbox.send(&wrap(unsolicited(ErrorCode::Malformed, "binary frames are not accepted")));
            Err(ControlFlow::Continue(()))
        }
        Incoming::TooBig => {
            outbox.send(&wrap(unsolicited(ErrorCode::TooLong, "frame over 64 KiB")));
            outbox.close(CLOSE_TOO_BIG, "frame too large");
            Err(ControlFlow::Break(()))
        }
        Incoming::InvalidUtf8 => {
            outbox.send(&wrap(unsolicited(ErrorCode::Malformed, "text frame is not valid UTF-8")));
            outbox.close(CLOSE_INVALID_UTF8, "text frame is not valid UTF-8");
            Err(ControlFlow::Break(()))
        }
    }
}

/// An error not tied to a request id.
pub fn unsolicited(code: ErrorCode, detail: &str) -> ErrorReply {
    ErrorReply { id: None, code, detail: detail.to_owned(), until: None }
}

/// Where a socket's frames come from and go to.
pub enum Transport {
    /// A client connected to this node, silent for at most `idle`. Boxed: the futures
    /// that carry it to the pump keep their arguments for the socket's whole life, and
    /// the pump moves the socket out (into its two halves) at once, so an unboxed
    /// socket would leave a dead copy of itself in each of them, in every idle socket.
    Socket { socket: Box<WebSocket>, idle: Duration },
    /// A client connected to a follower, whose frames come over its link (this node
    /// leads; see [`crate::cluster`]).
    Relayed(crate::cluster::Relayed),
}

impl Transport {
    /// Whether the client is connected to this node (and counts in its socket gauges).
    pub fn is_local(&self) -> bool {
        matches!(self, Transport::Socket { .. })
    }
}

/// Writes the outbox to the client and feeds its frames to `handler` until either
/// side ends. Not an `async fn`: that would keep its arguments (the socket, the
/// handler) in its own state beside the copies the pump moves them into, and every
/// idle socket would carry both.
pub fn pump(
    transport: Transport,
    outbox: OutboxReceiver,
    handler: impl FrameHandler,
) -> impl Future<Output = ()> + Send {
    match transport {
        Transport::Socket { socket, idle } => Either::Left(pump_socket(socket, outbox, handler, idle)),
        Transport::Relayed(relayed) => Either::Right(crate::cluster::pump_relayed(relayed, outbox, handler)),
    }
}

/// Writes the outbox to the socket and feeds incoming frames to `handler` until
/// either side ends, or the client is silent for `idle` (it is pinged every third of
/// that, and a live client answers with a pong): a connection that died without a
/// close must not look connected.
async fn pump_socket(
    socket: Box<WebSocket>,
    mut outbox: OutboxReceiver,
    mut handler: impl FrameHandler,
    idle: Duration,
) {
    let (mut sink, mut stream) = (*socket).split();
    let kick = outbox.kick.clone();
    // Set once the server sent its close frame: the client's frames still in flight are
    // then read and dropped, not handled (see below).
    let server_closed = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let closed_by_writer = server_closed.clone();
    let ping_every = idle / 3;
    let mut pings = tokio::time::interval_at(tokio::time::Instant::now() + ping_every, ping_every);
    pings.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let writer = async move {
        loop {
            tokio::select! {
                _ = pings.tick() => {
                    if sink.send(Message::Ping(Default::default())).await.is_err() {
                        break;
                    }
                }
                frame = outbox.recv() => match frame {
                    Some(OutFrame::Text(text)) => {
                        if sink.send(Message::Text(text.into())).await.is_err() {
                            break;
                        }
                    }
                    Some(OutFrame::Close(code, reason)) => {
                        closed_by_writer.store(true, std::sync::atomic::Ordering::Relaxed);
                        let _ = sink.send(Message::Close(Some(CloseFrame { code, reason: reason.as_ref().into() }))).await;
                        break;
                    }
                    None => break,
                },
                () = kick.notified() => {
                    closed_by_writer.store(true, std::sync::atomic::Ordering::Relaxed);
                    let close = CloseFrame { code: CLOSE_TRY_AGAIN, reason: "too slow; reconnect and resume".into() };
                    let _ = sink.send(Message::Close(Some(close))).await;
                    break;
                }
            }
        }
    };
    // Ends with true when the server is closing the socket (a close frame is queued and
    // the writer should be given time to send it), false when the client went away.
    let reader = async move {
        // Silent for `idle`, pongs included: gone.
        while let Ok(Some(read)) = tokio::time::timeout(idle, stream.next()).await {
            if server_closed.load(std::sync::atomic::Ordering::Relaxed) {
                match read {
                    Ok(Message::Close(_)) | Err(_) => return false,
                    Ok(_) => continue,
                }
            }
            let incoming = match read {
                Ok(Message::Text(text)) if text.len() > MAX_FRAME_BYTES => Incoming::TooBig,
                Ok(Message::Text(text)) => Incoming::Text(text.to_string()),
                Ok(Message::Binary(bytes)) if bytes.len() > MAX_FRAME_BYTES => Incoming::TooBig,
                Ok(Message::Binary(_)) => Incoming::Binary,
                Ok(Message::Close(_)) => return false,
                Ok(Message::Ping(_) | Message::Pong(_)) => continue,
                Err(error) if is_invalid_utf8(&error) => Incoming::InvalidUtf8,
                Err(_) => return false,
            };
            // Boxed: a frame's handling (a database read, the writer, the hub) is a large
            // future, and inline it would size every idle socket's task by it.
            if Box::pin(handler.on_frame(incoming)).await.is_break() {
                return true;
            }
        }
        false
    };
    tokio::pin!(writer, reader);
    tokio::select! {
        // The server closed: read on (dropping frames) until the client answers the
        // close or goes, for a moment. Dropping a connection with frames still unread
        // would make the kernel reset it, and the client lose the close frame and the
        // frames before it.
        () = &mut writer => {
            let _ = tokio::time::timeout(std::time::Duration::from_secs(2), &mut reader).await;
        }
        closing = &mut reader => {
            if closing {
                let _ = tokio::time::timeout(std::time::Duration::from_secs(2), &mut writer).await;
            }
        }
    }
}

/// Whether a read failed because a text frame was not valid UTF-8 (the WebSocket layer
/// checks it; the connection is otherwise sound, so a close frame can still go out).
fn is_invalid_utf8(error: &axum::Error) -> bool {
    std::error::Error::source(error)
        .and_then(|source| source.downcast_ref::<tungstenite::Error>())
        .is_some_and(|error| matches!(error, tungstenite::Error::Utf8(_)))
}
