//! The generator's WebSocket clients: children that start, wait to be joined and then
//! send at the pace the current plan sets; counsellors that accept every offer and
//! receive the children's messages. One task per socket; every frame goes through
//! [`crate::frames::parse`], and whatever is unexpected is counted, never unwrapped.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use tokio::net::TcpStream;
use tokio::sync::{mpsc, watch};
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

use crate::frames::{self, Dialect, Event, START_ID};
use crate::recorder::Recorder;
use crate::relay::socket_config;

pub type Socket = WebSocketStream<MaybeTlsStream<TcpStream>>;

/// How long one connection or handshake may take.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// Opens a WebSocket to `addr` from the loopback address `source`, with `Origin` set
/// to the server's own (as its pages would) and the session cookie when given.
pub async fn connect(addr: SocketAddr, path: &str, source: IpAddr, cookie: Option<&str>) -> Result<Socket, String> {
    let attempt = async {
        let tcp = tokio::net::TcpSocket::new_v4().map_err(|error| format!("socket: {error}"))?;
        tcp.bind(SocketAddr::new(source, 0)).map_err(|error| format!("bind {source}: {error}"))?;
        let stream = tcp.connect(addr).await.map_err(|error| format!("connect: {error}"))?;
        let _ = stream.set_nodelay(true);
        let mut request =
            format!("ws://{addr}{path}").into_client_request().map_err(|error| format!("request: {error}"))?;
        let origin = format!("http://{addr}").parse().map_err(|_| "origin header".to_owned())?;
        request.headers_mut().insert("Origin", origin);
        if let Some(cookie) = cookie {
            request.headers_mut().insert("Cookie", cookie.parse().map_err(|_| "cookie header".to_owned())?);
        }
        let (socket, _) =
            tokio_tungstenite::client_async_with_config(request, MaybeTlsStream::Plain(stream), Some(socket_config()))
                .await
                .map_err(|error| format!("handshake: {error}"))?;
        Ok(socket)
    };
    tokio::time::timeout(CONNECT_TIMEOUT, attempt).await.map_err(|_| "connect timed out".to_owned())?
}

/// How the children send: each child sends once every `interval`, starting at
/// `start` plus its own phase (children spread evenly over the interval), until `stop`.
#[derive(Debug, Clone, Copy)]
pub struct Plan {
    pub tag: u32,
    pub start: Instant,
    pub interval: Duration,
    pub stop: Instant,
    /// Children `0..senders` send; the others stay quiet.
    pub senders: u32,
}

impl Plan {
    fn first_send(&self, child: u32) -> Option<Instant> {
        (child < self.senders).then(|| self.start + self.interval.mul_f64(f64::from(child) / f64::from(self.senders)))
    }
}

/// What every child is told to do.
#[derive(Debug, Clone, Copy, Default)]
pub struct ChildControl {
    /// Send `start` (or the relay's `join`).
    pub start: bool,
    pub plan: Option<Plan>,
}

#[derive(Debug)]
pub enum ChildEvent {
    /// `start` answered (`attached`; the relay's `ack`).
    Attached,
    /// A counsellor joined (for the relay: at once, with the join's `ack`).
    Joined(Instant),
    /// The child cannot go on: its start was refused or its socket closed.
    Failed(String),
}

/// One child's socket for the life of a scenario.
pub async fn child(
    mut socket: Socket,
    index: u32,
    dialect: Dialect,
    recorder: Arc<Recorder>,
    mut control: watch::Receiver<ChildControl>,
    events: mpsc::UnboundedSender<ChildEvent>,
) {
    let mut started = false;
    let mut plan: Option<Plan> = None;
    let mut next: Option<Instant> = None;
    let mut counter = 0u64;
    let initial = *control.borrow_and_update();
    if initial.start {
        started = true;
        if socket.send(Message::Text(frames::child_start(dialect, index).into())).await.is_err() {
            let _ = events.send(ChildEvent::Failed("could not send start".into()));
            return;
        }
    }
    loop {
        tokio::select! {
            incoming = socket.next() => {
                let text = match incoming {
                    Some(Ok(Message::Text(text))) => text,
                    Some(Ok(Message::Close(_))) | None | Some(Err(_)) => {
                        recorder.closed();
                        let _ = events.send(ChildEvent::Failed("socket closed by the server".into()));
                        return;
                    }
                    Some(Ok(_)) => continue,
                };
                let now = Instant::now();
                match frames::parse(text.as_str()) {
                    Event::Answer { id } if id == START_ID => {
                        let _ = events.send(ChildEvent::Attached);
                        if dialect == Dialect::Relay {
                            let _ = events.send(ChildEvent::Joined(now));
                        }
                    }
                    Event::Answer { id } => recorder.ack(&id, now),
                    Event::CounsellorJoined => {
                        let _ = events.send(ChildEvent::Joined(now));
                    }
                    Event::Error { id, code } => {
                        recorder.error(id.as_deref(), &code);
                        if id.as_deref() == Some(START_ID) {
                            let _ = events.send(ChildEvent::Failed(format!("start refused: {code}")));
                        }
                    }
                    Event::ChildMessage { .. } | Event::Ignored => {}
                    Event::Unexpected(kind) => recorder.unexpected(&kind),
                    Event::Offer { .. } | Event::Ready | Event::Assigned => recorder.unexpected("staff frame on a child socket"),
                }
            }
            () = sleep_until_some(next) => {
                let Some(current) = plan else { next = None; continue };
                let now = Instant::now();
                // Every send that is due goes now, each with its own scheduled time, so
                // a late generator still offers the planned rate.
                while let Some(due) = next.filter(|due| *due <= now && *due < current.stop) {
                    let id = frames::send_id(current.tag, index, counter, recorder.since_epoch(due).as_micros() as u64);
                    counter += 1;
                    recorder.sent(&id);
                    if socket.send(Message::Text(frames::child_send(dialect, index, &id).into())).await.is_err() {
                        recorder.closed();
                        let _ = events.send(ChildEvent::Failed("send failed".into()));
                        return;
                    }
                    next = Some(due + current.interval);
                }
                if next.is_some_and(|due| due >= current.stop) {
                    next = None;
                }
            }
            changed = control.changed() => {
                if changed.is_err() {
                    let _ = socket.close(None).await;
                    return;
                }
                let now = *control.borrow_and_update();
                if now.start && !started {
                    started = true;
                    if socket.send(Message::Text(frames::child_start(dialect, index).into())).await.is_err() {
                        let _ = events.send(ChildEvent::Failed("could not send start".into()));
                        return;
                    }
                }
                let same_plan = matches!((plan, now.plan), (Some(old), Some(new)) if old.tag == new.tag);
                if !same_plan {
                    plan = now.plan;
                    next = plan.and_then(|plan| plan.first_send(index));
                }
            }
        }
    }
}

