//! Percentiles of measured latencies and the step search's rules: pure, no I/O.

use std::time::Duration;

/// The figures kept of one set of latencies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Percentiles {
    pub count: usize,
    pub p50: Option<Duration>,
    pub p99: Option<Duration>,
    /// What p99 leaves out: the rare stalls (a checkpoint, a busy disk) show here.
    pub p999: Option<Duration>,
    pub max: Option<Duration>,
}

/// Nearest-rank percentile (`p` in 0–100) of `sorted` (ascending): the smallest sample
/// with at least `p` % of the samples at or below it. `None` for no samples.
pub fn percentile(sorted: &[Duration], p: f64) -> Option<Duration> {
    if sorted.is_empty() {
        return None;
    }
    // Less a hair, so that a rank that is whole but not exact in binary (99.9 % of
    // 1,000 comes out as 999.0000000000001) is not rounded up to the next sample.
    let rank = ((p / 100.0) * sorted.len() as f64 - 1e-9).ceil() as usize;
    Some(sorted[rank.clamp(1, sorted.len()) - 1])
}

/// p50, p99, p99.9 and the maximum of `samples` (sorted here).
pub fn summarise(mut samples: Vec<Duration>) -> Percentiles {
    samples.sort_unstable();
    Percentiles {
        count: samples.len(),
        p50: percentile(&samples, 50.0),
        p99: percentile(&samples, 99.0),
        p999: percentile(&samples, 99.9),
        max: samples.last().copied(),
    }
}

/// What one step of the rate search measured.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StepVerdictInput {
    /// The rate the step offered, messages a second.
    pub offered: f64,
    /// Acknowledgements received a second during the window.
    pub carried: f64,
    pub ack_p99: Option<Duration>,
    /// Sends refused with an `error` frame or never acknowledged.
    pub failed_sends: u64,
}

/// The step search's limits: the ack p99 allowed, and the share of the offered rate
/// that must be carried.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Limits {
    pub ack_p99: Duration,
    pub carried_share: f64,
}

pub const LIMITS: Limits = Limits { ack_p99: Duration::from_millis(100), carried_share: 0.95 };

/// Why a step failed, or `None` when it passed. A step with no acknowledged message has
/// no p99 and fails.
pub fn step_failure(step: &StepVerdictInput, limits: &Limits) -> Option<String> {
    match step.ack_p99 {
        None => return Some("no message acknowledged".to_owned()),
        Some(p99) if p99 > limits.ack_p99 => {
            return Some(format!("ack p99 {} ms > {} ms", p99.as_millis(), limits.ack_p99.as_millis()))
        }
        Some(_) => {}
    }
    if step.carried < limits.carried_share * step.offered {
        return Some(format!(
            "carried {:.0} msg/s < {:.0} % of {:.0} offered",
            step.carried,
            limits.carried_share * 100.0,
            step.offered
        ));
    }
    if step.failed_sends > 0 {
        return Some(format!("{} sends refused or never acknowledged", step.failed_sends));
    }
    None
}

/// How often the search tries a rate before it counts as failed: the machine is
/// shared, and one spike from another process should not end the search; a server
/// that cannot carry the rate fails both tries.
pub const ATTEMPTS: u32 = 2;

/// The highest rate that passed before the first failing step: the steps are tried in
/// order (rising rates) and the search stops at the first failure, so a later pass,
/// if any, does not count. `None` when the first step failed.
pub fn highest_sustainable(steps: &[(u32, bool)]) -> Option<u32> {
    steps.iter().take_while(|(_, passed)| *passed).map(|(rate, _)| *rate).last()
}

/// Whether the search goes on after these steps: until a step fails or the rates run out.
pub fn search_continues(steps_done: &[(u32, bool)], rates: &[u32]) -> Option<u32> {
    if steps_done.iter().any(|(_, passed)| !passed) {
        return None;
    }
    rates.get(steps_done.len()).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ms(values: &[u64]) -> Vec<Duration> {
        values.iter().map(|&v| Duration::from_millis(v)).collect()
    }

    #[test]
    fn percentile_is_nearest_rank() {
        let samples = ms(&(1..=100).collect::<Vec<_>>());
        assert_eq!(percentile(&samples, 50.0), Some(Duration::from_millis(50)));
        assert_eq!(percentile(&samples, 99.0), Some(Duration::from_millis(99)));
        assert_eq!(percentile(&samples, 100.0), Some(Duration::from_millis(100)));
        assert_eq!(percentile(&samples, 0.0), Some(Duration::from_millis(1)));
    }

    #[test]
    fn percentile_of_few_samples_is_the_worst_for_high_p() {
        let samples = ms(&[3, 7, 9]);
        assert_eq!(percentile(&samples, 99.0), Some(Duration::from_millis(9)));
        assert_eq!(percentile(&samples, 50.0), Some(Duration::from_millis(7)));
        assert_eq!(percentile(&[], 50.0), None);
    }

    #[test]
    fn summarise_sorts_first() {
        let summary = summarise(ms(&[9, 1, 5, 200, 3]));
        assert_eq!(summary.count, 5);
        assert_eq!(summary.p50, Some(Duration::from_millis(5)));
        assert_eq!(summary.p99, Some(Duration::from_millis(200)));
        assert_eq!(summary.max, Some(Duration::from_millis(200)));
        assert_eq!(summarise(Vec::new()), Percentiles::default());
        let thousand = summarise(ms(&(1..=1000).rev().collect::<Vec<_>>()));
        assert_eq!(thousand.p99, Some(Duration::from_millis(990)));
        assert_eq!(thousand.p999, Some(Duration::from_millis(999)));
    }

    fn step(offered: f64, carried: f64, p99_ms: Option<u64>, failed: u64) -> StepVerdictInput {
        StepVerdictInput { offered, carried, ack_p99: p99_ms.map(Duration::from_millis), failed_sends: failed }
    }

    #[test]
    fn a_step_fails_on_latency_throughput_or_lost_sends() {
        assert_eq!(step_failure(&step(500.0, 499.0, Some(100), 0), &LIMITS), None);
        assert!(step_failure(&step(500.0, 499.0, Some(101), 0), &LIMITS).is_some_and(|why| why.contains("p99")));
        assert!(step_failure(&step(500.0, 474.0, Some(5), 0), &LIMITS).is_some_and(|why| why.contains("carried")));
        assert_eq!(step_failure(&step(500.0, 475.0, Some(5), 0), &LIMITS), None);
        assert!(step_failure(&step(500.0, 500.0, Some(5), 1), &LIMITS).is_some_and(|why| why.contains("refused")));
        assert!(step_failure(&step(500.0, 0.0, None, 0), &LIMITS).is_some());
    }

    #[test]
    fn highest_sustainable_stops_at_the_first_failure() {
        assert_eq!(highest_sustainable(&[(250, true), (500, true), (1000, false)]), Some(500));
        assert_eq!(highest_sustainable(&[(250, true), (500, false), (1000, true)]), Some(250));
        assert_eq!(highest_sustainable(&[(250, false)]), None);
        assert_eq!(highest_sustainable(&[(250, true), (500, true)]), Some(500));
        assert_eq!(highest_sustainable(&[]), None);
    }

    #[test]
    fn the_search_goes_on_until_a_failure_or_the_last_rate() {
        let rates = [250, 500, 1000];
        assert_eq!(search_continues(&[], &rates), Some(250));
        assert_eq!(search_continues(&[(250, true)], &rates), Some(500));
        assert_eq!(search_continues(&[(250, true), (500, false)], &rates), None);
        assert_eq!(search_continues(&[(250, true), (500, true), (1000, true)], &rates), None);
    }
}
