//! What users type in the interface: relative dates, amounts with inline
//! arithmetic, the quick-add line and the filter query. Pure: "today" is
//! passed in; no I/O, no SQL, no terminal.

use chrono::{Datelike, Duration, NaiveDate};

use crate::model::{Month, parse_date};
use crate::money::{Currency, Money, parse_minor};
use crate::report::round_ratio;
use crate::text;

/// `2026-10-03`, `10-03` (this year), `t` today, `y` yesterday, `-2` two days ago.
pub fn parse_date_input(s: &str, today: NaiveDate) -> Result<NaiveDate, String> {
    let s = s.trim();
    let bad = || text::errors::bad_date_input(s);
    match s {
        "t" | "today" => return Ok(today),
        "y" | "yesterday" => return today.pred_opt().ok_or_else(bad),
        _ => {}
    }
    if let Some(days) = s.strip_prefix('-') {
        let n: i64 = days.parse().ok().filter(|_| days.bytes().all(|b| b.is_ascii_digit())).ok_or_else(bad)?;
        let day = today.checked_sub_signed(Duration::try_days(n).ok_or_else(bad)?).ok_or_else(bad)?;
        // Far enough back leaves the years 0001–9999 that every stored date keeps.
        return parse_date(&day.format("%Y-%m-%d").to_string()).map_err(|_| bad());
    }
    if s.len() <= 5 && s.contains('-') {
        return parse_date(&format!("{}-{s}", today.year())).map_err(|_| bad());
    }
    parse_date(s).map_err(|_| bad())
}

/// An amount, optionally with arithmetic: `12.5*3`, `30+4.5`, `100/3`,
/// `-12`. Operands after `*` and `/` are plain numbers (up to 4 decimals);
/// `*` and `/` bind tighter than `+` and `-`; each product is rounded to
/// minor units, half away from zero. Returns minor units.
pub fn eval_amount(s: &str, currency: Currency) -> Result<i64, String> {
    let s = s.trim();
    let mut total = 0i64;
    for (sign, term) in split_terms(s) {
        let value = eval_term(term, currency)?;
        let signed = if sign { value.checked_neg() } else { Some(value) };
        total = signed.and_then(|v| total.checked_add(v)).ok_or_else(|| text::errors::amount_too_large().to_owned())?;
    }
    Ok(total)
}

/// Splits at binary `+` and `-` (an operator after a digit, dot, 万 or space
/// following an operand); returns (negate, term) pairs.
fn split_terms(s: &str) -> Vec<(bool, &str)> {
    let mut out = Vec::new();
    let (mut start, mut negate) = (0, false);
    let mut prev: Option<char> = None;
    for (i, c) in s.char_indices() {
        let after_operand = prev.is_some_and(|p| p.is_ascii_digit() || p == '.' || p == '万');
        if (c == '+' || c == '-') && after_operand {
            out.push((negate, s[start..i].trim()));
            negate = c == '-';
            start = i + c.len_utf8();
        }
        if !c.is_whitespace() {
            prev = Some(c);
        }
    }
    out.push((negate, s[start..].trim()));
    out
}

fn eval_term(term: &str, currency: Currency) -> Result<i64, String> {
    let mut parts = term.split(['*', '/', '×']);
    let first = parts.next().unwrap_or_default();
    let mut value = Money::parse(first, currency).map_err(|e| e.to_string())?.minor;
    let mut rest = &term[first.len()..];
    for operand in parts {
        let op = rest.chars().next().unwrap_or('*');
        rest = &rest[op.len_utf8() + operand.len()..];
        // Factors in ten-thousandths, so `*1.5` and `/3` stay exact integers.
        let factor = parse_minor(operand.trim(), 4).map_err(|e| text::errors::after_operator(op, e))?;
        value = match op {
            '/' => round_ratio(value, factor, 10_000).ok_or_else(|| text::errors::divide_by_zero().to_owned())?,
            _ => round_ratio(value, 10_000, factor).unwrap_or(0),
        };
        if value == i64::MAX || value == i64::MIN {
            return Err(text::errors::amount_too_large().into());
        }
    }
    Ok(value)
}

