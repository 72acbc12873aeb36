//! The sign-in guard: throttles of password and code guessing, and sign-ins waiting
//! for their second factor. In memory only, shared by the sign-in handlers.
//!
//! Every attempt is charged to two keys, each with its own [`Throttle`]:
//!
//! - the **client**: the keyed hash of its address ([`super::client`]). Strict: after
//!   10 failures it is locked for 15 minutes; it only shuts out whoever guesses.
//! - the **account** typed (known or not, so that a lock says nothing about which
//!   usernames exist), or, when the browser holds a device token of that account (it
//!   signed in there before), that **device**. An account lock is short (5 minutes)
//!   and does not shut out the browsers its owner already uses: strangers guessing a
//!   counsellor's password from anywhere cannot keep her out of her shift, and she
//!   needs no admin to get in. A new browser waits out the lock, or an admin unlocks.
//!
//! So a correct password is refused, without being checked, while the client, the
//! account (from a browser it does not know) or the device is locked or must wait:
//! checking it would tell a guesser when they are right. Counting stops at success,
//! which forgets the account's or device's failures (not the client's).

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Mutex, MutexGuard, PoisonError};

use axum::http::HeaderMap;

use super::client::{ClientKey, ClientKeys};
use crate::secrets::{new_token, token_hash, RandomError};
use crate::throttle::{Failure, Policy, Throttle, Verdict};

const SECOND: i64 = 1000;
const MINUTE: i64 = 60 * SECOND;

/// Per client address: the stricter one.
pub const CLIENT_POLICY: Policy = Policy {
    free_failures: 5,
    first_delay: SECOND,
    lock_after: 10,
    lock: 15 * MINUTE,
    forget_after: 60 * MINUTE,
    max_entries: 100_000,
};

/// Per account (from browsers it does not know), and per known browser.
pub const ACCOUNT_POLICY: Policy = Policy {
    free_failures: 5,
    first_delay: SECOND,
    lock_after: 10,
    lock: 5 * MINUTE,
    forget_after: 15 * MINUTE,
    max_entries: 100_000,
};

/// How long a sign-in may wait for its second factor (or its enrolment).
pub const PENDING_LIFETIME: i64 = 10 * MINUTE;
/// Wrong codes one pending sign-in may try before it must start again.
pub const PENDING_MAX_FAILURES: u32 = 5;
/// Most sign-ins waiting at once.
const MAX_PENDING: usize = 10_000;
/// Longest username kept as a key (longer ones are no account's).
const MAX_USERNAME_CHARS: usize = 64;

/// Besides the client, whose failures an attempt counts as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    /// The account typed, from a browser it does not know.
    Account(String),
    /// A browser that signed in to `username` before (its device token's hash).
    Device { token_hash: String, username: String },
}

impl Subject {
    pub fn account(username: &str) -> Subject {
        Subject::Account(username.chars().take(MAX_USERNAME_CHARS).collect())
    }

    pub fn username(&self) -> &str {
        match self {
            Subject::Account(username) | Subject::Device { username, .. } => username,
        }
    }
}

/// An attempt refused before it was checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Refused {
    pub retry_after_ms: i64,
}

impl Refused {
    /// Whole seconds, rounded up, at least 1: what `Retry-After` says.
    pub fn retry_after_secs(&self) -> u64 {
        u64::try_from((self.retry_after_ms + SECOND - 1) / SECOND).unwrap_or(1).max(1)
    }
}

/// A lock that a failure started (to be audited).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LockStarted {
    Client { until: i64, failures: u32 },
    Account { username: String, until: i64, failures: u32 },
    Device { token_hash: String, username: String, until: i64, failures: u32 },
}

/// What the second step of a sign-in is waiting for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stage {
    /// A code of the member's factor, or a recovery code.
    Code,
    /// A first factor: the secret shown to the member (once asked for), confirmed by
    /// a code of it.
    Enrol { secret: Option<Vec<u8>> },
}

/// A sign-in whose password was right, waiting for its second factor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pending {
    pub staff_id: String,
    pub subject: Subject,
    pub stage: Stage,
    pub expires_at: i64,
    pub failures: u32,
}

