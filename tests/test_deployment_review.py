"""Editorial review of deployments: nothing the machine read about a deployment is published unchecked; decisions
survive re-extraction, go stale when the reading changes, and bad rows stop with the file and line named."""

import csv

import pandas as pd
import pytest

from explainer import charts, deployment_review, review, story
from explainer.exceptions import ReviewError
from explainer.pipeline import run_extract
from explainer.review import run_review, summary_line
from explainer.tables import read_table

from .conftest import SEED

WIRE = ("Turkish troops reinforce Idlib\n\nAnkara, 6 February 2020\n\nA Turkish military convoy of 40 armoured "
        "vehicles entered Idlib on Wednesday, the Turkish Defence Ministry said.\n\nTurkey has 12 observation posts "
        "in the region, officials said.\n")


def _extract(tmp_path, ledger, text=WIRE):
    article = tmp_path / "wire.txt"
    article.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    run_extract([str(article)], out, ledger_path=tmp_path / "claims-ledger.csv", deployment_ledger_path=ledger)
    return read_table("deployments", out), read_table("articles", out), out


def _decide(tmp_path, ledger, decisions: dict, reviewer="Test editor"):
    """Fill the deployments queue as an editor would ({deployment_id suffix: (decision, {field: value})}), merge."""
    deployments, articles, out = _extract(tmp_path, ledger)
    queue = deployment_review.queue_frame(deployments, articles)
    for suffix, (decision, fields) in decisions.items():
        row = queue["deployment_id"].str.endswith(suffix)
        assert row.sum() == 1, suffix
        queue.loc[row, ["decision", "reviewer"]] = decision, reviewer
        for name, value in fields.items():
            queue.loc[row, name] = value
    path = deployment_review.write_queue(queue, tmp_path / "queue.csv")
    deployment_review.merge_queue(path, deployments, articles, ledger)
    return _extract(tmp_path, ledger)[0]


def test_no_deployment_is_told_until_an_editor_checks_it(tmp_path):
    deployments, articles, out = _extract(tmp_path, tmp_path / "none.csv")
    assert len(deployments) == 2 and (deployments["review_status"] == "awaiting").all()
    assert deployment_review.published(deployments).empty
    told = story.deployment_sentence(deployments, read_table("claims", out)).data
    table = story.deployments_table(deployments, articles).data
    assert "2 deployments the articles report await an editor" in told and "Deployments</a> page" in told
    assert "No deployment the articles report has been checked by an editor yet" in table
    for html in (told, table):
        assert "40" not in html and "12 observation" not in html  # no unchecked count reaches a reader
    waiting = deployment_review.not_yet_checked_html(deployments, articles).data
    assert "Not yet checked: 2 deployment(s)" in waiting
    assert "<q>Turkey has 12 observation posts in the region</q> <small>in wire</small>" in waiting


def test_accepted_and_corrected_deployments_are_told_with_the_editors_values(tmp_path):
    ledger = tmp_path / "deployments.csv"
    deployments = _decide(tmp_path, ledger, {"d001": ("accepted", {}),
                                             "d002": ("corrected", {"count": "13", "place": "Saraqeb"})})
    posts = deployments.set_index("kind").loc["observation_posts"]
    assert posts["review_status"] == "corrected" and posts["count"] == 13 and posts["machine_count"] == 12
    told = story.deployment_sentence(deployments, read_table("claims", tmp_path / "out")).data
    assert "13 observation posts in Saraqeb (corrected by an editor)" in told.replace("<small>", "").replace(
        "</small>", "") and "convoy of 40" in told
    # the editor's place is no reading of ours from the rest of the article (trial 33)
    assert "read from the rest of the article" not in told
    assert "await" not in told


def test_a_rejected_deployment_is_not_told_and_its_decision_survives_reextraction(tmp_path):
    ledger = tmp_path / "deployments.csv"
    deployments = _decide(tmp_path, ledger, {"d002": ("rejected", {})})
    assert deployments.set_index("kind").loc["observation_posts", "review_status"] == "rejected"
    again, _, _ = _extract(tmp_path, ledger)  # the same decision, read again from the ledger
    assert list(again["review_status"]) == list(deployments["review_status"])
    told = story.deployment_sentence(again, read_table("claims", tmp_path / "out")).data
    assert "observation posts" not in told and "1 deployment the articles report awaits" in told


