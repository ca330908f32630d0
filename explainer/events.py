"""Group claims into events and count syndicated copies once.

An event is an incident: the same day, the same governorate and the same side hit. Claims about it from
different sources are compared on the site; a claim with no day stays an event of its own, since nothing says
which incident it is about.

The same figure from the same claimant about the same event, carried by several articles (wire copy run by many
outlets), is one claim (a figure that is part of a larger one, "including six children", is never a copy of a
toll, nor a toll of it): the first report keeps it and lists every outlet that carried it; the later copies point
to it in ``duplicate_of`` and are left out of charts and counts.
"""

from __future__ import annotations

import re

import pandas as pd

from .reference import PlaceTable
from .sides import SIDE_WORDS
from .text import PART_POINT
from .vocabulary import VOCABULARY

# "near Saraqeb": a place kept with the word of nearness written before it (explainer.text) is grouped as the place
_NEAR = re.compile(r"^(?:" + VOCABULARY.alternation("near_word") + r")\s+(?:the\s+)?", re.IGNORECASE)
# "Raqqa city", "Idlib province": the word of the place's sense after its name (explainer.text) is no part of its key
_SENSE = re.compile(r"\s+(?:" + VOCABULARY.alternation("sense_noun") + r")$", re.IGNORECASE)
# "eastern Aleppo": the part of a place a compass point names, written in lower case, is grouped as the place
_PART = re.compile(r"^" + PART_POINT + r"\s+")


def governorates(places_column: pd.Series, places: PlaceTable, hint: pd.Series | None) -> pd.Series:
    """Governorate of each claim's place: a dataset's own admin-1 column first, else the place table."""
    lookup = {name: place.governorate for name, place in places._by_name.items()}
    names = places_column.fillna("").astype(str).str.replace(_NEAR, "", regex=True).str.replace(
        _PART, "", regex=True).str.replace(_SENSE, "", regex=True)
    found = names.str.lower().map(lookup)
    result = found.fillna(names)
    if hint is not None:
        hinted = hint.fillna("").astype(str).str.replace(r"\s+governorate$", "", regex=True)
        result = hinted.where(hinted != "", result)
    return result


def report_dates(articles: pd.DataFrame, claims: pd.DataFrame) -> dict[str, str]:
    """When each article was reported: its publication date, else the latest day it reports on (a lower bound).

    A photo caption's date is when the photo was taken, not when the story ran, so it is not used here.
    """
    latest = claims.dropna(subset=["event_date"]).groupby("article_id")["event_date"].max().to_dict() \
        if len(claims) else {}
    dates = {}
    for _, row in articles.iterrows():
        if row.get("status") == DATASET_STATUS:
            continue  # an export has no report date: each of its rows is dated by its own event (claim_report_dates)
        published = row.get("published")
        if isinstance(published, str) and published:
            dates[row["article_id"]] = published[:10]
        elif row["article_id"] in latest:
            dates[row["article_id"]] = latest[row["article_id"]]
    return dates


def claim_report_dates(claims: pd.DataFrame, articles: pd.DataFrame) -> pd.Series:
    """Each claim's "Reported" day: its article's (:func:`report_dates`), or for a dataset row its own event date,
    never the export's latest day; "" where unknown."""
    if claims.empty:
        return pd.Series(dtype="object", index=claims.index)
    reported = claims["article_id"].map(report_dates(articles, claims)).astype("object")
    own = claims["event_date"].astype("object").where(claims["article_id"].isin(dataset_articles(articles)))
    return reported.fillna(own).fillna("").astype(str)


