use super::*;
use crate::relocation::scenario::DEED_TAX_BP;

/// The worked example: a saver in Guangzhou (income 5,000, rent 1,500,
/// other spending 1,000) moves to Hegang with the same remote income, rent
/// 500, other spending 1,000, and 3,000 of moving costs.
fn guangzhou() -> Scenario {
    Scenario { name: "Stay".into(), ..stay(500_000, 150_000, 100_000, "Guangzhou") }
}

fn hegang() -> Scenario {
    Scenario {
        name: "Hegang".into(),
        city: "Hegang".into(),
        income: 500_000,
        housing: Housing::Rent { monthly: 50_000, deposit_months: 0, agent_fee: 0 },
        living: 100_000,
        moving_costs: 300_000,
        months_without_income: 0,
        start: None,
        sell_home_fee_bp: None,
        income_from: IncomeFrom::Typed,
        rent_growth_bp: None,
        scaled_living: false,
        price_change_bp: 0,
        selling_costs_bp: 0,
    }
}

#[test]
fn guangzhou_to_hegang_breaks_even_after_three_months() {
    let out = compare(&guangzhou(), &[hegang()], &Holdings::cash(1_000_000), 120, Economy::default(), now()).unwrap();
    let (stay, move_) = (&out[0], &out[1]);
    // Staying saves 2,500 (50 %); moving saves 3,500 (70 %).
    assert_eq!((stay.savings, stay.rate.map(|r| r.bp())), (250_000, Some(5000)));
    assert_eq!((move_.savings, move_.rate.map(|r| r.bp()), move_.one_off), (350_000, Some(7000), 300_000));
    // 3,000 ÷ 1,000 extra saved a month = 3 months.
    assert_eq!(move_.break_even, Some(3));
    assert_eq!(move_.net_worth[2], stay.net_worth[2] - 100_000);
    // Net worth after 1 year: 10,000 − 3,000 + 12 × 3,500 = 49,000 against 40,000.
    assert_eq!(move_.net_worth_at[0], (1, 4_900_000));
    assert_eq!(stay.net_worth_at[0], (1, 4_000_000));
    assert_eq!(move_.net_worth_at.len(), 4);
    // A 37,500 goal in cash: staying 10,000 + 2,500 m ≥ 37,500 → 11 months;
    // moving 7,000 + 3,500 m ≥ 37,500 → 8.7 → 9 months.
    assert_eq!((months_to_goal(stay, 3_750_000), months_to_goal(move_, 3_750_000)), (Some(11), Some(9)));
    assert_eq!(months_to_goal(move_, 1_000_000_000), None);
}

#[test]
fn buying_a_hegang_flat_outright() {
    // 50 m² at 750 ¥/m² = 37,500, plus 1 % deed tax = 37,875, from 3,500 a
    // month: 10.8 → 11 months of saving from zero.
    let flat =
        Housing::Outright { price_per_m2: 75_000, area_m2: 50, deed_tax_bp: DEED_TAX_BP, fees: 0, monthly_fees: 0 };
    let p = flat.purchase().unwrap();
    assert_eq!((p.price, p.deed_tax, flat.upfront()), (3_750_000, 37_500, 3_787_500));
    assert_eq!(months_to_save(flat.upfront(), 350_000), Some(11));
    assert_eq!(months_to_save(flat.upfront(), 0), None);
    // Bought at the move from 40,000 saved: the home counts at its price,
    // the deed tax and moving costs are gone.
    let buy = Scenario { name: "Buy".into(), housing: flat, ..hegang() };
    let o = simulate(&buy, 4_000_000, 12, Economy::default()).unwrap();
    assert_eq!(o.cash[0], 4_000_000 - 300_000 - 3_787_500);
    assert_eq!(o.net_worth[0], o.cash[0] + 3_750_000);
    // No rent any more: saves 4,000 a month.
    assert_eq!(o.savings, 400_000);
    // From 10,000 saved it cannot be bought: cash goes below zero, and says so.
    let short = simulate(&buy, 1_000_000, 12, Economy::default()).unwrap();
    assert_eq!(short.lowest_cash, 1_000_000 - 300_000 - 3_787_500);
}

