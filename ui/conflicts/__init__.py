"""Conflicts left by an import: the list, side-by-side resolution, the status-bar hint.

May import ui.shared and the core (forms, storage, exports); no other capability."""
