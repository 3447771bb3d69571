//! The whole product from the interface's keyboard (issue 21), through the
//! real binary under tmux: a budget, a goal, a monthly salary rule, a bank
//! CSV imported with a column mapping, a setting and a backup, all from the
//! `:` line, then each checked with the command line.

use crate::common;
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
    // A bad value: the CLI's refusal, nothing changed. The value shown is
    // replaced by what is typed (no Backspace first).
    tmux.keys(&["Enter"]);
    tmux.wait_for_text("> config set baseline_months 12");
    tmux.type_text("0");
    tmux.keys(&["Enter"]);
    tmux.wait_for_text("baseline_months = 12");
    // The refusal is read under the screen (it was hidden behind it).
    tmux.wait_for_text("\"0\" is not a number of months from 1 to 120");
    // x unsets it.
    tmux.keys(&["x"]);
    tmux.wait_for_text("> config unset baseline_months");
    tmux.keys(&["Enter"]);
    tmux.wait_for_text("baseline_months = 6  (default)");
    // The pay settings at the end: typing replaces the value shown.
    tmux.keys(&["j", "j", "j", "j", "j", "j", "j", "j", "Enter"]);
    tmux.wait_for_text("> config set special_deductions 0.00");
    tmux.type_text("1500");
    tmux.keys(&["Enter"]);
    tmux.wait_for_text("special_deductions = 1500.00  (set in the file)");
    tmux.keys(&["Escape", "q"]);
    drop(tmux);
    assert!(l.ok(&["config", "show"]).contains("baseline_months = 6  # default"), "{}", l.ok(&["config", "show"]));
}

