"""Editorial review: no machine-extracted figure is published until an editor has checked it.

The editors' decisions live in ``data/review/claims.csv``, one row per decision, hand-edited or merged from the
review queue and committed like ``data/reference``. A decision is keyed on what identifies its claim in the text:
the article's SHA-256, the quote's offsets, the quote and the figure as written. Re-extracting with better rules
keeps every decision whose claim is still found; a decision whose claim is gone or has moved is reported as
stale and never applied to another claim.

``apply_decisions`` gives every claim a ``review_status`` (accepted, corrected, rejected, added or awaiting),
applies corrections while keeping the machine's values in ``machine_*`` columns, and adds the figures editors
found that the extractor missed. Pages and charts take ``published(claims)`` only; claims awaiting review appear
only in the "Not yet checked" section of the Claims page.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pandas as pd

from .exceptions import ReviewError
from .files import atomic_write
from .notebook import html_block, neutralise_formulas, not_rejected
from .dates import day_words
from .events import DATASET_STATUS, dataset_articles  # (the status of an export's row: explainer/datasets.py)
from .paths import DATA_DIR, PROCESSED_DIR, REFERENCE_DIR
from .sides import SIDES
from .tables import NAMED_BY_EDITOR, NOT_ATTRIBUTED, QUALIFIERS  # "more_than" among them: an added figure keeps its bound

LEDGER = DATA_DIR / "review" / "claims.csv"
QUEUE = DATA_DIR / "review" / "queue.csv"
# Decisions on a whole ACLED or UCDP export, keyed on the file's SHA-256: an editor checks an export once, not its
# thousands of rows one by one. A decision on one of its claims in LEDGER still overrides it.
EXPORTS = DATA_DIR / "review" / "exports.csv"
EXPORT_COLUMNS = ("file", "sha256", "decision", "reviewer", "reviewed_on", "note")
EXPORT_DECISIONS = ("accepted", "rejected")
CHECKS_FILE = REFERENCE_DIR / "review_checks.csv"
# Possible misses an editor has read and found to give no casualty figure, keyed on the article and the sentence:
# they are listed no more, and come back only if that sentence changes.
MISSES = DATA_DIR / "review" / "misses.csv"
MISS_COLUMNS = ("key", "article_id", "sentence", "reviewer", "reviewed_on", "note")

DECISIONS = ("accepted", "corrected", "rejected", "added")
STATUSES = (*DECISIONS, "awaiting")
PUBLISHED = ("accepted", "corrected", "added")
# Fields an editor may correct; the machine's value is kept beside each in machine_<field>.
CORRECTABLE = ("number_low", "number_high", "qualifier", "outcome", "victim_side", "claimant", "event_date", "place",
               "scope", "subset")
KEY = ("article_id", "article_sha256", "quote_start", "quote_end", "quantity_text", "quote")
# claim_id only breaks ties between claims sharing one quote and figure (a dataset row's totals and sides): it
# changes when rules change, so it never attaches a decision on its own.
# checked_as: the machine's values of the fields the editor left alone, as the editor saw them (JSON). When the rules
# later read the claim otherwise (another place, another side), the decision no longer holds: the claim is reviewed
# again rather than published with a reading nobody checked.
LEDGER_COLUMNS = ("claim_id", *KEY, "decision", *CORRECTABLE, "victim_text", "reviewer", "reviewed_on", "note",
                  "checked_as")
QUEUE_COLUMNS = ("claim_id", "why", "sentence", "decision", *CORRECTABLE, "reviewer", "note", "claimant_as_written",
                 "victim_text", *KEY)
REVIEW_COLUMNS = ("review_status", "reviewer", "reviewed_on", "review_note", "review_flags")
CLEARED = "none"  # written in the ledger for a field the editor emptied on purpose
OUTCOMES = ("killed", "wounded", "captured", "displaced", "other")
SCOPES = ("incident", "period")
ENUMS = {"qualifier": QUALIFIERS, "outcome": OUTCOMES, "victim_side": SIDES, "scope": SCOPES}


# ---------------------------------------------------------------------------------------------------------------
# Reading and checking decisions


def _cell(value) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
        return ""
    text = str(value)
    # The queue neutralises formulas with a leading apostrophe (notebook.neutralise_formulas); read it back.
    if text.startswith("'") and neutralise_formulas(pd.DataFrame([[text[1:]]])).iat[0, 0] != text[1:]:
        text = text[1:]
    return text.strip()


def _int(value: str, name: str, path, line) -> int | None:
    if value in ("", CLEARED):
        return None
    if not re.fullmatch(r"\d+", value):
        raise ReviewError(f"{name} {value!r} is not a whole number", path=path, line=line,
                          hint=f"write digits only, or '{CLEARED}' to leave it empty")
    return int(value)


def check_values(row: dict, enums: dict[str, tuple], dates: tuple[str, ...], path, line) -> None:
    """The cells of a decision that take one of a list of values, and those that take a day; raises ReviewError
    naming the row (a claim's and a deployment's decisions alike)."""
    for name, allowed in enums.items():
        if row.get(name) and row[name] != CLEARED and row[name] not in allowed:
            raise ReviewError(f"{name} {row[name]!r} is not one of {', '.join(allowed)}", path=path, line=line)
    for name in dates:
        value = row.get(name, "")
        if value and value != CLEARED:
            try:
                date.fromisoformat(value)
            except ValueError:
                raise ReviewError(f"{name} {value!r} is not a date", path=path, line=line,
                                  hint="write it as YYYY-MM-DD") from None


def _check_fields(row: dict, path, line) -> None:
    """Enumerations, numbers and dates of one decision; raises ReviewError naming the row."""
    check_values(row, ENUMS, ("event_date", "reviewed_on"), path, line)
    low = _int(row.get("number_low", ""), "number_low", path, line)
    high = _int(row.get("number_high", ""), "number_high", path, line)
    if low is not None and high is not None and low > high:
        raise ReviewError(f"number_low {low} is above number_high {high}", path=path, line=line)
    if row.get("decision") in ("added", "corrected") and (low, high) in ((0, 0), (0, None), (None, 0)):
        # "Syria's media said there were no casualties": a denial has no count; written as 0 it became "gives 0" on
        # the charts, set against the figures it denies, and lost what it denied (trial 20)
        raise ReviewError("a figure of 0 is no claim: a denial ('there were no casualties') is not published as a "
                          "count", path=path, line=line,
                          hint="leave it out: reject the row, or do not add it (README, 'Review before you "
                               "publish': denials)")


def _check_decision(row: dict, path, line) -> None:
    decision = row["decision"]
    if decision not in DECISIONS:
        raise ReviewError(f"decision {decision!r} is not one of {', '.join(DECISIONS)}", path=path, line=line)
    if not row.get("reviewer"):
        raise ReviewError("reviewer is empty", path=path, line=line,
                          hint="write who checked the claim (or pass --reviewer NAME to the merge)")
    if not row.get("article_id") and not row.get("article_sha256"):
        raise ReviewError("the row names no article", path=path, line=line, hint="fill article_id")
    if not row.get("quote"):
        raise ReviewError("quote is empty", path=path, line=line,
                          hint="copy the exact words of the article that carry the figure")
    if not row.get("quantity_text"):
        raise ReviewError("quantity_text is empty", path=path, line=line,
                          hint="copy the figure as the article writes it ('at least four')")
    if decision == "added" and row["quantity_text"].lower() not in row["quote"].lower():
        raise ReviewError(f"quantity_text {row['quantity_text']!r} is not in the quote", path=path, line=line)
    if decision == "corrected" and not any(row.get(name) for name in CORRECTABLE):
        raise ReviewError("decision is corrected but no field is corrected", path=path, line=line,
                          hint="write the right value in its column, or make the decision accepted")
    if decision == "added":
        missing = [n for n in ("qualifier", "outcome", "victim_side", "claimant") if not row.get(n)]
        if missing:
            raise ReviewError(f"an added claim needs {', '.join(missing)}", path=path, line=line)
    _check_fields(row, path, line)


def _read_rows(path: Path) -> list[tuple[int, dict]]:
    """(line number, row) for every non-empty row of a CSV, cells stripped; a missing column is an error."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise ReviewError(f"not UTF-8 text ({error.reason} at byte {error.start})", path=path,
                          hint="save the file as CSV UTF-8") from None
    except OSError as error:
        raise ReviewError(f"cannot read the file ({error.strerror})", path=path) from None
    short = object()  # what DictReader puts in the cells a short row lacks
    reader = csv.DictReader(io.StringIO(text, newline=""), restval=short)
    if reader.fieldnames is None:
        return []
    rows = []
    for row in reader:
        if None in row:
            raise ReviewError("the row has more cells than the header", path=path, line=reader.line_num,
                              hint="a comma inside a cell needs the cell in double quotes; save the file as CSV")
        if any(value is short for value in row.values()):
            given = sum(value is not short for value in row.values())
            # A cell deleted or a row cut off shifts every later value into the wrong column: never guess.
            raise ReviewError(f"the row has {given} cells, the header {len(reader.fieldnames)}", path=path,
                              line=reader.line_num, hint="restore the missing cells (leave them empty, not "
                              "deleted) or write the queue again with make review")
        cells = {k.strip(): _cell(v) for k, v in row.items() if k is not None}
        if any(cells.values()):
            rows.append((reader.line_num, cells))
    return rows