struct Throttles {
    clients: Throttle<ClientKey>,
    accounts: Throttle<String>,
    devices: Throttle<String>,
    last_sweep: i64,
}

/// See the module's documentation.
pub struct SignInGuard {
    keys: ClientKeys,
    throttles: Mutex<Throttles>,
    /// By the hash of the pending token.
    pending: Mutex<HashMap<String, Pending>>,
}

fn locked<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

fn refusal(verdict: Verdict) -> Option<i64> {
    match verdict {
        Verdict::Allowed => None,
        Verdict::Wait { retry_after, .. } => Some(retry_after),
    }
}

impl SignInGuard {
    pub fn new(trusted_proxies: &[IpAddr]) -> Result<Self, RandomError> {
        Ok(Self {
            keys: ClientKeys::new(trusted_proxies)?,
            throttles: Mutex::new(Throttles {
                clients: Throttle::new(CLIENT_POLICY),
                accounts: Throttle::new(ACCOUNT_POLICY),
                devices: Throttle::new(ACCOUNT_POLICY),
                last_sweep: 0,
            }),
            pending: Mutex::new(HashMap::new()),
        })
    }

    /// The throttle's key for the client behind this connection.
    pub fn client(&self, peer: SocketAddr, headers: &HeaderMap) -> ClientKey {
        self.keys.of(peer, headers)
    }

    /// Whether an attempt may be checked now; the longest wait when not.
    pub fn check(&self, client: &ClientKey, subject: &Subject, now: i64) -> Result<(), Refused> {
        let mut throttles = locked(&self.throttles);
        let client_wait = refusal(throttles.clients.check(client, now));
        let subject_wait = match subject {
            Subject::Account(username) => refusal(throttles.accounts.check(username, now)),
            Subject::Device { token_hash, .. } => refusal(throttles.devices.check(token_hash, now)),
        };
        match client_wait.into_iter().chain(subject_wait).max() {
            Some(retry_after_ms) => Err(Refused { retry_after_ms }),
            None => Ok(()),
        }
    }

    /// Forgets every record and pending sign-in that has expired: client address
    /// hashes do not outlive their use.
    pub fn sweep(&self, now: i64) {
        {
            let mut throttles = locked(&self.throttles);
            throttles.clients.forget_expired(now);
            throttles.accounts.forget_expired(now);
            throttles.devices.forget_expired(now);
            throttles.last_sweep = now;
        }
        locked(&self.pending).retain(|_, pending| pending.expires_at > now);
    }

    /// How many client addresses are remembered (for tests of forgetting).
    pub fn clients_remembered(&self) -> usize {
        locked(&self.throttles).clients.len()
    }

    /// Counts a failed attempt; returns the locks it started.
    pub fn failed(&self, client: ClientKey, subject: &Subject, now: i64) -> Vec<LockStarted> {
        let mut throttles = locked(&self.throttles);
        if now - throttles.last_sweep >= MINUTE {
            throttles.clients.forget_expired(now);
            throttles.accounts.forget_expired(now);
            throttles.devices.forget_expired(now);
            throttles.last_sweep = now;
        }
        let mut started = Vec::new();
        if let Failure::Locked { until, failures } = throttles.clients.fail(client, now) {
            started.push(LockStarted::Client { until, failures });
        }
        let outcome = match subject {
            Subject::Account(username) => throttles.accounts.fail(username.clone(), now),
            Subject::Device { token_hash, .. } => throttles.devices.fail(token_hash.clone(), now),
        };
        if let Failure::Locked { until, failures } = outcome {
            started.push(match subject {
                Subject::Account(username) => LockStarted::Account { username: username.clone(), until, failures },
                Subject::Device { token_hash, username } => {
                    LockStarted::Device { token_hash: token_hash.clone(), username: username.clone(), until, failures }
                }
            });
        }
        started
    }

    /// A sign-in completed: the account's (or device's) failures are forgotten.
    pub fn succeeded(&self, subject: &Subject) {
        let mut throttles = locked(&self.throttles);
        match subject {
            Subject::Account(username) => throttles.accounts.succeed(username),
            Subject::Device { token_hash, .. } => throttles.devices.succeed(token_hash),
        }
    }

