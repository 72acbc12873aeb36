use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use proptest::prelude::*;

use super::*;

const T0: UnixMillis = 1_800_000_000_000;
const MINUTE: i64 = 60 * SECOND;
const DAY: i64 = 24 * HOUR;

fn v4(last: u8) -> Option<IpAddr> {
    Some(IpAddr::V4(Ipv4Addr::new(203, 0, 113, last)))
}

fn secret(byte: u8) -> [u8; 32] {
    [byte; 32]
}

fn token(name: &str) -> Option<String> {
    Some(format!("hash-of-{name}"))
}

/// A book with one confirmed block on token `t` and address .7, made at T0 for a day.
fn blocked() -> BlockBook {
    let mut book = BlockBook::new();
    book.report("r1", token("t"), v4(7), T0, secret(1));
    book.confirm("r1", DEFAULT_BLOCK, T0 + MINUTE).unwrap();
    book
}

#[test]
fn a_browser_keeps_its_pause_token_as_long_as_a_report_and_its_block_can_last() {
    let kept = i64::from(bridgeline_protocol::PAUSE_TOKEN_DAYS) * DAY;
    assert!(kept >= REVIEW_WINDOW + MAX_BLOCK);
    assert!(kept < REVIEW_WINDOW + MAX_BLOCK + DAY, "and not a day longer");
}

#[test]
fn a_block_lasts_a_day_unless_told_and_never_over_seven_days() {
    assert_eq!(block_length(None), Ok(DAY));
    assert_eq!(block_length(Some(3_600)), Ok(HOUR));
    assert_eq!(block_length(Some(7 * 24 * 3_600)), Ok(7 * DAY));
    assert_eq!(block_length(Some(7 * 24 * 3_600 + 1)), Err(BlockError::BadDuration));
    assert_eq!(block_length(Some(0)), Err(BlockError::BadDuration));
}

#[test]
fn a_confirmed_block_matches_its_token_or_its_address_until_it_ends() {
    let book = blocked();
    let until = T0 + MINUTE + DAY;
    // The token alone, from another network.
    assert_eq!(book.paused_until(token("t").as_deref(), v4(99), T0 + HOUR), Some(until));
    // The address alone, with the storage cleared (no token) or a different one.
    assert_eq!(book.paused_until(None, v4(7), T0 + HOUR), Some(until));
    assert_eq!(book.paused_until(token("other").as_deref(), v4(7), T0 + HOUR), Some(until));
    // Neither.
    assert_eq!(book.paused_until(token("other").as_deref(), v4(8), T0 + HOUR), None);
    assert_eq!(book.paused_until(None, None, T0 + HOUR), None);
    // Over at its end, to the millisecond.
    assert_eq!(book.paused_until(token("t").as_deref(), v4(7), until - 1), Some(until));
    assert_eq!(book.paused_until(token("t").as_deref(), v4(7), until), None);
}

#[test]
fn a_pending_report_pauses_nobody() {
    let mut book = BlockBook::new();
    book.report("r1", token("t"), v4(7), T0, secret(1));
    assert_eq!(book.paused_until(token("t").as_deref(), v4(7), T0 + 1), None);
}

#[test]
fn ipv6_addresses_match_by_their_64_bit_prefix_and_mapped_ipv4_as_ipv4() {
    let mut book = BlockBook::new();
    let home = IpAddr::V6(Ipv6Addr::new(0x2001, 0xdb8, 1, 2, 0x1111, 0x2222, 0x3333, 0x4444));
    book.report("r1", None, Some(home), T0, secret(1));
    book.report("r2", None, v4(7), T0, secret(2));
    book.confirm("r1", HOUR, T0).unwrap();
    book.confirm("r2", HOUR, T0).unwrap();
    let rotated = IpAddr::V6(Ipv6Addr::new(0x2001, 0xdb8, 1, 2, 9, 9, 9, 9));
    let neighbour = IpAddr::V6(Ipv6Addr::new(0x2001, 0xdb8, 1, 3, 0x1111, 0x2222, 0x3333, 0x4444));
    assert!(book.paused_until(None, Some(rotated), T0 + 1).is_some());
    assert!(book.paused_until(None, Some(neighbour), T0 + 1).is_none());
    let mapped = IpAddr::V6(Ipv4Addr::new(203, 0, 113, 7).to_ipv6_mapped());
    assert!(book.paused_until(None, Some(mapped), T0 + 1).is_some());
}

