//! Typing in the interface: the add/edit form and the one-line prompts
//! (quick add, filter). Part of `App::update`; no SQL, no drawing.

use super::action::{Action, Draft, Effect, PageMode, Selection, TextAction};
use super::app::{App, Mode, PromptKind};
use super::form::{Field, Form, LineEdit};
use crate::input::{QuickClaim, eval_amount, parse_date_input, parse_filter, parse_quick_add};
use crate::model::TxnFilter;
use crate::money::Currency;
use crate::ops::claims::Claim;
use crate::ops::entries::NewEntry;
use crate::ops::names::{self, NameError};
use crate::text;

/// The most a paste types: the longest field's limit (a note's).
pub const PASTE_MAX: usize = crate::model::clean::NOTE_MAX;

impl App {
    pub(super) fn update_form(&mut self, action: TextAction) -> Option<Effect> {
        let (cats, accs) = (&self.categories, &self.accounts);
        let form = self.form.as_mut()?;
        let picker = Form::is_picker(form.focus);
        let options = match form.focus {
            Field::Category => form.category_options(cats).len(),
            Field::Account => form.account_options(accs).len(),
            _ => 0,
        };
        let mut payee_changed = false;
        form.quit_asked = false;
        // A claimed row's AA field shows what it is and takes no typing.
        if form.read_only() && matches!(action, TextAction::Input(_) | TextAction::Backspace | TextAction::DeleteChar) {
            return None;
        }
        form.typed |= matches!(action, TextAction::Input(_) | TextAction::Backspace | TextAction::DeleteChar);
        match action {
            TextAction::Input(c) => {
                form.type_char(c);
                payee_changed = form.focus == Field::Payee;
            }
            // Backspace on a whole, untouched value clears it.
            TextAction::Backspace if std::mem::take(&mut form.fresh) => {
                *form.focused_mut() = LineEdit::default();
                form.choice = 0;
            }
            TextAction::Backspace | TextAction::DeleteChar => {
                if action == TextAction::Backspace {
                    form.focused_mut().backspace()
                } else {
                    form.focused_mut().delete()
                }
                form.choice = 0;
                form.fresh = false;
                payee_changed = form.focus == Field::Payee;
            }
            TextAction::Left => {
                form.fresh = false;
                form.focused_mut().left()
            }
            TextAction::Right => {
                form.fresh = false;
                let at_end = !form.focused_mut().right();
                let suggestion = form.payee_suggestion().map(str::to_owned);
                if let (true, Field::Payee, Some(s)) = (at_end, form.focus, suggestion) {
                    *form.focused_mut() = LineEdit::with(&s);
                }
            }
            TextAction::Home | TextAction::End => {
                form.fresh = false;
                if action == TextAction::Home { form.focused_mut().home() } else { form.focused_mut().end() }
            }
            TextAction::Down if picker => form.choice = (form.choice + 1).min(options.saturating_sub(1)),
            TextAction::Up if picker => form.choice = form.choice.saturating_sub(1),
            TextAction::NextField | TextAction::Down => form.step_focus(true, cats, accs),
            TextAction::PrevField | TextAction::Up => form.step_focus(false, cats, accs),
            TextAction::Submit => match form.validate(self.today, cats, accs) {
                Ok(draft) => return Some(self.save(draft)),
                Err(errors) => {
                    // Focus the first bad field in the form's own order.
                    let first = errors.iter().map(|(f, _)| *f).min().unwrap_or(Field::Amount);
                    form.errors = errors;
                    form.focus_on(first, cats, accs);
                    // Back to fix a typo: Backspace takes one character off
                    // the end, it does not wipe what was typed.
                    form.fresh = false;
                    return None;
                }
            },
        }
        form.errors.clear();
        payee_changed.then(|| Effect::LoadPayees(form.input(Field::Payee).text().to_owned()))
    }

