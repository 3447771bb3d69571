//! Handler for `budget`: set a category's monthly limit, and show a month's
//! budgets (spent against limit, what is left, over or not) with its total
//! against the month's income.

use crate::ops::{self, Ctx};
use std::io::Write;

use super::args::{BudgetArgs, BudgetCommand, Format};
use super::names::{self, Scope};
use super::output::{Align, table};
use super::{CliError, Result};
use crate::budget::total;
use crate::model::{Class, Month};
use crate::money::Money;
use crate::store::Store;
use crate::text::{self, names::shown};

fn month_arg(flag: &str, s: &Option<String>, this_month: Month) -> Result<Month> {
    match s {
        Some(t) => t.parse().map_err(|e| CliError::Usage(format!("--{flag}: {e}"))),
        None => Ok(this_month),
    }
}

pub fn budget(store: &mut Store, a: &BudgetArgs, ctx: &Ctx, out: &mut dyn Write) -> Result<()> {
    let this_month = ctx.cycle.month_of(ctx.today);
    let money = |minor| ctx.currency.show(minor);
    let plain = |minor| Money::new(minor, ctx.currency).plain();
    if let Some(BudgetCommand::Copy { from, to }) = &a.command {
        let to = month_arg("to", to, this_month)?;
        let from = month_arg("from", from, to.prev())?;
        let n = ops::plans::copy_budgets(store, from, to)?;
        let line =
            if n == 0 { text::reports::budget_copy_same(from, to) } else { text::reports::budget_copied(n, from, to) };
        writeln!(out, "{line}")?;
        return Ok(());
    }
    if let Some(BudgetCommand::Set { category, amount, from, rollover, no_rollover }) = &a.command {
        let c = names::category(store, category, Scope::Active)?;
        if c.class == Class::Income {
            return Err(CliError::Usage(text::reports::budget_income(&shown(&c.name))));
        }
        let limit = Money::parse(amount, ctx.currency)?.minor;
        if limit < 0 {
            return Err(CliError::Usage(text::reports::budget_negative(amount)));
        }
        let from = month_arg("from", from, this_month)?;
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
        ops::plans::set_budget(store, &c, from, limit, rollover)?;
        let name = shown(&c.name);
        match limit {
            0 => writeln!(out, "{}", text::reports::budget_none_from(&name, from))?,
            _ => {
                let roll = if rollover { text::reports::rolls_over() } else { text::reports::no_rollover() };
                writeln!(out, "{}", text::reports::budget_set(&name, &money(limit), from, roll))?
            }
        }
        return Ok(());
    }
    let month = month_arg("month", &a.month, this_month)?;
    let ops::views::BudgetMonth { lines, income } = ops::views::budget_month(store, ctx, month)?;
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
                    crate::export::csv_text(&l.category).into_owned(),
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
                writeln!(out, "{}", text::reports::no_budgets(month))?;
                return Ok(());
            }
            let rows: Vec<Vec<String>> = lines
                .iter()
                .map(|l| {
                    vec![
                        format!("{} {}", if l.over { "!" } else { " " }, shown(&l.category)),
                        money(l.available),
                        money(l.spent),
                        money(l.remaining),
                        bar(l.spent, l.available, 20),
                    ]
                })
                .collect();
            let headers = [
                (text::cli::h_category(), Align::Left),
                (text::reports::h_budget(), Align::Right),
                (text::reports::h_spent(), Align::Right),
                (text::reports::h_left(), Align::Right),
                ("", Align::Left),
            ];
            write!(out, "{}", table(&headers, &rows))?;
            let over: Vec<_> = lines.iter().filter(|l| l.over).map(|l| shown(&l.category)).collect();
            writeln!(out, "{}", text::reports::budget_total(month, &money(total(&lines)), &money(income)))?;
            if !over.is_empty() {
                writeln!(out, "{}", text::reports::over_budget(&over.join(text::cli::list_sep())))?;
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
