//! One short passage per quotation pattern of issue 4, each with its expected quotation and
//! speaker, so that a regression in one rule shows as one failing test.
//!
//! Most passages run the quotation finder with no tagged entities, so they test the quotation
//! rules alone and do not move when the tagger improves; the `with_tagger_*` passages go through
//! `analyze` and accept any of the names the panel may use for the speaker.

use byline::extract::quotes::find_quotes;
use byline::extract::{analyze, Quote};

fn quotes(text: &str) -> Vec<Quote> {
    find_quotes(text, &[])
}

fn speaker(q: &Quote) -> Option<&str> {
    q.speaker.as_ref().map(|s| s.name.as_str())
}

/// Quotation `i` starts with `starts` and is attributed to `who`.
fn expect(qs: &[Quote], i: usize, starts: &str, who: Option<&str>) {
    let q = qs
        .get(i)
        .unwrap_or_else(|| panic!("no quotation {i} in {qs:#?}"));
    assert!(
        q.text.starts_with(starts),
        "quotation {i} is {:?}, expected it to start with {starts:?}",
        q.text
    );
    assert_eq!(speaker(q), who, "speaker of quotation {i}: {q:#?}");
}

fn expect_one_of(qs: &[Quote], i: usize, starts: &str, names: &[&str]) {
    let q = qs
        .get(i)
        .unwrap_or_else(|| panic!("no quotation {i} in {qs:#?}"));
    assert!(q.text.starts_with(starts), "quotation {i}: {:?}", q.text);
    let who = speaker(q).unwrap_or("none");
    assert!(names.contains(&who), "speaker {who:?} not one of {names:?}");
}

// ---- cue after the quotation ----

#[test]
fn cue_after_verb_then_name() {
    let qs = quotes("“We are going to win this state,” said Sen. Ted Cruz of Texas.");
    assert_eq!(qs.len(), 1);
    expect(&qs, 0, "We are going to win this state", Some("Ted Cruz"));
}

#[test]
fn cue_after_verb_then_name_of_the_body() {
    // The name runs on through "of the" to the body, and ends before it.
    let qs = quotes(
        "“It's patients who pay the price,” said Mairead Kinsella of the Irish Patients' \
         Association. “We will appeal,” said the Department of the Interior.",
    );
    expect(&qs, 0, "It's patients who pay", Some("Mairead Kinsella"));
    expect(&qs, 1, "We will appeal", Some("Department of the Interior"));
}

#[test]
fn cue_after_role_then_name_in_apposition() {
    let qs = quotes(
        "“We are not starting from zero,” the government’s chief negotiator, Verónica \
         Mosquera Arango, told reporters in Bogotá.",
    );
    expect(
        &qs,
        0,
        "We are not starting",
        Some("Verónica Mosquera Arango"),
    );
}

#[test]
fn cue_after_name_of_a_party_then_verb() {
    let qs = quotes(
        "“The president is rewarding terrorism,” Sen. Andrés Felipe Garzón of the Democratic \
         Center party wrote on X.",
    );
    expect(&qs, 0, "The president is", Some("Andrés Felipe Garzón"));
}

#[test]
fn cue_before_accused_of() {
    // The accuser speaks; a naming verb after "and" shares the subject of the verb before.
    let qs = quotes(
        "Alberto Núñez Feijóo, leader of the Popular Party, accused Sánchez of “selling \
         equality between Spaniards.” In a Tumblr post Taylor Swift described it as the \
         “worst case scenario” and accused him of “incessant, manipulative bullying”.",
    );
    expect(&qs, 0, "selling equality", Some("Alberto Núñez Feijóo"));
    expect(&qs, 1, "worst case", Some("Taylor Swift"));
    expect(&qs, 2, "incessant", Some("Taylor Swift"));
}

#[test]
fn cue_before_name_of_the_body_then_verb() {
    // The name in apposition to a role that a body completes; a name before "of the".
    let qs = quotes(
        "Iran’s envoy to the IAEA, Reza Najafi, said the agency was “repeating politically \
         motivated claims.” Deputy Mauricio Larraín Edwards of the Republican Party called it \
         “a backdoor nationalization.”",
    );
    expect(&qs, 0, "repeating", Some("Reza Najafi"));
    // Without the tagger's entities "Deputy" is not known to be a title.
    expect(
        &qs,
        1,
        "a backdoor",
        Some("Deputy Mauricio Larraín Edwards"),
    );
}

#[test]
fn cue_after_name_in_ly_then_verb() {
    // "Donnelly" is a name, not an adverb between speaker and verb ("Smith also said").
    let qs = quotes("“I looked for him there today,” Donnelly said.");
    expect(&qs, 0, "I looked for him", Some("Donnelly"));
}

