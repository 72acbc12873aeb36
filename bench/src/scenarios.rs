//! The scenarios, run against one target (Bridgeline, or the relay in one mode):
//! latency at the base rate, the step search for the highest sustainable rate, the
//! big run (2,000 chats at 1,000 msg/s), memory per idle socket, and (Bridgeline only)
//! the time to match N waiting children. Each is bounded in time; a scenario that
//! cannot be set up is reported as a problem and the others still run.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::fleet::{Fleet, StepResult};
use crate::frames::Dialect;
use crate::recorder::{Recorder, Tally};
use crate::relay::Mode;
use crate::servers::{self, Server};
use crate::stats;
use crate::BenchError;

/// The sizes and durations of a run.
#[derive(Debug, Clone)]
pub struct Settings {
    pub quick: bool,
    /// Chats of the base run and the step search, and the base rate (1 msg/child/2 s).
    pub small_chats: u32,
    pub base_rate: u32,
    /// Chats and offered rate of the big run.
    pub big_chats: u32,
    pub big_rate: u32,
    /// The step search's offered rates, rising.
    pub rates: Vec<u32>,
    /// Idle child sockets to weigh; on Bridgeline the same children then start,
    /// wait, and are matched.
    pub sockets: u32,
    pub counsellors: u32,
    pub warmup: Duration,
    /// The measured window of the base and big runs, and of each search step.
    pub window: Duration,
    pub step_window: Duration,
    /// How long answers are awaited after a window.
    pub drain: Duration,
    pub match_timeout: Duration,
    /// Loopback source addresses the children connect from.
    pub sources: u8,
    /// Waiting children one Bridgeline server is made to hold at once, to weigh them
    /// all (capped by the open-file limit: each is a socket on both sides).
    pub hold: u32,
}

impl Settings {
    pub fn full() -> Self {
        Self {
            quick: false,
            small_chats: 500,
            base_rate: 250,
            big_chats: 2000,
            big_rate: 1000,
            rates: vec![250, 500, 1000, 2000, 4000, 8000],
            sockets: 2000,
            counsellors: 40,
            warmup: Duration::from_secs(2),
            window: Duration::from_secs(10),
            step_window: Duration::from_secs(5),
            drain: Duration::from_secs(15),
            match_timeout: Duration::from_secs(120),
            sources: 8,
            hold: 50_000,
        }
    }

    /// A smoke run: every scenario, small and short.
    pub fn quick() -> Self {
        Self {
            quick: true,
            small_chats: 100,
            base_rate: 50,
            big_chats: 300,
            big_rate: 150,
            rates: vec![50, 400, 3200],
            sockets: 300,
            counsellors: 10,
            warmup: Duration::from_secs(1),
            window: Duration::from_secs(3),
            step_window: Duration::from_secs(2),
            drain: Duration::from_secs(5),
            match_timeout: Duration::from_secs(30),
            sources: 4,
            hold: 1_000,
        }
    }

    /// Each counsellor's maximum chats: room for the big run, with some to spare.
    pub fn max_chats(&self) -> u32 {
        (self.big_chats.max(self.sockets) / self.counsellors.max(1)) * 5 / 4 + 1
    }
}

#[derive(Debug, Clone)]
pub struct Matching {
    pub children: u32,
    /// Seconds until every child's `start` was answered (all waiting).
    pub start_seconds: Option<f64>,
    pub matched: u32,
    /// Seconds from the counsellors going available to the last child joined;
    /// `None` when not every child was matched within the timeout.
    pub seconds: Option<f64>,
}

#[derive(Debug, Clone, Default)]
pub struct Memory {
    pub sockets: u32,
    pub idle_bytes_per_socket: Option<f64>,
    pub waiting_bytes_per_child: Option<f64>,
    pub held: Option<Held>,
}

/// Many waiting children held at once by one server.
#[derive(Debug, Clone)]
pub struct Held {
    /// How many were asked for (the setting), and how many the open-file limit let in.
    pub wanted: u32,
    pub children: u32,
    /// How many were waiting (their `start` answered) when the server was weighed.
    pub waiting: u32,
    /// The server's resident memory in all, before the children came and with them.
    pub rss_before: u64,
    pub rss_after: u64,
    /// Seconds until every `start` was answered.
    pub start_seconds: Option<f64>,
}

