"""The window (PySide6): one folder per capability, ui.shared for what they reuse.

app.py starts it; main_window.py wires the capabilities, which never import each other."""
