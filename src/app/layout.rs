//! Where each pane goes for a terminal size. Pure geometry, shared by `update` (paging, clicks,
//! wrapping) and `ui` (drawing), so the two always agree.

use ratatui::layout::Rect;

use super::Pane;

/// The list shows only on terminals at least this wide.
pub const LIST_MIN_WIDTH: u16 = 100;
/// Below this width only one of reader and panel shows: the focused one.
pub const SPLIT_MIN_WIDTH: u16 = 60;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Panes {
    pub list: Option<Rect>,
    pub reader: Option<Rect>,
    pub panel: Option<Rect>,
    pub status: Option<Rect>,
}

pub struct LayoutInput {
    pub area: Rect,
    pub show_panel: bool,
    pub focus: Pane,
    pub list_width: u16,
    pub panel_width: u16,
}

pub fn panes(i: &LayoutInput) -> Panes {
    let a = i.area;
    if a.width == 0 || a.height == 0 {
        return Panes::default();
    }
    let status = Rect::new(a.x, a.y + a.height - 1, a.width, 1);
    let body_h = a.height - 1;
    if body_h == 0 {
        return Panes {
            status: Some(status),
            ..Panes::default()
        };
    }
    let mut x = a.x;
    let mut w = a.width;
    let mut out = Panes {
        status: Some(status),
        ..Panes::default()
    };
    if a.width >= LIST_MIN_WIDTH {
        let lw = i.list_width.min(a.width / 4);
        out.list = Some(Rect::new(x, a.y, lw, body_h));
        x += lw;
        w -= lw;
    }
    if a.width < SPLIT_MIN_WIDTH {
        // One pane at a time: the panel when it is focused (and shown), else the reader.
        let r = Rect::new(x, a.y, w, body_h);
        if i.show_panel && i.focus == Pane::Panel {
            out.panel = Some(r);
        } else {
            out.reader = Some(r);
        }
        return out;
    }
    if i.show_panel {
        let pw = i.panel_width.min(w * 2 / 5);
        out.panel = Some(Rect::new(x + w - pw, a.y, pw, body_h));
        w -= pw;
    }
    out.reader = Some(Rect::new(x, a.y, w, body_h));
    out
}

/// Inside of a bordered pane.
pub fn inner(r: Rect) -> Rect {
    Rect::new(
        r.x.saturating_add(1),
        r.y.saturating_add(1),
        r.width.saturating_sub(2),
        r.height.saturating_sub(2),
    )
}

/// The finder popup: most of the screen, centred, leaving the status bar visible.
pub fn popup(area: Rect) -> Rect {
    let w = (area.width.saturating_mul(9) / 10).clamp(area.width.min(40), 110);
    let h = area.height.saturating_sub(1).saturating_mul(9) / 10;
    let h = h.max(area.height.saturating_sub(1).min(8));
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height.saturating_sub(1) - h) / 2,
        w,
        h,
    )
}

/// The reader's inner area split into its header (title, byline) and the scrolling text.
pub fn reader_parts(reader: Rect, header_lines: u16) -> (Rect, Rect) {
    let inn = inner(reader);
    let h = header_lines.min(inn.height);
    (
        Rect::new(inn.x, inn.y, inn.width, h),
        Rect::new(inn.x, inn.y + h, inn.width, inn.height - h),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn popup_fits_any_screen() {
        for (w, h) in [(0, 0), (1, 1), (20, 5), (80, 24), (300, 100)] {
            let p = popup(Rect::new(0, 0, w, h));
            assert!(p.right() <= w && p.bottom() <= h.max(1), "{w}x{h}: {p:?}");
        }
    }

    fn input(w: u16, h: u16, show_panel: bool, focus: Pane) -> LayoutInput {
        LayoutInput {
            area: Rect::new(0, 0, w, h),
            show_panel,
            focus,
            list_width: 30,
            panel_width: 38,
        }
    }

    #[test]
    fn wide_has_three_panes() {
        let p = panes(&input(140, 40, true, Pane::Reader));
        let (l, r, s) = (p.list.unwrap(), p.reader.unwrap(), p.panel.unwrap());
        assert_eq!(l.width + r.width + s.width, 140);
        assert_eq!(r.x, l.x + l.width);
        assert_eq!(p.status.unwrap().y, 39);
    }

    #[test]
    fn list_hides_below_100_columns_and_panel_toggles() {
        let p = panes(&input(90, 30, true, Pane::Reader));
        assert!(p.list.is_none() && p.panel.is_some());
        let p = panes(&input(90, 30, false, Pane::Reader));
        assert!(p.panel.is_none());
        assert_eq!(p.reader.unwrap().width, 90);
    }

    #[test]
    fn narrow_shows_the_focused_pane() {
        let p = panes(&input(40, 20, true, Pane::Panel));
        assert!(p.reader.is_none() && p.panel.is_some());
        let p = panes(&input(40, 20, true, Pane::Reader));
        assert!(p.reader.is_some() && p.panel.is_none());
    }

    #[test]
    fn tiny_sizes_do_not_panic() {
        for w in 0..5 {
            for h in 0..5 {
                let p = panes(&input(w, h, true, Pane::Reader));
                if let Some(r) = p.reader {
                    let _ = reader_parts(r, 2);
                }
            }
        }
    }
}
