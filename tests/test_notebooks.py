"""The notebooks run through papermill with other parameters, into a temporary folder."""

import json
from pathlib import Path

import nbformat
import papermill as pm
import pytest

from explainer.build import strip_volatile
from explainer.steps import analysis_notebooks
from explainer.paths import NOTEBOOKS_DIR, PROJECT_ROOT
from explainer.tables import read_table

from .conftest import EXAMPLE

pytestmark = pytest.mark.slow  # builds or runs notebooks: `make test`, not `make check`

NOTEBOOKS = [Path(name).name for name in analysis_notebooks()]  # in the order the build runs them


def _run(name, tmp_path, **parameters):
    output = tmp_path / name
    pm.execute_notebook(str(NOTEBOOKS_DIR / name), str(output), parameters=parameters, cwd=str(PROJECT_ROOT),
                        progress_bar=False, kernel_name="python3")
    return nbformat.read(output, as_version=4)


@pytest.fixture(scope="module")
def example_run(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("example")
    out = tmp_path / "processed"
    _run(NOTEBOOKS[0], tmp_path, article_path=str(EXAMPLE), processed_dir=str(out))
    _run(NOTEBOOKS[1], tmp_path, processed_dir=str(out))
    _run(NOTEBOOKS[2], tmp_path, processed_dir=str(out))
    return out


def test_example_article_runs_through_every_notebook(example_run):
    claims = read_table("claims", example_run)
    assert len(claims) == 10
    assert set(claims["article_id"]) == {"wikipedia-turkish-involvement-2020"}
    for name in ("claims.svg", "map.svg", "timeline.svg"):
        svg = (example_run / "charts" / name).read_text(encoding="utf-8")
        assert svg.startswith("<svg")
    # No editor has checked the example's claims: none is charted until one does (explainer/review.py).
    assert set(claims["review_status"]) == {"awaiting"}
    assert "Syrian Observatory for Human Rights" not in (example_run / "charts" / "claims.svg").read_text()
    assert (example_run / "claims_chart.csv").exists() and (example_run / "timeline.csv").exists()


def test_every_notebook_has_one_parameters_cell_and_opens_with_markdown():
    for name in NOTEBOOKS:
        nb = nbformat.read(NOTEBOOKS_DIR / name, as_version=4)
        tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
        assert len(tagged) == 1, name
        assert nb.cells[0].cell_type == "markdown" and "**Inputs.**" in nb.cells[0].source


def test_wrong_parameter_type_stops_early_with_its_name(tmp_path):
    with pytest.raises(pm.PapermillExecutionError) as caught:
        _run(NOTEBOOKS[0], tmp_path, article_path=42, processed_dir=str(tmp_path / "out"))
    assert "article_path must be str or list, not int" in str(caught.value)
    assert not (tmp_path / "out").exists()


def test_missing_article_names_the_path(tmp_path):
    with pytest.raises(pm.PapermillExecutionError, match="nope.txt: file not found"):
        _run(NOTEBOOKS[0], tmp_path, article_path="data/raw/nope.txt", processed_dir=str(tmp_path / "out"))


def test_article_without_claims_gives_empty_tables(tmp_path):
    article = tmp_path / "quiet.txt"
    article.write_text("Talks in Sochi\n\nThe two presidents met in Sochi on Tuesday and agreed to talk again.\n",
                       encoding="utf-8")
    out = tmp_path / "processed"
    nb = _run(NOTEBOOKS[0], tmp_path, article_path=str(article), processed_dir=str(out))
    assert read_table("claims", out).empty
    shown = json.dumps([c.get("outputs", []) for c in nb.cells])
    assert "No casualty claims were found" in shown


def test_volatile_metadata_is_stripped():
    nb = nbformat.v4.new_notebook()
    nb.metadata["papermill"] = {"start_time": "now"}
    cell = nbformat.v4.new_code_cell("1")
    cell.metadata["papermill"] = {"duration": 1.0}
    cell.metadata["execution"] = {"iopub.status.busy": "now"}
    nb.cells = [cell]
    stripped = strip_volatile(nb)
    assert "papermill" not in stripped.metadata and stripped.cells[0].metadata == {}
