"""Every word of the vocabulary goes through the rule of its kind: a rule that ignores one fails here."""

import pytest

from explainer.articles import clean_article
from explainer.claims import extract_claims
from explainer.deployments import extract_deployments
from explainer.exceptions import ReferenceDataError
from explainer.numbers import parse_quantity
from explainer.vocabulary import VOCABULARY, read_vocabulary

from .conftest import write_article

SOHR = "Syrian Observatory for Human Rights"


def _rows(kind):
    return sorted(VOCABULARY[kind].items())


def _claims(tmp_path, reference, text):
    article = clean_article(write_article(tmp_path, "Clashes in Idlib\n\n" + text + "\n"), reference)
    return extract_claims(article, reference)


def _people(outcome):
    return "civilians" if outcome == "displaced" else "Turkish soldiers"


@pytest.mark.parametrize("word, outcome", _rows("outcome_participle"))
def test_participles(tmp_path, reference, word, outcome):
    claims = _claims(tmp_path, reference, f"Five {_people(outcome)} were {word} in Idlib.")
    assert [(c.number_low, c.outcome) for c in claims] == [(5, outcome)]


@pytest.mark.parametrize("word, outcome", _rows("outcome_intransitive"))
def test_intransitive_verbs(tmp_path, reference, word, outcome):
    claims = _claims(tmp_path, reference, f"Five {_people(outcome)} {word} in Idlib.")
    assert [(c.number_low, c.outcome) for c in claims] == [(5, outcome)]


@pytest.mark.parametrize("word, outcome", _rows("outcome_transitive"))
def test_transitive_verbs(tmp_path, reference, word, outcome):
    claims = _claims(tmp_path, reference, f"The strike {word} five {_people(outcome)}.")
    assert [(c.number_low, c.outcome) for c in claims] == [(5, outcome)]


@pytest.mark.parametrize("word, outcome", _rows("outcome_noun"))
def test_outcome_nouns(tmp_path, reference, word, outcome):
    claims = _claims(tmp_path, reference, f"The strike left five Turkish {word} in Idlib.")
    assert [(c.number_low, c.outcome, c.victim_side) for c in claims] == [(5, outcome, "turkey")]


@pytest.mark.parametrize("word, outcome", _rows("outcome_nominal"))
def test_nominals(tmp_path, reference, word, outcome):
    claims = _claims(tmp_path, reference, f"The strike led to the {word} of five {_people(outcome)}.")
    assert [(c.number_low, c.outcome) for c in claims] == [(5, outcome)]


@pytest.mark.parametrize("word, outcome", _rows("stock_verb"))
def test_stock_verbs(tmp_path, reference, word, outcome):
    claims = _claims(tmp_path, reference, f"The camps near the border {word} 40,000 people.")
    assert [(c.number_low, c.outcome, c.victim_side) for c in claims] == [(40_000, outcome, "civilians")]


@pytest.mark.parametrize("word", [w for w, _ in _rows("speech_verb")])
def test_speech_verbs(tmp_path, reference, word):
    claims = _claims(tmp_path, reference, f"The {SOHR} {word} five Turkish soldiers had been killed.")
    assert [(c.number_low, c.claimant) for c in claims] == [(5, SOHR)]


@pytest.mark.parametrize("word", [w for w, _ in _rows("according_to")])
def test_according_to(tmp_path, reference, word):
    claims = _claims(tmp_path, reference, f"Five Turkish soldiers were killed, {word} the {SOHR}.")
    assert [(c.number_low, c.claimant) for c in claims] == [(5, SOHR)]


@pytest.mark.parametrize("word", [w for w, _ in _rows("continuation")])
def test_continuations(tmp_path, reference, word):
    text = (f"The {SOHR} reported two deaths in Saraqeb. "
            f"{word[0].upper() + word[1:]}, five Turkish soldiers were killed in the strikes.")
    claims = _claims(tmp_path, reference, text)
    assert [(c.number_low, c.claimant, c.claimant_inferred) for c in claims][-1] == (5, SOHR, True)


