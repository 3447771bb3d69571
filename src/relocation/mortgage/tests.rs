//! Worked examples from issues 6, 19 and 24, edge cases, and properties
//! (against a bank calculator's rule written out plainly, and exact rationals).

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};
use proptest::prelude::*;
use rust_decimal::RoundingStrategy;

use super::*;

/// A rate as typed, as an exact fraction: `"4.9"` → 0.049.
fn pct(percent: &str) -> Decimal {
    percent.parse::<Decimal>().unwrap() / Decimal::ONE_HUNDRED
}

/// A fraction written out: `"0.049"`.
fn d(fraction: &str) -> Decimal {
    fraction.parse().unwrap()
}

/// A loan of `yuan` at `percent` over `months`.
fn loan(yuan: i64, percent: &str, months: u32, method: Method) -> Loan {
    Loan { principal: yuan * 100, annual_rate: pct(percent), months, method }
}

fn sched(yuan: i64, percent: &str, months: u32, method: Method) -> Vec<Payment> {
    schedule(&loan(yuan, percent, months, method)).unwrap()
}

// --- Worked examples (issue 6, "Mortgage engine"; issue 24, as banks print them) ---
//
// Each figure below is worked by hand from the bank rule: a month's interest is
// its opening balance × annual ÷ 12, rounded to the fen on its own (half up);
// the principal part is the rest of the payment; the last month pays what is left.

#[test]
fn equal_payment_300k_at_4_9_over_20_years() {
    let s = sched(300_000, "4.9", 240, Method::EqualPayment);
    assert_eq!(s.len(), 240);
    // 1,963.33 a month (A = 1,963.3321…), every month but the last.
    assert!(s[..239].iter().all(|p| p.payment == 196_333));
    // Month 1: 300,000 × 0.049 ÷ 12 = 1,225.00 interest, principal 738.33.
    assert_eq!(s[0], Payment { month: 1, payment: 196_333, interest: 122_500, principal: 73_833, balance: 29_926_167 });
    // Month 2: 299,261.67 × 0.049 ÷ 12 = 1,221.98515… → 1,221.99; principal 741.34.
    assert_eq!(s[1], Payment { month: 2, payment: 196_333, interest: 122_199, principal: 74_134, balance: 29_852_033 });
    // After 12 payments of 1,963.33 the balance is 290,938.34. The issue's 290,938.30 is
    // the textbook balance had the unrounded 1,963.3321… been paid and interest not been
    // rounded (see below); payments 0.2 fen short and a year's rounded interest leave 4 fen
    // more owed.
    assert_eq!(s[11].balance, 29_093_834);
    // Month 240 opens at 1,956.29: interest 1,956.29 × 0.049 ÷ 12 = 7.988… → 7.99, and
    // the last payment settles the balance: 1,956.29 + 7.99 = 1,964.28.
    assert_eq!(s[239], Payment { month: 240, payment: 196_428, interest: 799, principal: 195_629, balance: 0 });
    // 239 × 1,963.33 + 1,964.28 − 300,000 = 171,200.15.
    assert_eq!(total_interest(&s), 17_120_015);
}

#[test]
fn the_issues_290_938_30_is_the_unrounded_textbook_balance() {
    // Bₖ = P(1+r)ᵏ − A·((1+r)ᵏ − 1)/r with the exact A: what some online calculators print.
    let (p, r) = (30_000_000.0_f64, 0.049 / 12.0);
    let a = p * r / (1.0 - (1.0 + r).powi(-240));
    let g = (1.0 + r).powi(12);
    assert_eq!((p * g - a * (g - 1.0) / r).round(), 29_093_830.0);
    assert_eq!(a.round(), 196_333.0);
}

