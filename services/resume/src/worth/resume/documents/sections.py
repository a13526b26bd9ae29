"""Split resume text into named sections by recognising headings in Russian and English.

A heading is an element that `unstructured` does not type as narrative text or a list item
(see `elements`) and whose words are a known heading in either language."""

from __future__ import annotations

import re

from .elements import partition
from .model import Section, SectionName

_HEADINGS: dict[SectionName, tuple[str, ...]] = {
    "summary": (
        "о себе", "обо мне", "кратко о себе", "краткая информация", "общая информация",
        "summary", "professional summary", "profile", "professional profile", "about",
        "about me",
    ),
    "experience": (
        "опыт работы", "опыт", "профессиональный опыт", "трудовая деятельность",
        "места работы", "experience", "work experience", "professional experience",
        "work history", "employment history", "employment", "career history",
    ),
    "skills": (
        "навыки", "ключевые навыки", "профессиональные навыки", "технические навыки",
        "компетенции", "ключевые компетенции", "стек технологий", "технологии", "skills",
        "key skills", "technical skills", "core skills", "hard skills", "core competencies",
        "tech stack", "technologies",
    ),
    "education": (
        "образование", "высшее образование", "основное образование", "education",
        "academic background",
    ),
    # Known headings of other sections: recognising them ends the section before.
    "other": (
        "контакты", "контактная информация", "contacts", "contact", "contact information",
        "языки", "знание языков", "иностранные языки", "languages", "проекты", "projects",
        "курсы", "повышение квалификации", "повышение квалификации, курсы", "courses",
        "сертификаты", "certificates", "certifications", "достижения", "achievements",
        "awards", "дополнительная информация", "additional information", "интересы", "хобби",
        "interests", "hobbies", "рекомендации", "references", "публикации", "publications",
        "портфолио", "portfolio", "желаемая должность", "желаемая должность и зарплата",
        "гражданство", "гражданство, время в пути до работы", "volunteering",
        "волонтерство", "тесты, экзамены", "электронные сертификаты",
    ),
}  # fmt: skip
_BY_HEADING: dict[str, SectionName] = {h: name for name, hs in _HEADINGS.items() for h in hs}
# A heading may carry content after a separator: "Опыт работы — 6 лет", "Skills: Python, Go".
_HEADING_LINE = re.compile(r"(?P<head>[^:—–(|]{2,40}?)\s*(?:(?:[:—–(|]|\s-\s)\s*(?P<rest>.*))?")
_MAX_HEADING_WORDS = 5


def split_sections(text: str) -> tuple[Section, ...]:
    """Sections in document order; text before the first heading (name, contacts, title) is
    "other". Heading lines themselves are dropped; empty sections are left out."""
    headings = [
        (e.text, heading)
        for e in partition(text)
        if e.kind in ("title", "text") and (heading := _heading(e.text)) is not None
    ]
    sections: list[Section] = []
    name: SectionName = "other"
    body: list[str] = []
    for line in text.split("\n"):
        if not headings or line.strip() != headings[0][0]:
            body.append(line)
            continue
        sections.append(Section(name, "\n".join(body).strip()))
        name, rest = headings.pop(0)[1]
        body = [rest] if rest else []
    sections.append(Section(name, "\n".join(body).strip()))
    return tuple(s for s in sections if s.text)


def _heading(line: str) -> tuple[SectionName, str] | None:
    match = _HEADING_LINE.fullmatch(line.strip())
    if match is None:
        return None
    key = " ".join(match["head"].casefold().replace("ё", "е").rstrip(".").split())
    if len(key.split()) > _MAX_HEADING_WORDS or key not in _BY_HEADING:
        return None
    return _BY_HEADING[key], (match["rest"] or "").rstrip(")").strip()
