//! After the chat, under the rating: three optional questions, each answered with one
//! tap (tapping the chosen answer again takes it back), then "send" or "skip". Nothing
//! leaves the page until the child sends, and skipping sends nothing. The server only
//! counts the answers, by week and language (see `survey` in `docs/protocol.md`).

use bridgeline_protocol::{ChildRequest, SurveyAnswer, SurveyAnswers, SurveyQuestion};
use bridgeline_web_core::browser::new_id;
use bridgeline_web_core::l10n::L10n;
use leptos::prelude::*;

use crate::page::focus;
use crate::state::send;

const QUESTIONS: [(SurveyQuestion, &str); 3] = [
    (SurveyQuestion::Listened, "survey-listened"),
    (SurveyQuestion::NextSteps, "survey-next-steps"),
    (SurveyQuestion::ComeBack, "survey-come-back"),
];

const ANSWERS: [(SurveyAnswer, &str); 3] =
    [(SurveyAnswer::Yes, "survey-yes"), (SurveyAnswer::NotSure, "survey-not-sure"), (SurveyAnswer::No, "survey-no")];

#[component]
pub fn Survey(l10n: L10n) -> impl IntoView {
    let answers = RwSignal::new(SurveyAnswers::default());
    // Sent or skipped: the questions go, and so does the button that had focus.
    let closed = RwSignal::new(false);
    let sent = RwSignal::new(false);
    let close = move || {
        closed.set(true);
        request_animation_frame(|| focus(".ended > .primary"));
    };
    let submit = move |_| {
        let answers = answers.get_untracked();
        // Nothing chosen: the same as skipping.
        if answers.is_empty() || send(&ChildRequest::Survey { id: new_id(), answers }) {
            sent.set(!answers.is_empty());
            close();
        }
    };
    view! {
        <section class="survey" aria-labelledby="survey-heading" class:hidden=move || closed.get()>
            <h2 id="survey-heading">{l10n.text("survey-heading")}</h2>
            <p>{l10n.text("survey-note")}</p>
            {QUESTIONS
                .into_iter()
                .map(|(question, label)| view! {
                    <fieldset>
                        <legend>{l10n.text(label)}</legend>
                        <div class="choices">
                            {ANSWERS
                                .into_iter()
                                .map(|(answer, text)| {
                                    let chosen = move || answers.with(|answers| answers.get(question) == Some(answer));
                                    let tap = move |_| answers.update(|answers| {
                                        let again = answers.get(question) == Some(answer);
                                        answers.set(question, (!again).then_some(answer));
                                    });
                                    view! {
                                        <button type="button" class="choice" aria-pressed=move || chosen().to_string() on:click=tap>
                                            {l10n.text(text)}
                                        </button>
                                    }
                                })
                                .collect_view()}
                        </div>
                    </fieldset>
                })
                .collect_view()}
            <div class="choices">
                <button type="button" class="primary" on:click=submit>{l10n.text("survey-send")}</button>
                <button type="button" class="secondary" on:click=move |_| close()>{l10n.text("survey-skip")}</button>
            </div>
        </section>
        <p class="thanks" aria-live="polite">{move || if sent.get() { l10n.t("survey-thanks") } else { String::new() }}</p>
    }
}
