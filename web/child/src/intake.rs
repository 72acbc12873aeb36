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
            // Coming back with a return code taken on an earlier visit.
            <button type="button" class="secondary have-code" on:click=move |_| {
                state.error.set(None);
                state.phase.set(Phase::Code);
            }>
                {l10n.text("codes-have-code-button")}
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
fn toggle(chosen: &mut Vec<String>, item: &str) {
    match chosen.iter().position(|candidate| candidate == item) {
        Some(index) => {
            chosen.remove(index);
        }
        None => chosen.push(item.to_owned()),
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

/// One button of a question.
struct Choice {
    /// What is sent: a topic's or an age band's wire name, or a language's code.
    value: String,
    /// A Fluent message id, or for a language its own name, shown as it is.
    label: String,
    icon: Option<&'static str>,
}

/// A question's buttons, pressed or not. Every question on this screen is this one
/// component with the same closures, so the page carries the code of one list of
/// buttons instead of three (about 3 KB brotli each).
#[component]
fn Choices(
    l10n: L10n,
    chosen: RwSignal<Vec<String>>,
    choices: Vec<Choice>,
    /// One answer at most (a second tap on it takes it back).
    single: bool,
    /// The choices are languages: named in their own language and script, and the
    /// page's own language is not offered.
    languages: bool,
) -> impl IntoView {
    choices
        .into_iter()
        .map(|Choice { value, label, icon }| {
            let pressed = {
                let value = value.clone();
                move || chosen.with(|chosen| chosen.contains(&value)).to_string()
            };
            let current = {
                let value = value.clone();
                move || languages && l10n.code() == value
            };
            let lang = languages.then(|| value.clone());
            let text = move || if languages { label.clone() } else { l10n.t(&label) };
            let press = move |_| {
                chosen.update(|chosen| {
                    if single && !chosen.contains(&value) {
                        chosen.clear();
                    }
                    toggle(chosen, &value);
                })
            };
            view! {
                <button type="button" class="choice" lang=lang class:hidden=current aria-pressed=pressed on:click=press>
                    {icon.map(|path| view! { <svg viewBox="0 0 24 24" aria-hidden="true" class="icon"><path d=path/></svg> })}
                    <span>{text}</span>
                </button>
            }
        })
        .collect_view()
}

/// The country question's options: "none", then every country named in the page's
/// language and sorted as it sorts; rebuilt when the language changes, keeping the
/// answer. Written to the page directly: as a reactive list of views, the options
/// cost the child's download about 4 KB.
fn fill_countries(select: &web_sys::Element, l10n: L10n, chosen: Option<&str>) {
    select.set_text_content(None);
    let document = document();
    let add = |value: &str, name: &str| {
        if let Ok(option) = document.create_element("option") {
            let _ = option.set_attribute("value", value);
            if chosen == Some(value) {
                let _ = option.set_attribute("selected", "");
            }
            option.set_text_content(Some(name));
            let _ = select.append_child(&option);
        }
    };
    add("", &l10n.t("intake-country-none"));
    for (code, name) in country_names(&l10n.code()) {
        add(code, &name);
    }
}

#[component]
pub fn Intake(l10n: L10n, state: ChildState, languages: Vec<(String, String)>) -> impl IntoView {
    let topics = RwSignal::new(Vec::<String>::new());
    let age_band = RwSignal::new(Vec::<String>::new());
    let also_reads = RwSignal::new(Vec::<String>::new());
    let country = RwSignal::new(None::<String>);
    let skip = move |_| {
        state.language.set_value(l10n.code());
        state.start(IntakeAnswers::default(), Vec::new());
    };
    let go = move |_| {
        state.language.set_value(l10n.code());
        let answers = IntakeAnswers {
            topics: topics.with_untracked(|chosen| {
                chosen.iter().filter_map(|name| Topic::ALL.into_iter().find(|topic| topic.as_str() == name)).collect()
            }),
            age_band: age_band.with_untracked(|chosen| chosen.first().and_then(|name| AgeBand::parse(name))),
            country: country.get_untracked(),
        };
        state.start(answers, also_reads.get_untracked());
    };
    let country_select = NodeRef::<leptos::html::Select>::new();
    Effect::new(move |_| {
        if let Some(select) = country_select.get() {
            fill_countries(&select, l10n, country.get_untracked().as_deref());
        }
    });
    let topic_choices = Topic::ALL
        .into_iter()
        .map(|topic| Choice {
            value: topic.as_str().to_owned(),
            label: format!("topic-{}", topic.as_str()),
            icon: Some(topic_icon(topic)),
        })
        .collect();
    let age_choices = AgeBand::ALL
        .into_iter()
        .map(|band| Choice { value: band.as_str().to_owned(), label: age_id(band).to_owned(), icon: None })
        .collect();
    let language_choices =
        languages.into_iter().map(|(code, name)| Choice { value: code, label: name, icon: None }).collect();
    view! {
        <section class="intake" aria-labelledby="intake-heading">
            <h1 id="intake-heading" tabindex="-1">{l10n.text("intake-heading")}</h1>
            <p>{l10n.text("intake-body")}</p>
            <button type="button" class="primary skip" on:click=skip>{l10n.text("intake-skip-button")}</button>

            <fieldset class="topics">
                <legend>{l10n.text("intake-topic-question")}</legend>
                <div class="choices">
                    <Choices l10n=l10n chosen=topics choices=topic_choices single=false languages=false/>
                </div>
            </fieldset>

            <fieldset class="ages">
                <legend>{l10n.text("intake-age-question")}</legend>
                <div class="choices">
                    <Choices l10n=l10n chosen=age_band choices=age_choices single=true languages=false/>
                </div>
            </fieldset>

            <fieldset class="languages">
                <legend>{l10n.text("intake-languages-question")}</legend>
                <div class="choices">
                    <Choices l10n=l10n chosen=also_reads choices=language_choices single=false languages=true/>
                </div>
            </fieldset>

            <label class="country">
                <span>{l10n.text("intake-country-question")}</span>
                <select node_ref=country_select on:change=move |event| {
                    let code = event_target_value(&event);
                    country.set((!code.is_empty()).then_some(code));
                }></select>
            </label>

            <button type="button" class="primary start" on:click=go>{l10n.text("intake-continue-button")}</button>
            <DangerNote l10n=l10n/>
        </section>
    }
}
