//! # The counsellor console, compiled to wasm
//!
//! Sign in, set status, accept offers, chat with several children at once, and do the
//! casework of each chat. A separate module from the child's page, so that children
//! never download it.
//!
//! - `state.rs`: the console's signals and what it does on each socket event.
//! - `sign_in.rs`: signing in: password, then a second factor (or its enrolment).
//! - `desk.rs`: the top bar, what needs attention, the views of coordinators
//!   and admins, offers, chat tabs.
//! - `chat.rs`: the chat pane and one line of a chat.
//! - `casework.rs`: the side panel of a chat: risk, private notes, and the parts below.
//! - `canned.rs`, `transfer.rs`, `referral.rs`, `wrapup.rs`: ready answers, passing a
//!   chat on, referring to a service, the wrap-up after the end.
//! - `abuse.rs`: ending a chat as abusive; for coordinators and admins, the reports
//!   to decide and the browsers paused now.
//! - `alerts.rs`: imminent-risk alerts, for coordinators and admins.
//! - `left_messages.rs`: messages children left while nobody was there, and taking one.
//! - `handover.rs`: handing a held chat's case to a partner helpline (consent, summary,
//!   status of each handover sent).
//! - `handover_inbox.rs`: handovers partner helplines sent here, to accept or decline,
//!   and what came with a chat that began as one.
//! - `board.rs`: for coordinators and admins, the live board (threshold alerts, one
//!   row per language, who is signed in).
//! - `trends.rs`: on the board, each language's last hours as two small SVG charts.
//! - `observe.rs`: the chats going on, observing one read-only, reassigning one.
//! - `reports.rs`: history reports as a table, the server's chart, and CSV.
//! - `admin.rs`: for admins, staff accounts, settings and ready-answer coverage.
//! - `api.rs`: HTTP calls whose refusals the person reads.
//! - `history.rs`: chats handled earlier, and a read-only transcript.
//! - `coverage.rs`: for admins, which ready answers each language lacks.
//! - `labels.rs`: Fluent ids of the protocol's values, and how times read.
//! - `sound.rs`: the chimes for offers and alerts.
//! - `visible_text.rs`: a message's text with its bidirectional controls shown, not applied.

mod abuse;
mod admin;
mod alerts;
mod api;
mod board;
mod canned;
mod case;
mod casework;
mod chat;
mod coverage;
mod desk;
mod follow;
mod handover;
mod handover_inbox;
mod history;
mod labels;
mod left_messages;
mod observe;
mod referral;
mod reports;
mod sign_in;
mod sound;
mod state;
mod transfer;
mod trends;
mod visible_text;
mod wrapup;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(start)]
pub fn start() {
    bridgeline_web_core::mount(|l10n, _boot| view! { <desk::Console l10n=l10n/> });
}
