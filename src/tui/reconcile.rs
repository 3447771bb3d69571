//! Reconciling an account from the accounts screen (`r`): a small form
//! (the statement's balance and day) sent to `ops::worth::reconcile`
//! through the effect runner, written only when it matches; a difference
//! opens a popup with the rows not yet reconciled, where `a` records the
//! difference as an adjustment (one undo step) and Esc leaves with nothing
//! written. No SQL, no drawing.

use chrono::NaiveDate;

use super::action::{Effect, ReconcileAction};
use super::app::{App, Mode};
use super::sheet::SheetKind;
use crate::model::{Account, Txn};
use crate::money::{Currency, Money};
use crate::text::{names::shown, worth as w};

/// A statement compared with the ledger, as the effect runner reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reconciled {
    pub account: Account,
    pub day: NaiveDate,
    /// The ledger's balance at the end of the day.
    pub ledger: i64,
    /// What the statement says.
    pub stated: i64,
    /// Statement less ledger.
    pub difference: i64,
    /// The last reconciliation before this one.
    pub since: Option<NaiveDate>,
    /// The rows after it through the day, oldest first.
    pub unreconciled: Vec<Txn>,
    /// Whether a reconciliation was written (a match, or an adjustment).
    pub recorded: bool,
}

/// A reconciliation that differs, on screen: what was found and how far
/// its rows are scrolled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReconcileView {
    pub found: Reconciled,
    pub scroll: usize,
    /// The adjustment was asked for and is being written.
    pub running: bool,
}

/// A signed change as a reader sees it: `+¥1,000.00`, `-¥25.50`.
pub fn signed(minor: i64, currency: Currency) -> String {
    let shown = Money::new(minor, currency).display();
    if minor > 0 { format!("+{shown}") } else { shown }
}

impl App {
    /// What the effect runner found: written (a match, or the adjustment),
    /// the form or popup closes and the status line says so; a difference
    /// opens the popup; a refusal goes back to the form's field.
    pub(super) fn reconciled(&mut self, found: Result<Reconciled, String>) -> Option<Effect> {
        let found = match found {
            Ok(f) => f,
            Err(message) => {
                if self.fields.as_ref().is_some_and(|f| f.running) {
                    let ran = crate::cli::inside::Ran { ok: false, output: message, settings_changed: false };
                    return self.fields_ran(ran);
                }
                if let Some(view) = self.reconcile.as_mut() {
                    view.running = false;
                }
                self.say(message, true);
                return None;
            }
        };
        self.fields = None;
        if !found.recorded {
            self.reconcile = Some(ReconcileView { found, scroll: 0, running: false });
            self.mode = Mode::Reconcile;
            return None;
        }
        self.reconcile = None;
        let (name, c) = (shown(&found.account.name), found.account.currency);
        let rows = found.unreconciled.len();
        let said = if found.difference == 0 {
            w::reconcile_matches(rows, &name, Money::new(found.stated, c).display(), found.day)
        } else {
            w::reconcile_adjusted(rows, &name, signed(found.difference, c), found.day)
        };
        self.say(said, false);
        self.stale = true;
        self.back_to_accounts()
    }

    fn back_to_accounts(&mut self) -> Option<Effect> {
        if self.sheet.as_ref().is_some_and(|s| s.kind == SheetKind::Accounts) {
            self.mode = Mode::Sheet;
            Some(Effect::LoadSheet(SheetKind::Accounts))
        } else {
            self.mode = Mode::Browse;
            Some(Effect::LoadLookups)
        }
    }

    pub(super) fn update_reconcile(&mut self, action: ReconcileAction) -> Option<Effect> {
        let view = self.reconcile.as_mut()?;
        if view.running {
            return None;
        }
        let last = view.found.unreconciled.len().saturating_sub(1);
        match action {
            ReconcileAction::Down => view.scroll = (view.scroll + 1).min(last),
            ReconcileAction::Up => view.scroll = view.scroll.saturating_sub(1),
            ReconcileAction::Adjust => {
                view.running = true;
                let f = &view.found;
                return Some(Effect::Reconcile {
                    account: f.account.id,
                    amount: Money::new(f.stated, f.account.currency).plain(),
                    date: f.day.to_string(),
                    adjust: true,
                });
            }
        }
        None
    }

    /// Esc on the popup: nothing written, back to the accounts.
    pub(super) fn leave_reconcile(&mut self) -> Option<Effect> {
        self.reconcile = None;
        self.say(w::reconcile_left(), false);
        self.back_to_accounts()
    }
}
