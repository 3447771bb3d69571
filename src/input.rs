//! What users type in the interface: relative dates, amounts with inline
//! arithmetic, the quick-add line and the filter query. Pure: "today" is
//! passed in; no I/O, no SQL, no terminal.

use chrono::{Datelike, Duration, NaiveDate};

use crate::model::{Month, Tags, parse_date};
use crate::money::{Currency, Money, ascii_digits, format_minor_plain, parse_minor};
use crate::report::round_ratio;
use crate::text;

mod claim;

pub use claim::{QuickClaim, claim_word};

/// `2026-10-03`, `10-03` or `5-1` (this year), `t` today, `y` yesterday,
/// `-2` two days ago, and in Chinese 今天, 昨天, 前天; full-width digits
/// read as ASCII ones.
pub fn parse_date_input(s: &str, today: NaiveDate) -> Result<NaiveDate, String> {
    let bad = || text::errors::bad_date_input(s.trim());
    let narrowed = ascii_digits(s);
    let s = narrowed.trim();
    let days_back = match s {
        "t" | "today" | "今天" | "今日" => Some(0),
        "y" | "yesterday" | "昨天" | "昨日" => Some(1),
        "前天" => Some(2),
        _ => None,
    };
    if let Some(n) = days_back {
        return today.checked_sub_signed(Duration::days(n)).ok_or_else(bad);
    }
    if let Some(days) = s.strip_prefix('-') {
        let n: i64 = days.parse().ok().filter(|_| days.bytes().all(|b| b.is_ascii_digit())).ok_or_else(bad)?;
        let day = today.checked_sub_signed(Duration::try_days(n).ok_or_else(bad)?).ok_or_else(bad)?;
        // Far enough back leaves the years 0001–9999 that every stored date keeps.
        return parse_date(&day.format("%Y-%m-%d").to_string()).map_err(|_| bad());
    }
    if let Some((m, d)) = month_day(s) {
        return NaiveDate::from_ymd_opt(today.year(), m, d).ok_or_else(bad);
    }
    parse_date(s).map_err(|_| bad())
}

/// `11-28` or `5-1`: a month and a day of one or two digits each.
fn month_day(s: &str) -> Option<(u32, u32)> {
    let (m, d) = s.split_once('-')?;
    let number = |p: &str| {
        let digits = (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit());
        digits.then(|| p.parse::<u32>().ok()).flatten()
    };
    Some((number(m)?, number(d)?))
}

/// An amount, optionally with arithmetic: `12.5*3`, `30+4.5`, `100/3`,
/// `-12`. Operands after `*` and `/` are plain numbers (up to 4 decimals);
/// `*` and `/` bind tighter than `+` and `-`; each product is rounded to
/// minor units, half away from zero. Returns minor units.
///
/// A calculation must come out above zero: `11-28` is a date typed into the
/// amount, not a refund of 17, so a result at or below zero from arithmetic
/// is an error (a refund is typed as a plain negative amount, `-17`), and so
/// is a whole date, whatever it comes to (`1999-01-01`, `2026/10/03`).
pub fn eval_amount(s: &str, currency: Currency) -> Result<i64, String> {
    // Full-width operators too, as an input method types them.
    let narrowed = ascii_digits(s).replace('＊', "*").replace('／', "/");
    let s = narrowed.trim();
    let terms = split_terms(s);
    let mut total = 0i64;
    for (sign, term) in &terms {
        let value = eval_term(term, currency)?;
        let signed = if *sign { value.checked_neg() } else { Some(value) };
        total = signed.and_then(|v| total.checked_add(v)).ok_or_else(|| text::errors::amount_too_large().to_owned())?;
    }
    let arithmetic = terms.len() > 1 || s.contains(['*', '/', '×']);
    // `12-5` may be a discount; `2026-10-03` is never a sum anyone meant.
    let date = date_parts(s);
    if arithmetic && (total <= 0 || date == Some(3)) {
        let result = short_plain(total, currency);
        return Err(if date.is_some() {
            text::errors::amount_is_a_date(s, &result)
        } else {
            text::errors::amount_not_above_zero(s, &result)
        });
    }
    Ok(total)
}

