import re

import pytest

from worth.analysis.engine import skills as skills_module
from worth.analysis.engine.roles import ROLES
from worth.analysis.engine.skills import SKILLS, find_skills, without_wishes
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
        ("на Матлабе", "matlab"),
        ("Фортране", "fortran"),
        ("АБАП", "abap"),
        ("вебсокеты", "websockets"),
        ("Битриксе", "bitrix"),
        ("1С-Битрикс", "bitrix"),
        ("Битрикс24", "crm"),
        ("1С:ЗУП 3.1", "one_c"),
        ("шейдеры", "shaders"),
        ("многопоточность", "multithreading"),
        ("ООП", "oop"),
        ("микрофронтенды", "micro_frontends"),
        ("высоконагруженные системы", "highload"),
        ("оптимизация SQL-запросов", "query_optimization"),
        ("машинное обучение", "machine_learning"),
        ("нейронные сети", "deep_learning"),
        ("компьютерное зрение", "computer_vision"),
        ("временные ряды", "time_series"),
        ("векторные базы данных", "vector_db"),
        ("промпт-инжиниринг", "prompt_engineering"),
        ("хранилище данных", "dwh"),
        ("Гринплам", "greenplum"),
        ("РЕД ОС", "russian_os"),
        ("межсетевые экраны", "firewall"),
        ("пентест", "pentest"),
        ("моделирование угроз", "threat_modeling"),
        ("СХД", "storage"),
        ("терминальный сервер", "remote_desktop"),
        ("трассировка печатных плат", "pcb_design"),
        ("АСУ ТП", "industrial_automation"),
        ("Компас-3D", "kompas_3d"),
        ("Автокад", "autocad"),
        ("нагрузочное тестирование", "load_testing"),
        ("тест-кейсы", "test_documentation"),
        ("тест-дизайн", "test_design"),
        ("баг-репорты", "bug_reporting"),
        ("моушн-дизайн", "motion_design"),
        ("типографика", "typography"),
        ("фирменный стиль", "branding"),
        ("UX-исследования", "ux_research"),
        ("управление проектами", "project_management"),
        ("бережливое производство", "lean"),
        ("юнит-экономика", "unit_economics"),
        ("карта пути клиента", "cjm"),
        ("ценообразование", "pricing"),
        ("Яндекс Трекер", "yandex_tracker"),
        ("контекстная реклама", "ppc"),
        ("таргетированная реклама", "targeted_ads"),
        ("лидогенерация", "lead_generation"),
        ("сквозная аналитика", "marketing_analytics"),
        ("ведение переговоров", "negotiations"),
        ("работа с возражениями", "objection_handling"),
        ("кадровое делопроизводство", "hr_records"),
        ("ТК РФ", "labour_law"),
        ("грейдирование", "compensation_benefits"),
        ("расчёт заработной платы", "payroll"),
        ("НДС", "vat"),
        ("управленческий учёт", "management_accounting"),
        ("закрытие месяца", "period_close"),
        ("внешний аудит", "audit"),
        ("Диадок", "edo"),
        ("клиент-банк", "bank_client"),
        ("КонсультантПлюс", "legal_reference"),
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
        ("Julia", "julia"),
        ("Zig", "zig"),
        ("Apex", "apex"),
        ("SAS", "sas"),
        ("Gin", "gin"),
        ("Echo", "echo_framework"),
        ("Phoenix", "phoenix"),
        ("Tornado", "tornado"),
        ("Apollo", "apollo"),
        ("Gatsby", "gatsby"),
        ("Electron", "electron"),
        ("Vault", "vault"),
        ("Consul", "consul"),
        ("Nomad", "nomad"),
        ("Packer", "packer"),
        ("Envoy", "envoy"),
        ("Loki", "loki"),
        ("Rancher", "rancher"),
        ("Nexus", "nexus"),
        ("Harbor", "harbor"),
        ("Lambda", "aws_lambda"),
        ("Iceberg", "iceberg"),
        ("Beam", "beam"),
        ("DAX", "dax"),
        ("Metal", "metal"),
        ("Maya", "maya"),
        ("Blender", "blender"),
        ("Swing", "swing"),
        ("Premiere", "premiere_pro"),
        ("Monday", "monday"),
        ("Lean", "lean"),
        ("KPI", "kpi_design"),
        ("Pricing", "pricing"),
        ("Treasury", "treasury"),
        ("Exchange", "exchange"),
        ("PLC", "plc"),
        ("USB", "usb"),
        ("Charles", "charles"),
        ("Гарант", "legal_reference"),
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


