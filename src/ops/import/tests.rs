use chrono::NaiveDate;

use super::*;
use crate::import::plan::Status;
use crate::model::{NewTxn, TxnFilter};
use crate::ops::history;

const ALIPAY_HEADER: &str =
    "交易时间,交易分类,交易对方,对方账号,商品说明,收/支,金额,收/付款方式,交易状态,交易订单号,商家订单号,备注\n";

/// An Alipay bill of `rows` (each a line under the header).
fn alipay(rows: &[&str]) -> Vec<u8> {
    let mut bill = ALIPAY_HEADER.to_owned();
    for r in rows {
        bill.push_str(r);
        bill.push('\n');
    }
    bill.into_bytes()
}

const LUNCH: &str = "2026-10-31 12:05:11,餐饮美食,鹤岗饺子馆,/,午餐,支出,25.00,花呗,交易成功,1001,M1,";
const SOAP: &str = "2026-10-28 19:30:00,日用百货,好又多超市,/,洗衣液,支出,59.90,储蓄卡,交易成功,1003,M3,";
const REFUND: &str = "2026-10-29 10:00:00,退款,好又多超市,/,退款-洗衣液,不计收支,20.00,储蓄卡,退款成功,1003_R1,M3R,";
/// Closed before it was paid: no way of payment, no refund names it.
const CLOSED: &str = "2026-10-27 21:00:00,餐饮美食,奶茶店,/,奶茶,支出,12.00,,交易关闭,1005,M5,";

const BANK: &str = "交易日期,摘要,对方户名,金额\n2026/10/03,咖啡,咖啡店,-18.00\n2026/10/10,工资,某公司,5000.00\n";

fn store() -> Store {
    Store::open_in_memory().unwrap()
}

fn opts<'a>(rules: &'a Rules) -> ImportOptions<'a> {
    ImportOptions { preset: None, mapping: None, account: None, rules, account_map: None, keep_apart: &[] }
}

fn account_id(store: &Store, name: &str) -> i64 {
    store.accounts(true).unwrap().into_iter().find(|a| a.name == name).unwrap().id
}

fn bank_map() -> Mapping {
    Mapping::parse("date=交易日期,amount=金额,payee=对方户名,note=摘要").unwrap()
}

/// (payee, category, amount) of every stored transaction.
fn stored(store: &Store) -> Vec<(String, String, i64)> {
    let mut rows: Vec<_> = store
        .txn_page_at(&TxnFilter::default(), None, false, 100)
        .unwrap()
        .into_iter()
        .map(|t| (t.payee, t.category.unwrap_or_default(), t.amount))
        .collect();
    rows.sort();
    rows
}

#[test]
fn an_alipay_bill_goes_to_the_accounts_that_paid_once_and_is_one_undo_step() {
    let mut s = store();
    let rules = Rules::default();
    let bill = alipay(&[LUNCH, SOAP, CLOSED]);
    let mut heard = None;
    let p = plan(&s, &bill, &opts(&rules), |n| heard = Some(n)).unwrap();
    assert_eq!(heard, Some(2), "the closed row is skipped, not read");
    assert_eq!(p.preset, Preset::Alipay);
    assert_eq!((p.new_rows(), p.duplicates(), p.skipped.len()), (2, 0, 1));
    // Each row on the account that paid it (花呗, a debit card): made on commit.
    let on: Vec<&str> = p.rows.iter().map(|r| r.legs[0].account.as_str()).collect();
    assert_eq!(on, ["花呗", "储蓄卡"]);
    assert_eq!(p.funding.new_accounts.len(), 2);
    assert!(stored(&s).is_empty(), "planning writes nothing");
    assert!(s.accounts(true).unwrap().iter().all(|a| a.name != "花呗"), "nor makes an account");

    assert_eq!(commit(&mut s, &p, "bill.csv", None).unwrap(), 2);
    assert_eq!(
        stored(&s),
        [("好又多超市".into(), "groceries".into(), -5990), ("鹤岗饺子馆".into(), "food".into(), -2500)]
    );
    // The same bill again: nothing new.
    let again = plan(&s, &bill, &opts(&rules), |_| ()).unwrap();
    assert_eq!((again.new_rows(), again.duplicates()), (0, 2));
    assert_eq!(commit(&mut s, &again, "bill.csv", None).unwrap(), 0);
    // One step undoes the whole import.
    let undone = history::undo(&mut s).unwrap().unwrap();
    assert_eq!(undone.step, Step::Import { file: "bill.csv".into(), rows: 2 });
    assert_eq!(undone.step.to_string(), "import bill.csv (2 transactions)");
    assert!(stored(&s).is_empty());
    assert!(s.accounts(true).unwrap().iter().all(|a| a.name != "花呗" && a.name != "储蓄卡"), "the accounts it made");
}

