//! The Budget tab's state and its part of `App::update`: one month's
//! budgets, moved through with ←/→. No SQL, no drawing.

use super::action::{Action, Effect};
use super::app::App;
use crate::budget::Line;
use crate::model::Month;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BudgetView {
    /// The month shown; `None` until the tab first opens (then this month).
    pub month: Option<Month>,
    /// The month's lines and its income, once read.
    pub loaded: Option<(Month, Vec<Line>, i64)>,
}

impl App {
    pub(super) fn budget_month(&self) -> Month {
        self.budget.month.unwrap_or(self.cycle.month_of(self.today))
    }

    pub(super) fn update_budget(&mut self, action: Action) -> Option<Effect> {
        match action {
            Action::BudgetLoaded(month, lines, income) => {
                self.budget.loaded = Some((month, lines, income));
                None
            }
            Action::Left | Action::Right => {
                let m = self.budget_month();
                let next = if action == Action::Left { m.prev() } else { m.next() };
                self.budget.month = Some(next);
                Some(Effect::LoadBudget(next))
            }
            _ => None,
        }
    }
}
