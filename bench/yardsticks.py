"""The yardsticks as whole commands, computing what Eligo's commands compute, for ``bench/run.py``.

    python bench/yardsticks.py eval COHORT.jsonl -o OUT.jsonl --fingerprint F [--jobs J]
    python bench/yardsticks.py screen PARQUET_DIR [--format summary|jsonl] [-o OUT] --fingerprint F

``eval`` is what a speed-minded engineer would write in Python for ``eligo eval CRITERIA COHORT -o
OUT``: the criteria of :mod:`handwritten` (typed msgspec structs, dates parsed once per distinct
text, window bounds once per reference date, value-set membership once per code), the file cut
into byte ranges screened by ``J`` worker processes (Eligo's default: one per core) while the
main process writes their lines in input order, each line made from a part remembered per
combination of outcomes. It writes the same bytes as ``eligo eval`` (JSON Lines, every
criterion's outcome, the criteria's fingerprint).

``screen`` is :mod:`handwritten_sql`'s query on DuckDB over the Parquet files ``eligo import``
writes, for ``eligo screen``: with ``--format summary``, the counts that the report shows
(verdicts, every criterion's outcomes, the attrition funnel, what each criterion alone excludes,
the first 1,000 patients by id with the criteria that decided them), grouped by the combination
of outcomes in SQL; with ``--format jsonl``, one line per patient in patient id order, the same
bytes as ``eligo screen --format jsonl``, from Arrow batches.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

sys.path.insert(0, str(Path(__file__).resolve().parent))

import handwritten
import handwritten_sql

Truth = bool | None
IDS = handwritten.CRITERIA
INCLUSIONS = sum(1 for c in IDS if c.startswith("I"))
WORDS: dict[Truth, str] = {True: "met", False: "not_met", None: "unknown"}
I7 = IDS.index("I7")
CHUNK = 1 << 22  # bytes of JSON Lines per task


def verdict(values: Sequence[Truth]) -> str:
    """Eligible, ineligible or undetermined, from the answers in the order of :data:`IDS`."""
    inclusions, exclusions = values[:INCLUSIONS], values[INCLUSIONS:]
    if False in inclusions or True in exclusions:
        return "ineligible"
    return "undetermined" if None in inclusions or None in exclusions else "eligible"


def line_maker(fingerprint: str) -> Callable[[str, tuple[Truth, ...], bool], str]:
    """A result's JSON Lines text from its id, answers and I7's not applying; the part after the
    id is remembered per combination of answers."""
    end = ', "fingerprint": ' + json.dumps(fingerprint) + "}\n"
    middles: dict[tuple[tuple[Truth, ...], bool], str] = {}
    dumps = json.dumps

    def line(patient_id: str, values: tuple[Truth, ...], not_applicable: bool) -> str:
        key = (values, not_applicable)
        middle = middles.get(key)
        if middle is None:
            words = [WORDS[v] for v in values]
            if not_applicable:
                words[I7] = "not_applicable"
            middle = middles[key] = (
                f', "verdict": "{verdict(values)}", "criteria": {dumps(dict(zip(IDS, words, strict=True)))}'
            )
        return '{"patient_id": ' + dumps(patient_id, ensure_ascii=False) + middle + end

    return line


# --------------------------------------------------------------------------- eval
def byte_ranges(path: Path, size: int = CHUNK) -> Iterator[tuple[int, int]]:
    """The file cut into ranges of about ``size`` bytes, each starting at a line's start."""
    total = path.stat().st_size
    with path.open("rb") as file:
        start = 0
        while start < total:
            file.seek(min(start + size, total))
            if file.tell() < total:
                file.readline()
            end = min(file.tell(), total)
            yield start, end
            start = end


_LINE: Callable[[str, tuple[Truth, ...], bool], str] | None = None
_PATH = Path()


def _start(path: str, fingerprint: str) -> None:
    global _LINE, _PATH
    _LINE, _PATH = line_maker(fingerprint), Path(path)


def screen_range(bounds: tuple[int, int]) -> str:
    """The output lines of the patients in one byte range of the cohort."""
    assert _LINE is not None
    line, decode, answers = _LINE, handwritten.decode, handwritten.answers
    start, end = bounds
    with _PATH.open("rb") as file:
        file.seek(start)
        data = file.read(end - start)
    out = []
    for text in data.splitlines():
        if text.strip():
            p = decode(text)
            values, not_applicable = answers(p)
            out.append(line(p.id, values, not_applicable))
    return "".join(out)


def eval_file(cohort: Path, out: TextIO, fingerprint: str, jobs: int) -> None:
    """``eligo eval``'s output for ``cohort``: ``jobs`` workers, the lines written in input order."""
    ranges = byte_ranges(cohort)
    if jobs <= 1:
        _start(str(cohort), fingerprint)
        for bounds in ranges:
            out.write(screen_range(bounds))
        return
    with multiprocessing.Pool(jobs, initializer=_start, initargs=(str(cohort), fingerprint)) as pool:
        for text in pool.imap(screen_range, ranges):
            out.write(text)


