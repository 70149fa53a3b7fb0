"""Stored form sources read back into forms, once per process for each source.

Its own module (below ``storage.editing`` and search's catalogue, which
both need it), so the cache is shared: an import that checks a package's
answers against its form has already parsed the form its merge catalogues.
"""

from __future__ import annotations

import functools

from forms.model import Form


@functools.lru_cache(maxsize=32)
def parse_stored_form(source: bytes, source_name: str) -> Form:
    """A stored form's source read back (cached: pyxform takes most of a second)."""
    from forms.xlsform.load import load_form_bytes

    return load_form_bytes(source, source_name)
