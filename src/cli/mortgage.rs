//! Handler for `mortgage`: a loan's payments and schedule; with
//! prepayments, rate changes and a housing-fund part (a combined loan),
//! each loan and the sum.

mod input;

use std::io::Write;

use chrono::{Datelike, NaiveDate};

use self::input::{Kind, Part, Request};
use super::args::{Format, MortgageArgs};
use super::output::{Align, table};
use super::relocate::CNY;
use super::{CliError, Result};
use crate::money::Money;
use crate::projection::rate::{percent_dp, percent_plain};
use crate::relocation::mortgage::plan::{self, Month, Outcome, Reduce, Reprice};
use crate::text::{loans, reports as words};

/// One loan worked out: the loan, and its schedule with and without prepayments.
struct Done<'a> {
    part: &'a Part,
    o: Outcome,
}

fn ym(start: NaiveDate, n: u32) -> String {
    let d = plan::month_of(start, n);
    format!("{:04}-{:02}", d.year(), d.month())
}

fn pct(rate: rust_decimal::Decimal) -> String {
    percent_dp(rate, 2)
}

pub fn mortgage(a: &MortgageArgs, today: NaiveDate, out: &mut dyn Write) -> Result<()> {
    let req = input::read(a, today)?;
    let done = req
        .parts
        .iter()
        .map(|part| {
            Ok(Done { part, o: plan::planned(&part.loan, &part.plan).map_err(|e| CliError::Usage(e.to_string()))? })
        })
        .collect::<Result<Vec<_>>>()?;
    let sum = |f: fn(&Outcome) -> &Vec<Month>| {
        done.iter().map(|d| f(&d.o).clone()).reduce(|x, y| plan::combine(&x, &y)).unwrap_or_default()
    };
    let (base, months) = (sum(|o| &o.base), sum(|o| &o.months));
    let prepaying = months.iter().any(|m| m.prepaid > 0) || !a.prepay.is_empty() || !a.prepay_yearly.is_empty();
    match a.format {
        Format::Csv => csv_out(&req, &done, &months, out),
        Format::Json => json_out(a, &req, &done, &base, &months, prepaying, out),
        Format::Table => table_out(a, &req, &done, &base, &months, prepaying, out),
    }
}

fn plain(m: i64) -> String {
    Money::new(m, CNY).plain()
}

fn csv_out(req: &Request, done: &[Done], months: &[Month], out: &mut dyn Write) -> Result<()> {
    let mut w = csv::Writer::from_writer(out);
    // The first five columns are the contract; the rest came later. A
    // combined loan's columns are the sum; the fund loan's own follow.
    w.write_record([
        "month",
        "payment",
        "interest",
        "principal",
        "balance",
        "date",
        "prepaid",
        "penalty",
        "rate",
        "fund_payment",
        "fund_interest",
        "fund_principal",
        "fund_balance",
    ])?;
    let fund = done.iter().find(|d| d.part.kind == Kind::Fund && done.len() > 1).map(|d| &d.o.months);
    // CSV is for reading elsewhere: every month, always.
    for (i, m) in months.iter().enumerate() {
        let p = m.pay;
        let mut row = vec![
            p.month.to_string(),
            plain(p.payment),
            plain(p.interest),
            plain(p.principal),
            plain(p.balance),
            ym(req.start, p.month),
            plain(m.prepaid),
            plain(m.penalty),
            percent_plain(m.rate),
        ];
        let f = fund.map(|f| f.get(i).map(|f| f.pay));
        row.extend(match f {
            None => vec![String::new(); 4],
            Some(None) => vec![plain(0); 4],
            Some(Some(f)) => vec![plain(f.payment), plain(f.interest), plain(f.principal), plain(f.balance)],
        });
        w.write_record(row)?;
    }
    w.flush()?;
    Ok(())
}

fn total_interest(s: &[Month]) -> i64 {
    s.iter().map(|m| m.pay.interest).sum()
}

