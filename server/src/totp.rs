//! Time-based one-time passwords (RFC 6238) for the staff's second factor, and the
//! recovery codes that stand in for a lost phone. Pure logic with an explicit `now`.
//!
//! TOTP as every authenticator app does it: HMAC-SHA1 over the number of 30-second
//! steps since the Unix epoch, 6 digits. A code is accepted one step early or late (a
//! phone's clock drifts, people type slowly), and never twice: the caller keeps the
//! last step it accepted and [`verify`] only matches later ones.
//!
//! The enrolment QR code is drawn here as SVG, from an `otpauth://` URI, so that the
//! secret never leaves the server for a third-party service.

use data_encoding::BASE32_NOPAD;
use hmac::{Hmac, Mac};
use sha1::Sha1;

use crate::secrets::{random_bytes, RandomError};

/// Seconds per step.
pub const STEP_SECS: i64 = 30;
/// Digits of a code.
pub const DIGITS: u32 = 6;
/// Steps accepted either side of the current one.
pub const WINDOW: i64 = 1;
/// Bytes of a new secret: 160 bits, as RFC 4226 recommends for HMAC-SHA1.
pub const SECRET_BYTES: usize = 20;
/// Recovery codes given at enrolment.
pub const RECOVERY_CODES: usize = 10;

/// The step `unix_millis` falls in.
pub fn step_at(unix_millis: i64) -> i64 {
    unix_millis.div_euclid(STEP_SECS * 1000)
}

/// RFC 4226 HOTP: the `DIGITS`-digit code for `counter`.
pub fn hotp(secret: &[u8], counter: u64) -> u32 {
    // HMAC accepts keys of any length; this cannot fail.
    let Ok(mut mac) = Hmac::<Sha1>::new_from_slice(secret) else { return 0 };
    mac.update(&counter.to_be_bytes());
    let digest = mac.finalize().into_bytes();
    let offset = usize::from(digest[19] & 0x0f);
    let binary =
        u32::from_be_bytes([digest[offset] & 0x7f, digest[offset + 1], digest[offset + 2], digest[offset + 3]]);
    binary % 10_u32.pow(DIGITS)
}

/// The code for `step`, zero-padded, as an app shows it.
pub fn code_at(secret: &[u8], step: i64) -> String {
    format!("{:0width$}", hotp(secret, u64::try_from(step).unwrap_or(0)), width = DIGITS as usize)
}

/// Whether `code` is shaped like a TOTP code (rather than a recovery code).
pub fn looks_like_code(code: &str) -> bool {
    code.len() == DIGITS as usize && code.bytes().all(|byte| byte.is_ascii_digit())
}

/// The step whose code `code` is, within the window around `now` and later than
/// `last_used` (a step already accepted is never accepted again).
pub fn verify(secret: &[u8], code: &str, now_millis: i64, last_used: Option<i64>) -> Option<i64> {
    if !looks_like_code(code) {
        return None;
    }
    let now = step_at(now_millis);
    (now - WINDOW..=now + WINDOW)
        .filter(|step| *step >= 0 && last_used.is_none_or(|last| *step > last))
        .find(|step| constant_time_eq(code_at(secret, *step).as_bytes(), code.as_bytes()))
}

fn constant_time_eq(left: &[u8], right: &[u8]) -> bool {
    left.len() == right.len() && left.iter().zip(right).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0
}

/// A new random secret.
pub fn new_secret() -> Result<Vec<u8>, RandomError> {
    let mut secret = vec![0u8; SECRET_BYTES];
    random_bytes(&mut secret)?;
    Ok(secret)
}

/// A secret as people type it into an app: base32, no padding.
pub fn encode_secret(secret: &[u8]) -> String {
    BASE32_NOPAD.encode(secret)
}

/// The secret from its base32 form (case, spaces and padding forgiven).
pub fn decode_secret(text: &str) -> Option<Vec<u8>> {
    let cleaned: String =
        text.chars().filter(|c| !c.is_whitespace() && *c != '=').map(|c| c.to_ascii_uppercase()).collect();
    BASE32_NOPAD.decode(cleaned.as_bytes()).ok()
}

/// The `otpauth://` URI authenticator apps read from the QR code.
pub fn otpauth_uri(issuer: &str, account: &str, secret: &[u8]) -> String {
    let issuer = percent_encode(issuer);
    let account = percent_encode(account);
    format!(
        "otpauth://totp/{issuer}:{account}?secret={}&issuer={issuer}&algorithm=SHA1&digits={DIGITS}&period={STEP_SECS}",
        encode_secret(secret)
    )
}

fn percent_encode(text: &str) -> String {
    text.bytes()
        .map(|byte| {
            if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
                char::from(byte).to_string()
            } else {
                format!("%{byte:02X}")
            }
        })
        .collect()
}

