"""Sides' labels and colours are data (data/reference/sides.csv): checked on load, and what every chart shows."""

import json
import shutil
import subprocess
import sys

import pytest

from explainer import charts
from explainer.exceptions import ReferenceDataError
from explainer.paths import PROJECT_ROOT, REFERENCE_DIR
from explainer.sides import REQUIRED, SIDE_COLUMNS, SIDE_LABELS, read_sides

HEADER = ",".join(SIDE_COLUMNS)
SHIPPED = (REFERENCE_DIR / "sides.csv").read_text(encoding="utf-8")


def test_every_side_has_one_label_and_one_colour_in_the_legend():
    sides = read_sides(REFERENCE_DIR / "sides.csv")
    assert set(REQUIRED) <= set(sides.ids)
    scale = charts.side_colour().to_dict()
    assert scale["domain"] == [sides.labels[s] for s in sides.ids]  # the file's order is the legend's
    assert scale["range"] == [sides.colours[s] for s in sides.ids]
    assert len(set(scale["range"])) == len(set(scale["domain"])) == len(sides.ids)


@pytest.mark.parametrize("edit, line, words", [
    (lambda text: text.replace("\nrussia,", "\n#russia,"), 6, "is not an id"),
    (lambda text: "\n".join(row for row in text.splitlines() if not row.startswith("russia,")) + "\n", None,
     "no row for the side(s) russia"),
    (lambda text: text.replace("#E69F00", "orange"), 6, "colour 'orange' of 'russia' is not a colour"),
    (lambda text: text.replace("#E69F00", "#d55e00"), 6, "colour '#d55e00' is given a second time (first on line 2)"),
    (lambda text: text.replace("russia,Russian forces,", "russia,turkish FORCES,"), 6,
     "label 'turkish FORCES' is given a second time (first on line 2)"),
    (lambda text: text + "turkey,Turkey's army,Turkey's army,#56B4E9,again\n", 8, "side 'turkey' is given a second time"),
    (lambda text: text + "iran,Iranian forces,Iranian forces,#56B4E9,\n", 8, "has no label, no in_a_sentence or no note"),
    (lambda text: text.replace(HEADER, "side,label,colour,note"), 1, "missing column(s) in_a_sentence"),
])
def test_a_bad_row_is_refused_with_its_file_line_and_fix(tmp_path, edit, line, words):
    path = tmp_path / "sides.csv"
    path.write_text(edit(SHIPPED), encoding="utf-8")
    with pytest.raises(ReferenceDataError) as caught:
        read_sides(path)
    message = str(caught.value)
    assert message.startswith(f"{path}:{line}: " if line else f"{path}: "), message
    assert words in message and "; " in message  # what is wrong; what to do
    assert "\n" not in message


def test_a_missing_file_says_how_to_restore_it(tmp_path):
    with pytest.raises(ReferenceDataError, match="sides file not found; restore it from git"):
        read_sides(tmp_path / "sides.csv")


ADDED = """
import json, sys
import pandas as pd
from explainer import charts
from explainer.cli import main

code = main(["extract", sys.argv[1], "--out", sys.argv[2]])
claims = pd.read_csv(sys.argv[2] + "/claims.csv")
articles = pd.read_csv(sys.argv[2] + "/articles.csv")
chart = charts.claims_chart(claims, articles, incident=charts.main_incident(claims)).to_dict()


def colours(node):  # every side colour encoding in the chart's specification, however deep its panels
    if isinstance(node, dict):
        # (labels take their text colour from the data as it is: charts.side_text_colour)
        if isinstance(node.get("color"), dict) and "scale" in node["color"] and node["color"].get("field") == "side":
            yield node["color"]
        for value in node.values():
            yield from colours(value)
    elif isinstance(node, list):
        for value in node:
            yield from colours(value)


found = list(colours(chart))
print(json.dumps({"code": code, "sides": sorted(set(claims["victim_side"])), "scale": charts.side_colour().to_dict(),
                  "encodings": found}))
"""


def test_a_side_added_as_a_row_reaches_extraction_tables_and_the_legend(tmp_path):
    """A newsroom covering north-east Syria gives the SDF a side of its own: one row in sides.csv and its words
    in vocabulary.csv, no code."""
    copy = tmp_path / "project"
    shutil.copytree(PROJECT_ROOT / "explainer", copy / "explainer", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REFERENCE_DIR, copy / "data" / "reference")
    shutil.copy2(PROJECT_ROOT / "story.yml", copy / "story.yml")
    (copy / "data" / "reference" / "sides.csv").write_text(
        SHIPPED.replace("\nunspecified,", "\nsdf,Syrian Democratic Forces,SDF fighters,#56B4E9,"
                        "Okabe-Ito sky blue (test)\nunspecified,"), encoding="utf-8")
    vocabulary = copy / "data" / "reference" / "vocabulary.csv"
    vocabulary.write_text(vocabulary.read_text(encoding="utf-8").replace("side_word,sdf,unspecified,",
                                                                         "side_word,sdf,sdf,"), encoding="utf-8")
    article = tmp_path / "article.txt"
    article.write_text("Clashes in Hasakah\n\nFive SDF fighters were killed on 9 October 2019, the SDF said.\n",
                       encoding="utf-8")
    result = subprocess.run([sys.executable, "-c", ADDED, str(article), str(tmp_path / "out")], cwd=copy,
                            env={"PYTHONPATH": str(copy), "PATH": "/usr/bin:/bin"}, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found["code"] == 0 and found["sides"] == ["sdf"]
    labels = found["scale"]["domain"]
    assert labels[-2:] == ["Syrian Democratic Forces", SIDE_LABELS["unspecified"]]  # the file's order
    assert found["scale"]["range"][labels.index("Syrian Democratic Forces")] == "#56B4E9"
    assert found["encodings"] and all(e["scale"] == found["scale"] for e in found["encodings"])
    assert all(e["legend"]["values"] == ["Syrian Democratic Forces"] for e in found["encodings"])
