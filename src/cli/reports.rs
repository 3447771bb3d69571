//! Handlers for reports: `report monthly`, `categories`, `weekly`.

use std::io::Write;

use chrono::NaiveDate;

use super::args::{Format, ReportArgs, ReportCommand};
use super::output::{Align, table};
use super::{CliError, Result, flows};
use crate::config::Settings;
use crate::export::csv_text;
use crate::model::{Category, Class, Month};
use crate::money::{Currency, Money};
use crate::report::breakdown::Share;
use crate::report::{MonthSummary, Ratio};
use crate::store::Store;
use crate::text::{self, names::shown};

pub fn report(store: &Store, a: &ReportArgs, settings: &Settings, today: NaiveDate, out: &mut dyn Write) -> Result<()> {
    match &a.command {
        ReportCommand::Weekly { weeks, currency, format } => {
            let currency = Currency::from_code(currency)?;
            super::weekly::weekly(store, *weeks, settings.week_start, today, currency, *format, out)
        }
        ReportCommand::Safe { goal, format } => {
            let goal = match goal {
                None => settings.savings_goal,
                Some(typed) => {
                    let mut checked = settings.clone();
                    crate::config::settings::apply(&mut checked, "savings_goal", typed).map_err(CliError::Usage)?;
                    checked.savings_goal
                }
            };
            let ctx = crate::ops::Ctx::of(store, today);
            let safe = crate::ops::views::safe_to_spend(store, &ctx, goal)?;
            let month = ctx.cycle.month_of(today);
            super::safe::print(safe.as_ref(), month, goal, ctx.currency, *format, out)
        }
        ReportCommand::Tags { month, from, to, format } => {
            super::tags::report(store, month.as_deref(), from.as_deref(), to.as_deref(), *format, out)
        }
        ReportCommand::Categories { month, currency, format } => {
            let currency = Currency::from_code(currency)?;
            let month: Month = month.parse().map_err(CliError::Usage)?;
            let ctx = crate::ops::Ctx { currency, ..crate::ops::Ctx::of(store, today) };
            categories(store, &ctx, month, *format, out)
        }
        ReportCommand::Monthly { from, to, currency, by, format } => {
            let currency = Currency::from_code(currency)?;
            let parse = |s: &Option<String>| s.as_deref().map(str::parse::<Month>).transpose().map_err(CliError::Usage);
            let (from, to) = (parse(from)?, parse(to)?);
            let cycle = store.cycle();
            let span = store.date_span()?.map(|(a, b)| (cycle.month_of(a), cycle.month_of(b)));
            let (from, to) = match (from, to, span) {
                (Some(f), Some(t), _) => (f, t),
                (f, t, Some((first, last))) => {
                    let from = f.unwrap_or(t.map_or(first, |t| first.min(t)));
                    // An explicit bound outside the data widens the default one.
                    (from, t.unwrap_or(last.max(from)))
                }
                (Some(f), None, None) => (f, f),
                (None, Some(t), None) => (t, t),
                (None, None, None) if by.is_some() => return by_category(store, None, currency, *format, out),
                (None, None, None) => {
                    // Nothing logged yet: print the header (csv) or nothing.
                    return monthly(&[], currency, *format, out);
                }
            };
            if from > to {
                return Err(CliError::Usage(text::cli::from_after_to(from, to)));
            }
            if by.is_some() {
                return by_category(store, Some((from, to)), currency, *format, out);
            }
            let ctx = crate::ops::Ctx { currency, ..crate::ops::Ctx::of(store, today) };
            let rows = crate::ops::views::month_summaries(store, &ctx, from, to)?;
            monthly(&rows, currency, *format, out)
        }
    }
}

fn monthly(rows: &[MonthSummary], currency: Currency, format: Format, out: &mut dyn Write) -> Result<()> {
    let label = flows::Label { key: "month", header: text::reports::h_month() };
    flows::print(label, &rows.iter().map(flows::Flows::from).collect::<Vec<_>>(), currency, format, out)
}

/// Positive flows per category: income as received, housing and spending as paid.
fn flow(class: Class, sum: i64) -> i64 {
    sum.saturating_mul(class.sign())
}

