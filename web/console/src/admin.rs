//! For admins: staff accounts (list, create, change name, role, languages and
//! capacity, disable or enable, reset a password; see two-step sign-in and sign-in
//! locks, unlock, reset a second factor), the helpline's settings (target answer
//! time, long-wait alert, retention, two-step sign-in for counsellors), and which
//! ready answers each language lacks. The server checks everything; its refusals are shown as it words them, in a
//! `role=alert` region beside the form that was sent.

use bridgeline_protocol::catalog::Arg;
use bridgeline_protocol::StaffRole;
use bridgeline_web_core::l10n::L10n;
use leptos::prelude::*;
use serde::Deserialize;
use serde_json::json;

use crate::api::{call_json, get_json, Failure};
use crate::coverage::Coverage;
use crate::labels;
use crate::state::ConsoleState;

/// An account as `GET /api/v1/staff` lists it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
struct Account {
    username: String,
    display_name: String,
    role: String,
    languages: Vec<String>,
    max_chats: u32,
    disabled: bool,
    #[serde(default)]
    second_factor: bool,
    /// When its sign-in lock ends, if it is locked (Unix ms).
    #[serde(default)]
    locked_until: Option<i64>,
}

/// `GET` and `PUT /api/v1/settings`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
struct Settings {
    target_wait_secs: u64,
    long_wait_alert_secs: u64,
    retention_days: u64,
    #[serde(default)]
    second_factor_for_counsellors: bool,
}

/// A label's text, as `L10n::text` gives it.
trait Label: Fn() -> String + Copy + Send + Sync + 'static {}
impl<T: Fn() -> String + Copy + Send + Sync + 'static> Label for T {}

/// A labelled text field.
fn text_field(
    id: &'static str,
    label: impl Label,
    value: RwSignal<String>,
    kind: &'static str,
    autocomplete: &'static str,
) -> impl IntoView {
    view! {
        <label for=id>{label}</label>
        <input id=id type=kind autocomplete=autocomplete required prop:value=move || value.get()
            on:input=move |event| value.set(event_target_value(&event))/>
    }
}

/// A labelled whole number within `range`, with a hint below.
fn number_field(
    id: &'static str,
    label: impl Label,
    hint: impl Label,
    value: RwSignal<String>,
    range: (&'static str, &'static str),
) -> impl IntoView {
    view! {
        <label for=id>{label}</label>
        <input id=id type="number" min=range.0 max=range.1 required prop:value=move || value.get()
            on:input=move |event| value.set(event_target_value(&event))/>
        <p class="hint">{hint}</p>
    }
}

const ROLES: [StaffRole; 3] = [StaffRole::Counsellor, StaffRole::Coordinator, StaffRole::Admin];

fn role_code(role: StaffRole) -> &'static str {
    match role {
        StaffRole::Counsellor => "counsellor",
        StaffRole::Coordinator => "coordinator",
        StaffRole::Admin => "admin",
    }
}

fn role_from_code(code: &str) -> StaffRole {
    ROLES.into_iter().find(|role| role_code(*role) == code).unwrap_or(StaffRole::Counsellor)
}

fn account_path(username: &str) -> String {
    format!("/api/v1/staff/{}", String::from(js_sys::encode_uri_component(username)))
}

#[component]
pub fn AdminView(l10n: L10n, state: ConsoleState) -> impl IntoView {
    view! {
        <Accounts l10n=l10n state=state/>
        <SettingsForm l10n=l10n state=state/>
        <Coverage l10n=l10n state=state/>
    }
}

/// Where a form's refusal is read out: present (empty) from the start, so that
/// screen readers announce what appears in it.
#[component]
fn FormError(l10n: L10n, failure: RwSignal<Option<Failure>>) -> impl IntoView {
    view! { <p class="form-error" role="alert">{move || failure.get().map(|failure| failure.text(l10n))}</p> }
}

