//! Money: integer minor units tagged with an ISO 4217 currency — parsing what people
//! type, formatting it back, and checked arithmetic. Pure core: it must not touch I/O,
//! the clock, the database or the terminal, and it never uses floating point.

use std::borrow::Cow;
use std::fmt;

use crate::text::Lang;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::text;

/// A currency from the built-in table: its ISO 4217 code, how many minor-unit digits
/// it has (2 for CNY fen, 0 for JPY) and the symbol shown in front of amounts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Currency {
    code: &'static str,
    exponent: u32,
    symbol: &'static str,
}

const fn cur(code: &'static str, exponent: u32, symbol: &'static str) -> Currency {
    Currency { code, exponent, symbol }
}

/// Every currency nestegg knows. Symbols are unambiguous side by side: "¥" means CNY
/// here, so JPY shows as "JP¥"; a trailing space keeps letter symbols off the digits.
const KNOWN: [Currency; 17] = [
    Currency::CNY,
    Currency::USD,
    Currency::EUR,
    cur("GBP", 2, "£"),
    Currency::JPY,
    cur("HKD", 2, "HK$"),
    cur("TWD", 2, "NT$"),
    cur("MOP", 2, "MOP$"),
    cur("KRW", 0, "₩"),
    cur("SGD", 2, "S$"),
    cur("AUD", 2, "A$"),
    cur("NZD", 2, "NZ$"),
    cur("CAD", 2, "C$"),
    cur("CHF", 2, "CHF "),
    cur("INR", 2, "₹"),
    cur("THB", 2, "฿"),
    cur("KWD", 3, "KD "),
];

impl Currency {
    /// `minor` units of this currency as a reader sees them (`¥1,234.56`):
    /// what every table, header and message shows.
    pub fn show(self, minor: i64) -> String {
        Money::new(minor, self).display()
    }

    pub const CNY: Currency = cur("CNY", 2, "¥");
    pub const USD: Currency = cur("USD", 2, "$");
    pub const EUR: Currency = cur("EUR", 2, "€");
    pub const JPY: Currency = cur("JPY", 0, "JP¥");

    /// Looks a code up case-insensitively (surrounding spaces ignored).
    pub fn from_code(code: &str) -> Result<Currency, MoneyError> {
        let wanted = code.trim();
        KNOWN
            .iter()
            .find(|c| c.code.eq_ignore_ascii_case(wanted))
            .copied()
            .ok_or_else(|| MoneyError::UnknownCurrency(wanted.to_string()))
    }

    /// The whole table, for listing choices to the user.
    pub fn all() -> &'static [Currency] {
        &KNOWN
    }

    pub fn code(&self) -> &'static str {
        self.code
    }

    pub fn exponent(&self) -> u32 {
        self.exponent
    }

    pub fn symbol(&self) -> &'static str {
        self.symbol
    }

    /// Prefixes accepted in input: the symbol, the code, and the yen/yuan signs people
    /// actually type (full-width ￥ from Chinese IMEs, "RMB" on receipts).
    fn markers(self) -> [&'static str; 4] {
        let (a, b) = match self.code {
            "CNY" => ("￥", "RMB"),
            "JPY" => ("￥", "¥"),
            _ => ("", ""),
        };
        [self.symbol.trim_end(), self.code, a, b]
    }

    fn strip_marker(self, s: &str) -> &str {
        self.markers()
            .into_iter()
            .filter(|m| !m.is_empty())
            .find_map(|m| match s.get(..m.len()) {
                Some(head) if head.eq_ignore_ascii_case(m) => Some(&s[m.len()..]),
                _ => None,
            })
            .unwrap_or(s)
    }
}

impl Default for Currency {
    fn default() -> Self {
        Currency::CNY
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code)
    }
}

impl Serialize for Currency {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code)
    }
}

impl<'de> Deserialize<'de> for Currency {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let code = String::deserialize(deserializer)?;
        Currency::from_code(&code).map_err(serde::de::Error::custom)
    }
}

/// The largest amount nestegg holds, in minor units (¥10,000,000,000.00):
/// far above any real payment, budget, goal or plan, far below where a sum
/// of even millions of them could overflow. Every figure that is typed,
/// imported or posted is held to it ([`limited`]); the store refuses a row
/// beyond it whatever path it came by.
pub const MAX_AMOUNT: i64 = 1_000_000_000_000;