#[test]
fn a_commit_that_cannot_make_its_account_writes_nothing() {
    let mut s = store();
    let rules = Rules::default();
    let p = plan(&s, &alipay(&[LUNCH, SOAP]), &opts(&rules), |_| ()).unwrap();
    // Another nestegg makes an account of the name meanwhile: the plan's new 花呗 clashes.
    let cash = s.accounts(true).unwrap().len();
    s.write(|tx| tx.add_account("花呗", crate::model::AccountKind::Credit, crate::money::Currency::CNY)).unwrap();
    assert!(commit(&mut s, &p, "bill.csv", None).is_err());
    assert!(stored(&s).is_empty());
    assert_eq!(s.accounts(true).unwrap().len(), cash + 1, "neither 储蓄卡 nor a second 花呗 was made");
    // Planned again, the rows find the account.
    let p = plan(&s, &alipay(&[LUNCH, SOAP]), &opts(&rules), |_| ()).unwrap();
    assert_eq!(p.rows[0].legs[0].account_id, account_id(&s, "花呗"));
    assert_eq!(commit(&mut s, &p, "bill.csv", None).unwrap(), 2);
}

#[test]
fn what_the_ledger_knows_reaches_the_plan_refunded_orders_and_payees() {
    let mut s = store();
    let rules = Rules::default();
    // The original purchase came in an earlier bill; its refund follows its category.
    let first = plan(&s, &alipay(&[SOAP]), &opts(&rules), |_| ()).unwrap();
    commit(&mut s, &first, "october.csv", None).unwrap();
    let refund = plan(&s, &alipay(&[REFUND]), &opts(&rules), |_| ()).unwrap();
    let row = &refund.rows[0];
    assert_eq!(row.category.as_ref().map(|c| c.1.as_str()), Some("groceries"), "{row:?}");
    assert_eq!(row.why, text::core::why_refund_of("1003"));
    // A bank row's payee takes the category it had last.
    let bank = account_id(&s, "Bank card");
    let transport = s.categories(false).unwrap().into_iter().find(|c| c.name == "transport").unwrap().id;
    let date = NaiveDate::from_ymd_opt(2026, 9, 1).unwrap();
    let by_hand = NewTxn {
        date,
        account_id: bank,
        category_id: transport,
        payee: "咖啡店".into(),
        note: String::new(),
        amount: -1,
        tags: Default::default(),
    };
    s.write(|tx| tx.add_txn(&by_hand)).unwrap();
    let map = bank_map();
    let o = ImportOptions { mapping: Some(&map), account: Some(bank), ..opts(&rules) };
    let p = plan(&s, BANK.as_bytes(), &o, |_| ()).unwrap();
    let coffee = p.rows.iter().find(|r| r.legs[0].payee == "咖啡店").unwrap();
    assert_eq!(coffee.category.as_ref().map(|c| c.1.as_str()), Some("transport"));
    assert_eq!(coffee.why, text::core::why_payee_last());
}

