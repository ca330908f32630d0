import pytest

from explainer.datasets import import_acled, import_ucdp
from explainer.exceptions import DatasetImportError
from explainer.pipeline import run_extract
from explainer.tables import read_table

from .conftest import FIXTURES, SEED, accept_every_claim

ACLED = FIXTURES / "datasets" / "acled-syria-feb2020.csv"
UCDP = FIXTURES / "datasets" / "ucdp-ged-syria-feb2020.csv"


def test_acled_fatalities_become_claims_by_acled():
    claims, article = import_acled(ACLED)
    assert list(claims["number_low"]) == [8, 13, 5] and list(claims["number_high"]) == [8, 13, 5]
    assert set(claims["claimant"]) == {"ACLED"} and set(claims["victim_side"]) == {"unspecified"}
    assert list(claims["event_date"]) == ["2020-02-03", "2020-02-03", "2020-02-10"]
    assert article["outlet"] == "ACLED"


def test_ucdp_range_and_deaths_by_side():
    claims, _ = import_ucdp(UCDP)
    total = claims[claims["claim_id"] == "ucdp-900001-total"].iloc[0]
    assert (total["number_low"], total["number_high"], total["qualifier"]) == (21, 41, "range")
    assert "best estimate 21" in total["notes"]
    sides = dict(zip(claims["claim_id"], claims["victim_side"]))
    assert sides["ucdp-900001-deaths_a"] == "syria_government" and sides["ucdp-900001-deaths_b"] == "turkey"


def test_datasets_join_the_media_claims_in_one_event(tmp_path):
    ledger = tmp_path / "ledger.csv"
    run_extract([str(SEED)], tmp_path, acled=[ACLED], ucdp=[UCDP], ledger_path=ledger)
    accept_every_claim(tmp_path, ledger)  # events are made of claims an editor has checked
    run_extract([str(SEED)], tmp_path, acled=[ACLED], ucdp=[UCDP], ledger_path=ledger)
    events = read_table("events", tmp_path)
    row = events[events["event_id"] == "2020-02-03-idlib-syria_government"].iloc[0]
    assert "UCDP GED" in row["claimants"] and "Recep Tayyip Erdogan" in row["claimants"]
    # a town the datasets spell their own ways ("Saraqab", "Saraqib") is named as the places table spells it
    claims = read_table("claims", tmp_path)
    assert set(claims.loc[claims["claimant"].isin(["ACLED", "UCDP GED"]), "place"]) == {"Saraqeb", "Taftanaz"}


@pytest.mark.parametrize("content, message", [
    ("event_id_cnty,event_date\nX,2020-02-03\n", "missing column"),
    ("event_id_cnty,event_date,event_type,sub_event_type,actor1,actor2,admin1,location,latitude,longitude,source,"
     "notes,fatalities\nX,32 February 2020,a,b,c,d,Idlib,Saraqab,1,1,s,n,3\n", "event_date '32 February 2020'"),
    ("event_id_cnty,event_date,event_type,sub_event_type,actor1,actor2,admin1,location,latitude,longitude,source,"
     "notes,fatalities\nX,03 February 2020,a,b,c,d,Idlib,Saraqab,1,1,s,n,many\n", "fatalities 'many'"),
])
def test_malformed_acled_names_file_line_and_value(tmp_path, content, message):
    path = tmp_path / "acled.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DatasetImportError, match=message) as caught:
        import_acled(path)
    assert "acled.csv" in str(caught.value)
