//! Colours by meaning. Views ask the palette for a role (income, over
//! budget, an error), never for a colour, so a theme is one table here.
//! Meaning never rests on colour alone: amounts keep their sign, errors
//! their ✗, over-budget rows their marker, the Months chart's series their
//! own fill and negative savings their place below the zero line, and the
//! lines of the Plan and Move charts their own character ([`Palette::line_mark`]),
//! so `none` loses nothing.

use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::Marker;

use crate::config::Theme;

/// Styles for every role the views draw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    pub income: Style,
    pub housing: Style,
    pub spending: Style,
    pub savings: Style,
    /// A transfer row, and other money that is neither income nor spending.
    pub transfer: Style,
    /// A negative figure that is bad news (negative savings, over budget).
    pub negative: Style,
    /// Within limits, saved, done.
    pub good: Style,
    /// The status line's error, a form's ✗.
    pub error: Style,
    /// What the user changed (what-if knobs), the projected balance.
    pub accent: Style,
    /// Less important text: hints, the in-today's-money line.
    pub muted: Style,
    /// Series of a chart with several lines (goals, scenarios), in order.
    pub series: [Style; 6],
}

/// Each chart line's own character when no colour tells the lines apart:
/// ASCII, one column wide in every terminal, each unlike the others.
const LINE_MARKS: [char; 6] = ['*', '+', 'x', 'o', '=', '#'];

impl Palette {
    /// Whether the money roles have colours; without, views tell them
    /// apart by shape (the Months chart's fills).
    pub fn has_colour(&self) -> bool {
        [self.income, self.housing, self.spending, self.savings].iter().any(|s| s.fg.is_some())
    }

    /// How a chart draws its `i`th line, and the glyph its legend shows
    /// for it: in colour a fine Braille line (`—`), the colours telling the
    /// lines apart; without colour each line drawn in a character of its
    /// own (`*`, `+`, `x`, …), which its legend shows.
    pub fn line_mark(&self, i: usize) -> (Marker, char) {
        if self.has_colour() {
            (Marker::Braille, '—')
        } else {
            let c = LINE_MARKS[i % LINE_MARKS.len()];
            (Marker::Custom(c), c)
        }
    }
}

/// The palette of a theme; `no_colour` (NO_COLOR set, or not a terminal)
/// wins over any theme.
pub fn palette(theme: Theme, no_colour: bool) -> Palette {
    match if no_colour { Theme::None } else { theme } {
        Theme::Default => default(),
        Theme::HighContrast => high_contrast(),
        Theme::None => plain(),
    }
}

/// Whether the environment asks for no colour: `NO_COLOR` set and not
/// empty (no-color.org).
pub fn no_colour_requested(value: Option<&std::ffi::OsStr>) -> bool {
    value.is_some_and(|v| !v.is_empty())
}

const fn fg(c: Color) -> Style {
    Style::new().fg(c)
}

/// ANSI colours 1–6, which both dark and light terminal schemes pick to be
/// readable on their own background; no white, grey or bright yellow,
/// which vanish on one or the other. Muted text is dimmed, not grey.
fn default() -> Palette {
    Palette {
        income: fg(Color::Green),
        housing: fg(Color::Magenta),
        spending: fg(Color::Yellow),
        savings: fg(Color::Cyan),
        transfer: fg(Color::Cyan),
        negative: fg(Color::Red).add_modifier(Modifier::BOLD),
        good: fg(Color::Green),
        error: fg(Color::Red).add_modifier(Modifier::BOLD),
        accent: fg(Color::Cyan),
        muted: Style::new().add_modifier(Modifier::DIM),
        series: [
            Style::new(),
            fg(Color::Cyan),
            fg(Color::Yellow),
            fg(Color::Magenta),
            fg(Color::Green),
            fg(Color::Blue),
        ],
    }
}

