"""``make site``: run the notebooks in order with papermill, only those that are stale, then render the site.

What each notebook reads and writes is declared once, in :data:`explainer.steps.STEPS`. A notebook runs again
when the fingerprint of its inputs changes (its cells' sources, the parameters it is given, its declared input
files and the ``explainer`` code) or when one of its outputs no longer has the content the build wrote (a
notebook run by hand, an edited table). Fingerprints live in ``build/fingerprints/`` (ignored by git).

One build at a time: a lock in ``build/`` makes a second build stop with one line while one is running.

Nothing is written into the project until every stale notebook has succeeded. Notebooks run in ``build/runs/``
and write their tables into ``build/stage/``; at the end every changed output (tables, charts, downloads, the
executed notebooks, stripped of volatile metadata) is staged beside its target and moved into place by one
:class:`explainer.files.Commit`. A failed notebook, a full disk or a killed build leaves the outputs as they were
(a commit killed half-way is finished by the next build).
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
import shutil
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import nbformat

from .exceptions import (BadInputInNotebook, BuildRunningError, ExplainerError, NotebookFailed, OutputWriteError,
                         ParameterError, StepDeclarationError)
from .files import Commit, atomic_write, clean_temporaries, recover, write_error
from .paths import (BUILD_DIR, MANIFEST, NOTEBOOKS_DIR, PROJECT_ROOT, RAW_DIR, REPORT_DIR, SEED_ARTICLE,
                    SITE_DIR)
from .steps import DOWNLOADS, INTERIM, PROCESSED, STEPS, STORY, Step, pages

log = logging.getLogger("explainer")

CODE_DIR = Path(__file__).resolve().parent
# One staging folder per build process: a notebook kernel runs in a session of its own, so a build killed
# mid-notebook can leave its kernel writing for a moment longer, into this build's folder, never the next's.
STAGE_DIR = BUILD_DIR / f"stage-{os.getpid()}"
JOURNAL = BUILD_DIR / "commit.json"
LOCK = BUILD_DIR / "build.lock"
# Build-internal parameters: where the staged tables go. Never shown in the committed notebooks.
STAGING_PARAMETERS = ("processed_dir", "downloads_dir", "datasets_dir")


def _error_classes() -> dict[str, type[ExplainerError]]:
    """Every ExplainerError class by name: a notebook's traceback names the class, not the object."""
    classes, todo = {}, [ExplainerError]
    while todo:
        cls = todo.pop()
        classes[cls.__name__] = cls
        todo.extend(cls.__subclasses__())
    return classes


def _progress(message: str) -> None:
    print(message, flush=True)


def _relative(path: Path) -> str:
    path = Path(path)
    return str(path.relative_to(PROJECT_ROOT)) if path.is_relative_to(PROJECT_ROOT) else str(path)


@contextmanager
def build_lock():
    """Hold the project's build lock, or stop at once naming the build that holds it."""
    BUILD_DIR.mkdir(parents=True, exist_ok=True)
    handle = open(LOCK, "a+")
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise BuildRunningError(f"another build is running ({holder})", path=_relative(LOCK),
                                    hint="wait for it to finish, then run make site again") from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}, started {time.strftime('%H:%M:%S')}")
        handle.flush()
        yield
    finally:
        handle.close()  # closing releases the lock; the kernel releases it too if this process is killed


def output_folders() -> list[Path]:
    """Every folder a build writes into: where leftovers of a killed build can be."""
    folders = {PROJECT_ROOT / Path(step.notebook).parent for step in STEPS}
    for step in STEPS:
        for output in step.outputs:
            path = PROJECT_ROOT / output
            folders.add(path if not path.suffix else path.parent)
    return sorted(folders)


