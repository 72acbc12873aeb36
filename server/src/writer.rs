//! The message writer: stores chat messages and read marks in group commits, off the
//! hub's task.
//!
//! Sockets hand it each `send` and `read`; it takes every write waiting when the disk
//! is free and stores them in one transaction (one fsync for all). Each is checked in
//! that transaction by the store (the sender may write, the next `seq`, a mark not
//! beyond the last message), so nothing about who may write is decided from memory
//! that could be stale. Only after the commit does the author get its `ack` and every
//! reader the message (or the other side the read mark), in commit order, through the
//! [`Bus`]: nothing is announced before it is durable.
//!
//! While one batch commits, the next one gathers: under load, batches grow and the
//! cost of a commit is shared; when idle, a message is stored alone at once.
//!
//! The hub's rarer store work (risk, notes, transfers, status, what a console loads
//! when it connects) comes here too, as a [`StoreTask`]: it runs between batches, in
//! the order the hub queued it with its other writes, so the hub never waits on the
//! disk and its writes are stored in the order it decided them.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

use bridgeline_protocol::{validate_text, Author, Body, ChildEvent, ConversationId, ErrorCode, StaffEvent};
use tokio::sync::{mpsc, oneshot, Notify};

use crate::bus::Bus;
use crate::hub::{Continuation, FollowUp, Outbox, RequestError};
use crate::metrics::Metrics;
use crate::store::checkpoint::Pace;
use crate::store::conversations::Reader;
use crate::store::writes::{Refused, Work, WriteConnection, Written};
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

// Writes are nearly every job: boxing them to shrink the rare task would cost an
// allocation per message.
#[allow(clippy::large_enum_variant)]
enum Job {
    /// A chat write, stored in a group commit.
    Write { work: Work, reply: Reply },
    /// Other store work of the hub's, run alone between batches.
    Task(StoreTask),
}

/// The hub's store work that is not a chat write: it runs against the store off the
/// hub's task and hands back what the hub does next with its outcome.
pub struct StoreTask(Box<dyn FnOnce(Store) -> BoxFuture<Continuation> + Send>);

type BoxFuture<T> = std::pin::Pin<Box<dyn std::future::Future<Output = T> + Send>>;

impl StoreTask {
    pub fn new<F>(task: impl FnOnce(Store) -> F + Send + 'static) -> Self
    where
        F: std::future::Future<Output = Continuation> + Send + 'static,
    {
        Self(Box::new(move |store| Box::pin(task(store))))
    }
}

/// Who hears that a write is durable.
enum Reply {
    /// A socket's write: acknowledged to its author, then the socket is told it is done.
    Socket { ack: AckTo, done: oneshot::Sender<Result<(), RequestError>> },
    /// The hub's write: the hub announces it once it is durable (see [`Persisted`]).
    Hub(FollowUp),
}

/// A hub write made durable (or not), or a store task done, in the order the hub
/// asked for them, with what the hub meant to do next.
#[derive(Debug)]
pub enum Persisted {
    Write { follow_up: FollowUp, outcome: Result<Result<Written, Refused>, RequestError> },
    Task(Continuation),
}

/// A cheap handle to reach the writer.
#[derive(Debug, Clone)]
pub struct WriterHandle {
    jobs: mpsc::Sender<Job>,
}

impl std::fmt::Debug for Job {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Job::Write { work, .. } => {
                formatter.debug_struct("Write").field("conversation", &work.conversation).finish_non_exhaustive()
            }
            Job::Task(_) => formatter.write_str("Task"),
        }
    }
}

impl WriterHandle {
    /// Stores one write; returns once it is committed, acknowledged to its author and
    /// published (or refused). A socket awaits this before reading its next frame, so
    /// one client's requests take effect in the order it sent them.
    pub async fn write(&self, work: Work, ack: AckTo) -> Result<(), RequestError> {
        let (done, outcome) = oneshot::channel();
        self.jobs.send(Job::Write { work, reply: Reply::Socket { ack, done } }).await.map_err(|_| stopped())?;
        outcome.await.map_err(|_| stopped())?
    }

