//! Word lists the attribution rules read: reporting verbs, pronouns, titles and the nouns that
//! name anonymous sources, organizations and documents.

use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::OnceLock;

use crate::extract::names::Gender;

/// Verbs that introduce or attribute speech, in the forms news prose uses them.
static REPORTING: &[&str] = &[
    "said",
    "says",
    "say",
    "saying",
    "told",
    "tells",
    "tell",
    "added",
    "adds",
    "wrote",
    "writes",
    "warned",
    "warns",
    "noted",
    "notes",
    "insisted",
    "insists",
    "stated",
    "states",
    "explained",
    "explains",
    "argued",
    "argues",
    "claimed",
    "claims",
    "declared",
    "declares",
    "asked",
    "asks",
    "replied",
    "replies",
    "responded",
    "responds",
    "continued",
    "continues",
    "recalled",
    "recalls",
    "acknowledged",
    "acknowledges",
    "admitted",
    "admits",
    "announced",
    "announces",
    "conceded",
    "concedes",
    "complained",
    "complains",
    "contended",
    "contends",
    "cautioned",
    "cautions",
    "emphasized",
    "emphasised",
    "emphasizes",
    "stressed",
    "stresses",
    "suggested",
    "suggests",
    "tweeted",
    "tweets",
    "posted",
    "quipped",
    "quips",
    "joked",
    "jokes",
    "remarked",
    "remarks",
    "observed",
    "observes",
    "predicted",
    "predicts",
    "promised",
    "promises",
    "vowed",
    "vows",
    "urged",
    "urges",
    "maintained",
    "maintains",
    "countered",
    "counters",
    "charged",
    "boasted",
    "boasts",
    "lamented",
    "laments",
    "mused",
    "muses",
    "agreed",
    "agrees",
    "testified",
    "concluded",
    "concludes",
    "shouted",
    "yelled",
    "exclaimed",
    "whispered",
    "answered",
    "answers",
    "reiterated",
    "reiterates",
    "disclosed",
    "confirmed",
    "confirms",
    "denied",
    "recounted",
    "reported",
    "reports",
    "advised",
    "assured",
    "commented",
    "comments",
    "elaborated",
    "pleaded",
    "proclaimed",
    "protested",
    "reasoned",
    "retorted",
    "revealed",
    "ruled",
    "speculated",
    "thundered",
    "wondered",
    "read",
    "reads",
    "chimed",
    "interjected",
    "began",
    "offered",
    "pointed",
    "went",
    "summed",
    "texted",
    "emailed",
    "wrote",
    "blasted",
    "fumed",
    "scoffed",
    "demanded",
    "asserted",
    "asserts",
    "alleged",
    "alleges",
    "stated",
    "explained",
    "predicted",
    "insisted",
    "acknowledged",
    "opined",
    "put",
    "griped",
    "marveled",
    "conceded",
    "recalled",
    "announced",
    "cried",
    "hinted",
];

/// Verbs that take a quoted phrase as their object ("called it “a disaster”"); they attribute
/// a partial quote to their subject but never stand as a cue after a quote.
static NAMING: &[&str] = &[
    "accused",
    "accuses",
    "called",
    "calls",
    "described",
    "describes",
    "dubbed",
    "labeled",
    "labelled",
    "termed",
    "branded",
    "characterized",
    "dismissed",
    "dismisses",
    "derided",
    "derides",
    "hailed",
    "hails",
    "defended",
    "defends",
    "praised",
    "praises",
    "thanked",
    "criticized",
    "criticised",
    "condemned",
    "condemns",
];

/// Words between a speaker and the verb: "he also said", "Smith has said".
static ADVERBS: &[&str] = &[
    "also",
    "later",
    "then",
    "has",
    "had",
    "have",
    "would",
    "will",
    "once",
    "previously",
    "recently",
    "again",
    "further",
    "simply",
    "repeatedly",
    "publicly",
    "privately",
    "earlier",
    "quickly",
    "flatly",
    "bluntly",
    "angrily",
    "reportedly",
    "never",
    "did",
    "does",
    "do",
    "often",
    "still",
    "first",
    "last",
    "subsequently",
    "similarly",
    "separately",
    "famously",
    "succinctly",
    "told",
    "sharply",
    "firmly",
    "openly",
    "pointedly",
    "calmly",
    "quietly",
    "softly",
    "loudly",
    "confidently",
    "emphatically",
    "frankly",
    "only",
    "just",
    "even",
    "already",
    "now",
    "finally",
    "initially",
    "may",
    "might",
    "could",
    "can",
    "is",
    "was",
    "were",
    "are",
    "be",
    "been",
    "being",
    "went",
    "on",
    "to",
    "reportedly",
    "allegedly",
    "tersely",
    "curtly",
];