# The second wave: languages, frameworks, data, infrastructure, security, embedded, testing, design,
# product, sales, HR and finance, in prose as a resume says them.
@pytest.mark.parametrize(
    ("text", "skills"),
    [
        # Languages.
        (
            "Kept the Perl and COBOL batch jobs alive, rewrote the reports from VBA to F#, "
            "modelled the plant in MATLAB and ran the statistics in SAS Enterprise Guide, SPSS "
            "and Stata; stored procedures in T-SQL, PL/SQL and PL/pgSQL.",
            {"perl", "cobol", "vba", "fsharp", "matlab", "sas", "spss", "stata", "tsql", "sql"}
            | {"plsql", "plpgsql"},
        ),
        (
            "Пишу на Фортране и Julia для численного моделирования, шейдеры на HLSL, "
            "модули на WebAssembly, прошивки на MicroPython; в школе был Паскаль.",
            {"fortran", "julia", "shaders", "webassembly", "micropython", "pascal"},
        ),
        ("Languages: Python, Julia, R, Zig, OCaml, Lisp", {"julia", "zig", "ocaml", "lisp"}),
        # Backend.
        (
            "Services on Spring Boot and Quarkus with Entity Framework on the .NET side; the "
            "Python API uses FastAPI, Pydantic, SQLAlchemy and Alembic on asyncio; Go services "
            "on Gin; protobuf and WebSockets between them; auth through Keycloak with OAuth 2.0, "
            "JWT and SSO.",
            {"spring", "quarkus", "entity_framework", "pydantic", "sqlalchemy", "alembic"}
            | {"asyncio", "gin", "protobuf", "websockets", "keycloak", "oauth", "jwt", "sso"},
        ),
        (
            "Разрабатывал сайты на 1С-Битрикс и Drupal, бэкенд на Go (Gin, Echo), сервисы на "
            "Ktor и Akka; знаю ООП, паттерны проектирования, SOLID, DDD и TDD, многопоточность, "
            "структуры данных и алгоритмы; проектировал высоконагруженные системы.",
            {"bitrix", "drupal", "gin", "echo_framework", "ktor", "akka", "oop", "solid", "ddd"}
            | {"design_patterns", "tdd", "multithreading", "algorithms", "highload"},
        ),
        # Frontend and mobile.
        (
            "Built dashboards with D3.js and Chart.js, state in NgRx and RxJS, UI on Material UI "
            "and Ant Design; the desktop app runs on Electron; the mobile app is written in "
            "SwiftUI with Core Data, Alamofire and Firebase, and in Kotlin Multiplatform.",
            {"d3", "chartjs", "ngrx", "rxjs", "material_ui", "ant_design", "electron"}
            | {"swiftui", "core_data", "alamofire", "firebase", "kotlin_multiplatform"},
        ),
        (
            "Вёрстка на Bootstrap 5, приложения на Ionic и Xamarin, микрофронтенды через Module "
            "Federation, пуш-уведомления, RxJava и Koin, сборка в Xcode и fastlane.",
            {"bootstrap", "ionic", "xamarin", "micro_frontends", "push_notifications"}
            | {"rx_mobile", "koin", "xcode", "fastlane"},
        ),
        # Data.
        (
            "Streaming with Flink and Kafka Streams, CDC through Debezium and Kafka Connect, "
            "lakehouse on Databricks with Delta Lake and Apache Iceberg, ad-hoc SQL in Trino, "
            "warehouses in Greenplum, Vertica and Amazon Redshift; Hive on Hadoop; Airbyte and "
            "Fivetran for ingestion; dashboards in Qlik Sense, Redash and DataLens; DAX formulas "
            "in Power BI with Power Query.",
            {"flink", "kafka_streams", "debezium", "kafka_connect", "databricks", "delta_lake"}
            | {"iceberg", "trino", "greenplum", "vertica", "redshift", "hive", "hadoop"}
            | {"airbyte", "fivetran", "qlik", "redash", "datalens", "dax", "power_query"},
        ),
        (
            "Строю хранилище данных (DWH) на Greenplum и ClickHouse, ETL на SSIS и NiFi, "
            "отчёты в SSRS, OLAP-кубы, витрины в Yandex DataLens.",
            {"dwh", "greenplum", "ssis", "nifi", "ssrs", "olap", "datalens"},
        ),
        # ML.
        (
            "Machine learning and deep learning: gradient boosting with XGBoost, LightGBM and "
            "CatBoost; NLP on Hugging Face Transformers and spaCy; computer vision with OpenCV "
            "and YOLOv8; RAG on LangChain and LlamaIndex over a Qdrant vector database; prompt "
            "engineering and LLM fine-tuning with LoRA; MLflow, DVC and ONNX for MLOps.",
            {"machine_learning", "deep_learning", "xgboost", "lightgbm", "catboost", "nlp"}
            | {"huggingface", "spacy", "computer_vision", "opencv", "llm", "langchain"}
            | {"llamaindex", "vector_db", "prompt_engineering", "fine_tuning", "mlflow", "dvc"}
            | {"onnx", "mlops"},
        ),
        (
            "Занимаюсь машинным обучением: рекомендательные системы, прогнозирование временных "
            "рядов, обработка естественного языка, дообучение моделей, промпт-инжиниринг; "
            "векторный поиск на pgvector; парсинг сайтов на Scrapy.",
            {"machine_learning", "recommender_systems", "time_series", "nlp", "fine_tuning"}
            | {"prompt_engineering", "vector_db", "web_scraping"},
        ),
        # Cloud and infrastructure.
        (
            "AWS (EC2, S3, RDS, Lambda) with CloudFormation and the AWS CDK; GKE and Cloud Run "
            "on GCP; Azure DevOps pipelines and AKS; secrets in HashiCorp Vault, service mesh on "
            "Istio, ingress through Traefik and HAProxy; storage on Ceph and MinIO; tracing with "
            "OpenTelemetry and Jaeger, logs in Grafana Loki, errors in Sentry, alerts in "
            "PagerDuty; CircleCI, SonarQube and Artifactory.",
            {"aws_ec2", "aws_s3", "aws_rds", "aws_lambda", "cloudformation", "aws_cdk", "gke"}
            | {"cloud_run", "azure_devops", "aks", "vault", "istio", "traefik", "haproxy"}
            | {"ceph", "minio", "opentelemetry", "jaeger", "loki", "sentry", "pagerduty"}
            | {"ci_cd", "sonarqube", "artifactory"},
        ),
        (
            "Перевёл серверы на Astra Linux и РЕД ОС, поднял OpenShift и Rancher, образы в "
            "Harbor и Nexus, секреты храню в Vault, логи отправляю в Loki, метрики в "
            "VictoriaMetrics, контейнеры на Podman.",
            {"russian_os", "linux", "openshift", "rancher", "harbor", "nexus", "vault", "loki"}
            | {"victoriametrics", "podman"},
        ),
        # Security, networks and systems administration.
        (
            "SOC analyst: Splunk and QRadar SIEM, Suricata IDS/IPS, threat hunting; later led "
            "penetration testing with Burp Suite, Metasploit and Nmap, vulnerability management "
            "with Nessus, SAST/DAST, threat modeling, PCI DSS, ISO 27001 and SOC 2 audits; PKI, "
            "SSL/TLS, LDAP and Kerberos; firewalls on FortiGate and iptables.",
            {"soc", "splunk", "siem", "ids_ips", "threat_intelligence", "pentest", "burp_suite"}
            | {"metasploit", "nmap", "vulnerability_management", "appsec", "threat_modeling"}
            | {"pci_dss", "iso_27001", "soc2", "pki", "ssl_tls", "ldap", "kerberos", "firewall"},
        ),
        (
            "Обеспечиваю информационную безопасность: требования ФСТЭК и 152-ФЗ, КриптоПро, "
            "межсетевые экраны UserGate, DLP, Kaspersky Security Center; администрирую "
            "Exchange, Microsoft 365, терминальный сервер и СХД; маршрутизация OSPF и BGP.",
            {"infosec", "fstec", "personal_data_law", "cryptography", "firewall", "dlp"}
            | {"endpoint_security", "exchange", "m365", "remote_desktop", "storage", "routing"},
        ),
        # Embedded and hardware.
        (
            "Embedded Linux on Yocto and Buildroot, device drivers and U-Boot, debugging over "
            "JTAG; boards designed in KiCad and Altium Designer; BLE and Zigbee radios, RS-485 "
            "and USB CDC links; PLC programming in TIA Portal and CODESYS, SCADA on WinCC; "
            "LabVIEW and Simulink test benches.",
            {"embedded_linux", "linux", "yocto", "buildroot", "device_drivers", "u_boot", "jtag"}
            | {"kicad", "altium", "bluetooth", "zigbee", "rs485", "usb", "plc", "tia_portal"}
            | {"codesys", "scada", "labview", "simulink"},
        ),
        (
            "Разработка драйверов под Linux, трассировка печатных плат, программирование ПЛК "
            "Siemens S7-1200, АСУ ТП, чертежи в Компас-3D и AutoCAD.",
            {"device_drivers", "pcb_design", "plc", "industrial_automation", "kompas_3d"}
            | {"autocad"},
        ),
        # Games, graphics and desktop.
        (
            "Gameplay on Godot and Unity, rendering on Vulkan, DirectX 12 and OpenGL, custom "
            "shaders; assets in Blender, Maya, ZBrush and Substance Painter; desktop tools in "
            "WinForms, Win32 API, JavaFX and Java Swing.",
            {"godot", "vulkan", "directx", "opengl", "shaders", "blender", "maya", "zbrush"}
            | {"substance", "winforms", "winapi", "javafx", "swing"},
        ),
        # Testing.
        (
            "Manual and automated testing: regression and smoke testing, API testing, test design "
            "(boundary value analysis, pairwise testing), test cases in Qase and TestIT, bug "
            "reports in YouTrack; automation on TestNG, REST Assured and Cucumber; load testing "
            "in k6, Gatling and Locust; traffic in Charles and Fiddler.",
            {"regression_testing", "smoke_testing", "api_testing", "test_design"}
            | {"test_documentation", "qase", "testit", "bug_reporting", "youtrack", "testng"}
            | {"rest_assured", "bdd", "load_testing", "k6", "gatling", "locust", "charles"}
            | {"fiddler"},
        ),
        (
            "Функциональное, регрессионное и нагрузочное тестирование мобильных приложений, "
            "тест-дизайн, тест-кейсы в Zephyr Scale, заведение баг-репортов, снифферы Charles "
            "и Fiddler.",
            {"manual_testing", "regression_testing", "load_testing", "mobile_testing"}
            | {"test_design", "test_documentation", "zephyr_tm", "bug_reporting", "charles"}
            | {"fiddler"},
        ),
        # Design.
        (
            "UX/UI design and UX research with user interviews; information architecture, "
            "typography and a UI kit; layouts in InDesign and CorelDRAW, video in Premiere Pro "
            "and DaVinci Resolve, motion design in Cinema 4D; prototypes in ProtoPie and Framer; "
            "handoff in Zeplin; accessibility (WCAG 2.1).",
            {"ux_ui", "ux_research", "information_architecture", "typography", "ui_kit"}
            | {"indesign", "coreldraw", "premiere_pro", "davinci_resolve", "motion_design"}
            | {"cinema4d", "protopie", "framer", "zeplin", "accessibility"},
        ),
        (
            "Разрабатываю фирменный стиль и брендинг, делаю моушн-дизайн, провожу "
            "UX-исследования и глубинные интервью, собираю UI-кит.",
            {"branding", "motion_design", "ux_research", "ui_kit"},
        ),
        # Product, project and analysis.
        (
            "Project management by PMBOK and PRINCE2, SAFe and ITIL; OKRs, unit economics, "
            "product metrics (LTV, CAC), CJM and JTBD, RICE prioritisation, Lean and Six Sigma; "
            "IDEF0, ARIS EPC diagrams, ER diagrams and the C4 model; stakeholder management; "
            "tasks in Notion, Asana, ClickUp and Wrike; ERP rollout on SAP S/4HANA and SAP FI/CO.",
            {"project_management", "pmbok", "prince2", "safe", "itil", "okr", "unit_economics"}
            | {"product_metrics", "cjm", "jtbd", "prioritization", "lean", "six_sigma", "idef0"}
            | {"aris_epc", "erd", "c4_model", "stakeholder_management", "notion", "asana"}
            | {"clickup", "wrike", "erp", "sap", "sap_fico"},
        ),
        (
            "Управление проектами, управление командой, описание бизнес-процессов, работа со "
            "стейкхолдерами, юнит-экономика, ценообразование, анализ рынка и конкурентов; "
            "задачи в Яндекс Трекере и Kaiten; RPA на UiPath.",
            {"project_management", "team_management", "business_process_modeling"}
            | {"stakeholder_management", "unit_economics", "pricing", "market_research"}
            | {"competitor_analysis", "yandex_tracker", "kaiten", "rpa"},
        ),
        # Sales and marketing.
        (
            "Key account management, contract negotiations, SPIN selling, upselling and "
            "objection handling; lead generation and account-based marketing; PPC, SMM and "
            "content marketing; campaigns in Mailchimp; Google Tag Manager.",
            {"kam", "negotiations", "spin_selling", "upselling", "objection_handling"}
            | {"lead_generation", "abm", "ppc", "smm", "content_marketing", "mailchimp"}
            | {"tag_manager"},
        ),
        (
            "Настраиваю контекстную и таргетированную рекламу в VK Рекламе и Telegram Ads, "
            "веду SMM и копирайтинг, CRM-маркетинг в UniSender и SendPulse, сквозная аналитика "
            "в Roistat и Calltouch; активные продажи, ведение переговоров, работа с возражениями.",
            {"ppc", "targeted_ads", "vk_ads", "telegram_ads", "smm", "copywriting"}
            | {"crm_marketing", "unisender", "sendpulse", "marketing_analytics", "roistat"}
            | {"call_tracking", "active_sales", "negotiations", "objection_handling"},
        ),
        # HR.
        (
            "HRIS on Workday and BambooHR; C&B and payroll; performance management, assessment "
            "centres, learning & development, HR analytics; labour law.",
            {"hris", "workday", "bamboohr", "compensation_benefits", "payroll"}
            | {"performance_management", "assessment_center", "learning_development"}
            | {"hr_analytics", "labour_law"},
        ),
        (
            "Кадровое делопроизводство, знание ТК РФ, расчёт заработной платы, грейдирование, "
            "оценка персонала, ассессмент-центры; кандидатов веду в E-Staff, Talantix и Potok.",
            {"hr_records", "labour_law", "payroll", "compensation_benefits"}
            | {"performance_management", "assessment_center", "e_staff", "talantix", "potok"},
        ),
        # Finance and accounting.
        (
            "Consolidation of financial statements under IFRS and US GAAP, management "
            "accounting, tax accounting and VAT returns, treasury and cash management, month-end "
            "close, accounts payable, external audit, financial analysis, P&L ownership; Oracle "
            "EBS and SAP FI.",
            {"consolidation", "ifrs", "us_gaap", "management_accounting", "tax_accounting"}
            | {"vat", "treasury", "period_close", "ap_ar", "audit", "financial_analysis"}
            | {"p_and_l", "oracle_ebs", "sap", "sap_fico"},
        ),
        (
            "Веду налоговый и управленческий учёт, НДС, закрытие месяца, первичная "
            "документация, дебиторская задолженность, ЭДО в Диадоке и СБИС, платежи через "
            "клиент-банк; 1С:Бухгалтерия 8.3, КонсультантПлюс, Гарант.",
            {"tax_accounting", "management_accounting", "vat", "period_close"}
            | {"primary_documents", "ap_ar", "edo", "bank_client", "one_c", "legal_reference"},
        ),
    ],
)
def test_second_wave_skills_are_found_in_prose(text: str, skills: set[str]):
    assert skills <= set(ids(text))


