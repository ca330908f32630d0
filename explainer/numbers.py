"""Read quantities in running text: digits, number words, decimals with scales, ranges, bounds and vague amounts.

A quantity keeps what the text commits to and no more:

* "four", "3,138", "1.5 million", "3.6m" -> low = high = N, qualifier ``exact``
* "30 to 35", "between 30 and 35" -> low 30, high 35, qualifier ``range`` ("35 to 30" is kept as the range
  30 to 35 with ``reversed`` set, so the claim says the text wrote it high to low)
* "at least four", "a minimum of 4"  -> low 4, high None, qualifier ``at_least``
* "more than 40", "over 40"       -> low 40, high None, qualifier ``more_than`` (40 is the bound it exceeds)
* "up to 40", "nearly 40"         -> low None, high 40, qualifier ``at_most``
* "about 40", "some 40"           -> low = high = 40, qualifier ``approximately``
* "dozens", "hundreds of thousands" -> no number at all, qualifier ``vague``

Number words are read by text2num, not by a hand-made table; bound words come from the vocabulary
(``data/reference/vocabulary.csv``, kind ``qualifier``). Every step looks at a bounded window around a number,
so reading is linear in the length of the text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from text_to_num import text2num

from .dates import MONTHS
from .patterns import Folded
from .tables import QUALIFIERS  # the one list of how a figure's bounds are read (the schema's)
from .vocabulary import VOCABULARY

# A figure above this is not a count of people in any war here (Syria had about 21 million people in 2011): the
# claim rules leave it out, so "999,999,999,999 soldiers" never reaches the tables.
PLAUSIBLE_MAX = 25_000_000
# The quantity text of people named with no amount at all ("civilians were killed"): no number to read
NO_NUMBER = "(no number)"

# Words text2num accepts but that are not counts on their own in news copy.
_NOT_COUNTS = {"zero", "o", "oh"}
_JOINERS = {"and"}
_A_COUNTS = {"dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000}
_SCALES = {"million": 1_000_000, "m": 1_000_000, "mn": 1_000_000, "billion": 1_000_000_000, "bn": 1_000_000_000,
           "thousand": 1_000, "k": 1_000}
# English numbers never need more words than this ("nine hundred and ninety-nine thousand nine hundred and ...").
_MAX_NUMBER_WORDS = 12

# Only tokens that can be part of a number are read: digits, number words, and the "a", "an", "and" between
# them; runs of number words must be separated by whitespace alone, so skipped words still break a run.
_NUMBER_WORDS = ("zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                 "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
                 "hundred|thousand|million|billion|trillion|dozen|half|a|an|and")


def _by_first_letter(words: list[str]) -> list[tuple[str, str]]:
    """(first letter, the pattern of the words that start with it): "t" -> "t(?:en|w(?:o|elve))"."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    parts = []
    for first, rests in groups.items():
        longer = [rest for rest in rests if rest]
        parts.append((first, re.escape(first) + ("(?:" + _trie(longer) + ")" + ("?" if "" in rests else "")
                                                 if longer else "")))
    return parts


def _trie(words: list[str]) -> str:
    """The words as one alternation factored by shared prefixes ("t(?:en|w(?:o|elve)...)"): the regex engine
    then tests a first letter once, not once per word. It matches the same strings; where one word is a prefix of
    another the longer is tried first."""
    return "|".join(body for _, body in _by_first_letter(words))


# A number word is only matched whole (a run of letters and hyphens, every part a number word), so the order of
# the alternatives cannot change what is found.
_NUMBER_TRIE = _trie(_NUMBER_WORDS.split("|"))
# A count in digits or in words ("12", "1,200", "twelve", "twenty-five"): for rules that only need to know a count
# stands there (a list's next item, "three of the ..."), not its value
COUNT = (r"(?:\d[\d,]*|(?<![A-Za-z-])(?:" + _trie([w for w in _NUMBER_WORDS.split("|") if w not in ("a", "an", "and",
                                                                                                  "half")])
         + r")(?:-[a-z]+)?(?![A-Za-z-]))")