/// A percentage as typed (`5`, `0.95`, `-1.5`, `5%`) as a fraction (`0.05`).
/// Between −100 % and 1000 %: anything else is a typo.
pub fn parse_percent(s: &str) -> Result<f64, String> {
    let t = s.trim().trim_end_matches('%').trim();
    let bad = || text::errors::bad_percent(s);
    if t.is_empty() || !t.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b'-' || b == b'+') {
        return Err(bad());
    }
    let pct: f64 = t.parse().map_err(|_| bad())?;
    if !(-100.0..=1000.0).contains(&pct) {
        return Err(text::errors::percent_range(s));
    }
    Ok(pct / 100.0)
}

/// The quick-add line: `35 lunch @wechat #food`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuickAdd {
    pub amount: String,
    pub payee: String,
    pub account: Option<String>,
    pub category: Option<String>,
}

pub fn parse_quick_add(line: &str) -> Result<QuickAdd, String> {
    let mut words = line.split_whitespace();
    let amount = words.next().ok_or_else(|| text::errors::quick_add_empty().to_owned())?;
    let (mut payee, mut account, mut category) = (Vec::new(), None, None);
    for w in words {
        if let Some(a) = w.strip_prefix('@').filter(|a| !a.is_empty()) {
            account = Some(a.to_owned());
        } else if let Some(c) = w.strip_prefix('#').filter(|c| !c.is_empty()) {
            category = Some(c.to_owned());
        } else {
            payee.push(w);
        }
    }
    Ok(QuickAdd { amount: amount.to_owned(), payee: payee.join(" "), account, category })
}

/// The filter line: free text over payee and note, plus `cat:NAME`,
/// `acct:NAME`, `>100`, `<20`, and a month `2026-10`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FilterQuery {
    pub text: Option<String>,
    pub category: Option<String>,
    pub account: Option<String>,
    pub min_abs: Option<i64>,
    pub max_abs: Option<i64>,
    pub month: Option<Month>,
}

pub fn parse_filter(line: &str, currency: Currency) -> Result<FilterQuery, String> {
    let mut q = FilterQuery::default();
    let mut text = Vec::new();
    let amount = |s: &str| Money::parse(s, currency).map(|m| m.minor.saturating_abs()).map_err(|e| e.to_string());
    for w in line.split_whitespace() {
        if let Some(c) = w.strip_prefix("cat:") {
            q.category = Some(c.to_owned());
        } else if let Some(a) = w.strip_prefix("acct:") {
            q.account = Some(a.to_owned());
        } else if let Some(v) = w.strip_prefix(">=") {
            q.min_abs = Some(amount(v)?);
        } else if let Some(v) = w.strip_prefix("<=") {
            q.max_abs = Some(amount(v)?);
        } else if let Some(v) = w.strip_prefix('>') {
            q.min_abs = Some(amount(v)?.saturating_add(1));
        } else if let Some(v) = w.strip_prefix('<') {
            q.max_abs = Some(amount(v)?.saturating_sub(1));
        } else if looks_like_month(w) {
            q.month = Some(w.parse::<Month>()?);
        } else {
            text.push(w);
        }
    }
    q.text = (!text.is_empty()).then(|| text.join(" "));
    Ok(q)
}