# The ordinary word, the city, the person, the other product: the guarded names stay silent.
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Julia Ivanova, project manager; reported to Julia Smith", "julia"),
        ("Went zig-zag through the market.", "zig"),
        ("The apex of my career; Apex Legends tournament", "apex"),
        ("SAS disks in RAID 10; RAID, SAS, SATA, SSD", "sas"),
        ("Flew SAS to Oslo; Scandinavian SAS flights", "sas"),
        ("Gin and tonic at the bar", "gin"),
        ("The Echo Park office", "echo_framework"),
        ("Optical fiber and copper cabling", "fiber"),
        ("Phoenix, AZ, United States", "phoenix"),
        ("Frank Sinatra fan; a tornado hit the warehouse", "sinatra"),
        ("Frank Sinatra fan; a tornado hit the warehouse", "tornado"),
        ("Apollo Hospitals, Chennai", "apollo"),
        ("The Great Gatsby; a remix of the song; Astro Boy", "gatsby"),
        ("The Great Gatsby; a remix of the song; Astro Boy", "remix"),
        ("The Great Gatsby; a remix of the song; Astro Boy", "astro"),
        ("Bootstrap method for confidence intervals", "bootstrap"),
        ("Ionic bonds in organic chemistry", "ionic"),
        ("Electron microscopy in the physics lab", "electron"),
        ("Spring 2019 – Fall 2020, teaching assistant", "spring"),
        ("Planted the garden in spring.", "spring"),
        ("Bank vault security; Data Vault 2.0 model", "vault"),
        ("Honorary consul of Brazil; digital nomad", "consul"),
        ("Honorary consul of Brazil; digital nomad", "nomad"),
        ("Warehouse packer and picker", "packer"),
        ("Special envoy to the UN", "envoy"),
        ("Loki the god of mischief; a cattle rancher", "loki"),
        ("Loki the god of mischief; a cattle rancher", "rancher"),
        ("Nexus of innovation; Pearl Harbor memorial", "nexus"),
        ("Nexus of innovation; Pearl Harbor memorial", "harbor"),
        ("Tip of the iceberg; laser beam alignment", "iceberg"),
        ("Tip of the iceberg; laser beam alignment", "beam"),
        ("Pulsar astronomy; a wedding feast", "pulsar"),
        ("Pulsar astronomy; a wedding feast", "feast"),
        ("Avro Lancaster restoration; a thrift store", "avro"),
        ("Avro Lancaster restoration; a thrift store", "thrift"),
        ("Wrote lambda functions in Python", "aws_lambda"),
        ("Angular CDK overlays", "aws_cdk"),
        ("Unity, ECS, DOTS", "aws_ecs"),
        ("RDS farm with 200 users; Windows Server, RDS", "aws_rds"),
        ("Super Glue; Athena Smith; bicep curls", "aws_glue"),
        ("Super Glue; Athena Smith; bicep curls", "aws_athena"),
        ("Super Glue; Athena Smith; bicep curls", "bicep"),
        ("EMR rollout at the clinic; Epic EMR", "aws_emr"),
        ("Controlled the timescale of the project", "timescaledb"),
        ("Heavy metal band; Maya Angelou; Harry Houdini", "metal"),
        ("Heavy metal band; Maya Angelou; Harry Houdini", "maya"),
        ("Heavy metal band; Maya Angelou; Harry Houdini", "houdini"),
        ("A kitchen blender; golf swing; film premiere", "blender"),
        ("A kitchen blender; golf swing; film premiere", "swing"),
        ("A kitchen blender; golf swing; film premiere", "premiere_pro"),
        ("Работал с блендером и пароконвектоматом", "blender"),
        ("The principle of least privilege; Monday to Friday", "principle_app"),
        ("The principle of least privilege; Monday to Friday", "monday"),
        ("Lean body mass; pricing of bonds; weather forecasting", "lean"),
        ("Lean body mass; pricing of bonds; weather forecasting", "pricing"),
        ("Lean body mass; pricing of bonds; weather forecasting", "forecasting"),
        ("US Treasury bonds; the DAX index fell", "treasury"),
        ("US Treasury bonds; the DAX index fell", "dax"),
        ("Met all KPI targets in 2023", "kpi_design"),
        ("Выполнил KPI на 130 %", "kpi_design"),
        ("USB stick; Barclays PLC; Northern Water PLC, engineer", "usb"),
        ("USB stick; Barclays PLC; Northern Water PLC, engineer", "plc"),
        ("Prince Charles; mocha latte; gin, vodka, craft beer", "charles"),
        ("Prince Charles; mocha latte; gin, vodka, craft beer", "mocha"),
        ("Prince Charles; mocha latte; gin, vodka, craft beer", "gin"),
        ("Word of mouth; the outlook for 2024", "ms_office"),
        ("Trader at the Moscow Exchange; bamboo flooring", "exchange"),
        ("Trader at the Moscow Exchange; bamboo flooring", "ci_cd"),
        ("Apache helicopter pilot; Blaise Pascal", "apache_httpd"),
        ("Apache helicopter pilot; Blaise Pascal", "pascal"),
        ("Prepared X-ray images for radiologists", "xray"),
        ("Core Data Services views in SAP", "core_data"),
        ("Visited Maui; NLP Practitioner and coach", "maui"),
        ("Visited Maui; NLP Practitioner and coach", "nlp"),
        ("500 ml bottles; HTML, CSS", "machine_learning"),
        ("I will test it tomorrow.", "testit"),
        ("EPC contractor for the refinery", "aris_epc"),
        ("Rice University, B.A.; ICE trains", "prioritization"),
        ("The workday started at 8; the Asana pose in yoga", "workday"),
        ("The notion of fairness", "notion"),
        ("Sentry duty; cucumber salad; Presto!", "sentry"),
        ("Sentry duty; cucumber salad; Presto!", "bdd"),
        ("Sentry duty; cucumber salad; Presto!", "trino"),
        ("Travis Scott concert", "ci_cd"),
        ("Threat hunting and bug hunting; hobbies: hunting", "recruiting"),
        ("The red team won the match", "pentest"),
        ("AML/CTF compliance", "pentest"),
        ("SOC 2 Type II report; SoC design", "soc"),
        ("Recruiting, C&B, payroll", "c"),
        ("Проектирование СБИС и ПЛИС", "edo"),
        ("Гарант качества продукции", "legal_reference"),
        ("ВПР по математике", "excel"),
        ("Github: github.com/ivanov", "github"),
        ("Achieved 120% of the plan; CRM-маркетинг", "crm"),
        ("Vitamin D3 supplements", "d3"),
        ("Tower of Babel", "babel"),
        ("Loyal to the ARM loans team", "arm"),
        ("Clinical audit of radiation doses", "audit"),
        ("Федеральное казначейство, специалист", "treasury"),
        ("Spent 5 years at Kaspersky Lab", "endpoint_security"),
        ("Made redos in the editor", "russian_os"),
    ],
)
def test_second_wave_ordinary_words_are_not_skills(text: str, absent: str):
    assert absent not in ids(text)