def assign_events(claims: pd.DataFrame, articles: pd.DataFrame, places: PlaceTable) -> pd.DataFrame:
    """Claims with ``event_id``, ``duplicate_of`` and ``carried_by`` filled in (vectorised: datasets are large)."""
    claims = claims.copy()
    if claims.empty:
        for column in ("event_id", "duplicate_of", "carried_by"):
            claims[column] = pd.Series(dtype="string")
        return claims.drop(columns=["_governorate"], errors="ignore")
    outlet = dict(zip(articles["article_id"], articles["outlet"].fillna("")))
    governorate = governorates(claims["place"], places, claims.get("_governorate"))
    claims["governorate"] = governorate.values
    slug = governorate.str.lower().str.replace(r"[^a-z0-9]+", "-", regex=True).replace("", "unknown-place")
    day = claims["event_date"].fillna("").astype(str)
    claims["event_id"] = ("undated-" + claims["claim_id"].astype(str)).where(
        day == "", day + "-" + slug + "-" + claims["victim_side"].astype(str))

    # Syndicated copies: same event, claimant, outcome and figure. The earliest report keeps the claim.
    order = pd.DataFrame({
        "reported": claim_report_dates(claims, articles).values, "position": range(len(claims))})
    signature = (claims["event_id"].astype(str) + "|" + claims["claimant"].astype(str) + "|" + claims["outcome"]
                 .astype(str) + "|" + claims["qualifier"].astype(str) + "|" + claims["number_low"].astype("string")
                 .fillna("") + "|" + claims["number_high"].astype("string").fillna(""))
    if "subset" in claims:
        # "including six children" (part of a larger toll) is never a copy of a toll of 6, nor a toll of it
        signature = signature + "|" + claims["subset"].fillna(False).astype(bool).map({True: "part", False: ""})
    # A copy carries its sentence's place: the same figure for two towns of one governorate is two claims.
    signature = signature + "|" + claims["place"].map(place_key)
    signature = signature.where(claims["qualifier"] != "vague", "vague|" + claims["claim_id"].astype(str))
    ranked = order.assign(signature=signature.values, claim_id=claims["claim_id"].values,
                          outlet=claims["article_id"].map(outlet).fillna(claims["article_id"]).values)
    ranked = ranked.sort_values(["reported", "position"], kind="stable")
    first_id = ranked.groupby("signature", sort=False)["claim_id"].transform("first")
    ranked["duplicate_of"] = first_id.where(first_id != ranked["claim_id"], "")
    outlets = ranked.groupby("signature", sort=False)["outlet"].agg(lambda v: "; ".join(dict.fromkeys(v)))
    ranked["carried_by"] = ranked["signature"].map(outlets).where(ranked["duplicate_of"] == "", "")
    ranked = ranked.sort_values("position")
    claims["duplicate_of"] = ranked["duplicate_of"].values
    claims["carried_by"] = ranked["carried_by"].values
    return claims.drop(columns=["_governorate"], errors="ignore")


def events_table(claims: pd.DataFrame, places: PlaceTable) -> pd.DataFrame:
    """One row per event: its day, governorate, side hit, a label, and how many distinct claims it has."""
    columns = ["event_id", "event_date", "governorate", "victim_side", "label", "claims", "claimants"]
    if claims.empty:
        return pd.DataFrame(columns=columns)
    rows = []
    for event_id, group in claims[claims["duplicate_of"].fillna("") == ""].groupby("event_id", sort=True):
        first = group.iloc[0]
        day = first["event_date"] if isinstance(first["event_date"], str) else ""
        governorate = first["governorate"] if isinstance(first["governorate"], str) else ""
        where = f", {governorate}" if governorate else ""
        when = pd.Timestamp(day).strftime("%-d %B %Y") if day else "Undated"
        rows.append({"event_id": event_id, "event_date": day, "governorate": governorate,
                     "victim_side": first["victim_side"],
                     "label": f"{when}{where}: {SIDE_WORDS[first['victim_side']]}",
                     "claims": len(group), "claimants": "; ".join(sorted(group["claimant"].unique()))})
    return pd.DataFrame(rows, columns=columns)


# --- which figures may be compared ---------------------------------------------------------------------------------

DATASET_STATUS = "imported dataset"  # the articles table's status for an ACLED or UCDP export (explainer/datasets.py)


def dataset_articles(articles: pd.DataFrame | None) -> set[str]:
    """The article ids that are dataset exports, not articles."""
    if articles is None or articles.empty or "status" not in articles:
        return set()
    return set(articles.loc[articles["status"] == DATASET_STATUS, "article_id"])


