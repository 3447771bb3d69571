//! Screens of things, over any tab: accounts (`@`), categories (`#`),
//! recurring rules (`*`), who owes whom (`O`, its forms in `tui/owed.rs`)
//! and goals (`g` on the Plan tab). Each lists its
//! rows and opens small forms ([`super::fields`]) or runs one command for
//! the selected row, through the CLI's own parser and handlers, so every
//! change takes the same checks and words as the command line, and the
//! undoable ones are undone with `u`. No drawing, no SQL.

use chrono::NaiveDate;

use super::action::{Effect, SheetAction};
use super::app::{App, Mode, Pending};
use super::fields::{Arg, Back, Field, FieldsForm};
use crate::model::{Account, AccountKind, Category, Class, Goal, Priority};
use crate::projection::GoalStatus;
use crate::recurring::{Every, Instance, Rule, StepUp};
use crate::text::{names::shown, screens as w};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SheetKind {
    Accounts,
    Categories,
    Rules,
    Goals,
    /// Who owes whom (`O`): its forms are in `tui/owed.rs`.
    Owed,
}

/// A rule and its next instances (what will be posted, and when).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleRow {
    pub rule: Rule,
    pub next: Vec<Instance>,
}

/// A screen's rows as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SheetData {
    /// Each account and its balance (archived ones too), and the bill of
    /// each credit account with terms.
    Accounts(Vec<(Account, i64)>, Vec<crate::ops::credit::CardBill>),
    /// Every category, archived ones too.
    Categories(Vec<Category>),
    Rules(Vec<RuleRow>),
    /// Each goal, what its accounts hold, and where the saving leads.
    Goals(Vec<(Goal, GoalStatus)>),
    /// What is open with each person.
    Owed(Vec<crate::ops::owed::OwedLine>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sheet {
    pub kind: SheetKind,
    pub data: Option<SheetData>,
    pub selected: usize,
    /// Archived accounts and categories shown too.
    pub all: bool,
}

impl Sheet {
    /// How many rows show (archived ones only with `all`).
    pub fn len(&self) -> usize {
        match &self.data {
            None => 0,
            Some(SheetData::Accounts(a, _)) => a.iter().filter(|(a, _)| self.all || !a.archived).count(),
            Some(SheetData::Categories(c)) => c.iter().filter(|c| self.all || !c.archived).count(),
            Some(SheetData::Rules(r)) => r.len(),
            Some(SheetData::Goals(g)) => g.len(),
            Some(SheetData::Owed(o)) => o.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The accounts shown, in order.
    pub fn accounts(&self) -> Vec<&(Account, i64)> {
        match &self.data {
            Some(SheetData::Accounts(a, _)) => a.iter().filter(|(a, _)| self.all || !a.archived).collect(),
            _ => Vec::new(),
        }
    }

    /// The categories shown, each parent followed by its children (then
    /// any whose parent is not shown), in the store's order otherwise.
    pub fn categories(&self) -> Vec<&Category> {
        let Some(SheetData::Categories(all)) = &self.data else { return Vec::new() };
        let shown: Vec<&Category> = all.iter().filter(|c| self.all || !c.archived).collect();
        let is_shown = |id: i64| shown.iter().any(|c| c.id == id);
        let mut out = Vec::with_capacity(shown.len());
        for top in shown.iter().filter(|c| c.parent_id.is_none_or(|p| !is_shown(p))) {
            out.push(*top);
            out.extend(shown.iter().filter(|c| c.parent_id == Some(top.id)).copied());
        }
        // Deeper ones (a child's child), after the rest.
        out.extend(shown.iter().filter(|c| !out.iter().any(|o| o.id == c.id)).copied().collect::<Vec<_>>());
        out
    }

    /// The stored name of the selected row.
    fn selected_name(&self) -> Option<String> {
        let i = self.selected;
        match &self.data {
            None => None,
            Some(SheetData::Accounts(..)) => self.accounts().get(i).map(|(a, _)| a.name.clone()),
            Some(SheetData::Categories(_)) => self.categories().get(i).map(|c| c.name.clone()),
            Some(SheetData::Rules(r)) => r.get(i).map(|r| r.rule.name.clone()),
            Some(SheetData::Goals(g)) => g.get(i).map(|(g, _)| g.name.clone()),
            Some(SheetData::Owed(o)) => o.get(i).map(|l| l.person.clone()),
        }
    }
}

/// (value, shown) for a choice.
pub(super) fn option(value: &str, shown: &str) -> (String, String) {
    (value.to_owned(), shown.to_owned())
}

fn kinds() -> Vec<(String, String)> {
    AccountKind::ALL.into_iter().map(|k| option(k.as_str(), crate::text::terms::kind(k.as_str()))).collect()
}

fn classes() -> Vec<(String, String)> {
    [Class::Spending, Class::Housing, Class::Income].into_iter().map(|c| option(c.as_str(), c.word())).collect()
}

fn everies() -> Vec<(String, String)> {
    [("month", w::every_month()), ("week", w::every_week()), ("year", w::every_year())]
        .into_iter()
        .map(|(v, s)| option(v, s))
        .collect()
}

/// A rule's step-up as `--step-up` takes it.
fn step_up_text(s: Option<StepUp>) -> String {
    match s {
        None => String::new(),
        Some(StepUp::Percent(bp)) if bp % 100 == 0 => format!("{}%", bp / 100),
        Some(StepUp::Percent(bp)) => format!("{}.{:02}%", bp / 100, bp % 100),
        Some(StepUp::Amount(a)) => crate::money::Money::new(a, crate::money::Currency::CNY).plain(),
    }
}

impl App {
    /// Opens a screen of things; its rows are read at once.
    pub(super) fn open_sheet(&mut self, kind: SheetKind) -> Option<Effect> {
        let keep = self.sheet.as_ref().is_some_and(|s| s.kind == kind);
        if !keep {
            self.sheet = Some(Sheet { kind, data: None, selected: 0, all: false });
        }
        self.mode = Mode::Sheet;
        Some(Effect::LoadSheet(kind))
    }

    pub(super) fn sheet_loaded(&mut self, data: SheetData) -> Option<Effect> {
        let sheet = self.sheet.as_mut()?;
        sheet.data = Some(data);
        sheet.selected = sheet.selected.min(sheet.len().saturating_sub(1));
        None
    }

    /// Esc on a screen of things: back to the tab, which reads its figures again.
    pub(super) fn close_sheet(&mut self) -> Option<Effect> {
        self.sheet = None;
        self.mode = super::app::Mode::Browse;
        // What the screen changed (a goal's target) shows on the tab at once.
        self.stale = true;
        Some(Effect::LoadLookups)
    }

    pub(super) fn update_sheet(&mut self, action: SheetAction) -> Option<Effect> {
        let sheet = self.sheet.as_mut()?;
        let last = sheet.len().saturating_sub(1);
        let kind = sheet.kind;
        match action {
            SheetAction::Down => sheet.selected = (sheet.selected + 1).min(last),
            SheetAction::Up => sheet.selected = sheet.selected.saturating_sub(1),
            SheetAction::ShowAll => {
                sheet.all = !sheet.all;
                sheet.selected = sheet.selected.min(sheet.len().saturating_sub(1));
            }
            SheetAction::Add if kind == SheetKind::Owed => {
                let form = self.lend_form(false);
                self.open_fields(form);
            }
            // Only the screen of who owes whom binds `b`.
            SheetAction::Borrow => {
                let form = self.lend_form(true);
                self.open_fields(form);
            }
            SheetAction::Add => {
                let form = self.add_form(kind);
                self.open_fields(form);
            }
            SheetAction::Settle | SheetAction::Forgive => {
                let form = self.owed_form(action)?;
                self.open_fields(form);
            }
            SheetAction::Edit => {
                let form = self.edit_form()?;
                self.open_fields(form);
            }
            SheetAction::Archive => return self.archive(),
            SheetAction::Move => {
                let form = self.move_form()?;
                self.open_fields(form);
            }
            SheetAction::Opening => {
                let form = self.opening_form()?;
                self.open_fields(form);
            }
            SheetAction::Credit => {
                let form = self.credit_form()?;
                self.open_fields(form);
            }
            SheetAction::Reconcile | SheetAction::Value | SheetAction::Loan => {
                let form = self.worth_form(action)?;
                self.open_fields(form);
            }
            SheetAction::Skip | SheetAction::ChangeOne | SheetAction::End => {
                let form = self.instance_form(action)?;
                self.open_fields(form);
            }
            SheetAction::Delete => {
                let name = sheet.selected_name()?;
                let words: Vec<String> = match kind {
                    SheetKind::Rules => vec!["recurring".into(), "rm".into(), name.clone()],
                    SheetKind::Goals => vec!["goals".into(), "rm".into(), name.clone()],
                    SheetKind::Accounts | SheetKind::Categories | SheetKind::Owed => return None,
                };
                self.confirm = Some(Pending::Words { words, what: shown(&name).into_owned() });
                self.mode = Mode::Confirm;
            }
        }
        None
    }

    /// Archive the selected account or category, or bring it back.
    fn archive(&mut self) -> Option<Effect> {
        let sheet = self.sheet.as_ref()?;
        let (what, archived, name) = match sheet.kind {
            SheetKind::Accounts => {
                let (a, _) = *sheet.accounts().get(sheet.selected)?;
                ("accounts", a.archived, a.name.clone())
            }
            SheetKind::Categories => {
                let c = *sheet.categories().get(sheet.selected)?;
                ("categories", c.archived, c.name.clone())
            }
            SheetKind::Rules | SheetKind::Goals | SheetKind::Owed => return None,
        };
        let verb = if archived { "unarchive" } else { "archive" };
        Some(Effect::RunWords(vec![what.into(), verb.into(), name]))
    }

    fn add_form(&self, kind: SheetKind) -> FieldsForm {
        let back = Back::Sheet(kind);
        match kind {
            SheetKind::Accounts => FieldsForm::new(
                w::title_account_add().into(),
                &["accounts", "add"],
                vec![
                    Field::text(w::l_name(), Arg::Word, "", w::hint_name()),
                    Field::choice(w::l_kind(), Arg::Flag("--kind"), kinds(), "bank"),
                    Field::text(
                        w::l_currency(),
                        Arg::Flag("--currency"),
                        self.prefs.currency.code(),
                        w::hint_currency(),
                    ),
                    Field::text(w::l_balance(), Arg::Flag("--balance"), "", w::hint_balance()),
                    Field::text(w::l_as_of(), Arg::Flag("--as-of"), "", w::hint_as_of()),
                ],
                back,
            ),
            SheetKind::Categories => {
                let selected = self.sheet.as_ref().and_then(|s| s.categories().get(s.selected).map(|c| c.class));
                FieldsForm::new(
                    w::title_category_add().into(),
                    &["categories", "add"],
                    vec![
                        Field::text(w::l_name(), Arg::Word, "", w::hint_category_name()),
                        Field::choice(
                            w::l_class(),
                            Arg::Flag("--class"),
                            classes(),
                            selected.unwrap_or(Class::Spending).as_str(),
                        ),
                        Field::text(w::l_parent(), Arg::Flag("--parent"), "", w::hint_parent()),
                    ],
                    back,
                )
            }
            SheetKind::Rules => rule_form(None, self.today, back),
            SheetKind::Goals => goal_form(None, back),
            SheetKind::Owed => self.lend_form(false),
        }
    }

    fn edit_form(&self) -> Option<FieldsForm> {
        let sheet = self.sheet.as_ref()?;
        let back = Back::Sheet(sheet.kind);
        let rename = |what: &'static str, name: &str| {
            FieldsForm::new(
                w::title_rename(&shown(name)),
                &[what, "rename", name],
                vec![Field::text(w::l_new_name(), Arg::Word, &shown(name), w::hint_name())],
                back,
            )
        };
        Some(match &sheet.data {
            None => return None,
            Some(SheetData::Accounts(..)) => rename("accounts", &sheet.accounts().get(sheet.selected)?.0.name),
            Some(SheetData::Categories(_)) => rename("categories", &sheet.categories().get(sheet.selected)?.name),
            Some(SheetData::Rules(rows)) => rule_form(Some(&rows.get(sheet.selected)?.rule), self.today, back),
            Some(SheetData::Goals(goals)) => {
                let (g, _) = goals.get(sheet.selected)?;
                // The goal's accounts by name (none: all of them).
                let accounts: Vec<&str> =
                    self.accounts.iter().filter(|a| g.account_ids.contains(&a.id)).map(|a| a.name.as_str()).collect();
                let mut form = goal_form(Some((g, accounts.join(","))), back);
                form.focus = 1;
                form
            }
            Some(SheetData::Owed(_)) => return None,
        })
    }

    /// `o` on an account: what it held on a day (its balance is that plus
    /// its transactions from then on).
    fn opening_form(&self) -> Option<FieldsForm> {
        let sheet = self.sheet.as_ref()?;
        let (a, balance) = *sheet.accounts().get(sheet.selected)?;
        let now = crate::money::Money::new(*balance, a.currency).plain();
        Some(FieldsForm::new(
            w::title_opening(&shown(&a.name)),
            &["accounts", "opening", &a.name],
            vec![
                Field::text(w::l_balance(), Arg::Word, &now, w::hint_opening()),
                Field::text(w::l_as_of(), Arg::Flag("--as-of"), &self.today.to_string(), w::hint_as_of()),
            ],
            Back::Sheet(SheetKind::Accounts),
        ))
    }

    /// `p` on a category: under which parent (or none).
    fn move_form(&self) -> Option<FieldsForm> {
        let sheet = self.sheet.as_ref()?;
        let c = *sheet.categories().get(sheet.selected)?;
        let parent = c
            .parent_id
            .and_then(|p| self.categories.iter().find(|x| x.id == p))
            .map_or_else(|| "none".to_owned(), |p| shown(&p.name).into_owned());
        Some(FieldsForm::new(
            w::title_move(&shown(&c.name)),
            &["categories", "move", &c.name],
            vec![Field::text(w::l_parent(), Arg::Flag("--parent"), &parent, w::hint_parent_move())],
            Back::Sheet(SheetKind::Categories),
        ))
    }

    /// Skip one instance, change one instance's amount, or end the rule.
    fn instance_form(&self, action: SheetAction) -> Option<FieldsForm> {
        let sheet = self.sheet.as_ref()?;
        let Some(SheetData::Rules(rows)) = &sheet.data else { return None };
        let row = rows.get(sheet.selected)?;
        let name = row.rule.name.as_str();
        let next = row.next.first();
        let next_day = next.map_or(String::new(), |i| i.date.to_string());
        let back = Back::Sheet(SheetKind::Rules);
        Some(match action {
            SheetAction::Skip => FieldsForm::new(
                w::title_skip(name),
                &["recurring", "skip", name],
                vec![Field::text(w::l_date(), Arg::Flag("--date"), &next_day, w::hint_instance_date())],
                back,
            ),
            SheetAction::ChangeOne => {
                let amount = next.map_or(String::new(), |i| {
                    crate::money::Money::new(i.amount.abs(), crate::money::Currency::CNY).plain()
                });
                FieldsForm::new(
                    w::title_change_one(name),
                    &["recurring", "edit", name],
                    vec![
                        Field::text(w::l_date(), Arg::Flag("--date"), &next_day, w::hint_instance_date()),
                        Field::text(w::l_amount(), Arg::Flag("--amount"), &amount, w::hint_amount()),
                    ],
                    back,
                )
            }
            _ => FieldsForm::new(
                w::title_end(name),
                &["recurring", "edit", name],
                vec![Field::text(w::l_end(), Arg::Flag("--end"), &self.today.to_string(), w::hint_end())],
                back,
            ),
        })
    }
}

/// The form of a rule: a new one (from today, monthly), or `rule` as it is.
pub fn rule_form(rule: Option<&Rule>, today: NaiveDate, back: Back) -> FieldsForm {
    let money = |m: i64| crate::money::Money::new(m.abs(), crate::money::Currency::CNY).plain();
    let s = rule.map(|r| r.schedule);
    let every = match s.map(|s| s.every) {
        Some(Every::Week) => "week",
        Some(Every::Year) => "year",
        _ => "month",
    };
    let text_of = |v: Option<String>| v.unwrap_or_default();
    let mut fields = vec![
        Field::text(w::l_amount(), Arg::Flag("--amount"), &text_of(rule.map(|r| money(r.amount))), w::hint_amount())
            .required(),
        Field::text(
            w::l_category(),
            Arg::Flag("--category"),
            &text_of(rule.map(|r| shown(&r.category).into_owned())),
            w::hint_category(),
        )
        .required(),
        Field::text(
            w::l_account(),
            Arg::Flag("--account"),
            &text_of(rule.map(|r| shown(&r.account).into_owned())),
            w::hint_account(),
        ),
        Field::choice(w::l_every(), Arg::Flag("--every"), everies(), every),
        Field::text(
            w::l_interval(),
            Arg::Flag("--interval"),
            &s.map_or("1".into(), |s| s.interval.to_string()),
            w::hint_interval(),
        ),
        Field::text(w::l_day(), Arg::Flag("--day"), &s.map_or(String::new(), |s| s.day.to_string()), w::hint_day()),
        Field::text(
            w::l_start(),
            Arg::Flag("--start"),
            &s.map_or(today.to_string(), |s| s.start.to_string()),
            w::hint_start(),
        ),
        Field::text(
            w::l_end(),
            Arg::Flag("--end"),
            &text_of(s.and_then(|s| s.end).map(|d| d.to_string())),
            w::hint_end_or_none(),
        ),
        Field::text(
            w::l_count(),
            Arg::Flag("--count"),
            &text_of(s.and_then(|s| s.count).map(|n| n.to_string())),
            w::hint_count(),
        ),
        Field::text(
            w::l_step_up(),
            Arg::Flag("--step-up"),
            &step_up_text(rule.and_then(|r| r.step_up)),
            w::hint_step_up(),
        ),
        Field::text(w::l_payee(), Arg::Flag("--payee"), &text_of(rule.map(|r| r.payee.clone())), w::hint_payee()),
    ];
    match rule {
        None => {
            fields.insert(0, Field::text(w::l_name(), Arg::Word, "", w::hint_rule_name()));
            FieldsForm::new(w::title_rule_add().into(), &["recurring", "add"], fields, back)
        }
        Some(r) => {
            fields.insert(0, Field::text(w::l_name(), Arg::Flag("--rename"), &r.name, w::hint_rule_name()));
            FieldsForm::new(w::title_rule_edit(&r.name), &["recurring", "edit", &r.name], fields, back)
        }
    }
}

/// The form of a goal: a new one, or `goal` as it is (and its accounts, comma-separated).
pub fn goal_form(goal: Option<(&Goal, String)>, back: Back) -> FieldsForm {
    let priorities = [Priority::Normal, Priority::High, Priority::Low]
        .map(|p| option(p.as_str(), crate::text::terms::priority(crate::text::lang(), p.as_str())))
        .to_vec();
    match goal {
        None => FieldsForm::new(
            w::title_goal_add().into(),
            &["goals", "add"],
            vec![
                Field::text(w::l_name(), Arg::Word, "", w::hint_goal_name()),
                Field::text(w::l_target(), Arg::Flag("--target"), "", w::hint_amount()).required(),
                Field::text(w::l_by(), Arg::Flag("--by"), "", w::hint_by()),
                Field::text(w::l_accounts(), Arg::Flag("--accounts"), "", w::hint_accounts()),
                Field::choice(w::l_priority(), Arg::Flag("--priority"), priorities, "normal"),
            ],
            back,
        ),
        Some((g, accounts)) => {
            let target = crate::money::Money::new(g.target, g.currency).plain();
            let by = g.by.map_or("none".to_owned(), |m| m.to_string());
            let accounts = if accounts.is_empty() { "all".to_owned() } else { accounts };
            FieldsForm::new(
                w::title_goal_edit(&g.name),
                &["goals", "edit", &g.name],
                vec![
                    Field::text(w::l_name(), Arg::Flag("--rename"), &g.name, w::hint_goal_name()),
                    Field::text(w::l_target(), Arg::Flag("--target"), &target, w::hint_amount()),
                    Field::text(w::l_by(), Arg::Flag("--by"), &by, w::hint_by_or_none()),
                    Field::text(w::l_accounts(), Arg::Flag("--accounts"), &accounts, w::hint_accounts_or_all()),
                    Field::choice(w::l_priority(), Arg::Flag("--priority"), priorities, g.priority.as_str()),
                ],
                back,
            )
        }
    }
}
