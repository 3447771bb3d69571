//! The command line's help in the reader's language. clap holds the help in
//! English (`args.rs`: the contract, and what `--lang en` shows); for
//! Chinese, every text of the built command tree (abouts, each flag's
//! help, the texts after a command's help, and clap's own lines for
//! `--help`, `--version` and `help`) is looked up in `text::help` and the
//! headings come from a template of Chinese words. Parsing is the same
//! tree either way: only the words change.
//!
//! The language is known before the arguments are parsed (`--help` prints
//! while parsing): [`lang_before_parse`] reads `--lang` from the raw
//! arguments, then the settings file, then the locale, as
//! [`super::start`] does after parsing.

use std::ffi::OsString;

use clap::builder::{PossibleValue, StyledStr};
use clap::{Arg, Command, CommandFactory, FromArgMatches, Parser};

use super::args::{Cli, LangArg};
use crate::text::{self, Lang};

/// The command tree, with its help in `lang`.
pub fn command(lang: Lang) -> Command {
    let mut cmd = Cli::command();
    if lang == Lang::En {
        return cmd;
    }
    // Built first, so clap's own `--help`, `--version` and `help` are there to word.
    cmd.build();
    in_chinese(cmd)
}

/// Parses `argv` (the program's name first) as `Cli::parse` does: help,
/// version and errors are printed and the process exits.
pub fn parse(argv: Vec<OsString>, lang: Lang) -> Cli {
    try_parse(argv, lang).unwrap_or_else(|e| e.exit())
}

/// Parses `argv` as `Cli::try_parse_from` does, the help (and the usage in
/// an error) in `lang`. Arguments that parse never need the words: the
/// Chinese tree (about a millisecond to make) is made only to say something.
pub fn try_parse<T: Into<OsString> + Clone>(argv: impl IntoIterator<Item = T>, lang: Lang) -> Result<Cli, clap::Error> {
    let argv: Vec<T> = argv.into_iter().collect();
    let parsed = Cli::try_parse_from(argv.clone());
    match parsed {
        Err(_) if lang != Lang::En => {
            let matches = command(lang).try_get_matches_from(argv)?;
            Cli::from_arg_matches(&matches)
        }
        parsed => parsed,
    }
}

/// The language of the help, before the arguments are parsed: `--lang`
/// among them (as clap reads it: `--lang zh` or `--lang=zh`, before a `--`),
/// else the settings file's (`file`), else the locale's.
pub fn lang_before_parse(argv: &[OsString], file: Option<Lang>, locale: (Option<&str>, Option<&str>)) -> Lang {
    let mut words = argv.iter().skip(1).map(|w| w.to_string_lossy());
    let mut flag = None;
    while let Some(word) = words.next() {
        let value = match word.as_ref() {
            "--" => break,
            "--lang" => words.next().map(|v| v.into_owned()),
            w => w.strip_prefix("--lang=").map(str::to_owned),
        };
        if let Some(v) = value {
            flag = <LangArg as clap::ValueEnum>::from_str(&v, true).ok().or(flag);
        }
    }
    super::settings::pick_lang(flag, file, locale).0
}

/// `text` in Chinese when the table has it; else as it is.
fn word(text: &StyledStr) -> String {
    let en = text.to_string();
    text::help::zh(&en).map_or(en, str::to_owned)
}

fn in_chinese(mut cmd: Command) -> Command {
    if let Some(about) = cmd.get_about().map(word) {
        cmd = cmd.about(about);
    }
    if let Some(long) = cmd.get_long_about().map(word) {
        cmd = cmd.long_about(long);
    }
    if let Some(after) = cmd.get_after_help().map(word) {
        cmd = cmd.after_help(after);
    }
    let args: Vec<(String, Option<String>, Option<String>)> = cmd
        .get_arguments()
        .map(|a| (a.get_id().to_string(), a.get_help().map(word), a.get_long_help().map(word)))
        .collect();
    for (id, help, long) in args {
        cmd = cmd.mut_arg(id, |a| {
            let a = match help {
                Some(h) => a.help(h),
                None => a,
            };
            let a = match long {
                Some(l) => a.long_help(l),
                None => a,
            };
            tail_in_chinese(a)
        });
    }
    let template = template(&cmd);
    let names: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_owned()).collect();
    for name in names {
        cmd = cmd.mut_subcommand(name, in_chinese);
    }
    cmd.help_template(template)
}

