"""Help lines: what an entry may claim (here), how it is drawn (render), read on its own site (fetch, check),
reported (report) and recorded (update). Shared by the validator, the build hook and `walkaway check-helplines`.

An entry is *confirmed* when its `checked.url` is on the service's own website (or its operator's) and
`checked.found`, the excerpt read there, contains every phone number and the text keyword and number.
Everything in this module is pure: no files, no network.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from walkaway.content.dates import parse_date

# The `kinds` vocabulary, with the words readers see (CONTRIBUTING.md, "Help lines").
KINDS: dict[str, str] = {
    "domestic-abuse": "domestic abuse",
    "crisis": "crisis and suicide",
    "sexual-violence": "sexual violence",
    "stalking": "stalking",
    "forced-marriage": "forced marriage and \"honour\"-based abuse",
    "men": "men",
    "lgbtq": "LGBTQ+ people",
    "young-people": "young people",
    "advice": "advice",
    "legal-advice": "legal advice",
    "housing": "housing",
    "money": "money and debt",
    "immigration": "immigration",
    "disability": "disabled people",
    "perpetrators": "people who want to stop harming",
    "children": "children and parents",
}

# International dialling codes of the countries in the data, for "+44 808 ..." forms of "0808 ...".
COUNTRY_CODES = {"us": "1", "ca": "1", "uk": "44", "ie": "353", "au": "61", "nz": "64"}

TEXT_FORM = re.compile(r"^(?:(?P<keyword>[A-Za-z0-9]+) to )?(?P<number>[0-9][0-9 -]*[0-9])$")
# Domains many bodies share: a page elsewhere on them is someone else's site (a council on *.gov.uk is not
# the Home Office), so for these only the very same host counts as the service's own.
SHARED_DOMAINS = frozenset({"gov.uk", "gov.scot", "gov.wales", "gov.ie", "gov.au", "govt.nz", "gc.ca", "canada.ca",
                            "gov", "org.uk", "org.au", "org.nz", "co.uk"})
SAFE_URL = re.compile(r"^https://[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::[0-9]{1,5})?"
                      r"(?:/[A-Za-z0-9._~%!$&*+,;=:@/?#-]*)?$")
_SEPARATORS = r"[\s().\-\u00a0\u2010-\u2013/]*"
_VANITY = {"2": "ABC", "3": "DEF", "4": "GHI", "5": "JKL", "6": "MNO", "7": "PQRS", "8": "TUV", "9": "WXYZ"}


def digits(number: str) -> str:
    return re.sub(r"[^0-9]", "", number)


def text_parts(text: str | None) -> tuple[str | None, str | None]:
    """`START to 88788` -> ('START', '88788'); `988` -> (None, '988'); None or another form -> (None, None)."""
    match = TEXT_FORM.match(text or "")
    if match is None:
        return None, None
    return match["keyword"], match["number"]


def number_pattern(number: str, country: str | None = None) -> re.Pattern[str]:
    """A regex for `number` in every usual written form: any spaces, dashes, dots or parentheses between
    digits, a `tel:` link, the international form (+44 and the leading 0 dropped, or +1 for 1-800), and
    capital vanity letters (1-800-799-SAFE)."""
    national = digits(number)
    alternatives = [_digit_run(national)]
    code = COUNTRY_CODES.get(country or "")
    if code and national.startswith("0"):  # +44 808 ..., +44 (0)808 ..., 0044 808 ...
        alternatives.append(rf"(?:\+|00){code}{_SEPARATORS}(?:\(0\){_SEPARATORS})?{_digit_run(national[1:])}")
    elif code == "1" and len(national) == 11 and national.startswith("1"):
        alternatives.append(_digit_run(national[1:]))  # 800-799-7233 without the 1 (+1 800 ... is the first form)
    body = "|".join(f"(?:{alternative})" for alternative in alternatives)
    return re.compile(rf"(?<![0-9A-Za-z])(?:{body})(?![0-9])")


def _digit_run(number: str) -> str:
    parts = [f"[{digit}{_VANITY.get(digit, '')}]" for digit in number]
    return _SEPARATORS.join(parts)


def keyword_pattern(keyword: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![0-9A-Za-z]){re.escape(keyword)}(?![0-9A-Za-z])", re.IGNORECASE)


def claims(service: dict[str, Any], country: str | None = None) -> list[tuple[str, re.Pattern[str]]]:
    """What an entry tells readers to dial or send: each phone number, the text keyword and text number."""
    found: list[tuple[str, re.Pattern[str]]] = []
    for number in service.get("phone") or []:
        found.append((str(number), number_pattern(str(number), country)))
    keyword, text_number = text_parts(service.get("text"))
    if keyword:
        found.append((keyword, keyword_pattern(keyword)))
    if text_number and all(digits(text_number) != digits(str(n)) for n in service.get("phone") or []):
        found.append((text_number, number_pattern(text_number, country)))
    return found


def missing_from(found: str, service: dict[str, Any], country: str | None = None) -> list[str]:
    """The numbers and keywords of `service` that the excerpt `found` does not contain."""
    return [claim for claim, pattern in claims(service, country) if not pattern.search(found)]


def host(url: str) -> str:
    name = (urlsplit(url).hostname or "").lower()
    return name[4:] if name.startswith("www.") else name


def own_sites(service: dict[str, Any]) -> list[str]:
    """The hosts that count as the service's own website: its `url` and its operator's."""
    urls = [service.get("url"), (service.get("operator") or {}).get("url")]
    return [host(url) for url in urls if isinstance(url, str) and host(url)]


def on_own_site(url: str, service: dict[str, Any]) -> bool:
    """Is `url` on the service's (or its operator's) website? A subdomain of either counts, except on a
    domain many bodies share (SHARED_DOMAINS), where only the same host does."""
    name = host(url)
    return bool(name) and any(name == site or (site not in SHARED_DOMAINS and name.endswith("." + site))
                              for site in own_sites(service))


def checked(service: dict[str, Any]) -> dict[str, Any]:
    record = service.get("checked")
    return record if isinstance(record, dict) else {}


def is_confirmed(service: dict[str, Any], country: str | None = None) -> bool:
    """The rule the page follows: read on the service's own site, and every number seen there."""
    record = checked(service)
    url, found = record.get("url"), record.get("found")
    if not isinstance(url, str) or not isinstance(found, str) or not found.strip():
        return False
    # A service with no number or text (a directory, a website) is confirmed by being found on its own site.
    return on_own_site(url, service) and not missing_from(found, service, country)


def checked_date(service: dict[str, Any]) -> dt.date | None:
    return parse_date(checked(service).get("date"))


def long_date(date: dt.date) -> str:
    """29 November 2026."""
    return f"{date.day} {date:%B %Y}"


def services(data: Any) -> Iterator[tuple[int, dict[str, Any], int, dict[str, Any]]]:
    """(country index, country, service index, service) for every well-formed entry, in file order."""
    countries = data.get("countries") if isinstance(data, dict) else None
    for c, country in enumerate(countries if isinstance(countries, list) else []):
        if not isinstance(country, dict):
            continue
        entries = country.get("services")
        for s, service in enumerate(entries if isinstance(entries, list) else []):
            if isinstance(service, dict):
                yield c, country, s, service
