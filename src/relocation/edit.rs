//! Changing a scenario field by field from typed text: the CLI's flags and
//! the Move tab's form both come here, so they accept and refuse the same
//! things with the same words. Pure: text in, a changed scenario or an error
//! naming its field out.

mod fields;

pub use fields::{EditError, Field, Fields, Plan, percent_text};
use fields::{Result, err};

use super::cities::{City, Living, estimate_living};
use super::mortgage::plan::{Prepay, Reduce};
use super::mortgage::{Method, MortgageError};
use super::scenario::{
    COMMERCIAL_RATE_BP, DEED_TAX_BP, DOWN_PAYMENT_BP, FUND_RATE_BP, Fund, Housing, IncomeFrom, Prepayments, Scenario,
};
use crate::model::Month;
use crate::money::{Currency, MAX_AMOUNT, Money};
use crate::text;

/// The scenario's values as text for every field (defaults for the fields
/// of plans it does not use), so a form can show and edit them.
pub fn texts(s: &Scenario) -> Fields {
    let plain = |m: i64| Money::new(m, Currency::CNY).plain();
    let mut f = Fields::default();
    f.set(Field::City, s.city.clone());
    f.set(
        Field::Income,
        match s.income_from {
            IncomeFrom::Typed => plain(s.income),
            IncomeFrom::Today => text::moving::income_today().to_owned(),
            IncomeFrom::CityWage => text::moving::income_city().to_owned(),
        },
    );
    f.set(Field::Living, plain(s.living));
    f.set(Field::MovingCosts, plain(s.moving_costs));
    f.set(Field::MonthsWithoutIncome, s.months_without_income.to_string());
    f.set(Field::Start, s.start.map_or_else(|| text::moving::now().to_owned(), |m| m.to_string()));
    f.set(Field::SellHome, s.sell_home_fee_bp.map_or_else(|| text::moving::keep_home().to_owned(), percent_text));
    f.set(Field::Plan, Plan::of(&s.housing).name());
    // Defaults first, then what the plan really has.
    for (field, v) in [
        (Field::DepositMonths, "1".to_owned()),
        (Field::AgentFee, plain(0)),
        (Field::DownPayment, percent_text(DOWN_PAYMENT_BP)),
        (Field::Rate, percent_text(COMMERCIAL_RATE_BP)),
        (Field::Fund, plain(0)),
        (Field::FundRate, percent_text(FUND_RATE_BP)),
        (Field::Years, "30".to_owned()),
        (Field::Method, Method::EqualPayment.to_string()),
        (Field::FundYears, String::new()),
        (Field::Prepay, String::new()),
        (Field::PrepayYearly, String::new()),
        (Field::Reduce, Reduce::Term.as_str().to_owned()),
        (Field::Penalty, "0".to_owned()),
        (Field::DeedTax, percent_text(DEED_TAX_BP)),
        (Field::Fees, plain(0)),
        (Field::PropertyFees, plain(0)),
        (Field::RentGrowth, s.rent_growth_bp.map_or_else(|| text::moving::with_inflation().to_owned(), percent_text)),
        (Field::PriceChange, percent_text(s.price_change_bp)),
        (Field::SellingCosts, percent_text(s.selling_costs_bp)),
    ] {
        f.set(field, v);
    }
    match s.housing {
        Housing::Current { monthly } => f.set(Field::Rent, plain(monthly)),
        Housing::Rent { monthly, deposit_months, agent_fee } => {
            f.set(Field::Rent, plain(monthly));
            f.set(Field::DepositMonths, deposit_months.to_string());
            f.set(Field::AgentFee, plain(agent_fee));
        }
        Housing::Mortgage {
            price_per_m2,
            area_m2,
            down_payment_bp,
            commercial_rate_bp,
            fund,
            years,
            method,
            deed_tax_bp,
            fees,
            monthly_fees,
            prepay,
        } => {
            let at = |p: Prepay| format!("{}@{}", plain(p.amount), p.month);
            f.maybe(Field::Prepay, prepay.once.map(at));
            f.maybe(Field::PrepayYearly, prepay.yearly.map(at));
            f.set(Field::Reduce, prepay.reduce.as_str());
            f.set(Field::Penalty, percent_text(prepay.penalty_bp));
            f.maybe(Field::FundYears, fund.and_then(|f| f.years));
            f.set(Field::PricePerM2, plain(price_per_m2));
            f.set(Field::Area, area_m2.to_string());
            f.set(Field::DownPayment, percent_text(down_payment_bp));
            f.set(Field::Rate, percent_text(commercial_rate_bp));
            if let Some(fund) = fund {
                f.set(Field::Fund, plain(fund.amount));
                f.set(Field::FundRate, percent_text(fund.rate_bp));
            }
            f.set(Field::Years, years.to_string());
            f.set(Field::Method, method.to_string());
            f.set(Field::DeedTax, percent_text(deed_tax_bp));
            f.set(Field::Fees, plain(fees));
            f.set(Field::PropertyFees, plain(monthly_fees));
        }
        Housing::Outright { price_per_m2, area_m2, deed_tax_bp, fees, monthly_fees } => {
            f.set(Field::PricePerM2, plain(price_per_m2));
            f.set(Field::Area, area_m2.to_string());
            f.set(Field::DeedTax, percent_text(deed_tax_bp));
            f.set(Field::Fees, plain(fees));
            f.set(Field::PropertyFees, plain(monthly_fees));
        }
    }
    f
}

