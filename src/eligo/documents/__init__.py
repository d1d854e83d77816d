"""Documents: the protocol's eligibility section (render), the patient checklist (checklist), a
screened cohort's counts (summary) and its report (cohort), with what the two reports share
(report), arranged by Jinja templates (``templates/``) from phrases made in Python.

May import: :mod:`eligo.errors`, :mod:`eligo.language`, :mod:`eligo.records`, :mod:`eligo.sources`, :mod:`eligo.evaluate`.
"""
