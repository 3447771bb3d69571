//! The command line in Chinese: each test sets the language on its own
//! thread and calls `nestegg::cli::run` as the binary does, on a demo
//! household. Tables say their headers in Chinese, show shipped names in
//! Chinese and align by display width; csv and json are the same bytes in
//! both languages (they are contracts for other programs).

use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveDateTime};
use clap::Parser;
use nestegg::cli::{self, Cli};
use nestegg::text::{self, Lang};
use tempfile::TempDir;
use unicode_width::UnicodeWidthStr;

fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 3, 15).unwrap().and_hms_opt(12, 0, 0).unwrap()
}

/// A ledger in its own temporary directory.
struct Ledger {
    _dir: TempDir,
    path: PathBuf,
}

impl Ledger {
    /// Two demo years, written in English (the language does not reach the ledger).
    fn demo() -> Ledger {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ledger.db");
        let l = Ledger { _dir: dir, path };
        text::in_lang(Lang::En, || l.ok(&["demo", "--months", "24"]));
        l
    }

    fn run(&self, args: &[&str]) -> Result<String, String> {
        run(&self.path, args)
    }

    fn ok(&self, args: &[&str]) -> String {
        self.run(args).unwrap_or_else(|e| panic!("{args:?} failed: {e}"))
    }

    fn err(&self, args: &[&str]) -> String {
        match self.run(args) {
            Ok(out) => panic!("{args:?} succeeded: {out}"),
            Err(e) => e,
        }
    }

    /// The output of `args` in English and in Chinese, which must be the same bytes.
    fn same_in_both(&self, args: &[&str]) -> String {
        let en = text::in_lang(Lang::En, || self.ok(args));
        let zh = text::in_lang(Lang::Zh, || self.ok(args));
        assert_eq!(en, zh, "{args:?} differs between the languages");
        assert!(!en.is_empty(), "{args:?} printed nothing");
        en
    }
}

/// Runs one command against `db` in the thread's language, as `main` does.
fn run(db: &Path, args: &[&str]) -> Result<String, String> {
    let argv = ["nestegg", "--db", db.to_str().unwrap()].into_iter().chain(args.iter().copied());
    let parsed = Cli::try_parse_from(argv).map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    cli::run(parsed.command.as_ref().expect("a command"), db, now(), &mut out).map_err(|e| e.to_string())?;
    Ok(String::from_utf8(out).expect("output is UTF-8"))
}

/// Where each cell of a line ends, in display columns.
fn ends(line: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut col = 0;
    let mut in_cell = false;
    let mut spaces = 0;
    for ch in line.chars() {
        let w = ch.to_string().width();
        if ch == ' ' {
            spaces += 1;
            if spaces == 2 && in_cell {
                out.push(col - 1);
                in_cell = false;
            }
        } else {
            spaces = 0;
            in_cell = true;
        }
        col += w;
    }
    if in_cell {
        out.push(col);
    }
    out
}

/// Every line of a full table has the same display width (CJK counted as two columns).
fn assert_aligned(table: &str) {
    let widths: Vec<usize> = table.lines().map(UnicodeWidthStr::width).collect();
    assert!(widths.len() > 1 && widths.windows(2).all(|w| w[0] == w[1]), "ragged table {widths:?}:\n{table}");
}

#[test]
fn ls_speaks_chinese_and_aligns_chinese_names() {
    text::set_lang(Lang::Zh);
    let l = Ledger::demo();
    let out = l.ok(&["ls", "--limit", "30"]);
    let header = out.lines().next().unwrap();
    for word in ["编号", "日期", "账户", "分类", "对方", "备注", "金额"] {
        assert!(header.contains(word), "{header}");
    }
    assert!(out.contains("餐饮") || out.contains("买菜"), "shipped categories in Chinese:\n{out}");
    assert!(!out.contains(" food "), "{out}");
    // The amount column is right-aligned: every line ends at the same display column.
    assert_aligned(&out);
    let id_end = ends(header)[0];
    for line in out.lines().skip(1) {
        assert_eq!(ends(line)[0], id_end, "{line}");
    }
}

