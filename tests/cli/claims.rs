//! Claims (issue 26's 报销 and AA) on the command line: `reimburse`,
//! `reimbursed`, `add --reimburse`/`--split`, `claims`, and `collect` for
//! a share, run in-process on a fixed day (2026-12-06) through
//! `tests/common/inproc.rs`. A claim is an offset row in the paid row's category, so October's
//! savings rate (salary 5,000, rent 600, other 1,900: 50.0 %) is the
//! worked example of design section 11; every refusal writes nothing, and
//! every command is one undo step.

use std::path::Path;

use crate::common;

use common::inproc::{ledger, month, october, ok, refused, run};
use nestegg::text::Lang;

/// The id an `add` printed (`added #7 …`).
fn id_of(out: &str) -> String {
    let at = out.find('#').expect("an id");
    out[at + 1..].chars().take_while(char::is_ascii_digit).collect()
}

/// Worked example 2: a 1,200 trip on Oct 20, marked reimbursable, leaves
/// October at 50.0 % (travel nets to 0 while it waits); 1,000 back on
/// Nov 15 makes October's travel 200, spending 2,100, saved 2,300, 46.0 %,
/// and November has neither income nor spending.
#[test]
fn a_trip_reimbursed_in_part_leaves_the_rest_as_spending_in_its_month() {
    let (_dir, db) = ledger();
    october(&db);
    assert_eq!(month(&db, "2026-10"), "5000.00,600.00,1900.00,2500.00,0.5000");
    let id = id_of(&ok(&db, &["add", "1200", "-c", "travel", "-d", "2026-10-20", "-p", "高铁"]));
    assert_eq!(month(&db, "2026-10"), "5000.00,600.00,3100.00,1300.00,0.2600", "unmarked, it is spending");

    let out = ok(&db, &["reimburse", &id]);
    assert!(out.contains("reimbursements is new"), "{out}");
    assert!(out.contains(&format!("#{id}: ¥1,200.00 to be reimbursed by reimbursements")), "{out}");
    assert_eq!(month(&db, "2026-10"), "5000.00,600.00,1900.00,2500.00,0.5000", "waiting: out of the rate");
    assert_eq!(
        ok(&db, &["claims", "-f", "csv"]),
        format!(
            "id,date,payee,category,kind,by,amount,waiting,age_days,currency\n\
             {id},2026-10-20,高铁,travel,reimburse,reimbursements,1200.00,1200.00,47,CNY\n"
        ),
        "Oct 20 to Dec 6 is 47 days"
    );

    let out = ok(&db, &["reimbursed", &id, "1000", "-d", "2026-11-15"]);
    assert!(out.contains("¥1,000.00 reimbursed by reimbursements into Bank card on 2026-11-15"), "{out}");
    assert!(out.contains("¥200.00 not reimbursed stays spending in travel"), "{out}");
    assert_eq!(month(&db, "2026-10"), "5000.00,600.00,2100.00,2300.00,0.4600");
    assert_eq!(month(&db, "2026-11"), "0.00,0.00,0.00,0.00,", "the money back is a transfer");
    assert_eq!(ok(&db, &["claims"]).trim(), "nothing waits to be reimbursed or collected");
    assert!(ok(&db, &["owed"]).contains("nothing is lent or borrowed"), "the employer's balance is 0");
    // The bank: 5,000 − 600 − 1,900 − 1,200 + 1,000.
    let accounts = ok(&db, &["accounts"]);
    assert!(accounts.lines().any(|l| l.starts_with("Bank card") && l.contains("¥2,300.00")), "{accounts}");

    // One step each: undo brings the claim back, then takes it away.
    assert_eq!(ok(&db, &["undo"]).trim(), "undid: reimbursed by reimbursements");
    assert_eq!(month(&db, "2026-10"), "5000.00,600.00,1900.00,2500.00,0.5000");
    assert!(ok(&db, &["claims", "-f", "csv"]).contains("1200.00,1200.00,47"));
    assert_eq!(ok(&db, &["undo"]).trim(), "undid: mark reimbursable by reimbursements");
    assert_eq!(month(&db, "2026-10"), "5000.00,600.00,3100.00,1300.00,0.2600");
    assert!(!ok(&db, &["accounts"]).contains("reimbursements"), "the person made by the step goes with it");
    ok(&db, &["redo"]);
    ok(&db, &["redo"]);
    assert_eq!(month(&db, "2026-10"), "5000.00,600.00,2100.00,2300.00,0.4600", "redo walks it again");
}

