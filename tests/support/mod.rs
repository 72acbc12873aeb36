//! Test harness: starts the real `bridgeline` binary on 127.0.0.1:0 with a temporary
//! SQLite file, or a fresh database on the PostgreSQL server that
//! `BRIDGELINE_TEST_POSTGRES` names, and drives it with real WebSocket clients. Every
//! wait is bounded.

#![allow(dead_code)] // Each test file uses a different part of the harness.

pub mod axe;
pub mod browser;
pub mod long_chat;
pub mod partners;
pub mod proxy;
pub mod second_factor;

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

/// How long any single expected event may take.
pub const WAIT: Duration = Duration::from_secs(10);

pub const PASSWORD: &str = "a long enough test password";

pub fn binary() -> &'static str {
    env!("CARGO_BIN_EXE_bridgeline")
}

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A message of a locale's `child.ftl` as written there (no placeables), for tests
/// that check what a page shows in that language.
pub fn child_message(locale: &str, id: &str) -> String {
    let path = repo_root().join(format!("locales/{locale}/child.ftl"));
    let text = std::fs::read_to_string(&path).expect("child.ftl");
    let prefix = format!("{id} = ");
    text.lines().find_map(|line| line.strip_prefix(&prefix)).unwrap_or_else(|| panic!("{id} in {locale}")).to_owned()
}

/// A running server process; killed when dropped.
pub struct Server {
    process: Child,
    pub addr: SocketAddr,
    pub database: String,
    pub log: PathBuf,
}

/// The PostgreSQL server the suite runs on instead of SQLite files, e.g.
/// `postgres://postgres@127.0.0.1:5433`: `./x test` starts a throwaway cluster and runs
/// the end-to-end suite a second time with it.
pub fn postgres_server() -> Option<String> {
    std::env::var("BRIDGELINE_TEST_POSTGRES").ok().filter(|url| !url.is_empty())
}

/// Opens the database a test's server runs on (either engine), to check what it stored.
pub async fn open_database(database: &str) -> sqlx::AnyPool {
    sqlx::any::install_default_drivers();
    sqlx::pool::PoolOptions::new().max_connections(2).connect(database).await.expect("open the database")
}

/// Where one test keeps its database and logs.
pub struct Scratch {
    pub dir: tempfile::TempDir,
    /// The PostgreSQL database's name, unique on the server (the server creates it).
    postgres_name: String,
}

impl Scratch {
    pub fn new() -> Self {
        Self::in_dir(tempfile::tempdir().expect("temp dir"))
    }

    pub fn in_dir(dir: tempfile::TempDir) -> Self {
        static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Self { dir, postgres_name: format!("bl_{}_{n}", std::process::id()) }
    }

    pub fn database(&self) -> String {
        match postgres_server() {
            Some(server) => format!("{}/{}", server.trim_end_matches('/'), self.postgres_name),
            None => format!("sqlite://{}", self.dir.path().join("bridgeline.db").display()),
        }
    }

    /// Creates a counsellor account with the CLI, as an operator would.
    pub fn add_user(&self, name: &str, languages: &str, max_chats: u32) {
        self.add_staff(name, "counsellor", languages, max_chats);
    }

    pub fn add_staff(&self, name: &str, role: &str, languages: &str, max_chats: u32) {
        let output = Command::new(binary())
            .args([
                "user",
                "add",
                "--database",
                &self.database(),
                "--name",
                name,
                "--role",
                role,
                "--languages",
                languages,
            ])
            .args(["--max-chats", &max_chats.to_string(), "--display-name", &capitalised(name)])
            .env("BRIDGELINE_PASSWORD", PASSWORD)
            .output()
            .expect("run user add");
        assert!(output.status.success(), "user add failed: {}", String::from_utf8_lossy(&output.stderr));
    }

    /// Starts a server on this scratch's database, on a free port.
    pub async fn start(&self, extra: &[&str]) -> Server {
        self.start_at("127.0.0.1:0", extra).await
    }

    /// Starts a server at `listen` (to restart one on the same address).
    pub async fn start_at(&self, listen: &str, extra: &[&str]) -> Server {
        self.start_with_env(listen, extra, &[]).await
    }