@pytest.mark.parametrize("word, side", _rows("person_noun"))
def test_person_nouns(tmp_path, reference, word, side):
    claims = _claims(tmp_path, reference, f"Five {word} were killed in Idlib.")
    assert [(c.number_low, c.victim_side) for c in claims] == [(5, side or "unspecified")]


@pytest.mark.parametrize("word, side", _rows("side_word"))
def test_side_words(tmp_path, reference, word, side):
    claims = _claims(tmp_path, reference, f"Five {word} fighters were killed in Idlib.")
    assert [(c.number_low, c.victim_side) for c in claims] == [(5, side)]


@pytest.mark.parametrize("word", [w for w, _ in _rows("continuing_word")])
def test_continuing_words(tmp_path, reference, word):
    claims = _claims(tmp_path, reference, f"Four Turkish soldiers were killed and five {word} soldiers were wounded.")
    assert [(c.number_low, c.victim_side) for c in claims] == [(4, "turkey"), (5, "turkey")]


@pytest.mark.parametrize("word, qualifier", _rows("qualifier"))
def test_qualifiers(word, qualifier):
    assert parse_quantity(f"{word} 40").qualifier == qualifier


@pytest.mark.parametrize("word", [w for w, _ in _rows("toll_word")])
def test_toll_words(tmp_path, reference, word):
    claims = _claims(tmp_path, reference, f"The {word} of Turkish soldiers killed rose to 33.")
    assert [(c.number_low, c.outcome, c.victim_side) for c in claims] == [(33, "killed", "turkey")]


@pytest.mark.parametrize("word", [w for w, _ in _rows("hedge")])
def test_hedges_keep_the_outlets_voice(tmp_path, reference, word):
    verb = f"{word} killed" if " " in word else f"were {word} killed"
    claims = _claims(tmp_path, reference, f"Five Turkish soldiers {verb} in Idlib.")
    assert [(c.number_low, c.claimant_as_written) for c in claims] == [(5, "(not attributed)")]


@pytest.mark.parametrize("word", [w for w, _ in _rows("speech_noun_before")])
def test_speech_nouns_name_no_speaker(tmp_path, reference, word):
    # "An estimated ...", "Initial reports put ...": the word before makes the speech verb a noun or adjective
    claims = _claims(tmp_path, reference, f"{word.capitalize()} reports put the toll at five Turkish soldiers killed.")
    assert [(c.number_low, c.claimant_as_written) for c in claims] == [(5, "(not attributed)")]


@pytest.mark.parametrize("word", [w for w, _ in _rows("own_losses_word")])
def test_own_losses_words_give_the_speakers_side(tmp_path, reference, word):
    claims = _claims(tmp_path, reference, f"Shelling {word} one soldier, Turkey's Defence Ministry said.")
    assert [(c.number_low, c.victim_side) for c in claims] == [(1, "turkey")]


@pytest.mark.parametrize("word", [w for w, _ in _rows("place_noun")])
def test_place_nouns_say_where_not_whose(tmp_path, reference, word):
    # a side word before a place noun ("the rebel stronghold") is the place's, not the people's
    claims = _claims(tmp_path, reference, f"Two soldiers in the rebel {word} were killed.")
    assert [(c.number_low, c.victim_side) for c in claims] == [(2, "unspecified")]


@pytest.mark.parametrize("word", [w for w, _ in _rows("source_noun")])
def test_source_nouns_name_an_unlisted_source(tmp_path, reference, word):
    # a source the actors table does not know, opening its clause: kept as written, never the outlet's voice
    claims = _claims(tmp_path, reference, f"Zorbanian {word} said five Turkish soldiers were killed.")
    assert [c.number_low for c in claims] == [5]
    # as written ("Zorbanian medics"), or as a description the actors table knows ("rescuers")
    assert claims[0].claimant_as_written.endswith(word)  # never "(not attributed)": the outlet's voice


