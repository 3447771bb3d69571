//! Changing a scenario field by field from typed text: the CLI's flags and
//! the Move tab's form both come here, so they accept and refuse the same
//! things with the same words. Pure: text in, a changed scenario or an error
//! naming its field out.

use std::collections::BTreeMap;

use super::cities::{City, estimate_living};
use super::mortgage::Method;
use super::scenario::{COMMERCIAL_RATE_BP, DEED_TAX_BP, DOWN_PAYMENT_BP, FUND_RATE_BP, Fund, Housing, Scenario};
use crate::input::parse_percent;
use crate::model::Month;
use crate::money::{Currency, Money};

/// One thing a user can set on a scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    City,
    Income,
    Living,
    MovingCosts,
    MonthsWithoutIncome,
    Start,
    Plan,
    Rent,
    DepositMonths,
    AgentFee,
    PricePerM2,
    Area,
    DownPayment,
    Rate,
    Fund,
    FundRate,
    Years,
    Method,
    DeedTax,
    Fees,
    PropertyFees,
}

impl Field {
    /// The CLI flag, without its dashes.
    pub fn flag(self) -> &'static str {
        match self {
            Field::City => "city",
            Field::Income => "income",
            Field::Living => "living",
            Field::MovingCosts => "moving-costs",
            Field::MonthsWithoutIncome => "months-without-income",
            Field::Start => "start",
            Field::Plan => "plan",
            Field::Rent => "rent",
            Field::DepositMonths => "deposit-months",
            Field::AgentFee => "agent-fee",
            Field::PricePerM2 => "price-per-m2",
            Field::Area => "area",
            Field::DownPayment => "down-payment",
            Field::Rate => "rate",
            Field::Fund => "fund",
            Field::FundRate => "fund-rate",
            Field::Years => "years",
            Field::Method => "method",
            Field::DeedTax => "deed-tax",
            Field::Fees => "fees",
            Field::PropertyFees => "property-fees",
        }
    }

    /// The form's label.
    pub fn label(self) -> &'static str {
        match self {
            Field::City => "City",
            Field::Income => "Income/month",
            Field::Living => "Living/month",
            Field::MovingCosts => "Moving costs",
            Field::MonthsWithoutIncome => "Months no pay",
            Field::Start => "Move in",
            Field::Plan => "Housing",
            Field::Rent => "Rent/month",
            Field::DepositMonths => "Deposit (mo)",
            Field::AgentFee => "Agent fee",
            Field::PricePerM2 => "Price per m²",
            Field::Area => "Area m²",
            Field::DownPayment => "Down paym. %",
            Field::Rate => "Rate %",
            Field::Fund => "公积金 part",
            Field::FundRate => "公积金 rate %",
            Field::Years => "Years",
            Field::Method => "Repayment",
            Field::DeedTax => "Deed tax %",
            Field::Fees => "Buying fees",
            Field::PropertyFees => "Prop. fees/mo",
        }
    }

    /// The fields a housing plan uses, after the ones every scenario has.
    pub fn for_plan(plan: Plan) -> &'static [Field] {
        use Field::{
            AgentFee, Area, DeedTax, DepositMonths, DownPayment, Fees, Fund, FundRate, PricePerM2, PropertyFees, Rate,
            Rent, Years,
        };
        match plan {
            Plan::AsNow => &[],
            Plan::Rent => &[Rent, DepositMonths, AgentFee],
            Plan::Mortgage => &[
                PricePerM2,
                Area,
                DownPayment,
                Rate,
                Fund,
                FundRate,
                Years,
                Field::Method,
                DeedTax,
                Fees,
                PropertyFees,
            ],
            Plan::Outright => &[PricePerM2, Area, DeedTax, Fees, PropertyFees],
        }
    }

    /// Every scenario has these, in the form's order.
    pub const COMMON: [Field; 7] = [
        Field::City,
        Field::Income,
        Field::Living,
        Field::MovingCosts,
        Field::MonthsWithoutIncome,
        Field::Start,
        Field::Plan,
    ];
}

/// The housing plans, as a user picks them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plan {
    /// Housing as it costs now (only for a scenario still built on staying).
    AsNow,
    Rent,
    Mortgage,
    Outright,
}

impl Plan {
    pub const CHOICES: [Plan; 3] = [Plan::Rent, Plan::Mortgage, Plan::Outright];

