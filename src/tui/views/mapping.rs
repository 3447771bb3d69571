//! The mapping screen of a bank bill: its fields in two columns (the
//! focused one marked, a wrong one with its error under them), then the
//! file's header and first rows with the chosen columns picked out, then
//! how those rows read with the mapping as it stands. The file's cells are
//! untrusted: shown through `text::safe`, cut to fit.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::{Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::{clear_popup, fit, fit_words, pad, wrap};
use crate::import::MapField;
use crate::money::{Currency, Money};
use crate::text::{mapping as t, names, safe};
use crate::tui::app::App;
use crate::tui::mapping::{Field, MappingView, Reading, format_label};

/// The widest a column of the file gets in the preview.
const CELL_MAX: usize = 16;
/// Lines the fields take: two columns, of seven and six.
const FIELD_LINES: usize = 7;

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let Some(view) = &app.mapping else { return };
    let name = view.path.file_name().map_or_else(|| view.path.display().to_string(), |n| n.to_string_lossy().into());
    let title = t::title(&safe::escaped(&name), view.sample.encoding);
    let block = Block::bordered().title(fit(&title, area.width.saturating_sub(2) as usize));
    let inner = block.inner(area);
    clear_popup(frame, area);
    frame.render_widget(block, area);
    let w = inner.width as usize;
    let (mut lines, cursor) = fields(app, view, w);
    // The error under the fields: one line, two when there is room for the rest.
    let rows = view.sample.rows.len().saturating_sub(1);
    let error_lines = match &view.error {
        Some((field, error)) => {
            let said = t::field_error(field.label(), &safe::escaped(error));
            let room = (inner.height as usize).saturating_sub(FIELD_LINES + 4 + 2 * rows.min(3));
            let mut wrapped = wrap(&said, w);
            if wrapped.len() > room.clamp(1, 2) {
                let keep = room.clamp(1, 2);
                let rest = wrapped[keep - 1..].join(" ");
                wrapped.truncate(keep - 1);
                wrapped.push(fit_words(&rest, w));
            }
            wrapped.into_iter().map(|l| Line::styled(l, app.prefs.palette.error)).collect()
        }
        None => vec![Line::from("")],
    };
    lines.extend(error_lines);
    // The file and its reading share what is left: tags, header, k rows, "read as", k readings.
    let left = (inner.height as usize).saturating_sub(lines.len());
    let k = rows.min(left.saturating_sub(3) / 2);
    lines.extend(preview(app, view, w, k));
    lines.push(Line::from(t::reads_as()).dim());
    if rows == 0 {
        lines.push(Line::from(fit(t::no_rows(), w)).dim());
    }
    for (line, reading) in view.readings.iter().take(k) {
        lines.push(match reading {
            Reading::Read { date, amount, payee } => {
                let amount = pad(&Money::new(*amount, Currency::CNY).display(), 13, true);
                Line::from(fit(&format!("{line:>5} {date} {amount}  {}", safe::escaped(payee)), w))
            }
            Reading::Invalid(why) => {
                Line::styled(fit(&format!("{line:>5} ✗ {}", safe::escaped(why)), w), app.prefs.palette.error)
            }
        });
    }
    frame.render_widget(Paragraph::new(lines), inner);
    if let Some((x, y)) = cursor {
        frame.set_cursor_position(Position { x: inner.x + x, y: inner.y + y });
    }
}

/// A field's value as shown.
fn value(app: &App, view: &MappingView, field: Field) -> String {
    let column = |i: Option<usize>| match i {
        Some(i) => safe::escaped(view.sample.header().get(i).map_or("", String::as_str)).into_owned(),
        None => t::none().to_owned(),
    };
    match field {
        Field::Column(f) => column(view.column(f)),
        Field::Sign => if view.flip { t::sign_out() } else { t::sign_in() }.to_owned(),
        Field::DateFormat => format_label(view.date_format),
        Field::Account => match view.account.and_then(|id| app.accounts.iter().find(|a| a.id == id)) {
            Some(a) => names::shown(&a.name).into_owned(),
            None => t::no_open_account().to_owned(),
        },
        Field::SaveAs => view.save_as.text().to_owned(),
    }
}

