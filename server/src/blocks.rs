//! Abusive contacts: which browsers may not start a chat now, and until when. Pure
//! policy with an explicit `now` (wall-clock Unix milliseconds) and no I/O: the hub
//! carries it out (`hub/blocks.rs`), the store keeps its durable half
//! (`store/blocks.rs`).
//!
//! ## Recognising a browser without tracking children
//!
//! Nothing is taken from a child's browser unless a counsellor ends that chat as
//! abusive. Then two marks are taken, and kept only while the report waits for a
//! coordinator ([`REVIEW_WINDOW`]) and, once confirmed, while the block lasts (a day by
//! default, [`MAX_BLOCK`] at most):
//!
//! - the **pause token**: 256 random bits sent to that browser in the `ended` frame
//!   (its page keeps them as a cookie that expires by itself after eight days, and the
//!   quick exit deletes); only their SHA-256 is held here and in the database;
//! - the **address mark**: an HMAC-SHA-256 of the browser's network address (the IPv4
//!   address, or the /64 prefix of an IPv6 one, since a device rotates the rest) under
//!   a random key. Never the address itself.
//!
//! A block matches a `start` that carries its token **or** comes from its address: a
//! prankster who clears the browser's storage is still recognised by the address, one
//! who changes network by the token.
//!
//! ## The address keys live in memory only, and die with their last block
//!
//! IPv4 has four billion addresses: anyone holding a hash and its key recovers the
//! address in minutes. So the keys are never written anywhere: a copy of the database
//! holds nothing that leads to an address. A key signs new marks for at most
//! [`KEY_FRESH_FOR`], after which new marks get a new key; it is destroyed (its bytes
//! zeroed) as soon as no pending report or block holds a mark made with it. A key thus
//! lives at most `KEY_FRESH_FOR + REVIEW_WINDOW + MAX_BLOCK` (nine days), and marks made
//! under different keys cannot be linked to each other.
//!
//! The price: a restart loses the keys, so blocks made before it match by token only
//! (the hub drops their address marks and says so to coordinators). Storing the key
//! would keep blocked addresses recoverable from a database copy for up to a week;
//! losing half of a short block at a deploy is the smaller harm.

use std::collections::BTreeMap;
use std::net::IpAddr;

use bridgeline_protocol::blocks::{DEFAULT_BLOCK_SECONDS, MAX_BLOCK_SECONDS};
use bridgeline_protocol::UnixMillis;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use zeroize::Zeroizing;

const SECOND: i64 = 1_000;
const HOUR: i64 = 3_600 * SECOND;

/// A block with no duration given lasts this long.
pub const DEFAULT_BLOCK: i64 = DEFAULT_BLOCK_SECONDS as i64 * SECOND;
/// The longest block a coordinator may set.
pub const MAX_BLOCK: i64 = MAX_BLOCK_SECONDS as i64 * SECOND;
/// A report nobody confirms or rejects within this lapses, and its marks go.
pub const REVIEW_WINDOW: i64 = 24 * HOUR;
/// How long one address key signs new marks before a new one is made.
pub const KEY_FRESH_FOR: i64 = 24 * HOUR;

/// Why a decision could not be carried out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum BlockError {
    #[error("a block lasts from 1 second to 7 days")]
    BadDuration,
    #[error("no pending report has this id")]
    NotPending,
    #[error("no block in force has this id")]
    NotBlocked,
}

/// How long a confirmed block lasts, in milliseconds: `seconds` when given and within
/// 1 s..=7 days, else a day.
pub fn block_length(seconds: Option<u64>) -> Result<i64, BlockError> {
    match seconds {
        None => Ok(DEFAULT_BLOCK),
        Some(seconds @ 1..=MAX_BLOCK_SECONDS) => Ok(i64::try_from(seconds).unwrap_or(i64::MAX) * SECOND),
        Some(_) => Err(BlockError::BadDuration),
    }
}

/// Whether a report waits for a decision or blocks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Pending,
    Blocked,
}

/// Identifies an address key for the life of the process.
type KeyId = u64;

/// A random key for address marks. Its bytes are zeroed when it is dropped.
struct AddressKey {
    secret: Zeroizing<[u8; 32]>,
    made_at: UnixMillis,
}

