//! The presets: how each kind of file's rows become entries. Headers are
//! found by their content and columns by their names, so a changed preamble
//! or an older column order still reads. Pure.

use chrono::{Datelike, NaiveDate};

use super::table::Row;
use super::{AmountColumns, Direction, Entry, ImportError, Mapping, Problem};
use crate::export::csv_text_read;
use crate::model::{Class, Tags, parse_date};
use crate::money::{Currency, Money};
use crate::text;

/// The header of `nestegg ls --format csv` and `export --format csv`: a
/// contract, matched exactly on import. `tags` is a row's tags joined by
/// one space.
pub const NESTEGG_HEADER: [&str; 10] =
    ["id", "date", "account", "category", "class", "payee", "note", "amount", "currency", "tags"];

/// The header nestegg wrote before tags: still read (its rows have none).
pub const NESTEGG_HEADER_V1: [&str; 9] =
    ["id", "date", "account", "category", "class", "payee", "note", "amount", "currency"];

/// Whether a header is one of nestegg's own.
pub fn is_nestegg_header(cells: &[String]) -> bool {
    cells == NESTEGG_HEADER || cells == NESTEGG_HEADER_V1
}

/// A file read: its entries, its invalid rows and the rows skipped on purpose.
pub type Read = (Vec<Entry>, Vec<Problem>, Vec<Problem>);

pub(super) fn bad(line: usize, reason: impl Into<String>) -> Problem {
    Problem { line, reason: reason.into() }
}

/// An unsigned amount as the services write it (`25.00`, `¥28.16`, `￥1,234.56`), fen.
pub(super) fn unsigned(text: &str) -> Result<i64, String> {
    let minor = Money::parse(text, Currency::CNY).map_err(|e| e.to_string())?.minor;
    match minor {
        0 => Err(text::bills::amount_zero(text)),
        m if m < 0 => Err(text::bills::amount_signed(text)),
        m => Ok(m),
    }
}

/// The date of `2023-03-31 12:00:00`, `2023/3/31 12:00` or `2023-03-31`.
pub(super) fn service_date(text: &str) -> Result<NaiveDate, String> {
    let day = text.split([' ', 'T']).next().unwrap_or("").replace('/', "-");
    NaiveDate::parse_from_str(&day, "%Y-%m-%d").map_err(|_| text::bills::bad_date_time(text))
}

/// A row shorter than the header (empty cells at its end not counted): a
/// file cut off, or a line broken apart.
pub(super) fn short(row: &Row, header: &Row) -> Option<Problem> {
    let want = header.cells.iter().rposition(|c| !c.is_empty()).map_or(0, |i| i + 1);
    (row.cells.len() < want).then(|| bad(row.line, text::bills::row_cut_off(row.cells.len(), want)))
}

/// A service's row with its date and time, and its unsigned amount signed by
/// `direction` (money out negative).
pub(super) fn service_entry(row: &Row, time: usize, amount: usize, direction: Direction) -> Result<Entry, Problem> {
    let date = service_date(row.cell(time)).map_err(|e| bad(row.line, e))?;
    let size = unsigned(row.cell(amount)).map_err(|e| bad(row.line, e))?;
    let signed = if direction == Direction::Out { -size } else { size };
    Ok(Entry::new(row.line, date, row.cell(time), signed, direction))
}

/// A cell that says nothing (`/` in WeChat bills).
pub(super) fn text_of(cell: &str) -> String {
    if cell == "/" { String::new() } else { cell.to_owned() }
}

/// A column of a mapping: a header name, or a 1-based number.
pub(super) fn column(header: &Row, col: &str) -> Result<usize, ImportError> {
    if let Ok(n) = col.parse::<usize>() {
        return if n >= 1 { Ok(n - 1) } else { Err(ImportError::WrongPreset(text::bills::columns_from_one().into())) };
    }
    header
        .cells
        .iter()
        .position(|c| c == col)
        .ok_or_else(|| ImportError::WrongPreset(text::bills::no_such_column(col, &header.cells.join(", "))))
}