    /// Starts a server whose clock runs `days` ahead of the machine's, wall clock and
    /// monotonic clock alike (libfaketime, preloaded): a child coming back days later.
    pub async fn start_days_later(&self, days: u32, extra: &[&str]) -> Server {
        let preload = "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1";
        assert!(std::path::Path::new(preload).exists(), "libfaketime is installed (./x test installs faketime)");
        let offset = format!("+{days}d");
        self.start_with_env("127.0.0.1:0", extra, &[("LD_PRELOAD", preload), ("FAKETIME", &offset)]).await
    }

    async fn start_with_env(&self, listen: &str, extra: &[&str], env: &[(&str, &str)]) -> Server {
        let log = self.dir.path().join(format!(
            "server-{}.log",
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos()
        ));
        let log_file = std::fs::File::create(&log).expect("log file");
        // A flag's default for tests, unless the test gives the flag itself.
        let unless_given = |flag: &'static str, value: String| {
            if extra.contains(&flag) {
                Vec::new()
            } else {
                vec![flag.to_owned(), value]
            }
        };
        let mut process = Command::new(binary())
            .args(["serve", "--listen", listen, "--database", &self.database()])
            // The built web client, unless the test serves a web directory of its own.
            .args(unless_given("--web-dir", repo_root().join("web/dist").display().to_string()))
            // Test clients answer the server's pings only while a test reads them, and
            // some tests leave a client unread for minutes (a browser scrolling a long
            // chat): an hour of silence, unless the test is about it (`tests/presence.rs`).
            .args(unless_given("--socket-idle-secs", "3600".to_owned()))
            .args(extra)
            .env("RUST_LOG", "info,sqlx=warn")
            .envs(env.iter().copied())
            .stdout(Stdio::piped())
            .stderr(log_file)
            .spawn()
            .expect("spawn server");
        let stdout = process.stdout.take().expect("stdout");
        let line = tokio::time::timeout(
            WAIT,
            tokio::task::spawn_blocking(move || {
                let mut line = String::new();
                BufReader::new(stdout).read_line(&mut line).map(|_| line)
            }),
        )
        .await;
        let line = match line {
            Ok(Ok(Ok(line))) => line,
            other => {
                let _ = process.kill();
                panic!("server did not start: {other:?}\n{}", std::fs::read_to_string(&log).unwrap_or_default());
            }
        };
        let addr = line
            .trim()
            .strip_prefix("listening on http://")
            .and_then(|addr| addr.parse().ok())
            .unwrap_or_else(|| panic!("unexpected first line {line:?}"));
        Server { process, addr, database: self.database(), log }
    }
}

fn capitalised(name: &str) -> String {
    let mut chars = name.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

impl Server {
    /// Kills the process with SIGKILL: no shutdown code runs.
    pub fn kill(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }

    /// Whether this node serves now (`/readyz` answers 200); a follower that cannot
    /// reach a leading node answers 503.
    pub async fn ready(&self) -> bool {
        http(self.addr, "GET", "/readyz", &[], None).await.status == 200
    }

    /// Whether this node leads its helpline (its `/metrics` say so).
    pub async fn leads(&self) -> bool {
        let metrics = http(self.addr, "GET", "/metrics", &[], None).await;
        metrics.status == 200 && metrics.body.lines().any(|line| line == "bridgeline_leader 1")
    }

    /// The exit status, once the process has ended by itself.
    pub fn exited(&mut self) -> Option<std::process::ExitStatus> {
        self.process.try_wait().ok().flatten()
    }

    /// The server's process id (to kill it from a test holding only a reference).
    pub fn pid(&self) -> Option<u32> {
        Some(self.process.id())
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    pub fn logs(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill();
    }
}

/// A minimal HTTP/1.1 exchange, enough for sign-in and page checks.
pub struct HttpResponse {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
    /// The body exactly as sent (for binary files).
    pub bytes: Vec<u8>,
}

impl HttpResponse {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(key, _)| key.eq_ignore_ascii_case(name)).map(|(_, value)| value.as_str())
    }
}

