//! Return codes on the chat's screens: the control that takes one (`take_code`), the
//! code shown large until the child puts it away, the offer to leave a message while
//! nobody is there (`leave_message`) and the screen of a message left. The code is held
//! in memory only: the page never stores it, so whoever opens this browser later
//! cannot find it.
//!
//! Written as escaped markup, with one click listener for every button of these
//! screens, of coming back (`case.rs`) and of a handover (`handover.rs`), which say what they do in `data-do`: as
//! Leptos views, each button and each `Show` costs the child's download its own
//! compiled code (the survey measured 3.7 KB of brotli wasm as views, 1.8 KB as markup).

use bridgeline_protocol::catalog::Arg;
use bridgeline_protocol::handovers::ConsentAnswer;
use bridgeline_protocol::Author;
use bridgeline_web_core::intl::weekday_and_time;
use bridgeline_web_core::l10n::L10n;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::chat::escape;
use crate::page::focus_soon;
use crate::state::{ChildState, Phase};

/// A button of these screens: what it does (`data-do`), its classes, its text.
pub(crate) fn button(action: &str, class: &str, text: &str) -> String {
    format!("<button type=\"button\" class=\"{class}\" data-do=\"{action}\">{}</button>", escape(text))
}

/// A paragraph of `text`, with `class` if not empty.
pub(crate) fn paragraph(class: &str, text: &str) -> String {
    format!("<p class=\"{class}\">{}</p>", escape(text))
}

/// A return code, large, under its heading. The digits read left to right in every
/// language. The section is closed by the caller, after what it adds.
pub(crate) fn code_panel(heading: &str, code: &str) -> String {
    format!(
        "<section class=\"code-panel\" tabindex=\"-1\" aria-labelledby=\"code-heading\">\
         <h2 id=\"code-heading\">{}</h2><p class=\"code\" dir=\"ltr\">{}</p>",
        escape(heading),
        escape(code)
    )
}

/// A `<div>` of `class` whose content is `markup`, redrawn when what it reads changes.
/// One function for every such block of these screens, so that the page carries the
/// code of one reactive block rather than one per screen.
pub(crate) fn markup_block(class: &'static str, markup: Box<dyn Fn() -> String + Send + Sync>) -> impl IntoView {
    view! { <div class=class inner_html=markup></div> }
}

/// "Get a return code", or the code just given with what it is for, until put away.
/// Under the chat while waiting and chatting, and after the end.
pub fn codes(l10n: L10n, state: ChildState) -> impl IntoView {
    let markup = move || match state.code.get() {
        None => {
            paragraph("hint", &l10n.t("codes-take-hint"))
                + &button("take", "secondary take-code", &l10n.t("codes-take-button"))
        }
        Some(code) => format!(
            "{}{}{}{}{}</section>",
            code_panel(&l10n.t("codes-your-code"), &code),
            paragraph("", &l10n.t("codes-write-down")),
            paragraph("", &l10n.t("codes-secret")),
            paragraph("", &l10n.t("codes-what-for")),
            button("hide", "primary", &l10n.t("codes-done-button")),
        ),
    };
    markup_block("codes", Box::new(markup))
}

/// Nobody is there: the offer to leave what the child wrote as a message. Usable once
/// the child has sent something (the server refuses an empty message).
pub fn leave_offer(l10n: L10n, state: ChildState) -> impl IntoView {
    let markup = move || {
        let sent =
            state.lines.with(|lines| lines.iter().any(|line| line.author == Author::Child && line.seq.is_some()));
        format!(
            "<h2>{}</h2>{}<button type=\"button\" class=\"primary leave-message\" data-do=\"leave\"{}>{}</button>",
            escape(&l10n.t("codes-leave-heading")),
            paragraph("", &l10n.t("codes-leave-body")),
            if sent { "" } else { " disabled" },
            escape(&l10n.t("codes-leave-button")),
        )
    };
    markup_block("leave-offer", Box::new(markup))
}

/// The message is left: a counsellor will answer it, when someone will be there (from
/// the last `queue` frame, which a reloaded page does not have), and how to read the
/// answer; the child may still add to it below. Empty unless the chat is a left message.
pub fn left_message(l10n: L10n, state: ChildState) -> impl IntoView {
    let markup = move || {
        if !state.left.get() {
            return String::new();
        }
        let when = match state.queue.with(|queue| queue.as_ref().and_then(|status| status.next_on_duty_at)) {
            Some(at) => {
                let time = weekday_and_time(&l10n.code(), at);
                l10n.t_with("no-counsellor-next", &[("time", Arg::Text(&time))])
            }
            None => l10n.t("queue-unstaffed-unknown"),
        };
        format!(
            "<h1>{}</h1>{}<p class=\"next-on-duty\">{}</p>{}{}",
            escape(&l10n.t("codes-left-heading")),
            paragraph("", &l10n.t("codes-left-body")),
            escape(&when),
            paragraph("", &l10n.t("codes-left-come-back")),
            paragraph("hint", &l10n.t("codes-left-add")),
        )
    };
    markup_block("left-message", Box::new(markup))
}

/// One listener for the buttons of this module's markup and of `case.rs` and
/// `handover.rs`: each says what it does in `data-do`. The return code's form is sent by its button's click too
/// (Enter in the field clicks it), so it needs no listener of its own.
pub fn listen(l10n: L10n, state: ChildState) {
    let _ = window_event_listener(leptos::ev::click, move |event| {
        let button = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .and_then(|target| target.closest("button[data-do]").ok().flatten());
        let Some(button) = button else { return };
        match button.get_attribute("data-do").unwrap_or_default().as_str() {
            "take" => state.take_code(),
            "hide" => {
                state.code.set(None);
                focus_soon(".take-code");
            }
            "leave" => state.leave_message(),
            "open" => {
                // Not sent as a form: the code goes over the socket only.
                event.prevent_default();
                let code = document()
                    .get_element_by_id("return-code")
                    .and_then(|input| js_sys::Reflect::get(&input, &"value".into()).ok())
                    .and_then(|value| value.as_string())
                    .unwrap_or_default();
                if code.trim().is_empty() {
                    state.error.set(Some("codes-error-wrong"));
                } else {
                    state.language.set_value(l10n.code());
                    state.open_case(code.trim().to_owned());
                }
            }
            "start" => state.forget_conversation(),
            "read" => {
                let index = button.get_attribute("data-i").and_then(|index| index.parse::<usize>().ok());
                let chat = index.and_then(|index| {
                    state.case.with_value(|chats| chats.get(index).map(|chat| chat.conversation_id.clone()))
                });
                if let Some(conversation_id) = chat {
                    state.read_chat(conversation_id);
                }
            }
            "chat-now" => state.chat_now(l10n.code()),
            "erase" => {
                state.error.set(None);
                state.phase.set(Phase::Erase);
            }
            "erase-yes" => state.forget_me(),
            "back-to-case" => state.back_to_case(),
            "consent-yes" => state.answer_consent(ConsentAnswer::Yes),
            "consent-summary-only" => state.answer_consent(ConsentAnswer::SummaryOnly),
            "consent-no" => state.answer_consent(ConsentAnswer::No),
            "consent-change" => state.change_consent(),
            _ => {}
        }
    });
}
