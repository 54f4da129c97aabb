//! Our own main-text extractor: readability-style scoring of paragraphs over the flat DOM,
//! then the best container and its related siblings, rendered with block breaks.

use super::dom::{Item, Kind};

/// Subtrees that never hold article text.
const DROP_TAGS: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "iframe",
    "object",
    "embed",
    "canvas",
    "button",
    "select",
    "input",
    "textarea",
    "nav",
    "aside",
    "footer",
    "head",
    "title",
    "meta",
    "link",
    "dialog",
    "menu",
    "video",
    "audio",
    "map",
    "header",
    "figcaption",
];

/// Class or id fragments of navigation, sharing widgets, comments, ads and banners.
const UNLIKELY: &[&str] = &[
    "ad-break",
    "adbox",
    "advert",
    "agegate",
    "banner",
    "breadcrumb",
    "breadcrumbs",
    "combx",
    "comment",
    "community",
    "cookie",
    "consent",
    "disqus",
    "extra",
    "footer",
    "gdpr",
    "header",
    "legends",
    "menu",
    "related",
    "remark",
    "replies",
    "rss",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "social",
    "sponsor",
    "supplemental",
    "pagination",
    "pager",
    "popup",
    "modal",
    "newsletter",
    "subscribe",
    "share",
    "sharing",
    "promo",
    "outbrain",
    "taboola",
    "recommend",
    "navbar",
    "masthead",
    "signup",
    "paywall",
    "trending",
    "toolbar",
    "ad",
    "ads",
    "caption",
    "credit",
    "tags",
    "byline",
    "dateline",
    "timestamp",
    "meta",
    "date",
];

/// Classes that mark boilerplate even when the looser passes run.
const ALWAYS_JUNK: &[&str] = &[
    "comment",
    "comments",
    "disqus",
    "respond",
    "replies",
    "related",
    "share",
    "sharing",
    "social",
    "cookie",
    "consent",
    "gdpr",
    "newsletter",
    "outbrain",
    "taboola",
    "recommend",
    "breadcrumb",
    "breadcrumbs",
    "navbar",
];

/// Fragments that make a container likely to hold the article even if it matches `UNLIKELY`.
const LIKELY: &[&str] = &[
    "and", "article", "body", "column", "content", "main", "shadow", "story", "entry", "post",
    "text", "embed", "tweet",
];

const POSITIVE: &[&str] = &[
    "article",
    "body",
    "content",
    "entry",
    "hentry",
    "h-entry",
    "main",
    "page",
    "pagination",
    "post",
    "text",
    "blog",
    "story",
];

const NEGATIVE: &[&str] = &[
    "ad",
    "ads",
    "hidden",
    "hid",
    "banner",
    "combx",
    "comment",
    "com",
    "contact",
    "foot",
    "footer",
    "footnote",
    "gdpr",
    "masthead",
    "media",
    "meta",
    "outbrain",
    "promo",
    "related",
    "scroll",
    "share",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "sponsor",
    "shopping",
    "tags",
    "tool",
    "widget",
    "newsletter",
    "subscribe",
    "cookie",
    "social",
];

/// Block-level tags for the content score: the paragraph tags (without `center`, a
/// presentational wrapper), table parts, fieldsets and line breaks.
fn is_block_tag(tag: &str) -> bool {
    (tag != "center" && PARA_TAGS.contains(&tag))
        || matches!(
            tag,
            "fieldset" | "tbody" | "td" | "th" | "thead" | "tr" | "br"
        )
}

/// True when a word of a class or id (split at `-`, `_` and spaces) is one of `pats`, its
/// plural, or contains one of the long ones (`commentlist`, `sidebar1`, `newscaption`).
fn words_in(hay: &str, pats: &[&str]) -> bool {
    hay.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| {
        pats.iter().any(|p| {
            w == *p
                || (w.len() == p.len() + 1 && w.starts_with(p) && w.ends_with('s'))
                || (p.len() >= 6 && w.contains(p))
        })
    })
}

/// Per-node facts computed bottom-up in one reverse pass.
#[derive(Default, Clone, Copy)]
struct Stats {
    text_len: usize,
    link_len: usize,
    commas: usize,
    has_block_child: bool,
    paragraphs: usize,
    list_items: usize,
    images: usize,
}

