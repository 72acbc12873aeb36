//! Prometheus metrics at `/metrics`, in the text exposition format, written by hand
//! (a dozen series do not need a crate).
//!
//! Counters and the wait histogram live in [`Metrics`], shared by the hub and the
//! sockets and updated with atomics. What describes the present (queues, longest waits,
//! staff online, chats) is asked from the hub at scrape time, so it is never stale.
//! [`render`] is pure and tested on its own.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::Mutex;

/// Upper bounds of the wait histogram's buckets, in seconds: around the usual target
/// (60 s) and up to the long waits that matter most.
pub const WAIT_BUCKETS: [u64; 9] = [5, 15, 30, 60, 120, 300, 600, 1800, 3600];

/// Counters shared by everything that counts; cheap to update from any task.
#[derive(Debug, Default)]
pub struct Metrics {
    pub child_sockets: AtomicI64,
    pub staff_sockets: AtomicI64,
    pub conversations_started: AtomicU64,
    pub messages: AtomicU64,
    /// Refused requests and bad frames, by error code.
    errors: Mutex<BTreeMap<String, u64>>,
    /// Waits of first answers: per bucket (not cumulative), then the sum and count.
    wait_buckets: [AtomicU64; WAIT_BUCKETS.len() + 1],
    wait_sum_millis: AtomicU64,
}

impl Metrics {
    /// Counts a refusal under its wire name (`not_yours`).
    pub fn count_error_code(&self, code: bridgeline_protocol::ErrorCode) {
        let name = serde_json::to_value(code).ok().and_then(|value| value.as_str().map(str::to_owned));
        self.count_error(name.as_deref().unwrap_or("unknown"));
    }

    pub fn count_error(&self, code: &str) {
        if let Ok(mut errors) = self.errors.lock() {
            *errors.entry(code.to_owned()).or_default() += 1;
        }
    }

    /// A child was answered for the first time after waiting `millis`.
    pub fn observe_wait(&self, millis: u64) {
        let bucket = WAIT_BUCKETS.iter().position(|bound| millis <= bound * 1000);
        self.wait_buckets[bucket.unwrap_or(WAIT_BUCKETS.len())].fetch_add(1, Ordering::Relaxed);
        self.wait_sum_millis.fetch_add(millis, Ordering::Relaxed);
    }

    /// Holds one open socket in the gauge until dropped.
    pub fn socket(&self, staff: bool) -> SocketGuard<'_> {
        let gauge = if staff { &self.staff_sockets } else { &self.child_sockets };
        gauge.fetch_add(1, Ordering::Relaxed);
        SocketGuard { gauge }
    }

    fn counters(&self) -> Counters {
        let mut buckets = [0; WAIT_BUCKETS.len() + 1];
        for (slot, bucket) in buckets.iter_mut().zip(&self.wait_buckets) {
            *slot = bucket.load(Ordering::Relaxed);
        }
        Counters {
            child_sockets: self.child_sockets.load(Ordering::Relaxed),
            staff_sockets: self.staff_sockets.load(Ordering::Relaxed),
            conversations_started: self.conversations_started.load(Ordering::Relaxed),
            messages: self.messages.load(Ordering::Relaxed),
            errors: self.errors.lock().map(|errors| errors.clone()).unwrap_or_default(),
            wait_buckets: buckets,
            wait_sum_millis: self.wait_sum_millis.load(Ordering::Relaxed),
        }
    }
}

/// Decrements its socket gauge when the socket's task ends, however it ends.
pub struct SocketGuard<'a> {
    gauge: &'a AtomicI64,
}

impl Drop for SocketGuard<'_> {
    fn drop(&mut self) {
        self.gauge.fetch_sub(1, Ordering::Relaxed);
    }
}

/// One language's queue now, from the hub.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct QueueGauge {
    pub language: String,
    pub waiting: u64,
    pub longest_wait_seconds: u64,
    /// Messages children left in this language that nobody has taken yet.
    pub left_messages: u64,
}

/// The present, as the hub sees it at scrape time.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Present {
    pub queues: Vec<QueueGauge>,
    pub staff_online: u64,
    pub chats_active: u64,
    /// Blocks on abusive contacts in force now.
    pub blocks_active: u64,
    /// Keys for hashing blocked browsers' addresses held in memory now (zero whenever
    /// no report or block needs one).
    pub address_keys: u64,
}

