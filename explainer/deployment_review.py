"""Editorial review of deployments: no deployment the machine read (a convoy, observation posts, reinforcements,
troops and their count) is published until an editor has checked it, as with the casualty claims
(:mod:`explainer.review`, whose reading and checking of decision files this module shares).

The decisions live in ``data/review/deployments.csv``, one row per deployment, keyed on the article's SHA-256, the
sentence the fact was read from (its offsets and words) and the deployment as written. ``make review`` lists the
deployments awaiting a decision and writes them to ``data/review/deployments_queue.csv``; an editor fills in
``decision`` (accepted, corrected or rejected) and ``reviewer``, corrects fields in place, and merges the file with
``make review MERGE=data/review/deployments_queue.csv``. A decision whose deployment is no longer read, or is now
read otherwise than the editor saw it, is reported as stale and the deployment waits for review again. A deployment
the machine missed is added as a row with decision ``added``: the article, the exact sentence (found in the article,
so it still links to it), the deployment as written in it, and its kind, side and reporter.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pandas as pd

from .deployments import clause_quote
from .exceptions import ReviewError
from .files import atomic_write
from .notebook import REVIEW_WORDS, html_block, neutralise_formulas
from .paths import DATA_DIR
from .review import (CLEARED, _changed_since, _decision_frame, _decision_rows, _int, _read_rows, _value, awaiting,
                     check_values, checked_as, counts, editor_place, locate_quote, written_by_editor)
from .sides import SIDE_LABELS, SIDES

LEDGER = DATA_DIR / "review" / "deployments.csv"
QUEUE = DATA_DIR / "review" / "deployments_queue.csv"
DECISIONS = ("accepted", "corrected", "rejected", "added")
STATUSES = (*DECISIONS, "awaiting")
PUBLISHED = ("accepted", "corrected", "added")
# What an added deployment must say besides its sentence and words: what it is, whose side, who reports it.
ADDED_NEEDS = ("kind", "side", "claimant")
KINDS = ("observation_posts", "convoy", "reinforcements", "troops_deployed")
FORCE_SIDES = tuple(s for s in SIDES if s != "civilians")
# Fields an editor may correct; the machine's value is kept beside each in machine_<field>.
CORRECTABLE = ("kind", "count", "actor", "side", "claimant", "date", "place")
# What identifies a deployment in its article: the bytes (SHA-256), the sentence's offsets and words, and the
# deployment as written there ("military convoy of tanks"), which tells apart two deployments of one sentence.
KEY = ("article_id", "article_sha256", "quote_start", "quote_end", "quote", "what")
LEDGER_COLUMNS = ("deployment_id", *KEY, "decision", *CORRECTABLE, "reviewer", "reviewed_on", "note", "checked_as")
QUEUE_COLUMNS = ("deployment_id", "why", "decision", *CORRECTABLE, "reviewer", "note", "claimant_as_written", *KEY)
REVIEW_COLUMNS = ("review_status", "reviewer", "reviewed_on", "review_note", "review_flags")


def _check_row(row: dict, path, line) -> None:
    """One decision's cells; raises ReviewError naming the file, the line and the fix."""
    decision = row.get("decision", "")
    if decision not in DECISIONS:
        raise ReviewError(f"decision {decision!r} is not one of {', '.join(DECISIONS)}", path=path, line=line,
                          hint="accept or correct what the machine read, reject it, or add one the machine missed")
    if not row.get("reviewer"):
        raise ReviewError("reviewer is empty", path=path, line=line,
                          hint="write who checked the deployment (or pass REVIEWER=NAME to the merge)")
    for name in ("article_id", "quote", "what"):
        if not row.get(name):
            raise ReviewError(f"{name} is empty", path=path, line=line,
                              hint="merge the queue `make review` wrote, with its cells as written")
    for name in ("quote_start", "quote_end"):
        # (an added deployment is found by its sentence; a decision on the machine's reading needs its offsets)
        if _int(row.get(name, ""), name, path, line) is None and decision != "added":
            raise ReviewError(f"{name} is empty", path=path, line=line)
    _int(row.get("count", ""), "count", path, line)
    if decision == "added":
        missing = [name for name in ADDED_NEEDS if not row.get(name) or row[name] == CLEARED]
        if missing:
            raise ReviewError(f"an added deployment needs {', '.join(missing)}", path=path, line=line,
                              hint=f"write {', '.join(missing)} (kind: {', '.join(KINDS)})")
        if row["what"].lower() not in row["quote"].lower():
            raise ReviewError(f"what {row['what']!r} is not in the quote", path=path, line=line,
                              hint="copy the deployment as the sentence writes it ('military convoy')")
    check_values(row, {"kind": KINDS, "side": FORCE_SIDES}, ("date", "reviewed_on"), path, line)
    if decision == "corrected" and not any(row.get(name) for name in CORRECTABLE):
        raise ReviewError("decision is corrected but no field is corrected", path=path, line=line,
                          hint="write the right value in its column, or make the decision accepted")
    if row.get("kind") == CLEARED:
        raise ReviewError("kind cannot be emptied", path=path, line=line, hint=f"write one of {', '.join(KINDS)}")


