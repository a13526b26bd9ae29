import pytest

from worth.analysis.engine.skills import SKILLS, find_skills
from worth.analysis.market import load_market


def ids(text: str) -> list[str]:
    return [skill.id for skill in find_skills(text)]


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Питон", "python"),
        ("пишу на питоне", "python"),
        ("python3", "python"),
        ("Джава", "java"),
        ("k8s", "kubernetes"),
        ("кубернетес", "kubernetes"),
        ("постгрес", "postgresql"),
        ("Postgres 15", "postgresql"),
        ("Golang", "go"),
        ("Go-разработчик", "go"),
        ("ASP.NET Core", "dotnet"),
        ("1С:Предприятие", "one_c"),
        ("джанго", "django"),
        ("Node.js", "nodejs"),
        ("Яндекс.Метрика", "web_analytics"),
    ],
)
def test_synonyms_in_both_languages_map_to_one_skill(text: str, skill: str):
    assert ids(text) == [skill]


def test_c_slash_cpp_names_both():
    assert set(ids("C/C++")) == {"c", "cpp"}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("JavaScript", "java"),
        ("PostgreSQL", "sql"),
        ("NoSQL", "sql"),
        ("excellent communication", "excel"),
        ("go to market strategy", "go"),
        ("React Native", "react"),
        ("the rest of the team", "rest_api"),
    ],
)
def test_lookalikes_do_not_match(text: str, absent: str):
    assert absent not in ids(text)


def test_each_skill_once_in_order_of_first_mention():
    assert ids("Django, Python, python3, Питон, Django") == ["django", "python"]


def test_taxonomy_is_consistent_with_the_market_tables():
    languages = {row.language for row in load_market().languages}
    assert len({skill.id for skill in SKILLS}) == len(SKILLS)
    for skill in SKILLS:
        # Aliases run against lower-cased text; a capital letter would never match.
        assert all(alias == alias.lower() for alias in skill.aliases), skill.id
        if skill.so_language:
            assert skill.so_language in languages, skill.id
