//! The interface, headless: the real app loop on ratatui's TestBackend with
//! scripted keys, asserting on the ledger's rows and on the screen.

use crate::common;

use common::{Session, keys, screen, today};
use nestegg::tui::run_app;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The help names the open ledger's file, a temporary path here: a fixed
/// name stands in for it (and the padding after it), so snapshots are stable.
fn redacted(text: String, s: &Session) -> String {
    let path = regex::Regex::new(&format!("{} *", regex::escape(&s.path.display().to_string()))).unwrap();
    // As wide as what it stands for, so the box keeps its right edge.
    path.replace_all(&text, |m: &regex::Captures| format!("{:<1$}", "[ledger]", m[0].len())).into_owned()
}

#[test]
fn add_through_the_form_with_arithmetic_and_a_picker() {
    let s = Session::new();
    // a: form on Amount; 12.5*2; Tab to Category, filter "groc"; Tab Account (Bank card);
    // Tab Payee 比优特超市; Tab Note; Enter saves.
    let t = s.run("a12.5*2<Tab><BS><BS><BS><BS>groc<Tab><Tab>比优特超市<Tab>weekly<Enter>", (100, 30));
    let rows = s.rows();
    assert_eq!(rows.len(), 1);
    let r = &rows[0];
    assert_eq!((r.amount, r.category.as_deref(), r.account.as_str()), (-2500, Some("groceries"), "Bank card"));
    assert_eq!((r.payee.as_str(), r.note.as_str(), r.date), ("比优特超市", "weekly", today()));
    assert!(screen(&t).contains("比优特超市 · weekly"), "{}", screen(&t));
}

#[test]
fn form_errors_stay_beside_the_field_and_nothing_is_saved() {
    let s = Session::new();
    let t = s.run("a1e5<Enter>", (100, 30));
    assert!(s.rows().is_empty());
    let text = screen(&t);
    assert!(text.contains("Add transaction"), "the form stays open:\n{text}");
    assert!(text.contains("exponents are not accepted"), "{text}");
    // Esc cancels without saving.
    s.run("a25<Esc>", (100, 30));
    assert!(s.rows().is_empty());
}

#[test]
fn quick_add_uses_the_payees_last_category_and_named_account() {
    let s = Session::new();
    s.add("2026-11-01", "groceries", "Cash", "lunch", -1000);
    s.run("i35 lunch<Enter>", (100, 30));
    s.run("i12.5*2 美团外卖 @wechat #ent<Enter>", (100, 30));
    let rows = s.rows();
    let lunch = rows.iter().find(|t| t.payee == "lunch" && t.date == today()).unwrap();
    assert_eq!(
        (lunch.amount, lunch.category.as_deref(), lunch.account.as_str()),
        (-3500, Some("groceries"), "Cash"),
        "the payee's last category and, since issue 21, its last account"
    );
    let meituan = rows.iter().find(|t| t.payee == "美团外卖").unwrap();
    assert_eq!(
        (meituan.amount, meituan.category.as_deref(), meituan.account.as_str()),
        (-2500, Some("entertainment"), "WeChat Pay")
    );
    // A new payee gets the default spending category (the first: food).
    s.run("i8 煎饼<Enter>", (100, 30));
    assert_eq!(s.rows().iter().find(|t| t.payee == "煎饼").unwrap().category.as_deref(), Some("food"));
}

#[test]
fn quick_add_with_an_unknown_account_says_so_and_saves_nothing() {
    let s = Session::new();
    let t = s.run("i35 lunch @nowhere<Enter>", (100, 30));
    assert!(s.rows().is_empty());
    assert!(screen(&t).contains("no account 'nowhere'"), "{}", screen(&t));
}

#[test]
fn edit_changes_the_selected_row() {
    let s = Session::new();
    s.add("2026-11-02", "food", "Cash", "old", -1000);
    s.add("2026-11-03", "food", "Cash", "newer", -2000);
    // j selects the older row; e edits: amount field focused, replace 10.00 by 15.
    s.run("je<BS><BS><BS><BS><BS>15<Tab><Tab><Tab>r<Enter>", (100, 30));
    let rows = s.rows();
    let old = rows.iter().find(|t| t.date.to_string() == "2026-11-02").unwrap();
    assert_eq!(old.amount, -1500);
    assert_eq!(old.payee, "oldr");
    assert_eq!(rows.iter().find(|t| t.payee == "newer").unwrap().amount, -2000);
}

