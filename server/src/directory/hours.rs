//! Opening hours of a directory service, and whether it is open at an instant.
//!
//! The syntax is the one of `--schedule` (`server/src/schedule.rs`), extended:
//!
//! ```text
//! 24/7
//! mon-fri 08:00-20:00; sat 10:00-14:00
//! mon,wed,thu 10:00-12:00, 14:00-18:00; fri 22:00-02:00
//! ```
//!
//! Entries are separated by `;`. Each names days (three-letter English names, ranges
//! such as `mon-fri` or `sat-mon`, lists with `,`) and then one or more time ranges
//! separated by `,`. An end at or before the start runs past midnight into the next
//! day (`fri 22:00-02:00` is open until Saturday 02:00); `24:00` ends at midnight.
//!
//! Times are local to one fixed offset from UTC per service (`utc_offset_minutes`),
//! like the schedule. Daylight-saving time is not followed: a service in Berlin is
//! +60 in winter and +120 in summer, and its entry must be re-imported with the new
//! offset when the clocks change (or its hours written in UTC with offset 0).

const MINUTE_MS: i64 = 60_000;
const DAY_MINUTES: i64 = 24 * 60;
/// Minutes in a week: openings are kept as minutes from Monday 00:00 local time.
pub const WEEK_MINUTES: i64 = 7 * DAY_MINUTES;
const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
/// The spelling of an always-open service.
pub const ALWAYS_OPEN: &str = "24/7";
/// Real offsets run from UTC−12:00 to UTC+14:00.
pub const OFFSET_RANGE_MINUTES: std::ops::RangeInclusive<i64> = -12 * 60..=14 * 60;

/// One weekly opening, in minutes from Monday 00:00 local time. `closes` is after
/// `opens` and at most a day later, so it may pass the end of the week (Sunday
/// 22:00–02:00 closes at minute 10 200, Monday 02:00 of the next week).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Opening {
    pub opens: i64,
    pub closes: i64,
}

impl Opening {
    /// Whether the opening is one the database's CHECK constraints accept: it starts
    /// within the week and lasts more than nothing and at most a day.
    pub fn is_valid(self) -> bool {
        (0..WEEK_MINUTES).contains(&self.opens) && self.closes > self.opens && self.closes <= self.opens + DAY_MINUTES
    }

    fn contains(self, week_minute: i64) -> bool {
        let within = |minute: i64| self.opens <= minute && minute < self.closes;
        within(week_minute) || within(week_minute + WEEK_MINUTES)
    }
}

/// Weekly hours as parsed: what was written (shown to readers as is), the service's
/// offset from UTC, and the openings it describes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeeklyHours {
    pub text: String,
    pub utc_offset_minutes: i64,
    pub openings: Vec<Opening>,
}

impl WeeklyHours {
    /// Whether one of the openings covers `unix_millis`.
    pub fn open_at(&self, unix_millis: i64) -> bool {
        let week_minute = week_minute(unix_millis, self.utc_offset_minutes);
        self.openings.iter().any(|opening| opening.contains(week_minute))
    }
}

/// When a service can be reached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Hours {
    /// Day and night, every day.
    AlwaysOpen,
    Weekly(WeeklyHours),
    /// Nobody told us. Never shown as open now: a child must not be sent to a line
    /// that may be closed while the console says it is open.
    Unknown,
}

/// Whether a service with these hours is open at `unix_millis`; unknown hours are not.
pub fn open_at(hours: &Hours, unix_millis: i64) -> bool {
    match hours {
        Hours::AlwaysOpen => true,
        Hours::Weekly(weekly) => weekly.open_at(unix_millis),
        Hours::Unknown => false,
    }
}

/// Minutes since Monday 00:00 of the local week that contains `unix_millis`.
pub fn week_minute(unix_millis: i64, utc_offset_minutes: i64) -> i64 {
    let local_minutes = unix_millis.div_euclid(MINUTE_MS) + utc_offset_minutes;
    // The Unix epoch fell on a Thursday: shift so that week minute 0 is Monday 00:00.
    (local_minutes + 3 * DAY_MINUTES).rem_euclid(WEEK_MINUTES)
}

/// Parses the hours column: empty means unknown, `24/7` always open, anything else
/// weekly hours, which need the service's offset from UTC. The error says why, in
/// words for the person who wrote the file.
pub fn parse_hours(text: &str, utc_offset_minutes: Option<i64>) -> Result<Hours, HoursError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(Hours::Unknown);
    }
    if text.eq_ignore_ascii_case(ALWAYS_OPEN) {
        return Ok(Hours::AlwaysOpen);
    }
    let openings = parse_openings(text).map_err(HoursError::Hours)?;
    let utc_offset_minutes = utc_offset_minutes.ok_or(HoursError::OffsetMissing)?;
    if !OFFSET_RANGE_MINUTES.contains(&utc_offset_minutes) {
        return Err(HoursError::OffsetOutOfRange(utc_offset_minutes));
    }
    Ok(Hours::Weekly(WeeklyHours { text: text.to_owned(), utc_offset_minutes, openings }))
}

