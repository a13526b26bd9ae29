"""Skills taxonomy with Russian and English synonyms, and skill extraction."""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from typing import Any

try:  # the standard library's own regex parser (private): it only groups the alternatives below
    _sre_parser: Any = importlib.import_module("re._parser")
    _sre_constants: Any = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - every alternative is then tried at every word
    _sre_parser = _sre_constants = None


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
_QA = _roles("qa")
_GAME = _roles("game")
_DESKTOP = _roles("desktop")
_SEC = _roles("security")
_ACC = _roles("accountants_auditors")

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
        (r"свифт\w*",),
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
        listed=(r"C(?!&\w)", r"Си"),  # "C&B" is compensation and benefits
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
        # "SQL Server" is a product of its own (mssql), as PostgreSQL is. "T-SQL" and "PL/SQL" name
        # their dialect (tsql, plsql match only the prefix) and SQL; so does "PL/pgSQL".
        (r"sql(?!\s+server)", r"(?<=pl/)pgsql"),
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
        "one_c",
        "1C",
        (
            # «1С-Битрикс» is a web CMS (bitrix); «1С:ЗУП», «1С:ERP 2», «1С:Бухгалтерия 8.3» are
            # configurations of the platform.
            r"1[сc](?![\s-]*(?:битрикс|bitrix))(?:(?:\s?:\s?|[\s-])(?:предприятие|enterprise|зуп"
            r"|erp|упп|ут|ка|унф|розниц\w*|документооборот\w*|бухгалтери\w*"
            r"|зарплат\w+\s+и\s+управлени\w+\s+персонал\w*"
            r"|управлени\w+\s+(?:торговл\w*|нашей\s+фирмой|производственным\s+предприятием)))?"
            r"(?:\s?8(?:\.\d)?)?",
        ),
        roles=_roles("desktop"),
    ),
    SkillDef(
        "perl",
        "Perl",
        (r"perl(?:\s?[567])?",),
        so_language="Perl",
        roles=_BACK | _roles("sysadmin"),
    ),
    SkillDef(
        "matlab",
        "MATLAB",
        (r"matlab", r"матлаб\w*"),
        so_language="MATLAB",
        roles=_roles("scientist", "embedded", "data_scientist"),
    ),
    SkillDef(
        "sas",
        "SAS",
        (
            r"sas\s+(?:base|enterprise\s+(?:guide|miner)|eg|viya|macros?|programming|studio)",
            r"base\s+sas",
        ),
        roles=_roles("data_scientist", "analyst"),
        # also Scandinavian Airlines, the Special Air Service and SAS (Serial Attached SCSI) disks
        listed=(
            r"(?<!SATA/)(?<!SATA,\s)(?<!RAID,\s)SAS"
            r"(?![\s,/-]*(?:SATA|SSD|HDD|RAID|диск|disk|drive|контроллер|controller|expander))",
        ),
    ),
    SkillDef("spss", "SPSS", (r"spss",), roles=_roles("analyst", "data_scientist")),
    SkillDef("stata", "Stata", (r"stata",), roles=_roles("analyst", "data_scientist")),
    SkillDef(
        "vba",
        "VBA",
        (r"vba", r"visual\s+basic\s+for\s+applications"),
        so_language="VBA",
        roles=_roles("analyst"),
    ),
    SkillDef(
        "visual_basic",
        "Visual Basic .NET",
        (r"vb\.net", r"vb6", r"visual\s+basic(?!\s+for\s+applications)(?:\s?(?:\.net|6(?:\.0)?))?"),
        so_language="Visual Basic (.Net)",
        roles=_DESKTOP,
    ),
    SkillDef(
        "fortran",
        "Fortran",
        (r"fortran(?:\s?(?:77|90|95|2003|2008))?", r"фортран\w*"),
        so_language="Fortran",
        roles=_roles("scientist"),
    ),
    SkillDef("cobol", "COBOL", (r"cobol", r"кобол\w*"), so_language="Cobol"),
    SkillDef(
        "julia",
        "Julia",
        (r"julia\s?lang", r"julia\s+(?:language|programming)", r"язык\w*\s+julia"),
        so_language="Julia",
        roles=_roles("scientist"),
        exact=(r"(?<=[а-яё]\s)Julia",),
        listed=(r"Julia",),  # a first name
    ),
    SkillDef("fsharp", "F#", (r"f#", r"fsharp"), so_language="F#", roles=_BACK),
    SkillDef("ocaml", "OCaml", (r"ocaml",), so_language="OCaml"),
    SkillDef(
        "zig",
        "Zig",
        (r"zig\s?lang", r"zig\s+(?:language|programming)", r"язык\w*\s+zig"),
        so_language="Zig",
        exact=(r"(?<=[а-яё]\s)Zig",),
        listed=(r"Zig",),  # "zig-zag", Zig Ziglar
    ),
    SkillDef(
        "apex",
        "Apex (Salesforce)",
        (
            r"(?<=salesforce\s)apex",
            r"apex\s+(?:triggers?|classes|code|development|programming)",
            r"soql",
        ),
        so_language="Apex",
        listed=(r"Apex",),  # "the apex of", Apex Legends; Oracle APEX is written in capitals
    ),
    SkillDef("abap", "ABAP", (r"abap(?:\s?oo)?", r"абап\w*"), roles=_DESKTOP),
    SkillDef(
        "tsql",
        "T-SQL",
        # only the prefix: the sql entry matches the rest of "T-SQL"
        (r"t(?=-sql)", r"transact(?=[\s-]sql)", r"tsql"),
        roles=_roles("dba", "backend", "analyst"),
    ),
    SkillDef(
        "plsql",
        "PL/SQL",
        (r"pl(?=\s?/\s?sql)", r"plsql"),
        roles=_roles("dba", "backend"),
    ),
    SkillDef("plpgsql", "PL/pgSQL", (r"pl(?=/pgsql)", r"plpgsql"), roles=_roles("dba", "backend")),
    SkillDef(
        "shaders",
        "Shaders (HLSL/GLSL)",
        (r"glsl", r"hlsl", r"shaders?", r"shader\s?(?:graph|lab)", r"шейдер\w*"),
        roles=_GAME,
    ),
    SkillDef("webassembly", "WebAssembly", (r"web\s?assembly", r"wasm"), roles=_WEB | _BACK),
    SkillDef(
        "bicep",
        "Azure Bicep",
        (r"(?<=azure\s)bicep", r"bicep\s+(?:templates?|modules?|files?)"),
        roles=_OPS,
        listed=(r"Bicep",),
    ),
    SkillDef(
        "micropython",
        "MicroPython",
        (r"micro\s?python",),
        so_language="MicroPython",
        roles=_EMBEDDED,
    ),
    SkillDef("gdscript", "GDScript", (r"gdscript",), so_language="GDScript", roles=_GAME),
    SkillDef(
        "lisp",
        "Lisp",
        (r"common\s+lisp", r"emacs\s+lisp", r"elisp"),
        exact=(r"Lisp", r"LISP"),  # a lisp
        so_language="Lisp",
    ),
    SkillDef("prolog", "Prolog", (r"prolog",), so_language="Prolog"),
    SkillDef(
        "pascal",
        "Pascal",
        (r"(?:turbo|free|object)\s?pascal", r"pascal\s?abc(?:\.net)?", r"паскал\w*"),
        exact=(r"(?<=[а-яё]\s)Pascal",),
        listed=(r"Pascal",),  # a first name and a unit
    ),
    SkillDef("cuda", "CUDA", (r"cuda",), roles=_roles("data_scientist", "ai_developer", "game")),
    SkillDef("opencl", "OpenCL", (r"opencl",), roles=_roles("data_scientist", "game")),
    # Frameworks and platforms.
    SkillDef("django", "Django", (r"django", r"джанго"), roles=_BACK),
    SkillDef("fastapi", "FastAPI", (r"fastapi",), roles=_BACK),
    SkillDef("flask", "Flask", (r"flask",), roles=_BACK),
    SkillDef(
        "spring",
        "Spring",
        (
            r"spring\s?boot",
            r"spring\s+(?:framework|cloud|mvc|data(?:\s+jpa)?|security|batch|webflux|integration)",
            r"(?<=java\s)spring",
            r"(?<=java/)spring",
            r"(?<=java,\s)spring",
            r"спринг\w*",
        ),
        # not the season: "Spring 2021", "Spring semester"
        exact=(
            r"Spring(?!\s+(?:(?:19|20)\d\d|[Ss]emester|[Tt]erm|[Bb]reak|[Qq]uarter|[Ff]estival"
            r"|[Cc]ampaign|[Ss]ale|[Cc]ollection|of\b))",
        ),
        roles=_BACK,
    ),
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
    SkillDef("wpf", "WPF", (r"wpf",), roles=_roles("desktop")),
    SkillDef(
        "rtos",
        "RTOS",
        # Zephyr Scale and Zephyr Squad are Jira test-management plugins.
        (
            r"rtos",
            r"freertos",
            r"zephyr(?!\s+(?:scale|squad|enterprise))",
            r"qnx",
            r"vxworks",
            r"threadx",
            r"rt[\s-]thread",
            r"nuttx",
            r"ос\s?рв",
        ),
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
            r"esp[\s-]idf",
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
    SkillDef("threejs", "Three.js", (r"three\.?js",), roles=_WEB | _GAME),
    SkillDef(
        "d3",
        "D3.js",
        (r"d3\.?js",),
        roles=_WEB | _roles("analyst"),
        listed=(r"D3",),  # vitamin D3
    ),
    SkillDef("chartjs", "Chart.js", (r"chart\.?js",), roles=_WEB),
    SkillDef("rxjs", "RxJS", (r"rxjs",), roles=_WEB),
    SkillDef("ngrx", "NgRx", (r"ngrx",), roles=_WEB),
    SkillDef("mobx", "MobX", (r"mobx(?:[\s-]state[\s-]tree)?",), roles=_WEB),
    SkillDef("zustand", "Zustand", (r"zustand",), roles=_WEB),
    SkillDef(
        "react_query", "TanStack Query", (r"react[\s-]query", r"tanstack(?:\s+query)?"), roles=_WEB
    ),
    SkillDef(
        "apollo",
        "Apollo GraphQL",
        (r"apollo\s+(?:graphql|client|server|federation)",),
        roles=_WEB | _BACK,
        listed=(r"Apollo",),  # the space programme, Apollo Hospitals
    ),
    SkillDef("gatsby", "Gatsby", (r"gatsby\.?js",), roles=_WEB, listed=(r"Gatsby",)),
    SkillDef("remix", "Remix", (r"remix\.run", r"remix\.?js"), roles=_WEB, listed=(r"Remix",)),
    SkillDef("astro", "Astro", (r"astro\.?js", r"astro\.build"), roles=_WEB, listed=(r"Astro",)),
    SkillDef("qwik", "Qwik", (r"qwik",), roles=_WEB),
    SkillDef("solidjs", "SolidJS", (r"solid\.?js",), roles=_WEB),
    SkillDef(
        "bootstrap",
        "Bootstrap",
        (r"bootstrap\s?[345]", r"twitter\s+bootstrap", r"бутстрап\w*"),
        # the statistical method, and bootstrapping a company
        exact=(
            r"Bootstrap(?!\s+(?:[Mm]ethod|[Ss]ampl\w*|[Cc]onfidence|[Rr]esampl\w*|[Ee]stimat\w*))",
        ),
        roles=_WEB,
    ),
    SkillDef(
        "material_ui",
        "Material UI / Material Design",
        (
            r"material[\s-]ui",
            r"mui(?:\s?v?\d)?",
            r"(?<=angular\s)material",
            r"material\s+design(?:\s?[23])?",
        ),
        roles=_WEB | _DESIGN,
    ),
    SkillDef("ant_design", "Ant Design", (r"ant\s?design", r"antd"), roles=_WEB),
    SkillDef("chakra_ui", "Chakra UI", (r"chakra[\s-]?ui",), roles=_WEB),
    SkillDef("styled_components", "styled-components", (r"styled[\s-]components",), roles=_WEB),
    SkillDef("pwa", "PWA", (r"pwa", r"progressive\s+web\s+app(?:lication)?s?"), roles=_WEB),
    SkillDef(
        "micro_frontends",
        "Micro-frontends",
        (r"micro[\s-]?frontends?", r"микро[\s-]?фронт\w*", r"module\s+federation"),
        roles=_WEB,
    ),
    SkillDef("babel", "Babel", (r"babel\.?js",), roles=_WEB, listed=(r"Babel",)),
    SkillDef("eslint", "ESLint", (r"eslint",), roles=_WEB),
    SkillDef("gulp", "Gulp", (r"gulp\.?js",), exact=(r"Gulp",), roles=_WEB),  # to gulp
    SkillDef(
        "ionic",
        "Ionic",
        (r"ionic\s+(?:framework|angular|react|vue|capacitor|\d)", r"capacitor\.?js"),
        # an ionic bond
        exact=(r"Ionic(?!\s+(?:[Bb]onds?|[Cc]ompounds?|[Ll]iquids?|[Ss]trength|[Cc]onductiv\w*))",),
        roles=_MOBILE | _WEB,
    ),
    SkillDef(
        "electron",
        "Electron",
        (r"electron\.?js", r"electron\s+(?:apps?|framework|builder|forge)"),
        exact=(r"(?<=[а-яё]\s)Electron",),
        roles=_DESKTOP | _WEB,
        listed=(r"Electron",),  # the particle
    ),
    SkillDef("tauri", "Tauri", (r"tauri",), roles=_DESKTOP),
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
    SkillDef("micronaut", "Micronaut", (r"micronaut",), roles=_BACK),
    SkillDef("quarkus", "Quarkus", (r"quarkus",), roles=_BACK),
    SkillDef("ktor", "Ktor", (r"ktor",), roles=_BACK | _MOBILE),
    SkillDef("vertx", "Vert.x", (r"vert\.?x",), roles=_BACK),
    SkillDef("akka", "Akka", (r"akka(?:[\s-](?:http|streams?|cluster|actors?))?",), roles=_BACK),
    SkillDef("netty", "Netty", (r"netty",), roles=_BACK),
    SkillDef(
        "entity_framework",
        "Entity Framework",
        (r"entity\s?framework(?:\s?core)?", r"ef\s?core", r"ef\s?6"),
        roles=_BACK | _DESKTOP,
    ),
    SkillDef("blazor", "Blazor", (r"blazor",), roles=_WEB),
    SkillDef("signalr", "SignalR", (r"signalr",), roles=_BACK),
    SkillDef("wcf", "WCF", (r"wcf",), roles=_BACK | _DESKTOP),
    SkillDef("fastify", "Fastify", (r"fastify",), roles=_BACK),
    SkillDef("deno", "Deno", (r"deno",), roles=_BACK),
    SkillDef(
        "drf",
        "Django REST Framework",
        (r"(?<=django\s)rest\s+framework", r"drf"),
        roles=_BACK,
    ),
    SkillDef("sqlalchemy", "SQLAlchemy", (r"sql\s?alchemy", r"(?<=sql\s)alchemy"), roles=_BACK),
    SkillDef("alembic", "Alembic", (r"alembic",), roles=_BACK),
    SkillDef("pydantic", "Pydantic", (r"pydantic",), roles=_BACK),
    SkillDef("asyncio", "asyncio", (r"asyncio",), roles=_BACK),
    SkillDef("aiohttp", "aiohttp", (r"aiohttp",), roles=_BACK),
    SkillDef(
        "tornado",
        "Tornado",
        (r"tornado\s+(?:web|framework)",),
        exact=(r"(?<=[а-яё]\s)Tornado",),
        roles=_BACK,
        listed=(r"Tornado",),  # the storm
    ),
    SkillDef(
        "gin",
        "Gin",
        (r"gin[\s-]gonic", r"go[\s-]gin"),
        exact=(
            r"Gin(?=\s+(?:[Ff]ramework|HTTP|фреймворк))",
            r"(?<=[а-яё]\s)Gin",
            r"(?<=Go\s\()Gin",
            r"(?<=Golang\s\()Gin",
        ),
        roles=_BACK,
        listed=(r"Gin",),  # the drink
    ),
    SkillDef(
        "echo_framework",
        "Echo (Go)",
        (r"labstack\s+echo", r"echo\s+framework"),
        exact=(r"(?<=[а-яё]\s)Echo", r"(?<=Go\s\()Echo", r"(?<=Golang\s\()Echo"),
        roles=_BACK,
        listed=(r"Echo",),
    ),
    SkillDef("fiber", "Fiber (Go)", (r"gofiber", r"fiber\s+(?:framework|v[23])"), roles=_BACK),
    SkillDef("actix", "Actix", (r"actix(?:[\s-]web)?",), roles=_BACK),
    SkillDef("tokio", "Tokio", (r"tokio(?!\s+marine)",), roles=_BACK),
    SkillDef("axum", "Axum", (r"axum",), roles=_BACK),
    SkillDef(
        "phoenix",
        "Phoenix (Elixir)",
        (
            r"phoenix\s+(?:framework|live\s?view)",
            r"(?<=elixir\s)phoenix",
            r"(?<=elixir/)phoenix",
            r"(?<=elixir,\s)phoenix",
        ),
        roles=_BACK,
        listed=(r"Phoenix",),  # the city
    ),
    SkillDef("sinatra", "Sinatra", (r"sinatra\s+framework",), roles=_BACK, listed=(r"Sinatra",)),
    SkillDef("prisma", "Prisma", (r"prisma(?!\s+cloud)(?:\s?orm)?",), roles=_BACK),
    SkillDef("typeorm", "TypeORM", (r"typeorm",), roles=_BACK),
    SkillDef("sequelize", "Sequelize", (r"sequelize",), roles=_BACK),
    SkillDef(
        "protobuf",
        "Protocol Buffers",
        (r"protobuf", r"protocol\s+buffers", r"proto[23]"),
        roles=_BACK,
    ),
    SkillDef(
        "avro",
        "Apache Avro",
        (r"apache\s+avro", r"avro\s+schemas?"),
        roles=_BACK | _roles("data_engineer"),
        listed=(r"Avro",),  # the aircraft maker
    ),
    SkillDef("thrift", "Apache Thrift", (r"apache\s+thrift",), roles=_BACK, listed=(r"Thrift",)),
    SkillDef(
        "websockets",
        "WebSockets",
        (r"web[\s-]?sockets?", r"socket\.io", r"вебсокет\w*", r"веб[\s-]сокет\w*"),
        roles=_BACK | _WEB,
    ),
    SkillDef("webrtc", "WebRTC", (r"webrtc",), roles=_BACK | _WEB),
    SkillDef(
        "oauth",
        "OAuth 2.0 / OpenID Connect",
        (r"oauth\s?2?(?:\.0)?", r"open\s?id(?:\s+connect)?", r"oidc"),
        roles=_BACK | _SEC,
    ),
    SkillDef(
        "sso",
        "SSO / SAML",
        (r"saml\s?2?(?:\.0)?", r"single\s+sign[\s-]on"),
        exact=(r"SSO",),
        roles=_BACK | _SEC | _roles("sysadmin"),
    ),
    SkillDef("jwt", "JWT", (r"jwt", r"json\s+web\s+tokens?"), roles=_BACK),
    SkillDef("keycloak", "Keycloak", (r"keycloak",), roles=_BACK | _SEC),
    SkillDef(
        "bitrix",
        "1C-Bitrix",
        (
            r"1[сc][\s-]?битрикс\w*",
            r"1c[\s-]?bitrix",
            r"битрикс(?!\s?24)\w*",
            r"bitrix(?!\s?24)\w*",
        ),
        roles=_BACK | _WEB,
    ),
    SkillDef("drupal", "Drupal", (r"drupal(?:\s?\d+)?",), roles=_BACK | _WEB),
    SkillDef("joomla", "Joomla", (r"joomla",), roles=_BACK | _WEB),
    SkillDef("magento", "Magento", (r"magento(?:\s?2)?",), roles=_BACK | _WEB),
    SkillDef("shopify", "Shopify", (r"shopify",), roles=_WEB | _SALES),
    SkillDef("opencart", "OpenCart", (r"opencart",), roles=_BACK | _WEB),
    SkillDef("modx", "MODX", (r"modx",), roles=_BACK | _WEB),
    SkillDef("codeigniter", "CodeIgniter", (r"codeigniter",), roles=_BACK),
    SkillDef(
        "apache_httpd",
        "Apache HTTP Server",
        (r"apache2", r"httpd", r"apache\s+(?:http\s+)?(?:web\s+)?server"),
        roles=_OPS,
        listed=(r"Apache",),  # "Apache Kafka", the helicopter
    ),
    SkillDef("tomcat", "Apache Tomcat", (r"tomcat",), roles=_BACK | _OPS),
    SkillDef("jboss", "JBoss / WildFly", (r"jboss", r"wildfly"), roles=_BACK),
    SkillDef(
        "smev",
        "SMEV / ESIA integration",
        (r"смэв", r"smev", r"есиа", r"esia"),
        roles=_BACK | _roles("analyst"),
    ),
    # Engineering practices.
    SkillDef(
        "oop",
        "OOP",
        (
            r"oop",
            r"ооп",
            r"object[\s-]oriented\s+(?:programming|design|analysis)",
            r"объектно[\s-]ориентированн\w+\s+(?:программировани|проектировани)\w*",
        ),
    ),
    SkillDef(
        "design_patterns",
        "Design patterns",
        (
            r"design\s+patterns",
            r"(?:паттерн|шаблон)\w*\s+проектировани\w*",
            r"gof(?:\s+patterns)?",
            r"gang\s+of\s+four",
        ),
    ),
    SkillDef(
        "solid",
        "SOLID",
        (r"solid\s+principles", r"принцип\w*\s+solid"),
        exact=(r"SOLID",),  # "solid" is an ordinary word
    ),
    SkillDef("ddd", "DDD", (r"ddd", r"domain[\s-]driven(?:\s+design)?"), roles=_BACK),
    SkillDef(
        "tdd",
        "TDD",
        (r"tdd", r"test[\s-]driven\s+development", r"разработк\w+\s+через\s+тестировани\w*"),
    ),
    SkillDef(
        "clean_architecture",
        "Clean Architecture",
        (r"clean\s+architecture", r"чист\w+\s+архитектур\w*"),
        roles=_MOBILE | _BACK,
    ),
    SkillDef(
        "algorithms",
        "Algorithms and data structures",
        (
            r"algorithms?\s+(?:and|&)\s+data\s+structures",
            r"data\s+structures(?:\s+(?:and|&)\s+algorithms?)?",
            r"алгоритм\w*\s+и\s+структур\w*\s+данных",
            r"структур\w+\s+данных(?:\s+и\s+алгоритм\w*)?",
        ),
    ),
    SkillDef(
        "event_driven",
        "Event-driven architecture",
        (
            r"event[\s-]driven(?:\s+architecture)?",
            r"событийно[\s-]ориентированн\w*(?:\s+архитектур\w*)?",
        ),
        roles=_BACK,
    ),
    # Event sourcing is left out: tests/test_llm.py names it as a skill outside the taxonomy.
    SkillDef("cqrs", "CQRS", (r"cqrs",), roles=_BACK),
    SkillDef(
        "multithreading",
        "Multithreading",
        (
            r"multi[\s-]?threading",
            r"многопоточн\w*",
            r"concurrent\s+programming",
            r"параллельн\w+\s+программировани\w*",
        ),
    ),
    SkillDef(
        "system_design",
        "System design",
        (
            r"system\s+design",
            r"системн\w+\s+дизайн\w*",
            r"distributed\s+systems",
            r"распредел[её]нн\w+\s+систем\w*",
        ),
        roles=_BACK,
    ),
    SkillDef(
        "highload",
        "High-load systems",
        (r"high[\s-]?load", r"высоконагруженн\w*"),
        roles=_BACK,
    ),
    SkillDef(
        "unit_testing",
        "Unit testing",
        (r"unit[\s-]?test\w*", r"юнит[\s-]?тест\w*", r"модульн\w+\s+тест\w*"),
    ),
    SkillDef("json", "JSON", (r"json(?:\s+schema)?",)),
    SkillDef("xml", "XML", (r"xml", r"xsd", r"xslt", r"xpath")),
    SkillDef("nosql", "NoSQL", (r"nosql",), roles=_BACK),
    SkillDef(
        "query_optimization",
        "Query optimization",
        (
            r"query\s+optimi[sz]ation",
            r"query\s+(?:performance\s+)?tuning",
            r"(?<=sql\s)tuning",
            r"оптимизаци\w+\s+(?:sql[\s-])?запрос\w*",
            r"оптимизаци\w+\s+(?:sql|бд|баз\w*\s+данных)",
        ),
        roles=_roles("dba", "backend"),
    ),
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
    SkillDef("swiftui", "SwiftUI", (r"swiftui",), roles=_MOBILE),
    SkillDef(
        "kotlin_multiplatform",
        "Kotlin Multiplatform",
        (r"(?<=kotlin\s)multiplatform", r"kmm", r"kmp"),
        roles=_MOBILE,
    ),
    SkillDef("xamarin", "Xamarin", (r"xamarin(?:\.forms)?",), roles=_MOBILE),
    SkillDef(
        "maui",
        ".NET MAUI",
        (r"(?<=\.net\s)maui",),
        exact=(r"MAUI",),  # the island is "Maui"
        roles=_MOBILE | _DESKTOP,
    ),
    SkillDef(
        "core_data",
        "Core Data",
        (r"coredata",),
        exact=(r"Core\s?Data(?!\s+(?:Services|Platform|Team|Engineering))",),
        roles=_MOBILE,
    ),
    SkillDef(
        "realm",
        "Realm",
        (r"realm\s?(?:db|swift|kotlin|database)",),
        roles=_MOBILE,
        listed=(r"Realm",),
    ),
    SkillDef(
        "firebase", "Firebase", (r"firebase", r"firestore", r"crashlytics"), roles=_MOBILE | _WEB
    ),
    SkillDef(
        "push_notifications",
        "Push notifications",
        (r"push[\s-]notifications?", r"(?:push|пуш)[\s-]?уведомлени\w*", r"apns"),
        roles=_MOBILE,
    ),
    SkillDef("alamofire", "Alamofire", (r"alamofire",), roles=_MOBILE),
    SkillDef(
        "cocoapods",
        "CocoaPods / SPM",
        (r"cocoa\s?pods", r"carthage", r"swift\s+package\s+manager"),
        roles=_MOBILE,
    ),
    SkillDef(
        "rx_mobile",
        "RxJava / RxSwift",
        (r"rx\s?java\s?\d?", r"rx\s?swift", r"rx\s?kotlin", r"rx\s?android"),
        roles=_MOBILE | _BACK,
    ),
    SkillDef("koin", "Koin", (r"koin",), roles=_MOBILE),
    SkillDef("viper", "VIPER", (r"viper\s+architecture",), exact=(r"VIPER",), roles=_MOBILE),
    SkillDef("bloc", "BLoC", (r"flutter_bloc", r"bloc\s+pattern"), exact=(r"BLoC",), roles=_MOBILE),
    SkillDef("riverpod", "Riverpod", (r"riverpod",), roles=_MOBILE),
    SkillDef("xcode", "Xcode", (r"xcode",), roles=_MOBILE),
    SkillDef("android_studio", "Android Studio", (r"(?<=android\s)studio",), roles=_MOBILE),
    SkillDef("fastlane", "fastlane", (r"fastlane",), roles=_MOBILE),
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
        (
            r"elastic(?!\s+(?:stack|beanstalk|load|ips?|block|compute|container|kubernetes|file))"
            r"(?:search)?",
            r"opensearch",
        ),
        roles=_BACK,
    ),
    SkillDef(
        "oracle",
        "Oracle Database",
        (
            r"oracle(?!\s+(?:ebs|e-business|financials|fusion|apex|netsuite|hyperion|peoplesoft"
            r"|cloud\s+erp))(?:\s+db)?",
        ),
        roles=_roles("dba", "backend"),
    ),
    SkillDef(
        "postgres_pro",
        "Postgres Pro",
        (r"postgres\s?pro", r"(?<=postgres\s)pro", r"(?<=постгрес\s)про"),
        roles=_roles("dba", "backend"),
    ),
    SkillDef("dynamodb", "DynamoDB", (r"dynamo\s?db",), roles=_BACK),
    SkillDef("cosmosdb", "Azure Cosmos DB", (r"cosmos\s?db",), roles=_BACK),
    SkillDef("neo4j", "Neo4j", (r"neo4j",), roles=_BACK | _DATA),
    SkillDef("couchbase", "Couchbase / CouchDB", (r"couchbase", r"couch\s?db"), roles=_BACK),
    SkillDef("memcached", "Memcached", (r"memcached?",), roles=_BACK),
    SkillDef("hbase", "HBase", (r"hbase",), roles=_roles("data_engineer", "backend")),
    SkillDef("scylladb", "ScyllaDB", (r"scylla\s?db",), roles=_BACK),
    SkillDef("tarantool", "Tarantool", (r"tarantool",), roles=_BACK),
    SkillDef("ydb", "YDB", (r"ydb", r"yandex\s+database"), roles=_BACK | _roles("data_engineer")),
    SkillDef("influxdb", "InfluxDB", (r"influx\s?db",), roles=_BACK | _OPS),
    SkillDef("timescaledb", "TimescaleDB", (r"timescale\s?db",), roles=_BACK),
    SkillDef("db2", "IBM Db2", (r"db2",), roles=_roles("dba", "backend")),
    SkillDef(
        "ms_access", "Microsoft Access", (r"(?:ms|microsoft)\s+access",), roles=_roles("analyst")
    ),
    SkillDef(
        "greenplum",
        "Greenplum",
        (r"greenplum", r"гринплам\w*"),
        roles=_roles("data_engineer", "dba"),
    ),
    SkillDef("vertica", "Vertica", (r"vertica",), roles=_roles("data_engineer", "analyst")),
    SkillDef("teradata", "Teradata", (r"teradata",), roles=_roles("data_engineer", "analyst")),
    SkillDef("duckdb", "DuckDB", (r"duckdb",), roles=_roles("data_engineer", "analyst")),
    SkillDef(
        "redshift",
        "Amazon Redshift",
        (r"(?<=aws\s)redshift", r"amazon\s+redshift"),
        exact=(r"Redshift(?!\s+(?:of|survey))",),  # the astronomers' redshift
        roles=_roles("data_engineer", "analyst"),
    ),
    SkillDef(
        "databricks",
        "Databricks",
        (r"databricks",),
        roles=_roles("data_engineer", "data_scientist"),
    ),
    SkillDef("delta_lake", "Delta Lake", (r"delta\s+lake",), roles=_roles("data_engineer")),
    SkillDef(
        "iceberg",
        "Apache Iceberg",
        (r"apache\s+iceberg", r"iceberg\s+tables?"),
        roles=_roles("data_engineer"),
        listed=(r"Iceberg",),
    ),
    SkillDef(
        "trino",
        "Trino / Presto",
        (r"trino", r"presto\s?(?:db|sql)"),
        exact=(r"Presto(?!\s*!)",),  # "presto!"
        roles=_roles("data_engineer", "analyst"),
    ),
    SkillDef(
        "hive",
        "Apache Hive",
        (r"hive\s?ql", r"apache\s+hive", r"hive(?!\s+(?:of|mind))"),
        roles=_roles("data_engineer"),
    ),
    SkillDef("nifi", "Apache NiFi", (r"nifi",), roles=_roles("data_engineer")),
    SkillDef("airbyte", "Airbyte", (r"airbyte",), roles=_roles("data_engineer")),
    SkillDef("fivetran", "Fivetran", (r"fivetran",), roles=_roles("data_engineer")),
    SkillDef("flink", "Apache Flink", (r"flink", r"флинк\w*"), roles=_roles("data_engineer")),
    SkillDef(
        "beam",
        "Apache Beam / Dataflow",
        (
            r"apache\s+beam",
            r"cloud\s+dataflow",
            r"(?<=cloud\s)dataflow",
            r"(?<=google\s)dataflow",
        ),
        roles=_roles("data_engineer"),
        listed=(r"Beam", r"Dataflow"),
    ),
    SkillDef("dask", "Dask", (r"dask",), roles=_DATA),
    # "polars" is not an English word outside geometry textbooks
    SkillDef("polars", "Polars", (r"polars",), roles=_DATA),
    SkillDef(
        "kafka_streams",
        "Kafka Streams",
        (r"(?<=kafka\s)streams", r"ksql\s?db", r"ksql"),
        roles=_BACK,
    ),
    SkillDef(
        "kafka_connect",
        "Kafka Connect",
        (r"(?<=kafka\s)connect", r"(?<=kafka-)connect"),
        roles=_BACK | _roles("data_engineer"),
    ),
    SkillDef("debezium", "Debezium", (r"debezium",), roles=_BACK | _roles("data_engineer")),
    SkillDef(
        "nats",
        "NATS",
        (r"nats\s+(?:jetstream|streaming)", r"nats\.io"),
        exact=(r"NATS",),
        roles=_BACK,
    ),
    SkillDef("activemq", "ActiveMQ", (r"active\s?mq(?:\s+artemis)?",), roles=_BACK),
    SkillDef("ibm_mq", "IBM MQ", (r"ibm\s+mq", r"websphere\s+mq", r"mq\s?series"), roles=_BACK),
    SkillDef(
        "pulsar",
        "Apache Pulsar",
        (r"apache\s+pulsar",),
        roles=_BACK | _roles("data_engineer"),
        listed=(r"Pulsar",),
    ),
    SkillDef("zeromq", "ZeroMQ", (r"zero\s?mq", r"zmq", r"ømq"), roles=_BACK),
    # Data and ML.
    SkillDef(
        "spark",
        "Apache Spark",
        (r"pyspark", r"apache\s+spark", r"спарк\w*"),
        exact=(r"Spark",),
        roles=_roles("data_engineer", "data_scientist"),
    ),
    SkillDef("airflow", "Airflow", (r"airflow",), roles=_roles("data_engineer")),
    SkillDef("hadoop", "Hadoop", (r"hadoop", r"hdfs"), roles=_roles("data_engineer")),
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
            r"database\s+(?:schema\s+)?design",
            r"проектировани\w+\s+(?:баз\w*\s+данных|бд|схем\w*\s+(?:баз\w*\s+данных|бд))",
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
        (
            r"llms?",
            r"gpt(?:-?\d)?",
            r"large\s+language\s+models?",
            r"больш\w+\s+языков\w+\s+модел\w*",
            r"retrieval[\s-]augmented\s+generation",
        ),
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
        (
            r"ms\s+excel",
            r"эксель\w*",
            r"pivot\s+tables?",
            r"сводн\w+\s+таблиц\w*",
            r"[vx]lookup",
        ),
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
    SkillDef(
        "dwh",
        "Data warehouse (DWH)",
        (r"dwh", r"data\s+warehous\w*", r"хранилищ\w*\s+данных", r"data\s+lake(?:house)?s?"),
        roles=_roles("data_engineer", "analyst"),
    ),
    SkillDef(
        "olap",
        "OLAP",
        (r"olap(?:[\s-](?:cubes?|куб\w*))?",),
        roles=_roles("analyst", "data_engineer"),
    ),
    SkillDef("ssis", "SSIS", (r"ssis",), roles=_roles("data_engineer", "analyst")),
    SkillDef("ssrs", "SSRS", (r"ssrs",), roles=_roles("analyst")),
    SkillDef("ssas", "SSAS", (r"ssas",), roles=_roles("analyst", "data_engineer")),
    SkillDef(
        "informatica",
        "Informatica",
        (r"informatica(?:\s+powercenter)?",),
        roles=_roles("data_engineer"),
    ),
    SkillDef("talend", "Talend", (r"talend",), roles=_roles("data_engineer")),
    SkillDef("pentaho", "Pentaho", (r"pentaho",), roles=_roles("data_engineer", "analyst")),
    SkillDef("alteryx", "Alteryx", (r"alteryx",), roles=_roles("analyst")),
    SkillDef("qlik", "Qlik", (r"qlik(?:\s?(?:view|sense))?",), roles=_roles("analyst")),
    SkillDef(
        "datalens",
        "Yandex DataLens",
        (r"(?:yandex\s+)?data\s?lens", r"даталенс\w*"),
        roles=_roles("analyst"),
    ),
    SkillDef("redash", "Redash", (r"redash",), roles=_roles("analyst")),
    SkillDef(
        "crystal_reports", "Crystal Reports", (r"crystal\s+reports?",), roles=_roles("analyst")
    ),
    SkillDef("power_query", "Power Query", (r"power\s?query",), roles=_roles("analyst")),
    SkillDef("power_pivot", "Power Pivot", (r"power\s?pivot",), roles=_roles("analyst")),
    SkillDef(
        "dax",
        "DAX",
        (r"dax\s+(?:formulas?|quer(?:y|ies)|measures?|формул\w*)",),
        roles=_roles("analyst"),
        listed=(r"DAX",),  # the German stock index
    ),
    SkillDef(
        "machine_learning",
        "Machine learning",
        (r"machine\s+learning", r"машинн\w+\s+обучени\w*"),
        exact=(r"(?<!\d\s)(?<!\d)ML(?!\s*\d)",),  # not millilitres
        roles=_roles("data_scientist", "ai_developer"),
    ),
    SkillDef(
        "deep_learning",
        "Deep learning",
        (
            r"deep\s+learning",
            r"глубок\w+\s+обучени\w*",
            r"(?:artificial\s+|deep\s+|convolutional\s+|recurrent\s+)?neural\s+networks?",
            r"нейронн\w+\s+сет\w*",
        ),
        roles=_roles("data_scientist", "ai_developer"),
    ),
    SkillDef("scipy", "SciPy", (r"scipy",), roles=_roles("data_scientist")),
    SkillDef("statsmodels", "statsmodels", (r"statsmodels",), roles=_roles("data_scientist")),
    SkillDef("xgboost", "XGBoost", (r"xgboost",), roles=_roles("data_scientist")),
    SkillDef("lightgbm", "LightGBM", (r"light\s?gbm",), roles=_roles("data_scientist")),
    SkillDef("catboost", "CatBoost", (r"catboost",), roles=_roles("data_scientist")),
    SkillDef(
        "huggingface",
        "Hugging Face Transformers",
        (r"hugging\s?face(?:\s+transformers)?",),
        roles=_roles("data_scientist", "ai_developer"),
    ),
    SkillDef(
        "langchain",
        "LangChain",
        (r"langchain", r"langgraph"),
        roles=_roles("ai_developer", "data_scientist"),
    ),
    SkillDef("llamaindex", "LlamaIndex", (r"llama\s?index",), roles=_roles("ai_developer")),
    SkillDef(
        "vector_db",
        "Vector databases",
        (
            r"vector\s+(?:databases?|dbs?|stores?|search)",
            r"векторн\w+\s+(?:баз\w*|бд|поиск\w*|хранилищ\w*)",
            r"pgvector",
            r"milvus",
            r"qdrant",
            r"pinecone",
            r"weaviate",
            r"chroma\s?db",
            r"faiss",
        ),
        roles=_roles("ai_developer", "data_scientist"),
    ),
    SkillDef(
        "prompt_engineering",
        "Prompt engineering",
        (
            r"prompt[\s-]engineering",
            r"prompt\s+design",
            r"промпт[\s-]?инжиниринг\w*",
            r"промптинг\w*",
        ),
        roles=_roles("ai_developer"),
    ),
    SkillDef(
        "fine_tuning",
        "LLM fine-tuning",
        (
            r"(?:llm|model)\s+fine[\s-]?tuning",
            r"fine[\s-]?tun(?:e|ed|ing)\s+(?:of\s+)?(?:llms?|models?|bert|gpt\w*|transformers?|llama)",
            r"дообучени\w+\s+(?:llm|модел\w*|нейросет\w*)",
            r"файн[\s-]?тюнинг\w*",
            r"peft",
        ),
        exact=(r"LoRA", r"QLoRA"),  # LoRa (lorawan) is a radio
        roles=_roles("ai_developer", "data_scientist"),
    ),
    SkillDef(
        "mlops",
        "MLOps",
        (r"ml\s?ops",),
        roles=_roles("data_scientist", "ai_developer", "data_engineer"),
    ),
    SkillDef("mlflow", "MLflow", (r"mlflow",), roles=_roles("data_scientist", "ai_developer")),
    SkillDef(
        "kubeflow", "Kubeflow", (r"kubeflow",), roles=_roles("data_scientist", "ai_developer")
    ),
    SkillDef("dvc", "DVC", (r"dvc",), roles=_roles("data_scientist")),
    SkillDef("clearml", "ClearML", (r"clearml",), roles=_roles("data_scientist")),
    SkillDef(
        "wandb",
        "Weights & Biases",
        (r"wandb", r"weights\s*(?:&|and)\s*biases"),
        roles=_roles("data_scientist"),
    ),
    SkillDef(
        "feast",
        "Feast",
        (r"feast\s+feature\s+store",),
        roles=_roles("data_scientist", "data_engineer"),
        listed=(r"Feast",),
    ),
    SkillDef(
        "onnx", "ONNX", (r"onnx(?:\s?runtime)?",), roles=_roles("data_scientist", "ai_developer")
    ),
    SkillDef(
        "tensorrt", "TensorRT", (r"tensor\s?rt",), roles=_roles("data_scientist", "ai_developer")
    ),
    SkillDef(
        "openvino", "OpenVINO", (r"openvino",), roles=_roles("data_scientist", "ai_developer")
    ),
    SkillDef("opencv", "OpenCV", (r"opencv",), roles=_roles("data_scientist", "ai_developer")),
    SkillDef(
        "computer_vision",
        "Computer vision",
        (r"computer\s+vision", r"компьютерн\w+\s+зрени\w*", r"yolo(?:\s?v?\d+)?"),
        roles=_roles("data_scientist", "ai_developer"),
    ),
    SkillDef(
        "nlp",
        "NLP",
        (
            r"natural\s+language\s+processing",
            r"обработк\w+\s+естественн\w+\s+язык\w*",
            r"rubert\w*",
        ),
        # also neuro-linguistic programming, as coaches list it (in Russian, «НЛП»)
        exact=(r"NLP(?!\s+(?:[Pp]ractitioner|[Cc]oach\w*|[Mm]aster))", r"BERT"),
        roles=_roles("data_scientist", "ai_developer"),
    ),
    SkillDef("spacy", "spaCy", (r"spacy",), roles=_roles("data_scientist")),
    SkillDef("nltk", "NLTK", (r"nltk",), roles=_roles("data_scientist")),
    SkillDef(
        "recommender_systems",
        "Recommender systems",
        (
            r"recommend(?:er|ation)\s+(?:systems?|engines?)",
            r"рекомендательн\w+\s+(?:систем|модел|сервис)\w*",
            r"recsys",
        ),
        roles=_roles("data_scientist"),
    ),
    SkillDef(
        "time_series",
        "Time series forecasting",
        (
            r"time[\s-]series(?:\s+(?:forecasting|analysis|models?|modell?ing))?",
            r"временн\w+\s+ряд\w*",
            r"s?arima",
        ),
        roles=_roles("data_scientist", "analyst"),
    ),
    SkillDef(
        "web_scraping",
        "Web scraping",
        (
            r"web[\s-]scraping",
            r"scrapy",
            r"beautiful\s?soup(?:\s?4)?",
            r"bs4",
            r"парсинг\w*\s+(?:сайт|данных|веб)\w*",
            r"веб[\s-]скрапинг\w*",
        ),
        roles=_DATA | _BACK,
    ),
    SkillDef(
        "generative_images",
        "AI image generation",
        (r"midjourney", r"stable\s+diffusion", r"dall[\s·-]?e(?:\s?[23])?", r"comfy\s?ui"),
        roles=_DESIGN,
    ),
    # Infrastructure.
    SkillDef("docker", "Docker", (r"docker(?:\s?compose)?", r"докер\w*"), roles=_OPS | _BACK),
    SkillDef(
        "kubernetes",
        "Kubernetes",
        (r"kubernetes", r"k8s", r"k3s", r"кубернетес\w*", r"кубер\w*"),
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
        (
            r"linux",
            r"линукс\w*",
            r"ubuntu",
            r"debian",
            r"centos",
            r"rhel(?:\s?\d)?",
            r"red\s?hat\s+enterprise\s+linux",
            r"fedora",
            r"(?:open)?suse",
        ),
        roles=_OPS | _BACK,
    ),
    SkillDef(
        "windows_server",
        "Windows Server",
        (r"windows\s+server(?:\s?\d{4}(?:\s?r2)?)?",),
        roles=_roles("sysadmin"),
    ),
    SkillDef(
        "active_directory",
        "Active Directory",
        (r"active\s+directory", r"(?<=azure\s)ad", r"(?:microsoft\s+)?entra\s+id"),
        roles=_NET,
    ),
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
            r"circle\s?ci",
            r"travis[\s-]?ci",
            r"(?:atlassian\s+)?bamboo(?=\s+(?:ci|server|plans?|pipelines?))",
            r"atlassian\s+bamboo",
            r"(?<=azure\s)pipelines",
            r"drone\s?ci",
            r"tekton",
        ),
        roles=_OPS | _BACK,
        listed=(r"Bamboo(?!\s?HR)",),  # the plant; BambooHR is an HR system
    ),
    SkillDef("git", "Git", (r"git", r"гит"), roles=_BACK | _WEB),
    SkillDef("gitlab", "GitLab", (r"gitlab(?![\s-]?ci)", r"гитлаб\w*"), roles=_OPS),
    SkillDef("nginx", "Nginx", (r"nginx",), roles=_OPS),
    SkillDef("aws_ec2", "Amazon EC2", (r"ec2",), roles=_OPS),
    SkillDef(
        "aws_s3",
        "Amazon S3",
        (r"(?<=aws\s)s3", r"amazon\s+s3", r"s3[\s-](?:compatible|bucket\w*|storage|api)"),
        exact=(r"S3",),
        roles=_OPS | _BACK,
    ),
    SkillDef(
        "aws_lambda",
        "AWS Lambda",
        (r"(?<=aws\s)lambda", r"amazon\s+lambda", r"lambda@edge"),
        roles=_OPS | _BACK,
        listed=(r"Lambda",),  # lambda functions of Python, Java and C#
    ),
    SkillDef("aws_eks", "Amazon EKS", (r"eks",), roles=_OPS),
    SkillDef(
        "aws_ecs",
        "Amazon ECS",
        (r"(?<=aws\s)ecs", r"amazon\s+ecs", r"fargate"),
        roles=_OPS,
        # also the entity-component-system of game engines
        listed=(r"(?<!Unity,\s)(?<!DOTS,\s)(?<!DOTS/)ECS(?!\s*[,/]\s*(?:DOTS|Unity|Jobs))",),
    ),
    SkillDef(
        "aws_rds",
        "Amazon RDS",
        (
            r"(?<=aws\s)rds",
            r"amazon\s+rds",
            r"rds\s+(?:for\s+)?(?:postgres\w*|mysql|aurora|instances?)",
            r"aurora\s+(?:postgresql|mysql|serverless)",
        ),
        # a bare RDS is as often Windows Remote Desktop Services; among AWS services it is this
        exact=(
            r"(?<=EC2,\s)RDS",
            r"(?<=S3,\s)RDS",
            r"(?<=AWS\s\()RDS",
            r"RDS(?=,\s(?:S3|EC2|Lambda|DynamoDB|SQS|EKS|ECS|CloudWatch)\b)",
        ),
        roles=_OPS | _BACK,
    ),
    SkillDef("cloudformation", "AWS CloudFormation", (r"cloud\s?formation",), roles=_OPS),
    SkillDef(
        "aws_cdk",
        "AWS CDK",
        (r"(?<=aws\s)cdk", r"aws-cdk", r"cdk\s?(?:for\s+terraform|tf)"),
        roles=_OPS,
        listed=(r"CDK",),  # Angular CDK
    ),
    SkillDef(
        "aws_sqs_sns",
        "Amazon SQS / SNS",
        (r"sqs", r"amazon\s+sns", r"(?<=aws\s)sns", r"sns(?=\s*/\s*sqs)"),
        roles=_OPS | _BACK,
        listed=(r"SNS",),  # social networking services
    ),
    SkillDef(
        "aws_glue",
        "AWS Glue",
        (r"(?<=aws\s)glue", r"glue\s+(?:jobs?|catalog|etl|crawlers?|studio)"),
        roles=_roles("data_engineer"),
        listed=(r"Glue",),
    ),
    SkillDef(
        "aws_emr",
        "Amazon EMR",
        # EMR is as often an electronic medical record
        (r"(?<=aws\s)emr", r"amazon\s+emr", r"emr\s+(?:clusters?|serverless|on\s+eks|studio)"),
        exact=(r"(?<=S3,\s)EMR", r"EMR(?=,\s(?:S3|Glue|Athena|Redshift|Lambda)\b)"),
        roles=_roles("data_engineer"),
    ),
    SkillDef(
        "aws_athena",
        "Amazon Athena",
        (r"(?<=aws\s)athena", r"amazon\s+athena"),
        roles=_roles("data_engineer", "analyst"),
        listed=(r"Athena",),  # a first name, the goddess
    ),
    SkillDef("aws_cloudwatch", "Amazon CloudWatch", (r"cloud\s?watch",), roles=_OPS),
    SkillDef(
        "gke", "Google Kubernetes Engine", (r"gke", r"google\s+kubernetes\s+engine"), roles=_OPS
    ),
    SkillDef(
        "cloud_run",
        "Google Cloud Run",
        (r"(?<=google\scloud\s)run", r"(?<=gcp\s)cloud\s+run", r"cloud\s+run(?=\s*[,/)])"),
        exact=(r"Cloud\s+Run",),
        roles=_OPS,
    ),
    SkillDef(
        "pubsub",
        "Google Pub/Sub",
        (
            r"(?<=google\scloud\s)pub\s?/\s?sub",
            r"(?<=gcp\s)pub\s?/\s?sub",
            r"google\s+pub\s?/\s?sub",
            r"pubsub",
        ),
        exact=(r"Pub\s?/\s?Sub",),  # the generic pattern is written in lower case
        roles=_OPS | _BACK,
    ),
    SkillDef(
        "aks", "Azure Kubernetes Service", (r"aks", r"(?<=azure\skubernetes\s)service"), roles=_OPS
    ),
    SkillDef(
        "azure_devops",
        "Azure DevOps",
        (r"(?<=azure\s)devops", r"vsts", r"tfs", r"team\s+foundation\s+server"),
        roles=_OPS | _BACK,
    ),
    SkillDef("azure_functions", "Azure Functions", (r"(?<=azure\s)functions",), roles=_OPS | _BACK),
    SkillDef("cloudflare", "Cloudflare", (r"cloudflare",), roles=_OPS),
    SkillDef("pulumi", "Pulumi", (r"pulumi",), roles=_OPS),
    SkillDef(
        "vault",
        "HashiCorp Vault",
        (r"hashicorp\s+vault", r"vault\s+(?:secrets?|by\s+hashicorp|agent|pki)"),
        # a bank vault, a Data Vault model; secrets kept «в Vault» are the product
        exact=(r"(?<=[а-яё]\s)Vault",),
        roles=_OPS,
        listed=(r"(?<!Data\s)Vault",),
    ),
    SkillDef(
        "consul",
        "HashiCorp Consul",
        (r"hashicorp\s+consul", r"consul[\s-]template"),
        roles=_OPS,
        exact=(r"(?<=[а-яё]\s)Consul",),
        listed=(r"Consul",),  # the diplomat
    ),
    SkillDef(
        "nomad",
        "HashiCorp Nomad",
        (r"hashicorp\s+nomad",),
        roles=_OPS,
        exact=(r"(?<=[а-яё]\s)Nomad",),
        listed=(r"Nomad",),
    ),
    SkillDef(
        "packer",
        "HashiCorp Packer",
        (r"hashicorp\s+packer", r"packer\s+(?:templates?|images?|builds?)"),
        roles=_OPS,
        exact=(r"(?<=[а-яё]\s)Packer",),
        listed=(r"Packer",),  # a warehouse packer
    ),
    SkillDef("vagrant", "Vagrant", (r"vagrant(?:file)?",), roles=_OPS),
    SkillDef("istio", "Istio", (r"istio",), roles=_OPS),
    SkillDef("linkerd", "Linkerd", (r"linkerd",), roles=_OPS),
    SkillDef(
        "envoy",
        "Envoy",
        (r"envoy\s+proxy",),
        roles=_OPS,
        exact=(r"(?<=[а-яё]\s)Envoy",),
        listed=(r"Envoy",),
    ),  # a special envoy
    SkillDef("traefik", "Traefik", (r"traefik",), roles=_OPS),
    SkillDef("haproxy", "HAProxy", (r"ha\s?proxy",), roles=_OPS),
    SkillDef("keepalived", "Keepalived", (r"keepalived",), roles=_OPS),
    SkillDef("ceph", "Ceph", (r"ceph",), roles=_OPS),
    SkillDef("minio", "MinIO", (r"minio",), roles=_OPS | _BACK),
    SkillDef("openstack", "OpenStack", (r"openstack",), roles=_OPS),
    SkillDef("openshift", "OpenShift", (r"openshift",), roles=_OPS),
    SkillDef(
        "rancher",
        "Rancher",
        (r"rancher\s?(?:rke2?|desktop|server)", r"rke2?"),
        exact=(r"(?<=[а-яё]\s)Rancher",),
        roles=_OPS,
        listed=(r"Rancher",),  # a ranch owner
    ),
    SkillDef("podman", "Podman", (r"podman",), roles=_OPS),
    SkillDef("containerd", "containerd", (r"containerd", r"cri-o"), roles=_OPS),
    SkillDef("jaeger", "Jaeger", (r"jaeger",), roles=_OPS),
    SkillDef("opentelemetry", "OpenTelemetry", (r"open\s?telemetry", r"otel"), roles=_OPS | _BACK),
    SkillDef(
        "loki",
        "Grafana Loki",
        (r"(?<=grafana\s)loki",),
        exact=(r"(?<=[а-яё]\s)Loki",),
        roles=_OPS,
        listed=(r"Loki",),  # the god
    ),
    SkillDef(
        "sentry",
        "Sentry",
        (r"sentry\.io",),
        exact=(r"Sentry(?!\s+(?:[Dd]uty|[Gg]uns?|[Ss]afe))",),
        roles=_OPS | _BACK,
    ),
    SkillDef("new_relic", "New Relic", (r"new\s?relic",), roles=_OPS),
    SkillDef("datadog", "Datadog", (r"datadog",), roles=_OPS),
    SkillDef("splunk", "Splunk", (r"splunk",), roles=_OPS | _SEC),
    SkillDef("dynatrace", "Dynatrace", (r"dynatrace", r"appdynamics"), roles=_OPS),
    SkillDef("pagerduty", "PagerDuty", (r"pager\s?duty", r"opsgenie"), roles=_OPS),
    SkillDef("fluentd", "Fluentd / Fluent Bit", (r"fluentd", r"fluent[\s-]?bit"), roles=_OPS),
    SkillDef("victoriametrics", "VictoriaMetrics", (r"victoria\s?metrics", r"vmagent"), roles=_OPS),
    SkillDef("graylog", "Graylog", (r"graylog",), roles=_OPS),
    SkillDef(
        "github",
        "GitHub",
        (r"github(?![\s-]*actions)(?!\.(?:com|io))(?!\s*[:—–]|\s+-\s)",),
        roles=_BACK | _WEB,
    ),
    SkillDef(
        "bitbucket", "Bitbucket", (r"bitbucket(?!\.org)(?!\s*[:—–]|\s+-\s)",), roles=_BACK | _OPS
    ),
    SkillDef(
        "sonarqube", "SonarQube", (r"sonar\s?(?:qube|cloud|lint)",), roles=_OPS | _roles("qa")
    ),
    SkillDef(
        "nexus",
        "Nexus Repository",
        (r"nexus\s+(?:repository|oss|3)", r"sonatype\s+nexus"),
        roles=_OPS,
        listed=(r"Nexus",),
    ),
    SkillDef("artifactory", "Artifactory", (r"artifactory", r"jfrog"), roles=_OPS),
    SkillDef(
        "harbor",
        "Harbor registry",
        (r"harbor\s+registry", r"goharbor"),
        roles=_OPS,
        listed=(r"Harbor",),  # Pearl Harbor
    ),
    SkillDef(
        "russian_os",
        "Russian Linux distributions (Astra Linux, RED OS, ALT)",
        (
            # only the vendor's word: "Linux" after it is matched by the linux entry
            r"astra(?=\s+linux)",
            r"astralinux",
            r"астр[аы](?=\s+(?:linux|линукс))",
            r"астралинукс\w*",
            r"alt(?=\s+linux)",
            r"альт(?=\s+(?:linux|линукс))",
            r"альт\s+(?:сервер|рабоч\w+\s+станци\w*)",
            r"ред\s?ос",
        ),
        exact=(r"RED\s?OS", r"Red\s?OS"),
        roles=_roles("sysadmin", "devops", "security"),
    ),
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
    SkillDef(
        "tcp_ip",
        "TCP/IP networking",
        (
            r"tcp\s?/\s?ip",
            r"tcp\s?/\s?udp",
            r"tcp",
            r"udp",
            r"osi\s+model",
            r"(?:модел\w*|уровн\w*)\s+osi",
            r"стек\w*\s+tcp",
        ),
        roles=_NET | _EMBEDDED,
    ),
    SkillDef(
        "routing",
        "Routing (OSPF, BGP)",
        (r"ospf", r"bgp", r"eigrp", r"is-is", r"динамическ\w+\s+маршрутизаци\w*"),
        roles=_NET,
    ),
    SkillDef("snmp", "SNMP", (r"snmp(?:\s?v[123])?",), roles=_NET),
    SkillDef("juniper", "Juniper", (r"juniper(?:\s+networks)?", r"junos"), roles=_NET),
    SkillDef(
        "ethernet",
        "Ethernet",
        (r"ethernet", r"ethercat", r"profinet", r"etherne[tт]\s?/\s?ip"),
        roles=_EMBEDDED | _NET,
    ),
    SkillDef(
        "firewall",
        "Firewalls (iptables, pfSense, FortiGate, Check Point)",
        (
            r"firewalls?",
            r"межсетев\w+\s+экран\w*",
            r"брандмауэр\w*",
            r"iptables",
            r"nftables",
            r"firewalld",
            r"pf\s?sense",
            r"opnsense",
            r"forti\s?gate",
            r"fortinet",
            r"check\s?point\s+(?:firewall|ngfw|gaia|r8\d\w*|security\s+gateway|sms)",
            r"palo\s+alto\s+(?:networks|firewalls?|ngfw|pan-os)",
            r"pan-os",
            r"usergate",
            r"ngfw",
            r"waf",
            r"ideco",
        ),
        # Check Point and Palo Alto are also a checkpoint and a Californian city
        exact=(r"Check\s?Point(?!\s+[Ss]oftware)",),
        roles=_NET | _SEC,
    ),
    SkillDef(
        "ids_ips",
        "IDS/IPS",
        (
            r"ids\s*/\s*ips",
            r"ips\s*/\s*ids",
            r"intrusion\s+(?:detection|prevention)(?:\s+systems?)?",
            r"систем\w+\s+обнаружени\w+\s+вторжени\w*",
            r"suricata",
            r"zeek",
        ),
        exact=(r"Snort",),
        roles=_SEC | _NET,
    ),
    SkillDef(
        "siem",
        "SIEM",
        (r"siem", r"arcsight", r"q\s?radar", r"maxpatrol\s?siem", r"kuma\s+siem"),
        roles=_SEC,
    ),
    SkillDef(
        "soc",
        "Security operations centre (SOC)",
        (
            r"security\s+operations?\s+cent(?:er|re)s?",
            r"soc[\s-](?:l[123]|analyst\w*|аналитик\w*|operations|team|центр\w*)",
        ),
        # "SOC 2" is an audit report (soc2), "SoC" a system on a chip
        exact=(r"SOC(?![\s-]*(?:[12]\b|[Tt]ype|II))",),
        roles=_SEC,
    ),
    SkillDef(
        "soc2",
        "SOC 2",
        (r"soc\s?2(?:\s+type\s+(?:ii|2|i|1))?", r"soc\s?1(?:\s+type\s+(?:ii|2|i|1))?"),
        roles=_SEC,
    ),
    SkillDef(
        "pentest",
        "Penetration testing",
        (
            r"pen(?:etration)?[\s-]?test\w*",
            r"пен[\s-]?тест\w*",
            r"тестировани\w+\s+на\s+проникновени\w*",
            r"red[\s-]team(?:ing|ers?)",
            r"red\s+team\s+(?:operations|exercises?|engagements?|assessments?)",
            r"bug\s+bounty",
            r"ctf[\s-](?:competitions?|соревновани\w*|team|команд\w*)",
        ),
        roles=_SEC,
    ),
    SkillDef("burp_suite", "Burp Suite", (r"burp\s?suite",), roles=_SEC, listed=(r"Burp",)),
    SkillDef("metasploit", "Metasploit", (r"metasploit",), roles=_SEC),
    SkillDef("nmap", "Nmap", (r"nmap",), roles=_SEC | _NET),
    SkillDef("wireshark", "Wireshark / tcpdump", (r"wireshark", r"tcpdump"), roles=_NET | _SEC),
    SkillDef("owasp", "OWASP", (r"owasp(?:\s+top\s?10)?",), roles=_SEC | _BACK),
    SkillDef("kali_linux", "Kali Linux", (r"kali(?=\s+linux)",), roles=_SEC),
    SkillDef(
        "appsec",
        "Application security (SAST/DAST)",
        (
            r"sast",
            r"dast",
            r"appsec",
            r"application\s+security",
            r"безопасн\w+\s+(?:разработк|приложени)\w*",
            r"semgrep",
            r"checkmarx",
            r"veracode",
            r"devsecops",
            r"ssdlc",
        ),
        roles=_SEC,
    ),
    SkillDef(
        "vulnerability_management",
        "Vulnerability management",
        (
            r"vulnerability\s+(?:management|scann\w*|assessment)",
            r"(?:управлени|сканировани|анализ|поиск)\w*\s+уязвимост\w*",
            r"nessus",
            r"openvas",
            r"qualys",
            r"maxpatrol(?!\s?siem)(?:\s?(?:8|vm))?",
        ),
        roles=_SEC,
    ),
    SkillDef(
        "threat_modeling",
        "Threat modeling",
        (r"threat\s+model(?:l)?ing", r"моделировани\w+\s+угроз\w*", r"модел\w+\s+угроз\w*"),
        roles=_SEC,
    ),
    SkillDef(
        "threat_intelligence",
        "Threat hunting and intelligence",
        (r"threat\s+(?:hunting|intelligence|intel)", r"threat[\s-]?hunting", r"киберразведк\w*"),
        roles=_SEC,
    ),
    SkillDef(
        "dlp",
        "DLP",
        (r"dlp", r"data\s+loss\s+prevention", r"infowatch", r"searchinform", r"solar\s+dozor"),
        roles=_SEC,
    ),
    SkillDef(
        "endpoint_security",
        "Endpoint security (EDR)",
        (
            r"[ex]dr",
            r"endpoint\s+(?:security|protection|detection)",
            r"kaspersky\s+(?:security\s+center|endpoint\s+security|edr)",
            r"ksc",
        ),
        roles=_SEC | _roles("sysadmin"),
    ),
    SkillDef(
        "forensics",
        "Digital forensics",
        (
            r"(?:digital|computer)\s+forensics",
            r"forensics",
            r"форензик\w*",
            r"компьютерн\w+\s+криминалистик\w*",
        ),
        roles=_SEC,
    ),
    SkillDef(
        "cryptography",
        "Cryptography",
        (r"cryptograph\w*", r"криптограф\w*", r"криптопро\w*", r"crypto\s?pro", r"скзи"),
        roles=_SEC,
    ),
    SkillDef(
        "infosec",
        "Information security",
        (
            r"information\s+security",
            r"информационн\w+\s+безопасност\w*",
            r"cyber\s?security",
            r"кибербезопасност\w*",
            r"infosec",
        ),
        roles=_SEC,
    ),
    SkillDef(
        "iam",
        "Identity and access management",
        (
            r"identity\s+(?:and|&)\s+access\s+management",
            r"privileged\s+access\s+management",
            r"управлени\w+\s+(?:правами\s+)?доступом",
        ),
        exact=(r"IAM",),
        roles=_SEC | _roles("sysadmin"),
    ),
    SkillDef(
        "iso_27001",
        "ISO 27001",
        (r"iso(?:\s?/\s?iec)?[\s/-]?2700[12](?::20\d\d)?",),
        roles=_SEC,
    ),
    SkillDef("pci_dss", "PCI DSS", (r"pci[\s-]?dss",), roles=_SEC),
    SkillDef("gdpr", "GDPR", (r"gdpr", r"general\s+data\s+protection\s+regulation"), roles=_SEC),
    SkillDef(
        "personal_data_law",
        "Personal data law (152-FZ)",
        (
            r"152[\s-]?(?:фз|fz)",
            r"(?:фз|fz)[\s-]?152",
            r"защит\w*\s+персональн\w+\s+данн\w*",
        ),
        roles=_SEC,
    ),
    SkillDef(
        "fstec",
        "FSTEC / critical infrastructure (187-FZ)",
        (
            r"фстэк\w*",
            r"fstec",
            r"187[\s-]?(?:фз|fz)",
            r"(?:фз|fz)[\s-]?187",
            r"кии",
            r"гост\s?р?\s?57580(?:\.\d)?",
        ),
        roles=_SEC,
    ),
    SkillDef(
        "pki",
        "PKI",
        (
            r"pki",
            r"public\s+key\s+infrastructure",
            r"инфраструктур\w+\s+открыт\w+\s+ключ\w*",
            r"удостоверяющ\w+\s+центр\w*",
            r"certificate\s+authorit(?:y|ies)",
        ),
        roles=_SEC | _roles("sysadmin"),
    ),
    SkillDef(
        "ssl_tls",
        "SSL/TLS",
        (r"ssl(?:\s?/\s?tls)?", r"tls(?:\s?1\.[0-3])?", r"let'?s\s?encrypt", r"certbot"),
        roles=_OPS | _SEC,
    ),
    SkillDef("ldap", "LDAP", (r"ldap", r"openldap", r"freeipa"), roles=_NET | _SEC),
    SkillDef("kerberos", "Kerberos", (r"kerberos",), roles=_NET | _SEC),
    # Workplace and systems administration.
    SkillDef(
        "exchange",
        "Microsoft Exchange",
        (
            r"(?:ms|microsoft)\s+exchange(?:\s+server)?",
            r"exchange\s+(?:server|online|20(?:07|10|13|16|19))",
        ),
        exact=(r"(?<=[а-яё]\s)Exchange",),
        roles=_roles("sysadmin"),
        listed=(r"Exchange",),  # a stock exchange
    ),
    SkillDef(
        "m365",
        "Microsoft 365",
        (r"(?:microsoft|ms)\s?(?:office\s?)?365", r"office\s?365", r"o365"),
        roles=_roles("sysadmin"),
    ),
    SkillDef(
        "ms_office",
        "Microsoft Office",
        (
            r"(?:ms|microsoft)\s+office",
            r"(?:ms|microsoft)\s+(?:word|powerpoint|outlook|visio)",
            r"powerpoint",
            r"(?:ms\s+|microsoft\s+)?visio",
            r"пакет\w*\s+(?:программ\s+)?(?:ms\s+|microsoft\s+)?office",
        ),
        listed=(r"Word", r"Outlook"),
    ),
    SkillDef("intune", "Microsoft Intune", (r"intune",), roles=_roles("sysadmin")),
    SkillDef(
        "sccm",
        "SCCM / MECM",
        (r"sccm", r"mecm", r"system\s+center(?:\s+configuration\s+manager)?"),
        roles=_roles("sysadmin"),
    ),
    SkillDef(
        "citrix",
        "Citrix",
        (r"citrix(?:\s+(?:xenapp|xendesktop|virtual\s+apps))?",),
        roles=_roles("sysadmin"),
    ),
    SkillDef(
        "vdi",
        "VDI",
        (r"vdi", r"virtual\s+desktop\s+infrastructure", r"horizon\s+view"),
        roles=_roles("sysadmin"),
    ),
    SkillDef(
        "remote_desktop",
        "Remote Desktop Services",
        (
            r"remote\s+desktop\s+services",
            r"терминальн\w+\s+(?:сервер|ферм)\w*",
            r"rds[\s-](?:ферм|сервер|farm|gateway|шлюз)\w*",
            r"rdp",
        ),
        roles=_roles("sysadmin"),
    ),
    SkillDef(
        "storage",
        "Storage systems (SAN/NAS, RAID)",
        (
            r"схд",
            r"san\s*/\s*nas",
            r"nas\s*/\s*san",
            r"storage\s+area\s+networks?",
            r"netapp",
            r"систем\w+\s+хранени\w+\s+данных",
        ),
        exact=(r"RAID(?:\s?\d{1,2})?",),  # a police raid
        roles=_roles("sysadmin"),
    ),
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
    SkillDef("yocto", "Yocto Project", (r"yocto(?:\s+project)?", r"bitbake"), roles=_EMBEDDED),
    SkillDef("buildroot", "Buildroot", (r"buildroot",), roles=_EMBEDDED),
    SkillDef(
        "embedded_linux",
        "Embedded Linux",
        # only the qualifier: "Linux" after it is matched by the linux entry
        (r"embedded(?=\s+linux)", r"встраиваем\w+(?=\s+(?:linux|линукс))"),
        roles=_EMBEDDED,
    ),
    SkillDef(
        "device_drivers",
        "Device drivers / Linux kernel",
        (
            r"device\s+drivers?",
            r"kernel\s+(?:drivers?|modules?|development|programming)",
            r"драйвер\w*\s+(?:устройств|ядра|linux|под\s+linux|периферии)\w*",
            r"разработк\w+\s+драйвер\w*",
            r"(?:модул\w+\s+ядра|ядр\w+)(?=\s+(?:linux|линукс))",
            r"(?<=linux\s)kernel",
        ),
        roles=_EMBEDDED,
    ),
    SkillDef("u_boot", "U-Boot", (r"u-?boot",), roles=_EMBEDDED),
    SkillDef(
        "jtag",
        "JTAG/SWD debugging",
        (r"jtag", r"swd", r"j-?link", r"st-?link", r"openocd"),
        roles=_EMBEDDED | _roles("hardware_engineer"),
    ),
    SkillDef("kicad", "KiCad", (r"kicad",), roles=_EMBEDDED | _roles("hardware_engineer")),
    SkillDef(
        "altium",
        "Altium Designer",
        (r"altium(?:\s+designer)?",),
        roles=_EMBEDDED | _roles("hardware_engineer"),
    ),
    SkillDef("orcad", "OrCAD", (r"orcad",), roles=_EMBEDDED | _roles("hardware_engineer")),
    SkillDef(
        "pcb_design",
        "PCB design",
        (
            r"pcb(?:\s+(?:design|layout|routing))?",
            r"(?:печатн\w+\s+плат|трассировк\w*\s+(?:печатн\w+\s+)?плат)\w*",
            r"p-?cad",
            r"diptrace",
            r"cadence\s+allegro",
        ),
        roles=_EMBEDDED | _roles("hardware_engineer"),
    ),
    SkillDef(
        "bluetooth",
        "Bluetooth / BLE",
        (r"ble", r"bluetooth(?:\s+low\s+energy)?", r"блютуз\w*"),
        roles=_EMBEDDED | _MOBILE,
    ),
    SkillDef("zigbee", "Zigbee", (r"zigbee", r"z-?wave"), roles=_EMBEDDED),
    SkillDef("rs485", "RS-232/RS-485", (r"rs[\s-]?(?:232|485|422)",), roles=_EMBEDDED),
    SkillDef(
        "usb",
        "USB (device/host stack)",
        (
            r"usb\s+(?:stack|device|host|otg|cdc|hid|msc|protocol|стек\w*)",
            r"usb[\s-]?(?:otg|cdc|hid)",
            r"usb\s?[23]\.\d",
        ),
        roles=_EMBEDDED,
        listed=(r"USB",),
    ),
    SkillDef(
        "plc",
        "PLC programming",
        (
            r"plc\s+(?:programming|controllers?|logic|ladder)",
            r"плк",
            r"programmable\s+logic\s+controllers?",
            r"программируем\w+\s+логическ\w+\s+контроллер\w*",
            r"ladder\s+(?:logic|diagram)",
            r"simatic(?:\s+s7)?",
            r"s7[\s-]?(?:200|300|400|1200|1500)",
            r"step\s?7",
        ),
        roles=_EMBEDDED,
        listed=(r"PLC",),  # a public limited company
    ),
    SkillDef("tia_portal", "TIA Portal", (r"tia\s?portal",), roles=_EMBEDDED),
    SkillDef("codesys", "CODESYS", (r"codesys",), roles=_EMBEDDED),
    SkillDef(
        "scada",
        "SCADA",
        (r"scada", r"wincc", r"master\s?scada", r"trace\s?mode", r"ignition\s+scada"),
        roles=_EMBEDDED,
    ),
    SkillDef(
        "industrial_automation",
        "Industrial automation",
        (r"асу\s?тп", r"industrial\s+automation", r"промышленн\w+\s+автоматизаци\w*", r"кипиа"),
        roles=_EMBEDDED,
    ),
    SkillDef("labview", "LabVIEW", (r"labview",), roles=_EMBEDDED | _roles("hardware_engineer")),
    SkillDef("simulink", "Simulink", (r"simulink",), roles=_EMBEDDED | _roles("scientist")),
    SkillDef("autocad", "AutoCAD", (r"autocad", r"автокад\w*"), roles=_roles("hardware_engineer")),
    SkillDef("solidworks", "SolidWorks", (r"solid\s?works",), roles=_roles("hardware_engineer")),
    SkillDef(
        "kompas_3d",
        "KOMPAS-3D",
        (r"компас[\s-]?3d", r"kompas[\s-]?3d", r"компас[\s-]график\w*"),
        roles=_roles("hardware_engineer"),
    ),
    SkillDef("perforce", "Perforce (Helix Core)", (r"perforce", r"helix\s+core"), roles=_GAME),
    SkillDef("godot", "Godot", (r"godot(?:\s+engine)?",), roles=_GAME),
    SkillDef(
        "blender",
        "Blender",
        (r"blender\s?3d",),
        exact=(
            r"Blender(?=\s+(?:\d|Cycles|Eevee|Geometry|Python))",
            r"(?<=[а-яё]\s)Blender",
        ),
        roles=_GAME | _DESIGN,
        listed=(r"Blender",),  # the kitchen appliance
    ),
    SkillDef(
        "maya",
        "Autodesk Maya",
        (r"autodesk\s+maya", r"maya\s+(?:lt|20\d\d)"),
        exact=(r"(?<=[а-яё]\s)Maya",),
        roles=_GAME | _DESIGN,
        listed=(r"Maya",),  # a first name
    ),
    SkillDef(
        "3ds_max", "3ds Max", (r"3ds\s?max", r"3d\s?max", r"3дс\s?макс\w*"), roles=_GAME | _DESIGN
    ),
    SkillDef(
        "houdini",
        "Houdini",
        (r"sidefx\s+houdini", r"houdini\s+(?:fx|engine|\d+)"),
        roles=_GAME | _DESIGN,
        listed=(r"Houdini",),  # the escapologist
    ),
    SkillDef("zbrush", "ZBrush", (r"zbrush",), roles=_GAME | _DESIGN),
    SkillDef(
        "substance",
        "Substance 3D Painter / Designer",
        (r"substance\s+(?:3d\s+)?(?:painter|designer|sampler)", r"(?<=adobe\s)substance"),
        roles=_GAME | _DESIGN,
    ),
    SkillDef(
        "cocos2d", "Cocos2d / Cocos Creator", (r"cocos\s?(?:2d(?:-x)?|creator)",), roles=_GAME
    ),
    SkillDef("opengl", "OpenGL", (r"opengl(?:\s?es)?(?:\s?\d(?:\.\d)?)?",), roles=_GAME),
    SkillDef("vulkan", "Vulkan", (r"vulkan(?:\s+api)?",), roles=_GAME),
    SkillDef(
        "directx",
        "DirectX",
        (r"directx(?:\s?\d+)?", r"direct3d(?:\s?\d+)?", r"d3d1[12]"),
        roles=_GAME,
    ),
    SkillDef(
        "metal",
        "Metal (Apple)",
        (r"metal\s+(?:api|shaders?|performance\s+shaders)", r"apple\s+metal", r"metalkit"),
        roles=_GAME | _MOBILE,
        listed=(r"Metal",),
    ),
    SkillDef("winforms", "Windows Forms", (r"win\s?forms", r"windows\s+forms"), roles=_DESKTOP),
    SkillDef("mfc", "MFC", (r"mfc",), roles=_DESKTOP),
    SkillDef(
        "winapi",
        "Win32 API",
        (r"win\s?api", r"win32(?:\s+api)?", r"windows\s+api"),
        roles=_DESKTOP | _roles("game"),
    ),
    SkillDef("gtk", "GTK", (r"gtk(?:\+|\s?\d)?",), roles=_DESKTOP),
    SkillDef("javafx", "JavaFX", (r"javafx",), roles=_DESKTOP),
    SkillDef(
        "swing",
        "Java Swing",
        (r"(?<=java\s)swing", r"swing\s+(?:ui|gui)"),
        roles=_DESKTOP,
        listed=(r"Swing",),  # golf, jazz
    ),
    SkillDef(
        "com_activex",
        "COM / ActiveX",
        (r"activex", r"com\s*/\s*dcom", r"dcom", r"com\+"),
        roles=_DESKTOP,
    ),
    # Testing.
    SkillDef(
        "selenium",
        "Selenium",
        (r"selenium", r"селениум\w*", r"selenide", r"selenoid"),
        roles=_roles("qa"),
    ),
    SkillDef("playwright", "Playwright", (r"playwright",), roles=_roles("qa")),
    SkillDef("appium", "Appium", (r"appium",), roles=_roles("qa")),
    SkillDef("pytest", "pytest", (r"pytest",), roles=_roles("qa", "backend")),
    SkillDef("junit", "JUnit", (r"junit\s?\d?",), roles=_roles("qa")),
    SkillDef("nunit", "NUnit", (r"nunit",), roles=_roles("qa", "desktop", "game")),
    SkillDef("xunit", "xUnit", (r"xunit(?:\.net)?",), roles=_roles("qa", "desktop", "backend")),
    SkillDef("postman", "Postman", (r"postman",), roles=_roles("qa")),
    SkillDef("jmeter", "JMeter", (r"jmeter",), roles=_roles("qa")),
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
    SkillDef("testng", "TestNG", (r"testng",), roles=_QA),
    SkillDef("mockito", "Mockito / MockK", (r"mockito", r"mockk"), roles=_QA | _BACK),
    SkillDef(
        "bdd",
        "BDD (Cucumber, Gherkin)",
        (r"bdd", r"gherkin", r"cucumber\s?jvm", r"specflow", r"serenity\s+bdd"),
        exact=(r"Cucumber(?!\s+(?:[Ss]alad|[Ss]andwich\w*|[Ss]oup))",),  # the vegetable
        roles=_QA,
    ),
    SkillDef("k6", "k6", (r"k6",), roles=_QA),
    SkillDef("gatling", "Gatling", (r"gatling(?!\s+guns?)",), roles=_QA),
    SkillDef("locust", "Locust", (r"locust(?:\.io|file)",), exact=(r"Locust",), roles=_QA),
    SkillDef("loadrunner", "LoadRunner", (r"load\s?runner",), roles=_QA),
    SkillDef(
        "load_testing",
        "Load testing",
        (
            r"(?:load|performance|stress)[\s-]testing",
            r"(?:load|stress)(?=(?:[\s,/]+(?:and\s+|&\s+)?[\w-]+){1,3}?[\s-]testing)",
            r"нагрузочн\w+(?=(?:[\s,/]+(?:и\s+)?[\w-]+){1,3}?[\s-]тестировани)",
            r"нагрузочн\w+(?=\s+тест)",
            r"тестировани\w+\s+производительност\w*",
            r"стресс[\s-]тестировани\w*",
        ),
        roles=_QA,
    ),
    SkillDef(
        "charles",
        "Charles Proxy",
        (r"charles\s+proxy",),
        exact=(
            r"(?<=[а-яё]\s)Charles",
            r"Charles(?=\s*(?:,|/|и|and)\s*Fiddler)",
            r"(?<=Fiddler,\s)Charles",
            r"(?<=Fiddler\sи\s)Charles",
            r"(?<=Fiddler\sand\s)Charles",
        ),
        roles=_QA,
        listed=(r"Charles",),  # a first name
    ),
    SkillDef("fiddler", "Fiddler", (r"fiddler(?:\s+(?:classic|everywhere))?",), roles=_QA),
    SkillDef("soapui", "SoapUI", (r"soap\s?ui", r"readyapi"), roles=_QA),
    SkillDef(
        "zephyr_tm",
        "Zephyr (Jira test management)",
        (r"zephyr\s+(?:scale|squad|enterprise)",),
        roles=_QA,
    ),
    SkillDef("qase", "Qase", (r"qase(?:\.io)?",), roles=_QA),
    SkillDef(
        "testit", "Test IT", (r"testit",), exact=(r"Test\s?IT(?![a-z])",), roles=_QA
    ),  # "test it"
    SkillDef(
        "xray",
        "Xray (Jira)",
        (r"(?<=jira\s)xray", r"xray\s+(?:for\s+jira|test\s+management)"),
        exact=(r"Xray",),  # an X-ray
        roles=_QA,
    ),
    SkillDef(
        "regression_testing",
        "Regression testing",
        (
            r"regression\s+testing",
            r"регрессионн\w+(?=\s+тест)",
            r"регресс\w*\s+тест\w*",
            # one of several kinds named before the noun: "regression and smoke testing"
            r"regression(?=(?:[\s,/]+(?:and\s+|&\s+)?[\w-]+){1,3}?[\s-]testing)",
            r"регрессионн\w+(?=(?:[\s,/]+(?:и\s+)?[\w-]+){1,3}?[\s-]тестировани)",
        ),
        roles=_QA,
    ),
    SkillDef(
        "smoke_testing",
        "Smoke testing",
        (
            r"smoke[\s-]test\w*",
            r"смоук[\s-]?тест\w*",
            r"дымов\w+\s+тест\w*",
            r"sanity[\s-]test\w*",
            r"санити[\s-]?тест\w*",
        ),
        roles=_QA,
    ),
    SkillDef(
        "api_testing",
        "API testing",
        (
            r"api[\s-]testing",
            r"testing\s+(?:of\s+)?(?:rest(?:ful)?\s+)?apis?",
            r"тестировани\w+\s+(?:rest[\s-])?api",
            r"api[\s-]тестировани\w*",
        ),
        roles=_QA,
    ),
    SkillDef(
        "mobile_testing",
        "Mobile testing",
        (
            r"mobile\s+(?:app\s+|application\s+)?testing",
            r"тестировани\w+\s+мобильн\w+(?:\s+приложени\w*)?",
        ),
        roles=_QA,
    ),
    SkillDef(
        "manual_testing",
        "Manual and functional testing",
        (
            r"manual\s+(?:qa|testing)",
            r"ручн\w+(?=\s+тестировани)",
            r"functional\s+testing",
            r"функциональн\w+(?=\s+тестировани)",
            r"functional(?=(?:[\s,/]+(?:and\s+|&\s+)?[\w-]+){1,3}?[\s-]testing)",
            r"функциональн\w+(?=(?:[\s,/]+(?:и\s+)?[\w-]+){1,3}?[\s-]тестировани)",
            r"exploratory\s+testing",
            r"исследовательск\w+(?=\s+тестировани)",
        ),
        roles=_QA,
    ),
    SkillDef(
        "test_design",
        "Test design",
        (
            r"test\s+design",
            r"тест[\s-]?дизайн\w*",
            r"boundary\s+value\s+analysis",
            r"equivalence\s+(?:partitioning|class(?:es)?)",
            r"класс\w*\s+эквивалентност\w*",
            r"граничн\w+\s+значени\w*",
            r"pairwise\s+testing",
            r"pairwise(?=\s*[,;)])",
            r"decision\s+tables?",
            r"таблиц\w+\s+решени\w*",
        ),
        roles=_QA,
    ),
    SkillDef(
        "test_documentation",
        "Test documentation (test cases, test plans)",
        (
            r"test[\s-]cases?",
            r"тест[\s-]?кейс\w*",
            r"test\s+plans?",
            r"тест[\s-]?план\w*",
            r"test\s+documentation",
            r"тестов\w+\s+документаци\w*",
        ),
        roles=_QA,
    ),
    SkillDef(
        "bug_reporting",
        "Bug reporting",
        (
            r"bug[\s-]?(?:tracking|reports?|reporting)",
            r"баг[\s-]?(?:трекинг|репорт)\w*",
            r"(?:заведени|оформлени|локализаци)\w*\s+(?:баг|дефект)\w*",
            r"defect\s+(?:tracking|management|reports?)",
        ),
        roles=_QA,
    ),
    SkillDef("youtrack", "YouTrack", (r"you\s?track",), roles=_QA | _PM),
    SkillDef("redmine", "Redmine", (r"redmine",), roles=_QA | _PM),
    SkillDef("puppeteer", "Puppeteer", (r"puppeteer",), roles=_QA | _WEB),
    SkillDef("webdriverio", "WebdriverIO", (r"webdriver\s?io", r"wdio"), roles=_QA),
    SkillDef("vitest", "Vitest", (r"vitest",), roles=_QA | _WEB),
    SkillDef(
        "mocha", "Mocha", (r"mocha\.?js", r"mocha\s*/\s*chai"), roles=_QA | _WEB, listed=(r"Mocha",)
    ),
    SkillDef(
        "testing_library",
        "Testing Library",
        (r"testing[\s-]library",),
        roles=_QA | _WEB,
    ),
    SkillDef("rest_assured", "REST Assured", (r"rest[\s-]?assured",), roles=_QA),
    SkillDef("testcontainers", "Testcontainers", (r"testcontainers",), roles=_QA | _BACK),
    SkillDef(
        "devtools",
        "Browser DevTools",
        (r"(?:chrome|browser|firefox)\s+dev\s?tools", r"devtools", r"панел\w+\s+разработчик\w*"),
        roles=_QA | _WEB,
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
    SkillDef("indesign", "Adobe InDesign", (r"indesign",), exact=(r"InDesign",), roles=_DESIGN),
    SkillDef("coreldraw", "CorelDRAW", (r"corel\s?draw", r"корел\w*"), roles=_DESIGN),
    SkillDef(
        "premiere_pro",
        "Adobe Premiere Pro",
        (r"premiere\s+pro", r"adobe\s+premiere", r"премьер\s+про"),
        roles=_DESIGN,
        listed=(r"Premiere",),  # a film premiere
    ),
    SkillDef(
        "final_cut",
        "Final Cut Pro",
        (r"final\s+cut\s+pro(?:\s+x)?", r"fcpx"),
        exact=(r"Final\s+Cut",),
        roles=_DESIGN,
    ),
    SkillDef(
        "davinci_resolve",
        "DaVinci Resolve",
        (r"davinci(?:\s+resolve)?", r"da\s+vinci\s+resolve"),
        roles=_DESIGN,
    ),
    SkillDef("cinema4d", "Cinema 4D", (r"cinema\s?4d", r"c4d"), roles=_DESIGN),
    SkillDef("lightroom", "Adobe Lightroom", (r"lightroom",), roles=_DESIGN),
    SkillDef("canva", "Canva", (r"canva",), roles=_DESIGN | _SALES),
    SkillDef(
        "principle_app",
        "Principle",
        (r"principle\s+(?:app|for\s+mac)",),
        roles=_DESIGN,
        listed=(r"Principle",),
    ),
    SkillDef("protopie", "ProtoPie", (r"protopie",), roles=_DESIGN),
    SkillDef(
        "framer",
        "Framer",
        (r"framer\s+(?:motion|sites?)",),
        exact=(r"Framer(?!\s+of)",),  # the framers of a constitution
        roles=_DESIGN | _WEB,
    ),
    SkillDef("zeplin", "Zeplin", (r"zeplin",), roles=_DESIGN),
    SkillDef("axure", "Axure RP", (r"axure(?:\s+rp)?",), roles=_DESIGN | _PRODUCT),
    SkillDef("balsamiq", "Balsamiq", (r"balsamiq",), roles=_DESIGN | _PRODUCT),
    SkillDef(
        "ux_ui",
        "UX/UI design",
        (
            r"ui\s?/\s?ux(?:\s+design)?",
            r"ux\s?/\s?ui(?:\s+design)?",
            r"u[xi][\s-]design",
            r"u[xi][\s-]дизайн\w*",
            r"(?:ux|ui)\s?/\s?(?:ux|ui)[\s-]дизайн\w*",
            r"проектировани\w+\s+(?:пользовательск\w+\s+)?интерфейс\w*",
            r"interaction\s+design",
        ),
        roles=_DESIGN,
    ),
    SkillDef(
        "ux_research",
        "UX research",
        (
            r"ux[\s-]research\w*",
            r"ux[\s-]исследовани\w*",
            r"user\s+research",
            r"user\s+interviews?",
            r"пользовательск\w+\s+исследовани\w*",
            r"исследовани\w+\s+пользовател\w*",
            r"(?:глубинн|проблемн)\w+\s+интервью",
            r"интервью\w*\s+с\s+пользовател\w*",
        ),
        roles=_DESIGN | _roles("product_manager"),
    ),
    SkillDef(
        "information_architecture",
        "Information architecture",
        (r"information\s+architecture", r"информационн\w+\s+архитектур\w*"),
        roles=_DESIGN,
    ),
    SkillDef("typography", "Typography", (r"typography", r"типографик\w*"), roles=_DESIGN),
    SkillDef(
        "motion_design",
        "Motion design",
        (r"motion[\s-]design\w*", r"motion\s+graphics", r"моушн?[\s-]?дизайн\w*", r"моушен\w*"),
        roles=_DESIGN,
    ),
    SkillDef("ui_kit", "UI kit", (r"ui[\s-]kits?", r"ui[\s-]кит\w*"), roles=_DESIGN),
    SkillDef(
        "accessibility",
        "Accessibility (WCAG)",
        (
            r"wcag(?:\s?2(?:\.[0-2])?)?",
            r"a11y",
            r"(?:web|digital)\s+accessibility",
            r"accessibility\s+(?:testing|audits?|standards|guidelines|compliance)",
            r"(?:веб|цифров)\w*[\s-]доступност\w*",
        ),
        roles=_DESIGN | _WEB,
        listed=(r"Accessibility",),
    ),
    SkillDef(
        "branding",
        "Branding / visual identity",
        (
            r"branding",
            r"брендинг\w*",
            r"(?:brand|visual)\s+identity",
            r"фирменн\w+\s+стил\w*",
            r"айдентик\w*",
        ),
        roles=_DESIGN | _SALES,
    ),
    SkillDef(
        "pmbok",
        "PMBOK / PMP",
        (r"pmbok", r"pmp", r"project\s+management\s+professional"),
        roles=_roles("project_manager"),
    ),
    SkillDef(
        "project_management",
        "Project management",
        (
            r"project\s+management",
            r"управлени\w+\s+(?:it[\s-])?проект\w*",
            r"проектн\w+\s+управлени\w*",
            r"проектн\w+\s+менеджмент\w*",
        ),
        roles=_roles("project_manager"),
    ),
    SkillDef("prince2", "PRINCE2", (r"prince\s?2",), roles=_roles("project_manager")),
    SkillDef(
        "safe",
        "SAFe",
        (r"scaled\s+agile(?:\s+framework)?",),
        exact=(r"SAFe", r"LeSS"),
        roles=_PM,
    ),
    SkillDef(
        "itil",
        "ITIL",
        (r"itil(?:\s?v?[34])?", r"itsm"),
        roles=_roles("sysadmin", "project_manager"),
    ),
    SkillDef("okr", "OKR", (r"okrs?",), roles=_PM),
    SkillDef(
        "kpi_design",
        "KPI design",
        (
            r"(?:разработк|внедрени|постановк|построени|формировани|настройк)\w*\s+(?:систем\w+\s+)?kpi",
            r"kpi\s+(?:design|framework|system|tree|setting|development)",
            r"kpi[\s-](?:систем|дерев)\w*",
            r"(?:design|defin|set)\w*\s+kpis?",
        ),
        listed=(r"KPIs?",),  # "met 120 % of the KPI" is a result, not a skill
    ),
    SkillDef(
        "unit_economics",
        "Unit economics",
        (r"unit[\s-]economics", r"(?:юнит|unit)[\s-]экономик\w*"),
        roles=_PRODUCT,
    ),
    SkillDef(
        "product_metrics",
        "Product metrics (LTV, CAC, retention)",
        (
            r"product\s+metrics",
            r"продуктов\w+\s+метрик\w*",
            r"ltv",
            r"cac",
            r"arpp?u",
            r"dau\s?/\s?mau",
            r"mau\s?/\s?dau",
            r"churn\s+rate",
            r"retention\s+rate",
        ),
        roles=_PRODUCT | _SALES,
    ),
    SkillDef(
        "cjm",
        "Customer journey mapping (CJM)",
        (
            r"cjm",
            r"customer\s+journey(?:\s+map(?:s|ping)?)?",
            r"карт\w+\s+пути\s+(?:клиента|пользователя|покупателя)",
        ),
        roles=_PRODUCT | _DESIGN | _SALES,
    ),
    SkillDef(
        "jtbd",
        "Jobs to be done (JTBD)",
        (r"jtbd", r"jobs?[\s-]to[\s-]be[\s-]done"),
        roles=_PRODUCT | _DESIGN,
    ),
    SkillDef(
        "prioritization",
        "Prioritisation frameworks (RICE, ICE, MoSCoW)",
        (
            r"(?:rice|ice)\s+(?:scoring|framework|prioriti[sz]ation|model)",
            r"kano\s+model",
            r"модел\w+\s+кано",
            r"moscow\s+(?:method|prioriti[sz]ation)",
        ),
        exact=(r"RICE", r"MoSCoW"),  # Rice University is "Rice"; Moscow is "Moscow"
        roles=_PRODUCT,
        listed=(r"ICE",),  # the immigration agency, trains
    ),
    SkillDef(
        "lean",
        "Lean",
        (
            r"lean\s+(?:startup|manufacturing|production|management|methodolog\w*|principles"
            r"|canvas|thinking|practices|tools)",
            r"lean(?=\s+six\s+sigma)",  # Six Sigma is matched on its own
            r"бережлив\w+\s+(?:производств|технологи|управлени)\w*",
            r"лин[\s-](?:менеджмент|технологи|производств)\w*",
            r"кайдзен\w*",
            r"kaizen",
        ),
        listed=(r"Lean",),
    ),
    SkillDef(
        "six_sigma",
        "Six Sigma",
        (r"six\s+sigma", r"6\s?sigma", r"шесть\s+сигм", r"dmaic"),
        roles=_roles("project_manager"),
    ),
    SkillDef("idef0", "IDEF0", (r"idef\s?[03]",), roles=_roles("analyst")),
    SkillDef(
        "aris_epc",
        "ARIS / EPC",
        (
            r"aris\s+(?:architect|express|toolset|business)",
            r"eepc",
            r"e?epc[\s-](?:diagrams?|notation|model\w*|диаграмм\w*)",
            r"нотаци\w+\s+e?epc",
        ),
        exact=(r"ARIS",),  # a first name
        roles=_roles("analyst"),
    ),
    SkillDef(
        "erd",
        "ER diagrams",
        (
            r"erd",
            r"er[\s-]diagrams?",
            r"er[\s-]диаграмм\w*",
            r"entity[\s-]relationship(?:\s+diagrams?)?",
        ),
        roles=_roles("analyst", "dba"),
    ),
    SkillDef(
        "c4_model",
        "C4 model",
        (r"c4[\s-]model", r"c4[\s-]диаграмм\w*", r"модел\w+\s+c4", r"c4\s+(?:diagrams?|notation)"),
        roles=_roles("analyst"),
    ),
    SkillDef(
        "business_process_modeling",
        "Business process modelling",
        (
            r"business\s+process(?:es)?\s+(?:modell?ing|mapping|reengineering|improvement|management|analysis|optimi[sz]ation)",
            r"(?:моделировани|описани|оптимизаци|анализ|реинжиниринг|автоматизаци|формализаци)\w*"
            r"\s+бизнес[\s-]процесс\w*",
            r"bpm[\s-]систем\w*",
        ),
        roles=_roles("analyst"),
    ),
    SkillDef(
        "stakeholder_management",
        "Stakeholder management",
        (
            r"stakeholder\s+(?:management|engagement|communication)",
            r"(?:управлени|работ)\w*\s+(?:ожидани\w+\s+)?(?:со?\s+)?стейкхолдер\w*",
            r"управлени\w+\s+заинтересованн\w+\s+сторон\w*",
        ),
        roles=_PM | _roles("analyst"),
    ),
    SkillDef("notion", "Notion", (r"notion\.so",), exact=(r"Notion(?!\s+(?:of|that))",), roles=_PM),
    SkillDef("asana", "Asana", (), exact=(r"Asana",), roles=_PM),  # a yoga pose
    SkillDef(
        "monday",
        "monday.com",
        (r"monday\.com", r"monday\s+(?:crm|work\s+management)"),
        roles=_PM,
        listed=(r"Monday",),  # the day
    ),
    SkillDef("clickup", "ClickUp", (r"clickup",), roles=_PM),
    SkillDef("smartsheet", "Smartsheet", (r"smartsheet",), roles=_PM),
    SkillDef("wrike", "Wrike", (r"wrike",), roles=_PM),
    SkillDef(
        "yandex_tracker",
        "Yandex Tracker",
        (r"yandex[\s.]?tracker", r"яндекс[\s.]?трекер\w*"),
        roles=_PM,
    ),
    SkillDef("kaiten", "Kaiten", (r"kaiten", r"кайтен\w*"), roles=_PM),
    SkillDef(
        "power_automate",
        "Power Automate",
        (r"power\s+automate", r"microsoft\s+flow"),
        roles=_roles("analyst"),
    ),
    SkillDef(
        "rpa",
        "RPA (UiPath)",
        (r"rpa", r"ui\s?path", r"automation\s+anywhere", r"blue\s?prism", r"pix\s+rpa"),
        roles=_roles("analyst", "backend"),
    ),
    SkillDef(
        "erp",
        "ERP systems",
        (
            r"erp(?:[\s-]систем\w*|\s+systems?)?",
            r"(?:microsoft\s+|ms\s+)?dynamics\s+(?:ax|nav|365(?!\s+crm)(?:\s+(?:finance|business\s+central))?)",
            r"navision",
            r"netsuite",
        ),
    ),
    SkillDef(
        "sap",
        "SAP",
        (r"s/?4\s?hana", r"sap\s+(?:erp|r/3|ecc|hana|abap|basis)"),
        exact=(r"SAP(?!\s+(?:[Aa]rena|[Cc]enter))",),  # "tree sap"
    ),
    SkillDef(
        "sap_fico",
        "SAP FI/CO",
        (r"(?<=sap\s)fi(?:\s?/\s?co|[\s-]co)?", r"(?<=sap\s)co(?=\s*[,;/)]|$)"),
        roles=_ACC,
    ),
    SkillDef("sap_mm", "SAP MM", (r"(?<=sap\s)mm",), roles=_roles("analyst")),
    SkillDef("sap_sd", "SAP SD", (r"(?<=sap\s)sd",), roles=_roles("analyst")),
    SkillDef(
        "sap_hcm",
        "SAP HCM / SuccessFactors",
        (r"(?<=sap\s)(?:hcm|hr)", r"success\s?factors"),
        roles=_HR,
    ),
    SkillDef(
        "sap_bw",
        "SAP BW",
        (r"(?<=sap\s)(?:bw|bi)(?:/4\s?hana)?",),
        roles=_roles("analyst", "data_engineer"),
    ),
    SkillDef(
        "oracle_ebs",
        "Oracle E-Business Suite / Financials",
        (
            r"oracle\s+(?:ebs|e-business\s+suite|financials|fusion(?:\s+(?:erp|financials))?|cloud\s+erp)",
            r"oracle\s+hyperion",
            r"hyperion",
        ),
        roles=_ACC,
    ),
    SkillDef(
        "team_management",
        "Team management",
        (
            r"(?:team|people)\s+(?:management|leadership)",
            r"управлени\w+\s+(?:командой|командами|коллективом|отделом)",
            r"руководств\w+\s+(?:командой|командами|коллективом|отделом)",
        ),
        roles=_roles("engineering_manager", "project_manager"),
    ),
    SkillDef(
        "mentoring",
        "Mentoring",
        (r"mentor(?:ing|ship)", r"менторств\w*", r"менторинг\w*", r"наставничеств\w*"),
    ),
    SkillDef(
        "change_management",
        "Change management",
        (r"change\s+management", r"управлени\w+\s+изменени\w*"),
    ),
    SkillDef(
        "strategic_planning",
        "Strategic planning",
        (r"strategic\s+planning", r"стратегическ\w+\s+(?:планировани|управлени)\w*"),
    ),
    SkillDef(
        "technical_writing",
        "Technical writing",
        (
            r"technical\s+(?:writing|documentation)",
            r"техническ\w+\s+документаци\w*",
            r"техническ\w+\s+писател\w*",
        ),
        roles=_roles("analyst"),
    ),
    SkillDef(
        "go_to_market",
        "Go-to-market",
        (r"go[\s-]to[\s-]market", r"gtm[\s-](?:strateg\w*|стратег\w*|plans?|launch\w*)"),
        roles=_roles("product_manager", "marketing_sales"),
    ),
    SkillDef(
        "pricing",
        "Pricing",
        (
            r"pricing\s+(?:strateg\w*|models?|analysis|policy|policies)",
            r"ценообразовани\w*",
            r"ценов\w+\s+(?:политик|стратеги)\w*",
        ),
        roles=_roles("product_manager", "marketing_sales"),
        listed=(r"Pricing",),
    ),
    SkillDef(
        "market_research",
        "Market research",
        (
            r"market\s+(?:research|analysis|sizing)",
            r"маркетингов\w+\s+исследовани\w*",
            r"анализ\w*\s+рынк\w*",
            r"исследовани\w+\s+рынк\w*",
            r"tam\s*/\s*sam\s*/\s*som",
        ),
        roles=_PRODUCT | _SALES,
    ),
    SkillDef(
        "competitor_analysis",
        "Competitor analysis",
        (
            r"compet(?:itor|itive)\s+(?:analysis|research|intelligence)",
            r"конкурентн\w+\s+анализ\w*",
            r"анализ\w*\s+конкурент\w*",
            r"(?<=рынка\sи\s)конкурент\w*",
        ),
        roles=_PRODUCT | _SALES,
    ),
    SkillDef(
        "forecasting",
        "Forecasting",
        (
            r"(?:demand|sales|revenue|financial|cash[\s-]flow|budget)\s+forecast\w*",
            r"прогнозировани\w+\s+(?:спрос\w*|продаж\w*|выручк\w*|денежн\w+\s+поток\w*|продаж)",
        ),
        roles=_roles("analyst"),
        listed=(r"Forecasting",),
    ),
    SkillDef(
        "p_and_l",
        "P&L management",
        (
            r"p\s?&\s?l",
            r"pnl",
            r"profit\s+(?:and|&)\s+loss",
            r"опиу",
            r"отч[её]т\w*\s+о\s+(?:прибыл\w*|финансов\w+\s+результат)\w*",
        ),
    ),
    # Business roles.
    SkillDef(
        "crm",
        "CRM",
        (
            r"crm(?![\s-]+(?:маркетинг|marketing))",
            r"amo\s?crm",
            r"salesforce",
            r"bitrix\s?24",
            r"битрикс\s?24",
            r"pipedrive",
            r"zoho(?:\s+crm)?",
            r"retail\s?crm",
            r"(?:microsoft\s+|ms\s+)?dynamics\s+(?:365\s+)?crm",
            r"creatio",
        ),
        roles=_roles("marketing_sales"),
    ),
    SkillDef("hubspot", "HubSpot", (r"hubspot", r"хабспот\w*"), roles=_SALES),
    SkillDef(
        "web_analytics",
        "Web analytics",
        (
            r"google\s+analytics(?:\s?4)?",
            r"ga4",
            r"universal\s+analytics",
            r"яндекс\.?\s?метрик\w*",
            r"yandex\.?\s?metri[ck]a",
        ),
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
        (
            r"recruiting",
            r"рекрутинг\w*",
            r"подбор\w*\s+персонала",
            r"(?:head|talent)[\s-]?hunting",
            r"х[еэ]дхантинг\w*",
            r"хантинг\w*",
        ),
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
    # Marketing.
    SkillDef(
        "smm",
        "SMM",
        (
            r"smm",
            r"social\s+media\s+marketing",
            r"(?:продвижени|маркетинг)\w*\s+в\s+социальн\w+\s+сет\w*",
        ),
        roles=_SALES,
    ),
    SkillDef(
        "ppc",
        "Paid search (PPC)",
        (
            r"ppc",
            r"pay[\s-]per[\s-]click",
            r"paid\s+search",
            r"контекстн\w+(?=(?:\s*(?:,|и)\s*\w+)?\s+реклам)",
        ),
        roles=_SALES,
    ),
    SkillDef(
        "targeted_ads",
        "Targeted social ads",
        (
            r"таргетированн\w+\s+реклам\w*",
            r"таргет\w*\s+реклам\w*",
            r"таргетинг\w*",
            r"targeted\s+(?:advertising|ads)",
            r"paid\s+social",
        ),
        roles=_SALES,
    ),
    SkillDef(
        "vk_ads",
        "VK Ads (myTarget)",
        (r"vk\s+(?:ads|реклам\w*)", r"вк\s+реклам\w*", r"my\s?target", r"май\s?таргет\w*"),
        roles=_SALES,
    ),
    SkillDef("telegram_ads", "Telegram Ads", (r"telegram\s+ads",), roles=_SALES),
    SkillDef(
        "tag_manager",
        "Google Tag Manager",
        (r"google\s+tag\s+manager",),
        roles=_SALES | _roles("analyst"),
        listed=(r"GTM",),  # also go-to-market
    ),
    SkillDef(
        "content_marketing",
        "Content marketing",
        (r"content[\s-]marketing", r"контент[\s-]маркетинг\w*"),
        roles=_SALES,
    ),
    SkillDef(
        "copywriting",
        "Copywriting",
        (r"copywriting", r"копирайтинг\w*", r"ux[\s-]writing", r"ux[\s-]райтинг\w*"),
        roles=_SALES | _DESIGN,
    ),
    SkillDef(
        "crm_marketing",
        "CRM marketing",
        (r"crm[\s-]+(?:маркетинг\w*|marketing)",),
        roles=_SALES,
    ),
    SkillDef(
        "marketing_analytics",
        "Marketing analytics",
        (
            r"marketing\s+analytics",
            r"маркетингов\w+\s+аналитик\w*",
            r"сквозн\w+\s+аналитик\w*",
            r"end[\s-]to[\s-]end\s+analytics",
            r"(?:multi[\s-]touch\s+)?attribution\s+model\w*",
        ),
        roles=_SALES | _roles("analyst"),
    ),
    SkillDef("roistat", "Roistat", (r"roistat", r"ройстат\w*"), roles=_SALES),
    SkillDef(
        "call_tracking",
        "Call tracking (Calltouch, CoMagic)",
        (r"calltouch", r"коллтач\w*", r"comagic", r"call[\s-]?tracking", r"колл[\s-]?трекинг\w*"),
        roles=_SALES,
    ),
    SkillDef("mailchimp", "Mailchimp", (r"mailchimp",), roles=_SALES),
    SkillDef("unisender", "UniSender", (r"unisender", r"юнисендер\w*"), roles=_SALES),
    SkillDef("sendpulse", "SendPulse", (r"sendpulse",), roles=_SALES),
    SkillDef(
        "lead_generation",
        "Lead generation",
        (r"lead[\s-]?gen(?:eration)?", r"лидогенераци\w*", r"лидген\w*", r"генераци\w+\s+лид\w*"),
        roles=_SALES,
    ),
    SkillDef(
        "abm",
        "Account-based marketing",
        (r"account[\s-]based\s+marketing", r"abm"),
        roles=_SALES,
    ),
    # Sales.
    SkillDef(
        "negotiations",
        "Negotiations",
        (
            r"(?:ведени|проведени)\w*\s+(?:деловых\s+)?переговор\w*",
            r"деловы\w+\s+переговор\w*",
            r"переговор\w*\s+с\s+(?:клиент|поставщик|контрагент|заказчик|лпр|партн[её]р|дистрибьютор)\w*",
            r"(?:business|contract|commercial|price|supplier|vendor)\s+negotiations?",
            r"negotiation\s+skills",
            r"negotiating\s+(?:contracts|deals|terms)",
        ),
        roles=_SALES,
    ),
    SkillDef(
        "kam",
        "Key account management",
        (
            r"key\s+account\s+management",
            r"key\s+accounts?",
            r"kam",
            r"(?:управлени|работ|ведени)\w*\s+(?:с\s+)?ключев\w+\s+(?:клиент|аккаунт)\w*",
        ),
        roles=_SALES,
    ),
    SkillDef(
        "spin_selling",
        "SPIN selling",
        (r"spin[\s-]?(?:selling|продаж\w*|техник\w*|методик\w*)",),
        exact=(r"SPIN",),
        roles=_SALES,
    ),
    SkillDef(
        "active_sales",
        "Active sales",
        (r"активн\w+\s+продаж\w*", r"active\s+(?:sales|selling)"),
        roles=_SALES,
    ),
    SkillDef(
        "upselling",
        "Upselling / cross-selling",
        (r"(?:up|cross)[\s-]?sell\w*", r"допродаж\w*", r"кросс[\s-]?продаж\w*", r"апсейл\w*"),
        roles=_SALES,
    ),
    SkillDef(
        "objection_handling",
        "Objection handling",
        (
            r"objection\s+handling",
            r"handling\s+objections",
            r"работ\w*\s+с\s+возражени\w*",
            r"отработк\w*\s+возражени\w*",
        ),
        roles=_SALES,
    ),
    SkillDef(
        "sales_techniques",
        "Sales techniques",
        (r"техник\w*\s+(?:активных\s+)?продаж\w*", r"sales\s+(?:techniques|methodolog\w*)"),
        roles=_SALES,
    ),
    # HR.
    SkillDef("hris", "HRIS", (r"hris", r"hrms", r"hcm\s+systems?"), roles=_HR),
    SkillDef(
        "workday",
        "Workday",
        (r"workday\s+(?:hcm|recruiting|financials|reporting)",),
        exact=(r"Workday",),  # "a workday"
        roles=_HR,
    ),
    SkillDef("bamboohr", "BambooHR", (r"bamboo\s?hr",), roles=_HR),
    SkillDef("e_staff", "E-Staff", (r"e-staff", r"estaff"), roles=_HR),
    SkillDef("talantix", "Talantix", (r"talantix", r"талантикс\w*"), roles=_HR),
    SkillDef(
        "potok", "Potok", (r"potok\.io",), exact=(r"Potok",), roles=_HR
    ),  # «поток» is written in Cyrillic
    SkillDef(
        "assessment_center",
        "Assessment centre",
        (
            r"assessment[\s-]cent(?:er|re)s?",
            r"ассессмент[\s-]?центр\w*",
            r"ассессмент\w*",
            r"центр\w*\s+оценки",
        ),
        roles=_HR,
    ),
    SkillDef(
        "compensation_benefits",
        "Compensation & benefits",
        (
            r"c\s?&\s?b",
            r"compensation\s+(?:and|&)\s+benefits",
            r"компенсаци\w+\s+и\s+льгот\w*",
            r"грейдировани\w*",
            r"систем\w+\s+(?:оплаты\s+труда|мотиваци\w+\s+персонал\w*)",
        ),
        roles=_HR,
    ),
    SkillDef(
        "hr_records",
        "HR administration",
        (
            r"кадров\w+\s+(?:делопроизводств|администрировани|учет|учёт|документооборот)\w*",
            r"hr\s+(?:records|administration)",
            r"personnel\s+records",
        ),
        roles=_HR,
    ),
    SkillDef(
        "labour_law",
        "Labour law",
        (
            r"трудов\w+\s+(?:право|права|праве|законодательств|кодекс)\w*",
            r"тк\s+рф",
            r"labou?r\s+(?:law|legislation|code)",
            r"employment\s+law",
        ),
        roles=_HR,
    ),
    SkillDef(
        "payroll",
        "Payroll",
        (
            r"payroll",
            r"(?:расч[её]т|начислени)\w*\s+(?:заработн\w+\s+платы|зарплат\w*|зп)",
        ),
        roles=_HR | _ACC,
    ),
    SkillDef(
        "performance_management",
        "Performance management",
        (
            r"performance\s+(?:management|reviews?|appraisals?)",
            r"оценк\w+\s+(?:эффективности\s+)?персонал\w*",
            r"performance\s+review",
            r"perf\s?review",
            r"перф[\s-]?ревью",
        ),
        roles=_HR,
    ),
    SkillDef(
        "learning_development",
        "Learning & development",
        (
            r"learning\s+(?:and|&)\s+development",
            r"l\s?&\s?d",
            r"training\s+(?:and|&)\s+development",
            r"обучени\w+\s+и\s+развити\w+\s+персонал\w*",
            r"t\s?&\s?d",
        ),
        roles=_HR,
    ),
    SkillDef(
        "hr_analytics",
        "HR analytics",
        (r"hr[\s-]analytics", r"people\s+analytics", r"hr[\s-]аналитик\w*"),
        roles=_HR,
    ),
    # Finance and accounting.
    SkillDef("us_gaap", "US GAAP", (r"(?:us\s?)?gaap",), roles=_ACC),
    SkillDef(
        "management_accounting",
        "Management accounting",
        (
            r"management\s+(?:accounting|reporting)",
            r"управленческ\w+\s+(?:уч[её]т|отч[её]тност)\w*",
            r"управленческ\w+(?=\s*(?:,|и)\s*\w+\s+(?:уч[её]т|отч[её]тност))",
        ),
        roles=_ACC,
    ),
    SkillDef(
        "tax_accounting",
        "Tax accounting",
        (
            r"tax\s+(?:accounting|reporting|compliance|planning|returns?)",
            r"налогов\w+\s+(?:уч[её]т|отч[её]тност|планировани|декларац)\w*",
            r"налогов\w+(?=\s*(?:,|и)\s*\w+\s+(?:уч[её]т|отч[её]тност))",
        ),
        roles=_ACC,
    ),
    SkillDef(
        "vat",
        "VAT",
        (r"ндс", r"value[\s-]added\s+tax", r"vat\s+(?:returns?|reporting|compliance|accounting)"),
        exact=(r"VAT",),  # a vat
        roles=_ACC,
    ),
    SkillDef(
        "consolidation",
        "Financial consolidation",
        (
            r"consolidat\w+\s+(?:of\s+)?(?:financial\s+)?(?:statements|reporting|accounts)",
            r"financial\s+consolidation",
            r"консолидаци\w+\s+(?:финансов\w+\s+)?отч[её]тност\w*",
            r"консолидированн\w+\s+(?:финансов\w+\s+)?отч[её]тност\w*",
        ),
        roles=_ACC,
    ),
    SkillDef(
        "audit",
        "Financial audit",
        (
            r"(?:financial|external|internal|statutory)\s+audit\w*",
            r"(?:внешн|внутренн|финансов|обязательн|налогов)\w+\s+аудит\w*",
            r"аудит\w*\s+(?:финансов\w+\s+|бухгалтерск\w+\s+)?отч[её]тност\w*",
        ),
        roles=_ACC,
    ),
    SkillDef(
        "treasury",
        "Treasury and cash management",
        (
            r"treasury\s+(?:management|operations)",
            r"cash\s+(?:management|flow\s+management)",
            r"казначейск\w+\s+(?:операци|функци|уч[её]т)\w*",
            r"корпоративн\w+\s+казначейств\w*",
            r"платежн\w+\s+календар\w*",
            r"управлени\w+\s+денежн\w+\s+поток\w*",
        ),
        roles=_ACC,
        listed=(r"Treasury",),  # the US Treasury; «Федеральное казначейство» is an employer
    ),
    SkillDef(
        "financial_analysis",
        "Financial analysis",
        (
            r"financial\s+(?:analysis|statement\s+analysis)",
            r"финансов\w+\s+анализ\w*",
            r"анализ\w*\s+финансов\w+\s+(?:отч[её]тност|показател|деятельност|состояни|результат)\w*",
        ),
        roles=_roles("analyst"),
    ),
    SkillDef(
        "financial_reporting",
        "Financial reporting",
        (
            r"financial\s+(?:reporting|statements)",
            r"финансов\w+\s+отч[её]тност\w*",
            r"бухгалтерск\w+\s+(?:отч[её]тност|баланс)\w*",
        ),
        roles=_ACC,
    ),
    SkillDef(
        "ap_ar",
        "Accounts payable / receivable",
        (
            r"accounts\s+(?:payable|receivable)",
            r"(?:дебиторск|кредиторск)\w+\s+задолженност\w*",
        ),
        roles=_ACC,
    ),
    SkillDef(
        "period_close",
        "Month-end close",
        (
            r"(?:month|year|period)[\s-]end\s+clos\w+",
            r"закрыти\w+\s+(?:месяц|период|года|квартал)\w*",
        ),
        roles=_ACC,
    ),
    SkillDef(
        "primary_documents",
        "Primary accounting documents",
        (r"первичн\w+\s+(?:бухгалтерск\w+\s+)?документ\w*", r"первичк\w*"),
        roles=_ACC,
    ),
    SkillDef(
        "cost_accounting",
        "Cost accounting",
        (
            r"cost\s+accounting",
            r"калькуляци\w+\s+себестоимост\w*",
            r"уч[её]т\w*\s+(?:затрат|себестоимост)\w*",
        ),
        roles=_ACC,
    ),
    SkillDef(
        "edo",
        "Electronic document exchange (EDO)",
        (
            r"эдо",
            r"электронн\w+\s+документооборот\w*",
            r"диадок\w*",
            r"diadoc",
            r"сбис\s?(?:эдо|\+|онлайн)",
            r"sbis",
            r"контур[\s.]?(?:экстерн|диадок|эльба)\w*",
            r"kontur[\s.]?(?:extern|diadoc)",
        ),
        roles=_ACC,
        # also a very-large-scale integrated circuit, listed next to ПЛИС
        listed=(r"(?<!ПЛИС,\s)(?<!ПЛИС/)(?<!ПЛИС\s/\s)СБИС(?![\s,/]+ПЛИС)",),
    ),
    SkillDef(
        "bank_client",
        "Client-bank systems",
        (r"банк[\s-]клиент\w*", r"клиент[\s-]банк\w*"),
        roles=_ACC,
    ),
    SkillDef(
        "legal_reference",
        "Legal reference systems (КонсультантПлюс, Гарант)",
        (r"консультант\s?(?:плюс|\+)", r"consultant\s?plus"),
        roles=_ACC,
        listed=(r"Гарант",),  # a guarantor
    ),
)

BY_ID = {skill.id: skill for skill in SKILLS}


def _first_chars(fragment: str) -> frozenset[str] | None:
    """The characters a match of the fragment may start with; None when any, or not known."""
    if _sre_parser is None:
        return None
    chars: set[str] = set()
    return (
        frozenset(chars) if _add_first(list(_sre_parser.parse(fragment)), chars) is False else None
    )


def _add_first(items: list[Any], chars: set[str]) -> bool | None:
    """Add what the parsed `items` may start with to `chars`.

    False when done, True when the items may match nothing (so what follows them counts too), None
    when a match may start with any character (a category such as \\w, or an unknown construct).
    """
    sre = _sre_constants
    for op, av in items:
        if op == sre.LITERAL:
            chars.add(chr(av))
            return False
        if op == sre.IN:
            for kind, value in av:
                if kind == sre.LITERAL:
                    chars.add(chr(value))
                elif kind == sre.RANGE and value[1] - value[0] < 64:
                    chars.update(map(chr, range(value[0], value[1] + 1)))
                else:
                    return None
            return False
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            continue  # zero width: the next item starts the match
        if op == sre.SUBPATTERN:
            branches = [list(av[-1])]
        elif op == sre.BRANCH:
            branches = [list(branch) for branch in av[1]]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            branches = [list(av[2])] if av[0] else [list(av[2]), []]
        else:
            return None
        may_be_empty = False
        for branch in branches:
            result = _add_first(branch, chars) if branch else True
            if result is None:
                return None
            may_be_empty = may_be_empty or result
        if not may_be_empty:
            return False
    return True


def _compile(attribute: str, flags: int) -> re.Pattern[str]:
    # Each alternative ends with a group named after its skill and alias: "s12_3" is skill 12's
    # fourth alias (see _skill_of). The group closes the alternative instead of wrapping it: an
    # alternative that starts with a letter is then skipped at the first mismatch, ten times faster.
    # Longest first, so "react native" wins over "react" at the same position.
    alternatives = [
        (alias, f"s{index}_{number}", _first_chars(alias))
        for index, skill in enumerate(SKILLS)
        for number, alias in enumerate(sorted(getattr(skill, attribute), key=len, reverse=True))
    ]
    # Trying a thousand alternatives at every word is most of the work: group them by the
    # character they start with, behind a one-character lookahead. An alternative that may start
    # with several characters joins several groups, one that may start with any joins them all;
    # each group keeps the order of the whole list, so the alternative that wins at a position is
    # the one that would win without the groups. A name may appear once in a pattern: each group
    # suffixes its copies with its number. (Characters are compared as they are: the text is
    # lower-cased for the aliases, never matched with IGNORECASE.)
    keys = sorted({char for _, _, chars in alternatives if chars for char in chars})
    branches = [
        f"(?={re.escape(key)})(?:"
        + "|".join(
            f"{alias}(?P<{name}_{number}>)"
            for alias, name, chars in alternatives
            if chars is None or key in chars
        )
        + ")"
        for number, key in enumerate(keys)
    ]
    anywhere = [f"{alias}(?P<{name}>)" for alias, name, chars in alternatives if chars is None]
    if anywhere:
        others = "".join(map(re.escape, keys))
        branches.append((f"(?![{others}])" if others else "") + f"(?:{'|'.join(anywhere)})")
    # The lookahead skips spaces and punctuation before trying the groups.
    return re.compile(r"(?<![\w#+.])(?=[\w.#+/])(?:" + "|".join(branches) + r")(?![\w#+])", flags)


def _skill_of(match: re.Match[str]) -> str:
    """The id of the skill whose alternative matched: group "s12_3_7" is skill 12's fourth alias."""
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


# "Want to learn Rust", «хочу изучить ClickHouse»: a skill the person wishes for, not one they have.
# The wish runs to the end of its sentence. ("Learning Rust" is left alone: it may be under way.)
_WISH = re.compile(
    r"(?:\b(?:want(?:s|ed)?|would\s+like|plan(?:s|ning)?|hop(?:e|ing)|eager|looking|keen)"
    r"\s+to\s+(?:learn|master|try|pick\s+up|get\s+into)"
    r"|\binterested\s+in\s+learning"
    r"|(?<!\w)(?:хочу|хотел[аи]?\s+бы|планирую|мечтаю|собираюсь|в\s+планах\W{0,3}|интересно)"
    r"\s+(?:изучить|освоить|попробовать|разобраться|выучить|подтянуть|научиться|подучить))"
    r"[^.;!?\n]*",
    re.IGNORECASE,
)


def without_wishes(text: str) -> str:
    """The text with the skills a person only wishes for blanked out (positions kept)."""
    return _WISH.sub(lambda match: " " * len(match[0]), text)


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