#[test]
fn after_saving_an_older_row_the_newer_rows_stay_in_view_above_it() {
    let s = Session::new();
    for day in 1..=28 {
        s.add(&format!("2026-11-{day:02}"), "food", "Cash", &format!("p{day:02}"), -100 * i64::from(day));
    }
    // Fifteen rows down (2026-11-13), edit its amount and save.
    let keys = format!("{}e<BS><BS><BS><BS><BS>7<Enter>", "j".repeat(15));
    let text = screen(&s.run(&keys, (100, 30)));
    assert_eq!(s.rows().iter().find(|t| t.payee == "p13").unwrap().amount, -700);
    // The saved row is on screen with the newer rows above it, the newest first.
    let lines: Vec<&str> = text.lines().collect();
    let saved = lines.iter().position(|l| l.contains("p13")).expect("the saved row is shown");
    let above = lines.iter().position(|l| l.contains("p14")).expect("a newer row is shown");
    assert!(above < saved, "{text}");
    // Mid-screen: a dozen newer rows above it, as many older below.
    assert!(text.contains("p25") && text.contains("p02"), "{text}");
}

#[test]
fn a_new_ledger_says_where_it_is_and_an_existing_one_does_not() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("typo.db");
    let run = || {
        let mut store = nestegg::store::Store::open(&path).unwrap();
        let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 30)).unwrap();
        nestegg::tui::run_app(&mut terminal, &mut store, today(), &mut common::keys("").into_iter()).unwrap();
        screen(&terminal)
    };
    let first = run();
    assert!(first.contains(&format!("started a new ledger at {}", path.display())), "{first}");
    let again = run();
    assert!(!again.contains("started a new ledger"), "{again}");
}

#[test]
fn delete_asks_first_then_undo_and_redo_survive_a_restart() {
    let s = Session::new();
    s.add("2026-11-02", "food", "Cash", "keep", -1000);
    s.run("i35 lunch<Enter>", (100, 30));
    assert_eq!(s.rows().len(), 2);
    // d then n keeps it; d then y deletes the selected (newest) row.
    s.run("dn", (100, 30));
    assert_eq!(s.rows().len(), 2);
    s.run("dy", (100, 30));
    assert_eq!(s.rows().iter().map(|t| t.payee.as_str()).collect::<Vec<_>>(), ["keep"]);
    // A new session (a restart) undoes the delete, then the quick add...
    s.run("u", (100, 30));
    assert_eq!(s.rows().len(), 2);
    s.run("u", (100, 30));
    assert_eq!(s.rows().iter().map(|t| t.payee.as_str()).collect::<Vec<_>>(), ["keep"]);
    // ...and another one redoes the add.
    let t = s.run("<C-r>", (100, 30));
    assert_eq!(s.rows().len(), 2);
    assert!(screen(&t).contains("redid: add food"), "{}", screen(&t));
}

#[test]
fn filter_narrows_the_rows_and_the_header_follows() {
    let s = Session::new();
    s.add("2026-11-02", "food", "Cash", "美团外卖", -2500);
    s.add("2026-11-03", "groceries", "Alipay", "比优特超市", -12000);
    s.add("2026-11-10", "salary", "Bank card", "厂", 500_000);
    let t = s.run("/cat:groc<Enter>", (100, 30));
    let text = screen(&t);
    assert!(text.contains("比优特超市") && !text.contains("美团外卖"), "{text}");
    assert!(text.contains("spent ¥120.00"), "header follows the filter:\n{text}");
    let t = s.run("/>100<Enter>", (100, 30));
    assert!(!screen(&t).contains("美团外卖") && screen(&t).contains("比优特超市"));
    let t = s.run("/美团<Enter>", (100, 30));
    assert!(screen(&t).contains("美团外卖") && !screen(&t).contains("比优特超市"));
    // Esc clears the filter: everything is back, with the whole month's totals.
    let t = s.run("/美团<Enter><Esc>", (100, 30));
    let text = screen(&t);
    assert!(text.contains("比优特超市") && text.contains("美团外卖"), "{text}");
    assert!(text.contains("in ¥5,000.00") && text.contains("saved ¥4,855.00 (97.1%)"), "{text}");
}

