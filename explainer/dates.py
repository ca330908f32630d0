"""Find dates in news text and resolve relative ones ("on Monday", "yesterday") against a reference date.

A mention is one of three kinds:

* ``day``: one calendar day, resolved (``date`` is set);
* ``period``: a span such as "From 27 Feb to 5 March" or "last week" (``date`` is None);
* ``vague``: "in recent weeks", "earlier this month" (``date`` is None).

Only a ``day`` gives a claim its event date: a period or a vague time is never narrowed to a day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .patterns import Folded

MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
         ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
         ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for name in names
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_MONTH = r"(?P<{g}>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# "27 February", "27th of February", "February 27", "February 27th"
_DAY_MONTH = r"(?P<{d}>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH
_MONTH_DAY = _MONTH + r"\s+(?P<{d}>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)"


def _day_pattern(suffix: str) -> str:
    dm = _DAY_MONTH.format(d=f"d1{suffix}", g=f"m1{suffix}")
    md = _MONTH_DAY.format(d=f"d2{suffix}", g=f"m2{suffix}")
    return rf"(?:{dm}|{md})(?:,?\s+(?P<y{suffix}>(?:19|20)\d\d))?"


PERIOD_PATTERN = Folded(
    r"\b(?:from|between)\s+" + _day_pattern("a") + r"\s+(?:to|and|until|-|–)\s+" + _day_pattern("b") + r"\b")
# Days of one month written as a span: "8 to 9 October", "9–10 January", "between 9 and 11 October 2016",
# "October 8-9": several days, so no one day (the annotation convention: a multi-day span gets no date).
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
SPAN_PATTERN = Folded(r"\b(?:between\s+)?\d{1,2}(?:st|nd|rd|th)?\s*(?:-|–|—|to|and|until)\s*\d{1,2}(?:st|nd|rd|th)?\s+"
                      r"(?:of\s+)?(?:" + _MONTH_NAMES + r")\.?(?:,?\s+(?:19|20)\d\d)?\b"
                      r"|\b(?:" + _MONTH_NAMES + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:-|–|—|to|and|until)\s*"
                      r"\d{1,2}(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?:19|20)\d\d)?")
DAY_PATTERN = Folded(r"\b" + _day_pattern("") + r"\b")
ISO_PATTERN = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b")
WEEKDAY_PATTERN = Folded(r"\b(?:on\s+)?(?P<w>" + "|".join(WEEKDAYS) + r")\b")
RELATIVE_DAY_PATTERN = Folded(r"\b(?P<w>yesterday|today|tonight|this morning|this afternoon|this evening)\b")
VAGUE_PATTERN = Folded(
    r"\b(?:last|this|next|past|previous)\s+(?:week|month|year|weekend)s?\b"
    r"|\bin\s+(?:recent|the\s+past|the\s+last|the\s+coming)\s+(?:\w+\s+)?(?:days|weeks|months|years)\b"
    r"|\bearlier\s+this\s+(?:week|month|year)\b"
    r"|\b(?:by|at|until)\s+the\s+(?:end|start|beginning|middle)\s+of\s+\w+\b"
    r"|\bin\s+(?:early|mid|late)[- ]?\w+\b"
    r"|\bsince\s+(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r"|last|the|\d{4})\b")


# A month name standing as a word: a text without one needs no search for days of the month.
# (a closing mark may follow it: Markdown bold in a timeline's "* **11 September** –", "(3 May)", "on 3 May;")
_MONTH_WORD = Folded(r"\b(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?(?:\s|$|[,*;:)])")


# Words without which a pattern cannot match (each pattern's every alternative holds one): the prefilters of
# find_dates. Every month name and abbreviation begins with one of the three-letter stems.
_MONTH_STEMS = sorted({name[:3] for name in MONTHS})
_VAGUE_NEEDS = ("days", "week", "month", "year", "end", "start", "beginning", "middle", "early", "mid", "late", "since")
_RELATIVE_NEEDS = ("yesterday", "today", "tonight", "this ")


SPAN_NEEDS = re.compile(r"\d\s*(?:-|–|—|to\b|and\b|until\b)\s*\d")  # two numbers joined: a span may be there
# Months, weekdays and the other words a sentence naming a time holds (as written: lower-case, capitalised,
# short ones in capitals too); explainer.text finds them in its one pass over an article.
_TIME_WORD_LIST = list(MONTHS) + WEEKDAYS + ["yesterday", "today", "tonight", "morning", "afternoon", "evening",
                                             "week", "weeks", "month", "months", "year", "years", "weekend", "days",
                                             "since", "early", "mid", "late"]
TIME_WORDS = _TIME_WORD_LIST + [w.capitalize() for w in _TIME_WORD_LIST] \
    + [w.upper() for w in _TIME_WORD_LIST if len(w) < 5]
_ISO_START = re.compile(r"(?:19|20)\d\d-\d\d-\d\d")


def time_word_starts(text: str, found: list[int]) -> list[int]:
    """Where time words start in ``text`` (months, weekdays, "yesterday", "weeks", "since", ISO dates): ``found``,
    where the words of :data:`TIME_WORDS` start (from one scan of the text), with the ISO dates added.

    A sentence with none of them names no time, so :func:`find_dates` need not read it.
    """
    starts = found
    if "-" in text:
        starts = sorted(starts + [m.start() for m in _ISO_START.finditer(text)])
    return starts


@dataclass(frozen=True)
class DateMention:
    """A time expression found in text, with offsets into that text."""

    text: str
    start: int
    end: int
    kind: str  # day, period or vague
    date: date | None


def _make_day(day: str, month: str, year: str | None, year_hint: int | None) -> date | None:
    chosen_year = int(year) if year else year_hint
    if chosen_year is None:
        return None
    try:
        return date(chosen_year, MONTHS[month.lower().rstrip(".")], int(day))
    except ValueError:
        return None


def resolve_weekday(weekday: str, reference: date, reference_source: str) -> date:
    """The date of "on <weekday>" near ``reference``.

    A publication date (or one given as a parameter) is read as "the most recent such day on or before it",
    as news copy uses weekdays for the past week. A photo caption's date is only near the story, so the closest
    such day on either side is taken (a caption dated Sunday and "on Monday" in the text give the next day).
    """
    target = WEEKDAYS.index(weekday.lower())
    back = (reference.weekday() - target) % 7
    if reference_source == "caption":
        forward = (target - reference.weekday()) % 7
        return reference + timedelta(days=forward) if forward < back else reference - timedelta(days=back)
    return reference - timedelta(days=back)


def find_dates(text: str, reference: date | None = None, reference_source: str = "publication",
               year_hint: int | None = None) -> list[DateMention]:
    """Every time expression in ``text``, sorted by offset.

    Parameters
    ----------
    text : str
        The text to search.
    reference : datetime.date, optional
        The date relative expressions are resolved against; without it they are left unresolved (``date`` None).
    reference_source : str
        Where the reference date came from: ``caption``, ``parameter``, ``manifest`` or ``publication``.
    year_hint : int, optional
        The year for "10 February" when the text gives none; defaults to the reference date's year.
    """
    if year_hint is None and reference is not None:
        year_hint = reference.year
    # Each pattern runs only where a word it needs is in the text (plain substring tests, far cheaper than a
    # case-insensitive search): most sentences name no weekday, no month and no "yesterday".
    lowered = text.lower()
    iso = list(ISO_PATTERN.finditer(text)) if "-" in text else []
    vague = list(VAGUE_PATTERN.finditer(text)) if any(w in lowered for w in _VAGUE_NEEDS) else []
    weekdays = list(WEEKDAY_PATTERN.finditer(text)) if any(w in lowered for w in WEEKDAYS) else []
    relative = list(RELATIVE_DAY_PATTERN.finditer(text)) if any(w in lowered for w in _RELATIVE_NEEDS) else []
    has_month = any(stem in lowered for stem in _MONTH_STEMS) and bool(_MONTH_WORD.search(text))
    if not (iso or vague or weekdays or relative or has_month):
        return []
    found: list[DateMention] = []
    taken: set[int] = set()  # offsets already inside a mention: one lookup, not a scan of all mentions

    def free(start: int, end: int) -> bool:
        return start not in taken and (end - 1) not in taken and taken.isdisjoint(range(start, end))

    def add(mention: DateMention) -> None:
        found.append(mention)
        taken.update(range(mention.start, mention.end))

    for match in (PERIOD_PATTERN.finditer(text) if has_month and ("from" in lowered or "between" in lowered)
                  else ()):
        add(DateMention(text[match.start():match.end()], match.start(), match.end(), "period", None))
    for match in (SPAN_PATTERN.finditer(text) if has_month and SPAN_NEEDS.search(text) else ()):
        if free(match.start(), match.end()):
            add(DateMention(text[match.start():match.end()], match.start(), match.end(), "period", None))
    for match in iso:
        if free(match.start(), match.end()):
            try:
                day = date(int(match["y"]), int(match["m"]), int(match["d"]))
            except ValueError:
                continue
            add(DateMention(text[match.start():match.end()], match.start(), match.end(), "day", day))
    for match in (DAY_PATTERN.finditer(text) if has_month else ()):
        if not free(match.start(), match.end()):
            continue
        day_text = match["d1"] or match["d2"]
        month_text = match["m1"] or match["m2"]
        day = _make_day(day_text, month_text, match["y"], year_hint)
        if match["y"]:
            year_hint = int(match["y"])
        add(DateMention(text[match.start():match.end()], match.start(), match.end(), "day" if day else "vague", day))
    for match in vague:
        if free(match.start(), match.end()):
            add(DateMention(text[match.start():match.end()], match.start(), match.end(), "vague", None))
    for match in weekdays:
        if free(match.start(), match.end()):
            day = resolve_weekday(match["w"], reference, reference_source) if reference else None
            add(DateMention(text[match.start():match.end()], match.start(), match.end(), "day" if day else "vague", day))
    for match in relative:
        if free(match.start(), match.end()):
            day = None
            if reference is not None:
                day = reference - timedelta(days=1) if match["w"].lower() == "yesterday" else reference
            add(DateMention(text[match.start():match.end()], match.start(), match.end(), "day" if day else "vague", day))
    return sorted(found, key=lambda m: m.start)


_DATED_YEAR = re.compile(r"\b(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?"
                         r"((?:19|20)\d\d)\b|\b\d{1,2}\s+(?:" + "|".join(sorted(MONTHS, key=len, reverse=True))
                         + r")\.?,?\s+((?:19|20)\d\d)\b", re.IGNORECASE)


_ANY_YEAR = re.compile(r"(?:19|20)\d\d")


def latest_year(text: str) -> int | None:
    """The last year written as part of a date in ``text`` (for "On 10 February" after "On 3 February 2020").

    Only a dated year counts: "a 2020 UN report" is the report's year, not the events'.
    """
    if not _ANY_YEAR.search(text):
        return None
    years = [m.group(1) or m.group(2) for m in _DATED_YEAR.finditer(text)]
    return int(years[-1]) if years else None


def dated_years(text: str) -> set[int]:
    """Every year written as part of a date in ``text`` ("3 October 2016", "May 2019"); a bare "in 2011" is none."""
    if not _ANY_YEAR.search(text):
        return set()
    return {int(m.group(1) or m.group(2)) for m in _DATED_YEAR.finditer(text)}


def names_weekday(mention: DateMention) -> bool:
    """Whether a day mention is a weekday ("on Friday", "early Friday"), read against the article's date."""
    lowered = mention.text.lower()
    return any(day in lowered for day in WEEKDAYS) and not _MONTH_WORD.search(mention.text + " ")


