//! The message writer: stores chat messages in group commits, off the hub's task.
//!
//! Sockets hand it each `send`; it takes every message waiting when the disk is free
//! and stores them in one transaction (one fsync for all). Each message is checked
//! and numbered in that transaction by the store (the sender may write, the next
//! `seq`), so nothing about who may write is decided from memory that could be stale.
//! Only after the commit does the author get its `ack` and every reader the message,
//! in `seq` order, through the [`Bus`]: nothing is announced before it is durable.
//!
//! While one batch commits, the next one gathers: under load, batches grow and the
//! cost of a commit is shared; when idle, a message is stored alone at once.

use std::sync::atomic::Ordering;
use std::sync::Arc;

use bridgeline_protocol::{validate_text, Author, Body, ChildEvent, ErrorCode, Seq, StaffEvent};
use tokio::sync::{mpsc, oneshot};

use crate::bus::Bus;
use crate::hub::{Outbox, RequestError};
use crate::metrics::Metrics;
use crate::store::messages::{AppendRefused, AppendRequest, Appended};
use crate::store::Store;

/// Messages stored in one transaction at most: enough to share an fsync among
/// thousands of messages a second, few enough that one batch never holds the disk
/// for long.
const MAX_BATCH: usize = 256;

/// Messages waiting for the writer before senders wait for room.
const QUEUE: usize = 4096;

/// Which socket asked, for the shape of its `ack`.
#[derive(Debug, Clone, Copy)]
pub enum Endpoint {
    Child,
    Staff,
}

/// Where the author's `ack` goes once the message is stored.
#[derive(Debug)]
pub struct AckTo {
    pub endpoint: Endpoint,
    pub outbox: Outbox,
    pub id: String,
}

struct Job {
    request: AppendRequest,
    ack: AckTo,
    done: oneshot::Sender<Result<Seq, RequestError>>,
}

/// A cheap handle for sockets to reach the writer.
#[derive(Debug, Clone)]
pub struct WriterHandle {
    jobs: mpsc::Sender<Job>,
}

impl std::fmt::Debug for Job {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.debug_struct("Job").field("conversation", &self.request.conversation).finish_non_exhaustive()
    }
}

impl WriterHandle {
    /// Stores one message; returns once it is committed, acknowledged to its author and
    /// published (or refused). A socket awaits this before reading its next frame, so
    /// one client's requests take effect in the order it sent them.
    pub async fn append(&self, request: AppendRequest, ack: AckTo) -> Result<Seq, RequestError> {
        let (done, outcome) = oneshot::channel();
        self.jobs.send(Job { request, ack, done }).await.map_err(|_| stopped())?;
        outcome.await.map_err(|_| stopped())?
    }
}

fn stopped() -> RequestError {
    RequestError::Internal("the message writer has stopped")
}

/// Starts the writer; it stops when every [`WriterHandle`] is dropped.
pub fn start(store: Store, bus: Arc<Bus>, metrics: Arc<Metrics>) -> WriterHandle {
    let (jobs, receiver) = mpsc::channel(QUEUE);
    tokio::spawn(run(store, bus, metrics, receiver));
    WriterHandle { jobs }
}

async fn run(store: Store, bus: Arc<Bus>, metrics: Arc<Metrics>, mut receiver: mpsc::Receiver<Job>) {
    let mut batch = Vec::with_capacity(MAX_BATCH);
    while receiver.recv_many(&mut batch, MAX_BATCH).await > 0 {
        let (requests, replies): (Vec<AppendRequest>, Vec<(AckTo, oneshot::Sender<_>)>) =
            batch.drain(..).map(|job: Job| (job.request, (job.ack, job.done))).unzip();
        match store.append_batch(&requests).await {
            Ok(outcomes) => {
                for (outcome, (ack, done)) in outcomes.into_iter().zip(replies) {
                    let _ = done.send(deliver(&bus, &metrics, outcome, &ack));
                }
            }
            Err(error) => {
                // Nothing of the batch was committed: every author is told to retry,
                // and resends with the same ids.
                tracing::error!(%error, messages = requests.len(), "a batch of messages could not be stored");
                for (_, done) in replies {
                    let _ = done.send(Err(RequestError::Internal("a batch of messages was rolled back")));
                }
            }
        }
    }
    tracing::info!("message writer stopped");
}

/// After the commit: the author's `ack`, then the message to every reader (a resend of
/// a message already stored is acknowledged again and not delivered twice).
fn deliver(
    bus: &Bus,
    metrics: &Metrics,
    outcome: Result<Appended, AppendRefused>,
    ack: &AckTo,
) -> Result<Seq, RequestError> {
    let appended = outcome.map_err(refused)?;
    let seq = Some(appended.message.seq);
    match ack.endpoint {
        Endpoint::Child => ack.outbox.send(&ChildEvent::Ack { id: ack.id.clone(), seq }),
        Endpoint::Staff => ack.outbox.send(&StaffEvent::Ack { id: ack.id.clone(), seq }),
    };
    if !appended.duplicate {
        if appended.message.author != Author::System {
            metrics.messages.fetch_add(1, Ordering::Relaxed);
        }
        bus.publish(&appended.message);
    }
    Ok(appended.message.seq)
}

/// A person's text as a message body, or why it cannot be one (checked before anything
/// is queued for the disk).
pub fn text_body(text: String) -> Result<Body, RequestError> {
    validate_text(&text).map_err(|code| {
        let detail = match code {
            ErrorCode::ControlCharacter => "text holds a control character (only newline and tab are allowed)",
            _ => "text is empty or too long",
        };
        RequestError::refused(code, detail)
    })?;
    Ok(Body::Text { text })
}

fn refused(refusal: AppendRefused) -> RequestError {
    match refusal {
        AppendRefused::Unknown => {
            RequestError::refused(ErrorCode::NoConversation, "start or resume a conversation first")
        }
        AppendRefused::Ended => RequestError::refused(ErrorCode::ConversationEnded, "the conversation has ended"),
        AppendRefused::NotYours => {
            RequestError::refused(ErrorCode::NotYours, "this conversation is not assigned to you")
        }
    }
}
