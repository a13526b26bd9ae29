"""City and country of the candidate, in Russian or English spelling."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Place:
    slug: str
    city: str | None  # English name
    city_ru: str | None
    country: str  # ISO 3166-1 alpha-2


def _city(slug: str, en: str, ru: str, country: str, pattern: str) -> tuple[Place, str]:
    return Place(slug, en, ru, country), pattern


_CITIES = (
    _city("moscow", "Moscow", "Москва", "RU", r"москв\w*|moscow"),
    _city(
        "saint_petersburg",
        "St Petersburg",
        "Санкт-Петербург",
        "RU",
        r"санкт[\s-]петербург\w*|петербург\w*|\bспб\b|питер\b|saint[\s-]petersburg"
        r"|st\.?\s*petersburg|sankt[\s-]peterburg",
    ),
    _city("novosibirsk", "Novosibirsk", "Новосибирск", "RU", r"новосибирск\w*|novosibirsk"),
    _city(
        "yekaterinburg", "Yekaterinburg", "Екатеринбург", "RU", r"екатеринбург\w*|[ey]e?katerinburg"
    ),
    _city("kazan", "Kazan", "Казань", "RU", r"казан(?:ь|и|ью)\b|kazan\b"),
    _city(
        "nizhny_novgorod",
        "Nizhny Novgorod",
        "Нижний Новгород",
        "RU",
        r"нижн\w+\s+новгород\w*|nizhny\s+novgorod",
    ),
    _city("krasnodar", "Krasnodar", "Краснодар", "RU", r"краснодар\w*|krasnodar"),
    _city("samara", "Samara", "Самара", "RU", r"самар[аеыу]\b|samara"),
    _city(
        "rostov_on_don",
        "Rostov-on-Don",
        "Ростов-на-Дону",
        "RU",
        r"ростов\w*[\s-]на[\s-]дону|rostov[\s-]on[\s-]don",
    ),
    _city("voronezh", "Voronezh", "Воронеж", "RU", r"воронеж\w*|voronezh"),
    _city("perm", "Perm", "Пермь", "RU", r"перм(?:ь|и)\b|\bperm\b"),
    _city("ufa", "Ufa", "Уфа", "RU", r"\bуф[аеы]\b|\bufa\b"),
    _city("chelyabinsk", "Chelyabinsk", "Челябинск", "RU", r"челябинск\w*|chelyabinsk"),
    _city("omsk", "Omsk", "Омск", "RU", r"\bомск\w*|\bomsk\b"),
    _city("tomsk", "Tomsk", "Томск", "RU", r"томск\w*|tomsk"),
    _city("krasnoyarsk", "Krasnoyarsk", "Красноярск", "RU", r"красноярск\w*|krasnoyarsk"),
    _city("volgograd", "Volgograd", "Волгоград", "RU", r"волгоград\w*|volgograd"),
    _city("tyumen", "Tyumen", "Тюмень", "RU", r"тюмен\w*|tyumen"),
    _city("kaliningrad", "Kaliningrad", "Калининград", "RU", r"калининград\w*|kaliningrad"),
    _city("innopolis", "Innopolis", "Иннополис", "RU", r"иннополис\w*|innopolis"),
    _city("yaroslavl", "Yaroslavl", "Ярославль", "RU", r"ярославл\w*|yaroslavl"),
    _city("saratov", "Saratov", "Саратов", "RU", r"саратов\w*|saratov"),
    _city("vladivostok", "Vladivostok", "Владивосток", "RU", r"владивосток\w*|vladivostok"),
    _city("izhevsk", "Izhevsk", "Ижевск", "RU", r"ижевск\w*|izhevsk"),
    _city("new_york", "New York", "Нью-Йорк", "US", r"new\s+york|нью[\s-]йорк\w*|\bnyc\b"),
    _city(
        "san_francisco",
        "San Francisco",
        "Сан-Франциско",
        "US",
        r"san\s+francisco|сан[\s-]франциско|bay\s+area|silicon\s+valley",
    ),
    _city("seattle", "Seattle", "Сиэтл", "US", r"seattle|сиэтл\w*"),
    _city("austin", "Austin", "Остин", "US", r"austin,?\s+(?:tx|texas)"),
    _city("boston", "Boston", "Бостон", "US", r"boston|бостон\w*"),
    _city("chicago", "Chicago", "Чикаго", "US", r"chicago|чикаго"),
    _city("los_angeles", "Los Angeles", "Лос-Анджелес", "US", r"los\s+angeles|лос[\s-]анджелес"),
    _city("berlin", "Berlin", "Берлин", "DE", r"berlin|берлин\w*"),
    _city("munich", "Munich", "Мюнхен", "DE", r"munich|münchen|muenchen|мюнхен\w*"),
    _city("hamburg", "Hamburg", "Гамбург", "DE", r"hamburg|гамбург\w*"),
    _city("frankfurt", "Frankfurt", "Франкфурт", "DE", r"frankfurt|франкфурт\w*"),
    _city("cologne", "Cologne", "Кёльн", "DE", r"cologne|köln|koeln|к[её]льн\w*"),
    _city("london", "London", "Лондон", "GB", r"london|лондон\w*"),
    _city("manchester", "Manchester", "Манчестер", "GB", r"manchester|манчестер\w*"),
    _city("edinburgh", "Edinburgh", "Эдинбург", "GB", r"edinburgh|эдинбург\w*"),
    _city("bengaluru", "Bengaluru", "Бангалор", "IN", r"bengaluru|bangalore|бангалор\w*"),
    _city("mumbai", "Mumbai", "Мумбаи", "IN", r"mumbai|мумбаи"),
    _city("delhi", "Delhi", "Дели", "IN", r"(?:new\s+)?delhi|\bдели\b|noida|gurgaon|gurugram"),
    _city("hyderabad", "Hyderabad", "Хайдарабад", "IN", r"hyderabad|хайдарабад"),
    _city("pune", "Pune", "Пуна", "IN", r"\bpune\b"),
    _city("chennai", "Chennai", "Ченнаи", "IN", r"chennai|ченнаи"),
    _city("kyiv", "Kyiv", "Киев", "UA", r"kyiv|kiev|киев\w*|київ\w*"),
    _city("kharkiv", "Kharkiv", "Харьков", "UA", r"kharkiv|kharkov|харьков\w*|харків\w*"),
    _city("lviv", "Lviv", "Львов", "UA", r"lviv|lvov|львов\w*|львів\w*"),
    _city("odesa", "Odesa", "Одесса", "UA", r"odess?a|одесс\w*"),
    _city("dnipro", "Dnipro", "Днепр", "UA", r"dnipro|днепр\b|дніпро"),
    # Elsewhere: the global rows apply.
    _city("amsterdam", "Amsterdam", "Амстердам", "NL", r"amsterdam|амстердам\w*"),
    _city("warsaw", "Warsaw", "Варшава", "PL", r"warsaw|warszawa|варшав\w*"),
    _city("paris", "Paris", "Париж", "FR", r"\bparis\b|париж\w*"),
    _city("toronto", "Toronto", "Торонто", "CA", r"toronto|торонто"),
    _city("tbilisi", "Tbilisi", "Тбилиси", "GE", r"tbilisi|тбилиси"),
    _city("yerevan", "Yerevan", "Ереван", "AM", r"yerevan|ереван\w*"),
    _city("almaty", "Almaty", "Алматы", "KZ", r"almaty|алматы|алма[\s-]ат\w*"),
    _city("astana", "Astana", "Астана", "KZ", r"astana|астан[аеуы]\b"),
    _city("minsk", "Minsk", "Минск", "BY", r"minsk|минск\w*"),
    _city("belgrade", "Belgrade", "Белград", "RS", r"belgrade|beograd|белград\w*"),
    _city("limassol", "Limassol", "Лимассол", "CY", r"limassol|лимассол\w*"),
    _city("dubai", "Dubai", "Дубай", "AE", r"dubai|дубай\w*|дубае"),
    _city("lisbon", "Lisbon", "Лиссабон", "PT", r"lisbon|lisboa|лиссабон\w*"),
    _city("tashkent", "Tashkent", "Ташкент", "UZ", r"tashkent|ташкент\w*"),
    _city("istanbul", "Istanbul", "Стамбул", "TR", r"istanbul|стамбул\w*"),
)
_COUNTRIES = (
    ("RU", r"росси[яи]|russia|\bрф\b"),
    ("US", r"\busa\b|united\s+states|\bсша\b"),
    ("DE", r"germany|deutschland|германи[яи]"),
    ("GB", r"united\s+kingdom|\buk\b|великобритани[яи]|england|англи[яи]"),
    ("IN", r"\bindia\b|инди[яи]"),
    ("UA", r"ukraine|украин[аеуы]"),
)

_CITY = re.compile(
    r"(?<!\w)(?:"
    + "|".join(f"(?P<c{i}>{pattern})" for i, (_, pattern) in enumerate(_CITIES))
    + ")",
    re.IGNORECASE,
)
_COUNTRY = re.compile(
    r"(?<!\w)(?:" + "|".join(f"(?P<{code}>{pattern})" for code, pattern in _COUNTRIES) + ")",
    re.IGNORECASE,
)
# Lines that say where the person lives, and lines about places they would move or travel to.
_LABEL = re.compile(
    r"^\W*(?:город|city|location|местоположение|место\s+жительства|прожива\w+|адрес|address"
    r"|based\s+in|residence|живу|локация)\b",
    re.IGNORECASE,
)
_ELSEWHERE = re.compile(r"переезд|relocat|командировк|business\s+trip", re.IGNORECASE)


# "City, ST": a US city with its two-letter state code (USPS), as US resumes write it. Matched
# case-sensitively: the code is upper case, each word of the city capitalised then lower case
# (so "SQL, CA" in a skills list is not a city).
_US_STATES = (
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM "
    "NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC"
).split()
_US_CITY = re.compile(
    r"(?<![\w-])(?P<city>[A-Z][a-z][A-Za-z.'-]*(?:[ -][A-Z][a-z][A-Za-z.'-]*){0,3}),\s*"
    r"(?P<state>" + "|".join(_US_STATES) + r")(?![\w-])(?!\s*,\s*(?!US\b|USA\b|United\s+States)\w)"
)


def _us_city(line: str) -> Place | None:
    """ "Redmond, WA" -> Redmond, US (a known US city keeps its own entry). A state code followed
    by another country ("Pune, IN, India") is not a US state."""
    match = _US_CITY.search(line)
    if not match:
        return None
    name = match["city"]
    known = _CITY.fullmatch(name)
    if known:
        place = _CITIES[int(str(known.lastgroup)[1:])][0]
        if place.country == "US":
            return place
    slug = re.sub(r"\W+", "_", name.lower()).strip("_")
    return Place(slug, name, None, "US")


def find_place(lines: Sequence[str]) -> Place | None:
    """A labelled city first, then the first city mentioned, then a country alone. In each line
    a "City, ST" US form wins over a same-named city elsewhere ("Moscow, ID" is in Idaho)."""
    candidates = [line for line in lines if not _ELSEWHERE.search(line)]
    for group in ([line for line in candidates if _LABEL.search(line)], candidates):
        for line in group:
            if us := _us_city(line):
                return us
            if match := _CITY.search(line):
                return _CITIES[int(str(match.lastgroup)[1:])][0]
    for line in candidates:
        if match := _COUNTRY.search(line):
            return Place(str(match.lastgroup).lower(), None, None, str(match.lastgroup))
    return None
