//! Plain data types shared by every layer: accounts, categories, transactions,
//! months, filters. Pure: no I/O, no clock, no SQL, no terminal.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::money::Currency;
use crate::text;

pub mod clean;
mod cycle;
pub mod names;
pub mod tags;
pub use cycle::{Cycle, week_of, week_sql};
pub use tags::{TagError, Tags};

/// Where money sits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AccountKind {
    Bank,
    Cash,
    Wallet,
    Credit,
    Savings,
    /// Funds, shares, wealth products: valued by what the owner types
    /// (`nestegg value`), so a gain is neither income nor spending.
    Investment,
    /// A home: its value typed (its opening balance, the purchase price,
    /// until a valuation says otherwise). Not liquid.
    Home,
    /// A loan (a mortgage): what is owed, negative; with terms set
    /// (`accounts loan`) its balance follows the repayment schedule.
    Loan,
    /// A person money is lent to or borrowed from (`nestegg lend`): its
    /// balance is what they owe (positive, a receivable) or are owed
    /// (negative, a payable). Neither cash nor liquid, never picked for a
    /// payment.
    Person,
}

impl AccountKind {
    pub const ALL: [AccountKind; 9] = [
        AccountKind::Bank,
        AccountKind::Cash,
        AccountKind::Wallet,
        AccountKind::Credit,
        AccountKind::Savings,
        AccountKind::Investment,
        AccountKind::Home,
        AccountKind::Loan,
        AccountKind::Person,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            AccountKind::Bank => "bank",
            AccountKind::Cash => "cash",
            AccountKind::Wallet => "wallet",
            AccountKind::Credit => "credit",
            AccountKind::Savings => "savings",
            AccountKind::Investment => "investment",
            AccountKind::Home => "home",
            AccountKind::Loan => "loan",
            AccountKind::Person => "person",
        }
    }

    /// What is owed rather than owned: net worth counts its balance
    /// (negative) as a liability.
    pub fn is_liability(self) -> bool {
        matches!(self, AccountKind::Credit | AccountKind::Loan)
    }

    /// Cash and what is owed on cards: the money a move's "lowest cash"
    /// watches (not investments, a home or a loan).
    pub fn is_cash(self) -> bool {
        matches!(
            self,
            AccountKind::Bank | AccountKind::Cash | AccountKind::Wallet | AccountKind::Credit | AccountKind::Savings
        )
    }

    /// Liquid: cash and investments, what a plan starts from (not a home,
    /// not the loan on it).
    pub fn is_liquid(self) -> bool {
        self.is_cash() || self == AccountKind::Investment
    }

    /// Whether money is paid from or into it by hand: not a person (what
    /// is lent is a transfer to them), so pickers and quick add's guess of
    /// an account leave people out.
    pub fn is_payable(self) -> bool {
        self != AccountKind::Person
    }
}

impl FromStr for AccountKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        // The token, or the kind's word in either language (`person`, `人`).
        let s = s.trim();
        AccountKind::ALL
            .into_iter()
            .find(|k| k.as_str().eq_ignore_ascii_case(s) || text::terms::kind_words(k.as_str()).contains(&s))
            .ok_or_else(|| text::errors::unknown_kind(s))
    }
}

impl fmt::Display for AccountKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a category's money counts as in a month summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Class {
    Income,
    Housing,
    Spending,
}

impl Class {
    pub const ALL: [Class; 3] = [Class::Income, Class::Housing, Class::Spending];

    pub fn as_str(self) -> &'static str {
        match self {
            Class::Income => "income",
            Class::Housing => "housing",
            Class::Spending => "spending",
        }
    }

    /// The class as the reader calls it (`住房` for housing in Chinese).
    pub fn word(self) -> &'static str {
        text::terms::class(self.as_str())
    }

    /// The sign a positive typed amount gets when stored: income adds to an
    /// account, housing and spending take from it.
    pub fn sign(self) -> i64 {
        match self {
            Class::Income => 1,
            Class::Housing | Class::Spending => -1,
        }
    }
}

impl FromStr for Class {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Class::ALL
            .into_iter()
            .find(|c| c.as_str().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| text::errors::unknown_class(s))
    }
}

