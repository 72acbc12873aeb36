//! `bridgeline-bench`: the load benchmark behind `./x bench` (issue 10).
//!
//! `run` starts a real `bridgeline serve` and the bare relay (this binary's `relay`
//! subcommand, in its own process, in both commit modes), drives each with the same
//! WebSocket clients, and prints one table: ack and relay latency, the highest
//! sustainable rate, the big run, matching time and memory per socket, with
//! Bridgeline's ratio to the group-commit relay; the same figures go to JSON.
//! It speaks only the documented protocol (`docs/protocol.md`): no server internals.
//!
//! - [`frames`]: the two dialects, outgoing frames and incoming events.
//! - [`clients`]: the child and counsellor socket tasks.
//! - [`recorder`]: what the sockets measured in a window.
//! - [`fleet`]: many clients against one server, steps of load.
//! - [`scenarios`]: the scenarios and their settings (full and `--quick`).
//! - [`servers`]: starting the processes under test, sign-in, RSS.
//! - [`relay`]: the bare relay, the floor.
//! - [`disk`]: the fsync floor. [`stats`]: percentiles and the step search (pure).
//! - [`report`]: the table and the JSON. [`machine`]: date and CPU.

mod clients;
mod disk;
mod fleet;
mod frames;
mod machine;
mod recorder;
mod relay;
mod report;
mod scenarios;
mod servers;
mod stats;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::relay::Mode;
use crate::scenarios::{Settings, Target};

/// The bench's one error type.
#[derive(Debug, thiserror::Error)]
pub enum BenchError {
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error("{0}")]
    Failed(String),
}

#[derive(Parser)]
#[command(name = "bridgeline-bench", about = "Load benchmark for Bridgeline against a bare relay")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Runs the benchmark and prints the table.
    Run(RunArgs),
    /// Runs the bare relay (started by `run`; prints `listening on ADDR` first).
    Relay(RelayArgs),
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Which {
    Bridgeline,
    RelayCommit,
    RelayGroup,
}

#[derive(clap::Args)]
struct RunArgs {
    /// The release `bridgeline` binary to measure.
    #[arg(long)]
    bridgeline: PathBuf,
    /// Small and short: a smoke run whose figures are not comparable.
    #[arg(long)]
    quick: bool,
    /// Where the JSON goes.
    #[arg(long, default_value = "target/bench/latest.json")]
    out: PathBuf,
    /// Scratch directory for databases and server logs (emptied first); by default
    /// `scratch/` beside the JSON, on the same disk as the build.
    #[arg(long)]
    scratch: Option<PathBuf>,
    /// Only these targets (repeatable); all three by default.
    #[arg(long, value_enum)]
    only: Vec<Which>,
}

#[derive(clap::Args)]
struct RelayArgs {
    #[arg(long, default_value = "127.0.0.1:0")]
    listen: SocketAddr,
    #[arg(long)]
    db: PathBuf,
    #[arg(long, value_enum)]
    mode: Mode,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("bridgeline-bench: {error}");
            return ExitCode::FAILURE;
        }
    };
    let outcome = match cli.command {
        Command::Run(args) => runtime.block_on(run(args)),
        Command::Relay(args) => runtime.block_on(relay::run(args.listen, &args.db, args.mode)),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("bridgeline-bench: {error}");
            ExitCode::FAILURE
        }
    }
}

/// The disk's floor now; `None` (said on stderr) when it cannot be measured.
async fn commit_floor(scratch: &std::path::Path) -> Option<std::time::Duration> {
    disk::commit_median(scratch, 200).await.inspect_err(|error| eprintln!("fsync floor not measured: {error}")).ok()
}

async fn run(args: RunArgs) -> Result<(), BenchError> {
    let settings = if args.quick { Settings::quick() } else { Settings::full() };
    if !args.bridgeline.is_file() {
        return Err(BenchError::Failed(format!("no bridgeline binary at {}", args.bridgeline.display())));
    }
    let out_dir = args.out.parent().map(PathBuf::from).unwrap_or_default();
    let scratch = args.scratch.unwrap_or_else(|| out_dir.join("scratch"));
    let _ = std::fs::remove_dir_all(&scratch);
    std::fs::create_dir_all(&scratch)?;
    let which =
        if args.only.is_empty() { vec![Which::Bridgeline, Which::RelayCommit, Which::RelayGroup] } else { args.only };

    let load_at_start = machine::load_average();
    let commit_at_start = commit_floor(&scratch).await;
    let template = scratch.join("template.db");
    let mut results = Vec::new();
    for target in [Which::Bridgeline, Which::RelayCommit, Which::RelayGroup] {
        if !which.contains(&target) {
            continue;
        }
        let target = match target {
            Which::Bridgeline => {
                eprintln!("==> creating {} counsellors with `bridgeline user add`", settings.counsellors);
                let binary = args.bridgeline.clone();
                let (path, counsellors, max_chats) = (template.clone(), settings.counsellors, settings.max_chats());
                tokio::task::spawn_blocking(move || {
                    servers::create_counsellors(&binary, &path, counsellors, max_chats)
                })
                .await
                .map_err(|error| BenchError::Failed(format!("user add: {error}")))??;
                Target::Bridgeline { binary: &args.bridgeline, template: &template }
            }
            Which::RelayCommit => Target::Relay(Mode::CommitPerMessage),
            Which::RelayGroup => Target::Relay(Mode::GroupCommit),
        };
        results.push(scenarios::run_target(&target, &settings, &scratch).await);
    }
    let commit_at_end = commit_floor(&scratch).await;
    let (cpu, cores) = machine::describe();
    let context = report::Context {
        date: machine::now_utc(),
        cpu,
        cores,
        commit: [commit_at_start, commit_at_end],
        load: [load_at_start, machine::load_average()],
    };
    println!("{}", report::table(&settings, &context, &results));
    let json = report::json(&settings, &context, &results);
    std::fs::create_dir_all(&out_dir)?;
    let text = serde_json::to_string_pretty(&json).map_err(|error| BenchError::Failed(error.to_string()))?;
    std::fs::write(&args.out, text + "\n")?;
    eprintln!("figures written to {}", args.out.display());
    Ok(())
}
