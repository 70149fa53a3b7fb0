"""Full-text search over answers, choice labels and missions (issue 17).

Uses ``storage`` and ``forms`` only; sqlite-utils is imported by the migration, never at start-up.
"""
