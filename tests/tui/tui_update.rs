//! The interface's update logic without a terminal or a ledger: actions in,
//! state and effects out.

use chrono::NaiveDate;
use nestegg::model::{Account, AccountKind, Category, Class, Txn, TxnFilter};
use nestegg::money::Currency;
use nestegg::report::MonthSummary;
use nestegg::store::Key;
use nestegg::tui::action::{
    Action, Effect, LedgerAction, MonthsAction, PageMode, PageRequest, Reply, Selection, TextAction,
};
use nestegg::tui::app::{App, Mode, PAGE, Tab, WINDOW};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

fn txn(id: i64, date: &str) -> Txn {
    Txn {
        id,
        date: date.parse().unwrap(),
        account_id: 1,
        account: "Bank card".into(),
        category_id: Some(5),
        category: Some("food".into()),
        class: Some(Class::Spending),
        payee: format!("p{id}"),
        note: String::new(),
        amount: -100 * id,
        currency: Currency::CNY,
        transfer_id: None,
        tags: Default::default(),
    }
}

fn lookups() -> Action {
    let acc = |id, name: &str| Account {
        id,
        name: name.into(),
        kind: AccountKind::Bank,
        currency: Currency::CNY,
        archived: false,
    };
    let cat = |id, name: &str, class| Category { id, name: name.into(), class, parent_id: None, archived: false };
    Action::Done(Reply::LookupsLoaded {
        accounts: vec![acc(1, "Bank card"), acc(2, "WeChat Pay")],
        categories: vec![
            cat(1, "salary", Class::Income),
            cat(5, "food", Class::Spending),
            cat(6, "groceries", Class::Spending),
        ],
        empty: false,
        upcoming: Vec::new(),
    })
}

/// An app that has loaded its lookups and one full page of `n` rows, one per day back from today.
fn loaded(n: usize, full: bool) -> App {
    let mut app = App::new(today(), (100, 30));
    // A start posts the recurring instances due, then reads the lookups.
    assert_eq!(app.update(Action::Start), Some(Effect::PostDue));
    assert_eq!(app.update(Action::Done(Reply::Posted { message: None, error: false })), Some(Effect::LoadLookups));
    let effect = app.update(lookups());
    let Some(Effect::LoadPage { request, .. }) = effect else { panic!("lookups lead to a page load, got {effect:?}") };
    assert_eq!(
        request,
        PageRequest { key: None, oldest: false, limit: PAGE, mode: PageMode::Replace(Selection::First) }
    );
    let rows: Vec<Txn> =
        (0..n).map(|i| txn(1000 - i as i64, &(today() - chrono::Duration::days(i as i64)).to_string())).collect();
    let limit = if full { n } else { n + 1 };
    let effect = app.update(Action::Done(Reply::PageLoaded {
        rows,
        request: PageRequest { limit, ..request },
        reconciled: Vec::new(),
    }));
    let Some(Effect::LoadSummary { month, .. }) = effect else {
        panic!("a new page asks for the header totals: {effect:?}")
    };
    let zero = MonthSummary { month, income: 0, housing: 0, spending: 0, savings: 0 };
    assert_eq!(app.update(Action::Done(Reply::SummaryLoaded(zero, Vec::new(), None))), None);
    app
}

#[test]
fn moving_past_the_window_asks_for_the_next_page_by_key() {
    let mut app = loaded(3, true);
    assert_eq!(app.update(Action::Ledger(LedgerAction::Down)), None, "same month: no new summary");
    assert_eq!(app.selected, 1);
    app.update(Action::Ledger(LedgerAction::Down));
    let effect = app.update(Action::Ledger(LedgerAction::Down));
    let last = app.rows.last().unwrap().clone();
    match effect {
        Some(Effect::LoadPage { request, .. }) => {
            assert_eq!(request.key, Some(Key::Before(last.date, last.id)));
            assert_eq!(request.mode, PageMode::Append);
        }
        other => panic!("expected a page load, got {other:?}"),
    }
    // The page arrives: the selection moves onto its first row.
    let more = vec![txn(10, "2026-10-01"), txn(9, "2026-09-30")];
    let effect = app.update(Action::Done(Reply::PageLoaded {
        rows: more,
        request: PageRequest { key: None, oldest: false, limit: PAGE, mode: PageMode::Append },
        reconciled: Vec::new(),
    }));
    assert_eq!(app.selected_txn().unwrap().id, 10);
    assert!(app.at_oldest, "a short page means there is nothing older");
    assert!(matches!(effect, Some(Effect::LoadSummary { month, .. }) if month.to_string() == "2026-10"));
}

