//! Drawing: reads `&App` only, never the store. One file per tab or popup.

mod budget;
mod fields;
mod form;
mod import;
mod ledger;
mod mapping;
mod months;
mod plan;
mod popups;
mod reconcile;
mod relocate;
mod scenario_form;
mod sheet;

pub use ledger::first_row_line;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
pub use sheet::row_at as sheet_row_at;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::app::{App, Mode, Tab};
use super::keymap;
use crate::text;

/// Below this the screen cannot hold the ledger sensibly.
pub const MIN_SIZE: (u16, u16) = (60, 20);

pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    if area.width < MIN_SIZE.0 || area.height < MIN_SIZE.1 {
        let text = text::common::too_small(area.width, area.height, MIN_SIZE.0, MIN_SIZE.1);
        frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), area);
        return;
    }
    // A message too long for one line wraps onto more, taken from the body
    // while it shows: it is read whole, never cut at the screen's edge.
    let message = status_lines(app, area.width);
    let status_height = u16::try_from(message.len()).unwrap_or(1).max(1);
    let [tabs, body, status, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(status_height),
        Constraint::Length(1),
    ])
    .areas(area);
    draw_tabs(frame, app, tabs);
    match app.tab {
        Tab::Ledger => ledger::draw(frame, app, body),
        Tab::Months => months::draw(frame, app, body),
        Tab::Plan => plan::draw(frame, app, body),
        Tab::Move => relocate::draw(frame, app, body),
        Tab::Budget => budget::draw(frame, app, body),
    }
    draw_status(frame, app, &message, status);
    draw_footer(frame, app, footer);
    if app.import.is_some() && matches!(app.mode, Mode::Import | Mode::Prompt | Mode::Help) {
        import::draw(frame, app, body);
    } else if app.mapping.is_some() && matches!(app.mode, Mode::Mapping | Mode::Help) {
        mapping::draw(frame, app, body);
    }
    // Popups sit above a message of more than one line, so it stays readable.
    let over = if status_height > 1 { Rect { height: status.y - area.y, ..area } } else { area };
    // A screen of things covers the tab's body; a form opened from it sits over both.
    if app.sheet.is_some()
        && matches!(app.mode, Mode::Sheet | Mode::Fields | Mode::Confirm | Mode::Help | Mode::Reconcile)
    {
        sheet::draw(frame, app, body);
    }
    match app.mode {
        Mode::Fields => fields::draw(frame, app, over),
        Mode::Form => form::draw(frame, app, over),
        Mode::ScenarioForm => scenario_form::draw(frame, app, over),
        Mode::Prompt => popups::prompt(frame, app, over),
        Mode::Confirm => popups::confirm(frame, app, over),
        Mode::Reconcile => reconcile::draw(frame, app, over),
        Mode::Help => popups::help(frame, app, area),
        // Above the status line: what a change said (or why it was refused) stays readable.
        Mode::Settings => popups::settings(frame, app, Rect { height: status.y - area.y, ..area }),
        Mode::Browse | Mode::Import | Mode::Sheet | Mode::Mapping => {}
    }
}

/// The most lines a status message takes; a longer one is cut between words.
const STATUS_LINES: usize = 5;

/// The status message wrapped to `width` (none when there is none).
pub(crate) fn status_lines(app: &App, width: u16) -> Vec<String> {
    let Some(s) = &app.status else { return Vec::new() };
    let mut lines = wrap(&s.text, width as usize);
    if lines.len() > STATUS_LINES {
        let rest = lines[STATUS_LINES - 1..].join(" ");
        lines.truncate(STATUS_LINES - 1);
        lines.push(fit_words(&rest, width as usize));
    }
    lines
}

fn draw_tabs(frame: &mut Frame, app: &App, area: Rect) {
    let mut spans = vec![Span::styled(crate::tui::tab::BADGE, Style::new().bold().reversed()), Span::raw(" ")];
    for tab in Tab::ALL {
        let text = tab.label();
        let style = if tab == app.tab { Style::new().bold().underlined() } else { Style::new().dim() };
        spans.push(Span::styled(text, style));
    }
    frame.render_widget(Line::from(spans), area);
}

fn draw_status(frame: &mut Frame, app: &App, lines: &[String], area: Rect) {
    if let Some(s) = &app.status {
        let style = if s.error { app.prefs.palette.error } else { app.prefs.palette.good };
        let lines: Vec<Line> = lines.iter().map(|l| Line::styled(l.clone(), style)).collect();
        frame.render_widget(Paragraph::new(lines), area);
    }
}

fn draw_footer(frame: &mut Frame, app: &App, area: Rect) {
    let mut spans = Vec::new();
    for (i, (key, word)) in footer_hints(keymap::footer(app.scope()), area.width).into_iter().enumerate() {
        if i > 0 {
            spans.push(Span::raw("  "));
        }
        spans.push(Span::styled(key, Style::new().reversed()));
        spans.push(Span::raw(format!(" {word}")));
    }
    frame.render_widget(Line::from(spans), area);
}