def read_ledger(path: Path = LEDGER) -> pd.DataFrame:
    """The decisions on deployments, checked row by row; a missing file is an empty one."""
    path = Path(path)
    rows = _decision_rows(path, (*KEY, "decision", "reviewer"))
    seen: dict[tuple, int] = {}
    for line, row in rows or []:
        _check_row(row, path, line)
        key = tuple(row.get(k, "") for k in KEY[1:])
        if key in seen:
            raise ReviewError(f"a second decision for the same deployment (first on line {seen[key]})", path=path,
                              line=line, hint="keep one row per deployment")
        seen[key] = line
    return _decision_frame(rows, LEDGER_COLUMNS)


def empty_ledger() -> pd.DataFrame:
    """No decisions: every deployment awaits review."""
    return _decision_frame(None, LEDGER_COLUMNS)


def write_ledger(frame: pd.DataFrame, path: Path = LEDGER) -> Path:
    """Write the decisions in one move (never half a file), ordered by article and place in it."""
    out = frame.reindex(columns=LEDGER_COLUMNS).fillna("")
    out = out.sort_values(["article_id", "quote_start", "what"], kind="stable",
                          key=lambda c: pd.to_numeric(c, errors="coerce").fillna(0) if c.name == "quote_start" else c)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    return atomic_write(Path(path), lambda temporary: out.to_csv(temporary, index=False, lineterminator="\n"))


def _typed(name: str, value: str):
    if value == CLEARED:
        return None
    if name == "place":
        return editor_place(value)
    return int(value) if name == "count" else value


def _added(decision, article_id: str, located: tuple, blocks: list[dict]) -> dict:
    """The row of a deployment an editor added, with the sentence's place in the article."""
    start, end, paragraph = located
    block = next((b for b in blocks if int(b["start"]) <= start < int(b["end"])), {})
    # quoted as the machine's deployments are, by the clause around its words (the licence of most articles lets
    # the site quote no whole sentence: a trial found an added one's 270 characters on three pages)
    at = decision["quote"].lower().find(decision["what"].lower())
    shown = clause_quote(decision["quote"], start, at, at + len(decision["what"]))
    row = {"article_id": article_id, "deployment_id": f"{article_id}-added-{start}-{end}", "what": decision["what"],
           "claimant_as_written": decision["claimant"], **shown,
           "block": "caption" if block.get("kind") == "caption" else "body",
           "paragraph": None if pd.isna(paragraph) else int(paragraph), "review_status": "added",
           "reviewer": decision["reviewer"], "reviewed_on": decision["reviewed_on"] or None,
           "review_note": decision["note"] or None, "review_flags": None}
    for name in CORRECTABLE:
        row[name] = _typed(name, decision[name]) if decision[name] else None
        row[f"machine_{name}"] = None  # the machine read nothing here
    return row


