//! The Move tab's state and its part of `App::update`: scenarios compared
//! with staying, the selected one, its mortgage schedule, and adding,
//! editing, copying, renaming and deleting scenarios. No SQL, no drawing.

use super::action::{Effect, MoveAction, TextAction};
use super::app::{App, Mode, Pending, PromptKind};
use super::form::LineEdit;
use super::scenario_form::{ScenarioForm, Slot, check_name, copy_name};
use crate::model::Month;
use crate::ops::plans::ScenarioSave;
use crate::relocation::cities::{City, Living};
use crate::relocation::compare::{Economy, Outcome};
use crate::relocation::scenario::Scenario;
use crate::text;

/// Years the comparison looks ahead; a key cycles them.
pub const YEARS: [u32; 3] = [10, 5, 20];

/// What the Move tab reads from the ledger and the user's files at once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MoveData {
    /// Staying first, then each scenario; `Err` says why there is nothing to compare.
    pub outcomes: Result<Vec<Outcome>, String>,
    /// Goals (name, target) to time in each scenario.
    pub goals: Vec<(String, i64)>,
    /// Staying, from the ledger: what a new scenario starts as.
    pub stay: Option<Scenario>,
    /// The stored scenarios with their ids, in the order of `outcomes[1..]`.
    pub scenarios: Vec<(i64, Scenario)>,
    /// The complete months staying averages (the settings' baseline).
    pub baseline: Option<(Month, Month)>,
    /// Reference cities (shipped and the user's own).
    pub cities: Vec<City>,
    /// Today's average monthly spending by group and where it is spent,
    /// for cities' cost indices.
    pub living: Living,
    /// The return and inflation the comparison ran at.
    pub economy: Economy,
    /// Whether the settings say where the household lives.
    pub asked_home: bool,
    /// Why the user's cities.toml was not used, if it was not.
    pub cities_error: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MoveView {
    /// What was read last; `None` until the first read.
    pub data: Option<MoveData>,
    /// The selected scenario (index into the outcomes; 0 is Stay).
    pub selected: usize,
    pub years: usize,
    /// Showing the selected scenario's mortgage schedule.
    pub schedule: bool,
    /// The chart folded: the table takes the whole tab (a short terminal's rows).
    pub chart_folded: bool,
    /// In the schedule: the selected year, and whether its months are shown.
    pub year: usize,
    pub expanded: bool,
    /// The scenario form, while it is open.
    pub form: Option<ScenarioForm>,
    /// The scenario the rename prompt renames.
    pub renaming: Option<i64>,
    /// After a change: select the scenario of this name once the tab reloads.
    select: Option<String>,
    /// Whether this session has asked where the household lives.
    asked_home: bool,
}

impl MoveView {
    pub fn months(&self) -> u32 {
        YEARS[self.years % YEARS.len()] * 12
    }

    pub fn outcomes(&self) -> Option<&Result<Vec<Outcome>, String>> {
        self.data.as_ref().map(|d| &d.outcomes)
    }

    pub fn list(&self) -> &[Outcome] {
        match self.outcomes() {
            Some(Ok(o)) => o,
            _ => &[],
        }
    }

    pub fn goals(&self) -> &[(String, i64)] {
        self.data.as_ref().map_or(&[], |d| &d.goals)
    }

    pub fn selected_outcome(&self) -> Option<&Outcome> {
        self.list().get(self.selected)
    }

    /// The stored scenario under the selection (none on Stay).
    pub fn selected_scenario(&self) -> Option<&(i64, Scenario)> {
        let d = self.data.as_ref()?;
        self.selected.checked_sub(1).and_then(|i| d.scenarios.get(i))
    }

    /// The other scenarios' names (all but `except`).
    fn taken(&self, except: Option<i64>) -> Vec<&str> {
        taken(self.data.as_ref(), except)
    }
}

/// The scenarios' names but `except`'s.
fn taken(data: Option<&MoveData>, except: Option<i64>) -> Vec<&str> {
    let list = data.map_or(&[][..], |d| &d.scenarios);
    list.iter().filter(|(id, _)| Some(*id) != except).map(|(_, s)| s.name.as_str()).collect()
}

impl App {
    /// What the Move tab's comparison runs on now.
    pub(super) fn move_load(&self) -> super::action::MoveLoad {
        let t = &self.plan.tweaks;
        super::action::MoveLoad {
            months: self.relocation.months(),
            economy: Economy {
                annual_return: crate::projection::rate::from_bp(t.return_bp),
                inflation: crate::projection::rate::from_bp(t.inflation_bp),
            },
            home_city: self.prefs.home_city.clone(),
            home_index: self.prefs.home_cost_index,
            pay: self.prefs.pay,
        }
    }

