"""Charts: small functions that take tables from data/processed and return an ``alt.Chart``.

One theme, registered once here, gives every chart the same type, sizes and a colour-blind-safe palette with one
colour per side. Every chart carries a title that states the finding, a subtitle with the source line, and a text
alternative (``description``, which Vega writes as the SVG's aria-label). Charts are written as static SVG with
vl-convert, so pages need no JavaScript and no network.
"""

from __future__ import annotations

import json
import re
import textwrap
from datetime import date
from pathlib import Path

import altair as alt
import pandas as pd

from .events import report_dates
from .paths import REFERENCE_DIR

# Okabe-Ito palette: distinguishable with the common colour-vision deficiencies.
SIDE_COLOURS = {
    "turkey": "#D55E00",
    "syria_government": "#0072B2",
    "rebels": "#009E73",
    "civilians": "#CC79A7",
    "russia": "#E69F00",
    "unspecified": "#999999",
}
SIDE_LABELS = {
    "turkey": "Turkish forces",
    "syria_government": "Syrian government forces",
    "rebels": "Rebels",
    "civilians": "Civilians",
    "russia": "Russian forces",
    "unspecified": "Side not stated",
}
QUALIFIER_SHAPES = {
    "exact": "circle",
    "approximately": "circle",
    "range": "circle",
    "at_least": "triangle-right",
    "at_most": "triangle-left",
}
FONT = "Helvetica, Arial, sans-serif"  # system fonts only: the site loads no web fonts
TITLE_SIZE = 16
LABEL_SIZE = 12
WIDTH = 560


@alt.theme.register("explainer", enable=True)
def explainer_theme() -> alt.theme.ThemeConfig:
    """The project's one theme: left-anchored titles, system fonts, no chart junk."""
    return {
        "config": {
            "font": FONT,
            "view": {"stroke": None},
            "title": {"anchor": "start", "fontSize": TITLE_SIZE, "subtitleFontSize": LABEL_SIZE,
                      "subtitleColor": "#444444", "offset": 12},
            "axis": {"labelFontSize": LABEL_SIZE, "titleFontSize": LABEL_SIZE, "grid": False,
                     "domainColor": "#888888", "tickColor": "#888888"},
            "legend": {"labelFontSize": LABEL_SIZE, "titleFontSize": LABEL_SIZE, "orient": "bottom"},
            "header": {"labelFontSize": LABEL_SIZE, "titleFontSize": LABEL_SIZE},
            "range": {"category": list(SIDE_COLOURS.values())},
        }
    }


def side_colour() -> alt.Scale:
    """The same colour for a side in every chart."""
    return alt.Scale(domain=list(SIDE_LABELS.values()), range=list(SIDE_COLOURS.values()))


def source_line(articles: pd.DataFrame) -> str:
    """'Source: ...' naming the articles' outlets and credit lines."""
    outlets = []
    for _, row in articles.iterrows():
        name = row.get("outlet") if isinstance(row.get("outlet"), str) and row.get("outlet") else row["article_id"]
        credit = row.get("credit_line")
        label = f"{name} ({credit})" if isinstance(credit, str) and credit and credit.lower() != str(name).lower() \
            else str(name)
        if label not in outlets:
            outlets.append(label)
    return "Source: " + "; ".join(outlets) if outlets else "Source: the articles in data/raw"


def _figure_label(row) -> str:
    low, high = row["number_low"], row["number_high"]
    q = row["qualifier"]
    if q == "range":
        return f"{int(low)} to {int(high)}"
    if q == "at_least":
        return f"at least {int(low)}"
    if q == "at_most":
        return f"up to {int(high)}"
    if q == "approximately":
        return f"about {int(low)}"
    return f"{int(low)}"


