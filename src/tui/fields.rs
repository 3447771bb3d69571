//! A small form over one of the CLI's commands: labelled fields (typed
//! text, or a choice picked with ←/→) that become the command's words
//! (`budget set 餐饮 1200 --rollover`), run by the CLI's own parser and
//! handlers like a `:` line. So a form and the command line accept and
//! refuse the same input with the same words; a refusal is shown next to
//! the field it names, and nothing is written. No drawing, no SQL.

use super::action::{Effect, TextAction};
use super::app::{App, Mode};
use super::form::LineEdit;
use super::sheet::SheetKind;
use crate::text;

/// How a field's value becomes words of the command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arg {
    /// One word in its place (a name, an amount); required.
    Word,
    /// `--flag VALUE`, left out when the value is empty.
    Flag(&'static str),
    /// The value is itself words (`--rollover`), or nothing.
    Words,
    /// One word in its place, whatever spaces it holds (a path), or nothing.
    Optional,
}

/// What a field holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Text(LineEdit),
    /// One of these: (the value the command takes, what the reader sees),
    /// and which is chosen.
    Choice(Vec<(String, String)>, usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub label: &'static str,
    /// What to type here, shown under the fields while it has the focus.
    pub hint: String,
    pub arg: Arg,
    pub input: Input,
    /// A flag the command needs: left empty, it is named here before anything runs.
    pub required: bool,
}

impl Field {
    pub fn text(label: &'static str, arg: Arg, value: &str, hint: impl Into<String>) -> Field {
        Field { label, hint: hint.into(), arg, input: Input::Text(LineEdit::with(value)), required: false }
    }

    /// The command cannot do without it.
    pub fn required(self) -> Field {
        Field { required: true, ..self }
    }

    /// A choice of `options`, starting at the one whose value is `value` (else the first).
    pub fn choice(label: &'static str, arg: Arg, options: Vec<(String, String)>, value: &str) -> Field {
        let at = options.iter().position(|(v, _)| v == value).unwrap_or(0);
        Field {
            label,
            hint: text::screens::hint_choose().into(),
            arg,
            input: Input::Choice(options, at),
            required: false,
        }
    }

    /// The value as the command gets it.
    pub fn value(&self) -> &str {
        match &self.input {
            Input::Text(e) => e.text().trim(),
            Input::Choice(options, at) => options.get(*at).map_or("", |(v, _)| v.as_str()),
        }
    }

    /// The value as the reader sees it.
    pub fn shown(&self) -> &str {
        match &self.input {
            Input::Text(e) => e.text(),
            Input::Choice(options, at) => options.get(*at).map_or("", |(_, s)| s.as_str()),
        }
    }
}

/// Where the form goes back to when it is done or cancelled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Back {
    Tab,
    Sheet(SheetKind),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldsForm {
    pub title: String,
    /// The command's first words (`budget`, `set`).
    pub command: Vec<String>,
    pub fields: Vec<Field>,
    pub focus: usize,
    /// Refusals: the field each names (or none: the form's as a whole).
    pub errors: Vec<(Option<usize>, String)>,
    pub back: Back,
    /// The focused field holds its whole value, untouched: typing replaces it.
    pub fresh: bool,
    /// Something was typed or erased: Ctrl-C asks before quitting.
    pub typed: bool,
    /// Ctrl-C was pressed once over typed input; a second press quits.
    pub quit_asked: bool,
    /// Sent to the command line and waiting for its answer.
    pub running: bool,
    /// (a choice of format, a file name): the name's extension follows the
    /// format chosen, until the name is typed into.
    pub extension_of: Option<(usize, usize)>,
    /// A reconciliation of this account: its first field the statement's
    /// balance, its second the day; sent to `ops::worth::reconcile` (which
    /// writes only on a match) rather than run as words, so a difference
    /// can be shown as rows and recorded with one key.
    pub reconcile: Option<i64>,
}

impl FieldsForm {
    pub fn new(title: String, command: &[&str], fields: Vec<Field>, back: Back) -> FieldsForm {
        FieldsForm {
            title,
            command: command.iter().map(|w| (*w).to_owned()).collect(),
            fields,
            focus: 0,
            errors: Vec::new(),
            back,
            fresh: true,
            typed: false,
            quit_asked: false,
            running: false,
            extension_of: None,
            reconcile: None,
        }
    }

