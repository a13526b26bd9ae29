import pytest

from worth.analysis.engine.location import find_place
from worth.analysis.engine.pricing import occupation_offset
from worth.analysis.engine.roles import BY_ID, ROLES, detect_grade, detect_role
from worth.analysis.engine.skills import find_skills
from worth.analysis.market import MARKET_ROLES, load_market


@pytest.mark.parametrize(
    ("headline", "role"),
    [
        ("Backend-разработчик (Python)", "backend_developer"),
        ("Python developer", "backend_developer"),
        ("Senior Frontend Engineer", "frontend_developer"),
        ("Фулстек-разработчик", "fullstack_developer"),
        ("iOS-разработчик", "mobile_developer"),
        ("Embedded C developer", "embedded_developer"),
        ("Программист 1С", "desktop_developer"),
        ("Инженер по тестированию", "qa_engineer"),
        ("DevOps-инженер", "devops_engineer"),
        ("Инженер данных", "data_engineer"),
        ("Data Scientist", "data_scientist"),
        ("Системный аналитик", "system_analyst"),
        ("Бизнес-аналитик", "business_analyst"),
        ("Product Manager", "product_manager"),
        ("Руководитель проектов", "project_manager"),
        ("UX/UI дизайнер", "designer"),
        ("Менеджер по продажам", "sales_manager"),
        ("Маркетолог", "marketing_manager"),
        ("Главный бухгалтер", "accountant"),
        ("Рекрутер", "hr_specialist"),
    ],
)
def test_role_from_the_headline(headline: str, role: str):
    guess = detect_role(headline, [], [])
    assert (guess.role.id, guess.evidence) == (role, "title")


def test_a_title_outweighs_skills():
    skills = find_skills("Python, Django, FastAPI, PostgreSQL, Docker, Kafka")
    assert detect_role("QA Engineer", [], skills).role.id == "qa_engineer"


def test_skills_name_the_role_when_no_title_does():
    guess = detect_role("", [], find_skills("Selenium, Postman, JMeter, Playwright"))
    assert (guess.role.id, guess.evidence) == ("qa_engineer", "skills")


def test_a_generic_developer_is_specialised_by_skills_or_stays_generic():
    frontend = detect_role("Разработчик", [], find_skills("React, TypeScript, HTML, CSS"))
    assert frontend.role.id == "frontend_developer"
    assert detect_role("Разработчик", [], []).role.id == "software_developer"


def test_nothing_recognisable_is_unknown():
    assert detect_role("Резюме", [], []).role.id == "unknown"


@pytest.mark.parametrize(
    ("titles", "role"),
    [
        (["Data Engineer", "Data Analyst"], "data_engineer"),
        (["Data Analyst", "Data Engineer"], "data_analyst"),
    ],
)
def test_the_latest_job_title_counts_more_than_older_ones(titles: list[str], role: str):
    assert detect_role("", titles, []).role.id == role


def test_every_role_is_priced_by_a_global_row_or_a_us_occupation_row():
    tables = load_market()
    glob = {row.role for row in tables.pay if row.market == "GLOBAL"}
    for role in BY_ID.values():
        if role.market_role:
            assert role.market_role in MARKET_ROLES, role.id
            # A global DevType row, or a US occupation that can be carried relative to IT pay.
            assert role.market_role in glob or occupation_offset(tables, role.market_role), role.id
        else:
            assert role.fit == "none", role.id
    assert {role.family for role in ROLES} >= {"sales", "accounting", "hr", "marketing"}


@pytest.mark.parametrize(
    ("title", "grade"),
    [
        ("Senior Python Developer", "senior"),
        ("Ведущий разработчик", "lead"),
        ("Старший аналитик", "senior"),
        ("Middle Java developer", "middle"),
        ("Junior QA", "junior"),
        ("Младший специалист", "junior"),
        ("Стажёр-аналитик", "intern"),
        ("Team Lead", "lead"),
        ("Тимлид backend", "lead"),
        ("Senior Team Lead", "lead"),
        ("Principal Engineer", "principal"),
        ("Архитектор ПО", "principal"),
    ],
)
def test_grade_from_a_title(title: str, grade: str):
    assert detect_grade(title, "", years=1.0).grade == grade


def test_the_latest_job_title_gives_the_grade_when_the_headline_does_not():
    assert detect_grade("Python developer", "Senior Python developer", years=2).grade == "senior"


@pytest.mark.parametrize(
    ("years", "grade"),
    [(0.3, "intern"), (1.5, "junior"), (3.0, "middle"), (7.0, "senior"), (25.0, "senior")],
)
def test_grade_from_years_never_reaches_lead(years: float, grade: str):
    guess = detect_grade("Developer", "", years=years)
    assert (guess.grade, guess.evidence) == (grade, "years")


@pytest.mark.parametrize(
    ("lines", "city", "country"),
    [
        (["Город: Москва"], "Moscow", "RU"),
        (["Проживает: Санкт-Петербург, м. Площадь Восстания"], "St Petersburg", "RU"),
        (["Работаю в Новосибирске"], "Novosibirsk", "RU"),
        (["Location: Berlin, Germany"], "Berlin", "DE"),
        (["Kyiv, Ukraine"], "Kyiv", "UA"),
        (["Bengaluru, India"], "Bengaluru", "IN"),
        (["Работал в Москве", "Город: Казань"], "Kazan", "RU"),  # the labelled line wins
        (["Remote, Russia"], None, "RU"),
    ],
)
def test_location(lines: list[str], city: str | None, country: str):
    place = find_place(lines)
    assert place is not None
    assert (place.city, place.country) == (city, country)


def test_relocation_wishes_are_not_a_location():
    assert find_place(["Готов к переезду: Берлин", "Permanent contract"]) is None


def test_a_grade_word_inside_another_word_is_not_a_grade():
    # "internal" is not "intern", "Leadership" is not "lead"
    assert detect_grade("Data Engineer", "Wrote an internal library", years=6.0).grade == "senior"
    assert detect_grade("Leadership coach", "", years=3.0).evidence == "years"


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Solution Architect", "software_developer"),
        ("Архитектор ПО", "software_developer"),
        ("Системный архитектор", "software_developer"),
        ("Data Architect", "data_engineer"),
        ("Cloud Architect", "devops_engineer"),
        ("Главный архитектор", "unknown"),  # may design buildings: no IT word, no guess
    ],
)
def test_architects_are_priced_as_the_role_they_design_for(title: str, role: str):
    assert detect_role(title, [], []).role.id == role


def test_a_fullstack_title_wins_over_the_language_beside_it():
    backend_skills = find_skills("Go, PostgreSQL, Swagger, gRPC, Kafka, Redis")
    guess = detect_role("Fullstack Golang Developer", [], backend_skills)
    assert guess.role.id == "fullstack_developer"
    assert detect_role("Golang Developer", [], backend_skills).role.id == "backend_developer"


def test_without_a_title_the_role_more_skills_point_at_wins_a_tie_at_the_cap():
    # Backend and data engineering both reach the cap on this list; data engineering has more.
    skills = find_skills(
        "Python, SQL, Kafka, PostgreSQL, Docker, ClickHouse, Redis, Git, Linux, Go, REST API, "
        "Spark, Airflow, dbt, Snowflake, Hadoop, Hive, ETL, Greenplum, Flink, Trino, Databricks"
    )
    assert detect_role("", [], skills).role.id == "data_engineer"
