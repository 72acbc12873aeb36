//! Handovers partner helplines sent to this one (see `docs/protocol.md`, "Handovers
//! to partner helplines"): the list of those waiting for an answer, shown to whoever
//! may answer them (coordinators and admins, and counsellors who read the language),
//! oldest first and kept live by `incoming_handover` and `incoming_handover_gone`;
//! accepting or declining one (with a reason the partner reads); and, beside a chat
//! that came with a handover, what the partner sent, read-only, so that the child
//! does not have to tell their story again.
//!
//! Also the socket glue of every handover frame that needs more than folding into
//! [`Handovers`](bridgeline_protocol::handover_view::Handovers): the answers to
//! requests, and an answer someone else gave first.

use std::time::Duration;

use bridgeline_protocol::catalog::Arg;
use bridgeline_protocol::handover_view::Pending;
use bridgeline_protocol::handovers::{
    validate_reason, HandoverConsent, HandoverSummary, IncomingHandover, PartnerView, TranscriptLine,
};
use bridgeline_protocol::left_messages::seconds_since;
use bridgeline_protocol::taxonomy;
use bridgeline_protocol::{Author, ErrorCode, ErrorReply, StaffRequest, UnixMillis};
use bridgeline_web_core::browser::new_id;
use bridgeline_web_core::intl::country_name;
use bridgeline_web_core::l10n::L10n;
use leptos::prelude::*;

use crate::labels;
use crate::left_messages::{now, waited_text};
use crate::sound::{chime, OFFER_NOTES};
use crate::state::ConsoleState;

/// How often the ages shown are brought up to date: they read in minutes.
const AGES_EVERY: Duration = Duration::from_secs(30);

/// `ready`: the partners and the whole incoming list, replacing what this page had.
pub fn on_ready(state: ConsoleState, partners: Vec<PartnerView>, incoming: Vec<IncomingHandover>) {
    state.handovers.update(|handovers| handovers.on_ready(partners, incoming));
}

/// `incoming_handover`: one more waits. A child still in the chat waits for whoever
/// accepts, so it chimes as an offer does (when sound is on).
pub fn on_incoming(state: ConsoleState, handover: IncomingHandover) {
    let warm = handover.child_in_chat;
    let new = state.handovers.with_untracked(|handovers| {
        !handovers.incoming().iter().any(|known| known.handover_id == handover.handover_id)
    });
    state.handovers.update(|handovers| handovers.on_incoming(handover));
    if warm && new && state.sound.get_untracked() {
        chime(OFFER_NOTES);
    }
}

/// `ack`: a handover request carried out; its button is free again. (Checked before
/// anything changes: most acks answer messages, and the lists need not redraw.)
pub fn settled(state: ConsoleState, request_id: &str) {
    if state.handovers.with_untracked(|handovers| handovers.is_request(request_id)) {
        state.handovers.update(|handovers| {
            handovers.request_settled(request_id);
        });
    }
}

/// On a refusal: whether it answered a handover request. An answer someone else gave
/// first is said here, and the handover leaves the list; every other refusal of a
/// handover request is shown as any refusal (`false`), its button free again.
pub fn refused(state: ConsoleState, reply: &ErrorReply) -> bool {
    let Some(id) = &reply.id else { return false };
    if !state.handovers.with_untracked(|handovers| handovers.is_request(id)) {
        return false;
    }
    let pending = state.handovers.try_update(|handovers| handovers.request_settled(id)).flatten();
    match (pending, reply.code) {
        (Some(Pending::Answer(handover_id)), ErrorCode::HandoverGone) => {
            state.handovers.update(|handovers| {
                handovers.on_incoming_gone(&handover_id);
            });
            state.show_notice("staff-handover-answered-elsewhere");
            true
        }
        _ => false,
    }
}

/// How many handovers wait (for the count beside a heading or a view's name).
pub fn count(state: ConsoleState) -> usize {
    state.handovers.with(|handovers| handovers.incoming().len())
}