def test_a_decision_no_longer_holds_when_the_machine_reads_the_deployment_otherwise(tmp_path):
    ledger = tmp_path / "deployments.csv"
    _decide(tmp_path, ledger, {"d002": ("accepted", {})})
    rows = list(csv.DictReader(ledger.open(encoding="utf-8")))
    rows[0]["checked_as"] = rows[0]["checked_as"].replace('"count": "12"', '"count": "11"')  # what the editor saw
    with ledger.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    deployments, articles, _ = _extract(tmp_path, ledger)
    posts = deployments.set_index("kind").loc["observation_posts"]
    assert posts["review_status"] == "awaiting" and "count '11' -> '12'" in posts["review_flags"]
    _, stale = deployment_review.apply_decisions(deployment_review.machine_deployments(deployments), articles,
                                                 deployment_review.read_ledger(ledger))
    assert any("review it again" in line for line in stale)


@pytest.mark.parametrize("field, value, words", [
    ("count", "twelve", "count 'twelve' is not a whole number"),
    ("kind", "parade", "kind 'parade' is not one of"),
    ("side", "civilians", "side 'civilians' is not one of"),
    ("date", "2 Feb", "date '2 Feb' is not a date"),
    ("decision", "approved", "decision 'approved' is not one of accepted, corrected, rejected, added"),
])
def test_a_malformed_decision_stops_with_the_file_and_line_and_writes_nothing(tmp_path, field, value, words):
    ledger = tmp_path / "deployments.csv"
    deployments, articles, _ = _extract(tmp_path, ledger)
    queue = deployment_review.queue_frame(deployments, articles)
    queue[["decision", "reviewer"]] = "corrected", "Test editor"
    queue.loc[0, field] = value
    path = deployment_review.write_queue(queue, tmp_path / "queue.csv")
    with pytest.raises(ReviewError) as caught:
        deployment_review.merge_queue(path, deployments, articles, ledger)
    assert words in str(caught.value) and "queue.csv:2:" in str(caught.value)
    assert not ledger.exists()


# A deployment the rules do not read (a battery of howitzers): an editor adds it.
MISSED = "Ankara also moved a battery of howitzers to Taftanaz airbase on Thursday, a Turkish official said."


def _add(tmp_path, ledger, fields: dict):
    """Extract WIRE with one more paragraph the machine reads nothing from, and merge a queue row adding it."""
    deployments, articles, out = _extract(tmp_path, ledger, WIRE + "\n" + MISSED + "\n")
    queue = deployment_review.queue_frame(deployments, articles)
    row = {name: "" for name in queue.columns}
    row.update({"decision": "added", "reviewer": "Test editor", "article_id": "wire", "quote": MISSED,
                "what": "battery of howitzers", "kind": "reinforcements", "side": "turkey",
                "claimant": "Turkish official", "place": "Taftanaz", "date": "2020-02-06", "actor": "Turkey"},
               **fields)
    queue = pd.concat([queue, pd.DataFrame([row])], ignore_index=True)
    path = deployment_review.write_queue(queue, tmp_path / "queue.csv")
    paragraphs = read_table("paragraphs", out)
    return deployment_review.merge_queue(path, deployments, articles, ledger, blocks=review.blocks_of(paragraphs))


def test_an_editor_adds_a_deployment_the_machine_missed(tmp_path):
    ledger = tmp_path / "deployments.csv"
    assert _add(tmp_path, ledger, {})[1] == 1
    deployments, articles, out = _extract(tmp_path, ledger, WIRE + "\n" + MISSED + "\n")
    added = deployments[deployments["review_status"] == "added"]
    assert len(added) == 1 and len(deployments) == 3
    row = added.iloc[0]
    assert row["what"] == "battery of howitzers" and row["place"] == "Taftanaz" and row["side"] == "turkey"
    # quoted by its clause, as the machine's deployments are (most articles' licences allow no whole sentence)
    assert row["quote"] == "Ankara also moved a battery of howitzers to Taftanaz airbase on Thursday"
    assert int(row["quote_end"]) - int(row["quote_start"]) == len(row["quote"])
    assert row["deployment_id"].startswith(f"wire-added-{row['quote_start']}-")
    # told as the editor added it, whose forces said, and listed on the Method page with the corrections
    table = story.deployments_table(deployments, articles).data
    assert "battery of howitzers (added by an editor)" in table
    told = story.deployment_sentence(deployments, read_table("claims", out)).data
    assert "battery of howitzers (Turkey) in Taftanaz" in told and "official said" not in told
    note = charts.map_points(read_table("places", out), pd.DataFrame(columns=["number", "name", "kind", "lat", "lon",
                                                                                "established", "coord_basis"]),
                             read_table("claims", out), deployments)
    assert any("battery of howitzers (on 6 February 2020) (added by an editor)" in n for n in note["note"])
    listed = story.corrections_list(read_table("claims", out), articles, deployments).data
    assert "One deployment corrected or added by an editor" in listed and "battery of howitzers" in listed
    # the machine's own reading leaves it out: nothing to compare with later
    assert "added" not in set(deployment_review.machine_deployments(deployments)["deployment_id"].str[5:10])
    # the decision survives a rebuild; once the article changes, it is reported and nothing is told
    again, again_articles, _ = _extract(tmp_path, ledger, WIRE + "\n" + MISSED + "\n")
    assert (again["review_status"] == "added").sum() == 1
    gone, articles, _ = _extract(tmp_path, ledger, WIRE)
    assert "added" not in set(gone["review_status"])
    _, stale = deployment_review.apply_decisions(gone, articles, deployment_review.read_ledger(ledger), {})
    assert any("article wire has changed since the decision" in line for line in stale)
    # the same bytes, but the sentence no longer found where the cleaned text is looked in: reported too
    _, stale = deployment_review.apply_decisions(deployment_review.machine_deployments(again), again_articles,
                                                 deployment_review.read_ledger(ledger), {"wire": []})
    assert any("added sentence 'Ankara also moved" in line for line in stale)