#[test]
fn a_bank_csv_needs_an_account_and_its_mapping_is_saved_in_the_same_step() {
    let mut s = store();
    let rules = Rules::default();
    let map = bank_map();
    let o = ImportOptions { mapping: Some(&map), ..opts(&rules) };
    let e = plan(&s, BANK.as_bytes(), &o, |_| ()).unwrap_err();
    assert!(matches!(e, ImportOpError::NeedsAccount), "{e:?}");
    assert_eq!(e.to_string(), "a bank CSV needs --account NAME (the account its rows belong to)");

    let cash = account_id(&s, "Cash");
    let p = plan(&s, BANK.as_bytes(), &ImportOptions { account: Some(cash), ..o }, |_| ()).unwrap();
    assert_eq!(p.preset, Preset::Generic);
    assert!(p.rows.iter().all(|r| r.legs[0].account_id == cash && r.status == Status::New));
    assert_eq!(commit(&mut s, &p, "bank.csv", Some(("my bank", &map))).unwrap(), 2);
    assert_eq!(s.mapping("my bank").unwrap().as_ref(), Some(&map));
    // An account that is not there at all.
    let e = plan(&s, BANK.as_bytes(), &ImportOptions { account: Some(999), ..o }, |_| ()).unwrap_err();
    assert!(matches!(e, ImportOpError::Store(StoreError::NotFound { what: "account", id: 999 })), "{e:?}");
}

#[test]
fn a_bank_csv_with_a_saved_mapping_is_read_without_naming_it() {
    let mut s = store();
    let rules = Rules::default();
    // Without a saved mapping, a bank CSV is no bill nestegg knows.
    let e = plan(&s, BANK.as_bytes(), &opts(&rules), |_| ()).unwrap_err();
    assert!(matches!(e, ImportOpError::File(ImportError::Unknown)), "{e:?}");
    // `import … --map … --account Cash --save-map my bank` keeps the account with it.
    let map = Mapping { account: Some("Cash".into()), ..bank_map() };
    let cash = account_id(&s, "Cash");
    let first =
        plan(&s, BANK.as_bytes(), &ImportOptions { mapping: Some(&map), account: Some(cash), ..opts(&rules) }, |_| ());
    commit(&mut s, &first.unwrap(), "bank.csv", Some(("my bank", &map))).unwrap();
    // Then the interface, which names no preset, reads the next bill by it, into Cash.
    let next = BANK.replace("2026/10/03,咖啡,咖啡店,-18.00", "2026/11/03,咖啡,咖啡店,-19.00");
    let p = plan(&s, next.as_bytes(), &opts(&rules), |_| ()).unwrap();
    assert_eq!(p.preset, Preset::Generic);
    assert!(p.rows.iter().all(|r| r.legs[0].account_id == cash), "{:?}", p.rows);
    assert_eq!(p.new_rows(), 1, "the salary row is already in the ledger");
    // A bill whose title names Alipay in a layout nestegg lacks is told so,
    // and still reads by a saved mapping that takes it.
    let titled =
        format!("支付宝账单\n{}", BANK.replace("2026/10/03,咖啡,咖啡店,-18.00", "2026/12/03,咖啡,咖啡店,-20.00"));
    let p = plan(&s, titled.as_bytes(), &opts(&rules), |_| ()).unwrap();
    assert_eq!((p.preset, p.new_rows()), (Preset::Generic, 1));
    let fresh = store();
    let e = plan(&fresh, titled.as_bytes(), &opts(&rules), |_| ()).unwrap_err();
    assert!(matches!(e, ImportOpError::File(ImportError::UnknownLayout(_))), "{e:?}");
}

#[test]
fn the_bills_own_account_missing_or_archived_is_refused() {
    let mut s = store();
    let rules = Rules::default();
    let bill = alipay(&[LUNCH]);
    let alipay_id = account_id(&s, "Alipay");
    s.write(|tx| tx.set_account_archived(alipay_id, true)).unwrap();
    let e = plan(&s, &bill, &opts(&rules), |_| ()).unwrap_err();
    assert!(matches!(&e, ImportOpError::Archived(name) if name == "Alipay"), "{e:?}");
    assert_eq!(
        e.to_string(),
        "the 'Alipay' account is archived: bring it back with nestegg accounts unarchive \"Alipay\", or choose another"
    );
    // Another account takes the rows.
    let cash = account_id(&s, "Cash");
    let p = plan(&s, &bill, &ImportOptions { account: Some(cash), ..opts(&rules) }, |_| ()).unwrap();
    assert_eq!(p.rows[0].legs[0].account_id, cash);

    s.write(|tx| tx.rename_account(alipay_id, "Old Alipay")).unwrap();
    let e = plan(&s, &bill, &opts(&rules), |_| ()).unwrap_err();
    assert!(matches!(e, ImportOpError::NoBillAccount("Alipay")), "{e:?}");
    assert_eq!(
        e.to_string(),
        "there is no 'Alipay' account for this bill: add it, or pass --account NAME to nestegg import"
    );
}