/// What clap adds after an argument's help in English (`[default: …]`,
/// `[possible values: …]` or, in the long help, each value with its help,
/// `[env: …]`), said in Chinese instead: clap's own lines are hidden and
/// these written after the help, short and long.
fn tail_in_chinese(a: Arg) -> Arg {
    let mut short = Vec::new();
    let mut long = Vec::new();
    if a.get_action().takes_values() {
        let defaults: Vec<String> = a.get_default_values().iter().map(|d| d.to_string_lossy().into_owned()).collect();
        if !a.is_hide_default_value_set() && !defaults.is_empty() {
            let shown = defaults.iter().map(|d| if d.is_empty() { "\"\"".to_owned() } else { d.clone() });
            let default = text::help::default(&shown.collect::<Vec<_>>().join(", "));
            short.push(default.clone());
            long.push(default);
        }
        let values = a.get_possible_values();
        if !a.is_hide_possible_values_set() && !values.is_empty() {
            let names: Vec<&str> = values.iter().map(PossibleValue::get_name).collect();
            let listed = text::help::possible_values(&names.join(", "));
            short.push(listed.clone());
            if values.iter().any(|v| v.get_help().is_some()) {
                let lines: Vec<String> = values
                    .iter()
                    .map(|v| text::help::value_line(v.get_name(), &v.get_help().map(word).unwrap_or_default()))
                    .collect();
                long.push(format!("{}\n{}", text::help::VALUES, lines.join("\n")));
            } else {
                long.push(listed);
            }
        }
    }
    if let Some(env) = a.get_env().filter(|_| !a.is_hide_env_set()) {
        let env = text::help::env(&env.to_string_lossy());
        short.push(env.clone());
        long.push(env);
    }
    if short.is_empty() {
        return a;
    }
    let help = a.get_help().map(ToString::to_string);
    let long_help = a.get_long_help().map(ToString::to_string);
    let joined = |text: Option<String>, tail: &[String], sep: &str| match text.filter(|t| !t.is_empty()) {
        Some(t) => format!("{t}{sep}{}", tail.join(sep)),
        None => tail.join(sep),
    };
    let values_help = a.get_possible_values().iter().any(|v| v.get_help().is_some());
    let a =
        a.hide_possible_values(true).hide_default_value(true).hide_env(true).help(joined(help.clone(), &short, " "));
    // A long help, as clap has one: when the argument had its own or its
    // values have help (each then on its line); else the one line says all,
    // and `--help` keeps the layout of `-h` as in English.
    if long_help.is_some() || values_help { a.long_help(joined(long_help.or(help), &long, "\n\n")) } else { a }
}

