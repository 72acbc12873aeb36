//! The coordinators' board figures, as pure logic: no clock, no I/O. The hub reports
//! each child who leaves a queue (answered after some wait, or gone unanswered) with the
//! wall-clock time, and asks for a snapshot with what it knows now: who waits since
//! when, who is signed in, which chats go on. Everything here is testable with made-up
//! times, and the hub's scripted-day test checks the same figures end to end.
//!
//! Definitions (those of child helplines' usual reporting):
//! - *Service level*: children answered within the target time ÷ children who left the
//!   queue (answered or abandoned) in the period. A child who abandons counts against
//!   it however soon they left.
//! - *Abandoned*: left the queue before anyone answered (ended by the child, or gone
//!   past the reconnection grace period).
//! - *Today*: since midnight at the helpline's fixed UTC offset.
//! - *Last hour*: the 60 minutes before the snapshot.
//!
//! The board also keeps the last four hours of each queue minute by minute (a
//! [`TrendRing`], sampled by the hub), sent once to each console that connects.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use bridgeline_protocol::board::{BoardSnapshot, ChatLine, LanguageBoard, Outcomes, StaffPresence, ThresholdAlert};
use bridgeline_protocol::trends::{BoardTrends, TrendRing};
use bridgeline_protocol::{ConversationId, StaffStatus, UnixMillis};

const SECOND: i64 = 1_000;
const HOUR: i64 = 3_600 * SECOND;
const DAY: i64 = 24 * HOUR;

/// Outcomes kept per language: more than a busy helpline's day, so memory stays bounded
/// whatever happens.
const MAX_OUTCOMES: usize = 20_000;

/// The board's tunables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BoardConfig {
    /// Answered within this counts towards the service level.
    pub target_wait: i64,
    /// A child waiting longer than this raises a threshold alert.
    pub long_wait: i64,
    /// A left message unanswered for longer than this raises a threshold alert.
    pub left_message_alert: i64,
    /// Where "today" starts: midnight at this offset from UTC.
    pub utc_offset_minutes: i64,
}

impl Default for BoardConfig {
    fn default() -> Self {
        Self {
            target_wait: 60 * SECOND,
            long_wait: 10 * 60 * SECOND,
            left_message_alert: 12 * HOUR,
            utc_offset_minutes: 0,
        }
    }
}

/// How one child left a queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Left {
    Answered { waited: i64 },
    Abandoned,
}

/// A child waiting now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Waiting {
    pub conversation: ConversationId,
    pub language: String,
    /// When they joined the queue (wall clock).
    pub since: UnixMillis,
}

/// The live state the hub passes in for a snapshot.
#[derive(Debug, Clone, Default)]
pub struct Live {
    pub waiting: Vec<Waiting>,
    /// The chats going on now.
    pub chats: Vec<ChatLine>,
    pub staff: Vec<StaffPresence>,
    /// Messages children left that nobody has taken: their language and when each
    /// was left (wall clock).
    pub left_messages: Vec<(String, UnixMillis)>,
}

/// Recent outcomes per language.
#[derive(Debug, Clone, Default)]
pub struct Board {
    config: BoardConfig,
    outcomes: BTreeMap<String, VecDeque<(UnixMillis, Left)>>,
    /// When each chat ended as abusive was reported (rejected reports taken out).
    abusive: VecDeque<UnixMillis>,
    /// The last hours of each queue, minute by minute.
    trends: TrendRing,
}

impl Board {
    pub fn new(config: BoardConfig) -> Self {
        Self { config, outcomes: BTreeMap::new(), abusive: VecDeque::new(), trends: TrendRing::default() }
    }

    /// The queues' history starts at `now` (the server's start): before it, nothing is
    /// known, and the charts say so.
    pub fn tracking_trends_from(mut self, now: UnixMillis) -> Self {
        self.trends = TrendRing::starting(now);
        self
    }

