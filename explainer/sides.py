"""The sides people belong to, as readers see them named and coloured: ``data/reference/sides.csv``.

One row per side: its id (the value of ``victim_side`` and ``side`` in the tables), the label charts and tables
show, how a sentence names them, its colour in every chart, and a note saying where the colour comes from. The
file's order is the legend's order. A side added here is accepted by the tables' schema, the vocabulary and the
review, and gets its label and colour in every chart; the sides the code names (``REQUIRED``) must be present.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .exceptions import ReferenceDataError
from .paths import REFERENCE_DIR
from .reference import checked_reader

SIDES_FILE = "sides.csv"
SIDE_COLUMNS = ("side", "label", "in_a_sentence", "colour", "note")
# The sides the extraction rules, the ACLED/UCDP import and the deployments name in code.
REQUIRED = ("turkey", "syria_government", "rebels", "civilians", "russia", "unspecified")
_ID = re.compile(r"[a-z][a-z0-9_]*")
_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")


@dataclass(frozen=True)
class Sides:
    """Each side's label, words in a sentence and colour, in the file's (the legend's) order."""

    labels: dict[str, str]
    in_a_sentence: dict[str, str]
    colours: dict[str, str]

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(self.labels)


def read_sides(path: Path | str) -> Sides:
    """The sides table at ``path``, checked row by row; a bad row stops with its file, line and the fix."""
    path = Path(path)
    if not path.is_file():
        raise ReferenceDataError("sides file not found", path=path,
                                 hint="restore it from git (git checkout -- data/reference/sides.csv)")
    labels: dict[str, str] = {}
    words: dict[str, str] = {}
    colours: dict[str, str] = {}
    first_line: dict[tuple[str, str], int] = {}  # (column, value as compared) -> the line that gave it first
    with path.open(encoding="utf-8", newline="") as handle:
        reader = checked_reader(handle, path, SIDE_COLUMNS, ReferenceDataError)
        for row in reader:
            line = reader.line_num
            side, label, sentence, colour, note = ((row.get(c) or "").strip() for c in SIDE_COLUMNS)

            def fail(message: str, hint: str):
                raise ReferenceDataError(message, path=path, line=line, hint=hint)

            if not _ID.fullmatch(side):
                fail(f"side {side!r} is not an id", "write it in lower case, letters, digits and _ (e.g. iran)")
            if not label or not sentence or not note:
                fail(f"side {side!r} has no label, no in_a_sentence or no note",
                     "fill in all three: what charts show, how a sentence names them, where the colour comes from")
            if not _COLOUR.fullmatch(colour):
                fail(f"colour {colour!r} of {side!r} is not a colour", "write it as #RRGGBB (e.g. #56B4E9)")
            for column, value, key in (("side", side, side), ("label", label, label.casefold()),
                                       ("colour", colour, colour.upper())):
                if (column, key) in first_line:
                    fail(f"{column} {value!r} is given a second time (first on line {first_line[column, key]})",
                         f"give each side its own {column}: readers tell sides apart by it")
                first_line[column, key] = line
            labels[side], words[side], colours[side] = label, sentence, colour.upper()
    missing = [side for side in REQUIRED if side not in labels]
    if missing:
        raise ReferenceDataError(f"no row for the side(s) {', '.join(missing)}", path=path,
                                 hint="the extraction names them: add a row for each (side, label, in_a_sentence, "
                                      "colour, note)")
    return Sides(labels, words, colours)


@lru_cache(maxsize=4)
def load_sides(reference_dir: str | None = None) -> Sides:
    """The sides of ``reference_dir`` (default data/reference), read once."""
    return read_sides(Path(reference_dir or REFERENCE_DIR) / SIDES_FILE)


SIDE_TABLE = load_sides()
SIDES: tuple[str, ...] = SIDE_TABLE.ids
SIDE_LABELS: dict[str, str] = SIDE_TABLE.labels
SIDE_COLOURS: dict[str, str] = SIDE_TABLE.colours
SIDE_WORDS: dict[str, str] = SIDE_TABLE.in_a_sentence  # "people (side not stated)": inside a sentence


def _luminance(colour: str) -> float:
    """WCAG 2 relative luminance of a #RRGGBB colour."""
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_on_white(colour: str) -> float:
    return 1.05 / (_luminance(colour) + 0.05)


def text_colour(colour: str, ratio: float = 4.5) -> str:
    """The side's colour darkened until text in it reads on white (WCAG AA, 4.5:1): the palette's grey, orange and
    green are for marks and fail as text colours (a trial read the grey 'side not stated' labels as too pale)."""
    red, green, blue = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    for step in range(21):  # 5% darker each step; black (step 20) always reads
        keep = 1 - step * 0.05
        shade = f"#{round(red * keep):02X}{round(green * keep):02X}{round(blue * keep):02X}"
        if contrast_on_white(shade) >= ratio:
            return shade
    return "#000000"


SIDE_TEXT_COLOURS: dict[str, str] = {side: text_colour(colour) for side, colour in SIDE_COLOURS.items()}
