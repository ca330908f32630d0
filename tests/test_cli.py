import os
import subprocess
import sys

import pytest

from explainer.paths import PROJECT_ROOT

from .conftest import SEED


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "explainer", *map(str, args)], cwd=PROJECT_ROOT,
                          capture_output=True, text=True)


def test_extract_writes_every_table(tmp_path):
    result = run_cli("extract", SEED, "--out", tmp_path)
    assert result.returncode == 0, result.stderr
    for name in ("articles.csv", "paragraphs.csv", "claims.csv", "deployments.csv", "places.csv",
                 "datapackage.json"):
        assert (tmp_path / name).exists()
    assert "6 claims" in result.stderr  # the progress line


@pytest.mark.parametrize("content, words", [
    (b"", "empty"),
    (b"  \n ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
    (b"<html><body><p>Four soldiers were killed.</p></body></html>", "HTML"),
    (b"\xff\xfe\x00\xd8 broken utf-16", "UTF-16"),
])
def test_bad_input_exits_2_with_one_line_and_writes_nothing(tmp_path, content, words):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    out = tmp_path / "out"
    result = run_cli("extract", bad, "--out", out)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "bad.txt" in lines[0] and words in lines[0]
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_missing_file_and_empty_glob(tmp_path):
    result = run_cli("extract", tmp_path / "nope.txt", "--out", tmp_path / "out")
    assert result.returncode == 2 and "nope.txt: file not found" in result.stderr
    result = run_cli("extract", str(tmp_path / "*.txt"), "--out", tmp_path / "out")
    assert result.returncode == 2 and "matches no file" in result.stderr


def test_one_bad_file_among_good_ones_writes_nothing(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    out = tmp_path / "out"
    result = run_cli("extract", SEED, bad, "--out", out)
    assert result.returncode == 2 and not out.exists()


def test_debug_shows_the_traceback(tmp_path):
    result = run_cli("--debug", "extract", tmp_path / "nope.txt", "--out", tmp_path / "out")
    assert result.returncode != 0 and "Traceback" in result.stderr


def test_a_file_named_on_the_command_line_is_found_from_where_the_command_runs(tmp_path):
    # a new-user trial ran `python -m explainer extract article.txt` in the article's folder: "file not found"
    (tmp_path / "reuters-idlib-2020-02-04.txt").write_bytes(SEED.read_bytes())
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    result = subprocess.run([sys.executable, "-m", "explainer", "extract", "reuters-idlib-2020-02-04.txt", "--out",
                             "out"], cwd=tmp_path, capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "claims.csv").exists() and "6 claims" in result.stderr