impl Stats {
    fn link_density(&self) -> f64 {
        if self.text_len == 0 {
            0.0
        } else {
            self.link_len as f64 / self.text_len as f64
        }
    }
}

/// Below this, the class-based removal probably took the article with the boilerplate.
const RETRY_CHARS: usize = 500;
/// A shorter result from a stricter pass still beats one that may have let comments in.
const ACCEPT_CHARS: usize = 200;

/// How much class-based removal a pass does.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Removal {
    /// Every `UNLIKELY` class or id.
    All,
    /// Only `ALWAYS_JUNK`: comments, sharing, related links, cookie notices.
    Strong,
    None,
}

/// The main text, or `None` when no container scored (the caller falls back). As in
/// readability, a first pass drops subtrees whose class or id looks like boilerplate; when
/// that leaves too little (a wrapper named `header-wrap` held the article), later passes
/// remove less.
pub fn extract(items: &[Item], titles: &[&str]) -> Option<String> {
    let mut best: Option<String> = None;
    for removal in [Removal::All, Removal::Strong, Removal::None] {
        if removal == Removal::None && best.as_ref().is_some_and(|b| b.len() >= ACCEPT_CHARS) {
            break;
        }
        let text = extract_with(items, titles, removal);
        if text.as_ref().is_some_and(|t| t.len() >= RETRY_CHARS) {
            return text;
        }
        if let Some(t) = text {
            if best.as_ref().is_none_or(|b| t.len() > b.len()) {
                best = Some(t);
            }
        }
    }
    best
}

fn extract_with(items: &[Item], titles: &[&str], removal: Removal) -> Option<String> {
    let n = items.len();
    let dropped = mark_dropped(items, removal);
    let stats = compute_stats(items, &dropped);

    let mut score = vec![0f64; n];
    let mut scored = vec![false; n];
    for i in 0..n {
        if dropped[i] {
            continue;
        }
        let tag = items[i].tag();
        let is_para = matches!(tag, "p" | "pre" | "td" | "blockquote")
            || (matches!(tag, "div" | "section" | "article") && !stats[i].has_block_child);
        let s = stats[i];
        if is_para && s.text_len >= 25 {
            add_score(
                items,
                &mut score,
                &mut scored,
                items[i].parent,
                s.text_len,
                s.commas,
            );
        } else if !is_para && stats[i].has_block_child {
            // Loose text between blocks (`<div>text<br>text<div>img</div>text</div>`)
            // is a paragraph too, as readability wraps it in `<p>`.
            let (mut len, mut commas) = (0, 0);
            for c in children(items, i).chain(std::iter::once(usize::MAX)) {
                let block =
                    c == usize::MAX || is_block_tag(items[c].tag()) && items[c].tag() != "br";
                if block {
                    if len >= 25 {
                        add_score(items, &mut score, &mut scored, Some(i), len, commas);
                    }
                    (len, commas) = (0, 0);
                } else if !dropped[c] {
                    len += stats[c].text_len;
                    commas += stats[c].commas;
                }
            }
        }
    }
    let mut candidates: Vec<usize> = (0..n).filter(|&i| scored[i]).collect();
    for &c in &candidates {
        score[c] *= 1.0 - stats[c].link_density();
    }
    candidates.sort_by(|&a, &b| score[b].total_cmp(&score[a]).then(a.cmp(&b)));
    let mut top = *candidates.first()?;
    if items[top].tag() == "body" {
        return None;
    }

    // Several strong candidates under one ancestor: the article is split into sections.
    let strong: Vec<usize> = candidates
        .iter()
        .skip(1)
        .take(4)
        .copied()
        .filter(|&c| score[c] >= score[top] * 0.75)
        .collect();
    if strong.len() >= 3 {
        let mut anc = items[top].parent;
        while let Some(a) = anc {
            if items[a].tag() == "body" || items[a].tag() == "#root" {
                break;
            }
            let inside = strong
                .iter()
                .filter(|&&c| a < c && c < items[a].end)
                .count();
            if inside >= 3 {
                top = a;
                scored[a] = true;
                break;
            }
            anc = items[a].parent;
        }
    }

    // Climb while the parent scores better: the top node may be one block of the article.
    let mut last = score[top];
    let threshold = last / 3.0;
    let mut anc = items[top].parent;
    while let Some(a) = anc {
        if matches!(items[a].tag(), "body" | "#root") {
            break;
        }
        if scored[a] {
            if score[a] < threshold {
                break;
            }
            if score[a] > last {
                top = a;
                break;
            }
            last = score[a];
        }
        anc = items[a].parent;
    }
    // A lone child says nothing about its parent's siblings; move up past wrappers.
    while let Some(p) = items[top].parent {
        if matches!(items[p].tag(), "body" | "#root")
            || element_children(items, &dropped, p).count() != 1
        {
            break;
        }
        top = p;
    }

    let top_score = score[top];
    let mut parts = Vec::new();
    match items[top].parent {
        Some(p) if !matches!(items[p].tag(), "#root") => {
            let threshold = (top_score * 0.2).max(10.0);
            let top_class = class_of(&items[top]);
            for c in element_children(items, &dropped, p) {
                let keep = if c == top {
                    true
                } else if items[top].tag() == "article" && items[c].tag() == "article" {
                    // A list of teasers, each its own article: only the chosen one counts.
                    false
                } else {
                    let bonus = if !top_class.is_empty() && class_of(&items[c]) == top_class {
                        top_score * 0.2
                    } else {
                        0.0
                    };
                    let s = stats[c];
                    (scored[c] && score[c] + bonus >= threshold)
                        || (items[c].tag() == "p"
                            && ((s.text_len > 80 && s.link_density() < 0.25)
                                || (s.text_len > 0
                                    && s.link_density() == 0.0
                                    && s.text_len <= 80
                                    && ends_sentence(items, c))))
                };
                if keep {
                    parts.push(c);
                }
            }
        }
        _ => parts.push(top),
    }
    add_continuations(items, &dropped, &stats, top, &mut parts);
    let ctx = Ctx {
        items,
        dropped: &dropped,
        stats: &stats,
        titles,
        clean: true,
    };
    let mut out = String::new();
    let mut r = Renderer::new(&mut out);
    for p in parts {
        render(&ctx, p, &mut r);
    }
    r.finish();
    Some(out)
}

