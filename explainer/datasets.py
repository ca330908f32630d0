"""Import ACLED and UCDP GED exports as claims, so the media's figures can be set beside the datasets'.

A dataset's fatality count is a claim like any other, and the dataset is its claimant:

* ACLED: ``fatalities`` (a single reported figure for the whole event, sides not split) becomes one exact claim,
  victim side ``unspecified``. Codebook: ACLED Codebook 2023, "fatalities", "event_date", "location", "notes".
* UCDP GED: ``low`` and ``high`` become one claim (a range when they differ) with ``best`` in its notes, and
  ``deaths_a``, ``deaths_b`` and ``deaths_civilians`` become one exact claim each for the side named in
  ``side_a`` / ``side_b`` (when that side is one this project tracks) and for civilians. Codebook: UCDP GED
  Codebook version 23.1.

Rows are read with pandas in one pass (a national ACLED export of hundreds of thousands of rows imports in
seconds); a missing column or a bad date stops the import with the file, line and column at fault.

An export of any size imports, but the committed tables and pages stay small (:func:`split_import`): up to
:data:`IN_FULL_UP_TO` dataset claims in all are kept as claims, every one of them; beyond that only the claims about
an incident the articles report (the same day and governorate) are, and the whole export is summarised per month,
governorate and side (:func:`summarise`) and written in full to a git-ignored folder (``data/interim/datasets/``).
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd

from .exceptions import DatasetImportError

# Each dataset as a reader should be told of it, with where to find it (the pages credit it by its short name)
DATASET_CREDITS = {
    "ACLED": ("the Armed Conflict Location & Event Data Project (ACLED)", "https://acleddata.com/"),
    "UCDP GED": ("the Uppsala Conflict Data Program's Georeferenced Event Dataset (UCDP GED)", "https://ucdp.uu.se/"),
}
ACLED_COLUMNS = ("event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "admin1",
                 "location", "latitude", "longitude", "source", "notes", "fatalities")
UCDP_COLUMNS = ("id", "date_start", "date_end", "side_a", "side_b", "adm_1", "where_coordinates", "latitude",
                "longitude", "best", "low", "high", "deaths_a", "deaths_b", "deaths_civilians", "source_article")

_SIDE_PATTERNS = [
    (re.compile(r"turk", re.IGNORECASE), "turkey"),
    (re.compile(r"russia", re.IGNORECASE), "russia"),
    (re.compile(r"government of syria|syrian? (?:arab )?army|military forces of syria|syrian government",
                re.IGNORECASE), "syria_government"),
    (re.compile(r"rebel|opposition|hts|hay'?at tahrir|syrian insurgents|national army|jabhat", re.IGNORECASE),
     "rebels"),
]


def _side_of(actor: pd.Series) -> pd.Series:
    sides = pd.Series("unspecified", index=actor.index, dtype="object")
    text = actor.fillna("").astype(str)
    for pattern, side in reversed(_SIDE_PATTERNS):
        sides[text.str.contains(pattern)] = side
    return sides


def _read(path: Path, columns: tuple[str, ...], name: str) -> pd.DataFrame:
    path = Path(path)
    if not path.is_file():
        raise DatasetImportError(f"{name} file not found", path=path, hint="check the path")
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as error:
        raise DatasetImportError(f"cannot read this {name} export as CSV ({str(error).splitlines()[0]})", path=path,
                                 hint="export it again as UTF-8 CSV") from None
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise DatasetImportError(f"missing column(s) {', '.join(missing)} for a {name} export", path=path, line=1,
                                 hint=f"the {name} codebook's columns are: {', '.join(columns)}")
    return frame


def _line(path: Path, row: int) -> int:
    """The line of the file where data row ``row`` (0-based, as pandas counts) starts.

    Counted with the csv module, so a quoted field holding line breaks moves the count as it does in the file;
    only called when there is an error to report, so the second read costs nothing on good exports.
    """
    import csv

    with Path(path).open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        start, records = 1, -1  # the header is record -1
        for record in reader:
            if record:  # pandas skips blank lines too
                if records == row:
                    return start
                records += 1
            start = reader.line_num + 1
    return row + 2


def _dates(frame: pd.DataFrame, column: str, path: Path, formats: tuple[str, ...]) -> pd.Series:
    # An export uses one format throughout: try first the one its first row is in, so one pass usually does.
    first = frame[column].iloc[0] if len(frame) else ""
    formats = sorted(formats, key=lambda f: pd.isna(pd.to_datetime(first, format=f, errors="coerce")))
    parsed = pd.Series(pd.NaT, index=frame.index)
    for fmt in formats:
        if not parsed.isna().any():
            break
        todo = parsed.isna()
        parsed[todo] = pd.to_datetime(frame.loc[todo, column], format=fmt, errors="coerce")
    bad = parsed.isna()
    if bad.any():
        row = int(np.flatnonzero(bad.to_numpy())[0])
        raise DatasetImportError(f"{column} {frame[column].iloc[row]!r} is not a date", path=path,
                                 line=_line(path, row), hint="write dates as YYYY-MM-DD (or ACLED's '03 February 2020')")
    return parsed.dt.strftime("%Y-%m-%d")


# More than the people alive on Earth: whatever such a cell holds, it is not a count of people. Digits only, so
# 1e30 or 23-digit values are refused here instead of overflowing later.
MAX_COUNT = 10_000_000_000
_COUNT = re.compile(r"\d{1,11}(?:\.0*)?")


def _integers(frame: pd.DataFrame, column: str, path: Path) -> pd.Series:
    text = frame[column].str.strip()
    bad = ~text.str.fullmatch(_COUNT)
    if not bad.any():
        values = pd.to_numeric(text).astype("int64")
        bad = values > MAX_COUNT
    if bad.any():
        row = int(np.flatnonzero(bad.to_numpy())[0])
        value = frame[column].iloc[row]
        what = "is empty" if not value.strip() else f"{value!r} is not a count of people"
        raise DatasetImportError(f"{column} {what}", path=path, line=_line(path, row),
                                 hint=f"counts are whole numbers from 0 to {MAX_COUNT:,} written in digits")
    return values.astype("Int64")


def _unique_ids(frame: pd.DataFrame, column: str, path: Path) -> None:
    """Every row's id present and different: claim ids are made from them."""
    bad = (frame[column].str.strip() == "") | frame[column].duplicated()
    if bad.any():
        row = int(np.flatnonzero(bad.to_numpy())[0])
        value = frame[column].iloc[row]
        what = "is empty" if not value.strip() else f"{value!r} appears on an earlier row too"
        raise DatasetImportError(f"{column} {what}", path=path, line=_line(path, row),
                                 hint=f"each event needs its own {column}; export the dataset again")


