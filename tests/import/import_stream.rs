//! Issue 28: a nestegg CSV imported a chunk at a time. Chunks of three
//! rows here, so every case crosses chunk boundaries: the rows stored, the
//! fingerprints and the counts are the whole file's, identical rows are
//! numbered across chunks, a transfer split between two chunks stays one,
//! a bad row in a later chunk leaves the ledger as it was, a file out of
//! date order is handed back to be read whole, and the import is one undo step.

use crate::common;

use nestegg::import::rules::Rules;
use nestegg::ops::import::stream::{Mode, Streamed, stream};
use nestegg::ops::import::{self, ImportOptions};
use nestegg::store::Store;

const HEADER: &str = "id,date,account,category,class,payee,note,amount,currency,tags\n";

/// A nestegg CSV of these lines (newest first, as `export` writes them).
fn csv(lines: &[&str]) -> String {
    let mut text = HEADER.to_owned();
    for l in lines {
        text.push_str(l);
        text.push('\n');
    }
    text
}

/// Four identical coffees on one day (lines 4 to 7: chunks of three put
/// them in two chunks), a transfer whose legs are lines 9 and 10 (the
/// third chunk ends between them), and a salary.
const FILE: [&str; 10] = [
    ",2026-10-05,Cash,food,spending,面馆,,-15.00,CNY,",
    ",2026-10-04,Bank card,groceries,spending,大润发,周末,-86.40,CNY,",
    ",2026-10-03,Cash,food,spending,咖啡店,,-18.00,CNY,",
    ",2026-10-03,Cash,food,spending,咖啡店,,-18.00,CNY,",
    ",2026-10-03,Cash,food,spending,咖啡店,,-18.00,CNY,",
    ",2026-10-03,Cash,food,spending,咖啡店,,-18.00,CNY,",
    ",2026-10-02,Alipay,transport,spending,公交,,-2.00,CNY,",
    ",2026-10-02,Bank card,,transfer,,,-500.00,CNY,",
    ",2026-10-02,Cash,,transfer,,,500.00,CNY,",
    ",2026-10-01,Bank card,salary,income,某公司,,\"5,000.00\",CNY,",
];

fn opts(rules: &Rules) -> ImportOptions<'_> {
    ImportOptions { preset: None, mapping: None, account: None, rules, account_map: None, keep_apart: &[] }
}

fn streamed(store: &mut Store, text: &str, mode: Mode) -> Option<Streamed> {
    let rules = Rules::default();
    stream(store, text.as_bytes(), &opts(&rules), "bill.csv", mode, 3, |_, _| {}).unwrap()
}

/// Every stored row: (date, account, category, payee, note, amount, fingerprint), in date and key order.
fn rows(store: &Store) -> Vec<String> {
    let conn = store.connection();
    let mut stmt = conn
        .prepare(
            "SELECT t.date, a.name, coalesce(c.name, '-'), t.payee, t.note, t.amount, coalesce(t.import_key, '-'),
                    t.transfer_id IS NOT NULL
               FROM txns t JOIN accounts a ON a.id = t.account_id LEFT JOIN categories c ON c.id = t.category_id
              ORDER BY t.date, t.import_key, t.amount",
        )
        .unwrap();
    stmt.query_map([], |r| {
        Ok(format!(
            "{} {} {} {} {} {} {} {}",
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, String>(4)?,
            r.get::<_, i64>(5)?,
            r.get::<_, String>(6)?,
            r.get::<_, bool>(7)?
        ))
    })
    .unwrap()
    .collect::<Result<Vec<_>, _>>()
    .unwrap()
}

/// The same file through the whole-file path (plan, then commit).
fn whole(text: &str) -> Store {
    let mut store = Store::open_in_memory().unwrap();
    let rules = Rules::default();
    let plan = import::plan(&store, text.as_bytes(), &opts(&rules), |_| {}).unwrap();
    import::commit(&mut store, &plan, "bill.csv", None).unwrap();
    store
}

#[test]
fn chunks_store_what_the_whole_file_stores_and_a_second_import_adds_nothing() {
    let text = csv(&FILE);
    let mut store = Store::open_in_memory().unwrap();
    let s = streamed(&mut store, &text, Mode::Write { skip_invalid: false }).unwrap();
    // 8 one-leg rows and a transfer's two legs: 10 transactions, all new.
    assert_eq!((s.new, s.duplicates, s.invalid_count, s.added, s.rows), (10, 0, 0, 10, 9));
    assert_eq!(rows(&store), rows(&whole(&text)));
    // The four coffees are #1 to #4 although the chunks cut them 2 + 2.
    let coffees: Vec<String> = rows(&store).into_iter().filter(|r| r.contains("咖啡店")).collect();
    for (i, row) in coffees.iter().enumerate() {
        assert!(row.contains(&format!("|#{}", i + 1)), "{row}");
    }
    // The transfer's legs (lines 9 and 10, in two chunks) are one transfer.
    assert_eq!(rows(&store).iter().filter(|r| r.ends_with("true")).count(), 2);
    assert!(store.check().unwrap().is_empty());
    let again = streamed(&mut store, &text, Mode::Write { skip_invalid: false }).unwrap();
    assert_eq!((again.new, again.duplicates, again.added), (0, 10, 0));
}

