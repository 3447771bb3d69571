//! Handler for `mortgage`: a loan's payments and schedule.

use std::io::Write;

use super::args::{Format, MortgageArgs};
use super::output::{Align, table};
use super::relocate::{CNY, amount};
use super::{CliError, Result};
use crate::money::Money;
use crate::projection::rate::{parse_percent, percent_dp};
use crate::relocation::mortgage::{self, Loan, Method, Payment};
use crate::text::reports as words;

pub fn mortgage(a: &MortgageArgs, out: &mut dyn Write) -> Result<()> {
    let loan = Loan {
        principal: amount(&a.principal)?,
        annual_rate: parse_percent(&a.rate).map_err(CliError::Usage)?,
        months: a.years * 12,
        method: a.method.parse::<Method>().map_err(|e| CliError::Usage(e.to_string()))?,
    };
    let s = mortgage::schedule(&loan).map_err(|e| CliError::Usage(e.to_string()))?;
    let plain = |m| Money::new(m, CNY).plain();
    let rows = |s: &[Payment]| -> Vec<[String; 5]> {
        s.iter()
            .map(|p| [p.month.to_string(), plain(p.payment), plain(p.interest), plain(p.principal), plain(p.balance)])
            .collect()
    };
    match a.format {
        Format::Csv => {
            let mut w = csv::Writer::from_writer(out);
            w.write_record(["month", "payment", "interest", "principal", "balance"])?;
            // CSV is for reading elsewhere: every month, always.
            for r in rows(&s) {
                w.write_record(r)?;
            }
            w.flush()?;
        }
        Format::Json => {
            let json = serde_json::json!({
                "method": loan.method.as_str(),
                "first_payment": plain(s[0].payment),
                "last_payment": plain(s[s.len() - 1].payment),
                "total_interest": plain(mortgage::total_interest(&s)),
                "schedule": if a.schedule { rows(&s).into_iter().map(|r| serde_json::json!({"month": r[0], "payment": r[1], "interest": r[2], "principal": r[3], "balance": r[4]})).collect::<Vec<_>>() } else { Vec::new() },
            });
            writeln!(out, "{}", serde_json::to_string_pretty(&json)?)?;
        }
        Format::Table => {
            let summary = words::loan_summary(
                &CNY.show(loan.principal),
                &crate::text::names::method(loan.method.chinese(), loan.method.as_str()),
                a.years.into(),
                // Rounded half up to two decimals here, so the words' `{:.2}` prints it as it is.
                percent_dp(loan.annual_rate, 2).parse().unwrap_or(f64::NAN),
            );
            writeln!(out, "{summary}")?;
            let first =
                words::first_payment(&CNY.show(s[0].payment), &CNY.show(s[0].interest), &CNY.show(s[0].principal));
            writeln!(out, "{first}")?;
            let interest = mortgage::total_interest(&s);
            let last = words::last_payment(
                &CNY.show(s[s.len() - 1].payment),
                &CNY.show(interest),
                &CNY.show(loan.principal + interest),
            );
            writeln!(out, "{last}")?;
            if a.schedule {
                // Yearly rows: the year's payments, interest and principal, and the balance at its end.
                let yearly: Vec<Vec<String>> = s
                    .chunks(12)
                    .enumerate()
                    .map(|(y, c)| {
                        let sum = |f: fn(&Payment) -> i64| c.iter().map(f).sum::<i64>();
                        vec![
                            (y + 1).to_string(),
                            CNY.show(sum(|p| p.payment)),
                            CNY.show(sum(|p| p.interest)),
                            CNY.show(sum(|p| p.principal)),
                            CNY.show(c[c.len() - 1].balance),
                        ]
                    })
                    .collect();
                let headers = [
                    (words::h_year(), Align::Right),
                    (words::h_paid(), Align::Right),
                    (words::h_interest(), Align::Right),
                    (words::h_principal(), Align::Right),
                    (words::h_balance(), Align::Right),
                ];
                writeln!(out)?;
                write!(out, "{}", table(&headers, &yearly))?;
                writeln!(out, "{}", words::every_month())?;
            }
        }
    }
    Ok(())
}
