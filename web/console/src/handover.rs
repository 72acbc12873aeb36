//! Handing a held chat's case to a partner helpline in another country (see
//! `docs/protocol.md`, "Handovers to partner helplines"): choose the partner (those
//! who speak the chat's language first), ask the child, and once they said yes send a
//! summary written for a reader in another language, with the chat itself only when
//! the child agreed to that too. A coordinator or admin may send the case of a child
//! in imminent danger without consent, with a reason. Each handover sent is listed
//! with its status as the partner's answer comes.
//!
//! What the console knows (questions, answers, statuses) and the decisions (whom to
//! suggest, what may go) are pure, in `bridgeline_protocol::handover_view`; this
//! module draws them and sends the requests.

use bridgeline_protocol::catalog::Arg;
use bridgeline_protocol::handover_view::{
    consent_state, form_problems, may_send_without_consent, referral_names, send_terms, speaks, suggested_partners,
    ConsentState, FormProblem, HandoverDraft, NotYet, Pending, SentHandover,
};
use bridgeline_protocol::handovers::{ConsentAnswer, ConsentView, HandoverStatus, OutgoingHandover, PartnerView};
use bridgeline_protocol::{ConversationId, RiskLevel, StaffRequest};
use bridgeline_web_core::browser::new_id;
use bridgeline_web_core::intl::{country_name, country_names};
use bridgeline_web_core::l10n::L10n;
use leptos::prelude::*;

use crate::labels;
use crate::state::ConsoleState;
use crate::wrapup::CategoryPicker;

/// A partner as the choice reads: its name, the countries it serves and the languages
/// it speaks, in the reader's language.
fn partner_label(l10n: L10n, partner: &PartnerView) -> String {
    let countries: Vec<String> = partner.countries.iter().map(|code| country_name(&l10n.code(), code)).collect();
    let languages: Vec<String> = partner.languages.iter().map(|code| l10n.language_name(code)).collect();
    l10n.t_with(
        "staff-handover-partner-option",
        &[
            ("name", Arg::Text(&partner.name)),
            ("countries", Arg::Text(&countries.join(", "))),
            ("languages", Arg::Text(&languages.join(", "))),
        ],
    )
}

/// The handover panel of a held chat: the form while the chat is live, and the
/// handovers sent from it (live or ended: a partner may answer after the chat ended).
/// Nothing when no partner is configured and nothing was sent.
#[component]
pub fn HandoverPanel(l10n: L10n, state: ConsoleState, conversation_id: ConversationId) -> impl IntoView {
    let id = StoredValue::new(conversation_id);
    let ended = move || id.with_value(|id| state.with_chat(id, |chat| chat.ended));
    let has_partners = move || state.handovers.with(|handovers| !handovers.partners.is_empty());
    view! {
        <Show when=move || has_partners() && !ended()>
            <HandoverForm l10n=l10n state=state conversation_id=id.get_value()/>
        </Show>
        <SentHandovers l10n=l10n state=state conversation_id=id.get_value()/>
    }
}

