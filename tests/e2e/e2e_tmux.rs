//! End to end: the real `nestegg` binary in a real terminal (tmux), driven by
//! keystrokes, read back from the screen, then checked in the ledger with
//! `nestegg ls --format csv`. tmux needs no TTY of its own, so this runs in CI;
//! `.ci/run` installs tmux, and without it the test fails rather than skips.

use std::collections::HashMap;
use std::path::Path;
use std::process::{Command, Output};

use unicode_width::UnicodeWidthStr;

use crate::common;
use common::tmux::Tmux;

/// The first screen line holding every one of `parts`.
fn line_with<'a>(screen: &'a str, parts: &[&str]) -> Option<&'a str> {
    screen.lines().find(|l| parts.iter().all(|p| l.contains(p)))
}

/// The date in the open form's Date field (`2026-11-28`); None until drawn.
fn form_date(screen: &str) -> Option<String> {
    line_with(screen, &["Add transaction"])?;
    let after_label = line_with(screen, &["Date "])?.split("Date").nth(1)?;
    let date = after_label.split_whitespace().next()?;
    (date.len() == 10 && date.matches('-').count() == 2).then(|| date.to_owned())
}

/// Display column where `needle` starts in `line` (CJK counts two).
fn column(line: &str, needle: &str) -> usize {
    line[..line.find(needle).unwrap_or_else(|| panic!("{needle:?} in {line:?}"))].width()
}

fn csv_rows(out: &Output) -> Vec<HashMap<String, String>> {
    assert!(out.status.success(), "ls failed: {}", String::from_utf8_lossy(&out.stderr));
    let mut reader = csv::Reader::from_reader(&out.stdout[..]);
    let header = reader.headers().expect("a csv header").clone();
    reader
        .records()
        .map(|r| header.iter().zip(r.expect("a csv record").iter()).map(|(h, v)| (h.into(), v.into())).collect())
        .collect()
}

#[test]
fn form_and_quick_add_in_a_real_terminal_reach_the_ledger() {
    if !common::tools::tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ledger.db");
    let bin = env!("CARGO_BIN_EXE_nestegg");
    // A shell around nestegg: once it exits, report its status and the tty
    // modes, then stay alive so the pane can be read (and checked) afterwards.
    let script =
        r#""$1" --db "$2"; echo "nestegg exited with status $?"; stty -a; echo "end of report"; exec sleep 600"#;
    let tmux = Tmux::start(&["sh", "-c", script, "sh", bin, db.to_str().unwrap()]);
    tmux.wait_for_text("Your ledger is empty");

    // The form: focus starts on Amount; inline arithmetic.
    tmux.keys(&["a"]);
    let form = tmux.wait_for("the form with today's date", |s| form_date(s).is_some());
    let today = form_date(&form).unwrap();
    tmux.type_text("12.5*2");
    // Category: a type-to-filter picker prefilled with "food"; typing appends
    // to the filter, so clear it first. Leaving the field keeps the highlighted name.
    tmux.keys(&["Tab"]);
    tmux.wait_for_text("▸ food");
    tmux.keys(&["BSpace"; 20]); // more than enough for "food"
    tmux.type_text("groceries");
    tmux.wait_for_text("▸ groceries");
    tmux.keys(&["Tab", "Tab"]); // Account stays "Bank card"; on to Payee
    tmux.type_text("比优特超市");
    tmux.wait_for("the payee typed into the form", |s| line_with(s, &["Payee", "比优特超市"]).is_some());
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for("the form's row in the table", |s| line_with(s, &["比优特超市", "-¥25.00"]).is_some());

    // CJK renders through the terminal and is aligned by display width:
    // the row's category starts under the CATEGORY heading.
    let row = line_with(&screen, &["比优特超市", "-¥25.00"]).unwrap();
    let header = line_with(&screen, &["PAYEE", "CATEGORY"]).expect("the table header");
    assert_eq!(column(row, "groceries"), column(header, "CATEGORY"), "misaligned:\n{screen}");
    assert!(row.contains("Bank card"), "{row}");

    // Quick add: payee new, so the default spending category; account by prefix.
    tmux.keys(&["i"]);
    tmux.wait_for_text("Quick add");
    tmux.type_text("35 lunch @wechat");
    tmux.wait_for_text("> 35 lunch @wechat");
    tmux.keys(&["Enter"]);
    tmux.wait_for("the quick add's row", |s| line_with(s, &["lunch", "food", "WeChat Pay", "-¥35.00"]).is_some());

    // Quit; the shell then reports how nestegg left the terminal.
    tmux.keys(&["q"]);
    let after = tmux.wait_for_text("end of report");
    assert!(after.contains("nestegg exited with status 0"), "{after}");
    let tty: Vec<&str> = after.split(|c: char| c.is_whitespace() || c == ';').collect();
    for mode in ["icanon", "echo", "isig", "opost"] {
        assert!(tty.contains(&mode), "raw mode left on ({mode} is off):\n{after}");
    }
    let flags = tmux.run(&["display-message", "-p", "-t", "e2e", "#{alternate_on} #{mouse_any_flag} #{cursor_flag}"]);
    assert_eq!(flags.trim(), "0 0 1", "alternate screen, mouse capture, cursor visible:\n{after}");
    drop(tmux);

    let rows = csv_rows(&ls(&db));
    assert_eq!(rows.len(), 2, "{rows:#?}");
    let by_payee = |p: &str| rows.iter().find(|r| r["payee"] == p).unwrap_or_else(|| panic!("{p}: {rows:#?}"));
    let form_row = by_payee("比优特超市");
    let quick_row = by_payee("lunch");
    let form_expected = [("date", &*today), ("category", "groceries"), ("class", "spending"), ("amount", "-25.00")];
    let quick_expected = [("date", &*today), ("category", "food"), ("class", "spending"), ("amount", "-35.00")];
    for (field, value) in form_expected.into_iter().chain([("account", "Bank card"), ("currency", "CNY")]) {
        assert_eq!(form_row[field], value, "{field} of the form's row: {form_row:?}");
    }
    for (field, value) in quick_expected.into_iter().chain([("account", "WeChat Pay"), ("currency", "CNY")]) {
        assert_eq!(quick_row[field], value, "{field} of the quick add's row: {quick_row:?}");
    }
}

