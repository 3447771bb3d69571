//! The fields of a scenario as a user types them: which there are, their
//! labels and flags, the housing plans, and the typed text with its parsing
//! (amounts, percentages, counts), each error naming its field. Pure.

use std::collections::BTreeMap;

use crate::money::{Currency, Money};
use crate::projection::rate::{parse_percent, to_bp};
use crate::relocation::scenario::Housing;
use crate::text;
use rust_decimal::Decimal;

/// One thing a user can set on a scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    City,
    Income,
    Living,
    MovingCosts,
    MonthsWithoutIncome,
    Start,
    SellHome,
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
    FundYears,
    Years,
    Method,
    Prepay,
    PrepayYearly,
    Reduce,
    Penalty,
    DeedTax,
    Fees,
    PropertyFees,
    RentGrowth,
    PriceChange,
    SellingCosts,
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
            Field::SellHome => "sell-home",
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
            Field::FundYears => "fund-years",
            Field::Prepay => "prepay",
            Field::PrepayYearly => "prepay-yearly",
            Field::Reduce => "reduce",
            Field::Penalty => "penalty",
            Field::Years => "years",
            Field::Method => "method",
            Field::DeedTax => "deed-tax",
            Field::Fees => "fees",
            Field::PropertyFees => "property-fees",
            Field::RentGrowth => "rent-growth",
            Field::PriceChange => "price-change",
            Field::SellingCosts => "selling-costs",
        }
    }

    /// The form's label, in the reader's language.
    pub fn label(self) -> &'static str {
        use crate::text::moving as t;
        match self {
            Field::City => t::field_city(),
            Field::Income => t::field_income(),
            Field::Living => t::field_living(),
            Field::MovingCosts => t::field_moving_costs(),
            Field::MonthsWithoutIncome => t::field_months_without_income(),
            Field::Start => t::field_start(),
            Field::SellHome => t::field_sell_home(),
            Field::Plan => t::field_plan(),
            Field::Rent => t::field_rent(),
            Field::DepositMonths => t::field_deposit_months(),
            Field::AgentFee => t::field_agent_fee(),
            Field::PricePerM2 => t::field_price_per_m2(),
            Field::Area => t::field_area(),
            Field::DownPayment => t::field_down_payment(),
            Field::Rate => t::field_rate(),
            Field::Fund => t::field_fund(),
            Field::FundRate => t::field_fund_rate(),
            Field::FundYears => crate::text::loans::field_fund_years(),
            Field::Prepay => crate::text::loans::field_prepay(),
            Field::PrepayYearly => crate::text::loans::field_prepay_yearly(),
            Field::Reduce => crate::text::loans::field_reduce(),
            Field::Penalty => crate::text::loans::field_penalty(),
            Field::Years => t::field_years(),
            Field::Method => t::field_method(),
            Field::DeedTax => t::field_deed_tax(),
            Field::Fees => t::field_fees(),
            Field::PropertyFees => t::field_property_fees(),
            Field::RentGrowth => t::field_rent_growth(),
            Field::PriceChange => t::field_price_change(),
            Field::SellingCosts => t::field_selling_costs(),
        }
    }

    /// The fields a housing plan uses, after the ones every scenario has.
    pub fn for_plan(plan: Plan) -> &'static [Field] {
        use Field::{
            AgentFee, Area, DeedTax, DepositMonths, DownPayment, Fees, Fund, FundRate, PriceChange, PricePerM2,
            PropertyFees, Rate, Rent, RentGrowth, SellingCosts, Years,
        };
        match plan {
            Plan::AsNow => &[],
            Plan::Rent => &[Rent, RentGrowth, DepositMonths, AgentFee],
            Plan::Mortgage => &[
                PricePerM2,
                Area,
                DownPayment,
                Rate,
                Fund,
                FundRate,
                Field::FundYears,
                Years,
                Field::Method,
                Field::Prepay,
                Field::PrepayYearly,
                Field::Reduce,
                Field::Penalty,
                DeedTax,
                Fees,
                PropertyFees,
                PriceChange,
                SellingCosts,
            ],
            Plan::Outright => &[PricePerM2, Area, DeedTax, Fees, PropertyFees, PriceChange, SellingCosts],
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

    /// Every scenario has these too, after its plan's fields.
    pub const LAST: [Field; 1] = [Field::SellHome];
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

    /// The plan as the form shows it, in the reader's language (`name` is
    /// what is typed and stored).
    pub fn label(self) -> &'static str {
        use crate::text::moving as t;
        match self {
            Plan::AsNow => t::plan_as_now(),
            Plan::Rent => t::plan_rent(),
            Plan::Mortgage => t::plan_mortgage(),
            Plan::Outright => t::plan_outright(),
        }
    }

    /// The label in `lang`, whatever the reader's language.
    fn label_in(self, lang: text::Lang) -> &'static str {
        use crate::text::moving::with_lang as t;
        match self {
            Plan::AsNow => t::plan_as_now(lang),
            Plan::Rent => t::plan_rent(lang),
            Plan::Mortgage => t::plan_mortgage(lang),
            Plan::Outright => t::plan_outright(lang),
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
        [Plan::AsNow, Plan::Rent, Plan::Mortgage, Plan::Outright].into_iter().find(|p| {
            let t = s.trim();
            p.name().eq_ignore_ascii_case(t) || p.name().replace(' ', "-") == t || p.label_in(text::Lang::Zh) == t
        })
    }
}

