//! How long a waiting child will probably wait: the estimate behind the waiting page's
//! "Waiting time: about N minutes", as pure logic.
//!
//! Like [`crate::routing`], nothing here does I/O or reads a clock: the hub reports what
//! happens in each language's queue (a child joined, was answered, gave up; a chat
//! ended) with an explicit `now`, and asks for an estimate with the staffing it knows.
//! So every rule is testable directly, and the same code runs in the simulation that
//! measures the method against the naive "position × mean chat length"
//! (`docs/wait-estimate.md`, `examples/wait_estimate.rs`).
//!
//! The method. With `free` slots free now, the first `free` children in the queue are
//! offered at once; the child at `position` needs `n = position − free` more slots to
//! come free for their language. Slots come free one every `interval` on average, and
//! meanwhile the children ahead may give up, each at rate `θ`. While `m` children are
//! still ahead, the next step forward comes after `1 / (1/interval + m·θ)` on average
//! (the classic queue-length predictor for a queue with abandonment), so the expected
//! wait is the sum of those steps for `m = n − 1` down to 0.
//!
//! - `interval` is measured: an answer of a child who was already waiting when the
//!   previous child of the language was answered closes an interval during which the
//!   queue was never empty, exactly one slot release for the language. The measured
//!   intervals are blended with what staffing implies, `mean chat length ÷ capacity`
//!   (every slot frees once per chat), counted as a few pseudo-intervals: with no recent
//!   data staffing decides, with plenty the measurements do. Staffing reacts at once to a
//!   shift change; the measurements see what staffing cannot (slots taken by the other
//!   languages counsellors speak, slow accepts, breaks not marked `away`).
//! - `θ` is measured too: children who gave up ÷ the child-time spent waiting, over the
//!   window, pulled towards zero while little waiting was seen.
//!
//! The rules the hub can rely on:
//! - [`Estimate::Unknown`] when nobody who speaks the language is on duty, when their
//!   capacity is zero, or when the estimate is longer than
//!   [`EstimatorConfig::longest_estimate`] (staffing changes long before then, so a
//!   figure would be invented).
//! - `Seconds(0)` exactly when the child will be offered at once (`position ≤ free`),
//!   and at least one second otherwise.
//! - The estimate never decreases with the position.
//! - Only data younger than the configured windows counts, and at most
//!   [`EstimatorConfig::max_samples`] samples of each kind are kept per language, for at
//!   most [`EstimatorConfig::max_languages`] languages: memory is bounded whatever the
//!   input.

use std::collections::{HashMap, VecDeque};

/// Milliseconds on the hub's monotonic clock (same as [`crate::routing::Millis`]).
pub type Millis = u64;

const SECOND: Millis = 1_000;
const MINUTE: Millis = 60 * SECOND;
const HOUR: Millis = 60 * MINUTE;

/// Beyond this many children ahead, the sum of steps is taken in closed form: it changes
/// nothing a child would see, and keeps an absurd position from costing a long loop.
const EXACT_STEPS: u32 = 1_000;

/// The estimator's tunables. The defaults are the ones `docs/wait-estimate.md` reports.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EstimatorConfig {
    /// How far back measured intervals between answers, and abandonments, count. Long
    /// enough to hold a few answers of a thin language, short enough to follow the day.
    pub service_window: Millis,
    /// How far back chat lengths count. Chats last a quarter of an hour or more, so a
    /// thin language needs hours to collect a handful.
    pub chat_length_window: Millis,
    /// The chat length assumed before any chat of the language has ended, and what
    /// recent lengths are pulled towards while they are few.
    pub typical_chat_length: Millis,
    /// How many chats the typical length weighs against measured ones.
    pub chat_length_prior_weight: u32,
    /// How many measured intervals the staffing-based interval weighs against: with
    /// fewer measurements than this, staffing has the larger say.
    pub staffing_prior_weight: u32,
    /// A single measured interval counts as at most this multiple of the staffing-based
    /// one, so that one child who waited through a gap in staffing (the night, a
    /// meeting) does not stretch every estimate for the next hour.
    pub longest_interval_factor: u32,
    /// Child-time of waiting without anyone giving up that the abandonment rate starts
    /// from: one child giving up after a few minutes of waiting in a quiet language
    /// says little.
    pub abandonment_prior_waiting: Millis,
    /// At most this many samples of each kind are kept per language.
    pub max_samples: usize,
    /// At most this many languages are tracked; the one quiet longest is dropped first.
    pub max_languages: usize,
    /// Longer estimates are reported as [`Estimate::Unknown`].
    pub longest_estimate: Millis,
}