/// A date in a bank's format: `format` (chrono), else ISO with `-` or `/`,
/// a time after it ignored.
pub fn bank_date(text: &str, format: Option<&str>) -> Result<NaiveDate, String> {
    match format {
        Some(f) => NaiveDate::parse_from_str(text.trim(), f)
            .or_else(|_| chrono::NaiveDateTime::parse_from_str(text.trim(), f).map(|d| d.date()))
            .map_err(|_| text::bills::date_format_mismatch(text, f)),
        None => {
            let day = text.split([' ', 'T']).next().unwrap_or("").replace('/', "-");
            NaiveDate::parse_from_str(&day, "%Y-%m-%d").map_err(|_| text::bills::bad_bank_date(text))
        }
    }
}

/// Where a bank CSV's header is: the first row with at least two cells that
/// are not empty and at least half as many as the widest of the first rows
/// (a preamble of `户名：…,账号：…` lines has fewer than the table).
pub fn bank_header(rows: &[Row]) -> Option<usize> {
    let filled = |r: &Row| r.cells.iter().filter(|c| !c.is_empty()).count();
    let widest = rows.iter().take(60).map(filled).max().unwrap_or(0);
    rows.iter().position(|r| filled(r) >= 2 && 2 * filled(r) >= widest)
}

/// Where a mapping finds its header: after `skip` lines, the first row
/// holding the `header` cell, else as [`bank_header`] finds it.
pub fn mapped_header(rows: &[Row], m: &Mapping) -> Result<usize, ImportError> {
    let from = rows.iter().position(|r| r.line > m.skip.unwrap_or(0)).unwrap_or(rows.len());
    let rest = &rows[from..];
    let at = match m.header.as_deref() {
        Some(cell) => rest
            .iter()
            .position(|r| r.cells.iter().any(|c| c == cell))
            .ok_or_else(|| ImportError::WrongPreset(text::bills::no_header_cell(cell)))?,
        None => bank_header(rest).ok_or_else(|| ImportError::Unreadable(text::bills::file_empty().into()))?,
    };
    Ok(from + at)
}

/// The period a statement states above its table (`账单周期 2026/10/01-2026/10/31`,
/// `起始日期:[2026-10-01]`): the last day it names, for dates written without a year.
pub fn statement_end(rows: &[Row]) -> Option<NaiveDate> {
    static DAY: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?:^|\D)(\d{4})(?:[-/.年](\d{1,2})[-/.月](\d{1,2})|(\d{2})(\d{2}))")
            .expect("a valid pattern")
    });
    let num = |m: Option<regex::Match>| m.and_then(|m| m.as_str().parse::<u32>().ok());
    rows.iter()
        .flat_map(|r| &r.cells)
        .flat_map(|cell| DAY.captures_iter(cell).map(move |c| (cell, c)))
        .filter_map(|(cell, c)| {
            // A longer run of digits (a card number) is no date.
            let end = c.get(0)?.end();
            if cell[end..].starts_with(|ch: char| ch.is_ascii_digit()) {
                return None;
            }
            let y = num(c.get(1)).filter(|y| (1990..=2100).contains(y))? as i32;
            let (m, d) = match (num(c.get(2)), num(c.get(3))) {
                (Some(m), Some(d)) => (m, d),
                _ => (num(c.get(4))?, num(c.get(5))?),
            };
            NaiveDate::from_ymd_opt(y, m, d)
        })
        .max()
}

/// A cell that totals the rows above it (`人民币合计`, `合计`, `Total`): no transaction.
fn is_total(row: &Row) -> bool {
    let first = row.cells.iter().find(|c| !c.is_empty()).map_or("", String::as_str);
    ["合计", "总计", "小计", "共计"].iter().any(|w| first.contains(w))
        || first.eq_ignore_ascii_case("total")
        || first.to_ascii_lowercase().starts_with("total ")
}