#[test]
fn months_without_income_and_a_mortgage() {
    use crate::relocation::mortgage::Method;
    let mortgage = Housing::Mortgage {
        price_per_m2: 75_000,
        area_m2: 50,
        down_payment_bp: 1500,
        commercial_rate_bp: 305,
        fund: None,
        years: 10,
        method: Method::EqualPayment,
        deed_tax_bp: DEED_TAX_BP,
        fees: 50_000,
        monthly_fees: 5_000,
        prepay: Default::default(),
    };
    let s = Scenario { name: "Mortgage".into(), housing: mortgage, months_without_income: 2, ..hegang() };
    let o = simulate(&s, 2_000_000, 24, Economy::default()).unwrap();
    // Down payment 15 % of 37,500 = 5,625; deed tax 375; fees 500; moving 3,000.
    assert_eq!(o.one_off, 562_500 + 37_500 + 50_000 + 300_000);
    let pay = o.schedule[0].payment;
    // Two months with no income: only costs leave.
    assert_eq!(o.cash[1] - o.cash[0], -(pay + 5_000) - 100_000);
    assert_eq!(o.cash[3] - o.cash[2], 500_000 - (pay + 5_000) - 100_000);
    // Equity: the price less what is owed.
    assert_eq!(o.net_worth[12], o.cash[12] + 3_750_000 - o.schedule[11].balance);
}

fn now() -> Month {
    Month::new(2026, 11).unwrap()
}

#[test]
fn moving_in_three_months_waits_as_staying_does() {
    // The worked example, but the move is in 2027-02, three months from now:
    // 2026-12 and 2027-01 are lived as staying (2,500 saved each); the 3,000 of
    // moving costs leave at the end of 2027-01 (month 2), and 2027-02 (month 3)
    // is the first month in Hegang. 1,000 more a month wins the 3,000 back
    // three months later: level in month 5 (2027-04).
    let later = Scenario { start: Month::new(2027, 2), ..hegang() };
    let out = compare(&guangzhou(), &[later], &Holdings::cash(1_000_000), 120, Economy::default(), now()).unwrap();
    let (stay, moved) = (&out[0], &out[1]);
    assert_eq!(moved.wait, 3);
    assert_eq!(moved.cash[..2], stay.cash[..2]);
    assert_eq!(moved.cash[2], 1_000_000 + 2 * 250_000 - 300_000);
    assert_eq!(moved.cash[3], moved.cash[2] + 350_000, "the start month is lived in Hegang");
    assert_eq!(moved.break_even, Some(5));
    // After a year: 10,000 + 2 × 2,500 − 3,000 + 10 × 3,500 = 47,000.
    assert_eq!(moved.net_worth_at[0], (1, 4_700_000));
    // A start month already past is now; so is this month; next month moves at
    // the end of this one, which is what now means.
    for start in [Month::new(2026, 1), Month::new(2026, 11), Month::new(2026, 12)] {
        let s = Scenario { start, ..hegang() };
        let out = compare(&guangzhou(), &[s], &Holdings::cash(1_000_000), 120, Economy::default(), now()).unwrap();
        assert_eq!(
            (out[1].break_even, &out[1].cash),
            (
                Some(3),
                &compare(&guangzhou(), &[hegang()], &Holdings::cash(1_000_000), 120, Economy::default(), now())
                    .unwrap()[1]
                    .cash
            )
        );
    }
}

#[test]
fn a_later_purchase_holds_the_home_only_from_the_move() {
    // Bought at the end of 2026-12 (month 1), for a start in 2027-01 (month 2).
    let flat =
        Housing::Outright { price_per_m2: 75_000, area_m2: 50, deed_tax_bp: DEED_TAX_BP, fees: 0, monthly_fees: 0 };
    let buy = Scenario { name: "Buy".into(), housing: flat, start: Month::new(2027, 1), ..hegang() };
    let out = compare(&guangzhou(), &[buy], &Holdings::cash(4_000_000), 24, Economy::default(), now()).unwrap();
    let o = &out[1];
    assert_eq!((o.net_worth[0], o.cash[0]), (4_000_000, 4_000_000), "nothing bought now");
    assert_eq!(o.cash[1], 4_000_000 + 250_000 - 300_000 - 3_787_500);
    assert_eq!(o.net_worth[1], o.cash[1] + 3_750_000);
    assert_eq!(o.cash[2], o.cash[1] + 400_000, "2027-01 lived in the flat: no rent");
}

