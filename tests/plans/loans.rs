//! Issue 25's loans through the real binary: prepayment (提前还款) both
//! ways, an LPR repricing and a combined loan (组合贷), each figure checked
//! against a reference computed here month by month in exact rationals,
//! apart from the engine; bad input refused in both languages, exit 2,
//! and no ledger made.

use crate::common;

use chrono::{Datelike, Local, Months};
use common::Cli;
use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, ToPrimitive};

fn big(x: i64) -> BigRational {
    BigRational::from_integer(BigInt::from(x))
}

/// A percent as typed, as an exact fraction: "4.9" → 49/1000.
fn rate(percent: &str) -> BigRational {
    let (whole, frac) = percent.split_once('.').unwrap_or((percent, ""));
    let digits: i64 = format!("{whole}{frac}").parse().unwrap();
    BigRational::new(BigInt::from(digits), BigInt::from(10).pow(frac.len() as u32 + 2))
}

fn round(x: &BigRational) -> i64 {
    (x + BigRational::new(BigInt::one(), BigInt::from(2))).floor().to_integer().to_i64().unwrap()
}

fn interest(b: i64, annual: &BigRational) -> i64 {
    round(&(big(b) * annual / big(12)))
}

fn level(b: i64, annual: &BigRational, n: u32) -> i64 {
    let r = annual / big(12);
    let g = (BigRational::one() + &r).pow(n as i32);
    round(&(big(b) * &r * &g / (g - BigRational::one())))
}

/// One month: (payment, interest, principal, prepaid, balance), in fen.
type Row = (i64, i64, i64, i64, i64);

/// An equal-payment loan of `p` fen over `n` months as a bank runs it: a
/// prepayment `x` after month `at` (shortening the term, or lowering the
/// payment over the months left), a new rate from payment `from` (the
/// payment recomputed over the months left).
fn reference(p: i64, annual: &str, n: u32, prepay: Option<(u32, i64, bool)>, change: Option<(u32, &str)>) -> Vec<Row> {
    let (mut b, mut r, mut end) = (p, rate(annual), n);
    let mut a = level(b, &r, n);
    let mut rows = Vec::new();
    let mut k = 1;
    while b > 0 {
        if let Some((from, new)) = change.filter(|c| c.0 == k) {
            let _ = from;
            r = rate(new);
            a = level(b, &r, end - k + 1);
        }
        let i = interest(b, &r);
        let principal = if k == end { b } else { (a - i).min(b) };
        b -= principal;
        let mut x = 0;
        if let Some((_, amount, lower)) = prepay.filter(|q| q.0 == k) {
            x = amount.min(b);
            b -= x;
            if lower {
                a = level(b, &r, n - k);
            } else {
                let (mut left, mut m) = (b, 0);
                while left > 0 {
                    left -= (a - interest(left, &r)).min(left);
                    m += 1;
                }
                end = k + m;
            }
        }
        rows.push((i + principal, i, principal, x, b));
        k += 1;
    }
    rows
}

fn fen(s: &str) -> i64 {
    let (y, f) = s.split_once('.').unwrap();
    y.parse::<i64>().unwrap() * 100 + if y.starts_with('-') { -1 } else { 1 } * f.parse::<i64>().unwrap()
}

/// `mortgage … -f csv`, parsed: (header, rows).
fn csv(cli: &Cli, args: &[&str]) -> (String, Vec<Vec<String>>) {
    let out = cli.ok(&[&["mortgage"], args, &["-f", "csv"]].concat());
    let mut r = csv::ReaderBuilder::new().has_headers(false).from_reader(out.as_bytes());
    let mut rows: Vec<Vec<String>> = r.records().map(|rec| rec.unwrap().iter().map(str::to_owned).collect()).collect();
    (rows.remove(0).join(","), rows)
}

fn as_rows(rows: &[Vec<String>]) -> Vec<Row> {
    rows.iter().map(|r| (fen(&r[1]), fen(&r[2]), fen(&r[3]), fen(&r[6]), fen(&r[4]))).collect()
}

const LOAN: [&str; 8] = ["--principal", "300000", "--rate", "4.9", "--years", "20", "--start", "2026-06"];

fn total_interest(rows: &[Row]) -> i64 {
    rows.iter().map(|r| r.1).sum()
}