#[test]
fn paging_walks_a_large_ledger_without_loading_it() {
    let s = Session::new();
    {
        let mut store = s.store();
        nestegg::ops::demo::load(&mut store, nestegg::demo::household(today(), 24, 3), 0, |_| ()).unwrap();
    }
    let total = s.rows().len();
    assert!(total > 1000, "demo has {total} rows");
    // G jumps to the oldest row; g back to the newest; PgDn many times walks past several pages.
    let t = s.run("G", (100, 30));
    assert!(screen(&t).contains("2024-12-0"), "{}", screen(&t));
    let mut t = Terminal::new(TestBackend::new(100, 30)).unwrap();
    let app = run_app(&mut t, &mut s.store(), today(), &mut keys(&"<PgDn>".repeat(30)).into_iter()).unwrap();
    let text = screen(&t);
    assert!(!text.contains("2026-11-"), "moved well past the first page:\n{text}");
    // 30 screens of 24 rows: the 721st newest row is selected, and the
    // window in memory stayed bounded.
    let all = s.rows();
    assert_eq!(app.selected_txn().map(|t| t.id), Some(all[30 * 24].id));
    assert!(app.rows.len() <= nestegg::tui::app::WINDOW, "window holds {} rows", app.rows.len());
    // [ from the newest month jumps to October's newest row; ] comes back.
    let t = s.run("[", (100, 30));
    assert!(screen(&t).lines().nth(1).unwrap().starts_with("2026-10"), "{}", screen(&t));
    let t = s.run("[[]", (100, 30));
    assert!(screen(&t).lines().nth(1).unwrap().starts_with("2026-10"), "{}", screen(&t));
}

#[test]
fn welcome_then_demo_then_undo_the_demo() {
    let s = Session::new();
    let t = s.run("", (100, 30));
    assert!(screen(&t).contains("Your ledger is empty"));
    s.run("D", (100, 30));
    assert!(s.rows().len() > 1000);
    let t = s.run("D", (100, 30));
    assert!(screen(&t).contains("the demo only fills an empty ledger"));
    s.run("u", (100, 30));
    assert!(s.rows().is_empty());
}

mod snapshots {
    use super::*;

    fn demo_session() -> Session {
        let s = Session::new();
        nestegg::ops::demo::load(&mut s.store(), nestegg::demo::household(today(), 3, 9), 0, |_| ()).unwrap();
        s
    }

    #[test]
    fn screens_at_80_by_24() {
        let s = Session::new();
        insta::assert_snapshot!("welcome", screen(&s.run("", (80, 24))));
        let s = demo_session();
        insta::assert_snapshot!("ledger", screen(&s.run("jj", (80, 24))));
        insta::assert_snapshot!("form_add", screen(&s.run("a", (80, 24))));
        insta::assert_snapshot!("form_edit_error", screen(&s.run("e<BS><BS><BS><BS><BS><BS>abc<Enter>", (80, 24))));
        insta::assert_snapshot!("form_category_picker", screen(&s.run("a<Tab>t", (80, 24))));
        insta::assert_snapshot!("quick_add", screen(&s.run("i35 lunch", (80, 24))));
        insta::assert_snapshot!("filter", screen(&s.run("/cat:food", (80, 24))));
        insta::assert_snapshot!("confirm_delete", screen(&s.run("d", (80, 24))));
        insta::assert_snapshot!("help", redacted(screen(&s.run("?", (80, 24))), &s));
        insta::assert_snapshot!("too_small", screen(&s.run("", (59, 19))));
    }

