"""Writing outputs: one temporary-then-rename helper, and one commit point for many files."""

import errno
import json
import os

import pytest

from explainer import files
from explainer.exceptions import OutputWriteError
from explainer.files import Commit, atomic_write, clean_temporaries, is_temporary, recover


def test_atomic_write_replaces_whole_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "sub" / "table.csv"
    atomic_write(target, "a,b\n1,2\n")
    atomic_write(target, b"a,b\n3,4\n")
    atomic_write(target, lambda path: path.write_text("a,b\n5,6\n"))
    assert target.read_text() == "a,b\n5,6\n"
    assert sorted(p.name for p in target.parent.iterdir()) == ["table.csv"]


def test_atomic_write_failure_keeps_the_old_file_and_says_why(tmp_path):
    target = tmp_path / "table.csv"
    target.write_text("old\n")

    def full_disk(path):
        path.write_text("half")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(OutputWriteError) as caught:
        atomic_write(target, full_disk)
    assert str(caught.value) == (f"{target}: cannot write: No space left on device (nothing was changed); "
                                 "free some disk space and run the command again")
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["table.csv"]


def test_temporaries_have_one_naming_scheme_that_cleanup_knows(tmp_path):
    target = tmp_path / "claims.csv"
    temporary = files.temporary_path(target)
    assert temporary.parent == target.parent and is_temporary(temporary)
    assert is_temporary(files.temporary_path(target, "old"))
    assert not is_temporary(target) and not is_temporary(tmp_path / ".gitignore")
    temporary.write_text("x")
    keep = tmp_path / "claims.csv"
    keep.write_text("y")
    assert clean_temporaries([tmp_path]) == [temporary]
    assert [p.name for p in tmp_path.iterdir()] == ["claims.csv"]


def _outputs(tmp_path, names=("a.csv", "b.csv", "c.csv")):
    out = tmp_path / "out"
    out.mkdir()
    for name in names:
        (out / name).write_text(f"old {name}\n")
    return out


def test_commit_moves_every_file_or_none(tmp_path, monkeypatch):
    """A target that cannot be replaced (read-only, immutable) after others were: those are put back."""
    out = _outputs(tmp_path)
    commit = Commit(tmp_path / "journal.json")
    for name in ("a.csv", "b.csv", "c.csv", "new.csv"):
        commit.stage(out / name, content=f"new {name}\n")
    real_replace = os.replace

    def refuse_c(source, target):
        if str(target).endswith("c.csv"):
            raise PermissionError(errno.EPERM, "Operation not permitted")
        return real_replace(source, target)

    monkeypatch.setattr(files.os, "replace", refuse_c)
    with pytest.raises(OutputWriteError, match=r"c.csv: cannot write: Operation not permitted \(no output was "
                                               r"changed: the files already moved were put back\)"):
        commit.apply()
    assert {p.name: p.read_text() for p in out.iterdir()} == {n: f"old {n}\n" for n in ("a.csv", "b.csv", "c.csv")}
    assert not (tmp_path / "journal.json").exists()


def test_commit_replaces_and_deletes(tmp_path):
    out = _outputs(tmp_path)
    commit = Commit()
    commit.stage(out / "a.csv", content="new\n")
    commit.stage(out / "charts" / "d.svg", content="<svg/>")
    commit.delete(out / "b.csv")
    assert (out / "a.csv").read_text() == "old a.csv\n"  # staged, not yet visible
    commit.apply()
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file()) == ["a.csv", "c.csv",
                                                                                     "charts/d.svg"]
    assert (out / "a.csv").read_text() == "new\n"


def test_a_commit_killed_half_way_is_finished_by_recover(tmp_path, monkeypatch):
    out = _outputs(tmp_path)
    journal = tmp_path / "journal.json"
    commit = Commit(journal)
    for name in ("a.csv", "b.csv", "c.csv"):
        commit.stage(out / name, content=f"new {name}\n")
    real_replace, calls = os.replace, []

    def killed_after_one(source, target):
        if str(target).endswith(".csv") and calls:
            raise SystemExit("killed")  # stands for SIGKILL: no clean-up code runs after it
        calls.append(target)
        return real_replace(source, target)

    monkeypatch.setattr(files.os, "replace", killed_after_one)
    with pytest.raises(SystemExit):
        commit.apply()
    monkeypatch.setattr(files.os, "replace", real_replace)
    assert json.loads(journal.read_text())["moves"]
    assert recover(journal) is True
    assert {p.name: p.read_text() for p in out.iterdir()} == {n: f"new {n}\n" for n in ("a.csv", "b.csv", "c.csv")}
    assert not journal.exists() and recover(journal) is False


def test_staging_a_file_on_a_full_disk_changes_nothing(tmp_path, monkeypatch):
    out = _outputs(tmp_path)
    commit = Commit()
    commit.stage(out / "a.csv", content="new a\n")
    real_open = open

    def full(path, mode="r", *args, **kwargs):
        if "x" in mode and "b.csv" in str(path):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_open(path, mode, *args, **kwargs)

    monkeypatch.setattr("builtins.open", full)
    with pytest.raises(OutputWriteError, match="b.csv: cannot write: No space left on device"):
        commit.stage(out / "b.csv", content="new b\n")
    monkeypatch.undo()
    assert {p.name: p.read_text() for p in out.iterdir()} == {n: f"old {n}\n" for n in ("a.csv", "b.csv", "c.csv")}


def test_write_tables_on_a_read_only_table_keeps_every_table(tmp_path, monkeypatch):
    """The issue's case: one table file read-only; either all tables are replaced or none."""
    from explainer.pipeline import run_extract
    from explainer.paths import SEED_ARTICLE

    out = tmp_path / "processed"
    run_extract([SEED_ARTICLE], out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    real_replace = os.replace

    def read_only_places(source, target):
        if str(target).endswith("places.csv"):
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_replace(source, target)

    monkeypatch.setattr(files.os, "replace", read_only_places)
    with pytest.raises(OutputWriteError, match="places.csv: cannot write: Permission denied"):
        run_extract([SEED_ARTICLE], out, reference_date="2020-02-04")
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