/// Worked example 3: `35*4 火锅` split AA 4 ways is 35 of spending and 105
/// owed by others; a 105 collection settles it, spending still 35. With
/// October and the trip of example 2: spending 2,135, saved 2,265, 45.3 %.
#[test]
fn hot_pot_for_four_is_one_share_of_spending_and_a_collection_settles_it() {
    let (_dir, db) = ledger();
    october(&db);
    let out = ok(&db, &["add", "140", "-c", "food", "-d", "2026-10-25", "-p", "火锅", "--split", "4"]);
    assert!(out.contains("split 4 ways: ¥35.00 is yours, ¥105.00 is owed by others"), "{out}");
    assert_eq!(month(&db, "2026-10"), "5000.00,600.00,1935.00,2465.00,0.4930");
    let id = id_of(&out);
    assert_eq!(
        ok(&db, &["claims", "-f", "csv"]),
        format!(
            "id,date,payee,category,kind,by,amount,waiting,age_days,currency\n\
             {id},2026-10-25,火锅,food,share,others,105.00,105.00,42,CNY\n"
        )
    );
    let out = ok(&db, &["collect", "105", "--from", "others", "-d", "2026-10-26"]);
    assert!(out.contains("nothing is open with others"), "{out}");
    assert_eq!(month(&db, "2026-10"), "5000.00,600.00,1935.00,2465.00,0.4930", "a collection is no income");
    assert_eq!(ok(&db, &["claims"]).trim(), "nothing waits to be reimbursed or collected");

    let trip = id_of(&ok(&db, &["add", "1200", "-c", "travel", "-d", "2026-10-20", "--reimburse"]));
    ok(&db, &["reimbursed", &trip, "1000", "-d", "2026-11-15"]);
    assert_eq!(month(&db, "2026-10"), "5000.00,600.00,2135.00,2265.00,0.4530");
}

/// A split to named people gives each a share and the rest to others;
/// 100 ÷ 3 leaves 33.34 mine. Part of a share collected leaves the newest
/// share waiting. In Chinese the default people are 报销 and 其他人.
#[test]
fn named_shares_remainders_and_chinese_defaults() {
    let (_dir, db) = ledger();
    let out = ok(&db, &["add", "100", "-c", "food", "-d", "2026-11-01", "--split", "3", "--with", "小王"]);
    assert!(out.contains("¥33.34 is yours, ¥66.66 is owed by 小王, others"), "{out}");
    let csv = ok(&db, &["claims", "-f", "csv"]);
    assert!(
        csv.contains(",share,小王,33.33,33.33,35,CNY") && csv.contains(",share,others,33.33,33.33,35,CNY"),
        "{csv}"
    );
    ok(&db, &["collect", "20", "--from", "小王"]);
    assert!(ok(&db, &["claims", "-f", "csv"]).contains(",share,小王,33.33,13.33,35,CNY"));
    let json: serde_json::Value = serde_json::from_str(&ok(&db, &["claims", "-f", "json"])).unwrap();
    assert_eq!(json[0]["waiting"], "13.33");
    assert_eq!(json[0]["age_days"], 35);

    let out = run(&db, Lang::Zh, &["add", "80", "-c", "food", "--split", "2"]).unwrap();
    assert!(out.contains("其他人"), "{out}");
    let out = run(&db, Lang::Zh, &["add", "300", "-c", "travel", "--reimburse"]).unwrap();
    assert!(out.contains("标为报销（由报销支付）"), "{out}");
    let table = run(&db, Lang::Zh, &["claims"]).unwrap();
    assert!(table.contains("AA 分摊") && table.contains("待收"), "{table}");
    let out = ok(&db, &["add", "50", "-c", "travel", "--reimburse=公司"]);
    assert!(out.contains("reimbursed by 公司"), "{out}");
}

/// Refusals write nothing: income and refunds, odd ways, too many people,
/// a second claim, reimbursing more than claimed or what is not claimed,
/// twice, or by an account that is not a person.
#[test]
fn refusals_write_nothing() {
    let (_dir, db) = ledger();
    let pay = id_of(&ok(&db, &["add", "5000", "-c", "salary", "-d", "2026-11-10"]));
    refused(&db, &["reimburse", &pay], "only a payment");
    refused(&db, &["add", "5000", "-c", "salary", "--split", "2"], "only a payment");
    refused(&db, &["add", "-20", "-c", "food", "--split", "2"], "only a payment");
    refused(&db, &["add", "20", "-c", "food", "--split", "1"], "2 to 50");
    refused(&db, &["add", "20", "-c", "food", "--split", "51"], "2 to 50");
    refused(&db, &["add", "0.03", "-c", "food", "--split", "4"], "too small");
    refused(&db, &["add", "20", "-c", "food", "--split", "2", "--with", "a,b"], "2 people named for 2 ways");
    refused(&db, &["add", "20", "-c", "food", "--reimburse=Cash"], "not a person");
    let trip = id_of(&ok(&db, &["add", "1200", "-c", "travel", "-d", "2026-11-20"]));
    refused(&db, &["reimbursed", &trip], "not marked reimbursable");
    ok(&db, &["reimburse", &trip, "--by", "公司"]);
    refused(&db, &["reimburse", &trip], "already waits");
    refused(&db, &["reimbursed", &trip, "1200.01"], "more than the ¥1,200.00");
    refused(&db, &["reimbursed", &trip, "0"], "positive");
    refused(&db, &["reimbursed", &trip, "-5"], "positive");
    ok(&db, &["reimbursed", &trip]);
    refused(&db, &["reimbursed", &trip], "already reimbursed");
    assert!(run(&db, Lang::En, &["add", "1", "-c", "food", "--reimburse", "--split", "2"]).is_err());
}

