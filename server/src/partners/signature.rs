//! Signed requests between partner helplines, as pure logic: no clock, no I/O.
//!
//! Every server-to-server request carries four headers: the sender's public key (its
//! identity, which the receiver must have configured as a partner), when it was sent,
//! a random nonce, and an Ed25519 signature over a canonical text of the request (its
//! method, path, timestamp, nonce and the SHA-256 of its body). The receiver refuses a
//! request whose key it does not know, whose signature does not verify, whose
//! timestamp is more than [`MAX_SKEW_MILLIS`] away from its own clock, or whose nonce
//! it has seen from that key within that window (a replay). See `docs/partners.md`.

use data_encoding::BASE64URL_NOPAD;
use ed25519_dalek::{Signer, SigningKey, Verifier, VerifyingKey};
use sha2::{Digest, Sha256};

/// The sender's public key, as [`PublicIdentity`] writes it.
pub const HEADER_KEY: &str = "bridgeline-partner-key";
/// When the request was signed, Unix milliseconds.
pub const HEADER_TIMESTAMP: &str = "bridgeline-timestamp";
/// A random value never used twice by the sender (hex, 32 to 128 digits).
pub const HEADER_NONCE: &str = "bridgeline-nonce";
/// The Ed25519 signature of [`canonical`], base64url without padding.
pub const HEADER_SIGNATURE: &str = "bridgeline-signature";

/// How far a request's timestamp may be from the receiver's clock, either way.
pub const MAX_SKEW_MILLIS: i64 = 5 * 60 * 1000;

/// What the canonical text starts with: a signature for anything else never verifies.
const DOMAIN: &str = "bridgeline-partner-request-v1";

/// A helpline's public identity: its Ed25519 public key, written `ed25519:` and the
/// key in base64url without padding. Partners exchange these out of band.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PublicIdentity(pub [u8; 32]);

impl PublicIdentity {
    const PREFIX: &'static str = "ed25519:";

    pub fn of(key: &SigningKey) -> Self {
        Self(key.verifying_key().to_bytes())
    }

    /// Reads an identity as [`std::fmt::Display`] writes it; `None` for anything
    /// else, including bytes that are not a valid Ed25519 point.
    pub fn parse(text: &str) -> Option<Self> {
        let encoded = text.trim().strip_prefix(Self::PREFIX)?;
        let bytes: [u8; 32] = BASE64URL_NOPAD.decode(encoded.as_bytes()).ok()?.try_into().ok()?;
        VerifyingKey::from_bytes(&bytes).ok()?;
        Some(Self(bytes))
    }

    fn verifying_key(&self) -> Option<VerifyingKey> {
        VerifyingKey::from_bytes(&self.0).ok()
    }
}

impl std::fmt::Display for PublicIdentity {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(formatter, "{}{}", Self::PREFIX, BASE64URL_NOPAD.encode(&self.0))
    }
}

/// The four signature headers of one request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signed {
    pub key: String,
    pub timestamp: String,
    pub nonce: String,
    pub signature: String,
}

impl Signed {
    /// As `(name, value)` pairs, for the sender's request.
    pub fn headers(&self) -> [(&'static str, &str); 4] {
        [
            (HEADER_KEY, &self.key),
            (HEADER_TIMESTAMP, &self.timestamp),
            (HEADER_NONCE, &self.nonce),
            (HEADER_SIGNATURE, &self.signature),
        ]
    }

    /// Reads the headers of a received request with `header` (name to value); says
    /// which one is missing.
    pub fn from_headers<'a>(header: impl Fn(&str) -> Option<&'a str>) -> Result<Self, Refusal> {
        let read = |name: &'static str| header(name).map(str::to_owned).ok_or(Refusal::Missing(name));
        Ok(Self {
            key: read(HEADER_KEY)?,
            timestamp: read(HEADER_TIMESTAMP)?,
            nonce: read(HEADER_NONCE)?,
            signature: read(HEADER_SIGNATURE)?,
        })
    }
}

/// Why a request was refused. Logged by the receiver; the sender gets only the kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("the {0} header is missing")]
    Missing(&'static str),
    #[error("the {0} header is malformed")]
    Malformed(&'static str),
    #[error("no partner has this key")]
    UnknownPartner,
    #[error("the timestamp is too far from this server's clock")]
    Stale,
    #[error("the signature does not verify")]
    BadSignature,
    #[error("this nonce was used before")]
    Replayed,
}

impl Refusal {
    /// The word the sender is told (`docs/partners.md`).
    pub fn code(self) -> &'static str {
        match self {
            Self::Missing(_) | Self::Malformed(_) => "unsigned",
            Self::UnknownPartner => "unknown_partner",
            Self::Stale => "stale",
            Self::BadSignature => "bad_signature",
            Self::Replayed => "replayed",
        }
    }
}

