//! Markdown rendered as readable plain text: no markup on screen, paragraphs separated by a blank
//! line, list items on their own lines with a bullet, block quotes marked with a bar.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// The rendered body, and the text of a level-1 heading that opened the document, if any.
#[derive(Debug, Default)]
pub struct Rendered {
    pub text: String,
    pub leading_h1: Option<String>,
    /// The text without that leading heading (used when the heading becomes the title).
    pub text_after_h1: String,
}

const QUOTE_BAR: &str = "│ ";
const INDENT: &str = "  ";
/// Nesting deeper than this is drawn at this depth, so hostile nesting cannot make the output
/// grow with the square of the input.
const MAX_DRAWN_DEPTH: usize = 8;

#[derive(Default)]
struct Renderer {
    out: String,
    quote_depth: usize,
    /// One entry per open list: the next number of an ordered list, `None` for bullets.
    lists: Vec<Option<u64>>,
    /// Just after a list bullet: the item's first paragraph goes on the bullet's line.
    item_fresh: bool,
    in_code: bool,
    /// Inside an image: its alt text is not article text.
    image_depth: usize,
    /// Inside a heading that opened the document.
    capturing_h1: Option<String>,
    leading_h1: Option<String>,
    h1_end: usize,
    seen_block: bool,
}

pub fn render(md: &str) -> Rendered {
    let mut r = Renderer::default();
    let opts = Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_SMART_PUNCTUATION;
    for event in Parser::new_ext(md, opts) {
        r.event(event);
    }
    let text = tidy(&r.out);
    let text_after_h1 = if r.leading_h1.is_some() {
        tidy(&r.out[r.h1_end.min(r.out.len())..])
    } else {
        text.clone()
    };
    Rendered {
        text,
        leading_h1: r.leading_h1,
        text_after_h1,
    }
}

impl Renderer {
    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(t) => self.text(&t),
            Event::Code(t) | Event::InlineMath(t) | Event::DisplayMath(t) => self.text(&t),
            Event::SoftBreak => self.text(" "),
            Event::HardBreak => {
                let prefix = self.continuation_prefix();
                self.push("\n");
                self.push(&prefix);
            }
            Event::Rule => self.block_break(),
            Event::TaskListMarker(done) => self.text(if done { "[x] " } else { "[ ] " }),
            // Raw HTML and footnote markers are markup, not text.
            Event::Html(_) | Event::InlineHtml(_) | Event::FootnoteReference(_) => {}
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Paragraph => self.open_paragraph(),
            Tag::Heading { level, .. } => {
                self.block_break();
                self.push_prefix();
                if level == HeadingLevel::H1 && !self.seen_block {
                    self.capturing_h1 = Some(String::new());
                }
                self.seen_block = true;
            }
            Tag::BlockQuote(_) => {
                self.block_break();
                self.quote_depth += 1;
                self.seen_block = true;
            }
            Tag::CodeBlock(_) => {
                self.block_break();
                self.in_code = true;
                self.seen_block = true;
            }
            Tag::List(start) => {
                if self.lists.is_empty() {
                    self.block_break();
                }
                self.lists.push(start);
                self.seen_block = true;
            }
            Tag::Item => {
                self.line_break();
                let depth = self.lists.len().saturating_sub(1);
                let mut bullet = self.quote_prefix();
                bullet.push_str(&INDENT.repeat(depth.min(MAX_DRAWN_DEPTH)));
                match self.lists.last_mut() {
                    Some(Some(n)) => {
                        bullet.push_str(&format!("{n}. "));
                        *n = n.saturating_add(1);
                    }
                    _ => bullet.push_str("• "),
                }
                self.push(&bullet);
                self.item_fresh = true;
            }
            Tag::Image { .. } => self.image_depth += 1,
            Tag::FootnoteDefinition(_) | Tag::HtmlBlock | Tag::MetadataBlock(_) => {
                self.block_break();
            }
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Heading(_) => {
                if let Some(h) = self.capturing_h1.take() {
                    let h = h.trim().to_string();
                    if !h.is_empty() {
                        self.leading_h1 = Some(h);
                        self.h1_end = self.out.len();
                    }
                }
                self.block_break();
            }
            TagEnd::BlockQuote(_) => {
                self.quote_depth = self.quote_depth.saturating_sub(1);
                self.block_break();
            }
            TagEnd::CodeBlock => {
                self.in_code = false;
                self.block_break();
            }
            TagEnd::List(_) => {
                self.lists.pop();
                if self.lists.is_empty() {
                    self.block_break();
                }
            }
            TagEnd::Item => self.item_fresh = false,
            TagEnd::Image => self.image_depth = self.image_depth.saturating_sub(1),
            TagEnd::Paragraph => {}
            _ => {}
        }
    }

    fn open_paragraph(&mut self) {
        self.seen_block = true;
        if self.item_fresh {
            self.item_fresh = false;
            return;
        }
        if self.lists.is_empty() {
            self.block_break();
            self.push_prefix();
        } else {
            // A further paragraph inside a list item: its own line, aligned under the text.
            self.line_break();
            let prefix = self.continuation_prefix();
            self.push(&prefix);
        }
    }

    fn text(&mut self, t: &str) {
        if self.image_depth > 0 {
            return;
        }
        self.item_fresh = false;
        if let Some(h) = self.capturing_h1.as_mut() {
            h.push_str(t);
        }
        if self.in_code {
            let prefix = format!("{}{INDENT}{INDENT}", self.continuation_prefix());
            for line in t.split_inclusive('\n') {
                if self.out.is_empty() || self.out.ends_with('\n') {
                    self.out.push_str(&prefix);
                }
                self.out.push_str(line);
            }
        } else {
            self.push(t);
        }
    }

    fn push(&mut self, s: &str) {
        self.out.push_str(s);
    }

    fn quote_prefix(&self) -> String {
        QUOTE_BAR.repeat(self.quote_depth.min(MAX_DRAWN_DEPTH))
    }

    fn push_prefix(&mut self) {
        let p = self.quote_prefix();
        self.push(&p);
    }

    /// What starts a continuation line in the current block: quote bars, then list indentation.
    fn continuation_prefix(&self) -> String {
        let mut p = self.quote_prefix();
        if !self.lists.is_empty() {
            p.push_str(&INDENT.repeat(self.lists.len().min(MAX_DRAWN_DEPTH)));
        }
        p
    }

    fn trim_trailing_spaces(&mut self) {
        let keep = self.out.trim_end_matches([' ', '\t']).len();
        self.out.truncate(keep);
    }

    /// End the current block with a blank line (paragraphs); nothing at the very start.
    fn block_break(&mut self) {
        self.trim_trailing_spaces();
        if self.out.is_empty() || self.out.ends_with("\n\n") {
            return;
        }
        if self.out.ends_with('\n') {
            self.out.push('\n');
        } else {
            self.out.push_str("\n\n");
        }
    }

    /// End the current line (list items follow each other without a blank line).
    fn line_break(&mut self) {
        self.trim_trailing_spaces();
        if !self.out.is_empty() && !self.out.ends_with('\n') {
            self.out.push('\n');
        }
    }
}

