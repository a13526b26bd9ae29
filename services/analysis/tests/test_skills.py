import re

import pytest

from worth.analysis.engine.roles import ROLES
from worth.analysis.engine.skills import SKILLS, find_skills
from worth.analysis.market import load_market
from worth.analysis.market.categories import SO_DEVTYPES


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
        ("Redux Toolkit", "redux"),
        ("редаксе", "redux"),
        ("вебпаком", "webpack"),
        ("БЭМ", "bem"),
        ("ларавеле", "laravel"),
        ("вордпрессе", "wordpress"),
        ("хибернейтом", "hibernate"),
        ("корутинами", "coroutines"),
        ("Камунде", "camunda"),
        ("Яндекс Облаке", "yandex_cloud"),
        ("заббиксом", "zabbix"),
        ("микротиках", "mikrotik"),
        ("Кибана", "elk"),
        ("ассемблере", "assembly"),
        ("осциллографом", "oscilloscope"),
        ("АБ-тесты", "ab_testing"),
        ("А/В тесты", "ab_testing"),  # with a Cyrillic «В»
        ("сплит-тестирование", "ab_testing"),
        ("когортный анализ", "cohort_analysis"),
        ("Google Таблицы", "google_sheets"),
        ("канбан", "kanban"),
        ("аджайл", "agile"),
        ("ГОСТ 34.602-89", "gost_34"),
        ("код-ревью", "code_review"),
        ("кастдев", "custdev"),
        ("Тильде", "tilda"),
        ("холодные звонки", "cold_calling"),
        ("Яндекс.Директ", "yandex_direct"),
        ("44-FZ", "public_procurement"),
        ("ФЗ-223", "public_procurement"),
        ("HR-бренд", "employer_branding"),
        ("сорсинг", "sourcing"),
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
        ("MS SQL Server", "sql"),
        ("excellent communication", "excel"),
        ("go to market strategy", "go"),
        ("React Native", "react"),
        ("the rest of the team", "rest_api"),
        ("Zephyr Scale test cases", "rtos"),
        ("Azure Data Studio", "looker"),
    ],
)
def test_lookalikes_do_not_match(text: str, absent: str):
    assert absent not in ids(text)


def test_each_skill_once_in_order_of_first_mention():
    assert ids("Django, Python, python3, Питон, Django") == ["django", "python"]


