//! Handlers for `relocate` (scenarios against staying) and `mortgage`.

use std::io::Write;

use super::args::{RelocateArgs, RelocateCommand, ScenarioFields};
use super::names;
use super::{CliError, Result};
use crate::model::clean;
use crate::money::{Currency, Money};
use crate::ops::{self, Ctx};
use chrono::Datelike;
use rust_decimal::Decimal;

use crate::config::Settings;
use crate::projection::rate::{parse_inflation, parse_percent};
use crate::relocation::cities::{self, City, Home, RENT_AREA_M2, RENT_YIELD_BP, WAGE_GROWTH_BP};
use crate::relocation::compare::{Economy, Outcome};
use crate::relocation::edit::{self, Field, Fields};
use crate::relocation::mortgage;
use crate::relocation::scenario::{Housing, IncomeFrom, Scenario};
use crate::store::Store;
use crate::text::reports as words;
use crate::text::safe::escaped;

pub(super) const CNY: Currency = Currency::CNY;

pub(super) fn amount(s: &str) -> Result<i64> {
    let m = crate::money::limited(Money::parse(s, CNY)?)?.minor;
    if m < 0 {
        return Err(CliError::Usage(words::cost_negative(s)));
    }
    Ok(m)
}

/// The shipped cities and the user's own file, if there is one.
pub fn load_cities() -> Result<Vec<City>> {
    crate::config::load_cities().map_err(CliError::Usage)
}

mod city_list;
mod comparison;

use comparison::{Context, print_comparison, years_text_of};

pub use city_list::cities;

/// Staying, from the ledger (see `ops::views::stay`).
fn stay(store: &Store, ctx: &Ctx) -> Result<Scenario> {
    ops::views::stay(store, ctx)?.ok_or_else(|| CliError::Usage(words::stay_needs_month().into()))
}

/// The flags as typed fields for the shared scenario editor.
fn typed(f: &ScenarioFields) -> Fields {
    let mut t = Fields::default();
    t.maybe(Field::Income, f.income.as_ref());
    t.maybe(Field::Living, f.living.as_ref());
    t.maybe(Field::MovingCosts, f.moving_costs.as_ref());
    t.maybe(Field::MonthsWithoutIncome, f.months_without_income);
    t.maybe(Field::Start, f.start.as_ref());
    t.maybe(Field::SellHome, f.sell_home.as_ref());
    t.maybe(Field::Plan, f.plan.as_ref());
    t.maybe(Field::Rent, f.rent.as_ref());
    t.maybe(Field::DepositMonths, f.deposit_months);
    t.maybe(Field::AgentFee, f.agent_fee.as_ref());
    t.maybe(Field::PricePerM2, f.price_per_m2.as_ref());
    t.maybe(Field::Area, f.area);
    t.maybe(Field::DownPayment, f.down_payment.as_ref());
    t.maybe(Field::Rate, f.rate.as_ref());
    t.maybe(Field::Fund, f.fund.as_ref());
    t.maybe(Field::FundRate, f.fund_rate.as_ref());
    t.maybe(Field::FundYears, f.fund_years.as_ref());
    t.maybe(Field::Prepay, f.prepay.as_ref());
    t.maybe(Field::PrepayYearly, f.prepay_yearly.as_ref());
    t.maybe(Field::Reduce, f.reduce.as_ref());
    t.maybe(Field::Penalty, f.penalty.as_ref());
    t.maybe(Field::Years, f.years);
    t.maybe(Field::Method, f.method.as_ref());
    t.maybe(Field::DeedTax, f.deed_tax.as_ref());
    t.maybe(Field::Fees, f.fees.as_ref());
    t.maybe(Field::PropertyFees, f.property_fees.as_ref());
    t.maybe(Field::RentGrowth, f.rent_growth.as_ref());
    t.maybe(Field::PriceChange, f.price_change.as_ref());
    t.maybe(Field::SellingCosts, f.selling_costs.as_ref());
    t
}

/// Where the settings say the household lives (a name no city answers to
/// is an error: living costs would scale from nowhere).
fn home(settings: &Settings, cities: &[City]) -> Result<Home> {
    cities::home_of(settings.home_city.as_deref(), i64::from(settings.home_cost_index), cities)
        .map_err(|name| CliError::Usage(crate::text::moving::home_unknown(&name)))
}

