//! A follower's end of its link to the leader: keeping the link up, relaying its
//! clients' sockets over it, and passing on what only the hub can do.

use std::collections::HashMap;
use std::ops::ControlFlow;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use axum::extract::ws::WebSocket;
use futures_util::StreamExt;
use tokio::sync::{mpsc, oneshot};
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::protocol::WebSocketConfig;
use tokio_tungstenite::tungstenite::Message;

use super::wire::{Answer, Ask, Down, Refused, Up, LINK_MAX_BYTES};
use super::{write_link, CLOSE_SERVICE_RESTART, LINK_SILENT};
use crate::http::ApiError;
use crate::hub::{outbox, Command, HubHandle, Outbox, Queued};
use crate::store::Store;
use crate::ws::{pump, FrameHandler, Incoming, Transport};

/// How often a follower without a link looks for the leader again.
const RELINK_EVERY: Duration = Duration::from_millis(200);
/// How long a link may take to open.
const CONNECT_WITHIN: Duration = Duration::from_secs(2);
/// How long a question to the hub may take before the follower answers without it.
const ASK_WITHIN: Duration = Duration::from_secs(5);
/// The close reason of a relayed socket whose link to the leader is gone.
const LEADER_CHANGED: &str = "the helpline's leading node changed; reconnect and resume";
/// Frames queued towards the leader before this follower's sockets wait.
const LINK_QUEUE: usize = 4096;

