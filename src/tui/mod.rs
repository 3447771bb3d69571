//! The interface: the ONLY code that uses ratatui and crossterm. Sets the
//! terminal up, guarantees it is restored (normal exit, error, panic, and
//! every catchable signal that ends a program: SIGTERM, SIGHUP, SIGINT,
//! SIGQUIT), suspends it properly (Ctrl-Z or SIGTSTP: the terminal given
//! back, the process stopped, everything redrawn on `fg`), and runs the
//! event loop:
//! key -> keymap -> Action -> App::update -> Effect -> ops -> Action -> draw.

mod account_forms;
pub mod action;
pub mod app;
pub mod budget;
mod command;
pub mod crash;
mod effects;
pub mod fields;
pub mod form;
pub mod import;
pub mod keymap;
mod ledger;
pub mod mapping;
pub mod months;
mod owed;
pub mod plan;
pub mod reconcile;
pub mod relocate;
pub mod scenario_form;
mod settings;
pub mod sheet;
pub mod tab;
pub mod theme;
mod typing;
pub mod views;

use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use chrono::NaiveDate;
use crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture, Event, MouseEventKind,
};
use ratatui::Terminal;
use ratatui::backend::Backend;

use action::{Action, Reply};
pub use app::Prefs;
use app::{App, Mode, Tab};
use keymap::Scope;

use crate::store::Store;

/// Where events come from: the real terminal, or a script in tests.
pub trait EventSource {
    /// The next event; `None` ends the loop (the script ran out, or SIGTERM).
    fn next_event(&mut self) -> io::Result<Option<Event>>;

    /// Gives the terminal back and stops the process until it is continued
    /// (`fg`), then takes the terminal again (Ctrl-Z). Nothing for a script.
    fn suspend(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// A scripted list of events, for tests.
impl EventSource for std::vec::IntoIter<Event> {
    fn next_event(&mut self) -> io::Result<Option<Event>> {
        Ok(self.next())
    }
}

/// How long the interface waits for a key before it looks whether another
/// nestegg changed the ledger.
const IDLE_LOOK: Duration = Duration::from_secs(1);

/// The real terminal's events; stops when a terminating signal arrives.
/// After [`IDLE_LOOK`] without input it yields `Event::FocusGained` as a
/// wake-up, and after the process was stopped and continued,
/// `Event::FocusLost` to have the whole screen drawn again (focus reporting
/// is never turned on, so no real one of either arrives).
struct TerminalEvents {
    stop: Arc<AtomicBool>,
    /// SIGTSTP from outside (`kill -TSTP`): suspend as Ctrl-Z does.
    tstp: Arc<AtomicBool>,
    /// SIGCONT: continued after a stop nestegg did not make (SIGSTOP from
    /// outside): the terminal may have been changed meanwhile; take it again.
    cont: Arc<AtomicBool>,
    /// Test-only ([`crash::TEST_PANIC`]): panic when the first key arrives.
    panic_at_first_key: bool,
}

impl EventSource for TerminalEvents {
    fn next_event(&mut self) -> io::Result<Option<Event>> {
        // Wake up now and then to notice a signal, and once a second to look
        // for changes made elsewhere; nothing redraws unless something changed.
        let start = std::time::Instant::now();
        loop {
            if self.stop.load(Ordering::Relaxed) {
                return Ok(None);
            }
            if self.tstp.swap(false, Ordering::Relaxed) {
                self.suspend()?;
                return Ok(Some(Event::FocusLost));
            }
            if self.cont.swap(false, Ordering::Relaxed) {
                take_terminal()?;
                return Ok(Some(Event::FocusLost));
            }
            if start.elapsed() >= IDLE_LOOK {
                return Ok(Some(Event::FocusGained));
            }
            if event::poll(Duration::from_millis(250))? {
                let event = event::read()?;
                if self.panic_at_first_key && matches!(event, Event::Key(_)) {
                    panic!("{} is set: a test asked the interface to panic", crash::TEST_PANIC);
                }
                return Ok(Some(event));
            }
        }
    }

    fn suspend(&mut self) -> io::Result<()> {
        give_terminal_back()?;
        // SIGTSTP's own action: the process stops here (as SIGSTOP) and
        // goes on when the shell continues it.
        signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGTSTP)?;
        self.cont.store(false, Ordering::Relaxed);
        self.tstp.store(false, Ordering::Relaxed);
        take_terminal()
    }
}

/// The terminal as the interface uses it: raw mode, the alternate screen,
/// mouse reporting, no cursor. (`ratatui::try_init` does the first two at
/// the start; this is for coming back after a suspend.)
fn take_terminal() -> io::Result<()> {
    use crossterm::{cursor::Hide, terminal};
    terminal::enable_raw_mode()?;
    crossterm::execute!(io::stdout(), terminal::EnterAlternateScreen, EnableMouseCapture, EnableBracketedPaste, Hide)
}

/// The terminal as the shell expects it: cooked mode, the main screen, no
/// mouse reporting, the cursor shown.
fn give_terminal_back() -> io::Result<()> {
    use crossterm::{cursor::Show, terminal};
    crossterm::execute!(
        io::stdout(),
        DisableMouseCapture,
        DisableBracketedPaste,
        terminal::LeaveAlternateScreen,
        Show
    )?;
    terminal::disable_raw_mode()
}

/// Runs one action and every effect it leads to, until the app is idle.
pub fn dispatch(app: &mut App, store: &mut Store, action: Action) {
    let mut next = Some(action);
    while let Some(action) = next.take() {
        if let Some(effect) = app.update(action) {
            next = Some(Action::Done(effects::run(store, effect, &ctx(app))));
        }
    }
}

/// What the use cases need to know, from the app's clock and settings.
fn ctx(app: &App) -> crate::ops::Ctx {
    crate::ops::Ctx {
        today: app.today,
        cycle: app.cycle,
        currency: app.prefs.currency,
        baseline_months: app.prefs.baseline_months,
    }
}

/// Turns a terminal event into an action for the current mode.
pub fn action_for(app: &App, event: &Event) -> Option<Action> {
    // While the "too small" message shows, keys must not act unseen: only quit.
    let (w, h) = app.size;
    if w < views::MIN_SIZE.0 || h < views::MIN_SIZE.1 {
        return match event {
            Event::Resize(w, h) => Some(Action::Resize(*w, *h)),
            Event::Key(key) => {
                keymap::action_for(Scope::Tab(Tab::Ledger), key).filter(|a| matches!(a, Action::Quit | Action::Suspend))
            }
            _ => None,
        };
    }
    match event {
        Event::Key(key) => keymap::action_for(app.scope(), key),
        Event::Resize(w, h) => Some(Action::Resize(*w, *h)),
        Event::Paste(pasted) => Some(Action::Paste(pasted.clone())),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(event::MouseButton::Left) if matches!(app.mode, Mode::Browse | Mode::Sheet) => {
                Some(Action::Click(m.column, m.row))
            }
            MouseEventKind::ScrollDown => keymap::wheel(app.scope(), true),
            MouseEventKind::ScrollUp => keymap::wheel(app.scope(), false),
            _ => None,
        },
        _ => None,
    }
}