#[test]
fn repaying_50000_in_year_3_shorter_term_or_lower_payment() {
    let cli = Cli::new();
    let base = reference(30_000_000, "4.9", 240, None, None);
    assert_eq!(total_interest(&base), 17_120_015); // 171,200.15, as issue 6's example
    // Shorten the term (the default): 1,963.33 a month until payment 188.
    let term = reference(30_000_000, "4.9", 240, Some((36, 5_000_000, false)), None);
    let (header, rows) = csv(&cli, &[&LOAN[..], &["--prepay", "50000@36"]].concat());
    assert!(header.starts_with("month,payment,interest,principal,balance,date,prepaid,penalty,rate"), "{header}");
    assert_eq!(as_rows(&rows), term);
    assert_eq!(rows.len(), 188);
    assert_eq!((rows[35][5].as_str(), rows[35][6].as_str()), ("2029-05", "50000.00"));
    assert_eq!(rows[187][5], "2042-01");
    let saved = total_interest(&base) - total_interest(&term);
    assert_eq!(saved, 5_317_015);
    let out = cli.ok(&[&["mortgage"], &LOAN[..], &["--prepay", "50000@36"]].concat());
    for line in [
        "With prepayments (shorten the term):",
        "  ¥50,000.00 after payment 36 (2029-05)",
        "  interest saved ¥53,170.15 · total interest now ¥118,030.00",
        "  last payment now payment 188 (2042-01), was 240 (2046-05)",
        "  payment from payment 37: ¥1,963.33 (was ¥1,963.33)",
        "  prepaid ¥50,000.00 · penalty ¥0.00",
        // The other choice beside it, from the reference below.
        "  to lower the payment instead: interest saved ¥23,780.20, last payment 240 (2046-05), payment ¥1,601.67 after the prepayment",
    ] {
        assert!(out.contains(line), "{line:?} not in\n{out}");
    }

    // Lower the payment: the term kept, 1,601.67 a month over the 204 months left.
    let lower = reference(30_000_000, "4.9", 240, Some((36, 5_000_000, true)), None);
    let args = [&LOAN[..], &["--prepay", "50000@2029-05", "--reduce", "payment"]].concat();
    let (_, rows) = csv(&cli, &args);
    assert_eq!(as_rows(&rows), lower);
    assert_eq!(lower[36].0, level(lower[35].4, &rate("4.9"), 204));
    assert_eq!(lower[36].0, 160_167);
    assert_eq!(total_interest(&base) - total_interest(&lower), 2_378_020);
    let json = cli.ok(&[&["mortgage"], &args[..], &["-f", "json"]].concat());
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    // The old fields describe the loan as agreed; the prepayment's follow.
    assert_eq!(
        [&json["first_payment"], &json["last_payment"], &json["total_interest"]],
        ["1963.33", "1964.28", "171200.15"]
    );
    let p = &json["prepayment"];
    assert_eq!(
        [&p["interest_saved"], &p["new_payment"], &p["end"], &p["reduce"]],
        ["23780.20", "1601.67", "2046-05", "payment"]
    );
    assert_eq!(p["last_month"], 240);
    // Shortening saves more interest; lowering keeps more cash each month.
    assert!(saved > 2_378_020);
}

/// Issue 25: a 1 % penalty on the 50,000 is 500.00 either way, so shortening
/// nets 53,170.15 − 500.00 = 52,670.15 and lowering 23,780.20 − 500.00 =
/// 23,280.20; `relocate show` says the same of the loan as a scenario, as
/// the mortgage view (m) does.
#[test]
fn a_penalty_is_taken_off_the_interest_saved() {
    let cli = Cli::new();
    let out = cli.ok(&[&["mortgage"], &LOAN[..], &["--prepay", "50000@36", "--penalty", "1"]].concat());
    for line in [
        "  interest saved ¥53,170.15 · total interest now ¥118,030.00",
        "  prepaid ¥50,000.00 · penalty ¥500.00",
        "  net saving ¥52,670.15 (interest saved − penalty)",
        "    penalty ¥500.00 · net saving ¥23,280.20",
    ] {
        assert!(out.lines().any(|l| l == line), "{line:?} not in\n{out}");
    }
    let zh = cli.ok(&[&["--lang", "zh", "mortgage"], &LOAN[..], &["--prepay", "50000@36", "--penalty", "1"]].concat());
    assert!(zh.contains("  净节省 ¥52,670.15（节省利息 − 违约金）"), "{zh}");
    assert!(zh.contains("    违约金 ¥500.00 · 净节省 ¥23,280.20"), "{zh}");
    // Without a penalty, no such line.
    let out = cli.ok(&[&["mortgage"], &LOAN[..], &["--prepay", "50000@36"]].concat());
    assert!(!out.contains("net saving"), "{out}");

    // Staying needs a complete month: last month's pay.
    let first = Local::now().date_naive().with_day0(0).unwrap();
    let day = (first - Months::new(1)).to_string();
    cli.ok(&["add", "5000", "-c", "salary", "-a", "bank", "-d", &day]);
    let buy = ["--plan", "mortgage", "--price-per-m2", "10000", "--area", "30", "--down-payment", "0", "--rate", "4.9"];
    let more = ["--years", "20", "--deed-tax", "0", "--prepay", "50000@36", "--penalty", "1"];
    cli.ok(&[&["relocate", "add", "Buy", "--income", "5000", "--living", "1000"], &buy[..], &more[..]].concat());
    let show = cli.ok(&["relocate", "show", "Buy"]);
    let lines: Vec<&str> = show.lines().collect();
    let at = lines.iter().position(|l| l.starts_with("  prepaying, shorten the term: saves ¥53,170.15")).expect(&show);
    assert_eq!(lines[at + 1], "    penalty ¥500.00 · net saving ¥52,670.15", "{show}");
    assert!(lines[at + 2].starts_with("  or, to lower the payment: saves ¥23,780.20"), "{show}");
    assert_eq!(lines[at + 3], "    penalty ¥500.00 · net saving ¥23,280.20", "{show}");
}