    /// Queues one of the hub's writes, without waiting for the disk: the outcome comes
    /// back to the hub as [`Persisted`], after every write queued before it. Whatever
    /// a socket queues after the hub handled its request is stored after this.
    pub async fn persist(&self, work: Work, follow_up: FollowUp) -> Result<(), RequestError> {
        self.jobs.send(Job::Write { work, reply: Reply::Hub(follow_up) }).await.map_err(|_| stopped())
    }

    /// Queues one of the hub's store tasks, after every write queued before it; what it
    /// hands back reaches the hub as [`Persisted::Task`].
    pub async fn task(&self, task: StoreTask) -> Result<(), RequestError> {
        self.jobs.send(Job::Task(task)).await.map_err(|_| stopped())
    }
}

fn stopped() -> RequestError {
    RequestError::Internal("the message writer has stopped")
}

/// Starts the writer; it stops when every [`WriterHandle`] is dropped. The hub reads
/// its writes' outcomes from the receiver.
pub fn start(store: Store, bus: Arc<Bus>, metrics: Arc<Metrics>) -> (WriterHandle, mpsc::UnboundedReceiver<Persisted>) {
    start_paced(store, bus, metrics, Pace::HELPLINE)
}

/// [`start`], with SQLite's log checkpointed at `pace`.
fn start_paced(
    store: Store,
    bus: Arc<Bus>,
    metrics: Arc<Metrics>,
    pace: Pace,
) -> (WriterHandle, mpsc::UnboundedReceiver<Persisted>) {
    let (jobs, receiver) = mpsc::channel(QUEUE);
    let (persisted, outcomes) = mpsc::unbounded_channel();
    let checkpoints = Arc::new(Checkpoints::new(pace));
    if store.engine() == crate::store::Engine::Sqlite {
        tokio::spawn(checkpoint_while_writing(store.clone(), jobs.downgrade(), checkpoints.clone()));
    }
    tokio::spawn(run(store, bus, metrics, receiver, persisted, checkpoints));
    (WriterHandle { jobs }, outcomes)
}

/// What the writer and its checkpointing task share (see [`crate::store::checkpoint`]).
#[derive(Debug)]
struct Checkpoints {
    pace: Pace,
    /// Writes committed since the last checkpoint began.
    written: AtomicUsize,
    /// Wakes the task once `written` reaches the pace's `after_writes`, or the writer
    /// stopped.
    due: Notify,
    /// Set by the task when the log is long enough to start over; the writer finishes
    /// the copying between two batches.
    start_over: AtomicBool,
}

impl Checkpoints {
    fn new(pace: Pace) -> Self {
        Self { pace, written: AtomicUsize::new(0), due: Notify::new(), start_over: AtomicBool::new(false) }
    }

    fn committed(&self, writes: usize) {
        let before = self.written.fetch_add(writes, Ordering::Relaxed);
        let after = self.pace.after_writes;
        if before < after && before + writes >= after {
            self.due.notify_one();
        }
    }
}

/// Copies SQLite's log back into the database file at the writer's pace, for as long as
/// the writer runs, and asks the writer to finish the copying once the log is long
/// enough to start over.
async fn checkpoint_while_writing(store: Store, writer: mpsc::WeakSender<Job>, shared: Arc<Checkpoints>) {
    loop {
        tokio::select! {
            () = tokio::time::sleep(shared.pace.every) => {}
            () = shared.due.notified() => {}
        }
        if writer.upgrade().is_none() {
            break;
        }
        shared.written.store(0, Ordering::Relaxed);
        match store.checkpoint().await {
            Ok(Some(done)) if done.logged >= shared.pace.start_over_at => {
                shared.start_over.store(true, Ordering::Relaxed);
            }
            Ok(_) => {}
            Err(error) => tracing::warn!(%error, "checkpoint failed; will retry"),
        }
    }
}

