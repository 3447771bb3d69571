//! Drives the real `nestegg` binary through issue 5's CLI: `project` (baseline
//! from a hand-written ledger, the worked examples in csv, json and the
//! table, errors) and `goals` (add, list, edit, rm, errors). The binary reads
//! the clock, so every ledger is written relative to the current month.

use std::path::PathBuf;
use std::process::{Command, Output};

use chrono::{Datelike, Local, Months, NaiveDate};
use tempfile::TempDir;

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("output is UTF-8")
}

/// The first day of the month `back` months before the current one (negative: ahead).
fn first_of(back: i32) -> NaiveDate {
    let first = Local::now().date_naive().with_day(1).unwrap();
    let n = Months::new(back.unsigned_abs());
    if back >= 0 { first - n } else { first + n }
}

/// That month as `YYYY-MM`: `month(1)` is last month, `month(-1)` next month.
fn month(back: i32) -> String {
    first_of(back).format("%Y-%m").to_string()
}

/// A ledger in its own temporary directory; the caller's NESTEGG_DB is never inherited.
struct Ledger {
    _dir: TempDir,
    path: PathBuf,
}

impl Ledger {
    fn new() -> Ledger {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ledger.db");
        Ledger { _dir: dir, path }
    }

    /// Runs every command of `script`, one a line: `MONTHS_BACK DAY command…`
    /// (the date is appended as `-d`), or `- command…` for an undated one.
    fn load(script: &str) -> Ledger {
        let l = Ledger::new();
        for line in script.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
            let mut words: Vec<String> = line.split_whitespace().map(str::to_owned).collect();
            if words[0] != "-" {
                let date = first_of(words[0].parse().unwrap()).with_day(words[1].parse().unwrap()).unwrap();
                words.extend(["-d".to_owned(), date.to_string()]);
                words.remove(0);
            }
            words.remove(0);
            l.ok(&words.iter().map(String::as_str).collect::<Vec<_>>());
        }
        l
    }

    fn run(&self, args: &[&str]) -> Output {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_nestegg"));
        cmd.env_remove("NESTEGG_DB").arg("--db").arg(&self.path).args(args);
        cmd.output().expect("the nestegg binary runs")
    }

    /// Runs a command that must succeed; returns its stdout.
    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(out.status.success(), "{args:?} failed: {}", text(&out.stderr));
        text(&out.stdout)
    }

    /// Runs a command that must fail with exit code 2 and one `nestegg: ` line
    /// containing `needle`, printing nothing and leaving the ledger and its goals as they were.
    fn fails(&self, args: &[&str], needle: &str) {
        let before = self.snapshot();
        let out = self.run(args);
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.starts_with("nestegg: ") && err.lines().count() == 1, "{args:?}: not one line: {err:?}");
        assert!(err.contains(needle), "{args:?}: {err:?} does not mention {needle:?}");
        assert!(out.stdout.is_empty(), "{args:?} printed {:?}", text(&out.stdout));
        assert_eq!(self.snapshot(), before, "{args:?} changed the ledger");
    }

    /// A flag clap itself rejects: exit 2, nothing printed, nothing changed.
    fn rejected(&self, args: &[&str]) {
        let before = self.snapshot();
        let out = self.run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", text(&out.stderr));
        assert!(out.stdout.is_empty(), "{args:?} printed {:?}", text(&out.stdout));
        assert_eq!(self.snapshot(), before, "{args:?} changed the ledger");
    }

    fn snapshot(&self) -> String {
        ["ls --format csv", "accounts list --all", "categories list --all", "goals list"]
            .map(|c| self.ok(&c.split(' ').collect::<Vec<_>>()))
            .concat()
    }

    /// `project -f csv` with `args`, parsed; the header checked and dropped.
    fn csv(&self, args: &[&str]) -> Vec<Vec<String>> {
        let out = self.ok(&[&["project", "-f", "csv"], args].concat());
        let mut r = csv::ReaderBuilder::new().has_headers(false).from_reader(out.as_bytes());
        let mut rows: Vec<Vec<String>> =
            r.records().map(|rec| rec.unwrap().iter().map(str::to_owned).collect()).collect();
        let header = rows.remove(0).join(",");
        assert_eq!(
            header,
            "month,income,housing,spending,savings,savings_rate,contributed,returns,balance,balance_today"
        );
        rows
    }

    /// The cells of the `goals` table row of the goal `name`.
    fn goal(&self, name: &str) -> Vec<String> {
        let list = self.ok(&["goals"]);
        let line = list.lines().find(|l| l.starts_with(&format!("{name}  "))).unwrap_or_else(|| panic!("{list}"));
        line.split("  ").map(str::trim).filter(|c| !c.is_empty()).map(str::to_owned).collect()
    }
}