fn by_category(
    store: &Store,
    span: Option<(Month, Month)>,
    currency: Currency,
    format: Format,
    out: &mut dyn Write,
) -> Result<()> {
    let sums = match span {
        Some((from, to)) => store.month_category_sums(from, to, currency)?,
        None => Vec::new(),
    };
    // Columns: the categories with anything in the range, in the usual order.
    let cats: Vec<Category> =
        store.categories(true)?.into_iter().filter(|c| sums.iter().any(|(_, id, _)| *id == c.id)).collect();
    let months: Vec<Month> = span.map(|(f, t)| f.through(t).collect()).unwrap_or_default();
    let cell = |m: Month, c: &Category| {
        let sum = sums.iter().filter(|(sm, id, _)| *sm == m && *id == c.id).map(|(_, _, s)| *s).sum::<i64>();
        Money::new(flow(c.class, sum), currency)
    };
    match format {
        Format::Csv => {
            let mut w = csv::Writer::from_writer(out);
            w.write_record(
                std::iter::once("month".to_owned()).chain(cats.iter().map(|c| csv_text(&c.name).into_owned())),
            )?;
            for &m in &months {
                w.write_record(std::iter::once(m.to_string()).chain(cats.iter().map(|c| cell(m, c).plain())))?;
            }
            w.flush()?;
        }
        Format::Json => {
            let rows: Vec<serde_json::Value> = months
                .iter()
                .map(|&m| {
                    let cells: Vec<_> = cats
                        .iter()
                        .map(
                            |c| serde_json::json!({"category": c.name, "class": c.class, "amount": cell(m, c).plain()}),
                        )
                        .collect();
                    serde_json::json!({"month": m.to_string(), "categories": cells})
                })
                .collect();
            writeln!(out, "{}", serde_json::to_string_pretty(&rows)?)?;
        }
        Format::Table => {
            if months.is_empty() {
                writeln!(out, "{}", text::cli::no_txns_yet())?;
                return Ok(());
            }
            let names: Vec<_> = cats.iter().map(|c| shown(&c.name)).collect();
            let headers: Vec<(&str, Align)> = std::iter::once((text::reports::h_month(), Align::Left))
                .chain(names.iter().map(|n| (n.as_ref(), Align::Right)))
                .collect();
            let rows: Vec<Vec<String>> = months
                .iter()
                .map(|&m| std::iter::once(m.to_string()).chain(cats.iter().map(|c| cell(m, c).display())).collect())
                .collect();
            write!(out, "{}", table(&headers, &rows))?;
        }
    }
    Ok(())
}

fn categories(store: &Store, ctx: &crate::ops::Ctx, month: Month, format: Format, out: &mut dyn Write) -> Result<()> {
    let currency = ctx.currency;
    let b = crate::ops::views::breakdown(store, ctx, month)?.breakdown;
    let rows: Vec<(&str, &Share)> =
        b.housing.iter().map(|s| ("housing", s)).chain(b.spending.iter().map(|s| ("spending", s))).collect();
    let plain = |minor| Money::new(minor, currency).plain();
    match format {
        Format::Csv => {
            let mut w = csv::Writer::from_writer(out);
            w.write_record(["class", "category", "amount", "share"])?;
            for (class, s) in &rows {
                let share = s.share.map(Ratio::fraction).unwrap_or_default();
                w.write_record([class.to_string(), csv_text(&s.name).into_owned(), plain(s.amount), share])?;
            }
            w.flush()?;
        }
        Format::Json => {
            let json: Vec<_> = rows
                .iter()
                .map(|(class, s)| {
                    let share = s.share.map(Ratio::fraction_f64);
                    serde_json::json!({"class": class, "category": s.name, "amount": plain(s.amount), "share": share})
                })
                .collect();
            writeln!(out, "{}", serde_json::to_string_pretty(&json)?)?;
        }
        Format::Table => {
            if rows.is_empty() {
                writeln!(out, "{}", text::reports::nothing_spent(month))?;
                return Ok(());
            }
            let money = |minor| Money::new(minor, currency).display();
            let shown_name = |name: &str| shown(name).into_owned();
            let mut table_rows: Vec<Vec<String>> = Vec::new();
            for (class, items) in [(Class::Housing, &b.housing), (Class::Spending, &b.spending)] {
                let class = class.word();
                for s in items.iter() {
                    let share = s.share.map_or_else(|| "—".to_owned(), Ratio::percent);
                    table_rows.push(vec![class.into(), shown_name(&s.name), money(s.amount), share]);
                }
                if !items.is_empty() {
                    let total = items.iter().fold(0i64, |t, s| t.saturating_add(s.amount));
                    let label = text::reports::total_label().into();
                    table_rows.push(vec![class.into(), label, money(total), String::new()]);
                }
            }
            let headers = [
                (text::reports::h_class(), Align::Left),
                (text::cli::h_category(), Align::Left),
                (text::cli::h_amount(), Align::Right),
                (text::reports::h_share(), Align::Right),
            ];
            writeln!(out, "{}", text::reports::shares_of(month))?;
            write!(out, "{}", table(&headers, &table_rows))?;
        }
    }
    Ok(())
}
