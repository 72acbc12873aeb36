//! What chat text may hold, and how to show what it holds.
//!
//! Two kinds of invisible characters can deceive a reader:
//!
//! - **Control characters** (C0 but newline and tab, DEL, C1) have no place in a chat
//!   message: a NUL cuts strings short in other programs, a carriage return or an
//!   escape sequence rewrites a log or a terminal line. They are refused
//!   ([`forbidden_control`], [`crate::ErrorCode::ControlCharacter`]).
//! - **Bidirectional controls** (embeddings, overrides and isolates, U+202A–U+202E and
//!   U+2066–U+2069) are real text: a child writing Arabic with English in it may use
//!   them. They are kept as sent. But U+202E turns `gnp.exe` into what looks like
//!   `exe.png`, so the console shows each one as a visible mark in its place and never
//!   applies it ([`pieces`]): a counsellor sees exactly what the child wrote.

/// The character that makes `text` unfit for a message, if any: a C0 control other
/// than newline (U+000A) and tab (U+0009), so carriage return too; DEL (U+007F); or a
/// C1 control (U+0080–U+009F).
pub fn forbidden_control(text: &str) -> Option<char> {
    // Exactly the Unicode category Cc, written out: `char::is_control` would bring a
    // Unicode table into the child's page for the same 65 code points.
    text.chars().find(|&character| matches!(character, '\0'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}'))
}

/// The bidirectional formatting characters that change the order of what follows them
/// (the marks U+200E, U+200F and U+061C only give a direction to neutral characters
/// next to them, and are left alone).
pub const BIDI_CONTROLS: [(char, &str); 9] = [
    ('\u{202A}', "LRE"),
    ('\u{202B}', "RLE"),
    ('\u{202C}', "PDF"),
    ('\u{202D}', "LRO"),
    ('\u{202E}', "RLO"),
    ('\u{2066}', "LRI"),
    ('\u{2067}', "RLI"),
    ('\u{2068}', "FSI"),
    ('\u{2069}', "PDI"),
];

/// The Unicode abbreviation of a bidirectional control (`RLO` for U+202E), or `None`
/// for any other character.
pub fn bidi_control_name(character: char) -> Option<&'static str> {
    BIDI_CONTROLS.iter().find(|(control, _)| *control == character).map(|(_, name)| *name)
}

/// A run of a message's text, as the console draws it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Text shown as it is.
    Plain(&'a str),
    /// A bidirectional control, shown as a mark (its name and code point) instead of
    /// being applied.
    BidiControl { character: char, name: &'static str },
}

/// Splits `text` into plain runs and bidirectional controls, in order; joined again
/// they give back `text`.
pub fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut pieces = Vec::new();
    let mut start = 0;
    for (at, character) in text.char_indices() {
        if let Some(name) = bidi_control_name(character) {
            if start < at {
                pieces.push(Piece::Plain(&text[start..at]));
            }
            pieces.push(Piece::BidiControl { character, name });
            start = at + character.len_utf8();
        }
    }
    if start < text.len() {
        pieces.push(Piece::Plain(&text[start..]));
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_newline_and_tab_among_controls_are_allowed() {
        assert_eq!(forbidden_control("two\nlines\tand a tab"), None);
        assert_eq!(forbidden_control("مرحبا \u{202E}gnp.exe"), None, "bidi controls are text");
        assert_eq!(forbidden_control("nul\0here"), Some('\0'));
        assert_eq!(forbidden_control("windows\r\n"), Some('\r'));
        assert_eq!(forbidden_control("\u{1b}[2J"), Some('\u{1b}'));
        assert_eq!(forbidden_control("del\u{7f}"), Some('\u{7f}'));
        assert_eq!(forbidden_control("c1\u{85}"), Some('\u{85}'));
        assert_eq!(forbidden_control("\u{a0}no-break space is fine"), None);
        for character in '\0'..='\u{a0}' {
            let refused = forbidden_control(&character.to_string()).is_some();
            assert_eq!(refused, character.is_control() && !matches!(character, '\n' | '\t'), "{character:?}");
        }
    }

    #[test]
    fn pieces_mark_each_bidi_control_in_place() {
        assert_eq!(
            pieces("photo\u{202E}gnp.exe"),
            [Piece::Plain("photo"), Piece::BidiControl { character: '\u{202E}', name: "RLO" }, Piece::Plain("gnp.exe")]
        );
        assert_eq!(
            pieces("\u{2067}\u{2069}"),
            [
                Piece::BidiControl { character: '\u{2067}', name: "RLI" },
                Piece::BidiControl { character: '\u{2069}', name: "PDI" }
            ]
        );
        assert_eq!(pieces("plain"), [Piece::Plain("plain")]);
        assert_eq!(pieces(""), []);
        // The marks U+200F and U+061C are not controls of this kind.
        assert_eq!(pieces("a\u{200F}b"), [Piece::Plain("a\u{200F}b")]);
    }

    proptest::proptest! {
        #[test]
        fn pieces_join_back_into_the_text(text in "\\PC*|[a\u{202A}-\u{202E}\u{2066}-\u{2069}b]*") {
            let joined: String = pieces(&text)
                .into_iter()
                .map(|piece| match piece {
                    Piece::Plain(run) => run.to_owned(),
                    Piece::BidiControl { character, .. } => character.to_string(),
                })
                .collect();
            proptest::prop_assert_eq!(joined, text);
        }
    }
}