/// Typed figures on an empty ledger: `--balance 0 --housing 0 --spending 0` then `args`.
fn typed(args: &[&str]) -> Vec<Vec<String>> {
    Ledger::new().csv(&[&["--balance", "0", "--housing", "0", "--spending", "0"], args].concat())
}

/// Column `col` (as in the csv header) of the last row.
fn last(rows: &[Vec<String>], col: usize) -> &str {
    &rows.last().unwrap()[col]
}

const BALANCE: usize = 8;

// Months back from the current one (M). The window of `--baseline 6` is M-6..M-1,
// but the ledger starts at M-5, so M-6 is not counted: 5 months. M-3 is empty
// and counts as zeros. M itself is incomplete: it moves the balance, not the baseline.
//   month  income          housing  spending
//   M-5    5000            1000     500
//   M-4    5000            1000     1500
//   M-3    0               0        0
//   M-2    6000            1000     700       (and a transfer: no class)
//   M-1    5000+1000=6000  1000     300-100 (refund) = 200
// Balance, every account, transfers netting to zero: 22000 - 4000 - 2900 - 100 (M) = 15000.
const HISTORY: &str = "
5 10 add 5000 -c salary -a bank
5 1 add 1000 -c rent -a bank
5 5 add 500 -c food -a cash
4 10 add 5000 -c salary -a bank
4 1 add 1000 -c rent -a bank
4 5 add 1500 -c groceries -a bank
2 10 add 6000 -c salary -a bank
2 1 add 1000 -c rent -a bank
2 5 add 700 -c food -a alipay
2 11 transfer 2000 --from bank --to alipay
1 10 add 5000 -c salary -a bank
1 20 add 1000 -c side -a wechat
1 1 add 1000 -c rent -a bank
1 5 add 300 -c food -a alipay
1 6 add -100 -c food -a alipay
0 1 add 100 -c food -a cash
";

#[test]
fn project_baseline_is_the_mean_or_median_of_recent_complete_months() {
    let l = Ledger::load(HISTORY);
    let head = |args: &[&str]| l.ok(&[&["project", "--months", "12"], args].concat());

    // Mean of 5: income 22000/5 = 4400, housing 4000/5 = 800, spending 2900/5 = 580;
    // saving 3020, rate 3020/4400 = 0.6864 (68.6%). A longer window finds no more months.
    for args in [&[][..], &["--baseline", "12"]] {
        let out = head(args);
        assert!(out.starts_with(&format!("Baseline: mean of 5 complete month(s), {} to {}\n", month(5), month(1))));
        assert!(
            out.contains("income ¥4,400.00 · housing ¥800.00 · spending ¥580.00 → saving ¥3,020.00 a month (68.6%)")
        );
        assert!(out.contains("start ¥15,000.00 · return 0.00% · inflation 0.00% · income growth 0.00% a year"));
    }
    // Median of 5: income 0,5000,5000,6000,6000 → 5000; housing → 1000; spending 0,200,500,700,1500 → 500.
    let out = head(&["--median"]);
    assert!(out.starts_with(&format!("Baseline: median of 5 complete month(s), {} to {}\n", month(5), month(1))));
    assert!(out.contains("income ¥5,000.00 · housing ¥1,000.00 · spending ¥500.00 → saving ¥3,500.00 a month (70.0%)"));
    // Last 3 (M-3 empty): mean income 12000/3 = 4000, housing 2000/3 = 666.666… → 666.67, spending 900/3 = 300;
    // saving 3033.33, rate 0.7583 (75.8%). Median: 6000, 1000, 200.
    let out = head(&["--baseline", "3"]);
    assert!(out.starts_with(&format!("Baseline: mean of 3 complete month(s), {} to {}\n", month(3), month(1))));
    assert!(out.contains("income ¥4,000.00 · housing ¥666.67 · spending ¥300.00 → saving ¥3,033.33 a month (75.8%)"));
    let out = head(&["--baseline", "3", "--median"]);
    assert!(out.contains("income ¥6,000.00 · housing ¥1,000.00 · spending ¥200.00 → saving ¥4,800.00 a month (80.0%)"));
    // Median of an even count, the middle two averaged: income 0,5000,6000,6000 → 5500;
    // housing 0,1000,1000,1000 → 1000; spending 0,200,700,1500 → 450. Saving 4050 (73.6%).
    let out = head(&["--baseline", "4", "--median"]);
    assert!(out.starts_with(&format!("Baseline: median of 4 complete month(s), {} to {}\n", month(4), month(1))));
    assert!(out.contains("income ¥5,500.00 · housing ¥1,000.00 · spending ¥450.00 → saving ¥4,050.00 a month (73.6%)"));
    let out = head(&["--baseline", "1"]);
    assert!(out.starts_with(&format!("Baseline: mean of 1 complete month(s), {} to {}\n", month(1), month(1))));

    // One flag overrides one figure; the others still come from the ledger: 5000 - 800 - 580 = 3620.
    assert!(head(&["--income", "5000"]).contains("→ saving ¥3,620.00 a month (72.4%)"));
    // The csv starts from the balance: 15000 + 3020 = 18020.00 after the first month.
    let rows = l.csv(&["--months", "2"]);
    assert_eq!(
        rows[0],
        [&month(-1), "4400.00", "800.00", "580.00", "3020.00", "0.6864", "3020.00", "0.00", "18020.00", "18020.00"]
    );
    assert_eq!(rows[1][BALANCE], "21040.00");
    // --balance overrides the accounts: 100 + 3020 = 3120.00.
    assert!(head(&["--balance", "100"]).contains("start ¥100.00 ·"));
    assert_eq!(l.csv(&["--months", "1", "--balance", "100"])[0][BALANCE], "3120.00");
    assert_eq!(l.csv(&["--months", "1", "--balance", "-500"])[0][BALANCE], "2520.00");
}