# Folded: searched in lower-cased text (explainer/patterns.py); tokens are only read lower-cased.
_NUMBER_RUN = r"(?<![A-Za-z-])(?:" + _NUMBER_TRIE + r")(?:-(?:" + _NUMBER_TRIE + r"))*(?![A-Za-z-])"
# "2,300" (a comma after it ends the number: "killed 2,300, officials said"); "14.000" and "1.234.567", the
# European thousands separator (a point and exactly three digits, not "0.500"); then plain digits and decimals
# ("3.5", "2.5 km": not counts).
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d|,\d)|[1-9]\d{0,2}(?:\.\d{3})+(?!\d|[.,]\d)|\d+(?:\.\d+)?"
# Every token a number may be made of: what _atoms reads by definition (the tests compare _tokens with it).
_WORD = Folded(_NUMBER_RUN + "|" + _DIGITS)


def _fast_tokens_pattern() -> re.Pattern:
    """_WORD for lower-cased ASCII text, written so the regex engine can skip to a possible first letter or digit
    (each alternative starts with a literal), less the lone "a", "an" and "and", found apart (see _tokens)."""
    alternatives = []
    for first, body in _by_first_letter(_NUMBER_WORDS.split("|")):
        # "a", "an", "and" only as part of a hyphenated number ("one-and-a-half", "a-hundred").
        parts = "+" if first == "a" else "*"
        alternatives.append(body + r"(?:-(?:" + _NUMBER_TRIE + "))" + parts + r"(?![a-z-])")
    for digit in "0123456789":
        dotted = r"|\d{0,2}(?:\.\d{3})+(?!\d|[.,]\d)" if digit != "0" else ""
        alternatives.append(digit + r"(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?(?!\d|,\d)" + dotted + r"|\d*(?:\.\d+)?)")
    return re.compile("|".join(alternatives))


_FAST_TOKENS = _fast_tokens_pattern()
# A digit beyond ASCII, which the general pattern's "\d" reads and the fast one does not start a number with. Other
# characters beyond ASCII (curly quotes, a non-breaking space) change nothing the fast pattern finds in lower-cased
# text: its letters and the letters around a word are ASCII in both.
_NOT_ASCII_DIGIT = re.compile(r"(?![0-9])\d")
_LETTER_OR_HYPHEN = frozenset("abcdefghijklmnopqrstuvwxyz-")


def _tokens(text: str, lowered: str | None) -> list[tuple[int, int, str]]:
    """(start, end, lower-cased token) of every _WORD match, less the lone "a", "an" and "and" that cannot change a
    number: those not followed, across whitespace alone, by another token (_atoms only looks at such a word to
    see whether the token after it continues the number). A sentence has many, each a Python tuple otherwise."""
    if lowered is None or (not text.isascii() and _NOT_ASCII_DIGIT.search(text)):
        pattern, target = _folded(_WORD, text, lowered)  # Unicode digits ("٣"): the general pattern
        return [(m.start(), m.end(), m.group()) for m in pattern.finditer(target)]
    tokens = []
    letters = _LETTER_OR_HYPHEN
    for match in _FAST_TOKENS.finditer(lowered):
        start, token = match.start(), match.group()
        if start and lowered[start - 1] in letters and not token[0].isdigit():
            continue  # inside a word ("often", "someone"): the letters around it belong to another word
        # A lone "a", "an" or "and" right before it, across whitespace: "a hundred", "hundred and twenty".
        space = start
        while space and lowered[space - 1].isspace():
            space -= 1
        if space < start:
            for word in ("and", "an", "a"):
                begin = space - len(word)
                if lowered.startswith(word, begin) and begin >= 0 and (begin == 0 or lowered[begin - 1] not in letters):
                    tokens.append((begin, space, word))
                    break
        tokens.append((start, match.end(), token))
    return tokens


