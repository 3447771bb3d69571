//! Each layout from a fixture written in it (tests/fixtures/import), read
//! to entries: amounts, directions, what is skipped and why.

use super::*;
use crate::import::{self, Preset};

/// A fixture's bytes, built into the test (core code reads no files).
fn fixture(name: &str) -> Vec<u8> {
    let bytes: &[u8] = match name {
        "alipay_refund_pair.csv" => include_bytes!("../../../tests/fixtures/import/alipay_refund_pair.csv"),
        "alipay_refund_part1.csv" => include_bytes!("../../../tests/fixtures/import/alipay_refund_part1.csv"),
        "alipay_2021.csv" => include_bytes!("../../../tests/fixtures/import/alipay_2021.csv"),
        "alipay_web_2020.csv" => include_bytes!("../../../tests/fixtures/import/alipay_web_2020.csv"),
        "wechat_fee.csv" => include_bytes!("../../../tests/fixtures/import/wechat_fee.csv"),
        "wechat.xlsx" => include_bytes!("../../../tests/fixtures/import/wechat.xlsx"),
        "wechat_second_sheet.xlsx" => include_bytes!("../../../tests/fixtures/import/wechat_second_sheet.xlsx"),
        other => panic!("no fixture {other}"),
    };
    bytes.to_vec()
}

/// (amount, direction, payee) of each entry, in file order.
fn read(name: &str) -> (import::Parsed, Vec<(i64, Direction, String)>) {
    let parsed = import::parse(&fixture(name), None, None).unwrap_or_else(|e| panic!("{name}: {e}"));
    let rows = parsed.entries.iter().map(|e| (e.amount, e.direction, e.payee.clone())).collect();
    (parsed, rows)
}

fn row(amount: i64, direction: Direction, payee: &str) -> (i64, Direction, String) {
    (amount, direction, payee.to_owned())
}

#[test]
fn a_closed_purchase_and_its_refund_are_a_pair() {
    let (parsed, rows) = read("alipay_refund_pair.csv");
    assert_eq!(parsed.preset, Preset::Alipay);
    // The refund (listed first) and the closed purchase it names: 50.00 out
    // and back; the lunch; the unpaid closed order is skipped.
    assert_eq!(
        rows,
        [
            row(5_000, Direction::Refund, "鹤岗公交"),
            row(-5_000, Direction::Out, "鹤岗公交"),
            row(-1_800, Direction::Out, "鹤岗饺子馆")
        ]
    );
    assert_eq!(parsed.entries[0].refund_of.as_deref(), Some("2026111922001400011"));
    assert_eq!(parsed.entries[1].source_id.as_deref(), Some("2026111922001400011"));
    assert_eq!(parsed.skipped.len(), 1);
    assert_eq!(parsed.skipped[0].reason, text::bills::alipay_closed());
    assert!(parsed.invalid.is_empty(), "{:?}", parsed.invalid);
    // The purchase alone (its refund in the next month's bill): it names how
    // it was paid, so money left.
    let (_, rows) = read("alipay_refund_part1.csv");
    assert_eq!(rows, [row(-5_000, Direction::Out, "鹤岗公交"), row(-1_800, Direction::Out, "鹤岗饺子馆")]);
}

#[test]
fn the_2021_app_export_reads_in_its_own_column_order() {
    let (parsed, rows) = read("alipay_2021.csv");
    assert_eq!((parsed.preset, parsed.encoding), (Preset::Alipay, "GBK/GB18030"));
    assert_eq!(
        rows,
        [
            row(-2_500, Direction::Out, "鹤岗饺子馆"),
            row(-200, Direction::Out, "城市公交"),
            row(20_000, Direction::In, "李四"),
            row(2_000, Direction::Refund, "好又多超市"),
            row(-5_990, Direction::Out, "好又多超市"),
        ]
    );
    assert_eq!(parsed.entries[0].date.to_string(), "2022-01-12");
    assert_eq!(parsed.entries[0].service_category.as_deref(), Some("餐饮美食"));
    // 其他 is neutral; the summary block after the dashes is no data.
    assert_eq!(parsed.skipped.len(), 1);
    assert_eq!(parsed.skipped[0].reason, text::bills::alipay_neutral());
    assert!(parsed.invalid.is_empty(), "{:?}", parsed.invalid);
}

