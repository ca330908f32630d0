"""The words the extraction rules match, read once from ``data/reference/vocabulary.csv``.

Every rule in :mod:`explainer.claims`, :mod:`explainer.text`, :mod:`explainer.numbers` and
:mod:`explainer.deployments` is built from these rows, so adding a newsroom's phrasing means adding a row (with a
note saying why). ``tests/test_vocabulary.py`` puts every row through the rule of its kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .exceptions import ReferenceDataError
from .paths import REFERENCE_DIR
from .reference import checked_reader
from .sides import SIDES  # noqa: F401 (the sides a side word or person noun may name: data/reference/sides.csv)

VOCABULARY_COLUMNS = ("kind", "word", "value", "note")
OUTCOMES = ("killed", "wounded", "captured", "displaced", "other")
QUALIFIER_VALUES = ("at_least", "more_than", "at_most", "approximately")
DEPLOYMENT_KINDS = ("observation_posts", "convoy", "reinforcements", "troops_deployed")
# Which values each kind takes ("" = none); a row outside these is refused with its line.
KINDS = {
    "outcome_participle": OUTCOMES, "outcome_intransitive": OUTCOMES, "outcome_transitive": OUTCOMES,
    "outcome_noun": OUTCOMES, "outcome_nominal": OUTCOMES, "stock_verb": ("displaced",),
    "speech_verb": ("",), "according_to": ("",), "continuation": ("", "part"), "person_noun": ("",) + SIDES,
    "side_word": SIDES, "continuing_word": ("",), "qualifier": QUALIFIER_VALUES, "toll_word": ("",) + OUTCOMES,
    "hedge": ("",), "deployment_word": DEPLOYMENT_KINDS, "plan_word": ("",), "speech_noun_before": ("",), "own_losses_word": ("",), "title_word": ("",),
    "place_noun": ("",), "source_noun": ("",), "report_noun": ("",), "aside_participle": ("", "object"),
    "incident_noun": ("",), "life_verb": ("killed",), "deployment_plan": ("",), "speaking_word": ("",),
    "seat_noun": ("",), "unsourced_basis": ("",), "facility_noun": ("",), "state_body_word": ("",),
    "unnamed_speaker": ("",), "staff_noun": ("",), "role_speaker": ("",), "injury_degree": ("",),
    "quarter_noun": ("",), "institution_word": ("",),
    "command_phrase": ("",), "near_word": ("",), "generic_side_word": ("",), "home_country_word": ("",),
    "sense_noun": ("",), "dangling_word": ("", "clause"),
}


@dataclass(frozen=True)
class Vocabulary:
    """word -> value for each kind, in file order."""

    words: dict[str, dict[str, str]]

    def __getitem__(self, kind: str) -> dict[str, str]:
        return self.words[kind]

    def alternation(self, *kinds: str) -> str:
        """A regex alternation of the kinds' words, longest first, spaces matching any whitespace."""
        words = sorted({w for kind in kinds for w in self.words[kind]}, key=len, reverse=True)
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


def read_vocabulary(path: Path | str) -> Vocabulary:
    path = Path(path)
    if not path.is_file():
        raise ReferenceDataError("vocabulary file not found", path=path,
                                 hint="restore it from git (git checkout -- data/reference/vocabulary.csv)")
    words: dict[str, dict[str, str]] = {kind: {} for kind in KINDS}
    first_line: dict[tuple[str, str], int] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        reader = checked_reader(handle, path, VOCABULARY_COLUMNS, ReferenceDataError)
        for row in reader:
            kind, word = (row["kind"] or "").strip(), (row["word"] or "").strip().lower()
            value, note = (row["value"] or "").strip(), (row["note"] or "").strip()
            if kind not in KINDS:
                raise ReferenceDataError(f"unknown kind {kind!r}", path=path, line=reader.line_num,
                                         hint=f"use one of {', '.join(KINDS)}")
            if value not in KINDS[kind]:
                raise ReferenceDataError(f"value {value!r} is not one for {kind}", path=path, line=reader.line_num,
                                         hint=f"use one of {', '.join(v or '(empty)' for v in KINDS[kind])}")
            if not word or not note:
                raise ReferenceDataError("row has no word or no note", path=path, line=reader.line_num,
                                         hint="every row names its word and says why it is there")
            if (kind, word) in first_line:
                # (a second row silently replaced the first: "employees" had been a person noun of no side and
                # then of the civilians' side, which of the two held depended on the rows' order)
                raise ReferenceDataError(f"{kind} {word!r} is listed twice (first on line {first_line[kind, word]})",
                                         path=path, line=reader.line_num,
                                         hint="keep one row for it (merge the two notes), with the value it should have")
            first_line[kind, word] = reader.line_num
            words[kind][word] = value
    return Vocabulary(words)


@lru_cache(maxsize=4)
def load_vocabulary(reference_dir: str | None = None) -> Vocabulary:
    """The vocabulary of ``reference_dir`` (default data/reference), read once."""
    return read_vocabulary(Path(reference_dir or REFERENCE_DIR) / "vocabulary.csv")


VOCABULARY = load_vocabulary()