    /// Ctrl-C in the add/edit form or the scenario form: quits at once when nothing was typed;
    /// else the first press says how to go on, and a second one quits.
    pub(super) fn quit_asking(&mut self) -> Option<Effect> {
        let typed_line = !self.prompt_fresh && !self.prompt.text().trim().is_empty();
        let asked = match self.mode {
            Mode::Prompt if typed_line => Some(&mut self.prompt_quit_asked),
            Mode::Form => self.form.as_mut().filter(|f| f.typed).map(|f| &mut f.quit_asked),
            Mode::ScenarioForm => self.relocation.form.as_mut().filter(|f| f.typed()).map(|f| &mut f.quit_asked),
            Mode::Fields => self.fields.as_mut().filter(|f| f.typed).map(|f| &mut f.quit_asked),
            _ => None,
        };
        match asked {
            Some(asked) if !*asked => {
                *asked = true;
                let ask = if self.mode == Mode::Prompt { text::form::quit_ask_line() } else { text::form::quit_ask() };
                self.say(ask, true);
            }
            _ => self.quit = true,
        }
        None
    }

    /// Ctrl-U: the prompt's line, or the form's focused field, emptied.
    pub(super) fn clear_line(&mut self) -> Option<Effect> {
        match self.mode {
            Mode::Prompt => {
                self.prompt = LineEdit::default();
                self.prompt_fresh = false;
                None
            }
            Mode::Form => {
                let form = self.form.as_mut().filter(|f| !f.read_only())?;
                *form.focused_mut() = LineEdit::default();
                (form.fresh, form.typed, form.quit_asked, form.choice) = (false, true, false, 0);
                form.errors.clear();
                (form.focus == Field::Payee).then(|| Effect::LoadPayees(String::new()))
            }
            Mode::Fields => {
                self.fields.as_mut()?.clear();
                None
            }
            Mode::ScenarioForm => {
                self.relocation.form.as_mut()?.clear_focused();
                None
            }
            _ => None,
        }
    }

    /// Closes the form or prompt and asks for the save; what was typed is
    /// kept aside until the outcome, so a save that fails (a busy or full
    /// ledger) gives it back instead of losing it.
    fn save(&mut self, draft: Draft) -> Effect {
        self.unsaved = Some(Unsaved { mode: self.mode, form: self.form.take(), prompt: self.prompt.clone() });
        self.mode = Mode::Browse;
        Effect::Save(draft)
    }

    /// After a failed save: the form or prompt as it was, with the error.
    /// A paste goes into the focused field of a form or prompt as if typed,
    /// character by character, so a field's own rules hold (the first key
    /// replaces a field still showing its whole value; a picker filters).
    /// Cleaned first: a line break or tab is a space, so a pasted newline can
    /// never act as Enter, nor its rest as keys; other control characters
    /// go. At most [`PASTE_MAX`] characters, with a word when it was cut.
    /// With no field open it types nothing and says where pastes go.
    pub(super) fn paste(&mut self, pasted: &str) -> Option<Effect> {
        if !matches!(self.mode, Mode::Form | Mode::ScenarioForm | Mode::Prompt | Mode::Fields | Mode::Mapping) {
            self.say(text::ui::paste_nowhere(), true);
            return None;
        }
        let clean = crate::model::clean::text(pasted);
        let mut effect = None;
        for c in clean.chars().take(PASTE_MAX) {
            // Only the last effect matters (the payee suggestions for what is typed now).
            if let Some(e) = self.update(Action::Text(TextAction::Input(c))) {
                effect = Some(e);
            }
        }
        let length = clean.chars().count();
        if length > PASTE_MAX {
            self.say(text::ui::paste_cut(length, PASTE_MAX), true);
        }
        effect
    }

    /// After a save or delete refused because the row shown was changed or
    /// deleted elsewhere: the list reloads with the row as it is now
    /// selected; an edit form comes back over that row, keeping what the
    /// user changed and taking the rest from the row as it is now
    /// ([`Form::rebase`]), or as a new transaction when the row is gone.
    pub(super) fn stale_row(&mut self, message: String, now: Option<Box<crate::model::Txn>>) -> Option<Effect> {
        let hint = match self.unsaved.take() {
            Some(Unsaved { mode, form: Some(mut form), .. }) => {
                let hint = match &now {
                    Some(t) => {
                        form.rebase(t);
                        text::ui::stale_edit_hint()
                    }
                    None => {
                        form.editing = None;
                        text::ui::gone_edit_hint()
                    }
                };
                (self.mode, self.form) = (mode, Some(form));
                Some(hint)
            }
            _ => None,
        };
        self.say(hint.map_or_else(|| message.clone(), |h| format!("{message}. {h}")), true);
        self.stale = true;
        self.reload_at = now.map(|t| *t);
        Some(Effect::LoadLookups)
    }