def claims_chart_data(claims: pd.DataFrame) -> pd.DataFrame:
    """One row per claim with a number, ready to plot; vague claims (no number) are left to the table."""
    if "duplicate_of" in claims:
        claims = claims[claims["duplicate_of"].isna()]  # a syndicated copy is the same claim, counted once
    numeric = claims[claims["number_low"].notna() | claims["number_high"].notna()].copy()
    if numeric.empty:
        return pd.DataFrame(columns=["group", "claimant", "low", "high", "figure", "qualifier", "side", "outcome",
                                     "quote", "claim_id", "label"])
    numeric["low_plot"] = numeric["number_low"].fillna(numeric["number_high"])
    numeric["high_plot"] = numeric["number_high"].fillna(numeric["number_low"])
    numeric["side"] = numeric["victim_side"].map(SIDE_LABELS)
    # One panel per incident: claims are compared only with claims about the same day and the same people.
    day = pd.to_datetime(numeric["event_date"], errors="coerce").dt.strftime("%-d %B %Y").fillna("date not stated")
    numeric["group"] = numeric["side"] + " " + numeric["outcome"] + ", " + day
    numeric["figure"] = numeric.apply(_figure_label, axis=1)
    # The same figure from the same claimant about the same incident is one point, however often it was printed.
    numeric = numeric.drop_duplicates(subset=["group", "claimant", "figure", "qualifier"], keep="first")
    # A claimant with two figures in one panel ("seven soldiers, one contractor") gets one row for each.
    repeat = numeric.groupby(["group", "claimant"]).cumcount()
    numeric["claimant"] = numeric["claimant"].where(repeat == 0, numeric["claimant"] + " (" + (repeat + 1)
                                                    .astype(str) + ")")
    numeric["label"] = numeric["claimant"] + ": " + numeric["figure"]
    table = pd.DataFrame({
        "group": numeric["group"], "claimant": numeric["claimant"], "low": numeric["low_plot"].astype(int),
        "high": numeric["high_plot"].astype(int), "figure": numeric["figure"], "qualifier": numeric["qualifier"],
        "side": numeric["side"], "outcome": numeric["outcome"], "quote": numeric["quote"],
        "claim_id": numeric["claim_id"], "label": numeric["label"],
    })
    return _cap(table.sort_values(["group", "low", "claimant"], kind="stable").reset_index(drop=True))


MAX_CHART_ROWS = 2_000


def _cap(table: pd.DataFrame) -> pd.DataFrame:
    """Keep a chart's data small: the panels with the most claims, up to MAX_CHART_ROWS rows in all.

    A chart embeds its data; with thousands of articles the table behind it (and the downloads) keep every claim.
    """
    if len(table) <= MAX_CHART_ROWS:
        return table
    sizes = table.groupby("group").size().sort_values(ascending=False, kind="stable")
    kept, total = [], 0
    for group, size in sizes.items():
        if kept and total + size > MAX_CHART_ROWS:
            break
        kept.append(group)
        total += size
    return table[table["group"].isin(kept)].head(MAX_CHART_ROWS).reset_index(drop=True)


def claims_finding(claims: pd.DataFrame) -> str:
    """A title stating the widest disagreement: the lowest and highest claims about one side and outcome."""
    data = claims_chart_data(claims)
    if data.empty:
        return "No numeric casualty claims were found"
    best = None
    for group, rows in data.groupby("group", sort=True):
        if rows["claimant"].str.replace(r" \(\d+\)$", "", regex=True).nunique() < 2:
            continue
        low_row = rows.loc[rows["high"].idxmin()]
        high_row = rows.loc[rows["low"].idxmax()]
        spread = high_row["low"] - low_row["high"]
        if best is None or spread > best[0]:
            best = (spread, group, low_row, high_row)
    if best is None or best[0] <= 0:
        first = data.iloc[0]
        return f"{first['claimant']} claims {first['figure']} {_lower_first(first['group'])}"
    _, group, low_row, high_row = best
    return (f"{high_row['claimant']} claims {high_row['figure']} {_lower_first(group)}; "
            f"{low_row['claimant']} says {low_row['figure']}")


