"""'Sources differ' is said only of figures about the same incident, people and outcome: never of figures whose
side is not stated, never of two events of one dataset; a dataset's figure meets an article's only on the same day,
governorate, side and outcome."""

import html
import re

import pandas as pd

from explainer import charts, story
from explainer.events import comparison, dataset_articles
from explainer.pipeline import run_extract
from explainer.tables import read_table

from .conftest import SEED

ACLED_HEADER = ("event_id_cnty,event_date,event_type,sub_event_type,actor1,actor2,admin1,location,latitude,longitude,"
                "source,notes,fatalities\n")
# Two events on one day in one governorate (one about each army's dead; ACLED gives no side) and one elsewhere.
ACLED_ROWS = ("KX1,03 February 2020,Battles,Armed clash,Military Forces of Syria,Military Forces of Turkey,Idlib,Saraqab,"
              "35.8,36.8,Agency A,Turkish soldiers killed,6\n"
              "KX2,03 February 2020,Battles,Armed clash,Military Forces of Turkey,Military Forces of Syria,Idlib,Saraqab,"
              "35.8,36.8,Agency B,regime soldiers killed,11\n"
              "KX3,03 February 2020,Battles,Armed clash,Military Forces of Syria,Rebels,Aleppo,Khan Tuman,"
              "36.1,37.0,Agency C,fighters killed,9\n")
UCDP_HEADER = ("id,date_start,date_end,side_a,side_b,adm_1,where_coordinates,latitude,longitude,best,low,high,deaths_a,"
               "deaths_b,deaths_civilians,source_article\n")
# One event with both armies' dead, a wide range for its total; and a second event the same day and place.
UCDP_ROWS = ("77,2020-02-03,2020-02-03,Government of Syria,Government of Turkey,Idlib governorate,Saraqib town,35.8,36.8,"
             "19,12,35,10,3,0,Wire\n"
             "78,2020-02-03,2020-02-03,Government of Syria,Government of Turkey,Idlib governorate,Saraqib town,35.8,36.8,"
             "2,2,2,0,2,0,Wire\n")


def _build(tmp_path):
    exports = tmp_path / "exports"
    exports.mkdir()
    (exports / "acled-test.csv").write_text(ACLED_HEADER + ACLED_ROWS, encoding="utf-8")
    (exports / "ged-test.csv").write_text(UCDP_HEADER + UCDP_ROWS, encoding="utf-8")
    out = tmp_path / "out"
    run_extract([str(SEED)], out, acled=[exports / "acled-test.csv"], ucdp=[exports / "ged-test.csv"],
                ledger_path=tmp_path / "ledger.csv", exports_path=tmp_path / "exports.csv")
    return read_table("claims", out), read_table("articles", out)


def _paragraphs(markdown) -> dict[str, str]:
    """The story's paragraphs by their heading ('People killed (side not stated)')."""
    text = re.sub(r"<(?!/?p>)[^>]+>", "", markdown.data)
    found = re.findall(r"<p>(.*?):\s(.*?)</p>", text, flags=re.S)
    return {head: body for head, body in found}


def test_unstated_sides_and_one_datasets_events_are_never_said_to_differ(tmp_path):
    claims, articles = _build(tmp_path)
    paragraphs = _paragraphs(story.claim_sentences(claims, articles, incident="2020-02-03|Idlib"))
    unstated = paragraphs["People killed (side not stated)"]
    assert "ACLED (event KX1): 6" in unstated and "ACLED (event KX2): 11" in unstated
    assert "12 to 35" in unstated
    assert "Sources differ" not in unstated and "not compared" in unstated
    # UCDP's two events about Turkish dead are two events, not one source disagreeing with the ministry's figure
    turkish = paragraphs["Turkish forces killed"]
    assert "UCDP GED (event 77)" in turkish and "UCDP GED (event 78)" in turkish
    assert "Sources differ" not in turkish and "separate events" in turkish
    # a dataset's one event meets the article's figures on the same day, governorate, side and outcome
    assert "Sources differ" in paragraphs["Syrian government forces killed"]
    lede = re.sub(r"<[^>]+>", "", story.lede(claims, articles).data)
    assert "side not stated" not in lede.lower().split("differ for")[-1]
    # the datasets are named apart from the sources the article quotes (a trial read ACLED among those that differ)
    sources = re.search(r" from (.*?)\. ", lede)[1]
    assert sources.endswith(", and from the ACLED and UCDP GED datasets"), sources
    assert "ACLED" not in sources.split(", and from the")[0]
    # Aleppo's event is another incident: never on this incident's page
    assert "KX3" not in story.claim_sentences(claims, articles, incident="2020-02-03|Idlib").data


