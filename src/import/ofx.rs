//! OFX and QFX statements (what banks outside China and finance programs
//! export): OFX 1.x, SGML whose leaf elements are never closed, after a
//! header of `KEY:VALUE` lines (its CHARSET says how the bytes are
//! written), and OFX 2.x, XML. Both are read the same way: each statement
//! (`STMTRS` of a bank, `CCSTMTRS` of a card) with its currency
//! (`CURDEF`) and account (`ACCTID`), and each `STMTTRN` in it with its
//! type, date, signed amount, id (`FITID`, the fingerprint: a second import
//! adds nothing even when a description changed), payee and memo. Pure.

use chrono::NaiveDate;

use super::presets::{Read, bad};
use super::{Direction, Entry, ImportError, Parsed, Preset};
use crate::money::{Currency, Money};
use crate::text;

/// Whether the bytes start as an OFX or QFX file does (its header, after
/// any blank lines and a BOM).
pub fn is_ofx(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(1024)];
    let head = String::from_utf8_lossy(head);
    let head = head.trim_start_matches('\u{feff}').trim_start();
    head.starts_with("OFXHEADER:") || (head.starts_with("<?xml") && head.contains("<?OFX")) || head.starts_with("<OFX>")
}

/// The text of an OFX file: UTF-8 when its header says so or the bytes
/// are valid UTF-8, else Windows-1252 (CHARSET:1252, the usual OFX 1 one).
fn decode(bytes: &[u8]) -> (String, &'static str) {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_owned(), "UTF-8"),
        Err(_) => (encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes).0.into_owned(), "Windows-1252"),
    }
}

/// An OFX file read, when `preset` is OFX or (`None`) the bytes are one;
/// `None` to read them as a table.
pub fn parse(bytes: &[u8], preset: Option<Preset>) -> Option<Result<Parsed, ImportError>> {
    match preset {
        Some(Preset::Ofx) => {}
        None if is_ofx(bytes) => {}
        _ => return None,
    }
    let (text, encoding) = decode(bytes);
    Some(read(&text).map(|(entries, invalid, skipped)| Parsed {
        preset: Preset::Ofx,
        encoding,
        entries,
        invalid,
        skipped,
        warnings: Vec::new(),
    }))
}

/// Line numbers of byte offsets met in order, counted once through the text.
struct Lines<'a> {
    text: &'a [u8],
    at: usize,
    line: usize,
}

impl Lines<'_> {
    /// The 1-based line of byte `to` (at or after the last one asked).
    fn of(&mut self, to: usize) -> usize {
        let to = to.min(self.text.len()).max(self.at);
        self.line += self.text[self.at..to].iter().filter(|&&b| b == b'\n').count();
        self.at = to;
        self.line
    }
}

/// The blocks `<TAG>…</TAG>` of `text`, with their start (byte).
fn blocks<'a>(text: &'a str, tag: &str) -> Vec<(usize, &'a str)> {
    let (open, close) = (format!("<{tag}>"), format!("</{tag}>"));
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = text[from..].find(&open) {
        let start = from + i + open.len();
        let end = text[start..].find(&close).map_or(text.len(), |j| start + j);
        out.push((from + i, &text[start..end]));
        from = (end + close.len()).min(text.len());
    }
    out
}

/// The value of leaf element `<TAG>` in `block` (up to the next tag,
/// closed or not), trimmed, entities of XML read; `None` when absent.
fn leaf(block: &str, tag: &str) -> Option<String> {
    let open = format!("<{tag}>");
    let i = block.find(&open)? + open.len();
    let rest = &block[i..];
    let value = &rest[..rest.find('<').unwrap_or(rest.len())];
    let value = value.trim();
    Some(
        value
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&apos;", "'")
            .replace("&nbsp;", " ")
            .replace("&amp;", "&"),
    )
    .map(|v| crate::import::table::clean(&v))
}

/// `20261003`, `20261003120000`, `20261003120000.000[-5:EST]`: the day.
fn ofx_date(text: &str) -> Result<NaiveDate, String> {
    let digits = text.get(..8).filter(|d| d.bytes().all(|b| b.is_ascii_digit()));
    digits.and_then(|d| NaiveDate::parse_from_str(d, "%Y%m%d").ok()).ok_or_else(|| text::bills::ofx_bad_date(text))
}

/// `-18.50`, `+5000`, `-18,50` (a comma for the decimal point): minor units.
fn ofx_amount(text: &str, currency: Currency) -> Result<i64, String> {
    let t = text.trim();
    let t = if t.contains(',') && !t.contains('.') { t.replace(',', ".") } else { t.to_owned() };
    Money::parse(&t, currency).map(|m| m.minor).map_err(|e| e.to_string())
}

