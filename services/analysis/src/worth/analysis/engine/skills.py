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


def _roles(*slugs: str) -> frozenset[str]:
    return frozenset(slugs)


_BACK = _roles("backend", "fullstack")
_WEB = _roles("frontend", "fullstack")
_DATA = _roles("data_engineer", "data_scientist", "analyst")
_OPS = _roles("devops", "sre", "cloud_engineer", "sysadmin")

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
        (r"ansi\s?c", r"c(?:89|99|11|17)", r"язык\w*\s+(?:c|си)"),
        so_language="C",
        roles=_roles("embedded"),
    ),
    SkillDef("php", "PHP", (r"php\s?\d?", r"пхп"), so_language="PHP", roles=_BACK),
    SkillDef(
        "ruby",
        "Ruby",
        (r"ruby", r"руби", r"ruby\s+on\s+rails", r"rails"),
        so_language="Ruby",
        roles=_BACK,
    ),
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
        (r"sql", r"t-sql", r"pl/sql", r"pl/pgsql"),
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
        (r"html\s?5?", r"css\s?3?", r"scss", r"sass", r"вёрстк\w*", r"верстк\w*"),
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
    SkillDef("rtos", "RTOS", (r"rtos", r"freertos", r"zephyr"), roles=_roles("embedded")),
    SkillDef(
        "mcu",
        "Microcontrollers",
        (r"stm32", r"avr", r"arduino", r"микроконтроллер\w*", r"microcontrollers?"),
        roles=_roles("embedded"),
    ),
    # Data stores and messaging.
    SkillDef(
        "postgresql",
        "PostgreSQL",
        (r"postgres(?:ql)?", r"постгре\w*", r"постгрес\w*", r"psql"),
        roles=_BACK | _DATA | _roles("dba"),
    ),
    SkillDef("mysql", "MySQL", (r"mysql", r"mariadb"), roles=_BACK | _roles("dba")),
    SkillDef("mongodb", "MongoDB", (r"mongo(?:db)?", r"монго\w*"), roles=_BACK),
    SkillDef("redis", "Redis", (r"redis", r"редис\w*"), roles=_BACK),
    SkillDef("clickhouse", "ClickHouse", (r"click\s?house", r"кликхаус\w*"), roles=_DATA | _BACK),
    SkillDef("kafka", "Kafka", (r"kafka", r"кафк\w*"), roles=_BACK | _roles("data_engineer")),
    SkillDef("rabbitmq", "RabbitMQ", (r"rabbit\s?mq",), roles=_BACK),
    SkillDef("elasticsearch", "Elasticsearch", (r"elastic(?:search)?", r"opensearch"), roles=_BACK),
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
    SkillDef("pandas", "pandas", (r"pandas", r"пандас"), roles=_DATA),
    SkillDef("numpy", "NumPy", (r"numpy",), roles=_roles("data_scientist")),
    SkillDef(
        "sklearn",
        "scikit-learn",
        (r"scikit[\s-]?learn", r"sklearn"),
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
        "excel",
        "Excel",
        (r"ms\s+excel", r"эксель\w*"),
        exact=(r"Excel",),
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
    SkillDef("terraform", "Terraform", (r"terraform", r"терраформ\w*"), roles=_OPS),
    SkillDef("ansible", "Ansible", (r"ansible", r"ансибл\w*"), roles=_OPS),
    SkillDef(
        "linux",
        "Linux",
        (r"linux", r"линукс\w*", r"ubuntu", r"debian", r"centos"),
        roles=_OPS | _BACK,
    ),
    SkillDef("aws", "AWS", (r"aws", r"amazon\s+web\s+services"), roles=_OPS | _BACK),
    SkillDef("gcp", "Google Cloud", (r"gcp", r"google\s+cloud"), roles=_OPS),
    SkillDef("azure", "Azure", (r"azure",), roles=_OPS),
    SkillDef("prometheus", "Prometheus", (r"prometheus",), roles=_OPS),
    SkillDef("grafana", "Grafana", (r"grafana", r"графан\w*"), roles=_OPS),
    SkillDef(
        "ci_cd",
        "CI/CD",
        (r"ci\s?/\s?cd", r"gitlab\s?ci", r"github\s+actions", r"jenkins", r"teamcity"),
        roles=_OPS | _BACK,
    ),
    SkillDef("git", "Git", (r"git", r"гит"), roles=_BACK | _WEB),
    SkillDef("nginx", "Nginx", (r"nginx",), roles=_OPS),
    # Testing.
    SkillDef(
        "selenium", "Selenium", (r"selenium", r"селениум\w*", r"selenide"), roles=_roles("qa")
    ),
    SkillDef("playwright", "Playwright", (r"playwright",), roles=_roles("qa")),
    SkillDef("pytest", "pytest", (r"pytest",), roles=_roles("qa", "backend")),
    SkillDef("junit", "JUnit", (r"junit\s?\d?", r"testng"), roles=_roles("qa")),
    SkillDef("postman", "Postman", (r"postman",), roles=_roles("qa")),
    SkillDef("jmeter", "JMeter", (r"jmeter", r"gatling", r"locust"), roles=_roles("qa")),
    SkillDef("cypress", "Cypress", (r"cypress",), roles=_roles("qa", "frontend")),
    # Design, product, analysis.
    SkillDef("figma", "Figma", (r"figma", r"фигм\w*"), roles=_roles("designer")),
    SkillDef("sketch", "Sketch", (), exact=(r"Sketch",), roles=_roles("designer")),
    SkillDef(
        "photoshop", "Adobe Photoshop", (r"photoshop", r"фотошоп\w*"), roles=_roles("designer")
    ),
    SkillDef("illustrator", "Adobe Illustrator", (r"illustrator",), roles=_roles("designer")),
    SkillDef(
        "jira",
        "Jira",
        (r"jira", r"джир\w*"),
        roles=_roles("project_manager", "product_manager", "qa"),
    ),
    SkillDef("confluence", "Confluence", (r"confluence",), roles=_roles("project_manager")),
    SkillDef(
        "scrum",
        "Scrum",
        (r"scrum", r"скрам\w*", r"agile", r"аджайл\w*", r"kanban", r"канбан\w*"),
        roles=_roles("project_manager", "product_manager"),
    ),
    SkillDef("bpmn", "BPMN", (r"bpmn",), roles=_roles("analyst")),
    SkillDef("uml", "UML", (r"uml",), roles=_roles("analyst")),
    SkillDef(
        "rest_api",
        "REST API",
        (r"restful(?:\s+api)?",),
        exact=(r"REST(?:ful)?(?:\s+API)?",),
        roles=_BACK | _roles("analyst"),
    ),
    SkillDef("grpc", "gRPC", (r"grpc",), roles=_BACK),
    SkillDef("microservices", "Microservices", (r"microservices?", r"микросервис\w*"), roles=_BACK),
    # Business roles.
    SkillDef(
        "crm",
        "CRM",
        (r"crm", r"amo\s?crm", r"salesforce", r"bitrix\s?24", r"битрикс\s?24"),
        roles=_roles("marketing_sales"),
    ),
    SkillDef(
        "web_analytics",
        "Web analytics",
        (r"google\s+analytics", r"яндекс\.?\s?метрик\w*", r"yandex\.?\s?metri[ck]a"),
        roles=_roles("marketing_sales", "analyst"),
    ),
    SkillDef("seo", "SEO", (r"seo",), roles=_roles("marketing_sales")),
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
    ),
)