#[component]
fn Accounts(l10n: L10n, state: ConsoleState) -> impl IntoView {
    let accounts: RwSignal<Option<Vec<Account>>> = RwSignal::new(None);
    let failure = RwSignal::new(None);
    leptos::task::spawn_local(async move {
        match get_json::<Vec<Account>>("/api/v1/staff").await {
            Ok(list) => accounts.set(Some(list)),
            Err(error) => failure.set(Some(error)),
        }
    });
    let usernames = Memo::new(move |_| {
        accounts.with(|list| list.iter().flatten().map(|account| account.username.clone()).collect::<Vec<_>>())
    });
    view! {
        <section class="accounts" aria-labelledby="accounts-heading">
            <h2 id="accounts-heading">{l10n.text("staff-accounts-heading")}</h2>
            <FormError l10n=l10n failure=failure/>
            <Show when=move || accounts.with(Option::is_none)>
                <p class="loading">{l10n.text("staff-page-loading")}</p>
            </Show>
            <ul class="account-list">
                <For each=move || usernames.get() key=|username| username.clone() let:username>
                    <AccountItem l10n=l10n state=state accounts=accounts username=username/>
                </For>
            </ul>
            <NewAccountForm l10n=l10n state=state accounts=accounts/>
        </section>
    }
}

/// Check boxes for the languages an account speaks, from the served languages.
#[component]
fn LanguageChoices(l10n: L10n, state: ConsoleState, chosen: RwSignal<Vec<String>>) -> impl IntoView {
    view! {
        <fieldset class="language-choices">
            <legend>{l10n.text("staff-account-languages")}</legend>
            {move || state.languages.get().into_iter().map(|locale| {
                let code = locale.code.clone();
                let checked = code.clone();
                let toggled = code.clone();
                view! {
                    <label class="option" lang=code.clone()>
                        <input type="checkbox" value=code.clone()
                            prop:checked=move || chosen.with(|chosen| chosen.contains(&checked))
                            on:change=move |event| {
                                let on = event_target_checked(&event);
                                chosen.update(|chosen| {
                                    chosen.retain(|known| *known != toggled);
                                    if on {
                                        chosen.push(toggled.clone());
                                    }
                                });
                            }/>
                        {locale.native_name.clone()}
                    </label>
                }
            }).collect_view()}
        </fieldset>
    }
}

/// A choice of role, as its words.
#[component]
fn RoleSelect(l10n: L10n, id: String, chosen: RwSignal<StaffRole>) -> impl IntoView {
    view! {
        <select id=id prop:value=move || role_code(chosen.get()) on:change=move |event| chosen.set(role_from_code(&event_target_value(&event)))>
            {ROLES.into_iter().map(|role| view! {
                <option value=role_code(role) selected=move || chosen.get() == role>{move || l10n.t(labels::role(role))}</option>
            }).collect_view()}
        </select>
    }
}

#[component]
fn NewAccountForm(l10n: L10n, state: ConsoleState, accounts: RwSignal<Option<Vec<Account>>>) -> impl IntoView {
    let username = RwSignal::new(String::new());
    let display_name = RwSignal::new(String::new());
    let role = RwSignal::new(StaffRole::Counsellor);
    let languages = RwSignal::new(Vec::<String>::new());
    let max_chats = RwSignal::new("2".to_owned());
    let password = RwSignal::new(String::new());
    let failure = RwSignal::new(None);
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let body = json!({
            "username": username.get_untracked().trim(),
            "display_name": display_name.get_untracked(),
            "role": role_code(role.get_untracked()),
            "languages": languages.get_untracked(),
            "max_chats": max_chats.get_untracked().trim().parse::<u32>().unwrap_or(0),
            "password": password.get_untracked(),
        });
        leptos::task::spawn_local(async move {
            match call_json::<Account>("POST", "/api/v1/staff", Some(&body)).await {
                Ok(Some(created)) => {
                    failure.set(None);
                    accounts.update(|list| list.get_or_insert_with(Vec::new).push(created));
                    username.set(String::new());
                    display_name.set(String::new());
                    password.set(String::new());
                    languages.set(Vec::new());
                    state.show_notice("staff-account-created");
                }
                Ok(None) => failure.set(Some(Failure::NoAnswer)),
                Err(error) => failure.set(Some(error)),
            }
        });
    };
    view! {
        <details class="new-account">
            <summary>{l10n.text("staff-account-new-heading")}</summary>
            <form class="account-form" on:submit=on_submit>
                {text_field("new-account-username", l10n.text("staff-account-username"), username, "text", "off")}
                <p class="hint">{l10n.text("staff-account-username-hint")}</p>
                {text_field("new-account-name", l10n.text("staff-account-display-name"), display_name, "text", "off")}
                <label for="new-account-role">{l10n.text("staff-account-role")}</label>
                <RoleSelect l10n=l10n id="new-account-role".to_owned() chosen=role/>
                <LanguageChoices l10n=l10n state=state chosen=languages/>
                <label for="new-account-max-chats">{l10n.text("staff-account-max-chats")}</label>
                <input id="new-account-max-chats" type="number" min="1" max="20" required prop:value=move || max_chats.get()
                    on:input=move |event| max_chats.set(event_target_value(&event))/>
                {text_field("new-account-password", l10n.text("staff-account-password"), password, "password", "new-password")}
                <p class="hint">{l10n.text("staff-account-password-hint")}</p>
                <FormError l10n=l10n failure=failure/>
                <button type="submit" class="primary create-account">{l10n.text("staff-account-create")}</button>
            </form>
        </details>
    }
}