fn read(text: &str) -> Result<Read, ImportError> {
    if !text.contains("<OFX>") {
        return Err(ImportError::Unreadable(text::bills::ofx_no_body().into()));
    }
    let mut statements: Vec<(usize, &str, bool)> = blocks(text, "STMTRS")
        .into_iter()
        .map(|(at, b)| (at, b, false))
        .chain(blocks(text, "CCSTMTRS").into_iter().map(|(at, b)| (at, b, true)))
        .collect();
    statements.sort_by_key(|s| s.0);
    if statements.is_empty() {
        return Err(ImportError::Unreadable(text::bills::ofx_no_statement().into()));
    }
    let (mut entries, mut invalid, mut skipped) = (Vec::new(), Vec::new(), Vec::new());
    let base = text.as_ptr() as usize;
    let mut lines = Lines { text: text.as_bytes(), at: 0, line: 1 };
    for (_, statement, card) in statements {
        let code = leaf(statement, "CURDEF").unwrap_or_else(|| "USD".into());
        let currency = Currency::from_code(&code);
        let account = leaf(statement, "ACCTID").unwrap_or_default();
        for (_, trn) in blocks(statement, "STMTTRN") {
            let line = lines.of(trn.as_ptr() as usize - base);
            let currency = match &currency {
                Ok(c) => *c,
                Err(e) => {
                    invalid.push(bad(line, e.to_string()));
                    continue;
                }
            };
            match transaction(trn, line, currency, card, &account) {
                Ok(Ok(e)) => entries.push(e),
                Ok(Err(why)) => skipped.push(bad(line, why)),
                Err(reason) => invalid.push(bad(line, reason)),
            }
        }
    }
    Ok((entries, invalid, skipped))
}

/// One `STMTTRN`: an entry, or why it is skipped (a card's repayment is
/// a transfer from the bank, booked from the bank's side; nothing moved).
fn transaction(
    trn: &str,
    line: usize,
    currency: Currency,
    card: bool,
    account: &str,
) -> Result<Result<Entry, String>, String> {
    let posted = leaf(trn, "DTPOSTED").ok_or_else(|| text::bills::ofx_missing("DTPOSTED"))?;
    let date = ofx_date(&posted)?;
    let amount_text = leaf(trn, "TRNAMT").ok_or_else(|| text::bills::ofx_missing("TRNAMT"))?;
    let amount = ofx_amount(&amount_text, currency)?;
    if amount == 0 {
        return Ok(Err(text::bills::moved_nothing(&amount_text)));
    }
    let kind = leaf(trn, "TRNTYPE").unwrap_or_default().to_ascii_uppercase();
    // A row in another currency than its statement's is not this account's money.
    if let Some(other) = blocks(trn, "ORIGCURRENCY").first().and_then(|(_, b)| leaf(b, "CURSYM")) {
        if !other.eq_ignore_ascii_case(currency.code()) {
            return Err(text::bills::ofx_other_currency(&other, currency.code()));
        }
    }
    let direction = match (card, amount > 0, kind.as_str()) {
        (true, true, "PAYMENT" | "XFER") => return Ok(Err(text::bills::ofx_card_payment().into())),
        (true, true, _) => Direction::Refund,
        (_, false, _) => Direction::Out,
        (false, true, _) => Direction::In,
    };
    let mut e = Entry::new(line, date, &posted, amount, direction);
    let name = leaf(trn, "NAME").or_else(|| blocks(trn, "PAYEE").first().and_then(|(_, b)| leaf(b, "NAME")));
    e.payee = name.unwrap_or_default();
    e.note = leaf(trn, "MEMO").unwrap_or_default();
    e.source_id = leaf(trn, "FITID").filter(|id| !id.is_empty()).map(|id| format!("{account}/{id}"));
    e.currency = Some(currency.code().to_owned());
    Ok(Ok(e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_amounts_as_ofx_writes_them() {
        assert_eq!(ofx_date("20261003").unwrap().to_string(), "2026-10-03");
        assert_eq!(ofx_date("20261003120000.000[-5:EST]").unwrap().to_string(), "2026-10-03");
        assert!(ofx_date("2026-10-03").is_err() && ofx_date("").is_err() && ofx_date("20261399").is_err());
        assert_eq!(ofx_amount("-18.50", Currency::CNY), Ok(-1_850));
        assert_eq!(ofx_amount("+5000", Currency::CNY), Ok(500_000));
        assert_eq!(ofx_amount("-18,50", Currency::CNY), Ok(-1_850));
        assert!(ofx_amount("lots", Currency::CNY).is_err());
    }

    #[test]
    fn leaves_closed_or_not_and_blocks() {
        let sgml = "<STMTTRN><TRNAMT>-3.50\n<NAME>Caf&amp;e\n</STMTTRN><STMTTRN><TRNAMT>1</TRNAMT></STMTTRN>";
        let b = blocks(sgml, "STMTTRN");
        assert_eq!(b.len(), 2);
        assert_eq!(
            (leaf(b[0].1, "TRNAMT").as_deref(), leaf(b[0].1, "NAME").as_deref()),
            (Some("-3.50"), Some("Caf&e"))
        );
        assert_eq!(leaf(b[1].1, "TRNAMT").as_deref(), Some("1"));
        assert_eq!(leaf(b[1].1, "MEMO"), None);
        // A block never closed runs to the end; a truncated file reads what it holds.
        assert_eq!(blocks("<A>x<A>y", "A"), [(0, "x<A>y")]);
    }
}
