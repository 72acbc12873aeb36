//! Waiting and chatting: the queue (position, honest estimate, what to do when nobody
//! speaks the child's language), the conversation, the composer.

use bridgeline_protocol::catalog::Arg;
use bridgeline_protocol::{Author, Body, QueueStatus, ReferralCard};
use bridgeline_web_core::l10n::{body_text, L10n, Reader};
use leptos::prelude::*;

use crate::codes::{codes, leave_offer, left_message};
use crate::handover;
use crate::page::{DangerNote, ErrorNote, PhoneLine};
use crate::state::{ChildState, Line, Phase};
use bridgeline_web_core::intl::weekday_and_time;

#[component]
pub fn Conversation(l10n: L10n, state: ChildState, phone: String) -> impl IntoView {
    let waiting = move || state.phase.get() == Phase::Waiting;
    view! {
        <section class="conversation">
            <Show when=waiting>
                {left_message(l10n, state)}
                <Queue l10n=l10n state=state phone=phone.clone()/>
            </Show>
            <Show when=move || !waiting()>
                // The chatting screen keeps the page's heading for screen readers (the
                // queue's heading went with the queue). No tabindex: the screen's focus
                // stays in the message box.
                <h1 class="visually-hidden">{l10n.text("intro-heading")}</h1>
                <p class="counsellor-name">
                    <span class="label">{l10n.text("chat-counsellor-label")}</span>
                    " "
                    <bdi>{move || state.counsellor.get().unwrap_or_default()}</bdi>
                </p>
            </Show>
            <Log l10n=l10n state=state/>
            // A handover's notices, read out as they come.
            <div aria-live="polite">{handover::notes(l10n, state)}</div>
            // What the counsellor is doing: writing, or (said at once, with what happens
            // next) gone from a dropped connection. One line, so that the page's code
            // stays small.
            <p class="typing" aria-live="polite">
                {move || {
                    let name = state.counsellor.get().unwrap_or_default();
                    let name = [("name", Arg::Text(&name))];
                    if state.counsellor_lost.get() && !waiting() {
                        l10n.t_with("presence-counsellor-connection-lost", &name)
                    } else if state.counsellor_typing.get() {
                        l10n.t_with("chat-counsellor-typing", &name)
                    } else {
                        String::new()
                    }
                }}
            </p>
            <ErrorNote l10n=l10n state=state/>
            // A handover's question, above the message box: the chat stays in view.
            {handover::consent(l10n, state)}
            <Composer l10n=l10n state=state/>
            <Show when=move || !waiting()>
                <button type="button" class="secondary end" on:click=move |_| state.end()>
                    {l10n.text("chat-end-button")}
                </button>
            </Show>
            {codes(l10n, state)}
            <DangerNote l10n=l10n/>
        </section>
    }
}

fn position_text(l10n: L10n, status: &QueueStatus) -> String {
    l10n.t_with("queue-position-announcement", &[("position", Arg::from(status.position))])
}

fn estimate_text(l10n: L10n, status: &QueueStatus) -> String {
    match status.estimated_wait_seconds {
        Some(seconds) if seconds < 60 => l10n.t("queue-estimate-soon"),
        Some(seconds) => {
            let minutes = u32::try_from(seconds.div_ceil(60)).unwrap_or(u32::MAX);
            l10n.t_with("queue-estimate-minutes", &[("minutes", Arg::from(minutes))])
        }
        None => l10n.t("queue-estimate-unknown"),
    }
}

/// The waiting screen shows one of two states, never both: someone who speaks the
/// child's language is on duty (their place, "next" at 1, and the estimate), or nobody
/// is ([`NoCounsellor`]: what happens then, without a place that sounds as if someone
/// were coming now).
#[component]
fn Queue(l10n: L10n, state: ChildState, phone: String) -> impl IntoView {
    let status = move || state.queue.get();
    let staffed = move || status().is_none_or(|status| status.counsellor_on_duty);
    view! {
        // A message left (`codes::left_message`) is out of the queue.
        <div class="queue" class:hidden=move || state.left.get()>
            <h1>{l10n.text("queue-heading")}</h1>
            <Show when=staffed>
                <p class="queue-position" aria-live="polite">{move || status().map(|status| position_text(l10n, &status)).unwrap_or_default()}</p>
                <p class="queue-estimate">{move || status().map(|status| estimate_text(l10n, &status)).unwrap_or_default()}</p>
            </Show>
            <Show when=move || !staffed()>
                <NoCounsellor l10n=l10n state=state phone=phone.clone()/>
            </Show>
            <p>{l10n.text("queue-waiting-body")}</p>
        </div>
    }
}

