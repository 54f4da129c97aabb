//! Article dates as written ("2017-03-21", "2017-03-21T09:30:00Z", "March 21, 2017",
//! "21 March 2017") to seconds since the epoch, for "newest first".

const MONTHS: &[&str] = &[
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// Seconds since the Unix epoch at the start of the date (UTC), or `None` when unrecognised.
pub fn parse(s: &str) -> Option<i64> {
    let s = s.trim();
    iso(s).or_else(|| written(s))
}

fn iso(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    if b.len() < 10 || !(b[4] == b'-' || b[4] == b'/') || b[7] != b[4] {
        return None;
    }
    let y: i64 = s.get(0..4)?.parse().ok()?;
    let m: u32 = s.get(5..7)?.parse().ok()?;
    let d: u32 = s.get(8..10)?.parse().ok()?;
    let mut secs = days(y, m, d)? * 86_400;
    if let (Some(b'T' | b' '), Some(h), Some(min)) = (
        b.get(10),
        s.get(11..13).and_then(|h| h.parse::<i64>().ok()),
        s.get(14..16).and_then(|m| m.parse::<i64>().ok()),
    ) {
        if h < 24 && min < 60 {
            secs += h * 3600 + min * 60;
        }
    }
    Some(secs)
}

fn written(s: &str) -> Option<i64> {
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let month_of = |w: &str| {
        let l = w.to_lowercase();
        MONTHS
            .iter()
            .position(|m| l.len() >= 3 && l.starts_with(m))
            .map(|i| i as u32 + 1)
    };
    for win in words.windows(3) {
        // "March 21 2017" or "21 March 2017"
        let attempt = match (month_of(win[0]), month_of(win[1])) {
            (Some(m), _) => Some((m, win[1], win[2])),
            (None, Some(m)) => Some((m, win[0], win[2])),
            _ => None,
        };
        if let Some((m, d, y)) = attempt {
            let d: u32 = d
                .trim_end_matches(['s', 't', 'n', 'd', 'r', 'h'])
                .parse()
                .ok()?;
            let y: i64 = y.parse().ok()?;
            return days(y, m, d).map(|d| d * 86_400);
        }
    }
    None
}

/// "YYYY-MM-DD" of a time in seconds since the epoch (UTC).
pub fn ymd(secs: i64) -> String {
    let z = secs.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days(y: i64, m: u32, d: u32) -> Option<i64> {
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) || !(1..=9999).contains(&y) {
        return None;
    }
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_common_forms() {
        assert_eq!(parse("1970-01-02"), Some(86_400));
        assert_eq!(parse("2017-03-21"), Some(1_490_054_400));
        assert_eq!(parse("2017-03-21T01:00:00Z"), Some(1_490_058_000));
        assert_eq!(parse("March 21, 2017"), Some(1_490_054_400));
        assert_eq!(parse("21 Mar 2017"), Some(1_490_054_400));
        assert_eq!(parse("Tuesday, 21st March 2017"), Some(1_490_054_400));
        assert_eq!(parse("yesterday"), None);
        assert_eq!(parse("2017-13-01"), None);
        assert_eq!(parse("ß-é"), None);
        assert_eq!(ymd(1_490_058_000), "2017-03-21");
        assert_eq!(ymd(0), "1970-01-01");
        assert_eq!(ymd(-1), "1969-12-31");
    }
}
