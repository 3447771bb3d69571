//! The interface's tabs, in order. Everything that depends on the tab is an
//! exhaustive `match` on [`Tab`], so a new tab fails to compile wherever it
//! must be handled.
//!
//! Adding a tab: a variant here, listed in [`Tab::ALL`]; then the compiler
//! points at its index and titles (here, words in `text/ui.rs`), what it
//! loads (`App::load_tab`), its body (`views/mod.rs`), its keys
//! (`keymap::groups`, `keymap::wheel`) and whether it reloads on outside
//! changes (`tui/mod.rs`). Its state and `update_<tab>` go in a new
//! `tui/<tab>.rs`, its drawing in `views/<tab>.rs`, its keys' actions in
//! `action.rs` as `Action::<Tab>(<Tab>Action)` (the dispatcher in
//! `App::update` then fails until it routes it), its loader in
//! `effects.rs` (a `Reply` variant, which `App::settle` must handle). Its number key goes in `keymap::SWITCH_MORE` (a
//! test checks every tab has one). The tab bar must still fit
//! `views::MIN_SIZE`.

use crate::text;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tab {
    Ledger,
    Months,
    Plan,
    Move,
    Budget,
}

/// The program's name at the left of the tab bar.
pub const BADGE: &str = " nestegg ";

impl Tab {
    /// Every tab, in the tab bar's order.
    pub const ALL: [Tab; 5] = [Tab::Ledger, Tab::Months, Tab::Plan, Tab::Move, Tab::Budget];

    /// Where the tab sits in [`Tab::ALL`]; a new tab must be listed there too
    /// (a test checks that both agree).
    pub const fn index(self) -> usize {
        match self {
            Tab::Ledger => 0,
            Tab::Months => 1,
            Tab::Plan => 2,
            Tab::Move => 3,
            Tab::Budget => 4,
        }
    }

    /// The number shown before its title and typed to open it.
    pub const fn number(self) -> usize {
        self.index() + 1
    }

    pub fn next(self) -> Tab {
        Tab::ALL[(self.index() + 1) % Tab::ALL.len()]
    }

    pub fn prev(self) -> Tab {
        Tab::ALL[(self.index() + Tab::ALL.len() - 1) % Tab::ALL.len()]
    }

    /// Its title in the tab bar, in the reader's language.
    /// Its label in the tab bar: ` 2 Months `.
    pub fn label(self) -> String {
        format!(" {} {} ", self.number(), self.title())
    }

    /// The tab whose label is at column `x` of the tab bar (after the
    /// ` nestegg ` badge and a space), for a mouse click.
    pub fn at_column(x: u16) -> Option<Tab> {
        let mut left = unicode_width::UnicodeWidthStr::width(BADGE) + 1;
        for tab in Tab::ALL {
            let right = left + unicode_width::UnicodeWidthStr::width(tab.label().as_str());
            if (left..right).contains(&usize::from(x)) {
                return Some(tab);
            }
            left = right;
        }
        None
    }

    pub fn title(self) -> &'static str {
        match self {
            Tab::Ledger => text::ui::tab_ledger(),
            Tab::Months => text::ui::tab_months(),
            Tab::Plan => text::ui::tab_plan(),
            Tab::Move => text::ui::tab_move(),
            Tab::Budget => text::ui::tab_budget(),
        }
    }

    /// Its section title on the help screen.
    pub fn help_title(self) -> &'static str {
        match self {
            Tab::Ledger => text::ui::help_ledger(),
            Tab::Months => text::ui::help_months(),
            Tab::Plan => text::ui::help_plan(),
            Tab::Move => text::ui::help_move(),
            Tab::Budget => text::ui::help_budget(),
        }
    }
}

// `ALL` lists each tab once, at its own index.
const _: () = {
    let mut i = 0;
    while i < Tab::ALL.len() {
        assert!(Tab::ALL[i].index() == i);
        i += 1;
    }
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tabs_go_round_in_order() {
        assert_eq!(Tab::Ledger.next(), Tab::Months);
        assert_eq!(Tab::Budget.next(), Tab::Ledger);
        assert_eq!(Tab::Ledger.prev(), Tab::Budget);
        for tab in Tab::ALL {
            assert_eq!(tab.next().prev(), tab);
        }
    }
}
