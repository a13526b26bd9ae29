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


# US cities by BLS metropolitan area (each area's title cities and large suburbs): a US city is
# priced as its area (market.categories.BLS_METROS). "City ST", separated by ";".
_US_METRO_CITIES: dict[str, str] = {
    "san_jose": (
        "San Jose CA; Sunnyvale CA; Santa Clara CA; Mountain View CA; Palo Alto CA; Cupertino CA; "
        "Milpitas CA; Los Gatos CA; Campbell CA; Los Altos CA; Saratoga CA; Morgan Hill CA; "
        "Gilroy CA"
    ),
    "san_francisco": (
        "San Francisco CA; Oakland CA; Fremont CA; Berkeley CA; Hayward CA; San Mateo CA; "
        "Redwood City CA; Menlo Park CA; South San Francisco CA; San Bruno CA; Foster City CA; "
        "Burlingame CA; Emeryville CA; Pleasanton CA; San Ramon CA; Walnut Creek CA; Alameda CA; "
        "Daly City CA; Redwood Shores CA"
    ),
    "seattle": (
        "Seattle WA; Tacoma WA; Bellevue WA; Redmond WA; Kirkland WA; Bothell WA; Renton WA; "
        "Everett WA; Kent WA; Issaquah WA; Lynnwood WA; Sammamish WA"
    ),
    "new_york": (
        "New York NY; New York City NY; Brooklyn NY; Manhattan NY; Queens NY; Bronx NY; "
        "Long Island City NY; White Plains NY; Jersey City NJ; Newark NJ; Hoboken NJ; Whippany NJ"
    ),
    "boston": (
        "Boston MA; Cambridge MA; Newton MA; Somerville MA; Waltham MA; Burlington MA; Quincy MA; "
        "Lexington MA; Woburn MA; Framingham MA; Nashua NH"
    ),
    "los_angeles": (
        "Los Angeles CA; Long Beach CA; Anaheim CA; Santa Monica CA; Irvine CA; Pasadena CA; "
        "Burbank CA; Glendale CA; Culver City CA; Venice CA; Playa Vista CA; El Segundo CA; "
        "Torrance CA; Santa Ana CA; Costa Mesa CA; Newport Beach CA; Huntington Beach CA"
    ),
    "washington": (
        "Washington DC; Arlington VA; Alexandria VA; Reston VA; Herndon VA; McLean VA; Tysons VA; "
        "Fairfax VA; Chantilly VA; Ashburn VA; Sterling VA; Bethesda MD; Rockville MD; "
        "Silver Spring MD; Gaithersburg MD"
    ),
    "austin": "Austin TX; Round Rock TX; San Marcos TX; Cedar Park TX; Georgetown TX",
    "chicago": (
        "Chicago IL; Naperville IL; Elgin IL; Evanston IL; Schaumburg IL; Oak Brook IL; "
        "Deerfield IL; Northbrook IL"
    ),
    "atlanta": "Atlanta GA; Sandy Springs GA; Roswell GA; Alpharetta GA; Marietta GA; Duluth GA",
    "denver": "Denver CO; Aurora CO; Centennial CO; Lakewood CO; Englewood CO; Littleton CO",
    "dallas": (
        "Dallas TX; Fort Worth TX; Arlington TX; Plano TX; Irving TX; Frisco TX; Richardson TX; "
        "McKinney TX; Addison TX"
    ),
    "raleigh": "Raleigh NC; Cary NC; Morrisville NC; Apex NC; Wake Forest NC",
    "san_diego": (
        "San Diego CA; Chula Vista CA; Carlsbad CA; La Jolla CA; Oceanside CA; Escondido CA"
    ),
    "portland": "Portland OR; Vancouver WA; Hillsboro OR; Beaverton OR; Lake Oswego OR; Tigard OR",
    "minneapolis": (
        "Minneapolis MN; St. Paul MN; Saint Paul MN; Bloomington MN; Eden Prairie MN; Plymouth MN"
    ),
    "phoenix": "Phoenix AZ; Mesa AZ; Chandler AZ; Tempe AZ; Scottsdale AZ; Gilbert AZ; Glendale AZ",
    "philadelphia": (
        "Philadelphia PA; Camden NJ; Wilmington DE; King of Prussia PA; Conshohocken PA; Malvern PA"
    ),
    "houston": "Houston TX; Pasadena TX; The Woodlands TX; Sugar Land TX; Katy TX",
    "pittsburgh": "Pittsburgh PA",
    "salt_lake_city": (
        "Salt Lake City UT; Murray UT; Sandy UT; West Valley City UT; South Jordan UT"
    ),
    "detroit": "Detroit MI; Warren MI; Dearborn MI; Troy MI; Southfield MI; Farmington Hills MI",
    "miami": "Miami FL; Fort Lauderdale FL; West Palm Beach FL; Boca Raton FL; Miami Beach FL",
    "baltimore": "Baltimore MD; Columbia MD; Towson MD",
    "charlotte": "Charlotte NC; Concord NC; Gastonia NC",
    "columbus": "Columbus OH; Dublin OH; Westerville OH",
    "kansas_city": "Kansas City MO; Kansas City KS; Overland Park KS; Olathe KS; Lenexa KS",
    "st_louis": "St. Louis MO; Saint Louis MO; St Louis MO; Clayton MO",
    "sacramento": "Sacramento CA; Roseville CA; Folsom CA; Rancho Cordova CA",
}
_US_METRO_OF = {
    member.lower(): slug
    for slug, members in _US_METRO_CITIES.items()
    for member in members.split("; ")
}


def _us_city(line: str) -> Place | None:
    """ "Redmond, WA" -> Redmond, US, priced as its metro area (Seattle); a known US city keeps its
    own entry. A state code followed by another country ("Pune, IN, India") is not a US state."""
    match = _US_CITY.search(line)
    if not match:
        return None
    name = match["city"]
    known = _CITY.fullmatch(name)
    if known:
        place = _CITIES[int(str(known.lastgroup)[1:])][0]
        if place.country == "US":
            return place
    # Outside the listed areas the slug keeps the state, so "Portland, ME" is not Portland, OR.
    key = f"{name} {match['state']}".lower()
    own = re.sub(r"\W+", "_", key).strip("_")
    return Place(_US_METRO_OF.get(key, own), name, None, "US")


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
