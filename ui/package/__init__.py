"""The Excel package in the window: export options and work, import with its per-file report.

May import ui.shared and the core (forms, storage, exports); no other capability."""
