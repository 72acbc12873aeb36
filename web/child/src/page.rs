//! The child's page inside the server's `<main>`: the connection state and the switch
//! between phases (the top bar stays the server's, see `topbar.rs`).

use bridgeline_protocol::catalog::Arg;
use bridgeline_web_core::bootstrap::Bootstrap;
use bridgeline_web_core::browser::session_get;
use bridgeline_web_core::intl::weekday_and_time;
use bridgeline_web_core::l10n::{switch_to, L10n};
use leptos::prelude::*;

use crate::case::returning;
use crate::chat::Conversation;
use crate::ended::Ended;
use crate::intake::{Intake, Intro};
use crate::state::{ChildState, Phase, LANGUAGE_KEY};

#[component]
pub fn ChildPage(l10n: L10n, boot: Bootstrap) -> impl IntoView {
    let state = ChildState::new(boot.locale.clone());
    // A language chosen earlier in this tab wins over the browser's.
    if let Some(chosen) = session_get(LANGUAGE_KEY).filter(|code| code != &boot.locale) {
        if let Some(summary) = boot.locales.iter().find(|summary| summary.code == chosen) {
            leptos::task::spawn_local(switch_to(l10n, "child", summary.code.clone(), summary.direction.clone()));
        }
    }
    // A conversation already open in this tab (reload, crash) resumes at once.
    if ChildState::has_conversation() {
        state.phase.set(Phase::Waiting);
        state.connect();
    }
    // Coming back to the tab counts as reading what arrived meanwhile.
    let _ = window_event_listener(leptos::ev::focus, move |_| state.mark_read());
    crate::topbar::take_over(l10n, boot.locales.clone(), boot.title.clone());
    crate::codes::listen(l10n, state);
    let languages: Vec<(String, String)> =
        boot.locales.iter().map(|locale| (locale.code.clone(), locale.native_name.clone())).collect();
    let phone = boot.helpline_phone.clone();
    // Waiting and chatting are one screen: a counsellor joining must not rebuild it
    // (the child may be typing). Each change of screen moves focus into the new one,
    // since the button that led there is gone.
    let screen = Memo::new(move |_| match state.phase.get() {
        Phase::Waiting | Phase::Chatting => Phase::Waiting,
        other => other,
    });
    Effect::new(move |previous: Option<Phase>| {
        let current = screen.get();
        if previous.is_some_and(|previous| previous != current) {
            focus_screen(current);
        }
        current
    });

    view! {
        <p class="connection" role="status" class:hidden=move || !(state.reconnecting.get() || state.elsewhere.get())>
            {move || {
                if state.elsewhere.get() {
                    l10n.t("connection-elsewhere")
                } else if state.reconnecting.get() {
                    l10n.t("connection-reconnecting")
                } else {
                    String::new()
                }
            }}
        </p>
        {move || match screen.get() {
            Phase::Intro => view! { <Intro l10n=l10n state=state phone=phone.clone()/> }.into_any(),
            Phase::Intake => view! { <Intake l10n=l10n state=state languages=languages.clone()/> }.into_any(),
            Phase::Waiting | Phase::Chatting => {
                view! { <Conversation l10n=l10n state=state phone=phone.clone()/> }.into_any()
            }
            Phase::Ended => view! { <Ended l10n=l10n state=state/> }.into_any(),
            Phase::Code | Phase::Case | Phase::Read | Phase::Erase | Phase::Erased | Phase::Handover => {
                returning(l10n, state).into_any()
            }
        }}
    }
}

/// What to do in immediate danger, on every screen of the chat.
#[component]
pub fn DangerNote(l10n: L10n) -> impl IntoView {
    view! {
        <aside class="danger" aria-labelledby="danger-heading">
            <h2 id="danger-heading">{l10n.text("danger-heading")}</h2>
            <p>{l10n.text("danger-body")}</p>
            <a class="call" href="tel:112">{l10n.text("danger-call-button")}</a>
        </aside>
    }
}

/// The helpline's phone line, dialled without its spaces.
#[component]
pub fn PhoneLine(l10n: L10n, phone: String) -> impl IntoView {
    let dial = format!("tel:{}", phone.chars().filter(|character| !character.is_whitespace()).collect::<String>());
    view! {
        <p class="phone">{l10n.text("no-counsellor-phone")} " " <a class="call" href=dial dir="ltr">{phone}</a></p>
    }
}

#[component]
pub fn ErrorNote(l10n: L10n, state: ChildState) -> impl IntoView {
    view! {
        <p class="error" role="alert" class:hidden=move || state.error.get().is_none()>
            {move || match state.error.get() {
                // Too many wrong codes: when the child can try again.
                Some(id @ "codes-error-too-many") => {
                    let time = weekday_and_time(&l10n.code(), state.error_until.get_value() as i64);
                    l10n.t_with(id, &[("time", Arg::Text(&time))])
                }
                Some(id) => l10n.t(id),
                None => String::new(),
            }}
        </p>
    }
}

/// Puts focus where the new screen starts: the message box in the conversation, the
/// heading (focusable by script only) elsewhere.
fn focus_screen(screen: Phase) {
    focus_soon(if screen == Phase::Waiting { "#message-input" } else { "main h1" });
}

/// Puts focus on the first element `selector` finds once the page has drawn it. One
/// function for every such call: each closure handed to `request_animation_frame`
/// brings the page its own copy of the browser glue.
pub(crate) fn focus_soon(selector: &'static str) {
    request_animation_frame(move || focus(selector));
}

/// Puts focus on the first element `selector` finds, if any.
pub(crate) fn focus(selector: &str) {
    let target = document()
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|element| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element).ok());
    if let Some(element) = target {
        let _ = element.focus();
    }
}