def test_the_chart_title_states_only_a_real_disagreement(tmp_path):
    claims, articles = _build(tmp_path)
    # Without the Syrian government's figures, the widest gaps left are an unstated side's and one dataset's events:
    # neither is a disagreement, so the title sets no two figures against each other.
    kept = claims[claims["victim_side"].isin(["unspecified", "turkey"])]
    title = charts.claims_finding(kept, articles, "2020-02-03|Idlib")
    assert ";" not in title and "ACLED" not in title
    assert ";" in charts.claims_finding(claims, articles, "2020-02-03|Idlib")


def test_comparison_rules_on_rows_of_ones_own():
    def rows(*items):
        return pd.DataFrame([{"article_id": a, "claim_id": f"{a}-{i}", "claimant": c, "victim_side": s,
                              "number_low": n, "number_high": n, "qualifier": "exact"}
                             for i, (a, c, s, n) in enumerate(items)])
    data = {"acled-x"}
    assert comparison(rows(("acled-x", "ACLED", "unspecified", 8), ("paper", "Ministry", "unspecified", 9)),
                      data) == "unstated"
    assert comparison(rows(("acled-x", "ACLED", "turkey", 8), ("acled-x", "ACLED", "turkey", 9)), data) == "separate"
    assert comparison(rows(("acled-x", "ACLED", "turkey", 8), ("paper", "Ministry", "turkey", 9)), data) == "differ"
    assert comparison(rows(("acled-x", "ACLED", "turkey", 9), ("paper", "Ministry", "turkey", 9)), data) == "same"
    assert comparison(rows(("paper", "Ministry", "turkey", 9)), data) == "one"


def test_the_byline_counts_datasets_as_datasets(tmp_path):
    claims, articles = _build(tmp_path)
    line = re.sub(r"<[^>]+>", "", story.updated_line(articles, claims).data)
    assert "Based on one article and two datasets" in line
    seed_only = articles[~articles["article_id"].str.startswith(("acled-", "ucdp-"))]
    assert "Based on FRANCE 24" in re.sub(r"<[^>]+>", "", story.updated_line(seed_only, claims).data)


def test_the_analysis_notebook_compares_within_one_incident_only(tmp_path):
    from explainer import notebook

    claims, articles = _build(tmp_path)
    lines = notebook.disagreement_sentences(claims, articles).data.splitlines()
    unstated = [line for line in lines if line.startswith("- **People killed (side not stated), 3 February 2020, Idlib**")]
    assert len(unstated) == 1 and "(side not stated: not compared)" in unstated[0]
    assert "ACLED (event KX1) says 6" in unstated[0] and "KX3" not in unstated[0]  # Aleppo is another incident
    assert any(line.startswith("- **People killed (side not stated), 3 February 2020, Aleppo** (one source only)")
               for line in lines)
    assert [line for line in lines if "differ" in line] == [
        line for line in lines if line.startswith("- **Syrian government forces killed, 3 February 2020, Idlib**")]


def test_the_analysis_counts_articles_datasets_and_incidents(tmp_path):
    from explainer import notebook

    claims, articles = _build(tmp_path)
    text = notebook.claims_read(claims, claims, articles).data
    assert text.startswith(f"{len(claims)} claims from one article and two datasets;")
    assert text.endswith("about two incidents.")  # 3 February in Idlib and in Aleppo: never assumed to be one


def _page(outlet, day, body):
    return (f"<html><head><title>Clashes</title><meta property='og:site_name' content='{outlet}'>"
            f"<meta name='date' content='{day}'></head><body><article><h1>Clashes in Idlib</h1>{body}</article>"
            "</body></html>")