/// Applies the flags to `s`; `--city` supplies reference figures for what
/// is not typed. Returns the city the flags named, if any.
fn apply(store: &Store, s: &mut Scenario, f: &ScenarioFields, ctx: &Ctx, settings: &Settings) -> Result<Option<City>> {
    let cities = load_cities()?;
    let mut fields = typed(f);
    let mut named = None;
    if let Some(c) = &f.city {
        // The command line names a city to fetch its figures: an unknown one is a mistake.
        let city = pick_city(c, &cities, || unknown_city(c))?;
        fields.set(Field::City, city.key().to_owned());
        named = Some(city.clone());
    }
    let now = ctx.cycle.month_of(ctx.today);
    let living = ops::views::living(store, ctx, &home(settings, &cities)?, settings.pay)?;
    edit::apply(s, &fields, &cities, &living, now).map_err(|e| {
        let hint = match e.field {
            Field::PricePerM2 | Field::Area if e.message.starts_with("buying needs") => words::price_hint(),
            _ => "",
        };
        CliError::Usage(format!("--{}: {}{hint}", e.field.flag(), e.message))
    })?;
    Ok(named)
}

/// A typed income five times today's or more is most likely a year's pay
/// typed as a month's: said, with the month's figure it would be.
fn income_check(store: &Store, ctx: &Ctx, s: &Scenario, f: &ScenarioFields, out: &mut dyn Write) -> Result<()> {
    let today = ops::views::stay(store, ctx)?.map_or(0, |st| st.income);
    if f.income.is_some() && s.income_from == IncomeFrom::Typed && today > 0 && s.income >= 5 * today {
        let monthly = crate::report::round_ratio(s.income, 12, 1).unwrap_or(0);
        let times = s.income / today;
        writeln!(out, "{}", crate::text::moving::income_monthly(&CNY.show(s.income), times, &CNY.show(monthly)))?;
    }
    Ok(())
}

/// The one city `typed` names, or an error listing the candidates (`none`
/// when there are none).
pub(super) fn pick_city<'a>(typed: &str, cities: &'a [City], none: impl FnOnce() -> CliError) -> Result<&'a City> {
    match cities::search(cities, typed).as_slice() {
        [one] => Ok(one),
        [] => Err(none()),
        many => {
            let names: Vec<String> = many.iter().take(12).map(|c| city_label(c)).collect();
            Err(CliError::Usage(words::which_city(typed, &names.join(crate::text::cli::list_sep()))))
        }
    }
}

/// `鹤岗 Hegang (黑龙江)`.
pub(super) fn city_label(c: &City) -> String {
    format!("{} {} ({})", c.local_name, c.name, c.province)
}

/// What `--city` filled in, and which of it is modelled; `None` when
/// everything was typed.
fn filled_note(s: &Scenario, city: &City, f: &ScenarioFields, year: i32) -> Option<String> {
    use crate::text::moving as t;
    let mut parts = Vec::new();
    if f.living.is_none() {
        parts.push(t::filled_living(&CNY.show(s.living)));
    }
    if let (Housing::Rent { monthly, .. }, None, Some(rent)) = (s.housing, &f.rent, &city.rent) {
        parts.push(match rent.model {
            Some(_) => t::filled_rent_modelled(&CNY.show(monthly), RENT_AREA_M2, &pct(RENT_YIELD_BP)),
            None => t::filled_rent(&CNY.show(monthly), &rent.when()),
        });
    }
    if let (Some(_), None, Some(price)) = (s.housing.purchase(), &f.price_per_m2, &city.price_per_m2) {
        parts.push(t::filled_price(&CNY.show(price.value * 100), &price.when()));
    }
    if s.income_from == IncomeFrom::CityWage {
        if let Some(w) = &city.wage_yearly {
            parts.push(t::filled_wage(
                &CNY.show(s.income),
                &CNY.show(city.monthly_wage(year).unwrap_or_default()),
                &CNY.show(w.value * 100),
                w.year,
                year,
                &pct(WAGE_GROWTH_BP),
            ));
        }
    }
    (!parts.is_empty()).then(|| t::filled_from(&city_label(city), &parts.join(t::clause_sep())))
}

fn find(list: &[(i64, Scenario)], name: &str) -> Result<(i64, Scenario)> {
    // `Stay` as either language calls it (the comparison's column says 留下 in
    // Chinese; 不搬, its earlier word, is still understood).
    let typed = name.trim();
    let stay = crate::relocation::scenario::is_stay(typed);
    if stay && !list.iter().any(|(_, s)| s.name.eq_ignore_ascii_case(typed)) {
        return Err(CliError::Usage(words::stay_not_stored().into()));
    }
    names::pick(name, list.to_vec(), |(_, s)| &s.name, names::What::Scenario)
}

