//! # Bridgeline server
//!
//! A chat server for child helplines: an anonymous child writes in their own language
//! and reaches a counsellor who speaks it.
//!
//! ## Layout
//!
//! - [`config`]: the command line and environment (one binary, subcommands).
//! - [`app`]: shared state, the route table, and `run(config, listener, shutdown)`.
//! - [`http`]: pages (rendered in the reader's language), staff sign-in (throttled,
//!   with a second factor: `auth`, `guard`, `second_factor`), health.
//! - [`ws`]: the child and staff WebSocket endpoints and frame decoding.
//! - [`history`]: cutting long chats into pages for their readers: pure logic.
//! - [`hub`]: the single task that decides: queues, offers, assignments, timers.
//! - [`writer`]: stores chat messages in group commits, off the hub's task.
//! - [`bus`]: which sockets receive each live conversation's messages; the writer
//!   publishes through it after each commit.
//! - [`routing`]: who is offered which child: pure queue and matcher logic.
//! - [`blocks`]: abusive contacts: which browsers may not start a chat, and until
//!   when, recognised without tracking children. Pure logic.
//! - [`estimate`]: the waiting child's expected wait, from recent service data: pure logic.
//! - [`schedule`]: weekly opening hours per language, to say when someone will be there.
//! - [`directory`]: the referral directory: import files, opening hours, search, the
//!   child's referral card and the built-in EU-wide numbers. Pure logic.
//! - [`store`]: durable storage (SQLite through sqlx), one file per aggregate.
//! - [`i18n`]: Fluent locales, negotiation, and the locale checker.
//! - [`secrets`], [`passwords`]: tokens, hashes, argon2id.
//! - [`throttle`]: growing delays then a short lock for guessed secrets: pure logic.
//! - [`return_code`]: the codes children keep to come back to their case (digits in
//!   any script, a check digit, a keyed hash): pure logic.
//! - [`totp`]: the staff's second factor (RFC 6238) and recovery codes: pure logic.
//! - [`partners`]: partner helplines in other countries: their configuration, this
//!   helpline's signing key, signed requests, and the bodies of handovers.
//! - [`cli`]: the `user add`, `directory import` / `directory list` and `partner`
//!   commands.
//!
//! The wire protocol's types live in the `bridgeline-protocol` crate, shared with the
//! web client; `docs/protocol.md` documents them.

pub mod app;
pub mod blocks;
pub mod board;
pub mod bus;
pub mod cli;
pub mod cluster;
pub mod config;
pub mod directory;
pub mod estimate;
pub mod history;
pub mod http;
pub mod hub;
pub mod i18n;
pub mod metrics;
pub mod partners;
pub mod passwords;
pub mod reports;
pub mod retention;
pub mod return_code;
pub mod routing;
pub mod schedule;
pub mod secrets;
pub mod store;
pub mod throttle;
pub mod totp;
pub mod writer;
pub mod ws;
