//! Plain-text accounting journals (hledger, ledger-cli, and what nestegg's
//! own `export --format ledger` writes): the subset real files use, read
//! into dated entries of postings, then into import entries that name the
//! journal's accounts (`account_map` turns those into nestegg's names).
//! Pure: text in, entries out; no file is opened (`include` is refused).
//!
//! Read: transactions (`DATE[=DATE2] [*|!] [(CODE)] DESCRIPTION [; note]`)
//! with two or more indented postings, one of which may leave its amount
//! out; amounts with a commodity before or after (`¥1,234.56`, `CNY 12.00`,
//! `12.00 CNY`, `$5`); comments (`;`, `#`, `*` at the start of a line,
//! `comment … end comment` blocks); tags in comments (`; trip:, food:`,
//! hledger's `name:value`, the value left: [`tags_in`]) on the entry's
//! rows; `alias OLD = NEW`; `Y`/`year`. Left out
//! with a reason: automated (`=`) and periodic (`~`) transactions,
//! unknown directives, entries against `equity:` (opening balances,
//! valuations, adjustments: nestegg keeps those on the account) and
//! balance assertions (`= X`: nestegg keeps its own balances). Price lines
//! (`P`) and declarations (`commodity`, `account`, …) say nothing to import.

use chrono::NaiveDate;

use super::{Direction, Entry, ImportError, Parsed, Preset, Problem};
use crate::model::Tags;
use crate::money::{Currency, parse_minor};
use crate::text::journal as words;

/// At most this many postings in one entry (a hostile file's bound).
const MAX_POSTINGS: usize = 1_000;

/// An amount as written: minor units, and its currency when it names one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Amount {
    pub minor: i64,
    pub currency: Option<Currency>,
}

/// One posting of an entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Posting {
    pub line: usize,
    pub account: String,
    /// `None`: left out, for the entry to balance (or a balance assignment).
    pub amount: Option<Amount>,
    /// The balance it asserts or assigns (`= X`), when it does.
    pub balance: Option<Amount>,
    /// Its own comment.
    pub note: String,
    /// The tags its comment names ([`tags_in`]).
    pub tags: Vec<String>,
}

/// One dated entry of a journal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Txn {
    pub line: usize,
    pub date: NaiveDate,
    pub description: String,
    pub note: String,
    /// The tags its own comments name: the head line's and the comment
    /// lines before its first posting ([`tags_in`]).
    pub tags: Vec<String>,
    pub postings: Vec<Posting>,
}

/// A journal read: its entries, lines that cannot be read, lines left out.
#[derive(Debug, Default)]
pub struct Read {
    pub txns: Vec<Txn>,
    pub invalid: Vec<Problem>,
    pub skipped: Vec<Problem>,
}

fn bad(line: usize, reason: impl Into<String>) -> Problem {
    Problem { line, reason: reason.into() }
}

/// The currency a commodity names (`¥`, `CNY`, `$`, `RMB`…); `None` for none written.
pub fn commodity(sym: &str) -> Result<Option<Currency>, String> {
    let sym = sym.trim().trim_matches('"');
    if sym.is_empty() {
        return Ok(None);
    }
    let named = match sym {
        "¥" | "￥" | "RMB" | "元" => Some(Currency::CNY),
        "$" | "US$" => Some(Currency::USD),
        _ => Currency::from_code(sym)
            .ok()
            .or_else(|| Currency::all().iter().copied().find(|c| c.symbol().trim_end() == sym)),
    };
    named.map(Some).ok_or_else(|| words::not_a_currency(sym))
}

fn number_char(c: char) -> bool {
    c.is_ascii_digit() || c == ',' || c == '.'
}

/// An amount with its commodity before or after, the sign on either side
/// (`-¥12.50`, `¥-12.50`, `CNY -12.00`, `-12.00 CNY`, `12 "ABC 1"`).
pub fn amount(text: &str) -> Result<Amount, String> {
    let wrong = || words::bad_amount(text.trim());
    let s = text.trim();
    if s.contains(['@', '{']) {
        return Err(words::with_cost(s));
    }
    if s.starts_with('(') {
        return Err(words::expression(s));
    }
    let (neg1, s) = sign(s);
    let (number, sym, neg2);
    if s.starts_with(|c: char| c.is_ascii_digit() || c == '.') {
        let end = s.find(|c: char| !number_char(c)).unwrap_or(s.len());
        number = &s[..end];
        sym = s[end..].trim();
        neg2 = false;
    } else {
        let end = if let Some(quoted) = s.strip_prefix('"') {
            quoted.find('"').map_or(s.len(), |i| i + 2)
        } else {
            s.find(|c: char| c.is_ascii_digit() || c == '-' || c == '+' || c.is_whitespace() || c == '.')
                .unwrap_or(s.len())
        };
        sym = &s[..end];
        let (n, rest) = sign(s[end..].trim_start());
        neg2 = n;
        number = rest.trim();
    }
    if number.is_empty() || !number.chars().all(number_char) || (neg1 && neg2) {
        return Err(wrong());
    }
    let currency = commodity(sym)?;
    let exponent = currency.map_or(2, |c| c.exponent());
    let minor = parse_minor(number, exponent).map_err(|_| wrong())?;
    Ok(Amount { minor: if neg1 || neg2 { -minor } else { minor }, currency })
}

