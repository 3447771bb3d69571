//! Issue 8 through the real binary: recurring rules posted at every start,
//! each instance once (also when the process is killed halfway through a
//! catch-up), skips, one-off changes, edits that change only what is to
//! come, step-ups; budgets with children, rollover and the over marker.
//! The binary reads the clock, so dates are relative to today.

use crate::common;

use chrono::{Datelike, Local, Months, NaiveDate};
use common::Cli;

fn today() -> NaiveDate {
    Local::now().date_naive()
}

/// The first day of the month `back` months before this one.
fn first_of(back: u32) -> NaiveDate {
    today().with_day(1).unwrap() - Months::new(back)
}

fn rows(l: &Cli) -> Vec<Vec<String>> {
    let out = l.ok(&["ls", "--format", "csv"]);
    let mut r = csv::ReaderBuilder::new().from_reader(out.as_bytes());
    r.records().map(|rec| rec.unwrap().iter().map(str::to_owned).collect()).collect()
}

/// (date, amount) of every transaction of `category`, oldest first.
fn posted(l: &Cli, category: &str) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> =
        rows(l).into_iter().filter(|r| r[3] == category).map(|r| (r[1].clone(), r[7].clone())).collect();
    v.reverse();
    v
}

/// A rule written straight into the ledger, as if made long ago (before
/// its instances came due): `recurring add` itself posts what is due.
fn old_rule(l: &Cli, name: &str, amount: i64, category: &str, day: u32, start: NaiveDate) {
    let mut store = nestegg::store::Store::open(&l.path).unwrap();
    let category = store.categories(false).unwrap().into_iter().find(|c| c.name == category).unwrap();
    let account = store.accounts(false).unwrap()[0].id;
    let rule = nestegg::recurring::NewRule {
        name: name.into(),
        account_id: account,
        category_id: category.id,
        amount: amount * category.class.sign(),
        payee: name.into(),
        note: String::new(),
        schedule: nestegg::recurring::Schedule {
            every: nestegg::recurring::Every::Month,
            interval: 1,
            day,
            start,
            end: None,
            count: None,
        },
        step_up: None,
    };
    store.write(|tx| tx.add_recurring(&rule)).unwrap();
}

#[test]
fn due_instances_are_posted_at_every_start_each_once() {
    let l = Cli::new();
    l.ok(&["accounts"]);
    old_rule(&l, "rent", 150_000, "rent", 1, first_of(3));
    // The next command (any) posts the four rents due: three months back up to this month's 1st.
    let first = l.run(&["accounts"]);
    assert!(String::from_utf8_lossy(&first.stderr).contains("posted 4 recurring instances"));
    let rents = posted(&l, "rent");
    let want: Vec<(String, String)> = (0..=3).rev().map(|b| (first_of(b).to_string(), "-1500.00".into())).collect();
    assert_eq!(rents, want);
    // Again and again: nothing more.
    for _ in 0..3 {
        l.ok(&["accounts"]);
    }
    assert_eq!(posted(&l, "rent").len(), 4);
    let list = l.ok(&["recurring"]);
    assert!(list.contains(&first_of(0).checked_add_months(Months::new(1)).unwrap().to_string()), "next: {list}");
    // Undo takes the posting back, and it stays undone: the next start does
    // not post it again while redo can bring it back…
    assert!(l.ok(&["undo"]).starts_with("undid: post 4 recurring instances"));
    l.ok(&["accounts"]);
    assert!(posted(&l, "rent").is_empty());
    assert!(l.ok(&["redo"]).starts_with("redid: post 4 recurring instances"));
    assert_eq!(posted(&l, "rent"), want);
    l.ok(&["undo"]);
    // …nor once a new step has forgotten the redo: the instances are skipped.
    l.ok(&["add", "5", "-c", "food"]);
    l.ok(&["accounts"]);
    assert!(posted(&l, "rent").is_empty());
}

