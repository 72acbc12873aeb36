//! Generated frames against the real server's frame decoder and hub: at least 100,000
//! of them, near-valid frames of every type both sockets accept (fields valid, missing,
//! of the wrong type, oversized, holding control or bidi characters; ids valid,
//! missing, empty, too long or not strings) and plain garbage, from several sockets at
//! once. It asserts what `docs/protocol.md` promises:
//!
//! - the server does not panic (it answers `/healthz` afterwards and its log has no
//!   panic in it);
//! - every client frame gets exactly one answer: an `ack`, `attached`, `history`,
//!   `code` or `error` with the frame's `id`, or, for a frame with no usable `id` (not a JSON object, no `id`,
//!   or an `id` that is not a string of 1 to 64 bytes), one `error` without `id`;
//!   nothing else on the socket (offers, messages, typing, boards…) is an answer;
//! - a control conversation (a child and a counsellor nobody else can reach) keeps
//!   relaying messages both ways during the storm and after it.
//!
//! The generator is proptest's, driven by a fixed seed (`FUZZ_SEED` to change it), so a
//! failure can be replayed.

mod support;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use bridgeline_protocol::{ChildRequest, StaffRequest, MAX_CLIENT_ID_BYTES};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use serde_json::{json, Map, Value};

use support::{available_counsellor, http, sign_in, text_of, Client, Scratch, Server};

/// Frames in all, over every fuzzing socket.
const TOTAL_FRAMES: usize = 100_000;
/// Frames sent before their answers are read (kept well under the server's 512-frame
/// outbox, which also carries the events these frames cause).
const BATCH: usize = 80;
/// A child socket is replaced by a fresh one after this many frames, so that new
/// conversations keep starting (a socket's first `start` opens one; later ones get
/// `already_started`, and an ended one refuses most requests).
const CHILD_ROUND: usize = 1_500;
/// Upper bound on the whole storm: it must end by itself.
const STORM_LIMIT: Duration = Duration::from_secs(240);
/// Placeholder for a conversation the fuzzing children opened (never the control one).
const KNOWN_CONVERSATION: &str = "@known";

/// Which socket a worker drives.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Endpoint {
    Child,
    Staff,
}

/// How a frame's `id` is made.
#[derive(Clone, Debug)]
enum IdChoice {
    /// A fresh, unique, valid id.
    Fresh,
    Missing,
    Empty,
    TooLong,
    Other(Value),
}

/// One generated frame, before its id and placeholders are filled in.
#[derive(Clone, Debug)]
enum Draft {
    Object { id: IdChoice, fields: Vec<(String, Value)> },
    Garbage(String),
}

// ---- Strategies ----

/// A value of any JSON type, small.
fn junk() -> SBoxedStrategy<Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_filter("finite", |number| number.is_finite()).prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::from),
        Just(json!([])),
        Just(json!({"nested": {"deeper": [1, "two", null]}})),
    ]
    .sboxed()
}

/// A string over every limit that matters: a message's 4096 bytes, an id's 64.
fn oversized() -> SBoxedStrategy<Value> {
    prop_oneof![
        Just(Value::from("x".repeat(4097))),
        Just(Value::from("ب".repeat(2049))),
        Just(Value::from("y".repeat(9000)))
    ]
    .sboxed()
}

/// Text as people and attackers write it.
fn text() -> SBoxedStrategy<Value> {
    prop_oneof![
        4 => "\\PC{1,40}".prop_map(Value::from),
        1 => Just(Value::from("  \n\t ")),
        1 => "[a-z]{0,5}[\\x00-\\x1f\\x7f\\u{80}-\\u{9f}][a-z]{0,5}".prop_map(Value::from),
        1 => "[a-z]{0,5}[\\u{202a}-\\u{202e}\\u{2066}-\\u{2069}][a-z.]{0,8}".prop_map(Value::from),
        1 => Just(Value::from("line one\nline two\ttabbed")),
    ]
    .sboxed()
}

fn language() -> SBoxedStrategy<Value> {
    prop_oneof![
        4 => prop::sample::select(vec!["en", "ar", "fr", "ti", "fa", "uk"]).prop_map(Value::from),
        1 => "[a-z]{0,4}".prop_map(Value::from),
        1 => Just(Value::from("EN")),
    ]
    .sboxed()
}