# A number written with points between groups of three digits: thousands, as in much European copy.
_DOT_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")
_SCALE_AFTER = re.compile(r"\s?(million|billion|thousand|mn|bn|m|k)\b", re.IGNORECASE)
_HALF_A = re.compile(r"\bhalf(?:\s+(?:an?\s+)?|-)(million|billion|thousand|dozen)\b", re.IGNORECASE)  # ("half dozen": round 50;
# "a half-million displaced": round 231)
# "a quarter of a million", "three quarters of a million", "a third of a million": a share of "a million" before it
_SHARE_OF_A = re.compile(r"(?<![\w-])(?P<count>an?|one|two|three)\s+(?P<share>quarters?|thirds?)\s+of\s+$", re.IGNORECASE)
_SHARES = {"quarter": 4, "quarters": 4, "third": 3, "thirds": 3}
# "one and a half million", "two and a half thousand", "a million and a half": a count and a half of the scale
_HALF_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10}
_AND_A_HALF = re.compile(r"(?P<count>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(?:and\s+a\s+half\s+"
                         r"(?P<scale>million|billion|thousand)|(?P<scale2>million|billion|thousand)\s+and\s+a\s+half)"
                         r"(?![\w-])", re.IGNORECASE)
_SHARE_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3}

QUALIFIER_PHRASES = VOCABULARY["qualifier"]
LOWER_BOUND_PHRASES = tuple(w for w, v in QUALIFIER_PHRASES.items() if v == "at_least")
MORE_THAN_PHRASES = tuple(w for w, v in QUALIFIER_PHRASES.items() if v == "more_than")
UPPER_BOUND_PHRASES = tuple(w for w, v in QUALIFIER_PHRASES.items() if v == "at_most")
APPROXIMATE_PHRASES = tuple(w for w, v in QUALIFIER_PHRASES.items() if v == "approximately")
_BOUND_WINDOW = max(len(w) for w in QUALIFIER_PHRASES) + 8
# Not after a letter or a hyphen; after a digit it may be ("February 3, 2020At least 14": a dateline run into the text)
# (Folded: the phrase is only read lower-cased)
_BOUND_PATTERN = Folded(r"(?<![^\W\d_])(?<!-)(?P<phrase>" + VOCABULARY.alternation("qualifier") + r")\s+$")

# The last word of every bound phrase: a window whose text before its final spaces ends with none of them holds no
# bound (a plain test first; exact for ASCII, where case-insensitive matching is plain ASCII case)
_BOUND_TAILS = tuple(sorted({w.lower().split()[-1] for w in QUALIFIER_PHRASES}))

_VAGUE_UNITS = r"tens|hundreds|thousands|millions|dozens|scores"
VAGUE_PATTERN = Folded(
    rf"\b(?:(?:{_VAGUE_UNITS})(?:\s+(?:and|or)\s+(?:{_VAGUE_UNITS}))?"
    r"(?:\s+of\s+(?:thousands|hundreds|millions))?"
    # "several hundred soldiers", "a few dozen fighters": one vague count, never "several" and an exact 100
    r"|(?:several|a\s+few|many)\s+(?:dozen|hundred|thousand)"
    r"|several|numerous|countless|multiple|some\s+other|a\s+number\s+of|a\s+lot\s+of|lots\s+of"  # ("a lot of": round 47)
    # "a large number of casualties" (held-out Wikipedia, round 40)
    r"|an?\s+(?:large|great|small|significant|substantial|considerable|high|huge)\s+number\s+of|(?:large|great|huge)\s+numbers\s+of|a\s+group\s+of|a\s+few|many|an\s+(?:unspecified|unknown|undisclosed)\s+number\s+of)\b"
)
# Every match of VAGUE_PATTERN holds a match of this (keep them in step): lower-cased text holding none is not searched.
# One C scan, where a loop of substring tests ran once per word; and "some other", "number of", "group of" rather
# than "some", "number", "group", which most sentences that name no vague amount hold ("some of those areas").
_VAGUE_NEEDS = re.compile(r"tens|hundreds|thousands|millions|dozen|scores|several|few|many|numerous|countless|multiple"
                          r"|some\s+other|numbers?\s+of|lots?\s+of|group\s+of")