def _claims(article_id, claim_ids, quote, low, high, qualifier, side, claimant, dates, place, notes, governorate):
    """Claims in the claims table's columns; ``_governorate`` carries the dataset's admin-1 name to the events."""
    count = len(claim_ids)
    return pd.DataFrame({
        "article_id": article_id, "claim_id": claim_ids, "quote": quote, "quote_start": 0,
        "quote_end": quote.str.len(), "quantity_text": np.where(low.astype("string") == high.astype("string"),
                                                                 low.astype("string"),
                                                                 low.astype("string") + " to " + high.astype("string")),
        "number_low": low, "number_high": high, "qualifier": qualifier, "outcome": "killed", "victim_side": side,
        "victim_text": "fatalities", "claimant": claimant, "claimant_as_written": claimant, "event_date": dates,
        "place": place, "paragraph": pd.array([pd.NA] * count, dtype="Int64"), "notes": notes, "source_url": "",
        "scope": "incident", "claimant_inferred": False, "side_inherited": False, "subset": False,
        "_governorate": governorate,
    })


def _reading(path: Path, name: str, progress) -> None:
    size = path.stat().st_size if path.is_file() else 0
    if progress is not None:
        progress(f"{name} {path.name}: reading {size / 1e6:,.1f} MB")


def _export_id(prefix: str, path: Path) -> str:
    """The export's id in the tables: its file name, with the dataset's name before it unless the name already
    starts with it ("acled-syria.csv" is acled-syria, not acled-acled-syria; "syria.csv" is acled-syria)."""
    stem = path.stem.lower()
    return stem if re.match(rf"{prefix}(?:$|[-_ .])", stem) else f"{prefix}-{stem}"


