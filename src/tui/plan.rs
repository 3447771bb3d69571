//! The Plan tab's state and its part of `App::update`: the ledger's baseline,
//! what-if changes to it, and the projection and goals computed from both.
//! No SQL, no drawing, no arithmetic: the what-if changes, the projection,
//! the goals and independence are the pure engine's (`projection`).

use super::action::{Effect, PlanAction};
use super::app::App;
use super::app::{Mode, PromptKind};
use crate::model::{Goal, Month};
pub use crate::projection::Tweaks;
use crate::projection::ranges::{self, RangePoint, ReachRange, Spread};
use crate::projection::typed::{self, Typed, Typings};
use crate::projection::{Assumptions, GoalStatus, MonthPoint, fi_years, goal_statuses, project};
use crate::store::PlanInputs;
use crate::text;

/// How far the what-if keys move a figure per press.
pub const RATE_STEP_POINTS: i64 = 5;
pub const INCOME_STEP_PCT: i64 = 5;
pub const SPENDING_STEP_PCT: i64 = 5;
/// Return and inflation steps, in hundredths of a percentage point (0.50 points).
pub const RATE_STEP_BP: i64 = 50;
pub const HORIZONS: [u32; 4] = [60, 120, 240, 360];
/// Return presets, in basis points: nothing, a one-year deposit, 5 %.
pub const RETURN_PRESETS: [i64; 3] = [0, 95, 500];
pub const WITHDRAWAL: f64 = 0.04;
/// The same, exact, for the ranges.
pub const WITHDRAWAL_RATE: rust_decimal::Decimal = rust_decimal::Decimal::from_parts(4, 0, 0, false, 2);
/// The ranges the tab draws: `project --ranges`' defaults.
pub const SPREAD: Spread = Spread::DEFAULT;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PlanView {
    pub inputs: Option<PlanInputs>,
    /// Each goal with what its accounts hold now.
    pub goals: Vec<(Goal, i64)>,
    pub tweaks: Tweaks,
    pub horizon: usize,
    /// Computed from the above whenever they change.
    pub assumptions: Option<Assumptions>,
    pub points: Vec<MonthPoint>,
    pub statuses: Vec<GoalStatus>,
    pub fi_years: Option<f64>,
    /// The ranges shown (`b`): each month's band and each goal's range,
    /// computed with the rest when something changes, never per frame.
    pub ranges: bool,
    pub bands: Vec<RangePoint>,
    pub reaches: Vec<ReachRange>,
    /// The band's draws, kept for the next what-if on the same rates.
    pub prepared: Option<ranges::Prepared>,
    /// Years to independence over the runs (with the ranges).
    pub fi_range: Option<ReachRange>,
    /// Amounts typed (`t`), over the what-if keys' changes.
    pub typed: Typings,
}

impl PlanView {
    pub fn months(&self) -> u32 {
        HORIZONS[self.horizon % HORIZONS.len()]
    }

    /// The ledger's figures with the what-if changes applied.
    pub fn assumptions_for(&self, inputs: &PlanInputs) -> Option<Assumptions> {
        Some(self.typed.apply(self.tweaks.apply(&inputs.baseline?, inputs.balance, self.months())))
    }

    /// Recomputes the projection, the goals and independence from the state.
    pub fn recompute(&mut self, this_month: Month) {
        self.assumptions = self.inputs.as_ref().and_then(|i| self.assumptions_for(i));
        let Some(a) = self.assumptions else {
            self.points.clear();
            self.statuses.clear();
            self.fi_years = None;
            self.bands.clear();
            self.reaches.clear();
            self.fi_range = None;
            return;
        };
        self.points = project(&a);
        self.statuses = goal_statuses(&self.goals, &a, this_month);
        self.fi_years = fi_years(&a, WITHDRAWAL);
        (self.bands, self.reaches) = match self.ranges {
            false => Default::default(),
            true => (
                {
                    // The draws are kept while the rates and the horizon
                    // stay: a saving, spending or income what-if reuses them.
                    if !self.prepared.as_ref().is_some_and(|p| p.serves(&a, &SPREAD)) {
                        self.prepared = ranges::Prepared::new(&a, &SPREAD);
                    }
                    match &self.prepared {
                        Some(p) => p.simulate(&a),
                        None => ranges::simulate(&a, &SPREAD),
                    }
                },
                self.goals
                    .iter()
                    .map(|(g, saved)| ranges::reach(&Assumptions { start: *saved, ..a }, &SPREAD, g.target))
                    .collect(),
            ),
        };
        self.fi_range =
            self.ranges.then(|| ranges::fi_goal(&a, WITHDRAWAL_RATE)).flatten().map(|g| ranges::fi(&a, &SPREAD, g));
    }
}

