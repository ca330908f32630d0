"""What changed in the tables, in an editor's words: ``make diff`` and the test that guards the committed run.

Claims are compared as an editor reads them (whose figure, for which side and outcome), not as lines of CSV:
"claims for france24-idlib-2020-02-03 differ from the committed tables: Turkish forces killed, at least 4 -> at
least 5". Other tables are compared row by row on their primary key.
"""

from __future__ import annotations

import subprocess
from collections import defaultdict
from pathlib import Path

import pandas as pd

from .paths import PROCESSED_DIR, PROJECT_ROOT
from .tables import SCHEMAS, read_table

# What an editor checks in a claim besides its figure, and how to name it.
DETAILS = {"claimant": "claimant", "event_date": "date", "place": "place", "quote": "quote"}


def _figure(row) -> str:
    from .notebook import figure

    return figure(row)


def _what(row) -> str:
    """'Turkish forces killed'; 'killed (side not stated)' where the side is not stated ('Side not stated killed'
    read as a side's name)."""
    from .sides import SIDE_LABELS

    if row["victim_side"] == "unspecified":
        return f"{row['outcome']} (side not stated)"
    return f"{SIDE_LABELS.get(row['victim_side'], row['victim_side'])} {row['outcome']}"


def _text(value) -> str:
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


def claim_changes(old: pd.DataFrame, new: pd.DataFrame, exports: frozenset[str] = frozenset()
                  ) -> dict[str, list[str]]:
    """For each article whose claims differ: one phrase per difference, in the order the article gives them.

    Claims are paired by article, side, outcome and claimant, in the order of their quotes; a claim with no
    partner is added or removed. ``exports``: the ids of imported datasets (ACLED, UCDP), named as exports.
    """
    changes: dict[str, list[str]] = defaultdict(list)
    articles = sorted(set(old["article_id"]) | set(new["article_id"]))
    counts = [frame["article_id"].value_counts() for frame in (old, new)]
    for article in articles:
        before, after = (int(c.get(article, 0)) for c in counts)
        what = "an imported dataset" if article in exports else "an article"
        if not after:  # a whole article dropped: its count
            changes[article] = [f"{what} no longer read, with {before} claim(s)"]
            continue
        if not before:  # a whole article added: its claims in words, as the reviewed table publishes them
            changes[article] = added_article(new[new["article_id"] == article], what)
            continue
        groups: dict[tuple, list[list]] = defaultdict(lambda: [[], []])
        for side, frame in enumerate((old, new)):
            rows = frame[frame["article_id"] == article].sort_values("quote_start", kind="stable")
            for _, row in rows.iterrows():
                groups[(row["victim_side"], row["outcome"], row["claimant"])][side].append(row)
        found = []
        for key, (before, after) in groups.items():
            for index in range(max(len(before), len(after))):
                a = before[index] if index < len(before) else None
                b = after[index] if index < len(after) else None
                where = int((b if b is not None else a)["quote_start"])
                if a is None:
                    found.append((where, f"new: {_what(b)}, {_figure(b)} ({b['claimant']})"))
                elif b is None:
                    found.append((where, f"gone: {_what(a)}, {_figure(a)} ({a['claimant']})"))
                elif _figure(a) != _figure(b):
                    found.append((where, f"{_what(a)}, {_figure(a)} -> {_figure(b)}"))
                else:
                    details = [f"{label} {_text(a[field]) or '(none)'} -> {_text(b[field]) or '(none)'}"
                               for field, label in DETAILS.items() if _text(a[field]) != _text(b[field])]
                    if details:
                        found.append((where, f"{_what(a)}, {_figure(a)}: " + "; ".join(details)))
        if found:
            changes[article] = [text for _, text in sorted(found, key=lambda item: item[0])]
    return dict(changes)