@dataclass(frozen=True)
class Quantity:
    """A quantity as written, with its character offsets in the text it was read from."""

    text: str
    start: int
    end: int
    low: int | None
    high: int | None
    qualifier: str
    reversed: bool = False  # a range the text wrote high to low ("35 to 30"), kept as 30 to 35

    def __post_init__(self):
        if self.qualifier not in QUALIFIERS:
            raise ValueError(f"unknown qualifier {self.qualifier!r}; expected one of {QUALIFIERS}")
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"quantity {self.text!r} has low {self.low} above high {self.high}")

    @property
    def plausible(self) -> bool:
        # (written out: asked of every figure of every sentence)
        return (self.low is None or self.low <= PLAUSIBLE_MAX) and (self.high is None or self.high <= PLAUSIBLE_MAX)


def _quantity(text: str, start: int, end: int, low: int | None, high: int | None, qualifier: str,
              flipped: bool = False) -> Quantity:
    """A Quantity made as its frozen-dataclass __init__ would make it, without one object.__setattr__ per field and
    the checks: for :func:`find_quantities`, whose qualifiers are the schema's and whose low never exceeds its high
    (a sentence may hold dozens of figures, and building them was a tenth of reading them)."""
    quantity = object.__new__(Quantity)
    quantity.__dict__.update(text=text, start=start, end=end, low=low, high=high, qualifier=qualifier,
                             reversed=flipped)
    return quantity


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


@lru_cache(maxsize=4096)
def _phrase_value(phrase: str) -> int | None:
    try:
        return int(text2num(phrase, "en"))
    except (ValueError, TypeError):
        return None


@dataclass(frozen=True)
class _Atom:
    start: int
    end: int
    value: int


_NOT_A_COUNT_AFTER = re.compile(r"[’'.]\w|[A-Za-z]|-[A-Za-z]")
# "a 10 year-old child", "a 12 years old boy": an age written open, not a count
_AGE_AFTER = re.compile(r"\s+years?[\s-]+old\b", re.IGNORECASE)


def _folded(pattern: Folded, text: str, lowered: str | None) -> tuple[re.Pattern, str]:
    """What :class:`Folded` would search, given ``text`` lower-cased once by the caller (None: its length changed)."""
    return (pattern.sensitive, lowered) if lowered is not None else (pattern.insensitive, text)