/// Words that end a speaker phrase read forward from an inverted verb ("said Smith in a …").
static NP_STOPS: &[&str] = &[
    "who",
    "which",
    "that",
    "whose",
    "in",
    "on",
    "at",
    "during",
    "after",
    "before",
    "when",
    "while",
    "as",
    "to",
    "about",
    "with",
    "from",
    "via",
    "through",
    "yesterday",
    "today",
    "tonight",
    "last",
    "this",
    "and",
    "but",
    "because",
    "since",
    "if",
    "told",
    "said",
    "adding",
    "noting",
    "referring",
    "explaining",
    "speaking",
    "according",
    "late",
    "early",
    "earlier",
    "later",
    "recently",
    "where",
    "although",
    "though",
    "over",
    "into",
    "by",
    "outside",
];

pub static DETERMINERS: &[&str] = &[
    "the", "a", "an", "one", "this", "that", "another", "his", "her", "its", "their", "our", "my",
    "these", "those", "some", "two", "three", "several", "many", "both",
];

pub const ORDINALS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
];

/// Singular nouns for sources the text does not name.
static ANONYMOUS: &[&str] = &[
    "official",
    "source",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "aide",
    "adviser",
    "advisor",
    "staffer",
    "officer",
    "diplomat",
    "insider",
    "person",
    "analyst",
    "employee",
    "strategist",
    "operative",
    "investigator",
    "agent",
    "witness",
    "resident",
    "expert",
    "observer",
    "worker",
    "member",
    "representative",
    "lawmaker",
    "delegate",
    "supporter",
    "voter",
    "protester",
    "attendee",
    "participant",
    "executive",
    "activist",
    "student",
    "teacher",
    "veteran",
    "woman",
    "man",
    "consultant",
    "donor",
    "organizer",
    "volunteer",
    "lobbyist",
    "attorney",
    "lawyer",
    "prosecutor",
    "doctor",
    "soldier",
    "officer",
    "researcher",
    "scientist",
    "economist",
    "pollster",
    "historian",
    "professor",
    "neighbor",
    "friend",
    "relative",
    "commander",
];

/// Plural nouns for groups that speak: "officials said", "the officials said".
static GROUPS: &[&str] = &[
    "officials",
    "sources",
    "authorities",
    "police",
    "prosecutors",
    "investigators",
    "aides",
    "advisers",
    "advisors",
    "experts",
    "analysts",
    "lawmakers",
    "leaders",
    "organizers",
    "officers",
    "diplomats",
    "witnesses",
    "residents",
    "spokesmen",
    "spokespeople",
    "staffers",
    "members",
    "democrats",
    "republicans",
    "critics",
    "supporters",
    "opponents",
    "researchers",
    "scientists",
    "economists",
    "protesters",
    "activists",
    "voters",
    "people",
    "attorneys",
    "lawyers",
    "executives",
    "officers",
    "agents",
];