/// Whether `minor` units are more, either way, than [`MAX_AMOUNT`].
pub const fn over_limit(minor: i64) -> bool {
    minor.unsigned_abs() > MAX_AMOUNT.unsigned_abs()
}

/// `m` when its size is within [`MAX_AMOUNT`], else `OverLimit`.
pub fn limited(m: Money) -> Result<Money, MoneyError> {
    if over_limit(m.minor) { Err(MoneyError::OverLimit { amount: m }) } else { Ok(m) }
}

/// Why an amount could not be read or computed. Messages name the problem and the fix.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    #[error("{}", text::errors::amount_empty())]
    Empty,
    /// `decimals` counts places after any 万 is applied; `currency` is None from `parse_minor`.
    #[error("{}", too_many_decimals(.input, *.decimals, *.allowed, *.currency))]
    TooManyDecimals { input: String, decimals: usize, allowed: u32, currency: Option<&'static str> },
    #[error("{}", text::errors::not_an_amount(.input))]
    NotANumber { input: String },
    #[error("{}", text::errors::exponent(.input, .hint))]
    Exponent { input: String, hint: String },
    #[error("{}", text::errors::multiple_signs(.input))]
    MultipleSigns { input: String },
    #[error("{}", text::errors::stray_text(.input, .stray))]
    StrayText { input: String, stray: String },
    #[error("{}", text::errors::invalid_amount(.input, .reason))]
    Invalid { input: String, reason: String },
    #[error("{}", text::errors::amount_overflow())]
    Overflow,
    /// Over [`MAX_AMOUNT`]: one limit for every figure typed, imported or posted.
    #[error("{}", text::errors::amount_over_limit(&.amount.display(), &Money::new(MAX_AMOUNT, .amount.currency).display()))]
    OverLimit { amount: Money },
    #[error("{}", text::errors::currency_mismatch(.left, .right))]
    CurrencyMismatch { left: Currency, right: Currency },
    #[error("{}", text::errors::unknown_currency(.0, &known_codes()))]
    UnknownCurrency(String),
}

fn too_many_decimals(input: &str, found: usize, allowed: u32, currency: Option<&str>) -> String {
    let who = currency.map_or_else(|| text::errors::this_amount().to_owned(), text::errors::currency_amounts);
    let has = if found == 1 { text::errors::one_decimal().to_owned() } else { text::errors::n_decimals(found) };
    match allowed {
        0 => text::errors::decimals_none(input, &has, &who),
        1 => text::errors::decimals_one(input, &has, &who),
        n => text::errors::decimals_many(input, &has, &who, n),
    }
}

fn known_codes() -> String {
    KNOWN.iter().map(|c| c.code).collect::<Vec<_>>().join(", ")
}

/// An amount: a count of minor units (fen, cents) in one currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Money {
    pub minor: i64,
    pub currency: Currency,
}

impl Money {
    pub const fn new(minor: i64, currency: Currency) -> Money {
        Money { minor, currency }
    }

    pub const fn zero(currency: Currency) -> Money {
        Money::new(0, currency)
    }

    /// Reads what a person typed; see `parse_minor` for the grammar. Also accepts the
    /// currency's symbol or code before or after the sign (`-¥25`, `¥-25`, `CNY 25`),
    /// and for CNY the yuan written after the number (`15元`, `5块`, `1.5万元`).
    pub fn parse(input: &str, currency: Currency) -> Result<Money, MoneyError> {
        parse_amount(input, currency.exponent, Some(currency)).map(|m| Money::new(m, currency))
    }

    /// `¥1,234.56`, `-¥25.00`, `JP¥1,234`: sign, symbol, grouped digits.
    pub fn display(&self) -> String {
        let plain = self.plain();
        let unsigned = plain.trim_start_matches('-');
        let (int, frac) = unsigned.split_once('.').unwrap_or((unsigned, ""));
        let sign = if self.minor < 0 { "-" } else { "" };
        let dot = if frac.is_empty() { "" } else { "." };
        format!("{sign}{}{}{dot}{frac}", self.currency.symbol, group_thousands(int))
    }

    /// `1234.56`, `-25.00`, `1234` (JPY): for CSV and editing, no symbol or commas.
    pub fn plain(&self) -> String {
        format_minor_plain(self.minor, self.currency.exponent)
    }

