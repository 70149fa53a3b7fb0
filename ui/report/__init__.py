"""File ▸ Report…: choose language, kind, paper and file; the PDF is made off the UI thread.

May import ui.shared, exports.report, forms and storage.
"""
