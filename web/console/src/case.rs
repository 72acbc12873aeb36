//! A returning child's case: the earlier chats of a child who came back with their
//! return code, shown beside the chat so that the child need not tell it all again.

use bridgeline_protocol::catalog::Arg;
use bridgeline_protocol::taxonomy::label_id;
use bridgeline_protocol::{ChatMessage, ConversationId, EarlierContact, StaffRequest};
use bridgeline_web_core::browser::new_id;
use bridgeline_web_core::l10n::L10n;
use leptos::prelude::*;

use crate::casework::NoteList;
use crate::chat::{Earlier, StaffLine};
use crate::labels;
use crate::state::ConsoleState;

/// Nothing for a child who did not come back; else each earlier chat, newest first:
/// when, with whom, the wrap-up, the services referred to, and the private notes.
#[component]
pub fn EarlierContacts(l10n: L10n, state: ConsoleState, conversation_id: ConversationId) -> impl IntoView {
    let id = StoredValue::new(conversation_id);
    let contacts = Memo::new(move |_| id.with_value(|id| state.with_chat(id, |chat| chat.earlier_contacts.clone())));
    view! {
        <Show when=move || contacts.with(|contacts| !contacts.is_empty())>
            <section class="earlier-contacts" aria-labelledby="earlier-contacts-heading">
                <h3 id="earlier-contacts-heading">{l10n.text("staff-case-heading")}</h3>
                <p class="hint">{l10n.text("staff-case-hint")}</p>
                <ol class="contact-list">
                    {move || contacts.get().into_iter().map(|contact| view! { <Contact l10n=l10n state=state contact=contact/> }).collect_view()}
                </ol>
            </section>
        </Show>
    }
}

#[component]
fn Contact(l10n: L10n, state: ConsoleState, contact: EarlierContact) -> impl IntoView {
    let when = labels::date_time(&l10n.code(), contact.started_at);
    let with = contact.counsellor.clone().unwrap_or_else(|| l10n.t("staff-case-unanswered"));
    let wrap_up = contact.wrap_up.clone().map(|wrap_up| {
        let categories: Vec<String> = wrap_up.categories.iter().map(|code| l10n.t(&label_id(code))).collect();
        format!("{} · {}", categories.join(", "), l10n.t(labels::outcome(wrap_up.outcome)))
    });
    let referrals = (!contact.referrals.is_empty())
        .then(|| l10n.t_with("staff-case-referred", &[("services", Arg::Text(&contact.referrals.join(", ")))]));
    let transcript = if contact.transcript_kept {
        l10n.t("staff-case-transcript-kept")
    } else {
        l10n.t("staff-case-transcript-purged")
    };
    view! {
        <li class="earlier-contact">
            <p class="meta"><strong><time>{when}</time></strong>" · "{with}</p>
            {wrap_up.map(|text| view! { <p class="wrap-up">{text}</p> })}
            {referrals.map(|text| view! { <p class="referrals" dir="auto">{text}</p> })}
            <p class="transcript-state hint">{transcript}</p>
            <NoteList l10n=l10n notes=Signal::stored(contact.notes)/>
            {contact.transcript_kept.then(|| view! { <Transcript l10n=l10n state=state conversation_id=contact.conversation_id.clone()/> })}
        </li>
    }
}

/// The transcript of an earlier chat, open beside the new one: read page by page with
/// `history` (each read audited by the server), newest page first.
#[derive(Debug, Clone, Default)]
pub struct EarlierRead {
    pub messages: Vec<ChatMessage>,
    /// Whether older messages remain.
    pub more: bool,
    /// Whether a page is on its way.
    pub loading: bool,
}

impl ConsoleState {
    /// Opens an earlier chat's transcript: its newest page is asked for.
    fn open_earlier(self, conversation_id: &ConversationId) {
        self.earlier_reads.update(|reads| {
            drop(reads.insert(conversation_id.clone(), EarlierRead { loading: true, ..Default::default() }))
        });
        self.send(StaffRequest::History {
            id: new_id(),
            conversation_id: conversation_id.clone(),
            after_seq: 0,
            before_seq: None,
        });
    }

    /// Asks for the page before the first message shown, one request at a time.
    fn earlier_page(self, conversation_id: &ConversationId) {
        let mut first = None;
        self.earlier_reads.update(|reads| {
            if let Some(read) = reads.get_mut(conversation_id) {
                if read.more && !read.loading {
                    read.loading = true;
                    first = read.messages.first().map(|message| message.seq);
                }
            }
        });
        if let Some(first) = first {
            self.send(StaffRequest::History {
                id: new_id(),
                conversation_id: conversation_id.clone(),
                after_seq: 0,
                before_seq: Some(first),
            });
        }
    }

    fn close_earlier(self, conversation_id: &ConversationId) {
        self.earlier_reads.update(|reads| drop(reads.remove(conversation_id)));
    }
}

/// The button that opens or closes an earlier chat's transcript, and the transcript.
#[component]
fn Transcript(l10n: L10n, state: ConsoleState, conversation_id: ConversationId) -> impl IntoView {
    let id = StoredValue::new(conversation_id);
    let open = Memo::new(move |_| id.with_value(|id| state.earlier_reads.with(|reads| reads.contains_key(id))));
    let messages = Memo::new(move |_| {
        id.with_value(|id| state.earlier_reads.with(|reads| reads.get(id).map(|read| read.messages.clone())))
            .unwrap_or_default()
    });
    let more = Signal::derive(move || {
        id.with_value(|id| state.earlier_reads.with(|reads| reads.get(id).is_some_and(|read| read.more)))
    });
    let toggle = move |_| {
        id.with_value(|id| if open.get_untracked() { state.close_earlier(id) } else { state.open_earlier(id) })
    };
    let no_read_marks = Signal::stored(0);
    view! {
        <button type="button" class="secondary transcript-toggle" aria-expanded=move || open.get().to_string() on:click=toggle>
            {move || if open.get() { l10n.t("staff-case-hide-transcript") } else { l10n.t("staff-case-read-transcript") }}
        </button>
        <Show when=move || open.get()>
            <Earlier l10n=l10n shown=more load=Callback::new(move |()| id.with_value(|id| state.earlier_page(id)))/>
            <ol class="log earlier-transcript">
                {move || {
                    messages
                        .get()
                        .into_iter()
                        .map(|message| view! { <StaffLine l10n=l10n state=state message=message child_read_seq=no_read_marks observer=true/> })
                        .collect_view()
                }}
            </ol>
        </Show>
    }
}