    #[test]
    fn the_months_tab_at_two_sizes() {
        let s = Session::new();
        nestegg::ops::demo::load(&mut s.store(), nestegg::demo::household(today(), 24, 9), 0, |_| ()).unwrap();
        insta::assert_snapshot!("months_80x24", screen(&s.run("2", (80, 24))));
        insta::assert_snapshot!("months_120x40", screen(&s.run("2", (120, 40))));
        // A month of overspending: its savings bar turns red and the rate is negative.
        s.add("2026-10-20", "travel", "Bank card", "去北京", -600_000);
        let t = s.run("2<Left>r", (80, 24));
        insta::assert_snapshot!("months_negative_selected", screen(&t));
        // The negative savings bar is drawn, in red, below the zero line (issue 19, item 13).
        let buf = t.backend().buffer();
        let zero = screen(&t).lines().position(|l| l.starts_with("│     0 ")).expect("the zero line");
        let red_bars: Vec<u16> = (0..buf.area.height)
            .flat_map(|y| (0..buf.area.width).map(move |x| (x, y)))
            .filter(|&(x, y)| buf[(x, y)].fg == ratatui::style::Color::Red && "▁▂▃▄▅▆▇█".contains(buf[(x, y)].symbol()))
            .map(|(_, y)| y)
            .collect();
        assert!(red_bars.len() >= 2, "the overspent month's savings bar is red ({} cells)", red_bars.len());
        assert!(red_bars.iter().all(|&y| y as usize > zero), "it hangs below the zero line: {red_bars:?}");
        insta::assert_snapshot!("help_months", redacted(screen(&s.run("2?", (80, 24))), &s));
    }
}

#[test]
fn payee_completes_from_the_past_and_the_cursor_sits_at_the_caret() {
    let s = Session::new();
    s.add("2026-11-01", "food", "Cash", "美团外卖", -2500);
    // Amount, then Tab ×3 to Payee; type 美团; the real cursor is after the
    // two wide characters (so an input method's window opens there).
    let mut t = s.run("a25<Tab><Tab><Tab>美团", (100, 30));
    assert!(screen(&t).contains("→ 美团外卖"), "a suggestion shows:\n{}", screen(&t));
    // The popup is 66×19, centred in 100×30: inner area from (18, 6); Payee is
    // row 4; labels take 10 columns; 美团 takes 4.
    use ratatui::backend::Backend;
    assert_eq!(t.backend_mut().get_cursor_position().unwrap(), ratatui::layout::Position { x: 32, y: 10 });
    // → at the end accepts the suggestion; Enter saves.
    s.run("a25<Tab><Tab><Tab>美团<Right><Enter>", (100, 30));
    assert_eq!(s.rows().iter().filter(|r| r.payee == "美团外卖").count(), 2);
}

#[test]
fn months_tab_selects_a_month_and_opens_it_on_the_ledger() {
    let s = Session::new();
    s.add("2026-09-10", "salary", "Bank card", "厂", 500_000);
    s.add("2026-09-12", "food", "Cash", "九月饭", -2_000);
    s.add("2026-11-01", "rent", "Bank card", "房东", -80_000);
    // 2 opens Months on this month (November: no income, so the rate is —).
    let t = s.run("2", (100, 30));
    let text = screen(&t);
    assert!(text.contains("2026-11  income ¥0.00  housing ¥800.00  spending ¥0.00"), "{text}");
    assert!(text.contains("savings -¥800.00  rate —"), "{text}");
    // ← ← selects September: its figures, and 12-month average 4,180 of 5,000 saved... over the range.
    let t = s.run("2<Left><Left>", (100, 30));
    let text = screen(&t);
    assert!(text.contains("2026-09  income ¥5,000.00  housing ¥0.00  spending ¥20.00"), "{text}");
    assert!(text.contains("savings ¥4,980.00  rate 99.6%"), "{text}");
    // Range average: November is under way (rent paid, no salary yet), so it
    // enters no average: 4,980 ÷ 5,000 = 99.6 %, not (4,980 − 800) ÷ 5,000 = 83.6 %;
    // the 3-month rate for September alone is 99.6 % too.
    assert!(text.contains("12 months average 99.6%  ·  3-month 99.6%"), "{text}");
    assert!(text.contains("九月饭"), "top payees list September's:\n{text}");
    // Enter opens September on the Ledger tab.
    let t = s.run("2<Left><Left><Enter>", (100, 30));
    let text = screen(&t);
    assert!(text.lines().nth(1).unwrap().starts_with("2026-09"), "{text}");
    assert!(text.lines().nth(4).unwrap().contains("九月饭"), "{text}");
}