def test_a_name_that_contains_another_names_both():
    """A dialect, a distribution, a managed service: the resume knows both things."""
    assert ids("T-SQL") == ["tsql", "sql"]
    assert ids("PL/SQL") == ["plsql", "sql"]
    assert ids("PL/pgSQL") == ["plpgsql", "sql"]
    assert ids("Astra Linux") == ["russian_os", "linux"]
    assert ids("Астра Линукс") == ["russian_os", "linux"]
    assert ids("Kali Linux") == ["kali_linux", "linux"]
    assert ids("Embedded Linux") == ["embedded_linux", "linux"]
    assert ids("AWS Lambda") == ["aws", "aws_lambda"]
    assert ids("Kafka Streams") == ["kafka", "kafka_streams"]
    assert ids("Azure DevOps") == ["azure", "azure_devops"]
    assert ids("Postgres Pro") == ["postgresql", "postgres_pro"]
    assert ids("Kotlin Multiplatform") == ["kotlin", "kotlin_multiplatform"]
    assert ids(".NET MAUI") == ["dotnet", "maui"]
    assert ids("Salesforce Apex") == ["crm", "apex"]
    assert ids("SAP FI/CO") == ["sap", "sap_fico"]
    assert ids("Excel VBA") == ["excel", "vba"]
    assert ids("Microsoft Office 365") == ["m365"]
    assert ids("1С-Битрикс, Битрикс24") == ["bitrix", "crm"]
    assert ids("CRM-маркетинг") == ["crm_marketing"]
    assert ids("Hadoop, Hive, HDFS") == ["hadoop", "hive"]
    assert ids("SwiftUI") == ["swiftui"]


