"""A seeded fuzz of 1,000 mutated packages: each imports or is refused in one sentence.

Mutations: truncations, bit flips, flips inside decompressed XML (then
recompressed), removed and duplicated parts, edited cells, far cell
references, entity bombs and zip bombs.  Every case must end in a report or
a ``UserError`` sentence (what the CLI prints with exit status 2), within
10 s; a refused case must leave the database exactly as it was; the whole
run stays under 500 MB.  A failure names the case's number and mutation, so
``mutate(base, random.Random(SEED + n))`` rebuilds it.
"""

from __future__ import annotations

import io
import random
import re
import resource
import sys
import time
import warnings
import zipfile
from collections.abc import Callable

import pytest

from exports.package.importing import import_package
from exports.package.write import export_package
from forms.errors import UserError
from storage import Database
from tests.exports.package.support import SAMPLE, dump, seed

SEED = 20261202
CASES = 1_000
Parts = list[tuple[str, bytes]]


def _parts(data: bytes) -> Parts:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def _zip(parts: Parts) -> bytes:
    out = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicated names are a mutation on purpose
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in parts:
                archive.writestr(name, data)
    return out.getvalue()


def _xml_parts(parts: Parts) -> list[int]:
    return [i for i, (name, _) in enumerate(parts) if name.endswith((".xml", ".rels"))]


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(len(data))]


def flip_bits(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
    return bytes(out)


def flip_xml(data: bytes, rng: random.Random) -> bytes:
    parts = _parts(data)
    index = rng.choice(_xml_parts(parts))
    name, text = parts[index]
    changed = bytearray(text)
    for _ in range(rng.randint(1, 4)):
        changed[rng.randrange(len(changed))] = rng.choice(b"<>&\"'=/ x0\x00\xff")
    parts[index] = (name, bytes(changed))
    return _zip(parts)


def remove_part(data: bytes, rng: random.Random) -> bytes:
    parts = _parts(data)
    del parts[rng.randrange(len(parts))]
    return _zip(parts)


def duplicate_part(data: bytes, rng: random.Random) -> bytes:
    parts = _parts(data)
    name, text = parts[rng.choice(_xml_parts(parts))]
    parts.append((name, text.replace(b"<v>", b"<v>9", 1) if rng.random() < 0.5 else text))
    return _zip(parts)


def edit_cell(data: bytes, rng: random.Random) -> bytes:
    parts = _parts(data)
    sheets = [i for i, (n, _) in enumerate(parts) if n.startswith("xl/worksheets/sheet")]
    index = rng.choice(sheets)
    name, text = parts[index]
    values = list(re.finditer(rb"<(v|t)>([^<]*)<", text))
    if values:
        match = rng.choice(values)
        edited = rng.choice([b"edited", b"0", b"-1e308", b"=1+1", b"x" * 40_000])
        text = text[: match.start(2)] + edited + text[match.end(2) :]
    parts[index] = (name, text)
    return _zip(parts)


def far_cell(data: bytes, rng: random.Random) -> bytes:
    parts = _parts(data)
    sheets = [i for i, (n, _) in enumerate(parts) if n.startswith("xl/worksheets/sheet")]
    index = rng.choice(sheets)
    name, text = parts[index]
    refs = list(re.finditer(rb' r="([A-Z]*[0-9]*)"', text))
    far = rng.choice([b"XFD1048576", b"ZZ100000", b"XFE1", b"A1048577", b"AAAA1", b"B99999999"])
    if refs:
        match = rng.choice(refs)
        text = text[: match.start(1)] + far + text[match.end(1) :]
    parts[index] = (name, text)
    return _zip(parts)


def entity_bomb(data: bytes, rng: random.Random) -> bytes:
    parts = _parts(data)
    index = rng.choice(_xml_parts(parts))
    name, text = parts[index]
    lol = b'<!ENTITY a "aaaaaaaaaa">' + b"".join(
        b'<!ENTITY %c "%s">' % (98 + i, b"&%c;" % (97 + i) * 10) for i in range(8)
    )
    body = text.split(b"?>", 1)[-1]
    parts[index] = (name, b'<?xml version="1.0"?><!DOCTYPE x [' + lol + b"]>" + body)
    return _zip(parts)


def zip_bomb(data: bytes, rng: random.Random) -> bytes:
    parts = _parts(data)
    sheets = [i for i, (n, _) in enumerate(parts) if n.startswith("xl/worksheets/sheet")]
    index = rng.choice(sheets)
    name, text = parts[index]
    padding = b" " * rng.choice([3, 6]) * 1024**2
    parts[index] = (name, text.replace(b"<sheetData>", b"<sheetData>" + padding, 1))
    return _zip(parts)


MUTATIONS: tuple[Callable[[bytes, random.Random], bytes], ...] = (
    truncate,
    flip_bits,
    flip_xml,
    remove_part,
    duplicate_part,
    edit_cell,
    far_cell,
    entity_bomb,
    zip_bomb,
)


def mutate(base: bytes, rng: random.Random) -> tuple[str, bytes]:
    mutation = rng.choice(MUTATIONS)
    return mutation.__name__, mutation(base, rng)


def _peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024**2 if sys.platform == "darwin" else peak / 1024


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="peak memory is read with resource")
def test_a_thousand_mutated_packages(tmp_path):
    with Database(tmp_path / "field.sqlite3") as field:
        seed(field, SAMPLE)
        export_package(field, tmp_path / "p.xlsx", charts=False)
    base = (tmp_path / "p.xlsx").read_bytes()
    outcomes: dict[str, int] = {}
    with Database(tmp_path / "hq.sqlite3") as hq:
        seed(hq, {"info/name": "already here"}, author="Lead")
        for case in range(CASES):
            kind, data = mutate(base, random.Random(SEED + case))
            path = tmp_path / "mutant.xlsx"
            path.write_bytes(data)
            before = dump(hq.path)
            started = time.process_time()
            try:
                import_package(hq, path)
                outcome = "imported"
            except UserError as error:
                outcome = error.code
                assert "\n" not in error.message and error.message.endswith("."), (case, kind)
                assert dump(hq.path) == before, (case, kind, error.code)
            assert time.process_time() - started < 10, (case, kind)
            outcomes[outcome] = outcomes.get(outcome, 0) + 1
    assert _peak_mb() < 500
    assert sum(outcomes.values()) == CASES
    assert len(outcomes) > 5, outcomes  # the mutations reach many different checks