@pytest.mark.parametrize("word", [w for w, _ in _rows("report_noun")])
def test_report_nouns_give_their_author(tmp_path, reference, word):
    claims = _claims(tmp_path, reference, f"A {word} by the Syrian Observatory for Human Rights found that five "
                                          "Turkish soldiers were killed.")
    assert [(c.number_low, c.claimant) for c in claims] == [(5, SOHR)]


@pytest.mark.parametrize("word", [w for w, _ in _rows("aside_participle")])
def test_aside_participles_keep_people_and_verb_together(tmp_path, reference, word):
    claims = _claims(tmp_path, reference, f"One civilian {word} with the convoy was killed.")
    assert [(c.number_low, c.outcome, c.victim_side) for c in claims] == [(1, "killed", "civilians")]


@pytest.mark.parametrize("word", [w for w, _ in _rows("plan_word")])
def test_plans_are_not_claims(tmp_path, reference, word):
    assert _claims(tmp_path, reference, f"Turkey intends to {word} up to 2 million Syrian refugees.") == []


_DEPLOYMENT_TEMPLATES = {
    "observation_posts": "Turkey has 12 {word} in Idlib.",
    "convoy": "A Turkish {word} entered Idlib on Monday.",
    "reinforcements": "Turkey moved {word} into Idlib on Monday.",
    "troops_deployed": "Turkish troops were {word} to Idlib on Monday.",
}


@pytest.mark.parametrize("word, kind", _rows("deployment_word"))
def test_deployment_words(tmp_path, reference, word, kind):
    article = clean_article(write_article(tmp_path, "Turkey in Idlib\n\n" + _DEPLOYMENT_TEMPLATES[kind].format(
        word=word) + "\n"), reference)
    assert kind in {f.kind for f in extract_deployments(article, reference)}


@pytest.mark.parametrize("word", [w for w, _ in _rows("state_body_word")])
def test_state_body_words_belong_to_the_country_named_with_them(tmp_path, reference, word):
    alone = _claims(tmp_path, reference, f"Five soldiers of the {word} were killed in Idlib.")
    foreign = _claims(tmp_path, reference, f"Five soldiers of the Lebanese {word} were killed in Idlib.")
    assert [c.victim_side for c in alone + foreign] == ["syria_government", "unspecified"]


@pytest.mark.parametrize("word", [w for w, _ in _rows("title_word")])
def test_title_words_name_the_person_who_speaks(tmp_path, reference, word):
    claims = _claims(tmp_path, reference, f"The Zorbanian {word}, Ali Hassan, said five Turkish soldiers were killed.")
    assert [c.claimant for c in claims] == ["Ali Hassan"]


@pytest.mark.parametrize("word", [w for w, _ in _rows("incident_noun")])
def test_incident_nouns_keep_the_day_of_the_paragraph_before(tmp_path, reference, word):
    opening = "On 3 February 2020, five Turkish soldiers were killed in Idlib, the ministry said.\n\n"
    claims = _claims(tmp_path, reference, opening + f"After the {word} near Saraqeb, seven Turkish soldiers were "
                                                    "wounded, the ministry said.")
    assert [(c.number_low, c.event_date) for c in claims] == [(5, "2020-02-03"), (7, "2020-02-03")]


@pytest.mark.parametrize("word, outcome", _rows("life_verb"))
def test_life_verbs_count_the_lives_they_take(tmp_path, reference, word, outcome):
    claims = _claims(tmp_path, reference, f"The shelling {word} 96 civilian lives, the {SOHR} said.")
    assert [(c.number_low, c.outcome, c.victim_side, c.claimant) for c in claims] == [(96, outcome, "civilians", SOHR)]
    assert _claims(tmp_path, reference, "Rescuers saved 96 civilian lives.") == []


@pytest.mark.parametrize("word", [w for w, _ in _rows("deployment_plan")])
def test_deployment_plans_are_not_deployments(tmp_path, reference, word):
    def kinds(text):
        article = clean_article(write_article(tmp_path, "Turkey in Idlib\n\n" + text + "\n"), reference)
        return [f.kind for f in extract_deployments(article, reference)]
    assert kinds(f"Turkish troops moved near Saraqeb and {word} an observation post.") == []
    assert kinds("Turkish troops moved near Saraqeb and set up an observation post.") == ["observation_posts"]