impl fmt::Display for Class {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Account {
    pub id: i64,
    pub name: String,
    pub kind: AccountKind,
    pub currency: Currency,
    pub archived: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Category {
    pub id: i64,
    pub name: String,
    pub class: Class,
    pub parent_id: Option<i64>,
    pub archived: bool,
}

/// A transaction as the user sees it: names resolved, amount signed in minor units.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Txn {
    pub id: i64,
    pub date: NaiveDate,
    pub account_id: i64,
    pub account: String,
    /// `None` for a leg of a transfer.
    pub category_id: Option<i64>,
    pub category: Option<String>,
    pub class: Option<Class>,
    pub payee: String,
    pub note: String,
    /// Signed minor units: + money in, − money out.
    pub amount: i64,
    pub currency: Currency,
    /// Shared by the two legs of a transfer.
    pub transfer_id: Option<i64>,
    pub tags: Tags,
}

impl Txn {
    /// Whether `other` is this same row as stored: id, date, account,
    /// category, amount, currency, payee, note, transfer and tags. The names shown
    /// beside them may differ (an account renamed meanwhile is the same row).
    pub fn same_row(&self, other: &Txn) -> bool {
        (self.id, self.date, self.account_id, self.category_id, self.amount, self.currency, self.transfer_id)
            == (
                other.id,
                other.date,
                other.account_id,
                other.category_id,
                other.amount,
                other.currency,
                other.transfer_id,
            )
            && self.payee == other.payee
            && self.note == other.note
            && self.tags == other.tags
    }
}

/// A transaction to be written; `amount` is already signed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewTxn {
    pub date: NaiveDate,
    pub account_id: i64,
    pub category_id: i64,
    pub payee: String,
    pub note: String,
    pub amount: i64,
    pub tags: Tags,
}

/// Changes to one transaction; `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TxnPatch {
    pub date: Option<NaiveDate>,
    pub account_id: Option<i64>,
    pub category_id: Option<i64>,
    pub payee: Option<String>,
    pub note: Option<String>,
    /// Signed minor units, as stored.
    pub amount: Option<i64>,
    /// The whole new set of tags (the faces add and take away from what a row has).
    pub tags: Option<Tags>,
}

/// A savings goal: a target, an optional month to reach it by, the
/// accounts that fund it (none: all accounts), and how it ranks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Goal {
    pub id: i64,
    pub name: String,
    pub target: i64,
    pub currency: Currency,
    pub by: Option<Month>,
    pub account_ids: Vec<i64>,
    pub priority: Priority,
}

/// How a goal ranks among the others: lists show the high ones first (the
/// Plan tab, which has room for three, shows those). It orders; it never
/// changes what a projection computes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Priority {
    High,
    #[default]
    Normal,
    Low,
}

impl Priority {
    pub const ALL: [Priority; 3] = [Priority::High, Priority::Normal, Priority::Low];

    pub fn as_str(self) -> &'static str {
        match self {
            Priority::High => "high",
            Priority::Normal => "normal",
            Priority::Low => "low",
        }
    }

    /// As stored: 0 high, 1 normal, 2 low (so `ORDER BY priority` ranks them).
    pub fn rank(self) -> i64 {
        self as i64
    }

    pub fn from_rank(rank: i64) -> Option<Priority> {
        Priority::ALL.into_iter().find(|p| p.rank() == rank)
    }
}

impl FromStr for Priority {
    type Err = String;
    /// `high`, `normal` or `low` in any case, or the Chinese words (高, 中, 低).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        Priority::ALL
            .into_iter()
            .find(|p| p.as_str().eq_ignore_ascii_case(s) || text::terms::priority(text::Lang::Zh, p.as_str()) == s)
            .ok_or_else(|| text::errors::unknown_priority(s))
    }
}

/// A calendar month, `YYYY-MM`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Month {
    year: i32,
    month: u32,
}

impl Month {
    /// `None` when `month` is not 1..=12 or the year is outside 1..=9999.
    pub fn new(year: i32, month: u32) -> Option<Month> {
        ((1..=12).contains(&month) && (1..=9999).contains(&year)).then_some(Month { year, month })
    }

    pub fn of(date: NaiveDate) -> Month {
        Month { year: date.year(), month: date.month() }
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u32 {
        self.month
    }

    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month, 1).expect("Month holds a valid month")
    }

    /// The last day of the month (28–31).
    pub fn last_day(self) -> NaiveDate {
        self.next().first_day().pred_opt().expect("a month has a day before the next")
    }

    pub fn next(self) -> Month {
        if self.month == 12 {
            Month { year: self.year + 1, month: 1 }
        } else {
            Month { year: self.year, month: self.month + 1 }
        }
    }

    pub fn prev(self) -> Month {
        if self.month == 1 {
            Month { year: self.year - 1, month: 12 }
        } else {
            Month { year: self.year, month: self.month - 1 }
        }
    }

    /// Months from `self` to `later` (negative when `later` is earlier).
    pub fn months_until(self, later: Month) -> i64 {
        (later.year as i64 * 12 + later.month as i64) - (self.year as i64 * 12 + self.month as i64)
    }

    /// The month `n` months after this one (`None` past year 9999).
    pub fn plus(self, n: u32) -> Option<Month> {
        let index = self.year as i64 * 12 + (self.month as i64 - 1) + n as i64;
        Month::new((index / 12) as i32, (index % 12) as u32 + 1)
    }

    /// Every month from `self` to `to`, both included; empty when `to` is earlier.
    pub fn through(self, to: Month) -> impl Iterator<Item = Month> {
        std::iter::successors(Some(self), move |m| Some(m.next()).filter(|n| *n <= to)).take_while(move |m| *m <= to)
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl FromStr for Month {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || text::errors::bad_month(s);
        let (y, m) = s.trim().split_once('-').ok_or_else(bad)?;
        if y.len() != 4 || m.is_empty() || m.len() > 2 {
            return Err(bad());
        }
        let year: i32 = y.parse().map_err(|_| bad())?;
        let month: u32 = m.parse().map_err(|_| bad())?;
        Month::new(year, month).ok_or_else(bad)
    }
}