def apply_decisions(deployments: pd.DataFrame, articles: pd.DataFrame, ledger: pd.DataFrame,
                    blocks: dict[str, list[dict]] | None = None) -> tuple[pd.DataFrame, list[str]]:
    """Deployments with their review status, corrections applied (the machine's values kept in machine_<field>),
    the editors' additions appended, and a line for each decision that no longer holds. ``blocks`` maps an article
    id to its blocks (kind, paragraph, start, end, text), where an added deployment's sentence is looked for."""
    deployments = deployments.reset_index(drop=True).copy()
    for name in CORRECTABLE:
        deployments[f"machine_{name}"] = deployments[name] if name in deployments else None
    deployments["review_status"] = "awaiting"
    for name in ("reviewer", "reviewed_on", "review_note", "review_flags"):
        deployments[name] = None
    stale: list[str] = []
    if ledger.empty:
        return deployments, stale
    sha_of = dict(zip(articles["article_id"], articles["sha256"]))
    built = set(sha_of.values())
    added: list[dict] = []
    where = {}
    for index, row in deployments.iterrows():
        where.setdefault((sha_of.get(row["article_id"]), int(row["quote_start"]), int(row["quote_end"]),
                          row["quote"], row["what"]), []).append(index)
    for _, decision in ledger.iterrows():
        line = f"data/review/deployments.csv line {decision['line']}"
        sha = decision["article_sha256"] or sha_of.get(decision["article_id"])
        if sha not in built:
            if decision["article_id"] in sha_of:
                stale.append(f"{line}: article {decision['article_id']} has changed since the decision (its sha256 "
                             "differs); review its deployments again")
            continue  # an article not in this build: the decision waits for it
        if decision["decision"] == "added":
            for article_id in (a for a, s in sha_of.items() if s == sha):  # (syndicated copies: the same bytes)
                hint = int(decision["quote_start"]) if decision["quote_start"] else None
                located = locate_quote((blocks or {}).get(article_id, []), decision["quote"], hint)
                if not located or located[0] == "ambiguous":
                    stale.append(f"{line}: added sentence {decision['quote'][:60]!r} is no longer found once in "
                                 f"{article_id}")
                    continue
                row = _added(decision, article_id, located, (blocks or {}).get(article_id, []))
                read = where.pop((sha, row["quote_start"], row["quote_end"], row["quote"], row["what"]), [])
                if read:  # the machine now reads it too (new rules): the editor's row stands for both
                    deployments = deployments.drop(index=read)
                added.append(row)
            continue
        matches = where.get((sha, int(decision["quote_start"]), int(decision["quote_end"]), decision["quote"],
                             decision["what"]), [])
        if not matches:
            stale.append(f"{line}: deployment no longer found: {decision['article_id']} {decision['what']!r} in "
                         f"{decision['quote'][:60]!r}")
            continue
        for index in matches:  # one per article holding these bytes (syndicated copies)
            changed = _changed_since(decision, deployments.loc[index])
            if changed:
                deployments.at[index, "review_flags"] = (f"changed since it was {decision['decision']} on "
                                                         f"{decision['reviewed_on'] or 'an earlier day'}: {changed}")
                stale.append(f"{line}: the machine now reads {decision['article_id']} {decision['what']!r} "
                             f"otherwise ({changed}): review it again")
                continue
            deployments.at[index, "review_status"] = decision["decision"]
            for name, column in (("reviewer", "reviewer"), ("reviewed_on", "reviewed_on"), ("note", "review_note")):
                deployments.at[index, column] = decision[name] or None
            if decision["decision"] == "corrected":
                for name in CORRECTABLE:
                    if decision[name]:
                        deployments.at[index, name] = _typed(name, decision[name])
    if added:
        new = pd.DataFrame(added)
        deployments = pd.concat([deployments, new], ignore_index=True) if len(deployments) \
            else new.reindex(columns=list(dict.fromkeys([*deployments.columns, *new.columns])))
    return deployments, stale


def published(deployments: pd.DataFrame) -> pd.DataFrame:
    """Deployments an editor has accepted, corrected or added: the only ones on the map, the timeline and the pages.
    Without review columns nothing is published."""
    if "review_status" not in deployments.columns:
        return deployments.iloc[0:0]
    return deployments[deployments["review_status"].isin(PUBLISHED)]


def editor_mark(row) -> str:
    """What an editor did to a deployment told on a page, after it: " (corrected by an editor)", " (added by an
    editor)"; nothing for one accepted as read."""
    status = row.get("review_status")
    return f" ({REVIEW_WORDS[status]})" if status in ("corrected", "added") else ""


def whose(row) -> str:
    """Whose forces a deployment is, for a reader: its actor ("Turkey"), else its side ("Turkish forces"), else ""
    (a trial read "not stated" for deployments an editor gave a side and no actor)."""
    actor = row.get("actor")
    if isinstance(actor, str) and actor.strip():
        return actor.strip()
    side = row.get("side")
    return SIDE_LABELS.get(side, "") if isinstance(side, str) and side != "unspecified" else ""


def whose_note(row, told: str) -> str:
    """" (Turkey)" after a deployment whose words as told (``told``) do not name whose forces it is; else ""."""
    actor = whose(row)
    return f" ({actor})" if actor and actor.lower() not in told.lower() else ""


def counts_line(deployments: pd.DataFrame) -> str:
    numbers = counts(deployments, STATUSES)
    return ", ".join(f"{numbers[name]} {name}" for name in STATUSES)