async fn run(
    store: Store,
    bus: Arc<Bus>,
    metrics: Arc<Metrics>,
    mut receiver: mpsc::Receiver<Job>,
    persisted: mpsc::UnboundedSender<Persisted>,
    checkpoints: Arc<Checkpoints>,
) {
    let mut jobs = Vec::with_capacity(MAX_BATCH);
    let mut batch = Batch { store: store.clone(), bus, metrics, persisted, checkpoints, connection: None };
    let mut writes = Vec::with_capacity(MAX_BATCH);
    while receiver.recv_many(&mut jobs, MAX_BATCH).await > 0 {
        for job in jobs.drain(..) {
            match job {
                Job::Write { work, reply } => writes.push((work, reply)),
                Job::Task(StoreTask(task)) => {
                    // What was queued before the task is stored before it runs.
                    batch.commit(&mut writes).await;
                    let then = task(store.clone()).await;
                    let _ = batch.persisted.send(Persisted::Task(then));
                }
            }
        }
        batch.commit(&mut writes).await;
        if batch.checkpoints.start_over.swap(false, Ordering::Relaxed) {
            batch.finish_checkpoint().await;
        }
    }
    // The checkpointing task sees that the writer stopped, and stops too.
    batch.checkpoints.due.notify_one();
    tracing::info!("message writer stopped");
}

/// What the writer needs to store a batch and tell whoever waits on it.
struct Batch {
    store: Store,
    bus: Arc<Bus>,
    metrics: Arc<Metrics>,
    persisted: mpsc::UnboundedSender<Persisted>,
    checkpoints: Arc<Checkpoints>,
    /// The writer's own connection, opened again after a failure.
    connection: Option<WriteConnection>,
}

impl Batch {
    /// Copies the rest of SQLite's log into the database file, so that the next commit
    /// starts it over. A failure costs nothing but the log's length: the next round
    /// tries again.
    async fn finish_checkpoint(&mut self) {
        let Some(connection) = self.connection.as_mut() else { return };
        match connection.checkpoint().await {
            Ok(Some(done)) if done.copied < done.logged => {
                tracing::debug!(logged = done.logged, copied = done.copied, "the log is held by a reader");
            }
            Ok(_) => {}
            Err(error) => tracing::warn!(%error, "checkpoint failed; will retry"),
        }
    }

    /// Stores `writes` in one transaction (nothing when empty), then answers each.
    async fn commit(&mut self, writes: &mut Vec<(Work, Reply)>) {
        if writes.is_empty() {
            return;
        }
        let (works, replies): (Vec<Work>, Vec<Reply>) = writes.drain(..).unzip();
        let written = match self.connection.as_mut() {
            Some(connection) => connection.write_batch(&works).await,
            None => match self.store.write_connection().await {
                Ok(opened) => self.connection.insert(opened).write_batch(&works).await,
                Err(error) => Err(error),
            },
        };
        if written.is_err() {
            // Whatever went wrong, the next batch starts on a fresh connection.
            self.connection = None;
        }
        match written {
            Ok(outcomes) => {
                self.checkpoints.committed(works.len());
                for ((outcome, work), reply) in outcomes.into_iter().zip(&works).zip(replies) {
                    match reply {
                        Reply::Socket { ack, done } => {
                            let outcome = match outcome {
                                Ok(outcome) => deliver(&self.bus, &self.metrics, work, outcome, &ack),
                                Err(error) => Err(RequestError::Store(error)),
                            };
                            let _ = done.send(outcome);
                        }
                        Reply::Hub(follow_up) => {
                            let outcome = outcome.map_err(RequestError::Store);
                            let _ = self.persisted.send(Persisted::Write { follow_up, outcome });
                        }
                    }
                }
            }
            Err(error) => {
                // Nothing of the batch was committed: every author is told to retry,
                // and resends with the same ids; the hub undoes what it decided.
                tracing::error!(%error, writes = works.len(), "a batch of writes could not be stored");
                for reply in replies {
                    let failed = RequestError::Internal("a batch of writes was rolled back");
                    match reply {
                        Reply::Socket { done, .. } => {
                            let _ = done.send(Err(failed));
                        }
                        Reply::Hub(follow_up) => {
                            let _ = self.persisted.send(Persisted::Write { follow_up, outcome: Err(failed) });
                        }
                    }
                }
            }
        }
    }
}