/// An address, as a block holds it: which key, and the HMAC under it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct AddressMark {
    key: KeyId,
    digest: [u8; 32],
}

/// A pending report or a block.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Entry {
    /// SHA-256 of the pause token, when the browser received one.
    token_hash: Option<String>,
    address: Option<AddressMark>,
    stage: Stage,
    /// Pending: when the report lapses. Blocked: when the block ends.
    ends_at: UnixMillis,
}

/// A pending report or block that ended at an [`BlockBook::expire`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ended {
    pub report_id: String,
    pub stage: Stage,
}

/// Every pending report and block in force, with the address keys their marks need.
#[derive(Default)]
pub struct BlockBook {
    keys: BTreeMap<KeyId, AddressKey>,
    next_key: KeyId,
    entries: BTreeMap<String, Entry>,
}

impl BlockBook {
    pub fn new() -> Self {
        Self::default()
    }

    /// A counsellor reported a chat at `now`: keeps the browser's marks until the
    /// review window ends, and returns when that is. `address` is marked with the
    /// key in use, or with a new key made from `fresh_secret` when none is (the caller
    /// passes 32 random bytes every time; they are dropped unused otherwise).
    pub fn report(
        &mut self,
        report_id: &str,
        token_hash: Option<String>,
        address: Option<IpAddr>,
        now: UnixMillis,
        fresh_secret: [u8; 32],
    ) -> UnixMillis {
        let address = address.map(|address| self.mark(address, now, fresh_secret));
        let ends_at = now.saturating_add(REVIEW_WINDOW);
        self.entries.insert(report_id.to_owned(), Entry { token_hash, address, stage: Stage::Pending, ends_at });
        ends_at
    }

    /// Puts back a pending report or block read from the database after a restart.
    /// Its address mark died with the previous process's keys: it matches by token only.
    pub fn restore(&mut self, report_id: &str, token_hash: Option<String>, stage: Stage, ends_at: UnixMillis) {
        self.entries.insert(report_id.to_owned(), Entry { token_hash, address: None, stage, ends_at });
    }

    /// A coordinator confirmed a pending report: the block runs from `now` for
    /// `length` ms. Returns when it ends.
    pub fn confirm(&mut self, report_id: &str, length: i64, now: UnixMillis) -> Result<UnixMillis, BlockError> {
        match self.entries.get_mut(report_id) {
            Some(entry) if entry.stage == Stage::Pending && entry.ends_at > now => {
                entry.stage = Stage::Blocked;
                entry.ends_at = now.saturating_add(length.clamp(0, MAX_BLOCK));
                Ok(entry.ends_at)
            }
            _ => Err(BlockError::NotPending),
        }
    }

    /// Whether `report_id` waits for a decision at `now` (not decided, not lapsed).
    pub fn is_pending(&self, report_id: &str, now: UnixMillis) -> bool {
        self.entries.get(report_id).is_some_and(|entry| entry.stage == Stage::Pending && entry.ends_at > now)
    }

    /// Whether `report_id` is a block in force at `now`.
    pub fn is_blocked(&self, report_id: &str, now: UnixMillis) -> bool {
        self.entries.get(report_id).is_some_and(|entry| entry.stage == Stage::Blocked && entry.ends_at > now)
    }

    /// Forgets a pending report (rejected) and drops the keys nothing needs any more.
    pub fn reject(&mut self, report_id: &str) -> Result<(), BlockError> {
        self.remove(report_id, Stage::Pending).ok_or(BlockError::NotPending)
    }

    /// Ends a block early (lifted) and drops the keys nothing needs any more.
    pub fn lift(&mut self, report_id: &str) -> Result<(), BlockError> {
        self.remove(report_id, Stage::Blocked).ok_or(BlockError::NotBlocked)
    }

    fn remove(&mut self, report_id: &str, stage: Stage) -> Option<()> {
        if self.entries.get(report_id)?.stage != stage {
            return None;
        }
        self.entries.remove(report_id);
        self.drop_unused_keys();
        Some(())
    }

