"""The committed run is what the code gives: tables, charts, downloads and notebooks, rebuilt in a copy.

This replaces running nbval on the notebooks in place: it never writes into the project, and when a figure moves
it fails once, saying in an editor's words which claim changed, before listing the files that follow from it.
"""

import hashlib
import shlex

import pytest

from explainer.build import committed_parameters
from explainer.changes import claim_changes, claims_message, row_changes
from explainer.steps import STEPS
from explainer.tables import SCHEMAS, read_table

from .support import copy_tracked_files, run_in_copy

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory):
    root = copy_tracked_files(tmp_path_factory.mktemp("reproduce") / "repo")
    result = run_in_copy(root, "build", "--force", "--no-site", *committed_arguments())
    assert result.returncode == 0, result.stdout + result.stderr
    return root


def committed_arguments() -> list[str]:
    """The build arguments of the committed run (make site ARTICLES=... leaves them in notebook 1)."""
    parameters = committed_parameters(STEPS[0].path)
    arguments = []
    for name, flag in (("article_path", "--articles"), ("acled_paths", "--acled"), ("ucdp_paths", "--ucdp")):
        value = parameters.get(name)
        if value:
            arguments += [flag, value if isinstance(value, str) else shlex.join(value)]
    return arguments


def differences(committed, rebuilt) -> list[str]:
    """Every way ``rebuilt`` differs from ``committed`` (two project folders): claims first, in words."""
    found = []
    processed = "data/processed"
    old_claims, new_claims = read_table("claims", committed / processed), read_table("claims", rebuilt / processed)
    changes = claim_changes(old_claims, new_claims)
    if changes:
        found.append(claims_message(changes))
    for table in SCHEMAS:
        if table == "claims":
            continue
        line = row_changes(table, read_table(table, committed / processed), read_table(table, rebuilt / processed))
        if line:
            found.append(f"{line} (differs from the committed table)")
    files = {step.notebook for step in STEPS}
    for step in STEPS:
        for output in step.outputs:
            for folder in (committed, rebuilt):
                path = folder / output
                files |= {str(p.relative_to(folder)) for p in path.rglob("*") if p.is_file()} if path.is_dir() else \
                    {output}
    tables = {f"{processed}/{t}.csv" for t in SCHEMAS}
    for name in sorted(files - tables):
        a, b = committed / name, rebuilt / name
        digest = [hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else "missing" for p in (a, b)]
        if digest[0] != digest[1]:
            found.append(f"{name} differs from the committed file" if "missing" not in digest else
                         f"{name} is {'missing from the commit' if digest[0] == 'missing' else 'no longer made'}")
    return found


def test_the_committed_run_is_what_the_code_gives(rebuilt):
    from explainer.paths import PROJECT_ROOT

    found = differences(PROJECT_ROOT, rebuilt)
    assert not found, ("\n".join(found) + "\nIf the change is intended: make site, read `make diff`, commit the "
                       "outputs with the code. If not: the last code change moved a figure.")


def test_nbval_on_the_committed_notebooks_in_a_copy(tmp_path):
    """nbval re-executes every committed notebook and compares its outputs cell by cell. It runs in a copy because
    the notebooks write tables: in place, it would rewrite data/processed and report/downloads."""
    import os
    import subprocess
    import sys

    root = copy_tracked_files(tmp_path / "repo")
    env = {**os.environ, "EXPLAINER_NO_QUARTO_INSTALL": "1", "PYTHONPATH": str(root)}
    result = subprocess.run([sys.executable, "-m", "pytest", "--nbval", "notebooks", "report", "-p",
                             "no:cacheprovider", "-q"], cwd=root, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
