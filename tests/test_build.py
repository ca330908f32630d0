"""The build (make site) in a copy of the project: what reruns, what it refuses, and that a failure changes nothing.

One copy is built once; each test changes something in it, builds again and puts it back.
"""

import csv
import fcntl
import io
import json
import hashlib
import os
import re
import resource
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import nbformat
import pytest

from explainer.files import is_temporary
from explainer.steps import STEPS

from .support import copy_tracked_files, run_in_copy

pytestmark = pytest.mark.slow  # builds in a copy of the project: `make test`, not `make check`

OUTPUT_FOLDERS = ("data/processed", "notebooks", "report")


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    root = copy_tracked_files(tmp_path_factory.mktemp("build") / "repo")
    result = run_in_copy(root, "build")
    assert result.returncode == 0, result.stdout + result.stderr
    return root


def snapshot(root):
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for folder in OUTPUT_FOLDERS for p in sorted((root / folder).rglob("*")) if p.is_file()}


def ran(result):
    return re.findall(r"^  (\S+): ran in", result.stdout, flags=re.M)


def build(root, *args, **kwargs):
    result = run_in_copy(root, "build", *args, **kwargs)
    return result


def one_line_error(result, code, *words):
    assert result.returncode == code, result.stdout + result.stderr
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == 1 and errors[0].startswith("error: "), result.stderr
    for word in words:
        assert word in errors[0], errors[0]


def no_temporaries(root):
    return [str(p) for p in root.rglob("*") if is_temporary(p) and ".venv" not in p.parts]


def test_a_second_build_runs_nothing_and_changes_nothing(project):
    before = snapshot(project)
    result = build(project)
    assert result.returncode == 0 and ran(result) == [], result.stdout
    assert "site: unchanged" in result.stdout
    assert snapshot(project) == before


def test_a_notebook_run_by_hand_is_noticed_and_undone(project):
    """The README's papermill command writes the example's tables; the next build puts the seed's back."""
    before = snapshot(project)
    papermill = Path(sys.executable).with_name("papermill")
    subprocess.run([str(papermill), "notebooks/01_clean_article.ipynb", str(project / "build" / "out.ipynb"), "-p",
                    "article_path", "data/raw/wikipedia-turkish-involvement-2020.txt"], cwd=project, check=True,
                   capture_output=True, env={**os.environ, "PYTHONPATH": str(project)})
    assert snapshot(project) != before
    result = build(project)
    assert "notebooks/01_clean_article.ipynb" in ran(result)
    assert "output changed outside the build (data/processed/" in result.stdout
    assert snapshot(project) == before


def test_editing_observation_posts_rebuilds_the_pages_that_show_them(project):
    posts = project / "data" / "reference" / "observation_posts.csv"
    saved = posts.read_bytes()
    rows = list(csv.DictReader(io.StringIO(saved.decode("utf-8"))))
    extra = {**rows[0], "id": "OP-Test", "name": "Test post for the build", "alt_names": "", "lat": "", "lon": "",
             "established": "2020-02-10", "source": "a test of the build"}
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows([*rows, extra])
    posts.write_text(out.getvalue(), encoding="utf-8")
    try:
        result = build(project)
        assert result.returncode == 0, result.stdout + result.stderr
        assert "report/deployments.ipynb" in ran(result) and "notebooks/03_troop_deployments.ipynb" in ran(result)
        assert "report/index.ipynb" not in ran(result)  # it shows no observation post
        assert "Test post for the build" in (project / "report" / "deployments.ipynb").read_text(encoding="utf-8")
    finally:
        posts.write_bytes(saved)
        build(project)