impl Default for EstimatorConfig {
    fn default() -> Self {
        Self {
            service_window: HOUR,
            chat_length_window: 4 * HOUR,
            typical_chat_length: 20 * MINUTE,
            chat_length_prior_weight: 3,
            staffing_prior_weight: 4,
            longest_interval_factor: 4,
            abandonment_prior_waiting: 30 * MINUTE,
            max_samples: 256,
            max_languages: 64,
            longest_estimate: 3 * HOUR,
        }
    }
}

/// Who can answer this language right now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Staffing {
    /// Counsellors online and not away who speak the language.
    pub on_duty: u32,
    /// Their total capacity (sum of max_chats).
    pub capacity: u32,
    /// Chats they currently hold (all languages).
    pub busy: u32,
}

impl Staffing {
    /// Slots free for a new chat now (never negative: a counsellor whose maximum was
    /// lowered may hold more chats than it).
    pub fn free_slots(&self) -> u32 {
        self.capacity.saturating_sub(self.busy)
    }
}

/// What the waiting page can honestly say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Estimate {
    /// Not enough to say anything honest (no one on duty, or no data and no staffing to reason from).
    Unknown,
    /// Expected wait from now, in whole seconds.
    Seconds(u64),
}

impl Estimate {
    pub fn seconds(self) -> Option<u64> {
        match self {
            Estimate::Unknown => None,
            Estimate::Seconds(seconds) => Some(seconds),
        }
    }
}

/// One timed measurement (an interval or a chat length), stamped with when it was
/// recorded so that it can be forgotten.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Sample {
    at: Millis,
    value: Millis,
}

/// A child left the queue of a language, answered or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct QueueExit {
    at: Millis,
    /// Child-milliseconds spent waiting in the queue since the previous change of it.
    waited: Millis,
    abandoned: bool,
}

/// A language's recent history.
#[derive(Debug, Clone, Default)]
struct LanguageHistory {
    /// Intervals between consecutive answers during which a child of the language
    /// waited throughout.
    service_intervals: VecDeque<Sample>,
    /// Lengths of chats that ended, from answer to end.
    chat_lengths: VecDeque<Sample>,
    /// Children leaving the queue, with the child-time waited before each.
    exits: VecDeque<QueueExit>,
    /// Children waiting now, as counted from the events reported.
    waiting: u32,
    /// When `waiting` last changed.
    waiting_since: Millis,
    /// Child-time waited since the last exit, up to `waiting_since`.
    waited_since_exit: Millis,
    /// When the last child of the language was answered.
    last_answered_at: Option<Millis>,
    /// The latest `now` seen for the language: keeps samples in time order even if a
    /// caller's clock stepped back, and tells which language has been quiet longest.
    last_event_at: Millis,
}

impl LanguageHistory {
    fn stamp(&mut self, now: Millis) -> Millis {
        self.last_event_at = self.last_event_at.max(now);
        self.last_event_at
    }

    /// Child-time waited from the last change of the queue until `at`.
    fn waiting_time_until(&self, at: Millis) -> Millis {
        u64::from(self.waiting).saturating_mul(at.saturating_sub(self.waiting_since))
    }