/// What a city's reference figures suggest for a scenario there: living
/// costs (today's spending scaled by the two cities' indices), rent and
/// price, where the city has them.
pub fn city_texts(city: &City, living: &Living) -> Fields {
    let plain = |m: i64| Money::new(m, Currency::CNY).plain();
    let mut f = Fields::default();
    f.set(Field::City, city.key().to_owned());
    f.set(Field::Living, plain(estimate_living(living, city)));
    f.maybe(Field::Rent, city.rent.as_ref().map(|r| plain(r.value * 100)));
    f.maybe(Field::PricePerM2, city.price_per_m2.as_ref().map(|p| plain(p.value * 100)));
    f
}

/// Which words of the Income field choose a source instead of an amount.
fn income_from(t: &str) -> Option<IncomeFrom> {
    use text::Lang::{En, Zh};
    use text::moving::with_lang as w;
    let t = t.trim();
    let is = |words: &[&str]| words.iter().any(|x| x.eq_ignore_ascii_case(t));
    if is(&["today", "same", "remote", w::income_today(En), w::income_today(Zh), "现在", "不变"]) {
        Some(IncomeFrom::Today)
    } else if is(&["city", "wage", "city-wage", w::income_city(En), w::income_city(Zh), "城市"]) {
        Some(IncomeFrom::CityWage)
    } else {
        None
    }
}

