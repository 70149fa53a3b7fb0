"""Which zip part each sheet name reads, when the workbook says so plainly.

A reader asked for a sheet by name looks it up in ``xl/workbook.xml`` and
follows the relationship in ``xl/_rels/workbook.xml.rels`` to a part.  A
caller that never reads some sheets may give their parts only a cheap check
(``archive.check_workbook_zip``'s ``unread``), but only if it knows for
sure which part a reader opens for each name: a part checked lightly must
never be what a reader gets for a sheet it is asked for.  So the map is given
only for a plain workbook, read the way python-calamine reads it (elements
by local name, ``r:id`` by its written name, a part found whatever its
case): every relationship with one id and a target of letters, digits and
underscores under ``xl/`` (written ``/xl/…`` or relative, never ``..``,
never an escape that a reader might keep raw), every sheet with a name of
its own and one relationship id that exists.  Anything else gives None and
every part is scanned up front, as before.
"""

from __future__ import annotations

import re
import zipfile
from typing import NamedTuple
from xml.parsers import expat

WORKBOOK = "xl/workbook.xml"
RELATIONSHIPS = "xl/_rels/workbook.xml.rels"
_TARGET = re.compile(r"(/xl/)?(?!xl/)(?:[A-Za-z0-9_]+/)*[A-Za-z0-9_]+\.[A-Za-z0-9_]+", re.ASCII)
_WORKSHEET = re.compile(r"xl/worksheets/[a-z0-9_]+\.xml", re.ASCII)
_ID_NAMES = ("r:id", "relationships:id")


def worksheet_parts(archive: zipfile.ZipFile) -> dict[str, SheetPart] | None:
    """Sheet name to worksheet part, for a plain workbook; None when it is not plain.

    Only ``xl/worksheets/*.xml`` parts that no relationship other than a
    sheet's points to are given.  Both parts read here must already have
    passed the exact scan (well-formed, no DOCTYPE).
    """
    parts = {info.filename.lower(): info for info in archive.infolist()}
    workbook, relationships = parts.get(WORKBOOK), parts.get(RELATIONSHIPS)
    if workbook is None or relationships is None:
        return None
    rels = archive.read(relationships)
    if b"&" in rels:  # an escaped id or target: python-calamine compares them raw
        return None
    targets = _relationships(rels)
    sheets = _sheets(archive.read(workbook))
    if targets is None or sheets is None:
        return None
    by_sheet = {rid for rid, _ in sheets.values()}
    if not by_sheet <= targets.keys():
        return None
    others = {targets[rid] for rid in targets.keys() - by_sheet}
    found = {}
    for sheet, (rid, hidden) in sheets.items():
        target = targets[rid]
        if _WORKSHEET.fullmatch(target) and target not in others and target in parts:
            found[sheet] = SheetPart(parts[target], hidden)
    return found


class SheetPart(NamedTuple):
    info: zipfile.ZipInfo
    hidden: bool
    """Hidden or very hidden (``state``), as a workbook's own sheets of records are."""


def _relationships(data: bytes) -> dict[str, str] | None:
    """Relationship id to the part it names (lower-cased), or None if any is unusual."""
    found: dict[str, str] = {}
    plain = True

    def start(tag: str, attributes: dict[str, str]) -> None:
        nonlocal plain
        if tag.rpartition(":")[2] != "Relationship":
            return
        rid, target = attributes.get("Id"), attributes.get("Target")
        if rid is None or target is None or rid in found or not _TARGET.fullmatch(target):
            plain = False
            return
        found[rid] = ("xl/" + target.removeprefix("/xl/")).lower()

    if not _parse(data, start) or not plain:
        return None
    return found


def _sheets(data: bytes) -> dict[str, tuple[str, bool]] | None:
    """Sheet name to relationship id and whether it is hidden; None if a name repeats or an
    id is missing."""
    found: dict[str, tuple[str, bool]] = {}
    plain = True

    def start(tag: str, attributes: dict[str, str]) -> None:
        nonlocal plain
        if tag.rpartition(":")[2] != "sheet":
            return
        name = attributes.get("name")
        ids = [attributes[key] for key in _ID_NAMES if key in attributes]
        if name is None or name in found or len(ids) != 1:
            plain = False
            return
        found[name] = (ids[0], attributes.get("state", "visible") != "visible")

    if not _parse(data, start) or not plain:
        return None
    return found


def _parse(data: bytes, start) -> bool:
    """Run ``start`` on every element (names as written, no namespace processing)."""
    parser = expat.ParserCreate()
    parser.StartElementHandler = start
    try:
        parser.Parse(data, True)
    except expat.ExpatError:
        return False
    return True