#[test]
fn the_window_stays_bounded() {
    let mut app = loaded(WINDOW, true);
    app.update(Action::Ledger(LedgerAction::Bottom));
    for round in 0..5 {
        let older: Vec<Txn> = (0..PAGE).map(|i| txn(-((round * PAGE + i) as i64), "2020-01-01")).collect();
        app.update(Action::Done(Reply::PageLoaded {
            rows: older,
            request: PageRequest { key: None, oldest: false, limit: PAGE, mode: PageMode::Append },
            reconciled: Vec::new(),
        }));
        assert!(app.rows.len() <= WINDOW);
    }
    assert!(!app.at_newest, "rows were dropped from the top, so newer ones must be read again");
}

#[test]
fn delete_needs_a_yes() {
    let mut app = loaded(3, false);
    assert_eq!(app.update(Action::Ledger(LedgerAction::AskDelete)), None);
    assert_eq!(app.mode, Mode::Confirm);
    assert_eq!(app.update(Action::Cancel), None);
    assert_eq!(app.mode, Mode::Browse);
    app.update(Action::Ledger(LedgerAction::AskDelete));
    // The delete carries the row as shown, to be checked against the ledger.
    let shown = app.rows[app.selected].clone();
    assert_eq!(shown.id, 1000);
    assert_eq!(app.update(Action::Confirm), Some(Effect::Delete(Box::new(shown))));
}

#[test]
fn quick_add_builds_a_draft_or_says_what_is_wrong() {
    let mut app = loaded(1, false);
    app.update(Action::Ledger(LedgerAction::OpenQuick));
    for c in "12.5*2 美团 @wechat #groc".chars() {
        app.update(Action::Text(TextAction::Input(c)));
    }
    match app.update(Action::Text(TextAction::Submit)) {
        Some(Effect::Save(nestegg::tui::action::Draft { entry: d, .. })) => {
            assert_eq!(
                (d.typed, d.account_id, d.category_id, d.payee.as_str(), d.date),
                (2500, 2, Some(6), "美团", today())
            );
        }
        other => panic!("expected a save, got {other:?}"),
    }
    assert_eq!(app.mode, Mode::Browse);
    app.update(Action::Ledger(LedgerAction::OpenQuick));
    for c in "lunch".chars() {
        app.update(Action::Text(TextAction::Input(c)));
    }
    assert_eq!(app.update(Action::Text(TextAction::Submit)), None);
    assert_eq!(app.mode, Mode::Prompt, "the prompt stays open to fix the line");
    assert!(app.status.as_ref().unwrap().error);
}

#[test]
fn filter_terms_become_a_store_filter() {
    let mut app = loaded(2, false);
    app.update(Action::Ledger(LedgerAction::OpenFilter));
    for c in "cat:food >100 2026-10 美团".chars() {
        app.update(Action::Text(TextAction::Input(c)));
    }
    let effect = app.update(Action::Text(TextAction::Submit));
    let expected = TxnFilter {
        from: Some("2026-10-01".parse().unwrap()),
        to: Some("2026-10-31".parse().unwrap()),
        category_id: Some(5),
        search: Some("美团".into()),
        min_abs: Some(10_001),
        ..TxnFilter::default()
    };
    assert!(matches!(&effect, Some(Effect::LoadPage { filter, .. }) if *filter == expected), "{effect:?}");
    assert_eq!(
        app.update(Action::Ledger(LedgerAction::ClearFilter))
            .map(|e| matches!(e, Effect::LoadPage { filter, .. } if filter == TxnFilter::default())),
        Some(true)
    );
}