def _lower_first(text: str) -> str:
    """'Rebels killed' -> 'rebels killed'; proper adjectives ('Syrian', 'Turkish') keep their capital."""
    first, _, rest = text.partition(" ")
    if first in ("Rebels", "Civilians"):
        first = first.lower()
    return f"{first} {rest}".strip()


def claims_description(claims: pd.DataFrame) -> str:
    """The chart's text alternative: every plotted claim in one or two sentences."""
    data = claims_chart_data(claims)
    if data.empty:
        return "No numeric casualty claims to chart."
    parts = [f"{row.claimant}: {row.figure} {_lower_first(row.group)}" for row in data.itertuples()]
    return "Casualty figures as each source claims them, not verified. " + "; ".join(parts) + "."


def claims_chart(claims: pd.DataFrame, articles: pd.DataFrame) -> alt.FacetChart:
    """Who claims what: every claimant's figure side by side, one panel per side and outcome.

    An exact figure is a dot, a range a bar from low to high with both ends marked, "at least N" a triangle pointing
    to higher numbers, "up to N" one pointing lower. Figures are never averaged.
    """
    data = claims_chart_data(claims)
    sides = [label for label in SIDE_LABELS.values() if label in set(data["side"])]
    base = alt.Chart().encode(
        y=alt.Y("claimant:N", title=None, sort=None, axis=alt.Axis(labelLimit=200)),
        color=alt.Color("side:N", title="People hit", scale=side_colour(), legend=alt.Legend(values=sides)),
        tooltip=[alt.Tooltip("claimant:N", title="Claimant"), alt.Tooltip("figure:N", title="Figure"),
                 alt.Tooltip("group:N", title="Who and what"), alt.Tooltip("quote:N", title="Quote")],
    )
    # Each panel has its own scale from zero (a 3,138 must not squash a 6 elsewhere); the head room keeps labels in.
    data = data.assign(room=(data["high"] * 1.3).clip(lower=5))
    x = alt.X("low:Q", title="People (as claimed)", scale=alt.Scale(zero=True, nice=True))
    room = base.mark_point(opacity=0).encode(x=alt.X("room:Q"))
    ranges = base.transform_filter(alt.datum.qualifier == "range").mark_rule(strokeWidth=6, opacity=0.6).encode(
        x=x, x2="high:Q")
    ends = base.transform_filter(alt.datum.qualifier == "range").mark_point(filled=True, size=70).encode(
        x=alt.X("high:Q"))
    points = base.mark_point(filled=True, size=110).encode(
        x=x, shape=alt.Shape("qualifier:N", title="Figure", scale=alt.Scale(
            domain=list(QUALIFIER_SHAPES), range=list(QUALIFIER_SHAPES.values())), legend=None))
    labels = base.mark_text(align="left", dx=10, fontSize=LABEL_SIZE, color="#222222").encode(
        x=alt.X("high:Q"), text=alt.Text("figure:N"))
    return alt.layer(ranges, ends, points, labels, room, data=data).properties(width=WIDTH - 330).facet(
        row=alt.Row("group:N", title=None, sort=sorted(set(data["group"])),
                    header=alt.Header(labelAngle=0, labelAlign="left", labelAnchor="start", labelOrient="top",
                                      labelFontWeight="bold", labelPadding=4)),
        spacing=14,
    ).resolve_scale(y="independent", x="independent").properties(
        title=alt.Title(textwrap.wrap(claims_finding(claims), 60), subtitle=[
            "One row per claim, attributed and unverified; set side by side, never averaged.",
            "Triangle pointing right: 'at least'; pointing left: 'up to'; a bar: a range.",
            source_line(articles)]),
        description=claims_description(claims),
    )


