//! Issue 25, ranges and typed what-ifs, through the real binary: `project
//! --saving 2500 --goal 37500 [--ranges]` answers "with 2,500 a month
//! saved, when do I have 37,500, and how sure is that?"; the bands are
//! reproducible by seed and collapse onto the line without volatility; the
//! CSV keeps its columns first; contradictions are refused in both
//! languages and leave the ledger as it was.

use crate::common;

use chrono::{Datelike, Months};
use common::Cli;

/// The month `n` months after this one, as `YYYY-MM` (month 1 is the first projected).
fn ahead(n: u32) -> String {
    let first = chrono::Local::now().date_naive().with_day(1).unwrap() + Months::new(n);
    first.format("%Y-%m").to_string()
}

/// The persona's plan: 6,000 in, 1,000 housing, 2,500 saved, 5,000 to start.
const PLAN: [&str; 9] = ["project", "--income", "6000", "--housing", "1000", "--saving", "2500", "--balance", "5000"];

fn project(cli: &Cli, extra: &[&str]) -> String {
    cli.ok(&[&PLAN[..], extra].concat())
}

#[test]
fn months_to_the_goal_by_hand() {
    let cli = Cli::new();
    // (37,500 − 5,000) ÷ 2,500 = 13 months, at no return: the 13th projected month.
    let out = project(&cli, &["--goal", "37500", "--months", "24"]);
    assert!(out.contains("spending ¥2,500.00 → saving ¥2,500.00 a month"), "{out}");
    let line = format!("(typed) ¥37,500.00: in 13 months, {}", ahead(13));
    assert!(out.contains(&line), "{line:?} not in\n{out}");
    // A target the start already holds, and one a plan never reaches.
    let out = project(&cli, &["--goal", "5000", "--goal", "40000", "--return", "0", "--months", "12"]);
    assert!(out.contains("(typed) ¥5,000.00: already there"), "{out}");
    assert!(out.contains(&format!("(typed) ¥40,000.00: in 14 months, {}", ahead(14))), "{out}");
    let out = cli.ok(&[
        "project",
        "--income",
        "6000",
        "--housing",
        "1000",
        "--spending",
        "5000",
        "--balance",
        "0",
        "--goal",
        "1",
    ]);
    assert!(out.contains("(typed) ¥1.00: not within 100 years at this saving"), "{out}");
    // A goal of the ledger's is timed from what its accounts hold.
    cli.ok(&["accounts", "add", "Bank", "--kind", "bank", "--balance", "12500"]);
    cli.ok(&["goals", "add", "Flat in Hegang", "--target", "37500"]);
    let out = project(&cli, &[]);
    // (37,500 − 12,500) ÷ 2,500 = 10 months.
    assert!(out.contains(&format!("Flat in Hegang ¥37,500.00: in 10 months, {}", ahead(10))), "{out}");
}

#[test]
fn ranges_answer_how_sure() {
    let cli = Cli::new();
    let args = ["--goal", "37500", "--ranges", "--return", "5", "--inflation", "2", "--months", "36"];
    let out = project(&cli, &args);
    assert!(out.contains("ranges: 10000 runs (seed 1), return ± 10% a year, inflation ± 1%"), "{out}");
    assert!(out.contains("10TH") && out.contains("MEDIAN") && out.contains("90TH"), "{out}");
    // Pinned: a change to the draws changes these months.
    let line = format!(
        "(typed) ¥37,500.00: between {} and {} in 8 of 10 runs (half of them by {}, 13 months)",
        ahead(12),
        ahead(14),
        ahead(13)
    );
    assert!(out.contains(&line), "{line:?} not in\n{out}");
    // The same seed, the same figures; another seed, others.
    assert_eq!(project(&cli, &args), out);
    let other = project(&cli, &[&args[..], &["--seed", "2"]].concat());
    assert_ne!(other, out);
    // A target few runs reach says so.
    let out =
        project(&cli, &["--goal", "100000000", "--ranges", "--paths", "200", "--return", "3", "--volatility", "20"]);
    assert!(out.contains("of the runs get there within 100 years"), "{out}");
}

