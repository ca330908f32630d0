"""What README.md tells a user about conflict-dataset exports stays true: the columns the import needs, where the
exports go, and the command that returns the project to the seed run."""

import re
import shlex
import subprocess

from explainer.datasets import ACLED_COLUMNS, UCDP_COLUMNS

from .support import PROJECT_ROOT, copy_tracked_files

README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")


def _table_columns(export: str) -> set[str]:
    rows = re.findall(rf"^\| {re.escape(export)} \| (.+?) \|", README, flags=re.M)
    return {name for row in rows for name in re.findall(r"`([a-z_0-9]+)`", row)}


def test_readme_lists_every_column_an_export_needs():
    assert _table_columns("ACLED") == set(ACLED_COLUMNS)
    assert _table_columns("UCDP GED") == set(UCDP_COLUMNS)


def _git(folder, *args):
    return subprocess.run(["git", *args], cwd=folder, capture_output=True, text=True, check=True).stdout


def test_the_readme_return_to_seed_command_forgets_added_work_and_keeps_exports(tmp_path):
    command = re.search(r"^(git checkout -- data notebooks report story.yml && git clean [^\n]*?) && make site", README,
                        flags=re.M).group(1)
    assert command in README.replace("\n  ", " ")  # "When something goes wrong" gives the same command
    copy = copy_tracked_files(tmp_path / "project")
    _git(copy, "init", "-q")
    _git(copy, "add", "-A")
    _git(copy, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "seed")
    # What a user has after adding an article and two exports, accepting them and building.
    (copy / "exports").mkdir()
    (copy / "exports" / "acled-mine.csv").write_text("event_id_cnty\n", encoding="utf-8")
    (copy / "data" / "raw" / "added.txt").write_text("An added article.\n", encoding="utf-8")
    with (copy / "data" / "raw" / "manifest.csv").open("a", encoding="utf-8") as manifest:
        manifest.write("added.txt,Outlet,,2020-02-04,en,All rights reserved\n")
    (copy / "data" / "review" / "exports.csv").write_text("file,sha256,decision,reviewer,reviewed_on,note\n",
                                                          encoding="utf-8")
    # (and the `updated:` date the README says to set before publishing: a trial's reset left story.yml changed)
    story = copy / "story.yml"
    story.write_text(story.read_text(encoding="utf-8") + "# updated before publishing\n", encoding="utf-8")
    assert _git(copy, "status", "--short").split() == ["M", "data/raw/manifest.csv", "M", "story.yml",
                                                        "??", "data/raw/added.txt",
                                                        "??", "data/review/exports.csv"]  # exports/ is ignored
    for part in command.split(" && "):
        subprocess.run(shlex.split(part), cwd=copy, check=True, capture_output=True)
    assert _git(copy, "status", "--short") == ""
    assert (copy / "exports" / "acled-mine.csv").is_file()  # the user's own files stay