#[test]
fn files_that_are_no_bill_and_rules_that_name_no_category_are_refused() {
    let s = store();
    let rules = Rules::default();
    let e = plan(&s, b"hello,world\n1,2\n", &opts(&rules), |_| ()).unwrap_err();
    assert!(matches!(e, ImportOpError::File(ImportError::Unknown)), "{e:?}");
    assert!(e.to_string().starts_with("cannot tell what kind of bill this is"), "{e}");
    let wrong = ImportOptions { preset: Some(Preset::Alipay), ..opts(&rules) };
    let e = plan(&s, BANK.as_bytes(), &wrong, |_| ()).unwrap_err();
    assert_eq!(
        e.to_string(),
        "not an Alipay bill: no header row with 交易时间, 交易分类 and 收/支 (or 交易号, 交易创建时间 and 收/支)"
    );

    let bad = Rules::parse("[[rule]]\ncontains = \"饺子\"\ncategory = \"fooood\"\n", "rules.toml").unwrap();
    let e = plan(&s, &alipay(&[LUNCH]), &opts(&bad), |_| ()).unwrap_err();
    assert!(matches!(e, ImportOpError::Rules(_)), "{e:?}");
    assert!(e.to_string().contains("rule 1: no category 'fooood'; closest: food"), "{e}");
    // A rule naming a category by a unique prefix sends the payee's rows there.
    let good = Rules::parse("[[rule]]\ncontains = \"饺子\"\ncategory = \"transp\"\n", "rules.toml").unwrap();
    let p = plan(&s, &alipay(&[LUNCH]), &opts(&good), |_| ()).unwrap();
    assert_eq!(p.rows[0].category.as_ref().map(|c| c.1.as_str()), Some("transport"));
}

/// Lent 500 to 小王 on Oct 20; the bill's 小王 +200 on Oct 26 is planned
/// as a collection (500 open before). If 小王 pays 400 back meanwhile (100
/// open: the 200 would be more), the import is refused and writes nothing.
#[test]
fn a_settling_import_is_refused_when_what_is_open_changed_meanwhile() {
    use crate::ops::owed::{Move, Request, settle};
    let mut s = store();
    let rules = Rules::default();
    let cash = s.account(account_id(&s, "Cash")).unwrap();
    let d = |day| NaiveDate::from_ymd_opt(2026, 10, day).unwrap();
    let lend = Request { how: Move::Lend, person: "小王", account: &cash, amount: 50_000, date: d(20), note: "" };
    settle(&mut s, &lend).unwrap();
    let bill = include_bytes!("../../../tests/fixtures/import/wechat_lend.csv");
    let p = plan(&s, bill, &opts(&rules), |_| ()).unwrap();
    assert_eq!(
        p.settled.iter().map(|x| (x.person.as_str(), x.amount, x.owes_me)).collect::<Vec<_>>(),
        [("小王", 20_000, true)]
    );
    assert_eq!(p.new_rows(), 2, "one row, both legs of a transfer");
    let collect = Request { how: Move::Collect, amount: 40_000, date: d(21), ..lend };
    settle(&mut s, &collect).unwrap();
    let before = stored(&s);
    assert!(matches!(
        commit(&mut s, &p, "bill.csv", None),
        Err(crate::ops::OpError::Store(StoreError::Changed { .. }))
    ));
    assert_eq!(stored(&s), before, "nothing was written");
    // Planned again, the 200 is more than the 100 open: kept as income.
    let again = plan(&s, bill, &opts(&rules), |_| ()).unwrap();
    assert!(again.settled.is_empty());
    assert_eq!(again.kept[0].reason, "from 小王, ¥200.00 is more than the ¥100.00 小王 owes you: kept as income");
}
