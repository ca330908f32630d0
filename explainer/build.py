"""``make site``: run the notebooks in order with papermill, only those whose inputs changed, then render the site.

A notebook is run again when its fingerprint changes: its cells' sources, the parameters it is given, its input
files (articles, reference data, the processed tables earlier notebooks wrote) and the ``explainer`` code. The
fingerprints live in ``build/fingerprints/`` (ignored by git).

Each notebook runs into ``build/runs/`` first. Only a successful run replaces the committed notebook, after
volatile metadata (papermill's timings, kernel details) is stripped, so a rebuild with nothing changed leaves
``git status`` clean. A failed run leaves the committed notebook and the tables as they were, and the build names
the notebook and the partly executed copy.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import nbformat

from .exceptions import ExplainerError, ParameterError
from .paths import BUILD_DIR, NOTEBOOKS_DIR, PROCESSED_DIR, PROJECT_ROOT, RAW_DIR, REFERENCE_DIR, REPORT_DIR, SITE_DIR

log = logging.getLogger("explainer")

ANALYSIS_NOTEBOOKS = ["01_clean_article.ipynb", "02_casualty_claims.ipynb", "03_troop_deployments.ipynb"]
CODE_DIR = Path(__file__).resolve().parent


class NotebookFailed(ExplainerError):
    """Raised when a notebook fails while papermill runs it."""

    exit_code = 1


class BadInputInNotebook(NotebookFailed):
    """Raised when a notebook stops on bad input (an ExplainerError raised in one of its cells)."""

    exit_code = 2


def _error_names() -> set[str]:
    """Names of every ExplainerError class: a notebook's traceback names the class, not the object."""
    names, todo = set(), [ExplainerError]
    while todo:
        cls = todo.pop()
        names.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return names


_EXPLAINER_ERRORS = _error_names()


def copy_tracked_files(destination: Path) -> Path:
    """Copy the files git tracks (as they are in the working tree) into ``destination``: a project to break freely."""
    import shutil
    import subprocess

    files = subprocess.run(["git", "ls-files", "-z"], cwd=PROJECT_ROOT, capture_output=True, check=True).stdout
    for name in filter(None, files.decode().split("\0")):
        target = destination / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(PROJECT_ROOT / name, target)
    return destination


def clean_stale_staging() -> None:
    """Remove what a killed build left behind: staging folders and half-written temporary files."""
    import shutil

    for pattern in (".processed-*", ".site-*", "_site.old"):
        for leftover in list(PROJECT_ROOT.glob(pattern)) + list((PROJECT_ROOT / "data").glob(pattern)):
            shutil.rmtree(leftover, ignore_errors=True)
    for folder in (NOTEBOOKS_DIR, REPORT_DIR, PROCESSED_DIR, PROCESSED_DIR / "charts"):
        for temporary in folder.glob(".*.tmp"):
            temporary.unlink(missing_ok=True)
        for temporary in folder.glob("*.svg.tmp"):
            temporary.unlink(missing_ok=True)


def _progress(message: str) -> None:
    print(message, flush=True)


def report_notebooks() -> list[Path]:
    """Site pages that are notebooks, in name order (index first)."""
    pages = sorted(REPORT_DIR.glob("*.ipynb"))
    return sorted(pages, key=lambda p: (p.name != "index.ipynb", p.name))


def plan(articles: str | None, acled: list[str] | None = None, ucdp: list[str] | None = None
         ) -> list[tuple[Path, dict, list[Path]]]:
    """(notebook, parameters, input files) for every notebook, in the order they run."""
    article_files = _article_inputs(articles)
    reference_files = sorted(p for p in REFERENCE_DIR.rglob("*") if p.is_file())
    steps = []
    first = NOTEBOOKS_DIR / ANALYSIS_NOTEBOOKS[0]
    # Only parameters that differ from the notebook's defaults are passed, so a default build injects nothing.
    parameters = {"article_path": articles} if articles else {}
    datasets = []
    for name, paths in (("acled_paths", acled), ("ucdp_paths", ucdp)):
        if paths:
            parameters[name] = list(paths)
            datasets += [PROJECT_ROOT / p for p in paths]
    from .review import LEDGER  # editors' decisions change which claims are published

    steps.append((first, parameters, article_files + datasets + reference_files + [RAW_DIR / "manifest.csv",
                                                                                    LEDGER]))
    from .storyconfig import STORY_CONFIG

    steps[0][2].append(STORY_CONFIG)  # the data package's name is the story's
    for name in ANALYSIS_NOTEBOOKS[1:]:
        steps.append((NOTEBOOKS_DIR / name, {}, reference_files + [PROCESSED_DIR, STORY_CONFIG]))
    for page in report_notebooks():
        steps.append((page, {}, [PROCESSED_DIR, RAW_DIR, STORY_CONFIG]))
    return steps


