//! Draws the state and nothing else: every function here reads `&State` and writes cells.

mod finder;
mod text;

use ratatui::layout::{Alignment, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span as TSpan};
use ratatui::widgets::{Block, Clear, Paragraph};
use ratatui::Frame;

use crate::app::layout;
use crate::app::panel::{Row, Section};
use crate::app::wrap;
use crate::app::{ListRow, Mode, Pane, SortBy, State};
use crate::extract::Kind;
use crate::sanitize;

use text::{fit, fit_left_right};

pub fn draw(frame: &mut Frame, s: &State) {
    let p = s.panes;
    if let Some(r) = p.list {
        draw_list(frame, r, s);
    }
    if let Some(r) = p.reader {
        draw_reader(frame, r, s);
    }
    if let Some(r) = p.panel {
        draw_panel(frame, r, s);
    }
    if let Some(r) = p.status {
        draw_status(frame, r, s);
    }
    if let (Mode::Find, Some(f)) = (s.mode, &s.finder) {
        finder::draw(frame, frame.area(), s, f);
    }
    if s.mode == Mode::Help {
        draw_help(frame, frame.area(), s);
    }
}

fn pane_block<'a>(s: &State, pane: Pane, title: String) -> Block<'a> {
    let t = &s.config.theme;
    let focused = s.focus == pane;
    let style = if focused {
        Style::new().fg(t.focus)
    } else {
        Style::new().fg(t.border)
    };
    let title_style = if focused {
        style.add_modifier(Modifier::BOLD)
    } else {
        style
    };
    Block::bordered()
        .border_style(style)
        .title(TSpan::styled(title, title_style))
}

pub fn kind_color(s: &State, k: Kind) -> Color {
    let t = &s.config.theme;
    match k {
        Kind::Person => t.person,
        Kind::Organization => t.organization,
        Kind::Place => t.place,
    }
}

