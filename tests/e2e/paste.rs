//! Pastes (issue 20 item 7), through the real binary under tmux with
//! bracketed paste (`paste-buffer -p`, as a terminal pastes): a paste is
//! text typed into the focused field, never keys; a newline in it never acts
//! as Enter; a long paste is cut with a word and shows at once, with no key
//! pressed after it. The ledger is compared table by table.

use crate::common;

use common::Cli;
use common::tmux::Tmux;

fn ledger() -> Cli {
    let l = Cli::new();
    l.ok(&["add", "5000", "-c", "salary", "-d", "2026-10-10", "-p", "厂里"]);
    l.ok(&["add", "12", "-c", "food", "-d", "2026-10-12", "-p", "Coffee"]);
    l
}

fn interface(l: &Cli) -> Tmux {
    let home_var = format!("HOME={}", l.home().display());
    let tmux = Tmux::start(&["env", &home_var, env!("CARGO_BIN_EXE_nestegg"), "--db", l.path.to_str().unwrap()]);
    tmux.wait_for_text("Coffee");
    tmux
}

/// Pastes `text` as a terminal does when the program asked for bracketed
/// paste (tmux sends it bare otherwise, as keys: the old behaviour).
fn paste(tmux: &Tmux, text: &str) {
    tmux.run(&["set-buffer", "-b", "p", "--", text]);
    tmux.run(&["paste-buffer", "-p", "-d", "-b", "p", "-t", "e2e"]);
}

fn flat(screen: &str) -> String {
    screen.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn a_paste_is_text_in_the_focused_field_never_keys() {
    if !common::tools::tmux() {
        return;
    }
    let l = ledger();
    let before = l.dump();
    let tmux = interface(&l);
    // On the list, with no field open: as keys, `35 lunch⏎dy` would have
    // opened things, and `dy` deleted the selected row. Now nothing happens.
    paste(&tmux, "35 lunch\ndy");
    tmux.wait_for_text("a paste goes into a text field");
    assert_eq!(l.dump(), before);
    assert!(tmux.screen().contains("Coffee"));

    // In the quick-add line: typed as text, the newline a space; nothing
    // is added until Enter, and Esc drops it.
    tmux.keys(&["i"]);
    paste(&tmux, "35 lunch\ndy");
    tmux.wait_for_text("35 lunch dy");
    assert_eq!(l.dump(), before, "the pasted newline did not submit");
    tmux.keys(&["Escape"]);
    tmux.wait_for("the prompt closed", |s| !s.contains("35 lunch dy"));
    assert_eq!(l.dump(), before);

    // A pasted line with a tab and an escape sequence: the tab is a space,
    // the ESC is dropped (the rest is plain text), so the screen is not cleared.
    tmux.keys(&["i"]);
    paste(&tmux, "18 noodles\t\u{1b}[2Jhot");
    tmux.wait_for_text("18 noodles [2Jhot");
    tmux.keys(&["Enter"]);
    tmux.wait_for_text("added -¥18.00");
    tmux.keys(&["q"]);
    drop(tmux);
    let rows = l.ok(&["ls", "-f", "csv"]);
    assert!(rows.lines().any(|r| r.contains("noodles") && r.contains("-18.00")), "{rows}");
    assert!(!rows.contains('\u{1b}'), "{rows}");
    assert_eq!(rows.lines().count(), 4, "one row added, nothing deleted: {rows}");
}

#[test]
fn a_long_paste_shows_at_once_and_is_cut_with_a_word() {
    if !common::tools::tmux() {
        return;
    }
    let l = ledger();
    let before = l.dump();
    let tmux = interface(&l);
    tmux.keys(&["i"]);
    // 8 KB, far over a read's 1 KB: it shows without another key pressed.
    let long = "饭".repeat(2_700);
    paste(&tmux, &long);
    tmux.wait_for("the cut paste's word", |s| {
        flat(s).contains("the paste had 2700 characters") && flat(s).contains("the first 1000 were typed")
    });
    tmux.keys(&["Escape"]);
    tmux.keys(&["q"]);
    drop(tmux);
    assert_eq!(l.dump(), before);
}
