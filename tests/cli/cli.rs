//! Drives the real `nestegg` binary on temporary ledgers: every command, its
//! error paths (exit codes, one-line messages, ledger left unchanged), and a
//! monthly report of a hand-written ledger checked against hand-computed numbers.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use tempfile::TempDir;
use unicode_width::UnicodeWidthStr;

/// Runs the binary on `db` (or on no ledger flag at all when `db` is None),
/// never inheriting the caller's NESTEGG_DB.
fn nestegg(db: Option<&Path>, args: &[&str]) -> Output {
    let mut cmd = bin();
    if let Some(db) = db {
        cmd.arg("--db").arg(db);
    }
    cmd.args(args).output().expect("the nestegg binary runs")
}

fn bin() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_nestegg"));
    // English unless a test asks otherwise: the locale picks the language.
    cmd.env_remove("NESTEGG_DB").env_remove("LC_ALL").env("LANG", "C.UTF-8");
    cmd
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("output is UTF-8")
}

/// A ledger in its own temporary directory.
struct Ledger {
    dir: TempDir,
    path: PathBuf,
}

impl Ledger {
    fn new() -> Ledger {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ledger.db");
        Ledger { dir, path }
    }

    fn run(&self, args: &[&str]) -> Output {
        nestegg(Some(&self.path), args)
    }

    /// Runs a command that must succeed; returns its stdout.
    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(out.status.success(), "{args:?} failed: {}", text(&out.stderr));
        text(&out.stdout)
    }

    /// Runs a command that must fail with `code` and one `nestegg: ` line
    /// containing `needle`, leaving transactions, accounts and categories as they were.
    fn fails(&self, args: &[&str], code: i32, needle: &str) -> String {
        let before = self.snapshot();
        let out = self.run(args);
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(code), "{args:?}: {err}");
        assert!(err.starts_with("nestegg: ") && err.lines().count() == 1, "{args:?}: not one line: {err:?}");
        assert!(err.contains(needle), "{args:?}: {err:?} does not mention {needle:?}");
        assert!(out.stdout.is_empty(), "{args:?} printed {:?}", text(&out.stdout));
        assert_eq!(self.snapshot(), before, "{args:?} changed the ledger");
        err
    }

    fn snapshot(&self) -> String {
        ["ls --format csv", "accounts list --all", "categories list --all"]
            .map(|c| self.ok(&c.split(' ').collect::<Vec<_>>()))
            .concat()
    }

    /// `ls --format csv` with extra arguments, parsed, header checked and dropped.
    fn rows(&self, args: &[&str]) -> Vec<Vec<String>> {
        let out = self.ok(&[&["ls", "--format", "csv"], args].concat());
        let mut r = csv::ReaderBuilder::new().has_headers(false).from_reader(out.as_bytes());
        let mut rows: Vec<Vec<String>> =
            r.records().map(|rec| rec.unwrap().iter().map(str::to_owned).collect()).collect();
        assert_eq!(rows.remove(0).join(","), "id,date,account,category,class,payee,note,amount,currency,tags");
        rows
    }

    fn ids(&self, args: &[&str]) -> Vec<i64> {
        self.rows(args).iter().map(|r| r[0].parse().unwrap()).collect()
    }

    /// (account, category, class, amount) of one transaction.
    fn txn(&self, id: i64) -> [String; 4] {
        let rows = self.rows(&[]);
        let r = rows.iter().find(|r| r[0] == id.to_string()).unwrap_or_else(|| panic!("no #{id}"));
        [r[2].clone(), r[3].clone(), r[4].clone(), r[7].clone()]
    }
}

/// Every line of a table has the same display width: the last column is
/// right-aligned, so any CJK cell counted as one column would show up here.
fn assert_aligned(table: &str) {
    let widths: Vec<usize> = table.lines().map(UnicodeWidthStr::width).collect();
    assert!(widths.windows(2).all(|w| w[0] == w[1]), "ragged table {widths:?}:\n{table}");
}

/// The hand-written ledger of `fixtures/cli/hand_ledger.txt`, where every
/// number of `hand_report.csv` is computed by hand. Checks the ids it notes.
fn hand_ledger() -> Ledger {
    let l = Ledger::new();
    for line in include_str!("../fixtures/cli/hand_ledger.txt").lines().filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let (command, ids) = line.split_once('[').expect("each command notes its ids");
        let out = l.ok(&command.split_whitespace().collect::<Vec<_>>());
        for id in ids.trim_end_matches(']').split(' ') {
            assert!(out.contains(&format!("#{id}")), "{line}: {out}");
        }
    }
    l
}

const HAND_REPORT_CSV: &str = include_str!("../fixtures/cli/hand_report.csv");

// --- report monthly --------------------------------------------------------

