//! Amount limits (issue 20 item 4), through the real binary: one limit
//! (¥10,000,000,000.00, `money::MAX_AMOUNT`) on every entry path, named in
//! the error, nothing written; a ledger that already holds rows beyond it
//! (written before the limit, or by hand) answers every report with a
//! figure or a clear error, never a raw SQLite error, a panic or a screen
//! that loads forever; `check` lists such rows. And the edges: a row dated
//! 0001-01-01 with `month_start = 28`, and `project --inflation -100`.

mod common;
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

#[test]
fn the_interface_shows_every_tab_of_a_ledger_over_the_limit() {
    if !common::tools::tmux() {
        return;
    }
    let l = ledger();
    legacy(&l, HUGE);
    let before = l.dump();
    let home_var = format!("HOME={}", l.home().display());
    let tmux =
        common::tmux::Tmux::start(&["env", &home_var, env!("CARGO_BIN_EXE_nestegg"), "--db", l.path.to_str().unwrap()]);
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
