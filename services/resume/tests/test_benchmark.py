from __future__ import annotations

import shutil
from pathlib import Path

from worth.resume.documents import benchmark

CORPUS = Path(__file__).parent / "corpus"


def test_figures_per_format(tmp_path: Path) -> None:
    for name in ("ru_resume.pdf", "ru_resume.doc", "en_resume.docx", "encrypted.pdf", "random.bin"):
        shutil.copy(CORPUS / name, tmp_path / name)
    result = benchmark.run(tmp_path, repeat=1)
    assert set(result["formats"]) == {"pdf", "doc", "docx"}
    pdf = result["formats"]["pdf"]
    assert (pdf["files"], pdf["pages"], pdf["rejected"]) == (1, 2, 1)
    for figures in result["formats"].values():
        assert figures["resumes_per_s"] > 0 and figures["ms_per_page"] > 0
        assert 0 < figures["peak_traced_mib"] < 64
    assert result["max_rss_mib"] > 10
