//! Throttling of guesses: growing delays, then a temporary lock. Pure logic with an
//! explicit `now` (Unix milliseconds), kept in memory only.
//!
//! A [`Throttle`] counts the failures of one kind of key (an account's username, a
//! client's keyed address hash, a browser's device token; later, a child's return
//! code) under one [`Policy`]:
//!
//! - the first `free_failures` failures cost nothing;
//! - each further failure makes the key wait before its next attempt, `first_delay`
//!   at first and twice as long after each failure (1 s, 2 s, 4 s, 8 s…);
//! - the `lock_after`-th failure locks the key for `lock` (a fixed, short time: the
//!   cap on how long a stranger can hold it shut with one burst);
//! - once a lock ends, the key has no free failures left: its next failures wait and
//!   lock again, until it has been quiet for `forget_after`, when its record goes.
//!
//! Attempts refused because the key must wait are not failures: refusing costs the
//! guesser time, and cannot be used to extend somebody else's wait. Only failures
//! count, so people who sign in correctly, however often, are never slowed down.
//!
//! The map is bounded (`max_entries`): when full, records nobody needs any more go
//! first, then the longest quiet one, so that a flood of made-up keys cannot exhaust
//! memory.

use std::collections::HashMap;
use std::hash::Hash;

/// How one kind of key is throttled. Times in milliseconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Policy {
    /// Failures allowed with no wait at all (a mistyped password or two).
    pub free_failures: u32,
    /// The wait after the first failure beyond the free ones; doubles with each one.
    pub first_delay: i64,
    /// The failure that locks the key (counted from the first).
    pub lock_after: u32,
    /// How long a lock lasts.
    pub lock: i64,
    /// A key with no failure (and no lock) for this long is forgotten.
    pub forget_after: i64,
    /// Most keys remembered at once.
    pub max_entries: usize,
}

/// Whether an attempt may go ahead now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Allowed,
    /// Refused without trying: come back in `retry_after` ms. `locked` tells a lock
    /// from a growing delay.
    Wait {
        retry_after: i64,
        locked: bool,
    },
}

/// What a failure did to its key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// Counted; the next attempt may come at once.
    Counted,
    /// The next attempt must wait this many ms.
    Delayed { retry_after: i64 },
    /// The key is locked from now until `until`: this failure started the lock.
    Locked { until: i64, failures: u32 },
    /// The key was locked already (a failure that raced the lock): nothing changed.
    AlreadyLocked { until: i64 },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Record {
    failures: u32,
    /// The last failure, or the end of the last lock: what `forget_after` counts from.
    last_activity: i64,
    /// No attempt before this (a growing delay).
    next_allowed: i64,
    locked_until: Option<i64>,
}

impl Record {
    /// Whether nothing about this record matters any more at `now`.
    fn expired(&self, policy: &Policy, now: i64) -> bool {
        let quiet_since = self.locked_until.map_or(self.last_activity, |until| until.max(self.last_activity));
        now >= quiet_since.saturating_add(policy.forget_after)
    }

    /// Ends a lock that is over: the key has used up its free failures.
    fn settle(&mut self, policy: &Policy, now: i64) {
        if let Some(until) = self.locked_until {
            if now >= until {
                self.locked_until = None;
                self.failures = self.failures.min(policy.free_failures);
                self.last_activity = until;
                self.next_allowed = until;
            }
        }
    }
}

/// Failures per key, under one policy.
#[derive(Debug, Clone)]
pub struct Throttle<K> {
    policy: Policy,
    records: HashMap<K, Record>,
}

impl<K: Hash + Eq + Clone> Throttle<K> {
    pub fn new(policy: Policy) -> Self {
        Self { policy, records: HashMap::new() }
    }

    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    /// Whether `key` may try now. Ends locks that are over and forgets a stale record.
    pub fn check(&mut self, key: &K, now: i64) -> Verdict {
        let policy = self.policy;
        let Some(record) = self.records.get_mut(key) else { return Verdict::Allowed };
        record.settle(&policy, now);
        if let Some(until) = record.locked_until {
            return Verdict::Wait { retry_after: until - now, locked: true };
        }
        if record.expired(&policy, now) {
            self.records.remove(key);
            return Verdict::Allowed;
        }
        if now < record.next_allowed {
            return Verdict::Wait { retry_after: record.next_allowed - now, locked: false };
        }
        Verdict::Allowed
    }