async fn sleep_until_some(at: Option<Instant>) {
    match at {
        Some(at) => tokio::time::sleep_until(at.into()).await,
        None => std::future::pending().await,
    }
}

#[derive(Debug)]
pub enum CounsellorEvent {
    /// The counsellor's socket is ready (Bridgeline `ready`; the relay: every join acked).
    Ready,
    /// A conversation became theirs.
    Assigned,
    Failed(String),
}

/// One counsellor's socket. On Bridgeline it goes `available` when `available` says so
/// and accepts every offer; on the relay it joins `relay_chats` first.
pub async fn counsellor(
    mut socket: Socket,
    dialect: Dialect,
    relay_chats: Vec<u32>,
    recorder: Arc<Recorder>,
    mut available: watch::Receiver<bool>,
    events: mpsc::UnboundedSender<CounsellorEvent>,
) {
    let mut requests = 0u64;
    let mut joins_left = relay_chats.len();
    for chat in &relay_chats {
        if socket.send(Message::Text(frames::relay_counsellor_join(*chat).into())).await.is_err() {
            let _ = events.send(CounsellorEvent::Failed("could not join".into()));
            return;
        }
    }
    if dialect == Dialect::Relay && joins_left == 0 {
        let _ = events.send(CounsellorEvent::Ready);
    }
    loop {
        tokio::select! {
            incoming = socket.next() => {
                let text = match incoming {
                    Some(Ok(Message::Text(text))) => text,
                    Some(Ok(Message::Close(_))) | None | Some(Err(_)) => {
                        recorder.closed();
                        let _ = events.send(CounsellorEvent::Failed("socket closed by the server".into()));
                        return;
                    }
                    Some(Ok(_)) => continue,
                };
                let now = Instant::now();
                let reply = match frames::parse(text.as_str()) {
                    Event::ChildMessage { client_id } => {
                        recorder.relayed(&client_id, now);
                        None
                    }
                    Event::Ready => {
                        let _ = events.send(CounsellorEvent::Ready);
                        requests += 1;
                        Some(frames::set_status(&format!("status-{requests}"), *available.borrow_and_update()))
                    }
                    Event::Offer { conversation_id } => {
                        requests += 1;
                        Some(frames::accept(&format!("accept-{requests}"), &conversation_id))
                    }
                    Event::Assigned => {
                        let _ = events.send(CounsellorEvent::Assigned);
                        None
                    }
                    Event::Answer { id } => {
                        if dialect == Dialect::Relay && id.starts_with("join-") {
                            joins_left = joins_left.saturating_sub(1);
                            let _ = events.send(CounsellorEvent::Assigned);
                            if joins_left == 0 {
                                let _ = events.send(CounsellorEvent::Ready);
                            }
                        }
                        None
                    }
                    Event::Error { id, code } => {
                        recorder.error(id.as_deref(), &code);
                        None
                    }
                    // The counsellor gets the notice announcing them too (docs/protocol.md, `assigned`).
                    Event::CounsellorJoined | Event::Ignored => None,
                    Event::Unexpected(kind) => {
                        recorder.unexpected(&kind);
                        None
                    }
                };
                if let Some(reply) = reply {
                    if socket.send(Message::Text(reply.into())).await.is_err() {
                        let _ = events.send(CounsellorEvent::Failed("send failed".into()));
                        return;
                    }
                }
            }
            changed = available.changed() => {
                if changed.is_err() {
                    let _ = socket.close(None).await;
                    return;
                }
                if dialect == Dialect::Relay {
                    continue;
                }
                requests += 1;
                let frame = frames::set_status(&format!("status-{requests}"), *available.borrow_and_update());
                if socket.send(Message::Text(frame.into())).await.is_err() {
                    let _ = events.send(CounsellorEvent::Failed("send failed".into()));
                    return;
                }
            }
        }
    }
}
