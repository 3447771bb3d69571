//! Issue 20, items 5, 6 and 12, through the real binary: text that a
//! terminal would obey (escape sequences, OSC 52, line breaks, bidirectional
//! overrides) is cleaned before it is stored and shown as visible escapes
//! where an older ledger still holds it; CSV exports never start a text cell
//! with a spreadsheet formula, and import undoes the protection byte for
//! byte; payees, notes and names are held to their limits on every way in.

use crate::common;

use common::{Cli, Session, screen, table_rows};
use nestegg::model::NewTxn;
use nestegg::store::Store;

/// Whether `c` is a character a terminal obeys instead of showing.
fn obeyed(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn assert_inert(what: &str, text: &str) {
    let bad: Vec<char> = text.chars().filter(|c| obeyed(*c)).collect();
    assert!(bad.is_empty(), "{what} holds {bad:?}: {text:?}");
}

/// Every payee and note of the ledger, oldest first.
fn stored(l: &Cli) -> Vec<(String, String)> {
    let conn = rusqlite::Connection::open(&l.path).unwrap();
    let mut stmt = conn.prepare("SELECT payee, note FROM txns ORDER BY id").unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap().map(Result::unwrap).collect()
}

/// A bank bill whose cells carry what an attacker would put in them.
const CRAFTED: &str = "date,amount,payee,note\n\
2026-11-01,-9999.00,\"\x1b[1A\x1b[2Krent\",\x1b[8mhidden\n\
2026-11-02,-12.00,\x1b]0;pwned\x07coffee,\n\
2026-11-03,-1.00,\x1b]52;c;cm0gLXJmIH4=\x07tea,\u{9b}31mred\n\
2026-11-04,-5.00,\"lunch\n2026-11-04  Bank card  food  fake  -¥0.01\",\"two\r\nlines\"\n\
2026-11-05,-7.00,\u{202e}gnp.exe,\u{2066}isolated\u{2069}\n";

#[test]
fn a_crafted_bank_csv_is_cleaned_before_it_is_stored_and_ls_shows_every_row() {
    let l = Cli::new();
    let bill = l.dir.path().join("crafted.csv");
    std::fs::write(&bill, CRAFTED).unwrap();
    let map = "date=date,amount=amount,payee=payee,note=note";
    let args = ["import", bill.to_str().unwrap(), "--map", map, "-a", "bank"];
    // The preview echoes the bill's cells: nothing in it is obeyed.
    let preview = l.ok(&[&args[..], &["--dry-run"]].concat());
    assert_inert("the preview", &preview);
    assert!(l.ok(&args).contains("imported 5 transactions"));
    assert_eq!(
        stored(&l),
        [
            ("[1A[2Krent", "[8mhidden"),
            ("]0;pwnedcoffee", ""),
            ("]52;c;cm0gLXJmIH4=tea", "31mred"),
            ("lunch 2026-11-04  Bank card  food  fake  -¥0.01", "two lines"),
            ("gnp.exe", "isolated"),
        ]
        .map(|(p, n)| (p.to_owned(), n.to_owned()))
    );
    let ls = l.ok(&["ls"]);
    assert_inert("ls", &ls);
    // The header and one line per row: no row hidden, none added.
    assert_eq!(ls.lines().count(), 6, "{ls}");
    for (id, line) in ls.lines().skip(1).enumerate() {
        assert!(line.trim_start().starts_with(&(5 - id).to_string()), "{ls}");
    }
    assert!(ls.contains("-¥9,999.00") && ls.contains("[2Krent"), "{ls}");
    // A bill whose bad cell is quoted in the error: the error is inert too, and nothing is written.
    let before = l.dump();
    std::fs::write(&bill, "date,amount,payee,note\n2026-13-01\x1b]0;x\x07,-1,a,\n").unwrap();
    let err = l.fails(&args, "line 2");
    assert_inert("the error", &err);
    assert_eq!(l.dump(), before);
}

#[test]
fn typed_payees_notes_and_names_are_cleaned_on_every_command() {
    let l = Cli::new();
    l.ok(&["add", "5", "-c", "food", "--payee", "\x1b]0;t\x07lunch\n2026", "--note", "a\u{202e}b\tc"]);
    l.ok(&["edit", "1", "--note", "\x1b[8mx"]);
    // A complete month, for the scenario below.
    l.ok(&["add", "5000", "-c", "salary", "-d", "-70"]);
    l.ok(&["transfer", "10", "--from", "bank", "--to", "cash", "--note", "move\x1b[2K"]);
    l.ok(&[
        "recurring",
        "add",
        "rent\x1b[1A",
        "--amount",
        "9",
        "-c",
        "rent",
        "--every",
        "month",
        "--payee",
        "\u{9b}ll",
    ]);
    let renamed = l.ok(&["accounts", "rename", "cash", "wallet\x1b]0;x\x07"]);
    assert_inert("rename", &renamed);
    l.ok(&["categories", "add", "cat\u{2067}s", "--class", "spending"]);
    l.ok(&["goals", "add", "flat\x1b[31m", "--target", "1000"]);
    l.ok(&["relocate", "add", "hegang\u{202d}"]);
    let conn = rusqlite::Connection::open(&l.path).unwrap();
    for table in ["txns", "accounts", "categories", "goals", "scenarios", "recurring"] {
        for row in table_rows(&conn, table) {
            assert_inert(table, &row);
        }
    }
    assert_eq!(stored(&l)[0], ("]0;tlunch 2026".to_owned(), "[8mx".to_owned()));
    let names = |sql: &str| -> Vec<String> {
        conn.prepare(sql).unwrap().query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect()
    };
    assert!(names("SELECT name FROM accounts").contains(&"wallet]0;x".to_owned()));
    assert!(names("SELECT name FROM categories").contains(&"cats".to_owned()));
    assert_eq!(names("SELECT name FROM goals"), ["flat[31m"]);
    assert_eq!(names("SELECT name FROM recurring"), ["rent[1A"]);
}

#[test]
fn a_row_an_older_nestegg_stored_raw_is_shown_escaped_and_exported_exactly() {
    let l = Cli::new();
    l.ok(&["accounts"]);
    let payee = "\x1b]0;x\x07a\nb\u{202e}c";
    {
        let mut store = Store::open(&l.path).unwrap();
        let food = store.categories(true).unwrap().into_iter().find(|c| c.name == "food").unwrap().id;
        let bank = store.accounts(true).unwrap()[0].id;
        let t = NewTxn {
            date: "2026-11-02".parse().unwrap(),
            account_id: bank,
            category_id: food,
            payee: payee.into(),
            note: "\x1b[8mhidden".into(),
            amount: -999_900,
            tags: Default::default(),
        };
        store.write(|tx| tx.add_txn(&t)).unwrap();
        rusqlite::Connection::open(&l.path)
            .unwrap()
            .execute("UPDATE accounts SET name = 'Bank\x1b[2Kcard' WHERE id = ?1", [bank])
            .unwrap();
    }
    let ls = l.ok(&["ls"]);
    assert_inert("ls", &ls);
    assert_eq!(ls.lines().count(), 2, "{ls}");
    assert!(ls.contains("\\e]0;x\\u{7}a\\nb\\u{202e}c") && ls.contains("\\e[8mhidden"), "{ls}");
    assert!(ls.contains("Bank\\e[2Kcard"), "{ls}");
    assert_inert("accounts", &l.ok(&["accounts"]));
    // Data formats carry the text exactly.
    let json: serde_json::Value = serde_json::from_str(&l.ok(&["ls", "--format", "json"])).unwrap();
    assert_eq!(json[0]["payee"], payee);
    let csv = l.ok(&["export", "--format", "csv"]);
    let row = csv::ReaderBuilder::new().from_reader(csv.as_bytes()).records().next().unwrap().unwrap();
    assert_eq!((&row[2], &row[5], &row[6]), ("Bank\x1b[2Kcard", payee, "\x1b[8mhidden"));
    // Messages that name it: an error listing names, the delete, its undo.
    let err = l.fails(&["ls", "--account", "Bank card"], "Bank\\e[2Kcard");
    assert_inert("the error", &err);
    let rm = l.ok(&["rm", "1"]);
    assert_inert("rm", &rm);
    assert!(rm.contains("\\e]0;x"), "{rm}");
    let undo = l.ok(&["undo"]);
    assert_inert("undo", &undo);
}

#[test]
fn a_raw_payee_cannot_shift_the_interface_columns() {
    let s = Session::new();
    s.add("2026-11-01", "food", "Cash", "plain", -1000);
    s.add("2026-11-02", "food", "Cash", "\x1b]0;x\x07a\x1b[8m\u{202e}b", -2000);
    let text = screen(&s.run("", (80, 24)));
    let line = |needle: &str| text.lines().find(|l| l.contains(needle)).unwrap_or_else(|| panic!("{text}"));
    let (plain, raw) = (line("plain"), line("-¥20.00"));
    assert!(raw.contains("\\e]0;x\\u{7}a\\e[8m\\u{202e}b"), "{text}");
    // The amount column ends where it ends on every other row.
    let end = |l: &str| unicode_width::UnicodeWidthStr::width(l.trim_end());
    assert_eq!(end(plain), end(raw), "{text}");
}

/// Issue 20 item 6: export → import → export is byte-identical, and no text
/// cell of the CSV starts a spreadsheet formula.
#[test]
fn csv_exports_never_start_a_formula_and_import_undoes_the_protection() {
    let payees = [r#"=HYPERLINK("http://evil.example","click")"#, "+1", "-x", "@SUM(A1)", "'quoted", "''", "plain"];
    let notes = ["=1+1", "-5", "'", "@x", "+", "'=already", ""];
    let setup = |l: &Cli| {
        l.ok(&["accounts", "add", "@home", "--kind", "bank"]);
        l.ok(&["categories", "add", "=calc", "--class", "spending"]);
    };
    let a = Cli::new();
    setup(&a);
    for (i, (payee, note)) in payees.iter().zip(notes).enumerate() {
        let date = format!("2026-11-{:02}", i + 1);
        let p = format!("--payee={payee}");
        let n = format!("--note={note}");
        a.ok(&["add", "12", "-c", "=calc", "-a", "@home", "-d", &date, &p, &n]);
    }
    a.ok(&["add", "3", "-c", "food", "-d", "2026-11-20", "--payee=-", "--note=@"]);
    let first = a.dir.path().join("first.csv");
    a.ok(&["export", "--format", "csv", "--out", first.to_str().unwrap()]);
    let text = std::fs::read_to_string(&first).unwrap();
    assert_eq!(text, a.ok(&["ls", "--format", "csv"]), "ls --format csv writes the same cells");
    let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 8);
    for row in &rows {
        for i in [2, 3, 5, 6] {
            assert!(!row[i].starts_with(['=', '+', '-', '@', '\t', '\r']), "{row:?}");
        }
        // Amounts are numbers: never quoted.
        assert!(row[7].starts_with('-') && row[7].parse::<f64>().is_ok(), "{row:?}");
    }
    let payee_of = |date: &str| rows.iter().find(|r| &r[1] == date).map(|r| r[5].to_owned()).unwrap();
    assert_eq!(payee_of("2026-11-01"), r#"'=HYPERLINK("http://evil.example","click")"#);
    assert_eq!(payee_of("2026-11-05"), "''quoted");
    assert_eq!(payee_of("2026-11-07"), "plain");
    assert!(rows.iter().all(|r| r[2] == *"'@home" || r[2] == *"Bank card"), "{rows:?}");
    // The reports' CSVs protect their names the same way.
    let report = a.ok(&["report", "categories", "--month", "2026-11", "--format", "csv"]);
    assert!(report.lines().any(|l| l.starts_with("spending,'=calc,")), "{report}");
    let by =
        a.ok(&["report", "monthly", "--by", "category", "--from", "2026-11", "--to", "2026-11", "--format", "csv"]);
    assert!(by.lines().next().unwrap().contains(",'=calc"), "{by}");
    // Into an empty ledger: the same payees and notes, and the same bytes out.
    let b = Cli::new();
    setup(&b);
    assert!(b.ok(&["import", first.to_str().unwrap()]).contains("imported 8 transactions"));
    assert_eq!(b.ok(&["export", "--format", "csv"]), text);
    let json: serde_json::Value = serde_json::from_str(&b.ok(&["ls", "--format", "json"])).unwrap();
    let kept: Vec<(String, String)> = json
        .as_array()
        .unwrap()
        .iter()
        .rev()
        .map(|t| (t["payee"].as_str().unwrap().to_owned(), t["note"].as_str().unwrap().to_owned()))
        .collect();
    let mut wanted: Vec<(String, String)> =
        payees.iter().zip(notes).map(|(p, n)| (p.to_string(), n.to_owned())).collect();
    wanted.push(("-".into(), "@".into()));
    assert_eq!(kept, wanted);
}

/// Issue 20 item 12: a payee holds 200 characters, a note 1,000, a name
/// 100; more is refused with the limit named, and nothing is written.
#[test]
fn payees_notes_and_names_are_held_to_their_limits_on_every_way_in() {
    let l = Cli::new();
    l.ok(&["add", "5", "-c", "food", "--payee", "lunch"]);
    l.ok(&["add", "5000", "-c", "salary", "-d", "-70"]);
    let ok_payee = "美".repeat(200);
    let long_payee = "美".repeat(201);
    let long_note = "n".repeat(1_001);
    let long_name = "a".repeat(101);
    let before = l.dump();
    let payee = "the payee is 201 characters long; a payee holds at most 200";
    let note = "the note is 1001 characters long; a note holds at most 1000";
    let name = "the name is 101 characters long; a name holds at most 100";
    l.fails(&["add", "5", "-c", "food", "--payee", &long_payee], payee);
    l.fails(&["add", "5", "-c", "food", "--note", &long_note], note);
    l.fails(&["edit", "1", "--payee", &long_payee], payee);
    l.fails(&["edit", "1", "--note", &long_note], note);
    l.fails(&["transfer", "5", "--from", "bank", "--to", "cash", "--note", &long_note], note);
    let rule = ["recurring", "add", "gym", "--amount", "9", "-c", "food", "--every", "month"];
    l.fails(&[&rule[..], &["--payee", &long_payee]].concat(), payee);
    l.fails(&["recurring", "add", &long_name, "--amount", "9", "-c", "food", "--every", "month"], name);
    l.fails(&["accounts", "add", &long_name, "--kind", "bank"], name);
    l.fails(&["accounts", "rename", "cash", &long_name], name);
    l.fails(&["categories", "add", &long_name, "--class", "spending"], name);
    l.fails(&["goals", "add", &long_name, "--target", "100"], name);
    l.fails(&["relocate", "add", &long_name], name);
    assert_eq!(l.dump(), before, "nothing was written");
    // Imports: the row is invalid, named by its line, like any other bad row.
    let bill = l.dir.path().join("long.csv");
    std::fs::write(
        &bill,
        format!(
            "date,amount,payee,note\n2026-11-01,-1,ok,\n2026-11-02,-2,{long_payee},\n2026-11-03,-3,x,{long_note}\n"
        ),
    )
    .unwrap();
    let args = ["import", bill.to_str().unwrap(), "--map", "date=1,amount=2,payee=3,note=4", "-a", "bank"];
    let err = l.fails(&args, "2 row(s) cannot be imported");
    assert!(err.contains("line 3: its payee is 201 characters long; a payee holds at most 200"), "{err}");
    assert!(err.contains("line 4: its note is 1001 characters long; a note holds at most 1000"), "{err}");
    assert_eq!(l.dump(), before);
    // A nestegg CSV too.
    let own = l.dir.path().join("own.csv");
    let header = "id,date,account,category,class,payee,note,amount,currency";
    std::fs::write(&own, format!("{header}\n,2026-11-01,Bank card,food,spending,{long_payee},,-1.00,CNY\n")).unwrap();
    let err = l.fails(&["import", own.to_str().unwrap()], "line 2: its payee is 201 characters long");
    assert!(!err.contains(&long_payee));
    assert_eq!(l.dump(), before);
    // At the limit, all is well.
    l.ok(&["add", "5", "-c", "food", "--payee", &ok_payee, "--note", &"n".repeat(1_000)]);
    assert!(
        l.ok(&[
            "import",
            bill.to_str().unwrap(),
            "--map",
            "date=1,amount=2,payee=3,note=4",
            "-a",
            "bank",
            "--skip-invalid"
        ])
        .contains("imported 1 transaction")
    );
}

/// The interface refuses the same: quick add and the form, with the limit
/// named on the status line, and nothing saved.
#[test]
fn the_interface_holds_payees_to_their_limit() {
    let s = Session::new();
    let long = "x".repeat(201);
    let t = s.run(&format!("i35 {long}<Enter>"), (120, 30));
    assert!(s.rows().is_empty());
    assert!(screen(&t).contains("a payee holds at most 200"), "{}", screen(&t));
    let t = s.run(&format!("a35<Tab><Tab><Tab>{long}<Enter>"), (120, 30));
    assert!(s.rows().is_empty());
    assert!(screen(&t).contains("a payee holds at most 200"), "{}", screen(&t));
}
