//! The printed table (rows = figures, columns = Bridgeline and the two relays, then
//! Bridgeline's ratio to the group-commit relay) and the same figures as JSON.

use std::time::Duration;

use serde_json::{json, Value};

use crate::fleet::StepResult;
use crate::scenarios::{Settings, TargetResult};
use crate::stats::Percentiles;

/// The run's context, printed above the table.
pub struct Context {
    pub date: String,
    pub cpu: String,
    pub cores: usize,
    /// One commit with fsync, measured at the start and at the end of the run.
    pub commit: [Option<Duration>; 2],
    /// `/proc/loadavg`'s 1-minute load at the start and at the end.
    pub load: [Option<f64>; 2],
}

/// Bridgeline's figure over the relay's, with as many decimals as it needs.
pub fn ratio(ours: f64, floor: f64) -> String {
    let ratio = ours / floor;
    if ratio >= 10.0 {
        format!("{ratio:.0}×")
    } else if ratio >= 1.0 {
        format!("{ratio:.1}×")
    } else {
        format!("{ratio:.2}×")
    }
}

/// `1234567` → `1,234,567`.
pub fn thousands(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// A duration as people read it: `0.42 ms`, `7.6 ms`, `85 ms`, `9.3 s`.
pub fn duration(value: Duration) -> String {
    let ms = value.as_secs_f64() * 1e3;
    if ms < 1.0 {
        format!("{ms:.2} ms")
    } else if ms < 10.0 {
        format!("{ms:.1} ms")
    } else if ms < 1000.0 {
        format!("{ms:.0} ms")
    } else {
        format!("{:.1} s", ms / 1e3)
    }
}

fn kib(bytes: f64) -> String {
    format!("{:.1} KiB", bytes / 1024.0)
}

/// One figure of one target: what is printed, and the number the ratio uses.
struct Cell {
    text: String,
    value: Option<f64>,
}

impl Cell {
    fn none() -> Self {
        Cell { text: "—".into(), value: None }
    }
    fn failed(why: &str) -> Self {
        Cell { text: format!("failed ({why})"), value: None }
    }
}

fn latency(p: Option<Duration>) -> Cell {
    match p {
        Some(p) => Cell { text: duration(p), value: Some(p.as_secs_f64()) },
        None => Cell::none(),
    }
}

fn step_cell(step: Option<&StepResult>, pick: impl Fn(&StepResult) -> Cell) -> Cell {
    step.map_or_else(|| Cell::failed("not run"), pick)
}

fn with_losses(mut cell: Cell, step: &StepResult) -> Cell {
    if step.lost + step.refused > 0 {
        cell.text.push_str(&format!(", {} unanswered", thousands(step.lost + step.refused)));
    }
    cell
}

fn rows(settings: &Settings, result: &TargetResult) -> Vec<Cell> {
    let base = result.base.as_ref();
    let big = result.big.as_ref();
    let pick = |p: fn(&Percentiles) -> Option<Duration>, relay: bool| {
        step_cell(base, move |step| latency(p(if relay { &step.relay } else { &step.ack })))
    };
    let highest = match (result.highest, result.steps.is_empty()) {
        (_, true) => Cell::failed("not run"),
        (None, false) => Cell { text: format!("< {} msg/s", thousands(u64::from(settings.rates[0]))), value: None },
        (Some(rate), false) => Cell {
            text: format!("{}{} msg/s", if result.search_exhausted { "≥ " } else { "" }, thousands(u64::from(rate))),
            value: Some(f64::from(rate)),
        },
    };
    let matching = match &result.matching {
        None if result.name == "Bridgeline" => Cell::failed("not run"),
        None => Cell::none(),
        Some(matching) => match matching.seconds {
            Some(seconds) => Cell { text: duration(Duration::from_secs_f64(seconds)), value: Some(seconds) },
            None => Cell {
                text: format!(
                    "> {} s ({} of {} matched)",
                    settings.match_timeout.as_secs(),
                    thousands(u64::from(matching.matched)),
                    thousands(u64::from(matching.children))
                ),
                value: None,
            },
        },
    };
    let memory = |bytes: Option<f64>| bytes.map_or_else(Cell::none, |b| Cell { text: kib(b), value: Some(b) });
    let problems: u64 = result
        .errors
        .values()
        .map(|tally| tally.errors.values().sum::<u64>() + tally.unexpected.values().sum::<u64>() + tally.closed)
        .sum();
    vec![
        pick(|p| p.p50, false),
        pick(|p| p.p99, false),
        pick(|p| p.p50, true),
        pick(|p| p.p99, true),
        step_cell(base, |step| {
            with_losses(Cell { text: format!("{:.0} msg/s", step.carried), value: Some(step.carried) }, step)
        }),
        step_cell(big, |step| with_losses(latency(step.ack.p99), step)),
        step_cell(big, |step| latency(step.ack.p999)),
        step_cell(big, |step| latency(step.ack.max)),
        step_cell(big, |step| Cell { text: format!("{:.0} msg/s", step.carried), value: Some(step.carried) }),
        highest,
        matching,
        memory(result.memory.idle_bytes_per_socket),
        memory(result.memory.waiting_bytes_per_child),
        held(result.memory.held.as_ref()),
        Cell { text: thousands(problems), value: None },
    ]
}

/// The server's memory holding the wanted number of waiting children: measured, or
/// projected from as many as the open-file limit let in (said so).
fn held(held: Option<&crate::scenarios::Held>) -> Cell {
    let Some(held) = held else { return Cell::none() };
    let mib = |bytes: f64| format!("{:.0} MiB", bytes / 1048576.0);
    match held.projected_bytes() {
        Some(bytes) if held.waiting >= held.wanted => Cell { text: mib(bytes), value: Some(bytes) },
        Some(bytes) => Cell {
            text: format!(
                "{} projected ({} measured with {})",
                mib(bytes),
                mib(held.rss_after as f64),
                thousands(u64::from(held.waiting))
            ),
            value: Some(bytes),
        },
        None => Cell::none(),
    }
}

fn labels(settings: &Settings) -> Vec<String> {
    let small = thousands(u64::from(settings.small_chats));
    let big = thousands(u64::from(settings.big_chats));
    vec![
        format!("{small} chats (1 msg/child/2 s): ack p50"),
        format!("{small} chats: ack p99"),
        format!("{small} chats: relay p50 (send → counsellor)"),
        format!("{small} chats: relay p99"),
        format!("{small} chats: msg/s carried ({} offered)", thousands(u64::from(settings.base_rate))),
        format!("{big} chats ({} msg/s offered): ack p99", thousands(u64::from(settings.big_rate))),
        format!("{big} chats: ack p99.9"),
        format!("{big} chats: slowest ack"),
        format!("{big} chats: msg/s carried"),
        format!("highest rate with ack p99 ≤ 100 ms ({small} chats)"),
        format!("time to match {} waiting children", thousands(u64::from(settings.sockets))),
        "memory per idle child socket".into(),
        "memory per waiting child (started)".into(),
        format!("server memory holding {} waiting children", thousands(u64::from(settings.hold))),
        "error frames, unexpected frames, closed sockets".into(),
    ]
}

/// The table as Markdown, with the context above and each target's steps below.
pub fn table(settings: &Settings, context: &Context, targets: &[TargetResult]) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "Bridgeline benchmark{}, {} — {} × {} (nproc {})\n",
        if settings.quick { " (--quick: small and short, not comparable)" } else { "" },
        context.date,
        context.cores,
        context.cpu,
        context.cores
    ));
    let both = |pair: [Option<String>; 2]| pair.map(|one| one.unwrap_or_else(|| "?".into())).join(" / ");
    out.push_str(&format!(
        "One SQLite commit with fsync here (median of 200), at the start / end: {}\n",
        both(context.commit.map(|commit| commit.map(duration)))
    ));
    out.push_str(&format!(
        "Load average (1 min) at the start / end: {} (the machine may be shared: see the steps' retries)\n",
        both(context.load.map(|load| load.map(|load| format!("{load:.2}"))))
    ));
    out.push('\n');
    let group = targets.iter().position(|target| target.name == "relay group-commit");
    let bridgeline = targets.iter().position(|target| target.name == "Bridgeline");
    out.push_str("| |");
    for target in targets {
        out.push_str(&format!(" {} |", target.name));
    }
    let with_ratio = group.is_some() && bridgeline.is_some();
    if with_ratio {
        out.push_str(" Bridgeline ÷ group-commit relay |");
    }
    out.push_str("\n|---|");
    for _ in 0..targets.len() + usize::from(with_ratio) {
        out.push_str("---|");
    }
    out.push('\n');
    let cells: Vec<Vec<Cell>> = targets.iter().map(|target| rows(settings, target)).collect();
    for (row, label) in labels(settings).iter().enumerate() {
        out.push_str(&format!("| {label} |"));
        for column in &cells {
            out.push_str(&format!(" {} |", column[row].text));
        }
        if let (true, Some(g), Some(b)) = (with_ratio, group, bridgeline) {
            let text = match (cells[b][row].value, cells[g][row].value) {
                (Some(ours), Some(floor)) if floor > 0.0 => ratio(ours, floor),
                _ => "—".into(),
            };
            out.push_str(&format!(" {text} |"));
        }
        out.push('\n');
    }
    out.push_str("\nSteps (offered msg/s on the small chats; a step fails at ack p99 > 100 ms, carried < 95 % or any unanswered send):\n");
    for target in targets {
        out.push_str(&format!("  {}:\n", target.name));
        for step in &target.steps {
            out.push_str(&format!(
                "    {:>6}{}: generated {:>6.0}, carried {:>6.0}, ack p50 {:>8} p99 {:>8}, relay p99 {:>8} — {}\n",
                step.rate,
                if step.attempt > 1 { " (again)" } else { "        " },
                step.generated,
                step.carried,
                step.ack.p50.map_or("—".into(), duration),
                step.ack.p99.map_or("—".into(), duration),
                step.relay.p99.map_or("—".into(), duration),
                step.failure.as_deref().unwrap_or("pass")
            ));
        }
        for (scenario, tally) in &target.errors {
            out.push_str(&format!(
                "    errors in {scenario}: {:?}, unexpected frames {:?}, sockets closed {}\n",
                tally.errors, tally.unexpected, tally.closed
            ));
        }
        for problem in &target.problems {
            out.push_str(&format!("    problem: {problem}\n"));
        }
    }
    out
}