    /// Short form for chart axes, in major units, without symbol: `-300`, `2.5k`,
    /// `12.3k`, `1.2M`, `3B`, `9223372T`. Below 1,000 it is a whole number; above, one
    /// decimal with k/M/B/T, a `.0` dropped. Rounding is half away from zero, and a
    /// value that rounds up to 1,000 of a unit moves to the next (999,960 -> `1M`).
    pub fn compact(&self) -> String {
        self.compact_in(Lang::En)
    }

    /// `compact` as the language counts: English in thousands (`12.3k`),
    /// Chinese in ten-thousands (`1.2万`, `3.5亿`, `2万亿`; below 10,000 a
    /// whole number), with the same rounding.
    pub fn compact_in(&self, lang: Lang) -> String {
        const EN: [(u128, &str); 5] =
            [(1, ""), (1_000, "k"), (1_000_000, "M"), (1_000_000_000, "B"), (1_000_000_000_000, "T")];
        const ZH: [(u128, &str); 4] = [(1, ""), (10_000, "万"), (100_000_000, "亿"), (1_000_000_000_000, "万亿")];
        let steps: &[(u128, &str)] = match lang {
            Lang::En => &EN,
            Lang::Zh => &ZH,
        };
        // Table exponents are at most 3, so 10^exponent always fits in u128.
        let unit = 10u128.pow(self.currency.exponent);
        let abs = u128::from(self.minor.unsigned_abs());
        let mut step = steps.iter().rposition(|(d, _)| abs >= d * unit).unwrap_or(0);
        loop {
            let (div, suffix) = steps[step];
            let tenths = if step == 0 { 1 } else { 10 };
            let denom = div * unit;
            // Rounding the magnitude half up is rounding the value half away from zero.
            let q = (2 * abs * tenths + denom) / (2 * denom);
            if let Some((next, _)) = steps.get(step + 1)
                && q >= next / div * tenths
            {
                step += 1;
                continue;
            }
            let sign = if self.minor < 0 && q != 0 { "-" } else { "" };
            return match (tenths, q % 10) {
                (1, _) => format!("{sign}{q}"),
                (_, 0) => format!("{sign}{}{suffix}", q / 10),
                (_, d) => format!("{sign}{}.{d}{suffix}", q / 10),
            };
        }
    }

    pub fn checked_add(self, other: Money) -> Result<Money, MoneyError> {
        self.same_currency(other)?;
        self.with(self.minor.checked_add(other.minor))
    }

    pub fn checked_sub(self, other: Money) -> Result<Money, MoneyError> {
        self.same_currency(other)?;
        self.with(self.minor.checked_sub(other.minor))
    }

    pub fn checked_neg(self) -> Result<Money, MoneyError> {
        self.with(self.minor.checked_neg())
    }

    /// Absolute value; `Overflow` for i64::MIN, whose magnitude has no i64.
    pub fn abs(self) -> Result<Money, MoneyError> {
        self.with(self.minor.checked_abs())
    }

    pub fn is_negative(&self) -> bool {
        self.minor < 0
    }

    pub fn is_zero(&self) -> bool {
        self.minor == 0
    }

    fn same_currency(self, other: Money) -> Result<(), MoneyError> {
        if self.currency == other.currency {
            Ok(())
        } else {
            Err(MoneyError::CurrencyMismatch { left: self.currency, right: other.currency })
        }
    }

    fn with(self, minor: Option<i64>) -> Result<Money, MoneyError> {
        minor.map(|m| Money::new(m, self.currency)).ok_or(MoneyError::Overflow)
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.display())
    }
}

/// `minor` as a plain decimal with `exponent` places: (-2500, 2) -> `-25.00`.
/// `exponent` is a currency's (0–3); the string is `exponent + 1` digits or longer.
pub fn format_minor_plain(minor: i64, exponent: u32) -> String {
    // unsigned_abs keeps i64::MIN exact where abs() would overflow.
    let digits = minor.unsigned_abs().to_string();
    let sign = if minor < 0 { "-" } else { "" };
    if exponent == 0 {
        return format!("{sign}{digits}");
    }
    let places = exponent as usize;
    let padded = format!("{digits:0>width$}", width = places + 1);
    let (int, frac) = padded.split_at(padded.len() - places);
    format!("{sign}{int}.{frac}")
}