#[test]
fn cue_before_relative_clause_after_the_name() {
    // "who said" speaks for the name before it, past its apposition.
    let qs = quotes(
        "Among them was Deputy Governor Marguerite Ashdown-Lyle, who said wage growth was “not \
         yet consistent” with the target. It was disputed by Irungu Houghton, executive director \
         of Amnesty International Kenya, who said it had documented “the use of live ammunition \
         against unarmed young people.” \
         “We’re not going to be undersold,” Woolworths’ managing director for Victoria, \
         Brendan Ashcombe, said.",
    );
    expect(
        &qs,
        0,
        "not yet consistent",
        Some("Marguerite Ashdown-Lyle"),
    );
    expect(&qs, 1, "the use of live", Some("Irungu Houghton"));
    expect(&qs, 2, "We’re not going", Some("Brendan Ashcombe"));
}

#[test]
fn cue_after_a_bodys_role_then_name() {
    let qs = quotes(
        "“The conditions are extreme,” Hellenic Fire Service spokesman Col. Yiannis Kostakis \
         told state broadcaster ERT. “It is over,” said Ann Lee, while Nationals WA leader \
         Shane Love said voters would judge.",
    );
    expect(&qs, 0, "The conditions", Some("Yiannis Kostakis"));
    expect(&qs, 1, "It is over", Some("Ann Lee"));
}

#[test]
fn a_persons_office_speaks_for_the_person() {
    let qs = quotes(
        "Prime Minister Benjamin Netanyahu’s office said in a brief statement that Israel “will \
         continue to allow humanitarian aid.”",
    );
    expect(&qs, 0, "will continue", Some("Benjamin Netanyahu"));
}

#[test]
fn cue_after_in_a_sentence_of_its_own_with_a_time() {
    // The quotation ends its sentence; the next is the cue and when, nothing more.
    let qs =
        quotes("“Matt has my Complete and Total Endorsement!” Trump tweeted before Election Day.");
    expect(&qs, 0, "Matt has my", Some("Trump"));
}

#[test]
fn cue_after_name_then_verb() {
    let qs = quotes("“The economy is not working for working families,” Bernie Sanders said.");
    expect(&qs, 0, "The economy is not working", Some("Bernie Sanders"));
}

#[test]
fn cue_after_with_appositive() {
    let qs = quotes(
        "“This is a serious matter for the country,” said Josh Earnest, the White House press \
         secretary.",
    );
    expect(&qs, 0, "This is a serious matter", Some("Josh Earnest"));
}

#[test]
fn cue_after_question_mark() {
    let qs = quotes("Tim Kaine spoke next.\n\n“Why would anyone believe him?” he asked.");
    expect(&qs, 0, "Why would anyone believe him?", Some("Tim Kaine"));
}

#[test]
fn straight_double_quotes() {
    let qs = quotes("\"We have a rigged system in this country,\" Sanders told reporters.");
    expect(&qs, 0, "We have a rigged system", Some("Sanders"));
}

// ---- cue before the quotation ----

#[test]
fn cue_before_with_colon() {
    let qs = quotes("Elizabeth Warren told the crowd: “He is a thin-skinned bully.”");
    expect(
        &qs,
        0,
        "He is a thin-skinned bully.",
        Some("Elizabeth Warren"),
    );
}

#[test]
fn cue_before_with_comma() {
    let qs = quotes("Mike Pence said, “We will repeal the law on day one.”");
    expect(&qs, 0, "We will repeal the law", Some("Mike Pence"));
}

#[test]
fn cue_in_previous_sentence_of_the_paragraph() {
    let qs =
        quotes("Paul Ryan said in a statement on Friday. “I am disgusted by what I heard today.”");
    expect(&qs, 0, "I am disgusted", Some("Paul Ryan"));
}

#[test]
fn cue_ending_previous_paragraph() {
    let qs = quotes("Barack Obama wrote in the letter:\n\n“You will be judged by what you do.”");
    expect(&qs, 0, "You will be judged", Some("Barack Obama"));
}

#[test]
fn cue_before_past_a_relative_clause_about_the_quotation() {
    // "which the court has long read" is about the words quoted, not who quotes them; in
    // "in which she described" and "Mumbai, which she described" the clause's subject speaks.
    let qs = quotes(
        "Justice Lorena Haugland said the guarantee of “life, liberty and the pursuit of \
         happiness,” which the court has long read broadly, includes “the right to decide.” \
         Feld cited an email in which Raman described the transfers as “approved by counsel.”",
    );
    expect(&qs, 0, "life, liberty", Some("Lorena Haugland"));
    expect(&qs, 1, "the right to decide", Some("Lorena Haugland"));
    expect(&qs, 2, "approved by counsel", Some("Raman"));
}

#[test]
fn cue_before_passive_has_no_speaker() {
    // "were being asked" is no one's speech: the speaker is the subject of "said".
    let qs = quotes(
        "Rep. Terrence Boudreaux said utilities in his state were being asked to build plants \
         “so that a chatbot can write a term paper.” When the offending substance is \
         feathers, the illness is called “feather duvet lung.”",
    );
    expect(&qs, 0, "so that a chatbot", Some("Terrence Boudreaux"));
    expect(&qs, 1, "feather duvet lung", None);
}