impl Held {
    /// Resident memory per waiting child.
    pub fn bytes_per_child(&self) -> Option<f64> {
        (self.waiting > 0).then(|| self.rss_after.saturating_sub(self.rss_before) as f64 / f64::from(self.waiting))
    }

    /// The server's memory with `wanted` children, at the measured cost of each (the
    /// measurement itself when nothing capped it).
    pub fn projected_bytes(&self) -> Option<f64> {
        let per_child = self.bytes_per_child()?;
        Some(self.rss_before as f64 + per_child * f64::from(self.wanted))
    }
}

/// Everything measured on one target.
#[derive(Debug, Clone, Default)]
pub struct TargetResult {
    pub name: String,
    pub base: Option<StepResult>,
    pub steps: Vec<StepResult>,
    pub highest: Option<u32>,
    /// Whether every rate of the search passed (the highest is then a lower bound).
    pub search_exhausted: bool,
    pub big: Option<StepResult>,
    pub matching: Option<Matching>,
    pub memory: Memory,
    /// `error` frames, unexpected frames and closed sockets, per scenario.
    pub errors: BTreeMap<String, Tally>,
    /// Scenarios that could not be set up or finished, and why.
    pub problems: Vec<String>,
}

impl TargetResult {
    fn note_errors(&mut self, scenario: &str, tally: Tally) {
        if !tally.errors.is_empty() || !tally.unexpected.is_empty() || tally.closed > 0 {
            let entry = self.errors.entry(scenario.to_owned()).or_default();
            for (code, count) in tally.errors {
                *entry.errors.entry(code).or_default() += count;
            }
            for (kind, count) in tally.unexpected {
                *entry.unexpected.entry(kind).or_default() += count;
            }
            entry.closed += tally.closed;
        }
    }

    fn note_step(&mut self, scenario: &str, step: &StepResult) {
        let tally = Tally {
            errors: step.errors.clone(),
            unexpected: step.unexpected.clone(),
            closed: step.closed,
            ..Tally::default()
        };
        self.note_errors(scenario, tally);
    }
}

/// Where a target runs: Bridgeline's binary and its template database, or the relay.
pub enum Target<'a> {
    Bridgeline { binary: &'a Path, template: &'a Path },
    Relay(Mode),
}

impl Target<'_> {
    pub fn name(&self) -> String {
        match self {
            Target::Bridgeline { .. } => "Bridgeline".into(),
            Target::Relay(mode) => format!("relay {}", mode.as_str()),
        }
    }

    fn dialect(&self) -> Dialect {
        match self {
            Target::Bridgeline { .. } => Dialect::Bridgeline,
            Target::Relay(_) => Dialect::Relay,
        }
    }

    async fn start(&self, dir: &Path, name: &str) -> Result<Server, BenchError> {
        match self {
            Target::Bridgeline { binary, template } => servers::start_bridgeline(binary, template, dir, name).await,
            Target::Relay(mode) => servers::start_relay(dir, *mode).await,
        }
        .inspect(|server| log(&format!("{name}: pid {}, log {}", server.pid(), server.log.display())))
    }
}

/// The pause between setting chats up and measuring them.
const SETTLE: Duration = Duration::from_secs(2);

fn log(message: &str) {
    eprintln!("  {message}");
}

/// Runs every scenario on `target`.
pub async fn run_target(target: &Target<'_>, settings: &Settings, dir: &Path) -> TargetResult {
    let mut result = TargetResult { name: target.name(), ..TargetResult::default() };
    eprintln!("==> {}", result.name);
    if let Err(error) = load_scenarios(target, settings, dir, &mut result).await {
        log(&format!("load: {error}"));
        result.problems.push(format!("load scenarios: {error}"));
    }
    if let Err(error) = memory_and_matching(target, settings, dir, &mut result).await {
        log(&format!("memory/matching: {error}"));
        result.problems.push(format!("memory and matching: {error}"));
    }
    if target.dialect() == Dialect::Bridgeline {
        if let Err(error) = hold_waiting(target, settings, dir, &mut result).await {
            log(&format!("hold: {error}"));
            result.problems.push(format!("holding waiting children: {error}"));
        }
    }
    result
}

/// Open files this process may have: the generator holds one socket per child, and
/// the server (started from here) inherits the same limit.
fn open_file_limit() -> Option<u32> {
    let limits = std::fs::read_to_string("/proc/self/limits").ok()?;
    let line = limits.lines().find(|line| line.starts_with("Max open files"))?;
    line.split_whitespace().nth(3)?.parse().ok()
}