/// The ship mechanic's household in Hegang (income 5,000, rent 200, other
/// spending 300: saves 4,500) weighs Beijing: rent 5,000 with a month's
/// deposit, other spending 375, no moving costs. The deposit is held, so net
/// worth right after the move equals staying's; every month after it, 4,875
/// less is saved. It never catches up.
fn hegang_household() -> Scenario {
    Scenario { name: "Stay".into(), ..stay(500_000, 20_000, 30_000, "Hegang") }
}

fn beijing() -> Scenario {
    Scenario {
        name: "Beijing".into(),
        city: "Beijing".into(),
        income: 500_000,
        housing: Housing::Rent { monthly: 500_000, deposit_months: 1, agent_fee: 0 },
        living: 37_500,
        moving_costs: 0,
        months_without_income: 0,
        start: None,
        sell_home_fee_bp: None,
        income_from: IncomeFrom::Typed,
        rent_growth_bp: None,
        scaled_living: false,
        price_change_bp: 0,
        selling_costs_bp: 0,
    }
}

#[test]
fn a_move_that_never_catches_up_never_breaks_even() {
    let out =
        compare(&hegang_household(), &[beijing()], &Holdings::cash(2_700_000), 120, Economy::default(), now()).unwrap();
    let (stay, bj) = (&out[0], &out[1]);
    assert_eq!(bj.one_off, 500_000);
    assert_eq!(bj.net_worth[0], stay.net_worth[0], "level at the move: the deposit is still theirs");
    // Month 1: 27,000 − 5,000 − 375 … against 27,000 + 4,500.
    assert_eq!(bj.net_worth[1] - stay.net_worth[1], -487_500);
    assert_eq!(bj.break_even, None, "level at the move is not breaking even");
    // Moving in 2027-06: the same household until the end of 2027-05, then behind for good.
    let later = Scenario { start: Month::new(2027, 6), ..beijing() };
    let out =
        compare(&hegang_household(), &[later], &Holdings::cash(2_700_000), 120, Economy::default(), now()).unwrap();
    assert_eq!(out[1].net_worth[..7], out[0].net_worth[..7]);
    assert!(out[1].net_worth[7] < out[0].net_worth[7]);
    assert_eq!(out[1].break_even, None, "the months before the move are not a lead");
}

#[test]
fn a_move_ahead_from_its_first_month_is_never_behind() {
    // Hegang to Guangzhou's example without moving costs or a deposit: 1,000
    // more saved from the first month, and nothing to win back.
    let free = Scenario { moving_costs: 0, ..hegang() };
    let out =
        compare(&guangzhou(), std::slice::from_ref(&free), &Holdings::cash(1_000_000), 120, Economy::default(), now())
            .unwrap();
    assert_eq!(out[1].break_even, Some(0));
    assert!(out[1].net_worth[1..].iter().zip(&out[0].net_worth[1..]).all(|(a, b)| a > b));
    // Moving later, the months before the move are level: still never behind.
    let later = Scenario { start: Month::new(2027, 6), ..free };
    let out = compare(&guangzhou(), &[later], &Holdings::cash(1_000_000), 120, Economy::default(), now()).unwrap();
    assert_eq!(out[1].break_even, Some(0));
    // Staying is never behind itself.
    assert_eq!(out[0].break_even, Some(0));
}

#[test]
fn break_even_is_the_month_after_the_last_one_behind() {
    // Behind, level, ahead: from month 1 on.
    assert_eq!(break_even(&[-1, 0, 1], &[0, 0, 0]), Some(1));
    // Ahead, then behind at the end: not within the horizon.
    assert_eq!(break_even(&[1, 1, -1], &[0, 0, 0]), None);
    // Catches up, falls behind, catches up again: from the second time.
    assert_eq!(break_even(&[-1, 1, -1, 1, 1], &[0; 5]), Some(3));
    // Ahead only in the horizon's last month: that month.
    assert_eq!(break_even(&[-3, -2, -1, 0], &[0; 4]), Some(3));
    assert_eq!(break_even(&[0, 0], &[0, 0]), Some(0));
}