#[test]
fn the_form_validates_before_it_saves() {
    let mut app = loaded(1, false);
    app.update(Action::Ledger(LedgerAction::OpenAdd));
    assert_eq!(app.mode, Mode::Form);
    assert_eq!(app.update(Action::Text(TextAction::Submit)), None, "an empty amount is not saved");
    assert!(app.form.as_ref().unwrap().errors.iter().any(|(f, _)| *f == nestegg::tui::form::Field::Amount));
    for c in "30+4.5".chars() {
        app.update(Action::Text(TextAction::Input(c)));
    }
    match app.update(Action::Text(TextAction::Submit)) {
        Some(Effect::Save(nestegg::tui::action::Draft { entry: d, .. })) => {
            assert_eq!((d.typed, d.category_id, d.account_id), (3450, Some(5), 1))
        }
        other => panic!("expected a save, got {other:?}"),
    }
}

/// A newcomer's `12OO`: the form says what is wrong and goes back to the
/// amount, where Backspace takes off one character (the typo), not the lot.
#[test]
fn backspace_after_a_refused_save_fixes_the_typo() {
    let mut app = loaded(1, false);
    app.update(Action::Ledger(LedgerAction::OpenAdd));
    for c in "12OO".chars() {
        app.update(Action::Text(TextAction::Input(c)));
    }
    assert_eq!(app.update(Action::Text(TextAction::Submit)), None);
    for _ in 0..2 {
        app.update(Action::Text(TextAction::Backspace));
    }
    for c in "00".chars() {
        app.update(Action::Text(TextAction::Input(c)));
    }
    assert_eq!(app.form.as_ref().unwrap().input(nestegg::tui::form::Field::Amount).text(), "1200");
}

/// Types `text` into whatever has the keys.
fn type_in(app: &mut App, text: &str) {
    for c in text.chars() {
        app.update(Action::Text(TextAction::Input(c)));
    }
}

/// Issue 19 item 4: `11-28` in the amount saved a ¥17 refund, `1999-01-01`
/// an expense of ¥1,997, `5-10` a ¥5 refund. Now each is an error next to
/// the amount, and a plain negative amount is still a refund.
#[test]
fn a_date_typed_into_the_amount_is_an_error_not_a_refund() {
    use nestegg::tui::form::Field;
    for (typed, said) in [
        ("11-28", "11-28 = -17: did you mean a date?"),
        ("1999-01-01", "1999-01-01 = 1997: did you mean a date?"),
        ("5-10", "5-10 = -5: did you mean a date?"),
        ("20-30", "20-30 = -10: a calculation must come out above zero"),
    ] {
        let mut app = loaded(1, false);
        app.update(Action::Ledger(LedgerAction::OpenAdd));
        type_in(&mut app, typed);
        assert_eq!(app.update(Action::Text(TextAction::Submit)), None, "{typed} is not saved");
        let form = app.form.as_ref().expect("the form stays open");
        assert!(form.error(Field::Amount).is_some_and(|e| e.starts_with(said)), "{typed}: {:?}", form.errors);
        assert_eq!(form.focus, Field::Amount, "{typed}: the amount has the keys to fix it");
    }
    let mut app = loaded(1, false);
    app.update(Action::Ledger(LedgerAction::OpenAdd));
    type_in(&mut app, "-17");
    let Some(Effect::Save(draft)) = app.update(Action::Text(TextAction::Submit)) else { panic!("a refund saves") };
    assert_eq!(draft.entry.typed, -1700);
}