#[test]
fn cue_before_dismissed_or_hailed_as() {
    let qs = quotes(
        "Conservative Leader Pierre Poilievre dismissed the changes as “a new seating plan for \
         the same tired team.” President Javier Milei hailed the decision as “another brick \
         pulled out of the wall of controls.”",
    );
    expect(&qs, 0, "a new seating plan", Some("Pierre Poilievre"));
    expect(&qs, 1, "another brick", Some("Javier Milei"));
    let qs = quotes("The mayor defended the decision as “the only responsible choice.”");
    expect(&qs, 0, "the only responsible choice", Some("mayor"));
    let qs = quotes(
        "Sen. Mike Lee praised the nominee as someone “who understands that federal land is a \
         working landscape.” Secretary of State Marco Rubio thanked the emir “for Qatar’s \
         steadfast friendship.”",
    );
    expect(&qs, 0, "who understands", Some("Mike Lee"));
    expect(&qs, 1, "for Qatar", Some("Marco Rubio"));
}

#[test]
fn cue_before_past_an_age_and_a_relative_clause() {
    let qs = quotes(
        "Gillian Hartley, 67, who has lived off Clanage Road for three decades, said she was \
         “sorry for the young people” but relieved.",
    );
    expect(
        &qs,
        0,
        "sorry for the young people",
        Some("Gillian Hartley"),
    );
}

#[test]
fn cue_before_past_a_role_and_its_bodys_apposition() {
    // The name after the role's "of" completes the role; the person is before it.
    let qs = quotes(
        "Philippe Lazzarini, the commissioner-general of UNRWA, the U.N. agency for Palestinian \
         refugees, said the deliveries were “welcome but far from enough.”",
    );
    expect(&qs, 0, "welcome but far", Some("Philippe Lazzarini"));
}

#[test]
fn cue_before_past_a_relative_clause_with_a_large_number() {
    let qs = quotes(
        "SAG-AFTRA, which represents roughly 160,000 actors and broadcasters, said it would \
         “scrutinize every aspect of the transaction.”",
    );
    expect(&qs, 0, "scrutinize every aspect", Some("SAG-AFTRA"));
}

#[test]
fn cue_before_past_a_role_and_a_relative_clause() {
    let qs = quotes(
        "Ali Mohamed, Kenya's special climate envoy, who chairs the African Group of \
         Negotiators, called the figure “totally unacceptable and inadequate.” John Catanzara, \
         president of Fraternal Order of Police Lodge 7, which represents Chicago officers, \
         called the charges “a political prosecution of a good officer.”",
    );
    expect(&qs, 0, "totally unacceptable", Some("Ali Mohamed"));
    expect(&qs, 1, "a political prosecution", Some("John Catanzara"));
}

#[test]
fn cue_before_criticized_condemned_ruled() {
    let qs = quotes(
        "Sen. Mike Lee criticized the process as “a deal among the big six.” ECOWAS condemned \
         “any attempt to seize power by force.” The stewards ruled that Verstappen had “failed \
         to leave a car's width.”",
    );
    expect(&qs, 0, "a deal among", Some("Mike Lee"));
    expect(&qs, 1, "any attempt", Some("ECOWAS"));
    expect(&qs, 2, "failed to leave", Some("stewards"));
}

#[test]
fn cue_before_past_a_day_and_a_seat() {
    // Neither the day nor the city where a body sits speaks.
    let qs = quotes(
        "Amnesty International on Sunday urged authorities to “exercise maximum restraint.” \
         The European Court of Human Rights in Strasbourg has ruled that the panels are not “a \
         tribunal established by law.”",
    );
    expect(&qs, 0, "exercise maximum", Some("Amnesty International"));
    // Without the tagger's entity the name is cut at its "of".
    expect_one_of(
        &qs,
        1,
        "a tribunal",
        &["European Court of Human Rights", "European Court"],
    );
}

// ---- cue between the parts of a quotation ----

#[test]
fn quotation_split_by_cue_into_sentences() {
    let qs = quotes(
        "“We have to build a wall,” Donald Trump said. “And Mexico is going to pay for it.”",
    );
    assert_eq!(qs.len(), 2);
    expect(&qs, 0, "We have to build a wall", Some("Donald Trump"));
    expect(&qs, 1, "And Mexico is going to pay", Some("Donald Trump"));
}

#[test]
fn quotation_split_by_cue_mid_sentence() {
    let qs = quotes("“We will win,” Donald Trump said, “and we will win very big.”");
    expect(&qs, 1, "and we will win very big", Some("Donald Trump"));
}

// ---- according to ----

#[test]
fn according_to_after() {
    let qs = quotes("“The numbers are not there for him,” according to Kellyanne Conway.");
    expect(
        &qs,
        0,
        "The numbers are not there",
        Some("Kellyanne Conway"),
    );
}

#[test]
fn according_to_before() {
    let qs = quotes("According to Kellyanne Conway, “the numbers are not there for him.”");
    expect(
        &qs,
        0,
        "the numbers are not there",
        Some("Kellyanne Conway"),
    );
}

// ---- the speaker named in the next sentence ----