#[test]
fn equal_principal_300k_at_4_9_over_20_years() {
    let s = sched(300_000, "4.9", 240, Method::EqualPrincipal);
    // 300,000 ÷ 240 = 1,250.00 of principal a month; month 1 adds 1,225.00 of interest.
    assert_eq!(
        s[0],
        Payment { month: 1, payment: 247_500, interest: 122_500, principal: 125_000, balance: 29_875_000 }
    );
    // Month 2: 298,750.00 × 0.049 ÷ 12 = 1,219.8958… → 1,219.90.
    assert_eq!(s[1].payment, 246_990);
    // Month 240 opens at 1,250.00: 1,250 × 0.049 ÷ 12 = 5.104… → 5.10.
    assert_eq!(s[239], Payment { month: 240, payment: 125_510, interest: 510, principal: 125_000, balance: 0 });
    assert!(s.iter().all(|p| p.principal == 125_000));
    // Month k is charged 1,225 − 5.1041…·(k − 1) rounded on its own; the 240 roundings
    // add 0.10 to the unrounded P·r·(n+1)/2 = 1,225 × 120.5 = 147,612.50.
    assert_eq!(total_interest(&s), 14_761_260);
}

#[test]
fn one_million_at_4_9_over_30_years() {
    // Banks' calculators print 5,307.27 a month (等额本息) and 6,861.11 first (等额本金).
    let s = sched(1_000_000, "4.9", 360, Method::EqualPayment);
    // A = 5,307.2672… → 5,307.27. Month 1: 4,083.333… → 4,083.33, principal 1,223.94.
    assert_eq!(
        s[0],
        Payment { month: 1, payment: 530_727, interest: 408_333, principal: 122_394, balance: 99_877_606 }
    );
    // Month 2: 998,776.06 × 0.049 ÷ 12 = 4,078.3355… → 4,078.34, principal 1,228.93.
    assert_eq!(
        s[1],
        Payment { month: 2, payment: 530_727, interest: 407_834, principal: 122_893, balance: 99_754_713 }
    );
    assert!(s[..359].iter().all(|p| p.payment == 530_727));
    // A is 0.27 fen over the exact figure each month, so the last opens at only
    // 5,283.62: 5,283.62 × 0.049 ÷ 12 = 21.574… → 21.57, payment 5,305.19.
    assert_eq!(s[359], Payment { month: 360, payment: 530_519, interest: 2_157, principal: 528_362, balance: 0 });
    assert_eq!(total_interest(&s), 91_061_512);

    let s = sched(1_000_000, "4.9", 360, Method::EqualPrincipal);
    // 1,000,000 ÷ 360 = 2,777.777… → 2,777.78 a month; month 1: 2,777.78 + 4,083.33.
    assert_eq!(
        s[0],
        Payment { month: 1, payment: 686_111, interest: 408_333, principal: 277_778, balance: 99_722_222 }
    );
    // Month 2: 997,222.22 × 0.049 ÷ 12 = 4,071.990… → 4,071.99.
    assert_eq!(s[1].interest, 407_199);
    assert!(s[..359].iter().all(|p| p.principal == 277_778));
    // The last pays what is left: 1,000,000 − 359 × 2,777.78 = 2,776.98, and
    // 2,776.98 × 0.049 ÷ 12 = 11.339… → 11.34: 2,788.32.
    assert_eq!(s[359], Payment { month: 360, payment: 278_832, interest: 1_134, principal: 277_698, balance: 0 });
    assert_eq!(total_interest(&s), 73_704_108);
}

#[test]
fn car_loan_25k_at_5_5_over_60_months() {
    let s = sched(25_000, "5.5", 60, Method::EqualPayment);
    // A = 477.5296… → 477.53; month 1: 25,000 × 0.055 ÷ 12 = 114.583… → 114.58.
    assert_eq!(s[0].payment, 47_753);
    assert_eq!(s[0].interest, 11_458);
    // Month 60 opens at 475.25: 475.25 × 0.055 ÷ 12 = 2.178… → 2.18; 477.43.
    assert_eq!(s[59], Payment { month: 60, payment: 47_743, interest: 218, principal: 47_525, balance: 0 });
    assert_eq!(total_interest(&s), 365_170);
}

