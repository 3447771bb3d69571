//! The Months bar chart, cell by cell on TestBackend: one scale above and
//! below the zero line, and axis labels that name true figures.

use crate::common;

use common::{Session, keys, screen, today};
use nestegg::config::Theme;
use nestegg::text::{Lang, set_lang};
use nestegg::tui::{Prefs, run_app_with, theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::Modifier;

/// The worked example: October earned 5,000 and saved −174 (1,200 rent,
/// 3,974 spent); November earned 5,000 and spent 174 (saving 3,626).
fn october_short_by_174() -> Session {
    let s = Session::new();
    for m in [10, 11] {
        s.add(&format!("2026-{m:02}-10"), "salary", "Bank card", "", 500_000);
        s.add(&format!("2026-{m:02}-01"), "rent", "Bank card", "", -120_000);
    }
    s.add("2026-10-15", "food", "Bank card", "", -397_400);
    s.add("2026-11-15", "food", "Bank card", "", -17_400);
    s
}

fn months(s: &Session, size: (u16, u16), theme: Theme, colour: bool) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(size.0, size.1)).unwrap();
    let prefs = Prefs { palette: theme::palette(theme, !colour), ..Prefs::default() };
    let app = run_app_with(&mut terminal, &mut s.store(), today(), &mut keys("2").into_iter(), prefs).unwrap();
    terminal.clear().unwrap();
    terminal.draw(|f| nestegg::tui::views::draw(f, &app)).unwrap();
    terminal
}

/// How much of a cell a bar fills, in eighths: (from the bottom, from the top).
fn eighths(buf: &Buffer, x: u16, y: u16) -> (u8, u8) {
    let cell = &buf[(x, y)];
    let glyph = match cell.symbol() {
        " " => (0, 0),
        "█" | "▓" | "▒" | "░" => (8, 8),
        "▔" => (0, 1),
        "▀" => (0, 4),
        s => (" ▁▂▃▄▅▆▇".chars().position(|c| c.to_string() == s).unwrap_or_else(|| panic!("{s:?}")) as u8, 0),
    };
    // Reversed, the glyph is drawn in the background's colour over the
    // bar's: the bar is the rest of the cell (and a reversed █ a hole).
    match (cell.modifier.contains(Modifier::REVERSED), glyph) {
        (false, g) => g,
        (true, (8, 8)) => (0, 0),
        (true, (low, 0)) => (0, 8 - low),
        (true, (0, high)) => (8 - high, 0),
        (true, g) => panic!("{g:?}"),
    }
}

/// The chart's rows (the first, the last above the zero line, the one below
/// it), and the columns of October's and November's groups and the bar width.
struct Chart {
    first: u16,
    zero: u16,
    below: u16,
    october: u16,
    november: u16,
    bar: u16,
}

fn chart(text: &str, lang: Lang) -> Chart {
    let lines: Vec<&str> = text.lines().collect();
    let (oct, nov) = match lang {
        Lang::En => (" Oct ", " Nov "),
        Lang::Zh => (" 10月", " 11月"),
    };
    let month_row = lines.iter().position(|l| l.starts_with('│') && l.contains(oct)).unwrap();
    let column = |needle: &str| {
        let line = lines[month_row];
        unicode_width::UnicodeWidthStr::width(&line[..line.find(needle).unwrap()]) as u16 + 1
    };
    let (october, november) = (column(oct), column(nov));
    // The chart's first row is under the legend's top border.
    let first = lines[..month_row].iter().rposition(|l| l.starts_with('┌')).unwrap() as u16 + 1;
    let bar_rows = month_row as u16 - first;
    Chart {
        first,
        zero: first + bar_rows - 2,
        below: first + bar_rows - 1,
        october,
        november,
        bar: (november - october - 1) / 4,
    }
}

