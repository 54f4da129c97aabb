//! From a cue's speaker phrase to a speaker: names to panel entities (a surname or a title to the
//! full name), pronouns to the nearest fitting referent, organizational nominals to the
//! organization named before, documents to their authors, unnamed sources to stable labels.

use std::cell::{OnceCell, RefCell};
use std::collections::{BTreeMap, HashMap, HashSet};

use super::anonymous;
use super::doc::Doc;
use super::documents;
use super::lexicon as lx;
use super::phrase::{self, Np, NpKind};
use super::text::{is_capitalized, tok_at};
use crate::extract::names::{first_name_gender, is_first_name, Gender};
use crate::extract::{Entity, Kind, Span, Speaker};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefKind {
    Person(Option<Gender>),
    Org,
    Group,
    Document,
}

#[derive(Debug, Clone)]
enum Source {
    Entity(usize),
    Anon(usize),
    Doc(usize),
    Fixed(Speaker),
}

/// How far back, in tokens, a speaker's title or organization looks for the name it stands
/// for: longer than nearly any article, and a bound, so a document of many quotes stays linear
/// (`byline bench hostile`).
const LOOKBACK_TOKENS: usize = 10_000;

/// Longer than any one mention of a name, in bytes.
const MAX_MENTION_BYTES: usize = 1_000;

#[derive(Debug, Clone)]
struct Referent {
    tok: usize,
    kind: RefKind,
    source: Source,
    /// Noted as a quotation's speaker: someone the text has made speak, wherever the name
    /// stands ("The warning came from Renate Vögeli").
    speaker: bool,
}

pub struct Resolver<'a> {
    d: &'a Doc<'a>,
    entities: &'a [Entity],
    anon: anonymous::Table,
    docs: documents::Table,
    /// By token, then in the order noted: a quote's speaker is noted after every referent
    /// already at its token. A map, as each noted speaker lands mid-document.
    refs: BTreeMap<(usize, usize), Referent>,
    /// Per title head ("senator"): every token where the title stands before a name, with the
    /// name's token span, in text order.
    titled_memo: RefCell<HashMap<String, TitledHits>>,
    /// Entities looked up by what a speaker's name is, made once: asking every entity for every
    /// quote made a text of many quotes and many names quadratic.
    names: NameIndex<'a>,
}

/// Every entity mention by its start, each entity by its name and aliases, and people by
/// the last word of a name of several words.
struct NameIndex<'a> {
    /// (start, end, entity), by start.
    mentions: Vec<(usize, usize, usize)>,
    /// The first entity with the name or the alias.
    by_name: HashMap<&'a str, usize>,
    /// People, in entity order.
    by_surname: HashMap<&'a str, Vec<usize>>,
    /// Every entity by each word of its name, in entity order: "the union" asks for "Union".
    /// Made at the first such question: most texts ask none.
    by_word: OnceCell<HashMap<&'a str, Vec<usize>>>,
    entities: &'a [Entity],
}

impl<'a> NameIndex<'a> {
    fn new(entities: &'a [Entity]) -> Self {
        let mut mentions = Vec::new();
        let mut by_name = HashMap::new();
        let mut by_surname: HashMap<&str, Vec<usize>> = HashMap::new();
        for (id, e) in entities.iter().enumerate() {
            mentions.extend(e.mentions.iter().map(|m| (m.start, m.end, id)));
            by_name.entry(e.name.as_str()).or_insert(id);
            for a in &e.aliases {
                by_name.entry(a.as_str()).or_insert(id);
            }
            if e.kind == Kind::Person {
                if let Some((_, last)) = e.name.rsplit_once(' ') {
                    by_surname.entry(last).or_default().push(id);
                }
            }
        }
        mentions.sort_unstable();
        NameIndex {
            mentions,
            by_name,
            by_surname,
            by_word: OnceCell::new(),
            entities,
        }
    }

    /// The entities whose name holds the word `w`, in entity order.
    fn with_word(&self, w: &str) -> &[usize] {
        let by_word = self.by_word.get_or_init(|| {
            let mut by_word: HashMap<&str, Vec<usize>> = HashMap::new();
            for (id, e) in self.entities.iter().enumerate() {
                for w in e.name.split_whitespace() {
                    let ids = by_word.entry(w).or_default();
                    if ids.last() != Some(&id) {
                        ids.push(id);
                    }
                }
            }
            by_word
        });
        by_word.get(w).map_or(&[], |v| v.as_slice())
    }
}

