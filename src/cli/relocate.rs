//! Handlers for `relocate` (scenarios against staying) and `mortgage`.

use std::io::Write;

use chrono::NaiveDate;

use super::args::{Format, RelocateArgs, RelocateCommand, ScenarioFields};
use super::output::{Align, table};
use super::{CliError, Result};
use crate::input::parse_percent;
use crate::model::{Class, Month, NameMatch, match_name};
use crate::money::{Currency, Money};
use crate::relocation::cities::{self, City, Group, estimate_living, group_of};
use crate::relocation::compare::{self, Outcome};
use crate::relocation::mortgage::{self, Method};
use crate::relocation::scenario::{
    COMMERCIAL_RATE_BP, DEED_TAX_BP, DOWN_PAYMENT_BP, FUND_RATE_BP, Fund, Housing, Scenario,
};
use crate::store::Store;

pub(super) const CNY: Currency = Currency::CNY;

pub(super) fn money(minor: i64) -> String {
    Money::new(minor, CNY).display()
}

pub(super) fn amount(s: &str) -> Result<i64> {
    let m = Money::parse(s, CNY)?.minor;
    if m < 0 {
        return Err(CliError::Usage(format!("'{s}' is negative; type what it costs, e.g. 1500")));
    }
    Ok(m)
}

/// A percentage as basis points (`3.05` → 305), between 0 and 100 %.
fn bp(s: &str) -> Result<i64> {
    let f = parse_percent(s).map_err(CliError::Usage)?;
    if !(0.0..=1.0).contains(&f) {
        return Err(CliError::Usage(format!("'{s}' % is out of range: rates and shares here are from 0 to 100")));
    }
    Ok((f * 10_000.0).round() as i64)
}

/// A whole number within `range`, or an error naming the flag.
fn within(flag: &str, n: i64, range: std::ops::RangeInclusive<i64>) -> Result<i64> {
    if range.contains(&n) {
        Ok(n)
    } else {
        Err(CliError::Usage(format!("--{flag} {n} is out of range: use {} to {}", range.start(), range.end())))
    }
}

