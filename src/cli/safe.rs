//! `report safe`: safe to spend today, as a table, CSV or JSON.

use std::io::Write;

use rust_decimal::Decimal;

use super::Result;
use super::args::Format;
use super::output::{Align, table};
use crate::model::Month;
use crate::money::{Currency, Money};
use crate::projection::rate::percent_plain;
use crate::report::Ratio;
use crate::report::safe::Safe;
use crate::text;

/// The CSV columns (a contract: scripts read them).
const HEADER: [&str; 9] =
    ["month", "days_left", "savings_goal", "kept", "left", "per_day", "today", "expected_rate", "currency"];

/// Safe to spend in `month` at `goal`; `None`: the month has no income, posted or expected.
pub fn print(
    safe: Option<&Safe>,
    month: Month,
    goal: Decimal,
    currency: Currency,
    format: Format,
    out: &mut dyn Write,
) -> Result<()> {
    let plain = |minor| Money::new(minor, currency).plain();
    let goal_text = format!("{}%", percent_plain(goal));
    match format {
        Format::Csv => {
            let mut w = csv::Writer::from_writer(out);
            w.write_record(HEADER)?;
            if let Some(s) = safe {
                let rate = s.expected_rate.map(Ratio::fraction).unwrap_or_default();
                let cells = [plain(s.kept), plain(s.left), plain(s.per_day), plain(s.today)];
                let head = [month.to_string(), s.days_left.to_string(), goal_text];
                w.write_record(head.into_iter().chain(cells).chain([rate, currency.code().to_owned()]))?;
            }
            w.flush()?;
        }
        Format::Json => {
            let json = safe.map(|s| {
                serde_json::json!({
                    "month": month.to_string(),
                    "days_left": s.days_left,
                    "savings_goal": goal_text,
                    "kept": plain(s.kept),
                    "left": plain(s.left),
                    "per_day": plain(s.per_day),
                    "today": plain(s.today),
                    // A rate is a ratio, not money: four decimals, as in the CSV.
                    "expected_rate": s.expected_rate.map(Ratio::fraction_f64),
                    "currency": currency.code(),
                })
            });
            writeln!(out, "{}", serde_json::to_string_pretty(&json)?)?;
        }
        Format::Table => {
            let Some(s) = safe else {
                writeln!(out, "{}", text::reports::safe_no_income(&month.to_string()))?;
                return Ok(());
            };
            let money = |minor| Money::new(minor, currency).display();
            writeln!(out, "{}", text::reports::safe_title(&month.to_string(), s.days_left, &goal_text))?;
            let mut rows = vec![
                vec![text::reports::safe_today().to_owned(), money(s.today)],
                vec![text::reports::safe_per_day().to_owned(), money(s.per_day)],
                vec![text::reports::safe_left().to_owned(), money(s.left)],
                vec![text::reports::safe_kept().to_owned(), money(s.kept)],
            ];
            if let Some(rate) = s.expected_rate {
                rows.push(vec![text::reports::safe_expected_rate().to_owned(), rate.percent()]);
            }
            let headers = [(text::reports::h_what(), Align::Left), (text::reports::h_amount(), Align::Right)];
            write!(out, "{}", table(&headers, &rows))?;
        }
    }
    Ok(())
}