def read_ledger(path: Path = LEDGER) -> pd.DataFrame:
    """The decisions, checked row by row; a missing ledger is an empty one. Raises ReviewError on a bad row."""
    path = Path(path)
    if not path.exists():
        return pd.DataFrame(columns=LEDGER_COLUMNS)
    rows = _read_rows(path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        header = next(csv.reader(handle), [])
    missing = [c for c in ("article_id", "article_sha256", "quote_start", "quote_end", "quantity_text", "quote",
                           "decision", "reviewer") if c not in header]
    if missing:
        raise ReviewError(f"missing column(s) {', '.join(missing)}", path=path, line=1,
                          hint=f"the header is: {','.join(LEDGER_COLUMNS)}")
    seen = {}
    for line, row in rows:
        _check_decision(row, path, line)
        for name in ("quote_start", "quote_end"):
            # An added figure is found by its quote; a machine claim's decision needs its offsets.
            if _int(row.get(name, ""), name, path, line) is None and row["decision"] != "added":
                raise ReviewError(f"{name} is empty", path=path, line=line)
        key = tuple(row.get(k, "") for k in (*KEY[1:], "claim_id"))
        if key in seen:
            raise ReviewError(f"a second decision for the same claim (first on line {seen[key]})", path=path,
                              line=line, hint="keep one row per claim")
        seen[key] = line
    frame = pd.DataFrame([{c: row.get(c, "") for c in LEDGER_COLUMNS} for _, row in rows], columns=LEDGER_COLUMNS)
    frame["line"] = [line for line, _ in rows]
    return frame


def write_ledger(frame: pd.DataFrame, path: Path = LEDGER) -> Path:
    """Write the ledger in one move (a temporary file beside it, then a rename): never half a file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    out = frame.reindex(columns=LEDGER_COLUMNS).fillna("")
    out = out.sort_values(["article_id", "quote_start", "quote_end", "quantity_text"],
                          key=lambda c: pd.to_numeric(c, errors="coerce").fillna(0) if c.name.startswith("quote_")
                          else c, kind="stable")
    return atomic_write(path, lambda temporary: out.to_csv(temporary, index=False, lineterminator="\n"))


# ---------------------------------------------------------------------------------------------------------------
# Decisions on whole exports (data/review/exports.csv)


def _decision_rows(path: Path, columns: tuple[str, ...]) -> list[tuple[int, dict]] | None:
    """(line, row) of a file of editors' decisions with its header checked, or None for a missing file."""
    if not path.exists():
        return None
    rows = _read_rows(path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        header = [h.strip() for h in next(csv.reader(handle), [])]
    missing = [c for c in columns if c not in header]
    if missing:
        raise ReviewError(f"missing column(s) {', '.join(missing)}", path=path, line=1,
                          hint=f"the header is: {','.join(columns)}")
    return rows


def _decision_frame(rows: list[tuple[int, dict]] | None, columns: tuple[str, ...]) -> pd.DataFrame:
    """Checked rows as a table, with each row's line in the file."""
    rows = rows or []
    frame = pd.DataFrame([{c: row.get(c, "") for c in columns} for _, row in rows], columns=list(columns))
    frame["line"] = [line for line, _ in rows]
    return frame


def read_exports(path: Path = EXPORTS) -> pd.DataFrame:
    """The decisions on whole exports, checked row by row; a missing file is an empty one."""
    path = Path(path)
    rows = _decision_rows(path, EXPORT_COLUMNS) or []
    seen: dict[str, int] = {}
    for line, row in rows:
        if not re.fullmatch(r"[0-9a-f]{64}", row["sha256"]):
            raise ReviewError(f"sha256 {row['sha256']!r} is not a SHA-256 in hex", path=path, line=line,
                              hint="record decisions with make review ACCEPT_EXPORT=FILE REVIEWER=NAME")
        if row["decision"] not in EXPORT_DECISIONS:
            raise ReviewError(f"decision {row['decision']!r} is not one of {', '.join(EXPORT_DECISIONS)}",
                              path=path, line=line)
        if not row["reviewer"]:
            raise ReviewError("reviewer is empty", path=path, line=line, hint="write who checked the export")
        if not row["file"]:
            raise ReviewError("file is empty", path=path, line=line, hint="write the export's file name")
        _check_fields({"reviewed_on": row["reviewed_on"]}, path, line)
        if row["sha256"] in seen:
            raise ReviewError(f"a second decision for the same export (first on line {seen[row['sha256']]})",
                              path=path, line=line, hint="keep one row per export")
        seen[row["sha256"]] = line
    return _decision_frame(rows, EXPORT_COLUMNS)


def export_decisions(articles: pd.DataFrame, exports: pd.DataFrame | None,
                     path: Path = EXPORTS) -> tuple[dict[str, dict], list[str]]:
    """The decision that applies to each export of this build, by article id, and a warning line for each decision
    whose export has changed since (same file name, another SHA-256): it is never applied to the new file."""
    if exports is None or exports.empty or articles.empty:
        return {}, []
    datasets = articles[articles["status"].fillna("") == DATASET_STATUS]
    by_sha = {row["sha256"]: row for _, row in exports.iterrows()}
    decided, stale = {}, []
    for _, article in datasets.iterrows():
        decision = by_sha.get(article["sha256"])
        if decision is not None:
            decided[article["article_id"]] = decision.to_dict()
            continue
        for _, old in exports[exports["file"] == article["file"]].iterrows():
            stale.append(f"{_shown(path)}:{old['line']}: stale decision: export {article['file']} has changed since "
                         f"it was {old['decision']} (its sha256 differs); decide again: make review "
                         f"ACCEPT_EXPORT={article['file']} REVIEWER=...")
    return decided, stale


def apply_export_decisions(claims: pd.DataFrame, decided: dict[str, dict]) -> pd.DataFrame:
    """Claims of a decided export that no decision of their own covers take the export's decision."""
    if not decided or claims.empty:
        return claims
    claims = claims.copy()
    for article_id, decision in decided.items():
        rows = (claims["article_id"] == article_id) & (claims["review_status"] == "awaiting")
        claims.loc[rows, "review_status"] = decision["decision"]
        claims.loc[rows, "reviewer"] = decision["reviewer"]
        claims.loc[rows, "reviewed_on"] = decision["reviewed_on"] or None
        claims.loc[rows, "review_note"] = decision["note"] or f"decided for the whole export {decision['file']}"
    return claims


def decide_export(name: str, decision: str, reviewer: str, articles: pd.DataFrame, path: Path = EXPORTS,
                  note: str = "", today: date | None = None) -> str:
    """Record an editor's decision on one export of the last build (named by file name, path or id); one line."""
    if decision not in EXPORT_DECISIONS:
        raise ReviewError(f"decision {decision!r} is not one of {', '.join(EXPORT_DECISIONS)}", value=decision)
    if not reviewer.strip():
        raise ReviewError("no reviewer given", value=name, hint="add REVIEWER=NAME (--reviewer NAME)")
    datasets = articles[articles["status"].fillna("") == DATASET_STATUS]
    wanted = Path(str(name)).name
    match = datasets[(datasets["file"] == wanted) | (datasets["article_id"] == name)]
    if match.empty:
        built = ", ".join(datasets["file"]) or "none"
        raise ReviewError(f"{name!r} is not an export of the last build (exports built: {built})", value=name,
                          hint="build with it first (make site ACLED=... or UCDP=...), then decide")
    article = match.iloc[0]
    exports = read_exports(path).drop(columns=["line"])
    exports = exports[(exports["sha256"] != article["sha256"]) & (exports["file"] != article["file"])]
    row = {"file": article["file"], "sha256": article["sha256"], "decision": decision, "reviewer": reviewer.strip(),
           "reviewed_on": (today or date.today()).isoformat(), "note": note}
    exports = pd.concat([exports, pd.DataFrame([row])], ignore_index=True).sort_values("file", kind="stable")
    atomic_write(Path(path), lambda temporary: exports.to_csv(temporary, index=False, lineterminator="\n"))
    return (f"{decision} every claim of the export {article['file']} (sha256 {article['sha256'][:12]}..., "
            f"{int(article['claims']):,} claims) in {_shown(path)}, by {reviewer.strip()}")


# ---------------------------------------------------------------------------------------------------------------
# Checks that flag a claim for the editor's attention


@dataclass
class Checks:
    """Words and limits the checks use, read from data/reference/review_checks.csv (one place, as data)."""

    period_words: list[str] = field(default_factory=list)
    max_per_incident: dict[str, int] = field(default_factory=dict)
    max_days_from_article: int = 31
    side_inherited: bool = True  # flag a side taken from an earlier figure, not the people's own words
    # words by which a sentence names the source of the figures before it ("These data are reported by X")
    source_later: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, path: Path = CHECKS_FILE) -> "Checks":
        checks = cls()
        path = Path(path)
        if not path.exists():
            return checks
        for line, row in _read_rows(path):
            kind, value = row.get("check", ""), row.get("value", "")
            if kind == "period_words":
                checks.period_words.append(value.lower())
            elif kind.startswith("max_per_incident:"):
                checks.max_per_incident[kind.split(":", 1)[1]] = int(value)
            elif kind == "max_days_from_article":
                checks.max_days_from_article = int(value)
            elif kind == "source_later":
                checks.source_later.append(value.lower())
            elif kind == "side_inherited":
                if value.strip().lower() not in ("flag", "ignore"):
                    raise ReviewError(f"side_inherited must be flag or ignore, not {value!r}", path=path, line=line)
                checks.side_inherited = value.strip().lower() == "flag"
            else:
                raise ReviewError(f"unknown check {kind!r}", path=path, line=line,
                                  hint="use period_words, max_per_incident:<outcome>, max_days_from_article, "
                                       "source_later or side_inherited")
        return checks

    def source_later_pattern(self) -> re.Pattern:
        return _whole_words(self.source_later)

    def period_pattern(self) -> re.Pattern | None:
        if not self.period_words:
            return None
        # Whole words only: a hyphen joins words, so "the war" is not found in "the war-torn country".
        return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in sorted(self.period_words, key=len,
                                                                                      reverse=True)) + r")(?![\w-])")


@lru_cache(maxsize=16)
def _whole_words_of(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in
                                                    sorted(words, key=len, reverse=True)) + r")(?![\w-])",
                      re.IGNORECASE)


def _whole_words(words: list[str]) -> re.Pattern:
    """One pattern for the words, whole words only, any case, any space between words (compiled once)."""
    return _whole_words_of(tuple(words))


def _article_day(article: dict) -> date | None:
    for name in ("published", "reference_date"):
        value = article.get(name)
        if isinstance(value, str) and value:
            try:
                return date.fromisoformat(value[:10])
            except ValueError:
                continue
    return None


def _truthy(value) -> bool:
    return str(value).strip().lower() in ("true", "1", "yes")


def _day(iso: str) -> str:
    """'3 February 2020' for '2020-02-03': read by editors and, under Not yet checked, by readers."""
    return day_words(iso) or iso


def _unresolved_speaker(text: str) -> str:
    """A speech verb in an own-voice claim's sentence ("confirmed", "saying"), not a passive hedge ("were
    reported"): someone may be speaking whom the extractor did not name."""
    from .text import PASSIVE_HEDGE, SPEECH_VERBS

    for verb in SPEECH_VERBS.finditer(text):
        if not PASSIVE_HEDGE.search(text[max(0, verb.start() - 24):verb.start()]):
            return verb.group()
    return ""


def _restated(claims: pd.DataFrame) -> dict[str, str]:
    """Claims that repeat an earlier one of their article ("around 16" after "Sixteen regime fighters", same source,
    people, outcome, day and figure): claim id -> the earlier claim's id; a figure with no day that another of its
    article's figures gives with a day -> that one. Figures with no number are left alone (two "several wounded" are
    not one figure)."""
    repeats: dict[str, str] = {}
    first: dict[tuple, str] = {}
    dated: dict[tuple, str] = {}  # the same without the day: a headline or standfirst restates a dated figure
    undated: list[tuple[tuple, str]] = []
    for _, claim in claims.iterrows():
        numbers = (claim["number_low"], claim["number_high"])
        if any(pd.isna(n) for n in numbers):
            continue
        day = claim.get("event_date")
        figure = (claim["article_id"], claim["claimant"], claim["victim_side"], claim["outcome"], float(numbers[0]),
                  float(numbers[1]))
        if not isinstance(day, str) or not day:
            if claim.get("scope") != "period":  # (a total over a period is another kind of figure)
                undated.append((figure, claim["claim_id"]))
            continue
        dated.setdefault(figure, claim["claim_id"])
        key = (*figure, day)
        if key in first:
            repeats[claim["claim_id"]] = first[key]
        else:
            first[key] = claim["claim_id"]
    for figure, claim_id in undated:
        # "114 regime elements have been neutralised" in the standfirst, "neutralised 114 regime elements" on
        # Thursday in the body: the same figure once with its day, once without
        if figure in dated:
            repeats[claim_id] = dated[figure]
    return repeats


