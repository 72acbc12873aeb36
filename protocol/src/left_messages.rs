//! The left messages a console lists (see `docs/protocol.md`, "Messages left while
//! nobody is there"): kept oldest first as `ready`, `left_message` and
//! `left_message_gone` frames come, grouped by language, and how long each has
//! waited, in words' units. Pure logic, in this crate so that it is tested with the
//! workspace's tests (the console's crate has none of its own).

use crate::{ConversationId, LeftMessage, UnixMillis};

/// Orders a list as the server sends it: oldest first (the conversation id breaks a tie,
/// so that two consoles show the same order).
pub fn sort(list: &mut [LeftMessage]) {
    list.sort_by(|a, b| (a.left_at, &a.conversation_id.0).cmp(&(b.left_at, &b.conversation_id.0)));
}

/// Adds a message in its place by age; a message already listed is replaced (a frame
/// repeated after a reconnect), never listed twice.
pub fn insert(list: &mut Vec<LeftMessage>, message: LeftMessage) {
    list.retain(|known| known.conversation_id != message.conversation_id);
    let position = list.partition_point(|known| {
        (known.left_at, &known.conversation_id.0) < (message.left_at, &message.conversation_id.0)
    });
    list.insert(position, message);
}

/// Takes a message off the list; whether it was there.
pub fn remove(list: &mut Vec<LeftMessage>, conversation_id: &ConversationId) -> bool {
    let before = list.len();
    list.retain(|known| &known.conversation_id != conversation_id);
    list.len() != before
}

/// The messages of one language, oldest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguageGroup {
    pub language: String,
    pub messages: Vec<LeftMessage>,
}

/// Groups an oldest-first list by language. The language whose oldest message has
/// waited longest comes first (its children have waited longest for anyone), then by
/// code; within a group, oldest first.
pub fn by_language(list: &[LeftMessage]) -> Vec<LanguageGroup> {
    let mut groups: Vec<LanguageGroup> = Vec::new();
    let mut ordered = list.to_vec();
    sort(&mut ordered);
    for message in ordered {
        match groups.iter_mut().find(|group| group.language == message.language) {
            Some(group) => group.messages.push(message),
            None => groups.push(LanguageGroup { language: message.language.clone(), messages: vec![message] }),
        }
    }
    // Each group's first message is its oldest, and the groups were opened in that
    // order; the sort only settles ties by code.
    groups.sort_by(|a, b| (a.messages[0].left_at, &a.language).cmp(&(b.messages[0].left_at, &b.language)));
    groups
}

/// Whole seconds from `then` to `now`; 0 when `then` is ahead (a clock set differently
/// from the server's).
pub fn seconds_since(now: UnixMillis, then: UnixMillis) -> u64 {
    u64::try_from(now.saturating_sub(then) / 1000).unwrap_or(0)
}

/// How long a message has waited, in the units it is read in: minutes under an hour,
/// hours and minutes under two days, then days and hours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Waited {
    Minutes(u64),
    Hours { hours: u64, minutes: u64 },
    Days { days: u64, hours: u64 },
}

/// Splits a wait in seconds into [`Waited`] (rounded down: "1 h 59 min" until it is 2 h).
pub fn waited(seconds: u64) -> Waited {
    let minutes = seconds / 60;
    let hours = minutes / 60;
    if hours == 0 {
        Waited::Minutes(minutes)
    } else if hours < 48 {
        Waited::Hours { hours, minutes: minutes % 60 }
    } else {
        Waited::Days { days: hours / 24, hours: hours % 24 }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Intake;

    fn message(id: &str, language: &str, left_at: UnixMillis) -> LeftMessage {
        LeftMessage {
            conversation_id: ConversationId(id.to_owned()),
            language: language.to_owned(),
            also_reads: Vec::new(),
            intake: Intake::default(),
            left_at,
            returning: false,
        }
    }

    fn ids(list: &[LeftMessage]) -> Vec<&str> {
        list.iter().map(|message| message.conversation_id.0.as_str()).collect()
    }

    #[test]
    fn messages_are_kept_oldest_first_and_never_twice() {
        let mut list = Vec::new();
        insert(&mut list, message("b", "ti", 2_000));
        insert(&mut list, message("a", "ti", 1_000));
        insert(&mut list, message("c", "fa", 3_000));
        insert(&mut list, message("d", "fa", 2_000));
        assert_eq!(ids(&list), ["a", "b", "d", "c"]);
        // The same message again (after a reconnect) replaces the one listed.
        let mut again = message("b", "ti", 2_000);
        again.returning = true;
        insert(&mut list, again);
        assert_eq!(ids(&list), ["a", "b", "d", "c"]);
        assert!(list[1].returning);
    }

    #[test]
    fn a_message_gone_leaves_the_list_once() {
        let mut list = vec![message("a", "ti", 1_000), message("b", "ti", 2_000)];
        assert!(remove(&mut list, &ConversationId("a".into())));
        assert!(!remove(&mut list, &ConversationId("a".into())));
        assert_eq!(ids(&list), ["b"]);
    }

    #[test]
    fn the_language_whose_oldest_message_waited_longest_comes_first() {
        let mut list = vec![
            message("fa-new", "fa", 5_000),
            message("ti-old", "ti", 1_000),
            message("fa-old", "fa", 2_000),
            message("ti-new", "ti", 9_000),
            message("en", "en", 2_000),
        ];
        sort(&mut list);
        let groups = by_language(&list);
        let shape: Vec<(&str, Vec<&str>)> =
            groups.iter().map(|group| (group.language.as_str(), ids(&group.messages))).collect();
        assert_eq!(
            shape,
            [("ti", vec!["ti-old", "ti-new"]), ("en", vec!["en"]), ("fa", vec!["fa-old", "fa-new"])],
            "a tie between languages goes by code"
        );
        assert!(by_language(&[]).is_empty());
    }

    #[test]
    fn waits_read_in_minutes_then_hours_then_days() {
        assert_eq!(waited(0), Waited::Minutes(0));
        assert_eq!(waited(59), Waited::Minutes(0));
        assert_eq!(waited(3_599), Waited::Minutes(59));
        assert_eq!(waited(3_600), Waited::Hours { hours: 1, minutes: 0 });
        assert_eq!(waited(50_400 + 125), Waited::Hours { hours: 14, minutes: 2 });
        assert_eq!(waited(48 * 3_600 - 1), Waited::Hours { hours: 47, minutes: 59 });
        assert_eq!(waited(48 * 3_600), Waited::Days { days: 2, hours: 0 });
        assert_eq!(waited(9 * 86_400 + 5 * 3_600 + 59), Waited::Days { days: 9, hours: 5 });
    }

    #[test]
    fn a_moment_ahead_of_now_has_waited_nothing() {
        assert_eq!(seconds_since(10_000, 12_000), 0);
        assert_eq!(seconds_since(12_999, 10_000), 2);
        assert_eq!(seconds_since(UnixMillis::MAX, UnixMillis::MIN), u64::try_from(UnixMillis::MAX / 1000).unwrap());
    }
}
