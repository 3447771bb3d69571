//! Issue 22, what you have: plans start from liquid net worth, a
//! reconciliation finds a difference and records an adjustment, an
//! investment's valuation moves net worth and not the savings rate, a
//! mortgage account follows its schedule, and the journal export carries
//! it all as balance assertions that hledger and ledger accept, with
//! balances equal to `nestegg networth` to the fen. Every figure worked by
//! hand in the comments. Fixed dates and months only: the binary reads the
//! real clock, so nothing here depends on the day it runs.

use crate::common;
use common::Cli;

/// The row of `networth --format csv` for `month`.
fn networth_row(l: &Cli, month: &str) -> Vec<String> {
    let csv = l.ok(&["networth", "--from", month, "--to", month, "--format", "csv"]);
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("month,assets,liabilities,net_worth,change,saved,value,other"), "{csv}");
    lines.next().unwrap_or_else(|| panic!("{csv}")).split(',').map(str::to_owned).collect()
}

fn project_start(l: &Cli) -> String {
    l.ok(&[
        "project",
        "--months",
        "12",
        "--income",
        "5000",
        "--housing",
        "0",
        "--spending",
        "2500",
        "--return",
        "0",
        "--inflation",
        "0",
    ])
}

#[test]
fn a_plan_starts_from_cash_and_investments_not_the_home_or_its_loan() {
    let l = Cli::new();
    l.ok(&["accounts", "opening", "bank", "80000", "--as-of", "2026-06-01"]);
    // 80,000 saved, 2,500 a month: 12 months on, 110,000; financial independence
    // at a 4 % withdrawal needs 25 × 30,000 = 750,000, (750,000 − 80,000) ÷ 30,000
    // = 22.3 years (not 711.5 from a negative start).
    let out = project_start(&l);
    assert!(out.contains("start ¥80,000.00"), "{out}");
    assert!(out.contains("¥110,000.00"), "{out}");
    assert!(out.contains("Financial independence at 4.00% withdrawal: 22.3 years"), "{out}");
    // A flat and its mortgage are not liquid: the start does not move.
    l.ok(&["accounts", "add", "家", "--kind", "home", "--balance", "900000", "--as-of", "2025-01-15"]);
    l.ok(&["accounts", "add", "房贷", "--kind", "loan"]);
    l.ok(&[
        "accounts",
        "loan",
        "房贷",
        "--principal",
        "300000",
        "--rate",
        "4.9",
        "--years",
        "20",
        "--start",
        "2025-01-15",
    ]);
    assert!(project_start(&l).contains("start ¥80,000.00"));
    // A fund is: 80,000 + 50,000.
    l.ok(&["accounts", "add", "Fund", "--kind", "investment", "--balance", "50000", "--as-of", "2026-06-01"]);
    assert!(project_start(&l).contains("start ¥130,000.00"));
}

#[test]
fn a_reconciliation_finds_25_50_shows_the_rows_writes_nothing_then_records_the_adjustment() {
    let l = Cli::new();
    l.ok(&["accounts", "opening", "bank", "10000", "--as-of", "2026-03-01"]);
    l.ok(&["add", "5000", "-c", "salary", "-a", "bank", "--date", "2026-03-10", "-p", "ACME"]);
    l.ok(&["add", "120", "-c", "food", "-a", "bank", "--date", "2026-03-12", "-p", "盒马"]);
    // The ledger: 10,000 + 5,000 − 120 = 14,880; the bank app says 14,854.50:
    // 25.50 is missing (a coffee never logged).
    let before = l.dump();
    let out = l.ok(&["reconcile", "bank", "14854.50", "--date", "2026-03-31"]);
    assert!(
        out.contains(
            "Bank card on 2026-03-31: the ledger says ¥14,880.00, the statement ¥14,854.50; a difference of -¥25.50"
        ),
        "{out}"
    );
    assert!(out.contains("Rows not yet reconciled:"), "{out}");
    assert!(out.contains("盒马") && out.contains("ACME"), "{out}");
    assert!(out.contains("nestegg reconcile 'Bank card' 14854.50 --date 2026-03-31 --adjust"), "{out}");
    assert_eq!(l.dump(), before, "a difference writes nothing");
    // Recorded as an adjustment: the balance is the statement's, no month moves.
    let report = l.ok(&["report", "monthly", "--format", "csv"]);
    let out = l.ok(&["reconcile", "bank", "14854.50", "--date", "2026-03-31", "--adjust"]);
    assert!(out.contains("Recorded an adjustment of -¥25.50 to Bank card on 2026-03-31"), "{out}");
    assert!(out.contains("2 rows reconciled"), "{out}");
    assert!(l.ok(&["accounts"]).contains("¥14,854.50"));
    assert_eq!(l.ok(&["report", "monthly", "--format", "csv"]), report, "not spending");
    // The next reconciliation lists only what came after this one.
    l.ok(&["add", "30", "-c", "food", "-a", "bank", "--date", "2026-04-02", "-p", "全家"]);
    let out = l.ok(&["reconcile", "bank", "14800", "--date", "2026-04-30"]);
    assert!(out.contains("(after the reconciliation of 2026-03-31)"), "{out}");
    assert!(out.contains("全家") && !out.contains("盒马"), "{out}");
    // One undo takes the 30 back, the next the adjustment: 14,880 again.
    assert!(l.ok(&["undo"]).contains("add food"));
    assert!(l.ok(&["undo"]).contains("reconcile Bank card"));
    assert!(l.ok(&["accounts"]).contains("¥14,880.00"));
    // A match is recorded at once, with every row so far reconciled.
    let out = l.ok(&["reconcile", "bank", "14880", "--date", "2026-04-30"]);
    assert!(out.contains("Bank card matches the statement: ¥14,880.00 on 2026-04-30; 2 rows reconciled"), "{out}");
}

