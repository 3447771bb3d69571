//! The Move tab's state and its part of `App::update`: scenarios compared
//! with staying, the selected one, and its mortgage schedule. No SQL, no drawing.

use super::action::{Action, Effect};
use super::app::App;
use crate::relocation::compare::Outcome;

/// Years the comparison looks ahead; a key cycles them.
pub const YEARS: [u32; 3] = [10, 5, 20];

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MoveView {
    /// Staying first, then each scenario; `Err` says why there is nothing to compare.
    pub outcomes: Option<Result<Vec<Outcome>, String>>,
    /// The selected scenario (index into `outcomes`; 0 is Stay).
    pub selected: usize,
    pub years: usize,
    /// Showing the selected scenario's mortgage schedule.
    pub schedule: bool,
    /// In the schedule: the selected year, and whether its months are shown.
    pub year: usize,
    pub expanded: bool,
    /// Goals (name, target) to time in each scenario.
    pub goals: Vec<(String, i64)>,
}

impl MoveView {
    pub fn months(&self) -> u32 {
        YEARS[self.years % YEARS.len()] * 12
    }

    pub fn list(&self) -> &[Outcome] {
        match &self.outcomes {
            Some(Ok(o)) => o,
            _ => &[],
        }
    }

    pub fn selected_outcome(&self) -> Option<&Outcome> {
        self.list().get(self.selected)
    }
}

impl App {
    pub(super) fn update_move(&mut self, action: Action) -> Option<Effect> {
        let view = &mut self.relocation;
        let n = view.list().len();
        let years = view.selected_outcome().map_or(0, |o| o.schedule.len().div_ceil(12));
        match action {
            Action::MoveLoaded(result, goals) => {
                view.outcomes = Some(result);
                view.goals = goals;
                view.selected = view.selected.min(view.list().len().saturating_sub(1));
            }
            Action::Left if !view.schedule => view.selected = view.selected.saturating_sub(1),
            Action::Right if !view.schedule => view.selected = (view.selected + 1).min(n.saturating_sub(1)),
            Action::ToggleSchedule => {
                if years == 0 {
                    self.status = Some(super::app::Status {
                        text: "this scenario has no mortgage; pick a buy-with-a-mortgage one with ←/→".into(),
                        error: false,
                    });
                    return None;
                }
                view.schedule = !view.schedule;
                view.year = 0;
                view.expanded = false;
            }
            Action::Up if view.schedule => view.year = view.year.saturating_sub(1),
            Action::Down if view.schedule => view.year = (view.year + 1).min(years.saturating_sub(1)),
            Action::JumpToMonth if view.schedule => view.expanded = !view.expanded,
            Action::CycleSpan => {
                view.years = (view.years + 1) % YEARS.len();
                return Some(Effect::LoadMove(view.months()));
            }
            _ => {}
        }
        None
    }
}
