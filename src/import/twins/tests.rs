use super::*;

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
}

fn side(d: u32, account_id: i64, amount: i64) -> Side {
    Side { date: day(d), account_id, amount }
}

#[test]
fn rails_as_the_statements_write_them() {
    for p in [
        "支付宝",
        "支付宝（中国）网络技术有限公司",
        "Alipay",
        "ALIPAY.COM",
        "财付通",
        "财付通支付科技有限公司",
        "微信支付",
        "Tenpay",
    ] {
        assert!(is_rail(p), "{p}");
    }
    for p in ["美团", "鹤岗某公司", "京东商城", ""] {
        assert!(!is_rail(p), "{p}");
    }
}

#[test]
fn repayments_of_huabei_and_cards() {
    assert_eq!(repays("支付宝（中国）网络技术有限公司", "花呗还款"), Some(Repaid::Huabei));
    assert_eq!(repays("蚂蚁花呗", ""), Some(Repaid::Huabei));
    assert_eq!(repays("招商银行", "信用卡还款 尾号5678"), Some(Repaid::Card("5678".into())));
    assert_eq!(repays("信用卡还款", ""), Some(Repaid::Card(String::new())));
    assert_eq!(repays("支付宝", "快捷支付"), None);
}

#[test]
fn the_nearest_day_pairs_first_then_the_file_order() {
    // Two 88.00 rows in the file (the 20th and the 21st) and one in the
    // ledger on the 21st: the 21st pairs (0 days), the 20th stays alone.
    let file = [side(20, 1, -8800), side(21, 1, -8800), side(22, 1, -4200)];
    let ledger = [side(22, 1, -4200), side(21, 1, -8800)];
    assert_eq!(pair(&file, &ledger, &[]), [(1, 1), (2, 0)]);
    // Equally near: the file's first row takes the ledger's first.
    let file = [side(20, 1, -500), side(20, 1, -500)];
    let ledger = [side(21, 1, -500), side(19, 1, -500)];
    assert_eq!(pair(&file, &ledger, &[]), [(0, 0), (1, 1)]);
}

#[test]
fn twins_share_account_and_signed_amount_within_two_days() {
    let file = [side(10, 1, -8800)];
    assert!(pair(&file, &[side(13, 1, -8800)], &[]).is_empty(), "3 days apart");
    assert!(pair(&file, &[side(12, 2, -8800)], &[]).is_empty(), "another account");
    assert!(pair(&file, &[side(12, 1, 8800)], &[]).is_empty(), "the other sign");
    assert_eq!(pair(&file, &[side(8, 1, -8800)], &[]), [(0, 0)]);
    assert!(pair(&file, &[side(8, 1, -8800)], &[0]).is_empty(), "kept apart");
}
