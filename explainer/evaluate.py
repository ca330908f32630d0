"""Score extraction against hand annotations (``ARTICLE.claims.csv`` beside ``ARTICLE.txt``).

A found claim is an extracted claim whose quote overlaps an annotated quote; pairs are made greedily, agreeing
numbers first, then by overlap. Finding claims is scored by precision (found over extracted), recall (found over
annotated) and F1. Each field is then scored two ways: its accuracy on the found pairs, and, as precision and
recall, correct values over extracted and over annotated claims (a missed or spurious claim is wrong in every
field). An annotation that leaves ``claimant`` or ``place`` empty does not score that field (the annotators leave
them empty where the text does not say); every other field is compared as it stands. "Claimant right" is the
share of annotated claims found with the right claimant, the strictest reading.

``make evaluate`` prints it per text and pooled: ``python -m explainer.evaluate FOLDER ...``; ``make evaluate
FOLDER=path`` (the ``EXPLAINER_EVALUATE`` environment variable) scores that one folder instead.
"""

from __future__ import annotations

import csv
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .articles import clean_article, read_manifest
from .claims import Claim, extract_claims
from .exceptions import ExplainerError
from .reference import Reference, load_reference

FIELDS = ("number_low", "number_high", "qualifier", "outcome", "victim_side", "claimant", "event_date", "place")
SKIP_WHEN_EMPTY = ("claimant", "place")


@dataclass
class Score:
    name: str
    correct: int
    extracted: int
    annotated: int

    @property
    def precision(self) -> float:
        return self.correct / self.extracted if self.extracted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.annotated if self.annotated else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class ArticleResult:
    """One annotated text's pairs (annotation, extracted claim or None) and its extracted claims."""

    name: str
    pairs: list[dict]
    extracted: list[Claim]
    reference: Reference = field(repr=False)

    @property
    def found(self) -> int:
        return sum(p["claim"] is not None for p in self.pairs)


def _value(field: str, value) -> str:
    if value is None:
        return ""
    text = str(value).strip()
    if field in ("number_low", "number_high") and text:
        return str(int(float(text)))
    return text


def _claimant_key(name: str, reference: Reference) -> frozenset[str]:
    parts = [p.strip() for p in name.replace(" & ", " and ").split(" and ") if p.strip()]
    keys = set()
    for part in parts:
        actor = reference.actors.by_name(part) or reference.actors.by_name(part.removeprefix("the "))
        keys.add(actor.actor_id if actor else part.lower())
    return frozenset(keys)


def field_correct(field: str, annotation: dict, claim: Claim, reference: Reference) -> bool:
    """Whether the claim's value of ``field`` is the annotated one (claimants compared as actors)."""
    wanted = _value(field, annotation.get(field))
    got = _value(field, getattr(claim, field))
    if field == "claimant":
        return _claimant_key(wanted, reference) == _claimant_key(got, reference)
    if field == "place":
        return wanted.lower() == got.lower()
    return wanted == got


def _locate(text: str, quote: str, source: Path, line: int) -> tuple[int, int]:
    start = text.find(quote)
    if start < 0:
        raise ExplainerError(f"annotated quote {quote[:60]!r} is not in the article text", path=source, line=line,
                             hint="quotes must be exact substrings of the article")
    return start, start + len(quote)


def score_article(text_path: Path, annotation_path: Path, reference: Reference) -> tuple[list[dict], list[Claim]]:
    """Pairs of (annotation, extracted claim or None) for one article, and the extracted claims."""
    manifest = read_manifest(text_path.parent / "manifest.csv")
    article = clean_article(text_path, reference, manifest)
    extracted = extract_claims(article, reference)
    with annotation_path.open(encoding="utf-8", newline="") as handle:
        annotations = list(csv.DictReader(handle))
    spans = [_locate(article.text, row["quote"], annotation_path, line)
             for line, row in enumerate(annotations, start=2)]
    candidates = []
    for a_index, (start, end) in enumerate(spans):
        for e_index, claim in enumerate(extracted):
            overlap = min(end, claim.quote_end) - max(start, claim.quote_start)
            if overlap > 0:
                wanted = annotations[a_index]
                agrees = sum(_value(f, wanted[f]) == _value(f, getattr(claim, f))
                             for f in ("number_low", "number_high", "outcome"))
                candidates.append((agrees, overlap, -e_index, a_index, e_index))
    pairs: dict[int, int] = {}
    used = set()
    for _, _, _, a_index, e_index in sorted(candidates, reverse=True):
        if a_index not in pairs and e_index not in used:
            pairs[a_index] = e_index
            used.add(e_index)
    rows = [{"annotation": row, "claim": extracted[pairs[i]] if i in pairs else None}
            for i, row in enumerate(annotations)]
    return rows, extracted


def evaluate_articles(folders: list[Path], reference_dir: Path | None = None) -> list[ArticleResult]:
    """Every annotated article in ``folders``, scored one by one."""
    reference = load_reference(reference_dir) if reference_dir else load_reference()
    results = []
    for folder in folders:
        for annotation_path in sorted(Path(folder).glob("*.claims.csv")):
            stem = annotation_path.name.removesuffix(".claims.csv")
            texts = [p for p in annotation_path.parent.glob(stem + ".*") if p.suffix in (".txt", ".md", ".html")]
            if not texts:
                raise ExplainerError("annotation has no article beside it", path=annotation_path,
                                     hint=f"put {stem}.txt in the same folder")
            pairs, extracted = score_article(texts[0], annotation_path, reference)
            results.append(ArticleResult(stem, pairs, extracted, reference))
    if not results:
        raise ExplainerError("no *.claims.csv annotations found", path=", ".join(map(str, folders)),
                             hint="give folders holding ARTICLE.txt and ARTICLE.claims.csv")
    return results


