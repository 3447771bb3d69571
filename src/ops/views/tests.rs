//! Each view's figures from a worked ledger in memory.

use chrono::NaiveDate;

use super::*;
use crate::model::NewTxn;
use crate::money::Currency;
use crate::projection::Reach;
use crate::projection::rate;
use crate::relocation::cities::Home;
use crate::relocation::compare::Economy;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

fn month(s: &str) -> Month {
    s.parse().unwrap()
}

/// 10,000 opening salary in April; May to October: 5,000 salary, 800 rent and
/// food from the canteen, 2,500 a month to July (saving 1,700) and 1,700 from
/// August (saving 2,500). 22,600 saved in all; a goal of 37,500 by 2027-06.
fn household() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    let cat = |name: &str| store.categories(true).unwrap().into_iter().find(|c| c.name == name).unwrap().id;
    let acc = |name: &str| store.accounts(true).unwrap().into_iter().find(|a| a.name == name).unwrap().id;
    let (salary, rent, food, bank, wechat) =
        (cat("salary"), cat("rent"), cat("food"), acc("Bank card"), acc("WeChat Pay"));
    let txn = |date: &str, category_id, account_id, payee: &str, amount| NewTxn {
        date: date.parse().unwrap(),
        account_id,
        category_id,
        payee: payee.into(),
        note: String::new(),
        amount,
        tags: Default::default(),
    };
    let mut rows = vec![txn("2026-04-30", salary, bank, "opening", 1_000_000)];
    for m in 5..=10 {
        let food_spent = if m <= 7 { 250_000 } else { 170_000 };
        rows.push(txn(&format!("2026-{m:02}-10"), salary, bank, "厂", 500_000));
        rows.push(txn(&format!("2026-{m:02}-01"), rent, bank, "房东", -80_000));
        rows.push(txn(&format!("2026-{m:02}-15"), food, wechat, "食堂", -food_spent));
    }
    store
        .write(|tx| {
            for r in &rows {
                tx.add_txn(r)?;
            }
            tx.add_goal("Flat in Hegang", 3_750_000, Currency::CNY, Some(month("2027-06")), &[])?;
            tx.set_budget(food, month("2026-07"), 200_000, false)
        })
        .unwrap();
    store
}

fn ctx(baseline_months: usize) -> Ctx {
    Ctx { baseline_months, ..Ctx::new(today()) }
}

#[test]
fn month_summaries_cover_the_span_with_empty_months_at_zero() {
    let store = household();
    let rows = month_summaries(&store, &ctx(6), month("2026-09"), month("2026-11")).unwrap();
    let figures: Vec<_> = rows.iter().map(|r| (r.month, r.income, r.housing, r.spending, r.savings)).collect();
    assert_eq!(
        figures,
        [
            (month("2026-09"), 500_000, 80_000, 170_000, 250_000),
            (month("2026-10"), 500_000, 80_000, 170_000, 250_000),
            (month("2026-11"), 0, 0, 0, 0),
        ]
    );
    // Six months end with this one; all months start with the first transaction's.
    let six = span_summaries(&store, &ctx(6), Span::Six).unwrap();
    assert_eq!((six.len(), six[0].month), (6, month("2026-06")));
    let all = span_summaries(&store, &ctx(6), Span::All).unwrap();
    assert_eq!((all.len(), all[0].month, all[0].income), (8, month("2026-04"), 1_000_000));
    // In another currency this ledger has nothing.
    let usd = Ctx { currency: Currency::USD, ..ctx(6) };
    assert!(month_summaries(&store, &usd, month("2026-09"), month("2026-10")).unwrap().iter().all(|r| r.income == 0));
}

