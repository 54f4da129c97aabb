//! A synthetic library for benchmarks and scale tests: N plain-text news articles (about 5 KB
//! each) with recurring people, organisations and places, direct quotes with said-cues (named,
//! surname-only and anonymous speakers), datelines, and dates spread over ten years (also set as
//! each file's modification time). Deterministic for a given seed.

use std::fmt::Write as _;
use std::path::Path;
use std::time::{Duration, SystemTime};

const FIRST: &[&str] = &[
    "Curtis", "Maria", "John", "Aisha", "Pierre", "Yuki", "Olena", "Ahmed", "Sofia", "Liam",
    "Fatima", "Carlos", "Ingrid", "Tomasz", "Mei", "David", "Amara", "Lars", "Elena", "Kwame",
    "Hannah", "Ravi", "Chiara", "Mateo", "Nadia", "Omar", "Grace", "Henrik", "Lucia", "Samuel",
    "Zainab", "Viktor", "Emma", "Jorge", "Priya", "Andrei", "Claire", "Kenji", "Rosa", "Tariq",
    "Helen", "Marco", "Leila", "Stefan", "Ana", "Patrick", "Ngozi", "Felix", "Irina", "Diego",
];

const LAST: &[&str] = &[
    "Scaparrotti",
    "Lopez",
    "Smith",
    "Okafor",
    "Dubois",
    "Tanaka",
    "Kovalenko",
    "Haddad",
    "Rossi",
    "Murphy",
    "Bakr",
    "Mendes",
    "Johansson",
    "Nowak",
    "Chen",
    "Levy",
    "Mensah",
    "Nilsson",
    "Petrova",
    "Boateng",
    "Schmidt",
    "Sharma",
    "Ferrari",
    "Alvarez",
    "Karimi",
    "Farouk",
    "Wallace",
    "Lindqvist",
    "Moreno",
    "Adeyemi",
    "Hussain",
    "Volkov",
    "Brennan",
    "Castillo",
    "Iyer",
    "Popescu",
    "Laurent",
    "Watanabe",
    "Ortega",
    "Rahman",
    "Fischer",
    "Conti",
    "Sadeghi",
    "Weber",
    "Silva",
    "Gallagher",
    "Eze",
    "Bauer",
    "Sokolova",
    "Reyes",
    "Novak",
    "Hakimi",
    "Andersen",
    "Kowalski",
    "Ibrahim",
    "Marchetti",
    "Takahashi",
    "Bianchi",
    "Kaya",
    "Jensen",
    "Dimitrov",
    "Osei",
    "Varga",
    "Costa",
    "Yilmaz",
    "Berg",
    "Quinn",
    "Navarro",
    "Pereira",
    "Zhou",
];

const ROLES: &[&str] = &[
    "a spokesman for",
    "the head of",
    "a senior adviser at",
    "the chief economist at",
    "a director at",
    "a spokeswoman for",
    "the deputy head of",
    "an analyst at",
    "a researcher at",
    "the general counsel of",
];

const ORGS: &[(&str, Option<&str>)] = &[
    ("European Command", None),
    ("International Monetary Fund", Some("IMF")),
    ("World Health Organization", Some("WHO")),
    ("European Central Bank", Some("ECB")),
    ("Ministry of Finance", None),
    ("Ministry of Defence", None),
    ("Department of Energy", None),
    ("United Nations", Some("UN")),
    ("North Atlantic Treaty Organization", Some("NATO")),
    ("Federal Reserve", None),
    ("Northwind Energy", None),
    ("Atlas Rail Company", None),
    ("Meridian Bank", None),
    ("Harbor Logistics Inc", None),
    ("Crescent Pharmaceuticals", None),
    ("Blue Ridge University", None),
    ("National Weather Service", None),
    ("Supreme Court", None),
    ("Electoral Commission", None),
    ("Red Cross", None),
    ("Transport Workers Union", None),
    ("Institute for Fiscal Studies", None),
    ("Pentagon", None),
    ("Senate Armed Services Committee", None),
    ("Green Party", None),
    ("Labour Party", None),
    ("Helios Solar Corp", None),
    ("Port Authority", None),
    ("Central Statistics Office", None),
    ("Amnesty International", None),
];

