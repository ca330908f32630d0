"""Where a figure happened: the place its sentence names, else its paragraph's, else the article's lead place.

Invented sentences. A place the reference table does not know is kept as written; the lead place ("Idlib") must
never stand for a strike the paragraph puts somewhere else.
"""

import pytest

from explainer.articles import clean_article
from explainer.claims import extract_claims
from explainer.deployments import extract_deployments

from .conftest import write_article

HEADLINE = "Soldiers and civilians killed as fighting goes on in Idlib\n\n"  # the lead place: Idlib


def _claims(tmp_path, reference, text):
    article = clean_article(write_article(tmp_path, HEADLINE + text + "\n"), reference)
    return extract_claims(article, reference)


@pytest.mark.parametrize("sentence, place", [
    ("Shelling killed four civilians in Kafr Zorba on Tuesday.", "Kafr Zorba"),
    ("An air strike near the village of Tell Qarmoush killed two children.", "Tell Qarmoush"),
    ("An air strike in the Syrian town of al-Qantara killed two children.", "al-Qantara"),
    ("Three soldiers were killed in the eastern countryside of Deir Hafer.", "Deir Hafer"),
    ("An air strike on a market in Damascus killed nine people.", "Damascus"),  # a capital after "in" is a place
    # "the village of X" names a place whatever word comes before it
    ("Rebels attacked the village of Kafr Tuma, killing four soldiers.", "Kafr Tuma"),
    ("An advance on the town of Tell Bazam was repelled and 12 rebels were killed.", "Tell Bazam"),
    # an Arabic name's particle written apart, in lower case, is part of the name
    ("State media said at least 5 rebels were killed in Tell al Mazar.", "Tell al Mazar"),
    # "X-held" says whose: the place is the name after it
    ("A car bomb in Rebel-held Kafr Batna killed 12 people, the monitor said.", "Kafr Batna"),
    # a name ending like an adjective of a country is still a place ("Kobani", "Hayyan"): no country is named "Hayya"
    ("Four soldiers were killed in Hayyan field, the monitor said.", "Hayyan"),
    # Markdown's italics closing after a name are no part of it
    ("_Two soldiers were killed in Qurqania_", "Qurqania"),
])
def test_a_place_the_table_does_not_know_is_kept_as_written(tmp_path, reference, sentence, place):
    assert [c.place for c in _claims(tmp_path, reference, sentence)] == [place]


@pytest.mark.parametrize("sentence", [
    "Two soldiers died in Turkish custody, the monitor said.",  # whose, not where
    "Five fighters were killed in Kurdish-held areas, the monitor said.",
    "Six fighters were killed in Operation Dawn Wind, the monitor said.",  # an operation, not a place
    "Seven soldiers were killed in February, the monitor said.",  # a month
    "Eight fighters were killed in YPG ranks, the monitor said.",  # an acronym is a body
    # a country's adjective says whose, never where (and "X-controlled" with no name after it)
    "Eleven people were killed in Israeli missile strikes, the monitor said.",
    "Militants attacked a base outside the Malian capital, killing 10 soldiers.",
    "Three civilians were killed in the Lebanese Civil War, the monitor said.",
    "Five soldiers died in Israeli-controlled territory, the monitor said.",
    # where a reporting body works from is not where the events happened
    "According to a monitoring group based in Britain, five fighters were killed.",
    "The Observatory, headquartered in Coventry, said nine soldiers were killed.",
])
def test_words_after_in_that_are_not_places(tmp_path, reference, sentence):
    assert [c.place for c in _claims(tmp_path, reference, sentence)] == ["Idlib"]  # the lead place


@pytest.mark.parametrize("sentence, place", [
    # a compass point before a country's name is a region of it, kept as written
    ("Air strikes killed 12 civilians in northwest Syria, the monitor said.", "northwest Syria"),
    ("Four soldiers were killed in north-east Syria on Monday.", "north-east Syria"),
    # ... unless the sentence names a place more precise
    ("A boat sank in northwest Colombia near Puerto Nare, killing 9 people.", "near Puerto Nare"),
])
def test_a_region_of_a_country_is_kept_as_written(tmp_path, reference, sentence, place):
    assert [c.place for c in _claims(tmp_path, reference, sentence)] == [place]