impl App {
    pub(super) fn plan_loaded(&mut self, inputs: PlanInputs, goals: Vec<(Goal, i64)>) -> Option<Effect> {
        self.plan.inputs = Some(inputs);
        self.plan.goals = goals;
        self.plan.recompute(self.cycle.month_of(self.today));
        None
    }

    pub(super) fn update_plan(&mut self, action: PlanAction) -> Option<Effect> {
        let this_month = self.cycle.month_of(self.today);
        let view = &mut self.plan;
        let t = &mut view.tweaks;
        let no_income = view.inputs.as_ref().and_then(|i| i.baseline.as_ref()).is_some_and(|b| b.income <= 0);
        match action {
            // A rate or a raise is a share of income: with none, say so
            // rather than show a what-if that changes nothing.
            PlanAction::Tweak(Knob::Rate | Knob::Income, _) if no_income => {
                self.say(text::plan::no_income_to_change(), true);
                return None;
            }
            PlanAction::Tweak(knob, up) => {
                let sign = if up { 1 } else { -1 };
                match knob {
                    // Once spending is down to nothing, more savings rate cannot be had.
                    Knob::Rate if up && view.assumptions.is_some_and(|a| a.spending == 0) => {}
                    Knob::Rate => t.rate_points += sign * RATE_STEP_POINTS,
                    Knob::Income => t.income_pct = (t.income_pct + sign * INCOME_STEP_PCT).max(-100),
                    Knob::Spending => t.spending_pct = (t.spending_pct + sign * SPENDING_STEP_PCT).max(-100),
                    Knob::Return => t.return_bp += sign * RATE_STEP_BP,
                    // Above −100 %: a price level of nothing divides by zero.
                    Knob::Inflation => {
                        t.inflation_bp = (t.inflation_bp + sign * RATE_STEP_BP).max(RATE_STEP_BP - 10_000)
                    }
                    Knob::Horizon => view.horizon = (view.horizon + 1) % HORIZONS.len(),
                    Knob::ReturnPreset => {
                        let next = RETURN_PRESETS.iter().position(|&p| p > t.return_bp).unwrap_or(0);
                        t.return_bp = RETURN_PRESETS[next];
                    }
                }
            }
            PlanAction::ResetTweaks => {
                *t = Tweaks::default();
                view.typed = Typings::default();
            }
            PlanAction::ToggleRanges => view.ranges = !view.ranges,
            PlanAction::OpenWhatIf => {
                self.prompt = super::form::LineEdit::default();
                (self.prompt_fresh, self.prompt_kind, self.mode) = (false, PromptKind::WhatIf, Mode::Prompt);
                return None;
            }
        }
        view.recompute(this_month);
        None
    }
}

impl App {
    /// A figure typed on the Plan tab's line: its knob set to it, and the
    /// plan computed again; a figure it cannot take is said, nothing changed.
    pub(super) fn type_what_if(&mut self, line: &str) -> Result<(), String> {
        let c = self.prefs.currency;
        let typed = typed::parse(line, c)?;
        let view = &mut self.plan;
        let before = (view.tweaks, view.typed);
        match typed {
            Typed::Saving(s) => {
                if let Some(a) = view.inputs.as_ref().and_then(|i| {
                    let t = Typings { saving: None, spending: None, ..view.typed };
                    i.baseline.map(|b| t.apply(view.tweaks.apply(&b, i.balance, 1)))
                }) {
                    let most = a.income.saturating_sub(a.housing);
                    if s > most {
                        return Err(text::ranges::typed_saving_too_much(&c.show(s), &c.show(most)));
                    }
                }
                (view.typed.saving, view.typed.spending) = (Some(s), None);
            }
            Typed::Spending(s) => (view.typed.spending, view.typed.saving) = (Some(s), None),
            Typed::Income(s) => view.typed.income = Some(s),
            Typed::Return(bp) => view.tweaks.return_bp = bp,
            Typed::Inflation(bp) => view.tweaks.inflation_bp = bp,
        }
        let this_month = self.cycle.month_of(self.today);
        view.recompute(this_month);
        // Saturated figures would be wrong figures (a return of 1000 %): the
        // figure is refused, as `project` refuses it, and the plan stays.
        if view.points.iter().any(|p| p.balance == i64::MAX || p.balance == i64::MIN) {
            (view.tweaks, view.typed) = before;
            view.recompute(this_month);
            return Err(text::ranges::typed_too_large().into());
        }
        Ok(())
    }
}

/// What a what-if key changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Knob {
    Rate,
    Income,
    Spending,
    Return,
    Inflation,
    Horizon,
    /// The next of 0 %, 0.95 % (a one-year deposit) and 5 %.
    ReturnPreset,
}