/// A title's token and the token span of the name after it.
type TitledHits = Vec<(usize, (usize, usize))>;

/// How far back (in sentences) a pronoun or a bare role may look for its referent.
const LOOKBACK: usize = 15;

fn gender_of_words<'w>(words: impl Iterator<Item = &'w str>) -> Option<Gender> {
    for w in words {
        if let Some(g) = lx::title_gender(w) {
            return Some(g);
        }
        if lx::is_person_title(w) || lx::is_title_prefix(w) {
            continue;
        }
        return first_name_gender(w);
    }
    None
}

fn entity_gender(e: &Entity) -> Option<Gender> {
    std::iter::once(&e.name)
        .chain(e.aliases.iter())
        .find_map(|a| gender_of_words(a.split_whitespace()))
}

fn fits(kind: RefKind, want: &[RefKind]) -> bool {
    want.iter().any(|w| match (kind, *w) {
        (RefKind::Person(a), RefKind::Person(b)) => a.is_none() || b.is_none() || a == b,
        (a, b) => a == b,
    })
}

impl<'a> Resolver<'a> {
    pub fn new(d: &'a Doc<'a>, entities: &'a [Entity]) -> Self {
        let anon = anonymous::Table::build(d);
        let docs = documents::Table::build(d);
        let mut r = Resolver {
            d,
            entities,
            anon,
            docs,
            refs: BTreeMap::new(),
            titled_memo: RefCell::default(),
            names: NameIndex::new(entities),
        };
        r.collect_referents();
        r
    }

