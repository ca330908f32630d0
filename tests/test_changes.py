"""A changed figure reads as an editor would say it, in the test's message and in `make diff`."""

from explainer.changes import claim_changes, claims_message, row_changes
from explainer.paths import MANIFEST, PROCESSED_DIR, SEED_ARTICLE
from explainer.pipeline import run_extract
from explainer.tables import read_table


def _extract_edited(tmp_path, old: bytes, new: bytes):
    article = tmp_path / SEED_ARTICLE.name
    text = SEED_ARTICLE.read_bytes()
    assert old in text
    article.write_bytes(text.replace(old, new))
    run_extract([article], tmp_path / "out", manifest_path=MANIFEST)
    return read_table("claims", tmp_path / "out")


def test_changed_bound_in_a_copy_of_the_seed_gives_one_editor_sentence(tmp_path):
    edited = _extract_edited(tmp_path, b"At least four", b"At least five")
    committed = read_table("claims", PROCESSED_DIR)
    committed = committed[committed["article_id"] == "france24-idlib-2020-02-03"]  # other articles may be committed
    message = claims_message(claim_changes(committed, edited))
    assert message == ("claims for france24-idlib-2020-02-03 differ from the committed tables: "
                       "Turkish forces killed, at least 4 -> at least 5")


def test_a_removed_claim_and_the_same_tables(tmp_path):
    committed = read_table("claims", PROCESSED_DIR)
    committed = committed[committed["article_id"] == "france24-idlib-2020-02-03"]
    assert claim_changes(committed, committed) == {}
    fewer = committed.drop(index=committed.index[0])
    changes = claim_changes(committed, fewer)
    assert list(changes) == [committed.iloc[0]["article_id"]]
    assert changes[committed.iloc[0]["article_id"]][0].startswith("gone: Turkish forces killed, at least 4 (")
    assert claim_changes(fewer, committed)[committed.iloc[0]["article_id"]][0].startswith("new: ")
    added = claim_changes(committed.iloc[:0], committed)["france24-idlib-2020-02-03"]
    assert added[0] == f"an article added, with {len(committed)} claim(s)"
    assert added[1].startswith("new: Turkish forces killed, at least 4 (") and len(added) == len(committed) + 1


def test_an_added_article_lists_its_claims_in_words_as_reviewed():
    """make diff for an added article says what it adds, claim by claim, counting what is published: a claim
    rejected in review is counted apart and not listed; one awaiting review says so."""
    committed = read_table("claims", PROCESSED_DIR)
    committed = committed[committed["article_id"] == "france24-idlib-2020-02-03"].copy()
    committed["review_status"] = ["rejected", "rejected"] + ["awaiting"] * (len(committed) - 2)
    added = claim_changes(committed.iloc[:0], committed)["france24-idlib-2020-02-03"]
    kept = len(committed) - 2
    assert added[0] == (f"an article added, with {kept} claim(s) (2 rejected in review, not counted; {kept} "
                        "awaiting review, not published yet)")
    assert len(added) == kept + 1 and not any("[awaiting review]" in item for item in added)  # all are: said once
    committed["review_status"] = ["rejected", "accepted"] + ["awaiting"] * (len(committed) - 2)
    added = claim_changes(committed.iloc[:0], committed)["france24-idlib-2020-02-03"]
    assert sum(item.endswith("[awaiting review]") for item in added) == len(committed) - 2
    assert not any("at least 4" in item for item in added)  # the first claim was rejected
    assert "Syrian government forces killed, 30 to 35 (Recep Tayyip Erdogan)" in " ".join(added)


def test_other_tables_count_rows_added_removed_changed():
    events = read_table("events", PROCESSED_DIR)
    assert row_changes("events", events, events) is None
    changed = events.copy()
    changed.loc[changed.index[0], "label"] = "something else"
    assert row_changes("events", events, changed).startswith("events.csv: 1 changed (e.g. ")


def test_make_diff_reads_the_change_against_the_last_commit(tmp_path):
    """`make diff` in a copy under git: the committed table, a figure edited, the one sentence."""
    import subprocess

    from .support import copy_tracked_files, run_in_copy

    root = copy_tracked_files(tmp_path / "repo")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    subprocess.run(["git", "add", "-A"], cwd=root, check=True)
    subprocess.run([*git, "commit", "-qm", "seed"], cwd=root, check=True)
    same = run_in_copy(root, "diff")
    assert same.returncode == 0 and same.stdout.strip() == "tables: the same as at HEAD", same.stdout + same.stderr
    claims = root / "data" / "processed" / "claims.csv"
    lines = claims.read_text(encoding="utf-8").splitlines(keepends=True)
    lines = [line.replace(",At least four,4,,at_least,", ",At least four,5,,at_least,")
             if line.startswith("france24-idlib-2020-02-03,france24-idlib-2020-02-03-c001,") else line
             for line in lines]
    claims.write_text("".join(lines), encoding="utf-8")
    changed = run_in_copy(root, "diff")
    assert changed.stdout.splitlines()[0] == ("claims for france24-idlib-2020-02-03 differ from those committed at "
                                              "HEAD: Turkish forces killed, at least 4 -> at least 5")


def test_a_figure_whose_side_is_not_stated_reads_as_words():
    """`make diff` printed "Side not stated killed, at least 18", the side's label read as if it were a name."""
    committed = read_table("claims", PROCESSED_DIR)
    committed = committed[committed["article_id"] == "france24-idlib-2020-02-03"].iloc[:1].copy()
    unstated = committed.assign(victim_side="unspecified", number_low=18, qualifier="at_least")
    added = claim_changes(committed.iloc[:0], unstated)["france24-idlib-2020-02-03"]
    assert added[1].startswith("new: killed (side not stated), at least 18 (")
    assert "Side not stated" not in " ".join(added)


def test_an_added_export_is_named_as_an_imported_dataset_not_an_article():
    """make diff after `make add` of an ACLED or UCDP export: an editor reads that a dataset came in, not an article."""
    committed = read_table("claims", PROCESSED_DIR)
    committed = committed[committed["article_id"] == "france24-idlib-2020-02-03"]
    exports = frozenset({"france24-idlib-2020-02-03"})  # (any id the articles table marks as an imported dataset)
    added = claim_changes(committed.iloc[:0], committed, exports)["france24-idlib-2020-02-03"]
    assert added[0] == f"an imported dataset added, with {len(committed)} claim(s)"
    dropped = claim_changes(committed, committed.iloc[:0], exports)["france24-idlib-2020-02-03"]
    assert dropped == [f"an imported dataset no longer read, with {len(committed)} claim(s)"]
    assert claim_changes(committed.iloc[:0], committed)["france24-idlib-2020-02-03"][0].startswith("an article added")