    /// The file name's extension after the format chosen (csv, json, or
    /// `journal` for ledger), while the name is as the form made it.
    fn follow_format(&mut self) {
        let Some((choice, file)) = self.extension_of else { return };
        let ext = match self.fields[choice].value() {
            "ledger" => "journal",
            other => other,
        }
        .to_owned();
        if let Input::Text(e) = &mut self.fields[file].input {
            let name = e.text();
            let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
            *e = LineEdit::with(&format!("{stem}.{ext}"));
        }
    }

    /// The command's words; a required field left empty is refused here,
    /// named, before anything runs.
    pub fn words(&self) -> Result<Vec<String>, Vec<(Option<usize>, String)>> {
        let mut words = self.command.clone();
        let mut missing = Vec::new();
        for (i, f) in self.fields.iter().enumerate() {
            let v = f.value();
            match f.arg {
                Arg::Word if v.is_empty() => missing.push((Some(i), text::screens::needed().to_owned())),
                Arg::Word => words.push(v.to_owned()),
                Arg::Flag(_) if v.is_empty() && f.required => {
                    missing.push((Some(i), text::screens::needed().to_owned()))
                }
                Arg::Flag(_) if v.is_empty() => {}
                Arg::Flag(flag) => words.extend([flag.to_owned(), v.to_owned()]),
                Arg::Words => words.extend(v.split_whitespace().map(str::to_owned)),
                Arg::Optional if v.is_empty() => {}
                Arg::Optional => words.push(v.to_owned()),
            }
        }
        if missing.is_empty() { Ok(words) } else { Err(missing) }
    }

    /// The field a refusal names: by its flag (`--amount: …`), else by the
    /// value typed there, quoted as the messages quote it; else none.
    pub fn field_named(&self, message: &str) -> Option<usize> {
        let by_flag = self.fields.iter().position(|f| match f.arg {
            Arg::Flag(flag) => message.contains(&format!("{flag}:")) || message.contains(&format!("'{flag}")),
            Arg::Word | Arg::Words | Arg::Optional => false,
        });
        by_flag
            .or_else(|| {
                self.fields.iter().position(|f| {
                    let v = f.value();
                    !v.is_empty()
                        && [format!("'{v}'"), format!("“{v}”"), format!("\"{v}\""), format!("'{v}")]
                            .iter()
                            .any(|q| message.contains(q.as_str()))
                })
            })
            // Last, a longer value named unquoted (a file's path).
            .or_else(|| self.fields.iter().position(|f| f.value().chars().count() >= 4 && message.contains(f.value())))
    }

    fn focused(&mut self) -> &mut Field {
        &mut self.fields[self.focus]
    }

    fn step(&mut self, forward: bool) {
        let n = self.fields.len();
        self.focus = if forward { (self.focus + 1) % n } else { (self.focus + n - 1) % n };
        self.fresh = true;
    }

    fn type_char(&mut self, c: char) {
        let fresh = std::mem::take(&mut self.fresh);
        match &mut self.focused().input {
            Input::Text(e) => {
                if fresh {
                    *e = LineEdit::default();
                }
                e.insert(c);
                self.typed = true;
                if self.extension_of.is_some_and(|(_, file)| file == self.focus) {
                    self.extension_of = None;
                }
            }
            // A letter picks the next choice it starts (in the reader's words or the command's).
            Input::Choice(options, at) => {
                let lower: String = c.to_lowercase().collect();
                let starts = |(v, s): &(String, String)| v.starts_with(&lower) || s.to_lowercase().starts_with(&lower);
                let n = options.len();
                if let Some(next) = (1..=n).map(|k| (*at + k) % n).find(|&i| starts(&options[i])) {
                    *at = next;
                    self.follow_format();
                }
            }
        }
    }

    /// ←/→ on a choice; on text they move the caret.
    fn sideways(&mut self, right: bool) {
        self.fresh = false;
        match &mut self.focused().input {
            Input::Text(e) => {
                if right {
                    e.right();
                } else {
                    e.left();
                }
            }
            Input::Choice(options, at) => {
                let n = options.len().max(1);
                *at = if right { (*at + 1) % n } else { (*at + n - 1) % n };
                self.follow_format();
            }
        }
    }

    fn edit(&mut self, f: impl FnOnce(&mut LineEdit)) {
        self.fresh = false;
        if let Input::Text(e) = &mut self.fields[self.focus].input {
            let before = e.text().len();
            f(e);
            self.typed |= e.text().len() != before;
        }
    }

