use super::*;
use bridgeline_protocol::StaffRole;

const MINUTE: i64 = 60 * SECOND;
/// 2026-11-26 00:00 UTC.
const MIDNIGHT: i64 = 1_795_651_200_000;

fn counsellor(name: &str, languages: &[&str], status: StaffStatus, chats: u32) -> StaffPresence {
    StaffPresence {
        username: name.into(),
        display_name: name.into(),
        role: StaffRole::Counsellor,
        status,
        languages: languages.iter().map(|code| (*code).to_owned()).collect(),
        chats,
        max_chats: 3,
    }
}

fn waiting(id: &str, language: &str, since: i64) -> Waiting {
    Waiting { conversation: ConversationId(id.into()), language: language.into(), since }
}

fn chat(language: &str) -> ChatLine {
    ChatLine {
        conversation_id: ConversationId(format!("chat-{language}")),
        language: language.into(),
        username: "amira".into(),
        display_name: "Amira".into(),
        risk: bridgeline_protocol::RiskLevel::None,
        queued_at: MIDNIGHT,
    }
}

fn line<'a>(board: &'a BoardSnapshot, language: &str) -> &'a LanguageBoard {
    board.languages.iter().find(|line| line.language == language).expect("the language is on the board")
}

#[test]
fn midnight_is_taken_at_the_helpline_s_offset() {
    assert_eq!(MIDNIGHT % DAY, 0);
    let utc = Board::new(BoardConfig::default());
    assert_eq!(utc.start_of_day(MIDNIGHT + 5 * HOUR), MIDNIGHT);
    assert_eq!(utc.start_of_day(MIDNIGHT), MIDNIGHT);
    assert_eq!(utc.start_of_day(MIDNIGHT - 1), MIDNIGHT - DAY);
    // UTC+1: local midnight is 23:00 UTC the day before.
    let paris = Board::new(BoardConfig { utc_offset_minutes: 60, ..BoardConfig::default() });
    assert_eq!(paris.start_of_day(MIDNIGHT + 30 * MINUTE), MIDNIGHT - HOUR);
    assert_eq!(paris.start_of_day(MIDNIGHT - 30 * MINUTE), MIDNIGHT - HOUR);
    assert_eq!(paris.start_of_day(MIDNIGHT - 90 * MINUTE), MIDNIGHT - HOUR - DAY);
}

#[test]
fn service_level_counts_answers_within_target_against_everyone_who_left_the_queue() {
    let mut board = Board::new(BoardConfig::default());
    let now = MIDNIGHT + 10 * HOUR;
    // Earlier today, more than an hour ago.
    board.record_answered("ar", 30 * SECOND, now - 3 * HOUR);
    board.record_abandoned("ar", now - 2 * HOUR);
    // Last hour: two within target (one exactly at it), one late, one abandoned.
    board.record_answered("ar", 10 * SECOND, now - 50 * MINUTE);
    board.record_answered("ar", 60 * SECOND, now - 40 * MINUTE);
    board.record_answered("ar", 5 * MINUTE, now - 30 * MINUTE);
    board.record_abandoned("ar", now - 20 * MINUTE);
    // Yesterday: not today.
    board.record_answered("ar", 10 * SECOND, MIDNIGHT - MINUTE);

    let snapshot = board.snapshot(now, &Live::default());
    let ar = line(&snapshot, "ar");
    assert_eq!(
        ar.last_hour,
        Outcomes { answered: 3, answered_within_target: 2, abandoned: 1, service_level_permille: Some(500) }
    );
    assert_eq!(
        ar.today,
        Outcomes { answered: 4, answered_within_target: 3, abandoned: 2, service_level_permille: Some(500) }
    );
    assert_eq!(ar.average_wait_last_hour_seconds, Some((10 + 60 + 300) / 3));
    assert_eq!(snapshot.target_wait_seconds, 60);
}

#[test]
fn a_quiet_period_has_no_service_level_rather_than_zero_or_a_hundred() {
    let board = Board::new(BoardConfig::default());
    let live = Live { staff: vec![counsellor("amira", &["fa"], StaffStatus::Available, 0)], ..Live::default() };
    let snapshot = board.snapshot(MIDNIGHT + HOUR, &live);
    let fa = line(&snapshot, "fa");
    assert_eq!(fa.last_hour.service_level_permille, None);
    assert_eq!(fa.today, Outcomes::default());
    assert_eq!(fa.average_wait_last_hour_seconds, None);
}

#[test]
fn staff_waiting_and_chats_are_counted_per_language() {
    let board = Board::new(BoardConfig::default());
    let now = MIDNIGHT + 12 * HOUR;
    let mut coordinator = counsellor("carla", &["en"], StaffStatus::Away, 0);
    coordinator.role = StaffRole::Coordinator;
    let live = Live {
        waiting: vec![waiting("a", "ar", now - 3 * MINUTE), waiting("b", "ar", now - MINUTE), waiting("c", "ti", now)],
        chats: ["ar", "en", "ar"].iter().map(|language| chat(language)).collect(),
        staff: vec![
            counsellor("amira", &["ar", "en"], StaffStatus::Available, 1),
            counsellor("bashir", &["ar"], StaffStatus::Busy, 1),
            counsellor("dana", &["en"], StaffStatus::Away, 1),
            coordinator,
        ],
        left_messages: Vec::new(),
    };
    let snapshot = board.snapshot(now, &live);
    let codes: Vec<&str> = snapshot.languages.iter().map(|line| line.language.as_str()).collect();
    assert_eq!(codes, ["ar", "en", "ti"], "a coordinator's languages do not make a line");
    let ar = line(&snapshot, "ar");
    assert_eq!((ar.waiting, ar.longest_wait_seconds), (2, 180));
    assert_eq!((ar.counsellors_available, ar.counsellors_busy, ar.counsellors_away), (1, 1, 0));
    assert_eq!(ar.chats_in_progress, 2);
    let en = line(&snapshot, "en");
    assert_eq!((en.counsellors_available, en.counsellors_busy, en.counsellors_away), (1, 0, 1));
    assert_eq!((en.waiting, en.longest_wait_seconds), (0, 0));
    assert_eq!(snapshot.staff.len(), 4);
    // Nobody speaks Tigrinya: an alert, cleared as soon as someone is there.
    assert_eq!(snapshot.alerts, vec![ThresholdAlert::Uncovered { language: "ti".into(), waiting: 1 }]);
}