fn plan_text(h: &Housing) -> String {
    match *h {
        Housing::Current { monthly } => words::as_now(&CNY.show(monthly)),
        Housing::Rent { monthly, deposit_months, agent_fee } => {
            words::rent_plan(&CNY.show(monthly), deposit_months, &CNY.show(agent_fee))
        }
        Housing::Mortgage { area_m2, down_payment_bp, commercial_rate_bp, fund, years, method, .. } => {
            let p = h.purchase().expect("a mortgage is a purchase");
            let loan = match fund {
                Some(f) => words::loan_split(
                    &CNY.show(p.loan),
                    &CNY.show(p.loan - f.amount),
                    &pct(commercial_rate_bp),
                    &CNY.show(f.amount),
                    &pct(f.rate_bp),
                ),
                None => words::loan_one(&CNY.show(p.loan), &pct(commercial_rate_bp)),
            };
            words::buy_plan(
                area_m2,
                &CNY.show(p.price),
                &CNY.show(p.down_payment),
                &pct(down_payment_bp),
                &loan,
                &years_text(years),
                &crate::text::names::method(method.chinese(), method.as_str()),
            )
        }
        Housing::Outright { area_m2, .. } => {
            let p = h.purchase().expect("outright is a purchase");
            words::buy_outright(area_m2, &CNY.show(p.price), &CNY.show(p.deed_tax), &CNY.show(p.fees))
        }
    }
}

/// `1 year`, `30 years`.
fn years_text(n: i64) -> String {
    if n == 1 { words::one_year().into() } else { words::n_years(n) }
}

/// `1 month`, `3 months`.
fn months_text(n: i64) -> String {
    if n == 1 { words::one_month().into() } else { words::n_months(n) }
}

/// What buying costs besides the price and what it costs every month, for `show`.
fn buying_costs(h: &Housing) -> Option<String> {
    let p = h.purchase()?;
    let (Housing::Mortgage { deed_tax_bp, monthly_fees, .. } | Housing::Outright { deed_tax_bp, monthly_fees, .. }) =
        *h
    else {
        return None;
    };
    Some(words::buying_costs(&CNY.show(p.deed_tax), &pct(deed_tax_bp), &CNY.show(p.fees), &CNY.show(monthly_fees)))
}

pub(super) fn pct(bp: i64) -> String {
    let sign = if bp < 0 { "-" } else { "" };
    format!("{sign}{}.{:02}%", bp.abs() / 100, bp.abs() % 100)
}

