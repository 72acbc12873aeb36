//! The selected chat: its lines, the child's typing, the composer, ending it; and one
//! line as the console shows it (also in a reopened transcript).

use bridgeline_protocol::catalog::Arg;
use bridgeline_protocol::{
    validate_text, Author, Body, ChatMessage, ConversationId, ErrorCode, ErrorReply, ReferralCard, StaffRequest,
};
use bridgeline_web_core::browser::new_id;
use bridgeline_web_core::l10n::{body_text, L10n, Reader};
use leptos::prelude::*;

use crate::abuse::EndAsAbusive;
use crate::follow::{Follow, NewBelow};
use crate::state::{ConsoleState, TYPING_EVERY_MS};
use crate::visible_text::VisibleText;

/// The button above a long chat's log that brings the page before the first message
/// shown; scrolling the log to its top does the same ([`Follow`]).
#[component]
pub fn Earlier(l10n: L10n, shown: Signal<bool>, load: Callback<()>) -> impl IntoView {
    view! {
        <Show when=move || shown.get()>
            <button type="button" class="secondary earlier" on:click=move |_| load.run(())>
                {l10n.text("staff-chat-earlier")}
            </button>
        </Show>
    }
}

/// The first and last `seq` of a log's messages, which [`Follow`] watches.
pub fn edges(messages: &[ChatMessage]) -> (Option<u64>, Option<u64>) {
    (messages.first().map(|message| message.seq), messages.last().map(|message| message.seq))
}

/// The child's presence in words.
fn presence_text(l10n: L10n, presence: bridgeline_protocol::Presence) -> String {
    match presence {
        bridgeline_protocol::Presence::Connected => l10n.t("staff-presence-child-connected"),
        bridgeline_protocol::Presence::ConnectionLost => l10n.t("staff-presence-child-connection_lost"),
        bridgeline_protocol::Presence::Left => l10n.t("staff-presence-child-left"),
    }
}

#[component]
pub fn ChatPane(l10n: L10n, state: ConsoleState, conversation_id: ConversationId) -> impl IntoView {
    let id = StoredValue::new(conversation_id);
    let draft = RwSignal::new(String::new());
    let messages = move || id.with_value(|id| state.with_chat(id, |chat| chat.messages.clone()));
    let ended = move || id.with_value(|id| state.with_chat(id, |chat| chat.ended));
    let earlier = move || id.with_value(|id| state.with_chat(id, |chat| chat.earlier));
    let load_earlier = Callback::new(move |()| id.with_value(|id| state.load_earlier(id)));
    let follow =
        Follow::new(load_earlier, move || id.with_value(|id| state.with_chat(id, |chat| edges(&chat.messages))));
    // Closing waits for the wrap-up when the helpline requires one.
    let close_blocked =
        move || state.wrap_up_required.get() && id.with_value(|id| state.with_chat(id, |chat| chat.owes_wrap_up()));
    let child_read_seq = Memo::new(move |_| id.with_value(|id| state.with_chat(id, |chat| chat.child_read_seq)));
    let child_typing = move || id.with_value(|id| state.with_chat(id, |chat| chat.child_typing));
    let child_presence = move || id.with_value(|id| state.with_chat(id, |chat| (chat.ended, chat.child_presence)));
    let observed_by = Memo::new(move |_| id.with_value(|id| state.with_chat(id, |chat| chat.observed_by.clone())));
    let submit = move || {
        let text = draft.get_untracked();
        match validate_text(&text) {
            Ok(()) => {
                state.send(StaffRequest::Send { id: new_id(), conversation_id: id.get_value(), text });
                draft.set(String::new());
            }
            // Said in words (the server would refuse it too); the draft stays to be fixed.
            Err(code @ ErrorCode::ControlCharacter) => {
                state.error.set(Some(ErrorReply { id: None, code, detail: String::new(), until: None }))
            }
            Err(_) => {}
        }
    };
    let typed = move || {
        let now = js_sys::Date::now();
        if now - state.last_typing_sent.get_value() >= TYPING_EVERY_MS {
            state.last_typing_sent.set_value(now);
            state.send_quietly(StaffRequest::Typing { id: new_id(), conversation_id: id.get_value() });
        }
    };
    view! {
        <div class="chat-pane" role="tabpanel">
            // Said plainly: a coordinator reads along (and cannot write).
            <div class="observed-by" role="status">
                {move || observed_by.get().into_iter().map(|name| view! {
                    <p>{move || l10n.t_with("staff-chat-observed-by", &[("name", Arg::Text(&name))])}</p>
                }).collect_view()}
            </div>
            // Whether the child is there, said at once when it changes.
            <p class="presence" role="status">
                {move || match child_presence() {
                    (true, _) => String::new(),
                    (false, presence) => presence_text(l10n, presence),
                }}
            </p>
            <Earlier l10n=l10n shown=Signal::derive(earlier) load=load_earlier/>
            <ol class="log" aria-live="polite" tabindex="0" aria-label=l10n.text("staff-chat-log-label")
                node_ref=follow.log on:scroll=move |_| follow.scrolled()>
                <For each=messages key=|message| message.seq let:message>
                    <StaffLine l10n=l10n state=state message=message child_read_seq=child_read_seq.into()/>
                </For>
            </ol>
            <NewBelow l10n=l10n follow=follow/>
            <p class="typing" aria-live="polite">
                {move || if child_typing() { l10n.t("staff-chat-child-typing") } else { String::new() }}
            </p>
            <Show when=move || !ended() fallback=move || view! {
                <p class="ended-note">{l10n.text("staff-chat-ended")}</p>
                <button type="button" class="secondary close" disabled=close_blocked
                    on:click=move |_| state.close_chat(&id.get_value())>
                    {l10n.text("staff-chat-close")}
                </button>
            }>
                <form class="composer" on:submit=move |event: leptos::ev::SubmitEvent| {
                    event.prevent_default();
                    submit();
                }>
                    <textarea id="staff-message-input" rows="2" dir="auto" aria-label=l10n.text("staff-message-input-label") prop:value=move || draft.get()
                        on:input=move |event| {
                            draft.set(event_target_value(&event));
                            typed();
                        }
                        on:keydown=move |event: leptos::ev::KeyboardEvent| {
                            if event.key() == "Enter" && !event.shift_key() && !event.is_composing() {
                                event.prevent_default();
                                submit();
                            }
                        }></textarea>
                    <button type="submit" class="primary send">{l10n.text("staff-send-button")}</button>
                </form>
                <button type="button" class="secondary end"
                    on:click=move |_| state.send(StaffRequest::End { id: new_id(), conversation_id: id.get_value() })>
                    {l10n.text("staff-end-button")}
                </button>
                <EndAsAbusive l10n=l10n state=state conversation_id=id.get_value()/>
            </Show>
        </div>
    }
}

