//! Worked examples of the sign rule, the quick-add rule and their undo steps.

use chrono::NaiveDate;

use super::*;
use crate::ops::{OpError, names};

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
}

fn category(store: &Store, typed: &str) -> Category {
    names::find(&store.categories(false).unwrap(), typed, |c| &c.name).unwrap().clone()
}

fn account(store: &Store, typed: &str) -> Account {
    names::find(&store.accounts(false).unwrap(), typed, |a| &a.name).unwrap().clone()
}

fn entry(store: &Store, category_typed: Option<&str>, payee: &str, typed: i64) -> NewEntry {
    NewEntry {
        date: day(3),
        account_id: account(store, "微信").id,
        category_id: category_typed.map(|c| category(store, c).id),
        payee: payee.into(),
        note: String::new(),
        typed,
        tags: Default::default(),
    }
}

fn put(store: &mut Store, category_typed: Option<&str>, payee: &str, typed: i64) -> Result<Txn> {
    let e = entry(store, category_typed, payee, typed);
    add(store, e)
}

fn last_step(store: &mut Store) -> Step {
    let step = history::undo(store).unwrap().unwrap().step;
    history::redo(store).unwrap();
    step
}

#[test]
fn the_class_gives_the_stored_sign_of_a_typed_amount() {
    let mut store = Store::open_in_memory().unwrap();
    let lunch = put(&mut store, Some("餐"), " 午饭 ", 3_500).unwrap();
    assert_eq!((lunch.amount, lunch.category.as_deref(), lunch.account.as_str()), (-3_500, Some("food"), "WeChat Pay"));
    assert_eq!(lunch.payee, "午饭", "trimmed");
    assert_eq!(last_step(&mut store), Step::Add { category: "food".into() });
    let pay = put(&mut store, Some("工资"), "公司", 500_000).unwrap();
    assert_eq!(pay.amount, 500_000);
    // A refund is typed negative and stored as money in.
    let refund = put(&mut store, Some("Gro"), "超市", -800).unwrap();
    assert_eq!((refund.amount, refund.category.as_deref()), (800, Some("groceries")));
    assert!(matches!(put(&mut store, Some("餐"), "x", 0), Err(OpError::Entry(EntryError::Zero))));
    // i64::MIN has no positive twin; it is far past the one limit anyway.
    assert!(matches!(put(&mut store, Some("餐"), "x", i64::MIN), Err(OpError::Money(MoneyError::OverLimit { .. }))));
}

#[test]
fn quick_add_takes_the_payees_last_category_else_the_first_spending_one() {
    let mut store = Store::open_in_memory().unwrap();
    put(&mut store, Some("买菜"), "比优特", 2_000).unwrap();
    let again = put(&mut store, None, "比优特", 1_500).unwrap();
    assert_eq!((again.category.as_deref(), again.amount), (Some("groceries"), -1_500));
    let new_payee = put(&mut store, None, "煎饼", 800).unwrap();
    assert_eq!(new_payee.category.as_deref(), Some("food"), "the first spending category");
}

/// A newcomer's `68 groceries`: a new payee that is a category's whole name
/// (in either language, any case) is that category; a part of a name is not.
#[test]
fn quick_add_takes_the_category_a_new_payee_names() {
    let mut store = Store::open_in_memory().unwrap();
    let named = |store: &mut Store, payee: &str| put(store, None, payee, 6_800).unwrap().category;
    assert_eq!(named(&mut store, "groceries").as_deref(), Some("groceries"));
    assert_eq!(named(&mut store, "Transport").as_deref(), Some("transport"));
    assert_eq!(named(&mut store, "买菜").as_deref(), Some("groceries"));
    assert_eq!(named(&mut store, "gro").as_deref(), Some("food"), "a prefix is a payee");
    // Income too, with its sign: `5000 salary` is a salary.
    let pay = put(&mut store, None, "salary", 500_000).unwrap();
    assert_eq!((pay.category.as_deref(), pay.amount), (Some("salary"), 500_000));
}