/// Fewer, stronger colours, always bold; bad news is reversed so it stands
/// out even to a reader who cannot tell red from green.
fn high_contrast() -> Palette {
    let bold = |c: Color| fg(c).add_modifier(Modifier::BOLD);
    Palette {
        income: bold(Color::Green),
        housing: bold(Color::Magenta),
        spending: bold(Color::Blue),
        savings: bold(Color::Cyan),
        transfer: Style::new().add_modifier(Modifier::BOLD),
        negative: bold(Color::Red).add_modifier(Modifier::REVERSED),
        good: bold(Color::Green),
        error: bold(Color::Red).add_modifier(Modifier::REVERSED),
        accent: bold(Color::Blue).add_modifier(Modifier::UNDERLINED),
        muted: Style::new(),
        series: [
            Style::new().add_modifier(Modifier::BOLD),
            bold(Color::Blue),
            bold(Color::Magenta),
            bold(Color::Green),
            bold(Color::Red),
            bold(Color::Cyan),
        ],
    }
}

/// No colour at all; bold and reverse stay, being emphasis, not colour.
fn plain() -> Palette {
    let s = Style::new();
    Palette {
        income: s,
        housing: s,
        spending: s,
        savings: s,
        transfer: s,
        negative: s.add_modifier(Modifier::BOLD),
        good: s,
        error: s.add_modifier(Modifier::BOLD),
        accent: s.add_modifier(Modifier::BOLD),
        muted: s.add_modifier(Modifier::DIM),
        series: [s; 6],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn colours(p: &Palette) -> Vec<Option<Color>> {
        let mut all = vec![
            p.income, p.housing, p.spending, p.savings, p.transfer, p.negative, p.good, p.error, p.accent, p.muted,
        ];
        all.extend(p.series);
        all.into_iter().flat_map(|s| [s.fg, s.bg]).collect()
    }

    #[test]
    fn none_and_no_colour_have_no_colour_at_all() {
        assert!(colours(&palette(Theme::None, false)).iter().all(Option::is_none));
        for theme in [Theme::Default, Theme::HighContrast] {
            assert!(colours(&palette(theme, true)).iter().all(Option::is_none), "NO_COLOR wins over {theme:?}");
        }
    }

    #[test]
    fn the_default_avoids_colours_that_vanish_on_a_dark_or_light_background() {
        let banned = [Color::White, Color::Gray, Color::DarkGray, Color::Black, Color::LightYellow];
        for c in colours(&palette(Theme::Default, false)).into_iter().flatten() {
            assert!(!banned.contains(&c), "{c:?}");
        }
    }

    #[test]
    fn the_four_money_roles_differ_in_every_coloured_theme() {
        for theme in [Theme::Default, Theme::HighContrast] {
            let p = palette(theme, false);
            let four = [p.income.fg, p.housing.fg, p.spending.fg, p.savings.fg];
            for (i, a) in four.iter().enumerate() {
                assert!(four[i + 1..].iter().all(|b| b != a), "{theme:?}");
            }
        }
    }

    #[test]
    fn without_colour_each_line_has_its_own_character() {
        let plain = palette(Theme::Default, true);
        let marks: Vec<(Marker, char)> = (0..LINE_MARKS.len()).map(|i| plain.line_mark(i)).collect();
        for (i, (marker, glyph)) in marks.iter().enumerate() {
            assert_eq!(*marker, Marker::Custom(*glyph), "the legend shows what the line is drawn with");
            assert!(marks[i + 1..].iter().all(|(_, g)| g != glyph), "{marks:?}");
        }
        assert_eq!(palette(Theme::Default, false).line_mark(3), (Marker::Braille, '—'));
    }

    #[test]
    fn no_color_counts_only_when_set_and_not_empty() {
        use std::ffi::OsStr;
        assert!(no_colour_requested(Some(OsStr::new("1"))));
        assert!(!no_colour_requested(Some(OsStr::new(""))));
        assert!(!no_colour_requested(None));
    }
}