#[test]
fn yearly_prepayments_with_a_penalty_within_the_first_two_years() {
    let cli = Cli::new();
    let args = [&LOAN[..], &["--prepay-yearly", "10000", "--penalty", "1", "--penalty-months", "24"]].concat();
    let (_, rows) = csv(&cli, &args);
    let prepaid: Vec<usize> = rows.iter().enumerate().filter(|(_, r)| r[6] != "0.00").map(|(i, _)| i + 1).collect();
    assert_eq!(prepaid[..3], [12, 24, 36]);
    // 1 % of 10,000.00 after payments 12 and 24 only.
    let penalties: Vec<&str> = rows.iter().map(|r| r[7].as_str()).filter(|p| *p != "0.00").collect();
    assert_eq!(penalties, ["100.00", "100.00"]);
    let principal: i64 = rows.iter().map(|r| fen(&r[3]) + fen(&r[6])).sum();
    assert_eq!(principal, 30_000_000);
    assert_eq!(rows.last().unwrap()[4], "0.00");
}

#[test]
fn an_lpr_cut_repriced_in_january_changes_the_schedule_from_february() {
    // LPR 3.95 % − 0.30 = 3.65 % from the first payment (2026-01); the LPR is 3.45 %
    // from 2027-01, so the January 2027 repricing makes it 3.15 %, charged from the
    // February 2027 payment (payment 14), and the payment is recomputed on the
    // balance after payment 13 over the 227 months left.
    let cli = Cli::new();
    let args = [
        "--principal",
        "300000",
        "--lpr",
        "3.95",
        "--spread",
        "-0.3",
        "--reprice",
        "jan",
        "--lpr-change",
        "2027-01:3.45",
        "--years",
        "20",
        "--start",
        "2026-01",
    ];
    let (_, rows) = csv(&cli, &args);
    let want = reference(30_000_000, "3.65", 240, None, Some((14, "3.15")));
    assert_eq!(as_rows(&rows), want);
    assert_eq!([&rows[12][8], &rows[13][8]], ["3.65", "3.15"]);
    assert_eq!((rows[13][0].as_str(), rows[13][5].as_str()), ("14", "2027-02"));
    // By hand: 1,763.09 a month for 13 months leaves 288,738.24; at 3.15 % ÷ 12 that
    // charges 757.94, and the level payment over 227 months is 1,689.98.
    assert_eq!(want[12].4, 28_873_824);
    assert_eq!((want[13].0, want[13].1), (168_998, interest(28_873_824, &rate("3.15"))));
    assert_eq!(rows[13][1..3], ["1689.98", "757.94"]);
    let out = cli.ok(&[&["mortgage"], &args[..]].concat());
    assert!(out.contains("floating rate: LPR 3.95% -30 bp, repriced every 1 January"), "{out}");
    assert!(out.contains("from payment 14 (2027-02): 3.15%, payment ¥1,689.98"), "{out}");
    // A fixed rate changed by date follows the same rule.
    let fixed = ["--principal", "300000", "--rate", "3.65", "--years", "20", "--start", "2026-01"];
    let (_, rows) = csv(&cli, &[&fixed[..], &["--rate-change", "2027-01:3.15"]].concat());
    assert_eq!(as_rows(&rows), want);
}