def test_the_titles_in_story_yml_are_the_built_pages_titles(project):
    """One edit of story.yml retitles the home page, every page's <title> and the navbar, whichever renderer."""
    config = project / "story.yml"
    saved = config.read_bytes()
    text = saved.decode("utf-8")
    for key, value in (("title", "A retitled story"), ("site_title", "The retitled site"),
                       ("short_title", "Retitled")):
        text, count = re.subn(rf"^{key}: .*$", f'{key}: "{value}"', text, count=1, flags=re.M)
        assert count == 1, key
    config.write_text(text, encoding="utf-8")
    try:
        result = build(project)
        assert result.returncode == 0, result.stdout + result.stderr
        home = (project / "_site" / "report" / "index.html").read_text(encoding="utf-8")
        claims = (project / "_site" / "report" / "claims.html").read_text(encoding="utf-8")
        assert "<title>A retitled story – The retitled site</title>" in home
        assert re.search(r'<h1 class="title"[^>]*>A retitled story</h1>', home)
        assert "<title>Claims – The retitled site</title>" in claims
        for page in (home, claims):
            assert re.search(r">Retitled</", page) and "Idlib 2020: who claims what" not in page
        from explainer.site import front_matter

        meta, _ = front_matter(nbformat.read(project / "report" / "index.ipynb", as_version=4))
        assert meta["title"] == "A retitled story"
    finally:
        config.write_bytes(saved)
        build(project)


def test_parameters_do_not_stick_to_the_next_build(project):
    before = snapshot(project)
    result = build(project, "--articles", "data/raw/wikipedia-turkish-involvement-2020.txt", "--no-site")
    assert result.returncode == 0, result.stderr
    first = nbformat.read(project / "notebooks" / "01_clean_article.ipynb", as_version=4)
    injected = [c.source for c in first.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert injected == ['# Parameters\narticle_path = "data/raw/wikipedia-turkish-involvement-2020.txt"']
    assert "stage" not in (project / "notebooks" / "01_clean_article.ipynb").read_text(encoding="utf-8")
    result = build(project)
    assert result.returncode == 0 and "notebooks/01_clean_article.ipynb" in ran(result)
    # The plain build says in one line that it is the seed run, and how to rebuild the previous selection.
    said = [line for line in result.stdout.splitlines() if line.startswith("building the seed run")]
    assert len(said) == 1 and "make site ARTICLES=data/raw/wikipedia-turkish-involvement-2020.txt" in said[0]
    assert snapshot(project) == before  # the default run again, byte for byte


def test_a_second_build_while_one_runs_stops_with_one_line(project):
    before = snapshot(project)
    lock = project / "build" / "build.lock"
    with open(lock, "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        handle.truncate(0)
        handle.write("pid 12345, started 06:00:00")
        handle.flush()
        result = build(project, "--force")
    one_line_error(result, 2, "another build is running (pid 12345", "wait for it to finish")
    assert snapshot(project) == before


def test_a_failing_notebook_leaves_every_output_as_it_was(project):
    """Notebook 01 succeeds with a new article text, 03 fails: 01's tables must not be published alone."""
    before = snapshot(project)
    article = project / "data" / "raw" / "france24-idlib-2020-02-03.txt"
    notebook = project / "notebooks" / "03_troop_deployments.ipynb"
    saved_article, saved_notebook = article.read_bytes(), notebook.read_bytes()
    article.write_bytes(saved_article.replace(b"At least four", b"At least five"))
    nb = nbformat.read(notebook, as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell("raise RuntimeError('a bug in this notebook')"))
    nbformat.write(nb, notebook)
    try:
        result = build(project)
        one_line_error(result, 1, "notebooks/03_troop_deployments.ipynb", "RuntimeError: a bug in this notebook",
                       "nothing in the project was changed")
        assert "notebooks/01_clean_article.ipynb" in ran(result)
        notebook.write_bytes(saved_notebook)
        assert snapshot(project) == before
    finally:
        article.write_bytes(saved_article)
        notebook.write_bytes(saved_notebook)
    assert no_temporaries(project) == []


def test_an_undeclared_output_stops_the_build(project):
    before = snapshot(project)
    notebook = project / "notebooks" / "02_casualty_claims.ipynb"
    saved = notebook.read_bytes()
    nb = nbformat.read(notebook, as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell("(folder / 'extra.csv').write_text('x')"))
    nbformat.write(nb, notebook)
    try:
        result = build(project, "--no-site")
        one_line_error(result, 1, "notebooks/02_casualty_claims.ipynb", "wrote data/processed/extra.csv",
                       "declare it in explainer/steps.py")
        notebook.write_bytes(saved)
        assert snapshot(project) == before
    finally:
        notebook.write_bytes(saved)


def test_a_full_disk_gives_one_line_and_changes_nothing(project):
    """Simulated with a file size limit: any write past 64 KB fails, as on a full disk."""
    before = snapshot(project)
    article = project / "data" / "raw" / "france24-idlib-2020-02-03.txt"
    saved = article.read_bytes()
    article.write_bytes(saved + b"\n")

    def limit():
        resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))

    try:
        result = build(project, "--no-site", preexec_fn=limit)
        assert result.returncode in (1, 2), result.stdout + result.stderr
        errors = [line for line in result.stderr.splitlines() if line.strip()]
        assert len(errors) == 1 and errors[0].startswith("error: ") and "Traceback" not in result.stderr, errors
        assert "File too large" in errors[0]
        assert snapshot(project) == before
        assert no_temporaries(project) == []
    finally:
        article.write_bytes(saved)


