//! Issue 25's loan fields in the Move tab's scenario form, headless: a
//! prepayment typed in the form is saved with the scenario and what it
//! reduces picked like the repayment method; the labels in both languages.

use crate::common;

use common::{Session, screen};
use nestegg::relocation::mortgage::Method;
use nestegg::relocation::mortgage::plan::{Prepay, Reduce};
use nestegg::relocation::scenario::{Housing, Prepayments, Scenario};

/// Six complete months in Guangzhou and a scenario buying in Hegang with a mortgage.
fn buying() -> Session {
    let s = Session::new();
    for m in 5..=10 {
        s.add(&format!("2026-{m:02}-10"), "salary", "Bank card", "厂", 500_000);
        s.add(&format!("2026-{m:02}-01"), "rent", "Bank card", "房东", -150_000);
    }
    let housing = Housing::Mortgage {
        price_per_m2: 500_000,
        area_m2: 60,
        down_payment_bp: 1500,
        commercial_rate_bp: 490,
        fund: None,
        years: 20,
        method: Method::EqualPayment,
        deed_tax_bp: 100,
        fees: 0,
        monthly_fees: 0,
        prepay: Prepayments::default(),
    };
    let scenario = Scenario {
        name: "Buy".into(),
        city: "Hegang".into(),
        income: 500_000,
        housing,
        living: 100_000,
        moving_costs: 0,
        months_without_income: 0,
        start: None,
        sell_home_fee_bp: None,
        income_from: Default::default(),
        rent_growth_bp: None,
        scaled_living: false,
        price_change_bp: 0,
        selling_costs_bp: 200,
    };
    s.store().write(|tx| tx.add_scenario(&scenario)).unwrap();
    s
}

fn tabs(n: usize) -> String {
    "<Tab>".repeat(n)
}

fn prepay(s: &Session) -> Prepayments {
    match s.store().scenarios().unwrap()[0].1.housing {
        Housing::Mortgage { prepay, .. } => prepay,
        ref h => panic!("{h:?}"),
    }
}

#[test]
fn a_prepayment_typed_in_the_form_is_saved_with_the_scenario() {
    let s = buying();
    // From the name: Plan is the 7th field, then price, area, down payment, rate,
    // fund, fund rate, fund years, years and method: "Prepay once" is the 17th,
    // "Prepay reduces" the 19th, a choice (p picks 减少月供), then "Penalty %".
    let script = format!("4le{}50000@36{}p{}1<Enter>", tabs(17), tabs(2), tabs(1));
    let text = screen(&s.run(&script, (100, 40)));
    assert!(text.contains("saved scenario 'Buy'"), "{text}");
    let want = Prepayments {
        once: Some(Prepay { amount: 5_000_000, month: 36, yearly: false }),
        yearly: None,
        reduce: Reduce::Payment,
        penalty_bp: 100,
    };
    assert_eq!(prepay(&s), want);
    // A prepayment past the term is refused beside its line and nothing is saved.
    let text = screen(&s.run(&format!("4le{}<C-u>50000@240<Enter>", tabs(17)), (100, 40)));
    assert!(text.contains("✗ Prepay once: a prepayment after payment 240 is outside a loan of 240"), "{text}");
    assert_eq!(prepay(&s), want);
}

#[test]
fn the_loan_fields_in_chinese() {
    nestegg::text::set_lang(nestegg::text::Lang::Zh);
    let s = buying();
    let text = screen(&s.run(&format!("4le{}", tabs(19)), (100, 40)));
    for label in ["公积金年限", "一次提前还款", "每年提前还款", "提前还款后", "违约金 %", "‹ 缩短年限 ›"]
    {
        assert!(text.contains(label), "{label} not in\n{text}");
    }
}

