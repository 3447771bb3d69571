//! Worked examples from the issue, edge cases, and properties.

use proptest::prelude::*;

use super::*;
use crate::model::Month;

/// A fraction written out: `d("0.05")` is 5 %, exactly.
fn d(fraction: &str) -> Decimal {
    fraction.parse().unwrap()
}

/// Saving `monthly` yuan (as income, nothing spent) at `annual_return`.
fn saving(monthly_yuan: i64, annual_return: &str, months: u32) -> Assumptions {
    Assumptions {
        start: 0,
        income: monthly_yuan * 100,
        housing: 0,
        spending: 0,
        income_growth: Decimal::ZERO,
        inflation: Decimal::ZERO,
        annual_return: d(annual_return),
        months,
    }
}

fn final_balance(a: &Assumptions) -> i64 {
    project(a).last().unwrap().balance
}

#[test]
fn twenty_five_hundred_a_month() {
    // 2,500 a month at 0 %: 12 months → 30,000.00.
    assert_eq!(final_balance(&saving(2_500, "0.0", 12)), 3_000_000);
    // A 37,500 target (a 50 m² flat at 750 ¥/m²) → 15 months.
    assert_eq!(months_to_target(&saving(2_500, "0.0", 12), 3_750_000), Reach::In(15));
    // Ten years: 300,000.00 at 0 %, 331,799.15 at 2 %, 388,205.70 at 5 %.
    assert_eq!(final_balance(&saving(2_500, "0.0", 120)), 30_000_000);
    assert_eq!(final_balance(&saving(2_500, "0.02", 120)), 33_179_915);
    assert_eq!(final_balance(&saving(2_500, "0.05", 120)), 38_820_570);
}

#[test]
fn one_thousand_a_month_at_twelve_percent() {
    // 1,000 × ((1.01¹² − 1) ÷ 0.01) = 12,682.503… → 12,682.50.
    let p = project(&saving(1_000, "0.12", 12));
    let last = p.last().unwrap();
    assert_eq!(last.balance, 1_268_250);
    // Contributions and returns add up to the balance exactly.
    assert_eq!((last.contributed, last.returns), (1_200_000, 68_250));
    // The first month earns nothing (the contribution arrives at its end); the second 1 % of 1,000.
    assert_eq!((p[0].balance, p[1].balance), (100_000, 201_000));
}

#[test]
fn years_to_financial_independence() {
    // From nothing, 5 % real return, 4 % withdrawal.
    let years = |s| (years_to_fi(s, 0.05, 0.04, 0.0).unwrap() * 10.0).round() / 10.0;
    assert_eq!(years(0.50), 16.6);
    assert_eq!(years(0.10), 51.4);
    assert_eq!(years(0.25), 31.9);
    assert_eq!(years(0.75), 7.1);
    // Saving nothing never gets there; saving everything is there already.
    assert_eq!(years_to_fi(0.0, 0.05, 0.04, 0.0), None);
    assert_eq!(years_to_fi(1.0, 0.05, 0.04, 0.0), Some(0.0));
    // A real return of −100 % or worse loses everything each year: never (it said −0.0 years).
    assert_eq!(years_to_fi(0.5, -1.0, 0.04, 0.0), None);
    assert_eq!(years_to_fi(0.5, -1.0, 0.04, 100.0), Some(0.0));
    // A head start of 25 years' spending is independence today.
    assert_eq!(years_to_fi(0.5, 0.05, 0.04, 12.5), Some(0.0));
    // A negative real return (2 % inflation, nothing earned) still gets a
    // big saver there: 60 % saved, goal 10 years of income, levelling off at
    // 0.6/0.0196 = 30.6: n = ln((10 − 30.6)/(0 − 30.6)) / ln(0.98039) = 19.98 years.
    let real = 1.0 / 1.02 - 1.0;
    assert_eq!((years_to_fi(0.6, real, 0.04, 0.0).unwrap() * 10.0).round() / 10.0, 20.0);
    // A small saver levels off below the goal: never.
    assert_eq!(years_to_fi(0.1, real, 0.04, 0.0), None);
    // At 0 % real return it is plain saving: (0.5/0.04) ÷ 0.5 = 25 years.
    assert_eq!(years_to_fi(0.5, 0.0, 0.04, 0.0), Some(25.0));
}