def flags(claims: pd.DataFrame, articles: pd.DataFrame, actors=None, sentences: dict | None = None,
          checks: Checks | None = None, following: dict | None = None, preceding: dict | None = None) -> pd.Series:
    """Why each claim needs attention, '; '-separated (empty when no check fires).

    ``actors`` is the reference ActorTable (for claimants not in actors.csv and names read by inference);
    ``sentences`` maps claim_id to the sentence around the quote (period totals are often said outside the quote);
    ``following`` to the sentence after it in its paragraph (a source named only there), ``preceding`` to the
    nearest before it in its paragraph where someone speaks (a source that may go on speaking).
    """
    from .reference import load_reference

    checks = checks or Checks.load()
    pattern = checks.period_pattern()
    places = load_reference().places
    by_article = {row["article_id"]: row for _, row in articles.iterrows()}
    canonical = {a.canonical for a in actors.actors.values()} if actors is not None else None
    first_telling = _restated(claims)
    reasons = []
    for _, claim in claims.iterrows():
        why = []
        earlier = first_telling.get(claim["claim_id"])
        if earlier is not None:
            same = ", day and figure" if isinstance(claim.get("event_date"), str) and claim.get("event_date") else \
                " and figure (that one with a day)"
            why.append(f"same source, people, outcome{same} as {earlier}: if the article restates that "
                       "figure, reject one of the two so it is counted once")
        if claim["victim_side"] == "unspecified":
            why.append("side not resolved: whose people were hit is not clear")
        elif checks.side_inherited and _truthy(claim.get("side_inherited")):
            from .sides import SIDE_WORDS

            why.append(f"side inherited: '{claim['victim_text']}' does not say whose people they are; read as "
                       f"{SIDE_WORDS.get(claim['victim_side'], claim['victim_side'])}, the side of an earlier figure")
        day = claim.get("event_date")
        published = _article_day(by_article.get(claim["article_id"], {}))
        if not isinstance(day, str) or not day:
            why.append("no date: the text gives no day for it")
        elif published is not None:
            distance = abs((date.fromisoformat(day) - published).days)
            if distance > checks.max_days_from_article:
                why.append(f"date {_day(day)} is {distance} days from the article's {_day(published.isoformat())}")
        scope = claim.get("scope")
        text = " ".join(str(t) for t in (claim["quote"], (sentences or {}).get(claim["claim_id"], "")))
        if isinstance(scope, str) and scope == "period":
            why.append("a period total, not one incident")
        elif pattern is not None and pattern.search(text.lower()):  # a second opinion on the extractor's scope
            why.append(f"may be a period total ('{pattern.search(text.lower()).group()}')")
        if scope != "period":
            # A sentence naming places in several governorates ("... in Idlib, Latakia and Hama") may give a figure
            # for all of them, or for one other than the place read: compared with one governorate's figures it
            # would set different incidents side by side (trial 40)
            governorates = list(dict.fromkeys(place.governorate for _, _, place in places.find(
                (sentences or {}).get(claim["claim_id"], "") or str(claim["quote"])) if place.governorate))
            if len(governorates) > 1:
                read = claim.get("place") if isinstance(claim.get("place"), str) and claim.get("place") else "no place"
                why.append(f"the sentence names places in {len(governorates)} governorates ({', '.join(governorates)}):"
                           f" check which the figure is about (read as {read})")
        limit = checks.max_per_incident.get(claim["outcome"])
        figure = max((v for v in (claim["number_low"], claim["number_high"]) if not pd.isna(v)), default=None)
        if limit is not None and figure is not None and figure > limit:
            why.append(f"{int(figure):,} {claim['outcome']} is out of scale for one incident (over {limit:,})")
        as_written = str(claim["claimant_as_written"])
        own_outlet = by_article.get(claim["article_id"], {}).get("outlet")
        # The article's own outlet (recorded by `make add` in the manifest) is a known source for its own voice.
        if canonical is not None and claim["claimant"] not in canonical \
                and not (isinstance(own_outlet, str) and claim["claimant"] == own_outlet):
            why.append(f"source '{claim['claimant']}' is not in the project's list of sources (not in actors.csv)")
        inferred = claim.get("claimant_inferred")
        if inferred is None or (not isinstance(inferred, str) and pd.isna(inferred)):
            # Without the extractor's own flag: inferred when the words used are not one of the actor's names.
            inferred = actors is not None and as_written != NOT_ATTRIBUTED and not any(
                alias in as_written.lower() for alias, actor in actors.alias_to_actor.items()
                if actor.canonical == claim["claimant"])
        if _truthy(inferred):
            why.append(f"claimant inferred: the article says '{as_written}', read as '{claim['claimant']}'")
        if as_written == NOT_ATTRIBUTED:
            verb = _unresolved_speaker(text)
            if verb:
                # "X confirmed the attack, saying eight soldiers were injured" with X unknown to the extractor
                why.append(f"given as the outlet's own words, but the sentence has '{verb}': check who claims it")
            elif "according to " in text.lower():
                # "... were killed, according to the Office of X (ABBR)." with the source left unread
                named = text[text.lower().index("according to "):]
                why.append(f"given as the outlet's own words, but the sentence says '{_shortened(named, 60)}': "
                           "check who claims it")
            after = (following or {}).get(claim["claim_id"], "")
            later = checks.source_later_pattern().search(after) if after and checks.source_later else None
            if later:
                # "Two soldiers were killed ... . According to the ministry, the strike was ...", "These data are
                # reported by X": the source may be named only in the next sentence
                shown = after if later.start() < 20 else "…" + after[later.start():]
                why.append(f"given as the outlet's own words, but the next sentence says '{_shortened(shown, 60)}': "
                           "check who claims it")
            before = (preceding or {}).get(claim["claim_id"], "")
            if not verb and not later and before and _unresolved_speaker(before):
                # "Earlier, the ministry said ... It said Turkish forces responded. Four soldiers died at the scene":
                # the speaker of the sentence before may go on (wire copy often does; a trial asked for the check)
                why.append(f"given as the outlet's own words, but an earlier sentence of its paragraph says "
                           f"'{_shortened(before, 60)}': check whether the figure is that source's")
        if claim["outcome"] == "other":
            why.append("outcome 'other': neither killed, wounded, captured nor displaced (e.g. 'neutralised')")
        notes = claim.get("notes")
        if isinstance(notes, str) and "check the source" in notes:
            # the extractor's own doubts: a year taken from the publication, a range written high to low
            why.append(f"the extraction notes: {notes}")
        reasons.append("; ".join(why))
    return pd.Series(reasons, index=claims.index, dtype="string")


# ---------------------------------------------------------------------------------------------------------------
# Matching decisions to claims and applying them


def _figure_start(quote_start, quote: str, quantity: str) -> int | None:
    at = str(quote).lower().find(str(quantity).lower())
    return None if at < 0 else int(quote_start) + at


@dataclass
class Outcome:
    """What applying the ledger did: which decisions matched, which are stale, which concern other articles."""

    applied: list[int] = field(default_factory=list)  # ledger line numbers
    stale: list[tuple[int, str]] = field(default_factory=list)  # (line, why)
    elsewhere: list[int] = field(default_factory=list)  # decisions for articles not in this build

    def stale_lines(self) -> list[str]:
        return [f"{LEDGER.relative_to(DATA_DIR.parent)}:{line}: stale decision: {why}" for line, why in self.stale]


def blocks_of(paragraphs: pd.DataFrame) -> dict[str, list[dict]]:
    """Each article's blocks (kind, paragraph, start, end, text) from the paragraphs table, where an editor's added
    quote is looked for."""
    return {aid: group.to_dict("records") for aid, group in paragraphs.groupby("article_id")}


def locate_quote(blocks: list[dict], quote: str, hint: int | None = None) -> tuple[int, int, int | None] | None:
    """(start, end, paragraph) of ``quote`` in an article's blocks; ``hint`` picks among several occurrences."""
    found = []
    for block in blocks:
        at = block["text"].find(quote)
        while at >= 0:
            found.append((int(block["start"]) + at, int(block["start"]) + at + len(quote), block.get("paragraph")))
            at = block["text"].find(quote, at + 1)
    if hint is not None:
        at_hint = [f for f in found if f[0] == hint]
        if at_hint:
            return at_hint[0]
    if len(found) == 1:
        return found[0]
    return ("ambiguous", len(found)) if found else None


def _machine_columns(claims: pd.DataFrame) -> pd.DataFrame:
    claims = claims.copy()
    if "scope" not in claims.columns:
        claims["scope"] = None  # the extractor does not say; an editor may
    for name in CORRECTABLE:
        claims[f"machine_{name}"] = claims[name]
    return claims


def _set(claims: pd.DataFrame, index, name: str, value: str) -> None:
    if name not in claims.columns:
        return
    if value == CLEARED:
        claims.at[index, name] = None
    else:
        claims.at[index, name] = typed(name, value)


def typed(name: str, value: str):
    """A decision's cell as the claims table holds it: a number, a true/false flag, else the text."""
    if name.startswith("number_"):
        return int(value)
    if name == "subset":
        return value == "True"
    if name == "place":
        return editor_place(value)
    return value


def editor_place(place: str) -> str:
    """A place an editor wrote, by the places table's name where the table knows it by another ("Idleb" is
    Idlib): shown as the machine's places are, never in a second spelling (a trial's corrected "Idleb" was shown
    as written); a place the table does not know stays as written ("near Idlib", "north-west Syria")."""
    from .reference import load_reference

    known = load_reference().places.by_name(place)
    return known.name if known is not None else place


def _flag(value: str, path, line) -> str:
    """A true/false cell as the queue shows it ("True", "False"); "yes", "no" and any case are read too."""
    if not value or value == CLEARED:
        return value
    flag = value.strip().lower()
    if flag not in ("true", "false", "yes", "no"):
        raise ReviewError(f"subset {value!r} is not True or False", path=path, line=line,
                          hint="write True where the figure is part of a larger one given with it, else False")
    return "True" if flag in ("true", "yes") else "False"