/// Whether this helpline hands over at all (partners configured) or something came:
/// the list is not shown to helplines that have no partners.
pub fn shown(state: ConsoleState) -> bool {
    state.handovers.with(|handovers| !handovers.partners.is_empty() || !handovers.incoming().is_empty())
}

/// The list of handovers waiting for an answer, oldest first; an empty list says so.
#[component]
pub fn HandoverInbox(l10n: L10n, state: ConsoleState) -> impl IntoView {
    let now = RwSignal::new(now());
    if let Ok(handle) = set_interval_with_handle(move || now.set(self::now()), AGES_EVERY) {
        on_cleanup(move || handle.clear());
    }
    let ids = Memo::new(move |_| {
        state.handovers.with(|handovers| {
            handovers.incoming().iter().map(|handover| handover.handover_id.clone()).collect::<Vec<_>>()
        })
    });
    view! {
        <section class="handover-inbox" aria-labelledby="handover-inbox-heading">
            <h2 id="handover-inbox-heading">
                {l10n.text("staff-handovers-in-heading")}
                {move || (count(state) > 0).then(|| view! { " " <span class="count">{count(state)}</span> })}
            </h2>
            <Show when=move || count(state) == 0
                fallback=move || view! { <p class="hint">{l10n.text("staff-handovers-in-hint")}</p> }>
                <p class="empty">{l10n.text("staff-handovers-in-none")}</p>
            </Show>
            <ul>
                <For each=move || ids.get() key=|id| id.clone() let:handover_id>
                    <IncomingCard l10n=l10n state=state handover_id=handover_id now=now/>
                </For>
            </ul>
        </section>
    }
}

/// One handover that waits: who sent it, when, how the child agreed, the summary,
/// the chat if it came, and the answer.
#[component]
fn IncomingCard(l10n: L10n, state: ConsoleState, handover_id: String, now: RwSignal<UnixMillis>) -> impl IntoView {
    let id = StoredValue::new(handover_id.clone());
    let handover = Memo::new(move |_| {
        id.with_value(|id| {
            state
                .handovers
                .with(|handovers| handovers.incoming().iter().find(|known| known.handover_id == *id).cloned())
        })
    });
    let answering = move || {
        id.with_value(|id| state.handovers.with(|handovers| handovers.is_pending(&Pending::Answer(id.clone()))))
    };
    let declining = RwSignal::new(false);
    let reason = RwSignal::new(String::new());
    let reason_missing = RwSignal::new(false);
    let answer = move |accept: bool, reason: Option<String>| {
        let request_id = new_id();
        let handover_id = id.get_value();
        state
            .handovers
            .update(|handovers| handovers.request_sent(request_id.clone(), Pending::Answer(handover_id.clone())));
        let request = StaffRequest::AnswerHandover { id: request_id, handover_id, accept, reason };
        if accept {
            state.send_confirmed("staff-handover-accepted", request);
        } else {
            state.send_confirmed("staff-handover-declined", request);
        }
    };
    let decline = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let text = reason.get_untracked().trim().to_owned();
        if validate_reason(&text).is_err() {
            reason_missing.set(true);
            return;
        }
        answer(false, Some(text));
    };
    let from = move || {
        let handover = handover.get()?;
        let moment = labels::moment(&l10n.code(), handover.received_at);
        let waited = waited_text(l10n, seconds_since(now.get(), handover.received_at));
        Some(l10n.t_with(
            "staff-handover-in-from",
            &[
                ("partner", Arg::Text(&handover.partner)),
                ("language", Arg::Text(&l10n.language_name(&handover.language))),
                ("waited", Arg::Text(&waited)),
                ("moment", Arg::Text(&moment)),
            ],
        ))
    };
    let warm = move || handover.with(|handover| handover.as_ref().is_some_and(|handover| handover.child_in_chat));
    let language = move || handover.with(|handover| handover.as_ref().map(|handover| handover.language.clone()));
    let reason_field = format!("decline-reason-{handover_id}");
    let reason_label = reason_field.clone();
    view! {
        <li class="incoming-handover" data-handover=handover_id data-language=language class:warm=warm>
            <p class="incoming-from" dir="auto">{from}</p>
            <Show when=warm>
                <p class="child-in-chat">{l10n.text("staff-handover-in-child-in-chat")}</p>
            </Show>
            {move || handover.get().map(|shown| view! { <HandoverDetails l10n=l10n handover=shown/> })}
            <div class="incoming-answer">
                <Show when=move || !declining.get()>
                    <button type="button" class="primary accept-handover" disabled=answering
                        on:click=move |_| answer(true, None)>
                        {l10n.text("staff-handover-accept")}
                    </button>
                    <button type="button" class="secondary decline-handover" disabled=answering
                        on:click=move |_| declining.set(true)>
                        {l10n.text("staff-handover-decline")}
                    </button>
                </Show>
                <Show when=move || declining.get()>
                    <form class="decline-form" on:submit=decline novalidate>
                        <label for=reason_label.clone()>{l10n.text("staff-handover-decline-reason")}</label>
                        <textarea id=reason_field.clone() class="decline-reason" rows="2" dir="auto" required
                            prop:value=move || reason.get() on:input=move |event| {
                                reason.set(event_target_value(&event));
                                reason_missing.set(false);
                            }></textarea>
                        <p class="error" role="alert" class:hidden=move || !reason_missing.get()>
                            {move || if reason_missing.get() { l10n.t("staff-handover-decline-reason-needed") } else { String::new() }}
                        </p>
                        <button type="submit" class="danger-button send-decline" disabled=answering>
                            {l10n.text("staff-handover-decline-send")}
                        </button>
                        <button type="button" class="secondary" on:click=move |_| declining.set(false)>
                            {l10n.text("staff-handover-cancel")}
                        </button>
                    </form>
                </Show>
            </div>
        </li>
    }
}

