"""Skills taxonomy with Russian and English synonyms, and skill extraction."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SkillDef:
    id: str
    name: str
    aliases: tuple[str, ...]  # lower-case regex fragments, matched case-insensitively
    exact: tuple[str, ...] = ()  # case-sensitive fragments for words that are also English words
    so_language: str | None = None  # label in the SO 2024 salary-by-language table
    roles: frozenset[str] = frozenset()  # market roles where the skill is part of the job
    # Case-sensitive words that name the skill only as an item of a list next to another
    # recognised skill ("Retrofit, Room, Hilt"; "C, C++") or as the whole text (a skill's name in
    # an LLM reply); elsewhere they are ordinary words ("a meeting room").
    listed: tuple[str, ...] = ()


def _roles(*slugs: str) -> frozenset[str]:
    return frozenset(slugs)


_BACK = _roles("backend", "fullstack")
_WEB = _roles("frontend", "fullstack")
_DATA = _roles("data_engineer", "data_scientist", "analyst")
_OPS = _roles("devops", "sre", "cloud_engineer", "sysadmin")
_EMBEDDED = _roles("embedded")
_MOBILE = _roles("mobile")
_NET = _roles("sysadmin", "devops")
_PM = _roles("project_manager", "product_manager")
_PRODUCT = _roles("product_manager", "analyst")
_DESIGN = _roles("designer")
_SALES = _roles("marketing_sales")
_HR = _roles("hr_specialists")

SKILLS: tuple[SkillDef, ...] = (
    # Languages (the ones the Stack Overflow table prices carry so_language).
    SkillDef(
        "python",
        "Python",
        (r"python\s?3?", r"пайтон\w*", r"питон\w*"),
        so_language="Python",
        roles=_BACK | _DATA | _OPS | _roles("qa", "ai_developer"),
    ),
    SkillDef(
        "java",
        "Java",
        (r"java", r"джав[аеуы]", r"java\s?ee", r"java\s?\d{1,2}"),
        so_language="Java",
        roles=_BACK | _roles("mobile", "qa", "desktop"),
    ),
    SkillDef(
        "javascript",
        "JavaScript",
        (r"javascript", r"ecmascript", r"es6", r"джаваскрипт\w*"),
        exact=(r"JS",),
        so_language="JavaScript",
        roles=_WEB | _BACK,
    ),
    SkillDef(
        "typescript",
        "TypeScript",
        (r"typescript", r"тайпскрипт\w*"),
        exact=(r"TS",),
        so_language="TypeScript",
        roles=_WEB | _BACK,
    ),
    SkillDef(
        "go",
        "Go",
        (r"golang", r"голанг\w*", r"go\s?lang"),
        exact=(r"Go(?!\s*-?\s*to\b)",),
        so_language="Go",
        roles=_BACK | _OPS,
    ),
    SkillDef(
        "kotlin",
        "Kotlin",
        (r"kotlin", r"котлин\w*"),
        so_language="Kotlin",
        roles=_BACK | _roles("mobile"),
    ),
    SkillDef(
        "swift",
        "Swift",
        (r"swiftui", r"свифт\w*"),
        exact=(r"Swift",),
        so_language="Swift",
        roles=_roles("mobile"),
    ),
    SkillDef(
        "objective_c",
        "Objective-C",
        (r"objective[\s-]?c", r"obj-c"),
        so_language="Objective-C",
        roles=_roles("mobile"),
    ),
    SkillDef(
        "csharp",
        "C#",
        (r"c#", r"c\s?sharp", r"си\s?шарп"),
        so_language="C#",
        roles=_BACK | _roles("desktop", "game"),
    ),
    SkillDef(
        "cpp",
        "C++",
        (r"c\+\+(?:\d\d)?", r"cpp", r"си\s?плюс\s?плюс"),
        so_language="C++",
        roles=_roles("embedded", "game", "desktop", "backend"),
    ),
    SkillDef(
        "c",
        "C",
        (r"ansi\s?c", r"c(?:89|99|11|17)", r"язык\w*\s+(?:c|си)", r"embedded\s+c"),
        so_language="C",
        roles=_roles("embedded"),
        # A bare "C" is a grade, a class or a licence category as often as a language; see also
        # _IN_C below.
        listed=(r"C", r"Си"),
    ),
    SkillDef(
        "assembly",
        "Assembly",
        (
            r"ассемблер\w*",
            r"assembl(?:y|er)\s+language",
            # after the architecture, which keeps its own match: "AVR assembler"
            r"(?<=(?:x86|x64|arm|avr)\s)(?:assembly|assembler|asm)",
            r"(?<=mips\s)(?:assembly|assembler|asm)",
            r"(?<=-64\s)(?:assembly|assembler|asm)",
        ),
        so_language="Assembly",
        roles=_EMBEDDED,
        listed=(r"Assembly", r"Assembler"),  # "PCB assembly", "General Assembly", a job title
    ),
    SkillDef("php", "PHP", (r"php\s?\d?", r"пхп"), so_language="PHP", roles=_BACK),
    SkillDef("ruby", "Ruby", (r"ruby", r"руби"), so_language="Ruby", roles=_BACK),
    SkillDef(
        "rust",
        "Rust",
        (r"раст",),
        exact=(r"Rust",),
        so_language="Rust",
        roles=_BACK | _roles("embedded"),
    ),
    SkillDef(
        "scala", "Scala", (r"scala",), so_language="Scala", roles=_BACK | _roles("data_engineer")
    ),
    SkillDef("elixir", "Elixir", (r"elixir",), so_language="Elixir", roles=_BACK),
    SkillDef("erlang", "Erlang", (r"erlang",), so_language="Erlang", roles=_BACK),
    SkillDef("clojure", "Clojure", (r"clojure",), so_language="Clojure", roles=_BACK),
    SkillDef("haskell", "Haskell", (r"haskell",), so_language="Haskell", roles=_BACK),
    SkillDef("dart", "Dart", (r"dart",), so_language="Dart", roles=_roles("mobile")),
    SkillDef("lua", "Lua", (r"lua",), so_language="Lua", roles=_roles("game")),
    SkillDef(
        "r",
        "R",
        (r"rstudio", r"r\s+language", r"язык\w*\s+r"),
        so_language="R",
        roles=_roles("data_scientist", "analyst"),
    ),
    SkillDef(
        "sql",
        "SQL",
        # "SQL Server" is a product of its own (mssql), as PostgreSQL is.
        (r"sql(?!\s+server)", r"t-sql", r"pl/sql", r"pl/pgsql"),
        so_language="SQL",
        roles=_DATA | _BACK | _roles("dba"),
    ),
    SkillDef(
        "bash",
        "Bash",
        (r"bash", r"shell[\s-]script\w*", r"баш"),
        so_language="Bash/Shell (all shells)",
        roles=_OPS,
    ),
    SkillDef("powershell", "PowerShell", (r"powershell",), so_language="PowerShell", roles=_OPS),
    SkillDef("groovy", "Groovy", (r"groovy",), so_language="Groovy", roles=_roles("qa", "devops")),
    SkillDef(
        "delphi", "Delphi", (r"delphi", r"дельфи"), so_language="Delphi", roles=_roles("desktop")
    ),
    SkillDef(
        "html_css",
        "HTML/CSS",
        (r"html\s?5?", r"css\s?3?", r"вёрстк\w*", r"верстк\w*"),
        so_language="HTML/CSS",
        roles=_WEB,
    ),
    SkillDef("solidity", "Solidity", (r"solidity",), so_language="Solidity"),
    SkillDef(
        "one_c", "1C", (r"1[сc](?::?\s?предприятие)?", r"1[сc]:enterprise"), roles=_roles("desktop")
    ),
    # Frameworks and platforms.
    SkillDef("django", "Django", (r"django", r"джанго"), roles=_BACK),
    SkillDef("fastapi", "FastAPI", (r"fastapi",), roles=_BACK),
    SkillDef("flask", "Flask", (r"flask",), roles=_BACK),
    SkillDef("spring", "Spring", (r"spring(?:\s?boot)?", r"спринг\w*"), roles=_BACK),
    SkillDef(
        "dotnet",
        ".NET",
        (r"\.net(?:\s?core)?", r"asp\.net(?:\s?core)?", r"дотнет\w*"),
        roles=_BACK | _roles("desktop"),
    ),
    SkillDef("nodejs", "Node.js", (r"node\.?js", r"нод\w*\.?js"), exact=(r"Node",), roles=_BACK),
    SkillDef(
        "react", "React", (r"react\.?js", r"реакт\w*"), exact=(r"React(?!\s+Native)",), roles=_WEB
    ),
    SkillDef("vue", "Vue.js", (r"vue(?:\.?js)?\s?\d?", r"вью"), roles=_WEB),
    SkillDef("angular", "Angular", (r"angular(?:js)?",), roles=_WEB),
    SkillDef("react_native", "React Native", (r"react\s+native",), roles=_roles("mobile")),
    SkillDef("flutter", "Flutter", (r"flutter", r"флаттер\w*"), roles=_roles("mobile")),
    SkillDef(
        "android", "Android SDK", (r"android(?:\s+sdk)?", r"андроид\w*"), roles=_roles("mobile")
    ),
    SkillDef("ios", "iOS SDK", (r"ios", r"uikit"), roles=_roles("mobile")),
    SkillDef("unity", "Unity", (r"unity(?:3d)?", r"юнити"), roles=_roles("game")),
    SkillDef("unreal", "Unreal Engine", (r"unreal(?:\s+engine)?", r"ue[45]"), roles=_roles("game")),
    SkillDef("qt", "Qt", (r"qt\s?\d?",), roles=_roles("desktop", "embedded")),
    SkillDef("wpf", "WPF", (r"wpf", r"winforms"), roles=_roles("desktop")),
    SkillDef(
        "rtos",
        "RTOS",
        # Zephyr Scale and Zephyr Squad are Jira test-management plugins.
        (r"rtos", r"freertos", r"zephyr(?!\s+(?:scale|squad|enterprise))"),
        roles=_roles("embedded"),
    ),
    SkillDef(
        "mcu",
        "Microcontrollers",
        (
            r"stm32\w*",
            r"avr",
            r"arduino",
            r"msp430\w*",
            r"esp32\w*",
            r"esp8266",
            r"nrf5\d\w*",
            r"pic(?:16|18|24|32)\w*",
            r"микроконтроллер\w*",
            r"microcontrollers?",
        ),
        roles=_roles("embedded"),
    ),
    # Frontend.
    SkillDef("nextjs", "Next.js", (r"next[\s.]?js",), roles=_WEB),
    SkillDef("nuxt", "Nuxt", (r"nuxt(?:\.?js)?(?:\s?\d)?",), roles=_WEB),
    SkillDef("svelte", "Svelte", (r"svelte(?:\s?kit)?",), roles=_WEB),
    SkillDef(
        "redux",
        "Redux",
        (r"redux(?:[\s-]toolkit)?", r"rtk\s+query", r"редакс\w*"),
        roles=_WEB,
    ),
    SkillDef("vuex", "Vuex", (r"vuex",), roles=_WEB),
    SkillDef("pinia", "Pinia", (r"pinia",), roles=_WEB),
    SkillDef("jquery", "jQuery", (r"jquery",), roles=_WEB),
    SkillDef("sass", "Sass/SCSS", (r"sass", r"scss"), roles=_WEB),
    SkillDef(
        "tailwind",
        "Tailwind CSS",
        (r"tailwind\s?css",),
        exact=(r"Tailwind",),  # "a tailwind for growth"
        roles=_WEB,
    ),
    SkillDef("bem", "BEM", (r"бэм",), exact=(r"BEM",), roles=_WEB),
    SkillDef("webpack", "Webpack", (r"webpack", r"вебпак\w*"), roles=_WEB),
    SkillDef("vite", "Vite", (r"vite(?:\.?js)?",), roles=_WEB),
    SkillDef("jest", "Jest", (r"jest\.?js",), exact=(r"Jest",), roles=_WEB | _roles("qa")),
    SkillDef("storybook", "Storybook", (r"storybook\.?js",), exact=(r"Storybook",), roles=_WEB),
    # Backend and web platforms.
    SkillDef("laravel", "Laravel", (r"laravel", r"ларавел\w*"), roles=_BACK),
    SkillDef("symfony", "Symfony", (r"symfony",), roles=_BACK),
    SkillDef("yii", "Yii", (r"yii\s?2?",), roles=_BACK),
    SkillDef("wordpress", "WordPress", (r"wordpress", r"вордпресс?\w*"), roles=_BACK | _WEB),
    SkillDef("woocommerce", "WooCommerce", (r"woocommerce",), roles=_BACK | _WEB),
    SkillDef(
        "rails",
        "Ruby on Rails",
        (r"(?<=ruby\son\s)rails",),
        exact=(r"Rails", r"RoR"),  # "off the rails", "guard rails"
        roles=_BACK,
    ),
    SkillDef(
        "express",
        "Express",
        (r"express\.?js",),
        roles=_BACK,
        listed=(r"Express",),  # "American Express", "SQL Server Express"
    ),
    SkillDef("nestjs", "NestJS", (r"nest\.?js",), roles=_BACK),
    SkillDef(
        "celery",
        "Celery",
        (),
        exact=(r"Celery(?!\s+(?:[Rr]oot|[Ss]ticks?|[Ss]oup|[Ss]alt|[Jj]uice))",),
        roles=_BACK,
    ),
    SkillDef("hibernate", "Hibernate", (r"hibernate", r"хибернейт\w*"), roles=_BACK),
    SkillDef("gradle", "Gradle", (r"gradle",), roles=_BACK | _roles("mobile")),
    SkillDef("maven", "Maven", (r"apache\s+maven",), exact=(r"Maven",), roles=_BACK),
    SkillDef("graphql", "GraphQL", (r"graphql",), roles=_BACK | _WEB),
    SkillDef("soap", "SOAP", (), exact=(r"SOAP(?!\s+[Nn]otes?)",), roles=_BACK | _roles("analyst")),
    SkillDef(
        "openapi",
        "OpenAPI/Swagger",
        (r"openapi(?:\s?\d(?:\.\d)?)?", r"open\s+api\s+(?:spec\w*|3)", r"swagger(?:\s?ui)?"),
        roles=_BACK | _roles("analyst"),
    ),
    SkillDef("camunda", "Camunda", (r"camunda", r"камунд\w*"), roles=_BACK | _roles("analyst")),
    # Mobile.
    SkillDef(
        "jetpack_compose",
        "Jetpack Compose",
        (r"jetpack\s+compose", r"compose\s+multiplatform"),
        roles=_MOBILE,
    ),
    SkillDef(
        "retrofit",
        "Retrofit",
        (r"retrofit\s?2",),
        roles=_MOBILE,
        listed=(r"Retrofit",),  # "seismic retrofit"
    ),
    SkillDef(
        "android_room",
        "Room",
        (r"(?<=android\s)room", r"(?<=jetpack\s)room"),
        exact=(
            r"Room(?:\s+(?:DB|[Dd]atabase|[Pp]ersistence(?:\s+[Ll]ibrary)?|ORM)|\s*\(SQLite\))",
        ),
        roles=_MOBILE,
        listed=(r"Room",),
    ),
    SkillDef(
        "dagger_hilt",
        "Dagger/Hilt",
        (r"dagger\s?2", r"dagger[\s-]hilt"),
        exact=(r"Hilt", r"Dagger"),  # "to the hilt"
        roles=_MOBILE,
    ),
    SkillDef(
        "coroutines",
        "Coroutines",
        (r"coroutines", r"корутин\w*", r"kotlinx\.coroutines"),
        roles=_MOBILE | _BACK,
    ),
    SkillDef("mvvm", "MVVM", (r"mvvm",), roles=_MOBILE | _roles("desktop")),
    SkillDef("combine", "Combine", (), roles=_MOBILE, listed=(r"Combine",)),
    # Data stores and messaging.
    SkillDef(
        "postgresql",
        "PostgreSQL",
        (r"postgres(?:ql)?", r"постгре\w*", r"постгрес\w*", r"psql"),
        roles=_BACK | _DATA | _roles("dba"),
    ),
    SkillDef("mysql", "MySQL", (r"mysql",), roles=_BACK | _roles("dba")),
    SkillDef("mariadb", "MariaDB", (r"maria\s?db",), roles=_BACK | _roles("dba")),
    SkillDef(
        "mssql",
        "Microsoft SQL Server",
        (r"ms\s?sql(?:\s+server)?", r"(?:microsoft\s+)?sql\s+server"),
        roles=_BACK | _roles("dba", "analyst"),
    ),
    SkillDef("sqlite", "SQLite", (r"sqlite\s?3?",), roles=_BACK | _MOBILE),
    SkillDef("mongodb", "MongoDB", (r"mongo(?:db)?", r"монго\w*"), roles=_BACK),
    SkillDef("redis", "Redis", (r"redis", r"редис\w*"), roles=_BACK),
    SkillDef(
        "cassandra",
        "Cassandra",
        (r"apache\s+cassandra", r"cassandra\s?db"),
        roles=_BACK | _roles("data_engineer", "dba"),
        listed=(r"Cassandra",),  # also a first name
    ),
    SkillDef("clickhouse", "ClickHouse", (r"click\s?house", r"кликхаус\w*"), roles=_DATA | _BACK),
    SkillDef(
        "snowflake",
        "Snowflake",
        (),
        exact=(r"Snowflake(?!\s+[Ss]chema)",),
        roles=_roles("data_engineer", "analyst"),
    ),
    SkillDef("bigquery", "BigQuery", (r"big\s?query",), roles=_roles("data_engineer", "analyst")),
    SkillDef("kafka", "Kafka", (r"kafka", r"кафк\w*"), roles=_BACK | _roles("data_engineer")),
    SkillDef("rabbitmq", "RabbitMQ", (r"rabbit\s?mq",), roles=_BACK),
    SkillDef(
        "elasticsearch",
        "Elasticsearch",
        (r"elastic(?!\s+stack)(?:search)?", r"opensearch"),
        roles=_BACK,
    ),
    SkillDef("oracle", "Oracle Database", (r"oracle(?:\s+db)?",), roles=_roles("dba", "backend")),
    # Data and ML.
    SkillDef(
        "spark",
        "Apache Spark",
        (r"pyspark", r"apache\s+spark", r"спарк\w*"),
        exact=(r"Spark",),
        roles=_roles("data_engineer", "data_scientist"),
    ),
    SkillDef("airflow", "Airflow", (r"airflow",), roles=_roles("data_engineer")),
    SkillDef("hadoop", "Hadoop", (r"hadoop", r"hdfs", r"hive"), roles=_roles("data_engineer")),
    SkillDef("dbt", "dbt", (r"dbt",), roles=_roles("data_engineer", "analyst")),
    SkillDef("etl", "ETL", (r"etl",), roles=_roles("data_engineer", "analyst")),
    SkillDef(
        "data_modeling",
        "Data modeling",
        (
            r"data\s+model(?:l)?ing",
            r"модел\w*\s+данных",
            r"dimensional\s+model(?:l)?ing",
            r"data\s+vault",
            r"(?:star|snowflake)\s+schema",
        ),
        roles=_roles("data_engineer", "analyst", "dba"),
    ),
    SkillDef("pandas", "pandas", (r"pandas", r"пандас"), roles=_DATA),
    SkillDef("numpy", "NumPy", (r"numpy",), roles=_roles("data_scientist")),
    SkillDef("jupyter", "Jupyter", (r"jupyter(?:\s?(?:lab|notebooks?))?",), roles=_DATA),
    SkillDef("matplotlib", "Matplotlib", (r"matplotlib",), roles=_DATA),
    SkillDef("seaborn", "Seaborn", (r"seaborn",), roles=_DATA),
    SkillDef("plotly", "Plotly", (r"plotly(?:\s+dash)?",), roles=_DATA),
    SkillDef(
        "statistics",
        "Statistics",
        (
            r"(?:mathematical|applied|descriptive|inferential)\s+statistics",
            r"statistical\s+(?:analysis|modell?ing|methods|inference|significance|tests?)",
            r"hypothesis\s+testing",
            r"(?:математическ|прикладн)\w*\s+статистик\w*",
            r"статистическ\w+\s+(?:анализ|метод|модел|тест|значимост|вывод|гипотез)\w*",
            r"(?:основ|знани)\w*\s+(?:математическ\w+\s+)?статистик\w*",
        ),
        roles=_roles("data_scientist", "analyst"),
        # "statistics" alone is any figure ("sales statistics"); in a skills list it is the skill.
        listed=(r"[Ss]tatistics", r"[Сс]татистика"),
    ),
    SkillDef(
        "ab_testing",
        "A/B testing",
        (
            # Latin and Cyrillic letters mix: «А/В тесты» is often typed with a Cyrillic В.
            r"[аa]\s?/\s?[bбв][\s-]?(?:test|тест|experiment|эксперимент)\w*",
            r"[аa][bб][\s-](?:test|тест)\w*",
            r"split[\s-]?test\w*",
            r"сплит[\s-]?тест\w*",
        ),
        roles=_PRODUCT | _SALES | _roles("data_scientist"),
    ),
    SkillDef(
        "cohort_analysis",
        "Cohort analysis",
        (r"cohort[\s-]+analys[ie]s", r"cohort\s+retention", r"когортн\w*(?:\s+анализ\w*)?"),
        roles=_PRODUCT,
    ),
    SkillDef(
        "funnel_analysis",
        "Funnel analysis",
        (
            r"funnel\s+(?:analys[ie]s|analytics|optimi[sz]ation|metrics|conversion)",
            r"(?:sales|conversion|marketing|product|user|purchase|checkout|signup)\s+funnels?",
            r"funnels?(?=\s+(?:and|&)\s+cohort)",
            # a candidates' funnel in an ATS or a CRM pipeline set-up is not this analysis
            r"(?:анализ|аналитик|оптимизаци|построени)\w*\s+(?:\w+\s+)?воронк\w*",
            r"воронк\w*\s+(?:продаж|конверси|продукт|пользовател|регистраци|покуп|заказ)\w*",
            r"(?:продуктов|маркетингов)\w+\s+воронк\w*",
            r"воронк\w*(?=\s+и\s+когорт)",
        ),
        roles=_PRODUCT | _SALES,
    ),
    SkillDef(
        "sklearn",
        "scikit-learn",
        (r"scikit[\s-]?learn", r"sklearn"),
        roles=_roles("data_scientist"),
    ),
    SkillDef(
        "prophet",
        "Prophet",
        (r"fb\s?prophet", r"(?:facebook|meta)\s+prophet"),
        exact=(r"(?<![Tt]he\s)Prophet(?!\s+(?:Muhammad|Mohammed|of\b))",),
        roles=_roles("data_scientist"),
    ),
    SkillDef(
        "pytorch",
        "PyTorch",
        (r"py\s?torch", r"торч"),
        roles=_roles("data_scientist", "ai_developer"),
    ),
    SkillDef(
        "tensorflow",
        "TensorFlow",
        (r"tensorflow", r"keras"),
        roles=_roles("data_scientist", "ai_developer"),
    ),
    SkillDef(
        "llm",
        "LLM",
        (r"llms?", r"langchain", r"gpt(?:-?\d)?"),
        exact=(r"RAG",),
        roles=_roles("data_scientist", "ai_developer"),
    ),
    SkillDef("tableau", "Tableau", (r"tableau",), roles=_roles("analyst")),
    SkillDef("power_bi", "Power BI", (r"power\s?bi",), roles=_roles("analyst")),
    SkillDef(
        "looker",
        "Looker / Looker Studio",
        (r"looker(?:\s+studio)?", r"google\s+data\s+studio"),
        roles=_roles("analyst"),
    ),
    SkillDef("metabase", "Metabase", (r"metabase",), roles=_roles("analyst")),
    SkillDef(
        "superset",
        "Apache Superset",
        (r"apache\s+superset",),
        exact=(r"Superset",),  # "a superset of"
        roles=_roles("analyst"),
    ),
    SkillDef(
        "amplitude",
        "Amplitude",
        (r"amplitude\s+analytics",),
        exact=(r"Amplitude(?!\s+[Mm]odulat)",),  # "signal amplitude"
        roles=_PRODUCT,
    ),
    SkillDef("mixpanel", "Mixpanel", (r"mixpanel",), roles=_PRODUCT),
    SkillDef("appmetrica", "AppMetrica", (r"app\s?metrica", r"аппметрик\w*"), roles=_PRODUCT),
    SkillDef(
        "excel",
        "Excel",
        (r"ms\s+excel", r"эксель\w*"),
        exact=(r"Excel",),
        roles=_roles("analyst", "marketing_sales"),
    ),
    SkillDef(
        "google_sheets",
        "Google Sheets",
        (
            r"google\s+(?:sheets|spreadsheets?)",
            r"google[\s-]таблиц\w*",
            r"гугл[\s-]таблиц\w*",
            r"гугл[\s-]шит\w*",
        ),
        roles=_roles("analyst", "marketing_sales"),
    ),
    # Infrastructure.
    SkillDef("docker", "Docker", (r"docker(?:\s?compose)?", r"докер\w*"), roles=_OPS | _BACK),
    SkillDef(
        "kubernetes",
        "Kubernetes",
        (r"kubernetes", r"k8s", r"кубернетес\w*", r"кубер\w*"),
        roles=_OPS | _BACK,
    ),
    SkillDef(
        "helm",
        "Helm",
        (r"helm\s*(?:charts?|3|v3)", r"helmfile", r"хелм\w*"),
        exact=(r"Helm",),  # "at the helm"
        roles=_OPS,
    ),
    SkillDef("argocd", "Argo CD", (r"argo\s?cd", r"argo\s+(?:workflows|rollouts)"), roles=_OPS),
    SkillDef("gitops", "GitOps", (r"gitops",), roles=_OPS),
    SkillDef("terraform", "Terraform", (r"terraform", r"терраформ\w*"), roles=_OPS),
    SkillDef("ansible", "Ansible", (r"ansible", r"ансибл\w*"), roles=_OPS),
    SkillDef(
        "puppet",
        "Puppet",
        (r"puppet\s+(?:enterprise|manifests?|modules?)", r"паппет\w*"),
        exact=(r"Puppet(?!\s+(?:[Tt]heat\w*|[Ss]hows?|[Mm]aster\w*))",),
        roles=_OPS,
    ),
    SkillDef(
        "chef",
        "Chef",
        (),
        exact=(r"Chef\s+(?:Infra|InSpec|Habitat|Automate)",),
        roles=_OPS,
        listed=(r"Chef",),  # "Head Chef, Line Cook"
    ),
    SkillDef(
        "linux",
        "Linux",
        (r"linux", r"линукс\w*", r"ubuntu", r"debian", r"centos"),
        roles=_OPS | _BACK,
    ),
    SkillDef(
        "windows_server",
        "Windows Server",
        (r"windows\s+server(?:\s?\d{4}(?:\s?r2)?)?",),
        roles=_roles("sysadmin"),
    ),
    SkillDef("active_directory", "Active Directory", (r"active\s+directory",), roles=_NET),
    SkillDef(
        "group_policy",
        "Group Policy",
        (r"group\s+polic(?:y|ies)", r"групповы\w+\s+политик\w*"),
        exact=(r"GPO(?=\s+(?:[Pp]olic|политик))",),
        roles=_roles("sysadmin"),
        listed=(r"GPO",),  # also a group purchasing organisation
    ),
    SkillDef(
        "vmware",
        "VMware vSphere",
        (r"vmware(?:\s+(?:esxi|vsphere|vcenter|workstation))?", r"esxi", r"vsphere", r"vcenter"),
        roles=_roles("sysadmin", "cloud_engineer"),
    ),
    SkillDef("hyper_v", "Hyper-V", (r"hyper[\s-]?v",), roles=_roles("sysadmin")),
    SkillDef("proxmox", "Proxmox", (r"proxmox(?:\s?ve)?",), roles=_roles("sysadmin")),
    SkillDef("aws", "AWS", (r"aws", r"amazon\s+web\s+services"), roles=_OPS | _BACK),
    SkillDef("gcp", "Google Cloud", (r"gcp", r"google\s+cloud"), roles=_OPS),
    SkillDef("azure", "Azure", (r"azure",), roles=_OPS),
    SkillDef(
        "yandex_cloud",
        "Yandex Cloud",
        (r"yandex[\s.]?cloud", r"яндекс[\s.]?облак\w*", r"яндекс[\s.]?клауд\w*"),
        roles=_OPS,
    ),
    SkillDef("prometheus", "Prometheus", (r"prometheus",), roles=_OPS),
    SkillDef("grafana", "Grafana", (r"grafana", r"графан\w*"), roles=_OPS),
    SkillDef("thanos", "Thanos", (r"thanos",), roles=_roles("devops", "sre")),
    SkillDef("zabbix", "Zabbix", (r"zabbix", r"заббикс\w*"), roles=_OPS),
    SkillDef("nagios", "Nagios", (r"nagios",), roles=_OPS),
    SkillDef(
        "elk",
        "ELK Stack",
        (r"elk\s+stack", r"elastic\s+stack", r"logstash", r"kibana", r"кибан\w*"),
        exact=(r"ELK",),  # the animal
        roles=_OPS,
    ),
    SkillDef(
        "slo_sli",
        "SLO/SLI",
        (
            r"slo\s*/\s*sli",
            r"sli\s*/\s*slo",
            r"service\s+level\s+(?:objectives?|indicators?)",
            r"error\s+budgets?",
        ),
        exact=(r"(?<!Poly\s)SLOs?", r"SLIs?"),  # Cal Poly SLO
        roles=_roles("sre", "devops"),
    ),
    SkillDef(
        "incident_management",
        "Incident management",
        (
            r"incident\s+(?:management|response)",
            r"управлени\w+\s+инцидент\w*",
            r"разбор\w*\s+инцидент\w*",
            r"(?:incident|blameless)\s+post[\s-]?mortems?",  # not a project's post-mortem
            r"постмортем\w*",
        ),
        roles=_roles("sre", "devops", "sysadmin", "security"),
    ),
    SkillDef(
        "ci_cd",
        "CI/CD",
        (
            r"ci\s?/\s?cd",
            r"gitlab[\s-]?ci",
            r"ci\s+(?:на|в|on|in)\s+gitlab",
            r"github\s+actions",
            r"jenkins",
            r"teamcity",
        ),
        roles=_OPS | _BACK,
    ),
    SkillDef("git", "Git", (r"git", r"гит"), roles=_BACK | _WEB),
    SkillDef("gitlab", "GitLab", (r"gitlab(?![\s-]?ci)", r"гитлаб\w*"), roles=_OPS),
    SkillDef("nginx", "Nginx", (r"nginx",), roles=_OPS),
    # Networks and mail.
    SkillDef(
        "dns",
        "DNS",
        (r"bind9",),
        # ДНС / DNS is also a large Russian electronics retailer and employer.
        exact=(
            r"(?<![«\"])DNS(?![»\"]|[\s-]*(?:[Рр]итейл|[Ss]hop|[Rr]etail|[Tt]echnopoint))"
            r"(?!\s+(?:продав|кассир|консультант|магазин|кладовщик))",
        ),
        roles=_NET,
    ),
    SkillDef("dhcp", "DHCP", (r"dhcp",), roles=_roles("sysadmin")),
    SkillDef(
        "vpn",
        "VPN (IPsec, WireGuard, OpenVPN)",
        (r"vpn", r"ipsec", r"wireguard", r"openvpn", r"l2tp"),
        roles=_NET,
    ),
    SkillDef("vlan", "VLAN", (r"vlans?",), roles=_roles("sysadmin")),
    SkillDef("mikrotik", "MikroTik", (r"mikrotik", r"микротик\w*", r"routeros"), roles=_NET),
    SkillDef(
        "cisco",
        "Cisco networking",
        (r"cisco(?![\s-]+(?:systems|webex))(?:\s+ios)?", r"циско", r"ccn[ap]"),
        roles=_NET,
    ),
    SkillDef(
        "samba",
        "Samba",
        (r"samba\s?4",),
        # a Latin "Samba" after a Russian preposition is the server: «файловый сервер на Samba»
        exact=(r"Samba(?=\s+(?:AD|DC|[Ss]erver|[Ss]hares?))", r"(?<=на\s)Samba", r"(?<=в\s)Samba"),
        roles=_roles("sysadmin"),
        listed=(r"Samba",),  # the dance
    ),
    SkillDef(
        "postfix",
        "Postfix",
        (),
        exact=(r"Postfix(?!\s+(?:[Nn]otation|[Ee]xpressions?|[Oo]perators?))",),
        roles=_roles("sysadmin"),
    ),
    SkillDef(
        "asterisk",
        "Asterisk",
        (r"freepbx", r"астериск\w*"),
        exact=(r"Asterisk",),  # the "*" sign
        roles=_roles("sysadmin"),
    ),
    SkillDef("veeam", "Veeam", (r"veeam(?:\s+backup)?",), roles=_roles("sysadmin")),
    SkillDef("patroni", "Patroni", (r"patroni",), roles=_roles("dba", "devops", "sre")),
    # Embedded and hardware.
    SkillDef("fpga", "FPGA", (r"fpga", r"плис", r"xilinx", r"altera"), roles=_EMBEDDED),
    SkillDef("verilog", "Verilog", (r"(?:system\s?)?verilog",), roles=_EMBEDDED),
    SkillDef("vhdl", "VHDL", (r"vhdl",), roles=_EMBEDDED),
    SkillDef("vivado", "Vivado", (r"vivado",), roles=_EMBEDDED),
    SkillDef("quartus", "Quartus", (r"quartus(?:\s+(?:ii|prime))?",), roles=_EMBEDDED),
    SkillDef(
        "arm",
        "ARM Cortex",
        (
            r"arm\s+cortex(?:[\s-]?[mar]\d+\+?)?",
            r"cortex[\s-]?[mar]\d+\+?",
            r"armv\d\w*",
            r"aarch64",
        ),
        exact=(r"ARM(?!\s+(?:[Ll]oans?|[Mm]ortgages?|[Rr]ates?))",),  # adjustable-rate mortgage
        roles=_EMBEDDED,
    ),
    SkillDef("uart", "UART", (r"u(?:s)?art",), roles=_EMBEDDED),
    SkillDef(
        "spi",
        "SPI",
        (),
        exact=(r"SPI(?=[\s-]+(?:[Bb]us|[Ii]nterface|[Ff]lash|шин|интерфейс))",),
        roles=_EMBEDDED,
        listed=(r"SPI",),  # the schedule performance index of project managers
    ),
    SkillDef("i2c", "I2C", (r"i2c", r"i²c"), roles=_EMBEDDED),
    SkillDef(
        "can_bus",
        "CAN bus",
        (r"canopen", r"can[\s-]шин\w*", r"j1939"),
        exact=(r"CAN(?:[\s-]?(?:[Bb]us|FD|2\.0[AB]?)|open)",),
        roles=_EMBEDDED,
        listed=(r"CAN",),  # "we CAN", shouted
    ),
    SkillDef("modbus", "Modbus", (r"modbus(?:[\s-]?(?:rtu|tcp))?",), roles=_EMBEDDED),
    SkillDef("cmake", "CMake", (r"cmake",), roles=_EMBEDDED | _roles("desktop", "game")),
    SkillDef(
        "oscilloscope",
        "Oscilloscope",
        (r"oscilloscopes?", r"осциллограф\w*"),
        roles=_EMBEDDED | _roles("hardware_engineer"),
    ),
    SkillDef(
        "logic_analyzer",
        "Logic analyzer",
        (r"logic\s+analy[sz]ers?", r"логическ\w+\s+анализатор\w*", r"saleae"),
        roles=_EMBEDDED | _roles("hardware_engineer"),
    ),
    SkillDef(
        "lorawan",
        "LoRaWAN",
        (r"lorawan",),
        exact=(r"LoRa",),  # Lora is a first name
        roles=_EMBEDDED,
    ),
    SkillDef(
        "fota",
        "FOTA",
        (
            r"fota",
            r"firmware\s+over[\s-]the[\s-]air",
            r"ota[\s-](?:updates?|firmware|обновлени\w*|прошивк\w*)",
        ),
        roles=_EMBEDDED,
    ),
    SkillDef("raspberry_pi", "Raspberry Pi", (r"raspberry\s?pi\s?\d?",), roles=_EMBEDDED),
    SkillDef(
        "pid_control",
        "PID control",
        (
            r"pid[\s-](?:controllers?|control|regulators?|loops?|tuning)",
            r"пид[\s-](?:регулятор|регулировани|контроллер)\w*",
        ),
        roles=_EMBEDDED,
    ),
    # Testing.
    SkillDef(
        "selenium", "Selenium", (r"selenium", r"селениум\w*", r"selenide"), roles=_roles("qa")
    ),
    SkillDef("playwright", "Playwright", (r"playwright",), roles=_roles("qa")),
    SkillDef("appium", "Appium", (r"appium",), roles=_roles("qa")),
    SkillDef("pytest", "pytest", (r"pytest",), roles=_roles("qa", "backend")),
    SkillDef("junit", "JUnit", (r"junit\s?\d?", r"testng"), roles=_roles("qa")),
    SkillDef("nunit", "NUnit", (r"nunit",), roles=_roles("qa", "desktop", "game")),
    SkillDef("xunit", "xUnit", (r"xunit(?:\.net)?",), roles=_roles("qa", "desktop", "backend")),
    SkillDef("postman", "Postman", (r"postman",), roles=_roles("qa")),
    SkillDef("jmeter", "JMeter", (r"jmeter", r"gatling", r"locust"), roles=_roles("qa")),
    SkillDef("cypress", "Cypress", (r"cypress",), roles=_roles("qa", "frontend")),
    SkillDef(
        "allure",
        "Allure",
        (r"allure\s+(?:report\w*|testops|framework)",),
        exact=(r"Allure",),  # "the allure of"
        roles=_roles("qa"),
    ),
    SkillDef("testrail", "TestRail", (r"testrail",), roles=_roles("qa")),
    SkillDef(
        "test_automation",
        "Test automation",
        (
            r"(?:test|qa)[\s-]automation",
            r"automated\s+testing",
            r"автоматизаци\w+\s+тестировани\w*",
            r"автоматизированн\w+\s+тестировани\w*",
            r"автотест\w*",
        ),
        roles=_roles("qa"),
    ),
    SkillDef(
        "wix_toolset", "WiX Toolset", (r"wix\s+toolset",), exact=(r"WiX",), roles=_roles("desktop")
    ),
    # Design, product, analysis.
    SkillDef("figma", "Figma", (r"figma", r"фигм\w*"), roles=_roles("designer")),
    SkillDef("figjam", "FigJam", (r"figjam",), roles=_DESIGN | _PM),
    SkillDef("sketch", "Sketch", (), exact=(r"Sketch",), roles=_roles("designer")),
    SkillDef(
        "photoshop", "Adobe Photoshop", (r"photoshop", r"фотошоп\w*"), roles=_roles("designer")
    ),
    SkillDef("illustrator", "Adobe Illustrator", (r"illustrator",), roles=_roles("designer")),
    SkillDef("adobe_xd", "Adobe XD", (r"adobe\s+xd",), roles=_DESIGN, listed=(r"XD",)),
    SkillDef(
        "after_effects",
        "Adobe After Effects",
        (r"after\s+effects", r"афтер\s?эффект\w*"),
        roles=_DESIGN,
    ),
    SkillDef(
        "tilda",
        "Tilda",
        (r"тильд[аеуы]",),
        exact=(r"Tilda(?:\s+Publishing)?(?!\s+[A-Z])",),  # a first name: Tilda Swinton
        roles=_DESIGN | _SALES,
    ),
    SkillDef(
        "design_system",
        "Design systems",
        (r"design\s+systems?", r"дизайн[\s-]систем\w*"),
        roles=_DESIGN | _roles("frontend"),
    ),
    SkillDef(
        "prototyping",
        "Prototyping",
        (
            r"prototyping",
            r"(?:interactive|clickable|hi-fi|lo-fi|high-fidelity|low-fidelity)\s+prototypes?",
            r"прототипировани\w*",
            r"(?:интерактивн|кликабельн)\w*\s+прототип\w*",
            r"прототип\w*\s+(?:интерфейс|экран|сайт|приложени)\w*",
        ),
        roles=_DESIGN | _roles("product_manager"),
    ),
    SkillDef(
        "wireframing",
        "Wireframing",
        (r"wire[\s-]?fram(?:e|es|ing)", r"вайрфрейм\w*"),
        roles=_DESIGN | _PRODUCT,
    ),
    SkillDef(
        "usability_testing",
        "Usability testing",
        (
            r"usability[\s-](?:test\w*|studies|research)",
            r"юзабилити[\s-](?:тест|исследовани|аудит)\w*",
        ),
        roles=_DESIGN | _roles("product_manager"),
    ),
    SkillDef(
        "jira",
        "Jira",
        (r"jira", r"джир\w*"),
        roles=_roles("project_manager", "product_manager", "qa"),
    ),
    SkillDef("confluence", "Confluence", (r"confluence",), roles=_roles("project_manager")),
    SkillDef("trello", "Trello", (r"trello",), roles=_PM),
    SkillDef("miro", "Miro", (r"miro",), roles=_PM | _DESIGN),
    SkillDef("ms_project", "Microsoft Project", (r"(?:ms|microsoft)\s+project",), roles=_PM),
    SkillDef("scrum", "Scrum", (r"scrum", r"скрам\w*"), roles=_PM),
    SkillDef("kanban", "Kanban", (r"kanban", r"канбан\w*"), roles=_PM),
    SkillDef("agile", "Agile", (r"agile", r"аджайл\w*", r"эджайл\w*"), roles=_PM),
    SkillDef(
        "waterfall",
        "Waterfall",
        (
            r"waterfall\s+(?:model|methodolog\w*|approach|process|projects?|delivery|sdlc)",
            r"водопадн\w*",
            r"каскадн\w+\s+(?:модел|методологи)\w*",
        ),
        exact=(r"Waterfall(?!\s+[Cc]harts?)",),
        roles=_roles("project_manager"),
        listed=(r"waterfall",),  # "Agile, waterfall"; not the one in a national park
    ),
    SkillDef(
        "product_roadmap",
        "Product roadmap",
        (r"(?:product\s+)?road\s?map(?:ping|s)?", r"ро[ау]дмап\w*", r"дорожн\w+\s+карт\w*"),
        roles=_PM,
    ),
    SkillDef(
        "product_discovery",
        "Product discovery",
        (
            r"product\s+discovery",
            r"discovery[\s-](?:phase|stage|research|interviews?)",
            r"дискавери\w*",
        ),
        roles=_roles("product_manager", "designer"),
    ),
    SkillDef(
        "custdev",
        "Customer development",
        (r"customer\s+development", r"cust\s?dev", r"кастдев\w*", r"касдев\w*"),
        roles=_roles("product_manager", "designer", "marketing_sales"),
    ),
    SkillDef(
        "user_stories",
        "User stories",
        (r"user\s+stor(?:y|ies)", r"пользовательск\w+\s+истори\w*", r"юзер[\s-]?стори\w*"),
        roles=_PRODUCT | _roles("project_manager"),
    ),
    SkillDef(
        "requirements",
        "Requirements analysis",
        (
            r"requirements?\s+(?:analysis|gathering|elicitation|engineering|management)",
            r"(?:сбор|анализ|выявлени|формализаци|управлени|документировани|описани)\w*"
            r"(?:\s*(?:,|и)\s*\w+)?\s+требовани\w*",
            r"бизнес[\s-]требовани\w*",
        ),
        roles=_roles("analyst", "product_manager", "project_manager"),
    ),
    SkillDef("bpmn", "BPMN", (r"bpmn",), roles=_roles("analyst")),
    SkillDef("uml", "UML", (r"uml",), roles=_roles("analyst")),
    SkillDef("plantuml", "PlantUML", (r"plantuml",), roles=_roles("analyst")),
    SkillDef("drawio", "draw.io", (r"draw\.?io", r"diagrams\.net"), roles=_roles("analyst")),
    SkillDef("bizagi", "Bizagi", (r"bizagi",), roles=_roles("analyst")),
    SkillDef(
        "gost_34",
        "GOST 34 / GOST 19 documentation",
        (r"(?:гост|gost)\s?(?:р\s?)?(?:34|19)(?:\.\d+)*(?:-\d+)?",),
        roles=_roles("analyst"),
    ),
    SkillDef(
        "rest_api",
        "REST API",
        (r"restful(?:\s+api)?",),
        exact=(r"REST(?:ful)?(?:\s+API)?",),
        roles=_BACK | _roles("analyst"),
    ),
    SkillDef("grpc", "gRPC", (r"grpc",), roles=_BACK),
    SkillDef("microservices", "Microservices", (r"microservices?", r"микросервис\w*"), roles=_BACK),
    SkillDef(
        "code_review",
        "Code review",
        (r"code[\s-]reviews?(?:ing)?", r"код[\s-]?ревью", r"ревью\s+кода"),
    ),
    SkillDef(
        "risk_management",
        "Risk management",
        (r"risk\s+management", r"управлени\w+\s+риск\w*", r"риск[\s-]менеджмент\w*"),
        roles=_roles("project_manager"),
    ),
    SkillDef(
        "budget_management",
        "Budget management",
        (
            r"budget(?:ing|\s+(?:management|planning|control|ownership))",
            r"(?:управлени|управля|планировани|контрол)\w*\s+бюджет\w*",
            r"бюджетировани\w*",
        ),
        roles=_roles("project_manager"),
    ),
    SkillDef(
        "financial_modeling",
        "Financial modeling",
        (r"financial\s+model(?:l)?ing", r"financial\s+models?", r"финансов\w+\s+модел\w*"),
    ),
    # Business roles.
    SkillDef(
        "crm",
        "CRM",
        (r"crm", r"amo\s?crm", r"salesforce", r"bitrix\s?24", r"битрикс\s?24"),
        roles=_roles("marketing_sales"),
    ),
    SkillDef("hubspot", "HubSpot", (r"hubspot", r"хабспот\w*"), roles=_SALES),
    SkillDef(
        "web_analytics",
        "Web analytics",
        (r"google\s+analytics", r"яндекс\.?\s?метрик\w*", r"yandex\.?\s?metri[ck]a"),
        roles=_roles("marketing_sales", "analyst"),
    ),
    SkillDef("seo", "SEO", (r"seo",), roles=_roles("marketing_sales")),
    SkillDef(
        "google_ads",
        "Google Ads",
        (r"google\s+ad\s?words", r"google\s+ads", r"adwords"),
        roles=_SALES,
    ),
    SkillDef(
        "yandex_direct",
        "Yandex Direct",
        (r"яндекс[\s.]?директ\w*", r"yandex[\s.]?direct"),
        roles=_SALES,
    ),
    SkillDef(
        "meta_ads",
        "Meta Ads",
        (r"(?:facebook|meta|fb|instagram)\s+ads(?:\s+manager)?",),
        roles=_SALES,
    ),
    SkillDef(
        "linkedin_ads",
        "LinkedIn Ads",
        (r"linkedin\s+ads", r"linkedin\s+campaign\s+manager"),
        roles=_SALES,
    ),
    SkillDef(
        "email_marketing",
        "Email marketing",
        (
            r"e-?mail[\s-]marketing",
            r"(?:e-?mail|емейл|имейл|имэйл)[\s-]маркетинг\w*",
            r"e-?mail[\s-]рассылк\w*",
        ),
        roles=_SALES,
    ),
    SkillDef("unbounce", "Unbounce", (r"unbounce",), roles=_SALES),
    SkillDef("optimizely", "Optimizely", (r"optimizely",), roles=_SALES | _PRODUCT),
    SkillDef(
        "cold_calling",
        "Cold calling",
        (r"cold[\s-]call\w*", r"холодн\w+\s+(?:звон\w*|обзвон\w*|продаж\w*)"),
        roles=_SALES,
    ),
    SkillDef(
        "b2b_sales",
        "B2B sales",
        (
            r"b2b(?:\s?/\s?b2[cg])?(?:[\s-]+\w+)?[\s-]+(?:sales|selling|продаж\w*)",
            r"продаж\w*\s+(?:в\s+)?b2b",
            r"корпоративн\w+\s+продаж\w*",
        ),
        roles=_SALES,
    ),
    SkillDef(
        "gong",
        "Gong",
        (r"gong\.io",),
        # also a surname and a percussion instrument: only where it is plainly the tool
        exact=(
            r"(?<=\bin\s)Gong",
            r"(?<=\bvia\s)Gong",
            r"Gong(?=\s+(?:calls?|recordings?|call\s+reviews?|insights|analytics))",
        ),
        roles=_SALES,
        listed=(r"Gong",),
    ),
    SkillDef("outreach", "Outreach", (r"outreach\.io",), roles=_SALES),  # "community outreach"
    SkillDef("meddicc", "MEDDICC", (r"meddp?icc?",), roles=_SALES),
    SkillDef(
        "sales_navigator",
        "LinkedIn Sales Navigator",
        (r"(?:linkedin\s+)?sales\s+navigator",),
        roles=_SALES | _HR,
    ),
    SkillDef(
        "public_procurement",
        "Public procurement (44-FZ, 223-FZ)",
        (
            r"(?:44|223)[\s-]?(?:фз|fz)",
            r"(?:фз|fz)[\s-]?(?:44|223)",
            r"госзакуп\w*",
            r"государственн\w+\s+закуп\w*",
        ),
    ),
    SkillDef(
        "tenders",
        "Tenders",
        (
            r"тендер\w*",
            r"tender(?:s|ing)?\s+(?:management|documentation|procedures?|process\w*)",
            r"(?:public|government)\s+tenders?",
        ),
    ),
    SkillDef(
        "ifrs",
        "IFRS",
        (r"ifrs", r"мсфо"),
    ),
    SkillDef(
        "ras",
        "Russian accounting standards",
        (r"рсбу",),
    ),
    SkillDef(
        "recruiting",
        "Recruiting",
        (r"recruiting", r"рекрутинг\w*", r"подбор\w*\s+персонала", r"hunting", r"хантинг\w*"),
        roles=_HR,
    ),
    SkillDef(
        "mass_recruitment",
        "Mass recruitment",
        (
            r"(?:mass|high[\s-]volume)\s+(?:recruit\w*|hiring)",
            r"массов\w+\s+(?:подбор|найм|рекрутинг)\w*",
        ),
        roles=_HR,
    ),
    SkillDef(
        "sourcing",
        "Sourcing",
        (r"(?:candidate|talent|boolean)\s+sourcing", r"сорсинг\w*"),
        roles=_HR,
        listed=(r"Sourcing",),  # "strategic sourcing" of suppliers
    ),
    SkillDef("huntflow", "Huntflow", (r"huntflow", r"хантфло\w*"), roles=_HR),
    SkillDef(
        "greenhouse",
        "Greenhouse",
        (r"greenhouse\.io",),
        exact=(r"Greenhouse(?!\s+(?:[Gg]as\w*|[Ee]ffect|[Ee]mission\w*))",),
        roles=_HR,
    ),
    SkillDef("linkedin_recruiter", "LinkedIn Recruiter", (r"linkedin\s+recruiter",), roles=_HR),
    SkillDef(
        "employer_branding",
        "Employer branding",
        (r"employer\s+brand\w*", r"hr[\s-]бренд\w*", r"бренд\w*\s+работодател\w*"),
        roles=_HR,
    ),
    SkillDef(
        "onboarding",
        "Employee onboarding",
        (
            r"(?:employee|new[\s-]hire|staff)\s+onboarding",
            r"onboarding\s+(?:of\s+)?(?:new\s+)?(?:hires|employees|staff)",
            r"онбординг\w*\s+(?:нов\w+\s+)?(?:сотрудник|персонал|работник)\w*",
            r"адаптаци\w+\s+(?:нов\w+\s+)?(?:персонала|сотрудник\w*|работник\w*)",
        ),
        roles=_HR,
        listed=(r"Onboarding", r"[Оо]нбординг"),  # customer and user onboarding are not HR work
    ),
    SkillDef(
        "structured_interviews",
        "Structured interviews",
        (
            r"(?:competency[\s-]based|structured|behaviou?ral)\s+interview\w*",
            r"интервью\s+по\s+компетенци\w*",
            r"структурированн\w+\s+интервью",
            r"компетентностн\w+\s+интервью",
        ),
        roles=_HR,
    ),
)

BY_ID = {skill.id: skill for skill in SKILLS}


def _compile(attribute: str, flags: int) -> re.Pattern[str]:
    alternatives = []
    for index, skill in enumerate(SKILLS):
        # Longest first, so "react native" wins over "react" at the same position.
        for number, alias in enumerate(sorted(getattr(skill, attribute), key=len, reverse=True)):
            # The skill's name group closes the alternative instead of wrapping it: an alternative
            # that starts with a letter is skipped at the first mismatch, ten times faster.
            alternatives.append(f"{alias}(?P<s{index}_{number}>)")
    # The lookahead skips spaces and punctuation before trying several hundred alternatives.
    return re.compile(
        r"(?<![\w#+.])(?=[\w.#+/])(?:" + "|".join(alternatives) + r")(?![\w#+])", flags
    )


def _skill_of(match: re.Match[str]) -> str:
    """The id of the skill whose alternative matched: group "s12_3" is skill 12's fourth alias."""
    return SKILLS[int((match.lastgroup or "")[1:].partition("_")[0])].id