#[test]
fn fund_plus_commercial_over_30_years() {
    // 600,000 公积金 at 2.60 % plus 400,000 commercial at 3.05 %.
    let fund = sched(600_000, "2.60", 360, Method::EqualPayment);
    let commercial = sched(400_000, "3.05", 360, Method::EqualPayment);
    assert_eq!((fund[0].payment, commercial[0].payment), (240_204, 169_722));
    // Month 1: 600,000 × 0.026 ÷ 12 = 1,300.00; 400,000 × 0.0305 ÷ 12 = 1,016.666… → 1,016.67.
    assert_eq!((fund[0].interest, commercial[0].interest), (130_000, 101_667));
    assert_eq!((fund[359].payment, commercial[359].payment), (240_111, 169_831));
    let both = combine(&fund, &commercial);
    assert_eq!(both.len(), 360);
    assert_eq!(both[0].payment, 409_926);
    assert!(both[..359].iter().all(|p| p.payment == 409_926));
    assert_eq!(both[0].balance, fund[0].balance + commercial[0].balance);
    assert_eq!(both.iter().map(|p| p.principal).sum::<i64>(), 100_000_000);
    assert_eq!(both[359].balance, 0);
    assert_eq!(total_interest(&both), total_interest(&fund) + total_interest(&commercial));
    assert_eq!(total_interest(&both), 47_573_376);
}

// --- Edge cases ---

#[test]
fn zero_rate_splits_the_loan_evenly() {
    for method in [Method::EqualPayment, Method::EqualPrincipal] {
        let s = sched(300_000, "0.0", 240, method);
        assert!(s.iter().all(|p| p.interest == 0 && p.payment == 125_000), "{method}");
    }
    // 100.00 over 3 months: 33.33, 33.33, then the 33.34 left, either way.
    for method in [Method::EqualPayment, Method::EqualPrincipal] {
        let s = schedule(&Loan { principal: 10_000, annual_rate: Decimal::ZERO, months: 3, method }).unwrap();
        assert_eq!(s.iter().map(|p| p.payment).collect::<Vec<_>>(), [3_333, 3_333, 3_334], "{method}");
        assert_eq!(s.iter().map(|p| p.balance).collect::<Vec<_>>(), [6_667, 3_334, 0], "{method}");
    }
}

#[test]
fn equal_principal_never_pays_more_than_is_owed() {
    // The guard of a tiny loan: 1,000.00 over 600 months at 0 % is round(1.666…) =
    // 1.67 a month, and 599 × 1.67 = 1,000.33 is more than the loan: 598 months pay
    // 1.67 (998.66), month 599 the 1.34 left, and month 600 nothing.
    let s =
        schedule(&Loan { principal: 100_000, annual_rate: Decimal::ZERO, months: 600, method: Method::EqualPrincipal })
            .unwrap();
    assert!(s[..598].iter().all(|p| p.principal == 167));
    assert_eq!(s[598], Payment { month: 599, payment: 134, interest: 0, principal: 134, balance: 0 });
    assert_eq!(s[599], Payment { month: 600, payment: 0, interest: 0, principal: 0, balance: 0 });
    // 10.00 over 600 months at 4.9 %: round(0.01666…) = 0.02 a month clears it in
    // month 500; interest is charged on each month's balance as ever.
    let s = schedule(&Loan { principal: 1_000, annual_rate: d("0.049"), months: 600, method: Method::EqualPrincipal })
        .unwrap();
    assert!(s[..500].iter().all(|p| p.principal == 2));
    assert_eq!(s[499].balance, 0);
    assert!(
        s[500..].iter().all(|p| *p == Payment { month: p.month, payment: 0, interest: 0, principal: 0, balance: 0 })
    );
    // Month 1: 10.00 × 0.049 ÷ 12 = 0.0408… → 0.04.
    assert_eq!(s[0], Payment { month: 1, payment: 6, interest: 4, principal: 2, balance: 998 });
    assert_eq!(s.iter().map(|p| p.principal).sum::<i64>(), 1_000);
}

#[test]
fn one_month_pays_everything_at_once() {
    for method in [Method::EqualPayment, Method::EqualPrincipal] {
        let s = schedule(&Loan { principal: 1_200_000, annual_rate: d("0.06"), months: 1, method }).unwrap();
        // 12,000 plus one month at 0.5 %: 60.00.
        assert_eq!(s, [Payment { month: 1, payment: 1_206_000, interest: 6_000, principal: 1_200_000, balance: 0 }]);
    }
}