#[test]
fn monthly_report_of_the_hand_ledger_matches_hand_computed_numbers() {
    let l = hand_ledger();
    assert_eq!(l.ok(&["report", "monthly", "--format", "csv"]), HAND_REPORT_CSV);

    let json: serde_json::Value = serde_json::from_str(&l.ok(&["report", "monthly", "-f", "json"])).unwrap();
    let months = json.as_array().unwrap();
    assert_eq!(months.len(), 5);
    let aug = &months[1];
    assert_eq!(aug["month"], "2026-08");
    assert_eq!(
        [&aug["income"], &aug["housing"], &aug["spending"], &aug["savings"]],
        ["5300.00", "1200.00", "405.90", "3694.10"],
        "json amounts are strings"
    );
    assert_eq!(aug["savings_rate"].as_f64(), Some(0.697));
    assert!(months[2]["savings_rate"].is_null() && months[3]["savings_rate"].is_null(), "no income: null");
    assert_eq!(months[2]["income"], "0.00");
    assert_eq!(months[4]["savings"], "-300.00");
    assert_eq!(months[4]["savings_rate"].as_f64(), Some(-0.06));

    let table = l.ok(&["report", "monthly"]);
    assert_aligned(&table);
    let cells: Vec<Vec<&str>> = table.lines().map(|l| l.split_whitespace().collect()).collect();
    assert_eq!(cells[0], ["MONTH", "INCOME", "HOUSING", "SPENDING", "SAVINGS", "RATE"]);
    assert_eq!(cells[1], ["2026-07", "¥3,000.00", "¥0.00", "¥1,000.00", "¥2,000.00", "66.7%"]);
    assert_eq!(cells[2], ["2026-08", "¥5,300.00", "¥1,200.00", "¥405.90", "¥3,694.10", "69.7%"]);
    assert_eq!(cells[3], ["2026-09", "¥0.00", "¥0.00", "¥0.00", "¥0.00", "—"]);
    assert_eq!(cells[4], ["2026-10", "¥0.00", "¥1,200.00", "¥40.00", "-¥1,240.00", "—"]);
    assert_eq!(cells[5], ["2026-11", "¥5,000.00", "¥1,200.00", "¥4,100.00", "-¥300.00", "-6.0%"]);

    // Balances (worked out at the end of the fixture) include the transfers.
    let accounts = l.ok(&["accounts"]);
    for (name, balance) in
        [("Bank card", "¥3,300.00"), ("Cash", "¥460.00"), ("Alipay", "¥274.50"), ("WeChat", "¥119.60")]
    {
        assert!(accounts.lines().any(|r| r.starts_with(name) && r.ends_with(balance)), "{name}:\n{accounts}");
    }
}

#[test]
fn monthly_report_ranges() {
    let l = hand_ledger();
    let lines: Vec<&str> = HAND_REPORT_CSV.lines().collect();
    let range = |from: &str, to: &str| l.ok(&["report", "monthly", "--from", from, "--to", to, "-f", "csv"]);
    assert_eq!(range("2026-08", "2026-10"), [lines[0], lines[2], lines[3], lines[4], ""].join("\n"));
    // Months outside the data still appear, with zeros.
    assert_eq!(range("2026-12", "2026-12"), format!("{}\n2026-12,0.00,0.00,0.00,0.00,\n", lines[0]));
    let to_aug = l.ok(&["report", "monthly", "--to", "2026-08", "-f", "csv"]);
    assert_eq!(to_aug, [lines[0], lines[1], lines[2], ""].join("\n"), "--from defaults to the first month");
    l.fails(&["report", "monthly", "--from", "2026-11", "--to", "2026-10"], 2, "swap");
    l.fails(&["report", "monthly", "--from", "2026-13"], 2, "YYYY-MM");
    l.fails(&["report", "monthly", "--currency", "XYZ"], 2, "unknown currency");
    assert_eq!(l.run(&["report", "monthly", "-f", "xml"]).status.code(), Some(2));
    // Only the chosen currency counts.
    l.ok(&["accounts", "add", "Dollars", "--kind", "savings", "--currency", "USD"]);
    l.ok(&["add", "7", "-c", "food", "-a", "dollars", "-d", "2026-08-02"]);
    assert_eq!(l.ok(&["report", "monthly", "-f", "csv"]), HAND_REPORT_CSV);
}

#[test]
fn monthly_report_of_an_empty_ledger() {
    let l = Ledger::new();
    assert_eq!(l.ok(&["report", "monthly", "-f", "csv"]), "month,income,housing,spending,savings,savings_rate\n");
    assert_eq!(l.ok(&["report", "monthly", "-f", "json"]).trim(), "[]");
    assert!(l.ok(&["report", "monthly"]).contains("no transactions yet"));
}

// --- ls --------------------------------------------------------------------

