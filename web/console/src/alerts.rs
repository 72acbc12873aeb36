//! For coordinators and admins: imminent-risk alerts, live. Each says who raised it,
//! in which language and since when; one coordinator takes charge, and everyone sees
//! who did.

use bridgeline_protocol::catalog::Arg;
use bridgeline_protocol::{RiskAlert, StaffRequest};
use bridgeline_web_core::browser::new_id;
use bridgeline_web_core::l10n::L10n;
use leptos::prelude::*;

use crate::labels;
use crate::state::ConsoleState;

#[component]
pub fn Alerts(l10n: L10n, state: ConsoleState) -> impl IntoView {
    view! {
        <section class="alerts" aria-labelledby="alerts-heading" class:hidden=move || state.alerts.with(Vec::is_empty)>
            <h2 id="alerts-heading">{l10n.text("staff-alerts-heading")}</h2>
            // The live region wraps the list (an item may not be an alert itself): a new
            // alert is announced at once, interrupting.
            <div aria-live="assertive" aria-relevant="additions">
                <ul>
                    <For each=move || state.alerts.get() key=|alert| (alert.alert_id.clone(), alert.acknowledged_by.clone()) let:alert>
                        <AlertItem l10n=l10n state=state alert=alert/>
                    </For>
                </ul>
            </div>
        </section>
    }
}

#[component]
fn AlertItem(l10n: L10n, state: ConsoleState, alert: RiskAlert) -> impl IntoView {
    let summary = {
        let alert = alert.clone();
        move || {
            let language = l10n.language_name(&alert.language);
            let time = labels::clock(&l10n.code(), alert.raised_at);
            l10n.t_with(
                "staff-alert-summary",
                &[
                    ("counsellor", Arg::Text(&alert.raised_by)),
                    ("language", Arg::Text(&language)),
                    ("time", Arg::Text(&time)),
                ],
            )
        }
    };
    let alert_id = alert.alert_id.clone();
    let taken = alert.acknowledged_by.is_some();
    view! {
        <li class="alert" class:taken=taken>
            <p class="summary">
                <span class="risk-marker risk-imminent">{l10n.text("staff-risk-imminent")}</span>
                " "
                {summary}
            </p>
            {match alert.acknowledged_by {
                Some(name) => view! {
                    <p class="taken-by">{move || l10n.t_with("staff-alert-acknowledged", &[("name", Arg::Text(&name))])}</p>
                }.into_any(),
                None => view! {
                    <button type="button" class="danger-button acknowledge"
                        on:click=move |_| state.send(StaffRequest::AcknowledgeAlert { id: new_id(), alert_id: alert_id.clone() })>
                        {l10n.text("staff-alert-acknowledge")}
                    </button>
                }.into_any(),
            }}
        </li>
    }
}