/// An HTTP exchange as a well-behaved client makes it: with this server's own
/// `Origin` unless `headers` name one (requests with the session cookie need it).
pub async fn http(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: Option<&str>,
) -> HttpResponse {
    let own_origin = format!("http://{addr}");
    let mut with_origin = headers.to_vec();
    if !headers.iter().any(|(name, _)| name.eq_ignore_ascii_case("origin")) {
        with_origin.push(("Origin", &own_origin));
    }
    http_exact(addr, method, path, &with_origin, body).await
}

/// An HTTP exchange with exactly `headers` (and `Host`): no `Origin` unless given.
pub async fn http_exact(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: Option<&str>,
) -> HttpResponse {
    let exchange = async {
        let mut stream = TcpStream::connect(addr).await.expect("connect");
        let mut request = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
        for (name, value) in headers {
            request.push_str(&format!("{name}: {value}\r\n"));
        }
        if let Some(body) = body {
            request.push_str(&format!("Content-Type: application/json\r\nContent-Length: {}\r\n", body.len()));
        }
        request.push_str("\r\n");
        if let Some(body) = body {
            request.push_str(body);
        }
        stream.write_all(request.as_bytes()).await.expect("write");
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw).await.expect("read");
        raw
    };
    let raw = tokio::time::timeout(WAIT, exchange).await.expect("HTTP exchange timed out");
    let text = String::from_utf8_lossy(&raw).to_string();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let mut lines = head.lines();
    let status = lines.next().and_then(|line| line.split(' ').nth(1)).and_then(|code| code.parse().ok()).unwrap_or(0);
    let headers = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
        .collect();
    let start = raw.windows(4).position(|window| window == b"\r\n\r\n").map_or(raw.len(), |at| at + 4);
    let mut response = HttpResponse { status, headers, body: body.to_owned(), bytes: raw[start..].to_vec() };
    if response.header("transfer-encoding").is_some_and(|value| value.eq_ignore_ascii_case("chunked")) {
        response.bytes = dechunk(&response.bytes);
    }
    response
}

/// The payload of a `Transfer-Encoding: chunked` body.
fn dechunk(mut raw: &[u8]) -> Vec<u8> {
    let mut body = Vec::new();
    while let Some(line_end) = raw.windows(2).position(|window| window == b"\r\n") {
        let size_text = String::from_utf8_lossy(&raw[..line_end]);
        let Ok(size) = usize::from_str_radix(size_text.split(';').next().unwrap_or("").trim(), 16) else { break };
        if size == 0 || raw.len() < line_end + 2 + size {
            break;
        }
        body.extend_from_slice(&raw[line_end + 2..line_end + 2 + size]);
        raw = &raw[(line_end + 4 + size).min(raw.len())..];
    }
    body
}

/// The HTTP status a WebSocket handshake gets (101 when it succeeds).
pub async fn handshake_status(server: &Server, path: &str, headers: &[(&str, &str)]) -> u16 {
    let mut request = format!("ws://{}{}", server.addr, path).into_client_request().expect("request");
    for (name, value) in headers {
        let name: tokio_tungstenite::tungstenite::http::HeaderName = name.parse().expect("header name");
        request.headers_mut().insert(name, value.parse().expect("header value"));
    }
    match tokio::time::timeout(WAIT, tokio_tungstenite::connect_async(request)).await.expect("handshake timed out") {
        Ok((_, response)) => response.status().as_u16(),
        Err(tokio_tungstenite::tungstenite::Error::Http(response)) => response.status().as_u16(),
        Err(other) => panic!("handshake failed without an HTTP answer: {other}"),
    }
}

/// Signs a staff member in; returns the `Cookie` header value. Coordinators and
/// admins (and counsellors when required) get through their second factor with real
/// codes: enrolled at their first sign-in, as in the console.
pub async fn sign_in(server: &Server, username: &str) -> String {
    let body = json!({ "username": username, "password": PASSWORD }).to_string();
    let mut response = http(server.addr, "POST", "/api/v1/session", &[], Some(&body)).await;
    if response.status == 401 {
        response = second_factor::finish_sign_in(server.addr, &server.database, username, &response).await;
    }
    assert_eq!(response.status, 200, "sign-in failed: {}", response.body);
    session_cookie(&response)
}

