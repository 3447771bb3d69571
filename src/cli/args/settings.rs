//! Clap definitions of `config` and `completions`: commands that need no ledger.

use clap::{Args, Subcommand, ValueEnum};

#[derive(Debug, Args)]
pub struct ConfigArgs {
    #[command(subcommand)]
    pub command: Option<ConfigCommand>,
}

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print where the settings file is (it need not exist yet)
    Path,
    /// Every setting, its value and where the value comes from (the default)
    Show,
    /// Change one setting (the file is made when missing; comments are kept)
    #[command(after_help = "Keys: language (en|zh), currency (ISO code), account (name), \
        week_start (monday…sunday), month_start (1–28), baseline_months (1–120), \
        theme (default|high-contrast|none)\n\nExamples:\n  nestegg config set language zh\n  \
        nestegg config set month_start 10")]
    Set {
        /// language, currency, account, week_start, month_start, baseline_months or theme
        key: String,
        /// Its new value
        value: String,
    },
    /// Put one setting back to its default
    Unset {
        /// The setting to take back to its default
        key: String,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    En,
    Zh,
}