    /// The children waiting at `now` (each with when they joined their queue), folded
    /// into the current minute of each language's history.
    pub fn sample_trends(&mut self, now: UnixMillis, waiting: &[Waiting]) {
        let mut per_language: BTreeMap<&str, (u32, u64)> = BTreeMap::new();
        for child in waiting {
            let entry = per_language.entry(child.language.as_str()).or_default();
            entry.0 += 1;
            entry.1 = entry.1.max(seconds(now - child.since));
        }
        for (language, (count, longest)) in per_language {
            self.trends.observe(now, language, count, longest);
        }
    }

    /// The history as sent to a console connecting at `now`.
    pub fn trends(&self, now: UnixMillis) -> BoardTrends {
        self.trends.to_wire(now)
    }

    /// New targets and thresholds apply to every figure from now on, past outcomes
    /// included (they are kept with their waits, not with a verdict).
    pub fn set_config(&mut self, config: BoardConfig) {
        self.config = config;
    }

    /// A child of `language` was answered at `at` after waiting `waited` ms.
    pub fn record_answered(&mut self, language: &str, waited: i64, at: UnixMillis) {
        self.record(language, at, Left::Answered { waited: waited.max(0) });
    }

    /// A child of `language` left the queue unanswered at `at`.
    pub fn record_abandoned(&mut self, language: &str, at: UnixMillis) {
        self.record(language, at, Left::Abandoned);
    }

    fn record(&mut self, language: &str, at: UnixMillis, left: Left) {
        let outcomes = self.outcomes.entry(language.to_owned()).or_default();
        outcomes.push_back((at, left));
        // Older than a day and a bit can never count again: "today" is at most a day.
        while outcomes.front().is_some_and(|(when, _)| *when < at - DAY - HOUR) || outcomes.len() > MAX_OUTCOMES {
            outcomes.pop_front();
        }
    }

    /// A counsellor ended a chat as abusive at `at`.
    pub fn record_abusive(&mut self, at: UnixMillis) {
        let position = self.abusive.partition_point(|known| *known <= at);
        self.abusive.insert(position, at);
        while self.abusive.front().is_some_and(|when| *when < at - DAY - HOUR) || self.abusive.len() > MAX_OUTCOMES {
            self.abusive.pop_front();
        }
    }

    /// A coordinator rejected the report made at `at`: it no longer counts.
    pub fn forget_abusive(&mut self, at: UnixMillis) {
        if let Some(position) = self.abusive.iter().position(|known| *known == at) {
            self.abusive.remove(position);
        }
    }

    /// Midnight of the day `now` falls in, at the configured offset.
    pub fn start_of_day(&self, now: UnixMillis) -> UnixMillis {
        let offset = self.config.utc_offset_minutes * 60 * SECOND;
        (now + offset).div_euclid(DAY) * DAY - offset
    }

    /// The board as of `now`.
    pub fn snapshot(&self, now: UnixMillis, live: &Live) -> BoardSnapshot {
        let mut languages: BTreeSet<&str> = BTreeSet::new();
        languages.extend(live.waiting.iter().map(|child| child.language.as_str()));
        languages.extend(live.chats.iter().map(|chat| chat.language.as_str()));
        languages.extend(live.left_messages.iter().map(|(language, _)| language.as_str()));
        languages.extend(
            live.staff
                .iter()
                .filter(|staff| is_counsellor(staff))
                .flat_map(|staff| staff.languages.iter().map(String::as_str)),
        );
        let today = self.start_of_day(now);
        languages.extend(
            self.outcomes
                .iter()
                .filter(|(_, outcomes)| outcomes.iter().any(|(at, _)| *at >= today))
                .map(|(language, _)| language.as_str()),
        );
        let lines: Vec<LanguageBoard> =
            languages.into_iter().map(|language| self.line(language, now, today, live)).collect();
        let mut alerts = Vec::new();
        for child in &live.waiting {
            let waited = now - child.since;
            if waited > self.config.long_wait {
                alerts.push(ThresholdAlert::LongWait {
                    language: child.language.clone(),
                    conversation_id: child.conversation.clone(),
                    waited_seconds: seconds(waited),
                });
            }
        }
        for line in &lines {
            if line.waiting > 0 && line.counsellors_available + line.counsellors_busy == 0 {
                alerts.push(ThresholdAlert::Uncovered { language: line.language.clone(), waiting: line.waiting });
            }
        }
        for line in &lines {
            let oldest = line.oldest_left_message_seconds.unwrap_or(0);
            if line.left_messages > 0
                && i64::try_from(oldest).unwrap_or(i64::MAX) * SECOND > self.config.left_message_alert
            {
                alerts.push(ThresholdAlert::LeftMessages {
                    language: line.language.clone(),
                    waiting: line.left_messages,
                    oldest_seconds: oldest,
                });
            }
        }
        BoardSnapshot {
            generated_at: now,
            target_wait_seconds: seconds(self.config.target_wait),
            languages: lines,
            alerts,
            staff: live.staff.clone(),
            chats: {
                let mut chats = live.chats.clone();
                chats.sort_by(|a, b| b.risk.cmp(&a.risk).then(a.queued_at.cmp(&b.queued_at)));
                chats
            },
            abusive_contacts_today: count(self.abusive.iter().filter(|at| **at >= today && **at <= now).count()),
            trends: None,
        }
    }

