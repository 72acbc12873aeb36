//! For coordinators and admins: history reports. A period (the last 7 days unless
//! chosen otherwise), by day or week, by language or category; the rows as a table,
//! the server's chart of them, and the same query as a CSV download.

use std::collections::BTreeMap;

use bridgeline_protocol::catalog::Arg;
use bridgeline_protocol::taxonomy::label_id;
use bridgeline_web_core::l10n::L10n;
use leptos::prelude::*;
use serde::Deserialize;

use crate::api::{get_json, Failure};
use crate::labels;

/// `GET /api/v1/reports`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
struct Report {
    from: String,
    to: String,
    by: String,
    group: String,
    rows: Vec<Row>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
struct Row {
    period: String,
    group: String,
    contacts: u32,
    answered: u32,
    abandoned: u32,
    wait_p50_seconds: Option<u64>,
    wait_p90_seconds: Option<u64>,
    mean_chat_seconds: Option<u64>,
    /// Service id → referrals made.
    referrals: BTreeMap<String, u32>,
}

/// What the form asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Query {
    from: String,
    to: String,
    by: String,
    group: String,
}

impl Query {
    fn last_seven_days() -> Query {
        Query {
            from: labels::day_before_today(6),
            to: labels::day_before_today(0),
            by: "day".to_owned(),
            group: "language".to_owned(),
        }
    }

    /// The query string shared by the JSON, the chart and the CSV.
    fn encoded(&self) -> String {
        let encode = |value: &str| String::from(js_sys::encode_uri_component(value));
        format!(
            "from={}&to={}&by={}&group={}",
            encode(&self.from),
            encode(&self.to),
            encode(&self.by),
            encode(&self.group)
        )
    }
}

#[component]
pub fn Reports(l10n: L10n) -> impl IntoView {
    let query = RwSignal::new(Query::last_seven_days());
    let loading = RwSignal::new(false);
    let report: RwSignal<Option<(String, Report)>> = RwSignal::new(None);
    let failure: RwSignal<Option<Failure>> = RwSignal::new(None);
    let load = move || {
        let encoded = query.get_untracked().encoded();
        loading.set(true);
        leptos::task::spawn_local(async move {
            match get_json::<Report>(&format!("/api/v1/reports?{encoded}")).await {
                Ok(loaded) => {
                    failure.set(None);
                    report.set(Some((encoded, loaded)));
                }
                Err(error) => failure.set(Some(error)),
            }
            loading.set(false);
        });
    };
    load();
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        load();
    };
    let field = move |change: fn(&mut Query, String)| {
        move |event: leptos::ev::Event| {
            let value = event_target_value(&event);
            query.update(|query| change(query, value));
        }
    };
    view! {
        <section class="reports" aria-labelledby="reports-heading">
            <h2 id="reports-heading">{l10n.text("staff-report-heading")}</h2>
            <form class="report-form" on:submit=on_submit>
                <label>
                    <span>{l10n.text("staff-report-from")}</span>
                    <input id="report-from" type="date" required prop:value=move || query.with(|query| query.from.clone())
                        on:change=field(|query, value| query.from = value)/>
                </label>
                <label>
                    <span>{l10n.text("staff-report-to")}</span>
                    <input id="report-to" type="date" required prop:value=move || query.with(|query| query.to.clone())
                        on:change=field(|query, value| query.to = value)/>
                </label>
                <label>
                    <span>{l10n.text("staff-report-by")}</span>
                    <select id="report-by" prop:value=move || query.with(|query| query.by.clone())
                        on:change=field(|query, value| query.by = value)>
                        <option value="day">{l10n.text("staff-report-by-day")}</option>
                        <option value="week">{l10n.text("staff-report-by-week")}</option>
                    </select>
                </label>
                <label>
                    <span>{l10n.text("staff-report-group")}</span>
                    <select id="report-group" prop:value=move || query.with(|query| query.group.clone())
                        on:change=field(|query, value| query.group = value)>
                        <option value="language">{l10n.text("staff-report-group-language")}</option>
                        <option value="category">{l10n.text("staff-report-group-category")}</option>
                    </select>
                </label>
                <button type="submit" class="primary show-report">{l10n.text("staff-report-show")}</button>
            </form>
            <p class="form-error" role="alert">{move || failure.get().map(|failure| failure.text(l10n))}</p>
            <p class="loading" role="status">{move || if loading.get() { l10n.t("staff-page-loading") } else { String::new() }}</p>
            {move || report.get().map(|(encoded, report)| view! { <ReportView l10n=l10n encoded=encoded report=report/> })}
        </section>
    }
}