#[test]
fn inflation_in_todays_money() {
    // 300,000 in 10 years at 2 % inflation is worth 246,104.49 today.
    assert_eq!(todays_money(30_000_000, d("0.02"), 120), 24_610_449);
    let mut a = saving(2_500, "0.0", 120);
    a.inflation = d("0.02");
    // Spending is 0 here, so inflation only changes the today's-money column.
    let last = *project(&a).last().unwrap();
    assert_eq!((last.balance, last.balance_today), (30_000_000, 24_610_449));
}

#[test]
fn monthly_saving_needed_for_a_target() {
    // 37,500 in 15 months at 0 %: exactly 2,500.
    assert_eq!(monthly_needed(0, 3_750_000, 15, d("0.0")), Some(250_000));
    // 12,682.50 in 12 months at 12 % needs 1,000 (the float may not land a fen short).
    assert_eq!(monthly_needed(0, 1_268_250, 12, d("0.12")), Some(100_000));
    // Already there, or there by returns alone: nothing more needed.
    assert_eq!(monthly_needed(5_000_000, 3_750_000, 12, d("0.0")), Some(0));
    assert_eq!(monthly_needed(0, 100, 0, d("0.0")), None);
}

#[test]
fn edge_cases_answer_instead_of_panicking() {
    let mut a = saving(2_500, "0.0", 12);
    a.spending = 300_000; // spends more than comes in
    assert_eq!(months_to_target(&a, 3_750_000), Reach::NotReachable);
    a.start = 4_000_000;
    assert_eq!(months_to_target(&a, 3_750_000), Reach::Already);
    // Overspending draws the balance down, and the rate is negative.
    let p = project(&a);
    assert_eq!((p[0].savings, p[0].rate.map(Ratio::bp), p[0].balance), (-50_000, Some(-2000), 3_950_000));
    // No income at all: no rate, not 0 %.
    let none = Assumptions { income: 0, spending: 10_000, ..saving(0, "0.0", 1) };
    assert_eq!(project(&none)[0].rate, None);
    // Absurd figures saturate rather than wrap.
    let huge = Assumptions { start: i64::MAX, ..saving(1, "0.5", 24) };
    assert!(project(&huge).iter().all(|p| p.balance == i64::MAX));
}

#[test]
fn raises_and_price_rises_come_once_a_year() {
    let a = Assumptions {
        start: 0,
        income: 500_000,
        housing: 80_000,
        spending: 170_000,
        income_growth: d("0.05"),
        inflation: d("0.02"),
        annual_return: d("0.0"),
        months: 13,
    };
    let p = project(&a);
    assert_eq!((p[11].income, p[11].housing, p[11].spending, p[11].savings), (500_000, 80_000, 170_000, 250_000));
    // Month 13: income 5,250.00, housing 816.00, spending 1,734.00 → saving 2,700.00.
    assert_eq!((p[12].income, p[12].housing, p[12].spending, p[12].savings), (525_000, 81_600, 173_400, 270_000));
    assert_eq!(p[12].rate.map(Ratio::bp), Some(5143));
}

#[test]
fn baselines_from_history() {
    let m = |s: &str, income, housing, spending| MonthSummary {
        month: s.parse::<Month>().unwrap(),
        income,
        housing,
        spending,
        savings: income - housing - spending,
    };
    let months = [
        m("2026-06", 500_000, 80_000, 150_000),
        m("2026-07", 500_000, 80_000, 170_000),
        m("2026-08", 526_250, 80_000, 131_500),
        m("2026-09", 500_000, 80_000, 400_000),
    ];
    let mean = baseline(&months, Average::Mean).unwrap();
    // (5,000 × 3 + 5,262.50) ÷ 4 = 5,065.625 → 5,065.63; spending 8,515 ÷ 4 = 2,128.75.
    assert_eq!((mean.income, mean.housing, mean.spending, mean.months), (506_563, 80_000, 212_875, 4));
    let median = baseline(&months, Average::Median).unwrap();
    // Median of four: the mean of the middle two. Spending (1,500 + 1,700) ÷ 2 = 1,600.
    assert_eq!((median.income, median.spending), (500_000, 160_000));
    assert_eq!(baseline(&[], Average::Mean), None);
}