def test_processed_tables_on_another_disk(project):
    """data/processed as a link to another file system (/dev/shm): staging beside the target avoids EXDEV."""
    other = Path("/dev/shm")
    if os.stat(other).st_dev == os.stat(project).st_dev:
        pytest.fail("/dev/shm is on the same file system as the temporary folder: this test needs two")
    processed = project / "data" / "processed"
    before = snapshot(project)
    elsewhere = Path(tempfile.mkdtemp(dir=other)) / "processed"
    shutil.copytree(processed, elsewhere)
    shutil.rmtree(processed)
    processed.symlink_to(elsewhere)
    try:
        result = build(project, "--force", "--no-site")
        assert result.returncode == 0, result.stdout + result.stderr
        assert snapshot(project) == before
    finally:
        processed.unlink()
        shutil.copytree(elsewhere, processed)
        shutil.rmtree(elsewhere.parent)


def test_site_folder_is_readable_by_others(project):
    mode = stat.S_IMODE((project / "_site").stat().st_mode)
    assert mode & 0o005 == 0o005, oct(mode)


AUDIT = '''
import sys as _sys, os as _os
_opened = set()
def _record(event, args):
    if event == "open" and isinstance(args[0], (str, bytes, _os.PathLike)):
        _opened.add((_os.fsdecode(args[0]), str(args[1] or "r")))
_sys.addaudithook(_record)
'''
DUMP = "import json as _json\n_json.dump(sorted(_opened), open({path!r}, 'w'))"


@pytest.mark.parametrize("step", STEPS, ids=lambda s: s.notebook)
def test_a_notebook_reads_and_writes_only_what_its_step_declares(project, step, tmp_path):
    """Every file a notebook opens (audit hook in its kernel) is a declared input or output: so the build's
    fingerprints cover everything a result depends on."""
    import papermill as pm


    nb = nbformat.read(project / step.notebook, as_version=4)
    nb.cells = [c for c in nb.cells if "injected-parameters" not in c.metadata.get("tags", [])]
    record = tmp_path / "opened.json"
    nb.cells.insert(0, nbformat.v4.new_code_cell(AUDIT))
    nb.cells.append(nbformat.v4.new_code_cell(DUMP.format(path=str(record))))
    source = tmp_path / "audited.ipynb"
    nbformat.write(nb, source)
    env_before = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = str(project)  # the kernel imports the copy's explainer, reads the copy's data
    try:
        pm.execute_notebook(str(source), str(tmp_path / "out.ipynb"), cwd=str(project), kernel_name="python3",
                            progress_bar=False)
    finally:
        os.environ.pop("PYTHONPATH") if env_before is None else os.environ.update(PYTHONPATH=env_before)
    declared = [*step.inputs, *step.outputs, "data/raw/france24-idlib-2020-02-03.txt"]
    undeclared = set()
    for name, _mode in json.loads(record.read_text()):
        path = Path(name) if Path(name).is_absolute() else project / name
        if not path.is_relative_to(project) or path.is_dir():
            continue
        relative = str(path.relative_to(project))
        if relative.startswith(("explainer/", ".venv/", "build/")) or is_temporary(path):
            continue  # code is fingerprinted whole; build/ is the build's own
        if not any(relative == d or relative.startswith(d.rstrip("/") + "/") for d in declared):
            undeclared.add(relative)
    assert not undeclared, f"{step.notebook} opens files explainer/steps.py does not declare: {sorted(undeclared)}"