/// The household has 10,000 in the bank, a 50,000 fund and a flat worth
/// 900,000 with 283,040.98 still owed (paid down by 800 a month here,
/// out of a 1,700 payment).
fn held() -> Holdings {
    Holdings {
        cash: 1_000_000,
        investments: 5_000_000,
        home: 90_000_000,
        owed: (0..=120).map(|m| 28_304_098 - m * 80_000).collect(),
        payments: (0..=120).map(|m| if m == 0 { 0 } else { 170_000 }).collect(),
    }
}

#[test]
fn a_home_kept_when_moving_out_still_asks_its_payments() {
    let out = compare(&guangzhou(), &[hegang()], &held(), 120, Economy::default(), now()).unwrap();
    let (stay, move_) = (&out[0], &out[1]);
    // Staying: the ledger's housing holds the payment already.
    assert_eq!((stay.housing, stay.savings), (150_000, 250_000));
    // Moving and keeping the flat: Hegang's rent 500 plus the 1,700
    // payment, so 5,000 − 2,200 − 1,000 = 1,800 saved a month.
    assert_eq!((move_.housing, move_.savings), (220_000, 180_000));
    assert_eq!(move_.cash[12] - move_.cash[0], 12 * 180_000);
    // Selling it at the move ends the payments.
    let sell = Scenario { sell_home_fee_bp: Some(100), ..hegang() };
    let out = compare(&guangzhou(), &[sell], &held(), 120, Economy::default(), now()).unwrap();
    assert_eq!((out[1].housing, out[1].savings), (50_000, 350_000));
}

#[test]
fn cash_is_what_a_move_spends_from_and_the_home_counts_until_it_is_sold() {
    let out = compare(&guangzhou(), &[hegang()], &held(), 120, Economy::default(), now()).unwrap();
    let (stay, move_) = (&out[0], &out[1]);
    // Cash starts from the bank's 10,000 only: moving costs 3,000 leave 7,000.
    assert_eq!((stay.cash[0], move_.cash[0], move_.lowest_cash), (1_000_000, 700_000, 700_000));
    // Net worth: cash + 50,000 + (900,000 − 283,040.98) = 676,959.02 now,
    // and the home's equity grows by 800 a month as the loan is repaid.
    assert_eq!(stay.net_worth[0], 1_000_000 + 5_000_000 + 90_000_000 - 28_304_098);
    assert_eq!(stay.net_worth[12] - stay.net_worth[0], 12 * 250_000 + 12 * 80_000);
    // Selling at the move, 1 % in fees: 900,000 − 9,000 − 283,040.98 =
    // 607,959.02 in cash, and no home in net worth after.
    let sell = Scenario { sell_home_fee_bp: Some(100), ..hegang() };
    let out = compare(&guangzhou(), &[sell], &held(), 120, Economy::default(), now()).unwrap();
    let sold = &out[1];
    assert_eq!(sold.cash[0], 1_000_000 - 300_000 + 90_000_000 - 900_000 - 28_304_098);
    // 900,000 − 9,000 − 283,040.98 = 607,959.02 came in.
    assert_eq!(sold.home_sale, HomeSale::Sold(60_795_902));
    assert_eq!((out[0].home_sale, sold.lowest_cash), (HomeSale::Kept, 61_495_902), "7,000 + 607,959.02");
    assert_eq!(sold.net_worth[0], sold.cash[0] + 5_000_000);
    assert_eq!(sold.net_worth[12] - sold.net_worth[0], 12 * 350_000, "the loan no longer counts");
    // Selling later (the move in three months): the sale comes then, at
    // what is owed then, 2,400 less.
    let later = Scenario { sell_home_fee_bp: Some(100), start: Some(now().plus(3).unwrap()), ..hegang() };
    let out = compare(&guangzhou(), &[later], &held(), 120, Economy::default(), now()).unwrap();
    let (stay, moved) = (&out[0], &out[1]);
    assert_eq!(moved.cash[1], stay.cash[1]);
    assert_eq!(moved.cash[2], stay.cash[2] - 300_000 + 90_000_000 - 900_000 - (28_304_098 - 2 * 80_000));
    // 607,959.02 + 1,600 (two months' repayment, 800 each) = 609,559.02.
    assert_eq!(moved.home_sale, HomeSale::Sold(60_955_902));
    // Without a home, selling sells nothing.
    let sell = Scenario { sell_home_fee_bp: Some(100), ..hegang() };
    let out = compare(&guangzhou(), &[sell], &Holdings::cash(1_000_000), 120, Economy::default(), now()).unwrap();
    assert_eq!(out[1].cash[0], 700_000);
    // ... and the outcome says so, for the faces to tell.
    assert_eq!(out[1].home_sale, HomeSale::NoHome);
}

