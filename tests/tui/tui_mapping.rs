//! The mapping screen of a bank bill (issue 21): `I` on a bank CSV that
//! nestegg does not know opens it; its columns are chosen from the
//! keyboard; Enter goes on to the import preview a known bill gets,
//! planned as `nestegg import --map` plans it; a bad mapping is refused at
//! its field with nothing written; a mapping saved under a name recognises
//! the next bill with the same header. Through the real app loop on a real
//! ledger file.

use crate::common;

use common::{Session, fixture, keys, screen, today};
use nestegg::tui::app::{App, Mode};
use nestegg::tui::run_app;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const BILL: &str = "Date,Amount,Description\n2026-10-03,-18.50,Metro\n2026-10-04,-60.00,Grocer\n";

/// Runs the app on `script` at 80×24: the app as it ended, and its last screen.
fn run(s: &Session, script: &str) -> (App, String) {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let app = run_app(&mut terminal, &mut s.store(), today(), &mut keys(script).into_iter()).unwrap();
    terminal.clear().unwrap();
    terminal.draw(|f| nestegg::tui::views::draw(f, &app)).unwrap();
    (app, screen(&terminal))
}

fn status(app: &App) -> (String, bool) {
    app.status.as_ref().map(|s| (s.text.clone(), s.error)).unwrap_or_default()
}

/// Every row the ledger holds that an import or a mapping could change.
fn dump(s: &Session) -> Vec<String> {
    let conn = rusqlite::Connection::open(&s.path).unwrap();
    ["txns", "import_mappings", "undo_log"]
        .iter()
        .flat_map(|t| common::table_rows(&conn, t).into_iter().map(move |r| format!("{t}: {r}")))
        .collect()
}

fn stored(s: &Session) -> Vec<(String, String, i64, String)> {
    s.rows().into_iter().map(|t| (t.date.to_string(), t.payee, t.amount, t.account)).collect()
}

