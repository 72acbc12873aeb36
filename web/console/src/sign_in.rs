//! Signing in: the password, then, for an account that needs one, the second step: a
//! code from the authenticator app (or a recovery code), or, the first time, the
//! enrolment: the QR code and key the server drew, a code to confirm them, and the
//! recovery codes, shown this once. Refusals are said in words (`role=alert`),
//! throttling with the time to try again.

use bridgeline_protocol::catalog::Arg;
use bridgeline_web_core::browser::request;
use bridgeline_web_core::l10n::L10n;
use leptos::prelude::*;
use serde::Deserialize;
use serde_json::{json, Value};
use wasm_bindgen_futures::JsFuture;

use crate::labels;
use crate::state::ConsoleState;

/// Where the sign-in is.
#[derive(Debug, Clone, PartialEq)]
enum Step {
    Password,
    /// The account has a factor: a code.
    Code {
        pending_token: String,
    },
    /// The account must set one up: its key (once the server sent it), then a code.
    Enrol {
        pending_token: String,
        enrolment: Option<Enrolment>,
    },
    /// Enrolled: the recovery codes, before the desk.
    Recovery {
        codes: Vec<String>,
    },
}

/// `POST /api/v1/session/enrolment`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
struct Enrolment {
    secret: String,
    qr_svg: String,
}

/// Why the last step did not go through.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Problem {
    BadCredentials,
    WrongCode,
    Expired,
    /// Throttled: try again at this moment (Unix ms).
    TooMany {
        retry_at: i64,
    },
    NoAnswer,
}

impl Problem {
    fn text(self, l10n: L10n) -> String {
        match self {
            Problem::BadCredentials => l10n.t("staff-login-failed"),
            Problem::WrongCode => l10n.t("staff-second-factor-wrong"),
            Problem::Expired => l10n.t("staff-login-expired"),
            Problem::TooMany { retry_at } => {
                let time = labels::clock(&l10n.code(), retry_at);
                l10n.t_with("staff-login-too-many", &[("time", Arg::Text(&time))])
            }
            Problem::NoAnswer => l10n.t("staff-request-failed"),
        }
    }

    /// The refusal a 4xx answer names.
    fn of(body: &Value) -> Problem {
        match body["error"].as_str() {
            Some("too_many_attempts") => {
                let seconds = body["retry_after_secs"].as_f64().unwrap_or(60.0);
                Problem::TooMany { retry_at: (js_sys::Date::now() + seconds * 1000.0) as i64 }
            }
            Some("bad_second_factor") => Problem::WrongCode,
            Some("sign_in_expired") => Problem::Expired,
            _ => Problem::BadCredentials,
        }
    }
}

/// A `POST` with a JSON body; its status and JSON answer (`Null` when it has none).
async fn post(path: &str, body: &Value) -> Option<(u16, Value)> {
    let response = request("POST", path, Some(&body.to_string())).await?;
    let text = JsFuture::from(response.text().ok()?).await.ok()?.as_string().unwrap_or_default();
    Some((response.status(), serde_json::from_str(&text).unwrap_or(Value::Null)))
}

/// A key as people copy it: groups of four.
fn grouped(secret: &str) -> String {
    secret.as_bytes().chunks(4).map(|chunk| String::from_utf8_lossy(chunk).into_owned()).collect::<Vec<_>>().join(" ")
}

/// The server's SVG as an image source (`img-src` allows `data:`; an image runs no script).
fn svg_source(svg: &str) -> String {
    format!("data:image/svg+xml;charset=utf-8,{}", String::from(js_sys::encode_uri_component(svg)))
}

#[component]
pub fn SignIn(l10n: L10n, state: ConsoleState) -> impl IntoView {
    let step = RwSignal::new(Step::Password);
    let problem = RwSignal::new(None::<Problem>);
    let to_desk = move || {
        state.signed_in.set(Some(true));
        state.connect(l10n.code());
    };
    let fetch_enrolment = move |pending_token: String| {
        leptos::task::spawn_local(async move {
            match post("/api/v1/session/enrolment", &json!({ "pending_token": pending_token })).await {
                Some((200, body)) => match serde_json::from_value::<Enrolment>(body) {
                    Ok(enrolment) => step.set(Step::Enrol { pending_token, enrolment: Some(enrolment) }),
                    Err(_) => problem.set(Some(Problem::NoAnswer)),
                },
                Some((_, body)) => {
                    let refused = Problem::of(&body);
                    if refused == Problem::Expired {
                        step.set(Step::Password);
                    }
                    problem.set(Some(refused));
                }
                None => problem.set(Some(Problem::NoAnswer)),
            }
        });
    };
    // Every answer of a step: the desk, the next step, or a refusal.
    let answered = move |answer: Option<(u16, Value)>| {
        let Some((status, body)) = answer else {
            problem.set(Some(Problem::NoAnswer));
            return;
        };
        let token = body["pending_token"].as_str().unwrap_or_default().to_owned();
        match (status, body["error"].as_str()) {
            (200, _) => {
                problem.set(None);
                match body["recovery_codes"].as_array() {
                    Some(codes) => step.set(Step::Recovery {
                        codes: codes.iter().filter_map(|code| code.as_str().map(str::to_owned)).collect(),
                    }),
                    None => {
                        to_desk();
                        if body.get("recovery_codes_left").is_some() {
                            state.show_notice("staff-recovery-code-used");
                        }
                    }
                }
            }
            (_, Some("second_factor_required")) => {
                problem.set(None);
                step.set(Step::Code { pending_token: token });
            }
            (_, Some("second_factor_enrolment_required")) => {
                problem.set(None);
                step.set(Step::Enrol { pending_token: token.clone(), enrolment: None });
                fetch_enrolment(token);
            }
            _ => {
                let refused = Problem::of(&body);
                if refused == Problem::Expired {
                    step.set(Step::Password);
                }
                problem.set(Some(refused));
            }
        }
    };
    let send_code = move |pending_token: String, code: String| {
        leptos::task::spawn_local(async move {
            let body = json!({ "pending_token": pending_token, "code": code });
            answered(post("/api/v1/session/second-factor", &body).await);
        });
    };
    view! {
        <main class="content sign-in">
            {move || match step.get() {
                Step::Password => view! { <PasswordStep l10n=l10n answered=answered/> }.into_any(),
                Step::Code { pending_token } => view! { <CodeStep l10n=l10n pending_token=pending_token send_code=send_code/> }.into_any(),
                Step::Enrol { pending_token, enrolment } => view! {
                    <EnrolStep l10n=l10n pending_token=pending_token enrolment=enrolment send_code=send_code/>
                }.into_any(),
                Step::Recovery { codes } => view! { <RecoveryCodes l10n=l10n codes=codes done=to_desk/> }.into_any(),
            }}
            <p class="error" role="alert">{move || problem.get().map(|problem| problem.text(l10n))}</p>
        </main>
    }
}

