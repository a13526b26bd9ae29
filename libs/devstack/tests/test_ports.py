"""Ports for embedded servers: free, and outside the range the OS gives outgoing connections."""

import os
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from worth.devstack import _process
from worth.devstack._process import SERVER_PORTS, _ephemeral_floor, free_port, port_is_free


@pytest.fixture(autouse=True)
def fresh_claims(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Each test picks as a new process would, with claims of its own."""
    monkeypatch.setattr(_process, "RESERVATIONS", tmp_path)
    monkeypatch.setattr(_process, "_HANDED_OUT", set())


def test_server_ports_stay_below_the_ephemeral_range() -> None:
    assert SERVER_PORTS.start >= 20000
    assert SERVER_PORTS.stop <= max(_ephemeral_floor(), 21000)
    for _ in range(20):
        port = free_port()
        assert port in SERVER_PORTS and port_is_free(port)


def test_a_taken_port_is_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        busy = taken.getsockname()[1]
        assert not port_is_free(busy)
        picks: Iterator[int] = iter([busy, SERVER_PORTS.start + 7])
        monkeypatch.setattr(_process.random, "choice", lambda _: next(picks))
        assert free_port() == SERVER_PORTS.start + 7


def test_a_port_handed_out_is_not_handed_out_again_before_it_is_bound(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Eight ports for one server are picked before any is bound: all must differ.
    picks: Iterator[int] = iter(
        [SERVER_PORTS.start + 1, SERVER_PORTS.start + 1, SERVER_PORTS.start + 2]
    )
    monkeypatch.setattr(_process.random, "choice", lambda _: next(picks))
    assert [free_port(), free_port()] == [SERVER_PORTS.start + 1, SERVER_PORTS.start + 2]


def test_a_port_another_process_claimed_is_skipped_until_the_claim_lapses(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    first, second = SERVER_PORTS.start + 11, SERVER_PORTS.start + 12
    (tmp_path / str(first)).touch()  # claimed a moment ago by another test worker
    picks: Iterator[int] = iter([first, second])
    monkeypatch.setattr(_process.random, "choice", lambda _: next(picks))
    assert free_port() == second
    assert (tmp_path / str(second)).exists()  # and this process's claim is visible to others
    # A claim older than RESERVATION_S has lapsed: the port may be handed out again.
    stale = time.time() - _process.RESERVATION_S - 1
    os.utime(tmp_path / str(first), (stale, stale))
    monkeypatch.setattr(_process.random, "choice", lambda _: first)
    assert free_port() == first