#[test]
fn the_ledger_header_follows_the_filter_within_the_month() {
    let store = household();
    let october = month("2026-10");
    let all = month_summary(&store, &ctx(6), &TxnFilter::default(), october).unwrap();
    assert_eq!((all.income, all.housing, all.spending, all.savings), (500_000, 80_000, 170_000, 250_000));
    // From the 5th on the rent (paid on the 1st) is left out: saving 3,300.
    let from_fifth = TxnFilter { from: Some("2026-10-05".parse().unwrap()), ..TxnFilter::default() };
    let s = month_summary(&store, &ctx(6), &from_fifth, october).unwrap();
    assert_eq!((s.income, s.housing, s.spending, s.savings), (500_000, 0, 170_000, 330_000));
    // A filter's range that starts in an earlier month is narrowed to the month.
    let since_may = TxnFilter { from: Some("2026-05-01".parse().unwrap()), ..TxnFilter::default() };
    assert_eq!(month_summary(&store, &ctx(6), &since_may, october).unwrap(), all);
}

#[test]
fn a_budget_month_has_its_lines_and_income() {
    let store = household();
    // July: 2,500 of food against 2,000: over by 500.
    let july = budget_month(&store, &ctx(6), month("2026-07")).unwrap();
    assert_eq!(july.income, 500_000);
    let l = &july.lines[0];
    assert_eq!((l.category.as_str(), l.limit, l.spent, l.remaining, l.over), ("food", 200_000, 250_000, -50_000, true));
    assert_eq!(over_budget(&store, &ctx(6), month("2026-07")).unwrap(), ["food"]);
    // October: 1,700 of 2,000, 300 left; nothing over.
    let october = budget_month(&store, &ctx(6), month("2026-10")).unwrap();
    assert_eq!((october.lines[0].spent, october.lines[0].remaining, october.lines[0].over), (170_000, 30_000, false));
    assert!(over_budget(&store, &ctx(6), month("2026-10")).unwrap().is_empty());
    // Before the first limit there are no lines, but the income is there.
    let june = budget_month(&store, &ctx(6), month("2026-06")).unwrap();
    assert_eq!((june.lines.len(), june.income), (0, 500_000));
}

#[test]
fn a_breakdown_has_shares_top_payees_and_what_is_over() {
    let store = household();
    let b = breakdown(&store, &ctx(6), month("2026-07")).unwrap();
    let share = |name: &str, amount, bp| crate::report::breakdown::Share {
        name: name.into(),
        amount,
        share: crate::report::Ratio::new(bp, 10_000),
    };
    assert_eq!(b.breakdown.spending, [share("food", 250_000, 10_000)]);
    assert_eq!(b.breakdown.housing, [share("rent", 80_000, 10_000)]);
    // Payees are spending only: the canteen, not the landlord or the factory.
    assert_eq!(b.breakdown.payees, [share("食堂", 250_000, 10_000)]);
    assert_eq!(b.over, ["food"]);
}

#[test]
fn plan_inputs_average_the_settings_baseline_months_in_its_currency() {
    let store = household();
    // Three months (August to October): 5,000 in, 800 rent, 1,700 spent.
    let three = plan_inputs(&store, &ctx(3), Average::Mean).unwrap();
    let b = three.baseline.unwrap();
    assert_eq!((b.income, b.housing, b.spending, b.months), (500_000, 80_000, 170_000, 3));
    assert_eq!((three.months, three.balance), (Some((month("2026-08"), month("2026-10"))), 2_260_000));
    // Six months (May to October): spending (3 × 2,500 + 3 × 1,700) ÷ 6 = 2,100.
    let six = plan_inputs(&store, &ctx(6), Average::Mean).unwrap();
    assert_eq!((six.baseline.unwrap().spending, six.months.unwrap().0), (210_000, month("2026-05")));
    // In dollars: the same months, with nothing in them and nothing held.
    let usd = plan_inputs(&store, &Ctx { currency: Currency::USD, ..ctx(6) }, Average::Mean).unwrap();
    let zero = Baseline { income: 0, housing: 0, spending: 0, months: 6 };
    assert_eq!((usd.baseline, usd.months, usd.balance), (Some(zero), six.months, 0));
    // The Plan tab's reading: those inputs and each goal with what it holds.
    let p = plan(&store, &ctx(3)).unwrap();
    assert_eq!(p.inputs, three);
    assert_eq!((p.goals.len(), p.goals[0].0.name.as_str(), p.goals[0].1), (1, "Flat in Hegang", 2_260_000));
}