#[test]
fn rows_typed_by_hand_count_once_against_the_file_across_chunks() {
    // Two of the four coffees are already in the ledger (typed by hand, no
    // fingerprint): the file's first two are them, the other two are new.
    let mut store = Store::open_in_memory().unwrap();
    store
        .connection()
        .execute_batch(
            "INSERT INTO txns (date, account_id, category_id, amount, currency, payee)
             SELECT '2026-10-03', a.id, c.id, -1800, 'CNY', '咖啡店' FROM accounts a, categories c
              WHERE a.name = 'Cash' AND c.name = 'food';
             INSERT INTO txns (date, account_id, category_id, amount, currency, payee)
             SELECT '2026-10-03', a.id, c.id, -1800, 'CNY', '咖啡店' FROM accounts a, categories c
              WHERE a.name = 'Cash' AND c.name = 'food';",
        )
        .unwrap();
    let s = streamed(&mut store, &csv(&FILE), Mode::Write { skip_invalid: false }).unwrap();
    assert_eq!((s.new, s.duplicates, s.added), (8, 2, 8));
    let coffees = rows(&store).into_iter().filter(|r| r.contains("咖啡店")).count();
    assert_eq!(coffees, 4);
    assert!(store.check().unwrap().is_empty());
}

#[test]
fn a_bad_row_after_the_first_chunk_leaves_the_ledger_as_it_was() {
    let mut lines = FILE.to_vec();
    // Line 11 of the file (the fourth chunk): an amount that is no amount.
    lines.push(",2026-09-30,Cash,food,spending,面馆,,fifteen,CNY,");
    let text = csv(&lines);
    let mut store = Store::open_in_memory().unwrap();
    let before = rows(&store);
    let s = streamed(&mut store, &text, Mode::Write { skip_invalid: false }).unwrap();
    assert_eq!((s.new, s.invalid_count, s.added), (10, 1, 0));
    assert_eq!(s.invalid[0].line, 12);
    assert_eq!(rows(&store), before);
    assert_eq!(nestegg::ops::history::undo(&mut store).unwrap(), None, "no step was recorded");
    // Told to skip it: the other ten, as one undo step.
    let s = streamed(&mut store, &text, Mode::Write { skip_invalid: true }).unwrap();
    assert_eq!((s.new, s.invalid_count, s.added), (10, 1, 10));
    let undone = nestegg::ops::history::undo(&mut store).unwrap().unwrap();
    assert_eq!(undone.step, nestegg::ops::history::Step::Import { file: "bill.csv".into(), rows: 10 });
    assert_eq!(rows(&store), before);
}

#[test]
fn a_dry_run_writes_nothing_and_keeps_only_the_first_rows() {
    let mut store = Store::open_in_memory().unwrap();
    let s = streamed(&mut store, &csv(&FILE), Mode::DryRun).unwrap();
    assert_eq!((s.new, s.duplicates, s.added, s.rows, s.first.len()), (10, 0, 0, 9, 9));
    assert_eq!(s.first[0].line, 2);
    assert!(rows(&store).is_empty());
    // A long file keeps its first rows only.
    let day = ",2026-10-03,Cash,food,spending,咖啡店,,-18.00,CNY,";
    let long = csv(&vec![day; 120]);
    let s = streamed(&mut store, &long, Mode::DryRun).unwrap();
    assert_eq!((s.new, s.rows, s.first.len()), (120, 120, nestegg::ops::import::stream::PREVIEW_ROWS));
}

#[test]
fn a_file_whose_dates_come_back_is_handed_back_to_be_read_whole() {
    // 10-03 in the first chunk, 10-01 in the second, 10-03 again in the third.
    let lines = [
        ",2026-10-03,Cash,food,spending,咖啡店,,-18.00,CNY,",
        ",2026-10-02,Cash,food,spending,面馆,,-15.00,CNY,",
        ",2026-10-02,Cash,food,spending,面馆,,-15.00,CNY,",
        ",2026-10-01,Cash,food,spending,面馆,,-15.00,CNY,",
        ",2026-10-01,Cash,food,spending,面馆,,-15.00,CNY,",
        ",2026-10-01,Cash,food,spending,面馆,,-15.00,CNY,",
        ",2026-10-03,Cash,food,spending,咖啡店,,-18.00,CNY,",
    ];
    let mut store = Store::open_in_memory().unwrap();
    assert_eq!(streamed(&mut store, &csv(&lines), Mode::Write { skip_invalid: false }), None);
    assert!(rows(&store).is_empty());
    // In date order both ways it streams.
    let mut back = lines[..6].to_vec();
    back.reverse();
    assert!(streamed(&mut store, &csv(&back), Mode::DryRun).is_some());
}

/// The command line streams a nestegg CSV: the same summary as ever, and a
/// bad row past the first chunk (20,000 rows) leaves the ledger unchanged.
#[test]
fn the_command_line_streams_and_refuses_a_late_bad_row() {
    let l = common::Cli::new();
    let path = l.dir.path().join("big.csv");
    let mut text = HEADER.to_owned();
    for i in 0..20_010 {
        let day = 28 - (i / 1000);
        text.push_str(&format!(",2026-10-{day:02},Cash,food,spending,面馆{},,-1.00,CNY,\n", i % 7));
    }
    text.push_str(",2026-09-01,Cash,food,spending,面馆,,-1.00,XXX,\n");
    std::fs::write(&path, &text).unwrap();
    l.ok(&["accounts"]);
    let before = l.dump();
    let err = l.fails(&["import", path.to_str().unwrap()], "20010 new, 0 already in the ledger, 1 invalid");
    assert!(err.contains("line 20012:"), "{err}");
    assert_eq!(l.dump(), before);
    let out = l.ok(&["import", path.to_str().unwrap(), "--skip-invalid", "--dry-run"]);
    assert!(out.contains("… and 19960 more"), "{out}");
    assert!(out.contains("dry run: nothing was written"), "{out}");
    let out = l.ok(&["import", path.to_str().unwrap(), "--skip-invalid"]);
    assert!(out.contains("imported 20010 transactions"), "{out}");
    assert!(l.run(&["check"]).status.success());
}
