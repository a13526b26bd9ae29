# ruff: noqa: E501  (ROWS holds source rows verbatim)
"""Build the labelled development set from public rows (deterministic; rerun to regenerate).

English: the Levels.fyi salary export (Kaggle "Data Science and STEM Salaries"), as mirrored in
github.com/jotaka1979/DataSets, file `Levels_Fyi_Salary_Data.csv`, commit
0d9e3c53af9b577a45d7f0264328b2c6385c4056. ROWS below are that file's first 66 data rows in order
(1-based, header excluded) with the columns `company` and `gender` dropped; every other field is
verbatim. Labels are only what the row states: the role comes from `title` + `tag` through ROLE_MAP
(rows whose title/tag do not name one taxonomy role are skipped), the salary is
`totalyearlycompensation` (USD, yearly, gross total compensation). The rows state no grade and no
skills, so those labels stay empty.

Russian: hh.ru vacancies with a stated salary, `sources/hh_vacancies_ru.jsonl` (each line names its
repository, path, commit and row; employer names dropped). A vacancy is a profile with the pay an
employer offers for it: the title, city and key skills are rendered as the profile, the role label
comes from the source's own vacancy category (analysts by their title), the grade label only from a
single grade word in the title, the salary is the middle of the offered range (or its one stated
end) with the source's gross/net flag. Titles naming two roles are skipped.

Synthetic resumes (added 2026-11-30, batch "synthetic"): `sources/synthetic_resumes.jsonl`, 48
plain-text resumes (24 en, 24 ru) of fictional people (example.com contacts), written for this set
by a separate writer who was given the role ids, the grade convention and the label rules but not
the engine, its taxonomies or its tests; each carries the writer's labels (role, grade, years as of
2026-01-01, skills in canonical English spelling, city, country). They have no salary: they measure
extraction (role, grade, years, skills) on full resume text, which the public rows cannot.

Split: every third kept record of each language (and of each source) goes to the holdout. Lines added to a source later
carry `added` (a date) and are appended, so earlier records keep their part; `just eval` reports
the holdout records of each addition separately as well, since they were never looked at while
tuning.

    .venv/bin/python services/analysis/eval/build_devset.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path

SOURCE = {
    "repository": "jotaka1979/DataSets",
    "path": "Levels_Fyi_Salary_Data.csv",
    "commit": "0d9e3c53af9b577a45d7f0264328b2c6385c4056",
    "origin": "Levels.fyi salary submissions via Kaggle 'Data Science and STEM Salaries'",
    "licence": "not stated by the mirror; Kaggle dataset licence to be confirmed",
}

# title;totalyearlycompensation;location;yearsofexperience;yearsatcompany;tag;Education
ROWS = """\
Software Engineer;167000;Mountain View, CA;20;14;Networking;Master's Degree
Software Engineer;118000;Austin, TX;1;0;other;Master's Degree
Software Engineer;193000;Seattle, WA;5;5;Distributed Systems (Back-End);Master's Degree
Software Engineering Manager;302000;Redmond, WA;13;13;AR/VR;PhD
Software Engineer;200000;Chicago, IL;5;0;Full Stack;Master's Degree
Software Engineer;187000;Redmond, WA;6;0;Distributed Systems (Back-End);Master's Degree
Hardware Engineer;190000;Cupertino, CA;5;2;Wireless;Master's Degree
Software Engineer;180000;San Francisco, CA;5;3;API Development (Back-End);Master's Degree
Software Engineer;238000;San Francisco, CA;5;4;Full Stack;Master's Degree
Software Engineer;203000;San Francisco, CA;3;0;API Development (Back-End);Master's Degree
Software Engineer;160000;Seattle, WA;1;0;Full Stack;Master's Degree
Software Engineer;300000;San Francisco, CA;8;2;Distributed Systems (Back-End);Master's Degree
Software Engineer;270000;San Francisco, CA;4;0;API Development (Back-End);Master's Degree
Product Manager;200000;San Bruno, CA;8;2;ML / AI;Master's Degree
Software Engineer;358000;Seattle, WA;14;7;Distributed Systems (Back-End);Master's Degree
Product Manager;209000;London, EN, United Kingdom;20;1;Android;Master's Degree
Software Engineer;200000;Boston, MA;0;0;ML / AI;Master's Degree
Software Engineer;258000;Seattle, WA;12;1;Full Stack;Master's Degree
Software Engineer;230000;New York, NY;12;3;Full Stack;Master's Degree
Software Engineer;222000;Hillsboro, OR;11;1;Security;Master's Degree
Software Engineer;188000;Redmond, WA;11;8;Security;Master's Degree
Software Engineer;200000;Bellevue, WA;3;3;Distributed Systems (Back-End);Master's Degree
Software Engineer;95000;Singapore, SG, Singapore;4;0;API Development (Back-End);Bachelor's Degree
Hardware Engineer;160000;Cupertino, CA;4;1;iOS;PhD
Business Analyst;121000;Seattle, WA;4;0.3;Business Analyst;Master's Degree
Software Engineer;324000;Boston, MA;13;5;Distributed Systems (Back-End);Master's Degree
Software Engineer;417000;Mountain View, CA;6;0;Android;Master's Degree
Software Engineer;158000;Redmond, WA;0;0;Distributed Systems (Back-End);PhD
Software Engineer;94000;Kansas City, MO;7;6;Full Stack;Master's Degree
Software Engineer;307000;San Jose, CA;7;1;Mobile (iOS + Android);Master's Degree
Data Scientist;177000;Menlo Park, CA;0;0;ML / AI;Master's Degree
Data Scientist;184000;Seattle, WA;7;6;ML / AI;Master's Degree
Hardware Engineer;162000;Raleigh, NC;2;0;Hardware;Master's Degree
Software Engineer;173000;San Diego, CA;0;0;ML / AI;Master's Degree
Software Engineering Manager;710000;Sunnyvale, CA;20;0;Distributed Systems (Back-End);Master's Degree
Software Engineer;351000;Los Gatos, CA;5;2;Distributed Systems (Back-End);Master's Degree
Product Manager;248000;Palo Alto, CA;6;1;Product management;Master's Degree
Data Scientist;211000;Menlo Park, CA;2;0;Analytics;Master's Degree
Software Engineer;155000;Seattle, WA;0;0;Full Stack;Master's Degree
Software Engineer;345000;Cupertino, CA;20;5;iOS;Master's Degree
Software Engineer;125000;Chicago, IL;1;0;Full Stack;Master's Degree
Software Engineer;480000;San Francisco, CA;6;0;Distributed Systems (Back-End);Master's Degree
Software Engineer;217000;Minneapolis, MN;12;8;Distributed Systems (Back-End);Master's Degree
Software Engineering Manager;280000;Seattle, WA;5;9;Distributed Systems (Back-End);Master's Degree
Software Engineer;185000;Seattle, WA;0;0;Distributed Systems (Back-End);Master's Degree
Software Engineer;142000;Seattle, WA;0;0;iOS;Master's Degree
Software Engineer;160000;San Jose, CA;4;4;iOS;Master's Degree
Software Engineer;123000;Mountain View, CA;1;0;Full Stack;Master's Degree
Software Engineer;277000;Seattle, WA;5;0;Distributed Systems (Back-End);Master's Degree
Software Engineer;170000;Vancouver, WA;14;14;Mobile (iOS + Android);Master's Degree
Software Engineer;160000;Cupertino, CA;0;0;ML / AI;Master's Degree
Software Engineer;158000;Raleigh, NC;8;2;Security;Master's Degree
Software Engineer;340000;Redwood City, CA;14;10;Distributed Systems (Back-End);Master's Degree
Software Engineer;712000;Mountain View, CA;10;4;ML / AI;Master's Degree
Software Engineer;226000;Seattle, WA;2;2;ML / AI;Master's Degree
Software Engineer;220000;San Jose, CA;12;6.5;Networking;Master's Degree
Software Engineer;135000;Atlanta, GA;1;0;Distributed Systems (Back-End);Master's Degree
Software Engineer;317000;Mountain View, CA;11;4;Distributed Systems (Back-End);Master's Degree
Software Engineer;337000;Mountain View, CA;5;5;Distributed Systems (Back-End);Master's Degree
Hardware Engineer;245000;Cupertino, CA;5;1;Health sensing;PhD
Product Manager;170000;San Francisco, CA;1.5;1;ATG;Master's Degree
Software Engineer;345000;New York, NY;10;5;Distributed Systems (Back-End);Master's Degree
Software Engineer;280000;New York, NY;6;0;Web Development (Front-End);Master's Degree
Software Engineer;253000;Seattle, WA;3;0;API Development (Back-End);Master's Degree
Software Engineer;342000;Mountain View, CA;12;2;DevOps;Master's Degree
Data Scientist;203000;Menlo Park, CA;0;0;Other;PhD
"""

# (title, tag) -> taxonomy role; tag None = any tag. Unlisted pairs are ambiguous and skipped.
_SWE_TAGS = {
    "Distributed Systems (Back-End)": "backend_developer",
    "API Development (Back-End)": "backend_developer",
    "Full Stack": "fullstack_developer",
    "Web Development (Front-End)": "frontend_developer",
    "iOS": "mobile_developer",
    "Android": "mobile_developer",
    "Mobile (iOS + Android)": "mobile_developer",
    "DevOps": "devops_engineer",
}
_BY_TITLE = {
    "Software Engineering Manager": "engineering_manager",
    "Product Manager": "product_manager",
    "Data Scientist": "data_scientist",
    "Business Analyst": "business_analyst",
}


def role_of(title: str, tag: str) -> str | None:
    if title == "Software Engineer":
        return _SWE_TAGS.get(tag)
    return _BY_TITLE.get(title)


def profile_text(title: str, tag: str, location: str, years: str, at_company: str, edu: str) -> str:
    """The row rendered as a plain profile; nothing is added that the row does not state."""
    lines = [
        f"{title}" + (f" ({tag})" if tag.lower() not in {"other", ""} else ""),
        f"Location: {location}",
        f"Professional experience: {years} years, {at_company} years at the current company",
    ]
    if edu:
        lines.append(f"Education: {edu}")
    return "\n".join(lines) + "\n"


def english_records() -> list[dict[str, object]]:
    kept: list[dict[str, object]] = []
    for number, line in enumerate(ROWS.splitlines(), start=1):
        title, pay, location, years, at_company, tag, edu = line.split(";")
        role = role_of(title, tag)
        if role is None:
            continue
        kept.append(
            {
                "id": f"levelsfyi-{number:03d}",
                "language": "en",
                "source": {**SOURCE, "row": number},
                "text": profile_text(title, tag, location, years, at_company, edu),
                "labels": {
                    "role": role,
                    "grade": None,
                    "skills": [],
                    "years": float(years),
                    "salary": {
                        "amount": int(pay),
                        "currency": "USD",
                        "period": "year",
                        "basis": "gross",
                        "kind": "total compensation (base + stock + bonus), reported",
                    },
                },
            }
        )
    return kept


RU_SOURCE = Path(__file__).with_name("sources") / "hh_vacancies_ru.jsonl"
# The source's own vacancy category -> taxonomy role.
RU_CATEGORY_ROLE = {
    "ML-инженер": "data_scientist",
    "Data Scientist": "data_scientist",
    "Frontend разработчик": "frontend_developer",
    "Backend разработчик": "backend_developer",
    "Fullstack разработчик": "fullstack_developer",
    "DevOps инженер": "devops_engineer",
}
# Categories that need the title: the analyst category mixes system, business and data analysts,
# and the compact hh extract only gives numeric professional-role ids.
RU_TITLE_ROLE = (
    (r"системн\w*\s+аналитик", "system_analyst"),
    (r"бизнес-аналитик", "business_analyst"),
    (r"аналитик\w*\s+данных|продуктов\w*\s+аналитик", "data_analyst"),
    (r"бухгалтер", "accountant"),
    (r"менеджер\w*\s+по\s+продажам", "sales_manager"),
)
# A title naming another role than its category, or two roles, has no single label.
RU_AMBIGUOUS = re.compile(
    r"\s/\s.*(?:аналитик|руководител|backend|администратор|специалист)|тестировщик|\bqa\b",
    re.IGNORECASE,
)
RU_GRADES = (
    ("intern", r"стаж[её]р|ученик|\bintern"),
    ("junior", r"junior|джун|младш"),
    ("middle", r"middle|мидл"),
    ("senior", r"senior|сеньор|старш"),
    ("lead", r"\blead\b|тимлид|ведущ|\bhead\b"),
)


def ru_role(category: str, title: str) -> str | None:
    if RU_AMBIGUOUS.search(title):
        return None
    if category in RU_CATEGORY_ROLE:
        return RU_CATEGORY_ROLE[category]
    for pattern, role in RU_TITLE_ROLE:
        if re.search(pattern, title, re.IGNORECASE):
            return role
    return None


def ru_grade(title: str) -> str | None:
    """The grade a title states, when it states exactly one."""
    found = {grade for grade, pattern in RU_GRADES if re.search(pattern, title, re.IGNORECASE)}
    return found.pop() if len(found) == 1 else None


def russian_records() -> list[dict[str, object]]:
    kept: list[dict[str, object]] = []
    lines = RU_SOURCE.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, start=1):
        row = json.loads(line)
        role = ru_role(row["category"], row["title"])
        pay = row["salary"]
        ends = [end for end in (pay["from"], pay["to"]) if end]
        if role is None or not ends or max(ends) > 10 * min(ends):  # 10x ranges are typos
            continue
        text = f"{row['title']}\nГород: {row['city']}\n"
        if row["skills"]:
            text += f"Ключевые навыки: {', '.join(row['skills'])}\n"
        basis = {True: "gross", False: "net"}.get(pay["gross"], "unknown")
        kept.append(
            {
                "id": f"hh-ru-{number:03d}",
                "language": "ru",
                **({"added": row["added"]} if "added" in row else {}),
                "source": {
                    **row["source"],
                    "file": f"eval/sources/{RU_SOURCE.name}",
                    "line": number,
                },
                "text": text,
                "labels": {
                    "role": role,
                    "grade": ru_grade(row["title"]),
                    "skills": [],
                    "years": None,
                    "salary": {
                        "amount": round(sum(ends) / len(ends)),
                        "currency": "RUB",
                        "period": "month",
                        "basis": basis,
                        "kind": "offered in a vacancy: middle of the range, or its one stated end",
                    },
                },
            }
        )
    return kept


SYNTHETIC_SOURCE = Path(__file__).with_name("sources") / "synthetic_resumes.jsonl"


def synthetic_records(language: str) -> list[dict[str, object]]:
    kept: list[dict[str, object]] = []
    lines = SYNTHETIC_SOURCE.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, start=1):
        row = json.loads(line)
        if row["language"] != language:
            continue
        kept.append(
            {
                "id": row["id"],
                "language": language,
                "added": "2026-11-30",
                "batch": "synthetic",
                "source": {
                    "file": f"eval/sources/{SYNTHETIC_SOURCE.name}",
                    "line": number,
                    "origin": "synthetic resume of a fictional person, written for this set by "
                    "a writer who did not see the engine",
                },
                "text": row["text"],
                "labels": {**row["labels"], "salary": None},
            }
        )
    return kept


def build() -> dict[str, list[dict[str, object]]]:
    parts: dict[str, list[dict[str, object]]] = {"tune": [], "holdout": []}
    sources = (english_records(), russian_records(), *map(synthetic_records, ("en", "ru")))
    for kept in sources:
        for index, record in enumerate(kept):
            part = "holdout" if index % 3 == 2 else "tune"
            record["part"] = part
            parts[part].append(record)
    return parts


def main() -> None:
    out = Path(__file__).with_name("data")
    out.mkdir(exist_ok=True)
    for part, records in build().items():
        with (out / f"{part}.jsonl").open("w", encoding="utf-8") as handle:
            for record in records:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(f"{part}: {len(records)} records")


if __name__ == "__main__":
    main()
