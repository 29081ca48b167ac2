"""MkDocs hook: render docs/_data/helplines.yml where a page says `<!-- helplines -->`.

The numbers live in one data file (checked by the validator) so a number is changed in one place and
every entry carries the date it was verified.
"""
from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path
from typing import Any

import yaml
from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # scripts/, for the shared package
from walkaway import paths  # noqa: E402

MARKER = "<!-- helplines -->"
KIND_NAMES = {
    "domestic-abuse": "domestic abuse",
    "crisis": "crisis and suicide",
    "men": "men",
    "lgbtq": "LGBTQ+ people",
    "young-people": "young people",
    "advice": "advice",
}


def load_helplines(docs: Path) -> dict[str, Any]:
    file = docs / paths.HELPLINES_FILE
    try:
        return yaml.safe_load(file.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise PluginError(f"{file}: cannot read the help lines ({error}); run `make validate`") from None


def tel_link(number: str) -> str:
    digits = re.sub(r"[^0-9+]", "", number)
    return f"[{number}](tel:{digits})"


def render(data: dict[str, Any]) -> str:
    countries = data.get("countries", [])
    out = ["Jump to: " + " · ".join(f"[{c['name']}](#{c['id']})" for c in countries), ""]
    for country in countries:
        out += [f"## {country['name']} {{#{country['id']}}}", ""]
        emergency = tel_link(country["emergency"])
        out.append(f"**Emergency: call {emergency}** (police, ambulance, fire).")
        if country.get("emergency_note"):
            out.append(country["emergency_note"])
        out.append("")
        for service in country["services"]:
            out += _service(service)
    return "\n".join(out)


def _service(service: dict[str, Any]) -> list[str]:
    kinds = ", ".join(KIND_NAMES.get(kind, kind) for kind in service["kinds"])
    verified = service["verified"]
    if isinstance(verified, dt.date):
        verified = verified.isoformat()
    lines = [f"### {service['name']}", "", f"{service['for']} *({kinds})*", ""]
    if service["phone"]:
        lines.append("- **Call:** " + " or ".join(tel_link(number) for number in service["phone"]))
    if service.get("text"):
        lines.append(f"- **Text:** {service['text']}")
    lines += [
        f"- **When:** {service['hours']}",
        f"- **Website:** [{_site_name(service['url'])}]({service['url']})",
        f"- *Checked on {verified}*",
        "",
    ]
    return lines


def _site_name(url: str) -> str:
    return re.sub(r"^https://(www\.)?", "", url).rstrip("/")


def on_page_markdown(markdown: str, *, page: Page, config: Any, files: Any) -> str | None:
    if MARKER not in markdown:
        return None
    return markdown.replace(MARKER, render(load_helplines(Path(config["docs_dir"]))))