def topojson_feature(topology: dict, object_name: str, feature_id: str) -> dict:
    """One feature of a TopoJSON topology as GeoJSON (quantised, delta-encoded arcs decoded).

    Embedding one country instead of the world keeps the chart spec small and quick to render.
    """
    scale = topology.get("transform", {}).get("scale", [1, 1])
    translate = topology.get("transform", {}).get("translate", [0, 0])
    decoded = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append([x * scale[0] + translate[0], y * scale[1] + translate[1]])
        decoded.append(points)

    def ring(indexes):
        coordinates = []
        for index in indexes:
            points = decoded[index] if index >= 0 else decoded[~index][::-1]
            coordinates.extend(points if not coordinates else points[1:])
        return coordinates

    geometry = next(g for g in topology["objects"][object_name]["geometries"] if str(g.get("id")) == feature_id)
    if geometry["type"] == "Polygon":
        coordinates = [ring(r) for r in geometry["arcs"]]
    else:
        coordinates = [[ring(r) for r in polygon] for polygon in geometry["arcs"]]
    return {"type": "Feature", "id": feature_id, "properties": geometry.get("properties", {}),
            "geometry": {"type": geometry["type"], "coordinates": coordinates}}


def _read_boundaries(reference_dir: Path) -> tuple[dict, dict]:
    folder = Path(reference_dir) / "boundaries"
    governorates = json.loads((folder / "syria-admin1.geojson").read_text(encoding="utf-8"))
    countries = json.loads((folder / "countries-50m.topojson").read_text(encoding="utf-8"))
    return governorates, topojson_feature(countries, "countries", "792")


def map_points(places: pd.DataFrame, posts: pd.DataFrame, claims: pd.DataFrame,
               deployments: pd.DataFrame) -> pd.DataFrame:
    """Points for the map: article places with a coordinate, and observation posts with a sourced coordinate."""
    rows = []
    event_places = set(claims["place"].dropna()) if not claims.empty else set()
    dated = {}
    for frame, column in ((claims, "event_date"), (deployments, "date")):
        if frame.empty:
            continue
        for _, row in frame.dropna(subset=[column]).iterrows():
            if isinstance(row.get("place"), str):
                dated.setdefault(row["place"], set()).add(row[column])
    seen = set()
    for _, place in places.dropna(subset=["lat", "lon"]).iterrows():
        if place["kind"] == "capital" or place["place"] in seen:
            continue
        seen.add(place["place"])
        days = sorted(dated.get(place["place"], []))
        note = ", ".join(date.fromisoformat(d).strftime("%-d %b %Y") for d in days)
        rows.append({"name": place["place"], "kind": "Fighting reported" if place["place"] in event_places
                     else "Place in the article", "lat": float(place["lat"]), "lon": float(place["lon"]),
                     "note": note, "source": place["source"]})
    for _, post in posts.iterrows():
        if post["lat"] and post["lon"] and post["kind"] != "town":
            rows.append({"name": post["name"], "kind": "Turkish observation post", "lat": float(post["lat"]),
                         "lon": float(post["lon"]), "note": post.get("established", ""),
                         "source": post["coord_basis"]})
    return pd.DataFrame(rows, columns=["name", "kind", "lat", "lon", "note", "source"])


def posts_without_coordinates(posts: pd.DataFrame) -> pd.DataFrame:
    """Observation posts with no sourced coordinate: listed under the map, never placed by guess."""
    missing = posts[(posts["kind"] != "town") & ((posts["lat"] == "") | (posts["lon"] == ""))]
    return missing[["name", "governorate", "established", "coord_basis"]].reset_index(drop=True)


POINT_KINDS = {"Turkish observation post": ("triangle-up", SIDE_COLOURS["turkey"]),
               "Fighting reported": ("diamond", "#000000"),
               "Place in the article": ("circle", "#555555")}


