//! Beancount files: transactions (`YYYY-MM-DD *|!|txn ["payee"] "narration"`)
//! and their postings (`Assets:Bank  -12.00 CNY`), read into the same
//! entries as a ledger journal ([`super::journal`]). Pure; `include` is
//! refused. Left out: `open`, `close`, `commodity`, `balance`, `price`,
//! `note`, `document`, `event`, `query`, `custom` (nothing moved), `pad`
//! (an opening balance, with a reason), `option`, `plugin`, tag stacks,
//! metadata lines (`key: value`) and comments.

use super::journal::{Posting, Read, Txn, amount};
use super::{ImportError, Problem};
use crate::text::journal as words;

/// At most this many postings in one entry (a hostile file's bound).
const MAX_POSTINGS: usize = 1_000;

fn bad(line: usize, reason: impl Into<String>) -> Problem {
    Problem { line, reason: reason.into() }
}

/// A beancount date: `YYYY-MM-DD` (or with `/`).
fn date(s: &str) -> Option<chrono::NaiveDate> {
    let s = s.replace('/', "-");
    (s.len() == 10).then(|| chrono::NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok())?
}

/// The directive after a line's date: `*`, `!`, `txn`, `open`, …
fn directive(line: &str) -> Option<(chrono::NaiveDate, &str, &str)> {
    let (day, rest) = line.split_once([' ', '\t'])?;
    let d = date(day)?;
    let rest = rest.trim_start();
    let end = rest.find([' ', '\t']).unwrap_or(rest.len());
    Some((d, &rest[..end], rest[end..].trim_start()))
}

fn is_flag(word: &str) -> bool {
    matches!(word, "*" | "!" | "txn" | "P" | "#" | "%" | "&" | "?")
        || (word.len() == 1 && word.chars().all(|c| c.is_ascii_uppercase()))
}

/// Whether `text` reads as beancount: an `open` directive, an `option`
/// line, or a transaction whose flag is followed by a quoted string.
pub fn looks_like(text: &str) -> bool {
    text.trim_start_matches('\u{feff}').lines().take(2_000).any(|line| {
        if line.starts_with("option \"") || line.starts_with("plugin \"") {
            return true;
        }
        match directive(line) {
            Some((_, "open" | "close" | "balance" | "pad", _)) => true,
            Some((_, flag, rest)) => is_flag(flag) && rest.starts_with('"'),
            None => false,
        }
    })
}

/// The quoted strings of a transaction's head (`"payee" "narration"`),
/// with `\"` and `\\` read; tags and links after them are left.
fn strings(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == ';' {
            break;
        }
        if c != '"' {
            continue;
        }
        let mut one = String::new();
        while let Some(c) = chars.next() {
            match c {
                '\\' => one.extend(chars.next()),
                '"' => break,
                c => one.push(c),
            }
        }
        out.push(one);
    }
    out
}

/// Reads a beancount file.
pub fn read(text: &str) -> Result<Read, ImportError> {
    let lines: Vec<&str> = text.trim_start_matches('\u{feff}').lines().collect();
    let mut out = Read::default();
    let mut i = 0;
    while i < lines.len() {
        let (n, line) = (i + 1, lines[i].trim_end());
        i += 1;
        let mut block = Vec::new();
        while i < lines.len() && lines[i].starts_with([' ', '\t']) && !lines[i].trim().is_empty() {
            block.push((i + 1, lines[i].trim()));
            i += 1;
        }
        let word = line.split_whitespace().next().unwrap_or("");
        if line.is_empty() || line.starts_with([';', '*', '#', ' ', '\t']) {
            continue;
        }
        if word == "include" {
            return Err(ImportError::WrongPreset(words::include(line)));
        }
        let Some((day, flag, rest)) = directive(line) else {
            if !matches!(word, "option" | "plugin" | "pushtag" | "poptag" | "pushmeta" | "popmeta") {
                out.skipped.push(bad(n, words::not_understood(&crate::text::names::shown(word))));
            }
            continue;
        };
        match flag {
            "open" | "close" | "commodity" | "balance" | "price" | "note" | "document" | "event" | "query"
            | "custom" => {}
            "pad" => out.skipped.push(bad(n, words::pad(rest.split_whitespace().next().unwrap_or("")))),
            f if is_flag(f) => match txn(n, day, rest, &block) {
                Ok(t) => out.txns.push(t),
                Err(p) => out.invalid.push(p),
            },
            other => out.skipped.push(bad(n, words::not_understood(&crate::text::names::shown(other)))),
        }
    }
    Ok(out)
}