BY_ID = {skill.id: skill for skill in SKILLS}


def _compile(attribute: str, flags: int) -> re.Pattern[str]:
    groups = []
    for index, skill in enumerate(SKILLS):
        aliases = getattr(skill, attribute)
        if aliases:
            # Longest first, so "react native" wins over "react" at the same position.
            ordered = sorted(aliases, key=len, reverse=True)
            groups.append(f"(?P<s{index}>{'|'.join(ordered)})")
    # The lookahead skips spaces and punctuation before trying a few hundred alternatives.
    return re.compile(r"(?<![\w#+.])(?=[\w.#+/])(?:" + "|".join(groups) + r")(?![\w#+])", flags)


_ANY_CASE = _compile("aliases", 0)  # matched against lower-cased text: faster than IGNORECASE
_EXACT_CASE = _compile("exact", 0)
# "C/C++" names two skills at once.
_BOTH_C = re.compile(r"(?<![\w#+])c\s?/\s?c\+\+(?![\w#+])", re.IGNORECASE)


def find_skills(text: str) -> list[SkillDef]:
    """Skills in order of first mention, each once."""
    hits: list[tuple[int, str]] = []
    for pattern, subject in ((_ANY_CASE, text.lower()), (_EXACT_CASE, text)):
        for match in pattern.finditer(subject):
            if match.lastgroup:
                hits.append((match.start(), SKILLS[int(match.lastgroup[1:])].id))
    for match in _BOTH_C.finditer(text):
        hits += [(match.start(), "c"), (match.start(), "cpp")]
    seen: dict[str, None] = {}
    for _, skill_id in sorted(hits):
        seen.setdefault(skill_id, None)
    return [BY_ID[skill_id] for skill_id in seen]
