//! Article text is untrusted: strip control and escape sequences before it reaches the screen.

/// Remove terminal control and escape sequences; expand tabs; drop bidi overrides.
pub fn for_terminal(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\t' => out.push_str("    "),
            '\n' => out.push('\n'),
            '\u{1b}' => skip_escape(&mut chars),
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

fn skip_escape(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    match chars.peek() {
        Some('[') => {
            chars.next();
            // CSI: parameters and intermediates until a final byte in @..~
            for c in chars.by_ref() {
                if ('@'..='~').contains(&c) {
                    break;
                }
            }
        }
        Some(']' | 'P' | '_' | '^' | 'X') => {
            chars.next();
            // OSC/DCS/APC/PM/SOS: until BEL or ST (ESC \)
            while let Some(c) = chars.next() {
                if c == '\u{7}' {
                    break;
                }
                if c == '\u{1b}' && chars.peek() == Some(&'\\') {
                    chars.next();
                    break;
                }
            }
        }
        Some(_) => {
            chars.next();
        }
        None => {}
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
}
