//! Issue 27, matching across sources: a purchase seen in an Alipay bill
//! and again in the bank statement (counterparty 支付宝) is booked once, on
//! the card that paid it, whichever file comes first; a 花呗 repayment in
//! the statement is a transfer to 花呗, never spending. Fixtures written by
//! the project in the real layouts (synthetic rows):
//!
//! - `alipay_twins.csv` (交易流水证明, GBK): 电影院 120.00 and 鹤岗饺子馆
//!   35.50 on 花呗, 美家多超市 88.00 (the 20th) and 新华书店 42.00 (the 22nd)
//!   on 招商银行储蓄卡(1234), 鹤岗公交 20.00 from 余额;
//! - `cmb_twins.csv` (招商银行 交易流水, `cmb`): salary +8,000.00, the two
//!   支付宝 rows −88.00 (the 21st, a day later) and −42.00 (the 22nd, the
//!   same day), 花呗还款 −155.50; its 联机余额 closes at 7,714.50;
//! - `cmb_credit_twins.csv` (招商银行信用卡 账单, `cmb-credit`, GBK): 京东商城
//!   3,000.00 on Nov 25, then split into 3 instalments with `instalments`.
//!
//! By hand: the card 8,000.00 − 88.00 − 42.00 − 155.50 = 7,714.50 (the
//! statement's closing balance); 花呗 −120.00 − 35.50 + 155.50 = 0.00;
//! Alipay −20.00; November's spending 120.00 + 35.50 + 88.00 + 42.00 +
//! 20.00 = 305.50 (each purchase once, the repayment not), income
//! 8,000.00, saved 7,694.50.

use crate::common;

use common::{Cli, fixture, table_rows};

const CARD: &str = "招商银行 1234";

fn bill() -> String {
    fixture("alipay_twins.csv")
}

fn statement() -> String {
    fixture("cmb_twins.csv")
}

/// An account's balance as `accounts` lists it (its last cell).
fn balance(l: &Cli, name: &str) -> Option<String> {
    let out = l.ok(&["accounts", "list", "--all"]);
    out.lines()
        .find(|line| line.strip_prefix(name).is_some_and(|rest| rest.starts_with("  ")))
        .and_then(|line| line.split_whitespace().last().map(str::to_owned))
}

/// income, housing, spending, savings of one month.
fn month(l: &Cli, m: &str) -> Vec<String> {
    let out = l.ok(&["report", "monthly", "--from", m, "--to", m, "--format", "csv"]);
    out.lines().nth(1).unwrap().split(',').skip(1).take(4).map(str::to_owned).collect()
}

/// Every transaction as the user sees it, ids aside: date, account, amount,
/// payee, note, category, and for a transfer's leg the other leg's account.
fn ledger(l: &Cli) -> Vec<String> {
    let conn = rusqlite::Connection::open(&l.path).unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT t.date, a.name, t.amount, t.payee, t.note, coalesce(c.name, ''),
                    coalesce((SELECT oa.name FROM txns o JOIN accounts oa ON oa.id = o.account_id
                              WHERE o.transfer_id = t.transfer_id AND o.id <> t.id), '')
             FROM txns t JOIN accounts a ON a.id = t.account_id LEFT JOIN categories c ON c.id = t.category_id
             ORDER BY 1, 2, 3",
        )
        .unwrap();
    stmt.query_map([], |r| {
        Ok(format!(
            "{} {} {} {} {} {} {}",
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, i64>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, String>(4)?,
            r.get::<_, String>(5)?,
            r.get::<_, String>(6)?
        ))
    })
    .unwrap()
    .map(Result::unwrap)
    .collect()
}

/// What an import may change: accounts, transactions, transfers, saved maps.
fn state(l: &Cli) -> Vec<Vec<String>> {
    let conn = rusqlite::Connection::open(&l.path).unwrap();
    ["accounts", "txns", "transfers", "import_mappings"].iter().map(|t| table_rows(&conn, t)).collect()
}

/// The bill first: the card's account is made by it, the statement goes there.
fn bill_first() -> Cli {
    let l = Cli::new();
    l.ok(&["import", &bill()]);
    let out = l.ok(&["import", &statement(), "-a", CARD]);
    assert!(out.contains("3 new, 2 already in the ledger"), "{out}");
    l
}

/// The statement first, into the card's account the user made.
fn statement_first() -> Cli {
    let l = Cli::new();
    l.ok(&["accounts", "add", CARD, "--kind", "bank"]);
    let out = l.ok(&["import", &statement(), "-a", CARD]);
    assert!(out.contains("5 new, 0 already in the ledger"), "{out}");
    assert!(out.contains("line 8: pays 花呗 back (a new credit account): a transfer to it, not spending"), "{out}");
    let out = l.ok(&["import", &bill()]);
    assert!(out.contains("5 new, 0 already in the ledger"), "{out}");
    l
}

