"""Score extraction against hand annotations (``ARTICLE.claims.csv`` beside ``ARTICLE.txt``).

A found claim is an extracted claim whose quote overlaps an annotated quote; pairs are made greedily, agreeing
numbers first, then by overlap. Finding claims is scored by precision (found over extracted), recall (found over
annotated) and F1. Each field is then scored two ways: its accuracy on the found pairs, and, as precision and
recall, correct values over extracted and over annotated claims (a missed or spurious claim is wrong in every
field). An annotation that leaves ``claimant`` or ``place`` empty does not score that field (the annotators leave
them empty where the text does not say); every other field is compared as it stands. "Claimant right" is the
share of annotated claims found with the right claimant, the strictest reading.

``make evaluate`` prints it per text and pooled: ``python -m explainer.evaluate [--errors] FOLDER ...``;
``make evaluate FOLDER=path`` (the ``EXPLAINER_EVALUATE`` environment variable) scores that one folder instead, and
lists figure by figure what was missed, extracted wrong or not annotated (``--errors``).
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
from .text import ArticleContext

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
    outlet: str = ""  # whom the text's own voice was credited to

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


def _place_key(name: str, reference: Reference) -> str | None:
    """The places table's id for a name that is one place, whole ("Saraqib"), else None."""
    found = reference.places.find(name.strip())
    if len(found) == 1 and found[0][0] == 0 and found[0][1] == len(name.strip()):
        return found[0][2].place_id
    return None


def field_correct(field: str, annotation: dict, claim: Claim, reference: Reference) -> bool:
    """Whether the claim's value of ``field`` is the annotated one (claimants compared as actors)."""
    wanted = _value(field, annotation.get(field))
    got = _value(field, getattr(claim, field))
    if field == "claimant":
        return _claimant_key(wanted, reference) == _claimant_key(got, reference)
    if field == "place":
        # "Saraqib" and "Saraqeb": two spellings the places table knows as one place are one place
        if wanted.lower() == got.lower():
            return True
        place = _place_key(wanted, reference) if wanted else None
        return place is not None and place == _place_key(got, reference)
    return wanted == got


def _locate(text: str, quote: str, source: Path, line: int) -> tuple[int, int]:
    start = text.find(quote)
    if start < 0:
        raise ExplainerError(f"annotated quote {quote[:60]!r} is not in the article text", path=source, line=line,
                             hint="quotes must be exact substrings of the article")
    return start, start + len(quote)


def score_article(text_path: Path, annotation_path: Path, reference: Reference) -> tuple[list[dict], list[Claim]]:
    """Pairs of (annotation, extracted claim or None) for one article, and the extracted claims."""
    pairs, extracted, _ = _score(text_path, annotation_path, reference)
    return pairs, extracted


def _score(text_path: Path, annotation_path: Path, reference: Reference) -> tuple[list[dict], list[Claim], str]:
    """:func:`score_article`, and the outlet the text's own voice was credited to."""
    manifest = read_manifest(text_path.parent / "manifest.csv")
    article = clean_article(text_path, reference, manifest)
    context = ArticleContext.build(article, reference)
    extracted = extract_claims(article, reference, context)
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
                # ("killing four civilians and four fighters": two figures alike in number, outcome and quote are
                # paired by their side, not by their order)
                same_side = _value("victim_side", wanted.get("victim_side")) == _value("victim_side", claim.victim_side)
                candidates.append((agrees, overlap, same_side, -e_index, a_index, e_index))
    pairs: dict[int, int] = {}
    used = set()
    for *_, a_index, e_index in sorted(candidates, reverse=True):
        if a_index not in pairs and e_index not in used:
            pairs[a_index] = e_index
            used.add(e_index)
    rows = [{"annotation": row, "claim": extracted[pairs[i]] if i in pairs else None}
            for i, row in enumerate(annotations)]
    return rows, extracted, context.outlet_name