/// Whether a change another nestegg made reloads the screen now: on the
/// Ledger tab while browsing; elsewhere it waits until the user is back there.
fn follows_outside(mode: Mode, tab: Tab) -> bool {
    match (mode, tab) {
        (Mode::Browse, Tab::Ledger) => true,
        (Mode::Browse, Tab::Months | Tab::Plan | Tab::Move | Tab::Budget) => false,
        (
            Mode::Import
            | Mode::Form
            | Mode::ScenarioForm
            | Mode::Prompt
            | Mode::Confirm
            | Mode::Help
            | Mode::Settings
            | Mode::Sheet
            | Mode::Fields
            | Mode::Mapping
            | Mode::Reconcile,
            _,
        ) => false,
    }
}

/// The whole app on any backend: draw, wait for an event, update; until quit
/// or the events run out. Tests run this on `TestBackend` with a script.
pub fn run_app<B: Backend>(
    terminal: &mut Terminal<B>,
    store: &mut Store,
    today: NaiveDate,
    events: &mut dyn EventSource,
) -> io::Result<App> {
    run_app_with(terminal, store, today, events, Prefs::default())
}

/// [`run_app`] with the user's settings.
pub fn run_app_with<B: Backend>(
    terminal: &mut Terminal<B>,
    store: &mut Store,
    today: NaiveDate,
    events: &mut dyn EventSource,
    prefs: Prefs,
) -> io::Result<App> {
    let size = terminal.size().map_err(|e| io::Error::other(e.to_string()))?;
    let mut app = App::new(today, (size.width, size.height));
    app.cycle = store.cycle();
    let note = prefs.note.clone();
    app.prefs = prefs;
    dispatch(&mut app, store, Action::Start);
    app.ledger = store.path().map(std::path::Path::to_path_buf);
    if let Some(note) = note {
        // The settings file's problem, first line; `config show` has the rest.
        let first = note.lines().next().unwrap_or_default().to_owned();
        app.status = Some(app::Status { text: first, error: true });
    } else if let Some(path) = store.path().filter(|_| store.created()) {
        // A mistyped --db must not start a ledger unseen: say where it is.
        app.status = Some(app::Status { text: crate::text::ui::new_ledger(path.display()), error: false });
    }
    let _ = store.changed_elsewhere(); // from here on, another nestegg's commits count
    let (mut draw, mut outside) = (true, false);
    loop {
        if draw {
            terminal.draw(|frame| views::draw(frame, &app)).map_err(|e| io::Error::other(e.to_string()))?;
        }
        if app.quit {
            break;
        }
        let Some(event) = events.next_event()? else { break };
        if event == Event::FocusLost {
            // Back from a stop: the terminal shows whatever the shell left.
            terminal.clear().map_err(|e| io::Error::other(e.to_string()))?;
        }
        // Another nestegg (the command line) wrote: reload what is shown, but
        // not under an open form or prompt; that waits until it closes.
        outside |= store.changed_elsewhere().unwrap_or(false);
        draw = event != Event::FocusGained;
        if outside && follows_outside(app.mode, app.tab) {
            outside = false;
            draw = true;
            let message = crate::text::ui::changed_elsewhere().to_owned();
            dispatch(&mut app, store, Action::Done(Reply::Changed { message, select: None }));
        }
        if let Some(action) = action_for(&app, &event) {
            dispatch(&mut app, store, action);
        }
        if std::mem::take(&mut app.suspend) {
            events.suspend()?;
            terminal.clear().map_err(|e| io::Error::other(e.to_string()))?;
            draw = true;
        }
    }
    Ok(app)
}

