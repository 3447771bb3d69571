//! Issue 25's loans in a Move scenario, through the real binary: a
//! prepayment and a fund loan with its own term set by `relocate add/edit`,
//! shown by `relocate show` in both languages, followed by the comparison
//! (the prepayment is cash out of savings in its month); bad values refused
//! by field with the ledger unchanged (a full dump before and after); a
//! scenario without them stored as it always was.

use crate::common;

use chrono::{Datelike, Local, Months};
use common::Cli;

/// Two complete months of 5,000 in and 1,500 of rent before this one.
fn household() -> Cli {
    let cli = Cli::new();
    let first = Local::now().date_naive().with_day0(0).unwrap();
    for back in 1..=2 {
        let day = (first - Months::new(back)).to_string();
        cli.ok(&["add", "5000", "-c", "salary", "-a", "bank", "-d", &day]);
        cli.ok(&["add", "1500", "-c", "rent", "-a", "bank", "-d", &day]);
    }
    cli
}

const BUY: [&str; 13] = [
    "--plan",
    "mortgage",
    "--price-per-m2",
    "5000",
    "--area",
    "60",
    "--rate",
    "4.9",
    "--years",
    "20",
    "--fund",
    "50000",
    "--fund-years",
];

fn compare(cli: &Cli) -> Vec<Vec<String>> {
    let out = cli.ok(&["relocate", "compare", "-f", "csv"]);
    let mut r = csv::ReaderBuilder::new().from_reader(out.as_bytes());
    r.records().map(|rec| rec.unwrap().iter().map(str::to_owned).collect()).collect()
}

fn cents(s: &str) -> i64 {
    s.replace('.', "").parse().unwrap()
}

#[test]
fn a_prepayment_in_a_scenario_is_shown_and_compared() {
    let cli = household();
    cli.ok(&[&["relocate", "add", "Buy"], &BUY[..], &["10", "--prepay", "50000@36", "--penalty", "1"]].concat());
    cli.ok(&["relocate", "duplicate", "Buy", "Plain"]);
    cli.ok(&["relocate", "edit", "Plain", "--prepay", "0"]);
    let show = cli.ok(&["relocate", "show", "Buy"]);
    for line in [
        "  the fund loan over 10 years",
        "  prepays ¥50,000.00 after payment 36",
        "  prepayments shorten the term; penalty 1.00%",
    ] {
        assert!(show.contains(line), "{line:?} not in\n{show}");
    }
    let plain = cli.ok(&["relocate", "show", "Plain"]);
    assert!(!plain.contains("prepays"), "{plain}");
    let zh = cli.ok(&["--lang", "zh", "relocate", "show", "Buy"]);
    assert!(zh.contains("第 36 期后提前还款 ¥50,000.00") && zh.contains("公积金贷款 10 年"), "{zh}");

    // The same first year, the same net worth at month 36 (50,000 of cash
    // became 50,000 less owed, less the 500 penalty), and more after: less interest.
    let rows = compare(&cli);
    let (buy, plain) = (&rows[1], &rows[2]);
    assert_eq!((buy[0].as_str(), plain[0].as_str()), ("Buy", "Plain"));
    assert_eq!(buy[1..9], plain[1..9]);
    assert_eq!(cents(&plain[9]) - cents(&buy[9]), 50_000, "the 1 % penalty at month 36");
    assert!(cents(&buy[10]) > cents(&plain[10]) && cents(&buy[11]) > cents(&plain[11]), "{buy:?} {plain:?}");

    // Lower the payment instead: the same prepayment, less saved by year 10.
    cli.ok(&["relocate", "duplicate", "Buy", "Lower"]);
    cli.ok(&["relocate", "edit", "Lower", "--reduce", "减少月供"]);
    let rows = compare(&cli);
    let lower = rows.iter().find(|r| r[0] == "Lower").unwrap();
    let term = rows.iter().find(|r| r[0] == "Buy").unwrap();
    assert!(cents(&lower[11]) < cents(&term[11]), "{lower:?} {term:?}");
    assert!(cli.ok(&["relocate", "show", "Lower"]).contains("prepayments lower the payment"));
}

#[test]
fn bad_loan_fields_are_refused_by_field_and_change_nothing() {
    let cli = household();
    cli.ok(&[&["relocate", "add", "Buy"], &BUY[..], &["10"]].concat());
    let before = cli.dump();
    for (args, needle) in [
        (&["--prepay", "50000@240"][..], "--prepay: a prepayment after payment 240 is outside a loan of 240 payments"),
        (&["--prepay", "lots@3"], "--prepay:"),
        (
            &["--prepay", "50000"],
            "--prepay: '50000' is not a prepayment: write AMOUNT@PAYMENT, the payment after which it is made",
        ),
        (&["--prepay-yearly", "1000@0"], "--prepay-yearly: a prepayment after payment 0"),
        (&["--reduce", "faster"], "--reduce: 'faster' is not a choice"),
        (&["--penalty", "100", "--prepay", "1000@3"], "--penalty: a penalty of 100% is out of range"),
        (&["--fund-years", "51"], "--fund-years:"),
    ] {
        cli.fails(&[&["relocate", "edit", "Buy"], args].concat(), needle);
    }
    assert_eq!(cli.dump(), before);
}

#[test]
fn a_scenario_without_prepayments_is_stored_as_before() {
    let cli = household();
    cli.ok(&[&["relocate", "add", "Buy"], &BUY[..10]].concat());
    let dump = cli.dump();
    let row = dump.lines().find(|l| l.contains("\"plan\":\"mortgage\"")).expect("the scenario's row");
    assert!(!row.contains("prepay") && !row.contains("\"years\":null"), "{row}");
    // The fund's own term is written only when given.
    cli.ok(&["relocate", "edit", "Buy", "--fund", "50000", "--fund-years", "10"]);
    assert!(cli.dump().contains("\"fund\":{\"amount\":5000000,\"rate_bp\":260,\"years\":10}"));
    cli.ok(&["relocate", "edit", "Buy", "--fund-years", ""]);
    assert!(cli.dump().contains("\"fund\":{\"amount\":5000000,\"rate_bp\":260}"));
}