#[test]
fn project_csv_reproduces_the_worked_examples() {
    // 2,500 a month for 10 years: 300,000.00 at 0 %, 331,799.15 at 2 %, 388,205.70 at 5 %.
    for (ret, balance, returns) in
        [("0", "300000.00", "0.00"), ("2", "331799.15", "31799.15"), ("5", "388205.70", "88205.70")]
    {
        let rows = typed(&["--income", "2500", "--months", "120", "--return", ret]);
        assert_eq!(rows.len(), 120);
        assert_eq!((rows[0][0].as_str(), last(&rows, 0)), (month(-1).as_str(), month(-120).as_str()));
        assert_eq!([last(&rows, 6), last(&rows, 7), last(&rows, BALANCE)], ["300000.00", returns, balance], "{ret} %");
    }
    // 1,000 a month at 12 % (1 % a month), contributions at the end of the month:
    // 1000.00, then 1000 × 1.01 + 1000 = 2010.00 (10.00 of returns) … 12,682.50 after 12.
    let rows = typed(&["--income", "1000", "--months", "12", "--return", "12"]);
    assert_eq!(
        [&rows[0][7], &rows[0][BALANCE], &rows[1][7], &rows[1][BALANCE]],
        ["0.00", "1000.00", "10.00", "2010.00"]
    );
    assert_eq!([last(&rows, 6), last(&rows, 7), last(&rows, BALANCE)], ["12000.00", "682.50", "12682.50"]);
    // 2 % inflation: nominal 300,000.00 is 300000 / 1.02^10 = 246,104.49 today; after a year 30000 / 1.02 = 29,411.76.
    let rows = typed(&["--income", "2500", "--months", "120", "--inflation", "2"]);
    assert_eq!([last(&rows, BALANCE), last(&rows, 9)], ["300000.00", "246104.49"]);
    assert_eq!([&rows[11][BALANCE], &rows[11][9]], ["30000.00", "29411.76"]);
    // 5 % income growth, a raise once a year: 2500 for months 1–12, 2625 for 13–24, 2625 × 1.05 = 2756.25 from 25.
    let rows = typed(&["--income", "2500", "--months", "25", "--growth", "5"]);
    let incomes: Vec<&str> = rows.iter().map(|r| r[1].as_str()).collect();
    assert_eq!(
        [incomes[0], incomes[11], incomes[12], incomes[23], incomes[24]],
        ["2500.00", "2500.00", "2625.00", "2625.00", "2756.25"]
    );
    assert_eq!(last(&rows, BALANCE), "64256.25", "12 × 2500 + 12 × 2625 + 2756.25");
}