@pytest.mark.parametrize("fields, words", [
    ({"kind": ""}, "an added deployment needs kind"),
    ({"claimant": "", "side": ""}, "an added deployment needs side, claimant"),
    ({"what": "battery of rockets"}, "what 'battery of rockets' is not in the quote"),
    ({"quote": "Ankara moved howitzers."}, "is not in article wire"),
    ({"article_id": "other"}, "article_id 'other' is not one of the articles built"),
])
def test_an_added_deployment_must_be_complete_and_in_its_article(tmp_path, fields, words):
    ledger = tmp_path / "deployments.csv"
    with pytest.raises(ReviewError) as caught:
        _add(tmp_path, ledger, fields)
    assert words in str(caught.value) and "queue.csv:4:" in str(caught.value)
    assert not ledger.exists()


def test_an_added_deployments_place_that_its_words_do_not_name_is_the_editors(tmp_path):
    """Trial 35: the build stopped ("boolean value of NA is ambiguous") on an added deployment whose place the editor
    spelt otherwise than its sentence ("Idlib" for "Idleb"): it has no machine's place to compare with."""
    ledger = tmp_path / "deployments.csv"
    _add(tmp_path, ledger, {"place": "Idlib"})
    deployments, _, out = _extract(tmp_path, ledger, WIRE + "\n" + MISSED + "\n")
    told = story.deployment_sentence(deployments, read_table("claims", out)).data
    assert "battery of howitzers (Turkey) in Idlib" in told and "read from the rest of the article" not in told


def test_accepted_with_a_changed_field_asks_for_corrected(tmp_path):
    ledger = tmp_path / "deployments.csv"
    deployments, articles, _ = _extract(tmp_path, ledger)
    queue = deployment_review.queue_frame(deployments, articles)
    queue[["decision", "reviewer"]] = "accepted", "Test editor"
    queue.loc[0, "place"] = "Saraqeb"
    path = deployment_review.write_queue(queue, tmp_path / "queue.csv")
    with pytest.raises(ReviewError, match="write corrected"):
        deployment_review.merge_queue(path, deployments, articles, ledger)


def test_make_review_lists_deployments_writes_their_queue_and_merges_it(tmp_path):
    ledger = tmp_path / "deployments.csv"
    _, _, out = _extract(tmp_path, ledger)
    queue = tmp_path / "deployments_queue.csv"
    lines = run_review(out, tmp_path / "claims-ledger.csv", tmp_path / "queue.csv", deployment_ledger_path=ledger,
                       deployment_queue_path=queue)
    assert any("2 deployment(s) awaiting review written to" in line for line in lines)
    assert any(line.startswith("wire-d002: 12 observation posts") for line in lines)
    filled = pd.read_csv(queue, dtype=str, keep_default_na=False).assign(decision="accepted", reviewer="Editor")
    filled.to_csv(queue, index=False)
    lines = run_review(out, tmp_path / "claims-ledger.csv", tmp_path / "queue.csv", merge=queue,
                       deployment_ledger_path=ledger, deployment_queue_path=queue)
    assert lines[0].startswith("merged 2 decision(s) on deployments")
    assert lines[-1].endswith("deployments: 2 accepted, 0 corrected, 0 rejected, 0 added, 0 awaiting")