def comparison(group: pd.DataFrame, datasets: set[str]) -> str:
    """How the figures of one incident, side and outcome stand, as the site may say it:

    ``differ`` or ``same`` (two sources give comparable figures), ``changed`` (one source only, whose figures differ
    from one article or report to another: never called agreement or "one source only"), ``one`` (one source
    only, the same figure wherever it gives one), ``unstated`` (the side
    hit is not stated: such figures, a dataset's event totals among them, may be about different events and are
    never compared) or ``separate`` (a dataset records several events here: each is an event of its own, not a
    disagreement, and which one an article means is not known, so none of them is set against the others) or
    ``places`` (sources give figures for different towns of the governorate: two incidents, not one disagreement)
    or ``totals`` (a total for the day or a period beside figures for one incident: one may hold the other).
    ``part`` (every figure is part of a larger one, "including five children": not compared). Figures that are part
    of a larger one are left out of the others' comparison. Only ``differ`` may be called a disagreement.
    """
    if group.empty:
        return "one"
    if "subset" in group:
        # "including five children": part of a toll given with it, never a figure to set against another's toll
        parts = group["subset"].fillna(False).astype(bool)
        if parts.all():
            return "part"
        group = group[~parts]
    if (group["victim_side"] == "unspecified").all():
        return "unstated" if len(group) > 1 else "one"
    several = _several_dataset_events(group, datasets)
    comparable = group[~several]
    if comparable["claimant"].nunique() > 1 and len(towns(comparable)) > 1:
        return "places"
    if comparable["claimant"].nunique() > 1 and "scope" in comparable and comparable["scope"].nunique() > 1:
        return "totals"
    if comparable["claimant"].nunique() > 1:
        figures = {_figure_key(r) for _, r in comparable.iterrows()}
        return "differ" if len(figures) > 1 else "same"
    if several.any():
        return "separate"
    return "changed" if figure_changes(comparable) else "one"


def place_key(name) -> str:
    """'Idlib province', 'idlib governorate' and 'Idlib' as one key; '' for no place."""
    if not isinstance(name, str):
        return ""
    bare = _SENSE.sub("", _PART.sub("", _NEAR.sub("", name.strip()))).lower()
    return re.sub(r"\s+(?:province|governorate|region)$", "", bare)


def towns(group: pd.DataFrame) -> list[str]:
    """The places below the governorate that a group's figures are given for ("Saraqeb"), as written, one per place.

    A figure given for the governorate itself ("in Idlib") may be about the same people as a town's, told less
    precisely, so it is set against it (with a note: :func:`part_of_governorate`); two towns are two incidents."""
    if "place" not in group or "governorate" not in group:
        return []
    found: dict[str, str] = {}
    for place, governorate in zip(group["place"], group["governorate"]):
        key = place_key(place)
        if key and key != place_key(governorate):
            found.setdefault(key, str(place).strip())
    return sorted(found.values())


def place_tags(claims: pd.DataFrame) -> pd.Series:
    """" in Binnish" for each dated claim whose incident, side and outcome have figures given for more than one place
    (two towns, or a town and its governorate), so a page that lists them together shows which is which; "" for the
    others (indexed as ``claims``)."""
    tags = pd.Series("", index=claims.index, dtype="object")
    if claims.empty or not {"place", "governorate", "event_date"} <= set(claims.columns):
        return tags
    dated = claims[claims["event_date"].notna()]
    if dated.empty:
        return tags
    # (vectorised: a dataset export brings thousands of rows)
    places = dated["place"].map(place_key).replace("", pd.NA)
    keys = [dated["event_date"].astype(str), dated["governorate"].fillna("").astype(str), dated["victim_side"],
            dated["outcome"]]
    several = places.groupby(keys, sort=False).transform("nunique") > 1
    shown = several & places.notna()
    tags.loc[shown[shown].index] = " in " + dated.loc[shown, "place"].astype(str).str.strip()
    return tags


def part_of_governorate(group: pd.DataFrame) -> tuple[str, str] | None:
    """(town, governorate) when some figures are given for one town and others only for its governorate: the town's
    may be part of theirs, which the page says beside the comparison."""
    named = towns(group)
    if len(named) != 1:
        return None
    is_wider = [bool(place_key(p)) and place_key(p) == place_key(g)
                for p, g in zip(group["place"], group["governorate"])]
    wider = [str(p).strip() for p, flag in zip(group["place"], is_wider) if flag]
    if not wider:
        return None
    # A part is never larger than every whole it could belong to: 8 in a town is no part of "6" in its governorate
    # (a trial); a whole with no upper bound ("at least 6") may hold any part
    town_lows = group.loc[group["place"].astype(str).str.strip() == named[0], "number_low"].dropna()
    highs = group.loc[is_wider, "number_high"]
    if len(town_lows) and highs.notna().all() and len(highs) and town_lows.min() > highs.max():
        return None
    return named[0], wider[0]


