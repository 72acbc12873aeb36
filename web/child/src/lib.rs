//! # The child's page, compiled to wasm
//!
//! Anonymous chat with a counsellor in the child's language: optional questions,
//! an honest wait, the chat, a rating. Everything a child sees is formatted by
//! `bridgeline_web_core::l10n`; the quick exit lives in `boot.js` so that it works
//! before this module has loaded.
//!
//! - `state.rs`: the page's signals and what it does on socket events.
//! - `page.rs`: the connection state and the switch between phases.
//! - `topbar.rs`: keeps the server's top bar (languages, quick exit) in the language.
//! - `intake.rs`: welcome and the optional questions.
//! - `chat.rs`: the queue, the conversation and the composer.
//! - `ended.rs`: the rating and starting again.
//! - `survey.rs`: the optional questions after the chat.
//! - `codes.rs`: taking a return code, and leaving a message while nobody is there.
//! - `case.rs`: coming back with a code: earlier chats, reading them, erasing them.
//! - `handover.rs`: handing the case to a partner helpline: the child's consent, the
//!   case sent, going on with the partner (or reaching it by hand).

mod case;
mod chat;
mod codes;
mod ended;
mod handover;
mod intake;
mod page;
mod state;
mod survey;
mod topbar;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(start)]
pub fn start() {
    bridgeline_web_core::mount_into("main", |l10n, boot| view! { <page::ChildPage l10n=l10n boot=boot/> });
}