def clean_stale_staging() -> None:
    """Finish a commit a killed build left half-done, then remove staging and temporary files."""
    if recover(JOURNAL):
        _progress("  finished the outputs' update that an interrupted build left half-done")
    for stale in BUILD_DIR.glob("stage*"):  # this build's and killed builds' staging folders
        shutil.rmtree(stale, ignore_errors=True)
    for pattern in (".site-*", "_site.old"):  # the site renderer's staging (explainer/site.py)
        for leftover in PROJECT_ROOT.glob(pattern):
            shutil.rmtree(leftover, ignore_errors=True)
    clean_temporaries(output_folders())


def _article_inputs(articles: str | list | None) -> list[Path]:
    from .articles import resolve_articles

    return [SEED_ARTICLE] if articles is None else resolve_articles(articles)


def plan(articles: str | list | None, acled: list[str] | None = None, ucdp: list[str] | None = None
         ) -> list[tuple[Step, dict, list[Path]]]:
    """(step, parameters, input files) for every notebook, in the order they run.

    Only parameters that differ from the notebook's defaults are passed, so a default build injects nothing.
    """
    from .storyconfig import STORY_CONFIG  # story.yml, or the one EXPLAINER_STORY names

    steps = []
    for step in STEPS:
        inputs = [STORY_CONFIG if p == STORY else PROJECT_ROOT / p for p in step.inputs]
        parameters: dict = {}
        if step is STEPS[0]:
            inputs = _article_inputs(articles) + inputs
            if articles:
                parameters["article_path"] = articles
            for name, paths in (("acled_paths", acled), ("ucdp_paths", ucdp)):
                if paths:
                    parameters[name] = list(paths)
                    inputs += [PROJECT_ROOT / p for p in paths]
        steps.append((step, parameters, inputs))
    return steps


def _files(path: Path) -> list[Path]:
    """A file, or every visible file under a folder, in a stable order."""
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.is_file() and not any(
            part.startswith(".") for part in p.relative_to(path).parts))
    return [path]


def _file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "<missing>"


def _sources(notebook: Path) -> str:
    """The notebook's cell sources only: outputs do not make a notebook stale."""
    nb = nbformat.read(notebook, as_version=4)
    return json.dumps([(c.cell_type, c.source) for c in nb.cells if "injected-parameters" not in
                       c.get("metadata", {}).get("tags", [])])


def _code_files() -> list[Path]:
    # These never change what a notebook computes (steps.py only says which inputs are hashed).
    return [p for p in sorted(CODE_DIR.glob("*.py")) if p.name not in ("bench.py", "cli.py", "steps.py")]


def fingerprint(notebook: Path, parameters: dict, inputs: list[Path], view=lambda p: p) -> str:
    """A hash of everything the notebook's result depends on. ``view`` maps a project path to where it is read."""
    digest = hashlib.sha256()
    digest.update(_sources(notebook).encode())
    digest.update(json.dumps(parameters, sort_keys=True).encode())
    for declared in inputs:
        real = view(declared)
        for path in _files(real):
            name = declared / path.relative_to(real) if real.is_dir() else declared
            digest.update(_relative(name).encode() + b"\0" + _file_hash(path).encode() + b"\0")
    for code in _code_files():
        digest.update(code.name.encode() + _file_hash(code).encode())
    return digest.hexdigest()


def site_fingerprint() -> str:
    """A hash of what the site is rendered from: the renderer, the page notebooks, their resources, the config and
    templates. The renderer is in it so that installing (or removing) Quarto renders the site again."""
    from .site import renderer_identity

    digest = hashlib.sha256(renderer_identity().encode())
    from .storyconfig import STORY_CONFIG

    paths = [PROJECT_ROOT / "_quarto.yml", STORY_CONFIG, *sorted((CODE_DIR / "templates").glob("*")),
             CODE_DIR / "site.py", NOTEBOOKS_DIR, REPORT_DIR]  # story.yml: the site's titles
    for path in paths:
        for file in _files(path):
            digest.update(_relative(file).encode() + b"\0" + _file_hash(file).encode() + b"\0")
    return digest.hexdigest()


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