/// Articles split into chunks (`<div class="article__body">` repeated between ads) share the
/// chosen container's class: the other chunks nearby are part of the text too.
fn add_continuations(
    items: &[Item],
    dropped: &[bool],
    stats: &[Stats],
    top: usize,
    parts: &mut Vec<usize>,
) {
    let class = class_of(&items[top]);
    if class.trim().is_empty() {
        return;
    }
    // Nearby: below the top's ancestor three levels up.
    let mut scope = top;
    for _ in 0..3 {
        match items[scope].parent {
            Some(p) if !matches!(items[p].tag(), "#root") => scope = p,
            _ => break,
        }
    }
    let end = items[scope].end.min(items.len());
    parts.sort_unstable();
    let found = {
        let parts: &[usize] = parts;
        // Inside a part: the last part starting at or before `i` still covers it.
        let covered = |i: usize| {
            let k = parts.partition_point(|&p| p <= i);
            k > 0 && i < items[parts[k - 1]].end
        };
        // Holding a part: the first part after `i` starts inside it.
        let holds = |i: usize| {
            let k = parts.partition_point(|&p| p <= i);
            k < parts.len() && parts[k] < items[i].end
        };
        let mut found = Vec::new();
        let mut j = scope + 1;
        while j < end {
            if dropped[j] || covered(j) {
                j = items[j].end.max(j + 1);
                continue;
            }
            if !holds(j)
                && items[j].tag() == items[top].tag()
                && class_of(&items[j]) == class
                && stats[j].text_len >= 100
                && stats[j].link_density() < 0.3
            {
                found.push(j);
                j = items[j].end.max(j + 1);
                continue;
            }
            j += 1;
        }
        found
    };
    parts.extend(found);
    parts.sort_unstable();
}