    /// Until when new chats are paused for a browser that sends `token_hash` (the
    /// SHA-256 of its pause token, if it sent one) from `address`; `None` when no block
    /// in force matches either. Pending reports never pause anyone.
    pub fn paused_until(
        &self,
        token_hash: Option<&str>,
        address: Option<IpAddr>,
        now: UnixMillis,
    ) -> Option<UnixMillis> {
        // One HMAC per live key (there are a handful at most), not one per block.
        let digests: BTreeMap<KeyId, [u8; 32]> = address
            .map(|address| self.keys.iter().map(|(id, key)| (*id, digest(&key.secret, address))).collect())
            .unwrap_or_default();
        let mut until = None;
        for entry in self.entries.values().filter(|entry| entry.stage == Stage::Blocked && entry.ends_at > now) {
            let by_token = token_hash.is_some() && entry.token_hash.as_deref() == token_hash;
            let by_address = entry.address.is_some_and(|mark| digests.get(&mark.key) == Some(&mark.digest));
            if by_token || by_address {
                until = until.max(Some(entry.ends_at));
            }
        }
        until
    }

    /// Removes every pending report and block whose time is up at `now`, destroys the
    /// keys no remaining mark needs, and returns what ended (for the store to delete).
    pub fn expire(&mut self, now: UnixMillis) -> Vec<Ended> {
        let ended: Vec<Ended> = self
            .entries
            .iter()
            .filter(|(_, entry)| entry.ends_at <= now)
            .map(|(report_id, entry)| Ended { report_id: report_id.clone(), stage: entry.stage })
            .collect();
        for gone in &ended {
            self.entries.remove(&gone.report_id);
        }
        if !ended.is_empty() {
            self.drop_unused_keys();
        }
        ended
    }

    /// When the next pending report or block ends.
    pub fn next_end(&self) -> Option<UnixMillis> {
        self.entries.values().map(|entry| entry.ends_at).min()
    }

    /// Whether a pending report or block holds an address mark (coordinators see
    /// whether a block can match by address, never the mark).
    pub fn has_address_mark(&self, report_id: &str) -> bool {
        self.entries.get(report_id).is_some_and(|entry| entry.address.is_some())
    }

    /// How many address keys are alive (for `/metrics`: zero whenever no report or
    /// block holds an address).
    pub fn keys_alive(&self) -> usize {
        self.keys.len()
    }

    /// Blocks in force at `now`.
    pub fn blocks_in_force(&self, now: UnixMillis) -> usize {
        self.entries.values().filter(|entry| entry.stage == Stage::Blocked && entry.ends_at > now).count()
    }

    /// Marks `address` with the key that signs marks made at `now`: the newest one
    /// while it is fresh, else a new one made from `fresh_secret`.
    fn mark(&mut self, address: IpAddr, now: UnixMillis, fresh_secret: [u8; 32]) -> AddressMark {
        let fresh_secret = Zeroizing::new(fresh_secret);
        let fresh = self
            .keys
            .last_key_value()
            .filter(|(_, key)| now < key.made_at.saturating_add(KEY_FRESH_FOR))
            .map(|(id, _)| *id);
        let id = fresh.unwrap_or_else(|| {
            self.next_key += 1;
            self.next_key
        });
        let key = self.keys.entry(id).or_insert_with(|| AddressKey { secret: fresh_secret, made_at: now });
        AddressMark { key: id, digest: digest(&key.secret, address) }
    }

    /// Destroys every key no pending report or block holds a mark of.
    fn drop_unused_keys(&mut self) {
        let entries = &self.entries;
        self.keys.retain(|id, _| entries.values().any(|entry| entry.address.is_some_and(|mark| mark.key == *id)));
    }
}

/// The HMAC-SHA-256 of an address under `secret`: an IPv4 address whole (also when
/// written as IPv4-mapped IPv6), an IPv6 address by its /64 prefix.
fn digest(secret: &[u8; 32], address: IpAddr) -> [u8; 32] {
    // HMAC takes keys of any length: this cannot fail.
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(secret).expect("HMAC accepts any key length");
    match address {
        IpAddr::V4(v4) => {
            mac.update(b"4");
            mac.update(&v4.octets());
        }
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => {
                mac.update(b"4");
                mac.update(&v4.octets());
            }
            None => {
                mac.update(b"6");
                mac.update(&v6.octets()[..8]);
            }
        },
    }
    mac.finalize().into_bytes().into()
}

#[cfg(test)]
mod tests;
