//! The bare relay: the floor Bridgeline is compared with. A tokio-tungstenite server
//! where a child and a counsellor join a numbered chat and send messages; each message
//! is stored durably in SQLite (WAL, `synchronous=FULL`, one INSERT per message) by
//! one writer task, then acknowledged to its sender and forwarded to the chat's other
//! member. `commit-per-message` commits each INSERT on its own; `group-commit` puts
//! every message waiting at that moment into one transaction (one fsync), and acks
//! each only after that commit. Sockets keep 4 KiB buffers.
//!
//! Frames (the relay's own, not Bridgeline's):
//! `{"type":"join","id":"j","chat":7,"role":"child"}` → `{"type":"ack","id":"j"}`;
//! `{"type":"send","id":"m1","chat":7,"text":"…"}` → `{"type":"ack","id":"m1"}` to the
//! sender and `{"type":"message","chat":7,"author":"child","client_id":"m1","text":"…"}`
//! to the other member; anything else → `{"type":"error","id":…,"code":…}`.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::Path;
use std::str::FromStr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use serde::Deserialize;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqliteSynchronous};
use sqlx::{Connection, SqliteConnection};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;
use tokio_tungstenite::tungstenite::protocol::WebSocketConfig;
use tokio_tungstenite::tungstenite::Message;

use crate::BenchError;

/// How the writer commits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Mode {
    CommitPerMessage,
    GroupCommit,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::CommitPerMessage => "commit-per-message",
            Mode::GroupCommit => "group-commit",
        }
    }
}

/// The most messages one group commit takes.
const MAX_BATCH: usize = 4096;

/// Read and write buffers of each socket, sized for chat.
pub fn socket_config() -> WebSocketConfig {
    WebSocketConfig::default()
        .read_buffer_size(4096)
        .write_buffer_size(4096)
        .max_write_buffer_size(1 << 20)
        .max_message_size(Some(64 << 10))
        .max_frame_size(Some(64 << 10))
}

type Outbox = mpsc::UnboundedSender<String>;

#[derive(Default)]
struct Chat {
    child: Option<(u64, Outbox)>,
    counsellor: Option<(u64, Outbox)>,
}

type Chats = Arc<Mutex<HashMap<u32, Chat>>>;

/// A message waiting for the writer.
struct Pending {
    chat: u32,
    from_child: bool,
    client_id: String,
    text: String,
    sender: Outbox,
}

#[derive(Deserialize)]
struct Request {
    #[serde(rename = "type")]
    kind: String,
    id: Option<String>,
    chat: Option<u32>,
    role: Option<String>,
    text: Option<String>,
}

/// Runs the relay until the process is killed: prints `listening on ADDR` first.
pub async fn run(listen: SocketAddr, db: &Path, mode: Mode) -> Result<(), BenchError> {
    let options = SqliteConnectOptions::from_str(&format!("sqlite://{}", db.display()))?
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Full)
        .busy_timeout(Duration::from_secs(10));
    let mut connection = SqliteConnection::connect_with(&options).await?;
    sqlx::query(
        "CREATE TABLE IF NOT EXISTS messages (id INTEGER PRIMARY KEY, chat INTEGER NOT NULL, \
         author TEXT NOT NULL, client_id TEXT NOT NULL, text TEXT NOT NULL, sent_at INTEGER NOT NULL)",
    )
    .execute(&mut connection)
    .await?;
    let chats: Chats = Arc::default();
    let (to_writer, from_sockets) = mpsc::unbounded_channel();
    tokio::spawn(writer(connection, from_sockets, chats.clone(), mode));
    let listener = TcpListener::bind(listen).await?;
    println!("listening on {}", listener.local_addr()?);
    let mut next_connection = 0u64;
    loop {
        let (stream, _) = listener.accept().await?;
        next_connection += 1;
        tokio::spawn(serve_socket(stream, next_connection, chats.clone(), to_writer.clone()));
    }
}

/// Stores messages and, after each commit, acks and forwards them.
async fn writer(
    mut connection: SqliteConnection,
    mut inbox: mpsc::UnboundedReceiver<Pending>,
    chats: Chats,
    mode: Mode,
) {
    let mut batch = Vec::new();
    while let Some(first) = inbox.recv().await {
        batch.push(first);
        if mode == Mode::GroupCommit {
            while batch.len() < MAX_BATCH {
                match inbox.try_recv() {
                    Ok(more) => batch.push(more),
                    Err(_) => break,
                }
            }
        }
        match store(&mut connection, &batch).await {
            Ok(()) => deliver(&batch, &chats),
            Err(error) => {
                eprintln!("relay: commit failed: {error}");
                for pending in &batch {
                    let _ = pending.sender.send(error_frame(Some(&pending.client_id), "internal"));
                }
            }
        }
        batch.clear();
    }
}

