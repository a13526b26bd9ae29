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

# "*" = every role pooled (e.g. a published all-IT median).
MARKET_ROLES: Final = frozenset(SO_DEVTYPES.values()) | {"*"}

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
    }
)

CURRENCIES: Final = frozenset({"RUB", "USD", "EUR"})
PAY_PERIODS: Final = frozenset({"month", "year"})
BASES: Final = frozenset({"net", "gross"})
