//! The user's own files under the platform config directory
//! (`~/.config/nestegg` on Linux): the settings (`config.toml`), the city
//! profiles that add to or correct the shipped ones, and the payee rules. Reading them is I/O at the edge, shared by the
//! CLI and the interface; what they mean is decided in the pure core.

use std::path::{Path, PathBuf};

use crate::files::WriteError;
use crate::relocation::cities::{self, City};
use crate::text;

pub mod settings;

pub use settings::{Settings, Theme};

/// Where the user's `cities.toml` lives (it need not exist).
pub fn cities_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "nestegg").map(|d| d.config_dir().join("cities.toml"))
}

/// The shipped cities merged with the user's own file, if there is one; an
/// unreadable or broken file is an error naming it, its line and field.
pub fn load_cities() -> Result<Vec<City>, String> {
    let shipped = cities::shipped();
    let Some(path) = cities_path() else { return Ok(shipped) };
    match read_settings_file(&path)? {
        Some(text) => {
            let user = cities::parse(&text, &path.display().to_string()).map_err(|e| e.to_string())?;
            Ok(cities::merge(shipped, user))
        }
        None => Ok(shipped),
    }
}

/// Where the user's payee rules for imports live (it need not exist).
pub fn rules_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "nestegg").map(|d| d.config_dir().join("rules.toml"))
}

/// The user's payee rules; none when the file does not exist.
pub fn load_rules() -> Result<crate::import::rules::Rules, String> {
    let Some(path) = rules_path() else { return Ok(Default::default()) };
    match read_settings_file(&path)? {
        Some(text) => crate::import::rules::Rules::parse(&text, &path.display().to_string()),
        None => Ok(Default::default()),
    }
}

/// A file of the config folder as text; `None` when it is not there. Only
/// a regular file of at most [`crate::files::SETTINGS_MAX_BYTES`] is read:
/// a named pipe or a device in its place is refused, never waited on.
fn read_settings_file(path: &Path) -> Result<Option<String>, String> {
    crate::files::read_text_if_there(path, crate::files::SETTINGS_MAX_BYTES)
}

/// Puts a rule sending `payee` to `category` at the top of the rules file,
/// so it wins over older rules (the first match wins); the file is created
/// private (0600) when missing, and replaced whole. Returns its path.
pub fn add_rule(payee: &str, category: &str) -> Result<PathBuf, String> {
    let path = rules_path().ok_or("cannot find a config directory for rules.toml")?;
    add_rule_to(&path, payee, category)?;
    Ok(path)
}

/// [`add_rule`] on the rules file at `path`. The file as it would be is
/// read back with nestegg's own reader first, so nestegg never writes a
/// rules file that it (and so every later import) would refuse: a rule
/// with no payee is refused, and so is adding to a file that is already
/// broken (its problem is named, to be fixed first).
pub fn add_rule_to(path: &Path, payee: &str, category: &str) -> Result<(), String> {
    use crate::import::rules::{Rules, rule_entry};
    let file = path.display().to_string();
    let old = read_settings_file(path)?.unwrap_or_default();
    // A byte-order mark belongs at the very start, not after the new rule.
    let old = old.strip_prefix('\u{feff}').unwrap_or(&old);
    Rules::parse(old, &file).map_err(|e| text::files::rules_broken(&e))?;
    let text = format!("{}{old}", rule_entry(payee, category)?);
    Rules::parse(&text, &file).map_err(|e| text::files::rule_would_not_read(&e))?;
    write_private(path, &text).map_err(|e| worded(path, e, |e| format!("cannot write {file}: {e}")))
}

/// Writes `text` as the whole of `path`: a private (0600) file in a private
/// folder, made beside it and renamed over it, so a reader never sees half
/// ([`files::Replacement`]); a symbolic link at `path` is written through.
fn write_private(path: &Path, text: &str) -> Result<(), WriteError> {
    if let Some(dir) = path.parent() {
        crate::files::create_private_dir(dir)?;
    }
    crate::files::replace_private(path, text.as_bytes())
}

/// A failed write as the user reads it: a protected place says why itself.
fn worded(path: &Path, e: WriteError, io: impl FnOnce(std::io::Error) -> String) -> String {
    match e {
        WriteError::Protected(p) => crate::files::Protected { path: path.to_owned(), ..p }.to_string(),
        WriteError::Io(e) => io(e),
    }
}

/// Where the user's settings live (`~/.config/nestegg/config.toml`).
pub fn settings_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "nestegg").map(|d| d.config_dir().join("config.toml"))
}

/// The settings, and what was wrong with the file: then the bad keys (or,
/// for a file that cannot be read or is not TOML, all of them) keep their
/// defaults and the program goes on.
pub fn load_settings() -> (Settings, Option<settings::Problems>) {
    let Some(path) = settings_path() else { return (Settings::default(), None) };
    let file = path.display().to_string();
    let text = match read_settings_file(&path) {
        Ok(Some(text)) => text,
        Ok(None) => return (Settings::default(), None),
        Err(error) => return (Settings::default(), Some(settings::Problems::Unreadable { file, error })),
    };
    let (settings, problems) = settings::parse(&text);
    (settings, (!problems.is_empty()).then_some(settings::Problems::Bad { file, problems }))
}

/// Changes one key in the settings file (made when missing), keeping the
/// rest of it as it was; `None` for `value` removes the key. Returns the path.
pub fn change_setting(key: &str, value: Option<&str>) -> Result<PathBuf, String> {
    let path = settings_path().ok_or_else(|| crate::text::settings::no_config_dir().to_owned())?;
    let old = read_settings_file(&path)?.unwrap_or_default();
    let new = match value {
        Some(v) => settings::set_in(&old, key, v),
        None => settings::unset_in(&old, key),
    }
    .map_err(|e| format!("{}: {e}", path.display()))?;
    // Read back before it is written: the key must come out as it was set.
    let mut expected = Settings::default();
    if let Some(v) = value {
        settings::apply(&mut expected, key, v)?;
    }
    let (read, _) = settings::parse(&new);
    if settings::value_of(&read, key) != settings::value_of(&expected, key) {
        return Err(text::files::setting_would_not_read(path.display(), key));
    }
    write_private(&path, &new)
        .map_err(|e| worded(&path, e, |e| crate::text::settings::cannot_write(path.display(), e)))?;
    Ok(path)
}