#[test]
fn a_reconciled_row_is_changed_only_with_force_and_a_refusal_writes_nothing() {
    let l = Cli::new();
    l.ok(&["add", "120", "-c", "food", "-a", "bank", "--date", "2026-03-12"]);
    l.ok(&["reconcile", "bank", "-120", "--date", "2026-03-31"]);
    let ls = l.ok(&["ls"]);
    assert!(ls.contains("RECONCILED") && ls.lines().nth(1).unwrap().ends_with("✓"), "{ls}");
    let before = l.dump();
    l.fails(&["edit", "1", "--amount", "12"], "#1 is reconciled (its account was reconciled on 2026-03-31)");
    l.fails(&["rm", "1"], "Add --force");
    assert_eq!(l.dump(), before);
    assert!(l.ok(&["edit", "1", "--amount", "12", "--force"]).contains("-¥12.00"));
    // Refusals: a bank account is reconciled, not valued; a loan follows its
    // schedule; loan terms need a loan account; a date that is no day.
    let before = l.dump();
    l.fails(&["value", "bank", "100"], "not an investment or a home account");
    assert_eq!(l.dump(), before);
    l.ok(&["accounts", "add", "房贷", "--kind", "loan"]);
    l.ok(&[
        "accounts",
        "loan",
        "房贷",
        "--principal",
        "300000",
        "--rate",
        "4.9",
        "--years",
        "20",
        "--start",
        "2025-01-15",
    ]);
    l.fails(&["reconcile", "房贷", "-290000"], "follows its loan schedule");
    l.fails(
        &["accounts", "loan", "bank", "--principal", "1", "--rate", "1", "--years", "1", "--start", "2025-01-01"],
        "not a loan account",
    );
    l.fails(&["reconcile", "bank", "1", "--date", "2026-02-30"], "--date");
    l.fails(
        &["accounts", "loan", "房贷", "--principal", "0", "--rate", "4.9", "--years", "20", "--start", "2025-01-15"],
        "",
    );
    let owed = |l: &Cli| l.ok(&["accounts"]).lines().find(|r| r.starts_with("房贷")).unwrap().to_owned();
    assert!(!owed(&l).contains("¥0.00"), "{}", owed(&l));
    assert!(l.ok(&["undo"]).contains("loan terms of 房贷"));
    assert!(owed(&l).contains("¥0.00"), "{}", owed(&l));
}

