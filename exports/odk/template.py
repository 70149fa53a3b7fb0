"""The shape of a form's primary instance, read from the XForm pyxform builds.

A submission is valid for its XForm when it has the instance's root element
with the form's ``id`` and ``version`` and only elements the instance
declares, repeats appearing once per instance.  Reading that shape from the
XForm itself (rather than from our own model) keeps the two in step:
whatever pyxform puts in the instance, a submission may carry; nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from xml.etree import ElementTree

from defusedxml import ElementTree as SafeTree

XFORMS = "http://www.w3.org/2002/xforms"
JAVAROSA = "http://openrosa.org/javarosa"
_TEMPLATE = f"{{{JAVAROSA}}}template"


@dataclass
class Slot:
    """One element of the instance: a question, a group or a repeat."""

    name: str
    repeat: bool = False
    children: list[Slot] = field(default_factory=list)

    def child(self, name: str) -> Slot | None:
        return next((slot for slot in self.children if slot.name == name), None)


@dataclass(frozen=True)
class InstanceTemplate:
    """The root element's name and attributes, and the elements below it."""

    root: str
    form_id: str
    version: str
    body: Slot


def local(tag: str) -> str:
    """An element name without its namespace."""
    return tag.rpartition("}")[2]


@lru_cache(maxsize=32)
def instance_template(xform: str) -> InstanceTemplate:
    """The primary instance of ``xform`` (XML text built by pyxform)."""
    html = SafeTree.fromstring(xform)
    model = next(html.iter(f"{{{XFORMS}}}model"))
    instance = next(child for child in model if local(child.tag) == "instance")
    root = next(iter(instance))
    return InstanceTemplate(
        root=local(root.tag),
        form_id=root.get("id", ""),
        version=root.get("version", ""),
        body=_slot(root),
    )


def _slot(element: ElementTree.Element) -> Slot:
    slot = Slot(local(element.tag))
    for child in element:
        name = local(child.tag)
        known = slot.child(name)
        if known is None:
            known = _slot(child)
            slot.children.append(known)
        known.repeat |= child.get(_TEMPLATE) is not None
    return slot