/// Deleting a paid row takes its offsets with it, and undo brings all back.
#[test]
fn deleting_a_paid_row_takes_its_offsets() {
    let (_dir, db) = ledger();
    let id = id_of(&ok(&db, &["add", "140", "-c", "food", "-d", "2026-11-01", "--split", "4", "--with", "小王"]));
    let rows = |db: &Path| ok(db, &["ls", "-f", "csv"]).lines().count() - 1;
    assert_eq!(rows(&db), 3);
    ok(&db, &["rm", &id]);
    assert_eq!(rows(&db), 0);
    assert_eq!(ok(&db, &["claims"]).trim(), "nothing waits to be reimbursed or collected");
    assert_eq!(ok(&db, &["report", "monthly", "--format", "csv"]).lines().count(), 1, "no month is left");
    ok(&db, &["undo"]);
    assert_eq!(rows(&db), 3);
    assert!(ok(&db, &["claims", "-f", "csv"]).contains(",share,小王,35.00,35.00,"));
    assert_eq!(month(&db, "2026-11"), "0.00,0.00,35.00,-35.00,");
}

/// Editing a paid row moves its offsets to its new category and date, and
/// refuses an amount below what others owe of it, writing nothing.
#[test]
fn editing_a_paid_row_keeps_its_offsets_aligned() {
    let (_dir, db) = ledger();
    let id = id_of(&ok(&db, &["add", "140", "-c", "food", "-d", "2026-10-25", "--split", "4"]));
    ok(&db, &["edit", &id, "-c", "entertainment", "-d", "2026-11-02"]);
    let csv = ok(&db, &["claims", "-f", "csv"]);
    assert!(csv.contains(&format!("{id},2026-11-02,,entertainment,share,others,105.00,105.00,34,CNY")), "{csv}");
    let ls = ok(&db, &["ls", "-f", "csv"]);
    assert_eq!(ls.lines().filter(|l| l.contains("2026-11-02") && l.contains("entertainment")).count(), 2, "{ls}");
    let report = ok(&db, &["report", "monthly", "--format", "csv"]);
    assert!(!report.contains("2026-10"), "nothing is left in October: {report}");
    assert_eq!(month(&db, "2026-11"), "0.00,0.00,35.00,-35.00,");
    refused(&db, &["edit", &id, "--amount", "100"], "at least the ¥105.00 others owe");
    refused(&db, &["edit", &id, "-c", "salary"], "must stay a payment");
    ok(&db, &["edit", &id, "--amount", "200"]);
    assert_eq!(month(&db, "2026-11"), "0.00,0.00,95.00,-95.00,", "a bigger bill is mine beyond the shares");
}

/// `claims` reads what waits in a fixed number of queries, not a few per
/// claim: three claims (a split of 100 three ways with 小王: 小王's and
/// others' shares, and a 300 trip to be reimbursed) and then nine run the
/// same count, and the lines are as before.
#[test]
fn what_waits_is_read_in_a_fixed_number_of_queries() {
    use nestegg::store::Store;
    let (_dir, db) = ledger();
    let read = |db: &Path| {
        let mut store = Store::open(db).unwrap();
        let seen = store.record_statements().unwrap();
        let lines = nestegg::ops::claims::waiting(&store).unwrap();
        let queries = seen.lock().unwrap().iter().filter(|s| !s.starts_with("--")).count();
        (lines.len(), queries)
    };
    let add = |day: &str| {
        ok(&db, &["add", "100", "-c", "food", "-d", day, "--split", "3", "--with", "小王"]);
        ok(&db, &["add", "300", "-c", "travel", "-d", day, "--reimburse"]);
    };
    add("2026-11-01");
    let (lines, queries) = read(&db);
    assert_eq!(lines, 3);
    assert!(queries <= 3, "{queries} queries for 3 claims");
    add("2026-11-02");
    add("2026-11-03");
    assert_eq!(read(&db), (9, queries));
    let csv = ok(&db, &["claims", "-f", "csv"]);
    assert_eq!(csv.lines().filter(|l| l.contains(",share,小王,33.33,33.33,")).count(), 3, "{csv}");
    assert_eq!(csv.lines().filter(|l| l.contains(",reimburse,")).count(), 3, "{csv}");
}