#[test]
fn speaker_named_in_the_sentence_after() {
    let qs = quotes(
        "“It is bad for all of us here.” That was the view of many residents.\n\n\
         “The plant floods and we breathe the smoke.” That was the verdict of Guadalupe Ovando, \
         who sells fish.\n\n\
         “Nobody wins when the river floods.” The warning came from Renate Vögeli, a physicist.\n\n\
         “This is the case.” So said Femke de Groot, a lawmaker.\n\n\
         “Not now, and not like this.” That was Representative Coleman Ashby, whose district \
         builds it.\n\n\
         “My grandmother grazed llamas here.” That memory belongs to Eliseo Tejerina, who \
         called the ponds “a theft of water that was never theirs.”\n\n\
         “I have stood on these terraces since I was nine.” Sue Pritchard, 50, was among the \
         supporters.\n\n\
         “The club will live on after all of us.” Dale Ormond, the chairman, was not there.\n\n\
         “We will not stop until the money is back.” The letter was sent to Jane Doe, the \
         treasurer.",
    );
    expect(&qs, 0, "It is bad", None);
    expect(&qs, 1, "The plant floods", Some("Guadalupe Ovando"));
    expect(&qs, 2, "Nobody wins", Some("Renate Vögeli"));
    expect(&qs, 3, "This is the case", Some("Femke de Groot"));
    expect(&qs, 4, "Not now", Some("Coleman Ashby"));
    // A quotation later in the naming sentence does not hide the name.
    expect(&qs, 5, "My grandmother", Some("Eliseo Tejerina"));
    // A person introduced with an age; not one merely named next.
    expect(&qs, 7, "I have stood", Some("Sue Pritchard"));
    expect(&qs, 8, "The club will live", None);
    // "to" names whom a thing reached, not who spoke, but after "belongs".
    expect(&qs, 9, "We will not stop", None);
}

#[test]
fn a_pronoun_after_a_speaker_named_after_from_is_that_speaker() {
    // "came from" puts the name after a preposition, where a name is seldom a subject; named
    // as a speaker, it is who "she" is.
    let qs = quotes(
        "“This Congress is the most unpopular institution in the country.” That assessment \
         came from Patricia Chang Ríos, a political scientist in Lima.\n\n\
         “The deputies have decided to protect each other,” she said.",
    );
    expect(&qs, 1, "The deputies", Some("Patricia Chang Ríos"));
}

// ---- a paragraph of pure quotation; quotations over several paragraphs ----

#[test]
fn pure_quotation_paragraph_continues_previous_speaker() {
    let qs = quotes(
        "“We are going to fight for every vote,” Hillary Clinton said.\n\n\
         “Nobody is going to outwork us in the last week.”",
    );
    expect(
        &qs,
        1,
        "Nobody is going to outwork us",
        Some("Hillary Clinton"),
    );
}

#[test]
fn pure_quotation_after_indirect_speech() {
    let qs = quotes(
        "John Kasich said the party must change course.\n\n\
         “We cannot keep losing the same voters every four years.”",
    );
    expect(&qs, 0, "We cannot keep losing", Some("John Kasich"));
}

#[test]
fn quotation_over_several_paragraphs() {
    let qs = quotes(
        "“The first part of this goes on for a while\n\n\
         “and the second part ends it,” Marco Rubio said.",
    );
    assert_eq!(qs.len(), 2);
    expect(&qs, 0, "The first part", Some("Marco Rubio"));
    expect(&qs, 1, "and the second part ends it", Some("Marco Rubio"));
}

// ---- partial quotations ----

#[test]
fn partial_quotation_with_reporting_verb() {
    let qs = quotes("Elizabeth Warren said Trump was “a small, insecure money-grubber.”");
    expect(
        &qs,
        0,
        "a small, insecure money-grubber.",
        Some("Elizabeth Warren"),
    );
}

#[test]
fn partial_quotation_without_cue_has_no_speaker() {
    let qs = quotes(
        "Abu Bakr used his sermons to attempt to “justify and encourage the slaughter of \
         innocents.”",
    );
    expect(&qs, 0, "justify and encourage", None);
}

// ---- what is not a quotation ----

#[test]
fn scare_quotes_are_not_quotations() {
    let qs = quotes("He called the inquiry a “witch hunt” and moved on to the “so-called” plan.");
    assert!(qs.is_empty(), "{qs:#?}");
}

#[test]
fn titles_are_not_quotations() {
    let qs = quotes("He wrote “The Art of the Deal” in 1987 and “Crippled America” later.");
    assert!(qs.is_empty(), "{qs:#?}");
}

#[test]
fn short_utterance_with_its_cue_is_a_quotation() {
    let qs = quotes("Nancy Pelosi was asked if she would run. “Absolutely not,” she said.");
    expect(&qs, 0, "Absolutely not", Some("Nancy Pelosi"));
}

// ---- marks: apostrophes, nesting, unbalanced marks ----

#[test]
fn apostrophes_are_not_quotation_marks() {
    let qs = quotes(
        "“Al Bin’ali loved rock ’n’ roll in the ’90s and ISIS’ leaders knew it,” the Pentagon \
         said.",
    );
    assert_eq!(qs.len(), 1);
    expect(
        &qs,
        0,
        "Al Bin’ali loved rock ’n’ roll in the ’90s and ISIS’ leaders knew it",
        Some("Pentagon"),
    );
}

