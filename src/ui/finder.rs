//! The finder popup: the query line, then names, articles with the mention in context, or a
//! speaker's quotes.

use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span as TSpan};
use ratatui::widgets::{Block, Clear, Paragraph};
use ratatui::Frame;

use crate::app::finder::{kind_label, Finder, Stage};
use crate::app::{layout, State};
use crate::index::RowKind;

use super::text::{fit, fit_left_right};

pub fn draw(frame: &mut Frame, area: Rect, s: &State, f: &Finder) {
    let t = &s.config.theme;
    let r = layout::popup(area);
    if r.width < 3 || r.height < 3 {
        return;
    }
    frame.render_widget(Clear, r);
    let title = match &f.stage {
        Stage::Names => " Find in library ".to_string(),
        Stage::Articles { title, results } => {
            format!(" {title} · {} ", count(results.len(), "article"))
        }
        Stage::Quotes { speaker, quotes } => {
            format!(" Quotes by {speaker} · {} ", quotes.len())
        }
    };
    let inner = layout::inner(r);
    let w = inner.width as usize;
    let block = Block::bordered()
        .border_style(Style::new().fg(t.focus))
        .title(TSpan::styled(
            fit(&title, w),
            Style::new().add_modifier(Modifier::BOLD),
        ));
    frame.render_widget(block, r);

    let dim = Style::new().fg(t.border);
    let mut lines: Vec<Line> = Vec::new();
    let (prompt, help) = match f.stage {
        Stage::Names => (
            format!("› {}▏", f.query),
            "Enter articles · Tab quotes · Esc close",
        ),
        Stage::Articles { .. } => (String::new(), "Enter open at the mention · Esc back"),
        Stage::Quotes { .. } => (String::new(), "Enter open at the quote · Esc back"),
    };
    let right = f
        .busy
        .as_deref()
        .map_or(help.to_string(), |b| format!("{b}…"));
    lines.push(Line::from(vec![TSpan::styled(
        fit_left_right(&prompt, &right, w),
        Style::new().add_modifier(Modifier::BOLD),
    )]));
    lines.push(Line::from(TSpan::styled("─".repeat(w), dim)));
    let rows_h = inner.height.saturating_sub(2) as usize;
    let selected = Style::new().bg(t.selected).add_modifier(Modifier::BOLD);
    match &f.stage {
        Stage::Names => {
            let search_row = if f.query.trim().is_empty() {
                "type a name, or person: org: place: said: and words".to_string()
            } else {
                format!("⌕ articles matching “{}”", f.query)
            };
            let mut rows = vec![Line::from(TSpan::styled(fit(&search_row, w), dim))];
            for n in &f.names {
                let color = match n.kind {
                    RowKind::Person => t.person,
                    RowKind::Organization => t.organization,
                    RowKind::Place => t.place,
                    RowKind::Speaker => t.quote,
                };
                let right = format!(
                    "{:<7} {:>5} {:>5}",
                    kind_label(n.kind),
                    n.articles,
                    n.quotes
                );
                rows.push(Line::from(TSpan::styled(
                    fit_left_right(&format!(" {}", n.name), &right, w),
                    Style::new().fg(color),
                )));
            }
            if rows_h > 0 && !f.names.is_empty() {
                // Column heads over the counts, in the separator line.
                let cols = format!("{:<7} {:>5} {:>5}", "kind", "arts", "qts");
                let head = fit_left_right("", &cols, w);
                lines[1] = Line::from(TSpan::styled(head.replace(' ', "─"), dim));
            }
            for (i, mut line) in rows.into_iter().enumerate().skip(f.offset).take(rows_h) {
                if i == f.name_selected {
                    line = line.patch_style(selected);
                }
                lines.push(line);
            }
        }
        Stage::Articles { results, .. } => {
            for (i, r) in results.iter().enumerate().skip(f.offset).take(rows_h / 2) {
                let date = r.date.clone().unwrap_or_default();
                let mut head = Line::from(TSpan::styled(
                    fit_left_right(&r.title, &date, w),
                    Style::new().add_modifier(Modifier::BOLD),
                ));
                let snippet = r
                    .hits
                    .first()
                    .map_or(String::new(), |h| one_line(&h.snippet));
                let more = match r.hits.len() {
                    0 | 1 => String::new(),
                    n => format!("{n} hits"),
                };
                let mut body = Line::from(TSpan::styled(
                    fit_left_right(&format!("  {snippet}"), &more, w),
                    Style::new().fg(t.quote),
                ));
                if i == f.selected {
                    head = head.patch_style(selected);
                    body = body.patch_style(selected);
                }
                lines.push(head);
                lines.push(body);
            }
        }
        Stage::Quotes { quotes, .. } => {
            for (i, q) in quotes.iter().enumerate().skip(f.offset).take(rows_h / 2) {
                let date = q.date.clone().unwrap_or_default();
                let mut head = Line::from(TSpan::styled(
                    fit_left_right(&q.title, &date, w),
                    Style::new().add_modifier(Modifier::BOLD),
                ));
                let mut body = Line::from(TSpan::styled(
                    fit(&format!("  “{}”", one_line(&q.text)), w),
                    Style::new().fg(t.quote).add_modifier(Modifier::ITALIC),
                ));
                if i == f.selected {
                    head = head.patch_style(selected);
                    body = body.patch_style(selected);
                }
                lines.push(head);
                lines.push(body);
            }
        }
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

fn count(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

/// Snippets and quotes can span paragraphs: one screen line each.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