/// clap's own layout with Chinese headings, each section only when the
/// command has something in it.
fn template(cmd: &Command) -> String {
    let shown = |a: &&clap::Arg| !a.is_hide_set();
    let has_subcommands = cmd.get_subcommands().any(|s| !s.is_hide_set());
    let has_positionals = cmd.get_positionals().any(|a| shown(&a));
    let has_options = cmd.get_arguments().filter(shown).any(|a| !a.is_positional());
    let mut sections = Vec::new();
    if has_subcommands {
        sections.push(format!("{}\n{{subcommands}}", text::help::COMMANDS));
    }
    if has_positionals {
        sections.push(format!("{}\n{{positionals}}", text::help::ARGUMENTS));
    }
    if has_options {
        sections.push(format!("{}\n{{options}}", text::help::OPTIONS));
    }
    format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{}{{after-help}}",
        text::help::USAGE,
        sections.join("\n\n")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every text of the built tree, by where it is (`add --amount`).
    fn texts(cmd: &Command, path: &str, out: &mut Vec<(String, String)>) {
        let mut put = |at: String, s: Option<&StyledStr>| {
            if let Some(s) = s.map(ToString::to_string).filter(|s| !s.is_empty()) {
                out.push((at, s));
            }
        };
        put(format!("{path} (about)"), cmd.get_about());
        put(format!("{path} (long about)"), cmd.get_long_about());
        put(format!("{path} (after)"), cmd.get_after_help());
        for a in cmd.get_arguments() {
            put(format!("{path} --{}", a.get_id()), a.get_help());
            put(format!("{path} --{} (long)", a.get_id()), a.get_long_help());
            for v in a.get_possible_values() {
                put(format!("{path} --{} {} (value)", a.get_id(), v.get_name()), v.get_help());
            }
        }
        for s in cmd.get_subcommands() {
            texts(s, &format!("{path} {}", s.get_name()), out);
        }
    }

    fn built(lang: Lang) -> Vec<(String, String)> {
        let mut cmd = command(lang);
        cmd.build();
        let mut out = Vec::new();
        texts(&cmd, "nestegg", &mut out);
        out
    }

    /// A flag or command whose help has no Chinese fails here: add its
    /// text to `text/help.rs` (and take out what no help says any more).
    #[test]
    fn every_help_text_has_its_chinese_and_every_chinese_one_is_used() {
        let english = built(Lang::En);
        let missing: Vec<String> = english
            .iter()
            .filter(|(_, en)| text::help::zh(en).is_none())
            .map(|(at, en)| format!("{at}: {en:?}"))
            .collect();
        assert!(missing.is_empty(), "help without Chinese:\n{}", missing.join("\n"));
        let used: std::collections::HashSet<&str> = english.iter().map(|(_, en)| en.as_str()).collect();
        let stale: Vec<&str> = text::help::rows().map(|(en, _)| *en).filter(|en| !used.contains(en)).collect();
        assert!(stale.is_empty(), "Chinese for help no command has:\n{stale:#?}");
        // And the Chinese tree holds them all, in place: each help starts
        // with its Chinese (what clap adds after it, in Chinese, follows),
        // and a value's help is in its argument's long help.
        let chinese: std::collections::HashMap<String, String> = built(Lang::Zh).into_iter().collect();
        for (at, en) in &english {
            let zh = text::help::zh(en).unwrap();
            let found = match at.strip_suffix(" (value)") {
                Some(arg) => chinese.get(&format!("{} (long)", arg.rsplit_once(' ').unwrap().0)),
                None => chinese.get(at),
            };
            let found = found.unwrap_or_else(|| panic!("{at}: no help in Chinese"));
            assert!(found.starts_with(zh) || at.ends_with("(value)") && found.contains(zh), "{at}: {found:?}");
        }
    }

    #[test]
    fn the_chinese_help_reads_in_chinese_and_parses_the_same() {
        let help = command(Lang::Zh).render_help().to_string();
        assert!(
            help.starts_with(
                text::help::zh("A terminal budget and savings tracker over a local SQLite ledger").unwrap()
            )
        );
        for heading in [text::help::USAGE, text::help::COMMANDS, text::help::OPTIONS] {
            assert!(help.contains(heading), "{heading} in:\n{help}");
        }
        assert!(!help.contains("Print help") && !help.contains("Options:"), "{help}");
        let mut add = command(Lang::Zh);
        let add = add.find_subcommand_mut("add").unwrap().render_help().to_string();
        assert!(add.contains(text::help::ARGUMENTS) && add.contains("--category"), "{add}");
        // The same words parse to the same arguments in either language,
        // values with help of their own too (their parsers were made again).
        for line in [
            "--lang zh add 25 --category food --payee 美团外卖",
            "export --format csv",
            "export --format ledger",
            "export --format CSV",
            "report monthly --by category",
            "mortgage --principal 1000000 --rate 3.1 --years 30 --reduce payment --reprice jan",
            "mortgage --principal 1000000 --rate 3.1 --years 30",
            "export --format xml",
        ] {
            let argv = || std::iter::once("nestegg".to_owned()).chain(line.split(' ').map(str::to_owned));
            let en = try_parse(argv(), Lang::En).map(|c| format!("{c:?}")).map_err(|e| e.kind());
            let zh = try_parse(argv(), Lang::Zh).map(|c| format!("{c:?}")).map_err(|e| e.kind());
            assert_eq!(en, zh, "{line}");
            assert_eq!(en.is_ok(), !line.ends_with("xml") && !line.ends_with("CSV"), "{line}: {en:?}");
        }
        // Nowhere in the Chinese help does clap add its English words.
        fn every(cmd: &mut Command, out: &mut Vec<String>) {
            out.push(cmd.render_help().to_string());
            out.push(cmd.render_long_help().to_string());
            for sub in cmd.get_subcommands_mut() {
                every(sub, out);
            }
        }
        let mut all = Vec::new();
        every(&mut command(Lang::Zh), &mut all);
        for page in &all {
            for english in
                ["[default:", "[possible values:", "Possible values:", "[env:", "Usage:", "Options:", "Print "]
            {
                assert!(!page.contains(english), "{english} in:\n{page}");
            }
        }
        let export = command(Lang::Zh).find_subcommand_mut("export").unwrap().render_long_help().to_string();
        let csv = "The columns of `ls --format csv` (the nestegg import preset reads it back)";
        assert!(export.contains(text::help::zh(csv).unwrap()) && !export.contains(csv), "{export}");
        // The interface's `:` line asks for help in the interface's language.
        let now = chrono::NaiveDate::from_ymd_opt(2026, 12, 6).unwrap().and_hms_opt(12, 0, 0).unwrap();
        let line =
            |lang| text::in_lang(lang, || super::super::inside::run_line("add --help", "/nowhere".as_ref(), now));
        let (zh, en) = (line(Lang::Zh), line(Lang::En));
        assert!(
            zh.ok && zh.output.contains(text::help::USAGE) && !zh.output.contains("Category name"),
            "{}",
            zh.output
        );
        assert!(en.ok && en.output.contains("Usage:") && en.output.contains("Category name"), "{}", en.output);
    }

    #[test]
    fn the_language_of_the_help_is_read_from_the_raw_arguments_first() {
        let argv = |words: &[&str]| words.iter().map(OsString::from).collect::<Vec<_>>();
        let zh_locale = (None, Some("zh_CN.UTF-8"));
        let none = (None, None);
        assert_eq!(lang_before_parse(&argv(&["nestegg", "--lang", "zh", "--help"]), None, none), Lang::Zh);
        assert_eq!(lang_before_parse(&argv(&["nestegg", "add", "--help", "--lang=zh"]), None, none), Lang::Zh);
        assert_eq!(lang_before_parse(&argv(&["nestegg", "--lang", "en", "-h"]), Some(Lang::Zh), zh_locale), Lang::En);
        // After `--` it is a value, not the flag.
        assert_eq!(lang_before_parse(&argv(&["nestegg", "add", "--", "--lang", "zh"]), None, none), Lang::En);
        // Then the settings file, then the locale.
        assert_eq!(lang_before_parse(&argv(&["nestegg", "-h"]), Some(Lang::Zh), none), Lang::Zh);
        assert_eq!(lang_before_parse(&argv(&["nestegg", "-h"]), None, zh_locale), Lang::Zh);
        assert_eq!(lang_before_parse(&argv(&["nestegg", "-h"]), Some(Lang::En), zh_locale), Lang::En);
    }
}
