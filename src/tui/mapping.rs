//! The mapping screen's state and its part of `App::update`: a bank bill
//! nestegg does not know gets its columns chosen here (date, the amount or
//! debit and credit, payee, note, category), its date format, the account
//! its rows go to and, optionally, a name to keep the mapping under. The
//! first rows of the file are read with the mapping as it stands, by the
//! import's own reader, so the screen shows what the import will make of
//! them. Enter plans the import through `ops::import` (the preview a known
//! bill gets); Esc writes nothing. No SQL, no drawing.

use std::path::PathBuf;

use chrono::NaiveDate;

use super::action::{Effect, MappingAction, TextAction};
use super::app::{App, Mode};
use super::form::LineEdit;
use crate::import::{self, DATE_FORMATS, MapField, Mapping, Sample, presets};
use crate::model::Account;
use crate::model::clean::{self, Field as CleanField};
use crate::text::{self, mapping as t};

/// Rows of the file the screen reads ahead of the import.
pub const PREVIEW_ROWS: usize = 5;

/// A field of the screen, in the order Tab goes through them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Column(MapField),
    /// Whether positive amounts are money out (a card statement).
    Sign,
    DateFormat,
    Account,
    SaveAs,
}

impl Field {
    pub const ALL: [Field; 13] = [
        Field::Column(MapField::Date),
        Field::Column(MapField::Amount),
        Field::Column(MapField::Debit),
        Field::Column(MapField::Credit),
        Field::Column(MapField::Direction),
        Field::Sign,
        Field::Column(MapField::Payee),
        Field::Column(MapField::Note),
        Field::Column(MapField::Category),
        Field::Column(MapField::Currency),
        Field::DateFormat,
        Field::Account,
        Field::SaveAs,
    ];

    /// The field's label, in the reader's language.
    pub fn label(self) -> &'static str {
        match self {
            Field::Column(MapField::Date) => t::field_date(),
            Field::Column(MapField::Amount) => t::field_amount(),
            Field::Column(MapField::Debit) => t::field_debit(),
            Field::Column(MapField::Credit) => t::field_credit(),
            Field::Column(MapField::Payee) => t::field_payee(),
            Field::Column(MapField::Note) => t::field_note(),
            Field::Column(MapField::Category) => t::field_category(),
            Field::Column(MapField::Direction) => t::field_direction(),
            Field::Column(MapField::Currency) => t::field_currency(),
            Field::Sign => t::field_sign(),
            Field::DateFormat => t::field_date_format(),
            Field::Account => t::field_account(),
            Field::SaveAs => t::field_save_as(),
        }
    }

    fn index(self) -> usize {
        Field::ALL.iter().position(|f| *f == self).unwrap_or(0)
    }
}

/// One row of the file as the mapping reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reading {
    Read { date: NaiveDate, amount: i64, payee: String },
    Invalid(String),
}

/// The mapping screen of one bank bill.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MappingView {
    pub path: PathBuf,
    /// The header and the first rows, as the import reads them.
    pub sample: Sample,
    /// Each column field's column of the header (in [`MapField::ALL`]'s order), or none.
    pub columns: [Option<usize>; 9],
    /// Positive amounts are money out.
    pub flip: bool,
    /// The date format: `None` reads ISO dates, else one of [`DATE_FORMATS`].
    pub date_format: Option<&'static str>,
    /// The account the rows go to (an open one).
    pub account: Option<i64>,
    pub save_as: LineEdit,
    pub focus: Field,
    /// What is wrong, and the field it is wrong in.
    pub error: Option<(Field, String)>,
    /// The sample's rows as the mapping reads them: (line, reading).
    pub readings: Vec<(usize, Reading)>,
}