fn group_thousands(digits: &str) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// Reads a plain amount into minor units for a currency with `exponent` places.
/// Grammar: spaces (incl. U+3000), one optional `+`/`-`, digits with optional
/// comma groups of three, optional `.` and decimals (`25.` and `.5` are fine;
/// trailing zeros past the exponent are ignored), optional `万` (×10,000). Full-width
/// digits and signs read as their ASCII twins ([`ascii_digits`]). No floats:
/// digits accumulate as a negative i64 so i64::MIN is reachable and overflow is an error.
pub fn parse_minor(input: &str, exponent: u32) -> Result<i64, MoneyError> {
    parse_amount(input, exponent, None)
}

/// What a Chinese input method types, in the ASCII the grammar reads:
/// full-width digits, point, comma and signs (`１５．５` -> `15.5`), and the
/// minus sign U+2212. Anything else is left as typed.
pub fn ascii_digits(s: &str) -> Cow<'_, str> {
    let narrow = |c: char| match c {
        '０'..='９' => char::from_u32(u32::from(c) - u32::from('０') + u32::from('0')),
        '．' => Some('.'),
        '，' => Some(','),
        '＋' => Some('+'),
        '－' | '−' => Some('-'),
        _ => None,
    };
    if s.chars().any(|c| narrow(c).is_some()) {
        Cow::Owned(s.chars().map(|c| narrow(c).unwrap_or(c)).collect())
    } else {
        Cow::Borrowed(s)
    }
}

/// Words after a yuan amount as people write it (`15元`, `5块`, `20块钱`):
/// read for CNY only, where they say nothing the currency does not.
const YUAN_WORDS: [&str; 6] = ["块钱", "元", "块", "圆", "塊", "圓"];

fn parse_amount(raw: &str, exponent: u32, currency: Option<Currency>) -> Result<i64, MoneyError> {
    let input = raw.trim();
    let invalid = |reason: &str| MoneyError::Invalid { input: input.to_string(), reason: reason.to_string() };
    let multiple_signs = || MoneyError::MultipleSigns { input: input.to_string() };

    let narrowed = ascii_digits(input);
    let mut sign = None;
    let mut rest: &str = &narrowed;
    if currency == Some(Currency::CNY) {
        if let Some(body) = YUAN_WORDS.iter().find_map(|w| rest.strip_suffix(w)) {
            rest = body.trim_end();
        }
    }
    if let Some((negative, after)) = take_sign(rest) {
        sign = Some(negative);
        rest = after.trim_start();
    }
    if let Some(c) = currency {
        rest = c.strip_marker(rest).trim_start();
    }
    if let Some((negative, after)) = take_sign(rest) {
        if sign.is_some() {
            return Err(multiple_signs());
        }
        sign = Some(negative);
        rest = after.trim_start();
    }
    let negative = sign == Some(true);
    let (body, wan) = match rest.strip_suffix(['万', '萬']) {
        Some(b) => (b.trim_end(), true),
        None => (rest, false),
    };

    if body.is_empty() {
        return Err(MoneyError::Empty);
    }
    if ["nan", "inf", "infinity"].iter().any(|w| body.eq_ignore_ascii_case(w)) {
        return Err(MoneyError::NotANumber { input: input.to_string() });
    }
    if let Some(hint) = exponent_hint(body, negative) {
        return Err(MoneyError::Exponent { input: input.to_string(), hint });
    }
    let allowed = |c: char| c.is_ascii_digit() || c == ',' || c == '.';
    let bad = |c: char| !allowed(c) && !c.is_whitespace();
    if let Some((i, ch)) = body.char_indices().find(|&(_, c)| bad(c)) {
        return Err(match ch {
            '-' | '+' if i == 0 => multiple_signs(),
            '-' | '+' => invalid(text::errors::sign_at_front()),
            '万' | '萬' => invalid(text::errors::wan_at_end()),
            // No digit anywhere: the input was not meant as a number at all.
            _ if !body.chars().any(|c| c.is_ascii_digit()) => invalid(text::errors::starts_with_number()),
            _ => MoneyError::StrayText {
                input: input.to_string(),
                stray: body[i..].chars().take_while(|&c| bad(c)).collect(),
            },
        });
    }
    if body.contains(char::is_whitespace) {
        return Err(invalid(text::errors::space_inside()));
    }

    let (int_part, frac_part) = body.split_once('.').unwrap_or((body, ""));
    if frac_part.contains('.') {
        return Err(invalid(text::errors::two_points()));
    }
    if frac_part.contains(',') {
        return Err(invalid(text::errors::commas_whole()));
    }
    if !body.contains(|c: char| c.is_ascii_digit()) {
        return Err(invalid(text::errors::no_digits()));
    }
    if int_part.contains(',') && !valid_groups(int_part) {
        return Err(invalid(text::errors::commas_three()));
    }

    let shift: usize = if wan { 4 } else { 0 };
    let scale = u64::from(exponent) + shift as u64;
    let frac = frac_part.trim_end_matches('0');
    if frac.len() as u64 > scale {
        return Err(MoneyError::TooManyDecimals {
            input: input.to_string(),
            decimals: frac.len() - shift,
            allowed: exponent,
            currency: currency.map(|c| c.code),
        });
    }
    let mut acc: i64 = 0;
    for b in int_part.bytes().filter(u8::is_ascii_digit).chain(frac.bytes()) {
        let digit = i64::from(b - b'0');
        acc = acc.checked_mul(10).and_then(|a| a.checked_sub(digit)).ok_or(MoneyError::Overflow)?;
    }
    if acc != 0 {
        let pad = u32::try_from(scale - frac.len() as u64)
            .ok()
            .and_then(|p| 10i64.checked_pow(p))
            .ok_or(MoneyError::Overflow)?;
        acc = acc.checked_mul(pad).ok_or(MoneyError::Overflow)?;
    }
    if negative { Ok(acc) } else { acc.checked_neg().ok_or(MoneyError::Overflow) }
}

