"""Profile facts a resume states outright: work format, relocation, languages, education, stated
years of experience and the desired salary, in Russian and English."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from worth.analysis.engine.text import heading

# --- work format and relocation -----------------------------------------------------------------

_REMOTE = re.compile(
    r"удал[её]нн\w*\s+работ\w*|удал[её]нн?о\b|удал[её]нк\w*|дистанционн\w*|из\s+дома"
    r"|\bremote(?:ly)?\b(?!\s+(?:sensing|procedure|control|access|desktop|server|debug\w*"
    r"|repositor\w*|branch\w*))|work(?:ing)?\s+from\s+home|\bwfh\b",
    re.IGNORECASE,
)
_HYBRID = re.compile(r"гибрид\w*|\bhybrid\b", re.IGNORECASE)
_OFFICE = re.compile(
    r"(?:работ\w*\s+)?в\s+офисе|офисн\w+\s+(?:формат|работ)\w*|\bon[\s-]?site\b|\bin[\s-]office\b"
    r"|office[\s-]based|(?:work\s+)?from\s+(?:the\s+)?office",
    re.IGNORECASE,
)
_NO_RELOCATION = re.compile(
    r"не\s+готов\w*\s+к\s+переезд\w*|переезд\w*\s*[:—–-]?\s*(?:невозмож\w*|не\s+готов\w*|нет\b)"
    r"|not\s+(?:open|willing|ready|available)\s+(?:to|for)\s+relocat\w*|no\s+relocation"
    r"|relocation\s*[:—–-]?\s*(?:no\b|not\s+possible)|unable\s+to\s+relocate",
    re.IGNORECASE,
)
_RELOCATION = re.compile(
    r"готов\w*\s+к\s+переезд\w*|переезд\w*\s*[:—–-]?\s*(?:возмож\w*|хочу|готов\w*|да\b)"
    r"|хочу\s+переехать|(?:open|willing|ready|available)\s+(?:to|for)\s+relocat\w*"
    r"|relocation\s*[:—–-]?\s*(?:yes|possible|welcome)|can\s+relocate|relocation\s+considered",
    re.IGNORECASE,
)


def find_remote(lines: Sequence[str]) -> str | None:
    """ "hybrid" when a line says so or both remote and office work are named, else the one
    named, else None."""
    text = "\n".join(lines)
    remote, office = bool(_REMOTE.search(text)), bool(_OFFICE.search(text))
    if _HYBRID.search(text) or (remote and office):
        return "hybrid"
    if remote:
        return "remote"
    return "office" if office else None


def find_relocation(lines: Sequence[str]) -> bool | None:
    """True for «готов к переезду» / "open to relocation", False for its negation, else None."""
    text = "\n".join(lines)
    if _NO_RELOCATION.search(text):
        return False
    return True if _RELOCATION.search(text) else None


# --- languages ----------------------------------------------------------------------------------

_LANGUAGE_NAMES = {
    "en": r"english|английск\w*|англ\.",
    "ru": r"russian|русск\w*",
    "de": r"german|deutsch|немецк\w*",
    "fr": r"french|французск\w*",
    "es": r"spanish|испанск\w*",
    "it": r"italian|итальянск\w*",
    "pt": r"portuguese|португальск\w*",
    "zh": r"chinese|mandarin|китайск\w*",
    "ja": r"japanese|японск\w*",
    "uk": r"ukrainian|украинск\w*",
    "pl": r"polish|польск\w*",
    "tr": r"turkish|турецк\w*",
    "kk": r"kazakh|казахск\w*",
    "ar": r"arabic|арабск\w*",
    "hi": r"hindi|хинди",
}
_LANGUAGE = re.compile(
    r"(?<!\w)(?:"
    + "|".join(f"(?P<{code}>{words})" for code, words in _LANGUAGE_NAMES.items())
    + r")(?!\w)",
    re.IGNORECASE,
)
_CEFR = re.compile(r"(?<![\w-])([abc][12])(?![\w-])", re.IGNORECASE)
# Level words, most specific first: "upper-intermediate" before "intermediate".
_LEVEL_WORDS = (
    ("native", r"native|mother\s+tongue|bilingual|родно\w*|носитель"),
    ("C2", r"proficien\w*|в\s+совершенстве"),
    ("B2", r"upper[\s-]intermediate|выше\s+средн\w*|средне[\s-]продвинут\w*"),
    ("A2", r"pre[\s-]intermediate|ниже\s+средн\w*"),
    ("C1", r"fluent\w*|fluency|advanced|свободн\w*|продвинут\w*"),
    ("B1", r"intermediate|conversational|средн\w*|разговорн\w*"),
    ("A1", r"elementary|beginner|basic|базов\w*|начальн\w*|читаю\s+(?:и\s+перевожу\s+)?со\s+слов"),
)
_LEVEL = re.compile(
    "|".join(f"(?P<{'l' + str(i)}>{words})" for i, (_, words) in enumerate(_LEVEL_WORDS)),
    re.IGNORECASE,
)
_LANGUAGES_LABEL = re.compile(
    r"^\W*(?:языки|знание\s+языков|иностранн\w+\s+язык\w*|languages?(?:\s+skills)?)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Spoken:
    code: str  # ISO 639-1
    level: str | None  # CEFR A1..C2, "native", or None when not stated


def find_languages(lines: Sequence[str]) -> list[Spoken]:
    """Languages with a level next to them anywhere, and languages listed in a languages section
    or on a «Языки:» / "Languages:" line even without a level. Each language once, first wins."""
    found: dict[str, str | None] = {}
    in_section = False
    for line in lines:
        opened = heading(line)
        if opened:
            in_section = bool(_LANGUAGES_LABEL.match(line))
            continue
        listed = in_section or bool(_LANGUAGES_LABEL.match(line))
        for chunk in re.split(r"[,;|•·]|\s/\s", line):
            match = _LANGUAGE.search(chunk)
            if not match:
                continue
            level = _level(chunk[: match.start()] + " " + chunk[match.end() :])
            code = str(match.lastgroup)
            if (level or listed) and code not in found:
                found[code] = level
    return [Spoken(code, level) for code, level in found.items()]


def _level(text: str) -> str | None:
    if cefr := _CEFR.search(text):
        return cefr[1].upper()
    if word := _LEVEL.search(text):
        return _LEVEL_WORDS[int(str(word.lastgroup)[1:])][0]
    return None


# --- education ----------------------------------------------------------------------------------

EDUCATION_LEVELS = ("secondary", "vocational", "bachelor", "specialist", "master", "phd")
_EDUCATION = {
    "phd": r"\bph\.?\s?d\b|doctorate|doctor\s+of|\bd\.?phil\b|к\.\s?[тэфмхбпю]\.\s?н\.?"
    r"|кандидат\w*\s+\w+\s+наук|доктор\w*\s+\w+\s+наук",
    "master": r"master'?s\b|master\s+of|\bm\.?sc\b|\bm\.?eng\b|\bmba\b|\bm\.?s\.?\s+in\b"
    r"|\bm\.?a\.?\s+in\b|магистр\w*|магистратур\w*",
    "specialist": r"специалитет\w*|(?:степень|квалификаци\w*|диплом\w*)\W+специалист\w*"
    r"|^\W*специалист\W*$|,\s*специалист\W*(?:,|$)",
    "bachelor": r"bachelor'?s?\b|\bb\.?sc\b|\bb\.?eng\b|\bb\.?s\.?\s+in\b|\bb\.?a\.?\s+in\b"
    r"|бакалавр\w*|(?<!не)(?<!неоконченное\s)(?<!незаконченное\s)высшее|higher\s+education"
    r"|university\s+degree",
    "vocational": r"средне\w*[\s-]специальн\w*|среднее\s+профессиональн\w*|колледж\w*|техникум\w*"
    r"|vocational|associate'?s?\s+degree",
    "secondary": r"среднее\s+(?:общее\s+)?образование|образование\W+среднее\b"
    r"|неоконченн\w+\s+высш\w+|high\s+school|secondary\s+(?:school|education)",
}
_EDUCATION_PATTERNS = [
    (level, re.compile(words, re.IGNORECASE | re.MULTILINE)) for level, words in _EDUCATION.items()
]


def find_education(lines: Sequence[str]) -> str | None:
    """The highest level named. «Высшее» without a degree counts as a bachelor's, the least a
    Russian higher-education diploma certifies."""
    text = "\n".join(lines)
    for level, pattern in _EDUCATION_PATTERNS:  # highest first
        if pattern.search(text):
            return level
    return None


# --- stated years of experience -----------------------------------------------------------------

_NUMBER = r"\d{1,2}(?:[.,]\d)?"
_STATED_YEARS = (
    re.compile(
        rf"опыт\w*(?:\s+работы)?(?:\s+в\s+\w+)?\s*[:—–-]?\s*(?:более|свыше|около|от|больше)?\s*"
        rf"(?:(?P<y>{_NUMBER})\+?\s*(?:год|года|лет)\b)?\s*(?:(?P<m>\d{{1,2}})\s*месяц\w*)?",
        re.IGNORECASE,
    ),
    re.compile(
        rf"(?:более|свыше|около|больше)?\s*(?P<y>{_NUMBER})\+?\s*(?:год|года|лет)\s+"
        r"(?:коммерческого\s+|профессионального\s+)?опыт\w*",
        re.IGNORECASE,
    ),
    re.compile(
        rf"(?:professional|work|working|total|commercial|industry|relevant)?\s*experience\s*"
        rf"[:—–-]?\s*(?:over|more\s+than|about)?\s*(?P<y>{_NUMBER})\+?\s*(?:years?|yrs?)\b"
        rf"(?:,?\s*(?:and\s+)?(?P<m>\d{{1,2}})\s*months?)?",
        re.IGNORECASE,
    ),
    re.compile(
        rf"(?P<y>{_NUMBER})\+?\s*(?:years?|yrs?)(?:\s+of)?\s+(?:professional\s+|commercial\s+"
        r"|industry\s+|work\s+|hands-on\s+)?experience",
        re.IGNORECASE,
    ),
)


def find_stated_years(lines: Sequence[str]) -> float | None:
    """Total experience the resume states in words ("8+ years of experience", «Опыт работы — 7
    лет 2 месяца»): the first such statement, in years."""
    for line in lines:
        for pattern in _STATED_YEARS:
            for match in pattern.finditer(line):
                years, months = match["y"], match.groupdict().get("m")
                if years is None and months is None:
                    continue
                total = float((years or "0").replace(",", ".")) + int(months or 0) / 12
                if total <= 60:
                    return round(total, 1)
    return None


# --- desired salary -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Desired:
    amount: int
    currency: str  # ISO 4217
    period: str  # "month" | "year": stated, else inferred (see find_desired_salary)
    basis: str | None  # "net" | "gross" when stated
    period_stated: bool


_SALARY_LABEL = re.compile(
    r"(?:желаем\w*|ожидаем\w*)\s+(?:зарплат\w*|заработн\w+\s+плат\w*|доход\w*|уров\w+\s+доход\w*"
    r"|оклад\w*|вознагражден\w*)|зарплатн\w+\s+ожидани\w*|ожидани\w+\s+по\s+зарплат\w*"
    r"|(?:desired|expected|target)\s+(?:salary|compensation|pay)|salary\s+(?:expectations?"
    r"|requirements?|expected)|compensation\s+expectations?|expected\s+compensation",
    re.IGNORECASE,
)
_CURRENCIES = {
    "RUB": r"₽|руб\w*|р\.|\brub\b|\brur\b",
    "USD": r"\$|\busd\b|долл\w*|dollars?",
    "EUR": r"€|\beur\b|евро|euros?",
    "GBP": r"£|\bgbp\b|фунт\w*|pounds?",
}
_CURRENCY = re.compile(
    "|".join(f"(?P<{code}>{words})" for code, words in _CURRENCIES.items()), re.IGNORECASE
)
_AMOUNT = re.compile(
    r"(?P<number>\d{1,3}(?:[  ,.]\d{3})+|\d+(?:[.,]\d+)?)\s*(?P<scale>k\b|к\b|тыс\w*\.?|thousand"
    r"|млн\w*|m\b|million)?",
    re.IGNORECASE,
)
_YEAR = re.compile(
    r"/\s*(?:year|yr|год)|per\s+(?:year|annum)|a\s+year|annual\w*|yearly|\bp\.?a\.?\b|в\s+год"
    r"|годов\w*",
    re.IGNORECASE,
)
_MONTH = re.compile(
    r"/\s*(?:month|mo|мес\w*)|per\s+month|a\s+month|monthly|в\s+месяц|ежемесячн\w*|месячн\w*",
    re.IGNORECASE,
)
_NET = re.compile(
    r"на\s+руки|чисты\w*|после\s+(?:вычета\s+)?налог\w*|\bnet\b|after\s+tax\w*|take[\s-]home",
    re.IGNORECASE,
)
_GROSS = re.compile(
    r"до\s+вычета|до\s+налог\w*|грязны\w*|\bgross\b|before\s+tax\w*|pre[\s-]tax", re.IGNORECASE
)
YEARLY_FROM = 20_000  # an unlabelled USD/EUR/GBP figure this large is a year's pay


def find_desired_salary(lines: Sequence[str], language: str) -> Desired | None:
    """The amount after a «Желаемая зарплата» / "Salary expectation" label (same or next line).

    The first number is taken ("от 300 000" and ranges give their lower end). Without a currency
    a Russian resume means roubles; an English one without a currency is not read. Without a
    stated period roubles are monthly (the Russian convention), other currencies yearly from
    YEARLY_FROM up and monthly below it.
    """
    for index, line in enumerate(lines):
        label = _SALARY_LABEL.search(line)
        if not label:
            continue
        rest = line[label.end() :]
        if not _AMOUNT.search(rest) and index + 1 < len(lines):
            rest = lines[index + 1]
        if parsed := _parse_salary(rest, language):
            return parsed
    return None


def _parse_salary(text: str, language: str) -> Desired | None:
    match = _AMOUNT.search(text)
    if not match:
        return None
    number = match["number"]
    if re.fullmatch(r"\d{1,3}(?:[  ,.]\d{3})+", number):
        value = float(re.sub(r"\D", "", number))
    else:
        value = float(number.replace(",", "."))
    scale = (match["scale"] or "").lower()
    if scale[:1] in ("k", "к", "т") or scale == "thousand":
        value *= 1000
    elif scale[:1] in ("m", "м"):
        value *= 1_000_000
    currency_match = _CURRENCY.search(text)
    currency = str(currency_match.lastgroup) if currency_match else None
    if currency is None:
        if language != "ru":
            return None
        currency = "RUB"
    if _YEAR.search(text):
        period, stated = "year", True
    elif _MONTH.search(text):
        period, stated = "month", True
    else:
        stated = False
        period = "month" if currency == "RUB" or value < YEARLY_FROM else "year"
    basis = "net" if _NET.search(text) else "gross" if _GROSS.search(text) else None
    if value <= 0:
        return None
    return Desired(round(value), currency, period, basis, stated)