/// Issue 21: the same, with the keyboard only and no command line: the
/// Budget tab's form, the Plan tab's goals, the recurring rules screen,
/// the accounts screen, export, backup and a bank CSV through its mapping
/// screen; each checked with the CLI.
#[test]
fn budgets_goals_rules_accounts_export_backup_and_a_mapped_bank_csv_from_screens_and_forms() {
    if !common::tools::tmux() {
        return;
    }
    let l = Cli::new();
    l.ok(&["add", "25", "-c", "food", "-p", "美团"]);
    let home_var = format!("HOME={}", l.home().display());
    let tmux = Tmux::start(&["env", &home_var, env!("CARGO_BIN_EXE_nestegg"), "--db", l.path.to_str().unwrap()]);
    tmux.wait_for_text("美团");
    let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let wait = |shows: &str| {
        tmux.wait_for(shows, |s| flat(s).contains(shows));
    };
    // Esc alone, then wait: a key right after Esc would read as Alt and that key.
    let back = |to: &str| {
        tmux.keys(&["Escape"]);
        wait(to);
    };
    tmux.keys(&["5"]);
    wait("No budgets for this month");
    tmux.keys(&["a"]);
    wait("Budget from");
    tmux.type_text("food");
    tmux.keys(&["Tab"]);
    tmux.type_text("1200");
    tmux.keys(&["Enter"]);
    wait("food: ¥1,200.00 a month");

    tmux.keys(&["3"]);
    wait("g goal");
    tmux.keys(&["g"]);
    wait("No goals yet");
    tmux.keys(&["a"]);
    wait("New goal");
    tmux.type_text("Flat in Hegang");
    tmux.keys(&["Tab"]);
    tmux.type_text("37500");
    tmux.keys(&["Tab"]);
    tmux.type_text("2027-12");
    tmux.keys(&["Tab", "Tab", "h", "Enter"]);
    wait("added goal 'Flat in Hegang'");
    back("g goal");

    tmux.keys(&["*"]);
    wait("No recurring rules yet");
    tmux.keys(&["a"]);
    wait("New recurring rule");
    tmux.type_text("Salary");
    tmux.keys(&["Tab"]);
    tmux.type_text("5000");
    tmux.keys(&["Tab"]);
    tmux.type_text("salary");
    tmux.keys(&["Tab", "Tab", "Tab", "Tab"]);
    tmux.type_text("10");
    tmux.keys(&["Tab", "C-u"]);
    tmux.type_text("2030-01-10");
    tmux.keys(&["Enter"]);
    wait("added 'Salary': ¥5,000.00 every month on day 10, next 2030-01-10");
    wait("What Salary will post next");
    back("g goal");

    tmux.keys(&["@"]);
    wait("BALANCE");
    tmux.keys(&["a"]);
    wait("New account");
    tmux.type_text("Piggy");
    tmux.keys(&["Tab", "s", "Enter"]);
    wait("added account 'Piggy' (savings, CNY)");
    back("g goal");

    let export = l.dir.path().join("out.csv");
    tmux.keys(&["X"]);
    wait("Export");
    tmux.keys(&["Tab", "Tab", "Tab", "C-u"]);
    tmux.type_text(export.to_str().unwrap());
    tmux.keys(&["Enter"]);
    wait("wrote 1 transaction");
    // Again: the file exists and is not replaced without asking.
    tmux.keys(&["X"]);
    wait("Export");
    tmux.keys(&["Tab", "Tab", "Tab", "C-u"]);
    tmux.type_text(export.to_str().unwrap());
    tmux.keys(&["Enter"]);
    wait("already exists");
    back("g goal");

    let backup = l.dir.path().join("keep.db");
    tmux.keys(&["B"]);
    wait("Back up the ledger");
    tmux.type_text(backup.to_str().unwrap());
    tmux.keys(&["Enter"]);
    wait("backed up");
    // Left empty: a dated file beside the ledger, twice in a row without a name to invent.
    for _ in 0..2 {
        tmux.keys(&["B"]);
        wait("backups/ledger-YYYY-MM-DD-HHMMSS.db");
        tmux.keys(&["Enter"]);
        wait("backed up");
    }

    // A bank CSV nestegg does not know: its mapping screen, saved as "mybank", then the preview.
    let bill = l.dir.path().join("bank.csv");
    std::fs::write(&bill, "Date,Amount,Description\n2026-10-03,-18.50,Metro\n2026-10-04,-60.00,Grocer\n").unwrap();
    tmux.keys(&["1"]);
    wait("a add");
    tmux.keys(&["I"]);
    wait("Import");
    tmux.type_text(bill.to_str().unwrap());
    tmux.keys(&["Enter"]);
    wait("Columns of bank.csv");
    tmux.keys(&["Up"]);
    tmux.type_text("mybank");
    tmux.keys(&["Enter"]);
    wait("2 new");
    tmux.keys(&["Enter"]);
    wait("imported 2 transactions from bank.csv");
    tmux.keys(&["q"]);
    drop(tmux);

    let rows = l.ok(&["ls", "-f", "csv"]);
    assert!(rows.contains("Metro") && rows.contains("Grocer"), "{rows}");
    std::fs::write(&bill, "Date,Amount,Description\n2026-10-05,-7.00,Bakery\n").unwrap();
    let out = l.ok(&["import", bill.to_str().unwrap(), "--preset", "mybank"]);
    assert!(out.contains("imported 1 transaction"), "{out}");
    let budget = l.ok(&["budget", "--format", "csv"]);
    assert!(budget.contains("food,1200.00"), "{budget}");
    let goals = l.ok(&["goals"]);
    assert!(goals.lines().any(|r| r.contains("Flat in Hegang") && r.contains("high")), "{goals}");
    let rules = l.ok(&["recurring", "list"]);
    assert!(rules.contains("Salary") && rules.contains("2030-01-10"), "{rules}");
    assert!(l.ok(&["accounts"]).lines().any(|r| r.contains("Piggy") && r.contains("savings")));
    let exported = std::fs::read_to_string(&export).unwrap();
    assert!(exported.contains("美团"), "{exported}");
    assert!(backup.exists());
    let dated = std::fs::read_dir(l.path.parent().unwrap().join("backups")).unwrap().count();
    assert_eq!(dated, 2, "two dated backups");
    l.ok(&["check"]);
}