/// Ends the process when its terminal is gone (the window closed, the SSH
/// link or tmux server died) or a stop signal went unanswered for 2 s.
/// crossterm's reader spins forever on a terminal that hung up (each read
/// returns nothing and it reads again), so the event loop would never see
/// the signal and would burn a core for good. Every saved change is already
/// committed; a write in flight rolls back, as after a crash (tests/store/crash.rs).
fn watch_the_terminal(stop: Arc<AtomicBool>) {
    use std::io::IsTerminal;
    std::thread::spawn(move || {
        let mut unanswered = 0;
        loop {
            std::thread::sleep(Duration::from_secs(1));
            unanswered = if stop.load(Ordering::Relaxed) { unanswered + 1 } else { 0 };
            if !io::stdin().is_terminal() || unanswered > 2 {
                std::process::exit(129);
            }
        }
    });
}

/// Opens the interface on the real terminal and restores it afterwards,
/// whatever happens; a panic's details go to the new file `crash_report`.
pub fn run(store: &mut Store, today: NaiveDate, crash_report: std::path::PathBuf, prefs: Prefs) -> io::Result<()> {
    use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};
    let stop = Arc::new(AtomicBool::new(false));
    // Every catchable signal whose default ends the program ends the loop
    // instead, so the terminal is restored below. (In raw mode Ctrl-C and
    // Ctrl-\ are keys; these come from `kill` or another program.)
    for signal in [SIGTERM, SIGHUP, SIGINT, SIGQUIT] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    let (tstp, cont) = (Arc::new(AtomicBool::new(false)), Arc::new(AtomicBool::new(false)));
    signal_hook::flag::register(SIGTSTP, Arc::clone(&tstp))?;
    signal_hook::flag::register(SIGCONT, Arc::clone(&cont))?;
    watch_the_terminal(Arc::clone(&stop));
    // ratatui::init installs a panic hook that restores the terminal and then
    // calls ours, installed first: mouse reporting off, the report written.
    crash::install(crash_report);
    let mut terminal = ratatui::try_init()?;
    // A killed earlier run can leave its screen behind on the alternate screen.
    terminal.clear()?;
    let panic_at_first_key = std::env::var_os(crash::TEST_PANIC).is_some();
    let mut events = TerminalEvents { stop, tstp, cont, panic_at_first_key };
    // Bracketed paste: a paste arrives as one event, never as keys.
    let result = crossterm::execute!(io::stdout(), EnableMouseCapture, EnableBracketedPaste)
        .and_then(|()| run_app_with(&mut terminal, store, today, &mut events, prefs).map(drop));
    let _ = crossterm::execute!(io::stdout(), DisableMouseCapture, DisableBracketedPaste);
    ratatui::restore();
    result
}