/// A bank CSV read with a mapping: the header where the mapping finds it;
/// amounts signed (negative leaves the account, or the other way round
/// with `sign=-`), split into money out and money in, or signed by a
/// direction column; dates in the mapping's format, the year of dates
/// written without one from the mapping or the statement's period; a
/// currency column's code kept for the plan to check against the account.
/// Total rows and rows that moved nothing are skipped with the reason.
pub fn generic(rows: &[Row], m: &Mapping) -> Result<Read, ImportError> {
    let h = mapped_header(rows, m)?;
    let header = &rows[h];
    let c = m.columns(header).map_err(|e| ImportError::WrongPreset(e.message))?;
    let width = c.width();
    let year_end = statement_end(&rows[..h]);
    let words = m.direction_column();
    let (mut entries, mut invalid, mut skipped) = (Vec::new(), Vec::new(), Vec::new());
    for row in &rows[h + 1..] {
        if row.is_blank() {
            continue;
        }
        if is_total(row) {
            skipped.push(bad(row.line, text::bills::total_row()));
            continue;
        }
        if row.cells.len() < width {
            invalid.push(bad(row.line, text::bills::row_too_narrow(row.cells.len(), width)));
            continue;
        }
        let currency = match c.currency.map(|i| row.cell(i)) {
            None => None,
            Some(cell) => match super::currency_code(cell) {
                Some(code) => Some(code),
                None => {
                    invalid.push(bad(row.line, text::bills::unknown_currency(cell)));
                    continue;
                }
            },
        };
        let unit = currency.and_then(|code| Currency::from_code(code).ok()).unwrap_or(Currency::CNY);
        let parsed = bank_date_in(row.cell(c.date), m.date_format.as_deref(), m.year, year_end)
            .and_then(|d| Ok((d, bank_amount(row, c.amount, unit)?)));
        let (d, mut a) = match parsed {
            Ok(x) => x,
            Err(e) => {
                invalid.push(bad(row.line, e));
                continue;
            }
        };
        if a == 0 {
            skipped.push(bad(row.line, text::bills::moved_nothing(&Money::new(0, unit).plain())));
            continue;
        }
        if let (Some(i), Some((_, out, into))) = (c.direction, &words) {
            let said = row.cell(i).trim();
            let is = |w: &Vec<String>| w.iter().any(|x| x.eq_ignore_ascii_case(said));
            a = match (is(out), is(into)) {
                (true, false) => -a.abs(),
                (false, true) => a.abs(),
                _ => {
                    invalid.push(bad(row.line, text::bills::direction_word(said, &out.join("|"), &into.join("|"))));
                    continue;
                }
            };
        }
        if m.flip {
            a = -a;
        }
        // Money into a card (a statement whose positive is spending) is a
        // refund or a repayment, never income; a repayment is a transfer
        // from the bank, booked from the bank's side.
        let said = |w: &str| [c.payee, c.note].iter().flatten().any(|i| row.cell(*i).to_lowercase().contains(w));
        let direction = match (m.flip, a < 0) {
            (_, true) => Direction::Out,
            (true, false) if said("还款") || said("payment") => {
                skipped.push(bad(row.line, text::bills::card_repayment()));
                continue;
            }
            (true, false) => Direction::Refund,
            (false, false) => Direction::In,
        };
        let mut e = Entry::new(row.line, d, row.cell(c.date), a, direction);
        e.payee = c.payee.map_or(String::new(), |i| row.cell(i).to_owned());
        e.note = c.note.map_or(String::new(), |i| row.cell(i).to_owned());
        e.category = c.category.map(|i| row.cell(i).to_owned()).filter(|c| !c.is_empty());
        e.currency = currency.map(str::to_owned);
        entries.push(e);
    }
    Ok((entries, invalid, skipped))
}

/// A date in a bank's format, with the year of one written without it
/// (`%m/%d`): `year`, else the statement's end's year (a month after the
/// end's is the year before: December's rows in a January statement).
pub fn bank_date_in(
    text: &str,
    format: Option<&str>,
    year: Option<i32>,
    end: Option<NaiveDate>,
) -> Result<NaiveDate, String> {
    match format {
        Some(f) if !f.contains("%Y") && !f.contains("%y") => {
            let (y, before) = match (year, end) {
                (Some(y), _) => (y, None),
                (None, Some(end)) => (end.year(), Some(end)),
                (None, None) => return Err(text::bills::date_needs_year(text)),
            };
            let day = |y: i32| NaiveDate::parse_from_str(&format!("{}|{y}", text.trim()), &format!("{f}|%Y"));
            let d = day(y).map_err(|_| text::bills::date_format_mismatch(text, f))?;
            match before {
                Some(end) if d > end => day(y - 1).map_err(|_| text::bills::date_format_mismatch(text, f)),
                _ => Ok(d),
            }
        }
        // `10/01` with no format: a month and a day, when a year is known.
        None if (year.is_some() || end.is_some()) && text.trim().len() <= 5 => {
            let f = if text.contains('-') { "%m-%d" } else { "%m/%d" };
            bank_date_in(text, Some(f), year, end)
        }
        _ => bank_date(text, format),
    }
}

