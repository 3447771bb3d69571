//! The interface probe: run as a fresh child process (`perf --probe LEDGER
//! SCRIPT`), it opens the ledger and drives the real app loop headless on an
//! 80×24 TestBackend, stamping the time after every frame, then prints its
//! figures and its own peak memory (VmHWM) as one line of `key=value`.

use std::time::Instant;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use nestegg::store::Store;
use nestegg::tui::{EventSource, run_app};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// Scripted keys that note when each was asked for: the moment the frame
/// before it was drawn.
struct Stamped {
    keys: std::vec::IntoIter<Event>,
    stamps: Vec<Instant>,
}

impl EventSource for Stamped {
    fn next_event(&mut self) -> std::io::Result<Option<Event>> {
        self.stamps.push(Instant::now());
        Ok(self.keys.next())
    }
}

fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

/// `ledger`: the Ledger tab, then 200 PgDn steps. `months`: the Months tab
/// as the first key. `filter:TEXT`: `/`, TEXT and Enter on the Ledger tab
/// (the filtered list and its header's sums).
pub fn probe(started: Instant, path: &str, script: &str) {
    let today = chrono::Local::now().date_naive();
    let keys: Vec<Event> = match script {
        "ledger" => std::iter::repeat_n(key(KeyCode::PageDown), 200).collect(),
        "months" => vec![key(KeyCode::Char('2'))],
        other => match other.strip_prefix("filter:") {
            Some(text) => std::iter::once(key(KeyCode::Char('/')))
                .chain(text.chars().map(|c| key(KeyCode::Char(c))))
                .chain([key(KeyCode::Enter)])
                .collect(),
            None => panic!("unknown probe script {other}"),
        },
    };
    let mut store = Store::open(std::path::Path::new(path)).expect("the ledger opens");
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("a test terminal");
    let mut events = Stamped { keys: keys.into_iter(), stamps: Vec::new() };
    run_app(&mut terminal, &mut store, today, &mut events).expect("the app runs");
    let ms = |a: Instant, b: Instant| (b - a).as_secs_f64() * 1000.0;
    let s = &events.stamps;
    let mut line = format!("first_frame_ms={:.3}", ms(started, s[0]));
    if script == "months" {
        line += &format!(" months_frame_ms={:.3}", ms(started, s[1]));
    } else if script.starts_with("filter:") {
        // From the frame before Enter to the filtered frame.
        line += &format!(" filter_ms={:.3}", ms(s[s.len() - 2], s[s.len() - 1]));
    } else {
        let mut steps: Vec<f64> = s.windows(2).map(|w| ms(w[0], w[1])).collect();
        steps.sort_by(f64::total_cmp);
        line += &format!(" step_median_ms={:.3} step_max_ms={:.3}", steps[steps.len() / 2], steps[steps.len() - 1]);
    }
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let hwm = status.lines().find(|l| l.starts_with("VmHWM:")).and_then(|l| l.split_whitespace().nth(1));
    line += &format!(" peak_rss_kib={}", hwm.unwrap_or("0"));
    println!("{line}");
}
