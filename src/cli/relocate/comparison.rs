//! `relocate compare`'s output: staying against each scenario as a table,
//! CSV or JSON, with the notes on what it ran on and what is modelled.

use std::io::Write;

use super::super::Result;
use super::super::args::Format;
use super::super::output::{Align, table};
use super::{CNY, city_label, pct};
use crate::model::Month;
use crate::money::Money;
use crate::relocation::cities::{Home, RENT_YIELD_BP};
use crate::relocation::compare::{self, Economy, HomeSale, Outcome};
use crate::text::reports as words;
use crate::text::safe::escaped;

/// A comparison's column: the built-in `Stay` in the reader's words, a scenario as named.
fn outcome_name(name: &str) -> &str {
    if name == "Stay" { words::stay() } else { name }
}

/// What a comparison ran on, for its notes.
pub(super) struct Context<'a> {
    pub now: Month,
    pub economy: Economy,
    pub baseline: (Month, Month),
    pub home: &'a Home,
}

/// The figures a model gave, by their JSON names.
fn modelled_names(m: compare::Modelled) -> Vec<&'static str> {
    [("income", m.income), ("rent", m.rent), ("living", m.living)]
        .into_iter()
        .filter(|(_, b)| *b)
        .map(|(k, _)| k)
        .collect()
}

/// `2.77` from hundredths of a year.
pub(super) fn years_plain(hundredths: i64) -> String {
    crate::money::format_minor_plain(hundredths, 2)
}

/// `2.77` years from hundredths, `—` for none.
pub(super) fn years_text_of(hundredths: Option<i64>) -> String {
    hundredths.map_or("—".into(), years_plain)
}

