//! Return codes on the chat's screens: the control that takes one (`take_code`), the
//! code shown large until the child puts it away, and the screen of a message left
//! while nobody is there (`leave_message`). The code is held in memory only: the page
//! never stores it, so whoever opens this browser later cannot find it.

use bridgeline_protocol::catalog::Arg;
use bridgeline_protocol::Author;
use bridgeline_web_core::intl::weekday_and_time;
use bridgeline_web_core::l10n::L10n;
use leptos::prelude::*;

use crate::page::focus;
use crate::state::ChildState;

/// "Take a return code", or the code just given with what it is for. Shared by the
/// waiting, chatting and ended screens; the code stays shown across them.
#[component]
pub fn Codes(l10n: L10n, state: ChildState) -> impl IntoView {
    let put_away = move |_| {
        state.code.set(None);
        request_animation_frame(|| focus(".take-code"));
    };
    view! {
        <div class="codes">
            <Show when=move || state.code.with(Option::is_none)>
                <p class="hint">{l10n.text("codes-take-hint")}</p>
                <button type="button" class="secondary take-code" on:click=move |_| state.take_code()>
                    {l10n.text("codes-take-button")}
                </button>
            </Show>
            <Show when=move || state.code.with(Option::is_some)>
                <section class="code-panel" tabindex="-1" aria-labelledby="code-heading">
                    <h2 id="code-heading">{l10n.text("codes-your-code")}</h2>
                    // The digits read left to right in every language.
                    <p class="code" dir="ltr">{move || state.code.get().unwrap_or_default()}</p>
                    <p>{l10n.text("codes-write-down")}</p>
                    <p>{l10n.text("codes-secret")}</p>
                    <p>{l10n.text("codes-what-for")}</p>
                    <button type="button" class="primary" on:click=put_away>{l10n.text("codes-done-button")}</button>
                </section>
            </Show>
        </div>
    }
}

/// Nobody is there: the offer to leave what the child wrote as a message. Usable once
/// the child has sent something (the server refuses an empty message).
#[component]
pub fn LeaveOffer(l10n: L10n, state: ChildState) -> impl IntoView {
    let nothing_sent =
        move || state.lines.with(|lines| !lines.iter().any(|line| line.author == Author::Child && line.seq.is_some()));
    view! {
        <div class="leave-offer">
            <h2>{l10n.text("codes-leave-heading")}</h2>
            <p>{l10n.text("codes-leave-body")}</p>
            <button type="button" class="primary leave-message" disabled=nothing_sent on:click=move |_| state.leave_message()>
                {l10n.text("codes-leave-button")}
            </button>
        </div>
    }
}

/// The message is left: a counsellor will answer it, when someone will be there (from
/// the last `queue` frame, which a reloaded page does not have), and how to read the
/// answer. The child may still add to it below.
#[component]
pub fn LeftMessage(l10n: L10n, state: ChildState) -> impl IntoView {
    let when = move || match state.queue.with(|queue| queue.as_ref().and_then(|status| status.next_on_duty_at)) {
        Some(at) => {
            let time = weekday_and_time(&l10n.code(), at);
            l10n.t_with("no-counsellor-next", &[("time", Arg::Text(&time))])
        }
        None => l10n.t("queue-unstaffed-unknown"),
    };
    view! {
        <div class="left-message">
            <h1>{l10n.text("codes-left-heading")}</h1>
            <p>{l10n.text("codes-left-body")}</p>
            <p class="next-on-duty">{when}</p>
            <p>{l10n.text("codes-left-come-back")}</p>
            <p class="hint">{l10n.text("codes-left-add")}</p>
        </div>
    }
}