/// A rate from `lo` to `hi` basis points, exactly.
fn bp(lo: i64, hi: i64) -> impl Strategy<Value = Decimal> {
    (lo..hi).prop_map(rate::from_bp)
}

proptest! {
    #![proptest_config(crate::proptest_config(256))]

    /// Saving more never reaches a goal later.
    #[test]
    fn saving_more_never_reaches_later(
        monthly in 1i64..1_000_000, extra in 0i64..1_000_000, target in 1i64..100_000_000,
        ret in bp(0, 1_000), start in 0i64..10_000_000,
    ) {
        let a = Assumptions { start, annual_return: ret, ..saving(0, "0", 12) };
        let a = Assumptions { income: monthly, ..a };
        let b = Assumptions { income: monthly + extra, ..a };
        let months = |r: Reach| match r { Reach::Already => 0, Reach::In(n) => n, Reach::NotReachable => u32::MAX };
        prop_assert!(months(months_to_target(&b, target)) <= months(months_to_target(&a, target)));
    }

    /// At 0 % return the projection is the plain sum, and returns are zero.
    #[test]
    fn zero_return_is_the_plain_sum(
        start in -10_000_000i64..10_000_000, income in 0i64..2_000_000, housing in 0i64..500_000,
        spending in 0i64..2_000_000, months in 1u32..240,
    ) {
        let zero = Decimal::ZERO;
        let a = Assumptions { start, income, housing, spending, income_growth: zero, inflation: zero, annual_return: zero, months };
        let last = *project(&a).last().unwrap();
        prop_assert_eq!(last.balance, start + (income - housing - spending) * months as i64);
        prop_assert_eq!(last.returns, 0);
    }

    /// Whatever the rates, the parts add up: start + contributions + returns = balance.
    #[test]
    fn parts_add_up(
        start in 0i64..10_000_000, income in 0i64..2_000_000, spending in 0i64..2_000_000,
        growth in bp(-500, 1_000), infl in bp(0, 1_000), ret in bp(-500, 1_500), months in 1u32..360,
    ) {
        let a = Assumptions { start, income, housing: 0, spending, income_growth: growth, inflation: infl, annual_return: ret, months };
        for p in project(&a) {
            prop_assert_eq!(start + p.contributed + p.returns, p.balance);
        }
    }

    /// The saving that `monthly_needed` names does reach the target in time, and a fen less per month does not.
    #[test]
    fn monthly_needed_is_just_enough(target in 1i64..100_000_000, months in 1u32..240, ret in bp(0, 1_000)) {
        let pmt = monthly_needed(0, target, months, ret).unwrap();
        let reach = |pmt: i64| final_balance(&Assumptions { income: pmt, annual_return: ret, ..saving(0, "0", months) });
        prop_assert!(reach(pmt) >= target);
        prop_assert!(pmt == 0 || reach(pmt - 1) < target);
    }
}

/// Exact rationals, written apart from the engine: the reference the
/// projection is checked against.
mod exact {
    use num_bigint::BigInt;
    use num_rational::BigRational;
    use num_traits::{One, Signed, ToPrimitive};
    use rust_decimal::Decimal;

    pub type Q = BigRational;

    pub fn int(x: i64) -> Q {
        Q::from_integer(BigInt::from(x))
    }

    pub fn rate(r: Decimal) -> Q {
        Q::new(BigInt::from(r.mantissa()), BigInt::from(10).pow(r.scale()))
    }

    /// `num ÷ den` rounded half away from zero (`den` > 0), in integers.
    fn div(num: &BigInt, den: &BigInt) -> i64 {
        let q = (BigInt::from(2) * num.abs() + den) / (BigInt::from(2) * den);
        (if num.is_negative() { -q } else { q }).to_i64().unwrap()
    }