/// The form, folded like the directory: partner, consent, summary, send.
#[component]
fn HandoverForm(l10n: L10n, state: ConsoleState, conversation_id: ConversationId) -> impl IntoView {
    let id = StoredValue::new(conversation_id);
    let chat_language = Memo::new(move |_| id.with_value(|id| state.with_chat(id, |chat| chat.language.clone())));
    let intake = Memo::new(move |_| id.with_value(|id| state.with_chat(id, |chat| chat.intake.clone())));
    let chat_risk = Memo::new(move |_| id.with_value(|id| state.with_chat(id, |chat| chat.risk)));
    let referred = Memo::new(move |_| id.with_value(|id| state.with_chat(id, |chat| referral_names(&chat.messages))));

    // The form as it was left in this chat, and kept as it changes.
    let saved = id.with_value(|id| state.handover_drafts.with_value(|drafts| drafts.get(id).cloned()));
    let draft = RwSignal::new(saved.unwrap_or_default());
    let categories = RwSignal::new(draft.with_untracked(|draft| draft.categories.clone()));
    Effect::new(move |_| {
        let chosen = categories.get();
        draft.update(|draft| draft.categories = chosen);
    });
    // Kept once something was chosen or written (the form then opens as it was left).
    Effect::new(move |_| {
        let current = draft.get();
        if current != HandoverDraft::default() {
            id.with_value(|id| {
                state.handover_drafts.update_value(|drafts| {
                    drafts.insert(id.clone(), current);
                })
            });
        }
    });
    let country =
        Memo::new(move |_| draft.with(|draft| intake.with(|intake| draft.country(intake))).unwrap_or_default());
    let risk = Memo::new(move |_| draft.with(|draft| draft.risk).unwrap_or(chat_risk.get()));

    let suggested = Memo::new(move |_| {
        let country = intake.with(|intake| intake.country.clone());
        state
            .handovers
            .with(|handovers| suggested_partners(&handovers.partners, &chat_language.get(), country.as_deref()))
    });
    // The partner chosen, or the first suggested (also when the chosen one was removed).
    let partner = Memo::new(move |_| {
        let chosen = draft.with(|draft| draft.partner.clone());
        suggested.with(|partners| {
            partners
                .iter()
                .find(|partner| partner.name == chosen)
                .or(partners.first())
                .map(|partner| partner.name.clone())
        })
    });
    let consent = Memo::new(move |_| {
        let partner = partner.get()?;
        id.with_value(|id| state.handovers.with(|handovers| handovers.latest_consent(id, &partner)))
    });
    let asking =
        move || id.with_value(|id| state.handovers.with(|handovers| handovers.is_pending(&Pending::Ask(id.clone()))));
    // A handover on its way (asked for, or sent and neither failed nor declined) is
    // not sent twice; an answer the server took once is not offered again.
    let sending = move || {
        let partner = partner.get().unwrap_or_default();
        id.with_value(|id| {
            state
                .handovers
                .with(|handovers| handovers.is_pending(&Pending::Send(id.clone())) || handovers.in_flight(id, &partner))
        })
    };
    let consent_used = Memo::new(move |_| {
        let Some(consent) = consent.get() else { return false };
        id.with_value(|id| {
            state.handovers.with(|handovers| handovers.consent_used(id, &consent.partner, &consent.consent_id))
        })
    });

    let ask = move |_| {
        let Some(partner) = partner.get_untracked() else { return };
        let request_id = new_id();
        let conversation_id = id.get_value();
        state
            .handovers
            .update(|handovers| handovers.request_sent(request_id.clone(), Pending::Ask(conversation_id.clone())));
        state.send(StaffRequest::AskHandoverConsent {
            id: request_id,
            conversation_id,
            partner,
            transcript: draft.with_untracked(|draft| draft.include_chat),
        });
    };

    // Problems are said once a send was tried, then kept up to date as they are fixed.
    let tried = RwSignal::new(false);
    let without_consent_tried = RwSignal::new(false);
    let summary = move || {
        draft.with(|draft| {
            intake.with(|intake| draft.summary(&chat_language.get(), intake, chat_risk.get(), &referred.get()))
        })
    };
    let problems = move || {
        let reason = draft.with(|draft| draft.without_consent_reason.clone());
        let reason = without_consent_tried.get().then_some(reason);
        if tried.get() || without_consent_tried.get() {
            form_problems(&summary(), reason.as_deref())
        } else {
            Vec::new()
        }
    };
    let send = move |without_consent: bool| {
        let Some(partner) = partner.get_untracked() else { return };
        let summary = untrack(summary);
        let reason =
            without_consent.then(|| draft.with_untracked(|draft| draft.without_consent_reason.trim().to_owned()));
        if !form_problems(&summary, reason.as_deref()).is_empty() || summary.validate().is_err() || untrack(sending) {
            return;
        }
        let (consent_id, transcript) = if without_consent {
            (None, false)
        } else {
            match consent.get_untracked().as_ref().map(send_terms) {
                Some(Ok(terms)) => (Some(terms.consent_id), terms.transcript),
                _ => return,
            }
        };
        let request_id = new_id();
        let conversation_id = id.get_value();
        let sent = SentHandover {
            handover_id: None,
            conversation_id: conversation_id.clone(),
            partner: partner.clone(),
            summary: summary.clone(),
            consent_id: consent_id.clone(),
            transcript,
            without_consent_reason: reason.clone(),
        };
        state.handovers.update(|handovers| {
            handovers.request_sent(request_id.clone(), Pending::Send(conversation_id.clone()));
            handovers.handover_sent(sent);
        });
        state.send(StaffRequest::SendHandover {
            id: request_id,
            conversation_id,
            partner,
            summary,
            consent_id,
            transcript,
            without_consent_reason: reason,
        });
    };
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        tried.set(true);
        send(false);
    };
    let may_send = move || {
        consent.with(|consent| consent.as_ref().is_some_and(|consent| send_terms(consent).is_ok()))
            && !consent_used.get()
    };
    let without_consent_allowed = move || may_send_without_consent(state.role.get(), chat_risk.get());
    let opened = id.with_value(|id| state.handover_drafts.with_value(|drafts| drafts.contains_key(id)));

    view! {
        <details class="handover" open=opened>
            <summary>{l10n.text("staff-handover-heading")}</summary>
            <p class="hint">{l10n.text("staff-handover-hint")}</p>
            <label class="handover-partner-choice">
                <span class="label">{l10n.text("staff-handover-partner")}</span>
                <select id="handover-partner" on:change=move |event| {
                    let chosen = event_target_value(&event);
                    draft.update(|draft| draft.partner = chosen);
                }>
                    <PartnerOptions l10n=l10n suggested=suggested chat_language=chat_language partner=partner/>
                </select>
            </label>
            <label class="option">
                <input type="checkbox" id="handover-include-chat" prop:checked=move || draft.with(|draft| draft.include_chat)
                    on:change=move |event| {
                        let on = event_target_checked(&event);
                        draft.update(|draft| draft.include_chat = on);
                    }/>
                {l10n.text("staff-handover-include-chat")}
            </label>
            <button type="button" class="secondary ask-consent" disabled=asking on:click=ask>
                {move || if consent.with(Option::is_some) { l10n.t("staff-handover-ask-again") } else { l10n.t("staff-handover-ask") }}
            </button>
            <ConsentLine l10n=l10n consent=consent/>
            <form class="handover-summary" on:submit=on_submit novalidate>
                <h4>{l10n.text("staff-handover-summary-heading")}</h4>
                <p class="hint write-plainly">{l10n.text("staff-handover-write-plainly")}</p>
                // Folded (the taxonomy is long); the count says how many are ticked.
                <details class="handover-categories">
                    <summary>
                        {l10n.text("staff-handover-categories")}
                        {move || categories.with(|chosen| (!chosen.is_empty()).then(|| view! { <span class="badge">{chosen.len()}</span> }))}
                    </summary>
                    <fieldset class="categories">
                        <legend class="visually-hidden">{l10n.text("staff-handover-categories")}</legend>
                        <CategoryPicker l10n=l10n chosen=categories/>
                    </fieldset>
                </details>
                <label>
                    <span class="label">{l10n.text("staff-handover-risk")}</span>
                    <select id="handover-risk" on:change=move |event| {
                        let level = RiskLevel::parse(&event_target_value(&event));
                        draft.update(|draft| draft.risk = level);
                    }>
                        {RiskLevel::ALL.into_iter().map(|level| {
                            let selected = move || risk.get() == level;
                            view! { <option value=level.as_str() selected=selected>{move || l10n.t(labels::risk(level))}</option> }
                        }).collect_view()}
                    </select>
                </label>
                <Languages l10n=l10n state=state draft=draft chat_language=chat_language/>
                <label>
                    <span class="label">{l10n.text("staff-handover-country")}</span>
                    <select id="handover-country" on:change=move |event| {
                        let chosen = event_target_value(&event);
                        draft.update(|draft| draft.country = Some(chosen));
                    }>
                        <option value="" selected=move || country.with(String::is_empty)>
                            {l10n.text("staff-handover-country-unknown")}
                        </option>
                        {move || country_names(&l10n.code()).into_iter().map(|(code, name)| {
                            view! { <option value=code selected=move || country.get() == code>{name}</option> }
                        }).collect_view()}
                    </select>
                </label>
                <TextField l10n=l10n draft=draft field=Text::WhatHappened/>
                <TextField l10n=l10n draft=draft field=Text::ChildWants/>
                <TextField l10n=l10n draft=draft field=Text::DoneSoFar/>
                <Referrals l10n=l10n draft=draft referred=referred/>
                <Problems l10n=l10n problems=Signal::derive(problems)/>
                <SendTerms l10n=l10n consent=consent used=consent_used on_its_way=Signal::derive(sending)/>
                <button type="submit" class="primary send-handover" disabled=move || !may_send() || sending()>
                    {move || l10n.t_with("staff-handover-send", &[("partner", Arg::Text(&partner.get().unwrap_or_default()))])}
                </button>
            </form>
            <Show when=without_consent_allowed>
                <WithoutConsent l10n=l10n draft=draft partner=partner sending=Signal::derive(sending)
                    tried=without_consent_tried send=Callback::new(move |()| send(true))/>
            </Show>
        </details>
    }
}

