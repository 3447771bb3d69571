//! The Ledger tab's part of `App::update`: the window of rows around the
//! selection (paged through the store by key), the month jumps, and opening
//! the form, the prompts, the delete question and the import. Its state is
//! `App`'s own (`rows`, `selected`, `filter`, ...). No SQL, no drawing.

use super::action::{Effect, LedgerAction, PageMode, PageRequest, Selection};
use super::app::{App, Mode, PAGE, Pending, PromptKind, WINDOW};
use super::form::{Form, LineEdit};
use crate::model::{Account, Category, Class, Txn, TxnFilter};
use crate::recurring::Instance;
use crate::store::Key;
use crate::text;

impl App {
    pub(super) fn update_ledger(&mut self, action: LedgerAction) -> Option<Effect> {
        match action {
            LedgerAction::Down => self.move_by(1),
            LedgerAction::Up => self.move_by(-1),
            LedgerAction::PageDown => self.move_by(self.visible_rows() as isize),
            LedgerAction::PageUp => self.move_by(-(self.visible_rows() as isize)),
            LedgerAction::Top => Some(self.load(None, false, PageMode::Replace(Selection::First))),
            LedgerAction::Bottom => Some(self.load(None, true, PageMode::Replace(Selection::Last))),
            LedgerAction::PrevMonth => {
                let first = self.cycle.first_day(self.header_month());
                Some(self.load(Some(Key::Before(first, i64::MIN)), false, PageMode::JumpMonth))
            }
            LedgerAction::NextMonth => {
                let last = self.cycle.last_day(self.header_month());
                Some(self.load(Some(Key::After(last, i64::MAX)), false, PageMode::FindMonth))
            }
            LedgerAction::OpenAdd => {
                let category = self.default_spending().map(|c| c.name.clone()).unwrap_or_default();
                let chosen =
                    self.settings_account().or(self.accounts.iter().find(|a| !a.archived && a.kind.is_payable()));
                let account = chosen.map(|a| a.name.clone()).unwrap_or_default();
                self.form = Some(Form::for_new(self.today, &category, &account));
                self.mode = Mode::Form;
                None
            }
            LedgerAction::OpenEdit => {
                match self.selected_txn() {
                    Some(t) if t.transfer_id.is_some() => self.say(text::ui::transfer_not_editable(), true),
                    // A reconciled row: asked first (the command line's `--force`).
                    Some(t) if self.reconciled_on(t).is_some() => {
                        let day = self.reconciled_on(t)?;
                        self.confirm = Some(Pending::Edit(t.clone(), day));
                        self.mode = Mode::Confirm;
                    }
                    Some(t) => return self.open_edit(&t.clone()),
                    None => self.say(text::ui::nothing_to_edit(), true),
                }
                None
            }
            LedgerAction::OpenTags => {
                // Tags change no figure, so a reconciled row is not asked about.
                match self.selected_txn() {
                    Some(t) => {
                        self.prompt = LineEdit::with(&t.tags.stored());
                        // Typing adds to the tags shown; Ctrl-U clears them.
                        self.prompt_fresh = false;
                        self.prompt_kind = PromptKind::Tags;
                        self.mode = Mode::Prompt;
                    }
                    None => self.say(text::ui::nothing_to_edit(), true),
                }
                None
            }
            LedgerAction::OpenLoan => {
                match self.selected_txn() {
                    // A transfer is no payment: say so before anything is typed.
                    Some(t) if t.category_id.is_none() => self.say(text::owed::not_a_payment(), true),
                    Some(_) => {
                        self.prompt = LineEdit::default();
                        self.prompt_kind = PromptKind::Loan;
                        self.mode = Mode::Prompt;
                    }
                    None => self.say(text::ui::nothing_to_edit(), true),
                }
                None
            }
            LedgerAction::OpenReimburse | LedgerAction::OpenSplit => {
                match self.selected_txn() {
                    Some(t) if t.category_id.is_none() || t.amount >= 0 => {
                        self.say(text::claims::not_a_payment(), true)
                    }
                    Some(_) => {
                        self.prompt = LineEdit::default();
                        self.prompt_kind = match action {
                            LedgerAction::OpenReimburse => PromptKind::Reimburse,
                            _ => PromptKind::Split,
                        };
                        self.mode = Mode::Prompt;
                    }
                    None => self.say(text::ui::nothing_to_edit(), true),
                }
                None
            }
            LedgerAction::OpenQuick | LedgerAction::OpenFilter => {
                let filter = action == LedgerAction::OpenFilter;
                self.prompt_kind = if filter { PromptKind::Filter } else { PromptKind::Quick };
                self.prompt = LineEdit::with(if filter { &self.filter_text } else { "" });
                self.mode = Mode::Prompt;
                None
            }
            LedgerAction::ClearFilter if self.filter_text.is_empty() => None,
            LedgerAction::ClearFilter => {
                self.filter_text.clear();
                self.filter = TxnFilter::default();
                Some(self.load(None, false, PageMode::Replace(Selection::First)))
            }
            LedgerAction::AskDelete => {
                match self.selected_txn().cloned() {
                    Some(t) => {
                        self.confirm = Some(Pending::Txn(t));
                        self.mode = Mode::Confirm;
                    }
                    None => self.say(text::ui::nothing_to_delete(), true),
                }
                None
            }
            LedgerAction::OpenImport => self.open_import(),
            LedgerAction::LoadDemo if self.empty => Some(Effect::LoadDemo),
            LedgerAction::LoadDemo => {
                self.say(text::ui::demo_only_empty(), true);
                None
            }
        }
    }