    pub fn name(self) -> &'static str {
        match self {
            Plan::AsNow => "as now",
            Plan::Rent => "rent",
            Plan::Mortgage => "mortgage",
            Plan::Outright => "outright",
        }
    }

    pub fn of(h: &Housing) -> Plan {
        match h {
            Housing::Current { .. } => Plan::AsNow,
            Housing::Rent { .. } => Plan::Rent,
            Housing::Mortgage { .. } => Plan::Mortgage,
            Housing::Outright { .. } => Plan::Outright,
        }
    }

    pub fn parse(s: &str) -> Option<Plan> {
        [Plan::AsNow, Plan::Rent, Plan::Mortgage, Plan::Outright]
            .into_iter()
            .find(|p| p.name().eq_ignore_ascii_case(s.trim()) || p.name().replace(' ', "-") == s.trim())
    }
}

/// What was wrong, and with which field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditError {
    pub field: Field,
    pub message: String,
}

type Result<T> = std::result::Result<T, EditError>;

fn err<T>(field: Field, message: impl Into<String>) -> Result<T> {
    Err(EditError { field, message: message.into() })
}

/// Typed values by field; a field not set keeps what the scenario has.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Fields(BTreeMap<Field, String>);

impl Fields {
    pub fn set(&mut self, field: Field, value: impl Into<String>) {
        self.0.insert(field, value.into());
    }

    /// Sets the field when there is a value.
    pub fn maybe(&mut self, field: Field, value: Option<impl ToString>) {
        if let Some(v) = value {
            self.set(field, v.to_string());
        }
    }

    pub fn get(&self, field: Field) -> Option<&str> {
        self.0.get(&field).map(String::as_str)
    }

    /// Every field set, in the form's order.
    pub fn iter(&self) -> impl Iterator<Item = (Field, &str)> {
        self.0.iter().map(|(f, v)| (*f, v.as_str()))
    }

    fn amount(&self, field: Field) -> Result<Option<i64>> {
        let Some(s) = self.get(field) else { return Ok(None) };
        let m = Money::parse(s, Currency::CNY).map_err(|e| EditError { field, message: e.to_string() })?.minor;
        if m < 0 {
            return err(field, format!("'{s}' is negative; type it as a positive amount, e.g. 1500"));
        }
        Ok(Some(m))
    }

    /// A percentage as basis points (`3.05` → 305), between 0 and 100 %.
    fn bp(&self, field: Field) -> Result<Option<i64>> {
        let Some(s) = self.get(field) else { return Ok(None) };
        let f = parse_percent(s).map_err(|message| EditError { field, message })?;
        if !(0.0..=1.0).contains(&f) {
            return err(field, format!("'{s}' % is out of range: rates and shares here are from 0 to 100"));
        }
        Ok(Some((f * 10_000.0).round() as i64))
    }

    /// A whole number within `range`.
    fn count(&self, field: Field, range: std::ops::RangeInclusive<i64>) -> Result<Option<i64>> {
        let Some(s) = self.get(field) else { return Ok(None) };
        let n: i64 = s.trim().parse().or_else(|_| {
            err(field, format!("'{s}' is not a whole number: type one from {} to {}", range.start(), range.end()))
        })?;
        if !range.contains(&n) {
            return err(field, format!("{n} is out of range: use {} to {}", range.start(), range.end()));
        }
        Ok(Some(n))
    }
}

/// `305` → `3.05`, `1500` → `15`: a rate as a user types it.
pub fn percent_text(bp: i64) -> String {
    let (whole, frac) = (bp / 100, (bp % 100).abs());
    match frac {
        0 => whole.to_string(),
        f if f % 10 == 0 => format!("{whole}.{}", f / 10),
        f => format!("{whole}.{f:02}"),
    }
}

