"""Contact details out of resume text, before it leaves the resume service (events, LLM prompt).

Order matters: emails and links go first so their digits and @ are not taken for phones or
handles; every placeholder is digit-free so later patterns cannot match inside it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

EMAIL = "[email]"
PHONE = "[phone]"
LINK = "[link]"
HANDLE = "[handle]"
ADDRESS = "[address]"

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}")

_TLD = (
    r"(?:com|org|net|ru|рф|su|by|kz|ua|uz|am|ge|io|dev|me|pro|site|online|tech|app|ai|co|info"
    r"|name|page|blog|uk|de|eu|us|ca|fr|nl|pl|cz|il|tv|xyz|to)"
)
_HOST = rf"(?<![\w.@-])(?:[\w-]+\.)+{_TLD}(?![\w.-]*\w)"
_URL = re.compile(rf"(?:https?://|www\.)\S+|{_HOST}/\S*", re.IGNORECASE)  # scheme, www, path
_BARE_SITE = re.compile(_HOST, re.IGNORECASE)  # "ivanov.dev": a link only on a contact line
# Products that look like sites (skills), and employers named by their domain: links only with
# a path ("hh.ru/resume/…") or on a contact line.
_PRODUCTS = frozenset({"socket.io", "draw.io", "asp.net", "ado.net", "vb.net", "dev.to"})
_COMPANIES = frozenset({"mail.ru", "ozon.ru", "avito.ru", "lamoda.ru", "hh.ru", "booking.com"})
_TRAILING_PUNCT = ".,;:!?)»\"'"

_SEP = r"[ \-.\u00a0]*"
_PHONE_FORMS = (
    rf"(?:\+7|8|7){_SEP}\(?\d{{3}}\)?{_SEP}\d{{3}}{_SEP}\d{{2}}{_SEP}\d{{2}}",  # +7 (912) 345-67-89
    rf"\+\d{{1,3}}{_SEP}(?:\(\d{{1,4}}\){_SEP})?\d{{1,4}}(?:{_SEP}\d{{2,4}}){{1,4}}",  # +44 20 7946
    rf"\(\d{{3,5}}\){_SEP}\d{{1,3}}{_SEP}\d{{2}}{_SEP}\d{{2}}",  # (495) 123-45-67
    rf"\(\d{{3}}\){_SEP}\d{{3}}{_SEP}\d{{4}}",  # (415) 555-0132
)
_PHONE = re.compile(rf"(?<![\w+])(?:{'|'.join(_PHONE_FORMS)})(?!\w)")
_MIN_PHONE_DIGITS = 9  # shorter runs with a plus are salaries or percentages: "+15 000"

_HANDLE = re.compile(r"(?<![\w@.])@[a-z][\w.]{2,31}(?<!\.)", re.IGNORECASE)
_ANNOTATION = re.compile(r"@[A-Z][a-z]+(?:[A-Z][a-z]+)*")  # @Transactional, @Override: skills
_CONTACT_LINE = re.compile(
    r"telegram|телеграм|\btg\b|skype|twitter|instagram|контакт|contact|сайт|site|portfolio"
    r"|портфолио|blog|блог|homepage|e-?mail|почта|тел\b|телефон|phone|mobile"
    r"|\[(?:email|phone|link|handle)\]",
    re.IGNORECASE,
)

_STREET_TYPE = (
    r"(?:ул|улица|пр-т|пр-кт|просп|проспект|пер|переулок|б-р|бульвар|наб|набережная|шоссе"
    r"|проезд|мкр|микрорайон|пл|площадь)"
)
_ADDRESS = re.compile(
    # Russian: from the street to the end of the clause; the city before it stays, it matters
    # for salaries. "ул. Тверская, д. 10", "Невский пр-т, 28", "д. 5, кв. 12". A bare "кв." is
    # more often a quarter ("во 2 кв. 2021") than a flat, so only a house number starts one.
    rf"(?<![\w.])(?:{_STREET_TYPE}\.?\s+(?=[А-ЯЁ0-9])"
    rf"|[А-ЯЁ][\w-]*\s+{_STREET_TYPE}\.?,?\s*(?=\d)"
    r"|(?:д|дом|корп)\.?\s*(?=\d))(?:[^\n|•;]*[^\s|•;])?"
    # English: "221 Baker Street, Apt 4B"; the town and postcode after it stay. A year is not
    # a house number ("2019 Best Place to Work").
    r"|\b(?!(?:19|20)\d\d\b)\d{1,5}[a-z]?\s+(?:[A-Z][\w'.-]*\s+){1,4}"
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Terrace|Highway"
    r"|Hwy)\b\.?(?:,?\s*(?:Apt|Apartment|Suite|Ste|Unit|Flat)\.?\s*#?[\w-]+)?"
    r"|\b(?:Apt|Apartment|Suite)\.?\s*#?\d+[a-z]?\b"
)


def redact_contacts(text: str) -> str:
    """Replace emails, phones, profile links and sites, @handles and street addresses with
    placeholders; years, date ranges, salaries and version numbers stay."""
    text = _EMAIL.sub(EMAIL, text)
    text = _URL.sub(_link, text)
    text = _PHONE.sub(_phone, text)
    text = "\n".join(_redact_line(line) for line in text.split("\n"))
    return _ADDRESS.sub(ADDRESS, text)


def _redact_line(line: str) -> str:
    # Bare domains and annotation-like handles are ambiguous ("Mail.ru", "@Override");
    # on a line that is about contacts they are contacts.
    contact = _CONTACT_LINE.search(line) is not None
    line = _HANDLE.sub(_handle(keep_annotations=not contact), line)
    if contact or HANDLE in line:
        line = _BARE_SITE.sub(_link, line)
    return line


def _link(match: re.Match[str]) -> str:
    url = match[0]
    core = url.rstrip(_TRAILING_PUNCT)
    host = re.sub(r"^(?:https?://)?(?:www\.)?", "", core, flags=re.I).split("/")[0]
    host = host.casefold()
    if host in _PRODUCTS or (host in _COMPANIES and core.casefold() == host):
        return url
    return LINK + url[len(core) :]  # the sentence's punctuation is not part of the link


def _phone(match: re.Match[str]) -> str:
    digits = sum(c.isdigit() for c in match[0])
    return PHONE if digits >= _MIN_PHONE_DIGITS else match[0]


def _handle(*, keep_annotations: bool) -> Callable[[re.Match[str]], str]:
    def replace(match: re.Match[str]) -> str:
        if keep_annotations and _ANNOTATION.fullmatch(match[0]):
            return match[0]
        return HANDLE

    return replace
