import json
import re

import altair as alt
import pandas as pd
import pytest

from explainer import charts, review
from explainer.events import events_table
from explainer.pipeline import run_extract
from explainer.reference import load_reference, observation_posts
from explainer.tables import read_table

from .conftest import EXAMPLE, SEED
from .support import PROJECT_ROOT


def _tables(tmp_path, *articles):
    run_extract([str(a) for a in articles], tmp_path)
    tables = {name: read_table(name, tmp_path) for name in ("claims", "articles", "places", "deployments")}
    return {**tables, "folder": tmp_path}


@pytest.fixture(scope="module")
def seed_tables(tmp_path_factory):
    return _tables(tmp_path_factory.mktemp("seed"), SEED)


@pytest.fixture(scope="module")
def both_tables(tmp_path_factory):
    return _tables(tmp_path_factory.mktemp("both"), SEED, EXAMPLE)


@pytest.fixture(scope="module")
def posts():
    return pd.DataFrame(observation_posts())


def _all_charts(tables, posts, width=charts.WIDTH):
    points = charts.map_points(tables["places"], posts, tables["claims"], tables["deployments"])
    events = charts.timeline_events(posts, tables["claims"], tables["deployments"], articles=tables["articles"])
    return {
        "claims": charts.claims_chart(tables["claims"], tables["articles"], width=width),
        "map": charts.map_chart(points, tables["articles"], width=width),
        "timeline": charts.timeline_chart(events, tables["articles"], width=width),
    }


def _marks(spec):
    """Every mark type in a (possibly layered, faceted or concatenated) spec."""
    found = []
    if isinstance(spec, dict):
        mark = spec.get("mark")
        if mark:
            found.append(mark if isinstance(mark, str) else mark["type"])
        for value in spec.values():
            found.extend(_marks(value))
    elif isinstance(spec, list):
        for item in spec:
            found.extend(_marks(item))
    return found


def test_every_chart_validates_and_has_title_source_and_alt_text(seed_tables, posts):
    for name, chart in _all_charts(seed_tables, posts).items():
        spec = chart.to_dict(validate=True)  # against the Vega-Lite schema
        title = spec["title"]
        assert title["text"], name
        assert any(line.startswith("Source:") or "Source:" in line for line in title["subtitle"]), name
        assert len(spec["description"]) > 40, name


def test_claims_chart_marks_and_encodings(seed_tables):
    spec = charts.claims_chart(seed_tables["claims"], seed_tables["articles"]).to_dict()
    assert sorted(set(_marks(spec))) == ["point", "rule", "text", "tick"]
    # one panel stack per outcome; within it every panel shares one x scale from zero
    outcomes = [panel["facet"]["row"]["field"] for panel in spec["vconcat"]]
    assert outcomes == ["panel", "panel"]
    for panel in spec["vconcat"]:
        rule = next(layer for layer in panel["spec"]["layer"] if layer["mark"]["type"] == "rule")
        assert rule["encoding"]["x"]["field"] == "low" and rule["encoding"]["x2"]["field"] == "high"
        assert rule["encoding"]["x"]["scale"]["domain"][0] == 0
        assert "x" not in panel.get("resolve", {}).get("scale", {})  # shared within the outcome
    killed = next(p for p in spec["vconcat"] if "killed" in p["spec"]["layer"][0]["encoding"]["x"]["title"])
    # 'at least 4' and '30 to 35' killed are drawn on the same scale, which reaches past 35
    assert killed["spec"]["layer"][0]["encoding"]["x"]["scale"]["domain"][1] >= 35
    title = " ".join(spec["title"]["text"])
    assert "30 to 35" in title and "gives 6" in title


def test_a_range_is_a_capped_bar_never_two_dots(seed_tables):
    """ "30 to 35" on a phone's small panel drew two touching dots: a range is a bar with a cap at each end."""
    events = read_table("events", seed_tables["folder"])
    for spec in (charts.claims_chart(seed_tables["claims"], seed_tables["articles"]).to_dict(),
                 charts.tracker_chart(charts.tracker_data(seed_tables["claims"], seed_tables["articles"], events),
                                      seed_tables["articles"], width=charts.NARROW).to_dict()):
        layers = [layer for panel in spec["vconcat"] for layer in (panel.get("spec", panel))["layer"]]
        caps = [layer for layer in layers if layer["mark"]["type"] == "tick"]
        dots = [layer for layer in layers if layer["mark"]["type"] == "point"]
        # (the Tracker's layers also filter by where a mark stands across its day: see _dodge_across)
        assert caps and all(layer["transform"][-1] == {"filter": "(datum.qualifier === 'range')"} for layer in caps)
        assert dots and all(layer["transform"][-1] == {"filter": "(!(datum.qualifier === 'range'))"}
                            for layer in dots)


def test_inferred_names_are_marked(seed_tables):
    data = charts.claims_chart_data(seed_tables["claims"], seed_tables["articles"])
    monitor = data[data["figure"] == "6"].iloc[0]
    assert monitor["inferred"] and monitor["claimant"].endswith(charts.INFERRED_MARK)
    named = data[data["figure"] == "20"].iloc[0]
    assert not named["inferred"]
    note = " ".join(charts.claims_chart(seed_tables["claims"], seed_tables["articles"]).to_dict()["title"]["subtitle"])
    assert "a monitor group" in note


def test_ranges_are_never_averaged(seed_tables):
    data = charts.claims_chart_data(seed_tables["claims"])
    erdogan = data[data["claimant"] == "Recep Tayyip Erdogan"].iloc[0]
    assert (erdogan["low"], erdogan["high"], erdogan["figure"]) == (30, 35, "30 to 35")
    bound = data[data["qualifier"] == "at_least"].iloc[0]
    assert bound["figure"] == "at least 4"


