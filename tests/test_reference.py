import pytest

from explainer.exceptions import ReferenceDataError
from explainer.paths import REFERENCE_DIR
from explainer.reference import ACTOR_COLUMNS, load_reference, read_reference_csv


@pytest.mark.parametrize("alias, canonical", [
    ("a monitor group", None),
    ("the Britain-based Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights"),
    ("SOHR", "Syrian Observatory for Human Rights"),
    ("Turkey's National Defense Ministry", "Turkish National Defence Ministry"),
    ("Turkish Defence Ministry", "Turkish National Defence Ministry"),
    ("Erdogan", "Recep Tayyip Erdogan"),
    ("Turkish President Recep Tayyip Erdogan", "Recep Tayyip Erdogan"),
])
def test_aliases_resolve(alias, canonical):
    actors = load_reference().actors
    if canonical is None:  # a descriptor: resolved from the article, not by name
        mention = actors.mentions(f"Six died, according to {alias}.")[0]
        assert mention.descriptor and mention.actor.canonical == "Syrian Observatory for Human Rights"
    else:
        assert actors.by_name(alias).canonical == canonical


def test_every_reference_table_has_sources():
    for name in ("actors.csv", "places.csv", "boilerplate.csv", "observation_posts.csv"):
        path = REFERENCE_DIR / name
        header = path.read_text(encoding="utf-8").splitlines()[0]
        assert "source" in header.split(",")


def test_row_without_source_is_refused_with_its_line(tmp_path):
    path = tmp_path / "actors.csv"
    path.write_text(",".join(ACTOR_COLUMNS) + "\nx,X,,,turkey,government,\n", encoding="utf-8")
    with pytest.raises(ReferenceDataError, match=r"actors.csv:2: row has no source"):
        read_reference_csv(path, ACTOR_COLUMNS)


def test_missing_reference_file_is_named(tmp_path):
    with pytest.raises(ReferenceDataError, match="places.csv: reference file not found"):
        read_reference_csv(tmp_path / "places.csv", ("name",))


def test_a_boilerplate_row_that_ends_the_story_says_so_in_its_own_column(tmp_path):
    from explainer.reference import _load

    def folder_with(name, boilerplate):  # _load is cached per folder: one folder per table
        folder = tmp_path / name
        folder.mkdir()
        for table in ("actors.csv", "places.csv"):
            (folder / table).write_bytes((REFERENCE_DIR / table).read_bytes())
        (folder / "boilerplate.csv").write_text("pattern,what,source,ends_story\n" + boilerplate, encoding="utf-8")
        return str(folder)

    _, _, boilerplate, story_end = _load(folder_with("good", "^related stories$,end of story: a heading,a site,yes\n"
                                                             "^sign up$,end of story? no: a button,a site,\n"))
    assert len(boilerplate) == 2 and [p.pattern for p in story_end] == ["^related stories$"]
    with pytest.raises(ReferenceDataError, match=r"boilerplate.csv:2: ends_story 'maybe'"):
        _load(folder_with("bad", "^x$,a line,a site,maybe\n"))


def test_every_reference_row_has_as_many_fields_as_its_header():
    # An unquoted comma in a pattern ("{2,200}") splits it: the row then holds a broken pattern, silently.
    import csv

    for path in sorted(REFERENCE_DIR.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        width = len(rows[0])
        wrong = [line for line, row in enumerate(rows[1:], start=2) if row and len(row) > width]
        assert wrong == [], f"{path.name}: lines {wrong} have more fields than the header (quote the cell)"


def _names_one_by_one(names, text):
    """The rule NameFinder implements, written the slow way: every spelling searched on its own."""
    import re

    # ("İ" lowers to "i" and a combining dot: the "i" alone, so "İdlib" is the name "Idlib")
    lowered = "".join(c.lower() if len(c.lower()) == 1 else c.lower()[0] if c.lower()[0].isascii() else c for c in text)
    lowered = re.sub("[\t\n\r\x0b\x0c\xa0]", " ", lowered).replace("’", "'")
    hits = []
    for name in {" ".join(n.split()) for n in names}:
        key = name.lower().replace("’", "'")
        for match in re.finditer(re.escape(key), lowered):
            start, end = match.span()
            if (start and (lowered[start - 1].isalnum() or lowered[start - 1] in "-_")) or \
                    (end < len(lowered) and (lowered[end].isalnum() or lowered[end] in "-_")):
                continue
            if len(key) < 5 and not (text[start + 1:end] == name[1:] and text[start].lower() == name[0].lower()):
                continue
            hits.append((start, -end))
    found, reached = [], -1
    for start, negative_end in sorted(set(hits)):
        if start >= reached:
            found.append((start, -negative_end))
            reached = -negative_end
    return found


@pytest.mark.parametrize("text", [
    "The UN said until Syria's Syrian government and the U.N. met; un-named AP reporters (AP) wrote.",
    "Erdoğan and Erdogan met in İdlib\u2028government; the Syrian\u2028government and Syrian  government spoke.",
    "Turkey’s Defense Ministry, Turkey's Defense Ministry,Turkey_s and -Turkey and Turkey- and Turkey1 at AP.",
    "SOHR\nThe Syrian\nObservatory for Human Rights said 33; the_SOHR; SOHR-backed; «SOHR» and ‹UN›.",
])
def test_name_finder_finds_what_a_search_name_by_name_finds(text):
    from explainer.reference import NameFinder

    names = ["UN", "U.N.", "AP", "Syria", "Syrian government", "Erdoğan", "Erdogan", "Idlib", "İdlib", "SOHR",
             "the SOHR", "Turkey", "Turkey’s Defense Ministry", "Syrian Observatory for Human Rights", "rt"]
    assert NameFinder(names).find(text) == _names_one_by_one(names, text)


def test_name_finder_finds_each_list_of_names_on_its_own_in_one_pass():
    from explainer.reference import NameFinder

    aliases, descriptors = ["Syrian Observatory for Human Rights", "SOHR", "Syria"], ["the monitor", "a monitor group",
                                                                                     "Syrian Observatory"]
    text = "The Syrian Observatory for Human Rights, a monitor group, said. The monitor (SOHR) in Syria agreed."
    found = NameFinder(aliases, descriptors).find_each(text)
    assert [(s, e) for s, e, _ in found[0]] == _names_one_by_one(aliases, text)
    assert [(s, e) for s, e, _ in found[1]] == _names_one_by_one(descriptors, text)
    assert [key for _, _, key in found[1]] == ["syrian observatory", "a monitor group", "the monitor"]


def test_mentions_are_the_mentions_the_dataclass_makes():
    from explainer.reference import Mention

    for mention in load_reference().actors.mentions("Turkey said, a monitor group said, the SOHR said"):
        again = Mention(mention.text, mention.start, mention.end, mention.actor, mention.descriptor)
        assert mention == again and hash(mention) == hash(again) and repr(mention) == repr(again)


def test_places_found_in_the_actors_scan_are_the_places_found_on_their_own():
    from explainer.reference import PLACE_COLUMNS, PlaceTable

    rows = read_reference_csv(REFERENCE_DIR / "places.csv", PLACE_COLUMNS)
    text = "Ankara said shelling in Idlib and Saraqib killed 33; the Syrian Observatory in Idlib, Damascus and Aleppo."
    reference = load_reference()
    assert reference.actors.mentions(text)  # the shared scan has run on this text
    assert reference.places.find(text) == PlaceTable(rows).find(text) != []