    /// Accounts and categories read: then the page, at the row just changed
    /// or where the selection was.
    pub(super) fn lookups_loaded(
        &mut self,
        accounts: Vec<Account>,
        categories: Vec<Category>,
        empty: bool,
        upcoming: Vec<Instance>,
    ) -> Option<Effect> {
        self.accounts = accounts;
        self.categories = categories;
        self.empty = empty;
        self.upcoming = upcoming;
        Some(match self.reload_at.take() {
            Some(t) => self.load(
                Some(Key::Before(t.date, t.id.saturating_add(1))),
                false,
                PageMode::Replace(Selection::Id(t.id)),
            ),
            // At the top, the top again: rows another nestegg added show up.
            None => match self.rows.first().filter(|_| !self.at_newest) {
                Some(first) => {
                    let key = Key::Before(first.date, first.id.saturating_add(1));
                    self.load(Some(key), false, PageMode::Replace(Selection::Index(self.selected)))
                }
                None if self.rows.is_empty() => self.load(None, false, PageMode::Replace(Selection::First)),
                None => self.load(None, false, PageMode::Replace(Selection::Index(self.selected))),
            },
        })
    }

    fn default_spending(&self) -> Option<&Category> {
        self.categories.iter().find(|c| c.class == Class::Spending && !c.archived)
    }

    pub(super) fn load(&self, key: Option<Key>, oldest: bool, mode: PageMode) -> Effect {
        Effect::LoadPage { filter: self.filter.clone(), request: PageRequest { key, oldest, limit: PAGE, mode } }
    }

    pub(super) fn move_by(&mut self, delta: isize) -> Option<Effect> {
        let target = self.selected as isize + delta;
        if target >= self.rows.len() as isize && !self.at_oldest {
            self.pending_move = target - (self.rows.len() as isize - 1);
            self.selected = self.rows.len().saturating_sub(1);
            let last = self.rows.last()?;
            return Some(self.load(Some(Key::Before(last.date, last.id)), false, PageMode::Append));
        }
        if target < 0 && !self.at_newest {
            self.pending_move = target;
            self.selected = 0;
            let first = self.rows.first()?;
            return Some(self.load(Some(Key::After(first.date, first.id)), false, PageMode::Prepend));
        }
        self.selected = target.clamp(0, self.rows.len().saturating_sub(1) as isize) as usize;
        self.after_move()
    }