@pytest.mark.parametrize("word", [w for w, _ in _rows("speaking_word")])
def test_speaking_words_say_where_the_source_spoke(tmp_path, reference, word):
    # the place right after them is where the source spoke, not where the figure's events happened
    claims = _claims(tmp_path, reference, f"After the minister's {word} in Hama, five Turkish soldiers were killed.")
    assert [c.number_low for c in claims] == [5] and claims[0].place != "Hama"
    claims = _claims(tmp_path, reference, "After the minister's visit in Hama, five Turkish soldiers were killed.")
    assert [(c.number_low, c.place) for c in claims] == [(5, "Hama")]


@pytest.mark.parametrize("word", [w for w, _ in _rows("seat_noun")])
def test_seat_nouns_say_where_a_reporting_body_works_from(tmp_path, reference, word):
    # "a monitoring group based in Britain": where the source works from, not where the figure's events happened
    claims = _claims(tmp_path, reference, f"According to a {word} based in Hama, five Turkish soldiers were killed.")
    assert [c.number_low for c in claims] == [5] and claims[0].place != "Hama"
    claims = _claims(tmp_path, reference, "Five Turkish soldiers based in Hama were killed.")
    assert [(c.number_low, c.place) for c in claims] == [(5, "Hama")]


@pytest.mark.parametrize("word", [w for w, _ in _rows("unsourced_basis")])
def test_unsourced_bases_keep_the_outlets_voice(tmp_path, reference, word):
    # "according to available information": no one named, the outlet's own hedge, as "reportedly"
    claims = _claims(tmp_path, reference, f"According to {word}, five Turkish soldiers were killed in Idlib.")
    assert [(c.number_low, c.claimant_as_written) for c in claims] == [(5, "(not attributed)")]
    claims = _claims(tmp_path, reference, f"Nine rebels died in Hama on Monday, according to {word}.")
    assert [(c.number_low, c.claimant_as_written) for c in claims] == [(9, "(not attributed)")]


@pytest.mark.parametrize("word", [w for w, _ in _rows("facility_noun")])
def test_facility_nouns_name_where_the_events_happened(tmp_path, reference, word):
    # "Israeli strikes on Damascus airport killed seven": the facility, named after its place, is where (as written;
    # the capital alone stands for the government)
    facility = f"Mezzeh {word.title()}"
    claims = _claims(tmp_path, reference, f"Missiles struck the {facility} overnight, killing five soldiers.")
    assert [(c.number_low, c.place) for c in claims] == [(5, facility)]
    # whose facility is no place: "a Syrian airbase" names none
    claims = _claims(tmp_path, reference, f"Missiles struck a Syrian {word} overnight, killing five soldiers.")
    assert [(c.number_low, c.place) for c in claims] == [(5, "")]


@pytest.mark.parametrize("word", [w for w, _ in _rows("unnamed_speaker")])
def test_unnamed_speakers_are_an_unnamed_source(tmp_path, reference, word):
    # a speaker counted by a word and named by none, opening the sentence or a clause after another source's figure
    claims = _claims(tmp_path, reference, f"{word.capitalize()} said that nine soldiers were killed near Atarib.")
    assert [(c.number_low, c.claimant) for c in claims] == [(9, "unnamed source")]
    claims = _claims(tmp_path, reference, f"Officials said four rebels died, while {word} said nine soldiers were killed.")
    assert [(c.number_low, c.claimant) for c in claims] == [(4, "Officials"), (9, "unnamed source")]


@pytest.mark.parametrize("word", [w for w, _ in _rows("staff_noun")])
def test_staff_nouns_speak_for_the_body_before_them(tmp_path, reference, word):
    # "Its researchers documented ...": the body "its" stands for, named in the sentence before, speaks
    claims = _claims(tmp_path, reference, "Amnesty International said two civilians died in Afrin. "
                                          f"Its {word} documented that nine soldiers were killed near Atarib.")
    assert [(c.number_low, c.claimant) for c in claims] == [(2, "Amnesty International"),
                                                            (9, "Amnesty International")]


