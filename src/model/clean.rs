//! Text as nestegg stores it. Every payee, note and name typed by a user or
//! read from a file passes through [`text`] before it is kept: line breaks
//! and tabs become a space, and every other character a terminal would obey
//! instead of show (`text::safe::is_unsafe`: C0, DEL, C1, the bidirectional
//! overrides and isolates) is dropped. [`field`] also holds each kind of
//! text to its limit, so one pasted or imported cell cannot grow the ledger
//! without bound. Pure.

use crate::text;

/// A kind of stored text, with its limit in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// A transaction's (or a recurring rule's) payee.
    Payee,
    /// A transaction's (or a recurring rule's) note.
    Note,
    /// The name of an account, a category, a goal, a scenario (and its
    /// city), a recurring rule or a saved mapping.
    Name,
}

/// The most characters a payee holds.
pub const PAYEE_MAX: usize = 200;
/// The most characters a note holds.
pub const NOTE_MAX: usize = 1_000;
/// The most characters a name holds.
pub const NAME_MAX: usize = 100;

impl Field {
    pub const fn limit(self) -> usize {
        match self {
            Field::Payee => PAYEE_MAX,
            Field::Note => NOTE_MAX,
            Field::Name => NAME_MAX,
        }
    }
}

/// Text longer than its field holds: nothing was written. Worded in
/// `text::errors` (the model holds no language).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TooLong {
    pub field: Field,
    /// How many characters it has (after cleaning).
    pub chars: usize,
}

/// Characters that end a line or space words: a space in their place keeps
/// the words apart (`美团\n外卖` is `美团 外卖`).
fn spaces_words(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\x0b' | '\x0c' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// `s` as it is stored: a run of line breaks and tabs becomes one space,
/// every other unsafe character is dropped, and spaces at either end go.
pub fn text(s: &str) -> String {
    let s = s.trim();
    if !s.chars().any(text::safe::is_unsafe) {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut spaced = false;
    for c in s.chars() {
        if spaces_words(c) {
            if !spaced {
                out.push(' ');
            }
            spaced = true;
        } else if !text::safe::is_unsafe(c) {
            out.push(c);
            spaced = false;
        }
    }
    out.trim().to_owned()
}

/// `s` cleaned ([`text`]) and held to `field`'s limit.
pub fn field(field: Field, s: &str) -> Result<String, TooLong> {
    let cleaned = text(s);
    let chars = cleaned.chars().count();
    if chars > field.limit() { Err(TooLong { field, chars }) } else { Ok(cleaned) }
}

/// [`field`] for an optional value (an edit that may leave it as it is).
pub fn optional(f: Field, s: Option<&str>) -> Result<Option<String>, TooLong> {
    s.map(|s| field(f, s)).transpose()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn escapes_and_line_breaks_do_not_survive() {
        assert_eq!(text("  美团外卖 "), "美团外卖");
        assert_eq!(text("\x1b[2K\x1b[1Ahidden"), "[2K[1Ahidden");
        assert_eq!(text("x\x1b]52;c;cm0gLXJmIH4=\x07y"), "x]52;c;cm0gLXJmIH4=y");
        assert_eq!(text("lunch\r\n2026-11-01  fake  -9999"), "lunch 2026-11-01  fake  -9999");
        assert_eq!(text("\u{202e}gnp.exe\u{202c}"), "gnp.exe");
        assert_eq!(text("a\u{9b}b\u{7f}c\u{2067}d\u{2069}"), "abcd");
        assert_eq!(text("\t美团\n\n外卖\t"), "美团 外卖");
        assert_eq!(text("\x1b"), "");
    }

    #[test]
    fn limits_count_characters_after_cleaning() {
        assert_eq!(field(Field::Payee, &"美".repeat(200)), Ok("美".repeat(200)));
        assert_eq!(field(Field::Payee, &"美".repeat(201)), Err(TooLong { field: Field::Payee, chars: 201 }));
        assert_eq!(field(Field::Note, &format!("{}\x1b", "n".repeat(1_000))), Ok("n".repeat(1_000)));
        assert_eq!(field(Field::Name, &"n".repeat(101)).unwrap_err().chars, 101);
        let e = text::in_lang(text::Lang::En, || TooLong { field: Field::Payee, chars: 201 }.to_string());
        assert!(e.contains("201") && e.contains("200"), "{e}");
    }

    /// Any character at all, with the dangerous ones drawn often.
    fn any_text() -> impl Strategy<Value = String> {
        let dangerous = prop::sample::select(vec![
            '\x1b', '\n', '\r', '\t', '\x07', '\0', '\x7f', '\u{85}', '\u{9b}', '\u{202a}', '\u{202e}', '\u{2066}',
            '\u{2069}', '\u{2028}', ' ', '美',
        ]);
        prop::collection::vec(prop_oneof![any::<char>(), dangerous], 0..40).prop_map(|cs| cs.into_iter().collect())
    }

    proptest! {
        #![proptest_config(crate::proptest_config(5_000))]

        #[test]
        fn cleaned_text_holds_nothing_a_terminal_obeys_and_cleaning_again_changes_nothing(s in any_text()) {
            let once = text(&s);
            prop_assert!(!once.chars().any(text::safe::is_unsafe), "{once:?}");
            prop_assert_eq!(text(&once), once.clone());
            prop_assert_eq!(once.trim(), once.as_str());
            // What was neither unsafe nor space is kept, in order.
            let kept = |t: &str| t.chars().filter(|c| !text::safe::is_unsafe(*c) && !c.is_whitespace()).collect::<String>();
            prop_assert_eq!(kept(&once), kept(&s));
        }
    }
}