#[test]
fn a_long_wait_raises_an_alert_past_the_limit_only() {
    let board = Board::new(BoardConfig { long_wait: 10 * MINUTE, ..BoardConfig::default() });
    let now = MIDNIGHT + 12 * HOUR;
    let live = Live {
        waiting: vec![waiting("late", "ar", now - 11 * MINUTE), waiting("edge", "ar", now - 10 * MINUTE)],
        staff: vec![counsellor("amira", &["ar"], StaffStatus::Busy, 3)],
        ..Live::default()
    };
    let snapshot = board.snapshot(now, &live);
    assert_eq!(
        snapshot.alerts,
        vec![ThresholdAlert::LongWait {
            language: "ar".into(),
            conversation_id: ConversationId("late".into()),
            waited_seconds: 660
        }]
    );
}

#[test]
fn left_messages_are_counted_apart_from_the_queue_and_alert_past_the_limit() {
    let board = Board::new(BoardConfig { left_message_alert: 12 * HOUR, ..BoardConfig::default() });
    let now = MIDNIGHT + 20 * HOUR;
    let live = Live {
        waiting: vec![waiting("w", "ar", now - MINUTE)],
        left_messages: vec![("ti".into(), now - 13 * HOUR), ("ti".into(), now - HOUR), ("ar".into(), now - 12 * HOUR)],
        staff: vec![counsellor("amira", &["ar"], StaffStatus::Available, 1)],
        ..Live::default()
    };
    let snapshot = board.snapshot(now, &live);
    let codes: Vec<&str> = snapshot.languages.iter().map(|line| line.language.as_str()).collect();
    assert_eq!(codes, ["ar", "ti"], "a language with only left messages has a line");
    let ti = line(&snapshot, "ti");
    assert_eq!((ti.waiting, ti.left_messages, ti.oldest_left_message_seconds), (0, 2, Some(13 * 3600)));
    let ar = line(&snapshot, "ar");
    assert_eq!((ar.waiting, ar.left_messages, ar.oldest_left_message_seconds), (1, 1, Some(12 * 3600)));
    // Exactly at the limit is not past it; nobody waiting in Tigrinya is no uncovered queue.
    assert_eq!(
        snapshot.alerts,
        vec![ThresholdAlert::LeftMessages { language: "ti".into(), waiting: 2, oldest_seconds: 13 * 3600 }]
    );
    let quiet = board.snapshot(now, &Live { left_messages: Vec::new(), ..live });
    assert_eq!(line(&quiet, "ar").oldest_left_message_seconds, None);
}

#[test]
fn languages_with_contacts_today_stay_on_the_board_and_yesterday_s_do_not() {
    let mut board = Board::new(BoardConfig::default());
    let now = MIDNIGHT + 9 * HOUR;
    board.record_abandoned("ps", now - 8 * HOUR);
    board.record_answered("so", 0, MIDNIGHT - HOUR);
    let snapshot = board.snapshot(now, &Live::default());
    let codes: Vec<&str> = snapshot.languages.iter().map(|line| line.language.as_str()).collect();
    assert_eq!(codes, ["ps"]);
    assert_eq!(line(&snapshot, "ps").today.abandoned, 1);
}

#[test]
fn memory_stays_bounded_and_old_outcomes_are_dropped() {
    let mut board = Board::new(BoardConfig::default());
    for index in 0..(MAX_OUTCOMES as i64 + 500) {
        board.record_answered("ar", 0, MIDNIGHT + index);
    }
    assert_eq!(board.outcomes["ar"].len(), MAX_OUTCOMES);
    board.record_answered("ar", 0, MIDNIGHT + 3 * DAY);
    assert_eq!(board.outcomes["ar"].len(), 1);
}

#[test]
fn abusive_contacts_count_today_only_and_a_rejected_report_stops_counting() {
    let mut board = Board::new(BoardConfig::default());
    let now = MIDNIGHT + 10 * HOUR;
    board.record_abusive(MIDNIGHT - MINUTE);
    board.record_abusive(MIDNIGHT + HOUR);
    board.record_abusive(MIDNIGHT + 2 * HOUR);
    // Reported after the snapshot's moment: not yet.
    board.record_abusive(now + MINUTE);
    assert_eq!(board.snapshot(now, &Live::default()).abusive_contacts_today, 2);
    board.forget_abusive(MIDNIGHT + HOUR);
    assert_eq!(board.snapshot(now, &Live::default()).abusive_contacts_today, 1);
    // Forgetting a report the board never counted changes nothing.
    board.forget_abusive(MIDNIGHT + 3 * HOUR);
    assert_eq!(board.snapshot(now, &Live::default()).abusive_contacts_today, 1);
    // The next day starts from zero.
    assert_eq!(board.snapshot(MIDNIGHT + DAY + HOUR, &Live::default()).abusive_contacts_today, 0);
}
