//! `mortgage`'s flags read into loans and plans: amounts, months (a payment
//! number or `YYYY-MM`), dated rates, the floating rate and the fund part.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use super::super::args::{MortgageArgs, ReduceArg, RepriceArg};
use super::super::relocate::{CNY, amount};
use super::super::{CliError, Result};
use crate::projection::rate::{parse_percent, percent_plain};
use crate::relocation::mortgage::plan::{self, Penalty, Plan, Prepay, RateChange, Reduce, Reprice};
use crate::relocation::mortgage::{Loan, Method};
use crate::text::loans as words;

/// Which loan of a combined one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The whole loan, when there is no fund part.
    Single,
    Commercial,
    Fund,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Single => "single",
            Kind::Commercial => "commercial",
            Kind::Fund => "fund",
        }
    }
}

/// One loan and what happens to it.
#[derive(Debug, Clone)]
pub struct Part {
    pub kind: Kind,
    pub loan: Loan,
    pub plan: Plan,
}

/// The whole request: the parts (the commercial loan first) and the first payment's month.
#[derive(Debug, Clone)]
pub struct Request {
    pub start: NaiveDate,
    pub parts: Vec<Part>,
    pub method: Method,
    pub reduce: Reduce,
    /// The floating rate as typed: LPR, spread, repricing.
    pub floating: Option<(Decimal, Decimal, Reprice)>,
}

fn usage(e: impl ToString) -> CliError {
    CliError::Usage(e.to_string())
}

/// `YYYY-MM` as the 1st of its month.
fn month(s: &str) -> Result<NaiveDate> {
    let t = s.trim();
    NaiveDate::parse_from_str(&format!("{t}-01"), "%Y-%m-%d")
        .ok()
        .filter(|_| t.len() == 7)
        .ok_or_else(|| CliError::Usage(words::bad_month(s)))
}

fn ym(d: NaiveDate) -> String {
    format!("{:04}-{:02}", d.year(), d.month())
}

/// A payment number, or the payment in a `YYYY-MM` month.
fn payment(s: &str, start: NaiveDate, whole: &str) -> Result<u32> {
    if let Ok(n) = s.trim().parse::<u32>() {
        return Ok(n);
    }
    let d = month(s).map_err(|_| CliError::Usage(words::bad_prepay(whole)))?;
    let n = plan::payment_number(start, d);
    if n < 1 {
        return Err(CliError::Usage(words::before_start(&ym(d), &ym(start))));
    }
    Ok(u32::try_from(n).unwrap_or(u32::MAX))
}

/// `AMOUNT@MONTH`, the month optional when `default` is given.
fn prepay(s: &str, start: NaiveDate, yearly: bool, default: Option<u32>) -> Result<Prepay> {
    let (a, m) = match (s.rsplit_once('@'), default) {
        (Some((a, m)), _) => (a, payment(m, start, s)?),
        (None, Some(d)) => (s, d),
        (None, None) => return Err(CliError::Usage(words::bad_prepay(s))),
    };
    if a.trim().is_empty() {
        return Err(CliError::Usage(words::bad_prepay(s)));
    }
    Ok(Prepay { amount: amount(a)?, month: m, yearly })
}

/// `YYYY-MM:PCT`, the month not before `start`.
fn dated(s: &str, start: NaiveDate) -> Result<(NaiveDate, Decimal)> {
    let (d, p) = s.split_once(':').ok_or_else(|| CliError::Usage(words::bad_dated_rate(s)))?;
    let d = month(d).map_err(|_| CliError::Usage(words::bad_dated_rate(s)))?;
    if plan::payment_number(start, d) < 1 {
        return Err(CliError::Usage(words::before_start(&ym(d), &ym(start))));
    }
    Ok((d, parse_percent(p).map_err(CliError::Usage)?))
}

