"""Looking a place up never blocks a page, whatever the network does."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest

from dashboard import lookup


@pytest.fixture
def hanging_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A local port that accepts connections and never answers: a network that hangs."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = server.accept()
                held.append(conn)
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    domain = f"127.0.0.1:{server.getsockname()[1]}"
    monkeypatch.setenv(lookup.ENV_DOMAIN, domain)
    monkeypatch.setenv(lookup.ENV_SCHEME, "http")
    yield domain
    stop.set()
    thread.join(2)
    for conn in held:
        conn.close()
    server.close()


@pytest.fixture
def refused_port(monkeypatch: pytest.MonkeyPatch) -> str:
    """A local port nobody listens on: a network that refuses."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    domain = f"127.0.0.1:{port}"
    monkeypatch.setenv(lookup.ENV_DOMAIN, domain)
    monkeypatch.setenv(lookup.ENV_SCHEME, "http")
    return domain


def test_known_places_come_from_the_gazetteer_even_when_online(refused_port: str) -> None:
    result = lookup.locate("Chancay", online=True)
    assert result.problem is None
    assert result.found is not None and result.found.source == "gazetteer"
    assert abs(result.found.lat + 11.585) < 0.05


def test_offline_an_unknown_place_is_simply_not_found() -> None:
    result = lookup.locate("Qwertzuiop Harbour")
    assert result.found is None and result.problem is None


def test_a_refusing_network_is_reported_quickly(refused_port: str) -> None:
    started = time.monotonic()
    result = lookup.locate("Qwertzuiop Harbour Refused", online=True)
    assert time.monotonic() - started < lookup.DEADLINE_SECONDS
    assert result.found is None
    assert result.problem and "unavailable" in result.problem


def test_a_hanging_network_is_given_up_at_the_deadline(hanging_server: str) -> None:
    started = time.monotonic()
    result = lookup.locate("Qwertzuiop Harbour Hanging", online=True, deadline=1.0)
    elapsed = time.monotonic() - started
    assert elapsed < 1.5
    assert result.found is None
    assert result.problem and "did not answer within 1 s" in result.problem
