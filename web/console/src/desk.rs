//! The console's frame: sign-in (in `sign_in.rs`), the top bar (name and role, status, sound, sign
//! out), what needs attention now (connection, wrap-ups owed, refused requests,
//! confirmations), offers and messages left beside the chats, and the tabs of open chats.

use bridgeline_protocol::catalog::Arg;
use bridgeline_protocol::{ConversationId, Intake, Offer, RiskLevel, StaffRequest, StaffRole, StaffStatus};
use bridgeline_web_core::browser::{new_id, request};
use bridgeline_web_core::l10n::L10n;
use bridgeline_web_core::socket;
use leptos::prelude::*;

use crate::admin::AdminView;
use crate::alerts::Alerts;
use crate::board::Board;
use crate::casework::Casework;
use crate::chat::ChatPane;
use crate::handover_inbox::{self, HandoverInbox};
use crate::history::History;
use crate::labels;
use crate::left_messages::{self, LeftMessages};
use crate::reports::Reports;
use crate::sign_in::SignIn;
use crate::sound::{chime, local_set, ALERT_NOTES, OFFER_NOTES, SOUND_KEY};
use crate::state::{ConsoleState, View};

#[component]
pub fn Console(l10n: L10n) -> impl IntoView {
    let state = ConsoleState::new();
    leptos::task::spawn_local(async move {
        let signed_in = request("GET", "/api/v1/session", None).await.is_some_and(|response| response.ok());
        state.signed_in.set(Some(signed_in));
        if signed_in {
            state.connect(l10n.code());
        }
    });
    view! {
        <div class="page staff-page">
            {move || match state.signed_in.get() {
                None => view! { <p class="loading">{l10n.text("staff-page-loading")}</p> }.into_any(),
                Some(false) => view! { <SignIn l10n=l10n state=state/> }.into_any(),
                Some(true) => view! { <Desk l10n=l10n state=state/> }.into_any(),
            }}
        </div>
    }
}

/// What the main area shows: a counsellor's desk, or one of a coordinator's or
/// admin's views. A memo, so that a repeated `ready` (after a reconnect) rebuilds
/// nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shown {
    Desk,
    Board,
    Reports,
    Admin,
    LeftMessages,
    Handovers,
}

#[component]
fn Desk(l10n: L10n, state: ConsoleState) -> impl IntoView {
    let _ = window_event_listener(leptos::ev::keydown, move |event| state.shortcut(&event));
    let supervises = Memo::new(move |_| !state.takes_offers());
    let shown = Memo::new(move |_| match (supervises.get(), state.view.get(), state.role.get()) {
        (false, _, _) | (true, View::Chats, _) => Shown::Desk,
        (true, View::Board, _) => Shown::Board,
        (true, View::Reports, _) => Shown::Reports,
        (true, View::Admin, StaffRole::Admin) => Shown::Admin,
        (true, View::Admin, _) => Shown::Board,
        (true, View::LeftMessages, _) => Shown::LeftMessages,
        (true, View::Handovers, _) => Shown::Handovers,
    });
    view! {
        <TopBar l10n=l10n state=state/>
        <Show when=move || supervises.get()>
            <ViewSwitch l10n=l10n state=state/>
        </Show>
        // Everything below the bars is in the main landmark, the page's one heading
        // first (read, not shown: the bar says who is signed in).
        <main class="content desk" class:no-offers=move || supervises.get() class:wide=move || shown.get() != Shown::Desk>
            <h1 class="visually-hidden">{l10n.text("staff-page-title")}</h1>
            <Show when=move || !supervises.get()>
                <p class="shortcuts">{l10n.text("staff-shortcuts-help")}</p>
            </Show>
            <Attention l10n=l10n state=state/>
            // Imminent-risk alerts stay in sight whatever the view.
            <Show when=move || supervises.get()>
                <Alerts l10n=l10n state=state/>
            </Show>
            {move || match shown.get() {
                Shown::Desk => view! { <ChatDesk l10n=l10n state=state/> }.into_any(),
                Shown::Board => view! { <Board l10n=l10n state=state/> }.into_any(),
                Shown::Reports => view! { <Reports l10n=l10n/> }.into_any(),
                Shown::Admin => view! { <AdminView l10n=l10n state=state/> }.into_any(),
                Shown::LeftMessages => view! { <LeftMessages l10n=l10n state=state/> }.into_any(),
                Shown::Handovers => view! { <HandoverInbox l10n=l10n state=state/> }.into_any(),
            }}
        </main>
    }
}