/// Applies the typed fields to `s`. A typed city found among `cities`
/// supplies its reference figures for what is not typed (living costs from
/// today's spending `by_group`); the scenario's city, typed or not, supplies
/// a rent or a price a plan needs and nobody typed. `now` is this month, the
/// earliest a move can start.
pub fn apply(s: &mut Scenario, f: &Fields, cities: &[City], living: &Living, now: Month) -> Result<()> {
    *s = refreshed(s, cities, living);
    let chosen = f.get(Field::City).map(|name| (name, super::cities::find(cities, name)));
    match chosen {
        Some((_, Some(c))) => {
            s.city = c.key().to_owned();
            if f.get(Field::Living).is_none() {
                s.living = estimate_living(living, c);
            }
        }
        Some((name, None)) => s.city = name.trim().to_owned(),
        None => {}
    }
    // A newly named reference city's rent and price come before the old
    // ones; the scenario's own city fills in only what is missing.
    let fresh = chosen.and_then(|(_, c)| c);
    let reference = super::cities::find(cities, &s.city);
    match f.get(Field::Income).map(income_from) {
        Some(Some(from)) => s.income_from = from,
        Some(None) => {
            s.income = f.amount(Field::Income)?.unwrap_or(s.income);
            s.income_from = IncomeFrom::Typed;
        }
        None => {}
    }
    if s.income_from == IncomeFrom::CityWage {
        match (reference, reference.and_then(|c| c.take_home(now.year(), &living.pay))) {
            (_, Some(w)) => s.income = w,
            (None, _) => return err(Field::Income, text::moving::wage_needs_city()),
            (Some(_), None) => return err(Field::Income, text::moving::no_city_wage(&s.city)),
        }
    }
    match f.get(Field::RentGrowth).map(str::trim) {
        Some(t) if is_inflation(t) => s.rent_growth_bp = None,
        Some(_) => s.rent_growth_bp = f.change_bp(Field::RentGrowth)?,
        None => {}
    }
    if let Some(v) = f.change_bp(Field::PriceChange)? {
        s.price_change_bp = v;
    }
    if let Some(v) = f.bp(Field::SellingCosts)? {
        s.selling_costs_bp = v;
    }
    if let Some(v) = f.amount(Field::Living)? {
        s.living = v;
    }
    if let Some(v) = f.amount(Field::MovingCosts)? {
        s.moving_costs = v;
    }
    if let Some(n) = f.count(Field::MonthsWithoutIncome, 0..=120)? {
        s.months_without_income = n;
    }
    if let Some(text) = f.get(Field::Start) {
        s.start = match text.trim() {
            "" | "now" | "现在" => None,
            t => {
                let m: Month = t.parse().map_err(|message| EditError { field: Field::Start, message })?;
                if m < now {
                    return err(Field::Start, text::moving::start_past(m, now));
                }
                (m > now).then_some(m)
            }
        };
    }
    if let Some(t) = f.get(Field::SellHome) {
        let keep = [
            "",
            "no",
            "keep",
            text::moving::with_lang::keep_home(text::Lang::En),
            text::moving::with_lang::keep_home(text::Lang::Zh),
        ];
        s.sell_home_fee_bp = match keep.iter().any(|k| k.eq_ignore_ascii_case(t.trim())) {
            true => None,
            false => f.bp(Field::SellHome)?,
        };
    }
    let plan = match f.get(Field::Plan) {
        Some(text) => match Plan::parse(text) {
            Some(Plan::AsNow) if !matches!(s.housing, Housing::Current { .. }) => {
                return err(Field::Plan, text::moving::as_now_refused());
            }
            Some(p) => p,
            None => return err(Field::Plan, text::moving::not_a_plan(text)),
        },
        None => match s.housing {
            Housing::Current { .. } if f.get(Field::Rent).is_some() || fresh.is_some() => Plan::Rent,
            ref h => Plan::of(h),
        },
    };
    s.housing = housing(s.housing, plan, f, fresh, reference)?;
    // The price is one figure like any other: held to nestegg's limit.
    if let (
        Housing::Mortgage { price_per_m2, area_m2, .. } | Housing::Outright { price_per_m2, area_m2, .. },
        Some(p),
    ) = (s.housing, s.housing.purchase())
    {
        if crate::money::over_limit(p.price) {
            let money = |m| Money::new(m, Currency::CNY).display();
            let field = if f.get(Field::Area).is_some() { Field::Area } else { Field::PricePerM2 };
            let words =
                text::moving::price_over_limit(area_m2, &money(price_per_m2), &money(p.price), &money(MAX_AMOUNT));
            return err(field, words);
        }
    }
    if let (Housing::Mortgage { fund: Some(fund), .. }, Some(p)) = (s.housing, s.housing.purchase()) {
        if fund.amount > p.loan {
            let money = |m| Money::new(m, Currency::CNY).display();
            return err(Field::Fund, text::moving::fund_over_loan(&money(fund.amount), &money(p.loan)));
        }
    }
    // A plan that cannot be scheduled is an error now, not at comparison time.
    s.housing.schedule().map_err(|e| EditError { field: refused_field(&s.housing, &e), message: e.to_string() })?;
    // Living costs that are the city's scaling of today's spending keep
    // following it (a new home city, a new baseline); typed ones stay.
    let reference = super::cities::find(cities, &s.city);
    s.scaled_living = reference.is_some_and(|c| s.living == estimate_living(living, c));
    Ok(())
}

