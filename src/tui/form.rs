//! The add/edit form's state and validation, and the one-line editor used
//! by the form and the prompts. No drawing, no SQL.

use chrono::NaiveDate;
use unicode_width::UnicodeWidthStr;

use super::action::Draft;
use crate::input::{QuickClaim, claim_word, eval_amount, parse_date_input};
use crate::model::{Account, Category, Tags, Txn};
use crate::money::{Currency, Money};
use crate::ops::claims::Claim;
use crate::ops::entries::NewEntry;
use crate::ops::names;
use crate::text;

/// A single line of text with a caret (counted in characters, so CJK input
/// edits whole characters).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineEdit {
    text: String,
    caret: usize,
}

impl LineEdit {
    pub fn with(text: &str) -> LineEdit {
        LineEdit { text: text.to_owned(), caret: text.chars().count() }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    fn byte_at(&self, chars: usize) -> usize {
        self.text.char_indices().nth(chars).map_or(self.text.len(), |(i, _)| i)
    }

    pub fn insert(&mut self, c: char) {
        let at = self.byte_at(self.caret);
        self.text.insert(at, c);
        self.caret += 1;
    }

    pub fn backspace(&mut self) {
        if self.caret > 0 {
            self.caret -= 1;
            let at = self.byte_at(self.caret);
            self.text.remove(at);
        }
    }

    pub fn delete(&mut self) {
        if self.caret < self.text.chars().count() {
            let at = self.byte_at(self.caret);
            self.text.remove(at);
        }
    }

    pub fn left(&mut self) {
        self.caret = self.caret.saturating_sub(1);
    }

    /// Moves right; returns false when already at the end.
    pub fn right(&mut self) -> bool {
        let at_end = self.caret >= self.text.chars().count();
        if !at_end {
            self.caret += 1;
        }
        !at_end
    }

    pub fn home(&mut self) {
        self.caret = 0;
    }

    pub fn end(&mut self) {
        self.caret = self.text.chars().count();
    }

    /// Display columns before the caret: where the terminal cursor goes, so
    /// an input method puts its candidate window at the caret.
    pub fn caret_columns(&self) -> u16 {
        self.text[..self.byte_at(self.caret)].width() as u16
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Field {
    Date,
    Amount,
    Category,
    Account,
    Payee,
    Note,
    /// Quick add's `+旅行` words, typed with or without the `+`.
    Tags,
    /// Quick add's `AA:` after its colon: `4`, or `4:小王,小李`.
    Share,
}

impl Field {
    pub const ALL: [Field; 8] = [
        Field::Date,
        Field::Amount,
        Field::Category,
        Field::Account,
        Field::Payee,
        Field::Note,
        Field::Tags,
        Field::Share,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Field::Date => text::form::date(),
            Field::Amount => text::form::amount(),
            Field::Category => text::form::category(),
            Field::Account => text::form::account(),
            Field::Payee => text::form::payee(),
            Field::Note => text::form::note(),
            Field::Tags => text::form::tags(),
            Field::Share => text::form::share(),
        }
    }

    fn index(self) -> usize {
        Field::ALL.iter().position(|f| *f == self).expect("every field is in ALL")
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    /// The transaction being edited, as it was shown: the save is refused
    /// if another nestegg changed it meanwhile.
    pub editing: Option<Box<Txn>>,
    pub inputs: [LineEdit; 8],
    /// Editing a row that already carries a claim (split or reimbursable):
    /// what it is, in words. The AA field then shows it and takes no input.
    pub claimed: Option<String>,
    pub focus: Field,
    pub errors: Vec<(Field, String)>,
    /// Highlighted entry in the focused picker's filtered list.
    pub choice: usize,
    /// Payees from the ledger that start with what is typed.
    pub payees: Vec<String>,
    /// The focused field still holds its whole value, untouched: the first key
    /// typed replaces it (a picker then lists every choice until then).
    pub fresh: bool,
    /// Something was typed or erased since the form opened: Ctrl-C asks first.
    pub typed: bool,
    /// Ctrl-C was pressed once over typed input; a second press quits.
    pub quit_asked: bool,
}

impl Form {
    pub fn for_new(today: NaiveDate, category: &str, account: &str) -> Form {
        let mut f = Form::blank(None);
        f.inputs[Field::Date.index()] = LineEdit::with(&today.to_string());
        // Pickers hold names as the reader sees them; they match either language.
        f.inputs[Field::Category.index()] = LineEdit::with(&text::names::shown(category));
        f.inputs[Field::Account.index()] = LineEdit::with(&text::names::shown(account));
        f.focus = Field::Amount;
        f.fresh = true;
        f
    }

    pub fn for_edit(t: &Txn) -> Form {
        let mut f = Form::blank(Some(Box::new(t.clone())));
        // The form shows what the user typed: the class's sign taken off again.
        let typed = t.amount * t.class.map_or(1, |c| c.sign());
        let values = [
            t.date.to_string(),
            Money::new(typed, t.currency).plain(),
            t.category.as_deref().map_or_else(String::new, |c| text::names::shown(c).into_owned()),
            text::names::shown(&t.account).into_owned(),
            t.payee.clone(),
            t.note.clone(),
            t.tags.stored(),
            String::new(),
        ];
        for (input, v) in f.inputs.iter_mut().zip(values) {
            *input = LineEdit::with(&v);
        }
        f.focus = Field::Amount;
        f.fresh = true;
        f
    }

    /// The row being edited changed elsewhere into `now`: each field the
    /// user left as it was takes `now`'s value, each field they changed
    /// keeps what they typed, and the form edits `now` from here on. So a
    /// save never reverts a correction made meanwhile in a field the user
    /// did not touch.
    pub fn rebase(&mut self, now: &Txn) {
        if let Some(seen) = self.editing.take() {
            let (was, is) = (Form::for_edit(&seen), Form::for_edit(now));
            for ((input, was), is) in self.inputs.iter_mut().zip(was.inputs).zip(is.inputs) {
                if input.text() == was.text() {
                    *input = is;
                }
            }
        }
        self.editing = Some(Box::new(now.clone()));
        self.fresh = false;
    }

    fn blank(editing: Option<Box<Txn>>) -> Form {
        Form {
            editing,
            inputs: Default::default(),
            focus: Field::Date,
            errors: Vec::new(),
            choice: 0,
            payees: Vec::new(),
            claimed: None,
            fresh: false,
            typed: false,
            quit_asked: false,
        }
    }

    pub fn input(&self, field: Field) -> &LineEdit {
        &self.inputs[field.index()]
    }

    pub fn focused_mut(&mut self) -> &mut LineEdit {
        &mut self.inputs[self.focus.index()]
    }

    pub fn error(&self, field: Field) -> Option<&str> {
        self.errors.iter().find(|(f, _)| *f == field).map(|(_, e)| e.as_str())
    }

    /// The focused field takes no typing: the AA field of a row already claimed.
    pub fn read_only(&self) -> bool {
        self.focus == Field::Share && self.claimed.is_some()
    }

    pub fn is_picker(field: Field) -> bool {
        matches!(field, Field::Category | Field::Account)
    }

    /// The payee the ledger suggests for what is typed, if it adds anything.
    pub fn payee_suggestion(&self) -> Option<&str> {
        let typed = self.input(Field::Payee).text();
        self.payees
            .iter()
            .map(String::as_str)
            .find(|p| !typed.is_empty() && p.len() > typed.len() && p.starts_with(typed))
    }

    /// Moves focus; leaving a picker writes the chosen name into it.
    pub fn focus_on(&mut self, field: Field, categories: &[Category], accounts: &[Account]) {
        if let Some(name) = self.chosen_name(categories, accounts) {
            *self.focused_mut() = LineEdit::with(&name);
        }
        self.focus = field;
        // Date, amount and pickers hold one value each: typing replaces it.
        // Payee, note and tags are text: typing adds to them.
        self.fresh = !matches!(field, Field::Payee | Field::Note | Field::Tags);
        let current = self.focused_mut().text().to_owned();
        self.choice = match field {
            Field::Category => {
                self.category_options(categories).iter().position(|c| text::names::shown(&c.name) == current)
            }
            Field::Account => {
                self.account_options(accounts).iter().position(|a| text::names::shown(&a.name) == current)
            }
            _ => None,
        }
        .unwrap_or(0);
    }

    /// Types a character; the first one in a fresh picker replaces its text.
    pub fn type_char(&mut self, c: char) {
        if self.read_only() {
            return;
        }
        if std::mem::take(&mut self.fresh) {
            *self.focused_mut() = LineEdit::default();
        }
        self.focused_mut().insert(c);
        self.choice = 0;
    }

    pub fn step_focus(&mut self, forward: bool, categories: &[Category], accounts: &[Account]) {
        let (i, n) = (self.focus.index(), Field::ALL.len());
        let next = if forward { (i + 1) % n } else { (i + n - 1) % n };
        self.focus_on(Field::ALL[next], categories, accounts);
    }

    fn chosen_name(&self, categories: &[Category], accounts: &[Account]) -> Option<String> {
        match self.focus {
            Field::Category => {
                self.category_options(categories).get(self.choice).map(|c| text::names::shown(&c.name).into_owned())
            }
            Field::Account => {
                self.account_options(accounts).get(self.choice).map(|a| text::names::shown(&a.name).into_owned())
            }
            _ => None,
        }
    }

    /// What a picker searches for: nothing while it is fresh, so all choices show.
    fn query(&self, field: Field) -> &str {
        if self.fresh && self.focus == field { "" } else { self.input(field).text() }
    }

    pub fn category_options<'a>(&self, categories: &'a [Category]) -> Vec<&'a Category> {
        names::filter(categories.iter().filter(|c| !c.archived), self.query(Field::Category), |c| &c.name)
    }

    pub fn account_options<'a>(&self, accounts: &'a [Account]) -> Vec<&'a Account> {
        names::filter(accounts.iter().filter(|a| !a.archived && a.kind.is_payable()), self.query(Field::Account), |a| {
            &a.name
        })
    }

    /// Checks every field; returns what to save, or an error next to each bad field.
    pub fn validate(
        &self,
        today: NaiveDate,
        categories: &[Category],
        accounts: &[Account],
    ) -> Result<Draft, Vec<(Field, String)>> {
        let mut errors = Vec::new();
        let date =
            parse_date_input(self.input(Field::Date).text(), today).map_err(|e| errors.push((Field::Date, e))).ok();
        let pick = |field: Field, n: usize| if self.focus == field { self.choice.min(n.saturating_sub(1)) } else { 0 };
        let cats = self.category_options(categories);
        let category = cats.get(pick(Field::Category, cats.len())).copied();
        if category.is_none() {
            errors.push((Field::Category, text::form::no_category().into()));
        }
        let accs = self.account_options(accounts);
        let account = accs.get(pick(Field::Account, accs.len())).copied();
        if account.is_none() {
            errors.push((Field::Account, text::form::no_account().into()));
        }
        let currency = account.map_or(Currency::CNY, |a| a.currency);
        let typed = match eval_amount(self.input(Field::Amount).text(), currency) {
            Ok(0) => {
                errors.push((Field::Amount, text::form::zero().into()));
                None
            }
            Ok(v) => Some(v),
            Err(e) => {
                errors.push((Field::Amount, e));
                None
            }
        };
        let tags = Tags::parse(self.input(Field::Tags).text()).map_err(|e| errors.push((Field::Tags, e.to_string())));
        let claim = self.claim().map_err(|e| errors.push((Field::Share, e)));
        match (date, category, account, typed, tags, claim) {
            (Some(date), Some(c), Some(a), Some(typed), Ok(tags), Ok(claim)) if errors.is_empty() => Ok(Draft {
                editing: self.editing.clone(),
                usual_account: false,
                claim,
                entry: NewEntry {
                    date,
                    account_id: a.id,
                    category_id: Some(c.id),
                    payee: self.input(Field::Payee).text().trim().to_owned(),
                    note: self.input(Field::Note).text().trim().to_owned(),
                    typed,
                    tags,
                },
            }),
            _ => Err(errors),
        }
    }

    /// The AA field as quick add reads what follows `AA:` (empty: no
    /// split; a row already claimed: nothing new).
    fn claim(&self) -> Result<Option<Claim>, String> {
        let typed = self.input(Field::Share).text().trim();
        if typed.is_empty() || self.claimed.is_some() {
            return Ok(None);
        }
        match claim_word(&format!("AA:{typed}")) {
            Some(QuickClaim::Share { ways, with }) => {
                Ok(Some(Claim::Share { ways, with, others: text::claims::default_others().to_owned() }))
            }
            _ => Err(text::claims::ways_typed(&text::safe::escaped(typed))),
        }
    }
}
