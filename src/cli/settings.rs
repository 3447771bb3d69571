//! `config` and `completions`, the commands that need no ledger, and the
//! start of every run: the settings read once, the language chosen
//! (`--lang`, else the file, else the locale).

use std::io::Write;

use clap::CommandFactory;

use super::args::{Cli, ConfigArgs, ConfigCommand, LangArg, Shell};
use super::{CliError, Result};
use crate::config::{self, Settings, settings};
use crate::text::{self, Lang};

/// Where the language came from, for `config show`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LangSource {
    Flag,
    File,
    Locale,
}

/// What a run starts from.
#[derive(Debug, Clone)]
pub struct Start {
    pub settings: Settings,
    pub lang: Lang,
    pub lang_source: LangSource,
    /// Problems with the settings file, already in the chosen language.
    pub warning: Option<String>,
}

impl Default for Start {
    /// The defaults in English, as if no file and no locale said otherwise.
    fn default() -> Self {
        Start { settings: Settings::default(), lang: Lang::En, lang_source: LangSource::Locale, warning: None }
    }
}

impl Start {
    /// The months the settings ask for (`month_start`, checked on reading).
    pub fn cycle(&self) -> crate::model::Cycle {
        crate::model::Cycle::new(self.settings.month_start).unwrap_or_default()
    }
}

/// The settings file as read, and whether something is wrong with it.
pub struct SettingsFile {
    settings: Settings,
    problems: Option<config::settings::Problems>,
}

impl SettingsFile {
    /// Reads it: once as the program starts (the help's language is chosen
    /// from it before the arguments are parsed), afresh for each `:` line.
    pub fn read() -> SettingsFile {
        let (settings, problems) = config::load_settings();
        SettingsFile { settings, problems }
    }

    /// The language it asks for, if any.
    pub fn language(&self) -> Option<Lang> {
        self.settings.language
    }
}

/// Reads the settings and picks the language; `locale` is (`LC_ALL`, `LANG`).
pub fn start(cli: &Cli, locale: (Option<&str>, Option<&str>)) -> Start {
    start_with(cli, SettingsFile::read(), locale)
}

/// [`start`] with the settings file already read.
pub fn start_with(cli: &Cli, file: SettingsFile, locale: (Option<&str>, Option<&str>)) -> Start {
    let SettingsFile { settings, problems } = file;
    let (lang, lang_source) = pick_lang(cli.lang, settings.language, locale);
    // Problems are worded as the file is read: when there are any, it is
    // read again in the language now known.
    let warning = problems.and_then(|_| text::in_lang(lang, || config::load_settings().1.map(|p| p.message())));
    Start { settings, lang, lang_source, warning }
}

/// The language: the `--lang` flag's, else the settings file's, else the
/// locale's (`LC_ALL`, `LANG`); and where it came from.
pub(super) fn pick_lang(
    flag: Option<LangArg>,
    file: Option<Lang>,
    locale: (Option<&str>, Option<&str>),
) -> (Lang, LangSource) {
    match (flag, file) {
        (Some(LangArg::En), _) => (Lang::En, LangSource::Flag),
        (Some(LangArg::Zh), _) => (Lang::Zh, LangSource::Flag),
        (None, Some(l)) => (l, LangSource::File),
        (None, None) => (Lang::from_locale(locale.0, locale.1), LangSource::Locale),
    }
}

/// `nestegg config [path|show|set|unset]`.
pub fn config(a: &ConfigArgs, start: &Start, out: &mut dyn Write) -> Result<()> {
    let path = || config::settings_path().ok_or_else(|| CliError::Usage(text::settings::no_config_dir().into()));
    match a.command.as_ref().unwrap_or(&ConfigCommand::Show) {
        ConfigCommand::Path => writeln!(out, "{}", path()?.display())?,
        ConfigCommand::Show => show(&path()?, start, out)?,
        ConfigCommand::Set { key, value } => {
            // A home city is one the planner knows, kept by its Chinese name.
            let value = match key.as_str() {
                "home_city" => home_city(value)?,
                _ => value.clone(),
            };
            let file = config::change_setting(key, Some(&value)).map_err(CliError::Usage)?;
            let (now, _) = config::load_settings();
            let value = settings::value_of(&now, key).unwrap_or_default();
            writeln!(out, "{}", text::settings::set_done(key, &value, file.display()))?;
        }
        ConfigCommand::Unset { key } => {
            config::change_setting(key, None).map_err(CliError::Usage)?;
            let value = settings::value_of(&Settings::default(), key).unwrap_or_else(|| text::settings::unset().into());
            writeln!(out, "{}", text::settings::unset_done(key, &value))?;
        }
    }
    Ok(())
}