const PLACES: &[&str] = &[
    "Brussels",
    "London",
    "Paris",
    "Berlin",
    "Madrid",
    "Rome",
    "Warsaw",
    "Kyiv",
    "Ankara",
    "Cairo",
    "Nairobi",
    "Lagos",
    "Accra",
    "Johannesburg",
    "Mumbai",
    "Delhi",
    "Tokyo",
    "Seoul",
    "Beijing",
    "Jakarta",
    "Sydney",
    "Toronto",
    "Chicago",
    "Washington",
    "New York",
    "Mexico City",
    "Bogota",
    "Lima",
    "Buenos Aires",
    "Sao Paulo",
    "Stockholm",
    "Oslo",
    "Helsinki",
    "Vienna",
    "Prague",
    "Budapest",
    "Athens",
    "Lisbon",
    "Dublin",
    "Geneva",
    "Syria",
    "Iraq",
    "Germany",
    "France",
    "Sweden",
    "Brazil",
    "Kenya",
    "Japan",
    "India",
    "Canada",
];

const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

struct Topic {
    titles: &'static [&'static str],
    facts: &'static [&'static str],
    quotes: &'static [&'static str],
}

const TOPICS: &[Topic] = &[
    Topic {
        titles: &[
            "{ORG} warns of slowing growth as {PLACE} braces for a difficult year",
            "Inflation eases in {PLACE}, but {ORG} urges caution",
            "Markets rally after {ORG} signals a pause in rate rises",
        ],
        facts: &[
            "Consumer prices rose {N} percent in the year to {MONTH}, the smallest increase since the spring, according to figures published on {DAY}.",
            "The figures, released by {ORG}, showed that household spending in {PLACE} fell for a {ORD} consecutive quarter.",
            "Economists had expected a sharper slowdown, and bond yields in {PLACE} fell after the announcement.",
            "Wages have lagged behind prices for most of the past two years, squeezing families that were already stretched.",
            "The central bank has raised borrowing costs {N} times since the start of the tightening cycle.",
            "Exports to {PLACE} dropped by {N} percent, a decline that analysts attributed to weaker demand for machinery and chemicals.",
            "Retailers reported a mixed season, with discount chains gaining customers while department stores struggled.",
            "The government in {PLACE} has promised a package of tax relief for low earners, though details remain scarce.",
        ],
        quotes: &[
            "We are not out of the woods yet, and it would be a mistake to declare victory over inflation",
            "The data tell us that the economy is cooling, but it is cooling slowly and unevenly",
            "Households are feeling the pressure, and that pressure will not disappear overnight",
            "We will act if we need to, but for now the right course is patience",
            "Nobody should be surprised that growth is weaker when borrowing costs are this high",
            "There is a real risk that we tighten too much and tip the economy into recession",
        ],
    },
    Topic {
        titles: &[
            "{ORG} says militant networks are regrouping near {PLACE}",
            "Officials in {PLACE} track fighters returning from the front",
            "{ORG} steps up patrols after attack near {PLACE}",
        ],
        facts: &[
            "The assessment, shared with lawmakers on {DAY}, described a network that moves money and recruits across several borders.",
            "Security services in {PLACE} said they had disrupted {N} plots in the past year, most of them at an early stage.",
            "Intelligence officials have long worried that fighters who left the region would return with new skills and contacts.",
            "The report said recruiters increasingly rely on encrypted messaging apps and small cash transfers that are hard to trace.",
            "Border guards near {PLACE} have been reinforced, and checkpoints now operate around the clock.",
            "Analysts cautioned that the numbers were estimates and that many departures were never recorded.",
            "Officials declined to give details about specific operations, citing the safety of informants.",
            "The alliance has deployed additional surveillance aircraft to the region since the spring.",
        ],
        quotes: &[
            "We are watching this very closely, and we are sharing what we learn with our partners",
            "The threat has changed shape, but it has not gone away",
            "These networks adapt quickly, and we have to adapt faster",
            "We have seen a steady flow of people moving through the region in both directions",
            "It would be naive to think that the problem ends when the fighting stops",
            "Our job is to find the links before they turn into an attack",
        ],
    },
    Topic {
        titles: &[
            "Heat wave strains power grid across {PLACE}",
            "{ORG} unveils plan to double solar capacity by the end of the decade",
            "Drought forces water restrictions in {PLACE}",
        ],
        facts: &[
            "Temperatures reached {N} degrees in parts of {PLACE} on {DAY}, breaking records that had stood for decades.",
            "Grid operators asked households to limit their use of air conditioning during the evening peak.",
            "The plan would add {N} gigawatts of capacity, enough to power several million homes, according to {ORG}.",
            "Reservoir levels near {PLACE} have fallen to less than half of their usual level for the time of year.",
            "Farmers said the dry spell had already cut yields of wheat and maize, and feared further losses.",
            "Environmental groups welcomed the announcement but said the targets were not ambitious enough.",
            "Investors have poured money into battery storage, which helps smooth the output of wind and solar farms.",
            "Local authorities opened cooling centres in libraries and schools for elderly residents.",
        ],
        quotes: &[
            "This is exactly the kind of summer scientists have been warning us about for years",
            "We can build the panels quickly, but the grid has to keep up with them",
            "Every household can help by using a little less power when demand is highest",
            "We are asking people to be careful with water, not to panic",
            "The cost of doing nothing is far higher than the cost of this plan",
            "Our engineers have been working through the night to keep the lights on",
        ],
    },
    Topic {
        titles: &[
            "Hospitals in {PLACE} report surge in respiratory infections",
            "{ORG} approves new treatment after lengthy review",
            "Nurses in {PLACE} vote to strike over pay and staffing",
        ],
        facts: &[
            "Admissions rose by {N} percent in the week to {DAY}, with children and the elderly most affected.",
            "The regulator said the trial data showed a modest but consistent benefit over existing treatments.",
            "Union members voted overwhelmingly in favour of action, with turnout above {N} percent.",
            "Waiting lists in {PLACE} have grown steadily, and some patients wait more than a year for routine surgery.",
            "Doctors urged people with symptoms to stay at home and to avoid visiting vulnerable relatives.",
            "The company, {ORG}, said it would price the drug in line with similar medicines.",
            "Health officials said vaccination rates among older adults remained below target.",
            "Several hospitals postponed non-urgent operations to free beds for the winter.",
        ],
        quotes: &[
            "Our staff are exhausted, and they cannot keep carrying this load without support",
            "The evidence is solid, and patients who need this treatment should be able to get it",
            "We did not want to strike, but we have been left with no other choice",
            "The next few weeks will be difficult, and we are preparing for the worst",
            "Simple steps, like staying home when you are sick, really do make a difference",
            "We have asked for more funding repeatedly, and the answer has always been no",
        ],
    },
    Topic {
        titles: &[
            "Court in {PLACE} rules against government over surveillance law",
            "{ORG} challenges election results in {PLACE}",
            "Coalition talks stall in {PLACE} as parties trade blame",
        ],
        facts: &[
            "The ruling, delivered on {DAY}, found that the law gave intelligence agencies powers that were too broad.",
            "Turnout was {N} percent, higher than at the previous election, according to the Electoral Commission.",
            "The parties have been negotiating for {N} weeks without agreeing on a budget or a prime minister.",
            "Lawyers for the government said they would study the judgment before deciding whether to appeal.",
            "Observers from {ORG} said the vote was largely orderly, though they noted problems with voter lists in some districts.",
            "Protesters gathered outside parliament in {PLACE}, some carrying banners demanding a recount.",
            "The opposition has accused the governing party of using state media to promote its candidates.",
            "Legal experts said the case could reach the highest court in the country within months.",
        ],
        quotes: &[
            "The court has reminded everyone that the law applies to the state as well",
            "We respect the process, but we will use every legal avenue available to us",
            "The voters have spoken, and it is time for the politicians to listen",
            "There is no deal until everything is agreed, and we are not there yet",
            "This judgment is a victory for privacy and for common sense",
            "We are ready to talk to anyone who is serious about forming a government",
        ],
    },
    Topic {
        titles: &[
            "Rail strike leaves commuters stranded across {PLACE}",
            "{ORG} orders new trains in a deal worth billions",
            "Port of {PLACE} reopens after week-long closure",
        ],
        facts: &[
            "Only {N} percent of scheduled services ran on {DAY}, and several lines were closed entirely.",
            "The contract with {ORG} covers {N} trains, to be delivered over the next six years.",
            "Shipping companies diverted vessels to other ports while the closure lasted, adding days to delivery times.",
            "Commuters in {PLACE} crowded onto buses, and traffic on the main roads was heavier than usual.",
            "The union said its members had not received a pay rise that matched inflation in three years.",
            "Freight volumes through the port have recovered since last year, when a cyber attack disrupted operations.",
            "Officials said the new trains would be quieter, more reliable and accessible to wheelchair users.",
            "Some employers told staff to work from home until the dispute is resolved.",
        ],
        quotes: &[
            "Passengers deserve a reliable service, and right now they are not getting one",
            "We regret the disruption, but our members have been pushed too far",
            "These trains will serve the region for the next forty years",
            "The backlog will take weeks to clear, even with everyone working flat out",
            "We are open to talks at any time, day or night",
            "This investment shows that we are serious about the future of public transport",
        ],
    },
];