def machine_deployments(deployments: pd.DataFrame) -> pd.DataFrame:
    """The extractor's own reading back from a reviewed table: machine values restored, review columns dropped."""
    machine = deployments.copy()
    if "review_status" in machine.columns:
        machine = machine[machine["review_status"] != "added"]  # (an editor's addition is no reading of the machine)
    for name in CORRECTABLE:
        if f"machine_{name}" in machine.columns:
            machine[name] = machine[f"machine_{name}"]
    return machine.drop(columns=[c for c in machine.columns if c.startswith("machine_") or c in REVIEW_COLUMNS])


def queue_frame(deployments: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """The deployments awaiting a decision, with the machine's reading to correct in place; ``decision`` and
    ``reviewer`` are left for the editor."""
    waiting = awaiting(deployments)
    sha_of = dict(zip(articles["article_id"], articles["sha256"]))
    rows = []
    for _, row in waiting.iterrows():
        cells = {name: _value(row.get(name)) for name in QUEUE_COLUMNS}
        cells.update({"why": _value(row.get("review_flags")), "decision": "", "reviewer": "", "note": "",
                      "article_sha256": sha_of.get(row["article_id"], "")})
        rows.append(cells)
    frame = pd.DataFrame(rows, columns=QUEUE_COLUMNS)
    return neutralise_formulas(frame) if len(frame) else frame


def write_queue(frame: pd.DataFrame, path: Path = QUEUE) -> Path:
    return atomic_write(Path(path), lambda temporary: frame.to_csv(temporary, index=False, lineterminator="\n",
                                                                   quoting=csv.QUOTE_MINIMAL))


def is_queue(path: Path) -> bool:
    """Whether a filled-in queue is of deployments (its header names deployment_id, not claim_id)."""
    try:
        with Path(path).open(encoding="utf-8-sig", newline="") as handle:
            header = [h.strip() for h in next(csv.reader(handle), [])]
    except (OSError, UnicodeDecodeError):
        return False  # the claims' merge reports what is wrong with the file
    return "deployment_id" in header and "claim_id" not in header


def _locate_added(row: dict, sha_of: dict, blocks: dict, path: Path, line: int) -> None:
    """An added deployment's article and sentence, checked against the build; its offsets filled in."""
    article_id = row.get("article_id", "")
    if article_id not in sha_of:
        raise ReviewError(f"article_id {article_id!r} is not one of the articles built", path=path, line=line,
                          hint="use an article_id from data/processed/articles.csv")
    row["article_sha256"] = row.get("article_sha256") or sha_of[article_id]
    if not row.get("quote"):
        raise ReviewError("quote is empty", path=path, line=line,
                          hint="copy the sentence that reports the deployment exactly as the article writes it")
    hint = int(row["quote_start"]) if str(row.get("quote_start", "")).isdigit() else None
    located = locate_quote(blocks.get(article_id, []), row["quote"], hint)
    if not located:
        raise ReviewError(f"the quote {row['quote'][:60]!r} is not in article {article_id}", path=path, line=line,
                          hint="copy the words exactly as the article writes them, within one paragraph")
    if located[0] == "ambiguous":
        raise ReviewError(f"the quote is in article {article_id} {located[1]} times", path=path, line=line,
                          hint="write the quote_start of the occurrence you mean")
    row["quote_start"], row["quote_end"] = str(located[0]), str(located[1])


def merge_queue(queue_path: Path, deployments: pd.DataFrame, articles: pd.DataFrame, ledger_path: Path = LEDGER,
                reviewer: str = "", today: date | None = None, blocks: dict[str, list[dict]] | None = None
                ) -> tuple[Path, int]:
    """Check every row of a filled-in deployments queue, then write its decisions into the ledger at once.

    A row with no decision stays awaiting. A field that differs from the machine's value is a correction (an
    emptied cell clears it). A row with decision added is a deployment the machine missed, its sentence looked for in
    ``blocks`` (article id to its blocks). Any malformed row stops the merge with ReviewError naming it before
    anything is written. Returns the ledger path and the number of decisions merged.
    """
    queue_path = Path(queue_path)
    today = (today or date.today()).isoformat()
    machine = machine_deployments(deployments)
    by_id = {row["deployment_id"]: row for _, row in machine.iterrows()}
    sha_of = dict(zip(articles["article_id"], articles["sha256"]))
    decisions = []
    for line, row in _read_rows(queue_path):
        if not row.get("decision"):
            continue
        row["decision"] = row["decision"].lower()
        row["reviewer"] = row.get("reviewer") or reviewer
        row["reviewed_on"] = row.get("reviewed_on") or today
        if row["decision"] == "added":
            _locate_added(row, sha_of, blocks or {}, queue_path, line)
            row["checked_as"] = ""  # the machine read nothing to compare with later
            _check_row(row, queue_path, line)
            decisions.append(row)
            continue
        fact = by_id.get(row.get("deployment_id", ""))
        if fact is None:
            raise ReviewError(f"deployment_id {row.get('deployment_id', '')!r} is not a deployment of this build",
                              path=queue_path, line=line, hint="run `make review` again and fill in the new queue")
        for name in KEY:
            row[name] = sha_of.get(fact["article_id"], "") if name == "article_sha256" else _value(fact[name])
        corrections = {name: row[name] or CLEARED for name in CORRECTABLE
                       if name in row and row[name] != _value(fact[name])}
        if row["decision"] == "accepted" and corrections:
            raise ReviewError(f"decision is accepted but {', '.join(corrections)} differ(s) from the machine's value",
                              path=queue_path, line=line, hint="write corrected, or put the machine's value back")
        for name in CORRECTABLE:
            row[name] = corrections.get(name, "")
        row["checked_as"] = checked_as(fact, corrections, CORRECTABLE)
        _check_row(row, queue_path, line)
        decisions.append(row)
    ledger = read_ledger(ledger_path).drop(columns=["line"], errors="ignore")
    new = pd.DataFrame([{c: row.get(c, "") for c in LEDGER_COLUMNS} for row in decisions], columns=LEDGER_COLUMNS)
    if len(new):
        key = list(KEY[1:])
        replaced = set(new[key].astype(str).apply(tuple, axis=1))
        if len(ledger):
            ledger = ledger[~ledger[key].astype(str).apply(tuple, axis=1).isin(replaced)]
        ledger = pd.concat([ledger, new], ignore_index=True) if len(ledger) else new
    return write_ledger(ledger, ledger_path), len(new)


def unknown_places(queue_path: Path, deployments: pd.DataFrame, places, places_file: Path) -> list[str]:
    """A warning for each place an editor wrote (corrected or added) that the places table does not know: the map
    draws no point for it (it is said under the map instead)."""
    machine_place = dict(zip(deployments["deployment_id"], deployments["place"].fillna("").astype(str))) \
        if len(deployments) else {}
    lines = []
    for line, _, place in written_by_editor(queue_path, machine_place, "place", "deployment_id"):
        if places.by_name(place) is None:
            lines.append(f"warning: {queue_path}:{line}: place {place!r} is not in {places_file}, so the map draws "
                         "no point for it; to place it, add a row there (its coordinate and a source) and rebuild")
    return lines


def describe(row) -> str:
    """One deployment awaiting review, as ``make review`` lists it."""
    count = "" if pd.isna(row["count"]) else f"{int(row['count'])} "
    lines = [f"{row['deployment_id']}: {count}{row['what']} ({row['kind']}), {row['actor'] or 'whose not stated'}; "
             f"reported by {row['claimant']}; {row['date'] if isinstance(row['date'], str) else 'no date'}; "
             f"{row['place'] if isinstance(row['place'], str) else 'no place'}",
             f"    sentence: {' '.join(str(row['quote']).split())}"]
    if isinstance(row.get("review_flags"), str) and row["review_flags"]:
        lines.append(f"    check: {row['review_flags']}")
    return "\n".join(lines)


def not_yet_checked_html(deployments: pd.DataFrame, articles: pd.DataFrame | None = None):
    """Deployments awaiting review, clearly marked and never counted: not on the map, the timeline or the story;
    each sentence with the outlet whose article it is in (``articles``)."""
    from .notebook import safe

    waiting = awaiting(deployments)
    if waiting.empty:
        return html_block("<p><em>Every deployment the articles report has been checked by an editor.</em></p>")
    outlets = dict(zip(articles["article_id"], articles["outlet"].fillna(articles["article_id"]))) \
        if articles is not None else {}
    items = "".join(f"<li><q>{safe(row['quote'])}</q>"
                    + (f" <small>in {safe(outlets[row['article_id']])}</small>" if row["article_id"] in outlets else "")
                    + "</li>" for _, row in waiting.iterrows())
    return html_block(f'<div class="not-yet-checked"><p><strong>Not yet checked: {len(waiting)} deployment(s) read '
                      "by the machine that no editor has checked yet.</strong> Their sentences are listed as the "
                      "articles write them; what the machine read from them (a count, whose forces, a place) is not "
                      "shown, and they are not on the map, the timeline or the story until an editor accepts or "
                      "corrects them (<code>make review</code>).</p><ul>" + items + "</ul></div>")