#[component]
fn AccountItem(
    l10n: L10n,
    state: ConsoleState,
    accounts: RwSignal<Option<Vec<Account>>>,
    username: String,
) -> impl IntoView {
    let name = StoredValue::new(username);
    let account = Memo::new(move |_| {
        name.with_value(|name| {
            accounts.with(|list| list.iter().flatten().find(|account| &account.username == name).cloned())
        })
    });
    let failure = RwSignal::new(None);
    // Sends a change; the account as the server now has it replaces the listed one.
    let change = move |body: serde_json::Value, notice: Option<&'static str>| {
        let path = name.with_value(|name| account_path(name));
        leptos::task::spawn_local(async move {
            match call_json::<Account>("PATCH", &path, Some(&body)).await {
                Ok(Some(changed)) => {
                    failure.set(None);
                    accounts.update(|list| {
                        if let Some(known) = list.iter_mut().flatten().find(|known| known.username == changed.username)
                        {
                            *known = changed;
                        }
                    });
                    if let Some(notice) = notice {
                        state.show_notice(notice);
                    }
                }
                Ok(None) => failure.set(Some(Failure::NoAnswer)),
                Err(error) => failure.set(Some(error)),
            }
        });
    };
    let disabled = move || account.with(|account| account.as_ref().is_some_and(|account| account.disabled));
    let toggle = move |_| {
        if disabled() {
            change(json!({ "disabled": false }), Some("staff-account-enabled"))
        } else {
            change(json!({ "disabled": true }), Some("staff-account-disabled"))
        }
    };
    let locked = move || account.with(|account| account.as_ref().is_some_and(|account| account.locked_until.is_some()));
    let enrolled = move || account.with(|account| account.as_ref().is_some_and(|account| account.second_factor));
    // Applies what a sign-in security action changed to the listed account.
    let amend = move |edit: fn(&mut Account)| {
        name.with_value(|name| {
            accounts.update(|list| {
                if let Some(known) = list.iter_mut().flatten().find(|known| &known.username == name) {
                    edit(known);
                }
            })
        })
    };
    let unlock = move |_| {
        let path = name.with_value(|name| format!("{}/lock", account_path(name)));
        leptos::task::spawn_local(async move {
            match call_json::<serde_json::Value>("DELETE", &path, None).await {
                Ok(_) => {
                    failure.set(None);
                    amend(|account| account.locked_until = None);
                    state.show_notice("staff-account-unlocked");
                }
                Err(error) => failure.set(Some(error)),
            }
        });
    };
    let reset_factor = move |_| {
        let path = name.with_value(|name| format!("{}/second-factor", account_path(name)));
        leptos::task::spawn_local(async move {
            match call_json::<serde_json::Value>("DELETE", &path, None).await {
                Ok(_) => {
                    failure.set(None);
                    amend(|account| account.second_factor = false);
                    state.show_notice("staff-account-second-factor-reset");
                }
                Err(error) => failure.set(Some(error)),
            }
        });
    };
    let summary = move || {
        account.get().map(|account| {
            let languages =
                account.languages.iter().map(|code| l10n.language_name(code)).collect::<Vec<_>>().join(", ");
            view! {
                <p class="account-summary">
                    <strong dir="auto">{account.display_name.clone()}</strong>
                    " (" <span class="username">{account.username.clone()}</span> ")"
                    " · " {l10n.t(labels::role(role_from_code(&account.role)))}
                    " · " {languages}
                    " · " {l10n.t_with("staff-account-max-chats-value", &[("count", account.max_chats.into())])}
                    " · " {if account.second_factor { l10n.t("staff-account-second-factor-on") } else { l10n.t("staff-account-second-factor-off") }}
                    {account.disabled.then(|| view! { " · " <span class="account-disabled">{l10n.t("staff-account-is-disabled")}</span> })}
                    {account.locked_until.map(|until| {
                        let time = labels::clock(&l10n.code(), until);
                        view! { " · " <span class="account-locked">{l10n.t_with("staff-account-locked", &[("time", Arg::Text(&time))])}</span> }
                    })}
                </p>
            }
        })
    };
    view! {
        <li class="account" class:disabled=disabled data-username=move || name.get_value()>
            {summary}
            <div class="account-actions">
                <button type="button" class="secondary toggle-account" on:click=toggle>
                    {move || if disabled() { l10n.t("staff-account-enable") } else { l10n.t("staff-account-disable") }}
                </button>
                <Show when=locked>
                    <button type="button" class="secondary unlock-account" on:click=unlock>{l10n.text("staff-account-unlock")}</button>
                </Show>
            </div>
            <FormError l10n=l10n failure=failure/>
            {move || account.get().map(|known| view! {
                <EditAccount l10n=l10n state=state account=known change=change/>
            })}
            <ResetPassword l10n=l10n state=state username=name.get_value() failure=failure/>
            <Show when=enrolled>
                <details class="reset-second-factor">
                    <summary>{l10n.text("staff-account-reset-second-factor")}</summary>
                    <p class="hint">{l10n.text("staff-account-reset-second-factor-hint")}</p>
                    <button type="button" class="danger-button reset-factor" on:click=reset_factor>
                        {l10n.text("staff-account-reset-second-factor-button")}
                    </button>
                </details>
            </Show>
        </li>
    }
}

