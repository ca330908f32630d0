"""Writing outputs safely: one way to replace a file whole, and one commit point for a set of files.

Every temporary file this package writes is named ``.<name>.<8 hex>.tmp`` and sits in the folder of the file it
will replace, so that the final move is a rename on one disk (never a copy across mounts, which fails with EXDEV)
and a killed process leaves only names that :func:`clean_temporaries` recognises.

:class:`Commit` moves many staged files into place as one step. Before the first move it writes a journal; if the
process is killed half-way, :func:`recover` (run at the start of the next build) finishes the moves, and if a move
fails the ones already made are undone from hard-linked backups. Either way the set is old or new, never mixed.
"""

from __future__ import annotations

import errno
import json
import os
import re
import secrets
import shutil
from collections.abc import Callable
from pathlib import Path

from .exceptions import OutputWriteError

_TEMPORARY = re.compile(r"^\..+\.[0-9a-f]{8}\.(tmp|old)$")
_HINTS = {
    errno.ENOSPC: "free some disk space and run the command again",
    errno.EDQUOT: "free some disk space (quota) and run the command again",
    errno.EACCES: "make the folder writable (chmod u+w) and run the command again",
    errno.EPERM: "make the file and its folder writable (chmod u+w, chattr -i) and run the command again",
    errno.EROFS: "the disk is mounted read-only; write the outputs elsewhere or remount it",
}


def temporary_path(target: Path, kind: str = "tmp") -> Path:
    """A fresh temporary name beside ``target`` (same folder, so the same disk)."""
    target = Path(target)
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}.{kind}")


def is_temporary(path: Path) -> bool:
    """Whether ``path`` is a leftover of :func:`atomic_write` or :class:`Commit`."""
    return bool(_TEMPORARY.match(Path(path).name))


def clean_temporaries(folders) -> list[Path]:
    """Remove leftover temporary files from ``folders`` (not recursive); return what was removed."""
    removed = []
    for folder in folders:
        folder = Path(folder)
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            if is_temporary(path) and path.is_file():
                path.unlink(missing_ok=True)
                removed.append(path)
    return removed


def write_error(error: OSError, path: Path, done: str = "nothing was changed") -> OutputWriteError:
    """One readable error for a failed write: the file, the reason, and what to do."""
    reason = error.strerror or str(error)
    hint = _HINTS.get(error.errno, "check the path and permissions, then run the command again")
    return OutputWriteError(f"cannot write: {reason} ({done})", path=path, hint=hint)


def atomic_write(target: Path, content: bytes | str | Callable[[Path], object], encoding: str = "utf-8") -> Path:
    """Replace ``target`` whole with ``content`` (bytes, text, or a function that writes to the path it is given).

    Readers see the old file or the new one, never half of one; on failure the target is untouched and no
    temporary file is left behind.
    """
    target = Path(target)
    temporary = temporary_path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if callable(content):
            content(temporary)
        else:
            data = content.encode(encoding) if isinstance(content, str) else content
            with open(temporary, "xb") as handle:
                handle.write(data)
        os.replace(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise write_error(error, target) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return target


def _copy(source: Path, destination: Path) -> None:
    with open(source, "rb") as reader, open(destination, "xb") as writer:
        shutil.copyfileobj(reader, writer, 1 << 20)


class Commit:
    """Files to put in place together: ``stage`` copies each beside its target, ``apply`` moves them all.

    ``journal`` (optional) records the moves so that :func:`recover` can finish them after a crash.
    """

    def __init__(self, journal: Path | None = None):
        self.journal = Path(journal) if journal else None
        self.moves: list[tuple[Path, Path]] = []  # (staged temporary, target)
        self.deletions: list[Path] = []

    def stage(self, target: Path, source: Path | None = None, content: bytes | str | None = None) -> None:
        """Stage ``source``'s bytes (or ``content``) to replace ``target``; nothing visible changes yet."""
        target = Path(target)
        temporary = temporary_path(target)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            if source is not None:
                _copy(Path(source), temporary)
            else:
                with open(temporary, "xb") as handle:
                    handle.write(content.encode("utf-8") if isinstance(content, str) else content)
        except OSError as error:
            temporary.unlink(missing_ok=True)
            self.abort()
            raise write_error(error, target) from None
        self.moves.append((temporary, target))

    def delete(self, target: Path) -> None:
        self.deletions.append(Path(target))

    def abort(self) -> None:
        for temporary, _ in self.moves:
            temporary.unlink(missing_ok=True)
        self.moves, self.deletions = [], []

    def apply(self) -> list[Path]:
        """Move every staged file into place and delete what was marked; all or nothing. Returns the targets."""
        if not self.moves and not self.deletions:
            return []
        backups: list[tuple[Path, Path]] = []  # (backup, target) of files that existed before
        try:
            for target in [t for _, t in self.moves] + self.deletions:
                if target.exists():
                    backup = temporary_path(target, "old")
                    try:
                        os.link(target, backup)
                    except OSError:
                        shutil.copy2(target, backup)
                    backups.append((backup, target))
            if self.journal:
                atomic_write(self.journal, json.dumps({
                    "moves": [[str(a), str(b)] for a, b in self.moves],
                    "deletions": [str(d) for d in self.deletions],
                    "backups": [str(b) for b, _ in backups]}))
        except (OSError, OutputWriteError) as error:
            for backup, _ in backups:
                backup.unlink(missing_ok=True)
            self.abort()
            if isinstance(error, OutputWriteError):
                raise
            raise write_error(error, self.moves[0][1] if self.moves else self.deletions[0]) from None
        done: list[tuple[Path, Path]] = []
        try:
            for temporary, target in self.moves:
                os.replace(temporary, target)
                done.append((temporary, target))
            for target in self.deletions:
                target.unlink(missing_ok=True)
        except OSError as error:
            failed = target
            self._undo(done, backups)
            raise write_error(error, failed, "no output was changed: the files already moved were put back") \
                from None
        for backup, _ in backups:
            backup.unlink(missing_ok=True)
        if self.journal:
            self.journal.unlink(missing_ok=True)
        targets = [t for _, t in self.moves]
        self.moves, self.deletions = [], []
        return targets

    def _undo(self, done, backups) -> None:
        previous = {target: backup for backup, target in backups}
        for _, target in done:
            if target in previous:
                os.replace(previous.pop(target), target)
            else:
                target.unlink(missing_ok=True)
        for target, backup in previous.items():  # deletions not reached, or failed: restore them
            if not target.exists():
                os.replace(backup, target)
            else:
                backup.unlink(missing_ok=True)
        for temporary, _ in self.moves:
            temporary.unlink(missing_ok=True)
        if self.journal:
            self.journal.unlink(missing_ok=True)
        self.moves, self.deletions = [], []


def recover(journal: Path) -> bool:
    """Finish a commit that was killed half-way (its journal still exists). Returns whether there was one."""
    journal = Path(journal)
    if not journal.exists():
        return False
    try:
        record = json.loads(journal.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        journal.unlink(missing_ok=True)  # written atomically, so an unreadable journal was never complete
        return False
    for temporary, target in record.get("moves", []):
        if Path(temporary).exists():
            os.replace(temporary, target)
    for target in record.get("deletions", []):
        Path(target).unlink(missing_ok=True)
    for backup in record.get("backups", []):
        Path(backup).unlink(missing_ok=True)
    journal.unlink(missing_ok=True)
    return True