/// Files kept aside from the children on either side: the database, logs, listeners,
/// counsellors' sockets.
const FILES_SPARE: u32 = 2_000;

/// Weighs one server holding as many waiting children as the setting asks (no
/// counsellor on duty, so they all wait), or as many as the open-file limit allows.
async fn hold_waiting(
    target: &Target<'_>,
    settings: &Settings,
    dir: &Path,
    result: &mut TargetResult,
) -> Result<(), BenchError> {
    let room = open_file_limit().map_or(settings.hold, |limit| limit.saturating_sub(FILES_SPARE));
    let children = settings.hold.min(room);
    if children == 0 {
        return Ok(());
    }
    if children < settings.hold {
        log(&format!(
            "hold: the open-file limit allows {children} of {} children; the rest is projected",
            settings.hold
        ));
    }
    let server = target.start(dir, "hold").await?;
    let recorder = Arc::new(Recorder::new());
    let mut fleet = Fleet::new(target.dialect(), server.addr, settings.sources, recorder);
    fleet.set_starting(true);
    tokio::time::sleep(SETTLE).await;
    let rss_before = server.rss_bytes()?;
    let began = Instant::now();
    fleet.add_children(children).await?;
    let all = fleet.children;
    let attached = fleet.pump_until(Instant::now() + settings.match_timeout, |fleet| fleet.attached >= all).await;
    let start_seconds = attached.then(|| began.elapsed().as_secs_f64());
    tokio::time::sleep(SETTLE).await;
    let held = Held {
        wanted: settings.hold,
        children: all,
        waiting: fleet.attached,
        rss_before,
        rss_after: server.rss_bytes()?,
        start_seconds,
    };
    log(&format!(
        "hold: {} of {all} children waiting (started in {}): RSS {:.1} → {:.1} MiB",
        held.waiting,
        start_seconds.map_or_else(|| "—".into(), |s| format!("{s:.1} s")),
        held.rss_before as f64 / 1048576.0,
        held.rss_after as f64 / 1048576.0
    ));
    result.memory.held = Some(held);
    result.note_errors("hold", fleet.take_tally());
    Ok(())
}

fn describe(step: &StepResult) -> String {
    let ms = |d: Option<Duration>| d.map_or("—".to_owned(), |d| format!("{:.1} ms", d.as_secs_f64() * 1e3));
    format!(
        "{} msg/s on {} chats: generated {:.0}, carried {:.0}, ack p50 {} p99 {}, relay p99 {}, lost {}, refused {}{}",
        step.rate,
        step.chats,
        step.generated,
        step.carried,
        ms(step.ack.p50),
        ms(step.ack.p99),
        ms(step.relay.p99),
        step.lost,
        step.refused,
        step.failure.as_ref().map(|why| format!(" — fails: {why}")).unwrap_or_default()
    )
}

/// The base run, the step search and the big run, on one server.
async fn load_scenarios(
    target: &Target<'_>,
    settings: &Settings,
    dir: &Path,
    result: &mut TargetResult,
) -> Result<(), BenchError> {
    let server = target.start(dir, "load").await?;
    let recorder = Arc::new(Recorder::new());
    let mut fleet = Fleet::new(target.dialect(), server.addr, settings.sources, recorder);
    fleet.add_counsellors(settings.counsellors, settings.big_chats).await?;
    let began = Instant::now();
    fleet.grow_to(settings.small_chats).await?;
    log(&format!("{} chats set up in {:.1} s", settings.small_chats, began.elapsed().as_secs_f64()));
    result.note_errors("setup", fleet.take_tally());
    // Let the setup's last frames (history pages, notices) pass before measuring.
    tokio::time::sleep(SETTLE).await;

    let base =
        fleet.step(settings.base_rate, settings.small_chats, settings.warmup, settings.window, settings.drain).await;
    log(&format!("base: {}", describe(&base)));
    result.note_step("base", &base);
    result.base = Some(base.clone());

    let mut verdicts: Vec<(u32, bool)> = Vec::new();
    while let Some(rate) = stats::search_continues(&verdicts, &settings.rates) {
        let mut passed = false;
        for attempt in 1..=stats::ATTEMPTS {
            let mut step = if rate == settings.base_rate && attempt == 1 {
                base.clone()
            } else {
                let step =
                    fleet.step(rate, settings.small_chats, settings.warmup, settings.step_window, settings.drain).await;
                log(&format!("step (attempt {attempt}): {}", describe(&step)));
                result.note_step("step search", &step);
                step
            };
            step.attempt = attempt;
            passed = step.failure.is_none();
            result.steps.push(step);
            if passed {
                break;
            }
        }
        verdicts.push((rate, passed));
    }
    result.highest = stats::highest_sustainable(&verdicts);
    result.search_exhausted = verdicts.len() == settings.rates.len() && verdicts.iter().all(|(_, passed)| *passed);

    let began = Instant::now();
    fleet.grow_to(settings.big_chats).await?;
    log(&format!("{} chats set up in {:.1} s", settings.big_chats, began.elapsed().as_secs_f64()));
    result.note_errors("setup", fleet.take_tally());
    tokio::time::sleep(SETTLE).await;
    let big = fleet.step(settings.big_rate, settings.big_chats, settings.warmup, settings.window, settings.drain).await;
    log(&format!("big: {}", describe(&big)));
    result.note_step("big", &big);
    result.big = Some(big);
    drop(fleet);
    drop(server);
    Ok(())
}

