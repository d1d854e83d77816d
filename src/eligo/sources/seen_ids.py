"""The patient ids of one input seen so far, to find an id that appears twice, in little memory.

Finding every repeated id in a stream needs memory proportional to the number of patients: a
set of the ids themselves costs about 100 bytes per patient in Python. :class:`SeenIds` keeps an
8-byte keyed hash of each id (BLAKE2b with a random key per instance, so no input can be crafted
to collide), the line where it was first seen (4 bytes), and an open-addressing table of 4-byte
entry numbers at most three quarters full: 17 to 23 bytes per patient (about 20 MB per million
patients).

Two different ids share a hash with probability about n²/2⁶⁵ over n patients (3 × 10⁻⁸ for a
million); such a pair would be reported as a repeated id, and the random key makes it a
different pair, or none, on the next run.

>>> seen = SeenIds()
>>> seen.add("P1", "a.jsonl", 1) is None and seen.add("P2", "a.jsonl", 2) is None
True
>>> seen.add("P1", "b.jsonl", 7)
('a.jsonl', 1)
>>> seen.message("P1", ("a.jsonl", 1), "b.jsonl")
"patient id 'P1' already appeared at a.jsonl:1"
>>> len(seen)
2
>>> seen.check("P2", "b.jsonl", 8, loaded=True).render()
"b.jsonl:8: patient P2: id: patient id 'P2' already appeared at a.jsonl:2"
"""

from __future__ import annotations

import bisect
import hashlib
import os
import sys
from array import array

from eligo.errors import RecordProblem

__all__ = ["SeenIds"]

_EMPTY = 0
_LARGEST_LINE = (1 << 32) - 1


class SeenIds:
    """Patient ids and where each first appeared; :meth:`add` says whether one was seen before."""

    def __init__(self) -> None:
        self._key = os.urandom(16)
        self._digests = array("Q")  # entry -> the id's keyed hash
        self._lines = array("I")  # entry -> the line it was first seen on (0: beyond 2**32 - 1)
        self._sources: list[str] = []  # the sources, one per run of entries from the same source
        self._source_starts = array("Q")  # the first entry of each run
        self._slots = array("I", bytes(4 * 1024))  # hash -> entry + 1 (0: empty), linear probing
        self._mask = 1023

    def __len__(self) -> int:
        return len(self._digests)

    @property
    def nbytes(self) -> int:
        """The memory the index holds, in bytes."""
        arrays = (self._digests, self._lines, self._source_starts, self._slots)
        return sum(sys.getsizeof(a) for a in arrays) + sys.getsizeof(self._sources)

    def add(self, patient_id: str, source: str, line: int) -> tuple[str, int] | None:
        """Record ``patient_id`` as read at ``source``:``line``; if it was seen before, record
        nothing and return where it first appeared (the line is 0 when it was past 2³²−1)."""
        digest = self._digest(patient_id)
        slots, digests, mask = self._slots, self._digests, self._mask
        slot = digest & mask
        while (entry := slots[slot]) != _EMPTY:
            if digests[entry - 1] == digest:
                return self._source_of(entry - 1), self._lines[entry - 1]
            slot = (slot + 1) & mask
        if not self._sources or self._sources[-1] != source:
            self._sources.append(source)
            self._source_starts.append(len(digests))
        digests.append(digest)
        self._lines.append(line if 0 < line <= _LARGEST_LINE else 0)
        slots[slot] = len(digests)
        if 4 * len(digests) > 3 * len(slots):
            self._grow()
        return None

    def check(self, patient_id: str | None, source: str, line: int, *, loaded: bool) -> RecordProblem | None:
        """The rule for repeated ids, for the record at ``source``:``line``: every record's id counts
        as seen, even a rejected one's, but only a ``loaded`` (valid) record that repeats an earlier
        id is rejected for it (an invalid one is reported for what is wrong with it)."""
        if patient_id is None:
            return None
        first = self.add(patient_id, source, line)
        if first is None or not loaded:
            return None
        return RecordProblem(source, line, patient_id, "id", self.message(patient_id, first, source))

    def message(self, patient_id: str, first: tuple[str, int], source: str) -> str:
        """The words for an id seen again in ``source``, first seen at ``first``."""
        where_source, line = first
        shown = patient_id if len(patient_id) <= 60 else patient_id[:57] + "..."
        if not line:
            where = "earlier" if where_source == source else f"earlier in {where_source}"
        else:
            where = f"at line {line}" if where_source == source else f"at {where_source}:{line}"
        return f"patient id '{shown}' already appeared {where}"

    def _digest(self, patient_id: str) -> int:
        data = patient_id.encode("utf-8", "surrogatepass")
        value = int.from_bytes(hashlib.blake2b(data, digest_size=8, key=self._key).digest(), "little")
        return value

    def _source_of(self, entry: int) -> str:
        return self._sources[bisect.bisect_right(self._source_starts, entry) - 1]

    def _grow(self) -> None:
        size = 2 * len(self._slots)
        slots = array("I", bytes(4 * size))
        mask = size - 1
        for entry, digest in enumerate(self._digests, start=1):
            slot = digest & mask
            while slots[slot] != _EMPTY:
                slot = (slot + 1) & mask
            slots[slot] = entry
        self._slots, self._mask = slots, mask
