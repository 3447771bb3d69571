//! QIF files (Quicken Interchange Format, what older finance programs and
//! some banks export): a `!Type:` line (`Bank`, `CCard`, `Cash`, `Oth A`,
//! `Oth L`), then records of one-letter fields ended by `^`: `D` date, `T`
//! (or `U`) amount, signed, `P` payee, `M` memo, `L` category (`[Name]`
//! is a transfer to the account Name), `N` a number, and splits (`S`
//! category, `E` memo, `$` amount) that become a row each. QIF has no ids:
//! rows are found again by date, amount, payee and memo.
//!
//! Dates are read by one rule for the whole file: day first when any date's
//! first number is over 12 (`15/03/2026`), else month first as Quicken
//! writes them (`03/15/2026`, `3/15'26`); ISO dates (`2026-03-15`) always.
//! Amounts are read with two decimals, the QIF convention. Pure.

use chrono::NaiveDate;

use super::presets::{Read, bad};
use super::{Direction, Entry, ImportError, Parsed, Preset};
use crate::money::{Currency, Money};
use crate::text;

/// Whether the text starts as a QIF file does (a `!Type:` or `!Account` line).
pub fn is_qif(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(256)]);
    let first = head.trim_start_matches('\u{feff}').trim_start();
    first.starts_with("!Type:") || first.starts_with("!Account") || first.starts_with("!Option")
}

/// A QIF file read, when `preset` is QIF or (`None`) the bytes are one;
/// `None` to read them as a table.
pub fn parse(bytes: &[u8], preset: Option<Preset>) -> Option<Result<Parsed, ImportError>> {
    match preset {
        Some(Preset::Qif) => {}
        None if is_qif(bytes) => {}
        _ => return None,
    }
    let (text, encoding) = crate::import::table::decode(bytes);
    Some(read(&text).map(|(entries, invalid, skipped)| Parsed {
        preset: Preset::Qif,
        encoding: encoding.name(),
        entries,
        invalid,
        skipped,
        warnings: Vec::new(),
    }))
}

/// One record's fields as written, with the line it starts on.
#[derive(Default)]
struct Record {
    line: usize,
    date: Option<String>,
    amount: Option<String>,
    payee: String,
    memo: String,
    category: String,
    /// (category, memo, amount) of each split.
    splits: Vec<(String, String, Option<String>)>,
}

/// Whether dates are written day first, told from all of them.
fn day_first(dates: &[&str]) -> bool {
    dates.iter().any(|d| {
        let first: String = d.trim().chars().take_while(char::is_ascii_digit).collect();
        !d.contains('-') && first.parse::<u32>().is_ok_and(|n| n > 12)
    })
}

/// `03/15/2026`, `3/15'26`, ` 3/15/26`, `15.03.2026` (day first), `2026-03-15`.
fn qif_date(text: &str, day_first: bool) -> Result<NaiveDate, String> {
    let wrong = || text::bills::qif_bad_date(text);
    let t = text.trim();
    if let Ok(d) = NaiveDate::parse_from_str(t, "%Y-%m-%d") {
        return Ok(d);
    }
    let parts: Vec<&str> = t.split(['/', '\'', '.', '-']).map(str::trim).collect();
    let [a, b, y] = parts[..] else { return Err(wrong()) };
    let num = |s: &str| s.parse::<u32>().map_err(|_| wrong());
    let (a, b, y) = (num(a)?, num(b)?, y.parse::<i32>().map_err(|_| wrong())?);
    let year = match y {
        0..=69 => 2000 + y,
        70..=99 => 1900 + y,
        _ => y,
    };
    let (month, day) = if day_first { (b, a) } else { (a, b) };
    NaiveDate::from_ymd_opt(year, month, day).ok_or_else(wrong)
}

/// `-1,234.56`, `18.50`: fen (two decimals, QIF's own).
fn qif_amount(text: &str) -> Result<i64, String> {
    Money::parse(text.trim(), Currency::CNY).map(|m| m.minor).map_err(|e| e.to_string())
}

