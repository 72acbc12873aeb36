//! For admins: which ready answers each language still lacks, so that translators
//! know what to do next.

use bridgeline_protocol::CannedCoverage;
use bridgeline_web_core::l10n::L10n;
use leptos::prelude::*;

use crate::state::{fetch_json, ConsoleState};

#[component]
pub fn Coverage(l10n: L10n, state: ConsoleState) -> impl IntoView {
    let coverage: RwSignal<Option<CannedCoverage>> = RwSignal::new(None);
    let load = move || {
        leptos::task::spawn_local(async move { coverage.set(fetch_json("/api/v1/canned/coverage").await) });
    };
    // An answer by its text in the admin's language, else by its id.
    let answer_text = move |key: &str| {
        state
            .canned
            .with(|library| library.iter().find(|answer| answer.key == key).map(|answer| answer.text.clone()))
            .unwrap_or_else(|| key.to_owned())
    };
    view! {
        <details class="coverage">
            <summary on:click=move |_| load()>{l10n.text("staff-canned-coverage-heading")}</summary>
            <ul>
                {move || coverage.get().map(|coverage| coverage.missing.into_iter().map(|(code, missing)| {
                    let name = l10n.language_name(&code);
                    view! {
                        <li>
                            <strong lang=code>{name}</strong>
                            {if missing.is_empty() {
                                view! { <span class="complete">{l10n.text("staff-canned-coverage-complete")}</span> }.into_any()
                            } else {
                                view! {
                                    <span class="count">{format!("{}/{}", missing.len(), coverage.total)}</span>
                                    <ul class="missing-answers">
                                        {missing.iter().map(|key| view! { <li>{answer_text(key)}</li> }).collect_view()}
                                    </ul>
                                }.into_any()
                            }}
                        </li>
                    }
                }).collect_view())}
            </ul>
        </details>
    }
}