#[test]
fn nested_quotation_stays_inside() {
    let qs = quotes("“He told me ‘never again,’ and he meant it,” Jeb Bush said.");
    assert_eq!(qs.len(), 1);
    expect(
        &qs,
        0,
        "He told me ‘never again,’ and he meant it",
        Some("Jeb Bush"),
    );
}

#[test]
fn unbalanced_mark_does_not_lose_the_rest() {
    let qs = quotes(
        "He wrote \"this never ends and keeps going\n\n\
         Other news followed.\n\n\
         \"The real quotation is here,\" Chris Christie said.",
    );
    let last = qs.last().expect("quotations");
    assert!(last.text.starts_with("The real quotation"));
    assert_eq!(speaker(last), Some("Chris Christie"));
}

#[test]
fn single_quotes_as_quotation_marks() {
    let qs = quotes("‘We will not back down from this fight,’ Ted Cruz said.");
    expect(&qs, 0, "We will not back down", Some("Ted Cruz"));
}

// ---- speaker resolution ----

#[test]
fn pronoun_to_nearest_person() {
    let qs = quotes(
        "Army Gen. Curtis Scaparrotti spoke in April.\n\n“This fight will not be easy,” he said.",
    );
    expect(
        &qs,
        0,
        "This fight will not be easy",
        Some("Curtis Scaparrotti"),
    );
}

#[test]
fn pronoun_gender_picks_the_fitting_person() {
    let qs = quotes(
        "Donald Trump attacked Hillary Clinton on Monday.\n\n“He is unfit to serve,” she said.",
    );
    expect(&qs, 0, "He is unfit to serve", Some("Hillary Clinton"));
}

#[test]
fn surname_to_full_name() {
    let qs =
        quotes("Speaker Paul Ryan met donors on Tuesday.\n\n“We have work to do here,” Ryan said.");
    expect(&qs, 0, "We have work to do here", Some("Paul Ryan"));
}

#[test]
fn title_to_the_named_person() {
    let qs = quotes(
        "President Obama spoke at the rally.\n\n“Democracy is on the ballot,” the president \
         said.",
    );
    expect(&qs, 0, "Democracy is on the ballot", Some("Obama"));
}

#[test]
fn organizational_nominal_to_the_organization() {
    let qs = quotes(
        "The European Command said the threat is a concern.\n\n\
         “We are putting pressure on them in many avenues,” the command said.",
    );
    expect(&qs, 0, "We are putting pressure", Some("European Command"));
}

#[test]
fn report_to_its_author() {
    let qs = quotes(
        "A report by the Brennan Center for Justice found few cases.\n\n\
         “Voter fraud is vanishingly rare,” the report said.",
    );
    expect_one_of(
        &qs,
        0,
        "Voter fraud is vanishingly rare",
        &["Brennan Center for Justice", "Brennan Center"],
    );
}

#[test]
fn it_states_to_the_report_author() {
    let qs = quotes(
        "A report by the Brennan Center for Justice was released Monday.\n\n\
         The report said fraud is rare. “The threat is a myth,” it states.",
    );
    expect_one_of(
        &qs,
        0,
        "The threat is a myth",
        &["Brennan Center for Justice", "Brennan Center"],
    );
}

#[test]
fn statement_to_its_author() {
    let qs = quotes(
        "The Pentagon said in a statement that the strike killed him.\n\n\
         “He had a central role in the plots,” the statement said.",
    );
    expect(&qs, 0, "He had a central role", Some("Pentagon"));
}

#[test]
fn anonymous_sources_are_distinct() {
    let qs = quotes(
        "“ISIS has several facilitators in place,” said one official.\n\n\
         A second official said the networks are growing.\n\n\
         “Refugees could be exploited,” this official said.\n\n\
         “There is always a possibility,” the first official said.\n\n\
         “Our databases are good,” the official said.",
    );
    assert_eq!(qs.len(), 4);
    expect(&qs, 0, "ISIS has several", Some("first official"));
    expect(&qs, 1, "Refugees could be", Some("second official"));
    expect(&qs, 2, "There is always", Some("first official"));
    expect(&qs, 3, "Our databases are good", Some("first official"));
}

#[test]
fn a_single_anonymous_source() {
    let qs = quotes("“We expect a decision soon,” a senior administration official said.");
    expect(&qs, 0, "We expect a decision soon", Some("official"));
}

#[test]
fn named_spokesman_is_the_spokesman() {
    let qs = quotes(
        "Campaign spokesman Jason Miller called the report false.\n\n\
         “It is a complete fabrication,” the spokesman said.",
    );
    expect(&qs, 0, "It is a complete fabrication", Some("Jason Miller"));
}

#[test]
fn no_speaker_is_invented() {
    let qs = quotes("The crowd waited for hours.\n\n“Nothing lasts forever in politics.”");
    expect(&qs, 0, "Nothing lasts forever", None);
}

#[test]
fn reporting_verb_warned() {
    let qs = quotes("“This will end in disaster for everyone,” Lindsey Graham warned.");
    expect(&qs, 0, "This will end in disaster", Some("Lindsey Graham"));
}