    /// The documented model month by month in exact integers (the balance is
    /// `N ÷ Dᵐ` with `D = 12·10ˢ`): the stepped figures, the balance and, at
    /// each whole year, today's money (a rational there).
    pub fn project(a: &super::Assumptions) -> Vec<([i64; 5], Option<i64>)> {
        let ten = |s: u32| BigInt::from(10).pow(s);
        // base·(1 + g)^y = base·(10ˢ + m)^y ÷ 10^(s·y)
        let step = |base: i64, g: Decimal, m: u32| {
            let y = (m - 1) / 12;
            div(&(BigInt::from(base) * (ten(g.scale()) + BigInt::from(g.mantissa())).pow(y)), &ten(g.scale() * y))
        };
        let (r, i) = (a.annual_return, a.inflation);
        let den = BigInt::from(12) * ten(r.scale());
        let grow = &den + BigInt::from(r.mantissa());
        let (mut n, mut dm) = (BigInt::from(a.start), BigInt::one());
        (1..=a.months)
            .map(|m| {
                let (inc, hou, spe) =
                    (step(a.income, a.income_growth, m), step(a.housing, i, m), step(a.spending, i, m));
                dm *= &den;
                n = &n * &grow + BigInt::from(inc - hou - spe) * &dm;
                let today = (m % 12 == 0).then(|| {
                    let y = m / 12;
                    div(&(&n * ten(i.scale() * y)), &(&dm * (ten(i.scale()) + BigInt::from(i.mantissa())).pow(y)))
                });
                ([inc, hou, spe, inc - hou - spe, div(&n, &dm)], today)
            })
            .collect()
    }
}

proptest! {
    #![proptest_config(crate::proptest_config(64))]

    /// Every stepped figure, every balance and today's money at each whole
    /// year are the exact rational model's, rounded once.
    #[test]
    fn projection_matches_exact_rationals(
        start in -1_000_000i64..100_000_000, income in 0i64..5_000_000, housing in 0i64..1_000_000,
        spending in 0i64..3_000_000, growth in bp(-500, 1_500), infl in bp(-200, 1_000),
        ret in prop_oneof![bp(-500, 1_500), (-40i64..120).prop_map(|k| rate::from_bp(12 * k))],
        months in 1u32..=240,
    ) {
        let a = Assumptions { start, income, housing, spending, income_growth: growth, inflation: infl, annual_return: ret, months };
        for (p, (want, today)) in project(&a).iter().zip(exact::project(&a)) {
            prop_assert_eq!([p.income, p.housing, p.spending, p.savings, p.balance], want, "month {}", p.index);
            if let Some(t) = today {
                prop_assert_eq!(p.balance_today, t, "month {}", p.index);
            }
        }
    }

    /// Today's money divides the unrounded balance: it is within half a fen
    /// (and a hair) of the exact balance deflated, in every month.
    #[test]
    fn todays_money_is_rounded_once(
        monthly in 1i64..2_000_000, ret in bp(0, 1_500), infl in bp(0, 1_000), months in 1u32..=120,
    ) {
        let a = Assumptions { income: monthly, annual_return: ret, inflation: infl, ..saving(0, "0", months) };
        let r = exact::rate(ret) / exact::int(12);
        let mut b = exact::int(0);
        let level = (1.0 + infl.to_f64().unwrap()).powf(1.0 / 12.0);
        for p in project(&a) {
            b = &b * (exact::int(1) + &r) + exact::int(monthly);
            let deflated = b.to_f64().unwrap() / level.powi(p.index as i32);
            prop_assert!((p.balance_today as f64 - deflated).abs() <= 0.5 + 1e-6 * deflated.abs().max(1.0) / 1e3, "month {}: {} vs {}", p.index, p.balance_today, deflated);
        }
    }
}

// --- Issue 19: each figure rounded once, a half fen up ---

#[test]
fn a_raise_to_half_a_fen_rounds_up() {
    // 5,033 × 1.015 = 5,108.495 exactly: 5,108.50 in month 13 (floats said 5,108.49).
    let a = Assumptions { income: 503_300, income_growth: d("0.015"), ..saving(0, "0", 13) };
    let p = project(&a);
    assert_eq!((p[11].income, p[12].income), (503_300, 510_850));
    // A price rise the same way, and a fall away from zero too.
    let a = Assumptions { spending: 503_300, inflation: d("0.015"), ..saving(0, "0", 13) };
    assert_eq!(project(&a)[12].spending, 510_850);
    let a = Assumptions { income: 503_300, income_growth: d("-0.015"), ..saving(0, "0", 25) };
    // 5,033 × 0.985 = 4,957.505 → 4,957.51; × 0.985² = 4,883.142425 → 4,883.14.
    assert_eq!((project(&a)[12].income, project(&a)[24].income), (495_751, 488_314));
}