_ANY_CASE = _compile("aliases", 0)  # matched against lower-cased text: faster than IGNORECASE
_EXACT_CASE = _compile("exact", 0)
_LISTED = _compile("listed", 0)
# "C/C++" names two skills at once.
_BOTH_C = re.compile(r"(?<![\w#+])c\s?/\s?c\+\+(?![\w#+])", re.IGNORECASE)
# "written in C.", «пишу на Си», "Languages: C": a bare C after "in"/«на» or a "languages" label,
# at the end of a phrase or before a preposition.
_IN_C = re.compile(
    r"(?:\b(?:in|на)\s+(?:(?:pure|plain|чистом)\s+)?|\b(?:[Ll]anguages?|[Яя]зыки?)\s*:\s*)"
    r"(?:C|[Сс]и)(?![\w#+-])"
    r"(?=\s*(?:[,;:!?)]|\.(?!\s*[a-z])|$)"  # not "in C. elegans"
    # or before a preposition: «на C для STM32», "in C for microcontrollers", not "in C major"
    r"|\s+(?:для|под|без|и|или|с|со|в|for|on|and|or|with|without)\b)",
    re.MULTILINE,
)

# Around a `listed` word: the list separator on each side, and what may stand at the other end.
_SEPARATOR = r"(?:[,;|/•·▪●&]|\s\+\s|\b(?:and|or|и|или)\b)"
_LEFT_SEPARATOR = re.compile(_SEPARATOR + r"\s*$")
_RIGHT_SEPARATOR = re.compile(r"\s*" + _SEPARATOR)
_ANY_SEPARATOR = re.compile(_SEPARATOR + r"|[:(]")
_LEFT_EDGE = re.compile(
    r"(?:^[\s*\-–—•·▪●]*|[:(]\s*|\b(?:in|on|with|using|for|via|на|для|по|через|с|со|в)\s+)$"
)
_RIGHT_EDGE = re.compile(r"\s*(?:$|\)|[.!?:;](?:\s|$))")
# Lists that are not of skills: licence categories ("категории B, C"), vitamins.
_NOT_SKILLS = re.compile(r"категори|водительск|licen[cs]e|vitamin|витамин", re.IGNORECASE)


