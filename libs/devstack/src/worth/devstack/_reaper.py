"""Stops servers whose owner died without stopping them.

Run as a script (not imported) in its own session, with a pipe on stdin. The owner writes
"+ PID SIGNAL" when it starts a server (PID leads its process group) and "- PID" when it stops it.
When stdin closes - the owner exited, even by SIGKILL - each remaining server gets its graceful
signal, then its whole process group gets SIGKILL after a grace period.
"""

import os
import signal
import sys
import time

GRACE_SECONDS = 10.0


def _alive(pid: int) -> bool:
    """Whether `pid` still runs; a zombie has finished, it only waits for init to reap it."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rpartition(")")[2].split()[0] != "Z"
    except FileNotFoundError:
        return False


def main() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # a terminal's Ctrl+C is for the owner
    servers: dict[int, int] = {}
    for line in sys.stdin:
        op, pid, *sig = line.split()
        if op == "+":
            servers[int(pid)] = int(sig[0])
        else:
            servers.pop(int(pid), None)
    for pid, sig in servers.items():
        try:
            os.kill(pid, sig)
        except ProcessLookupError:
            pass
    deadline = time.monotonic() + GRACE_SECONDS
    while time.monotonic() < deadline and any(_alive(pid) for pid in servers):
        time.sleep(0.1)
    for pid in servers:
        try:
            os.killpg(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


if __name__ == "__main__":
    main()