#[test]
fn todays_money_divides_the_unrounded_balance() {
    // 2,500 a month at 5 % with 2 % inflation. After 12 months the balance is
    // 30,697.1387… → 30,697.14; in today's money 30,697.1387… ÷ 1.02 =
    // 30,095.2340… → 30,095.23. Dividing the rounded balance gave 30,095.24.
    let a = Assumptions { inflation: d("0.02"), ..saving(2_500, "0.05", 120) };
    let p = project(&a);
    assert_eq!((p[11].balance, p[11].balance_today), (3_069_714, 3_009_523));
    // Ten years: 388,205.70, in today's money 318,463.88 (not .89).
    assert_eq!((p[119].balance, p[119].balance_today), (38_820_570, 31_846_388));
}

#[test]
fn a_flat_in_hegang() {
    // 37,500 for a 50 m² flat at 750 ¥/m²; 7,500 saved; 2,500 a month at 0 %.
    let now: Month = "2026-11".parse().unwrap();
    let a = saving(2_500, "0.0", 12);
    let s = goal_status(3_750_000, 750_000, &a, now, Some("2027-06".parse().unwrap()));
    assert_eq!((s.saved, s.remaining, s.progress.bp()), (750_000, 3_000_000, 2000));
    // 30,000 to go at 2,500 a month: 12 months → 2027-11.
    assert_eq!(s.reach, Reach::In(12));
    assert_eq!(s.projected.unwrap().to_string(), "2027-11");
    // By 2027-06 (7 months): 30,000 ÷ 7 = 4,285.714… → 4,285.72 a month.
    assert_eq!(s.needed_monthly, Some(428_572));
    // Already saved more than the target: done, 100 %, nothing needed.
    let done = goal_status(3_750_000, 4_000_000, &a, now, Some("2027-06".parse().unwrap()));
    assert_eq!(
        (done.reach, done.progress.bp(), done.remaining, done.needed_monthly),
        (Reach::Already, 10_000, 0, Some(0))
    );
    // Due this month: the whole remainder is needed now.
    let now_due = goal_status(3_750_000, 750_000, &a, now, Some(now));
    assert_eq!(now_due.needed_monthly, Some(3_000_000));
    // A date in the past needs nothing it can still do.
    let late = goal_status(3_750_000, 0, &a, now, Some("2026-01".parse().unwrap()));
    assert_eq!(late.needed_monthly, None);
}

/// The Plan tab's household: 5,000 in, 800 rent, 1,700 spent a month.
fn household() -> Baseline {
    Baseline { income: 500_000, housing: 80_000, spending: 170_000, months: 6 }
}

#[test]
fn saving_and_its_rate() {
    let a = Tweaks::default().apply(&household(), 0, 12);
    // 5,000 − 800 − 1,700 = 2,500, half of income.
    assert_eq!((a.saving(), a.rate().map(Ratio::bp)), (250_000, Some(5_000)));
    // Overspending is negative; without income there is no rate.
    let over = Assumptions { spending: 500_000, ..a };
    assert_eq!((over.saving(), over.rate().map(Ratio::bp)), (-80_000, Some(-1_600)));
    assert_eq!(Assumptions { income: 0, ..a }.rate(), None);
}

