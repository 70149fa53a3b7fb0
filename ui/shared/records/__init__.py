"""The one record table: a read-only model over a list of records and the view that shows it.

May import Qt only; capabilities subclass or configure these."""
