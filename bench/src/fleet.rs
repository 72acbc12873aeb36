//! A fleet of generator clients against one server: counsellors, then children added
//! in batches (each batch matched before the next, so that the queue stays short and
//! setting up does not measure matching), and steps of load with a measured window.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use tokio::sync::{mpsc, watch};

use crate::clients::{self, ChildControl, ChildEvent, CounsellorEvent, Plan};
use crate::frames::Dialect;
use crate::recorder::{Recorder, Tally, Window};
use crate::servers;
use crate::stats::{self, Percentiles, StepVerdictInput, LIMITS};
use crate::BenchError;

/// How many sockets are being opened at once.
const CONNECTING_AT_ONCE: usize = 32;
/// How many children start together while setting up chats.
const SETUP_BATCH: u32 = 50;
/// How long one setup batch may take to be matched.
const SETUP_BATCH_TIMEOUT: Duration = Duration::from_secs(60);

/// What one step of load measured.
#[derive(Debug, Clone)]
pub struct StepResult {
    /// The offered rate, messages a second, and over how many chats.
    pub rate: u32,
    pub chats: u32,
    pub window: Duration,
    pub sent: u64,
    /// Sends scheduled in the window a second (the generator's actual offer).
    pub generated: f64,
    pub acked: u64,
    /// Acknowledgements received a second during the window.
    pub carried: f64,
    pub ack: Percentiles,
    pub relay: Percentiles,
    /// Sends answered with an `error`.
    pub refused: u64,
    /// Sends without an answer when the drain timed out.
    pub lost: u64,
    /// Acknowledged sends whose `message` never reached the counsellor.
    pub not_relayed: u64,
    pub errors: std::collections::BTreeMap<String, u64>,
    pub unexpected: std::collections::BTreeMap<String, u64>,
    pub closed: u64,
    /// Why the step fails the search's limits; `None` when it passes.
    pub failure: Option<String>,
    /// 1, or 2 for the search's second try of a rate (see [`stats::ATTEMPTS`]).
    pub attempt: u32,
}

pub struct Fleet {
    dialect: Dialect,
    addr: SocketAddr,
    pub recorder: Arc<Recorder>,
    child_control: watch::Sender<ChildControl>,
    child_events_tx: mpsc::UnboundedSender<ChildEvent>,
    child_events: mpsc::UnboundedReceiver<ChildEvent>,
    counsellor_available: watch::Sender<bool>,
    counsellor_events_tx: mpsc::UnboundedSender<CounsellorEvent>,
    counsellor_events: mpsc::UnboundedReceiver<CounsellorEvent>,
    pub children: u32,
    pub attached: u32,
    pub joined: u32,
    pub last_joined: Option<Instant>,
    pub failed: u32,
    pub first_failure: Option<String>,
    counsellors_ready: u32,
    next_tag: u32,
    sources: u8,
}

impl Fleet {
    /// `sources`: children connect from 127.0.0.2 … 127.0.0.(1 + sources), round robin.
    pub fn new(dialect: Dialect, addr: SocketAddr, sources: u8, recorder: Arc<Recorder>) -> Self {
        let (child_events_tx, child_events) = mpsc::unbounded_channel();
        let (counsellor_events_tx, counsellor_events) = mpsc::unbounded_channel();
        Self {
            dialect,
            addr,
            recorder,
            child_control: watch::Sender::new(ChildControl { start: true, plan: None }),
            child_events_tx,
            child_events,
            counsellor_available: watch::Sender::new(true),
            counsellor_events_tx,
            counsellor_events,
            children: 0,
            attached: 0,
            joined: 0,
            last_joined: None,
            failed: 0,
            first_failure: None,
            counsellors_ready: 0,
            next_tag: 0,
            sources: sources.max(1),
        }
    }

    /// Whether new and idle children send `start` (they do by default).
    pub fn set_starting(&self, start: bool) {
        self.child_control.send_modify(|control| control.start = start);
    }

    pub fn set_available(&self, available: bool) {
        self.counsellor_available.send_replace(available);
    }

