"""`walkaway`: the project's one command. Each subcommand is a short function; its docstring is its help.

The Makefile calls these; so do CI, the pre-commit hook and the deploy workflow. Exit status: 0 when all
is well, 1 when the content (or the built site) has a problem, 2 when the command was used wrongly.
"""
from __future__ import annotations

import gc
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from walkaway import paths
from walkaway.bench import SECTIONS

IN_GITHUB_ACTIONS = os.environ.get("GITHUB_ACTIONS") == "true"
FORMATS = click.Choice(["text", "json", "github"])
existing_folder = click.Path(exists=True, file_okay=False, path_type=Path)
existing_file = click.Path(exists=True, dir_okay=False, path_type=Path)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
def cli() -> None:
    """Walking Away's tools: check, build, preview and measure the site."""


@cli.command()
@click.option("--docs", type=existing_folder, default=paths.DOCS, show_default="docs", help="The pages folder.")
@click.option("--config", type=existing_file, default=paths.CONFIG, show_default="mkdocs.yml")
@click.option("--format", "fmt", type=FORMATS, default="github" if IN_GITHUB_ACTIONS else "text",
              show_default="text; github in GitHub Actions")
@click.option("--workers", type=click.IntRange(min=1), default=None, help="Processes that read pages (one per core).")
@click.option("--rule", "rules", multiple=True, metavar="ID", help="Run only this rule (repeat for more).")
@click.option("--list-rules", is_flag=True, help="List the rules (those of --rule, if given) and check nothing.")
@click.option("--rules-config", type=existing_file, default=None, show_default="walkaway/lint/rules.yml",
              help="Severities and options of the rules.")
def validate(docs: Path, config: Path, fmt: str, workers: int | None, rules: tuple[str, ...], list_rules: bool,
             rules_config: Path | None) -> None:
    """Check every page's front matter, links, anchors, HTML and the data files, in one pass."""
    from walkaway.lint.reference import listing

    settings_file = rules_config or _default_rules_config()
    _check_rule_ids(rules)
    if list_rules:
        with _rules_config_problems():
            click.echo(listing(settings_file, rules or None))
        return
    sys.exit(_run_validator(docs, config, fmt, workers=workers, rules=rules or None, settings_file=settings_file))


def _run_validator(docs: Path, config: Path, fmt: str = "text", **options: Any) -> int:
    """Run the validator, print its report, and return the exit status: 1 on any error."""
    from walkaway.lint.findings import render
    from walkaway.lint.runner import validate as run_rules

    # A short run that makes millions of small objects and few cycles: collecting garbage less often
    # saves about a tenth of the time on a large site (worker processes inherit the setting).
    gc.set_threshold(100_000, 50, 100)
    with _rules_config_problems():
        findings = run_rules(docs, config, **options)
    click.echo(render(findings, fmt))
    return 1 if any(finding.severity == "error" for finding in findings) else 0


def _default_rules_config() -> Path:
    from walkaway.lint.rules_config import RULES_CONFIG

    return RULES_CONFIG


def _check_rule_ids(rules: tuple[str, ...]) -> None:
    """`--rule` names registered rules; an unknown one is a usage error that suggests the nearest."""
    from walkaway.lint.registry import rule_ids
    from walkaway.suggest import did_you_mean

    known = rule_ids()
    for rule in rules:
        if rule not in known:
            advice = did_you_mean(rule, known, "`walkaway validate --list-rules` lists them")
            raise click.BadParameter(f"`{rule}` is not a rule; {advice}", param_hint="--rule")


@contextmanager
def _rules_config_problems() -> Iterator[None]:
    """A rules config that cannot be used: its problems, `path:line: what — how to fix`, and exit 2."""
    from walkaway.lint.rules_config import RulesConfigError

    try:
        yield
    except RulesConfigError as error:
        click.echo("\n".join(error.problems), err=True)
        sys.exit(2)


@cli.command()
@click.option("--config", type=existing_file, default=paths.CONFIG, show_default="mkdocs.yml")
@click.option("--site-dir", type=click.Path(file_okay=False, path_type=Path), default=paths.ROOT / "site",
              show_default="site")
def build(config: Path, site_dir: Path) -> None:
    """Validate, build strictly into a staging folder, check every built file, and only then fill site/."""
    from walkaway.publish import publish

    with _rules_config_problems():
        sys.exit(publish(config, site_dir, annotate=IN_GITHUB_ACTIONS))


@cli.command()
@click.option("--site", type=click.Path(file_okay=False, path_type=Path), default=paths.ROOT / "site",
              show_default="site", help="The built site.")
@click.option("--config", type=existing_file, default=paths.CONFIG, show_default="mkdocs.yml")
def gate(site: Path, config: Path) -> None:
    """Read every built file and refuse anything active the templates did not write (SECURITY.md)."""
    from walkaway.gate import run
    from walkaway.lint.findings import render

    if not (site / "index.html").is_file():
        raise click.UsageError(f"{site} holds no built site (run `walkaway build`)")
    findings = run(site, config)
    click.echo(render(findings, "text"))
    sys.exit(1 if findings else 0)