async fn store(connection: &mut SqliteConnection, batch: &[Pending]) -> Result<(), sqlx::Error> {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_millis() as i64);
    let mut transaction = connection.begin().await?;
    for pending in batch {
        sqlx::query("INSERT INTO messages (chat, author, client_id, text, sent_at) VALUES (?, ?, ?, ?, ?)")
            .bind(i64::from(pending.chat))
            .bind(if pending.from_child { "child" } else { "counsellor" })
            .bind(&pending.client_id)
            .bind(&pending.text)
            .bind(now)
            .execute(&mut *transaction)
            .await?;
    }
    transaction.commit().await
}

fn deliver(batch: &[Pending], chats: &Chats) {
    let Ok(chats) = chats.lock() else { return };
    for pending in batch {
        let _ = pending.sender.send(serde_json::json!({ "type": "ack", "id": pending.client_id }).to_string());
        let Some(chat) = chats.get(&pending.chat) else { continue };
        let peer = if pending.from_child { &chat.counsellor } else { &chat.child };
        if let Some((_, outbox)) = peer {
            let author = if pending.from_child { "child" } else { "counsellor" };
            let frame = serde_json::json!({
                "type": "message", "chat": pending.chat, "author": author,
                "client_id": pending.client_id, "text": pending.text,
            });
            let _ = outbox.send(frame.to_string());
        }
    }
}

fn error_frame(id: Option<&str>, code: &str) -> String {
    serde_json::json!({ "type": "error", "id": id, "code": code }).to_string()
}

async fn serve_socket(stream: TcpStream, connection: u64, chats: Chats, to_writer: mpsc::UnboundedSender<Pending>) {
    let Ok(socket) = tokio_tungstenite::accept_async_with_config(stream, Some(socket_config())).await else { return };
    let (mut sink, mut source) = socket.split();
    let (outbox, mut outgoing) = mpsc::unbounded_channel::<String>();
    let write = tokio::spawn(async move {
        while let Some(text) = outgoing.recv().await {
            if sink.send(Message::Text(text.into())).await.is_err() {
                break;
            }
        }
    });
    // (chat, as child) pairs this socket joined, to leave them when it closes.
    let mut joined: Vec<(u32, bool)> = Vec::new();
    while let Some(Ok(message)) = source.next().await {
        let Message::Text(text) = message else { continue };
        let Ok(request) = serde_json::from_str::<Request>(text.as_str()) else {
            let _ = outbox.send(error_frame(None, "malformed"));
            continue;
        };
        let Some(id) = request.id.filter(|id| !id.is_empty() && id.len() <= 64) else {
            let _ = outbox.send(error_frame(None, "invalid_field"));
            continue;
        };
        let Some(chat) = request.chat else {
            let _ = outbox.send(error_frame(Some(&id), "invalid_field"));
            continue;
        };
        match request.kind.as_str() {
            "join" => {
                let as_child = match request.role.as_deref() {
                    Some("child") => true,
                    Some("counsellor") => false,
                    _ => {
                        let _ = outbox.send(error_frame(Some(&id), "invalid_field"));
                        continue;
                    }
                };
                if let Ok(mut chats) = chats.lock() {
                    let entry = chats.entry(chat).or_default();
                    let slot = if as_child { &mut entry.child } else { &mut entry.counsellor };
                    *slot = Some((connection, outbox.clone()));
                }
                joined.push((chat, as_child));
                let _ = outbox.send(serde_json::json!({ "type": "ack", "id": id }).to_string());
            }
            "send" => {
                let Some(&(_, from_child)) = joined.iter().find(|(joined_chat, _)| *joined_chat == chat) else {
                    let _ = outbox.send(error_frame(Some(&id), "not_joined"));
                    continue;
                };
                let text = request.text.unwrap_or_default();
                if text.trim().is_empty() || text.len() > 4096 {
                    let _ = outbox.send(error_frame(Some(&id), "invalid_field"));
                    continue;
                }
                let pending = Pending { chat, from_child, client_id: id, text, sender: outbox.clone() };
                if to_writer.send(pending).is_err() {
                    break;
                }
            }
            _ => {
                let _ = outbox.send(error_frame(Some(&id), "unknown_type"));
            }
        }
    }
    if let Ok(mut chats) = chats.lock() {
        for (chat, as_child) in joined {
            if let Some(entry) = chats.get_mut(&chat) {
                let slot = if as_child { &mut entry.child } else { &mut entry.counsellor };
                if slot.as_ref().is_some_and(|(owner, _)| *owner == connection) {
                    *slot = None;
                }
            }
        }
    }
    drop(outbox);
    write.abort();
}
