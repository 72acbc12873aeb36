//! The `bridgeline` binary: parses the command line and hands over to the library.

use std::process::ExitCode;

use bridgeline::config::{Cli, Command, DirectoryCommand, LogFormat, PartnerCommand, RetentionCommand, UserCommand};
use clap::Parser;
use tracing_subscriber::EnvFilter;

fn init_logging(format: LogFormat) {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    match format {
        LogFormat::Text => builder.init(),
        LogFormat::Json => builder.json().init(),
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    let result: Result<(), Box<dyn std::error::Error>> = match cli.command {
        Command::Serve(config) => {
            init_logging(config.log_format);
            serve(config).await
        }
        Command::Migrate(database) => {
            init_logging(LogFormat::Text);
            migrate(&database.database).await
        }
        Command::User(UserCommand::Add(args)) => {
            init_logging(LogFormat::Text);
            bridgeline::cli::user_add(args).await.map_err(Into::into)
        }
        Command::Retention(RetentionCommand::Purge(args)) => {
            init_logging(LogFormat::Text);
            bridgeline::cli::retention_purge(args).await.map_err(Into::into)
        }
        Command::User(UserCommand::Disable(args)) => {
            init_logging(LogFormat::Text);
            bridgeline::cli::user_disable(args).await.map_err(Into::into)
        }
        Command::User(UserCommand::ResetSecondFactor(args)) => {
            init_logging(LogFormat::Text);
            bridgeline::cli::user_reset_second_factor(args).await.map_err(Into::into)
        }
        Command::Directory(DirectoryCommand::Import(args)) => {
            init_logging(LogFormat::Text);
            bridgeline::cli::directory::import(args).await.map_err(Into::into)
        }
        Command::Directory(DirectoryCommand::List(args)) => {
            init_logging(LogFormat::Text);
            bridgeline::cli::directory::list(args).await.map_err(Into::into)
        }
        Command::Partner(command) => {
            init_logging(LogFormat::Text);
            match command {
                PartnerCommand::Key(args) => bridgeline::cli::partners::key(args).await,
                PartnerCommand::Add(args) => bridgeline::cli::partners::add(args).await,
                PartnerCommand::List(args) => bridgeline::cli::partners::list(args).await,
                PartnerCommand::Remove(args) => bridgeline::cli::partners::remove(args).await,
                PartnerCommand::Hello(args) => bridgeline::cli::partners::hello(args).await,
            }
            .map_err(Into::into)
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("bridgeline: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn serve(config: bridgeline::config::ServeConfig) -> Result<(), Box<dyn std::error::Error>> {
    raise_open_files_limit();
    let listener = tokio::net::TcpListener::bind(config.listen).await?;
    // Printed on stdout, one line, so that scripts and tests can find the port.
    println!("listening on http://{}", listener.local_addr()?);
    let shutdown = async {
        let _ = tokio::signal::ctrl_c().await;
        tracing::info!("shutting down");
    };
    bridgeline::app::run(config, listener, shutdown).await?;
    Ok(())
}

/// Each child's socket is a file descriptor, and the usual soft limit (1,024) would
/// turn children away long before memory runs short. The hard limit is the operator's.
fn raise_open_files_limit() {
    use rustix::process::{getrlimit, setrlimit, Resource, Rlimit};
    let limit = getrlimit(Resource::Nofile);
    if limit.current < limit.maximum {
        match setrlimit(Resource::Nofile, Rlimit { current: limit.maximum, maximum: limit.maximum }) {
            Ok(()) => tracing::info!(open_files = ?limit.maximum, "open files limit raised"),
            Err(error) => tracing::warn!(%error, "could not raise the open files limit"),
        }
    }
}

async fn migrate(database: &str) -> Result<(), Box<dyn std::error::Error>> {
    let store = bridgeline::store::Store::open(database).await?;
    store.migrate().await?;
    println!("migrations applied");
    Ok(())
}