#[component]
fn ReportView(l10n: L10n, encoded: String, report: Report) -> impl IntoView {
    let by_week = report.by == "week";
    let by_category = report.group == "category";
    let group_name = move |group: &str| {
        if !by_category {
            l10n.language_name(group)
        } else if group == "none" {
            l10n.t("staff-report-no-category")
        } else {
            l10n.t(&label_id(group))
        }
    };
    let from = report.from.clone();
    let to = report.to.clone();
    let caption = move || {
        let locale = l10n.code();
        let args = [("from", Arg::Text(&labels::day(&locale, &from))), ("to", Arg::Text(&labels::day(&locale, &to)))];
        if by_week {
            l10n.t_with("staff-report-caption-week", &args)
        } else {
            l10n.t_with("staff-report-caption-day", &args)
        }
    };
    let alt = {
        let (from, to) = (report.from.clone(), report.to.clone());
        move || {
            let locale = l10n.code();
            l10n.t_with(
                "staff-report-chart-alt",
                &[("from", Arg::Text(&labels::day(&locale, &from))), ("to", Arg::Text(&labels::day(&locale, &to)))],
            )
        }
    };
    let empty = report.rows.is_empty();
    let rows = report.rows.clone();
    view! {
        <div class="report">
            <Show when=move || empty>
                <p class="empty">{l10n.text("staff-report-empty")}</p>
            </Show>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="report-caption" class:hidden=empty>
                <table class="report-table">
                    <caption id="report-caption">{caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{move || if by_week { l10n.t("staff-report-week") } else { l10n.t("staff-report-day") }}</th>
                            <th scope="col">{move || if by_category { l10n.t("staff-report-group-category") } else { l10n.t("staff-report-group-language") }}</th>
                            <th scope="col">{l10n.text("staff-report-contacts")}</th>
                            <th scope="col">{l10n.text("staff-board-answered")}</th>
                            <th scope="col">{l10n.text("staff-board-abandoned")}</th>
                            <th scope="col">{l10n.text("staff-report-wait-p50")}</th>
                            <th scope="col">{l10n.text("staff-report-wait-p90")}</th>
                            <th scope="col">{l10n.text("staff-report-chat-length")}</th>
                            <th scope="col">{l10n.text("staff-report-referrals")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {rows.into_iter().map(|row| {
                            let period = row.period.clone();
                            let group = row.group.clone();
                            let group_lang = (!by_category).then(|| row.group.clone());
                            let total: u32 = row.referrals.values().sum();
                            let services = row.referrals.iter().map(|(service, count)| format!("{service}: {count}")).collect::<Vec<_>>().join(", ");
                            view! {
                                <tr>
                                    <th scope="row"><time datetime=row.period.clone()>{move || labels::day(&l10n.code(), &period)}</time></th>
                                    <td lang=group_lang>{move || group_name(&group)}</td>
                                    <td>{row.contacts}</td>
                                    <td>{row.answered}</td>
                                    <td>{row.abandoned}</td>
                                    <td>{labels::duration_or_absent(row.wait_p50_seconds)}</td>
                                    <td>{labels::duration_or_absent(row.wait_p90_seconds)}</td>
                                    <td>{labels::duration_or_absent(row.mean_chat_seconds)}</td>
                                    <td>
                                        {total}
                                        {(!services.is_empty()).then(|| view! { <span class="services">{format!(" ({services})")}</span> })}
                                    </td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <p class="hint">{l10n.text("staff-report-durations")}</p>
            <figure class="report-chart">
                <img src=format!("/api/v1/reports.svg?{encoded}") alt=alt/>
                // The server's chart tells the two apart by colour; the legend names them.
                <figcaption>
                    <ul class="chart-legend">
                        <li><span class="swatch answered"></span>{l10n.text("staff-board-answered")}</li>
                        <li><span class="swatch abandoned"></span>{l10n.text("staff-board-abandoned")}</li>
                    </ul>
                </figcaption>
            </figure>
            <a class="download" href=format!("/api/v1/reports.csv?{encoded}") download="">{l10n.text("staff-report-download")}</a>
        </div>
    }
}
