"""Server databases: the *Open server database* dialog, its addresses and the recent list.

May import ui.shared and the core (forms, storage); no other capability."""