/// Sentences any story can carry; `{WHO}` is one of the story's people.
const GENERAL: &[&str] = &[
    "{WHO} has held the post since {YEAR} and is regarded as a cautious operator.",
    "Speaking to reporters in {PLACE}, {WHO} declined to comment on the timing.",
    "Critics of {WHO} say the approach has been too slow and too timid.",
    "{WHO} is expected to travel to {PLACE} later this month for further talks.",
    "The announcement came a day after {WHO} met officials from {ORG}.",
    "A statement from {ORG} said the matter was under review.",
    "The issue has divided opinion in {PLACE} for several years.",
    "Similar measures were tried in {PLACE} in {YEAR}, with mixed results.",
    "Officials in {PLACE} said they would publish more details in the coming weeks.",
    "The decision is likely to be challenged, according to people familiar with the discussions.",
    "It was not immediately clear how the plan would be paid for.",
    "Representatives of {ORG} did not respond to requests for comment.",
    "The debate is expected to dominate the next session of parliament.",
    "Polls suggest that a majority of voters in {PLACE} support the change.",
    "{WHO}, who previously worked at {ORG}, has argued for a more gradual approach.",
    "Earlier this year, {WHO} warned that the costs were rising faster than expected.",
];

const ANON: &[&str] = &[
    "a senior official said",
    "one official said",
    "a second official said",
    "a diplomat said, speaking on condition of anonymity",
    "an industry executive said",
];