/// Memory per idle socket (and per waiting child), then, on Bridgeline, the time to
/// match every waiting child, on a fresh server.
async fn memory_and_matching(
    target: &Target<'_>,
    settings: &Settings,
    dir: &Path,
    result: &mut TargetResult,
) -> Result<(), BenchError> {
    let server = target.start(dir, "memory").await?;
    let recorder = Arc::new(Recorder::new());
    let mut fleet = Fleet::new(target.dialect(), server.addr, settings.sources, recorder);
    let bridgeline = target.dialect() == Dialect::Bridgeline;
    if bridgeline {
        fleet.set_available(false);
        fleet.add_counsellors(settings.counsellors, 0).await?;
    }
    fleet.set_starting(false);
    let settle = Duration::from_secs(1);
    tokio::time::sleep(settle).await;
    let before = server.rss_bytes()?;
    let sockets = settings.sockets;
    fleet.add_children(sockets).await?;
    tokio::time::sleep(settle).await;
    let idle = server.rss_bytes()?;
    result.memory.sockets = sockets;
    result.memory.idle_bytes_per_socket = Some(idle.saturating_sub(before) as f64 / f64::from(sockets));
    log(&format!("{sockets} idle sockets: RSS {:.1} → {:.1} MiB", before as f64 / 1048576.0, idle as f64 / 1048576.0));
    if !bridgeline {
        result.note_errors("memory", fleet.take_tally());
        return Ok(());
    }

    let began = Instant::now();
    fleet.set_starting(true);
    let all = fleet.children;
    let attached = fleet.pump_until(Instant::now() + settings.match_timeout, |fleet| fleet.attached >= all).await;
    let start_seconds = attached.then(|| began.elapsed().as_secs_f64());
    let mut matching = Matching { children: all, start_seconds, matched: 0, seconds: None };
    if attached {
        tokio::time::sleep(settle).await;
        let waiting = server.rss_bytes()?;
        result.memory.waiting_bytes_per_child = Some(waiting.saturating_sub(before) as f64 / f64::from(all));
        log(&format!(
            "{all} waiting children (started in {:.1} s): RSS {:.1} MiB",
            start_seconds.unwrap_or_default(),
            waiting as f64 / 1048576.0
        ));
        let available_at = Instant::now();
        fleet.set_available(true);
        let done = fleet.pump_until(available_at + settings.match_timeout, |fleet| fleet.joined >= all).await;
        matching.matched = fleet.joined;
        if done {
            matching.seconds = fleet.last_joined.map(|last| last.saturating_duration_since(available_at).as_secs_f64());
        }
        log(&format!(
            "matching: {} of {all} joined{}",
            fleet.joined,
            matching.seconds.map_or_else(
                || format!(", timed out after {} s", settings.match_timeout.as_secs()),
                |s| format!(" in {s:.1} s")
            )
        ));
    } else {
        result.problems.push(format!(
            "matching: only {} of {all} children attached within {} s",
            fleet.attached,
            settings.match_timeout.as_secs()
        ));
    }
    result.matching = Some(matching);
    result.note_errors("matching", fleet.take_tally());
    Ok(())
}