def added_article(rows: pd.DataFrame, what: str = "an article") -> list[str]:
    """An added article's (or ``what``'s: "an imported dataset") claims in words, in the article's order: rejected
    ones (kept in claims.csv with their decision, never published) are counted apart, and those awaiting review say
    so."""
    status = rows["review_status"].fillna("") if "review_status" in rows else pd.Series("", index=rows.index)
    rejected = int((status == "rejected").sum())
    kept = rows[status != "rejected"].sort_values("quote_start", kind="stable")
    waiting = int((status[kept.index] == "awaiting").sum())
    notes = [f"{rejected} rejected in review, not counted"] if rejected else []
    notes += [f"{waiting} awaiting review, not published yet"] if waiting else []
    head = f"{what} added, with {len(kept)} claim(s)" + (f" ({'; '.join(notes)})" if notes else "")
    return [head] + [f"new: {_what(row)}, {_figure(row)} ({row['claimant']})"
                     + (" [awaiting review]" if status[index] == "awaiting" and waiting < len(kept) else "")
                     for index, row in kept.iterrows()]


def claims_message(changes: dict[str, list[str]], against: str = "the committed tables") -> str:
    return "\n".join(f"claims for {article} differ from {against}: " + "; ".join(items)
                     for article, items in changes.items())


def row_changes(table: str, old: pd.DataFrame, new: pd.DataFrame) -> str | None:
    """'N added, N removed, N changed' on the table's primary key, or None when the rows are the same."""
    key = SCHEMAS[table]["primary_key"]
    old_rows = {tuple(r[k] for k in key): r for r in old.astype("string").fillna("").to_dict("records")}
    new_rows = {tuple(r[k] for k in key): r for r in new.astype("string").fillna("").to_dict("records")}
    added = [k for k in new_rows if k not in old_rows]
    removed = [k for k in old_rows if k not in new_rows]
    changed = [k for k in new_rows if k in old_rows and new_rows[k] != old_rows[k]]
    if not (added or removed or changed):
        return None
    parts = [f"{len(items)} {word}" for items, word in ((added, "added"), (removed, "removed"),
                                                        (changed, "changed")) if items]
    example = (changed or added or removed)[0]
    return f"{table}.csv: {', '.join(parts)} (e.g. {' / '.join(map(str, example))})"


def _committed_table(table: str, folder: Path, revision: str) -> pd.DataFrame | None:
    """The table as committed at ``revision`` (read with its schema's types), or None if it was not."""
    import tempfile

    relative = (folder / f"{table}.csv").resolve().relative_to(PROJECT_ROOT.resolve())
    result = subprocess.run(["git", "show", f"{revision}:{relative}"], cwd=PROJECT_ROOT, capture_output=True)
    if result.returncode != 0:
        return None
    with tempfile.TemporaryDirectory() as scratch:
        (Path(scratch) / f"{table}.csv").write_bytes(result.stdout)
        return read_table(table, Path(scratch))


def describe_changes(folder: Path = PROCESSED_DIR, revision: str = "HEAD") -> list[str]:
    """Lines saying how the tables in ``folder`` differ from those committed at ``revision``."""
    lines = []
    for table in SCHEMAS:
        if not (folder / f"{table}.csv").exists():
            continue
        old = _committed_table(table, folder, revision)
        new = read_table(table, folder)
        if old is None:
            lines.append(f"{table}.csv: new, {len(new)} rows")
            continue
        if table == "claims":
            changes = claim_changes(old, new, _export_ids(folder, revision))
            if changes:
                lines.append(claims_message(changes, f"those committed at {revision}"))
        else:
            line = row_changes(table, old, new)
            if line:
                lines.append(line)
    return lines


def _export_ids(folder: Path, revision: str) -> frozenset[str]:
    """The article ids of imported datasets, now or at ``revision`` (a dropped export is named as one too)."""
    from .events import dataset_articles

    now = read_table("articles", folder) if (folder / "articles.csv").exists() else None
    return frozenset(dataset_articles(now) | dataset_articles(_committed_table("articles", folder, revision)))


def changed_files() -> list[str]:
    """Outputs git sees as changed (notebooks, charts, downloads): listed by name, their contents are long."""
    result = subprocess.run(["git", "status", "--porcelain", "--", "notebooks", "report", "data/processed"],
                            cwd=PROJECT_ROOT, capture_output=True, text=True)
    return [line[3:] for line in result.stdout.splitlines() if line[3:] and not line[3:].endswith(".csv")]
