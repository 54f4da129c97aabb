//! What each quote-like character is: an opening or closing quotation mark, or an apostrophe.
//! Curly marks say which side they are on; straight marks are read from their neighbours.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    Double,
    Single,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Open,
    Close,
    /// Could open or close: decided by whether a quotation is open.
    Either,
    /// Not a quotation mark (apostrophe, inch sign, elision).
    None,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    pub pos: usize,
    pub len: usize,
    pub family: Family,
    pub role: Role,
}

fn opens_after(p: Option<char>) -> bool {
    p.is_none_or(|c| c.is_whitespace() || "([{—–-/:;".contains(c))
}

fn closes_before(n: Option<char>) -> bool {
    n.is_none_or(|c| c.is_whitespace() || ".,;:!?)]}—–-…/".contains(c))
}

/// Words that begin with an elision apostrophe ('em, ’90s, rock ’n’ roll).
fn elision_follows(rest: &str) -> bool {
    let w: String = rest
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    w.chars().next().is_some_and(|c| c.is_ascii_digit())
        || matches!(
            w.as_str(),
            "em" | "n" | "til" | "cause" | "tis" | "twas" | "bout" | "round" | "nuff" | "s"
        )
}

/// Classify every quote-like character of `para` (offsets are absolute, `base` is its start).
pub fn marks(para: &str, base: usize) -> Vec<Mark> {
    let mut out = Vec::new();
    // Most paragraphs hold few marks: look at the characters only when there is one.
    if !para.contains(is_quote_like) {
        return out;
    }
    let chars: Vec<(usize, char)> = para.char_indices().collect();
    let mut k = 0;
    while k < chars.len() {
        let (i, mut c) = chars[k];
        if !is_quote_like(c) {
            k += 1;
            continue;
        }
        // Doubled apostrophes or backquotes stand for a double mark in some wire copy
        // (''Yes,'' he said; ``Yes'').
        let mut width = 1;
        let pair = chars.get(k + 1).map(|x| x.1);
        if (c == '\'' && pair == Some('\'')) || (c == '`' && pair == Some('`')) {
            width = 2;
            c = if c == '`' { '“' } else { '"' };
        } else if c == '`' {
            c = '‘';
        }
        let prev = k.checked_sub(1).and_then(|j| chars.get(j)).map(|x| x.1);
        let next = chars.get(k + width).map(|x| x.1);
        k += width;
        let after = chars.get(k).map_or(para.len(), |x| x.0);
        let space_before = opens_after(prev);
        let space_after = closes_before(next);
        let (family, role) = match c {
            '“' | '„' | '«' => (
                Family::Double,
                if !space_before && space_after {
                    Role::Either
                } else {
                    Role::Open
                },
            ),
            '”' | '»' => (
                Family::Double,
                if space_before && !space_after {
                    Role::Either
                } else {
                    Role::Close
                },
            ),
            '"' => (
                Family::Double,
                match (space_before, space_after) {
                    (true, false) => Role::Open,
                    (false, true) => {
                        if prev.is_some_and(|p| p.is_ascii_digit()) {
                            // 6" tall: an inch sign unless a quotation is open.
                            Role::Either
                        } else {
                            Role::Close
                        }
                    }
                    _ => Role::Either,
                },
            ),
            '‘' | '’' | '\'' => {
                let letter_before = prev.is_some_and(|p| p.is_alphanumeric());
                let letter_after = next.is_some_and(|n| n.is_alphanumeric());
                let role = if letter_before && letter_after {
                    Role::None
                } else if space_before && !space_after && c != '’' {
                    if elision_follows(para.get(after..).unwrap_or("")) {
                        Role::None
                    } else {
                        Role::Open
                    }
                } else if !space_before && space_after && c != '‘' {
                    Role::Close
                } else {
                    Role::None
                };
                (Family::Single, role)
            }
            _ => continue,
        };
        let len = after - i;
        out.push(Mark {
            pos: base + i,
            len,
            family,
            role,
        });
    }
    out
}

fn is_quote_like(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '`' | '“' | '”' | '„' | '«' | '»' | '‘' | '’'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles(s: &str) -> Vec<Role> {
        marks(s, 0).iter().map(|m| m.role).collect()
    }

    #[test]
    fn apostrophes_are_not_marks() {
        assert_eq!(roles("Bin’ali"), [Role::None]);
        assert_eq!(roles("rock ’n’ roll"), [Role::None, Role::Close]);
        assert_eq!(roles("in the ’90s"), [Role::None]);
    }

    #[test]
    fn doubled_apostrophes_are_double_marks() {
        let m = marks("''Yes indeed,'' he said", 0);
        assert_eq!(m.len(), 2);
        assert_eq!(
            (m[0].role, m[0].len, m[1].role),
            (Role::Open, 2, Role::Close)
        );
    }

    #[test]
    fn straight_marks_read_from_neighbours() {
        assert_eq!(roles("a \"b c\" d"), [Role::Open, Role::Close]);
        assert_eq!(roles("\"x\""), [Role::Open, Role::Close]);
    }
}
