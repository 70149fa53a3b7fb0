"""``copy-db SOURCE TARGET``: a whole Fieldwheel database into an empty one, then verified.

How a headquarters moves from its SQLite file to a PostgreSQL server (or
takes a server's data home in a file): every table, the audit log included,
read from one consistent view of the source and written in one transaction
into the target, so a failed copy leaves the target as empty as it was.
Row counts and content hashes of every table are then compared on both
sides.  Search tables are not copied: the target's own triggers fill them
from the rows as they arrive.
"""