def apply_decisions(claims: pd.DataFrame, articles: pd.DataFrame, blocks: dict[str, list[dict]],
                    ledger: pd.DataFrame) -> tuple[pd.DataFrame, Outcome]:
    """Claims with their review status, corrections applied and editors' additions appended.

    ``claims`` are the machine's claims; ``articles`` the articles table (article_id, sha256); ``blocks`` maps an
    article id to its blocks (kind, paragraph, start, text) so an added quote is checked against the text.
    """
    claims = _machine_columns(claims.reset_index(drop=True))
    claims["review_status"] = "awaiting"
    for name in ("reviewer", "reviewed_on", "review_note"):
        claims[name] = None
    outcome = Outcome()
    # each article's own-voice names, read from the machine's claims before any decision changes them (a corrected
    # claimant must never pass for how the outlet's own voice is spelt)
    outlets = _own_voice_names(claims, articles) if len(ledger) else {}
    if ledger.empty:
        return _no_day_for_period_totals(claims), outcome
    sha_of = dict(zip(articles["article_id"], articles["sha256"]))
    ids_of: dict[str, list[str]] = {}
    for article_id, sha in sha_of.items():
        ids_of.setdefault(sha, []).append(article_id)  # syndicated copies can be the same bytes
    claim_sha = claims["article_id"].map(sha_of)
    exact: dict[tuple, list] = {}
    by_figure: dict[tuple, list] = {}
    for index, claim in claims.iterrows():
        sha = claim_sha[index]
        exact.setdefault((sha, int(claim["quote_start"]), int(claim["quote_end"]), claim["quantity_text"],
                          claim["quote"]), []).append(index)
        start = _figure_start(claim["quote_start"], claim["quote"], claim["quantity_text"])
        by_figure.setdefault((sha, start, claim["quantity_text"].lower()), []).append(index)
    taken: dict[int, int] = {}
    added = []
    for _, decision in ledger.iterrows():
        line = int(decision.get("line", 0) or 0)
        sha = decision["article_sha256"] or sha_of.get(decision["article_id"])
        if sha not in ids_of:
            if decision["article_id"] in sha_of:
                outcome.stale.append((line, f"article {decision['article_id']} has changed since the decision "
                                            "(its sha256 differs); review its claims again"))
            else:
                outcome.elsewhere.append(line)
            continue
        start = int(decision["quote_start"]) if decision["quote_start"] else None
        end = int(decision["quote_end"]) if decision["quote_end"] else None
        if decision["decision"] == "added":
            for article_id in ids_of[sha]:
                located = locate_quote(blocks.get(article_id, []), decision["quote"], start)
                if not located or located[0] == "ambiguous":
                    outcome.stale.append((line, f"added quote {decision['quote'][:60]!r} is no longer found once "
                                                f"in {article_id}"))
                    break
                added.append((line, article_id, located, decision))
            else:
                outcome.applied.append(line)
            continue
        matches = exact.get((sha, start, end, decision["quantity_text"], decision["quote"]), [])
        if len(matches) > claims.loc[matches, "article_id"].nunique():
            matches = [i for i in matches if claims.at[i, "claim_id"] == decision["claim_id"]]
        if not matches:
            # The quote may have grown or shrunk under new rules: the same figure at the same place is the same claim.
            figure = _figure_start(start, decision["quote"], decision["quantity_text"])
            matches = by_figure.get((sha, figure, decision["quantity_text"].lower()), [])
        per_article = claims.loc[matches, "article_id"].value_counts() if matches else pd.Series(dtype=int)
        clash = [taken[i] for i in matches if i in taken]
        if not matches or (per_article > 1).any() or clash:
            why = "claim no longer found" if not matches else \
                f"its claim already has the decision on line {clash[0]}" if clash else "several claims match"
            outcome.stale.append((line, f"{why}: {decision['article_id']} {decision['quantity_text']!r} in "
                                        f"{decision['quote'][:60]!r} (characters {start}-{end})"))
            continue
        changed = _changed_since(decision, claims.loc[matches[0]])
        if changed:
            when = decision["reviewed_on"] or "an earlier day"
            note = f"changed since it was {decision['decision']} on {when}: {changed}"
            if "review_flags" not in claims.columns:
                claims["review_flags"] = None
            for index in matches:
                taken[index] = line
                before = _value(claims.at[index, "review_flags"])
                if note not in before:  # (decisions may be applied again to claims that carry it already)
                    claims.at[index, "review_flags"] = "; ".join(f for f in (note, before) if f)
            outcome.stale.append((line, f"the machine now reads {decision['article_id']} {decision['quantity_text']!r} "
                                        f"otherwise ({changed}): review it again"))
            continue
        for index in matches:  # one claim per article holding these exact bytes
            taken[index] = line
            claims.at[index, "review_status"] = decision["decision"]
            claims.at[index, "reviewer"] = decision["reviewer"]
            claims.at[index, "reviewed_on"] = decision["reviewed_on"] or None
            claims.at[index, "review_note"] = decision["note"] or None
            if decision["decision"] == "corrected":
                renamed = decision["claimant"] not in ("", CLEARED, None) \
                    and decision["claimant"] != claims.at[index, "claimant"]
                for name in CORRECTABLE:
                    if decision[name]:
                        _set(claims, index, name, decision[name])
                if renamed:
                    # The editor names the source: the pages must show that name, never the machine's "in its own
                    # words" (read from claimant_as_written) nor its inference mark; a name the actors table knows
                    # ("Turkish Defence Ministry") goes by its one canonical name, so one source is counted once.
                    # The article's words only where the article uses them ("UNHCR"); else the page says an
                    # editor named it (a trial's "Turkish Defence Ministry" was shown as the article's words)
                    article_id = claims.at[index, "article_id"]
                    outlet, accepted = outlets.get(article_id, ("", set()))
                    if outlet and _name_folded(decision["claimant"]) in accepted:
                        # the article's own outlet: its own voice, spelt as its other own-voice figures are (a
                        # trial's page said both "in its own words" and "named by the editor")
                        claims.at[index, "claimant_as_written"] = NOT_ATTRIBUTED
                        claims.at[index, "claimant"] = outlet
                    else:
                        claims.at[index, "claimant_as_written"] = _as_the_article_writes(
                            decision["claimant"], blocks.get(article_id, []))
                        claims.at[index, "claimant"] = _canonical(decision["claimant"])
                    if "claimant_inferred" in claims.columns:
                        claims.at[index, "claimant_inferred"] = False
        outcome.applied.append(line)
    if added:
        rows = [_added_claim(*item, claims.columns, outlets, blocks.get(item[1], [])) for item in added]
        _distinct_added_ids(rows)
        if "source_url" in claims.columns:
            from .articles import quote_links

            # linked to the passage in the original article, as the machine's claims are
            for row, link in zip(rows, quote_links(pd.DataFrame(rows, columns=claims.columns), articles)):
                row["source_url"] = link or None
        claims = pd.concat([claims, pd.DataFrame(rows)], ignore_index=True)
    return _no_day_for_period_totals(claims), outcome


def checked_as(claim, corrected: dict | None = None, fields: tuple[str, ...] = CORRECTABLE) -> str:
    """The machine's values of the ``fields`` an editor did not correct, as a decision records them (JSON)."""
    values = {name: _value(claim.get(f"machine_{name}", claim.get(name))) for name in fields
              if name in claim.index and name not in (corrected or {})}
    return json.dumps(values, ensure_ascii=False, sort_keys=True)


def _changed_since(decision, claim) -> str:
    """What the machine reads differently from what the editor checked ("place 'Idlib' -> 'Saraqeb'"), or ""; a
    decision that recorded nothing (written before checked_as was kept) is taken as it stands."""
    recorded = decision.get("checked_as") or ""
    if not recorded:
        return ""
    try:
        values = json.loads(recorded)
    except ValueError:
        return ""
    changes = [f"{name} {old!r} -> {_value(claim.get(name))!r}" for name, old in sorted(values.items())
               if name in claim.index and not decision.get(name) and _value(claim.get(name)) != old]
    return "; ".join(changes)


def _distinct_added_ids(rows: list[dict]) -> None:
    """Each added figure its own id: two figures an editor adds on one quote ("four members of a family, two of them
    children") take their figure and outcome after the quote's span ("...-added-707-788-two-killed")."""
    seen: dict[str, int] = {}
    for row in rows:
        base = row["claim_id"]
        if base in seen:
            figure = re.sub(r"[^a-z0-9]+", "-", f"{row.get('quantity_text') or ''} {row.get('outcome') or ''}".lower())
            row["claim_id"] = f"{base}-{figure.strip('-') or 'figure'}"
            while row["claim_id"] in seen:
                row["claim_id"] = f"{base}-{figure.strip('-') or 'figure'}-{seen[base] + 1}"
                seen[base] += 1
        seen.setdefault(base, 1)
        seen.setdefault(row["claim_id"], 1)


def _no_day_for_period_totals(claims: pd.DataFrame) -> pd.DataFrame:
    """A period total is never placed on a day (the machine's date stays in machine_event_date)."""
    claims.loc[claims["scope"] == "period", "event_date"] = None
    return claims


def _canonical(name: str) -> str:
    """The actors table's canonical name for a source an editor typed, else the name as typed."""
    from .reference import load_reference

    actor = load_reference().actors.by_name(name.strip())
    return actor.canonical if actor is not None else name


def _own_voice_names(claims: pd.DataFrame, articles: pd.DataFrame) -> dict[str, tuple[str, set[str]]]:
    """Per article, how its own voice is spelt on the pages (as the machine's own-voice figures name it) and every
    name an editor may write for it: that spelling, the manifest's outlet ("DW") and its names in actors.csv."""
    from .reference import load_reference

    actors = load_reference().actors
    spelt = {}
    if "claimant_as_written" in claims.columns:
        own = claims[claims["claimant_as_written"] == NOT_ATTRIBUTED]
        spelt = dict(zip(own["article_id"], own["claimant"]))
    names = {}
    manifest = dict(zip(articles["article_id"], articles["outlet"])) if "outlet" in articles.columns else {}
    for article_id in set(spelt) | set(manifest):
        written = [_cell(n).strip() for n in (spelt.get(article_id), manifest.get(article_id)) if _cell(n).strip()]
        if not written:
            continue  # (no outlet recorded and no figure in its own words)
        actor = next((actors.by_name(n) for n in written if actors.by_name(n)), None)
        spelling = written[0] if spelt.get(article_id) or actor is None else actor.canonical
        aliases = actors.names_of(actor) if actor else set()
        names[article_id] = (spelling, {n.casefold().replace("’", "'") for n in written} | aliases)
    return names


def _name_folded(name) -> str:
    """A name as the actors table keeps its names: lower-cased, with straight apostrophes."""
    return str(name).strip().casefold().replace("’", "'")


def _as_the_article_writes(name: str, blocks: list[dict]) -> str:
    """The article's own words for the source an editor names: the name as typed, or another of the actors table's
    names for it ("SOHR" for "Syrian Observatory for Human Rights"), whichever the article uses (as written there);
    else NAMED_BY_EDITOR."""
    from .reference import load_reference

    actors = load_reference().actors
    actor = actors.by_name(str(name).strip())
    names = [str(name).strip()] + ([actor.canonical, *actors.names_of(actor)] if actor is not None else [])
    text = " ".join(" ".join(str(block.get("text", "")).split()) for block in blocks)
    for candidate in sorted({n for n in names if n}, key=len, reverse=True):
        found = re.search(r"(?<![\w-])" + re.escape(candidate).replace(r"\ ", r"\s+") + r"(?![\w-])", text,
                          re.IGNORECASE)
        if found:
            return found.group()
    return NAMED_BY_EDITOR