def test_one_sources_changed_figure_is_never_called_agreement(tmp_path):
    # The same monitor gives 13, then at least 15, for the same people on the same day in two reports.
    claims, articles = _extract_pages(  # (the later report read first)
        tmp_path,
        ("late.html", "Late Daily", "2020-02-12", "<p>The Syrian Observatory for Human Rights said at least 15 Syrian "
         "government soldiers were killed on 10 February 2020 in Turkish shelling in Idlib.</p>"),
        ("early.html", "Early Wire", "2020-02-11", "<p>The Syrian Observatory for Human Rights said 13 Syrian "
         "government soldiers were killed on 10 February 2020 in Turkish shelling in Idlib.</p>"))
    killed = claims[(claims["victim_side"] == "syria_government") & (claims["outcome"] == "killed")]
    assert set(killed["number_low"]) == {13, 15}
    assert comparison(killed, set()) == "changed"
    lede = re.sub(r"<[^>]+>", "", story.lede(claims, articles).data)
    assert "No two of them give differing figures" not in lede
    # in report order, whichever order the articles were read in
    assert re.search(r"gave different figures in different reports: 13 \(Early Wire[^)]*\), then at least 15", lede)
    paragraph = _paragraphs(story.claim_sentences(claims, articles))["Syrian government forces killed"]
    assert "One source only." not in paragraph and "different figures in different reports" in paragraph
    assert re.search(r"13 \([^)]*\), then at least 15", paragraph)
    from explainer.notebook import disagreement_sentences
    assert "differs between reports" in disagreement_sentences(claims, articles).data
    title = charts.claims_finding(claims, articles)
    assert title.endswith("changed between reports: 13, then at least 15")
    # reported the same day: which came first is not known, so no "then"
    same_day = articles.assign(published="2020-02-11")
    assert "then" not in story.lede(claims, same_day).data and "then" not in charts.claims_finding(claims, same_day)
    assert "differs between reports: " in charts.claims_finding(claims, same_day)
    # a figure with no number ("all its crew") beside one of them is not a third figure that differs
    crew = killed.iloc[[0]].assign(claim_id="crew", number_low=float("nan"), number_high=float("nan"),
                                   qualifier="unspecified", quantity_text="all its crew")
    from explainer.events import figure_changes
    assert [len(rows) for _, rows in figure_changes(pd.concat([killed, crew]))] == [2]
    # the same figure in both reports is one source giving one figure
    same = killed.assign(number_low=13.0, number_high=13.0, qualifier="exact")
    assert comparison(same, set()) == "one"
    # "13" in one report and "at least 13" in another: worded differently, never called a figure that changed
    bound = killed.assign(number_low=13.0, number_high=[13.0 if q == "exact" else float("nan")
                                                        for q in killed["qualifier"]])
    assert comparison(bound, set()) == "changed"
    worded = re.sub(r"<[^>]+>", "", story.lede(bound, articles).data)
    assert ", reports give the figure of " in worded and " in different words: 13" in worded  # (no capital R)
    assert "gave different figures" not in worded
    # "at least 13", then 20: a new number, though it rules out neither; never "in different words"
    rose = bound.assign(number_low=[13.0 if q == "exact" else 20.0 for q in bound["qualifier"]],
                        number_high=[13.0 if q == "exact" else float("nan") for q in bound["qualifier"]],
                        qualifier=["at_least" if q == "exact" else "exact" for q in bound["qualifier"]])
    rose = rose.assign(number_high=[float("nan") if q == "at_least" else 20.0 for q in rose["qualifier"]])
    worded = re.sub(r"<[^>]+>", "", story.lede(rose, articles).data)
    assert "gave different figures in different reports, none ruling out the others: at least 13" in worded, worded
    assert "in different words" not in worded


def test_a_datasets_rows_are_its_events_not_numbered_articles(tmp_path):
    claims, articles = _build(tmp_path)
    data = charts.claims_chart_data(claims, articles, "2020-02-03|Idlib")
    rows = set(data["claimant"])
    assert {"ACLED event KX1", "ACLED event KX2", "UCDP GED event 77", "UCDP GED event 78"} <= rows
    # no article number or "[2]" on a dataset's row, and the key lists no export as if it were an article
    assert not [r for r in rows if r.startswith(("ACLED", "UCDP")) and re.search(r"\(\d+\)|\[\d+\]", r)]
    assert not charts.marker_note(data)
    assert not [k for k in charts.article_key(data) if "ACLED" in k or "UCDP" in k]
    assert "ACLED dataset export" in charts.source_line(articles)
    more = pd.concat([articles, pd.DataFrame({"article_id": ["x", "y"], "outlet": ["Xpress", "Ytimes"]})])
    assert "Source: 3 articles and 2 dataset exports (" in charts.source_line(more)  # counted apart (trial 21)
    assert charts.article_labels(articles)[articles.loc[articles["outlet"] == "ACLED", "article_id"].iloc[0]] == \
        "ACLED dataset export acled-test.csv"
    unstated = claims[claims["victim_side"] == "unspecified"]
    title = charts.claims_finding(unstated, articles, "2020-02-03|Idlib")
    assert "people killed whose side is not stated" in title and "side not stated killed" not in title.lower()