#[test]
fn a_home_at_its_projected_value_less_selling_costs() {
    // 37,500 falling 5 % a year: 35,625 after a year, 36,562.50 half way.
    let change = rate::from_bp(-500);
    assert_eq!((home_value(3_750_000, change, 12), home_value(3_750_000, change, 6)), (3_562_500, 3_656_250));
    assert_eq!(home_value(3_750_000, change, 24), 3_384_375, "35,625 × 0.95");
    let flat =
        Housing::Outright { price_per_m2: 75_000, area_m2: 50, deed_tax_bp: DEED_TAX_BP, fees: 0, monthly_fees: 0 };
    let buy = Scenario { name: "Buy".into(), housing: flat, price_change_bp: -500, selling_costs_bp: 200, ..hegang() };
    let o = simulate(&buy, 4_000_000, 24, Economy::default()).unwrap();
    // At the move the home counts at its price less 2 % to sell it: 36,750.
    assert_eq!(o.net_worth[0], o.cash[0] + 3_675_000);
    // After a year: 35,625 less 712.50.
    assert_eq!(o.net_worth[12], o.cash[12] + 3_562_500 - 71_250);
    // Rising prices count too.
    let up = simulate(&Scenario { price_change_bp: 300, ..buy }, 4_000_000, 24, Economy::default()).unwrap();
    assert_eq!(up.net_worth[12] - up.cash[12], 3_862_500 - 77_250);
}

#[test]
fn rent_grows_yearly_and_inflation_raises_living_costs() {
    let rising = Scenario { rent_growth_bp: Some(1000), ..hegang() };
    let economy = Economy { annual_return: Decimal::ZERO, inflation: rate::from_bp(300) };
    let o = simulate(&rising, 1_000_000, 24, economy).unwrap();
    // Year one: 5,000 − 500 − 1,000; year two: rent 550, living 1,030.
    assert_eq!(o.cash[1] - o.cash[0], 350_000);
    assert_eq!(o.cash[13] - o.cash[12], 500_000 - 55_000 - 103_000);
    // Today's money: 12 months at 3 % is ÷ 1.03.
    assert_eq!(o.net_worth_today[12], round_fen(Decimal::from(o.net_worth[12]) / Decimal::new(103, 2)));
    assert_eq!(o.today_at[0], (1, o.net_worth_today[12]));
    // Staying's housing rises with inflation as on the Plan tab, and so does
    // a rent whose rise is not said: a move to the same rent is the same.
    let same = Scenario {
        housing: Housing::Rent { monthly: 150_000, deposit_months: 0, agent_fee: 0 },
        moving_costs: 0,
        ..hegang()
    };
    let out = compare(&guangzhou(), &[same], &Holdings::cash(0), 24, economy, now()).unwrap();
    assert_eq!(out[0].cash[13] - out[0].cash[12], 500_000 - 154_500 - 103_000);
    assert_eq!(out[1].cash, out[0].cash);
    // A return on cash: 1 % a month at 12 % a year on 10,000 is 100.
    let growing = Economy { annual_return: rate::from_bp(1200), inflation: Decimal::ZERO };
    let o = simulate(&hegang(), 1_000_000, 1, growing).unwrap();
    assert_eq!(o.cash[1], 1_000_000 - 300_000 + 7_000 + 350_000);
}

#[test]
fn price_to_income() {
    let flat =
        Housing::Outright { price_per_m2: 227_400, area_m2: 90, deed_tax_bp: DEED_TAX_BP, fees: 0, monthly_fees: 0 };
    let o = simulate(&Scenario { housing: flat, ..hegang() }, 0, 12, Economy::default()).unwrap();
    // 204,660 against 60,000 a year: 3.41 years.
    assert_eq!((o.price, o.price_years), (Some(20_466_000), Some(341)));
    assert_eq!(simulate(&hegang(), 0, 12, Economy::default()).unwrap().price_years, None);
}
