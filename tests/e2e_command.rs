//! The whole product from the interface's keyboard (issue 21), through the
//! real binary under tmux: a budget, a goal, a monthly salary rule, a bank
//! CSV imported with a column mapping, a setting and a backup, all from the
//! `:` line, then each checked with the command line.

mod common;
use common::Cli;
use common::tmux::Tmux;

#[test]
fn a_budget_a_goal_a_salary_rule_and_a_mapped_bank_csv_from_the_keyboard() {
    if !common::tools::tmux() {
        return;
    }
    let l = Cli::new();
    l.ok(&["add", "25", "-c", "food", "-p", "美团"]);
    let bill = l.dir.path().join("bank.csv");
    std::fs::write(&bill, "Date,Amount,Description\n2026-10-03,-18.50,Metro\n2026-10-04,-60.00,Grocer\n").unwrap();
    let home_var = format!("HOME={}", l.home().display());
    let tmux = Tmux::start(&["env", &home_var, env!("CARGO_BIN_EXE_nestegg"), "--db", l.path.to_str().unwrap()]);
    tmux.wait_for_text("美团");
    let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let command = |line: &str, shows: &str| {
        tmux.keys(&[":"]);
        tmux.wait_for_text("Command");
        tmux.type_text(line);
        tmux.keys(&["Enter"]);
        tmux.wait_for(shows, |s| flat(s).contains(shows));
    };
    command("budget set food 1200 --rollover", "food: ¥1,200.00 a month");
    command("goals add \"Flat in Hegang\" --target 37500 --by 2027-12", "added goal 'Flat in Hegang'");
    command("recurring add Salary --amount 5000 --category salary --every month --day 10 --start 2030-01-10", "Salary");
    let map = format!(
        "import '{}' --map date=Date,amount=Amount,payee=Description --account 'Bank card' --save-map mybank",
        bill.display()
    );
    command(&map, "imported 2 transactions");
    command("config set baseline_months 12", "baseline_months = 12");
    let backup = l.dir.path().join("keep.db");
    command(&format!("backup '{}'", backup.display()), "backed up");
    tmux.keys(&["q"]);
    drop(tmux);
    // Each as the command line sees it.
    assert!(l.ok(&["budget"]).contains("food"));
    assert!(l.ok(&["goals"]).contains("Flat in Hegang"));
    assert!(l.ok(&["recurring", "list"]).contains("Salary"));
    let rows = l.ok(&["ls", "-f", "csv"]);
    assert!(rows.contains("Metro") && rows.contains("Grocer"), "{rows}");
    assert!(l.ok(&["config", "show"]).contains("baseline_months = 12"));
    assert!(backup.exists());
    // The saved mapping works from the command line next time.
    std::fs::write(&bill, "Date,Amount,Description\n2026-10-05,-7.00,Bakery\n").unwrap();
    let out = l.ok(&["import", bill.to_str().unwrap(), "--preset", "mybank"]);
    assert!(out.contains("imported 1 transaction"), "{out}");
    l.ok(&["check"]);
}

/// Issue 21: the settings screen (`,`) shows every setting with its value
/// and source; Enter changes the selected one through `config set` (the
/// same checks and words), `x` unsets it, and the screen comes back with
/// the new value. A bad value is refused with the CLI's message.
#[test]
fn the_settings_screen_shows_and_changes_every_setting() {
    if !common::tools::tmux() {
        return;
    }
    let l = Cli::new();
    let home_var = format!("HOME={}", l.home().display());
    let tmux = Tmux::start(&["env", &home_var, env!("CARGO_BIN_EXE_nestegg"), "--db", l.path.to_str().unwrap()]);
    tmux.wait_for_text("Your ledger is empty");
    tmux.keys(&[","]);
    // The whole screen drawn (a capture can catch it half way).
    let screen = tmux.wait_for("the settings", |s| s.contains("Settings") && s.contains("theme = default"));
    for row in ["currency = CNY  (default)", "baseline_months = 6  (default)", "theme = default  (default)"] {
        assert!(screen.contains(row), "{row}:\n{screen}");
    }
    // To baseline_months (the sixth), change 6 to 12.
    tmux.keys(&["j", "j", "j", "j", "j", "Enter"]);
    tmux.wait_for_text("> config set baseline_months 6");
    tmux.keys(&["BSpace"]);
    tmux.type_text("12");
    tmux.keys(&["Enter"]);
    tmux.wait_for_text("baseline_months = 12  (set in the file)");
    // A bad value: the CLI's refusal, nothing changed.
    tmux.keys(&["Enter", "BSpace", "BSpace"]);
    tmux.type_text("0");
    tmux.keys(&["Enter"]);
    tmux.wait_for_text("baseline_months = 12");
    // x unsets it.
    tmux.keys(&["x"]);
    tmux.wait_for_text("> config unset baseline_months");
    tmux.keys(&["Enter"]);
    tmux.wait_for_text("baseline_months = 6  (default)");
    tmux.keys(&["Escape", "q"]);
    drop(tmux);
    assert!(l.ok(&["config", "show"]).contains("baseline_months = 6  # default"), "{}", l.ok(&["config", "show"]));
}
