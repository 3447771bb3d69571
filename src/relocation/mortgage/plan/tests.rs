//! Prepayments both ways and rate changes, against a reference written
//! apart from the engine: a plain month-by-month loop in exact rationals.

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};
use proptest::prelude::*;

use super::*;
use crate::relocation::mortgage::schedule;

fn pct(percent: &str) -> Decimal {
    percent.parse::<Decimal>().unwrap() / Decimal::ONE_HUNDRED
}

fn big(x: i64) -> BigRational {
    BigRational::from_integer(BigInt::from(x))
}

fn rational(rate: Decimal) -> BigRational {
    BigRational::new(BigInt::from(rate.mantissa()), BigInt::from(10).pow(rate.scale()))
}

/// Half away from zero (every figure here is positive: half up).
fn round(x: &BigRational) -> i64 {
    let half = BigRational::new(BigInt::one(), BigInt::from(2));
    assert!(!x.is_negative());
    (x + half).floor().to_integer().to_i64().unwrap()
}

/// The bank's level payment on `b` over `n` months at `annual`, exactly, rounded once.
fn level(b: i64, annual: Decimal, n: u32) -> i64 {
    let r = rational(annual) / big(12);
    if r.is_zero() {
        return round(&(big(b) / big(i64::from(n))));
    }
    let g = (BigRational::one() + &r).pow(n as i32);
    round(&(big(b) * &r * &g / (g - BigRational::one())))
}

/// The reference: an equal-payment loan of `p` over `n` months, with
/// `prepay` (month, amount) one-offs, `reduce`, and `rates` (first payment
/// at the rate, rate). The loop says what the bank does, in the plainest way.
fn reference(
    p: i64,
    rate: Decimal,
    n: u32,
    prepay: &[(u32, i64)],
    reduce: Reduce,
    rates: &[(u32, Decimal)],
) -> Vec<(i64, i64, i64)> {
    let (mut b, mut rate, mut end) = (p, rate, n);
    let mut a = level(b, rate, n);
    let mut rows = Vec::new(); // (payment, interest, balance)
    let mut k = 1;
    while b > 0 {
        if let Some(&(_, new)) = rates.iter().find(|(m, r)| *m == k && *r != rate) {
            rate = new;
            a = level(b, rate, end - k + 1);
        }
        let interest = round(&(big(b) * rational(rate) / big(12)));
        let principal = if k == end { b } else { (a - interest).min(b) };
        b -= principal;
        if let Some(&(_, x)) = prepay.iter().find(|(m, _)| *m == k) {
            b -= x.min(b);
            if reduce == Reduce::Payment {
                a = level(b, rate, n - k);
            } else if b > 0 {
                // The payment kept: the term is however many months it takes.
                let (mut left, mut months) = (b, 0);
                while left > 0 {
                    left -= (a - round(&(big(left) * rational(rate) / big(12)))).min(left);
                    months += 1;
                }
                end = k + months;
            }
        }
        rows.push((interest + principal, interest, b));
        k += 1;
    }
    rows
}

fn ep(yuan: i64, percent: &str, months: u32) -> Loan {
    Loan { principal: yuan * 100, annual_rate: pct(percent), months, method: Method::EqualPayment }
}

fn rows(o: &[Month]) -> Vec<(i64, i64, i64)> {
    o.iter().map(|m| (m.pay.payment, m.pay.interest, m.pay.balance)).collect()
}

fn once(amount: i64, month: u32) -> Prepay {
    Prepay { amount, month, yearly: false }
}

// --- The persona's question: 300,000 at 4.9 % over 20 years, 50,000 after payment 36 ---