#[test]
fn a_tiny_loan_cleared_early_pays_nothing_after() {
    // 0.02 over 3 months at 0 %: the payment rounds up to 0.01, so it is paid off in month 2.
    let s =
        schedule(&Loan { principal: 2, annual_rate: Decimal::ZERO, months: 3, method: Method::EqualPayment }).unwrap();
    assert_eq!(s.iter().map(|p| (p.payment, p.balance)).collect::<Vec<_>>(), [(1, 1), (1, 0), (0, 0)]);
}

#[test]
fn a_payment_that_is_all_interest_leaves_the_loan_to_the_last_month() {
    // 0.50 at 18 % over 5 years: A = 0.0127 → 0.01, and each month's interest is
    // 0.50 × 1.5 % = 0.75 fen → 0.01, so nothing is repaid until month 60 pays the
    // 0.50 and its 0.01. Never a negative principal part.
    let s =
        schedule(&Loan { principal: 50, annual_rate: d("0.18"), months: 60, method: Method::EqualPayment }).unwrap();
    assert!(s[..59].iter().all(|p| (p.payment, p.interest, p.balance) == (1, 1, 50)));
    assert_eq!(s[59], Payment { month: 60, payment: 51, interest: 1, principal: 50, balance: 0 });
    // 0.01 at 18 %: a payment and each month's interest (0.015 fen) round to 0.
    let s = schedule(&Loan { principal: 1, annual_rate: d("0.18"), months: 60, method: Method::EqualPayment }).unwrap();
    assert!(s[..59].iter().all(|p| p.payment == 0 && p.balance == 1));
    assert_eq!(s[59], Payment { month: 60, payment: 1, interest: 0, principal: 1, balance: 0 });
}

#[test]
fn combine_lets_the_shorter_loan_end_early() {
    let long = sched(100_000, "4.0", 24, Method::EqualPrincipal);
    let short = sched(12_000, "0.0", 12, Method::EqualPayment);
    let both = combine(&short, &long);
    assert_eq!(both.len(), 24);
    assert_eq!(both[0].payment, short[0].payment + long[0].payment);
    assert_eq!(both[11].balance, long[11].balance);
    assert_eq!(both[12..], long[12..]);
    assert_eq!(both.iter().map(|p| p.month).collect::<Vec<_>>(), (1..=24).collect::<Vec<_>>());
    assert_eq!(combine(&[], &long), long);
    assert!(combine(&[], &[]).is_empty());
}

// --- Validation and names ---

#[test]
fn bad_loans_say_what_to_fix() {
    let ok = loan(300_000, "4.9", 240, Method::EqualPayment);
    let err = |l: Loan| schedule(&l).unwrap_err();
    assert_eq!(err(Loan { principal: 0, ..ok }), MortgageError::NotPositive(0));
    assert_eq!(
        err(Loan { principal: -500, ..ok }).to_string(),
        "the loan amount must be more than zero (got -5.00): enter what you borrow"
    );
    assert_eq!(err(Loan { principal: MAX_PRINCIPAL + 1, ..ok }), MortgageError::TooLarge(MAX_PRINCIPAL + 1));
    // The one limit of every figure (issue 20 item 4), named as everywhere.
    assert_eq!(MAX_PRINCIPAL, crate::money::MAX_AMOUNT);
    assert!(
        err(Loan { principal: MAX_PRINCIPAL + 1, ..ok })
            .to_string()
            .starts_with("¥10,000,000,000.01 is over nestegg's limit of ¥10,000,000,000.00 for one figure")
    );
    assert!(schedule(&Loan { principal: MAX_PRINCIPAL, months: 600, annual_rate: d("0.99"), ..ok }).is_ok());
    assert_eq!(err(Loan { months: 0, ..ok }).to_string(), "the loan term is zero: give it at least one month");
    assert_eq!(
        err(Loan { months: 601, ..ok }).to_string(),
        "a term of 601 months is longer than 50 years: choose at most 600 months"
    );
    assert!(schedule(&Loan { months: 600, ..ok }).is_ok());
    assert_eq!(
        err(Loan { annual_rate: Decimal::ONE, ..ok }).to_string(),
        "an annual rate of 100% is out of range: use a rate from 0% up to, but below, 100%, such as 4.9%"
    );
    assert_eq!(
        err(Loan { annual_rate: d("-0.0325"), ..ok }).to_string().split(':').next(),
        Some("an annual rate of -3.25% is out of range")
    );
    assert_eq!(err(Loan { annual_rate: d("1.2"), ..ok }), MortgageError::RateOutOfRange(d("1.2")));
}