/// Issue 19 item 21: quick add reads amounts as people write them and a
/// leading date.
#[test]
fn quick_add_reads_yuan_words_full_width_digits_and_a_leading_date() {
    for (line, typed, date, payee) in [
        ("15元 午饭", 1500, "2026-11-28", "午饭"),
        ("5块 煎饼", 500, "2026-11-28", "煎饼"),
        ("¥15 lunch", 1500, "2026-11-28", "lunch"),
        ("１５ 午饭", 1500, "2026-11-28", "午饭"),
        ("y 15 午饭", 1500, "2026-11-27", "午饭"),
        ("昨天 15 午饭", 1500, "2026-11-27", "午饭"),
        ("-2 12.5*2 午饭", 2500, "2026-11-26", "午饭"),
        ("11-20 15元 午饭 @wechat", 1500, "2026-11-20", "午饭"),
        ("-2 lunch", -200, "2026-11-28", "lunch"),
    ] {
        let mut app = loaded(1, false);
        app.update(Action::Ledger(LedgerAction::OpenQuick));
        type_in(&mut app, line);
        match app.update(Action::Text(TextAction::Submit)) {
            Some(Effect::Save(nestegg::tui::action::Draft { entry: d, .. })) => {
                assert_eq!((d.typed, d.date.to_string().as_str(), d.payee.as_str()), (typed, date, payee), "{line}")
            }
            other => panic!("{line}: expected a save, got {other:?} ({:?})", app.status),
        }
    }
    // A date where the amount goes is refused, as in the form.
    let mut app = loaded(1, false);
    app.update(Action::Ledger(LedgerAction::OpenQuick));
    type_in(&mut app, "11-28 lunch");
    assert_eq!(app.update(Action::Text(TextAction::Submit)), None);
    assert!(app.status.as_ref().unwrap().text.contains("did you mean a date?"), "{:?}", app.status);
}

/// Issue 19 item 21: Ctrl-C in a form with typed input asks before quitting.
#[test]
fn ctrl_c_in_the_form_asks_first_when_something_was_typed() {
    let mut app = loaded(1, false);
    app.update(Action::Ledger(LedgerAction::OpenAdd));
    type_in(&mut app, "25");
    assert_eq!(app.update(Action::QuitAsking), None);
    assert!(!app.quit, "the first Ctrl-C over typed input only asks");
    let status = app.status.clone().unwrap();
    assert!(status.error && status.text.starts_with("Ctrl-C again quits without saving"), "{status:?}");
    assert_eq!(app.mode, Mode::Form);
    // Another key in between: the question is forgotten, the next Ctrl-C asks again.
    type_in(&mut app, "0");
    app.update(Action::QuitAsking);
    assert!(!app.quit);
    app.update(Action::QuitAsking);
    assert!(app.quit, "the second Ctrl-C in a row quits");
    // Nothing typed: no question.
    let mut app = loaded(1, false);
    app.update(Action::Ledger(LedgerAction::OpenAdd));
    app.update(Action::Text(TextAction::NextField));
    app.update(Action::QuitAsking);
    assert!(app.quit, "a form with nothing typed quits at once");
    // A typed quick-add line is not lost to one Ctrl-C either (the newcomer's
    // `12 coffee` went with the first press); an empty line quits at once.
    let mut app = loaded(1, false);
    app.update(Action::Ledger(LedgerAction::OpenQuick));
    type_in(&mut app, "35 lunch");
    app.update(Action::QuitAsking);
    assert!(!app.quit, "the first Ctrl-C over a typed line only asks");
    assert!(app.status.as_ref().unwrap().text.starts_with("Ctrl-C again quits without running the typed line"));
    assert_eq!(app.mode, Mode::Prompt);
    app.update(Action::QuitAsking);
    assert!(app.quit, "the second Ctrl-C in a row quits");
    let mut app = loaded(1, false);
    app.update(Action::Ledger(LedgerAction::OpenQuick));
    app.update(Action::QuitAsking);
    assert!(app.quit, "an empty line quits at once");
}