Hit = tuple[int, int, str]  # start, end, skill id


def _listed_hits(text: str, hits: list[Hit]) -> list[Hit]:
    """`listed` words that stand as an item of a list next to another recognised skill."""
    candidates = [
        (match.start(), match.end(), _skill_of(match)) for match in _LISTED.finditer(text)
    ]
    if not candidates:
        return []
    spans = [(start, end) for start, end, _ in hits]
    found: list[Hit] = []
    # Twice, so that a listed word can vouch for its neighbour: "UART, SPI, CAN".
    for _ in range(2):
        for hit in candidates:
            start, end, _ = hit
            if hit in found:
                continue
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", end)
            line_end = len(text) if line_end < 0 else line_end
            if _NOT_SKILLS.search(text, line_start, line_end):
                continue
            if _is_list_item(text, start, end, line_start, line_end, spans):
                found.append(hit)
                spans.append((start, end))
    return found


def _is_list_item(
    text: str, start: int, end: int, line_start: int, line_end: int, spans: list[tuple[int, int]]
) -> bool:
    if not text[:start].strip() and not text[end:].strip():
        return True  # the whole text is the word: a skill's name, as an LLM reply lists them
    before, after = text[line_start:start], text[end:line_end]

    def has_skill(low: int, high: int) -> bool:
        return any(s < high and e > low for s, e in spans)

    left = _LEFT_SEPARATOR.search(before)
    if left:
        # The item before the separator runs back to the previous separator or the line start.
        previous = [m.end() for m in _ANY_SEPARATOR.finditer(before, 0, left.start())]
        low = line_start + (previous[-1] if previous else 0)
        if has_skill(low, line_start + left.start()) and (
            _RIGHT_EDGE.match(after) or _RIGHT_SEPARATOR.match(after)
        ):
            return True
    right = _RIGHT_SEPARATOR.match(after)
    if right and (left or _LEFT_EDGE.search(before)):
        following = _ANY_SEPARATOR.search(after, right.end())
        high = end + (following.start() if following else len(after))
        return has_skill(end + right.end(), high)
    return False


def find_skills(text: str) -> list[SkillDef]:
    """Skills in order of first mention, each once."""
    hits: list[Hit] = []
    for pattern, subject in ((_ANY_CASE, text.lower()), (_EXACT_CASE, text)):
        hits += [
            (match.start(), match.end(), _skill_of(match)) for match in pattern.finditer(subject)
        ]
    for match in _BOTH_C.finditer(text):
        hits += [(match.start(), match.end(), "c"), (match.start(), match.end(), "cpp")]
    hits += [(match.start(), match.end(), "c") for match in _IN_C.finditer(text)]
    hits += _listed_hits(text, hits)
    seen: dict[str, None] = {}
    for _, _, skill_id in sorted(hits):
        seen.setdefault(skill_id, None)
    return [BY_ID[skill_id] for skill_id in seen]