impl Serialize for Month {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Month {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d)?.parse().map_err(serde::de::Error::custom)
    }
}

/// Parses an ISO date `YYYY-MM-DD`, with a message that says how to write one.
/// Only years 0001–9999 in exactly that shape, so every date has a `Month`.
pub fn parse_date(s: &str) -> Result<NaiveDate, String> {
    let t = s.trim();
    let bad = || text::errors::bad_date(s);
    let shaped = t.len() == 10
        && t.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() });
    let date = NaiveDate::parse_from_str(t, "%Y-%m-%d").ok().filter(|d| shaped && d.year() >= 1).ok_or_else(bad)?;
    Ok(date)
}

/// Which transactions a listing shows. Amount bounds compare the size of an
/// amount (its absolute value), since users type positive amounts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TxnFilter {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub category_id: Option<i64>,
    pub account_id: Option<i64>,
    pub search: Option<String>,
    pub min_abs: Option<i64>,
    pub max_abs: Option<i64>,
    /// Rows carrying this tag (exactly, one of their tags).
    pub tag: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_parse_step_and_span() {
        let m: Month = "2026-10".parse().unwrap();
        assert_eq!(m.to_string(), "2026-10");
        assert_eq!(m.next().to_string(), "2026-11");
        assert_eq!("2026-12".parse::<Month>().unwrap().next().to_string(), "2027-01");
        assert_eq!("2026-01".parse::<Month>().unwrap().prev().to_string(), "2025-12");
        assert_eq!("2024-02".parse::<Month>().unwrap().last_day(), NaiveDate::from_ymd_opt(2024, 2, 29).unwrap());
        let span: Vec<String> = m.through("2027-02".parse().unwrap()).map(|m| m.to_string()).collect();
        assert_eq!(span, ["2026-10", "2026-11", "2026-12", "2027-01", "2027-02"]);
        assert_eq!(m.through(m.prev()).count(), 0);
        assert_eq!(m.months_until("2027-06".parse().unwrap()), 8);
        assert_eq!(m.plus(15).unwrap().to_string(), "2028-01");
        assert_eq!("9999-12".parse::<Month>().unwrap().plus(1), None);
        for bad in ["2026-13", "2026-00", "26-10", "2026/10", "2026-10-01", "", "abcd-ef"] {
            assert!(bad.parse::<Month>().is_err(), "{bad} should be rejected");
        }
    }

    #[test]
    fn class_signs_follow_the_convention() {
        assert_eq!(Class::Income.sign(), 1);
        assert_eq!(Class::Housing.sign(), -1);
        assert_eq!(Class::Spending.sign(), -1);
        assert_eq!("HOUSING".parse::<Class>(), Ok(Class::Housing));
        assert!("food".parse::<Class>().is_err());
        assert_eq!("wallet".parse::<AccountKind>(), Ok(AccountKind::Wallet));
    }

    #[test]
    fn a_person_parses_in_both_languages_and_is_neither_cash_nor_liquid_nor_payable() {
        for typed in ["person", "Person", " 人 "] {
            assert_eq!(typed.parse::<AccountKind>(), Ok(AccountKind::Person), "{typed}");
        }
        assert_eq!("贷款".parse::<AccountKind>(), Ok(AccountKind::Loan));
        assert!(AccountKind::ALL.contains(&AccountKind::Person));
        let p = AccountKind::Person;
        assert!(!p.is_cash() && !p.is_liquid() && !p.is_liability() && !p.is_payable());
        assert!(AccountKind::ALL.iter().filter(|k| **k != p).all(|k| k.is_payable()));
    }

    #[test]
    fn dates_parse_iso_only() {
        assert_eq!(parse_date("2026-10-03").unwrap(), NaiveDate::from_ymd_opt(2026, 10, 3).unwrap());
        assert!(parse_date("2026-02-30").is_err());
        assert!(parse_date("10/03/2026").unwrap_err().contains("YYYY-MM-DD"));
        for bad in ["0000-01-01", "+2026-01-01", "2026-1-1", "12026-01-01"] {
            assert!(parse_date(bad).is_err(), "{bad} should be rejected");
        }
    }
}