def names_month_without_year(mention: DateMention | None) -> bool:
    """Whether a day mention names a month but no year ("3 October", "October 3rd"), not "on Monday"."""
    return mention is not None and not _ANY_YEAR.search(mention.text) and bool(_MONTH_WORD.search(mention.text + " "))


_FULL_DATE_YEAR = Folded(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:" + "|".join(sorted(MONTHS, key=len, reverse=True))
                         + r")\.?,?\s+((?:19|20)\d\d)\b|\b(?:" + "|".join(sorted(MONTHS, key=len, reverse=True))
                         + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b")


def only_dated_year(text: str, dated: int | None = None) -> int | None:
    """The one year every dated mention in ``text`` names ("30 April 2019", "May 2019"); None for none or several.

    ``dated``: a year the caller has already found in a date of ``text`` (it saves reading the dates again when the
    text writes no other year).
    """
    written = set(_ANY_YEAR.findall(text))
    if len(written) == 1 and dated is not None and str(dated) in written:
        return dated
    if len(written) > 1:  # only then can a dated year differ from a bare one ("a 2020 report"): read the dates
        written = {m.group(1) or m.group(2) for m in _DATED_YEAR.finditer(text)}
    elif written and not _DATED_YEAR.search(text):
        return None
    return int(written.pop()) if len(written) == 1 else None


def last_full_date_year(text: str) -> int | None:
    """The year of the last full date ("30 April 2019", "April 30, 2019") in ``text``; a month and year alone
    ("since August 2018") or a bare year ("a 2020 UN report") does not date the days after it."""
    if not _ANY_YEAR.search(text):
        return None
    years = [m.group(1) or m.group(2) for m in _FULL_DATE_YEAR.finditer(text)]
    return int(years[-1]) if years else None


def day_words(value) -> str:
    """'3 February 2020' for '2020-02-03' (or a longer ISO timestamp); '' for anything that is not a date."""
    try:
        return date.fromisoformat(str(value)[:10]).strftime("%-d %B %Y")
    except ValueError:
        return ""
