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


def test_a_part_is_never_a_copy_of_a_toll_nor_a_toll_of_a_part():
    # A source's toll of 6 civilians and, in another article's copy of its words, "including six children" (a part of
    # a larger toll): the same number, claimant, day and place, yet not the same claim.
    from explainer.events import assign_events
    from explainer.reference import load_reference
    import pandas as pd

    def claim(claim_id, article, subset):
        return {"claim_id": claim_id, "article_id": article, "event_date": "2020-02-25", "place": "Idlib",
                "victim_side": "civilians", "claimant": "Syrian Observatory for Human Rights", "outcome": "killed",
                "qualifier": "exact", "number_low": 6.0, "number_high": 6.0, "subset": subset}
    articles = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["One", "Two"],
                             "published": ["2020-02-25", "2020-02-26"]})
    for first, second in ((True, False), (False, True)):
        claims = pd.DataFrame([claim("a-c001", "a", first), claim("b-c001", "b", second)])
        result = assign_events(claims, articles, load_reference().places)
        assert (result["duplicate_of"] == "").all(), (first, second)
    # nor is the same figure from the same source for another town of the governorate
    claims = pd.DataFrame([claim("a-c001", "a", False), {**claim("b-c001", "b", False), "place": "Saraqeb"}])
    assert (assign_events(claims, articles, load_reference().places)["duplicate_of"] == "").all()
    # the same toll in both (wire copy) is still counted once
    claims = pd.DataFrame([claim("a-c001", "a", False), claim("b-c001", "b", False)])
    result = assign_events(claims, articles, load_reference().places)
    assert list(result["duplicate_of"]) == ["", "a-c001"]


def test_a_place_near_which_events_happened_is_grouped_as_the_place():
    # "killed near Saraqeb" keeps its word of nearness (explainer.text); its governorate and its key are the town's
    from explainer.events import place_key, governorates
    from explainer.reference import load_reference
    import pandas as pd

    places = load_reference().places
    written = pd.Series(["near Saraqeb", "in and near Saraqeb", "near Kafr Tuma", "Kafr Tuma", "nearby"])
    assert governorates(written, places, None).tolist() == ["Idlib", "Idlib", "Kafr Tuma", "Kafr Tuma", "nearby"]
    assert place_key("near Saraqeb") == place_key("Saraqeb") == "saraqeb"
    # "Saraqeb city", "Idlib province": the word of the place's sense is no part of its key
    assert governorates(pd.Series(["Saraqeb city", "Idlib province"]), places, None).tolist() == ["Idlib", "Idlib"]
    assert place_key("near Saraqeb city") == "saraqeb"
    # "eastern Aleppo": the part a compass point names, in lower case (a name's own "East" stays: "East Ghouta")
    assert governorates(pd.Series(["eastern Aleppo", "near southern Saraqeb"]), places, None).tolist() == ["Aleppo", "Idlib"]
    assert place_key("East Ghouta") == "east ghouta"
