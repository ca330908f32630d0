"""What a new user's trial found with a small made-up ACLED export (README's column table), in a copy of the project:
a dataset row's "Reported" day is its own event's, a row with no one killed is no casualty claim, the Story says
who gives the other incidents' figures, and the export's id does not repeat the dataset's name."""

import csv
import re

import pandas as pd
import pytest

from explainer import charts, story
from explainer.datasets import ACLED_COLUMNS
from explainer.tables import read_table

from .support import copy_tracked_files, run_in_copy

ROWS = [  # id, day, event type, sub-event type, governorate, place, fatalities
    ("SYR90001", "03 February 2020", "Explosions/Remote violence", "Shelling/artillery/missile attack", "Idlib",
     "Saraqab", "8"),
    ("SYR90002", "03 February 2020", "Explosions/Remote violence", "Shelling/artillery/missile attack", "Idlib",
     "Saraqab", "13"),
    ("SYR90003", "03 February 2020", "Strategic developments", "Headquarters or base established", "Idlib",
     "Taftanaz", "0"),
    ("SYR90004", "10 February 2020", "Battles", "Armed clash", "Aleppo", "Al Atareb", "4"),
    ("SYR90005", "27 February 2020", "Explosions/Remote violence", "Air/drone strike", "Idlib", "Balyun", "33"),
    ("SYR90006", "01 March 2020", "Explosions/Remote violence", "Air/drone strike", "Idlib", "Saraqab", "2"),
    ("SYR90007", "01 March 2020", "Strategic developments", "Non-violent transfer of territory", "Idlib", "Saraqab",
     "0"),
]


def write_export(path):
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(ACLED_COLUMNS)
        for event, day, kind, sub, admin1, place, killed in ROWS:
            writer.writerow([event, day, kind, sub, "Military Forces of Syria (2000-)", "Military Forces of Turkey "
                             "(2016-)", admin1, place, "35.86", "36.80", "Made-up source", f"Made-up row {event}.",
                             killed])
    return path


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """A copy of the project, its seed article extracted with the 7-row export, which an editor then accepts (as a
    new user's trial did), and extracted again."""
    root = copy_tracked_files(tmp_path_factory.mktemp("trial") / "repo")
    write_export(root / "acled-test.csv")
    extract = ("extract", "data/raw/france24-idlib-2020-02-03.txt", "--acled", "acled-test.csv",
               "--out", "data/processed")
    result = run_in_copy(root, *extract)
    assert result.returncode == 0, result.stdout + result.stderr
    decision = run_in_copy(root, "review", "--accept-export", "acled-test.csv", "--reviewer", "Test editor")
    assert decision.returncode == 0, decision.stdout + decision.stderr
    again = run_in_copy(root, *extract)
    assert again.returncode == 0, again.stdout + again.stderr
    out = root / "data" / "processed"
    return root, result, read_table("claims", out), read_table("articles", out), read_table("events", out), out


def test_the_export_id_does_not_repeat_the_dataset_name(extracted):
    root, result, claims, articles, _, out = extracted
    assert set(articles.loc[articles["outlet"] == "ACLED", "article_id"]) == {"acled-test"}
    said = result.stdout + result.stderr
    assert "acled-acled" not in said and "acled-test" in said
    assert "interim/datasets/acled-test.csv" in said


def test_a_row_with_no_one_killed_is_no_claim_but_still_an_event(extracted):
    _, result, claims, _, _, out = extracted
    from_export = claims[claims["claimant"] == "ACLED"]
    assert sorted(from_export["claim_id"]) == ["acled-SYR90001", "acled-SYR90002", "acled-SYR90004",
                                               "acled-SYR90005", "acled-SYR90006"]
    assert (from_export["number_low"] > 0).all()
    summary = read_table("dataset_summary", out)
    assert summary["events"].sum() == len(ROWS)  # the two rows with no one killed still count as events
    assert summary["shown_individually"].sum() == 5
    assert "2 with no one killed" in result.stdout + result.stderr


def test_a_ucdp_row_with_no_deaths_is_no_claim(tmp_path):
    from explainer.pipeline import run_extract

    from .conftest import FIXTURES, SEED

    source = pd.read_csv(FIXTURES / "datasets" / "ucdp-ged-syria-feb2020.csv", dtype=str, keep_default_na=False)
    zero = source.iloc[[0]].assign(id="900099", deaths_a="0", deaths_b="0", deaths_civilians="0", best="0",
                                   low="0", high="0")
    export = tmp_path / "ged.csv"
    pd.concat([source, zero]).to_csv(export, index=False)
    run_extract([str(SEED)], tmp_path / "out", ucdp=[export], ledger_path=tmp_path / "l.csv",
                exports_path=tmp_path / "e.csv")
    claims = read_table("claims", tmp_path / "out")
    assert not claims["claim_id"].str.startswith("ucdp-900099").any()
    assert claims["claim_id"].str.startswith("ucdp-900001").any()
    assert read_table("dataset_summary", tmp_path / "out").query("victim_side == 'unspecified'")["events"].sum() == \
        len(source) + 1