# --------------------------------------------------------------------------- screen
COLUMNS = ", ".join(c.lower() for c in IDS)


def connect(parquet: Path) -> Any:
    """An in-memory DuckDB with a view per Parquet file of an import."""
    import duckdb

    con = duckdb.connect(":memory:")
    for file in sorted(parquet.glob("*.parquet")):
        con.execute(f"CREATE VIEW {file.stem} AS SELECT * FROM read_parquet('{file}')")
    return con


def effects(values: Sequence[Truth]) -> list[str]:
    """Each answer's bearing on eligibility: pass, fail or unknown (not applicable passes)."""
    return [
        "unknown" if v is None else "fail" if (v is False) == (i < INCLUSIONS) else "pass" for i, v in enumerate(values)
    ]


def summary(con: Any, rows: int = 1000) -> dict[str, Any]:
    """What ``eligo screen``'s report counts, from the combinations of outcomes (grouped in SQL)
    and the first ``rows`` patients by id."""
    con.execute(f"CREATE TEMP TABLE screened AS {handwritten_sql.SCREENED}")
    combos = con.execute(f"SELECT {COLUMNS}, i7_na, count(*) FROM screened GROUP BY ALL").fetchall()
    first = con.execute(f"SELECT patient_id, {COLUMNS} FROM screened ORDER BY patient_id LIMIT {rows}").fetchall()
    verdicts: Counter[str] = Counter()
    outcomes = {c: Counter[str]() for c in IDS}
    removed, alone, undetermined_delta = [0] * len(IDS), [0] * len(IDS), [0] * (len(IDS) + 1)
    for *values, not_applicable, count in combos:
        verdicts[verdict(values)] += count
        for c, v in zip(IDS, values, strict=True):
            outcomes[c][WORDS[v]] += count
        if not_applicable:
            outcomes["I7"][WORDS[True]] -= count
            outcomes["I7"]["not_applicable"] += count
        kinds = effects(values)
        fails = [i for i, k in enumerate(kinds) if k == "fail"]
        unknowns = [i for i, k in enumerate(kinds) if k == "unknown"]
        end = fails[0] if fails else len(IDS)
        if fails:
            removed[fails[0]] += count
        if unknowns and unknowns[0] < end:
            undetermined_delta[unknowns[0]] += count
            undetermined_delta[end] -= count
        if len(fails) == 1 and not unknowns:
            alone[fails[0]] += count
    funnel, remaining, undetermined = [], sum(verdicts.values()), 0
    for i, c in enumerate(IDS):
        remaining -= removed[i]
        undetermined += undetermined_delta[i]
        funnel.append((c, removed[i], remaining, undetermined))
    table = []
    for patient_id, *values in first:
        decision, kinds = verdict(values), effects(values)
        wanted = "fail" if decision == "ineligible" else "unknown" if decision == "undetermined" else ""
        table.append((patient_id, decision, tuple(c for c, k in zip(IDS, kinds, strict=True) if k == wanted)))
    return {
        "verdicts": dict(verdicts),
        "outcomes": {c: dict(counts) for c, counts in outcomes.items()},
        "funnel": funnel,
        "alone": dict(zip(IDS, alone, strict=True)),
        "rows": table,
    }


def screen_lines(con: Any, out: TextIO, fingerprint: str, batch: int = 100_000) -> None:
    """``eligo screen --format jsonl``'s output: one line per patient by id, from Arrow batches."""
    line = line_maker(fingerprint)
    query = f"SELECT patient_id, {COLUMNS}, i7_na FROM ({handwritten_sql.SCREENED}) ORDER BY patient_id"
    reader = con.sql(query).to_arrow_reader(batch)
    for record_batch in reader:
        columns = [column.to_pylist() for column in record_batch.columns]
        ids, answers, not_applicable = columns[0], list(zip(*columns[1:-1], strict=True)), columns[-1]
        out.write("".join(map(line, ids, answers, not_applicable)))


# --------------------------------------------------------------------------- the command
def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=["eval", "screen"])
    parser.add_argument("source", type=Path, help="eval: a JSON Lines cohort; screen: an import's Parquet directory")
    parser.add_argument("-o", "--output", type=Path)
    parser.add_argument("--format", choices=["summary", "jsonl"], default="summary")
    parser.add_argument("--fingerprint", required=True, help="the criteria's fingerprint (as Eligo writes it)")
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args(argv)
    out = args.output.open("w", encoding="utf-8") if args.output else sys.stdout
    try:
        if args.command == "eval":
            eval_file(args.source, out, args.fingerprint, args.jobs)
        else:
            with connect(args.source) as con:
                if args.format == "summary":
                    out.write(json.dumps(summary(con)) + "\n")
                else:
                    screen_lines(con, out, args.fingerprint)
    finally:
        if out is not sys.stdout:
            out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
