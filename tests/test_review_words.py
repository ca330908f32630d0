"""What an editor and a reader read about a figure: the people's own words, what "other" means, whose side."""

import re

import pytest

from explainer import notebook as nbx
from explainer import review, story
from explainer.events import events_table
from explainer.pipeline import run_extract
from explainer.reference import load_reference
from explainer.tables import read_table

TEXT = ("Drone strikes in Idlib\n\nAnkara, 7 March 2020\n\n"
        "On 5 March 2020, three Syrian rebels were killed in shelling near Saraqib, according to a local monitor. "
        "On 6 March, Turkish drones shot down a Syrian army helicopter near Binnish, killing all its crew. "
        "The Turkish Defence Ministry said 57 regime soldiers had been neutralised on Friday.\n")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    folder = tmp_path_factory.mktemp("words")
    (folder / "drones.txt").write_text(TEXT, encoding="utf-8")
    (folder / "manifest.csv").write_text("file,outlet,url,published,language,licence\n"
                                         "drones.txt,Example Wire,https://example.org/drones,2020-03-07,en,"
                                         "All rights reserved\n", encoding="utf-8")
    run_extract([str(folder / "drones.txt")], folder / "out", manifest_path=folder / "manifest.csv",
                ledger_path=folder / "ledger.csv")
    return folder / "out", {name: read_table(name, folder / "out") for name in ("claims", "articles", "events",
                                                                               "paragraphs")}


def _claim(tables, words):
    claims = tables["claims"]
    return claims[claims["victim_text"].str.contains(words)].iloc[0]


def _text(markdown) -> str:
    return re.sub(r"<[^>]+>", "", markdown.data)


def test_a_side_taken_from_an_earlier_figure_is_recorded_and_flagged(extracted):
    _, tables = extracted
    crew, rebels = _claim(tables, "crew"), _claim(tables, "rebels")
    assert bool(crew["side_inherited"]) and not bool(rebels["side_inherited"])
    assert "side inherited: 'all its crew' does not say whose people they are" in crew["review_flags"]
    assert "side inherited" not in str(rebels["review_flags"])


def test_the_side_inherited_check_is_read_from_the_checks_file(tmp_path):
    path = tmp_path / "checks.csv"
    path.write_text("check,value,note\nside_inherited,ignore,turned off\n", encoding="utf-8")
    assert review.Checks.load(path).side_inherited is False
    path.write_text("check,value,note\nside_inherited,maybe,?\n", encoding="utf-8")
    with pytest.raises(review.ReviewError, match="side_inherited must be flag or ignore"):
        review.Checks.load(path)


def test_a_figure_with_no_number_shows_the_peoples_words(extracted):
    _, tables = extracted
    crew = _claim(tables, "crew")
    assert nbx.figure(crew) == "all its crew" and nbx.figure_words(crew) == "all its crew killed"


def test_other_says_what_it_means_in_the_sources_word(extracted):
    _, tables = extracted
    neutralised = _claim(tables, "regime")
    assert neutralised["outcome"] == "other"
    assert nbx.figure_words(neutralised) == "57 killed, wounded or captured ('neutralised')"


def test_pages_never_show_a_bare_determiner_or_a_bare_other(extracted):
    _, tables = extracted
    checked = tables["claims"].assign(review_status="accepted")
    events = events_table(checked, load_reference().places)  # the events of the checked claims, as notebook 2
    pages = _text(story.tracker_tables(checked, tables["articles"], events)) + \
        _text(story.claims_table(checked, tables["articles"]))
    assert "all its crew killed" in pages and "all its killed" not in pages
    assert "57 killed, wounded or captured (&#39;neutralised&#39;)" in pages
    assert not re.search(r"\b57 other\b|<td>other</td>", pages)


def test_the_review_listing_names_sides_as_readers_do(extracted, tmp_path):
    out, _ = extracted
    lines = review.run_review(out, tmp_path / "ledger.csv", tmp_path / "queue.csv")
    crew = next(line for line in lines if "all its crew" in line)
    assert "all its crew killed, Rebels (victim_side rebels)" in crew
    assert not any(re.search(r", (turkey|rebels|syria_government);", line) for line in lines)