#[test]
fn methods_parse_from_english_and_chinese_names() {
    for (text, method) in [
        ("equal-payment", Method::EqualPayment),
        (" Equal_Payment ", Method::EqualPayment),
        ("等额本息", Method::EqualPayment),
        ("equal-principal", Method::EqualPrincipal),
        ("等额本金", Method::EqualPrincipal),
    ] {
        assert_eq!(text.parse::<Method>(), Ok(method), "{text}");
    }
    for method in [Method::EqualPayment, Method::EqualPrincipal] {
        assert_eq!(method.to_string().parse::<Method>(), Ok(method));
        assert_eq!(method.chinese().parse::<Method>(), Ok(method));
    }
    assert_eq!(Method::EqualPrincipal.to_string(), "equal-principal");
    assert_eq!(
        "annuity".parse::<Method>().unwrap_err().to_string(),
        "unknown repayment method 'annuity': use equal-payment (等额本息) or equal-principal (等额本金)"
    );
}

#[test]
fn serde_uses_the_kebab_case_names() {
    let l = loan(300_000, "4.9", 240, Method::EqualPrincipal);
    let json = serde_json::to_string(&l).unwrap();
    assert_eq!(json, r#"{"principal":30000000,"annual_rate":0.049,"months":240,"method":"equal-principal"}"#);
    assert_eq!(serde_json::from_str::<Loan>(&json).unwrap(), l);
    let p = Payment { month: 1, payment: 3, interest: 1, principal: 2, balance: 5 };
    assert_eq!(serde_json::to_string(&p).unwrap(), r#"{"month":1,"payment":3,"interest":1,"principal":2,"balance":5}"#);
}

// --- Issue 19: a half fen is a half fen ---

#[test]
fn equal_principal_300k_at_4_1_charges_a_half_fen_up_in_month_7() {
    // 300,000 ÷ 240 = 1,250.00 a month, so month 7 opens at 292,500.00, and
    // 292,500 × 0.041 ÷ 12 = 999.375 exactly: a half fen, rounded up to 999.38.
    // Floats can miss it: 292,500 × 4.1 ÷ 1,200 is 999.374999… and 999.37.
    let s = sched(300_000, "4.1", 240, Method::EqualPrincipal);
    assert_eq!(s[5].balance, 29_250_000);
    assert_eq!(s[6], Payment { month: 7, payment: 224_938, interest: 99_938, principal: 125_000, balance: 29_125_000 });
    assert_eq!((29_250_000.0_f64 * 4.1 / 1_200.0).round(), 99_937.0);
    assert_eq!(total_interest(&s), 12_351_260);
}

#[test]
fn rates_are_the_decimals_typed() {
    // 4.1 % is 41 thousandths exactly; as a float it is 0.040999999999999995…
    let r = Monthly::of(pct("4.1"));
    assert_eq!((r.num, r.den), (41, 12_000));
    // On 100,000.00 a month's interest is 341.666… → 341.67; a half fen rounds up.
    assert_eq!(r.interest(10_000_000), 34_167);
    assert_eq!(Monthly::of(d("0.06")).interest(100), 1);
    // Past 18 decimals a rate is rounded to 18.
    let fine = Monthly::of(d("0.0000000000000000015"));
    assert_eq!((fine.num, fine.den), (2, 12 * 10i128.pow(18)));
}

// --- Properties ---

/// `x` rounded half away from zero to a whole number (of fen).
fn half_up(x: Decimal) -> i64 {
    x.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero).to_i64().unwrap()
}

/// The equal payment from its formula in exact rationals, rounded once:
/// `A = P·r·g / (g − 1)` with `g = (1+r)ⁿ` (`P/n` at 0 %), and never below
/// the first month's interest.
fn exact_payment(l: &Loan) -> i64 {
    let (p, n) = (BigRational::from_integer(BigInt::from(l.principal)), l.months);
    let r = exact(l.annual_rate) / BigRational::from_integer(BigInt::from(12));
    if r.is_zero() {
        return round_exact(&(p / BigRational::from_integer(BigInt::from(n))));
    }
    let g = (BigRational::one() + &r).pow(n as i32);
    round_exact(&(&p * &r * &g / (g - BigRational::one()))).max(round_exact(&(p * r)))
}

/// What a bank's calculator prints, written apart from the engine and as
/// plainly as it is said: each month's interest is the opening balance ×
/// annual ÷ 12 rounded to the fen; the principal part is the payment less that
/// (equal payment) or `P ÷ n` rounded (equal principal); the last month pays
/// the balance left. Decimal arithmetic: a balance times a rate of at most six
/// decimals is exact, and ÷ 12 to 28 digits keeps a half fen a half fen (any
/// other fraction is at least 1 ÷ (12·10⁶) away from one). Only for loans the
/// tiny-loan guards never reach: it asserts they are not needed.
fn bank_calculator(l: &Loan) -> Vec<Payment> {
    let (p, n) = (l.principal, l.months);
    let twelve = Decimal::from(12);
    let a = exact_payment(l);
    let part = half_up(Decimal::from(p) / Decimal::from(n));
    let mut balance = p;
    let mut rows = Vec::new();
    for month in 1..=n {
        let interest = half_up(Decimal::from(balance) * l.annual_rate / twelve);
        let principal = if month == n {
            balance
        } else if l.method == Method::EqualPayment {
            a - interest
        } else {
            part
        };
        assert!((0..=balance).contains(&principal), "a guard would be needed: {l:?} month {month}");
        balance -= principal;
        rows.push(Payment { month, payment: interest + principal, interest, principal, balance });
    }
    rows
}

/// Rates as banks quote them: today's LPR-like and housing-fund rates, any
/// hundredth of a percent from 0 to 10 %, and any rate to four decimals of a
/// percent.
fn bank_rate() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        prop::sample::select(vec!["4.9", "4.1", "3.85", "3.05", "3.1", "2.85", "2.6", "2.35", "0"]).prop_map(pct),
        (0i64..=1_000).prop_map(|x| Decimal::new(x, 4)),
        (0i64..=100_000).prop_map(|x| Decimal::new(x, 6)),
    ]
}