/// The text that is signed: the domain, the method, the path with its query, the
/// timestamp, the nonce and the body's SHA-256 in hex, one per line.
pub fn canonical(method: &str, path: &str, timestamp: i64, nonce: &str, body: &[u8]) -> Vec<u8> {
    let digest = hex::encode(Sha256::digest(body));
    format!("{DOMAIN}\n{}\n{path}\n{timestamp}\n{nonce}\n{digest}", method.to_ascii_uppercase()).into_bytes()
}

/// Signs a request sent at `timestamp` with `nonce` (fresh random hex: see
/// [`valid_nonce`]).
pub fn sign(key: &SigningKey, method: &str, path: &str, body: &[u8], timestamp: i64, nonce: &str) -> Signed {
    let signature = key.sign(&canonical(method, path, timestamp, nonce, body));
    Signed {
        key: PublicIdentity::of(key).to_string(),
        timestamp: timestamp.to_string(),
        nonce: nonce.to_owned(),
        signature: BASE64URL_NOPAD.encode(&signature.to_bytes()),
    }
}

/// A nonce is 32 to 128 lower-case hex digits (at least 128 random bits).
pub fn valid_nonce(nonce: &str) -> bool {
    (32..=128).contains(&nonce.len()) && nonce.bytes().all(|byte| matches!(byte, b'0'..=b'9' | b'a'..=b'f'))
}

/// A received request whose signature verified: who sent it, and its nonce's window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    pub sender: PublicIdentity,
    pub timestamp: i64,
    pub nonce: String,
}

/// Checks a received request's headers and signature at `now`, against the partner
/// keys `known`. Replays are caught after this, by the nonces kept ([`nonce_kept_until`]).
pub fn verify(
    signed: &Signed,
    known: impl Fn(&PublicIdentity) -> bool,
    method: &str,
    path: &str,
    body: &[u8],
    now: i64,
) -> Result<Verified, Refusal> {
    let sender = PublicIdentity::parse(&signed.key).ok_or(Refusal::Malformed(HEADER_KEY))?;
    let timestamp: i64 = signed.timestamp.parse().map_err(|_| Refusal::Malformed(HEADER_TIMESTAMP))?;
    if !valid_nonce(&signed.nonce) {
        return Err(Refusal::Malformed(HEADER_NONCE));
    }
    let signature: [u8; 64] = BASE64URL_NOPAD
        .decode(signed.signature.as_bytes())
        .ok()
        .and_then(|bytes| bytes.try_into().ok())
        .ok_or(Refusal::Malformed(HEADER_SIGNATURE))?;
    if !known(&sender) {
        return Err(Refusal::UnknownPartner);
    }
    if now.abs_diff(timestamp) > MAX_SKEW_MILLIS.unsigned_abs() {
        return Err(Refusal::Stale);
    }
    let key = sender.verifying_key().ok_or(Refusal::Malformed(HEADER_KEY))?;
    key.verify(
        &canonical(method, path, timestamp, &signed.nonce, body),
        &ed25519_dalek::Signature::from_bytes(&signature),
    )
    .map_err(|_| Refusal::BadSignature)?;
    Ok(Verified { sender, timestamp, nonce: signed.nonce.clone() })
}

