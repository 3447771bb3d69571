//! Small popups: the quick-add and filter prompt, the delete question, help.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::style::{Style, Stylize};
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph};

use unicode_width::UnicodeWidthStr;

use super::{centered, fit, pad, wrap};
use crate::money::Money;
use crate::text;
use crate::tui::app::{App, Pending, PromptKind, Tab};
use crate::tui::keymap::{self, Scope};
use crate::tui::sheet::SheetKind;

pub fn prompt(frame: &mut Frame, app: &App, area: Rect) {
    // The file prompt lists the bills found nearby under the line.
    let listed = if app.prompt_kind == PromptKind::ImportPath { app.bills.files.len() as u16 } else { 0 };
    let wide = matches!(
        app.prompt_kind,
        PromptKind::ImportPath | PromptKind::ImportCategory | PromptKind::ImportSource | PromptKind::Command
    );
    let width = if wide { 72 } else { 64 };
    // The method being remapped, named in the hint (the popup covers the rows).
    let source_hint = (app.prompt_kind == PromptKind::ImportSource)
        .then(|| app.import.as_ref().and_then(|v| v.route()))
        .flatten()
        .map_or(String::new(), |r| text::import::prompt_source_hint(&r.label));
    let (title, hint) = match app.prompt_kind {
        PromptKind::Quick => (text::ui::prompt_quick(), text::ui::prompt_quick_hint()),
        PromptKind::Filter => (text::ui::prompt_filter(), text::ui::prompt_filter_hint()),
        PromptKind::Rename => (text::ui::prompt_rename(), text::ui::prompt_rename_hint()),
        PromptKind::ImportPath => (text::ui::prompt_import(), text::ui::prompt_import_hint()),
        PromptKind::ImportCategory => (text::ui::prompt_category(), text::ui::prompt_category_hint()),
        PromptKind::ImportSource => (text::import::prompt_source(), source_hint.as_str()),
        PromptKind::Command => (text::ui::prompt_command(), text::ui::prompt_command_hint()),
        PromptKind::WhatIf => (text::ranges::prompt_what_if(), text::ranges::prompt_what_if_hint()),
        PromptKind::Tags => (text::tags::prompt_tags(), text::tags::prompt_tags_hint()),
        PromptKind::Loan => (text::owed::prompt_loan(), text::owed::prompt_loan_hint()),
        PromptKind::Reimburse => (text::claims::prompt_reimburse(), text::claims::prompt_reimburse_hint()),
        PromptKind::Split => (text::claims::prompt_split(), text::claims::prompt_split_hint()),
    };
    // The hint wraps within the popup, whole.
    let hint = wrap(hint, usize::from(width.min(area.width).saturating_sub(2)));
    let height = 4 + u16::try_from(hint.len()).unwrap_or(1) + listed;
    let popup = centered(area, width, height);
    let block = Block::bordered().title(title).title_bottom(text::ui::prompt_keys());
    let inner = block.inner(popup);
    super::clear_popup(frame, popup);
    frame.render_widget(block, popup);
    let mut lines = vec![Line::from(format!("> {}", app.prompt.text()))];
    lines.extend(hint.into_iter().map(|l| Line::from(l).dim()));
    if listed > 0 {
        lines.push(Line::from(""));
        for (i, f) in app.bills.files.iter().enumerate() {
            let text = fit(&format!("  {f}"), inner.width as usize);
            lines.push(if app.bills.choice == Some(i) { Line::from(text).reversed() } else { Line::from(text) });
        }
    }
    frame.render_widget(Paragraph::new(lines), inner);
    let caret = app.prompt.caret_columns().min(inner.width.saturating_sub(3));
    frame.set_cursor_position(Position { x: inner.x + 2 + caret, y: inner.y });
}

