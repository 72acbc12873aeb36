//! History reports for coordinators, as pure logic: contacts grouped by day or week and
//! by language or wrap-up category, with answered, abandoned, wait percentiles, mean
//! chat length and referrals by service; the same figures as CSV; and a bar chart as
//! SVG drawn here (nothing fetched from anywhere).
//!
//! Definitions:
//! - A *contact* is a conversation that joined the queue in the period (by its first
//!   queue time, at the helpline's UTC offset; weeks start on Monday).
//! - *Answered*: a staff member took it at least once; the *wait* is from joining the
//!   queue to the first answer. *Abandoned*: ended without ever being answered.
//!   Contacts still waiting or going on count as neither.
//! - *Chat length*: from the first answer to the end, for answered contacts that ended.
//! - By category, a contact counts once under each top-level category of its wrap-up
//!   (`violence.bullying` counts under `violence`); without a wrap-up it counts under
//!   `none`.
//! - Percentiles are nearest-rank: p50 of [10, 20, 30, 40] is 20.

use std::collections::BTreeMap;
use std::fmt::Write as _;

pub mod survey;

const DAY: i64 = 24 * 60 * 60 * 1000;

/// One contact, as the store reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    pub language: String,
    pub queued_at: i64,
    pub first_answered_at: Option<i64>,
    pub ended_at: Option<i64>,
    /// Wrap-up category codes, if wrapped up.
    pub categories: Vec<String>,
    /// Service ids referred to.
    pub referrals: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Day,
    Week,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupBy {
    Language,
    Category,
}

/// One row of a report.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Row {
    /// The period's first day, `YYYY-MM-DD`.
    pub period: String,
    /// The language code or category id.
    pub group: String,
    pub contacts: u32,
    pub answered: u32,
    pub abandoned: u32,
    pub wait_p50_seconds: Option<u64>,
    pub wait_p90_seconds: Option<u64>,
    pub mean_chat_seconds: Option<u64>,
    /// Service id → referrals made.
    pub referrals: BTreeMap<String, u32>,
    /// The children's survey answers that week in that language: in reports by week
    /// and language only, else absent (see [`survey`]).
    pub survey: Option<survey::SurveyTally>,
}

/// Groups contacts into rows, sorted by period then group.
pub fn report(contacts: &[Contact], period: Period, group_by: GroupBy, utc_offset_minutes: i64) -> Vec<Row> {
    #[derive(Default)]
    struct Tally {
        contacts: u32,
        answered: u32,
        abandoned: u32,
        waits: Vec<i64>,
        lengths: Vec<i64>,
        referrals: BTreeMap<String, u32>,
    }
    let mut tallies: BTreeMap<(i64, String), Tally> = BTreeMap::new();
    for contact in contacts {
        let start = period_start(contact.queued_at, period, utc_offset_minutes);
        let groups: Vec<String> = match group_by {
            GroupBy::Language => vec![contact.language.clone()],
            GroupBy::Category => {
                let mut top: Vec<String> =
                    contact.categories.iter().map(|code| code.split('.').next().unwrap_or(code).to_owned()).collect();
                top.sort();
                top.dedup();
                if top.is_empty() {
                    top.push("none".to_owned());
                }
                top
            }
        };
        for group in groups {
            let tally = tallies.entry((start, group)).or_default();
            tally.contacts += 1;
            match (contact.first_answered_at, contact.ended_at) {
                (Some(answered), ended) => {
                    tally.answered += 1;
                    tally.waits.push(answered - contact.queued_at);
                    if let Some(ended) = ended {
                        tally.lengths.push(ended - answered);
                    }
                }
                (None, Some(_)) => tally.abandoned += 1,
                (None, None) => {}
            }
            for service in &contact.referrals {
                *tally.referrals.entry(service.clone()).or_default() += 1;
            }
        }
    }
    tallies
        .into_iter()
        .map(|((start, group), mut tally)| {
            tally.waits.sort_unstable();
            Row {
                period: date(start + utc_offset_minutes * 60_000),
                group,
                contacts: tally.contacts,
                answered: tally.answered,
                abandoned: tally.abandoned,
                wait_p50_seconds: percentile(&tally.waits, 50).map(seconds),
                wait_p90_seconds: percentile(&tally.waits, 90).map(seconds),
                mean_chat_seconds: (!tally.lengths.is_empty()).then(|| {
                    seconds(tally.lengths.iter().sum::<i64>() / i64::try_from(tally.lengths.len()).unwrap_or(1))
                }),
                referrals: tally.referrals,
                survey: None,
            }
        })
        .collect()
}

/// Nearest-rank percentile of sorted values.
pub fn percentile(sorted: &[i64], percent: usize) -> Option<i64> {
    if sorted.is_empty() {
        return None;
    }
    let rank = (percent * sorted.len()).div_ceil(100).max(1);
    sorted.get(rank - 1).copied()
}

/// The first instant (UTC millis) of the day or week `at` falls in, at the offset.
pub fn period_start(at: i64, period: Period, utc_offset_minutes: i64) -> i64 {
    let offset = utc_offset_minutes * 60_000;
    let local_day = (at + offset).div_euclid(DAY);
    let first_day = match period {
        Period::Day => local_day,
        // 1970-01-01 was a Thursday: day 0 is 3 days after a Monday.
        Period::Week => local_day - (local_day + 3).rem_euclid(7),
    };
    first_day * DAY - offset
}