fn sign(s: &str) -> (bool, &str) {
    match s.strip_prefix('-') {
        Some(rest) => (true, rest.trim_start()),
        None => (false, s.strip_prefix('+').map_or(s, str::trim_start)),
    }
}

/// A date as the tools write it: `2026-01-31`, `2026/1/31`, `2026.01.31`,
/// or `1/31` after a `Y 2026` directive.
fn date(text: &str, year: Option<i32>) -> Option<NaiveDate> {
    fn num(s: &str) -> Option<u32> {
        if s.is_empty() || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        s.parse().ok()
    }
    let parts: Vec<&str> = text.split(['-', '/', '.']).collect();
    match parts[..] {
        [y, m, d] if y.len() == 4 => NaiveDate::from_ymd_opt(i32::try_from(num(y)?).ok()?, num(m)?, num(d)?),
        [m, d] => NaiveDate::from_ymd_opt(year?, num(m)?, num(d)?),
        _ => None,
    }
}

/// Splits text at its first `;` (a comment): (before, comment).
fn comment(s: &str) -> (&str, &str) {
    match s.split_once(';') {
        Some((a, c)) => (a.trim_end(), c.trim()),
        None => (s.trim_end(), ""),
    }
}

fn indented(line: &str) -> bool {
    line.starts_with([' ', '\t'])
}

/// Reads a ledger-cli / hledger journal.
pub fn read(text: &str) -> Result<Read, ImportError> {
    let lines: Vec<&str> = text.trim_start_matches('\u{feff}').lines().collect();
    let mut out = Read::default();
    let mut year = None;
    let mut aliases: Vec<(String, String)> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let (n, line) = (i + 1, lines[i].trim_end());
        i += 1;
        // The indented lines under this one (postings, sub-directives, comments).
        let mut block = Vec::new();
        while i < lines.len() && indented(lines[i]) && !lines[i].trim().is_empty() {
            block.push((i + 1, lines[i].trim()));
            i += 1;
        }
        let word = line.split_whitespace().next().unwrap_or("");
        match line.chars().next() {
            None => {}
            Some(';' | '#' | '%' | '|' | '*') => {}
            Some(c) if c.is_whitespace() => {}
            Some(c) if c.is_ascii_digit() => match txn(n, line, &block, year, &aliases) {
                Ok(t) => out.txns.push(t),
                Err(p) => out.invalid.push(p),
            },
            Some('=') => out.skipped.push(bad(n, words::automated())),
            Some('~') => out.skipped.push(bad(n, words::periodic())),
            _ => match word {
                "include" | "!include" => return Err(ImportError::WrongPreset(words::include(line))),
                "comment" | "test" => {
                    while i < lines.len() && !lines[i].trim_start().starts_with("end") {
                        i += 1;
                    }
                    i += 1;
                }
                "Y" | "year" => year = line.split_whitespace().last().and_then(|y| y.parse().ok()),
                "apply" if line.split_whitespace().nth(1) == Some("year") => {
                    year = line.split_whitespace().last().and_then(|y| y.parse().ok())
                }
                _ if word.len() > 1 && word.starts_with('Y') && word[1..].parse::<i32>().is_ok() => {
                    year = word[1..].parse().ok()
                }
                "alias" => match line["alias".len()..].split_once('=') {
                    Some((from, to)) if !from.trim().starts_with('/') => {
                        aliases.push((from.trim().to_owned(), to.trim().to_owned()))
                    }
                    _ => return Err(ImportError::WrongPreset(words::alias_regex(line))),
                },
                "end" if line.contains("aliases") => aliases.clear(),
                "P" | "commodity" | "account" | "payee" | "tag" | "D" | "decimal-mark" | "N" | "C" | "A" | "end"
                | "bucket" | "define" | "def" | "assert" | "check" | "expr" | "value" => {}
                _ => out.skipped.push(bad(n, words::not_understood(&crate::text::names::shown(word)))),
            },
        }
    }
    Ok(out)
}

