//! Compares the wait estimator with the naive "position × mean chat length" on seeded
//! simulated helpline days, and prints the tables quoted in `docs/wait-estimate.md`.
//!
//! ```sh
//! cargo run -p bridgeline --release --example wait_estimate
//! ```
//!
//! The same seeds print the same figures on every run and machine.

use bridgeline::estimate::simulation::{
    run, standard_scenarios, summarize, ErrorSummary, LogNormal, Method, Observation, Scenario,
};
use bridgeline::estimate::EstimatorConfig;

/// The methods in the alternatives table, estimator first.
const ALTERNATIVES: [Method; 6] = [
    Method::Estimator,
    Method::StaffingOnly,
    Method::MeasuredOnly,
    Method::NoAbandonment,
    Method::LastServed,
    Method::Naive,
];

fn main() {
    let config = EstimatorConfig::default();
    let scenarios = standard_scenarios();
    let days = scenarios.first().map_or(0, |scenario| scenario.days);
    println!("Wait estimates on simulated helpline days ({days} days per scenario, seeded). Errors in minutes;");
    println!("bias = mean(estimate - true wait), positive when the child is told too long. Only children who");
    println!("were answered have a true wait; \"unknown\" counts answered children the estimator gave no figure");
    println!("for (nobody on duty), left out of both methods' errors.");
    println!();
    for scenario in &scenarios {
        println!("  {:7} {}", scenario.name, scenario.description);
    }

    let runs = per_language(&scenarios, config);

    println!();
    println!("1. When a child joins (every answered child; most are answered at once off-peak)");
    print_comparison(&runs, |observation| observation.at_join);

    println!();
    println!("2. Children who had to wait (position > free slots): when they join and every minute after");
    print_comparison(&runs, |observation| !observation.immediate);

    println!();
    println!("3. Alternatives: mean absolute error on the observations of table 2");
    print_alternatives(&runs, false);

    // Nobody giving up: without the children who leave, errors are measured on every
    // child, and a method's own error is not hidden by that selection.
    let shared: Vec<Scenario> = scenarios
        .iter()
        .filter(|scenario| scenario.demand.len() > 1)
        .map(|scenario| Scenario { patience: EVERYONE_STAYS, ..scenario.clone() })
        .collect();
    let patient_runs = per_language(&shared, config);
    println!();
    println!("4. Shared counsellors, same days but nobody gives up: MAE (bias) on the children who had to wait");
    print_alternatives(&patient_runs, true);
}

/// One language of one scenario: (scenario, language, its observations).
type LanguageRun = (&'static str, &'static str, Vec<Observation>);

fn per_language(scenarios: &[Scenario], config: EstimatorConfig) -> Vec<LanguageRun> {
    let mut runs = Vec::new();
    for scenario in scenarios {
        let observations = run(scenario, config);
        for demand in &scenario.demand {
            let mine = observations.iter().filter(|observation| observation.language == demand.language);
            runs.push((scenario.name, demand.language, mine.cloned().collect()));
        }
    }
    runs
}

/// A patience no wait reaches.
const EVERYONE_STAYS: LogNormal = LogNormal { median: 1_000 * 3_600_000, sigma: 0.0 };

/// One row per language: each alternative's mean absolute error on the children who had
/// to wait, and its bias too when `show_bias`.
fn print_alternatives(runs: &[LanguageRun], show_bias: bool) {
    print!("| {:8} | {:4} |", "scenario", "lang");
    for method in ALTERNATIVES {
        print!(" {:>15} |", short_name(method));
    }
    println!();
    print!("|{:-<10}|{:-<6}|", "", "");
    for _ in ALTERNATIVES {
        print!("{:->16}:|", "");
    }
    println!();
    for (scenario, language, observations) in runs {
        print!("| {scenario:8} | {language:4} |");
        for method in ALTERNATIVES {
            let summary =
                summarize(observations, method, |observation| !observation.immediate && is_known(observation));
            if show_bias {
                print!(" {:>6.2} ({:>+6.2}) |", summary.mean_abs, summary.bias);
            } else {
                print!(" {:>15.2} |", summary.mean_abs);
            }
        }
        println!();
    }
}

fn print_comparison(runs: &[LanguageRun], keep: impl Fn(&Observation) -> bool + Copy) {
    println!(
        "| {:8} | {:4} | {:9} | {:>6} | {:>7} | {:>6} | {:>6} | {:>6} | {:>6} |",
        "scenario", "lang", "method", "n", "unknown", "MAE", "median", "p90", "bias"
    );
    println!(
        "|{:-<10}|{:-<6}|{:-<11}|{:->7}:|{:->8}:|{:->7}:|{:->7}:|{:->7}:|{:->7}:|",
        "", "", "", "", "", "", "", "", ""
    );
    for (scenario, language, observations) in runs {
        let estimator = summarize(observations, Method::Estimator, keep);
        // The naive method always gives a figure; compare it on the same observations.
        let naive = summarize(observations, Method::Naive, |observation| keep(observation) && is_known(observation));
        print_row(scenario, language, Method::Estimator, &estimator);
        print_row(scenario, language, Method::Naive, &naive);
    }
}

fn is_known(observation: &Observation) -> bool {
    observation.estimate(Method::Estimator).seconds().is_some()
}

fn print_row(scenario: &str, language: &str, method: Method, summary: &ErrorSummary) {
    println!(
        "| {scenario:8} | {language:4} | {:9} | {:>6} | {:>7} | {:>6.2} | {:>6.2} | {:>6.2} | {:>+6.2} |",
        method.name(),
        summary.count,
        summary.unknown,
        summary.mean_abs,
        summary.median_abs,
        summary.p90_abs,
        summary.bias
    );
}

fn short_name(method: Method) -> &'static str {
    match method {
        Method::Estimator => "estimator",
        Method::Naive => "naive",
        Method::StaffingOnly => "staffing only",
        Method::MeasuredOnly => "measured only",
        Method::NoAbandonment => "no abandon",
        Method::LastServed => "last served",
    }
}