/// Person roles that usually stand for a named person mentioned before: "the senator said".
static ROLES: &[&str] = &[
    "president",
    "envoy",
    "adviser",
    "advisor",
    "negotiator",
    "senator",
    "governor",
    "candidate",
    "nominee",
    "congressman",
    "congresswoman",
    "secretary",
    "minister",
    "mayor",
    "judge",
    "general",
    "chairman",
    "chairwoman",
    "chair",
    "director",
    "leader",
    "speaker",
    "ceo",
    "founder",
    "commander",
    "ambassador",
    "chief",
    "businessman",
    "businesswoman",
    "billionaire",
    "mogul",
    "pope",
    "king",
    "queen",
    "prince",
    "princess",
    "premier",
    "chancellor",
    "frontrunner",
    "front-runner",
    "hopeful",
    "challenger",
    "incumbent",
    "democrat",
    "republican",
    "vice",
    "sheriff",
    "commissioner",
    "administrator",
    "dean",
    "coach",
    "author",
    "host",
    "actor",
    "actress",
    "singer",
    "star",
    "senior",
    "justice",
    "nominee",
    "lieutenant",
    "colonel",
    "captain",
    "admiral",
    "sergeant",
    "major",
    "cleric",
    "imam",
    "rabbi",
    "bishop",
    "cardinal",
    "reverend",
    "pastor",
    "former",
    "mr.",
    "president-elect",
    "vice-president",
    "physician",
    "entrepreneur",
    "investor",
    "developer",
    "rep",
    "representative",
    "delegate",
    "tycoon",
    "magnate",
    "emperor",
    "dictator",
    "head",
    "boss",
    "owner",
    "manager",
    "superintendent",
    "principal",
    "president-elect",
    "frontman",
    "father",
    "mate",
    "mother",
    "husband",
    "wife",
    "son",
    "daughter",
    "brother",
    "sister",
    "widow",
    // Councils' members; parliaments' are the titles `titles::is_member` knows.
    "councillor",
    "councilor",
    "legislator",
];

/// Organization heads: "the command said" refers to the organization named before.
static ORG_NOUNS: &[&str] = &[
    "command",
    "ministry",
    "company",
    "department",
    "agency",
    "group",
    "organization",
    "organisation",
    "campaign",
    "committee",
    "party",
    "administration",
    "government",
    "office",
    "firm",
    "council",
    "court",
    "bureau",
    "commission",
    "service",
    "military",
    "army",
    "navy",
    "union",
    "association",
    "institute",
    "foundation",
    "center",
    "centre",
    "board",
    "network",
    "newspaper",
    "paper",
    "team",
    "club",
    "bank",
    "fund",
    "university",
    "school",
    "league",
    "coalition",
    "alliance",
    "movement",
    "magazine",
    "website",
    "station",
    "channel",
    "corporation",
    "business",
    "authority",
    "regime",
    "embassy",
    "cabinet",
    "senate",
    "legislature",
    "parliament",
    "congress",
    "white house",
    "kremlin",
    "pentagon",
    "militia",
    "airline",
    "manufacturer",
    "retailer",
    "maker",
    "carrier",
    "startup",
    "giant",
    "conglomerate",
    "outlet",
    "publication",
    "broadcaster",
    "ministry",
    "force",
    "forces",
    "police",
    "caucus",
    "panel",
    "tribunal",
    "secretariat",
    "directorate",
    "mission",
    "consulate",
    "state",
    "county",
    "city",
    "province",
    "country",
    "nation",
    "district",
    "charity",
    "society",
    "federation",
    "commission",
    "council",
    "chamber",
    "club",
    "hospital",
    "lab",
    "laboratory",
];

/// Documents that "say" things; they resolve to their author when the text names one.
static DOCUMENTS: &[&str] = &[
    "report",
    "statement",
    "letter",
    "memo",
    "memorandum",
    "document",
    "release",
    "filing",
    "study",
    "survey",
    "poll",
    "analysis",
    "ruling",
    "order",
    "complaint",
    "lawsuit",
    "suit",
    "indictment",
    "post",
    "tweet",
    "email",
    "e-mail",
    "message",
    "book",
    "article",
    "editorial",
    "op-ed",
    "transcript",
    "guidance",
    "notice",
    "assessment",
    "bulletin",
    "advisory",
    "affidavit",
    "motion",
    "brief",
    "opinion",
    "decision",
    "proposal",
    "bill",
    "platform",
    "ad",
    "advertisement",
    "video",
    "paper",
    "note",
    "announcement",
    "communique",
    "communiqué",
    "petition",
    "resolution",
    "warning",
    "review",
    "audit",
    "plan",
    "testimony",
    "speech",
    "manifesto",
    "policy",
    "declaration",
    "cable",
    "dossier",
    "presentation",
    "website",
    "page",
    "blog",
    "interview",
    "broadcast",
    "podcast",
    "column",
    "essay",
    "text",
    "summary",
    "findings",
    "verdict",
    "judgment",
    "judgement",
    "decree",
    "directive",
    "law",
    "treaty",
    "agreement",
];