/// A paragraph's score goes to its ancestors: all to the parent, half to the grandparent,
/// less further up.
fn add_score(
    items: &[Item],
    score: &mut [f64],
    scored: &mut [bool],
    parent: Option<usize>,
    text_len: usize,
    commas: usize,
) {
    let cs = 1.0 + commas as f64 + (text_len as f64 / 100.0).floor().min(3.0);
    let mut anc = parent;
    let mut level = 0usize;
    while let Some(a) = anc {
        if level >= 5 || items[a].tag() == "#root" {
            break;
        }
        if !scored[a] {
            scored[a] = true;
            score[a] = initial_score(&items[a]);
        }
        let div = match level {
            0 => 1.0,
            1 => 2.0,
            l => l as f64 * 3.0,
        };
        score[a] += cs / div;
        anc = items[a].parent;
        level += 1;
    }
}

/// Every child of `p`, elements and text, in order.
fn children(items: &[Item], p: usize) -> impl Iterator<Item = usize> + '_ {
    let end = items[p].end.min(items.len());
    let mut j = p + 1;
    std::iter::from_fn(move || {
        (j < end).then(|| {
            let c = j;
            j = items[c].end.max(c + 1);
            c
        })
    })
}

/// Every non-dropped text below `root`, with block breaks: the fallback when scoring fails.
pub fn all_text(items: &[Item]) -> String {
    let dropped = mark_dropped(items, Removal::None);
    let stats = compute_stats(items, &dropped);
    let ctx = Ctx {
        items,
        dropped: &dropped,
        stats: &stats,
        titles: &[],
        clean: false,
    };
    let mut out = String::new();
    let mut r = Renderer::new(&mut out);
    if !items.is_empty() {
        render(&ctx, 0, &mut r);
    }
    r.finish();
    out
}

fn ends_sentence(items: &[Item], c: usize) -> bool {
    let end = items[c].end.min(items.len());
    items[c..end].iter().rev().find_map(|it| match &it.kind {
        Kind::Text(t) if !t.trim().is_empty() => {
            Some(t.trim_end().ends_with(['.', '!', '?', '"', '”']))
        }
        _ => None,
    }) == Some(true)
}

fn class_of(it: &Item) -> &str {
    match &it.kind {
        Kind::Element { class_id, .. } => class_id,
        Kind::Text(_) => "",
    }
}

fn element_children<'a>(
    items: &'a [Item],
    dropped: &'a [bool],
    p: usize,
) -> impl Iterator<Item = usize> + 'a {
    let end = items[p].end.min(items.len());
    let mut j = p + 1;
    std::iter::from_fn(move || {
        while j < end {
            let c = j;
            j = items[c].end.max(c + 1);
            if !dropped[c] && matches!(items[c].kind, Kind::Element { .. }) {
                return Some(c);
            }
        }
        None
    })
}

fn class_weight(it: &Item) -> f64 {
    let ci = class_of(it);
    let mut w = 0.0;
    if words_in(ci, NEGATIVE) {
        w -= 25.0;
    }
    if words_in(ci, POSITIVE) {
        w += 25.0;
    }
    if let Kind::Element {
        article_marker: true,
        ..
    } = it.kind
    {
        w += 50.0;
    }
    w
}

fn initial_score(it: &Item) -> f64 {
    let base = match it.tag() {
        "div" | "article" | "main" | "section" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    };
    base + class_weight(it)
}

fn compute_stats(items: &[Item], dropped: &[bool]) -> Vec<Stats> {
    let mut stats = vec![Stats::default(); items.len()];
    for i in (0..items.len()).rev() {
        if dropped[i] {
            continue;
        }
        match &items[i].kind {
            Kind::Text(t) => {
                let mut len = 0;
                for w in t.split_whitespace() {
                    len += w.chars().count() + 1;
                }
                stats[i].text_len = len;
                stats[i].commas = t
                    .chars()
                    .filter(|&c| matches!(c, ',' | '，' | '、' | '،'))
                    .count();
            }
            Kind::Element { tag, .. } => match tag.as_str() {
                "a" => stats[i].link_len = stats[i].text_len,
                "p" => stats[i].paragraphs += 1,
                "li" => stats[i].list_items += 1,
                "img" => stats[i].images += 1,
                _ => {}
            },
        }
        if let Some(p) = items[i].parent {
            let s = stats[i];
            let ps = &mut stats[p];
            ps.text_len += s.text_len;
            ps.link_len += s.link_len;
            ps.commas += s.commas;
            ps.paragraphs += s.paragraphs;
            ps.list_items += s.list_items;
            ps.images += s.images;
            if is_block_tag(items[i].tag()) {
                ps.has_block_child = true;
            }
        }
    }
    stats
}