/// `11-28`, `5-10`, `1999-01-01`, `2026/10/03`, `10/3/2026`: a month and
/// a day (and a four-digit year) joined by one kind of separator; two parts
/// only with `-`, as `100/3` is a fair division. Returns how many parts.
fn date_parts(s: &str) -> Option<usize> {
    let sep = if s.contains('-') { '-' } else { '/' };
    let parts: Vec<&str> = s.split(sep).map(str::trim).collect();
    let small = |p: &&str| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit());
    let year = |p: &&str| p.len() == 4 && p.bytes().all(|b| b.is_ascii_digit());
    let n = |p: &str| p.parse::<u32>().unwrap_or(0);
    let (month, day) = match parts.as_slice() {
        [m, d] if sep == '-' && small(m) && small(d) => (n(m), n(d)),
        [y, m, d] if year(y) && small(m) && small(d) => (n(m), n(d)),
        // Day first or month first before the year: either reading will do.
        [a, b, y] if year(y) && small(a) && small(b) => (n(a).min(n(b)), n(a).max(n(b))),
        _ => return None,
    };
    ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some(parts.len())
}

/// `-17`, `-1997`, `-0.50`: a result as a calculation shows it, without
/// the symbol and without `.00`.
fn short_plain(minor: i64, currency: Currency) -> String {
    let plain = format_minor_plain(minor, currency.exponent());
    match plain.split_once('.') {
        Some((whole, frac)) if frac.bytes().all(|b| b == b'0') => whole.to_owned(),
        _ => plain,
    }
}

