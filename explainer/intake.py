"""``python -m explainer add``: take a new article into ``data/raw`` the one way that keeps the project's rules.

The file is copied (never moved, never overwriting anything), its SHA-256 is recorded in ``data/raw/README.md``
and its description appended to ``data/raw/manifest.csv``. The three changes are made together
(:class:`explainer.files.Commit`), after every check has passed: a refused file changes nothing.
"""

from __future__ import annotations

import csv
import hashlib
import io
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .exceptions import AddArticleError, ExplainerError
from .files import Commit
from .paths import MANIFEST, RAW_DIR

README_TABLE_END = "| manifest.csv |"  # the README's table lists the articles first, then the manifest


@dataclass
class Added:
    path: Path
    sha256: str
    row: dict[str, str]


def _safe_name(name: str) -> str:
    """The file name as it will be in data/raw, refused if it could not be a plain, linkable file name."""
    from .articles import ARTICLE_SUFFIXES

    if any(unicodedata.category(ch).startswith("C") for ch in name):
        raise AddArticleError(f"file name {name!r} contains a control character (a newline, a tab, ...)",
                              hint="rename the file, or give it a plain name: NAME=outlet-date.txt (make add) or --name")
    if name.startswith(".") or "/" in name or "\\" in name or not name.strip():
        raise AddArticleError(f"file name {name!r} is not a plain file name",
                              hint="give a plain name: NAME=outlet-date.txt (make add) or --name")
    if Path(name).suffix.lower() not in ARTICLE_SUFFIXES:
        raise AddArticleError(f"{name!r} is not an article file", hint=f"use one of {', '.join(ARTICLE_SUFFIXES)}")
    if name in ("README.md", "manifest.csv"):
        raise AddArticleError(f"{name!r} is a name data/raw keeps for itself",
                              hint="give another name: NAME=outlet-date.txt (make add) or --name")
    return name


def _cell(text: str) -> str:
    """Text for one cell of a Markdown table: no line break, no bare pipe."""
    return " ".join(str(text).split()).replace("|", "\\|")


def add_article(source: Path | str, url: str, outlet: str, published: str, licence: str, language: str = "en",
                name: str | None = None, origin: str = "", raw_dir: Path = RAW_DIR,
                manifest: Path = MANIFEST) -> Added:
    """Copy ``source`` into ``raw_dir`` and record it in the manifest and README; refuse anything doubtful."""
    from .articles import check_url, clean_article, read_manifest
    from .reference import load_reference

    source = Path(source)
    if not source.is_file():
        raise AddArticleError("file not found", path=source, hint="give the path of the article to add")
    name = _safe_name(name or source.name)
    target = raw_dir / name
    data = source.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if target.exists() or target.is_symlink():
        raise AddArticleError(f"data/raw already has a file named {name}; files there are never overwritten",
                              path=source, hint="if this is a different article, give it another name: "
                              "NAME=outlet-date.txt (make add) or --name")
    for existing in sorted(raw_dir.iterdir()):
        if existing.is_file() and hashlib.sha256(existing.read_bytes()).hexdigest() == digest:
            raise AddArticleError(f"this file is already in data/raw as {existing.name}", path=source,
                                  hint="nothing to add")
    if not outlet.strip() or not licence.strip():
        raise AddArticleError("--outlet and --licence must not be empty",
                              hint="the licence decides whether the site may republish the text")
    try:
        date.fromisoformat(published)
    except ValueError:
        raise AddArticleError(f"--published {published!r} is not a date", hint="write it as YYYY-MM-DD") from None
    if url:
        check_url(url, error=AddArticleError)
    rows = read_manifest(manifest)
    if name in rows:
        raise AddArticleError(f"manifest.csv already describes {name}", path=manifest,
                              hint="give it another name: NAME=outlet-date.txt (make add) or --name")
    row = {"file": name, "outlet": outlet.strip(), "url": url.strip(), "published": published,
           "language": language.strip(), "licence": licence.strip()}
    # The same checks a build makes, before anything is written: a file the build would refuse is refused now.
    try:
        clean_article(source, load_reference(), {source.name: row})
    except ExplainerError as error:
        raise AddArticleError(f"not added: {error.message}", path=source, hint=error.hint) from None

    readme = raw_dir / "README.md"
    origin = origin or f"{outlet}, published {published}" + (f", {url}" if url else "") + f". Licence: {licence}"
    table_row = f"| {_cell(name)} | {_cell(origin)} | {digest} |\n"
    text = readme.read_text(encoding="utf-8") if readme.exists() else "| file | origin | sha256 |\n|---|---|---|\n"
    lines = text.splitlines(keepends=True)
    at = next((i for i, line in enumerate(lines) if line.startswith(README_TABLE_END)), None)
    if at is None:
        at = max((i + 1 for i, line in enumerate(lines) if line.startswith("|")), default=len(lines))
    lines.insert(at, table_row)

    existing_manifest = manifest.read_text(encoding="utf-8") if manifest.exists() else ""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(row), lineterminator="\n")
    if not existing_manifest:
        writer.writeheader()
    writer.writerow(row)
    if existing_manifest and not existing_manifest.endswith("\n"):
        existing_manifest += "\n"

    commit = Commit()
    commit.stage(target, content=data)
    commit.stage(manifest, content=existing_manifest + buffer.getvalue())
    commit.stage(readme, content="".join(lines))
    if target.exists():  # appeared while we checked: never overwrite
        commit.abort()
        raise AddArticleError(f"data/raw already has a file named {name}", path=source)
    commit.apply()
    return Added(target, digest, row)


def added_not_committed(raw_dir: Path = RAW_DIR, manifest: Path | None = None) -> list[Path]:
    """Articles ``add`` took in that are not committed yet (described in the manifest, absent from git's HEAD), in
    the order they were added: what the next build must include besides the articles already built. The README's
    way back to the seed run (``git clean -f data/raw``) forgets the same files. Outside a git repository: none."""
    import subprocess

    from .articles import read_manifest

    try:
        listed = subprocess.run(["git", "ls-tree", "--name-only", "HEAD", "--", "."], cwd=raw_dir,
                                capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return []
    if listed.returncode != 0:  # no git, or no commit yet: nothing to tell added from committed
        return []
    committed = set(listed.stdout.splitlines())
    return [raw_dir / name for name in read_manifest(manifest or raw_dir / MANIFEST.name)
            if name not in committed and (raw_dir / name).is_file()]
