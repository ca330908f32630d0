"""Read an article as received and separate the story from the page around it.

The raw file is never changed. Every block keeps its character offsets into the decoded raw text, so a quote
taken from a paragraph can be found again, byte for byte, in the file a reader can download.
"""

from __future__ import annotations

import glob
import hashlib
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date, datetime
from pathlib import Path
from urllib.parse import quote as url_quote, urlsplit

import yaml

try:  # the regular-expression parser, to tell an anchored pattern (Python 3.11+, then before)
    from re import _constants as _regex_constants, _parser as _regex_parser
except ImportError:  # pragma: no cover
    import sre_constants as _regex_constants
    import sre_parse as _regex_parser

from . import dates as dates_module
from .exceptions import ArticleReadError, ManifestError, NoArticleBodyError, ParameterError
from .paths import PROJECT_ROOT, RAW_DIR
from .reference import Reference, checked_reader, publication_by_word

MAX_BYTES = 20 * 1024 * 1024  # a long news article is well under 1 MB; 20 MB is something else
MANIFEST_COLUMNS = ("file", "outlet", "url", "published", "language", "licence")
HTML_SUFFIXES = (".html", ".htm")
# Licences that let the site republish an article's full text (with attribution).
FREE_LICENCES = ("cc by", "cc-by", "cc0", "public domain")
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown") + HTML_SUFFIXES

_HTML_SIGNS = re.compile(r"<!doctype html|<html[\s>]|<body[\s>]|<head[\s>]|<div[\s>]|<p>", re.IGNORECASE)
_CREDIT_LINE = re.compile(r"^\((?P<credit>[^()]{2,80})\)$")
_CAPTION_CREDIT = re.compile(r"\s*(?:©|\(c\)|\(?Photo:|\(?[Pp]hoto [Cc]redit:|Credit:)\s*(?P<credit>[^©]+?)\s*\)?\s*$|"
                             r"\((?P<agency>[A-Z][\w.]{1,10}) Photo\)\s*$|"
                             # "[File: Jane Roe/Reuters]", "[Reuters Photo]": a credit in square brackets (never a
                             # citation mark: "[1]", "[citation needed]")
                             r"\[(?:(?:File|Photo|Image|Picture)\s*:\s*)?(?P<bracketed>[A-Z][^\[\]\d]{1,50}/[A-Z][^\[\]]{1,30}"
                             r"|[A-Z][\w.]{1,15}\s+Photo)\]\s*$")
# Counts in a line's words: digits, or a number word, for the standfirst test (its figures are the story's)
_COUNT_WORDS = re.compile(r"\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|"
                          r"hundreds?|thousands?)\b", re.IGNORECASE)
_END_MARKS = frozenset(".!?:;\"”’)")
# A bracket closing a headline: a source tag "(SOHR)" or a breakdown "... 40 civilians (11 children)"; only a bracket
# without a full stop in it (a sentence closing on "(AFP)." ends with its stop).
_HEADLINE_BRACKET = re.compile(r"\s*\([^().\n]{1,40}\)\s*$")


def _ends_sentence(text: str) -> bool:
    """Whether ``text`` ends like a sentence (or before one last newline): the last character, not a regex scan
    of the whole block (``re.search("[.!?]$")`` tries every position)."""
    if text.endswith("\n"):
        text = text[:-1]
    return text[-1:] in _END_MARKS


def _scare_quote_end(text: str) -> bool:
    """Whether ``text`` closes on a quotation that ends no sentence of its own: "Strikes have ‘killed 1,000
    civilians’" (a title's words in quote marks), not "... he said, “we will respond.”" (its full stop inside)."""
    text = text.rstrip()
    return text[-1:] in "’”" and text[-2:-1] not in ".!?,;:" and ("‘" if text[-1] == "’" else "“") in text


def _header_lines(text: str) -> bool:
    """Whether a block of two to four lines holds only short lines that end no sentence (a page's header)."""
    lines = text.strip().split("\n")
    return 2 <= len(lines) <= 4 and all(line.strip() and not _ends_sentence(line.rstrip())
                                        and len(line.split()) <= _HEADLINE_WORDS for line in lines)


def _stops_mid_sentence(line: str) -> bool:
    """Whether a line stops on a lower-case word, a number or a comma ("... the killing of 33"): only its last
    word is read."""
    words = line.rsplit(None, 1)
    last = words[-1] if words else ""
    return last[-1:] == "," or last[:1].isdigit() or (last[:1].islower() and last[-1:].isalnum())


_BYLINE = re.compile(r"^[^|\n]{2,60}\s\|\s*\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d\b")
# "26 January 2021,   10:12", "Monday, 02 March 2020 - 10:06", "February 3, 2020": a page's date line over the headline
_DATE_LINE = re.compile(r"^(?:(?:[Pp]osted|[Pp]ublished|[Uu]pdated|[Ll]ast [Uu]pdated)(?: on)?:?\s+)?"  # ("posted: 2/7/2017")
                        r"(?:[A-Z][a-z]+day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+"
                        r"\d{1,2}(?:st|nd|rd|th)?,?|\d{1,2}[/.]\d{1,2}[/.])\s*(?:19|20)\d\d"
                        r"(?:[\s,|-]+\d{1,2}:\d\d(?:\s*[AaPp]\.?[Mm]\.?)?)?\s*$")
# A line of a page's header under its standfirst: a byline alone ("By Staff Reporter", "By Jane Roe / dpa"), a
# reading time ("3 min read") or a date line ("May 23, 2017", "20 September, 2015")
_HEADER_LINE = re.compile(r"By\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}(?:\s*[/|,]\s*[\w.'’ -]{2,30})?|"
                          r"\d{1,2}\s+min(?:ute)?s?\s+read|"
                          # ("Thursday, 20 February 2020 22:40": the weekday may open it)
                          r"(?:[A-Z][a-z]+day,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]{2,8},?|[A-Z][a-z]{2,8}\s+\d{1,2},)\s+(?:19|20)\d\d",
                          re.IGNORECASE)
# "| - Two Turkish soldiers were killed ..." and a lone "|": a scraped field, not a table row of cells
_ONE_CELL = re.compile(r"\|\s*-\s+[^|]{40,}(?:\n\|\s*)?$")
_SITE_SUFFIX = re.compile(r"\s+[•|]\s+")
_TITLE_DASH = re.compile(r"\s+[-–—]\s+(?=[^-–—]+$)")
_DATELINE = re.compile(r"(?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:,\s*[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2})?"
                       r"(?:\s*\([^)]{1,40}\))?\s*(?:[–—]|--?|:)\s|"
                       r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3},\s+[A-Z][a-z]+\.?\s+\d{1,2}\.?\s+/[A-Z]+/)")
_WRAP_WIDTH = 100  # hard-wrapped text is wrapped at 72 to 80 characters; wider lines are paragraphs of their own
_MARKDOWN_HEADING = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<text>.+?)\s*#*$")


@dataclass
class Block:
    """A paragraph-sized piece of the article with offsets into the decoded raw text."""

    # headline, masthead, standfirst, caption, subheading, body, credit, boilerplate, trailer, front_matter, table
    kind: str
    text: str
    start: int
    end: int
    number: int | None = None  # body paragraphs are numbered from 1


@dataclass
class Article:
    """An article read and cleaned, with where each of its facts came from."""

    article_id: str
    path: Path
    text: str
    sha256: str
    blocks: list[Block]
    outlet: str = ""
    headline: str = ""
    section: str = ""
    caption: str = ""
    photo_credit: str = ""
    credit_line: str = ""
    url: str = ""
    published: str = ""
    language: str = "en"
    licence: str = ""
    reference_date: date | None = None
    reference_date_source: str = ""
    metadata: dict = field(default_factory=dict)

    @property
    def paragraphs(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == "body"]

    @property
    def subheadings(self) -> list[str]:
        return [b.text for b in self.blocks if b.kind == "subheading"]

    def block(self, kind: str) -> Block | None:
        return next((b for b in self.blocks if b.kind == kind), None)


# Any character a browser drops or rewrites inside an address (controls, spaces, quotes, angle brackets, backslash):
# "java<TAB>script:" must not pass as something else.
_URL_UNSAFE = re.compile(r'[\x00-\x20\x7f-\x9f"<>\\`\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff]')