    /// Counts a failed attempt of `key` at `now`.
    pub fn fail(&mut self, key: K, now: i64) -> Failure {
        let policy = self.policy;
        if !self.records.contains_key(&key) && self.records.len() >= policy.max_entries {
            self.make_room(now);
        }
        let record = self.records.entry(key).or_insert(Record {
            failures: 0,
            last_activity: now,
            next_allowed: now,
            locked_until: None,
        });
        record.settle(&policy, now);
        if let Some(until) = record.locked_until {
            return Failure::AlreadyLocked { until };
        }
        if record.expired(&policy, now) {
            *record = Record { failures: 0, last_activity: now, next_allowed: now, locked_until: None };
        }
        record.failures = record.failures.saturating_add(1);
        record.last_activity = now;
        if record.failures >= policy.lock_after {
            let until = now.saturating_add(policy.lock);
            record.locked_until = Some(until);
            record.next_allowed = until;
            return Failure::Locked { until, failures: record.failures };
        }
        if record.failures <= policy.free_failures {
            return Failure::Counted;
        }
        let doublings = (record.failures - policy.free_failures - 1).min(30);
        let delay = policy.first_delay.saturating_mul(1_i64 << doublings).min(policy.lock);
        record.next_allowed = now.saturating_add(delay);
        Failure::Delayed { retry_after: delay }
    }

    /// The key proved itself (a correct password): its failures are forgotten.
    pub fn succeed(&mut self, key: &K) {
        self.records.remove(key);
    }

    /// Lifts a lock (and forgets the failures) by hand; whether the key was locked.
    pub fn unlock(&mut self, key: &K, now: i64) -> bool {
        let locked = self.locked_until(key, now).is_some();
        self.records.remove(key);
        locked
    }

    /// When the key's lock ends, if it is locked at `now`.
    pub fn locked_until(&self, key: &K, now: i64) -> Option<i64> {
        self.records.get(key).and_then(|record| record.locked_until).filter(|until| *until > now)
    }

    /// Every key locked at `now`, with the end of its lock.
    pub fn locked(&self, now: i64) -> Vec<(K, i64)> {
        self.records
            .iter()
            .filter_map(|(key, record)| {
                record.locked_until.filter(|until| *until > now).map(|until| (key.clone(), until))
            })
            .collect()
    }

    /// Drops every record that no longer matters.
    pub fn forget_expired(&mut self, now: i64) {
        let policy = self.policy;
        self.records.retain(|_, record| {
            record.settle(&policy, now);
            record.locked_until.is_some() || !record.expired(&policy, now)
        });
    }