/// Home loans: 10,000 to 5,000,000 yuan (to the fen or whole yuan) over 1 to
/// 30 years (whole years or any month).
fn bank_loan() -> impl Strategy<Value = Loan> {
    (
        prop_oneof![1_000_000i64..=500_000_000, (10_000i64..=5_000_000).prop_map(|y| y * 100)],
        bank_rate(),
        prop_oneof![(1u32..=30).prop_map(|y| y * 12), 12u32..=360],
        prop_oneof![Just(Method::EqualPayment), Just(Method::EqualPrincipal)],
    )
        .prop_map(|(principal, annual_rate, months, method)| Loan { principal, annual_rate, months, method })
}

/// The rate as an exact rational.
fn exact(rate: Decimal) -> BigRational {
    BigRational::new(BigInt::from(rate.mantissa()), BigInt::from(10).pow(rate.scale()))
}

/// Rounded half away from zero, exactly.
fn round_exact(x: &BigRational) -> i64 {
    let half = BigRational::new(BigInt::one(), BigInt::from(2));
    let r = if x.is_negative() { -((-x.clone()) + &half).floor() } else { (x + &half).floor() };
    r.to_integer().to_i64().unwrap()
}

/// A rate of 0 to 20 % with up to six decimals (four of a percentage point),
/// most of them short as typed (4.1 %, 3.05 %).
fn any_rate() -> impl Strategy<Value = Decimal> {
    prop_oneof![(0i64..=2_000).prop_map(|x| Decimal::new(x, 4)), (0i64..=200_000).prop_map(|x| Decimal::new(x, 6)),]
}

fn any_loan() -> impl Strategy<Value = Loan> {
    (
        1i64..10_000_000_000,
        any_rate(),
        1u32..=MAX_MONTHS,
        prop_oneof![Just(Method::EqualPayment), Just(Method::EqualPrincipal)],
    )
        .prop_map(|(principal, annual_rate, months, method)| Loan { principal, annual_rate, months, method })
}