def check_url(url: str, path: Path | str | None = None, line: int | None = None, error=ManifestError) -> str:
    """``url`` when it is an absolute http(s) address; anything else (javascript:, data:, relative) is refused.

    Only http and https addresses ever become links on the site, so a bad one is stopped here, at input.

    Raises
    ------
    ManifestError (or ``error``)
        Naming the file and line the address came from.
    """
    url = url.strip()
    if not url:
        return ""
    hint = "give the article's address as http://... or https://..., or leave the url empty"
    try:
        parts = urlsplit(url)
    except ValueError:
        parts = None
    if parts is None or parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise error(f"url {url!r} is not an http or https address", path=path, line=line, hint=hint)
    if _URL_UNSAFE.search(url):
        raise error(f"url {url!r} holds a character an address cannot (space, control, quote, <, >, backslash)",
                    path=path, line=line, hint="percent-encode it (a space is %20), or leave the url empty")
    return url


def is_web_url(url) -> bool:
    """Whether ``url`` may become a link: an absolute http(s) address (see :func:`check_url`)."""
    try:
        return bool(isinstance(url, str) and url and check_url(url))
    except ManifestError:
        return False


_NOT_IN_ID = re.compile(r"[^a-z0-9._-]+")
_LATIN_OR_DIGIT = re.compile(r"[a-z0-9]")


def _as_path(path: Path | str) -> Path:
    """``path`` as a Path, the same object when it is one (ten thousand articles, each path converted thrice)."""
    return path if isinstance(path, Path) else Path(path)


def article_id_for(path: Path) -> str:
    """A stable id: the file name without its extension, lower-cased, accents dropped, other runs to hyphens.

    A name with no Latin letter or digit (``تقرير.txt``) gets ``article-`` and a short hash of the name, so it
    still has an id of its own, the same on every run.
    """
    stem = _as_path(path).stem
    latin = stem.lower()
    if not latin.isascii():  # (an ASCII name has no accent to drop)
        latin = unicodedata.normalize("NFKD", latin).encode("ascii", "ignore").decode("ascii")
    slug = _NOT_IN_ID.sub("-", latin).strip("-.")
    if not _LATIN_OR_DIGIT.search(slug):
        slug = "article-" + hashlib.sha256(stem.encode("utf-8", "surrogateescape")).hexdigest()[:10]
    return slug


def decode_article_bytes(data: bytes, path: Path) -> str:
    """Decode raw bytes as text, refusing what is not text.

    UTF-8 (with or without a byte-order mark) and UTF-16 with a byte-order mark are read as they are; other
    encodings only when charset-normalizer names one with confidence; anything else is refused.
    """
    if not data.strip():
        raise ArticleReadError("file is empty or holds only whitespace", path=path,
                               hint="save the article's text into it, or remove it from the list")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ArticleReadError("file starts like UTF-16 but does not decode as UTF-16", path=path,
                                   hint="re-save it as UTF-8") from None
    if b"\x00" in data:
        raise ArticleReadError("file holds binary data (NUL bytes), not text", path=path,
                               hint="give the article as .txt, .md or .html")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        from charset_normalizer import from_bytes

        candidates = [c for c in from_bytes(data) if c.chaos <= 0.1]
        if candidates:
            least_chaos = min(c.chaos for c in candidates)
            top = [c for c in candidates if c.chaos == least_chaos]
            decodings = {str(c) for c in top}
            if len(decodings) == 1:
                return decodings.pop()
            # Several single-byte encodings fit equally; Windows-1252 is the one Western news copy is saved in.
            western = next((c for c in top if c.encoding == "cp1252"), None)
            if western is not None:
                return str(western)
        raise ArticleReadError(
            f"file is not UTF-8 (byte {data[error.start]:#04x} at offset {error.start}) and its encoding "
            "cannot be told with confidence", path=path,
            hint="re-save it as UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8 in > out") from None


def may_republish(licence: str) -> bool:
    """Whether an article's licence lets the site republish its full text (with attribution)."""
    lowered = (licence or "").lower()
    return any(free in lowered for free in FREE_LICENCES)