/// What was wrong, and with which field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditError {
    pub field: Field,
    pub message: String,
}

pub(super) type Result<T> = std::result::Result<T, EditError>;

pub(super) fn err<T>(field: Field, message: impl Into<String>) -> Result<T> {
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

    pub(super) fn amount(&self, field: Field) -> Result<Option<i64>> {
        let Some(s) = self.get(field) else { return Ok(None) };
        let m = Money::parse(s, Currency::CNY)
            .and_then(crate::money::limited)
            .map_err(|e| EditError { field, message: e.to_string() })?
            .minor;
        if m < 0 {
            return err(field, text::moving::negative(s));
        }
        Ok(Some(m))
    }

    /// A percentage as basis points (`3.05` → 305), between 0 and 100 %;
    /// finer than a basis point it is rounded half up (`4.125` → 413), exactly.
    pub(super) fn bp(&self, field: Field) -> Result<Option<i64>> {
        let Some(s) = self.get(field) else { return Ok(None) };
        let f = parse_percent(s).map_err(|message| EditError { field, message })?;
        if !(Decimal::ZERO..=Decimal::ONE).contains(&f) {
            return err(field, text::moving::percent_range(s));
        }
        Ok(Some(to_bp(f)))
    }

    /// A yearly change in percent as basis points, between −50 % and +50 %
    /// (prices and rents may fall).
    pub(super) fn change_bp(&self, field: Field) -> Result<Option<i64>> {
        let Some(s) = self.get(field) else { return Ok(None) };
        let f = parse_percent(s).map_err(|message| EditError { field, message })?;
        if f.abs() > Decimal::new(5, 1) {
            return err(field, text::moving::change_range(s));
        }
        Ok(Some(to_bp(f)))
    }

    /// A prepayment, `AMOUNT@MONTH` (the month a payment number; `AMOUNT`
    /// alone when `default` gives the month): `Some(None)` when cleared
    /// (empty, `0` or `none`).
    pub(super) fn prepay(
        &self,
        field: Field,
        default: Option<u32>,
    ) -> Result<Option<Option<crate::relocation::mortgage::plan::Prepay>>> {
        let Some(s) = self.get(field) else { return Ok(None) };
        let t = s.trim();
        if t.is_empty() || t == "0" || t.eq_ignore_ascii_case("none") || t == "无" {
            return Ok(Some(None));
        }
        let bad = || EditError { field, message: text::loans::bad_scenario_prepay(s) };
        let (a, month) = match (t.rsplit_once('@'), default) {
            (Some((a, m)), _) => (a, m.trim().parse::<u32>().map_err(|_| bad())?),
            (None, Some(d)) => (t, d),
            (None, None) => return Err(bad()),
        };
        let amount = Fields(BTreeMap::from([(field, a.to_owned())])).amount(field)?.ok_or_else(bad)?;
        if amount == 0 {
            return Ok(Some(None));
        }
        Ok(Some(Some(crate::relocation::mortgage::plan::Prepay { amount, month, yearly: default.is_some() })))
    }

    /// A whole number within `range`.
    pub(super) fn count(&self, field: Field, range: std::ops::RangeInclusive<i64>) -> Result<Option<i64>> {
        let Some(s) = self.get(field) else { return Ok(None) };
        let n: i64 =
            s.trim().parse().or_else(|_| err(field, text::moving::not_whole(s, *range.start(), *range.end())))?;
        if !range.contains(&n) {
            return err(field, text::moving::out_of_range(n, *range.start(), *range.end()));
        }
        Ok(Some(n))
    }
}

/// `305` → `3.05`, `1500` → `15`: a rate as a user types it.
pub fn percent_text(bp: i64) -> String {
    let sign = if bp < 0 { "-" } else { "" };
    let (whole, frac) = (bp.unsigned_abs() / 100, bp.unsigned_abs() % 100);
    match frac {
        0 => format!("{sign}{whole}"),
        f if f % 10 == 0 => format!("{sign}{whole}.{}", f / 10),
        f => format!("{sign}{whole}.{f:02}"),
    }
}
