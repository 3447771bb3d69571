//! Handler for `salary`: a gross wage (typed, or a reference city's) taken
//! apart into social insurance, the housing fund, income tax and take-home
//! pay. A calculator: it neither opens nor creates a ledger.

use std::io::Write;

use chrono::Datelike;

use super::args::{Format, SalaryArgs};
use super::output::{Align, table};
use super::relocate::{CNY, amount, city_label, load_cities, pct, pick_city};
use super::{CliError, Result};
use crate::money::Money;
use crate::projection::rate::percent_plain;
use crate::relocation::cities::WAGE_GROWTH_BP;
use crate::salary::{self, Breakdown, Pay};
use crate::text::salary as words;

pub fn salary(a: &SalaryArgs, pay: &Pay, today: chrono::NaiveDate, out: &mut dyn Write) -> Result<()> {
    let year = today.year();
    // The gross: as typed, or the named city's average wage carried to this year.
    let (gross, city_line) = match (&a.gross, &a.city) {
        (Some(g), _) => {
            let typed = crate::money::limited(Money::parse(g, CNY)?)?.minor;
            if typed <= 0 {
                return Err(CliError::Usage(words::gross_not_positive(g)));
            }
            let monthly = if a.yearly { crate::report::round_ratio(typed, 12, 1).unwrap_or(0) } else { typed };
            if monthly <= 0 {
                return Err(CliError::Usage(words::gross_not_positive(g)));
            }
            (monthly, None)
        }
        (None, Some(name)) => {
            let all = load_cities()?;
            let city = pick_city(name, &all, || CliError::Usage(crate::text::reports::unknown_city(name)))?;
            let (Some(w), Some(monthly)) = (&city.wage_yearly, city.monthly_wage(year)) else {
                return Err(CliError::Usage(words::no_city_wage(&city_label(city))));
            };
            let line = words::city_wage(
                &city_label(city),
                &CNY.show(w.value * 100),
                w.year,
                year,
                &pct(WAGE_GROWTH_BP),
                &CNY.show(monthly),
            );
            (monthly, Some(line))
        }
        (None, None) => return Err(CliError::Usage(words::need_gross().into())),
    };
    let base = a.base.as_deref().map(amount).transpose()?;
    let b = salary::breakdown(gross, base, pay);
    match a.format {
        Format::Csv => csv_out(&b, out),
        Format::Json => json_out(&b, pay, out),
        Format::Table => table_out(&b, pay, a.base.is_some(), city_line.as_deref(), out),
    }
}

/// The year's take-home pay: twelve months' pay less contributions, less the year's tax.
fn year_take_home(b: &Breakdown) -> i64 {
    12 * (b.gross - b.contributions) - b.year_tax
}

const FIELDS: [&str; 14] = [
    "gross",
    "base",
    "pension",
    "medical",
    "unemployment",
    "housing_fund",
    "contributions",
    "standard_deduction",
    "special_deductions",
    "taxable",
    "tax_rate",
    "year_tax",
    "tax",
    "take_home",
];

fn values(b: &Breakdown) -> [String; 14] {
    let p = |m: i64| Money::new(m, CNY).plain();
    [
        p(b.gross),
        p(b.base),
        p(b.pension),
        p(b.medical),
        p(b.unemployment),
        p(b.housing_fund),
        p(b.contributions),
        p(b.standard_deduction),
        p(b.special_deductions),
        p(b.taxable),
        b.tax_rate.to_string(),
        p(b.year_tax),
        p(b.tax),
        p(b.take_home),
    ]
}

fn csv_out(b: &Breakdown, out: &mut dyn Write) -> Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(FIELDS)?;
    w.write_record(values(b))?;
    w.flush()?;
    Ok(())
}