/// Changes an account's name, role, languages or capacity: only what was changed is
/// sent (an admin may not change their own role, so an unchanged role stays out).
#[component]
fn EditAccount(
    l10n: L10n,
    state: ConsoleState,
    account: Account,
    change: impl Fn(serde_json::Value, Option<&'static str>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let original = StoredValue::new(account.clone());
    let display_name = RwSignal::new(account.display_name.clone());
    let role = RwSignal::new(role_from_code(&account.role));
    let languages = RwSignal::new(account.languages.clone());
    let max_chats = RwSignal::new(account.max_chats.to_string());
    let prefix = format!("edit-{}", account.username);
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let before = original.get_value();
        let mut body = serde_json::Map::new();
        if display_name.get_untracked() != before.display_name {
            body.insert("display_name".into(), json!(display_name.get_untracked()));
        }
        if role_code(role.get_untracked()) != before.role {
            body.insert("role".into(), json!(role_code(role.get_untracked())));
        }
        if languages.get_untracked() != before.languages {
            body.insert("languages".into(), json!(languages.get_untracked()));
        }
        let capacity = max_chats.get_untracked().trim().parse::<u32>().unwrap_or(0);
        if capacity != before.max_chats {
            body.insert("max_chats".into(), json!(capacity));
        }
        if !body.is_empty() {
            change(serde_json::Value::Object(body), Some("staff-account-saved"));
        }
    };
    let name_id = format!("{prefix}-name");
    let role_id = format!("{prefix}-role");
    let max_id = format!("{prefix}-max-chats");
    view! {
        <details class="edit-account">
            <summary>{l10n.text("staff-account-edit")}</summary>
            <form class="account-form" on:submit=on_submit>
                <label for=name_id.clone()>{l10n.text("staff-account-display-name")}</label>
                <input id=name_id class="edit-name" required prop:value=move || display_name.get()
                    on:input=move |event| display_name.set(event_target_value(&event))/>
                <label for=role_id.clone()>{l10n.text("staff-account-role")}</label>
                <RoleSelect l10n=l10n id=role_id chosen=role/>
                <LanguageChoices l10n=l10n state=state chosen=languages/>
                <label for=max_id.clone()>{l10n.text("staff-account-max-chats")}</label>
                <input id=max_id type="number" min="1" max="20" required prop:value=move || max_chats.get()
                    on:input=move |event| max_chats.set(event_target_value(&event))/>
                <button type="submit" class="primary save-account">{l10n.text("staff-account-save")}</button>
            </form>
        </details>
    }
}

