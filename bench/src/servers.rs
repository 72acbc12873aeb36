//! The processes under test, started and measured from outside: a real
//! `bridgeline serve` on a fresh copy of a database holding the counsellors (created
//! with `bridgeline user add`, as an operator does), and the bare relay (this binary's
//! `relay` subcommand). Both print `listening on …` first; both are killed when dropped.

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::relay::Mode;
use crate::BenchError;

/// The counsellors' password (the bench's own throwaway accounts).
pub const PASSWORD: &str = "a long enough benchmark password";

/// How long a server may take to say it is listening.
const START_TIMEOUT: Duration = Duration::from_secs(30);

/// A running server process; killed when dropped.
pub struct Server {
    process: Child,
    pub addr: SocketAddr,
    pub log: PathBuf,
}

impl Server {
    pub fn pid(&self) -> u32 {
        self.process.id()
    }

    /// The process's resident memory (`VmRSS` of `/proc/PID/status`), in bytes.
    pub fn rss_bytes(&self) -> Result<u64, BenchError> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.pid()))?;
        status
            .lines()
            .find_map(|line| line.strip_prefix("VmRSS:"))
            .and_then(|value| value.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
            .map(|kib| kib * 1024)
            .ok_or_else(|| BenchError::Failed("no VmRSS in /proc/PID/status".into()))
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

async fn spawn(mut command: Command, log: PathBuf) -> Result<Server, BenchError> {
    let log_file = std::fs::File::create(&log)?;
    let mut process = command.stdout(Stdio::piped()).stderr(log_file).spawn()?;
    let Some(stdout) = process.stdout.take() else {
        let _ = process.kill();
        return Err(BenchError::Failed("no stdout".into()));
    };
    let first_line = tokio::task::spawn_blocking(move || {
        let mut line = String::new();
        BufReader::new(stdout).read_line(&mut line).map(|_| line)
    });
    let line = match tokio::time::timeout(START_TIMEOUT, first_line).await {
        Ok(Ok(Ok(line))) => line,
        _ => {
            let _ = process.kill();
            let _ = process.wait();
            let logged = std::fs::read_to_string(&log).unwrap_or_default();
            return Err(BenchError::Failed(format!("server did not start; its log:\n{logged}")));
        }
    };
    let addr = line
        .trim()
        .strip_prefix("listening on ")
        .map(|rest| rest.trim_start_matches("http://"))
        .and_then(|addr| addr.parse().ok());
    match addr {
        Some(addr) => Ok(Server { process, addr, log }),
        None => {
            let _ = process.kill();
            let _ = process.wait();
            Err(BenchError::Failed(format!("unexpected first line {line:?}")))
        }
    }
}

/// The database file of a scratch directory, as a URL.
fn url(path: &Path) -> String {
    format!("sqlite://{}", path.display())
}

/// Creates `count` counsellors (`bench-0`…) speaking English, with `max_chats` each,
/// in a new database at `path`, with the real CLI.
pub fn create_counsellors(binary: &Path, path: &Path, count: u32, max_chats: u32) -> Result<(), BenchError> {
    for index in 0..count {
        let output = Command::new(binary)
            .args(["user", "add", "--database", &url(path), "--name", &counsellor_name(index)])
            .args(["--role", "counsellor", "--languages", "en", "--max-chats", &max_chats.to_string()])
            .args(["--display-name", &format!("Bench {index}")])
            .env("BRIDGELINE_PASSWORD", PASSWORD)
            .output()?;
        if !output.status.success() {
            return Err(BenchError::Failed(format!(
                "bridgeline user add failed: {}",
                String::from_utf8_lossy(&output.stderr)
            )));
        }
    }
    Ok(())
}

pub fn counsellor_name(index: u32) -> String {
    format!("bench-{index}")
}

/// Starts `bridgeline serve` on a copy of `template` (and its WAL files) in `dir`.
pub async fn start_bridgeline(binary: &Path, template: &Path, dir: &Path, name: &str) -> Result<Server, BenchError> {
    let database = dir.join(format!("{name}.db"));
    for suffix in ["", "-wal", "-shm"] {
        let from = PathBuf::from(format!("{}{suffix}", template.display()));
        let to = PathBuf::from(format!("{}{suffix}", database.display()));
        let _ = std::fs::remove_file(&to);
        if from.exists() {
            std::fs::copy(&from, &to)?;
        }
    }
    let web_dir = dir.join("no-web-client");
    std::fs::create_dir_all(&web_dir)?;
    let mut command = Command::new(binary);
    command
        .args(["serve", "--listen", "127.0.0.1:0", "--database", &url(&database)])
        .args(["--web-dir", &web_dir.display().to_string()])
        // The server's own default filter, set so that the caller's RUST_LOG cannot change it.
        .env("RUST_LOG", "info,sqlx=warn");
    spawn(command, dir.join(format!("{name}.log"))).await
}

/// Starts the bare relay (this same binary) with a new database in `dir`.
pub async fn start_relay(dir: &Path, mode: Mode) -> Result<Server, BenchError> {
    let database = dir.join(format!("relay-{}.db", mode.as_str()));
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", database.display()));
    }
    let mut command = Command::new(std::env::current_exe()?);
    command.args(["relay", "--listen", "127.0.0.1:0", "--db", &database.display().to_string()]);
    command.args(["--mode", mode.as_str()]);
    spawn(command, dir.join(format!("relay-{}.log", mode.as_str()))).await
}

/// Signs a counsellor in over HTTP (`POST /api/v1/session`) from `source`; returns the
/// `Cookie` header value. A counsellor asked for a second factor is an error: the
/// bench's counsellors sign in with a password only (the default settings).
pub async fn sign_in(addr: SocketAddr, username: &str) -> Result<String, BenchError> {
    let body = serde_json::json!({ "username": username, "password": PASSWORD }).to_string();
    let request = format!(
        "POST /api/v1/session HTTP/1.1\r\nHost: {addr}\r\nOrigin: http://{addr}\r\nConnection: close\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    let exchange = async {
        let mut stream = TcpStream::connect(addr).await?;
        stream.write_all(request.as_bytes()).await?;
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw).await?;
        Ok::<_, std::io::Error>(raw)
    };
    let raw = tokio::time::timeout(Duration::from_secs(30), exchange)
        .await
        .map_err(|_| BenchError::Failed(format!("sign-in of {username} timed out")))??;
    let text = String::from_utf8_lossy(&raw);
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head.lines().next().and_then(|line| line.split(' ').nth(1)).unwrap_or("?");
    if status != "200" {
        return Err(BenchError::Failed(format!("sign-in of {username}: HTTP {status} {}", body.trim())));
    }
    head.lines()
        .filter_map(|line| line.split_once(':'))
        .filter(|(name, _)| name.trim().eq_ignore_ascii_case("set-cookie"))
        .filter_map(|(_, value)| value.trim().split(';').next())
        .find(|pair| pair.starts_with("bl_session="))
        .map(str::to_owned)
        .ok_or_else(|| BenchError::Failed(format!("sign-in of {username}: no bl_session cookie")))
}