fn seq() -> SBoxedStrategy<Value> {
    prop_oneof![
        3 => (0u64..20).prop_map(Value::from),
        1 => any::<u64>().prop_map(Value::from),
        1 => (-5i64..0).prop_map(Value::from),
    ]
    .sboxed()
}

fn conversation_id() -> SBoxedStrategy<Value> {
    prop_oneof![
        3 => Just(Value::from(KNOWN_CONVERSATION)),
        2 => "[0-9a-f]{32}".prop_map(Value::from),
        1 => Just(Value::from("")),
    ]
    .sboxed()
}

fn one_of(values: &'static [&'static str]) -> SBoxedStrategy<Value> {
    prop_oneof![
        5 => prop::sample::select(values).prop_map(Value::from),
        1 => "[a-z_]{1,12}".prop_map(Value::from),
    ]
    .sboxed()
}

fn username() -> SBoxedStrategy<Value> {
    one_of(&["fuzzer", "coord", "control", "nobody"])
}

fn intake() -> SBoxedStrategy<Value> {
    let topics = prop::collection::vec(one_of(&["family", "bullying", "online", "other", "missing"]), 0..14);
    (topics, prop::option::of(one_of(&["under_10", "13_15", "18_plus"])), prop::option::of("[A-Za-z]{1,3}"))
        .prop_map(|(topics, age_band, country)| {
            let mut intake = Map::new();
            intake.insert("topics".into(), Value::from(topics));
            if let Some(age_band) = age_band {
                intake.insert("age_band".into(), age_band);
            }
            if let Some(country) = country {
                intake.insert("country".into(), Value::from(country));
            }
            Value::Object(intake)
        })
        .sboxed()
}

fn transfer_target() -> SBoxedStrategy<Value> {
    prop_oneof![
        username().prop_map(|username| json!({"kind": "counsellor", "username": username})),
        language().prop_map(|language| json!({"kind": "language", "language": language})),
        Just(json!({"kind": "coordinator"})),
        Just(json!({"kind": "moon"})),
    ]
    .sboxed()
}

/// A survey's answers: each question present or not (none at all is refused).
fn survey_answers() -> SBoxedStrategy<Value> {
    let answer = || prop::option::of(one_of(&["yes", "not_sure", "no"]));
    (answer(), answer(), answer())
        .prop_map(|(listened, next_steps, come_back)| {
            let mut answers = Map::new();
            for (question, answer) in [("listened", listened), ("next_steps", next_steps), ("come_back", come_back)] {
                if let Some(answer) = answer {
                    answers.insert(question.into(), answer);
                }
            }
            Value::Object(answers)
        })
        .sboxed()
}

fn wrap_up() -> SBoxedStrategy<Value> {
    let categories =
        prop::collection::vec(one_of(&["family", "violence", "violence.bullying", "mental_health"]), 0..25);
    (categories, one_of(&["supported", "referred", "child_left"]), any::<bool>())
        .prop_map(|(categories, outcome, cross_border)| {
            json!({"categories": categories, "outcome": outcome, "cross_border": cross_border})
        })
        .sboxed()
}