    pub(super) fn give_back(&mut self, error: String) {
        match self.unsaved.take() {
            Some(u) => {
                (self.mode, self.form, self.prompt) = (u.mode, u.form, u.prompt);
                self.say(text::ui::not_saved(&error), true);
            }
            None => self.say(error, true),
        }
    }

    pub(super) fn update_prompt(&mut self, action: TextAction) -> Option<Effect> {
        self.prompt_quit_asked = false;
        let fresh = std::mem::take(&mut self.prompt_fresh);
        if fresh && matches!(action, TextAction::Input(_) | TextAction::Backspace) {
            self.prompt = LineEdit::default();
            if action == TextAction::Backspace {
                return None;
            }
        }
        // A setting's value, untouched: what is typed replaces it.
        if let Some(at) = self.prompt_value_at.take() {
            if matches!(action, TextAction::Input(_) | TextAction::Backspace) {
                self.prompt = LineEdit::with(&self.prompt.text().chars().take(at).collect::<String>());
                if action == TextAction::Backspace {
                    return None;
                }
            }
        }
        match action {
            TextAction::Input(c) => self.prompt.insert(c),
            TextAction::Backspace => self.prompt.backspace(),
            TextAction::DeleteChar => self.prompt.delete(),
            TextAction::Left => self.prompt.left(),
            TextAction::Right => drop(self.prompt.right()),
            TextAction::Home => self.prompt.home(),
            TextAction::End => self.prompt.end(),
            TextAction::Up | TextAction::Down if self.prompt_kind == PromptKind::ImportPath => {
                self.choose_bill(action == TextAction::Down)
            }
            TextAction::Up | TextAction::Down if self.prompt_kind == PromptKind::Command => {
                self.step_history(action == TextAction::Up)
            }
            TextAction::Submit => return self.submit_prompt(),
            _ => {}
        }
        None
    }

    fn submit_prompt(&mut self) -> Option<Effect> {
        let line = self.prompt.text().to_owned();
        let result = match self.prompt_kind {
            PromptKind::Quick => self.quick_add(&line).map(|d| Some(self.save(d))),
            PromptKind::Filter => self.apply_filter(&line).map(Some),
            PromptKind::Rename => self.rename_scenario(&line).map(Some),
            PromptKind::ImportPath => self.plan_import(&line).map(Some),
            PromptKind::ImportCategory => self.correct_category(&line),
            PromptKind::ImportSource => self.change_source(&line),
            PromptKind::Command => Ok(Some(self.run_command(line.clone()))),
            PromptKind::WhatIf => self.type_what_if(&line).map(|()| None),
            PromptKind::Tags => self.set_tags(&line).map(Some),
            PromptKind::Loan => match self.selected_txn() {
                Some(seen) => Ok(Some(Effect::Loan(Box::new(seen.clone()), line.clone()))),
                None => Err(text::ui::nothing_to_edit().to_owned()),
            },
            PromptKind::Reimburse | PromptKind::Split => match self.selected_txn() {
                Some(seen) if self.prompt_kind == PromptKind::Reimburse => {
                    Ok(Some(Effect::Reimburse(Box::new(seen.clone()), line.clone())))
                }
                Some(seen) => Ok(Some(Effect::Split(Box::new(seen.clone()), line.clone()))),
                None => Err(text::ui::nothing_to_edit().to_owned()),
            },
        };
        match result {
            Ok(effect) => {
                // A prompt that opened another screen (the import preview) leaves it open.
                if self.mode == Mode::Prompt {
                    self.mode = Mode::Browse;
                }
                effect
            }
            Err(e) => {
                self.say(e, true);
                None
            }
        }
    }