/// `YYYY-MM-DD` of a UTC instant (civil-from-days, proleptic Gregorian).
pub fn date(at: i64) -> String {
    let days = at.div_euclid(DAY);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// Parses `YYYY-MM-DD` into the UTC instant of that local midnight at the offset.
pub fn parse_date(text: &str, utc_offset_minutes: i64) -> Option<i64> {
    let mut parts = text.split('-');
    let year: i64 = parts.next()?.parse().ok()?;
    let month: i64 = parts.next()?.parse().ok()?;
    let day: i64 = parts.next()?.parse().ok()?;
    if parts.next().is_some() || !(1..=12).contains(&month) || !(1..=31).contains(&day) || text.len() != 10 {
        return None;
    }
    let (y, m) = if month <= 2 { (year - 1, month + 9) } else { (year, month - 3) };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * m + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    let at = days * DAY - utc_offset_minutes * 60_000;
    // Reject dates that do not exist (31 April): they do not print back the same.
    (date(at + utc_offset_minutes * 60_000) == text).then_some(at)
}

fn seconds(millis: i64) -> u64 {
    u64::try_from(millis.max(0) / 1000).unwrap_or(0)
}

/// The rows as CSV: one line per row, referrals as `service:count` joined by `;`, then
/// the survey's counts (empty where the report has none).
pub fn csv(rows: &[Row]) -> String {
    let mut out = format!(
        "period,group,contacts,answered,abandoned,wait_p50_seconds,wait_p90_seconds,mean_chat_seconds,referrals,{}\n",
        survey::csv_header()
    );
    let optional = |value: Option<u64>| value.map(|value| value.to_string()).unwrap_or_default();
    for row in rows {
        let referrals: Vec<String> =
            row.referrals.iter().map(|(service, count)| format!("{service}:{count}")).collect();
        let _ = writeln!(
            out,
            "{},{},{},{},{},{},{},{},{},{}",
            csv_field(&row.period),
            csv_field(&row.group),
            row.contacts,
            row.answered,
            row.abandoned,
            optional(row.wait_p50_seconds),
            optional(row.wait_p90_seconds),
            optional(row.mean_chat_seconds),
            csv_field(&referrals.join(";")),
            survey::csv_fields(row.survey.as_ref()),
        );
    }
    out
}

/// Quotes a field when it needs it, and defuses spreadsheet formulas.
fn csv_field(value: &str) -> String {
    let value = if value.starts_with(['=', '+', '-', '@']) { format!("'{value}") } else { value.to_owned() };
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

/// A stacked bar chart of answered and abandoned contacts per period (all groups
/// together), with the number on each bar: accessible (a title, a description, and the
/// figures as text), and sized by the viewBox so it scales.
pub fn svg_chart(rows: &[Row], title: &str) -> String {
    let mut per_period: BTreeMap<&str, (u32, u32, u32)> = BTreeMap::new();
    for row in rows {
        let entry = per_period.entry(row.period.as_str()).or_default();
        entry.0 += row.answered;
        entry.1 += row.abandoned;
        entry.2 += row.contacts;
    }
    let (bar, gap, height, top, bottom) = (36, 12, 200, 20, 40);
    let width = (per_period.len() as i64 * (bar + gap)).max(bar + gap) + gap;
    let highest = per_period.values().map(|(_, _, contacts)| *contacts).max().unwrap_or(0).max(1);
    let scale = |count: u32| i64::from(count) * height / i64::from(highest);
    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {}\" role=\"img\" aria-labelledby=\"t d\">\
<title id=\"t\">{}</title><desc id=\"d\">",
        height + top + bottom,
        xml(title)
    );
    for (period, (answered, abandoned, contacts)) in &per_period {
        let _ = write!(svg, "{period}: {contacts} contacts, {answered} answered, {abandoned} abandoned. ");
    }
    svg.push_str("</desc>");
    for (index, (period, (answered, abandoned, contacts))) in per_period.iter().enumerate() {
        let x = gap + index as i64 * (bar + gap);
        let answered_height = scale(*answered);
        let abandoned_height = scale(*abandoned);
        let base = top + height;
        let _ = write!(
            svg,
            "<rect class=\"answered\" x=\"{x}\" y=\"{}\" width=\"{bar}\" height=\"{answered_height}\" fill=\"#1d6b47\"/>\
<rect class=\"abandoned\" x=\"{x}\" y=\"{}\" width=\"{bar}\" height=\"{abandoned_height}\" fill=\"#b3261e\"/>\
<text x=\"{}\" y=\"{}\" font-size=\"11\" text-anchor=\"middle\">{contacts}</text>\
<text x=\"{}\" y=\"{}\" font-size=\"9\" text-anchor=\"middle\">{}</text>",
            base - answered_height,
            base - answered_height - abandoned_height,
            x + bar / 2,
            base - answered_height - abandoned_height - 4,
            x + bar / 2,
            base + 14,
            &period[5..],
        );
    }
    svg.push_str("</svg>");
    svg
}

fn xml(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests;