#[test]
fn newcomer_trip_ups_stay_fixed() {
    let s = Session::new();
    s.add("2026-10-05", "food", "Cash", "十月饭", -1_000);
    s.add("2026-11-02", "food", "Cash", "keep", -2_000);
    // On the "too small" screen keys do nothing unseen: d y deletes nothing.
    s.run("dy", (50, 15));
    assert_eq!(s.rows().len(), 2);
    // [ under a month filter has nowhere to go: the rows stay and a message says why.
    let t = s.run("/2026-10<Enter>[", (100, 30));
    let text = screen(&t);
    assert!(text.contains("十月饭") && text.contains("no earlier month with transactions under this filter"), "{text}");
    // Undo brings a deleted row back and selects it, so it is on screen.
    let t = s.run("dyu", (100, 30));
    let text = screen(&t);
    assert!(text.lines().nth(4).unwrap().contains("keep"), "the restored row is shown first:\n{text}");
    // A whole value is replaced by typing: y in the date field means yesterday.
    s.run("a<BS>25<BS><BS>30<Tab><Tab><Tab>昨天<Enter>", (100, 30));
    s.run("a30<Tab><Tab><Tab>昨天<Tab><Tab><Tab><Tab>y<Enter>", (100, 30));
    let yesterday = s.rows().into_iter().find(|t| t.payee == "昨天" && t.date != today()).unwrap();
    assert_eq!((yesterday.date.to_string().as_str(), yesterday.amount), ("2026-11-27", -3000));
}

/// Events from a script, with a hook that runs (another nestegg writing)
/// just before a given event is handed over.
struct Interleaved {
    events: std::vec::IntoIter<crossterm::event::Event>,
    at: usize,
    hook: Option<Box<dyn FnOnce()>>,
    handed: usize,
}

impl nestegg::tui::EventSource for Interleaved {
    fn next_event(&mut self) -> std::io::Result<Option<crossterm::event::Event>> {
        if self.handed == self.at {
            if let Some(hook) = self.hook.take() {
                hook();
            }
        }
        self.handed += 1;
        Ok(self.events.next())
    }
}

#[test]
fn a_change_from_another_nestegg_shows_without_a_key_but_never_under_an_open_form() {
    use crossterm::event::Event;
    let run = |script: Vec<Event>, at: usize| {
        let s = Session::new();
        s.add("2026-11-01", "salary", "Bank card", "厂里", 500_000);
        let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
        let path = s.path.clone();
        let hook = move || {
            let mut other = nestegg::store::Store::open(&path).unwrap();
            let food = other.categories(false).unwrap().into_iter().find(|c| c.name == "food").unwrap().id;
            let t = nestegg::model::NewTxn {
                date: "2026-11-20".parse().unwrap(),
                account_id: 1,
                category_id: food,
                payee: "from-elsewhere".into(),
                note: String::new(),
                amount: -1_200,
                tags: Default::default(),
            };
            other.write(|tx| tx.add_txn(&t)).unwrap();
        };
        let mut events = Interleaved { events: script.into_iter(), at, hook: Some(Box::new(hook)), handed: 0 };
        run_app(&mut terminal, &mut s.store(), today(), &mut events).unwrap();
        screen(&terminal)
    };
    // The idle wake (FocusGained) after the other write: reloaded, and said so.
    let shown = run(vec![Event::FocusGained], 0);
    assert!(shown.contains("from-elsewhere") && shown.contains("changed outside this window"), "{shown}");
    // With the form open the wake changes nothing; closing the form reloads.
    let mut script = keys("a");
    script.push(Event::FocusGained);
    let under_form = run(script.clone(), 1);
    assert!(under_form.contains("Add transaction") && !under_form.contains("from-elsewhere"), "{under_form}");
    script.extend(keys("<Esc>"));
    script.push(Event::FocusGained);
    let after = run(script, 1);
    assert!(after.contains("from-elsewhere") && !after.contains("Add transaction"), "{after}");
}