/// Trailing spaces off every line, no run of more than one blank line, no blank edges.
fn tidy(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut blank_run = 0;
    for line in s.lines() {
        let line = line.trim_end();
        if line.trim().is_empty() {
            blank_run += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank_run > 0 { "\n\n" } else { "\n" });
        }
        blank_run = 0;
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(md: &str) -> String {
        render(md).text
    }

    #[test]
    fn paragraphs_and_emphasis() {
        assert_eq!(
            text("Some *emphasis* and **strong** and `code`\nwrapped line.\n\nSecond para."),
            "Some emphasis and strong and code wrapped line.\n\nSecond para."
        );
    }

    #[test]
    fn headings_lose_their_hashes() {
        let r = render("# Big title\n\nIntro.\n\n## Section\n\nMore.");
        assert_eq!(r.text, "Big title\n\nIntro.\n\nSection\n\nMore.");
        assert_eq!(r.leading_h1.as_deref(), Some("Big title"));
        assert_eq!(r.text_after_h1, "Intro.\n\nSection\n\nMore.");
        assert_eq!(render("Intro.\n\n# Later").leading_h1, None);
        assert_eq!(
            render("Setext title\n===\n\nBody").leading_h1.as_deref(),
            Some("Setext title")
        );
    }

    #[test]
    fn links_keep_their_text_only() {
        assert_eq!(
            text("See [the report](https://example.org/r \"t\") and <https://example.org>."),
            "See the report and https://example.org."
        );
    }

    #[test]
    fn images_and_html_dropped() {
        assert_eq!(
            text("A ![alt text](x.png) b <span>c</span>\n\n<div>\nraw\n</div>\n\nEnd"),
            "A  b c\n\nEnd"
        );
    }

    #[test]
    fn lists() {
        assert_eq!(
            text("Before:\n\n- one\n- two\n  - nested\n\n3. three\n4. four\n\nAfter."),
            "Before:\n\n• one\n• two\n  • nested\n\n3. three\n4. four\n\nAfter."
        );
        assert_eq!(
            text("- loose one\n\n  second para\n\n- loose two"),
            "• loose one\n  second para\n• loose two"
        );
        assert_eq!(text("- [x] done\n- [ ] todo"), "• [x] done\n• [ ] todo");
    }

    #[test]
    fn block_quotes_get_a_bar() {
        assert_eq!(
            text("He wrote:\n\n> \"We will rebuild,\" she said.\n>\n> Second.\n\nAfter."),
            "He wrote:\n\n│ “We will rebuild,” she said.\n\n│ Second.\n\nAfter."
        );
    }

    #[test]
    fn code_blocks_are_indented_text() {
        assert_eq!(
            text("Run:\n\n```sh\nls -l\necho hi\n```\n\nDone."),
            "Run:\n\n    ls -l\n    echo hi\n\nDone."
        );
    }

    #[test]
    fn no_markup_characters_survive_in_ordinary_prose() {
        let md = "# T\n\n**Bold** _it_ [l](u) > not a quote\n\n* a\n* b\n\n---\n\nEnd";
        let t = text(md);
        for raw in ["**", "](", "# ", "* a"] {
            assert!(!t.contains(raw), "{raw:?} in {t:?}");
        }
    }

    #[test]
    fn hostile_markdown_terminates() {
        let deep = format!("{}x", "> ".repeat(5_000));
        assert!(text(&deep).ends_with('x'));
        let lists = format!("{}x", "- ".repeat(5_000));
        assert!(text(&lists).contains('x'));
        let brackets = "[".repeat(50_000) + &"]".repeat(50_000);
        assert!(!text(&brackets).is_empty());
        let stars = "*a".repeat(50_000);
        assert!(!text(&stars).is_empty());
    }

    #[test]
    fn empty_input() {
        assert_eq!(text(""), "");
        assert_eq!(text("\n\n  \n"), "");
    }
}