fn bill(s: &Session, name: &str, text: &str) -> String {
    let path = s.path.with_file_name(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

#[test]
fn a_bank_csv_is_mapped_on_its_screen_then_previewed_and_imported() {
    let s = Session::new();
    let bank = bill(&s, "bank.csv", BILL);
    let (app, text) = run(&s, &format!("I{bank}<Enter>"));
    assert_eq!(app.mode, Mode::Mapping, "{text}");
    assert!(text.contains("Columns of bank.csv (UTF-8)"), "{text}");
    // The first guess, and the first rows as it reads them.
    for shown in ["◂ Date ▸", "Amount", "Description", "Bank card", "2026-10-03       -¥18.50  Metro"] {
        assert!(text.contains(shown), "{shown}: {text}");
    }
    assert!(dump(&s).is_empty(), "the screen writes nothing");
    // Enter: the preview a known bill gets, planned as `import --map` plans it.
    let (app, text) = run(&s, &format!("I{bank}<Enter><Enter>"));
    assert_eq!(app.mode, Mode::Import, "{text}");
    assert!(text.contains("Import bank.csv: generic (UTF-8)"), "{text}");
    assert!(text.contains("2 new · 0 already in the ledger · 0 invalid · 0 skipped · into Bank card"), "{text}");
    assert!(dump(&s).is_empty(), "a preview writes nothing");
    // Esc in that preview goes back to the columns; Esc there cancels.
    let (app, _) = run(&s, &format!("I{bank}<Enter><Enter><Esc>"));
    assert_eq!((app.mode, status(&app).0.starts_with("back to the columns")), (Mode::Mapping, true));
    let (app, _) = run(&s, &format!("I{bank}<Enter><Enter><Esc><Esc>"));
    assert_eq!(
        (app.mode, status(&app)),
        (Mode::Browse, ("import cancelled: nothing was written, no mapping saved".into(), false))
    );
    assert!(dump(&s).is_empty());
    // `a` in the preview plans it again, with the mapping, into the next account.
    let (_, text) = run(&s, &format!("I{bank}<Enter><Enter>a"));
    assert!(text.contains("· into Cash"), "{text}");
    // Enter imports; no name was typed, so no mapping is kept.
    let (app, _) = run(&s, &format!("I{bank}<Enter><Enter><Enter>"));
    assert!(status(&app).0.contains("imported 2 transactions from bank.csv"), "{:?}", app.status);
    assert_eq!(
        stored(&s),
        [
            ("2026-10-04".into(), "Grocer".into(), -6000, "Bank card".into()),
            ("2026-10-03".into(), "Metro".into(), -1850, "Bank card".into())
        ]
    );
    assert!(s.store().mapping_names().unwrap().is_empty());
    s.run("u", (80, 24));
    assert!(stored(&s).is_empty(), "u undoes the whole import");
}

#[test]
fn a_bad_mapping_is_refused_at_its_field_and_writes_nothing() {
    let s = Session::new();
    let bank = bill(&s, "bank.csv", BILL);
    let before = dump(&s);
    // A name to save it as, and the note on the date's column: refused beside the note.
    let (app, text) = run(&s, &format!("I{bank}<Enter><Up>mine<Tab><Tab><Tab><Tab><Tab><Tab><Tab><Tab><Right><Enter>"));
    assert_eq!(app.mode, Mode::Mapping, "{text}");
    let twice = "column 'Date' is mapped twice (date and note); give each field its own column";
    assert!(text.contains("│✗ note: column 'Date' is mapped twice (date and note)"), "{text}");
    assert_eq!(status(&app), (format!("fix the mapping first: {twice}"), true));
    assert_eq!(
        app.mapping.as_ref().map(|m| m.focus),
        Some(nestegg::tui::mapping::Field::Column(nestegg::import::MapField::Note))
    );
    // No amount column at all: refused beside the amount, the same words as `--map`.
    let (app, text) = run(&s, &format!("I{bank}<Enter><Tab><Left><Left><Enter>"));
    assert_eq!(app.mode, Mode::Mapping, "{text}");
    assert!(text.contains("│✗ amount: a mapping needs at least date=COLUMN and amount=COLUMN"), "{text}");
    // A row the mapping cannot read shows why, in the preview of the first rows.
    let odd = bill(&s, "odd.csv", "Date,Amount,Description\n03/10/2026,-18.50,Metro\n2026-10-04,-60.00,Grocer\n");
    let (_, text) = run(&s, &format!("I{odd}<Enter>"));
    assert!(text.contains("    2 ✗ '03/10/2026' is not a date such as 2026-10-03"), "{text}");
    // Its preview refuses Enter as a known bill's does.
    let (app, _) = run(&s, &format!("I{odd}<Enter><Enter><Enter>"));
    assert!(status(&app).0.contains("1 row cannot be imported"), "{:?}", app.status);
    assert_eq!(dump(&s), before, "nothing was written, no mapping saved");
}

#[test]
fn a_mapping_saved_by_name_recognises_the_next_bill_with_that_header() {
    let s = Session::new();
    let bank = bill(&s, "bank.csv", BILL);
    // ↑ from the first field is the last: the name to save the mapping as; and the rows into Cash.
    let (app, _) = run(&s, &format!("I{bank}<Enter><Up>my bank<Up><Right><Enter><Enter>"));
    let said = status(&app).0;
    assert!(said.contains("imported 2 transactions from bank.csv; its columns are saved as 'my bank'"), "{said}");
    let store = s.store();
    assert_eq!(store.mapping_names().unwrap(), ["my bank"]);
    let saved = store.mapping("my bank").unwrap().unwrap();
    assert_eq!(saved.spec(), "date=Date,amount=Amount,payee=Description");
    assert_eq!(saved.account.as_deref(), Some("Cash"));
    // The next bill of that bank goes straight to the preview, into the saved account.
    let next = bill(&s, "bank-november.csv", "Date,Amount,Description\n2026-11-05,-7.00,Bakery\n");
    let (app, text) = run(&s, &format!("I{next}<Enter>"));
    assert_eq!(app.mode, Mode::Import, "{text}");
    assert!(text.contains("1 new · 0 already in the ledger · 0 invalid · 0 skipped · into Cash"), "{text}");
    let (app, _) = run(&s, &format!("I{next}<Enter><Enter>"));
    assert!(status(&app).0.contains("imported 1 transaction from bank-november.csv"), "{:?}", app.status);
    assert_eq!(stored(&s).len(), 3);
    // The command line reads it by its name too.
    assert_eq!(s.store().mapping("my bank").unwrap(), Some(saved));
}

#[test]
fn debit_and_credit_columns_are_guessed_and_read_with_their_signs() {
    let s = Session::new();
    let bank = bill(
        &s,
        "split.csv",
        "记账日期,摘要,支出,收入,余额,对方户名\n03/10/2026,咖啡,18.00,,982.00,咖啡店\n10/10/2026,工资,,\"5,000.00\",5982.00,某公司\n",
    );
    let (_, text) = run(&s, &format!("I{bank}<Enter>"));
    for shown in ["DD/MM/YYYY", "2026-10-03       -¥18.00  咖啡店", "2026-10-10     ¥5,000.00  某公司"] {
        assert!(text.contains(shown), "{shown}: {text}");
    }
    let (app, _) = run(&s, &format!("I{bank}<Enter><Enter><Enter>"));
    assert!(status(&app).0.contains("imported 2 transactions"), "{:?}", app.status);
    let amounts: Vec<i64> = stored(&s).iter().map(|r| r.2).collect();
    assert_eq!(amounts, [500_000, -1800]);
}

/// A bill for the snapshots: a preamble line, six rows (five shown), one
/// that cannot be read, a long cell.
const SNAPSHOT_BILL: &str = "Statement 2026-10\nDate,Amount,Description,Balance\n\
    2026-10-03,-18.50,Metro,981.50\n2026-10-04,-60.00,超市 Grocer,921.50\n2026-10-05,oops,Bakery,914.50\n\
    2026-10-10,5000.00,Salary from a company with a very long name,5914.50\n2026-10-12,-7.00,Coffee,5907.50\n\
    2026-10-13,-1.00,Sixth,5906.50\n";

#[test]
fn the_mapping_screen_at_80_by_24() {
    let s = Session::new();
    let open = format!("I{}<Enter>", bill(&s, "statement.csv", SNAPSHOT_BILL));
    insta::assert_snapshot!("mapping_80x24", screen(&s.run(&format!("{open}<Tab>"), (80, 24))));
    let (_, help) = run(&s, &format!("{open}?"));
    assert!(help.contains("Columns of a bank bill") && help.contains("next column or choice"), "{help}");
}

#[test]
fn the_mapping_screen_in_chinese() {
    nestegg::text::set_lang(nestegg::text::Lang::Zh);
    let s = Session::new();
    let open = format!("I{}<Enter>", bill(&s, "statement.csv", SNAPSHOT_BILL));
    insta::assert_snapshot!("mapping_zh_80x24", screen(&s.run(&format!("{open}<Tab>"), (80, 24))));
    let open = format!("I{}<Enter>", fixture("bank.csv"));
    let (app, text) = run(&s, &format!("{open}<Tab><Tab><Tab><Tab><Tab><Tab><Right><Enter>"));
    assert_eq!(app.mode, Mode::Mapping, "{text}");
    assert!(status(&app).0.starts_with("请先修正映射：“金额”列被映射了两次（amount 和 payee）"), "{:?}", app.status);
}

#[test]
fn a_direction_column_and_a_card_sign_are_chosen_on_the_screen() {
    let s = Session::new();
    let bank = bill(
        &s,
        "bocom.csv",
        "交易日期,借贷标志,交易金额,对方户名\n2026-10-01,贷,7000.00,某公司\n2026-10-02,借,45.00,餐厅\n",
    );
    // The first guess takes 借贷标志 as the in/out column: 借 is money out.
    let (_, text) = run(&s, &format!("I{bank}<Enter>"));
    assert!(text.contains("in/out column   借贷标志"), "{text}");
    assert!(
        text.contains("2026-10-01     ¥7,000.00  某公司") && text.contains("2026-10-02       -¥45.00  餐厅"),
        "{text}"
    );
    // Without it (the fifth field, ← to none), every row reads as money in.
    let (_, text) = run(&s, &format!("I{bank}<Enter><Tab><Tab><Tab><Tab><Left><Left>"));
    assert!(text.contains("2026-10-02        ¥45.00  餐厅"), "{text}");
    // "positive is" (the sixth) turned to money out: a card statement.
    let (app, text) = run(&s, &format!("I{bank}<Enter><Tab><Tab><Tab><Tab><Tab><Right>"));
    assert!(text.contains("money out (a card)") && text.contains("2026-10-01    -¥7,000.00  某公司"), "{text}");
    let m = app.mapping.as_ref().unwrap().mapping(&[]);
    assert!(m.flip && m.direction.as_deref() == Some("借贷标志"));
    // With the guess as it stands, Enter previews and Enter imports: 7,000 in, 45 out.
    let (app, _) = run(&s, &format!("I{bank}<Enter><Enter><Enter>"));
    assert!(status(&app).0.contains("imported 2 transactions"), "{:?}", app.status);
    let amounts: Vec<i64> = stored(&s).iter().map(|r| r.2).collect();
    assert_eq!(amounts, [-4_500, 700_000]);
}