    pub(super) fn move_loaded(&mut self, data: MoveData) -> Option<Effect> {
        let view = &mut self.relocation;
        if let Some(e) = &data.cities_error {
            self.status = Some(super::app::Status { text: text::moving::shipped_cities(e), error: true });
        } else if !data.asked_home && !std::mem::replace(&mut view.asked_home, true) {
            // The tab's first use asks where the household lives, once a session.
            self.status = Some(super::app::Status { text: text::moving::home_banner().into(), error: false });
        }
        let names: Vec<String> = match &data.outcomes {
            Ok(o) => o.iter().map(|o| o.name.clone()).collect(),
            Err(_) => Vec::new(),
        };
        view.data = Some(data);
        if let Some(name) = view.select.take() {
            view.selected = names.iter().position(|n| *n == name).unwrap_or(view.selected);
        }
        view.selected = view.selected.min(names.len().saturating_sub(1));
        None
    }

    pub(super) fn update_move(&mut self, action: MoveAction) -> Option<Effect> {
        let view = &mut self.relocation;
        let n = view.list().len();
        let years = view.selected_outcome().map_or(0, |o| o.schedule.len().div_ceil(12));
        match action {
            MoveAction::PrevScenario | MoveAction::NextScenario => {
                view.selected = match action {
                    MoveAction::PrevScenario => view.selected.saturating_sub(1),
                    _ => (view.selected + 1).min(n.saturating_sub(1)),
                };
                // The schedule follows the selection while it has one to show.
                if view.schedule {
                    view.year = 0;
                    view.expanded = false;
                    view.schedule = view.selected_outcome().is_some_and(|o| !o.schedule.is_empty());
                }
            }
            MoveAction::CloseSchedule => view.schedule = false,
            MoveAction::ToggleChart => view.chart_folded = !view.chart_folded,
            MoveAction::ToggleSchedule => {
                if years == 0 {
                    self.say(text::moving::no_mortgage(), false);
                    return None;
                }
                view.schedule = !view.schedule;
                view.year = 0;
                view.expanded = false;
            }
            MoveAction::PrevYear if view.schedule => view.year = view.year.saturating_sub(1),
            MoveAction::NextYear if view.schedule => view.year = (view.year + 1).min(years.saturating_sub(1)),
            MoveAction::ToggleMonths if view.schedule => view.expanded = !view.expanded,
            // Without the schedule, its keys do nothing.
            MoveAction::PrevYear | MoveAction::NextYear | MoveAction::ToggleMonths => {}
            MoveAction::CycleYears => {
                view.years = (view.years + 1) % YEARS.len();
                return Some(Effect::LoadMove(self.move_load()));
            }
            MoveAction::Return(up) | MoveAction::Inflation(up) => {
                let t = &mut self.plan.tweaks;
                let step = if up { super::plan::RATE_STEP_BP } else { -super::plan::RATE_STEP_BP };
                match action {
                    MoveAction::Return(_) => t.return_bp += step,
                    // Above −100 %: a price level of nothing divides by zero.
                    _ => t.inflation_bp = (t.inflation_bp + step).max(super::plan::RATE_STEP_BP - 10_000),
                }
                // The Plan tab shows the same rates when it is next opened.
                self.plan.recompute(self.cycle.month_of(self.today));
                let load = self.move_load();
                let rates = text::moving::economy_note(
                    &crate::projection::rate::percent_plain(load.economy.annual_return),
                    &crate::projection::rate::percent_plain(load.economy.inflation),
                );
                self.say(rates, false);
                return Some(Effect::LoadMove(load));
            }
            MoveAction::AskHome => {
                self.open_command("config set home_city ");
                self.say(text::moving::ask_home(), false);
            }
            MoveAction::OpenAdd => match view.data.as_ref().and_then(|d| d.stay.clone().map(|s| (s, &d.cities))) {
                Some((stay, cities)) => {
                    view.form = Some(ScenarioForm::new(None, Scenario { name: String::new(), ..stay }, "", cities));
                    self.mode = Mode::ScenarioForm;
                }
                None => self.say(text::moving::needs_a_month(), true),
            },
            MoveAction::OpenEdit => match view.selected_scenario().cloned() {
                Some((id, s)) => {
                    let name = s.name.clone();
                    let cities = view.data.as_ref().map_or(&[][..], |d| &d.cities);
                    let mut form = ScenarioForm::new(Some(id), s, &name, cities);
                    if let Some(d) = view.data.as_ref() {
                        form.follow_living(&d.cities, &d.living);
                    }
                    view.form = Some(form);
                    self.mode = Mode::ScenarioForm;
                }
                None => self.say(on_stay(text::moving::edited()), true),
            },
            MoveAction::Duplicate => match view.selected_scenario().cloned() {
                Some((_, s)) => {
                    let name = copy_name(&s.name, &view.taken(None));
                    let message = text::moving::copied(&s.name, &name);
                    let save = ScenarioSave::Copy { of: s.name.clone() };
                    view.select = Some(name.clone());
                    return Some(Effect::SaveScenario { save, scenario: Scenario { name, ..s }, message });
                }
                None => self.say(on_stay(text::moving::copied_word()), true),
            },
            MoveAction::Rename => match view.selected_scenario().cloned() {
                Some((id, s)) => {
                    view.renaming = Some(id);
                    self.prompt = LineEdit::with(&s.name);
                    self.prompt_fresh = true;
                    self.prompt_kind = PromptKind::Rename;
                    self.mode = Mode::Prompt;
                }
                None => self.say(on_stay(text::moving::renamed_word()), true),
            },
            MoveAction::AskDelete => match view.selected_scenario() {
                Some((id, s)) => {
                    self.confirm = Some(Pending::Scenario(*id, Box::new(s.clone())));
                    self.mode = Mode::Confirm;
                }
                None => self.say(on_stay(text::moving::deleted()), true),
            },
        }
        None
    }