/// The scenario's values as text for every field (defaults for the fields
/// of plans it does not use), so a form can show and edit them.
pub fn texts(s: &Scenario) -> Fields {
    let plain = |m: i64| Money::new(m, Currency::CNY).plain();
    let mut f = Fields::default();
    f.set(Field::City, s.city.clone());
    f.set(Field::Income, plain(s.income));
    f.set(Field::Living, plain(s.living));
    f.set(Field::MovingCosts, plain(s.moving_costs));
    f.set(Field::MonthsWithoutIncome, s.months_without_income.to_string());
    f.set(Field::Start, s.start.map_or("now".to_owned(), |m| m.to_string()));
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
        (Field::DeedTax, percent_text(DEED_TAX_BP)),
        (Field::Fees, plain(0)),
        (Field::PropertyFees, plain(0)),
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
        } => {
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
/// costs (today's spending by group scaled by its indices), rent and price.
pub fn city_texts(city: &City, by_group: [i64; 4]) -> Fields {
    let plain = |m: i64| Money::new(m, Currency::CNY).plain();
    let mut f = Fields::default();
    f.set(Field::City, city.name.clone());
    f.set(Field::Living, plain(estimate_living(by_group, city)));
    f.set(Field::Rent, plain(city.rent_1br.value * 100));
    f.set(Field::PricePerM2, plain(city.price_per_m2.value * 100));
    f
}

/// Applies the typed fields to `s`. A typed city found among `cities`
/// supplies its reference figures for what is not typed (living costs from
/// today's spending `by_group`); the scenario's city, typed or not, supplies
/// a rent or a price a plan needs and nobody typed. `now` is this month, the
/// earliest a move can start.
pub fn apply(s: &mut Scenario, f: &Fields, cities: &[City], by_group: [i64; 4], now: Month) -> Result<()> {
    let chosen = f.get(Field::City).map(|name| (name, super::cities::find(cities, name)));
    match chosen {
        Some((_, Some(c))) => {
            s.city = c.name.clone();
            if f.get(Field::Living).is_none() {
                s.living = estimate_living(by_group, c);
            }
        }
        Some((name, None)) => s.city = name.trim().to_owned(),
        None => {}
    }
    // A newly named reference city's rent and price come before the old
    // ones; the scenario's own city fills in only what is missing.
    let fresh = chosen.and_then(|(_, c)| c);
    let reference = super::cities::find(cities, &s.city);
    if let Some(v) = f.amount(Field::Income)? {
        s.income = v;
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
            "" | "now" => None,
            t => {
                let m: Month = t.parse().map_err(|message| EditError { field: Field::Start, message })?;
                if m < now {
                    return err(Field::Start, format!("{m} is past; a move starts this month ({now}) or later"));
                }
                (m > now).then_some(m)
            }
        };
    }
    let plan = match f.get(Field::Plan) {
        Some(text) => match Plan::parse(text) {
            Some(Plan::AsNow) if !matches!(s.housing, Housing::Current { .. }) => {
                return err(Field::Plan, "'as now' is staying's housing; pick rent, mortgage or outright");
            }
            Some(p) => p,
            None => return err(Field::Plan, format!("'{text}' is not a plan: use rent, mortgage or outright")),
        },
        None => match s.housing {
            Housing::Current { .. } if f.get(Field::Rent).is_some() || fresh.is_some() => Plan::Rent,
            ref h => Plan::of(h),
        },
    };
    s.housing = housing(s.housing, plan, f, fresh, reference)?;
    if let (Housing::Mortgage { fund: Some(fund), .. }, Some(p)) = (s.housing, s.housing.purchase()) {
        if fund.amount > p.loan {
            let money = |m| Money::new(m, Currency::CNY).display();
            return err(
                Field::Fund,
                format!(
                    "the 公积金 part {} is more than the whole loan {}; it is the share of the loan the fund lends",
                    money(fund.amount),
                    money(p.loan)
                ),
            );
        }
    }
    // A plan that cannot be scheduled is an error now, not at comparison time.
    s.housing.schedule().map_err(|e| EditError { field: Field::Years, message: e.to_string() })?;
    Ok(())
}

