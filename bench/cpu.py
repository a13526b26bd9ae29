"""Where the CPU went during a phase, from /proc: each service, each server, this client, and
everything else on the box (other work sharing the same cores)."""

from __future__ import annotations

import os
import resource
import time
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

TICK = os.sysconf("SC_CLK_TCK")
# Program name prefixes (comm is cut at 15 characters: tansu runs as tansu-v0.6.0-<hash>).
SERVERS = {"postgres": "postgres", "tansu": "broker (tansu)", "redis-server": "redis"}


@dataclass(frozen=True)
class Proc:
    pid: int
    ppid: int
    comm: str
    cpu_s: float  # user + system


@dataclass(frozen=True)
class Snapshot:
    wall: float
    box_busy: float  # seconds of CPU used by anything on the machine
    client: float  # this process (load generator, event watcher, SMTP sink thread)
    groups: dict[str, float]  # component → CPU seconds of its live processes


def processes() -> Iterator[Proc]:
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat") as f:
                stat = f.read()
        except OSError:
            continue  # exited meanwhile
        fields = stat[stat.rindex(")") + 2 :].split()
        comm = stat[stat.index("(") + 1 : stat.rindex(")")]
        cpu_s = (int(fields[11]) + int(fields[12])) / TICK
        yield Proc(int(entry.name), int(fields[1]), comm, cpu_s)


def stack_roots(services: Mapping[str, int]) -> dict[int, str]:
    """Name the processes this one started: services by pid, servers by program."""
    by_pid = {pid: name for name, pid in services.items()}
    roots = {}
    for proc in processes():
        if proc.ppid != os.getpid():
            continue
        if proc.pid in by_pid:
            roots[proc.pid] = by_pid[proc.pid]
        else:
            for prefix, name in SERVERS.items():
                if proc.comm.startswith(prefix):
                    roots[proc.pid] = name
    return roots


def snapshot(roots: Mapping[int, str]) -> Snapshot:
    """CPU so far of every process under each root (PostgreSQL backends are children of the
    postmaster in their own sessions, so this goes by parentage, not process group)."""
    table = {p.pid: p for p in processes()}
    groups: dict[str, float] = defaultdict(float)
    for proc in table.values():
        ancestor: Proc | None = proc
        while ancestor is not None and ancestor.pid not in roots:
            ancestor = table.get(ancestor.ppid) if ancestor.ppid > 1 else None
        if ancestor is not None:
            groups[roots[ancestor.pid]] += proc.cpu_s
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return Snapshot(time.monotonic(), _box_busy(), usage.ru_utime + usage.ru_stime, dict(groups))


def box_busy_cores(seconds: float = 1.0) -> float:
    """How many cores the machine is using right now (before the bench adds anything)."""
    before, started = _box_busy(), time.monotonic()
    time.sleep(seconds)
    return round((_box_busy() - before) / (time.monotonic() - started), 2)


def _box_busy() -> float:
    with open("/proc/stat") as f:
        ticks = [int(v) for v in f.readline().split()[1:]]
    idle = ticks[3] + ticks[4]  # idle + iowait
    return (sum(ticks[:8]) - idle) / TICK  # guest time is already counted in user


def cores(before: Snapshot, after: Snapshot) -> dict[str, float]:
    """Average cores used between two snapshots, per component, plus `other` and `box`."""
    wall = after.wall - before.wall
    used = {
        name: (after.groups.get(name, 0.0) - before.groups.get(name, 0.0)) / wall
        for name in after.groups
    }
    used["bench client"] = (after.client - before.client) / wall
    box = (after.box_busy - before.box_busy) / wall
    used["other processes"] = max(0.0, box - sum(used.values()))
    used["box total"] = box
    return {name: round(value, 3) for name, value in used.items()}