def scores_of(results: list[ArticleResult]) -> list[Score]:
    """Finding claims, then each field (precision over extracted, recall over annotated), pooled over ``results``."""
    pairs = [p for r in results for p in r.pairs]
    extracted_total = sum(len(r.extracted) for r in results)
    matched = sum(p["claim"] is not None for p in pairs)
    reference = results[0].reference
    scores = [Score("claim found", matched, extracted_total, len(pairs))]
    for name in FIELDS:
        correct = annotated = 0
        for pair in pairs:
            if name in SKIP_WHEN_EMPTY and not _value(name, pair["annotation"].get(name)):
                continue
            annotated += 1
            if pair["claim"] is not None:
                correct += field_correct(name, pair["annotation"], pair["claim"], reference)
        # Precision counts every extracted claim: one that matches nothing is wrong in every field.
        scores.append(Score(name, correct, annotated + (extracted_total - matched), annotated))
    return scores


def accuracy_of(results: list[ArticleResult]) -> dict[str, tuple[int, int]]:
    """Per field, (correct, scored) over the found pairs only."""
    reference = results[0].reference
    accuracy = {}
    for name in FIELDS:
        correct = scored = 0
        for result in results:
            for pair in result.pairs:
                if pair["claim"] is None or (name in SKIP_WHEN_EMPTY
                                             and not _value(name, pair["annotation"].get(name))):
                    continue
                scored += 1
                correct += field_correct(name, pair["annotation"], pair["claim"], reference)
        accuracy[name] = (correct, scored)
    return accuracy


def claimant_right(results: list[ArticleResult]) -> tuple[int, int]:
    """(annotated claims found with the right claimant, annotated claims that name a claimant)."""
    reference = results[0].reference
    named = [p for r in results for p in r.pairs if _value("claimant", p["annotation"].get("claimant"))]
    right = sum(p["claim"] is not None and field_correct("claimant", p["annotation"], p["claim"], reference)
                for p in named)
    return right, len(named)


def evaluate_folders(folders: list[Path], reference_dir: Path | None = None) -> list[Score]:
    """Scores for finding claims and for each field, over every annotated article in ``folders``."""
    return scores_of(evaluate_articles(folders, reference_dir))


def format_scores(scores: list[Score]) -> str:
    lines = [f"{'field':<14} {'precision':>9} {'recall':>7} {'F1':>6} {'correct':>8} {'extracted':>9} "
             f"{'annotated':>9}"]
    for s in scores:
        if not s.annotated and s is not scores[0]:  # a field no annotation gives (no place): not scored, not 0
            lines.append(f"{s.name:<14} {'-':>9} {'-':>7} {'-':>6} {'-':>8} {'-':>9} {s.annotated:>9}")
            continue
        lines.append(f"{s.name:<14} {s.precision:>9.2f} {s.recall:>7.2f} {s.f1:>6.2f} {s.correct:>8} "
                     f"{s.extracted:>9} {s.annotated:>9}")
    return "\n".join(lines)


def _ratio(correct: int, total: int) -> str:
    return f"{correct / total:.2f}" if total else "  - "


def format_report(results: list[ArticleResult], title: str = "") -> str:
    """Per text: annotated, extracted, found, P/R/F1, claimant right; then pooled scores and field accuracy."""
    short = {"number_low": "low", "number_high": "high", "qualifier": "qual", "outcome": "outc",
             "victim_side": "side", "claimant": "clmt", "event_date": "date", "place": "place"}
    width = max(len(r.name) for r in results) + 1
    head = (f"{'text':<{width}} {'ann':>4} {'ext':>4} {'found':>5} {'P':>5} {'R':>5} {'F1':>5} {'right':>5} "
            + " ".join(f"{short[f]:>5}" for f in FIELDS))
    lines = [title] if title else []
    lines += [head, "-" * len(head)]
    for result in results + [None]:
        group = [result] if result is not None else results
        found = scores_of(group)[0]
        right, total = claimant_right(group)
        accuracy = accuracy_of(group)
        name = result.name if result is not None else "POOLED"
        if result is None:
            lines.append("-" * len(head))
        lines.append(
            f"{name:<{width}} {found.annotated:>4} {found.extracted:>4} {found.correct:>5} "
            f"{_ratio(found.correct, found.extracted):>5} {_ratio(found.correct, found.annotated):>5} "
            f"{_ratio(round(found.f1 * 100), 100 if found.extracted or found.annotated else 0):>5} "
            f"{_ratio(right, total):>5} "
            + " ".join(f"{_ratio(*accuracy[f]):>5}" for f in FIELDS))
    scores = scores_of(results)
    right, total = claimant_right(results)
    lines += ["", f"pooled: claims found precision {scores[0].precision:.2f}, recall {scores[0].recall:.2f}, "
              f"F1 {scores[0].f1:.2f}; claimant right {right}/{total} = {_ratio(right, total)} "
              "(annotated claims found with the right claimant)",
              "right: annotated claims found with the right claimant; field columns: accuracy on the found claims "
              "(place and claimant only where annotated)", "",
              format_scores(scores)]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    folders = [Path(a) for a in (argv if argv is not None else sys.argv[1:])]
    chosen = os.environ.get("EXPLAINER_EVALUATE", "").strip()
    if chosen:
        folders = [Path(chosen)]  # make evaluate FOLDER=...: that folder instead of the project's sets
    if not folders:
        print("usage: python -m explainer.evaluate FOLDER [FOLDER ...]", file=sys.stderr)
        return 2
    try:
        for folder in folders:
            print(format_report(evaluate_articles([folder]), f"== {folder} =="))
            print()
    except ExplainerError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