/// A row's signed amount, in minor units of `unit`: its amount column, or
/// its debit (out) and credit (in) columns, one of them filled (a sign
/// written there is ignored); 0 when it moved nothing.
fn bank_amount(row: &Row, columns: AmountColumns, unit: Currency) -> Result<i64, String> {
    let parse = |cell: &str| Money::parse(cell, unit).map(|m| m.minor).map_err(|e| e.to_string());
    match columns {
        AmountColumns::Signed(i) => parse(row.cell(i)),
        AmountColumns::Split { debit, credit } => {
            let side = |i: Option<usize>| match i.map(|i| row.cell(i).trim()).filter(|c| !c.is_empty()) {
                Some(cell) => parse(cell).map(|a| (a.abs(), cell)),
                None => Ok((0, "")),
            };
            match (side(debit)?, side(credit)?) {
                ((0, ""), (0, "")) => Err(text::bills::no_debit_or_credit().into()),
                ((out, _), (0, _)) => Ok(-out),
                ((0, _), (into, _)) => Ok(into),
                ((_, out), (_, into)) => Err(text::bills::debit_and_credit(out, into)),
            }
        }
    }
}

/// nestegg's own CSV: amounts signed as stored, the class stated, transfers
/// as two rows of class `transfer`.
pub fn nestegg(rows: &[Row]) -> Result<Read, ImportError> {
    if rows.first().is_none_or(|r| !is_nestegg_header(&r.cells)) {
        return Err(ImportError::WrongPreset(text::bills::not_nestegg_csv(&NESTEGG_HEADER.join(","))));
    }
    let (mut entries, mut invalid) = (Vec::new(), Vec::new());
    for row in &rows[1..] {
        if row.is_blank() {
            continue;
        }
        if let Some(p) = short(row, &rows[0]) {
            invalid.push(p);
            continue;
        }
        match nestegg_row(row) {
            Ok(e) => entries.push(e),
            Err(reason) => invalid.push(bad(row.line, reason)),
        }
    }
    Ok((entries, invalid, Vec::new()))
}

fn nestegg_row(row: &Row) -> Result<Entry, String> {
    // Ids are kept only where the ledger has them free: a row without one
    // (written by hand, or by a sheet that dropped the column) gets a new one.
    let id = match row.cell(0).trim() {
        "" => None,
        id => Some(id.parse::<i64>().map_err(|_| text::bills::bad_id(row.cell(0)))?),
    };
    let date = parse_date(row.cell(1))?;
    let currency = Currency::from_code(row.cell(8)).map_err(|e| e.to_string())?;
    let amount = Money::parse(row.cell(7), currency).map_err(|e| e.to_string())?.minor;
    let (direction, class) = match row.cell(4) {
        "transfer" => (Direction::Transfer, None),
        c => {
            let class: Class = c.parse().map_err(|_| text::bills::bad_row_class(c))?;
            let direction = match (class, amount > 0) {
                (Class::Income, _) => Direction::In,
                (_, true) => Direction::Refund,
                (_, false) => Direction::Out,
            };
            (direction, Some(class))
        }
    };
    if row.cell(2).is_empty() {
        return Err(text::bills::account_empty().into());
    }
    if class.is_some() && row.cell(3).is_empty() {
        return Err(text::bills::category_empty().into());
    }
    // Text cells as they were before export quoted a formula's first character.
    let text = |i: usize| csv_text_read(row.cell(i)).to_owned();
    let mut e = Entry::new(row.line, date, row.cell(1), amount, direction);
    e.id = id;
    e.account = Some(text(2));
    e.category = Some(text(3)).filter(|c| !c.is_empty());
    e.class = class;
    e.payee = text(5);
    e.note = text(6);
    e.currency = Some(currency.code().to_owned());
    // Absent from a file written before tags (cell 9 reads as empty).
    e.tags = Tags::parse(&text(9)).map_err(|e| e.to_string())?;
    Ok(e)
}
