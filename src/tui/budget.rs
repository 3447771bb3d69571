//! The Budget tab's state and its part of `App::update`: one month's
//! budgets, moved through with ←/→. No SQL, no drawing.

use super::action::{BudgetAction, Effect};
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

    pub(super) fn budget_loaded(&mut self, month: Month, lines: Vec<Line>, income: i64) -> Option<Effect> {
        self.budget.loaded = Some((month, lines, income));
        None
    }

    pub(super) fn update_budget(&mut self, action: BudgetAction) -> Option<Effect> {
        let m = self.budget_month();
        let next = match action {
            BudgetAction::PrevMonth => m.prev(),
            BudgetAction::NextMonth => m.next(),
        };
        self.budget.month = Some(next);
        Some(Effect::LoadBudget(next))
    }
}