impl MappingView {
    /// The screen for `sample`, starting from the first guess at its
    /// columns and date format, into `account`.
    pub fn new(path: PathBuf, sample: Sample, account: Option<i64>) -> MappingView {
        let guess = import::guess(sample.header());
        let at = |col: Option<&str>| col.and_then(|c| sample.header().iter().position(|h| h == c));
        let columns = MapField::ALL.map(|f| at(guess.column(f)));
        let dates: Vec<&str> = match columns[0] {
            Some(i) => sample.rows.iter().skip(1).map(|r| r.cell(i)).collect(),
            None => Vec::new(),
        };
        let date_format = import::guess_date_format(dates.iter().copied());
        let mut view = MappingView {
            path,
            sample,
            columns,
            flip: false,
            date_format,
            account,
            save_as: LineEdit::default(),
            focus: Field::Column(MapField::Date),
            error: None,
            readings: Vec::new(),
        };
        view.refresh();
        view
    }

    pub fn column(&self, field: MapField) -> Option<usize> {
        self.columns[MapField::ALL.iter().position(|f| *f == field).unwrap_or(0)]
    }

    fn set_column(&mut self, field: MapField, col: Option<usize>) {
        self.columns[MapField::ALL.iter().position(|f| *f == field).unwrap_or(0)] = col;
        // One signed amount, or debit and credit: choosing one kind lets go of the other.
        if col.is_some() {
            match field {
                MapField::Amount => {
                    self.set_column(MapField::Debit, None);
                    self.set_column(MapField::Credit, None);
                }
                MapField::Debit | MapField::Credit => {
                    self.set_column(MapField::Amount, None);
                    self.set_column(MapField::Direction, None);
                }
                MapField::Direction => {
                    self.set_column(MapField::Debit, None);
                    self.set_column(MapField::Credit, None);
                }
                _ => {}
            }
        }
    }

    /// How a mapping names column `i`: its header name when that is
    /// unique and not empty, else its number (from 1).
    fn name_of(&self, i: usize) -> String {
        let header = self.sample.header();
        let name = header.get(i).map_or("", String::as_str);
        if !name.is_empty() && header.iter().filter(|h| *h == name).count() == 1 {
            name.to_owned()
        } else {
            (i + 1).to_string()
        }
    }

    /// The mapping as chosen (the account named as stored in `accounts`).
    pub fn mapping(&self, accounts: &[Account]) -> Mapping {
        let col = |f: MapField| self.column(f).map(|i| self.name_of(i));
        Mapping {
            date: col(MapField::Date).unwrap_or_default(),
            amount: col(MapField::Amount).unwrap_or_default(),
            debit: col(MapField::Debit),
            credit: col(MapField::Credit),
            payee: col(MapField::Payee),
            note: col(MapField::Note),
            category: col(MapField::Category),
            date_format: self.date_format.map(str::to_owned),
            account: self.account.and_then(|id| accounts.iter().find(|a| a.id == id)).map(|a| a.name.clone()),
            direction: col(MapField::Direction),
            currency: col(MapField::Currency),
            flip: self.flip,
            ..Mapping::default()
        }
    }

    /// Reads the sample again with the mapping as it stands: the mapping's
    /// own problem at its field, else each row's reading.
    fn refresh(&mut self) {
        self.readings.clear();
        self.error = self.error.take().filter(|(f, _)| matches!(f, Field::Account | Field::SaveAs));
        let mapping = self.mapping(&[]);
        let Some(header) = self.sample.rows.first() else { return };
        if let Err(e) = mapping.columns(header) {
            self.error = Some((Field::Column(e.field), e.message));
            return;
        }
        let (entries, invalid, _) = match presets::generic(&self.sample.rows, &mapping) {
            Ok(read) => read,
            Err(e) => {
                self.error = Some((Field::Column(MapField::Date), e.to_string()));
                return;
            }
        };
        for row in self.sample.rows.iter().skip(1) {
            let reading = match entries.iter().find(|e| e.line == row.line) {
                Some(e) => Reading::Read { date: e.date, amount: e.amount, payee: e.payee.clone() },
                None => Reading::Invalid(
                    invalid.iter().find(|p| p.line == row.line).map_or_else(String::new, |p| p.reason.clone()),
                ),
            };
            self.readings.push((row.line, reading));
        }
    }

