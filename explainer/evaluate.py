"""Score extraction against hand annotations (``ARTICLE.claims.csv`` beside ``ARTICLE.txt``).

A found claim is an extracted claim whose quote overlaps an annotated quote; pairs are made greedily by overlap,
then by agreeing numbers. Per field, precision is correct values over extracted claims and recall is correct values
over annotated claims. An annotation that leaves ``claimant`` or ``place`` empty does not score that field (the
annotators leave them empty where the text does not say); every other field is compared as it stands.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
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
                agrees = _value("number_low", annotations[a_index]["number_low"]) == _value("number_low",
                                                                                            claim.number_low)
                candidates.append((agrees, overlap, a_index, e_index))
    pairs: dict[int, int] = {}
    used = set()
    for agrees, overlap, a_index, e_index in sorted(candidates, reverse=True):
        if a_index not in pairs and e_index not in used:
            pairs[a_index] = e_index
            used.add(e_index)
    rows = [{"annotation": row, "claim": extracted[pairs[i]] if i in pairs else None}
            for i, row in enumerate(annotations)]
    return rows, extracted


def evaluate_folders(folders: list[Path], reference_dir: Path | None = None) -> list[Score]:
    """Scores for finding claims and for each field, over every annotated article in ``folders``."""
    reference = load_reference(reference_dir) if reference_dir else load_reference()
    pairs, extracted_total = [], 0
    found_any = False
    for folder in folders:
        for annotation_path in sorted(Path(folder).glob("*.claims.csv")):
            stem = annotation_path.name.removesuffix(".claims.csv")
            texts = [p for p in annotation_path.parent.glob(stem + ".*") if p.suffix in (".txt", ".md", ".html")]
            if not texts:
                raise ExplainerError("annotation has no article beside it", path=annotation_path,
                                     hint=f"put {stem}.txt in the same folder")
            rows, extracted = score_article(texts[0], annotation_path, reference)
            pairs.extend(rows)
            extracted_total += len(extracted)
            found_any = True
    if not found_any:
        raise ExplainerError("no *.claims.csv annotations found", path=", ".join(map(str, folders)),
                             hint="give folders holding ARTICLE.txt and ARTICLE.claims.csv")
    matched = [p for p in pairs if p["claim"] is not None]
    scores = [Score("claim found", len(matched), extracted_total, len(pairs))]
    for field in FIELDS:
        correct = annotated = 0
        for pair in pairs:
            wanted = _value(field, pair["annotation"].get(field))
            if field in SKIP_WHEN_EMPTY and not wanted:
                continue
            annotated += 1
            claim = pair["claim"]
            if claim is None:
                continue
            got = _value(field, getattr(claim, field))
            if field == "claimant":
                correct += _claimant_key(wanted, reference) == _claimant_key(got, reference)
            else:
                correct += wanted == got
        # Precision counts every extracted claim: one that matches nothing is wrong in every field.
        extracted_scored = annotated + (extracted_total - len(matched))
        scores.append(Score(field, correct, extracted_scored, annotated))
    return scores


def format_scores(scores: list[Score]) -> str:
    lines = [f"{'field':<14} {'precision':>9} {'recall':>7} {'F1':>6} {'correct':>8} {'extracted':>9} "
             f"{'annotated':>9}"]
    for s in scores:
        lines.append(f"{s.name:<14} {s.precision:>9.2f} {s.recall:>7.2f} {s.f1:>6.2f} {s.correct:>8} "
                     f"{s.extracted:>9} {s.annotated:>9}")
    return "\n".join(lines)
