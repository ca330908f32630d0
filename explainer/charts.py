"""Charts: small functions that take tables from data/processed and return an ``alt.Chart``.

One theme, registered once here, gives every chart the same type, sizes and a colour-blind-safe palette with one
colour per side (labels, colours and legend order from data/reference/sides.csv). Every chart carries a title that states the finding, a subtitle with the source line, and a text
alternative (``description``, which Vega writes as the SVG's aria-label). Charts are written as static SVG with
vl-convert, so pages need no JavaScript and no network.
"""

from __future__ import annotations

import json
import math
import re
import textwrap
from datetime import date
from pathlib import Path

import altair as alt
import pandas as pd

from . import deployment_review
from .datasets import DATASET_CREDITS, event_of
from .events import DATASET_STATUS, dataset_articles, report_dates
from .dates import day_words
from .notebook import (bound_words, corrected_field, corrected_fields, deployment_when, outcome_heading, panel_heading,
                       part_of)
from .paths import REFERENCE_DIR
from .reference import publication_names  # noqa: F401 (the pages name the posts' publications with it)
from .sides import SIDE_COLOURS, SIDE_LABELS, SIDE_TEXT_COLOURS  # data/reference/sides.csv: labels, colours, order
from .tables import NAMED_BY_EDITOR, NOT_ATTRIBUTED

