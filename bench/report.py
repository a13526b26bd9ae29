"""The human-readable tables printed at the end of a run."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from bench.latency import FORMAT_METRICS, METRICS


def table(title: str, header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    cells = [[str(c) for c in header], *([_cell(c) for c in row] for row in rows)]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    lines = [title]
    for n, row in enumerate(cells):
        _, *figures = (c.rjust(w) for c, w in zip(row, widths, strict=True))
        lines.append("  " + "  ".join([row[0].ljust(widths[0]), *figures]))
        if n == 0:
            lines.append("  " + "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _cell(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.1f}" if abs(value) >= 100 else f"{value:.2f}"
    return str(value)


def render(result: Mapping[str, Any]) -> str:
    meta, latency = result["meta"], result["latency"]
    parts = [
        f"Worth bench {meta['timestamp']}  commit {meta['git_commit'][:12]}"
        f"{' (dirty)' if meta['git_dirty'] else ''}  {meta['nproc']} cores  "
        f"Python {meta['python']}  busy cores before start {meta['busy_cores_at_start']}",
        f"stack started in {result['stack_start_s']} s; whole run {result['total_s']} s",
        "",
        table(
            f"1. upload → completed, {latency['completed']}/{latency['resumes']} resumes "
            f"({latency['in_flight']} in flight), ms",
            ["", "n", "mean", "p50", "p90", "p99", "max"],
            ([label, *_figures(latency["ms"][key])] for key, label in METRICS.items()),
        ),
        "",
        table(
            "   per format, ms (p50 / p99)",
            ["format", "n", *FORMAT_METRICS],
            (
                [fmt, by[FORMAT_METRICS[0]]["n"], *(_p50_p99(by[k]) for k in FORMAT_METRICS)]
                for fmt, by in latency["by_format_ms"].items()
            ),
        ),
    ]
    burst = result.get("burst")
    if burst:
        parts += [
            "",
            f"   burst: {burst['resumes']} more uploads ({burst['in_flight']} in flight), "
            f"{burst['completed']} completed in {burst['seconds']} s = "
            f"{burst['resumes_per_s']} resumes/s; "
            f"upload→completed p50 {burst['e2e_ms']['p50']} ms, "
            f"p99 {burst['e2e_ms']['p99']} ms",
        ]
    for key, title in (
        (
            "polling",
            "2. {users} users polling every {interval:.0f} s over {connections} connections"
            " (default rate limit)",
        ),
        ("saturation", "3. saturation: {connections} connections, closed loop, {subjects} users"),
    ):
        part = result.get(key)
        if not part:
            continue
        lat = part["latency_ms"]
        parts += [
            "",
            table(
                title.format(**part) + f", {part['seconds']} s",
                [
                    "req/s",
                    "requests",
                    "p50 ms",
                    "p90 ms",
                    "p99 ms",
                    "max ms",
                    "in app p50/p99",
                    "gw CPU ms/req",
                    "client cores",
                    "statuses",
                ],
                [
                    [
                        part["req_per_s"],
                        part["requests"],
                        lat["p50"],
                        lat["p90"],
                        lat["p99"],
                        lat["max"],
                        _p50_p99(part["server_ms"]),
                        part.get("gateway_cpu_ms_per_request", "-"),
                        part["cpu_cores"]["bench client"],
                        " ".join(f"{k}:{v}" for k, v in part["statuses"].items()),
                    ]
                ],
            ),
        ]
    if parsing := result.get("parsing"):
        parts += [
            "",
            table(
                f"4. parsing in-process, corpus files by format ({parsing['repeat']} repeats); "
                f"process peak RSS {parsing['max_rss_mib']} MiB",
                ["format", "files", "pages", "resumes/s", "ms/page", "peak MiB", "refused"],
                (
                    [
                        name,
                        f.get("files", 0),
                        f.get("pages", "-"),
                        f.get("resumes_per_s", "-"),
                        f.get("ms_per_page", "-"),
                        f.get("peak_traced_mib", "-"),
                        f.get("rejected", 0),
                    ]
                    for name, f in parsing["formats"].items()
                ),
            ),
        ]
    phases = {name: p["cpu_cores"] for name, p in result["cpu"].items()}
    components = sorted({c for cores in phases.values() for c in cores}, key=_component_order)
    parts += [
        "",
        table(
            "CPU, cores (average over the phase)",
            ["", *phases],
            ([c, *(phases[p].get(c, 0.0) for p in phases)] for c in components),
        ),
    ]
    return "\n".join(parts)


def _figures(summary: Mapping[str, float]) -> list[object]:
    return [summary[k] for k in ("n", "mean", "p50", "p90", "p99", "max")]


def _p50_p99(summary: Mapping[str, float]) -> str:
    return f"{summary['p50']:.1f} / {summary['p99']:.1f}"


def _component_order(name: str) -> tuple[int, str]:
    last = ("bench client", "other processes", "box total")
    return (last.index(name) + 1 if name in last else 0, name)
