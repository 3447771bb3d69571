//! Amount limits (issue 20 item 4), through the real binary: one limit
//! (¥10,000,000,000.00, `money::MAX_AMOUNT`) on every entry path, named in
//! the error, nothing written; a ledger that already holds rows beyond it
//! (written before the limit, or by hand) answers every report with a
//! figure or a clear error, never a raw SQLite error, a panic or a screen
//! that loads forever; `check` lists such rows. And the edges: a row dated
//! 0001-01-01 with `month_start = 28`, and `project --inflation -100`.

use crate::common;
use common::Cli;

const OVER: &str = "10000000000.01";
const LIMIT: &str = "over nestegg's limit of ¥10,000,000,000.00";

fn ledger() -> Cli {
    let l = Cli::new();
    l.ok(&["add", "5000", "-c", "salary", "-d", "2026-10-10", "-p", "厂里"]);
    l.ok(&["add", "25", "-c", "food", "-d", "2026-10-11", "-p", "美团"]);
    l
}

#[test]
fn every_entry_path_holds_amounts_to_one_limit() {
    let l = ledger();
    let before = l.dump();
    let tries: [&[&str]; 8] = [
        &["add", OVER, "-c", "food"],
        &["edit", "2", "--amount", OVER],
        &["transfer", OVER, "--from", "Bank card", "--to", "Cash"],
        &["budget", "set", "food", OVER],
        &["goals", "add", "Flat", "--target", OVER],
        &["recurring", "add", "Pay", "--amount", OVER, "--category", "salary", "--every", "month"],
        &["project", "--income", OVER],
        &["add", "100000000万", "-c", "food"],
    ];
    for args in tries {
        let err = l.fails(args, "over nestegg's limit of");
        assert!(err.contains("¥10,000,000,000.00"), "{args:?}: {err}");
        assert_eq!(l.dump(), before, "{args:?} wrote nothing");
    }
    // A bill's row over the limit is an invalid row, like any other.
    let bill = l.dir.path().join("bill.csv");
    std::fs::write(&bill, format!("date,amount,payee\n2026-10-12,-{OVER},big\n")).unwrap();
    let err = l.fails(
        &["import", bill.to_str().unwrap(), "--map", "date=date,amount=amount,payee=payee", "--account", "Bank card"],
        "more than one row can hold",
    );
    assert!(err.contains("¥10,000,000,000.00"), "{err}");
    assert_eq!(l.dump(), before);
    // The limit itself is fine.
    l.ok(&["add", "10000000000", "-c", "food", "-d", "2026-10-12"]);
    // In Chinese the limit is named too.
    let out = l.run(&["add", OVER, "-c", "food", "--lang", "zh"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("超过 nestegg 单笔金额的上限 ¥10,000,000,000.00"));
}

/// Rows at the edge of i64, as an older nestegg accepted them (`add` took
/// up to about ¥9.2×10¹⁶), written here straight into the file.
fn legacy(l: &Cli, sql: &str) {
    rusqlite::Connection::open(&l.path).unwrap().execute_batch(sql).unwrap();
}

const HUGE: &str = "INSERT INTO txns (date, account_id, category_id, amount, currency) VALUES
    ('2026-07-02', 1, 5, -4000000000000000000, 'CNY'), ('2026-08-02', 1, 5, -4000000000000000000, 'CNY'),
    ('2026-09-02', 1, 5, -4000000000000000000, 'CNY');";

#[test]
fn a_ledger_holding_rows_over_the_limit_answers_every_report_clearly() {
    let l = ledger();
    legacy(&l, HUGE);
    let commands: [&[&str]; 9] = [
        &["report", "monthly"],
        &["report", "weekly"],
        &["report", "categories", "--month", "2026-09"],
        &["project"],
        &["accounts"],
        &["relocate", "compare"],
        &["goals"],
        &["budget"],
        &["ls"],
    ];
    for args in commands {
        let out = l.run(args);
        let err = String::from_utf8_lossy(&out.stderr);
        // 0 with figures, or 1 (the ledger's data is the problem) with a clear word.
        assert!(matches!(out.status.code(), Some(0 | 1)), "{args:?}: {:?} {err}", out.status);
        assert!(!err.contains("ledger error") && !err.contains("panicked"), "{args:?}: {err}");
        if !out.status.success() {
            assert!(err.contains("a total would pass what nestegg can count"), "{args:?}: {err}");
        }
    }
    // A write whose kept total would pass i64: a clear refusal, nothing written.
    legacy(
        &l,
        "INSERT INTO txns (date, account_id, category_id, amount, currency) VALUES ('2026-06-02', 1, 5, -9223372036854775000, 'CNY');",
    );
    let before = l.dump();
    let out = l.run(&["add", "10", "-c", "property fees", "-d", "2026-06-03"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("a total would pass what nestegg can count"), "{err}");
    assert_eq!(l.dump(), before);
    // check lists every such row by id, and what to do.
    let out = l.run(&["check"]);
    let (listed, err) = (String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert_eq!(listed.matches(LIMIT).count(), 4, "{listed}");
    assert!(listed.contains("transaction #3 on 2026-07-02: -¥40,000,000,000,000,000.00"), "{listed}");
    assert!(err.contains("4 transactions are over nestegg's limit") && err.contains("nestegg rm ID"), "{err}");
    // Removed, the ledger is whole again.
    for id in ["3", "4", "5", "6"] {
        l.ok(&["rm", id]);
    }
    assert!(l.ok(&["check"]).starts_with("ok: 2 transactions"));
    l.ok(&["project", "--months", "2"]);
}

/// The interface on `l`'s ledger, in English, under tmux.
fn interface(l: &Cli) -> common::tmux::Tmux {
    let home_var = format!("HOME={}", l.home().display());
    let (program, db) = (env!("CARGO_BIN_EXE_nestegg"), l.path.to_str().unwrap());
    common::tmux::Tmux::start(&["env", &home_var, "LANG=C.UTF-8", program, "--db", db])
}

#[test]
fn the_interface_shows_every_tab_of_a_ledger_over_the_limit() {
    if !common::tools::tmux() {
        return;
    }
    let l = ledger();
    legacy(&l, HUGE);
    let before = l.dump();
    let tmux = interface(&l);
    tmux.wait_for_text("美团");
    // The Months tab drew its chart (its axis looped forever at these heights).
    tmux.keys(&["2"]);
    tmux.wait_for_text("12 months average");
    // The Plan and Move tabs say why instead of "reading…" for good, even
    // after the status line is gone.
    for tab in ["3", "4"] {
        tmux.keys(&[tab]);
        tmux.wait_for_text("a total would pass");
        tmux.keys(&["j"]);
        // Still said in the body, with the status gone; never "reading…".
        tmux.wait_for("the reason in the body", |s| {
            s.contains("a total would pass") && !s.contains("reading the ledger") && !s.contains("comparing")
        });
    }
    tmux.keys(&["5"]);
    tmux.wait_for_text("budgets");
    tmux.keys(&["q"]);
    drop(tmux);
    assert_eq!(l.dump(), before);
}

#[test]
fn the_edges_of_dates_and_rates_answer() {
    let l = Cli::new();
    l.ok(&["add", "5", "-c", "food", "-d", "0001-01-01"]);
    l.ok(&["config", "set", "month_start", "28"]);
    let out = l.ok(&["report", "monthly"]);
    assert!(out.contains("0001-01") && out.contains("¥5.00"), "{out}");
    let out = l.ok(&["report", "categories", "--month", "0001-01"]);
    assert!(out.contains("food"), "{out}");
    let before = l.dump();
    l.fails(&["project", "--inflation", "-100"], "would bring prices to nothing or below");
    assert_eq!(l.dump(), before);
    l.ok(&["project", "--inflation", "-99.5", "--months", "2"]);
}

/// A recurring rule's step-up is a way past the limit too: refused when
/// the rule is saved (the date and amount named), and so is one instance
/// changed beyond it; a mortgage's principal and a scenario's price are held
/// to the same limit. Nothing is written by any of them.
#[test]
fn rules_instances_loans_and_prices_are_held_to_the_limit() {
    let l = ledger();
    l.ok(&["recurring", "add", "Rent", "--amount", "3000", "-c", "rent", "--every", "month", "--start", "2099-01-01"]);
    let before = l.dump();
    let err = l.fails(
        &[
            "recurring",
            "add",
            "Big",
            "--amount",
            "9000000000",
            "-c",
            "salary",
            "--every",
            "year",
            "--start",
            "2099-12-05",
            "--step-up",
            "1000000000",
        ],
        "'Big' would come to ¥11,000,000,000.00 on 2101-12-05, over nestegg's limit of ¥10,000,000,000.00",
    );
    assert!(err.contains("--end") && err.contains("--step-up"), "{err}");
    assert_eq!(l.dump(), before);
    // 3 % a year on ¥5bn passes it in 24 years: refused too; with an end before, it is fine.
    let rule: [&str; 12] = [
        "recurring",
        "add",
        "Pay",
        "--amount",
        "5000000000",
        "-c",
        "salary",
        "--every",
        "month",
        "--start",
        "2099-01-10",
        "--step-up",
    ];
    l.fails(&[&rule[..], &["3%"]].concat(), "on 2123-01-10");
    assert_eq!(l.dump(), before);
    let err =
        l.fails(&["recurring", "edit", "Rent", "--step-up", "10000000000"], "'Rent' would come to -¥10,000,003,000.00");
    assert!(err.contains("2100-01-01"), "{err}");
    let err = l.fails(&["recurring", "edit", "Rent", "--date", "2099-02-01", "--amount", OVER], LIMIT);
    assert!(err.contains("-¥10,000,000,000.01"), "{err}");
    l.fails(&["mortgage", "--principal", OVER, "--rate", "4", "--years", "30"], LIMIT);
    l.fails(
        &["relocate", "add", "Castle", "--plan", "outright", "--price-per-m2", "10000000000", "--area", "2"],
        "2 m² at ¥10,000,000,000.00 a m² comes to ¥20,000,000,000.00, over nestegg's limit of ¥10,000,000,000.00",
    );
    l.fails(
        &["relocate", "add", "Castle", "--plan", "mortgage", "--price-per-m2", "1000000", "--area", "10001"],
        "--area: 10001 m²",
    );
    assert_eq!(l.dump(), before);
    let out = l.run(&[
        "recurring",
        "add",
        "Big",
        "--amount",
        "9000000000",
        "-c",
        "salary",
        "--every",
        "year",
        "--start",
        "2099-12-05",
        "--step-up",
        "1000000000",
        "--lang",
        "zh",
    ]);
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("“Big”在 2101-12-05 将达到 ¥11,000,000,000.00，超过 nestegg 单笔金额的上限")
    );
    // At the limit itself, all fine.
    l.ok(&[
        "recurring",
        "add",
        "Big",
        "--amount",
        "9000000000",
        "-c",
        "salary",
        "--every",
        "year",
        "--start",
        "2099-12-05",
        "--step-up",
        "1000000000",
        "--count",
        "2",
    ]);
    l.ok(&["mortgage", "--principal", "10000000000", "--rate", "4", "--years", "30"]);
    l.ok(&["relocate", "add", "Castle", "--plan", "outright", "--price-per-m2", "100000000", "--area", "100"]);
}

/// Rules written before the limit (or grown past it by their step-up as
/// the years go by): `Big`, ¥9bn a year since 2020 rising ¥1bn a year,
/// comes to ¥11bn on 2022-01-05; `Rent`, three months of 2026.
const GROWN: &str = r#"INSERT INTO recurring (name, account_id, category_id, amount, payee, note, schedule, step_up) VALUES
    ('Big', 1, (SELECT id FROM categories WHERE name = 'salary'), 900000000000, 'Big', '',
     '{"every":"year","interval":1,"day":5,"start":"2020-01-05","end":null,"count":null}', '{"amount":100000000000}'),
    ('Rent', 1, (SELECT id FROM categories WHERE name = 'rent'), -300000, 'Rent', '',
     '{"every":"month","interval":1,"day":1,"start":"2026-01-01","end":null,"count":3}', NULL);"#;

/// One rule past the limit stopped every rule's posting at every start,
/// for good ("nestegg recurring post retries" never did). It is held back
/// alone, from its first instance over the limit, named with what to do;
/// the other rules post.
#[test]
fn a_rule_grown_past_the_limit_holds_back_only_itself() {
    let l = ledger();
    legacy(&l, GROWN);
    let out = l.run(&["ls"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("posted 5 recurring instances"), "{err}");
    assert!(
        err.contains("nestegg: 'Big' is held back from 2022-01-05: its instance comes to ¥11,000,000,000.00, over nestegg's limit of ¥10,000,000,000.00"),
        "{err}"
    );
    assert!(err.contains("nestegg recurring edit 'Big' --step-up"), "{err}");
    let listed = String::from_utf8_lossy(&out.stdout);
    assert_eq!(listed.matches("Rent").count(), 3, "{listed}");
    assert!(listed.contains("2021-01-05") && !listed.contains("2022-01-05"), "{listed}");
    // Asked again, the same answer (exit 1), and nothing more is written.
    let before = l.dump();
    let out = l.run(&["recurring", "post"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("'Big' is held back from 2022-01-05"), "{err}");
    assert_eq!(l.dump(), before);
    let out = l.run(&["check", "--lang", "zh"]);
    assert!(out.status.success());
    let out = l.run(&["recurring", "post", "--lang", "zh"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("“Big”自 2022-01-05 起暂不记账"));
    // Changed, the rule posts what waited, once.
    l.ok(&["recurring", "edit", "Big", "--step-up", "none"]);
    assert!(l.ok(&["ls", "-c", "salary"]).contains("2022-01-05"));
    assert_eq!(l.ok(&["recurring", "post"]).trim(), "posted 0 instances");
}

#[test]
fn the_interface_posts_the_other_rules_and_names_the_one_held() {
    if !common::tools::tmux() {
        return;
    }
    let l = ledger();
    legacy(&l, GROWN);
    let tmux = interface(&l);
    // Said as an error in the status line, and the other rule's rows listed.
    tmux.wait_for_text("'Big' is held back from 2022-01-05");
    tmux.wait_for_text("Rent");
    tmux.keys(&["q"]);
    drop(tmux);
    let listed = l.ok(&["ls"]);
    assert_eq!(listed.matches("Rent").count(), 3, "{listed}");
    assert!(!listed.contains("2022-01-05"), "{listed}");
}