/// The flags as loans and plans; `today` gives the default start (next month).
pub fn read(a: &MortgageArgs, today: NaiveDate) -> Result<Request> {
    let pairs = [
        (a.spread.is_some(), "--spread", a.lpr.is_some(), "--lpr"),
        (a.reprice.is_some(), "--reprice", a.lpr.is_some(), "--lpr"),
        (!a.lpr_change.is_empty(), "--lpr-change", a.lpr.is_some(), "--lpr"),
        (a.fund_rate.is_some(), "--fund-rate", a.fund.is_some(), "--fund"),
        (a.fund_years.is_some(), "--fund-years", a.fund.is_some(), "--fund"),
        (a.penalty_months.is_some(), "--penalty-months", a.penalty.is_some(), "--penalty"),
        // A penalty is charged on prepayments: without one it would say nothing.
        (a.penalty.is_some(), "--penalty", !a.prepay.is_empty() || !a.prepay_yearly.is_empty(), "--prepay"),
    ];
    if let Some((_, flag, _, needed)) = pairs.iter().find(|(given, _, has, _)| *given && !*has) {
        return Err(CliError::Usage(words::needs_flag(flag, needed)));
    }
    let start = match &a.start {
        Some(s) => month(s)?,
        None => {
            let first = today.with_day(1).expect("the 1st exists");
            first.checked_add_months(chrono::Months::new(1)).unwrap_or(first)
        }
    };
    let method = a.method.parse::<Method>().map_err(usage)?;
    let principal = amount(&a.principal)?;
    let months = a.years * 12;
    let reduce = match a.reduce {
        ReduceArg::Term => Reduce::Term,
        ReduceArg::Payment => Reduce::Payment,
    };
    // The rate: fixed, with dated changes, or floating.
    let (rate, rates, floating) = match &a.lpr {
        Some(lpr) => {
            let lpr = parse_percent(lpr).map_err(CliError::Usage)?;
            let spread = a.spread.as_deref().map(parse_percent).transpose().map_err(CliError::Usage)?;
            let spread = spread.unwrap_or(Decimal::ZERO);
            let when = match a.reprice {
                Some(RepriceArg::Anniversary) => Reprice::Anniversary,
                _ => Reprice::January,
            };
            let changes = a.lpr_change.iter().map(|c| dated(c, start)).collect::<Result<Vec<_>>>()?;
            let rates = plan::floating(start, months, lpr, spread, &changes, when);
            if let Some(bad) = rates.iter().find(|c| !(Decimal::ZERO..Decimal::ONE).contains(&c.annual_rate)) {
                let date = ym(plan::month_of(start, bad.from.saturating_sub(1)));
                return Err(CliError::Usage(words::floating_rate_out_of_range(&percent_plain(bad.annual_rate), &date)));
            }
            (lpr + spread, rates, Some((lpr, spread, when)))
        }
        None => {
            let rate = parse_percent(a.rate.as_deref().unwrap_or_default()).map_err(CliError::Usage)?;
            let mut rates = Vec::new();
            for c in &a.rate_change {
                let (d, r) = dated(c, start)?;
                rates.extend(plan::from_date(start, d, r));
            }
            (rate, rates, None)
        }
    };
    let mut prepays = Vec::new();
    for p in &a.prepay {
        prepays.push(prepay(p, start, false, None)?);
    }
    for p in &a.prepay_yearly {
        prepays.push(prepay(p, start, true, Some(12))?);
    }
    let penalty = match &a.penalty {
        Some(p) => Penalty { rate: parse_percent(p).map_err(CliError::Usage)?, within: a.penalty_months },
        None => Penalty::default(),
    };
    let fund = a.fund.as_deref().map(amount).transpose()?.unwrap_or(0);
    if fund > principal {
        return Err(CliError::Usage(words::fund_over_principal(&CNY.show(fund), &CNY.show(principal))));
    }
    let commercial = principal - fund;
    let mut parts = Vec::new();
    // Prepayments and rate changes go to the commercial loan (the dearer
    // one); to the fund loan only when it is the whole loan.
    let events = Plan { prepay: prepays, reduce, penalty, rates };
    if commercial > 0 || fund == 0 {
        let kind = if fund > 0 { Kind::Commercial } else { Kind::Single };
        let loan = Loan { principal: commercial, annual_rate: rate, months, method };
        parts.push(Part { kind, loan, plan: events.clone() });
    }
    if fund > 0 {
        let fund_rate = match &a.fund_rate {
            Some(r) => parse_percent(r).map_err(CliError::Usage)?,
            None => Decimal::new(26, 3),
        };
        let loan =
            Loan { principal: fund, annual_rate: fund_rate, months: a.fund_years.unwrap_or(a.years) * 12, method };
        let plan =
            if parts.is_empty() { Plan { rates: Vec::new(), ..events } } else { Plan { reduce, ..Plan::default() } };
        parts.push(Part { kind: Kind::Fund, loan, plan });
    }
    Ok(Request { start, parts, method, reduce, floating })
}

/// A rate change's first payment, for the lines that list them.
pub fn changes(months: &[plan::Month]) -> Vec<RateChange> {
    months
        .windows(2)
        .filter(|w| w[0].rate != w[1].rate)
        .map(|w| RateChange { from: w[1].pay.month, annual_rate: w[1].rate })
        .collect()
}