#[test]
fn reporting_verb_wrote_on_twitter() {
    let qs = quotes("Donald Trump wrote on Twitter: “Crooked Hillary is at it again!”");
    expect(
        &qs,
        0,
        "Crooked Hillary is at it again!",
        Some("Donald Trump"),
    );
}

#[test]
fn reporting_verb_told() {
    let qs = quotes("“I am not going anywhere,” Reince Priebus told CNN on Sunday.");
    expect(&qs, 0, "I am not going anywhere", Some("Reince Priebus"));
}

#[test]
fn reporting_verb_with_adverb() {
    let qs = quotes("“We never said that about him,” Priebus later insisted.");
    expect(&qs, 0, "We never said that", Some("Priebus"));
}

#[test]
fn participle_of_speech_takes_the_sentence_subject() {
    let qs = quotes(
        "Donald Trump on Monday escalated his attacks, calling her campaign \
         “a total disaster for the country.”",
    );
    expect(&qs, 0, "a total disaster", Some("Donald Trump"));
}

#[test]
fn role_nominal_to_the_person_just_named() {
    let qs = quotes(
        "Bernie Sanders insisted Tuesday that he would remain in the race.\n\
         \"We are going to fight for every vote,\" the Vermont senator told supporters.",
    );
    expect(&qs, 0, "We are going to fight", Some("Bernie Sanders"));
}

#[test]
fn statement_introduced_before_its_author() {
    let qs = quotes(
        "In a statement, the State Department said: “We are deeply concerned.”\n\n\
         The statement continued: “The United States will respond to any violation.”",
    );
    expect(&qs, 0, "We are deeply concerned", Some("State Department"));
    expect(
        &qs,
        1,
        "The United States will respond",
        Some("State Department"),
    );
}

#[test]
fn speech_over_paragraphs_after_a_colon() {
    let qs = quotes(
        "Donald Trump told the crowd in Tampa:\n\n\
         “We will make America strong again.\n\n\
         “We will make America proud again.”",
    );
    assert_eq!(qs.len(), 2);
    expect(&qs, 0, "We will make America strong", Some("Donald Trump"));
    expect(&qs, 1, "We will make America proud", Some("Donald Trump"));
}

#[test]
fn dateline_is_not_a_speaker() {
    let qs = quotes(
        "WASHINGTON — Mitch McConnell spoke on Monday, calling the bill “a very good start \
         for the country.”",
    );
    expect(&qs, 0, "a very good start", Some("Mitch McConnell"));
}

#[test]
fn cue_before_in_an_interview_with() {
    let qs = quotes(
        "Hillary Clinton campaigned in Ohio.\n\n\
         In an interview with Fox News, she said: “I will not give up on this fight.”",
    );
    expect(&qs, 0, "I will not give up", Some("Hillary Clinton"));
}

#[test]
fn two_speakers_in_one_paragraph() {
    let qs = quotes(
        "“I think it is terrible,” Donald Trump said. Hillary Clinton responded: \
         “He has no idea what he is talking about.”",
    );
    expect(&qs, 0, "I think it is terrible", Some("Donald Trump"));
    expect(&qs, 1, "He has no idea", Some("Hillary Clinton"));
}

#[test]
fn role_with_complement_to_the_titled_person() {
    let qs = quotes(
        "Secretary of State John Kerry arrived in Vienna on Sunday.\n\n\
         “We are not there yet,” the secretary of state told reporters.",
    );
    expect(&qs, 0, "We are not there yet", Some("John Kerry"));
}

#[test]
fn role_nominal_to_the_main_person() {
    let qs = quotes(
        "Donald Trump held a rally in Ohio on Monday. Donald Trump attacked the press. The \
         crowd cheered loudly.\n\nThe weather was cold. Buses left early. Music played \
         on.\n\n“The system is rigged,” the Republican nominee said.",
    );
    expect_one_of(&qs, 0, "The system is rigged", &["Donald Trump"]);
}

#[test]
fn clause_reads_past_a_title_in_quotation_marks() {
    let qs = quotes(
        "Trump's running mate, Indiana Gov. Mike Pence, said in an interview with NBC's \
         \"Meet the Press\" that he would \"accept the results of the election.\"",
    );
    assert_eq!(qs.len(), 1);
    expect(&qs, 0, "accept the results", Some("Mike Pence"));
}

// ---- through the tagger ----

#[test]
fn a_question_then_a_cue_sentence_with_whom_and_when() {
    // A quotation that ends its sentence takes the next sentence as its cue when that is
    // the cue and no more: past whom the speaker told, and a phrase of when or where
    // without a clause of its own.
    let qs = quotes(
        "“Will they turn off the tap?” Ciobanu told reporters.\n\n\
         “Who pays for this?” Rusu told The Associated Press.\n\n\
         “Is that the end?” Dumitrescu asked after the signing ceremony at the Ministry of \
         Energy in Bucharest.",
    );
    expect(&qs, 0, "Will they", Some("Ciobanu"));
    expect(&qs, 1, "Who pays", Some("Rusu"));
    expect(&qs, 2, "Is that the end", Some("Dumitrescu"));
}