def test_undated_claims_stay_off_the_chart(seed_tables):
    data = charts.claims_chart_data(seed_tables["claims"])
    undated = seed_tables["claims"][seed_tables["claims"]["event_date"].isna()]
    assert not undated.empty and not set(undated["claim_id"]) & set(data["claim_id"])


def test_claims_svg_names_every_claimant(seed_tables):
    svg = charts.to_svg(charts.claims_chart(seed_tables["claims"], seed_tables["articles"]))
    for claimant in set(charts.claims_chart_data(seed_tables["claims"])["claimant"]):
        for line in charts._wrap_label(claimant, 34).split("|"):
            assert line in svg


def test_map_places_only_sourced_posts(seed_tables, posts):
    points = charts.map_points(seed_tables["places"], posts, seed_tables["claims"], seed_tables["deployments"])
    placed = set(points.loc[points["kind"] == "Turkish observation post", "name"])
    unplaced = set(charts.posts_without_coordinates(posts)["name"])
    assert placed and unplaced and not placed & unplaced
    assert {"Dana", "Saraqeb"} <= set(points["name"])
    # "the region of Idlib" is the governorate: shaded, never a point on Idlib city
    assert "Idlib" not in set(points["name"])
    assert charts.areas_reported(seed_tables["claims"], seed_tables["places"]) == ["Idlib"]
    dana = points[points["name"] == "Dana"].iloc[0]
    # the caption's convoy passed through Dana on 2 February: the day it happened, not a report date
    assert "(on 2 February 2020)" in dana["note"] and "reported on" not in dana["note"]
    assert "fighting" not in dana["note"].lower()
    # a casualty figure's day is the day of the incident, not of the report
    saraqeb = points[points["name"] == "Saraqeb"].iloc[0]
    assert "casualties reported for 3 February 2020" in saraqeb["note"]
    svg = charts.to_svg(charts.map_chart(points, seed_tables["articles"], areas=["Idlib"]))
    for label in ("Dana", "Saraqeb", "TURKEY", "SYRIA", "Idlib province", "25 km"):
        assert label in svg


def test_map_credits_the_sources_of_its_coordinates(seed_tables, posts):
    points = charts.map_points(seed_tables["places"], posts, seed_tables["claims"], seed_tables["deployments"])
    subtitle = " ".join(charts.map_chart(points, seed_tables["articles"]).to_dict()["title"]["subtitle"])
    assert "post coordinates from" in subtitle and "Wikipedia" in subtitle
    assert "France 24" not in subtitle.split("places named:")[0]


def test_timeline_counts_posts_by_year_from_the_data(seed_tables, posts):
    events = charts.timeline_events(posts, seed_tables["claims"], seed_tables["deployments"])
    assert {"Observation post set up", "Deployment reported", "Casualties reported"} == set(events["lane"])
    assert "2020-02-02" in set(events["date"]) and "2020-02-03" in set(events["date"])
    dated = events[events["lane"] == "Observation post set up"]
    years = dated["date"].str[:4].value_counts()
    description = charts.timeline_description(events)
    for year, count in years.items():
        assert f"{count} in {year}" in description
    assert "between 2017 and 2018" not in description
    reinforcements = events[events["label"] == "reinforcements (Turkey)"].iloc[0]  # whose, its words not saying
    assert reinforcements["detail"].startswith("reported on 2 February 2020")


def test_a_deployment_with_no_day_is_drawn_on_its_articles_date_and_a_correction_is_said(seed_tables, posts):
    """Trial 31: checked deployments whose sentence names no day were told on the Story but missing from the
    timeline, with no word why; a corrected one was drawn with no mark of the correction."""
    deployments = seed_tables["deployments"].copy()
    posts_row = deployments["kind"] == "observation_posts"
    assert deployments.loc[posts_row, "date"].isna().all()  # "Turkey has 12 observation posts in the region"
    articles = seed_tables["articles"].assign(published="2020-02-03")  # (the seed's manifest gives no date)
    events = charts.timeline_events(posts, seed_tables["claims"], deployments, articles=articles)
    told = events[(events["lane"] == "Deployment reported") & (events["label"] == "observation posts (Turkey)")]
    assert list(told["date"]) == ["2020-02-03"]  # the article's date
    assert told["detail"].iloc[0] == "the article's date (its sentence names no day), per FRANCE 24"
    assert events[events["label"] == "observation posts (Turkey)"].shape[0] == 1
    undated = charts.timeline_events(posts, seed_tables["claims"], deployments, articles=seed_tables["articles"])
    assert "observation posts (Turkey)" not in set(undated["label"])  # no publication date known: not drawn
    deployments["review_status"] = "corrected"
    events = charts.timeline_events(posts, seed_tables["claims"], deployments, articles=articles)
    assert events[events["lane"] == "Deployment reported"]["detail"].str.endswith("(corrected by an editor)").all()