def _within(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def inside(path: Path | str, folder: Path | str) -> bool:
    """Whether ``path``, once every symbolic link is followed, is in ``folder`` (also followed)."""
    return _within(os.path.realpath(path), os.path.realpath(folder))


def check_stays_inside(path: Path | str, folder: Path | str = RAW_DIR) -> None:
    """Refuse a file placed in ``folder`` (data/raw) that is a link to somewhere outside it.

    Such a file could publish a system file (a free licence row makes the site republish it verbatim).
    """
    # Plain strings, not Path objects: this runs once per article, and ten thousand articles is a normal batch.
    written = os.path.abspath(path)
    folder_written = os.path.abspath(folder)
    folder_real = _real_folder(folder_written)
    placed = _within(written, folder_written) or _within(written, folder_real)
    if placed and not _within(os.path.realpath(written), folder_real):
        raise ArticleReadError(f"is a link to {Path(path).resolve()}, outside {Path(folder).name}/", path=path,
                               hint=f"copy the article itself into {Path(folder).name}/ instead of linking to it")


@lru_cache(maxsize=8)
def _real_folder(folder: str) -> str:
    """The folder with every link followed, once per run: following it costs a system call per folder level, and it
    is asked of the same folder for every one of ten thousand articles."""
    return os.path.realpath(folder)


def read_article_text(path: Path | str) -> tuple[str, str]:
    """The decoded text of an article file and the sha256 of its bytes."""
    path = _as_path(path)
    try:
        status = os.stat(path)  # one stat for "exists", "is a file" and the size: this runs once per article
    except (FileNotFoundError, NotADirectoryError):
        raise ArticleReadError("file not found", path=path, hint="check the path or the glob") from None
    check_stays_inside(path)
    if not stat.S_ISREG(status.st_mode):
        raise ArticleReadError("not a file", path=path, hint="give the path of an article file")
    size = status.st_size
    if size > MAX_BYTES:
        raise ArticleReadError(f"file is {size / 2**20:.0f} MB, larger than the {MAX_BYTES / 2**20:.0f} MB an article "
                               "can be", path=path, hint="check that this is a single article")
    # One read of the size stat gave (and one byte more, to see the file has not grown since): no buffer, and no
    # second stat and read to find the end, as a file object's read() makes.
    handle = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        data = os.read(handle, size + 1)
        if len(data) > size:
            chunks = [data]
            while chunks[-1]:
                chunks.append(os.read(handle, 1 << 20))
            data = b"".join(chunks)
    finally:
        os.close(handle)
    text = decode_article_bytes(data, path)
    return text, hashlib.sha256(data).hexdigest()


# Zero-width and bidirectional control characters (Unicode category Cf): invisible, yet "3\u200b5" would read as 5
# and "Erdo\u200bgan" as nobody. They are removed before anything is read.
# The ranges are those of category Cf (tests/test_articles.py checks them against unicodedata).
_INVISIBLE = re.compile("[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
                        "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f"
                        "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]")


_ASCII_BYTES = bytes(range(128))


def normalise_invisible(text: str) -> tuple[str, int]:
    """``text`` without invisible format characters (zero-width spaces, bidi controls, soft hyphens), and how many."""
    if not text.isascii():  # (a flag CPython keeps: no scan) every invisible character is beyond ASCII
        # The text's non-ASCII characters alone (its UTF-8 bytes without the ASCII ones, a C-level pass), searched
        # first: a character-class scan of the whole text costs more than all the rest of reading it.
        others = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
        if _INVISIBLE.search(others):
            return _INVISIBLE.subn("", text)
    return text, 0


def html_to_text(page: str, path: Path) -> tuple[str, dict]:
    """The story in a saved news page, extracted by trafilatura, with the page's own metadata.

    For HTML the quotes' offsets point into this extracted text (kept in paragraphs.csv), not into the markup.
    """
    import trafilatura

    body = trafilatura.extract(page, include_comments=False, include_tables=True, favor_precision=True)
    if not body or not body.strip():
        raise NoArticleBodyError("the HTML extractor found no article body in this page", path=path,
                                 hint="check that the page was saved with its story, not a sign-in wall")
    found = trafilatura.extract_metadata(page)
    meta = {}
    if found is not None:
        meta = {key: value for key, value in {"title": found.title, "date": found.date, "outlet": found.sitename,
                                               "url": found.url}.items() if value}
    paragraphs = [line.strip() for line in body.splitlines() if line.strip()]
    if meta.get("title") and paragraphs and paragraphs[0] == meta["title"]:
        paragraphs = paragraphs[1:]
    headline = meta.get("title", "")
    return "\n\n".join(([f"# {headline}"] if headline else []) + paragraphs) + "\n", meta


def read_manifest(path: Path | str) -> dict[str, dict[str, str]]:
    """Rows of data/raw/manifest.csv keyed by file name; an absent manifest gives an empty dict."""
    path = Path(path)
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        reader = checked_reader(handle, path, MANIFEST_COLUMNS, ManifestError)
        rows, lines = {}, {}
        for row in reader:
            name = (row.get("file") or "").strip()
            if not name or None in row:
                raise ManifestError("row has no file name or too many fields", path=path, line=reader.line_num,
                                    hint="quote fields that contain commas")
            if name in rows:
                raise ManifestError(f"{name} is described a second time (first on line {lines[name]})", path=path,
                                    line=reader.line_num, hint="keep one row per file")
            lines[name] = reader.line_num
            check_url(row.get("url") or "", path, reader.line_num)
            published = (row.get("published") or "").strip()
            if published:
                try:
                    date.fromisoformat(published)
                except ValueError:
                    raise ManifestError(f"published {published!r} is not a date", path=path, line=reader.line_num,
                                        hint="write it as YYYY-MM-DD") from None
            rows[name] = {k: (v or "").strip() for k, v in row.items()}
    return rows


def _raw_blocks(text: str) -> list[Block]:
    """Blocks separated by blank lines; a run of short lines (a menu, a masthead) becomes one block per line."""
    runs: list[list[tuple[int, int, str]]] = [[]]
    position = 0
    for raw_line in text.splitlines(keepends=True):
        # (start, end) of the line in ``text``, without its line break
        line = raw_line.rstrip("\r\n")
        if line.strip():
            runs[-1].append((position, position + len(line), line))
        elif runs[-1]:
            runs.append([])
        position += len(raw_line)
    blocks = []
    for run in runs:
        if not run:
            continue
        if len(run) == 1:  # a line of its own (a paragraph saved as one line): one block, nothing to join
            start, end, line = run[0]
            trimmed = line.strip()
            lead = len(line) - len(line.lstrip())
            blocks.append(Block("body", trimmed, start + lead, start + lead + len(trimmed)))
            continue
        # Hard-wrapped prose (lines of eight words or more, none wider than a wrapped line) is one paragraph; a
        # page saved with one paragraph a line (lines of hundreds of characters) keeps its lines apart, so its
        # headline and dateline are not read as the first sentence.
        inner = [line for _, _, line in run[:-1]]
        # A last line wider than a wrapped line is a paragraph of its own under the lines above (a headline over
        # its deck: "Blast kills 46, including 40 civilians" / "<a 270-character standfirst>"), never wrapped prose.
        narrow = all(len(line) <= _WRAP_WIDTH for line in inner) and len(run[-1][2].strip()) <= 2 * _WRAP_WIDTH
        # Lines cut mid-sentence ("... between the Syrian army" / "and Turkish forces ...") are wrapped prose even
        # where one line is short; a menu's lines are a word or two each.
        mid_sentence = sum(not _ends_sentence(line.rstrip()) for line in inner)
        wrapped = len(run) > 1 and narrow and (
            all(len(line.split()) >= 8 for line in inner)
            or (sum(len(line.split()) for line in inner) >= 6 * len(inner) and 2 * mid_sentence >= len(inner)
                and all(len(line.split()) >= 4 or _ends_sentence(line.rstrip()) for line in inner))) \
            and not any(line.lstrip().startswith(("#", "|", "- ", "* ")) for _, _, line in run)
        pieces = [(run[0][0], run[-1][1])] if wrapped else [(s, e) for s, e, _ in run]
        if not wrapped and len(run) > 1:
            # A paragraph line (wider than a wrapped line) that stops mid-sentence ("... recognized the killing
            # of 33" / "Turkish soldiers and ...") goes on in the next line: one paragraph, not two.
            joined = [pieces[0]]
            for (start, end), (_, _, line) in zip(pieces[1:], run):
                if len(line) > _WRAP_WIDTH and _stops_mid_sentence(line) and text[start:end].strip()[:1].isalnum():
                    joined[-1] = (joined[-1][0], end)
                else:
                    joined.append((start, end))
            pieces = joined
        for start, end in pieces:
            chunk = text[start:end]
            lead = len(chunk) - len(chunk.lstrip())
            trail = len(chunk.rstrip())
            blocks.append(Block("body", chunk.strip(), start + lead, start + trail))
    return blocks


_FRONT_MATTER = re.compile(r"\A---\r?\n(.*?)\r?\n---\r?\n", re.DOTALL)


def _front_matter(text: str) -> tuple[dict, int]:
    """YAML front matter at the top of a Markdown file, and where the rest begins."""
    match = _FRONT_MATTER.match(text) if text.startswith("---") else None
    if not match:
        return {}, 0
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError:
        meta = {}
    return (meta if isinstance(meta, dict) else {}), match.end()


def _front_matter_line(front: str, key: str) -> int | None:
    """The line of ``key:`` in the front matter, for error messages."""
    for number, line in enumerate(front.splitlines(), start=1):
        if re.match(rf"\s*['\"]?{re.escape(key)}['\"]?\s*:", line):
            return number
    return None


_ISO_DAY = re.compile(r"(?:19|20)\d\d-\d\d-\d\d")


def _front_matter_date(value, path: Path) -> str:
    """The publication date of front matter as YYYY-MM-DD: a list or a range gives its first date.

    YAML reads ``date: 2020-02-03`` as a date, ``date: [2020-02-03, 2020-02-04]`` as a list; neither may reach a
    page as a Python value.
    """
    if value is None or value == "":
        return ""
    if isinstance(value, (list, tuple)):
        return _front_matter_date(value[0], path) if value else ""
    if isinstance(value, (date, datetime)):
        return value.isoformat()[:10]
    found = _ISO_DAY.search(str(value))
    if found:
        return found.group()
    raise ArticleReadError(f"front matter date {str(value)[:40]!r} is not a date", path=path,
                           hint="write it as YYYY-MM-DD (the first day, for a range)")


def _squash(text: str) -> str:
    """One space for any run of whitespace, non-breaking spaces included (for metadata, never for quotes)."""
    return " ".join(text.split())


def _is_boilerplate(text: str, reference: Reference) -> bool:
    return bool(_furniture_search(reference.boilerplate)(text))


def _anchored_at_start(pattern: re.Pattern) -> bool:
    """Whether every match of ``pattern`` begins where the text begins (a leading ``^``, not multi-line)."""
    try:
        parsed = _regex_parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # an unparsable pattern is searched as it is
        return False
    return bool(parsed.data) and parsed.data[0] == (_regex_constants.AT, _regex_constants.AT_BEGINNING) \
        and not parsed.state.flags & re.MULTILINE


_FURNITURE_SEARCHES: dict[int, tuple] = {}


def _furniture_search(patterns: tuple[re.Pattern, ...]):
    """:func:`_furniture_searcher` of ``patterns``, kept by the tuple's identity: hashing compiled patterns (as an
    lru_cache would, once per block) hashes their compiled code, every time."""
    kept = _FURNITURE_SEARCHES.get(id(patterns))
    if kept is None or kept[0] is not patterns:
        if len(_FURNITURE_SEARCHES) > 16:
            _FURNITURE_SEARCHES.clear()
        kept = _FURNITURE_SEARCHES[id(patterns)] = (patterns, _furniture_searcher(patterns))
    return kept[1]


def _furniture_searcher(patterns: tuple[re.Pattern, ...]):
    """The furniture patterns as one alternation: one search per block instead of one per pattern.

    Where every pattern is anchored at the start ("^related stories$"), the alternation is tried at the start of the
    block only (``match``): a ``search`` would try, and fail, every pattern at every character of every paragraph.
    """
    if not patterns:
        return lambda text: None
    try:
        combined = re.compile("|".join(f"(?:{p.pattern})" for p in patterns), re.IGNORECASE)
    except re.error:
        # patterns that cannot be joined (inline flags, repeated group names) are searched one by one
        return lambda text: any(pattern.search(text) for pattern in patterns)
    return combined.match if all(_anchored_at_start(p) for p in patterns) else combined.search


def _words_at_least(text: str, count: int) -> bool:
    """Whether ``text`` holds ``count`` words or more, splitting no further than that (a paragraph is long)."""
    return len(text.split(None, count)) >= count


_HEADLINE_WORDS = 20  # headlines run to about 15 words; a longer line without a full stop is a paragraph


# A photo's caption line before the headline: "Photo Credit: ...", "Photo: ...", "Image credit: ..."
_PHOTO_LINE = re.compile(r"\s*(?:Photo|Image|Picture)(?:\s+[Cc]redits?)?\s*:\s")


def _looks_like_heading(text: str) -> bool:
    return bool(text.strip()) and not _words_at_least(text, 9) and not _ends_sentence(text)


def clean_article(path: Path | str, reference: Reference, manifest: dict[str, dict[str, str]] | None = None,
                  reference_date: date | None = None) -> Article:
    """Read ``path`` and label each block as story or page furniture.

    Parameters
    ----------
    path : path-like
        A .txt or .md article (for .html see :func:`html_to_text`).
    reference : Reference
        Lookups from data/reference (boilerplate patterns, actors for outlet names).
    manifest : dict, optional
        Rows of data/raw/manifest.csv keyed by file name: outlet, url, published, language, licence.
    reference_date : datetime.date, optional
        Resolve relative dates against this day instead of the manifest's or the caption's date.

    Raises
    ------
    ArticleReadError, NoArticleBodyError
    """
    path = _as_path(path)
    text, sha256 = read_article_text(path)
    html_meta: dict = {}
    if path.suffix.lower() in HTML_SUFFIXES:
        text, html_meta = html_to_text(text, path)
    elif _HTML_SIGNS.search(text[:5000]):
        raise ArticleReadError("this looks like an HTML page, not plain text", path=path,
                               hint="save it with the .html extension so the HTML extractor reads it")
    text, invisible = normalise_invisible(text)
    meta, body_start = _front_matter(text)
    if meta.get("url") not in (None, ""):
        check_url(str(meta["url"]), path, _front_matter_line(text[:body_start], "url"), ArticleReadError)
    if not is_web_url(html_meta.get("url")):
        html_meta.pop("url", None)  # a page's own canonical address that is not http(s) is dropped, never linked
    meta = {**html_meta, **meta}
    if invisible:
        # Quotes then point into the text without them (kept in paragraphs.csv), as for HTML.
        meta["invisible_characters_removed"] = invisible
    blocks = [b for b in _raw_blocks(text) if b.start >= body_start]
    if body_start:
        blocks.insert(0, Block("front_matter", text[:body_start].strip(), 0, body_start))
    row = (manifest or {}).get(path.name, {})
    article = Article(article_id_for(path), path, text, sha256, blocks, metadata=meta)
    article.outlet = row.get("outlet") or str(meta.get("outlet") or meta.get("source") or "")
    article.url = row.get("url") or str(meta.get("url") or "")
    article.published = row.get("published") or _front_matter_date(meta.get("date") or meta.get("published"), path)
    article.language = row.get("language") or str(meta.get("language") or "en")
    article.licence = row.get("licence") or str(meta.get("licence") or meta.get("license") or "")
    _label_blocks(article, reference)
    if not row:
        _provenance_fallback(article, reference)
    if not any(b.kind in ("body", "table") for b in article.blocks):
        raise NoArticleBodyError("no article body found once page furniture was removed", path=path,
                                 hint="check that the file holds the story's paragraphs")
    _choose_reference_date(article, reference_date)
    return article


OUTLET_KINDS = ("outlet", "news_agency")
SOURCES_TABLE = "SOURCES.md"  # a provenance table beside the texts, as annotated corpora ship them


@lru_cache(maxsize=32)
def _sources_rows(path: str, modified: int) -> dict[str, dict[str, str]]:
    """What a SOURCES.md says of each text: the row of any Markdown table naming the file in a cell, keyed by that
    file name, with its columns read as ``outlet``, ``source`` and ``licence`` ("Licence", "Source of the text",
    "Publisher"); and under ``"*"`` what a line says of every text ("Licence of every text: Wikipedia text ...")."""
    rows: dict[str, dict[str, str]] = {}
    every: dict[str, str] = {}
    header: list[str] | None = None
    for line in Path(path).read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.lstrip().startswith("|"):
            header = None
            statement = re.match(r"\W*(licen[cs]e|source|publisher|outlet)s?\b[^:]{0,40}:\s*(.+)", line, re.IGNORECASE)
            if statement:
                every.setdefault(_provenance_field(statement.group(1)), statement.group(2))
            continue
        cells = [c.strip().strip("`*").strip() for c in line.strip().strip("|").split("|")]
        if header is None:
            header = [_provenance_field(c) for c in cells]
        elif not all(re.fullmatch(r":?-{3,}:?", c) for c in cells if c):
            row = {name: cell for name, cell in zip(header, cells) if name}
            for cell in cells:
                if cell.lower().endswith(ARTICLE_SUFFIXES) and "/" not in cell:
                    rows.setdefault(cell, row)
    rows["*"] = every
    return rows


def _provenance_field(name: str) -> str:
    lowered = name.strip().lower()
    for name_read, starts in (("outlet", ("outlet", "publisher")), ("source", ("source",)),
                              ("licence", ("licence", "license"))):
        if lowered.startswith(starts):
            return name_read
    return ""


def provenance_row(path: Path) -> dict[str, str]:
    """The row a SOURCES.md beside ``path`` gives for it (an empty dict when there is none)."""
    # Strings, not Path objects: this runs for every article without a manifest row (ten thousand in a batch).
    sources = os.path.join(os.path.dirname(str(path)), SOURCES_TABLE)
    if not os.path.isfile(sources):
        return {}
    found = _sources_rows(sources, os.stat(sources).st_mtime_ns)
    return {**found["*"], **found.get(os.path.basename(str(path)), {})}


# Words a title leaves in lower case in many house styles ("Killed in Attack on Post After Talks")
_TITLE_SMALL_WORDS = {"than", "were", "with", "from", "into", "that", "over", "after", "amid", "when", "onto", "upon",
                      "this", "have", "been", "near", "says", "said"}


_POSSESSIVE_S = re.compile(r"['’]s\b")


def _headline_again(text: str, headline: str) -> bool:
    """Whether a line under the headline is the title again in other words ("Air strikes kill 18 civilians Idlib
    Syria" over "air strikes kill 18 civilians in Syria's Idlib"): one line of headline length, no closing full stop,
    and four words in five of it in the headline (small words and possessives aside)."""
    text = text.strip()
    if "\n" in text or _ends_sentence(text) or len(text.split()) > _HEADLINE_WORDS:
        return False
    words = [w for w in re.findall(r"[^\W_][\w-]*", _POSSESSIVE_S.sub("", text.lower())) if len(w) > 2 or w.isdigit()]
    title = set(re.findall(r"[^\W_][\w-]*", _POSSESSIVE_S.sub("", headline.lower())))
    return len(words) >= 4 and sum(w in title for w in words) >= 0.8 * len(words)


def _title_case_deck(text: str) -> bool:
    """Whether a block reads as a title: one line of five or more words, no closing full stop, and its longer words
    (four letters and more, small words such as "than" and "were" aside) capitalised, nearly all of them."""
    text = text.strip()
    if "\n" in text or text[-1:] in ".!?\"”:" or len(text) > 250:
        return False
    long_words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) >= 4 and w not in _TITLE_SMALL_WORDS]
    return len(text.split()) >= 5 and len(long_words) >= 4 \
        and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)