def _several_dataset_events(group: pd.DataFrame, datasets: set[str]) -> pd.Series:
    """The rows of a dataset that records several events in this group: separate events, never compared."""
    events = group.groupby("article_id")["claim_id"].transform("size")
    return group["article_id"].isin(datasets) & (events > 1)


def compared(group: pd.DataFrame) -> pd.DataFrame:
    """The figures :func:`comparison` sets against each other: not the parts of a larger figure."""
    return group[~group["subset"].fillna(False).astype(bool)] if "subset" in group else group


def figures_can_all_hold(group: pd.DataFrame) -> bool:
    """Whether different figures leave one count that every one of them allows: "at least 4" beside 8, "30 to 35"
    beside "more than 30". Then they differ without contradicting each other. An approximate or vague figure is
    never read as allowing another."""
    lows, highs = [], []
    for _, row in group.iterrows():
        low = None if pd.isna(row["number_low"]) else float(row["number_low"])
        high = None if pd.isna(row["number_high"]) else float(row["number_high"])
        qualifier = row["qualifier"]
        if qualifier == "exact" and low is not None:
            lows.append(low), highs.append(low)
        elif qualifier == "at_least" and low is not None:
            lows.append(low)
        elif qualifier == "more_than" and low is not None:
            lows.append(low + 1)  # "more than 30": 31 or more
        elif qualifier == "at_most" and high is not None:
            highs.append(high)
        elif qualifier == "range" and low is not None and high is not None:
            lows.append(low), highs.append(high)
        else:
            return False
    return max(lows, default=0) <= min(highs, default=float("inf"))


def _figure_key(row) -> tuple:
    """A figure as a comparable value: a missing bound is None (two NaNs never compare equal)."""
    return tuple(None if pd.isna(row[c]) else row[c] for c in ("number_low", "number_high", "qualifier"))


def in_report_order(rows: pd.DataFrame) -> bool:
    """Whether rows from :func:`figure_changes` were reported on different known days, so "then" is true of them."""
    days = list(rows.get("reported_on", pd.Series(dtype=str)))
    return all(days) and len(set(days)) == len(days)


def figure_changes(group: pd.DataFrame, reported: dict[str, str] | None = None) -> list[tuple[str, pd.DataFrame]]:
    """Each source whose figures for one incident, side and outcome are not the same in every article that gives
    them (13 in one report, at least 15 in another): ``(claimant, its rows in report order)``, each row's report date
    in ``reported_on`` ("" where unknown; see :func:`in_report_order`). Two figures in one
    article only (two groups or counts, in its own words) are not a change, nor is a figure with no number."""
    changes = []
    # A figure with no number ("all its crew") may be another group of people: it is no figure to set against one.
    group = group[group["number_low"].notna() | group["number_high"].notna()]
    if "subset" in group:
        group = group[~group["subset"].fillna(False).astype(bool)]  # a part of a toll is no report of the toll
    for claimant, rows in group.groupby("claimant", sort=False):
        per_article = {article: frozenset(_figure_key(r) for _, r in figures.iterrows())
                       for article, figures in rows.groupby("article_id", sort=False)}
        if len(set(per_article.values())) > 1:
            order = rows.assign(_reported=[(reported or {}).get(a, "") for a in rows["article_id"]],
                                _position=range(len(rows)))
            order = order.sort_values(["_reported", "_position"], kind="stable")
            order = order.drop_duplicates(subset=["number_low", "number_high", "qualifier"], keep="first")
            changes.append((claimant, order.drop(columns=["_position"]).rename(columns={"_reported": "reported_on"})))
    return changes


def comparable_claims(claims: pd.DataFrame, datasets: set[str]) -> pd.DataFrame:
    """The dated claims that may be set against each other: grouped by incident (day and governorate), side and
    outcome, in groups whose figures stand as ``differ`` or ``same`` (see :func:`comparison`)."""
    if claims.empty:
        return claims
    dated = claims.dropna(subset=["event_date"])
    keys = [dated["event_date"].astype(str), dated["governorate"].fillna("").astype(str)
            if "governorate" in dated else pd.Series("", index=dated.index), dated["victim_side"], dated["outcome"]]
    keep = []
    for _, group in dated.groupby(keys, sort=False):
        if comparison(group, datasets) in ("differ", "same"):
            keep.append(group[~_several_dataset_events(group, datasets)])
    return pd.concat(keep) if keep else dated.iloc[0:0]