/// The housing plan after the typed fields, from what it was: what is not
/// typed comes from a newly chosen city, else stays as it was, else comes
/// from the scenario's city.
fn housing(old: Housing, plan: Plan, f: &Fields, fresh: Option<&City>, reference: Option<&City>) -> Result<Housing> {
    let price_of = |c: &City| c.price_per_m2.value * 100;
    let rent_of = |c: &City| c.rent_1br.value * 100;
    let (old_price, old_area, old_fees, old_monthly_fees, old_deed) = match old {
        Housing::Mortgage { price_per_m2, area_m2, fees, monthly_fees, deed_tax_bp, .. }
        | Housing::Outright { price_per_m2, area_m2, fees, monthly_fees, deed_tax_bp } => {
            (Some(price_per_m2), Some(area_m2), fees, monthly_fees, deed_tax_bp)
        }
        _ => (None, None, 0, 0, DEED_TAX_BP),
    };
    let price = f.amount(Field::PricePerM2)?;
    if price == Some(0) {
        return err(Field::PricePerM2, "the price per m² must be more than zero");
    }
    let price_per_m2 = price.or(fresh.map(price_of)).or(old_price).or(reference.map(price_of));
    let area_m2 = f.count(Field::Area, 1..=100_000)?.or(old_area);
    let deed_tax_bp = f.bp(Field::DeedTax)?.unwrap_or(old_deed);
    let fees = f.amount(Field::Fees)?.unwrap_or(old_fees);
    let monthly_fees = f.amount(Field::PropertyFees)?.unwrap_or(old_monthly_fees);
    let price_per_m2 = || price_per_m2.map_or_else(|| err(Field::PricePerM2, "buying needs a price per m²"), Ok);
    let area_m2 = || area_m2.map_or_else(|| err(Field::Area, "buying needs an area in m²"), Ok);
    Ok(match plan {
        Plan::AsNow => old,
        Plan::Rent => {
            let (old_rent, old_deposit, old_fee) = match old {
                Housing::Rent { monthly, deposit_months, agent_fee } => (Some(monthly), deposit_months, agent_fee),
                _ => (None, 1, 0),
            };
            let typed = f.amount(Field::Rent)?;
            let Some(monthly) = typed.or(fresh.map(rent_of)).or(old_rent).or(reference.map(rent_of)) else {
                return err(Field::Rent, "renting needs a rent: type one, or name a city for a reference figure");
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
            let (old_down, old_rate, old_fund, old_years, old_method) = match old {
                Housing::Mortgage { down_payment_bp, commercial_rate_bp, fund, years, method, .. } => {
                    (down_payment_bp, commercial_rate_bp, fund, years, method)
                }
                _ => (DOWN_PAYMENT_BP, COMMERCIAL_RATE_BP, None, 30, Method::EqualPayment),
            };
            let fund = match (f.amount(Field::Fund)?, f.bp(Field::FundRate)?) {
                (Some(0), _) => None,
                (Some(amount), rate) => {
                    Some(Fund { amount, rate_bp: rate.or(old_fund.map(|f| f.rate_bp)).unwrap_or(FUND_RATE_BP) })
                }
                (None, Some(rate)) => old_fund.map(|f| Fund { rate_bp: rate, ..f }),
                (None, None) => old_fund,
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
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::relocation::compare::stay;

    fn now() -> Month {
        Month::new(2026, 11).unwrap()
    }

    fn fields(pairs: &[(Field, &str)]) -> Fields {
        let mut f = Fields::default();
        for (field, v) in pairs {
            f.set(*field, *v);
        }
        f
    }

    fn guangzhou() -> Scenario {
        Scenario { name: "Hegang".into(), ..stay(500_000, 150_000, 100_000, "here") }
    }

    #[test]
    fn a_rent_plan_from_staying() {
        let mut s = guangzhou();
        let f = fields(&[(Field::City, "Hegang"), (Field::Rent, "500"), (Field::MovingCosts, "3,000")]);
        apply(&mut s, &f, &[], [0; 4], now()).unwrap();
        assert_eq!(s.city, "Hegang");
        assert_eq!(s.housing, Housing::Rent { monthly: 50_000, deposit_months: 1, agent_fee: 0 });
        assert_eq!((s.income, s.living, s.moving_costs, s.start), (500_000, 100_000, 300_000, None));
    }

    #[test]
    fn a_mortgage_with_defaults_and_a_start_month() {
        let mut s = guangzhou();
        let f = fields(&[
            (Field::Plan, "mortgage"),
            (Field::PricePerM2, "750"),
            (Field::Area, "50"),
            (Field::Start, "2027-03"),
        ]);
        apply(&mut s, &f, &[], [0; 4], now()).unwrap();
        assert_eq!(s.start, Month::new(2027, 3));
        let Housing::Mortgage { down_payment_bp, commercial_rate_bp, years, method, deed_tax_bp, fund, .. } = s.housing
        else {
            panic!("{:?}", s.housing)
        };
        assert_eq!((down_payment_bp, commercial_rate_bp, years, deed_tax_bp, fund), (1500, 305, 30, 100, None));
        assert_eq!(method, Method::EqualPayment);
        // This month is now; "now" clears a start month.
        apply(&mut s, &fields(&[(Field::Start, "2026-11")]), &[], [0; 4], now()).unwrap();
        assert_eq!(s.start, None);
    }

    #[test]
    fn every_refusal_names_its_field() {
        let buy = [(Field::Plan, "mortgage"), (Field::PricePerM2, "750"), (Field::Area, "50")];
        type Case<'a> = (&'a [(Field, &'a str)], Field, &'a str);
        let cases: &[Case] = &[
            (&[(Field::Income, "-5")], Field::Income, "'-5' is negative"),
            (&[(Field::Living, "abc")], Field::Living, "not an amount"),
            (&[(Field::MonthsWithoutIncome, "200")], Field::MonthsWithoutIncome, "out of range"),
            (&[(Field::MonthsWithoutIncome, "two")], Field::MonthsWithoutIncome, "not a whole number"),
            (&[(Field::Start, "2026-10")], Field::Start, "past"),
            (&[(Field::Start, "soon")], Field::Start, "not a month"),
            (&[(Field::Plan, "lease")], Field::Plan, "not a plan"),
            (&[(Field::Plan, "rent")], Field::Rent, "needs a rent"),
            (&[(Field::Plan, "outright"), (Field::PricePerM2, "750")], Field::Area, "needs an area"),
            (&[(Field::Plan, "outright"), (Field::Area, "50")], Field::PricePerM2, "needs a price"),
            (&[(Field::Plan, "outright"), (Field::PricePerM2, "0"), (Field::Area, "5")], Field::PricePerM2, "zero"),
            (&[(Field::Plan, "outright"), (Field::PricePerM2, "750"), (Field::Area, "0")], Field::Area, "range"),
        ];
        for (pairs, field, needle) in cases {
            let mut s = guangzhou();
            let e = apply(&mut s, &fields(pairs), &[], [0; 4], now()).unwrap_err();
            assert_eq!(e.field, *field, "{pairs:?}: {e:?}");
            assert!(e.message.contains(needle), "{pairs:?}: {e:?}");
            assert_eq!(s.housing, guangzhou().housing, "{pairs:?}: a refusal leaves the plan alone");
        }
        let with = |extra: (Field, &'static str)| [&buy[..], &[extra]].concat();
        for (extra, field, needle) in [
            ((Field::Rate, "abc"), Field::Rate, "not a percentage"),
            ((Field::Rate, "150"), Field::Rate, "out of range"),
            ((Field::DownPayment, "-5"), Field::DownPayment, "out of range"),
            ((Field::Method, "bogus"), Field::Method, "equal-payment"),
            ((Field::Years, "0"), Field::Years, "range"),
            ((Field::Fund, "40000"), Field::Fund, "31,875"),
        ] {
            let e = apply(&mut guangzhou(), &fields(&with(extra)), &[], [0; 4], now()).unwrap_err();
            assert_eq!(e.field, field, "{extra:?}: {e:?}");
            assert!(e.message.contains(needle), "{extra:?}: {e:?}");
        }
        // 'as now' only while the scenario still has staying's housing.
        let mut rent = guangzhou();
        apply(&mut rent, &fields(&[(Field::Rent, "500")]), &[], [0; 4], now()).unwrap();
        let e = apply(&mut rent, &fields(&[(Field::Plan, "as now")]), &[], [0; 4], now()).unwrap_err();
        assert_eq!(e.field, Field::Plan);
    }

    #[test]
    fn texts_read_back_to_the_same_scenario() {
        let mut s = guangzhou();
        let f = fields(&[
            (Field::Plan, "mortgage"),
            (Field::PricePerM2, "750"),
            (Field::Area, "50"),
            (Field::Rate, "3.1"),
            (Field::Fund, "20000"),
            (Field::FundRate, "2.6"),
            (Field::Method, "等额本金"),
            (Field::Start, "2027-01"),
            (Field::MonthsWithoutIncome, "2"),
        ]);
        apply(&mut s, &f, &[], [0; 4], now()).unwrap();
        let mut again = guangzhou();
        apply(&mut again, &texts(&s), &[], [0; 4], now()).unwrap();
        assert_eq!(again, s);
        assert_eq!(texts(&s).get(Field::Rate), Some("3.1"));
        assert_eq!(
            (percent_text(305), percent_text(1500), percent_text(260), percent_text(5)),
            ("3.05".into(), "15".into(), "2.6".into(), "0.05".into())
        );
    }

    #[test]
    fn naming_another_city_brings_its_rent_and_price_but_keeps_what_is_typed() {
        let cities = crate::relocation::cities::shipped();
        let mut s = guangzhou();
        apply(&mut s, &fields(&[(Field::City, "Hegang")]), &cities, [100_000, 0, 0, 0], now()).unwrap();
        assert_eq!(s.housing.monthly(1, &[]), 50_000, "Hegang's reference rent");
        apply(&mut s, &fields(&[(Field::City, "Beijing")]), &cities, [100_000, 0, 0, 0], now()).unwrap();
        assert_eq!(s.housing.monthly(1, &[]), 500_000, "Beijing's, not Hegang's, rent");
        let f = fields(&[(Field::City, "Hegang"), (Field::Rent, "650")]);
        apply(&mut s, &f, &cities, [100_000, 0, 0, 0], now()).unwrap();
        assert_eq!(s.housing.monthly(1, &[]), 65_000, "what is typed wins");
        // Without a city named, the old rent stays.
        apply(&mut s, &fields(&[(Field::MovingCosts, "1000")]), &cities, [0; 4], now()).unwrap();
        assert_eq!(s.housing.monthly(1, &[]), 65_000);
    }
}