fn take_sign(s: &str) -> Option<(bool, &str)> {
    s.strip_prefix('-').map(|r| (true, r)).or_else(|| s.strip_prefix('+').map(|r| (false, r)))
}

fn valid_groups(int_part: &str) -> bool {
    let mut groups = int_part.split(',');
    let first = groups.next().unwrap_or("");
    (1..=3).contains(&first.len()) && groups.all(|g| g.len() == 3)
}

/// If `body` is scientific notation (`1e5`, `2.5E-3`), how to write it out instead.
fn exponent_hint(body: &str, negative: bool) -> Option<String> {
    let (mantissa, exp) = body.split_once(['e', 'E'])?;
    let exp_digits = exp.strip_prefix(['+', '-']).unwrap_or(exp);
    let mantissa_ok = mantissa.contains(|c: char| c.is_ascii_digit())
        && mantissa.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',');
    if !mantissa_ok || exp_digits.is_empty() || !exp_digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    Some(match written_out(mantissa, exp, negative) {
        Some(n) => text::errors::write_out(&n),
        None => text::errors::write_in_full().to_string(),
    })
}

/// Moves the decimal point as a string, so no float ever holds the value.
fn written_out(mantissa: &str, exp: &str, negative: bool) -> Option<String> {
    let power = exp.parse::<i64>().ok().filter(|p| (-24..=24).contains(p))?;
    let m: String = mantissa.chars().filter(|&c| c != ',').collect();
    let (int, frac) = m.split_once('.').unwrap_or((&m, ""));
    if frac.contains('.') {
        return None;
    }
    let digits = format!("{int}{frac}");
    let point = int.len() as i64 + power;
    let (whole, fraction) = if point <= 0 {
        (String::new(), format!("{}{digits}", "0".repeat(point.unsigned_abs() as usize)))
    } else if point as usize >= digits.len() {
        (format!("{digits}{}", "0".repeat(point as usize - digits.len())), String::new())
    } else {
        let (w, f) = digits.split_at(point as usize);
        (w.to_string(), f.to_string())
    };
    let whole = match whole.trim_start_matches('0') {
        "" => "0",
        w => w,
    };
    let sign = if negative { "-" } else { "" };
    Some(match fraction.trim_end_matches('0') {
        "" => format!("{sign}{whole}"),
        f => format!("{sign}{whole}.{f}"),
    })
}

#[cfg(test)]
mod compact_tests;
#[cfg(test)]
mod tests;
