//! Return codes: what a child keeps to come back to their case without saying who they
//! are. Pure logic (no I/O); the server keeps only a keyed hash of each code.
//!
//! A code is twelve digits, shown in three groups of four (`4827 1930 5562`): digits
//! read aloud in any language, copy by hand without look-alike letters, and type on any
//! phone keypad. The last digit is a Damm check digit, so a mistyped digit or two
//! swapped neighbours are caught before the code is even tried (and cost the child no
//! attempt). The other eleven are random: 10^11 codes, which the throttle on wrong
//! codes puts far out of reach of guessing.
//!
//! Children type digits in their own script: Arabic-Indic, Persian (Extended
//! Arabic-Indic), Bengali and Devanagari digits are read as the same digits, and
//! spaces, dashes and dots between them are ignored.

use hmac::{Hmac, Mac};
use sha2::Sha256;

/// Digits in a code, the check digit included.
pub const DIGITS: usize = 12;

/// A code as the child keeps it: twelve ASCII digits, the last one the check digit.
#[derive(Clone, PartialEq, Eq)]
pub struct ReturnCode(String);

/// Why a typed code is not one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CodeError {
    #[error("a return code has twelve digits")]
    Length,
    #[error("a return code holds only digits (and spaces or dashes between them)")]
    NotADigit,
    #[error("the check digit does not match: a digit is mistyped")]
    Check,
}

impl std::fmt::Debug for ReturnCode {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // A code is a secret: it never reaches a log through `{:?}`.
        formatter.write_str("ReturnCode(…)")
    }
}

impl ReturnCode {
    /// A new code from `random` bytes (at least 11; each byte gives one digit, by
    /// rejection of the values that would favour low digits, so callers pass a few
    /// spare bytes: see [`ReturnCode::RANDOM_BYTES`]). `None` when the bytes ran out.
    pub fn from_random(random: &[u8]) -> Option<Self> {
        let mut digits: Vec<u8> =
            random.iter().filter(|byte| **byte < 250).map(|byte| byte % 10).take(DIGITS - 1).collect();
        if digits.len() < DIGITS - 1 {
            return None;
        }
        digits.push(damm_check(&digits));
        Some(Self(digits.iter().map(|digit| char::from(b'0' + digit)).collect()))
    }

    /// Random bytes enough for a code in all but one case in 10^40.
    pub const RANDOM_BYTES: usize = 48;

    /// Reads a code as a child typed it, in any of the digit scripts we serve.
    pub fn parse(typed: &str) -> Result<Self, CodeError> {
        let mut digits = Vec::with_capacity(DIGITS);
        for character in typed.chars() {
            if matches!(character, ' ' | '-' | '.' | '\u{a0}' | '\u{202f}' | '\u{2009}') {
                continue;
            }
            let digit = digit_value(character).ok_or(CodeError::NotADigit)?;
            if digits.len() == DIGITS {
                return Err(CodeError::Length);
            }
            digits.push(digit);
        }
        if digits.len() != DIGITS {
            return Err(CodeError::Length);
        }
        if damm_check(&digits) != 0 {
            return Err(CodeError::Check);
        }
        Ok(Self(digits.iter().map(|digit| char::from(b'0' + digit)).collect()))
    }

    /// As shown to the child: three groups of four digits.
    pub fn display(&self) -> String {
        let mut shown = String::with_capacity(DIGITS + 2);
        for (index, digit) in self.0.chars().enumerate() {
            if index > 0 && index % 4 == 0 {
                shown.push(' ');
            }
            shown.push(digit);
        }
        shown
    }

    /// What the server stores: HMAC-SHA256 of the code under the server's key, in hex.
    /// Without the key, a copy of the database does not let anyone try codes offline.
    pub fn keyed_hash(&self, key: &[u8]) -> String {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key).expect("HMAC takes a key of any length");
        mac.update(b"bridgeline return code v1\0");
        mac.update(self.0.as_bytes());
        mac.finalize().into_bytes().iter().map(|byte| format!("{byte:02x}")).collect()
    }
}

/// The value of a decimal digit in the scripts children type codes in.
fn digit_value(character: char) -> Option<u8> {
    const ZEROS: [u32; 5] = [
        0x30,  // ASCII
        0x660, // Arabic-Indic
        0x6F0, // Extended Arabic-Indic (Persian, Urdu, Pashto)
        0x9E6, // Bengali
        0x966, // Devanagari
    ];
    let code = u32::from(character);
    ZEROS.iter().find_map(|zero| (*zero..zero + 10).contains(&code).then(|| (code - zero) as u8))
}

/// The Damm algorithm's quasigroup (order 10, weakly totally anti-symmetric): it
/// catches every single-digit error and every swap of adjacent digits.
const DAMM: [[u8; 10]; 10] = [
    [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
    [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
    [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
    [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
    [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
    [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
    [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
    [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
    [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
    [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];

/// The Damm interim digit of `digits`: the check digit to append to them, or 0 when
/// they end with a correct check digit.
fn damm_check(digits: &[u8]) -> u8 {
    digits.iter().fold(0, |interim, digit| DAMM[usize::from(interim)][usize::from(*digit % 10)])
}

#[cfg(test)]
mod tests;
