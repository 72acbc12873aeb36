//! The last hours of each language's queue, minute by minute: what the board's charts
//! draw. Pure logic shared by both ends, so that it is tested once with the workspace's
//! tests: the server keeps a [`TrendRing`] from the moment it starts and sends it in
//! the first `board` frame a console receives ([`BoardTrends`]); the console loads it
//! into its own ring, folds every later `board` frame into it the same way, and draws
//! each series with [`Sparkline`].
//!
//! A minute holds the most children seen waiting at once in it and the longest wait
//! seen in it. Only minutes in which some child waited are kept and sent: a minute the
//! ring covers but does not hold had nobody waiting.

use std::collections::{BTreeMap, VecDeque};

use serde::{Deserialize, Serialize};

use crate::board::LanguageBoard;
use crate::UnixMillis;

/// One minute, in milliseconds.
pub const MINUTE: UnixMillis = 60_000;

/// How many minutes the ring keeps and the charts show: four hours.
pub const WINDOW_MINUTES: usize = 240;

/// One minute of one language's queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrendPoint {
    /// When the minute started, Unix milliseconds (a whole minute).
    pub minute: UnixMillis,
    /// The most children waiting at once during the minute.
    pub waiting: u32,
    /// The longest wait seen during the minute, in seconds.
    pub longest_wait_seconds: u64,
}

/// The ring on the wire: in the first `board` frame after a console connects.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoardTrends {
    /// The first minute known (the server's start, or four hours ago if later).
    pub since: UnixMillis,
    /// Per language, the minutes in which some child waited, oldest first.
    pub languages: BTreeMap<String, Vec<TrendPoint>>,
}

/// Per language, the last [`WINDOW_MINUTES`] minutes; bounded whatever happens.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrendRing {
    /// The first minute the ring knows of (`None` until the first observation).
    since: Option<UnixMillis>,
    languages: BTreeMap<String, VecDeque<TrendPoint>>,
}

/// The start of the minute `at` falls in.
pub fn minute_of(at: UnixMillis) -> UnixMillis {
    at.div_euclid(MINUTE) * MINUTE
}

impl TrendRing {
    /// A ring that knows the queues from `now` on (nobody waiting yet).
    pub fn starting(now: UnixMillis) -> Self {
        Self { since: Some(minute_of(now)), languages: BTreeMap::new() }
    }

    /// The first minute the ring covers as of `now`: where its charts start.
    pub fn since(&self, now: UnixMillis) -> UnixMillis {
        let window_start = minute_of(now) - (WINDOW_MINUTES as i64 - 1) * MINUTE;
        self.since.unwrap_or(minute_of(now)).max(window_start)
    }

    /// `waiting` children wait in `language` at `now`, the longest for
    /// `longest_wait_seconds`: the minute keeps the larger figures. Minutes that fell
    /// out of the window go.
    pub fn observe(&mut self, now: UnixMillis, language: &str, waiting: u32, longest_wait_seconds: u64) {
        let minute = minute_of(now);
        self.since.get_or_insert(minute);
        if waiting > 0 || longest_wait_seconds > 0 {
            let points = self.languages.entry(language.to_owned()).or_default();
            match points.back_mut() {
                Some(last) if last.minute == minute => {
                    last.waiting = last.waiting.max(waiting);
                    last.longest_wait_seconds = last.longest_wait_seconds.max(longest_wait_seconds);
                }
                // A clock set back: the earlier minute is kept as it is, not reordered.
                Some(last) if last.minute > minute => {}
                _ => points.push_back(TrendPoint { minute, waiting, longest_wait_seconds }),
            }
        }
        self.forget_before(self.since(now));
    }

    /// Every line of a board as of `now` (its `generated_at`).
    pub fn observe_board(&mut self, now: UnixMillis, lines: &[LanguageBoard]) {
        for line in lines {
            self.observe(now, &line.language, line.waiting, line.longest_wait_seconds);
        }
        self.since.get_or_insert(minute_of(now));
    }

