//! The user's own files under the platform config directory
//! (`~/.config/nestegg` on Linux): today the city profiles that add to or
//! correct the shipped ones. Reading them is I/O at the edge, shared by the
//! CLI and the interface; what they mean is decided in the pure core.

use std::path::PathBuf;

use crate::relocation::cities::{self, City};

/// Where the user's `cities.toml` lives (it need not exist).
pub fn cities_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "nestegg").map(|d| d.config_dir().join("cities.toml"))
}

/// The shipped cities merged with the user's own file, if there is one; an
/// unreadable or broken file is an error naming it, its line and field.
pub fn load_cities() -> Result<Vec<City>, String> {
    let shipped = cities::shipped();
    let Some(path) = cities_path() else { return Ok(shipped) };
    match std::fs::read_to_string(&path) {
        Ok(text) => {
            let user = cities::parse(&text, &path.display().to_string()).map_err(|e| e.to_string())?;
            Ok(cities::merge(shipped, user))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(shipped),
        Err(e) => Err(format!("cannot read {}: {e}", path.display())),
    }
}