    /// Typing in the scenario form; Enter saves it when every line is valid.
    pub(super) fn update_scenario_form(&mut self, action: TextAction) -> Option<Effect> {
        let today = self.today;
        // The form changes while the tab's data is only read: borrowed apart, nothing is copied per key.
        let MoveView { data, form: slot, select, .. } = &mut self.relocation;
        let none = Living::default();
        let (cities, living): (&[City], &Living) = data.as_ref().map_or((&[], &none), |d| (&d.cities, &d.living));
        let form = slot.as_mut()?;
        let choice = form.focus.is_choice();
        form.quit_asked = false;
        match action {
            TextAction::Input(c) => form.type_char(c),
            TextAction::Backspace | TextAction::DeleteChar => form.erase(action == TextAction::DeleteChar),
            TextAction::Left | TextAction::Right if choice => form.cycle(action == TextAction::Right),
            TextAction::Left => {
                form.fresh = false;
                form.focused_mut().left();
            }
            TextAction::Right => {
                form.fresh = false;
                form.focused_mut().right();
            }
            TextAction::Home | TextAction::End => {
                form.fresh = false;
                if action == TextAction::Home { form.focused_mut().home() } else { form.focused_mut().end() }
            }
            TextAction::NextField | TextAction::Down => form.step_focus(true, cities, living),
            TextAction::PrevField | TextAction::Up => form.step_focus(false, cities, living),
            TextAction::Submit => {
                // Leaving the focused line first, as Tab would (a typed city fills in its figures).
                form.focus_on(form.focus, cities, living);
                let taken = taken(data.as_ref(), form.id);
                match form.validate(&taken, cities, living, Month::of(today)) {
                    Ok(scenario) => {
                        let (id, old) = (form.id, Box::new(form.base.clone()));
                        *slot = None;
                        *select = Some(scenario.name.clone());
                        self.mode = Mode::Browse;
                        let (save, message) = match id {
                            None => (ScenarioSave::New, text::moving::added(&scenario.name)),
                            Some(id) => (ScenarioSave::Edit { id, was: old }, text::moving::saved(&scenario.name)),
                        };
                        return Some(Effect::SaveScenario { save, scenario, message });
                    }
                    Err(errors) => {
                        let first = errors.iter().map(|(s, _)| *s).min().unwrap_or(Slot::Name);
                        form.errors = errors;
                        form.focus_on(first, cities, living);
                        // Back to fix a typo: Backspace takes one character off.
                        form.fresh = false;
                        return None;
                    }
                }
            }
        }
        form.errors.clear();
        None
    }

    /// The rename prompt's Enter: the selected scenario under a new name.
    pub(super) fn rename_scenario(&mut self, line: &str) -> Result<Effect, String> {
        let view = &mut self.relocation;
        let id = view.renaming.ok_or(text::moving::nothing_to_rename())?;
        let (_, s) =
            view.data.as_ref().and_then(|d| d.scenarios.iter().find(|(i, _)| *i == id)).ok_or(text::moving::gone())?;
        let name = line.trim().to_owned();
        check_name(&name, &view.taken(Some(id)))?;
        let message = text::moving::renamed(&s.name, &name);
        let save = ScenarioSave::Rename { id, was: Box::new(s.clone()) };
        let scenario = Scenario { name: name.clone(), ..s.clone() };
        view.renaming = None;
        view.select = Some(name);
        Ok(Effect::SaveScenario { save, scenario, message })
    }
}

fn on_stay(what: &str) -> String {
    text::moving::on_stay(what)
}
