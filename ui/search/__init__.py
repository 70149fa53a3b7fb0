"""Search (Ctrl+F): find answers, choice labels and missions, open a hit at its question.

Uses ``ui.shared``, ``storage`` (``storage.search``) and ``forms``; the main window wires it.
"""