/// For coordinators and admins: the board, their own chats, history, and (admins)
/// accounts and settings.
#[component]
fn ViewSwitch(l10n: L10n, state: ConsoleState) -> impl IntoView {
    let held = move || state.chats.with(Vec::len);
    let unread = move || state.chats.with(|chats| chats.iter().map(|chat| chat.unread).sum::<usize>());
    let left_waiting = move || left_messages::count(state);
    let handovers_waiting = move || handover_inbox::count(state);
    let button = move |view: View, class: &'static str, label| {
        view! {
            <button type="button" class=format!("view-button {class}") aria-pressed=move || (state.view.get() == view).to_string()
                on:click=move |_| state.view.set(view)>
                {label}
                {move || (view == View::Chats && held() > 0).then(|| view! {
                    <span class="count">{held()}</span>
                    {(unread() > 0).then(|| view! { <span class="badge">{unread()}</span> })}
                })}
                {move || (view == View::LeftMessages && left_waiting() > 0).then(|| view! {
                    <span class="count">{left_waiting()}</span>
                })}
                {move || (view == View::Handovers && handovers_waiting() > 0).then(|| view! {
                    <span class="count">{handovers_waiting()}</span>
                })}
            </button>
        }
    };
    view! {
        <nav class="views" aria-label=l10n.text("staff-views-label")>
            {button(View::Board, "view-board", l10n.text("staff-view-board"))}
            {button(View::Chats, "view-chats", l10n.text("staff-view-chats"))}
            {button(View::LeftMessages, "view-left-messages", l10n.text("staff-view-left-messages"))}
            <Show when=move || handover_inbox::shown(state)>
                {button(View::Handovers, "view-handovers", l10n.text("staff-view-handovers"))}
            </Show>
            {button(View::Reports, "view-reports", l10n.text("staff-view-reports"))}
            <Show when=move || state.role.get() == StaffRole::Admin>
                {button(View::Admin, "view-admin", l10n.text("staff-view-admin"))}
            </Show>
        </nav>
    }
}

/// Offers, messages left and handovers from partners (counsellors only: coordinators and admins have a view of
/// those), the chats held, and those handled earlier.
#[component]
fn ChatDesk(l10n: L10n, state: ConsoleState) -> impl IntoView {
    view! {
            <Show when=move || state.takes_offers()>
                <div class="desk-side">
                    <Offers l10n=l10n state=state/>
                    <LeftMessages l10n=l10n state=state/>
                    <Show when=move || handover_inbox::shown(state)>
                        <HandoverInbox l10n=l10n state=state/>
                    </Show>
                </div>
            </Show>
            <section class="chats" aria-labelledby="chats-heading">
                <h2 id="chats-heading">{l10n.text("staff-chats-heading")}</h2>
                <Show when=move || state.chats.with(Vec::is_empty)>
                    <p class="empty">{l10n.text("staff-no-chats")}</p>
                </Show>
                <div class="tabs" role="tablist">
                    <For each=move || state.chats.with(|chats| chats.iter().map(|chat| chat.conversation_id.clone()).collect::<Vec<_>>())
                        key=|conversation_id| conversation_id.clone() let:conversation_id>
                        <ChatTab l10n=l10n state=state conversation_id=conversation_id/>
                    </For>
                </div>
                {move || state.selected.get().map(|conversation_id| view! {
                    <div class="chat-area">
                        <ChatPane l10n=l10n state=state conversation_id=conversation_id.clone()/>
                        <Casework l10n=l10n state=state conversation_id=conversation_id/>
                    </div>
                })}
            </section>
            <History l10n=l10n state=state/>
    }
}

