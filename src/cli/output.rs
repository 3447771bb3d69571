//! Plain-text tables aligned by display width, so Chinese payees line up.

use unicode_width::UnicodeWidthStr;

/// Column alignment.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

/// Renders rows under a header, columns separated by two spaces, each padded
/// to its widest cell by display width (a CJK character takes two columns).
pub fn table(headers: &[(&str, Align)], rows: &[Vec<String>]) -> String {
    let mut widths: Vec<usize> = headers.iter().map(|(h, _)| h.width()).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.width());
        }
    }
    let mut out = String::new();
    let header: Vec<String> = headers.iter().map(|(h, _)| h.to_string()).collect();
    for row in std::iter::once(&header).chain(rows) {
        let cells: Vec<String> = row
            .iter()
            .zip(headers)
            .zip(&widths)
            .map(|((cell, (_, align)), &w)| {
                let pad = " ".repeat(w - cell.width());
                match align {
                    Align::Left => format!("{cell}{pad}"),
                    Align::Right => format!("{pad}{cell}"),
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
    fn chinese_cells_align_by_display_width() {
        let t = table(
            &[("PAYEE", Align::Left), ("AMOUNT", Align::Right)],
            &[vec!["美团外卖".into(), "-¥25.00".into()], vec!["lunch".into(), "-¥8.50".into()]],
        );
        assert_eq!(t, "PAYEE      AMOUNT\n美团外卖  -¥25.00\nlunch      -¥8.50\n");
    }
}
