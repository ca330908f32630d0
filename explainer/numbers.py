"""Read quantities in running text: digits, number words, ranges, bounds and vague amounts.

A quantity keeps what the text commits to and no more:

* "four", "3,138"                 -> low = high = N, qualifier ``exact``
* "30 to 35", "between 30 and 35" -> low 30, high 35, qualifier ``range``
* "at least four", "more than 4"  -> low 4, high None, qualifier ``at_least``
* "up to 40", "nearly 40"         -> low None, high 40, qualifier ``at_most``
* "about 40", "some 40"           -> low = high = 40, qualifier ``approximately``
* "dozens", "hundreds of thousands" -> no number at all, qualifier ``vague``

Number words are read by text2num, not by a hand-made table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from text_to_num import text2num

QUALIFIERS = ("exact", "range", "at_least", "at_most", "approximately", "vague", "unspecified")

# Words text2num accepts but that are not counts on their own in news copy.
_NOT_COUNTS = {"zero", "o", "oh"}
_JOINERS = {"and"}
_A_COUNTS = {"dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000}

_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*|\d{1,3}(?:,\d{3})+(?!\d)|\d+")

LOWER_BOUND_PHRASES = (
    "at least", "more than", "over", "upwards of", "no fewer than", "no less than", "a minimum of", "in excess of",
)
UPPER_BOUND_PHRASES = (
    "up to", "nearly", "almost", "as many as", "fewer than", "less than", "no more than", "at most", "under",
    "a maximum of",
)
APPROXIMATE_PHRASES = ("about", "around", "some", "roughly", "approximately", "an estimated", "estimated", "close to")

_BOUND_PATTERN = re.compile(
    r"(?P<phrase>" + "|".join(
        re.escape(p) for p in sorted(LOWER_BOUND_PHRASES + UPPER_BOUND_PHRASES + APPROXIMATE_PHRASES, key=len, reverse=True)
    ) + r")\s+$",
    re.IGNORECASE,
)

VAGUE_PATTERN = re.compile(
    r"\b(?:(?:tens|hundreds|thousands|millions|dozens|scores)(?:\s+(?:and|or)\s+(?:tens|hundreds|thousands|millions|dozens|scores))?"
    r"(?:\s+of\s+(?:thousands|hundreds|millions))?"
    r"|several|numerous|countless|a\s+number\s+of|a\s+few|many)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Quantity:
    """A quantity as written, with its character offsets in the text it was read from."""

    text: str
    start: int
    end: int
    low: int | None
    high: int | None
    qualifier: str

    def __post_init__(self):
        if self.qualifier not in QUALIFIERS:
            raise ValueError(f"unknown qualifier {self.qualifier!r}; expected one of {QUALIFIERS}")
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"quantity {self.text!r} has low {self.low} above high {self.high}")


@lru_cache(maxsize=4096)
def _word_value(word: str) -> int | None:
    """The value of one number word ("four", "thirty-five", "hundred"), or None."""
    lowered = word.lower()
    if lowered in _NOT_COUNTS:
        return None
    try:
        return int(text2num(lowered, "en"))
    except (ValueError, TypeError):
        return None


def _digits_value(token: str) -> int | None:
    if not token[0].isdigit():
        return None
    return int(token.replace(",", ""))


@dataclass(frozen=True)
class _Atom:
    start: int
    end: int
    value: int


def _atoms(text: str) -> list[_Atom]:
    """Single numbers: a run of digits, or the longest run of number words that text2num reads as one number."""
    tokens = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    atoms: list[_Atom] = []
    article_start = None  # where "a" began, in "a hundred thousand"
    i = 0
    while i < len(tokens):
        start, end, token = tokens[i]
        digits = _digits_value(token)
        if digits is not None:
            # "100's" and "3.5" are not counts of people; skip digit runs glued to a letter or a decimal point.
            after = text[end:end + 2]
            if not re.match(r"[’'.]\w|\.\d|[A-Za-z]", after):
                atoms.append(_Atom(start, end, digits))
            i += 1
            continue
        if token.lower() in ("a", "an") and i + 1 < len(tokens) and tokens[i + 1][2].lower() in _A_COUNTS:
            # "a million", "a hundred thousand", "a dozen": the article counts as one.
            if tokens[i + 1][2].lower() == "dozen":
                atoms.append(_Atom(start, tokens[i + 1][1], 12))
                i += 2
            else:
                article_start = start
                i += 1
            continue
        if _word_value(token) is None:
            i += 1
            continue
        # Extend over following number words (and "and" between them), keeping the longest readable run.
        j = i + 1
        while j < len(tokens) and (
            _word_value(tokens[j][2]) is not None or (tokens[j][2].lower() in _JOINERS and j + 1 < len(tokens)
                                                      and _word_value(tokens[j + 1][2]) is not None)
        ) and re.fullmatch(r"\s+", text[tokens[j - 1][1]:tokens[j][0]]):
            j += 1
        best = None
        for k in range(j, i, -1):
            phrase = text[start:tokens[k - 1][1]]
            if tokens[k - 1][2].lower() in _JOINERS:
                continue
            try:
                best = (k, int(text2num(re.sub(r"\s+", " ", phrase.lower()), "en")))
                break
            except (ValueError, TypeError):
                continue
        if best is None:
            i += 1
            continue
        k, value = best
        if article_start is not None and article_start < start:
            start, article_start = article_start, None
        atoms.append(_Atom(start, tokens[k - 1][1], value))
        i = k
    return atoms


_RANGE_BETWEEN = re.compile(r"\s+and\s+$", re.IGNORECASE)


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in ``text``, in order, with offsets into ``text``.

    Parameters
    ----------
    text : str
        Any text; a sentence is the usual unit.

    Returns
    -------
    list of Quantity
        Non-overlapping quantities sorted by start offset.
    """
    vague = list(VAGUE_PATTERN.finditer(text))
    # "hundreds of thousands" is vague: its words must not be read as the numbers 100 and 1,000.
    atoms = [a for a in _atoms(text) if not any(a.start < v.end() and v.start() < a.end for v in vague)]
    quantities: list[Quantity] = []
    used = set()
    for index, atom in enumerate(atoms):
        if index in used:
            continue
        start, end = atom.start, atom.end
        low = high = atom.value
        qualifier = "exact"
        following = atoms[index + 1] if index + 1 < len(atoms) else None
        if following is not None:
            between = text[atom.end:following.start]
            before = text[:atom.start]
            if re.fullmatch(r"\s*(?:to|-|–|—|or)\s*", between, re.IGNORECASE) and following.value > atom.value:
                high, end, qualifier = following.value, following.end, "range"
                used.add(index + 1)
                opener = re.search(r"(?:\bfrom|\bbetween)\s+$", before, re.IGNORECASE)
                if opener:
                    start = opener.start()
            elif _RANGE_BETWEEN.fullmatch(between) and re.search(r"\bbetween\s+$", before, re.IGNORECASE) \
                    and following.value > atom.value:
                start = re.search(r"\bbetween\s+$", before, re.IGNORECASE).start()
                high, end, qualifier = following.value, following.end, "range"
                used.add(index + 1)
        if qualifier == "exact":
            bound = _BOUND_PATTERN.search(text[:atom.start])
            # The bound phrase must be a phrase on its own, not the tail of a longer word ("moreover").
            if bound and (bound.start() == 0 or not text[bound.start() - 1].isalnum()):
                phrase = bound.group("phrase").lower()
                start = bound.start()
                if phrase in LOWER_BOUND_PHRASES:
                    qualifier, high = "at_least", None
                elif phrase in UPPER_BOUND_PHRASES:
                    qualifier, low = "at_most", None
                else:
                    qualifier = "approximately"
        quantities.append(Quantity(text[start:end], start, end, low, high, qualifier))

    taken = [(q.start, q.end) for q in quantities]
    for match in vague:
        if any(match.start() < e and s < match.end() for s, e in taken):
            continue
        quantities.append(Quantity(match.group(), match.start(), match.end(), None, None, "vague"))
    return sorted(quantities, key=lambda q: q.start)


def parse_quantity(text: str) -> Quantity:
    """Read one quantity that makes up the whole of ``text`` ("30 to 35", "at least four").

    Raises
    ------
    ValueError
        If ``text`` holds no quantity or more than one.
    """
    stripped = text.strip()
    found = find_quantities(stripped)
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(stripped):
        raise ValueError(f"{text!r} is not a single quantity; write it as e.g. '4', 'four', '30 to 35' or 'at least 4'")
    return found[0]