pub fn confirm(frame: &mut Frame, app: &App, area: Rect) {
    let question = match &app.confirm {
        Some(Pending::Txn(t)) => {
            let what = format!("{} {} {}", t.date, text::safe::escaped(&t.payee), Money::new(t.amount, t.currency));
            match app.reconciled_on(t) {
                Some(day) => text::worth::ask_delete_reconciled(&what, day),
                None if t.transfer_id.is_some() => text::ui::confirm_transfer(&what),
                None => text::ui::confirm_txn(&what),
            }
        }
        Some(Pending::Edit(t, day)) => {
            let what = format!("{} {} {}", t.date, text::safe::escaped(&t.payee), Money::new(t.amount, t.currency));
            text::worth::ask_edit_reconciled(&what, day)
        }
        Some(Pending::Scenario(_, s)) => text::ui::confirm_scenario(&text::safe::escaped(&s.name)),
        Some(Pending::Words { words, what }) => {
            let what = text::safe::escaped(what);
            if words.first().is_some_and(|w| w == "goals") {
                text::screens::ask_delete_goal(&what)
            } else {
                text::screens::ask_delete(&what)
            }
        }
        None => return,
    };
    let (title, keys) = match &app.confirm {
        Some(Pending::Edit(..)) => (text::worth::confirm_edit_title(), text::worth::confirm_edit_keys()),
        _ => (text::ui::confirm_title(), text::ui::confirm_keys()),
    };
    // A long question (a reconciled row's) wraps, whole.
    let question = wrap(&question, usize::from(60u16.min(area.width).saturating_sub(2)));
    let popup = centered(area, 60, 4 + u16::try_from(question.len()).unwrap_or(1));
    let block = Block::bordered().title(title);
    let inner = block.inner(popup);
    super::clear_popup(frame, popup);
    frame.render_widget(block, popup);
    let mut lines: Vec<Line> = question.into_iter().map(|q| Line::from(fit(&q, inner.width as usize))).collect();
    lines.extend([Line::from(""), Line::from(keys.dim())]);
    frame.render_widget(Paragraph::new(lines), inner);
}

pub fn help(frame: &mut Frame, app: &App, area: Rect) {
    if let Some((line, lines)) = &app.output {
        return output(frame, app, area, line, lines);
    }
    let block = Block::bordered().title(text::ui::help_title()).title_bottom(text::ui::help_keys());
    let inner = block.inner(area);
    super::clear_popup(frame, area);
    frame.render_widget(block, area);
    let sections = help_sections(app);
    let key_width = sections.iter().flat_map(|(_, rows)| rows).map(|(keys, _)| keys.width()).max().unwrap_or(0) + 1;
    // Two columns only when both have room for most descriptions on one
    // line; else one, and a description that does not fit wraps under itself.
    let two = inner.width as usize >= 2 * (key_width + HELP_TEXT + 1);
    let width = if two { inner.width as usize / 2 - 1 } else { inner.width as usize };
    let mut blocks: Vec<Vec<Line>> = Vec::new();
    if let Some(path) = &app.ledger {
        blocks
            .push(wrap(&text::ui::ledger_at(path.display()), width).into_iter().map(|l| Line::from(l).dim()).collect());
    }
    blocks.extend(sections.iter().map(|(title, rows)| help_section(title, rows, key_width, width)));
    let columns = if two { split_in_two(blocks) } else { vec![stack(blocks)] };
    // Scrolled no further than the end of the longer column.
    let longest = columns.iter().map(Vec::len).max().unwrap_or(0);
    let scroll = app.help_scroll.min(u16::try_from(longest).unwrap_or(u16::MAX).saturating_sub(inner.height));
    let areas: Vec<Rect> = if two {
        Layout::horizontal([Constraint::Ratio(1, 2), Constraint::Ratio(1, 2)]).split(inner).to_vec()
    } else {
        vec![inner]
    };
    for (lines, place) in columns.into_iter().zip(areas) {
        frame.render_widget(Paragraph::new(lines).scroll((scroll, 0)), place);
    }
}

/// Columns a description gets beside its key before the help goes to one
/// column: most fit in it whole.
const HELP_TEXT: usize = 40;