/// A small deterministic generator (SplitMix64): no dependency, same library for the same seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
    fn word(&mut self, xs: &[&'static str]) -> &'static str {
        xs[self.below(xs.len())]
    }
    /// Skewed towards low indices, so a few names recur in many articles, as in real news.
    fn skewed(&mut self, n: usize) -> usize {
        let a = self.below(n);
        let b = self.below(n);
        let c = self.below(n);
        a.min(b).min(c)
    }
}

struct Person {
    first: &'static str,
    last: &'static str,
    role: &'static str,
    org: usize,
}

fn people(rng: &mut Rng, n: usize) -> Vec<Person> {
    (0..n)
        .map(|_| Person {
            first: rng.word(FIRST),
            last: rng.word(LAST),
            role: rng.word(ROLES),
            org: rng.below(ORGS.len()),
        })
        .collect()
}

/// The next card of a shuffled deck of `n`, reshuffled when empty: sentences do not repeat until
/// all have been used.
fn deal(deck: &mut Vec<usize>, n: usize, rng: &mut Rng) -> usize {
    if deck.is_empty() {
        deck.extend(0..n);
        for i in (1..deck.len()).rev() {
            let j = rng.below(i + 1);
            deck.swap(i, j);
        }
    }
    deck.pop().unwrap_or(0)
}

fn ordinal(n: usize) -> &'static str {
    ["second", "third", "fourth", "fifth", "sixth"][n % 5]
}