/// Titles written before a person's name; not part of the name a speaker is known by.
static PERSON_TITLES: &[&str] = &[
    "Mr.",
    "Mrs.",
    "Ms.",
    "Miss",
    "Dr.",
    "Gen.",
    "Sen.",
    "Rep.",
    "Gov.",
    "Lt.",
    "Col.",
    "Sgt.",
    "Capt.",
    "Maj.",
    "Adm.",
    "Cmdr.",
    "Prof.",
    "Rev.",
    "Hon.",
    "Pres.",
    "Atty.",
    "Supt.",
    "Det.",
    "Insp.",
    "Cpl.",
    "Pvt.",
    "Sens.",
    "Reps.",
    "Gens.",
    "President",
    "Senator",
    "Governor",
    "Secretary",
    "Minister",
    "Mayor",
    "Judge",
    "Justice",
    "Chairman",
    "Chairwoman",
    "Director",
    "Commander",
    "Ambassador",
    "Chief",
    "Sir",
    "Lady",
    "Lord",
    "Dame",
    "Pope",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Sheikh",
    "Sheik",
    "Imam",
    "Rabbi",
    "Bishop",
    "Cardinal",
    "Father",
    "Reverend",
    "Pastor",
    "Admiral",
    "Colonel",
    "Captain",
    "Sergeant",
    "Lieutenant",
    "Officer",
    "Detective",
    "Professor",
    "Representative",
    "Congressman",
    "Congresswoman",
    "Speaker",
    "Leader",
    "Premier",
    "Chancellor",
    "Sheriff",
    "Commissioner",
    "Prosecutor",
    "Counsel",
    "Ayatollah",
    "Mufti",
    "Emir",
    "Archbishop",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "Aide",
    "Adviser",
    "Advisor",
    "Candidate",
    "Nominee",
    "President-elect",
];

/// Words that may stand before a title: "Army Gen.", "Defense Secretary", "Secretary of State".
static TITLE_PREFIXES: &[&str] = &[
    "Vice",
    "Deputy",
    "Former",
    "Attorney",
    "Army",
    "Navy",
    "Air",
    "Force",
    "Marine",
    "Corps",
    "Prime",
    "Defense",
    "Foreign",
    "State",
    "Press",
    "Senior",
    "Acting",
    "Interim",
    "Special",
    "Assistant",
    "Associate",
    "Executive",
    "Managing",
    "Grand",
    "Crown",
    "Republican",
    "Democratic",
    "Democrat",
    "U.S.",
    "GOP",
    "Presidential",
    "House",
    "Senate",
    "Majority",
    "Minority",
    "White",
    "Homeland",
    "Security",
    "Treasury",
    "Interior",
    "Energy",
    "Health",
    "Education",
    "Labor",
    "Commerce",
    "Justice",
    "Transportation",
    "Agriculture",
    "Housing",
    "Veterans",
    "Affairs",
    "Finance",
    "Economy",
    "Home",
    "Defence",
    "of",
    "the",
    "General",
    "Supreme",
    "Court",
    "Federal",
    "Reserve",
    "Fed",
    "Joint",
    "Chiefs",
    "Staff",
    "Campaign",
];

/// Titles (lower-cased, without the dot) that mark a person's gender.
pub fn title_gender(title: &str) -> Option<Gender> {
    match title.trim_end_matches('.').to_lowercase().as_str() {
        "mr" | "sir" | "lord" | "king" | "prince" | "father" | "brother" | "sheikh" | "sheik"
        | "congressman" | "chairman" | "spokesman" | "businessman" | "husband" | "son" => {
            Some(Gender::Male)
        }
        "mrs" | "ms" | "miss" | "lady" | "dame" | "queen" | "princess" | "sister"
        | "congresswoman" | "chairwoman" | "spokeswoman" | "businesswoman" | "actress" | "wife"
        | "daughter" | "mother" | "widow" | "woman" => Some(Gender::Female),
        _ => None,
    }
}

static ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Capt", "Maj", "Adm",
    "Cmdr", "Prof", "Rev", "Hon", "Pres", "Atty", "Supt", "Det", "Insp", "Cpl", "Pvt", "Sens",
    "Reps", "Gens", "Jr", "Sr", "St", "Mt", "Ft", "Inc", "Corp", "Co", "Ltd", "Bros", "Jan", "Feb",
    "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "No", "vs", "etc", "Ala", "Ariz", "Ark",
    "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass",
    "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Va", "Vt",
    "Wash", "Wis", "Wyo", "approx", "Ph", "Gov", "Dept", "Univ", "Ave", "Blvd",
];

pub use crate::extract::tokenize::SENTENCE_STARTERS;

type WordSet = HashSet<&'static str, foldhash::fast::FixedState>;

/// Every list above as a hash set, built on first use: the quote finder asks several of these
/// questions about every token of an article, and a scan of a list of a hundred words each
/// time made quotes most of the cost of indexing a library.
fn sets() -> &'static [(usize, WordSet)] {
    static SETS: OnceLock<Vec<(usize, WordSet)>> = OnceLock::new();
    SETS.get_or_init(|| {
        [
            REPORTING,
            NAMING,
            ADVERBS,
            NP_STOPS,
            DETERMINERS,
            ANONYMOUS,
            GROUPS,
            ROLES,
            ORG_NOUNS,
            DOCUMENTS,
            PERSON_TITLES,
            TITLE_PREFIXES,
            ABBREVIATIONS,
        ]
        .iter()
        .map(|list| (list.as_ptr() as usize, list.iter().copied().collect()))
        .collect()
    })
}

fn has(list: &'static [&'static str], w: &str) -> bool {
    let key = list.as_ptr() as usize;
    // The lists are statics, so each has one address.
    match sets().iter().find(|(k, _)| *k == key) {
        Some((_, set)) => set.contains(w),
        None => list.contains(&w),
    }
}

/// Lower case with curly apostrophes straight; borrows when the word already is.
fn lower(w: &str) -> Cow<'_, str> {
    if w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Cow::Borrowed(w)
    } else if w.is_ascii() {
        Cow::Owned(w.to_ascii_lowercase())
    } else {
        Cow::Owned(w.to_lowercase().replace('’', "'"))
    }
}

/// Lower-case only: "States" in "United States" is not a verb.
pub fn is_reporting_verb(w: &str) -> bool {
    w.starts_with(char::is_lowercase) && has(REPORTING, &lower(w))
}
/// Participles that report speech inside a sentence ("…, calling it “a disaster”").
pub fn is_participle(w: &str) -> bool {
    matches!(
        &*lower(w),
        "calling"
            | "saying"
            | "describing"
            | "accusing"
            | "adding"
            | "noting"
            | "arguing"
            | "insisting"
            | "warning"
            | "telling"
            | "writing"
            | "declaring"
            | "dubbing"
            | "labeling"
            | "labelling"
            | "branding"
            | "vowing"
            | "promising"
            | "urging"
            | "asking"
            | "claiming"
            | "suggesting"
            | "predicting"
            | "complaining"
            | "boasting"
            | "explaining"
            | "stating"
            | "tweeting"
            | "referring"
            | "deriding"
            | "blasting"
            | "slamming"
            | "mocking"
            | "praising"
            | "quoting"
    )
}