/// Why hours could not be read; [`HoursError::field`] says which column to fix.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HoursError {
    #[error("{0}")]
    Hours(String),
    #[error("weekly hours need utc_offset_minutes (e.g. 60 for UTC+01:00)")]
    OffsetMissing,
    #[error("{0} is not a UTC offset: use minutes from -720 to 840")]
    OffsetOutOfRange(i64),
}

impl HoursError {
    pub fn field(&self) -> &'static str {
        match self {
            HoursError::Hours(_) => "hours",
            HoursError::OffsetMissing | HoursError::OffsetOutOfRange(_) => "utc_offset_minutes",
        }
    }
}

/// `mon-fri 08:00-20:00; sat 10:00-14:00` into openings, sorted and without repeats.
pub fn parse_openings(text: &str) -> Result<Vec<Opening>, String> {
    let mut openings = Vec::new();
    for entry in text.split(';').map(str::trim) {
        if entry.is_empty() {
            return Err(format!("{text:?}: an empty entry between ';'"));
        }
        let (days, ranges) = entry
            .split_once(char::is_whitespace)
            .ok_or_else(|| format!("{entry:?}: expected days and times, e.g. \"mon-fri 08:00-20:00\""))?;
        let days = parse_days(days).map_err(|problem| format!("{entry:?}: {problem}"))?;
        for range in ranges.split(',').map(str::trim) {
            let (from, to) = parse_range(range).map_err(|problem| format!("{entry:?}: {problem}"))?;
            for &day in &days {
                let opens = day * DAY_MINUTES + from;
                let closes = if to > from { day * DAY_MINUTES + to } else { (day + 1) * DAY_MINUTES + to };
                openings.push(Opening { opens, closes });
            }
        }
    }
    openings.sort_unstable();
    openings.dedup();
    Ok(openings)
}

/// `mon`, `mon-fri`, `sat-mon` (wrapping), or a `,` list of those: day numbers, Monday 0.
fn parse_days(text: &str) -> Result<Vec<i64>, String> {
    let mut days = Vec::new();
    for part in text.split(',') {
        let (first, last) = part.split_once('-').unwrap_or((part, part));
        let (first, last) = (day_number(first)?, day_number(last)?);
        let mut day = first;
        loop {
            if !days.contains(&day) {
                days.push(day);
            }
            if day == last {
                break;
            }
            day = (day + 1) % 7;
        }
    }
    Ok(days)
}

fn day_number(name: &str) -> Result<i64, String> {
    DAYS.iter()
        .zip(0..)
        .find(|(day, _)| day.eq_ignore_ascii_case(name.trim()))
        .map(|(_, number)| number)
        .ok_or_else(|| format!("unknown day {name:?} (use {})", DAYS.join(", ")))
}

/// `08:00-20:00` into minutes after midnight; the end may be `24:00`.
fn parse_range(text: &str) -> Result<(i64, i64), String> {
    let (from, to) = text.split_once('-').ok_or_else(|| format!("{text:?} is not a time range like 08:00-20:00"))?;
    let from = clock(from).filter(|&minutes| minutes < DAY_MINUTES);
    let to = clock(to);
    match (from, to) {
        (Some(from), Some(to)) if from == to => {
            Err(format!("{text:?} opens and closes at the same time (a whole day is 00:00-24:00)"))
        }
        (Some(from), Some(to)) => Ok((from, to)),
        _ => Err(format!("{text:?}: times are hh:mm, from 00:00 to 23:59 (24:00 only as an end)")),
    }
}

/// `hh:mm` into minutes after midnight, `24:00` included.
fn clock(text: &str) -> Option<i64> {
    let (hours, minutes) = text.trim().split_once(':')?;
    let digits = |part: &str| part.bytes().all(|byte| byte.is_ascii_digit());
    if hours.is_empty() || hours.len() > 2 || minutes.len() != 2 || !digits(hours) || !digits(minutes) {
        return None;
    }
    let (hours, minutes): (i64, i64) = (hours.parse().ok()?, minutes.parse().ok()?);
    let valid = ((0..24).contains(&hours) && (0..60).contains(&minutes)) || (hours == 24 && minutes == 0);
    valid.then_some(hours * 60 + minutes)
}
