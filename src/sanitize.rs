//! Article text is untrusted: strip control and escape sequences before it reaches the screen.
//!
//! Everything a loader returns passes through [`for_terminal`] once, so analysis offsets computed
//! on the cleaned text stay valid on screen. The filter is a single linear pass.

use unicode_width::UnicodeWidthStr;

/// Tab stops every this many cells, counted from the start of the line.
const TAB_WIDTH: usize = 4;

const ESC: char = '\u{1b}';

/// Remove terminal control and escape sequences; expand tabs; drop bidi controls.
///
/// Removed: CSI (`ESC [` and 8-bit U+009B), OSC (`ESC ]`, U+009D; window titles, OSC 52 clipboard,
/// OSC 8 links), DCS/SOS/PM/APC (`ESC P X ^ _`, U+0090/98/9E/9F), other escapes (`ESC ( B`),
/// bare ESC, every C0 control but newline (BEL, backspace, CR, ...), DEL, every C1 control
/// (U+0080–U+009F), bidirectional embedding/override/isolate/mark characters, and byte-order
/// marks. Line and paragraph separators (U+2028/9) become newlines. Tabs become spaces up to the
/// next stop of four cells.
pub fn for_terminal(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut tabs = TabColumn::default();
    let mut i = 0;
    while i < s.len() {
        // Ordinary text is copied in runs; only bytes that may start something special stop it.
        // Each of those is ASCII or a UTF-8 lead byte, so `i` stays on a character boundary.
        let run = bytes[i..]
            .iter()
            .position(|&b| maybe_special(b))
            .unwrap_or(s.len() - i);
        out.push_str(&s[i..i + run]);
        i += run;
        let Some(c) = s[i..].chars().next() else {
            break;
        };
        i += c.len_utf8();
        let rest = &s[i..];
        match c {
            '\n' | '\u{2028}' | '\u{2029}' => out.push('\n'),
            '\t' => {
                let col = tabs.column(&out);
                let n = TAB_WIDTH - col % TAB_WIDTH;
                out.extend(std::iter::repeat_n(' ', n));
                tabs.set(&out, col + n);
            }
            ESC => i += skip_escape(rest),
            '\u{9b}' => i += skip_csi(rest),
            '\u{90}' | '\u{98}' | '\u{9d}' | '\u{9e}' | '\u{9f}' => i += skip_string(rest),
            c if is_bidi_control(c) || c == '\u{feff}' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Bytes that may begin a character this filter changes: C0 controls but newline, DEL, and the
/// lead bytes of C1 controls (C2), U+061C (D8), the bidi marks and line separators (E2), and the
/// BOM (EF). Most text never hits one except E2 (curly quotes), which then takes the slow path.
fn maybe_special(b: u8) -> bool {
    (b < 0x20 && b != b'\n') || matches!(b, 0x7f | 0xc2 | 0xd8 | 0xe2 | 0xef)
}

/// The display column at the end of the output, computed only when a tab needs it, and cached
/// so that a line full of tabs costs linear time.
#[derive(Default)]
struct TabColumn {
    /// Output length when `col` was last known.
    at: usize,
    col: usize,
}

impl TabColumn {
    fn column(&mut self, out: &str) -> usize {
        let since = out.get(self.at..).unwrap_or("");
        match since.rfind('\n') {
            Some(nl) => since[nl + 1..].width(),
            None => self.col + since.width(),
        }
    }

    fn set(&mut self, out: &str, col: usize) {
        self.at = out.len();
        self.col = col;
    }
}

/// Characters that change the direction of the text around them and so could reorder the interface.
fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}'
    )
}

/// After an ESC: the length of the rest of the sequence it starts, whatever kind it is.
fn skip_escape(rest: &str) -> usize {
    let b = rest.as_bytes();
    match b.first() {
        Some(b'[') => 1 + skip_csi(&rest[1..]),
        Some(b']' | b'P' | b'X' | b'^' | b'_') => 1 + skip_string(&rest[1..]),
        // nF escapes (`ESC ( B` and friends): intermediates, then one final byte.
        Some(0x20..=0x2f) => {
            let n = b
                .iter()
                .take_while(|&&c| (0x20..=0x2f).contains(&c))
                .count();
            n + usize::from(b.get(n).is_some_and(|c| (0x30..=0x7e).contains(c)))
        }
        // Two-character escapes (`ESC c` resets the terminal, `ESC 7` saves the cursor, ...).
        Some(0x30..=0x7e) => 1,
        // A bare ESC: dropped on its own, the next character is ordinary text.
        _ => 0,
    }
}

/// CSI: parameter bytes, intermediate bytes, one final byte. Anything else ends the sequence
/// without being consumed, so a stray `ESC [` cannot swallow the text after it.
fn skip_csi(rest: &str) -> usize {
    let b = rest.as_bytes();
    let params = b
        .iter()
        .take_while(|&&c| (0x30..=0x3f).contains(&c))
        .count();
    let inter = b[params..]
        .iter()
        .take_while(|&&c| (0x20..=0x2f).contains(&c))
        .count();
    let n = params + inter;
    n + usize::from(b.get(n).is_some_and(|c| (0x40..=0x7e).contains(c)))
}