def test_a_dataset_row_is_reported_on_its_own_day(extracted):
    _, _, claims, articles, events, _ = extracted
    tracker = charts.tracker_data(claims, articles, events)
    rows = tracker[tracker["claim_id"].str.startswith("acled-")]
    assert len(rows) == 5 and (rows["reported"] == rows["event_date"]).all()
    assert "2020-02-03" in set(rows["reported"])
    page = story.tracker_tables(claims, articles, events).data
    table = page[page.index("track-acled-SYR90001"):]
    assert "3 February 2020" in table[:400] and "1 March 2020" not in table[:400]
    assert "For a row of a dataset" in story.reported_note(articles).data
    # with no dataset among the sources, no word about datasets' rows (a trial)
    assert "dataset" not in story.reported_note(articles[~articles["article_id"].str.startswith("acled")]).data


def test_the_story_says_who_gives_the_other_incidents(extracted):
    _, _, claims, articles, _, _ = extracted
    text = story.other_incidents(claims, articles=articles).data
    assert "The articles also give" not in text
    assert text.startswith("<p>The dataset also gives figures for three other incidents")
    assert text.count("given by ACLED only") == 3
    # Without a dataset the sentence is the articles' own, as before.
    only_articles = claims[claims["claimant"] != "ACLED"]
    assert story.other_incidents(only_articles, articles=articles[articles["outlet"] != "ACLED"]).data == \
        "<p>The article reports no other dated incident.</p>"


def test_the_summary_counts_a_datasets_events_not_its_rows(tmp_path):
    """Trial 24: "the 5 events on the day and in the governorate of an incident are listed one by one above" of a
    UCDP export of two events (each gives a total and a figure for each side hit: three rows, three claims), every
    one of which was listed, on an incident's day or not."""
    from explainer.pipeline import run_extract

    from .conftest import FIXTURES, SEED

    out = tmp_path / "out"
    run_extract([str(SEED)], out, ucdp=[str(FIXTURES / "datasets" / "ucdp-ged-syria-feb2020.csv")],
                ledger_path=tmp_path / "l.csv", exports_path=tmp_path / "e.csv", datasets_dir=tmp_path / "interim")
    claims, articles = read_table("claims", out), read_table("articles", out)
    summary = read_table("dataset_summary", out).assign(review_status="accepted")
    events = {claim.split("-")[1] for claim in claims.loc[claims["article_id"].str.startswith("ucdp"), "claim_id"]}
    text = story.dataset_summary_html(summary, claims, articles).data
    assert f"every one of its {story._count(len(events), 'event')} is listed one by one above" in text
    # the dataset named in full, with where to find it (the trial found "UCDP" spelt out on no page)
    assert "Uppsala Conflict Data Program" in text and 'href="https&#58;//ucdp.uu.se/"' in text
    # on a phone each row is a block of labelled lines (a trial's seven columns scrolled, "In all" cut off)
    table = re.search(r'<table class="dataset-totals stacked".*?</table>', text, flags=re.S)[0]
    cells = re.findall(r"<td[^>]*>", table)
    assert cells and all('data-label="' in cell for cell in cells) and 'data-label="In all"' in table


def test_the_summary_says_how_many_of_a_datasets_events_are_listed():
    # a large export keeps only the events about the articles' incidents (and never a row with no one hit)
    summary = pd.DataFrame([{"source": "ACLED", "export": "acled-big", "period": "2020-02", "governorate": "Idlib",
                             "victim_side": "unspecified", "outcome": "killed", "events": 10, "fatalities_low": 40,
                             "fatalities_high": 40, "shown_individually": 3, "review_status": "accepted"}])
    claims = pd.DataFrame([{"article_id": "acled-big", "claim_id": f"acled-SYR{n}", "event_date": "2020-02-03",
                            "governorate": "Idlib"} for n in (1, 2, 3)])
    articles = pd.DataFrame([{"article_id": "acled-big", "file": "big.csv", "outlet": "ACLED"}])
    text = story.dataset_summary_html(summary, claims, articles).data
    assert "3 of its 10 events are listed one by one above" in text


def test_an_incident_one_article_alone_reports_is_given_by_one_article(extracted):
    """Trial 30 read "given by the articles" of an incident that one article of several alone reported."""
    _, _, claims, articles, _, _ = extracted
    seed_id = articles.loc[articles["outlet"] != "ACLED", "article_id"].iloc[0]
    other_day = claims[claims["claimant"] == "ACLED"].sort_values("event_date").iloc[-1]
    # a second article, reporting one of the dataset's other incidents
    added = claims[claims["article_id"] == seed_id].iloc[[0]].assign(
        article_id="other-article", claim_id="other-article-c001", event_date=other_day["event_date"],
        governorate=other_day["governorate"], place=other_day["governorate"], event_id=other_day["event_id"])
    both = pd.concat([articles, articles[articles["article_id"] == seed_id].assign(
        article_id="other-article", outlet="Other Daily")], ignore_index=True)
    text = re.sub(r"<[^>]+>", "", story.other_incidents(pd.concat([claims, added]), articles=both).data)
    assert "given by one article and ACLED" in text and "given by the articles" not in text, text