#[test]
fn either_order_books_each_purchase_once_on_the_account_that_paid() {
    let a = bill_first();
    let b = statement_first();
    let want = [
        format!("2026-11-05 {CARD} 800000 鹤岗某公司 代发工资 side income "),
        "2026-11-10 花呗 -12000 电影院 电影票 entertainment ".to_owned(),
        "2026-11-12 Alipay -2000 鹤岗公交 公交卡充值 transport ".to_owned(),
        "2026-11-18 花呗 -3550 鹤岗饺子馆 午饭 food ".to_owned(),
        format!("2026-11-20 {CARD} -8800 美家多超市 洗衣液 纸巾 groceries "),
        format!("2026-11-22 {CARD} -4200 新华书店 图书 entertainment "),
        format!("2026-11-28 {CARD} -15550 支付宝（中国）网络技术有限公司 花呗还款  花呗"),
        format!("2026-11-28 花呗 15550 支付宝（中国）网络技术有限公司 花呗还款  {CARD}"),
    ];
    assert_eq!(ledger(&a), want);
    assert_eq!(ledger(&b), want, "the same ledger whichever file came first");
    for l in [&a, &b] {
        assert_eq!(balance(l, CARD).as_deref(), Some("¥7,714.50"), "the statement's closing 联机余额");
        assert_eq!(balance(l, "花呗").as_deref(), Some("¥0.00"), "花呗 owes nothing after the repayment");
        assert_eq!(balance(l, "Alipay").as_deref(), Some("-¥20.00"));
        assert_eq!(month(l, "2026-11"), ["8000.00", "0.00", "305.50", "7694.50"]);
    }
}

#[test]
fn the_preview_lists_each_pair_and_the_repayment_with_its_reason() {
    let l = Cli::new();
    l.ok(&["import", &bill()]);
    let out = l.ok(&["import", &statement(), "-a", CARD, "--dry-run"]);
    assert!(out.contains("booked once (each purchase on the account that paid it):"), "{out}");
    assert!(
        out.contains(&format!(
            "line 6: twin of 美家多超市 on 2026-11-20 ({CARD}, same amount, 1 day apart), already in the ledger: not booked again"
        )),
        "{out}"
    );
    assert!(out.contains("line 7: twin of 新华书店 on 2026-11-22"), "{out}");
    assert!(out.contains("same amount, 0 days apart"), "{out}");
    assert!(out.contains("line 8: pays 花呗 back: a transfer to it, not spending"), "{out}");
    assert!(out.contains("--keep-apart LINE"), "{out}");
    // The other way round: the bill's rows take the bank rows' places.
    let l = Cli::new();
    l.ok(&["accounts", "add", CARD, "--kind", "bank"]);
    l.ok(&["import", &statement(), "-a", CARD]);
    let out = l.ok(&["import", &bill(), "--dry-run"]);
    assert!(
        out.contains(&format!(
            "line 18: takes the place of its twin 支付宝（中国）网络技术有限公司 on 2026-11-21 ({CARD}, same amount, 1 day apart) from the bank statement"
        )),
        "{out}"
    );
    // In Chinese.
    let out = l.ok(&["--lang", "zh", "import", &bill(), "--dry-run"]);
    assert!(out.contains("只记一次") && out.contains("第 17 行：取代银行流水里的同一笔"), "{out}");
}

#[test]
fn importing_any_file_again_adds_nothing() {
    for l in [bill_first(), statement_first()] {
        let before = state(&l);
        for (file, account) in [(bill(), None), (statement(), Some(CARD))] {
            let mut args = vec!["import", file.as_str()];
            args.extend(account.iter().flat_map(|a| ["-a", a]));
            let out = l.ok(&args);
            assert!(out.contains("0 new"), "{out}");
            assert!(out.contains("nothing new"), "{out}");
        }
        assert_eq!(state(&l), before);
    }
}

#[test]
fn one_undo_takes_an_import_back_whole() {
    // Statement first: undoing the bill brings the bank rows it replaced back.
    let l = Cli::new();
    l.ok(&["accounts", "add", CARD, "--kind", "bank"]);
    l.ok(&["import", &statement(), "-a", CARD]);
    let after_statement = (state(&l), ledger(&l));
    l.ok(&["import", &bill()]);
    l.ok(&["undo"]);
    assert_eq!((state(&l), ledger(&l)), after_statement);
    // And the redo books it once again.
    l.ok(&["redo"]);
    assert_eq!(month(&l, "2026-11")[2], "305.50");
    // Bill first: undoing the statement takes its rows and the repayment.
    let l = Cli::new();
    l.ok(&["import", &bill()]);
    let after_bill = state(&l);
    l.ok(&["import", &statement(), "-a", CARD]);
    l.ok(&["undo"]);
    assert_eq!(state(&l), after_bill);
}

