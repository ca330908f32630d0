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
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd

from .exceptions import DatasetImportError

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
        "scope": "incident", "claimant_inferred": False, "_governorate": governorate,
    })


def import_acled(path: Path | str) -> tuple[pd.DataFrame, dict]:
    """Claims from an ACLED export, and an articles row describing the file."""
    path = Path(path)
    frame = _read(path, ACLED_COLUMNS, "ACLED")
    _unique_ids(frame, "event_id_cnty", path)
    dates = _dates(frame, "event_date", path, ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y"))
    fatalities = _integers(frame, "fatalities", path)
    article_id = f"acled-{path.stem.lower()}"
    quote = ("ACLED " + frame["event_type"] + " / " + frame["sub_event_type"] + ": " + frame["actor1"] + " vs "
             + frame["actor2"] + ". " + frame["notes"].str.slice(0, 300))
    claims = _claims(article_id, "acled-" + frame["event_id_cnty"], quote, fatalities, fatalities, "exact",
                     "unspecified", "ACLED", dates, frame["location"],
                     "ACLED reports one fatality figure per event, not split by side; sources: " + frame["source"],
                     frame["admin1"])
    return claims, _dataset_article(article_id, path, "ACLED", len(claims))


def import_ucdp(path: Path | str) -> tuple[pd.DataFrame, dict]:
    """Claims from a UCDP GED export (a total with its range, and deaths by side), and an articles row."""
    path = Path(path)
    frame = _read(path, UCDP_COLUMNS, "UCDP GED")
    _unique_ids(frame, "id", path)
    dates = _dates(frame, "date_start", path, ("%Y-%m-%d", "%Y-%m-%d %H:%M:%S.%f", "%Y-%m-%d %H:%M:%S"))
    _dates(frame, "date_end", path, ("%Y-%m-%d", "%Y-%m-%d %H:%M:%S.%f", "%Y-%m-%d %H:%M:%S"))
    low, high, best = (_integers(frame, c, path) for c in ("low", "high", "best"))
    article_id = f"ucdp-{path.stem.lower()}"
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


def _dataset_article(article_id: str, path: Path, name: str, claims: int) -> dict:
    import hashlib

    return {"article_id": article_id, "file": path.name, "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
            "outlet": name, "headline": f"{name} export {path.name}", "language": "en",
            "licence": "dataset terms of use (see the provider)", "reference_date_source": "none", "paragraphs": 0,
            "claims": claims, "status": "imported dataset"}
