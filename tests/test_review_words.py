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


def test_a_claim_is_also_carried_only_by_other_outlets(tmp_path):
    """The same figure from the same source about the same incident in two outlets is one claim; the first outlet's
    row names the other as also carrying it, never itself."""
    wire = "Shelling in Idlib\n\nAnkara, 10 March 2020\n\n" \
           "On 9 March 2020, shelling killed four Turkish soldiers in Idlib, the Turkish Defence Ministry said.\n"
    daily = "Turkish losses\n\nIstanbul, 11 March 2020\n\n" \
            "The Turkish Defence Ministry said four Turkish soldiers were killed in Idlib on 9 March 2020.\n"
    (tmp_path / "wire.txt").write_text(wire, encoding="utf-8")
    (tmp_path / "daily.txt").write_text(daily, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        "file,outlet,url,published,language,licence\n"
        "wire.txt,Example Wire,https://example.org/wire,2020-03-10,en,All rights reserved\n"
        "daily.txt,Other Daily,https://example.org/daily,2020-03-11,en,All rights reserved\n", encoding="utf-8")
    run_extract([str(tmp_path / "wire.txt"), str(tmp_path / "daily.txt")], tmp_path / "out",
                manifest_path=tmp_path / "manifest.csv", ledger_path=tmp_path / "ledger.csv")
    claims, articles = read_table("claims", tmp_path / "out"), read_table("articles", tmp_path / "out")
    claims = claims.assign(review_status="accepted")
    assert claims["duplicate_of"].fillna("").ne("").sum() == 1  # the later copy points to the first
    html = story.tracker_tables(claims, articles, events_table(claims, load_reference().places)).data
    assert "(also carried by Other Daily)" in html
    assert "also carried by Example Wire" not in html
    # the Story says so too (trial 28 read "One source only" under a figure two articles carried, with no word of
    # the second)
    text = re.sub(r"<[^>]+>", "", story.claim_sentences(claims, articles, incident="2020-03-09|Idlib").data)
    assert "(quote) (also carried by Other Daily)" in text and "also carried by Example Wire" not in text


@pytest.fixture(scope="module")
def three_articles(tmp_path_factory):
    """Two articles about one incident, a third (read between them) about another day only."""
    folder = tmp_path_factory.mktemp("three")
    texts = {
        "first.txt": "Shelling in Idlib\n\nAnkara, 10 March 2020\n\nOn 9 March 2020, shelling killed four Turkish "
                     "soldiers in Idlib, the Turkish Defence Ministry said.\n",
        "second.txt": "Fighting in Hama\n\nBeirut, 11 March 2020\n\nOn 1 March 2020, three rebels were killed in "
                      "Hama, the Syrian Observatory for Human Rights said.\n",
        "third.txt": "Turkish losses\n\nBeirut, 12 March 2020\n\nOn 9 March 2020, shelling killed six Turkish "
                     "soldiers and one Turkish contractor in Idlib, the Syrian Observatory for Human Rights said.\n",
    }
    rows = ["file,outlet,url,published,language,licence"]
    for number, (name, text) in enumerate(texts.items(), start=10):
        (folder / name).write_text(text, encoding="utf-8")
        rows.append(f"{name},Outlet {name[:-4]},https://example.org/{name[:-4]},2020-03-{number},en,All rights "
                    "reserved")
    (folder / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    run_extract([str(folder / name) for name in texts], folder / "out", manifest_path=folder / "manifest.csv",
                ledger_path=folder / "ledger.csv")
    claims = read_table("claims", folder / "out").assign(review_status="accepted")
    return claims, read_table("articles", folder / "out")


def test_a_chart_numbers_only_the_articles_it_draws_consecutively(three_articles):
    from explainer import charts

    claims, articles = three_articles
    key = charts.main_incident(claims)
    rows = charts.claims_chart_data(claims, articles, key)
    numbers = sorted({int(n) for n in rows["claimant"].str.extract(r"\((\d+)\)")[0].dropna()})
    assert numbers == [1, 2]  # the third article is (2): the second, read between them, is not drawn
    assert charts.article_key(rows) == ["(1) Outlet first, 10 March 2020", "(2) Outlet third, 12 March 2020"]
    subtitle = " ".join(charts.claims_chart(claims, articles, key).to_dict()["title"]["subtitle"])
    assert "(1) Outlet first" in subtitle and "(2) Outlet third" in subtitle and "(3)" not in subtitle


def test_a_repeat_mark_is_explained_where_it_appears(three_articles):
    from explainer import charts

    claims, articles = three_articles
    key = charts.main_incident(claims)
    rows = charts.claims_chart_data(claims, articles, key)
    assert rows["claimant"].str.endswith("[2]").sum() == 1  # the contractor: a second figure of the same source
    subtitle = " ".join(charts.claims_chart(claims, articles, key).to_dict()["title"]["subtitle"])
    assert "[2]: a second figure from the same source" in subtitle
    assert "&#91;2&#93;&#58; a second figure" in story.data_table(rows, {"claimant": "Source"}, "t",
                                                      charts.marker_note(rows)).data
    assert charts.marker_note(rows[~rows["claimant"].str.endswith("]")]) == ""  # no mark, no note


def test_renumbering_the_rows_drawn_closes_the_gaps():
    import pandas as pd

    from explainer import charts

    rows = pd.DataFrame({"claimant": ["X (1)", "Y (3)", "Y (3) [2]", "Z"], "article_no": [1, 3, 3, 4],
                         "article": ["a", "c", "c", "d"]})
    drawn = charts.renumber(rows)
    assert list(drawn["claimant"]) == ["X (1)", "Y (2)", "Y (2) [2]", "Z"]
    assert charts.article_key(drawn) == ["(1) a", "(2) c"]