#[test]
fn an_investment_valued_up_1000_changes_net_worth_and_not_the_savings_rate() {
    let l = Cli::new();
    l.ok(&["add", "5000", "-c", "salary", "-a", "bank", "--date", "2026-02-10"]);
    l.ok(&["add", "2500", "-c", "food", "-a", "bank", "--date", "2026-02-12"]);
    l.ok(&["accounts", "add", "Fund", "--kind", "investment", "--balance", "50000", "--as-of", "2026-01-01"]);
    let report = l.ok(&["report", "monthly", "--format", "csv"]);
    assert!(report.contains("2026-02,5000.00,0.00,2500.00,2500.00,0.5000"), "{report}");
    let out = l.ok(&["value", "Fund", "51000", "--date", "2026-02-20"]);
    assert!(out.contains("Fund is worth ¥51,000.00 on 2026-02-20: a change in value of +¥1,000.00"), "{out}");
    assert_eq!(l.ok(&["report", "monthly", "--format", "csv"]), report, "the savings rate does not see it");
    // February: 2,500 in the bank + 51,000 in the fund = 53,500; January held
    // the fund's 50,000: a change of 3,500 = 2,500 saved + 1,000 in value.
    assert_eq!(
        networth_row(&l, "2026-02"),
        ["2026-02", "53500.00", "0.00", "53500.00", "3500.00", "2500.00", "1000.00", "0.00"]
    );
    // Worth 50,500 in March: a fall of 500 in value.
    l.ok(&["value", "Fund", "50500", "--date", "2026-03-05"]);
    assert_eq!(
        networth_row(&l, "2026-03"),
        ["2026-03", "53000.00", "0.00", "53000.00", "-500.00", "0.00", "-500.00", "0.00"]
    );
    assert!(l.ok(&["undo"]).contains("value Fund"));
    // In Chinese.
    let out = l.ok(&["--lang", "zh", "value", "Fund", "52000", "--date", "2026-03-05"]);
    assert!(out.contains("“Fund”在 2026-03-05 估值 ¥52,000.00：价值变动 +¥1,000.00（不计入收入或支出）"), "{out}");
    let table = l.ok(&["--lang", "zh", "networth", "--from", "2026-03", "--to", "2026-03"]);
    assert!(table.contains("净资产") && table.contains("价值变动"), "{table}");
}

#[test]
fn a_mortgage_account_follows_a_300000_4_9_percent_20_year_schedule() {
    let l = Cli::new();
    l.ok(&["accounts", "add", "家", "--kind", "home", "--balance", "900000", "--as-of", "2025-01-15"]);
    l.ok(&["accounts", "add", "房贷", "--kind", "loan"]);
    let out = l.ok(&[
        "accounts",
        "loan",
        "房贷",
        "--principal",
        "300000",
        "--rate",
        "4.9",
        "--years",
        "20",
        "--start",
        "2025-01-15",
    ]);
    // The equal payment: 300,000 × r(1+r)²⁴⁰ ÷ ((1+r)²⁴⁰ − 1), r = 0.049 ÷ 12: 1,963.33.
    assert!(
        out.contains("房贷: ¥300,000.00 at 4.9% over 240 months from 2025-01-15, first payment ¥1,963.33"),
        "{out}"
    );
    // Drawn in January 2025, nothing repaid by its end: 900,000 − 300,000.
    assert_eq!(networth_row(&l, "2025-01")[1..4], ["900000.00", "300000.00", "600000.00"]);
    // After 12 payments (the 12th on 2026-01-15), from the schedule (worked
    // independently in Python fractions with the same rounding, each month's
    // interest rounded to the fen as a bank does): 290,938.34.
    let row = networth_row(&l, "2026-01");
    assert_eq!(row[1..4], ["900000.00", "290938.34", "609061.66"]);
    // The principal repaid is not income: it is in "other", as is nothing else.
    let csv = l.ok(&["mortgage", "--principal", "300000", "--rate", "4.9", "--years", "20", "--format", "csv"]);
    let twelfth = csv.lines().nth(12).unwrap();
    // The first five columns are the contract (issue 25 added columns after them).
    assert!(twelfth.starts_with("12,1963.33,") && twelfth.split(',').nth(4) == Some("290938.34"), "{twelfth}");
    assert_eq!(row[5], "0.00");
    assert_eq!(row[7], row[4], "the change is all principal repaid");
}

