//! Tags (issue 26): typed in quick add (`+旅行`), on the command line
//! (`add --tag`, `edit --tag/--untag`), filtered (`tag:`, `ls --tag`),
//! summed (`report tags`), undone as one step, and carried through every
//! export and back in through nestegg's CSV.

use crate::common;

use common::Cli;
use nestegg::input::{parse_filter, parse_quick_add};
use nestegg::model::{Tags, TxnFilter};
use nestegg::money::Currency;

fn tags(s: &str) -> Tags {
    Tags::parse(s).unwrap()
}

#[test]
fn quick_add_takes_plus_words_as_tags_and_leaves_amounts_alone() {
    let q = parse_quick_add("35 火锅 +旅行 @wechat ＋出差 +86 #food +旅行").unwrap();
    assert_eq!(q.amount, "35");
    assert_eq!(q.payee, "火锅 +86", "+86 starts like an amount: it stays in the payee");
    assert_eq!(q.account.as_deref(), Some("wechat"));
    assert_eq!(q.category.as_deref(), Some("food"));
    assert_eq!(q.tags.stored(), "出差 旅行");
    // A leading date, and an amount that itself adds (`30+4.5`), are untouched.
    let q = parse_quick_add("y 30+4.5 午饭 +work").unwrap();
    assert_eq!((q.date.as_deref(), q.amount.as_str(), q.payee.as_str()), (Some("y"), "30+4.5", "午饭"));
    assert_eq!(q.tags, tags("work"));
    // A lone `+` is a payee word; too many tags are refused, not cut.
    assert_eq!(parse_quick_add("5 a + b").unwrap().payee, "a + b");
    let err = parse_quick_add("5 x +a +b +c +d +e +f +g +h +i").unwrap_err();
    assert!(err.contains("9 tags") && err.contains("at most 8"), "{err}");
}

#[test]
fn the_filter_reads_one_tag() {
    let q = parse_filter("tag:旅行 火锅", Currency::CNY).unwrap();
    assert_eq!(q.tag.as_deref(), Some("旅行"));
    assert_eq!(q.text.as_deref(), Some("火锅"));
    assert_eq!(parse_filter("tag:+旅行", Currency::CNY).unwrap().tag.as_deref(), Some("旅行"));
    assert!(parse_filter("tag:a,b", Currency::CNY).unwrap_err().contains("one tag"));
    assert!(parse_filter("tag:", Currency::CNY).is_err());
}

/// The rows of `ls --format csv`, header checked and dropped.
fn rows(l: &Cli, args: &[&str]) -> Vec<Vec<String>> {
    let out = l.ok(&[&["ls", "--format", "csv"], args].concat());
    let mut r = csv::ReaderBuilder::new().has_headers(false).from_reader(out.as_bytes());
    let mut rows: Vec<Vec<String>> = r.records().map(|rec| rec.unwrap().iter().map(str::to_owned).collect()).collect();
    assert_eq!(rows.remove(0).join(","), "id,date,account,category,class,payee,note,amount,currency,tags");
    rows
}

/// The trip of `report::tags`' worked example, through the command line.
fn trip() -> Cli {
    let l = Cli::new();
    l.ok(&["add", "412.50", "-c", "transport", "-d", "2026-10-02", "-p", "12306", "--tag", "旅行", "--tag", "+出差"]);
    l.ok(&["add", "600", "-c", "rent", "-d", "2026-10-02", "-p", "汉庭", "-t", "旅行,出差"]);
    l.ok(&["add", "88", "-c", "food", "-d", "2026-10-03", "-p", "老厨家", "-t", "旅行"]);
    l.ok(&["add", "-100", "-c", "rent", "-d", "2026-10-04", "-p", "汉庭", "-t", "出差 旅行"]);
    l.ok(&["add", "1200", "-c", "salary", "-d", "2026-10-20", "-p", "差旅补贴", "-t", "出差"]);
    l.ok(&["add", "35", "-c", "food", "-d", "2026-10-05", "-p", "食堂"]);
    l.ok(&["add", "50", "-c", "food", "-d", "2026-11-01", "-p", "中央大街", "-t", "旅行"]);
    l
}

