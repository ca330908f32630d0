"""Hand-kept lookups in data/reference: actors, places, boilerplate, observation posts.

Every table has a ``source`` column; loading fails with the file and line of any row without one.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .exceptions import ReferenceDataError
from .paths import REFERENCE_DIR

ACTOR_COLUMNS = ("actor_id", "canonical", "aliases", "descriptors", "side", "kind", "source")
PLACE_COLUMNS = ("place_id", "name", "alt_names", "kind", "governorate", "country", "lat", "lon", "source")
BOILERPLATE_COLUMNS = ("pattern", "what", "source")
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


def _name_pattern(names: list[str]) -> re.Pattern:
    """One regex for many names, longest first.

    Names of five letters or more match in any case ("Turkey's defence ministry" for "Turkey's Defence Ministry");
    shorter ones (acronyms such as "AP", "UN") only with their first letter in either case, so "un" or "ap" in
    running text are not taken for them.
    """
    parts = []
    for name in sorted(set(names), key=len, reverse=True):
        if len(name) >= 5:
            parts.append("(?i:" + re.escape(name).replace(r"\ ", r"\s+") + ")")
            continue
        escaped = re.escape(name)
        if name[0].isalpha():
            escaped = f"[{name[0].upper()}{name[0].lower()}]" + re.escape(name[1:])
        parts.append(escaped)
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])")


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


class ActorTable:
    """Actors with their aliases and descriptors, and a finder for their mentions in text."""

    def __init__(self, rows: list[dict[str, str]]):
        self.actors: dict[str, Actor] = {}
        self.alias_to_actor: dict[str, Actor] = {}
        self.descriptor_to_actors: dict[str, list[Actor]] = {}
        names: list[str] = []
        for row in rows:
            actor = Actor(row["actor_id"], row["canonical"], row["side"], row["kind"])
            self.actors[actor.actor_id] = actor
            for alias in [row["canonical"], *_split(row["aliases"])]:
                self.alias_to_actor.setdefault(alias.lower(), actor)
                names.append(alias)
            for descriptor in _split(row["descriptors"]):
                self.descriptor_to_actors.setdefault(descriptor.lower(), []).append(actor)
        self._alias_pattern = _name_pattern(names)
        self._descriptor_pattern = _name_pattern(list(self.descriptor_to_actors)) if self.descriptor_to_actors else None

    def by_name(self, name: str) -> Actor | None:
        """The actor a name or alias stands for (case-insensitive), or None."""
        return self.alias_to_actor.get(name.strip().lower())

    def mentions(self, text: str) -> list[Mention]:
        """Actors named in ``text``; descriptors are resolved to the nearest actor of theirs named in the text."""
        found = [Mention(m.group(), m.start(), m.end(), self.alias_to_actor[" ".join(m.group().lower().split())],
                         False) for m in self._alias_pattern.finditer(text)]
        if self._descriptor_pattern is None:
            return found
        for match in self._descriptor_pattern.finditer(text):
            if any(match.start() < m.end and m.start < match.end() for m in found):
                continue
            candidates = self.descriptor_to_actors[" ".join(match.group().lower().split())]
            named = [m for m in found if m.actor in candidates]
            before = [m for m in named if m.end <= match.start()]
            if before:
                actor = before[-1].actor  # the last one named before the reference
            elif named:
                actor = named[0].actor  # named only later ("a monitor group" ... "the Syrian Observatory")
            elif len(candidates) == 1:
                actor = candidates[0]
            else:
                actor = None
            found.append(Mention(match.group(), match.start(), match.end(), actor, True))
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

    def __init__(self, rows: list[dict[str, str]], path: Path | None = None):
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
            for name in [row["name"], *_split(row["alt_names"])]:
                self._by_name.setdefault(name.lower(), place)
        self._pattern = _name_pattern([n for r in rows for n in [r["name"], *_split(r["alt_names"])]])

    def by_name(self, name: str) -> Place | None:
        return self._by_name.get(name.strip().lower())

    def find(self, text: str) -> list[tuple[int, int, Place]]:
        """Places named in ``text`` as (start, end, place)."""
        return [(m.start(), m.end(), self._by_name[m.group().lower()]) for m in self._pattern.finditer(text)]


@lru_cache(maxsize=8)
def _load(reference_dir: str):
    folder = Path(reference_dir)
    actors = ActorTable(read_reference_csv(folder / "actors.csv", ACTOR_COLUMNS))
    places = PlaceTable(read_reference_csv(folder / "places.csv", PLACE_COLUMNS), folder / "places.csv")
    boilerplate_rows = read_reference_csv(folder / "boilerplate.csv", BOILERPLATE_COLUMNS)
    boilerplate = []
    for line, row in enumerate(boilerplate_rows, start=2):
        try:
            boilerplate.append(re.compile(row["pattern"], re.IGNORECASE))
        except re.error as error:
            raise ReferenceDataError(f"pattern {row['pattern']!r} is not a valid regular expression ({error})",
                                     path=folder / "boilerplate.csv", line=line) from None
    return actors, places, tuple(boilerplate)


@dataclass(frozen=True)
class Reference:
    """All lookups, loaded once per folder."""

    actors: ActorTable
    places: PlaceTable
    boilerplate: tuple[re.Pattern, ...]
    folder: Path


def load_reference(reference_dir: Path | str = REFERENCE_DIR) -> Reference:
    """Load (and cache) the lookups in ``reference_dir``."""
    folder = Path(reference_dir).resolve()
    actors, places, boilerplate = _load(str(folder))
    return Reference(actors, places, boilerplate, folder)


def observation_posts(reference_dir: Path | str = REFERENCE_DIR) -> list[dict[str, str]]:
    """The sourced list of Turkish observation posts (coordinates left empty where none was found)."""
    return read_reference_csv(Path(reference_dir) / "observation_posts.csv", POST_COLUMNS)