def _article_inputs(articles: str | None) -> list[Path]:
    from .articles import resolve_articles

    if articles is None:
        return [RAW_DIR / "france24-idlib-2020-02-03.txt"]
    return resolve_articles(articles)


def _hash_path(digest, path: Path) -> None:
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.is_file() and not child.name.startswith("."):
                _hash_path(digest, child)
        return
    digest.update(str(path.relative_to(PROJECT_ROOT) if path.is_relative_to(PROJECT_ROOT) else path).encode())
    digest.update(path.read_bytes() if path.exists() else b"<missing>")


def _sources(notebook: Path) -> str:
    """The notebook's cell sources only: outputs do not make a notebook stale."""
    nb = nbformat.read(notebook, as_version=4)
    return json.dumps([(c.cell_type, c.source) for c in nb.cells if "injected-parameters" not in
                       c.get("metadata", {}).get("tags", [])])


def fingerprint(notebook: Path, parameters: dict, inputs: list[Path]) -> str:
    """A hash of everything the notebook's result depends on."""
    digest = hashlib.sha256()
    digest.update(_sources(notebook).encode())
    digest.update(json.dumps(parameters, sort_keys=True).encode())
    for path in inputs:
        _hash_path(digest, path)
    for code in sorted(CODE_DIR.glob("*.py")):
        if code.name not in ("bench.py", "cli.py"):  # these never change what a notebook computes
            _hash_path(digest, code)
    return digest.hexdigest()


def site_fingerprint() -> str:
    """A hash of what the site is rendered from: the renderer, the page notebooks, their resources, the config and
    templates. The renderer is in it so that installing (or removing) Quarto renders the site again."""
    from .site import renderer_identity

    digest = hashlib.sha256(renderer_identity().encode())
    for path in [PROJECT_ROOT / "_quarto.yml", *sorted((CODE_DIR / "templates").glob("*")),
                 CODE_DIR / "site.py", NOTEBOOKS_DIR, REPORT_DIR]:
        _hash_path(digest, path)
    return digest.hexdigest()


def _file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def strip_volatile(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Remove what changes from run to run: papermill's timings and paths, kernel details, execution timings."""
    nb.metadata.pop("papermill", None)
    nb.metadata.pop("widgets", None)
    nb.metadata["kernelspec"] = {"display_name": "Python 3", "language": "python", "name": "python3"}
    nb.metadata["language_info"] = {"name": "python"}
    for cell in nb.cells:
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell["id"] = "injected-parameters"  # papermill gives it a random id on every run
        if cell.cell_type == "code":
            for output in cell.get("outputs", []):
                output.get("metadata", {}).pop("execution", None)
    return nb


@contextmanager
def _kernel_stderr_to(log: Path):
    """Send the kernel's own start-up chatter (it inherits our stderr) to a log file instead of the terminal."""
    sys.stderr.flush()
    saved = os.dup(2)
    with open(log, "wb") as handle:
        os.dup2(handle.fileno(), 2)
        try:
            yield
        finally:
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)