def import_acled(path: Path | str, progress=None) -> tuple[pd.DataFrame, dict]:
    """Claims from an ACLED export, and an articles row describing the file. ``progress`` gets a line per step."""
    path = Path(path)
    _reading(path, "ACLED", progress)
    frame = _read(path, ACLED_COLUMNS, "ACLED")
    _unique_ids(frame, "event_id_cnty", path)
    dates = _dates(frame, "event_date", path, ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y"))
    fatalities = _integers(frame, "fatalities", path)
    article_id = _export_id("acled", path)
    quote = ("ACLED " + frame["event_type"] + " / " + frame["sub_event_type"] + ": " + frame["actor1"] + " vs "
             + frame["actor2"] + ". " + frame["notes"].str.slice(0, 300))
    claims = _claims(article_id, "acled-" + frame["event_id_cnty"], quote, fatalities, fatalities, "exact",
                     "unspecified", "ACLED", dates, frame["location"],
                     "ACLED reports one fatality figure per event, not split by side; sources: " + frame["source"],
                     frame["admin1"])
    return claims, _dataset_article(article_id, path, "ACLED", len(claims))


def import_ucdp(path: Path | str, progress=None) -> tuple[pd.DataFrame, dict]:
    """Claims from a UCDP GED export (a total with its range, and deaths by side), and an articles row."""
    path = Path(path)
    _reading(path, "UCDP GED", progress)
    frame = _read(path, UCDP_COLUMNS, "UCDP GED")
    _unique_ids(frame, "id", path)
    dates = _dates(frame, "date_start", path, ("%Y-%m-%d", "%Y-%m-%d %H:%M:%S.%f", "%Y-%m-%d %H:%M:%S"))
    _dates(frame, "date_end", path, ("%Y-%m-%d", "%Y-%m-%d %H:%M:%S.%f", "%Y-%m-%d %H:%M:%S"))
    low, high, best = (_integers(frame, c, path) for c in ("low", "high", "best"))
    article_id = _export_id("ucdp", path)
    place = frame["where_coordinates"].str.split(",").str[0].str.replace(r"\s+(town|village|city)$", "", regex=True)
    quote = "UCDP GED event " + frame["id"] + ": " + frame["side_a"] + " vs " + frame["side_b"] + ", " + \
        frame["where_coordinates"]
    parts = [_claims(article_id, "ucdp-" + frame["id"] + "-total", quote, low, high,
                     np.where(low == high, "exact", "range"), "unspecified", "UCDP GED", dates, place,
                     "UCDP best estimate " + best.astype("string") + "; source: " + frame["source_article"]
                     .str.slice(0, 200), frame["adm_1"])]
    for column, side in (("deaths_a", _side_of(frame["side_a"])), ("deaths_b", _side_of(frame["side_b"])),
                         ("deaths_civilians", pd.Series("civilians", index=frame.index))):
        deaths = _integers(frame, column, path)
        keep = (deaths > 0).fillna(False) & (side != "unspecified")
        if keep.any():
            parts.append(_claims(article_id, "ucdp-" + frame["id"][keep] + "-" + column, quote[keep], deaths[keep],
                                 deaths[keep], "exact", side[keep], "UCDP GED", dates[keep], place[keep],
                                 f"UCDP {column}", frame["adm_1"][keep]))
    claims = pd.concat(parts, ignore_index=True)
    return claims, _dataset_article(article_id, path, "UCDP GED", len(claims))


_EVENT = re.compile(r"(?:acled|ucdp)-(.+?)(?:-total|-deaths_(?:a|b|civilians))?")


def event_of(claim_id: str) -> str:
    """The dataset's own event id in one of its claim ids ("acled-SYR100001", "ucdp-900001-total"), as made above."""
    found = _EVENT.fullmatch(str(claim_id))
    return found.group(1) if found else str(claim_id)


def _dataset_article(article_id: str, path: Path, name: str, claims: int) -> dict:
    import hashlib

    return {"article_id": article_id, "file": path.name, "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
            "outlet": name, "headline": f"{name} export {path.name}", "language": "en",
            "licence": "dataset terms of use (see the provider)", "reference_date_source": "none", "paragraphs": 0,
            "claims": claims, "status": "imported dataset"}


# ---------------------------------------------------------------------------------------------------------------
# Large exports: what the committed tables keep, what they summarise, what goes to the ignored folder

# Dataset claims a build keeps as claims, every one, whatever they are about. Beyond this the committed tables,
# notebooks and pages would grow with the export (500,000 events made a 352 MB claims.csv and a 110 MB notebook),
# so only the claims about an incident the articles report are kept, and the rest is summarised.
IN_FULL_UP_TO = 1_000
# Summary rows at most by month; a longer or wider export is summarised by year instead.
MAX_SUMMARY_ROWS = 2_000
SUMMARY_COLUMNS = ("source", "export", "period", "governorate", "victim_side", "outcome", "events", "fatalities_low",
                   "fatalities_high", "shown_individually")


def governorate_key(names: pd.Series) -> pd.Series:
    """Governorate names as compared: lower case, without 'governorate' or 'province' ("Idlib governorate")."""
    return (names.fillna("").astype(str).str.strip().str.lower()
            .str.replace(r"\s+(?:governorate|province)$", "", regex=True))


def incident_keys(claims: pd.DataFrame, governorate: pd.Series) -> set[tuple[str, str]]:
    """(day, governorate) of every dated incident figure in ``claims``: the incidents the articles report, as the
    tracker and the story group them (charts.incidents), whatever side was hit."""
    if claims.empty:
        return set()
    scope = claims["scope"] if "scope" in claims.columns else pd.Series("incident", index=claims.index)
    dated = claims["event_date"].notna() & (claims["event_date"].astype("string").fillna("") != "") & \
        (scope.fillna("incident") != "period")
    keys = governorate_key(governorate[dated])
    return {(str(day), gov) for day, gov in zip(claims.loc[dated, "event_date"], keys) if gov}


def about_incidents(claims: pd.DataFrame, governorate: pd.Series, incidents: set[tuple[str, str]]) -> pd.Series:
    """True for each dataset claim on the day and in the governorate of an incident the articles report."""
    if not incidents or claims.empty:
        return pd.Series(False, index=claims.index)
    keys = claims["event_date"].astype(str) + "|" + governorate_key(governorate)
    return keys.isin({f"{day}|{gov}" for day, gov in incidents})


def summarise(claims: pd.DataFrame, governorate: pd.Series, kept: pd.Series, source: str,
              export: str) -> pd.DataFrame:
    """One export's claims by month (or year), governorate, side and outcome: how many events, the sum of their
    figures (low and high ends apart, so a UCDP range stays a range), and how many are also shown one by one.

    A sum of one dataset's own figures, attributed to it; never mixed with the articles' claims. A dataset's
    event totals (ACLED's fatalities, UCDP's low to high) have side 'unspecified'; UCDP's deaths by side are rows
    of their own, so a reader must not add the sides to the totals.
    """
    if claims.empty:
        return pd.DataFrame(columns=SUMMARY_COLUMNS)
    frame = pd.DataFrame({
        "governorate": governorate.fillna("").astype(str).str.replace(r"\s+(?:governorate|province)$", "",
                                                                       regex=True).values,
        "victim_side": claims["victim_side"].values, "outcome": claims["outcome"].values,
        "low": pd.array(claims["number_low"], dtype="Int64"), "high": pd.array(claims["number_high"], dtype="Int64"),
        "kept": kept.values.astype(bool), "day": claims["event_date"].astype(str).values})
    for width in (7, 4):  # YYYY-MM, else YYYY when by month would be too many rows to commit
        frame["period"] = frame["day"].str.slice(0, width)
        groups = frame.groupby(["period", "governorate", "victim_side", "outcome"], sort=True)
        if groups.ngroups <= MAX_SUMMARY_ROWS:
            break
    table = groups.agg(events=("low", "size"), fatalities_low=("low", "sum"), fatalities_high=("high", "sum"),
                       shown_individually=("kept", "sum")).reset_index()
    table.insert(0, "export", export)
    table.insert(0, "source", source)
    return table[list(SUMMARY_COLUMNS)]


def full_import(claims: pd.DataFrame, governorate: pd.Series, kept: pd.Series) -> pd.DataFrame:
    """Every claim of one export, with its governorate and whether the committed tables keep it: the table written
    to the git-ignored folder (it grows with the export)."""
    return claims.drop(columns=["_governorate"], errors="ignore").assign(
        governorate=governorate.values, kept_as_claim=kept.values.astype(bool))
