//! The Budget tab's state and its part of `App::update`: one month's
//! budgets, moved through with ←/→; a line selected with ↑/↓ is set,
//! changed or ended from the tab through a small form over `budget set`
//! (the CLI's checks and words), and `c` makes the month's budgets the
//! month before's (`budget copy`). No SQL, no drawing.

use super::action::{BudgetAction, Effect};
use super::app::App;
use super::fields::{Arg, Back, Field, FieldsForm};
use crate::budget::Line;
use crate::model::Month;
use crate::text::{names::shown, screens as w};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BudgetView {
    /// The month shown; `None` until the tab first opens (then this month).
    pub month: Option<Month>,
    /// The month's lines and its income, once read.
    pub loaded: Option<(Month, Vec<Line>, i64)>,
    /// The selected line.
    pub selected: usize,
}

impl App {
    pub(super) fn budget_month(&self) -> Month {
        self.budget.month.unwrap_or(self.cycle.month_of(self.today))
    }

    pub(super) fn budget_loaded(&mut self, month: Month, lines: Vec<Line>, income: i64) -> Option<Effect> {
        self.budget.selected = self.budget.selected.min(lines.len().saturating_sub(1));
        self.budget.loaded = Some((month, lines, income));
        None
    }

    pub(super) fn update_budget(&mut self, action: BudgetAction) -> Option<Effect> {
        let m = self.budget_month();
        let lines = self.budget.loaded.as_ref().map_or(&[][..], |(_, l, _)| l.as_slice());
        let line = lines.get(self.budget.selected).map(|l| (l.category.clone(), l.limit));
        let next = match action {
            BudgetAction::PrevMonth => m.prev(),
            BudgetAction::NextMonth => m.next(),
            BudgetAction::Down => {
                self.budget.selected = (self.budget.selected + 1).min(lines.len().saturating_sub(1));
                return None;
            }
            BudgetAction::Up => {
                self.budget.selected = self.budget.selected.saturating_sub(1);
                return None;
            }
            BudgetAction::Set | BudgetAction::New => {
                let line = if action == BudgetAction::Set { line } else { None };
                let form = budget_form(m, line.as_ref().map(|(c, l)| (c.as_str(), *l)), self.prefs.currency);
                self.open_fields(form);
                return None;
            }
            BudgetAction::End => {
                let (category, _) = line?;
                let from = m.to_string();
                return Some(Effect::RunWords(
                    ["budget", "set", &category, "0", "--from", &from].map(str::to_owned).to_vec(),
                ));
            }
            BudgetAction::CopyLast => {
                return Some(Effect::RunWords(["budget", "copy", "--to", &m.to_string()].map(str::to_owned).to_vec()));
            }
        };
        self.budget.month = Some(next);
        Some(Effect::LoadBudget(next))
    }
}

/// The form over `budget set`: the category (the selected line's, or to
/// type), the limit a month (0 ends it), from which month, and rollover
/// (as the category's budget did before, unless chosen).
fn budget_form(month: Month, line: Option<(&str, i64)>, currency: crate::money::Currency) -> FieldsForm {
    let limit = line.map_or(String::new(), |(_, l)| crate::money::Money::new(l, currency).plain());
    let rollover = vec![
        (String::new(), w::rollover_as_before().to_owned()),
        ("--rollover".to_owned(), w::rollover_yes().to_owned()),
        ("--no-rollover".to_owned(), w::rollover_no().to_owned()),
    ];
    let mut form = FieldsForm::new(
        w::title_budget(&month.to_string()),
        &["budget", "set"],
        vec![
            Field::text(
                w::l_category(),
                Arg::Word,
                &line.map_or(String::new(), |(c, _)| shown(c).into_owned()),
                w::hint_budget_category(),
            ),
            Field::text(w::l_amount(), Arg::Word, &limit, w::hint_budget_amount()),
            Field::text(w::l_from(), Arg::Flag("--from"), &month.to_string(), w::hint_from()),
            Field::choice(w::l_rollover(), Arg::Words, rollover, ""),
        ],
        Back::Tab,
    );
    if line.is_some() {
        form.focus = 1;
    }
    form
}
