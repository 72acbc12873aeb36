//! What the clients measured during one window, gathered from every socket task.
//! Sends carry their scheduled time in their id ([`crate::frames::send_id`]), so an
//! answer is timed from the moment the send was due, not from when a busy generator
//! got round to it (no coordinated omission).

use std::collections::BTreeMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::frames::parse_send_id;

/// The sends that count: those of step `tag` scheduled in `[from, to)` (offsets from
/// the run's epoch).
#[derive(Debug, Clone, Copy)]
pub struct Window {
    pub tag: u32,
    pub from: Duration,
    pub to: Duration,
}

/// Counts and latencies of one window (or of the setup before it).
#[derive(Debug, Default, Clone)]
pub struct Tally {
    /// Measured sends made.
    pub sent: u64,
    /// Measured sends acknowledged.
    pub acked: u64,
    /// Acknowledgements of this step that arrived inside the window (throughput).
    pub acks_in_window: u64,
    /// Measured sends whose `message` reached the counsellor.
    pub relayed: u64,
    pub ack_latencies: Vec<Duration>,
    pub relay_latencies: Vec<Duration>,
    /// `error` frames, by code.
    pub errors: BTreeMap<String, u64>,
    /// Measured sends answered with an `error`.
    pub refused: u64,
    /// Frames the generator could not read or did not expect, by type.
    pub unexpected: BTreeMap<String, u64>,
    /// Sockets the server closed.
    pub closed: u64,
}

pub struct Recorder {
    epoch: Instant,
    state: Mutex<(Option<Window>, Tally)>,
}

impl Recorder {
    pub fn new() -> Self {
        Self { epoch: Instant::now(), state: Mutex::new((None, Tally::default())) }
    }

    /// Time since the run's epoch.
    pub fn since_epoch(&self, at: Instant) -> Duration {
        at.saturating_duration_since(self.epoch)
    }

    #[cfg(test)]
    pub fn at(&self, offset: Duration) -> Instant {
        self.epoch + offset
    }

    fn with<R>(&self, f: impl FnOnce(&Option<Window>, &mut Tally) -> R) -> R {
        let mut guard = match self.state.lock() {
            Ok(guard) => guard,
            Err(poisoned) => poisoned.into_inner(),
        };
        let (window, tally) = &mut *guard;
        f(window, tally)
    }

    /// Starts counting `window`; returns what was counted before it.
    pub fn begin(&self, window: Option<Window>) -> Tally {
        let mut guard = match self.state.lock() {
            Ok(guard) => guard,
            Err(poisoned) => poisoned.into_inner(),
        };
        guard.0 = window;
        std::mem::take(&mut guard.1)
    }

    /// The counts so far, without latencies: (sent, acked, refused, relayed).
    pub fn progress(&self) -> (u64, u64, u64, u64) {
        self.with(|_, tally| (tally.sent, tally.acked, tally.refused, tally.relayed))
    }

    fn measured(window: &Option<Window>, id: &str) -> Option<(Window, Duration)> {
        let window = (*window)?;
        let (tag, micros) = parse_send_id(id)?;
        let scheduled = Duration::from_micros(micros);
        (tag == window.tag && scheduled >= window.from && scheduled < window.to).then_some((window, scheduled))
    }

    pub fn sent(&self, id: &str) {
        self.with(|window, tally| {
            if Self::measured(window, id).is_some() {
                tally.sent += 1;
            }
        });
    }

    pub fn ack(&self, id: &str, now: Instant) {
        let now = self.since_epoch(now);
        self.with(|window, tally| {
            let Some(current) = window else { return };
            if parse_send_id(id).is_some_and(|(tag, _)| tag == current.tag) && now >= current.from && now < current.to {
                tally.acks_in_window += 1;
            }
            if let Some((_, scheduled)) = Self::measured(window, id) {
                tally.acked += 1;
                tally.ack_latencies.push(now.saturating_sub(scheduled));
            }
        });
    }

    pub fn relayed(&self, client_id: &str, now: Instant) {
        let now = self.since_epoch(now);
        self.with(|window, tally| {
            if let Some((_, scheduled)) = Self::measured(window, client_id) {
                tally.relayed += 1;
                tally.relay_latencies.push(now.saturating_sub(scheduled));
            }
        });
    }

    pub fn error(&self, id: Option<&str>, code: &str) {
        self.with(|window, tally| {
            *tally.errors.entry(code.to_owned()).or_default() += 1;
            if id.is_some_and(|id| Self::measured(window, id).is_some()) {
                tally.refused += 1;
            }
        });
    }

    pub fn unexpected(&self, kind: &str) {
        self.with(|_, tally| *tally.unexpected.entry(kind.to_owned()).or_default() += 1);
    }

    pub fn closed(&self) {
        self.with(|_, tally| tally.closed += 1);
    }
}

impl Default for Recorder {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::frames::send_id;

    #[test]
    fn only_sends_of_the_window_are_measured() {
        let recorder = Recorder::new();
        let start = recorder.at(Duration::ZERO);
        recorder.begin(Some(Window { tag: 2, from: Duration::from_secs(1), to: Duration::from_secs(2) }));
        let inside = send_id(2, 0, 0, 1_500_000);
        let warm_up = send_id(2, 0, 1, 500_000);
        let other_step = send_id(1, 0, 2, 1_500_000);
        for id in [&inside, &warm_up, &other_step] {
            recorder.sent(id);
        }
        recorder.ack(&inside, start + Duration::from_millis(1_510));
        recorder.ack(&warm_up, start + Duration::from_millis(1_100));
        recorder.ack(&other_step, start + Duration::from_millis(1_600));
        recorder.relayed(&inside, start + Duration::from_millis(1_520));
        recorder.error(Some("start"), "paused");
        let tally = recorder.begin(None);
        assert_eq!((tally.sent, tally.acked, tally.relayed), (1, 1, 1));
        // The warm-up send's ack arrived inside the window: it counts for throughput.
        assert_eq!(tally.acks_in_window, 2);
        assert_eq!(tally.ack_latencies, vec![Duration::from_millis(10)]);
        assert_eq!(tally.relay_latencies, vec![Duration::from_millis(20)]);
        assert_eq!(tally.errors.get("paused"), Some(&1));
        assert_eq!(tally.refused, 0);
    }
}