    /// ←/→ on the focused field: the previous or next choice.
    fn step(&mut self, accounts: &[i64], right: bool) {
        let turn = |at: usize, n: usize| if right { (at + 1) % n } else { (at + n - 1) % n };
        match self.focus {
            Field::Column(field) => {
                let n = self.sample.header().len();
                // The date always has a column; the others may have none (first).
                let optional = usize::from(field != MapField::Date);
                let at = self.column(field).map_or(0, |i| i + optional);
                let next = turn(at, n + optional);
                let col = if optional == 1 { next.checked_sub(1) } else { Some(next) };
                self.set_column(field, col.filter(|i| *i < n));
            }
            Field::Sign => self.flip = !self.flip,
            Field::DateFormat => {
                let at = self.date_format.and_then(|f| DATE_FORMATS.iter().position(|d| *d == f)).map_or(0, |i| i + 1);
                let next = turn(at, DATE_FORMATS.len() + 1);
                self.date_format = next.checked_sub(1).map(|i| DATE_FORMATS[i]);
            }
            Field::Account if !accounts.is_empty() => {
                let at = self.account.and_then(|id| accounts.iter().position(|a| *a == id));
                let next = match at {
                    Some(i) => turn(i, accounts.len()),
                    None => 0,
                };
                self.account = Some(accounts[next]);
                self.error = self.error.take().filter(|(f, _)| *f != Field::Account);
            }
            Field::Account => {}
            Field::SaveAs => {
                if right {
                    self.save_as.right();
                } else {
                    self.save_as.left();
                }
                return;
            }
        }
        self.refresh();
    }
}

/// The date format as a reader knows it: `DD/MM/YYYY`.
pub fn format_label(format: Option<&str>) -> String {
    match format {
        None => t::iso_dates().to_owned(),
        Some(f) => f.replace("%d", "DD").replace("%m", "MM").replace("%Y", "YYYY").replace("%y", "YY"),
    }
}

