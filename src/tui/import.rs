//! The Import screen's state and its part of `App::update`: choosing a
//! file, the plan's preview (rows exactly as they will be stored, with
//! their categories and problems, and the counts), correcting a row's
//! category (and keeping the correction as a payee rule), then importing.
//! No SQL, no drawing.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

use super::action::{Effect, ImportAction};
use super::app::{App, Mode, PromptKind};
use super::form::LineEdit;
use crate::import::plan::{Plan, Status};
use crate::model::Class;
use crate::text;

/// The preview of one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportView {
    pub path: PathBuf,
    pub plan: Plan,
    /// The account the rows go to, when the file does not name its own.
    pub account: Option<i64>,
    pub selected: usize,
    pub offset: usize,
    /// The last correction: (payee, category), for R to keep as a rule.
    pub corrected: Option<(String, String)>,
    /// Every correction made, by payee, so a new plan (another account) keeps them.
    pub corrections: Vec<(String, (i64, String, Class))>,
    /// The file's lines kept apart from their twins (`p`), planned again without those pairs.
    pub apart: Vec<usize>,
}

impl ImportView {
    /// Puts every row of `payee` (on the same side: income, or not) in `category`.
    fn correct(&mut self, payee: &str, category: &(i64, String, Class)) -> usize {
        let income = category.2 == Class::Income;
        let mut changed = 0;
        for r in &mut self.plan.rows {
            let same_payee = r.legs.first().is_some_and(|l| l.payee == payee);
            let same_side = r.category.as_ref().is_some_and(|(_, _, k)| (*k == Class::Income) == income);
            if same_payee && same_side && r.status != Status::Duplicate {
                r.category = Some(category.clone());
                r.why = text::import::why_you().into();
                changed += 1;
            }
        }
        changed
    }
}

impl ImportView {
    pub fn invalid(&self) -> usize {
        self.plan.invalid().len()
    }

    /// The payment method the selected row's account comes from (the
    /// first, when several go to one account).
    pub fn route(&self) -> Option<&crate::import::funding::Route> {
        let row = self.plan.rows.get(self.selected)?;
        let leg = row.legs.first()?;
        self.plan.funding.routes.iter().find(|r| r.account_id == leg.account_id)
    }
}

/// `~/…` as typed in the file prompt, under `home`. The effect runner reads
/// `home` from the environment, so `App::update` stays deterministic.
pub(super) fn expand_home(path: &Path, home: Option<&OsStr>) -> PathBuf {
    match (path.to_str().and_then(|p| p.strip_prefix("~/")), home) {
        (Some(rest), Some(home)) => Path::new(home).join(rest),
        _ => path.to_owned(),
    }
}

/// Bills found to suggest in the file prompt, and which one is highlighted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BillChoice {
    pub files: Vec<String>,
    pub choice: Option<usize>,
}

impl App {
    /// `I` on the Ledger tab: ask for the file, suggesting bills found nearby.
    pub(super) fn open_import(&mut self) -> Option<Effect> {
        self.prompt = LineEdit::default();
        self.prompt_kind = PromptKind::ImportPath;
        self.bills = BillChoice::default();
        self.mapping = None;
        self.mode = Mode::Prompt;
        Some(Effect::ListBills)
    }

    /// ↑/↓ in the file prompt: put a suggested bill into it.
    pub(super) fn choose_bill(&mut self, down: bool) {
        let n = self.bills.files.len();
        if n == 0 {
            return;
        }
        let next = match (self.bills.choice, down) {
            (None, true) => 0,
            (None, false) => n - 1,
            (Some(i), true) => (i + 1) % n,
            (Some(i), false) => (i + n - 1) % n,
        };
        self.bills.choice = Some(next);
        self.prompt = LineEdit::with(&self.bills.files[next]);
    }

    /// Enter in the file prompt: the path as typed (the effect runner
    /// expands `~/`, so this reads no environment).
    pub(super) fn plan_import(&mut self, line: &str) -> Result<Effect, String> {
        let path = line.trim();
        if path.is_empty() {
            return Err(text::import::no_path().into());
        }
        Ok(Effect::PlanImport { path: PathBuf::from(path), account: None, map: None, apart: Vec::new() })
    }

