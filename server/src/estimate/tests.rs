use super::simulation::{self, Demand, LogNormal, Method, Scenario, Shift};
use super::*;

const AR: &str = "ar";

/// Four counsellors with three chats each, all busy.
const FULL: Staffing = Staffing { on_duty: 4, capacity: 12, busy: 12 };

fn estimator() -> WaitEstimator {
    WaitEstimator::new(EstimatorConfig::default())
}

fn seconds(estimate: Estimate) -> u64 {
    match estimate {
        Estimate::Seconds(seconds) => seconds,
        Estimate::Unknown => panic!("expected a figure, got Unknown"),
    }
}

/// A child who joins at `joined_at` and is answered at `answered_at`.
fn child_answered(estimator: &mut WaitEstimator, language: &str, joined_at: Millis, answered_at: Millis) {
    estimator.record_arrival(language, joined_at);
    estimator.record_answered(language, answered_at - joined_at, answered_at);
}

#[test]
fn unknown_when_nobody_can_answer_the_language() {
    let mut estimator = estimator();
    estimator.record_chat_ended(AR, 10 * MINUTE, 0);
    let nobody = Staffing { on_duty: 0, capacity: 0, busy: 0 };
    assert_eq!(estimator.estimate(AR, 1, nobody, MINUTE), Estimate::Unknown);
    let no_capacity = Staffing { on_duty: 2, capacity: 0, busy: 0 };
    assert_eq!(estimator.estimate(AR, 1, no_capacity, MINUTE), Estimate::Unknown);
    assert_eq!(estimator.outlook(AR, nobody, MINUTE), None);
}

#[test]
fn immediate_exactly_when_free_slots_cover_the_position() {
    let estimator = estimator();
    let two_free = Staffing { on_duty: 2, capacity: 6, busy: 4 };
    assert_eq!(estimator.estimate(AR, 1, two_free, 0), Estimate::Seconds(0));
    assert_eq!(estimator.estimate(AR, 2, two_free, 0), Estimate::Seconds(0));
    assert!(seconds(estimator.estimate(AR, 3, two_free, 0)) > 0);
    // Position 0 is not a position; it is read as "next".
    assert_eq!(estimator.estimate(AR, 0, two_free, 0), Estimate::Seconds(0));
    // More chats than capacity (a lowered maximum) means no free slot, not an overflow.
    let over = Staffing { on_duty: 1, capacity: 3, busy: 5 };
    assert!(seconds(estimator.estimate(AR, 1, over, 0)) > 0);
}

#[test]
fn a_child_who_must_wait_is_never_told_zero() {
    let mut estimator = estimator();
    // Very short chats and a huge capacity: the exact wait is well under a second.
    for minute in 0..20 {
        estimator.record_chat_ended(AR, 10, minute * MINUTE);
    }
    let huge = Staffing { on_duty: 1_000, capacity: 100_000, busy: 100_000 };
    assert_eq!(estimator.estimate(AR, 1, huge, 20 * MINUTE), Estimate::Seconds(1));
}

#[test]
fn with_no_data_the_staffing_and_typical_chat_length_decide() {
    let estimator = estimator();
    // 20 minutes ÷ 12 slots = 100 s between releases.
    assert_eq!(estimator.estimate(AR, 1, FULL, 0), Estimate::Seconds(100));
    assert_eq!(estimator.estimate(AR, 3, FULL, 0), Estimate::Seconds(300));
    let thin = Staffing { on_duty: 1, capacity: 2, busy: 2 };
    assert_eq!(estimator.estimate(AR, 1, thin, 0), Estimate::Seconds(600));
}

#[test]
fn the_estimate_grows_with_the_position() {
    let mut estimator = estimator();
    // Some abandonments, so that the steps shrink with the position but stay positive.
    for minute in 0..30 {
        estimator.record_arrival(AR, minute * MINUTE);
        estimator.record_arrival(AR, minute * MINUTE);
        estimator.record_abandoned(AR, minute * MINUTE + 30 * SECOND);
    }
    let one_free = Staffing { on_duty: 4, capacity: 12, busy: 11 };
    let waits: Vec<u64> =
        (1..=200).map(|position| seconds(estimator.estimate(AR, position, one_free, 30 * MINUTE))).collect();
    assert_eq!(waits[0], 0);
    assert!(waits[1] > 0);
    assert!(waits.windows(2).all(|pair| pair[0] < pair[1]), "{waits:?}");
}

#[test]
fn recent_chat_lengths_replace_the_typical_one() {
    let mut estimator = estimator();
    let before = seconds(estimator.estimate(AR, 1, FULL, 0));
    for minute in 0..60 {
        estimator.record_chat_ended(AR, 5 * MINUTE, minute * MINUTE);
    }
    let after = seconds(estimator.estimate(AR, 1, FULL, 60 * MINUTE));
    // 60 chats of 5 minutes and 3 pseudo-chats of 20: a mean of 5.7 minutes, ÷ 12 slots.
    assert_eq!(after, 29);
    assert!(after < before);
    assert_eq!(estimator.recent_mean_chat_length(AR, 60 * MINUTE), Some(5 * MINUTE));
}