#[test]
fn the_same_address_under_two_keys_gives_unrelated_marks() {
    let address = IpAddr::V4(Ipv4Addr::new(198, 51, 100, 1));
    assert_ne!(digest(&secret(1), address), digest(&secret(2), address));
    assert_eq!(digest(&secret(1), address), digest(&secret(1), address));
}

#[test]
fn the_last_block_made_with_a_key_takes_the_key_with_it() {
    let mut book = blocked();
    assert_eq!(book.keys_alive(), 1);
    let until = T0 + MINUTE + DAY;
    assert_eq!(book.next_end(), Some(until));
    assert!(book.expire(until - 1).is_empty());
    assert_eq!(book.keys_alive(), 1);
    assert_eq!(book.expire(until), vec![Ended { report_id: "r1".into(), stage: Stage::Blocked }]);
    assert_eq!(book.keys_alive(), 0);
    assert_eq!(book.next_end(), None);
    assert_eq!(book.paused_until(token("t").as_deref(), v4(7), until), None);
}

#[test]
fn a_rejected_or_lifted_report_leaves_no_key_behind() {
    let mut book = BlockBook::new();
    book.report("r1", token("t"), v4(7), T0, secret(1));
    assert_eq!(book.lift("r1"), Err(BlockError::NotBlocked));
    assert_eq!(book.reject("r1"), Ok(()));
    assert_eq!(book.keys_alive(), 0);
    assert_eq!(book.reject("r1"), Err(BlockError::NotPending));

    let mut book = blocked();
    assert_eq!(book.reject("r1"), Err(BlockError::NotPending));
    assert_eq!(book.lift("r1"), Ok(()));
    assert_eq!(book.keys_alive(), 0);
    assert_eq!(book.paused_until(token("t").as_deref(), v4(7), T0 + HOUR), None);
}

#[test]
fn a_report_nobody_decides_lapses_and_can_no_longer_be_confirmed() {
    let mut book = BlockBook::new();
    let lapses = book.report("r1", token("t"), v4(7), T0, secret(1));
    assert_eq!(lapses, T0 + REVIEW_WINDOW);
    assert_eq!(book.confirm("r1", HOUR, lapses), Err(BlockError::NotPending));
    assert_eq!(book.expire(lapses), vec![Ended { report_id: "r1".into(), stage: Stage::Pending }]);
    assert_eq!(book.keys_alive(), 0);
    assert_eq!(book.confirm("unknown", HOUR, T0), Err(BlockError::NotPending));
}

#[test]
fn a_key_signs_new_marks_for_a_day_then_a_new_one_takes_over() {
    let mut book = BlockBook::new();
    book.report("early", None, v4(1), T0, secret(1));
    book.report("same-day", None, v4(2), T0 + KEY_FRESH_FOR - 1, secret(2));
    assert_eq!(book.keys_alive(), 1, "reports within a day share a key");
    book.confirm("early", 2 * DAY, T0 + KEY_FRESH_FOR - 1).unwrap();
    book.confirm("same-day", 2 * DAY, T0 + KEY_FRESH_FOR - 1).unwrap();
    book.report("next-day", None, v4(3), T0 + KEY_FRESH_FOR, secret(3));
    assert_eq!(book.keys_alive(), 2);
    book.confirm("next-day", 2 * DAY, T0 + KEY_FRESH_FOR).unwrap();
    // All three still match, each under its own key.
    for last in 1..=3 {
        assert!(book.paused_until(None, v4(last), T0 + KEY_FRESH_FOR + 1).is_some(), "address .{last}");
    }
    // The first key goes with the last block marked with it, not before.
    book.lift("early").unwrap();
    assert_eq!(book.keys_alive(), 2);
    book.lift("same-day").unwrap();
    assert_eq!(book.keys_alive(), 1);
    assert!(book.paused_until(None, v4(3), T0 + KEY_FRESH_FOR + 1).is_some());
}

