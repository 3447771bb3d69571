//! The Move tab, headless: scenarios compared with staying, the chart, and a
//! mortgage schedule.

mod common;

use common::{Session, screen};
use nestegg::relocation::mortgage::Method;
use nestegg::relocation::scenario::{Housing, Scenario};

/// Six complete months in Guangzhou: income 5,000, rent 1,500, food 1,000.
fn guangzhou() -> Session {
    let s = Session::new();
    for m in 5..=10 {
        s.add(&format!("2026-{m:02}-10"), "salary", "Bank card", "厂", 500_000);
        s.add(&format!("2026-{m:02}-01"), "rent", "Bank card", "房东", -150_000);
        s.add(&format!("2026-{m:02}-15"), "food", "WeChat Pay", "食堂", -100_000);
    }
    s
}

fn add(s: &Session, scenario: Scenario) {
    s.store().write(|tx| tx.add_scenario(&scenario)).unwrap();
}

fn hegang(name: &str, housing: Housing) -> Scenario {
    Scenario {
        name: name.into(),
        city: "Hegang".into(),
        income: 500_000,
        housing,
        living: 100_000,
        moving_costs: 300_000,
        months_without_income: 0,
        start: None,
    }
}

#[test]
fn staying_against_moving_side_by_side() {
    let s = guangzhou();
    add(&s, hegang("Hegang", Housing::Rent { monthly: 50_000, deposit_months: 0, agent_fee: 0 }));
    let t = s.run("4", (100, 30));
    let text = screen(&t);
    // Stay saves 2,500 (50 %); Hegang 3,500 (70 %) after 3,000 of moving costs:
    // break-even 3 months after now (2026-11 → 2027-02).
    assert!(text.contains("savings") && text.contains("¥2,500.00") && text.contains("¥3,500.00"), "{text}");
    assert!(text.contains("50.0%") && text.contains("70.0%"), "{text}");
    assert!(text.contains("break-even") && text.contains("2027-02"), "{text}");
    // Net worth after a year: savings now (6 × 2,500 = 15,000) + 12 × 2,500 = 45,000
    // staying; 15,000 − 3,000 + 12 × 3,500 = 54,000 moving.
    assert!(text.contains("¥45,000.00") && text.contains("¥54,000.00"), "{text}");
    insta::assert_snapshot!("move_80x24", screen(&s.run("4l", (80, 24))));
}

#[test]
fn a_mortgage_schedule_by_year_and_month() {
    let s = guangzhou();
    let mortgage = Housing::Mortgage {
        price_per_m2: 75_000,
        area_m2: 50,
        down_payment_bp: 1500,
        commercial_rate_bp: 305,
        fund: None,
        years: 10,
        method: Method::EqualPrincipal,
        deed_tax_bp: 100,
        fees: 0,
        monthly_fees: 0,
    };
    add(&s, hegang("Buy", mortgage));
    // m on Stay says there is no mortgage; → then m shows the schedule.
    let text = screen(&s.run("4m", (100, 30)));
    assert!(text.contains("this scenario has no mortgage"), "{text}");
    let text = screen(&s.run("4lm", (100, 30)));
    // Loan 31,875 over 120 months, equal principal: the balance after k months is
    // 31,875 × (120 − k) ÷ 120 to the fen, so year 1 repays 3,187.50, leaving 28,687.50.
    assert!(text.contains("mortgage by year") && text.contains("¥3,187.50") && text.contains("¥28,687.50"), "{text}");
    // Enter shows year 1's months: month 1 repays 31,875 − 31,609.38 = 265.62 plus
    // 81.02 interest (31,875 × 3.05 % ÷ 12 = 81.0156): 346.64.
    let text = screen(&s.run("4lm<Enter>", (100, 30)));
    assert!(text.contains("¥346.64") && text.contains("¥81.02") && text.contains("¥265.62"), "{text}");
    insta::assert_snapshot!("move_schedule", screen(&s.run("4lmj<Enter>", (80, 24))));
}

#[test]
fn without_scenarios_or_history_the_tab_says_what_to_do() {
    let text = screen(&guangzhou().run("4", (100, 30)));
    assert!(text.contains("nestegg relocate add Hegang --city Hegang"), "{text}");
    let text = screen(&Session::new().run("4", (100, 30)));
    assert!(text.contains("no complete month yet"), "{text}");
}

#[test]
fn goals_are_timed_in_each_scenario() {
    let s = guangzhou();
    add(&s, hegang("Hegang", Housing::Rent { monthly: 50_000, deposit_months: 0, agent_fee: 0 }));
    s.store().write(|tx| tx.add_goal("Flat in Hegang", 3_750_000, nestegg::money::Currency::CNY, None, &[])).unwrap();
    let text = screen(&s.run("4", (100, 30)));
    // Cash now 15,000. Staying: 15,000 + 2,500 m ≥ 37,500 → 9 months (2027-08);
    // moving: 12,000 + 3,500 m ≥ 37,500 → 7.3 → 8 months (2027-07).
    let row = text.lines().find(|l| l.starts_with("Flat in Hega")).unwrap_or_default();
    assert!(row.contains("2027-08") && row.contains("2027-07"), "{text}");
}

#[test]
fn many_scenarios_scroll_and_unaffordable_ones_are_flagged() {
    let s = guangzhou();
    for i in 1..=6 {
        add(&s, hegang(&format!("Rent {i}"), Housing::Rent { monthly: 50_000 * i, deposit_months: 0, agent_fee: 0 }));
    }
    // A 40 m² flat at 60,000 ¥/m² bought outright from 15,000 saved: cash goes far below zero.
    let flat = Housing::Outright { price_per_m2: 6_000_000, area_m2: 40, deed_tax_bp: 100, fees: 0, monthly_fees: 0 };
    add(&s, hegang("Beijing flat", flat));
    let text = screen(&s.run("4", (80, 24)));
    // 80 columns hold Stay and four more: 5 of 8 shown.
    assert!(text.contains("←/→ 5 of 8"), "{text}");
    let header = |t: &str| t.lines().find(|l| l.starts_with("←/→")).unwrap_or_default().to_owned();
    assert!(!header(&text).contains("Beijing flat"), "{text}");
    // The warning, first, names the plan that cannot be paid for.
    assert!(text.contains("⚠ Beijing flat needs more cash than there is"), "{text}");
    // Moving right brings the last ones into view.
    let text = screen(&s.run("4lllllll", (80, 24)));
    assert!(header(&text).contains("Beijing flat") && header(&text).contains("Stay"), "{text}");
}
