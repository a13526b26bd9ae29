"""Parse throughput per format (resumes/s, ms per page) and peak memory over a folder of resumes.

    python -m worth.resume.documents.benchmark services/resume/tests/corpus [repeat]

Every file whose content is a format we extract is parsed `repeat` times for the timings, then
once more under tracemalloc for the peak of Python allocations; files that fail extraction
(encrypted, scans, bombs...) are counted but not timed.
"""

from __future__ import annotations

import json
import resource
import sys
import time
import tracemalloc
from collections import defaultdict
from pathlib import Path
from typing import Any

from .extract import extract
from .formats import detect_format_file
from .model import ExtractionError


def run(corpus_dir: Path, repeat: int = 5) -> dict[str, Any]:
    """Figures per format name, plus the process's peak resident set size."""
    samples: dict[str, list[tuple[float, int, int]]] = defaultdict(list)  # (s, pages, peak)
    rejected: dict[str, int] = defaultdict(int)
    for path in sorted(p for p in corpus_dir.iterdir() if p.is_file()):
        fmt = detect_format_file(path)
        if fmt is None:
            continue
        try:
            pages = extract(path, fmt).page_count
        except ExtractionError:
            rejected[fmt.name] += 1
            continue
        start = time.perf_counter()
        for _ in range(repeat):
            extract(path, fmt)
        seconds = (time.perf_counter() - start) / repeat
        tracemalloc.start()
        extract(path, fmt)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        samples[fmt.name].append((seconds, pages, peak))
    formats = {}
    for name, rows in sorted(samples.items()):
        seconds = sum(r[0] for r in rows)
        pages = sum(r[1] for r in rows)
        formats[name] = {
            "files": len(rows),
            "pages": pages,
            "resumes_per_s": round(len(rows) / seconds, 1),
            "ms_per_page": round(1000 * seconds / pages, 2),
            "peak_traced_mib": round(max(r[2] for r in rows) / 2**20, 2),
            "rejected": rejected.pop(name, 0),
        }
    for name, count in rejected.items():  # formats where every file was refused
        formats[name] = {"files": 0, "rejected": count}
    max_rss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    return {"repeat": repeat, "formats": formats, "max_rss_mib": round(max_rss_kib / 1024, 1)}


if __name__ == "__main__":
    folder = Path(sys.argv[1])
    times = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    print(json.dumps(run(folder, times), indent=2, ensure_ascii=False))