pub fn relocate(
    store: &mut Store,
    a: &RelocateArgs,
    ctx: &Ctx,
    settings: &Settings,
    out: &mut dyn Write,
) -> Result<()> {
    let today = ctx.today;
    match a.command.as_ref().unwrap_or(&RelocateCommand::List) {
        RelocateCommand::List => {
            let list = store.scenarios()?;
            if list.is_empty() {
                writeln!(out, "{}", words::no_scenarios())?;
            }
            for (_, s) in &list {
                let moves =
                    s.start.filter(|m| *m > store.cycle().month_of(today)).map_or(String::new(), words::moves_on);
                let line = words::scenario_line(
                    &s.name,
                    &s.city,
                    &CNY.show(s.income),
                    &plan_text(&s.housing),
                    &CNY.show(s.living),
                    &moves,
                );
                writeln!(out, "{}", escaped(&line))?;
            }
        }
        RelocateCommand::Cities { query, format } => cities(query.as_deref(), *format, ctx.today, out)?,
        RelocateCommand::Show { name } => {
            let (_, s) = find(&store.scenarios()?, name)?;
            writeln!(out, "{} — {}", escaped(&s.name), escaped(&s.city))?;
            let settling = match s.months_without_income {
                0 => String::new(),
                n => words::none_first(&months_text(n)),
            };
            // The income as the comparison takes it: today's, the city's wage this year, or typed.
            let all = load_cities()?;
            let year = ctx.today.year();
            let living = ops::views::living(store, ctx, &home(settings, &all)?, settings.pay)?;
            let s = match ops::views::stay(store, ctx)? {
                Some(stay) => ops::views::resolve(&s, &stay, &all, &living, year),
                None => s,
            };
            let income = s.income;
            let city = cities::find(&all, &s.city);
            let wage = city.and_then(|c| c.wage_yearly.clone().zip(c.monthly_wage(year)));
            let from = match (s.income_from, wage) {
                (IncomeFrom::Typed, _) => String::new(),
                (IncomeFrom::Today, _) => crate::text::moving::from_today().to_owned(),
                (IncomeFrom::CityWage, Some((w, gross))) => crate::text::moving::from_city_wage(
                    &CNY.show(gross),
                    &CNY.show(w.value * 100),
                    w.year,
                    year,
                    &pct(WAGE_GROWTH_BP),
                ),
                (IncomeFrom::CityWage, None) => crate::text::moving::from_typed_wage().to_owned(),
            };
            writeln!(out, "{}{from}", words::show_income(&CNY.show(income), &settling))?;
            writeln!(out, "{}", words::show_housing(&plan_text(&s.housing)))?;
            if let Some(costs) = buying_costs(&s.housing) {
                writeln!(out, "  {costs}")?;
            }
            match s.housing {
                Housing::Rent { .. } => writeln!(
                    out,
                    "{}",
                    match s.rent_growth_bp {
                        Some(bp) => crate::text::moving::show_rent_growth(&pct(bp)),
                        None => crate::text::moving::show_rent_inflation().to_owned(),
                    }
                )?,
                Housing::Mortgage { .. } | Housing::Outright { .. } => writeln!(
                    out,
                    "{}",
                    crate::text::moving::show_price_change(&pct(s.price_change_bp), &pct(s.selling_costs_bp))
                )?,
                _ => {}
            }
            writeln!(out, "{}", words::show_living(&CNY.show(s.living), &CNY.show(s.moving_costs)))?;
            // What a model gave, said where it shows.
            let city = cities::find(&all, &s.city);
            let modelled_rent = city.and_then(|c| c.rent.as_ref()).filter(|r| r.model.is_some()).map(|r| r.value * 100);
            if matches!(s.housing, Housing::Rent { monthly, .. } if Some(monthly) == modelled_rent) {
                writeln!(out, "{}", crate::text::moving::show_rent_modelled(RENT_AREA_M2, &pct(RENT_YIELD_BP)))?;
            }
            if s.scaled_living {
                writeln!(out, "{}", crate::text::moving::show_living_scaled())?;
            }
            if let Some(fee) = s.sell_home_fee_bp {
                writeln!(out, "{}", crate::text::moving::show_sells_home(&crate::relocation::edit::percent_text(fee)))?;
                // Selling is kept as typed; with no home in the ledger, the
                // comparison sells nothing, and says so here too.
                if ops::worth::home_and_loans(store, ctx)?.0 <= 0 {
                    writeln!(out, "{}", crate::text::moving::show_no_home())?;
                }
            }
            match s.start.filter(|m| *m > store.cycle().month_of(today)) {
                Some(m) => writeln!(out, "{}", words::moves_in(m))?,
                None => writeln!(out, "{}", words::moves_now())?,
            }
            if let Housing::Mortgage { prepay, fund, .. } = s.housing {
                use crate::text::loans as l;
                if let Some(y) = fund.and_then(|f| f.years) {
                    writeln!(out, "{}", l::show_fund_years(y))?;
                }
                if let Some(p) = prepay.once {
                    writeln!(out, "{}", l::show_prepay_once(&CNY.show(p.amount), p.month))?;
                }
                if let Some(p) = prepay.yearly {
                    writeln!(out, "{}", l::show_prepay_yearly(&CNY.show(p.amount), p.month))?;
                }
                if prepay.once.is_some() || prepay.yearly.is_some() {
                    let reduce = match prepay.reduce {
                        crate::relocation::mortgage::plan::Reduce::Term => l::reduce_term(),
                        crate::relocation::mortgage::plan::Reduce::Payment => l::reduce_payment(),
                    };
                    writeln!(out, "{}", l::show_prepay_terms(reduce, &pct(prepay.penalty_bp)))?;
                }
            }
            let schedule = s.housing.schedule().map_err(|e| CliError::Usage(e.to_string()))?;
            if let Some(first) = schedule.first() {
                let interest = CNY.show(mortgage::total_interest(&schedule));
                writeln!(out, "{}", words::show_payment(&CNY.show(first.payment), &interest))?;
            }
            if let Some(ways) = s.housing.prepay_ways().map_err(|e| CliError::Usage(e.to_string()))? {
                use crate::text::loans as l;
                for (w, said) in ways.iter().zip([l::show_way_chosen, l::show_way_other]) {
                    let term = w.reduce == crate::relocation::mortgage::plan::Reduce::Term;
                    let after = CNY.show(w.payment_after.unwrap_or(0));
                    writeln!(out, "{}", said(&l::way_of(term, &CNY.show(w.interest_saved), w.last_month, &after)))?;
                    // A bank that charges: each way's penalty and its net saving, as the mortgage view says them.
                    if w.penalty > 0 {
                        writeln!(out, "  {}", l::way_penalty(&CNY.show(w.penalty), &CNY.show(w.net_saved())))?;
                    }
                }
            }
        }
        RelocateCommand::Add { name, fields } => {
            let mut s = Scenario { name: clean::text(name), ..stay(store, ctx)? };
            let named = apply(store, &mut s, fields, ctx, settings)?;
            ops::plans::save_scenario(store, &ops::plans::ScenarioSave::New, &s)?;
            writeln!(out, "{}", escaped(&words::scenario_added(&s.name, &plan_text(&s.housing))))?;
            if let Some(note) = named.and_then(|city| filled_note(&s, &city, fields, ctx.today.year())) {
                writeln!(out, "{}", escaped(&note))?;
            }
            income_check(store, ctx, &s, fields, out)?;
        }
        RelocateCommand::Edit { name, rename, fields } => {
            let (id, old) = find(&store.scenarios()?, name)?;
            let mut s = old.clone();
            apply(store, &mut s, fields, ctx, settings)?;
            if let Some(n) = rename {
                s.name = clean::text(n);
            }
            if s == old {
                // Nothing to write, and nothing for undo to take back.
                writeln!(out, "{}", escaped(&words::scenario_unchanged(&s.name)))?;
                return Ok(());
            }
            ops::plans::save_scenario(store, &ops::plans::ScenarioSave::Edit { id, was: Box::new(old.clone()) }, &s)?;
            writeln!(out, "{}", escaped(&words::scenario_changed(&s.name, &plan_text(&s.housing))))?;
            income_check(store, ctx, &s, fields, out)?;
        }
        RelocateCommand::Duplicate { name, new_name } => {
            let (_, s) = find(&store.scenarios()?, name)?;
            let copy = Scenario { name: clean::text(new_name), ..s.clone() };
            ops::plans::save_scenario(store, &ops::plans::ScenarioSave::Copy { of: s.name.clone() }, &copy)?;
            writeln!(out, "{}", escaped(&words::scenario_copied(&s.name, &copy.name)))?;
        }
        RelocateCommand::Rm { name } => {
            let (id, s) = find(&store.scenarios()?, name)?;
            ops::plans::delete_scenario(store, id, &s)?;
            writeln!(out, "{}", escaped(&words::scenario_deleted(&s.name)))?;
        }
        RelocateCommand::Compare { names, years, annual_return, inflation, format } => {
            let list = store.scenarios()?;
            let chosen: Vec<Scenario> = if names.is_empty() {
                list.into_iter().map(|(_, s)| s).collect()
            } else {
                names.iter().map(|n| find(&list, n).map(|(_, s)| s)).collect::<Result<_>>()?
            };
            let economy = Economy {
                annual_return: annual_return
                    .as_deref()
                    .map_or(Ok(Decimal::ZERO), parse_percent)
                    .map_err(CliError::Usage)?,
                inflation: inflation.as_deref().map_or(Ok(Decimal::ZERO), parse_inflation).map_err(CliError::Usage)?,
            };
            let cities = load_cities()?;
            let home = home(settings, &cities)?;
            let place = ops::views::Place { cities: &cities, home: &home, economy, pay: settings.pay };
            let figures = ops::views::move_figures(store, ctx, years * 12, &place)?;
            let (Some(outcomes), Some((from, to))) = (figures.outcomes, figures.baseline) else {
                return Err(CliError::Usage(words::stay_needs_month().into()));
            };
            let mut outcomes = outcomes.map_err(|e| CliError::Usage(e.to_string()))?;
            if !names.is_empty() {
                // Staying, then the scenarios named, in the order named.
                let named: Vec<Outcome> =
                    chosen.iter().filter_map(|c| outcomes.iter().skip(1).find(|o| o.name == c.name).cloned()).collect();
                outcomes.truncate(1);
                outcomes.extend(named);
            }
            let context = Context { now: store.cycle().month_of(today), economy, baseline: (from, to), home: &home };
            print_comparison(&outcomes, &figures.goals, &context, *format, out)?;
        }
    }
    Ok(())
}

fn unknown_city(name: &str) -> CliError {
    CliError::Usage(words::unknown_city(name))
}