fn json_out(
    a: &MortgageArgs,
    req: &Request,
    done: &[Done],
    base: &[Month],
    months: &[Month],
    prepaying: bool,
    out: &mut dyn Write,
) -> Result<()> {
    let last = |s: &[Month]| s.last().map_or(0, |m| m.pay.month);
    let loans: Vec<_> = done
        .iter()
        .map(|d| {
            let b = &d.o.base;
            serde_json::json!({
                "loan": d.part.kind.as_str(),
                "principal": plain(d.part.loan.principal),
                "rate": percent_plain(d.part.loan.annual_rate),
                "months": d.part.loan.months,
                "first_payment": plain(b[0].pay.payment),
                "last_payment": plain(b[b.len() - 1].pay.payment),
                "total_interest": plain(total_interest(b)),
                "end": ym(req.start, last(b)),
            })
        })
        .collect();
    let prepayment = prepaying.then(|| {
        let after = first_prepay(months);
        serde_json::json!({
            "reduce": req.reduce.as_str(),
            "interest_saved": plain(total_interest(base) - total_interest(months)),
            "total_interest": plain(total_interest(months)),
            "last_month": last(months),
            "end": ym(req.start, last(months)),
            "new_payment": after.and_then(|(_, p, _)| p).map(plain),
            "prepaid": plain(months.iter().map(|m| m.prepaid).sum()),
            "penalty": plain(months.iter().map(|m| m.penalty).sum()),
        })
    });
    let json = serde_json::json!({
        "method": req.method.as_str(),
        "first_payment": plain(base[0].pay.payment),
        "last_payment": plain(base[base.len() - 1].pay.payment),
        "total_interest": plain(total_interest(base)),
        "schedule": if a.schedule {
            months.iter().map(|m| serde_json::json!({
                "month": m.pay.month.to_string(),
                "payment": plain(m.pay.payment),
                "interest": plain(m.pay.interest),
                "principal": plain(m.pay.principal),
                "balance": plain(m.pay.balance),
                "date": ym(req.start, m.pay.month),
                "prepaid": plain(m.prepaid),
                "penalty": plain(m.penalty),
                "rate": percent_plain(m.rate),
            })).collect::<Vec<_>>()
        } else { Vec::new() },
        "start": ym(req.start, 1),
        "last_month": last(base),
        "end": ym(req.start, last(base)),
        "loans": loans,
        "prepayment": prepayment,
    });
    writeln!(out, "{}", serde_json::to_string_pretty(&json)?)?;
    Ok(())
}

/// The first prepayment's month, the payment after it and the payment the
/// loan would have asked that month without prepayments.
fn first_prepay(months: &[Month]) -> Option<(u32, Option<i64>, u32)> {
    let i = months.iter().position(|m| m.prepaid > 0)?;
    Some((months[i].pay.month, months.get(i + 1).map(|m| m.pay.payment), months[i].pay.month + 1))
}