#[test]
fn project_rounds_each_figure_once_and_a_half_fen_up() {
    // Issue 19: rates are exact decimals. 5,033 × 1.015 = 5,108.495 exactly, so the
    // raise in month 13 is 5,108.50 (as a float 1.015 is a hair short and it was 5,108.49).
    let rows = typed(&["--income", "5033", "--months", "13", "--growth", "1.5"]);
    assert_eq!([&rows[11][1], &rows[12][1]], ["5033.00", "5108.50"]);
    // Today's money divides the unrounded balance, rounded once: after a year at 5 %,
    // 30,697.1387… → 30,697.14 and ÷ 1.02 = 30,095.2340… → 30,095.23 (dividing the
    // rounded 30,697.14 gave 30,095.24); after ten years 388,205.70 is 318,463.88 today.
    let rows = typed(&["--income", "2500", "--months", "120", "--return", "5", "--inflation", "2"]);
    assert_eq!([&rows[11][BALANCE], &rows[11][9]], ["30697.14", "30095.23"]);
    assert_eq!([last(&rows, BALANCE), last(&rows, 9)], ["388205.70", "318463.88"]);
}

#[test]
fn project_json_has_the_csv_rows_and_years_to_independence() {
    let l = Ledger::new();
    let args = ["--income", "5000", "--housing", "0", "--balance", "0", "--return", "5"];
    let rows = l.csv(&[&args[..], &["--spending", "2500", "--months", "13"]].concat());
    let out = l.ok(&[&["project", "-f", "json", "--spending", "2500", "--months", "13"], &args[..]].concat());
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["start"], "0.00");
    assert_eq!(json["fi_years"].as_f64(), Some(16.6), "savings rate 50 %, 5 % real, 4 % withdrawal");
    let months = json["months"].as_array().unwrap();
    assert_eq!(months.len(), rows.len());
    let keys =
        ["month", "income", "housing", "spending", "savings", "contributed", "returns", "balance", "balance_today"];
    let cols = [0, 1, 2, 3, 4, 6, 7, 8, 9];
    for (m, row) in months.iter().zip(&rows) {
        for (k, c) in keys.iter().zip(cols) {
            assert_eq!(m[k].as_str(), Some(row[c].as_str()), "{k}: amounts are strings, as in the csv");
        }
    }
    // The published table: 10 % → 51.4 years, 25 % → 31.9, 75 % → 7.1.
    for (spending, years) in [("4500", 51.4), ("3750", 31.9), ("1250", 7.1)] {
        let out = l.ok(&[&["project", "-f", "json"], &args[..], &["--spending", spending]].concat());
        let json: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(json["fi_years"].as_f64(), Some(years), "spending {spending}");
    }
}

#[test]
fn project_table_shows_each_year_the_last_month_and_independence() {
    let l = Ledger::new();
    let typed = ["project", "--income", "5000", "--housing", "0", "--spending", "2500", "--balance", "0"];
    let out = l.ok(&[&typed[..], &["--return", "5", "--inflation", "0", "--months", "30"]].concat());
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "Baseline: typed figures (no complete month in the ledger yet)");
    assert!(lines[1].ends_with("→ saving ¥2,500.00 a month (50.0%)"), "{out}");
    assert!(lines[4].starts_with("MONTH") && lines[4].contains("TODAY'S MONEY"), "{out}");
    // Months 12, 24 and the last, 30. After a year: 2500 × (1.0041667^12 − 1) / 0.0041667 = 30,697.14.
    let rows: Vec<&str> = lines[5..].iter().take_while(|l| !l.is_empty()).copied().collect();
    let labels: Vec<&str> = rows.iter().map(|r| &r[..7]).collect();
    assert_eq!(labels, [month(-12), month(-24), month(-30)]);
    let cells: Vec<&str> = rows[0].split("  ").map(str::trim).filter(|c| !c.is_empty()).collect();
    assert_eq!(cells[1..], ["¥30,697.14", "¥30,697.14", "¥30,000.00", "¥697.14", "50.0%"]);
    assert_eq!(
        lines.last(),
        Some(&"Financial independence at 4.00% withdrawal: 16.6 years"),
        "the published 50 % row: 17"
    );

    // Saving nothing: never independent; without income the rate is —.
    let out = l.ok(&["project", "--income", "3000", "--housing", "1000", "--spending", "2000", "--months", "12"]);
    assert!(out.ends_with("Financial independence at 4.00% withdrawal: not at this saving rate\n"), "{out}");
    let out = l.ok(&["project", "--income", "0", "--housing", "0", "--spending", "0", "--months", "1"]);
    assert!(out.contains("→ saving ¥0.00 a month (—)") && out.contains("not at this saving rate"), "{out}");
}