/// Readability's conditional cleaning: link lists and widgets inside the chosen container.
const LINK_LINE_DENSITY: f64 = 0.8;

fn junk_inside(it: &Item, s: &Stats) -> bool {
    let tag = it.tag();
    // A paragraph or item that is mostly a link is a teaser ("SEE MORE: ...", "Read next").
    if matches!(tag, "p" | "li" | "h2" | "h3" | "h4" | "h5" | "h6") {
        return s.text_len > 0 && s.link_density() > LINK_LINE_DENSITY;
    }
    if !matches!(
        tag,
        "div" | "section" | "ul" | "ol" | "table" | "header" | "figure" | "dl" | "span"
    ) {
        return false;
    }
    if s.commas >= 10 || words_in(class_of(it), &["embed", "tweet"]) {
        return false;
    }
    let weight = class_weight(it);
    let ld = s.link_density();
    let is_list = matches!(tag, "ul" | "ol");
    weight < 0.0
        || (weight < 25.0 && ld > 0.2 && !(is_list && ld < 0.5))
        || ld > 0.5
        || (!is_list && tag != "span" && s.list_items > s.paragraphs * 2 + 2 && ld > 0.1)
}

const PARA_TAGS: &[&str] = &[
    "address",
    "article",
    "blockquote",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "ul",
    "body",
    "center",
];

struct Ctx<'a> {
    items: &'a [Item],
    dropped: &'a [bool],
    stats: &'a [Stats],
    /// The page's title in its forms: a heading repeating it is not article text.
    titles: &'a [&'a str],
    /// Apply the conditional cleaning of link lists and widgets.
    clean: bool,
}

fn is_title_heading(ctx: &Ctx<'_>, i: usize) -> bool {
    if !matches!(ctx.items[i].tag(), "h1" | "h2" | "h3") || ctx.titles.is_empty() {
        return false;
    }
    let text = subtree_text(ctx.items, i);
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    !text.is_empty()
        && ctx
            .titles
            .iter()
            .any(|t| *t == text || (text.chars().count() >= 15 && t.contains(text.as_str())))
}

fn subtree_text(items: &[Item], i: usize) -> String {
    let end = items[i].end.min(items.len());
    let mut out = String::new();
    for it in &items[i..end] {
        if let Kind::Text(t) = &it.kind {
            out.push_str(t);
        }
    }
    out
}

fn render(ctx: &Ctx<'_>, root: usize, r: &mut Renderer<'_>) {
    let (items, dropped, stats, clean) = (ctx.items, ctx.dropped, ctx.stats, ctx.clean);
    let end = items[root].end.min(items.len());
    // Open elements whose close still has to be emitted: (end, tag).
    let mut open: Vec<(usize, &str)> = Vec::new();
    let mut pre_depth = 0usize;
    let mut i = root;
    while i < end {
        while let Some(&(e, tag)) = open.last() {
            if e > i {
                break;
            }
            open.pop();
            close(tag, r, &mut pre_depth);
        }
        if dropped[i]
            || (clean && i != root && junk_inside(&items[i], &stats[i]))
            || is_title_heading(ctx, i)
        {
            i = items[i].end.max(i + 1);
            continue;
        }
        match &items[i].kind {
            Kind::Text(t) => r.text(t, pre_depth > 0),
            Kind::Element { tag, .. } => {
                let tag = tag.as_str();
                match tag {
                    "br" => r.brk(Break::Line),
                    "li" => {
                        r.brk(Break::Para);
                        r.prefix = Some("• ");
                    }
                    "td" | "th" => r.brk(Break::Space),
                    "a" => r.brk(Break::Soft),
                    "tr" => r.brk(Break::Line),
                    "pre" => {
                        r.brk(Break::Para);
                        pre_depth += 1;
                    }
                    t if PARA_TAGS.contains(&t) => r.brk(Break::Para),
                    _ => {}
                }
                open.push((items[i].end.max(i + 1), tag));
            }
        }
        i += 1;
    }
    while let Some((_, tag)) = open.pop() {
        close(tag, r, &mut pre_depth);
    }
}