#[test]
fn goal_dates_follow_the_settings_baseline() {
    let store = household();
    // 37,500 − 22,600 = 14,900 to go. Over three months the saving is 2,500:
    // 6 months → 2027-05. Over six it is 2,100: 7.1 → 8 months → 2027-07.
    let three = goal_statuses(&store, &ctx(3)).unwrap();
    let (g, s) = &three[0];
    assert_eq!((g.name.as_str(), s.saved, s.remaining), ("Flat in Hegang", 2_260_000, 1_490_000));
    assert_eq!((s.reach, s.projected), (Reach::In(6), Some(month("2027-05"))));
    // By 2027-06, 7 months away: 14,900 ÷ 7 = 2,128.571… → 2,128.58 a month.
    assert_eq!(s.needed_monthly, Some(212_858));
    let six = goal_statuses(&store, &ctx(6)).unwrap();
    assert_eq!((six[0].1.reach, six[0].1.projected), (Reach::In(8), Some(month("2027-07"))));
    // Without a complete month nothing is saved each month: no date.
    let empty = Store::open_in_memory().unwrap();
    assert!(goal_statuses(&empty, &ctx(6)).unwrap().is_empty());
    let usd = goal_statuses(&store, &Ctx { currency: Currency::USD, ..ctx(6) }).unwrap();
    assert_eq!((usd[0].1.saved, usd[0].1.reach), (2_260_000, Reach::NotReachable));
}

#[test]
fn move_figures_compare_staying_from_the_ledger() {
    let store = household();
    let f = move_figures(&store, &ctx(6), 120, &place()).unwrap();
    // Staying is the mean of the last six months: 5,000 in, 800 rent, 2,100 living.
    let stay = f.stay.unwrap();
    assert_eq!((stay.income, stay.living), (500_000, 210_000));
    let outcomes = f.outcomes.unwrap().unwrap();
    assert_eq!((outcomes.len(), outcomes[0].name.as_str(), outcomes[0].savings), (1, "Stay", 210_000));
    assert_eq!(f.goals, [("Flat in Hegang".to_owned(), 3_750_000)]);
    assert!(f.scenarios.is_empty());
    // Food is the first group of the cities' cost indices.
    assert_eq!(f.living.by_group, [210_000, 0, 0, 0]);
    // Staying says which months it averages: May to October.
    assert_eq!(f.baseline, Some((month("2026-05"), month("2026-10"))));
    // A new ledger has no staying to compare with.
    let empty = move_figures(&Store::open_in_memory().unwrap(), &ctx(6), 120, &place()).unwrap();
    assert_eq!((empty.outcomes, empty.stay, empty.living.by_group), (None, None, [0; 4]));
}

#[test]
fn staying_follows_the_baseline_months_like_the_plan() {
    let store = household();
    // Three months (August to October): 5,000 in, 800 rent, 1,700 food.
    let three = stay(&store, &ctx(3)).unwrap().unwrap();
    assert_eq!((three.income, three.living, rent(&three.housing)), (500_000, 170_000, 80_000));
    assert_eq!(spending_by_group(&store, &ctx(3)).unwrap(), [170_000, 0, 0, 0]);
    // Six (May to October): food (3 × 2,500 + 3 × 1,700) ÷ 6 = 2,100.
    let six = stay(&store, &ctx(6)).unwrap().unwrap();
    assert_eq!((six.income, six.living), (500_000, 210_000));
    assert_eq!(spending_by_group(&store, &ctx(6)).unwrap(), [210_000, 0, 0, 0]);
    // The Plan tab's baseline over the same months says the same.
    let plan = plan(&store, &ctx(3)).unwrap().inputs.baseline.unwrap();
    assert_eq!((plan.income, plan.housing, plan.spending), (three.income, 80_000, three.living));
    // The Move tab compares from it, and so does `relocate compare`.
    let figures = move_figures(&store, &ctx(3), 12, &place()).unwrap();
    assert_eq!(figures.stay, Some(three));
    assert_eq!(figures.living.by_group, [170_000, 0, 0, 0]);
    assert_eq!(figures.baseline, Some((month("2026-08"), month("2026-10"))));
}

