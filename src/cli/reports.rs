//! Handlers for reports: `report monthly`.

use std::io::Write;

use serde::Serialize;

use super::args::{Format, ReportArgs, ReportCommand};
use super::output::{Align, table};
use super::{CliError, Result};
use crate::model::Month;
use crate::money::{Currency, Money};
use crate::report::{self, MonthSummary, format_rate_fraction, format_rate_percent};
use crate::store::Store;

pub fn report(store: &Store, a: &ReportArgs, out: &mut dyn Write) -> Result<()> {
    match &a.command {
        ReportCommand::Monthly { from, to, currency, format } => {
            let currency = Currency::from_code(currency)?;
            let parse = |s: &Option<String>| s.as_deref().map(str::parse::<Month>).transpose().map_err(CliError::Usage);
            let (from, to) = (parse(from)?, parse(to)?);
            let span = store.date_span()?.map(|(a, b)| (Month::of(a), Month::of(b)));
            let (from, to) = match (from, to, span) {
                (Some(f), Some(t), _) => (f, t),
                (f, t, Some((first, last))) => {
                    let from = f.unwrap_or(t.map_or(first, |t| first.min(t)));
                    // An explicit bound outside the data widens the default one.
                    (from, t.unwrap_or(last.max(from)))
                }
                (Some(f), None, None) => (f, f),
                (None, Some(t), None) => (t, t),
                (None, None, None) => {
                    // Nothing logged yet: print the header (csv) or nothing.
                    return monthly(&[], currency, *format, out);
                }
            };
            if from > to {
                return Err(CliError::Usage(format!("--from {from} is after --to {to}; swap them")));
            }
            let sums = store.month_class_sums(from, to, currency)?;
            let rows = report::summarize(from, to, &sums).map_err(|e| CliError::Usage(e.to_string()))?;
            monthly(&rows, currency, *format, out)
        }
    }
}

#[derive(Serialize)]
struct JsonRow {
    month: Month,
    income: String,
    housing: String,
    spending: String,
    savings: String,
    savings_rate: Option<f64>,
}

fn monthly(rows: &[MonthSummary], currency: Currency, format: Format, out: &mut dyn Write) -> Result<()> {
    let plain = |minor| Money::new(minor, currency).plain();
    match format {
        Format::Csv => {
            let mut w = csv::Writer::from_writer(out);
            w.write_record(["month", "income", "housing", "spending", "savings", "savings_rate"])?;
            for r in rows {
                let rate = r.rate_bp().map(format_rate_fraction).unwrap_or_default();
                let month = r.month.to_string();
                w.write_record([month, plain(r.income), plain(r.housing), plain(r.spending), plain(r.savings), rate])?;
            }
            w.flush()?;
        }
        Format::Json => {
            let json: Vec<JsonRow> = rows
                .iter()
                .map(|r| JsonRow {
                    month: r.month,
                    income: plain(r.income),
                    housing: plain(r.housing),
                    spending: plain(r.spending),
                    savings: plain(r.savings),
                    // A rate is a ratio, not money: four decimals, as in the csv.
                    savings_rate: r.rate_bp().map(|bp| bp as f64 / 10_000.0),
                })
                .collect();
            writeln!(out, "{}", serde_json::to_string_pretty(&json)?)?;
        }
        Format::Table => {
            if rows.is_empty() {
                writeln!(out, "no transactions yet; add one with `nestegg add`, or try `nestegg demo`")?;
                return Ok(());
            }
            let shown = |minor| Money::new(minor, currency).display();
            let table_rows: Vec<Vec<String>> = rows
                .iter()
                .map(|r| {
                    let rate = r.rate_bp().map_or_else(|| "—".to_owned(), format_rate_percent);
                    vec![
                        r.month.to_string(),
                        shown(r.income),
                        shown(r.housing),
                        shown(r.spending),
                        shown(r.savings),
                        rate,
                    ]
                })
                .collect();
            let headers = [
                ("MONTH", Align::Left),
                ("INCOME", Align::Right),
                ("HOUSING", Align::Right),
                ("SPENDING", Align::Right),
                ("SAVINGS", Align::Right),
                ("RATE", Align::Right),
            ];
            write!(out, "{}", table(&headers, &table_rows))?;
        }
    }
    Ok(())
}