def _provenance_fallback(article: Article, reference: Reference) -> None:
    """Who published an article that has no manifest row, so that its own-voice figures keep a real name.

    In order: the front matter or masthead (already read); what a ``SOURCES.md`` beside the file says of it (the
    ``outlet`` column of the table row naming the file, else an outlet its ``source`` or ``licence`` cell names:
    "Wikipedia text, CC BY-SA 4.0"; else a line about every text: "Licence of every text: Wikipedia text ...");
    else the file name's first words, where they name an outlet the actors table knows ("wikipedia-....txt",
    "reuters-....txt") or a publication of ``publications.csv`` (its web address's name: "aa-....txt" is aa.com.tr).
    Never a guess beyond those. Only the outlet is taken: the licence, which decides whether the
    site may republish the text, comes from the manifest alone.
    """
    if article.outlet:
        return
    row = provenance_row(article.path)
    if row.get("outlet"):
        article.outlet = row["outlet"]
        return
    for cell in (row.get("source"), row.get("licence")):
        if not cell:
            continue
        named = [m.actor for m in reference.actors.mentions(cell) if m.actor is not None
                 and m.actor.kind in OUTLET_KINDS]
        if named:
            article.outlet = named[0].canonical
            return
    words = article.path.stem.lower().split("-")
    run_together = _outlets_run_together(reference)
    for count in (3, 2, 1):
        for joined in (" ".join(words[:count]), "".join(words[:count])):
            actor = reference.actors.by_name(joined) or run_together.get(joined)
            if actor is not None and actor.kind in OUTLET_KINDS:
                article.outlet = actor.canonical
                return
    actor = _outlet_by_short_name(reference, words[0])
    if actor is not None:
        article.outlet = actor.canonical
        return
    # A publication of data/reference/publications.csv, by its web address or its name run together
    # ("hathalyoum-2020-03-02-....txt" from hathalyoum.net, "gephardtdaily-....txt")
    publications = publication_by_word(reference.folder)
    for count in (3, 2, 1):
        name = publications.get("".join(words[:count]))
        if name:
            article.outlet = name
            return
    # A monitor's, a charity's or an agency's own statement: "savethechildren-....txt", "sohr-....txt"
    publishers = _publishers_run_together(reference)
    for count in (3, 2, 1):
        actor = publishers.get("".join(words[:count]))
        if actor is not None:
            article.outlet = actor.canonical
            return
    lines = _page_lines(article)
    # A credit line or a dateline names the agency whose copy the page is: "AA | 05.03.2020", "By Jane Doe |
    # Reuters", "By Agence France-Presse", "BEIRUT (AP) —"
    for line in lines:
        dateline = (_DATELINE_AGENCY.match(line) or _WIRE_DATELINE.match(line)) if "(" in line or "/" in line else None
        who = (dateline["who"] or dateline["slash"] if "slash" in dateline.groupdict() else dateline["who"]) \
            if dateline else None
        for part in [who] if dateline else _CREDIT_SPLIT.split(line) if line.count(" ") < 12 else []:
            part = part.strip()
            actor = reference.actors.by_name(part[3:] if part.startswith(("By ", "by ")) else part) \
                if part.count(" ") < 5 else None
            if actor is not None and actor.kind in OUTLET_KINDS:
                article.outlet = actor.canonical
                return
    # The page's own name on a short line, as its file name runs it together ("Vatican News" over the story of
    # "vaticannews-....txt"), at its top or signed at its end ("News.Az" under "newsaz-....txt")
    ends = _page_end_lines(article)
    own = _own_name(reference, words, lines) or _own_name(reference, words, ends)
    if own:
        article.outlet = own
        return
    # A credit at the page's end: "Source: Anadolu Agency", "© 2020 Harbour Times. All rights reserved.", a body
    # closing "... howitzers. (AA)"; a name the tables know first, then one as written
    credits = [credit for credit in (_end_credit(line) for line in ends) if credit]
    for credit in credits:
        known = _known_outlet(reference, credit)
        if known:
            article.outlet = known
            return
    # "UNITED STATES (OBSERVATORY NEWS) —": a dateline naming, in brackets, an outlet the tables do not know
    for line in lines:
        dateline = _DATELINE_AGENCY.match(line) if "(" in line else None
        if dateline and _unknown_name(reference, dateline["who"]):
            article.outlet = _as_name(dateline["who"])
            return
    for credit in credits:
        if _unknown_name(reference, credit):
            article.outlet = _as_name(credit)
            return