    /// Keeps the selection on screen and the header on the selection's month.
    fn after_move(&mut self) -> Option<Effect> {
        self.keep_visible();
        let month = self.header_month();
        if self.summary.map(|s| s.month) == Some(month) {
            return None;
        }
        Some(Effect::LoadSummary { filter: self.filter.clone(), month, goal: self.prefs.savings_goal })
    }

    pub(super) fn keep_visible(&mut self) {
        let visible = self.visible_rows();
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + visible {
            self.offset = self.selected + 1 - visible;
        }
        self.offset = self.offset.min(self.rows.len().saturating_sub(1));
    }

    pub(super) fn page_loaded(&mut self, mut rows: Vec<Txn>, request: PageRequest) -> Option<Effect> {
        let full = rows.len() >= request.limit;
        let pending = std::mem::take(&mut self.pending_move);
        match request.mode {
            PageMode::FindMonth => {
                // `rows` are newer than the header month, newest first: jump to the
                // newest row of the earliest month among them.
                let Some(oldest) = rows.last() else {
                    self.say(text::ui::no_later_month(), false);
                    return None;
                };
                let next = self.cycle.first_day(self.cycle.month_of(oldest.date).next());
                return Some(self.load(Some(Key::Before(next, i64::MIN)), false, PageMode::JumpMonth));
            }
            PageMode::JumpMonth if rows.is_empty() => {
                let text = if self.filter_text.is_empty() {
                    text::ui::no_earlier_month()
                } else {
                    text::ui::no_earlier_month_filtered()
                };
                self.say(text, false);
                return None;
            }
            PageMode::JumpMonth => {
                let request = PageRequest { mode: PageMode::Replace(Selection::First), ..request };
                return self.page_loaded(rows, request);
            }
            PageMode::Replace(sel) => {
                self.at_newest = request.key.is_none() && !request.oldest;
                self.at_oldest = !full || request.oldest;
                if request.oldest {
                    self.at_newest = !full;
                }
                self.selected = match sel {
                    Selection::First => 0,
                    Selection::Last => rows.len().saturating_sub(1),
                    Selection::Id(id) => rows.iter().position(|t| t.id == id).unwrap_or(0),
                    Selection::Index(i) => i.min(rows.len().saturating_sub(1)),
                };
                // The last row sits at the bottom of the screen, others in the middle.
                let above = if sel == Selection::Last { self.visible_rows() - 1 } else { self.visible_rows() / 2 };
                self.offset = self.selected.saturating_sub(above);
                self.rows = rows;
                self.summary = None;
                // A saved row that is not the newest: the rows newer than it
                // belong above it on screen, or they would seem gone.
                if matches!(sel, Selection::Id(_)) && !self.at_newest && self.selected < above {
                    let first = self.rows.first()?;
                    return Some(self.load(Some(Key::After(first.date, first.id)), false, PageMode::Fill));
                }
            }
            PageMode::Append => {
                self.at_oldest = !full;
                self.rows.append(&mut rows);
                let excess = self.rows.len().saturating_sub(WINDOW);
                if excess > 0 {
                    self.rows.drain(..excess);
                    self.at_newest = false;
                    self.selected -= excess.min(self.selected);
                    self.offset -= excess.min(self.offset);
                }
                self.selected = (self.selected as isize + pending).clamp(0, self.rows.len() as isize - 1) as usize;
            }
            PageMode::Fill => {
                self.at_newest = !full;
                let added = rows.len();
                rows.append(&mut self.rows);
                self.rows = rows;
                self.selected += added;
                self.offset = self.selected.saturating_sub(self.visible_rows() / 2);
                if self.rows.len() > WINDOW {
                    self.rows.truncate(WINDOW);
                    self.at_oldest = false;
                }
            }
            PageMode::Prepend => {
                self.at_newest = !full;
                let added = rows.len();
                rows.append(&mut self.rows);
                self.rows = rows;
                self.selected += added;
                self.offset += added;
                if self.rows.len() > WINDOW {
                    self.rows.truncate(WINDOW);
                    self.at_oldest = false;
                }
                self.selected = (self.selected as isize + pending).clamp(0, self.rows.len() as isize - 1) as usize;
            }
        }
        self.after_move()
    }
}
