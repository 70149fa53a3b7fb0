"""Reading an untrusted path: ordinary files only, never more than a limit.

A path may be a symlink to ``/dev/zero``, a FIFO that never ends or a socket;
``st_size`` says nothing about those.  The path is opened without blocking
(a FIFO would otherwise wait for a writer for ever), its target checked with
``fstat`` on the open descriptor (so symlinks are resolved and nothing can be
swapped in between), and at most ``max_bytes + 1`` bytes are read.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from forms.errors import QT_TRANSLATE_NOOP
from forms.untrusted.limits import UntrustedFileError

_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
_OPEN_FLAGS |= getattr(os, "O_BINARY", 0)


def read_regular_file(path: Path, *, label: str, what: str, max_bytes: int) -> bytes:
    """The bytes of the ordinary file at ``path`` (symlinks followed), at most ``max_bytes``.

    ``label`` starts the refusal codes (``package-missing``); ``what`` names
    the file in the sentence ("package", "password file").
    """
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as error:
        raise _open_error(path, error, label, what) from error
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise UntrustedFileError(
                f"{label}-missing",
                QT_TRANSLATE_NOOP("UserError", "{path} is a folder, not a {what}."),
                path=path,
                what=what,
            )
        if not stat.S_ISREG(info.st_mode):
            raise UntrustedFileError(
                f"{label}-not-a-file",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "{path} is not an ordinary file (it is a device, a pipe or a socket); a "
                    "{what} is read from an ordinary file only.",
                ),
                path=path,
                what=what,
            )
        if info.st_size > max_bytes:
            raise _too_big(path, info.st_size, label, what)
        data = _read_at_most(fd, max_bytes + 1)
    except OSError as error:
        raise _open_error(path, error, label, what) from error
    finally:
        os.close(fd)
    if len(data) > max_bytes:
        raise _too_big(path, len(data), label, what)
    return data


def _read_at_most(fd: int, limit: int) -> bytes:
    chunks = []
    left = limit
    while left > 0:
        chunk = os.read(fd, min(left, 1024**2))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _too_big(path: Path, size: int, label: str, what: str) -> UntrustedFileError:
    shown = f"{size // 1024**2} MB" if size >= 1024**2 else f"{size:,} bytes"
    return UntrustedFileError(
        f"{label}-too-big",
        QT_TRANSLATE_NOOP("UserError", "{name} is {shown}, larger than any {what} can be."),
        name=path.name,
        shown=shown,
        what=what,
    )


def _open_error(path: Path, error: OSError, label: str, what: str) -> UntrustedFileError:
    if error.errno == errno.ENOENT:
        return UntrustedFileError(
            f"{label}-missing",
            QT_TRANSLATE_NOOP("UserError", "The {what} {path} does not exist."),
            what=what,
            path=path,
        )
    if error.errno == errno.EISDIR:
        return UntrustedFileError(
            f"{label}-missing",
            QT_TRANSLATE_NOOP("UserError", "{path} is a folder, not a {what}."),
            path=path,
            what=what,
        )
    if error.errno in (errno.ENXIO, errno.EOPNOTSUPP):
        return UntrustedFileError(
            f"{label}-not-a-file",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{path} is not an ordinary file (it is a socket or a device); a {what} "
                "is read from an ordinary file only.",
            ),
            path=path,
            what=what,
        )
    if error.errno == errno.ELOOP:
        return UntrustedFileError(
            f"{label}-unreadable",
            QT_TRANSLATE_NOOP("UserError", "The {what} {path} is a symbolic link that loops."),
            what=what,
            path=path,
        )
    reason = error.strerror or str(error)
    return UntrustedFileError(
        f"{label}-unreadable",
        QT_TRANSLATE_NOOP("UserError", "The {what} {path} cannot be read: {reason}."),
        what=what,
        path=path,
        reason=reason,
    )