#[test]
fn project_errors_exit_2_and_write_nothing() {
    let l = Ledger::new();
    let ask = "no complete month yet to take income from; pass --income, --housing and --spending";
    l.fails(&["project"], ask);
    l.fails(&["project", "--income", "5000", "--spending", "100"], "pass --income, --housing and --spending");
    let typed = ["project", "--income", "5000", "--housing", "0", "--spending", "0"];
    let with = |more: &[&'static str]| [&typed[..], more].concat();
    l.fails(&with(&["--return", "abc"]), "'abc' is not a percentage");
    l.fails(&with(&["--inflation", "5000"]), "'5000' % is out of range");
    l.fails(&with(&["--growth", "-101"]), "out of range");
    l.fails(&["project", "--income", "lots", "--housing", "0", "--spending", "0"], "'lots' is not an amount");
    l.fails(&with(&["--balance", "1.234"]), "2 decimal places");
    for bad in [["--months", "0"], ["--months", "1201"], ["--baseline", "0"]] {
        l.rejected(&with(&bad));
    }
    // A ledger with history needs no figures, but still checks the ones given.
    let h = Ledger::load(HISTORY);
    h.fails(&["project", "--return", "5x"], "not a percentage");
}

// M-6..M-1: salary 5000 and food 2500 each month → the goals' baseline saves 2500 a month.
// 7500 of the 15000 saved moves to a Savings account: Savings 7500, Bank card 7500.
const SAVER: &str = "
- accounts add Savings --kind savings
6 10 add 5000 -c salary -a bank
6 11 add 2500 -c food -a bank
5 10 add 5000 -c salary -a bank
5 11 add 2500 -c food -a bank
4 10 add 5000 -c salary -a bank
4 11 add 2500 -c food -a bank
3 10 add 5000 -c salary -a bank
3 11 add 2500 -c food -a bank
2 10 add 5000 -c salary -a bank
2 11 add 2500 -c food -a bank
1 10 add 5000 -c salary -a bank
1 11 add 2500 -c food -a bank
1 20 transfer 7500 --from bank --to savings
";

#[test]
fn goals_show_progress_what_is_left_and_when() {
    let fresh = Ledger::new();
    assert!(fresh.ok(&["goals"]).starts_with("no goals yet; add one: nestegg goals add"));
    // Nothing saved and nothing saving: no date at this rate, but 1200 / 4 months = 300.00 to make M+4.
    assert_eq!(
        fresh.ok(&["goals", "add", "Bike", "--target", "1200", "--by", &month(-4)]),
        format!("added goal 'Bike': ¥1,200.00 by {}\n", month(-4))
    );
    let by = format!("¥300.00 a month by {}", month(-4));
    assert_eq!(fresh.goal("Bike")[3..], ["░░░░░░░░░░ 0.0%", "¥1,200.00", "not at this rate", &by]);

    let l = Ledger::load(SAVER);
    // 37500 (a 50 m² flat at 750 ¥/m²) funded by Savings (7500): 20 %, 30000 to go, 30000 / 2500 = 12 months.
    // By M+7: 30000 / 7 = 4285.714… rounded up to 4285.72 (7 × 4285.71 = 29999.97 would fall short).
    let out = l.ok(&["goals", "add", "Flat in Hegang", "--target", "37500", "--by", &month(-7), "--accounts", "sav"]);
    assert_eq!(out, format!("added goal 'Flat in Hegang': ¥37,500.00 by {}\n", month(-7)));
    // 3.5万 from Savings and Bank card (7500 + 7500): 15000 / 35000 = 42.9 %, 20000 / 2500 = 8 months.
    assert_eq!(
        l.ok(&["goals", "add", "Year off", "--target", "3.5万", "--accounts", "Savings,bank"]),
        "added goal 'Year off': ¥35,000.00\n"
    );
    // All accounts (15000) already cover 10000.
    l.ok(&["goals", "add", "Cushion", "--target", "10000"]);
    let (flat_by, year_at) = (format!("¥4,285.72 a month by {}", month(-7)), format!("{} (8 mo)", month(-8)));
    let flat_at = format!("{} (12 mo)", month(-12));
    assert_eq!(l.goal("Flat in Hegang")[2..], ["¥37,500.00", "██░░░░░░░░ 20.0%", "¥30,000.00", &flat_at, &flat_by]);
    assert_eq!(l.goal("Year off")[3..], ["████░░░░░░ 42.9%", "¥20,000.00", &year_at]);
    assert_eq!(l.goal("Cushion")[3..], ["██████████ 100.0%", "¥0.00", "reached"]);

    // Edit by prefix: rename, new target and date.
    // 15000 / 40000 = 37.5 %; 25000 / 2500 = 10 months; 25000 / 10 = 2500.00 a month.
    assert_eq!(
        l.ok(&["goals", "edit", "year", "--rename", "Gap year", "--target", "40000", "--by", &month(-10)]),
        "changed goal 'Gap year': ¥40,000.00\n"
    );
    let (at, by) = (format!("{} (10 mo)", month(-10)), format!("¥2,500.00 a month by {}", month(-10)));
    assert_eq!(l.goal("Gap year")[3..], ["███░░░░░░░ 37.5%", "¥25,000.00", &at, &by]);
    // No date, every account: 15000 / 37500 = 40 %, 22500 / 2500 = 9 months, no saving needed column.
    l.ok(&["goals", "edit", "flat", "--by", "none", "--accounts", "all"]);
    assert_eq!(l.goal("Flat in Hegang")[3..], ["████░░░░░░ 40.0%", "¥22,500.00", &format!("{} (9 mo)", month(-9))]);
    assert_eq!(l.ok(&["goals", "rm", "cush"]), "deleted goal 'Cushion'\n");
    let list = l.ok(&["goals", "list"]);
    // A header, two goals, and which months "the current rate" comes from.
    assert!(!list.contains("Cushion") && list.lines().count() == 4, "{list}");
    assert!(list.lines().last().unwrap().starts_with("At the current rate: the mean saving of 6 complete month(s), "));
}

#[test]
fn goals_errors_exit_2_and_change_nothing() {
    let l = Ledger::load(SAVER);
    l.ok(&["goals", "add", "Flat in Hegang", "--target", "37500", "--accounts", "savings"]);
    l.ok(&["goals", "add", "Year off", "--target", "35000"]);
    l.fails(&["goals", "add", "FLAT IN HEGANG", "--target", "1"], "goal 'FLAT IN HEGANG' already exists");
    l.fails(&["goals", "add", " ", "--target", "1"], "a goal needs a name");
    for target in ["0", "-5"] {
        l.fails(&["goals", "add", "Boat", &format!("--target={target}")], "target must be more than zero");
    }
    l.fails(&["goals", "add", "Boat", "--target", "abc"], "'abc' is not an amount");
    for by in ["2027-13", "2027", "soon"] {
        l.fails(&["goals", "add", "Boat", "--target", "1", "--by", by], &format!("'{by}' is not a month"));
    }
    l.fails(&["goals", "add", "Boat", "--target", "1", "--accounts", "sav,nosuch"], "no account named 'nosuch'");
    l.fails(&["goals", "edit", "nosuch", "--target", "5"], "no goal named 'nosuch'");
    l.fails(&["goals", "rm", "nosuch"], "no goal named 'nosuch'");
    l.fails(&["goals", "edit", "flat"], "nothing to change");
    l.fails(&["goals", "edit", "flat", "--rename", "year OFF"], "already exists");
    l.fails(&["goals", "edit", "flat", "--target", "0"], "more than zero");
    l.fails(&["goals", "edit", "flat", "--by", "2027-00"], "'2027-00' is not a month");
    l.fails(&["goals", "edit", "flat", "--accounts", "nosuch"], "no account named 'nosuch'");
    let fresh = Ledger::new();
    fresh.fails(&["goals", "rm", "x"], "there are none yet: nestegg goals add");
}

// --- bugs found while writing these tests, now fixed ----------------------------

#[test]
fn project_json_savings_rate_is_a_number_like_report_monthly() {
    let out = Ledger::new().ok(&["project", "-f", "json", "--income", "5000", "--housing", "0", "--spending", "2500"]);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["months"][0]["savings_rate"].as_f64(), Some(0.5), "{out}");
}

#[test]
fn project_rejects_a_negative_income() {
    Ledger::new().fails(&["project", "--income=-5000", "--housing", "0", "--spending", "0"], "income");
}

#[test]
fn a_goal_due_this_month_has_not_passed() {
    let l = Ledger::new();
    l.ok(&["goals", "add", "Bike", "--target", "1200", "--by", &month(0)]);
    let row = l.goal("Bike");
    assert!(!row.iter().any(|c| c.contains("has passed")), "{row:?}");
}