def test_the_dataset_summary_counts_its_rows_in_words():
    summary = pd.DataFrame([{"export": "acled-x", "source": "ACLED", "review_status": "accepted", "period": "2020-02",
                             "governorate": "Idlib", "victim_side": "unspecified", "events": 2, "fatalities_low": 5,
                             "fatalities_high": 5, "outcome": "killed", "shown_individually": 0}])
    articles = pd.DataFrame({"article_id": ["acled-x"], "file": ["acled-x.csv"]})
    claims = pd.DataFrame(columns=["article_id", "event_date", "governorate"])
    text = story.dataset_summary_html(summary, claims, articles).data
    assert "(1 row)" in text
    assert "(2 rows)" in story.dataset_summary_html(pd.concat([summary, summary.assign(period="2020-03")]), claims,
                                                    articles).data


def _extract_pages(tmp_path, *pages):
    """Each page (file name, outlet, publication day, body HTML) written and extracted together, in the order given:
    the claims and articles tables."""
    paths = []
    for name, outlet, day, body in pages:
        path = tmp_path / name
        path.write_text(_page(outlet, day, body), encoding="utf-8")
        paths.append(str(path))
    out = tmp_path / "out"
    run_extract(paths, out, ledger_path=tmp_path / "ledger.csv", exports_path=tmp_path / "exports.csv")
    return read_table("claims", out), read_table("articles", out)


def _two_reports(tmp_path, first_place, second_place):
    """Two outlets, two sources, one day and governorate: a monitor's figure and an army's, each with its place."""
    claims, articles = _extract_pages(
        tmp_path,
        ("monitor.html", "Early Wire", "2020-02-11", "<p>The Syrian Observatory for Human Rights said 13 Syrian "
         f"government soldiers were killed on 10 February 2020 in Turkish shelling in {first_place}.</p>"),
        ("army.html", "Late Daily", "2020-02-12", "<p>The Syrian army said 5 Syrian government soldiers were killed on "
         f"10 February 2020 in Turkish shelling in {second_place}.</p>"))
    killed = claims[(claims["victim_side"] == "syria_government") & (claims["outcome"] == "killed")]
    assert set(killed["number_low"]) == {13, 5} and set(killed["governorate"]) == {"Idlib"}
    return claims, articles, killed


def test_two_towns_of_one_governorate_are_two_incidents_not_sources_that_differ(tmp_path):
    claims, articles, killed = _two_reports(tmp_path, "Saraqeb", "Taftanaz")
    assert comparison(killed, set()) == "places"
    paragraph = _paragraphs(story.claim_sentences(claims, articles))["Syrian government forces killed"]
    assert "Sources differ" not in paragraph
    assert "different places (Saraqeb and Taftanaz): separate incidents, not compared" in paragraph
    from explainer.notebook import disagreement_sentences
    assert "(different towns: not compared)" in disagreement_sentences(claims, articles).data
    assert ";" not in charts.claims_finding(claims, articles)  # the chart title sets no two towns against each other


def test_a_towns_figure_beside_its_governorates_is_compared_with_a_note(tmp_path):
    # "in Idlib" may be the same people told less precisely: compared, and the page says the town's may be a part
    claims, articles, killed = _two_reports(tmp_path, "Idlib province", "Saraqeb")  # 13 in Idlib, 5 in Saraqeb
    assert comparison(killed, set()) == "differ"
    paragraph = _paragraphs(story.claim_sentences(claims, articles))["Syrian government forces killed"]
    assert "Sources differ. The figure for Saraqeb may be part of the figures given for Idlib" in paragraph
    # a town's figure larger than the governorate's is no part of it (a trial read "8 in Saraqib may be part of" 6)
    (tmp_path / "larger").mkdir()
    claims, articles, killed = _two_reports(tmp_path / "larger", "Saraqeb", "Idlib province")  # 13 in Saraqeb, 5
    paragraph = _paragraphs(story.claim_sentences(claims, articles))["Syrian government forces killed"]
    assert "Sources differ." in paragraph and "may be part of" not in paragraph


