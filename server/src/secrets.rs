//! Random identifiers and secret tokens, and how they are stored.
//!
//! Tokens (resume tokens, session cookies) carry 256 random bits from the operating
//! system and are stored only as their SHA-256, so a leaked database cannot be used to
//! take over a child's conversation or a staff session.

use sha2::{Digest, Sha256};

/// Errors of the random source; the OS failing to give randomness is fatal for a
/// request, never papered over with a weaker source.
#[derive(Debug, thiserror::Error)]
#[error("the operating system's random source failed: {0}")]
pub struct RandomError(String);

/// Fills `buffer` from the operating system's random source.
pub fn random_bytes(buffer: &mut [u8]) -> Result<(), RandomError> {
    getrandom::fill(buffer).map_err(|error| RandomError(error.to_string()))
}

pub fn random_hex<const N: usize>() -> Result<String, RandomError> {
    let mut bytes = [0u8; N];
    random_bytes(&mut bytes)?;
    Ok(hex::encode(bytes))
}

/// `N` random bytes, for keys that never leave the process.
pub fn random_key<const N: usize>() -> Result<[u8; N], RandomError> {
    let mut bytes = [0u8; N];
    random_bytes(&mut bytes)?;
    Ok(bytes)
}

/// A new secret token (256 bits, hex).
pub fn new_token() -> Result<String, RandomError> {
    random_hex::<32>()
}

/// A new opaque identifier (128 bits, hex).
pub fn new_id() -> Result<String, RandomError> {
    random_hex::<16>()
}

/// What is stored in place of a token.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// When set, wall-clock time follows tokio's clock from this anchor (see
/// [`follow_tokio_clock`]). Never set in the server itself.
static TOKIO_ANCHOR: std::sync::OnceLock<(i64, tokio::time::Instant)> = std::sync::OnceLock::new();

/// Milliseconds since the Unix epoch, for stored timestamps and the board's "today".
pub fn unix_millis() -> i64 {
    if let Some((wall, instant)) = TOKIO_ANCHOR.get() {
        return wall.saturating_add(i64::try_from(instant.elapsed().as_millis()).unwrap_or(i64::MAX));
    }
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|elapsed| i64::try_from(elapsed.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

/// Makes wall-clock time start at `wall` now and then move with tokio's clock, so that
/// a test with tokio's paused clock can play a whole day in seconds and every
/// timestamp (stored, or on the board) moves with it. For in-process tests only: once
/// set, for the life of the process.
pub fn follow_tokio_clock(wall: i64) -> bool {
    TOKIO_ANCHOR.set((wall, tokio::time::Instant::now())).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_long_distinct_and_hashed_one_way() {
        let first = new_token().unwrap();
        let second = new_token().unwrap();
        assert_eq!(first.len(), 64);
        assert_ne!(first, second);
        assert_eq!(token_hash(&first).len(), 64);
        assert_ne!(token_hash(&first), first);
        assert_eq!(token_hash(&first), token_hash(&first));
    }
}
