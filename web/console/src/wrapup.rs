//! The wrap-up of an ended chat: contact categories from Child Helpline
//! International's taxonomy (each category also as "unspecified / other"), the
//! outcome, and whether the case crosses a border.

use bridgeline_protocol::taxonomy::{label_id, TAXONOMY};
use bridgeline_protocol::{ConversationId, Outcome, StaffRequest, WrapUp};
use bridgeline_web_core::browser::new_id;
use bridgeline_web_core::l10n::L10n;
use leptos::prelude::*;

use crate::labels;
use crate::state::ConsoleState;

#[component]
pub fn WrapUpForm(l10n: L10n, state: ConsoleState, conversation_id: ConversationId) -> impl IntoView {
    let id = StoredValue::new(conversation_id);
    let categories: RwSignal<Vec<String>> = RwSignal::new(Vec::new());
    let outcome: RwSignal<Option<Outcome>> = RwSignal::new(None);
    let cross_border = RwSignal::new(false);
    let missing_category = RwSignal::new(false);
    // Said after a try without one, until one is ticked.
    let missing = move || missing_category.get() && categories.with(Vec::is_empty);
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let chosen = categories.get_untracked();
        missing_category.set(chosen.is_empty());
        // The outcome radios are `required`: the form is not submitted without one.
        let (false, Some(outcome)) = (chosen.is_empty(), outcome.get_untracked()) else { return };
        state.send(StaffRequest::WrapUp {
            id: new_id(),
            conversation_id: id.get_value(),
            wrap_up: WrapUp { categories: chosen, outcome, cross_border: cross_border.get_untracked() },
        });
    };
    view! {
        <section class="wrapup" aria-labelledby="wrapup-heading">
            <h3 id="wrapup-heading">{l10n.text("staff-wrapup-heading")}</h3>
            <form on:submit=on_submit>
                <fieldset class="categories">
                    <legend>{l10n.text("staff-wrapup-categories")}</legend>
                    <CategoryPicker l10n=l10n chosen=categories/>
                </fieldset>
                <p class="error" role="alert" class:hidden=move || !missing()>
                    {move || if missing() { l10n.t("staff-wrapup-pick-one") } else { String::new() }}
                </p>
                <fieldset class="outcomes">
                    <legend>{l10n.text("staff-wrapup-outcome")}</legend>
                    {Outcome::ALL.into_iter().map(|choice| view! {
                        <label class="option">
                            <input type="radio" name="outcome" value=choice.as_str() required
                                prop:checked=move || outcome.get() == Some(choice) on:change=move |_| outcome.set(Some(choice))/>
                            {move || l10n.t(labels::outcome(choice))}
                        </label>
                    }).collect_view()}
                </fieldset>
                <label class="option">
                    <input type="checkbox" id="cross-border" prop:checked=move || cross_border.get()
                        on:change=move |event| cross_border.set(event_target_checked(&event))/>
                    {l10n.text("staff-wrapup-cross-border")}
                </label>
                <button type="submit" class="primary save-wrapup">{l10n.text("staff-wrapup-save")}</button>
            </form>
        </section>
    }
}

/// The taxonomy's categories as checkboxes, each with sub-categories folded under it
/// (with "unspecified / other" first) and a count of those ticked: the wrap-up's
/// picker, also the handover summary's (the partner reads the same codes in its
/// language).
#[component]
pub fn CategoryPicker(l10n: L10n, chosen: RwSignal<Vec<String>>) -> impl IntoView {
    let checkbox = move |code: String, label: String| {
        let toggled = code.clone();
        let checked = code.clone();
        view! {
            <label class="option">
                <input type="checkbox" value=code prop:checked=move || chosen.with(|chosen| chosen.contains(&checked))
                    on:change=move |event| {
                        let on = event_target_checked(&event);
                        chosen.update(|chosen| {
                            chosen.retain(|known| *known != toggled);
                            if on {
                                chosen.push(toggled.clone());
                            }
                        });
                    }/>
                {move || l10n.t(&label)}
            </label>
        }
    };
    TAXONOMY
        .iter()
        .map(|category| {
            let code = category.id.to_owned();
            if category.subcategories.is_empty() {
                return checkbox(code.clone(), label_id(&code)).into_any();
            }
            let prefix = format!("{code}.");
            let count = move || {
                chosen
                    .with(|chosen| chosen.iter().filter(|known| **known == code || known.starts_with(&prefix)).count())
            };
            let heading = label_id(category.id);
            view! {
                <details class="category">
                    <summary>
                        {move || l10n.t(&heading)}
                        {move || (count() > 0).then(|| view! { <span class="badge">{count()}</span> })}
                    </summary>
                    {checkbox(category.id.to_owned(), "staff-taxonomy-other".to_owned())}
                    {category.subcategories.iter().map(|sub| {
                        let code = format!("{}.{sub}", category.id);
                        checkbox(code.clone(), label_id(&code))
                    }).collect_view()}
                </details>
            }
            .into_any()
        })
        .collect_view()
}
