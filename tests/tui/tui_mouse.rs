//! The mouse (issue 21): a click on a tab's label opens it, a click on a
//! row of the Ledger's list selects it, the wheel scrolls; the keyboard
//! stays complete on its own. Through the real app loop.

use crate::common;

use common::{Session, today};
use crossterm::event::{Event, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use nestegg::tui::run_app;
use nestegg::tui::tab::Tab;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn click(column: u16, row: u16) -> Event {
    Event::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column,
        row,
        modifiers: KeyModifiers::NONE,
    })
}

fn run(s: &Session, events: Vec<Event>) -> (nestegg::tui::app::App, String) {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let app = run_app(&mut terminal, &mut s.store(), today(), &mut events.into_iter()).unwrap();
    (app, common::screen(&terminal))
}

#[test]
fn a_click_opens_a_tab_and_selects_a_row() {
    let s = Session::new();
    nestegg::ops::demo::load(&mut s.store(), nestegg::demo::household(today(), 3, 9), 0, |_| ()).unwrap();
    // Where each tab's label is, from the tab bar as drawn.
    let (_, screen) = run(&s, vec![]);
    let bar = screen.lines().next().unwrap().to_owned();
    for tab in Tab::ALL {
        let column = bar.find(tab.label().trim_end()).map(|byte| bar[..byte].chars().count() as u16).unwrap();
        let (app, _) = run(&s, vec![click(column + 2, 0)]);
        assert_eq!(app.tab, tab, "{bar}");
        assert_eq!(Tab::at_column(column + 2), Some(tab));
    }
    assert_eq!(Tab::at_column(2), None, "the badge opens nothing");
    // The third row of the list, by its line on the screen.
    let (app, screen) = run(&s, vec![]);
    let first = nestegg::tui::views::first_row_line(&app);
    let (app, after) = run(&s, vec![click(10, first + 2)]);
    assert_eq!(app.selected, 2, "{screen}");
    let third = after.lines().nth(usize::from(first + 2)).unwrap();
    assert!(third.contains(&app.rows[2].date.to_string()), "{third}");
    // Below the last row or on the header: nothing moves.
    let (app, _) = run(&s, vec![click(10, 1)]);
    assert_eq!(app.selected, 0);
}

/// A click on a row of a screen of things (here the accounts) selects it;
/// the wheel moves the selection there too.
#[test]
fn a_click_selects_a_row_on_a_screen_of_things() {
    let s = Session::new();
    let key =
        |c: char| Event::Key(crossterm::event::KeyEvent::new(crossterm::event::KeyCode::Char(c), KeyModifiers::NONE));
    let (_, screen) = run(&s, vec![key('@')]);
    let line = screen.lines().position(|l| l.contains("Alipay")).unwrap() as u16;
    let (app, screen) = run(&s, vec![key('@'), click(10, line)]);
    let sheet = app.sheet.as_ref().unwrap();
    assert_eq!(sheet.accounts()[sheet.selected].0.name, "Alipay", "{screen}");
    assert!(screen.lines().any(|l| l.contains(">Alipay")), "{screen}");
    // A click below the rows selects nothing new.
    let (app, _) = run(&s, vec![key('@'), click(10, line), click(10, 20)]);
    let sheet = app.sheet.as_ref().unwrap();
    assert_eq!(sheet.accounts()[sheet.selected].0.name, "Alipay");
    let wheel =
        Event::Mouse(MouseEvent { kind: MouseEventKind::ScrollDown, column: 5, row: 5, modifiers: KeyModifiers::NONE });
    let (app, _) = run(&s, vec![key('@'), wheel]);
    assert_eq!(app.sheet.as_ref().unwrap().selected, 1);
}