/// Until when a verified request's nonce must be remembered to catch its replay: a
/// request older than [`MAX_SKEW_MILLIS`] is refused as stale anyway, so the nonces
/// kept (in the database, shared by every node and kept across restarts) stay bounded
/// by the requests partners send in ten minutes.
pub fn nonce_kept_until(verified: &Verified, now: i64) -> i64 {
    verified.timestamp.saturating_add(MAX_SKEW_MILLIS).max(now)
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_795_000_000_000;
    const NONCE: &str = "00112233445566778899aabbccddeeff";

    fn key(seed: u8) -> SigningKey {
        SigningKey::from_bytes(&[seed; 32])
    }

    fn check(signed: &Signed, method: &str, path: &str, body: &[u8], now: i64) -> Result<Verified, Refusal> {
        let partner = PublicIdentity::of(&key(1));
        verify(signed, |sender| *sender == partner, method, path, body, now)
    }

    #[test]
    fn a_signed_request_verifies_and_any_change_to_it_does_not() {
        let signed = sign(&key(1), "post", "/api/v1/partners/handovers?x=1", b"{\"a\":1}", NOW, NONCE);
        let verified = check(&signed, "POST", "/api/v1/partners/handovers?x=1", b"{\"a\":1}", NOW + 1_000).unwrap();
        assert_eq!(verified.sender, PublicIdentity::of(&key(1)));
        let bad = Err(Refusal::BadSignature);
        assert_eq!(check(&signed, "POST", "/api/v1/partners/handovers?x=1", b"{\"a\":2}", NOW), bad);
        assert_eq!(check(&signed, "POST", "/api/v1/partners/handovers?x=2", b"{\"a\":1}", NOW), bad);
        assert_eq!(check(&signed, "PUT", "/api/v1/partners/handovers?x=1", b"{\"a\":1}", NOW), bad);
        let moved = Signed { timestamp: (NOW + 1).to_string(), ..signed.clone() };
        assert_eq!(check(&moved, "POST", "/api/v1/partners/handovers?x=1", b"{\"a\":1}", NOW), bad);
        let other_nonce = Signed { nonce: NONCE.replace('0', "1"), ..signed.clone() };
        assert_eq!(check(&other_nonce, "POST", "/api/v1/partners/handovers?x=1", b"{\"a\":1}", NOW), bad);
    }

    #[test]
    fn a_stranger_a_forger_and_a_stale_request_are_refused() {
        let stranger = sign(&key(2), "GET", "/", b"", NOW, NONCE);
        assert_eq!(check(&stranger, "GET", "/", b"", NOW), Err(Refusal::UnknownPartner));
        // Someone claiming the partner's key, signing with their own.
        let forged = Signed { key: PublicIdentity::of(&key(1)).to_string(), ..stranger };
        assert_eq!(check(&forged, "GET", "/", b"", NOW), Err(Refusal::BadSignature));
        let signed = sign(&key(1), "GET", "/", b"", NOW, NONCE);
        assert!(check(&signed, "GET", "/", b"", NOW + MAX_SKEW_MILLIS).is_ok(), "at the edge");
        assert!(check(&signed, "GET", "/", b"", NOW - MAX_SKEW_MILLIS).is_ok(), "a fast clock at the edge");
        assert_eq!(check(&signed, "GET", "/", b"", NOW + MAX_SKEW_MILLIS + 1), Err(Refusal::Stale));
        assert_eq!(check(&signed, "GET", "/", b"", NOW - MAX_SKEW_MILLIS - 1), Err(Refusal::Stale));
    }

    #[test]
    fn malformed_headers_are_named() {
        let signed = sign(&key(1), "GET", "/", b"", NOW, NONCE);
        let cases = [
            (Signed { key: "rsa:abc".into(), ..signed.clone() }, HEADER_KEY),
            (Signed { timestamp: "soon".into(), ..signed.clone() }, HEADER_TIMESTAMP),
            (Signed { nonce: "short".into(), ..signed.clone() }, HEADER_NONCE),
            (Signed { nonce: NONCE.to_uppercase(), ..signed.clone() }, HEADER_NONCE),
            (Signed { signature: "AAAA".into(), ..signed.clone() }, HEADER_SIGNATURE),
        ];
        for (case, header) in cases {
            assert_eq!(check(&case, "GET", "/", b"", NOW), Err(Refusal::Malformed(header)));
        }
        let missing = Signed::from_headers(|name| (name != HEADER_NONCE).then_some("x"));
        assert_eq!(missing, Err(Refusal::Missing(HEADER_NONCE)));
    }

    #[test]
    fn identities_read_back_and_reject_what_is_not_a_key() {
        let identity = PublicIdentity::of(&key(7));
        assert_eq!(PublicIdentity::parse(&identity.to_string()), Some(identity));
        assert_eq!(PublicIdentity::parse(&format!("  {identity}\n")), Some(identity));
        assert_eq!(PublicIdentity::parse("ed25519:"), None);
        assert_eq!(PublicIdentity::parse(&identity.to_string().replace("ed25519:", "x25519:")), None);
        assert_eq!(PublicIdentity::parse(&format!("{identity}AA")), None);
    }

    #[test]
    fn a_nonce_is_kept_as_long_as_its_request_could_still_be_replayed() {
        let signed = sign(&key(1), "POST", "/x", b"", NOW, NONCE);
        let verified = check(&signed, "POST", "/x", b"", NOW).unwrap();
        assert_eq!(nonce_kept_until(&verified, NOW), NOW + MAX_SKEW_MILLIS);
        // Signed a little in the future (a fast clock): still until its own window ends.
        let early = check(&sign(&key(1), "POST", "/x", b"", NOW + 1_000, NONCE), "POST", "/x", b"", NOW).unwrap();
        assert_eq!(nonce_kept_until(&early, NOW), NOW + 1_000 + MAX_SKEW_MILLIS);
        // Past the window the request is stale before its nonce is looked up.
        assert_eq!(check(&signed, "POST", "/x", b"", NOW + MAX_SKEW_MILLIS + 1), Err(Refusal::Stale));
    }
}