    pub(super) fn import_planned(&mut self, result: Result<ImportView, String>) -> Option<Effect> {
        match result {
            Ok(mut view) => {
                // The same file planned again (another account): keep the place and the corrections.
                if let Some(old) = self.import.take().filter(|old| old.path == view.path) {
                    view.selected = old.selected.min(view.plan.rows.len().saturating_sub(1));
                    view.offset = old.offset.min(view.selected);
                    for (payee, c) in &old.corrections {
                        view.correct(payee, c);
                    }
                    view.corrections = old.corrections;
                    view.corrected = old.corrected;
                    let account = view.account.and_then(|id| self.accounts.iter().find(|a| a.id == id));
                    if let Some(a) = account {
                        self.say(text::import::rows_go_to(&text::names::shown(&a.name)), false);
                    }
                }
                self.import = Some(view);
                self.mode = Mode::Import;
            }
            // A bank bill planned with the mapping chosen on its screen:
            // that screen (or the preview, for another account) stays.
            Err(e) if self.mapping.is_some() => {
                self.say(e, true);
                self.mode = if self.import.is_some() { Mode::Import } else { Mode::Mapping };
            }
            Err(e) => {
                self.say(e, true);
                // A file typed in the prompt that cannot be read: the prompt
                // comes back with the path as typed, to correct it.
                self.mode = if self.import.is_none() && self.prompt_kind == PromptKind::ImportPath {
                    Mode::Prompt
                } else {
                    Mode::Browse
                };
            }
        }
        None
    }

    pub(super) fn update_import(&mut self, action: ImportAction) -> Option<Effect> {
        if action == ImportAction::Close && self.mapping.is_some() {
            // From a bank bill's mapping screen: back to it, to change the mapping.
            self.import = None;
            self.say(text::mapping::back(), false);
            self.mode = Mode::Mapping;
            return None;
        }
        if action == ImportAction::Close {
            self.import = None;
            self.say(text::ui::import_cancelled(), false);
            self.mode = Mode::Browse;
            return None;
        }
        // The counts, the header, the borders, and a bill's payment methods (a line each).
        let paid = self.import.as_ref().map_or(0, |v| {
            let once = crate::cli::import::twin_lines(&v.plan).len();
            v.plan.funding.routes.len() + once + usize::from(once > 0)
        });
        let visible = self.visible_rows().saturating_sub(4 + paid).max(1);
        let accounts: Vec<i64> =
            self.accounts.iter().filter(|a| !a.archived && a.kind.is_payable()).map(|a| a.id).collect();
        let view = self.import.as_mut()?;
        let n = view.plan.rows.len();
        match action {
            ImportAction::Down => view.selected = (view.selected + 1).min(n.saturating_sub(1)),
            ImportAction::Up => view.selected = view.selected.saturating_sub(1),
            ImportAction::PageDown => view.selected = (view.selected + visible).min(n.saturating_sub(1)),
            ImportAction::PageUp => view.selected = view.selected.saturating_sub(visible),
            ImportAction::Top => view.selected = 0,
            ImportAction::Bottom => view.selected = n.saturating_sub(1),
            ImportAction::ChangeCategory => {
                let row = view.plan.rows.get(view.selected)?;
                if row.category.is_none() {
                    self.say(text::import::no_category(), true);
                    return None;
                }
                let current = row.category.as_ref().map_or(String::new(), |c| text::names::shown(&c.1).into_owned());
                self.prompt = LineEdit::with(&current);
                self.prompt_fresh = true;
                self.prompt_kind = PromptKind::ImportCategory;
                self.mode = Mode::Prompt;
            }
            ImportAction::ChangeSource => {
                let Some(route) = view.route() else {
                    self.say(text::import::no_source(), true);
                    return None;
                };
                self.prompt = LineEdit::with(&text::names::shown(&route.account));
                self.prompt_fresh = true;
                self.prompt_kind = PromptKind::ImportSource;
                self.mode = Mode::Prompt;
            }
            ImportAction::KeepApart => {
                let Some(twin) = view.plan.twins.iter().find(|t| t.row == view.selected) else {
                    self.say(text::import::no_twin(), true);
                    return None;
                };
                let line = twin.line;
                let mut apart = view.apart.clone();
                apart.push(line);
                let (path, account, map) = (view.path.clone(), view.account, view.plan.account_map.clone());
                self.say(text::import::kept_apart(line), false);
                if let (Some(m), Some(account)) = (self.mapping.as_ref(), account) {
                    // A bank bill read with the mapping screen's mapping: planned again with it.
                    let mapping = Box::new(m.mapping(&self.accounts));
                    return Some(Effect::PlanMapped { path, mapping, account, apart });
                }
                return Some(Effect::PlanImport { path, account, map, apart });
            }
            ImportAction::SaveRule => match view.corrected.take() {
                Some((payee, category)) => return Some(Effect::SaveRule { payee, category }),
                None => self.say(text::import::no_correction(), true),
            },
            ImportAction::CycleAccount if view.plan.preset == crate::import::Preset::Nestegg => {
                self.say(text::import::nestegg_accounts(), true);
            }
            ImportAction::CycleAccount => {
                let now = view.account.or(view.plan.rows.iter().find_map(|r| r.legs.first().map(|l| l.account_id)));
                let i = now.and_then(|id| accounts.iter().position(|a| *a == id)).map_or(0, |i| i + 1);
                let next = *accounts.get(i % accounts.len().max(1))?;
                let path = view.path.clone();
                if let Some(mapping) = self.mapping.as_mut() {
                    // A bank bill: planned again with its mapping, into the next account.
                    mapping.account = Some(next);
                    let mapping = Box::new(mapping.mapping(&self.accounts));
                    return Some(Effect::PlanMapped { path, mapping, account: next, apart: view.apart.clone() });
                }
                return Some(Effect::PlanImport { path, account: Some(next), map: None, apart: view.apart.clone() });
            }
            ImportAction::ImportRows | ImportAction::SkipInvalid => {
                let invalid = view.invalid();
                if invalid > 0 && action == ImportAction::ImportRows {
                    self.say(text::import::cannot_import(invalid), true);
                    return None;
                }
                if view.plan.new_rows() == 0 {
                    self.say(text::import::nothing_new(), false);
                    return None;
                }
                let view = self.import.take()?;
                self.mode = Mode::Browse;
                let (path, plan) = (view.path, Box::new(view.plan));
                // A bank bill whose mapping was given a name: saved in the same step.
                let save = self.mapping_to_save();
                self.mapping = None;
                return Some(match save {
                    Some((name, mapping)) => Effect::RunMappedImport { path, plan, name, mapping },
                    None => Effect::RunImport { path, plan },
                });
            }
            ImportAction::Close => {}
        }
        let view = self.import.as_mut()?;
        if view.selected < view.offset {
            view.offset = view.selected;
        } else if view.selected >= view.offset + visible {
            view.offset = view.selected + 1 - visible;
        }
        None
    }