impl App {
    /// The effect runner found a bank bill nestegg does not know: the mapping screen opens.
    pub(super) fn mapping_needed(&mut self, path: PathBuf, sample: Sample) -> Option<Effect> {
        let account =
            self.settings_account().or(self.accounts.iter().find(|a| !a.archived && a.kind.is_payable())).map(|a| a.id);
        let name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into());
        self.import = None;
        self.mapping = Some(MappingView::new(path, sample, account));
        self.mode = Mode::Mapping;
        self.say(t::opened(&text::safe::escaped(&name)), false);
        None
    }

    fn open_accounts(&self) -> Vec<i64> {
        self.accounts.iter().filter(|a| !a.archived && a.kind.is_payable()).map(|a| a.id).collect()
    }

    pub(super) fn update_mapping(&mut self, action: MappingAction) -> Option<Effect> {
        let accounts = self.open_accounts();
        let view = self.mapping.as_mut()?;
        let n = Field::ALL.len();
        match action {
            MappingAction::NextField => view.focus = Field::ALL[(view.focus.index() + 1) % n],
            MappingAction::PrevField => view.focus = Field::ALL[(view.focus.index() + n - 1) % n],
            MappingAction::Left => view.step(&accounts, false),
            MappingAction::Right => view.step(&accounts, true),
            MappingAction::Cancel => {
                self.mapping = None;
                self.mode = Mode::Browse;
                self.say(t::cancelled(), false);
            }
            MappingAction::Submit => return self.submit_mapping(),
        }
        None
    }

    /// Typing, on the mapping screen: only the name field takes text.
    pub(super) fn update_mapping_text(&mut self, action: TextAction) -> Option<Effect> {
        let view = self.mapping.as_mut()?;
        if view.focus != Field::SaveAs {
            return None;
        }
        match action {
            TextAction::Input(c) => view.save_as.insert(c),
            TextAction::Backspace => view.save_as.backspace(),
            TextAction::DeleteChar => view.save_as.delete(),
            TextAction::Home => view.save_as.home(),
            TextAction::End => view.save_as.end(),
            TextAction::Left => view.save_as.left(),
            TextAction::Right => drop(view.save_as.right()),
            TextAction::Up | TextAction::Down | TextAction::NextField | TextAction::PrevField | TextAction::Submit => {
                return None;
            }
        }
        if view.error.as_ref().is_some_and(|(f, _)| *f == Field::SaveAs) {
            view.error = None;
        }
        None
    }

    /// Enter: the mapping checked (its error shown at its field, nothing
    /// written), then the import planned with it.
    fn submit_mapping(&mut self) -> Option<Effect> {
        let view = self.mapping.as_mut()?;
        view.error = None;
        view.refresh();
        if view.account.is_none() {
            view.error = Some((Field::Account, t::needs_account().to_owned()));
        }
        let name = view.save_as.text().trim().to_owned();
        if let Err(e) = clean::field(CleanField::Name, &name) {
            view.error = Some((Field::SaveAs, e.to_string()));
        }
        if let Some((field, error)) = view.error.clone() {
            view.focus = field;
            self.say(t::fix_first(&error), true);
            return None;
        }
        let account = view.account?;
        let mapping = Box::new(view.mapping(&self.accounts));
        Some(Effect::PlanMapped { path: view.path.clone(), mapping, account, apart: Vec::new() })
    }

    /// The mapping for the import preview's commit: its name and mapping,
    /// when a name was typed.
    pub(super) fn mapping_to_save(&self) -> Option<(String, Box<Mapping>)> {
        let view = self.mapping.as_ref()?;
        let name = view.save_as.text().trim();
        (!name.is_empty()).then(|| (name.to_owned(), Box::new(view.mapping(&self.accounts))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::table::Row;

    fn sample(lines: &[&str]) -> Sample {
        let rows = lines
            .iter()
            .enumerate()
            .map(|(i, l)| Row { line: i + 1, cells: l.split(',').map(str::to_owned).collect() })
            .collect();
        Sample { encoding: "UTF-8", rows }
    }

    #[test]
    fn the_screen_starts_from_the_guess_and_reads_the_first_rows() {
        let s = sample(&["交易日期,借方金额,贷方金额,对方户名", "03/10/2026,18.00,,咖啡店", "10/10/2026,,5000,某公司"]);
        let v = MappingView::new(PathBuf::from("b.csv"), s, Some(1));
        assert_eq!(v.columns, [Some(0), None, Some(1), Some(2), None, Some(3), None, None, None]);
        assert_eq!(v.date_format, Some("%d/%m/%Y"));
        assert_eq!(v.error, None);
        let date = NaiveDate::from_ymd_opt(2026, 10, 3).unwrap();
        assert_eq!(v.readings[0], (2, Reading::Read { date, amount: -1800, payee: "咖啡店".into() }));
        assert!(matches!(v.readings[1].1, Reading::Read { amount: 500_000, .. }));
    }

    #[test]
    fn a_column_chosen_twice_is_wrong_at_the_later_field() {
        let s = sample(&["Date,Amount,Description", "2026-10-03,-18.50,Metro"]);
        let mut v = MappingView::new(PathBuf::from("b.csv"), s, Some(1));
        v.focus = Field::Column(MapField::Note);
        v.step(&[1], true); // note: Date (twice)
        let (field, error) = v.error.clone().expect("an error");
        assert_eq!(field, Field::Column(MapField::Note));
        assert!(error.contains("mapped twice"), "{error}");
        // Amount to none: the amount is wanted.
        v.step(&[1], false);
        assert_eq!(v.error, None);
        v.focus = Field::Column(MapField::Amount);
        v.step(&[1], false);
        v.step(&[1], false);
        assert_eq!(v.column(MapField::Amount), None);
        assert_eq!(v.error.as_ref().map(|e| e.0), Some(Field::Column(MapField::Amount)));
        // A debit column lets go of the amount.
        v.focus = Field::Column(MapField::Debit);
        v.step(&[1], true);
        v.step(&[1], true);
        assert_eq!((v.column(MapField::Debit), v.column(MapField::Amount)), (Some(1), None));
        v.focus = Field::Column(MapField::Amount);
        v.step(&[1], true);
        assert_eq!((v.column(MapField::Debit), v.column(MapField::Amount)), (None, Some(0)));
    }
}