pub(super) fn print_comparison(
    outcomes: &[Outcome],
    goals: &[(String, i64)],
    context: &Context,
    format: Format,
    out: &mut dyn Write,
) -> Result<()> {
    let now = context.now;
    let when = |m: Option<u32>| match m {
        Some(0) => words::at_once().to_owned(),
        Some(m) => {
            let at = now.plus(m).map_or(String::new(), |x| x.to_string());
            if m == 1 { words::in_one_month(&at) } else { words::in_months(m, &at) }
        }
        None => words::beyond_horizon().to_owned(),
    };
    // The first month from which a scenario stays at or above staying to the horizon's end.
    let horizon_years = outcomes.first().map_or(0, |o| (o.net_worth.len().saturating_sub(1) / 12) as u32);
    let break_even = |o: &Outcome| match (o.name.as_str(), o.break_even) {
        ("Stay", _) => "—".to_owned(),
        (_, Some(0)) => words::never_behind().to_owned(),
        (_, None) => words::never_within(horizon_years),
        (_, m) => when(m),
    };
    // The month of a later move; `None` when it is now.
    let moved = |o: &Outcome| now.plus(o.wait).filter(|_| o.wait > 0);
    match format {
        Format::Json => {
            let json: Vec<_> = outcomes
                .iter()
                .map(|o| {
                    let plain = |m| Money::new(m, CNY).plain();
                    serde_json::json!({
                        "name": o.name, "income": plain(o.income), "housing": plain(o.housing), "living": plain(o.living),
                        "savings": plain(o.savings), "savings_rate": o.rate.map(crate::report::Ratio::fraction_f64),
                        "one_off": plain(o.one_off), "break_even_months": o.break_even,
                        "move_month": moved(o).map(|m| m.to_string()),
                        "goals": goals.iter().map(|(name, target)| serde_json::json!({"goal": name, "months": compare::months_to_goal(o, *target)})).collect::<Vec<_>>(),
                        "net_worth": o.net_worth_at.iter().map(|(y, v)| serde_json::json!({"years": y, "amount": plain(*v)})).collect::<Vec<_>>(),
                        "home_sale": match o.home_sale { HomeSale::Sold(m) => Some(plain(m)), _ => None },
                        "net_worth_today": o.today_at.iter().map(|(y, v)| serde_json::json!({"years": y, "amount": plain(*v)})).collect::<Vec<_>>(),
                        "price": o.price.map(plain), "price_to_income": o.price_years.map(years_plain),
                        "price_to_city_wage": o.city_wage_years.map(years_plain),
                        "city_price_to_wage": o.city_ratio.map(years_plain),
                        "modelled": modelled_names(o.modelled),
                        "no_home_to_sell": o.home_sale == HomeSale::NoHome,
                    })
                })
                .collect();
            writeln!(out, "{}", serde_json::to_string_pretty(&json)?)?;
        }
        Format::Csv => {
            let mut w = csv::Writer::from_writer(out);
            w.write_record([
                "scenario",
                "income",
                "housing",
                "living",
                "savings",
                "savings_rate",
                "one_off",
                "break_even_months",
                "net_worth_1y",
                "net_worth_3y",
                "net_worth_5y",
                "net_worth_10y",
                "move_month",
            ])?;
            for o in outcomes {
                let plain = |m| Money::new(m, CNY).plain();
                let at = |y| o.net_worth_at.iter().find(|(yy, _)| *yy == y).map_or(String::new(), |(_, v)| plain(*v));
                w.write_record([
                    crate::export::csv_text(&o.name).into_owned(),
                    plain(o.income),
                    plain(o.housing),
                    plain(o.living),
                    plain(o.savings),
                    o.rate.map(crate::report::Ratio::fraction).unwrap_or_default(),
                    plain(o.one_off),
                    o.break_even.map_or(String::new(), |m| m.to_string()),
                    at(1),
                    at(3),
                    at(5),
                    at(10),
                    moved(o).map_or(String::new(), |m| m.to_string()),
                ])?;
            }
            w.flush()?;
        }
        Format::Table => {
            let mut rows: Vec<Vec<String>> = Vec::new();
            let mut line = |label: &str, f: &dyn Fn(&Outcome) -> String| {
                rows.push(std::iter::once(label.to_owned()).chain(outcomes.iter().map(f)).collect());
            };
            let star = |b: bool| if b { "*" } else { "" };
            line(words::r_income(), &|o| format!("{}{}", CNY.show(o.income), star(o.modelled.income)));
            line(words::r_housing(), &|o| format!("{}{}", CNY.show(o.housing), star(o.modelled.rent)));
            line(words::r_living(), &|o| format!("{}{}", CNY.show(o.living), star(o.modelled.living)));
            line(words::r_savings(), &|o| CNY.show(o.savings));
            line(words::r_rate(), &|o| o.rate.map_or("—".into(), crate::report::Ratio::percent));
            line(words::r_moves(), &|o| match (o.name.as_str(), moved(o)) {
                ("Stay", _) => "—".into(),
                (_, None) => words::now().into(),
                (_, Some(m)) => m.to_string(),
            });
            line(words::r_one_off(), &|o| CNY.show(o.one_off));
            line(words::r_lowest(), &|o| CNY.show(o.lowest_cash));
            line(words::r_break_even(), &break_even);
            let deflated = !context.economy.inflation.is_zero();
            // The checkpoints within the horizon, and the horizon itself.
            let mut years: Vec<u32> = compare::CHECKPOINT_YEARS.into_iter().filter(|&y| y <= horizon_years).collect();
            if !years.contains(&horizon_years) {
                years.push(horizon_years);
            }
            for y in years {
                let at = (y * 12) as usize;
                line(&words::r_net_worth(y), &|o| o.net_worth.get(at).map_or("—".into(), |v| CNY.show(*v)));
                if deflated {
                    line(crate::text::moving::r_today(), &|o| {
                        o.net_worth_today.get(at).map_or("—".into(), |v| CNY.show(*v))
                    });
                }
            }
            if outcomes.iter().any(|o| o.price.is_some()) {
                use crate::text::moving as t;
                line(t::r_price(), &|o| o.price.map_or("—".into(), |p| CNY.show(p)));
                line(t::r_price_income(), &|o| years_text_of(o.price_years));
                line(t::r_price_city_wage(), &|o| years_text_of(o.city_wage_years));
                line(t::r_city_ratio(), &|o| years_text_of(o.city_ratio));
            }
            for (name, target) in goals {
                line(&words::r_goal(name), &|o| when(compare::months_to_goal(o, *target)));
            }
            let names: Vec<&str> = outcomes.iter().map(|o| outcome_name(&o.name)).collect();
            let headers: Vec<(&str, Align)> =
                std::iter::once(("", Align::Left)).chain(names.iter().map(|n| (*n, Align::Right))).collect();
            write!(out, "{}", table(&headers, &rows))?;
            if outcomes.iter().any(|o| o.modelled.any()) {
                writeln!(out, "{}", crate::text::moving::modelled_note(&pct(RENT_YIELD_BP)))?;
            }
            writeln!(out, "{}", words::net_worth_note())?;
            let (from, to) = context.baseline;
            let home = match context.home {
                Home::Unset => crate::text::moving::home_unset().to_owned(),
                Home::City(c) => crate::text::moving::home_is(&city_label(c)),
                Home::Custom { index } => crate::text::moving::home_custom(*index),
            };
            let rates = crate::text::moving::economy_note(
                &crate::projection::rate::percent_plain(context.economy.annual_return),
                &crate::projection::rate::percent_plain(context.economy.inflation),
            );
            writeln!(
                out,
                "{}",
                crate::text::moving::baseline_note(from, to, from.months_until(to) + 1, &home, &rates)
            )?;
            for o in outcomes {
                match o.home_sale {
                    HomeSale::Kept => {}
                    HomeSale::Sold(m) => {
                        writeln!(out, "{}", escaped(&words::home_sold(outcome_name(&o.name), &CNY.show(m))))?
                    }
                    HomeSale::NoHome => writeln!(out, "{}", escaped(&words::home_not_sold(outcome_name(&o.name))))?,
                }
            }
            for o in outcomes.iter().filter(|o| o.lowest_cash < 0) {
                writeln!(out, "{}", escaped(&words::short_of_cash(outcome_name(&o.name), &CNY.show(o.lowest_cash))))?;
            }
        }
    }
    Ok(())
}