#[test]
fn a_small_negative_month_is_drawn_and_labelled_to_scale_at_every_height() {
    let s = october_short_by_174();
    for lang in [Lang::En, Lang::Zh] {
        set_lang(lang);
        for size in [(60, 20), (80, 24), (100, 30), (120, 40)] {
            // High contrast gives bad news reverse video, which would turn a
            // bar's cells into holes: bars take its colour only.
            for (theme, colour) in [(Theme::Default, true), (Theme::None, false), (Theme::HighContrast, true)] {
                let t = months(&s, size, theme, colour);
                let (buf, text) = (t.backend().buffer(), screen(&t));
                let c = chart(&text, lang);
                let lines: Vec<&str> = text.lines().collect();
                // The axis labels: the 7 columns after the border.
                let label =
                    |row: u16| lines[row as usize].chars().skip(1).take(7).collect::<String>().trim().to_owned();
                let at = format!("{lang:?} {size:?} {theme:?} colour={colour}:\n{text}");
                // One row below the line holds all of −174, labelled with the figure itself.
                assert_eq!(label(c.below), "-174", "{at}");
                let income = c.october;
                let savings = c.october + 3 * c.bar;
                let spending = c.november + 2 * c.bar;
                // October's income fills every row above the line, and stops there.
                for y in c.first..=c.zero {
                    assert_eq!(eighths(buf, income, y).0, 8, "{at}");
                }
                let up = c.zero + 1 - c.first;
                assert_eq!(label(c.first), if lang == Lang::En { "5k" } else { "5000" }, "{at}");
                assert_eq!(eighths(buf, income, c.below), (0, 0), "{at}");
                // −174 hangs below the line, as deep as November's +174 of
                // spending stands up: one eighth of a cell, half a cell…
                let depth = eighths(buf, savings, c.below).1;
                let height = eighths(buf, spending, c.zero).0;
                assert!(depth > 0, "the negative month shows below the line: {at}");
                assert_eq!(depth, height, "−174 and +174 on one scale: {at}");
                assert_eq!(eighths(buf, savings, c.zero), (0, 0), "nothing of October's savings above: {at}");
                if c.zero > c.first {
                    assert_eq!(eighths(buf, spending, c.zero - 1), (0, 0), "{at}");
                }
                // …on the scale of the rows above: 174 of 5,000 over `up` rows,
                // in eighths half up (at least one); whole cells without colour.
                let expected = ((174 * 8 * u32::from(up) * 2 + 5000) / 10_000).max(1) as u8;
                assert_eq!(depth, if colour { expected } else { 8 }, "{at}");
                // No row of the chart is labelled with a depth nothing reaches.
                assert!(!text.contains("-5k") && !text.contains("-313") && !text.contains("-1.3k"), "{at}");
            }
        }
    }
}

/// Each percentage is rounded once, from the exact ratio. October and
/// November alike: food 61.50 and transport 2.00, 63.50 spent: transport's
/// share is 2 ÷ 63.5 = 3.1496… %, shown 3.1 % (rounded to 3.15 % first and
/// then again, it read 3.2 %). Income 10,000, rent 9,621.54: 314.96 saved, a
/// rate of 3.1496… %, also 3.1 %: November's, the average of the complete
/// months (October) and the 3-month rate, on the Months tab, and in the
/// Ledger's header.
#[test]
fn a_share_and_the_savings_rate_are_rounded_once() {
    set_lang(Lang::En);
    let s = Session::new();
    for m in [10, 11] {
        s.add(&format!("2026-{m}-10"), "salary", "Bank card", "", 1_000_000);
        s.add(&format!("2026-{m}-01"), "rent", "Bank card", "", -962_154);
        s.add(&format!("2026-{m}-15"), "food", "Bank card", "", -6_150);
        s.add(&format!("2026-{m}-16"), "transport", "Bank card", "", -200);
    }
    let text = screen(&months(&s, (100, 30), Theme::Default, true));
    let line = |needle: &str| text.lines().find(|l| l.contains(needle)).unwrap_or_else(|| panic!("{needle}\n{text}"));
    assert!(line("transport").contains("¥2.00   3.1%│"), "{text}");
    assert!(line("food").contains("¥61.50  96.9%│"), "{text}");
    assert!(line("  rate ").contains("¥314.96  rate 3.1%    ·  12 months average 3.1%  ·  3-month 3.1%"), "{text}");
    let ledger = screen(&s.run("", (100, 30)));
    assert!(ledger.contains("¥314.96 (3.1%)"), "{ledger}");
}