def map_chart(points: pd.DataFrame, articles: pd.DataFrame, reference_dir: Path = REFERENCE_DIR) -> alt.Chart:
    """Where: Idlib and its neighbouring governorates, Turkey's border, posts and the places in the reporting."""
    governorates, turkey_outline = _read_boundaries(reference_dir)
    for feature in governorates["features"]:
        feature["properties"]["is_idlib"] = feature["properties"].get("code_hasc") == "SY.ID"
    projection = alt.Projection(type="mercator", center=[36.7, 35.9], scale=9000, translate=[WIDTH / 2, 230])
    turkey = alt.Chart(alt.Data(values=[turkey_outline])).mark_geoshape(
        fill="#f3e1d6", stroke="#b0764f", strokeWidth=1.5).project(**projection.to_dict())
    syria = alt.Chart(alt.Data(values=governorates["features"])).mark_geoshape(stroke="#ffffff", strokeWidth=1
                                                                               ).encode(
        color=alt.condition("datum.properties.is_idlib", alt.value("#d9d9d9"), alt.value("#f0f0f0"))
    ).project(**projection.to_dict())
    kinds = list(POINT_KINDS)
    marks = alt.Chart(points).mark_point(filled=True, size=110, opacity=1).encode(
        longitude="lon:Q", latitude="lat:Q",
        shape=alt.Shape("kind:N", title=None, scale=alt.Scale(domain=kinds, range=[s for s, _ in POINT_KINDS.values()])),
        color=alt.Color("kind:N", title=None, scale=alt.Scale(domain=kinds, range=[c for _, c in POINT_KINDS.values()])),
        tooltip=[alt.Tooltip("name:N", title="Place"), alt.Tooltip("kind:N", title="What"),
                 alt.Tooltip("note:N", title="Dates"), alt.Tooltip("source:N", title="Coordinate source")],
    ).project(**projection.to_dict())
    labels = alt.Chart(points[points["kind"] != "Turkish observation post"]).mark_text(
        align="left", dx=8, dy=-6, fontSize=12, fontWeight="bold", color="#222222").encode(
        longitude="lon:Q", latitude="lat:Q", text="name:N").project(**projection.to_dict())
    border_label = alt.Chart(pd.DataFrame([{"lon": 36.35, "lat": 36.62, "text": "TURKEY"},
                                           {"lon": 36.55, "lat": 35.62, "text": "IDLIB"}])).mark_text(
        fontSize=13, fontWeight="bold", color="#8c6d5a").encode(longitude="lon:Q", latitude="lat:Q", text="text:N"
                                                                ).project(**projection.to_dict())
    named = sorted(points.loc[points["kind"] != "Turkish observation post", "name"])
    posts = int((points["kind"] == "Turkish observation post").sum())
    description = (f"Map of Idlib governorate in north-west Syria on the Turkish border, with {posts} Turkish "
                   f"observation posts that have a sourced coordinate and the places the reporting names: "
                   f"{', '.join(named)}.")
    border = alt.Chart(alt.Data(values=[turkey_outline])).mark_geoshape(
        fill=None, stroke="#b0764f", strokeWidth=2).project(**projection.to_dict())
    return alt.layer(turkey, syria, border, marks, labels, border_label).properties(
        width=WIDTH, height=460,
        title=alt.Title("Turkish posts ring the last rebel-held province, on Turkey's doorstep", subtitle=[
            "Observation posts with a sourced coordinate (village or hill, not surveyed positions) and places "
            "named in the articles.",
            source_line(articles) + "; observation posts: data/reference/observation_posts.csv; boundaries: "
                                    "Natural Earth"]),
        description=description,
    )


def _first_date(text: str) -> date | None:
    """The first full or month-only ISO date in a reference cell ("2018-02-05 (Reuters...)", "2017-10 ...")."""
    match = re.search(r"(\d{4})-(\d{2})(?:-(\d{2}))?", text or "")
    if not match:
        return None
    return date(int(match[1]), int(match[2]), int(match[3] or 1))