/// The shipped cities and the user's own file, if there is one.
pub fn load_cities() -> Result<Vec<City>> {
    let shipped = cities::shipped();
    let Some(dirs) = directories::ProjectDirs::from("", "", "nestegg") else { return Ok(shipped) };
    let path = dirs.config_dir().join("cities.toml");
    match std::fs::read_to_string(&path) {
        Ok(text) => {
            let user = cities::parse(&text, &path.display().to_string()).map_err(|e| CliError::Usage(e.to_string()))?;
            Ok(cities::merge(shipped, user))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(shipped),
        Err(e) => Err(CliError::Usage(format!("cannot read {}: {e}", path.display()))),
    }
}

/// Staying, from the ledger (see `Store::stay_scenario`).
fn stay(store: &Store, today: NaiveDate) -> Result<Scenario> {
    store.stay_scenario(Month::of(today))?.ok_or_else(|| {
        CliError::Usage("staying is built from the ledger, which has no complete month yet; log a month first".into())
    })
}

/// Today's average monthly spending by group (same 6 months as staying).
fn spending_by_group(store: &Store, today: NaiveDate) -> Result<[i64; 4]> {
    let history = store.recent_complete_months(Month::of(today), 6, CNY)?;
    let (Some(first), Some(last)) = (history.first(), history.last()) else { return Ok([0; 4]) };
    let cats = store.categories(true)?;
    let mut groups = [0i64; 4];
    for (_, id, sum) in store.month_category_sums(first.month, last.month, CNY)? {
        let Some(c) = cats.iter().find(|c| c.id == id && c.class == Class::Spending) else { continue };
        let slot = match group_of(&c.name) {
            Group::Food => 0,
            Group::Transport => 1,
            Group::Utilities => 2,
            Group::Other => 3,
        };
        groups[slot] -= sum;
    }
    let n = history.len() as i64;
    Ok(groups.map(|g| crate::report::round_ratio(g, n, 1).unwrap_or(0)))
}

/// Applies the flags to `s`; `city` supplies reference figures for what is not typed.
fn apply(s: &mut Scenario, f: &ScenarioFields, city: Option<&City>, by_group: [i64; 4]) -> Result<()> {
    let opt = |v: &Option<String>| v.as_deref().map(amount).transpose();
    if let Some(c) = city {
        s.city = c.name.clone();
        if f.living.is_none() {
            s.living = estimate_living(by_group, c);
        }
    }
    if let Some(v) = opt(&f.income)? {
        s.income = v;
    }
    if let Some(v) = opt(&f.living)? {
        s.living = v;
    }
    if let Some(v) = opt(&f.moving_costs)? {
        s.moving_costs = v;
    }
    if let Some(n) = f.months_without_income {
        s.months_without_income = within("months-without-income", n, 0..=120)?;
    }
    let city_price = city.map(|c| c.price_per_m2.value * 100);
    let price = opt(&f.price_per_m2)?;
    let plan = f.plan.as_deref().or(match s.housing {
        Housing::Rent { .. } => Some("rent"),
        Housing::Mortgage { .. } => Some("mortgage"),
        Housing::Outright { .. } => Some("outright"),
        Housing::Current { .. } if f.rent.is_some() || city.is_some() => Some("rent"),
        Housing::Current { .. } => None,
    });
    let (old_price, old_area, old_fees, old_monthly_fees, old_deed) = match s.housing {
        Housing::Mortgage { price_per_m2, area_m2, fees, monthly_fees, deed_tax_bp, .. }
        | Housing::Outright { price_per_m2, area_m2, fees, monthly_fees, deed_tax_bp } => {
            (Some(price_per_m2), Some(area_m2), fees, monthly_fees, deed_tax_bp)
        }
        _ => (None, None, 0, 0, DEED_TAX_BP),
    };
    let price_per_m2 = price.or(old_price).or(city_price);
    let area_m2 = f.area.map(|a| within("area", a, 1..=100_000)).transpose()?.or(old_area);
    if price.is_some_and(|p| p == 0) {
        return Err(CliError::Usage("--price-per-m2 must be more than zero".into()));
    }
    let deed_tax_bp = f.deed_tax.as_deref().map(bp).transpose()?.unwrap_or(old_deed);
    let fees = opt(&f.fees)?.unwrap_or(old_fees);
    let monthly_fees = opt(&f.property_fees)?.unwrap_or(old_monthly_fees);
    let need =
        |what: &str| CliError::Usage(format!("buying needs {what}; pass it (e.g. --price-per-m2 750 --area 50)"));
    s.housing = match plan {
        None => s.housing,
        Some("rent") => {
            let (old_rent, old_deposit, old_fee) = match s.housing {
                Housing::Rent { monthly, deposit_months, agent_fee } => (Some(monthly), deposit_months, agent_fee),
                _ => (None, 1, 0),
            };
            let monthly = opt(&f.rent)?.or(old_rent).or(city.map(|c| c.rent_1br.value * 100)).ok_or_else(|| {
                CliError::Usage("renting needs a rent: pass --rent, or --city for a reference figure".into())
            })?;
            Housing::Rent {
                monthly,
                deposit_months: within("deposit-months", f.deposit_months.unwrap_or(old_deposit), 0..=24)?,
                agent_fee: opt(&f.agent_fee)?.unwrap_or(old_fee),
            }
        }
        Some("outright") => Housing::Outright {
            price_per_m2: price_per_m2.ok_or_else(|| need("a price per m²"))?,
            area_m2: area_m2.ok_or_else(|| need("an area in m²"))?,
            deed_tax_bp,
            fees,
            monthly_fees,
        },
        Some(_) => {
            let (old_down, old_rate, old_fund, old_years, old_method) = match s.housing {
                Housing::Mortgage { down_payment_bp, commercial_rate_bp, fund, years, method, .. } => {
                    (down_payment_bp, commercial_rate_bp, fund, years, method)
                }
                _ => (DOWN_PAYMENT_BP, COMMERCIAL_RATE_BP, None, 30, Method::EqualPayment),
            };
            let fund = match (opt(&f.fund)?, f.fund_rate.as_deref().map(bp).transpose()?) {
                (Some(0), _) => None,
                (Some(amount), rate) => {
                    Some(Fund { amount, rate_bp: rate.or(old_fund.map(|f| f.rate_bp)).unwrap_or(FUND_RATE_BP) })
                }
                (None, Some(rate)) => old_fund.map(|f| Fund { rate_bp: rate, ..f }),
                (None, None) => old_fund,
            };
            let method = match &f.method {
                Some(m) => m.parse::<Method>().map_err(|e| CliError::Usage(e.to_string()))?,
                None => old_method,
            };
            Housing::Mortgage {
                price_per_m2: price_per_m2.ok_or_else(|| need("a price per m²"))?,
                area_m2: area_m2.ok_or_else(|| need("an area in m²"))?,
                down_payment_bp: f.down_payment.as_deref().map(bp).transpose()?.unwrap_or(old_down),
                commercial_rate_bp: f.rate.as_deref().map(bp).transpose()?.unwrap_or(old_rate),
                fund,
                years: within("years", f.years.unwrap_or(old_years), 1..=50)?,
                method,
                deed_tax_bp,
                fees,
                monthly_fees,
            }
        }
    };
    if let (Housing::Mortgage { fund: Some(fund), .. }, Some(p)) = (s.housing, s.housing.purchase()) {
        if fund.amount > p.loan {
            return Err(CliError::Usage(format!(
                "the 公积金 part {} is more than the whole loan {}; it is the share of the loan the fund lends",
                money(fund.amount),
                money(p.loan)
            )));
        }
    }
    // A plan that cannot be scheduled is an error now, not at comparison time.
    s.housing.schedule().map_err(|e| CliError::Usage(e.to_string()))?;
    Ok(())
}

fn find(list: &[(i64, Scenario)], name: &str) -> Result<(i64, Scenario)> {
    match match_name(name, list.iter().map(|(_, s)| s.name.as_str()).collect::<Vec<_>>()) {
        NameMatch::Found(i) => Ok(list[i].clone()),
        NameMatch::Unknown { closest } if closest.is_empty() => Err(CliError::Usage(format!(
            "no scenario named '{name}'; add one: nestegg relocate add Hegang --city Hegang --moving-costs 3000"
        ))),
        NameMatch::Unknown { closest } => {
            Err(CliError::Usage(format!("no scenario named '{name}'; closest: {}", closest.join(", "))))
        }
        NameMatch::Ambiguous { candidates } => {
            Err(CliError::Usage(format!("'{name}' matches several scenarios: {}", candidates.join(", "))))
        }
    }
}

fn plan_text(h: &Housing) -> String {
    match *h {
        Housing::Current { monthly } => format!("as now: {} a month", money(monthly)),
        Housing::Rent { monthly, deposit_months, agent_fee } => {
            format!(
                "rent {} a month, deposit {deposit_months} month(s), agent fee {}",
                money(monthly),
                money(agent_fee)
            )
        }
        Housing::Mortgage { area_m2, down_payment_bp, commercial_rate_bp, fund, years, method, .. } => {
            let p = h.purchase().expect("a mortgage is a purchase");
            let fund =
                fund.map_or(String::new(), |f| format!(" (of which 公积金 {} at {})", money(f.amount), pct(f.rate_bp)));
            format!(
                "buy {area_m2} m² for {} with {} down ({}), loan {} at {}{fund}, {years} years {} ({})",
                money(p.price),
                money(p.down_payment),
                pct(down_payment_bp),
                money(p.loan),
                pct(commercial_rate_bp),
                method.chinese(),
                method
            )
        }
        Housing::Outright { area_m2, .. } => {
            let p = h.purchase().expect("outright is a purchase");
            format!(
                "buy {area_m2} m² outright for {} + {} deed tax + {} fees",
                money(p.price),
                money(p.deed_tax),
                money(p.fees)
            )
        }
    }
}

fn pct(bp: i64) -> String {
    format!("{}.{:02}%", bp / 100, bp % 100)
}

pub fn relocate(store: &mut Store, a: &RelocateArgs, today: NaiveDate, out: &mut dyn Write) -> Result<()> {
    match a.command.as_ref().unwrap_or(&RelocateCommand::List) {
        RelocateCommand::List => {
            let list = store.scenarios()?;
            if list.is_empty() {
                writeln!(out, "no scenarios yet; try: nestegg relocate add Hegang --city Hegang --moving-costs 3000")?;
            }
            for (_, s) in &list {
                writeln!(
                    out,
                    "{} ({}): income {} · {} · living {}",
                    s.name,
                    s.city,
                    money(s.income),
                    plan_text(&s.housing),
                    money(s.living)
                )?;
            }
        }
        RelocateCommand::Cities => {
            let rows: Vec<Vec<String>> = load_cities()?
                .iter()
                .map(|c| {
                    let f = |x: &cities::Figure| format!("{} ({})", x.value, x.year);
                    vec![
                        format!("{} {}", c.name, c.local_name),
                        f(&c.price_per_m2),
                        f(&c.rent_1br),
                        f(&c.wage),
                        format!("{}/{}/{}/{}", c.food.value, c.transport.value, c.utilities.value, c.other.value),
                    ]
                })
                .collect();
            let headers = [
                ("CITY", Align::Left),
                ("¥/M²", Align::Right),
                ("RENT 1BR", Align::Right),
                ("WAGE", Align::Right),
                ("FOOD/TRANSPORT/UTIL/OTHER", Align::Left),
            ];
            write!(out, "{}", table(&headers, &rows))?;
            writeln!(
                out,
                "Reference figures to check: each has a source and a year (assets/cities.toml, or your own cities.toml)."
            )?;
        }
        RelocateCommand::Show { name } => {
            let (_, s) = find(&store.scenarios()?, name)?;
            writeln!(out, "{} — {}", s.name, s.city)?;
            writeln!(
                out,
                "  income {} a month ({} month(s) without income at first)",
                money(s.income),
                s.months_without_income
            )?;
            writeln!(out, "  housing: {}", plan_text(&s.housing))?;
            writeln!(out, "  living costs {} a month · moving costs {}", money(s.living), money(s.moving_costs))?;
            let schedule = s.housing.schedule().map_err(|e| CliError::Usage(e.to_string()))?;
            if let Some(first) = schedule.first() {
                writeln!(
                    out,
                    "  first payment {}, total interest {}",
                    money(first.payment),
                    money(mortgage::total_interest(&schedule))
                )?;
            }
        }
        RelocateCommand::Add { name, fields } => {
            let cities = load_cities()?;
            let city = fields
                .city
                .as_deref()
                .map(|c| cities::find(&cities, c).ok_or_else(|| unknown_city(c, &cities)))
                .transpose()?;
            let mut s = Scenario { name: name.trim().to_owned(), ..stay(store, today)? };
            apply(&mut s, fields, city, spending_by_group(store, today)?)?;
            store.write(|tx| tx.add_scenario(&s))?;
            writeln!(out, "added scenario '{}': {}", s.name, plan_text(&s.housing))?;
        }
        RelocateCommand::Edit { name, rename, fields } => {
            let (id, mut s) = find(&store.scenarios()?, name)?;
            let cities = load_cities()?;
            let city = fields
                .city
                .as_deref()
                .map(|c| cities::find(&cities, c).ok_or_else(|| unknown_city(c, &cities)))
                .transpose()?;
            apply(&mut s, fields, city, spending_by_group(store, today)?)?;
            if let Some(n) = rename {
                s.name = n.trim().to_owned();
            }
            store.write(|tx| tx.update_scenario(id, &s))?;
            writeln!(out, "changed scenario '{}': {}", s.name, plan_text(&s.housing))?;
        }
        RelocateCommand::Rm { name } => {
            let (id, s) = find(&store.scenarios()?, name)?;
            store.write(|tx| tx.delete_scenario(id))?;
            writeln!(out, "deleted scenario '{}'", s.name)?;
        }
        RelocateCommand::Compare { names, years, format } => {
            let list = store.scenarios()?;
            let chosen: Vec<Scenario> = if names.is_empty() {
                list.into_iter().map(|(_, s)| s).collect()
            } else {
                names.iter().map(|n| find(&list, n).map(|(_, s)| s)).collect::<Result<_>>()?
            };
            let savings = store.balance_of(None, CNY)?;
            let outcomes = compare::compare(&stay(store, today)?, &chosen, savings, years * 12, 0.0)
                .map_err(|e| CliError::Usage(e.to_string()))?;
            let goals: Vec<(String, i64)> = store.goals()?.into_iter().map(|g| (g.name, g.target)).collect();
            print_comparison(&outcomes, &goals, Month::of(today), *format, out)?;
        }
    }
    Ok(())
}

fn unknown_city(name: &str, cities: &[City]) -> CliError {
    let names: Vec<&str> = cities.iter().map(|c| c.name.as_str()).collect();
    CliError::Usage(format!(
        "no reference figures for '{name}'; known: {}. Add it to your cities.toml, or type --rent/--price-per-m2/--living",
        names.join(", ")
    ))
}

fn print_comparison(
    outcomes: &[Outcome],
    goals: &[(String, i64)],
    now: Month,
    format: Format,
    out: &mut dyn Write,
) -> Result<()> {
    let when = |m: Option<u32>| match m {
        Some(0) => "from the start".to_owned(),
        Some(m) => format!(
            "{m} month{} ({})",
            if m == 1 { "" } else { "s" },
            now.plus(m).map_or(String::new(), |x| x.to_string())
        ),
        None => "not within the horizon".to_owned(),
    };
    match format {
        Format::Json => {
            let json: Vec<_> = outcomes
                .iter()
                .map(|o| {
                    let plain = |m| Money::new(m, CNY).plain();
                    serde_json::json!({
                        "name": o.name, "income": plain(o.income), "housing": plain(o.housing), "living": plain(o.living),
                        "savings": plain(o.savings), "savings_rate": o.rate_bp.map(|b| b as f64 / 10_000.0),
                        "one_off": plain(o.one_off), "break_even_months": o.break_even,
                        "goals": goals.iter().map(|(name, target)| serde_json::json!({"goal": name, "months": compare::months_to_goal(o, *target)})).collect::<Vec<_>>(),
                        "net_worth": o.net_worth_at.iter().map(|(y, v)| serde_json::json!({"years": y, "amount": plain(*v)})).collect::<Vec<_>>(),
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
            ])?;
            for o in outcomes {
                let plain = |m| Money::new(m, CNY).plain();
                let at = |y| o.net_worth_at.iter().find(|(yy, _)| *yy == y).map_or(String::new(), |(_, v)| plain(*v));
                w.write_record([
                    o.name.clone(),
                    plain(o.income),
                    plain(o.housing),
                    plain(o.living),
                    plain(o.savings),
                    o.rate_bp.map(crate::report::format_rate_fraction).unwrap_or_default(),
                    plain(o.one_off),
                    o.break_even.map_or(String::new(), |m| m.to_string()),
                    at(1),
                    at(3),
                    at(5),
                    at(10),
                ])?;
            }
            w.flush()?;
        }
        Format::Table => {
            let mut rows: Vec<Vec<String>> = Vec::new();
            let mut line = |label: &str, f: &dyn Fn(&Outcome) -> String| {
                rows.push(std::iter::once(label.to_owned()).chain(outcomes.iter().map(f)).collect());
            };
            line("income", &|o| money(o.income));
            line("housing", &|o| money(o.housing));
            line("living costs", &|o| money(o.living));
            line("savings", &|o| money(o.savings));
            line("savings rate", &|o| o.rate_bp.map_or("—".into(), crate::report::format_rate_percent));
            line("one-off costs", &|o| money(o.one_off));
            line("lowest cash", &|o| money(o.lowest_cash));
            line("break-even", &|o| if o.name == "Stay" { "—".into() } else { when(o.break_even) });
            for y in compare::CHECKPOINT_YEARS {
                line(&format!("net worth {y}y"), &|o| {
                    o.net_worth_at.iter().find(|(yy, _)| *yy == y).map_or("—".into(), |(_, v)| money(*v))
                });
            }
            for (name, target) in goals {
                line(&format!("goal: {name}"), &|o| when(compare::months_to_goal(o, *target)));
            }
            let headers: Vec<(&str, Align)> = std::iter::once(("", Align::Left))
                .chain(outcomes.iter().map(|o| (o.name.as_str(), Align::Right)))
                .collect();
            write!(out, "{}", table(&headers, &rows))?;
            writeln!(out, "Net worth = cash + deposit held + home at its purchase price less the loan still owed.")?;
            for o in outcomes.iter().filter(|o| o.lowest_cash < 0) {
                writeln!(
                    out,
                    "Warning: {} needs more cash than there is (lowest {}); the figures borrow from nowhere.",
                    o.name,
                    money(o.lowest_cash)
                )?;
            }
        }
    }
    Ok(())
}