#[test]
fn prepaying_50k_in_year_3_shortens_the_term() {
    let loan = ep(300_000, "4.9", 240);
    let plan = Plan { prepay: vec![once(5_000_000, 36)], ..Plan::default() };
    let o = planned(&loan, &plan).unwrap();
    assert_eq!(
        rows(&o.months),
        reference(loan.principal, loan.annual_rate, 240, &[(36, 5_000_000)], Reduce::Term, &[])
    );
    // The months before are the plain schedule; 50,000 comes off after payment 36.
    let plain = schedule(&loan).unwrap();
    assert_eq!(o.payments()[..35], plain[..35]);
    assert_eq!(o.months[35].prepaid, 5_000_000);
    assert_eq!(o.months[35].pay.balance, plain[35].balance - 5_000_000);
    // The payment stays 1,963.33 and the loan ends years early.
    assert!(o.months[36..o.months.len() - 1].iter().all(|m| m.pay.payment == 196_333));
    assert_eq!(o.last_month(), 188);
    assert_eq!(o.months.last().unwrap().pay.balance, 0);
    assert_eq!(o.base.len(), 240);
    assert_eq!(o.interest_saved(), 17_120_015 - o.interest());
    // 171,200.15 − 118,030.00 of interest: 53,170.15 saved; the last payment (188) is 887.29.
    assert_eq!(o.interest_saved(), 5_317_015);
    assert_eq!(o.months[187].pay.payment, 88_729);
    assert_eq!(o.penalties(), 0);
}

#[test]
fn prepaying_50k_in_year_3_lowers_the_payment() {
    let loan = ep(300_000, "4.9", 240);
    let plan = Plan { prepay: vec![once(5_000_000, 36)], reduce: Reduce::Payment, ..Plan::default() };
    let o = planned(&loan, &plan).unwrap();
    assert_eq!(
        rows(&o.months),
        reference(loan.principal, loan.annual_rate, 240, &[(36, 5_000_000)], Reduce::Payment, &[])
    );
    assert_eq!(o.last_month(), 240);
    // The new payment is the level payment on what is left over 204 months.
    let left = o.months[35].pay.balance;
    assert_eq!(o.after_first_prepay(), Some((36, Some(level(left, loan.annual_rate, 204)))));
    assert_eq!(o.after_first_prepay(), Some((36, Some(160_167))));
    assert_eq!(o.interest_saved(), 2_378_020);
}

#[test]
fn equal_principal_prepayment_recomputes_the_principal_part_or_keeps_it() {
    let loan = Loan { method: Method::EqualPrincipal, ..ep(300_000, "4.9", 240) };
    // 1,250.00 a month for 36 months leaves 255,000; less 50,000 is 205,000.
    let o = planned(&loan, &Plan { prepay: vec![once(5_000_000, 36)], reduce: Reduce::Payment, ..Plan::default() })
        .unwrap();
    assert_eq!(o.months[35].pay.balance, 20_500_000);
    // 205,000 over 204 months: 1,004.90196… → 1,004.90 a month of principal.
    assert_eq!(o.months[36].pay.principal, 100_490);
    assert_eq!(o.last_month(), 240);
    // Shortening: 1,250.00 a month clears 205,000 in 164 months: payment 200.
    let o = planned(&loan, &Plan { prepay: vec![once(5_000_000, 36)], ..Plan::default() }).unwrap();
    assert_eq!(o.months[36].pay.principal, 125_000);
    assert_eq!(o.last_month(), 36 + 164);
    assert_eq!(o.months.iter().map(|m| m.pay.principal + m.prepaid).sum::<i64>(), loan.principal);
}

#[test]
fn a_prepayment_larger_than_the_balance_settles_the_loan() {
    let loan = ep(300_000, "4.9", 240);
    let o = planned(&loan, &Plan { prepay: vec![once(100_000_000, 12)], ..Plan::default() }).unwrap();
    assert_eq!(o.last_month(), 12);
    assert_eq!(o.months[11].prepaid, 29_093_834);
    assert_eq!(o.months[11].pay.balance, 0);
    assert_eq!(o.after_first_prepay(), Some((12, None)));
}