/// The QR code of `uri` as a standalone SVG document, drawn here.
pub fn qr_svg(uri: &str) -> Option<String> {
    let code = qrcode::QrCode::with_error_correction_level(uri.as_bytes(), qrcode::EcLevel::M).ok()?;
    Some(
        code.render::<qrcode::render::svg::Color<'_>>()
            .min_dimensions(200, 200)
            .quiet_zone(true)
            .dark_color(qrcode::render::svg::Color("#000000"))
            .light_color(qrcode::render::svg::Color("#ffffff"))
            .build(),
    )
}

/// New recovery codes: ten groups of 10 base32 letters and digits (50 bits each),
/// written `abcde-fghij`.
pub fn new_recovery_codes() -> Result<Vec<String>, RandomError> {
    (0..RECOVERY_CODES)
        .map(|_| {
            let mut bytes = [0u8; 7];
            random_bytes(&mut bytes)?;
            let letters = BASE32_NOPAD.encode(&bytes).to_ascii_lowercase();
            Ok(format!("{}-{}", &letters[..5], &letters[5..10]))
        })
        .collect()
}

/// A recovery code as stored and compared: lower case, no spaces or dashes.
pub fn normalise_recovery_code(code: &str) -> String {
    code.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238 Appendix B's SHA-1 secret ("12345678901234567890"), also RFC 4226's.
    const RFC_SECRET: &[u8] = b"12345678901234567890";

    #[test]
    fn rfc_4226_hotp_vectors() {
        let expected = [755224, 287082, 359152, 969429, 338314, 254676, 287922, 162583, 399871, 520489];
        for (counter, code) in expected.iter().enumerate() {
            assert_eq!(hotp(RFC_SECRET, counter as u64), *code, "counter {counter}");
        }
    }

    #[test]
    fn rfc_6238_sha1_vectors_in_six_digits() {
        // The RFC lists 8 digits; an app shows the last 6 (the same value mod 10^6).
        for (seconds, eight_digits) in [
            (59_i64, "94287082"),
            (1_111_111_109, "07081804"),
            (1_111_111_111, "14050471"),
            (1_234_567_890, "89005924"),
            (2_000_000_000, "69279037"),
            (20_000_000_000, "65353130"),
        ] {
            let step = step_at(seconds * 1000);
            assert_eq!(code_at(RFC_SECRET, step), eight_digits[2..], "T = {seconds}");
        }
    }

    #[test]
    fn a_code_is_accepted_one_step_either_side_and_never_twice() {
        let now = 1_111_111_109_000;
        let step = step_at(now);
        for offset in [-1, 0, 1] {
            let code = code_at(RFC_SECRET, step + offset);
            assert_eq!(verify(RFC_SECRET, &code, now, None), Some(step + offset));
            assert_eq!(verify(RFC_SECRET, &code, now, Some(step + offset)), None, "reused");
            assert_eq!(verify(RFC_SECRET, &code, now, Some(step + 5)), None, "older than the last used");
        }
        for offset in [-2, 2] {
            assert_eq!(verify(RFC_SECRET, &code_at(RFC_SECRET, step + offset), now, None), None);
        }
        assert_eq!(verify(RFC_SECRET, "12345", now, None), None);
        assert_eq!(verify(RFC_SECRET, "abcdef", now, None), None);
        assert_eq!(verify(b"another secret", &code_at(RFC_SECRET, step), now, None), None);
    }

    #[test]
    fn secrets_round_trip_through_base32_and_the_uri_names_them() {
        let secret = new_secret().unwrap();
        assert_eq!(secret.len(), 20);
        let text = encode_secret(&secret);
        assert_eq!(text.len(), 32);
        assert_eq!(decode_secret(&text.to_lowercase()), Some(secret.clone()));
        assert_eq!(decode_secret(&format!("{} {}", &text[..16], &text[16..])), Some(secret.clone()));
        assert_eq!(encode_secret(b"12345678901234567890"), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        let uri = otpauth_uri("Bridgeline", "ana maria", &secret);
        assert!(uri.starts_with("otpauth://totp/Bridgeline:ana%20maria?secret="), "{uri}");
        assert!(uri.ends_with("&issuer=Bridgeline&algorithm=SHA1&digits=6&period=30"), "{uri}");
        let svg = qr_svg(&uri).unwrap();
        assert!(svg.contains("<svg") && svg.contains("<path"), "{svg}");
    }

    #[test]
    fn recovery_codes_are_distinct_and_normalised_for_comparison() {
        let codes = new_recovery_codes().unwrap();
        assert_eq!(codes.len(), 10);
        let unique: std::collections::BTreeSet<_> = codes.iter().collect();
        assert_eq!(unique.len(), 10);
        for code in &codes {
            assert_eq!(code.len(), 11);
            assert_eq!(&code[5..6], "-");
            assert!(!looks_like_code(code));
            assert_eq!(normalise_recovery_code(&format!(" {} ", code.to_uppercase())), code.replace('-', ""));
        }
    }
}
