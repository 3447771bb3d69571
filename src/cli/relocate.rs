//! Handlers for `relocate` (scenarios against staying) and `mortgage`.

use std::io::Write;

use super::args::{Format, RelocateArgs, RelocateCommand, ScenarioFields};
use super::names;
use super::output::{Align, table};
use super::{CliError, Result};
use crate::model::Month;
use crate::model::clean;
use crate::money::{Currency, Money};
use crate::ops::{self, Ctx};
use chrono::Datelike;
use rust_decimal::Decimal;

use crate::config::Settings;
use crate::projection::rate::{parse_inflation, parse_percent};
use crate::relocation::cities::{self, City, Home, RENT_AREA_M2, RENT_YIELD_BP, WAGE_GROWTH_BP};
use crate::relocation::compare::{self, Economy, HomeSale, Outcome};
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
                let [chosen, other] = ways.map(|w| {
                    let term = w.reduce == crate::relocation::mortgage::plan::Reduce::Term;
                    let after = CNY.show(w.payment_after.unwrap_or(0));
                    crate::text::loans::way_of(term, &CNY.show(w.interest_saved), w.last_month, &after)
                });
                writeln!(out, "{}", crate::text::loans::show_ways(&chosen, &other))?;
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

/// A comparison's column: the built-in `Stay` in the reader's words, a scenario as named.
fn outcome_name(name: &str) -> &str {
    if name == "Stay" { words::stay() } else { name }
}

/// What a comparison ran on, for its notes.
struct Context<'a> {
    now: Month,
    economy: Economy,
    baseline: (Month, Month),
    home: &'a Home,
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

fn print_comparison(
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