def test_a_figure_an_editor_corrected_says_so_on_the_tracker(seed_tables):
    """Trial 31: a day an editor gave a figure (its article gives none) read on the Tracker as the article's own."""
    claims = seed_tables["claims"].copy()
    events = events_table(review.published(claims), load_reference().places)
    plain = charts.tracker_data(claims, seed_tables["articles"], events)
    four = claims["quantity_text"] == "At least four"
    claims.loc[four, "review_status"] = "corrected"
    unchanged = charts.tracker_data(claims, seed_tables["articles"], events)
    # (a "correction" that leaves every field as the machine read it is no correction to mark: trial 39)
    assert list(unchanged["figure"]) == list(plain["figure"])
    claims.loc[four, "number_low"] = 5
    marked = charts.tracker_data(claims, seed_tables["articles"], events)
    changed = marked[marked["figure"] != plain["figure"]]
    assert list(changed["claim_id"]) == list(claims.loc[four, "claim_id"])
    assert changed["figure"].iloc[0] == "at least 5 (corrected)"
    drawn = charts.claims_chart_data(claims, seed_tables["articles"])  # the Story's chart and its table too
    assert drawn.set_index("claim_id").loc[changed["claim_id"].iloc[0], "figure"] == "at least 5 (corrected)"
    assert "(corrected)" not in charts.claims_finding(claims, seed_tables["articles"])  # (the title: its finding)
    assert "(corrected): an editor corrected" in charts.marker_note(drawn)


def test_a_figure_whose_source_or_day_alone_was_corrected_says_which(seed_tables):
    """Trial 37: "(corrected)" beside a figure whose source alone an editor corrected read as a changed number."""
    from explainer.notebook import corrected_note

    claims = seed_tables["claims"].copy()
    four = claims["quantity_text"] == "At least four"
    claims.loc[four, "review_status"] = "corrected"
    claims.loc[four, "claimant"] = "Turkish Foreign Ministry"  # (the machine's stays in machine_claimant)
    drawn = charts.claims_chart_data(claims, seed_tables["articles"]).set_index("claim_id")
    assert drawn.loc[claims.loc[four, "claim_id"].iloc[0], "figure"] == "at least 4 (source corrected)"
    assert "(source corrected): an editor corrected its source, not the figure." in charts.marker_note(drawn)
    assert "(corrected): an editor corrected what" not in charts.marker_note(drawn)
    row = claims[four].iloc[0]  # (the tables of the Claims and Story pages say it alike)
    assert "(source corrected by an editor: " in corrected_note(row, inline=True)
    claims.loc[four, "number_low"] = 5  # the source and the figure: plainly corrected
    drawn = charts.claims_chart_data(claims, seed_tables["articles"]).set_index("claim_id")
    assert drawn.loc[claims.loc[four, "claim_id"].iloc[0], "figure"] == "at least 5 (corrected)"
    claims.loc[four, ["claimant", "number_low"]] = claims.loc[four, ["machine_claimant", "machine_number_low"]].values
    row = claims[four].iloc[0]  # an editor's values the same as the machine's: nothing to mark
    assert charts.corrected_mark(row) == "" and corrected_note(row) == ""


def test_legends_list_only_present_categories(seed_tables, posts):
    spec = _all_charts(seed_tables, posts)["timeline"].to_dict()
    values = [v for v in _find(spec, "values") if isinstance(v, list) and v and isinstance(v[0], str)]
    assert values and all("Rebels" not in v for v in values)


def _find(spec, key):
    if isinstance(spec, dict):
        for k, value in spec.items():
            if k == key:
                yield value
            yield from _find(value, key)
    elif isinstance(spec, list):
        for item in spec:
            yield from _find(item, key)


def test_phone_charts_keep_text_at_11px(seed_tables, posts):
    import re

    phone = _all_charts(seed_tables, posts, width=charts.NARROW)
    events = read_table("events", seed_tables["folder"])
    phone["tracker"] = charts.tracker_chart(charts.tracker_data(seed_tables["claims"], seed_tables["articles"], events),
                                            seed_tables["articles"], width=charts.NARROW)
    for name, chart in phone.items():
        svg = charts.to_svg(chart)
        width = float(re.search(r'<svg[^>]* width="([\d.]+)"', svg)[1])
        assert width <= 358, name  # shown at its own size in a 390 px screen's 358 px column
        sizes = [float(s) for s in re.findall(r'font-size="([\d.]+)px"', svg)]
        # on a 360 px screen (328 px column) the chart shrinks a little: its text still reads at 11 px or more
        assert sizes and min(sizes) * min(1, 328 / width) >= 11, (name, min(sizes))


def test_tracker_runs_in_date_order():
    claims = pd.DataFrame([
        {"claim_id": c, "article_id": "a", "event_date": d, "governorate": "Idlib", "victim_side": "turkey",
         "outcome": "killed", "qualifier": "exact", "number_low": n, "number_high": n, "claimant": "X",
         "claimant_as_written": "X", "quote": "q", "event_id": f"e{d}", "duplicate_of": None}
        for c, d, n in (("c1", "2020-02-10", 5), ("c2", "2020-02-03", 4), ("c3", "2017-04-15", 1))])
    articles = pd.DataFrame([{"article_id": "a", "outlet": "Outlet", "published": "2020-03-01", "headline": "H"}])
    events = pd.DataFrame({"event_id": ["e2020-02-10", "e2020-02-03", "e2017-04-15"],
                           "label": ["10 February 2020", "3 February 2020", "15 April 2017"]})
    data = charts.tracker_data(claims, articles, events)
    assert list(data["event"]) == ["15 April 2017", "3 February 2020", "10 February 2020"]