/// Beside a chat that came with a handover: what the partner sent, read-only.
#[component]
pub fn HandoverContext(
    l10n: L10n,
    state: ConsoleState,
    conversation_id: bridgeline_protocol::ConversationId,
) -> impl IntoView {
    let id = StoredValue::new(conversation_id);
    let context = Memo::new(move |_| id.with_value(|id| state.handovers.with(|handovers| handovers.context(id))));
    move || {
        context.get().map(|handover| {
            let heading = l10n.t_with("staff-handover-context-heading", &[("partner", Arg::Text(&handover.partner))]);
            let received = labels::moment(&l10n.code(), handover.received_at);
            let handover_id = handover.handover_id.clone();
            view! {
                <section class="handover-context" aria-labelledby="handover-context-heading" data-handover=handover_id>
                    <h3 id="handover-context-heading" dir="auto">{heading}</h3>
                    <p class="hint">{l10n.text("staff-handover-context-hint")}</p>
                    <p class="meta">{l10n.t_with("staff-handover-context-received", &[("time", Arg::Text(&received))])}</p>
                    <HandoverDetails l10n=l10n handover=handover/>
                </section>
            }
        })
    }
}

/// What a handover says, read-only: how the child agreed, the summary, the chat.
#[component]
pub fn HandoverDetails(l10n: L10n, handover: IncomingHandover) -> impl IntoView {
    view! {
        <ConsentKind l10n=l10n consent=handover.consent.clone()/>
        <Summary l10n=l10n summary=handover.summary.clone()/>
        {(!handover.transcript.is_empty()).then(|| view! { <Transcript l10n=l10n lines=handover.transcript.clone()/> })}
    }
}

/// How the child agreed: on their page (asked in their language, when), or not at all
/// because of imminent danger (highlighted, with the sender's reason).
#[component]
fn ConsentKind(l10n: L10n, consent: HandoverConsent) -> impl IntoView {
    match consent {
        HandoverConsent::Child { language, answered_at } => {
            let text = move || {
                let time = labels::moment(&l10n.code(), answered_at);
                l10n.t_with(
                    "staff-handover-in-consent-child",
                    &[("language", Arg::Text(&l10n.language_name(&language))), ("time", Arg::Text(&time))],
                )
            };
            view! { <p class="consent-kind" data-consent="child">{text}</p> }.into_any()
        }
        HandoverConsent::ImminentRisk { reason } => view! {
            <div class="consent-kind without-consent-received" data-consent="imminent_risk">
                <p><strong>{l10n.text("staff-handover-in-consent-imminent")}</strong></p>
                <p class="reason" dir="auto">{reason}</p>
            </div>
        }
        .into_any(),
    }
}