/// The fields of each request type, each with a strategy for its valid values.
fn fields_of(endpoint: Endpoint, kind: &str) -> Vec<(&'static str, SBoxedStrategy<Value>)> {
    let conversation = || ("conversation_id", conversation_id());
    match (endpoint, kind) {
        (Endpoint::Child, "start") => {
            vec![
                ("language", language()),
                ("also_reads", prop::collection::vec(language(), 0..10).prop_map(Value::from).sboxed()),
                ("intake", intake()),
            ]
        }
        (Endpoint::Child, "resume") => {
            vec![("resume_token", "[0-9a-f]{0,64}".prop_map(Value::from).sboxed()), ("last_seq", seq())]
        }
        (Endpoint::Child, "send") => vec![("text", text())],
        (Endpoint::Child, "change_language") => vec![("language", language())],
        (Endpoint::Child, "read") => vec![("seq", seq())],
        (Endpoint::Child, "history") => vec![("after_seq", seq()), ("before_seq", seq())],
        (Endpoint::Child, "rate") => vec![("rating", one_of(&["helped", "somewhat", "not_helped"]))],
        (Endpoint::Child, "forget_me") => vec![("code", "[0-9 \\-]{0,20}".prop_map(Value::from).sboxed())],
        (Endpoint::Child, "survey") => vec![("answers", survey_answers())],
        (Endpoint::Child, _) => vec![],
        (Endpoint::Staff, "set_status") => vec![("status", one_of(&["available", "busy", "away"]))],
        (Endpoint::Staff, "send" | "add_note") => vec![conversation(), ("text", text())],
        (Endpoint::Staff, "sync") => vec![conversation(), ("after_seq", seq())],
        (Endpoint::Staff, "history") => vec![conversation(), ("after_seq", seq()), ("before_seq", seq())],
        (Endpoint::Staff, "read") => vec![conversation(), ("seq", seq())],
        (Endpoint::Staff, "set_risk") => {
            vec![conversation(), ("level", one_of(&["none", "low", "medium", "high", "imminent"]))]
        }
        (Endpoint::Staff, "transfer") => vec![conversation(), ("target", transfer_target()), ("note", text())],
        (Endpoint::Staff, "send_canned") => {
            vec![
                conversation(),
                ("key", one_of(&["canned-greeting-welcome", "canned-closing-goodbye", "canned-nothing"])),
            ]
        }
        (Endpoint::Staff, "refer") => vec![
            conversation(),
            ("service_id", one_of(&["eu-116111", "eu-116000", "eu-112", "none-such"])),
            ("reason", text()),
            ("child_agreed", any::<bool>().prop_map(Value::from).sboxed()),
        ],
        (Endpoint::Staff, "wrap_up") => vec![conversation(), ("wrap_up", wrap_up())],
        (Endpoint::Staff, "acknowledge_alert") => vec![("alert_id", "[0-9a-f]{0,32}".prop_map(Value::from).sboxed())],
        (Endpoint::Staff, "reassign") => vec![conversation(), ("username", username()), ("note", text())],
        (Endpoint::Staff, _) => vec![conversation()],
    }
}

/// A field as sent: mostly valid, sometimes missing, of another type or oversized.
fn mangled(valid: SBoxedStrategy<Value>) -> SBoxedStrategy<Option<Value>> {
    prop_oneof![
        12 => valid.prop_map(Some),
        1 => Just(None),
        1 => junk().prop_map(Some),
        1 => oversized().prop_map(Some),
    ]
    .sboxed()
}

fn id_choice() -> SBoxedStrategy<IdChoice> {
    prop_oneof![
        20 => Just(IdChoice::Fresh),
        1 => Just(IdChoice::Missing),
        1 => Just(IdChoice::Empty),
        1 => Just(IdChoice::TooLong),
        1 => junk().prop_map(IdChoice::Other),
    ]
    .sboxed()
}

/// Frames for one endpoint: near-valid ones of every type it accepts (and a few of the
/// other endpoint's, unknown or untyped), and garbage.
fn drafts(endpoint: Endpoint) -> SBoxedStrategy<Draft> {
    let (own, other) = match endpoint {
        Endpoint::Child => (ChildRequest::TYPES, StaffRequest::TYPES),
        Endpoint::Staff => (StaffRequest::TYPES, ChildRequest::TYPES),
    };
    let mut typed: Vec<(u32, SBoxedStrategy<Draft>)> = own
        .iter()
        .map(|kind| {
            let fields: Vec<SBoxedStrategy<(String, Option<Value>)>> = fields_of(endpoint, kind)
                .into_iter()
                .map(|(name, valid)| mangled(valid).prop_map(move |value| (name.to_owned(), value)).sboxed())
                .collect();
            let kind = Value::from(*kind);
            (id_choice(), fields)
                .prop_map(move |(id, fields)| {
                    let mut object = vec![("type".to_owned(), kind.clone())];
                    object.extend(fields.into_iter().filter_map(|(name, value)| value.map(|value| (name, value))));
                    Draft::Object { id, fields: object }
                })
                .sboxed()
        })
        .map(|strategy| (10, strategy))
        .collect();
    let strays = (
        id_choice(),
        prop_oneof![prop::sample::select(other).prop_map(Value::from), "[a-z_]{0,10}".prop_map(Value::from), junk(),],
    )
        .prop_map(|(id, kind)| Draft::Object { id, fields: vec![("type".to_owned(), kind)] });
    typed.push((3, strays.sboxed()));
    let untyped = id_choice().prop_map(|id| Draft::Object { id, fields: vec![("text".to_owned(), json!("hi"))] });
    typed.push((1, untyped.sboxed()));
    let garbage = prop_oneof![
        "\\PC{0,48}",
        Just("{}".to_owned()),
        Just("[]".to_owned()),
        Just("null".to_owned()),
        Just("{\"id\":\"x\"".to_owned()),
        Just("\"just a string\"".to_owned()),
    ]
    .prop_map(Draft::Garbage);
    typed.push((4, garbage.sboxed()));
    prop::strategy::Union::new_weighted(typed).sboxed()
}

