import shutil

from explainer.pipeline import run_extract
from explainer.tables import read_table

from .conftest import SEED


def test_syndicated_copies_count_once_with_their_outlets(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copyfile(SEED, raw / "a.txt")
    shutil.copyfile(SEED, raw / "b.txt")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("file,outlet,url,published,language,licence\n"
                        "a.txt,France 24,https://example.org/a,2020-02-03,en,\n"
                        "b.txt,Other Outlet,https://example.org/b,2020-02-04,en,\n", encoding="utf-8")
    run_extract([str(raw / "*.txt")], tmp_path / "out", manifest_path=manifest)
    claims = read_table("claims", tmp_path / "out")
    originals = claims[claims["duplicate_of"].isna()]
    copies = claims[claims["duplicate_of"].notna()]
    assert len(claims) == 12 and len(copies) == 5  # the vague claim is never merged
    assert set(copies["article_id"]) == {"b"}
    erdogan = originals[originals["claimant"] == "Recep Tayyip Erdogan"].iloc[0]
    assert erdogan["carried_by"] == "FRANCE 24; Other Outlet"  # the actors table's spelling
    assert erdogan["source_url"].startswith("https://example.org/a#:~:text=")


def test_claims_about_one_incident_share_an_event(tmp_path):
    run_extract([str(SEED)], tmp_path)
    claims = read_table("claims", tmp_path)
    counter = claims[claims["victim_side"] == "syria_government"]
    assert counter["event_id"].nunique() == 1  # Saraqeb and Idlib are one governorate, one day
    events = read_table("events", tmp_path)
    assert len(events) == 3