fn records(text: &str) -> Result<Vec<Record>, ImportError> {
    let mut typed = false;
    let mut out = Vec::new();
    let mut r = Record::default();
    let mut in_account = false;
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim_end_matches('\r').trim_start_matches('\u{feff}');
        if line.trim().is_empty() {
            continue;
        }
        if let Some(kind) = line.strip_prefix("!Type:") {
            typed = true;
            // An account list (`!Type:Cat`, `!Type:Class`, `!Type:Memorized`) holds no transactions.
            in_account = !matches!(kind.trim(), "Cat" | "Class" | "Memorized" | "Security" | "Prices");
            continue;
        }
        if line.starts_with('!') {
            // `!Account` starts an account header, ended by `^`.
            in_account = false;
            continue;
        }
        let (code, value) = line.split_at(line.chars().next().map_or(0, char::len_utf8));
        if r.line == 0 {
            r.line = i + 1;
        }
        match code {
            "^" => {
                let done = std::mem::take(&mut r);
                // An `!Account` block's header ends here too: its transactions follow its `!Type:`.
                if in_account && (done.date.is_some() || done.amount.is_some()) {
                    out.push(done);
                }
                continue;
            }
            "D" => r.date = Some(value.to_owned()),
            "T" | "U" => r.amount = Some(value.to_owned()),
            "P" => r.payee = crate::import::table::clean(value),
            "M" => r.memo = crate::import::table::clean(value),
            "L" => r.category = crate::import::table::clean(value),
            "S" => r.splits.push((crate::import::table::clean(value), String::new(), None)),
            "E" => {
                if let Some(s) = r.splits.last_mut() {
                    s.1 = crate::import::table::clean(value);
                }
            }
            "$" => {
                if let Some(s) = r.splits.last_mut() {
                    s.2 = Some(value.to_owned());
                }
            }
            _ => {}
        }
        if out.len() as u64 > crate::import::table::ROWS_MAX {
            return Err(ImportError::Unreadable(text::bills::csv_too_many_rows(i + 1, crate::import::table::ROWS_MAX)));
        }
    }
    if !typed {
        return Err(ImportError::Unreadable(text::bills::qif_no_type().into()));
    }
    // A last record without its `^` (a file cut off): read, or told what it lacks.
    if in_account && (r.date.is_some() || r.amount.is_some()) {
        out.push(r);
    }
    Ok(out)
}

fn read(text: &str) -> Result<Read, ImportError> {
    let records = records(text)?;
    let dates: Vec<&str> = records.iter().filter_map(|r| r.date.as_deref()).collect();
    let day_first = day_first(&dates);
    let (mut entries, mut invalid, mut skipped) = (Vec::new(), Vec::new(), Vec::new());
    for r in &records {
        match record(r, day_first) {
            Ok(rows) if rows.is_empty() => {
                skipped.push(bad(r.line, text::bills::moved_nothing(r.amount.as_deref().unwrap_or("").trim())));
            }
            Ok(rows) => entries.extend(rows),
            Err(reason) => invalid.push(bad(r.line, reason)),
        }
    }
    Ok((entries, invalid, skipped))
}

/// A record's rows: one, one per split, or the two legs of a transfer;
/// none when it moved nothing.
fn record(r: &Record, day_first: bool) -> Result<Vec<Entry>, String> {
    let when = r.date.as_deref().ok_or_else(|| text::bills::qif_missing("D"))?;
    let date = qif_date(when, day_first)?;
    let total = qif_amount(r.amount.as_deref().ok_or_else(|| text::bills::qif_missing("T"))?)?;
    let parts: Vec<(String, String, i64)> = if r.splits.is_empty() {
        vec![(r.category.clone(), r.memo.clone(), total)]
    } else {
        let parts = r
            .splits
            .iter()
            .map(|(c, m, a)| {
                Ok((
                    c.clone(),
                    if m.is_empty() { r.memo.clone() } else { m.clone() },
                    qif_amount(a.as_deref().unwrap_or("0"))?,
                ))
            })
            .collect::<Result<Vec<_>, String>>()?;
        let sum: i64 = parts.iter().map(|p| p.2).sum();
        if sum != total {
            let show = |m| Money::new(m, Currency::CNY).plain();
            return Err(text::bills::qif_splits_differ(&show(sum), &show(total)));
        }
        parts
    };
    let mut out = Vec::new();
    for (category, memo, amount) in parts.into_iter().filter(|p| p.2 != 0) {
        let transfer = category.strip_prefix('[').and_then(|c| c.strip_suffix(']'));
        let direction = match (transfer, amount < 0) {
            (Some(_), _) => Direction::Transfer,
            (None, true) => Direction::Out,
            (None, false) => Direction::In,
        };
        let mut e = Entry::new(r.line, date, when, amount, direction);
        e.payee = r.payee.clone();
        e.note = memo;
        match transfer {
            Some(other) => {
                // The other leg: the named account, the amount opposite.
                let mut leg = e.clone();
                leg.amount = -amount;
                leg.account = Some(other.to_owned());
                out.push(e);
                out.push(leg);
            }
            None => {
                // `Food:Groceries`: the last part names the category; the whole is the file's own.
                let last = category.rsplit(':').next().unwrap_or("").trim();
                e.category = Some(last.to_owned()).filter(|c| !c.is_empty());
                e.service_category = Some(category).filter(|c| !c.is_empty());
                out.push(e);
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_by_one_rule_for_the_file() {
        assert!(!day_first(&["03/15/2026", "3/1'26"]));
        assert!(day_first(&["03/05/2026", "15/03/2026"]));
        let d = |t, f| qif_date(t, f).map(|d| d.to_string());
        assert_eq!(d("03/15/2026", false).as_deref(), Ok("2026-03-15"));
        assert_eq!(d(" 3/ 5'26", false).as_deref(), Ok("2026-03-05"));
        assert_eq!(d("15/03/2026", true).as_deref(), Ok("2026-03-15"));
        assert_eq!(d("12/31/99", false).as_deref(), Ok("1999-12-31"));
        assert_eq!(d("2026-03-15", true).as_deref(), Ok("2026-03-15"));
        assert!(d("13/13/2026", false).is_err() && d("soon", false).is_err() && d("1/2", false).is_err());
        assert_eq!(qif_amount("-1,234.56"), Ok(-123_456));
    }
}
