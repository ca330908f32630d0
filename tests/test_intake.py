"""``python -m explainer add``: a new article goes into data/raw with its hash and manifest row, or not at all."""

import hashlib
import shutil

import pytest

from explainer.articles import read_manifest
from explainer.exceptions import AddArticleError
from explainer.intake import add_article
from explainer.paths import RAW_DIR

from .conftest import FIXTURES, SEED
from .support import run_in_copy

FIXTURE = FIXTURES / "wire-style.txt"


@pytest.fixture
def wire(tmp_path):
    """An article no data/raw holds yet (its own name and bytes), whatever has been added to the project."""
    path = tmp_path / "incoming" / "test-intake-wire.txt"
    path.parent.mkdir()
    path.write_bytes(FIXTURE.read_bytes() + b"\nA paragraph only this test's copy has.\n")
    return path


@pytest.fixture
def raw(tmp_path):
    folder = tmp_path / "raw"
    folder.mkdir()
    for name in ("README.md", "manifest.csv", SEED.name):
        shutil.copy2(RAW_DIR / name, folder / name)
    return folder


def _state(folder):
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def _add(raw, source, **overrides):
    fields = dict(url="https://example.org/news/1", outlet="Example Wire", published="2020-02-04",
                  licence="All rights reserved: quote briefly and link")
    fields.update(overrides)
    return add_article(source, raw_dir=raw, manifest=raw / "manifest.csv", **fields)


def test_add_copies_and_records_hash_and_manifest_row(raw, wire):
    added = _add(raw, wire, name="example-wire-2020-02-04.txt")
    copy = raw / "example-wire-2020-02-04.txt"
    assert copy.read_bytes() == wire.read_bytes()
    digest = hashlib.sha256(wire.read_bytes()).hexdigest()
    assert added.sha256 == digest
    readme = (raw / "README.md").read_text(encoding="utf-8")
    row = next(line for line in readme.splitlines() if line.startswith("| example-wire-2020-02-04.txt |"))
    assert row.endswith(f"| {digest} |") and "Example Wire" in row
    # the new row stays inside the table, before the manifest's own row
    lines = readme.splitlines()
    assert lines.index(row) < next(i for i, line in enumerate(lines) if line.startswith("| manifest.csv |"))
    manifest = read_manifest(raw / "manifest.csv")
    assert manifest["example-wire-2020-02-04.txt"] == {
        "file": "example-wire-2020-02-04.txt", "outlet": "Example Wire", "url": "https://example.org/news/1",
        "published": "2020-02-04", "language": "en", "licence": "All rights reserved: quote briefly and link"}
    assert SEED.name in manifest  # earlier rows kept


@pytest.mark.parametrize("overrides, words", [
    ({"name": SEED.name}, "already has a file named france24-idlib-2020-02-03.txt"),
    ({"source": SEED, "name": "copy.txt"}, "already in data/raw as france24-idlib-2020-02-03.txt"),
    ({"published": "4 Feb 2020"}, "is not a date"),
    ({"url": "javascript:alert(1)//"}, "not an http or https address"),
    ({"licence": " "}, "must not be empty"),
    ({"name": "two\nlines.txt"}, "control character"),
    ({"name": "notes.docx"}, "is not an article file"),
    ({"name": "../escape.txt"}, "not a plain file name"),
])
def test_add_refuses_and_changes_nothing(raw, wire, overrides, words):
    before = _state(raw)
    source = overrides.pop("source", wire)
    with pytest.raises(AddArticleError, match=words.replace("(", r"\(")):
        _add(raw, source, **overrides)
    assert _state(raw) == before


def test_add_refuses_a_file_the_build_would_refuse(raw, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    before = _state(raw)
    with pytest.raises(AddArticleError, match="not added: .*empty"):
        _add(raw, empty)
    assert _state(raw) == before


def test_add_twice_refuses_the_second(raw, wire):
    _add(raw, wire)
    before = _state(raw)
    with pytest.raises(AddArticleError, match="already has a file named test-intake-wire.txt"):
        _add(raw, wire)
    assert _state(raw) == before


def test_add_on_the_command_line_then_the_raw_hashes_test_passes(tmp_path, wire):
    """The README's reporter commands in a copy: add, then the project's own hash check holds."""
    from .support import copy_tracked_files

    root = copy_tracked_files(tmp_path / "repo")
    result = run_in_copy(root, "add", wire, "--url", "https://example.org/news/1", "--outlet", "Example Wire",
                         "--published", "2020-02-04", "--licence", "All rights reserved")
    assert result.returncode == 0, result.stderr
    assert "added data/raw/test-intake-wire.txt" in result.stdout
    # The next build keeps the articles already built (here the seed run's article) beside the new one.
    assert "next: make site ARTICLES='data/raw/france24-idlib-2020-02-03.txt data/raw/test-intake-wire.txt'" \
        in result.stdout
    check = run_in_copy(root, "add", wire, "--url", "https://example.org/news/1", "--outlet", "Example Wire",
                        "--published", "2020-02-04", "--licence", "All rights reserved")
    assert check.returncode == 2 and check.stderr.count("\n") == 1 and "never overwritten" in check.stderr
    import subprocess
    import sys

    tests = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                            "tests/test_articles.py::test_raw_files_match_their_recorded_hashes"], cwd=root,
                           capture_output=True, text=True, env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"})
    assert tests.returncode == 0, tests.stdout + tests.stderr


def test_two_adds_in_a_row_the_second_prints_a_build_with_both(tmp_path, wire):
    """Following the last line printed builds every article added, not only the last one (a new user's trial)."""
    import subprocess

    from .support import copy_tracked_files

    root = copy_tracked_files(tmp_path / "repo")
    for command in (["init", "-q"], ["add", "-A"], ["-c", "user.name=t", "-c", "user.email=t@example.org", "commit",
                                                   "-q", "-m", "copy"]):
        subprocess.run(["git", *command], cwd=root, check=True, capture_output=True)
    other = tmp_path / "second-wire.txt"
    other.write_bytes(wire.read_bytes() + b"A paragraph only the second article has.\n")
    first = run_in_copy(root, "add", wire, "--outlet", "Example Wire", "--published", "2020-02-04",
                        "--licence", "All rights reserved")
    second = run_in_copy(root, "add", other, "--outlet", "Another Wire", "--published", "2020-02-05",
                         "--licence", "All rights reserved")
    assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr
    # (no URL is allowed, and said: trial 20 was left guessing whether it had to find one)
    assert "note: no URL given: the pages name the article without linking to it" in first.stdout
    assert second.stdout.splitlines()[-1] == ("next: make site ARTICLES='data/raw/france24-idlib-2020-02-03.txt "
                                              "data/raw/test-intake-wire.txt data/raw/second-wire.txt'")