    /// How many keys are remembered.
    pub fn len(&self) -> usize {
        self.records.len()
    }

    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// Frees one place at least: stale records first, else the longest-quiet one.
    fn make_room(&mut self, now: i64) {
        self.forget_expired(now);
        if self.records.len() < self.policy.max_entries {
            return;
        }
        let quietest = self.records.iter().min_by_key(|(_, record)| record.last_activity).map(|(key, _)| key.clone());
        if let Some(key) = quietest {
            self.records.remove(&key);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECOND: i64 = 1000;
    const MINUTE: i64 = 60 * SECOND;

    fn policy() -> Policy {
        Policy {
            free_failures: 5,
            first_delay: SECOND,
            lock_after: 10,
            lock: 5 * MINUTE,
            forget_after: 15 * MINUTE,
            max_entries: 100,
        }
    }

    /// Fails `key` as soon as it is allowed, `times` times; returns when it last failed.
    fn fail_when_allowed(throttle: &mut Throttle<&'static str>, key: &'static str, mut now: i64, times: u32) -> i64 {
        for _ in 0..times {
            if let Verdict::Wait { retry_after, .. } = throttle.check(&key, now) {
                now += retry_after;
            }
            assert_eq!(throttle.check(&key, now), Verdict::Allowed);
            throttle.fail(key, now);
        }
        now
    }

    #[test]
    fn free_failures_then_doubling_delays_then_a_lock() {
        let mut throttle = Throttle::new(policy());
        let now = 1_000_000;
        for _ in 0..5 {
            assert_eq!(throttle.check(&"amira", now), Verdict::Allowed);
            assert_eq!(throttle.fail("amira", now), Failure::Counted);
        }
        let mut at = now;
        for expected in [1, 2, 4, 8] {
            assert_eq!(throttle.fail("amira", at), Failure::Delayed { retry_after: expected * SECOND });
            assert_eq!(throttle.check(&"amira", at), Verdict::Wait { retry_after: expected * SECOND, locked: false });
            assert_eq!(
                throttle.check(&"amira", at + expected * SECOND - 1),
                Verdict::Wait { retry_after: 1, locked: false }
            );
            at += expected * SECOND;
            assert_eq!(throttle.check(&"amira", at), Verdict::Allowed);
        }
        assert_eq!(throttle.fail("amira", at), Failure::Locked { until: at + 5 * MINUTE, failures: 10 });
        assert_eq!(throttle.check(&"amira", at + MINUTE), Verdict::Wait { retry_after: 4 * MINUTE, locked: true });
        assert_eq!(throttle.locked_until(&"amira", at + MINUTE), Some(at + 5 * MINUTE));
        assert_eq!(throttle.locked(at), vec![("amira", at + 5 * MINUTE)]);
        // Other keys are untouched.
        assert_eq!(throttle.check(&"bashir", at), Verdict::Allowed);
    }

    #[test]
    fn after_a_lock_the_next_failures_wait_and_lock_again() {
        let mut throttle = Throttle::new(policy());
        let locked_at = fail_when_allowed(&mut throttle, "amira", 0, 10);
        let ends = locked_at + 5 * MINUTE;
        assert_eq!(throttle.check(&"amira", ends), Verdict::Allowed);
        assert!(throttle.locked(ends).is_empty());
        // No free failures left: the first one already waits.
        assert_eq!(throttle.fail("amira", ends), Failure::Delayed { retry_after: SECOND });
        let relocked_at = fail_when_allowed(&mut throttle, "amira", ends, 4);
        assert_eq!(throttle.locked_until(&"amira", relocked_at), Some(relocked_at + 5 * MINUTE));
    }

    #[test]
    fn a_persistent_guesser_gets_few_guesses_per_hour() {
        // Retrying at every moment it is allowed, for a day.
        let mut throttle = Throttle::new(policy());
        let mut now = 0;
        let mut guesses = 0;
        while now < 24 * 60 * MINUTE {
            match throttle.check(&"amira", now) {
                Verdict::Allowed => {
                    throttle.fail("amira", now);
                    guesses += 1;
                }
                Verdict::Wait { retry_after, .. } => now += retry_after,
            }
        }
        // 10, then 5 per lock cycle of 5 min 15 s: about 57 an hour.
        assert!(guesses <= 10 + 5 * (24 * 60 * MINUTE / (5 * MINUTE + 15 * SECOND) + 1), "{guesses}");
        assert!(guesses > 1000, "the lock stays short: {guesses}");
    }

    #[test]
    fn waiting_is_not_failing_so_refused_attempts_extend_nothing() {
        let mut throttle = Throttle::new(policy());
        let at = fail_when_allowed(&mut throttle, "amira", 0, 6);
        for _ in 0..100 {
            assert!(matches!(throttle.check(&"amira", at + 10), Verdict::Wait { locked: false, .. }));
        }
        assert_eq!(throttle.check(&"amira", at + SECOND), Verdict::Allowed);
    }

    #[test]
    fn a_success_or_an_unlock_forgets_the_failures() {
        let mut throttle = Throttle::new(policy());
        fail_when_allowed(&mut throttle, "amira", 0, 7);
        throttle.succeed(&"amira");
        assert!(throttle.is_empty());
        let at = fail_when_allowed(&mut throttle, "amira", 0, 10);
        assert!(throttle.unlock(&"amira", at));
        assert_eq!(throttle.check(&"amira", at), Verdict::Allowed);
        assert_eq!(throttle.fail("amira", at), Failure::Counted, "free failures again");
        assert!(!throttle.unlock(&"bashir", at));
    }

    #[test]
    fn records_are_forgotten_after_a_quiet_period() {
        let mut throttle = Throttle::new(policy());
        let at = fail_when_allowed(&mut throttle, "amira", 0, 4);
        throttle.forget_expired(at + 15 * MINUTE - 1);
        assert_eq!(throttle.len(), 1);
        throttle.forget_expired(at + 15 * MINUTE);
        assert!(throttle.is_empty());
        // A lock is kept while it lasts, and forgotten a quiet period after it ends.
        let locked_at = fail_when_allowed(&mut throttle, "amira", 0, 10);
        throttle.forget_expired(locked_at + 5 * MINUTE - 1);
        assert_eq!(throttle.len(), 1);
        throttle.forget_expired(locked_at + 20 * MINUTE - 1);
        assert_eq!(throttle.len(), 1);
        throttle.forget_expired(locked_at + 20 * MINUTE);
        assert!(throttle.is_empty());
        // check() forgets a stale record too, and the next failure starts afresh.
        fail_when_allowed(&mut throttle, "bashir", 0, 7);
        assert_eq!(throttle.check(&"bashir", 60 * MINUTE), Verdict::Allowed);
        assert_eq!(throttle.fail("bashir", 60 * MINUTE), Failure::Counted);
    }

    #[test]
    fn the_map_is_bounded_and_drops_the_quietest_first() {
        let mut throttle = Throttle::new(Policy { max_entries: 3, ..policy() });
        throttle.fail(1, 10);
        throttle.fail(2, 20);
        throttle.fail(3, 30);
        throttle.fail(4, 40);
        assert_eq!(throttle.len(), 3);
        assert_eq!(throttle.check(&1, 40), Verdict::Allowed);
        assert_eq!(throttle.fail(1, 50), Failure::Counted);
        assert_eq!(throttle.len(), 3, "key 2, the quietest, went");
    }
}