static NOWHERE: Home = Home::Unset;

fn place() -> Place<'static> {
    Place { cities: &[], home: &NOWHERE, economy: Economy::default(), pay: Default::default() }
}

/// Staying on the Move tab is the Plan tab's projection: the same baseline
/// months, and at the same return and inflation the same cash month by
/// month, nominal and in today's money.
#[test]
fn staying_on_the_move_tab_is_the_plan_tabs_projection() {
    let store = household();
    for months in [3, 6] {
        let tweaks = Tweaks { return_bp: 500, inflation_bp: 300, ..Tweaks::default() };
        let economy = Economy { annual_return: rate::from_bp(500), inflation: rate::from_bp(300) };
        let p = plan(&store, &ctx(months)).unwrap();
        let a = tweaks.apply(&p.inputs.baseline.unwrap(), p.inputs.balance, 120);
        let projected = crate::projection::project(&a);
        let f = move_figures(&store, &ctx(months), 120, &Place { economy, ..place() }).unwrap();
        assert_eq!(f.baseline, p.inputs.months, "one baseline");
        let stay = &f.outcomes.unwrap().unwrap()[0];
        assert_eq!(stay.cash[0], p.inputs.balance);
        for (m, point) in projected.iter().enumerate() {
            assert_eq!((stay.cash[m + 1], stay.cash_today[m + 1]), (point.balance, point.balance_today), "month {m}");
        }
        // Inflation makes today's money smaller ten years out.
        assert!(stay.cash_today[120] < stay.cash[120]);
    }
}

#[test]
fn without_a_complete_month_there_is_no_staying() {
    let store = Store::open_in_memory().unwrap();
    assert_eq!(stay(&store, &ctx(6)).unwrap(), None);
    assert_eq!(spending_by_group(&store, &ctx(6)).unwrap(), [0; 4]);
    assert_eq!(move_figures(&store, &ctx(6), 12, &place()).unwrap().outcomes, None);
}

/// A newcomer's first week: three days of November's spending logged on the
/// first day, December's salary and rent, today the 4th of December. November
/// is over on the calendar but the ledger did not cover it (no income came in
/// there), so there is no baseline yet, rather than a household on a salary
/// "saving −174 a month".
#[test]
fn months_before_the_ledger_first_income_are_not_a_baseline() {
    let mut store = Store::open_in_memory().unwrap();
    let cat = |name: &str| store.categories(true).unwrap().into_iter().find(|c| c.name == name).unwrap().id;
    let (salary, rent, food) = (cat("salary"), cat("rent"), cat("food"));
    let bank = store.accounts(true).unwrap()[0].id;
    let txn = |date: &str, category_id, amount| NewTxn {
        date: date.parse().unwrap(),
        account_id: bank,
        category_id,
        payee: String::new(),
        note: String::new(),
        amount,
        tags: Default::default(),
    };
    let rows = [
        txn("2026-11-28", food, -5_800),
        txn("2026-11-30", food, -11_600),
        txn("2026-12-01", salary, 500_000),
        txn("2026-12-01", rent, -120_000),
    ];
    store.write(|tx| rows.iter().try_for_each(|r| tx.add_txn(r).map(|_| ()))).unwrap();
    let dec4 = Ctx { baseline_months: 3, ..Ctx::new(NaiveDate::from_ymd_opt(2026, 12, 4).unwrap()) };
    let inputs = plan_inputs(&store, &dec4, Average::Mean).unwrap();
    assert_eq!((inputs.baseline, inputs.months), (None, None));
    assert!(stay(&store, &dec4).unwrap().is_none());
    // Once December is over it is the first month of the baseline.
    let jan = Ctx { baseline_months: 3, ..Ctx::new(NaiveDate::from_ymd_opt(2027, 1, 2).unwrap()) };
    let inputs = plan_inputs(&store, &jan, Average::Mean).unwrap();
    assert_eq!(inputs.months, Some((month("2026-12"), month("2026-12"))));
    assert_eq!(inputs.baseline.unwrap().income, 500_000);
    // A ledger of spending alone begins with its first row, as before.
    let mut store = store;
    store.write(|tx| tx.delete_txn(3).map(|_| ())).unwrap();
    let inputs = plan_inputs(&store, &dec4, Average::Mean).unwrap();
    assert_eq!(inputs.months, Some((month("2026-11"), month("2026-11"))));
}