#[test]
fn ls_lists_newest_first_in_three_formats() {
    let l = hand_ledger();
    // Date descending, then id descending (the two legs of [7]/[8] share a date).
    assert_eq!(l.ids(&[]), [19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    let rows = l.rows(&[]);
    let row = |id: &str| rows.iter().find(|r| r[0] == id).unwrap().join(",");
    assert_eq!(row("10"), "10,2026-08-15,Alipay,clothing,spending,淘宝,退款,99.00,CNY,", "a refund is stored positive");
    assert_eq!(row("4"), "4,2026-08-03,Alipay,food,spending,美团外卖,,-25.50,CNY,");
    assert_eq!(row("6"), "6,2026-08-10,Bank card,salary,income,,,5000.00,CNY,");
    assert_eq!(row("3"), "3,2026-08-01,Bank card,rent,housing,房东,,-1200.00,CNY,");

    let json: serde_json::Value = serde_json::from_str(&l.ok(&["ls", "-f", "json"])).unwrap();
    let json = json.as_array().unwrap();
    assert_eq!(json.len(), 19);
    assert_eq!(json[0]["id"], 19);
    assert_eq!(json[0]["amount"], "-4100.00", "json amounts are strings");
    assert_eq!([&json[0]["payee"], &json[0]["note"], &json[0]["class"]], ["12306", "回家", "spending"]);

    let table = l.ok(&["ls"]);
    assert_aligned(&table);
    let header = table.lines().next().unwrap();
    let payee_col = header[..header.find("PAYEE").unwrap()].width();
    let line = table.lines().find(|l| l.contains("比优特超市")).unwrap();
    assert_eq!(line[..line.find("比优特超市").unwrap()].width(), payee_col, "payees start in one column");
    assert!(table.contains("-¥4,100.00") && table.contains("(transfer)"));
}

#[test]
fn ls_filters() {
    let l = hand_ledger();
    assert_eq!(l.ids(&["--month", "2026-08"]), [11, 10, 9, 8, 7, 6, 5, 4, 3]);
    assert_eq!(l.ids(&["--from", "2026-08-11", "--to", "2026-10-05"]), [13, 12, 11, 10, 9, 8, 7]);
    assert_eq!(l.ids(&["--from", "2026-11-10"]), [19, 18]);
    assert_eq!(l.ids(&["--to", "2026-07-31"]), [2, 1]);
    assert_eq!(l.ids(&["--category", "food"]), [14, 13, 4]);
    assert_eq!(l.ids(&["-c", "cloth"]), [10, 9]);
    assert_eq!(l.ids(&["--account", "cash"]), [16, 14, 13], "the incoming transfer leg too");
    assert_eq!(l.ids(&["--search", "淘宝"]), [10, 9], "payee");
    assert_eq!(l.ids(&["--search", "退款"]), [10], "note");
    assert_eq!(l.ids(&["-s", "REFUND"]), [14], "ASCII case is ignored");
    assert_eq!(l.ids(&["-s", "%"]), Vec::<i64>::new(), "LIKE wildcards are literal");
    // Bounds compare sizes: 1000 ≤ |amount| ≤ 1200.
    assert_eq!(l.ids(&["--min", "1000", "--max", "1,200"]), [17, 12, 8, 7, 3, 2]);
    assert_eq!(l.ids(&["--min", "4100"]), [19, 18, 6]);
    assert_eq!(l.ids(&["--max", "25.50"]), [14, 4]);
    assert_eq!(l.ids(&["--limit", "3"]), [19, 18, 17]);
    assert_eq!(l.ids(&["-c", "food", "-a", "cash", "-n", "1"]), [14]);
    assert!(l.ids(&["--month", "2026-09"]).is_empty());
    assert_eq!(l.ok(&["ls", "--month", "2026-09", "-f", "json"]).trim(), "[]");
    assert_eq!(l.ok(&["ls", "--month", "2026-09"]).trim(), "no transactions match");

    l.fails(&["ls", "--month", "2026-13"], 2, "YYYY-MM");
    l.fails(&["ls", "--from", "2026/08/01"], 2, "YYYY-MM-DD");
    l.fails(&["ls", "--category", "nope"], 2, "no category named 'nope'");
    l.fails(&["ls", "--account", "nope"], 2, "no account named 'nope'");
    l.fails(&["ls", "--min", "abc"], 2, "abc");
    assert_eq!(l.run(&["ls", "--month", "2026-08", "--from", "2026-08-01"]).status.code(), Some(2));
    assert_eq!(l.run(&["ls", "-f", "xml"]).status.code(), Some(2));
}

// --- add -------------------------------------------------------------------

#[test]
fn add_signs_follow_the_class_and_a_negative_spending_is_a_refund() {
    let l = Ledger::new();
    assert!(l.ok(&["add", "25", "-c", "food", "-d", "2026-10-03"]).contains("(spending)"));
    assert!(l.ok(&["add", "5000", "-c", "salary", "-d", "2026-10-10"]).contains("(income)"));
    assert!(l.ok(&["add", "1200", "-c", "rent", "-d", "2026-10-01"]).contains("(housing)"));
    assert!(l.ok(&["add", "-12", "-c", "food", "-d", "2026-10-04"]).contains("(refund)"));
    assert_eq!(l.txn(1), ["Bank card", "food", "spending", "-25.00"].map(String::from), "default: first account");
    assert_eq!(l.txn(2)[3], "5000.00");
    assert_eq!(l.txn(3)[3], "-1200.00");
    assert_eq!(l.txn(4)[3], "12.00");
    for (id, typed, stored) in [(5, "1.5万", "-15000.00"), (6, "1,234.56", "-1234.56"), (7, "¥25", "-25.00")] {
        l.ok(&["add", typed, "-c", "other", "-d", "2026-10-05"]);
        assert_eq!(l.txn(id)[3], stored, "{typed}");
    }
    // Without --date: today (read before and after, in case midnight passes).
    let before = chrono::Local::now().date_naive().to_string();
    l.ok(&["add", "3", "-c", "food"]);
    let after = chrono::Local::now().date_naive().to_string();
    let date = l.rows(&["-n", "1"])[0][1].clone();
    assert!(date == before || date == after, "{date} is not today");
}

#[test]
fn add_matches_names_exactly_then_ignoring_case_then_by_prefix() {
    let l = Ledger::new();
    for (account, want) in [("Cash", "Cash"), ("bank", "Bank card"), ("alipay", "Alipay"), ("wechat", "WeChat Pay")] {
        l.ok(&["add", "1", "-c", "food", "-a", account, "-d", "2026-10-01"]);
        assert_eq!(l.rows(&["-n", "1"])[0][2], want);
    }
    for (category, want) in [("FOOD", "food"), ("util", "utilities and heating"), ("Side", "side income")] {
        l.ok(&["add", "1", "-c", category, "-d", "2026-10-01"]);
        assert_eq!(l.rows(&["-n", "1"])[0][3], want);
    }
    let err = l.fails(&["add", "1", "-c", "s"], 2, "matches several category names");
    assert!(err.contains("salary") && err.contains("side income"), "{err}");
    l.fails(&["add", "1", "-c", "fod"], 2, "no category named 'fod'; closest: food");
    l.fails(&["add", "1", "-c", "food", "-a", "wallet"], 2, "no account named 'wallet'; closest:");
}

#[test]
fn add_rejects_bad_input_and_writes_nothing() {
    let l = Ledger::new();
    l.ok(&["add", "1", "-c", "food", "-d", "2026-10-01"]);
    l.fails(&["add", "1e5", "-c", "food"], 2, "exponents");
    l.fails(&["add", "--5", "-c", "food"], 2, "more than one sign");
    l.fails(&["add", "abc", "-c", "food"], 2, "'abc'");
    l.fails(&["add", "25.123", "-c", "food"], 2, "3 decimals");
    l.fails(&["add", "", "-c", "food"], 2, "empty");
    l.fails(&["add", "0", "-c", "food"], 2, "zero");
    l.fails(&["add", "99999999999999999999", "-c", "food"], 2, "too large");
    l.fails(&["add", "5", "-c", "food", "-d", "2026-02-30"], 2, "YYYY-MM-DD");
    l.fails(&["add", "5", "-c", "food", "-d", "someday"], 2, "not a date");
    assert_eq!(l.run(&["add", "5"]).status.code(), Some(2), "--category is required");
    assert_eq!(l.rows(&[]).len(), 1);
}

#[test]
fn chinese_payees_and_notes_round_trip() {
    let l = Ledger::new();
    l.ok(&["add", "18", "-c", "food", "-d", "2026-10-01", "-p", "杨国福麻辣烫", "-n", "午饭, 加\"辣\""]);
    l.ok(&["add", "2", "-c", "transport", "-d", "2026-10-01", "-p", " 公交 "]);
    let rows = l.rows(&[]);
    assert_eq!((&*rows[1][5], &*rows[1][6]), ("杨国福麻辣烫", "午饭, 加\"辣\""));
    assert_eq!(rows[0][5], "公交", "surrounding spaces are trimmed");
    let json: serde_json::Value = serde_json::from_str(&l.ok(&["ls", "-f", "json"])).unwrap();
    assert_eq!(json[1]["note"], "午饭, 加\"辣\"");
    assert_aligned(&l.ok(&["ls"]));
}

// --- transfer and rm --------------------------------------------------------

#[test]
fn transfer_makes_two_linked_rows_outside_the_report() {
    let l = Ledger::new();
    l.ok(&["add", "100", "-c", "salary", "-d", "2026-10-01"]);
    let out = l.ok(&["transfer", "40", "--from", "bank", "--to", "alipay", "-d", "2026-10-02", "-n", "top up"]);
    assert!(out.contains("#2") && out.contains("#3"), "{out}");
    let rows = l.rows(&["--month", "2026-10"]);
    let legs: Vec<_> = rows.iter().filter(|r| r[4] == "transfer").collect();
    assert_eq!(legs.len(), 2);
    assert_eq!([&*legs[0][2], &*legs[0][3], &*legs[0][6], &*legs[0][7]], ["Alipay", "", "top up", "40.00"]);
    assert_eq!([&*legs[1][2], &*legs[1][3], &*legs[1][6], &*legs[1][7]], ["Bank card", "", "top up", "-40.00"]);
    assert_eq!(
        l.ok(&["report", "monthly", "-f", "csv"]).lines().nth(1),
        Some("2026-10,100.00,0.00,0.00,100.00,1.0000")
    );
    let accounts = l.ok(&["accounts"]);
    assert!(accounts.lines().any(|r| r.starts_with("Alipay") && r.ends_with("¥40.00")), "{accounts}");

    l.fails(&["transfer", "5", "--from", "bank", "--to", "Bank card"], 2, "two different accounts");
    l.fails(&["transfer", "0", "--from", "bank", "--to", "cash"], 2, "the amount is zero");
    l.fails(&["transfer", "abc", "--from", "bank", "--to", "cash"], 2, "abc");
    l.fails(&["transfer", "5", "--from", "bank", "--to", "nope"], 2, "no account named 'nope'");
    l.ok(&["accounts", "add", "Dollars", "--kind", "bank", "--currency", "usd"]);
    l.fails(&["transfer", "5", "--from", "bank", "--to", "dollars"], 2, "currencies");
    assert_eq!(l.run(&["transfer", "-5", "--from", "bank", "--to", "cash"]).status.code(), Some(2));
}

#[test]
fn rm_deletes_one_row_or_both_legs_of_a_transfer() {
    let l = hand_ledger();
    l.ok(&["rm", "4"]);
    assert!(!l.ids(&[]).contains(&4));
    l.fails(&["rm", "4"], 2, "no transaction with id 4");
    let out = l.ok(&["rm", "16"]); // the incoming leg
    assert_eq!(out.lines().count(), 2, "{out}");
    let ids = l.ids(&[]);
    assert!(!ids.contains(&15) && !ids.contains(&16));
    l.ok(&["rm", "7"]); // the outgoing leg
    assert!(l.rows(&[]).iter().all(|r| r[4] != "transfer"));
    assert_eq!(l.run(&["rm"]).status.code(), Some(2), "the id is required");
    assert_eq!(l.run(&["rm", "x"]).status.code(), Some(2));
}

// --- edit ------------------------------------------------------------------

#[test]
fn edit_changes_each_field() {
    let l = Ledger::new();
    l.ok(&["add", "25", "-c", "food", "-d", "2026-10-03", "-p", "食堂"]);
    let row = || l.rows(&[])[0][1..].join(",");
    l.ok(&["edit", "1", "--amount", "30"]);
    assert_eq!(row(), "2026-10-03,Bank card,food,spending,食堂,,-30.00,CNY,");
    l.ok(&["edit", "1", "--date", "2026-09-30"]);
    l.ok(&["edit", "1", "--account", "wechat"]);
    l.ok(&["edit", "1", "--payee", "沙县小吃", "--note", "午饭"]);
    assert_eq!(row(), "2026-09-30,WeChat Pay,food,spending,沙县小吃,午饭,-30.00,CNY,");
    // A class change keeps the typed amount and flips the stored sign.
    l.ok(&["edit", "1", "--category", "side"]);
    assert_eq!(l.txn(1)[1..], ["side income", "income", "30.00"]);
    l.ok(&["edit", "1", "--category", "rent"]);
    assert_eq!(l.txn(1)[1..], ["rent", "housing", "-30.00"]);
    l.ok(&["edit", "1", "--category", "food", "--amount", "-5"]);
    assert_eq!(l.txn(1)[1..], ["food", "spending", "5.00"], "a negative amount makes it a refund");

    l.fails(&["edit", "1"], 2, "nothing to change");
    l.fails(&["edit", "99", "--payee", "x"], 2, "no transaction with id 99");
    l.fails(&["edit", "1", "--amount", "abc"], 2, "abc");
    l.fails(&["edit", "1", "--amount", "0"], 2, "zero");
    l.fails(&["edit", "1", "--category", "nope"], 2, "no category");
    l.fails(&["edit", "1", "--account", "nope"], 2, "no account");
    l.fails(&["edit", "1", "--date", "2026-10-32"], 2, "not a date");
    assert_eq!(l.run(&["edit"]).status.code(), Some(2), "the id is required");
}

#[test]
fn edit_a_transfer_leg() {
    let l = Ledger::new();
    l.ok(&["transfer", "100", "--from", "bank", "--to", "cash", "-d", "2026-10-06"]);
    l.ok(&["edit", "2", "--date", "2026-10-07", "--note", "atm"]);
    assert!(l.rows(&[]).iter().all(|r| r[1] == "2026-10-07" && r[6] == "atm"), "both legs move together");
    l.ok(&["edit", "2", "--amount", "150"]); // the incoming leg
    assert_eq!((l.txn(1)[3].as_str(), l.txn(2)[3].as_str()), ("-150.00", "150.00"));
    l.fails(&["edit", "1", "--category", "food"], 2, "transfer");
    l.fails(&["edit", "1", "--account", "cash"], 2, "two different accounts");
}

#[test]
fn edit_amount_of_the_outgoing_leg_keeps_the_direction() {
    let l = Ledger::new();
    l.ok(&["transfer", "100", "--from", "bank", "--to", "cash", "-d", "2026-10-06"]);
    l.ok(&["edit", "1", "--amount", "200"]); // #1 is the Bank card leg (−100)
    assert_eq!(l.txn(1)[3], "-200.00", "money still leaves the bank card");
    assert_eq!(l.txn(2)[3], "200.00", "and arrives in cash");
}

// --- accounts and categories ------------------------------------------------

#[test]
fn accounts_add_rename_archive() {
    let l = Ledger::new();
    let list = l.ok(&["accounts"]);
    assert_eq!(list, l.ok(&["accounts", "list"]));
    for name in ["Bank card", "Cash", "Alipay", "WeChat Pay"] {
        assert!(list.lines().any(|r| r.starts_with(name)), "{name} missing:\n{list}");
    }
    assert!(l.ok(&["accounts", "add", "招商银行", "--kind", "bank"]).contains("招商银行"));
    l.ok(&["accounts", "add", "Travel fund", "--kind", "savings", "--currency", "usd"]);
    let list = l.ok(&["accounts"]);
    assert_aligned(&list);
    assert!(list.lines().any(|r| r.starts_with("Travel fund") && r.contains("USD") && r.ends_with("$0.00")));
    l.fails(&["accounts", "add", "cash", "--kind", "cash"], 2, "already exists");
    l.fails(
        &["accounts", "add", "Gold", "--kind", "gold"],
        2,
        "bank, cash, wallet, credit, savings, investment, home, loan or person",
    );
    l.fails(&["accounts", "add", "Gold", "--kind", "bank", "--currency", "XAU"], 2, "unknown currency");
    assert_eq!(l.run(&["accounts", "add", "Gold"]).status.code(), Some(2), "--kind is required");

    l.ok(&["add", "12", "-c", "food", "-a", "cash", "-d", "2026-10-01"]);
    l.ok(&["accounts", "rename", "cash", "现金"]);
    assert_eq!(l.rows(&[])[0][2], "现金", "history follows the new name");
    l.fails(&["accounts", "rename", "现金", "alipay"], 2, "already exists");
    l.fails(&["accounts", "rename", "nope", "x"], 2, "no account named 'nope'");

    l.ok(&["accounts", "archive", "现金"]);
    assert!(!l.ok(&["accounts"]).contains("现金"));
    let all = l.ok(&["accounts", "list", "--all"]);
    assert!(all.lines().any(|r| r.starts_with("现金") && r.ends_with("archived")), "{all}");
    l.fails(
        &["add", "1", "-c", "food", "-a", "现金"],
        2,
        "is archived; bring it back with `nestegg accounts unarchive",
    );
    assert_eq!(l.ids(&["-a", "现金"]), [1], "archived accounts stay in history");
    l.ok(&["accounts", "archive", "bank"]);
    l.ok(&["add", "1", "-c", "food", "-d", "2026-10-02"]);
    assert_eq!(l.rows(&["-n", "1"])[0][2], "Alipay", "the default is the first active account");
    l.ok(&["accounts", "unarchive", "现金"]);
    l.ok(&["add", "1", "-c", "food", "-a", "现金", "-d", "2026-10-03"]);
    l.fails(&["accounts", "archive", "nope"], 2, "no account named");
}

#[test]
fn categories_add_rename_archive() {
    let l = Ledger::new();
    let list = l.ok(&["categories"]);
    assert_eq!(list, l.ok(&["categories", "list"]));
    assert!(list.lines().any(|r| r.split_whitespace().collect::<Vec<_>>() == ["property", "fees", "housing"]));
    l.ok(&["categories", "add", "外卖", "--class", "spending", "--parent", "food"]);
    l.ok(&["categories", "add", "bonus", "--class", "Income"]);
    let list = l.ok(&["categories"]);
    assert!(list.lines().any(|r| r.split_whitespace().collect::<Vec<_>>() == ["外卖", "spending", "food"]), "{list}");
    l.ok(&["add", "30", "-c", "外卖", "-d", "2026-10-02", "-p", "美团"]);
    l.ok(&["add", "8", "-c", "food", "-d", "2026-10-01"]);
    l.ok(&["add", "500", "-c", "bonus", "-d", "2026-10-01"]);
    assert_eq!(l.ids(&["-c", "food"]), [1, 2], "a parent finds its sub-categories");
    assert_eq!(l.txn(3)[2..], ["income", "500.00"]);
    l.fails(&["categories", "add", "FOOD", "--class", "spending"], 2, "already exists");
    l.fails(&["categories", "add", "fun", "--class", "fun"], 2, "income, housing or spending");
    l.fails(&["categories", "add", "dorm", "--class", "housing", "--parent", "food"], 2, "parent");
    l.fails(&["categories", "add", "x", "--class", "spending", "--parent", "nope"], 2, "no category named");

    l.ok(&["categories", "rename", "外卖", "takeaway"]);
    assert_eq!(l.txn(1)[1], "takeaway");
    l.fails(&["categories", "rename", "takeaway", "Rent"], 2, "already exists");
    l.ok(&["categories", "archive", "takeaway"]);
    assert!(!l.ok(&["categories"]).contains("takeaway"));
    assert!(
        l.ok(&["categories", "list", "--all"]).lines().any(|r| r.starts_with("takeaway") && r.ends_with("archived"))
    );
    l.fails(&["add", "1", "-c", "takeaway"], 2, "is archived; bring it back with `nestegg categories unarchive");
    assert_eq!(l.ids(&["-c", "takeaway"]), [1], "archived categories stay in history");
    l.ok(&["categories", "unarchive", "takeaway"]);
    l.ok(&["add", "1", "-c", "takeaway", "-d", "2026-10-03"]);
}

#[test]
fn blank_names_are_a_usage_error() {
    let l = Ledger::new();
    let err = l.fails(&["accounts", "add", "  ", "--kind", "bank"], 2, "name");
    assert!(!err.contains("CHECK constraint"), "{err}");
    let err = l.fails(&["categories", "add", "", "--class", "spending"], 2, "name");
    assert!(!err.contains("CHECK constraint"), "{err}");
}

#[test]
fn a_date_outside_the_calendar_the_report_knows_is_refused() {
    let l = Ledger::new();
    l.ok(&["add", "5", "-c", "food", "-d", "2026-10-01"]);
    l.fails(&["add", "5", "-c", "food", "-d", "0000-01-01"], 2, "date");
    l.ok(&["report", "monthly"]);
}

// --- demo ------------------------------------------------------------------

#[test]
fn demo_fills_an_empty_ledger_reproducibly_and_refuses_a_full_one() {
    let (a, b) = (Ledger::new(), Ledger::new());
    assert!(a.ok(&["demo", "--months", "3", "--seed", "5"]).contains("seed 5"));
    b.ok(&["demo", "--months", "3", "--seed", "5"]);
    let rows = a.rows(&[]);
    assert!(rows.len() > 100, "three months of a household: {}", rows.len());
    assert_eq!(a.ok(&["ls", "-f", "csv"]), b.ok(&["ls", "-f", "csv"]), "same seed, same household");
    assert!(rows.iter().any(|r| r[5] == "美团外卖") && rows.iter().any(|r| r[4] == "transfer"));
    a.fails(&["demo", "--months", "3", "--seed", "5"], 2, "already has");
    assert_eq!(a.run(&["demo", "--months", "0"]).status.code(), Some(2));

    // Saves about half: every complete month (before this one) between 30 % and 70 %.
    let this_month = chrono::Local::now().format("%Y-%m").to_string();
    let report = a.ok(&["report", "monthly", "-f", "csv"]);
    let months: Vec<Vec<&str>> = report.lines().skip(1).map(|l| l.split(',').collect()).collect();
    assert_eq!(months.len(), 3, "{report}");
    let complete: Vec<_> = months.iter().filter(|m| *m[0] < *this_month).collect();
    assert_eq!(complete.len(), 2, "{report}");
    for m in complete {
        let rate: f64 = m[5].parse().unwrap();
        assert!((0.30..=0.70).contains(&rate), "{report}");
    }
}

// --- the ledger file ---------------------------------------------------------

#[test]
fn the_ledger_and_its_folder_are_created_private() {
    // The default place: the data folder and everything above it that is missing.
    let home = tempfile::tempdir().unwrap();
    let out = bin().env_remove("XDG_DATA_HOME").env("HOME", home.path()).arg("accounts").output().unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let data = home.path().join(".local/share/nestegg");
    let db = data.join("ledger.db");
    assert!(db.exists());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&db), 0o600);
        assert_eq!(mode(&data), 0o700);
    }
}