// ---- Driving ----

/// What a worker learned, for the final report.
#[derive(Default, Debug)]
struct Tally {
    frames: usize,
    /// `ack` and `attached`: requests carried out.
    carried_out: usize,
    answers_with_id: usize,
    answers_without_id: usize,
    by_code: HashMap<String, usize>,
}

/// Fills in a draft: its id, and known conversations for the placeholder.
fn finish(draft: Draft, fresh_id: String, known: &Mutex<Vec<String>>, pick: usize) -> String {
    match draft {
        Draft::Garbage(text) => text,
        Draft::Object { id, fields } => {
            let mut object = Map::new();
            match id {
                IdChoice::Fresh => {
                    object.insert("id".into(), Value::from(fresh_id));
                }
                IdChoice::Missing => {}
                IdChoice::Empty => {
                    object.insert("id".into(), Value::from(""));
                }
                IdChoice::TooLong => {
                    object.insert("id".into(), Value::from("i".repeat(MAX_CLIENT_ID_BYTES + 1)));
                }
                IdChoice::Other(value) => {
                    object.insert("id".into(), value);
                }
            }
            for (name, mut value) in fields {
                if value == KNOWN_CONVERSATION {
                    let known = known.lock().map(|known| known.get(pick % known.len().max(1)).cloned()).ok().flatten();
                    value = Value::from(known.unwrap_or_else(|| "0".repeat(32)));
                }
                object.insert(name, value);
            }
            Value::Object(object).to_string()
        }
    }
}

/// The id an answer must carry, exactly as the server's decoder finds it: `None` when
/// the frame has no usable id (then the answer is an `error` without one).
fn usable_id(text: &str) -> Option<String> {
    let Ok(Value::Object(fields)) = serde_json::from_str::<Value>(text) else { return None };
    match fields.get("id") {
        Some(Value::String(id)) if !id.is_empty() && id.len() <= MAX_CLIENT_ID_BYTES => Some(id.clone()),
        _ => None,
    }
}

/// If `frame` answers a request: `Some(its id)`, with `Some(None)` for an error
/// without id. Events (offers, messages, queue, typing, boards…) give `None`.
fn answer_id(frame: &Value) -> Option<Option<String>> {
    match frame["type"].as_str() {
        Some("ack" | "attached" | "error" | "code") => Some(frame.get("id").and_then(Value::as_str).map(str::to_owned)),
        // A page answers `history` and `sync`; a page sent unasked (after `attached`,
        // `assigned` or `observing`) has no id and answers nothing.
        Some("history") => frame.get("id").and_then(Value::as_str).map(|id| Some(id.to_owned())),
        _ => None,
    }
}

