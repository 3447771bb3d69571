//! One printer for rows of flows under a label (a month, a week's first
//! day): `report monthly` and `report weekly` in table, csv and json.

use std::io::Write;

use serde::ser::{Serialize, SerializeMap, Serializer};

use super::Result;
use super::args::Format;
use super::output::{Align, table};
use crate::money::{Currency, Money};
use crate::report::{MonthSummary, Ratio, savings_rate};
use crate::text;

/// Income, housing, spending and savings of one period, each as a month
/// summary has them (positive flows; savings signed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flows {
    pub label: String,
    pub income: i64,
    pub housing: i64,
    pub spending: i64,
    pub savings: i64,
}

impl Flows {
    /// Savings ÷ income, exact, as `MonthSummary::rate`.
    pub fn rate(&self) -> Option<Ratio> {
        savings_rate(self.savings, self.income)
    }
}

impl From<&MonthSummary> for Flows {
    fn from(m: &MonthSummary) -> Flows {
        Flows {
            label: m.month.to_string(),
            income: m.income,
            housing: m.housing,
            spending: m.spending,
            savings: m.savings,
        }
    }
}

/// How the label column is named: its csv/json key and its table header.
pub struct Label {
    pub key: &'static str,
    pub header: &'static str,
}

/// One json object, keys in the csv's order (a struct would fix the label's key).
struct JsonRow<'a> {
    key: &'static str,
    row: &'a Flows,
    currency: Currency,
}

impl Serialize for JsonRow<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let plain = |minor| Money::new(minor, self.currency).plain();
        let r = self.row;
        let mut m = s.serialize_map(Some(6))?;
        m.serialize_entry(self.key, &r.label)?;
        m.serialize_entry("income", &plain(r.income))?;
        m.serialize_entry("housing", &plain(r.housing))?;
        m.serialize_entry("spending", &plain(r.spending))?;
        m.serialize_entry("savings", &plain(r.savings))?;
        // A rate is a ratio, not money: four decimals, as in the csv.
        m.serialize_entry("savings_rate", &r.rate().map(Ratio::fraction_f64))?;
        m.end()
    }
}

/// The rows in `format`; a table of no rows says there is nothing yet.
pub fn print(label: Label, rows: &[Flows], currency: Currency, format: Format, out: &mut dyn Write) -> Result<()> {
    let plain = |minor| Money::new(minor, currency).plain();
    match format {
        Format::Csv => {
            let mut w = csv::Writer::from_writer(out);
            w.write_record([label.key, "income", "housing", "spending", "savings", "savings_rate"])?;
            for r in rows {
                let rate = r.rate().map(Ratio::fraction).unwrap_or_default();
                let cells = [plain(r.income), plain(r.housing), plain(r.spending), plain(r.savings)];
                w.write_record(std::iter::once(r.label.clone()).chain(cells).chain([rate]))?;
            }
            w.flush()?;
        }
        Format::Json => {
            let json: Vec<JsonRow> = rows.iter().map(|row| JsonRow { key: label.key, row, currency }).collect();
            writeln!(out, "{}", serde_json::to_string_pretty(&json)?)?;
        }
        Format::Table => {
            if rows.is_empty() {
                writeln!(out, "{}", text::cli::no_txns_yet())?;
                return Ok(());
            }
            let money = |minor| Money::new(minor, currency).display();
            let table_rows: Vec<Vec<String>> = rows
                .iter()
                .map(|r| {
                    let rate = r.rate().map_or_else(|| "—".to_owned(), Ratio::percent);
                    vec![r.label.clone(), money(r.income), money(r.housing), money(r.spending), money(r.savings), rate]
                })
                .collect();
            let headers = [
                (label.header, Align::Left),
                (text::reports::h_income(), Align::Right),
                (text::reports::h_housing(), Align::Right),
                (text::reports::h_spending(), Align::Right),
                (text::reports::h_savings(), Align::Right),
                (text::reports::h_rate(), Align::Right),
            ];
            write!(out, "{}", table(&headers, &table_rows))?;
        }
    }
    Ok(())
}