#[component]
fn TopBar(l10n: L10n, state: ConsoleState) -> impl IntoView {
    let set_status = move |status: StaffStatus| state.send(StaffRequest::SetStatus { id: new_id(), status });
    let sign_out = move |_| {
        socket::stop();
        leptos::task::spawn_local(async move {
            let _ = request("DELETE", "/api/v1/session", None).await;
            state.signed_in.set(Some(false));
        });
    };
    let status_button = move |status: StaffStatus, id: &'static str| {
        view! {
            <button type="button" class="status-button" aria-pressed=move || (state.status.get() == status).to_string()
                on:click=move |_| set_status(status)>
                {move || l10n.t(id)}
            </button>
        }
    };
    view! {
        <header class="topbar staff-bar">
            <p class="who">
                <strong>{move || state.display_name.get()}</strong>
                " · "
                <span class="role">{move || l10n.t(labels::role(state.role.get()))}</span>
            </p>
            // Coordinators and admins take no children from the queue: no status to set.
            <Show when=move || state.takes_offers()>
                <div class="statuses" role="group" aria-label=l10n.text("staff-status-label")>
                    {status_button(StaffStatus::Available, "staff-status-available")}
                    {status_button(StaffStatus::Busy, "staff-status-busy")}
                    {status_button(StaffStatus::Away, "staff-status-away")}
                </div>
            </Show>
            <label class="sound">
                <input type="checkbox" prop:checked=move || state.sound.get() on:change=move |event| {
                    let on = event_target_checked(&event);
                    state.sound.set(on);
                    local_set(SOUND_KEY, if on { "on" } else { "off" });
                    if on {
                        chime(if state.role.get_untracked() == StaffRole::Counsellor { OFFER_NOTES } else { ALERT_NOTES });
                    }
                }/>
                // Counsellors hear offers; coordinators and admins hear alerts.
                {move || if state.takes_offers() { l10n.t("staff-offer-sound") } else { l10n.t("staff-alert-sound") }}
            </label>
            <button type="button" class="secondary" on:click=sign_out>{l10n.text("staff-logout-button")}</button>
        </header>
    }
}

/// What needs the staff member's eyes now, above everything else.
#[component]
fn Attention(l10n: L10n, state: ConsoleState) -> impl IntoView {
    let owes_wrap_up =
        move || state.wrap_up_required.get() && state.chats.with(|chats| chats.iter().any(|chat| chat.owes_wrap_up()));
    view! {
        <p class="connection" role="status" class:hidden=move || state.online.get()>
            {move || if state.online.get() { String::new() } else { l10n.t("staff-connection-lost") }}
        </p>
        <p class="wrapup-required" role="status" class:hidden=move || !owes_wrap_up()>
            {move || if owes_wrap_up() { l10n.t("staff-wrapup-required") } else { String::new() }}
        </p>
        <div class="error-banner" role="alert" class:hidden=move || state.error.with(Option::is_none)>
            {move || state.error.get().map(|reply| view! {
                <p>{labels::error(l10n, &reply)}</p>
                <button type="button" class="secondary" on:click=move |_| state.error.set(None)>
                    {l10n.text("staff-chat-close")}
                </button>
            })}
        </div>
        <p class="notice" role="status" class:hidden=move || state.notice.with(Option::is_none)>
            {move || state.notice.get().map(|id| l10n.t(id))}
        </p>
    }
}

#[component]
fn Offers(l10n: L10n, state: ConsoleState) -> impl IntoView {
    view! {
        <section class="offers" aria-labelledby="offers-heading">
            <h2 id="offers-heading">{l10n.text("staff-offers-heading")}</h2>
            <Show when=move || state.offers.with(Vec::is_empty)>
                <p class="empty">{l10n.text("staff-no-offers")}</p>
            </Show>
            // The live region wraps the list (an item may not be an alert itself): a new
            // offer is announced at once, interrupting, as an alert was.
            <div class="offer-list" aria-live="assertive" aria-relevant="additions">
                <ul>
                    <For each=move || state.offers.get() key=|offer| offer.conversation_id.clone() let:offer>
                        <OfferCard l10n=l10n state=state offer=offer/>
                    </For>
                </ul>
            </div>
        </section>
    }
}