/// Nobody who speaks the child's language is on duty: say so at once, and offer what
/// exists (other languages being answered now, the phone line, when someone comes).
#[component]
fn NoCounsellor(l10n: L10n, state: ChildState, phone: String) -> impl IntoView {
    let status = move || {
        state.queue.get().unwrap_or(QueueStatus {
            position: 0,
            estimated_wait_seconds: None,
            counsellor_on_duty: false,
            languages_on_duty: Vec::new(),
            next_on_duty_at: None,
            also_reads_on_duty: false,
        })
    };
    view! {
        <div class="no-counsellor" role="alert">
            <h2>{l10n.text("no-counsellor-heading")}</h2>
            <p>{l10n.text("no-counsellor-stay")}</p>
            <p class="queue-position" aria-live="polite">
                {move || l10n.t_with("queue-unstaffed-place", &[("position", Arg::from(status().position))])}
            </p>
            // When someone comes, and whether someone reading another of the child's
            // languages may answer first: one line, one element.
            <p class="next-on-duty">
                {move || {
                    let status = status();
                    let mut text = match status.next_on_duty_at {
                        Some(at) => {
                            let time = weekday_and_time(&l10n.code(), at);
                            l10n.t_with("no-counsellor-next", &[("time", Arg::Text(&time))])
                        }
                        None => l10n.t("queue-unstaffed-unknown"),
                    };
                    if status.also_reads_on_duty {
                        text = format!("{text} {}", l10n.t("queue-unstaffed-reader"));
                    }
                    text
                }}
            </p>
            <Show when=move || !status().languages_on_duty.is_empty()>
                <p>{l10n.text("no-counsellor-other-languages")}</p>
                <ul class="other-languages">
                    {move || status().languages_on_duty.into_iter().map(|code| {
                        let name = l10n.language_name(&code);
                        let label = l10n.t_with("no-counsellor-switch-button", &[("language", Arg::Text(&name))]);
                        view! {
                            <li><button type="button" class="secondary" on:click=move |_| state.change_language(code.clone())>{label}</button></li>
                        }
                    }).collect_view()}
                </ul>
            </Show>
            // After the languages answered now: a counsellor now is better than later.
            {leave_offer(l10n, state)}
            <PhoneLine l10n=l10n phone=phone/>
        </div>
    }
}

/// The conversation, newest page first: scrolling to the top (or the button there)
/// brings the page before it, so a chat of any length can be read back.
///
/// The view stays where the child expects it: at the bottom of the page they follow
/// the chat (a new message scrolls into view); scrolled up, they stay on what they are
/// reading, also when an earlier page is put above it.
#[component]
pub fn Log(l10n: L10n, state: ChildState) -> impl IntoView {
    let from_bottom = StoredValue::new(0);
    let scrolled = window_event_listener(leptos::ev::scroll, move |_| {
        let Some(page) = document().document_element() else { return };
        from_bottom.set_value(below(&page));
        if page.scroll_top() < 120 {
            state.load_earlier();
        }
    });
    on_cleanup(move || scrolled.remove());
    // Effects run after the lines are in the page; reading its height lays them out.
    Effect::new(move |previous: Option<Option<u64>>| {
        let first = state.lines.with(|lines| lines.first().and_then(|line| line.seq));
        let prepended = previous.flatten().is_some_and(|before| Some(before) != first);
        if let Some(page) = document().document_element() {
            let distance = from_bottom.get_value();
            if distance <= 40 {
                page.set_scroll_top(page.scroll_height());
            } else if prepended {
                page.set_scroll_top(page.scroll_height() - page.client_height() - distance);
            }
            from_bottom.set_value(below(&page));
        }
        first
    });
    view! {
        <button
            type="button"
            class="secondary earlier"
            hidden=move || !state.earlier.get()
            on:click=move |_| state.load_earlier()
        >
            {l10n.text("chat-earlier-button")}
        </button>
        <ol class="log" aria-live="polite" aria-relevant="additions">
            <For each=move || state.lines.get() key=|line| (line.client_id.clone(), line.seq) let:line>
                <LogLine l10n=l10n state=state line=line/>
            </For>
        </ol>
    }
}