def _make(root, *args):
    """`make ARGS` in the copy, with this environment's Python (the copy has no .venv of its own)."""
    venv = Path(sys.executable).parents[1]
    return subprocess.run(["make", "-s", *args, f"VENV={venv}", f"PY={sys.executable}"], cwd=root,
                          env={**os.environ, "PYTHONPATH": str(root), "EXPLAINER_NO_QUARTO_INSTALL": "1"},
                          capture_output=True, text=True)


def test_articles_on_the_make_command_line_are_plain_text(project, tmp_path):
    """Backticks are not run, a stray quote is one error line, a name with a space names the file."""
    before = snapshot(project)
    marker = tmp_path / "ran"
    for articles, words in ((f"data/raw/`touch {marker}`.txt", "file not found"),
                            ("data/raw/$(touch x).txt", "file not found"),
                            ('data/raw/it"s.txt data/raw/*.txt', "No closing quotation")):
        result = _make(project, "notebooks", f"ARTICLES={articles}")
        errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
        assert result.returncode != 0 and len(errors) == 1 and words in errors[0], result.stdout + result.stderr
        assert "Traceback" not in result.stderr and "syntax error" not in result.stderr
    assert not marker.exists() and not (project / "x").exists()
    assert snapshot(project) == before
    spaced = project / "data" / "raw" / "my article.txt"
    shutil.copy2(project / "data" / "raw" / "wikipedia-turkish-involvement-2020.txt", spaced)
    result = _make(project, "notebooks", "ARTICLES=data/raw/my article.txt")
    assert result.returncode == 0, result.stdout + result.stderr
    claims = (project / "data" / "processed" / "claims.csv").read_text(encoding="utf-8")
    assert "\nmy-article," in claims
    result = _make(project, "notebooks", 'ARTICLES="data/raw/my article.txt" data/raw/france24-idlib-2020-02-03.txt')
    assert result.returncode == 0, result.stdout + result.stderr
    claims = (project / "data" / "processed" / "claims.csv").read_text(encoding="utf-8")
    assert "\nmy-article," in claims and "\nfrance24-idlib-2020-02-03," in claims


def test_an_article_with_no_outlet_or_licence_is_warned_about(tmp_path):
    from explainer.build import undescribed_articles

    table = tmp_path / "articles.csv"
    table.write_text("article_id,file,outlet,licence\na,a.txt,France 24,All rights reserved\nb,b.txt,,\n",
                     encoding="utf-8")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("file,outlet,url,published,language,licence\nb.txt,,,,en,\n", encoding="utf-8")
    lines = undescribed_articles(table, manifest)
    assert len(lines) == 1 and lines[0].startswith("warning: b.txt: no outlet and no licence recorded, so")
    assert "make add" in lines[0] and "'an unnamed outlet'" in lines[0] and "never republish" in lines[0]
    # An outlet read from the file name ("reuters-....txt") is credited; the missing licence still stops republishing.
    table.write_text("article_id,file,outlet,licence\nc,reuters-c.txt,Reuters,\n", encoding="utf-8")
    lines = undescribed_articles(table, manifest)
    assert len(lines) == 1 and lines[0].startswith("warning: reuters-c.txt: no licence recorded")
    assert "unnamed outlet" not in lines[0] and "never republish its text" in lines[0]