    /// Connects `count` counsellors. On Bridgeline each signs in (`bench-K`) and goes
    /// available when the fleet says so; on the relay counsellor K joins the chats
    /// `c < relay_chats` with `c % count == K`.
    pub async fn add_counsellors(&mut self, count: u32, relay_chats: u32) -> Result<(), BenchError> {
        for index in 0..count {
            let (path, cookie, chats) = match self.dialect {
                Dialect::Bridgeline => {
                    let cookie = servers::sign_in(self.addr, &servers::counsellor_name(index)).await?;
                    ("/ws/v1/staff", Some(cookie), Vec::new())
                }
                Dialect::Relay => ("/", None, (0..relay_chats).filter(|chat| chat % count == index).collect()),
            };
            let socket = clients::connect(self.addr, path, IpAddr::V4(Ipv4Addr::LOCALHOST), cookie.as_deref())
                .await
                .map_err(|why| BenchError::Failed(format!("counsellor {index}: {why}")))?;
            tokio::spawn(clients::counsellor(
                socket,
                self.dialect,
                chats,
                self.recorder.clone(),
                self.counsellor_available.subscribe(),
                self.counsellor_events_tx.clone(),
            ));
        }
        let deadline = Instant::now() + Duration::from_secs(30);
        while self.counsellors_ready < count {
            match tokio::time::timeout_at(deadline.into(), self.counsellor_events.recv()).await {
                Ok(Some(CounsellorEvent::Ready)) => self.counsellors_ready += 1,
                Ok(Some(CounsellorEvent::Assigned)) => {}
                Ok(Some(CounsellorEvent::Failed(why))) => return Err(BenchError::Failed(format!("counsellor: {why}"))),
                Ok(None) | Err(_) => {
                    return Err(BenchError::Failed(format!(
                        "only {} of {count} counsellors ready within 30 s",
                        self.counsellors_ready
                    )))
                }
            }
        }
        Ok(())
    }

    /// Opens `count` more child sockets (they `start` when the fleet says so).
    pub async fn add_children(&mut self, count: u32) -> Result<(), BenchError> {
        let first = self.children;
        let addr = self.addr;
        let path = match self.dialect {
            Dialect::Bridgeline => "/ws/v1/child",
            Dialect::Relay => "/",
        };
        let sources = self.sources;
        let mut connecting = futures_util::stream::iter(first..first + count)
            .map(|index| async move {
                let source = IpAddr::V4(Ipv4Addr::new(127, 0, 0, 2 + (index % u32::from(sources)) as u8));
                (index, clients::connect(addr, path, source, None).await)
            })
            .buffer_unordered(CONNECTING_AT_ONCE);
        let mut refused = None;
        while let Some((index, connected)) = connecting.next().await {
            match connected {
                Ok(socket) => {
                    tokio::spawn(clients::child(
                        socket,
                        index,
                        self.dialect,
                        self.recorder.clone(),
                        self.child_control.subscribe(),
                        self.child_events_tx.clone(),
                    ));
                    self.children += 1;
                }
                Err(why) => refused = refused.or(Some(why)),
            }
        }
        match refused {
            Some(why) => Err(BenchError::Failed(format!("child socket: {why}"))),
            None => Ok(()),
        }
    }

    /// Reads events until `done` says so or `deadline` passes; false on the deadline.
    pub async fn pump_until(&mut self, deadline: Instant, done: impl Fn(&Fleet) -> bool) -> bool {
        while !done(self) {
            let next = tokio::select! {
                event = self.child_events.recv() => event.map(Ok),
                event = self.counsellor_events.recv() => event.map(Err),
                () = tokio::time::sleep_until(deadline.into()) => return false,
            };
            match next {
                Some(Ok(ChildEvent::Attached)) => self.attached += 1,
                Some(Ok(ChildEvent::Joined(at))) => {
                    self.joined += 1;
                    self.last_joined = Some(self.last_joined.map_or(at, |last| last.max(at)));
                }
                Some(Ok(ChildEvent::Failed(why))) | Some(Err(CounsellorEvent::Failed(why))) => {
                    self.failed += 1;
                    self.first_failure.get_or_insert(why);
                }
                Some(Err(_)) => {}
                None => return false,
            }
        }
        true
    }