/// How much of the page lies below the window, in pixels.
fn below(page: &web_sys::Element) -> i32 {
    page.scroll_height() - page.scroll_top() - page.client_height()
}

#[component]
fn LogLine(l10n: L10n, state: ChildState, line: Line) -> impl IntoView {
    let class = match line.author {
        Author::Child => "line own",
        Author::Counsellor => "line counsellor",
        Author::System => "line system",
    };
    let author = line.author;
    let seq = line.seq;
    let body = line.body.clone();
    let card = match &line.body {
        Body::Referral(card) => Some(card.clone()),
        _ => None,
    };
    let who = move || match author {
        Author::Child => l10n.t("chat-you-label"),
        Author::Counsellor => l10n.t("chat-counsellor-label"),
        Author::System => String::new(),
    };
    let delivery = move || match seq {
        None => l10n.t("chat-status-sending"),
        Some(seq) if state.counsellor_read_seq.get() >= seq => l10n.t("chat-status-read"),
        Some(_) => l10n.t("chat-status-delivered"),
    };
    // A typed text takes its direction from its own first letters; a notice follows
    // the page, whatever script the counsellor's name is in.
    let direction = (author != Author::System).then_some("auto");
    view! {
        <li class=class>
            <span class="who visually-hidden">{who}</span>
            <p class="text" dir=direction>{move || body_text(l10n, &body, Reader::Child)}</p>
            {card.map(|card| view! { <div class="referral" inner_html=move || referral_html(l10n, &card)></div> })}
            {(author == Author::Child).then(|| view! { <span class="status">{delivery}</span> })}
        </li>
    }
}

/// A service the counsellor refers the child to: whom to call (one tap), where to read
/// more, and when it is open; name and description in the child's language.
///
/// Written as escaped HTML rather than as a Leptos view: a view of this many parts
/// costs the child's page about 3 KB of brotli wasm, this one about 1 KB. Every piece of
/// text is escaped, and the only links are `tel:` with digits and `http(s)` addresses,
/// so nothing from the directory can run script in the child's page.
fn referral_html(l10n: L10n, card: &ReferralCard) -> String {
    let mut html = format!(
        "<h2>{}</h2><p class=\"name\" dir=\"auto\">{}</p>",
        escape(&l10n.t("referral-heading")),
        escape(&card.name)
    );
    if let Some(description) = &card.description {
        html += &format!("<p dir=\"auto\">{}</p>", escape(description));
    }
    if let Some(phone) = &card.phone {
        let dial: String = phone.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
        let label = l10n.t_with("referral-call", &[("phone", Arg::Text(phone))]);
        html += &format!("<a class=\"call\" href=\"tel:{dial}\">{}</a>", escape(&label));
    }
    if let Some(url) = card.url.as_ref().filter(|url| url.starts_with("https://") || url.starts_with("http://")) {
        let label = l10n.t("referral-website");
        html += &format!(
            "<a class=\"website\" href=\"{}\" rel=\"noopener noreferrer\">{}</a>",
            escape(url),
            escape(&label)
        );
    }
    let open = match (&card.hours, card.always_open) {
        (_, true) => l10n.t("referral-always-open"),
        (Some(hours), false) => l10n.t_with("referral-hours", &[("hours", Arg::Text(hours))]),
        (None, false) => return html,
    };
    html + &format!("<p>{}</p>", escape(&open))
}

/// Escapes text for HTML element content and attribute values.
pub(crate) fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            other => escaped.push(other),
        }
    }
    escaped
}

#[component]
fn Composer(l10n: L10n, state: ChildState) -> impl IntoView {
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        state.submit();
    };
    let on_keydown = move |event: leptos::ev::KeyboardEvent| {
        if event.key() == "Enter" && !event.shift_key() && !event.is_composing() {
            event.prevent_default();
            state.submit();
        }
    };
    view! {
        <form class="composer" on:submit=on_submit>
            <label for="message-input" class="visually-hidden">{l10n.text("chat-message-input-label")}</label>
            <textarea
                id="message-input"
                rows="2"
                dir="auto"
                placeholder=l10n.text("chat-message-input-placeholder")
                prop:value=move || state.draft.get()
                on:input=move |event| {
                    state.draft.set(event_target_value(&event));
                    state.typed();
                }
                on:keydown=on_keydown
            ></textarea>
            <button type="submit" class="primary send">{l10n.text("chat-send-button")}</button>
        </form>
    }
}