def test_a_countrys_adjective_before_a_region_keeps_the_region(tmp_path, reference):
    text = "Four civilians were killed in Iraqi Kurdistan, the monitor said."
    assert [c.place for c in _claims(tmp_path, reference, text)] == ["Iraqi Kurdistan"]


def test_a_paragraph_goes_on_in_its_place_and_the_next_starts_from_the_lead(tmp_path, reference):
    text = ("Rebels attacked an army post in Kafr Zorba on Monday. Two soldiers were killed.\n\n"
            "In a separate attack, three civilians were wounded.")
    assert [c.place for c in _claims(tmp_path, reference, text)] == ["Kafr Zorba", "Idlib"]


def test_a_table_dated_in_its_first_column_names_no_place_with_its_date(tmp_path, reference):
    text = ("| Date | Events |\n| --- | --- |\n"
            "| 3 May 2018 | An air strike near the village of Tell Qarmoush killed two children and their mother. |\n"
            "| 4 May 2018 | Two soldiers were killed by a roadside bomb. |")
    places = [c.place for c in _claims(tmp_path, reference, text)]
    assert places and "3 May 2018" not in places and "4 May 2018" not in places and "Tell Qarmoush" in places


def test_deployments_take_the_same_place(tmp_path, reference):
    article = clean_article(write_article(tmp_path, HEADLINE + "Turkey sent reinforcements into Kafr Zorba on Sunday.\n"),
                            reference)
    assert [d.place for d in extract_deployments(article, reference)] == ["Kafr Zorba"]


def test_the_lead_place_is_the_headline_or_the_opening_paragraph(tmp_path, reference):
    """A place first named deep in the article is that paragraph's, not the article's: a figure in a paragraph that
    names no place is given none, never a town the text only reaches later."""
    text = ("Strikes go on across the north\n\n"
            "The war entered its tenth year this week.\n\n"
            "Six fighters were killed on Monday, a monitor said.\n\n"
            "Shelling killed two civilians in Saraqib.\n")
    article = clean_article(write_article(tmp_path, text), reference)
    assert [c.place for c in extract_claims(article, reference)] == ["", "Saraqeb"]
    # (the places table spells the town Saraqeb); the opening paragraph's place stands for those that name none
    text = text.replace("this week.", "this week in Idlib.")
    article = clean_article(write_article(tmp_path, text), reference)
    assert [c.place for c in extract_claims(article, reference)] == ["Idlib", "Saraqeb"]


@pytest.mark.parametrize("sentence, place", [
    # a place the table does not know, named as lying in one it knows: the smaller place
    ("Strikes hit a school in Kafr Amira in northern rural Idlib, killing nine children.", "Kafr Amira"),
    ("Shelling killed four people in Tell Hadiya, Idlib, on Monday.", "Tell Hadiya"),
    # a town the table knows stays first
    ("Shelling killed four people in Saraqeb in Idlib.", "Saraqeb"),
])
def test_an_unlisted_place_inside_a_known_one(tmp_path, reference, sentence, place):
    assert [c.place for c in _claims(tmp_path, reference, sentence)] == [place]


@pytest.mark.parametrize("written", ["Ma‘arrat al-Nu‘man", "Maʿarrat al-Nuʿman", "Ma’arrat al-Nu’man", "Ma'arrat al-Nu'man"])
def test_a_known_place_spelt_with_curly_apostrophes_or_transliteration_marks(tmp_path, reference, written):
    # Wikipedia writes ayn and hamza as ‘ or ʿ: the table's straight apostrophe is the same letter
    claims = _claims(tmp_path, reference, f"Shelling on a market in {written} killed nine civilians on Tuesday.")
    assert [reference.places.by_name(c.place).place_id for c in claims] == \
        [reference.places.by_name("Ma'arrat al-Nu'man").place_id]


def test_a_known_actor_spelt_with_a_transliteration_mark_is_found_by_name(reference):
    assert reference.actors.by_name("Hayʼat Tahrir al-Sham") is reference.actors.by_name("Hay'at Tahrir al-Sham")