/// The partners to choose from: those who speak the chat's language first, then the
/// others, each group under a heading that says which it is.
#[component]
fn PartnerOptions(
    l10n: L10n,
    suggested: Memo<Vec<PartnerView>>,
    chat_language: Memo<String>,
    partner: Memo<Option<String>>,
) -> impl IntoView {
    let option = move |candidate: PartnerView| {
        let name = candidate.name.clone();
        let selected = move || partner.get().as_deref() == Some(name.as_str());
        view! { <option value=candidate.name.clone() selected=selected>{partner_label(l10n, &candidate)}</option> }
    };
    move || {
        let language = chat_language.get();
        let (speaking, others): (Vec<PartnerView>, Vec<PartnerView>) =
            suggested.get().into_iter().partition(|candidate| speaks(candidate, &language));
        let speaking_label =
            l10n.t_with("staff-handover-partners-speaking", &[("language", Arg::Text(&l10n.language_name(&language)))]);
        view! {
            {(!speaking.is_empty()).then(|| view! {
                <optgroup label=speaking_label>{speaking.into_iter().map(option).collect_view()}</optgroup>
            })}
            {(!others.is_empty()).then(|| view! {
                <optgroup label=l10n.t("staff-handover-partners-other")>{others.into_iter().map(option).collect_view()}</optgroup>
            })}
        }
    }
}