# Words a site adds to its name that its file names leave out ("Abb Takk News" in "abbtakk-....txt")
_NAME_SUFFIXES = ("news", "tv", "times", "daily", "post", "online", "agency", "network", "media", "radio", "press",
                  "english", "today", "net", "com", "org")


_ONLY_NAME_SUFFIXES = re.compile("(?:" + "|".join(_NAME_SUFFIXES) + "){1,2}")


_SHORT_NAME_LETTERS = 5  # the fewest letters of a file name's first word read as an outlet's name


def _outlet_by_short_name(reference: Reference, word: str):
    """The one outlet whose name is the file name's first word and words a site adds to its name ("hurriyet-....txt"
    for Hurriyet Daily News, "dailymail" would be exact), five letters at least; None where none or several are."""
    if len(word) < _SHORT_NAME_LETTERS or not word.isalpha():
        return None
    # (only the names sharing the word's first letters are read: every article without a manifest row asks)
    found = {id(actor): actor for name, actor in _outlets_by_first_letters(reference).get(word[:_SHORT_NAME_LETTERS], ())
             if name.startswith(word) and _ONLY_NAME_SUFFIXES.fullmatch(name[len(word):])}
    return next(iter(found.values())) if len(found) == 1 else None


def _outlets_by_first_letters(reference: Reference) -> dict:
    """:func:`_outlets_run_together`'s (name, actor) pairs grouped by the name's first five letters, built once per
    actors table."""
    cache = reference.actors.__dict__
    if "_outlets_by_first_letters" not in cache:
        grouped: dict = {}
        for name, actor in _outlets_run_together(reference).items():
            if len(name) >= _SHORT_NAME_LETTERS:
                grouped.setdefault(name[:_SHORT_NAME_LETTERS], []).append((name, actor))
        cache["_outlets_by_first_letters"] = grouped
    return cache["_outlets_by_first_letters"]


def _own_name(reference: Reference, words: list[str], lines: list[str]) -> str:
    """The page's own name on one of ``lines`` as the file name's first words run it together (a word such as "News"
    after it allowed), written as the page writes it; never a place or a body the actors table knows. A name of one
    word is taken only where its spelling marks it as a name ("News.Az", "NewTR")."""
    letters = None
    for count in (3, 2, 1):
        joined = "".join(words[:count])
        if len(joined) < 6 or not joined.isalpha():
            continue
        short = [line for line in lines if line.count(" ") < 12]
        letters = letters if letters is not None else re.sub(r"[^a-z0-9]", "", " ".join(short).lower())
        if joined not in letters:  # a cheap test first
            continue
        for line in short:
            for part in _CREDIT_SPLIT.split(line):
                part = part.strip()
                spelled = re.sub(r"[^a-z0-9]", "", part.lower())
                if not (spelled == joined or spelled.startswith(joined) and spelled[len(joined):] in _NAME_SUFFIXES):
                    continue
                if (len(part.split()) >= 2 or re.fullmatch(r"[A-Z][a-z]+(?:\.[A-Za-z]+|[A-Z]\w*)", part)) \
                        and part[:1].isupper() and not reference.places.find(part) \
                        and not any(reference.actors.by_name(word) for word in [part, *part.split()]):
                    return part
    return ""


def _page_end_lines(article: Article) -> list[str]:
    """The last lines of the page's last blocks, where a site signs its copy ("News.Az", "Source: AA", "© ...")."""
    lines = []
    last = article.blocks[-4:]
    for position, block in enumerate(last):
        if block.kind == "front_matter" or (block.kind == "caption" and any(b.kind == "body" for b in last[position:])):
            continue  # (a photo's caption over the story, with its "© Agency" credit, is not the page's signature)
        lines.extend(line.strip() for line in block.text.splitlines()[-2:] if line.strip())
    return lines


# "Source: Anadolu Agency", "Sources: AA", "Copyright © 2012 Naharnet.com. All Rights Reserved.", "... (ILKHA)"
# ("Source: Zaman Al-Wasl." ends a sentence: the full stop is no part of the name)
_SOURCE_LINE = re.compile(r"Sources?\s*[:|-]\s*(?P<who>[^:|]{2,60}?)\.?\s*$")
_COPYRIGHT_LINE = re.compile(r"(?:\|\s*)?(?:Copyright\s*)?(?:©|\([Cc]\)|Copyright)\s*(?:(?:19|20)\d\d\s*(?:[-–]\s*(?:19|20)\d\d\s*)?)?"
                             r"(?P<who>[A-Z][\w.&'’ -]{1,50}?)[.,]?\s*(?:All\s+[Rr]ights\s+[Rr]eserved\.?)?\s*(?:\|.*)?$")
_CREDIT_TAG = re.compile(r"[.!?\"”]\s*\((?P<who>[A-Za-z][\w .&'’-]{1,30})\)\s*$")
_LINK_WORDS = {"read", "full", "article", "story", "more", "here", "click", "link", "view", "original", "continue",
               "see", "visit", "website", "page"}
_NOT_CREDITS = {"photo", "photos", "video", "update", "updated", "end", "audio", "more", "file", "archive", "ap photo"}


