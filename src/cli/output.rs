//! Plain-text tables aligned by display width, so Chinese payees line up.

use std::cell::Cell;

use unicode_width::UnicodeWidthStr;

use crate::config::Theme;

thread_local! {
    /// How tables are coloured: `None` (the default) writes plain text.
    static COLOUR: Cell<Option<Theme>> = const { Cell::new(None) };
}

/// Colours tables in `theme` from now on, or not at all (`None`). The edge
/// decides: only a terminal, without `NO_COLOR`, with a coloured theme.
pub fn set_colour(theme: Option<Theme>) {
    COLOUR.with(|c| c.set(theme.filter(|t| *t != Theme::None)));
}

/// The table colours of a theme: header, negative amount. The sign stays,
/// so a reader who sees no colour loses nothing.
fn escapes(theme: Theme) -> (&'static str, &'static str) {
    match theme {
        Theme::HighContrast => ("\x1b[1;4m", "\x1b[1;7;31m"),
        _ => ("\x1b[1m", "\x1b[31m"),
    }
}

const RESET: &str = "\x1b[0m";

use crate::model::AccountKind;

/// An account kind as a reader sees it (`bank`, 银行); `--kind` takes the English token.
pub fn kind_word(kind: AccountKind) -> &'static str {
    crate::text::terms::kind(kind.as_str())
}

/// Column alignment.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

/// Renders rows under a header, columns separated by two spaces, each padded
/// to its widest cell by display width (a CJK character takes two columns).
/// A cell holding what a terminal would obey (an escape, a line break, a
/// bidirectional override: an older ledger's payee) shows it as a visible
/// escape (`text::safe`), so no cell can hide, add or reorder a row.
pub fn table(headers: &[(&str, Align)], rows: &[Vec<String>]) -> String {
    let safe = |cell: &str| crate::text::safe::escaped(cell).into_owned();
    let escaped: Vec<Vec<String>> = rows.iter().map(|row| row.iter().map(|cell| safe(cell)).collect()).collect();
    let rows = &escaped;
    let header: Vec<String> = headers.iter().map(|(h, _)| safe(h)).collect();
    let mut widths: Vec<usize> = header.iter().map(|h| h.width()).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.width());
        }
    }
    let mut out = String::new();
    let colour = COLOUR.with(Cell::get).map(escapes);
    for (i, row) in std::iter::once(&header).chain(rows).enumerate() {
        let cells: Vec<String> = row
            .iter()
            .zip(headers)
            .zip(&widths)
            .map(|((cell, (_, align)), &w)| {
                let pad = " ".repeat(w - cell.width());
                // Colour wraps the text only, so padding and widths are as without.
                let shown = match colour {
                    Some((head, _)) if i == 0 && !cell.is_empty() => format!("{head}{cell}{RESET}"),
                    Some((_, negative)) if i > 0 && *align == Align::Right && cell.starts_with('-') => {
                        format!("{negative}{cell}{RESET}")
                    }
                    _ => cell.clone(),
                };
                match align {
                    Align::Left => format!("{shown}{pad}"),
                    Align::Right => format!("{pad}{shown}"),
                }
            })
            .collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colour_marks_the_header_and_negative_amounts_and_keeps_the_layout() {
        let headers = [("PAYEE", Align::Left), ("AMOUNT", Align::Right)];
        let rows = [vec!["美团外卖".to_owned(), "-¥25.00".to_owned()], vec!["salary".into(), "¥5,000.00".into()]];
        let plain = table(&headers, &rows);
        set_colour(Some(Theme::Default));
        let coloured = table(&headers, &rows);
        set_colour(Some(Theme::None));
        let none = table(&headers, &rows);
        set_colour(None);
        assert_eq!(
            coloured,
            "\x1b[1mPAYEE\x1b[0m        \x1b[1mAMOUNT\x1b[0m\n美团外卖    \x1b[31m-¥25.00\x1b[0m\nsalary    ¥5,000.00\n"
        );
        let stripped = coloured.replace("\x1b[1m", "").replace("\x1b[31m", "").replace("\x1b[0m", "");
        assert_eq!(stripped, plain, "colour changes no column");
        assert_eq!(none, plain, "the none theme is plain");
        assert!(!plain.contains('\x1b'));
    }

    #[test]
    fn chinese_cells_align_by_display_width() {
        let t = table(
            &[("PAYEE", Align::Left), ("AMOUNT", Align::Right)],
            &[vec!["美团外卖".into(), "-¥25.00".into()], vec!["lunch".into(), "-¥8.50".into()]],
        );
        assert_eq!(t, "PAYEE      AMOUNT\n美团外卖  -¥25.00\nlunch      -¥8.50\n");
    }

    #[test]
    fn chinese_headers_align_by_display_width() {
        let t = table(
            &[("编号", Align::Right), ("分类", Align::Left), ("金额", Align::Right)],
            &[vec!["7".into(), "餐饮".into(), "-¥25.00".into()], vec!["12".into(), "food".into(), "¥8.50".into()]],
        );
        assert_eq!(t, "编号  分类     金额\n   7  餐饮  -¥25.00\n  12  food    ¥8.50\n");
        let widths: Vec<usize> = t.lines().map(|l| l.width()).collect();
        assert_eq!(widths, [19, 19, 19]);
    }

    #[test]
    fn words_of_kinds_and_classes_follow_the_language() {
        use crate::model::Class;
        use crate::text::{Lang, in_lang};
        assert_eq!(in_lang(Lang::En, || Class::Housing.word()), "housing");
        assert_eq!(in_lang(Lang::Zh, || Class::Housing.word()), "住房");
        assert_eq!(in_lang(Lang::Zh, || kind_word(AccountKind::Wallet)), "钱包");
        assert_eq!(in_lang(Lang::En, || kind_word(AccountKind::Credit)), AccountKind::Credit.as_str());
    }
}