    fn quick_add(&self, line: &str) -> Result<Draft, String> {
        let q = parse_quick_add(line)?;
        let date = q.date.as_deref().map(|d| parse_date_input(d, self.today)).transpose()?;
        let account = match &q.account {
            Some(name) => names::find_active(&self.accounts, name, |a| &a.name, |a| a.archived)
                .map_err(|e| worded(e, text::form::what_account()))?,
            None => match self.settings_account() {
                Some(a) => a,
                None => self
                    .accounts
                    .iter()
                    .find(|a| !a.archived && a.kind.is_payable())
                    .ok_or(text::form::no_active_account())?,
            },
        };
        // No category typed: `ops::entries::add` takes the payee's usual one.
        let category_id = match &q.category {
            Some(name) => Some(
                names::find_active(&self.categories, name, |c| &c.name, |c| c.archived)
                    .map_err(|e| worded(e, text::form::what_category()))?
                    .id,
            ),
            None => None,
        };
        let typed = eval_amount(&q.amount, account.currency)?;
        if typed == 0 {
            return Err(text::form::quick_zero().into());
        }
        let entry = NewEntry {
            date: date.unwrap_or(self.today),
            account_id: account.id,
            category_id,
            payee: q.payee,
            note: String::new(),
            typed,
            tags: q.tags,
        };
        let claim = q.claim.map(|c| match c {
            QuickClaim::Reimburse { by } => {
                Claim::Reimburse { by: by.unwrap_or_else(|| text::claims::default_by().to_owned()) }
            }
            QuickClaim::Share { ways, with } => {
                Claim::Share { ways, with, others: text::claims::default_others().to_owned() }
            }
        });
        Ok(Draft { editing: None, entry, usual_account: q.account.is_none(), claim })
    }

    /// The tags prompt's line, cleaned by `Tags::parse`, for the row still selected.
    fn set_tags(&mut self, line: &str) -> Result<Effect, String> {
        let tags = crate::model::Tags::parse(line).map_err(|e| e.to_string())?;
        let seen = self.selected_txn().ok_or(text::ui::nothing_to_edit())?;
        Ok(Effect::SetTags(Box::new(seen.clone()), tags))
    }

    pub(super) fn apply_filter(&mut self, line: &str) -> Result<Effect, String> {
        let q = parse_filter(line, Currency::CNY)?;
        let mut f =
            TxnFilter { search: q.text, min_abs: q.min_abs, max_abs: q.max_abs, tag: q.tag, ..TxnFilter::default() };
        // Filters look at history: archived names count too.
        if let Some(name) = &q.category {
            let c = names::find(&self.categories, name, |c| &c.name);
            f.category_id = Some(c.map_err(|e| worded(e, text::form::what_category()))?.id);
        }
        if let Some(name) = &q.account {
            let a = names::find(&self.accounts, name, |a| &a.name);
            f.account_id = Some(a.map_err(|e| worded(e, text::form::what_account()))?.id);
        }
        if let Some(m) = q.month {
            f.from = Some(self.cycle.first_day(m));
            f.to = Some(self.cycle.last_day(m));
        }
        self.filter = f;
        self.filter_text = line.trim().to_owned();
        Ok(self.load(None, false, PageMode::Replace(Selection::First)))
    }
}

/// The interface's words for a name that picks nothing (`what` is
/// `text::form::what_account()` or `what_category()`).
pub(super) fn worded(e: NameError, what: &str) -> String {
    let shown = |names: Vec<String>| names.iter().map(|n| text::names::shown(n).into_owned()).collect::<Vec<_>>();
    match e {
        NameError::Unknown { typed, closest } if closest.is_empty() => text::form::no_such_far(what, &typed),
        NameError::Unknown { typed, closest } => text::form::no_such(what, &typed, &shown(closest).join(", ")),
        NameError::Ambiguous { typed, candidates } => text::form::could_be(&typed, &shown(candidates).join(", ")),
        archived @ NameError::Archived { .. } => archived.to_string(),
    }
}

/// A form or prompt whose save has not come back yet.
#[derive(Debug)]
pub(super) struct Unsaved {
    mode: Mode,
    form: Option<Form>,
    prompt: LineEdit,
}