#[test]
fn yearly_prepayments_and_a_penalty_within_the_first_years() {
    let loan = ep(300_000, "4.9", 240);
    let plan = Plan {
        prepay: vec![Prepay { amount: 1_000_000, month: 12, yearly: true }],
        penalty: Penalty { rate: pct("1"), within: Some(24) },
        ..Plan::default()
    };
    let o = planned(&loan, &plan).unwrap();
    let paid: Vec<u32> = o.months.iter().filter(|m| m.prepaid > 0).map(|m| m.pay.month).collect();
    assert_eq!(paid[..3], [12, 24, 36]);
    assert!(paid.windows(2).all(|w| w[1] - w[0] == 12));
    // 1 % of 10,000 after payments 12 and 24; none after.
    assert_eq!(o.months[11].penalty, 10_000);
    assert_eq!(o.months[23].penalty, 10_000);
    assert_eq!(o.penalties(), 20_000);
    assert_eq!(o.months.iter().map(|m| m.pay.principal + m.prepaid).sum::<i64>(), loan.principal);
    assert_eq!(o.months.iter().map(Month::cash).sum::<i64>(), loan.principal + o.interest() + 20_000);
}

#[test]
fn a_penalty_rounds_half_a_fen_up() {
    // 0.5 % of 1.01 = 0.00505 yuan = 0.505 fen → 1 fen.
    assert_eq!(Penalty { rate: pct("0.5"), within: None }.on(1, 101), 1);
    assert_eq!(Penalty { rate: pct("0.5"), within: Some(3) }.on(4, 100_000), 0);
}

#[test]
fn bad_plans_say_what_to_fix() {
    let loan = ep(300_000, "4.9", 240);
    let with = |p: Prepay| planned(&loan, &Plan { prepay: vec![p], ..Plan::default() }).unwrap_err();
    assert_eq!(with(once(0, 36)), MortgageError::PrepayNotPositive(0));
    assert_eq!(with(once(100, 240)), MortgageError::PrepayPastTerm { month: 240, months: 240 });
    assert_eq!(with(once(100, 0)), MortgageError::PrepayPastTerm { month: 0, months: 240 });
    let plan = Plan { penalty: Penalty { rate: Decimal::ONE, within: None }, ..Plan::default() };
    assert_eq!(planned(&loan, &plan).unwrap_err(), MortgageError::PenaltyOutOfRange(Decimal::ONE));
    let plan = Plan { rates: vec![RateChange { from: 13, annual_rate: pct("-0.1") }], ..Plan::default() };
    assert!(matches!(planned(&loan, &plan).unwrap_err(), MortgageError::RateOutOfRange(_)));
}

// --- Rate changes ---

fn ym(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(&format!("{s}-01"), "%Y-%m-%d").unwrap()
}

#[test]
fn an_lpr_cut_repriced_in_january_changes_the_schedule_from_february() {
    // First payment 2026-01; LPR 3.95 − 0.30 = 3.65 %; the LPR falls to 3.45 in
    // 2027-01, so the January 2027 repricing makes it 3.15 %, charged from the
    // February 2027 payment (payment 14) on. The January 2026 repricing keeps 3.65 %.
    let start = ym("2026-01");
    let changes = floating(start, 240, pct("3.95"), pct("-0.3"), &[(ym("2027-01"), pct("3.45"))], Reprice::January);
    assert_eq!(
        changes[..2],
        [RateChange { from: 2, annual_rate: pct("3.65") }, RateChange { from: 14, annual_rate: pct("3.15") }]
    );
    assert!(changes[2..].iter().all(|c| c.annual_rate == pct("3.15")));
    let loan = ep(300_000, "3.65", 240);
    let o = planned(&loan, &Plan { rates: changes, ..Plan::default() }).unwrap();
    assert_eq!(rows(&o.months), reference(loan.principal, pct("3.65"), 240, &[], Reduce::Term, &[(14, pct("3.15"))]));
    // Thirteen payments as the plain 3.65 % loan: 1,763.09 (interest 912.50 first).
    let plain = schedule(&loan).unwrap();
    assert_eq!(o.payments()[..13], plain[..13]);
    assert_eq!((plain[0].payment, plain[0].interest), (176_309, 91_250));
    // Payment 14: the balance after 13 payments over the 227 months left at 3.15 %.
    let b13 = plain[12].balance;
    assert_eq!(o.months[13].pay.interest, round(&(big(b13) * rational(pct("3.15")) / big(12))));
    assert_eq!(o.months[13].pay.payment, level(b13, pct("3.15"), 227));
    assert_eq!((b13, o.months[13].pay.payment), (28_873_824, 168_998));
    assert_eq!(o.months[13].rate, pct("3.15"));
    assert_eq!(o.last_month(), 240);
}