def test_charts_grow_with_the_data(seed_tables, both_tables, posts):
    seed_rows = len(charts.claims_chart_data(seed_tables["claims"]))
    both_rows = len(charts.claims_chart_data(both_tables["claims"]))
    assert both_rows > seed_rows
    svg = charts.to_svg(charts.claims_chart(both_tables["claims"], both_tables["articles"]))
    assert "Wikipedia" in svg  # the second article's outlet reaches the source line
    # where an incident's figures come from several articles, each row names its article by a number keyed under
    # the chart; an incident reported by one article needs no number
    data = charts.claims_chart_data(both_tables["claims"], both_tables["articles"])
    article_of = dict(zip(both_tables["claims"]["claim_id"], both_tables["claims"]["article_id"]))
    several = data["claim_id"].map(article_of).groupby(data["incident"]).transform("nunique") > 1
    numbered = data["claimant"].str.contains(r"\([12]\)", regex=True)
    assert several.any() and (~several).any()
    assert (numbered == several).all()
    key = charts.article_key(data)
    assert key[0].startswith("(1) FRANCE 24, “Syrian govt shelling") and key[1].startswith("(2) Wikipedia")
    subtitle = " ".join(charts.claims_chart(both_tables["claims"], both_tables["articles"]).to_dict()["title"]["subtitle"])
    assert "(2) Wikipedia" in subtitle
    seed_events = charts.timeline_events(posts, seed_tables["claims"], seed_tables["deployments"])
    both_events = charts.timeline_events(posts, both_tables["claims"], both_tables["deployments"])
    assert len(both_events) > len(seed_events)


def test_one_colour_per_side_in_every_chart():
    scale = charts.side_colour().to_dict()
    assert len(set(scale["range"])) == len(scale["domain"]) == len(charts.SIDE_LABELS)


def test_theme_is_registered_and_enabled():
    assert "explainer" in alt.theme.names()
    assert alt.theme.active == "explainer"


def _assert_apart(placed, top, height):
    """Each label's top line clears the whole label below it, the lowest clears the axis, the highest stays in the
    panel: in pixels of a panel ``height`` px tall whose scale runs 0 to ``top``."""
    ys = [y / top * height for y in placed["label_y"]]
    lines = [t.count("|") + 1 for t in placed["tag"]]
    assert ys[0] >= lines[0] * 15 - 1e-9 and max(ys) <= height + 1e-9
    for below in range(len(ys) - 1):
        # (with a gap between them: two labels at one point read as touching)
        assert ys[below + 1] - ys[below] >= lines[below + 1] * 15 + charts.LABEL_GAP_PX - 1e-9


def test_tracker_labels_never_overlap():
    rows = pd.DataFrame({"high": [3, 3, 4, 7], "tag": ["A: 3", "B|long: 3", "C: 4", "D: 7"]})
    placed, height = charts._dodge(rows, top=8, height=100)
    _assert_apart(placed, 8, height)
    # (the panel grows a little, 100 to 116 px, so that every label starts at or above its own figure)
    assert 100 < height < 120 and all(y >= h for y, h in zip(placed["label_y"], placed["high"]))


def test_two_figures_of_one_day_and_value_stand_side_by_side():
    rows = pd.DataFrame({"reported": ["2020-02-03", "2020-02-03", "2020-02-03", "2020-02-04"],
                         "low": [4, 4, 9, 4], "high": [4, 4, 9, 4]})
    assert charts._dodge_across(rows) == [-0.5, 0.5, 0.0, 0.0]


def test_two_close_figures_of_one_day_stand_side_by_side_where_their_marks_would_overlap():
    """Trials 29 and 30: "as many as 33" and "at least 34" on one day, a scale of hundreds: one triangle on the
    other. Side by side where less than a mark apart at the panel's scale; where the scale parts them, each alone."""
    rows = pd.DataFrame({"reported": ["2020-02-03"] * 3 + ["2020-02-04"], "low": [None, 34, 300, 34],
                         "high": [33, None, 300, 34]})
    assert charts._dodge_across(rows, px_per_person=100 / 400) == [-0.5, 0.5, 0.0, 0.0]
    assert charts._dodge_across(rows, px_per_person=20) == [0.0, 0.0, 0.0, 0.0]  # 20 px a person: apart


def test_the_mark_whose_label_was_moved_stands_left_and_its_leader_starts_at_it():
    """Trial 27: "at least 4" (its label level with it) and another source's 4 (its label moved up, with a leader
    line) side by side: the label "at least 4" sat beside the other source's dot. The moved label's mark stands
    leftmost, so the mark beside each unmoved label is its own."""
    rows = pd.DataFrame({"reported": ["2020-02-03"] * 3, "low": [4, 4, 9], "high": [4, 4, 9]})
    assert charts._dodge_across(rows, pd.Series([False, True, False])) == [0.5, -0.5, 0.0]
    assert charts._dodge_across(rows) == [-0.5, 0.5, 0.0]


def test_two_tracker_labels_at_one_point_keep_a_gap():
    """Two sources giving the same figure on the same day: the second label stands a clear gap above the first."""
    rows = pd.DataFrame({"high": [5, 5], "tag": ["Monitor: 5", "Ministry: 5"]})
    placed, height = charts._dodge(rows, top=10, height=100)
    low, high = sorted(y / 10 * height for y in placed["label_y"])
    assert high - low == 15 + charts.LABEL_GAP_PX


