"""The story configuration: everything specific to one story (titles, map extent and labels, periods, the data
package's name, the news furniture), read from ``story.yml`` beside ``_quarto.yml``.

The package holds no story specifics: another ``story.yml`` and other articles make another story.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

from .exceptions import StoryConfigError
from .paths import PROJECT_ROOT

# The environment variable lets a test or a second site point at another configuration without editing this one.
STORY_CONFIG = Path(os.environ.get("EXPLAINER_STORY", PROJECT_ROOT / "story.yml"))

REQUIRED = ("title", "deck", "main_incident", "published", "updated", "corrections", "data_package", "map", "periods")


@dataclass(frozen=True)
class Period:
    label: str
    start: date
    end: date
    axis_format: str = "%-d %b %Y"

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


@dataclass(frozen=True)
class MapLabel:
    text: str
    lon: float
    lat: float
    kind: str = "area"


@dataclass(frozen=True)
class Story:
    title: str
    deck: str
    main_incident: str | dict
    published: date
    updated: date
    byline: str
    corrections_text: str
    corrections_contact: str
    package_name: str
    package_title: str
    map_center: tuple[float, float]
    map_scale: float
    map_narrow_scale: float
    focus_governorate: str
    neighbour_country: str
    scale_bar_km: float
    map_labels: list[MapLabel] = field(default_factory=list)
    periods: list[Period] = field(default_factory=list)
    path: Path | None = None
    site_title: str = ""   # the site's name: every page's <title> ends with it (default: the title)
    short_title: str = ""  # the navbar's, on one line beside the menu (default: the site's name)
    share_image_alt: str = ""  # the text alternative of the picture a shared link shows (og:image:alt)

    def period_of(self, day: date) -> Period | None:
        return next((p for p in self.periods if p.contains(day)), None)


def _date(value, key: str, path: Path) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise StoryConfigError(f"{key} must be a date written YYYY-MM-DD, not {value!r}", path=path,
                               value=value, hint=f"e.g. {key}: 2020-02-03") from None


def load_story(path: Path | str | None = None) -> Story:
    """Read and check the story configuration; errors name the file and the key at fault."""
    path = Path(path) if path else STORY_CONFIG
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise StoryConfigError(f"cannot read the story configuration ({error.strerror})", path=path,
                               hint="restore story.yml from git, or copy it and edit the copy") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise StoryConfigError("is not valid YAML", path=path, line=mark.line + 1 if mark else None,
                               hint="check the indentation and quotes on that line") from None
    if not isinstance(data, dict):
        raise StoryConfigError("must be a mapping of keys to values", path=path, hint="see story.yml in git")
    missing = [key for key in REQUIRED if key not in data]
    if missing:
        raise StoryConfigError(f"lacks the key(s) {', '.join(missing)}", path=path,
                               hint="copy them from the project's story.yml")
    try:
        map_ = data["map"]
        periods = [Period(str(p["label"]), _date(p["start"], "periods.start", path), _date(p["end"], "periods.end",
                                                                                              path),
                          str(p.get("axis_format", "%-d %b %Y"))) for p in data["periods"]]
        labels = [MapLabel(str(item["text"]), float(item["lon"]), float(item["lat"]), str(item.get("kind", "area")))
                  for item in map_.get("labels", [])]
        corrections = data["corrections"] or {}
        site_title = str(data.get("site_title") or data["title"])
        return Story(
            title=str(data["title"]), deck=str(data["deck"]), main_incident=data["main_incident"],
            published=_date(data["published"], "published", path), updated=_date(data["updated"], "updated", path),
            byline=str(data.get("byline") or ""), corrections_text=str(corrections.get("text", "")),
            corrections_contact=str(corrections.get("contact") or ""),
            package_name=str(data["data_package"]["name"]), package_title=str(data["data_package"]["title"]),
            map_center=(float(map_["center"][0]), float(map_["center"][1])), map_scale=float(map_["scale"]),
            map_narrow_scale=float(map_.get("narrow_scale", map_["scale"])),
            focus_governorate=str(map_["focus_governorate"]), neighbour_country=str(map_["neighbour_country"]),
            scale_bar_km=float(map_.get("scale_bar_km", 25)), map_labels=labels, periods=periods, path=path,
            site_title=site_title, short_title=str(data.get("short_title") or site_title),
            share_image_alt=str(data.get("share_image_alt")
                                or f"Chart: the casualty figures each source claims, side by side. {data['title']}"))
    except (KeyError, TypeError, ValueError, IndexError) as error:
        raise StoryConfigError(f"has a malformed entry ({type(error).__name__}: {error})", path=path,
                               hint="compare the map, periods and data_package entries with the project's story.yml"
                               ) from None