/// The fields in two columns, and where the caret goes (in the name
/// field, when it has the focus).
fn fields(app: &App, view: &MappingView, w: usize) -> (Vec<Line<'static>>, Option<(u16, u16)>) {
    let half = w / 2;
    let label_w = |fs: &[Field]| fs.iter().map(|f| f.label().width()).max().unwrap_or(0) + 1;
    let (left, right) = Field::ALL.split_at(FIELD_LINES);
    let (left_w, right_w) = (label_w(left), label_w(right));
    let mut cursor = None;
    let mut lines = Vec::new();
    for (y, &l) in left.iter().enumerate() {
        let mut spans = Vec::new();
        let r = right.get(y).map(|&r| (half, r, right_w, w - half));
        for (x0, f, lw, width) in std::iter::once((0, l, left_w, half)).chain(r) {
            let focused = view.focus == f;
            let wrong = view.error.as_ref().is_some_and(|(e, _)| *e == f);
            let label = Span::raw(pad(f.label(), lw, false));
            spans.push(if focused { label.bold() } else { label.dim() });
            let room = width.saturating_sub(lw + 1);
            let shown = value(app, view, f);
            let text = match f {
                Field::SaveAs if shown.is_empty() && !focused => format!("  {}", t::not_saved()),
                Field::SaveAs => format!("  {shown}"),
                _ if focused => format!("◂ {shown} ▸"),
                _ => format!("  {shown}  "),
            };
            let text = pad(&text, room, false);
            let style = match (wrong, focused) {
                (true, _) => app.prefs.palette.error.reversed(),
                (false, true) => Style::new().reversed(),
                (false, false) if f == Field::SaveAs && view.save_as.text().is_empty() => Style::new().dim(),
                (false, false) => Style::new(),
            };
            spans.push(Span::styled(text, style));
            spans.push(Span::raw(" "));
            if focused && f == Field::SaveAs {
                let caret = view.save_as.caret_columns().min(room.saturating_sub(3) as u16);
                cursor = Some((x0 as u16 + lw as u16 + 2 + caret, y as u16));
            }
        }
        lines.push(Line::from(spans));
    }
    (lines, cursor)
}

/// The file's header and first `k` rows, the chosen columns picked out
/// (the focused field's the most) and named in a line above them.
fn preview(app: &App, view: &MappingView, w: usize, k: usize) -> Vec<Line<'static>> {
    let header = view.sample.header();
    let rows: Vec<&crate::import::table::Row> = view.sample.rows.iter().take(k + 1).collect();
    let cell = |r: &crate::import::table::Row, i: usize| safe::escaped(r.cell(i)).into_owned();
    let chosen = |i: usize| MapField::ALL.into_iter().filter(|f| view.column(*f) == Some(i)).collect::<Vec<_>>();
    let tag = |i: usize| chosen(i).iter().map(|f| Field::Column(*f).label()).collect::<Vec<_>>().join("/");
    // Each column as wide as its widest cell or its tag, within limits.
    let widths: Vec<usize> = (0..header.len())
        .map(|i| rows.iter().map(|r| cell(r, i).width()).chain([tag(i).width()]).max().unwrap_or(0).clamp(3, CELL_MAX))
        .collect();
    let focused = match view.focus {
        Field::Column(f) => view.column(f),
        _ => view.column(MapField::Date),
    };
    // Whole columns from the first, or from one that keeps the focused one in sight.
    let room = w.saturating_sub(6);
    let fits = |from: usize, to: usize| widths[from..=to].iter().map(|c| c + 1).sum::<usize>() <= room;
    let start = focused.map_or(0, |f| (0..=f).find(|s| fits(*s, f)).unwrap_or(f));
    let mut shown = Vec::new();
    let mut used = 0;
    for (i, cw) in widths.iter().enumerate().skip(start) {
        if used + cw + 1 > room {
            break;
        }
        used += cw + 1;
        shown.push(i);
    }
    let style = |i: usize| {
        if Some(i) == focused && matches!(view.focus, Field::Column(_)) {
            Style::new().reversed()
        } else if chosen(i).is_empty() {
            Style::new().dim()
        } else {
            app.prefs.palette.accent.bold()
        }
    };
    let mut out = Vec::new();
    let lead = if start > 0 { "  …  " } else { "     " };
    // The tags: which field reads each column.
    let mut tags = vec![Span::raw(format!("{lead} "))];
    for &i in &shown {
        tags.push(Span::styled(format!("{} ", pad(&tag(i), widths[i], false)), app.prefs.palette.accent));
    }
    out.push(Line::from(tags));
    for (n, r) in rows.iter().enumerate() {
        let line = if n == 0 { pad(t::col_line(), 5, true) } else { format!("{:>5}", r.line) };
        let mut spans = vec![Span::raw(format!("{line} ")).dim()];
        for &i in &shown {
            let text = pad(&cell(r, i), widths[i], false);
            let s = if n == 0 { style(i).underlined() } else { style(i) };
            spans.push(Span::styled(text, s));
            spans.push(Span::raw(" "));
        }
        out.push(Line::from(spans));
    }
    out
}
