"""The wheel chart as a file or a table: a mission's rounds combined, drawn with matplotlib.

May import exports.shared and forms, storage; never Qt."""