def timeline_events(posts: pd.DataFrame, claims: pd.DataFrame, deployments: pd.DataFrame) -> pd.DataFrame:
    """Dated events: posts established (from the reference data), deployments and claimed casualties."""
    rows = []
    for _, post in posts.iterrows():
        if post["kind"] == "town":
            continue
        day = _first_date(post["established"])
        if day is None or post["established"].startswith(("before", "by ")):
            continue  # an upper bound on the date is not a date
        precision = "month" if re.match(r"^\d{4}-\d{2}(?!-)", post["established"]) else "day"
        rows.append({"date": day.isoformat(), "lane": "Observation post set up", "label": post["name"],
                     "period": "2017-2019" if day.year < 2020 else "February 2020",
                     "detail": post["established"], "side": SIDE_LABELS["turkey"], "precision": precision})
    for _, fact in deployments.dropna(subset=["date"]).iterrows():
        rows.append({"date": fact["date"], "lane": "Deployment reported", "label": f"{fact['what']} ({fact['place']})",
                     "period": "February 2020", "detail": f"reported by {fact['claimant']}",
                     "side": SIDE_LABELS.get(fact["side"], SIDE_LABELS["unspecified"]), "precision": "day"})
    if not claims.empty:
        for (day, side, outcome), group in claims.dropna(subset=["event_date"]).groupby(
                ["event_date", "victim_side", "outcome"], sort=True):
            claimants = ", ".join(sorted(group["claimant"].unique()))
            rows.append({"date": day, "lane": "Casualties claimed", "label": f"{SIDE_LABELS[side]} {outcome}",
                         "period": "February 2020" if day.startswith("2020-02") else day[:4],
                         "detail": f"claimed by {claimants}", "side": SIDE_LABELS[side], "precision": "day"})
    frame = pd.DataFrame(rows, columns=["date", "lane", "label", "period", "detail", "side", "precision"])
    return frame.sort_values(["date", "lane", "label"], kind="stable").reset_index(drop=True)


