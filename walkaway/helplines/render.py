"""The help-line data as Markdown: the full list on "Get help now", and short lists for a services marker.

Every value from the data file is escaped (HTML and Markdown) before it goes into the page: a name like
`<script>` or `[x](javascript:...)` shows as those characters, never as markup. URLs are checked here too,
so an entry the validator never saw still cannot inject a link. Pure: data in, text out.
"""
from __future__ import annotations

import html
import posixpath
import re
from typing import Any

from walkaway import helplines

# Python-Markdown's backslash-escapable characters (and `|` for tables); `<`, `>` and `&` go through
# html.escape, because a backslash before them would be shown.
_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")
GET_HELP_NOW = "get-help-now.md"


class DataError(ValueError):
    """A value the page cannot show safely (an unsafe URL)."""


def plain(value: object) -> str:
    """A data value as literal text in Markdown."""
    return html.escape(_MARKDOWN.sub(r"\\\1", str(value)), quote=False)


def safe_url(url: object) -> str:
    if not isinstance(url, str) or not helplines.SAFE_URL.match(url):
        raise DataError(f"`{url}` is not a well-formed https:// address")
    return url


def tel_link(number: str) -> str:
    dial = re.sub(r"[^0-9+]", "", number)
    return f"[{plain(number)}](tel:{dial})"


def site_name(url: str) -> str:
    return plain(re.sub(r"^https://(www\.)?", "", url).rstrip("/"))


def confirmation(service: dict[str, Any], country: str | None) -> str:
    """The honest line: confirmed (with the date and the page read) or not yet confirmed."""
    date = helplines.checked_date(service)
    if helplines.is_confirmed(service, country) and date is not None:
        url = safe_url(re.sub(r"^http://", "https://", helplines.checked(service)["url"]))  # stored at http
        return f"Confirmed on [the service's own website]({url}) on {helplines.long_date(date)}."
    thing = "this number" if service.get("phone") or service.get("text") else "it"
    return (f"Not yet confirmed on the service's own website: check [their site]({safe_url(service['url'])}) "
            f"before you rely on {thing}.")


def kind_names(kinds: list[str]) -> str:
    return ", ".join(plain(helplines.KINDS.get(kind, kind)) for kind in kinds)


def render_all(data: dict[str, Any]) -> str:
    """Every country and service, for `<!-- helplines -->` on Get help now."""
    countries = [country for country in data.get("countries", []) if isinstance(country, dict)]
    out = ["Jump to: " + " · ".join(f"[{plain(c['name'])}](#{_id(c)})" for c in countries), ""]
    for country in countries:
        out += [f"## {plain(country['name'])} {{#{_id(country)}}}", ""]
        out.append(f"**Emergency: call {tel_link(str(country['emergency']))}** (police, ambulance, fire).")
        if country.get("emergency_note"):
            out.append(plain(country["emergency_note"]))
        out.append("")
        for service in country.get("services", []):
            out += _service(service, country.get("id"))
    return "\n".join(out)


def _id(country: dict[str, Any]) -> str:
    ident = str(country.get("id", ""))
    if not re.fullmatch(r"[a-z]{2}", ident):
        raise DataError(f"country id `{ident}` is not two lower-case letters")
    return ident


def _service(service: dict[str, Any], country: str | None) -> list[str]:
    lines = [f"### {plain(service['name'])}", "",
             f"{plain(service['for'])} *({kind_names(service['kinds'])})*", ""]
    lines += [f"- {detail}" for detail in _details(service)]
    lines += [f"- **Website:** [{site_name(safe_url(service['url']))}]({safe_url(service['url'])})"]
    operator = service.get("operator")
    if isinstance(operator, dict):
        lines.append(f"- **Run by:** [{plain(operator['name'])}]({safe_url(operator['url'])})")
    lines += [f"- *{confirmation(service, country)}*", ""]
    return lines


def _details(service: dict[str, Any]) -> list[str]:
    details = []
    if service.get("phone"):
        details.append("**Call:** " + " or ".join(tel_link(str(number)) for number in service["phone"]))
    if service.get("text"):
        details.append(f"**Text:** {plain(service['text'])}")
    details.append(f"**When:** {plain(service['hours'])}")
    if service.get("region"):
        details.append(f"**Where:** {plain(service['region'])}")
    return details


def render_kinds(data: dict[str, Any], kinds: list[str], page_rel: str) -> str:
    """The services of `kinds`, grouped by country, for `<!-- services: KIND -->` on page `page_rel`.

    A country with none of those kinds says so, and gives its general domestic-abuse line instead.
    """
    unknown = [kind for kind in kinds if kind not in helplines.KINDS]
    if unknown or not kinds:
        raise DataError(f"unknown kind(s) {', '.join(unknown) or '(none)'}; use: {', '.join(helplines.KINDS)}")
    get_help = posixpath.relpath(GET_HELP_NOW, posixpath.dirname(page_rel) or ".")
    wanted = " or ".join(plain(helplines.KINDS[kind]) for kind in kinds)
    out: list[str] = []
    for country in data.get("countries", []):
        code, name = country.get("id"), plain(country["name"])
        matching = [s for s in country.get("services", []) if set(s.get("kinds", [])) & set(kinds)]
        out += [f"**{name}**", ""]
        if matching:
            out += [f"- {_short(service, code)}" for service in matching]
        if matching and all(service.get("region") for service in matching):
            # Only regional services: say so for everyone else in the country.
            out += ["", f"Elsewhere in {_the(name)}, we don't list a service for {wanted} yet. For every line in "
                        f"{_the(name)}, see [Get help now]({get_help}#{_id(country)})."]
        elif not matching:
            general = _general_line(country)
            sentence = f"We don't list a service for {wanted} in {_the(name)} yet."
            if general is not None:
                sentence += f" For domestic abuse, you can contact: {_short(general, code)}"
            out.append(sentence + f" For every line in {_the(name)}, see [Get help now]({get_help}#{_id(country)}).")
        out.append("")
    return "\n".join(out).rstrip("\n")


def _general_line(country: dict[str, Any]) -> dict[str, Any] | None:
    """The country's domestic-abuse line for everyone: one that covers the whole country if there is one."""
    lines = [s for s in country.get("services", []) if "domestic-abuse" in s.get("kinds", [])]
    return next((s for s in lines if not s.get("region")), lines[0] if lines else None)


def _short(service: dict[str, Any], country: str | None) -> str:
    parts = [f"**[{plain(service['name'])}]({safe_url(service['url'])})**"]
    parts += _details(service)
    parts.append(confirmation(service, country))
    return " ".join(part if part.endswith(".") else part + "." for part in parts)


def _the(country_name: str) -> str:
    return f"the {country_name}" if country_name.startswith("United ") else country_name