#[test]
fn accounts_and_categories_list_in_chinese() {
    text::set_lang(Lang::Zh);
    let l = Ledger::demo();
    let accounts = l.ok(&["accounts"]);
    let header = accounts.lines().next().unwrap();
    assert_eq!(cells(header), ["名称", "类型", "币种", "余额"], "{accounts}");
    assert!(accounts.contains("银行卡") && accounts.contains("银行"), "{accounts}");
    // The balance column ends where its header does.
    let balance_end = ends(header)[3];
    for line in accounts.lines().skip(1) {
        assert_eq!(ends(line)[3], balance_end, "{accounts}");
    }
    let categories = l.ok(&["categories"]);
    assert_eq!(cells(categories.lines().next().unwrap()), ["名称", "类别", "上级"], "{categories}");
    for word in ["工资", "收入", "房租", "住房", "餐饮", "支出"] {
        assert!(categories.contains(word), "{word}:\n{categories}");
    }
    // The class column starts at the same display column on every line.
    let class_start = starts(categories.lines().next().unwrap())[1];
    for line in categories.lines().skip(1) {
        assert_eq!(starts(line)[1], class_start, "{categories}");
    }
}

/// Where each cell of a line starts, in display columns.
fn starts(line: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut col = 0;
    let mut spaces = 2;
    for ch in line.chars() {
        if ch == ' ' {
            spaces += 1;
        } else {
            if spaces >= 2 {
                out.push(col);
            }
            spaces = 0;
        }
        col += ch.to_string().width();
    }
    out
}

/// A line's cells: columns are separated by at least two spaces.
fn cells(line: &str) -> Vec<&str> {
    line.split("  ").map(str::trim).filter(|c| !c.is_empty()).collect()
}

#[test]
fn the_monthly_report_table_is_chinese_and_its_csv_and_json_are_not() {
    text::set_lang(Lang::Zh);
    let l = Ledger::demo();
    let out = l.ok(&["report", "monthly"]);
    assert_eq!(cells(out.lines().next().unwrap()), ["月份", "收入", "住房", "支出", "储蓄", "储蓄率"], "{out}");
    assert_aligned(&out);
    let by = l.ok(&["report", "monthly", "--by", "category"]);
    assert!(by.lines().next().unwrap().contains("餐饮"), "{by}");
    assert_aligned(&by);
    let cats = l.ok(&["report", "categories", "--month", "2026-02"]);
    assert!(cats.contains("占比") && cats.contains("（合计）") && cats.contains("住房"), "{cats}");
    for args in [
        &["report", "monthly", "-f", "csv"][..],
        &["report", "monthly", "-f", "json"],
        &["report", "monthly", "--by", "category", "-f", "csv"],
        &["report", "categories", "--month", "2026-02", "-f", "json"],
    ] {
        let machine = l.same_in_both(args);
        assert!(!machine.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "{args:?}:\n{machine}");
    }
    // The demo's payees are Chinese; the names and the header stay as stored.
    let csv = l.same_in_both(&["ls", "--limit", "20", "-f", "csv"]);
    assert!(
        csv.starts_with("id,date,account,category,class,payee,note,amount,currency,tags\n") && csv.contains(",food,")
    );
    l.same_in_both(&["ls", "--limit", "20", "-f", "json"]);
}

#[test]
fn add_confirms_in_chinese_and_takes_a_chinese_category_name() {
    text::set_lang(Lang::Zh);
    let l = Ledger::demo();
    let out = l.ok(&["add", "25", "--category", "餐饮", "--payee", "美团外卖", "--date", "2026-03-14"]);
    assert!(out.starts_with("已记下 #") && out.contains("-¥25.00 餐饮") && out.contains("（支出）"), "{out}");
    let en = text::in_lang(Lang::En, || l.ok(&["ls", "--search", "美团外卖", "-f", "csv"]));
    assert!(en.contains(",food,spending,美团外卖,"), "stored as the English name:\n{en}");
    let id = out["已记下 #".len()..].split('：').next().unwrap();
    let edited = l.ok(&["edit", id, "--category", "买菜"]);
    assert!(edited.starts_with(&format!("已修改 #{id}：2026-03-14 -¥25.00 买菜，银行卡")), "{edited}");
    let ls = l.ok(&["ls", "--category", "买", "--limit", "3"]);
    assert!(ls.contains("美团外卖"), "a prefix of a Chinese name picks it: {ls}");
    l.ok(&["edit", id, "--category", "餐饮"]);
    let ls = l.ok(&["ls", "--category", "餐饮", "--limit", "3"]);
    assert!(ls.contains("美团外卖"), "{ls}");
}

