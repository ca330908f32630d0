"""Case-insensitive patterns that search fast.

Python's ``re`` is two to three times slower with ``re.IGNORECASE`` on an alternation of words than without it:
it cannot test a branch by its first letter. :class:`Folded` compiles a case-insensitive pattern twice, as
written and with its literals lower-cased, and searches the lower-cased text with the second. Offsets are the
same (a text whose lower-casing changes its length, as "İ" does, is searched with the first); matched text comes
back lower-cased, so callers read offsets, or only compare lower-cased words.
"""

from __future__ import annotations

import re
import sys

# An escape ("\S", "\W": their case is their meaning), a group name ("(?P<Name>", "(?P=Name)"), or one character.
_PIECE = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)|.", re.DOTALL)
_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux-]+[:)]")


def _lower_literals(pattern: str) -> str:
    return "".join(piece if len(piece) > 1 else piece.lower() for piece in (m.group() for m in _PIECE.finditer(pattern)))


# (text, text.lower()) of the last few long texts searched, the latest first. Rules search one sentence many times
# (once per figure), and short pieces of it in between: lowering a long sentence again each time would make time grow
# with the square of its length; a short text is lowered each time (cheap), so it never pushes a long one out.
_RECENT: list = []
_RECENT_SIZE = 4
_SHORT = 256


class Folded:
    """A case-insensitive pattern, searched as a case-sensitive one in lower-cased text (same offsets)."""

    def __init__(self, pattern: str, flags: int = 0):
        if _INLINE_FLAGS.search(pattern):
            # "(?-i:[A-Z])" asks for a capital letter, which lower-cased text never has.
            raise ValueError(f"pattern {pattern[:60]!r} sets flags inline; compile it with re.compile instead")
        self.pattern = pattern
        self.insensitive = re.compile(pattern, flags | re.IGNORECASE)
        self.sensitive = re.compile(_lower_literals(pattern), flags & ~re.IGNORECASE)

    def _pick(self, text: str) -> tuple[re.Pattern, str]:
        if len(text) < _SHORT:
            lowered = text.lower()
        else:
            for entry in _RECENT:
                if entry[0] is text:
                    lowered = entry[1]
                    break
            else:
                lowered = text.lower()
                _RECENT.insert(0, (text, lowered))
                del _RECENT[_RECENT_SIZE:]
        if len(lowered) != len(text):
            return self.insensitive, text
        return self.sensitive, lowered

    # (each method picks and calls directly, with no helper between: rules call these about sixty times an article)
    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        pattern, target = self._pick(text)
        return pattern.search(target, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        pattern, target = self._pick(text)
        return pattern.match(target, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        pattern, target = self._pick(text)
        return pattern.fullmatch(target, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        pattern, target = self._pick(text)
        return pattern.finditer(target, pos, endpos)


def word_alternation(words) -> str:
    """A regex matching any of the words, longest first, a space matching any whitespace: the words' alternation
    written as a tree of their shared beginnings ("kill(?:ed|ing)?" for "killed|killing|kill").

    It matches what the plain alternation, longest first, matches, in the same order of preference (where one word
    begins another, the longer first; no two other words match at one place), and searches several times faster:
    ``re`` tries each word of a plain alternation in turn at every position of the text, a tree only the branch
    its next letter opens. Wrap it in a group, as an alternation.
    """
    tree: dict = {}
    for word in set(words):
        node = tree
        for character in word:
            node = node.setdefault(r"\s+" if character == " " else re.escape(character), {})
        node[""] = {}  # a word ends here
    return _branches(tree)


def _branches(node: dict) -> str:
    pieces = sorted(piece for piece in node if piece)
    if not pieces:
        return ""
    branches = [piece + _branches(node[piece]) for piece in pieces]
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # (a word ending here is tried after the longer words that go on from it, as longest first)
    return "(?:" + body + ")?" if "" in node else body