#[test]
fn measured_intervals_between_answers_pull_the_estimate() {
    let mut estimator = estimator();
    // Staffing says a slot frees every 100 s; in fact children of the language are
    // answered only every 10 minutes (the counsellors also serve other languages).
    // Every child has waited since before the previous answer.
    for index in 1..=12 {
        child_answered(&mut estimator, AR, index * 10 * MINUTE, index * 10 * MINUTE + 15 * MINUTE);
    }
    let now = 135 * MINUTE;
    let outlook = estimator.outlook(AR, FULL, now).expect("staffed");
    // Only the last hour counts: the answers at 75, 85, … 135 minutes.
    assert_eq!(outlook.measured_intervals, 7);
    // Each measured interval is capped at 4 × 100 s; seven of them and four of 100 s.
    assert_eq!(outlook.service_interval, (7.0 * 400_000.0 + 4.0 * 100_000.0) / 11.0);
    assert!(seconds(outlook.wait_for(1)) > 200);
}

#[test]
fn an_answer_to_a_child_who_came_after_the_previous_answer_measures_nothing() {
    let mut estimator = estimator();
    // Quiet hours: each child arrives after the previous one was answered.
    for index in 1..=10 {
        child_answered(&mut estimator, AR, index * 10 * MINUTE, index * 10 * MINUTE + 5 * SECOND);
    }
    let outlook = estimator.outlook(AR, FULL, 100 * MINUTE).expect("staffed");
    assert_eq!(outlook.measured_intervals, 0);
    assert_eq!(outlook.service_interval, outlook.staffing_interval);
}

#[test]
fn data_older_than_the_window_is_forgotten() {
    let mut estimator = estimator();
    let config = *estimator.config();
    for minute in 0..30 {
        estimator.record_chat_ended(AR, MINUTE, minute * MINUTE);
        child_answered(&mut estimator, AR, 0, minute * MINUTE + SECOND);
    }
    let soon = 30 * MINUTE;
    let fresh = estimator.outlook(AR, FULL, soon).expect("staffed");
    assert!(fresh.measured_intervals > 0);
    assert!(fresh.mean_chat_length < config.typical_chat_length as f64);

    let later = 30 * MINUTE + config.chat_length_window.max(config.service_window);
    let stale = estimator.outlook(AR, FULL, later).expect("staffed");
    assert_eq!(stale.measured_intervals, 0);
    assert_eq!(stale.mean_chat_length, config.typical_chat_length as f64);
    assert_eq!(stale.abandonment_rate, 0.0);
    assert_eq!(estimator.estimate(AR, 1, FULL, later), WaitEstimator::new(config).estimate(AR, 1, FULL, later));
    assert_eq!(estimator.recent_mean_chat_length(AR, later), None);
}

#[test]
fn children_giving_up_shorten_the_wait_of_those_behind_them() {
    let mut patient = estimator();
    let mut impatient = estimator();
    // The same answers for both (each child arrives after the previous answer, so no
    // interval is measured); the impatient language also has a child a minute who gives
    // up after 40 seconds.
    for minute in 0..60 {
        impatient.record_arrival(AR, minute * MINUTE);
        for estimator in [&mut patient, &mut impatient] {
            child_answered(estimator, AR, minute * MINUTE, minute * MINUTE + 30 * SECOND);
        }
        impatient.record_abandoned(AR, minute * MINUTE + 40 * SECOND);
    }
    let now = 60 * MINUTE;
    let rate = impatient.outlook(AR, FULL, now).expect("staffed").abandonment_rate;
    // 60 gave up over 70 child-minutes of waiting, plus 30 of prior without anyone giving up.
    assert!((rate * MINUTE as f64 - 0.6).abs() < 1e-9, "{rate}");
    assert_eq!(patient.outlook(AR, FULL, now).expect("staffed").abandonment_rate, 0.0);
    // Position 1 has nobody ahead to give up; further back the difference grows.
    assert_eq!(patient.estimate(AR, 1, FULL, now), impatient.estimate(AR, 1, FULL, now));
    assert!(seconds(impatient.estimate(AR, 10, FULL, now)) < seconds(patient.estimate(AR, 10, FULL, now)));
}

#[test]
fn longer_than_the_longest_estimate_is_unknown() {
    let estimator = estimator();
    let thin = Staffing { on_duty: 1, capacity: 1, busy: 1 };
    // 20 minutes a chat, one slot: nine children ahead is exactly the three-hour limit.
    assert_eq!(estimator.estimate(AR, 9, thin, 0), Estimate::Seconds(3 * 3_600));
    assert_eq!(estimator.estimate(AR, 10, thin, 0), Estimate::Unknown);
    assert_eq!(estimator.estimate(AR, u32::MAX, FULL, 0), Estimate::Unknown);
}

