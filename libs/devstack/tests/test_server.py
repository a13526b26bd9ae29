"""The start/stop lifecycle every embedded server shares (no real process needed here)."""

import pytest

from worth.devstack._process import InfraError, Server


class Flaky(Server):
    """Fails its first starts with the given errors, then starts; counts its calls."""

    def __init__(self, errors: list[BaseException], attempts: int) -> None:
        super().__init__()
        self.errors = errors
        self.start_attempts = attempts
        self.starts = self.stops = 0

    def _start(self) -> None:
        self.starts += 1
        if self.errors:
            raise self.errors.pop(0)

    def _stop(self) -> None:
        self.stops += 1


def taken() -> InfraError:
    return InfraError("weed exited: listen tcp 127.0.0.1:55043: bind: Address already in use")


def test_a_start_that_lost_a_port_is_tried_again_on_fresh_ports() -> None:
    server = Flaky([taken(), taken()], attempts=3).start()
    assert server.running and server.starts == 3 and server.stops == 2
    server.stop()


def test_attempts_run_out_and_the_last_error_is_raised() -> None:
    server = Flaky([taken(), taken()], attempts=2)
    with pytest.raises(InfraError, match="already in use"):
        server.start()
    assert not server.running and server.starts == 2 and server.stops == 2


@pytest.mark.parametrize(
    "error", [InfraError("postgres exited: invalid data directory"), KeyboardInterrupt()]
)
def test_other_failures_are_not_retried(error: BaseException) -> None:
    server = Flaky([error], attempts=3)
    with pytest.raises(type(error)):
        server.start()
    assert server.starts == 1 and server.stops == 1


def test_a_server_starts_once_unless_it_asks_for_more() -> None:
    server = Flaky([taken()], attempts=Server.start_attempts)
    with pytest.raises(InfraError):
        server.start()
    assert server.starts == 1
