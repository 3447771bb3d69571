//! The Months tab's state and its part of `App::update`: the span of months,
//! the selected month, its breakdown. No SQL, no drawing.

use super::action::{Effect, MonthsAction, PageMode, Selection};
use super::app::{App, Mode, Tab};
use crate::model::Month;
use crate::ops::views::Waiting;
use crate::report::MonthSummary;
use crate::report::breakdown::{Breakdown, Share};
use crate::report::chart::Span;
use crate::store::Key;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthsView {
    pub span: Span,
    /// Oldest first, ending with this month.
    pub summaries: Vec<MonthSummary>,
    pub selected: usize,
    pub breakdown: Option<(Month, Breakdown)>,
    /// The selected month's categories over budget.
    pub over: Option<(Month, Vec<String>)>,
    /// What waits to come back at the selected month's end.
    pub waiting: Option<(Month, Waiting)>,
    /// `g`: the breakdown shows spending by tag in place of categories.
    pub by_tag: bool,
    /// The selected month's spending by tag (read while `by_tag` is on);
    /// the untagged rest is named `""`.
    pub tags: Option<(Month, Vec<Share>)>,
    /// The row of the tags selected (Enter opens its rows on the Ledger).
    pub tag_row: usize,
    /// `w`: the chart shows net worth in place of the savings bars.
    pub worth: bool,
    /// Net worth over the months shown (read while `worth` is on), oldest first.
    pub worth_months: Vec<crate::worth::WorthMonth>,
    /// The months were read again: net worth follows once the month's figures are in.
    pub(super) worth_due: bool,
}

impl Default for MonthsView {
    fn default() -> Self {
        MonthsView {
            span: Span::Twelve,
            summaries: Vec::new(),
            selected: 0,
            breakdown: None,
            over: None,
            waiting: None,
            by_tag: false,
            tags: None,
            tag_row: 0,
            worth: false,
            worth_months: Vec::new(),
            worth_due: false,
        }
    }
}

impl MonthsView {
    pub fn selected_summary(&self) -> Option<&MonthSummary> {
        self.summaries.get(self.selected)
    }

    /// The selected month's net worth, once read.
    /// What waits at the selected month's end, once read (`None` when nothing does).
    pub fn selected_waiting(&self) -> Option<&Waiting> {
        let month = self.selected_summary()?.month;
        self.waiting.as_ref().filter(|(m, w)| *m == month && !w.is_empty()).map(|(_, w)| w)
    }

    /// By tag, the selected month's tags once read.
    pub fn selected_tags(&self) -> Option<&[Share]> {
        let month = self.selected_summary()?.month;
        self.tags.as_ref().filter(|(m, _)| self.by_tag && *m == month).map(|(_, t)| t.as_slice())
    }

    pub fn selected_worth(&self) -> Option<&crate::worth::WorthMonth> {
        let month = self.selected_summary()?.month;
        self.worth_months.iter().find(|w| w.month == month)
    }

    /// Reads net worth over the months shown.
    fn load_worth(&self) -> Option<Effect> {
        let (first, last) = (self.summaries.first()?, self.summaries.last()?);
        Some(Effect::LoadWorth(first.month, last.month))
    }
}

impl App {
    pub(super) fn update_months(&mut self, action: MonthsAction) -> Option<Effect> {
        let view = &mut self.months;
        match action {
            MonthsAction::CycleSpan => {
                view.span = view.span.next();
                Some(Effect::LoadMonths(view.span))
            }
            MonthsAction::PrevMonth | MonthsAction::NextMonth => {
                let last = view.summaries.len().saturating_sub(1);
                let next = if action == MonthsAction::PrevMonth {
                    view.selected.saturating_sub(1)
                } else {
                    (view.selected + 1).min(last)
                };
                if next == view.selected {
                    return None;
                }
                view.selected = next;
                view.selected_summary().map(|s| Effect::LoadBreakdown(s.month))
            }
            MonthsAction::ToggleTags => {
                view.by_tag = !view.by_tag;
                let month = view.selected_summary()?.month;
                view.by_tag.then_some(Effect::LoadTags(month))
            }
            MonthsAction::NextTag | MonthsAction::PrevTag => {
                let last = view.selected_tags()?.len().saturating_sub(1);
                view.tag_row = match action {
                    MonthsAction::NextTag => (view.tag_row + 1).min(last),
                    _ => view.tag_row.saturating_sub(1),
                };
                None
            }
            MonthsAction::ToggleWorth => {
                view.worth = !view.worth;
                if view.worth { view.load_worth() } else { None }
            }
            MonthsAction::OpenMonth => {
                let month = view.selected_summary()?.month;
                // By tag, a tag's rows that month, with the Ledger's own
                // filter (`tag:旅行 2026-10`, shown there and cleared by Esc);
                // the untagged row (named "") opens the month as it is.
                let tag = view.selected_tags().and_then(|t| t.get(view.tag_row)).filter(|s| !s.name.is_empty());
                let line = tag.map(|s| format!("tag:{} {month}", s.name));
                self.tab = Tab::Ledger;
                self.mode = Mode::Browse;
                if let Some(line) = line {
                    return match self.apply_filter(&line) {
                        Ok(effect) => Some(effect),
                        Err(why) => {
                            self.say(why, true);
                            None
                        }
                    };
                }
                let key = Key::Before(self.cycle.first_day(month.next()), i64::MIN);
                Some(self.load(Some(key), false, PageMode::Replace(Selection::First)))
            }
        }
    }

    pub(super) fn months_loaded(&mut self, summaries: Vec<MonthSummary>) -> Option<Effect> {
        let view = &mut self.months;
        // Keep the selected month if it is still shown, else select this month.
        let keep = view.selected_summary().map(|s| s.month);
        view.selected =
            keep.and_then(|m| summaries.iter().position(|s| s.month == m)).unwrap_or(summaries.len().saturating_sub(1));
        view.summaries = summaries;
        view.worth_due = view.worth;
        self.stale = false;
        view.selected_summary().map(|s| Effect::LoadBreakdown(s.month))
    }

    /// The breakdown is in: what waits at the month's end follows.
    pub(super) fn breakdown_loaded(&mut self, month: Month, b: Breakdown, over: Vec<String>) -> Option<Effect> {
        self.months.breakdown = Some((month, b));
        self.months.over = Some((month, over));
        Some(Effect::LoadWaiting(month))
    }

    /// What waits is in: the tags follow when they are shown.
    pub(super) fn waiting_loaded(&mut self, month: Month, w: Waiting) -> Option<Effect> {
        self.months.waiting = Some((month, w));
        if self.months.by_tag {
            return Some(Effect::LoadTags(month));
        }
        if std::mem::take(&mut self.months.worth_due) { self.months.load_worth() } else { None }
    }

    pub(super) fn tags_loaded(&mut self, month: Month, shares: Vec<Share>) -> Option<Effect> {
        if self.months.tags.as_ref().is_none_or(|(m, _)| *m != month) {
            self.months.tag_row = 0;
        }
        self.months.tag_row = self.months.tag_row.min(shares.len().saturating_sub(1));
        self.months.tags = Some((month, shares));
        if std::mem::take(&mut self.months.worth_due) { self.months.load_worth() } else { None }
    }

    pub(super) fn worth_loaded(&mut self, rows: Vec<crate::worth::WorthMonth>) -> Option<Effect> {
        self.months.worth_months = rows;
        None
    }
}