    /// When the account's lock ends, if it is locked.
    pub fn account_locked_until(&self, username: &str, now: i64) -> Option<i64> {
        locked(&self.throttles).accounts.locked_until(&username.to_owned(), now)
    }

    /// Lifts an account's lock and forgets its failures; whether it was locked.
    pub fn unlock_account(&self, username: &str, now: i64) -> bool {
        locked(&self.throttles).accounts.unlock(&username.to_owned(), now)
    }

    /// Keeps a sign-in waiting for its second factor; returns its token.
    pub fn begin(&self, pending: Pending, now: i64) -> Result<String, RandomError> {
        let token = new_token()?;
        let mut waiting = locked(&self.pending);
        waiting.retain(|_, known| known.expires_at > now);
        if waiting.len() >= MAX_PENDING {
            let oldest = waiting.iter().min_by_key(|(_, known)| known.expires_at).map(|(key, _)| key.clone());
            if let Some(oldest) = oldest {
                waiting.remove(&oldest);
            }
        }
        waiting.insert(token_hash(&token), pending);
        Ok(token)
    }

    /// The sign-in waiting under `token`, if it has not expired.
    pub fn pending(&self, token: &str, now: i64) -> Option<Pending> {
        let mut waiting = locked(&self.pending);
        let hash = token_hash(token);
        match waiting.get(&hash) {
            Some(pending) if pending.expires_at > now => Some(pending.clone()),
            Some(_) => {
                waiting.remove(&hash);
                None
            }
            None => None,
        }
    }

    /// The secret an enrolling sign-in shows: drawn at the first call, the same after.
    /// `None` when no enrolling sign-in waits under `token`.
    pub fn enrolment_secret(
        &self,
        token: &str,
        now: i64,
        draw: impl FnOnce() -> Result<Vec<u8>, RandomError>,
    ) -> Result<Option<(String, Vec<u8>)>, RandomError> {
        let mut waiting = locked(&self.pending);
        let Some(pending) = waiting.get_mut(&token_hash(token)).filter(|pending| pending.expires_at > now) else {
            return Ok(None);
        };
        let Stage::Enrol { secret } = &mut pending.stage else { return Ok(None) };
        if secret.is_none() {
            *secret = Some(draw()?);
        }
        Ok(secret.clone().map(|secret| (pending.staff_id.clone(), secret)))
    }

    /// Counts a wrong code against the pending sign-in; it ends at the fifth.
    pub fn pending_failed(&self, token: &str) {
        let mut waiting = locked(&self.pending);
        let hash = token_hash(token);
        if let Some(pending) = waiting.get_mut(&hash) {
            pending.failures += 1;
            if pending.failures >= PENDING_MAX_FAILURES {
                waiting.remove(&hash);
            }
        }
    }

    /// The sign-in completed (or can never complete): its token is of no more use.
    pub fn finish(&self, token: &str) {
        locked(&self.pending).remove(&token_hash(token));
    }
}