def _end_credit(line: str) -> str:
    """The name a closing credit line gives ("Source: AA" -> "AA"), else ""."""
    for pattern in (_SOURCE_LINE, _COPYRIGHT_LINE, _CREDIT_TAG):
        if pattern is _CREDIT_TAG and not line.rstrip().endswith(")"):
            break  # (a tag closes its line: a paragraph ending otherwise is not searched through)
        match = pattern.match(line) if pattern is not _CREDIT_TAG else pattern.search(line)
        if match:
            who = match["who"].strip()
            return "" if who.lower() in _NOT_CREDITS else who
    return ""


def _known_outlet(reference: Reference, name: str) -> str:
    """An outlet or agency the actors table knows by ``name``, or a publication of publications.csv by its web address
    ("Naharnet.com", "https://www.example.com/..."), else ""."""
    actor = reference.actors.by_name(name.removeprefix("the ").removeprefix("The "))
    if actor is not None:
        return actor.canonical if actor.kind in OUTLET_KINDS else ""
    address = re.search(r"(?:https?://)?(?:www\.)?(?P<domain>[a-z0-9-]+(?:\.[a-z0-9-]+)+)", name.lower())
    if address:
        publications = publication_by_word(reference.folder)
        label = address["domain"].split(".")[0]
        return publications.get(label, "")
    return ""


def _unknown_name(reference: Reference, name: str) -> bool:
    """Whether ``name`` reads as the name of an outlet no table knows: one to four words, each capitalised (or in
    capitals), no digits, no place and no body of the actors table."""
    parts = name.split()
    if any(part.lower() in _LINK_WORDS for part in parts):
        return False  # "Source: Read Full Article": a link's words, no name
    return 1 <= len(parts) <= 4 and all(re.fullmatch(r"[A-Z][\w.&'’-]*|of|the|and|&", p) for p in parts) \
        and parts[0][:1].isupper() and not any(ch.isdigit() for ch in name) and name.lower() not in _NOT_CREDITS \
        and not reference.places.find(name) and not any(reference.actors.by_name(p) for p in [name, *parts])


def _as_name(name: str) -> str:
    """A name written in capitals as a name ("OBSERVATORY NEWS" -> "Observatory News"); an acronym is kept."""
    return name.title() if name.isupper() and len(name.split()) > 1 else name


# "AA | 05.03.2020", "By Jane Doe, Anadolu Agency", "Reuters - March 2": the parts of a short credit line
_CREDIT_SPLIT = re.compile(r"\s*(?:\||,|\s[-–—]\s|•)\s*")
# "DAMASCUS, Feb. 3 (Xinhua) --", "Tal Tamr, Syria, Oct 18, 2019 (AFP) -", "MOSCOW, February 9. /TASS/.": a wire
# dateline with a date, read for agencies the tables know (a few words, then the agency, then a dash or TASS's slashes)
_WIRE_DATELINE = re.compile(r"[A-Z][\w.'’-]*(?:[ ,]+[\w.'’-]+){0,7}?\s*(?:\((?P<who>[^()]{2,40})\)\s*(?:[-–—]|--)|"
                            r"/(?P<slash>[A-Za-z]{2,10})/\.?)\s")
# "BEIRUT (AP) —", "ANKARA, Turkey (Reuters) -": a dateline with the agency in brackets
_DATELINE_AGENCY = re.compile(r"[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][\w.]+(?:\s[A-Z][\w.]+)?)?\s*\((?P<who>[^()]{2,40})\)\s*(?:[-–—]|--)")


def _page_lines(article: Article) -> list[str]:
    """The lines of the page's first blocks (masthead, headline, credit lines and the first paragraphs' openings)."""
    lines = []
    for block in article.blocks[:8]:
        if block.kind == "front_matter":
            continue
        lines.extend(line.strip() for line in block.text.splitlines()[:3] if line.strip())
    return lines


def _publishers_run_together(reference: Reference) -> dict:
    """Monitors, charities and other reporting bodies by their names written as one word ("savethechildren",
    "sohr"), as file names spell them: a body's own statement is published by it (four letters at least)."""
    return _names_run_together(reference, _PUBLISHER_KINDS, shortest=4)


_PUBLISHER_KINDS = ("monitor", "ngo", "humanitarian", "international_organisation", "civil_defence", "think_tank")


def _outlets_run_together(reference: Reference) -> dict:
    """Outlets by their names written as one word ("dailysabah", "middleeasteye"), as file names spell them."""
    return _names_run_together(reference, OUTLET_KINDS, shortest=1)


def _names_run_together(reference: Reference, kinds, shortest: int) -> dict:
    """Actors of ``kinds`` by each alias written as one word (letters and digits only, no leading "the"), built
    once per actors table and kinds."""
    table = reference.actors
    cache = table.__dict__.setdefault("_run_together_by_kinds", {})
    key = (tuple(kinds), shortest)
    if key not in cache:
        found: dict = {}
        for alias, actor in table.alias_to_actor.items():
            if actor.kind in kinds:
                joined = re.sub(r"[^a-z0-9]", "", alias.lower().removeprefix("the "))
                if len(joined) >= shortest:
                    found.setdefault(joined, actor)
        cache[key] = found
    return cache[key]


def _repeats_its_figures(line, later) -> bool:
    """Whether a line holds counts and the next few paragraphs give each of them again (a standfirst's are the
    story's)."""
    counts = {c.lower() for c in _COUNT_WORDS.findall(line.text)}
    story = " ".join(block.text for block in later).lower()
    if not counts:
        return False
    if all(re.search(r"(?<![\w,.])" + re.escape(count) + r"(?![\w,])", story) for count in counts):
        return True
    # the story may write a figure in words the line gives in digits ("75 rebels" over "seventy five rebels")
    # (imported here: the pages import this module, and the number reader reads the vocabulary when imported, a
    # file the pages' build steps do not declare)
    from .numbers import find_quantities

    values = {q.low if q.low is not None else q.high for q in find_quantities(line.text)} - {None}
    return bool(values) and values <= {q.low if q.low is not None else q.high for q in find_quantities(story)}


# A list marker alone on its line ("-", "•"): a related story's title follows it on the next line
_LINK_MARKER = re.compile(r"[-–•*·]")


def _link_list_start(blocks: list[Block]) -> int | None:
    """Where a list of related stories closes the page: from the end, titles (headline length, no closing full
    stop) each under a marker line of its own ("-" / "Workers dig out dead after strike" / "-" / ...), two markers at
    least; None when the page ends otherwise. Read from the end, over the list only."""
    start, markers = None, 0
    for index in range(len(blocks) - 1, -1, -1):
        text = blocks[index].text.strip()
        if _LINK_MARKER.fullmatch(text):
            start, markers = index, markers + 1
        elif "\n" in text or len(text.split()) > _HEADLINE_WORDS or _ends_sentence(text.rstrip("’”\"'") or text):
            break  # (a title may close on a quotation mark: "Strike kills ‘six children of one family’")
    return start if markers >= 2 else None


