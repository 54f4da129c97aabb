//! Article text is untrusted: strip control and escape sequences before it reaches the screen.
//!
//! Everything a loader returns passes through [`for_terminal`] once, so analysis offsets computed
//! on the cleaned text stay valid on screen. The filter is a single linear pass.

use unicode_width::UnicodeWidthChar;

/// Tab stops every this many cells, counted from the start of the line.
const TAB_WIDTH: usize = 4;

const ESC: char = '\u{1b}';
const BEL: char = '\u{7}';
/// CAN and SUB abort an escape sequence in a terminal; they end our skipping too.
const CAN: char = '\u{18}';
const SUB: char = '\u{1a}';
/// The 8-bit String Terminator.
const ST8: char = '\u{9c}';

/// Remove terminal control and escape sequences; expand tabs; drop bidi controls.
///
/// Removed: CSI (`ESC [` and 8-bit U+009B), OSC (`ESC ]`, U+009D; window titles, OSC 52 clipboard,
/// OSC 8 links), DCS/SOS/PM/APC (`ESC P X ^ _`, U+0090/98/9E/9F), other escapes (`ESC ( B`),
/// bare ESC, every C0 control but newline (BEL, backspace, CR, ...), DEL, every C1 control
/// (U+0080–U+009F), bidirectional embedding/override/isolate/mark characters, and byte-order
/// marks. Line and paragraph separators (U+2028/9) become newlines. Tabs become spaces up to the
/// next stop of four cells.
pub fn for_terminal(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut column = 0usize;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' | '\u{2028}' | '\u{2029}' => {
                out.push('\n');
                column = 0;
            }
            '\t' => {
                let n = TAB_WIDTH - column % TAB_WIDTH;
                out.extend(std::iter::repeat_n(' ', n));
                column += n;
            }
            ESC => skip_escape(&mut chars),
            '\u{9b}' => skip_csi(&mut chars),
            '\u{90}' | '\u{98}' | '\u{9d}' | '\u{9e}' | '\u{9f}' => skip_string(&mut chars),
            c if is_bidi_control(c) || c == '\u{feff}' => {}
            c if c.is_control() => {}
            c => {
                out.push(c);
                column += c.width().unwrap_or(0);
            }
        }
    }
    out
}

/// Characters that change the direction of the text around them and so could reorder the interface.
fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}'
    )
}

type Chars<'a> = std::iter::Peekable<std::str::Chars<'a>>;

/// After an ESC: consume the rest of the sequence it starts, whatever kind it is.
fn skip_escape(chars: &mut Chars<'_>) {
    match chars.peek().copied() {
        Some('[') => {
            chars.next();
            skip_csi(chars);
        }
        Some(']' | 'P' | 'X' | '^' | '_') => {
            chars.next();
            skip_string(chars);
        }
        // nF escapes (`ESC ( B` and friends): intermediates, then one final byte.
        Some(' '..='/') => {
            while chars.next_if(|c| (' '..='/').contains(c)).is_some() {}
            chars.next_if(|c| ('0'..='~').contains(c));
        }
        // Two-character escapes (`ESC c` resets the terminal, `ESC 7` saves the cursor, ...).
        Some('0'..='~') => {
            chars.next();
        }
        // A bare ESC: dropped on its own, the next character is ordinary text.
        _ => {}
    }
}

/// CSI: parameter bytes, intermediate bytes, one final byte. Anything else ends the sequence
/// without being consumed, so a stray `ESC [` cannot swallow the text after it.
fn skip_csi(chars: &mut Chars<'_>) {
    while chars.next_if(|c| ('0'..='?').contains(c)).is_some() {}
    while chars.next_if(|c| (' '..='/').contains(c)).is_some() {}
    chars.next_if(|c| ('@'..='~').contains(c));
}

/// OSC, DCS, SOS, PM, APC: a string ended by BEL or ST. An unterminated one stops at the end of
/// its line (the payload is never legitimately multi-line) so at most one line is lost.
fn skip_string(chars: &mut Chars<'_>) {
    while let Some(&c) = chars.peek() {
        match c {
            BEL | ST8 | CAN | SUB => {
                chars.next();
                return;
            }
            ESC => {
                chars.next();
                // ESC \ is the String Terminator; any other ESC starts a new sequence.
                if chars.next_if_eq(&'\\').is_none() {
                    skip_escape(chars);
                }
                return;
            }
            '\n' => return,
            _ => {
                chars.next();
            }
        }
    }
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