def test_a_total_for_the_day_beside_one_incidents_figure_is_not_called_a_disagreement(tmp_path):
    page = tmp_path / "wire.html"
    page.write_text(_page("Late Daily", "2020-02-28", "<p>The governor of Hatay said 22 Turkish soldiers were killed "
                          "in an air strike in Idlib on Thursday.</p><p>A total 25 Turkish soldiers were killed in Idlib "
                          "on Thursday.</p>"), encoding="utf-8")
    out = tmp_path / "out"
    run_extract([str(page)], out, ledger_path=tmp_path / "ledger.csv", exports_path=tmp_path / "exports.csv")
    claims, articles = read_table("claims", out), read_table("articles", out)
    assert sorted(zip(claims["number_low"], claims["scope"])) == [(22, "incident"), (25, "period")]
    # A total has no day of its own; an editor who gives it the day (as a new-user trial did) still may not see it
    # set against the incident's figure
    claims.loc[claims["scope"] == "period", "event_date"] = "2020-02-27"
    assert comparison(claims, set()) == "totals"
    paragraph = _paragraphs(story.claim_sentences(claims, articles))["Turkish forces killed"]
    assert "Sources differ" not in paragraph and "a total may include the incident's figure" in paragraph
    assert ";" not in charts.claims_finding(claims, articles)


def test_a_part_of_a_toll_is_shown_with_its_people_and_never_set_against_a_toll(tmp_path):
    # One source's toll with a part of it ("including five children"), and another source's toll for the same people
    claims, articles = _extract_pages(
        tmp_path,
        ("monitor.html", "Early Wire", "2020-02-11", "<p>The Syrian Observatory for Human Rights said 20 civilians, "
         "including five children, were killed on 10 February 2020 in Idlib.</p>"),
        ("rescuers.html", "Late Daily", "2020-02-12", "<p>The White Helmets said 22 civilians were killed on "
         "10 February 2020 in Idlib.</p>"))
    killed = claims[claims["victim_side"] == "civilians"]
    assert sorted(zip(killed["number_low"], killed["subset"])) == [(5, True), (20, False), (22, False)]
    # the tolls differ (20 and 22); the part of one (5) is no third figure that differs
    assert comparison(killed, set()) == "differ"
    assert comparison(killed[killed["subset"]], set()) == "part"
    paragraph = _paragraphs(story.claim_sentences(claims, articles))["Civilians killed"]
    assert "5 (five children, part of a larger figure)" in paragraph
    from explainer.notebook import disagreement_sentences
    assert "says 5 (five children, part of a larger figure)" in disagreement_sentences(claims, articles).data
    # listed after the tolls, said to be a part (a trial read "the Post: 1" beside another outlet's 9 as a count)
    assert paragraph.index("Given as part of a larger figure, not compared") < paragraph.index("5 (five children")
    assert paragraph.index("22") < paragraph.index("5 (five children")
    # and never drawn beside the tolls
    labels = set(charts.claims_chart_data(claims, articles)["figure"])
    assert labels == {"20", "22"}
    # the Tracker's table under them says so too (a trial found the part's row with no word on it)
    from explainer.events import events_table
    from explainer.reference import load_reference
    tables = story.tracker_tables(claims, articles, events_table(claims, load_reference().places)).data
    assert "part of a larger figure given with them" in tables and "they are not compared" in tables
    # Without the part, the same verdict: it never decided it
    whole = killed[~killed["subset"]]
    assert comparison(whole, set()) == "differ"


def test_one_sources_part_of_a_toll_is_no_changed_figure(tmp_path):
    from explainer.events import figure_changes
    rows = pd.DataFrame([{"article_id": a, "claim_id": f"{a}-{i}", "claimant": "SOHR", "victim_side": "civilians",
                          "number_low": n, "number_high": n, "qualifier": "exact", "subset": part}
                         for i, (a, n, part) in enumerate([("early", 20, False), ("late", 20, False),
                                                           ("late", 5, True)])])
    assert figure_changes(rows) == []
    rows.loc[2, "subset"] = False  # the same 5 as a toll of its own is a changed figure
    assert [claimant for claimant, _ in figure_changes(rows)] == ["SOHR"]


