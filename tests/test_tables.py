import json

import pandas as pd
import pytest

from explainer.exceptions import ValidationError
from explainer.pipeline import run_extract
from explainer.tables import SCHEMAS, read_table, to_frame, validate, write_tables

from .conftest import SEED


def test_every_field_is_typed_and_described(tmp_path):
    run_extract([str(SEED)], tmp_path)
    package = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    assert {r["name"] for r in package["resources"]} == set(SCHEMAS)
    for resource in package["resources"]:
        assert (tmp_path / resource["path"]).exists()
        header = (tmp_path / resource["path"]).read_text(encoding="utf-8").splitlines()[0].split(",")
        assert header == [f["name"] for f in resource["schema"]["fields"]]
        for field in resource["schema"]["fields"]:
            assert field["type"] in ("string", "integer", "number", "date", "boolean") and field["description"]


def test_claims_table_has_the_required_columns(tmp_path):
    run_extract([str(SEED)], tmp_path)
    claims = read_table("claims", tmp_path)
    required = ["article_id", "claim_id", "quote", "quote_start", "quote_end", "number_low", "number_high",
                "qualifier", "outcome", "victim_side", "claimant", "claimant_as_written", "event_date", "place",
                "paragraph"]
    assert set(required) <= set(claims.columns)
    assert len(claims) == 6


def test_two_runs_write_identical_bytes(tmp_path):
    run_extract([str(SEED)], tmp_path / "a")
    run_extract([str(SEED)], tmp_path / "b")
    for path in sorted((tmp_path / "a").iterdir()):
        assert path.read_bytes() == (tmp_path / "b" / path.name).read_bytes(), path.name


def test_invalid_value_is_named_and_nothing_is_written(tmp_path):
    frame = to_frame("claims", [])
    bad = pd.concat([frame, to_frame("claims", [{
        "article_id": "a", "claim_id": "a-c001", "quote": "q", "quote_start": 0, "quote_end": 1,
        "quantity_text": "four", "number_low": 4, "number_high": 4, "qualifier": "exact", "outcome": "exploded",
        "victim_side": "turkey", "victim_text": "x", "claimant": "X", "claimant_as_written": "X"}])])
    with pytest.raises(ValidationError, match="outcome.*exploded"):
        validate("claims", bad)
    with pytest.raises(ValidationError):
        write_tables({"claims": bad}, tmp_path / "out", [])
    assert not (tmp_path / "out").exists()


def test_empty_tables_are_valid(tmp_path):
    write_tables({name: to_frame(name, []) for name in SCHEMAS}, tmp_path, [])
    assert read_table("claims", tmp_path).empty
