"""Generated benchmark databases, kept between runs of ``make bench``.

Building 10⁴ synthetic respondents (or the 10⁵-row list) takes minutes and
dominated the whole bench.  A database is built once, under a name keyed by
a hash of what generates it (the generator's source, the schema's
migrations, the built-in forms and the sample data), so it is rebuilt
exactly when one of those changes; each run works on a fresh copy, so what
a benchmark writes never leaks into the next run.

The folder is ``$FIELDWHEEL_BENCH_CACHE`` or ``fieldwheel-bench-cache`` in
the temporary folder; delete it to start over.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from bench.harness import ROOT

GENERATOR_SOURCES = (
    "storage/migrations.py",
    "storage/synthetic.py",
    "storage/demo.py",
    "forms/library/*.md",
    "resources/demo/*",
)
"""What every generated database depends on; a bench adds its own generator's file."""


def cache_folder() -> Path:
    folder = os.environ.get("FIELDWHEEL_BENCH_CACHE")
    return Path(folder) if folder else Path(tempfile.gettempdir()) / "fieldwheel-bench-cache"


def generator_key(name: str, sources: Iterable[str] = ()) -> str:
    """A hash of ``name`` and the files (globs under the project root) that generate it."""
    digest = hashlib.sha256(name.encode())
    for pattern in (*GENERATOR_SOURCES, *sources):
        for path in sorted(ROOT.glob(pattern)):
            digest.update(path.relative_to(ROOT).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def cached_database(
    name: str, build: Callable[[Path], object], into: Path, sources: Iterable[str] = ()
) -> Path:
    """A copy at ``into`` of database ``name``, built by ``build(path)`` if not cached yet."""
    folder = cache_folder()
    folder.mkdir(parents=True, exist_ok=True)
    kept = folder / f"{name}-{generator_key(name, sources)}.sqlite3"
    if not kept.exists():
        for stale in folder.glob(f"{name}-*.sqlite3"):
            stale.unlink()
        # A folder of this process's own: two benches building the same database never mix.
        building = Path(tempfile.mkdtemp(prefix=f"{name}-building-", dir=folder))
        try:
            partial = building / "database.sqlite3"
            build(partial)
            partial.replace(kept)
        finally:
            shutil.rmtree(building)
    shutil.copyfile(kept, into)
    return into
