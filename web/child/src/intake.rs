//! Before the chat: a short welcome, then the optional questions. One tap skips them
//! all; nothing here is required, and nothing identifies the child.

use bridgeline_protocol::{AgeBand, Intake as IntakeAnswers, Topic};
use bridgeline_web_core::l10n::L10n;
use leptos::prelude::*;

use crate::page::{DangerNote, ErrorNote, PhoneLine};
use crate::state::{ChildState, Phase};
use bridgeline_web_core::intl::country_names;

/// The welcome, laid out as the server rendered it before the app ran
/// (`server/src/http/child_shell.rs`): only the status line becomes the start button.
#[component]
pub fn Intro(l10n: L10n, state: ChildState, phone: String) -> impl IntoView {
    view! {
        <section class="intro">
            <h1 tabindex="-1">{l10n.text("intro-heading")}</h1>
            <p>{l10n.text("intro-body")}</p>
            <p class="hint">{l10n.text("intro-quick-exit-hint")}</p>
            <p class="hint">{l10n.text("intro-private-hint")}</p>
            <ErrorNote l10n=l10n state=state/>
            <button type="button" class="primary start" on:click=move |_| state.phase.set(Phase::Intake)>
                {l10n.text("intro-start-button")}
            </button>
            <DangerNote l10n=l10n/>
            <PhoneLine l10n=l10n phone=phone/>
        </section>
    }
}

/// A simple line icon per topic, drawn here: no icon font, nothing downloaded.
fn topic_icon(topic: Topic) -> &'static str {
    match topic {
        Topic::Family => "M3 11 12 4l9 7M5 9.5V20h14V9.5M10 20v-5h4v5",
        Topic::Friends => {
            "M8 5a3 3 0 1 0 .01 0M16 5a3 3 0 1 0 .01 0M2 20c0-4 3-6 6-6s6 2 6 6M12 15c1-1 2.5-1 4-1 3 0 6 2 6 6"
        }
        Topic::Bullying => "M13 2 4 14h7l-1 8 9-12h-7z",
        Topic::Violence => "M12 3l8 3v6c0 5-4 8-8 9-4-1-8-4-8-9V6z",
        Topic::Feelings => "M12 20s-8-5-8-11a4 4 0 0 1 8-1 4 4 0 0 1 8 1c0 6-8 11-8 11z",
        Topic::Body => "M10 4h4v6h6v4h-6v6h-4v-6H4v-4h6z",
        Topic::School => "M3 5h8v14H3zM13 5h8v14h-8z",
        Topic::Love => "M12 3l2.6 6 6.4.6-4.8 4.3 1.4 6.3L12 17l-5.6 3.2 1.4-6.3L3 9.6 9.4 9z",
        Topic::Online => "M7 2h10v20H7zM11 18h2",
        Topic::Migration => "M12 3a9 9 0 1 0 .01 0M3 12h18M12 3c3.5 3.5 3.5 14.5 0 18M12 3c-3.5 3.5-3.5 14.5 0 18",
        Topic::Missing => "M10 4a6 6 0 1 0 .01 0M14.5 14.5 21 21",
        Topic::Other => "M5 12h.01M12 12h.01M19 12h.01",
    }
}

/// Adds `item` to a multiple choice, or takes it out if it was there.
fn toggle<T: PartialEq>(chosen: &mut Vec<T>, item: T) {
    match chosen.iter().position(|candidate| *candidate == item) {
        Some(index) => {
            chosen.remove(index);
        }
        None => chosen.push(item),
    }
}

fn age_id(band: AgeBand) -> &'static str {
    match band {
        AgeBand::Under10 => "age-under-10",
        AgeBand::From10To12 => "age-10-12",
        AgeBand::From13To15 => "age-13-15",
        AgeBand::From16To17 => "age-16-17",
        AgeBand::Adult => "age-18-plus",
    }
}

#[component]
pub fn Intake(l10n: L10n, state: ChildState, languages: Vec<(String, String)>) -> impl IntoView {
    let topics = RwSignal::new(Vec::<Topic>::new());
    let age_band = RwSignal::new(None::<AgeBand>);
    let also_reads = RwSignal::new(Vec::<String>::new());
    let country = RwSignal::new(None::<String>);
    let skip = move |_| {
        state.language.set_value(l10n.code());
        state.start(IntakeAnswers::default(), Vec::new());
    };
    let go = move |_| {
        state.language.set_value(l10n.code());
        let answers = IntakeAnswers {
            topics: topics.get_untracked(),
            age_band: age_band.get_untracked(),
            country: country.get_untracked(),
        };
        state.start(answers, also_reads.get_untracked());
    };
    let countries = Memo::new(move |_| country_names(&l10n.code()));
    view! {
        <section class="intake" aria-labelledby="intake-heading">
            <h1 id="intake-heading" tabindex="-1">{l10n.text("intake-heading")}</h1>
            <p>{l10n.text("intake-body")}</p>
            <button type="button" class="primary skip" on:click=skip>{l10n.text("intake-skip-button")}</button>

            <fieldset class="topics">
                <legend>{l10n.text("intake-topic-question")}</legend>
                <div class="choices">
                    {Topic::ALL
                        .into_iter()
                        .map(|topic| {
                            let chosen = move || topics.with(|chosen| chosen.contains(&topic));
                            let toggle = move |_| topics.update(|chosen| toggle(chosen, topic));
                            view! {
                                <button type="button" class="choice topic" aria-pressed=move || chosen().to_string() on:click=toggle>
                                    <svg viewBox="0 0 24 24" aria-hidden="true" class="icon"><path d=topic_icon(topic)/></svg>
                                    <span>{move || l10n.t(&format!("topic-{}", topic.as_str()))}</span>
                                </button>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>

            <fieldset class="ages">
                <legend>{l10n.text("intake-age-question")}</legend>
                <div class="choices">
                    {AgeBand::ALL
                        .into_iter()
                        .map(|band| {
                            view! {
                                <button type="button" class="choice" aria-pressed=move || (age_band.get() == Some(band)).to_string()
                                    on:click=move |_| age_band.update(|chosen| *chosen = if *chosen == Some(band) { None } else { Some(band) })>
                                    {move || l10n.t(age_id(band))}
                                </button>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>

            <fieldset class="languages">
                <legend>{l10n.text("intake-languages-question")}</legend>
                <div class="choices">
                    {languages
                        .into_iter()
                        .map(|(code, name)| {
                            let shown = code.clone();
                            let toggled = code.clone();
                            let chosen = move || also_reads.with(|chosen| chosen.contains(&code));
                            view! {
                                <button type="button" class="choice" lang=shown.clone()
                                    class:hidden=move || l10n.code() == shown
                                    aria-pressed=move || chosen().to_string()
                                    on:click=move |_| also_reads.update(|chosen| toggle(chosen, toggled.clone()))>
                                    {name}
                                </button>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>

            <label class="country">
                <span>{l10n.text("intake-country-question")}</span>
                <select on:change=move |event| {
                    let code = event_target_value(&event);
                    country.set((!code.is_empty()).then_some(code));
                }>
                    <option value="">{l10n.text("intake-country-none")}</option>
                    {move || countries
                        .get()
                        .into_iter()
                        .map(|(code, name)| view! {
                            <option value=code selected=move || country.get().as_deref() == Some(code)>{name}</option>
                        })
                        .collect_view()}
                </select>
            </label>

            <button type="button" class="primary start" on:click=go>{l10n.text("intake-continue-button")}</button>
            <DangerNote l10n=l10n/>
        </section>
    }
}