    /// Adds children in batches until `total` are joined to a counsellor.
    pub async fn grow_to(&mut self, total: u32) -> Result<(), BenchError> {
        while self.children < total {
            let batch = SETUP_BATCH.min(total - self.children);
            self.add_children(batch).await?;
            let target = self.children;
            let deadline = Instant::now() + SETUP_BATCH_TIMEOUT;
            if !self.pump_until(deadline, |fleet| fleet.joined >= target || fleet.failed > 0).await || self.failed > 0 {
                return Err(BenchError::Failed(format!(
                    "setting up chats: {} of {target} children joined within {} s{}",
                    self.joined,
                    SETUP_BATCH_TIMEOUT.as_secs(),
                    self.first_failure.as_ref().map(|why| format!(" ({why})")).unwrap_or_default()
                )));
            }
        }
        Ok(())
    }

    /// What was counted since the last step (errors while setting up).
    pub fn take_tally(&self) -> Tally {
        self.recorder.begin(None)
    }

    /// One step: the first `chats` children each send once every `chats / rate`
    /// seconds for `warmup + window`; the sends scheduled in the window are measured,
    /// and their answers awaited up to `drain` after it.
    pub async fn step(
        &mut self,
        rate: u32,
        chats: u32,
        warmup: Duration,
        window: Duration,
        drain: Duration,
    ) -> StepResult {
        self.next_tag += 1;
        let tag = self.next_tag;
        let start = Instant::now() + Duration::from_millis(100);
        let from = start + warmup;
        let to = from + window;
        self.recorder.begin(Some(Window {
            tag,
            from: self.recorder.since_epoch(from),
            to: self.recorder.since_epoch(to),
        }));
        let interval = Duration::from_secs_f64(f64::from(chats) / f64::from(rate.max(1)));
        self.child_control.send_modify(|control| {
            control.plan = Some(Plan { tag, start, interval, stop: to, senders: chats });
        });
        tokio::time::sleep_until(to.into()).await;
        let deadline = to + drain;
        self.settle(deadline).await;
        // A generator running late may still send one of the window's messages after
        // everything counted so far was answered: stop the plan, let such sends go
        // out, and wait for their answers too, so that none is counted as lost.
        self.child_control.send_modify(|control| control.plan = None);
        tokio::time::sleep(Duration::from_millis(50)).await;
        self.settle(deadline).await;
        let tally = self.recorder.begin(None);
        step_result(rate, chats, window, tally)
    }

    /// Waits until every counted send is answered and relayed, or until `deadline`.
    async fn settle(&self, deadline: Instant) {
        loop {
            let (sent, acked, refused, relayed) = self.recorder.progress();
            if (acked + refused >= sent && relayed >= acked) || Instant::now() >= deadline {
                return;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

fn step_result(rate: u32, chats: u32, window: Duration, tally: Tally) -> StepResult {
    let seconds = window.as_secs_f64();
    let lost = tally.sent.saturating_sub(tally.acked + tally.refused);
    let ack = stats::summarise(tally.ack_latencies);
    let carried = tally.acks_in_window as f64 / seconds;
    let failure = stats::step_failure(
        &StepVerdictInput { offered: f64::from(rate), carried, ack_p99: ack.p99, failed_sends: tally.refused + lost },
        &LIMITS,
    );
    StepResult {
        rate,
        chats,
        window,
        sent: tally.sent,
        generated: tally.sent as f64 / seconds,
        acked: tally.acked,
        carried,
        ack,
        relay: stats::summarise(tally.relay_latencies),
        refused: tally.refused,
        lost,
        not_relayed: tally.acked.saturating_sub(tally.relayed),
        errors: tally.errors,
        unexpected: tally.unexpected,
        closed: tally.closed,
        failure,
        attempt: 1,
    }
}