/// Where the question about the chosen partner stands, with its times.
#[component]
fn ConsentLine(l10n: L10n, consent: Memo<Option<ConsentView>>) -> impl IntoView {
    let text = move || {
        let consent = consent.get()?;
        let asked = labels::moment(&l10n.code(), consent.asked_at);
        let answered = labels::moment(&l10n.code(), consent.answered_at.unwrap_or(consent.asked_at));
        let asked_arg = [("asked", Arg::Text(&asked)), ("answered", Arg::Text(&answered))];
        Some(match consent_state(&consent) {
            ConsentState::Asked => l10n.t_with("staff-handover-consent-asked", &asked_arg),
            ConsentState::Answered(ConsentAnswer::Yes) if consent.transcript => {
                l10n.t_with("staff-handover-consent-yes-chat", &asked_arg)
            }
            ConsentState::Answered(ConsentAnswer::Yes) => l10n.t_with("staff-handover-consent-yes", &asked_arg),
            ConsentState::Answered(ConsentAnswer::SummaryOnly) => {
                l10n.t_with("staff-handover-consent-summary-only", &asked_arg)
            }
            ConsentState::Answered(ConsentAnswer::No) => l10n.t_with("staff-handover-consent-no", &asked_arg),
        })
    };
    let answer = move || {
        consent.with(|consent| match consent.as_ref().and_then(|consent| consent.answer) {
            Some(answer) => answer.as_str(),
            None if consent.is_some() => "asked",
            None => "none",
        })
    };
    // Read out when it changes: the child's answer comes while the counsellor writes.
    view! {
        <p class="consent-state" data-answer=answer role="status" class:hidden=move || consent.with(Option::is_none)>
            {text}
        </p>
    }
}