/// OSC, DCS, SOS, PM, APC: a string ended by BEL or ST. An unterminated one stops at the end of
/// its line (the payload is never legitimately multi-line) so at most one line is lost.
fn skip_string(rest: &str) -> usize {
    let b = rest.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            // BEL ends it; CAN and SUB abort it in a terminal, and end it here too.
            0x07 | 0x18 | 0x1a => return i + 1,
            // ST as the UTF-8 encoding of U+009C.
            0xc2 if b.get(i + 1) == Some(&0x9c) => return i + 2,
            0x1b => {
                // ESC \ is the String Terminator; any other ESC starts a new sequence.
                return if b.get(i + 1) == Some(&b'\\') {
                    i + 2
                } else {
                    i + 1 + skip_escape(&rest[i + 1..])
                };
            }
            b'\n' => return i,
            _ => i += 1,
        }
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_csi_osc_and_controls() {
        assert_eq!(
            for_terminal("a\u{1b}[31mb\u{1b}]0;title\u{7}c\u{8}d\te"),
            "abcd    e"
        );
        assert_eq!(for_terminal("x\u{1b}]52;c;Zm9v\u{1b}\\y\u{202E}z"), "xyz");
    }

    #[test]
    fn csi_with_parameters_and_intermediates() {
        assert_eq!(for_terminal("a\u{1b}[1;38;5;196mb"), "ab");
        assert_eq!(for_terminal("a\u{1b}[?1049hb"), "ab");
        assert_eq!(for_terminal("a\u{1b}[2 qb"), "ab");
        assert_eq!(for_terminal("a\u{9b}31mb"), "ab");
    }

    #[test]
    fn stray_csi_does_not_swallow_text() {
        assert_eq!(for_terminal("a\u{1b}[é is kept"), "aé is kept");
        assert_eq!(for_terminal("a\u{1b}[\nnext"), "a\nnext");
    }

    #[test]
    fn osc_title_clipboard_and_hyperlink() {
        assert_eq!(for_terminal("a\u{1b}]2;pwned\u{1b}\\b"), "ab");
        assert_eq!(for_terminal("a\u{1b}]52;c;cm0gLXJmIH4=\u{7}b"), "ab");
        assert_eq!(
            for_terminal("\u{1b}]8;;https://evil.example\u{1b}\\click\u{1b}]8;;\u{1b}\\"),
            "click"
        );
        assert_eq!(for_terminal("a\u{9d}0;title\u{9c}b"), "ab");
    }

    #[test]
    fn unterminated_osc_stops_at_line_end() {
        assert_eq!(for_terminal("a\u{1b}]0;title\nrest"), "a\nrest");
        assert_eq!(for_terminal("a\u{1b}]0;title"), "a");
    }

    #[test]
    fn dcs_sos_pm_apc() {
        assert_eq!(for_terminal("a\u{1b}P1$r0m\u{1b}\\b"), "ab");
        assert_eq!(for_terminal("a\u{90}q#0;2;0;0;0\u{9c}b"), "ab");
        assert_eq!(
            for_terminal("a\u{1b}Xsos\u{1b}\\b\u{1b}^pm\u{7}c\u{1b}_apc\u{1b}\\d"),
            "abcd"
        );
    }

    #[test]
    fn c1_controls_removed() {
        for c in '\u{80}'..='\u{9f}' {
            let starts_string = matches!(c, '\u{90}' | '\u{98}' | '\u{9d}' | '\u{9e}' | '\u{9f}');
            let input = if starts_string {
                format!("a{c}payload\u{9c}b")
            } else if c == '\u{9b}' {
                format!("a{c}1;2Hb")
            } else {
                format!("a{c}b")
            };
            assert_eq!(for_terminal(&input), "ab", "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn bare_escape_bel_backspace_cr_del() {
        assert_eq!(for_terminal("a\u{1b}"), "a");
        assert_eq!(for_terminal("a\u{1b}\u{1b}"), "a");
        assert_eq!(for_terminal("a\u{1b}é"), "aé");
        assert_eq!(for_terminal("ding\u{7}dong"), "dingdong");
        assert_eq!(for_terminal("abc\u{8}\u{8}\u{8}xyz"), "abcxyz");
        assert_eq!(for_terminal("over\rwrite"), "overwrite");
        assert_eq!(for_terminal("a\u{7f}b\u{0}c"), "abc");
        assert_eq!(for_terminal("a\u{1b}cb\u{1b}(Bc"), "abc");
    }

    #[test]
    fn tabs_expand_to_stops() {
        assert_eq!(for_terminal("\tx"), "    x");
        assert_eq!(for_terminal("ab\tx"), "ab  x");
        assert_eq!(for_terminal("abcd\tx"), "abcd    x");
        assert_eq!(for_terminal("a\n\tb"), "a\n    b");
        // Wide characters take two cells.
        assert_eq!(for_terminal("中\tx"), "中  x");
    }

    #[test]
    fn bidi_controls_removed() {
        let bidi = "\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}\u{2066}\u{2067}\u{2068}\u{2069}\u{200E}\u{200F}\u{61C}";
        assert_eq!(for_terminal(&format!("a{bidi}b")), "ab");
        // Right-to-left letters themselves are text and stay.
        assert_eq!(for_terminal("שלום"), "שלום");
    }

    #[test]
    fn ordinary_text_is_untouched() {
        let s = "“Quote,” she said — café, 東京, 👩‍🔬, non\u{a0}breaking.\n\nNext paragraph.";
        assert_eq!(for_terminal(s), s);
    }

    #[test]
    fn line_separators_become_newlines() {
        assert_eq!(for_terminal("a\u{2028}b\u{2029}c\u{feff}"), "a\nb\nc");
    }

    #[test]
    fn output_never_holds_controls() {
        // Every short combination of the dangerous characters, in every order that matters.
        let pieces = [
            "\u{1b}", "[", "]", "P", "\\", "\u{7}", "\u{9b}", "\u{9d}", "\u{90}", "\u{9c}", "x",
            "\n", "\r", "\t", "0", ";",
        ];
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let out = for_terminal(&format!("{a}{b}{c}"));
                    assert!(
                        !out.chars().any(|ch| ch.is_control() && ch != '\n'),
                        "{a:?}{b:?}{c:?} -> {out:?}"
                    );
                }
            }
        }
    }
}
