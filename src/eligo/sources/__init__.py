"""Sources: readers that turn input files into patient records (Eligo JSON, JSON arrays, JSON
Lines, directories), the splitter, the fast decoder and the repeated-id index.

May import: :mod:`eligo.errors`, :mod:`eligo.language`, :mod:`eligo.records`.
"""
