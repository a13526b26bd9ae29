"""Role taxonomy and detection of role and grade from titles, skills and years."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from worth.analysis.engine.skills import SkillDef

# How well a resume role is served by a market row: the row is the role ("exact"), the row is
# the nearest published one ("closest"), or no row is published and the overall level is used.
Fit = Literal["exact", "closest", "none"]


@dataclass(frozen=True, slots=True)
class RoleDef:
    id: str
    title_en: str
    title_ru: str
    family: str
    market_role: str | None  # slug of the market rows that price this role
    fit: Fit
    titles: str  # regex matched (case-insensitively) against headlines and job titles


def _role(
    id: str, en: str, ru: str, family: str, market: str | None, titles: str, fit: Fit = "exact"
) -> RoleDef:
    return RoleDef(id, en, ru, family, market, fit if market else "none", titles)


_LANGS = r"python|java|golang|go|php|ruby|c#|\.net|node\.?js|scala|kotlin|rust|elixir|c\+\+"
_DEV = r"developer|engineer|programmer|разработчик\w*|программист\w*|инженер\w*"

ROLES: tuple[RoleDef, ...] = (
    _role(
        "backend_developer",
        "Backend developer",
        "Бэкенд-разработчик",
        "software_engineering",
        "backend",
        rf"back[\s-]?end|б[эе]к[\s-]?[эе]нд\w*|серверн\w*\s+разработ\w*"
        rf"|(?:{_LANGS})[\s-]*(?:{_DEV})|(?:разработчик|программист)\w*\s+(?:на\s+)?(?:{_LANGS})",
    ),
    _role(
        "frontend_developer",
        "Frontend developer",
        "Фронтенд-разработчик",
        "software_engineering",
        "frontend",
        r"front[\s-]?end|фронт[\s-]?[эе]нд\w*|верстальщик\w*"
        rf"|(?:react|vue|angular|javascript|typescript)(?:\.js)?[\s-]*(?:{_DEV})",
    ),
    _role(
        "fullstack_developer",
        "Full-stack developer",
        "Fullstack-разработчик",
        "software_engineering",
        "fullstack",
        r"full[\s-]?stack|ф[уa]лл?[\s-]?ст[еэ]к\w*",
    ),
    _role(
        "mobile_developer",
        "Mobile developer",
        "Мобильный разработчик",
        "software_engineering",
        "mobile",
        r"mobile\s+(?:developer|engineer|development)|мобильн\w*\s+(?:разработ|прилож)\w*"
        rf"|(?:ios|android|flutter|react\s+native)[\s-]*(?:{_DEV})"
        r"|разработчик\w*\s+(?:под\s+|для\s+)?(?:ios|android)"
        # a developer title qualified by the platform: "Software Engineer (iOS)", "Engineer,
        # Android", "Mobile (iOS + Android)"
        rf"|(?:{_DEV})\W{{1,3}}(?:mobile|ios|android)\b|\bmobile\s*\(\s*(?:ios|android)\b",
    ),
    _role(
        "embedded_developer",
        "Embedded developer",
        "Разработчик встраиваемых систем",
        "software_engineering",
        "embedded",
        r"embedded|встраива\w+|микроконтроллер\w*|firmware|прошивк\w*",
    ),
    _role(
        "game_developer",
        "Game developer",
        "Разработчик игр",
        "software_engineering",
        "game",
        r"game\s*(?:developer|programmer|engineer|dev)|gamedev|геймдев\w*|разработ\w+\s+игр\w*"
        rf"|(?:unity|unreal)[\s-]*(?:{_DEV})",
    ),
    _role(
        "desktop_developer",
        "Desktop / enterprise applications developer",
        "Разработчик десктопных и корпоративных приложений",
        "software_engineering",
        "desktop",
        rf"desktop|десктоп\w*|1[сc][\s-]*(?:{_DEV})|(?:разработчик|программист)\w*\s+1[сc]",
    ),
    _role(
        "qa_engineer",
        "QA engineer",
        "Инженер по тестированию",
        "quality_assurance",
        "qa",
        r"\bqa\b|\baqa\b|\bsdet\b|тестировщик\w*|тестирован\w*|автотест\w*|quality\s+assurance"
        r"|test(?:ing)?\s+(?:engineer|automation|analyst)",
    ),
    _role(
        "devops_engineer",
        "DevOps engineer",
        "DevOps-инженер",
        "infrastructure",
        "devops",
        r"dev[\s-]?ops|девопс\w*|cloud\s+(?:architect|engineer)|облачн\w+\s+(?:архитектор|инженер)\w*",
    ),
    _role(
        "sre",
        "Site reliability engineer",
        "SRE-инженер",
        "infrastructure",
        "sre",
        r"\bsre\b|site\s+reliability",
    ),
    _role(
        "data_engineer",
        "Data engineer",
        "Инженер данных",
        "data",
        "data_engineer",
        r"data\s+engineer|инженер\w*\s+данных|дата[\s-]инженер\w*|etl[\s-](?:developer|разраб\w*)"
        r"|big\s+data\s+(?:engineer|developer)|data\s+architect|архитектор\w*\s+данных",
    ),
    _role(
        "data_scientist",
        "Data scientist / ML engineer",
        "Data Scientist / ML-инженер",
        "data",
        "data_scientist",
        r"data\s+scien\w+|machine\s+learning|\bml[\s-]*(?:engineer|инженер|разработчик|developer"
        r"|specialist)\w*|машинн\w+\s+обучени\w+|дата[\s-]сайентист\w*|computer\s+vision"
        r"|deep\s+learning|nlp[\s-]engineer",
    ),
    _role(
        "data_analyst",
        "Data analyst",
        "Аналитик данных",
        "analysis",
        "analyst",
        r"data\s+analyst|аналитик\w*\s+данных|\bbi[\s-](?:analyst|аналитик|developer|разработчик)"
        r"|продуктов\w+\s+аналитик\w*|product\s+analyst|веб[\s-]аналитик\w*|web\s+analyst",
    ),
    _role(
        "business_analyst",
        "Business analyst",
        "Бизнес-аналитик",
        "analysis",
        "analyst",
        r"business\s+analyst|бизнес[\s-]аналитик\w*",
    ),
    _role(
        "system_analyst",
        "System analyst",
        "Системный аналитик",
        "analysis",
        "analyst",
        r"systems?\s+analyst|системн\w+\s+аналитик\w*",
    ),
    _role(
        "product_manager",
        "Product manager",
        "Продакт-менеджер",
        "management",
        "product_manager",
        r"product\s+(?:manager|owner)|продакт[\s-]?(?:менеджер|оунер)?\w*|менеджер\w*\s+продукт\w*"
        r"|владел\w+\s+продукт\w*|head\s+of\s+product|\bcpo\b",
    ),
    _role(
        "project_manager",
        "Project manager",
        "Руководитель проектов",
        "management",
        "project_manager",
        r"project\s+manager|delivery\s+manager|руководител\w+\s+проект\w*|менеджер\w*\s+проект\w*"
        r"|проджект[\s-]?менеджер\w*|scrum[\s-]?master|скрам[\s-]?мастер\w*",
    ),
    _role(
        "engineering_manager",
        "Engineering manager",
        "Руководитель разработки",
        "management",
        "engineering_manager",
        r"engineering\s+manager|head\s+of\s+(?:engineering|development|software)|\bcto\b"
        r"|руководител\w+\s+(?:отдела\s+|направления\s+)?разработки|технически\w+\s+директор\w*"
        r"|(?:director|vp)\s+of\s+engineering",
    ),
    _role(
        "designer",
        "UI/UX designer",
        "UI/UX-дизайнер",
        "design",
        "designer",
        r"designer|дизайнер\w*|ui\s*/\s*ux|ux\s*/\s*ui|\bux[\s-](?:researcher|designer)"
        r"|product\s+design|веб[\s-]дизайн\w*|дизайн\w*\s+интерфейс\w*",
    ),
    _role(
        "security_engineer",
        "Security engineer",
        "Специалист по информационной безопасности",
        "infrastructure",
        "security",
        r"security\s+(?:engineer|analyst|specialist)|pentest\w*|пентест\w*|appsec|devsecops"
        r"|информационн\w+\s+безопасност\w+|специалист\w*\s+(?:по\s+)?иб\b",
    ),
    _role(
        "sysadmin",
        "System administrator",
        "Системный администратор",
        "infrastructure",
        "sysadmin",
        r"system\s+administrator|sysadmin|системн\w+\s+администратор\w*|сисадмин\w*",
    ),
    _role(
        "dba",
        "Database administrator",
        "Администратор баз данных",
        "infrastructure",
        "dba",
        r"\bdba\b|database\s+administrator|администратор\w*\s+баз\w*\s+данных",
    ),
    # Non-IT families: Stack Overflow's "Marketing or sales professional" is the nearest row for
    # two of them; none is published for accounting or HR.
    _role(
        "sales_manager",
        "Sales manager",
        "Менеджер по продажам",
        "sales",
        "marketing_sales",
        r"\bsales\b|продаж\w*|account\s+(?:executive|manager)|аккаунт[\s-]менеджер\w*"
        r"|key\s+account|business\s+development\s+manager",
        fit="closest",
    ),
    _role(
        "marketing_manager",
        "Marketing specialist",
        "Маркетолог",
        "marketing",
        "marketing_sales",
        r"marketing|маркетолог\w*|маркетинг\w*|\bsmm\b|seo[\s-](?:specialist|специалист\w*)"
        r"|brand\s+manager|бренд[\s-]менеджер\w*",
        fit="closest",
    ),
    _role(
        "accountant",
        "Accountant",
        "Бухгалтер",
        "accounting",
        "accountants_auditors",
        r"accountant|accounting|бухгалтер\w*|финансов\w+\s+уч[её]т\w*",
    ),
    _role(
        "hr_specialist",
        "HR specialist",
        "HR-специалист",
        "hr",
        "hr_specialists",
        r"\bhr\b|\bhrbp\b|recruiter|recruitment|рекрутер\w*|talent\s+acquisition"
        r"|менеджер\w*\s+по\s+персоналу|подбор\w*\s+персонала|кадров\w+\s+(?:работ|делопроизвод)\w*",
    ),
)

# A software architect designs systems across roles: priced as a developer. A bare «архитектор»
# may build houses, so the Russian forms need an IT word.
_ARCHITECT = (
    r"(?:software|solutions?|enterprise|systems?|application|technical|it|integration)\s+architect"
    r"|(?:системн|техническ|корпоративн)\w+\s+архитектор\w*|(?:it|ит)[\s-]архитектор\w*"
    r"|архитектор\w*\s+(?:по\b|программн|решени|систем|информационн|приложени|интеграц)"
)

# A developer who names no specialisation. Full-stack is the largest DevType in the Stack
# Overflow survey (8,276 of 22,677 answers), so it is the honest "closest" row.
GENERIC_DEVELOPER = _role(
    "software_developer",
    "Software developer",
    "Разработчик ПО",
    "software_engineering",
    "fullstack",
    rf"software\s+(?:developer|engineer)|{_DEV}|{_ARCHITECT}",
    fit="closest",
)
UNKNOWN = RoleDef("unknown", "Unknown role", "Роль не определена", "unknown", None, "none", "")

BY_ID = {role.id: role for role in (*ROLES, GENERIC_DEVELOPER, UNKNOWN)}
_TITLES = [(role, re.compile(role.titles, re.IGNORECASE)) for role in ROLES]
_GENERIC = re.compile(GENERIC_DEVELOPER.titles, re.IGNORECASE)

Evidence = Literal["title", "skills", "none"]
MANAGER_WEIGHT = 1.25  # breaks a title tie in favour of the management role
# "Fullstack Golang Developer" also reads as a Go (backend) title: the full stack names the role.
FULLSTACK_WEIGHT = 1.1


@dataclass(frozen=True, slots=True)
class RoleGuess:
    role: RoleDef
    evidence: Evidence


def detect_role(headline: str, job_titles: Sequence[str], skills: Iterable[SkillDef]) -> RoleGuess:
    """Titles decide; skills break ties and name a role when no title does.

    The headline (the resume's own title) weighs most, then job titles, newest first.
    """
    scores = {role.id: 0.0 for role in ROLES}
    for role, pattern in _TITLES:
        # A management title outranks the stack word beside it: an "Engineering Manager
        # (Back-End)" manages back-end developers.
        weight = (
            MANAGER_WEIGHT
            if role.family == "management"
            else FULLSTACK_WEIGHT
            if role.id == "fullstack_developer"
            else 1.0
        )
        if pattern.search(headline):
            scores[role.id] += 3 * weight
        for rank, title in enumerate(job_titles):
            if pattern.search(title):
                scores[role.id] += (1.5 if rank == 0 else 1) * weight
    titled = max(scores.values()) > 0
    skill_list = list(skills)
    hits: dict[str, int] = {}
    for role in ROLES:
        # Skills point at a market role; they nudge, never outvote, a title.
        hits[role.id] = sum(1 for skill in skill_list if role.market_role in skill.roles)
        scores[role.id] += min(hits[role.id] * 0.2, 0.9 if titled else 2.0)
    # Roles level at the cap: the one more of the skills point at wins, then the first listed.
    best = max(ROLES, key=lambda role: (scores[role.id], hits[role.id]))
    if titled and scores[best.id] >= 1:
        return RoleGuess(best, "title")
    if _GENERIC.search(headline) or any(_GENERIC.search(title) for title in job_titles):
        if scores[best.id] >= 0.6 and best.family == "software_engineering":
            return RoleGuess(best, "skills")
        return RoleGuess(GENERIC_DEVELOPER, "title")
    if scores[best.id] >= 0.6:
        return RoleGuess(best, "skills")
    return RoleGuess(UNKNOWN, "none")


# Highest first, so "Senior Team Lead" reads as lead. «Ведущий» is lead: Habr Career's grade scale
# (стажёр, младший, средний, старший, ведущий) puts it above «старший».
_GRADE_WORDS = (
    (
        "principal",
        r"principal|staff\s+(?:engineer|developer|software)|distinguished|architect\w*"
        r"|архитектор\w*|\bcto\b|\bcpo\b|head\s+of|director|технически\w+\s+директор",
    ),
    (
        "lead",
        r"team[\s-]?lead|tech[\s-]?lead|\blead\b|тимлид\w*|техлид\w*|\bлид\b"
        r"|руководител\w+\s+(?:группы|команды|отдела|направления)|engineering\s+manager|ведущ\w+",
    ),
    ("senior", r"senior|\bsr\b\.?|старш\w+|сень[оё]р\w*|синь[оё]р\w*"),
    ("middle", r"middle|\bmid\b|mid[\s-]level|мидл\w*|миддл\w*"),
    ("junior", r"junior|\bjr\b\.?|младш\w+|джун\w*|джуниор\w*|начинающ\w+|entry[\s-]level"),
    ("intern", r"intern(?:ship)?|trainee|стаж[её]р\w*|стажировк\w*|практикант\w*|ученик\w*"),
)
# Whole words only: "internal" is not an intern.
_GRADES = [
    (grade, re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE))
    for grade, words in _GRADE_WORDS
]


@dataclass(frozen=True, slots=True)
class GradeGuess:
    grade: str
    evidence: Literal["title", "years", "none"]
    word: str = ""


def detect_grade(headline: str, latest_title: str, years: float | None) -> GradeGuess:
    """The grade a title states (headline first, then the latest job), else one from years.

    Years alone never make a lead or principal: those grades are about leading, not tenure.
    """
    for text in (headline, latest_title):
        for grade, pattern in _GRADES:
            if match := pattern.search(text):
                return GradeGuess(grade, "title", match[0])
    if years is None:
        return GradeGuess("middle", "none")
    if years < 0.5:
        return GradeGuess("intern", "years")
    if years < 2:
        return GradeGuess("junior", "years")
    if years < 5:
        return GradeGuess("middle", "years")
    return GradeGuess("senior", "years")