    fn forget_before(&mut self, start: UnixMillis) {
        for points in self.languages.values_mut() {
            while points.front().is_some_and(|point| point.minute < start) {
                points.pop_front();
            }
        }
        self.languages.retain(|_, points| !points.is_empty());
    }

    /// The ring as sent to a console at `now`.
    pub fn to_wire(&self, now: UnixMillis) -> BoardTrends {
        let since = self.since(now);
        BoardTrends {
            since,
            languages: self
                .languages
                .iter()
                .map(|(language, points)| {
                    (language.clone(), points.iter().filter(|point| point.minute >= since).copied().collect())
                })
                .filter(|(_, points): &(String, Vec<TrendPoint>)| !points.is_empty())
                .collect(),
        }
    }

    /// Takes in what the server knew before this ring began (a console's first board
    /// frame). The server's minutes are merged with any observed here, larger figures
    /// winning, and the ring then knows from the server's `since`.
    pub fn load(&mut self, trends: &BoardTrends) {
        self.since = Some(self.since.map_or(trends.since, |since| since.min(trends.since)));
        for (language, incoming) in &trends.languages {
            let points = self.languages.entry(language.clone()).or_default();
            let mut merged: BTreeMap<UnixMillis, TrendPoint> =
                points.iter().map(|point| (point.minute, *point)).collect();
            for point in incoming {
                merged
                    .entry(minute_of(point.minute))
                    .and_modify(|known| {
                        known.waiting = known.waiting.max(point.waiting);
                        known.longest_wait_seconds = known.longest_wait_seconds.max(point.longest_wait_seconds);
                    })
                    .or_insert(TrendPoint { minute: minute_of(point.minute), ..*point });
            }
            *points = merged.into_values().collect();
            while points.len() > WINDOW_MINUTES {
                points.pop_front();
            }
        }
    }

    /// Languages with some child waiting in the window, by code.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.languages.keys().map(String::as_str)
    }

    /// One language's minutes from [`Self::since`] to `now`, every minute present
    /// (zero where nobody waited), oldest first.
    pub fn series(&self, language: &str, now: UnixMillis) -> Vec<TrendPoint> {
        let since = self.since(now);
        let last = minute_of(now);
        let known: BTreeMap<UnixMillis, &TrendPoint> = self
            .languages
            .get(language)
            .into_iter()
            .flatten()
            .filter(|point| point.minute >= since)
            .map(|point| (point.minute, point))
            .collect();
        (0..)
            .map(|index| since + index * MINUTE)
            .take_while(|minute| *minute <= last)
            .map(|minute| {
                known.get(&minute).map_or(TrendPoint { minute, waiting: 0, longest_wait_seconds: 0 }, |point| **point)
            })
            .collect()
    }
}

/// A small chart's geometry: a series of values over the chart's window, scaled into
/// a `width` × `height` box (SVG user units, y growing downwards).
#[derive(Debug, Clone, PartialEq)]
pub struct Sparkline {
    /// The top of the scale: the series' largest value rounded up to a "nice" number
    /// (at least 1), so that the axis label reads well.
    pub top: u64,
    /// The SVG path: a line through every minute, left to right, time growing
    /// rightwards (the console mirrors it for right-to-left languages itself if wanted).
    pub path: String,
    /// The same line closed down to the baseline, for a shaded area.
    pub area: String,
    /// Where the line ends ("now"), marked with a dot: a history of one minute is a
    /// single point, which a line alone would not show.
    pub last: Option<(f64, f64)>,
}

/// The smallest of 1, 2, 5, 10, 20, 50, … at or above `value` (at least 1).
pub fn nice_ceiling(value: u64) -> u64 {
    let mut step = 1u64;
    loop {
        for factor in [1, 2, 5] {
            let candidate = step.saturating_mul(factor);
            if candidate >= value {
                return candidate;
            }
        }
        if step > u64::MAX / 10 {
            return u64::MAX;
        }
        step *= 10;
    }
}