def _added_claim(line: int, article_id: str, located, decision, columns, outlets: dict | None = None,
                 blocks: list[dict] | None = None) -> dict:
    start, end, paragraph = located
    row = {name: None for name in columns}
    # A figure the editor gives to the article's own outlet is in the article's own voice, as the machine reads
    # such figures: one source with the outlet's other figures ("Wikipedia (in its own words)"), not a second one.
    # Any of the outlet's names will do ("DW" for Deutsche Welle, as `make add` was told).
    outlet, accepted = (outlets or {}).get(article_id, ("", set()))
    # (the actors table's names are kept lower-cased with straight apostrophes)
    own_voice = bool(outlet) and _name_folded(decision["claimant"]) in accepted
    row.update({
        "article_id": article_id, "claim_id": f"{article_id}-added-{start}-{end}", "quote": decision["quote"],
        "quote_start": start, "quote_end": end, "quantity_text": decision["quantity_text"],
        "victim_text": decision["victim_text"] or decision["quote"],
        "claimant_as_written": NOT_ATTRIBUTED if own_voice else _as_the_article_writes(decision["claimant"],
                                                                                        blocks or []),
        "paragraph": paragraph, "notes": "added by an editor: the extractor missed it",
        "review_status": "added", "reviewer": decision["reviewer"], "reviewed_on": decision["reviewed_on"] or None,
        "review_note": decision["note"] or None,
    })
    for name in CORRECTABLE:
        if name in columns and decision[name] and decision[name] != CLEARED:
            row[name] = typed(name, decision[name])
    if own_voice:
        row["claimant"] = outlet  # spelt as the outlet's other figures are, so they group as one source
    elif row.get("claimant"):
        row["claimant"] = _canonical(row["claimant"])  # "Turkish Defence Ministry": the table's one name for it
    if "claimant_inferred" in columns:
        row["claimant_inferred"] = False  # the editor names the claimant
    if "side_inherited" in columns:
        row["side_inherited"] = False  # the editor names the side
    if "subset" in columns and row.get("subset") is None:
        row["subset"] = False  # a figure of its own unless the editor says it is part of a larger one
    return row


# ---------------------------------------------------------------------------------------------------------------
# What the pages publish


def _period(claims: pd.DataFrame) -> pd.Series:
    if "scope" not in claims.columns:
        return pd.Series(False, index=claims.index)
    return claims["scope"].fillna("incident") == "period"


def published(claims: pd.DataFrame) -> pd.DataFrame:
    """Claims an editor has checked (accepted, corrected, added): the only ones on charts, in the story, the tracker
    and "Sources differ". Period totals among them carry no day, so charts and comparisons (which take dated
    claims only) leave them to the tables. Without review columns nothing is published."""
    if "review_status" not in claims.columns:
        return claims.iloc[0:0]
    return claims[claims["review_status"].isin(PUBLISHED)]


def credited(articles: pd.DataFrame, claims: pd.DataFrame) -> pd.DataFrame:
    """The articles and datasets the pages name as their sources: an ACLED or UCDP export an editor rejected (every
    claim of it rejected, ``make review REJECT_EXPORT=...``) is none of them (a trial found "Based on three articles
    and one dataset" and the dataset credited on every page after rejecting it)."""
    exports = dataset_articles(articles)
    if not exports or "review_status" not in claims:
        return articles
    statuses = claims.groupby("article_id")["review_status"].agg(lambda s: set(s.fillna("")))
    rejected = {article for article, seen in statuses.items() if article in exports and seen == {"rejected"}}
    return articles[~articles["article_id"].isin(rejected)]


def incident_claims(claims: pd.DataFrame) -> pd.DataFrame:
    """Checked claims about one incident (the Claims page's main table)."""
    shown = published(claims)
    return shown[~_period(shown)]


def period_totals(claims: pd.DataFrame) -> pd.DataFrame:
    """Checked claims that total a period (a war, a year, 'since 2011'): published apart, never on a day."""
    shown = published(claims)
    return shown[_period(shown)]


def awaiting(claims: pd.DataFrame) -> pd.DataFrame:
    if "review_status" not in claims.columns:
        return claims
    return claims[claims["review_status"] == "awaiting"]


def counts(claims: pd.DataFrame, statuses: tuple[str, ...] = STATUSES) -> dict[str, int]:
    """How many rows have each review status (claims, or deployments with their own ``statuses``)."""
    status = claims["review_status"] if "review_status" in claims.columns else pd.Series("awaiting",
                                                                                          index=claims.index)
    return {name: int((status == name).sum()) for name in statuses}


def counts_line(claims: pd.DataFrame, outcome: Outcome | None = None) -> str:
    numbers = counts(claims)
    line = ", ".join(f"{numbers[name]} {name}" for name in STATUSES)
    if outcome is not None and outcome.stale:
        line += f"; {len(outcome.stale)} stale decision(s)"
    return line


def summary_line(processed: Path = PROCESSED_DIR) -> tuple[int, str]:
    """(claims and deployments awaiting review, one sentence for the end of ``make site``)."""
    from .deployment_review import counts_line as deployment_counts

    path = Path(processed) / "claims.csv"
    if not path.exists():
        return 0, "review: no claims table yet"
    waiting, line = _claims_summary(path, processed)
    path = Path(processed) / "deployments.csv"
    if not path.exists():
        return waiting, line
    deployments = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
    held = int((deployments["review_status"] == "awaiting").sum()) if "review_status" in deployments else 0
    line += (f"; {held} deployment(s) await review and are not published ({deployment_counts(deployments)}): "
             "make review lists them" if held else f"; every deployment has been reviewed "
                                                  f"({deployment_counts(deployments)})")
    return waiting + held, line


def _claims_summary(path: Path, processed: Path) -> tuple[int, str]:
    claims = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
    waiting = counts(claims)["awaiting"]
    if waiting:
        exports = ""
        if (Path(processed) / "articles.csv").exists():
            articles = pd.read_csv(Path(processed) / "articles.csv", dtype=str, keep_default_na=False)
            for _, article in articles[articles["status"] == DATASET_STATUS].iterrows():
                count = int(((claims["article_id"] == article["article_id"])
                             & (claims["review_status"] == "awaiting")).sum())
                if count:
                    exports += (f"; {count} of them from the export {article['file']}: make review "
                                f"ACCEPT_EXPORT={article['file']} REVIEWER=NAME accepts its claims all at once")
        return waiting, (f"review: {waiting} claim(s) await review and are not published "
                         f"({counts_line(claims)}); run: make review{exports}")
    return 0, f"review: every claim has been reviewed ({counts_line(claims)})"


# ---------------------------------------------------------------------------------------------------------------
# The queue an editor fills in, and merging it back


def sentences_around(claims: pd.DataFrame, paragraphs: pd.DataFrame) -> dict[str, str]:
    """The whole sentence(s) each claim's quote sits in, read from the article's blocks."""
    return _sentences_and_following(claims, paragraphs)[0]


def _sentences_and_following(claims: pd.DataFrame, paragraphs: pd.DataFrame
                              ) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """For each claim, the whole sentence(s) its quote sits in, the sentence after them in the same paragraph (""
    at the paragraph's end) and the nearest before them in it where someone speaks (""): one split of each block
    serves all three."""
    from .articles import Block
    from .text import split_sentences

    around, after, before = {}, {}, {}
    grouped = {aid: group for aid, group in paragraphs.groupby("article_id")}
    for _, claim in claims.iterrows():
        group = grouped.get(claim["article_id"])
        if group is None:
            continue
        start, end = int(claim["quote_start"]), int(claim["quote_end"])
        holding = group[(group["start"].astype(int) <= start) & (group["end"].astype(int) >= end)]
        if holding.empty:
            continue
        block = holding.iloc[0]
        text = str(block["text"])
        pieces = split_sentences(SimpleNamespace(text=text), Block(block["kind"], text, 0, len(text)))
        offset = int(block["start"])
        inside = [p.text for p in pieces if p.start + offset < end and p.end + offset > start]
        around[claim["claim_id"]] = " ".join(inside) or text
        later = [p.text for p in pieces if p.start + offset >= end]
        after[claim["claim_id"]] = later[0] if later else ""
        # (the nearest earlier sentence of the paragraph where someone speaks: "It said ... . Four soldiers died
        # ... . Seven were wounded." asks about both figures)
        before[claim["claim_id"]] = next((p.text for p in reversed(pieces) if p.end + offset <= start
                                          and _unresolved_speaker(p.text)), "")
    return around, after, before


def _value(value) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def queue_frame(claims: pd.DataFrame, articles: pd.DataFrame, paragraphs: pd.DataFrame) -> pd.DataFrame:
    """The claims awaiting a decision, each with its sentence, the machine's fields (to correct in place) and why
    it needs attention. ``decision`` and ``reviewer`` are left for the editor."""
    waiting = awaiting(claims)
    sentence = sentences_around(waiting, paragraphs)
    sha_of = dict(zip(articles["article_id"], articles["sha256"]))
    rows = []
    for _, claim in waiting.iterrows():
        row = {name: "" for name in QUEUE_COLUMNS}
        row.update({"claim_id": claim["claim_id"], "why": _value(claim.get("review_flags")),
                    "sentence": sentence.get(claim["claim_id"], ""), "claimant_as_written":
                    claim["claimant_as_written"], "victim_text": claim["victim_text"],
                    "article_id": claim["article_id"], "article_sha256": sha_of.get(claim["article_id"], ""),
                    "quote_start": claim["quote_start"], "quote_end": claim["quote_end"],
                    "quantity_text": claim["quantity_text"], "quote": claim["quote"]})
        for name in CORRECTABLE:
            if name in claims.columns:
                row[name] = claim[name]
        rows.append(row)
    frame = pd.DataFrame(rows, columns=QUEUE_COLUMNS)
    # Article text opened in a spreadsheet must not run as a formula; the merge reads the apostrophe back off.
    return neutralise_formulas(frame.map(_value)) if len(frame) else frame


def write_queue(frame: pd.DataFrame, path: Path = QUEUE) -> Path:
    return atomic_write(path, lambda temporary: frame.to_csv(temporary, index=False, lineterminator="\n",
                                                           quoting=csv.QUOTE_MINIMAL))


def machine_claims(claims: pd.DataFrame) -> pd.DataFrame:
    """The extractor's own claims back from a reviewed table: machine values restored, editors' additions left out."""
    if "review_status" not in claims.columns:
        return claims
    machine = claims[claims["review_status"] != "added"].copy()
    for name in CORRECTABLE:
        if f"machine_{name}" in machine.columns:
            machine[name] = machine[f"machine_{name}"]
    return machine