/// The `bl_session` cookie a sign-in set, as a `Cookie` header value.
pub fn session_cookie(response: &HttpResponse) -> String {
    let cookie = response
        .headers
        .iter()
        .filter(|(name, _)| name.eq_ignore_ascii_case("set-cookie"))
        .map(|(_, value)| value.as_str())
        .find(|value| value.starts_with("bl_session="))
        .expect("a session cookie");
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), "cookie flags: {cookie}");
    cookie.split(';').next().expect("cookie pair").to_owned()
}

type Socket = WebSocketStream<MaybeTlsStream<TcpStream>>;

/// One WebSocket client speaking the JSON protocol.
pub struct Client {
    socket: Socket,
    next_id: u64,
    pub name: &'static str,
    /// Every frame received so far, for tests that check what a client never saw.
    pub seen: Vec<Value>,
}

impl Client {
    pub async fn connect(server: &Server, path: &str, cookie: Option<&str>, name: &'static str) -> Client {
        Self::connect_to(server.addr, path, cookie, name).await
    }

    /// Connects to a server at `addr` (one running in the test's own process).
    pub async fn connect_to(addr: SocketAddr, path: &str, cookie: Option<&str>, name: &'static str) -> Client {
        let mut request = format!("ws://{addr}{path}").into_client_request().expect("request");
        // As a browser on this server's page would.
        request.headers_mut().insert("Origin", format!("http://{addr}").parse().expect("origin header"));
        if let Some(cookie) = cookie {
            request.headers_mut().insert("Cookie", cookie.parse().expect("cookie header"));
        }
        let (socket, _) = tokio::time::timeout(WAIT, tokio_tungstenite::connect_async(request))
            .await
            .expect("connect timed out")
            .expect("WebSocket handshake");
        Client { socket, next_id: 0, name, seen: Vec::new() }
    }

    /// Connects from another loopback address (`127.0.0.2` and up), as a device on
    /// another network would: the server sees that address as the peer. `cookie` is
    /// sent with the handshake, as a browser sends its cookies.
    pub async fn connect_from(
        server: &Server,
        path: &str,
        source: std::net::Ipv4Addr,
        cookie: Option<&str>,
        name: &'static str,
    ) -> Client {
        let tcp = tokio::net::TcpSocket::new_v4().expect("socket");
        tcp.bind(SocketAddr::new(source.into(), 0)).expect("bind the source address");
        let stream =
            tokio::time::timeout(WAIT, tcp.connect(server.addr)).await.expect("connect timed out").expect("connect");
        let mut request = format!("ws://{}{}", server.addr, path).into_client_request().expect("request");
        if let Some(cookie) = cookie {
            request.headers_mut().insert("Cookie", cookie.parse().expect("cookie header"));
        }
        let (socket, _) =
            tokio::time::timeout(WAIT, tokio_tungstenite::client_async(request, MaybeTlsStream::Plain(stream)))
                .await
                .expect("handshake timed out")
                .expect("WebSocket handshake");
        Client { socket, next_id: 0, name, seen: Vec::new() }
    }

    /// Connects to a WebSocket `url` as a page of `origin` would (a child's page moved
    /// to a partner helpline's server after a handover).
    pub async fn connect_url(url: &str, origin: &str, name: &'static str) -> Client {
        let mut request = url.into_client_request().expect("request");
        request.headers_mut().insert("Origin", origin.parse().expect("origin header"));
        let (socket, _) = tokio::time::timeout(WAIT, tokio_tungstenite::connect_async(request))
            .await
            .expect("connect timed out")
            .expect("WebSocket handshake");
        Client { socket, next_id: 0, name, seen: Vec::new() }
    }

    pub async fn child(server: &Server) -> Client {
        Self::connect(server, "/ws/v1/child", None, "child").await
    }

    pub async fn counsellor(server: &Server, cookie: &str) -> Client {
        let mut client = Self::connect(server, "/ws/v1/staff", Some(cookie), "counsellor").await;
        client.expect_type("ready").await;
        client
    }

    /// A fresh client-side id.
    pub fn id(&mut self) -> String {
        self.next_id += 1;
        format!("{}-{}", self.name, self.next_id)
    }

    pub async fn send_raw(&mut self, text: &str) {
        self.socket.send(Message::Text(text.into())).await.expect("send frame");
    }

    pub async fn send(&mut self, frame: Value) {
        self.send_raw(&frame.to_string()).await;
    }

