"""Hand-kept lookups in data/reference: actors, places, boilerplate, observation posts.

Every table has a ``source`` column; loading fails with the file and line of any row without one.
"""

from __future__ import annotations

import bisect
import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import ahocorasick

from .exceptions import ReferenceDataError
from .paths import REFERENCE_DIR

ACTOR_COLUMNS = ("actor_id", "canonical", "aliases", "descriptors", "side", "kind", "source")
PLACE_COLUMNS = ("place_id", "name", "alt_names", "kind", "governorate", "country", "lat", "lon", "source")
BOILERPLATE_COLUMNS = ("pattern", "what", "source", "ends_story")
POST_COLUMNS = ("id", "kind", "name", "alt_names", "governorate", "lat", "lon", "coord_basis", "established",
                "status_feb_mar_2020", "notes", "source")


def checked_reader(handle, path: Path, columns: tuple[str, ...], error: type) -> csv.DictReader:
    """A CSV reader whose header holds ``columns``; else ``error`` naming the file, line 1 and what is missing."""
    reader = csv.DictReader(handle)
    missing = [c for c in columns if c not in (reader.fieldnames or [])]
    if missing:
        raise error(f"missing column(s) {', '.join(missing)}", path=path, line=1,
                    hint=f"the header must hold {', '.join(columns)}")
    return reader


def read_reference_csv(path: Path, columns: tuple[str, ...]) -> list[dict[str, str]]:
    """Rows of a reference CSV, checked for its columns and a non-empty ``source`` on every row."""
    path = Path(path)
    if not path.is_file():
        raise ReferenceDataError("reference file not found", path=path,
                                 hint="restore it from git (git checkout -- data/reference) or pass --reference")
    with path.open(encoding="utf-8", newline="") as handle:
        reader = checked_reader(handle, path, columns, ReferenceDataError)
        rows = []
        for row in reader:
            if not (row.get("source") or "").strip():
                raise ReferenceDataError("row has no source", path=path, line=reader.line_num,
                                         hint="every reference row says where its facts come from")
            rows.append({k: (v or "").strip() for k, v in row.items() if k is not None})
    return rows


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(";") if part.strip()]


# Whitespace that reads as a plain space, and the curly apostrophes and transliteration marks for ayn and hamza
# that read as a straight one: "Ma‘arrat al-Nu‘man" and "Maʿarrat" are the table's "Ma'arrat al-Nu'man".
_APOSTROPHES = "’‘ʼʻʿʾ"
_ASCII_REPLACEMENTS = (("\n", " "), ("\t", " "), ("\r", " "), ("\x0b", " "), ("\x0c", " "))
_SAME_LENGTH_REPLACEMENTS = _ASCII_REPLACEMENTS + (("\xa0", " "),) + tuple((mark, "'") for mark in _APOSTROPHES)
_STRAIGHT = str.maketrans({mark: "'" for mark in _APOSTROPHES})


def name_key(name: str) -> str:
    """A name as the tables key it: lower-cased, every apostrophe straight ("Turkey’s" is "turkey's")."""
    lowered = name.lower()
    # (an ASCII name holds no curly apostrophe: str.translate, a tenth of the cost of a lookup, is skipped)
    return lowered if lowered.isascii() else lowered.translate(_STRAIGHT)


_LAST_LOWERED: list = [None, ""]  # the last text lowered and its result: an article is scanned several times


def lower_same_length(text: str) -> str:
    """``text`` lower-cased, whitespace made plain spaces, keeping every offset ("İ" would lower to two characters)."""
    if text is _LAST_LOWERED[0]:
        return _LAST_LOWERED[1]
    original = text
    lowered = text.lower()
    if len(lowered) != len(text):
        # ("İdlib": the Turkish dotted capital lowers to "i" and a combining dot; the "i" alone keeps the offsets)
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c.lower()[0] if c.lower()[0].isascii() else c
                          for c in text)
    # A curly apostrophe reads as a straight one: "Turkey’s Defense Ministry" is the alias "Turkey's ...".
    # One C-level scan per character (str.replace only where it occurs), not a regex substitution over the text.
    # (ASCII text holds neither a non-breaking space nor a curly apostrophe: those are not looked for)
    for character, replacement in _ASCII_REPLACEMENTS if lowered.isascii() else _SAME_LENGTH_REPLACEMENTS:
        if character in lowered:
            lowered = lowered.replace(character, replacement)
    _LAST_LOWERED[:] = [original, lowered]
    return lowered