#[test]
fn the_2019_web_export_nets_what_came_back_on_the_original_row() {
    let (parsed, rows) = read("alipay_web_2020.csv");
    assert_eq!((parsed.preset, parsed.encoding), (Preset::Alipay, "GBK/GB18030"));
    assert_eq!(
        rows,
        [
            // 3,000.00 paid, 2,725.42 back: 274.58 spent.
            row(-27_458, Direction::Out, "某电器商城"),
            row(-1_850, Direction::Out, "饺子馆"),
            // A withdrawal moves no money of its own; its 1.00 fee is spending.
            row(-100, Direction::Out, "支付宝"),
            row(80_000, Direction::In, "公司"),
        ]
    );
    assert!(parsed.entries[0].note.contains("2725.42"), "{}", parsed.entries[0].note);
    assert_eq!(parsed.entries[0].date.to_string(), "2020-06-30");
    let why: Vec<&str> = parsed.skipped.iter().map(|p| p.reason.as_str()).collect();
    assert_eq!(
        why,
        [text::bills::alipay_refund_netted(), text::bills::alipay_neutral(), text::bills::alipay_refunded_in_full()]
    );
    assert!(parsed.invalid.is_empty(), "{:?}", parsed.invalid);
}

#[test]
fn a_wechat_withdrawal_fee_is_spending_and_the_withdrawal_is_not() {
    let (parsed, rows) = read("wechat_fee.csv");
    assert_eq!(rows, [row(-10, Direction::Out, "招商银行(1234)"), row(-1_800, Direction::Out, "鹤岗饺子馆")]);
    assert_eq!(parsed.entries[0].service_category.as_deref(), Some("零钱提现"));
    assert_eq!(parsed.entries[0].source_id.as_deref(), Some("1000060001#fee"));
    assert_eq!(parsed.skipped.len(), 1);
    assert_eq!(wechat_fee("服务费¥0.10"), Some(10));
    assert_eq!(wechat_fee("提现 服务费：￥1,000.25 元"), Some(100_025));
    assert_eq!((wechat_fee("/"), wechat_fee("服务费¥0")), (None, None));
}

#[test]
fn a_workbook_reads_the_sheet_that_holds_the_bill() {
    let (first, rows) = read("wechat.xlsx");
    let (second, same) = read("wechat_second_sheet.xlsx");
    assert_eq!((second.preset, second.encoding), (Preset::Wechat, "XLSX"));
    assert_eq!(same, rows);
    assert_eq!(second.entries, first.entries);
}

#[test]
fn a_bill_titled_alipay_in_a_layout_nestegg_lacks_is_named_and_told_what_to_do() {
    let bill = "支付宝账单\n日期,摘要,发生额,余额\n2026-11-01,午餐,-18.00,100.00\n";
    let e = import::parse(bill.as_bytes(), None, None).unwrap_err().to_string();
    assert!(e.contains("looks like a bill from Alipay"), "{e}");
    assert!(e.contains("(日期,摘要,发生额,余额)"), "{e}");
    assert!(e.contains("2019–21 web export") && e.contains("--map date=COLUMN,amount=COLUMN"), "{e}");
    assert!(!e.contains("--preset generic"), "{e}");
    // A header in another order is no unknown layout: it reads.
    let moved = "支付宝\n收/支,金额,交易时间,交易分类\n支出,3.00,2026-11-01 08:00:00,交通出行\n";
    assert_eq!(import::parse(moved.as_bytes(), None, None).unwrap().entries[0].amount, -300);
    // A bill that names no service is still "not a known bill".
    assert_eq!(import::parse(b"a,b,c,d\n1,2,3,4\n", None, None).unwrap_err(), ImportError::Unknown);
}