/// An entry: its head line and its indented lines.
fn txn(
    n: usize,
    head: &str,
    block: &[(usize, &str)],
    year: Option<i32>,
    aliases: &[(String, String)],
) -> Result<Txn, Problem> {
    let (day, rest) = head.split_once([' ', '\t']).unwrap_or((head, ""));
    // A secondary date (`=DATE2`) says when it cleared; the first is the day.
    let day = day.split('=').next().unwrap_or(day);
    let date = date(day, year).ok_or_else(|| bad(n, words::bad_date(day)))?;
    let mut rest = rest.trim_start();
    if let Some(r) = rest.strip_prefix(['*', '!']) {
        rest = r.trim_start();
    }
    if rest.starts_with('(') {
        if let Some(end) = rest.find(')') {
            rest = rest[end + 1..].trim_start();
        }
    }
    let (description, note) = comment(rest);
    let mut tags = tags_in(note);
    // hledger's `payee | note` description.
    let (description, note) = match description.split_once(" | ") {
        Some((payee, more)) if note.is_empty() => (payee.trim().to_owned(), more.trim().to_owned()),
        Some((payee, more)) => (payee.trim().to_owned(), format!("{}; {note}", more.trim())),
        None => (description.trim().to_owned(), note.to_owned()),
    };
    let mut postings = Vec::new();
    for &(line, text) in block {
        if let Some(c) = text.strip_prefix([';', '#']) {
            // A comment line before the first posting is the entry's own.
            if postings.is_empty() {
                tags.extend(tags_in(c));
            }
            continue;
        }
        if postings.len() >= MAX_POSTINGS {
            return Err(bad(n, words::too_many_postings(MAX_POSTINGS)));
        }
        if let Some(p) = posting(line, text, aliases)? {
            postings.push(p);
        }
    }
    Ok(Txn { line: n, date, description, note, tags, postings })
}

/// The tags a comment names, as hledger reads them: a word (no spaces,
/// commas or colons) right before a `:`, its value (left here: nestegg's
/// tags have none) running to the next comma. `; trip:, food:` (as
/// nestegg writes them) and `; 旅行:, city:Tokyo` name two each. A word
/// of digits alone is a time (`12:30`), not a tag.
pub fn tags_in(comment: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in comment.split(',') {
        let Some((before, _value)) = part.split_once(':') else { continue };
        let name = before.rsplit(char::is_whitespace).next().unwrap_or("");
        if !name.is_empty() && !name.chars().all(|c| c.is_ascii_digit()) {
            out.push(name.to_owned());
        }
    }
    out
}

/// One posting line; `None` for a virtual posting in parentheses (it balances nothing).
fn posting(line: usize, text: &str, aliases: &[(String, String)]) -> Result<Option<Posting>, Problem> {
    let text = text.strip_prefix(['*', '!']).map_or(text, str::trim_start);
    let (body, note) = comment(text);
    let end = body.find("  ").into_iter().chain(body.find('\t')).min().unwrap_or(body.len());
    let (account, rest) = (body[..end].trim(), body[end..].trim());
    if account.starts_with('(') && account.ends_with(')') {
        return Ok(None);
    }
    let account = account.trim_start_matches('[').trim_end_matches(']');
    let account = aliases
        .iter()
        .find_map(|(from, to)| match account.strip_prefix(from.as_str()) {
            Some("") => Some(to.clone()),
            Some(sub) if sub.starts_with(':') => Some(format!("{to}{sub}")),
            _ => None,
        })
        .unwrap_or_else(|| account.to_owned());
    let (amount_text, balance_text) = match rest.split_once('=') {
        Some((a, b)) => (a.trim(), Some(b.trim().trim_start_matches(['=', '*']).trim())),
        None => (rest, None),
    };
    let read = |s: &str| amount(s).map_err(|e| bad(line, e));
    let amount = if amount_text.is_empty() { None } else { Some(read(amount_text)?) };
    let balance = balance_text.map(read).transpose()?;
    Ok(Some(Posting { line, account, amount, balance, note: note.to_owned(), tags: tags_in(note) }))
}

/// Where a journal account sits, by its top segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Root {
    /// Assets or liabilities: one of nestegg's accounts.
    Own,
    Income,
    Expenses,
    Equity,
}

pub fn root(account: &str) -> Option<Root> {
    let top = account.split(':').next().unwrap_or("").trim().to_lowercase();
    match top.as_str() {
        "assets" | "asset" | "liabilities" | "liability" => Some(Root::Own),
        "income" | "revenue" | "revenues" => Some(Root::Income),
        "expenses" | "expense" => Some(Root::Expenses),
        "equity" => Some(Root::Equity),
        _ => None,
    }
}