    /// Accounts for the child-time waited up to `at`, then changes the count.
    fn change_waiting(&mut self, at: Millis, change: i32) {
        self.waited_since_exit = self.waited_since_exit.saturating_add(self.waiting_time_until(at));
        self.waiting = self.waiting.saturating_add_signed(change);
        self.waiting_since = at;
    }

    fn record_exit(&mut self, at: Millis, abandoned: bool, config: &EstimatorConfig) {
        self.change_waiting(at, -1);
        let exit = QueueExit { at, waited: std::mem::take(&mut self.waited_since_exit), abandoned };
        push_bounded(&mut self.exits, exit, |exit| exit.at, config.service_window, config.max_samples);
    }
}

/// Appends a sample, dropping those older than `window` and the oldest beyond `max`.
fn push_bounded<T>(samples: &mut VecDeque<T>, sample: T, at: impl Fn(&T) -> Millis, window: Millis, max: usize) {
    let oldest_kept = at(&sample).saturating_sub(window);
    while samples.front().is_some_and(|front| at(front) < oldest_kept) {
        samples.pop_front();
    }
    while !samples.is_empty() && samples.len() >= max {
        samples.pop_front();
    }
    if max > 0 {
        samples.push_back(sample);
    }
}

/// The samples recorded within `window` before `now` (older ones stay stored until the
/// next record for the language prunes them).
fn recent<T>(
    samples: &VecDeque<T>,
    at: impl Fn(&T) -> Millis,
    window: Millis,
    now: Millis,
) -> impl Iterator<Item = &T> {
    let oldest_kept = now.saturating_sub(window);
    let first = samples.partition_point(|sample| at(sample) < oldest_kept);
    samples.range(first..)
}

/// Everything an estimate for one language needs, computed once per queue change and
/// then asked for every position ([`Outlook::wait_for`]): the hub estimates for every
/// waiting child whenever the queue moves. Times are in milliseconds, as `f64`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Outlook {
    /// Slots free now: that many children are offered at once.
    pub free_slots: u32,
    /// Mean length of recent chats of the language, pulled towards the typical length
    /// while they are few.
    pub mean_chat_length: f64,
    /// Mean time between slot releases implied by staffing alone: each of `capacity`
    /// slots frees once per chat.
    pub staffing_interval: f64,
    /// How many intervals between answers were measured in the window.
    pub measured_intervals: u32,
    /// Their total (each capped).
    pub measured_total: f64,
    /// The interval used: the measured ones plus the staffing one counted
    /// `staffing_prior_weight` times.
    pub service_interval: f64,
    /// Rate at which a waiting child gives up, per millisecond.
    pub abandonment_rate: f64,
    /// Longer estimates are reported as unknown.
    pub longest_estimate: Millis,
}

impl Outlook {
    /// Expected remaining wait for the child at `position` (1 = next).
    pub fn wait_for(&self, position: u32) -> Estimate {
        self.wait_with(position, self.service_interval, self.abandonment_rate)
    }

    /// The same with a given interval between slot releases and abandonment rate: the
    /// simulation's alternatives differ from [`Outlook::wait_for`] only in those.
    pub fn wait_with(&self, position: u32, service_interval: f64, abandonment_rate: f64) -> Estimate {
        let position = position.max(1);
        if position <= self.free_slots {
            return Estimate::Seconds(0);
        }
        let wait = expected_wait(position - self.free_slots, 1.0 / service_interval, abandonment_rate.max(0.0));
        if !wait.is_finite() || wait > self.longest_estimate as f64 {
            return Estimate::Unknown;
        }
        // Rounded up, and at least a second: a child who must wait is never told zero.
        Estimate::Seconds((wait / SECOND as f64).ceil().max(1.0) as u64)
    }
}