def merge_queue(queue_path: Path, claims: pd.DataFrame, articles: pd.DataFrame, paragraphs: pd.DataFrame,
                ledger_path: Path = LEDGER, reviewer: str = "", today: date | None = None) -> tuple[Path, int]:
    """Check every row of a filled-in queue, then write all its decisions into the ledger at once.

    A row with no decision stays awaiting. A field that differs from the machine's value is a correction (an
    emptied cell clears the field). Any malformed row stops the merge with ReviewError naming it, before anything
    is written. Returns the ledger path and the number of decisions merged.
    """
    queue_path = Path(queue_path)
    today = (today or date.today()).isoformat()
    # Compared with the values the queue was filled from (a period total's day is already cleared there).
    machine = claims[claims["review_status"] != "added"] if "review_status" in claims.columns else claims
    by_id = {row["claim_id"]: row for _, row in machine.iterrows()}
    sha_of = dict(zip(articles["article_id"], articles["sha256"]))
    blocks = blocks_of(paragraphs)
    rows = _read_rows(queue_path)
    with queue_path.open(encoding="utf-8-sig", newline="") as handle:
        header = [h.strip() for h in next(csv.reader(handle), [])]
    if "decision" not in header:
        raise ReviewError("no decision column", path=queue_path, line=1,
                          hint="merge the file `make review` wrote, with its header")
    decisions = []
    for line, row in rows:
        if not row.get("decision"):
            continue
        row["decision"] = row["decision"].lower()
        if row.get("subset"):
            row["subset"] = _flag(row["subset"], queue_path, line)
        row["reviewer"] = row.get("reviewer") or reviewer
        row["reviewed_on"] = row.get("reviewed_on") or today
        if row["decision"] == "added":
            article_id = row.get("article_id", "")
            if article_id not in sha_of:
                raise ReviewError(f"article_id {article_id!r} is not one of the articles built", path=queue_path,
                                  line=line, hint="use an article_id from data/processed/articles.csv")
            row["article_sha256"] = row.get("article_sha256") or sha_of[article_id]
            if not row.get("quote"):
                raise ReviewError("quote is empty", path=queue_path, line=line,
                                  hint="copy the exact words of the article that carry the figure")
            hint = int(row["quote_start"]) if re.fullmatch(r"\d+", row.get("quote_start", "")) else None
            located = locate_quote(blocks.get(article_id, []), row["quote"], hint)
            if not located:
                raise ReviewError(f"the quote {row['quote'][:60]!r} is not in article {article_id}",
                                  path=queue_path, line=line,
                                  hint="copy the words exactly as the article writes them, within one paragraph")
            if located[0] == "ambiguous":
                raise ReviewError(f"the quote is in article {article_id} {located[1]} times", path=queue_path,
                                  line=line, hint="write the quote_start of the occurrence you mean")
            row["quote_start"], row["quote_end"] = str(located[0]), str(located[1])
            _check_decision(row, queue_path, line)
        else:
            claim = by_id.get(row.get("claim_id", ""))
            if claim is None:
                raise ReviewError(f"claim_id {row.get('claim_id', '')!r} is not a claim of this build",
                                  path=queue_path, line=line,
                                  hint="run `make review` again and fill in the new queue")
            for name in (*KEY, "claim_id"):
                row[name] = _value(claim[name]) if name != "article_sha256" else sha_of.get(claim["article_id"], "")
            corrections = {}
            for name in CORRECTABLE:
                if name not in row or name not in machine.columns:
                    continue
                machine_value = _value(claim[name])
                if row[name] != machine_value:
                    corrections[name] = row[name] or CLEARED
            if row["decision"] == "accepted" and corrections:
                raise ReviewError(f"decision is accepted but {', '.join(corrections)} differ(s) from the machine's "
                                  "value", path=queue_path, line=line,
                                  hint="write corrected, or put the machine's value back")
            if row["decision"] == "corrected" and not corrections:
                raise ReviewError("decision is corrected but no field differs from the machine's value",
                                  path=queue_path, line=line, hint="correct a field, or write accepted")
            for name in CORRECTABLE:
                row[name] = corrections.get(name, "")
            row["checked_as"] = checked_as(claim, corrections)
            row["victim_text"] = ""  # the machine's own; only an added figure brings its words
            _check_decision(row, queue_path, line)
            _check_final(claim, corrections, queue_path, line)
        decisions.append(row)
    ledger = read_ledger(ledger_path).drop(columns=["line"], errors="ignore")
    new = pd.DataFrame([{c: row.get(c, "") for c in LEDGER_COLUMNS} for row in decisions], columns=LEDGER_COLUMNS)
    if len(new):
        key = [*KEY[1:], "claim_id"]
        replaced = set(new[key].astype(str).apply(tuple, axis=1))
        keep = ~ledger[key].astype(str).apply(tuple, axis=1).isin(replaced) if len(ledger) else []
        ledger = pd.concat([ledger[keep] if len(ledger) else ledger, new], ignore_index=True)
    return write_ledger(ledger, ledger_path), len(new)


def _check_final(claim, corrections: dict, path, line) -> None:
    """The corrected claim must still read: a range has two ends, a bound its one end."""
    final = {name: _value(claim[name]) for name in ("number_low", "number_high", "qualifier")}
    final.update({k: ("" if v == CLEARED else v) for k, v in corrections.items() if k in final})
    qualifier = final["qualifier"]
    needs = {"exact": ("number_low", "number_high"), "range": ("number_low", "number_high"),
             "at_least": ("number_low",), "at_most": ("number_high",), "approximately": ("number_low",)}
    for name in needs.get(qualifier, ()):
        if not final[name]:
            raise ReviewError(f"qualifier {qualifier} needs {name}", path=path, line=line)
    if qualifier == "exact" and final["number_low"] != final["number_high"]:
        raise ReviewError("an exact figure has number_low equal to number_high", path=path, line=line,
                          hint="write the same number in both, or make the qualifier range")


def review_claims(claims: pd.DataFrame, articles: pd.DataFrame, paragraphs: pd.DataFrame, reference,
                  ledger: pd.DataFrame | None, exports: pd.DataFrame | None = None) -> tuple[pd.DataFrame, Outcome]:
    """The pipeline's step: flag every machine claim, then apply the editors' decisions (see the module text):
    those on each claim, then those on whole exports (``exports``, data/review/exports.csv) for the rest."""
    import logging

    log = logging.getLogger("explainer")
    ledger = ledger if ledger is not None else pd.DataFrame(columns=LEDGER_COLUMNS)
    if claims.empty:
        from .tables import SCHEMAS

        claims = pd.DataFrame(columns=[f.name for f in SCHEMAS["claims"]["fields"]
                                       if f.name not in REVIEW_COLUMNS and not f.name.startswith("machine_")])
    claims = claims.reset_index(drop=True)
    around, after, before = _sentences_and_following(claims, paragraphs)
    claims["review_flags"] = flags(claims, articles, reference.actors if reference is not None else None, around,
                                   following=after, preceding=before) if len(claims) else pd.Series(dtype="string")
    blocks = blocks_of(paragraphs)
    reviewed, outcome = apply_decisions(claims, articles, blocks, ledger)
    decided, stale_exports = export_decisions(articles, exports)
    reviewed = apply_export_decisions(reviewed, decided)
    for line in outcome.stale_lines() + stale_exports:
        log.warning("%s", line)
    log.info("review: %s", counts_line(reviewed, outcome))
    return reviewed, outcome


# ---------------------------------------------------------------------------------------------------------------
# python -m explainer review


def _load_processed(processed: Path) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    from .tables import read_table

    return read_table("claims", processed), read_table("articles", processed), read_table("paragraphs", processed)


def _describe(claim, sentence: str) -> str:
    from .notebook import figure_words
    from .sides import SIDE_LABELS

    who = claim["claimant"] if claim["claimant"] == claim["claimant_as_written"] else \
        f"{claim['claimant']} (as written: {claim['claimant_as_written']})"
    day = claim["event_date"] if isinstance(claim["event_date"], str) else "no date"
    place = claim["place"] if isinstance(claim["place"], str) else "no place"
    # The side's label as readers see it ("Turkish forces"), with the value to write in the queue to correct it.
    side = f"{SIDE_LABELS.get(claim['victim_side'], claim['victim_side'])} (victim_side {claim['victim_side']})"
    lines = [f"{claim['claim_id']}: {figure_words(claim)}, {side}; claimant {who}; "
             f"{day}; {place}",
             f"    sentence: {' '.join(sentence.split())}"]
    if isinstance(claim.get("review_flags"), str) and claim["review_flags"]:
        lines.append(f"    check: {claim['review_flags']}")
    return "\n".join(lines)


def _shown(path: Path) -> Path:
    """A path as the user would type it: relative to the project when inside it."""
    from .paths import PROJECT_ROOT

    path = Path(path).resolve()
    return path.relative_to(PROJECT_ROOT) if path.is_relative_to(PROJECT_ROOT) else path


def written_by_editor(queue_path: Path, machine: dict, field: str, id_column: str = "claim_id"):
    """(line, row, value) for each ``field`` cell an editor wrote in a filled-in queue: on a row they added, or on
    one they corrected to differ from the machine's value (``machine``: row id to value)."""
    for line, row in _read_rows(Path(queue_path)):
        value = (row.get(field) or "").strip()
        decision = (row.get("decision") or "").lower()
        if value and (decision == "added" or (decision == "corrected" and value != machine.get(row.get(id_column)))):
            yield line, row, value


def unknown_places(queue_path: Path, claims: pd.DataFrame, places, reference_dir: Path = REFERENCE_DIR) -> list[str]:
    """A warning for each place an editor wrote (corrected or added) that the places table does not know: its
    governorate is unknown, so the claim would be an incident of its own ("10 February 2020, Nairab") instead of
    joining its governorate's."""
    machine_place = dict(zip(claims["claim_id"], claims["place"].fillna("").astype(str))) if len(claims) else {}
    scope_of = dict(zip(claims["claim_id"], claims["scope"].fillna("").astype(str))) \
        if len(claims) and "scope" in claims else {}
    lines = []
    for line, row, place in written_by_editor(queue_path, machine_place, "place"):
        scope = (row.get("scope") or "").strip() or str(scope_of.get(row.get("claim_id"), ""))
        if places.by_name(place) is None and scope != "period":
            # (a period total is on no day and in no incident: its place is only shown, never grouped)
            lines.append(f"warning: {_shown(queue_path)}:{line}: place {place!r} is not in "
                         f"{_shown(Path(reference_dir) / 'places.csv')}, so its governorate is unknown and the claim "
                         "is grouped as an incident of its own; add a row for it there (its governorate and a "
                         "source), then rebuild; a region that spans governorates (\"north-west Syria\") needs no "
                         "row: the claim is then an incident of its own")
    return lines


def unknown_claimants(queue_path: Path, claims: pd.DataFrame, actors, articles: pd.DataFrame | None = None
                      ) -> list[str]:
    """A warning for each source an editor wrote (corrected or added) that neither the actors table nor any claim
    knows, with the known name it is closest to: "other sources, close to Turkey" beside "sources close to Turkey"
    would be counted as a second source. The article's own outlet (``articles``: as the manifest names it) is no new
    source: its own words (a trial was warned of "IPA News" for a figure of IPA News's article)."""
    import difflib

    known = sorted({str(c) for c in claims["claimant"].dropna()}) if len(claims) else []
    machine = dict(zip(claims["claim_id"], claims["claimant"].fillna("").astype(str))) if len(claims) else {}
    own_voice = _own_voice_names(claims, articles) if articles is not None and len(articles) else {}
    lines = []
    for line, row, claimant in written_by_editor(queue_path, machine, "claimant"):
        if claimant == CLEARED or actors.by_name(claimant) is not None or claimant in known \
                or _name_folded(claimant) in own_voice.get(row.get("article_id") or "", ("", set()))[1]:
            continue
        close = difflib.get_close_matches(claimant, known, n=1, cutoff=0.6)
        hint = f"if it is {close[0]!r} under another spelling, write that name" if close else \
            "if it is a source named elsewhere under another spelling, write that name"
        lines.append(f"warning: {_shown(queue_path)}:{line}: claimant {claimant!r} is a new source to the pages "
                     f"(not in actors.csv, no other claim gives it); {hint}, or add it to "
                     "data/reference/actors.csv with its other names, so that one source is counted once")
    return lines