# New skills, written as a resume says them: in prose, in English and in Russian.
@pytest.mark.parametrize(
    ("text", "skills"),
    [
        # Frontend.
        (
            "Built the storefront on Next.js with Redux Toolkit and Tailwind; components live "
            "in Storybook and are tested with Jest. Moved the build from Webpack to Vite.",
            {"nextjs", "redux", "tailwind", "storybook", "jest", "webpack", "vite"},
        ),
        (
            "Верстаю по БЭМ на SCSS, состояние храню в Pinia, раньше во Vuex; переписал "
            "старый код на jQuery на Nuxt 3, а виджеты — на Svelte.",
            {"bem", "sass", "pinia", "vuex", "jquery", "nuxt", "svelte"},
        ),
        # Backend and web platforms.
        (
            "I maintain a Laravel and Symfony codebase, a few Yii2 projects and WordPress "
            "shops on WooCommerce.",
            {"laravel", "symfony", "yii", "wordpress", "woocommerce"},
        ),
        (
            "Писал бэкенд на Ruby on Rails, потом на Express.js и NestJS; фоновые задачи "
            "вынес в Celery.",
            {"ruby", "rails", "express", "nestjs", "celery"},
        ),
        (
            "Services on Spring with Hibernate, built with Gradle and Maven; kept the legacy "
            "SOAP integrations alive, described the new API in OpenAPI 3 and added GraphQL.",
            {"hibernate", "gradle", "maven", "soap", "openapi", "graphql"},
        ),
        (
            "Данные на клиенте хранятся в SQLite, на сервере — в MS SQL Server и MariaDB; "
            "аналитика в Snowflake и BigQuery, бизнес-процессы в Camunda, события в Apache "
            "Cassandra, контракты описаны в Swagger.",
            {"sqlite", "mssql", "mariadb", "snowflake", "bigquery", "camunda", "cassandra"}
            | {"openapi"},
        ),
        # Mobile.
        (
            "The UI is written in Jetpack Compose; networking goes through Retrofit 2, data "
            "is cached in a Room database, dependencies are injected with Hilt, and the app "
            "follows MVVM.",
            {"jetpack_compose", "retrofit", "android_room", "dagger_hilt", "mvvm"},
        ),
        (
            "Приложение для заметок: Kotlin, Jetpack Compose, Retrofit, Room, Dagger 2, "
            "корутины, MVVM.",
            {"retrofit", "android_room", "dagger_hilt", "coroutines", "mvvm"},
        ),
        ("Экраны на SwiftUI, реактивный слой — на Combine и Swift Concurrency.", {"combine"}),
        # Data and ML.
        (
            "I explore data in Jupyter notebooks, plot it with Matplotlib and Seaborn, publish "
            "dashboards in Looker Studio and Metabase, read product events in Amplitude and "
            "forecast demand with Prophet.",
            {"jupyter", "matplotlib", "seaborn", "looker", "metabase", "amplitude", "prophet"},
        ),
        (
            "Провела 30 A/B-тестов, сделала когортный анализ удержания и анализ воронки "
            "регистрации; отчёты веду в Google Таблицах и Superset, знаю математическую "
            "статистику.",
            {"ab_testing", "cohort_analysis", "funnel_analysis", "google_sheets", "superset"}
            | {"statistics"},
        ),
        (
            "Built ETL pipelines, owned data modeling for the warehouse and ran the statistical "
            "analysis of every experiment; funnel and cohort analysis for growth.",
            {"etl", "data_modeling", "statistics", "funnel_analysis", "cohort_analysis"},
        ),
        ("Skills: SQL, Python, A/B testing, statistics", {"statistics", "ab_testing"}),
        # Infrastructure.
        (
            "Выкатываем сервисы через Helm и Argo CD по GitOps, код и пайплайны живут в "
            "GitLab, метрики в Zabbix и Thanos, логи в ELK; всё крутится в Яндекс Облаке.",
            {"helm", "argocd", "gitops", "gitlab", "zabbix", "thanos", "elk", "yandex_cloud"},
        ),
        (
            "Ran Jenkins, Puppet and Chef Infra; Nagios for alerts, Kibana and Logstash for "
            "logs; defined SLOs with error budgets and led incident management and blameless "
            "postmortems.",
            {"ci_cd", "puppet", "chef", "nagios", "elk", "slo_sli", "incident_management"},
        ),
        (
            "Администрирую Windows Server 2019, Active Directory, групповые политики, DNS и "
            "DHCP; виртуализация на VMware ESXi и Proxmox; VPN между офисами на WireGuard и "
            "IPsec, MikroTik и Cisco, VLAN; почта на Postfix, файловый сервер на Samba, "
            "телефония на Asterisk, бэкапы в Veeam, PostgreSQL в кластере Patroni.",
            {"windows_server", "active_directory", "group_policy", "dns", "dhcp", "vmware"}
            | {"proxmox", "vpn", "mikrotik", "cisco", "vlan", "postfix", "samba", "asterisk"}
            | {"veeam", "patroni"},
        ),
        ("Active Directory, GPO, DNS", {"active_directory", "group_policy", "dns"}),
        # Embedded and hardware.
        (
            "Designed FPGA logic in Verilog and VHDL with Vivado; wrote firmware for ARM "
            "Cortex-M4 (STM32F4) and MSP430 talking UART, SPI, I2C and CAN bus; LoRaWAN radio "
            "with FOTA updates; built with CMake, debugged with an oscilloscope and a logic "
            "analyzer; tuned a PID controller on a Raspberry Pi.",
            {"fpga", "verilog", "vhdl", "vivado", "arm", "mcu", "uart", "spi", "i2c"}
            | {"can_bus", "lorawan", "fota", "cmake", "oscilloscope", "logic_analyzer"}
            | {"pid_control", "raspberry_pi"},
        ),
        (
            "Пишу прошивки на C для STM32: драйверы I2C и SPI, обмен по CAN-шине, критичные "
            "участки на ассемблере; отлаживаю осциллографом и логическим анализатором, "
            "настраиваю ПИД-регулятор.",
            {"c", "mcu", "i2c", "spi", "can_bus", "assembly", "oscilloscope"}
            | {"logic_analyzer", "pid_control"},
        ),
        (
            "Интерфейсы: UART, SPI, I2C, CAN; ПЛИС Xilinx.",
            {"uart", "spi", "i2c", "can_bus", "fpga"},
        ),
        # Testing.
        (
            "Test cases live in TestRail; I own the test automation with Appium, reports in "
            "Allure, unit tests in NUnit and xUnit, and the WiX Toolset installer.",
            {"testrail", "test_automation", "appium", "allure", "nunit", "xunit", "wix_toolset"},
        ),
        (
            "Занимаюсь автоматизацией тестирования на Java, отчёты — Allure Report, "
            "тест-кейсы — в TestRail.",
            {"test_automation", "allure", "testrail"},
        ),
        # Product, project and analysis.
        (
            "Owned the product roadmap, ran product discovery and customer development, wrote "
            "user stories and led requirements gathering; delivered Kanban and Waterfall "
            "projects with risk management and budget management in MS Project; diagrams in "
            "draw.io, PlantUML and Bizagi; financial modeling; code review.",
            {"product_roadmap", "product_discovery", "custdev", "user_stories", "requirements"}
            | {"kanban", "waterfall", "risk_management", "budget_management", "ms_project"}
            | {"drawio", "plantuml", "bizagi", "financial_modeling", "code_review"},
        ),
        (
            "Сбор и анализ требований, документация по ГОСТ 34, управление рисками, управляю "
            "бюджетом проекта, веду дорожную карту продукта, провожу кастдев, пишу "
            "пользовательские истории, строю финансовые модели, провожу код-ревью.",
            {"requirements", "gost_34", "risk_management", "budget_management"}
            | {"product_roadmap", "custdev", "user_stories", "financial_modeling", "code_review"},
        ),
        ("Agile, Scrum, Kanban, waterfall", {"agile", "scrum", "kanban", "waterfall"}),
        # Design.
        (
            "Wireframing and prototyping in FigJam, built our design system, ran usability "
            "testing; motion in After Effects, older projects in Adobe XD, landings on Tilda.",
            {"wireframing", "prototyping", "figjam", "design_system", "usability_testing"}
            | {"after_effects", "adobe_xd", "tilda"},
        ),
        (
            "Собрала дизайн-систему, занимаюсь прототипированием интерфейсов, провожу "
            "юзабилити-тестирование, рисую вайрфреймы, делаю сайты на Тильде.",
            {"design_system", "prototyping", "usability_testing", "wireframing", "tilda"},
        ),
        # Sales, marketing, HR.
        (
            "Cold calling and B2B SaaS sales; pipeline in HubSpot; campaigns in Google Ads, "
            "Meta Ads and LinkedIn Ads; email marketing with landing pages in Unbounce and "
            "experiments in Optimizely; call reviews in Gong, sequences in Outreach.io; "
            "MEDDICC qualification; prospecting in LinkedIn Sales Navigator.",
            {"cold_calling", "b2b_sales", "hubspot", "google_ads", "meta_ads", "linkedin_ads"}
            | {"email_marketing", "unbounce", "optimizely", "gong", "outreach", "meddicc"}
            | {"sales_navigator"},
        ),
        (
            "Делаю холодные звонки, веду B2B-продажи, готовлю заявки на тендеры по 44-ФЗ и "
            "223-ФЗ, запускаю email-маркетинг и Яндекс.Директ.",
            {"cold_calling", "b2b_sales", "tenders", "public_procurement", "email_marketing"}
            | {"yandex_direct"},
        ),
        (
            "Hired 120 people a year through Greenhouse and LinkedIn Recruiter: candidate "
            "sourcing, mass recruitment, employer branding, structured interviews and employee "
            "onboarding.",
            {"greenhouse", "linkedin_recruiter", "sourcing", "mass_recruitment"}
            | {"employer_branding", "structured_interviews", "onboarding"},
        ),
        (
            "Отвечаю за сорсинг и массовый подбор, развиваю HR-бренд, провожу интервью по "
            "компетенциям, выстроила адаптацию новых сотрудников; кандидатов веду в Huntflow.",
            {"sourcing", "mass_recruitment", "employer_branding", "structured_interviews"}
            | {"onboarding", "huntflow"},
        ),
        ("Навыки: Huntflow, сорсинг, онбординг, Excel", {"onboarding", "sourcing"}),
    ],
)
def test_new_skills_are_found_in_prose(text: str, skills: set[str]):
    assert skills <= set(ids(text))


