//! The command line's help in Chinese (`cli::help` words the clap tree with
//! it). Unlike the other tables, the English side is not kept here: it is
//! clap's, in `cli/args.rs` (a contract), and each row is keyed by that
//! English exactly. A help text that changes or appears without its row
//! here, or a row no help has any more, fails a test in `cli/help.rs`.

use std::collections::HashMap;
use std::sync::OnceLock;

// In the order of the command tree, cut where a file would pass 24 KB.
mod table1;
mod table2;
mod table3;

/// The headings of clap's layout, as `cli::help`'s template writes them.
pub const USAGE: &str = "用法：";
pub const COMMANDS: &str = "命令：";
pub const ARGUMENTS: &str = "参数：";
pub const OPTIONS: &str = "选项：";
/// Above an argument's values, each with its help (clap's "Possible values:").
pub const VALUES: &str = "可选值：";

/// clap's `[possible values: a, b]`.
pub fn possible_values(names: &str) -> String {
    format!("[可选值：{names}]")
}

/// One value and its help under [`VALUES`].
pub fn value_line(name: &str, help: &str) -> String {
    if help.is_empty() { format!("- {name}") } else { format!("- {name}：{help}") }
}

/// clap's `[default: x]`.
pub fn default(values: &str) -> String {
    format!("[默认：{values}]")
}

/// clap's `[env: NAME=]`: the variable that sets it.
pub fn env(name: &str) -> String {
    format!("[环境变量：{name}]")
}

const TABLES: &[&[(&str, &str)]] = &[table1::ROWS, table2::ROWS, table3::ROWS];

/// Every row: (English as clap holds it, Chinese).
pub fn rows() -> impl Iterator<Item = &'static (&'static str, &'static str)> {
    TABLES.iter().flat_map(|t| t.iter())
}

/// The Chinese of an English help text, if the table has it.
pub fn zh(en: &str) -> Option<&'static str> {
    static MAP: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| rows().map(|&(en, zh)| (en, zh)).collect()).get(en).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_is_translated_once() {
        let mut seen = std::collections::HashSet::new();
        for (en, zh) in rows() {
            assert!(seen.insert(*en), "{en:?} appears twice");
            assert!(!zh.trim().is_empty() && zh != en, "{en:?} has no Chinese");
        }
    }
}