#[derive(Debug, Clone, Default)]
struct Counters {
    child_sockets: i64,
    staff_sockets: i64,
    conversations_started: u64,
    messages: u64,
    errors: BTreeMap<String, u64>,
    wait_buckets: [u64; WAIT_BUCKETS.len() + 1],
    wait_sum_millis: u64,
}

/// The whole exposition.
pub fn render(metrics: &Metrics, present: &Present, leads: bool) -> String {
    render_parts(&metrics.counters(), present, leads)
}

/// The exposition format's media type, for every answer that carries metrics.
pub const CONTENT_TYPE: &str = "text/plain; version=0.0.4; charset=utf-8";

/// A follower's metrics while it cannot reach the leader: that it does not lead, and
/// nothing else (the figures are the leader's to give).
pub fn render_not_leading() -> String {
    let mut out = String::new();
    leader(&mut out, false);
    out
}

/// Whether this node leads the helpline: exactly one node of a helpline says 1.
fn leader(out: &mut String, leads: bool) {
    let help = "Whether this node leads the helpline (1) or follows another (0).";
    family(out, "bridgeline_leader", "gauge", help, &[format!(" {}", u8::from(leads))]);
}

fn render_parts(counters: &Counters, present: &Present, leads: bool) -> String {
    let mut out = String::new();
    leader(&mut out, leads);
    let waiting: Vec<String> = present
        .queues
        .iter()
        .map(|queue| format!("{{language=\"{}\"}} {}", label(&queue.language), queue.waiting))
        .collect();
    family(&mut out, "bridgeline_queue_waiting", "gauge", "Children waiting now, per language.", &waiting);
    let longest: Vec<String> = present
        .queues
        .iter()
        .map(|queue| format!("{{language=\"{}\"}} {}", label(&queue.language), queue.longest_wait_seconds))
        .collect();
    let help = "How long the child waiting longest in each language has waited.";
    family(&mut out, "bridgeline_queue_longest_wait_seconds", "gauge", help, &longest);
    let left: Vec<String> = present
        .queues
        .iter()
        .map(|queue| format!("{{language=\"{}\"}} {}", label(&queue.language), queue.left_messages))
        .collect();
    let help = "Messages children left while nobody was there, not yet taken, per language.";
    family(&mut out, "bridgeline_left_messages_waiting", "gauge", help, &left);
    let single = |value: String| vec![format!(" {value}")];
    family(
        &mut out,
        "bridgeline_staff_online",
        "gauge",
        "Staff members with a console open.",
        &single(present.staff_online.to_string()),
    );
    family(
        &mut out,
        "bridgeline_chats_active",
        "gauge",
        "Chats going on now.",
        &single(present.chats_active.to_string()),
    );
    family(
        &mut out,
        "bridgeline_blocks_active",
        "gauge",
        "Blocks on abusive contacts in force now.",
        &single(present.blocks_active.to_string()),
    );
    family(
        &mut out,
        "bridgeline_block_address_keys",
        "gauge",
        "Address-hashing keys held in memory for pending reports and blocks.",
        &single(present.address_keys.to_string()),
    );
    family(
        &mut out,
        "bridgeline_child_sockets",
        "gauge",
        "Open child WebSockets.",
        &single(counters.child_sockets.to_string()),
    );
    family(
        &mut out,
        "bridgeline_staff_sockets",
        "gauge",
        "Open staff WebSockets.",
        &single(counters.staff_sockets.to_string()),
    );
    let help = "Conversations children started.";
    family(
        &mut out,
        "bridgeline_conversations_started_total",
        "counter",
        help,
        &single(counters.conversations_started.to_string()),
    );
    family(
        &mut out,
        "bridgeline_messages_total",
        "counter",
        "Chat messages stored.",
        &single(counters.messages.to_string()),
    );
    let errors: Vec<String> =
        counters.errors.iter().map(|(code, count)| format!("{{code=\"{}\"}} {count}", label(code))).collect();
    family(
        &mut out,
        "bridgeline_errors_total",
        "counter",
        "Requests refused and frames rejected, by error code.",
        &errors,
    );
    let mut histogram = Vec::new();
    let mut cumulative = 0;
    for (bound, count) in WAIT_BUCKETS.iter().zip(counters.wait_buckets) {
        cumulative += count;
        histogram.push(format!("_bucket{{le=\"{bound}\"}} {cumulative}"));
    }
    cumulative += counters.wait_buckets[WAIT_BUCKETS.len()];
    histogram.push(format!("_bucket{{le=\"+Inf\"}} {cumulative}"));
    histogram.push(format!("_sum {}", counters.wait_sum_millis as f64 / 1000.0));
    histogram.push(format!("_count {cumulative}"));
    family(
        &mut out,
        "bridgeline_wait_seconds",
        "histogram",
        "How long children waited for their first answer.",
        &histogram,
    );
    out
}