def test_a_chart_title_states_a_finding_about_tolls_never_about_a_part(tmp_path):
    # A trial's title: "Syrian Observatory for Human Rights gives 1 (part of a larger figure) for civilians killed"
    first = tmp_path / "monitor.html"
    first.write_text(_page("Early Wire", "2020-02-11", "<p>The Syrian Observatory for Human Rights said 20 civilians, "
                           "including five children, were killed on 10 February 2020 in Idlib.</p>"), encoding="utf-8")
    out = tmp_path / "out"
    run_extract([str(first)], out, ledger_path=tmp_path / "ledger.csv", exports_path=tmp_path / "exports.csv")
    claims, articles = read_table("claims", out), read_table("articles", out)
    assert sorted(zip(claims["number_low"], claims["subset"])) == [(5, True), (20, False)]
    title = charts.claims_finding(claims, articles)
    assert "part of a larger figure" not in title and "gives 20 for" in title
    # with no two sources to set against each other, the title leads with the largest toll, not the smallest
    smaller = claims[claims["subset"]].assign(subset=False, number_low=3, number_high=3, claim_id="monitor-c099")
    assert "gives 20 for" in charts.claims_finding(pd.concat([claims, smaller]), articles)
    # and where two sources' tolls differ, the part is never the low end of the disagreement
    second = tmp_path / "rescuers.html"
    second.write_text(_page("Late Daily", "2020-02-12", "<p>The White Helmets said 22 civilians were killed on "
                            "10 February 2020 in Idlib.</p>"), encoding="utf-8")
    run_extract([str(first), str(second)], out, ledger_path=tmp_path / "ledger.csv",
                exports_path=tmp_path / "exports.csv")
    claims, articles = read_table("claims", out), read_table("articles", out)
    title = charts.claims_finding(claims, articles)
    assert "part of a larger figure" not in title and title.endswith("gives 20")


def test_every_marker_a_chart_draws_is_explained():
    rows = pd.DataFrame({"claimant": ["Monitor", "Monitor [2]", "Monitor [3]", "Charity (2)", "Charity (2) [2]"]})
    note = charts.marker_note(rows)
    assert "[2] to [3]" in note
    assert charts.marker_note(rows.head(2)).startswith("[2]: a second figure")


def test_figures_for_different_places_shown_together_say_which_place_each_is_for(tmp_path):
    # A trial: "These figures are given for different places (Binnish and Maaret Misreen)", above a table and a chart
    # panel that gave no place: the reader could not tell which figure was which
    claims, articles, killed = _two_reports(tmp_path, "Saraqeb", "Taftanaz")
    paragraph = _paragraphs(story.claim_sentences(claims, articles))["Syrian government forces killed"]
    assert "13 in Saraqeb" in paragraph and "5 in Taftanaz" in paragraph
    figures = set(charts.claims_chart_data(claims, articles)["figure"])
    assert {"13 in Saraqeb", "5 in Taftanaz"} <= figures
    from explainer.events import events_table
    from explainer.reference import load_reference
    tables = story.tracker_tables(claims, articles, events_table(claims, load_reference().places)).data
    assert "13 killed in Saraqeb" in tables and "5 killed in Taftanaz" in tables
    # figures for one place carry no place: nothing to tell apart
    (tmp_path / "one").mkdir()
    one, articles, _ = _two_reports(tmp_path / "one", "Saraqeb", "Saraqeb")
    assert not any(" in " in f for f in charts.claims_chart_data(one, articles)["figure"])


def test_figures_that_differ_without_contradicting_each_other_are_said_to(tmp_path):
    # a new-user trial: "Sources differ" was said of 8 beside "at least 4", which do not contradict each other
    from explainer.events import figures_can_all_hold

    def rows(*figures):
        return pd.DataFrame([{"number_low": low, "number_high": high, "qualifier": qualifier}
                             for low, high, qualifier in figures])

    assert figures_can_all_hold(rows((4, None, "at_least"), (8, 8, "exact")))
    assert figures_can_all_hold(rows((30, 35, "range"), (30, None, "more_than")))
    assert not figures_can_all_hold(rows((6, 6, "exact"), (30, 35, "range")))
    assert not figures_can_all_hold(rows((30, None, "more_than"), (30, 30, "exact")))  # more than 30 is not 30
    assert not figures_can_all_hold(rows((None, 10, "at_most"), (12, 12, "exact")))
    assert not figures_can_all_hold(rows((30, 30, "approximately"), (32, 32, "exact")))  # "about" is never a bound
    claims, articles, killed = _two_reports(tmp_path, "Idlib", "Idlib")
    claims.loc[killed.index[killed["number_low"] == 5], "qualifier"] = "at_least"  # "at least 5" beside 13
    paragraph = _paragraphs(story.claim_sentences(claims, articles))["Syrian government forces killed"]
    assert "Sources give different figures, but none rules out the others" in paragraph
    # ... and the opening paragraph says the same (a third trial's opening said "Their figures differ")
    opening = story.lede(claims, articles).data
    assert "Syrian government forces killed, they give different figures, but none rules out the others" in opening
    assert "Their figures differ for Syrian government forces killed" not in opening
    from explainer.notebook import disagreement_sentences
    assert "(sources differ, but none rules out the others)" in disagreement_sentences(claims, articles).data