/// Expected time until `releases_needed` slot releases reach the child, with releases at
/// `service_rate` and each child ahead giving up at `abandonment_rate`:
/// Σ 1 / (service_rate + m × abandonment_rate) for m = 0 .. releases_needed − 1.
fn expected_wait(releases_needed: u32, service_rate: f64, abandonment_rate: f64) -> f64 {
    if abandonment_rate == 0.0 {
        return f64::from(releases_needed) / service_rate;
    }
    let exact = releases_needed.min(EXACT_STEPS);
    let mut wait: f64 = (0..exact).map(|ahead| 1.0 / (service_rate + f64::from(ahead) * abandonment_rate)).sum();
    if releases_needed > exact {
        // The remaining terms vary slowly: their sum is the integral over the midpoints.
        let step = |ahead: f64| service_rate + ahead * abandonment_rate;
        wait += (step(f64::from(releases_needed) - 0.5) / step(f64::from(exact) - 0.5)).ln() / abandonment_rate;
    }
    wait
}

/// Per-language recent history and the estimate built from it. See the module
/// documentation for the method and its rules.
#[derive(Debug, Clone)]
pub struct WaitEstimator {
    config: EstimatorConfig,
    languages: HashMap<String, LanguageHistory>,
}

impl WaitEstimator {
    pub fn new(config: EstimatorConfig) -> Self {
        Self { config, languages: HashMap::new() }
    }

    pub fn config(&self) -> &EstimatorConfig {
        &self.config
    }

    /// A child joined the queue of `language`.
    pub fn record_arrival(&mut self, language: &str, now: Millis) {
        let history = self.history_mut(language);
        let at = history.stamp(now);
        history.change_waiting(at, 1);
    }

    /// A waiting child of `language` was answered after waiting `waited`.
    ///
    /// If the child was already waiting when the previous child of the language was
    /// answered, the time between the two answers is an interval during which the
    /// language's queue was never empty: one slot release for it. Otherwise (the child
    /// came later, often to a free slot) the interval says nothing about that.
    pub fn record_answered(&mut self, language: &str, waited: Millis, now: Millis) {
        let config = self.config;
        let history = self.history_mut(language);
        let at = history.stamp(now);
        let joined_at = at.saturating_sub(waited);
        if let Some(previous) = history.last_answered_at {
            if waited > 0 && joined_at <= previous {
                let interval = Sample { at, value: at - previous };
                push_bounded(
                    &mut history.service_intervals,
                    interval,
                    |sample| sample.at,
                    config.service_window,
                    config.max_samples,
                );
            }
        }
        history.last_answered_at = Some(at);
        history.record_exit(at, false, &config);
    }

    /// A waiting child left the queue without being answered.
    pub fn record_abandoned(&mut self, language: &str, now: Millis) {
        let config = self.config;
        let history = self.history_mut(language);
        let at = history.stamp(now);
        history.record_exit(at, true, &config);
    }

    /// A chat in `language` ended after `length` (from answer to end).
    pub fn record_chat_ended(&mut self, language: &str, length: Millis, now: Millis) {
        let config = self.config;
        let history = self.history_mut(language);
        let at = history.stamp(now);
        let sample = Sample { at, value: length };
        push_bounded(
            &mut history.chat_lengths,
            sample,
            |sample| sample.at,
            config.chat_length_window,
            config.max_samples,
        );
    }

    /// Expected remaining wait for the child at `position` (1 = next) in `language`'s queue.
    pub fn estimate(&self, language: &str, position: u32, staffing: Staffing, now: Millis) -> Estimate {
        match self.outlook(language, staffing, now) {
            Some(outlook) => outlook.wait_for(position),
            None => Estimate::Unknown,
        }
    }

