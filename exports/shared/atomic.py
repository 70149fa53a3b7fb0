"""Publishing a file all at once: the target is either the old file or the whole new one.

The package is written to a temporary file in the target folder (same file
system, so ``os.replace`` is atomic), flushed to disk, then renamed into
place.  On Linux the temporary file is anonymous (``O_TMPFILE``) until the
moment it is linked, so even ``kill -9`` mid-write leaves nothing behind;
elsewhere it is a hidden ``.partial`` file removed on any error, and ones
left by a killed run are swept the next time a package is written there.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import io
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from forms.errors import QT_TRANSLATE_NOOP, UserError

PARTIAL_SUFFIX = ".fieldwheel-partial"


class _DropAfterFailure(io.RawIOBase):
    """The temporary file, deaf once a write has failed or it was closed.

    A zip writer whose write failed (disk full, or any error mid-save) is
    left unclosed; when it is collected, ``ZipFile.__del__`` seeks and writes
    its directory again and prints a traceback after our sentence.  The file
    is discarded anyway, so after the first failure (or once closed) writes
    and seeks are dropped and the first error alone is told.
    """

    def __init__(self, raw: BinaryIO) -> None:
        super().__init__()
        self.raw = raw
        self.deaf = False
        self.position = raw.tell()

    def writable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:
        if not self.deaf:
            try:
                self.raw.write(data)
            except OSError:
                self.deaf = True
                raise
        self.position += len(data)
        return len(data)

    def read(self, size: int = -1) -> bytes:
        data = self.raw.read(size)
        self.position += len(data)
        return data

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if not self.deaf:
            self.position = self.raw.seek(offset, whence)
        elif whence == io.SEEK_SET:
            self.position = offset
        else:
            self.position += offset
        return self.position

    def tell(self) -> int:
        return self.position

    def flush(self) -> None:
        if not self.deaf:
            self.raw.flush()

    def fileno(self) -> int:
        return self.raw.fileno()

    def close(self) -> None:
        try:
            self.raw.close()
        except OSError:
            if not self.deaf:
                raise
        finally:
            self.deaf = True
            super().close()


class AtomicFile:
    """A writable binary file that becomes ``target`` only when ``publish`` is called."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.folder = target.parent if str(target.parent) else Path(".")
        self._name: str | None = None
        self._sweep()
        self.stream = _DropAfterFailure(self._open())

    def _open(self) -> BinaryIO:
        flag = getattr(os, "O_TMPFILE", 0)
        if flag and Path("/proc/self/fd").is_dir():
            try:
                fd = os.open(self.folder, flag | os.O_RDWR, 0o644)
                return os.fdopen(fd, "w+b")
            except OSError as error:
                if error.errno not in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL):
                    raise
        fd, name = tempfile.mkstemp(
            dir=self.folder, prefix=f".{self.target.name}.{os.getpid()}.", suffix=PARTIAL_SUFFIX
        )
        # mkstemp makes the file owner-only; the published file gets the
        # permissions any new file of the user gets (0644 under umask 022).
        with contextlib.suppress(OSError, AttributeError):
            os.fchmod(fd, 0o666 & ~_umask())
        self._name = name
        return os.fdopen(fd, "w+b")

    def publish(self) -> None:
        """Flush to disk and rename over the target in one step."""
        self.stream.flush()
        os.fsync(self.stream.fileno())
        if self._name is None:
            name = self.folder / f".{self.target.name}.{os.getpid()}.link{PARTIAL_SUFFIX}"
            with contextlib.suppress(FileNotFoundError):
                name.unlink()
            _link_anonymous(self.stream.fileno(), self.folder, name)
            self._name = str(name)
        self.stream.close()
        os.replace(self._name, self.target)
        self._name = None
        _fsync_folder(self.folder)

    def discard(self) -> None:
        """Forget the temporary file; the target is untouched."""
        with contextlib.suppress(OSError):
            self.stream.close()
        if self._name is not None:
            with contextlib.suppress(OSError):
                os.unlink(self._name)
            self._name = None

    def _sweep(self) -> None:
        """Remove partial files of writers that are no longer running."""
        with contextlib.suppress(OSError):
            pattern = f".{glob.escape(self.target.name)}.*{PARTIAL_SUFFIX}"
            for path in self.folder.glob(pattern):
                pid = path.name[len(self.target.name) + 2 :].split(".", 1)[0]
                if pid.isdigit() and not _alive(int(pid)):
                    path.unlink(missing_ok=True)


def _link_anonymous(fd: int, folder: Path, name: Path) -> None:
    """Give an ``O_TMPFILE`` file a name.

    ``linkat`` must follow the ``/proc/self/fd`` link; CPython only asks it
    to when a directory fd is passed, hence the folder's.
    """
    folder_fd = os.open(folder, os.O_RDONLY)
    try:
        os.link(f"/proc/self/fd/{fd}", name, src_dir_fd=folder_fd, follow_symlinks=True)
    finally:
        os.close(folder_fd)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); a no-op where folders cannot be opened."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _umask() -> int:
    """The process umask, read without changing it where the system tells it (Linux)."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_output(
    target: Path,
    *,
    what: str = QT_TRANSLATE_NOOP("UserError", "The package"),
    code: str = "package-write-failed",
) -> Iterator[AtomicFile]:
    """Yield an AtomicFile; publish it if the block succeeds, discard it otherwise.

    Environmental failures (read-only folder, full disk, missing folder)
    become one ``UserError`` sentence about ``what``, with ``code``.
    """
    try:
        atomic = AtomicFile(target)
    except OSError as error:
        raise write_error(target, error, what=what, code=code) from error
    try:
        yield atomic
        atomic.publish()
    except OSError as error:
        atomic.discard()
        raise write_error(target, error, what=what, code=code) from error
    except BaseException:
        atomic.discard()
        raise


def write_error(
    target: Path,
    error: OSError,
    *,
    what: str = QT_TRANSLATE_NOOP("UserError", "The package"),
    code: str = "package-write-failed",
) -> UserError:
    reasons = {
        errno.ENOSPC: QT_TRANSLATE_NOOP("UserError", "the disk is full"),
        errno.EROFS: QT_TRANSLATE_NOOP("UserError", "the folder is read-only"),
        errno.EACCES: QT_TRANSLATE_NOOP("UserError", "permission denied"),
        errno.EPERM: QT_TRANSLATE_NOOP("UserError", "permission denied"),
        errno.ENOENT: QT_TRANSLATE_NOOP("UserError", "the folder does not exist"),
        errno.EDQUOT: QT_TRANSLATE_NOOP("UserError", "the disk quota is exceeded"),
    }
    reason = reasons.get(error.errno, error.strerror or str(error))
    return UserError(
        code,
        QT_TRANSLATE_NOOP("UserError", "{what} could not be written to {target}: {reason}."),
        path=str(target),
        what=what,
        target=target,
        reason=reason,
    )