/// A section's lines: (keys, what they do).
type KeyLines = Vec<(String, &'static str)>;

/// The help's sections, (title, key lines): the keys of what is showing
/// first, then the keys every tab shares, once, then the other tabs' and
/// screens' own keys.
fn help_sections(app: &App) -> Vec<(&'static str, KeyLines)> {
    let schedule_keys = || {
        let tab = keymap::own_help_lines(Scope::Tab(Tab::Move));
        keymap::own_help_lines(Scope::Schedule).into_iter().filter(|l| !tab.contains(l)).collect::<KeyLines>()
    };
    // Every section, in the order of the tabs and then the screens over them.
    let mut all: Vec<(Scope, &'static str, KeyLines)> = Vec::new();
    for tab in Tab::ALL {
        all.push((Scope::Tab(tab), tab.help_title(), keymap::own_help_lines(Scope::Tab(tab))));
        if tab == Tab::Move {
            all.push((Scope::Schedule, text::ui::help_schedule(), schedule_keys()));
        }
    }
    for (scope, title) in [
        (Scope::Import, text::ui::help_import()),
        (Scope::Mapping, text::mapping::help_title()),
        (Scope::Form, text::ui::help_forms()),
        (Scope::Prompt, text::ui::help_prompts()),
        (Scope::Confirm, text::ui::help_delete()),
        (Scope::Sheet(SheetKind::Accounts), text::screens::accounts_title()),
        (Scope::Sheet(SheetKind::Categories), text::screens::categories_title()),
        (Scope::Sheet(SheetKind::Rules), text::screens::rules_title()),
        (Scope::Sheet(SheetKind::Goals), text::screens::goals_title()),
        (Scope::Sheet(SheetKind::Owed), text::owed::owed_title()),
        (Scope::Fields, text::screens::help_small_forms()),
        (Scope::Reconcile, text::worth::help_reconcile_title()),
    ] {
        all.push((scope, title, keymap::own_help_lines(scope)));
    }
    let sheet = app.sheet.as_ref().map(|s| [Scope::Sheet(s.kind)]);
    let here: &[Scope] = if let Some(sheet) = &sheet {
        sheet
    } else if app.import.is_some() {
        &[Scope::Import]
    } else if app.mapping.is_some() {
        &[Scope::Mapping]
    } else if app.tab == Tab::Move && app.relocation.schedule {
        &[Scope::Schedule, Scope::Tab(Tab::Move)]
    } else {
        &[Scope::Tab(app.tab)]
    };
    let (mut first, rest): (Vec<_>, Vec<_>) = all.into_iter().partition(|(scope, _, _)| here.contains(scope));
    first.sort_by_key(|(scope, _, _)| here.iter().position(|s| s == scope));
    let first = first.into_iter().map(|(_, title, rows)| (title, rows));
    let shared = (text::ui::help_every_tab(), keymap::shared_help_lines());
    first.chain([shared]).chain(rest.into_iter().map(|(_, title, rows)| (title, rows))).collect()
}

/// One section of the help `width` columns wide: its title, then each key
/// with what it does, wrapped under itself when it is too long.
fn help_section(title: &str, rows: &[(String, &str)], key_width: usize, width: usize) -> Vec<Line<'static>> {
    let mut lines = vec![Line::styled(title.to_owned(), Style::new().bold().underlined())];
    for (keys, what) in rows {
        for (i, part) in wrap(what, width.saturating_sub(key_width)).into_iter().enumerate() {
            let lead = if i == 0 { pad(keys, key_width, false) } else { " ".repeat(key_width) };
            lines.push(Line::from(format!("{lead}{part}")));
        }
    }
    lines
}

/// Blocks of lines in two columns, split between blocks where the longer
/// column is shortest.
fn split_in_two(blocks: Vec<Vec<Line<'static>>>) -> Vec<Vec<Line<'static>>> {
    // Each block but a column's first has a blank line before it.
    let total: usize = blocks.iter().map(|b| b.len() + 1).sum();
    let mut left = 0;
    let mut best = (total, 0);
    for (i, b) in blocks.iter().enumerate() {
        left += b.len() + 1;
        let longer = left.max(total - left);
        if longer < best.0 {
            best = (longer, i + 1);
        }
    }
    let mut blocks = blocks;
    let right = blocks.split_off(best.1);
    vec![stack(blocks), stack(right)]
}

/// Blocks of lines one under the other, a blank line between two.
fn stack(blocks: Vec<Vec<Line<'static>>>) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for block in blocks {
        if !lines.is_empty() {
            lines.push(Line::from(""));
        }
        lines.extend(block);
    }
    lines
}

/// A `:` line's long output over the screen, scrolled as the help is.
fn output(frame: &mut Frame, app: &App, area: Rect, line: &str, lines: &[String]) {
    let block = Block::bordered().title(format!(" :{line} ")).title_bottom(text::ui::help_keys());
    let inner = block.inner(area);
    super::clear_popup(frame, area);
    frame.render_widget(block, area);
    // Prose wraps inside the popup (issue 25: `:salary`'s notes ran past
    // 120 columns); a table's row, its columns two spaces or more apart,
    // stays one line, so its columns stay under their heads, unless it is
    // wider than the popup: then its last column wraps under itself (a
    // flag and its help in `:add --help`).
    let room = inner.width as usize;
    let shown: Vec<Line> = lines
        .iter()
        .map(|l| crate::text::safe::escaped(l).into_owned())
        .flat_map(|l| if l.width() <= room { vec![l] } else { hanging(&l, room).unwrap_or_else(|| wrap(&l, room)) })
        .map(Line::from)
        .collect();
    let scroll = app.help_scroll.min(u16::try_from(shown.len()).unwrap_or(u16::MAX).saturating_sub(inner.height));
    frame.render_widget(Paragraph::new(shown).scroll((scroll, 0)), inner);
}

/// A row too wide for `room` whose last column (after its last run of two
/// spaces or more) wraps under itself; `None` for prose (no such run), or
/// when what comes before the last column takes two thirds of the room or
/// more (then the whole row wraps as prose).
fn hanging(row: &str, room: usize) -> Option<Vec<String>> {
    let indent = row.len() - row.trim_start().len();
    let gap = row[indent..].trim_end().rfind("  ")? + indent;
    let at = gap + row[gap..].len() - row[gap..].trim_start().len();
    let lead = &row[..at];
    let lead_width = lead.width();
    if lead_width * 3 >= room * 2 {
        return None;
    }
    let parts = wrap(&row[at..], room - lead_width);
    let blank = " ".repeat(lead_width);
    Some(parts.into_iter().enumerate().map(|(i, p)| format!("{}{p}", if i == 0 { lead } else { &blank })).collect())
}

/// The settings screen: each setting, its value and where it comes from,
/// what it is for under it; the selected one marked.
pub fn settings(frame: &mut Frame, app: &App, area: Rect) {
    let block = Block::bordered().title(text::ui::settings_title()).title_bottom(text::ui::settings_keys());
    let inner = block.inner(area);
    super::clear_popup(frame, area);
    frame.render_widget(block, area);
    let width = inner.width as usize;
    let mut lines: Vec<Line> = Vec::new();
    let mut selected_at = 0;
    for (i, row) in app.settings.iter().enumerate() {
        let value = row.value.as_deref().map_or_else(|| text::ui::setting_unset().to_owned(), |v| v.to_owned());
        let head =
            format!("{} {} = {value}  ({})", if i == app.settings_selected { '>' } else { ' ' }, row.key, row.source);
        if i == app.settings_selected {
            selected_at = lines.len();
            lines.push(Line::from(head).reversed());
        } else {
            lines.push(Line::from(head));
        }
        lines
            .extend(wrap(row.about, width.saturating_sub(4)).into_iter().map(|l| Line::from(format!("    {l}")).dim()));
    }
    // The selected row stays in view.
    let scroll = selected_at.saturating_sub(usize::from(inner.height) / 2);
    frame.render_widget(Paragraph::new(lines).scroll((u16::try_from(scroll).unwrap_or(0), 0)), inner);
}