def _manifest_rows(manifest: Path) -> list[tuple[int, str]]:
    """(line, file name) of every row of the manifest; none when it is absent or unreadable (the notebooks report
    a malformed manifest with its line)."""
    import csv

    if not manifest.is_file():
        return []
    try:
        with manifest.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            return [(reader.line_num, (row.get("file") or "").strip()) for row in reader]
    except (UnicodeDecodeError, csv.Error):
        return []


def undescribed_articles(articles_csv: Path, manifest: Path = MANIFEST) -> list[str]:
    """A warning line for each article read with no outlet or licence: a file given to the build without its
    manifest row (make add) or front matter. Its pages would credit "an unnamed outlet"."""
    import csv

    if not articles_csv.exists():
        return []
    with articles_csv.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    described = {name for _, name in _manifest_rows(manifest)}
    lines = []
    for row in rows:
        missing = [name for name in ("outlet", "licence") if not (row.get(name) or "").strip()]
        if missing:
            why = (f" ({_relative(manifest)} has no row for the file name {row.get('file')})"
                   if row.get("file") not in described else "")
            effects = (["the pages credit 'an unnamed outlet'"] if "outlet" in missing else []) + (
                ["never republish its text"] if "licence" in missing else [])
            lines.append(f"warning: {row.get('file')}: no {' and no '.join(missing)} recorded{why}, so "
                         f"{' and '.join(effects)}; describe it with make add FILE=... "
                         f"OUTLET=... PUBLISHED=... LICENCE=... (or a manifest.csv row), then build again")
    return lines


def manifest_rows_without_files(manifest: Path = MANIFEST, raw_dir: Path = RAW_DIR) -> list[str]:
    """A warning line for each manifest row naming a file data/raw does not hold (a typo such as x.text for
    x.txt): the row describes nothing, and the file it was meant for is read with no outlet or licence."""
    return [f"warning: {_relative(manifest)}:{line}: the row names {name}, which is not in {_relative(raw_dir)}; "
            f"correct the file name or remove the row"
            for line, name in _manifest_rows(manifest) if name and not (raw_dir / name).is_file()]


def committed_parameters(notebook: Path) -> dict:
    """The parameters injected into a committed notebook: those of the run that was committed ({} = defaults)."""
    import ast

    for cell in nbformat.read(notebook, as_version=4).cells:
        if "injected-parameters" in cell.get("metadata", {}).get("tags", []):
            return {node.targets[0].id: ast.literal_eval(node.value) for node in ast.parse(cell.source).body
                    if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)}
    return {}


def last_build_parameters(notebook: Path | None = None) -> dict[str, str]:
    """The ARTICLES, ACLED and UCDP of the build whose outputs are in the project, as ``make site`` takes them
    ({} = the seed run). The first notebook records them: the build injects into it exactly what it was given."""
    import shlex

    notebook = notebook or STEPS[0].path
    try:
        given = committed_parameters(notebook)
    except (OSError, ValueError, SyntaxError, nbformat.ValidationError):
        return {}  # no readable record: nothing to suggest beyond the seed run
    values = {}
    for name, key in (("ARTICLES", "article_path"), ("ACLED", "acled_paths"), ("UCDP", "ucdp_paths")):
        value = given.get(key)
        if isinstance(value, str) and value.strip():
            values[name] = value.strip()
        elif isinstance(value, list) and value:
            # A name with spaces is quoted the way ARTICLES reads it (explainer.cli.split_paths).
            values[name] = " ".join(f'"{item}"' if " " in item else item for item in map(str, value))
    if values.get("ARTICLES") and shlex.split(values["ARTICLES"]) == [str(SEED_ARTICLE.relative_to(PROJECT_ROOT))]:
        del values["ARTICLES"]
    return values


def make_site_command(parameters: dict[str, str]) -> str:
    """``make site`` with these parameters, quoted for a shell (single quotes, as the README writes them)."""
    import shlex

    return " ".join(["make site"] + [f"{name}={shlex.quote(value)}" for name, value in parameters.items() if value])


def rebuild_command(notebook: Path | None = None) -> str:
    """The command that rebuilds what the last build built: what an editor reviewing its claims publishes with."""
    return make_site_command(last_build_parameters(notebook))