    fn collect_referents(&mut self) {
        let d = self.d;
        let mut refs = Vec::new();
        for (id, e) in self.entities.iter().enumerate() {
            let kind = match e.kind {
                Kind::Person => RefKind::Person(entity_gender(e)),
                Kind::Organization => RefKind::Org,
                Kind::Place => continue,
            };
            // Sentence-initial capitalised words the tagger took for names ("Speaking").
            let one_word = !e.name.contains(' ');
            if one_word
                && (lx::is_capitalized_function_word(&e.name)
                    || lx::is_calendar_word(&e.name)
                    || (e.kind == Kind::Person && e.name.ends_with("ing")))
            {
                continue;
            }
            if one_word && lx::is_person_title(&format!("{}.", e.name))
                || lx::is_person_title(&e.name)
            {
                continue;
            }
            for m in &e.mentions {
                let tok = tok_at(&d.toks, m.start);
                if tok >= d.toks.len() {
                    continue;
                }
                // A dateline ("WASHINGTON —") is not a referent.
                let para_start = tok == 0 || d.para_of.get(tok - 1) != d.para_of.get(tok);
                let end = tok_at(&d.toks, m.end);
                if para_start && matches!(d.punct(end), "—" | "–" | "-" | "(") {
                    continue;
                }
                if tok < d.toks.len() && !d.quoted(tok) {
                    refs.push(Referent {
                        tok,
                        kind,
                        source: Source::Entity(id),
                        speaker: false,
                    });
                }
            }
        }
        // People the tagger may have missed: a title or a known first name leading a name.
        let mut i = 0;
        while i < d.toks.len() {
            let w = d.word(i);
            let starts = !d.quoted(i)
                && !w.is_empty()
                && is_capitalized(w)
                && !lx::is_capitalized_function_word(w)
                && (lx::is_person_title(w) || is_first_name(w));
            if !starts {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < d.toks.len() && !d.quoted(j) && is_capitalized(d.word(j)) {
                j += 1;
            }
            if j - i >= 2 {
                let words = (i..j).map(|k| d.word(k));
                let gender = gender_of_words(words);
                let (a, b) = phrase::strip_titles(d, i, j);
                let core = d.toks_span(a, b);
                let sp = self.name_speaker(core, i);
                // Not a name inside a place's or a body's ("Strada Mihai Eminescu").
                let other = sp
                    .entity
                    .and_then(|id| self.entities.get(id))
                    .is_some_and(|e| e.kind != Kind::Person);
                if !other {
                    refs.push(Referent {
                        tok: i,
                        kind: RefKind::Person(gender),
                        source: Source::Fixed(sp),
                        speaker: false,
                    });
                }
            }
            i = j;
        }
        for (&tok, &ind) in &self.anon.at {
            let g = lx::title_gender(d.word(tok));
            refs.push(Referent {
                tok,
                kind: RefKind::Person(g),
                source: Source::Anon(ind),
                speaker: false,
            });
        }
        // "the Republican nominee", "the senator": people by their role. Not a role the
        // sentence names in apposition ("The chair of the judging panel, historian Philippa
        // Marsh-Ekwueme, said"): the name after it is the referent.
        let people: HashSet<usize> = refs
            .iter()
            .filter(|r| matches!(r.kind, RefKind::Person(_)))
            .map(|r| r.tok)
            .collect();
        let named_after = |h: usize| {
            let sent = d.sent_of.get(h);
            let Some(c) = (h + 1..(h + 10).min(d.toks.len()))
                .take_while(|&k| d.sent_of.get(k) == sent)
                .find(|&k| d.punct(k) == ",")
            else {
                return false;
            };
            let mut k = c + 1;
            while k < c + 5 && !d.word(k).is_empty() && !is_capitalized(d.word(k)) {
                k += 1;
            }
            people.contains(&k)
        };
        for h in 0..d.toks.len() {
            let w = d.word(h);
            if w.is_empty() || d.quoted(h) || is_capitalized(w) || !lx::is_role_noun(w) {
                continue;
            }
            let the = anonymous::determiner(d, h).is_some_and(|(_, det, _)| det == "the");
            if !the || !anonymous::noun_use(d, h + 1) || named_after(h) {
                continue;
            }
            if let Some((sp, g)) = self.role_person(w, h) {
                refs.push(Referent {
                    tok: h,
                    kind: RefKind::Person(g),
                    source: Source::Fixed(sp),
                    speaker: false,
                });
            }
        }
        // "the command", "the military": organizations by their kind.
        for h in 0..d.toks.len() {
            let w = d.word(h);
            if w.is_empty() || d.quoted(h) || is_capitalized(w) || !lx::is_org_noun(w) {
                continue;
            }
            let the = anonymous::determiner(d, h).is_some_and(|(_, det, _)| det == "the");
            if !the || !anonymous::noun_use(d, h + 1) {
                continue;
            }
            let (sp, kind) = self.organization(w, h, h + 1, w);
            refs.push(Referent {
                tok: h,
                kind,
                source: Source::Fixed(sp),
                speaker: false,
            });
        }
        for (&tok, &di) in &self.docs.at {
            refs.push(Referent {
                tok,
                kind: RefKind::Document,
                source: Source::Doc(di),
                speaker: false,
            });
        }
        for (tok, t) in d.toks.iter().enumerate() {
            let w = t.text(d.text);
            if t.word && !d.quoted(tok) && lx::is_group_noun(w) && !is_capitalized(w) {
                refs.push(Referent {
                    tok,
                    kind: RefKind::Group,
                    source: Source::Fixed(Speaker {
                        name: w.to_lowercase(),
                        entity: None,
                    }),
                    speaker: false,
                });
            }
        }
        refs.sort_by_key(|r| r.tok);
        self.refs = refs
            .into_iter()
            .enumerate()
            .map(|(i, r)| ((r.tok, i), r))
            .collect();
    }

    /// Remember a resolved speaker at its cue, for pronouns further on.
    pub fn note(&mut self, np: &Np, speaker: &Speaker, kind: RefKind) {
        let tok = np.toks.0;
        let seq = self.refs.len();
        self.refs.insert(
            (tok, seq),
            Referent {
                tok,
                kind,
                source: Source::Fixed(speaker.clone()),
                speaker: true,
            },
        );
    }

    pub fn resolve(&self, np: &Np) -> Option<(Speaker, RefKind)> {
        self.resolve_depth(np, 0)
    }

    /// The person the tagger found that a name is; none for any other name.
    pub fn person(&self, np: &Np) -> Option<(Speaker, RefKind)> {
        let (sp, kind) = self.resolve(np)?;
        let entity_kind = sp.entity.and_then(|i| self.entities.get(i)).map(|e| e.kind);
        (matches!(kind, RefKind::Person(_)) && entity_kind == Some(Kind::Person))
            .then_some((sp, kind))
    }

    fn resolve_depth(&self, np: &Np, depth: usize) -> Option<(Speaker, RefKind)> {
        if depth > 4 {
            return None;
        }
        let at = np.toks.0;
        match &np.kind {
            NpKind::Pronoun(p) => {
                let want: &[RefKind] = match p.as_str() {
                    "he" => &[RefKind::Person(Some(Gender::Male))],
                    "she" => &[RefKind::Person(Some(Gender::Female))],
                    "they" => &[RefKind::Org, RefKind::Group],
                    "it" => &[RefKind::Document, RefKind::Org],
                    _ => return None,
                };
                let r = self.nearest(at, want)?;
                let kind = r.kind;
                Some((self.speaker_of(&r.source, depth)?, kind))
            }
            NpKind::Name => {
                let sp = self.name_speaker(np.core, at);
                let kind = match sp.entity.and_then(|i| self.entities.get(i)) {
                    Some(e) if e.kind == Kind::Organization => RefKind::Org,
                    _ => RefKind::Person(gender_of_words(
                        self.d.span_text(np.full).split_whitespace(),
                    )),
                };
                Some((sp, kind))
            }
            NpKind::Nominal {
                head, plural, det, ..
            } => self.nominal(np, head, *plural, det.as_deref(), depth),
        }
    }

    fn nominal(
        &self,
        np: &Np,
        head: &str,
        plural: bool,
        det: Option<&str>,
        depth: usize,
    ) -> Option<(Speaker, RefKind)> {
        let (a, b) = np.toks;
        let at = a;
        let core = self.d.span_text(np.core).to_string();
        // "Prime Minister Benjamin Netanyahu’s office said": a person's office or campaign
        // speaks for the person. So does "the Whitfield campaign", where the name before the
        // noun is a person's the text names ("the Remain campaign" is none).
        if matches!(head, "office" | "campaign") {
            let d = self.d;
            let owner = (a..b).find(|&k| phrase::possessive_suffix(d.word(k)).is_some());
            let before_head = (head == "campaign" && owner.is_none() && b > a + 1)
                .then(|| b - 2)
                .filter(|_| d.word(b - 1) == head);
            if let Some(p) = owner.or(before_head).filter(|&p| is_capitalized(d.word(p))) {
                let s = (a..=p)
                    .rev()
                    .take_while(|&k| is_capitalized(d.word(k)))
                    .last()
                    .unwrap_or(p);
                let sp = self.name_speaker(phrase::name_core(d, s, p + 1), at);
                let kind = sp.entity.and_then(|i| self.entities.get(i)).map(|e| e.kind);
                let person = match kind {
                    Some(k) => k == Kind::Person,
                    None => owner.is_some(),
                };
                if person {
                    return Some((sp, RefKind::Person(None)));
                }
            }
        }
        if let Some(ind) = self.anon.find(a, b) {
            let g = lx::title_gender(head);
            return Some((
                self.speaker_of(&Source::Anon(ind), depth)?,
                RefKind::Person(g),
            ));
        }
        if let Some(di) = self.docs.find(a, b) {
            return Some((self.speaker_of(&Source::Doc(di), depth)?, RefKind::Document));
        }
        if plural {
            return Some((
                Speaker {
                    name: core,
                    entity: None,
                },
                RefKind::Group,
            ));
        }
        if lx::is_org_noun(head) {
            return Some(self.organization(head, a, b, &core));
        }
        // "a judge ruled": someone new, not the judge named before.
        let indefinite = matches!(det, Some("a" | "an" | "A" | "An"));
        if (lx::is_role_noun(head) || head.ends_with("-year-old")) && !indefinite {
            if let Some((sp, g)) = self.role_person(head, at) {
                return Some((sp, RefKind::Person(g)));
            }
            let want = [RefKind::Person(lx::title_gender(head))];
            if let Some(r) = self.nearest(at, &want) {
                let kind = r.kind;
                return Some((self.speaker_of(&r.source, depth)?, kind));
            }
        }
        if lx::is_anonymous_noun(head) || det.is_some() || lx::is_role_noun(head) {
            return Some((
                Speaker {
                    name: core,
                    entity: None,
                },
                RefKind::Person(lx::title_gender(head)),
            ));
        }
        None
    }

    /// "the command" → the organization named before whose name holds "Command"; otherwise the
    /// nearest organization for generic heads ("the company", "the group").
    fn organization(&self, head: &str, from: usize, at: usize, core: &str) -> (Speaker, RefKind) {
        let d = self.d;
        let cap: String = {
            let mut c = head.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect())
                .unwrap_or_default()
        };
        let pos = d.toks.get(at).map_or(usize::MAX, |t| t.start);
        let mut best: Option<(usize, usize)> = None;
        // Only the entities whose name holds the head: asking every entity for every "the
        // union" made a text of many such references and many names quadratic.
        for &id in self.names.with_word(&cap) {
            let e = &self.entities[id];
            // Mentions are in text order: the last one before `pos` without a scan.
            let before = e.mentions.partition_point(|m| m.start < pos);
            let last = before.checked_sub(1).map(|i| e.mentions[i].start);
            if let Some(l) = last {
                if best.is_none_or(|(_, b)| l > b) {
                    best = Some((id, l));
                }
            }
        }
        if let Some((id, _)) = best {
            let e = &self.entities[id];
            return (
                Speaker {
                    name: e.name.clone(),
                    entity: Some(id),
                },
                RefKind::Org,
            );
        }
        // A name the tagger missed: the nearest capitalised run holding the head ("European
        // Command"), or "X administration"/"X campaign" written before.
        for k in (at.saturating_sub(LOOKBACK_TOKENS)..at).rev() {
            if d.quoted(k) {
                continue;
            }
            let w = d.word(k);
            let lower_hit = w == head && k > 0 && is_capitalized(d.word(k - 1));
            if w != cap && !lower_hit {
                continue;
            }
            let mut s = if lower_hit { k - 1 } else { k };
            while s > 0 && !d.quoted(s - 1) && is_capitalized(d.word(s - 1)) {
                s -= 1;
            }
            while s < k && lx::is_capitalized_function_word(d.word(s)) {
                s += 1;
            }
            let name = d.span_text(d.toks_span(s, k + 1)).to_string();
            if !name.is_empty() && name != cap {
                return (Speaker { name, entity: None }, RefKind::Org);
            }
        }
        // Generic heads ("the company", "the group") stand for the organization named just
        // before; specific ones ("the jury panel") keep their own words.
        if lx::is_generic_org_noun(head) {
            if let Some(r) = self.nearest_within(from, &[RefKind::Org], 6) {
                if let Some(sp) = self.speaker_of(&r.source, 0) {
                    return (sp, RefKind::Org);
                }
            }
        }
        (
            Speaker {
                name: core.to_string(),
                entity: None,
            },
            RefKind::Org,
        )
    }

