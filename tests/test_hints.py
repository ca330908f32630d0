"""The commands the tools suggest next rebuild what was built: the last build's ARTICLES, ACLED and UCDP."""

import types

import nbformat
import pytest

from explainer import build, review
from explainer.cli import split_paths
from explainer.pipeline import run_extract

from .conftest import SEED

SEED_PATH = "data/raw/france24-idlib-2020-02-03.txt"


def _notebook(tmp_path, source: str | None):
    """A first notebook as a build leaves it: its defaults, and the injected cell when parameters were given."""
    cells = [nbformat.v4.new_code_cell(f'article_path: str = "{SEED_PATH}"', metadata={"tags": ["parameters"]})]
    if source is not None:
        cells.append(nbformat.v4.new_code_cell(source, metadata={"tags": ["injected-parameters"]}))
    path = tmp_path / "01.ipynb"
    nbformat.write(nbformat.v4.new_notebook(cells=cells), path)
    return path


@pytest.mark.parametrize("injected, expected", [
    (None, "make site"),
    (f'article_path = "{SEED_PATH}"', "make site"),
    ('article_path = "data/raw/*.txt"\nacled_paths = ["exports/a.csv", "exports/b.csv"]',
     "make site ARTICLES='data/raw/*.txt' ACLED='exports/a.csv exports/b.csv'"),
    ('article_path = ["data/raw/my file.txt", "data/raw/x.txt"]\nucdp_paths = ["ged.csv"]',
     "make site ARTICLES='\"data/raw/my file.txt\" data/raw/x.txt' UCDP=ged.csv"),
])
def test_rebuild_command_is_the_last_builds_parameters(tmp_path, injected, expected):
    assert build.rebuild_command(_notebook(tmp_path, injected)) == expected


def test_the_suggested_articles_read_back_as_the_same_files(tmp_path):
    """What the hint prints for ARTICLES, handed back to make site, names the files the build was given."""
    given = ["data/raw/my file.txt", "data/raw/x.txt"]
    parameters = build.last_build_parameters(_notebook(tmp_path, f"article_path = {given!r}"))
    assert split_paths(parameters["ARTICLES"], "ARTICLES") == given


@pytest.mark.parametrize("injected, expected", [
    (None, f"make site ARTICLES='{SEED_PATH} data/raw/new.txt'"),  # the seed stays in
    ('article_path = "data/raw/a.txt data/raw/b.md"\nacled_paths = ["e.csv"]',
     "make site ARTICLES='data/raw/a.txt data/raw/b.md data/raw/new.txt' ACLED=e.csv"),
    ('article_path = "data/raw/*.txt"', "make site ARTICLES='data/raw/*.txt'"),  # the glob already takes it
])
def test_add_suggests_keeping_the_articles_already_built(tmp_path, injected, expected):
    parameters = build.last_build_parameters(_notebook(tmp_path, injected))
    assert build.make_site_command(build.with_article(parameters, "data/raw/new.txt")) == expected


def test_after_a_merge_the_hint_rebuilds_the_build_under_review(tmp_path, monkeypatch):
    out = tmp_path / "processed"
    ledger = tmp_path / "ledger.csv"
    run_extract([str(SEED)], out, ledger_path=ledger)
    notebook = _notebook(tmp_path, 'article_path = "data/raw/*.txt"')
    monkeypatch.setattr(build, "STEPS", [types.SimpleNamespace(path=notebook)])
    queue = tmp_path / "queue.csv"
    review.run_review(out, ledger, queue)
    lines = review.run_review(out, ledger, queue, merge=queue, reviewer="Ed")
    assert "rebuild to apply the decisions: make site ARTICLES='data/raw/*.txt'" in lines
    assert "rebuild to apply the decisions: make site" not in lines  # never the seed run when something else was built