/// One line. A canned answer shows what the child received, with a label and, when
/// the library has it, the same answer in the counsellor's language; a referral shows
/// as a small card. For an observer (`observer`), the counsellor's lines are not
/// "yours" and carry no read marks.
#[component]
pub fn StaffLine(
    l10n: L10n,
    state: ConsoleState,
    message: ChatMessage,
    child_read_seq: Signal<u64>,
    #[prop(optional)] observer: bool,
) -> impl IntoView {
    let class = match message.author {
        Author::Child => "line counsellor",
        Author::Counsellor => "line own",
        Author::System => "line system",
    };
    let author = message.author;
    let who = move || match author {
        Author::Child => l10n.t("staff-chat-child-label"),
        Author::Counsellor if observer => l10n.t("staff-chat-counsellor-label"),
        Author::Counsellor => l10n.t("staff-chat-you-label"),
        Author::System => String::new(),
    };
    // As on the child's page: typed text takes its own direction, notices the page's.
    let direction = (author != Author::System).then_some("auto");
    let seq = message.seq;
    let read = move || (child_read_seq.get() >= seq).then(|| l10n.t("staff-chat-status-read"));
    let content = match message.body {
        Body::Referral(card) => view! { <ReferralLine l10n=l10n card=card/> }.into_any(),
        Body::Canned { key, text } => {
            let own_language = move || {
                state
                    .canned
                    .with(|library| library.iter().find(|answer| answer.key == key).map(|answer| answer.text.clone()))
            };
            view! {
                <span class="kind">{l10n.text("staff-line-canned")}</span>
                <p class="text" dir="auto">{text.clone()}</p>
                {move || own_language().filter(|own| *own != text).map(|own| view! { <p class="own-language" dir="auto">{own}</p> })}
            }
            .into_any()
        }
        // Typed text, the child's above all, is shown with its bidi controls visible.
        Body::Text { text } => {
            view! { <p class="text" dir=direction><VisibleText l10n=l10n text=text/></p> }.into_any()
        }
        body => {
            view! { <p class="text" dir=direction>{move || body_text(l10n, &body, Reader::Counsellor)}</p> }.into_any()
        }
    };
    view! {
        <li class=class>
            <span class="who">{who}</span>
            {content}
            {(author == Author::Counsellor && !observer).then(|| view! { <span class="status">{read}</span> })}
        </li>
    }
}

/// A referral sent to the child, compactly: name, phone, website.
#[component]
fn ReferralLine(l10n: L10n, card: ReferralCard) -> impl IntoView {
    view! {
        <span class="kind">{l10n.text("staff-line-referral")}</span>
        <div class="referral-line">
            <p class="name" dir="auto">{card.name}</p>
            {card.phone.map(|phone| view! { <p class="phone" dir="ltr">{phone}</p> })}
            {card.url.map(|url| view! { <p class="url" dir="ltr">{url}</p> })}
        </div>
    }
}