def test_a_crowded_tracker_panel_keeps_its_scale_ticks_each_day_once_and_labels_apart():
    """A trial's panel: ten figures from 1 to 20 from one monitor reported on 25 February, three from a charity on
    the 26th. Its y axis ran to 2,000 (20,000 on a phone) as the labels pushed the scale up, "25 Feb 2020" was drawn
    twice and the labels lay on top of each other."""
    figures = [(20, "at least 20", "at_least", "25"), (9, "9 (part of a larger figure)", "exact", "25"),
               (10, "10", "exact", "25"), (6, "6 (part of a larger figure)", "exact", "25"), (6, "6", "exact", "25"),
               (4, "4", "exact", "25"), (1, "1 (part of a larger figure)", "exact", "25"),
               (2, "2 (part of a larger figure)", "exact", "25"), (3, "3", "exact", "25"),
               (10, "at least 10", "at_least", "26"), (3, "at least 3", "at_least", "26"), (4, "4", "exact", "26")]
    rows = pd.DataFrame([{
        "reported": f"2020-02-{day}", "event": "25 February 2020, Idlib: civilians", "event_date": "2020-02-25",
        "claimant": ("Syrian Observatory for Human Rights (1) [%d]" % i) if day == "25" else "Save the Children (2)",
        "article": day, "article_id": day, "article_no": 1 if day == "25" else 2, "figure": text,
        "qualifier": qualifier, "low": n, "high": n, "side": "Civilians", "claim_id": f"c{i}",
        "label": f"Monitor: {text} killed", "incident": "25 February 2020, Idlib"}
        for i, (n, text, qualifier, day) in enumerate(figures)])
    articles = pd.DataFrame({"article_id": ["25", "26"], "outlet": ["Observatory News", "Save the Children"],
                             "credit_line": ["", ""]})
    for width in (charts.WIDTH, charts.NARROW):
        full = charts.tracker_chart(rows, articles, width=width).to_dict()
        spec = full["vconcat"][0]
        tops = {layer["encoding"]["y"]["scale"]["domain"][1] for layer in spec["layer"]
                if "scale" in layer["encoding"].get("y", {})}
        assert len(tops) == 1 and 20 <= tops.pop() <= 30, width  # the axis fits the figures, not the labels
        axis = spec["layer"][0]["encoding"]["x"]["axis"]
        assert len(axis["values"]) == 2, width  # one tick per day reported
        placed = pd.DataFrame(full["datasets"][(spec.get("data") or full["data"])["name"]])
        if placed["tag"].astype(bool).any():
            assert placed["tag"].astype(bool).all()
            _assert_apart(placed.sort_values("label_y"), max(rows["high"].max() * 1.2, 5) // 1, spec["height"])
        else:  # too many to name: the title sends the reader to the table
            assert "table below" in " ".join(spec["title"]["text"])


def test_a_label_moved_off_its_figure_is_joined_to_it_by_a_line():
    """A trial's panel: 'at least 21', then its parts 9 and 5, then 1, from one outlet on one day. The labels, pushed
    apart, sat level with the wrong dots ("[2]: 5" beside the dot at 9): a label moved off its figure's height is
    joined to its figure by a line; one that stays level with it needs none."""
    figures = [(21, "at least 21", "at_least"), (9, "[3]: 9 (part of a larger figure)", "exact"),
               (5, "[2]: 5 (part of a larger figure)", "exact"), (1, "[4]: 1", "exact")]
    rows = pd.DataFrame([{
        "reported": "2020-02-26", "event": "25 February 2020, Idlib: civilians", "event_date": "2020-02-25",
        "claimant": "OCHA (in its own words)", "article": "a", "article_id": "a", "article_no": 1, "figure": text,
        "qualifier": qualifier, "low": n, "high": n, "side": "Civilians", "claim_id": f"c{i}",
        "label": f"OCHA: {text} killed", "incident": "25 February 2020, Idlib"}
        for i, (n, text, qualifier) in enumerate(figures)])
    articles = pd.DataFrame({"article_id": ["a"], "outlet": ["OCHA"], "credit_line": [""]})
    for width in (charts.WIDTH, charts.NARROW):
        full = charts.tracker_chart(rows, articles, width=width).to_dict()
        spec = full["vconcat"][0]
        placed = pd.DataFrame(full["datasets"][(spec.get("data") or full["data"])["name"]])
        leaders = [layer for layer in spec["layer"] if layer["mark"]["type"] == "rule" and "y2" in layer["encoding"]
                   and layer["encoding"]["y2"]["field"] == "label_y"]
        assert leaders and all("datum.moved" in layer["transform"][0]["filter"] for layer in leaders), width
        moved = placed[placed["moved"]]
        assert len(moved) >= 1, width
        assert ((moved["label_y"] - moved["high"]).abs() > 0).all()
        assert not placed.loc[~placed["moved"], "tag"].astype(bool).any() or \
            ((placed.loc[~placed["moved"], "label_y"] - placed.loc[~placed["moved"], "high"]).abs()
             * spec["height"] / spec["layer"][-1]["encoding"]["y"]["scale"]["domain"][1] <= 3).all()


def test_article_labels_use_the_page_title_when_there_is_no_headline():
    articles = pd.DataFrame([
        {"article_id": "a", "outlet": "Wikipedia", "headline": None, "published": None,
         "url": "https://en.wikipedia.org/wiki/Second_Northern_Syria_Buffer_Zone"},
        {"article_id": "b", "outlet": "Wikipedia", "headline": None, "published": None,
         "url": "https://en.wikipedia.org/wiki/Syrian_civil_war"}])
    labels = charts.article_labels(articles)
    assert labels == {"a": "Wikipedia, “Second Northern Syria Buffer Zone”", "b": "Wikipedia, “Syrian civil war”"}


def test_a_chart_credits_only_the_articles_whose_figures_it_draws(both_tables):
    claims, articles = both_tables["claims"], both_tables["articles"]
    data = charts.claims_chart_data(claims, articles)
    article_of = dict(zip(claims["claim_id"], claims["article_id"]))
    per_incident = data["claim_id"].map(article_of).groupby(data["incident"]).agg(set)
    alone = next(incident for incident, ids in per_incident.items() if ids == {"wikipedia-turkish-involvement-2020"})
    subtitle = " ".join(charts.claims_chart(claims, articles, incident=alone).to_dict()["title"]["subtitle"])
    assert "Wikipedia" in subtitle and "France 24" not in subtitle


def _tracker_rows(event, outcome, figures, article_id):
    return [{"reported": f"2020-02-{10 + i:02d}", "event": event, "event_date": "2020-02-09", "claimant": "Monitor",
             "article": article_id, "article_id": article_id, "article_no": 1, "figure": str(n), "qualifier": "exact",
             "low": n, "high": n, "side": "Rebels", "claim_id": f"{article_id}-{event}-{outcome}-{i}",
             "label": f"Monitor: {n} {outcome}", "incident": f"9 February 2020, {event}"}
            for i, n in enumerate(figures)]


def test_tracker_title_counts_incidents_and_credits_only_drawn_articles():
    rows = (_tracker_rows("A", "killed", [3, 5], "drawn") + _tracker_rows("B", "killed", [7, 9], "drawn")
            + _tracker_rows("A", "wounded", [2], "drawn"))
    for event in ("C", "D", "E"):  # three incidents with one figure per outcome: six panels left to the tables
        rows += _tracker_rows(event, "killed", [1], "hidden") + _tracker_rows(event, "wounded", [4], "hidden")
    articles = pd.DataFrame({"article_id": ["drawn", "hidden", "unused"],
                             "outlet": ["Drawn News", "Hidden Times", "Unused Post"], "credit_line": ["", "", ""]})
    chart = charts.tracker_chart(pd.DataFrame(rows), articles)
    title = " ".join(chart.title.text)
    assert title.startswith("2 incidents in date order")
    assert title == "2 incidents in date order: each source's figure on the day it was reported"
    subtitle = " ".join(chart.title.subtitle)
    # what is not drawn, under the title (trial 29 could not read the title that said it)
    assert ("Not drawn, in the tables below: 3 more incidents and 1 more figure of the incidents drawn, each the only "
            "figure for its incident and outcome.") in subtitle
    assert "Drawn News" in subtitle and "Hidden Times" not in subtitle and "Unused Post" not in subtitle


def test_tracker_counts_incidents_as_the_story_does(seed_tables, both_tables):
    """An incident is a day and a governorate on every page: the tracker's panels (one per side hit and outcome)
    are not incidents. The seed's one incident has two sides hit: the story says it has no other incident, and the
    tracker must not say '2 incidents'."""
    from explainer import story

    for tables in (seed_tables, both_tables):
        claims, articles = tables["claims"], tables["articles"]
        events = read_table("events", tables["folder"])
        data = charts.tracker_data(claims, articles, events)
        incidents = charts.incidents(claims)
        drawn = incidents[incidents["label"].isin(set(data["incident"]))]
        title = " ".join(charts.tracker_chart(data, articles).title.text)
        description = charts.tracker_chart(data, articles).description
        if len(drawn) > 1:
            assert title.startswith(f"{len(drawn)} incidents in date order"), title
        else:
            assert "incidents" not in title, title
        assert f"about {len(drawn)} incident" in description
        others = story.other_incidents(claims).data
        assert ("no other dated incident" in others) == (len(incidents) == 1)
    seed_events = read_table("events", seed_tables["folder"])
    assert seed_events["victim_side"].nunique() > 1 and len(charts.incidents(seed_tables["claims"])) == 1


def test_one_spelling_per_outlet(seed_tables):
    """The manifest writes "France 24", the actors table and the seed's annotated claimant "FRANCE 24": the pages
    name the outlet one way, the actors table's, in credits as in its own-voice claims."""
    from explainer.tables import NOT_ATTRIBUTED

    claims, articles = seed_tables["claims"], seed_tables["articles"]
    own = set(claims.loc[claims["claimant_as_written"] == NOT_ATTRIBUTED, "claimant"])
    assert own == {"FRANCE 24"} == set(articles["outlet"])
    assert set(charts.outlet_names(articles).values()) == {"FRANCE 24"}
    assert charts.source_line(articles).startswith("Source: FRANCE 24 ")


def test_the_tracker_explains_the_star_of_an_inferred_name(seed_tables):
    """The tracker drew "Syrian Observatory for Human Rights*" with no word on the star (a new user's trial): its
    note, and its text alternative, say the name is inferred and what the article says, as the claims chart does."""
    events = read_table("events", seed_tables["folder"])
    data = charts.tracker_data(seed_tables["claims"], seed_tables["articles"], events)
    starred = data[data["claimant"].str.endswith(charts.INFERRED_MARK)]
    assert not starred.empty
    for width in (charts.WIDTH, charts.NARROW):
        chart = charts.tracker_chart(data, seed_tables["articles"], width=width)
        subtitle = " ".join(chart.title.subtitle)
        for as_written in starred["claimant_as_written"]:
            assert f"{charts.INFERRED_MARK} Name inferred" in subtitle and f"“{as_written}”" in subtitle
            assert f"“{as_written}”" in chart.description and "Name inferred" in chart.description


def test_the_timeline_says_why_it_draws_fewer_posts_than_the_table(seed_tables, posts):
    """A new user read "15 dated posts" above a table giving set-up dates for 18: the posts dated only 'before' or
    'by' a day are named as left out, in the title's words, the note and the text alternative."""
    events = charts.timeline_events(posts, seed_tables["claims"], seed_tables["deployments"])
    drawn = (events["lane"] == charts.LANES[0]).sum()
    listed = charts.numbered_posts(posts)
    bounded = listed["established"].str.match(r"^(before|by) ").sum()
    assert bounded and drawn == len(listed) - bounded
    for width in (charts.WIDTH, charts.NARROW):
        chart = charts.timeline_chart(events, seed_tables["articles"], width=width)
        assert " ".join(chart.title.text).startswith(f"{drawn} posts with a known set-up date")
        assert "before or by a day are in the table of posts, not drawn" in " ".join(chart.title.subtitle)
    assert "before or by a day are in the table of posts" in charts.timeline_description(events)


def test_a_source_address_keeps_its_brackets_and_a_publication_is_named_once():
    """The Deployments page cut "Timeline of the Syrian civil war (2020" and listed "ISWNews, ISWNews"."""
    from explainer import story

    names = charts.publication_names()
    cell = ("https://en.wikipedia.org/wiki/Timeline_of_the_Syrian_civil_war_(2020) (its timeline) | see "
            "(https://english.iswnews.com/1/post), https://english.iswnews.com/2/map.")
    found = charts.citations(cell, names)
    assert [url for _, url in found] == ["https://en.wikipedia.org/wiki/Timeline_of_the_Syrian_civil_war_(2020)",
                                         "https://english.iswnews.com/1/post", "https://english.iswnews.com/2/map"]
    assert found[0][0].endswith("(2020)”")
    html = story._source_links(found)
    assert html.count("ISWNews") == 1 and "page 1" in html and "page 2" in html
    table = story.posts_table(pd.DataFrame(observation_posts())).data
    text = re.sub(r"<[^>]+>", "", table)
    assert "(2020”" not in text and "Timeline of the Syrian civil war (2020)”" in text
    assert "ISWNews, ISWNews" not in text and "ISWNews (page 1, page 2)" in text


def test_the_story_names_the_sources_of_the_other_incidents(both_tables):
    """A new-user trial read "25 February 2020, Idlib: three figures from one source" and could not tell whose: a few
    sources are named, as the rest of the story names them."""
    from explainer import story

    claims, articles = both_tables["claims"], both_tables["articles"]
    items = re.findall(r"<li>(.*?)</li>", story.other_incidents(claims, articles=articles).data)
    few = [item for item in items if re.search(r"from (?:one|two|three) sources?", item)]
    assert few and all(re.search(r"from (?:one|two|three) sources? \(.+\)(?:; their figures differ for .+)?$", item)
                       for item in few), few
    # and says where they differ, as the lead does of the main incident (trial 29): the ministry's five and the
    # SOHR's six Turkish soldiers killed on 10 February
    assert any(item.startswith("10 February 2020") and item.endswith("; their figures differ for Turkish forces killed")
               for item in items), items


def test_the_trackers_data_table_names_each_figures_outcome():
    """A trial read a wounded figure among killed ones in the tracker's table, which had no outcome column: the
    committed page's table gives each figure's outcome."""
    notebook = json.loads((PROJECT_ROOT / "report" / "tracker.ipynb").read_text(encoding="utf-8"))
    html = "".join(text for cell in notebook["cells"] for output in cell.get("outputs", [])
                   for kind in ("text/html", "text/markdown") for text in output.get("data", {}).get(kind, []))
    table = html[html.index("<caption>The figures in the chart</caption>"):]
    table = table[:table.index("</table>")]
    assert '<th scope="col">Figure</th><th scope="col">Outcome</th>' in table
    assert "<td>killed</td>" in table and "<td>wounded</td>" in table


def test_the_note_on_second_figures_never_says_in_its_own_words():
    """A trial read "[2]: ... (another group or count, in its own words)" under a United Nations figure as the outlet's
    own words, which the pages say of an outlet's figures only."""
    data = pd.DataFrame({"claimant": ["United Nations", "United Nations [2]", "United Nations [3]"]})
    assert charts.marker_note(data.iloc[:2]) == ("[2]: a second figure from the same source and article for this side "
                                                 "and outcome (another group or count, as the source words it); never "
                                                 "added up.")
    assert "own words" not in charts.marker_note(data)


def test_labels_are_written_in_text_colours_that_read_on_white(seed_tables):
    """A trial read the grey 'side not stated' labels as too pale: the palette's grey, orange and green are mark
    colours (2.3 to 3.4:1 on white); labels take each side's colour darkened to WCAG AA's 4.5:1, without a second
    legend."""
    from explainer.sides import SIDE_COLOURS, SIDE_TEXT_COLOURS, contrast_on_white

    assert all(contrast_on_white(colour) >= 4.5 for colour in SIDE_TEXT_COLOURS.values())
    assert SIDE_TEXT_COLOURS["syria_government"] == SIDE_COLOURS["syria_government"]  # dark enough already
    events = read_table("events", seed_tables["folder"])
    for spec in (charts.claims_chart(seed_tables["claims"], seed_tables["articles"]).to_dict(),
                 charts.tracker_chart(charts.tracker_data(seed_tables["claims"], seed_tables["articles"], events),
                                      seed_tables["articles"]).to_dict()):
        layers = [layer for panel in spec["vconcat"] for layer in (panel.get("spec", panel))["layer"]]
        texts = [layer for layer in layers if layer["mark"]["type"] == "text"]
        assert texts and all(layer["encoding"]["color"] == {"field": "text_colour", "type": "nominal", "scale": None,
                                                             "legend": None} for layer in texts)
        assert all(colour in SIDE_TEXT_COLOURS.values() for dataset in spec["datasets"].values()
                   for row in dataset for colour in [row.get("text_colour")] if colour)


def test_panels_follow_the_legends_order_of_sides(seed_tables):
    """Trial 21: panels sorted by name put "People killed (side not stated)" first, above the parties' figures."""
    spec = charts.claims_chart(seed_tables["claims"], seed_tables["articles"]).to_dict()
    orders = [panel["facet"]["row"]["sort"] for panel in spec["vconcat"] if "facet" in panel]
    assert orders and all(order == sorted(order, key=lambda p: [label in p for label in charts.SIDE_LABELS.values()]
                                          .index(True)) for order in orders)
    rows = pd.DataFrame({"side": [charts.SIDE_LABELS["unspecified"], charts.SIDE_LABELS["turkey"]],
                         "panel": ["People killed (side not stated)", "Turkish forces killed"]})
    assert charts._panels_in_side_order(rows) == ["Turkish forces killed", "People killed (side not stated)"]


def test_the_map_and_timeline_credit_only_the_articles_they_draw_from(seed_tables, posts):
    """A trial: the BBC was credited under the map and the timeline though none of its figures or places was drawn
    there (its only claim had no day, its only places were governorates)."""
    articles = pd.concat([seed_tables["articles"], seed_tables["articles"].head(1).assign(
        article_id="wire-no-rows", outlet="Quiet Wire", credit_line="")], ignore_index=True)
    events = charts.timeline_events(posts, seed_tables["claims"], seed_tables["deployments"], articles=articles)
    subtitle = " ".join(charts.timeline_chart(events, articles).title.subtitle)
    assert "FRANCE 24" in subtitle and "Quiet Wire" not in subtitle
    points = charts.map_points(seed_tables["places"], posts, seed_tables["claims"], seed_tables["deployments"])
    areas = charts.areas_reported(seed_tables["claims"], seed_tables["places"])
    mapped = charts.articles_on_map(articles, seed_tables["places"], points, seed_tables["claims"], areas)
    assert list(mapped["article_id"]) == list(seed_tables["articles"]["article_id"])
    subtitle = " ".join(charts.map_chart(points, mapped).title.subtitle)
    assert "places named: FRANCE 24" in subtitle and "Quiet Wire" not in subtitle
    # with no place drawn from any article, the map credits none
    no_places = charts.map_chart(points[points["kind"] == "Turkish observation post"], articles.head(0))
    assert "places named" not in " ".join(no_places.title.subtitle)


def test_a_places_coordinate_is_credited_to_its_own_source(seed_tables, posts):
    """Trial 24: a town whose coordinate the places table takes from Wikipedia was shown as "Coordinate from:
    GeoNames" (every town was credited to GeoNames) on the map and in its table."""
    places = seed_tables["places"].head(0)
    places = pd.concat([places, pd.DataFrame([
        {"article_id": "a", "place": "Balyun", "kind": "town", "governorate": "Idlib", "country": "Syria",
         "lat": 35.7, "lon": 36.5, "mentions": 1, "source": "https://en.m.wikipedia.org./wiki/Balyun"}])])
    points = charts.map_points(places, posts, seed_tables["claims"].head(0), seed_tables["deployments"].head(0))
    assert points.loc[points["name"] == "Balyun", "source"].tolist() == ["Wikipedia"]
    subtitle = " ".join(charts.map_chart(points, seed_tables["articles"]).title.subtitle)
    assert "towns: Wikipedia;" in subtitle and "towns: GeoNames" not in subtitle


@pytest.mark.parametrize("channel, up, down", [("y", "triangle-up", "triangle-down"),
                                               ("x", "triangle-right", "triangle-left")])
def test_every_lower_bound_points_up_the_scale(channel, up, down):
    """A trial: the Tracker (a vertical scale) drew "more than 30" as a triangle pointing right, which its note
    does not explain; 'more than' is a lower bound as 'at least' is."""
    base = alt.Chart(pd.DataFrame({"low": [30, 4, 9], "high": [None, None, 9.0],
                                   "qualifier": ["more_than", "at_least", "at_most"]}))
    axis = (alt.Y if channel == "y" else alt.X)("low:Q")
    points = charts._figure_marks(base, "low", "high", axis, channel, 80)[-1].to_dict()
    scale = points["encoding"]["shape"]["scale"]
    shapes = dict(zip(scale["domain"], scale["range"]))
    assert shapes["more_than"] == shapes["at_least"] == up and shapes["at_most"] == down


def test_an_export_is_no_article_when_the_story_picks_its_lead():
    """Trial 29: a test export's rows made a day with one article "two articles", and the story led with it rather
    than with the day two articles reported."""
    base = {"qualifier": "exact", "outcome": "killed", "victim_side": "turkey", "governorate": "Idlib",
            "place": "Idlib", "scope": "incident", "duplicate_of": None, "review_status": "accepted"}
    claims = pd.DataFrame([
        {**base, "article_id": "a", "claim_id": "a-c001", "claimant": "Ministry", "event_date": "2020-02-03",
         "number_low": 4, "number_high": 4},
        {**base, "article_id": "ucdp-test", "claim_id": "ucdp-1-total", "claimant": "UCDP GED",
         "event_date": "2020-02-03", "number_low": 8, "number_high": 8},
        {**base, "article_id": "b", "claim_id": "b-c001", "claimant": "Ministry", "event_date": "2020-02-27",
         "number_low": 33, "number_high": 33},
        {**base, "article_id": "c", "claim_id": "c-c001", "claimant": "Monitor", "event_date": "2020-02-27",
         "number_low": 34, "number_high": 34}])
    assert list(charts.incidents(claims)["articles"]) == [1, 2]
    assert charts.main_incident(claims).startswith("2020-02-27")


@pytest.mark.parametrize("count, expected", [
    (4, "Source: A; B; C; D"),
    (6, "Source: 6 articles (A, B, C and 3 others; listed on the Data page)")])
def test_a_source_line_names_four_outlets_and_never_hides_one_behind_others(count, expected):
    """Trial 29: "(Doğru Haber, FRANCE 24 ..., One News Page and others" hid one name, UrduPoint."""
    names = "ABCDEF"[:count]
    articles = pd.DataFrame({"article_id": list(names), "outlet": list(names), "credit_line": "", "status": ""})
    assert charts.source_line(articles) == expected