    /// The language's outlook, or `None` when nobody can answer it (no one on duty, or
    /// no capacity). Compute it once per queue change and ask [`Outlook::wait_for`] for
    /// each waiting child.
    pub fn outlook(&self, language: &str, staffing: Staffing, now: Millis) -> Option<Outlook> {
        if staffing.on_duty == 0 || staffing.capacity == 0 {
            return None;
        }
        let config = &self.config;
        let history = self.languages.get(language);

        let (chat_count, chat_total) = history
            .map(|history| {
                recent(&history.chat_lengths, |sample| sample.at, config.chat_length_window, now)
                    .fold((0u32, 0.0f64), |(count, total), sample| (count + 1, total + sample.value as f64))
            })
            .unwrap_or((0, 0.0));
        let prior_chats = f64::from(config.chat_length_prior_weight);
        let typical = config.typical_chat_length as f64;
        let mean_chat_length = if chat_count == 0 {
            typical
        } else {
            (chat_total + prior_chats * typical) / (f64::from(chat_count) + prior_chats)
        };
        let staffing_interval = mean_chat_length / f64::from(staffing.capacity);

        let longest_interval = staffing_interval * f64::from(config.longest_interval_factor.max(1));
        let (measured_intervals, measured_total) = history
            .map(|history| {
                recent(&history.service_intervals, |sample| sample.at, config.service_window, now)
                    .fold((0u32, 0.0f64), |(count, total), sample| {
                        (count + 1, total + (sample.value as f64).min(longest_interval))
                    })
            })
            .unwrap_or((0, 0.0));
        let prior_intervals = f64::from(config.staffing_prior_weight);
        let service_interval = if measured_intervals == 0 {
            staffing_interval
        } else {
            (measured_total + prior_intervals * staffing_interval) / (f64::from(measured_intervals) + prior_intervals)
        };

        let (abandoned, waited) = history
            .map(|history| {
                let (abandoned, waited) = recent(&history.exits, |exit| exit.at, config.service_window, now)
                    .fold((0u32, 0.0f64), |(abandoned, waited), exit| {
                        (abandoned + u32::from(exit.abandoned), waited + exit.waited as f64)
                    });
                let ongoing = history.waited_since_exit.saturating_add(history.waiting_time_until(now));
                (abandoned, waited + ongoing as f64)
            })
            .unwrap_or((0, 0.0));
        let abandonment_rate = f64::from(abandoned) / (waited + config.abandonment_prior_waiting.max(1) as f64);

        Some(Outlook {
            free_slots: staffing.free_slots(),
            mean_chat_length,
            staffing_interval,
            measured_intervals,
            measured_total,
            service_interval,
            abandonment_rate,
            longest_estimate: config.longest_estimate,
        })
    }

    /// The plain mean length of the language's recent chats, if any ended within the
    /// window: what the naive "position × mean chat length" estimate uses.
    pub fn recent_mean_chat_length(&self, language: &str, now: Millis) -> Option<Millis> {
        let history = self.languages.get(language)?;
        let (count, total) = recent(&history.chat_lengths, |sample| sample.at, self.config.chat_length_window, now)
            .fold((0u128, 0u128), |(count, total), sample| (count + 1, total + u128::from(sample.value)));
        let mean = total.checked_div(count)?;
        Some(Millis::try_from(mean).unwrap_or(Millis::MAX))
    }

    /// How many samples are stored, all languages and kinds together: what memory
    /// grows with.
    pub fn stored_samples(&self) -> usize {
        self.languages
            .values()
            .map(|history| history.service_intervals.len() + history.chat_lengths.len() + history.exits.len())
            .sum()
    }

    /// How many languages are tracked.
    pub fn tracked_languages(&self) -> usize {
        self.languages.len()
    }

    fn history_mut(&mut self, language: &str) -> &mut LanguageHistory {
        if !self.languages.contains_key(language) && self.languages.len() >= self.config.max_languages.max(1) {
            let quietest = self
                .languages
                .iter()
                .min_by(|(name_a, a), (name_b, b)| a.last_event_at.cmp(&b.last_event_at).then(name_a.cmp(name_b)))
                .map(|(name, _)| name.clone());
            if let Some(quietest) = quietest {
                self.languages.remove(&quietest);
            }
        }
        self.languages.entry(language.to_owned()).or_default()
    }
}

#[doc(hidden)]
pub mod simulation;

#[cfg(test)]
mod tests;