#[test]
fn an_office_of_a_place_before_the_name_in_apposition_is_no_name() {
    // "The Mayor of Galway" is the office; the speaker is the name apposed to it, or the
    // person named before where none is.
    let qs = quotes(
        "The Mayor of Galway, Mary Smith, said: “Galway has been promised protection.”\n\n\
         “We will act,” said Secretary of State Antony Blinken.",
    );
    expect(&qs, 0, "Galway has been", Some("Mary Smith"));
    expect(&qs, 1, "We will act", Some("Antony Blinken"));
}

#[test]
fn a_members_title_after_a_party_or_a_seat_is_a_role() {
    // "the Labour MP" and "the Dublin Bay North TD" are the member named before, not a
    // name of their own.
    let qs = quotes(
        "Labour's Hannah Pryce has campaigned for years. “It is a scandal,” said the Labour MP, \
         who chairs the committee.\n\n\
         Seán Ó Broin spoke at length. “We need homes,” the Dublin Bay North TD said.",
    );
    expect(&qs, 0, "It is a scandal", Some("Hannah Pryce"));
    expect(&qs, 1, "We need homes", Some("Seán Ó Broin"));
}

#[test]
fn a_members_title_after_a_name_is_no_part_of_it() {
    let qs = quotes("“It is wrong,” said Sarah Jones MP.");
    expect(&qs, 0, "It is wrong", Some("Sarah Jones"));
}

#[test]
fn with_tagger_a_quotation_with_no_cue_is_the_person_its_paragraph_opened_with() {
    // No cue anywhere near: the paragraph introduced the speaker, by name, sentences before.
    let a = analyze(
        "The council voted on Tuesday night.\n\n\
         Eleanor Thwaite, a 67-year-old retired nurse from Armley, had taken two buses to sit \
         in the public gallery. She stayed for four hours. “I’ve paid council tax in this city \
         for forty years. What am I paying for?”\n\n\
         Outside the Civic Hall, on Millennium Square, crowds waited. “Imagine the noise.”",
    );
    expect_one_of(&a.quotes, 0, "I’ve paid", &["Eleanor Thwaite"]);
    // A phrase of place opens the sentence: no one is introduced.
    expect(&a.quotes, 1, "Imagine the noise", None);
}

#[test]
fn with_tagger_a_first_name_inside_a_places_name_is_no_one() {
    // "Mihai" opens a street's name here, not a man's.
    let a = analyze(
        "Outside a polling station on Strada Mihai Eminescu in Bucharest, Gheorghe Pavel, a \
         67-year-old retired tram driver, said he welcomed the recount. “Everyone says the \
         elections are stolen. Now we will see,” he said.",
    );
    expect_one_of(&a.quotes, 0, "Everyone says", &["Gheorghe Pavel"]);
}

#[test]
fn with_tagger_pronoun_stays_in_its_paragraph_with_someone_of_unknown_gender() {
    // "Dnyaneshwar" is in no list of first names: "he" still goes to him, not to the man named
    // in the paragraph before.
    let a = analyze(
        "Prime Minister Narendra Modi addressed four rallies last week.\n\n\
         In Latur, farmer Dnyaneshwar Shinde, 52, said he had not decided. “Every five years \
         they come and promise,” he said.",
    );
    expect_one_of(&a.quotes, 0, "Every five years", &["Dnyaneshwar Shinde"]);
}

#[test]
fn with_tagger_pronoun_in_a_quotation_of_its_own_paragraph_goes_on_from_the_one_before() {
    let a = analyze(
        "Union official Zanele Khumalo said talks would resume.\n\n\
         Mpho Seleka, whose husband works at the mine, said she had not heard from him.\n\n\
         “They told us the men are fine, but we want to see them,” she said.",
    );
    expect_one_of(&a.quotes, 0, "They told us", &["Mpho Seleka"]);
}

#[test]
fn with_tagger_a_role_named_in_apposition_is_the_named_person() {
    let a = analyze(
        "Rui Almeida, a retired boat builder, attended the opening.\n\n\
         The foundation's president, Henrik Solberg, said the museum would serve as a model. \
         “Water will come again,” he said.",
    );
    expect_one_of(&a.quotes, 0, "Water will come again", &["Henrik Solberg"]);
}

#[test]
fn with_tagger_pronoun_prefers_the_subject_named_first_in_its_sentence() {
    let a = analyze(
        "Nikola Vucevic was traded on Thursday.\n\n\
         Vucevic, who arrived from the Orlando Magic in a deal that sent Wendell Carter Jr. \
         the other way, thanked fans in a post.\n\n\
         \"Chicago will always be special to me and my family,\" he wrote.",
    );
    expect_one_of(
        &a.quotes,
        0,
        "Chicago will always",
        &["Nikola Vucevic", "Vucevic"],
    );
}

#[test]
fn with_tagger_pronoun_passes_over_the_object_of_a_preposition_before_its_article() {
    let a = analyze(
        "Margaret Holloway won the prize on Monday.\n\n\
         She said her lab faced cuts proposed by the Trump administration. “I would not \
         have this prize without that support,” she said.",
    );
    expect_one_of(
        &a.quotes,
        0,
        "I would not have this prize",
        &["Margaret Holloway"],
    );
}