def _label_blocks(article: Article, reference: Reference) -> None:
    blocks = [b for b in article.blocks if b.kind != "front_matter"]
    story_seen = False
    for block in blocks:
        if story_seen and block.kind != "trailer" and _furniture_search(reference.story_end)(block.text):
            # "Other news", "Check also": related links close the story; the rest of the page is not its text,
            # unless the story goes on right after them (a "Related News" box inside the story).
            block.kind = "boilerplate"
            following = blocks[blocks.index(block) + 1:]
            if not any(len(b.text.split()) >= 15 and _ends_sentence(b.text) for b in following[:3]):
                for later in following:
                    later.kind = "trailer"
                break
            continue
        if _is_boilerplate(block.text, reference):
            block.kind = "boilerplate"
        elif not story_seen and _words_at_least(block.text, 12) and _ends_sentence(block.text):
            story_seen = True
    links = _link_list_start(blocks) if story_seen else None
    if links is not None:
        for block in blocks[links:]:
            block.kind = "trailer"
    content = [b for b in blocks if b.kind not in ("boilerplate", "trailer")]

    # Masthead and headline: short lines before the first long line; the long line is the headline.
    index = 0
    while index < len(content):
        block = content[index]
        if block.text.lstrip().startswith("|"):
            break  # a table row is never a masthead or a headline (a file may be only a table)
        heading = _MARKDOWN_HEADING.match(block.text)
        if heading:
            block.kind, block.text = "headline", heading["text"]
            block.start = block.end - len(heading["text"])
            index += 1
            break
        if "\n" in block.text.strip() and _header_lines(block.text):
            # "Mar 04, 2020 03:26\n  • Headline\n    Headline": a date and the title (twice) on short lines of one
            # block, none ending a sentence, are the page's header; its last line is the headline
            block.kind = "headline"
            block.text = block.text.strip().rsplit("\n", 1)[-1].strip().lstrip("•*·-– ").strip()
            block.start = block.end - len(block.text)
            index += 1
            break
        if _PHOTO_LINE.match(block.text):
            # "Photo Credit: smoke over the town. Source: SOHR" over the title: a photo's caption, never the headline
            block.kind = "caption"
            article.caption = article.caption or _squash(block.text)
            index += 1
            continue
        if not any(character.isalnum() for character in block.text):
            # ".", "*" or "—" on a line of its own over the title: a scraped page's stray mark, no headline or paragraph
            block.kind = "masthead"
            index += 1
            continue
        actor = reference.actors.by_name(block.text) if len(block.text) <= 80 else None
        if (not _words_at_least(block.text, 4) or actor is not None or _DATE_LINE.match(block.text)) \
                and not _ends_sentence(block.text):
            # A short line, or the name of an outlet or a source on a line of its own (a site's name over the
            # headline: "The Syrian Observatory For Human Rights"), is the page's masthead.
            block.kind = "masthead"
            if actor is not None and actor.kind in OUTLET_KINDS and not article.outlet:
                article.outlet = actor.canonical
            elif actor is None and not article.section and block.text.lower() != (article.outlet or "").lower():
                article.section = block.text
            index += 1
            continue
        if (not _ends_sentence(_HEADLINE_BRACKET.sub("", block.text)) or _scare_quote_end(block.text)) \
                and len(block.text.split()) <= _HEADLINE_WORDS:
            # "34 Turkish soldiers killed in Idlib airstrikes (SOHR)": a source tag in brackets ends no sentence;
            # nor does a quotation the title closes on ("Strikes have ‘killed 1,000 civilians’").
            # A line longer than any headline is the first paragraph with its full stop lost.
            block.kind = "headline"
            index += 1
        break
    headline = next((b for b in content if b.kind == "headline"), None)
    if headline is not None:
        article.headline = _squash(headline.text)
    elif article.metadata.get("title"):
        article.headline = str(article.metadata["title"])

    rest = content[index:]
    if article.headline and rest and (_title_case_deck(rest[0].text) or _headline_again(rest[0].text, article.headline)):
        # "Turkey's President Said More than 30 Soldiers were Killed": a second title in title case under the
        # headline (a deck) repeats the story's figures and is not one of its paragraphs
        rest[0].kind = "standfirst"
        rest = rest[1:]
    # "Ali Murat Alhas | 05.03.2020": a byline closes the page's header; a standfirst between the headline and it
    # repeats the story's figures and is not one of its paragraphs.
    # (the bar stands within the line's first 62 characters: a paragraph without one is not tried)
    byline = next((position for position, block in enumerate(rest[:4])
                   if "|" in block.text[:62] and _BYLINE.match(block.text)), None)
    if byline is not None and article.headline:
        for block in rest[:byline]:
            block.kind = "standfirst"
        rest[byline].kind = "boilerplate"
        rest = rest[byline + 1:]
    while article.headline and rest and _DATE_LINE.match(rest[0].text.strip()):
        # "February 3, 2020" on a line of its own under the headline: the page's date, not a paragraph (read as a
        # heading, it dated every figure of the story that day, the toll of a nine-month offensive too)
        rest[0].kind = "boilerplate"
        rest = rest[1:]
    if article.headline:
        # The headline printed again over the story (a page template's second title) is not a paragraph; the
        # page title may carry the site's name after a bullet or a bar ("Headline • The Site").
        # or after a spaced dash ("Headline - TheSite"); only a block equal to what comes before it is dropped.
        # ("Home > World > Headline" over "Headline": a breadcrumb ending with the page's title)
        titles = {article.headline, _SITE_SUFFIX.split(article.headline)[0],
                  _TITLE_DASH.split(article.headline)[0], article.headline.rsplit(" > ", 1)[-1]}
        for block in rest:
            if len(block.text) <= 2 * len(article.headline) and (
                    _squash(block.text) in titles
                    # "Metro Plus News Headline" over "Headline": the page's title with the site's name in front
                    or (len(block.text) >= 0.6 * len(article.headline) and block.text.count(" ") >= 3
                        and article.headline.endswith(" " + _squash(block.text)))):
                block.kind = "boilerplate"
        rest = [b for b in rest if b.kind != "boilerplate"]
    # A caption follows the headline (or the page's standfirst and byline) and ends with a photo credit.
    heading = list(rest[:2])
    for block in [b for b in rest[:4] if len(b.text) <= 400 and ("©" in b.text or "Photo" in b.text
                                                                 or "(c)" in b.text or "Credit:" in b.text
                                                                 or "photo credit:" in b.text
                                                                 or b.text.rstrip().endswith("]"))
                  and _CAPTION_CREDIT.search(b.text)]:
        rest.remove(block)
        block.kind = "caption"
        if not article.caption:
            article.caption = _squash(block.text)
            credit = _CAPTION_CREDIT.search(block.text)
            article.photo_credit = _squash(credit["credit"] or credit["agency"] or credit["bracketed"])
    if len(heading) == 2 and heading[1].kind == "caption" and heading[0] is (rest[0] if rest else None) \
            and article.headline and len(heading[0].text) <= 250 and _repeats_its_figures(heading[0], rest[1:5]):
        # "Headline / At least four people killed in a car bomb attack, according to reports. / [photo caption]":
        # a short line between the headline and the photo that gives figures the story gives again is its
        # standfirst, not a paragraph (so its figures are not counted twice)
        heading[0].kind = "standfirst"
        rest = rest[1:]
    # The credit line ("(FRANCE 24 with AFP and AP)") closes the story; what follows it is the page's.
    for position, block in enumerate(rest):
        match = _CREDIT_LINE.match(block.text)
        # ("(excerpt)" over a briefing's text is an editor's note, not a credit: a credit names someone, and it
        # closes a story that has begun)
        # ("(photo credit: Jane Roe/Reuters)" under a photo inside the story credits the photo and closes nothing)
        if match and position > 0 and not match["credit"].islower() and not _CAPTION_CREDIT.match(block.text) \
                and any(len(earlier.text) > 120 for earlier in rest[:position]):
            block.kind = "credit"
            article.credit_line = _squash(match["credit"])
            for later in rest[position + 1:]:
                later.kind = "trailer"
            rest = rest[:position]
            break
    # "ERBIL (Kurdistan 24) – ...", "MOSCOW, August 8. /TASS/. ...": a dateline opens the story; a standfirst between
    # the headline and it repeats the story's figures and is not one of its paragraphs.
    dateline = next((position for position, block in enumerate(rest[:4]) if _DATELINE.match(block.text)), None)
    if dateline and article.headline:
        for block in rest[:dateline]:
            block.kind = "standfirst"
        rest = rest[dateline:]
    # A paragraph printed twice (the lead again in bold, a highlight box) is one paragraph.
    # Texts are compared with their whitespace squashed; only those sharing a first and a last word (which equal
    # squashed texts share) are squashed, as most paragraphs share them with no other.
    seen_texts: dict[tuple[str, str], list[str]] = {}
    for block in rest:
        if len(block.text) >= 60 and not block.text.lstrip().startswith("|"):
            stripped = block.text.strip("*_ ")
            first, last = stripped.split(None, 1), stripped.rsplit(None, 1)
            earlier = seen_texts.setdefault((first[0] if first else "", last[-1] if last else ""), [])
            if earlier:
                plain = _squash(stripped)
                if any(_squash(text) == plain for text in earlier):
                    block.kind = "boilerplate"
            earlier.append(stripped)
    rest = [b for b in rest if b.kind != "boilerplate"]
    # A deck that is the opening sentence of a later paragraph, word for word ("At least seven were killed ..., the
    # Observatory said." over the story, then the paragraph it opens): the paragraph is the story's, the deck is not
    for position, block in enumerate(rest[:4]):
        if len(block.text) >= 60 and "\n" not in block.text.strip():
            # (a summary bullet over the story, "• Between mid-June and ... were displaced", is a deck without its mark)
            opening = block.text.strip().lstrip("•·*–- ").strip()
            head = opening[:24]  # (a cheap test first: the later paragraph opens with the same words)
            # (the paragraph may open with its dateline first: "MOSCOW (UrduPoint News / Sputnik - 04th March,
            # 2020) Two Turkish soldiers were killed ...")
            deck = _squash(opening)
            later = next((b for b in rest[position + 1:] if len(b.text) > len(opening) and head in b.text[:160]
                          and deck in _squash(b.text)[:len(deck) + 120]), None)
            if later is not None:
                block.kind = "standfirst"
                if not article.headline and block is content[0]:
                    # a copy's first line, too long for a headline by the word count above, that the story then
                    # opens with word for word is its headline (UrduPoint's are whole sentences: a trial read "its
                    # headline is not in the copy")
                    block.kind = "headline"
                    article.headline = _squash(block.text)
    rest = [b for b in rest if b.kind not in ("standfirst", "headline")]
    # "Headline / The SOHR said the strikes killed 225 civilians. / By Staff Reporter / May 23, 2017 / <story>": a
    # paragraph over the page's byline, reading time or date line whose figures the story gives again is its
    # standfirst (the figures are counted once, where the story tells them)
    if article.headline and len(rest) > 2 and len(rest[0].text) <= 400 and not _HEADER_LINE.match(rest[0].text.strip()):
        header = next((position for position, block in enumerate(rest[1:4], 1)
                       if _HEADER_LINE.match(block.text.strip())), None)
        if header is not None and _repeats_its_figures(rest[0], rest[header + 1:header + 12]):
            rest[0].kind = "standfirst"
            for block in rest[1:header + 3]:
                if _HEADER_LINE.match(block.text.strip()):
                    block.kind = "subheading"  # (the byline and date line under it: no paragraphs either)
            rest = [b for b in rest[1:] if b.kind != "subheading"]
    number = 0
    for position, block in enumerate(rest):
        heading = _MARKDOWN_HEADING.match(block.text)
        if block.text.lstrip().startswith("|") and block.text.count("|") >= 2 and not _ONE_CELL.match(block.text):
            block.kind = "table"
        elif heading or (number > 0 and _looks_like_heading(block.text)) or _title_over_dateline(rest, position):
            block.kind = "subheading"
            if heading:
                block.text = heading["text"]
                block.start = block.end - len(heading["text"])
        else:
            number += 1
            block.kind, block.number = "body", number
    # A heading with no paragraph after it heads nothing: the page's furniture after the story (a list of related
    # stories' time stamps cut off mid-word, "- Publis", where the copy stopped)
    for block in reversed(rest):
        if block.kind != "subheading":
            break
        block.kind = "trailer"