/// Only the ledger's beginning is skipped: a month without income inside
/// the ledger (between jobs) stays in the baseline.
#[test]
fn a_month_without_income_after_the_first_income_still_counts() {
    let mut store = household();
    // Rows go in April's opening, then salary, rent and food for each month:
    // June's salary is the fifth.
    assert_eq!(store.txn(5).unwrap().date.to_string(), "2026-06-10");
    store.write(|tx| tx.delete_txn(5).map(|_| ())).unwrap();
    let six = plan_inputs(&store, &ctx(6), Average::Mean).unwrap();
    assert_eq!(six.months, Some((month("2026-05"), month("2026-10"))));
}

/// What a rent (or staying's housing) costs a month.
fn rent(h: &Housing) -> i64 {
    match *h {
        Housing::Rent { monthly, .. } | Housing::Current { monthly } => monthly,
        _ => panic!("not a rent: {h:?}"),
    }
}

/// A flat bought in Hegang, against the city's figures of 2026: the price in
/// years of the city's wage and the city's own 90 m² ratio; a rent the city's
/// model gave and living costs it scales are marked as modelled.
#[test]
fn a_scenario_in_a_reference_city_gets_its_ratios_and_marks() {
    use crate::relocation::cities::shipped;
    use crate::relocation::scenario::{DEED_TAX_BP, Housing};
    let mut store = household();
    let stay = stay(&store, &ctx(6)).unwrap().unwrap();
    let flat =
        Housing::Outright { price_per_m2: 227_400, area_m2: 50, deed_tax_bp: DEED_TAX_BP, fees: 0, monthly_fees: 0 };
    let buy = Scenario { name: "Buy".into(), city: "鹤岗".into(), housing: flat, ..stay.clone() };
    let rent = Housing::Rent { monthly: 23_700, deposit_months: 0, agent_fee: 0 };
    let rents =
        Scenario { name: "Rent".into(), city: "鹤岗".into(), housing: rent, scaled_living: true, ..stay.clone() };
    store.write(|tx| tx.add_scenario(&buy)).unwrap();
    store.write(|tx| tx.add_scenario(&rents)).unwrap();
    let cities = shipped();
    let f = move_figures(&store, &ctx(6), 120, &Place { cities: &cities, ..place() }).unwrap();
    let out = f.outcomes.unwrap().unwrap();
    let (b, r) = (&out[1], &out[2]);
    // 113,700 ÷ 73,858.08 (Hegang's 2020 wage carried to 2026: 12 × 6,154.84) = 1.54 years;
    // 90 m² × 2,274 = 204,660 ÷ 73,858.08 = 2.77.
    assert_eq!((b.price, b.city_wage_years, b.city_ratio), (Some(11_370_000), Some(154), Some(277)));
    // 113,700 ÷ (12 × 5,000) = 1.90 years of the household's own income.
    assert_eq!(b.price_years, Some(190));
    assert_eq!(b.modelled, crate::relocation::compare::Modelled::default());
    assert_eq!(r.modelled, crate::relocation::compare::Modelled { rent: true, living: true, income: false });
    // Living costs that follow the city: food 2,100 × 92 ÷ 100 (no home city said).
    assert_eq!(r.living, 193_200);
}