impl Sparkline {
    /// `values`, one a minute, placed over `slots` minutes (the window's width, so that
    /// a short history does not stretch over the whole chart: it ends at the right edge,
    /// where "now" is).
    pub fn new(values: &[u64], slots: usize, width: f64, height: f64) -> Self {
        let top = nice_ceiling(values.iter().copied().max().unwrap_or(0));
        let slots = slots.max(values.len()).max(2);
        let step = width / (slots - 1) as f64;
        let offset = slots - values.len();
        let point = |index: usize, value: u64| {
            let x = (offset + index) as f64 * step;
            let y = height - (value as f64 / top as f64) * height;
            format!("{x:.1},{y:.1}")
        };
        let mut path = String::new();
        for (index, value) in values.iter().enumerate() {
            path.push_str(if index == 0 { "M" } else { " L" });
            path.push_str(&point(index, *value));
        }
        let last = values.last().map(|value| {
            let index = values.len() - 1;
            ((offset + index) as f64 * step, height - (*value as f64 / top as f64) * height)
        });
        let area = match (values.first(), values.len()) {
            (Some(_), len) => {
                let first_x = offset as f64 * step;
                let last_x = (offset + len - 1) as f64 * step;
                format!("{path} L{last_x:.1},{height:.1} L{first_x:.1},{height:.1} Z")
            }
            (None, _) => String::new(),
        };
        Self { top, path, area, last }
    }
}

/// The unit a chart of waits is read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WaitUnit {
    Second,
    Minute,
}

impl WaitUnit {
    /// The unit's name for `Intl.NumberFormat`.
    pub fn intl_name(self) -> &'static str {
        match self {
            WaitUnit::Second => "second",
            WaitUnit::Minute => "minute",
        }
    }
}