#[test]
fn blocks_restored_after_a_restart_match_by_token_only() {
    let mut book = BlockBook::new();
    book.restore("r1", token("t"), Stage::Blocked, T0 + DAY);
    assert!(!book.has_address_mark("r1"));
    assert_eq!(book.paused_until(token("t").as_deref(), v4(7), T0), Some(T0 + DAY));
    assert_eq!(book.paused_until(None, v4(7), T0), None);
    assert_eq!(book.keys_alive(), 0);
}

#[test]
fn of_two_matching_blocks_the_later_end_counts() {
    let mut book = blocked();
    book.report("r2", None, v4(7), T0, secret(2));
    book.confirm("r2", 3 * DAY, T0 + MINUTE).unwrap();
    assert_eq!(book.paused_until(token("t").as_deref(), v4(7), T0 + HOUR), Some(T0 + MINUTE + 3 * DAY));
    assert_eq!(book.blocks_in_force(T0 + HOUR), 2);
}

/// One step of a random history.
#[derive(Debug, Clone)]
enum Step {
    Report { address: Option<u8>, after: i64 },
    Confirm { index: usize, hours: i64, after: i64 },
    Reject { index: usize },
    Lift { index: usize },
    Expire { after: i64 },
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        (proptest::option::of(0u8..4), 0i64..(2 * DAY)).prop_map(|(address, after)| Step::Report { address, after }),
        (0usize..8, 1i64..=168, 0i64..HOUR).prop_map(|(index, hours, after)| Step::Confirm { index, hours, after }),
        (0usize..8).prop_map(|index| Step::Reject { index }),
        (0usize..8).prop_map(|index| Step::Lift { index }),
        (0i64..(4 * DAY)).prop_map(|after| Step::Expire { after }),
    ]
}

proptest! {
    /// Whatever happens: every live key is needed by a mark, nothing whose time is up
    /// survives an expiry, and nothing pauses a browser after its block's end.
    #[test]
    fn keys_never_outlive_their_marks(steps in proptest::collection::vec(step(), 1..40)) {
        let mut book = BlockBook::new();
        let mut now = T0;
        let mut ids: Vec<String> = Vec::new();
        for (n, step) in steps.into_iter().enumerate() {
            match step {
                Step::Report { address, after } => {
                    now += after;
                    let id = format!("r{n}");
                    book.report(&id, token(&id), address.and_then(v4), now, secret(n as u8));
                    ids.push(id);
                }
                Step::Confirm { index, hours, after } => {
                    now += after;
                    if let Some(id) = ids.get(index) {
                        let _ = book.confirm(id, hours * HOUR, now);
                    }
                }
                Step::Reject { index } => {
                    if let Some(id) = ids.get(index) {
                        let _ = book.reject(id);
                    }
                }
                Step::Lift { index } => {
                    if let Some(id) = ids.get(index) {
                        let _ = book.lift(id);
                    }
                }
                Step::Expire { after } => {
                    now += after;
                    book.expire(now);
                    prop_assert!(book.next_end().is_none_or(|end| end > now));
                    for last in 0..4 {
                        prop_assert_eq!(book.paused_until(None, v4(last), now).is_some_and(|until| until <= now), false);
                    }
                }
            }
            let used: std::collections::BTreeSet<KeyId> =
                book.entries.values().filter_map(|entry| entry.address.map(|mark| mark.key)).collect();
            let alive: std::collections::BTreeSet<KeyId> = book.keys.keys().copied().collect();
            // A key made for a report is used by it, and one freed by a removal goes at
            // once: the live keys are exactly those marks need.
            prop_assert_eq!(alive, used);
        }
    }
}
