//! Coming back with a return code, before any new chat: the code is asked for
//! (`open_case`), the case's earlier chats are listed (`earlier_chats`) and each can be
//! read again (`history` with its `conversation_id`); from there the child chats now
//! (`start` with the code) or erases everything (`forget_me`, after a plain "are you
//! sure?"). The code typed is kept in memory only, for those requests.
//!
//! One component for the five screens, as escaped markup around the shared error
//! line and, when a chat is read, the chat's own log; its buttons are handled by
//! `codes::listen`. The same component shows the screen of a handover the page could
//! not follow by itself (`handover::by_hand`): one view type for all six, since each
//! screen of its own costs the page a view's worth of code.

use bridgeline_protocol::catalog::Arg;
use bridgeline_protocol::ChildEarlierChat;
use bridgeline_web_core::l10n::L10n;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::chat::{escape, Log};
use crate::codes::{button, markup_block, paragraph};
use crate::page::{DangerNote, ErrorNote};
use crate::state::{ChildState, Phase};

/// A moment in the child's language, with its date: earlier chats may be weeks old.
fn date_and_time(l10n: L10n, unix_millis: i64) -> String {
    let options = js_sys::Object::new();
    for (key, value) in [("dateStyle", "medium"), ("timeStyle", "short")] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    let date = js_sys::Date::new(&JsValue::from_f64(unix_millis as f64));
    String::from(date.to_locale_string(&l10n.code(), &options))
}

/// One earlier chat in a line: when, whether it was a left message, with whom (or not
/// answered yet), and whether its words are still kept.
fn summary(l10n: L10n, chat: &ChildEarlierChat) -> String {
    let mut text = date_and_time(l10n, chat.started_at);
    if chat.left_message {
        text = text + " · " + &l10n.t("codes-chat-left-message");
    }
    text = text
        + " · "
        + &match &chat.counsellor {
            Some(name) => l10n.t_with("codes-chat-with", &[("name", Arg::Text(name))]),
            None => l10n.t("codes-chat-unanswered"),
        };
    if !chat.transcript_kept {
        text = text + " · " + &l10n.t("codes-chat-not-kept");
    }
    text
}

/// What a screen shows above the error line: its heading (focusable by script, for the
/// change of screen) and what it says; for the code, the form; for the case, its chats.
fn top(l10n: L10n, state: ChildState, phase: Phase) -> String {
    let heading = |text: &str| format!("<h1 tabindex=\"-1\">{}</h1>", escape(text));
    match phase {
        Phase::Code => format!(
            "{}{}<form class=\"code-form\"><label for=\"return-code\">{}</label>\
             <input id=\"return-code\" type=\"text\" inputmode=\"numeric\" autocomplete=\"off\" spellcheck=\"false\" \
             dir=\"ltr\" maxlength=\"40\"><button type=\"submit\" class=\"primary open-case\" data-do=\"open\">{}</button></form>",
            heading(&l10n.t("codes-back-heading")),
            paragraph("", &l10n.t("codes-back-body")),
            escape(&l10n.t("codes-code-label")),
            escape(&l10n.t("codes-open-button")),
        ),
        Phase::Case => state.case.with_value(|chats| {
            let mut html = heading(&l10n.t("codes-case-heading"))
                + &paragraph("", &if chats.is_empty() { l10n.t("codes-case-empty") } else { l10n.t("codes-case-body") })
                + "<ul class=\"earlier-chats\">";
            for (index, chat) in chats.iter().enumerate() {
                // A chat whose words are no longer kept has nothing to read.
                html += &format!(
                    "<li><button type=\"button\" class=\"choice earlier-chat\" data-do=\"read\" data-i=\"{index}\"{}>{}</button></li>",
                    if chat.transcript_kept { "" } else { " disabled" },
                    escape(&summary(l10n, chat))
                );
            }
            html + "</ul>"
        }),
        Phase::Read => {
            let reading = state.reading.get_value();
            let when = state.case.with_value(|chats| {
                chats.iter().find(|chat| Some(&chat.conversation_id) == reading.as_ref()).map(|chat| summary(l10n, chat))
            });
            heading(&l10n.t("codes-read-heading")) + &format!("<p>{}</p>", escape(&when.unwrap_or_default()))
        }
        Phase::Erase => heading(&l10n.t("codes-erase-heading")) + &paragraph("", &l10n.t("codes-erase-body")),
        Phase::Handover => crate::handover::by_hand(l10n, state),
        _ => heading(&l10n.t("codes-erased-heading")) + &paragraph("", &l10n.t("codes-erased-body")),
    }
}

/// The screen's buttons, under the error line.
fn bottom(l10n: L10n, phase: Phase) -> String {
    match phase {
        Phase::Code => button("start", "secondary back", &l10n.t("codes-back-button")),
        Phase::Case => {
            button("chat-now", "primary chat-now", &l10n.t("codes-chat-now-button"))
                + &button("erase", "secondary erase", &l10n.t("codes-erase-button"))
        }
        Phase::Read => button("back-to-case", "primary back-to-case", &l10n.t("codes-back-to-list-button")),
        Phase::Erase => {
            "<div class=\"choices\">".to_owned()
                + &button("erase-yes", "primary erase-yes", &l10n.t("codes-erase-yes-button"))
                + &button("back-to-case", "secondary erase-no", &l10n.t("codes-erase-no-button"))
                + "</div>"
        }
        Phase::Handover => button("start", "secondary", &l10n.t("ended-new-chat-button")),
        _ => button("start", "primary", &l10n.t("codes-erased-button")),
    }
}

/// The screen of coming back that the page's phase names (built anew for each).
pub fn returning(l10n: L10n, state: ChildState) -> impl IntoView {
    let phase = state.phase.get_untracked();
    let class = match phase {
        Phase::Code => "returning",
        Phase::Case => "case",
        Phase::Read => "read",
        Phase::Erase => "erase",
        Phase::Handover => "by-hand",
        _ => "erased",
    };
    view! {
        <section class=class>
            {markup_block("", Box::new(move || top(l10n, state, phase)))}
            {(phase == Phase::Read).then(|| view! { <Log l10n=l10n state=state/> })}
            <ErrorNote l10n=l10n state=state/>
            {markup_block("", Box::new(move || bottom(l10n, phase)))}
            <DangerNote l10n=l10n/>
        </section>
    }
}
