"""Bad input through the command line, the build (make site) and the notebooks: exit 2, one line, nothing changed."""

import csv
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .support import copy_tracked_files

pytestmark = pytest.mark.slow  # builds or runs notebooks: `make test`, not `make check`

PY = sys.executable
BAD_INPUTS = {
    "empty.txt": b"",
    "blank.txt": b"  \n\t \n",
    "binary.txt": b"\x00\x01\x02\x03binary\x00",
    "page.txt": b"<!DOCTYPE html><html><body><p>Five Turkish soldiers were killed.</p></body></html>",
    "furniture.txt": b"Get all your news in one place.\nStart reading\nSign up to read this article\n",
    "latin1-unclear.txt": bytes(range(0x80, 0x100)) * 3,
}


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """A copy of the project (tracked files only), so builds can fail and be killed without touching this one."""
    copy = copy_tracked_files(tmp_path_factory.mktemp("project") / "repo")
    env = {**os.environ, "EXPLAINER_NO_QUARTO_INSTALL": "1", "PYTHONPATH": str(copy)}
    subprocess.run([PY, "-m", "explainer", "build"], cwd=copy, env=env, check=True, capture_output=True)
    return copy, env


def _snapshot(root):
    digest = {}
    for folder in ("data/processed", "_site", "notebooks", "report"):
        for path in sorted((root / folder).rglob("*")):
            if path.is_file():
                digest[str(path.relative_to(root))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return digest


def _one_line_exit_2(result, *names):
    assert result.returncode == 2, result.stdout + result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for name in names:
        assert name in errors[0], errors[0]


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_article_through_the_build_changes_nothing(project, name):
    root, env = project
    bad = root / "data" / "raw" / name
    bad.write_bytes(BAD_INPUTS[name])
    before = _snapshot(root)
    try:
        result = subprocess.run([PY, "-m", "explainer", "build", "--articles", f"data/raw/{name}"], cwd=root, env=env,
                                capture_output=True, text=True)
    finally:
        bad.unlink()
    _one_line_exit_2(result, name)
    assert _snapshot(root) == before


def test_fifty_megabyte_file_is_refused(project, tmp_path):
    root, env = project
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    out = tmp_path / "out"
    result = subprocess.run([PY, "-m", "explainer", "extract", str(big), "--out", str(out)], cwd=root, env=env,
                            capture_output=True, text=True)
    _one_line_exit_2(result, "big.txt", "50 MB")
    assert not out.exists()


@pytest.mark.parametrize("args, words", [
    (["build", "--articles", "data/raw/*.nothing"], "matches no file"),
    (["build", "--acled", "tests/fixtures/datasets/missing.csv"], "missing.csv"),
])
def test_bad_parameters_to_the_build(project, args, words):
    root, env = project
    before = _snapshot(root)
    result = subprocess.run([PY, "-m", "explainer", *args], cwd=root, env=env, capture_output=True, text=True)
    _one_line_exit_2(result, words)
    assert _snapshot(root) == before


def test_missing_reference_file_and_bad_manifest(project):
    root, env = project
    before = _snapshot(root)
    places = root / "data" / "reference" / "places.csv"
    saved = places.read_bytes()
    places.unlink()
    try:
        result = subprocess.run([PY, "-m", "explainer", "build"], cwd=root, env=env, capture_output=True, text=True)
    finally:
        places.write_bytes(saved)
    _one_line_exit_2(result, "places.csv", "reference file not found")
    manifest = root / "data" / "raw" / "manifest.csv"
    saved = manifest.read_bytes()
    manifest.write_text("file,outlet\nx.txt,X\n", encoding="utf-8")
    try:
        result = subprocess.run([PY, "-m", "explainer", "build"], cwd=root, env=env, capture_output=True, text=True)
    finally:
        manifest.write_bytes(saved)
    _one_line_exit_2(result, "manifest.csv", "missing column")
    assert _snapshot(root) == before


def test_debug_shows_where_it_failed(project):
    root, env = project
    result = subprocess.run([PY, "-m", "explainer", "--debug", "build", "--articles", "data/raw/*.nothing"], cwd=root,
                            env=env, capture_output=True, text=True)
    assert result.returncode != 0 and "Traceback" in result.stderr


def test_killed_build_leaves_nothing_half_written(project):
    import random
    import signal
    import time

    root, env = project
    before = _snapshot(root)
    (root / "build" / "fingerprints").exists() and shutil.rmtree(root / "build" / "fingerprints")
    process = subprocess.Popen([PY, "-m", "explainer", "build", "--force"], cwd=root, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    time.sleep(random.uniform(1.0, 12.0))
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    result = subprocess.run([PY, "-m", "explainer", "build"], cwd=root, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert _snapshot(root) == before  # the seed build is deterministic: same bytes as before the kill
    leftovers = [p for p in root.rglob("*") if p.name.endswith(".tmp") or p.name.startswith((".processed-", ".site-"))]
    assert leftovers == []


def test_a_killed_builds_kernel_still_writing_does_not_disturb_the_next_build(project):
    """A notebook kernel runs in a session of its own, so killing a build can leave it writing for a moment longer.
    It writes into the killed build's staging folder: the next build must neither see it as its own notebook's
    output ("the notebook wrote ..., which is not among its outputs") nor publish it."""
    import time

    root, env = project
    before = _snapshot(root)
    # The staging folder a build process (here: one that has been killed) writes into.
    asked = subprocess.run([PY, "-c", "from explainer.build import STAGE_DIR; print(STAGE_DIR)"], cwd=root, env=env,
                           capture_output=True, text=True, check=True)
    orphan_output = Path(asked.stdout.strip()) / "processed" / "charts" / "claims.svg"
    writer = subprocess.Popen([PY, "-c", (
        "import pathlib, time\n"
        f"target = pathlib.Path({str(orphan_output)!r})\n"
        "end = time.time() + 60\n"
        "while time.time() < end:\n"
        "    target.parent.mkdir(parents=True, exist_ok=True)\n"
        "    target.write_text(str(time.time()))\n"
        "    time.sleep(0.02)\n")])
    try:
        time.sleep(0.5)
        result = subprocess.run([PY, "-m", "explainer", "build", "--force", "--no-site"], cwd=root, env=env,
                                capture_output=True, text=True)
    finally:
        writer.kill()
        writer.wait()
    assert result.returncode == 0, result.stdout + result.stderr
    assert _snapshot(root) == before
    result = subprocess.run([PY, "-m", "explainer", "build"], cwd=root, env=env, capture_output=True, text=True)
    assert result.returncode == 0 and not list((root / "build").glob("stage*")), result.stdout + result.stderr


def _build(root, env, *args):
    return subprocess.run([PY, "-m", "explainer", "build", *args], cwd=root, env=env, capture_output=True, text=True)


SCRIPT_URLS = ["javascript:alert(1)//", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "data:text/html,<script>x",
               "//evil.example/page", "https:alert(1)", "vbscript:msgbox(1)", " javascript:alert(1)"]


@pytest.mark.parametrize("url", SCRIPT_URLS)
def test_script_url_in_the_manifest_is_refused(project, url):
    """Only http(s) addresses become links: anything else stops the build at the manifest row (issue 17, item 1)."""
    root, env = project
    manifest = root / "data" / "raw" / "manifest.csv"
    saved = manifest.read_bytes()
    before = _snapshot(root)
    with manifest.open("a", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerow(["another-article.txt", "X", url, "", "en", ""])
    lines = saved.decode().count("\n") + 1
    try:
        result = _build(root, env)
    finally:
        manifest.write_bytes(saved)
    _one_line_exit_2(result, f"manifest.csv:{lines}", "not an http or https address")
    assert _snapshot(root) == before


@pytest.mark.parametrize("url", SCRIPT_URLS[:4])
def test_script_url_in_front_matter_is_refused(project, url):
    root, env = project
    article = root / "data" / "raw" / "front.md"
    quoted = url.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t")
    article.write_text(f'---\ntitle: Clash\noutlet: X\nurl: "{quoted}"\n---\n\n# Clash in Idlib\n\n'
                       "Five Turkish soldiers were killed in Idlib on Monday, the ministry said.\n", encoding="utf-8")
    before = _snapshot(root)
    try:
        result = _build(root, env, "--articles", "data/raw/front.md")
    finally:
        article.unlink()
    _one_line_exit_2(result, "front.md:4", "not an http or https address")
    assert _snapshot(root) == before


def test_link_out_of_data_raw_is_refused(project, tmp_path):
    """A file in data/raw that links to a host file, with a free licence, is never read or published (item 4)."""
    root, env = project
    secret = tmp_path / "secret.txt"
    secret.write_text("Five Turkish soldiers were killed in Idlib, the ministry said. SECRET-TOKEN\n", encoding="utf-8")
    leak = root / "data" / "raw" / "leak.txt"
    leak.symlink_to(secret)
    manifest = root / "data" / "raw" / "manifest.csv"
    saved = manifest.read_bytes()
    with manifest.open("a", encoding="utf-8") as handle:
        handle.write("leak.txt,Leak,,,en,CC BY 4.0\n")
    before = _snapshot(root)
    try:
        result = _build(root, env, "--articles", "data/raw/*.txt")
    finally:
        manifest.write_bytes(saved)
        leak.unlink()
    _one_line_exit_2(result, "leak.txt", "is a link to", "outside raw/")
    assert _snapshot(root) == before
    assert not any("SECRET-TOKEN" in p.read_text(errors="replace") for p in (root / "report").rglob("*") if p.is_file())


def test_free_licence_article_outside_data_raw_is_refused(project, tmp_path):
    """The manifest's free licence names a file in data/raw; a copy elsewhere would publish another text (item 4)."""
    root, env = project
    elsewhere = tmp_path / "wikipedia-turkish-involvement-2020.txt"
    elsewhere.write_text("Five Turkish soldiers were killed in Idlib on Monday, the ministry said.\n", encoding="utf-8")
    before = _snapshot(root)
    result = _build(root, env, "--articles", str(elsewhere))
    _one_line_exit_2(result, str(elsewhere), "not in", "move it into raw/")
    assert _snapshot(root) == before


def test_two_files_with_one_id_are_named(project):
    root, env = project
    twin = root / "data" / "raw" / "France24 Idlib 2020 02 03.md"
    twin.write_text("# Clash\n\nFive Turkish soldiers were killed in Idlib on Monday, the ministry said.\n",
                    encoding="utf-8")
    before = _snapshot(root)
    try:
        result = _build(root, env, "--articles", "data/raw/france24-idlib-2020-02-03.txt data/raw/France24*.md")
    finally:
        twin.unlink()
    _one_line_exit_2(result, "France24 Idlib 2020 02 03.md", "france24-idlib-2020-02-03", "rename one")
    assert "bug" not in result.stderr
    assert _snapshot(root) == before


@pytest.mark.parametrize("url, good", [
    ("https://en.wikipedia.org/wiki/Idlib", True), ("HTTP://example.org/a?b=c#d", True),
    ("https://example.org/a%20b", True), ("https://example.org/a b", False),
    ('https://example.org/"onmouseover="alert(1)', False), ("https://example.org/<script>", False),
    ("https://example.org\\@evil.example", False), ("http:///path-only", False), ("mailto:x@example.org", False),
    ("ftp://example.org/file", False), ("https://[::1", False),
])
def test_only_absolute_http_addresses_pass(url, good):
    from explainer.articles import check_url, is_web_url, text_fragment_url
    from explainer.exceptions import ManifestError

    assert is_web_url(url) is good
    if good:
        assert check_url(url, "manifest.csv", 3) == url
        assert text_fragment_url(url, "Five soldiers were killed").startswith(url + "#:~:text=")
    else:
        with pytest.raises(ManifestError, match=r"manifest.csv:3: url "):
            check_url(url, "manifest.csv", 3)
        assert text_fragment_url(url, "Five soldiers were killed") == ""


ACLED_FIXTURE = "tests/fixtures/datasets/acled-syria-feb2020.csv"


def _acled_with(tmp_path, name, fatalities=None, notes=None, duplicate=False):
    """The ACLED fixture with one hostile change: the second row's fatalities, the first row's notes, a repeated id."""
    from explainer.paths import PROJECT_ROOT

    with (PROJECT_ROOT / ACLED_FIXTURE).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    if fatalities is not None:
        rows[2][-1] = fatalities
    if notes is not None:
        rows[1][rows[0].index("notes")] = notes
    if duplicate:
        rows[3][0] = rows[1][0]
    path = tmp_path / name
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)
    return path


def _extract(root, env, *args):
    return subprocess.run([PY, "-m", "explainer", "extract", *map(str, args)], cwd=root, env=env, capture_output=True,
                          text=True)


@pytest.mark.parametrize("value, words", [
    ("1e30", "fatalities '1e30' is not a count of people"),
    ("12345678901234567890123", "fatalities '12345678901234567890123' is not a count"),
    ("", "fatalities is empty"),
    ("-3", "fatalities '-3' is not a count"),
    ("3.5", "fatalities '3.5' is not a count"),
])
def test_acled_counts_that_are_not_counts(project, tmp_path, value, words):
    """Issue 17, item 11: these ended in tracebacks (int64 overflow, NA in a boolean test)."""
    root, env = project
    export = _acled_with(tmp_path, "acled.csv", fatalities=value)
    out = tmp_path / "out"
    _one_line_exit_2(_extract(root, env, "--acled", export, "--out", out), "acled.csv:3", words)
    assert not out.exists()


def test_acled_count_through_the_build(project, tmp_path):
    root, env = project
    export = _acled_with(tmp_path, "acled.csv", fatalities="1e30")
    before = _snapshot(root)
    _one_line_exit_2(_build(root, env, "--acled", str(export)), "acled.csv:3", "fatalities '1e30'")
    assert _snapshot(root) == before


def test_acled_error_names_the_line_after_quoted_line_breaks(project, tmp_path):
    root, env = project
    export = _acled_with(tmp_path, "acled.csv", fatalities="many", notes="line one\nline two\nline three")
    _one_line_exit_2(_extract(root, env, "--acled", export, "--out", tmp_path / "out"), "acled.csv:5:",
                     "fatalities 'many'")


def test_repeated_event_ids_are_named(project, tmp_path):
    root, env = project
    export = _acled_with(tmp_path, "acled.csv", duplicate=True)
    result = _extract(root, env, "--acled", export, "--out", tmp_path / "out")
    _one_line_exit_2(result, "acled.csv:4:", "event_id_cnty 'SYR1001' appears on an earlier row")
    assert "bug" not in result.stderr
    other = _acled_with(tmp_path, "other.csv")
    result = _extract(root, env, "--acled", root / ACLED_FIXTURE, "--acled", other, "--out", tmp_path / "out")
    _one_line_exit_2(result, "other.csv", "event 'SYR1001' is also in an export given before")
    (tmp_path / "same").mkdir()
    twin = _acled_with(tmp_path / "same", "acled-syria-feb2020.csv")
    result = _extract(root, env, "--acled", root / ACLED_FIXTURE, "--acled", twin, "--out", tmp_path / "out")
    _one_line_exit_2(result, str(twin), "gives the id 'acled-syria-feb2020'")
    assert not (tmp_path / "out").exists()


def test_thirty_digit_figure_in_text(project, tmp_path):
    """It ended in an int64 overflow. The number reader leaves implausible figures out; none reaches the tables."""
    root, env = project
    article = tmp_path / "huge.txt"
    article.write_text("Clash in Idlib\n\nThe ministry said 123456789012345678901234567890 Syrian soldiers were killed "
                       "in Idlib on Monday.\n", encoding="utf-8")
    result = _extract(root, env, article, "--out", tmp_path / "out")
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    assert "1234567890" not in (tmp_path / "out" / "claims.csv").read_text(encoding="utf-8")


def test_a_figure_beyond_the_world_population_never_reaches_the_tables(tmp_path):
    """The last guard before the tables' integer columns, whatever the number reader lets through."""
    from explainer.claims import Claim
    from explainer.exceptions import ArticleReadError
    from explainer.pipeline import _check_count

    claim = Claim("a", "a-c001", "quote", 0, 5, "9" * 30, 10**30 - 1, 10**30 - 1, "exact", "killed", "turkey",
                  "soldiers", "X", "X", "", "", 1)
    with pytest.raises(ArticleReadError, match=r"a.txt: paragraph 1: the figure '9+' is more people than live on Earth"):
        _check_count(claim, tmp_path / "a.txt")
    claim.number_low = claim.number_high = 10**9
    _check_count(claim, tmp_path / "a.txt")


@pytest.mark.parametrize("out, words", [("a-file", "is a file, not a folder"), ("a-file/sub", "is a file, so"),
                                        ("/proc", "cannot write the tables here"),
                                        ("/proc/tables", "cannot write the tables here")])
def test_out_that_cannot_take_the_tables(project, tmp_path, out, words):
    root, env = project
    (tmp_path / "a-file").write_text("keep me\n", encoding="utf-8")
    target = out if out.startswith("/") else tmp_path / out
    _one_line_exit_2(_extract(root, env, "data/raw/france24-idlib-2020-02-03.txt", "--out", target), str(target),
                     words)
    assert (tmp_path / "a-file").read_text(encoding="utf-8") == "keep me\n"


def test_non_latin_file_name_gets_an_id(project, tmp_path):
    root, env = project
    names = ["تقرير.txt", "报告.txt", "Café Noir.txt"]
    for name in names:
        (tmp_path / name).write_text("Clash in Idlib\n\nFive Turkish soldiers were killed in Idlib on Monday, the "
                                     "ministry said.\n", encoding="utf-8")
    result = _extract(root, env, *(tmp_path / name for name in names), "--out", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    with (tmp_path / "out" / "articles.csv").open(encoding="utf-8", newline="") as handle:
        rows = {row["file"]: row["article_id"] for row in csv.DictReader(handle)}
    assert rows["Café Noir.txt"] == "cafe-noir"
    assert rows["تقرير.txt"].startswith("article-") and rows["报告.txt"].startswith("article-")
    assert len(set(rows.values())) == 3


def test_notebook_tables_show_a_bounded_number_of_rows():
    import pandas as pd

    from explainer.notebook import SHOWN_ROWS, table

    shown = table(pd.DataFrame({"claim": [f"c{i}" for i in range(SHOWN_ROWS * 3)]}), "Claims").data
    assert shown.count("<tr>") == SHOWN_ROWS + 1  # the heading row and the rows shown
    assert f"the first {SHOWN_ROWS:,} of {SHOWN_ROWS * 3:,} rows" in shown
    assert "first" not in table(pd.DataFrame({"claim": ["c1"]}), "Claims").data


def test_a_file_described_twice_in_the_manifest(tmp_path):
    """The second row would silently win (a free licence added below a withheld one): refused, naming both lines."""
    from explainer.articles import read_manifest
    from explainer.exceptions import ManifestError

    manifest = tmp_path / "manifest.csv"
    manifest.write_text("file,outlet,url,published,language,licence\na.txt,A,,,en,All rights reserved\n"
                        "b.txt,B,,,en,\na.txt,A,,,en,CC BY 4.0\n", encoding="utf-8")
    with pytest.raises(ManifestError, match=r"manifest.csv:4: a.txt is described a second time \(first on line 2\)"):
        read_manifest(manifest)
