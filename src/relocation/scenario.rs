//! Relocation scenarios: where, what comes in, how one lives there (rent,
//! a mortgage, or a flat bought outright), and what the move costs. Pure data
//! and the arithmetic of one scenario's first costs and monthly housing.
//!
//! Rates are stored in basis points (hundredths of a percent: 305 = 3.05 %)
//! so scenarios are exact in the ledger; areas in whole square metres.

use serde::{Deserialize, Serialize};

use super::mortgage::plan::{self as loan_plan, Penalty, Prepay, Reduce};
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
    /// Its own term in years; `None`: the commercial loan's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub years: Option<i64>,
}

/// A scenario mortgage's prepayments (提前还款): paid on the commercial
/// loan (on the fund loan when it is the whole loan), out of savings in
/// their month with any penalty.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Prepayments {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub once: Option<Prepay>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub yearly: Option<Prepay>,
    #[serde(default)]
    pub reduce: Reduce,
    /// Penalty (违约金), basis points of each prepaid amount.
    #[serde(default)]
    pub penalty_bp: i64,
}

impl Prepayments {
    /// None at all: stored scenarios without prepayments stay as they were.
    pub fn is_none(&self) -> bool {
        *self == Prepayments::default()
    }

    fn plan(&self) -> loan_plan::Plan {
        loan_plan::Plan {
            prepay: self.once.into_iter().chain(self.yearly).collect(),
            reduce: self.reduce,
            penalty: Penalty { rate: crate::projection::rate::from_bp(self.penalty_bp), within: None },
            rates: Vec::new(),
        }
    }
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
        #[serde(default, skip_serializing_if = "Prepayments::is_none")]
        prepay: Prepayments,
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

    /// The mortgage schedule (commercial and fund loans summed), if any,
    /// with its prepayments: a month's `principal` includes what was
    /// prepaid, and its `payment` is all the month costs (interest,
    /// principal and any penalty), so the comparison takes it from savings.
    pub fn schedule(&self) -> Result<Vec<Payment>, mortgage::MortgageError> {
        Ok(self
            .planned()?
            .into_iter()
            .map(|m| Payment { principal: m.pay.principal + m.prepaid, payment: m.cash(), ..m.pay })
            .collect())
    }

    /// The loans' planned months summed (prepaid and penalty apart), if a mortgage.
    fn planned(&self) -> Result<Vec<loan_plan::Month>, mortgage::MortgageError> {
        let Housing::Mortgage { commercial_rate_bp, fund, years, method, prepay, .. } = *self else {
            return Ok(Vec::new());
        };
        let p = self.purchase().expect("a mortgage is a purchase");
        let months = |years: i64| u32::try_from(years.saturating_mul(12)).unwrap_or(u32::MAX);
        let fund_part = fund.map_or(0, |f| f.amount.min(p.loan));
        let commercial = p.loan - fund_part;
        let loan = |principal, rate_bp: i64, years: i64| Loan {
            principal,
            annual_rate: crate::projection::rate::from_bp(rate_bp),
            months: months(years),
            method,
        };
        let mut parts = Vec::new();
        if commercial > 0 {
            parts.push(loan_plan::planned(&loan(commercial, commercial_rate_bp, years), &prepay.plan())?.months);
        }
        if let Some(f) = fund.filter(|_| fund_part > 0) {
            let plan = if parts.is_empty() { prepay.plan() } else { loan_plan::Plan::default() };
            parts.push(loan_plan::planned(&loan(fund_part, f.rate_bp, f.years.unwrap_or(years)), &plan)?.months);
        }
        Ok(parts.into_iter().reduce(|a, b| loan_plan::combine(&a, &b)).unwrap_or_default())
    }
}

/// What a mortgage's prepayments buy one way: interest saved against the
/// same loan without them, the month of the last payment, the payment of
/// the month after the first prepayment, and the penalties (违约金) paid on
/// the prepayments that way (shortening the term can mean fewer of them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PrepayWay {
    pub reduce: Reduce,
    pub interest_saved: i64,
    pub last_month: u32,
    pub payment_after: Option<i64>,
    pub penalty: i64,
}

