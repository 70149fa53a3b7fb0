"""Question types sorted by how the desktop filler treats them.

Kept apart from the widgets so progress counting and validation filtering
can ask "can a person answer this here?" without importing any widget.
"""

from __future__ import annotations

from forms.model import Question

UNSUPPORTED = frozenset(
    {
        "geopoint",
        "geotrace",
        "geoshape",
        "image",
        "audio",
        "video",
        "file",
        "barcode",
        "signature",
        "background-audio",
        "rank",
        "osm",
    }
)
"""Types that need a device feature the desktop lacks; shown, never blocking."""

HIDDEN = frozenset(
    {
        "start",
        "end",
        "today",
        "deviceid",
        "subscriberid",
        "simserial",
        "phonenumber",
        "username",
        "email",
        "audit",
        "start-geopoint",
        "hidden",
        "xml-external",
        "csv-external",
    }
)
"""Metadata and external-data types: filled by a phone, never shown to a person."""


def is_hidden(question: Question) -> bool:
    """Phone metadata such as ``deviceid`` (also as ``uri:deviceid``): never shown."""
    return question.type in HIDDEN or question.type.startswith("uri:")


def is_answerable(question: Question) -> bool:
    """Whether a person can give this question an answer in the desktop filler."""
    return not (
        question.type in ("note", "calculate")
        or question.calculate
        or question.read_only
        or question.type in UNSUPPORTED
        or is_hidden(question)
    )


def is_supported(question: Question) -> bool:
    """Whether a problem on this question may block marking the form complete."""
    return question.type not in UNSUPPORTED and not is_hidden(question)