/// What the send button will do, or why it cannot yet.
#[component]
fn SendTerms(
    l10n: L10n,
    consent: Memo<Option<ConsentView>>,
    used: Memo<bool>,
    on_its_way: Signal<bool>,
) -> impl IntoView {
    let text = move || match consent.get().as_ref().map(send_terms) {
        _ if on_its_way.get() => l10n.t("staff-handover-on-its-way"),
        Some(Ok(_)) if used.get() => l10n.t("staff-handover-answer-used"),
        None => l10n.t("staff-handover-ask-first"),
        Some(Err(NotYet::Waiting)) => l10n.t("staff-handover-waiting-answer"),
        Some(Err(NotYet::Refused)) => l10n.t("staff-handover-refused"),
        Some(Ok(terms)) if terms.transcript => l10n.t("staff-handover-goes-with-chat"),
        Some(Ok(_)) => l10n.t("staff-handover-goes-summary-only"),
    };
    view! { <p class="send-terms">{text}</p> }
}

/// The three texts of the summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Text {
    WhatHappened,
    ChildWants,
    DoneSoFar,
}

#[component]
fn TextField(l10n: L10n, draft: RwSignal<HandoverDraft>, field: Text) -> impl IntoView {
    let (field_id, label, required) = match field {
        Text::WhatHappened => ("handover-what-happened", l10n.text("staff-handover-what-happened"), true),
        Text::ChildWants => ("handover-child-wants", l10n.text("staff-handover-child-wants"), true),
        Text::DoneSoFar => ("handover-done-so-far", l10n.text("staff-handover-done-so-far"), false),
    };
    // Each field follows only its own text: typing in one does not touch the others.
    let value = Memo::new(move |_| {
        draft.with(|draft| match field {
            Text::WhatHappened => draft.what_happened.clone(),
            Text::ChildWants => draft.child_wants.clone(),
            Text::DoneSoFar => draft.done_so_far.clone(),
        })
    });
    let on_input = move |event: leptos::ev::Event| {
        let text = event_target_value(&event);
        draft.update(|draft| match field {
            Text::WhatHappened => draft.what_happened = text,
            Text::ChildWants => draft.child_wants = text,
            Text::DoneSoFar => draft.done_so_far = text,
        });
    };
    view! {
        <label for=field_id>{label}</label>
        <textarea id=field_id rows="3" dir="auto" required=required prop:value=move || value.get() on:input=on_input></textarea>
    }
}