def test_the_end_of_a_build_counts_deployments_awaiting_review(tmp_path):
    _, _, out = _extract(tmp_path, tmp_path / "none.csv")
    claims = read_table("claims", out).assign(review_status="accepted")
    claims.to_csv(out / "claims.csv", index=False)
    waiting, line = summary_line(out)
    assert waiting == 2 and "2 deployment(s) await review and are not published" in line


def test_the_seed_deployments_are_checked_by_the_committed_decisions(tmp_path):
    run_extract([str(SEED)], tmp_path / "out")
    deployments = read_table("deployments", tmp_path / "out")
    assert len(deployments) == 3 and (deployments["review_status"] == "accepted").all()


def test_an_added_deployment_in_a_place_with_no_point_is_said_under_the_map_and_warned_of(tmp_path):
    """Trial 36: three added deployments ("north-west Syria", "Idleb") were on no map point and the page said nothing;
    the merge gave no warning for a place the places table does not know (claims get one); the timeline's table
    read "its recent military operation" with no word of whose."""
    ledger = tmp_path / "deployments.csv"
    deployments, articles, out = _extract(tmp_path, ledger, WIRE + "\n" + MISSED + "\n")
    queue = deployment_review.queue_frame(deployments, articles)
    row = {name: "" for name in queue.columns}
    row.update({"decision": "added", "reviewer": "Test editor", "article_id": "wire", "quote": MISSED,
                "what": "battery of howitzers", "kind": "reinforcements", "side": "turkey", "actor": "Turkey",
                "claimant": "Turkish official", "place": "north-west Syria", "date": "2020-02-06"})
    queue = pd.concat([queue, pd.DataFrame([row])], ignore_index=True)
    path = deployment_review.write_queue(queue, tmp_path / "deployments_queue.csv")
    lines = run_review(out, tmp_path / "claims-ledger.csv", tmp_path / "queue.csv", merge=path,
                       deployment_ledger_path=ledger, deployment_queue_path=path)
    assert any(line.startswith("warning: ") and "deployments_queue.csv:4: place 'north-west Syria' is not in" in line
               and "the map draws no point for it" in line for line in lines)
    deployments, _, out = _extract(tmp_path, ledger, WIRE + "\n" + MISSED + "\n")
    points = charts.map_points(read_table("places", out), pd.DataFrame(columns=["number", "name", "kind", "lat",
                                                                                 "lon", "established", "coord_basis"]),
                               read_table("claims", out), deployments)
    said = story.off_map(deployment_review.published(deployments), points).data
    assert "Not drawn as a point" in said and "battery of howitzers (north-west Syria)" in said
    timeline = charts.timeline_events(pd.DataFrame(columns=["name", "established", "lat", "lon", "kind",
                                                            "coord_basis", "governorate"]),
                                      read_table("claims", out), deployment_review.published(deployments))
    assert "battery of howitzers (Turkey)" in set(timeline["label"])


def test_an_added_deployment_with_a_side_and_no_actor_says_whose_by_its_side(tmp_path):
    """Trial 37: three added deployments given a side and no actor read "Whose: not stated"."""
    ledger = tmp_path / "deployments.csv"
    _add(tmp_path, ledger, {"actor": ""})
    deployments, articles, out = _extract(tmp_path, ledger, WIRE + "\n" + MISSED + "\n")
    table = story.deployments_table(deployments, articles).data
    assert ('<td role="cell" data-label="What">battery of howitzers (added by an editor)</td>'
            '<td role="cell" data-label="Count" class="empty"></td>'
            '<td role="cell" data-label="Whose">Turkish forces</td>') in table
    told = story.deployment_sentence(deployments, read_table("claims", out)).data
    assert "battery of howitzers (Turkish forces) in Taftanaz" in told


def test_an_editors_place_spelt_as_an_alias_is_shown_by_the_places_tables_name(tmp_path):
    """An editor's "Idleb" is the places table's Idlib: shown and mapped as the machine's places are, never in a second
    spelling; a place the table does not know stays as written."""
    for written, shown in (("Idleb", "Idlib"), ("Saraqib", "Saraqeb"), ("north-west Syria", "north-west Syria")):
        ledger = tmp_path / written / "deployments.csv"
        ledger.parent.mkdir()
        _add(tmp_path / written, ledger, {"place": written})
        deployments, _, _ = _extract(tmp_path / written, ledger, WIRE + "\n" + MISSED + "\n")
        added = deployments[deployments["review_status"] == "added"]
        assert list(added["place"]) == [shown]