def test_grouping_alternatives_by_first_character_changes_no_match(
    monkeypatch: pytest.MonkeyPatch,
):
    grouped = {name: skills_module._compile(name, 0) for name in ("aliases", "exact", "listed")}
    monkeypatch.setattr(skills_module, "_sre_parser", None)  # every alternative tried everywhere
    flat = {name: skills_module._compile(name, 0) for name in ("aliases", "exact", "listed")}
    with open(__file__, encoding="utf-8") as handle:
        text = handle.read()  # every example above, in both languages
    for name in grouped:
        subject = text.lower() if name == "aliases" else text
        assert [(m.span(), m.lastgroup.split("_")[0]) for m in grouped[name].finditer(subject)] == [
            (m.span(), m.lastgroup.split("_")[0]) for m in flat[name].finditer(subject)
        ]


def test_every_alias_starts_with_a_known_character():
    """An alias that may start with any character is tried at every word, in every group."""
    for skill in SKILLS:
        for fragment in (*skill.aliases, *skill.exact, *skill.listed):
            assert skills_module._first_chars(fragment), (skill.id, fragment)


@pytest.mark.parametrize(
    ("text", "has", "wishes"),
    [
        ("Python, SQL. Want to learn Rust and Go.", {"python", "sql"}, {"rust", "go"}),
        (
            "Пишу на Python. Хочу изучить ClickHouse и Airflow.",
            {"python"},
            {"clickhouse", "airflow"},
        ),
        ("В планах: освоить Kubernetes; сейчас работаю с Docker", {"docker"}, {"kubernetes"}),
        ("I would like to learn Kotlin\nJava, Spring", {"java", "spring"}, {"kotlin"}),
        ("Хочу научиться работать с ClickHouse", set(), {"clickhouse"}),
        ("Learning Rust in my spare time", {"rust"}, set()),  # may be under way: kept
    ],
)
def test_a_skill_the_person_only_wishes_for_is_not_theirs(
    text: str, has: set[str], wishes: set[str]
) -> None:
    found = {skill.id for skill in find_skills(without_wishes(text))}
    assert has <= found and not wishes & found