QUALIFIER_SHAPES = {
    "exact": "circle",
    "approximately": "circle",
    "range": "circle",
    "at_least": "triangle-right",
    "more_than": "triangle-right",
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


def _panels_in_side_order(rows: pd.DataFrame) -> list[str]:
    """The panels of ``rows`` ordered as the sides are in the legend (data/reference/sides.csv)."""
    rank = {label: index for index, label in enumerate(SIDE_LABELS.values())}
    ordered = rows.assign(_rank=rows["side"].map(rank).fillna(len(rank))).sort_values(["_rank", "panel"], kind="stable")
    return list(dict.fromkeys(ordered["panel"]))


def side_text_colour() -> alt.Color:
    """A label's colour: its side's, darkened where the mark's colour would be too pale to read as text on white
    (sides.text_colour). Taken from the data's ``text_colour`` column as it is (no scale), so that it neither shares
    the marks' colour scale nor adds a legend."""
    return alt.Color("text_colour:N", scale=None, legend=None)


def with_text_colour(rows: pd.DataFrame) -> pd.DataFrame:
    """``rows`` with the ``text_colour`` of their side label (``side``) for side_text_colour."""
    by_label = {SIDE_LABELS[side]: SIDE_TEXT_COLOURS[side] for side in SIDE_LABELS}
    return rows.assign(text_colour=rows["side"].map(by_label).fillna("#222222"))


NARROW = 340  # a phone's column (360-390 px screens less the page margins): text stays at 11 px or more
INFERRED_MARK = "*"
EDITOR_MARK = "†"  # a source an editor named where the machine read none or another


def _story(story):
    from .storyconfig import load_story

    return story if story is not None else load_story()


def _text(value) -> str:
    return value.strip() if isinstance(value, str) else ""


UNNAMED_OUTLET = "an unnamed outlet"


class OutletNames(dict):
    """Article id -> outlet name, knowing which ids are dataset exports (named for their dataset, never its "own
    words")."""
    datasets: frozenset = frozenset()


def outlet_names(articles: pd.DataFrame) -> dict[str, str]:
    """Each article's outlet as a reader would name it (never a file name)."""
    names = OutletNames()
    for _, row in articles.iterrows():
        names[row["article_id"]] = _text(row.get("outlet")) or UNNAMED_OUTLET
    names.datasets = frozenset(dataset_articles(articles))
    return names


_day = day_words  # one way to write a day for readers (explainer.dates)


def _page_title(url) -> str:
    """A page's title from its address where the address spells it (".../wiki/Second_Northern_Syria_Buffer_Zone")."""
    from urllib.parse import unquote, urlparse

    if not isinstance(url, str) or not url:
        return ""
    last = unquote(urlparse(url).path.rstrip("/").rsplit("/", 1)[-1])
    return last.replace("_", " ") if re.search(r"[A-Za-z]{3}", last) and "." not in last else ""


def article_labels(articles: pd.DataFrame) -> dict[str, str]:
    """Each article as a reader can find it: outlet and publication date, else outlet and headline."""
    labels = {}
    for _, row in articles.iterrows():
        outlet = _text(row.get("outlet")) or "Unnamed outlet"
        published = _day(row.get("published")) if _text(row.get("published")) else ""
        headline = _text(row.get("headline"))
        if _text(row.get("status")) == DATASET_STATUS:  # an ACLED or UCDP file, not an article
            name = Path(_text(row.get("file"))).name or _text(row["article_id"])
            labels[row["article_id"]] = f"{outlet} dataset export {name}"
        elif published:
            labels[row["article_id"]] = f"{outlet}, {published}"
        elif headline or _page_title(row.get("url")):
            title = headline or _page_title(row.get("url"))
            short = textwrap.shorten(title, 48, placeholder=" …")  # whole words: never "in Id…"
            labels[row["article_id"]] = f"{outlet}, “{short}”"
        else:
            labels[row["article_id"]] = outlet
    # Two articles with the same label get their headline too, so none is ambiguous.
    counts = pd.Series(labels).value_counts()
    for article_id, label in list(labels.items()):
        if counts[label] > 1:
            headline = _text(articles.set_index("article_id").loc[article_id].get("headline"))
            if headline and headline not in label:
                labels[article_id] = f"{label}, “{textwrap.shorten(headline, 40, placeholder=' …')}”"
    return labels


def source_line(articles: pd.DataFrame) -> str:
    """'Source: ...' naming the articles' outlets and credit lines."""
    outlets = []
    for _, row in articles.iterrows():
        name = _text(row.get("outlet")) or "an unnamed outlet"
        credit = _text(row.get("credit_line"))
        label = f"{name} ({credit})" if credit and credit.lower() != name.lower() else name
        if _text(row.get("status")) == DATASET_STATUS:
            label = f"{name} dataset export"
        if label not in outlets:
            outlets.append(label)
    if len(outlets) > 4:
        # (counted apart: trial 21 read "4 articles and dataset exports" of three articles and one export; "others"
        # are always two or more: trial 29 found "and others" hiding one name no longer than the words)
        exports = sum(label.endswith(" dataset export") for label in outlets)
        counted = [f"{len(outlets) - exports} {'article' if len(outlets) - exports == 1 else 'articles'}"] + (
            [f"{exports} dataset {'export' if exports == 1 else 'exports'}"] if exports else [])
        return (f"Source: {' and '.join(counted)} ({', '.join(outlets[:3])} and {len(outlets) - 3} others; listed "
                "on the Data page)")
    return "Source: " + "; ".join(outlets) if outlets else "Source: no article"


# --- who says it: as the article says it, and whether the name is the article's or inferred ----------------------

_GENERIC = {"the", "and", "for", "group", "said", "says", "its", "their", "forces", "source", "sources"}


def _words(text: str) -> set[str]:
    return {w[:4] for w in re.findall(r"[a-z]+", text.lower()) if len(w) >= 3 and w not in _GENERIC}


def is_inferred(row) -> bool:
    """Whether the claimant's name is the project's identification rather than the article's words at that point.

    Uses the ``claimant_inferred`` column where the extraction provides it; otherwise compares the claimant with
    the words the article uses ("a monitor group", "she"): no shared word, acronym or spelling means inferred.
    """
    flag = row.get("claimant_inferred") if hasattr(row, "get") else None
    if flag is not None and not (isinstance(flag, float) and pd.isna(flag)) and flag is not pd.NA:
        return str(flag).lower() in ("true", "1", "yes")
    written, claimant = _text(row.get("claimant_as_written")), _text(row.get("claimant"))
    if not written or written == NOT_ATTRIBUTED or not claimant:
        return False
    if _words(written) & _words(claimant):
        return False
    squashed = re.sub(r"[^a-z]", "", claimant.lower())
    if squashed and squashed in re.sub(r"[^a-z]", "", written.lower()):
        return False
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", claimant) if w[0].isupper())
    acronyms = {w for w in re.findall(r"\b[A-Z]{2,}\b", written)}
    return not (initials and initials in acronyms)


def named_by_editor(row) -> bool:
    """A source an editor who checked the figure wrote in (the article's words for it were not read)."""
    return _text(row.get("claimant_as_written")) == NAMED_BY_EDITOR


def own_voice(row) -> bool:
    """A figure the article gives in its own voice, with no source named."""
    return _text(row.get("claimant_as_written")) == NOT_ATTRIBUTED


def _name_key(name: str) -> str:
    """A name as the actors table knows it (its canonical name), else as written, compared without case or 'the'."""
    from .reference import load_reference, name_key

    actor = load_reference().actors.by_name(name) if name else None
    return name_key(actor.canonical if actor else name)


def outlets_own(row, outlets: dict[str, str]) -> bool:
    """A figure in the article's own voice, or one its own outlet is named for ("Save the Children ... can confirm"
    in Save the Children's own release): the outlet's own words either way, one source, never two."""
    if own_voice(row):
        return True
    if row.get("article_id") in getattr(outlets, "datasets", ()):
        return False  # a dataset's figures are named for the dataset, as its event rows
    outlet, claimant = _text(outlets.get(row.get("article_id"), "")), _text(row.get("claimant"))
    return bool(outlet and claimant) and _name_key(outlet) == _name_key(claimant)


def source_label(row, outlets: dict[str, str]) -> str:
    """A short label for a chart: the claimant, '*' when the name is inferred, the outlet for its own figures."""
    if outlets_own(row, outlets):
        return f"{outlets.get(row['article_id'], 'The outlet')} (in its own words)"  # as the story words it
    if named_by_editor(row):
        return row["claimant"] + EDITOR_MARK
    return row["claimant"] + (INFERRED_MARK if is_inferred(row) else "")


def inferred_note(rows: pd.DataFrame) -> str:
    """The chart note for the marks of names: what the article says where a name is inferred ('*'), and which
    names an editor gave ('†')."""
    notes = []
    for _, row in rows.iterrows():
        if is_inferred(row) and not own_voice(row) and not named_by_editor(row):
            note = f"the article says “{row['claimant_as_written']}”"
            if note not in notes:
                notes.append(note)
    lines = [f"{INFERRED_MARK} Name inferred from elsewhere in the article: " + "; ".join(notes) + "."] if notes else []
    if any(named_by_editor(row) for _, row in rows.iterrows()):
        lines.append(f"{EDITOR_MARK} Source named by the editor who checked the figure, not read from the article.")
    return " ".join(lines)


# --- incidents: the same day and governorate ----------------------------------------------------------------------

def _incident_key(row) -> str:
    return f"{row['event_date']}|{_text(row.get('governorate'))}"


def incident_label(key: str) -> str:
    day, _, governorate = key.partition("|")
    return f"{_day(day)}, {governorate}" if governorate else _day(day)


def distinct_claims(claims: pd.DataFrame) -> pd.DataFrame:
    """Claims with syndicated copies removed (a copy of a claim is the same claim)."""
    if "duplicate_of" in claims:
        return claims[claims["duplicate_of"].isna()]
    return claims


def _dataset_rows(claims: pd.DataFrame) -> pd.Series:
    """Whether each claim is a row of an ACLED or UCDP export (explainer/datasets.py: credited to the dataset, its id
    the dataset's name and the event's), not an article's figure."""
    return claims["claimant"].isin(DATASET_CREDITS) & claims["claim_id"].astype(str).str.match(r"(?:acled|ucdp)-")


def incidents(claims: pd.DataFrame) -> pd.DataFrame:
    """Dated incidents (day and governorate) with how many articles (an export is none), sources and claims report
    each, by date."""
    dated = distinct_claims(claims).dropna(subset=["event_date"])
    columns = ["incident", "date", "label", "articles", "sources", "claims"]
    if dated.empty:
        return pd.DataFrame(columns=columns)
    # (a trial's story led with the day a test export added a second "article" to, not the day two articles and
    # three sources reported)
    dated = dated.assign(incident=dated.apply(_incident_key, axis=1),
                         article_id=dated["article_id"].where(~_dataset_rows(dated)))
    table = dated.groupby("incident").agg(date=("event_date", "first"), articles=("article_id", "nunique"),
                                          sources=("claimant", "nunique"), claims=("claim_id", "size")).reset_index()
    table["label"] = table["incident"].map(incident_label)
    return table[columns].sort_values(["date", "incident"], kind="stable").reset_index(drop=True)


def main_incident(claims: pd.DataFrame, story=None) -> str | None:
    """The incident the story leads with: the configured one, else the one most articles, then sources, report."""
    story = _story(story)
    table = incidents(claims)
    if table.empty:
        return None
    chosen = story.main_incident
    if isinstance(chosen, dict):
        key = f"{chosen.get('date')}|{chosen.get('governorate', '')}"
        if key in set(table["incident"]):
            return key
        from .exceptions import StoryConfigError
        raise StoryConfigError(f"main_incident {chosen} matches no dated claim", path=story.path,
                               hint="use main_incident: auto, or a date and governorate listed on the Claims page")
    ranked = table.sort_values(["articles", "sources", "claims", "date"], ascending=[False, False, False, True],
                               kind="stable")
    return ranked.iloc[0]["incident"]


def claims_of_incident(claims: pd.DataFrame, key: str | None) -> pd.DataFrame:
    if key is None or claims.empty:
        return claims.iloc[0:0]
    dated = claims.dropna(subset=["event_date"])
    return dated[dated.apply(_incident_key, axis=1) == key]


# --- who claims what ------------------------------------------------------------------------------------------------

def _figure_label(row) -> str:
    """A chart's figure: the source's bound or range, and for a part of a larger figure ("including five children")
    that it is one, so two points of one source never read as two tolls."""
    return _bare_figure_label(row) + part_of(row, None, "")


def _bare_figure_label(row) -> str:
    low = None if pd.isna(row["number_low"]) else f"{int(row['number_low']):,}"
    high = None if pd.isna(row["number_high"]) else f"{int(row['number_high']):,}"
    q = row["qualifier"]
    said = bound_words(q, row.get("quantity_text"))  # the source's own word: "nearly 200", not "up to 200"
    if said:
        return f"{said} {high if q == 'at_most' else low}"
    if q == "range":
        return f"{low} to {high}"
    if q == "at_least":
        return f"at least {low}"
    if q == "at_most":
        return f"up to {high}"
    if q == "approximately":
        return f"about {low}"
    return f"{low or high}"


CHART_COLUMNS = ["group", "incident", "claimant", "source", "article", "article_no", "low", "high", "figure", "qualifier", "side",
                 "outcome", "quote", "claim_id", "label", "inferred"]


def claims_chart_data(claims: pd.DataFrame, articles: pd.DataFrame | None = None,
                      incident: str | None = None) -> pd.DataFrame:
    """One row per dated claim with a number, ready to plot; vague and undated claims are left to the tables.

    ``incident`` keeps one incident's rows (a chart of it): articles are then numbered over those rows only."""
    claims = distinct_claims(claims)
    # A part of a larger figure ("including five children", "one of them seriously") is never drawn beside tolls:
    # the pages list it with its whole (a trial read one outlet's "1" beside another's "9" as its count)
    whole = ~claims["subset"].fillna(False).astype(bool) if "subset" in claims else True
    numeric = claims[(claims["number_low"].notna() | claims["number_high"].notna())
                     & claims["event_date"].notna() & whole].copy()
    if numeric.empty:
        return pd.DataFrame(columns=CHART_COLUMNS)
    from .events import place_tags

    places = place_tags(numeric)  # " in Binnish" where one panel holds figures for different places
    outlets = outlet_names(articles) if articles is not None else {}
    labels = article_labels(articles) if articles is not None else {}
    numeric["low_plot"] = numeric["number_low"].fillna(numeric["number_high"])
    numeric["high_plot"] = numeric["number_high"].fillna(numeric["number_low"])
    numeric["side"] = numeric["victim_side"].map(SIDE_LABELS)
    numeric["incident"] = numeric.apply(_incident_key, axis=1)
    if incident is not None:
        numeric = numeric[numeric["incident"] == incident].copy()
        if numeric.empty:
            return pd.DataFrame(columns=CHART_COLUMNS)
    # One panel per incident, side and outcome: claims are compared only about the same day and the same people.
    numeric["group"] = [panel_heading(side, outcome) for side, outcome in zip(numeric["side"], numeric["outcome"])]
    numeric["group"] += ", " + numeric["incident"].map(incident_label)
    numeric["figure"] = numeric.apply(_figure_label, axis=1) + places.reindex(numeric.index).fillna("")
    # A figure an editor corrected (its day, place, side or number) says so where it is drawn and in the chart's
    # table: trials read a day the editor gave, the article giving none, as the article's own
    if "review_status" in numeric.columns:
        numeric["figure"] = [figure + corrected_mark(row) for figure, (_, row) in
                             zip(numeric["figure"], numeric.iterrows())]
    numeric["source"] = numeric.apply(lambda r: source_label(r, outlets), axis=1)
    numeric["inferred"] = numeric.apply(is_inferred, axis=1)
    numeric["article"] = [labels.get(a, "") for a in numeric["article_id"]]
    # Where an incident's figures come from several articles, a row says which by a number keyed under the chart.
    datasets = dataset_articles(articles)
    # (a dataset's rows are named by their event, not numbered: only articles count here)
    several = numeric["article_id"].where(~numeric["article_id"].isin(datasets)).groupby(
        numeric["incident"]).transform("nunique") > 1
    order = [a for a in (list(articles["article_id"]) if articles is not None else []) if a in
             set(numeric["article_id"])] or sorted(set(numeric["article_id"]))
    # Numbered consecutively: first the articles whose rows show their number, so a chart never reads (1), (3).
    shown = set(numeric.loc[several, "article_id"]) - datasets
    order = [a for a in order if a in shown] + [a for a in order if a not in shown]
    numbers = {a: i + 1 for i, a in enumerate(order)}
    numeric["article_no"] = numeric["article_id"].map(numbers)
    numeric["claimant_row"] = numeric["source"] + (" (" + numeric["article_no"].astype(str) + ")").where(several, "")
    # A dataset's row is one of its events, named by the dataset's own event id: never numbered like an article.
    dataset = numeric["article_id"].isin(datasets)
    numeric.loc[dataset, "claimant_row"] = numeric.loc[dataset, "source"] + " event " + \
        numeric.loc[dataset, "claim_id"].map(event_of)
    # The same figure from the same claimant about the same incident is one point, however often it was printed.
    numeric = numeric.drop_duplicates(subset=["group", "claimant_row", "figure", "qualifier"], keep="first")
    repeat = numeric.groupby(["group", "claimant_row"]).cumcount()
    numeric["claimant_row"] = numeric["claimant_row"].where(
        repeat == 0, numeric["claimant_row"] + " [" + (repeat + 1).astype(str) + "]")
    numeric["label"] = numeric["claimant_row"] + ": " + numeric["figure"]
    table = pd.DataFrame({
        "group": numeric["group"], "incident": numeric["incident"], "claimant": numeric["claimant_row"],
        "source": numeric["claimant"], "article": numeric["article"], "article_no": numeric["article_no"],
        "low": numeric["low_plot"].astype(int),
        "high": numeric["high_plot"].astype(int), "figure": numeric["figure"], "qualifier": numeric["qualifier"],
        "side": numeric["side"], "outcome": numeric["outcome"], "quote": numeric["quote"],
        "claim_id": numeric["claim_id"], "label": numeric["label"], "inferred": numeric["inferred"],
    })
    return _cap(table.sort_values(["incident", "group", "low", "claimant"], kind="stable").reset_index(drop=True))


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


def _base_name(label: str) -> str:
    """A row label without its article number or repeat mark."""
    return re.sub(r"( \(\d+\))?( \[\d+\])?$", "", label)


_NUMBERED = r" \((\d+)\)(?: \[\d+\])?$"  # "Source (3)" or "Source (3) [2]": a row label with its article's number


def article_key(data: pd.DataFrame) -> list[str]:
    """'(1) France 24, “headline”' for each article whose number a chart's rows show (none when none does)."""
    if data.empty:
        return []
    shown = data[data["claimant"].astype(str).str.extract(_NUMBERED)[0].notna()]
    pairs = shown[["article_no", "article"]].drop_duplicates().sort_values("article_no")
    return [f"({int(n)}) {a}" for n, a in zip(pairs["article_no"], pairs["article"])]


def renumber(data: pd.DataFrame) -> pd.DataFrame:
    """The rows a chart draws with their articles numbered 1, 2, 3... over those rows alone (a chart that leaves
    some rows out never shows (1) and (3) without (2)); labels follow."""
    if data.empty:
        return data
    data = data.copy()
    found = data["claimant"].astype(str).str.extract(_NUMBERED)[0]
    shown = sorted({int(n) for n in found.dropna()})
    others = sorted(set(data["article_no"].dropna().astype(int)) - set(shown))
    mapping = {old: new for new, old in enumerate(shown + others, start=1)}
    data["claimant"] = data["claimant"].astype(str).str.replace(
        _NUMBERED, lambda m: m.group(0).replace(f"({m.group(1)})", f"({mapping[int(m.group(1))]})", 1), regex=True)
    data["article_no"] = data["article_no"].map(lambda n: mapping.get(int(n), n) if pd.notna(n) else n)
    return data


def marker_note(data: pd.DataFrame) -> str:
    """What a "[2]" after a source means, where a chart's rows carry one, and a "(corrected)" or "(day corrected)"
    after a figure ("" where none does)."""
    marks = data["figure"].astype(str).str.extract(_CORRECTED_MARKS)[0].dropna() if "figure" in data \
        else pd.Series(dtype=str)
    notes = [_source_marks_note(data)]
    for mark in sorted(set(marks), key=lambda m: (m != CORRECTED_MARK, m)):
        what = mark.strip()[1:-len(" corrected)")]
        notes.append("(corrected): an editor corrected what the machine read of this figure (the Method page lists "
                     "what changed)." if mark == CORRECTED_MARK else
                     f"({what} corrected): an editor corrected its {what}, not the figure.")
    return " ".join(note for note in notes if note)


def _source_marks_note(data: pd.DataFrame) -> str:
    marks = data["claimant"].astype(str).str.extract(r" \[(\d+)\]$")[0].dropna().astype(int) \
        if not data.empty else pd.Series(dtype=int)
    if marks.empty:
        return ""
    if marks.max() == 2:
        # ("as the source words it", never "in its own words", which the pages say of an outlet's own figures)
        return ("[2]: a second figure from the same source and article for this side and outcome (another group or "
                "count, as the source words it); never added up.")
    # Every mark drawn is explained (a trial's chart drew [3] to [8] and explained only [2]).
    return (f"[2] to [{marks.max()}]: a second, third... figure from the same source and article for this side and "
            "outcome (other groups or counts, as the source words them); never added up.")


# After a figure an editor corrected, on the charts and in their tables (short: it is drawn beside its mark on a
# phone); where one field other than the figure was corrected it says which, so that a corrected source or day never
# reads as a changed number (trial 37)
CORRECTED_MARK = " (corrected)"
_CORRECTED_MARKS = re.compile(r"( \((?:[a-z]+ )?corrected\))$")


def corrected_mark(row) -> str:
    """" (corrected)" after a figure an editor corrected, or " (day corrected)" where the one field changed is not
    the figure; "" where nothing an editor wrote differs from the machine's reading (a trial's "Saraqib" for the
    machine's Saraqeb read as a changed figure)."""
    if row.get("review_status") != "corrected" or not corrected_fields(row):
        return ""
    field = corrected_field(row)
    return f" ({field} corrected)" if field else CORRECTED_MARK


def without_corrected_mark(figure: str) -> str:
    return _CORRECTED_MARKS.sub("", figure)


def claims_finding(claims: pd.DataFrame, articles: pd.DataFrame | None = None, incident: str | None = None) -> str:
    """A title stating the widest disagreement about one incident's side and outcome, or what the one source says."""
    data = claims_chart_data(claims, articles, incident)
    if data.empty:
        return "No dated casualty figures were found"
    # Only figures that may be set against each other (explainer/events.py): never an unstated side's or two
    # events of one dataset.
    from .events import comparable_claims, dataset_articles, part_of_governorate

    comparable = set(comparable_claims(distinct_claims(claims), dataset_articles(articles))["claim_id"])
    # A title states a finding about tolls: a part of a larger figure ("including six children") is never one.
    parts = set(claims.loc[claims["subset"].fillna(False).astype(bool), "claim_id"]) if "subset" in claims else set()
    tolls = data[~data["claim_id"].isin(parts)]
    tolls = _latest_reports(tolls, claims, articles)
    best = None
    for group, rows in tolls.groupby("group", sort=True):
        rows = rows[rows["claim_id"].isin(comparable)]
        mine = claims[claims["claim_id"].isin(rows["claim_id"])]
        wider = part_of_governorate(mine) if "place" in mine and "governorate" in mine else None
        if wider:
            # a town's figure may be part of the governorate's (the page says so): the title sets only figures for
            # one place against each other (trial 30 read "34 in Balyun; ... 29 in Idlib" as a disagreement)
            town = set(mine.loc[mine["place"].astype(str).str.strip() == wider[0], "claim_id"])
            rows = rows[~rows["claim_id"].isin(town)]
        if rows["source"].nunique() < 2:
            continue
        # The widest gap between two sources, never between two figures of one (a trial's title set "One News Page
        # gives at least 34" against "One News Page gives 29", its own earlier report)
        # each source by its highest figure: a lower one of the same source is most often one it has since raised
        # ("Earlier, 29 ... were reported" beside its "at least 34": trial 33)
        highest = rows.loc[rows.groupby("source")["low"].idxmax()]
        lowest = highest
        spread, high_row, low_row = max(((top["low"] - bottom["high"], top, bottom) for _, top in highest.iterrows()
                                         for _, bottom in lowest.iterrows() if top["source"] != bottom["source"]),
                                        key=lambda pair: pair[0])
        if best is None or spread > best[0]:
            best = (spread, group, low_row, high_row)
    if best is None or best[0] <= 0:
        changed = _changed_finding(claims, articles, data)
        if changed:
            return changed
        # No two sources to set against each other: the title leads with the largest toll drawn, not the smallest.
        first = tolls.loc[tolls["low"].idxmax()] if not tolls.empty else data.iloc[0]
        name = _base_name(first['claimant'])
        return (f"{name} {_gives(name)} {without_corrected_mark(first['figure'])} for "
                f"{people_words(first['side'], first['outcome'])}")
    _, group, low_row, high_row = best
    high, low = _base_name(high_row['claimant']), _base_name(low_row['claimant'])
    return (f"{high} {_gives(high)} {without_corrected_mark(high_row['figure'])} for "
            f"{people_words(high_row['side'], high_row['outcome'])}; "
            f"{low} {_gives(low)} {without_corrected_mark(low_row['figure'])}")


def _gives(name: str) -> str:
    """'give' after a source named by a plural common noun ("sources close to Turkey", "local activists"), else
    'gives' (a body's name is singular: "White Helmets", "Syrian Observatory for Human Rights")."""
    # (a bracket after the name says how it speaks, "Doğru Haber (in its own words)": not part of the name)
    name = re.sub(r"\s*\([^)]*\)\s*$", "", name.strip())
    head = re.split(r"[\s,]+(?:close|linked|affiliated|loyal|aligned|of|in|for|from|near|at)\b", name, 1)[0]
    words = re.findall(r"[\w'’-]+", head)
    last = words[-1] if words else ""
    return "give" if last.islower() and last.endswith("s") and not last.endswith("ss") else "gives"


def _latest_reports(rows: pd.DataFrame, claims: pd.DataFrame, articles: pd.DataFrame | None) -> pd.DataFrame:
    """Each source's figures in a panel from its latest report only, where the reports' days are known: a title
    never sets a figure the source has since replaced ("3" when it later said 34) against another's."""
    from .events import report_dates

    if rows.empty or articles is None:
        return rows
    article_of = dict(zip(claims["claim_id"], claims["article_id"]))
    reported = report_dates(articles, claims)
    day = rows["claim_id"].map(article_of).map(reported).astype("object").fillna("")  # (all unknown: float NaN)
    latest = day.groupby([rows["group"], rows["source"]]).transform("max")
    known = day.groupby([rows["group"], rows["source"]]).transform(lambda days: (days != "").all())
    return rows[~known | (day == latest)]


def _changed_finding(claims: pd.DataFrame, articles: pd.DataFrame | None, data: pd.DataFrame) -> str:
    """'Syrian Observatory for Human Rights' figure for Syrian government forces killed changed between reports: 13,
    then at least 15' where one source's figure changed (events.figure_changes); '' where none did."""
    from .events import dataset_articles, figure_changes, in_report_order, report_dates

    rows = distinct_claims(claims)
    rows = rows[rows["claim_id"].isin(data["claim_id"]) & ~rows["article_id"].isin(dataset_articles(articles))]
    reported = report_dates(articles, claims) if articles is not None else {}
    labels = dict(zip(data["claim_id"], data["figure"].map(without_corrected_mark)))
    for (side, outcome), group in rows.groupby(["victim_side", "outcome"], sort=False):
        for claimant, changed in figure_changes(group, reported):
            shown = [labels[c] for c in changed["claim_id"]]
            # "changed ... then" only where the reports' days are known and differ; else they just differ.
            ordered = in_report_order(changed)
            return (f"{claimant}'{'' if claimant.endswith('s') else 's'} figure for "
                    f"{people_words(SIDE_LABELS[side], outcome)} "
                    f"{'changed' if ordered else 'differs'} between reports: "
                    f"{(', then ' if ordered else ' and ').join(shown)}")
    return ""


def people_words(side: str, outcome: str) -> str:
    """Who was hit, in a title's sentence: 'Turkish forces killed'; 'people killed whose side is not stated' (never
    'side not stated killed')."""
    hit = outcome_heading(outcome) if outcome else ""
    if side == SIDE_LABELS["unspecified"]:
        return " ".join(w for w in ("people", hit, "whose side is not stated") if w)
    return _lower_first(f"{side} {hit}".strip())


def _lower_first(text: str) -> str:
    """'Rebels killed' -> 'rebels killed'; proper adjectives ('Syrian', 'Turkish') keep their capital."""
    first, _, rest = text.partition(" ")
    if first in ("Rebels", "Civilians", "Side"):
        first = first.lower()
    return f"{first} {rest}".strip()


def claims_description(claims: pd.DataFrame, articles: pd.DataFrame | None = None,
                       incident: str | None = None) -> str:
    """The chart's text alternative: every plotted claim, in words."""
    data = claims_chart_data(claims, articles, incident)
    if data.empty:
        return "No dated casualty figures to chart."
    parts = [f"{row.claimant}: {row.figure} {_lower_first(row.group)}" for row in data.itertuples()]
    note = inferred_note(distinct_claims(claims)[distinct_claims(claims)["claim_id"].isin(data["claim_id"])])
    return ("Casualty figures as each source gives them, unverified, on one scale per outcome. "
            + "; ".join(parts) + "." + (f" {note}" if note else ""))


def _wrap_label(text: str, width: int) -> str:
    """A label broken into lines ('|' marks the breaks the axis draws) so it is read whole on a phone."""
    return "|".join(textwrap.wrap(text, width)) or text


def _figure_marks(base: alt.Chart, value: str, value2: str, axis: alt.X | alt.Y, channel: str, size: int,
                  offset: float = 0):
    """The same marks for a figure in every chart: a dot for an exact figure, a bar with a cap at both ends for a
    range, a triangle pointing up the scale for 'at least', down it for 'up to'. ``offset``: pixels across the
    value's axis, to set apart marks that would lie on one another.

    A range has no dot: "30 to 35" on a small phone chart drew its two dots touching, read as two figures. The caps
    cross the bar, so even a short range reads as one bar from one number to the other."""
    other = {"x": "x2", "y": "y2"}[channel]
    across = {"yOffset": offset} if channel == "x" else {"xOffset": offset}
    is_range = alt.datum.qualifier == "range"
    ranges = base.transform_filter(is_range).mark_rule(strokeWidth=6, opacity=0.55, **across).encode(
        **{channel: axis, other: alt.X2(f"{value2}:Q") if channel == "x" else alt.Y2(f"{value2}:Q")})
    # A cap lies across the bar: vertical on a bar along x, horizontal on a bar along y.
    cap = base.transform_filter(is_range).mark_tick(orient="vertical" if channel == "x" else "horizontal",
                                                     thickness=3, size=16, opacity=1, **across)
    ends = [cap.encode(**{channel: axis}), cap.encode(**{channel: (alt.X if channel == "x" else alt.Y)(f"{value2}:Q")})]
    shapes = {"x": ("triangle-right", "triangle-left"), "y": ("triangle-up", "triangle-down")}[channel]
    # ("more than 30" is a lower bound as "at least" is: a trial saw it point across a vertical scale)
    qualifier_shapes = {**QUALIFIER_SHAPES, "at_least": shapes[0], "more_than": shapes[0], "at_most": shapes[1]}
    points = base.transform_filter(~is_range).mark_point(filled=True, size=size, opacity=1, **across).encode(
        **{channel: axis},
        shape=alt.Shape("qualifier:N", legend=None, scale=alt.Scale(domain=list(qualifier_shapes),
                                                                      range=list(qualifier_shapes.values()))))
    return [ranges, *ends, points]


def claims_chart(claims: pd.DataFrame, articles: pd.DataFrame, incident: str | None = None,
                 width: int = WIDTH) -> alt.VConcatChart:
    """Who claims what about one incident: each source's figure side by side, one panel per side and outcome,
    on one scale per outcome (so 'at least 4' and '30 to 35' are drawn to the same scale). Never averaged.

    ``incident`` defaults to the main incident; ``width`` of ``NARROW`` gives the phone version.
    """
    if incident is None:
        incident = main_incident(claims)
    data = claims_chart_data(claims, articles, incident)
    narrow = width <= NARROW
    sides = [label for label in SIDE_LABELS.values() if label in set(data["side"])]
    label_limit = 150 if narrow else 260
    panels = []
    data["row"] = [_wrap_label(c, 20 if narrow else 34) for c in data["claimant"]]
    data["panel"] = [panel_heading(side, outcome) for side, outcome in zip(data["side"], data["outcome"])]
    for outcome, rows in data.groupby("outcome", sort=False):
        top = max(5, int(rows["high"].max() * 1.25))
        scale = alt.Scale(domain=[0, top], nice=True, zero=True)
        base = alt.Chart().encode(
            y=alt.Y("row:N", title=None, sort=None,
                    axis=alt.Axis(labelLimit=label_limit, labelExpr="split(datum.label, '|')")),
            color=alt.Color("side:N", title="People hit", scale=side_colour(),
                            legend=alt.Legend(values=sides, orient="bottom", direction="vertical" if narrow
                                              else "horizontal")),
            tooltip=[alt.Tooltip("claimant:N", title="Source"), alt.Tooltip("figure:N", title="Figure"),
                     alt.Tooltip("group:N", title="Who and what"), alt.Tooltip("quote:N", title="Quote")],
        )
        x = alt.X("low:Q", title=f"People {outcome_heading(outcome)} (as claimed)", scale=scale, axis=alt.Axis(tickCount=4))
        labels = base.mark_text(align="left", dx=9, fontSize=LABEL_SIZE).encode(
            x=alt.X("high:Q", scale=scale), text=alt.Text("figure:N"),
            color=side_text_colour())
        layers = _figure_marks(base, "low", "high", x, "x", 110) + [labels]
        lines = int(rows["row"].str.count(r"\|").max()) + 1
        panels.append(alt.layer(*layers, data=with_text_colour(rows)).properties(
            width=width - (150 if narrow else 300), height=alt.Step(max(22, 14 * lines + 6))).facet(
            # (panels in the legend's order of sides, the unstated last: alphabetical order put "People killed (side
            # not stated)" first, above the parties' figures)
            row=alt.Row("panel:N", title=None, sort=_panels_in_side_order(rows),
                        header=alt.Header(labelAngle=0, labelAlign="left", labelAnchor="start", labelOrient="top",
                                          labelFontWeight="bold", labelPadding=4,
                                          labelLimit=width - 10, labelFontSize=LABEL_SIZE)),
            spacing=10,
        ).resolve_scale(y="independent"))
    title = claims_finding(claims, articles, incident)
    where = incident_label(incident) if incident else ""
    note = inferred_note(distinct_claims(claims)[distinct_claims(claims)["claim_id"].isin(data["claim_id"])])
    wrap = 38 if narrow else 70
    subtitle = (textwrap.wrap(f"{where}. One row per source, unverified; one scale per outcome; never averaged.",
                              wrap)
                + textwrap.wrap("Dot: a figure. Bar: a range. Triangle: 'at least' (pointing up the scale) or "
                                "'up to' (pointing down).", wrap)
                + (textwrap.wrap(note, wrap) if note else [])
                + textwrap.wrap(marker_note(data), wrap)
                + [line for key in article_key(data) for line in textwrap.wrap(key, wrap)]
                # Credit only the articles whose figures are drawn, not every article read.
                + textwrap.wrap(source_line(articles[articles["article_id"].isin(
                    claims.loc[claims["claim_id"].isin(data["claim_id"]), "article_id"])]), wrap))
    chart = alt.vconcat(*panels, spacing=18) if panels else alt.vconcat(alt.Chart(pd.DataFrame({"x": []}))
                                                                         .mark_point())
    return chart.resolve_scale(x="independent", color="shared").properties(
        title=alt.Title(textwrap.wrap(title, wrap), subtitle=subtitle,
                        fontSize=TITLE_SIZE - (1 if narrow else 0)),
        description=claims_description(claims, articles, incident),
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


def _read_boundaries(reference_dir: Path, country_id: str) -> tuple[dict, dict]:
    folder = Path(reference_dir) / "boundaries"
    governorates = json.loads((folder / "syria-admin1.geojson").read_text(encoding="utf-8"))
    countries = json.loads((folder / "countries-50m.topojson").read_text(encoding="utf-8"))
    return governorates, topojson_feature(countries, "countries", country_id)


# --- who gave the posts' dates and coordinates ------------------------------------------------------------------

def citations(cell: str, names: dict[str, str]) -> list[tuple[str, str]]:
    """(publication, address) for each web source in a reference cell ('url (note) | url ...'), in order."""
    found = []
    for url in re.findall(r"https?://[^\s|\"]+", cell or ""):
        # An address may hold brackets (".../Timeline_of_the_Syrian_civil_war_(2020)"); a closing bracket or
        # punctuation it does not open is the note's around it: "(see https://...)", "https://...,".
        url = url.rstrip(".,;:")
        while url.endswith(")") and url.count(")") > url.count("("):
            url = url[:-1].rstrip(".,;:")
        host = re.sub(r"^www\.", "", url.split("/")[2].lower().rstrip("."))
        name = next((n for d, n in names.items() if host == d or host.endswith("." + d)), host)
        if name == "Wikipedia" and _page_title(url):
            name = f"Wikipedia, “{_page_title(url)}”"  # several Wikipedia pages: say which
        if (name, url) not in found:
            found.append((name, url))
    if "GeoNames" in (cell or "") and not any(n == "GeoNames" for n, _ in found):
        found.append(("GeoNames", "https://www.geonames.org/"))
    return found


def credit_names(cells, names: dict[str, str]) -> list[str]:
    """The publications named in several reference cells, most cited first."""
    counts: dict[str, int] = {}
    for cell in cells:
        for name in dict.fromkeys(n.split(",")[0] for n, _ in citations(cell, names)):
            counts[name] = counts.get(name, 0) + 1
    return sorted(counts, key=lambda n: (-counts[n], n))


def numbered_posts(posts: pd.DataFrame) -> pd.DataFrame:
    """Observation posts (towns left out) numbered in order of the date they were set up, undated last."""
    table = posts[posts["kind"] != "town"].copy()
    table["first_date"] = [(_first_date(e) or date.max) for e in table["established"]]
    table = table.sort_values(["first_date", "name"], kind="stable").reset_index(drop=True)
    table["number"] = range(1, len(table) + 1)
    return table


def established_words(text: str) -> str:
    """A post's date as a reader reads it: '5 February 2018', 'October 2017', 'before 14 February 2018'."""
    match = re.match(r"^(before |by )?(\d{4})-(\d{2})(?:-(\d{2}))?", text or "")
    if not match:
        return "date not found"
    day = date(int(match[2]), int(match[3]), int(match[4] or 1))
    words = day.strftime("%-d %B %Y") if match[4] else day.strftime("%B %Y")
    return f"{match[1] or ''}{words}"


# --- the map ------------------------------------------------------------------------------------------------------

def map_points(places: pd.DataFrame, posts: pd.DataFrame, claims: pd.DataFrame,
               deployments: pd.DataFrame) -> pd.DataFrame:
    """Points for the map: article places with a coordinate, and observation posts with a sourced coordinate.

    A place that is also its governorate's name ('the region of Idlib') is an area, not a point: it is not pinned
    on the town of that name. Each place's note says what the articles report there and on which day.
    """
    rows = []
    governorates = set(places["governorate"].dropna()) if "governorate" in places else set()
    reported: dict[str, list[str]] = {}
    if not claims.empty:
        for _, row in distinct_claims(claims).iterrows():
            if isinstance(row.get("place"), str):
                when = f" for {_day(row['event_date'])}" if isinstance(row["event_date"], str) else ""
                reported.setdefault(row["place"], []).append(f"casualties reported{when}")
    if not deployments.empty:
        for _, row in deployments.iterrows():
            if isinstance(row.get("place"), str):
                when = f" ({deployment_when(row)})" if deployment_when(row) else ""
                reported.setdefault(row["place"], []).append(
                    f"{row['what']}{when}{deployment_review.editor_mark(row)}")
    seen = set()
    names = publication_names()
    for _, place in places.dropna(subset=["lat", "lon"]).iterrows():
        if place["kind"] == "capital" or place["place"] in seen or place["place"] in governorates:
            continue
        seen.add(place["place"])
        notes = list(dict.fromkeys(reported.get(place["place"], [])))
        in_claims = any(n.startswith("casualties") for n in notes)
        rows.append({"number": "", "name": place["place"],
                     "kind": "Named in a casualty report" if in_claims else "Place in the article",
                     "lat": float(place["lat"]), "lon": float(place["lon"]), "note": "; ".join(notes),
                     # (who gave the coordinate, from the places table: a trial found "GeoNames" on a Wikipedia one)
                     "source": ", ".join(credit_names([_text(place.get("source"))], names)) or "the places table"})
    for _, post in numbered_posts(posts).iterrows():
        if post["lat"] and post["lon"]:
            credit = ", ".join(dict.fromkeys(n.split(",")[0] for n, _ in citations(post["coord_basis"], names))) \
                or "see the posts table"
            rows.append({"number": str(post["number"]), "name": post["name"], "kind": "Turkish observation post",
                         "lat": float(post["lat"]), "lon": float(post["lon"]),
                         "note": f"set up {established_words(post['established'])}", "source": credit})
    return pd.DataFrame(rows, columns=["number", "name", "kind", "lat", "lon", "note", "source"])


def pinned_places(points: pd.DataFrame) -> set[str]:
    """The places the map draws a point for (the articles' places, not the observation posts)."""
    return set(points.loc[points["kind"] != "Turkish observation post", "name"]) if len(points) else set()


def articles_on_map(articles: pd.DataFrame, places: pd.DataFrame, points: pd.DataFrame, claims: pd.DataFrame,
                    areas: list[str]) -> pd.DataFrame:
    """The articles the map draws from, for its source line: those naming a place it pins, or giving a claim in an
    area it shades. An article that adds nothing to the map is not credited under it."""
    pinned = pinned_places(points)
    ids = set(places.loc[places["place"].isin(pinned), "article_id"]) if not places.empty else set()
    if not claims.empty and areas:
        ids |= set(claims.loc[claims["place"].isin(areas), "article_id"])
    return articles[articles["article_id"].isin(ids)]


def areas_reported(claims: pd.DataFrame, places: pd.DataFrame) -> list[str]:
    """Governorates the articles name as the place of a claim without naming a town in them."""
    if claims.empty or "governorate" not in places:
        return []
    governorates = set(places["governorate"].dropna())
    return sorted({p for p in distinct_claims(claims)["place"].dropna() if p in governorates})


def posts_without_coordinates(posts: pd.DataFrame) -> pd.DataFrame:
    """Observation posts with no sourced coordinate: listed under the map, never placed by guess."""
    missing = posts[(posts["kind"] != "town") & ((posts["lat"] == "") | (posts["lon"] == ""))]
    return missing[["name", "governorate", "established", "coord_basis"]].reset_index(drop=True)


POINT_KINDS = {"Turkish observation post": ("triangle-up", SIDE_COLOURS["turkey"]),
               "Named in a casualty report": ("diamond", "#000000"),
               "Place in the article": ("circle", "#555555")}


def _scale_bar(story, width: int, height: int, scale: float) -> pd.DataFrame:
    """A scale bar's ends in the map's bottom-left corner: the story's length in km, along a parallel."""
    import math

    lon0, lat0 = story.map_center
    # d3's Mercator: x = scale * lon (radians), y = scale * ln(tan(pi/4 + lat/2)), both from the centre.
    lon_left = lon0 - math.degrees((width / 2 - 20) / scale)
    y_bottom = math.log(math.tan(math.pi / 4 + math.radians(lat0) / 2)) - (height / 2 - 24) / scale
    lat_bottom = math.degrees(2 * math.atan(math.exp(y_bottom)) - math.pi / 2)
    km_per_degree = 111.32 * math.cos(math.radians(lat_bottom))
    return pd.DataFrame([{"lon": lon_left, "lat": lat_bottom, "lon2": lon_left + story.scale_bar_km / km_per_degree,
                          "lat2": lat_bottom, "text": f"{story.scale_bar_km:g} km"}])


def map_description(points: pd.DataFrame, areas: list[str]) -> str:
    posts = points[points["kind"] == "Turkish observation post"]
    named = points[points["kind"] != "Turkish observation post"]
    parts = [f"Map of north-west Syria on the Turkish border with {len(posts)} Turkish observation posts that have "
             f"a sourced coordinate, numbered as in the table of posts"]
    if not named.empty:
        parts.append("places the articles name: " + ", ".join(
            f"{r.name} ({r.note})" if r.note else r.name for r in named.itertuples()))
    if areas:
        parts.append("casualties reported in " + ", ".join(areas) + " without a town named, shown as a shaded area")
    return "; ".join(parts) + "."


def map_chart(points: pd.DataFrame, articles: pd.DataFrame, reference_dir: Path = REFERENCE_DIR, story=None,
              width: int = WIDTH, areas: list[str] | None = None) -> alt.LayerChart:
    """Where: the story's governorate and its neighbours, the border, numbered posts and the places reported."""
    story = _story(story)
    areas = areas or []
    narrow = width <= NARROW
    height = 360 if narrow else 460
    scale = story.map_narrow_scale if narrow else story.map_scale
    governorates, neighbour = _read_boundaries(reference_dir, story.neighbour_country)
    for feature in governorates["features"]:
        props = feature["properties"]
        reported = props.get("name") in areas or props.get("name_en") in areas
        props["fill"] = "#f6d4a8" if reported else "#dcdcdc" if props.get("code_hasc") == story.focus_governorate \
            else "#f2f2f2"
    projection = alt.Projection(type="mercator", center=list(story.map_center), scale=scale,
                                translate=[width / 2, height / 2]).to_dict()
    country = alt.Chart(alt.Data(values=[neighbour])).mark_geoshape(
        fill="#f3e1d6", stroke="#b0764f", strokeWidth=1.5).project(**projection)
    syria = alt.Chart(alt.Data(values=governorates["features"])).mark_geoshape(stroke="#ffffff", strokeWidth=1).encode(
        color=alt.Color("properties.fill:N", scale=None)).project(**projection)
    border = alt.Chart(alt.Data(values=[neighbour])).mark_geoshape(
        fill=None, stroke="#b0764f", strokeWidth=2).project(**projection)
    kinds = [k for k in POINT_KINDS if k in set(points["kind"])]
    # Posts first and larger, places on top and smaller: a place on a post's proxy coordinate stays visible.
    points = points.assign(order=(points["kind"] != "Turkish observation post").astype(int))
    points = points.sort_values("order", kind="stable")
    marks = alt.Chart(points).mark_point(filled=True, opacity=1, stroke="#ffffff", strokeWidth=0.8).encode(
        size=alt.condition(alt.datum.order == 0, alt.value(130 if narrow else 150), alt.value(55)),
        order=alt.Order("order:Q"),
        longitude="lon:Q", latitude="lat:Q",
        shape=alt.Shape("kind:N", title=None, scale=alt.Scale(domain=kinds, range=[POINT_KINDS[k][0] for k in kinds])),
        color=alt.Color("kind:N", title=None, scale=alt.Scale(domain=kinds, range=[POINT_KINDS[k][1] for k in kinds]),
                        legend=alt.Legend(orient="bottom", direction="vertical" if narrow else "horizontal",
                                          labelFontSize=LABEL_SIZE)),
        tooltip=[alt.Tooltip("name:N", title="Place"), alt.Tooltip("kind:N", title="What"),
                 alt.Tooltip("note:N", title="Reported"), alt.Tooltip("source:N", title="Coordinate from")],
    ).project(**projection)
    post_numbers = alt.Chart(points[points["kind"] == "Turkish observation post"]).mark_text(
        align="left", dx=7, dy=-7, fontSize=LABEL_SIZE, fontWeight="bold", color="#8a3b00").encode(
        longitude="lon:Q", latitude="lat:Q", text="number:N").project(**projection)
    place_names = alt.Chart(points[points["kind"] != "Turkish observation post"]).mark_text(
        align="right", dx=-8, dy=-6, fontSize=12, fontWeight="bold", color="#222222").encode(
        longitude="lon:Q", latitude="lat:Q", text="name:N").project(**projection)
    labels = pd.DataFrame([{"lon": item.lon, "lat": item.lat, "text": item.text, "kind": item.kind}
                           for item in story.map_labels])
    area_labels = alt.Chart(labels).mark_text(fontSize=13, fontWeight="bold", fontStyle="italic").encode(
        longitude="lon:Q", latitude="lat:Q", text="text:N",
        color=alt.condition(alt.datum.kind == "country", alt.value("#8c6d5a"), alt.value("#555555"))
    ).project(**projection)
    bar = _scale_bar(story, width, height, scale)
    scale_rule = alt.Chart(bar).mark_rule(strokeWidth=3, color="#333333").encode(
        longitude="lon:Q", latitude="lat:Q", longitude2="lon2:Q", latitude2="lat2:Q").project(**projection)
    scale_text = alt.Chart(bar).mark_text(align="left", dy=-9, fontSize=LABEL_SIZE, color="#333333").encode(
        longitude="lon:Q", latitude="lat:Q", text="text:N").project(**projection)
    def credits(rows: pd.DataFrame) -> list[str]:
        return sorted({name.strip() for cell in rows["source"] for name in cell.split(",") if name.strip()})

    post_credits = credits(points[points["kind"] == "Turkish observation post"])
    town_credits = credits(points[points["kind"] != "Turkish observation post"])
    wrap = 40 if narrow else 80
    shaded = (f"Shaded: {', '.join(areas)}, where casualties are reported without a town named. " if areas else "")
    subtitle = textwrap.wrap(
        f"Numbers: Turkish observation posts, in the order they were set up (key below the map), at the village "
        f"or hill each is named after, not surveyed positions. {shaded}", wrap) + textwrap.wrap(
        f"Source: post coordinates from {', '.join(post_credits) or 'none'}; "
        f"{'towns: ' + ', '.join(town_credits) + '; ' if town_credits else ''}boundaries: "
        f"Natural Earth" + (f"; places named: {source_line(articles).removeprefix('Source: ')}"
                            if not articles.empty else ""), wrap)
    posts_mapped = int((points["kind"] == "Turkish observation post").sum())
    title = (f"{posts_mapped} Turkish observation posts on the map around the places in the reporting"
             if posts_mapped else "The places in the reporting")
    return alt.layer(country, syria, border, area_labels, scale_rule, scale_text, marks, post_numbers,
                     place_names).properties(
        width=width, height=height,
        title=alt.Title(textwrap.wrap(title, wrap), subtitle=subtitle, fontSize=TITLE_SIZE - (1 if narrow else 0)),
        description=map_description(points, areas),
    )


# --- the timeline ---------------------------------------------------------------------------------------------------

def _first_date(text: str) -> date | None:
    """The first full or month-only ISO date in a reference cell ("2018-02-05 (Reuters...)", "2017-10 ...")."""
    match = re.search(r"(\d{4})-(\d{2})(?:-(\d{2}))?", text or "")
    if not match:
        return None
    return date(int(match[1]), int(match[2]), int(match[3] or 1))


TIMELINE_COLUMNS = ["date", "lane", "label", "period", "detail", "side", "precision", "credit"]
LANES = ["Observation post set up", "Deployment reported", "Casualties reported"]


def timeline_events(posts: pd.DataFrame, claims: pd.DataFrame, deployments: pd.DataFrame, story=None,
                    articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """Dated events: posts set up (reference data, with who reported the date), deployments with the day they were
    reported, and the days casualties were reported for. The period is the story's panel the date falls in."""
    story = _story(story)
    names = publication_names()
    outlets = outlet_names(articles) if articles is not None else {}
    rows = []

    def period(day: date) -> str:
        found = story.period_of(day)
        return found.label if found else ""

    for _, post in numbered_posts(posts).iterrows():
        day = _first_date(post["established"])
        if day is None or post["established"].startswith(("before", "by ")):
            continue  # an upper bound on the date is not a date
        precision = "month" if re.match(r"^\d{4}-\d{2}(?!-)", post["established"]) else "day"
        credit = ", ".join(credit_names([post["source"], post["established"]], names)[:3])
        rows.append({"date": day.isoformat(), "lane": LANES[0], "label": f"{post['number']}. {post['name']}",
                     "period": period(day), "detail": f"set up {established_words(post['established'])}",
                     "side": SIDE_LABELS["turkey"], "precision": precision, "credit": credit})
    # A deployment whose sentence names no day was reported on its article's day: drawn there, said as such (a trial
    # found checked deployments on the Story missing from the timeline, with no word why)
    published = report_dates(articles, pd.DataFrame(columns=["article_id", "event_date"])) \
        if articles is not None else {}  # (its publication date only: a lower bound is no day it was reported)
    for _, fact in deployments.iterrows():
        own_day = isinstance(fact["date"], str) and bool(fact["date"])
        reported = fact["date"] if own_day else str(published.get(fact["article_id"], ""))[:10]
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", reported):
            continue
        day = date.fromisoformat(reported)
        outlet = outlets.get(fact["article_id"], "")
        when = deployment_when(fact) if own_day else "the article's date (its sentence names no day)"
        corrected = deployment_review.editor_mark(fact)
        # whose forces, where its words do not say ("its forces": a trial read the timeline's table without it)
        whose = deployment_review.whose_note(fact, str(fact["what"]))
        rows.append({"date": reported, "lane": LANES[1], "label": f"{fact['what']}{whose}",
                     "period": period(day), "detail": f"{when}, per {fact['claimant']}{corrected}",
                     "side": SIDE_LABELS.get(fact["side"], SIDE_LABELS["unspecified"]), "precision": "day",
                     "credit": outlet})
    dated = distinct_claims(claims).dropna(subset=["event_date"]) if not claims.empty else claims
    if not dated.empty:
        for (day, side), group in dated.groupby(["event_date", "victim_side"], sort=True):
            sources = ", ".join(sorted(group["claimant"].unique()))
            places = ", ".join(sorted(group["place"].dropna().unique()))
            rows.append({"date": day, "lane": LANES[2], "label": SIDE_LABELS[side],
                         "period": period(date.fromisoformat(day)),
                         "detail": f"{len(group)} figure(s) from {sources}" + (f"; {places}" if places else ""),
                         "side": SIDE_LABELS[side], "precision": "day",
                         "credit": ", ".join(sorted({outlets.get(a, "") for a in group["article_id"]} - {""}))})
    frame = pd.DataFrame(rows, columns=TIMELINE_COLUMNS)
    return frame.sort_values(["date", "lane", "label"], kind="stable").reset_index(drop=True)


# The table of posts lists every post; the timeline only those with a day or month (timeline_events).
UNDATED_POSTS_WORDS = "posts dated only as set up before or by a day are in the table of posts, not drawn"


def timeline_description(events: pd.DataFrame) -> str:
    """The timeline in words, counted from the data: posts by year, then the reported days."""
    posts = events[events["lane"] == LANES[0]]
    parts = []
    if not posts.empty:
        years = posts["date"].str[:4].value_counts().sort_index()
        parts.append(f"{len(posts)} Turkish observation posts with a known set-up date: "
                     + ", ".join(f"{n} in {y}" for y, n in years.items())
                     + f" ({UNDATED_POSTS_WORDS})")
    others = events[events["lane"] != LANES[0]]
    for row in others.itertuples():
        parts.append(f"{_day(row.date)}: {row.lane.lower()}, {row.label} ({row.detail})")
    return "Timeline. " + "; ".join(parts) + "." if parts else "Timeline: no dated events."


def timeline_chart(events: pd.DataFrame, articles: pd.DataFrame, story=None, width: int = WIDTH) -> alt.Chart:
    """When: one panel per period of the story configuration, the lanes one above the other."""
    story = _story(story)
    narrow = width <= NARROW
    lanes = [lane for lane in LANES if lane in set(events["lane"])]
    periods = [p for p in story.periods if p.label in set(events["period"])]
    sides = [label for label in SIDE_LABELS.values() if label in set(events["side"])]
    panels = []
    for index, period in enumerate(periods):
        part = events[events["period"] == period.label].copy()
        # Marks of the same day and lane sit one above the other (in pixels), so no mark hides another.
        rank = part.groupby(["date", "lane"]).cumcount()
        count = part.groupby(["date", "lane"])["side"].transform("size")
        part["offset"] = (rank - (count - 1) / 2) * 14
        # Side by side, the lanes are named once, on the left.
        lane_labels = narrow or index == 0
        axis = alt.Axis(format=period.axis_format, labelAngle=0, tickCount=4 if narrow else 5, labelOverlap=True,
                        labelSeparation=12)
        chart = alt.Chart(part).mark_point(filled=True, size=80, opacity=0.85).encode(
            x=alt.X("date:T", title=period.label, axis=axis),
            y=alt.Y("lane:N", title=None, sort=lanes, scale=alt.Scale(domain=lanes),
                    axis=alt.Axis(labelLimit=160 if narrow else 200, labels=lane_labels, ticks=lane_labels)),
            # Sides hit on the same day sit one above the other in their lane, so no mark hides another.
            yOffset=alt.YOffset("offset:Q", scale=None),
            color=alt.Color("side:N", title="Whose forces or people", scale=side_colour(),
                            legend=alt.Legend(values=sides, direction="vertical" if narrow else "horizontal")),
            tooltip=[alt.Tooltip("date:T", title="Date", format="%-d %B %Y"), alt.Tooltip("label:N", title="What"),
                     alt.Tooltip("detail:N", title="Detail")],
        )
        panel_width = (width - 175) if narrow else (width - 190) // max(len(periods), 1)
        panels.append(chart.properties(width=panel_width, height=120 if narrow else 150))
    description = timeline_description(events)
    posts = events[events["lane"] == LANES[0]]
    wrap = 40 if narrow else 80
    if not posts.empty:
        years = posts["date"].str[:4]
        title = (f"{len(posts)} posts with a known set-up date, from {years.min()} to {years.max()}: "
                 f"{int((years == years.max()).sum())} of them set up in {years.max()}")
    else:
        title = "The days the articles report"
    counts = pd.Series([n.strip() for cell in posts["credit"] for n in str(cell).split(",") if n.strip()],
                       dtype=str).value_counts()
    named = ", ".join(counts.index[:4])
    more = f" and {len(counts) - 4} other publications" if len(counts) > 4 else ""
    # Only the outlets whose deployments or casualties are drawn are credited for them (each row names its outlet)
    drawn = {name.strip() for cell in events.loc[events["lane"] != LANES[0], "credit"] for name in str(cell).split(",")}
    drawn_articles = articles[articles["article_id"].map(outlet_names(articles)).isin(drawn)]
    subtitle = textwrap.wrap(f"Post dates as reported by {named or 'no source'}{more} (each post's sources are in "
                             f"the table of posts); {UNDATED_POSTS_WORDS}.", wrap)
    if not drawn_articles.empty:
        subtitle += textwrap.wrap("Deployments and casualties on the day the articles report them. "
                                  + source_line(drawn_articles), wrap)
    chart = (alt.vconcat(*panels, spacing=16) if narrow else alt.hconcat(*panels, spacing=14)) if panels else \
        alt.vconcat(alt.Chart(pd.DataFrame({"x": []})).mark_point())
    return chart.resolve_scale(x="independent").properties(
        title=alt.Title(textwrap.wrap(title, wrap), subtitle=subtitle, fontSize=TITLE_SIZE - (1 if narrow else 0)),
        description=description,
    )


# --- the tracker ----------------------------------------------------------------------------------------------------

MAX_TRACKER_PANELS = 8
TRACKER_COLUMNS = ["reported", "incident", "event", "event_date", "claimant", "article", "article_id", "article_no", "figure",
                   "outcome", "qualifier", "low", "high", "side", "claim_id", "label", "inferred", "claimant_as_written"]


def tracker_data(claims: pd.DataFrame, articles: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """One row per distinct dated numeric claim: when it was reported, about which event, by whom, its figure."""
    data = claims_chart_data(claims, articles)
    if data.empty:
        return pd.DataFrame(columns=TRACKER_COLUMNS)
    reported = report_dates(articles, claims)
    by_claim = claims.set_index("claim_id")
    # A dataset has no report date of its own: its claims are placed at the event's date.
    data["reported"] = [reported.get(by_claim.loc[c, "article_id"], by_claim.loc[c, "event_date"])
                        for c in data["claim_id"]]
    labels = dict(zip(events["event_id"], events["label"]))
    data["event"] = [labels.get(by_claim.loc[c, "event_id"], "") for c in data["claim_id"]]
    # The incident is the day and governorate, as the story counts them; an event is one side hit within it.
    data["incident"] = [incident_label(_incident_key(by_claim.loc[c])) for c in data["claim_id"]]
    data["event_date"] = [by_claim.loc[c, "event_date"] for c in data["claim_id"]]
    data["article_id"] = [by_claim.loc[c, "article_id"] for c in data["claim_id"]]
    # What the article says where a name is inferred (the '*' of a label): the chart's note quotes it.
    data["claimant_as_written"] = [by_claim.loc[c, "claimant_as_written"] for c in data["claim_id"]]
    data = data.dropna(subset=["reported"])
    data["label"] = data["claimant"] + ": " + data["figure"] + " " + data["outcome"]
    # Events in date order (the label would sort 10 Feb before 3 Feb), then each event's claims as reported.
    return data[TRACKER_COLUMNS].sort_values(["event_date", "event", "reported", "claimant"], kind="stable"
                                             ).reset_index(drop=True)


MAX_PANEL_HEIGHT = 420  # px: a tracker panel grows to name every figure up to this, then leaves names to its table


LABEL_GAP_PX = 4  # between two stacked tracker labels: a trial read two labels at one point as touching


def _dodge(rows: pd.DataFrame, top: float, height: int, line_px: int = 15,
           max_height: int = MAX_PANEL_HEIGHT, gap_px: int = LABEL_GAP_PX) -> tuple[pd.DataFrame, int]:
    """Label heights that keep labels apart within the panel's own scale (0 to ``top``, in data units): each label
    starts at its figure, or above the label below it, or below the one above it where the stack would run past the
    top. The scale never grows for labels (a trial's panel of figures up to 20 ran to 20,000): the panel grows
    taller instead, up to ``max_height`` px. Returns the rows with ``label_y`` and the panel's height; where the
    labels cannot fit even then, their ``tag`` is emptied (the page's table below names each figure)."""
    rows = rows.sort_values("high", kind="stable").copy()
    # Each label's lines, and a gap below every label but the lowest (which sits on its own figure)
    needs = [(tag.count("|") + 1) * line_px + (gap_px if index else 0) for index, tag in enumerate(rows["tag"])]
    height = max(height, sum(needs))
    # A little taller (up to half as tall again) where the labels stacked above a figure would run past the top, so
    # that each label can start at or above its own figure: the label of figure j sits at high_j / top * height at
    # least, and the labels above it need sum(needs[j+1:]) px more. Beyond that the stack comes down from the top
    # and the labels moved get leader lines (see tracker_chart).
    above = [sum(needs[j + 1:]) for j in range(len(needs))]
    fitting = max((a / (1 - float(h) / top) for a, h in zip(above, rows["high"]) if float(h) < top), default=0)
    if fitting <= min(max_height, 1.5 * height):
        height = max(height, math.ceil(fitting))
    if height > max_height:
        rows["tag"] = ""
        rows["label_y"] = rows["high"].astype(float)
        return rows, max(100, min(max_height, 20 * len(rows)))
    placed, floor = [], 0.0
    for high, need in zip(rows["high"], needs):
        # A label hangs down from its top line: its top sits at its figure, or higher if the label below needs room.
        y = max(float(high) / top * height, floor + need)
        placed.append(y)
        floor = y
    ceiling = float(height)
    for i in range(len(placed) - 1, -1, -1):  # then down from the top, so the stack stays inside the panel
        placed[i] = min(placed[i], ceiling)
        ceiling = placed[i] - needs[i]
    rows["label_y"] = [y * top / height for y in placed]
    return rows, height


DODGE_PX = 11  # between the centres of two marks set side by side on the Tracker


MARK_PX = 10  # a mark's height on the Tracker: two marks of one day closer than this overlap


def _overlapping(rows: pd.DataFrame, px_per_person: float | None) -> pd.Series:
    """A key shared by the marks of one day that would overlap: the same low and high, or (given the panel's
    pixels per person) ends less than a mark apart, as "as many as 33" and "at least 34" are on a scale of 1,000."""
    day = rows["reported"].astype(str).str[:10]
    if px_per_person is None:
        return day + "|" + rows["low"].astype(str) + "|" + rows["high"].astype(str)
    low = rows["low"].fillna(rows["high"]).astype(float)
    high = rows["high"].fillna(rows["low"]).astype(float)
    keys = pd.Series("", index=rows.index)
    for this_day, index in day.groupby(day, sort=False).groups.items():
        cluster, last = 0, None
        for row in sorted(index, key=lambda i: (low[i], high[i])):
            if last is not None and max(abs(low[row] - low[last]), abs(high[row] - high[last])) * px_per_person \
                    >= MARK_PX:
                cluster += 1
            keys[row], last = f"{this_day}|{cluster}", row
    return keys


def _dodge_across(rows: pd.DataFrame, moved: pd.Series | None = None,
                  px_per_person: float | None = None) -> list[float]:
    """For each row, where its mark stands across the day it was reported: 0 alone; -0.5 and 0.5 for two figures of
    one day whose marks would overlap (the same low and high, or ends closer than a mark at ``px_per_person``), and
    so on. Marks whose labels were ``moved`` (and get a leader line) stand leftmost: the mark nearest the labels is
    then the one whose label sits beside it (a trial read "at least 4", beside another source's dot, as that
    dot's)."""
    rows = rows.assign(_overlap=_overlapping(rows, px_per_person))
    order = rows if moved is None else rows.assign(_beside=~moved.astype(bool)).sort_values("_beside", kind="stable")
    same = order.groupby("_overlap", sort=False)
    return list((same.cumcount() - (same["low"].transform("size") - 1) / 2).reindex(rows.index))


def _day_ms(day: str) -> int:
    """A day as Vega's time value (milliseconds since 1970, midnight UTC, as Vega reads '2020-02-25')."""
    return int(pd.Timestamp(day).value // 1_000_000)


def tracker_chart(data: pd.DataFrame, articles: pd.DataFrame, width: int = WIDTH) -> alt.VConcatChart:
    """How each incident's figures moved as reports came in: one panel per incident, side and outcome, in date
    order, with the same marks as the claims chart (dot, range bar, bound triangles) and each source named."""
    narrow = width <= NARROW
    data = data.assign(outcome=data["label"].str.rsplit(" ", n=1).str[-1] if not data.empty else [],
                       tag=[_wrap_label(f"{c}: {f}", 20 if narrow else 40) for c, f in
                            zip(data["claimant"], data["figure"])])
    data["panel"] = data["event"] + ", " + data["outcome"].map(outcome_heading)
    # With many incidents, a panel with one figure shows nothing moving: those are left to the tables below.
    sizes = data.groupby("panel")["claim_id"].transform("size")
    crowded = data["panel"].nunique() > MAX_TRACKER_PANELS and (sizes >= 2).any()
    left_out = data[sizes < 2] if crowded else data.iloc[0:0]
    data = renumber(data[sizes >= 2]) if crowded else data
    if crowded and not data.empty:  # labels follow the numbers of the rows drawn
        data = data.assign(tag=[_wrap_label(f"{c}: {f}", 20 if narrow else 40) for c, f in
                                zip(data["claimant"], data["figure"])])
    order = list(dict.fromkeys(data["panel"]))
    sides = [label for label in SIDE_LABELS.values() if label in set(data["side"])]
    panels = []
    for panel_name in order:
        rows = data[data["panel"] == panel_name]
        top = max(5, int(rows["high"].max() * 1.2))
        # One tick per day reported (a free tick count put "25 Feb 2020" at midnight and at noon of one day).
        days = sorted({str(day)[:10] for day in rows["reported"]})
        base = alt.Chart().encode(
            # labelSeparation: the overlap test measures text with another font than the reader's browser, so
            # labels that barely fit on a phone ran together ("16 Feb 202023 Feb 2020"); keep a clear gap.
            x=alt.X("reported:T", title="Reported", scale=alt.Scale(padding=12),
                    axis=alt.Axis(format="%-d %b %Y", labelAngle=0, values=[_day_ms(day) for day in days],
                                  labelOverlap=True, labelSeparation=12, labelFlush=True)),
            color=alt.Color("side:N", title="People hit", scale=side_colour(),
                            legend=alt.Legend(values=sides, direction="vertical" if narrow else "horizontal")),
            tooltip=[alt.Tooltip("claimant:N", title="Source"), alt.Tooltip("figure:N", title="Figure"),
                     alt.Tooltip("reported:T", title="Reported", format="%-d %B %Y")],
        )
        rows, height = _dodge(rows, top, height=100)
        # A label moved off its figure's height to make room gets a thin line from its figure to it: a trial read
        # the label beside a dot as that dot's ("5" beside the dot at 9)
        rows["moved"] = rows["tag"].astype(bool) & ((rows["label_y"] - rows["high"].astype(float)).abs()
                                                    * height / top > 3)
        if not rows["tag"].astype(bool).any():
            panel_name += " (too many figures to name here: each is in the table below)"
        y = alt.Y("low:Q", title="People", scale=alt.Scale(zero=True, domain=[0, top]), axis=alt.Axis(tickCount=3))
        labels = base.mark_text(align="left", baseline="top", dx=10, dy=-6, fontSize=LABEL_SIZE,
                                lineBreak="|").encode(
            y=alt.Y("label_y:Q", scale=alt.Scale(zero=True, domain=[0, top])), text="tag:N",
            color=side_text_colour())
        # Marks reported on one day with the same or a close figure lie side by side, never on one another (a trial
        # could not see "at least 4" under another source's "4"); a leader line starts at its own mark
        rows["dodge"] = _dodge_across(rows, rows["moved"], height / top)
        shifts = sorted(set(rows["dodge"]))
        leaders = [base.transform_filter((alt.datum.dodge == shift) & alt.datum.moved).mark_rule(
            strokeWidth=1, color="#888888", xOffset=shift * DODGE_PX, x2Offset=9).encode(
            y=alt.Y("high:Q", scale=alt.Scale(zero=True, domain=[0, top])), y2=alt.Y2("label_y:Q"),
            x2=alt.X2("reported:T")) for shift in shifts if (rows["moved"] & (rows["dodge"] == shift)).any()]
        layers = [layer for shift in shifts
                  for layer in _figure_marks(base.transform_filter(alt.datum.dodge == shift), "low", "high", y, "y",
                                             80, offset=shift * DODGE_PX)] + [*leaders, labels]
        panels.append(alt.layer(*layers, data=with_text_colour(rows)).properties(
            width=width - (210 if narrow else 320), height=height,
            title=alt.Title(textwrap.wrap(panel_name, 44 if narrow else 90), fontSize=LABEL_SIZE, anchor="start")))
    wrap = 40 if narrow else 80
    # The '*' of an inferred name is explained where it is drawn, as on the claims chart.
    note = inferred_note(data.rename(columns={"inferred": "claimant_inferred"})) \
        if {"inferred", "claimant_as_written"} <= set(data.columns) else ""
    # Counted as the story counts them: an incident is a day and a governorate; each side hit is a panel of it.
    incidents_count = _incidents_in(data)
    title = (f"{incidents_count} incidents in date order: each source's figure on the day it was reported"
             if incidents_count > 1 else "Each source's figure on the day it was reported")
    left_out_words = _left_out_words(left_out, data)
    chart = alt.vconcat(*panels, spacing=14) if panels else alt.vconcat(alt.Chart(pd.DataFrame({"x": []}))
                                                                        .mark_point())
    return chart.resolve_scale(x="independent", y="independent").properties(
        title=alt.Title(textwrap.wrap(title, wrap), subtitle=textwrap.wrap(
            "A syndicated copy of a claim counts once. Dot: a figure; bar: a range; triangle: a bound. Nothing is "
            "averaged.", wrap) + textwrap.wrap(left_out_words, wrap) + (textwrap.wrap(note, wrap) if note else [])
            + textwrap.wrap(marker_note(data), wrap)
            + [line for key in article_key(data) for line in textwrap.wrap(key, wrap)]
            # Credit only the articles whose figures are drawn, as the claims chart does.
            + textwrap.wrap(source_line(articles[articles["article_id"].isin(data.get("article_id", []))]), wrap),
            fontSize=TITLE_SIZE - (1 if narrow else 0)),
        description=f"Tracker of {len(data)} distinct dated claims about {_plural(incidents_count, 'incident', 'incidents')}, in date "
                    "order: " + "; ".join(f"{r.event}: {r.claimant} {r.figure} {outcome_heading(r.outcome)}, reported "
                                          f"{_day(r.reported)}" for r in data.itertuples()) + "."
                    + (f" {note}" if note else ""),
    )


def _incidents_in(data: pd.DataFrame) -> int:
    """How many incidents (day and governorate) the tracker rows are about; rows made without the column count
    their events."""
    return int(data["incident" if "incident" in data else "event"].nunique()) if not data.empty else 0


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _left_out_words(left_out: pd.DataFrame, drawn: pd.DataFrame) -> str:
    """'Not drawn, in the tables below: 3 more incidents and 1 more figure, each the only figure for its incident
    and outcome.': what the tracker leaves out (incidents not drawn at all, and lone figures of the incidents drawn),
    said under the title, not in it (trial 29 could not read the title that said it)."""
    if left_out.empty:
        return ""
    key = "incident" if "incident" in left_out else "event"
    shown = set(drawn[key]) if key in drawn else set()
    hidden = left_out.loc[~left_out[key].isin(shown), key].nunique()
    lone = int(left_out[key].isin(shown).sum())
    parts = []
    if hidden:
        parts.append(_plural(hidden, "more incident", "more incidents"))
    if lone:
        parts.append(_plural(lone, "more figure", "more figures") + " of the incidents drawn")
    # (new-user trials could not parse "1 more incident with one figure per outcome, and 7 lone figures of the
    # incidents drawn, are in the tables below", nor which "3 more figures" were meant)
    return f"Not drawn, in the tables below: {' and '.join(parts)}, each the only figure for its incident and outcome."


def to_svg(chart: alt.TopLevelMixin) -> str:
    """The chart as a static SVG string (vl-convert; no browser, no network)."""
    import vl_convert as vlc

    return vlc.vegalite_to_svg(chart.to_json(validate=True))


def save_svg(chart: alt.TopLevelMixin, path: Path) -> Path:
    """Write the chart's SVG atomically."""
    from .files import atomic_write

    return atomic_write(path, to_svg(chart))
