"""Folded patterns find what the same pattern with re.IGNORECASE finds, at the same offsets."""

import re

import pytest

from explainer import dates
from explainer.claims import _PERIOD_WORDS, _SINGLE, _UNNUMBERED
from explainer.numbers import _WORD, VAGUE_PATTERN
from explainer.patterns import Folded

TEXTS = [
    "Turkish Soldiers KILLED Others; Dozens Of Civilians fled, An Officer was SLAIN, all its crew In Total.",
    "İstanbul said ONE soldier and Twenty-Five fighters were killed, suffering HEAVY CASUALTIES so far.",
    "ſome text with the long s, Kelvin sign and 3,500 people; Several hundreds of thousands; a Soldier",
    "From 27 FEBRUARY to 5 March 2020, and On MONDAY, 3 Feb., since LAST WEEK: Earlier This Month.",
]


@pytest.mark.parametrize("folded", [_WORD, VAGUE_PATTERN, _PERIOD_WORDS, _SINGLE, _UNNUMBERED, dates.DAY_PATTERN,
                                    dates.PERIOD_PATTERN, dates.WEEKDAY_PATTERN, dates.VAGUE_PATTERN])
def test_a_folded_pattern_finds_the_same_spans_as_its_case_insensitive_form(folded):
    found = 0
    for text in TEXTS:
        spans = [m.span() for m in folded.finditer(text)]
        assert spans == [m.span() for m in folded.insensitive.finditer(text)], text
        found += len(spans)
    assert found, "the texts hold a match of the pattern"


def test_the_literals_are_lowered_but_escapes_and_group_names_are_kept():
    folded = Folded(r"(?P<Who>\SAID)\s+[A-Z]+")
    assert folded.sensitive.pattern == r"(?P<Who>\Said)\s+[a-z]+"
    assert folded.search("He SAID Yes").span() == (3, 11)


def test_a_pattern_with_inline_flags_is_refused():
    with pytest.raises(ValueError, match="inline"):
        Folded(r"in\s+(?-i:[A-Z])")
    assert re.compile(r"in\s+(?-i:[A-Z])", re.IGNORECASE)  # the alternative the message names works


def test_the_kept_lowered_text_never_answers_for_another_text():
    # Folded keeps the last text it lowered (rules search one sentence many times): a new text is lowered anew.
    pattern = Folded(r"\bkilled\b")
    first, second = "Five were KILLED.", "Five were wounded."
    assert pattern.search(first) and not pattern.search(second) and pattern.search(first)
    assert pattern.search("xx Killed", 3).start() == 3 and not pattern.search("Killed", 1)


def test_every_source_pattern_matches_only_where_one_of_its_gate_words_stands():
    """explainer.text searches each pattern of an unlisted source only in a sentence holding one of its words: a
    match in a sentence holding none would be lost. Read over the fixture corpora's real sentences."""
    from pathlib import Path

    from explainer.text import _UNLISTED

    fixtures = Path(__file__).parent / "fixtures"
    sentences = [s.strip() for path in sorted(fixtures.glob("*-corpus/**/*.txt"))
                 for s in re.split(r"(?<=[.!?])\s+", path.read_text(encoding="utf-8")) if s.isascii()]
    matched = set()
    for index, (needs, pattern) in enumerate(_UNLISTED):
        for sentence in sentences:
            if pattern.search(sentence):
                matched.add(index)
                assert any(word in sentence.lower() for word in needs), (index, sentence)
    assert len(matched) >= len(_UNLISTED) // 2, "the corpora hold a match of most patterns"