/// `s` with its living costs worked out again when they follow its city
/// (`scaled_living`), from today's spending and where the household lives now.
pub fn refreshed(s: &Scenario, cities: &[City], living: &Living) -> Scenario {
    let city = super::cities::find(cities, &s.city).filter(|_| s.scaled_living);
    Scenario { living: city.map_or(s.living, |c| estimate_living(living, c)), ..s.clone() }
}

/// Whether a yearly rise typed means "with inflation".
fn is_inflation(t: &str) -> bool {
    use text::Lang::{En, Zh};
    use text::moving::with_lang as w;
    ["inflation", w::with_inflation(En), w::with_inflation(Zh), "通胀"].iter().any(|x| x.eq_ignore_ascii_case(t))
}

/// The field a loan's refusal is about: the rate of the part whose rate it
/// cannot take (the commercial part's `--rate`, the 公积金 part's
/// `--fund-rate`), else the term.
fn refused_field(h: &Housing, e: &MortgageError) -> Field {
    match (h, e) {
        (_, MortgageError::PenaltyOutOfRange(_)) => return Field::Penalty,
        (Housing::Mortgage { prepay, .. }, MortgageError::PrepayPastTerm { month, .. }) => {
            return if prepay.once.is_some_and(|p| p.month == *month) { Field::Prepay } else { Field::PrepayYearly };
        }
        _ => {}
    }
    let (Housing::Mortgage { commercial_rate_bp, fund, .. }, Some(p), MortgageError::RateOutOfRange(..)) =
        (*h, h.purchase(), e)
    else {
        return Field::Years;
    };
    // As `Housing::schedule` splits the loan: a part of nothing is no loan.
    let fund_part = fund.map_or(0, |f| f.amount.min(p.loan));
    let takes = |bp: i64| (0..10_000).contains(&bp);
    if p.loan - fund_part > 0 && !takes(commercial_rate_bp) { Field::Rate } else { Field::FundRate }
}

