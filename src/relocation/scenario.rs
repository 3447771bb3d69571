//! Relocation scenarios: where, what comes in, how one lives there (rent,
//! a mortgage, or a flat bought outright), and what the move costs. Pure data
//! and the arithmetic of one scenario's first costs and monthly housing.
//!
//! Rates are stored in basis points (hundredths of a percent: 305 = 3.05 %)
//! so scenarios are exact in the ledger; areas in whole square metres.

use serde::{Deserialize, Serialize};

use super::mortgage::{self, Loan, Method, Payment};
use crate::model::Month;
use crate::report::round_ratio;

/// Defaults: the national minimum down payment for a first home since 2024,
/// today's commercial and provident-fund rates, and the deed tax for homes up
/// to 140 m².
pub const DOWN_PAYMENT_BP: i64 = 1500;
pub const COMMERCIAL_RATE_BP: i64 = 305;
pub const FUND_RATE_BP: i64 = 260;
pub const DEED_TAX_BP: i64 = 100;

/// A housing provident fund (公积金) loan beside the commercial one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fund {
    /// How much of the loan the fund lends, fen.
    pub amount: i64,
    pub rate_bp: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "plan", rename_all = "kebab-case")]
pub enum Housing {
    /// Staying: what housing costs now, a month.
    Current {
        monthly: i64,
    },
    Rent {
        monthly: i64,
        /// Deposit, in months of rent (held by the landlord; still yours).
        deposit_months: i64,
        agent_fee: i64,
    },
    Mortgage {
        price_per_m2: i64,
        area_m2: i64,
        down_payment_bp: i64,
        commercial_rate_bp: i64,
        fund: Option<Fund>,
        years: i64,
        method: Method,
        deed_tax_bp: i64,
        /// One-off fees at purchase.
        fees: i64,
        /// Monthly property fees.
        monthly_fees: i64,
    },
    Outright {
        price_per_m2: i64,
        area_m2: i64,
        deed_tax_bp: i64,
        fees: i64,
        monthly_fees: i64,
    },
}

/// Whether `name` is staying's, in either language (Stay, 留下, and 不搬,
/// the Chinese word the command line used first): no scenario may take it,
/// and the command line finds staying by it.
pub fn is_stay(name: &str) -> bool {
    let n = name.trim();
    n.eq_ignore_ascii_case("stay") || n == "留下" || n == "不搬"
}

/// Where a scenario's income comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum IncomeFrom {
    /// The amount typed (`income`).
    #[default]
    Typed,
    /// Today's income, as staying has it (remote work, or the same city).
    Today,
    /// The city's average wage, carried forward to today (see
    /// [`super::cities::City::monthly_wage`]); none without one.
    CityWage,
}

/// Default selling costs of a home at the horizon: agent's fee and taxes,
/// 2 % of its value.
pub const SELLING_COSTS_BP: i64 = 200;

fn selling_costs_default() -> i64 {
    SELLING_COSTS_BP
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scenario {
    pub name: String,
    pub city: String,
    /// Monthly take-home income, fen: as typed, or what `income_from` gave
    /// it when the comparison was worked out.
    pub income: i64,
    #[serde(default)]
    pub income_from: IncomeFrom,
    pub housing: Housing,
    /// Monthly living costs other than housing, fen.
    pub living: i64,
    /// One-off costs of moving, fen.
    pub moving_costs: i64,
    /// Months without income while settling in.
    pub months_without_income: i64,
    /// The month of the move; `None` (or a month already past) is now. Until
    /// then the household lives as it does today.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<Month>,
    /// Sell the home lived in now at the move, at its value less this fee
    /// (basis points of the value); `None` keeps it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sell_home_fee_bp: Option<i64>,
    /// Rent's yearly rise, basis points (may be negative); `None`: with
    /// inflation, as staying's housing rises.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rent_growth_bp: Option<i64>,
    /// Living costs follow today's spending, scaled by the cost indices of
    /// the scenario's city and of where the household lives (worked out
    /// again at each comparison); `false`: as typed.
    #[serde(default)]
    pub scaled_living: bool,
    /// A bought home's yearly change in value, basis points (negative: prices fall).
    #[serde(default)]
    pub price_change_bp: i64,
    /// What selling a bought home would cost, basis points of its value:
    /// net worth counts the home as if sold (its value less these costs).
    #[serde(default = "selling_costs_default")]
    pub selling_costs_bp: i64,
}

/// What buying costs up front and what it borrows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Purchase {
    pub price: i64,
    pub down_payment: i64,
    pub deed_tax: i64,
    pub fees: i64,
    pub loan: i64,
}

/// `amount × bp / 10,000`, rounded half away from zero.
pub fn of_bp(amount: i64, bp: i64) -> i64 {
    round_ratio(amount, 10_000, bp).unwrap_or(0)
}

impl Housing {
    /// The purchase, for the two buying plans.
    pub fn purchase(&self) -> Option<Purchase> {
        match *self {
            Housing::Mortgage { price_per_m2, area_m2, down_payment_bp, deed_tax_bp, fees, .. } => {
                let price = price_per_m2.saturating_mul(area_m2);
                let down_payment = of_bp(price, down_payment_bp);
                Some(Purchase {
                    price,
                    down_payment,
                    deed_tax: of_bp(price, deed_tax_bp),
                    fees,
                    loan: price - down_payment,
                })
            }
            Housing::Outright { price_per_m2, area_m2, deed_tax_bp, fees, .. } => {
                let price = price_per_m2.saturating_mul(area_m2);
                Some(Purchase { price, down_payment: price, deed_tax: of_bp(price, deed_tax_bp), fees, loan: 0 })
            }
            _ => None,
        }
    }

    /// Paid once at the start: the deposit and agent fee, or the down payment
    /// (the whole price when bought outright), deed tax and fees.
    pub fn upfront(&self) -> i64 {
        match *self {
            Housing::Current { .. } => 0,
            Housing::Rent { monthly, deposit_months, agent_fee } => monthly * deposit_months + agent_fee,
            _ => self.purchase().map_or(0, |p| p.down_payment + p.deed_tax + p.fees),
        }
    }

    /// What the upfront money left behind that is still yours at the start:
    /// the rent deposit, or the home at its purchase price.
    pub fn held(&self) -> i64 {
        match *self {
            Housing::Rent { monthly, deposit_months, .. } => monthly * deposit_months,
            _ => self.purchase().map_or(0, |p| p.price),
        }
    }

    /// The mortgage schedule (commercial and fund loans summed), if any.
    pub fn schedule(&self) -> Result<Vec<Payment>, mortgage::MortgageError> {
        let Housing::Mortgage { commercial_rate_bp, fund, years, method, .. } = *self else { return Ok(Vec::new()) };
        let p = self.purchase().expect("a mortgage is a purchase");
        let months = u32::try_from(years.saturating_mul(12)).unwrap_or(u32::MAX);
        let fund_part = fund.map_or(0, |f| f.amount.min(p.loan));
        let commercial = p.loan - fund_part;
        let loan = |principal, rate_bp: i64| Loan {
            principal,
            annual_rate: crate::projection::rate::from_bp(rate_bp),
            months,
            method,
        };
        let mut total =
            if commercial > 0 { mortgage::schedule(&loan(commercial, commercial_rate_bp))? } else { Vec::new() };
        if let Some(f) = fund.filter(|_| fund_part > 0) {
            let fund_schedule = mortgage::schedule(&loan(fund_part, f.rate_bp))?;
            total = if total.is_empty() { fund_schedule } else { mortgage::combine(&total, &fund_schedule) };
        }
        Ok(total)
    }
}