/// A category's label in the reader's language; a code this helpline does not know
/// (a partner's newer taxonomy) as written.
fn category_label(l10n: L10n, code: &str) -> String {
    if taxonomy::is_valid(code) {
        l10n.t(&taxonomy::label_id(code))
    } else {
        code.to_owned()
    }
}

#[component]
fn Summary(l10n: L10n, summary: HandoverSummary) -> impl IntoView {
    let risk = summary.risk;
    let raised = risk >= bridgeline_protocol::RiskLevel::High;
    let categories = summary.categories.clone();
    let languages = summary.languages.clone();
    let country = summary.country.clone();
    let referrals = summary.referrals.clone();
    let facts = move || {
        let mut lines =
            vec![l10n.t_with("staff-handover-in-risk", &[("risk", Arg::Text(&l10n.t(labels::risk(risk))))])];
        if !categories.is_empty() {
            let names: Vec<String> = categories.iter().map(|code| category_label(l10n, code)).collect();
            lines.push(l10n.t_with("staff-handover-in-categories", &[("categories", Arg::Text(&names.join(", ")))]));
        }
        let names: Vec<String> = languages.iter().map(|code| l10n.language_name(code)).collect();
        lines.push(l10n.t_with("staff-handover-in-languages", &[("languages", Arg::Text(&names.join(", ")))]));
        if let Some(code) = &country {
            let name = country_name(&l10n.code(), code);
            lines.push(l10n.t_with("staff-handover-in-country", &[("country", Arg::Text(&name))]));
        }
        if !referrals.is_empty() {
            lines.push(l10n.t_with("staff-handover-in-referrals", &[("services", Arg::Text(&referrals.join(", ")))]));
        }
        lines.into_iter().map(|line| view! { <li dir="auto">{line}</li> }).collect_view()
    };
    let text = |label: String, class: &'static str, text: String| {
        (!text.trim().is_empty()).then(|| {
            view! {
                <dt>{label}</dt>
                <dd class=class dir="auto">{text}</dd>
            }
        })
    };
    view! {
        <ul class="handover-facts" class:risk-raised=raised>{facts}</ul>
        <dl class="handover-texts">
            {text(l10n.t("staff-handover-what-happened"), "what-happened", summary.what_happened)}
            {text(l10n.t("staff-handover-child-wants"), "child-wants", summary.child_wants)}
            {text(l10n.t("staff-handover-done-so-far"), "done-so-far", summary.done_so_far)}
        </dl>
    }
}

/// The chat the child agreed to send, read-only and folded.
#[component]
fn Transcript(l10n: L10n, lines: Vec<TranscriptLine>) -> impl IntoView {
    let count = i64::try_from(lines.len()).unwrap_or(i64::MAX);
    view! {
        <details class="handover-transcript">
            <summary>{move || l10n.t_with("staff-handover-in-transcript", &[("count", Arg::Number(count))])}</summary>
            <ol class="transcript">
                {lines.into_iter().map(|line| {
                    let author = match line.author {
                        Author::Child => l10n.t("staff-handover-in-author-child"),
                        Author::Counsellor => l10n.t("staff-handover-in-author-counsellor"),
                        Author::System => l10n.t("staff-handover-in-author-system"),
                    };
                    let time = labels::moment(&l10n.code(), line.sent_at);
                    view! {
                        <li class=format!("line from-{}", match line.author { Author::Child => "child", Author::Counsellor => "counsellor", Author::System => "system" })>
                            <p class="meta"><strong>{author}</strong>" · "<time>{time}</time></p>
                            <p class="text" dir="auto">{line.text}</p>
                        </li>
                    }
                }).collect_view()}
            </ol>
        </details>
    }
}