#[component]
fn PasswordStep(l10n: L10n, answered: impl Fn(Option<(u16, Value)>) + Copy + Send + Sync + 'static) -> impl IntoView {
    let username = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let body = json!({ "username": username.get_untracked(), "password": password.get_untracked() });
        leptos::task::spawn_local(async move {
            let answer = post("/api/v1/session", &body).await;
            password.set(String::new());
            answered(answer);
        });
    };
    view! {
        <h1>{l10n.text("staff-login-heading")}</h1>
        <form on:submit=on_submit>
            <label>
                <span>{l10n.text("staff-login-username")}</span>
                <input id="username" name="username" autocomplete="username" required
                    on:input=move |event| username.set(event_target_value(&event)) prop:value=move || username.get()/>
            </label>
            <label>
                <span>{l10n.text("staff-login-password")}</span>
                <input id="password" name="password" type="password" autocomplete="current-password" required
                    on:input=move |event| password.set(event_target_value(&event)) prop:value=move || password.get()/>
            </label>
            <button type="submit" class="primary">{l10n.text("staff-login-button")}</button>
        </form>
    }
}

#[component]
fn CodeStep(
    l10n: L10n,
    pending_token: String,
    send_code: impl Fn(String, String) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let code = RwSignal::new(String::new());
    let token = StoredValue::new(pending_token);
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        send_code(token.get_value(), code.get_untracked());
        code.set(String::new());
    };
    view! {
        <h1>{l10n.text("staff-second-factor-heading")}</h1>
        <form class="second-factor" on:submit=on_submit>
            <label>
                <span>{l10n.text("staff-second-factor-code")}</span>
                <input id="second-factor-code" name="code" autocomplete="one-time-code" required autofocus
                    aria-describedby="second-factor-hint"
                    on:input=move |event| code.set(event_target_value(&event)) prop:value=move || code.get()/>
            </label>
            <p class="hint" id="second-factor-hint">{l10n.text("staff-second-factor-code-hint")}</p>
            <button type="submit" class="primary">{l10n.text("staff-login-button")}</button>
        </form>
    }
}

#[component]
fn EnrolStep(
    l10n: L10n,
    pending_token: String,
    enrolment: Option<Enrolment>,
    send_code: impl Fn(String, String) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let code = RwSignal::new(String::new());
    let token = StoredValue::new(pending_token);
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        send_code(token.get_value(), code.get_untracked());
        code.set(String::new());
    };
    let Some(enrolment) = enrolment else {
        return view! { <p class="loading">{l10n.text("staff-page-loading")}</p> }.into_any();
    };
    view! {
        <section class="enrol" aria-labelledby="enrol-heading">
            <h1 id="enrol-heading">{l10n.text("staff-enrol-heading")}</h1>
            <p>{l10n.text("staff-enrol-intro")}</p>
            <p>{l10n.text("staff-enrol-scan")}</p>
            <img class="enrol-qr" src=svg_source(&enrolment.qr_svg) alt=l10n.t("staff-enrol-qr-alt") width="200" height="200"/>
            <p class="enrol-key">
                {l10n.text("staff-enrol-key")} " "
                <code class="enrol-secret" dir="ltr" translate="no">{grouped(&enrolment.secret)}</code>
            </p>
            <form on:submit=on_submit>
                <label>
                    <span>{l10n.text("staff-enrol-confirm")}</span>
                    <input id="enrol-code" name="code" inputmode="numeric" autocomplete="one-time-code" required
                        on:input=move |event| code.set(event_target_value(&event)) prop:value=move || code.get()/>
                </label>
                <button type="submit" class="primary">{l10n.text("staff-enrol-button")}</button>
            </form>
        </section>
    }
    .into_any()
}

#[component]
fn RecoveryCodes(l10n: L10n, codes: Vec<String>, done: impl Fn() + Copy + Send + Sync + 'static) -> impl IntoView {
    view! {
        <section class="recovery" aria-labelledby="recovery-heading">
            <h1 id="recovery-heading">{l10n.text("staff-recovery-heading")}</h1>
            <p>{l10n.text("staff-recovery-intro")}</p>
            <ol class="recovery-codes" dir="ltr" translate="no">
                {codes.into_iter().map(|code| view! { <li><code>{code}</code></li> }).collect_view()}
            </ol>
            <button type="button" class="primary recovery-done" on:click=move |_| done()>
                {l10n.text("staff-recovery-done")}
            </button>
        </section>
    }
}
