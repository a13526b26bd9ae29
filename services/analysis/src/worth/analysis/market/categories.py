"""Vocabularies shared by the market tables, the loader and the refresh script."""

from typing import Final

# Grades in ascending order; "*" in a table means "all grades pooled".
GRADES: Final = ("intern", "junior", "middle", "senior", "lead", "principal")

# Markets with their own rows. GLOBAL is the Stack Overflow "All Respondents" table.
MARKETS: Final = frozenset({"GLOBAL", "US", "DE", "IN", "GB", "UA", "RU"})

# Stack Overflow 2024 DevType labels (verbatim) -> market role slugs. A table row names a market
# role; the engine maps its finer resume roles onto these. An unknown label must fail loudly so
# a new survey year forces a look at the mapping.
SO_DEVTYPES: Final[dict[str, str]] = {
    "Academic researcher": "academic_researcher",
    "Blockchain": "blockchain",
    "Cloud infrastructure engineer": "cloud_engineer",
    "Data engineer": "data_engineer",
    "Data or business analyst": "analyst",
    "Data scientist or machine learning specialist": "data_scientist",
    "Database administrator": "dba",
    "DevOps specialist": "devops",
    "Designer": "designer",
    "Developer Advocate": "developer_advocate",
    "Developer Experience": "developer_experience",
    "Developer, AI": "ai_developer",
    "Developer, QA or test": "qa",
    "Developer, back-end": "backend",
    "Developer, desktop or enterprise applications": "desktop",
    "Developer, embedded applications or devices": "embedded",
    "Developer, front-end": "frontend",
    "Developer, full-stack": "fullstack",
    "Developer, game or graphics": "game",
    "Developer, mobile": "mobile",
    "Educator": "educator",
    "Engineer, site reliability": "sre",
    "Engineering manager": "engineering_manager",
    "Hardware Engineer": "hardware_engineer",
    "Marketing or sales professional": "marketing_sales",
    "Product manager": "product_manager",
    "Project manager": "project_manager",
    "Research & Development role": "research",
    "Scientist": "scientist",
    "Security professional": "security",
    "Senior Executive (C-Suite, VP, etc.)": "executive",
    "Student": "student",
    "System administrator": "sysadmin",
}

# BLS OEWS occupations (SOC 2018 code) -> market role slugs. Employer-reported base wages: they
# price the occupations the developer survey does not cover (accountants, HR, sales, ...), and
# their ratio to "computer occupations" carries a non-IT occupation's pay level to markets that
# publish IT pay only. Scripts refuse a code missing here, as with SO_DEVTYPES.
BLS_OCCUPATIONS: Final[dict[str, str]] = {
    "00-0000": "all_occupations",
    "15-1200": "computer_occupations",
    "11-2021": "marketing_managers",
    "11-2022": "sales_managers",
    "11-3021": "it_managers",
    "11-3121": "hr_managers",
    "13-1071": "hr_specialists",
    "13-1082": "project_management_specialists",
    "13-1111": "management_analysts",
    "13-1161": "marketing_specialists",
    "13-2011": "accountants_auditors",
    "15-1211": "computer_systems_analysts",
    "15-1212": "information_security_analysts",
    "15-1241": "network_architects",
    "15-1242": "database_administrators",
    "15-1243": "database_architects",
    "15-1244": "network_systems_administrators",
    "15-1251": "computer_programmers",
    "15-1252": "software_developers",
    "15-1253": "software_qa_testers",
    "15-1254": "web_developers",
    "15-1255": "web_interface_designers",
    "15-2031": "operations_research_analysts",
    "15-2051": "data_scientists_bls",
    "27-1024": "graphic_designers",
    "41-3091": "sales_representatives_services",
    "41-4012": "sales_representatives_wholesale",
}

# BLS OEWS metropolitan statistical areas (CBSA code) with a city slug: where a US resume's city
# premium is measured (on software developers' wages, SOC 15-1252). engine/location.py maps the
# cities of each area to its slug.
BLS_METROS: Final[dict[str, str]] = {
    "12060": "atlanta",
    "12420": "austin",
    "12580": "baltimore",
    "14460": "boston",
    "16740": "charlotte",
    "16980": "chicago",
    "18140": "columbus",
    "19100": "dallas",
    "19740": "denver",
    "19820": "detroit",
    "26420": "houston",
    "28140": "kansas_city",
    "31080": "los_angeles",
    "33100": "miami",
    "33460": "minneapolis",
    "35620": "new_york",
    "37980": "philadelphia",
    "38060": "phoenix",
    "38300": "pittsburgh",
    "38900": "portland",
    "39580": "raleigh",
    "40900": "sacramento",
    "41180": "st_louis",
    "41620": "salt_lake_city",
    "41740": "san_diego",
    "41860": "san_francisco",
    "41940": "san_jose",
    "42660": "seattle",
    "47900": "washington",
}
BLS_METRO_OCCUPATIONS: Final = ("15-1252",)  # codes of BLS_OCCUPATIONS

# "*" = every role pooled (e.g. a published all-IT median).
MARKET_ROLES: Final = frozenset(SO_DEVTYPES.values()) | frozenset(BLS_OCCUPATIONS.values()) | {"*"}

# City slugs a row may be keyed by; "*" = the whole market, "other" = outside the listed cities.
CITIES: Final = frozenset(
    {
        "*",
        "other",
        "moscow",
        "saint_petersburg",
        "novosibirsk",
        "yekaterinburg",
        "kazan",
        "nizhny_novgorod",
        *BLS_METROS.values(),
    }
)

CURRENCIES: Final = frozenset({"RUB", "USD", "EUR"})
PAY_PERIODS: Final = frozenset({"month", "year"})
# "unstated": the publication does not say; such a row may give ratios (a grade ladder), never
# the figure quoted to a user.
BASES: Final = frozenset({"net", "gross", "unstated"})
