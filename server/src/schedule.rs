//! Weekly opening hours per language, to tell a child when someone who speaks their
//! language will be there. Pure: parsing, and "next opening after this instant".
//!
//! The file (`--schedule`, documented in `docs/schedule.md`):
//!
//! ```json
//! { "utc_offset_minutes": 60,
//!   "languages": { "ar": ["mon 16:00-20:00", "thu 16:00-20:00"], "*": ["mon-fri 09:00-17:00"] } }
//! ```
//!
//! Times are local to one fixed offset from UTC (a helpline's usual hours, without
//! daylight-saving changes: shift the offset by hand twice a year, or write UTC). `"*"`
//! applies to every language that has no entry of its own.

use std::collections::BTreeMap;

use serde::Deserialize;

const MINUTE_MS: i64 = 60_000;
const DAY_MINUTES: i64 = 24 * 60;
const WEEK_MINUTES: i64 = 7 * DAY_MINUTES;
const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// A schedule that does not parse; `serve` refuses to start with it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("schedule: {0}")]
pub struct ScheduleError(String);

/// When one weekly opening starts, in minutes from Monday 00:00 local time. (Only
/// starts matter: the child is told when someone will be there.)
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Opening {
    start: i64,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Schedule {
    utc_offset_minutes: i64,
    by_language: BTreeMap<String, Vec<Opening>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ScheduleFile {
    #[serde(default)]
    utc_offset_minutes: i64,
    languages: BTreeMap<String, Vec<String>>,
}

impl Schedule {
    pub fn parse(json: &str) -> Result<Schedule, ScheduleError> {
        let file: ScheduleFile = serde_json::from_str(json).map_err(|error| ScheduleError(error.to_string()))?;
        if file.utc_offset_minutes.abs() > 14 * 60 {
            return Err(ScheduleError("utc_offset_minutes must be within ±14 hours".into()));
        }
        let mut by_language = BTreeMap::new();
        for (language, entries) in file.languages {
            let mut openings = Vec::new();
            for entry in &entries {
                openings.extend(parse_entry(entry).map_err(|problem| ScheduleError(format!("{language}: {problem}")))?);
            }
            by_language.insert(language, openings);
        }
        Ok(Schedule { utc_offset_minutes: file.utc_offset_minutes, by_language })
    }

    /// The next time an opening for `language` starts after `now` (Unix milliseconds),
    /// or `None` when the schedule says nothing about the language.
    pub fn next_opening(&self, language: &str, now: i64) -> Option<i64> {
        let openings = self.by_language.get(language).or_else(|| self.by_language.get("*"))?;
        let local_minutes = now.div_euclid(MINUTE_MS) + self.utc_offset_minutes;
        // The Unix epoch fell on a Thursday: shift so that week minute 0 is Monday 00:00.
        let since_monday_epoch = local_minutes + 3 * DAY_MINUTES;
        let week_start = since_monday_epoch - since_monday_epoch.rem_euclid(WEEK_MINUTES);
        let into_week = since_monday_epoch - week_start;
        let next = openings
            .iter()
            .map(|opening| {
                let weeks_ahead = if opening.start > into_week { 0 } else { WEEK_MINUTES };
                opening.start + weeks_ahead - into_week
            })
            .min()?;
        let minutes = local_minutes + next;
        Some((minutes - self.utc_offset_minutes) * MINUTE_MS)
    }
}

/// `"mon 16:00-20:00"` or `"mon-fri 09:00-17:00"`; an end before the start runs past
/// midnight.
fn parse_entry(entry: &str) -> Result<Vec<Opening>, String> {
    let (days, hours) =
        entry.trim().split_once(' ').ok_or_else(|| format!("{entry:?}: expected \"day hh:mm-hh:mm\""))?;
    let (first, last) = days.split_once('-').unwrap_or((days, days));
    let day_index = |name: &str| {
        DAYS.iter()
            .position(|day| day.eq_ignore_ascii_case(name))
            .ok_or_else(|| format!("{entry:?}: unknown day {name:?}"))
    };
    let (first, last) = (day_index(first)?, day_index(last)?);
    let (from, to) = hours.trim().split_once('-').ok_or_else(|| format!("{entry:?}: expected hh:mm-hh:mm"))?;
    let (from, to) =
        (clock(from).ok_or(format!("{entry:?}: bad time"))?, clock(to).ok_or(format!("{entry:?}: bad time"))?);
    if from == to {
        return Err(format!("{entry:?}: an opening needs a length"));
    }
    let mut openings = Vec::new();
    let mut day = first;
    loop {
        let start = i64::try_from(day).unwrap_or(0) * DAY_MINUTES + from;
        openings.push(Opening { start });
        if day == last {
            break;
        }
        day = (day + 1) % 7;
    }
    Ok(openings)
}

fn clock(text: &str) -> Option<i64> {
    let (hours, minutes) = text.trim().split_once(':')?;
    let (hours, minutes): (i64, i64) = (hours.parse().ok()?, minutes.parse().ok()?);
    ((0..24).contains(&hours) && (0..60).contains(&minutes)).then_some(hours * 60 + minutes)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 2026-11-25 was a Wednesday; 12:00 UTC.
    const WEDNESDAY_NOON_UTC: i64 = 1_795_608_000_000;
    const HOUR: i64 = 3_600_000;

    #[test]
    fn the_epoch_arithmetic_matches_the_calendar() {
        // 2026-11-25T12:00:00Z
        assert_eq!(WEDNESDAY_NOON_UTC % (24 * HOUR), 12 * HOUR);
        let schedule = Schedule::parse(r#"{"languages":{"ar":["wed 16:00-20:00"]}}"#).unwrap();
        assert_eq!(schedule.next_opening("ar", WEDNESDAY_NOON_UTC), Some(WEDNESDAY_NOON_UTC + 4 * HOUR));
    }

    #[test]
    fn an_opening_already_started_points_to_the_next_one() {
        let schedule = Schedule::parse(r#"{"languages":{"ar":["wed 10:00-20:00","fri 10:00-12:00"]}}"#).unwrap();
        assert_eq!(schedule.next_opening("ar", WEDNESDAY_NOON_UTC), Some(WEDNESDAY_NOON_UTC + 46 * HOUR));
    }

    #[test]
    fn the_week_wraps_and_the_offset_applies() {
        // Monday 09:00 at UTC+1 is Monday 08:00 UTC: from Wednesday noon, 4 days and 20 hours on.
        let schedule = Schedule::parse(r#"{"utc_offset_minutes":60,"languages":{"*":["mon 09:00-17:00"]}}"#).unwrap();
        assert_eq!(schedule.next_opening("ti", WEDNESDAY_NOON_UTC), Some(WEDNESDAY_NOON_UTC + (4 * 24 + 20) * HOUR));
    }

    #[test]
    fn ranges_of_days_and_unknown_languages() {
        let schedule = Schedule::parse(r#"{"languages":{"fr":["mon-fri 13:00-14:00"]}}"#).unwrap();
        assert_eq!(schedule.next_opening("fr", WEDNESDAY_NOON_UTC), Some(WEDNESDAY_NOON_UTC + HOUR));
        assert_eq!(schedule.next_opening("uk", WEDNESDAY_NOON_UTC), None);
        assert_eq!(Schedule::default().next_opening("fr", WEDNESDAY_NOON_UTC), None);
    }

    #[test]
    fn bad_files_are_refused_with_the_reason() {
        for bad in [
            r#"{"languages":{"ar":["someday 16:00-20:00"]}}"#,
            r#"{"languages":{"ar":["mon 25:00-26:00"]}}"#,
            r#"{"languages":{"ar":["mon"]}}"#,
            r#"{"utc_offset_minutes":9999,"languages":{}}"#,
            r#"{"langs":{}}"#,
        ] {
            assert!(Schedule::parse(bad).is_err(), "{bad}");
        }
    }
}