#[test]
fn what_if_changes_apply_to_the_baseline() {
    let b = household();
    // No change: the baseline as it is, at no return and no inflation.
    let plain = Tweaks::default().apply(&b, 2_500_000, 60);
    let expected = Assumptions {
        start: 2_500_000,
        income: 500_000,
        housing: 80_000,
        spending: 170_000,
        income_growth: d("0.0"),
        inflation: d("0.0"),
        annual_return: d("0.0"),
        months: 60,
    };
    assert_eq!(plain, expected);
    let with = |t: Tweaks| t.apply(&b, 2_500_000, 60);
    // Savings rate +5 points: 5 % of 5,000 = 250 off spending → 1,450 (saving 2,750, 55 %).
    let rate = with(Tweaks { rate_points: 5, ..Tweaks::default() });
    assert_eq!((rate.spending, rate.rate().map(Ratio::bp)), (145_000, Some(5_500)));
    // Income +5 % → 5,250 (saving 2,750, 52.4 %); spending −5 % → 1,615.
    let income = with(Tweaks { income_pct: 5, ..Tweaks::default() });
    assert_eq!((income.income, income.rate().map(Ratio::bp)), (525_000, Some(5_238)));
    assert_eq!(with(Tweaks { spending_pct: -5, ..Tweaks::default() }).spending, 161_500);
    // Return 1.00 %, inflation 2.00 %, in basis points.
    let rates = with(Tweaks { return_bp: 100, inflation_bp: 200, ..Tweaks::default() });
    assert_eq!((rates.annual_return, rates.inflation), (d("0.01"), d("0.02")));
    // A savings rate past what spending can give stops at spending nothing;
    // the housing stays (it is not spending).
    let all = with(Tweaks { rate_points: 100, ..Tweaks::default() });
    assert_eq!((all.spending, all.housing), (0, 80_000));
    // Without a rate change a month of net refunds keeps its negative spending.
    let refunds = Baseline { spending: -10_000, ..b };
    assert_eq!(Tweaks::default().apply(&refunds, 0, 1).spending, -10_000);
}

#[test]
fn fi_years_from_a_plan() {
    // The household with 25,000 saved at 0 % real: the goal is 0.5 ÷ 0.04 = 12.5
    // years of income, the start 25,000 ÷ 60,000 = 0.4167 of one, and half of
    // income is saved: (12.5 − 0.4167) ÷ 0.5 = 24.17 years.
    let a = Tweaks::default().apply(&household(), 2_500_000, 60);
    let years = fi_years(&a, 0.04).unwrap();
    assert!((years - (12.5 - 25_000.0 / 60_000.0) / 0.5).abs() < 1e-9, "{years}");
    assert_eq!((years * 10.0).round() / 10.0, 24.2);
    // A 5 % return eaten by 5 % inflation is a real 0 %: from nothing, 12.5 ÷ 0.5 = 25 years.
    let a = Assumptions { start: 0, annual_return: d("0.05"), inflation: d("0.05"), ..a };
    assert_eq!(fi_years(&a, 0.04), Some(25.0));
    // A real 5 % from nothing: gⁿ = (12.5 + 10) ÷ 10 = 2.25, n = ln 2.25 ÷ ln 1.05 = 16.6 years.
    let a = Assumptions { inflation: d("0.0"), ..a };
    assert_eq!((fi_years(&a, 0.04).unwrap() * 10.0).round() / 10.0, 16.6);
    // Without income, or saving nothing at no real return: never.
    assert_eq!(fi_years(&Assumptions { income: 0, ..a }, 0.04), None);
    let nothing = Assumptions { spending: 420_000, annual_return: d("0.0"), ..a };
    assert_eq!(fi_years(&nothing, 0.04), None);
}

#[test]
fn goal_statuses_time_each_goal_from_what_it_holds() {
    use crate::model::Goal;
    let goal = |name: &str, target, by: Option<&str>| Goal {
        id: 0,
        name: name.into(),
        target,
        currency: crate::money::Currency::CNY,
        by: by.map(|m| m.parse().unwrap()),
        account_ids: Vec::new(),
        priority: crate::model::Priority::Normal,
    };
    let now: Month = "2026-11".parse().unwrap();
    let a = Tweaks::default().apply(&household(), 0, 60);
    let goals =
        [(goal("Flat in Hegang", 3_750_000, Some("2027-06")), 2_500_000), (goal("Bike", 100_000, None), 200_000)];
    let s = goal_statuses(&goals, &a, now);
    // 12,500 to go at 2,500 a month: 5 months → 2027-04; by 2027-06 (7 months)
    // it needs 12,500 ÷ 7 = 1,785.714… → 1,785.72 a month.
    assert_eq!((s[0].remaining, s[0].progress.bp()), (1_250_000, 6_667));
    assert_eq!((s[0].reach, s[0].projected), (Reach::In(5), Some("2027-04".parse().unwrap())));
    assert_eq!(s[0].needed_monthly, Some(178_572));
    // Already there: this month, nothing to go.
    assert_eq!((s[1].reach, s[1].projected, s[1].remaining), (Reach::Already, Some(now), 0));
}