#[test]
fn without_volatility_the_band_is_the_line() {
    let cli = Cli::new();
    let still = ["--ranges", "--volatility", "0", "--inflation-spread", "0", "--paths", "50"];
    let csv =
        project(&cli, &[&still[..], &["--return", "6", "--inflation", "3", "--months", "120", "-f", "csv"]].concat());
    let mut lines = csv.lines();
    let header = lines.next().unwrap();
    // The contract's columns first and in order, the bands after.
    assert_eq!(
        header,
        "month,income,housing,spending,savings,savings_rate,contributed,returns,balance,balance_today,\
         balance_p10,balance_p50,balance_p90,balance_today_p10,balance_today_p50,balance_today_p90"
    );
    let mut rows = 0;
    for (line, month) in lines.zip(1..) {
        let cells: Vec<&str> = line.split(',').collect();
        assert_eq!(cells.len(), 16, "{line}");
        // Past 36 months the band is at each year end (and the last month);
        // the months between have empty band cells.
        if month % 12 == 0 {
            assert_eq!([cells[10], cells[11], cells[12]], [cells[8]; 3], "{line}");
            assert_eq!([cells[13], cells[14], cells[15]], [cells[9]; 3], "{line}");
        } else {
            assert_eq!(cells[10..], [""; 6], "{line}");
        }
        rows += 1;
    }
    assert_eq!(rows, 120);
    // Up to 36 months, every month; past it, the last month too.
    for (months, banded) in [("30", 30), ("37", 4)] {
        let csv = project(&cli, &[&still[..], &["--return", "6", "--months", months, "-f", "csv"]].concat());
        let rows: Vec<Vec<String>> = csv.lines().skip(1).map(|l| l.split(',').map(str::to_owned).collect()).collect();
        assert_eq!(rows.iter().filter(|c| !c[11].is_empty()).count(), banded, "{csv}");
        let last = rows.last().unwrap();
        assert_eq!(last[11], last[8], "{csv}");
    }
    // Without --ranges the CSV is as it was.
    let plain = project(&cli, &["--months", "3", "-f", "csv"]);
    assert!(
        plain.starts_with(
            "month,income,housing,spending,savings,savings_rate,contributed,returns,balance,balance_today\n"
        ),
        "{plain}"
    );
    // Independence over the runs collapses too: 3,500 a month of housing and
    // spending is 42,000 a year ÷ 4 % = 1,050,000; from 5,000 at 2,500 a
    // month that is 418 months, so the 35th year end (420 months).
    let out = project(&cli, &still);
    assert!(out.contains("  over the runs: in 35 years in 8 of 10 or more, in today's money"), "{out}");
    let zh = cli.ok(&[&["--lang", "zh"], &PLAN[..], &still[..]].concat());
    assert!(zh.contains("模拟中：十次里至少有八次用 35 年"), "{zh}");
    // The goal's range collapses onto its one month.
    let out = project(&cli, &[&still[..], &["--goal", "37500"]].concat());
    let line = format!("in {} in 8 of 10 runs or more (13 months)", ahead(13));
    assert!(out.contains(&line), "{out}");
    // JSON carries the bands and the goals.
    let json: serde_json::Value =
        serde_json::from_str(&project(&cli, &[&still[..], &["--goal", "37500", "-f", "json"]].concat())).unwrap();
    assert_eq!(json["goals"][0]["months"], 13);
    assert_eq!((json["fi_years_range"]["p10"].as_u64(), json["fi_years_range"]["p90"].as_u64()), (Some(35), Some(35)));
    assert_eq!(json["goals"][0]["ranges"]["months_p90"], 13);
    assert_eq!(json["months"][11]["balance_p50"], json["months"][11]["balance"]);
    assert_eq!(json["months"][59]["balance_today_p90"], json["months"][59]["balance_today"]);
    assert!(json["months"][0]["balance_p50"].is_null(), "{}", json["months"][0]);
    assert_eq!(json["ranges"]["paths"], 50);
}

#[test]
fn contradictions_are_refused_and_change_nothing() {
    let cli = Cli::new();
    cli.ok(&["accounts", "add", "Bank", "--kind", "bank", "--balance", "12500"]);
    let before = cli.dump();
    let base = ["project", "--income", "6000", "--housing", "1000"];
    let fails = |extra: &[&str], needle: &str| cli.fails(&[&base[..], extra].concat(), needle);
    fails(&["--saving", "2500", "--spending", "1000"], "--saving and --spending both set spending");
    fails(
        &["--saving", "5500"],
        "a saving of ¥5,500.00 a month leaves less than nothing to spend: income − housing is ¥5,000.00",
    );
    fails(&["--spending", "100", "--seed", "3"], "--seed shapes the ranges: add --ranges");
    fails(
        &["--spending", "100", "--ranges", "--volatility", "-5"],
        "--volatility is a spread around the mean and cannot be negative",
    );
    fails(&["--spending", "100", "--goal", "0"], "--goal 0: a target is more than 0");
    fails(&["--spending", "100", "--goal", "abc"], "abc");
    // Negative figures are ours to refuse (clap took -2500 for a flag).
    fails(&["--saving", "-2500"], "--saving cannot be negative");
    fails(&["--spending", "100", "--goal", "-5"], "--goal -5: a target is more than 0");
    let zh = cli
        .command(&[&["--lang", "zh"][..], &base[..], &["--saving", "1", "--spending", "1"]].concat())
        .output()
        .unwrap();
    assert_eq!(zh.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&zh.stderr).contains("--saving 和 --spending 都在决定支出"), "{zh:?}");
    assert_eq!(cli.dump(), before);
}
