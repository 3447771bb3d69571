//! Handlers for what the household has: `value`, `reconcile`, `networth`
//! and `accounts loan`.

use std::io::Write;

use chrono::NaiveDate;

use super::args::{Format, NetworthArgs, ReconcileArgs, ValueArgs};
use super::names::{self, Scope};
use super::output::{Align, table};
use super::{CliError, Result};
use crate::model::{Month, parse_date};
use crate::money::{Currency, Money};
use crate::ops::{self, Ctx};
use crate::projection::rate::{parse_percent, percent_dp};
use crate::relocation::mortgage::{Loan, Method, schedule};
use crate::store::Store;
use crate::text::{self, names::shown, safe::escaped, worth as w};

/// How many unreconciled rows a differing reconciliation lists.
const ROWS_SHOWN: usize = 20;

fn day_or_today(flag: &str, s: Option<&str>, today: NaiveDate) -> Result<NaiveDate> {
    s.map(|d| parse_date(d.trim()).map_err(|e| CliError::Usage(format!("{flag}: {e}"))))
        .transpose()
        .map(|d| d.unwrap_or(today))
}

/// A signed change as a reader sees it: `+¥1,000.00`, `−¥25.50`.
fn signed(minor: i64, currency: Currency) -> String {
    let shown = Money::new(minor, currency).display();
    if minor > 0 { format!("+{shown}") } else { shown }
}

pub fn value(store: &mut Store, a: &ValueArgs, today: NaiveDate, out: &mut dyn Write) -> Result<()> {
    let acc = names::account(store, &a.account, Scope::All)?;
    let amount = Money::parse(&a.amount, acc.currency)?.minor;
    let day = day_or_today("--date", a.date.as_deref(), today)?;
    let v = ops::worth::value(store, acc.id, amount, day)?;
    let line = w::valued(
        &shown(&acc.name),
        Money::new(amount, acc.currency).display(),
        day,
        signed(v.mark.change, acc.currency),
    );
    writeln!(out, "{line}")?;
    Ok(())
}

pub fn reconcile(store: &mut Store, a: &ReconcileArgs, today: NaiveDate, out: &mut dyn Write) -> Result<()> {
    let acc = names::account(store, &a.account, Scope::All)?;
    let stated = Money::parse(&a.amount, acc.currency)?.minor;
    let day = day_or_today("--date", a.date.as_deref(), today)?;
    let r = ops::worth::reconcile(store, acc.id, stated, day, a.adjust)?;
    let (name, cur) = (shown(&acc.name), acc.currency);
    let rows = r.unreconciled.len();
    if r.difference == 0 {
        writeln!(out, "{}", w::reconcile_matches(rows, &name, Money::new(stated, cur).display(), day))?;
        return Ok(());
    }
    if r.recorded.is_some() {
        writeln!(out, "{}", w::reconcile_adjusted(rows, &name, signed(r.difference, cur), day))?;
        return Ok(());
    }
    let line = w::reconcile_differs(
        &name,
        day,
        Money::new(r.ledger, cur).display(),
        Money::new(stated, cur).display(),
        signed(r.difference, cur),
    );
    writeln!(out, "{line}")?;
    if rows == 0 {
        writeln!(out, "{}", w::reconcile_no_rows())?;
    } else {
        let head = r.since.map_or_else(|| w::reconcile_rows().to_owned(), w::reconcile_rows_since);
        writeln!(out, "{head}")?;
        let cells: Vec<Vec<String>> = r
            .unreconciled
            .iter()
            .rev()
            .take(ROWS_SHOWN)
            .map(|t| {
                vec![
                    t.id.to_string(),
                    t.date.to_string(),
                    Money::new(t.amount, t.currency).display(),
                    t.category.as_deref().map_or(text::cli::transfer_label().into(), |c| shown(c).into_owned()),
                    escaped(&t.payee).into_owned(),
                ]
            })
            .collect();
        let headers = [
            ("ID", Align::Right),
            (text::cli::h_date(), Align::Left),
            (text::cli::h_amount(), Align::Right),
            (text::cli::h_category(), Align::Left),
            (text::cli::h_payee(), Align::Left),
        ];
        write!(out, "{}", table(&headers, &cells))?;
        if rows > ROWS_SHOWN {
            writeln!(out, "{}", w::reconcile_more(rows - ROWS_SHOWN))?;
        }
    }
    // The typed figure as typed, so the hint can be pasted back.
    // As the reader calls it (a shipped name in their language), quoted when it has a space.
    let typed = if name.contains(char::is_whitespace) { format!("'{name}'") } else { name.clone().into_owned() };
    writeln!(out, "{}", w::reconcile_hint(&typed, Money::new(stated, cur).plain(), day))?;
    Ok(())
}