#[test]
fn with_tagger_company_nominal() {
    let a = analyze(
        "Apple Inc. announced the change on Monday.\n\n\
         “We are committed to privacy for every customer,” the company said.",
    );
    expect_one_of(
        &a.quotes,
        0,
        "We are committed to privacy",
        &["Apple Inc", "Apple Inc.", "Apple"],
    );
}

#[test]
fn with_tagger_they_to_organization() {
    let a = analyze(
        "The Republican National Committee issued new rules.\n\n\
         “These rules make the process fair for all,” they said.",
    );
    expect_one_of(
        &a.quotes,
        0,
        "These rules make the process fair",
        &["Republican National Committee", "RNC"],
    );
}

#[test]
fn with_tagger_speaker_links_to_entity() {
    let a = analyze("“We will make this country great again,” Donald Trump said on Monday.");
    let q = &a.quotes[0];
    let id = q.speaker.as_ref().and_then(|s| s.entity);
    let e = id.and_then(|i| a.entities.get(i)).expect("speaker entity");
    assert!(e.quotes.contains(&0));
    let cue = q.cue_span.expect("cue span");
    assert_eq!(
        &"“We will make this country great again,” Donald Trump said on Monday."
            [cue.start..cue.end],
        "Donald Trump"
    );
}

#[test]
fn with_tagger_a_campaign_named_for_a_person_speaks_for_the_person() {
    let a = analyze(
        "Ayanna Whitfield toured rural hospitals on Monday.\n\nThe Whitfield campaign dismissed \
         the announcement as “an October surprise with a stethoscope.”",
    );
    expect_one_of(&a.quotes, 0, "an October surprise", &["Ayanna Whitfield"]);
}

#[test]
fn with_tagger_a_participle_after_with_and_a_name() {
    let a = analyze(
        "Lourdes Ocasio and Colleen Fitzhugh voted no, with Fitzhugh calling the process “a \
         checklist written by the loudest people in the room.”",
    );
    expect_one_of(&a.quotes, 0, "a checklist", &["Colleen Fitzhugh"]);
}

#[test]
fn with_tagger_a_participle_after_a_pronoun_subject() {
    let a = analyze(
        "Natalie Brennan runs the homes.\n\nShe disputed the newspaper’s account of the \
         payments, calling them “standard in the industry and fully disclosed to regulators.”",
    );
    expect_one_of(
        &a.quotes,
        0,
        "standard in the industry",
        &["Natalie Brennan"],
    );
}

#[test]
fn with_tagger_an_indefinite_role_is_someone_new() {
    // "a judge" is not the person named before.
    let a = analyze(
        "Julian Assange was due to be released in September.\n\nBut a judge ruled that \
         Assange should remain in jail because of his “history of absconding from the court.”",
    );
    expect_one_of(&a.quotes, 0, "history of absconding", &["judge"]);
}

#[test]
fn with_tagger_a_participle_after_with_a_title_and_a_name_with_particles() {
    let a = analyze(
        "The talks opened, with Saudi Foreign Minister Prince Faisal bin Farhan telling both \
         delegations that “the people of Sudan cannot wait for another rainy season.”",
    );
    expect_one_of(&a.quotes, 0, "the people of Sudan", &["Faisal bin Farhan"]);
}

// ---- totality ----

#[test]
fn never_panics_on_odd_input() {
    let inputs = [
        "",
        "\"",
        "“",
        "”",
        "’",
        "\"\"\"\"\"",
        "“ ” “ ” said",
        "said said said “",
        "a\u{a0}“b c d,”\u{a0}he said",
        "“é ü ñ 漢字 text here,” she said.",
        "\n\n\n“\n\n”\n",
        "' ' ' ' ' '",
        "“unclosed at the very end of the text said",
    ];
    for t in inputs {
        let _ = analyze(t);
    }
}

/// Random mixtures of marks, cues and names: analysis must stay total.
#[test]
fn never_panics_on_random_mixtures() {
    let pieces = [
        "“",
        "”",
        "\"",
        "'",
        "’",
        "‘",
        "`",
        "``",
        "''",
        "«",
        "»",
        " ",
        " ",
        " ",
        "\n",
        "\n\n",
        "said",
        " he ",
        " she ",
        " it ",
        " they ",
        "Smith",
        "Gen.",
        "Mr.",
        "U.S.",
        ",",
        ".",
        ":",
        "—",
        "(",
        ")",
        "the official",
        "a second official",
        "the report",
        "the command",
        "according to",
        "Ann Lee",
        "calling",
        " and ",
        "é",
        "漢",
        "Bin’ali",
        "ISIS’",
        "7",
    ];
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..1500 {
        let mut t = String::new();
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let n = (seed % 60) as usize;
        for _ in 0..n {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            t.push_str(pieces[(seed % pieces.len() as u64) as usize]);
        }
        let a = analyze(&t);
        for q in &a.quotes {
            assert!(q.start <= q.end && q.end <= t.len());
            assert_eq!(&t[q.start..q.end], q.text);
        }
    }
}