#[test]
fn an_edit_keeps_the_typed_amount_and_takes_the_new_class_sign() {
    let mut store = Store::open_in_memory().unwrap();
    let t = put(&mut store, Some("餐"), "午饭", 3_500).unwrap();
    let salary = category(&store, "salary").id;
    let moved = edit(&mut store, t.id, &EntryPatch { category_id: Some(salary), ..EntryPatch::default() }).unwrap();
    assert_eq!((moved.amount, moved.category.as_deref()), (3_500, Some("salary")));
    assert_eq!(last_step(&mut store), Step::Edit { id: t.id });
    let food = category(&store, "food").id;
    let both = EntryPatch { category_id: Some(food), typed: Some(4_000), ..EntryPatch::default() };
    assert_eq!(edit(&mut store, t.id, &both).unwrap().amount, -4_000);
    assert!(matches!(edit(&mut store, t.id, &EntryPatch::default()), Err(OpError::Entry(EntryError::NothingToChange))));
    let zero = EntryPatch { typed: Some(0), ..EntryPatch::default() };
    assert!(matches!(edit(&mut store, t.id, &zero), Err(OpError::Entry(EntryError::Zero))));
}

#[test]
fn a_transfer_moves_a_positive_amount_and_deleting_a_leg_removes_both() {
    let mut store = Store::open_in_memory().unwrap();
    let (bank, alipay) = (account(&store, "银行"), account(&store, "支付宝"));
    let (out_id, in_id) = transfer(&mut store, day(4), &bank, &alipay, 100_000, " top up ").unwrap();
    assert_eq!(last_step(&mut store), Step::Transfer { from: "Bank card".into(), to: "Alipay".into() });
    assert_eq!((store.txn(out_id).unwrap().amount, store.txn(in_id).unwrap().amount), (-100_000, 100_000));
    assert!(matches!(
        transfer(&mut store, day(4), &bank, &alipay, -5, ""),
        Err(OpError::Entry(EntryError::NegativeTransfer))
    ));
    assert!(matches!(transfer(&mut store, day(4), &bank, &alipay, 0, ""), Err(OpError::Entry(EntryError::Zero))));
    let gone = delete(&mut store, in_id).unwrap();
    assert_eq!(gone.len(), 2);
    assert!(matches!(last_step(&mut store), Step::Delete { id, amount: 100_000, .. } if id == in_id));
    assert!(store.txn(out_id).is_err());
}

/// Issue 19, item 18: a transfer leg names the other side's account as its
/// payee; moving one leg to another account renames it on the other leg
/// (and undo puts both back), while a payee typed by hand stays.
#[test]
fn moving_a_transfer_leg_renames_the_other_legs_payee() {
    let mut store = Store::open_in_memory().unwrap();
    let (bank, alipay, cash) = (account(&store, "银行"), account(&store, "支付宝"), account(&store, "现金"));
    let (out_id, in_id) = transfer(&mut store, day(4), &bank, &alipay, 10_000, "").unwrap();
    let payees = |store: &Store| (store.txn(out_id).unwrap().payee, store.txn(in_id).unwrap().payee);
    assert_eq!(payees(&store), (alipay.name.clone(), bank.name.clone()));
    edit(&mut store, out_id, &EntryPatch { account_id: Some(cash.id), ..EntryPatch::default() }).unwrap();
    assert_eq!(store.txn(out_id).unwrap().account_id, cash.id);
    assert_eq!(payees(&store), (alipay.name.clone(), cash.name.clone()));
    crate::ops::history::undo(&mut store).unwrap();
    assert_eq!(payees(&store), (alipay.name.clone(), bank.name.clone()));
    // A payee of one's own on the other leg is kept.
    edit(&mut store, in_id, &EntryPatch { payee: Some("工资卡".into()), ..EntryPatch::default() }).unwrap();
    edit(&mut store, out_id, &EntryPatch { account_id: Some(cash.id), ..EntryPatch::default() }).unwrap();
    assert_eq!(payees(&store), (alipay.name.clone(), "工资卡".to_owned()));
}