pub fn is_naming_verb(w: &str) -> bool {
    w.starts_with(char::is_lowercase) && has(NAMING, &lower(w))
}
/// A capitalised word in "-ly" is a name: "Donnelly said", "Kelly said".
pub fn is_adverb(w: &str) -> bool {
    has(ADVERBS, &lower(w)) || (w.ends_with("ly") && !w.starts_with(char::is_uppercase))
}
pub fn is_np_stop(w: &str) -> bool {
    has(NP_STOPS, &lower(w))
}
pub fn is_determiner(w: &str) -> bool {
    has(DETERMINERS, &lower(w))
}
pub fn ordinal_index(w: &str) -> Option<usize> {
    ORDINALS.iter().position(|o| *o == lower(w))
}
pub fn is_anonymous_noun(w: &str) -> bool {
    has(ANONYMOUS, &lower(w))
}
pub fn is_group_noun(w: &str) -> bool {
    has(GROUPS, &lower(w))
}
pub fn is_role_noun(w: &str) -> bool {
    has(ROLES, &lower(w)) || crate::extract::titles::is_member_in_any_case(w)
}
pub fn is_org_noun(w: &str) -> bool {
    has(ORG_NOUNS, &lower(w))
}
/// Organization heads that name no particular organization: "the company said" means the
/// company named before.
pub fn is_generic_org_noun(w: &str) -> bool {
    matches!(
        &*lower(w),
        "company"
            | "firm"
            | "corporation"
            | "business"
            | "group"
            | "organization"
            | "organisation"
            | "agency"
            | "outlet"
            | "network"
            | "publication"
            | "newspaper"
            | "paper"
            | "maker"
            | "manufacturer"
            | "retailer"
            | "carrier"
            | "airline"
            | "giant"
            | "startup"
            | "conglomerate"
            | "broadcaster"
            | "bank"
            | "union"
            | "charity"
            | "militia"
            | "campaign"
            | "party"
    )
}

pub fn is_document_noun(w: &str) -> bool {
    has(DOCUMENTS, &lower(w))
}
pub fn is_person_title(w: &str) -> bool {
    has(PERSON_TITLES, w)
}
pub fn is_title_prefix(w: &str) -> bool {
    has(TITLE_PREFIXES, w)
}
pub fn is_title_abbreviation(w: &str) -> bool {
    crate::extract::tokenize::is_title_abbreviation(w)
}

/// Whether a word (without its trailing dot) is an abbreviation whose dot is not a full stop.
pub fn is_abbreviation(w: &str) -> bool {
    has(ABBREVIATIONS, w)
        || w.contains('.')
        || (w.chars().count() == 1 && w.chars().all(|c| c.is_uppercase()))
}

pub fn is_pronoun(w: &str) -> bool {
    matches!(
        &*lower(w),
        "he" | "she" | "they" | "it" | "we" | "i" | "you"
    )
}

/// Names of days and months: capitalised but never a speaker.
pub fn is_calendar_word(w: &str) -> bool {
    matches!(
        w.trim_end_matches('.'),
        "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
            | "January"
            | "February"
            | "March"
            | "April"
            | "May"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
            | "Jan"
            | "Feb"
            | "Apr"
            | "Aug"
            | "Sept"
            | "Sep"
            | "Oct"
            | "Nov"
            | "Dec"
    )
}

/// Capitalised words that start a clause rather than a name.
pub fn is_capitalized_function_word(w: &str) -> bool {
    matches!(
        w,
        "The"
            | "A"
            | "An"
            | "In"
            | "On"
            | "At"
            | "But"
            | "And"
            | "Or"
            | "As"
            | "If"
            | "When"
            | "While"
            | "After"
            | "Before"
            | "Meanwhile"
            | "However"
            | "Asked"
            | "Because"
            | "According"
            | "Speaking"
            | "Still"
            | "Yet"
            | "So"
            | "Then"
            | "Later"
            | "Earlier"
            | "Last"
            | "This"
            | "That"
            | "Since"
            | "During"
            | "For"
            | "From"
            | "With"
            | "Without"
            | "Under"
            | "To"
            | "By"
            | "Of"
            | "It"
            | "He"
            | "She"
            | "They"
            | "We"
            | "I"
            | "His"
            | "Her"
            | "Their"
            | "Its"
            | "Our"
            | "In a"
            | "Told"
            | "Writing"
            | "Addressing"
            | "Responding"
            | "Now"
            | "Also"
            | "Instead"
    )
}

/// Lower-case words that sit inside names: "Turki al Bin’ali", "Ludwig van Beethoven".
pub fn is_name_particle(w: &str) -> bool {
    matches!(
        w,
        "al" | "bin"
            | "ibn"
            | "de"
            | "van"
            | "von"
            | "da"
            | "la"
            | "le"
            | "del"
            | "della"
            | "der"
            | "den"
            | "ter"
            | "ten"
            | "du"
            | "el"
            | "ben"
            | "abu"
            | "dos"
            | "das"
            | "di"
            | "of"
            | "and"
            | "for"
            | "&"
    )
}