/// The housing plan after the typed fields, from what it was: what is not
/// typed comes from a newly chosen city, else stays as it was, else comes
/// from the scenario's city.
fn housing(old: Housing, plan: Plan, f: &Fields, fresh: Option<&City>, reference: Option<&City>) -> Result<Housing> {
    let price_of = |c: &City| c.price_per_m2.as_ref().map(|p| p.value * 100);
    let rent_of = |c: &City| c.rent.as_ref().map(|r| r.value * 100);
    let (old_price, old_area, old_fees, old_monthly_fees, old_deed) = match old {
        Housing::Mortgage { price_per_m2, area_m2, fees, monthly_fees, deed_tax_bp, .. }
        | Housing::Outright { price_per_m2, area_m2, fees, monthly_fees, deed_tax_bp } => {
            (Some(price_per_m2), Some(area_m2), fees, monthly_fees, deed_tax_bp)
        }
        _ => (None, None, 0, 0, DEED_TAX_BP),
    };
    let price = f.amount(Field::PricePerM2)?;
    if price == Some(0) {
        return err(Field::PricePerM2, text::moving::price_zero());
    }
    let price_per_m2 = price.or(fresh.and_then(price_of)).or(old_price).or(reference.and_then(price_of));
    let area_m2 = f.count(Field::Area, 1..=100_000)?.or(old_area);
    let deed_tax_bp = f.bp(Field::DeedTax)?.unwrap_or(old_deed);
    let fees = f.amount(Field::Fees)?.unwrap_or(old_fees);
    let monthly_fees = f.amount(Field::PropertyFees)?.unwrap_or(old_monthly_fees);
    let price_per_m2 = || price_per_m2.map_or_else(|| err(Field::PricePerM2, text::moving::needs_price()), Ok);
    let area_m2 = || area_m2.map_or_else(|| err(Field::Area, text::moving::needs_area()), Ok);
    Ok(match plan {
        Plan::AsNow => old,
        Plan::Rent => {
            let (old_rent, old_deposit, old_fee) = match old {
                Housing::Rent { monthly, deposit_months, agent_fee } => (Some(monthly), deposit_months, agent_fee),
                _ => (None, 1, 0),
            };
            let typed = f.amount(Field::Rent)?;
            let Some(monthly) = typed.or(fresh.and_then(rent_of)).or(old_rent).or(reference.and_then(rent_of)) else {
                return err(Field::Rent, text::moving::needs_rent());
            };
            Housing::Rent {
                monthly,
                deposit_months: f.count(Field::DepositMonths, 0..=24)?.unwrap_or(old_deposit),
                agent_fee: f.amount(Field::AgentFee)?.unwrap_or(old_fee),
            }
        }
        Plan::Outright => {
            Housing::Outright { price_per_m2: price_per_m2()?, area_m2: area_m2()?, deed_tax_bp, fees, monthly_fees }
        }
        Plan::Mortgage => {
            let (old_down, old_rate, old_fund, old_years, old_method, old_prepay) = match old {
                Housing::Mortgage { down_payment_bp, commercial_rate_bp, fund, years, method, prepay, .. } => {
                    (down_payment_bp, commercial_rate_bp, fund, years, method, prepay)
                }
                _ => (DOWN_PAYMENT_BP, COMMERCIAL_RATE_BP, None, 30, Method::EqualPayment, Prepayments::default()),
            };
            let fund = match (f.amount(Field::Fund)?, f.bp(Field::FundRate)?) {
                (Some(0), _) => None,
                (Some(amount), rate) => {
                    let rate_bp = rate.or(old_fund.map(|f| f.rate_bp)).unwrap_or(FUND_RATE_BP);
                    Some(Fund { amount, rate_bp, years: old_fund.and_then(|f| f.years) })
                }
                (None, Some(rate)) => old_fund.map(|f| Fund { rate_bp: rate, ..f }),
                (None, None) => old_fund,
            };
            // Blank: the loan's own term.
            let fund = match f.get(Field::FundYears) {
                Some(t) if t.trim().is_empty() => fund.map(|x| Fund { years: None, ..x }),
                Some(_) => {
                    let years = f.count(Field::FundYears, 1..=50)?;
                    fund.map(|x| Fund { years, ..x })
                }
                None => fund,
            };
            let reduce = match f.get(Field::Reduce) {
                Some(t) => Reduce::parse(t)
                    .ok_or_else(|| EditError { field: Field::Reduce, message: text::loans::bad_reduce(t) })?,
                None => old_prepay.reduce,
            };
            let prepay = Prepayments {
                once: f.prepay(Field::Prepay, None)?.unwrap_or(old_prepay.once),
                yearly: f.prepay(Field::PrepayYearly, Some(12))?.unwrap_or(old_prepay.yearly),
                reduce,
                penalty_bp: f.bp(Field::Penalty)?.unwrap_or(old_prepay.penalty_bp),
            };
            let method = match f.get(Field::Method) {
                Some(m) => {
                    m.parse::<Method>().map_err(|e| EditError { field: Field::Method, message: e.to_string() })?
                }
                None => old_method,
            };
            Housing::Mortgage {
                price_per_m2: price_per_m2()?,
                area_m2: area_m2()?,
                down_payment_bp: f.bp(Field::DownPayment)?.unwrap_or(old_down),
                commercial_rate_bp: f.bp(Field::Rate)?.unwrap_or(old_rate),
                fund,
                years: f.count(Field::Years, 1..=50)?.unwrap_or(old_years),
                method,
                deed_tax_bp,
                fees,
                monthly_fees,
                prepay,
            }
        }
    })
}

#[cfg(test)]
mod tests;