fn fill(t: &str, rng: &mut Rng, orgs: &[usize], places: &[&str], month: &str) -> String {
    let mut out = t.to_string();
    while let Some(i) = out.find('{') {
        let Some(j) = out[i..].find('}').map(|j| i + j) else {
            break;
        };
        let v = match &out[i + 1..j] {
            "ORG" => {
                let (name, _) = ORGS[orgs[rng.below(orgs.len())]];
                if name.starts_with(char::is_uppercase) && !name.ends_with("Inc") {
                    format!("the {name}")
                } else {
                    name.to_string()
                }
            }
            "PLACE" => rng.pick(places).to_string(),
            "N" => (2 + rng.below(60)).to_string(),
            "ORD" => ordinal(rng.below(5)).to_string(),
            "YEAR" => (1998 + rng.below(20)).to_string(),
            "DAY" => rng
                .pick(&["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])
                .to_string(),
            "MONTH" => month.to_string(),
            _ => String::new(),
        };
        out.replace_range(i..=j, &v);
    }
    // "the" is only for the middle of a sentence.
    if let Some(rest) = out.strip_prefix("the ") {
        out = format!("The {rest}");
    }
    out
}

fn capitalise_title(t: &str) -> String {
    let t = t.replace("the the ", "the ");
    let mut c = t.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// One article: (relative path, contents, date as seconds since the epoch).
fn article(i: usize, rng: &mut Rng, pop: &[Person]) -> (String, String, u64) {
    let topic = rng.pick(TOPICS);
    // 2015-01-01 .. about 2025-01-01
    let day = rng.below(3650) as u64;
    let secs = 1_420_070_400 + day * 86_400 + rng.below(80_000) as u64;
    let (y, m, d) = civil(secs / 86_400);
    let month = MONTHS[(m - 1) as usize];

    let cast: Vec<usize> = (0..3 + rng.below(4))
        .map(|_| rng.skewed(pop.len()))
        .collect();
    let mut orgs: Vec<usize> = cast.iter().map(|&p| pop[p].org).collect();
    orgs.push(rng.skewed(ORGS.len()));
    let places: Vec<&str> = (0..2 + rng.below(3))
        .map(|_| PLACES[rng.skewed(PLACES.len())])
        .collect();

    let t: &str = rng.word(topic.titles);
    let title = capitalise_title(&fill(t, rng, &orgs, &places, month));
    let mut body = String::with_capacity(6000);
    let _ = write!(body, "{}, {month} {d}, {y} — ", places[0].to_uppercase());
    let mut introduced = vec![false; cast.len()];
    let (mut facts, mut general) = (Vec::new(), Vec::new());
    let mut paragraph = 0;
    while body.len() < 4800 {
        let sentences = 2 + rng.below(3);
        for _ in 0..sentences {
            let t: String = if rng.below(5) < 2 {
                let t = GENERAL[deal(&mut general, GENERAL.len(), rng)];
                if t.contains("{WHO}") {
                    let k = rng.below(cast.len());
                    let p = &pop[cast[k]];
                    let who = if introduced[k] {
                        p.last.to_string()
                    } else {
                        introduced[k] = true;
                        format!("{} {}", p.first, p.last)
                    };
                    t.replace("{WHO}", &who)
                } else {
                    t.to_string()
                }
            } else {
                topic.facts[deal(&mut facts, topic.facts.len(), rng)].to_string()
            };
            body.push_str(&fill(&t, rng, &orgs, &places, month));
            body.push(' ');
        }
        body.pop();
        body.push_str("\n\n");
        // Roughly every other paragraph carries a quote.
        if paragraph % 2 == 0 {
            let q = rng.pick(topic.quotes);
            if rng.below(5) == 0 {
                let _ = write!(body, "“{q},” {}.\n\n", rng.pick(ANON));
            } else {
                let k = rng.below(cast.len());
                let p = &pop[cast[k]];
                let (org, acronym) = ORGS[p.org];
                if introduced[k] {
                    let _ = write!(body, "“{q},” {} said.\n\n", p.last);
                } else {
                    introduced[k] = true;
                    let org_name = match acronym {
                        Some(a) if rng.below(2) == 0 => a.to_string(),
                        _ => format!("the {org}"),
                    };
                    let _ = write!(
                        body,
                        "“{q},” said {} {}, {} {org_name}.\n\n",
                        p.first, p.last, p.role
                    );
                }
            }
        }
        paragraph += 1;
    }
    let slug: String = title
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(6)
        .collect::<Vec<_>>()
        .join("-");
    let rel = format!("{y}/{m:02}/{slug}-{i}.txt");
    (rel, format!("{title}\n\n{}\n", body.trim_end()), secs)
}

/// Year, month, day of a day count since 1970-01-01.
fn civil(days: u64) -> (i64, u32, u32) {
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// Write `n` articles under `dir`; returns the bytes written.
pub fn generate(dir: &Path, n: usize, seed: u64) -> std::io::Result<u64> {
    let mut rng = Rng(seed ^ 0x005E_EDB7_11E5);
    // A population that grows with the library, so names keep recurring at every scale.
    let pop = people(&mut rng, 200 + n / 10);
    let mut bytes = 0u64;
    for i in 0..n {
        let (rel, text, secs) = article(i, &mut rng, &pop);
        let path = dir.join(&rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&path, &text)?;
        let f = std::fs::File::options().write(true).open(&path)?;
        f.set_modified(SystemTime::UNIX_EPOCH + Duration::from_secs(secs))?;
        bytes += text.len() as u64;
    }
    Ok(bytes)
}

pub fn cmd_gen(dir: &Path, n: usize, seed: u64) -> anyhow::Result<()> {
    let started = std::time::Instant::now();
    let bytes = generate(dir, n, seed)?;
    println!(
        "{n} articles, {:.1} MB, in {} ({:.2} s)",
        bytes as f64 / 1e6,
        dir.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// What the reader does with a warm index before its first frame, timed step by step: open the
/// index, take the list, read the open article's body and analysis from the cache and draw a
/// 120×40 frame (on ratatui's `TestBackend`); then the finder's first answer (the name table).
pub fn cmd_open(library: &Path) -> anyhow::Result<()> {
    use crate::app::{self, Action, State};
    use crate::reader::backend::{list_action, settle};
    use ratatui::{backend::TestBackend, Terminal};

    let started = std::time::Instant::now();
    let index = crate::index::Index::open_for_reader(library, None)?;
    let opened = started.elapsed();
    let mut state = State::new(crate::config::Config::default(), Default::default());
    app::update(&mut state, Action::Resize(120, 40));
    app::update(&mut state, list_action(&index, None));
    settle(&index, &mut state);
    let mut term = Terminal::new(TestBackend::new(120, 40))?;
    term.draw(|f| crate::ui::draw(f, &state))?;
    let framed = started.elapsed();
    let entities = state.analysis().map_or(0, |a| a.entities.len());
    app::update(&mut state, Action::Command(crate::keymap::Command::Find));
    settle(&index, &mut state);
    let names = state.finder.as_ref().map_or(0, |f| f.names.len());
    let named = started.elapsed();
    println!(
        "{} articles; open {:.1} ms; first frame (article with {entities} entities) {:.1} ms; finder names ({names} shown) {:.1} ms",
        index.articles().len(),
        opened.as_secs_f64() * 1e3,
        framed.as_secs_f64() * 1e3,
        named.as_secs_f64() * 1e3,
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates_round_trip_known_days() {
        assert_eq!(civil(0), (1970, 1, 1));
        assert_eq!(civil(17_246), (2017, 3, 21));
    }

    #[test]
    fn articles_are_about_five_kilobytes_with_quotes() {
        let mut rng = Rng(7);
        let pop = people(&mut rng, 50);
        for i in 0..20 {
            let (rel, text, _) = article(i, &mut rng, &pop);
            assert!(rel.ends_with(".txt"));
            assert!((4000..8000).contains(&text.len()), "{}", text.len());
            assert!(text.contains(" said"));
            assert!(text.contains('“'));
        }
    }
}