def test_a_chart_title_never_states_a_figure_its_source_has_since_replaced(tmp_path):
    # a new-user trial: the title read "... ; Recep Tayyip Erdogan gives 3", his early toll, though he later gave 34;
    # and "other sources, close to Turkey gives"
    pages = {"early.html": ("Early Wire", "2020-02-27", "Recep Tayyip Erdogan said 3 Turkish soldiers were killed "
                                                       "on 27 February 2020 in an air strike in Idlib."),
             "late.html": ("Late Daily", "2020-02-28", "Recep Tayyip Erdogan said 34 Turkish soldiers were killed "
                                                      "on 27 February 2020 in an air strike in Idlib. According to "
                                                      "sources close to Turkey, 50 Turkish soldiers were killed on 27 "
                                                      "February 2020 in the air strike in Idlib.")}
    paths = []
    for name, (outlet, day, body) in pages.items():
        (tmp_path / name).write_text(_page(outlet, day, f"<p>{body}</p>"), encoding="utf-8")
        paths.append(str(tmp_path / name))
    out = tmp_path / "out"
    run_extract(paths, out, ledger_path=tmp_path / "ledger.csv", exports_path=tmp_path / "exports.csv")
    claims, articles = read_table("claims", out), read_table("articles", out)
    title = charts.claims_finding(claims, articles)
    assert title.startswith("sources close to Turkey give 50 for Turkish forces killed")
    assert title.endswith("Recep Tayyip Erdogan gives 34")


def test_the_data_page_lists_dataset_exports_apart_from_the_articles(tmp_path):
    """Trial 21: the Data page listed ACLED under "The articles" and said its "full text" was not republished."""
    _build(tmp_path)
    articles = read_table("articles", tmp_path / "out")
    page = re.sub(r"<h2[^>]*>", "<h2>", story.downloads(tmp_path / "out", articles, SEED.parent, tmp_path / "downloads").data)
    listed_articles = page[page.index("<h2>The articles</h2>"):page.index("<h2>The conflict datasets</h2>")]
    assert "ACLED" not in listed_articles and "FRANCE 24" in listed_articles
    datasets = page[page.index("<h2>The conflict datasets</h2>"):page.index("<h2>Files</h2>")]
    assert "ACLED" in datasets and "used under the dataset's own terms of use" in datasets  # (trial 28: no terms)
    assert "full texts" not in page and "The full text of FRANCE 24 is not republished here" in page


def _two_reports_of_one_monitor(tmp_path, late_source: str):
    """Two articles giving the Syrian Observatory's figures for one incident, the early one as "A war monitor", the
    late one as ``late_source`` words it: the killed claims and the Story's paragraph on them."""
    claims, articles = _extract_pages(
        tmp_path,
        ("late.html", "Late Daily", "2020-02-12", "<p>At least 15 Syrian government soldiers were killed on 10 "
         f"February 2020 in Turkish shelling in Idlib, {late_source}.</p>"),
        ("early.html", "Early Wire", "2020-02-11", "<p>A war monitor said 13 Syrian government soldiers were killed "
         "on 10 February 2020 in Turkish shelling in Idlib.</p>"))
    killed = claims[(claims["victim_side"] == "syria_government") & (claims["outcome"] == "killed")]
    return killed, _paragraphs(story.claim_sentences(claims, articles))["Syrian government forces killed"]


