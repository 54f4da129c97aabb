//! A flat, pre-order copy of the parsed page: every walk over it is a loop over indices, so
//! a page nested 100,000 levels deep costs no stack.

use ego_tree::iter::Edge;
use scraper::node::Node;
use scraper::Html;

#[derive(Debug, Clone)]
pub enum Kind {
    Element {
        tag: String,
        /// `class` and `id` joined, lowercased: what boilerplate patterns are matched on.
        class_id: String,
        hidden: bool,
        /// `itemprop="articleBody"` or similar markers of the article container.
        article_marker: bool,
    },
    Text(String),
}

#[derive(Debug, Clone)]
pub struct Item {
    pub kind: Kind,
    pub parent: Option<usize>,
    /// One past the last descendant: the subtree of `i` is `i..end`.
    pub end: usize,
}

impl Item {
    pub fn tag(&self) -> &str {
        match &self.kind {
            Kind::Element { tag, .. } => tag,
            Kind::Text(_) => "",
        }
    }
}

/// Flatten the body (or the whole document when there is no body) into pre-order items.
pub fn flatten(doc: &Html) -> Vec<Item> {
    let root = doc
        .tree
        .root()
        .descendants()
        .find(|n| matches!(n.value(), Node::Element(e) if e.name() == "body"))
        .unwrap_or(doc.tree.root());
    let mut items: Vec<Item> = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => {
                let kind = match node.value() {
                    Node::Element(e) => {
                        let mut class_id = String::new();
                        if let Some(c) = e.attr("class") {
                            class_id.push_str(&c.to_ascii_lowercase());
                        }
                        if let Some(id) = e.attr("id") {
                            class_id.push(' ');
                            class_id.push_str(&id.to_ascii_lowercase());
                        }
                        let style = e.attr("style").unwrap_or("").to_ascii_lowercase();
                        let style: String = style.split_whitespace().collect();
                        let hidden = e.attr("hidden").is_some()
                            || style.contains("display:none")
                            || style.contains("visibility:hidden");
                        let article_marker = e
                            .attr("itemprop")
                            .is_some_and(|p| p.eq_ignore_ascii_case("articleBody"));
                        Some(Kind::Element {
                            tag: e.name().to_ascii_lowercase(),
                            class_id,
                            hidden,
                            article_marker,
                        })
                    }
                    Node::Text(t) => Some(Kind::Text(t.to_string())),
                    Node::Document | Node::Fragment => Some(Kind::Element {
                        tag: "#root".into(),
                        class_id: String::new(),
                        hidden: false,
                        article_marker: false,
                    }),
                    _ => None,
                };
                if let Some(kind) = kind {
                    let idx = items.len();
                    items.push(Item {
                        kind,
                        parent: open.last().copied(),
                        end: idx + 1,
                    });
                    open.push(idx);
                } else {
                    // Comments and doctypes: push a marker so Close pops the right entry.
                    open.push(usize::MAX);
                }
            }
            Edge::Close(_) => {
                if let Some(idx) = open.pop() {
                    if idx != usize::MAX {
                        let end = items.len();
                        if let Some(it) = items.get_mut(idx) {
                            it.end = end;
                        }
                    }
                }
            }
        }
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subtree_ranges() {
        let doc = Html::parse_document("<body><div><p>a<b>b</b></p></div><p>c</p></body>");
        let items = flatten(&doc);
        let tags: Vec<&str> = items.iter().map(Item::tag).collect();
        assert_eq!(tags, ["body", "div", "p", "", "b", "", "p", ""]);
        assert_eq!(items[1].end, 6);
        assert_eq!(items[4].parent, Some(2));
        assert_eq!(items[0].end, items.len());
    }
}