    fn line(&self, language: &str, now: UnixMillis, today: UnixMillis, live: &Live) -> LanguageBoard {
        let waiting: Vec<&Waiting> = live.waiting.iter().filter(|child| child.language == language).collect();
        let longest = waiting.iter().map(|child| now - child.since).max().unwrap_or(0);
        let left: Vec<UnixMillis> =
            live.left_messages.iter().filter(|(spoken, _)| spoken == language).map(|(_, since)| *since).collect();
        let speakers = live
            .staff
            .iter()
            .filter(|staff| is_counsellor(staff) && staff.languages.iter().any(|spoken| spoken == language));
        let (mut available, mut busy, mut away) = (0, 0, 0);
        for staff in speakers {
            match staff.status {
                StaffStatus::Available => available += 1,
                StaffStatus::Busy => busy += 1,
                StaffStatus::Away => away += 1,
            }
        }
        let outcomes = self.outcomes.get(language);
        let since = |start: UnixMillis| {
            outcomes.into_iter().flatten().filter(move |(at, _)| *at >= start && *at <= now).map(|(_, left)| *left)
        };
        let hour_waits: Vec<i64> = since(now - HOUR)
            .filter_map(|left| match left {
                Left::Answered { waited } => Some(waited),
                Left::Abandoned => None,
            })
            .collect();
        let average = (!hour_waits.is_empty())
            .then(|| seconds(hour_waits.iter().sum::<i64>() / i64::try_from(hour_waits.len()).unwrap_or(1)));
        LanguageBoard {
            language: language.to_owned(),
            waiting: count(waiting.len()),
            longest_wait_seconds: seconds(longest),
            average_wait_last_hour_seconds: average,
            counsellors_available: available,
            counsellors_busy: busy,
            counsellors_away: away,
            chats_in_progress: count(live.chats.iter().filter(|chat| chat.language == language).count()),
            left_messages: count(left.len()),
            oldest_left_message_seconds: left.iter().min().map(|since| seconds(now - since)),
            last_hour: self.tally(since(now - HOUR)),
            today: self.tally(since(today)),
        }
    }

    fn tally(&self, lefts: impl Iterator<Item = Left>) -> Outcomes {
        let mut outcomes = Outcomes::default();
        for left in lefts {
            match left {
                Left::Answered { waited } => {
                    outcomes.answered += 1;
                    if waited <= self.config.target_wait {
                        outcomes.answered_within_target += 1;
                    }
                }
                Left::Abandoned => outcomes.abandoned += 1,
            }
        }
        let left = outcomes.answered + outcomes.abandoned;
        outcomes.service_level_permille = (left > 0).then(|| outcomes.answered_within_target * 1000 / left);
        outcomes
    }
}

fn is_counsellor(staff: &StaffPresence) -> bool {
    staff.role == bridgeline_protocol::StaffRole::Counsellor
}

fn seconds(millis: i64) -> u64 {
    u64::try_from(millis.max(0) / SECOND).unwrap_or(0)
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests;
