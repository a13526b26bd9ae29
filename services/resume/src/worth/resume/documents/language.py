"""Russian / English / unknown by script ratio and stopwords: enough to pick prompts and
heading dictionaries, with nothing to download."""

from __future__ import annotations

import re

from .model import Language

_WORD = re.compile(r"[^\W\d_]+")
_RU_STOPWORDS = frozenset(
    "и в во не на с со как а то что по для к ко у же за из от до о об при без под над это "
    "или но также более был была были его её ее их мы я мне мой моя работы работа опыт лет "
    "года год месяцев разработка участие".split()
)
_EN_STOPWORDS = frozenset(
    "the and of to with for on at by from is was were are my our i a an as this that have has "
    "be been which will using including years year experience development team worked led "
    "responsible".split()
)
_UKRAINIAN_ONLY = frozenset("іїєґ")
_MIN_LETTERS = 20
_MIN_STOPWORD_SHARE = 0.03


def detect_language(text: str) -> Language:
    words = _WORD.findall(text.casefold())
    cyrillic = latin = ukrainian = 0
    for word in words:
        for c in word:
            if "а" <= c <= "я" or c in "ёіїєґ":
                cyrillic += 1
                ukrainian += c in _UKRAINIAN_ONLY
            elif "a" <= c <= "z":
                latin += 1
    letters = cyrillic + latin
    if letters < _MIN_LETTERS:
        return "unknown"
    ru = sum(w in _RU_STOPWORDS for w in words)
    en = sum(w in _EN_STOPWORDS for w in words)
    # Russian resumes are full of English tool names, so Cyrillic need not be the majority;
    # Russian function words decide. Ukrainian shares the script but has letters of its own.
    if cyrillic >= 0.15 * letters and ru > en and ru >= _MIN_STOPWORD_SHARE * len(words):
        return "unknown" if ukrainian > 0.01 * cyrillic else "ru"
    if latin >= 0.5 * letters and en > ru and en >= _MIN_STOPWORD_SHARE * len(words):
        return "en"
    return "unknown"