/// Splits at binary `+` and `-` (an operator after a digit, dot, 万, a yuan
/// word or space following an operand); returns (negate, term) pairs.
fn split_terms(s: &str) -> Vec<(bool, &str)> {
    let mut out = Vec::new();
    let (mut start, mut negate) = (0, false);
    let mut prev: Option<char> = None;
    for (i, c) in s.char_indices() {
        let after_operand = prev.is_some_and(|p| p.is_ascii_digit() || ".万萬元块圆塊圓钱".contains(p));
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

/// The quick-add line: `35 lunch @wechat #food +旅行`, optionally after a
/// date (`y 15 午饭`, `-2 …`, `11-28 …`, `昨天 …`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuickAdd {
    /// The leading date as typed (read with [`parse_date_input`] against
    /// today), when the line starts with one; else the entry is today's.
    pub date: Option<String>,
    pub amount: String,
    pub payee: String,
    pub account: Option<String>,
    pub category: Option<String>,
    /// Words starting `+` or `＋` (`+旅行`), cleaned by [`Tags`].
    pub tags: Tags,
    /// `!报销` (reimbursable) or `AA:4` (split): at most one.
    pub claim: Option<QuickClaim>,
}

/// A first word is the date only when it reads as one and an amount follows:
/// `-2 lunch` is a refund of 2, `-2 15 lunch` 15 spent two days ago.
pub fn parse_quick_add(line: &str) -> Result<QuickAdd, String> {
    let mut words = line.split_whitespace().peekable();
    let first = words.next().ok_or_else(|| text::errors::quick_add_empty().to_owned())?;
    // Whether a word is a date does not depend on the day it is read, but
    // for 2-29: a leap year's day lets it count, and today's year judges it.
    let leap = NaiveDate::from_ymd_opt(2028, 6, 1).unwrap_or_default();
    let (date, amount) = match (parse_date_input(first, leap), words.peek()) {
        (Ok(_), Some(next)) if starts_like_amount(next) => (Some(first.to_owned()), words.next().unwrap_or(first)),
        _ => (None, first),
    };
    let (mut payee, mut account, mut category, mut tags) = (Vec::new(), None, None, Vec::new());
    let mut claim = None;
    for w in words {
        if let Some(c) = claim::claim_word(w) {
            if claim.replace(c).is_some() {
                return Err(text::claims::one_claim().to_owned());
            }
        } else if is_tag_word(w) {
            tags.push(w);
        } else if let Some(a) = w.strip_prefix('@').filter(|a| !a.is_empty()) {
            account = Some(a.to_owned());
        } else if let Some(c) = w.strip_prefix('#').filter(|c| !c.is_empty()) {
            category = Some(c.to_owned());
        } else {
            payee.push(w);
        }
    }
    let tags = Tags::from_words(tags).map_err(|e| e.to_string())?;
    Ok(QuickAdd { date, amount: amount.to_owned(), payee: payee.join(" "), account, category, tags, claim })
}

/// `+旅行` or `＋旅行`: a tag. A word that starts like an amount (`+86`, a
/// phone's country code in a payee) stays what it was.
fn is_tag_word(w: &str) -> bool {
    let rest = w.strip_prefix('+').or_else(|| w.strip_prefix('＋'));
    rest.is_some_and(|r| !r.is_empty() && !r.starts_with(['+', '＋']) && !starts_like_amount(w))
}

/// A word that starts as an amount does: a digit, after any sign or ¥.
fn starts_like_amount(w: &str) -> bool {
    let narrowed = ascii_digits(w);
    let body = narrowed.trim_start_matches(['-', '+', '¥', '￥']);
    let body = body.strip_prefix('.').unwrap_or(body);
    body.starts_with(|c: char| c.is_ascii_digit())
}

/// The filter line: free text over payee and note, plus `cat:NAME`,
/// `acct:NAME`, `tag:NAME`, `>100`, `<20`, and a month `2026-10`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FilterQuery {
    pub text: Option<String>,
    pub category: Option<String>,
    pub account: Option<String>,
    pub min_abs: Option<i64>,
    pub max_abs: Option<i64>,
    pub month: Option<Month>,
    /// One tag, as stored (`tag:+旅行` is 旅行).
    pub tag: Option<String>,
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
        } else if let Some(t) = w.strip_prefix("tag:").or_else(|| w.strip_prefix("标签:")) {
            let tags = Tags::parse(t).map_err(|e| e.to_string())?;
            if tags.len() != 1 {
                return Err(text::tags::one_tag(t));
            }
            q.tag = Some(tags.stored());
        } else if let Some(v) = w.strip_prefix(">=") {
            q.min_abs = Some(amount(v)?);
        } else if let Some(v) = w.strip_prefix("<=") {
            q.max_abs = Some(amount(v)?);
        } else if let Some(v) = w.strip_prefix('>') {
            q.min_abs = Some(amount(v)?.saturating_add(1));
        } else if let Some(v) = w.strip_prefix('<') {
            // Sizes are never below zero: `<0` would match nothing, silently.
            let below = amount(v)?;
            if below == 0 {
                return Err(text::errors::filter_below_zero(w));
            }
            q.max_abs = Some(below.saturating_sub(1));
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
        // Found by tests/store/parsers.rs: days back past year 1 made a date no
        // ledger row can hold ('-7972-01-05'); and "--5" was 5 days ahead.
        assert_eq!(parse_date_input("-739947", today), Ok(d("0001-01-01")));
        assert!(parse_date_input("-739948", today).unwrap_err().contains("is not a date"));
        assert!(parse_date_input("-3652026", today).is_err());
        assert!(parse_date_input("--5", today).is_err() && parse_date_input("-+5", today).is_err());
        // Issue 19 item 21: the words people use, one-digit months and days,
        // full-width digits.
        assert_eq!(parse_date_input("今天", today), Ok(today));
        assert_eq!(parse_date_input("昨天", today), Ok(d("2026-11-27")));
        assert_eq!(parse_date_input("前天", today), Ok(d("2026-11-26")));
        assert_eq!(parse_date_input("5-1", today), Ok(d("2026-05-01")));
        assert_eq!(parse_date_input("１１－２８", today), Ok(d("2026-11-28")));
        assert_eq!(parse_date_input("－２", today), Ok(d("2026-11-26")));
        assert!(parse_date_input("2-30", today).is_err());
        assert!(parse_date_input("123-1", today).is_err() && parse_date_input("1-", today).is_err());
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
        // Issue 19 item 21: the yuan words and full-width digits.
        assert_eq!(eval_amount("15元", c), Ok(1500));
        assert_eq!(eval_amount("5块", c), Ok(500));
        assert_eq!(eval_amount("¥15", c), Ok(1500));
        assert_eq!(eval_amount("１５", c), Ok(1500));
        assert_eq!(eval_amount("１２．５＊２", c), Ok(2500));
        assert_eq!(eval_amount("30元+5块", c), Ok(3500));
    }

    /// Issue 19 item 4: dates and typos in the amount were saved as refunds.
    #[test]
    fn arithmetic_never_comes_out_at_or_below_zero_silently() {
        let c = Currency::CNY;
        assert_eq!(
            eval_amount("11-28", c).unwrap_err(),
            "11-28 = -17: did you mean a date? The amount takes a number (a refund as a plain negative amount, like -17)"
        );
        assert!(eval_amount("1999-01-01", c).unwrap_err().starts_with("1999-01-01 = 1997: did you mean a date?"));
        assert!(eval_amount("5-10", c).unwrap_err().starts_with("5-10 = -5: did you mean a date?"));
        // A whole date is no sum anyone meant, even when it comes out positive.
        assert!(eval_amount("2026-10-03", c).unwrap_err().starts_with("2026-10-03 = 2013: did you mean a date?"));
        assert!(eval_amount("2026/10/03", c).unwrap_err().contains("did you mean a date?"));
        assert!(eval_amount("１１－２８", c).unwrap_err().starts_with("11-28 = -17: did you mean"));
        // Arithmetic that is no date says how a refund is typed.
        assert!(eval_amount("20-20", c).unwrap_err().starts_with("20-20 = 0: a calculation must come out above zero"));
        assert!(eval_amount("5-5", c).unwrap_err().starts_with("5-5 = 0: did you mean a date?"));
        assert!(eval_amount("10/3/2026", c).unwrap_err().contains("did you mean a date?"));
        assert!(eval_amount("3/25/2026", c).unwrap_err().contains("did you mean a date?"));
        assert!(eval_amount("3-12.5", c).unwrap_err().starts_with("3-12.5 = -9.50: a calculation"));
        assert!(eval_amount("-12*2", c).unwrap_err().contains("plain negative amount"));
        // Plain negatives are refunds; sums above zero stay sums, a short
        // difference (a discount?) too.
        assert_eq!(eval_amount("-17", c), Ok(-1700));
        assert_eq!(eval_amount("- 17", c), Ok(-1700));
        assert_eq!(eval_amount("12-5", c), Ok(700));
        assert_eq!(eval_amount("100-20", c), Ok(8000));
        assert_eq!(eval_amount("100/3", c), Ok(3333));
        assert_eq!(eval_amount("10/3", c), Ok(333));
        crate::text::in_lang(crate::text::Lang::Zh, || {
            assert!(eval_amount("11-28", c).unwrap_err().starts_with("11-28 = -17：是想输入日期吗？"));
        });
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
        let want = QuickAdd {
            date: None,
            amount: "35".into(),
            payee: "lunch".into(),
            account: None,
            category: None,
            tags: Tags::none(),
            claim: None,
        };
        assert_eq!(q, want);
        let q = parse_quick_add("  12.5*2 美团 外卖 @wechat #food ").unwrap();
        assert_eq!(q.amount, "12.5*2");
        assert_eq!(q.payee, "美团 外卖");
        assert_eq!(q.account.as_deref(), Some("wechat"));
        assert_eq!(q.category.as_deref(), Some("food"));
        assert!(parse_quick_add("   ").is_err());
        // Claim markers: 35*4 火锅 split four ways; a trip reimbursable by a firm.
        let q = parse_quick_add("35*4 火锅 AA:4 @wechat").unwrap();
        assert_eq!((q.amount.as_str(), q.payee.as_str()), ("35*4", "火锅"));
        assert_eq!(q.claim, Some(QuickClaim::Share { ways: 4, with: vec![] }));
        let q = parse_quick_add("1200 高铁 !报销:公司 +出差").unwrap();
        assert_eq!(q.claim, Some(QuickClaim::Reimburse { by: Some("公司".into()) }));
        assert_eq!(q.payee, "高铁");
        assert!(parse_quick_add("20 x !r AA:2").is_err(), "one claim a line");
    }

    /// Issue 19 item 21: a date may come first, when an amount follows it.
    #[test]
    fn quick_add_takes_a_leading_date() {
        let today = d("2026-11-28");
        let q = |line: &str| parse_quick_add(line).unwrap();
        let day = |q: QuickAdd| q.date.map(|d| parse_date_input(&d, today).unwrap());
        for (line, date) in [
            ("y 15 午饭", "2026-11-27"),
            ("昨天 15 午饭", "2026-11-27"),
            ("前天 15 午饭", "2026-11-26"),
            ("-2 15 午饭", "2026-11-26"),
            ("11-28 15 午饭", "2026-11-28"),
            ("5-1 15元 午饭", "2026-05-01"),
            ("2026-10-03 ¥15 午饭", "2026-10-03"),
            ("t １５ 午饭", "2026-11-28"),
        ] {
            assert_eq!(q(line).payee, "午饭", "{line}");
            assert_eq!(day(q(line)), Some(d(date)), "{line}");
        }
        assert_eq!(q("y 15 午饭").amount, "15");
        // 2-29 is a date in the line; the year it is read in says whether it is a day.
        assert_eq!(q("2-29 15 x").date.as_deref(), Some("2-29"));
        assert!(parse_date_input("2-29", today).is_err());
        // No amount after it: the first word is the amount (a refund of 2).
        let refund = q("-2 lunch");
        assert_eq!((refund.date, refund.amount.as_str(), refund.payee.as_str()), (None, "-2", "lunch"));
        // A first word that is no date stays the amount, whatever follows.
        assert_eq!(q("35 2 lunch").date, None);
        assert_eq!(q("35 2 lunch").payee, "2 lunch");
        assert_eq!(q("y lunch").amount, "y");
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
        // Issue 19 item 23: sizes are never below zero.
        assert!(parse_filter("<0", Currency::CNY).unwrap_err().contains("'<0' matches nothing"));
        assert!(parse_filter("<-0", Currency::CNY).is_err());
        assert_eq!(parse_filter("<=0", Currency::CNY).unwrap().max_abs, Some(0));
        assert_eq!(parse_filter("<0.01", Currency::CNY).unwrap().max_abs, Some(0));
    }
}