/// Issue 20 item 2: a screen's edit or delete acts only on the row it
/// showed. Changed or deleted meanwhile, it is refused and nothing is written.
#[test]
fn an_edit_or_delete_from_a_screen_acts_only_on_the_row_as_shown() {
    use crate::store::StoreError;
    let mut store = Store::open_in_memory().unwrap();
    let shown = put(&mut store, Some("food"), "美团", 2_500).unwrap();
    let other = put(&mut store, Some("food"), "Cafe", 1_200).unwrap();
    // Another nestegg corrects the payee after the screen showed the row.
    let now = edit(&mut store, shown.id, &EntryPatch { payee: Some("美团外卖".into()), ..Default::default() }).unwrap();
    let rows = |s: &Store| s.txn_page(&crate::model::TxnFilter::default(), None, 10).unwrap();
    let before = rows(&store);
    let changed = |e: OpError| match e {
        OpError::Store(StoreError::Changed { what: "transaction", id, gone }) => (id, gone),
        other => panic!("{other:?}"),
    };
    let amount = EntryPatch { typed: Some(3_000), ..Default::default() };
    assert_eq!(changed(edit_seen(&mut store, &shown, &amount).unwrap_err()), (shown.id, false));
    assert_eq!(changed(delete_seen(&mut store, &shown).unwrap_err()), (shown.id, false));
    assert_eq!(rows(&store), before, "nothing was written");
    // A name shown beside the row changed (an account renamed): the same row.
    let mut renamed = now.clone();
    renamed.account = "WeChat".into();
    let saved = edit_seen(&mut store, &renamed, &amount).unwrap();
    assert_eq!((saved.amount, saved.payee.as_str()), (-3_000, "美团外卖"), "the correction made meanwhile stays");
    // Deleted meanwhile (and a new row added after it): refused as gone.
    delete(&mut store, other.id).unwrap();
    let newer = put(&mut store, Some("food"), "Bookshop", 4_000).unwrap();
    assert!(newer.id > other.id, "a deleted id is never handed out again");
    let before = rows(&store);
    assert_eq!(changed(delete_seen(&mut store, &other).unwrap_err()), (other.id, true));
    assert_eq!(changed(edit_seen(&mut store, &other, &amount).unwrap_err()), (other.id, true));
    assert_eq!(rows(&store), before);
    // As shown: it goes.
    assert_eq!(delete_seen(&mut store, &newer).unwrap().len(), 1);
}

proptest::proptest! {
    #![proptest_config(crate::proptest_config(128))]

    /// Issue 20 item 4: an add is stored exactly when its size is within
    /// the one limit; beyond it, the refusal names the limit and nothing is
    /// written. Kept totals at the limit never wrap.
    #[test]
    fn an_add_is_stored_exactly_when_within_the_limit(typed in proptest::prop_oneof![
        -crate::money::MAX_AMOUNT - 10..=-crate::money::MAX_AMOUNT + 10,
        crate::money::MAX_AMOUNT - 10..=crate::money::MAX_AMOUNT + 10,
        proptest::prelude::any::<i64>(),
        proptest::strategy::Just(i64::MIN),
        proptest::strategy::Just(i64::MAX),
    ]) {
        proptest::prop_assume!(typed != 0);
        let mut store = Store::open_in_memory().unwrap();
        let result = put(&mut store, Some("food"), "x", typed);
        let within = typed.unsigned_abs() <= crate::money::MAX_AMOUNT.unsigned_abs();
        match result {
            Ok(t) => {
                proptest::prop_assert!(within, "{typed} stored");
                // Twice more at this size: the month's kept total holds it.
                put(&mut store, Some("food"), "x", typed).unwrap();
                put(&mut store, Some("food"), "x", typed).unwrap();
                proptest::prop_assert_eq!(store.check().unwrap().len(), 0);
                proptest::prop_assert_eq!(t.amount, -typed);
            }
            Err(e) => {
                proptest::prop_assert!(!within, "{typed} refused: {e}");
                proptest::prop_assert!(e.to_string().contains("10,000,000,000.00"), "{}", e);
                proptest::prop_assert_eq!(store.txn_count().unwrap(), 0);
            }
        }
    }
}