/// `accounts loan NAME …`: sets or takes away a loan account's terms.
pub struct LoanWords<'a> {
    pub name: &'a str,
    pub principal: Option<&'a str>,
    pub rate: Option<&'a str>,
    pub years: Option<u32>,
    pub start: Option<&'a str>,
    pub method: Option<&'a str>,
    pub rule: Option<&'a str>,
    pub scenario: Option<&'a str>,
    pub none: bool,
}

/// The loan of a Move scenario's mortgage: its loan, rate, term and method.
fn scenario_loan(store: &Store, name: &str) -> Result<Loan> {
    use crate::relocation::scenario::Housing;
    let list = store.scenarios()?;
    let (_, s) = names::pick(name, list, |(_, s)| &s.name, names::What::Scenario)?;
    let Housing::Mortgage { commercial_rate_bp, fund, years, method, .. } = s.housing else {
        return Err(CliError::Usage(w::loan_scenario_no_mortgage(&shown(&s.name))));
    };
    let purchase =
        s.housing.purchase().ok_or_else(|| CliError::Usage(w::loan_scenario_no_mortgage(&shown(&s.name))))?;
    if fund.is_some_and(|f| f.amount > 0) {
        return Err(CliError::Usage(w::loan_scenario_fund(&shown(&s.name))));
    }
    let months = u32::try_from(years.saturating_mul(12)).unwrap_or(u32::MAX);
    Ok(Loan {
        principal: purchase.loan,
        annual_rate: crate::projection::rate::from_bp(commercial_rate_bp),
        months,
        method,
    })
}

pub fn loan(store: &mut Store, a: LoanWords, today: NaiveDate, out: &mut dyn Write) -> Result<()> {
    let acc = names::account(store, a.name, Scope::All)?;
    let name = shown(&acc.name);
    if a.none {
        ops::worth::set_loan(store, acc.id, None)?;
        writeln!(out, "{}", w::loan_removed(&name))?;
        return Ok(());
    }
    let from_scenario = a.scenario.map(|s| scenario_loan(store, s)).transpose()?;
    let principal = match (a.principal, &from_scenario) {
        (Some(p), _) => Money::parse(p, acc.currency).map_err(|e| CliError::Usage(format!("--principal: {e}")))?.minor,
        (None, Some(l)) => l.principal,
        (None, None) => return Err(CliError::Usage(w::loan_needs().into())),
    };
    let annual_rate = match (a.rate, &from_scenario) {
        (Some(r), _) => parse_percent(r).map_err(|e| CliError::Usage(format!("--rate: {e}")))?,
        (None, Some(l)) => l.annual_rate,
        (None, None) => return Err(CliError::Usage(w::loan_needs().into())),
    };
    let months = match (a.years, &from_scenario) {
        (Some(y), _) => y * 12,
        (None, Some(l)) => l.months,
        (None, None) => return Err(CliError::Usage(w::loan_needs().into())),
    };
    let method: Method = match (a.method, &from_scenario) {
        (Some(m), _) => m
            .parse()
            .map_err(|e: crate::relocation::mortgage::MortgageError| CliError::Usage(format!("--method: {e}")))?,
        (None, Some(l)) => l.method,
        (None, None) => Method::EqualPayment,
    };
    // The rule that pays it: monthly, its first payment a month after the draw.
    let rule = match a.rule {
        Some(r) => {
            let rules = store.recurring()?;
            let rule = names::pick(r, rules, |r| &r.name, names::What::Rule)?;
            let monthly = rule.schedule.every == crate::recurring::Every::Month && rule.schedule.interval == 1;
            if !monthly {
                return Err(CliError::Usage(w::loan_rule_not_monthly(&shown(&rule.name))));
            }
            Some(rule)
        }
        None => None,
    };
    let start = match (a.start, &rule) {
        (Some(s), _) => parse_date(s.trim()).map_err(|e| CliError::Usage(format!("--start: {e}")))?,
        (None, Some(r)) => {
            let far = r.schedule.start + chrono::Days::new(62);
            let first = r.schedule.dates_until(far).first().map(|(_, d)| *d).unwrap_or(r.schedule.start);
            first.checked_sub_months(chrono::Months::new(1)).unwrap_or(first)
        }
        (None, None) => return Err(CliError::Usage(w::loan_needs().into())),
    };
    let loan = Loan { principal, annual_rate, months, method };
    let first = schedule(&loan).map_err(|e| CliError::Usage(e.to_string()))?[0].payment;
    ops::worth::set_loan(store, acc.id, Some((loan, start)))?;
    let cur = acc.currency;
    let rate = percent_dp(annual_rate, 4).trim_end_matches('0').trim_end_matches('.').to_owned();
    let line =
        w::loan_set(&name, Money::new(principal, cur).display(), rate, months, start, Money::new(first, cur).display());
    writeln!(out, "{line}")?;
    let owed = ops::worth::balances(store, today)?.get(&acc.id).copied().unwrap_or(0);
    writeln!(out, "{}", w::loan_owed(&name, Money::new(-owed, cur).display()))?;
    match &rule {
        Some(r) if r.amount.saturating_abs() != first => {
            let line = w::loan_rule_differs(
                &shown(&r.name),
                Money::new(r.amount.saturating_abs(), cur).display(),
                Money::new(first, cur).display(),
            );
            writeln!(out, "{line}")?;
        }
        Some(_) => {}
        None => writeln!(out, "{}", w::loan_payment_hint())?,
    }
    Ok(())
}