#[test]
fn the_journal_opens_with_balances_asserts_reconciliations_and_matches_networth() {
    let l = Cli::new();
    l.ok(&["accounts", "opening", "bank", "80000", "--as-of", "2026-01-01"]);
    l.ok(&["accounts", "add", "Fund", "--kind", "investment", "--balance", "50000", "--as-of", "2026-01-01"]);
    l.ok(&["accounts", "add", "家", "--kind", "home", "--balance", "900000", "--as-of", "2025-01-15"]);
    l.ok(&["accounts", "add", "房贷", "--kind", "loan"]);
    l.ok(&[
        "accounts",
        "loan",
        "房贷",
        "--principal",
        "300000",
        "--rate",
        "4.9",
        "--years",
        "20",
        "--start",
        "2025-01-15",
    ]);
    // Rows before the opening's day are in its amount.
    l.ok(&["add", "100", "-c", "food", "-a", "bank", "--date", "2025-12-20"]);
    l.ok(&["add", "5000", "-c", "salary", "-a", "bank", "--date", "2026-02-10"]);
    l.ok(&["add", "2500", "-c", "food", "-a", "bank", "--date", "2026-02-12"]);
    l.ok(&["transfer", "1000", "--from", "bank", "--to", "Fund", "--date", "2026-02-15"]);
    l.ok(&["value", "Fund", "52000", "--date", "2026-02-20"]);
    l.ok(&["reconcile", "bank", "81474.50", "--date", "2026-02-28", "--adjust"]);
    l.ok(&["add", "40", "-c", "food", "-a", "bank", "--date", "2026-02-28"]);
    l.ok(&["reconcile", "bank", "81434.50", "--date", "2026-03-31"]);
    let journal = l.ok(&["export", "--format", "ledger", "--to", "2026-03-31"]);
    assert!(journal.contains("2026-01-01 opening balance Bank card\n    assets:Bank card"), "{journal}");
    assert!(journal.contains("= CNY 80000.00\n    equity:opening balances\n"), "{journal}");
    // The valuation: 50,000 + 1,000 moved in, worth 52,000: +1,000 in value.
    assert!(journal.contains("equity:changes in value"), "{journal}");
    assert!(journal.contains("CNY 1000.00 = CNY 52000.00"), "{journal}");
    // The reconciliation of 28 February comes after that day's rows, so the
    // 40 logged on the 28th later moved nestegg's balance then: 81,434.50.
    assert!(journal.contains("CNY -25.50 = CNY 81434.50"), "{journal}");
    assert!(journal.contains("; the statement said CNY 81474.50"), "{journal}");
    assert!(journal.contains("liabilities:房贷") && journal.contains("; payment 14"), "{journal}");
    assert!(!journal.contains("; payment 15"), "the 15th is due 2026-04-15, after --to");
    if !common::tools::hledger() {
        return;
    }
    let path = l.home().join("j.journal");
    std::fs::write(&path, &journal).unwrap();
    let run = |tool: &str, args: &[&str]| {
        let out = std::process::Command::new(tool).arg("-f").arg(&path).args(args).output().unwrap();
        assert!(out.status.success(), "{tool} {args:?}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    run("hledger", &["check"]);
    // At each reconciliation month's end, hledger's net worth is nestegg's to the fen.
    for (month, end) in [("2026-02", "2026-03-01"), ("2026-03", "2026-04-01")] {
        let total =
            run("hledger", &["balance", "assets", "liabilities", "-e", end, "--flat", "-N", "--output-format", "csv"]);
        let sum: i64 = total
            .lines()
            .skip(1)
            .map(|r| {
                let cell = r.rsplit(',').next().unwrap().trim_matches('"');
                let digits: String = cell.trim_start_matches("CNY ").chars().filter(|c| *c != '.').collect();
                digits.parse::<i64>().unwrap_or_else(|_| panic!("{r}"))
            })
            .sum();
        let nw = networth_row(&l, month)[3].replace('.', "").parse::<i64>().unwrap();
        assert_eq!(sum, nw, "{month}: {total}");
    }
    // A journal that starts later opens with the balances brought forward,
    // and its assertions still hold.
    let later = l.ok(&["export", "--format", "ledger", "--from", "2026-02-16", "--to", "2026-03-31"]);
    assert!(later.contains("2026-02-16 balance brought forward 房贷"), "{later}");
    std::fs::write(&path, &later).unwrap();
    run("hledger", &["check"]);
    let total = run("hledger", &["balance", "assets", "liabilities", "-e", "2026-03-01"]);
    // 81,434.50 + 52,000 + 900,000 − 290,163.01 (owed after 14 payments).
    assert!(total.contains("CNY 743271.49"), "{total}");
    std::fs::write(&path, &journal).unwrap();
    if common::tools::ledger_cli() {
        let out = run("ledger", &["balance", "assets", "liabilities", "-e", "2026-03-01"]);
        assert!(out.contains("CNY 743271.49"), "{out}");
    }
}

#[test]
fn a_loan_takes_its_start_from_the_rule_that_pays_it_or_its_terms_from_a_move_scenario() {
    let l = Cli::new();
    l.ok(&["accounts", "add", "房贷", "--kind", "loan"]);
    // Paid on the 15th from February 2025: drawn a month before, 2025-01-15.
    l.ok(&[
        "recurring",
        "add",
        "月供",
        "--amount",
        "1963.33",
        "--category",
        "mortgage",
        "--every",
        "month",
        "--day",
        "15",
        "--start",
        "2025-02-01",
    ]);
    let out = l.ok(&[
        "accounts",
        "loan",
        "房贷",
        "--principal",
        "300000",
        "--rate",
        "4.9",
        "--years",
        "20",
        "--rule",
        "月供",
    ]);
    assert!(out.contains("from 2025-01-15, first payment ¥1,963.33"), "{out}");
    assert!(!out.contains("the schedule's payment"), "the rule pays what the schedule asks: {out}");
    assert_eq!(networth_row(&l, "2026-01")[2], "290938.34");
    // A rule that pays another figure is said.
    l.ok(&["recurring", "edit", "月供", "--amount", "2000"]);
    let out = l.ok(&[
        "accounts",
        "loan",
        "房贷",
        "--principal",
        "300000",
        "--rate",
        "4.9",
        "--years",
        "20",
        "--rule",
        "月供",
    ]);
    assert!(out.contains("recurring rule 月供 pays ¥2,000.00 a month; the schedule's payment is ¥1,963.33"), "{out}");
    // A Move scenario's mortgage: 60 m² at 1,000 a m², 15 % down: 51,000 at 3.05 % over 30 years.
    l.ok(&[
        "relocate",
        "add",
        "鹤岗买房",
        "--income",
        "5000",
        "--living",
        "1500",
        "--plan",
        "mortgage",
        "--price-per-m2",
        "1000",
        "--area",
        "60",
    ]);
    let out = l.ok(&["accounts", "loan", "房贷", "--scenario", "鹤岗买房", "--start", "2026-01-10"]);
    assert!(out.contains("房贷: ¥51,000.00 at 3.05% over 360 months from 2026-01-10"), "{out}");
    // A rent scenario has no loan; nothing is written.
    l.ok(&["relocate", "add", "租房", "--income", "5000", "--living", "1500", "--plan", "rent", "--rent", "500"]);
    let before = l.dump();
    l.fails(&["accounts", "loan", "房贷", "--scenario", "租房", "--start", "2026-01-10"], "no mortgage");
    assert_eq!(l.dump(), before);
}

#[test]
fn a_card_purchase_is_spending_and_owed_and_its_repayment_a_transfer() {
    let l = Cli::new();
    l.ok(&["accounts", "add", "信用卡", "--kind", "credit"]);
    l.ok(&["add", "5000", "-c", "salary", "-a", "bank", "--date", "2026-02-10"]);
    l.ok(&["add", "300", "-c", "clothing", "-a", "信用卡", "--date", "2026-02-14"]);
    // February: 300 spent on the card (the savings rate sees it then), owed.
    assert_eq!(networth_row(&l, "2026-02")[1..6], ["5000.00", "300.00", "4700.00", "4700.00", "4700.00"]);
    // Repaid in March by a transfer: not spending, nothing owed, net worth unchanged.
    l.ok(&["transfer", "300", "--from", "bank", "--to", "信用卡", "--date", "2026-03-05"]);
    assert_eq!(networth_row(&l, "2026-03")[1..6], ["4700.00", "0.00", "4700.00", "0.00", "0.00"]);
    let report = l.ok(&["report", "monthly", "--format", "csv"]);
    assert!(report.contains("2026-02,5000.00,0.00,300.00,4700.00,0.9400"), "{report}");
    assert!(report.contains("2026-03,0.00,0.00,0.00,0.00,"), "{report}");
}

#[test]
fn a_goal_funded_by_every_account_counts_what_is_liquid() {
    let l = Cli::new();
    l.ok(&["accounts", "opening", "bank", "20000", "--as-of", "2026-01-01"]);
    l.ok(&["accounts", "add", "家", "--kind", "home", "--balance", "900000", "--as-of", "2025-01-15"]);
    l.ok(&["goals", "add", "Flat", "--target", "37500"]);
    let goals = l.ok(&["goals"]);
    // 20,000 of 37,500 (53.3 %, 17,500 to go): the flat one lives in is not
    // money towards another.
    assert!(goals.contains("53.3%  ¥17,500.00"), "{goals}");
}
