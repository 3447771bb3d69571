//! Shared by the interface tests: a temporary ledger, scripted keys, and
//! the screen as text.
#![allow(dead_code)] // each test binary uses a different part

use chrono::NaiveDate;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use nestegg::model::{NewTxn, Txn, TxnFilter};
use nestegg::store::Store;
use nestegg::tui::run_app;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

/// Keys from a little script: plain characters type themselves; `<Enter>`,
/// `<Esc>`, `<Tab>`, `<BS>`, `<Down>`, `<Up>`, `<PgDn>`, `<C-r>` are keys.
pub fn keys(script: &str) -> Vec<Event> {
    let mut out = Vec::new();
    let mut rest = script;
    while let Some(c) = rest.chars().next() {
        if c == '<' {
            if let Some(end) = rest.find('>') {
                let code = match &rest[1..end] {
                    "Enter" => Some((KeyCode::Enter, KeyModifiers::NONE)),
                    "Esc" => Some((KeyCode::Esc, KeyModifiers::NONE)),
                    "Tab" => Some((KeyCode::Tab, KeyModifiers::NONE)),
                    "BS" => Some((KeyCode::Backspace, KeyModifiers::NONE)),
                    "Down" => Some((KeyCode::Down, KeyModifiers::NONE)),
                    "Up" => Some((KeyCode::Up, KeyModifiers::NONE)),
                    "PgDn" => Some((KeyCode::PageDown, KeyModifiers::NONE)),
                    "Right" => Some((KeyCode::Right, KeyModifiers::NONE)),
                    "Left" => Some((KeyCode::Left, KeyModifiers::NONE)),
                    "C-r" => Some((KeyCode::Char('r'), KeyModifiers::CONTROL)),
                    _ => None,
                };
                if let Some((code, mods)) = code {
                    out.push(Event::Key(KeyEvent::new(code, mods)));
                    rest = &rest[end + 1..];
                    continue;
                }
            }
        }
        let mods = if c.is_ascii_uppercase() { KeyModifiers::SHIFT } else { KeyModifiers::NONE };
        out.push(Event::Key(KeyEvent::new(KeyCode::Char(c), mods)));
        rest = &rest[c.len_utf8()..];
    }
    out
}

pub struct Session {
    _dir: tempfile::TempDir,
    pub path: std::path::PathBuf,
}

impl Session {
    pub fn new() -> Session {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ledger.db");
        Store::open(&path).unwrap();
        Session { _dir: dir, path }
    }

    pub fn store(&self) -> Store {
        Store::open(&self.path).unwrap()
    }

    /// Runs the app on a fresh store handle (as a new process would) and
    /// returns the final screen.
    pub fn run(&self, script: &str, size: (u16, u16)) -> Terminal<TestBackend> {
        let mut terminal = Terminal::new(TestBackend::new(size.0, size.1)).unwrap();
        let mut store = self.store();
        let app = run_app(&mut terminal, &mut store, today(), &mut keys(script).into_iter()).unwrap();
        // TestBackend keeps stale cells beside wide characters that a real
        // terminal overwrites; a full redraw of the last state shows what a user sees.
        terminal.clear().unwrap();
        terminal.draw(|f| nestegg::tui::views::draw(f, &app)).unwrap();
        terminal
    }

    pub fn rows(&self) -> Vec<Txn> {
        self.store().txn_page(&TxnFilter::default(), None, 10_000).unwrap()
    }

    pub fn add(&self, date: &str, category: &str, account: &str, payee: &str, amount: i64) -> i64 {
        let mut store = self.store();
        let cat = store.categories(true).unwrap().into_iter().find(|c| c.name == category).unwrap().id;
        let acc = store.accounts(true).unwrap().into_iter().find(|a| a.name == account).unwrap().id;
        let t = NewTxn {
            date: date.parse().unwrap(),
            account_id: acc,
            category_id: cat,
            payee: payee.into(),
            note: String::new(),
            amount,
        };
        store.write(|tx| tx.add_txn(&t)).unwrap()
    }
}

pub fn screen(t: &Terminal<TestBackend>) -> String {
    let buf = t.backend().buffer();
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut line = String::new();
        let mut skip = 0;
        for x in 0..buf.area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let sym = buf[(x, y)].symbol();
            skip = unicode_width::UnicodeWidthStr::width(sym).saturating_sub(1);
            line.push_str(sym);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
