"""The Makefile as README presents it: the targets it lists, what `make add` and `make evaluate` print."""

import os
import re
import subprocess
import sys
from pathlib import Path

from .support import PROJECT_ROOT

README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")


def _make(*args, **env):
    venv = Path(sys.executable).parents[1]
    return subprocess.run(["make", "-s", *args, f"VENV={venv}", f"PY={sys.executable}"], cwd=PROJECT_ROOT,
                          env={**os.environ, **env}, capture_output=True, text=True, timeout=120)


def test_readme_lists_every_make_target():
    listed = _make("help").stdout
    targets = set(re.findall(r"^  make (\S+)", listed, flags=re.M))
    sentence = re.search(r"`make` alone lists every target \((.+?)\)\.", README, flags=re.S).group(1)
    assert set(re.findall(r"`([a-z-]+)`", sentence)) == targets


def test_make_add_without_a_file_prints_its_usage_not_a_command():
    result = _make("add", FILE="", EXPLAINER_FILE="")
    assert result.returncode == 2
    assert result.stderr.startswith("usage: make add FILE=path OUTLET=")
    assert "-m explainer add" not in result.stdout + result.stderr


def test_make_evaluate_folder_echoes_the_folder_it_scores(tmp_path):
    folder = tmp_path / "my annotations"
    folder.mkdir()
    result = _make("evaluate", f"FOLDER={folder}")
    first = result.stdout.splitlines()[0]
    assert first.endswith("-m explainer.evaluate " + str(folder).replace(" ", "\\ "))
    assert "data/annotated" not in result.stdout
    assert str(folder) in result.stderr  # the folder scored is the one echoed (it holds no annotations)


def test_make_review_echoes_the_options_it_passes(tmp_path):
    queue = tmp_path / "my queue.csv"  # not there: refused with one line, nothing written
    result = _make("review", f"MERGE={queue}", "REVIEWER=Ann Editor")
    first = result.stdout.splitlines()[0]
    assert first.endswith("-m explainer review --merge " + str(queue).replace(" ", "\\ ") + " --reviewer Ann\\ Editor")
    assert result.returncode == 2 and str(queue) in result.stderr


def test_evaluate_folder_is_described_alike_with_its_manifest_optional(tmp_path):
    """README and the Makefile described a folder to score as "NAME.txt + NAME.claims.csv + manifest.csv", but the
    manifest is optional (the outlet then comes from SOURCES.md): every description says so, and a folder without
    one is scored."""
    makefile = (PROJECT_ROOT / "Makefile").read_text(encoding="utf-8")
    help_line = next(line for line in _make("help").stdout.splitlines() if line.startswith("  make evaluate"))
    readme_line = re.search(r"^make evaluate FOLDER=.*\n(?:\s+#.*\n)*", README, flags=re.M).group(0)
    comment = re.search(r"^# make evaluate FOLDER=.*\n(?:#.*\n)*", makefile, flags=re.M).group(0)
    for text in (help_line, readme_line, comment):
        assert "manifest.csv" in text and "optional" in text, text
    folder = tmp_path / "annotated"
    folder.mkdir()
    for path in (PROJECT_ROOT / "tests" / "fixtures" / "dev-corpus").glob("wikipedia-iran-israel-strikes-jan-mar-2020*"):
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "SOURCES.md").write_text("Licence of every text: Wikipedia text, CC BY-SA 4.0\n", encoding="utf-8")
    result = _make("evaluate", f"FOLDER={folder}")
    assert result.returncode == 0, result.stderr
    assert "POOLED" in result.stdout


def test_make_add_passes_name_and_its_errors_say_how_to_give_one():
    seed = str(PROJECT_ROOT / "data" / "raw" / "france24-idlib-2020-02-03.txt")
    given = dict(FILE=seed, OUTLET="FRANCE 24", PUBLISHED="2020-02-03", LICENCE="quote briefly")
    same = _make("add", **given)  # refused: a file of that name is there already (nothing is written)
    assert same.returncode == 2 and "already has a file named" in same.stderr and "NAME=" in same.stderr
    named = _make("add", NAME="README.md", **given)  # NAME reaches the command: a name data/raw keeps is refused
    assert named.returncode == 2 and "'README.md' is a name data/raw keeps for itself" in named.stderr