/// The mortgage view (`m`) answers "shorter term or lower payment?": the
/// scenario's own way first, the other beside it, with the core's figures.
#[test]
fn the_mortgage_view_shows_what_prepaying_saves_both_ways() {
    let s = buying();
    s.run(&format!("4le{}50000@36{}p<Enter>", tabs(17), tabs(2)), (100, 40));
    let housing = s.store().scenarios().unwrap()[0].1.housing;
    let [lower, term] = housing.prepay_ways().unwrap().expect("it prepays");
    assert_eq!((lower.reduce, term.reduce), (Reduce::Payment, Reduce::Term));
    assert!(term.interest_saved > lower.interest_saved && term.last_month < 240);
    let text = screen(&s.run("4lm", (120, 40)));
    let yuan = |fen: i64| nestegg::money::Money::new(fen, nestegg::money::Currency::CNY).display();
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for want in [
        format!(
            "lower the payment: saves {} of interest, last payment 240, then {} a month",
            yuan(lower.interest_saved),
            yuan(lower.payment_after.unwrap())
        ),
        format!(
            "shorten the term: saves {} of interest, last payment {}, then {} a month",
            yuan(term.interest_saved),
            term.last_month,
            yuan(term.payment_after.unwrap())
        ),
    ] {
        assert!(flat.contains(&want), "{want}\n{text}");
    }
}

/// Issue 25: a bank that charges 违约金. The persona's loan as a scenario
/// (300,000 at 4.9 % over 20 years, 50,000 prepaid after payment 36) with a
/// 1 % penalty: 500.00 paid either way, so shortening the term saves
/// 53,170.15 of interest and 52,670.15 net; lowering the payment 23,780.20
/// and 23,280.20 net (the figures of `relocation::scenario`'s tests and of
/// `mortgage --prepay 50000@36`). Each way's penalty and net saving are a
/// line of their own in the mortgage view, at every size and in Chinese.
#[test]
fn the_mortgage_view_splits_out_the_prepayment_penalty() {
    let s = buying();
    let housing = Housing::Mortgage {
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
            yearly: None,
            reduce: Reduce::Term,
            penalty_bp: 100,
        },
    };
    let (id, mut scenario) = s.store().scenarios().unwrap().remove(0);
    scenario.housing = housing;
    s.store().write(|tx| tx.update_scenario(id, &scenario)).unwrap();
    let squeeze = |t: &str| t.split_whitespace().collect::<String>();
    for (lang, ways, penalties) in [
        (
            nestegg::text::Lang::En,
            [
                "shorten the term: saves ¥53,170.15 of interest, last payment 188",
                "lower the payment: saves ¥23,780.20 of interest, last payment 240",
            ],
            ["penalty ¥500.00 · net saving ¥52,670.15", "penalty ¥500.00 · net saving ¥23,280.20"],
        ),
        (
            nestegg::text::Lang::Zh,
            ["缩短年限：节省利息 ¥53,170.15，最后一期第 188 期", "减少月供：节省利息 ¥23,780.20，最后一期第 240 期"],
            ["违约金 ¥500.00 · 净节省 ¥52,670.15", "违约金 ¥500.00 · 净节省 ¥23,280.20"],
        ),
    ] {
        nestegg::text::set_lang(lang);
        for size in [(120, 40), (80, 24), (60, 20)] {
            let text = screen(&s.run("4lm", size));
            let lines: Vec<&str> = text.lines().map(|l| l.trim_matches(|c| c == '│' || c == ' ')).collect();
            let flat = squeeze(&lines.join(""));
            for way in ways {
                assert!(flat.contains(&squeeze(way)), "{lang:?} {size:?}: {way}\n{text}");
            }
            // The penalty and the net saving on a line of their own, under each way.
            let at: Vec<usize> = penalties
                .iter()
                .map(|p| lines.iter().position(|l| l == p).unwrap_or_else(|| panic!("{lang:?} {size:?}: {p}\n{text}")))
                .collect();
            assert!(at[0] < at[1], "{text}");
        }
    }
}