def test_a_paragraph_goes_on_in_the_village_it_names_not_the_province_around_it(tmp_path, reference):
    claims = _claims(tmp_path, reference, "State media said the army repelled an advance on the village of Tell Bazam "
                     "in northern Hama. It also said the army killed 12 rebel fighters.")
    assert [c.place for c in claims] == ["Tell Bazam"]


def test_each_figure_takes_the_place_of_its_own_clause(tmp_path, reference):
    claims = _claims(tmp_path, reference, "Ten civilians died in air strikes on the village of Kafr Tuma, while six "
                     "civilians were killed in the town of Saraqeb, the monitor said. Nine soldiers were wounded.")
    assert [(c.quantity_text, c.place) for c in claims] == [("Ten", "Kafr Tuma"), ("six", "Saraqeb"),
                                                            ("Nine", "Saraqeb")]  # the sentence's place goes on


def test_a_possessive_after_an_unlisted_place_is_not_its_name(tmp_path, reference):
    claims = _claims(tmp_path, reference, "A car bomb killed four civilians in Kafr Tuma's market on Tuesday.")
    assert [c.place for c in claims] == ["Kafr Tuma"]


@pytest.mark.parametrize("text", [
    "President Zoran Velic, speaking to reporters in Ankara, said 30 soldiers were killed.",
    "Zoran Velic told AFP in Beirut that 30 soldiers were killed.",
    "The ministry said in a statement in Moscow that 30 soldiers were killed.",
    "Speaking at a news conference in Sochi on Monday, the minister said 30 soldiers were killed.",
])
def test_where_a_source_spoke_is_not_where_it_happened(tmp_path, reference, text):
    assert [c.place for c in _claims(tmp_path, reference, text)] == ["Idlib"]  # the lead place


def test_where_a_source_spoke_is_not_carried_to_the_next_sentence(tmp_path, reference):
    text = ("Shelling hit a market in Kafr Zorba on Monday. The minister said in Ankara that the army would respond. "
            "Two soldiers were killed.")
    assert [c.place for c in _claims(tmp_path, reference, text)] == ["Kafr Zorba"]


def test_a_deployment_announced_in_a_capital_is_not_placed_there(tmp_path, reference):
    article = clean_article(write_article(tmp_path, HEADLINE + "The ministry said in a statement in Ankara that "
                                          "Turkey sent reinforcements to its observation posts.\n"), reference)
    assert {d.place for d in extract_deployments(article, reference)} == {"Idlib"}


def test_a_place_carried_from_an_earlier_sentence_asks_the_editor_to_check_it(tmp_path, reference):
    # a new-user trial: "The Turkish response at the time left at least 13 Syrian soldiers dead." was published as
    # "at least 13 in Saraqeb", the town of the sentence before, with no check
    text = ("Rebels attacked an army post in Kafr Zorba on Monday, killing two soldiers. The response left at least "
            "13 rebels dead.\n\nIn a separate attack, three civilians were wounded.")
    claims = _claims(tmp_path, reference, text)
    assert [(c.place, "named only in an earlier sentence" in c.notes) for c in claims] == [
        ("Kafr Zorba", False), ("Kafr Zorba", True), ("Idlib", False)]  # the headline's place is the article's
    assert "check the source" in claims[1].notes  # the review lists notes that ask for a check


@pytest.mark.parametrize("sentence, place", [
    # a place the table does not know, after a word of place, says more than the city the sentence also names
    ("Government forces advancing from Aleppo killed six rebels in Tell Bajer.", "Tell Bajer"),
    ("Shelling by rebels in Idlib province killed three soldiers at Kafr Tuma.", "Kafr Tuma"),
    # a country says less than the city
    ("Strikes on Aleppo killed six people, the deadliest raid in Syria this week.", "Aleppo"),
    # a town the table knows stays first
    ("Rebels from Tell Bajer said four soldiers were killed in Saraqib.", "Saraqeb"),
])
def test_an_unlisted_place_says_more_than_a_city_the_sentence_also_names(tmp_path, reference, sentence, place):
    assert [c.place for c in _claims(tmp_path, reference, sentence)] == [place]
