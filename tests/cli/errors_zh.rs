//! Issue 11: the errors of the library below the interface and the CLI come
//! out in Simplified Chinese on a thread set to Chinese (amounts, dates, the
//! quick-add and filter lines, import files, the ledger file), and exactly as
//! before in English.

use chrono::NaiveDate;
use nestegg::import::{self, Preset};
use nestegg::input::{eval_amount, parse_date_input, parse_filter, parse_percent, parse_quick_add};
use nestegg::model::Month;
use nestegg::money::{Currency, Money};
use nestegg::recurring::{Every, Schedule};
use nestegg::store::{SCHEMA_VERSION, Store, StoreError};
use nestegg::text::{Lang, in_lang, set_lang};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

fn has_cjk(s: &str) -> bool {
    s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// An error in Chinese: it reads as Chinese and names what was typed.
fn chinese(e: impl std::fmt::Display, typed: &str) -> String {
    let text = e.to_string();
    assert!(has_cjk(&text), "not Chinese: {text}");
    assert!(text.contains(typed), "{text} does not name {typed}");
    text
}

fn sqlite_error(code: i32) -> rusqlite::Error {
    rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(code), None)
}

#[test]
fn a_bad_amount_date_percent_or_month_is_explained_in_chinese() {
    set_lang(Lang::Zh);
    let e = Money::parse("12,34", Currency::CNY).unwrap_err();
    assert_eq!(e.to_string(), "“12,34”不是金额：逗号须每三位一分，如 1,234,567");
    let e = Money::parse("1.234", Currency::CNY).unwrap_err();
    assert_eq!(e.to_string(), "“1.234”有 3 位小数，CNY 金额最多 2 位小数：请保留 2 位小数");
    chinese(Money::parse("", Currency::CNY).unwrap_err(), "金额为空");
    chinese(Money::parse("1e5", Currency::CNY).unwrap_err(), "请写成 100000");
    chinese(Money::parse("12abc", Currency::CNY).unwrap_err(), "abc");
    chinese(Currency::from_code("XYZ").unwrap_err(), "XYZ");
    chinese(eval_amount("100/0", Currency::CNY).unwrap_err(), "不能除以零");
    chinese(eval_amount("5*x", Currency::CNY).unwrap_err(), "“*”之后");

    let e = parse_date_input("soon", today()).unwrap_err();
    assert_eq!(e, "“soon”不是日期：可输入 2026-10-03、10-03、t（今天）、y（昨天）或 -2（两天前）");
    chinese("2026-13".parse::<Month>().unwrap_err(), "2026-13");
    chinese(nestegg::model::parse_date("2026-02-30").unwrap_err(), "YYYY-MM-DD");
    chinese(parse_percent("lots").unwrap_err(), "lots");
    chinese(parse_percent("5000").unwrap_err(), "-100 到 1000");
    chinese("house".parse::<nestegg::model::Class>().unwrap_err(), "house");
    chinese("piggy".parse::<nestegg::model::AccountKind>().unwrap_err(), "piggy");
}

#[test]
fn the_quick_add_and_filter_lines_explain_in_chinese() {
    set_lang(Lang::Zh);
    chinese(parse_quick_add("   ").unwrap_err(), "@账户 #分类");
    chinese(parse_filter("cat:food >abc", Currency::CNY).unwrap_err(), "abc");
    chinese(parse_filter("2026-13", Currency::CNY).unwrap_err(), "2026-13");
    // A category the quick add or a payee rule names but the ledger lacks.
    let mut rules =
        import::rules::Rules::parse("[[rule]]\ncontains = \"美团\"\ncategory = \"fooood\"\n", "r.toml").unwrap();
    let e = rules.resolve(&["food", "transport"]).unwrap_err();
    assert_eq!(e, "r.toml：规则 1：没有分类“fooood”；最接近的：餐饮, 交通");
    let e = nestegg::text::errors::no_such_name(nestegg::text::errors::record("category"), "fooood", "餐饮");
    assert_eq!(e, "没有分类“fooood”；最接近的：餐饮");
}

#[test]
fn an_unreadable_or_unknown_import_file_and_its_bad_rows_are_explained_in_chinese() {
    set_lang(Lang::Zh);
    let e = import::parse(b"hello,world\n1,2\n", None, None).unwrap_err();
    chinese(&e, "--preset generic");
    let e = import::parse(b"hello,world\n", Some(Preset::Alipay), None).unwrap_err();
    assert_eq!(
        e.to_string(),
        "不是支付宝账单：没有含“交易时间、交易分类、收/支”（或“交易号、交易创建时间、收/支”）的表头行"
    );
    let e = import::parse(b"", Some(Preset::Nestegg), None).unwrap_err();
    chinese(&e, "nestegg CSV");
    chinese(import::Mapping::parse("date").unwrap_err(), "KEY=COLUMN");
    chinese(import::Mapping::parse("when=1,amount=2").unwrap_err(), "when");

    let bill = "交易时间,交易分类,交易对方,商品说明,收/支,金额,交易状态,交易订单号\n\
                2026-10-01 12:00:00,餐饮美食,沙县小吃,午饭,支出,abc,交易成功,1\n\
                2026-10-02 12:00:00,餐饮美食,沙县小吃,午饭,支出,10.00,交易关闭,2\n";
    let parsed = import::parse(bill.as_bytes(), None, None).unwrap();
    assert_eq!(parsed.invalid.len(), 1, "{:?}", parsed.invalid);
    chinese(&parsed.invalid[0].reason, "abc");
    assert_eq!(parsed.skipped[0].reason, "交易关闭且未付款：没有资金变动");
}