def _atoms(text: str, lowered: str | None = None) -> list[_Atom]:
    """Single numbers: digits (with a scale: "1.5 million", "3.6m"), or the longest run of number words."""
    if lowered is None:
        lowered = text.lower()
        lowered = lowered if len(lowered) == len(text) else None
    tokens = _tokens(text, lowered)
    atoms: list[_Atom] = []
    article_start = None  # where "a" began, in "a hundred thousand"
    i = 0
    while i < len(tokens):
        start, end, token = tokens[i]
        halved = _AND_A_HALF.match(text, start) if (token[0].isdigit() or token.lower() in _HALF_COUNTS) \
            and " half" in text[end:end + 30] else None
        if halved:
            count = halved["count"].lower()
            scale = (halved["scale"] or halved["scale2"]).lower()
            atoms.append(_Atom(start, halved.end(), (2 * (int(count) if count.isdigit() else _HALF_COUNTS[count]) + 1)
                               * _SCALES[scale] // 2))
            article_start = None
            while i < len(tokens) and tokens[i][0] < halved.end():
                i += 1
            continue
        if token[0].isdigit():
            scale = _SCALE_AFTER.match(text, end)
            dotted = "." in token and _DOT_THOUSANDS.fullmatch(token)
            if dotted and (token.count(".") > 1 or not scale):
                # "14.000" is fourteen thousand; "1.500 million" stays a decimal with a scale.
                number = float(token.replace(".", ""))
            else:
                number = float(token.replace(",", ""))
            if scale:
                # "1.5 million", "3.6m": a decimal with a scale is a whole count.
                value = round(number * _SCALES[scale.group(1).lower()])
                atoms.append(_Atom(start, scale.end(), value))
                i += 1
                while i < len(tokens) and tokens[i][0] < scale.end():
                    i += 1
                continue
            # "100's", "3.5" and "12-year-old" are not counts of people.
            after = text[end:end + 2]
            if ("." not in token or dotted) and not _NOT_A_COUNT_AFTER.match(after) and not _AGE_AFTER.match(text, end):
                atoms.append(_Atom(start, end, int(number)))
            i += 1
            continue
        lowered = token.lower()
        if lowered in ("a", "an") and i + 1 < len(tokens) and tokens[i + 1][2].lower() in _A_COUNTS \
                and text[end:tokens[i + 1][0]].isspace():
            # "a million", "a hundred thousand", "a dozen": the article counts as one.
            share = _SHARE_OF_A.search(text, max(0, start - 24), start) \
                if tokens[i + 1][2].lower() in ("million", "thousand") and text.endswith("of ", 0, start) else None
            if tokens[i + 1][2].lower() == "dozen":
                atoms.append(_Atom(start, tokens[i + 1][1], 12))
                i += 2
            elif share:
                # "a quarter of a million": 250,000, not a million (a number word before the share was read alone)
                while atoms and atoms[-1].start >= share.start():
                    atoms.pop()
                value = _SHARE_COUNTS[share["count"].lower()] * _A_COUNTS[tokens[i + 1][2].lower()] \
                    // _SHARES[share["share"].lower()]
                atoms.append(_Atom(share.start(), tokens[i + 1][1], value))
                i += 2
            else:
                article_start = start
                i += 1
            continue
        if lowered == "half" or lowered.startswith("half-"):
            half = _HALF_A.match(text, start)
            if half:
                # ("more than a half-million": the article belongs to the count, so the bound before it reaches it)
                begin = start - 2 if text.endswith("a ", 0, start) and not text[start - 3:start - 2].isalnum() \
                    else start
                atoms.append(_Atom(begin, half.end(), {"million": 500_000, "billion": 500_000_000,
                                                       "thousand": 500, "dozen": 6}[half.group(1).lower()]))
                while i < len(tokens) and tokens[i][0] < half.end():
                    i += 1
                continue
        if _word_value(token) is None:
            if lowered == "dozen" and text[max(0, start - 8):start].lower().endswith(("another ", "further ")):
                atoms.append(_Atom(start, end, 12))  # "wounding another dozen", "a further dozen": twelve more
            article_start = None
            i += 1
            continue
        # Extend over following number words (and "and" between them), at most a number's length.
        j = i + 1
        while j < len(tokens) and j - i < _MAX_NUMBER_WORDS and (
            _word_value(tokens[j][2]) is not None or (tokens[j][2].lower() in _JOINERS and j + 1 < len(tokens)
                                                      and _word_value(tokens[j + 1][2]) is not None)
        ) and text[tokens[j - 1][1]:tokens[j][0]].isspace():
            j += 1
        best = None
        for k in range(j, i, -1):
            if tokens[k - 1][2].lower() in _JOINERS:
                continue
            value = _phrase_value(" ".join(t[2].lower() for t in tokens[i:k]))
            if value is not None:
                best = (k, value)
                break
        if best is None:
            i += 1
            continue
        k, value = best
        if k < len(tokens) and tokens[k][2].lower() == "dozen" and value < 100 \
                and text[tokens[k - 1][1]:tokens[k][0]].isspace():
            value, k = value * 12, k + 1  # "two dozen soldiers": twenty-four, not two
        if article_start is not None and article_start < start:
            start = article_start
        article_start = None
        atoms.append(_Atom(start, tokens[k - 1][1], value))
        i = k
    return atoms


_RANGE_JOIN = re.compile(r"\s*(?:to|-|–|—|or)\s*", re.IGNORECASE)
_RANGE_AND = re.compile(r"\s+and\s+(?:up\s+to\s+|as\s+many\s+as\s+)?", re.IGNORECASE)  # ("between 150 and up to 280")
# A month name right before a number: the number is a day ("March 10")
_MONTH_BEFORE = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s+$",
                           re.IGNORECASE)
_SCALE_END = re.compile(r"\b(thousand|million|billion)$", re.IGNORECASE)  # "six thousand": the range's shared scale
_OPENER = re.compile(r"(?<![\w-])(?:from|between)\s+$", re.IGNORECASE)
_OPENER_TAILS = ("from", "between")  # its words (keep in step): a window ending with neither is not searched
_BETWEEN = re.compile(r"(?<![\w-])between\s+$", re.IGNORECASE)
# A count that changed: "rose from 11 to 21", "had climbed from 200 to 340" (the earlier count is replaced)
_CHANGED_BEFORE = re.compile(r"(?<![\w-])(?:rose|risen|rises|rising|climbed|jumped|increased|grew|soared|surged|"
                             r"fell|dropped|declined)\s+$", re.IGNORECASE)


def _window(text: str, end: int) -> str:
    return text[max(0, end - _BOUND_WINDOW):end]


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
    lowered = text.lower()  # once for the three folded patterns (see explainer/patterns.py)
    lowered = lowered if len(lowered) == len(text) else None
    pattern, target = _folded(VAGUE_PATTERN, text, lowered)
    if lowered is not None and lowered.isascii() and not _VAGUE_NEEDS.search(lowered):
        vague = []  # (a substring test first: most sentences hold no vague amount)
    else:
        vague = [(m.start(), m.end(), text[m.start():m.end()]) for m in pattern.finditer(target)]
    vague_starts = [v[0] for v in vague]

    def in_vague(start: int, end: int) -> bool:
        index = bisect.bisect_right(vague_starts, end) - 1
        while index >= 0 and vague[index][1] > start:
            if vague[index][0] < end:
                return True
            index -= 1
        return False

    # "hundreds of thousands" is vague: its words must not be read as the numbers 100 and 1,000.
    atoms = _atoms(text, lowered)
    if vague:
        atoms = [a for a in atoms if not in_vague(a.start, a.end)]
    quantities: list[Quantity] = []
    skip = False
    for index, atom in enumerate(atoms):
        if skip:
            skip = False
            continue
        start, end = atom.start, atom.end
        low = high = atom.value
        qualifier, flipped = "exact", False
        following = atoms[index + 1] if index + 1 < len(atoms) else None
        if following is not None and following.value != atom.value:
            between = text[atom.end:following.start]
            window = _window(text, atom.start)
            opener = _OPENER.search(window) if not window.isascii() \
                or window.rstrip().lower().endswith(_OPENER_TAILS) else None
            is_range = bool(_RANGE_JOIN.fullmatch(between)) and (
                not between.strip().lower() == "or" or following.value > atom.value)
            if not is_range and _RANGE_AND.fullmatch(between) and opener and _BETWEEN.search(opener.group()):
                is_range = True
            if is_range and _MONTH_BEFORE.search(text, max(0, atom.start - 11), atom.start):
                is_range = False  # "IDLIB, March 10 - Eleven people", "March 10-11": a day, never a count's bound
            if is_range and opener and between.strip().lower() == "to" and opener.group().lower().startswith("from") \
                    and _CHANGED_BEFORE.search(text, max(0, atom.start - len(opener.group()) - 16),
                                               atom.start - len(opener.group())):
                continue  # "the toll rose from 11 to 21": the count now is 21; the one it replaces is no bound
            # "-" between two numbers is a range only when the second is not a smaller, unrelated number
            # ("May 2019-10"); a range written high to low ("35 to 30") is kept, sorted, and flagged.
            if is_range and (following.value > atom.value or between.strip().lower() in ("to", "and")
                             or between.strip().lower().startswith("and ")):
                low = atom.value
                scale = _SCALE_END.search(text, following.start, following.end)
                if scale and not _SCALE_END.search(text, atom.start, atom.end) \
                        and atom.value * _SCALES[scale.group(1).lower()] <= following.value:
                    low = atom.value * _SCALES[scale.group(1).lower()]  # "four and six thousand": both thousands
                low, high = min(low, following.value), max(low, following.value)
                flipped = atom.value > following.value
                end, qualifier, skip = following.end, "range", True
                if opener:
                    start = atom.start - len(opener.group())
        if qualifier == "exact":
            window = _window(text, atom.start)
            # (a plain test first: the word before the figure ends no bound phrase in most windows)
            bound = _BOUND_PATTERN.search(window) if not window.isascii() \
                or window.rstrip().lower().endswith(_BOUND_TAILS) else None
            if bound:
                phrase = re.sub(r"\s+", " ", bound.group("phrase").lower())
                start = atom.start - (len(window) - bound.start())
                kind = QUALIFIER_PHRASES[phrase]
                if kind in ("at_least", "more_than"):
                    qualifier, high = kind, None
                elif kind == "at_most":
                    qualifier, low = "at_most", None
                else:
                    qualifier = "approximately"
        if qualifier == "exact" and text.startswith("+", end) and not text[end + 1:end + 2].isdigit():
            # "600+ militants", "another 117+": a bound written as a sign after the figure
            qualifier, high, end = "more_than", None, end + 1
        elif qualifier == "exact" and text.startswith(" or more", end) and not text[end + 8:end + 9].isalpha():
            # "200,000 or more Syrians", "50 people or more" is not this: a bound written after the figure
            qualifier, high, end = "at_least", None, end + 8
        quantities.append(_quantity(text[start:end], start, end, low, high, qualifier, flipped))

    taken = sorted((q.start, q.end) for q in quantities)
    taken_starts = [t[0] for t in taken]
    for v_start, v_end, v_text in vague:
        position = bisect.bisect_left(taken_starts, v_end)
        if position > 0 and taken[position - 1][1] > v_start:
            continue
        # "an unspecified number of fighters" says there were some, and no more: unspecified, not vague.
        # ("an unknown number", "an undisclosed number": the same)
        qualifier = "unspecified" if re.search(r"unspecified|unknown|undisclosed", v_text, re.IGNORECASE) else "vague"
        quantities.append(_quantity(v_text, v_start, v_end, None, None, qualifier))
    return sorted(quantities, key=lambda q: q.start)


# How a quantity can end: a digit, a number word ("twelve", "twenty-two"), a scale ("3.6m", "1.5 million") or "dozen".
_NUMBER_ENDINGS = frozenset(_NUMBER_WORDS.split("|")) | {"million", "billion", "thousand", "mn", "bn", "m", "k"}


def may_end_with_number(text: str) -> bool:
    """Whether a quantity :func:`find_quantities` reads may end where ``text`` ends (trailing whitespace aside).

    Read from the last word alone: a cheap test before reading the whole text ("12 observation posts": is there a
    count right before the phrase?). True does not promise a number; False promises there is none.
    """
    tail = text.rstrip()
    if tail.endswith("+"):  # "600+ militants": the sign after a figure is part of the quantity
        tail = tail[:-1]
    elif tail.endswith(" or more"):  # "200,000 or more": so is a bound written after it
        tail = tail[:-8].rstrip()
    if not tail or tail[-1].isdigit() or tail[-1].isnumeric():
        return bool(tail)
    letters = len(tail)
    while letters and tail[letters - 1].isalpha():
        letters -= 1
    word = tail[letters:]
    # Beyond ASCII, case folding has surprises (the Kelvin sign is a "k"): such a word may end a number.
    return bool(word) and (not word.isascii() or word.lower() in _NUMBER_ENDINGS)


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