/// Sweeps `guard` every minute, so that expired records go even when nobody signs in;
/// ends once the server has let go of the guard.
pub fn spawn_sweeper(guard: &std::sync::Arc<SignInGuard>) {
    let guard = std::sync::Arc::downgrade(guard);
    tokio::spawn(async move {
        let mut every_minute = tokio::time::interval(std::time::Duration::from_secs(60));
        every_minute.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            every_minute.tick().await;
            let Some(guard) = guard.upgrade() else { break };
            guard.sweep(crate::secrets::unix_millis());
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn guard() -> SignInGuard {
        SignInGuard::new(&[]).unwrap()
    }

    fn key(guard: &SignInGuard, peer: &str) -> ClientKey {
        guard.client(peer.parse().unwrap(), &HeaderMap::new())
    }

    #[test]
    fn a_stranger_locking_an_account_does_not_shut_out_its_owners_browser() {
        let guard = guard();
        let mut now = 1_000_000;
        let account = Subject::account("amira");
        let mut locks = Vec::new();
        // Ten strangers, one guess each as soon as allowed: the account locks, no client does.
        for stranger in 0..10 {
            let client = key(&guard, &format!("203.0.113.{stranger}:1000"));
            if let Err(refused) = guard.check(&client, &account, now) {
                assert!(stranger >= 5 && refused.retry_after_ms <= 8 * SECOND, "{stranger}: {refused:?}");
                now += refused.retry_after_ms;
            }
            assert_eq!(guard.check(&client, &account, now), Ok(()), "guess {stranger}");
            locks.extend(guard.failed(client, &account, now));
        }
        assert_eq!(
            locks,
            vec![LockStarted::Account { username: "amira".into(), until: now + 5 * MINUTE, failures: 10 }]
        );
        let newcomer = key(&guard, "198.51.100.1:1000");
        assert_eq!(guard.check(&newcomer, &account, now), Err(Refused { retry_after_ms: 5 * MINUTE }));
        assert_eq!(guard.account_locked_until("amira", now), Some(now + 5 * MINUTE));
        let her_browser = Subject::Device { token_hash: "t".into(), username: "amira".into() };
        assert_eq!(guard.check(&newcomer, &her_browser, now), Ok(()));
        // An admin unlocks.
        assert!(guard.unlock_account("amira", now));
        assert_eq!(guard.check(&newcomer, &account, now), Ok(()));
    }

    #[test]
    fn one_client_guessing_many_accounts_is_locked_itself() {
        let guard = guard();
        let client = key(&guard, "203.0.113.7:1000");
        let mut now = 0;
        let mut locks = Vec::new();
        for attempt in 0..10 {
            let account = Subject::account(&format!("user{attempt}"));
            if let Err(refused) = guard.check(&client, &account, now) {
                now += refused.retry_after_ms;
            }
            locks.extend(guard.failed(client, &account, now));
        }
        assert_eq!(locks, vec![LockStarted::Client { until: now + 15 * MINUTE, failures: 10 }]);
        let refused = guard.check(&client, &Subject::account("someone"), now).unwrap_err();
        assert_eq!(refused.retry_after_secs(), 900);
        assert_eq!(guard.check(&key(&guard, "203.0.113.8:1000"), &Subject::account("someone"), now), Ok(()));
    }

    #[test]
    fn pending_sign_ins_expire_and_end_after_five_wrong_codes() {
        let guard = guard();
        let pending = Pending {
            staff_id: "s1".into(),
            subject: Subject::account("amira"),
            stage: Stage::Enrol { secret: None },
            expires_at: 10_000,
            failures: 0,
        };
        let token = guard.begin(pending, 0).unwrap();
        let (staff, secret) = guard.enrolment_secret(&token, 0, || Ok(vec![1, 2, 3])).unwrap().unwrap();
        assert_eq!((staff.as_str(), secret.as_slice()), ("s1", [1, 2, 3].as_slice()));
        let again = guard.enrolment_secret(&token, 0, || Ok(vec![9])).unwrap().unwrap();
        assert_eq!(again.1, vec![1, 2, 3], "the same secret when asked again");
        assert!(guard.pending(&token, 9_999).is_some());
        assert!(guard.pending(&token, 10_000).is_none());

        let pending = Pending {
            staff_id: "s1".into(),
            subject: Subject::account("amira"),
            stage: Stage::Code,
            expires_at: 10_000,
            failures: 0,
        };
        let token = guard.begin(pending, 0).unwrap();
        assert_eq!(guard.enrolment_secret(&token, 0, || Ok(vec![1])).unwrap(), None, "not enrolling");
        for _ in 0..4 {
            guard.pending_failed(&token);
        }
        assert_eq!(guard.pending(&token, 0).map(|pending| pending.failures), Some(4));
        guard.pending_failed(&token);
        assert!(guard.pending(&token, 0).is_none());
        assert!(guard.pending("made-up", 0).is_none());
    }

    #[test]
    fn a_sweep_forgets_client_addresses_once_they_expire() {
        let guard = guard();
        let client = key(&guard, "203.0.113.7:1000");
        guard.failed(client, &Subject::account("amira"), 0);
        guard.sweep(CLIENT_POLICY.forget_after - 1);
        assert_eq!(guard.clients_remembered(), 1);
        guard.sweep(CLIENT_POLICY.forget_after);
        assert_eq!(guard.clients_remembered(), 0);
    }

    #[test]
    fn long_usernames_are_cut_to_a_bounded_key() {
        assert_eq!(Subject::account(&"x".repeat(10_000)).username().len(), 64);
    }
}