/// The city `typed` names among the reference cities (and the user's own),
/// as the setting keeps it; `custom` as it is.
fn home_city(typed: &str) -> Result<String> {
    let t = typed.trim();
    if t.eq_ignore_ascii_case(settings::CUSTOM_CITY) || t == "自定义" {
        return Ok(settings::CUSTOM_CITY.into());
    }
    if t.is_empty() {
        return Err(CliError::Usage(text::settings::bad_home_city().into()));
    }
    let cities = config::load_cities().map_err(CliError::Usage)?;
    let none = || CliError::Usage(text::settings::no_such_city(t));
    Ok(super::relocate::pick_city(t, &cities, none)?.key().to_owned())
}

/// One setting as `config show` and the interface's settings screen show
/// it: its key, what it is for, its value (`None`: unset) and where the
/// value comes from, in the reader's words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SettingRow {
    pub key: &'static str,
    pub about: &'static str,
    pub value: Option<String>,
    pub source: &'static str,
}

/// Every setting, in the file's order, as read from `path` under `start`.
pub fn rows(path: &std::path::Path, start: &Start) -> Vec<SettingRow> {
    let text_of_file =
        crate::files::read_text_if_there(path, crate::files::SETTINGS_MAX_BYTES).ok().flatten().unwrap_or_default();
    let in_file = text_of_file.parse::<toml::Table>().ok();
    let (_, problems) = settings::parse(&text_of_file);
    let refused = |key: &str| problems.iter().any(|p| p.key.as_deref() == Some(key));
    settings::KEYS
        .iter()
        .map(|&key| {
            let about = match key {
                "language" => text::settings::about_language(),
                "currency" => text::settings::about_currency(),
                "account" => text::settings::about_account(),
                "week_start" => text::settings::about_week_start(),
                "month_start" => text::settings::about_month_start(),
                "baseline_months" => text::settings::about_baseline_months(),
                "home_city" => text::settings::about_home_city(),
                "home_cost_index" => text::settings::about_home_cost_index(),
                "pension_rate" => text::settings::about_pension_rate(),
                "medical_rate" => text::settings::about_medical_rate(),
                "unemployment_rate" => text::settings::about_unemployment_rate(),
                "housing_fund_rate" => text::settings::about_housing_fund_rate(),
                "special_deductions" => text::settings::about_special_deductions(),
                "savings_goal" => text::settings::about_savings_goal(),
                _ => text::settings::about_theme(),
            };
            let (value, source) = if key == "language" {
                let source = match start.lang_source {
                    LangSource::Flag => text::settings::from_flag(),
                    LangSource::File => text::settings::from_file(),
                    LangSource::Locale => text::settings::from_locale(),
                };
                (Some(start.lang.code().to_owned()), source)
            } else {
                let value = settings::value_of(&start.settings, key);
                let set = in_file.as_ref().is_some_and(|t| t.contains_key(key));
                let source = match (set, refused(key)) {
                    (true, true) => text::settings::refused_in_file(),
                    (true, false) => text::settings::from_file(),
                    (false, _) => text::settings::from_default(),
                };
                (value, source)
            };
            SettingRow { key, about, value, source }
        })
        .collect()
}

/// Each key as the file would write it, with where its value comes from.
fn show(path: &std::path::Path, start: &Start, out: &mut dyn Write) -> Result<()> {
    let exists = if path.exists() { "" } else { text::settings::file_missing() };
    writeln!(out, "# {}{exists}", path.display())?;
    for SettingRow { key, about, value, source } in rows(path, start) {
        match value {
            Some(v) if matches!(key, "month_start" | "baseline_months" | "home_cost_index") => {
                writeln!(out, "# {about}\n{key} = {v}  # {source}")?
            }
            Some(v) => writeln!(out, "# {about}\n{key} = \"{v}\"  # {source}")?,
            None => writeln!(out, "# {about}\n# {key} = …  # {}", text::settings::unset())?,
        }
    }
    // What was wrong with the file, where `show` is where one looks for it.
    if let Some(warning) = &start.warning {
        writeln!(out)?;
        for line in warning.lines() {
            writeln!(out, "# {line}")?;
        }
    }
    Ok(())
}

/// `nestegg completions bash|zsh|fish`: the script on stdout.
pub fn completions(shell: Shell, out: &mut dyn Write) -> Result<()> {
    let shell = match shell {
        Shell::Bash => clap_complete::Shell::Bash,
        Shell::Zsh => clap_complete::Shell::Zsh,
        Shell::Fish => clap_complete::Shell::Fish,
    };
    // Into memory first: clap_complete panics when its writer fails, and a
    // reader that stops early (`| head`) is not a failure.
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "nestegg", &mut script);
    out.write_all(&script)?;
    Ok(())
}