#[test]
fn an_explicit_path_must_be_a_file_in_an_existing_folder() {
    // A typo in --db must not quietly start a new, empty ledger somewhere else.
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no/such/ledger.db");
    let out = nestegg(Some(&missing), &["ls"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("does not exist; create it first"), "{}", text(&out.stderr));
    assert!(!dir.path().join("no").exists());
    let out = nestegg(Some(dir.path()), &["ls"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("is a folder; pass a file"), "{}", text(&out.stderr));
}

#[test]
fn nestegg_db_names_the_ledger_and_db_overrides_it() {
    let l = Ledger::new();
    let run = |args: &[&str]| bin().env("NESTEGG_DB", &l.path).args(args).output();
    assert!(run(&["add", "5", "-c", "food", "-d", "2026-10-01"]).unwrap().status.success());
    assert_eq!(l.ids(&[]), [1]);
    let other = l.dir.path().join("other.db");
    let out = run(&["--db", other.to_str().unwrap(), "add", "6", "-c", "food"]).unwrap();
    assert!(out.status.success());
    assert_eq!(l.ids(&[]), [1], "--db wins over NESTEGG_DB");
    assert!(other.exists());
    let help = text(&run(&[]).unwrap().stdout);
    assert!(help.contains(&format!("Ledger: {}", l.path.display())), "{help}");
}

#[test]
fn a_file_that_is_not_a_ledger_is_refused_untouched() {
    let l = Ledger::new();
    std::fs::write(&l.path, "hello").unwrap();
    let out = l.run(&["ls"]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.starts_with("nestegg: ") && err.lines().count() == 1, "{err}");
    assert!(err.contains("not a nestegg ledger") && err.contains(l.path.to_str().unwrap()), "{err}");
    assert_eq!(std::fs::read_to_string(&l.path).unwrap(), "hello");
}

#[test]
fn a_ledger_from_a_newer_nestegg_is_refused_untouched() {
    let l = Ledger::new();
    l.ok(&["add", "5", "-c", "food", "-d", "2026-10-01"]);
    rusqlite::Connection::open(&l.path).unwrap().pragma_update(None, "user_version", 999).unwrap();
    let before = std::fs::read(&l.path).unwrap();
    let out = l.run(&["add", "6", "-c", "food"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("newer nestegg"), "{}", text(&out.stderr));
    assert_eq!(std::fs::read(&l.path).unwrap(), before);
}

#[test]
fn no_subcommand_prints_help_and_where_the_ledger_lives() {
    let l = Ledger::new();
    let out = l.ok(&[]);
    assert!(out.contains("Usage:") && out.contains("transfer"), "{out}");
    assert!(out.contains(&format!("Ledger: {}", l.path.display())), "{out}");
    #[cfg(target_os = "linux")]
    {
        let home = tempfile::tempdir().unwrap();
        let out = bin().env_remove("XDG_DATA_HOME").env("HOME", home.path()).output().unwrap();
        let want = home.path().join(".local/share/nestegg/ledger.db");
        assert!(text(&out.stdout).contains(&format!("Ledger: {}", want.display())));
    }
}

/// `--help` in the reader's language: `--lang zh` (either spelling), a
/// Chinese locale, `help COMMAND`; `--lang en` over a Chinese locale.
#[test]
fn help_is_in_chinese_for_a_chinese_reader() {
    let zh = |en: &str| nestegg::text::help::zh(en).unwrap();
    let run = |locale: &str, args: &[&str]| {
        let out = bin().env("LANG", locale).args(args).output().unwrap();
        assert!(out.status.success(), "{args:?}");
        text(&out.stdout)
    };
    let top = run("C.UTF-8", &["--lang", "zh", "--help"]);
    assert!(top.contains("用法： nestegg") && top.contains("命令：") && top.contains("选项："), "{top}");
    assert!(top.contains(zh("Log income, housing or spending (sign from the category's class)")), "{top}");
    assert!(!top.contains("Usage:") && !top.contains("Print help") && !top.contains("Log income"), "{top}");
    for args in [&["add", "--help", "--lang=zh"][..], &["add", "-h"], &["help", "add"]] {
        let locale = if args.contains(&"--lang=zh") { "C.UTF-8" } else { "zh_CN.UTF-8" };
        let add = run(locale, args);
        assert!(add.contains("用法： nestegg add") && add.contains("参数："), "{args:?}: {add}");
        assert!(add.contains(zh("Category name (or unique prefix)")), "{args:?}: {add}");
        assert!(!add.contains("Category name"), "{args:?}: {add}");
    }
    let en = run("zh_CN.UTF-8", &["--lang", "en", "add", "--help"]);
    assert!(en.contains("Usage: nestegg add") && en.contains("Category name (or unique prefix)"), "{en}");
}

#[test]
fn every_subcommand_has_help() {
    let commands = "add,transfer,ls,edit,rm,accounts,accounts list,accounts add,accounts rename,accounts archive,\
        accounts unarchive,categories,categories list,categories add,categories rename,categories archive,\
        categories unarchive,report,report monthly,demo";
    for c in commands.split(',').map(str::trim) {
        let mut args: Vec<&str> = c.split(' ').collect();
        args.push("--help");
        let out = nestegg(None, &args);
        assert!(out.status.success(), "{c} --help");
        assert!(text(&out.stdout).contains(&format!("Usage: nestegg {c}")), "{c}: {}", text(&out.stdout));
    }
    assert!(text(&nestegg(None, &["--version"]).stdout).starts_with("nestegg "));
}
