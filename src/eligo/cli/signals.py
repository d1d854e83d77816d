"""Signals that end a run: Ctrl-C (SIGINT), SIGTERM and SIGHUP, turned into exceptions raised where
the run stands, so that every partial file is removed on the way out."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import FrameType

__all__ = ["STOPPING", "Interrupted", "Stop", "stopped_by_signals"]

#: Signals that end a run (SIGHUP: the terminal went away), where the platform has them.
STOPPING = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))


class Interrupted(BaseException):
    """A run stopped by SIGTERM or SIGHUP, raised where the run stands (as Python raises
    KeyboardInterrupt on Ctrl-C), so that every partial file is removed on the way out."""

    def __init__(self, number: int) -> None:
        super().__init__(number)
        self.number = number


@dataclass
class Stop:
    """The signal that stopped the run, once one did."""

    number: int | None = None


@contextmanager
def stopped_by_signals() -> Iterator[Stop]:
    """Within: Ctrl-C raises KeyboardInterrupt, SIGTERM and SIGHUP raise :class:`Interrupted`, and
    the signal is kept (a library may turn the exception into its own, as DuckDB turns Ctrl-C into
    "Query interrupted"). Only in the main thread, where Python runs signal handlers, and only
    for signals with their usual handling: one the process was told to ignore, as under
    ``nohup``, stays ignored."""
    stop = Stop()
    if threading.current_thread() is not threading.main_thread():
        yield stop
        return

    def interrupt(number: int, frame: FrameType | None) -> None:
        if stop.number is None:
            stop.number = number
        for each in installed:  # once is enough: the clean-up on the way out is not interrupted
            signal.signal(each, signal.SIG_IGN)
        raise KeyboardInterrupt if number == signal.SIGINT else Interrupted(number)

    usual = (signal.SIG_DFL, signal.default_int_handler)
    installed = {n: signal.getsignal(n) for n in STOPPING if signal.getsignal(n) in usual}
    try:
        for number in installed:
            signal.signal(number, interrupt)
        yield stop
    finally:
        for number, handler in installed.items():
            signal.signal(number, handler)