def with_article(parameters: dict[str, str], path: str) -> dict[str, str]:
    """The last build's parameters with one more article: the articles already built (the seed when it was the
    seed run) are kept."""
    import shlex

    articles = parameters.get("ARTICLES") or str(SEED_ARTICLE.relative_to(PROJECT_ROOT))
    try:
        words = shlex.split(articles)
    except ValueError:
        words = articles.split()
    import fnmatch

    if not any(fnmatch.fnmatchcase(path, word) for word in words):  # a glob already built may match it
        articles += " " + (f'"{path}"' if " " in path else path)
    return {**parameters, "ARTICLES": articles}


def without_injected_parameters(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """The notebook without a previous run's injected parameters, so that they never stick to the next run."""
    nb.cells = [c for c in nb.cells if "injected-parameters" not in c.get("metadata", {}).get("tags", [])]
    return nb


def _show_parameters(nb: nbformat.NotebookNode, parameters: dict) -> nbformat.NotebookNode:
    """The executed notebook as readers should see it: the user's parameters injected, the staging ones not.

    The run injected the staging folders too; that cell is rewritten to the user's parameters, or removed (and
    the execution counts renumbered) when the run used the defaults.
    """
    from papermill.translators import translate_parameters

    for cell in nb.cells:
        if "injected-parameters" in cell.metadata.get("tags", []):
            if parameters:
                cell.source = translate_parameters("python3", "python", parameters, "Parameters").strip()
            else:
                nb.cells.remove(cell)
            break
    counts = iter(range(1, len(nb.cells) + 1))
    for cell in nb.cells:
        if cell.cell_type == "code" and cell.get("execution_count") is not None:
            cell.execution_count = next(counts)
            for output in cell.get("outputs", []):
                if "execution_count" in output:
                    output["execution_count"] = cell.execution_count
    return nb


@contextmanager
def _kernel_stderr_to(log_file: Path):
    """Send the kernel's own start-up chatter (it inherits our stderr) to a log file instead of the terminal."""
    sys.stderr.flush()
    saved = os.dup(2)
    with open(log_file, "wb") as handle:
        os.dup2(handle.fileno(), 2)
        try:
            yield
        finally:
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)


@contextmanager
def _relay(progress: Path, every: float = 0.5):
    """Print the progress lines a notebook appends to ``progress`` while it runs (a long dataset import says what
    it is doing instead of going quiet for minutes)."""
    import threading

    done = threading.Event()

    def follow():
        offset = 0
        while True:
            finished = done.wait(every)
            if progress.exists():
                with progress.open("rb") as handle:
                    handle.seek(offset)
                    chunk = handle.read()
                complete = chunk[:chunk.rfind(b"\n") + 1]  # whole lines only
                offset += len(complete)
                for line in complete.decode("utf-8", "replace").splitlines():
                    _progress(f"    {line}")
            if finished:
                return

    thread = threading.Thread(target=follow, daemon=True)
    thread.start()
    try:
        yield
    finally:
        done.set()
        thread.join()
        progress.unlink(missing_ok=True)