/// Sets a new password; every session of the account ends.
#[component]
fn ResetPassword(
    l10n: L10n,
    state: ConsoleState,
    username: String,
    failure: RwSignal<Option<Failure>>,
) -> impl IntoView {
    let password = RwSignal::new(String::new());
    let path = StoredValue::new(format!("{}/password", account_path(&username)));
    let field_id = format!("password-{username}");
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let body = json!({ "password": password.get_untracked() });
        leptos::task::spawn_local(async move {
            match call_json::<serde_json::Value>("PUT", &path.get_value(), Some(&body)).await {
                Ok(_) => {
                    failure.set(None);
                    password.set(String::new());
                    state.show_notice("staff-account-password-reset");
                }
                Err(error) => failure.set(Some(error)),
            }
        });
    };
    view! {
        <details class="reset-password">
            <summary>{l10n.text("staff-account-reset-password")}</summary>
            <form class="account-form" on:submit=on_submit>
                <label for=field_id.clone()>{l10n.text("staff-account-new-password")}</label>
                <input id=field_id type="password" autocomplete="new-password" required prop:value=move || password.get()
                    on:input=move |event| password.set(event_target_value(&event))/>
                <p class="hint">{l10n.text("staff-account-password-hint")}</p>
                <button type="submit" class="primary set-password">{l10n.text("staff-account-set-password")}</button>
            </form>
        </details>
    }
}

#[component]
fn SettingsForm(l10n: L10n, state: ConsoleState) -> impl IntoView {
    let target = RwSignal::new(String::new());
    let long_wait = RwSignal::new(String::new());
    let retention = RwSignal::new(String::new());
    let counsellor_factor = RwSignal::new(false);
    let failure = RwSignal::new(None);
    let show = move |settings: Settings| {
        target.set(settings.target_wait_secs.to_string());
        long_wait.set(settings.long_wait_alert_secs.to_string());
        retention.set(settings.retention_days.to_string());
        counsellor_factor.set(settings.second_factor_for_counsellors);
    };
    leptos::task::spawn_local(async move {
        match get_json::<Settings>("/api/v1/settings").await {
            Ok(settings) => show(settings),
            Err(error) => failure.set(Some(error)),
        }
    });
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let number = |value: RwSignal<String>| value.get_untracked().trim().parse::<u64>().ok();
        let body = json!({
            "target_wait_secs": number(target),
            "long_wait_alert_secs": number(long_wait),
            "retention_days": number(retention),
            "second_factor_for_counsellors": counsellor_factor.get_untracked(),
        });
        leptos::task::spawn_local(async move {
            match call_json::<Settings>("PUT", "/api/v1/settings", Some(&body)).await {
                Ok(Some(settings)) => {
                    failure.set(None);
                    show(settings);
                    state.show_notice("staff-settings-saved");
                }
                Ok(None) => failure.set(Some(Failure::NoAnswer)),
                Err(error) => failure.set(Some(error)),
            }
        });
    };
    view! {
        <section class="settings" aria-labelledby="settings-heading">
            <h2 id="settings-heading">{l10n.text("staff-settings-heading")}</h2>
            <form class="account-form" on:submit=on_submit>
                {number_field("settings-target", l10n.text("staff-settings-target"), l10n.text("staff-settings-target-hint"), target, ("5", "3600"))}
                {number_field("settings-long-wait", l10n.text("staff-settings-long-wait"), l10n.text("staff-settings-long-wait-hint"), long_wait, ("30", "86400"))}
                {number_field("settings-retention", l10n.text("staff-settings-retention"), l10n.text("staff-settings-retention-hint"), retention, ("1", "3650"))}
                <label class="option">
                    <input id="settings-second-factor" type="checkbox" prop:checked=move || counsellor_factor.get()
                        aria-describedby="settings-second-factor-hint"
                        on:change=move |event| counsellor_factor.set(event_target_checked(&event))/>
                    {l10n.text("staff-settings-second-factor")}
                </label>
                <p class="hint" id="settings-second-factor-hint">{l10n.text("staff-settings-second-factor-hint")}</p>
                <FormError l10n=l10n failure=failure/>
                <button type="submit" class="primary save-settings">{l10n.text("staff-settings-save")}</button>
            </form>
        </section>
    }
}