#[test]
fn add_ls_and_edit_carry_tags_and_each_edit_undoes_as_one_step() {
    let l = trip();
    let all = rows(&l, &[]);
    let tags_of = |id: &str| all.iter().find(|r| r[0] == id).unwrap()[9].clone();
    assert_eq!(tags_of("1"), "出差 旅行", "sorted, distinct, the + taken off");
    assert_eq!(tags_of("6"), "");
    let ids = |args: &[&str]| rows(&l, args).iter().map(|r| r[0].clone()).collect::<Vec<_>>();
    assert_eq!(ids(&["--tag", "旅行"]), ["7", "4", "3", "2", "1"]);
    assert_eq!(ids(&["--tag", "出差", "--month", "2026-10"]), ["5", "4", "2", "1"]);
    assert_eq!(ids(&["--tag", "旅"]), Vec::<String>::new(), "a tag matches whole");

    l.ok(&["edit", "6", "--tag", "旅行", "--tag", "午饭"]);
    assert_eq!(rows(&l, &["--tag", "午饭"])[0][9], "午饭 旅行");
    l.ok(&["edit", "6", "--untag", "旅行"]);
    assert_eq!(rows(&l, &["--tag", "午饭"])[0][9], "午饭");
    l.ok(&["undo"]);
    assert_eq!(rows(&l, &["--tag", "午饭"])[0][9], "午饭 旅行", "undo takes back one edit");
    l.ok(&["undo"]);
    assert!(rows(&l, &["--tag", "午饭"]).is_empty());
    assert_eq!(rows(&l, &[]).iter().find(|r| r[0] == "6").unwrap()[9], "");
    l.ok(&["redo"]);
    assert_eq!(rows(&l, &["--tag", "午饭"])[0][9], "午饭 旅行");

    // Refusals write nothing.
    l.fails(&["edit", "6", "--tag", "旅行"], "nothing to change");
    l.fails(&["add", "5", "-c", "food", "-t", "a b c d e f g h i"], "9 tags are too many");
    l.fails(&["add", "5", "-c", "food", "-t", &"长".repeat(25)], "at most 24 characters");
    l.fails(&["add", "5", "-c", "food", "-t", "a:b"], "':'");
    l.fails(&["ls", "--tag", "a b"], "one tag");
    assert_eq!(rows(&l, &[]).len(), 7);
}

#[test]
fn report_tags_matches_the_hand_computation() {
    let l = trip();
    // October by hand: 旅行 412.50 + 600 + 88 − 100 = 1,000.50 over 4 rows;
    // 出差 412.50 + 600 − 100 = 912.50 and 1,200 of income over 4 rows.
    let csv = l.ok(&["report", "tags", "--month", "2026-10", "-f", "csv"]);
    assert_eq!(csv, "tag,count,spending,income,currency\n旅行,4,1000.50,0.00,CNY\n出差,4,912.50,1200.00,CNY\n");
    // All time: November's 50 joins 旅行.
    let csv = l.ok(&["report", "tags", "-f", "csv"]);
    assert_eq!(csv, "tag,count,spending,income,currency\n旅行,5,1050.50,0.00,CNY\n出差,4,912.50,1200.00,CNY\n");
    let csv = l.ok(&["report", "tags", "--from", "2026-10-03", "--to", "2026-10-31", "-f", "csv"]);
    // From the 3rd: 旅行 88 − 100 = −12.00; 出差 −100.00 and 1,200 (most spending first).
    assert_eq!(csv, "tag,count,spending,income,currency\n旅行,2,-12.00,0.00,CNY\n出差,2,-100.00,1200.00,CNY\n");
    let json: serde_json::Value =
        serde_json::from_str(&l.ok(&["report", "tags", "--month", "2026-10", "-f", "json"])).unwrap();
    assert_eq!(
        json[1],
        serde_json::json!({"tag": "出差", "count": 4, "spending": "912.50", "income": "1200.00", "currency": "CNY"})
    );
    let table = l.ok(&["report", "tags", "--month", "2026-10"]);
    assert!(table.contains("+旅行") && table.contains("¥1,000.50") && table.contains("¥1,200.00"), "{table}");
    let zh = l.ok(&["--lang", "zh", "report", "tags", "--month", "2026-09"]);
    assert!(zh.contains("没有带标签的账目"), "{zh}");
}

#[test]
fn a_tag_filter_sums_rows_not_the_kept_month_totals() {
    let l = trip();
    let store = nestegg::store::Store::open(&l.path).unwrap();
    let october = |tag: Option<&str>| TxnFilter {
        from: Some("2026-10-01".parse().unwrap()),
        to: Some("2026-10-31".parse().unwrap()),
        tag: tag.map(Into::into),
        ..TxnFilter::default()
    };
    let sums = |f| {
        let mut s = store.class_sums(&f).unwrap();
        s.sort_by_key(|(c, _)| c.as_str());
        s.into_iter().map(|(c, v)| (c.as_str().to_owned(), v)).collect::<Vec<_>>()
    };
    // Whole month, no tag: the kept totals (35 of lunch joins the spending).
    assert_eq!(
        sums(october(None)),
        [("housing".into(), -50_000), ("income".into(), 120_000), ("spending".into(), -53_550)]
    );
    // 旅行 only: 600 − 100 of housing, 412.50 + 88 of spending, no income.
    assert_eq!(sums(october(Some("旅行"))), [("housing".into(), -50_000), ("spending".into(), -50_050)]);
}

