//! After the chat, under the rating: three optional questions, each answered with one
//! tap (tapping the chosen answer again takes it back), then "send" or "skip". Nothing
//! leaves the page until the child sends, and skipping sends nothing. The server only
//! counts the answers, by week and language (see `survey` in `docs/protocol.md`).
//!
//! Written as escaped markup with one click handler, like the referral card, rather
//! than as a Leptos view per button: as views this screen cost the child's page 3.7 KB
//! of brotli wasm, as markup 1.8 KB (measured), on a page whose first load has a byte
//! budget. The markup is a section labelled by its heading, a fieldset and legend per
//! question, and real buttons whose `aria-pressed` says which answer is chosen; a tap
//! draws it again and puts focus back on the button tapped.

use bridgeline_protocol::{ChildRequest, SurveyAnswer, SurveyAnswers, SurveyQuestion};
use bridgeline_web_core::browser::new_id;
use bridgeline_web_core::l10n::L10n;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::chat::escape;
use crate::page::focus;
use crate::state::send;

/// The questions in the order asked, with their message ids.
const QUESTIONS: [(SurveyQuestion, &str); 3] = [
    (SurveyQuestion::Listened, "survey-listened"),
    (SurveyQuestion::NextSteps, "survey-next-steps"),
    (SurveyQuestion::ComeBack, "survey-come-back"),
];

/// The answers in the order offered, with their message ids.
const ANSWERS: [(SurveyAnswer, &str); 3] =
    [(SurveyAnswer::Yes, "survey-yes"), (SurveyAnswer::NotSure, "survey-not-sure"), (SurveyAnswer::No, "survey-no")];

/// The survey's state in one number, two bits per question (in [`QUESTIONS`] order): 0
/// for no answer, else 1 + the answer's place in [`ANSWERS`]; then [`CLOSED`] and
/// [`SENT`]. A `u64` because the page already keeps stored values of that type, and one
/// of a new type costs the page's download.
fn chosen(state: u64, question: usize) -> usize {
    ((state >> (2 * question)) & 3) as usize
}

/// The child sent the answers or skipped the survey.
const CLOSED: u64 = 1 << 6;
/// The child sent the answers.
const SENT: u64 = 1 << 7;
/// The bits of the answers.
const ANSWERED: u64 = CLOSED - 1;

fn with_chosen(state: u64, question: usize, choice: usize) -> u64 {
    (state & !(3 << (2 * question))) | ((choice as u64) << (2 * question))
}

/// The answers as the protocol carries them.
fn decoded(state: u64) -> SurveyAnswers {
    let mut decoded = SurveyAnswers::default();
    for (index, (question, _)) in QUESTIONS.iter().enumerate() {
        decoded.set(*question, ANSWERS.get(chosen(state, index).wrapping_sub(1)).map(|(answer, _)| *answer));
    }
    decoded
}

/// The survey in the page's language: the questions with the chosen answers pressed,
/// or once closed, thanks for answers sent (focusable by script, so that a screen
/// reader says it) or nothing.
fn markup(l10n: L10n, state: u64) -> String {
    let text = |id: &str| escape(&l10n.t(id));
    if state & CLOSED != 0 {
        return if state & SENT != 0 {
            format!("<p class=\"thanks\" tabindex=\"-1\">{}</p>", text("survey-thanks"))
        } else {
            String::new()
        };
    }
    let mut html = format!("<h2 id=\"survey-heading\">{}</h2><p>{}</p>", text("survey-heading"), text("survey-note"));
    for (question, (_, label)) in QUESTIONS.iter().enumerate() {
        html += &format!("<fieldset><legend>{}</legend><div class=\"choices\">", text(label));
        for (place, (_, label)) in ANSWERS.iter().enumerate() {
            html += &format!(
                "<button type=\"button\" class=\"choice\" data-q=\"{question}\" data-a=\"{}\" aria-pressed=\"{}\">{}</button>",
                place + 1,
                chosen(state, question) == place + 1,
                text(label)
            );
        }
        html += "</div></fieldset>";
    }
    html + &format!(
        "<div class=\"choices\"><button type=\"button\" class=\"primary\" data-send=\"\">{}</button>\
         <button type=\"button\" class=\"secondary\">{}</button></div>",
        text("survey-send"),
        text("survey-skip")
    )
}

/// The survey's section, for the end of the chat.
pub fn survey(l10n: L10n) -> impl IntoView {
    let state = StoredValue::new(0_u64);
    let on_click = move |event: leptos::ev::MouseEvent| {
        let closest = |selector: &str| {
            event
                .target()
                .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
                .and_then(|target| target.closest(selector).ok().flatten())
        };
        let (Some(survey), Some(button)) = (closest(".survey"), closest("button")) else { return };
        let digit = |name: &str| {
            button
                .get_attribute(name)
                .and_then(|value| value.bytes().next())
                .map(|digit| usize::from(digit.wrapping_sub(b'0')))
        };
        let now = state.get_value();
        let question = digit("data-q").filter(|question| *question < QUESTIONS.len());
        let (next, focused) = if let (Some(question), Some(tapped)) = (question, digit("data-a")) {
            // One tap chooses; the same tap again takes it back. Drawn again, with focus
            // kept on the button tapped.
            let choice = if chosen(now, question) == tapped { 0 } else { tapped };
            (with_chosen(now, question, choice), format!(".survey [data-q=\"{question}\"][data-a=\"{tapped}\"]"))
        } else if button.get_attribute("data-send").is_some() && now & ANSWERED != 0 {
            if !send(&ChildRequest::Survey { id: new_id(), answers: decoded(now) }) {
                return; // Not connected: the child can tap again.
            }
            (now | CLOSED | SENT, ".survey .thanks".to_owned())
        } else {
            // Skipped (or sent with nothing chosen): nothing leaves the page.
            (now | CLOSED, ".ended > .primary".to_owned())
        };
        state.set_value(next);
        survey.set_inner_html(&markup(l10n, next));
        focus(&focused);
    };
    view! {
        <section class="survey" aria-labelledby="survey-heading" on:click=on_click
            inner_html=move || markup(l10n, state.get_value())></section>
    }
}
