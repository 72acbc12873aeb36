//! Chats this staff member handled, within the retention period, and one reopened
//! read-only: the lines as in the chat pane, the notes, the referrals and the
//! wrap-up. Opening one is written to the audit log, and the console says so.

use bridgeline_protocol::catalog::Arg;
use bridgeline_protocol::taxonomy::label_id;
use bridgeline_protocol::{ChatMessage, ConversationId, NoteView, RiskLevel, WrapUp};
use bridgeline_web_core::l10n::L10n;
use leptos::prelude::*;
use serde::Deserialize;

use crate::casework::NoteList;
use crate::chat::{Earlier, StaffLine};
use crate::labels;
use crate::state::{fetch_json, ConsoleState};

/// One row of `GET /api/v1/conversations`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
struct Handled {
    conversation_id: ConversationId,
    language: String,
    risk: RiskLevel,
    queued_at: i64,
    wrapped_up: bool,
}

/// A referral as `GET /api/v1/conversations/{id}` records it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
struct ReferralRecord {
    service_name: String,
    reason: String,
    child_agreed: bool,
    created_at: i64,
}

/// `GET /api/v1/conversations/{id}`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
struct Transcript {
    conversation_id: ConversationId,
    language: String,
    risk: RiskLevel,
    queued_at: i64,
    /// The newest page; older pages are fetched as the reader scrolls up.
    messages: Vec<ChatMessage>,
    #[serde(default)]
    more: bool,
    notes: Vec<NoteView>,
    referrals: Vec<ReferralRecord>,
    wrap_up: Option<WrapUp>,
}