def run_notebook(notebook: Path, parameters: dict, staging: dict | None = None) -> Path:
    """Execute ``notebook`` with papermill into build/runs; return the executed copy, stripped for committing.

    ``staging`` are extra parameters that send its outputs to the staging folders; they are not kept in the
    executed copy. The committed notebook is not touched here.
    """
    import papermill as pm

    runs = BUILD_DIR / "runs"
    runs.mkdir(parents=True, exist_ok=True)
    source = runs / f"{notebook.stem}.input.ipynb"
    nbformat.write(without_injected_parameters(nbformat.read(notebook, as_version=4)), source)
    output = runs / notebook.name
    progress = runs / f"{notebook.stem}.progress"
    progress.unlink(missing_ok=True)
    os.environ["EXPLAINER_PROGRESS"] = str(progress)  # the kernel inherits it (explainer.pipeline._log_progress)
    try:
        with _kernel_stderr_to(runs / f"{notebook.stem}.kernel.log"), _relay(progress):
            pm.execute_notebook(str(source), str(output), parameters={**parameters, **(staging or {})},
                                cwd=str(PROJECT_ROOT), kernel_name="python3", progress_bar=False,
                                log_output=False)
    except pm.PapermillExecutionError as error:
        # Bad input found by the notebook (an ExplainerError) exits 2, like the command line; a bug exits 1.
        inner = _error_classes().get(error.ename)
        failure = BadInputInNotebook if inner and inner.exit_code == 2 else NotebookFailed
        evalue = str(error.evalue).replace(str(STAGE_DIR / "processed"), PROCESSED)
        raise failure(f"notebook failed in cell {error.exec_count}: {error.ename}: {evalue}",
                      path=_relative(notebook),
                      hint=f"the partly executed copy is {_relative(output)}; nothing in the project was changed"
                      ) from None
    finally:
        os.environ.pop("EXPLAINER_PROGRESS", None)
        source.unlink(missing_ok=True)
    nb = _show_parameters(strip_volatile(nbformat.read(output, as_version=4)), parameters)
    if notebook.resolve() == (PROJECT_ROOT / pages()[0]).resolve():
        from .site import home_front_matter

        nb = home_front_matter(nb)  # the home page's title and description are the story's (story.yml)
    staged = runs / f"{notebook.stem}.final.ipynb"
    nbformat.write(nb, staged)
    return staged


class Stage:
    """The build's scratch copy of the folders notebooks write into (tables, charts, downloads)."""

    def __init__(self, root: Path = STAGE_DIR):
        self.root = root
        self.folders = {PROCESSED: root / "processed", DOWNLOADS: root / "downloads", INTERIM: root / "interim"}

    def create(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)
        for name, staged in self.folders.items():
            real = PROJECT_ROOT / name
            try:
                # The interim folder is written whole by the one notebook that writes it: no need to copy what
                # may be hundreds of megabytes it replaces.
                if real.is_dir() and name != INTERIM:
                    shutil.copytree(real, staged, ignore=shutil.ignore_patterns(".*"))
                else:
                    staged.mkdir(parents=True)
            except shutil.Error as error:  # copytree gathers the errors of every file: report the first
                source, _, reason = error.args[0][0]
                raise OutputWriteError(f"cannot copy into the build's staging folder: {reason.split(': ')[0]}",
                                       path=_relative(Path(source)), hint="free some disk space and run make "
                                       "site again (nothing was changed)") from None

    def view(self, path: Path) -> Path:
        """Where the build reads and writes ``path`` (a project path) while it runs."""
        relative = _relative(path)
        for name, staged in self.folders.items():
            if relative == name or relative.startswith(name + "/"):
                return staged / Path(relative).relative_to(name)
        return path

    def parameters(self, step: Step) -> dict:
        staging = {"processed_dir": str(self.folders[PROCESSED])}
        if DOWNLOADS in step.outputs:
            staging["downloads_dir"] = str(self.folders[DOWNLOADS])
        if INTERIM in step.outputs:
            staging["datasets_dir"] = str(self.folders[INTERIM])
        return staging

    def snapshot(self) -> dict[str, str]:
        """Modification time and hash of every staged file, by project path: a rewrite shows even when the
        content is the same."""
        return {f"{name}/{p.relative_to(staged)}": (p.stat().st_mtime_ns, _file_hash(p))
                for name, staged in self.folders.items() for p in _files(staged)}


def _declared(step: Step, path: str) -> bool:
    return any(path == out or path.startswith(out + "/") for out in step.outputs)