# Ordinary words that are also skill names: the ordinary use must not count.
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("We booked a meeting room for the offsite.", "android_room"),
        ("Room service and housekeeping, Rooms Division", "android_room"),
        ("He was at the helm of the company for ten years.", "helm"),
        ("I said it in jest.", "jest"),
        ("Prepared celery sticks; Celery root puree", "celery"),
        ("A marketing maven with a strong tailwind behind her.", "maven"),
        ("A marketing maven with a strong tailwind behind her.", "tailwind"),
        ("Took the express train; American Express, Visa", "express"),
        ("SQL Server Express", "express"),
        ("Managed the seismic retrofit of two schools.", "retrofit"),
        ("Seismic Retrofit, Structural Design", "retrofit"),
        ("He was loyal to the hilt.", "dagger_hilt"),
        ("The set A is a superset of B.", "superset"),
        ("Snowflake schema", "snowflake"),
        ("Measured the signal amplitude; Amplitude Modulation lab", "amplitude"),
        ("Children's puppet show; Puppet Theatre", "puppet"),
        ("Head Chef, Sous Chef, Line Cook", "chef"),
        ("Samba, Rumba, Cha-cha", "samba"),
        ("Postfix notation; postfix expressions", "postfix"),
        ("Marked with an asterisk.", "asterisk"),
        ("The allure of big cities.", "allure"),
        ("Greenhouse gas emissions reporting", "greenhouse"),
        ("Rang the gong. Gong Li, Beijing", "gong"),
        ("Community outreach, Outreach programmes", "outreach"),
        ("Strategic sourcing of suppliers", "sourcing"),
        ("Redesigned user onboarding; customer onboarding calls", "onboarding"),
        ("Переделала онбординг пользователей в приложении.", "onboarding"),
        ("Sales statistics for Q3; статистика продаж", "statistics"),
        ("The Prophet's teachings; a prophet of doom", "prophet"),
        ("We hiked to a waterfall; waterfall chart of costs", "waterfall"),
        ("Veterinary care for elk and deer", "elk"),
        ("Broke his arm; ARM loans and mortgages", "arm"),
        ("We can combine results; yes we CAN", "can_bus"),
        ("We can combine results; yes we CAN", "combine"),
        ("General Assembly; PCB assembly; Electronics Assembler", "assembly"),
        ("Tracked CPI and SPI on every project", "spi"),
        ("Negotiated GPO contracts for the hospital", "group_policy"),
        ("Работал в DNS продавцом-консультантом, магазин «DNS»", "dns"),
        ("Cal Poly SLO, B.S. 2019", "slo_sli"),
        ("Tilda Swinton; Cassandra Lee; Lora Smith", "tilda"),
        ("Tilda Swinton; Cassandra Lee; Lora Smith", "cassandra"),
        ("Tilda Swinton; Cassandra Lee; Lora Smith", "lorawan"),
        ("Guard rails; off the rails", "rails"),
        ("Built the hiring funnel; веду воронку кандидатов", "funnel_analysis"),
        ("Настроил воронки в amoCRM", "funnel_analysis"),
        ("Проверка продуктовых гипотез", "statistics"),
        ("Built a prototype of the forecasting model", "prototyping"),
        ("Cisco Systems, software engineer", "cisco"),
        ("Wix website builder", "wix_toolset"),
        ("A/B", "ab_testing"),
    ],
)
def test_ordinary_words_are_not_skills(text: str, absent: str):
    assert absent not in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Languages: C, C++, Python",
        "Python, Go, C",
        "C, Assembly, Python",
        "Firmware written in C.",
        "I wrote it in C, then ported it to Rust.",
        "Драйверы писал на C для STM32.",
        "Пишу на Си под Linux",
        "Embedded C",
        "Языки: C",
        "C",
    ],
)
def test_a_bare_c_in_a_list_or_after_in_is_the_language(text: str):
    assert "c" in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Reported to C-level executives",
        "Class C shares",
        "Vitamin C, zinc, magnesium",
        "Vitamin C, Python",
        "Grade: C",
        "Водительские права категории B, C",
        "Категории: C, D",
        "Plan C",
        "a sonata in C major",
        "Research in C. elegans",
        "C# and .NET",
        "C++ only",
        "Objective-C, Swift",
        "English: C1",
        "C 2019 по 2021 работал в банке",
        "Пишу на Си шарп",
    ],
)
def test_a_bare_c_elsewhere_is_not_the_language(text: str):
    assert "c" not in ids(text)