#[test]
fn far_positions_cost_no_long_loop_and_join_the_exact_sum_smoothly() {
    let rate_per_ms = 1.0 / 100_000.0;
    let abandonment = 1.0 / 600_000.0;
    let exact = |releases: u32| -> f64 {
        (0..releases).map(|ahead| 1.0 / (rate_per_ms + f64::from(ahead) * abandonment)).sum()
    };
    for releases in [EXACT_STEPS - 1, EXACT_STEPS, EXACT_STEPS + 1, 3 * EXACT_STEPS] {
        let closed = expected_wait(releases, rate_per_ms, abandonment);
        assert!((closed - exact(releases)).abs() < 1e-6 * exact(releases), "{releases}");
    }
    assert!(expected_wait(u32::MAX, rate_per_ms, abandonment).is_finite());
}

#[test]
fn memory_stays_bounded_whatever_the_input() {
    let config = EstimatorConfig { max_samples: 32, max_languages: 8, ..EstimatorConfig::default() };
    let mut estimator = WaitEstimator::new(config);
    for step in 0..50_000u64 {
        let language = format!("lang-{}", step % 20);
        let now = step * SECOND;
        estimator.record_arrival(&language, now);
        estimator.record_answered(&language, SECOND, now);
        estimator.record_arrival(&language, now);
        estimator.record_abandoned(&language, now);
        estimator.record_chat_ended(&language, MINUTE, now);
    }
    assert!(estimator.tracked_languages() <= config.max_languages);
    assert!(estimator.stored_samples() <= config.max_languages * 3 * config.max_samples);
    // The busiest recent language is still estimated from its data.
    let outlook = estimator.outlook("lang-19", FULL, 50_000 * SECOND).expect("staffed");
    assert!(outlook.mean_chat_length < config.typical_chat_length as f64);
}

#[test]
fn a_clock_that_steps_back_or_absurd_durations_do_not_panic() {
    let mut estimator = estimator();
    estimator.record_arrival(AR, 10 * MINUTE);
    estimator.record_answered(AR, Millis::MAX, 5 * MINUTE);
    estimator.record_abandoned(AR, 0);
    estimator.record_chat_ended(AR, Millis::MAX, 0);
    estimator.record_chat_ended(AR, Millis::MAX, 1);
    assert_eq!(estimator.recent_mean_chat_length(AR, 10 * MINUTE), Some(Millis::MAX));
    assert_eq!(estimator.estimate(AR, 1, FULL, 0), Estimate::Unknown);
    let _ = estimator.estimate(AR, 1, FULL, Millis::MAX);
}

/// Two simulated days of one busy language: small enough for a unit test, big enough
/// that the errors mean something.
fn small_scenario() -> Scenario {
    Scenario {
        name: "test",
        description: "ar, 3 counsellors x 3 chats",
        seed: 7,
        days: 2,
        demand: vec![Demand { language: AR, peak_per_hour: 30.0 }],
        counsellors: (0..3).map(|_| Shift::new(&[AR], 3, 0, 24)).collect(),
        chat_length: LogNormal { median: 15 * MINUTE, sigma: 0.7 },
        patience: LogNormal { median: 12 * MINUTE, sigma: 1.0 },
        snapshot_every: Some(2 * MINUTE),
    }
}

#[test]
fn on_a_simulated_trace_the_estimator_beats_the_naive_estimate_clearly() {
    let observations = simulation::run(&small_scenario(), EstimatorConfig::default());
    let queued = |observation: &simulation::Observation| !observation.immediate;
    let estimator = simulation::summarize(&observations, Method::Estimator, queued);
    let naive = simulation::summarize(&observations, Method::Naive, queued);
    // Enough children had to wait for the comparison to mean something.
    assert!(estimator.count > 200, "{estimator:?}");
    assert_eq!(estimator.count, naive.count);
    assert!(estimator.mean_abs * 3.0 < naive.mean_abs, "estimator {estimator:?}, naive {naive:?}");
    assert!(estimator.bias.abs() < naive.bias.abs());

    let all_joins = |observation: &simulation::Observation| observation.at_join;
    let estimator = simulation::summarize(&observations, Method::Estimator, all_joins);
    let naive = simulation::summarize(&observations, Method::Naive, all_joins);
    assert!(estimator.mean_abs * 3.0 < naive.mean_abs, "estimator {estimator:?}, naive {naive:?}");
}

#[test]
fn the_simulation_is_deterministic() {
    let first = simulation::run(&small_scenario(), EstimatorConfig::default());
    let second = simulation::run(&small_scenario(), EstimatorConfig::default());
    assert_eq!(first, second);
    let other_seed = Scenario { seed: 8, ..small_scenario() };
    assert_ne!(first, simulation::run(&other_seed, EstimatorConfig::default()));
}