def run_notebook(notebook: Path, parameters: dict) -> Path:
    """Execute ``notebook`` with papermill into build/runs; on success, replace it in place (stripped)."""
    import papermill as pm

    runs = BUILD_DIR / "runs"
    runs.mkdir(parents=True, exist_ok=True)
    output = runs / notebook.name
    try:
        with _kernel_stderr_to(runs / f"{notebook.stem}.kernel.log"):
            pm.execute_notebook(str(notebook), str(output), parameters=parameters, cwd=str(PROJECT_ROOT),
                                kernel_name="python3", progress_bar=False, log_output=False)
    except pm.PapermillExecutionError as error:
        # Bad input found by the notebook (an ExplainerError) exits 2, like the command line; a bug exits 1.
        failure = BadInputInNotebook if error.ename in _EXPLAINER_ERRORS else NotebookFailed
        raise failure(f"notebook failed in cell {error.exec_count}: {error.ename}: {error.evalue}",
                             path=notebook.relative_to(PROJECT_ROOT),
                             hint=f"the partly executed copy is {output.relative_to(PROJECT_ROOT)}; the committed "
                                  "notebook keeps its previous content, and tables are only ever replaced whole"
                             ) from None
    nb = strip_volatile(nbformat.read(output, as_version=4))
    staged = notebook.with_name(f".{notebook.name}.tmp")
    nbformat.write(nb, staged)
    os.replace(staged, notebook)
    return notebook


def run_notebooks(articles: str | None = None, force: bool = False, acled: list[str] | None = None,
                  ucdp: list[str] | None = None) -> list[str]:
    """Run every stale notebook in order; return the names of those that ran."""
    fingerprints = BUILD_DIR / "fingerprints"
    fingerprints.mkdir(parents=True, exist_ok=True)
    ran = []
    for notebook, parameters, inputs in plan(articles, acled, ucdp):
        name = notebook.relative_to(PROJECT_ROOT)
        record = fingerprints / f"{notebook.parent.name}-{notebook.stem}.json"
        started = time.perf_counter()
        current = fingerprint(notebook, parameters, inputs)
        if not force and record.exists():
            stored = json.loads(record.read_text())
            if stored.get("inputs") == current and stored.get("notebook") == _file_hash(notebook):
                _progress(f"  {name}: unchanged, not run ({time.perf_counter() - started:.2f} s)")
                continue
        run_notebook(notebook, parameters)
        ran.append(str(name))
        # Later notebooks read what this one wrote: their fingerprints are taken after it ran.
        record.write_text(json.dumps({"inputs": fingerprint(notebook, parameters, inputs),
                                      "notebook": _file_hash(notebook)}))
        _progress(f"  {name}: ran in {time.perf_counter() - started:.1f} s")
    return ran


def build(articles: str | None = None, force: bool = False, site: bool = True, acled: list[str] | None = None,
          ucdp: list[str] | None = None, strict: bool = False) -> int:
    """The whole build: notebooks, then the site. Returns the process exit status."""
    started = time.perf_counter()
    logging.getLogger("papermill").setLevel(logging.WARNING)  # our own progress lines say what ran
    if articles is not None and not isinstance(articles, str):
        raise ParameterError("ARTICLES must be a string of paths or globs", value=articles)
    clean_stale_staging()
    _progress("notebooks:")
    run_notebooks(articles or None, force, acled, ucdp)
    from .review import summary_line

    waiting, review_line = summary_line()
    if strict and waiting:
        from .review import ReviewError

        raise ReviewError(f"{waiting} claim(s) await review; the site was not rendered (strict mode)",
                          path="data/review/claims.csv", hint="run make review, merge the decisions, build again")
    if site:
        step = time.perf_counter()
        record = BUILD_DIR / "fingerprints" / "site.json"
        current = site_fingerprint()
        if not force and SITE_DIR.exists() and record.exists() and json.loads(record.read_text()).get("inputs") == \
                current:
            renderer = json.loads(record.read_text()).get("renderer", "the previous build")
            _progress(f"  site: unchanged, not rendered ({time.perf_counter() - step:.2f} s)")
        else:
            from .site import render_site

            renderer = render_site(incremental=not force)
            record.write_text(json.dumps({"inputs": current, "renderer": renderer}))
            _progress(f"site: rendered in {time.perf_counter() - step:.1f} s")
        _progress(f"built in {time.perf_counter() - started:.1f} s; _site/ was built by {renderer}")
    else:
        _progress(f"built in {time.perf_counter() - started:.1f} s")
    _progress(review_line)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(build())