    /// The next frame, or None if the socket closed; panics after [`WAIT`].
    pub async fn next(&mut self) -> Option<Value> {
        loop {
            let message = tokio::time::timeout(WAIT, self.socket.next())
                .await
                .unwrap_or_else(|_| panic!("{}: no frame within {WAIT:?}", self.name));
            match message {
                Some(Ok(Message::Text(text))) => {
                    let frame: Value = serde_json::from_str(&text).expect("server sent JSON");
                    self.seen.push(frame.clone());
                    return Some(frame);
                }
                Some(Ok(Message::Close(_))) | None | Some(Err(_)) => return None,
                Some(Ok(_)) => continue,
            }
        }
    }

    /// Skips frames until one matches; panics after [`WAIT`] or if the socket closes.
    pub async fn expect(&mut self, what: &str, predicate: impl Fn(&Value) -> bool) -> Value {
        let deadline = tokio::time::Instant::now() + WAIT;
        loop {
            let remaining = deadline.saturating_duration_since(tokio::time::Instant::now());
            let frame = tokio::time::timeout(remaining, self.next())
                .await
                .unwrap_or_else(|_| panic!("{}: timed out waiting for {what}", self.name))
                .unwrap_or_else(|| panic!("{}: socket closed while waiting for {what}", self.name));
            if predicate(&frame) {
                return frame;
            }
        }
    }

    pub async fn expect_type(&mut self, kind: &str) -> Value {
        let kind_owned = kind.to_owned();
        self.expect(kind, move |frame| frame["type"] == kind_owned.as_str()).await
    }

    /// Asserts that nothing matching arrives within `quiet`.
    pub async fn expect_none(&mut self, what: &str, quiet: Duration, predicate: impl Fn(&Value) -> bool) {
        let deadline = tokio::time::Instant::now() + quiet;
        loop {
            let remaining = deadline.saturating_duration_since(tokio::time::Instant::now());
            if remaining.is_zero() {
                return;
            }
            match tokio::time::timeout(remaining, self.socket.next()).await {
                Err(_) => return,
                Ok(Some(Ok(Message::Text(text)))) => {
                    let frame: Value = serde_json::from_str(&text).expect("JSON");
                    self.seen.push(frame.clone());
                    assert!(!predicate(&frame), "{}: unexpected {what}: {frame}", self.name);
                }
                Ok(_) => return,
            }
        }
    }

    /// Sends a request and waits for its ack; returns the ack (with `seq` for sends).
    pub async fn request(&mut self, mut frame: Value) -> Value {
        let id = self.id();
        frame["id"] = json!(id);
        self.send(frame).await;
        let answer = self.expect("answer", |reply| reply["id"] == id.as_str() || reply["type"] == "error").await;
        assert_ne!(answer["type"], "error", "{}: request refused: {answer}", self.name);
        answer
    }

    /// Sends a request expected to fail; returns the error code.
    pub async fn refused(&mut self, mut frame: Value) -> String {
        let id = self.id();
        frame["id"] = json!(id);
        self.send(frame).await;
        let answer = self.expect("error", |reply| reply["type"] == "error").await;
        assert_eq!(answer["id"], id.as_str(), "error for another request: {answer}");
        answer["code"].as_str().expect("code").to_owned()
    }

    /// Waits for the server to close the socket; returns the close code.
    pub async fn expect_close(&mut self) -> Option<u16> {
        loop {
            let message = tokio::time::timeout(WAIT, self.socket.next())
                .await
                .unwrap_or_else(|_| panic!("{}: socket not closed within {WAIT:?}", self.name));
            match message {
                Some(Ok(Message::Close(frame))) => return frame.map(|frame| u16::from(frame.code)),
                None | Some(Err(_)) => return None,
                Some(Ok(_)) => continue,
            }
        }
    }

    /// Sends one text frame whose payload is exactly `payload`, UTF-8 or not (a
    /// browser cannot, a broken or hostile client can).
    pub async fn send_text_bytes(&mut self, payload: Vec<u8>) {
        use tokio_tungstenite::tungstenite::protocol::frame::coding::{Data, OpCode};
        use tokio_tungstenite::tungstenite::protocol::frame::Frame;
        let frame = Frame::message(payload, OpCode::Data(Data::Text), true);
        self.socket.send(Message::Frame(frame)).await.expect("send raw frame");
    }