fn close(tag: &str, r: &mut Renderer<'_>, pre_depth: &mut usize) {
    if tag == "pre" {
        *pre_depth = pre_depth.saturating_sub(1);
    }
    if tag == "a" {
        r.brk(Break::Soft);
    }
    if PARA_TAGS.contains(&tag) {
        r.brk(Break::Para);
    } else if tag == "tr" {
        r.brk(Break::Line);
    }
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Break {
    None,
    /// A space only between two word characters: link text glued to CJK or other words
    /// (`アプリ<a>Kindle</a>`) reads as a separate word, as a browser's copy gives it.
    Soft,
    Space,
    Line,
    Para,
}

struct Renderer<'a> {
    out: &'a mut String,
    pending: Break,
    prefix: Option<&'static str>,
}

impl<'a> Renderer<'a> {
    fn new(out: &'a mut String) -> Self {
        Renderer {
            out,
            pending: Break::None,
            prefix: None,
        }
    }

    fn brk(&mut self, b: Break) {
        self.pending = self.pending.max(b);
        if b >= Break::Line {
            self.prefix = None;
        }
    }

    fn flush(&mut self, next: char) {
        if !self.out.is_empty() {
            match self.pending {
                Break::None => {}
                Break::Soft => {
                    let last = self.out.chars().next_back().unwrap_or(' ');
                    if last.is_alphanumeric() && next.is_alphanumeric() {
                        self.out.push(' ');
                    }
                }
                Break::Space => self.out.push(' '),
                Break::Line => self.out.push('\n'),
                Break::Para => self.out.push_str("\n\n"),
            }
        }
        self.pending = Break::None;
        if let Some(p) = self.prefix.take() {
            self.out.push_str(p);
        }
    }

    fn text(&mut self, t: &str, pre: bool) {
        if pre {
            if t.is_empty() {
                return;
            }
            self.flush(t.chars().next().unwrap_or(' '));
            self.out.push_str(&t.replace("\r\n", "\n"));
            return;
        }
        if t.starts_with(char::is_whitespace) {
            self.brk(Break::Space);
        }
        let mut first = true;
        for w in t.split_whitespace() {
            if !first {
                self.brk(Break::Space);
            }
            first = false;
            self.flush(w.chars().next().unwrap_or(' '));
            self.out.push_str(w);
        }
        if !first && t.ends_with(char::is_whitespace) {
            self.brk(Break::Space);
        }
    }

    fn finish(&mut self) {
        let trimmed = self.out.trim_end().len();
        self.out.truncate(trimmed);
    }
}

/// Boilerplate subtrees: by tag, by hidden state, and by class or id.
fn mark_dropped(items: &[Item], removal: Removal) -> Vec<bool> {
    let mut dropped = vec![false; items.len()];
    let mut i = 0;
    while i < items.len() {
        let drop = match &items[i].kind {
            Kind::Element {
                tag,
                class_id,
                hidden,
                article_marker,
            } => {
                *hidden
                    || DROP_TAGS.contains(&tag.as_str())
                    || (removal != Removal::None
                        && !*article_marker
                        && !matches!(
                            tag.as_str(),
                            "body"
                                | "article"
                                | "main"
                                | "a"
                                | "table"
                                | "tbody"
                                | "tr"
                                | "td"
                                | "p"
                        )
                        && words_in(
                            class_id,
                            if removal == Removal::All {
                                UNLIKELY
                            } else {
                                ALWAYS_JUNK
                            },
                        )
                        && !words_in(class_id, LIKELY))
            }
            Kind::Text(_) => false,
        };
        if drop {
            let end = items[i].end.max(i + 1).min(items.len());
            dropped[i..end].iter_mut().for_each(|d| *d = true);
            i = end;
        } else {
            i += 1;
        }
    }
    dropped
}