def _outputs_now(step: Step) -> dict[str, str]:
    """Hashes of the step's outputs as they are in the project (the notebook itself included)."""
    hashes = {step.notebook: _file_hash(step.path)}
    for output in step.outputs:
        real = PROJECT_ROOT / output
        if output == INTERIM:  # full imports of hundreds of MB: size and time tell a rewrite, without reading them
            hashes.update({_relative(p): f"{p.stat().st_size}:{p.stat().st_mtime_ns}" for p in _files(real)}
                          if real.is_dir() else {})
        elif real.is_dir():
            hashes.update({_relative(p): _file_hash(p) for p in _files(real)})
        else:
            hashes[output] = _file_hash(real)
    return hashes


def _stale_reason(record: Path, current: str, step: Step) -> str | None:
    """Why the step must run, or None when its inputs and its outputs are as the last build left them."""
    if not record.exists():
        return "never built here"
    stored = json.loads(record.read_text(encoding="utf-8"))
    if stored.get("inputs") != current:
        return "inputs changed"
    changed = sorted(p for p, h in _outputs_now(step).items() if stored.get("outputs", {}).get(p) != h)
    changed += sorted(set(stored.get("outputs", {})) - set(_outputs_now(step)))
    if changed:
        return f"output changed outside the build ({changed[0]})"
    return None


def run_notebooks(articles: str | list | None = None, force: bool = False, acled: list[str] | None = None,
                  ucdp: list[str] | None = None) -> list[str]:
    """Run every stale notebook in order, then put all their outputs in place at once; return those that ran."""
    fingerprints = BUILD_DIR / "fingerprints"
    fingerprints.mkdir(parents=True, exist_ok=True)
    stage = Stage()
    stage.create()
    ran: list[tuple[Step, Path, str]] = []  # (step, executed notebook, input fingerprint)
    for step, parameters, inputs in plan(articles, acled, ucdp):
        started = time.perf_counter()
        record = fingerprints / f"{step.path.parent.name}-{step.path.stem}.json"
        current = fingerprint(step.path, parameters, inputs, stage.view)
        reason = "forced" if force else _stale_reason(record, current, step)
        if reason is None:
            _progress(f"  {step.notebook}: unchanged, not run ({time.perf_counter() - started:.2f} s)")
            continue
        before = stage.snapshot()
        executed = run_notebook(step.path, parameters, stage.parameters(step))
        after = stage.snapshot()
        undeclared = sorted(p for p in set(before) | set(after) if before.get(p) != after.get(p)
                            and not _declared(step, p))
        if undeclared:
            raise StepDeclarationError(f"the notebook wrote {undeclared[0]}, which is not among its outputs",
                                       path=step.notebook, hint="declare it in explainer/steps.py; nothing in "
                                                                "the project was changed")
        # Later notebooks read what this one wrote: their fingerprints are taken on the staged files.
        ran.append((step, executed, fingerprint(step.path, parameters, inputs, stage.view)))
        _progress(f"  {step.notebook}: ran in {time.perf_counter() - started:.1f} s ({reason})")
    if ran:
        _commit(stage, ran)
        for step, _, inputs_hash in ran:
            record = fingerprints / f"{step.path.parent.name}-{step.path.stem}.json"
            atomic_write(record, json.dumps({"inputs": inputs_hash, "outputs": _outputs_now(step)}, indent=1))
    shutil.rmtree(STAGE_DIR, ignore_errors=True)
    return [step.notebook for step, _, _ in ran]


def _commit(stage: Stage, ran: list[tuple[Step, Path, str]]) -> None:
    """Put every output of the notebooks that ran in place, together (see explainer.files.Commit)."""
    commit = Commit(JOURNAL)
    for step, executed, _ in ran:
        if executed.read_bytes() != step.path.read_bytes():
            commit.stage(step.path, source=executed)
        for output in step.outputs:
            staged, real = stage.view(PROJECT_ROOT / output), PROJECT_ROOT / output
            new = {p.relative_to(staged): p for p in _files(staged)} if staged.is_dir() else \
                ({Path(): staged} if staged.exists() else {})
            old = {p.relative_to(real): p for p in _files(real)} if real.is_dir() else \
                ({Path(): real} if real.exists() else {})
            for name, source in new.items():
                target = real / name if name != Path() else real
                if name not in old or _file_hash(source) != _file_hash(old[name]):
                    commit.stage(target, source=source)
            for name in set(old) - set(new):
                commit.delete(old[name])
    commit.apply()