/// A scenario living on Hegang's wage lives on what it takes home, under
/// the household's own pay settings (the Move tab and `relocate compare`).
#[test]
fn a_citys_wage_is_taken_home() {
    use crate::relocation::cities::shipped;
    use crate::relocation::scenario::IncomeFrom;
    let mut store = household();
    let stay = stay(&store, &ctx(6)).unwrap().unwrap();
    let wage =
        Scenario { name: "Wage".into(), city: "鹤岗".into(), income_from: IncomeFrom::CityWage, ..stay.clone() };
    store.write(|tx| tx.add_scenario(&wage)).unwrap();
    let cities = shipped();
    let f = move_figures(&store, &ctx(6), 120, &Place { cities: &cities, ..place() }).unwrap();
    let out = f.outcomes.unwrap().unwrap();
    // 6,154.84 gross in 2026; 5,075.41 in hand at the default rates.
    assert_eq!((out[1].income, out[1].modelled.income), (507_541, true));
    // Without a housing fund: 6,154.84 − 646.26 = 5,508.58, 508.58 taxable at 3 %: 15.26.
    let pay = crate::salary::Pay {
        rates: crate::salary::Rates { housing_fund: rust_decimal::Decimal::ZERO, ..Default::default() },
        ..Default::default()
    };
    let f = move_figures(&store, &ctx(6), 120, &Place { cities: &cities, pay, ..place() }).unwrap();
    assert_eq!(f.outcomes.unwrap().unwrap()[1].income, 549_332);
}

/// Safe to spend from the ledger on 2 December: a 5,000 salary rule due
/// on the 10th, a 600 rent rule on the 5th, a 100 phone rule on the 20th
/// and a food rule on the 25th (food has a budget: its rule is the
/// budget's to cover), a 50 % goal, 30 spent on food today against a
/// 200 food budget. By hand: kept 2,500; housing 600; phone 100; spent
/// 30; food's budget still holds 170; left 5,000 − 2,500 − 600 − 100 −
/// 30 − 170 = 1,600; with today's 30 put back, 1,630 ÷ 30 days = 54.33 a
/// day, 24.33 still today; heading for (5,000 − 600 − 100 − 30) ÷ 5,000 = 85.4 %.
#[test]
fn safe_to_spend_counts_what_the_rules_still_expect() {
    use crate::recurring::{Every, NewRule, Schedule};
    let mut store = Store::open_in_memory().unwrap();
    let cat = |name: &str| store.categories(true).unwrap().into_iter().find(|c| c.name == name).unwrap().id;
    let (salary, rent, food, phone) = (cat("salary"), cat("rent"), cat("food"), cat("phone and internet"));
    let bank = store.accounts(true).unwrap()[0].id;
    let day = |d: u32| NaiveDate::from_ymd_opt(2026, 12, d).unwrap();
    let rule = |name: &str, category_id, amount, d| NewRule {
        name: name.into(),
        account_id: bank,
        category_id,
        amount,
        payee: String::new(),
        note: String::new(),
        schedule: Schedule { every: Every::Month, interval: 1, day: d, start: day(d), end: None, count: None },
        step_up: None,
    };
    store
        .write(|tx| {
            tx.add_recurring(&rule("salary", salary, 500_000, 10))?;
            tx.add_recurring(&rule("rent", rent, -60_000, 5))?;
            tx.add_recurring(&rule("phone", phone, -10_000, 20))?;
            tx.add_recurring(&rule("groceries", food, -5_000, 25))?;
            tx.set_budget(food, month("2026-12"), 20_000, false)?;
            let lunch = NewTxn {
                date: day(2),
                account_id: bank,
                category_id: food,
                payee: "食堂".into(),
                note: String::new(),
                amount: -3_000,
                tags: Default::default(),
            };
            tx.add_txn(&lunch).map(|_| ())
        })
        .unwrap();
    let s = safe_to_spend(&store, &Ctx::new(day(2)), rate::from_bp(5_000)).unwrap().unwrap();
    assert_eq!((s.kept, s.left, s.per_day, s.today, s.days_left), (250_000, 160_000, 5_433, 2_433, 30));
    assert_eq!(s.expected_rate.map(|r| r.percent()), Some("85.4%".to_owned()));
    // On payday, posted: the salary counts as income, no longer expected.
    store.post_due(day(10), |_| String::new()).unwrap();
    let s = safe_to_spend(&store, &Ctx::new(day(10)), rate::from_bp(5_000)).unwrap().unwrap();
    assert_eq!(s.expected_rate, None);
    assert_eq!(s.left, 160_000);
}