fn draw_list(frame: &mut Frame, area: Rect, s: &State) {
    let t = &s.config.theme;
    let n = s
        .list
        .rows
        .iter()
        .filter(|r| matches!(r, ListRow::Article(_)))
        .count();
    let sort = match s.sort {
        SortBy::Date => "date",
        SortBy::Title => "title",
    };
    let mut title = format!(" Articles {n} · {sort} ");
    if !s.list.filter.is_empty() || s.mode == Mode::Filter {
        title = format!(" /{} ({n}) ", s.list.filter);
    }
    let block = pane_block(
        s,
        Pane::List,
        fit(&title, area.width.saturating_sub(2) as usize),
    );
    let inner = layout::inner(area);
    frame.render_widget(block, area);
    let w = inner.width as usize;
    let mut lines = Vec::new();
    for (i, row) in s
        .list
        .rows
        .iter()
        .enumerate()
        .skip(s.list.offset)
        .take(inner.height as usize)
    {
        let selected = i == s.list.selected;
        let mut line = match row {
            ListRow::Article(a) => {
                let Some(art) = s.articles.get(*a) else {
                    continue;
                };
                let read = s.saved.read.contains(&art.path);
                let mark = if s.open == Some(*a) {
                    "▸"
                } else if s.warnings_for(art).next().is_some() {
                    "!"
                } else if read {
                    " "
                } else {
                    "•"
                };
                // The calendar date when it can be read: it is what the list sorts by.
                let date = art
                    .sort_date()
                    .map(|d| d.to_string())
                    .or_else(|| art.date.clone())
                    .unwrap_or_default();
                let left = format!("{mark}{}", art.title);
                let text = fit_left_right(&left, &date, w);
                let style = if read {
                    Style::new()
                } else {
                    Style::new().add_modifier(Modifier::BOLD)
                };
                Line::from(TSpan::styled(text, style))
            }
            ListRow::Failure(f) => {
                let Some(fail) = s.failures.get(*f) else {
                    continue;
                };
                let name = fail
                    .path
                    .file_name()
                    .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
                // File names and error messages come from the file system, not from the
                // sanitising loader: clean them here.
                let text = fit(
                    &sanitize::for_terminal(&format!("✗{name}: {}", fail.reason)),
                    w,
                );
                Line::from(TSpan::styled(text, Style::new().fg(t.error)))
            }
        };
        if selected {
            line = line.patch_style(selected_style(s, Pane::List));
        }
        lines.push(line);
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

fn selected_style(s: &State, pane: Pane) -> Style {
    let t = &s.config.theme;
    if s.focus == pane {
        Style::new().bg(t.selected).add_modifier(Modifier::BOLD)
    } else {
        Style::new().bg(t.selected)
    }
}

fn draw_reader(frame: &mut Frame, area: Rect, s: &State) {
    let t = &s.config.theme;
    let block = pane_block(s, Pane::Reader, String::new());
    frame.render_widget(block, area);
    let (header, body) = s.reader_parts().unwrap_or_default();
    let Some(article) = s.article() else {
        let msg = match s.loading {
            Some(p) => match p.total {
                Some(n) => format!("Loading library… {}/{}", p.done, n),
                None => "Loading library…".to_string(),
            },
            None => "No article to show.".to_string(),
        };
        let inner = layout::inner(area);
        frame.render_widget(
            Paragraph::new(fit(&msg, inner.width as usize)).alignment(Alignment::Center),
            inner,
        );
        return;
    };
    let w = header.width as usize;
    let bold = Style::new().add_modifier(Modifier::BOLD);
    let title_lines = wrap::wrap(&article.title, header.width).lines;
    let mut head: Vec<Line> = title_lines
        .iter()
        .take(s.title_lines(header.width) as usize)
        .enumerate()
        .map(|(i, l)| {
            // The last title line shown takes the rest of the title, cut with "…".
            let end = if i + 1 == s.title_lines(header.width) as usize {
                article.title.len()
            } else {
                l.end
            };
            let piece = article.title.get(l.start..end).unwrap_or("");
            Line::from(TSpan::styled(fit(piece, w), bold))
        })
        .collect();
    let meta: Vec<&str> = [
        article.author.as_deref(),
        article.date.as_deref(),
        article.url.as_deref(),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !meta.is_empty() {
        head.push(Line::from(TSpan::styled(
            fit(&meta.join(" · "), w),
            Style::new().fg(t.border),
        )));
    }
    frame.render_widget(Paragraph::new(head), header);

    let marks = text::marks(s);
    let lines: Vec<Line> = s
        .reader
        .wrapped
        .lines
        .iter()
        .skip(s.reader.scroll)
        .take(body.height as usize)
        .map(|l| text::styled_line(&article.text, *l, &marks))
        .collect();
    frame.render_widget(Paragraph::new(lines), body);
}

fn draw_panel(frame: &mut Frame, area: Rect, s: &State) {
    let t = &s.config.theme;
    let block = pane_block(s, Pane::Panel, String::new());
    let inner = layout::inner(area);
    frame.render_widget(block, area);
    let w = inner.width as usize;
    let Some(a) = s.analysis() else {
        let msg = if s.article().is_some() {
            "analysing…"
        } else {
            ""
        };
        frame.render_widget(Paragraph::new(fit(msg, w)), inner);
        return;
    };
    let mut lines = Vec::new();
    for (i, row) in s
        .panel
        .rows
        .iter()
        .enumerate()
        .skip(s.panel.offset)
        .take(inner.height as usize)
    {
        let mut line = match row {
            Row::Header(section, n) => {
                let color = match section {
                    Section::People => t.person,
                    Section::Organizations => t.organization,
                    Section::Places => t.place,
                    Section::Quotes => t.quote,
                };
                let text = fit_left_right(section.title(), &n.to_string(), w);
                Line::from(TSpan::styled(
                    text,
                    Style::new()
                        .fg(color)
                        .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
                ))
            }
            Row::Empty => Line::from(TSpan::styled(
                fit("  none found", w),
                Style::new().fg(t.border),
            )),
            Row::Entity(id) => match a.entities.get(*id) {
                Some(e) => {
                    let text =
                        fit_left_right(&format!(" {}", e.name), &e.mentions.len().to_string(), w);
                    Line::from(TSpan::styled(text, Style::new().fg(kind_color(s, e.kind))))
                }
                None => Line::default(),
            },
            Row::Speaker(label, qs) => {
                let name = label.as_deref().unwrap_or("(unattributed)");
                let text = fit_left_right(&format!(" {name}"), &qs.len().to_string(), w);
                Line::from(TSpan::styled(
                    text,
                    Style::new().add_modifier(Modifier::BOLD),
                ))
            }
            Row::More(_, n) => Line::from(TSpan::styled(
                fit(&format!("  +{n} more"), w),
                Style::new().fg(t.border).add_modifier(Modifier::ITALIC),
            )),
            Row::Quote(q) => match a.quotes.get(*q) {
                Some(quote) => {
                    let mark = if s.quote == Some(*q) { " ›" } else { "  " };
                    let snippet: String =
                        quote.text.split_whitespace().collect::<Vec<_>>().join(" ");
                    let text = fit(&format!("{mark}“{snippet}”"), w);
                    Line::from(TSpan::styled(
                        text,
                        Style::new().fg(t.quote).add_modifier(Modifier::ITALIC),
                    ))
                }
                None => Line::default(),
            },
        };
        if s.panel.selected == Some(i) {
            line = line.patch_style(selected_style(s, Pane::Panel));
        }
        lines.push(line);
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

fn draw_status(frame: &mut Frame, area: Rect, s: &State) {
    let t = &s.config.theme;
    let style = Style::new().fg(t.status_fg).bg(t.status_bg);
    let w = area.width as usize;
    let text = match s.mode {
        Mode::Search => {
            let count = if s.search.query.is_empty() {
                String::new()
            } else {
                match_counter(s)
            };
            fit_left_right(&format!("/{}▏", s.search.query), &count, w)
        }
        Mode::Filter => fit_left_right(
            &format!("filter: {}▏", s.list.filter),
            "Enter keep · Esc clear",
            w,
        ),
        _ => {
            // The hint gives way first: position and notices matter more on a narrow screen.
            let (left, hint) = (status_left(s), s.config.keymap.hint());
            if text::width(&left) + text::width(&hint) + 2 <= w {
                fit_left_right(&left, &hint, w)
            } else {
                fit(&left, w)
            }
        }
    };
    frame.render_widget(Paragraph::new(text).style(style), area);
}

fn match_counter(s: &State) -> String {
    let n = s.search.matches.len();
    match s.search.current {
        Some(c) if n > 0 => format!("match {}/{n}", c + 1),
        _ => format!("match 0/{n}"),
    }
}

fn status_left(s: &State) -> String {
    let mut parts = Vec::new();
    let (pos, n) = s.position();
    parts.push(format!(" {pos}/{n}"));
    parts.push(format!("{}%", s.scroll_percent()));
    parts.push(s.focus.label().to_uppercase());
    if !s.search.query.is_empty() {
        parts.push(format!("“{}” {}", s.search.query, match_counter(s)));
    }
    if let (Some(m), Some(e)) = (
        s.mention,
        s.selected_entity()
            .and_then(|id| s.analysis().and_then(|a| a.entities.get(id))),
    ) {
        parts.push(format!("{} {}/{}", e.name, m + 1, e.mentions.len()));
    }
    if let Some(q) = s
        .quote
        .and_then(|q| s.analysis().and_then(|a| a.quotes.get(q)))
    {
        let who = q
            .speaker
            .as_ref()
            .map_or("unattributed", |sp| sp.name.as_str());
        let qi = s.quote.unwrap_or(0) + 1;
        let total = s.analysis().map_or(0, |a| a.quotes.len());
        parts.push(format!("quote {qi}/{total} {who}"));
    }
    if s.article().is_some() && s.analysis().is_none() {
        // Analysis runs off the UI thread; the panel fills in when it is done.
        parts.push("analysing…".into());
    }
    if let Some(p) = s.loading {
        match p.total {
            Some(total) => parts.push(format!("loading {}/{total}…", p.done)),
            None => parts.push("loading…".into()),
        }
    }
    if let Some(p) = s.indexing {
        let total = p.total.map_or(String::new(), |t| format!("/{t}"));
        parts.push(format!("indexing {}{total}…", p.done));
    }
    // Notices can quote paths and OS errors: sanitise before they reach the terminal.
    if let Some(note) = &s.notice {
        parts.push(sanitize::for_terminal(note));
    } else if let Some(why) = &s.sample_note {
        parts.push(sanitize::for_terminal(&format!("sample library ({why})")));
    }
    parts.join("  ")
}

fn draw_help(frame: &mut Frame, area: Rect, s: &State) {
    let rows = s.config.keymap.help_rows();
    let key_w = rows
        .iter()
        .map(|(k, _)| text::width(k))
        .max()
        .unwrap_or(0)
        .min(24);
    let desc_w = rows.iter().map(|(_, d)| text::width(d)).max().unwrap_or(0);
    let want_w = (key_w + desc_w + 5) as u16;
    let w = want_w.min(area.width);
    let h = (rows.len() as u16 + 2).min(area.height);
    let r = Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    );
    frame.render_widget(Clear, r);
    let block = Block::bordered()
        .title(" Keys (? or Esc closes) ")
        .border_style(Style::new().fg(s.config.theme.focus));
    let inner = layout::inner(r);
    frame.render_widget(block, r);
    let lw = inner.width as usize;
    let lines: Vec<Line> = rows
        .iter()
        .map(|(k, d)| {
            let key = fit(k, key_w);
            let pad = " ".repeat(key_w.saturating_sub(text::width(&key)));
            Line::from(vec![
                TSpan::styled(
                    format!("{key}{pad}"),
                    Style::new().add_modifier(Modifier::BOLD),
                ),
                TSpan::raw(fit(&format!("  {d}"), lw.saturating_sub(key_w))),
            ])
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}