/// Waits (seconds) as a chart shows them: in seconds while every wait is under a
/// minute, else in whole minutes, rounded up so that a wait never reads shorter than
/// it was.
pub fn wait_scale(waits: &[u64]) -> (Vec<u64>, WaitUnit) {
    if waits.iter().all(|wait| *wait < 60) {
        (waits.to_vec(), WaitUnit::Second)
    } else {
        (waits.iter().map(|wait| wait.div_ceil(60)).collect(), WaitUnit::Minute)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const T0: UnixMillis = 1_795_680_000_000; // a whole minute

    #[test]
    fn a_minute_keeps_the_largest_figures_seen_in_it() {
        let mut ring = TrendRing::starting(T0);
        ring.observe(T0 + 1_000, "ar", 1, 5);
        ring.observe(T0 + 20_000, "ar", 3, 2);
        ring.observe(T0 + 59_999, "ar", 0, 0);
        let series = ring.series("ar", T0 + 59_999);
        assert_eq!(series, vec![TrendPoint { minute: T0, waiting: 3, longest_wait_seconds: 5 }]);
    }

    #[test]
    fn minutes_without_anyone_waiting_read_as_zero_and_are_not_stored() {
        let mut ring = TrendRing::starting(T0);
        ring.observe(T0, "fa", 2, 30);
        ring.observe(T0 + 3 * MINUTE, "fa", 1, 10);
        ring.observe(T0 + 4 * MINUTE, "fa", 0, 0);
        let waiting: Vec<u32> = ring.series("fa", T0 + 4 * MINUTE).iter().map(|point| point.waiting).collect();
        assert_eq!(waiting, vec![2, 0, 0, 1, 0]);
        assert_eq!(ring.to_wire(T0 + 4 * MINUTE).languages["fa"].len(), 2);
        assert!(ring.series("ti", T0 + 4 * MINUTE).iter().all(|point| point.waiting == 0));
    }

    #[test]
    fn the_ring_keeps_four_hours_and_no_more() {
        let mut ring = TrendRing::starting(T0);
        for minute in 0..600 {
            ring.observe(T0 + minute * MINUTE, "ar", 1, 60);
        }
        let now = T0 + 599 * MINUTE;
        let series = ring.series("ar", now);
        assert_eq!(series.len(), WINDOW_MINUTES);
        assert_eq!(series[0].minute, now - (WINDOW_MINUTES as i64 - 1) * MINUTE);
        assert_eq!(ring.to_wire(now).languages["ar"].len(), WINDOW_MINUTES);
        assert_eq!(ring.to_wire(now).since, series[0].minute);
    }

    #[test]
    fn a_language_nobody_waited_in_for_four_hours_goes() {
        let mut ring = TrendRing::starting(T0);
        ring.observe(T0, "ti", 1, 1);
        ring.observe(T0 + 5 * 60 * MINUTE, "ar", 1, 1);
        assert_eq!(ring.languages().collect::<Vec<_>>(), vec!["ar"]);
    }

    #[test]
    fn a_console_loads_the_servers_hours_and_folds_its_own_frames_in() {
        let mut server = TrendRing::starting(T0);
        server.observe(T0 + MINUTE, "ar", 2, 90);
        let wire = server.to_wire(T0 + 2 * MINUTE);
        let json = serde_json::to_value(&wire).unwrap();
        assert_eq!(
            json,
            serde_json::json!({ "since": T0, "languages": { "ar": [{ "minute": T0 + MINUTE, "waiting": 2, "longest_wait_seconds": 90 }] } })
        );
        let mut console = TrendRing::default();
        console.observe(T0 + 2 * MINUTE + 500, "ar", 1, 120);
        console.load(&serde_json::from_value(json).unwrap());
        let series = console.series("ar", T0 + 2 * MINUTE + 500);
        let figures: Vec<(u32, u64)> = series.iter().map(|point| (point.waiting, point.longest_wait_seconds)).collect();
        assert_eq!(figures, vec![(0, 0), (2, 90), (1, 120)]);
    }

    #[test]
    fn a_clock_set_back_reorders_nothing() {
        let mut ring = TrendRing::starting(T0);
        ring.observe(T0 + 2 * MINUTE, "ar", 1, 1);
        ring.observe(T0 + MINUTE, "ar", 5, 5);
        let stored = &ring.to_wire(T0 + 2 * MINUTE).languages["ar"];
        assert_eq!(stored.len(), 1);
        assert_eq!(stored[0].waiting, 1);
    }

    #[test]
    fn short_waits_read_in_seconds_and_long_ones_in_whole_minutes() {
        assert_eq!(wait_scale(&[0, 46, 59]), (vec![0, 46, 59], WaitUnit::Second));
        assert_eq!(wait_scale(&[0, 46, 61, 600]), (vec![0, 1, 2, 10], WaitUnit::Minute));
    }

    #[test]
    fn nice_ceilings_read_well() {
        let cases = [(0, 1), (1, 1), (2, 2), (3, 5), (6, 10), (11, 20), (21, 50), (51, 100), (420, 500)];
        for (value, ceiling) in cases {
            assert_eq!(nice_ceiling(value), ceiling, "{value}");
        }
        assert_eq!(nice_ceiling(u64::MAX), u64::MAX);
    }

    #[test]
    fn a_short_history_ends_at_now_on_the_right() {
        let line = Sparkline::new(&[0, 3, 1], 5, 100.0, 40.0);
        assert_eq!(line.top, 5);
        // Five slots 25 units apart; three values fill the last three.
        assert_eq!(line.path, "M50.0,40.0 L75.0,16.0 L100.0,32.0");
        assert_eq!(line.area, "M50.0,40.0 L75.0,16.0 L100.0,32.0 L100.0,40.0 L50.0,40.0 Z");
        assert_eq!(line.last, Some((100.0, 32.0)));
    }

    #[test]
    fn every_point_stays_inside_the_box() {
        let values: Vec<u64> = (0..240).map(|index| (index * 37 % 101) as u64).collect();
        let line = Sparkline::new(&values, WINDOW_MINUTES, 200.0, 50.0);
        for pair in line.path.split(['M', 'L', ' ']).filter(|part| !part.is_empty()) {
            let (x, y) = pair.split_once(',').unwrap();
            let (x, y): (f64, f64) = (x.parse().unwrap(), y.parse().unwrap());
            assert!((0.0..=200.0).contains(&x) && (0.0..=50.0).contains(&y), "{pair}");
        }
        let empty = Sparkline::new(&[], WINDOW_MINUTES, 200.0, 50.0);
        assert!(empty.path.is_empty() && empty.last.is_none());
    }
}
