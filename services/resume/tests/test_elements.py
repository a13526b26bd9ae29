"""Typed elements by `unstructured`, and proof that using it fetches nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from worth.resume.documents.elements import Element, partition

CORPUS = Path(__file__).parent / "corpus"

# Run in a fresh interpreter: every way out to the network, and every child process, is
# recorded and refused before anything of ours or of unstructured's is imported.
_OFFLINE_RUN = """
import importlib.util, json, socket, subprocess, sys
from pathlib import Path

attempts = []
def refuse(*args, **kwargs):
    attempts.append(repr(args)[:200])
    raise OSError("network and child processes are blocked in this test")

def refuse_process(self, args, *rest, **kwargs):
    refuse("process", args)

socket.socket.connect = socket.socket.connect_ex = refuse
socket.create_connection = socket.getaddrinfo = refuse
subprocess.Popen.__init__ = refuse_process

from worth.resume.documents import detect_format_file, extract

sections = {}
for name in sys.argv[1:]:
    path = Path(name)
    fmt = detect_format_file(path)
    assert fmt is not None
    sections[path.name] = [s.name for s in extract(path, fmt).sections]
model = importlib.util.find_spec("en_core_web_sm") is not None
print(json.dumps({"attempts": attempts, "sections": sections, "model_installed": model}))
"""


def test_lines_are_typed() -> None:
    text = (
        "Jane Roe\nWORK HISTORY\nAcme Corp (2019 - 2024)\n"
        "Built a payment system. Led a team of five engineers.\n1. Kafka\n"
        "Разрабатывал платёжную систему. Руководил командой из пяти человек."
    )
    assert partition(text) == (
        Element("title", "Jane Roe"),
        Element("title", "WORK HISTORY"),
        Element("text", "Acme Corp (2019 - 2024)"),
        Element("narrative", "Built a payment system. Led a team of five engineers."),
        Element("list_item", "1. Kafka"),
        Element("narrative", "Разрабатывал платёжную систему. Руководил командой из пяти человек."),
    )
    assert partition(" \n") == ()


def test_parsing_needs_no_network_and_writes_no_data(tmp_path: Path) -> None:
    home, tmp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    tmp.mkdir()
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"SCARF_NO_ANALYTICS", "DO_NOT_TRACK", "XDG_CACHE_HOME", "NLTK_DATA"}
    }
    env |= {"HOME": str(home), "TMPDIR": str(tmp)}
    files = [CORPUS / "ru_utf8.txt", CORPUS / "en_resume.docx", CORPUS / "ru_resume.pdf"]
    run = subprocess.run(
        [sys.executable, "-c", _OFFLINE_RUN, *map(str, files)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["attempts"] == []
    assert not result["model_installed"]
    for name in ("ru_utf8.txt", "en_resume.docx", "ru_resume.pdf"):
        assert {"experience", "skills", "education"} <= set(result["sections"][name])
    # no cache, model, NLTK data or download lock written anywhere under HOME or TMPDIR
    assert [p for p in tmp_path.rglob("*") if p not in (home, tmp)] == []