fn json_out(b: &Breakdown, pay: &Pay, out: &mut dyn Write) -> Result<()> {
    let mut json = serde_json::Map::new();
    for (k, v) in FIELDS.iter().zip(values(b)) {
        let value = if *k == "tax_rate" { serde_json::json!(b.tax_rate) } else { serde_json::json!(v) };
        json.insert((*k).into(), value);
    }
    let p = |m: i64| Money::new(m, CNY).plain();
    json.insert("year_take_home".into(), serde_json::json!(p(year_take_home(b))));
    json.insert("withheld".into(), serde_json::json!(b.withheld.iter().map(|&m| p(m)).collect::<Vec<_>>()));
    let r = pay.rates;
    json.insert(
        "rates".into(),
        serde_json::json!({
            "pension": percent_plain(r.pension),
            "medical": percent_plain(r.medical),
            "unemployment": percent_plain(r.unemployment),
            "housing_fund": percent_plain(r.housing_fund),
        }),
    );
    writeln!(out, "{}", serde_json::to_string_pretty(&serde_json::Value::Object(json))?)?;
    Ok(())
}

fn table_out(b: &Breakdown, pay: &Pay, declared: bool, city: Option<&str>, out: &mut dyn Write) -> Result<()> {
    if let Some(line) = city {
        writeln!(out, "{line}")?;
    }
    let show = |m: i64| CNY.show(m);
    let less = |m: i64| CNY.show(-m);
    let rate = |r| format!("{}%", percent_plain(r));
    let r = pay.rates;
    let row = |label: String, month: String, year: String| vec![label, month, year];
    let rows = vec![
        row(words::gross().into(), show(b.gross), show(12 * b.gross)),
        row(words::pension(&rate(r.pension)), less(b.pension), less(12 * b.pension)),
        row(words::medical(&rate(r.medical)), less(b.medical), less(12 * b.medical)),
        row(words::unemployment(&rate(r.unemployment)), less(b.unemployment), less(12 * b.unemployment)),
        row(words::housing_fund(&rate(r.housing_fund)), less(b.housing_fund), less(12 * b.housing_fund)),
        row(
            if b.tax_rate > 0 { words::income_tax(b.tax_rate) } else { words::income_tax_none().into() },
            less(b.tax),
            less(b.year_tax),
        ),
        row(words::take_home().into(), show(b.take_home), show(year_take_home(b))),
    ];
    let headers = [("", Align::Left), (words::h_month(), Align::Right), (words::h_year(), Align::Right)];
    write!(out, "{}", table(&headers, &rows))?;
    let (contributions, standard, special) =
        (show(b.contributions), show(b.standard_deduction), show(b.special_deductions));
    if b.taxable > 0 {
        let yearly = show(b.taxable.saturating_mul(12));
        let line =
            words::taxable(&show(b.gross), &contributions, &standard, &special, &show(b.taxable), &yearly, b.tax_rate);
        writeln!(out, "{line}")?;
        // Only when the months differ by more than a fen of rounding.
        let runs = salary::withheld_runs(b);
        if runs.len() > 1 {
            writeln!(out, "{}", words::withheld(&runs_text(&runs)))?;
        }
    } else {
        writeln!(out, "{}", words::no_tax(&show(b.gross), &contributions, &standard, &special))?;
    }
    let base = if declared { words::declared_base(&show(b.base)) } else { words::base(&show(b.base)) };
    writeln!(out, "{base}")?;
    writeln!(out, "{}", words::rates_note())?;
    Ok(())
}

/// The months by bracket: `months 1–11 at 3%: ¥97.50, month 12 at 10%: ¥307.50`
/// (a range where the months of one bracket differ).
fn runs_text(runs: &[(usize, usize, i64, i64, i64)]) -> String {
    let parts: Vec<String> = runs
        .iter()
        .map(|&(from, to, rate, least, most)| {
            let amount =
                if least == most { CNY.show(least) } else { format!("{}–{}", CNY.show(least), CNY.show(most)) };
            if from == to { words::month_one(from, rate, &amount) } else { words::month_run(from, to, rate, &amount) }
        })
        .collect();
    parts.join(crate::text::cli::list_sep())
}