fn ls(db: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_nestegg"))
        .env_remove("NESTEGG_DB")
        .arg("--db")
        .arg(db)
        .args(["ls", "--format", "csv"])
        .output()
        .expect("nestegg ls runs")
}

#[test]
fn a_bill_imported_from_the_interface_with_a_corrected_category_and_a_rule() {
    if !common::tools::tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("home");
    std::fs::create_dir_all(home.join("Downloads")).unwrap();
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/import");
    std::fs::copy(format!("{fixtures}/wechat.csv"), home.join("Downloads/wechat.csv")).unwrap();
    let db = dir.path().join("ledger.db");
    let home_var = format!("HOME={}", home.display());
    let tmux = Tmux::start(&["env", &home_var, env!("CARGO_BIN_EXE_nestegg"), "--db", db.to_str().unwrap()]);
    tmux.wait_for_text("Your ledger is empty");
    // I asks for the file and lists the bills found in ~/Downloads; ↑ picks one.
    tmux.keys(&["I"]);
    tmux.wait_for_text("~/Downloads/wechat.csv");
    tmux.keys(&["Up"]);
    tmux.wait_for_text("> ~/Downloads/wechat.csv");
    tmux.keys(&["Enter"]);
    let preview = tmux.wait_for_text("7 new · 0 already in the ledger · 0 invalid · 1 skipped");
    assert!(line_with(&preview, &["美团外卖", "-¥28.16", "other (default)", "new"]).is_some(), "{preview}");
    // c on the first row (美团外卖): food, for both of its rows; R keeps it as a rule.
    tmux.keys(&["c"]);
    tmux.wait_for_text("Category for this payee");
    tmux.type_text("food");
    tmux.keys(&["Enter"]);
    tmux.wait_for_text("2 rows of 美团外卖 go to food");
    tmux.keys(&["R"]);
    tmux.wait_for_text("saved: 美团外卖 → food");
    tmux.keys(&["Enter"]);
    tmux.wait_for_text("imported 7 transactions from wechat.csv");
    tmux.keys(&["q"]);
    drop(tmux);
    let rows = csv_rows(&ls(&db));
    assert_eq!(rows.len(), 7);
    let meituan: Vec<_> = rows.iter().filter(|r| r["payee"] == "美团外卖").collect();
    assert_eq!(meituan.len(), 2);
    assert!(meituan.iter().all(|r| r["category"] == "food" && r["account"] == "WeChat Pay"), "{meituan:?}");
    let rules = std::fs::read_to_string(home.join(".config/nestegg/rules.toml")).unwrap();
    assert!(rules.contains("contains = \"美团外卖\"") && rules.contains("category = \"food\""), "{rules}");
}