/// Why a link could not open.
#[derive(Debug, thiserror::Error)]
enum LinkError {
    #[error("no node has announced that it leads")]
    NoLeader,
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
    #[error("the leader's address: {0}")]
    Address(String),
    #[error("the link timed out")]
    TimedOut,
    #[error(transparent)]
    WebSocket(#[from] tokio_tungstenite::tungstenite::Error),
}

/// The link to the leader, shared by every socket of this node. Cheap to clone.
#[derive(Clone, Debug)]
pub struct Link {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    /// `None` while no leader is reachable.
    up: Mutex<Option<mpsc::Sender<Up>>>,
    /// This node's relayed client sockets, by this node's id for them.
    sockets: Mutex<HashMap<u64, Outbox>>,
    asks: Mutex<HashMap<u64, oneshot::Sender<Answer>>>,
    next_ask: AtomicU64,
    keeper: Mutex<Option<tokio::task::JoinHandle<()>>>,
}

fn locked<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    // Every update under these locks is a single insert, remove or swap.
    mutex.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl Link {
    /// Starts keeping a link to whichever node leads, as `store` says.
    pub fn start(store: Store) -> Link {
        let link = Link {
            inner: Arc::new(Inner {
                up: Mutex::new(None),
                sockets: Mutex::default(),
                asks: Mutex::default(),
                next_ask: AtomicU64::new(1),
                keeper: Mutex::new(None),
            }),
        };
        let keeper = tokio::spawn(keep(link.clone(), store));
        *locked(&link.inner.keeper) = Some(keeper);
        link
    }

    /// Stops linking (this node is about to lead) and closes every relayed socket.
    pub fn stop(&self) {
        if let Some(keeper) = locked(&self.inner.keeper).take() {
            keeper.abort();
        }
        self.unlinked();
    }

    /// Whether a leader is reachable now.
    pub fn is_up(&self) -> bool {
        locked(&self.inner.up).is_some()
    }

    async fn send(&self, up: Up) -> bool {
        let sender = locked(&self.inner.up).clone();
        match sender {
            Some(sender) => sender.send(up).await.is_ok(),
            None => false,
        }
    }

    /// Asks the hub, through the leader; `None` when no leader answers in time.
    async fn ask(&self, ask: Ask) -> Option<Answer> {
        let request = self.inner.next_ask.fetch_add(1, Ordering::Relaxed);
        let (reply, answer) = oneshot::channel();
        locked(&self.inner.asks).insert(request, reply);
        let answered = if self.send(Up::Ask { request, ask }).await {
            tokio::time::timeout(ASK_WITHIN, answer).await.ok().and_then(Result::ok)
        } else {
            None
        };
        locked(&self.inner.asks).remove(&request);
        answered
    }

    /// A client socket about to open here, relayed to the leader. Refused (503) while
    /// no leader is reachable: the client tries again.
    pub fn relay(&self, conn: u64, open: Up) -> Result<Relay, ApiError> {
        if !self.is_up() {
            return Err(ApiError::NoLeader);
        }
        Ok(Relay { link: self.clone(), conn, open })
    }

    /// The link opened: sockets may be relayed.
    fn linked(&self, sender: mpsc::Sender<Up>) {
        *locked(&self.inner.up) = Some(sender);
    }

    /// The link closed: every relayed socket closes (its client reconnects, here or
    /// elsewhere, and resumes), and questions in flight go unanswered.
    fn unlinked(&self) {
        locked(&self.inner.up).take();
        let sockets: Vec<Outbox> = locked(&self.inner.sockets).drain().map(|(_, outbox)| outbox).collect();
        for outbox in sockets {
            outbox.close(CLOSE_SERVICE_RESTART, LEADER_CHANGED);
        }
        locked(&self.inner.asks).clear();
    }

    fn on_down(&self, down: Down) {
        match down {
            Down::Frame { conn, text } => {
                if let Some(outbox) = locked(&self.inner.sockets).get(&conn) {
                    outbox.send_frame(text);
                }
            }
            Down::Close { conn, code, reason } => {
                if let Some(outbox) = locked(&self.inner.sockets).get(&conn) {
                    outbox.close(code, reason);
                }
            }
            Down::Answer { request, answer } => {
                if let Some(reply) = locked(&self.inner.asks).remove(&request) {
                    let _ = reply.send(answer);
                }
            }
        }
    }

    /// Passes on a command of this node's HTTP handlers that only the hub carries out.
    /// Sockets never send the hub commands here: they are relayed whole.
    async fn forward(&self, command: Command) {
        match command {
            Command::PausedUntil { address, pause_token, reply } => {
                let link = self.clone();
                tokio::spawn(async move {
                    let until = match link.ask(Ask::PausedUntil { address, pause_token }).await {
                        Some(Answer::PausedUntil { until }) => until,
                        _ => None,
                    };
                    let _ = reply.send(until);
                });
            }
            Command::Present { reply } => {
                let link = self.clone();
                tokio::spawn(async move {
                    // Unanswered, the reply is dropped: `/metrics` says this node is up
                    // and does not lead, and nothing else.
                    if let Some(Answer::Present { present }) = link.ask(Ask::Present).await {
                        let _ = reply.send(present);
                    }
                });
            }
            Command::StaffChanged { staff_id } => {
                self.send(Up::StaffChanged { staff_id }).await;
            }
            Command::BoardConfig { .. } => {
                self.send(Up::SettingsChanged).await;
            }
            Command::Handover(event) => {
                if !self.send(Up::Handover(event)).await {
                    tracing::warn!("a partner's handover is stored, but no leader was reachable to announce it");
                }
            }
            other => tracing::error!(command = ?other, "a socket's command reached a follower's hub"),
        }
    }

    /// The hub as this node's HTTP handlers see it: each command goes to the leader.
    pub fn hub(&self) -> HubHandle {
        let (commands, mut queued) = mpsc::channel::<Queued>(256);
        let link = self.clone();
        tokio::spawn(async move {
            while let Some((command, _done)) = queued.recv().await {
                link.forward(command).await;
            }
        });
        HubHandle::new(commands)
    }
}

/// Keeps a link to the leader: opens it, serves it until it drops, and again.
async fn keep(link: Link, store: Store) {
    loop {
        match open(&store).await {
            Ok(socket) => {
                tracing::info!("linked to the leading node");
                serve(&link, socket).await;
                tracing::warn!("the link to the leading node dropped");
            }
            Err(error) => tracing::debug!(%error, "no link to a leading node yet"),
        }
        link.unlinked();
        tokio::time::sleep(RELINK_EVERY).await;
    }
}

type LinkSocket = tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

async fn open(store: &Store) -> Result<LinkSocket, LinkError> {
    let leader = store.leader_address().await?.ok_or(LinkError::NoLeader)?;
    let url = match leader.link_url.strip_prefix("http") {
        Some(rest) => format!("ws{rest}/internal/v1/link"),
        None => return Err(LinkError::Address(leader.link_url)),
    };
    let mut request = url.into_client_request()?;
    let bearer = format!("Bearer {}", leader.link_secret)
        .parse()
        .map_err(|_| LinkError::Address("the announced secret is not a header value".to_owned()))?;
    request.headers_mut().insert(axum::http::header::AUTHORIZATION, bearer);
    let config = WebSocketConfig::default().max_message_size(Some(LINK_MAX_BYTES)).max_frame_size(Some(LINK_MAX_BYTES));
    let connecting = tokio_tungstenite::connect_async_with_config(request, Some(config), true);
    let (socket, _) = tokio::time::timeout(CONNECT_WITHIN, connecting).await.map_err(|_| LinkError::TimedOut)??;
    Ok(socket)
}

async fn serve(link: &Link, socket: LinkSocket) {
    let (sink, mut stream) = socket.split();
    let (sender, outgoing) = mpsc::channel::<Up>(LINK_QUEUE);
    link.linked(sender);
    let writer = write_link(outgoing, sink, |text| Message::Text(text.into()), || Message::Ping(Default::default()));
    let reader = async {
        while let Ok(Some(Ok(message))) = tokio::time::timeout(LINK_SILENT, stream.next()).await {
            let Message::Text(text) = message else { continue };
            match serde_json::from_str::<Down>(&text) {
                Ok(down) => link.on_down(down),
                Err(error) => tracing::warn!(%error, "the leader sent a frame this node does not understand"),
            }
        }
    };
    tokio::select! {
        () = writer => {}
        () = reader => {}
    }
}

/// A client socket of this node, served by the leader through the link.
pub struct Relay {
    link: Link,
    conn: u64,
    open: Up,
}

impl Relay {
    /// Pumps the client's socket until either side closes it.
    pub async fn run(self, socket: Box<WebSocket>, idle: Duration) {
        let Relay { link, conn, open } = self;
        let (outbox, receiver) = outbox();
        locked(&link.inner.sockets).insert(conn, outbox.clone());
        if !link.send(open).await {
            outbox.close(CLOSE_SERVICE_RESTART, LEADER_CHANGED);
        }
        let frames = RelayFrames { link: link.clone(), conn, outbox };
        pump(Transport::Socket { socket, idle }, receiver, frames).await;
        locked(&link.inner.sockets).remove(&conn);
        link.send(Up::Gone { conn }).await;
    }
}

struct RelayFrames {
    link: Link,
    conn: u64,
    outbox: Outbox,
}

impl FrameHandler for RelayFrames {
    async fn on_frame(&mut self, incoming: Incoming) -> ControlFlow<()> {
        let conn = self.conn;
        let (up, closing) = match incoming {
            Incoming::Text(text) => (Up::Frame { conn, text }, false),
            Incoming::Binary => (Up::Refused { conn, why: Refused::Binary }, false),
            // The leader answers, and closes the socket: this end waits for that.
            Incoming::TooBig => (Up::Refused { conn, why: Refused::TooBig }, true),
            Incoming::InvalidUtf8 => (Up::Refused { conn, why: Refused::InvalidUtf8 }, true),
        };
        if !self.link.send(up).await {
            self.outbox.close(CLOSE_SERVICE_RESTART, LEADER_CHANGED);
            return ControlFlow::Break(());
        }
        if closing {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    }
}