def evaluate_articles(folders: list[Path], reference_dir: Path | None = None) -> list[ArticleResult]:
    """Every annotated article in ``folders``, scored one by one."""
    reference = load_reference(reference_dir) if reference_dir else load_reference()
    results = []
    for folder in folders:
        if not Path(folder).is_dir():
            raise ExplainerError("no such folder", path=folder,
                                 hint="give a folder holding ARTICLE.txt and ARTICLE.claims.csv")
        for annotation_path in sorted(Path(folder).glob("*.claims.csv")):
            stem = annotation_path.name.removesuffix(".claims.csv")
            texts = [p for p in annotation_path.parent.glob(stem + ".*") if p.suffix in (".txt", ".md", ".html")]
            if not texts:
                raise ExplainerError("annotation has no article beside it", path=annotation_path,
                                     hint=f"put {stem}.txt in the same folder")
            pairs, extracted, outlet = _score(texts[0], annotation_path, reference)
            results.append(ArticleResult(stem, pairs, extracted, reference, outlet))
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
        correct = annotated = scored = 0
        for pair in pairs:
            if name in SKIP_WHEN_EMPTY and not _value(name, pair["annotation"].get(name)):
                continue
            annotated += 1
            if pair["claim"] is not None:
                scored += 1
                correct += field_correct(name, pair["annotation"], pair["claim"], reference)
        # Precision is over the extracted claims: the found ones this field is scored on, and every claim that
        # matches no annotation (wrong in every field). A missed claim lowers recall only.
        scores.append(Score(name, correct, scored + (extracted_total - matched), annotated))
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


def format_outlets(results: list[ArticleResult]) -> str:
    """Whom each text's own voice was credited to: a wrong or missing outlet makes every such figure wrong."""
    counts: dict[str, int] = {}
    for result in results:
        counts[result.outlet] = counts.get(result.outlet, 0) + 1
    known = sorted((o, n) for o, n in counts.items() if not o.startswith("publisher of "))
    unknown = sum(n for o, n in counts.items() if o.startswith("publisher of "))
    lines = []
    if known:
        lines.append("own voice credited to: " + "; ".join(f"{o} ({n} text{'s' * (n > 1)})" for o, n in known))
    if unknown:
        lines.append(f"no outlet found for {unknown} text{'s' * (unknown > 1)}: their own-voice figures are credited "
                     "to 'publisher of FILE'; give a manifest.csv row or a SOURCES.md naming the outlet (README)")
    return "\n".join(lines)


def format_errors(results: list[ArticleResult]) -> str:
    """Every annotated figure missed, every extracted one not annotated, and every field extracted wrong."""
    def figure(quantity: str, outcome: str, claimant: str, quote: str) -> str:
        return f"{quantity} {outcome} ({claimant or 'no claimant annotated'}) | {quote[:90]!r}"

    lines = []
    for result in results:
        found = []
        matched = {id(p["claim"]) for p in result.pairs if p["claim"] is not None}
        for pair in result.pairs:
            wanted, claim = pair["annotation"], pair["claim"]
            if claim is None:
                found.append("  missed:        " + figure(wanted.get("quantity_text", ""), wanted.get("outcome", ""),
                                                          wanted.get("claimant", ""), wanted.get("quote", "")))
                continue
            for name in FIELDS:
                if name in SKIP_WHEN_EMPTY and not _value(name, wanted.get(name)):
                    continue
                if not field_correct(name, wanted, claim, result.reference):
                    found.append(f"  wrong {name}: annotated {_value(name, wanted.get(name))!r}, extracted "
                                 f"{_value(name, getattr(claim, name))!r} | {wanted.get('quote', '')[:90]!r}")
        for claim in result.extracted:
            if id(claim) not in matched:
                found.append("  not annotated: " + figure(claim.quantity_text, claim.outcome, claim.claimant,
                                                          claim.quote))
        if found:
            lines += [result.name] + found
    return "\n".join(lines) if lines else "every annotated figure found, with every field right"


def report(folder: Path, reference_dir: Path | None = None, errors: bool = False) -> str:
    """One folder's whole report: per text and pooled, the outlets read, and with ``errors`` figure by figure."""
    results = evaluate_articles([folder], reference_dir)
    parts = [format_report(results, f"== {folder} =="), format_outlets(results)]
    if errors:
        parts += ["", "== figure by figure: what was missed, extracted wrong or not annotated ==",
                  format_errors(results)]
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    arguments = list(argv if argv is not None else sys.argv[1:])
    errors = "--errors" in arguments
    folders = [Path(a) for a in arguments if a != "--errors"]
    chosen = os.environ.get("EXPLAINER_EVALUATE", "").strip()
    if chosen:
        folders = [Path(chosen)]  # make evaluate FOLDER=...: that folder instead of the project's sets
        errors = True  # one folder of one's own: say what went wrong, figure by figure
    if not folders:
        print("usage: python -m explainer.evaluate [--errors] FOLDER [FOLDER ...]", file=sys.stderr)
        return 2
    try:
        for folder in folders:
            print(report(folder, errors=errors))
            print()
    except ExplainerError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
