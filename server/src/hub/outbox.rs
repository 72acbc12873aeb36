//! The bounded queue of frames from the hub to one socket.
//!
//! The hub never waits on a socket: a client too slow to drain its queue is
//! disconnected (it resumes and is replayed what it missed), so one stalled phone
//! cannot hold up every other conversation.

use std::borrow::Cow;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use serde::Serialize;
use tokio::sync::{mpsc, Notify};

/// Frames one socket may have queued before it counts as stalled.
pub const OUTBOX_CAPACITY: usize = 512;

/// Bytes one socket may have queued before it counts as stalled: a few history pages'
/// worth. Frames alone would let a stalled reader hold 512 pages of 128 KiB.
pub const OUTBOX_BYTES: usize = 2 * 1024 * 1024;

/// One frame for the socket to write.
#[derive(Debug)]
pub enum OutFrame {
    Text(String),
    /// Close the socket with this code and reason.
    Close(u16, Cow<'static, str>),
}

/// The hub's end: serialises events and queues them for the socket.
#[derive(Debug, Clone)]
pub struct Outbox {
    frames: mpsc::Sender<OutFrame>,
    kick: Arc<Notify>,
    queued_bytes: Arc<AtomicUsize>,
}

/// The socket's end.
#[derive(Debug)]
pub struct OutboxReceiver {
    pub frames: mpsc::Receiver<OutFrame>,
    /// Notified when the hub gives up on this socket (its queue overflowed).
    pub kick: Arc<Notify>,
    queued_bytes: Arc<AtomicUsize>,
}

pub fn outbox() -> (Outbox, OutboxReceiver) {
    let (frames, receiver) = mpsc::channel(OUTBOX_CAPACITY);
    let kick = Arc::new(Notify::new());
    let queued_bytes = Arc::new(AtomicUsize::new(0));
    (
        Outbox { frames, kick: kick.clone(), queued_bytes: queued_bytes.clone() },
        OutboxReceiver { frames: receiver, kick, queued_bytes },
    )
}

impl OutboxReceiver {
    /// The next frame to write, `None` once every sender is gone.
    pub async fn recv(&mut self) -> Option<OutFrame> {
        let frame = self.frames.recv().await;
        if let Some(OutFrame::Text(text)) = &frame {
            self.queued_bytes.fetch_sub(text.len(), Ordering::Relaxed);
        }
        frame
    }
}

impl Outbox {
    /// Queues one event. Returns false if the socket is gone or was just disconnected
    /// for being too slow.
    pub fn send(&self, event: &impl Serialize) -> bool {
        match serde_json::to_string(event) {
            Ok(frame) => self.send_frame(frame),
            Err(error) => {
                tracing::error!(%error, "event did not serialise");
                false
            }
        }
    }

    /// Queues one frame already serialised (the bus serialises a message once for all
    /// its readers).
    pub fn send_frame(&self, frame: String) -> bool {
        let length = frame.len();
        if self.queued_bytes.load(Ordering::Relaxed).saturating_add(length) > OUTBOX_BYTES {
            tracing::warn!("socket too slow to drain its queue; disconnecting it");
            self.kick.notify_one();
            return false;
        }
        self.queued_bytes.fetch_add(length, Ordering::Relaxed);
        let full = match self.frames.try_send(OutFrame::Text(frame)) {
            Ok(()) => return true,
            Err(mpsc::error::TrySendError::Full(_)) => true,
            Err(mpsc::error::TrySendError::Closed(_)) => false,
        };
        self.queued_bytes.fetch_sub(length, Ordering::Relaxed);
        if full {
            tracing::warn!("socket too slow to drain its queue; disconnecting it");
            self.kick.notify_one();
        }
        false
    }

    /// Whether the socket is gone (closed, or disconnected for being too slow): nothing
    /// queued now would be written.
    pub fn is_closed(&self) -> bool {
        self.frames.is_closed()
    }

    /// Asks the socket to close with `code` once the frames before it are written.
    pub fn close(&self, code: u16, reason: impl Into<Cow<'static, str>>) {
        if self.frames.try_send(OutFrame::Close(code, reason.into())).is_err() {
            self.kick.notify_one();
        }
    }
}