#[test]
fn a_combined_loan_is_the_two_loans_computed_apart_and_summed() {
    let cli = Cli::new();
    let (header, both) =
        csv(&cli, &[&LOAN[..], &["--fund", "100000", "--fund-rate", "3.1", "--fund-years", "15"]].concat());
    assert!(header.ends_with("fund_payment,fund_interest,fund_principal,fund_balance"), "{header}");
    let (_, commercial) = csv(&cli, &["--principal", "200000", "--rate", "4.9", "--years", "20"]);
    let (_, fund) = csv(&cli, &["--principal", "100000", "--rate", "3.1", "--years", "15"]);
    assert_eq!((both.len(), commercial.len(), fund.len()), (240, 240, 180));
    for (i, row) in both.iter().enumerate() {
        for col in 1..=4 {
            let f = fund.get(i).map_or(0, |f| fen(&f[col]));
            assert_eq!(fen(&row[col]), fen(&commercial[i][col]) + f, "month {} column {col}", i + 1);
            assert_eq!(fen(&row[8 + col]), f, "month {} fund column {col}", i + 1);
        }
    }
    let out =
        cli.ok(&[&["mortgage"], &LOAN[..], &["--fund", "100000", "--fund-rate", "3.1", "--fund-years", "15"]].concat());
    for line in [
        "commercial loan: ¥200,000.00 等额本息 (equal-payment) over 20 years at 4.90%",
        "housing fund loan: ¥100,000.00 等额本息 (equal-payment) over 15 years at 3.10%",
        "both loans: ¥300,000.00",
        "  last payment is payment 180 (2041-05)",
        "  last payment is payment 240 (2046-05)",
    ] {
        assert!(out.contains(line), "{line:?} not in\n{out}");
    }
    // The first payments, loan by loan and summed.
    let first = |rows: &[Vec<String>]| fen(&rows[0][1]);
    let sum = first(&commercial) + first(&fund);
    assert!(
        out.contains(&format!("first payment ¥{},{:03}.{:02}", sum / 100_000, (sum / 100) % 1000, sum % 100)),
        "{out}"
    );
    // The fund rate defaults to 2.6 %.
    let json = cli.ok(&[&["mortgage"], &LOAN[..], &["--fund", "100000", "-f", "json"]].concat());
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json["loans"][1]["rate"], "2.6");
    assert_eq!(json["loans"][1]["loan"], "fund");
    // A prepayment goes to the commercial loan: its end is the one that moves,
    // even where the fund loan lasts longer (a 25-year fund beside it).
    let fund = ["--fund", "100000", "--fund-years", "25"];
    let out = cli.ok(&[&["mortgage"], &LOAN[..], &fund[..], &["--prepay", "50000@36"]].concat());
    let (_, rows) = csv(&cli, &[&LOAN[..], &fund[..], &["--prepay", "50000@36"]].concat());
    let commercial_end = rows.iter().rposition(|r| fen(&r[1]) != fen(&r[9])).unwrap() + 1;
    assert!(commercial_end < 240, "{commercial_end}");
    let said = format!("  the commercial loan's last payment now payment {commercial_end} (");
    assert!(out.contains(&said) && out.contains("), was 240 (2046-05)"), "{said}\n{out}");
}

#[test]
fn the_default_start_is_next_month() {
    let cli = Cli::new();
    let next = |d: chrono::NaiveDate| d.with_day(1).unwrap() + Months::new(1);
    let before = next(Local::now().date_naive());
    let out = cli.ok(&["mortgage", "--principal", "1000", "--rate", "4", "--years", "1", "-f", "json"]);
    let after = next(Local::now().date_naive());
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let start = json["start"].as_str().unwrap().to_owned();
    assert!([before, after].iter().any(|d| format!("{:04}-{:02}", d.year(), d.month()) == start), "{start}");
}

#[test]
fn bad_loans_are_refused_in_both_languages_and_make_no_ledger() {
    let cli = Cli::new();
    let with = |rest: &[&'static str]| [&["mortgage"], &LOAN[..], rest].concat();
    let cases: [(&[&str], &str, &str); 7] = [
        (&["--prepay", "50000@240"], "outside a loan of 240 payments", "超出了 240 期的贷款"),
        (&["--prepay", "50000@2026-01"], "2026-01 is before the first payment (2026-06)", "早于首次还款"),
        (&["--prepay=-5@3"], "'-5' is negative", "是负数"),
        (&["--prepay", "0@3"], "a prepayment must be more than zero", "提前还款金额必须大于零"),
        (&["--fund", "400000"], "is more than the whole loan ¥300,000.00", "超过了贷款总额"),
        (&["--rate-change", "2026-05:4"], "2026-05 is before the first payment", "早于首次还款"),
        (&["--penalty", "100", "--prepay", "1@3"], "a penalty of 100% is out of range", "违约金 100% 超出范围"),
    ];
    for (rest, en, zh) in cases {
        cli.fails(&with(rest), en);
        let out = cli.run(&[&["--lang", "zh"], &with(rest)[..]].concat());
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(err.starts_with("nestegg：") && err.contains(zh) && out.stdout.is_empty(), "{err:?} lacks {zh:?}");
    }
    cli.fails(&with(&["--prepay", "lots"]), "is not a prepayment: write AMOUNT@PAYMENT");
    cli.fails(&with(&["--lpr-change", "2027-01:3.4"]), "--lpr-change needs --lpr");
    cli.fails(&with(&["--fund-years", "10"]), "--fund-years needs --fund");
    cli.fails(&with(&["--penalty", "1"]), "--penalty needs --prepay");
    assert!(!cli.path.exists(), "a refused mortgage made {}", cli.path.display());
}