/// The child's languages: the chat's first (always), then those added.
#[component]
fn Languages(
    l10n: L10n,
    state: ConsoleState,
    draft: RwSignal<HandoverDraft>,
    chat_language: Memo<String>,
) -> impl IntoView {
    let extra = Memo::new(move |_| draft.with(|draft| draft.extra_languages.clone()));
    let addable = move || {
        let own = chat_language.get();
        let chosen = extra.get();
        state.languages.with(|languages| {
            languages
                .iter()
                .filter(|locale| locale.code != own && !chosen.contains(&locale.code))
                .map(|locale| locale.code.clone())
                .collect::<Vec<_>>()
        })
    };
    view! {
        <fieldset class="handover-languages">
            <legend>{l10n.text("staff-handover-languages")}</legend>
            <ul class="chosen-languages">
                <li data-language=move || chat_language.get()>{move || l10n.language_name(&chat_language.get())}</li>
                {move || extra.get().into_iter().map(|code| {
                    let name = l10n.language_name(&code);
                    let removed = code.clone();
                    let label = l10n.t_with("staff-handover-remove-language", &[("language", Arg::Text(&name))]);
                    view! {
                        <li data-language=code>
                            {name}" "
                            <button type="button" class="secondary remove" aria-label=label
                                on:click=move |_| draft.update(|draft| draft.extra_languages.retain(|known| *known != removed))>
                                "×"
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <label>
                <span class="label">{l10n.text("staff-handover-add-language")}</span>
                // Back to "Choose…" once a language is added (it leaves this list).
                <select id="handover-add-language" prop:value=move || extra.with(|_| "") on:change=move |event| {
                    let code = event_target_value(&event);
                    if !code.is_empty() {
                        draft.update(|draft| draft.extra_languages.push(code));
                    }
                }>
                    <option value="" selected=true>{l10n.text("staff-handover-add-language-none")}</option>
                    {move || addable().into_iter().map(|code| {
                        let name = l10n.language_name(&code);
                        view! { <option value=code>{name}</option> }
                    }).collect_view()}
                </select>
            </label>
        </fieldset>
    }
}

/// The services named: those referred to in the chat (each may be left out) and those
/// added by name.
#[component]
fn Referrals(l10n: L10n, draft: RwSignal<HandoverDraft>, referred: Memo<Vec<String>>) -> impl IntoView {
    let typed = RwSignal::new(String::new());
    let add = move || {
        let name = typed.get_untracked().trim().to_owned();
        if !name.is_empty() && name.len() <= 200 {
            draft.update(|draft| {
                if !draft.referrals_added.contains(&name) {
                    draft.referrals_added.push(name);
                }
            });
            typed.set(String::new());
        }
    };
    let from_chat = move || {
        referred.get().into_iter().map(|name| {
            let toggled = name.clone();
            let checked = name.clone();
            view! {
                <li>
                    <label class="option">
                        <input type="checkbox" prop:checked=move || draft.with(|draft| !draft.referrals_left_out.contains(&checked))
                            on:change=move |event| {
                                let on = event_target_checked(&event);
                                draft.update(|draft| {
                                    draft.referrals_left_out.retain(|known| *known != toggled);
                                    if !on {
                                        draft.referrals_left_out.push(toggled.clone());
                                    }
                                });
                            }/>
                        <span dir="auto">{name}</span>
                    </label>
                </li>
            }
        }).collect_view()
    };
    let added_names = Memo::new(move |_| draft.with(|draft| draft.referrals_added.clone()));
    let added = move || {
        added_names.get().into_iter().map(|name| {
            let removed = name.clone();
            view! {
                <li>
                    <label class="option">
                        <input type="checkbox" checked=true
                            on:change=move |_| draft.update(|draft| draft.referrals_added.retain(|known| *known != removed))/>
                        <span dir="auto">{name}</span>
                    </label>
                </li>
            }
        }).collect_view()
    };
    view! {
        <fieldset class="handover-referrals">
            <legend>{l10n.text("staff-handover-referrals")}</legend>
            <ul>{from_chat}{added}</ul>
            <label for="handover-add-referral">{l10n.text("staff-handover-add-referral")}</label>
            <div class="add-referral">
                <input id="handover-add-referral" type="text" dir="auto" maxlength="200" prop:value=move || typed.get()
                    on:input=move |event| typed.set(event_target_value(&event))
                    on:keydown=move |event: leptos::ev::KeyboardEvent| if event.key() == "Enter" {
                        event.prevent_default();
                        add();
                    }/>
                <button type="button" class="secondary" on:click=move |_| add()>{l10n.text("staff-handover-add")}</button>
            </div>
        </fieldset>
    }
}

/// What must change before the summary may go, in words.
#[component]
fn Problems(l10n: L10n, problems: Signal<Vec<FormProblem>>) -> impl IntoView {
    view! {
        // The live region wraps the list (a list may not be an alert itself).
        <div role="alert">
        <ul class="error handover-problems">
            {move || problems.get().into_iter().map(|problem| {
                let text = match problem {
                    FormProblem::WhatHappenedBlank => l10n.t("staff-handover-problem-what-happened"),
                    FormProblem::ChildWantsBlank => l10n.t("staff-handover-problem-child-wants"),
                    FormProblem::TooLong => l10n.t("staff-handover-problem-too-long"),
                    FormProblem::NoLanguage => l10n.t("staff-handover-problem-language"),
                    FormProblem::ReasonNeeded => l10n.t("staff-handover-problem-reason"),
                    FormProblem::ControlCharacter => l10n.t("staff-error-control_character"),
                    FormProblem::Invalid => l10n.t("staff-handover-problem-invalid"),
                };
                view! { <li>{text}</li> }
            }).collect_view()}
        </ul>
        </div>
    }
}

/// For a coordinator or admin, while the chat's risk is imminent: the same summary,
/// sent without the child's consent, with a reason, after one confirmation.
#[component]
fn WithoutConsent(
    l10n: L10n,
    draft: RwSignal<HandoverDraft>,
    partner: Memo<Option<String>>,
    sending: Signal<bool>,
    tried: RwSignal<bool>,
    send: Callback<()>,
) -> impl IntoView {
    let confirming = RwSignal::new(false);
    let reason = Memo::new(move |_| draft.with(|draft| draft.without_consent_reason.clone()));
    let reason_given = move || reason.with(|reason| !reason.trim().is_empty());
    let confirm_text = move || {
        l10n.t_with(
            "staff-handover-without-consent-confirm",
            &[("partner", Arg::Text(&partner.get().unwrap_or_default()))],
        )
    };
    view! {
        <section class="without-consent" aria-labelledby="without-consent-heading">
            <h4 id="without-consent-heading">{l10n.text("staff-handover-without-consent-heading")}</h4>
            <p class="hint">{l10n.text("staff-handover-without-consent-hint")}</p>
            <label for="handover-without-consent-reason">{l10n.text("staff-handover-without-consent-reason")}</label>
            <textarea id="handover-without-consent-reason" rows="2" dir="auto"
                prop:value=move || reason.get()
                on:input=move |event| {
                    let text = event_target_value(&event);
                    draft.update(|draft| draft.without_consent_reason = text);
                }></textarea>
            <Show when=move || !confirming.get()
                fallback=move || view! {
                    <div class="confirm" role="alert">
                        <p>{confirm_text}</p>
                        <button type="button" class="danger-button confirm-without-consent" disabled=move || sending.get()
                            on:click=move |_| {
                                confirming.set(false);
                                send.run(());
                            }>
                            {l10n.text("staff-handover-confirm")}
                        </button>
                        <button type="button" class="secondary" on:click=move |_| confirming.set(false)>
                            {l10n.text("staff-handover-cancel")}
                        </button>
                    </div>
                }>
                <button type="button" class="danger-button send-without-consent" disabled=move || sending.get()
                    on:click=move |_| {
                        tried.set(true);
                        if reason_given() {
                            confirming.set(true);
                        }
                    }>
                    {l10n.text("staff-handover-without-consent-send")}
                </button>
            </Show>
        </section>
    }
}

/// The handovers sent from this chat, each with its status as it changes.
#[component]
fn SentHandovers(l10n: L10n, state: ConsoleState, conversation_id: ConversationId) -> impl IntoView {
    let id = StoredValue::new(conversation_id);
    let sent = Memo::new(move |_| id.with_value(|id| state.handovers.with(|handovers| handovers.outgoing(id))));
    view! {
        <Show when=move || sent.with(|sent| !sent.is_empty())>
            <section class="handovers-sent" aria-labelledby="handovers-sent-heading">
                <h3 id="handovers-sent-heading">{l10n.text("staff-handover-sent-heading")}</h3>
                // Read out as the partner answers (the live region wraps the list).
                <div role="status">
                    <ul>
                        <For each=move || sent.get() key=|handover| (handover.handover_id.clone(), handover.status.as_str(), handover.reason.clone())
                            let:handover>
                            <SentHandover l10n=l10n state=state handover=handover/>
                        </For>
                    </ul>
                </div>
            </section>
        </Show>
    }
}

#[component]
fn SentHandover(l10n: L10n, state: ConsoleState, handover: OutgoingHandover) -> impl IntoView {
    let partner = handover.partner.clone();
    let reason = handover.reason.clone().unwrap_or_default();
    let decided_by = handover.decided_by.clone();
    let status = handover.status;
    let status_text = move || {
        let partner = Arg::Text(&partner);
        let reason = Arg::Text(&reason);
        match (status, decided_by.as_deref()) {
            (HandoverStatus::Sending, _) => l10n.t_with("staff-handover-status-sending", &[("partner", partner)]),
            (HandoverStatus::Delivered, _) => l10n.t_with("staff-handover-status-delivered", &[("partner", partner)]),
            (HandoverStatus::Failed, _) => {
                l10n.t_with("staff-handover-status-failed", &[("partner", partner), ("reason", reason)])
            }
            (HandoverStatus::Accepted, Some(name)) => {
                l10n.t_with("staff-handover-status-accepted-by", &[("partner", partner), ("name", Arg::Text(name))])
            }
            (HandoverStatus::Accepted, None) => l10n.t_with("staff-handover-status-accepted", &[("partner", partner)]),
            (HandoverStatus::Declined, Some(name)) => l10n.t_with(
                "staff-handover-status-declined-by",
                &[("partner", partner), ("name", Arg::Text(name)), ("reason", reason)],
            ),
            (HandoverStatus::Declined, None) => {
                l10n.t_with("staff-handover-status-declined", &[("partner", partner), ("reason", reason)])
            }
            (HandoverStatus::Transferred, _) => {
                l10n.t_with("staff-handover-status-transferred", &[("partner", partner)])
            }
        }
    };
    let sent_at = handover.sent_at;
    let transcript = handover.transcript;
    let without_consent = handover.without_consent;
    let details = move || {
        let time = labels::moment(&l10n.code(), sent_at);
        let what = if transcript {
            l10n.t("staff-handover-sent-with-chat")
        } else {
            l10n.t("staff-handover-sent-summary-only")
        };
        let mut line = l10n.t_with("staff-handover-sent-at", &[("time", Arg::Text(&time)), ("what", Arg::Text(&what))]);
        if without_consent {
            line.push_str(" · ");
            line.push_str(&l10n.t("staff-handover-sent-without-consent"));
        }
        line
    };
    let conversation_id = StoredValue::new(handover.conversation_id.clone());
    let again_partner = StoredValue::new(handover.partner.clone());
    let sending = move || {
        conversation_id
            .with_value(|id| state.handovers.with(|handovers| handovers.is_pending(&Pending::Send(id.clone()))))
    };
    let send_again = move |_| {
        let Some(sent) = conversation_id.with_value(|id| {
            again_partner
                .with_value(|partner| state.handovers.with_untracked(|handovers| handovers.last_sent(id, partner)))
        }) else {
            return;
        };
        let request_id = new_id();
        state.handovers.update(|handovers| {
            handovers.request_sent(request_id.clone(), Pending::Send(sent.conversation_id.clone()))
        });
        state.send(StaffRequest::SendHandover {
            id: request_id,
            conversation_id: sent.conversation_id,
            partner: sent.partner,
            summary: sent.summary,
            consent_id: sent.consent_id,
            transcript: sent.transcript,
            without_consent_reason: sent.without_consent_reason,
        });
    };
    let can_send_again = status == HandoverStatus::Failed
        && conversation_id.with_value(|id| {
            again_partner.with_value(|partner| {
                state.handovers.with_untracked(|handovers| handovers.last_sent(id, partner).is_some())
            })
        });
    view! {
        <li class="handover-sent" data-status=status.as_str() data-handover=handover.handover_id.clone()
            class:declined=status == HandoverStatus::Declined class:failed=status == HandoverStatus::Failed>
            <p class="handover-status" dir="auto">{status_text}</p>
            <p class="meta">{details}</p>
            {can_send_again.then(|| view! {
                <button type="button" class="secondary send-again" disabled=sending on:click=send_again>
                    {l10n.text("staff-handover-send-again")}
                </button>
            })}
        </li>
    }
}