/// After the commit: the author's `ack`, then the message to every reader (a resend of
/// a message already stored is acknowledged again and not delivered twice), or the
/// moved read mark to the other side.
fn deliver(
    bus: &Bus,
    metrics: &Metrics,
    work: &Work,
    outcome: Result<Written, Refused>,
    ack: &AckTo,
) -> Result<(), RequestError> {
    let written = outcome.map_err(refused)?;
    let seq = match &written {
        Written::Message(appended) => Some(appended.message.seq),
        _ => None,
    };
    match ack.endpoint {
        Endpoint::Child => ack.outbox.send(&ChildEvent::Ack { id: ack.id.clone(), seq }),
        Endpoint::Staff => ack.outbox.send(&StaffEvent::Ack { id: ack.id.clone(), seq }),
    };
    match written {
        Written::Message(appended) if !appended.duplicate => {
            if appended.message.author != Author::System {
                metrics.messages.fetch_add(1, Ordering::Relaxed);
            }
            bus.publish(&appended.message);
        }
        Written::Message(_) | Written::Read(None) => {}
        // The hub's writes are answered to the hub, never to a socket.
        Written::Created | Written::Assigned(..) | Written::Ended(_) => {}
        Written::Read(Some(seq)) => {
            let reader = if work.staff.is_some() { Reader::Counsellor } else { Reader::Child };
            bus.read_moved(&work.conversation, reader, seq);
        }
    }
    Ok(())
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

/// [`text_body`] for a `send`: a text that cannot be a message is refused as such only
/// if the sender may write to the conversation; otherwise they hear why they may not
/// (the order the protocol documents). Only bad texts cost this read.
pub async fn checked_text(
    store: &Store,
    conversation: &ConversationId,
    staff: Option<&str>,
    text: String,
) -> Result<Body, RequestError> {
    match text_body(text) {
        Ok(body) => Ok(body),
        Err(bad_text) => match store.writer_refusal(conversation, staff).await? {
            Some(refusal) => Err(refused(refusal)),
            None => Err(bad_text),
        },
    }
}

fn refused(refusal: Refused) -> RequestError {
    match refusal {
        Refused::Unknown => RequestError::refused(ErrorCode::NoConversation, "start or resume a conversation first"),
        Refused::Ended => RequestError::refused(ErrorCode::ConversationEnded, "the conversation has ended"),
        Refused::NotYours => RequestError::refused(ErrorCode::NotYours, "this conversation is not assigned to you"),
        Refused::Beyond => RequestError::refused(ErrorCode::InvalidField, "seq is beyond the last message"),
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use bridgeline_protocol::Intake;

    use super::*;
    use crate::hub::outbox;
    use crate::store::conversations::NewConversation;
    use crate::store::writes::WorkKind;

    /// Pages in SQLite's log after `messages` messages, each awaited, from a writer
    /// checkpointing at `pace`.
    async fn log_after(messages: usize, pace: Pace) -> i64 {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::open(&format!("sqlite://{}", dir.path().join("log.db").display())).await.expect("open");
        store.migrate().await.expect("migrate");
        let id = ConversationId("c-pace".into());
        let new = NewConversation {
            id: &id,
            resume_token_hash: "h",
            language: "en",
            also_reads: &[],
            intake: &Intake::default(),
            now: 1,
            case_id: None,
        };
        store.create_conversation(&new).await.expect("conversation");
        let (writer, _persisted) = start_paced(store.clone(), Arc::default(), Arc::default(), pace);
        let (sent_to, _socket) = outbox();
        for n in 0..messages {
            let work = Work {
                conversation: id.clone(),
                staff: None,
                kind: WorkKind::Message {
                    author: Author::Child,
                    client_id: format!("m{n}"),
                    body: Body::Text { text: "hello".into() },
                    now: 2,
                },
            };
            let ack = AckTo { endpoint: Endpoint::Child, outbox: sent_to.clone(), id: format!("m{n}") };
            writer.write(work, ack).await.expect("stored");
        }
        assert_eq!(store.last_seq(&id).await.expect("last seq"), messages as u64);
        store.checkpoint().await.expect("checkpoint").expect("a SQLite log").logged
    }

    #[tokio::test]
    async fn a_burst_of_writes_brings_the_checkpoint_early_and_the_log_starts_over() {
        let never = Duration::from_secs(3600);
        let unpaced = log_after(120, Pace { every: never, after_writes: usize::MAX, start_over_at: 1 }).await;
        let paced = log_after(120, Pace { every: never, after_writes: 40, start_over_at: 1 }).await;
        // Without a checkpoint the log holds every commit's pages; checkpointed after
        // 40 writes and started over, it holds only those since the last time.
        assert!(unpaced > 400, "each commit logs a few pages: {unpaced}");
        assert!(paced < unpaced / 2, "the log did not start over: {paced} pages against {unpaced}");
    }
}