    pub async fn send_binary(&mut self, bytes: Vec<u8>) {
        self.socket.send(Message::Binary(bytes.into())).await.expect("send binary");
    }

    /// Closes the socket abruptly, as a lost network would.
    pub async fn drop_connection(self) {
        drop(self.socket);
    }

    pub async fn close(mut self) {
        let _ = self.socket.close(None).await;
    }
}

/// One number read from the server's database with `sql` (what a test checks was
/// stored, or erased).
pub async fn scalar(server: &Server, sql: &str) -> i64 {
    let pool = open_database(&server.database).await;
    let value: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(sql.to_owned())).fetch_one(&pool).await.expect("query");
    pool.close().await;
    value
}

/// A waiting child accepted by an available counsellor: returns (child, conversation id).
pub async fn connected_pair(server: &Server, counsellor: &mut Client, language: &str) -> (Client, Value) {
    let (child, conversation, _) = resumable_pair(server, counsellor, language).await;
    (child, conversation)
}

/// [`connected_pair`], with the child's resume token (to come back on another socket,
/// or another node).
pub async fn resumable_pair(server: &Server, counsellor: &mut Client, language: &str) -> (Client, Value, String) {
    let mut child = Client::child(server).await;
    let attached = child.request(json!({"type": "start", "language": language})).await;
    let conversation = attached["conversation_id"].clone();
    let token = attached["resume_token"].as_str().expect("a resume token").to_owned();
    let offer =
        counsellor.expect("offer", |frame| frame["type"] == "offer" && frame["conversation_id"] == conversation).await;
    counsellor.request(json!({"type": "accept", "conversation_id": offer["conversation_id"]})).await;
    child.expect("joined notice", |frame| frame["body"]["notice"] == "counsellor_joined").await;
    (child, conversation, token)
}

/// Signs in and connects an available counsellor.
pub async fn available_counsellor(server: &Server, username: &str) -> (Client, String) {
    let cookie = sign_in(server, username).await;
    let mut counsellor = Client::counsellor(server, &cookie).await;
    counsellor.request(json!({"type": "set_status", "status": "available"})).await;
    (counsellor, cookie)
}

/// The text of a message frame, if it is a text message.
pub fn text_of(frame: &Value) -> Option<&str> {
    (frame["type"] == "message" && frame["body"]["kind"] == "text").then(|| frame["body"]["text"].as_str()).flatten()
}

/// The messages a frame carries: itself when it is a `message`, every message of its
/// page when it is a `history` page (each given `"type": "message"`, so that
/// [`text_of`] reads both alike).
pub fn messages_in(frame: &Value) -> Vec<Value> {
    match frame["type"].as_str() {
        Some("message") => vec![frame.clone()],
        Some("history") => frame["messages"]
            .as_array()
            .map(|messages| {
                messages
                    .iter()
                    .map(|message| {
                        let mut message = message.clone();
                        message["type"] = json!("message");
                        message
                    })
                    .collect()
            })
            .unwrap_or_default(),
        _ => Vec::new(),
    }
}

impl Client {
    /// Skips frames until a message matches, whether it comes live or in a history
    /// page; returns that message.
    pub async fn expect_message(&mut self, what: &str, predicate: impl Fn(&Value) -> bool) -> Value {
        let frame = self.expect(what, |frame| messages_in(frame).iter().any(&predicate)).await;
        messages_in(&frame).into_iter().find(|message| predicate(message)).expect("matched above")
    }

    /// Skips frames until the history page answering `id` (an unasked page when `None`).
    pub async fn expect_page(&mut self, id: Option<&str>) -> Value {
        let id = id.map(str::to_owned);
        self.expect("a history page", move |frame| {
            frame["type"] == "history"
                && match &id {
                    Some(id) => frame["id"] == id.as_str(),
                    None => frame.get("id").is_none(),
                }
        })
        .await
    }