def test_one_source_by_our_identification_only_is_said_to_be_ours(tmp_path):
    # trial 26: "Syrian Observatory for Human Rights (the article says “a monitor group”; the identification is ours)
    # gave different figures in different reports" of two articles neither of which named the Observatory
    killed, paragraph = _two_reports_of_one_monitor(tmp_path, "according to a monitor group")
    assert set(killed["claimant"]) == {"Syrian Observatory for Human Rights"} and killed["claimant_inferred"].all()
    assert "gave different figures" not in paragraph
    assert ("Figures we attribute to Syrian Observatory for Human Rights differ between reports (the articles say "
            "“A war monitor” and “a monitor group”; the identification is ours)") in paragraph


def test_an_identification_of_ours_names_only_the_articles_that_word_the_source_otherwise(tmp_path):
    # trial 40: "(the articles say “a monitor group”; the identification is ours)" of two reports, one of which names
    # the Syrian Observatory for Human Rights itself
    killed, paragraph = _two_reports_of_one_monitor(tmp_path, "the Syrian Observatory for Human Rights said")
    assert set(killed["claimant"]) == {"Syrian Observatory for Human Rights"}
    assert "(Early Wire says “A war monitor”; the identification is ours)" in paragraph
    assert "the articles say" not in paragraph


def test_the_claims_table_lists_a_days_article_claims_before_the_datasets_rows(tmp_path):
    """A trial read ACLED's rows, first on the day, as mixed in with the articles' claims."""
    claims, articles = _build(tmp_path)
    ids = [html.unescape(i) for i in re.findall(r'<tr id="claim-([^"]+)"', story.claims_table(claims, articles).data)]
    days = claims.set_index("claim_id")["event_date"].astype(str).to_dict()
    from_dataset = set(claims.loc[claims["article_id"].isin(dataset_articles(articles)), "claim_id"])
    seed_day = [i for i in ids if days[i] == "2020-02-03"]
    assert seed_day and seed_day[0] not in from_dataset and seed_day[-1] in from_dataset
    assert seed_day == sorted(seed_day, key=lambda i: i in from_dataset)


def test_the_chart_title_never_sets_a_towns_figure_against_its_governorates(tmp_path):
    """Trial 30: the title read "Doğru Haber give 34 in Balyun ...; One News Page give 29 in Idlib" while the page
    said the town's figure may be part of the governorate's. Only figures for one place are set against each other
    (and a name with a bracket after it takes "gives")."""
    claims, articles = _extract_pages(
        tmp_path,
        ("town.html", "Town Daily", "2020-02-28", "<p>The Syrian Observatory for Human Rights said 34 Turkish "
         "soldiers were killed in Balyun on 27 February 2020.</p>"),
        ("wider.html", "Wide Wire", "2020-02-28", "<p>The Turkish defence ministry said 29 Turkish soldiers were "
         "killed in Idlib on 27 February 2020.</p><p>Erdogan said at least 30 Turkish soldiers were killed in Idlib "
         "on 27 February 2020.</p>"))
    claims = claims.assign(review_status="accepted")
    title = charts.claims_finding(claims, articles, "2020-02-27|Idlib")
    assert "Balyun" not in title and "34" not in title, title
    # the analysis page names the town of a town's figure (trial 30 read "... says 34" of 34 in Balyun)
    from explainer.notebook import disagreement_sentences

    text = disagreement_sentences(claims, articles).data
    assert "says 34 in Balyun" in text and re.search(r"says 29[.;]", text), text  # (Idlib's own: no town)
    assert charts._gives("Doğru Haber (in its own words)") == "gives"


def test_the_chart_title_sets_two_sources_against_each_other_never_one_against_itself(tmp_path):
    """Trial 32: the title set an outlet's "at least 34" against its own earlier "29", leaving out the other
    source's figure between them."""
    claims, articles = _extract_pages(
        tmp_path,
        ("monitor.html", "Early Wire", "2020-02-11", "<p>The Syrian Observatory for Human Rights said 29 Syrian "
         "government soldiers were killed on 10 February 2020 in Idlib. The Syrian Observatory for Human Rights later "
         "said at least 34 Syrian government soldiers were killed on 10 February 2020 in Idlib.</p>"),
        ("army.html", "Late Daily", "2020-02-11", "<p>The Syrian army said 31 Syrian government soldiers were killed "
         "on 10 February 2020 in Idlib.</p>"))
    title = charts.claims_finding(claims, articles)
    first, second = title.split(";")
    sources = [name for name in ("Syrian Observatory for Human Rights", "Syrian Arab Army")
               if name in title]
    assert len(sources) == 2 and not any(name in first and name in second for name in sources), title
    assert "at least 34" in first and "31" in second, title