fn ms(value: Option<Duration>) -> Value {
    value.map_or(Value::Null, |d| json!((d.as_secs_f64() * 1e6).round() / 1e3))
}

fn step_json(step: &StepResult) -> Value {
    json!({
        "offered_per_s": step.rate,
        "chats": step.chats,
        "window_s": step.window.as_secs_f64(),
        "sent": step.sent,
        "generated_per_s": step.generated,
        "acked": step.acked,
        "carried_per_s": step.carried,
        "ack_ms": { "p50": ms(step.ack.p50), "p99": ms(step.ack.p99), "p99_9": ms(step.ack.p999), "max": ms(step.ack.max), "count": step.ack.count },
        "relay_ms": { "p50": ms(step.relay.p50), "p99": ms(step.relay.p99), "p99_9": ms(step.relay.p999), "max": ms(step.relay.max), "count": step.relay.count },
        "refused": step.refused,
        "lost": step.lost,
        "not_relayed": step.not_relayed,
        "errors": step.errors,
        "unexpected": step.unexpected,
        "closed": step.closed,
        "failure": step.failure,
        "attempt": step.attempt,
    })
}

/// Every figure, for comparing runs (`target/bench/latest.json`).
pub fn json(settings: &Settings, context: &Context, targets: &[TargetResult]) -> Value {
    let targets: Vec<Value> = targets
        .iter()
        .map(|target| {
            json!({
                "name": target.name,
                "base": target.base.as_ref().map(step_json),
                "steps": target.steps.iter().map(step_json).collect::<Vec<_>>(),
                "highest_sustainable_per_s": target.highest,
                "search_exhausted": target.search_exhausted,
                "big": target.big.as_ref().map(step_json),
                "matching": target.matching.as_ref().map(|m| json!({
                    "children": m.children, "start_s": m.start_seconds, "matched": m.matched, "seconds": m.seconds,
                })),
                "memory": {
                    "sockets": target.memory.sockets,
                    "idle_bytes_per_socket": target.memory.idle_bytes_per_socket,
                    "waiting_bytes_per_child": target.memory.waiting_bytes_per_child,
                    "held": target.memory.held.as_ref().map(|held| json!({
                        "wanted": held.wanted, "children": held.children, "waiting": held.waiting,
                        "rss_before": held.rss_before, "rss_after": held.rss_after, "start_s": held.start_seconds,
                        "projected_bytes": held.projected_bytes(),
                    })),
                },
                "errors": target.errors.iter().map(|(scenario, tally)| (scenario.clone(), json!({
                    "codes": tally.errors, "unexpected": tally.unexpected, "closed": tally.closed,
                }))).collect::<serde_json::Map<_, _>>(),
                "problems": target.problems,
            })
        })
        .collect();
    json!({
        "date": context.date,
        "machine": { "cpu": context.cpu, "nproc": context.cores },
        "sqlite_commit_fsync_median_ms": { "start": ms(context.commit[0]), "end": ms(context.commit[1]) },
        "load_average_1min": { "start": context.load[0], "end": context.load[1] },
        "quick": settings.quick,
        "settings": {
            "small_chats": settings.small_chats, "base_rate": settings.base_rate,
            "big_chats": settings.big_chats, "big_rate": settings.big_rate, "rates": settings.rates,
            "sockets": settings.sockets,
            "counsellors": settings.counsellors, "warmup_s": settings.warmup.as_secs_f64(),
            "window_s": settings.window.as_secs_f64(), "step_window_s": settings.step_window.as_secs_f64(),
        },
        "targets": targets,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_well() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(1_234_567), "1,234,567");
        assert_eq!(duration(Duration::from_micros(420)), "0.42 ms");
        assert_eq!(duration(Duration::from_micros(7_600)), "7.6 ms");
        assert_eq!(duration(Duration::from_millis(85)), "85 ms");
        assert_eq!(duration(Duration::from_millis(9_300)), "9.3 s");
        assert_eq!(ratio(158.4, 1.0), "158×");
        assert_eq!(ratio(9.17, 1.0), "9.2×");
        assert_eq!(ratio(500.0, 8000.0), "0.06×");
    }
}
