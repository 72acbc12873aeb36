//! For coordinators and admins: the live board, redrawn from each `board` frame with
//! no reload. Threshold alerts first (a word and a sign, not colour alone), then one
//! row per language (who waits and how long, who is there to answer, the messages left
//! and how long the oldest has waited, how the last hour and today went), the chats
//! going on (`observe.rs`), abuse reports and paused browsers (`abuse.rs`), and who is
//! signed in.
//!
//! Rows are keyed by language (and alerts by what they are about), and each cell reads
//! a memo: a frame every second while children wait changes only the cells whose
//! figures changed, so nothing a screen reader is reading is replaced under it.

use bridgeline_protocol::board::{LanguageBoard, Outcomes, StaffPresence, ThresholdAlert};
use bridgeline_protocol::catalog::Arg;
use bridgeline_protocol::left_messages::seconds_since;
use bridgeline_protocol::{ConversationId, StaffRole};
use bridgeline_web_core::l10n::L10n;
use leptos::prelude::*;

use crate::abuse::AbuseReports;
use crate::labels;
use crate::left_messages;
use crate::observe::{ChatsGoingOn, ObservedPane};
use crate::state::ConsoleState;
use crate::trends::Trends;

#[component]
pub fn Board(l10n: L10n, state: ConsoleState) -> impl IntoView {
    view! {
        <ThresholdAlerts l10n=l10n state=state/>
        <Show when=move || state.board.with(Option::is_none)>
            <p class="loading">{l10n.text("staff-page-loading")}</p>
        </Show>
        <LanguageTable l10n=l10n state=state/>
        <Trends l10n=l10n state=state/>
        <ChatsGoingOn l10n=l10n state=state/>
        <ObservedPane l10n=l10n state=state/>
        <AbuseReports l10n=l10n state=state/>
        <StaffOnDuty l10n=l10n state=state/>
    }
}

/// What a threshold alert is about; it keeps its place while its figures change.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum AlertKey {
    Uncovered(String),
    LongWait(ConversationId),
    LeftMessages(String),
}

fn key_of(alert: &ThresholdAlert) -> AlertKey {
    match alert {
        ThresholdAlert::Uncovered { language, .. } => AlertKey::Uncovered(language.clone()),
        ThresholdAlert::LongWait { conversation_id, .. } => AlertKey::LongWait(conversation_id.clone()),
        ThresholdAlert::LeftMessages { language, .. } => AlertKey::LeftMessages(language.clone()),
    }
}

#[component]
fn ThresholdAlerts(l10n: L10n, state: ConsoleState) -> impl IntoView {
    let keys = Memo::new(move |_| {
        state.board.with(|board| board.as_ref().map(|board| board.alerts.iter().map(key_of).collect::<Vec<_>>()))
    });
    let none = move || keys.with(|keys| keys.as_ref().is_none_or(Vec::is_empty));
    view! {
        <section class="threshold-alerts" aria-labelledby="threshold-alerts-heading" class:hidden=none>
            <h2 id="threshold-alerts-heading">{l10n.text("staff-board-alerts-heading")}</h2>
            <ul aria-live="polite">
                <For each=move || keys.get().unwrap_or_default() key=|key| key.clone() let:key>
                    <ThresholdAlertItem l10n=l10n state=state key=key/>
                </For>
            </ul>
        </section>
    }
}

#[component]
fn ThresholdAlertItem(l10n: L10n, state: ConsoleState, key: AlertKey) -> impl IntoView {
    let is_uncovered = matches!(key, AlertKey::Uncovered(_));
    // Only the words, so that a wait growing by a second within the same minute
    // changes nothing on screen.
    let text = Memo::new(move |_| {
        let alert = state.board.with(|board| {
            board.as_ref().and_then(|board| board.alerts.iter().find(|alert| key_of(alert) == key).cloned())
        });
        match alert {
            Some(ThresholdAlert::Uncovered { language, waiting }) => l10n.t_with(
                "staff-board-alert-uncovered",
                &[("language", Arg::Text(&l10n.language_name(&language))), ("waiting", waiting.into())],
            ),
            Some(ThresholdAlert::LongWait { language, waited_seconds, .. }) => {
                let language = l10n.language_name(&language);
                if waited_seconds < 60 {
                    l10n.t_with(
                        "staff-board-alert-long-wait-seconds",
                        &[("language", Arg::Text(&language)), ("seconds", Arg::Number(waited_seconds as i64))],
                    )
                } else {
                    l10n.t_with(
                        "staff-board-alert-long-wait",
                        &[("language", Arg::Text(&language)), ("minutes", Arg::Number((waited_seconds / 60) as i64))],
                    )
                }
            }
            Some(ThresholdAlert::LeftMessages { language, waiting, oldest_seconds }) => l10n.t_with(
                "staff-board-alert-left-messages",
                &[
                    ("language", Arg::Text(&l10n.language_name(&language))),
                    ("waiting", waiting.into()),
                    ("hours", Arg::Number((oldest_seconds / 3600) as i64)),
                ],
            ),
            None => String::new(),
        }
    });
    view! {
        <li class="threshold-alert" class:uncovered=is_uncovered class:long-wait=!is_uncovered>
            <strong class="alert-label">{l10n.text("staff-board-alert-label")}</strong>
            " "
            <span class="alert-text">{move || text.get()}</span>
        </li>
    }
}