#[test]
fn a_pair_kept_apart_is_booked_as_it_is() {
    let l = Cli::new();
    l.ok(&["import", &bill()]);
    let out = l.ok(&["import", &statement(), "-a", CARD, "--keep-apart", "6"]);
    assert!(out.contains("4 new, 1 already in the ledger"), "{out}");
    assert!(!out.contains("line 6: twin"), "{out}");
    // 88.00 now twice: 305.50 + 88.00 = 393.50.
    assert_eq!(month(&l, "2026-11")[2], "393.50");
}

/// The credit card's statement (`cmb_credit_twins.csv`, `cmb-credit`): one
/// purchase of 3,000.00 at 京东商城 on Nov 25, onto a card with a limit of
/// 10,000.00, statement day 20, due day 8.
fn with_the_card(l: &Cli) {
    l.ok(&["accounts", "add", "招商银行信用卡 5678", "--kind", "credit"]);
    l.ok(&["accounts", "credit", "招商银行信用卡 5678", "--limit", "10000", "--statement-day", "20", "--due-day", "8"]);
    let out = l.ok(&["import", &fixture("cmb_credit_twins.csv"), "-a", "招商银行信用卡 5678"]);
    assert!(out.contains("1 new, 0 already in the ledger"), "{out}");
}

#[test]
fn all_three_statements_in_either_order_and_the_card_purchase_in_instalments() {
    let a = bill_first();
    with_the_card(&a);
    let b = Cli::new();
    with_the_card(&b);
    b.ok(&["accounts", "add", CARD, "--kind", "bank"]);
    b.ok(&["import", &statement(), "-a", CARD]);
    b.ok(&["import", &bill()]);
    assert_eq!(ledger(&a), ledger(&b));
    for l in [&a, &b] {
        // The card owes its statement's 3,000.00; the purchase is November's
        // spending once: 305.50 + 3,000.00 = 3,305.50.
        let conn = rusqlite::Connection::open(&l.path).unwrap();
        let owed: i64 = conn
            .query_row(
                "SELECT sum(amount) FROM txns t JOIN accounts a ON a.id = t.account_id WHERE a.name = '招商银行信用卡 5678'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(owed, -300_000);
        assert_eq!(month(l, "2026-11"), ["8000.00", "0.00", "3305.50", "4694.50"]);
        let again = l.ok(&["import", &fixture("cmb_credit_twins.csv"), "-a", "招商银行信用卡 5678"]);
        assert!(again.contains("0 new, 1 already"), "{again}");
        // Split into 3 instalments: a third of the principal on each statement from Dec 20.
        let id: i64 = conn.query_row("SELECT id FROM txns WHERE payee = '京东商城'", [], |r| r.get(0)).unwrap();
        let made = l.ok(&["instalments", &id.to_string(), "3"]);
        assert!(
            made.starts_with(&format!(
                "#{id} in 3 instalments: ¥1,000.00 of principal on each statement from 2026-12-20"
            )),
            "{made}"
        );
        // Spending stays the purchase's, once.
        assert_eq!(month(l, "2026-11")[2], "3305.50");
    }
}

#[test]
fn a_wechat_payment_and_its_tenpay_row_are_booked_once_either_way() {
    // WeChat's 早餐店 5.00 on Nov 19 paid by 招商银行(1234); the statement's
    // 财付通支付科技有限公司 −5.00 on Nov 20 (`cmb_tenpay.csv`).
    let tenpay = fixture("cmb_tenpay.csv");
    let wechat = fixture("wechat_funding.csv");
    let a = Cli::new();
    a.ok(&["accounts", "add", CARD, "--kind", "bank"]);
    a.ok(&["import", &wechat]);
    let out = a.ok(&["import", &tenpay, "-a", CARD]);
    assert!(
        out.contains("0 new, 1 already in the ledger") && out.contains("line 5: twin of 早餐店 on 2026-11-19"),
        "{out}"
    );
    let b = Cli::new();
    b.ok(&["accounts", "add", CARD, "--kind", "bank"]);
    b.ok(&["import", &tenpay, "-a", CARD]);
    let out = b.ok(&["import", &wechat]);
    assert!(out.contains("takes the place of its twin 财付通支付科技有限公司 on 2026-11-20"), "{out}");
    assert_eq!(ledger(&a), ledger(&b));
    // −5.00 once: the statement's closing balance.
    assert_eq!(balance(&a, CARD).as_deref(), Some("-¥5.00"));
    assert_eq!(month(&a, "2026-11")[2], "71.00", "26.00 + 40.00 + 5.00");
}