@pytest.mark.parametrize(
    ("name", "skill"),
    [
        ("C", "c"),
        ("Room", "android_room"),
        ("Retrofit", "retrofit"),
        ("CAN", "can_bus"),
        ("SPI", "spi"),
        ("Gong", "gong"),
        ("Assembly", "assembly"),
        ("Statistics", "statistics"),
        ("Onboarding", "onboarding"),
        ("Sourcing", "sourcing"),
        ("Express", "express"),
    ],
)
def test_a_skill_name_alone_is_the_skill(name: str, skill: str):
    """The LLM reply and the evaluation labels name one skill per string."""
    assert ids(name) == [skill]


def test_a_listed_word_needs_a_recognised_neighbour():
    assert "android_room" in ids("Retrofit, Room, Hilt")
    assert "android_room" not in ids("Room, Board, Lodging")
    assert {"uart", "spi", "can_bus"} <= set(ids("UART, SPI, CAN"))


def test_overlapping_names_resolve_to_the_more_specific_skill():
    assert ids("Ruby on Rails") == ["ruby", "rails"]
    assert ids("GitLab CI") == ["ci_cd"]
    assert ids("Elasticsearch, Logstash, Kibana") == ["elasticsearch", "elk"]
    assert ids("Elastic Stack") == ["elk"]
    assert set(ids("AVR assembler")) == {"mcu", "assembly"}
    assert ids("Android Room") == ["android", "android_room"]
    assert ids("Kotlin Coroutines") == ["kotlin", "coroutines"]


def test_taxonomy_is_consistent_with_the_market_tables():
    languages = {row.language for row in load_market().languages}
    market_roles = set(SO_DEVTYPES.values()) | {role.market_role for role in ROLES}
    assert len({skill.id for skill in SKILLS}) == len(SKILLS)
    for skill in SKILLS:
        # Aliases run against lower-cased text; a capital letter would never match.
        assert all(alias == alias.lower() for alias in skill.aliases), skill.id
        # A capturing group would hide which skill matched (see _compile).
        fragments = (*skill.aliases, *skill.exact, *skill.listed)
        assert all(re.compile(fragment).groups == 0 for fragment in fragments), skill.id
        assert skill.roles <= market_roles, skill.id
        if skill.so_language:
            assert skill.so_language in languages, skill.id