@cli.command()
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
def serve(port: int) -> None:
    """Preview the site on http://127.0.0.1:PORT, drafts included, reloading on every change."""
    try:
        socket.create_server(("127.0.0.1", port)).close()
    except OSError:
        raise click.UsageError(f"port {port} is in use (another preview?). Stop it, or run: "
                               f"make serve PORT={port + 1}") from None
    if _run_validator(paths.DOCS, paths.CONFIG) != 0:
        click.echo("The preview starts anyway; fix the problems above before you open a pull request.")
    command = [sys.executable, "-m", "mkdocs", "serve", "--config-file", str(paths.ROOT / "mkdocs.serve.yml"),
               "--dev-addr", f"127.0.0.1:{port}"]
    try:
        sys.exit(subprocess.call(command, cwd=paths.ROOT))
    except KeyboardInterrupt:
        sys.exit(0)


@cli.command("new-page")
@click.argument("title")
@click.option("--section", required=True, help="The folder under docs/, for example healing.")
@click.option("--slug", help="The file name without .md (made from the title if left out).")
@click.option("--tag", help="A tag from docs/_data/tags.yml (the section's name if it is a tag).")
def new_page(title: str, section: str, slug: str | None, tag: str | None) -> None:
    """Start a page with valid front matter at docs/SECTION/SLUG.md and add it to `nav`."""
    from walkaway.new_page import UsageError, create

    try:
        created = create(title, section, slug, tag, paths.DOCS, paths.CONFIG)
    except UsageError as error:
        raise click.UsageError(str(error)) from None
    click.echo(f"Created {created.relative_to(paths.ROOT)} and added it to nav in mkdocs.yml.")
    click.echo("Next: write the page, fill in `description`, add a reader's real question for it to "
               "tests/search_queries.yml (see its header), then run `make validate`.")


def _rewrite(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> list[tuple[str, str]]:
    pairs = []
    for value in values:
        old, sep, new = value.partition("=")
        if not sep or not old or not new:
            raise click.BadParameter(f"{value!r} is not FROM=TO")
        pairs.append((old, new))
    return pairs


@cli.command("check-helplines")
@click.option("--data", type=click.Path(dir_okay=False, path_type=Path), default=paths.DATA / "helplines.yml",
              show_default="docs/_data/helplines.yml")
@click.option("--format", "fmt", type=FORMATS, default="github" if IN_GITHUB_ACTIONS else "text")
@click.option("--update", is_flag=True, help="Rewrite the `checked` record of every entry confirmed now.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=20.0, show_default=True,
              help="Seconds to wait for each page.")
@click.option("--rewrite-url", multiple=True, metavar="FROM=TO", callback=_rewrite,
              help="Read addresses starting FROM at TO instead (tests use a local server).")
def check_helplines(data: Path, fmt: str, update: bool, timeout: float, rewrite_url: list[tuple[str, str]]) -> None:
    """Read each help line's own website: are its numbers still there? (Needs the internet.)"""
    from walkaway.helplines.report import check_file

    sys.exit(check_file(data, fmt, update, timeout, rewrite_url))


@cli.command()
@click.option("--check", is_flag=True, help="Only report what is out of date; write nothing.")
def docs(check: bool) -> None:
    """Write the generated parts of the contributors' documentation from their one source."""
    from walkaway.generated import write_all

    with _rules_config_problems():
        sys.exit(write_all(check))


@cli.command("social-image")
def social_image() -> None:
    """Draw the sharing card, overrides/assets/images/social.png, with Chromium (run after a design change)."""
    from walkaway.social_image import draw

    sys.exit(draw())


@cli.command()
@click.option("--full", is_flag=True, help="More repeats, htmlmin, 200 and 10,000 pages (within --budget), Zensical.")
@click.option("--only", multiple=True, type=click.Choice(SECTIONS), help="Measure only this section (repeatable).")
@click.option("--skip", multiple=True, type=click.Choice(SECTIONS), help="Leave this section out (repeatable).")
@click.option("--budget", type=click.FloatRange(min=1), default=600.0, show_default=True,
              help="Seconds: the longest build --full starts (predicted), and any build's time-out.")
@click.option("--rerun-search", is_flag=True, help="Run the search test even if its results are newer than the site.")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The report's file [default: benchmarks/latest.md, or none with --only].")
def bench(full: bool, only: tuple[str, ...], skip: tuple[str, ...], budget: float, rerun_search: bool,
          output: Path | None) -> None:
    """Measure the site side by side with stock Material: page weight, Lighthouse, first search, search
    quality, build CPU time, the validator on 10,000 pages, and (--full) Zensical.

    The quick run (the default, under five minutes on 2 cores) loads each page 3 times and builds once;
    --full repeats more. The report (benchmarks/latest.md) is rewritten as each section finishes, so a
    stopped run keeps what it measured. Exit status 1 when a measurement could not be made.
    """
    from walkaway.bench.main import run

    chosen = [name for name in only or SECTIONS if name not in skip and (full or only or name != "zensical")]
    if output is None and not only:
        output = paths.ROOT / "benchmarks" / "latest.md"
    sys.exit(run(chosen, full=full, budget=budget, rerun_search=rerun_search, output=output))


def main() -> None:
    """The console script: a stopped command exits quietly with 130, never with a traceback."""
    try:
        cli()
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    main()