fn table_out(
    a: &MortgageArgs,
    req: &Request,
    done: &[Done],
    base: &[Month],
    months: &[Month],
    prepaying: bool,
    out: &mut dyn Write,
) -> Result<()> {
    let method = crate::text::names::method(req.method.chinese(), req.method.as_str());
    let end = |s: &[Month]| s.last().map_or(0, |m| m.pay.month);
    // First payment, last payment and totals, and the end.
    let lines = |s: &[Month], out: &mut dyn Write, both: bool| -> Result<()> {
        let (f, principal) = (s[0].pay, s.iter().map(|m| m.pay.principal).sum::<i64>());
        let first = if both { loans::both_first } else { words::first_payment };
        writeln!(out, "{}", first(&CNY.show(f.payment), &CNY.show(f.interest), &CNY.show(f.principal)))?;
        let interest = total_interest(s);
        let l = s[s.len() - 1].pay.payment;
        writeln!(out, "{}", words::last_payment(&CNY.show(l), &CNY.show(interest), &CNY.show(principal + interest)))?;
        writeln!(out, "{}", loans::ends(end(s), &ym(req.start, end(s))))?;
        Ok(())
    };
    for d in done {
        let loan = &d.part.loan;
        if d.part.kind == Kind::Single {
            // Rounded half up to two decimals here, so the words' `{:.2}` prints it as it is.
            let rate = pct(loan.annual_rate).parse().unwrap_or(f64::NAN);
            writeln!(out, "{}", words::loan_summary(&CNY.show(loan.principal), &method, a.years.into(), rate))?;
        } else {
            let label = if d.part.kind == Kind::Fund { loans::loan_fund() } else { loans::loan_commercial() };
            let line = loans::part(label, &CNY.show(loan.principal), &method, loan.months / 12, &pct(loan.annual_rate));
            writeln!(out, "{line}")?;
        }
        if d.part.kind != Kind::Fund {
            if let Some((lpr, spread, when)) = req.floating {
                let when =
                    if when == Reprice::January { loans::reprice_january() } else { loans::reprice_anniversary() };
                let bp = (spread * rust_decimal::Decimal::from(10_000)).round();
                writeln!(out, "{}", loans::floating(&pct(lpr), &loans::spread(bp.try_into().unwrap_or(0)), when))?;
            }
            for c in input::changes(&d.o.base) {
                let pay = d.o.base[c.from as usize - 1].pay.payment;
                writeln!(
                    out,
                    "{}",
                    loans::rate_step(c.from, &ym(req.start, c.from), &pct(c.annual_rate), &CNY.show(pay))
                )?;
            }
        }
        lines(&d.o.base, out, false)?;
    }
    if done.len() > 1 {
        let total: i64 = done.iter().map(|d| d.part.loan.principal).sum();
        writeln!(out, "{}", loans::both(&CNY.show(total)))?;
        lines(base, out, true)?;
    }
    if prepaying {
        let reduce = if req.reduce == Reduce::Term { loans::reduce_term() } else { loans::reduce_payment() };
        writeln!(out)?;
        writeln!(out, "{}", loans::prepay_head(reduce))?;
        let prepays = &done[0].part.plan.prepay;
        for p in prepays {
            let row = if p.yearly { loans::prepay_yearly } else { loans::prepay_once };
            writeln!(out, "{}", row(&CNY.show(p.amount), p.month, &ym(req.start, p.month)))?;
        }
        if done.len() > 1 {
            writeln!(out, "{}", loans::to_commercial())?;
        }
        let interest = total_interest(months);
        let saved = total_interest(base) - interest;
        writeln!(out, "{}", loans::interest_saved(&CNY.show(saved), &CNY.show(interest)))?;
        // Prepayments go to the commercial loan: its end is what moves (the
        // sum's end is the longer loan's, often the fund's).
        let (now, was) = match done {
            [commercial, _, ..] => (end(&commercial.o.months), end(&commercial.o.base)),
            _ => (end(months), end(base)),
        };
        let new_end = if done.len() > 1 { loans::new_end_commercial } else { loans::new_end };
        writeln!(out, "{}", new_end(now, &ym(req.start, now), was, &ym(req.start, was)))?;
        if let Some((_, Some(p), next)) = first_prepay(months) {
            let before = base.get(next as usize - 1).map_or(0, |m| m.pay.payment);
            writeln!(out, "{}", loans::new_payment(next, &CNY.show(p), &CNY.show(before)))?;
        }
        let prepaid: i64 = months.iter().map(|m| m.prepaid).sum();
        let penalty: i64 = months.iter().map(|m| m.penalty).sum();
        writeln!(out, "{}", loans::prepaid_penalty(&CNY.show(prepaid), &CNY.show(penalty)))?;
        // A bank that charges: what prepaying saves once the penalty is paid.
        if penalty > 0 {
            writeln!(out, "{}", loans::net_saving(&CNY.show(saved - penalty)))?;
        }
        // The other choice beside it: "shorter term or lower payment?" in one run.
        let other = if req.reduce == Reduce::Term { Reduce::Payment } else { Reduce::Term };
        let alt = done
            .iter()
            .map(|d| plan::planned(&d.part.loan, &plan::Plan { reduce: other, ..d.part.plan.clone() }))
            .map(|o| o.map(|o| o.months).map_err(|e| CliError::Usage(e.to_string())))
            .collect::<Result<Vec<_>>>()?
            .into_iter()
            .reduce(|x, y| plan::combine(&x, &y))
            .unwrap_or_default();
        if let Some((_, Some(p), _)) = first_prepay(&alt) {
            let name = if other == Reduce::Term { loans::reduce_term() } else { loans::reduce_payment() };
            let saved = total_interest(base) - total_interest(&alt);
            let last = end(&alt);
            writeln!(out, "{}", loans::other_way(name, &CNY.show(saved), last, &ym(req.start, last), &CNY.show(p)))?;
            let penalty: i64 = alt.iter().map(|m| m.penalty).sum();
            if penalty > 0 {
                writeln!(out, "  {}", loans::way_penalty(&CNY.show(penalty), &CNY.show(saved - penalty)))?;
            }
        }
    }
    if a.schedule {
        schedule_table(months, done.len() > 1, out)?;
    }
    Ok(())
}

/// Yearly rows: the year's payments, interest and principal (and
/// prepayments, when any), and the balance at its end.
fn schedule_table(months: &[Month], summed: bool, out: &mut dyn Write) -> Result<()> {
    let prepaid = months.iter().any(|m| m.prepaid > 0);
    let yearly: Vec<Vec<String>> = months
        .chunks(12)
        .enumerate()
        .map(|(y, c)| {
            let sum = |f: fn(&Month) -> i64| c.iter().map(f).sum::<i64>();
            let mut row = vec![
                (y + 1).to_string(),
                CNY.show(sum(|m| m.pay.payment)),
                CNY.show(sum(|m| m.pay.interest)),
                CNY.show(sum(|m| m.pay.principal)),
            ];
            if prepaid {
                row.push(CNY.show(sum(|m| m.prepaid + m.penalty)));
            }
            row.push(CNY.show(c[c.len() - 1].pay.balance));
            row
        })
        .collect();
    let mut headers = vec![
        (words::h_year(), Align::Right),
        (words::h_paid(), Align::Right),
        (words::h_interest(), Align::Right),
        (words::h_principal(), Align::Right),
    ];
    if prepaid {
        headers.push((loans::h_prepaid(), Align::Right));
    }
    headers.push((words::h_balance(), Align::Right));
    writeln!(out)?;
    write!(out, "{}", table(&headers, &yearly))?;
    if summed {
        writeln!(out, "{}", loans::summed_note())?;
    }
    writeln!(out, "{}", words::every_month())?;
    Ok(())
}