/// Issue 19, items 3 and 16: a rule added with a start three weeks back
/// posts what is already due as part of the add, says so, and one undo
/// takes both back; the history walks back to the start and forward again.
#[test]
fn a_rule_with_a_past_start_posts_with_the_add_and_undo_walks_past_it() {
    let l = Cli::new();
    l.ok(&["add", "10", "-c", "food"]);
    let start = today() - chrono::Days::new(21);
    let out = l.ok(&[
        "recurring",
        "add",
        "r1",
        "--amount",
        "20",
        "-c",
        "health",
        "--every",
        "week",
        "--start",
        &start.to_string(),
    ]);
    let dates: Vec<String> = (0..4).map(|k| (start + chrono::Days::new(7 * k)).to_string()).collect();
    let next = (today() + chrono::Days::new(7)).to_string();
    let (added, with) = out.split_once('\n').unwrap();
    assert!(added.starts_with("added 'r1': -¥20.00 every week") && added.ends_with(&format!(", next {next}")), "{out}");
    assert_eq!(
        with,
        format!(
            "already due, posted with it (one undo takes both back): 4 instances, {}, {}, {} and 1 more\n",
            dates[0], dates[1], dates[2]
        )
    );
    let posted_now = posted(&l, "health");
    assert_eq!(posted_now.iter().map(|(d, _)| d.clone()).collect::<Vec<_>>(), dates);
    // The next start posts nothing more.
    let again = l.run(&["ls"]);
    assert!(String::from_utf8_lossy(&again.stderr).is_empty(), "{again:?}");
    let full = l.dump();
    assert_eq!(l.ok(&["undo"]), "undid: add recurring r1\n");
    assert!(posted(&l, "health").is_empty());
    assert!(l.ok(&["recurring"]).starts_with("no recurring rules"));
    assert_eq!(l.ok(&["undo"]), "undid: add food\n");
    assert!(rows(&l).is_empty());
    l.fails(&["undo"], "nothing to undo");
    l.ok(&["redo"]);
    l.ok(&["redo"]);
    assert_eq!(l.dump(), full);
    l.fails(&["redo"], "nothing to redo");
    // The same in Chinese words.
    let zh = |args: &[&str]| {
        let out = l.command(args).env("LANG", "zh_CN.UTF-8").output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    let start = (today() - chrono::Days::new(14)).to_string();
    let out = zh(&["recurring", "add", "健身", "--amount", "50", "-c", "health", "--every", "week", "--start", &start]);
    let second = out.lines().nth(1).unwrap_or_default();
    assert!(second.starts_with("已到期的 3 笔随之记下（撤销一次即一并撤回）：") && second.contains(&start), "{out}");
    // An edit that moves a start into the past posts what it makes due, in its step.
    let later = (today() + chrono::Days::new(3)).to_string();
    l.ok(&["recurring", "add", "later", "--amount", "5", "-c", "food", "--every", "week", "--start", &later]);
    let out = l.ok(&["recurring", "edit", "later", "--start", &start]);
    assert!(
        out.lines()
            .nth(1)
            .is_some_and(|l| l.starts_with("already due, posted with it (one undo takes both back): 3 instances")),
        "{out}"
    );
    let of_later = |l: &Cli| rows(l).iter().filter(|r| r.iter().any(|c| c == "later")).count();
    assert_eq!(of_later(&l), 3);
    assert_eq!(l.ok(&["undo"]), "undid: edit recurring later\n");
    assert_eq!(of_later(&l), 0);
}

#[test]
fn skips_one_off_changes_and_edits_change_only_what_is_to_come() {
    let l = Cli::new();
    let start = first_of(2).to_string();
    l.ok(&["recurring", "add", "salary", "--amount", "5000", "-c", "salary", "--day", "10", "--start", &start]);
    l.ok(&["accounts"]);
    let before = posted(&l, "salary");
    assert!(before.iter().all(|(_, a)| a == "5000.00"));
    // A raise from now on: the posted ones keep their amount.
    l.ok(&["recurring", "edit", "salary", "--amount", "5500"]);
    let next = first_of(0).with_day(10).unwrap();
    let next = if next > today() { next } else { next.checked_add_months(Months::new(1)).unwrap() };
    let after_next = next.checked_add_months(Months::new(1)).unwrap();
    // Skip the next one; change the one after.
    assert_eq!(l.ok(&["recurring", "skip", "salary"]), format!("'salary' on {next} will not be posted\n"));
    let out = l.ok(&["recurring", "edit", "salary", "--date", &after_next.to_string(), "--amount", "6000"]);
    assert_eq!(out, format!("'salary' on {after_next} is now ¥6,000.00\n"));
    assert_eq!(posted(&l, "salary"), before);
    let list = l.ok(&["recurring", "list"]);
    assert!(list.contains("¥5,500.00") && list.contains(&after_next.to_string()), "{list}");
    l.fails(
        &["recurring", "skip", "salary", "--date", &first_of(2).with_day(11).unwrap().to_string()],
        "has no instance on",
    );
    l.fails(&["recurring", "add", "salary", "--amount", "1", "-c", "salary"], "already exists");
    l.fails(&["recurring", "add", "x", "--amount", "-5", "-c", "food"], "not more than zero");
    l.fails(&["recurring", "add", "x", "--amount", "5"], "--category is needed");
    l.fails(&["recurring", "edit", "nope", "--amount", "5"], "no recurring rule named 'nope'");
    l.ok(&["recurring", "rm", "salary"]);
    assert_eq!(posted(&l, "salary"), before, "what it posted stays");
}

#[test]
fn a_yearly_step_up_and_a_weekly_rule() {
    let l = Cli::new();
    // 1,000 a month from 25 months back, rising 10 % a year: 12 × 1,000, 12 × 1,100, then 1,210.
    let start = first_of(25);
    l.ok(&[
        "recurring",
        "add",
        "pay",
        "--amount",
        "1000",
        "-c",
        "salary",
        "--day",
        "1",
        "--start",
        &start.to_string(),
        "--step-up",
        "10%",
    ]);
    l.ok(&["accounts"]);
    let pay = posted(&l, "salary");
    assert_eq!(pay.len(), 26);
    assert!(
        pay[..12].iter().all(|(_, a)| a == "1000.00") && pay[12..24].iter().all(|(_, a)| a == "1100.00"),
        "{pay:?}"
    );
    assert_eq!(pay[24].1, "1210.00");
    // Every two weeks, at most three times.
    let l = Cli::new();
    let from = today() - chrono::Days::new(70);
    l.ok(&[
        "recurring",
        "add",
        "gym",
        "--amount",
        "50",
        "-c",
        "health",
        "--every",
        "week",
        "--interval",
        "2",
        "--start",
        &from.to_string(),
        "--count",
        "3",
    ]);
    l.ok(&["accounts"]);
    let gym = posted(&l, "health");
    let want: Vec<String> = (0..3).map(|k| (from + chrono::Days::new(14 * k)).to_string()).collect();
    assert_eq!(gym.iter().map(|(d, _)| d.clone()).collect::<Vec<_>>(), want);
}

#[test]
fn killed_halfway_through_a_catch_up_nothing_is_lost_or_doubled() {
    let l = Cli::new();
    // A weekly rule since 2000, made before any of it came due: about 1,400
    // instances to catch up on.
    l.ok(&["accounts"]);
    {
        let mut store = nestegg::store::Store::open(&l.path).unwrap();
        let food = store.categories(false).unwrap().into_iter().find(|c| c.name == "food").unwrap().id;
        let account = store.accounts(false).unwrap()[0].id;
        let schedule = nestegg::recurring::Schedule {
            every: nestegg::recurring::Every::Week,
            interval: 1,
            day: 1,
            start: NaiveDate::from_ymd_opt(2000, 1, 3).unwrap(),
            end: None,
            count: None,
        };
        let rule = nestegg::recurring::NewRule {
            name: "coffee".into(),
            account_id: account,
            category_id: food,
            amount: -1_800,
            payee: "coffee".into(),
            note: String::new(),
            schedule,
            step_up: None,
        };
        store.write(|tx| tx.add_recurring(&rule)).unwrap();
    }
    let expected = {
        let days = (today() - NaiveDate::from_ymd_opt(2000, 1, 3).unwrap()).num_days();
        (days / 7 + 1) as usize
    };
    let mut killed = 0;
    for delay_ms in [5u64, 15, 30, 60, 90, 120, 200] {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_nestegg"))
            .env("HOME", l.home())
            .env_remove("NESTEGG_DB")
            .arg("--db")
            .arg(&l.path)
            .args(["recurring", "post"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        if child.try_wait().unwrap().is_none() {
            child.kill().unwrap();
            killed += 1;
        }
        child.wait().unwrap();
        let conn = rusqlite::Connection::open(&l.path).unwrap();
        let ok: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
        assert_eq!(ok, "ok");
        let n: i64 = conn.query_row("SELECT count(*) FROM txns", [], |r| r.get(0)).unwrap();
        assert!(n == 0 || n as usize == expected, "after a kill at {delay_ms} ms: {n} of {expected}: all or nothing");
    }
    l.ok(&["recurring", "post"]);
    l.ok(&["recurring", "post"]);
    let conn = rusqlite::Connection::open(&l.path).unwrap();
    let (n, distinct): (i64, i64) =
        conn.query_row("SELECT count(*), count(DISTINCT date) FROM txns", [], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
    assert_eq!((n as usize, distinct as usize), (expected, expected), "each instance once ({killed} kills)");
}

#[test]
fn budgets_with_children_rollover_and_the_over_marker() {
    let l = Cli::new();
    let last = first_of(1);
    let this = first_of(0);
    let m = |d: NaiveDate| d.format("%Y-%m").to_string();
    l.ok(&["categories", "add", "eating out", "--class", "spending", "--parent", "food"]);
    l.ok(&["budget", "set", "food", "1200", "--from", &m(last), "--rollover"]);
    l.ok(&["budget", "set", "transport", "200", "--from", &m(last)]);
    // Last month: food 700 + eating out 200 = 900 of 1,200: 300 carried.
    l.ok(&["add", "700", "-c", "food", "-d", &last.to_string()]);
    l.ok(&["add", "200", "-c", "eating out", "-d", &last.to_string()]);
    // This month: 1,400 of food against 1,500 available; transport 250 of 200, over.
    l.ok(&["add", "1400", "-c", "food", "-d", &this.to_string()]);
    l.ok(&["add", "250", "-c", "transport", "-d", &this.to_string()]);
    l.ok(&["add", "5000", "-c", "salary", "-d", &this.to_string()]);
    let csv = l.ok(&["budget", "--format", "csv"]);
    assert_eq!(
        csv,
        "category,limit,carried,available,spent,remaining,over\n\
         transport,200.00,0.00,200.00,250.00,-50.00,true\n\
         food,1200.00,300.00,1500.00,1400.00,100.00,false\n"
    );
    let table = l.ok(&["budget"]);
    assert!(table.contains("! transport") && table.contains("over budget (!): transport"), "{table}");
    assert!(table.contains(&format!("{}: budgets ¥1,700.00 against income ¥5,000.00", m(this))), "{table}");
    let json: serde_json::Value = serde_json::from_str(&l.ok(&["budget", "--month", &m(last), "-f", "json"])).unwrap();
    assert_eq!(json["budgets"][0]["spent"], "900.00");
    l.fails(&["budget", "set", "salary", "100"], "income category");
    l.fails(&["budget", "set", "food", "-5"], "negative");
    l.fails(&["budget", "--month", "2026-13"], "not a month");
    // 0 ends a budget from its month on.
    l.ok(&["budget", "set", "transport", "0", "--from", &m(this)]);
    assert!(!l.ok(&["budget"]).contains("transport"));
}

#[test]
fn projections_count_the_rules_for_the_months_ahead() {
    let l = Cli::new();
    // Six months of salary typed by hand, 5,000 each, and no housing yet.
    for back in 1..=6 {
        l.ok(&["add", "5000", "-c", "salary", "-d", &first_of(back).with_day(10).unwrap().to_string()]);
    }
    let baseline = |l: &Cli| {
        let csv = l.ok(&["project", "--months", "1", "--format", "csv"]);
        let rows: Vec<Vec<String>> = csv::Reader::from_reader(csv.as_bytes())
            .records()
            .map(|r| r.unwrap().iter().map(str::to_owned).collect())
            .collect();
        rows[0].clone()
    };
    let before = baseline(&l);
    // A rent of 1,500 from next month on: the projection's housing counts it.
    let next = first_of(0).checked_add_months(Months::new(1)).unwrap();
    l.ok(&["recurring", "add", "rent", "--amount", "1500", "-c", "rent", "--day", "1", "--start", &next.to_string()]);
    let after = baseline(&l);
    let header = l.ok(&["project", "--months", "1", "--format", "csv"]);
    let header: Vec<&str> = header.lines().next().unwrap().split(',').collect();
    let col = |name: &str| header.iter().position(|h| *h == name).unwrap_or_else(|| panic!("{name} in {header:?}"));
    assert_eq!((before[col("housing")].as_str(), after[col("housing")].as_str()), ("0.00", "1500.00"));
    assert_eq!(after[col("income")], "5000.00");
    assert!(l.ok(&["project"]).contains("with the recurring rules' amounts from now on"));
}

#[test]
fn undo_reverses_rule_and_budget_changes_too() {
    let l = Cli::new();
    let next = first_of(0).checked_add_months(Months::new(1)).unwrap();
    l.ok(&["add", "12", "-c", "food"]);
    l.ok(&["recurring", "add", "rent", "--amount", "1500", "-c", "rent", "--day", "1", "--start", &next.to_string()]);
    l.ok(&["recurring", "edit", "rent", "--amount", "1600", "--start", &next.to_string()]);
    assert!(l.ok(&["recurring"]).contains("-¥1,600.00"));
    // An edit of the start keeps the day.
    assert!(l.ok(&["recurring"]).contains("every month on day 1"));
    l.ok(&["budget", "set", "food", "1200", "--rollover"]);
    l.ok(&["budget", "set", "food", "1000"]);
    assert!(l.ok(&["budget", "-f", "csv"]).contains("food,1000.00"));
    assert!(l.ok(&["undo"]).starts_with("undid: budget food"));
    assert!(l.ok(&["budget", "-f", "csv"]).contains("food,1200.00"));
    l.ok(&["undo"]);
    assert!(l.ok(&["budget"]).starts_with("no budgets"));
    assert_eq!(l.ok(&["undo"]), "undid: edit recurring rent\n");
    assert!(l.ok(&["recurring"]).contains("-¥1,500.00"));
    l.ok(&["recurring", "rm", "rent"]);
    assert_eq!(l.ok(&["undo"]), "undid: remove recurring rent\n");
    assert!(l.ok(&["recurring"]).contains("rent"), "the rule is back");
    assert_eq!(l.ok(&["undo"]), "undid: add recurring rent\n");
    assert!(l.ok(&["recurring"]).starts_with("no recurring rules"));
}

/// A rule that starts more than two years from now still names its next
/// instance, in `add`'s message and in the list (it said "next none" and
/// "—", as if it had ended).
#[test]
fn a_rule_starting_years_from_now_names_its_next_instance() {
    let l = Cli::new();
    let start = today().with_day(1).unwrap() + chrono::Months::new(40);
    let out = l.ok(&[
        "recurring",
        "add",
        "Pension",
        "--amount",
        "3000",
        "--category",
        "salary",
        "--every",
        "month",
        "--start",
        &start.to_string(),
    ]);
    assert!(out.contains(&format!("next {start}")), "{out}");
    let list = l.ok(&["recurring", "list"]);
    assert!(list.lines().any(|r| r.contains("Pension") && r.contains(&start.to_string())), "{list}");
}