#[test]
fn errors_are_chinese() {
    text::set_lang(Lang::Zh);
    let l = Ledger::demo();
    // Suggestions share a character with what was typed; none do for 猫粮.
    let e = l.err(&["add", "25", "--category", "猫粮"]);
    assert_eq!(e, "没有名为“猫粮”的分类；全部见 `nestegg categories`");
    let e = l.err(&["add", "25", "--category", "餐馆"]);
    assert!(e.starts_with("没有名为“餐馆”的分类；最接近的：餐饮。"), "{e}");
    let e = l.err(&["add", "0", "--category", "餐饮"]);
    assert_eq!(e, "金额为零；请输入付出或收到的金额，例如 25");
    let e = l.err(&["ls", "--from", "2026-03-01", "--to", "2026-02-01"]);
    assert_eq!(e, "--from 2026-03-01 晚于 --to 2026-02-01；请对调");
    let e = l.err(&["budget", "set", "工资", "100"]);
    assert!(e.contains("“工资”是收入分类"), "{e}");
    let e = text::in_lang(Lang::En, || l.err(&["budget", "set", "工资", "100"]));
    assert!(e.contains("'salary' is an income category"), "the Chinese name finds it in English too: {e}");
}

#[test]
fn budget_in_chinese() {
    text::set_lang(Lang::Zh);
    let l = Ledger::demo();
    let set = l.ok(&["budget", "set", "餐饮", "1200", "--from", "2026-01"]);
    assert_eq!(set, "餐饮：从 2026-01 起每月 ¥1,200.00，不结转\n");
    l.ok(&["budget", "set", "transport", "1", "--from", "2026-01"]);
    let out = l.ok(&["budget", "--month", "2026-02"]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(cells(lines[0]), ["分类", "预算", "已花", "剩余"], "{out}");
    assert!(out.contains("餐饮") && out.contains("! 交通"), "{out}");
    assert!(out.contains("2026-02：预算 ¥1,201.00，收入 ¥"), "{out}");
    assert!(out.contains("超支（!）：交通"), "{out}");
    // The figures end where their headers do.
    let header_ends = ends(lines[0]);
    for line in &lines[1..3] {
        assert_eq!(&ends(line)[1..4], &header_ends[1..4], "{out}");
    }
    l.same_in_both(&["budget", "--month", "2026-02", "-f", "json"]);
    l.same_in_both(&["budget", "--month", "2026-02", "-f", "csv"]);
}

#[test]
fn project_in_chinese() {
    text::set_lang(Lang::Zh);
    let l = Ledger::demo();
    let out = l.ok(&["project", "--months", "36"]);
    assert!(out.starts_with("基准：6 个完整月份的平均数，"), "{out}");
    assert!(out.contains("每月储蓄") && out.contains("按 4.00% 提取率实现财务自由："), "{out}");
    let table: String = out.lines().skip(4).take_while(|l| !l.is_empty()).map(|l| format!("{l}\n")).collect();
    assert_eq!(cells(table.lines().next().unwrap()), ["月份", "余额", "折合今天", "累计存入", "收益", "储蓄率"]);
    assert_aligned(&table);
    let json = l.same_in_both(&["project", "--months", "36", "-f", "json"]);
    assert!(json.contains("\"baseline\": \"mean of 6 complete month(s)"), "{json}");
    l.same_in_both(&["project", "--months", "36", "-f", "csv"]);
}

#[test]
fn relocate_compare_in_chinese() {
    text::set_lang(Lang::Zh);
    let l = Ledger::demo();
    let added = l.ok(&["relocate", "add", "Hegang", "--city", "Hegang", "--moving-costs", "3000"]);
    assert!(added.starts_with("已添加方案“Hegang”："), "{added}");
    let out = l.ok(&["relocate", "compare"]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(cells(lines[0]), ["留下", "Hegang"], "{out}");
    for word in ["收入", "生活费", "储蓄率", "一次性花费", "回本", "10 年后净资产", "净资产 = "]
    {
        assert!(out.contains(word), "{word}:\n{out}");
    }
    let table: String = lines
        .iter()
        .take_while(|l| !l.starts_with("净资产 =") && !l.starts_with("* "))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_aligned(&table);
    l.same_in_both(&["relocate", "compare", "-f", "csv"]);
    l.same_in_both(&["relocate", "compare", "-f", "json"]);
}

#[test]
fn mortgage_in_chinese() {
    text::set_lang(Lang::Zh);
    let l = Ledger::demo();
    let args = ["mortgage", "--principal", "300000", "--rate", "4.9", "--years", "20"];
    let out = l.ok(&[&args[..], &["--schedule"]].concat());
    assert!(out.starts_with("¥300,000.00 等额本息，20 年，年利率 4.90%\n  首月还款 ¥1,963.33"), "{out}");
    assert!(out.contains("总利息") && out.contains("（逐月明细：--schedule --format csv）"), "{out}");
    let table: String = out.lines().skip(5).take_while(|l| !l.starts_with('（')).map(|l| format!("{l}\n")).collect();
    assert_eq!(cells(table.lines().next().unwrap()), ["年", "还款", "利息", "本金", "余额"], "{out}");
    assert_eq!(table.lines().count(), 21);
    assert_aligned(&table);
    l.same_in_both(&[&args[..], &["--schedule", "-f", "csv"]].concat());
    l.same_in_both(&[&args[..], &["-f", "json"]].concat());
}

#[test]
fn recurring_and_goals_in_chinese() {
    text::set_lang(Lang::Zh);
    let l = Ledger::demo();
    let added = l.ok(&["recurring", "add", "房租", "--amount", "1500", "--category", "房租", "--day", "20"]);
    assert!(added.starts_with("已添加“房租”：-¥1,500.00"), "{added}");
    let list = l.ok(&["recurring"]);
    let header = ["名称", "金额", "周期", "下次", "账户", "分类", "年涨幅"];
    assert_eq!(cells(list.lines().next().unwrap()), header, "{list}");
    assert!(list.contains("银行卡"), "{list}");
    let goal = l.ok(&["goals", "add", "鹤岗买房", "--target", "37500", "--by", "2027-12"]);
    assert_eq!(goal, "已添加目标“鹤岗买房”：¥37,500.00，至 2027-12\n");
    let goals = l.ok(&["goals"]);
    assert!(goals.starts_with("目标") && goals.contains("按目前速度"), "{goals}");
}

#[test]
fn english_stays_as_it_was() {
    text::set_lang(Lang::En);
    let l = Ledger::demo();
    let out = l.ok(&["add", "25", "--category", "food", "--payee", "lunch", "--date", "2026-03-14"]);
    assert!(out.starts_with("added #") && out.ends_with(" -¥25.00 food on Bank card (spending)\n"), "{out}");
    assert!(l.ok(&["report", "monthly"]).starts_with("MONTH"));
}

/// The tables as a reader sees them, to read and keep: a demo household at a fixed date.
#[test]
fn chinese_tables_read_well() {
    text::set_lang(Lang::Zh);
    let l = Ledger::demo();
    l.ok(&["budget", "set", "餐饮", "1200", "--from", "2026-01"]);
    l.ok(&["budget", "set", "交通", "10", "--from", "2026-01"]);
    l.ok(&["goals", "add", "鹤岗买房", "--target", "37500", "--by", "2027-12"]);
    let mut shown = String::new();
    for args in [
        &["ls", "--limit", "8"][..],
        &["accounts"],
        &["report", "monthly", "--from", "2025-12"],
        &["report", "categories", "--month", "2026-02"],
        &["budget", "--month", "2026-02"],
        &["project", "--months", "24"],
        &["goals"],
        &["mortgage", "--principal", "300000", "--rate", "4.9", "--years", "3", "--schedule"],
        &["check"],
        &["add", "3", "--category", "交", "--payee", "公交"],
        &["transfer", "100", "--from", "银行卡", "--to", "现金"],
    ] {
        shown += &format!("$ nestegg {}\n{}\n", args.join(" "), l.ok(args));
    }
    for args in [
        &["add", "3", "--category", "x"][..],
        &["relocate", "show", "留下"],
        &["relocate", "show", "不搬"],
        &["goals", "rm", "x"],
    ] {
        shown += &format!("$ nestegg {}\n{}\n\n", args.join(" "), l.err(args));
    }
    insta::assert_snapshot!(shown);
}
