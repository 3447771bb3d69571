use super::*;
use chrono::NaiveDate;

fn card(bank: &str, digits: &str, credit: bool) -> Source {
    Source::Card { bank: bank.into(), digits: digits.into(), credit }
}

fn acc(id: i64, name: &str, kind: AccountKind) -> Account {
    Account { id, name: name.into(), kind, currency: Currency::CNY, archived: false }
}

fn entry(line: usize, amount: i64, method: &str) -> Entry {
    let day = NaiveDate::from_ymd_opt(2026, 11, 3).unwrap();
    let direction = if amount < 0 { Direction::Out } else { Direction::In };
    let mut e = Entry::new(line, day, "2026-11-03 12:00:00", amount, direction);
    e.method = method.into();
    e.source_id = Some(format!("order{line}"));
    e
}

#[test]
fn methods_read_as_sources() {
    assert_eq!(source("花呗"), Source::Huabei);
    assert_eq!(source("花呗&红包"), Source::Huabei);
    assert_eq!(source("红包＆花呗"), Source::Other("红包".into()));
    for own in ["", " ", "/", "余额", "账户余额", "零钱", "余额&红包"] {
        assert_eq!(source(own), Source::Own, "{own}");
    }
    assert_eq!(source("余额宝"), Source::Yuebao);
    assert_eq!(source("零钱通"), Source::Lingqiantong);
    assert_eq!(source("招商银行储蓄卡(1234)"), card("招商银行", "1234", false));
    assert_eq!(source("招商银行储蓄卡（1234）"), card("招商银行", "1234", false));
    assert_eq!(source("招商银行(1234)"), card("招商银行", "1234", false));
    assert_eq!(source("中国工商银行信用卡(5678)"), card("中国工商银行", "5678", true));
    assert_eq!(source("招商银行信用卡(1234)"), card("招商银行", "1234", true));
    assert_eq!(source("储蓄卡"), card("", "", false));
    assert_eq!(source("亲情卡(妈妈)"), Source::Other("亲情卡(妈妈)".into()));
    assert_eq!(source("数字人民币"), Source::Other("数字人民币".into()));
}

#[test]
fn each_source_has_a_label_and_a_suggested_account() {
    let w = Preset::Wechat;
    assert_eq!(Source::Own.label(Preset::Alipay), "余额");
    assert_eq!(Source::Own.label(w), "零钱");
    assert_eq!(card("招商银行", "1234", false).label(w), "招商银行储蓄卡(1234)");
    assert_eq!(card("中国工商银行", "5678", true).label(w), "中国工商银行信用卡(5678)");
    let s = |src: Source| src.suggested("Alipay");
    assert_eq!(s(Source::Own), ("Alipay".into(), AccountKind::Wallet));
    assert_eq!(s(Source::Huabei), ("花呗".into(), AccountKind::Credit));
    assert_eq!(s(Source::Yuebao), ("余额宝".into(), AccountKind::Savings));
    assert_eq!(s(Source::Lingqiantong), ("零钱通".into(), AccountKind::Savings));
    assert_eq!(s(card("招商银行", "1234", false)), ("招商银行 1234".into(), AccountKind::Bank));
    assert_eq!(s(card("招商银行", "5678", true)), ("招商银行信用卡 5678".into(), AccountKind::Credit));
    assert_eq!(s(card("", "", false)), ("储蓄卡".into(), AccountKind::Bank));
    assert_eq!(s(Source::Other("数字人民币".into())), ("数字人民币".into(), AccountKind::Wallet));
    // A bill's cell longer than a name holds is cut to a name's length.
    assert_eq!(s(source(&"卡".repeat(300))).0.chars().count(), crate::model::clean::NAME_MAX);
}