    /// Ctrl-U: the focused text field emptied.
    pub fn clear(&mut self) {
        self.edit(|e| *e = LineEdit::default());
    }
}

/// `X`: the ledger out to a file, as `export` writes it: the format, the
/// days (empty: all), the file (a name alone goes in the folder nestegg
/// was started from), and whether an existing file may be replaced (no,
/// unless chosen: it is never replaced without asking).
pub fn export_form(today: chrono::NaiveDate) -> FieldsForm {
    use crate::text::screens as w;
    let formats = vec![
        ("csv".to_owned(), w::format_csv().to_owned()),
        ("json".to_owned(), "JSON".to_owned()),
        ("ledger".to_owned(), w::format_ledger().to_owned()),
    ];
    let replace =
        vec![(String::new(), w::replace_no().to_owned()), ("--force".to_owned(), w::replace_yes().to_owned())];
    let mut form = FieldsForm::new(
        w::title_export().into(),
        &["export"],
        vec![
            Field::choice(w::l_format(), Arg::Flag("--format"), formats, "csv"),
            Field::text(w::l_from_day(), Arg::Flag("--from"), "", w::hint_day_or_empty()),
            Field::text(w::l_to_day(), Arg::Flag("--to"), "", w::hint_day_or_empty()),
            Field::text(w::l_file(), Arg::Flag("--out"), &format!("nestegg-{today}.csv"), w::hint_file()).required(),
            Field::choice(w::l_replace(), Arg::Words, replace, ""),
        ],
        Back::Tab,
    );
    form.extension_of = Some((0, 3));
    form
}

/// `B`: a backup, as `backup` makes it: the file, or left empty (the
/// default, shown under it) a new one in `backups/` beside the ledger named
/// by the day and time, so a second backup on one day needs no name. A
/// backup never replaces a file.
pub fn backup_form(ledger: Option<&std::path::Path>) -> FieldsForm {
    use crate::text::screens as w;
    let default = ledger.map_or(String::new(), |l| {
        let stem = l.file_stem().map_or("ledger".into(), |s| s.to_string_lossy().into_owned());
        let dir = l.parent().unwrap_or(std::path::Path::new(".")).join("backups");
        dir.join(format!("{stem}-YYYY-MM-DD-HHMMSS.db")).display().to_string()
    });
    FieldsForm::new(
        w::title_backup().into(),
        &["backup"],
        vec![Field::text(w::l_file(), Arg::Optional, "", w::hint_backup(&default))],
        Back::Tab,
    )
}

/// A command's output in the status line: its lines joined.
fn one_line(output: &str) -> String {
    output.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join(" · ")
}

impl App {
    /// Opens `form` over what is shown.
    pub(super) fn open_fields(&mut self, form: FieldsForm) {
        self.fields = Some(form);
        self.mode = Mode::Fields;
    }

    pub(super) fn update_fields(&mut self, action: TextAction) -> Option<Effect> {
        let form = self.fields.as_mut()?;
        if form.running {
            return None;
        }
        form.quit_asked = false;
        match action {
            TextAction::Input(c) => form.type_char(c),
            TextAction::Backspace => form.edit(LineEdit::backspace),
            TextAction::DeleteChar => form.edit(LineEdit::delete),
            TextAction::Left | TextAction::Right => form.sideways(action == TextAction::Right),
            TextAction::Home => form.edit(LineEdit::home),
            TextAction::End => form.edit(LineEdit::end),
            TextAction::NextField | TextAction::Down => form.step(true),
            TextAction::PrevField | TextAction::Up => form.step(false),
            TextAction::Submit => match form.words() {
                Ok(words) => {
                    form.errors.clear();
                    form.running = true;
                    if let Some(account) = form.reconcile {
                        let (amount, date) = (form.fields[0].value(), form.fields[1].value());
                        return Some(Effect::Reconcile {
                            account,
                            amount: amount.to_owned(),
                            date: date.to_owned(),
                            adjust: false,
                        });
                    }
                    return Some(Effect::RunWords(words));
                }
                Err(missing) => {
                    form.focus = missing[0].0.unwrap_or(0);
                    form.errors = missing;
                    return None;
                }
            },
        }
        form.errors.clear();
        None
    }

