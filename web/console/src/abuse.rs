//! Abusive contacts. For whoever holds a chat: ending it as abusive, with a reason
//! (the child reads only that the chat ended). For coordinators and admins: the
//! reports waiting for a decision (confirm with a duration, or reject) and the
//! browsers paused now (lift). The server sends the whole list as `blocks` after each
//! change; no address or hash ever reaches the console.

use bridgeline_protocol::blocks::AbuseReport;
use bridgeline_protocol::catalog::Arg;
use bridgeline_protocol::{validate_text, ConversationId, StaffRequest};
use bridgeline_web_core::browser::new_id;
use bridgeline_web_core::l10n::L10n;
use leptos::prelude::*;

use crate::labels;
use crate::state::ConsoleState;

/// The durations a coordinator chooses from, in seconds, with their labels.
const DURATIONS: [(u64, &str); 4] = [
    (3_600, "staff-blocks-duration-hour"),
    (86_400, "staff-blocks-duration-day"),
    (3 * 86_400, "staff-blocks-duration-3-days"),
    (7 * 86_400, "staff-blocks-duration-week"),
];

/// Beside a live chat's end button: end it as abusive, saying why.
#[component]
pub fn EndAsAbusive(l10n: L10n, state: ConsoleState, conversation_id: ConversationId) -> impl IntoView {
    let id = StoredValue::new(conversation_id);
    let reason = RwSignal::new(String::new());
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let text = reason.get_untracked();
        if validate_text(&text).is_ok() {
            state.send_confirmed(
                "staff-abuse-reported",
                StaffRequest::EndAsAbusive { id: new_id(), conversation_id: id.get_value(), reason: text },
            );
        }
    };
    view! {
        <details class="end-abusive">
            <summary>{l10n.text("staff-abuse-heading")}</summary>
            <form on:submit=on_submit>
                <p class="hint">{l10n.text("staff-abuse-hint")}</p>
                <label for="abuse-reason">{l10n.text("staff-abuse-reason-label")}</label>
                <textarea id="abuse-reason" rows="2" dir="auto" required prop:value=move || reason.get()
                    on:input=move |event| reason.set(event_target_value(&event))></textarea>
                <button type="submit" class="danger-button end-abusive-button">{l10n.text("staff-abuse-button")}</button>
            </form>
        </details>
    }
}

/// On the board: today's count, the reports to decide, the browsers paused now.
#[component]
pub fn AbuseReports(l10n: L10n, state: ConsoleState) -> impl IntoView {
    let today = move || state.board.with(|board| board.as_ref().map_or(0, |board| board.abusive_contacts_today));
    let pending = move || state.blocks.with(|blocks| blocks.pending.clone());
    let active = move || state.blocks.with(|blocks| blocks.active.clone());
    view! {
        <section class="abuse-reports" aria-labelledby="abuse-reports-heading">
            <h2 id="abuse-reports-heading">{l10n.text("staff-blocks-heading")}</h2>
            <p class="abusive-today">{move || l10n.t_with("staff-blocks-today", &[("count", Arg::from(today()))])}</p>
            <h3>{l10n.text("staff-blocks-pending-heading")}</h3>
            <Show when=move || state.blocks.with(|blocks| blocks.pending.is_empty())>
                <p class="empty">{l10n.text("staff-blocks-none")}</p>
            </Show>
            <ul class="pending-reports">
                <For each=pending key=|report| report.report_id.clone() let:report>
                    <PendingReport l10n=l10n state=state report=report/>
                </For>
            </ul>
            <h3>{l10n.text("staff-blocks-active-heading")}</h3>
            <Show when=move || state.blocks.with(|blocks| blocks.active.is_empty())>
                <p class="empty">{l10n.text("staff-blocks-none")}</p>
            </Show>
            <ul class="active-blocks">
                <For each=active key=|report| (report.report_id.clone(), report.until) let:report>
                    <ActiveBlock l10n=l10n state=state report=report/>
                </For>
            </ul>
        </section>
    }
}

/// Who reported which chat when, why, and what would recognise the browser.
fn report_facts(l10n: L10n, report: &AbuseReport) -> impl IntoView {
    let language = l10n.language_name(&report.language);
    let when = labels::moment(&l10n.code(), report.reported_at);
    let reported = l10n.t_with(
        "staff-blocks-reported",
        &[("language", Arg::Text(&language)), ("name", Arg::Text(&report.reported_by)), ("time", Arg::Text(&when))],
    );
    let matches = match (report.by_token, report.by_address) {
        (true, true) => "staff-blocks-match-both",
        (true, false) => "staff-blocks-match-token",
        (false, true) => "staff-blocks-match-address",
        (false, false) => "staff-blocks-match-none",
    };
    view! {
        <p class="report-summary">{reported}</p>
        <p class="report-reason" dir="auto">{report.reason.clone()}</p>
        <p class="report-matches">{l10n.t(matches)}</p>
    }
}

#[component]
fn PendingReport(l10n: L10n, state: ConsoleState, report: AbuseReport) -> impl IntoView {
    let report_id = StoredValue::new(report.report_id.clone());
    let seconds = RwSignal::new(DURATIONS[1].0);
    let lapses =
        l10n.t_with("staff-blocks-decide-by", &[("time", Arg::Text(&labels::moment(&l10n.code(), report.until)))]);
    let confirm = move |_| {
        state.send_confirmed(
            "staff-blocks-confirmed",
            StaffRequest::ConfirmReport {
                id: new_id(),
                report_id: report_id.get_value(),
                duration_seconds: Some(seconds.get_untracked()),
            },
        )
    };
    let reject = move |_| {
        state.send_confirmed(
            "staff-blocks-rejected",
            StaffRequest::RejectReport { id: new_id(), report_id: report_id.get_value() },
        )
    };
    view! {
        <li class="abuse-report" data-report=report.report_id.clone()>
            {report_facts(l10n, &report)}
            <p class="report-lapses">{lapses}</p>
            <label>
                <span class="label">{l10n.text("staff-blocks-duration")}</span>
                <select class="block-duration" on:change=move |event| {
                    if let Ok(chosen) = event_target_value(&event).parse() {
                        seconds.set(chosen);
                    }
                }>
                    {DURATIONS.into_iter().map(|(value, label)| view! {
                        <option value=value.to_string() selected=move || seconds.get() == value>{move || l10n.t(label)}</option>
                    }).collect_view()}
                </select>
            </label>
            <button type="button" class="danger-button confirm-report" on:click=confirm>{l10n.text("staff-blocks-confirm")}</button>
            <button type="button" class="secondary reject-report" on:click=reject>{l10n.text("staff-blocks-reject")}</button>
        </li>
    }
}

#[component]
fn ActiveBlock(l10n: L10n, state: ConsoleState, report: AbuseReport) -> impl IntoView {
    let report_id = StoredValue::new(report.report_id.clone());
    let until = l10n.t_with(
        "staff-blocks-until",
        &[
            ("time", Arg::Text(&labels::date_time(&l10n.code(), report.until))),
            ("name", Arg::Text(report.confirmed_by.as_deref().unwrap_or_default())),
        ],
    );
    let lift = move |_| {
        state.send_confirmed(
            "staff-blocks-lifted",
            StaffRequest::LiftBlock { id: new_id(), report_id: report_id.get_value() },
        )
    };
    view! {
        <li class="active-block" data-report=report.report_id.clone()>
            {report_facts(l10n, &report)}
            <p class="block-until">{until}</p>
            <button type="button" class="secondary lift-block" on:click=lift>{l10n.text("staff-blocks-lift")}</button>
        </li>
    }
}