/// The footer's hints (key, word) that fit in `width`, two spaces apart:
/// whole hints, in the table's order, never one cut short. When some must
/// go, the help key's hint goes last, as `? more`, so the rest can be found.
fn footer_hints(hints: Vec<(String, &'static str)>, width: u16) -> Vec<(String, &'static str)> {
    let hint_width = |(key, word): &(String, &str)| key.width() + 1 + word.width();
    let total: usize = hints.iter().map(hint_width).sum::<usize>() + 2 * hints.len().saturating_sub(1);
    if total <= width as usize {
        return hints;
    }
    let help = hints.iter().position(|(key, _)| key == "?");
    let more = help.map(|i| (hints[i].0.clone(), text::keys::f_more()));
    // Room kept for `? more` at the end.
    let reserve = more.as_ref().map_or(0, |m| hint_width(m) + 2);
    let mut kept = Vec::new();
    let mut used = 0;
    for (i, hint) in hints.into_iter().enumerate() {
        if Some(i) == help {
            continue;
        }
        let w = hint_width(&hint) + if kept.is_empty() { 0 } else { 2 };
        if used + w + reserve > width as usize {
            break;
        }
        used += w;
        kept.push(hint);
    }
    kept.extend(more);
    kept
}

/// Cuts `s` to at most `width` display columns at a character boundary,
/// ending in `…` when something was cut. CJK characters count two columns.
pub fn fit(s: &str, width: usize) -> String {
    if s.width() <= width {
        return s.to_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// A header's spans that fit in `width`: the month, then (label, figure)
/// pairs, whole; a pair that does not fit goes with all after it, so a
/// figure is never cut short (`¥0.` for `¥0.00`).
pub fn whole_fields(mut spans: Vec<Span<'_>>, width: u16) -> Vec<Span<'_>> {
    let total = |spans: &[Span]| spans.iter().map(Span::width).sum::<usize>();
    while spans.len() > 1 && total(&spans) > width as usize {
        spans.truncate(spans.len() - 2);
    }
    spans
}

/// Cuts `s` to at most `width` columns at a word boundary (a space, or
/// after Chinese punctuation), ending in `…` when something was cut; a first
/// word too long for the width is cut at a character boundary instead.
pub fn fit_words(s: &str, width: usize) -> String {
    if s.width() <= width {
        return s.to_owned();
    }
    // A cut ends before the punctuation that ended the last piece kept.
    let bare =
        |t: &str| t.trim_end().trim_end_matches(|c| CLOSING.contains(c) || ",:;·".contains(c)).trim_end().to_owned();
    let mut out = String::new();
    for token in tokens(s) {
        if (out.clone() + &bare(token)).width() + 1 > width {
            break;
        }
        out.push_str(token);
    }
    let kept = bare(&out);
    if kept.is_empty() { fit(s, width) } else { format!("{kept}…") }
}

/// Chinese punctuation that closes a phrase: a line may break after it,
/// never before it.
const CLOSING: &str = "，。、：；！？）」』》〉";
/// Punctuation that opens one: a line may break before it, never after.
const OPENING: &str = "（「『《〈";

/// `s` in pieces that a line may end after: a word with the spaces that
/// follow it, a Chinese phrase up to its punctuation. A quoted argument
/// ("Buy in Hegang") stays one piece.
fn tokens(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut start, mut quoted, mut before) = (0, false, ' ');
    let wide = |c: char| c.width().unwrap_or(0) > 1;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '"' {
            quoted = !quoted;
        }
        let next = chars.peek().map(|&(_, n)| n);
        let end = i + c.len_utf8();
        let breaks = match next {
            None => true,
            Some(_) if quoted => false,
            Some(n) => {
                // A space beside a Chinese character (按 D 载入) sits inside a phrase.
                (c == ' ' && n != ' ' && !wide(before) && !wide(n))
                    || (CLOSING.contains(c) && !CLOSING.contains(n))
                    || (OPENING.contains(n) && c != ' ' && !OPENING.contains(c))
            }
        };
        if c != ' ' {
            before = c;
        }
        if breaks {
            out.push(&s[start..end]);
            start = end;
        }
    }
    out
}

/// `text` wrapped to `width` columns: lines break at spaces and at Chinese
/// punctuation (never before a closing mark), and a piece wider than the
/// whole line breaks at a character boundary. A line that starts indented
/// (a command example) continues two columns further in, so a wrapped
/// command still reads as one.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(8);
    let mut out = Vec::new();
    for para in text.split('\n') {
        let indent = para.len() - para.trim_start_matches(' ').len();
        let more = " ".repeat(if indent > 0 { indent + 2 } else { 0 });
        let mut line = String::new();
        for token in tokens(para) {
            let fresh = line.trim().is_empty();
            if !fresh && line.width() + token.trim_end().width() > width {
                out.push(line.trim_end().to_owned());
                line = more.clone();
            }
            // A piece too wide for any line goes character by character.
            for c in token.chars() {
                if line.width() + c.width().unwrap_or(0) > width && c != ' ' {
                    out.push(line.trim_end().to_owned());
                    line = more.clone();
                }
                line.push(c);
            }
        }
        out.push(line.trim_end().to_owned());
    }
    out
}

/// `s` cut to `width` columns and padded with spaces to exactly `width`.
pub fn pad(s: &str, width: usize, right: bool) -> String {
    let s = fit(s, width);
    let gap = " ".repeat(width.saturating_sub(s.width()));
    if right { format!("{gap}{s}") } else { format!("{s}{gap}") }
}

/// Clears the place of a popup. A wide (CJK) character just left of it
/// would cover the popup's left border in a real terminal, so it goes too.
pub fn clear_popup(frame: &mut Frame, popup: Rect) {
    frame.render_widget(ratatui::widgets::Clear, popup);
    if popup.x == 0 {
        return;
    }
    let buf = frame.buffer_mut();
    for y in popup.top()..popup.bottom() {
        let cell = &mut buf[(popup.x - 1, y)];
        if cell.symbol().width() > 1 {
            cell.set_symbol(" ");
        }
    }
}

/// A rectangle of at most `w`×`h`, centred in `area`.
pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect { x: area.x + (area.width - w) / 2, y: area.y + (area.height - h) / 2, width: w, height: h }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_cuts_at_character_boundaries_by_display_width() {
        assert_eq!(fit("美团外卖", 8), "美团外卖");
        assert_eq!(fit("美团外卖", 7), "美团外…");
        assert_eq!(fit("美团外卖", 6), "美团…");
        assert_eq!(fit("lunch at work", 6), "lunch…");
        assert_eq!(pad("美团", 6, false), "美团  ");
        assert_eq!(pad("-¥25.00", 9, true), "  -¥25.00");
    }

    #[test]
    fn footer_hints_go_whole_and_the_help_key_stays_as_more() {
        let hints = |list: &[(&str, &'static str)]| list.iter().map(|(k, w)| (k.to_string(), *w)).collect::<Vec<_>>();
        let all = hints(&[("q", "quit"), ("?", "help"), ("a", "add"), ("I", "import"), ("/", "filter")]);
        // "q quit  ? help  a add  I import  / filter" is 41 columns.
        assert_eq!(footer_hints(all.clone(), 41), all);
        let kept = footer_hints(all.clone(), 40);
        assert_eq!(kept, hints(&[("q", "quit"), ("a", "add"), ("I", "import"), ("?", "more")]));
        assert_eq!(footer_hints(all.clone(), 30), hints(&[("q", "quit"), ("a", "add"), ("?", "more")]));
        assert_eq!(footer_hints(all, 20), hints(&[("q", "quit"), ("?", "more")]));
        // Without a help key (a form), hints just go whole from the end.
        let form = hints(&[("Enter", "save"), ("Esc", "cancel"), ("Tab", "next")]);
        assert_eq!(footer_hints(form, 22), hints(&[("Enter", "save"), ("Esc", "cancel")]));
    }

    #[test]
    fn fit_words_cuts_between_words_or_phrases() {
        let note = "  ! over budget: food, transport";
        assert_eq!(fit_words(note, 40), note);
        assert_eq!(fit_words(note, 28), "  ! over budget: food…");
        assert_eq!(fit_words(note, 20), "  ! over budget…");
        assert_eq!(fit_words("  ! 超预算：餐饮、交通", 17), "  ! 超预算：餐饮…");
        assert_eq!(fit_words("supercalifragilistic", 6), "super…");
    }

    #[test]
    fn wrap_breaks_chinese_at_punctuation_and_commands_between_words() {
        let zh = "还没有方案。按 a 添加：新方案以留下为底稿，你只改会变的部分（填鹤岗这样的城市，会自动填入）。";
        let lines = wrap(zh, 40);
        for l in &lines {
            assert!(l.width() <= 40, "{lines:?}");
            assert!(!CLOSING.contains(l.chars().next().unwrap()), "no line starts with a closing mark: {lines:?}");
            assert!(!OPENING.contains(l.chars().last().unwrap()), "no line ends with an opening mark: {lines:?}");
        }
        assert_eq!(lines[0], "还没有方案。按 a 添加：");
        let cmd = "  nestegg relocate add \"Buy in Hegang\" --city Hegang --plan mortgage --area 50";
        assert_eq!(
            wrap(cmd, 50),
            ["  nestegg relocate add \"Buy in Hegang\" --city", "    Hegang --plan mortgage --area 50"]
        );
        assert_eq!(wrap("a\n\nb", 10), ["a", "", "b"]);
    }
}