# Where a name may begin or end: at a character that is neither a letter, a digit, "-" nor "_". The text is
# mapped, character for character, to its word characters (others kept, any non-ASCII one as \x01) and spaces
# (the boundaries), with a space at each end; the automaton holds each name mapped the same way between two
# spaces, so it reports only names standing as whole words (no "un" inside "until"), without a test per hit.
_BOUNDARY_MAP = bytes(c if (chr(c).isalnum() or chr(c) in "-_") else 32 for c in range(128)) + bytes([32]) * 128
_ASCII_WORD = frozenset(chr(c) for c in range(128) if chr(c).isalnum() or chr(c) in "-_")
_WORD_MARK = 1  # a non-ASCII letter or digit ("ğ" in "erdoğan"), told apart from the name by a test on the text
_LAST_BOUNDED: list = [None, ""]


def _boundary_key(key: str) -> str:
    """A name (lower-cased) mapped as :func:`_bounded` maps text, between the two spaces that stand for its edges."""
    return " " + "".join(c if c in _ASCII_WORD else chr(_WORD_MARK) if c.isalnum() else " " for c in key) + " "


def _bounded(lowered: str) -> str:
    """``lowered`` (from :func:`lower_same_length`) mapped to word characters and spaces, one space either side."""
    if lowered is _LAST_BOUNDED[0]:
        return _LAST_BOUNDED[1]
    if lowered.isascii():
        marks = lowered.encode("ascii").translate(_BOUNDARY_MAP)
    else:
        # Every non-ASCII character encodes as "?", which the map makes a boundary; the letters among them are
        # marked back (a loop over the question marks only, as str.find finds them).
        replaced = lowered.encode("ascii", "replace")
        marks = bytearray(replaced.translate(_BOUNDARY_MAP))
        where = replaced.find(b"?")
        while where >= 0:
            if lowered[where].isalnum():
                marks[where] = _WORD_MARK
            where = replaced.find(b"?", where + 1)
    bounded = " " + marks.decode("ascii") + " "
    _LAST_BOUNDED[:] = [lowered, bounded]
    return bounded


