"""Employment date ranges in Russian and English resumes, and the experience they add up to.

Months are counted as indices (year * 12 + month - 1). A range covers whole months, both ends
included, as hh.ru counts them: "03.2018 – 05.2020" is 27 months. A bare year stands for its
middle (July), so "2016 – 2018" is two years whichever way the writer meant it. "Present"
(«по настоящее время», «н.в.», "Present", "now"...) is the current month of `today`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

_MONTHS = {
    1: "январь января янв january jan",
    2: "февраль февраля фев february feb",
    3: "март марта мар march mar",
    4: "апрель апреля апр april apr",
    5: "май мая may",
    6: "июнь июня июн june jun",
    7: "июль июля июл july jul",
    8: "август августа авг august aug",
    9: "сентябрь сентября сент сен september sept sep",
    10: "октябрь октября окт october oct",
    11: "ноябрь ноября нояб ноя november nov",
    12: "декабрь декабря дек december dec",
}
_MONTH_OF = {word: number for number, words in _MONTHS.items() for word in words.split()}
_MONTH = r"(?<!\w)(?:" + "|".join(sorted(_MONTH_OF, key=len, reverse=True)) + r")(?!\w)\.?"
_YEAR = r"(?<!\d)(?:19[7-9]\d|20\d\d)(?!\d)(?:\s*г(?:ода|\.)?(?!\w))?"
_MM = r"(?:0?[1-9]|1[0-2])"
_POINT = (
    rf"(?:{_MONTH}\s*,?\s*{_YEAR}"  # янв. 2019, January 2019, марта 2019 г.
    rf"|(?<![\d.]){_MM}\s*[./]\s*{_YEAR}"  # 03.2018, 3/2018
    rf"|{_YEAR}\s*[./-]\s*{_MM}(?![\d.])"  # 2018-03
    rf"|{_YEAR})"  # 2016
)
_PRESENT = (
    r"(?:по\s+)?(?:настоящ\w*(?:\s+(?:врем\w*|момент\w*))?|н\.\s?в\.?|наст\.\s*вр(?:\.|ем\w*)?"
    r"|текущ\w*\s+(?:врем\w*|момент\w*)|сейчас|present|current(?:ly)?|now|today|to\s+date"
    r"|ongoing)(?!\w)"
)
_SEPARATOR = r"\s*(?:[-–—−‒]+|(?<!\w)(?:до|по|to|until|till)(?!\w))\s*"
_RANGE = re.compile(
    rf"(?P<start>{_POINT}){_SEPARATOR}(?:(?P<end>{_POINT})|(?P<present>{_PRESENT}))",
    re.IGNORECASE,
)
_POINT_PARTS = re.compile(
    rf"(?P<word>{_MONTH})?\D*?(?P<a>\d{{1,4}})(?:\s*[./-]\s*(?P<b>\d{{1,4}}))?", re.IGNORECASE
)


@dataclass(frozen=True, slots=True, order=True)
class Period:
    start: int  # first month, inclusive
    end: int  # month after the last one

    @property
    def months(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class DatedRange:
    period: Period
    position: int  # offset of the range in the text it was found in


def month_index(year: int, month: int) -> int:
    return year * 12 + month - 1


def find_ranges(text: str, today: date) -> list[DatedRange]:
    """Every well-formed employment range in `text`, clipped to `today`."""
    now = month_index(today.year, today.month) + 1
    found = []
    for match in _RANGE.finditer(text):
        start = _point(match["start"], end=False)
        end = now if match["present"] else _point(match["end"], end=True)
        end = min(end, now)
        if start < end:
            found.append(DatedRange(Period(start, end), match.start()))
    return found


def merge(periods: Iterable[Period]) -> list[Period]:
    """Union of periods: overlapping or touching jobs count once."""
    merged: list[Period] = []
    for period in sorted(periods):
        if merged and period.start <= merged[-1].end:
            last = merged[-1]
            merged[-1] = Period(last.start, max(last.end, period.end))
        else:
            merged.append(period)
    return merged


def years_of(periods: Iterable[Period]) -> float:
    return sum(p.months for p in merge(periods)) / 12


def _point(text: str, *, end: bool) -> int:
    parts = _POINT_PARTS.search(text)
    if parts is None:  # _RANGE only lets through texts that _POINT_PARTS reads
        raise ValueError(text)
    a, b = int(parts["a"]), parts["b"] and int(parts["b"])
    if parts["word"]:
        year, month = a, _MONTH_OF[parts["word"].rstrip(".").lower()]
    elif b and a > 12:
        year, month = a, b  # 2018-03
    elif b:
        year, month = b, a  # 03.2018
    else:
        return a * 12 + 6  # a bare year: its middle, for start and end alike
    index = month_index(year, month)
    return index + 1 if end else index