pub fn networth(store: &Store, a: &NetworthArgs, ctx: &Ctx, out: &mut dyn Write) -> Result<()> {
    let parse = |s: &Option<String>| s.as_deref().map(str::parse::<Month>).transpose().map_err(CliError::Usage);
    let this = ctx.cycle.month_of(ctx.today);
    let to = parse(&a.to)?.unwrap_or(this);
    let first = ops::worth::first_month(store, ctx)?;
    let from = match (parse(&a.from)?, first) {
        (Some(f), _) => f,
        (None, Some(first)) => (0..11).fold(to, |m, _| m.prev()).max(first.min(to)),
        (None, None) => to,
    };
    if from > to {
        return Err(CliError::Usage(text::cli::from_after_to(from, to)));
    }
    let rows = if first.is_some() { ops::worth::networth(store, ctx, from, to)? } else { Vec::new() };
    let cur = ctx.currency;
    let plain = |m: i64| Money::new(m, cur).plain();
    match a.format {
        Format::Csv => {
            let mut wr = csv::Writer::from_writer(out);
            wr.write_record(["month", "assets", "liabilities", "net_worth", "change", "saved", "value", "other"])?;
            for r in &rows {
                wr.write_record([
                    r.month.to_string(),
                    plain(r.assets),
                    plain(r.liabilities),
                    plain(r.net_worth),
                    plain(r.change),
                    plain(r.saved),
                    plain(r.value),
                    plain(r.other),
                ])?;
            }
            wr.flush()?;
        }
        Format::Json => {
            let json: Vec<serde_json::Value> = rows
                .iter()
                .map(|r| {
                    serde_json::json!({
                        "month": r.month.to_string(), "currency": cur.code(),
                        "assets": plain(r.assets), "liabilities": plain(r.liabilities),
                        "net_worth": plain(r.net_worth), "change": plain(r.change),
                        "saved": plain(r.saved), "value": plain(r.value), "other": plain(r.other),
                    })
                })
                .collect();
            writeln!(out, "{}", serde_json::to_string_pretty(&json)?)?;
        }
        Format::Table => {
            if rows.is_empty() {
                writeln!(out, "{}", w::networth_empty())?;
                return Ok(());
            }
            let show = |m: i64| Money::new(m, cur).display();
            let cells: Vec<Vec<String>> = rows
                .iter()
                .map(|r| {
                    vec![
                        r.month.to_string(),
                        show(r.assets),
                        show(r.liabilities),
                        show(r.net_worth),
                        signed(r.change, cur),
                        signed(r.saved, cur),
                        signed(r.value, cur),
                        signed(r.other, cur),
                    ]
                })
                .collect();
            let headers = [
                (text::reports::h_month(), Align::Left),
                (w::h_assets(), Align::Right),
                (w::h_liabilities(), Align::Right),
                (w::h_net_worth(), Align::Right),
                (w::h_change(), Align::Right),
                (w::h_saved(), Align::Right),
                (w::h_value(), Align::Right),
                (w::h_other(), Align::Right),
            ];
            write!(out, "{}", table(&headers, &cells))?;
            writeln!(out, "{}", w::networth_note())?;
            let elsewhere = store.accounts(true)?.iter().filter(|a| a.currency != cur).count();
            if elsewhere > 0 {
                writeln!(out, "{}", w::networth_other_currency(elsewhere))?;
            }
        }
    }
    Ok(())
}