/// Tiny loans and zero rates, where rounding is at its coarsest.
fn small_loan() -> impl Strategy<Value = Loan> {
    (
        1i64..200_000,
        prop_oneof![Just(Decimal::ZERO), any_rate()],
        1u32..=MAX_MONTHS,
        prop_oneof![Just(Method::EqualPayment), Just(Method::EqualPrincipal)],
    )
        .prop_map(|(principal, annual_rate, months, method)| Loan { principal, annual_rate, months, method })
}

/// The documented rules on any loan, the guards of tiny ones included.
fn check_invariants(l: &Loan) -> Result<(), TestCaseError> {
    let s = schedule(l).unwrap();
    let monthly = exact(l.annual_rate) / BigRational::from_integer(BigInt::from(12));
    prop_assert_eq!(s.len(), l.months as usize);
    prop_assert_eq!(s.iter().map(|p| p.principal).sum::<i64>(), l.principal);
    prop_assert_eq!(s.last().unwrap().balance, 0);
    let part = round_exact(&BigRational::new(BigInt::from(l.principal), BigInt::from(l.months)));
    let a = exact_payment(l);
    let mut before = l.principal;
    for (i, p) in s.iter().enumerate() {
        let last = i + 1 == s.len();
        prop_assert_eq!(p.month as usize, i + 1);
        prop_assert!(p.payment >= 0 && p.interest >= 0 && p.principal >= 0, "{:?}", p);
        prop_assert_eq!(p.payment, p.interest + p.principal);
        prop_assert_eq!(p.balance, before - p.principal);
        // Each month's interest is its opening balance's, rounded on its own.
        prop_assert_eq!(p.interest, round_exact(&(&monthly * BigInt::from(before))), "{:?} on {}", p, before);
        match l.method {
            _ if last => prop_assert_eq!(p.principal, before),
            // The same payment every month, unless the loan is cleared (a tiny one).
            Method::EqualPayment => {
                prop_assert!(p.payment == a || (p.balance == 0 && p.payment < a), "{:?} vs {}", p, a)
            }
            // round(P/n) every month, or what is left (a tiny loan).
            Method::EqualPrincipal => prop_assert_eq!(p.principal, part.min(before)),
        }
        before = p.balance;
    }
    if l.method == Method::EqualPayment {
        // The last absorbs each month's rounding (under half a fen of payment plus half
        // a fen of interest), compounded at r: n fen at 0 %, a few yuan at most on a usual loan.
        let r = l.annual_rate.to_f64().unwrap() / 12.0;
        let growth = if r == 0.0 { f64::from(l.months) } else { (f64::from(l.months) * r.ln_1p()).exp_m1() / r };
        let bound = growth + (1.0 + r).powf(f64::from(l.months)) + 2.0;
        let last = s.last().unwrap().payment;
        prop_assert!(((last - a) as f64).abs() <= bound, "last {} vs {} (bound {})", last, a, bound);
    }
    Ok(())
}

proptest! {
    #![proptest_config(crate::proptest_config(256))]

    /// Month by month, every figure (payment, interest, principal, balance) is the
    /// bank calculator's.
    #[test]
    fn home_loans_match_a_bank_calculator_month_by_month(l in bank_loan()) {
        prop_assert_eq!(schedule(&l).unwrap(), bank_calculator(&l));
    }

    #[test]
    fn schedules_follow_the_rules(l in any_loan()) {
        check_invariants(&l)?;
    }

    #[test]
    fn small_schedules_follow_the_rules(l in small_loan()) {
        check_invariants(&l)?;
    }

    #[test]
    fn combining_a_schedule_with_itself_doubles_it(l in any_loan()) {
        let s = schedule(&l).unwrap();
        let both = combine(&s, &s);
        prop_assert_eq!(both.len(), s.len());
        for (d, p) in both.iter().zip(&s) {
            prop_assert_eq!(
                *d,
                Payment {
                    month: p.month,
                    payment: 2 * p.payment,
                    interest: 2 * p.interest,
                    principal: 2 * p.principal,
                    balance: 2 * p.balance,
                }
            );
        }
        prop_assert_eq!(total_interest(&both), 2 * total_interest(&s));
    }
}