#[test]
fn tags_round_trip_through_export_and_import() {
    let l = trip();
    l.ok(&["transfer", "300", "--from", "bank", "--to", "wechat", "-d", "2026-10-01"]);
    l.ok(&["edit", "8", "--tag", "旅行"]);
    let file = l.dir.path().join("all.csv");
    l.ok(&["export", "-f", "csv", "-o", file.to_str().unwrap()]);
    let fresh = Cli::new();
    fresh.ok(&["import", file.to_str().unwrap()]);
    let pick = |c: &Cli| {
        let mut r: Vec<(String, String, String)> =
            rows(c, &[]).into_iter().map(|r| (r[1].clone(), r[5].clone(), r[9].clone())).collect();
        r.sort();
        r
    };
    assert_eq!(pick(&fresh), pick(&l), "every row keeps its tags, a transfer leg its own");
    // The import is one bulk step: undone (its rows stashed) and redone, the tags come back.
    fresh.ok(&["undo"]);
    assert!(rows(&fresh, &[]).is_empty());
    fresh.ok(&["redo"]);
    assert_eq!(pick(&fresh), pick(&l), "redo brings the stashed rows back with their tags");
    // A deleted row comes back with its tags too.
    let before = pick(&fresh);
    fresh.ok(&["rm", "1"]);
    fresh.ok(&["undo"]);
    assert_eq!(pick(&fresh), before);
    assert!(pick(&fresh).iter().any(|(_, _, t)| t == "旅行") && pick(&fresh).iter().any(|(_, _, t)| t.is_empty()));
    assert_eq!(
        fresh.ok(&["report", "tags", "-f", "csv"]),
        l.ok(&["report", "tags", "-f", "csv"]),
        "the same figures by tag"
    );

    // JSON rows list them; the journal writes them as hledger tags.
    let json: serde_json::Value = serde_json::from_str(&l.ok(&["ls", "-f", "json", "--tag", "出差"])).unwrap();
    assert_eq!(json[0]["tags"], serde_json::json!(["出差"]));
    assert_eq!(json[3]["tags"], serde_json::json!(["出差", "旅行"]));
    let journal = l.ok(&["export", "-f", "ledger", "--to", "2026-10-02"]);
    assert!(journal.contains("2026-10-02 12306\n    ; 出差:, 旅行:\n"), "{journal}");
    assert!(journal.contains("    ; 旅行:\n"), "the transfer carries its leg's tag: {journal}");

    // The journal read back (hledger's own tags too): each row its tags, a
    // transfer's both legs the one tag line the journal has for them.
    let whole = l.dir.path().join("all.journal");
    l.ok(&["export", "-f", "ledger", "-o", whole.to_str().unwrap()]);
    let read = Cli::new();
    read.ok(&["import", whole.to_str().unwrap()]);
    // The transfer (300 from the bank to WeChat on Oct 1) is the day's only row.
    let leg = |r: &(String, String, String)| r.0 == "2026-10-01";
    let (back, before) = (pick(&read), pick(&l));
    assert_eq!(back.len(), before.len(), "{back:?}");
    let categorised = |v: &[(String, String, String)]| v.iter().filter(|r| !leg(r)).cloned().collect::<Vec<_>>();
    assert_eq!(categorised(&back), categorised(&before), "every categorised row keeps its tags");
    assert_eq!(back.iter().filter(|r| leg(r)).map(|r| r.2.as_str()).collect::<Vec<_>>(), ["旅行", "旅行"]);
    assert_eq!(read.ok(&["report", "tags", "-f", "csv"]), l.ok(&["report", "tags", "-f", "csv"]));
    let hledger = l.dir.path().join("theirs.journal");
    std::fs::write(
        &hledger,
        "2026-11-03 Ramen  ; trip:japan, 12:30 lunch\n    ; 美食:\n    expenses:food    ¥80.00\n    assets:Bank card  ; card:visa\n",
    )
    .unwrap();
    let theirs = Cli::new();
    theirs.ok(&["import", hledger.to_str().unwrap()]);
    assert_eq!(rows(&theirs, &[])[0][9], "card trip 美食", "a value is left, a time is no tag");

    // A file of the nine columns nestegg wrote before tags still imports.
    let old = l.dir.path().join("old.csv");
    std::fs::write(
        &old,
        "id,date,account,category,class,payee,note,amount,currency\n,2026-11-02,Bank card,food,spending,旧,,-1.00,CNY\n",
    )
    .unwrap();
    let older = Cli::new();
    older.ok(&["import", old.to_str().unwrap()]);
    assert_eq!(rows(&older, &[])[0][5..].join(","), "旧,,-1.00,CNY,");
    // A row whose tags break the rules is refused with the reason.
    let bad = l.dir.path().join("bad.csv");
    std::fs::write(
        &bad,
        "id,date,account,category,class,payee,note,amount,currency,tags\n,2026-11-02,Bank card,food,spending,x,,-1.00,CNY,a:b\n",
    )
    .unwrap();
    let err = older.fails(&["import", bad.to_str().unwrap()], "cannot be imported");
    assert!(err.contains("a:b"), "{err}");
}