    /// Reads a range back page by page from `first_page`, as a reader scrolling up
    /// does: asks `request` (a `history` frame without `id` and `before_seq`) for the
    /// messages before each page's first until the range has no more. Returns every
    /// message of the range, oldest first, and checks each page on the way.
    pub async fn read_back(&mut self, first_page: Value, request: Value) -> Vec<Value> {
        let after_seq = first_page["after_seq"].as_u64().expect("after_seq");
        let mut pages = vec![first_page];
        loop {
            let page = pages.last().expect("a page");
            let messages = page["messages"].as_array().expect("messages");
            assert!(messages.len() <= 100, "a page of {} messages", messages.len());
            assert!(messages.windows(2).all(|pair| pair[0]["seq"].as_u64() < pair[1]["seq"].as_u64()));
            if page["more"] != true {
                break;
            }
            let first = messages.first().unwrap_or_else(|| panic!("more with an empty page: {page}"));
            let mut ask = request.clone();
            let id = self.id();
            ask["id"] = json!(id);
            ask["after_seq"] = json!(after_seq);
            ask["before_seq"] = first["seq"].clone();
            self.send(ask).await;
            let answer =
                self.expect("the next page", |frame| frame["id"] == id.as_str() || frame["type"] == "error").await;
            assert_eq!(answer["type"], "history", "{}: asked for a page: {answer}", self.name);
            assert_eq!(answer["before_seq"], first["seq"]);
            pages.push(answer);
        }
        pages.iter().rev().flat_map(messages_in).collect()
    }
}

/// A child's chat read back in full after a crash or a takeover: the resumed socket,
/// the last `seq`, and each stored text by `seq`.
pub struct Recovered {
    pub child: Client,
    /// The `attached` answer to the resume.
    pub resumed: Value,
    pub last_seq: u64,
    pub stored: std::collections::BTreeMap<u64, String>,
}

/// Resumes the active chat of `token` on `server` from the start, reads its whole
/// history back and checks it: every seq once, in order, and every message in
/// `acknowledged` (seq → text, what either side saw acknowledged) in its place.
pub async fn recover_chat(
    server: &Server,
    token: &str,
    acknowledged: &std::collections::BTreeMap<u64, String>,
) -> Recovered {
    let mut child = Client::child(server).await;
    let resumed = child.request(json!({"type": "resume", "resume_token": token, "last_seq": 0})).await;
    assert_eq!(resumed["state"], "active", "{resumed}");
    let last_seq = resumed["last_seq"].as_u64().expect("last_seq");
    let page = child.expect_page(None).await;
    let history = child.read_back(page, json!({"type": "history"})).await;
    assert_contiguous(&history, 1, last_seq);
    let stored: std::collections::BTreeMap<u64, String> =
        history.iter().filter_map(|message| Some((message["seq"].as_u64()?, text_of(message)?.to_owned()))).collect();
    for (seq, text) in acknowledged {
        assert_eq!(stored.get(seq), Some(text), "acknowledged message {seq} ({text}) was lost");
    }
    Recovered { child, resumed, last_seq, stored }
}

/// Asserts that `messages` are exactly the seqs `from..=to`, once each, in order.
pub fn assert_contiguous(messages: &[Value], from: u64, to: u64) {
    let seqs: Vec<u64> = messages.iter().map(|message| message["seq"].as_u64().expect("seq")).collect();
    let expected: Vec<u64> = (from..=to).collect();
    if seqs != expected {
        let missing: Vec<_> = expected.iter().filter(|seq| !seqs.contains(seq)).take(10).collect();
        panic!("expected seqs {from}..={to}, got {} messages; first missing: {missing:?}", seqs.len());
    }
}

impl Client {
    /// Waits for one frame matching each of `wanted`, in whatever order they come
    /// (a history page is read off the hub, so it may pass frames sent after it).
    /// Returns them in the order of `wanted`.
    pub async fn expect_each(&mut self, what: &str, wanted: &[&dyn Fn(&Value) -> bool]) -> Vec<Value> {
        let mut found: Vec<Option<Value>> = vec![None; wanted.len()];
        while found.iter().any(Option::is_none) {
            let frame = self.expect(what, |_| true).await;
            if let Some(slot) = wanted
                .iter()
                .zip(found.iter_mut())
                .find_map(|(predicate, slot)| (slot.is_none() && predicate(&frame)).then_some(slot))
            {
                *slot = Some(frame);
            }
        }
        found.into_iter().flatten().collect()
    }
}