@pytest.mark.parametrize("word", [w for w, _ in _rows("command_phrase")])
def test_command_phrases_make_a_death_in_command_a_claim(tmp_path, reference, word):
    # "led by X until his death": the commander named after the phrase was killed; with no phrase, no claim
    claims = _claims(tmp_path, reference, f"The brigade fought near the town.\n\n * Its units, {word} Hamid Saleh "
                                          "until his death on 4 March 2017.")
    assert [(c.number_low, c.outcome) for c in claims] == [(1, "killed")]


@pytest.mark.parametrize("word", [w for w, _ in _rows("role_speaker")])
def test_role_speakers_speak_for_the_body_heard_last(tmp_path, reference, word):
    # "... ," the official said": the post, with "the", stands for the body that spoke in the sentence before
    claims = _claims(tmp_path, reference, "A medic of the Kurdish Red Crescent told reporters that two civilians "
                                          f"died in Afrin. \"Nine more were wounded,\" the {word} said.")
    assert [(c.number_low, c.claimant) for c in claims] == [(2, "Kurdish Red Crescent"), (9, "Kurdish Red Crescent")]
    # a president is no body: the official after him is someone else, kept as written
    claims = _claims(tmp_path, reference, "President Erdogan said four soldiers were killed. "
                                          f"\"Two more died overnight,\" the {word} said.")
    assert [(c.number_low, c.claimant) for c in claims] == [(4, "Recep Tayyip Erdogan"), (2, word)]


@pytest.mark.parametrize("word", [w for w, _ in _rows("institution_word")])
def test_institution_words_keep_the_place_a_body_is_named_after(tmp_path, reference, word):
    # "Misrata's Central Hospital reported": a body named after its place, not a person named after a body
    body = f"Kafr Nabl's Central {word.title()}"
    claims = _claims(tmp_path, reference, f"{body} reported that nine soldiers were killed near Atarib.")
    assert [(c.number_low, c.claimant) for c in claims] == [(9, body)]


@pytest.mark.parametrize("word", [w for w, _ in _rows("injury_degree")])
def test_injury_degrees_stay_with_the_part_of_a_figure(tmp_path, reference, word):
    # "nine were wounded, one of them seriously": the part keeps how badly it was hurt (pages showed a bare "1")
    claims = _claims(tmp_path, reference, f"Nine soldiers were wounded, two of them {word}, in shelling on Monday.")
    assert [(c.number_low, c.victim_text, c.subset) for c in claims] == [(9, "Nine soldiers", False),
                                                                          (2, f"two of them {word}", True)]


@pytest.mark.parametrize("word", [w for w, _ in _rows("quarter_noun")])
def test_quarter_nouns_name_the_part_of_a_place(tmp_path, reference, word):
    # "the Sukkari district of Aleppo": the part of the city, as written with the city it lies in, not the city
    claims = _claims(tmp_path, reference, f"Shelling on the Zahra {word.title()} of Aleppo killed five civilians.")
    assert [(c.number_low, c.place) for c in claims] == [(5, f"the Zahra {word.title()} of Aleppo")]
    # with no name before it the word names no part: the city stays the place
    claims = _claims(tmp_path, reference, f"Shelling on a {word} of Aleppo killed five civilians.")
    assert [(c.number_low, c.place) for c in claims] == [(5, "Aleppo")]


@pytest.mark.parametrize("word", [w for w, _ in _rows("near_word")])
def test_near_words_keep_the_place_as_written(tmp_path, reference, word):
    # "killed near Kafr Tuma": by the place, not in it; the place keeps the word (the same claim groups with the
    # place's own figures: explainer.events reads the place without it)
    claims = _claims(tmp_path, reference, f"Five soldiers were killed {word} Kafr Tuma on Monday.")
    assert [(c.number_low, c.place) for c in claims] == [(5, f"{word} Kafr Tuma")]


