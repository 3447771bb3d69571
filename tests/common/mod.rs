//! Shared by the interface tests: a temporary ledger, scripted keys, and
//! the screen as text. Each test binary (`tests/<area>/main.rs`) includes
//! it as `#[path = "../common/mod.rs"] mod common;`, and its modules (the
//! files beside it) reach it as `crate::common`.
#![allow(dead_code)] // each test binary uses a different part

use chrono::NaiveDate;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use nestegg::model::{NewTxn, Txn, TxnFilter};
use nestegg::store::Store;
use nestegg::tui::run_app;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

pub mod inproc;
pub mod moving;
pub mod tmux;
pub mod tools;

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

/// Keys from a little script: plain characters type themselves; `<Enter>`,
/// `<Esc>`, `<Tab>`, `<BS>`, `<Down>`, `<Up>`, `<PgDn>`, `<C-r>`, `<C-c>`, `<C-u>` are keys.
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
                    "C-c" => Some((KeyCode::Char('c'), KeyModifiers::CONTROL)),
                    "C-u" => Some((KeyCode::Char('u'), KeyModifiers::CONTROL)),
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
            tags: Default::default(),
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

/// The real binary on a ledger and a HOME of its own (so no config of this
/// machine counts); NESTEGG_DB and XDG_CONFIG_HOME are never inherited.
pub struct Cli {
    pub dir: tempfile::TempDir,
    pub path: std::path::PathBuf,
}

impl Cli {
    pub fn new() -> Cli {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ledger.db");
        std::fs::create_dir(dir.path().join("home")).unwrap();
        Cli { dir, path }
    }

    pub fn home(&self) -> std::path::PathBuf {
        self.dir.path().join("home")
    }

    /// `nestegg --db LEDGER args…` in the ledger's folder, with HOME inside
    /// it, ready to run or spawn.
    pub fn command(&self, args: &[&str]) -> std::process::Command {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_nestegg"));
        command
            .env_remove("NESTEGG_DB")
            .env_remove("XDG_CONFIG_HOME")
            // English unless a test asks otherwise: the locale picks the language.
            .env_remove("LC_ALL")
            .env("LANG", "C.UTF-8")
            .env("HOME", self.home())
            .current_dir(self.dir.path())
            .arg("--db")
            .arg(&self.path)
            .args(args);
        command
    }

    /// The same command run through `sh -c 'SETUP; exec nestegg …'`, so a
    /// test can set a umask or a file-size limit for it.
    pub fn under_shell(&self, setup: &str, args: &[&str]) -> std::process::Command {
        let inner = self.command(args);
        let mut outer = std::process::Command::new("sh");
        outer.arg("-c").arg(format!("{setup}; exec \"$@\"")).arg("sh").arg(inner.get_program()).args(inner.get_args());
        for (key, value) in inner.get_envs() {
            match value {
                Some(v) => outer.env(key, v),
                None => outer.env_remove(key),
            };
        }
        outer.current_dir(self.dir.path());
        outer
    }

    /// Runs `nestegg --db LEDGER args…` in the ledger's folder.
    pub fn run(&self, args: &[&str]) -> std::process::Output {
        self.command(args).output().expect("the nestegg binary runs")
    }

    /// A command that must succeed; its stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
        assert!(out.status.success(), "{args:?} failed: {}", text(&out.stderr));
        text(&out.stdout)
    }

    /// A command that must fail with exit code 2 and a message containing
    /// `needle`, printing nothing on stdout; returns stderr.
    pub fn fails(&self, args: &[&str], needle: &str) -> String {
        let out = self.run(args);
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.starts_with("nestegg: ") && err.contains(needle), "{args:?}: {err:?} lacks {needle:?}");
        assert!(out.stdout.is_empty(), "{args:?} printed {:?}", String::from_utf8_lossy(&out.stdout));
        err
    }

    /// A bank bill of `rows` rows over one `year`, for the generic preset
    /// (payees `imp-N`), in the ledger's folder; returns its path.
    pub fn bill(&self, rows: usize, year: i32) -> String {
        let path = self.dir.path().join(format!("bill-{rows}-{year}.csv"));
        let mut text = String::from("date,amount,payee\n");
        for i in 0..rows {
            let (month, day, yuan, fen) = (i % 12 + 1, i % 28 + 1, i % 500 + 1, i % 100);
            text.push_str(&format!("{year}-{month:02}-{day:02},-{yuan}.{fen:02},imp-{i}\n"));
        }
        std::fs::write(&path, text).unwrap();
        path.to_str().unwrap().to_owned()
    }

    /// A weekly rule of 5 yuan of coffee due since 1980 and none of it
    /// posted yet (the add posts what is due: its posting is taken out
    /// again, and the pages it took given back, as if the rule had been
    /// made long ago): the next start has a catch-up of about 2,450 instances to post
    /// in one transaction. Returns how many are due.
    pub fn due_catch_up(&self) -> usize {
        self.ok(&[
            "recurring",
            "add",
            "coffee",
            "--amount",
            "5",
            "--category",
            "food",
            "--every",
            "week",
            "--start",
            "1980-01-01",
        ]);
        rusqlite::Connection::open(&self.path)
            .unwrap()
            .execute_batch(
                "DELETE FROM undo_log; DELETE FROM recurring_instances;
                 DELETE FROM txns WHERE payee = 'coffee'; UPDATE recurring SET posted_through = NULL;
                 VACUUM;",
            )
            .unwrap();
        self.ok(&["check"]);
        let due = self.ok(&["recurring", "post", "--dry-run"]).lines().count() - 1;
        assert!(due > 2_000, "{due}");
        due
    }

    /// Every table of the ledger, row by row, as text: to show nothing changed.
    pub fn dump(&self) -> String {
        let conn = rusqlite::Connection::open(&self.path).unwrap();
        let mut out = String::new();
        for t in tables(&conn) {
            let rows = table_rows(&conn, &t);
            out.push_str(&format!("{t}\n{}\n", rows.join("\n")));
        }
        out
    }
}

/// A file's permission bits (`0o600`).
#[cfg(unix)]
pub fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// A fixture under tests/fixtures/import.
pub fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/import/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// Every row of `table`, each as its cells joined by `|` (text as it is,
/// other values as SQLite gives them), in the order of all its columns:
/// WITHOUT ROWID tables have no rowid to order by.
pub fn table_rows(conn: &rusqlite::Connection, table: &str) -> Vec<String> {
    let columns = conn.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap().column_count();
    let order = (1..=columns).map(|i| i.to_string()).collect::<Vec<_>>().join(", ");
    let mut stmt = conn.prepare(&format!("SELECT * FROM \"{table}\" ORDER BY {order}")).unwrap();
    stmt.query_map([], |r| {
        let cell = |i| match r.get_ref(i).unwrap() {
            rusqlite::types::ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
            other => format!("{other:?}"),
        };
        Ok((0..columns).map(cell).collect::<Vec<_>>().join("|"))
    })
    .unwrap()
    .map(Result::unwrap)
    .collect()
}

/// The ledger's tables, by name.
pub fn tables(conn: &rusqlite::Connection) -> Vec<String> {
    conn.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

/// Every row of every table of the ledger at `path`, as `table: row`: to
/// show a refusal wrote nothing (none when the file is not there yet).
pub fn dump_file(path: &std::path::Path) -> Vec<String> {
    if !path.exists() {
        return Vec::new();
    }
    let conn = rusqlite::Connection::open(path).unwrap();
    tables(&conn).iter().flat_map(|t| table_rows(&conn, t).into_iter().map(move |r| format!("{t}: {r}"))).collect()
}