#[component]
fn OfferCard(l10n: L10n, state: ConsoleState, offer: Offer) -> impl IntoView {
    let conversation_id = offer.conversation_id.clone();
    let declined = conversation_id.clone();
    let summary = move || {
        let language = l10n.language_name(&offer.language);
        l10n.t_with(
            "staff-offer-summary",
            &[
                ("language", Arg::Text(&language)),
                ("seconds", Arg::Number(i64::try_from(offer.waited_seconds).unwrap_or(i64::MAX))),
            ],
        )
    };
    let intake = offer.intake.clone();
    let details = move || intake_lines(l10n, &intake).into_iter().map(|line| view! { <li>{line}</li> }).collect_view();
    view! {
        <li class="offer">
            <p>{summary}</p>
            <ul class="offer-details">{details}</ul>
            <button type="button" class="primary accept"
                on:click=move |_| state.send(StaffRequest::Accept { id: new_id(), conversation_id: conversation_id.clone() })>
                {l10n.text("staff-offer-accept")}
            </button>
            <button type="button" class="secondary decline"
                on:click=move |_| state.send(StaffRequest::Decline { id: new_id(), conversation_id: declined.clone() })>
                {l10n.text("staff-offer-decline")}
            </button>
        </li>
    }
}

/// What the child said before the chat (topics, age band, country), one line each, as
/// offers and left messages show it.
pub fn intake_lines(l10n: L10n, intake: &Intake) -> Vec<String> {
    let mut lines = Vec::new();
    if !intake.topics.is_empty() {
        let topics: Vec<String> =
            intake.topics.iter().map(|topic| l10n.t(&format!("staff-topic-{}", topic.as_str()))).collect();
        lines.push(l10n.t_with("staff-offer-topics", &[("topics", Arg::Text(&topics.join(", ")))]));
    }
    if let Some(band) = intake.age_band {
        let age = l10n.t(&format!("staff-age-{}", band.as_str().replace('_', "-")));
        lines.push(l10n.t_with("staff-offer-age", &[("age", Arg::Text(&age))]));
    }
    if let Some(code) = &intake.country {
        let country = bridgeline_web_core::intl::country_name(&l10n.code(), code);
        lines.push(l10n.t_with("staff-offer-country", &[("country", Arg::Text(&country))]));
    }
    lines
}

/// A chat's tab: its language, its risk when high (a marker and the word, not colour
/// alone), whether it has ended, and how many of the child's messages are unread.
#[component]
fn ChatTab(l10n: L10n, state: ConsoleState, conversation_id: ConversationId) -> impl IntoView {
    let id = StoredValue::new(conversation_id);
    let is_selected = move || id.with_value(|id| state.selected.get().as_ref() == Some(id));
    let language = move || id.with_value(|id| state.with_chat(id, |chat| chat.language.clone()));
    let unread = move || id.with_value(|id| state.with_chat(id, |chat| chat.unread));
    let risk = move || id.with_value(|id| state.with_chat(id, |chat| chat.risk));
    let ended = move || id.with_value(|id| state.with_chat(id, |chat| chat.ended));
    let owes_wrap_up = move || id.with_value(|id| state.with_chat(id, |chat| chat.owes_wrap_up()));
    view! {
        <button type="button" role="tab" class="tab" aria-selected=move || is_selected().to_string()
            class:ended=ended
            on:click=move |_| state.select(id.get_value())>
            {move || l10n.t_with("staff-chat-language", &[("language", Arg::Text(&l10n.language_name(&language())))])}
            {move || (risk() >= RiskLevel::High).then(|| view! {
                <span class=format!("risk-marker risk-{}", risk().as_str())>{l10n.t(labels::risk(risk()))}</span>
            })}
            {move || owes_wrap_up().then(|| view! { <span class="tab-state">{l10n.t("staff-wrapup-heading")}</span> })}
            {move || (unread() > 0).then(|| view! { <span class="badge">{unread()}</span> })}
        </button>
    }
}