/// Sends `quota` generated frames through sockets made by `connect`, batch by batch,
/// checking that each batch is answered exactly once per frame.
async fn fuzz(
    name: &'static str,
    endpoint: Endpoint,
    quota: usize,
    seed: u64,
    server: Arc<Server>,
    cookie: Option<String>,
    known: Arc<Mutex<Vec<String>>>,
) -> Result<Tally, String> {
    let mut seed_bytes = [0u8; 32];
    seed_bytes[..8].copy_from_slice(&seed.to_le_bytes());
    for (slot, byte) in seed_bytes[8..].iter_mut().zip(name.bytes()) {
        *slot = byte;
    }
    let mut runner = TestRunner::new_with_rng(Config::default(), TestRng::from_seed(RngAlgorithm::ChaCha, &seed_bytes));
    let strategy = drafts(endpoint);
    let round = if endpoint == Endpoint::Child { CHILD_ROUND } else { quota };
    let mut tally = Tally::default();
    let mut client: Option<Client> = None;
    while tally.frames < quota {
        if tally.frames % round == 0 {
            if let Some(old) = client.take() {
                old.close().await;
            }
            let path = if endpoint == Endpoint::Child { "/ws/v1/child" } else { "/ws/v1/staff" };
            client = Some(Client::connect(&server, path, cookie.as_deref(), name).await);
        }
        let socket = client.as_mut().expect("a socket");
        let mut owed: HashMap<String, usize> = HashMap::new();
        let mut owed_without_id = 0usize;
        let mut sent = Vec::new();
        let batch = BATCH.min(quota - tally.frames).min(round - tally.frames % round);
        for _ in 0..batch {
            let draft =
                strategy.new_tree(&mut runner).map_err(|error| format!("{name}: generator: {error}"))?.current();
            let pick = tally.frames.wrapping_mul(7919);
            let text = finish(draft, format!("{name}-{}", tally.frames), &known, pick);
            match usable_id(&text) {
                Some(id) => *owed.entry(id).or_default() += 1,
                None => owed_without_id += 1,
            }
            socket.send_raw(&text).await;
            sent.push(text);
            tally.frames += 1;
        }
        // Read until every frame of the batch is answered; any answer beyond that is a
        // second answer to something, or an answer to nothing.
        while owed.values().any(|count| *count > 0) || owed_without_id > 0 {
            let Some(frame) = socket.next().await else {
                return Err(format!("{name}: socket closed with answers owed; last batch: {sent:#?}"));
            };
            if endpoint == Endpoint::Child && frame["type"] == "attached" {
                if let (Some(conversation), Ok(mut known)) = (frame["conversation_id"].as_str(), known.lock()) {
                    known.push(conversation.to_owned());
                }
            }
            let Some(id) = answer_id(&frame) else { continue };
            match frame["code"].as_str().filter(|_| frame["type"] == "error") {
                Some(code) => *tally.by_code.entry(code.to_owned()).or_default() += 1,
                None => tally.carried_out += 1,
            }
            match id {
                Some(id) => match owed.get_mut(&id) {
                    Some(count) if *count > 0 => {
                        *count -= 1;
                        tally.answers_with_id += 1;
                    }
                    _ => return Err(format!("{name}: an answer to no outstanding frame: {frame}\nbatch: {sent:#?}")),
                },
                None if owed_without_id > 0 => {
                    owed_without_id -= 1;
                    tally.answers_without_id += 1;
                }
                None => return Err(format!("{name}: an error without id too many: {frame}\nbatch: {sent:#?}")),
            }
        }
        socket.seen.clear();
    }
    // Nothing more may come: a late second answer to the last batch would show here.
    if let Some(mut socket) = client {
        socket.expect_none("a late answer", Duration::from_millis(300), |frame| answer_id(frame).is_some()).await;
        socket.close().await;
    }
    Ok(tally)
}

