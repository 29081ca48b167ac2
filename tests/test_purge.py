"""Minifying our assets and pruning Material's stylesheets: what is kept, and that the gate checks it."""
from __future__ import annotations

import json
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from built_site import built_site
from walkaway import minify, purge
from walkaway.gate import known

USED = purge.Used(words={"md-header", "md-typeset", "admonition", "class", "dir"},
                  values={"dir": {"ltr"}, "data-md-color-primary": {"teal"},
                          "data-md-color-scheme": {"default", "slate"}})


def test_unused_rules_go_and_used_ones_stay() -> None:
    css = ".md-header{color:red}.md-banner{color:blue}.md-typeset .admonition,.md-typeset .unused{margin:0}"
    assert purge.prune(css, USED) == ".md-header{color:red}.md-typeset .admonition{margin:0}"


def test_states_print_dark_and_functional_pseudo_classes_are_kept() -> None:
    css = ("@media print{.never-used{display:none}}"
           "@media (prefers-color-scheme:dark){.never-used{color:#000}}"
           "@media screen and (min-width:76.25em){.never-used{top:0}.md-header{top:1px}}"
           ".md-header:hover:not(.never-used)::before{content:\"{\"}"
           "[dir=ltr] .md-header{left:0}[dir=rtl] .md-header{right:0}"
           "[data-md-color-primary=teal]{--c:1}[data-md-color-primary=pink]{--c:2}"
           "[data-md-color-scheme=slate]{--d:1}.md-search__input{x:1}.wa-planner__answer--long{y:1}"
           "@keyframes never-used{0%{opacity:0}}@font-face{font-family:x}")
    kept = purge.prune(css, USED)
    assert "@media print{.never-used{display:none}}" in kept
    assert "@media (prefers-color-scheme:dark){.never-used{color:#000}}" in kept
    assert "@media screen and (min-width:76.25em){.md-header{top:1px}}" in kept
    assert '.md-header:hover:not(.never-used)::before{content:"{"}' in kept
    assert "[dir=ltr] .md-header{left:0}" in kept and "[dir=rtl]" not in kept
    assert "[data-md-color-primary=teal]" in kept and "pink" not in kept
    assert "[data-md-color-scheme=slate]{--d:1}" in kept  # the dark scheme, set by the toggle
    assert ".md-search__input{x:1}" in kept and ".wa-planner__answer--long{y:1}" in kept  # safelist
    assert "@keyframes never-used" in kept and "@font-face" in kept


def test_pruning_material_keeps_what_our_pages_use(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text('<body dir=ltr data-md-color-scheme=default>'
                                         '<div class="md-typeset"><div class="admonition note"></div></div></body>',
                                         encoding="utf-8")
    used = purge.used_in_site(tmp_path)
    source = next((purge.theme_dir() / "assets" / "stylesheets").glob("main.*.min.css")).read_text(encoding="utf-8")
    pruned = purge.prune(source, used)
    assert len(pruned) < len(source) * 0.9
    assert ".md-typeset .admonition" in pruned and "@media print" in pruned
    assert ".md-typeset .admonition.note" in pruned or ".md-typeset .note" in pruned


def test_minifiers_keep_what_csscompressor_broke_and_what_scripts_need() -> None:
    css = ".a{ left: max(0px, calc((100vw - 61rem) / 2)); }"
    assert minify.css(css) == ".a{left:max(0px,calc((100vw - 61rem) / 2))}"
    script = '(() => {\n  "use strict";\n  // a comment\n  const a = "x" + "y"; /* more */\n})();\n'
    assert minify.js(script) == '(()=>{"use strict";const a="x"+"y";})();'


def test_html_minifier_leaves_inline_scripts_and_json_ld_exact() -> None:
    helpers = known.bodies_for("../..")[0]
    data = json.dumps({"@context": "https://schema.org", "@type": "FAQPage", "name": "A  <b> & \"q\""})
    page = (f'<!doctype html><html lang="en"><head><title>x</title><script>{helpers}</script>'
            f'<script type="application/ld+json">{data}</script></head><body><p>a   b</p></body></html>')
    tree = LexborHTMLParser(minify.html(page))
    scripts = tree.css("script")
    assert scripts[0].text() == helpers
    assert (scripts[1].attributes.get("type") or "") == "application/ld+json"
    assert json.loads(scripts[1].text()) == json.loads(data)


def test_the_gate_refuses_a_pruned_or_minified_asset_that_differs(tmp_path: Path) -> None:
    import shutil

    from walkaway import paths
    from walkaway.gate import run

    copy = tmp_path / "site"
    shutil.copytree(built_site(), copy)
    assert run(copy, paths.CONFIG) == []
    css = next((copy / "assets" / "stylesheets").glob("main.*.min.css"))
    css.write_text(css.read_text(encoding="utf-8") + ".x{color:red}", encoding="utf-8")
    script = copy / "assets" / "javascripts" / "quick-exit.js"
    script.write_text(script.read_text(encoding="utf-8") + ";", encoding="utf-8")
    findings = [finding.as_text() for finding in run(copy, paths.CONFIG)]
    assert len(findings) == 2, findings
    assert any("pruned to the rules the site uses" in text for text in findings)
    assert any("the minifier's output of overrides/assets/javascripts/quick-exit.js" in text for text in findings)
