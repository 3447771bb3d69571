//! The presets: how each kind of file's rows become entries. Headers are
//! found by their content and columns by their names, so a changed preamble
//! or an older column order still reads. Pure.

use chrono::NaiveDate;

use super::table::Row;
use super::{AmountColumns, Direction, Entry, ImportError, Mapping, Problem};
use crate::export::csv_text_read;
use crate::model::{Class, parse_date};
use crate::money::{Currency, Money};
use crate::text;

/// The header of `nestegg ls --format csv` and `export --format csv`.
pub const NESTEGG_HEADER: [&str; 9] =
    ["id", "date", "account", "category", "class", "payee", "note", "amount", "currency"];

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

/// Where a bank CSV's header is: the first row with two or more cells
/// that are not empty (a preamble line above it has one).
pub fn bank_header(rows: &[Row]) -> Option<usize> {
    rows.iter().position(|r| r.cells.iter().filter(|c| !c.is_empty()).count() >= 2)
}

/// A bank CSV read with a mapping: the header as [`bank_header`] finds
/// it; amounts signed (negative leaves the account), or split into money
/// out and money in.
pub fn generic(rows: &[Row], m: &Mapping) -> Result<Read, ImportError> {
    let h = bank_header(rows).ok_or_else(|| ImportError::Unreadable(text::bills::file_empty().into()))?;
    let header = &rows[h];
    let c = m.columns(header).map_err(|e| ImportError::WrongPreset(e.message))?;
    let width = c.width();
    let (mut entries, mut invalid) = (Vec::new(), Vec::new());
    for row in &rows[h + 1..] {
        if row.is_blank() {
            continue;
        }
        if row.cells.len() < width {
            invalid.push(bad(row.line, text::bills::row_too_narrow(row.cells.len(), width)));
            continue;
        }
        let parsed =
            bank_date(row.cell(c.date), m.date_format.as_deref()).and_then(|d| Ok((d, bank_amount(row, c.amount)?)));
        let (d, a) = match parsed {
            Ok(x) => x,
            Err(e) => {
                invalid.push(bad(row.line, e));
                continue;
            }
        };
        let direction = if a < 0 { Direction::Out } else { Direction::In };
        let mut e = Entry::new(row.line, d, row.cell(c.date), a, direction);
        e.payee = c.payee.map_or(String::new(), |i| row.cell(i).to_owned());
        e.note = c.note.map_or(String::new(), |i| row.cell(i).to_owned());
        e.category = c.category.map(|i| row.cell(i).to_owned()).filter(|c| !c.is_empty());
        entries.push(e);
    }
    Ok((entries, invalid, Vec::new()))
}

/// A row's signed amount, fen: its amount column, or its debit (out) and
/// credit (in) columns, one of them filled (a sign written there is ignored).
fn bank_amount(row: &Row, columns: AmountColumns) -> Result<i64, String> {
    let parse = |cell: &str| Money::parse(cell, Currency::CNY).map(|m| m.minor).map_err(|e| e.to_string());
    match columns {
        AmountColumns::Signed(i) => match parse(row.cell(i))? {
            0 => Err(text::bills::amount_zero(row.cell(i))),
            a => Ok(a),
        },
        AmountColumns::Split { debit, credit } => {
            let side = |i: Option<usize>| match i.map(|i| row.cell(i).trim()).filter(|c| !c.is_empty()) {
                Some(cell) => parse(cell).map(|a| (a.abs(), cell)),
                None => Ok((0, "")),
            };
            match (side(debit)?, side(credit)?) {
                ((0, _), (0, _)) => Err(text::bills::no_debit_or_credit().into()),
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
    if rows.first().is_none_or(|r| r.cells != NESTEGG_HEADER) {
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
    Ok(e)
}