def check_inputs(articles: str | list | None, acled: list[str] | None, ucdp: list[str] | None) -> None:
    """Every file the build was given exists, checked before any notebook runs: a wrong path is one line (exit 2),
    with nothing started and no output changed, instead of a notebook failing part way."""
    from .exceptions import DatasetImportError

    if articles:
        _article_inputs(articles)  # a missing file or a glob that matches nothing raises, naming it
    for name, paths in (("ACLED", acled), ("UCDP", ucdp)):
        for given in paths or []:
            path = Path(given) if Path(given).is_absolute() else PROJECT_ROOT / given
            if not path.is_file():
                what = "is a folder, not an export file" if path.is_dir() else "export not found"
                raise DatasetImportError(f"{name} {what}", path=given,
                                         hint=f"check {name}=...; relative paths are read from the project root")


def build(articles: str | list | None = None, force: bool = False, site: bool = True,
          acled: list[str] | None = None, ucdp: list[str] | None = None, strict: bool = False) -> int:
    """The whole build: notebooks, then the site. Returns the process exit status."""
    started = time.perf_counter()
    logging.getLogger("papermill").setLevel(logging.WARNING)  # our own progress lines say what ran
    if articles is not None and not isinstance(articles, (str, list)):
        raise ParameterError("ARTICLES must be a string of paths or globs", value=articles)
    check_inputs(articles, acled, ucdp)
    with build_lock():
        clean_stale_staging()
        previous = last_build_parameters()
        if not (articles or acled or ucdp) and previous:
            # A plain make site is the seed run (parameters never stick): say so, and how to get the last one back.
            _progress(f"building the seed run ({_relative(SEED_ARTICLE)}); the previous build was "
                      f"{make_site_command(previous)}: run that to rebuild it")
        _progress("notebooks:")
        try:
            run_notebooks(articles or None, force, acled, ucdp)
        except OSError as error:  # a full disk or a read-only folder anywhere in the build: one line, not a trace
            raise write_error(error, _relative(Path(error.filename)) if error.filename else "build") from None
        finally:
            shutil.rmtree(STAGE_DIR, ignore_errors=True)
        for line in manifest_rows_without_files() + undescribed_articles(PROJECT_ROOT / PROCESSED / "articles.csv"):
            _progress(line)
        for path in _files(PROJECT_ROOT / INTERIM) if (PROJECT_ROOT / INTERIM).is_dir() else []:
            _progress(f"full dataset import (git-ignored, not published): {_relative(path)} "
                      f"({path.stat().st_size / 1e6:,.1f} MB)")
        from .review import ReviewError, summary_line

        waiting, review_line = summary_line()  # what no editor has checked is built but never published
        if strict and waiting:
            raise ReviewError(f"{waiting} claim(s) or deployment(s) await review; the site was not rendered (strict "
                              f"mode). {review_line}", path="data/review/",
                              hint="run make review, merge the decisions, build again")
        if site:
            step = time.perf_counter()
            record = BUILD_DIR / "fingerprints" / "site.json"
            current = site_fingerprint()
            if not force and SITE_DIR.exists() and record.exists() and \
                    json.loads(record.read_text()).get("inputs") == current:
                renderer = json.loads(record.read_text()).get("renderer", "the previous build")
                _progress(f"  site: unchanged, not rendered ({time.perf_counter() - step:.2f} s)")
            else:
                from .site import render_site

                renderer = render_site(incremental=not force)
                atomic_write(record, json.dumps({"inputs": current, "renderer": renderer}))
                _progress(f"site: rendered in {time.perf_counter() - step:.1f} s")
            _progress(f"built in {time.perf_counter() - started:.1f} s; _site/ was built by {renderer}")
        else:
            _progress(f"built in {time.perf_counter() - started:.1f} s")
        _progress(review_line)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(build())