/// Issue 19 item 21: Ctrl-U clears a prompt line (and the form's field).
#[test]
fn ctrl_u_clears_the_line() {
    use nestegg::tui::form::Field;
    let mut app = loaded(1, false);
    app.update(Action::Ledger(LedgerAction::OpenQuick));
    type_in(&mut app, "35 lunch");
    app.update(Action::Text(TextAction::Left));
    app.update(Action::ClearLine);
    assert_eq!(app.prompt.text(), "");
    type_in(&mut app, "8 煎饼");
    assert_eq!(app.prompt.text(), "8 煎饼");
    let mut app = loaded(1, false);
    app.update(Action::Ledger(LedgerAction::OpenAdd));
    type_in(&mut app, "11-28");
    app.update(Action::ClearLine);
    type_in(&mut app, "17");
    let form = app.form.as_ref().unwrap();
    assert_eq!((form.input(Field::Amount).text(), form.input(Field::Date).text()), ("17", "2026-11-28"));
}

#[test]
fn a_save_that_fails_gives_back_what_was_typed_and_one_that_succeeds_does_not() {
    let mut app = loaded(1, false);
    app.update(Action::Ledger(LedgerAction::OpenAdd));
    for c in "30+4.5".chars() {
        app.update(Action::Text(TextAction::Input(c)));
    }
    let Some(Effect::Save(draft)) = app.update(Action::Text(TextAction::Submit)) else { panic!("a save") };
    assert_eq!((app.mode, app.form.is_none()), (Mode::Browse, true), "the form closes while it saves");
    app.update(Action::Done(Reply::Failed("the disk is full".into())));
    assert_eq!(app.mode, Mode::Form, "a failed save opens the form again");
    let form = app.form.as_ref().unwrap();
    assert_eq!(form.input(nestegg::tui::form::Field::Amount).text(), "30+4.5");
    let status = app.status.clone().unwrap();
    assert!(
        status.error && status.text == "not saved, Enter tries again (Esc drops it): the disk is full",
        "{status:?}"
    );
    assert_eq!(
        app.update(Action::Text(TextAction::Submit)),
        Some(Effect::Save(draft)),
        "Enter tries the same save again"
    );
    app.update(Action::Done(Reply::Changed { message: "added".into(), select: None }));
    assert_eq!((app.mode, app.form.is_none()), (Mode::Browse, true));
    // A failure of something else (a delete) opens no form.
    app.update(Action::Done(Reply::Failed("the ledger is busy".into())));
    assert_eq!((app.mode, app.form.is_none()), (Mode::Browse, true));
    // Quick add: the line comes back.
    app.update(Action::Ledger(LedgerAction::OpenQuick));
    for c in "35 lunch".chars() {
        app.update(Action::Text(TextAction::Input(c)));
    }
    assert!(matches!(app.update(Action::Text(TextAction::Submit)), Some(Effect::Save(_))));
    app.update(Action::Done(Reply::Failed("the ledger is busy".into())));
    assert_eq!((app.mode, app.prompt.text()), (Mode::Prompt, "35 lunch"));
}

#[test]
fn outcomes_keep_their_message_and_keys_clear_it() {
    let mut app = loaded(1, false);
    let effect = app.update(Action::Done(Reply::Changed { message: "added".into(), select: None }));
    assert_eq!(effect, Some(Effect::LoadLookups));
    app.update(lookups());
    assert_eq!(app.status.as_ref().map(|s| s.text.as_str()), Some("added"));
    app.update(Action::Ledger(LedgerAction::Down));
    assert_eq!(app.status, None);
}