    /// Enter in the payment method prompt: the selected row's method goes
    /// to the account named (an account of the ledger by the usual
    /// resolver, else a new one of that name), and the bill is planned
    /// again with that map; importing keeps it for the next bill.
    pub(super) fn change_source(&mut self, line: &str) -> Result<Option<Effect>, String> {
        let typed = crate::model::clean::field(crate::model::clean::Field::Name, line).map_err(|e| e.to_string())?;
        if typed.is_empty() {
            return Err(text::errors::account_name_empty().into());
        }
        let live: Vec<&crate::model::Account> =
            self.accounts.iter().filter(|a| a.kind != crate::model::AccountKind::Person).collect();
        let name = crate::ops::names::find_active(&live, &typed, |a| &a.name, |a| a.archived)
            .map_or(typed, |a| a.name.clone());
        let view = self.import.as_ref().ok_or(text::import::no_import())?;
        let route = view.route().ok_or(text::import::no_source())?;
        let mut map = view.plan.account_map.clone().unwrap_or_default();
        map.retain(|k, _| crate::import::funding::source(k) != route.source);
        map.insert(route.label.clone(), name.clone());
        let said = text::import::source_mapped(&route.label, &text::names::shown(&name));
        let (path, apart) = (view.path.clone(), view.apart.clone());
        self.say(said, false);
        self.mode = Mode::Import;
        Ok(Some(Effect::PlanImport { path, account: None, map: Some(map), apart }))
    }

    /// Enter in the category prompt: every row of the selected row's payee
    /// (of the same direction) goes to the typed category.
    pub(super) fn correct_category(&mut self, line: &str) -> Result<Option<Effect>, String> {
        let c = crate::ops::names::find_active(&self.categories, line, |c| &c.name, |c| c.archived)
            .map_err(|e| super::typing::worded(e, text::form::what_category()))?
            .clone();
        let view = self.import.as_mut().ok_or(text::import::no_import())?;
        let row = view.plan.rows.get(view.selected).ok_or(text::import::no_row())?;
        let income = row.category.as_ref().is_some_and(|(_, _, class)| *class == Class::Income);
        if income != (c.class == Class::Income) {
            let (name, class) = (text::names::shown(&c.name), c.class.word());
            return Err(if income {
                text::import::needs_income(&name, class)
            } else {
                text::import::needs_spending(&name, class)
            });
        }
        let payee = row.legs.first().map_or(String::new(), |l| l.payee.clone());
        let category = (c.id, c.name.clone(), c.class);
        let changed = view.correct(&payee, &category);
        view.corrections.push((payee.clone(), category));
        view.corrected = Some((payee.clone(), c.name.clone()));
        self.mode = Mode::Import;
        self.say(text::import::corrected(changed, &payee, &text::names::shown(&c.name)), false);
        Ok(None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_leading_tilde_slash_is_the_home_folder() {
        let home = Some(OsStr::new("/home/wang"));
        let expand = |p: &str, home| expand_home(Path::new(p), home);
        assert_eq!(expand("~/Downloads/bill.csv", home), Path::new("/home/wang/Downloads/bill.csv"));
        assert_eq!(expand("~/Downloads/bill.csv", None), Path::new("~/Downloads/bill.csv"));
        for as_is in ["bill.csv", "./~/bill.csv", "~bill.csv", "~other/bill.csv", "/tmp/~/bill.csv"] {
            assert_eq!(expand(as_is, home), Path::new(as_is));
        }
    }
}