@pytest.mark.parametrize("word", [w for w, _ in _rows("sense_noun")])
def test_sense_nouns_keep_the_place_as_written(tmp_path, reference, word):
    # "shelling in Hama province": which of the place's senses the text means, kept with the name
    claims = _claims(tmp_path, reference, f"Shelling in Tell Bajer {word} killed five soldiers on Monday.")
    assert [(c.number_low, c.place) for c in claims] == [(5, f"Tell Bajer {word}")]
    # a place the table knows keeps the table's spelling before the word
    claims = _claims(tmp_path, reference, f"Shelling in Saraqib {word} killed five soldiers on Monday.")
    assert [(c.number_low, c.place) for c in claims] == [(5, f"Saraqeb {word}")]


def test_every_kind_is_tested():
    tested = {name.removeprefix("test_") for name in globals() if name.startswith("test_")}
    expected = {"outcome_participle": "participles", "outcome_intransitive": "intransitive_verbs",
                "outcome_transitive": "transitive_verbs", "outcome_noun": "outcome_nouns",
                "outcome_nominal": "nominals", "stock_verb": "stock_verbs", "speech_verb": "speech_verbs",
                "according_to": "according_to", "continuation": "continuations", "person_noun": "person_nouns",
                "side_word": "side_words", "continuing_word": "continuing_words", "qualifier": "qualifiers",
                "toll_word": "toll_words", "hedge": "hedges_keep_the_outlets_voice", "plan_word": "plans_are_not_claims",
                "deployment_word": "deployment_words",
                "speech_noun_before": "speech_nouns_name_no_speaker",
                "own_losses_word": "own_losses_words_give_the_speakers_side",
                "place_noun": "place_nouns_say_where_not_whose",
                "source_noun": "source_nouns_name_an_unlisted_source", "report_noun": "report_nouns_give_their_author",
                "aside_participle": "aside_participles_keep_people_and_verb_together",
                "title_word": "title_words_name_the_person_who_speaks",
                "incident_noun": "incident_nouns_keep_the_day_of_the_paragraph_before",
                "life_verb": "life_verbs_count_the_lives_they_take",
                "deployment_plan": "deployment_plans_are_not_deployments",
                "speaking_word": "speaking_words_say_where_the_source_spoke",
                "seat_noun": "seat_nouns_say_where_a_reporting_body_works_from",
                "unsourced_basis": "unsourced_bases_keep_the_outlets_voice",
                "facility_noun": "facility_nouns_name_where_the_events_happened",
                "state_body_word": "state_body_words_belong_to_the_country_named_with_them",
                "unnamed_speaker": "unnamed_speakers_are_an_unnamed_source",
                "staff_noun": "staff_nouns_speak_for_the_body_before_them",
                "role_speaker": "role_speakers_speak_for_the_body_heard_last",
                "injury_degree": "injury_degrees_stay_with_the_part_of_a_figure",
                "quarter_noun": "quarter_nouns_name_the_part_of_a_place",
                "institution_word": "institution_words_keep_the_place_a_body_is_named_after",
                "command_phrase": "command_phrases_make_a_death_in_command_a_claim",
                "near_word": "near_words_keep_the_place_as_written",
                "generic_side_word": "generic_side_words_name_the_government_of_the_passage",
                "home_country_word": "home_country_words_place_the_passage_in_syrias_war",
                "sense_noun": "sense_nouns_keep_the_place_as_written",
                "dangling_word": "a_deployment_quote_cut_at_its_reach_never_ends_on_a_dangling_word"}
    assert set(expected) == set(VOCABULARY.words)
    assert set(expected.values()) <= tested


def test_a_row_without_a_note_is_refused_with_its_line(tmp_path):
    path = tmp_path / "vocabulary.csv"
    path.write_text("kind,word,value,note\nspeech_verb,said,,the usual verb\nspeech_verb,opined,,\n", encoding="utf-8")
    with pytest.raises(ReferenceDataError, match=r"vocabulary.csv:3: row has no word or no note"):
        read_vocabulary(path)