fn txn(n: usize, date: chrono::NaiveDate, head: &str, block: &[(usize, &str)]) -> Result<Txn, Problem> {
    let s = strings(head);
    let (description, note) = match &s[..] {
        [] => (String::new(), String::new()),
        [narration] => (narration.clone(), String::new()),
        [payee, narration, ..] if payee.is_empty() => (narration.clone(), String::new()),
        [payee, narration, ..] => (payee.clone(), narration.clone()),
    };
    let mut postings = Vec::new();
    for &(line, text) in block {
        if text.starts_with(';') || is_metadata(text) {
            continue;
        }
        if postings.len() >= MAX_POSTINGS {
            return Err(bad(n, words::too_many_postings(MAX_POSTINGS)));
        }
        let text = text.strip_prefix(['*', '!']).map_or(text, str::trim_start);
        let (body, comment) = text.split_once(';').map_or((text, ""), |(b, c)| (b, c.trim()));
        let end = body.find([' ', '\t']).unwrap_or(body.len());
        let (account, rest) = (&body[..end], body[end..].trim());
        let amount = if rest.is_empty() { None } else { Some(amount(rest).map_err(|e| bad(line, e))?) };
        postings.push(Posting {
            line,
            account: account.to_owned(),
            amount,
            balance: None,
            note: comment.to_owned(),
            tags: Vec::new(),
        });
    }
    Ok(Txn { line: n, date, description, note, tags: Vec::new(), postings })
}

/// `key: value` under a directive (keys start with a lower-case letter; accounts with a capital).
fn is_metadata(text: &str) -> bool {
    let key = text.split([' ', '\t']).next().unwrap_or("");
    key.ends_with(':') && key.starts_with(|c: char| c.is_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::journal::{Amount, entries};
    use crate::money::Currency;

    #[test]
    fn a_beancount_file_reads_into_entries() {
        let text = r#"option "operating_currency" "CNY"
2026-01-01 open Assets:Bank:ICBC CNY
2026-01-01 pad Assets:Bank:ICBC Equity:Opening-Balances
2026-01-02 balance Assets:Bank:ICBC 1000.00 CNY
2026-01-05 * "美团外卖" "午饭 \"加班\"" #food
  id: "abc"
  Assets:Bank:ICBC   -35.50 CNY
  Expenses:Food:Dining
2026-01-06 ! "Rent"
  Expenses:Housing:Rent  2,000.00 CNY ; January
  Assets:Bank:ICBC
2026-01-07 price USD 7.10 CNY
"#;
        assert!(looks_like(text));
        let r = read(text).unwrap();
        assert_eq!(r.txns.len(), 2);
        let t = &r.txns[0];
        assert_eq!((t.description.as_str(), t.note.as_str()), ("美团外卖", "午饭 \"加班\""));
        assert_eq!(t.postings[0].amount, Some(Amount { minor: -3550, currency: Some(Currency::CNY) }));
        assert_eq!(r.skipped.len(), 1, "{:?}", r.skipped);
        let (e, invalid, skipped) = entries(r);
        assert!(invalid.is_empty(), "{invalid:?}");
        assert_eq!(skipped.len(), 1);
        let got: Vec<(i64, &str, &str)> =
            e.iter().map(|e| (e.amount, e.account.as_deref().unwrap(), e.category.as_deref().unwrap())).collect();
        assert_eq!(
            got,
            [
                (-3550, "Assets:Bank:ICBC", "Expenses:Food:Dining"),
                (-200_000, "Assets:Bank:ICBC", "Expenses:Housing:Rent")
            ]
        );
        assert_eq!(e[1].note, "January");
    }

    #[test]
    fn include_and_costs_are_refused() {
        assert!(read("include \"other.beancount\"\n").is_err());
        let r = read("2026-01-05 * \"Broker\"\n  Assets:Stock  10 AAPL {150.00 USD}\n  Assets:Cash\n").unwrap();
        assert_eq!(r.invalid.len(), 1);
        assert!(!looks_like("2026-01-05,-35.50,美团\n"));
    }
}