#[component]
pub fn History(l10n: L10n, state: ConsoleState) -> impl IntoView {
    let handled: RwSignal<Option<Vec<Handled>>> = RwSignal::new(None);
    let open: RwSignal<Option<Transcript>> = RwSignal::new(None);
    // Fetched each time the section opens, so that it includes chats just ended.
    let refresh = move || {
        leptos::task::spawn_local(async move {
            handled.set(Some(fetch_json::<Vec<Handled>>("/api/v1/conversations").await.unwrap_or_default()));
        })
    };
    let show = move |conversation_id: ConversationId| {
        leptos::task::spawn_local(async move {
            let transcript = fetch_json::<Transcript>(&format!("/api/v1/conversations/{conversation_id}")).await;
            open.set(transcript);
            request_animation_frame(|| {
                if let Some(heading) = document()
                    .get_element_by_id("transcript-heading")
                    .and_then(|element| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element).ok())
                {
                    let _ = heading.focus();
                }
            });
        })
    };
    view! {
        <details class="history">
            <summary on:click=move |_| refresh()>{l10n.text("staff-history-heading")}</summary>
            <p class="hint">{l10n.text("staff-history-audited")}</p>
            <Show when=move || handled.with(|rows| rows.as_ref().is_some_and(Vec::is_empty))>
                <p class="empty">{l10n.text("staff-history-empty")}</p>
            </Show>
            <ul class="handled">
                {move || handled.get().unwrap_or_default().into_iter().map(|row| {
                    let language = row.language.clone();
                    let conversation_id = row.conversation_id.clone();
                    view! {
                        <li>
                            <span>{move || l10n.t_with("staff-chat-language", &[("language", Arg::Text(&l10n.language_name(&language)))])}</span>
                            <time>{labels::date_time(&l10n.code(), row.queued_at)}</time>
                            <span>{move || format!("{}: {}", l10n.t("staff-risk-label"), l10n.t(labels::risk(row.risk)))}</span>
                            <span>{move || if row.wrapped_up { l10n.t("staff-wrapup-saved") } else { String::new() }}</span>
                            <button type="button" class="secondary open-transcript" on:click=move |_| show(conversation_id.clone())>
                                {l10n.text("staff-history-open")}
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            {move || open.get().map(|transcript| view! {
                <TranscriptView l10n=l10n state=state transcript=transcript close=open/>
            })}
        </details>
    }
}

#[component]
fn TranscriptView(
    l10n: L10n,
    state: ConsoleState,
    transcript: Transcript,
    close: RwSignal<Option<Transcript>>,
) -> impl IntoView {
    let language = transcript.language.clone();
    let heading = move || {
        let language = l10n.t_with("staff-chat-language", &[("language", Arg::Text(&l10n.language_name(&language)))]);
        format!("{language} · {}", labels::date_time(&l10n.code(), transcript.queued_at))
    };
    let risk = transcript.risk;
    let notes = transcript.notes.clone();
    let no_read_marks = Signal::stored(0);
    let messages = RwSignal::new(transcript.messages);
    let more = RwSignal::new(transcript.more);
    let loading = StoredValue::new(false);
    let conversation_id = StoredValue::new(transcript.conversation_id);
    // Each page read is audited on the server, like the first.
    let load_earlier = Callback::new(move |()| {
        let Some(first) = messages.with_untracked(|messages| messages.first().map(|message| message.seq)) else {
            return;
        };
        if !more.get_untracked() || loading.get_value() {
            return;
        }
        loading.set_value(true);
        let url = format!("/api/v1/conversations/{}?before_seq={first}", conversation_id.get_value());
        leptos::task::spawn_local(async move {
            if let Some(page) = fetch_json::<Transcript>(&url).await {
                messages.update(|messages| {
                    let mut earlier = page.messages;
                    earlier.retain(|message| message.seq < first);
                    earlier.append(messages);
                    *messages = earlier;
                });
                more.set(page.more);
            }
            loading.set_value(false);
        });
    });
    view! {
        <article class="transcript" aria-labelledby="transcript-heading">
            <h3 id="transcript-heading" tabindex="-1">{heading}</h3>
            <p class="hint">{l10n.text("staff-history-audited")}</p>
            <p>{move || format!("{}: {}", l10n.t("staff-risk-label"), l10n.t(labels::risk(risk)))}</p>
            <Earlier l10n=l10n shown=more.into() load=load_earlier/>
            // The page scrolls here, not the log: earlier pages come with the button, and
            // the browser keeps the lines read in view as they are put above.
            <ol class="log" tabindex="0" aria-label=l10n.text("staff-chat-log-label")>
                <For each=move || messages.get() key=|message| message.seq let:message>
                    <StaffLine l10n=l10n state=state message=message child_read_seq=no_read_marks/>
                </For>
            </ol>
            <h4>{l10n.text("staff-notes-heading")}</h4>
            <NoteList l10n=l10n notes=Signal::stored(notes)/>
            <Show when={
                let empty = transcript.referrals.is_empty();
                move || !empty
            }>
                <h4>{l10n.text("staff-directory-heading")}</h4>
            </Show>
            <ul class="referrals">
                {transcript.referrals.into_iter().map(|referral| view! {
                    <li>
                        <strong dir="auto">{referral.service_name}</strong>
                        " · " <time>{labels::moment(&l10n.code(), referral.created_at)}</time>
                        <p dir="auto">{format!("{}: ", l10n.t("staff-referral-reason"))}{referral.reason}</p>
                        {referral.child_agreed.then(|| view! { <p>{l10n.text("staff-referral-child-agreed")}</p> })}
                    </li>
                }).collect_view()}
            </ul>
            {transcript.wrap_up.map(|wrap_up| view! { <WrapUpSummary l10n=l10n wrap_up=wrap_up/> })}
            <button type="button" class="secondary" on:click=move |_| close.set(None)>{l10n.text("staff-chat-close")}</button>
        </article>
    }
}

/// A stored wrap-up, read-only.
#[component]
fn WrapUpSummary(l10n: L10n, wrap_up: WrapUp) -> impl IntoView {
    let categories = wrap_up.categories.clone();
    let category_names = move || {
        categories
            .iter()
            .map(|code| match code.split_once('.') {
                Some((category, _)) => format!("{} – {}", l10n.t(&label_id(category)), l10n.t(&label_id(code))),
                None => l10n.t(&label_id(code)),
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    let outcome = wrap_up.outcome;
    view! {
        <h4>{l10n.text("staff-wrapup-heading")}</h4>
        <dl class="wrapup-summary">
            <dt>{l10n.text("staff-wrapup-categories")}</dt>
            <dd>{category_names}</dd>
            <dt>{l10n.text("staff-wrapup-outcome")}</dt>
            <dd>{move || l10n.t(labels::outcome(outcome))}</dd>
        </dl>
        {wrap_up.cross_border.then(|| view! { <p>{l10n.text("staff-wrapup-cross-border")}</p> })}
    }
}