#[test]
fn the_months_tab_loads_cycles_and_jumps() {
    use nestegg::report::chart::Span;
    let mut app = loaded(2, false);
    assert_eq!(app.update(Action::GoTab(Tab::Months)), Some(Effect::LoadMonths(Span::Twelve)));
    assert_eq!((app.tab, app.mode), (Tab::Months, Mode::Browse));
    let month = |s: &str| s.parse::<nestegg::model::Month>().unwrap();
    let summary = |m: &str| MonthSummary { month: month(m), income: 0, housing: 0, spending: 0, savings: 0 };
    let effect = app.update(Action::Done(Reply::MonthsLoaded(vec![summary("2026-10"), summary("2026-11")])));
    assert_eq!(effect, Some(Effect::LoadBreakdown(month("2026-11"))), "this month is selected first");
    assert_eq!(app.update(Action::Months(MonthsAction::PrevMonth)), Some(Effect::LoadBreakdown(month("2026-10"))));
    assert_eq!(app.update(Action::Months(MonthsAction::PrevMonth)), None, "no month before the first");
    assert_eq!(app.update(Action::Months(MonthsAction::CycleSpan)), Some(Effect::LoadMonths(Span::TwentyFour)));
    // Enter opens the selected month on the Ledger: its newest row first.
    match app.update(Action::Months(MonthsAction::OpenMonth)) {
        Some(Effect::LoadPage { request, .. }) => {
            assert_eq!(request.key, Some(Key::Before("2026-11-01".parse().unwrap(), i64::MIN)));
        }
        other => panic!("expected a page load, got {other:?}"),
    }
    assert_eq!((app.tab, app.mode), (Tab::Ledger, Mode::Browse));
    // Help opened on Months closes back to Months.
    app.update(Action::GoTab(Tab::Months));
    app.update(Action::Help);
    app.update(Action::Cancel);
    assert_eq!((app.tab, app.mode), (Tab::Months, Mode::Browse));
}

#[test]
fn in_chinese_the_form_shows_shipped_names_in_chinese_and_saves_their_ids() {
    nestegg::text::set_lang(nestegg::text::Lang::Zh);
    use nestegg::tui::form::Field;
    let mut app = loaded(1, false);
    app.update(Action::Ledger(LedgerAction::OpenAdd));
    let form = app.form.as_ref().unwrap();
    assert_eq!((form.input(Field::Category).text(), form.input(Field::Account).text()), ("餐饮", "银行卡"));
    // 25, then the category picker: 买 finds 买菜 (groceries); the account picker: 微 finds 微信支付.
    for a in [
        Action::Text(TextAction::Input('2')),
        Action::Text(TextAction::Input('5')),
        Action::Text(TextAction::NextField),
        Action::Text(TextAction::Input('买')),
        Action::Text(TextAction::NextField),
    ] {
        app.update(a);
    }
    assert_eq!(app.form.as_ref().unwrap().input(Field::Category).text(), "买菜");
    app.update(Action::Text(TextAction::Input('微')));
    match app.update(Action::Text(TextAction::Submit)) {
        Some(Effect::Save(nestegg::tui::action::Draft { entry: d, .. })) => {
            assert_eq!((d.typed, d.category_id, d.account_id), (2500, Some(6), 2))
        }
        other => panic!("expected a save, got {other:?}"),
    }
    // The English name still works, and the status speaks Chinese.
    app.update(Action::Ledger(LedgerAction::OpenQuick));
    for c in "8 煎饼 #groceries @微信支付".chars() {
        app.update(Action::Text(TextAction::Input(c)));
    }
    assert!(
        matches!(app.update(Action::Text(TextAction::Submit)), Some(Effect::Save(d)) if d.entry.category_id == Some(6) && d.entry.account_id == 2)
    );
    app.update(Action::Done(Reply::Failed("磁盘已满".into())));
    assert_eq!(app.status.clone().unwrap().text, "未保存，按 Enter 重试（Esc 放弃）：磁盘已满");
    // A form error in Chinese.
    app.update(Action::Cancel);
    app.update(Action::Ledger(LedgerAction::OpenAdd));
    app.update(Action::Text(TextAction::NextField));
    app.update(Action::Text(TextAction::Input('无')));
    app.update(Action::Text(TextAction::Input('0')));
    app.update(Action::Text(TextAction::Submit));
    assert_eq!(app.form.as_ref().unwrap().error(Field::Category), Some("没有相符的分类；清空这一栏可看到全部"));
}