def timeline_chart(events: pd.DataFrame, articles: pd.DataFrame) -> alt.Chart:
    """When: posts set up from 2017, then the days of February 2020 the articles report."""
    lanes = ["Observation post set up", "Deployment reported", "Casualties claimed"]
    periods = [p for p in ["2017-2019", "February 2020"] if p in set(events["period"])] or ["February 2020"]
    panels = []
    for period in periods:
        part = events[events["period"] == period]
        axis = alt.Axis(format="%b %Y" if period == "2017-2019" else "%-d %b", labelAngle=0, tickCount=5)
        chart = alt.Chart(part).mark_point(filled=True, size=90).encode(
            x=alt.X("date:T", title=period, axis=axis),
            y=alt.Y("lane:N", title=None, sort=lanes, scale=alt.Scale(domain=lanes)),
            color=alt.Color("side:N", title="Whose forces or people", scale=side_colour()),
            tooltip=[alt.Tooltip("date:T", title="Date", format="%-d %B %Y"), alt.Tooltip("label:N", title="What"),
                     alt.Tooltip("detail:N", title="Detail")],
        )
        # Posts are many and listed in a table; the few reported events get a label on the chart itself.
        reported = part[part["lane"] != "Observation post set up"]
        stacked = reported.groupby(["date", "lane"], sort=True)["label"].agg("\n".join).reset_index()
        labels = alt.Chart(stacked).mark_text(
            align="left", baseline="bottom", dx=8, dy=-8, fontSize=10, lineBreak="\n", color="#222222").encode(
            x=alt.X("date:T"), y=alt.Y("lane:N", sort=lanes, scale=alt.Scale(domain=lanes)), text="label:N")
        panels.append(alt.layer(chart, labels).properties(width=(WIDTH - 160) // len(periods), height=210))
    first_2020 = events[events["period"] == "February 2020"]["date"].min()
    posts = int((events["lane"] == "Observation post set up").sum())
    description = (f"Timeline: {posts} Turkish observation posts set up between 2017 and 2018 according to the "
                   f"reference data, then the events of February 2020 reported in the articles, from "
                   f"{first_2020 or 'no date'}.")
    return alt.hconcat(*panels).resolve_scale(x="independent").properties(
        title=alt.Title("Posts set up from 2017 were in the line of fire by February 2020", subtitle=[
            "Dates of posts from data/reference/observation_posts.csv; events as the articles report them.",
            source_line(articles)]),
        description=description,
    )


def tracker_data(claims: pd.DataFrame, articles: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """One row per distinct numeric claim: when it was reported, about which event, by whom, and its figure."""
    data = claims_chart_data(claims)
    if data.empty:
        return pd.DataFrame(columns=["reported", "event", "claimant", "figure", "low", "high", "side", "claim_id",
                                     "label"])
    reported = report_dates(articles, claims)
    by_claim = claims.set_index("claim_id")
    # A dataset has no report date of its own: its claims are placed at the event's date.
    data["reported"] = [reported.get(by_claim.loc[c, "article_id"], by_claim.loc[c, "event_date"])
                        for c in data["claim_id"]]
    labels = dict(zip(events["event_id"], events["label"]))
    data["event"] = [labels.get(by_claim.loc[c, "event_id"], "") for c in data["claim_id"]]
    data = data.dropna(subset=["reported"])
    data["label"] = data["claimant"] + ": " + data["figure"] + " " + data["outcome"]
    return data[["reported", "event", "claimant", "figure", "low", "high", "side", "claim_id", "label"]].sort_values(
        ["event", "reported", "claimant"], kind="stable").reset_index(drop=True)


def tracker_chart(data: pd.DataFrame, articles: pd.DataFrame) -> alt.FacetChart:
    """How each event's figures moved as reports came in: one panel per event, claims by report date."""
    base = alt.Chart().encode(
        x=alt.X("reported:T", title="Reported (publication date, else the latest day the article covers)",
                axis=alt.Axis(format="%-d %b %Y", labelAngle=0, tickCount=4)),
        color=alt.Color("side:N", title="People hit", scale=side_colour()),
        tooltip=[alt.Tooltip("claimant:N", title="Claimant"), alt.Tooltip("figure:N", title="Figure"),
                 alt.Tooltip("reported:T", title="Reported", format="%-d %B %Y")],
    )
    y = alt.Y("low:Q", title="People (as claimed)", scale=alt.Scale(zero=True))
    ranges = base.mark_rule(strokeWidth=5, opacity=0.6).encode(y=y, y2="high:Q")
    points = base.mark_point(filled=True, size=80).encode(y=y)
    labels = base.mark_text(align="left", dx=8, fontSize=11, color="#222222").encode(
        y=alt.Y("high:Q"), text=alt.Text("label:N"))
    panels = data["event"].nunique()
    return alt.layer(ranges, points, labels, data=data).properties(width=WIDTH - 200, height=110).facet(
        row=alt.Row("event:N", title=None, header=alt.Header(labelAngle=0, labelAlign="left", labelAnchor="start",
                                                              labelOrient="top", labelFontWeight="bold")),
        spacing=12,
    ).resolve_scale(y="independent").properties(
        title=alt.Title(f"{panels} events, each source's figure as it was reported", subtitle=[
            "A syndicated copy of a claim counts once. Ranges are bars; nothing is averaged.", source_line(articles)]),
        description=f"Tracker of {len(data)} distinct claims about {panels} events, by the date each was reported: "
                    + "; ".join(f"{r.event}: {r.claimant} {r.figure}" for r in data.itertuples()) + ".",
    )


def to_svg(chart: alt.TopLevelMixin) -> str:
    """The chart as a static SVG string (vl-convert; no browser, no network)."""
    import vl_convert as vlc

    return vlc.vegalite_to_svg(chart.to_json(validate=True))


def save_svg(chart: alt.TopLevelMixin, path: Path) -> Path:
    """Write the chart's SVG atomically."""
    from .files import atomic_write

    return atomic_write(path, to_svg(chart))