def _shortened(sentence: str, limit: int = 200) -> str:
    """A long sentence cut at a word, marked "…": never mid-word ("114 Syrian m")."""
    if len(sentence) <= limit:
        return sentence
    return sentence[:limit].rsplit(" ", 1)[0] + " …"


def _people_after_side_words(words: list[str]) -> bool:
    """Whether the words after a count are a noun for people after one or two words of a side ("Turkish soldiers",
    "pro-government militia fighters"), as the claim rules read them."""
    from .claims import PERSON_NOUNS, SIDE_WORDS

    for index in (1, 2):
        if index < len(words) and words[index] in PERSON_NOUNS:
            return all(w in SIDE_WORDS or w.endswith(("ian", "ish", "ese", "i")) or w.startswith(("pro-", "anti-"))
                       for w in words[:index])
    return False


@dataclass(frozen=True)
class PossibleMiss:
    """A sentence (or one figure in it) the extraction may have missed: ``key`` names it for a dismissal."""

    key: str
    article_id: str
    sentence: str
    line: str


def miss_key(article_id: str, sentence: str, figure: str = "") -> str:
    """A short name for a possible miss that stays the same from build to build while its sentence does."""
    digest = hashlib.sha256("\0".join((article_id, sentence, figure)).encode("utf-8")).hexdigest()
    return f"m-{digest[:10]}"


def possible_misses(claims: pd.DataFrame, articles: pd.DataFrame, paragraphs: pd.DataFrame,
                    dismissed: frozenset[str] | set[str] = frozenset()) -> list[str]:
    """Sentences that hold a number and a casualty word but gave no claim: the figures the extraction may have
    missed, for the editor to read ("add it as a row with decision added", or dismiss it). Datasets' rows are not
    sentences; the keys in ``dismissed`` are left out."""
    return [miss.line for miss in possible_miss_items(claims, articles, paragraphs) if miss.key not in dismissed]


def possible_miss_items(claims: pd.DataFrame, articles: pd.DataFrame, paragraphs: pd.DataFrame) -> list[PossibleMiss]:
    """:func:`possible_misses` with each one's key, article and sentence."""
    from .claims import CANDIDATE
    from .numbers import find_quantities
    from .text import sentence_spans

    from .claims import PERSON_NOUNS

    datasets = set(articles.loc[articles["status"].fillna("") == DATASET_STATUS, "article_id"])
    spans: dict[str, list[tuple[int, int]]] = {}
    figures: dict[str, list[tuple[int, int, str]]] = {}
    for _, claim in claims.iterrows():
        if pd.isna(claim["quote_start"]) or pd.isna(claim["quote_end"]):
            continue
        spans.setdefault(claim["article_id"], []).append((int(claim["quote_start"]), int(claim["quote_end"])))
        numbers = tuple(None if pd.isna(claim.get(c)) else int(claim.get(c)) for c in ("number_low", "number_high"))
        figures.setdefault(claim["article_id"], []).append((int(claim["quote_start"]), int(claim["quote_end"]),
                                                            str(claim["quantity_text"]), numbers))
    lines = []
    for _, block in paragraphs[paragraphs["kind"] == "body"].iterrows():
        if block["article_id"] in datasets:
            continue
        text, offset = str(block["text"]), int(block["start"])
        for start, end in sentence_spans(text):
            sentence = text[start:end].strip()
            counted = [q for q in find_quantities(sentence)
                       if (q.low or q.high) and not re.fullmatch(r"(?:19|20)\d\d", q.text) and q.plausible]
            if not counted or not CANDIDATE.find(sentence):
                continue
            paragraph = "" if pd.isna(block["paragraph"]) else f", paragraph {int(block['paragraph'])}"
            if any(a < offset + end and offset + start < b for a, b in spans.get(block["article_id"], [])):
                # A sentence that gave claims may still hold a count of people none of them is ("11 soldiers and
                # 14 on the other side were killed" read as one claim)
                here = [(f, n) for a, b, f, n in figures.get(block["article_id"], [])
                        if a < offset + end and offset + start < b]
                read = " ".join(f for f, _ in here)
                # (a figure an editor corrected a claim of this sentence to is read too: "injuries" made 36 to 60)
                values = {n for _, n in here}
                for quantity in counted:
                    after = [w.strip(",.;:") for w in sentence[quantity.end:quantity.end + 60].lower().split()]
                    # ("seven Turkish soldiers", "12 pro-government fighters": a side's word or two before the noun)
                    people = bool(after) and (after[0] in PERSON_NOUNS or after[:2] == ["on", "the"]
                                              or _people_after_side_words(after))
                    if people and quantity.text not in read and (quantity.low, quantity.high) not in values:
                        key = miss_key(block["article_id"], sentence, quantity.text)
                        lines.append(PossibleMiss(key, block["article_id"], sentence, (
                            f"possible miss: {block['article_id']}{paragraph}: the figure {quantity.text!r} in "
                            f"{_shortened(sentence)!r} gave no claim; if it is a casualty figure, add it to the queue "
                            f"as a row with decision added, else: make review DISMISS={key} REVIEWER=NAME")))
                continue
            numbers = ", ".join(repr(q.text) for q in counted[:3])
            key = miss_key(block["article_id"], sentence)
            lines.append(PossibleMiss(key, block["article_id"], sentence, (
                f"possible miss: {block['article_id']}{paragraph}: no claim was read from {_shortened(sentence)!r} "
                f"(figures {numbers}); if it gives a casualty figure, add it to the queue as a row with decision "
                f"added, else: make review DISMISS={key} REVIEWER=NAME")))
    return lines


def read_misses(path: Path = MISSES) -> pd.DataFrame:
    """The possible misses editors have dismissed, checked row by row; a missing file is an empty one."""
    path = Path(path)
    rows = _decision_rows(path, MISS_COLUMNS) or []
    seen: dict[str, int] = {}
    for line, row in rows:
        if not re.fullmatch(r"m-[0-9a-f]{10}", row["key"]):
            raise ReviewError(f"key {row['key']!r} is not a possible miss's key (m- and 10 hex digits)", path=path,
                              line=line, hint="record dismissals with make review DISMISS=KEY REVIEWER=NAME")
        if not row["reviewer"]:
            raise ReviewError("reviewer is empty", path=path, line=line, hint="write who read the sentence")
        _check_fields({"reviewed_on": row["reviewed_on"]}, path, line)
        if row["key"] in seen:
            raise ReviewError(f"a second dismissal of {row['key']} (first on line {seen[row['key']]})", path=path,
                              line=line, hint="keep one row per possible miss")
        seen[row["key"]] = line
    return _decision_frame(rows, MISS_COLUMNS)


def dismiss_miss(key: str, reviewer: str, claims: pd.DataFrame, articles: pd.DataFrame, paragraphs: pd.DataFrame,
                 path: Path = MISSES, note: str = "", today: date | None = None) -> str:
    """Record that an editor read a possible miss of the last build and found no casualty figure in it; one line."""
    key = key.strip()
    if not reviewer.strip():
        raise ReviewError("no reviewer given", value=key, hint="add REVIEWER=NAME (--reviewer NAME)")
    found = {miss.key: miss for miss in possible_miss_items(claims, articles, paragraphs)}
    if key not in found:
        raise ReviewError(f"{key!r} is not a possible miss of the last build", value=key,
                          hint="make review lists them, each with its key after DISMISS=")
    miss = found[key]
    dismissed = read_misses(path).drop(columns=["line"])
    dismissed = dismissed[dismissed["key"] != key]
    row = {"key": key, "article_id": miss.article_id, "sentence": miss.sentence,
           "reviewer": reviewer.strip(), "reviewed_on": (today or date.today()).isoformat(), "note": note}
    dismissed = pd.concat([dismissed, pd.DataFrame([row])], ignore_index=True).sort_values(
        ["article_id", "key"], kind="stable")
    # (the sentence is article text, opened in a spreadsheet: it must not run as a formula)
    dismissed = neutralise_formulas(dismissed.astype(str))
    atomic_write(Path(path), lambda temporary: dismissed.to_csv(temporary, index=False, lineterminator="\n"))
    return f"dismissed possible miss {key} ({miss.article_id}: {_shortened(miss.sentence, 80)!r}) in {_shown(path)}, " \
           f"by {reviewer.strip()}"


