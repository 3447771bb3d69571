//! Text from the ledger or a file as a terminal may show it. A payee, a
//! note or a name can hold characters a terminal obeys instead of showing:
//! control characters (C0, DEL and C1: ESC starts sequences that move the
//! cursor, set the window title or write the clipboard; a line break adds a
//! line that looks like a row) and the bidirectional embeddings, overrides
//! and isolates (U+202A–U+202E, U+2066–U+2069), which reorder what follows
//! on screen. nestegg cleans them out before it stores anything
//! (`model::clean`); what an older ledger still holds is written here as
//! visible escapes (`\e`, `\n`, `\u{202e}`) wherever it meets a reader: the
//! command line's tables and messages, and the interface's cells. Data
//! formats (CSV, JSON, the journal) carry the text as it is.

use std::borrow::Cow;

/// Whether `c` must never reach a terminal as it is: a control character
/// (C0, DEL, C1), a line or paragraph separator, or a bidirectional
/// embedding, override or isolate.
pub fn is_unsafe(c: char) -> bool {
    c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// One character as a visible escape.
fn escape(c: char, out: &mut String) {
    match c {
        '\x1b' => out.push_str("\\e"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        '\0' => out.push_str("\\0"),
        c => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
    }
}

/// `s` with every unsafe character written as a visible escape; text
/// without one comes back as it is (and is not copied).
pub fn escaped(s: &str) -> Cow<'_, str> {
    escaped_but(s, |_| false)
}

/// [`escaped`], keeping line breaks: for messages of several lines that we
/// word ourselves (an error listing a file's bad rows), where a value in
/// them has already been through [`escaped`] or cleaning.
pub fn escaped_lines(s: &str) -> Cow<'_, str> {
    escaped_but(s, |c| c == '\n')
}

fn escaped_but(s: &str, keep: impl Fn(char) -> bool) -> Cow<'_, str> {
    if !s.chars().any(|c| is_unsafe(c) && !keep(c)) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_unsafe(c) && !keep(c) { escape(c, &mut out) } else { out.push(c) }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_a_terminal_would_obey_is_shown_as_escapes() {
        assert_eq!(escaped("美团外卖"), "美团外卖");
        assert!(matches!(escaped("plain"), Cow::Borrowed(_)));
        assert_eq!(escaped("a\x1b[2Kb"), "a\\e[2Kb");
        assert_eq!(escaped("x\x1b]52;c;cm0gLXJmIH4=\x07"), "x\\e]52;c;cm0gLXJmIH4=\\u{7}");
        assert_eq!(escaped("lunch\n2026-11-01  fake"), "lunch\\n2026-11-01  fake");
        assert_eq!(escaped("\u{202e}gnp.exe"), "\\u{202e}gnp.exe");
        assert_eq!(escaped("a\u{9b}31mb\u{7f}"), "a\\u{9b}31mb\\u{7f}");
        assert_eq!(escaped("\t\r\0\u{2066}\u{2069}"), "\\t\\r\\0\\u{2066}\\u{2069}");
        assert_eq!(escaped_lines("line 3: \x1b[8m\nline 4"), "line 3: \\e[8m\nline 4");
    }

    #[test]
    fn chinese_punctuation_and_other_marks_are_text() {
        for c in ['，', '·', '…', '\u{3000}', '\u{200d}', '€', '¥', ' '] {
            assert!(!is_unsafe(c), "{c:?}");
        }
    }
}
