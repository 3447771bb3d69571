//! `report tags`: money by tag, as a table, CSV or JSON.

use std::io::Write;

use super::args::Format;
use super::output::{Align, table};
use super::{CliError, Result};
use crate::export::csv_text;
use crate::model::{Month, parse_date};
use crate::money::Money;
use crate::store::Store;
use crate::text;

/// The CSV header: a contract for scripts.
pub const TAGS_HEADER: [&str; 5] = ["tag", "count", "spending", "income", "currency"];

pub fn report(
    store: &Store,
    month: Option<&str>,
    from: Option<&str>,
    to: Option<&str>,
    format: Format,
    out: &mut dyn Write,
) -> Result<()> {
    let date = |s: Option<&str>| s.map(parse_date).transpose().map_err(CliError::Usage);
    let (from, to) = match month {
        Some(m) => {
            let m: Month = m.parse().map_err(CliError::Usage)?;
            let cycle = store.cycle();
            (Some(cycle.first_day(m)), Some(cycle.last_day(m)))
        }
        None => (date(from)?, date(to)?),
    };
    if let (Some(from), Some(to)) = (from, to) {
        if from > to {
            return Err(CliError::Usage(text::cli::from_after_to(from, to)));
        }
    }
    let lines = crate::ops::views::tag_report(store, from, to)?;
    match format {
        Format::Csv => {
            let mut w = csv::Writer::from_writer(out);
            w.write_record(TAGS_HEADER)?;
            for l in &lines {
                let plain = |minor| Money::new(minor, l.currency).plain();
                w.write_record([
                    csv_text(&l.tag).into_owned(),
                    l.count.to_string(),
                    plain(l.spending),
                    plain(l.income),
                    l.currency.code().to_owned(),
                ])?;
            }
            w.flush()?;
        }
        Format::Json => {
            let json: Vec<_> = lines
                .iter()
                .map(|l| {
                    let plain = |minor| Money::new(minor, l.currency).plain();
                    serde_json::json!({"tag": l.tag, "count": l.count, "spending": plain(l.spending),
                                       "income": plain(l.income), "currency": l.currency.code()})
                })
                .collect();
            writeln!(out, "{}", serde_json::to_string_pretty(&json)?)?;
        }
        Format::Table => {
            if lines.is_empty() {
                writeln!(out, "{}", text::tags::no_tags())?;
                return Ok(());
            }
            let rows: Vec<Vec<String>> = lines
                .iter()
                .map(|l| {
                    let money = |minor| Money::new(minor, l.currency).display();
                    vec![
                        format!("+{}", text::safe::escaped(&l.tag)),
                        l.count.to_string(),
                        money(l.spending),
                        money(l.income),
                    ]
                })
                .collect();
            let headers = [
                (text::tags::col_tag(), Align::Left),
                (text::tags::col_count(), Align::Right),
                (text::tags::col_spending(), Align::Right),
                (text::tags::col_income(), Align::Right),
            ];
            write!(out, "{}", table(&headers, &rows))?;
        }
    }
    Ok(())
}
