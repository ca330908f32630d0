import altair as alt
import pandas as pd
import pytest

from explainer import charts
from explainer.pipeline import run_extract
from explainer.reference import observation_posts
from explainer.tables import read_table

from .conftest import EXAMPLE, SEED


def _tables(tmp_path, *articles):
    run_extract([str(a) for a in articles], tmp_path)
    return {name: read_table(name, tmp_path) for name in ("claims", "articles", "places", "deployments")}


@pytest.fixture(scope="module")
def seed_tables(tmp_path_factory):
    return _tables(tmp_path_factory.mktemp("seed"), SEED)


@pytest.fixture(scope="module")
def both_tables(tmp_path_factory):
    return _tables(tmp_path_factory.mktemp("both"), SEED, EXAMPLE)


@pytest.fixture(scope="module")
def posts():
    return pd.DataFrame(observation_posts())


def _all_charts(tables, posts):
    points = charts.map_points(tables["places"], posts, tables["claims"], tables["deployments"])
    events = charts.timeline_events(posts, tables["claims"], tables["deployments"])
    return {
        "claims": charts.claims_chart(tables["claims"], tables["articles"]),
        "map": charts.map_chart(points, tables["articles"]),
        "timeline": charts.timeline_chart(events, tables["articles"]),
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
    assert sorted(set(_marks(spec))) == ["point", "rule", "text"]
    layers = spec["spec"]["layer"]
    rule = next(layer for layer in layers if layer["mark"]["type"] == "rule")
    assert rule["encoding"]["x"]["field"] == "low" and rule["encoding"]["x2"]["field"] == "high"
    assert rule["encoding"]["x"]["type"] == "quantitative"
    assert spec["facet"]["row"]["field"] == "group"
    # the disagreement is in the title: Erdogan's 30 to 35 against the monitor's 6
    assert "30 to 35" in " ".join(spec["title"]["text"]) and "says 6" in " ".join(spec["title"]["text"])


def test_ranges_are_never_averaged(seed_tables):
    data = charts.claims_chart_data(seed_tables["claims"])
    erdogan = data[data["claimant"] == "Recep Tayyip Erdogan"].iloc[0]
    assert (erdogan["low"], erdogan["high"], erdogan["figure"]) == (30, 35, "30 to 35")
    bound = data[data["qualifier"] == "at_least"].iloc[0]
    assert bound["figure"] == "at least 4"


def test_claims_svg_names_every_claimant(seed_tables):
    svg = charts.to_svg(charts.claims_chart(seed_tables["claims"], seed_tables["articles"]))
    for claimant in set(charts.claims_chart_data(seed_tables["claims"])["claimant"]):
        assert claimant in svg


def test_map_places_only_sourced_posts(seed_tables, posts):
    points = charts.map_points(seed_tables["places"], posts, seed_tables["claims"], seed_tables["deployments"])
    placed = set(points.loc[points["kind"] == "Turkish observation post", "name"])
    unplaced = set(charts.posts_without_coordinates(posts)["name"])
    assert placed and unplaced and not placed & unplaced
    assert {"Dana", "Saraqeb", "Idlib"} <= set(points["name"])
    svg = charts.to_svg(charts.map_chart(points, seed_tables["articles"]))
    assert "Dana" in svg and "Saraqeb" in svg


def test_timeline_has_posts_convoy_and_clash(seed_tables, posts):
    events = charts.timeline_events(posts, seed_tables["claims"], seed_tables["deployments"])
    assert {"Observation post set up", "Deployment reported", "Casualties claimed"} == set(events["lane"])
    assert "2020-02-02" in set(events["date"]) and "2020-02-03" in set(events["date"])


def test_charts_grow_with_the_data(seed_tables, both_tables, posts):
    seed_rows = len(charts.claims_chart_data(seed_tables["claims"]))
    both_rows = len(charts.claims_chart_data(both_tables["claims"]))
    assert both_rows > seed_rows
    svg = charts.to_svg(charts.claims_chart(both_tables["claims"], both_tables["articles"]))
    assert "Wikipedia" in svg  # the second article's outlet reaches the source line
    seed_events = charts.timeline_events(posts, seed_tables["claims"], seed_tables["deployments"])
    both_events = charts.timeline_events(posts, both_tables["claims"], both_tables["deployments"])
    assert len(both_events) > len(seed_events)


def test_one_colour_per_side_in_every_chart():
    scale = charts.side_colour().to_dict()
    assert len(set(scale["range"])) == len(scale["domain"]) == len(charts.SIDE_LABELS)


def test_theme_is_registered_and_enabled():
    assert "explainer" in alt.theme.names()
    assert alt.theme.active == "explainer"