/// Every entry as import entries that name the journal's accounts (the
/// account in `account`, the income or expense account in `category`):
/// an account against income or expenses is one row per category
/// posting (or per account posting, when one category meets several
/// accounts); two accounts are a transfer (two legs).
pub fn entries(read: Read) -> super::presets::Read {
    let (mut out, mut invalid, mut skipped) = (Vec::new(), read.invalid, read.skipped);
    let mut assertions = None;
    for t in read.txns {
        if assertions.is_none() && t.postings.iter().any(|p| p.balance.is_some() && p.amount.is_some()) {
            assertions = Some(t.line);
        }
        match rows(&t) {
            Ok(rows) => out.extend(rows),
            Err(Left::Invalid(p)) => invalid.push(p),
            Err(Left::Skipped(p)) => skipped.push(p),
        }
    }
    if let Some(line) = assertions {
        skipped.push(bad(line, words::assertions_unchecked()));
    }
    skipped.sort_by_key(|p| p.line);
    invalid.sort_by_key(|p| p.line);
    (out, invalid, skipped)
}

enum Left {
    Invalid(Problem),
    Skipped(Problem),
}

fn rows(t: &Txn) -> Result<Vec<Entry>, Left> {
    let invalid = |reason: String| Left::Invalid(bad(t.line, reason));
    let mut roots = Vec::with_capacity(t.postings.len());
    for p in &t.postings {
        roots.push(root(&p.account).ok_or_else(|| invalid(words::unknown_root(&p.account)))?);
    }
    if let Some(i) = roots.iter().position(|r| *r == Root::Equity) {
        let own = t.postings.iter().zip(&roots).find(|(_, r)| **r == Root::Own).map(|(p, _)| p);
        let balance = own.and_then(|p| p.balance.or(p.amount)).map(show);
        let reason =
            words::equity(&t.postings[i].account, own.map_or("", |p| p.account.as_str()), &balance.unwrap_or_default());
        return Err(Left::Skipped(bad(t.line, reason)));
    }
    let amounts = balanced(t).map_err(invalid)?;
    let own: Vec<usize> = (0..roots.len()).filter(|i| roots[*i] == Root::Own).collect();
    let cats: Vec<usize> = (0..roots.len()).filter(|i| roots[*i] != Root::Own).collect();
    let when = t.date.to_string();
    let entry = |own: usize, cat: Option<usize>, minor: i64, direction: Direction| {
        let o = &t.postings[own];
        let other = cat.map_or("", |c| t.postings[c].account.as_str());
        let line = cat.map_or(o.line, |c| t.postings[c].line);
        let mut e = Entry::new(line, t.date, &when, minor, direction);
        e.payee = t.description.clone();
        let note = cat.map(|c| &t.postings[c].note).filter(|n| !n.is_empty());
        e.note = note.unwrap_or(&t.note).clone();
        e.account = Some(o.account.clone());
        e.category = cat.map(|c| t.postings[c].account.clone());
        e.currency = amounts[own].currency.map(|c| c.code().to_owned());
        e.source_id = Some(format!("{}|{other}|{}", o.account, t.description));
        // The entry's tags and both postings' (a transfer's legs share them).
        let posted = [Some(own), cat].into_iter().flatten().flat_map(|i| &t.postings[i].tags);
        e.tags = Tags::from_words(t.tags.iter().chain(posted).map(String::as_str)).map_err(|e| e.to_string())?;
        Ok(e)
    };
    let direction = |cat: usize, minor: i64| match (roots[cat], minor < 0) {
        (Root::Income, _) => Direction::In,
        (_, true) => Direction::Out,
        (_, false) => Direction::Refund,
    };
    match (own.len(), cats.len()) {
        (0, _) => Err(Left::Skipped(bad(t.line, words::no_own_account()))),
        (2, 0) => {
            let (a, b) = (own[0], own[1]);
            let (from, to) = if amounts[a].minor < 0 { (a, b) } else { (b, a) };
            let mut legs = vec![
                entry(from, None, amounts[from].minor, Direction::Transfer).map_err(invalid)?,
                entry(to, None, amounts[to].minor, Direction::Transfer).map_err(invalid)?,
            ];
            // Both legs know the other side, for the fingerprint.
            for (leg, other) in legs.iter_mut().zip([to, from]) {
                leg.source_id =
                    Some(format!("{}|{}|{}", t.postings[from].account, t.postings[other].account, t.description));
            }
            Ok(legs)
        }
        (_, 0) => Err(invalid(words::many_account_transfer(own.len()))),
        (1, _) => cats
            .iter()
            .map(|&c| {
                let minor = -amounts[c].minor;
                entry(own[0], Some(c), minor, direction(c, minor)).map_err(invalid)
            })
            .collect(),
        (_, 1) => own
            .iter()
            .map(|&o| entry(o, Some(cats[0]), amounts[o].minor, direction(cats[0], amounts[o].minor)).map_err(invalid))
            .collect(),
        _ => Err(invalid(words::many_to_many().into())),
    }
}

