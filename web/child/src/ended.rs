//! After the chat: what was said stays readable until the child leaves, a one-tap
//! rating, the optional survey, and a way to start again.

use bridgeline_protocol::Rating;
use bridgeline_web_core::l10n::L10n;
use leptos::prelude::*;

use crate::chat::Log;
use crate::codes::codes;
use crate::page::DangerNote;
use crate::state::ChildState;
use crate::survey::survey;

const RATINGS: [(Rating, &str); 3] = [
    (Rating::Helped, "rating-helped"),
    (Rating::Somewhat, "rating-somewhat"),
    (Rating::NotHelped, "rating-not-helped"),
];

#[component]
pub fn Ended(l10n: L10n, state: ChildState) -> impl IntoView {
    view! {
        <section class="ended">
            <Log l10n=l10n state=state/>
            <h1 tabindex="-1">{l10n.text("ended-heading")}</h1>
            <p>{l10n.text("ended-body")}</p>
            {codes(l10n, state)}
            <div class="rating" role="group" aria-labelledby="rating-question">
                <h2 id="rating-question">{l10n.text("rating-question")}</h2>
                <div class="choices">
                    {RATINGS
                        .into_iter()
                        .map(|(rating, id)| view! {
                            <button type="button" class="choice" aria-pressed=move || (state.rating.get() == Some(rating)).to_string()
                                on:click=move |_| state.rate(rating)>
                                {move || l10n.t(id)}
                            </button>
                        })
                        .collect_view()}
                </div>
                <p class="thanks" aria-live="polite">
                    {move || if state.rating.get().is_some() { l10n.t("rating-thanks") } else { String::new() }}
                </p>
            </div>
            {survey(l10n)}
            <button type="button" class="primary" on:click=move |_| state.forget_conversation()>
                {l10n.text("ended-new-chat-button")}
            </button>
            <DangerNote l10n=l10n/>
        </section>
    }
}