class NameFinder:
    """Many names found in one pass over a text (an Aho-Corasick automaton, pyahocorasick), whole words only.

    Matching is leftmost-longest and case-insensitive for names of five letters or more; shorter ones (acronyms
    such as "AP", "UN") must match their spelling, with the first letter in either case, so "un" or "ap" in running
    text are not taken for them. Linear in the length of the text, whatever the number of names.

    Several lists of names (``NameFinder(aliases, descriptors)``) are found in the same one pass, each list on its
    own (:meth:`find_each`): a name of one list never hides a name of another.
    """

    def __init__(self, names, *more_names):
        groups = (names, *more_names)
        self._groups = len(groups)
        # Keyed by the name as :func:`_bounded` maps it; names that map alike ("u.s" and "u s") share the key.
        grouped: dict[str, list[tuple[str, tuple[str, ...], int]]] = {}
        for group, group_names in enumerate(groups):
            spellings: dict[str, list[str]] = {}
            for name in group_names:
                name = " ".join(name.split())
                if name:
                    spellings.setdefault(name_key(name), []).append(name)
            for key, written in spellings.items():
                grouped.setdefault(_boundary_key(key), []).append((key, tuple(written), group))
        self._automaton = ahocorasick.Automaton()
        for mapped, entries in grouped.items():
            # The text itself is compared only where the mapping lost something: a name holding a space (the text
            # may hold a line separator there), a "." or "'", or a non-ASCII letter.
            compare = len(entries) > 1 or not all(c in _ASCII_WORD for c in entries[0][0])
            # Found as it is wherever the automaton finds it: nothing to compare, and no short name's spelling test
            # (most hits; the loop below then does no test per hit)
            plain = not compare and all(len(key) >= 5 for key, _, _ in entries)
            self._automaton.add_word(mapped, (len(mapped), compare, tuple(entries), plain))
        self._empty = not grouped
        if not self._empty:
            self._automaton.make_automaton()
        self._last: tuple = (None, None)  # the last text scanned and what was found: tables sharing a finder ask alike

    def find(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every name in ``text`` (of the first list), in order, not overlapping."""
        return [(start, end) for start, end, _ in self.find_each(text)[0]]

    def find_each(self, text: str) -> list[list[tuple[int, int, str]]]:
        """For each list of names, (start, end, name as keyed: lower-cased, single spaces) of every one in
        ``text``, in order, not overlapping."""
        if text is self._last[0]:
            return self._last[1]
        if self._empty or not text:
            return [[] for _ in range(self._groups)]
        lowered = lower_same_length(text)
        hits: list[list] = [[] for _ in range(self._groups)]
        for last, (size, compare, entries, plain) in self._automaton.iter(_bounded(lowered)):
            # The match holds a space either side and the text is shifted by the leading one.
            start, end = last - size + 1, last - 1
            if plain:
                for key, _, group in entries:
                    hits[group].append((start, -end, key))
                continue
            for key, written, group in entries:
                if compare and lowered[start:end] != key:
                    continue
                # Short names ("AP", "UN") must match their spelling, with the first letter in either case.
                if end - start >= 5 or any(text[start + 1:end] == w[1:] and text[start].lower() == w[0].lower()
                                           for w in written):
                    hits[group].append((start, -end, key))
        found_each = []
        for group_hits in hits:
            if len(group_hits) > 1:
                group_hits.sort()
            found, reached = [], -1
            for start, negative_end, key in group_hits:
                if start >= reached:
                    found.append((start, -negative_end, key))
                    reached = -negative_end
            found_each.append(found)
        self._last = (text, found_each)
        return found_each


@dataclass(frozen=True)
class Actor:
    actor_id: str
    canonical: str
    side: str
    kind: str


@dataclass(frozen=True)
class Mention:
    """An actor named in text: by one of its aliases, or by a descriptor such as "a monitor group"."""

    text: str
    start: int
    end: int
    actor: Actor | None  # None while a descriptor is unresolved
    descriptor: bool


def _mention(text: str, start: int, end: int, actor: Actor | None, descriptor: bool) -> Mention:
    """A Mention, made as its frozen-dataclass __init__ would make it without one object.__setattr__ per field (an
    article names actors dozens of times, and the call is most of the cost)."""
    mention = object.__new__(Mention)
    mention.__dict__.update(text=text, start=start, end=end, actor=actor, descriptor=descriptor)
    return mention


# Descriptors that stand for the actor listed first when no actor of theirs is named: "the ministry" in a text that
# names no ministry is Turkey's (the corpus's usual speaker), as it was before Syria's ministry had the descriptor too
_FIRST_LISTED = frozenset({"the ministry", "the defence ministry", "the defense ministry"})


# After a descriptor ("the ministry"), the country or body that owns it: "of Defence of Armenia", "of Armenia"
_OWNER_AFTER = re.compile(r"(?:\s+of\s+(?:Defen[cs]e|Foreign\s+Affairs|(?:the\s+)?Interior|Health))?\s+of\s+(?:the\s+)?"
                          r"(?P<owner>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
_PLACE_WORD_BEFORE = re.compile(r"\b(?:in|into|across|inside|from|near)\s+(?:the\s+)?$", re.IGNORECASE)


class ActorTable:
    """Actors with their aliases and descriptors, and a finder for their mentions in text."""

    def __init__(self, rows: list[dict[str, str]], place_names: list[str] | None = None):
        self.actors: dict[str, Actor] = {}
        self.alias_to_actor: dict[str, Actor] = {}
        self.descriptor_to_actors: dict[str, list[Actor]] = {}
        names: list[str] = []
        for row in rows:
            actor = Actor(row["actor_id"], row["canonical"], row["side"], row["kind"])
            self.actors[actor.actor_id] = actor
            for alias in [row["canonical"], *_split(row["aliases"])]:
                self.alias_to_actor.setdefault(name_key(alias), actor)
                names.append(alias)
            for descriptor in _split(row["descriptors"]):
                self.descriptor_to_actors.setdefault(name_key(descriptor), []).append(actor)
        # One pass finds names and descriptors, and the places' names when given (see PlaceTable's ``shared``).
        self._names = NameFinder(names, list(self.descriptor_to_actors), *([place_names] if place_names is not None else []))

    def by_name(self, name: str) -> Actor | None:
        """The actor a name or alias stands for (case-insensitive), or None."""
        return self.alias_to_actor.get(name_key(name.strip()))

    def names_of(self, actor: Actor) -> set[str]:
        """Every name the table knows the actor by (its canonical name and aliases), as name keys."""
        return {alias for alias, known in self.alias_to_actor.items() if known is actor}

    def mentions(self, text: str) -> list[Mention]:
        """Actors named in ``text``; descriptors are resolved to the nearest actor of theirs named in the text."""
        found_each = self._names.find_each(text)
        aliases, descriptors = found_each[0], found_each[1]
        alias_to_actor = self.alias_to_actor
        found = [_mention(text[start:end], start, end, alias_to_actor[key], False) for start, end, key in aliases]
        if not descriptors:
            return found
        starts = [m.start for m in found]
        by_actor: dict[str, list[int]] = {}
        for mention in found:
            if mention.actor.kind == "government" and (text.startswith(("'s", "’s"), mention.end)
                                                       or _PLACE_WORD_BEFORE.search(text, max(0, mention.start - 8),
                                                                                    mention.start)):
                continue  # "in Syria's northwest Idlib region": a country named as a place is no antecedent
            by_actor.setdefault(mention.actor.actor_id, []).append(mention.start)
        covered: list[int] = []  # names inside a description that resolves ("the U.N. human rights chief")
        for start, end, key in descriptors:
            index = bisect.bisect_left(starts, end) - 1
            inner = []
            while index >= 0 and found[index].end > start:
                if found[index].start < start or found[index].end - found[index].start >= end - start:
                    break
                inner.append(index)
                index -= 1
            if index >= 0 and found[index].end > start:
                continue  # inside a name already found
            candidates = self.descriptor_to_actors[key]
            owner = _OWNER_AFTER.match(text, end)
            if owner:
                # "The Ministry of Defence of Armenia reported": a body that names its own country is that
                # country's, never one of the table's ministries of another (its words are read as a source's)
                named = self.by_name(owner["owner"])
                if named is None or all(named.side != actor.side for actor in candidates):
                    continue
            before = after = None  # (distance, actor)
            for actor in candidates:
                positions = by_actor.get(actor.actor_id, [])
                where = bisect.bisect_left(positions, start)
                if where and (before is None or positions[where - 1] > before[0]):
                    before = (positions[where - 1], actor)  # the last one named before the reference
                if where < len(positions) and (after is None or positions[where] < after[0]):
                    after = (positions[where], actor)  # named only later ("a monitor group" ... "the Observatory")
            other = None
            if before is None and index >= 0 and key.startswith("the ") and candidates[0].kind == "monitor":
                # "killed, according to the SNHR. ... according to the UK-based NGO": a definite description
                # points back to the monitor just named, though the table lists it under another monitor
                other = next((found[k].actor for k in range(index, max(-1, index - 40), -1)
                              if found[k].actor is not None and found[k].actor.kind == "monitor"), None)
            if other is not None:
                actor = other
            elif before is not None:
                actor = before[1]
            elif after is not None and not (key in _FIRST_LISTED and len(candidates) > 1):
                actor = after[1]
            # ("Five soldiers were wounded, the defence ministry said. ... the Russian defence ministry urged ...": a
            # ministry named only later is another one; "the ministry" named before any stays the first listed)
            elif candidates and (len(candidates) == 1 or key in _FIRST_LISTED):
                actor = candidates[0]
            else:
                actor = None
            if inner and actor is None:
                continue  # an unresolved description leaves the name inside it ("the UN human rights chief": the UN)
            covered.extend(inner)
            found.append(_mention(text[start:end], start, end, actor, True))
        if covered:
            # "The U.N. human rights chief says": the description names who speaks, not the body named inside it
            dropped = set(covered)
            found = [mention for index, mention in enumerate(found) if index not in dropped]
        return sorted(found, key=lambda m: m.start)


@dataclass(frozen=True)
class Place:
    place_id: str
    name: str
    kind: str
    governorate: str
    country: str
    lat: float | None
    lon: float | None
    source: str


class PlaceTable:
    """Places with their spellings, and a finder for them in text."""

    def __init__(self, rows: list[dict[str, str]], path: Path | None = None,
                 shared: tuple[NameFinder, int] | None = None):
        """``shared``: a finder that also finds these places' names (:func:`place_names`), and which of its lists
        they are, so that an article is scanned once for actors and places."""
        self.places: dict[str, Place] = {}
        self._by_name: dict[str, Place] = {}
        for line, row in enumerate(rows, start=2):
            try:
                lat = float(row["lat"]) if row["lat"] else None
                lon = float(row["lon"]) if row["lon"] else None
            except ValueError:
                raise ReferenceDataError(f"lat/lon {row['lat']!r},{row['lon']!r} is not a number", path=path,
                                         line=line, hint="write decimal degrees, or leave both empty") from None
            place = Place(row["place_id"], row["name"], row["kind"], row["governorate"], row["country"], lat, lon,
                          row["source"])
            self.places[place.place_id] = place
            for name in _spellings(row):
                self._by_name.setdefault(name_key(name), place)
        self._finder, self._group = shared if shared is not None else (NameFinder(place_names(rows)), 0)

    def by_name(self, name: str) -> Place | None:
        return self._by_name.get(name_key(name.strip()))

    def find(self, text: str) -> list[tuple[int, int, Place]]:
        """Places named in ``text`` as (start, end, place)."""
        by_name = self._by_name
        return [(start, end, by_name[key]) for start, end, key in self._finder.find_each(text)[self._group]]


# An Arabic article joined to the next word by a hyphen ("Maarat al-Numan", "Deir ez-Zor"): news copy also writes a
# space there ("Maarat al Numan"), so each such spelling is known both ways
_ARTICLE_HYPHEN = re.compile(r"(?<![\w'’-])((?i:al|an|ar|as|ash|ad|at|az|el|en|er|es|ez|ed))-(?=\w)")


def _spellings(row: dict[str, str]) -> list[str]:
    """A place's spellings in places.csv, each also with a space for the hyphen after an Arabic article."""
    written = [row["name"], *_split(row["alt_names"])]
    return list(dict.fromkeys([*written, *(_ARTICLE_HYPHEN.sub(r"\1 ", name) for name in written)]))


def place_names(rows: list[dict[str, str]]) -> list[str]:
    """Every spelling of every place in rows of places.csv."""
    return [n for r in rows for n in _spellings(r)]


@lru_cache(maxsize=8)
def _load(reference_dir: str):
    folder = Path(reference_dir)
    actor_rows = read_reference_csv(folder / "actors.csv", ACTOR_COLUMNS)
    place_rows = read_reference_csv(folder / "places.csv", PLACE_COLUMNS)
    # Actors' names, their descriptors and places' names are found in one scan of an article (lists 0, 1 and 2).
    actors = ActorTable(actor_rows, place_names(place_rows))
    places = PlaceTable(place_rows, folder / "places.csv", shared=(actors._names, 2))
    boilerplate_rows = read_reference_csv(folder / "boilerplate.csv", BOILERPLATE_COLUMNS)
    boilerplate, story_end = [], []
    for line, row in enumerate(boilerplate_rows, start=2):
        try:
            boilerplate.append(re.compile(row["pattern"], re.IGNORECASE))
        except re.error as error:
            raise ReferenceDataError(f"pattern {row['pattern']!r} is not a valid regular expression ({error})",
                                     path=folder / "boilerplate.csv", line=line) from None
        ends_story = (row.get("ends_story") or "").lower()
        if ends_story not in ("", "yes"):
            raise ReferenceDataError(f"ends_story {row['ends_story']!r} is neither empty nor 'yes'",
                                     path=folder / "boilerplate.csv", line=line,
                                     hint="write yes where the line closes the story (related links after it), "
                                          "else leave it empty")
        if ends_story == "yes":  # "Other news", "Check also": the page's related links follow, not the story
            story_end.append(boilerplate[-1])
    return actors, places, tuple(boilerplate), tuple(story_end)


@dataclass(frozen=True)
class Reference:
    """All lookups, loaded once per folder."""

    actors: ActorTable
    places: PlaceTable
    boilerplate: tuple[re.Pattern, ...]
    folder: Path
    # Furniture that closes the story ("Other news", "Check also"): what follows it is the page's, not the story's.
    story_end: tuple[re.Pattern, ...] = ()


def load_reference(reference_dir: Path | str = REFERENCE_DIR) -> Reference:
    """Load (and cache) the lookups in ``reference_dir``."""
    folder = Path(reference_dir).resolve()
    actors, places, boilerplate, story_end = _load(str(folder))
    return Reference(actors, places, boilerplate, folder, story_end)


PUBLICATION_COLUMNS = ("domain", "name", "source")
_SECOND_LEVEL = {"com", "co", "org", "net", "gov", "ac", "edu"}  # "aa.com.tr": the name is the label before these


@lru_cache(maxsize=8)
def _publications(reference_dir: str) -> tuple[tuple[str, str], ...]:
    rows = read_reference_csv(Path(reference_dir) / "publications.csv", PUBLICATION_COLUMNS)
    return tuple((row["domain"].strip().lower(), row["name"].strip()) for row in rows)


def publication_names(reference_dir: Path | str = REFERENCE_DIR) -> dict[str, str]:
    """Web domains and the publication each belongs to, from data/reference/publications.csv."""
    return dict(_publications(str(Path(reference_dir).resolve())))


def publication_by_word(reference_dir: Path | str = REFERENCE_DIR) -> dict[str, str]:
    """Publications by the one word a file name would spell them with: the domain's own label ("aa" of aa.com.tr,
    "hathalyoum" of hathalyoum.net) and the name run together ("gephardtdaily")."""
    return _publication_words(str(reference_dir))  # (asked once per article without a manifest row: cached)


@lru_cache(maxsize=8)
def _publication_words(reference_dir: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for domain, name in _publications(str(Path(reference_dir).resolve())):
        labels = domain.removeprefix("www.").split(".")[:-1]
        if labels and labels[-1] in _SECOND_LEVEL and len(labels) > 1:
            labels = labels[:-1]
        if labels:
            found.setdefault(labels[-1], name)
        found.setdefault(re.sub(r"[^a-z0-9]", "", name.lower().removeprefix("the ")), name)
    return found


def observation_posts(reference_dir: Path | str = REFERENCE_DIR) -> list[dict[str, str]]:
    """The sourced list of Turkish observation posts (coordinates left empty where none was found)."""
    return read_reference_csv(Path(reference_dir) / "observation_posts.csv", POST_COLUMNS)