#[test]
fn anniversary_repricing_falls_on_payments_13_25_and_on() {
    let start = ym("2026-06");
    let c = floating(start, 60, pct("3.95"), pct("0"), &[(ym("2026-09"), pct("3.5"))], Reprice::Anniversary);
    assert_eq!(c.iter().map(|c| c.from).collect::<Vec<_>>(), [13, 25, 37, 49]);
    assert_eq!(c[0].annual_rate, pct("3.5"));
    // January from a June start: payment 8 is January 2027, so from payment 9.
    let c = floating(start, 60, pct("3.95"), pct("0"), &[], Reprice::January);
    assert_eq!(c.iter().map(|c| c.from).collect::<Vec<_>>(), [9, 21, 33, 45, 57]);
}

#[test]
fn a_dated_rate_change_is_charged_from_the_next_payment() {
    let start = ym("2026-01");
    assert_eq!(from_date(start, ym("2026-06"), pct("4")), Some(RateChange { from: 7, annual_rate: pct("4") }));
    assert_eq!(from_date(start, ym("2025-12"), pct("4")), None);
    assert_eq!(month_of(start, 13), ym("2027-01"));
    assert_eq!(payment_number(start, ym("2027-01")), 13);
}

#[test]
fn no_plan_is_the_plain_schedule() {
    for method in [Method::EqualPayment, Method::EqualPrincipal] {
        let loan = Loan { method, ..ep(300_000, "4.9", 240) };
        let o = planned(&loan, &Plan::default()).unwrap();
        assert_eq!(o.payments(), schedule(&loan).unwrap());
        assert_eq!(o.interest_saved(), 0);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Any one-off prepayment, either way, and any rate change: the engine
    /// is the reference month by month, and the loan is repaid exactly.
    #[test]
    fn prepayments_and_rate_changes_follow_the_reference(
        yuan in 10_000i64..3_000_000,
        bp in 100i64..800,
        years in 5u32..=30,
        at in 1u32..=59,
        amount in 1i64..2_000_000,
        payment_mode in any::<bool>(),
        change in proptest::option::of((2u32..=60, 100i64..800)),
    ) {
        let n = years * 12;
        let rate = Decimal::new(bp, 4);
        let loan = Loan { principal: yuan * 100, annual_rate: rate, months: n, method: Method::EqualPayment };
        let reduce = if payment_mode { Reduce::Payment } else { Reduce::Term };
        // A rate change after the prepayment, so the reference's order of events is the engine's.
        let rates: Vec<(u32, Decimal)> = change.map(|(m, b)| (at + m, Decimal::new(b, 4))).into_iter().collect();
        let plan = Plan {
            prepay: vec![once(amount * 100, at)],
            reduce,
            rates: rates.iter().map(|&(from, annual_rate)| RateChange { from, annual_rate }).collect(),
            ..Plan::default()
        };
        let o = planned(&loan, &plan).unwrap();
        prop_assert_eq!(rows(&o.months), reference(loan.principal, rate, n, &[(at, amount * 100)], reduce, &rates));
        prop_assert_eq!(o.months.iter().map(|m| m.pay.principal + m.prepaid).sum::<i64>(), loan.principal);
        prop_assert!(o.interest_saved() >= 0 || !rates.is_empty());
    }
}
