//! Handler for `budget`: set a category's monthly limit, and show a month's
//! budgets (spent against limit, what is left, over or not) with its total
//! against the month's income.

use std::io::Write;

use chrono::NaiveDate;

use super::args::{BudgetArgs, BudgetCommand, Format};
use super::names::{self, Scope};
use super::output::{Align, table};
use super::{CliError, Result};
use crate::budget::total;
use crate::model::{Class, Month};
use crate::money::{Currency, Money};
use crate::report::summarize;
use crate::store::Store;

fn money(minor: i64) -> String {
    Money::new(minor, Currency::CNY).display()
}

fn plain(minor: i64) -> String {
    Money::new(minor, Currency::CNY).plain()
}

fn month_arg(flag: &str, s: &Option<String>, today: NaiveDate) -> Result<Month> {
    match s {
        Some(t) => t.parse().map_err(|e| CliError::Usage(format!("--{flag}: {e}"))),
        None => Ok(Month::of(today)),
    }
}

pub fn budget(store: &mut Store, a: &BudgetArgs, today: NaiveDate, out: &mut dyn Write) -> Result<()> {
    if let Some(BudgetCommand::Set { category, amount, from, rollover, no_rollover }) = &a.command {
        let c = names::category(store, category, Scope::Active)?;
        if c.class == Class::Income {
            return Err(CliError::Usage(format!(
                "'{}' is an income category; budgets limit housing and spending",
                c.name
            )));
        }
        let limit = Money::parse(amount, Currency::CNY)?.minor;
        if limit < 0 {
            return Err(CliError::Usage(format!(
                "'{amount}' is negative; a budget is what you allow a month, e.g. 1200"
            )));
        }
        let from = month_arg("from", from, today)?;
        // Rollover as it was for this category unless said otherwise.
        let before = store
            .budget_limits()?
            .into_iter()
            .filter(|l| l.category_id == c.id && l.from <= from)
            .max_by_key(|l| l.from);
        let rollover = match (rollover, no_rollover) {
            (true, _) => true,
            (_, true) => false,
            _ => before.is_some_and(|l| l.rollover),
        };
        store.write_undoable(&format!("budget {} from {from}", c.name), |tx| {
            tx.set_budget(c.id, from, limit, rollover)
        })?;
        match limit {
            0 => writeln!(out, "no budget for {} from {from} on", c.name)?,
            _ => writeln!(
                out,
                "{}: {} a month from {from}{}",
                c.name,
                money(limit),
                if rollover { ", what is left rolls into the next month" } else { ", no rollover" }
            )?,
        }
        return Ok(());
    }
    let month = month_arg("month", &a.month, today)?;
    let lines = store.budget_month(month)?;
    let sums = store.month_class_sums(month, month, Currency::CNY)?;
    let income = summarize(month, month, &sums).map_err(|e| CliError::Usage(e.to_string()))?[0].income;
    match a.format {
        Format::Json => {
            let json = serde_json::json!({
                "month": month.to_string(),
                "income": plain(income),
                "total_budget": plain(total(&lines)),
                "budgets": lines.iter().map(|l| serde_json::json!({
                    "category": l.category, "limit": plain(l.limit), "carried": plain(l.carried),
                    "available": plain(l.available), "spent": plain(l.spent), "remaining": plain(l.remaining), "over": l.over,
                })).collect::<Vec<_>>(),
            });
            writeln!(out, "{}", serde_json::to_string_pretty(&json)?)?;
        }
        Format::Csv => {
            let mut w = csv::Writer::from_writer(out);
            w.write_record(["category", "limit", "carried", "available", "spent", "remaining", "over"])?;
            for l in &lines {
                w.write_record([
                    l.category.clone(),
                    plain(l.limit),
                    plain(l.carried),
                    plain(l.available),
                    plain(l.spent),
                    plain(l.remaining),
                    l.over.to_string(),
                ])?;
            }
            w.flush()?;
        }
        Format::Table => {
            if lines.is_empty() {
                writeln!(out, "no budgets for {month}; set one: nestegg budget set food 1200")?;
                return Ok(());
            }
            let rows: Vec<Vec<String>> = lines
                .iter()
                .map(|l| {
                    vec![
                        if l.over { format!("! {}", l.category) } else { format!("  {}", l.category) },
                        money(l.available),
                        money(l.spent),
                        money(l.remaining),
                        bar(l.spent, l.available, 20),
                    ]
                })
                .collect();
            let headers = [
                ("CATEGORY", Align::Left),
                ("BUDGET", Align::Right),
                ("SPENT", Align::Right),
                ("LEFT", Align::Right),
                ("", Align::Left),
            ];
            write!(out, "{}", table(&headers, &rows))?;
            let over: Vec<&str> = lines.iter().filter(|l| l.over).map(|l| l.category.as_str()).collect();
            writeln!(out, "{month}: budgets {} against income {}", money(total(&lines)), money(income))?;
            if !over.is_empty() {
                writeln!(out, "over budget (!): {}", over.join(", "))?;
            }
        }
    }
    Ok(())
}

/// `██████····` : spent against available, `width` cells, full (and `!` past it) when over.
pub fn bar(spent: i64, available: i64, width: usize) -> String {
    let filled = if available <= 0 {
        width
    } else {
        (crate::report::round_ratio(spent.max(0), available, width as i64).unwrap_or(0) as usize).min(width)
    };
    let mut s = "█".repeat(filled) + &"·".repeat(width - filled);
    if spent > available {
        s.push('!');
    }
    s
}