#[test]
fn rows_go_by_the_map_then_the_ledger_then_a_new_account() {
    let alipay = acc(1, "Alipay", AccountKind::Wallet);
    let accounts = vec![
        alipay.clone(),
        acc(2, "CMB card ...1234", AccountKind::Bank),
        acc(3, "My Huabei", AccountKind::Credit),
        acc(4, "余额宝", AccountKind::Savings),
        acc(5, "ICBC 9999", AccountKind::Bank),
        acc(6, "BOC 9999", AccountKind::Bank),
    ];
    let mut entries = vec![
        entry(1, -12_000, "花呗"),
        entry(2, -3_550, "花呗&红包"),
        entry(3, -8_800, "招商银行储蓄卡(1234)"),
        entry(4, -2_000, "余额"),
        entry(5, 50_000, ""),
        entry(6, -100, "余额宝"),
        entry(7, -200, "工商银行(9999)"),
        entry(8, -300, "中国银行信用卡(7777)"),
    ];
    let map = crate::import::journal_map::parse("花呗=my huabei").unwrap();
    let f = route(&mut entries, Preset::Alipay, &alipay, &accounts, &map, &BTreeMap::new());
    let seen: Vec<(String, String, i64, Why, usize)> =
        f.routes.iter().map(|r| (r.label.clone(), r.account.clone(), r.account_id, r.why, r.rows)).collect();
    assert_eq!(
        seen,
        vec![
            ("花呗".into(), "My Huabei".into(), 3, Why::Map, 2),
            ("招商银行储蓄卡(1234)".into(), "CMB card ...1234".into(), 2, Why::Found, 1),
            ("余额".into(), "Alipay".into(), 1, Why::Own, 2),
            ("余额宝".into(), "余额宝".into(), 4, Why::Found, 1),
            // 9999 is in two accounts' names: neither is chosen.
            ("工商银行储蓄卡(9999)".into(), "工商银行 9999".into(), -1, Why::New, 1),
            ("中国银行信用卡(7777)".into(), "中国银行信用卡 7777".into(), -2, Why::New, 1),
        ]
    );
    assert_eq!(f.new_accounts.len(), 2);
    assert_eq!(f.new_accounts[1].kind, AccountKind::Credit);
    let on: Vec<Option<&str>> = entries.iter().map(|e| e.account.as_deref()).collect();
    assert_eq!(
        on,
        [
            Some("My Huabei"),
            Some("My Huabei"),
            Some("CMB card ...1234"),
            None,
            None,
            Some("余额宝"),
            Some("工商银行 9999"),
            Some("中国银行信用卡 7777")
        ]
    );
}

#[test]
fn a_map_to_a_new_name_makes_that_account_of_the_sources_kind_once() {
    let alipay = acc(1, "Alipay", AccountKind::Wallet);
    let mut entries = vec![entry(1, -100, "花呗"), entry(2, -100, "招商银行信用卡(1234)")];
    let map = crate::import::journal_map::parse("花呗=Credit,招商银行信用卡(1234)=credit").unwrap();
    let f = route(&mut entries, Preset::Alipay, &alipay, std::slice::from_ref(&alipay), &map, &BTreeMap::new());
    assert_eq!(f.new_accounts.len(), 1);
    assert_eq!((f.new_accounts[0].name.as_str(), f.new_accounts[0].kind), ("Credit", AccountKind::Credit));
    assert!(f.routes.iter().all(|r| r.account_id == -1 && r.why == Why::Map));
}

#[test]
fn a_refund_goes_back_the_way_its_row_or_its_original_says() {
    let alipay = acc(1, "Alipay", AccountKind::Wallet);
    let accounts = vec![alipay.clone(), acc(2, "花呗", AccountKind::Credit), acc(3, "CMB 1234", AccountKind::Bank)];
    let refund = |line, of: &str, method: &str| {
        let mut e = entry(line, 500, method);
        e.direction = Direction::Refund;
        e.refund_of = Some(of.into());
        e
    };
    let mut entries = vec![
        refund(1, "order3", ""),
        refund(2, "earlier", ""),
        entry(3, -1_000, "花呗"),
        refund(4, "order3", "招商银行储蓄卡(1234)"),
        refund(5, "unknown", ""),
    ];
    let earlier = BTreeMap::from([("earlier".to_owned(), "CMB 1234".to_owned())]);
    route(&mut entries, Preset::Alipay, &alipay, &accounts, &AccountMap::new(), &earlier);
    let on: Vec<Option<&str>> = entries.iter().map(|e| e.account.as_deref()).collect();
    assert_eq!(on, [Some("花呗"), Some("CMB 1234"), Some("花呗"), Some("CMB 1234"), None]);
}