    /// Closes the form, back to the screen it was opened from.
    pub(super) fn close_fields(&mut self) -> Option<Effect> {
        let form = self.fields.take()?;
        match form.back {
            Back::Sheet(kind) if self.sheet.as_ref().is_some_and(|s| s.kind == kind) => {
                self.mode = Mode::Sheet;
                Some(Effect::LoadSheet(kind))
            }
            _ => {
                self.mode = Mode::Browse;
                None
            }
        }
    }

    /// What a form's command, or a screen key's, did.
    pub(super) fn words_ran(&mut self, ran: crate::cli::inside::Ran) -> Option<Effect> {
        if self.fields.as_ref().is_some_and(|f| f.running) {
            return self.fields_ran(ran);
        }
        let said = one_line(&ran.output);
        self.say(said, !ran.ok);
        self.stale = true;
        match &self.sheet {
            Some(s) if self.mode == Mode::Sheet => Some(Effect::LoadSheet(s.kind)),
            _ => Some(Effect::LoadLookups),
        }
    }

    /// What the form's command did: done, it closes and says so; refused,
    /// it stays with the refusal next to the field it names.
    pub(super) fn fields_ran(&mut self, ran: crate::cli::inside::Ran) -> Option<Effect> {
        if ran.ok {
            let said = one_line(&ran.output);
            self.stale = true;
            let back = self.close_fields();
            self.say(said, false);
            return back.or(Some(Effect::LoadLookups));
        }
        let form = self.fields.as_mut()?;
        form.running = false;
        // clap's own refusals end with a usage line and a pointer to --help: only their first line.
        let message = ran.output.lines().find(|l| !l.trim().is_empty()).unwrap_or("").trim();
        let message = message.strip_prefix("error: ").unwrap_or(message).to_owned();
        let at = form.field_named(&message);
        let mut message = message;
        if let Some(i) = at {
            form.focus = i;
            form.fresh = false;
            // Under its field, the flag the command line would name goes without saying.
            if let Arg::Flag(flag) = form.fields[i].arg {
                if let Some(rest) = message.strip_prefix(&format!("{flag}: ")) {
                    message = rest.to_owned();
                }
            }
        }
        form.errors = vec![(at, message)];
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> FieldsForm {
        let options = vec![("".to_owned(), "as before".to_owned()), ("--rollover".to_owned(), "yes".to_owned())];
        FieldsForm::new(
            "t".into(),
            &["budget", "set"],
            vec![
                Field::text("Category", Arg::Word, "food", ""),
                Field::text("Amount", Arg::Word, "", ""),
                Field::text("From", Arg::Flag("--from"), "", ""),
                Field::choice("Rollover", Arg::Words, options, "--rollover"),
            ],
            Back::Tab,
        )
    }

    #[test]
    fn fields_become_the_commands_words_and_an_empty_required_one_is_named() {
        let mut f = form();
        assert_eq!(f.words(), Err(vec![(Some(1), text::screens::needed().to_owned())]));
        f.fields[1].input = Input::Text(LineEdit::with(" 1200 "));
        assert_eq!(f.words().unwrap(), ["budget", "set", "food", "1200", "--rollover"]);
        f.fields[2].input = Input::Text(LineEdit::with("2027-01"));
        f.fields[3].input = Input::Choice(vec![("".into(), "".into())], 0);
        assert_eq!(f.words().unwrap(), ["budget", "set", "food", "1200", "--from", "2027-01"]);
    }

    #[test]
    fn a_refusal_goes_to_the_field_it_names() {
        let mut f = form();
        f.fields[1].input = Input::Text(LineEdit::with("abc"));
        f.fields[2].input = Input::Text(LineEdit::with("2027-13"));
        assert_eq!(f.field_named("--from: not a month: 2027-13"), Some(2));
        assert_eq!(f.field_named("'abc' is not an amount"), Some(1));
        assert_eq!(f.field_named("没有类别“food”"), Some(0));
        assert_eq!(f.field_named("the ledger is busy"), None);
    }

    #[test]
    fn typing_replaces_a_fresh_value_and_a_letter_picks_a_choice() {
        let mut f = form();
        f.type_char('r');
        assert_eq!(f.fields[0].value(), "r");
        f.step(true);
        f.step(true);
        f.step(true);
        f.type_char('a');
        assert_eq!(f.fields[3].value(), "");
        f.sideways(true);
        assert_eq!(f.fields[3].value(), "--rollover");
    }
}