#[test]
fn an_import_into_a_missing_or_archived_account_is_refused_in_chinese() {
    use nestegg::import::rules::Rules;
    use nestegg::ops::import::{ImportOptions, plan};
    set_lang(Lang::Zh);
    let mut store = Store::open_in_memory().unwrap();
    let bill = "交易时间,交易分类,交易对方,商品说明,收/支,金额,交易状态,交易订单号\n\
                2026-10-01 12:00:00,餐饮美食,沙县小吃,午饭,支出,10.00,交易成功,1\n";
    let rules = Rules::default();
    let options =
        ImportOptions { preset: None, mapping: None, account: None, rules: &rules, account_map: None, keep_apart: &[] };
    let alipay = store.accounts(true).unwrap().into_iter().find(|a| a.name == "Alipay").unwrap().id;
    store.write(|tx| tx.set_account_archived(alipay, true)).unwrap();
    let e = plan(&store, bill.as_bytes(), &options, |_| ()).unwrap_err();
    assert_eq!(e.to_string(), "账户“支付宝”已归档：可用 nestegg accounts unarchive \"支付宝\" 恢复，或换一个账户");
    store.write(|tx| tx.rename_account(alipay, "Old Alipay")).unwrap();
    let e = plan(&store, bill.as_bytes(), &options, |_| ()).unwrap_err();
    assert_eq!(e.to_string(), "没有这份账单对应的“支付宝”账户：请添加它，或用 nestegg import 加 --account 名称");
}

#[test]
fn the_ledger_file_explains_newer_busy_read_only_and_full_disks_in_chinese() {
    set_lang(Lang::Zh);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("newer.db");
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1).unwrap();
    drop(conn);
    let e = Store::open(&path).err().expect("a newer ledger is refused");
    assert_eq!(
        e.to_string(),
        format!(
            "此账本由更新版本的 nestegg 写入（结构版本 {}，本程序最高支持 {SCHEMA_VERSION}）；请升级 nestegg 后再打开——文件未被改动",
            SCHEMA_VERSION + 1
        )
    );
    let junk = dir.path().join("junk.db");
    std::fs::write(&junk, "not a ledger at all, just some words long enough to be a header").unwrap();
    chinese(Store::open(&junk).err().expect("not a ledger"), "不是 nestegg 账本");

    assert_eq!(
        StoreError::from(sqlite_error(5)).to_string(),
        "账本正忙：另一个 nestegg 正在写入；未做任何更改，请稍后再试"
    );
    chinese(StoreError::from(sqlite_error(13)), "磁盘已满");
    chinese(StoreError::from(sqlite_error(8)), "只读");
    chinese(StoreError::ReadOnlyFile { path: path.clone() }, &path.display().to_string());

    let mut store = Store::open_in_memory().unwrap();
    chinese(store.txn(999).unwrap_err(), "没有编号为 999 的交易");
    let e = store.write(|tx| tx.add_account("Cash", nestegg::model::AccountKind::Cash, Currency::CNY)).unwrap_err();
    assert_eq!(e.to_string(), "账户“Cash”已存在，请换个名字");
}

#[test]
fn schedules_and_chart_spans_read_in_chinese() {
    set_lang(Lang::Zh);
    let start = NaiveDate::from_ymd_opt(2026, 12, 25).unwrap();
    let s = |every, interval, day| Schedule { every, interval, day, start, end: None, count: None };
    assert_eq!(s(Every::Month, 1, 10).text(), "每月 10 日");
    assert_eq!(s(Every::Week, 2, 0).text(), "每 2 周，自 2026-12-25 起");
    assert_eq!(s(Every::Year, 1, 29).text(), "每年 12 月 29 日");
    assert_eq!(nestegg::report::chart::Span::Twelve.label(), "12 个月");
}

#[test]
fn english_stays_exactly_as_it_was() {
    in_lang(Lang::En, || {
        let e = Money::parse("1.234", Currency::CNY).unwrap_err();
        assert_eq!(e.to_string(), "'1.234' has 3 decimals but CNY allows 2: round to 2 decimal places");
        let e = Money::parse("1.5", Currency::JPY).unwrap_err();
        assert_eq!(e.to_string(), "'1.5' has 1 decimal but JPY allows none: type a whole number");
        assert_eq!(
            Money::parse("12,34", Currency::CNY).unwrap_err().to_string(),
            "'12,34' is not an amount: commas must separate groups of three digits, as in 1,234,567"
        );
        assert_eq!(
            parse_date_input("soon", today()).unwrap_err(),
            "'soon' is not a date: try 2026-10-03, 10-03, t (today), y (yesterday) or -2 (two days ago)"
        );
        assert_eq!(
            StoreError::from(sqlite_error(5)).to_string(),
            "the ledger is busy: another nestegg is writing to it; nothing was changed, try again in a moment"
        );
        assert_eq!(
            StoreError::NewerSchema { found: 9, known: 4 }.to_string(),
            "this ledger was written by a newer nestegg (schema version 9; this program knows up to 4); \
             upgrade nestegg to open it — the file was not touched"
        );
        let store = Store::open_in_memory().unwrap();
        assert_eq!(store.txn(999).unwrap_err().to_string(), "no transaction with id 999; `nestegg ls` shows the ids");
        let start = NaiveDate::from_ymd_opt(2026, 12, 25).unwrap();
        let s = Schedule { every: Every::Week, interval: 2, day: 0, start, end: None, count: None };
        assert_eq!(s.text(), "every 2 weeks from 2026-12-25");
        assert_eq!(
            parse_quick_add("").unwrap_err(),
            "type an amount and a payee, e.g. 35 lunch (@account #category optional)"
        );
    });
}