/// The interface: quick add's `+旅行`, the Ledger showing it, `t` changing
/// a row's tags as one undoable step, and `tag:` in the filter.
#[test]
fn the_ledger_types_shows_edits_and_filters_tags() {
    use common::{Session, screen};
    let s = Session::new();
    s.run("i35 火锅 +旅行 ＋出差<Enter>", (100, 30));
    s.run("i12 食堂<Enter>", (100, 30));
    let rows = s.rows();
    let hotpot = rows.iter().find(|t| t.payee == "火锅").unwrap();
    assert_eq!((hotpot.amount, hotpot.tags.stored().as_str()), (-3500, "出差 旅行"));
    // The newest row (食堂) is selected: down once to the hot pot.
    let shown = screen(&s.run("", (100, 30)));
    assert!(shown.contains("火锅 +出差 +旅行"), "{shown}");
    // `t`: typing adds to the tags shown; Ctrl-U clears them.
    s.run("jt 午饭<Enter>", (100, 30));
    assert_eq!(s.rows().iter().find(|t| t.payee == "火锅").unwrap().tags.stored(), "出差 午饭 旅行");
    s.run("jt<C-u>work<Enter>", (100, 30));
    assert_eq!(s.rows().iter().find(|t| t.payee == "火锅").unwrap().tags.stored(), "work");
    s.run("u", (100, 30));
    assert_eq!(s.rows().iter().find(|t| t.payee == "火锅").unwrap().tags.stored(), "出差 午饭 旅行", "one step");
    // Refused tags write nothing and say why.
    let refused = screen(&s.run("jt a:b<Enter>", (100, 30)));
    assert!(refused.contains("':'"), "{refused}");
    assert_eq!(s.rows().iter().find(|t| t.payee == "火锅").unwrap().tags.stored(), "出差 午饭 旅行");
    // The filter keeps tagged rows only; the header sums them.
    let filtered = screen(&s.run("/tag:旅行<Enter>", (100, 30)));
    assert!(filtered.contains("火锅") && !filtered.contains("食堂"), "{filtered}");
    let help = screen(&s.run("?", (100, 40)));
    assert!(help.contains("tags of the selected transaction"), "{help}");
}

/// `ls` shows a row's tags in a TAGS column right after NOTE (标签 in
/// Chinese), `+出差 +旅行` as quick add takes them back; a table where no
/// row shown has tags leaves the column out, so it reads as before. The
/// CSV keeps its ten columns (its header is a contract).
#[test]
fn ls_shows_tags_after_the_note() {
    let l = Cli::new();
    l.ok(&["add", "412.50", "-c", "transport", "-d", "2026-10-02", "-p", "12306", "-n", "高铁", "-t", "旅行,出差"]);
    l.ok(&["add", "25", "-c", "food", "-d", "2026-10-03", "-p", "食堂"]);
    let table = l.ok(&["ls"]);
    let header = table.lines().next().unwrap();
    let at = |s: &str| header.find(s).unwrap_or_else(|| panic!("no {s} in {header}"));
    assert!(at("NOTE") < at("TAGS") && at("TAGS") < at("AMOUNT"), "{table}");
    let row = table.lines().find(|l| l.contains("12306")).unwrap();
    assert!(row.contains("高铁  +出差 +旅行"), "{table}");
    let zh = l.ok(&["--lang", "zh", "ls"]);
    assert!(zh.lines().next().unwrap().contains("备注  标签"), "{zh}");
    let untagged = l.ok(&["ls", "-n", "1"]);
    assert!(untagged.contains("食堂") && !untagged.contains("TAGS"), "{untagged}");
    let csv = l.ok(&["ls", "-f", "csv"]);
    assert_eq!(csv.lines().next(), Some("id,date,account,category,class,payee,note,amount,currency,tags"));
}