fn show(a: Amount) -> String {
    let c = a.currency.unwrap_or(Currency::CNY);
    crate::money::Money::new(a.minor, c).display()
}

/// Every posting's amount, the one left out worked out; refused unless the entry balances in one currency.
fn balanced(t: &Txn) -> Result<Vec<Amount>, String> {
    if t.postings.len() < 2 {
        return Err(words::one_posting().into());
    }
    let missing: Vec<usize> = (0..t.postings.len()).filter(|i| t.postings[*i].amount.is_none()).collect();
    if missing.len() > 1 {
        return Err(words::two_missing().into());
    }
    if let Some(&i) = missing.first() {
        if t.postings[i].balance.is_some() {
            return Err(words::assignment(&t.postings[i].account));
        }
    }
    let given: Vec<Amount> = t.postings.iter().filter_map(|p| p.amount).collect();
    let mut currency: Option<Currency> = None;
    for a in &given {
        match (currency, a.currency) {
            (Some(c), Some(d)) if c != d => return Err(words::two_currencies(c.code(), d.code())),
            (None, Some(d)) => currency = Some(d),
            _ => {}
        }
    }
    let sum =
        given.iter().try_fold(0i64, |s, a| s.checked_add(a.minor)).ok_or_else(|| words::too_large().to_owned())?;
    let mut out: Vec<Amount> = Vec::with_capacity(t.postings.len());
    for p in &t.postings {
        out.push(match p.amount {
            Some(a) => Amount { minor: a.minor, currency: a.currency.or(currency) },
            None => Amount { minor: sum.checked_neg().ok_or_else(|| words::too_large().to_owned())?, currency },
        });
    }
    if missing.is_empty() && sum != 0 {
        return Err(words::unbalanced(&show(Amount { minor: sum, currency })));
    }
    Ok(out)
}

/// Whether `text` reads as a ledger-cli / hledger journal: a line starting
/// with a date and a description, followed by an indented posting that
/// names an account with a `:`.
pub fn looks_like(text: &str) -> bool {
    let mut lines = text.trim_start_matches('\u{feff}').lines().take(2_000).peekable();
    while let Some(line) = lines.next() {
        let dated =
            line.split_whitespace().next().is_some_and(|d| date(d.split('=').next().unwrap_or(d), None).is_some());
        if dated {
            // Its comment lines (tags, notes) may come before its first posting.
            while lines.peek().is_some_and(|l| indented(l) && l.trim_start().starts_with([';', '#'])) {
                lines.next();
            }
            if let Some(next) = lines.peek() {
                let posting = next.trim();
                if indented(next)
                    && posting.split([' ', '\t']).next().is_some_and(|a| {
                        a.contains(':') && root(a.trim_start_matches(['*', '!', '(', '[']).trim()).is_some()
                    })
                {
                    return true;
                }
            }
        }
    }
    false
}

/// Reads `bytes` as a journal when `preset` says so, or, with no preset
/// and no column mapping, when the text reads as one (beancount first: its
/// transactions also look like a ledger journal's). `None`: not a journal.
pub fn parse(bytes: &[u8], preset: Option<Preset>, mapped: bool) -> Option<Result<Parsed, ImportError>> {
    if super::table::is_xlsx(bytes) || mapped {
        return None;
    }
    let (text, encoding) = super::table::decode(bytes);
    let preset = match preset {
        Some(p @ (Preset::Ledger | Preset::Beancount)) => p,
        Some(_) => return None,
        None if super::beancount::looks_like(&text) => Preset::Beancount,
        None if looks_like(&text) => Preset::Ledger,
        None => return None,
    };
    let read = match preset {
        Preset::Beancount => super::beancount::read(&text),
        _ => read(&text),
    };
    Some(read.map(|r| {
        let (entries, invalid, skipped) = entries(r);
        Parsed { preset, encoding: encoding.name(), entries, invalid, skipped, warnings: Vec::new() }
    }))
}

#[cfg(test)]
mod tests;
