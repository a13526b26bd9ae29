"""Recommendations in the resume's language, each tied to the data or to a gap in the resume."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from worth.analysis.engine.experience import GRADE_YEARS
from worth.analysis.engine.model import Recommendation
from worth.analysis.engine.pricing import Quote
from worth.analysis.engine.profile import Desired
from worth.analysis.engine.roles import RoleDef
from worth.analysis.engine.skills import SKILLS, SkillDef
from worth.analysis.market import GRADES, LanguageRow

_TEXT = {
    "ru": {
        "role_title": "Укажите желаемую должность в начале резюме (например, «Backend-разработчик, "
        "Python»): по ней выбирается сегмент рынка, а сейчас роль угадана {how}.",
        "role_no_row": "Для роли «{role}» в наших таблицах нет своей строки: оценка дана по общей "
        "медиане и может заметно отличаться от рынка этой профессии.",
        "role_transferred": "Для роли «{role}» в таблицах этого рынка нет своей строки: оценка — "
        "медиана IT, умноженная на отношение зарплат этой профессии к IT в США (BLS). Местный "
        "рынок профессии может заметно отличаться.",
        "dates": "Укажите месяц и год начала и окончания каждой работы (например, «03.2019 — по "
        "настоящее время»): без дат стаж не посчитать, и оценка дана для типичного стажа грейда.",
        "next_grade": "Следующий грейд — {grade}: медиана в этом сегменте около {amount} "
        "(+{gain}%). {criteria}",
        "next_years": " Обычно это от {need:g} лет опыта, у вас {years:.1f}.",
        "skill_held": "{skill} — навык, за который платят выше рынка: в опросе Stack Overflow "
        "2024 его пользователи получают на {pct}% больше, чем предсказывает их стаж. Вынесите "
        "его в заголовок и в описание последней работы.",
        "skill_missing": "Навык {skill}: в опросе Stack Overflow 2024 те, кто с ним работает, "
        "получают на {pct}% больше, чем предсказывает их стаж ({answers}). В роли «{role}» он "
        "в ходу — если он у вас есть, укажите его, если нет, его стоит освоить.",
        "results": "Добавьте измеримые результаты: на сколько процентов ускорили, сколько "
        "пользователей или денег затронула работа, какую нагрузку держит система.",
        "skills_section": "Добавьте отдельный раздел «Навыки»: сейчас навыки ({count}) разбросаны "
        "по тексту, а рекрутеры и поиск по резюме смотрят прежде всего туда.",
        "location": "Укажите город: без него оценка дана по рынку в целом.",
        "location_ru": " Медиана в IT в Москве — {moscow}, в регионах — {other} (Хабр Карьера).",
        "desired": "Желаемая зарплата {amount} — около {p:g}-го перцентиля рынка ({segment}): "
        "{side} медианы {median} на {gap}%. {advice}",
        "desired_above": "выше",
        "desired_below": "ниже",
        "desired_high": "Это выше 75-го перцентиля: подкрепите запрос измеримыми результатами и "
        "навыками, за которые платят больше.",
        "desired_low": "Это ниже 25-го перцентиля: вы, вероятно, недооцениваете себя — можно "
        "просить не меньше медианы.",
        "desired_mid": "Запрос в пределах обычного для рынка разброса.",
        "desired_other": "Желаемая зарплата указана в других единицах ({units}), чем данные "
        "рынка ({market}), и сравнить её нельзя: укажите сумму в {market}.",
        "how_skills": "по навыкам",
        "how_none": "не удалось",
    },
    "en": {
        "role_title": 'Put your target title at the top (e.g. "Backend Developer, Python"): it '
        "picks the market segment, and now the role is {how}.",
        "role_no_row": "The market tables have no row for {role}: the estimate uses the overall "
        "median and may differ noticeably from this profession's market.",
        "role_transferred": "This market's tables have no row for {role}: the estimate is the "
        "IT median times this occupation's pay relative to IT in the US (BLS); the local market "
        "for it may differ noticeably.",
        "dates": 'Give a start and end month for every job (e.g. "Mar 2019 – Present"): without '
        "dates experience cannot be counted, so the estimate assumes the grade's typical years.",
        "next_grade": "Next grade — {grade}: the median in this segment is about {amount} "
        "(+{gain}%). {criteria}",
        "next_years": " It usually takes {need:g}+ years; you have {years:.1f}.",
        "skill_held": "{skill} pays above the market: in the Stack Overflow 2024 survey its "
        "users earn {pct}% more than their experience predicts. Put it in your headline and "
        "your latest job.",
        "skill_missing": "{skill}: in the Stack Overflow 2024 survey people who use it earn "
        "{pct}% more than their experience predicts ({answers}). It is used in {role} work — "
        "list it if you have it, or consider learning it.",
        "results": "Add measurable results: how much faster, how many users or how much money "
        "your work touched, what load the system carries.",
        "skills_section": "Add a separate Skills section: your {count} skills are scattered "
        "through the text, and recruiters and resume search look there first.",
        "location": "State your city: without it the estimate is for the market as a whole.",
        "location_ru": " The IT median is {moscow} in Moscow and {other} in other cities "
        "(Habr Career).",
        "desired": "Your desired salary of {amount} is at about the {p:g}th percentile of the "
        "market ({segment}): {gap}% {side} the median of {median}. {advice}",
        "desired_above": "above",
        "desired_below": "below",
        "desired_high": "That is above the 75th percentile: back it with measurable results and "
        "the skills that pay more.",
        "desired_low": "That is below the 25th percentile: you are probably underpricing "
        "yourself — asking for at least the median is reasonable.",
        "desired_mid": "The ask is within the market's usual spread.",
        "desired_other": "Your desired salary is in different units ({units}) from the market "
        "data ({market}), so it cannot be compared: state it in {market}.",
        "how_skills": "guessed from skills",
        "how_none": "not identified",
    },
}

GRADE_NAMES = {
    "ru": {
        "intern": "стажёр",
        "junior": "джуниор",
        "middle": "мидл",
        "senior": "сеньор",
        "lead": "лид",
        "principal": "principal/staff",
    },
    "en": {grade: grade for grade in GRADES},
}

_CRITERIA = {
    "ru": {
        "junior": "Джуниора отличает первый коммерческий опыт: опишите задачи, которые вы "
        "довели до продакшена.",
        "middle": "Мидла отличает самостоятельность: покажите задачи, которые вы вели от "
        "постановки до релиза без присмотра.",
        "senior": "Сеньора отличают архитектурные решения, менторство и влияние на продукт: "
        "опишите, что вы решали сами и к чему это привело.",
        "lead": "Лида отличает работа с людьми: сколько человек в команде, какие процессы вы "
        "выстроили, как нанимали и чего добилась команда.",
        "principal": "Principal/staff отличает влияние за пределами одной команды: архитектура "
        "нескольких систем, техническая стратегия, стандарты для всей компании.",
    },
    "en": {
        "junior": "A junior has commercial experience: describe tasks you took to production.",
        "middle": "A middle works on their own: show tasks you drove from spec to release "
        "without supervision.",
        "senior": "A senior owns architecture decisions, mentors and moves the product: say what "
        "you decided and what it changed.",
        "lead": "A lead works through people: team size, the processes you set up, hiring, and "
        "what the team achieved.",
        "principal": "A principal/staff engineer has impact beyond one team: architecture across "
        "systems, technical strategy, company-wide standards.",
    },
}

HELD_PREMIUM = 1.10  # a held skill worth pointing out: +10 % over what experience predicts
MISSING_PREMIUM = 1.03  # below +3 % a skill's edge is within the table's noise


@dataclass(frozen=True, slots=True)
class Facts:
    """What the recommendations are derived from."""

    language: str  # "ru" | "en"
    role: RoleDef
    role_evidence: str
    grade: str
    years: float | None
    skills: Sequence[SkillDef]
    quote: Quote
    next_quote: Quote | None
    desired: Desired | None  # the desired salary the resume states
    desired_amount: float | None  # ... in `segment`'s units; None when they cannot be reconciled
    desired_percentile: float | None
    segment: Quote  # the role and grade at the grade's typical years: the market distribution
    premiums: dict[str, float]  # SO language -> experience-adjusted pay ratio
    languages: dict[str, LanguageRow]
    has_skills_section: bool
    has_results: bool
    place_known: bool
    city_medians: dict[str, float]  # RU city slug -> pooled median, for the location advice


def recommend(f: Facts) -> list[Recommendation]:
    text = _TEXT[f.language]
    role = f.role.title_ru if f.language == "ru" else f.role.title_en
    out: list[Recommendation] = []
    if f.role_evidence != "title":
        how = text["how_skills"] if f.role_evidence == "skills" else text["how_none"]
        out.append(Recommendation("role", text["role_title"].format(how=how)))
    if f.role.fit == "none":
        out.append(Recommendation("role", text["role_no_row"].format(role=role)))
    elif "role_from_occupations" in f.quote.derived:
        out.append(Recommendation("role", text["role_transferred"].format(role=role)))
    if f.years is None:
        out.append(Recommendation("dates", text["dates"]))
    if f.desired is not None:
        out.append(_desired(f, f.desired))
    if f.next_quote is not None:
        out.append(_next_grade(f, f.next_quote))
    out.extend(_skills(f, role))
    if not f.has_results:
        out.append(Recommendation("results", text["results"]))
    if not f.has_skills_section:
        out.append(
            Recommendation("skills_section", text["skills_section"].format(count=len(f.skills)))
        )
    if not f.place_known:
        out.append(_location(f))
    return out


def _desired(f: Facts, desired: Desired) -> Recommendation:
    """The stated desired salary against the market distribution of the role and grade."""
    text, q = _TEXT[f.language], f.segment
    if f.desired_amount is None or f.desired_percentile is None:
        units = f"{desired.currency}/{desired.period}" + (
            f" {desired.basis}" if desired.basis else ""
        )
        market = f"{q.currency}/{q.pay_period} {q.basis}"
        return Recommendation(
            "desired_salary", text["desired_other"].format(units=units, market=market)
        )
    p = f.desired_percentile
    advice = text["desired_high" if p > 75 else "desired_low" if p < 25 else "desired_mid"]
    gap = round(abs(f.desired_amount / q.median - 1) * 100)
    return Recommendation(
        "desired_salary",
        text["desired"].format(
            amount=money(f.desired_amount, q, f.language),
            p=round(p),
            segment=q.segment,
            side=text["desired_above" if f.desired_amount >= q.median else "desired_below"],
            median=money(q.median, q, f.language),
            gap=gap,
            advice=advice,
        ),
    )


def _next_grade(f: Facts, next_quote: Quote) -> Recommendation:
    text = _TEXT[f.language]
    grade = GRADES[GRADES.index(f.grade) + 1]
    need = GRADE_YEARS[grade][0]
    years = ""
    if f.years is not None and f.years < need:
        years = text["next_years"].format(need=need, years=f.years)
    advice = text["next_grade"].format(
        grade=GRADE_NAMES[f.language][grade],
        amount=money(next_quote.median, next_quote, f.language),
        gain=round((next_quote.median / max(f.quote.median, 1) - 1) * 100),
        criteria=_CRITERIA[f.language][grade],
    )
    return Recommendation("next_grade", advice + years)


def _skills(f: Facts, role: str) -> list[Recommendation]:
    """Priced skills of this role: the best one held, and up to two missing ones."""
    if f.role.market_role is None:
        return []
    text = _TEXT[f.language]
    held = {skill.id for skill in f.skills}
    priced = sorted(
        (
            (f.premiums[skill.so_language], skill)
            for skill in SKILLS
            if skill.so_language in f.premiums and f.role.market_role in skill.roles
        ),
        key=lambda pair: (-pair[0], pair[1].id),
    )
    out = []
    best_held = next(((p, s) for p, s in priced if s.id in held), None)
    if best_held and best_held[0] >= HELD_PREMIUM:
        premium, skill = best_held
        pct = round((premium - 1) * 100)
        out.append(Recommendation("skills", text["skill_held"].format(skill=skill.name, pct=pct)))
    missing = [(p, s) for p, s in priced if s.id not in held and p >= MISSING_PREMIUM]
    for premium, skill in missing[:2]:
        row = f.languages[skill.so_language or ""]
        advice = text["skill_missing"].format(
            skill=skill.name,
            pct=round((premium - 1) * 100),
            answers=_answers(row.sample_size, f.language),
            role=role,
        )
        out.append(Recommendation("skills", advice))
    return out


def _location(f: Facts) -> Recommendation:
    text = _TEXT[f.language]
    advice = text["location"]
    moscow, other = f.city_medians.get("moscow"), f.city_medians.get("other")
    if f.quote.market == "RU" and moscow and other:
        advice += text["location_ru"].format(
            moscow=money(moscow, f.quote, f.language), other=money(other, f.quote, f.language)
        )
    return Recommendation("location", advice)


def money(value: float, quote: Quote, language: str) -> str:
    """«230 000 ₽ в месяц на руки» / "RUB 230,000 a month after tax"."""
    amount = f"{value:,.0f}"
    if language == "ru":
        symbol = {"RUB": "₽", "USD": "$", "EUR": "€"}.get(quote.currency, quote.currency)
        period = "в месяц" if quote.pay_period == "month" else "в год"
        basis = "на руки" if quote.basis == "net" else "до вычета налогов"
        return f"{amount.replace(',', ' ')} {symbol} {period} {basis}"
    period = "a month" if quote.pay_period == "month" else "a year"
    basis = "after tax" if quote.basis == "net" else "before tax"
    return f"{quote.currency} {amount} {period} {basis}"


def _answers(n: int | None, language: str) -> str:
    if language != "ru":
        return f"{n} answers" if n else "answers not published"
    if n is None:
        return "число ответов не опубликовано"
    if n % 10 == 1 and n % 100 != 11:
        return f"{n} ответ"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return f"{n} ответа"
    return f"{n} ответов"