def _title_over_dateline(blocks: list[Block], position: int) -> bool:
    """Whether a block is the title of a story whose dateline opens the next paragraph (a page carrying two stories,
    or the title under a date line): a line of headline length that ends no sentence, over "BEIRUT: ..." (a credit
    line of a few words may stand between)."""
    text = blocks[position].text
    if _ends_sentence(text) or "\n" in text.strip() or len(text.split()) > _HEADLINE_WORDS:
        return False
    following = blocks[position + 1:position + 3]
    if following and len(following[0].text.split()) <= 4 and not _ends_sentence(following[0].text):
        following = following[1:]  # ("Associated Press" between the title and the dateline)
    return bool(following) and _DATELINE.match(following[0].text) is not None


_WORDS = re.compile(r"[a-z]+")
_ENGLISH_FUNCTION_WORDS = frozenset("the of and to in a is was were that for on with by as at from it its "
                                    "said has have had be been are an this which who their they".split())


def detect_language(article: Article) -> str:
    """The language of the body text (ISO 639-1), by py3langid; short bodies are taken as given."""
    # Only the first 500 characters of the body are read: its paragraphs are joined until they make that many.
    texts, length = [], -1
    for block in article.blocks:
        if block.kind == "body":
            texts.append(block.text)
            length += len(block.text) + 1
            if length >= 500:
                break
    body = " ".join(texts)
    if len(body) < 40:
        return article.language or "en"
    # English news copy is a fifth function words or more ("the", "of", "and"); such a text is English without
    # running the classifier, which costs more than all the rest of reading an article.
    words = _WORDS.findall(body[:500].lower())
    if len(words) >= 20 and sum(map(_ENGLISH_FUNCTION_WORDS.__contains__, words)) / len(words) >= 0.2:
        return "en"
    import py3langid

    # Five hundred characters tell the language of news copy as well as the whole text, at a fraction of the cost.
    language, _ = py3langid.classify(body[:500])
    return language


def _choose_reference_date(article: Article, given: date | None) -> None:
    """Pick the day relative dates are read against, and record where it came from."""
    if given is not None:
        article.reference_date, article.reference_date_source = given, "parameter"
        return
    if article.published:
        try:
            article.reference_date = date.fromisoformat(article.published[:10])
            article.reference_date_source = "manifest"
            return
        except ValueError:
            pass
    if article.caption:
        days = [m for m in dates_module.find_dates(article.caption) if m.kind == "day" and m.date]
        explicit = [m for m in days if re.search(r"(?:19|20)\d\d", m.text)]
        if explicit:
            article.reference_date, article.reference_date_source = explicit[0].date, "caption"
            return
    named = _FILE_NAME_DAY.search(article.path.stem)
    if named:
        # "france24-idlib-2020-02-03.txt": data/raw names a text by its outlet, story and day of publication
        try:
            article.reference_date, article.reference_date_source = date.fromisoformat(named.group()), "file_name"
            return
        except ValueError:
            pass  # "2020-02-31" is no day: no reference date
    article.reference_date, article.reference_date_source = None, "none"


_FILE_NAME_DAY = re.compile(r"(?<![\d])(?:19|20)\d\d-[01]\d-[0-3]\d(?![\d])")


def resolve_articles(spec: str | Path | list | tuple, root: Path = PROJECT_ROOT) -> list[Path]:
    """Article paths from a path, a glob, a list of either, or a space-separated string of them.

    Relative paths are read from the project root, so notebooks and the command line agree.

    Raises
    ------
    ParameterError
        If ``spec`` is of the wrong type or a glob matches nothing.
    """
    if isinstance(spec, (str, Path)):
        items = str(spec).split()
    elif isinstance(spec, (list, tuple)) and all(isinstance(i, (str, Path)) for i in spec):
        items = [str(i) for i in spec]
    else:
        raise ParameterError(f"article_path must be a path, a glob or a list of them, not {type(spec).__name__} "
                             f"{spec!r}", value=spec, hint="e.g. -p article_path 'data/raw/*.txt'")
    if not items:
        raise ParameterError("article_path is empty", hint="give at least one article file or glob")
    paths: list[Path] = []
    for item in items:
        pattern = Path(item) if Path(item).is_absolute() else root / item
        if any(ch in item for ch in "*?["):
            matches = sorted(Path(p) for p in glob.glob(str(pattern)))
            if not matches:
                raise ParameterError(f"the glob {item!r} matches no file", value=item,
                                     hint=f"check the pattern; paths are read from {root}")
            paths.extend(m for m in matches if m.suffix.lower() in ARTICLE_SUFFIXES and m.name != "README.md")
        else:
            if not pattern.exists():
                raise ArticleReadError("file not found", path=item,
                                       hint="check the path (ARTICLES= is read from the project root; a file named "
                                            "on the command line, from where you run it)")
            paths.append(pattern)
    seen, unique = set(), []
    for path in paths:
        if path.resolve() not in seen:
            seen.add(path.resolve())
            unique.append(path)
    return unique


def text_fragment_url(url: str, quote: str) -> str:
    """The article's address with a text fragment that scrolls the reader to the quote ("" unless http(s))."""
    if not is_web_url(url):
        return ""
    words = quote.split()
    fragment = url_quote(" ".join(words[:8]), safe="") if len(words) <= 8 else (
        url_quote(" ".join(words[:4]), safe="") + "," + url_quote(" ".join(words[-4:]), safe=""))
    return f"{url}#:~:text={fragment}"


def quote_links(claims, articles) -> list[str]:
    """For each claim row, its article's address scrolled to the quote ("" where the article has no web address)."""
    urls = dict(zip(articles["article_id"], articles["url"].fillna(""))) if "url" in articles.columns else {}
    return [text_fragment_url(urls.get(article_id, ""), quote)
            for article_id, quote in zip(claims["article_id"], claims["quote"])]
