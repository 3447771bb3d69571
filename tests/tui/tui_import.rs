//! The Import screen, headless: the preview of a bill (rows as they will be
//! stored, counts, problems), invalid files, cancelling, importing.

use crate::common;

use common::{Session, fixture, screen};

fn imported(s: &Session) -> Vec<(String, String, i64)> {
    s.rows().into_iter().map(|t| (t.payee, t.category.unwrap_or_default(), t.amount)).collect()
}

#[test]
fn the_preview_shows_rows_as_they_will_be_stored_and_enter_imports_them() {
    let s = Session::new();
    let open = format!("I{}<Enter>", fixture("alipay.csv"));
    let text = screen(&s.run(&open, (100, 30)));
    assert!(text.contains("Import alipay.csv: alipay (GBK/GB18030)"), "{text}");
    assert!(text.contains("6 new · 0 already in the ledger · 0 invalid · 2 skipped"), "{text}");
    assert!(text.contains("line 21: skipped: 交易关闭"), "{text}");
    let refund = text.lines().find(|l| l.contains("¥20.00")).unwrap_or_default();
    assert!(refund.contains("groceries (refund of") && refund.contains("new"), "{text}");
    assert!(imported(&s).is_empty(), "a preview writes nothing");
    insta::assert_snapshot!("import_preview_80x24", screen(&s.run(&open, (80, 24))));
    // Esc writes nothing; Enter imports, one undo step.
    let text = screen(&s.run(&format!("{open}<Esc>"), (100, 30)));
    assert!(text.contains("import cancelled: nothing was written") && imported(&s).is_empty(), "{text}");
    let text = screen(&s.run(&format!("{open}<Enter>"), (100, 30)));
    assert!(text.contains("imported 6 transactions from alipay.csv; u undoes the whole import"), "{text}");
    assert_eq!(imported(&s).len(), 6);
    assert!(imported(&s).contains(&("好又多超市".into(), "groceries".into(), 2000)));
    // The same bill again: nothing new, and Enter says so.
    let text = screen(&s.run(&format!("{open}<Enter>"), (100, 30)));
    assert!(text.contains("0 new · 6 already in the ledger") && text.contains("nothing new to import"), "{text}");
    s.run("u", (100, 30));
    assert!(imported(&s).is_empty(), "u undid the whole import");
}

#[test]
fn invalid_rows_stop_enter_and_s_imports_the_rest() {
    let s = Session::new();
    let open = format!("I{}<Enter>", fixture("wechat_invalid.csv"));
    let text = screen(&s.run(&format!("{open}<Enter>"), (100, 30)));
    assert!(text.contains("2 invalid"), "{text}");
    assert!(text.contains("line 16: ✗ '2026-13-31 12:30:00' is not a date"), "{text}");
    assert!(text.contains("2 rows cannot be imported: fix the file, or S imports the other rows"), "{text}");
    assert!(imported(&s).is_empty());
    s.run(&format!("{open}S"), (100, 30));
    assert_eq!(imported(&s).len(), 5);
}

#[test]
fn a_category_corrected_in_the_preview_applies_to_the_payees_rows() {
    let s = Session::new();
    // The first row is 美团外卖; its refund follows it to food.
    let text = screen(&s.run(&format!("I{}<Enter>cfoo<Enter>", fixture("wechat.csv")), (100, 30)));
    assert!(text.contains("2 rows of 美团外卖 go to food"), "{text}");
    let text = screen(&s.run(&format!("I{}<Enter>csalary<Enter>", fixture("wechat.csv")), (100, 30)));
    assert!(text.contains("'salary' is an income category; this row needs a spending or housing one"), "{text}");
    s.run(&format!("I{}<Enter>cfood<Enter><Enter>", fixture("wechat.csv")), (100, 30));
    let rows = imported(&s);
    assert!(
        rows.contains(&("美团外卖".into(), "food".into(), -2816))
            && rows.contains(&("美团外卖".into(), "food".into(), 800))
    );
    // A bank CSV: since issue 21 its mapping screen opens (its columns to
    // check), and nothing is written until Enter.
    let before = imported(&s);
    let text = screen(&s.run(&format!("I{}<Enter>", fixture("bank.csv")), (100, 30)));
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("Columns of bank.csv (UTF-8)") && flat.contains("LINE 交易日期 摘要 对方户名 金额 余额"),
        "{text}"
    );
    assert_eq!(imported(&s), before);
}

