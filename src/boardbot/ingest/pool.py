"""The parse workers' process pool: spawn-context, killable, with the workers' log records relayed."""

from __future__ import annotations

import logging
import multiprocessing as mp
import threading
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from ..parsing.ocr import PROGRESS_LOGGER
from .worker import Parsed, init_worker


class ParsePool:
    """A spawn-context process pool whose workers can be killed, with their log records relayed.

    Workers log through a queue to this process, so a warning about a file (e.g. a
    page truncated) reaches the app's or CLI's log like any other; each pool has its
    own queue, so a worker killed mid-write can only spoil a queue nobody reads again.
    """

    def __init__(self, workers: int, on_ocr_page: Callable[[logging.LogRecord], None] | None = None) -> None:
        ctx = mp.get_context("spawn")  # fork would copy torch's threads into the workers
        self._logs: Any = ctx.Queue()
        self._relay = threading.Thread(target=_relay_logs, args=(self._logs, on_ocr_page),
                                       name="boardbot-parse-logs", daemon=True)
        self._relay.start()
        level = logging.getLogger("boardbot").getEffectiveLevel()
        # the initializer lives in the light parse_worker module: unpickling it must not import torch
        self._pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx,
                                         initializer=init_worker, initargs=(self._logs, level))

    def submit(self, fn: Callable[..., Parsed], *args: Any) -> Future[Parsed]:
        return self._pool.submit(fn, *args)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True)
        self._stop_relay(wait=10.0)

    def kill(self) -> None:
        # Python < 3.14 has no public way to stop a running call; _processes is the pool's own map.
        procs = list((getattr(self._pool, "_processes", None) or {}).values())
        for proc in procs:
            proc.kill()
        self._pool.shutdown(wait=False, cancel_futures=True)
        for proc in procs:
            proc.join(timeout=10)
        self._stop_relay(wait=2.0)

    def _stop_relay(self, wait: float) -> None:
        self._logs.put_nowait(None)
        self._relay.join(timeout=wait)
        if not self._relay.is_alive():
            self._logs.close()
        # a worker killed holding the queue's lock would block its feeder thread: never wait for it
        self._logs.cancel_join_thread()


def _relay_logs(logs: Any, on_ocr_page: Callable[[logging.LogRecord], None] | None) -> None:
    while True:
        try:
            record = logs.get()
        except Exception:  # closed, or spoiled by a worker killed mid-write
            return
        if record is None:
            return
        if record.name == PROGRESS_LOGGER:  # progress, not a message for the log
            if on_ocr_page is not None:
                on_ocr_page(record)
            continue
        logger = logging.getLogger(record.name)
        if logger.isEnabledFor(record.levelno):
            logger.handle(record)
