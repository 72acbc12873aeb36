//! Referral: search the directory (country, topic, language, open now), pick a
//! service, say why and whether the child agreed, and send the child a card in the
//! child's language. Filters start from what the child said before the chat.

use bridgeline_protocol::{validate_text, ConversationId, Service, StaffRequest, Topic};
use bridgeline_web_core::browser::new_id;
use bridgeline_web_core::intl::country_names;
use bridgeline_web_core::l10n::L10n;
use leptos::prelude::*;

use crate::state::{fetch_json, ConsoleState};

/// The directory query for these filters; empty filters are left out ("any").
fn directory_path(country: &str, topic: &str, language: &str, open_now: bool) -> String {
    let mut path = String::from("/api/v1/directory?");
    for (name, value) in [("country", country), ("topic", topic), ("language", language)] {
        if !value.is_empty() {
            path.push_str(&format!("{name}={value}&"));
        }
    }
    if open_now {
        path.push_str("open_now=true");
    }
    path.trim_end_matches(['&', '?']).to_owned()
}

#[component]
pub fn Referral(l10n: L10n, state: ConsoleState, conversation_id: ConversationId) -> impl IntoView {
    let id = StoredValue::new(conversation_id);
    let (intake, chat_language) = id
        .with_value(|id| {
            state.chats.with_untracked(|chats| {
                chats
                    .iter()
                    .find(|chat| &chat.conversation_id == id)
                    .map(|chat| (chat.intake.clone(), chat.language.clone()))
            })
        })
        .unwrap_or_default();
    let country = RwSignal::new(intake.country.clone().unwrap_or_default());
    let topic = RwSignal::new(intake.topics.first().map(|topic| topic.as_str().to_owned()).unwrap_or_default());
    let language = RwSignal::new(chat_language);
    let open_now = RwSignal::new(false);
    let results: RwSignal<Option<Vec<Service>>> = RwSignal::new(None);
    let chosen = RwSignal::new(String::new());
    let reason = RwSignal::new(String::new());
    let child_agreed = RwSignal::new(false);

    let search = move || {
        let path = directory_path(
            &country.get_untracked(),
            &topic.get_untracked(),
            &language.get_untracked(),
            open_now.get_untracked(),
        );
        leptos::task::spawn_local(async move {
            let found = fetch_json::<Vec<Service>>(&path).await.unwrap_or_default();
            chosen.set(String::new());
            results.set(Some(found));
        });
    };
    let refer = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let service_id = chosen.get_untracked();
        let text = reason.get_untracked();
        if service_id.is_empty() || validate_text(&text).is_err() {
            return;
        }
        state.send(StaffRequest::Refer {
            id: new_id(),
            conversation_id: id.get_value(),
            service_id,
            reason: text,
            child_agreed: child_agreed.get_untracked(),
        });
        reason.set(String::new());
        child_agreed.set(false);
        chosen.set(String::new());
    };
    let any = move || l10n.t("staff-directory-any");
    let countries = move || country_names(&l10n.code());
    view! {
        <details class="directory">
            // The first opening searches with the defaults at once.
            <summary on:click=move |_| if results.with_untracked(Option::is_none) { search() }>
                {l10n.text("staff-directory-heading")}
            </summary>
            <form class="filters" on:submit=move |event: leptos::ev::SubmitEvent| {
                event.prevent_default();
                search();
            }>
                <label>
                    <span>{l10n.text("staff-directory-country")}</span>
                    <select id="directory-country" on:change=move |event| country.set(event_target_value(&event))>
                        <option value="" selected=move || country.get().is_empty()>{any}</option>
                        {move || countries().into_iter().map(|(code, name)| {
                            view! { <option value=code selected=move || country.get() == code>{name}</option> }
                        }).collect_view()}
                    </select>
                </label>
                <label>
                    <span>{l10n.text("staff-directory-topic")}</span>
                    <select id="directory-topic" on:change=move |event| topic.set(event_target_value(&event))>
                        <option value="" selected=move || topic.get().is_empty()>{any}</option>
                        {Topic::ALL.into_iter().map(|choice| view! {
                            <option value=choice.as_str() selected=move || topic.get() == choice.as_str()>
                                {move || l10n.t(&format!("staff-topic-{}", choice.as_str()))}
                            </option>
                        }).collect_view()}
                    </select>
                </label>
                <label>
                    <span>{l10n.text("staff-directory-language")}</span>
                    <select id="directory-language" on:change=move |event| language.set(event_target_value(&event))>
                        <option value="" selected=move || language.get().is_empty()>{any}</option>
                        {move || state.languages.get().into_iter().map(|locale| {
                            let code = locale.code.clone();
                            view! { <option value=locale.code lang=code.clone() selected=move || language.get() == code>{locale.native_name}</option> }
                        }).collect_view()}
                    </select>
                </label>
                <label class="option">
                    <input type="checkbox" prop:checked=move || open_now.get() on:change=move |event| open_now.set(event_target_checked(&event))/>
                    {l10n.text("staff-directory-open-now")}
                </label>
                <button type="submit" class="secondary">{l10n.text("staff-directory-search")}</button>
            </form>
            <Show when=move || results.with(|found| found.as_ref().is_some_and(Vec::is_empty))>
                <p class="empty">{l10n.text("staff-directory-empty")}</p>
            </Show>
            <form class="refer" on:submit=refer class:hidden=move || results.with(|found| found.as_ref().is_none_or(Vec::is_empty))>
                <ul class="services">
                    {move || results.get().unwrap_or_default().into_iter().map(|service| view! {
                        <ServiceChoice l10n=l10n service=service chosen=chosen/>
                    }).collect_view()}
                </ul>
                <label for="referral-reason">{l10n.text("staff-referral-reason")}</label>
                <textarea id="referral-reason" rows="2" dir="auto" required prop:value=move || reason.get()
                    on:input=move |event| reason.set(event_target_value(&event))></textarea>
                <label class="option">
                    <input type="checkbox" id="referral-agreed" prop:checked=move || child_agreed.get()
                        on:change=move |event| child_agreed.set(event_target_checked(&event))/>
                    {l10n.text("staff-referral-child-agreed")}
                </label>
                <button type="submit" class="primary refer-button" disabled=move || chosen.get().is_empty()>
                    {l10n.text("staff-referral-send")}
                </button>
            </form>
        </details>
    }
}

