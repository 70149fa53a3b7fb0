"""ODK submissions out and in: ODK Briefcase's folder layout, instance XML per submission.

``briefcase`` writes a mission's submissions as ODK Collect would have sent
them, beside the form's XForm, so ODK Briefcase (or Central's API) can push
them to a server; ``importing`` brings submissions collected with ODK
Collect or KoboToolbox for a form this database knows into a mission,
through the same checks and merge as a package import.
"""
