//! A sortable calendar date read from the free-form `date` metadata articles carry.

use std::fmt;

/// Year, month, day; orders chronologically.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SortDate {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl fmt::Display for SortDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

impl SortDate {
    /// Read the dates articles use: `2024-03-05`, `2024-03-05T10:00:00Z`, `2024/3/5`,
    /// `5 March 2024`, `March 5, 2024`, `Tue, 05 Mar 2024 10:00:00 +0000`, `03/05/2024`
    /// (month first unless the first number cannot be a month), `2024-03`, `2024`.
    pub fn parse(s: &str) -> Option<SortDate> {
        let words: Vec<&str> = s
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(12)
            .collect();
        let num = |w: &str| -> Option<u32> {
            (w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit()))
                .then(|| w.parse().ok())
                .flatten()
        };
        let month_name = |w: &str| -> Option<u32> {
            let w = w.to_ascii_lowercase();
            (w.len() >= 3)
                .then(|| MONTHS.iter().position(|m| w.starts_with(m)))
                .flatten()
                .map(|i| i as u32 + 1)
        };
        let year = |n: u32| (1000..=2999).contains(&n);

        // Year first: ISO and its relatives (`2024-03-05T10:00`), read as runs of digits.
        let t = s.trim_start();
        if t.len() >= 4
            && t.as_bytes()[..4].iter().all(u8::is_ascii_digit)
            && !t.as_bytes().get(4).is_some_and(u8::is_ascii_digit)
        {
            let parts: Vec<u32> = t
                .split(|c: char| !c.is_ascii_digit())
                .filter(|w| !w.is_empty())
                .take(3)
                .map_while(num)
                .collect();
            if let Some(&y) = parts.first().filter(|&&y| year(y)) {
                let m = parts.get(1).copied().unwrap_or(1);
                let d = parts.get(2).copied().unwrap_or(1);
                return Self::new(y, m, d);
            }
        }
        let nums: Vec<u32> = words.iter().take(3).map_while(|w| num(w)).collect();
        // A month name somewhere: the year is the 4-digit number, the day the small one.
        if let Some(m) = words.iter().find_map(|w| month_name(w)) {
            let y = words
                .iter()
                .filter_map(|w| num(w))
                .find(|&n| year(n) && n > 31)?;
            let d = words
                .iter()
                .filter(|w| w.len() <= 2)
                .filter_map(|w| num(w))
                .find(|&n| (1..=31).contains(&n))
                .unwrap_or(1);
            return Self::new(y, m, d);
        }
        // All numbers, year last: month first unless that cannot be.
        if let [a, b, y] = nums[..] {
            if year(y) {
                let (m, d) = if a > 12 { (b, a) } else { (a, b) };
                return Self::new(y, m, d);
            }
        }
        None
    }

    fn new(year: u32, month: u32, day: u32) -> Option<SortDate> {
        let max_day = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 => 29,
            _ => return None,
        };
        if !(1..=max_day).contains(&day) {
            return None;
        }
        Some(SortDate {
            year: i32::try_from(year).ok()?,
            month: u8::try_from(month).ok()?,
            day: u8::try_from(day).ok()?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Option<String> {
        SortDate::parse(s).map(|d| d.to_string())
    }

    #[test]
    fn common_formats() {
        let want = Some("2024-03-05".to_string());
        for s in [
            "2024-03-05",
            "2024-03-05T10:00:00Z",
            "2024-03-05 10:00",
            "2024/3/5",
            "5 March 2024",
            "March 5, 2024",
            "Tue, 05 Mar 2024 10:00:00 +0000",
            "03/05/2024",
            "  2024.03.05 ",
        ] {
            assert_eq!(p(s), want, "{s}");
        }
        assert_eq!(p("25/12/2023").as_deref(), Some("2023-12-25"));
        assert_eq!(p("2024-03").as_deref(), Some("2024-03-01"));
        assert_eq!(p("2024").as_deref(), Some("2024-01-01"));
        assert_eq!(p("December 2019").as_deref(), Some("2019-12-01"));
    }

    #[test]
    fn nonsense_is_none() {
        for s in [
            "",
            "yesterday",
            "2024-13-01",
            "2024-02-30",
            "99999",
            "March",
            "12/12",
            "١٢٣",
        ] {
            assert_eq!(p(s), None, "{s}");
        }
    }

    #[test]
    fn orders_chronologically() {
        let a = SortDate::parse("1 Feb 2020").unwrap();
        let b = SortDate::parse("2020-01-31").unwrap();
        assert!(b < a);
    }
}
