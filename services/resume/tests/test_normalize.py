from __future__ import annotations

import pytest

from worth.resume.documents import normalize_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # NFC: a decomposed й (и + combining breve) and é become single code points
        ("Пи\u0306тон, re\u0301sume\u0301", "Пйтон, résumé"),
        ("ﬁnance ofﬁce", "finance office"),  # PDF ligatures
        # bullets, including Symbol-font private-use glyphs, at line starts
        (
            "\uf0b7 Python\n\uf0a7 Go\n• Kafka\n– Redis\n- SQL\n* Docker",
            "Python\nGo\nKafka\nRedis\nSQL\nDocker",
        ),
        ("Python • Django · PostgreSQL \uf0b7 Redis •", "Python, Django, PostgreSQL, Redis"),
        ("-5 градусов, 2018-2020", "-5 градусов, 2018-2020"),  # not bullets
        # hyphenation at line ends, with a hyphen or a soft hyphen
        ("высоко-\nнагруженные сервисы", "высоконагруженные сервисы"),
        ("develop-  \n  ment of high\u00ad\nload systems", "development of highload systems"),
        ("Санкт-\nПетербург", "Санкт-\nПетербург"),  # a capital after the break: not a split word
        ("2018-\n2020", "2018-\n2020"),
        # whitespace: collapsed inside lines, paragraphs kept as one blank line
        ("a\u00a0\u00a0b\t\tc   d", "a b c d"),
        ("one\r\ntwo\rthree\n\n\n\n\nfour\fpage two", "one\ntwo\nthree\n\nfour\n\npage two"),
        ("  \n\n  text  \n\n  ", "text"),
        ("zero\u200bwidth\ufeff and \x07bell\x00nul", "zerowidth and bell nul"),
    ],
)
def test_normalize_text(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


def test_normalisation_is_idempotent() -> None:
    raw = "\uf0b7 Опыт ра-\nботы\u00a0— 5 лет\r\n\r\n\r\n• Python • Go"
    once = normalize_text(raw)
    assert once == "Опыт работы — 5 лет\n\nPython, Go"
    assert normalize_text(once) == once