/// The control conversation: one message each way per exchange.
async fn exchange(child: &mut Client, counsellor: &mut Client, conversation: &Value, round: usize) {
    let from_child = format!("control child {round}");
    child.request(json!({"type": "send", "text": from_child})).await;
    counsellor.expect("the child's control message", |frame| text_of(frame) == Some(from_child.as_str())).await;
    let from_counsellor = format!("control counsellor {round}");
    counsellor.request(json!({"type": "send", "conversation_id": conversation, "text": from_counsellor})).await;
    child.expect("the counsellor's control message", |frame| text_of(frame) == Some(from_counsellor.as_str())).await;
    child.seen.clear();
    counsellor.seen.clear();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hundred_thousand_generated_frames_each_get_one_answer_and_chat_goes_on() {
    let seed: u64 = std::env::var("FUZZ_SEED").ok().and_then(|seed| seed.parse().ok()).unwrap_or(20_261_202);
    eprintln!("FUZZ_SEED={seed}");
    // The database on tmpfs where there is one: this test is about the decoder and the
    // hub, and disk flushes (`synchronous = FULL`) would only make it slower.
    let scratch = match tempfile::tempdir_in("/dev/shm") {
        Ok(dir) => Scratch::in_dir(dir),
        Err(_) => Scratch::new(),
    };
    // The control pair speaks Tigrinya; the fuzzing staff do not, and the control
    // counsellor takes one chat only, so no fuzzing child ever reaches them.
    scratch.add_user("control", "ti", 1);
    scratch.add_user("fuzzer", "en,ar,fr", 3);
    scratch.add_staff("coord", "coordinator", "en,ar", 2);
    let server = Arc::new(scratch.start(&[]).await);
    let (mut control_counsellor, _) = available_counsellor(&server, "control").await;
    let mut control_child = Client::child(&server).await;
    let attached = control_child.request(json!({"type": "start", "language": "ti"})).await;
    let control_conversation = attached["conversation_id"].clone();
    control_counsellor.expect_type("offer").await;
    control_counsellor.request(json!({"type": "accept", "conversation_id": control_conversation})).await;
    control_child.expect("joined", |frame| frame["body"]["notice"] == "counsellor_joined").await;
    exchange(&mut control_child, &mut control_counsellor, &control_conversation, 0).await;

    let fuzzer = sign_in(&server, "fuzzer").await;
    let coordinator = sign_in(&server, "coord").await;
    let known = Arc::new(Mutex::new(Vec::new()));
    // Four child sockets and two staff sockets, as many frames each.
    let workers: [(&'static str, Endpoint, Option<String>); 6] = [
        ("child-1", Endpoint::Child, None),
        ("child-2", Endpoint::Child, None),
        ("child-3", Endpoint::Child, None),
        ("child-4", Endpoint::Child, None),
        ("counsellor", Endpoint::Staff, Some(fuzzer)),
        ("coordinator", Endpoint::Staff, Some(coordinator)),
    ];
    let quota = TOTAL_FRAMES.div_ceil(workers.len());
    let started = Instant::now();
    let tasks: Vec<_> = workers
        .into_iter()
        .map(|(name, endpoint, cookie)| {
            tokio::spawn(fuzz(name, endpoint, quota, seed, server.clone(), cookie, known.clone()))
        })
        .collect();

    // While the storm goes on, the control chat must keep relaying.
    let mut exchanges = 1;
    while !tasks.iter().all(|task| task.is_finished()) {
        assert!(started.elapsed() < STORM_LIMIT, "the storm did not end within {STORM_LIMIT:?}");
        exchange(&mut control_child, &mut control_counsellor, &control_conversation, exchanges).await;
        exchanges += 1;
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    let storm = started.elapsed();
    if let Some(pid) = server.pid() {
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
        let fields: Vec<&str> =
            stat.rsplit_once(')').map(|(_, rest)| rest.split_whitespace().collect()).unwrap_or_default();
        eprintln!("server CPU ticks: user {:?} system {:?}", fields.get(11), fields.get(12));
    }
    let mut total = Tally::default();
    let mut failures = Vec::new();
    for task in tasks {
        match task.await {
            Ok(Ok(tally)) => {
                total.frames += tally.frames;
                total.answers_with_id += tally.answers_with_id;
                total.answers_without_id += tally.answers_without_id;
                total.carried_out += tally.carried_out;
                for (code, count) in tally.by_code {
                    *total.by_code.entry(code).or_default() += count;
                }
            }
            Ok(Err(failure)) => failures.push(failure),
            Err(panic) => failures.push(format!("a worker panicked: {panic}")),
        }
    }
    assert!(failures.is_empty(), "seed {seed}:\n{}", failures.join("\n\n"));
    eprintln!("{} frames in {storm:?}; {} control exchanges; {total:?}", total.frames, exchanges);
    assert!(total.frames >= TOTAL_FRAMES);
    assert_eq!(total.answers_with_id + total.answers_without_id, total.frames);
    assert!(exchanges >= 3, "the control chat relayed only {exchanges} times during the storm");
    // The generator reached the hub, not only the decoder: requests were carried out
    // and refused for reasons only the hub knows.
    for code in ["malformed", "invalid_field", "unknown_type", "not_yours", "control_character", "too_long"] {
        assert!(total.by_code.get(code).is_some_and(|count| *count > 0), "no {code} in {:?}", total.by_code);
    }
    assert!(total.carried_out >= 1_000, "too few requests carried out: {total:?}");

    // And after it: the chat goes on, the server is healthy and never panicked.
    exchange(&mut control_child, &mut control_counsellor, &control_conversation, exchanges).await;
    assert_eq!(http(server.addr, "GET", "/healthz", &[], None).await.status, 200);
    let logs = server.logs();
    assert!(!logs.contains("panicked"), "the server panicked:\n{logs}");
}