/// `2026-13` looks like a month (and is an error), `2026` or `10-03` does not.
fn looks_like_month(w: &str) -> bool {
    w.split_once('-').is_some_and(|(y, m)| {
        y.len() == 4 && (1..=2).contains(&m.len()) && y.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn dates_relative_to_today() {
        let today = d("2026-11-28");
        assert_eq!(parse_date_input("2026-10-03", today), Ok(d("2026-10-03")));
        assert_eq!(parse_date_input("10-03", today), Ok(d("2026-10-03")));
        assert_eq!(parse_date_input("t", today), Ok(today));
        assert_eq!(parse_date_input("y", today), Ok(d("2026-11-27")));
        assert_eq!(parse_date_input("-2", today), Ok(d("2026-11-26")));
        assert_eq!(parse_date_input("-30", today), Ok(d("2026-10-29")));
        assert!(parse_date_input("13-40", today).is_err());
        assert!(parse_date_input("soon", today).unwrap_err().contains("yesterday"));
        // Found by tests/parsers.rs: days back past year 1 made a date no
        // ledger row can hold ('-7972-01-05'); and "--5" was 5 days ahead.
        assert_eq!(parse_date_input("-739947", today), Ok(d("0001-01-01")));
        assert!(parse_date_input("-739948", today).unwrap_err().contains("is not a date"));
        assert!(parse_date_input("-3652026", today).is_err());
        assert!(parse_date_input("--5", today).is_err() && parse_date_input("-+5", today).is_err());
    }

    #[test]
    fn amounts_with_arithmetic() {
        let c = Currency::CNY;
        assert_eq!(eval_amount("35", c), Ok(3500));
        assert_eq!(eval_amount("12.5*3", c), Ok(3750));
        assert_eq!(eval_amount("30+4.5", c), Ok(3450));
        assert_eq!(eval_amount("30 + 4.5 - 0.5", c), Ok(3400));
        assert_eq!(eval_amount("100/3", c), Ok(3333));
        assert_eq!(eval_amount("200/3", c), Ok(6667));
        assert_eq!(eval_amount("2+3*4", c), Ok(1400));
        assert_eq!(eval_amount("9.99*1.5", c), Ok(1499)); // 14.985 -> 14.99
        assert_eq!(eval_amount("-12", c), Ok(-1200));
        assert_eq!(eval_amount("1.5万", c), Ok(1_500_000));
        assert_eq!(eval_amount("1,234.50+1", c), Ok(123_550));
        assert!(eval_amount("5/0", c).is_err());
        assert!(eval_amount("abc", c).is_err());
        assert!(eval_amount("5*", c).is_err());
        assert!(eval_amount("", c).is_err());
    }

    #[test]
    fn percentages() {
        assert_eq!(parse_percent("5"), Ok(0.05));
        assert_eq!(parse_percent("0.95"), Ok(0.0095));
        assert_eq!(parse_percent(" 2% "), Ok(0.02));
        assert_eq!(parse_percent("-1.5"), Ok(-0.015));
        for bad in ["", "five", "1e3", "5000", "NaN", "inf", "-200"] {
            assert!(parse_percent(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn quick_add_line() {
        let q = parse_quick_add("35 lunch").unwrap();
        assert_eq!(q, QuickAdd { amount: "35".into(), payee: "lunch".into(), account: None, category: None });
        let q = parse_quick_add("  12.5*2 美团 外卖 @wechat #food ").unwrap();
        assert_eq!(q.amount, "12.5*2");
        assert_eq!(q.payee, "美团 外卖");
        assert_eq!(q.account.as_deref(), Some("wechat"));
        assert_eq!(q.category.as_deref(), Some("food"));
        assert!(parse_quick_add("   ").is_err());
    }

    #[test]
    fn filter_terms() {
        let q = parse_filter("cat:food acct:alipay >100 <20 2026-10 美团 lunch", Currency::CNY).unwrap();
        assert_eq!(q.category.as_deref(), Some("food"));
        assert_eq!(q.account.as_deref(), Some("alipay"));
        assert_eq!(q.min_abs, Some(10_001));
        assert_eq!(q.max_abs, Some(1_999));
        assert_eq!(q.month, Some("2026-10".parse().unwrap()));
        assert_eq!(q.text.as_deref(), Some("美团 lunch"));
        assert_eq!(parse_filter(">=100", Currency::CNY).unwrap().min_abs, Some(10_000));
        assert!(parse_filter(">abc", Currency::CNY).is_err());
        assert!(parse_filter("2026-13", Currency::CNY).unwrap_err().contains("YYYY-MM"));
        assert_eq!(parse_filter("", Currency::CNY).unwrap(), FilterQuery::default());
    }
}