/// One metric family: its help and type, then its samples (each `suffix` follows the
/// name: labels and value, or `_bucket{…} n` for histograms).
fn family(out: &mut String, name: &str, kind: &str, help: &str, samples: &[String]) {
    let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} {kind}");
    for sample in samples {
        let _ = writeln!(out, "{name}{sample}");
    }
}

/// Escapes a label value as the exposition format requires.
fn label(value: &str) -> String {
    value.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_exposition_has_every_family_with_its_samples_after_its_type() {
        let metrics = Metrics::default();
        metrics.messages.fetch_add(3, Ordering::Relaxed);
        metrics.count_error("not_yours");
        metrics.count_error("not_yours");
        metrics.observe_wait(4_000);
        metrics.observe_wait(60_000);
        metrics.observe_wait(60_001);
        metrics.observe_wait(7_200_000);
        let _open = metrics.socket(false);
        let present = Present {
            queues: vec![QueueGauge { language: "ar".into(), waiting: 2, longest_wait_seconds: 95, left_messages: 1 }],
            staff_online: 4,
            chats_active: 3,
            blocks_active: 2,
            address_keys: 1,
        };
        let text = render(&metrics, &present, true);
        for expected in [
            "bridgeline_queue_waiting{language=\"ar\"} 2",
            "bridgeline_queue_longest_wait_seconds{language=\"ar\"} 95",
            "bridgeline_left_messages_waiting{language=\"ar\"} 1",
            "bridgeline_staff_online 4",
            "bridgeline_chats_active 3",
            "bridgeline_blocks_active 2",
            "bridgeline_block_address_keys 1",
            "bridgeline_leader 1",
            "bridgeline_child_sockets 1",
            "bridgeline_messages_total 3",
            "bridgeline_errors_total{code=\"not_yours\"} 2",
            "bridgeline_wait_seconds_bucket{le=\"5\"} 1",
            "bridgeline_wait_seconds_bucket{le=\"60\"} 2",
            "bridgeline_wait_seconds_bucket{le=\"120\"} 3",
            "bridgeline_wait_seconds_bucket{le=\"3600\"} 3",
            "bridgeline_wait_seconds_bucket{le=\"+Inf\"} 4",
            "bridgeline_wait_seconds_count 4",
            "bridgeline_wait_seconds_sum 7324.001",
        ] {
            assert!(text.lines().any(|line| line == expected), "missing {expected:?} in\n{text}");
        }
        // Every sample line belongs to the family announced last before it.
        let mut current = String::new();
        for line in text.lines() {
            if let Some(rest) = line.strip_prefix("# TYPE ") {
                current = rest.split(' ').next().unwrap_or("").to_owned();
            } else if !line.starts_with('#') {
                assert!(line.starts_with(&current), "{line} is outside its family {current}");
            }
        }
        drop(_open);
        assert_eq!(metrics.child_sockets.load(Ordering::Relaxed), 0);
    }

    #[test]
    fn a_follower_without_its_leader_says_only_that_it_does_not_lead() {
        assert_eq!(
            render_not_leading(),
            "# HELP bridgeline_leader Whether this node leads the helpline (1) or follows another (0).\n\
             # TYPE bridgeline_leader gauge\nbridgeline_leader 0\n"
        );
    }

    #[test]
    fn label_values_are_escaped() {
        assert_eq!(label("a\"b\\c\nd"), "a\\\"b\\\\c\\nd");
    }
}
