"""Peak memory of `eligo eval` streaming JSON Lines, for growing numbers of patients.

    python bench/eval_memory.py [N ...]        (default: 10000 100000)

Each run is a separate process (so each peak is its own); the figures printed are the number
of patients, the wall time, patients per second and the peak resident set size. Constant
memory shows as a peak that does not grow with N.
"""

from __future__ import annotations

import importlib.util
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _generator() -> object:
    spec = importlib.util.spec_from_file_location("generate", ROOT / "bench" / "generate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def measure(count: int, workdir: Path) -> tuple[float, float]:
    cohort = workdir / f"cohort-{count}.jsonl"
    _generator().write_cohort(count, cohort, seed=7)  # type: ignore[attr-defined]
    script = "import sys; from eligo.cli import main; sys.exit(main())"
    command = [
        sys.executable,
        "-c",
        script,
        "eval",
        str(ROOT / "criteria" / "nct05238363.elig"),
        str(cohort),
        "-o",
        str(workdir / "out.jsonl"),
    ]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run(command, check=True, stderr=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if peak_kib < before:  # ru_maxrss of children is the largest so far; runs go smallest first
        peak_kib = before
    return elapsed, peak_kib / 1024


def main() -> None:
    counts = [int(a) for a in sys.argv[1:]] or [10_000, 100_000]
    print(f"{'patients':>10} {'seconds':>9} {'patients/s':>11} {'peak RSS MiB':>13}")
    with tempfile.TemporaryDirectory() as tmp:
        for count in sorted(counts):
            elapsed, peak = measure(count, Path(tmp))
            print(f"{count:>10} {elapsed:>9.1f} {count / elapsed:>11.0f} {peak:>13.1f}")


if __name__ == "__main__":
    main()
