use crate::import::Mapping;
use crate::import::plan::{Plan, Status};
use crate::import::rules::Rules;
use crate::model::{AccountKind, TxnFilter};
use crate::money::Currency;
use crate::ops::import::{ImportOptions, commit, plan};
use crate::ops::{OpError, history};
use crate::store::{Store, StoreError};

const BILL: &str =
    "交易时间,交易分类,交易对方,对方账号,商品说明,收/支,金额,收/付款方式,交易状态,交易订单号,商家订单号,备注
2026-11-20 19:30:00,日用百货,美家多超市,/,洗衣液,支出,88.00,招商银行储蓄卡(1234),交易成功,2001,M1,
";
const BANK: &str = "交易日期,摘要,对方户名,金额
2026/11/21,快捷支付,财付通支付科技有限公司,-88.00
2026/11/21,快捷支付,支付宝（中国）网络技术有限公司,-88.00
";

/// (date, payee, amount) of every stored transaction, sorted.
fn stored(s: &Store) -> Vec<(String, String, i64)> {
    let mut rows: Vec<_> = s
        .txn_page_at(&TxnFilter::default(), None, false, 100)
        .unwrap()
        .into_iter()
        .map(|t| (t.date.to_string(), t.payee, t.amount))
        .collect();
    rows.sort();
    rows
}

fn card(s: &mut Store, kind: AccountKind) -> i64 {
    s.write(|tx| tx.add_account("招商银行 1234", kind, Currency::CNY)).unwrap().id
}

/// The bank statement imported (two rail rows of 88.00, no twin yet: both
/// booked), and the bill planned after it, on a new ledger.
fn bank_then_bill() -> (Store, Plan) {
    bank_then_bill_on(AccountKind::Bank, |_, _| ())
}

/// [`bank_then_bill`] on a card of `kind`, `between` run on the ledger and
/// the card's id after the statement and before the bill is planned.
fn bank_then_bill_on(kind: AccountKind, between: impl FnOnce(&mut Store, i64)) -> (Store, Plan) {
    let mut s = Store::open_in_memory().unwrap();
    let id = card(&mut s, kind);
    let rules = Rules::default();
    let map = Mapping::parse("date=交易日期,amount=金额,payee=对方户名,note=摘要").unwrap();
    let bank = ImportOptions {
        preset: None,
        mapping: Some(&map),
        account: Some(id),
        rules: &rules,
        account_map: None,
        keep_apart: &[],
    };
    let p = plan(&s, BANK.as_bytes(), &bank, |_| ()).unwrap();
    assert!(p.twins.is_empty());
    assert_eq!(commit(&mut s, &p, "bank.csv", None).unwrap(), 2);
    between(&mut s, id);
    let bill = ImportOptions { mapping: None, account: None, ..bank };
    let p = plan(&s, BILL.as_bytes(), &bill, |_| ()).unwrap();
    (s, p)
}

#[test]
fn a_bill_row_takes_one_bank_rows_place_in_one_undo_step() {
    let (mut s, p) = bank_then_bill();
    let banked = stored(&s);
    // One bill row pairs with one of them (equally near: the ledger's first).
    assert_eq!(p.twins.len(), 1);
    assert!(p.twins[0].replaces && p.rows[p.twins[0].row].status == Status::New);
    assert_eq!(p.twins[0].seen.payee, "财付通支付科技有限公司");
    assert_eq!(commit(&mut s, &p, "bill.csv", None).unwrap(), 1);
    assert_eq!(
        stored(&s),
        [
            ("2026-11-20".into(), "美家多超市".into(), -8800),
            ("2026-11-21".into(), "支付宝（中国）网络技术有限公司".into(), -8800),
        ]
    );
    // Undo brings the replaced row back and takes the bill's away.
    history::undo(&mut s).unwrap().unwrap();
    assert_eq!(stored(&s), banked);
}

#[test]
fn a_twin_changed_meanwhile_refuses_the_commit_and_writes_nothing() {
    let (mut s, p) = bank_then_bill();
    // Another nestegg deletes the twin meanwhile.
    s.write(|tx| tx.delete_txn(p.twins[0].seen.id)).unwrap();
    let before = (stored(&s), s.accounts(true).unwrap());
    assert!(matches!(commit(&mut s, &p, "bill.csv", None), Err(OpError::Store(StoreError::Changed { .. }))));
    assert_eq!((stored(&s), s.accounts(true).unwrap()), before, "nothing was written");
}

/// A statement row the bill's row replaces goes as `rm` takes a row: a card
/// purchase split into instalments with a fee loses its plan and the fee's
/// rule with it (no fee a month for a row no longer there); undo brings
/// the row, its plan and the rule back.
#[test]
fn a_replaced_row_takes_its_instalment_fee_rule_with_it() {
    use crate::credit::Terms;
    use crate::ops::credit::{self, NewInstalments};
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let (mut s, p) = bank_then_bill_on(AccountKind::Credit, |s, id| {
        credit::set_terms(s, id, Some(Terms { limit: 1_000_000, statement_day: 1, due_day: 9 })).unwrap();
        let rows = s.txn_page_at(&TxnFilter::default(), None, false, 10).unwrap();
        let tenpay = rows.iter().find(|t| t.payee == "财付通支付科技有限公司").unwrap().id;
        let fee = NewInstalments { txn_id: tenpay, months: 3, fee: 500, fee_rule: "fee".into() };
        credit::add(s, &fee, day).unwrap();
    });
    assert_eq!(p.twins[0].seen.payee, "财付通支付科技有限公司");
    assert_eq!(s.recurring().unwrap().len(), 1);
    commit(&mut s, &p, "bill.csv", None).unwrap();
    assert!(s.recurring().unwrap().is_empty() && s.instalments().unwrap().is_empty());
    history::undo(&mut s).unwrap().unwrap();
    assert_eq!((s.recurring().unwrap().len(), s.instalments().unwrap().len()), (1, 1));
}
