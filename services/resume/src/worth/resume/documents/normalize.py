"""Text normalisation shared by every format: one canonical shape for the text we store."""

from __future__ import annotations

import re
import unicodedata

_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st",
                            "ﬆ": "st"})  # fmt: skip
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")  # soft hyphen, zero-width
_BREAKS = re.compile(r"\r\n?|\u2028|\u0085")
_PAGE_BREAKS = re.compile("[\f\v\u2029]")
# Glyphs that only mark list items; private-use ones are Symbol/Wingdings bullets from PDFs.
_BULLETS = "•◦▪▫●○■□◆◇►▸▹▶➢➤✓✔✗❖⁃∙·\ue000-\uf8ff"
_LEADING_BULLET = re.compile(rf"^(?:[{_BULLETS}]+|[-*–—](?= ))\s*")
_INLINE_BULLET = re.compile(rf" *[{_BULLETS}]+(?= *\S)")  # "Python • Django" → "Python, Django"
_STRAY_GLYPH = re.compile(rf"[{_BULLETS}]+")
# "разра-\nботка" → "разработка": a word broken at a line end, continued in lower case.
_HYPHENATION = re.compile(r"([^\W\d_])[-\u00ad\u2010] *\n *(?=[a-zа-яё])")
_SPACES = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\n{3,}")


def normalize_text(text: str) -> str:
    """NFC, no bullets or private-use glyphs, hyphenation repaired, single spaces, lines kept,
    and paragraphs (and pages) separated by exactly one blank line."""
    text = unicodedata.normalize("NFC", text).translate(_LIGATURES)
    text = _PAGE_BREAKS.sub("\n\n", _BREAKS.sub("\n", text))
    text = "".join(c if c == "\n" or unicodedata.category(c) != "Cc" else " " for c in text)
    text = _SPACES.sub(" ", text)  # also turns tabs and NBSP into plain spaces
    text = _INVISIBLE.sub("", _HYPHENATION.sub(r"\1", text))
    lines = (_clean_line(line) for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def _clean_line(line: str) -> str:
    line = _LEADING_BULLET.sub("", line.strip())
    line = _STRAY_GLYPH.sub("", _INLINE_BULLET.sub(",", line))
    return _SPACES.sub(" ", line).strip()