    /// "the senator", "the Republican nominee": the person the role was written with before,
    /// else the person the article is most about so far.
    fn role_person(&self, head: &str, at: usize) -> Option<(Speaker, Option<Gender>)> {
        let want = lx::title_gender(head);
        let gender = |sp: &Speaker| -> Option<Gender> {
            match sp.entity.and_then(|i| self.entities.get(i)) {
                Some(e) => entity_gender(e),
                None => gender_of_words(sp.name.split_whitespace()),
            }
        };
        if let Some(sp) = self.titled(head, at) {
            let g = gender(&sp).or(want);
            return Some((sp, g));
        }
        // Someone fitting in the last few sentences ("Bernie Sanders insisted … the Vermont
        // senator told supporters").
        let d = self.d;
        if let Some(s0) = d.sent_of.get(at).copied() {
            for s in (s0.saturating_sub(3)..=s0).rev() {
                let Some(&(a, b)) = d.sentences.get(s) else {
                    continue;
                };
                let b = if s == s0 { b.min(at) } else { b };
                // `refs` is sorted by token: the sentence's slice, not a scan of the document.
                let r = self.refs_in(a, b).find(|r| {
                    matches!(r.source, Source::Entity(_)) && fits(r.kind, &[RefKind::Person(want)])
                });
                if let Some(r) = r {
                    if let (Some(sp), RefKind::Person(g)) = (self.speaker_of(&r.source, 0), r.kind)
                    {
                        return Some((sp, g.or(want)));
                    }
                }
            }
        }
        let pos = self.d.toks.get(at).map_or(usize::MAX, |t| t.start);
        let (id, e) = self
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                e.kind == Kind::Person
                    && e.name.contains(' ')
                    && !e.name.contains('\n')
                    && e.name.chars().any(|c| c.is_lowercase())
            })
            .filter(|(_, e)| {
                let g = entity_gender(e);
                want.is_none() || g.is_none() || g == want
            })
            // Mentions are in text order: how many come before `pos`, and the last of them.
            .map(|(id, e)| (id, e, e.mentions.partition_point(|m| m.start < pos)))
            .filter(|(_, _, n)| *n > 0)
            .max_by_key(|(_, e, n)| (*n, e.mentions.get(*n - 1).map(|m| m.start)))
            .map(|(id, e, _)| (id, e))?;
        Some((
            Speaker {
                name: e.name.clone(),
                entity: Some(id),
            },
            entity_gender(e).or(want),
        ))
    }

    /// "the senator" → the nearest "Sen. X" / "Senator X" / "senator X" before.
    fn titled(&self, head: &str, at: usize) -> Option<Speaker> {
        let d = self.d;
        let titles: &[&str] = match head {
            "senator" => &["Sen.", "Senator", "senator"],
            "governor" => &["Gov.", "Governor", "governor"],
            "congressman" | "congresswoman" | "representative" => &[
                "Rep.",
                "Congressman",
                "Congresswoman",
                "Representative",
                "congressman",
            ],
            "general" => &["Gen.", "General", "general"],
            "president" => &["President", "president", "President-elect"],
            _ => &[],
        };
        // The name after a title at `k`, if both are there.
        let named = |k: usize| -> Option<(usize, usize)> {
            if d.quoted(k) {
                return None;
            }
            let w = d.word(k);
            if !(titles.contains(&w) || w.eq_ignore_ascii_case(head)) {
                return None;
            }
            // "Secretary of State John Kerry": pass over the rest of the title.
            let mut i = k + 1;
            while i < k + 4 && (d.word(i) == "of" || lx::is_title_prefix(d.word(i))) {
                i += 1;
            }
            let mut j = i;
            while j < d.toks.len() && j < i + 4 && is_capitalized(d.word(j)) && !d.quoted(j) {
                j += 1;
            }
            (j > i).then(|| phrase::strip_titles(d, i, j))
        };
        // Every place the title is written with a name after it, found once per head: a
        // document full of "the senator said" stays linear.
        let mut memo = self.titled_memo.borrow_mut();
        let hits = memo.entry(head.to_string()).or_insert_with(|| {
            (0..d.toks.len())
                .filter_map(|k| named(k).map(|ab| (k, ab)))
                .collect()
        });
        let nearest = hits.partition_point(|&(k, _)| k < at).checked_sub(1);
        let found = nearest.and_then(|i| hits.get(i).copied());
        drop(memo);
        let (k, (a, b)) = found?;
        Some(self.name_speaker(d.toks_span(a, b), k))
    }

    fn nearest_within(&self, at: usize, want: &[RefKind], back: usize) -> Option<&Referent> {
        let d = self.d;
        let s0 = d.sent_of.get(at).copied()?;
        for s in (s0.saturating_sub(back)..=s0).rev() {
            let (a, b) = d.sentences.get(s).copied()?;
            let b = if s == s0 { b.min(at) } else { b };
            if let Some(r) = self.first_in(a, b, want) {
                return Some(r);
            }
        }
        None
    }

    /// The first fitting referent of the nearest sentence before token `at` that has one.
    fn nearest(&self, at: usize, want: &[RefKind]) -> Option<&Referent> {
        let d = self.d;
        let s0 = d
            .sent_of
            .get(at)
            .copied()
            .or_else(|| d.sentences.len().checked_sub(1))?;
        // A gendered pronoun looks a few sentences back for someone known to fit before it
        // settles for someone whose gender is unknown; but not past the start of the
        // paragraph where someone first fits ("farmer Dnyaneshwar Shinde, 52, said ... “…,” he
        // said" after a paragraph on Narendra Modi). That is the pronoun's own paragraph, or
        // for a quotation in a paragraph of its own, the one before.
        let gendered = want.iter().any(|w| matches!(w, RefKind::Person(Some(_))));
        let passes: &[(bool, usize)] = if gendered {
            &[(true, 4), (false, LOOKBACK)]
        } else {
            &[(false, LOOKBACK)]
        };
        let mut found_in: Option<usize> = None;
        for &(strict, back) in passes {
            for s in (s0.saturating_sub(back)..=s0).rev() {
                let (a, b) = d.sentences.get(s).copied()?;
                let b = if s == s0 { b.min(at) } else { b };
                let para = d.para_of.get(a).copied();
                if strict && found_in.is_some() && para != found_in {
                    break;
                }
                if let Some(r) = self.first_in(a, b, want) {
                    if !strict || matches!(r.kind, RefKind::Person(Some(_))) {
                        return Some(r);
                    }
                    found_in = found_in.or(para);
                }
            }
        }
        None
    }

    /// The referents in tokens `[a, b)`, in order.
    fn refs_in(&self, a: usize, b: usize) -> impl Iterator<Item = &Referent> {
        self.refs.range((a, 0)..(b.max(a), 0)).map(|(_, r)| r)
    }

    /// The first referent in tokens `[a, b)` that fits `want`, preferring one whose gender is
    /// known to fit over one whose gender is unknown, and passing over objects of prepositions
    /// ("In an interview with Fox News, he said", "cuts proposed by the Trump
    /// administration").
    fn first_in(&self, a: usize, b: usize, want: &[RefKind]) -> Option<&Referent> {
        let d = self.d;
        let cands: Vec<&Referent> = self
            .refs_in(a, b)
            .filter(|r| fits(r.kind, want))
            .filter(|r| {
                // "by the Trump administration": the preposition before the article.
                let prev = phrase::before_article(d, r.tok).map_or("", |j| d.word(j));
                // "In a Tumblr post at the time she …": a sentence's opening place or
                // occasion, but not "a nurse in Tallaght", which may name who speaks. A range
                // that opens at the name was chosen for it ("with Fitzhugh calling").
                r.tok == a
                    || r.speaker
                    || !matches!(
                        prev,
                        "with"
                            | "to"
                            | "by"
                            | "of"
                            | "for"
                            | "at"
                            | "from"
                            | "about"
                            | "against"
                            | "In"
                    )
            })
            .collect();
        let wants_gender = want.iter().any(|w| matches!(w, RefKind::Person(Some(_))));
        // The sentence's subject, named first: "Vucevic, who arrived in a deal that sent
        // Wendell Carter Jr. the other way, thanked fans", whatever the gender of the names
        // after it. Not an owner ("Faber's publishing director, Gideon Lockhart").
        let owner = |k: usize| {
            (k..k + 4)
                .take_while(|&j| is_capitalized(d.word(j)))
                .any(|j| phrase::possessive_suffix(d.word(j)).is_some())
        };
        let subject = cands
            .first()
            .is_some_and(|r| r.tok == a && matches!(r.kind, RefKind::Person(_)) && !owner(r.tok));
        if wants_gender && !subject {
            if let Some(r) = cands
                .iter()
                .find(|r| matches!(r.kind, RefKind::Person(Some(_))))
            {
                return Some(r);
            }
        }
        cands.first().copied()
    }

    /// The subject of a clause: the first person or organization in tokens `[a, b)`.
    pub fn subject(&self, a: usize, b: usize) -> Option<(Speaker, RefKind)> {
        let r = self.first_in(a, b, &[RefKind::Person(None), RefKind::Org])?;
        Some((self.speaker_of(&r.source, 0)?, r.kind))
    }

    fn speaker_of(&self, src: &Source, depth: usize) -> Option<Speaker> {
        match src {
            Source::Entity(id) => self.entities.get(*id).map(|e| Speaker {
                name: e.name.clone(),
                entity: Some(*id),
            }),
            Source::Fixed(s) => Some(s.clone()),
            Source::Anon(i) => {
                let ind = self.anon.individuals.get(*i)?;
                match ind.name {
                    Some((a, b)) => {
                        let (x, y) = phrase::strip_titles(self.d, a, b);
                        Some(self.name_speaker(self.d.toks_span(x, y), a))
                    }
                    None => Some(Speaker {
                        name: self.anon.label(*i),
                        entity: None,
                    }),
                }
            }
            Source::Doc(i) => {
                let doc = self.docs.docs.get(*i)?;
                match &doc.author {
                    Some(np) => self
                        .resolve_depth(np, depth + 1)
                        .map(|(s, _)| s)
                        .or_else(|| {
                            Some(Speaker {
                                name: doc.head.clone(),
                                entity: None,
                            })
                        }),
                    None => Some(Speaker {
                        name: doc.head.clone(),
                        entity: None,
                    }),
                }
            }
        }
    }

    /// A name as written at token `at` → the panel entity it names, else the fullest form of
    /// it written earlier, else the name itself.
    pub fn name_speaker(&self, core: Span, at: usize) -> Speaker {
        let d = self.d;
        let name = d.span_text(core).trim().to_string();
        let last_word = name.split_whitespace().last().unwrap_or("").to_string();
        let last_start = core.end.saturating_sub(last_word.len());
        let pos = d.toks.get(at).map_or(usize::MAX, |t| t.start);
        let pick = |id: usize| Speaker {
            name: self.entities[id].name.clone(),
            entity: Some(id),
        };
        // The tagger's entity at this very place, preferring the one holding the surname.
        let rank = |k: Kind| match k {
            Kind::Person => 0,
            Kind::Organization => 1,
            Kind::Place => 2,
        };
        // The entity whose mention covers most of the name, if it covers most of it: a
        // tagger that split "U.S. Department of Agriculture" does not make "Agriculture" the
        // speaker.
        let cover = |m: &Span| m.end.min(core.end).saturating_sub(m.start.max(core.start));
        // Mentions are in text order and a name is short: only those starting near the name
        // can overlap it.
        let ms = &self.names.mentions;
        let lo = ms.partition_point(|m| m.0 + MAX_MENTION_BYTES < core.start);
        let hi = ms.partition_point(|m| m.0 < core.end.max(last_start + 1));
        // Per entity near the name: the most of it one mention covers, and whether one holds
        // the surname; in entity order, as the choice below breaks ties by it.
        let mut near: Vec<(usize, usize, bool)> = Vec::new();
        for &(start, end, id) in ms.get(lo..hi.max(lo)).unwrap_or(&[]) {
            let span = Span::new(start, end);
            let holds = start <= last_start && last_start < end;
            match near.iter_mut().find(|x| x.0 == id) {
                Some(x) => {
                    x.1 = x.1.max(cover(&span));
                    x.2 |= holds;
                }
                None => near.push((id, cover(&span), holds)),
            }
        }
        near.sort_unstable_by_key(|x| x.0);
        let overlapping = near
            .into_iter()
            .filter(|&(_, best, holds_last)| best > 0 && holds_last)
            .map(|(id, best, _)| (id, &self.entities[id], best))
            .max_by_key(|(_, e, best)| (*best, std::cmp::Reverse(rank(e.kind))));
        if let Some((id, _, best)) = overlapping {
            if best * 10 >= core.len() * 6 || !name.contains(' ') {
                return pick(id);
            }
        }
        let alias = self.names.by_name.get(name.as_str()).copied();
        if let Some(id) = alias {
            return pick(id);
        }
        if !last_word.is_empty() {
            let surname = self
                .names
                .by_surname
                .get(last_word.as_str())
                .into_iter()
                .flatten()
                .map(|&id| (id, &self.entities[id]))
                .min_by_key(|(_, e)| {
                    e.mentions
                        .iter()
                        .filter(|m| m.start < pos)
                        .map(|m| pos - m.start)
                        .min()
                        .unwrap_or(usize::MAX)
                });
            if let Some((id, _)) = surname {
                return pick(id);
            }
        }
        // A fuller form written earlier ("Hope Hicks" before "Hicks").
        if !name.contains(' ') {
            let at = at.min(d.toks.len());
            for k in (at.saturating_sub(LOOKBACK_TOKENS)..at).rev() {
                if d.quoted(k) || d.word(k) != last_word {
                    continue;
                }
                let mut s = k;
                while s > 0 && !d.quoted(s - 1) && is_capitalized(d.word(s - 1)) {
                    s -= 1;
                }
                while s < k && lx::is_capitalized_function_word(d.word(s)) {
                    s += 1;
                }
                if s < k {
                    let (x, y) = phrase::strip_titles(d, s, k + 1);
                    let full = d.span_text(d.toks_span(x, y)).to_string();
                    if full.contains(' ') {
                        return Speaker {
                            name: full,
                            entity: None,
                        };
                    }
                }
            }
        }
        Speaker { name, entity: None }
    }
}