/// The same screens in Chinese: the language is per thread, so only these
/// tests read Chinese.
mod snapshots_zh {
    use super::*;
    use nestegg::text::{Lang, set_lang};

    fn demo_session() -> Session {
        let s = Session::new();
        nestegg::ops::demo::load(&mut s.store(), nestegg::demo::household(today(), 3, 9), 0, |_| ()).unwrap();
        s
    }

    #[test]
    fn screens_at_80_by_24_in_chinese() {
        set_lang(Lang::Zh);
        let s = Session::new();
        insta::assert_snapshot!("zh_welcome", screen(&s.run("", (80, 24))));
        let s = demo_session();
        let ledger = screen(&s.run("jj", (80, 24)));
        assert!(ledger.contains("餐饮") || ledger.contains("房租") || ledger.contains("工资"), "{ledger}");
        insta::assert_snapshot!("zh_ledger", ledger);
        insta::assert_snapshot!("zh_form_add", screen(&s.run("a", (80, 24))));
        insta::assert_snapshot!("zh_form_edit_error", screen(&s.run("e<BS><BS><BS><BS><BS><BS>abc<Enter>", (80, 24))));
        insta::assert_snapshot!("zh_form_category_picker", screen(&s.run("a<Tab>", (80, 24))));
        insta::assert_snapshot!("zh_quick_add", screen(&s.run("i35 午饭", (80, 24))));
        insta::assert_snapshot!("zh_filter", screen(&s.run("/cat:餐饮", (80, 24))));
        insta::assert_snapshot!("zh_confirm_delete", screen(&s.run("d", (80, 24))));
        insta::assert_snapshot!("zh_help", redacted(screen(&s.run("?", (80, 24))), &s));
        let scrolled = screen(&s.run(&format!("?{}", "j".repeat(40)), (80, 24)));
        insta::assert_snapshot!("zh_help_scrolled", redacted(scrolled, &s));
        insta::assert_snapshot!("zh_too_small", screen(&s.run("", (59, 19))));
    }

    #[test]
    fn the_months_tab_in_chinese() {
        set_lang(Lang::Zh);
        let s = Session::new();
        nestegg::ops::demo::load(&mut s.store(), nestegg::demo::household(today(), 24, 9), 0, |_| ()).unwrap();
        insta::assert_snapshot!("zh_months_80x24", screen(&s.run("2", (80, 24))));
    }

    #[test]
    fn chinese_names_of_shipped_categories_and_accounts_are_typed_and_stored_in_english() {
        set_lang(Lang::Zh);
        let s = Session::new();
        // Quick add with the Chinese names; the ledger keeps the English ones.
        let t = s.run("i35 午饭 @现金 #餐饮<Enter>", (100, 30));
        let r = &s.rows()[0];
        assert_eq!((r.amount, r.category.as_deref(), r.account.as_str()), (-3500, Some("food"), "Cash"));
        let text = screen(&t);
        assert!(text.contains("已记下 -¥35.00 餐饮") && text.contains("（现金）"), "{text}");
        // The form's picker finds 房租 (rent) by its Chinese start.
        s.run("a800<Tab><BS>房租<Enter>", (100, 30));
        assert!(s.rows().iter().any(|r| r.category.as_deref() == Some("rent") && r.amount == -80_000));
        // The filter takes the Chinese name too.
        let t = s.run("/cat:房租<Enter>", (100, 30));
        let text = screen(&t);
        assert!(text.contains("筛选：cat:房租") && text.contains("房租") && !text.contains("午饭"), "{text}");
        // An unknown name is refused in Chinese.
        let t = s.run("i35 午饭 @无此账户<Enter>", (100, 30));
        assert!(screen(&t).contains("没有账户“无此账户”"), "{}", screen(&t));
        // Undo says so in Chinese.
        let t = s.run("u", (100, 30));
        assert!(screen(&t).contains("已撤销："), "{}", screen(&t));
    }
}
