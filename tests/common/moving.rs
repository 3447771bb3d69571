//! The Move tab's household and scenarios, shared by its test files.

use super::Session;
use nestegg::relocation::scenario::{Housing, Scenario};

/// Six complete months in Guangzhou: income 5,000, rent 1,500, food 1,000.
pub fn guangzhou() -> Session {
    let s = Session::new();
    for m in 5..=10 {
        s.add(&format!("2026-{m:02}-10"), "salary", "Bank card", "厂", 500_000);
        s.add(&format!("2026-{m:02}-01"), "rent", "Bank card", "房东", -150_000);
        s.add(&format!("2026-{m:02}-15"), "food", "WeChat Pay", "食堂", -100_000);
    }
    s
}

pub fn add(s: &Session, scenario: Scenario) {
    s.store().write(|tx| tx.add_scenario(&scenario)).unwrap();
}

/// A flat in Hegang: 50 m² at 7,500 a m², 15 % down, 3.05 % over 10
/// years, equal principal, 1 % deed tax.
pub fn hegang_mortgage() -> Housing {
    Housing::Mortgage {
        price_per_m2: 75_000,
        area_m2: 50,
        down_payment_bp: 1500,
        commercial_rate_bp: 305,
        fund: None,
        years: 10,
        method: nestegg::relocation::mortgage::Method::EqualPrincipal,
        deed_tax_bp: 100,
        fees: 0,
        monthly_fees: 0,
        prepay: Default::default(),
    }
}

pub fn hegang(name: &str, housing: Housing) -> Scenario {
    Scenario {
        name: name.into(),
        city: "Hegang".into(),
        income: 500_000,
        housing,
        living: 100_000,
        moving_costs: 300_000,
        months_without_income: 0,
        start: None,
        sell_home_fee_bp: None,
        income_from: Default::default(),
        rent_growth_bp: None,
        scaled_living: false,
        price_change_bp: 0,
        selling_costs_bp: 200,
    }
}