/// One service of the results, to pick: where it works, how to reach it, when it is
/// open, and what it does (in the console's language, else English).
#[component]
fn ServiceChoice(l10n: L10n, service: Service, chosen: RwSignal<String>) -> impl IntoView {
    let service_id = service.id.clone();
    let picked = service.id.clone();
    let place = move || match &service.country {
        Some(code) => bridgeline_web_core::intl::country_name(&l10n.code(), code),
        None => l10n.t("staff-directory-eu-wide"),
    };
    let hours = service.hours.clone().unwrap_or_default();
    let open = move || if service.always_open { l10n.t("staff-directory-always-open") } else { hours.clone() };
    let descriptions = service.descriptions.clone();
    let description =
        move || descriptions.get(&l10n.code()).or_else(|| descriptions.get("en")).cloned().unwrap_or_default();
    let url = service.url.clone().filter(|url| url.starts_with("https://") || url.starts_with("http://"));
    view! {
        <li class="service">
            <label class="option">
                <input type="radio" name="service" value=service_id.clone()
                    prop:checked=move || chosen.get() == service_id on:change=move |_| chosen.set(picked.clone())/>
                <span class="name" dir="auto">{service.name}</span>
            </label>
            <p class="meta">
                <span>{place}</span>
                {service.phone.map(|phone| view! { " · " <span class="phone" dir="ltr">{phone}</span> })}
                {move || {
                    let open = open();
                    (!open.is_empty()).then(|| view! { " · " <span>{open}</span> })
                }}
            </p>
            {url.map(|url| {
                let href = url.clone();
                view! { <p class="url"><a href=href target="_blank" rel="noopener noreferrer" dir="ltr">{url}</a></p> }
            })}
            <p class="description">{description}</p>
        </li>
    }
}