#[test]
fn the_preview_in_chinese() {
    nestegg::text::set_lang(nestegg::text::Lang::Zh);
    let s = Session::new();
    let open = format!("I{}<Enter>", fixture("alipay.csv"));
    let text = screen(&s.run(&open, (100, 30)));
    assert!(text.contains("导入 alipay.csv：支付宝（GBK/GB18030）"), "{text}");
    assert!(text.contains("新 6 行 · 已在账本 0 行 · 无效 0 行 · 跳过 2 行"), "{text}");
    assert!(text.contains("付款来源：花呗 → 花呗（新信用卡账户）· 2 行"), "{text}");
    assert!(text.contains("第 21 行：已跳过：交易关闭"), "{text}");
    insta::assert_snapshot!("import_preview_zh_80x24", screen(&s.run(&open, (80, 24))));
    // A shipped category typed in Chinese is found; one of the wrong side is refused in Chinese.
    let text = screen(&s.run(&format!("I{}<Enter>c餐饮<Enter>", fixture("wechat.csv")), (100, 30)));
    assert!(text.contains("美团外卖 的 2 行改记为餐饮"), "{text}");
    let text = screen(&s.run(&format!("I{}<Enter>c工资<Enter>", fixture("wechat.csv")), (100, 30)));
    assert!(text.contains("「工资」是收入类别；这一行需要支出或住房类别"), "{text}");
    s.run(&format!("I{}<Enter>c餐饮<Enter><Enter>", fixture("wechat.csv")), (100, 30));
    assert!(imported(&s).contains(&("美团外卖".into(), "food".into(), -2816)), "stored by its English name");
}

#[test]
fn the_file_prompt_hands_the_path_over_as_typed() {
    use nestegg::tui::action::{Action, Effect, LedgerAction, Reply, TextAction};
    use nestegg::tui::app::App;
    // `update` reads no environment: `~/` is expanded by the effect runner.
    let mut app = App::new(common::today(), (100, 30));
    assert_eq!(app.update(Action::Ledger(LedgerAction::OpenImport)), Some(Effect::ListBills));
    for c in " ~/Downloads/bill.csv ".chars() {
        app.update(Action::Text(TextAction::Input(c)));
    }
    let path = std::path::PathBuf::from("~/Downloads/bill.csv");
    assert_eq!(
        app.update(Action::Text(TextAction::Submit)),
        Some(Effect::PlanImport { path, account: None, map: None, apart: Vec::new() })
    );
    // The file cannot be read: the prompt comes back with the path as typed.
    let failed = Reply::ImportPlanned(Box::new(Err("cannot tell what kind of bill this is".into())));
    assert_eq!(app.update(Action::Done(failed)), None);
    assert_eq!(app.mode, nestegg::tui::app::Mode::Prompt);
    assert_eq!(app.prompt.text().trim(), "~/Downloads/bill.csv");
    assert!(app.status.as_ref().is_some_and(|s| s.text.contains("cannot tell")), "{:?}", app.status);
}

#[test]
fn a_qif_file_goes_to_the_first_bank_account_and_a_moves_it() {
    let s = Session::new();
    // The record to [Savings] needs that account.
    let mut store = s.store();
    nestegg::ops::catalog::add_account(
        &mut store,
        "Savings",
        nestegg::model::AccountKind::Savings,
        nestegg::money::Currency::CNY,
    )
    .unwrap();
    drop(store);
    let qif = format!("{}/tests/fixtures/ofx/bank.qif", env!("CARGO_MANIFEST_DIR"));
    let open = format!("I{qif}<Enter>");
    let text = screen(&s.run(&open, (100, 30)));
    assert!(text.contains("Import bank.qif: QIF (UTF-8)"), "{text}");
    assert!(text.contains("6 new · 0 already in the ledger · 0 invalid · 0 skipped"), "{text}");
    let payroll = text.lines().find(|l| l.contains("ACME Payroll")).unwrap_or_default();
    assert!(payroll.contains("Bank card"), "{text}");
    assert!(imported(&s).is_empty(), "a preview writes nothing");
    // `a`: the next account, Cash; Enter imports there.
    let text = screen(&s.run(&format!("{open}a"), (100, 30)));
    let payroll = text.lines().find(|l| l.contains("ACME Payroll")).unwrap_or_default();
    assert!(payroll.contains("Cash"), "{text}");
    s.run(&format!("{open}a<Enter>"), (100, 30));
    let cash = s.store().accounts(true).unwrap().into_iter().find(|a| a.name == "Cash").unwrap().id;
    assert_eq!(s.rows().iter().filter(|t| t.account_id == cash).count(), 5, "four rows and one leg of the transfer");
}
