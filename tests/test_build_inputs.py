"""A wrong ARTICLES, ACLED or UCDP path stops the build before any notebook runs: one line, exit 2, nothing
started and nothing changed (not a notebook failing part way, "notebook failed in cell 6")."""

import hashlib

import pytest

from .support import copy_tracked_files, run_in_copy


@pytest.fixture(scope="module")
def copy(tmp_path_factory):
    root = copy_tracked_files(tmp_path_factory.mktemp("inputs") / "repo")
    (root / "exports").mkdir()
    (root / "exports" / "acled-real.csv").write_text("event_id_cnty\n", encoding="utf-8")
    return root


def _snapshot(root):
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and "__pycache__" not in p.parts}


@pytest.mark.parametrize("args, words", [
    (["--acled", "exports/missing.csv"], ["exports/missing.csv", "ACLED export not found"]),
    (["--ucdp", "exports/acled-real.csv exports/ged-typo.csv"], ["exports/ged-typo.csv", "UCDP export not found"]),
    (["--ucdp", "exports"], ["exports", "UCDP is a folder"]),
    (["--articles", "data/raw/no-such-article.txt"], ["data/raw/no-such-article.txt", "file not found"]),
    (["--articles", "data/raw/*.nothing"], ["matches no file"]),
])
def test_a_wrong_path_stops_the_build_before_any_notebook(copy, args, words):
    before = _snapshot(copy)
    result = run_in_copy(copy, "build", "--no-site", *args)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:"), result.stderr
    for word in words:
        assert word in lines[0]
    assert "notebooks:" not in result.stdout + result.stderr  # no notebook started
    assert _snapshot(copy) == before


def test_a_manifest_row_for_a_file_not_in_data_raw_is_warned_about_with_its_line(tmp_path):
    from explainer.build import manifest_rows_without_files, undescribed_articles

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "report-one.txt").write_text("text\n", encoding="utf-8")
    (raw / "report-two.txt").write_text("text\n", encoding="utf-8")
    manifest = raw / "manifest.csv"
    manifest.write_text("file,outlet,url,published,language,licence\n"
                        "report-one.txt,Outlet A,,2020-02-04,en,All rights reserved\n"
                        "report-two.text,Outlet B,,2020-02-05,en,All rights reserved\n", encoding="utf-8")
    lines = manifest_rows_without_files(manifest, raw)
    assert len(lines) == 1
    assert lines[0].startswith(f"warning: {manifest}:3: the row names report-two.text, which is not in {raw}")
    # the file the row was meant for is read with no outlet: the warning says the manifest has no row for it
    table = tmp_path / "articles.csv"
    table.write_text("article_id,file,outlet,licence\nreport-one,report-one.txt,Outlet A,All rights reserved\n"
                     "report-two,report-two.txt,,\n", encoding="utf-8")
    lines = undescribed_articles(table, manifest)
    assert len(lines) == 1 and lines[0].startswith("warning: report-two.txt: no outlet and no licence recorded")
    assert f"({manifest} has no row for the file name report-two.txt)" in lines[0]


def test_the_seed_manifest_names_only_files_in_data_raw():
    from explainer.build import manifest_rows_without_files

    assert manifest_rows_without_files() == []
