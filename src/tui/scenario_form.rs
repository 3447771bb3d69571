//! The Move tab's scenario form: a name and every field of a scenario as
//! text, only the fields of the chosen housing plan shown, and validation
//! through the same editor the CLI uses (`relocation::edit`). No drawing, no SQL.

use std::collections::{BTreeMap, BTreeSet};

use super::form::LineEdit;
use crate::model::Month;
use crate::relocation::cities::{self, City, Living};
use crate::relocation::edit::{self, Field, Fields, Plan};
use crate::relocation::mortgage::Method;
use crate::relocation::mortgage::plan::Reduce;
use crate::relocation::scenario::{Housing, Scenario};
use crate::text;

/// One line of the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Slot {
    Name,
    Field(Field),
}

impl Slot {
    pub fn label(self) -> &'static str {
        match self {
            Slot::Name => text::moving::label_name(),
            Slot::Field(f) => f.label(),
        }
    }

    /// Picked from a short list with ←/→ rather than typed.
    pub fn is_choice(self) -> bool {
        matches!(self, Slot::Field(Field::Plan | Field::Method | Field::Reduce))
    }

    /// What to type here, shown under the fields while it has the focus.
    pub fn hint(self) -> &'static str {
        use crate::text::moving as t;
        match self {
            Slot::Name => t::hint_name(),
            Slot::Field(Field::City) => t::hint_city(),
            Slot::Field(Field::Start) => t::hint_start(),
            Slot::Field(Field::SellHome) => t::hint_sell_home(),
            Slot::Field(Field::Plan | Field::Method | Field::Reduce) => t::hint_choose(),
            Slot::Field(Field::MonthsWithoutIncome) => t::hint_months_without_income(),
            Slot::Field(Field::DepositMonths) => t::hint_deposit(),
            Slot::Field(Field::Fund) => t::hint_fund(),
            Slot::Field(Field::FundYears) => crate::text::loans::hint_fund_years(),
            Slot::Field(Field::Prepay) => crate::text::loans::hint_prepay(),
            Slot::Field(Field::PrepayYearly) => crate::text::loans::hint_prepay_yearly(),
            Slot::Field(Field::Penalty) => crate::text::loans::hint_penalty(),
            Slot::Field(Field::DownPayment | Field::Rate | Field::FundRate | Field::DeedTax) => t::hint_percent(),
            Slot::Field(Field::Area | Field::Years) => t::hint_whole(),
            Slot::Field(Field::Income) => t::hint_income(),
            Slot::Field(Field::RentGrowth) => t::hint_rent_growth(),
            Slot::Field(Field::PriceChange) => t::hint_change(),
            Slot::Field(Field::SellingCosts) => t::hint_selling_costs(),
            Slot::Field(_) => t::hint_amount(),
        }
    }

    /// A choice as the form shows it: a plan or a repayment method in the
    /// reader's language (the line itself holds the name that is stored).
    pub fn choice_label(self, choice: &str) -> &str {
        match self {
            Slot::Field(Field::Plan) => Plan::parse(choice).map_or(choice, |p| p.label()),
            Slot::Field(Field::Method) => match choice.parse::<Method>() {
                Ok(Method::EqualPayment) => text::moving::method_equal_payment(),
                Ok(Method::EqualPrincipal) => text::moving::method_equal_principal(),
                Err(_) => choice,
            },
            Slot::Field(Field::Reduce) => match Reduce::parse(choice) {
                Some(Reduce::Term) => text::loans::reduce_term(),
                Some(Reduce::Payment) => text::loans::reduce_payment(),
                None => choice,
            },
            _ => choice,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScenarioForm {
    /// `Some` when editing a stored scenario.
    pub id: Option<i64>,
    /// What the form edits: the stored scenario, or a copy of staying.
    pub base: Scenario,
    pub name: LineEdit,
    pub inputs: BTreeMap<Field, LineEdit>,
    pub focus: Slot,
    pub errors: Vec<(Slot, String)>,
    /// The focused field holds its whole value, untouched: typing replaces it.
    pub fresh: bool,
    /// What the last city lookup filled in, to say so.
    pub note: Option<String>,
    /// The city as it was when the City field got the focus.
    city_before: String,
    /// Lines the user typed into: a city's reference figures leave them alone.
    touched: BTreeSet<Slot>,
    /// Ctrl-C was pressed once over typed input; a second press quits.
    pub quit_asked: bool,
}

impl ScenarioForm {
    /// A form on `base`, named `name`; `id` when it edits a stored scenario.
    /// A price the scenario does not have yet comes from its city's reference
    /// figures, if `cities` know it.
    pub fn new(id: Option<i64>, base: Scenario, name: &str, cities: &[City]) -> ScenarioForm {
        let mut texts = edit::texts(&base);
        if let Some(city) = cities::find(cities, &base.city) {
            if texts.get(Field::PricePerM2).is_none() {
                let none = cities::Living::default();
                texts.set(Field::PricePerM2, edit::city_texts(city, &none).get(Field::PricePerM2).unwrap_or(""));
            }
            texts.set(Field::City, text::names::city(&city.name, &city.local_name).into_owned());
        }
        let inputs = [
            Field::COMMON.as_slice(),
            Field::for_plan(Plan::Mortgage),
            Field::for_plan(Plan::Rent),
            Field::LAST.as_slice(),
        ]
        .concat()
        .into_iter()
        .map(|f| (f, LineEdit::with(texts.get(f).unwrap_or(""))))
        .collect();
        ScenarioForm {
            id,
            name: LineEdit::with(name),
            city_before: base.city.clone(),
            base,
            inputs,
            focus: Slot::Name,
            errors: Vec::new(),
            fresh: true,
            note: None,
            touched: BTreeSet::new(),
            quit_asked: false,
        }
    }

    /// Something was typed or erased since the form opened: Ctrl-C asks first.
    pub fn typed(&self) -> bool {
        !self.touched.is_empty()
    }

    pub fn plan(&self) -> Plan {
        Plan::parse(self.text(Slot::Field(Field::Plan))).unwrap_or(Plan::Rent)
    }

    /// The lines shown: the name, what every scenario has, the plan's own,
    /// then whether the home lived in now is sold.
    pub fn slots(&self) -> Vec<Slot> {
        std::iter::once(Slot::Name)
            .chain(
                Field::COMMON.iter().chain(Field::for_plan(self.plan())).chain(&Field::LAST).map(|f| Slot::Field(*f)),
            )
            .collect()
    }

    pub fn input(&self, slot: Slot) -> &LineEdit {
        match slot {
            Slot::Name => &self.name,
            Slot::Field(f) => &self.inputs[&f],
        }
    }

    fn input_mut(&mut self, slot: Slot) -> &mut LineEdit {
        match slot {
            Slot::Name => &mut self.name,
            Slot::Field(f) => self.inputs.get_mut(&f).expect("every field has an input"),
        }
    }

    pub fn text(&self, slot: Slot) -> &str {
        self.input(slot).text()
    }

    pub fn focused_mut(&mut self) -> &mut LineEdit {
        self.input_mut(self.focus)
    }

    pub fn error(&self, slot: Slot) -> Option<&str> {
        self.errors.iter().find(|(s, _)| *s == slot).map(|(_, e)| e.as_str())
    }

    /// The choices of a choice field: staying's housing is offered only
    /// while the scenario still has it.
    pub fn choices(&self, slot: Slot) -> Vec<&'static str> {
        match slot {
            Slot::Field(Field::Plan) => {
                let as_now = matches!(self.base.housing, Housing::Current { .. });
                let plans = as_now.then_some(Plan::AsNow).into_iter().chain(Plan::CHOICES);
                plans.map(Plan::name).collect()
            }
            Slot::Field(Field::Method) => vec![Method::EqualPayment.as_str(), Method::EqualPrincipal.as_str()],
            Slot::Field(Field::Reduce) => vec![Reduce::Term.as_str(), Reduce::Payment.as_str()],
            _ => Vec::new(),
        }
    }

    /// Steps a choice field forward or back (wrapping).
    pub fn cycle(&mut self, forward: bool) {
        let choices = self.choices(self.focus);
        if choices.is_empty() {
            return;
        }
        let now = choices.iter().position(|c| c.eq_ignore_ascii_case(self.text(self.focus).trim())).unwrap_or(0);
        let next = if forward { (now + 1) % choices.len() } else { (now + choices.len() - 1) % choices.len() };
        *self.focused_mut() = LineEdit::with(choices[next]);
    }

    /// Types a character; in a fresh field the first one replaces its value.
    /// In a choice field a letter picks the next choice with a word starting
    /// with it (`p` finds equal-payment, then equal-principal).
    /// Empties the focused line (Ctrl-u); a choice keeps its value.
    pub fn clear_focused(&mut self) {
        if !self.focus.is_choice() {
            self.touched.insert(self.focus);
            *self.focused_mut() = LineEdit::default();
            self.fresh = false;
        }
    }

    pub fn type_char(&mut self, c: char) {
        self.touched.insert(self.focus);
        if self.focus.is_choice() {
            let lower = c.to_ascii_lowercase();
            let choices = self.choices(self.focus);
            let now = choices.iter().position(|x| *x == self.text(self.focus)).unwrap_or(0);
            let starts = |x: &&str| x.split(['-', ' ']).any(|w| w.starts_with(lower));
            let next = (1..=choices.len()).map(|k| choices[(now + k) % choices.len()]).find(starts);
            if let Some(choice) = next {
                *self.focused_mut() = LineEdit::with(choice);
            }
            return;
        }
        if std::mem::take(&mut self.fresh) {
            *self.focused_mut() = LineEdit::default();
        }
        self.focused_mut().insert(c);
    }

    /// Backspace (or Delete, `forward`); on a whole, untouched value it clears it.
    pub fn erase(&mut self, forward: bool) {
        if self.focus.is_choice() {
            return;
        }
        self.touched.insert(self.focus);
        if std::mem::take(&mut self.fresh) {
            *self.focused_mut() = LineEdit::default();
        } else if forward {
            self.focused_mut().delete();
        } else {
            self.focused_mut().backspace();
        }
    }

    /// Shows the living costs as the comparison works them out now, for a
    /// scenario whose living costs follow its city (`edit::refreshed`).
    pub fn follow_living(&mut self, cities: &[City], living: &Living) {
        let fresh = edit::refreshed(&self.base, cities, living);
        if fresh.living != self.base.living {
            let text = edit::texts(&fresh).get(Field::Living).unwrap_or("").to_owned();
            *self.input_mut(Slot::Field(Field::Living)) = LineEdit::with(&text);
        }
    }

    /// Moves the focus; leaving the City field on a reference city fills
    /// in its rent, price and living costs (today's spending by group
    /// scaled by the city's indices), for the user to check.
    pub fn focus_on(&mut self, slot: Slot, cities: &[City], living: &Living) {
        // What a city lookup filled in is said until the next move.
        self.note = None;
        if self.focus == Slot::Field(Field::City) {
            let typed = self.text(self.focus).trim().to_owned();
            if !typed.eq_ignore_ascii_case(&self.city_before) {
                match cities::find(cities, &typed) {
                    Some(city) => self.fill_from(city, living),
                    None if !typed.is_empty() => {
                        let found = cities::search(cities, &typed);
                        let known: Vec<String> = found
                            .iter()
                            .take(6)
                            .map(|c| text::names::city(&c.name, &c.local_name).into_owned())
                            .collect();
                        self.note = Some(match known.is_empty() {
                            true => text::moving::no_reference(&typed),
                            false => text::moving::which_reference(&typed, &known.join(", ")),
                        });
                    }
                    None => {}
                }
            }
        }
        if slot == Slot::Field(Field::City) {
            self.city_before = self.text(slot).trim().to_owned();
        }
        self.focus = slot;
        // Every line holds one value: the first key typed replaces it.
        self.fresh = true;
    }

    /// Fills the city's reference figures into the lines not typed in yet.
    fn fill_from(&mut self, city: &City, living: &Living) {
        let texts = edit::city_texts(city, living);
        let shown = text::names::city(&city.name, &city.local_name).into_owned();
        *self.input_mut(Slot::Field(Field::City)) = LineEdit::with(&shown);
        let mut kept = Vec::new();
        for f in [Field::Living, Field::Rent, Field::PricePerM2] {
            if self.touched.contains(&Slot::Field(f)) {
                kept.push(f.label());
            } else {
                *self.input_mut(Slot::Field(f)) = LineEdit::with(texts.get(f).unwrap_or(""));
            }
        }
        if self.plan() == Plan::AsNow {
            *self.input_mut(Slot::Field(Field::Plan)) = LineEdit::with(Plan::Rent.name());
        }
        let kept = if kept.is_empty() { String::new() } else { text::moving::kept_typed(&kept.join(", ")) };
        let rent = match &city.rent {
            Some(r) if r.model.is_some() => text::moving::rent_modelled(r.value),
            Some(r) => text::moving::rent_dated(r.value, &r.when()),
            None => "—".into(),
        };
        let price = city.price_per_m2.as_ref().map_or("—".into(), |p| text::moving::price_dated(p.value, &p.when()));
        self.note = Some(text::moving::filled(&shown, &rent, &price, &kept));
    }

    pub fn step_focus(&mut self, forward: bool, cities: &[City], living: &Living) {
        let slots = self.slots();
        let i = slots.iter().position(|s| *s == self.focus).unwrap_or(0);
        let n = slots.len();
        let next = if forward { (i + 1) % n } else { (i + n - 1) % n };
        self.focus_on(slots[next], cities, living);
    }

    /// Checks the name and every shown field; returns the scenario to save,
    /// or the errors, each beside its line. `taken` are the other
    /// scenarios' names.
    pub fn validate(
        &self,
        taken: &[&str],
        cities: &[City],
        living: &Living,
        now: Month,
    ) -> Result<Scenario, Vec<(Slot, String)>> {
        let mut errors = Vec::new();
        let name = self.name.text().trim();
        if let Err(e) = check_name(name, taken) {
            errors.push((Slot::Name, e));
        }
        let mut fields = Fields::default();
        for slot in self.slots() {
            let Slot::Field(f) = slot else { continue };
            match (f, self.text(slot).trim()) {
                // Left empty, these ask for a value by name (or take the city's reference figure).
                (Field::Rent | Field::PricePerM2 | Field::Area, "") => {}
                (_, text) => fields.set(f, text),
            }
        }
        // Each line alone first (with the plan it belongs to), so every bad
        // line is named at once; then all together, for what needs several.
        for (f, text) in fields.iter() {
            let mut one = Fields::default();
            one.set(f, text);
            one.maybe(Field::Plan, fields.get(Field::Plan).filter(|_| f != Field::Plan));
            // The city a line may need (its wage for Income) comes along.
            one.maybe(Field::City, fields.get(Field::City).filter(|_| f != Field::City));
            if let Err(e) = edit::apply(&mut self.base.clone(), &one, cities, living, now) {
                if e.field == f {
                    errors.push((Slot::Field(f), e.message));
                }
            }
        }
        let mut s = Scenario { name: name.to_owned(), ..self.base.clone() };
        if let Err(e) = edit::apply(&mut s, &fields, cities, living, now) {
            if !errors.iter().any(|(slot, _)| *slot == Slot::Field(e.field)) {
                errors.push((Slot::Field(e.field), e.message));
            }
        }
        if errors.is_empty() { Ok(s) } else { Err(errors) }
    }
}

/// A scenario's name: not blank, not Stay, not one already taken (any case).
pub fn check_name(name: &str, taken: &[&str]) -> Result<(), String> {
    let name = name.trim();
    if name.is_empty() {
        return Err(text::moving::name_missing().into());
    }
    // Neither language's word for staying.
    if crate::relocation::scenario::is_stay(name) {
        return Err(text::moving::name_stay().into());
    }
    if let Some(other) = taken.iter().find(|t| t.eq_ignore_ascii_case(name)) {
        return Err(text::moving::name_taken(other));
    }
    Ok(())
}

/// `Hegang (copy)`, or `Hegang (copy 2)` and so on when that is taken.
pub fn copy_name(name: &str, taken: &[&str]) -> String {
    (1..)
        .map(|n| if n == 1 { text::moving::copy_name(name) } else { text::moving::copy_name_n(name, n) })
        .find(|c| check_name(c, taken).is_ok())
        .expect("some copy number is free")
}

#[cfg(test)]
mod tests;