impl PrepayWay {
    /// What prepaying saves once its penalty is paid: interest saved − penalty.
    pub fn net_saved(&self) -> i64 {
        self.interest_saved - self.penalty
    }
}

impl Housing {
    /// A prepaying mortgage's prepayments both ways: the scenario's own
    /// choice first, then the other (shorter term or lower payment?).
    /// `None` for any other plan, or a mortgage that prepays nothing.
    pub fn prepay_ways(&self) -> Result<Option<[PrepayWay; 2]>, mortgage::MortgageError> {
        let Housing::Mortgage { prepay, .. } = *self else { return Ok(None) };
        let Some(first) = prepay.once.into_iter().chain(prepay.yearly).map(|p| p.month).min() else {
            return Ok(None);
        };
        let with = |p: Prepayments| {
            let mut h = *self;
            if let Housing::Mortgage { prepay, .. } = &mut h {
                *prepay = p;
            }
            h.planned()
        };
        let interest = |s: &[loan_plan::Month]| s.iter().map(|m| m.pay.interest).sum::<i64>();
        let none = interest(&with(Prepayments::default())?);
        let way = |reduce| -> Result<PrepayWay, mortgage::MortgageError> {
            let s = with(Prepayments { reduce, ..prepay })?;
            Ok(PrepayWay {
                reduce,
                interest_saved: none - interest(&s),
                last_month: s.last().map_or(0, |m| m.pay.month),
                // As `schedule` shows it: all the month costs, its penalty too.
                payment_after: s.get(first as usize).map(loan_plan::Month::cash),
                penalty: s.iter().map(|m| m.penalty).sum(),
            })
        };
        let other = if prepay.reduce == Reduce::Term { Reduce::Payment } else { Reduce::Term };
        Ok(Some([way(prepay.reduce)?, way(other)?]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The persona's loan as a scenario: 300,000 borrowed at 4.9 % over 20
    /// years, 50,000 repaid after payment 36; the figures `mortgage` gives
    /// against its month-by-month reference (tests/plans/loans.rs).
    #[test]
    fn prepaying_50000_in_year_3_both_ways() {
        let loan = |reduce| Housing::Mortgage {
            price_per_m2: 1_000_000,
            area_m2: 30,
            down_payment_bp: 0,
            commercial_rate_bp: 490,
            fund: None,
            years: 20,
            method: Method::EqualPayment,
            deed_tax_bp: 0,
            fees: 0,
            monthly_fees: 0,
            prepay: Prepayments {
                once: Some(Prepay { amount: 5_000_000, month: 36, yearly: false }),
                reduce,
                ..Prepayments::default()
            },
        };
        let term = PrepayWay {
            reduce: Reduce::Term,
            interest_saved: 5_317_015,
            last_month: 188,
            payment_after: Some(196_333),
            penalty: 0,
        };
        let lower = PrepayWay {
            reduce: Reduce::Payment,
            interest_saved: 2_378_020,
            last_month: 240,
            payment_after: Some(160_167),
            penalty: 0,
        };
        assert_eq!(loan(Reduce::Term).prepay_ways().unwrap(), Some([term, lower]));
        assert_eq!(loan(Reduce::Payment).prepay_ways().unwrap(), Some([lower, term]));
        assert_eq!((term.net_saved(), lower.net_saved()), (5_317_015, 2_378_020));
        // A bank charging 1 % of the 50,000 prepaid: 500.00 either way, so
        // shortening nets 53,170.15 − 500.00 = 52,670.15 and lowering
        // 23,780.20 − 500.00 = 23,280.20; the interest and the term are the same.
        let mut charged = loan(Reduce::Term);
        if let Housing::Mortgage { prepay, .. } = &mut charged {
            prepay.penalty_bp = 100;
        }
        let [t, l] = charged.prepay_ways().unwrap().unwrap();
        assert_eq!((t, l), (PrepayWay { penalty: 50_000, ..term }, PrepayWay { penalty: 50_000, ..lower }));
        assert_eq!((t.net_saved(), l.net_saved()), (5_267_015, 2_328_020));
        let mut plain = loan(Reduce::Term);
        if let Housing::Mortgage { prepay, .. } = &mut plain {
            *prepay = Prepayments::default();
        }
        assert_eq!(plain.prepay_ways().unwrap(), None);
    }

    /// A mortgage as stored before prepayments and the fund's own term.
    const OLD: &str = r#"{"plan":"mortgage","price_per_m2":500000,"area_m2":60,"down_payment_bp":1500,
        "commercial_rate_bp":490,"fund":{"amount":5000000,"rate_bp":260},"years":20,"method":"equal-payment",
        "deed_tax_bp":100,"fees":0,"monthly_fees":0}"#;

    #[test]
    fn an_old_mortgage_reads_unchanged_and_writes_back_the_same() {
        let h: Housing = serde_json::from_str(OLD).unwrap();
        let Housing::Mortgage { fund, prepay, .. } = h else { panic!("{h:?}") };
        assert_eq!(fund, Some(Fund { amount: 5_000_000, rate_bp: 260, years: None }));
        assert!(prepay.is_none());
        let again: serde_json::Value = serde_json::to_value(h).unwrap();
        assert_eq!(again, serde_json::from_str::<serde_json::Value>(OLD).unwrap());
        // Its schedule is the two plain loans summed, as before.
        let loan = |p, bp, months| Loan {
            principal: p,
            annual_rate: crate::projection::rate::from_bp(bp),
            months,
            method: Method::EqualPayment,
        };
        let plain = mortgage::combine(
            &mortgage::schedule(&loan(20_500_000, 490, 240)).unwrap(),
            &mortgage::schedule(&loan(5_000_000, 260, 240)).unwrap(),
        );
        assert_eq!(h.schedule().unwrap(), plain);
    }

    #[test]
    fn prepayments_and_the_fund_term_shape_the_schedule() {
        let Housing::Mortgage { .. } = serde_json::from_str::<Housing>(OLD).unwrap() else { unreachable!() };
        let mut h: Housing = serde_json::from_str(OLD).unwrap();
        if let Housing::Mortgage { fund, prepay, .. } = &mut h {
            *fund = fund.map(|f| Fund { years: Some(10), ..f });
            prepay.once = Some(Prepay { amount: 5_000_000, month: 36, yearly: false });
            prepay.penalty_bp = 100;
        }
        let s = h.schedule().unwrap();
        let loan = |p, bp, months| Loan {
            principal: p,
            annual_rate: crate::projection::rate::from_bp(bp),
            months,
            method: Method::EqualPayment,
        };
        let fund = mortgage::schedule(&loan(5_000_000, 260, 120)).unwrap();
        let plan = loan_plan::Plan {
            prepay: vec![Prepay { amount: 5_000_000, month: 36, yearly: false }],
            penalty: Penalty { rate: crate::projection::rate::from_bp(100), within: None },
            ..loan_plan::Plan::default()
        };
        let commercial = loan_plan::planned(&loan(20_500_000, 490, 240), &plan).unwrap().months;
        // Month 36 takes the payments, the 50,000 and its 1 % penalty from savings.
        assert_eq!(s[35].payment, commercial[35].pay.payment + fund[35].payment + 5_000_000 + 50_000);
        assert_eq!(s[35].principal, commercial[35].pay.principal + fund[35].principal + 5_000_000);
        assert_eq!(s[35].balance, commercial[35].pay.balance + fund[35].balance);
        // The fund loan ends after 10 years; the commercial one early, from the prepayment.
        assert_eq!(s[120].payment, commercial[120].pay.payment);
        assert_eq!(s.len(), commercial.len());
        assert!(s.len() < 240);
        assert_eq!(s.iter().map(|p| p.principal).sum::<i64>(), 25_500_000);
    }
}