#[component]
fn LanguageTable(l10n: L10n, state: ConsoleState) -> impl IntoView {
    let codes = Memo::new(move |_| {
        state.board.with(|board| {
            board.as_ref().map(|board| board.languages.iter().map(|line| line.language.clone()).collect::<Vec<_>>())
        })
    });
    let target =
        Memo::new(move |_| state.board.with(|board| board.as_ref().map_or(0, |board| board.target_wait_seconds)));
    // The messages left age between frames (none comes while only they wait).
    let now = RwSignal::new(left_messages::now());
    if let Ok(handle) = set_interval_with_handle(move || now.set(left_messages::now()), left_messages::AGES_EVERY) {
        on_cleanup(move || handle.clear());
    }
    let caption = move || {
        l10n.t_with("staff-board-caption", &[("seconds", Arg::Number(i64::try_from(target.get()).unwrap_or(i64::MAX)))])
    };
    view! {
        <section class="board-languages" aria-labelledby="board-heading" class:hidden=move || codes.with(Option::is_none)>
            <h2 id="board-heading">{l10n.text("staff-board-heading")}</h2>
            <Show when=move || codes.with(|codes| codes.as_ref().is_some_and(Vec::is_empty))>
                <p class="empty">{l10n.text("staff-board-empty")}</p>
            </Show>
            // The table scrolls sideways inside its own box on a narrow screen; the
            // box is focusable so that keyboard users can scroll it too. A named group,
            // not a second region: the section is already the landmark of that name.
            <div class="table-scroll" tabindex="0" role="group" aria-labelledby="board-heading"
                class:hidden=move || codes.with(|codes| codes.as_ref().is_none_or(Vec::is_empty))>
                <table class="board-table">
                    <caption>{caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col" rowspan="2">{l10n.text("staff-board-language")}</th>
                            <th scope="col" rowspan="2">{l10n.text("staff-board-waiting")}</th>
                            <th scope="col" rowspan="2">{l10n.text("staff-board-longest-wait")}</th>
                            <th scope="col" rowspan="2">{l10n.text("staff-board-average-wait")}</th>
                            <th scope="colgroup" colspan="3">{l10n.text("staff-board-counsellors")}</th>
                            <th scope="col" rowspan="2">{l10n.text("staff-board-chats")}</th>
                            <th scope="col" rowspan="2">{l10n.text("staff-board-left-messages")}</th>
                            <th scope="colgroup" colspan="3">{l10n.text("staff-board-last-hour")}</th>
                            <th scope="colgroup" colspan="3">{l10n.text("staff-board-today")}</th>
                        </tr>
                        <tr>
                            <th scope="col">{l10n.text("staff-status-available")}</th>
                            <th scope="col">{l10n.text("staff-status-busy")}</th>
                            <th scope="col">{l10n.text("staff-status-away")}</th>
                            <th scope="col">{l10n.text("staff-board-answered")}</th>
                            <th scope="col">{l10n.text("staff-board-abandoned")}</th>
                            <th scope="col">{l10n.text("staff-board-service-level")}</th>
                            <th scope="col">{l10n.text("staff-board-answered")}</th>
                            <th scope="col">{l10n.text("staff-board-abandoned")}</th>
                            <th scope="col">{l10n.text("staff-board-service-level")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || codes.get().unwrap_or_default() key=|code| code.clone() let:code>
                            <LanguageRow l10n=l10n state=state code=code now=now/>
                        </For>
                    </tbody>
                </table>
            </div>
        </section>
    }
}

#[component]
fn LanguageRow(l10n: L10n, state: ConsoleState, code: String, now: RwSignal<i64>) -> impl IntoView {
    let line = {
        let code = code.clone();
        Memo::new(move |_| {
            state.board.with(|board| {
                board
                    .as_ref()
                    .and_then(|board| board.languages.iter().find(|line| line.language == code).cloned())
                    .unwrap_or_else(|| empty_line(&code))
            })
        })
    };
    let number = move |read: fn(&LanguageBoard) -> u32| move || line.with(|line| read(line).to_string());
    let outcomes = move |period: fn(&LanguageBoard) -> Outcomes| {
        let answered = move || line.with(|line| period(line).answered.to_string());
        let abandoned = move || line.with(|line| period(line).abandoned.to_string());
        let level =
            move || line.with(|line| labels::percent_or_absent(&l10n.code(), period(line).service_level_permille));
        view! { <td>{answered}</td><td>{abandoned}</td><td>{level}</td> }
    };
    let waiting = move || line.with(|line| line.waiting > 0);
    let uncovered =
        move || line.with(|line| line.waiting > 0 && line.counsellors_available + line.counsellors_busy == 0);
    let longest = move || {
        line.with(|line| {
            if line.waiting == 0 {
                labels::ABSENT.to_owned()
            } else {
                labels::minutes_seconds(line.longest_wait_seconds)
            }
        })
    };
    let average = move || line.with(|line| labels::duration_or_absent(line.average_wait_last_hour_seconds));
    // Blank when none wait: a count of zero in every row would hide the ones that do.
    let left = move || {
        let since_frame = seconds_since(now.get(), state.board_received_at.get());
        line.with(|line| {
            (line.left_messages > 0).then(|| {
                let oldest = line.oldest_left_message_seconds.unwrap_or(0).saturating_add(since_frame);
                let oldest = left_messages::waited_text(l10n, oldest);
                l10n.t_with(
                    "staff-board-left-messages-cell",
                    &[("count", line.left_messages.into()), ("oldest", Arg::Text(&oldest))],
                )
            })
        })
    };
    let name = l10n.language_name(&code);
    let data_language = code.clone();
    view! {
        <tr class:waiting=waiting class:uncovered=uncovered data-language=data_language>
            <th scope="row" lang=code>{name}</th>
            <td class="waiting-count">{number(|line| line.waiting)}</td>
            <td>{longest}</td>
            <td>{average}</td>
            <td>{number(|line| line.counsellors_available)}</td>
            <td>{number(|line| line.counsellors_busy)}</td>
            <td>{number(|line| line.counsellors_away)}</td>
            <td>{number(|line| line.chats_in_progress)}</td>
            <td class="left-messages-cell">{left}</td>
            {outcomes(|line| line.last_hour)}
            {outcomes(|line| line.today)}
        </tr>
    }
}

/// A language's line with nothing in it (for the instant a row leaves the board).
fn empty_line(code: &str) -> LanguageBoard {
    LanguageBoard {
        language: code.to_owned(),
        waiting: 0,
        longest_wait_seconds: 0,
        average_wait_last_hour_seconds: None,
        counsellors_available: 0,
        counsellors_busy: 0,
        counsellors_away: 0,
        chats_in_progress: 0,
        left_messages: 0,
        oldest_left_message_seconds: None,
        last_hour: Outcomes::default(),
        today: Outcomes::default(),
    }
}

/// Everyone signed in now: name, role, status, load and languages.
#[component]
fn StaffOnDuty(l10n: L10n, state: ConsoleState) -> impl IntoView {
    let staff = Memo::new(move |_| {
        state.board.with(|board| board.as_ref().map(|board| board.staff.clone()).unwrap_or_default())
    });
    view! {
        <section class="board-staff" aria-labelledby="board-staff-heading" class:hidden=move || state.board.with(Option::is_none)>
            <h2 id="board-staff-heading">{l10n.text("staff-board-staff-heading")}</h2>
            <div class="table-scroll" tabindex="0" role="group" aria-labelledby="board-staff-heading">
                <table class="staff-table">
                    <thead>
                        <tr>
                            <th scope="col">{l10n.text("staff-board-staff-name")}</th>
                            <th scope="col">{l10n.text("staff-board-staff-role")}</th>
                            <th scope="col">{l10n.text("staff-status-label")}</th>
                            <th scope="col">{l10n.text("staff-board-staff-load")}</th>
                            <th scope="col">{l10n.text("staff-board-staff-languages")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || staff.get() key=|person| format!("{person:?}") let:person>
                            <StaffRow l10n=l10n person=person/>
                        </For>
                    </tbody>
                </table>
            </div>
        </section>
    }
}

#[component]
fn StaffRow(l10n: L10n, person: StaffPresence) -> impl IntoView {
    let languages = person.languages.clone();
    let names = move || languages.iter().map(|code| l10n.language_name(code)).collect::<Vec<_>>().join(", ");
    let role = person.role;
    let status = person.status;
    view! {
        <tr data-username=person.username.clone()>
            <th scope="row" dir="auto">{person.display_name.clone()}</th>
            <td>{move || l10n.t(labels::role(role))}</td>
            // Only counsellors take children, so only their status means something.
            <td>{move || if role == StaffRole::Counsellor { l10n.t(labels::status(status)) } else { labels::ABSENT.to_owned() }}</td>
            <td>{format!("{}/{}", person.chats, person.max_chats)}</td>
            <td>{names}</td>
        </tr>
    }
}
