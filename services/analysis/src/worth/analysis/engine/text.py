"""Resume text helpers: language, headings, and which lines describe work."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_LATIN = re.compile(r"[a-z]", re.IGNORECASE)

# Headings are short lines; the words below open the usual resume sections in both languages.
_HEADINGS = {
    "experience": r"опыт(?:\s+работы)?|трудовая\s+деятельность|места\s+работы|(?:work|professional)"
    r"\s+experience|experience|employment(?:\s+history)?|work\s+history|career\s+history",
    "education": r"образование|education|курсы|повышение\s+квалификации|courses|training"
    r"|certifications?|сертификат\w*|тесты,?\s+экзамены",
    "skills": r"(?:ключевые\s+|технические\s+|профессиональные\s+)?навыки|(?:key\s+|technical\s+)?"
    r"skills|стек(?:\s+технологий)?|технологии|tech(?:nology)?\s+stack|competencies|компетенции",
    "other": r"о\s+себе|обо\s+мне|about(?:\s+me)?|summary|profile|профиль|языки|languages|проекты"
    r"|projects|дополнительн\w*(?:\s+информация)?|additional(?:\s+information)?|интересы"
    r"|interests|хобби|hobbies|публикации|publications|достижения|achievements|рекомендации"
    r"|references|контакты|contacts",
}
_HEADING = re.compile(
    r"^\W*(?:" + "|".join(f"(?P<{name}>{words})" for name, words in _HEADINGS.items()) + r")\W*$",
    re.IGNORECASE,
)
# "Навыки: Python, SQL" — a skills section written on one line, label and list together.
_INLINE_SKILLS = re.compile(
    rf"^\W*(?:{_HEADINGS['skills']}|tools|инструменты)\s*[:—–-]\s*\w", re.IGNORECASE
)
_EDUCATION_LINE = re.compile(
    r"университет|институт|академи[яи]|колледж|техникум|бакалавр|магистр|аспирантур|специалитет"
    r"|university|college|institute|bachelor|master'?s|b\.?sc|m\.?sc|ph\.?d",
    re.IGNORECASE,
)


def resume_language(text: str, language: str) -> str:
    """The language recommendations are written in: the detected one, else the dominant script."""
    if language in ("ru", "en"):
        return language
    return "ru" if len(_CYRILLIC.findall(text)) > len(_LATIN.findall(text)) else "en"


def heading(line: str) -> str | None:
    """The section a heading line opens, or None for an ordinary line."""
    if len(line) > 48:
        return None
    match = _HEADING.match(line.strip())
    return match.lastgroup if match else None


@dataclass(frozen=True, slots=True)
class Layout:
    """What the engine reads from a resume's structure."""

    lines: tuple[str, ...]  # all non-empty lines, stripped
    work: str  # the lines that may hold job dates and titles
    has_skills_section: bool


def layout(text: str, sections: Sequence[tuple[str, str]]) -> Layout:
    lines = tuple(line.strip() for line in text.splitlines() if line.strip())
    given = {name: body for name, body in sections if body.strip()}
    has_skills = "skills" in given or any(
        heading(line) == "skills" or _INLINE_SKILLS.match(line) for line in lines
    )
    if "experience" in given:
        work = "\n".join(body for name, body in sections if name == "experience")
    else:
        work = "\n".join(_work_lines(lines))
    return Layout(lines=lines, work=work, has_skills_section=has_skills)


def _work_lines(lines: Sequence[str]) -> list[str]:
    """Lines outside education/skills/other sections, minus lines naming a school.

    Without headings every line counts: dates in a resume are mostly job dates.
    """
    kept, section = [], None
    for line in lines:
        opened = heading(line)
        if opened:
            section = opened
            continue
        if section in (None, "experience") and not _EDUCATION_LINE.search(line):
            kept.append(line)
    return kept