def run_review(processed: Path = PROCESSED_DIR, ledger_path: Path = LEDGER, queue_path: Path = QUEUE,
               merge: Path | None = None, reviewer: str = "", reference_dir: Path = REFERENCE_DIR,
               exports_path: Path = EXPORTS, export: tuple[str, str] | None = None, note: str = "",
               dismiss: str | None = None, misses_path: Path = MISSES,
               deployment_ledger_path: Path | None = None, deployment_queue_path: Path | None = None) -> list[str]:
    """What ``python -m explainer review`` prints: the queues (claims to ``queue_path``, deployments to
    ``deployment_queue_path``), a merge (of either queue), a decision on a whole export (``export`` = (decision,
    file name)) or a possible miss dismissed (``dismiss``, its key), then counts."""
    from . import deployment_review
    from .deployment_review import LEDGER as DEPLOYMENT_LEDGER, QUEUE as DEPLOYMENT_QUEUE

    deployment_ledger_path = deployment_ledger_path or DEPLOYMENT_LEDGER
    # beside the claims' queue, wherever that is written
    deployment_queue_path = deployment_queue_path or Path(queue_path).parent / DEPLOYMENT_QUEUE.name
    from .reference import load_reference

    from .tables import read_table

    claims, articles, paragraphs = _load_processed(Path(processed))
    deployments = deployment_review.machine_deployments(read_table("deployments", Path(processed)))
    out = []
    if export is not None:
        out.append(decide_export(export[1], export[0], reviewer, articles, exports_path, note))
    elif merge is not None and deployment_review.is_queue(merge):
        _, merged = deployment_review.merge_queue(merge, deployments, articles, deployment_ledger_path, reviewer,
                                                  blocks=blocks_of(paragraphs))
        out.append(f"merged {merged} decision(s) on deployments from {_shown(merge)} into "
                   f"{_shown(deployment_ledger_path)}")
        out.extend(deployment_review.unknown_places(
            _shown(merge), deployments, load_reference(reference_dir).places,
            _shown(Path(reference_dir) / "places.csv")))
    elif merge is not None:
        _, merged = merge_queue(merge, claims, articles, paragraphs, ledger_path, reviewer)
        out.append(f"merged {merged} decision(s) from {_shown(merge)} into {_shown(ledger_path)}")
        reference = load_reference(reference_dir)
        out.extend(unknown_places(Path(merge), claims, reference.places, reference_dir))
        out.extend(unknown_claimants(Path(merge), claims, reference.actors, articles))
    # The decisions as they stand now, applied to the machine's claims: what the next build will publish.
    machine = machine_claims(claims).drop(columns=[c for c in claims.columns if c.startswith("machine_")]
                                          + [c for c in REVIEW_COLUMNS if c != "review_flags"])
    blocks = blocks_of(paragraphs)
    reviewed, outcome = apply_decisions(machine, articles, blocks, read_ledger(ledger_path))
    decided, stale_exports = export_decisions(articles, read_exports(exports_path), exports_path)
    reviewed = apply_export_decisions(reviewed, decided)
    reference = load_reference(reference_dir)
    if "review_flags" not in reviewed.columns or reviewed["review_flags"].isna().all():
        around, after, before = _sentences_and_following(reviewed, paragraphs)
        reviewed["review_flags"] = flags(reviewed, articles, reference.actors, around, following=after,
                                         preceding=before)
    if dismiss is not None:  # (the reviewed claims: a figure an editor has added is no miss to dismiss)
        out.append(dismiss_miss(dismiss, reviewer, reviewed, articles, paragraphs, misses_path, note))
    out.extend(outcome.stale_lines() + stale_exports)
    deployments, stale_deployments = deployment_review.apply_decisions(
        deployments, articles, deployment_review.read_ledger(deployment_ledger_path), blocks)
    out.extend(stale_deployments)
    if merge is None and export is None and dismiss is None:
        waiting = awaiting(reviewed)
        # A dataset's claims are one line per export, with the bulk decision to make: never thousands of rows.
        datasets = articles[articles["status"].fillna("") == DATASET_STATUS]
        from_exports = waiting["article_id"].isin(datasets["article_id"])
        sentence = sentences_around(waiting[~from_exports], paragraphs)
        out.extend(_describe(claim, sentence.get(claim["claim_id"], claim["quote"])) for _, claim in
                   waiting[~from_exports].iterrows())
        for _, article in datasets.iterrows():
            count = int((waiting["article_id"] == article["article_id"]).sum())
            if count:
                out.append(f"{article['file']}: {count:,} claim(s) of this {article['outlet']} export await review "
                           f"(listed in the queue); to accept them all at once: make review "
                           f"ACCEPT_EXPORT={article['file']} REVIEWER=NAME")
        # (the reviewed claims: a figure an editor has added is no longer a possible miss)
        dismissed = set(read_misses(misses_path)["key"])
        items = possible_miss_items(reviewed, articles, paragraphs)
        misses = [miss.line for miss in items if miss.key not in dismissed]
        out.extend(misses[:15] + ([f"... and {len(misses) - 15} more sentence(s) like these"] if len(misses) > 15
                                  else []))
        if len(items) > len(misses):
            out.append(f"{len(items) - len(misses)} possible miss(es) read and dismissed by an editor, listed in "
                       f"{_shown(misses_path)}")
        path = _shown(write_queue(queue_frame(reviewed, articles, paragraphs), queue_path))
        out.append(f"queue: {len(waiting)} claim(s) awaiting review written to {path}; fill in decision "
                   f"({', '.join(DECISIONS)}) and reviewer, correct fields in place, add missed figures as rows "
                   f"with decision added, then: make review MERGE={path}")
        unchecked = deployment_review.awaiting(deployments)
        out.extend(deployment_review.describe(row) for _, row in unchecked.iterrows())
        path = _shown(deployment_review.write_queue(deployment_review.queue_frame(deployments, articles),
                                                    deployment_queue_path))
        out.append(f"queue: {len(unchecked)} deployment(s) awaiting review written to {path}; fill in decision "
                   f"({', '.join(deployment_review.DECISIONS)}) and reviewer, correct fields in place, add missed "
                   f"deployments as rows with decision added, then: make review MERGE={path}")
    else:
        from .build import rebuild_command

        # The build the editor was reviewing, not a plain make site (that is the seed run).
        if dismiss is None:  # (a dismissal publishes nothing)
            # ("publish" read wrong after a rejection: the rebuild applies every decision, whatever it is)
            out.append(f"rebuild to apply the decisions: {rebuild_command()}")
    out.append(f"review: {counts_line(reviewed, outcome)}; deployments: {deployment_review.counts_line(deployments)}")
    return out


# ---------------------------------------------------------------------------------------------------------------
# What the notebooks and pages show of the review


def review_sentence(claims: pd.DataFrame):
    """The review's counts in one sentence, for the narrated record and the Claims page."""
    from IPython.display import Markdown

    numbers = counts(claims)
    checked = numbers["accepted"] + numbers["corrected"] + numbers["added"]
    text = (f"**{checked} of {checked + numbers['awaiting']} claims checked by an editor** "
            f"({numbers['accepted']} accepted, {numbers['corrected']} corrected, {numbers['added']} added where "
            f"the extraction missed them; {numbers['rejected']} rejected and not shown). ")
    text += (f"**{numbers['awaiting']} await review**: they appear only under *Not yet checked*, never in a chart "
             "or the story." if numbers["awaiting"] else "None awaits review.")
    return Markdown(text)


def queue_table(claims: pd.DataFrame) -> pd.DataFrame:
    """The queue as the notebook shows it: each claim awaiting review, the machine's reading and why to look."""
    from .notebook import claims_for_reading

    waiting = awaiting(claims)
    table = claims_for_reading(waiting)
    table["check"] = list(waiting["review_flags"].fillna("")) if len(waiting) else []
    return table[["claim", "figure", "outcome", "side", "claimant", "as written", "date", "check", "quote"]]


def _rows(claims: pd.DataFrame, articles: pd.DataFrame, anchor: str, extra: str | None) -> list:
    from .articles import quote_links
    from .charts import outlet_names
    from .notebook import corrected_note, figure, outcome_words, safe
    from .sides import SIDE_LABELS

    outlets = dict(zip(articles["article_id"], articles["outlet"].fillna(articles["article_id"])))
    names = outlet_names(articles)
    # A period total is on no one day; the day its article was published says how far its period runs at most
    # (a trial read "in recent weeks" with no date beside it)
    published = {aid: day[:10] for aid, day in zip(articles["article_id"], articles.get("published", []))
                 if isinstance(day, str) and day}
    rows = []
    for (_, row), url in zip(claims.iterrows(), quote_links(claims, articles)):
        source = f'<a href="{safe(url)}">{safe(outlets.get(row["article_id"]))}</a>' if url else \
            safe(outlets.get(row["article_id"], row["article_id"]))
        day = safe(_day(row["event_date"])) if isinstance(row["event_date"], str) else ""
        if not day and row.get("scope") == "period" and row["article_id"] in published:
            day = f"<small>over a period, reported {safe(_day(published[row['article_id']]))}</small>"
        place = row["place"] if isinstance(row["place"], str) else ""
        cells = [safe(figure(row)) + corrected_note(row), safe(outcome_words(row)),
                 safe(SIDE_LABELS[row["victim_side"]]), _claimant_cell(row, names),
                 day, safe(place),
                 f'<q>{safe(row["quote"])}</q><br><small>{source}, paragraph {safe(row["paragraph"])}</small>']
        if extra:
            cells.append(safe(row.get(extra)) if isinstance(row.get(extra), str) else "")
        rows.append((f'{anchor}-{row["claim_id"]}', cells))
    return rows


def _claimant_cell(row, outlets: dict[str, str]) -> str:
    """Who claims, escaped: an outlet's own figure under the outlet's name, as the other tables and the charts give it
    ("(in its own words)" said once), then the article's own words for the source."""
    from .charts import outlets_own, own_voice
    from .notebook import safe
    from .story import source_words

    if not outlets_own(row, outlets):
        return f'{safe(row["claimant"])}<br><small>{_as_written(row)}</small>'
    if own_voice(row):
        return source_words(row, outlets)
    return f"{source_words(row, outlets)}<br><small>{_as_written(row)}</small>"


def _as_written(row) -> str:
    """The article's own words for the source, escaped, for a reader ("in its own words" when it names none)."""
    from .charts import own_voice
    from .notebook import safe

    if own_voice(row):
        return "in the article's own words"
    if row["claimant_as_written"] == NAMED_BY_EDITOR:
        return "named by the editor who checked it"
    return f"the article says: \u201c{safe(row['claimant_as_written'])}\u201d"


def _table_html(claims, articles, anchor: str, css: str, extra_heading: str | None = None,
                extra: str | None = None) -> str:
    from .notebook import stacked_table

    headings = ["Figure", "Outcome", "People", "Claimant", "Date", "Place", "Quote"] + \
        ([extra_heading] if extra_heading else [])
    # On a phone each row is a block of labelled lines (table.stacked), as in the Claims page's main table.
    return (f'<div class="table-wrap" tabindex="0">{stacked_table(css, headings, _rows(claims, articles, anchor, extra))}'
            "</div>")


def period_totals_html(claims: pd.DataFrame, articles: pd.DataFrame):
    """Checked figures that total a period, published apart from the incident figures and never on a day."""
    totals = period_totals(claims)
    if totals.empty:
        return html_block("<p><em>No checked figure totals a period.</em></p>")
    return html_block(_table_html(totals, articles, "claim", "claims period-totals"))


def not_yet_checked_html(claims: pd.DataFrame, articles: pd.DataFrame, limit: int = 500):
    """Claims awaiting review, clearly marked, with what the checks found: never in a chart or the story."""
    waiting = awaiting(claims)
    if waiting.empty:
        return html_block("<p><em>Every claim has been checked by an editor.</em></p>")
    shown = waiting.head(limit)
    more = (f"<p>{len(waiting) - limit} more are listed in <code>data/review/queue.csv</code> after "
            "<code>make review</code>.</p>") if len(waiting) > limit else ""
    return html_block(f'<div class="not-yet-checked"><p><strong>Not yet checked: {len(waiting)} figure(s) read by the '
                "machine that no editor has checked yet. Do not use them.</strong> They are not in any chart, the "
                "story or the tracker until an editor accepts or corrects them (<code>make review</code>).</p>"
                + _table_html(shown, articles, "unchecked", "claims unchecked", "Why it needs a look",
                              "review_flags") + more + "</div>")


def without_rejected(downloads: Path) -> None:
    """The downloadable claims.csv, deployments.csv and dataset_summary.csv, as the Data page wrote them, without
    rejected rows (they stay in data/review/, the record)."""
    for name in ("claims.csv", "deployments.csv", "dataset_summary.csv"):
        target = Path(downloads) / name
        if not target.exists():
            continue
        table = not_rejected(pd.read_csv(target, dtype=str, keep_default_na=False))
        atomic_write(target, lambda temporary, table=table: table.to_csv(temporary, index=False,
                                                                         lineterminator="\n"))