def test_an_unknown_value_is_refused(tmp_path):
    path = tmp_path / "vocabulary.csv"
    path.write_text("kind,word,value,note\nperson_noun,ghosts,spirits,a side that does not exist\n", encoding="utf-8")
    with pytest.raises(ReferenceDataError, match=r"vocabulary.csv:2: value 'spirits' is not one for person_noun"):
        read_vocabulary(path)


def test_a_word_listed_twice_for_one_kind_is_refused(tmp_path):
    # a second row silently replaced the first ("employees" with no side, then the civilians' side)
    path = tmp_path / "vocabulary.csv"
    path.write_text("kind,word,value,note\nperson_noun,employees,,noun for people\n"
                    "person_noun,Employees,civilians,'three employees were killed'\n", encoding="utf-8")
    with pytest.raises(ReferenceDataError, match=r"vocabulary.csv:3: person_noun 'employees' is listed twice \(first on line 2\)"):
        read_vocabulary(path)


def _passage(tmp_path, reference, title, text):
    article = clean_article(write_article(tmp_path, title + "\n\n" + text + "\n"), reference)
    return extract_claims(article, reference)


def _government_people(word):
    return f"12 {word}" if word.endswith("s") else f"12 {word} troops"


@pytest.mark.parametrize("word", [w for w, _ in _rows("generic_side_word")])
def test_generic_side_words_name_the_government_of_the_passage(tmp_path, reference, word):
    people = _government_people(word)
    home = _passage(tmp_path, reference, "Clashes in Idlib", f"Activists said {people} were killed near the town.")
    abroad = _passage(tmp_path, reference, "Clashes near Mosul",
                      f"Iraqi officers in Iraq said {people} were killed near the town.")
    # (a word for a state's body that names no side, "military", has none at home either)
    named = word in VOCABULARY["side_word"] or VOCABULARY["person_noun"].get(word) == "syria_government"
    assert [c.victim_side for c in home + abroad] == ["syria_government" if named else "unspecified", "unspecified"]


@pytest.mark.parametrize("word", [w for w, _ in _rows("home_country_word")])
def test_home_country_words_place_the_passage_in_syrias_war(tmp_path, reference, word):
    claims = _passage(tmp_path, reference, "Clashes near the border",
                      f"Iraqi officers in Iraq said 12 government troops were killed near {word.title()}.")
    assert [c.victim_side for c in claims] == ["syria_government"]


@pytest.mark.parametrize("word, value", _rows("dangling_word"))
def test_a_deployment_quote_cut_at_its_reach_never_ends_on_a_dangling_word(word, value):
    from explainer.deployments import QUOTE_REACH, clause_quote

    head = "Turkey sent a convoy of tanks to the border towns"
    stop = head.index("convoy") + len("convoy of tanks")
    # the tail the cut leaves: the word alone, or (a word opening a clause) with one lower-case word after it
    for tail in [word] + ([f"{word} back"] if value == "clause" else []):
        # one long word up to the quote's reach, the tail last before the cut, and a long rest cut off
        filler = "z" * (stop + QUOTE_REACH - 1 - len(head) - 2 - len(tail))
        text = f"{head} {filler} {tail} " + "cd " * 40 + "end."
        assert text.rindex(f" {tail} ", 0, stop + QUOTE_REACH) + len(tail) + 1 == stop + QUOTE_REACH - 1
        quote = clause_quote(text, 0, head.index("convoy"), stop)["quote"]
        assert quote == f"{head} {filler}", quote
    if value == "clause":  # (a name after it is a whole phrase: "to Idlib")
        filler = "z" * (stop + QUOTE_REACH - 1 - len(head) - 2 - len(f"{word} Idlib"))
        text = f"{head} {filler} {word} Idlib " + "cd " * 40 + "end."
        assert clause_quote(text, 0, head.index("convoy"), stop)["quote"].endswith(f" {word} Idlib")
