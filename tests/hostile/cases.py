"""The hostile corpus: what a contributor could send in a pull request to get something active published.

Each case is a few files written into a copy of the project. `expect` says where the publish path
(`walkaway build`) must stop it:

- "validator": the validator refuses it (exit 1, `path:line: ... — ...`), so nothing is built;
- "gate": the validator lets it through (its Markdown parser reads it differently from MkDocs, or it is
  not Markdown at all) and the output gate refuses the built site;
- "inert": it is published, and the gate finds nothing active in what was published.

`bypass` says what the gate finds when the validator is skipped and MkDocs builds the case anyway
("refuses" or "inert"), proving the two layers agree; None where MkDocs cannot build it at all (it would
hang or stop), with the reason in `note`. `e2e` marks the one case per category that runs the real
command in a subprocess, to prove the build stops at the validator as the in-process runs assume.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Expect = Literal["validator", "gate", "inert"]
Bypass = Literal["refuses", "inert"] | None


@dataclass(frozen=True)
class Link:
    """A symbolic link to `to` (absolute, or relative to the project copy)."""

    to: str


@dataclass(frozen=True)
class Fifo:
    """A named pipe: reading it never ends."""


@dataclass(frozen=True)
class Case:
    id: str
    category: str
    files: dict[str, str | bytes | Link | Fifo]
    expect: Expect
    rules: tuple[str, ...] = ()        # rule ids, one of which must be in the refusal
    bypass: Bypass = "refuses"
    e2e: bool = False
    note: str = ""
    where: str = field(default="")     # the path the refusal must name; the case's page by default
    spreads: bool = False              # lands on other pages too (titles and file names are in every nav)

    @property
    def shown(self) -> str:
        return self.where or f"docs/hostile/{self.id}.md"


MKDOCS_CANNOT_READ = "MkDocs cannot read this front matter; the sitemap hook then stops the build"
PROSE = "This page is a test. It has short words and short lines.\n\n"


def front(case_id: str, **extra: str) -> str:
    fields = {"title": f"Hostile case {case_id}",
              "description": f"A test page for the hostile case {case_id}, to check that nothing active is published.",
              "reviewed": "2026-11-01", **extra}
    return "---\n" + "".join(f"{key}: {value}\n" for key, value in fields.items()) + "---\n\n"


def page(case_id: str, body: str, **extra: str) -> dict[str, str | bytes | Link | Fifo]:
    return {f"hostile/{case_id}.md": front(case_id, **extra) + PROSE + body + "\n"}


def raw_page(case_id: str, data: bytes) -> dict[str, str | bytes | Link | Fifo]:
    return {f"hostile/{case_id}.md": data}


def _cases() -> list[Case]:
    cases: list[Case] = []

    def add(case_id: str, category: str, files: dict, expect: Expect, rules: tuple[str, ...] = (),
            bypass: Bypass = "refuses", **more: object) -> None:
        cases.append(Case(case_id, category, files, expect, rules, bypass, **more))  # type: ignore[arg-type]

    # --- Encodings: the validator must read a page as MkDocs would, or refuse it -------------------------
    good = front("x").replace("case x", "case {id}")
    def encoded(case_id: str, text: str, encoding: str) -> dict:
        return raw_page(case_id, (good.replace("{id}", case_id) + PROSE + text).encode(encoding))
    script = "<script>alert(1)</script>\n"
    add("enc-utf16-le", "encoding", encoded("enc-utf16-le", script, "utf-16"), "validator", ("file-encoding",),
        None, e2e=True, note="MkDocs cannot decode it and stops")
    add("enc-utf16-be", "encoding", encoded("enc-utf16-be", script, "utf-16-be"), "validator", ("file-encoding",), None,
        note="MkDocs cannot decode it and stops")
    add("enc-utf32", "encoding", encoded("enc-utf32", script, "utf-32"), "validator", ("file-encoding",), None,
        note="MkDocs cannot decode it and stops")
    add("enc-bom", "encoding", raw_page("enc-bom", b"\xef\xbb\xbf" + encoded("enc-bom", script, "utf-8")[
        "hostile/enc-bom.md"]), "validator", ("file-encoding",), "refuses")
    add("enc-overlong", "encoding", raw_page("enc-overlong", encoded("enc-overlong", "", "utf-8")["hostile/enc-overlong.md"]
                                             + b"\xc0\xbcscript\xc0\xbealert(1)\xc0\xbc/script\xc0\xbe\n"),
        "validator", ("file-encoding",), None, note="MkDocs cannot decode it and stops")
    add("enc-nul", "encoding", raw_page("enc-nul", encoded("enc-nul", "<scr\x00ipt>alert(1)</script>\n", "utf-8")[
        "hostile/enc-nul.md"]), "validator", ("file-encoding",), "refuses")
    add("enc-surrogate", "encoding", raw_page("enc-surrogate", encoded("enc-surrogate", "", "utf-8")[
        "hostile/enc-surrogate.md"] + b"\xed\xa0\x80 text\n"), "validator", ("file-encoding",), None,
        note="MkDocs cannot decode it and stops")
    add("enc-latin1", "encoding", raw_page("enc-latin1", encoded("enc-latin1", "Caf\xe9 <b>x</b>\n", "latin-1")[  # codespell:ignore
        "hostile/enc-latin1.md"]), "validator", ("file-encoding",), None, note="MkDocs cannot decode it and stops")
    add("enc-planner-utf16", "encoding", {"_data/planners/reflection.yml": "title: <script>x</script>\n".encode("utf-16")},
        "validator", ("planner-schema",), None, where="docs/_data/planners/reflection.yml",
        note="the planner hook cannot read it and stops the build")
    add("enc-cr-only", "encoding", raw_page("enc-cr-only", (good.replace("{id}", "enc-cr-only") + PROSE
                                                            + "Plain text.\rMore text.\r").encode()), "inert", bypass="inert")

    # --- YAML: aliases, bombs, tags, nesting, size ----------------------------------------------------
    bomb = "keywords: &a [x, x, x, x, x, x, x, x, x]\nsearch_bomb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n" + "".join(
        f"b{n}: &b{n} [{', '.join(['*b' if n == 0 else f'*b{n - 1}'] * 9)}]\n" for n in range(8))
    def fm_page(case_id: str, yaml_text: str) -> dict:
        return {f"hostile/{case_id}.md": front(case_id).replace("---\n\n", yaml_text + "---\n\n", 1) + PROSE}
    add("yaml-alias-self", "yaml", fm_page("yaml-alias-self", "keywords: &r [*r]\n"), "validator",
        ("front-matter-syntax",), None, e2e=True, note="MkDocs' own reader builds a list that contains itself")
    add("yaml-alias-bomb", "yaml", fm_page("yaml-alias-bomb", bomb), "validator", ("front-matter-syntax",), None,
        note="a billion-laughs expansion: anything that walks it never finishes")
    add("yaml-anchor", "yaml", fm_page("yaml-anchor", "icon: &i material/home\n"), "validator",
        ("front-matter-syntax",), "inert")
    add("yaml-merge-key", "yaml", fm_page("yaml-merge-key", "search: &s {boost: 2}\nhide: [toc]\nx: {<<: *s}\n"),
        "validator", ("front-matter-syntax",), "inert")
    add("yaml-python-object", "yaml", fm_page("yaml-python-object", "keywords: !!python/object/apply:os.system [id]\n"),
        "validator", ("front-matter-syntax",), None,
        note=MKDOCS_CANNOT_READ)
    add("yaml-python-name", "yaml", fm_page("yaml-python-name", "icon: !!python/name:os.system\n"), "validator",
        ("front-matter-syntax",), None,
        note=MKDOCS_CANNOT_READ)
    add("yaml-custom-tag", "yaml", fm_page("yaml-custom-tag", "icon: !ENV [HOME]\n"), "validator",
        ("front-matter-syntax",), None,
        note=MKDOCS_CANNOT_READ)
    add("yaml-binary", "yaml", fm_page("yaml-binary", "icon: !!binary PHNjcmlwdD4=\n"), "validator",
        ("front-matter-syntax",), None, note="Material cannot find an icon of that name and the build stops")
    add("yaml-deep", "yaml", fm_page("yaml-deep", "keywords: " + "[" * 400 + "]" * 400 + "\n"), "validator",
        ("front-matter-syntax",), None, note="MkDocs' reader recurses 400 levels; our hooks would too")
    add("yaml-huge-string", "yaml", fm_page("yaml-huge-string", "readability_note: " + "a" * 300_000 + "\n"),
        "validator", ("page-limits",), "inert")
    add("yaml-planner-alias", "yaml", {"_data/planners/reflection.yml": "title: &t Your stay-or-go reflection\n"
                                       "sections: [{id: a, title: *t, questions: [{id: b, kind: short, label: *t}]}]\n"},
        "validator", ("planner-schema",), None, where="docs/_data/planners/reflection.yml",
        note="the planner hook refuses it and stops the build")
    add("yaml-planner-bomb", "yaml", {"_data/planners/reflection.yml": "title: x\n" + bomb.replace("keywords", "a")},
        "validator", ("planner-schema",), None, where="docs/_data/planners/reflection.yml",
        note="the planner hook refuses it and stops the build")
    add("yaml-planner-deep", "yaml", {"_data/planners/reflection.yml": "title: " + "[" * 300 + "]" * 300 + "\n"},
        "validator", ("planner-schema",), None, where="docs/_data/planners/reflection.yml",
        note="the planner hook refuses it and stops the build")
    add("yaml-tags-alias", "yaml", {"_data/tags.yml": "signs: &s Noticing that something is wrong.\nabuse: *s\n"},
        "validator", ("tags-file",), None, where="docs/_data/tags.yml",
        note="the tag_vocabulary hook refuses it and stops the build")
    add("yaml-helplines-bomb", "yaml", {"_data/helplines.yml": "countries: []\n" + bomb.replace("keywords", "a")},
        "validator", ("helpline-",), None, where="docs/_data/helplines.yml",
        note="the help-line hook refuses it (the content layer's reader) and stops the build")
    add("yaml-planner-python", "yaml", {"_data/planners/reflection.yml": "title: !!python/object/apply:os.system [id]\n"
                                        "sections: []\n"}, "validator", ("planner-schema",), None,
        where="docs/_data/planners/reflection.yml", note="the planner hook refuses it and stops the build")

    # --- Links: schemes that run code, and other origins ----------------------------------------------
    links = {
        "link-javascript": ("[Click](javascript:alert(1))", "validator", ("link-scheme",)),
        "link-javascript-case": ("[Click](JaVaScRiPt:alert(1))", "validator", ("link-scheme",)),
        "link-javascript-entity": ("[Click](jav&#x61;script:alert(1))", "validator", ("link-scheme",)),
        "link-javascript-angle": ("[Click](<javascript:alert(1)>)", "validator", ("link-scheme",)),
        "link-javascript-reference": ("[Click][r]\n\n[r]: javascript:alert(1)", "validator", ("link-scheme",)),
        "link-vbscript": ("[Click](vbscript:msgbox(1))", "validator", ("link-scheme",)),
        "link-data": ("[Click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "validator",
                      ("link-scheme",)),
        "link-file": ("[Click](file:///etc/passwd)", "validator", ("link-scheme",)),
        "link-image-javascript": ("![A picture](javascript:alert(1))", "validator", ("link-scheme", "image-file")),
        "link-image-data": ("![A picture](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)", "validator",
                            ("link-scheme", "image-file")),
        "link-image-other-origin": ("![A picture](https://evil.example/a.png)", "validator", ("image-file",)),
        "link-image-protocol-relative": ("![A picture](//evil.example/a.png)", "validator",
                                         ("image-file", "link-scheme", "link-target")),
        "link-protocol-relative": ("[Click](//evil.example/x)", "validator", ("link-scheme", "link-target")),
        "link-backslashes": ("[Click](\\\\evil.example\\x)", "validator", ("link-target", "link-style")),
        "link-raw-javascript": ('<a href="javascript:alert(1)">Click</a>', "validator", ("html-forbidden",)),
        "link-raw-entity": ('<a href="&#106;avascript:alert(1)">Click</a>', "validator", ("html-forbidden",)),
        "link-raw-tab": ('<a href="java&#x09;script:alert(1)">Click</a>', "validator", ("html-forbidden",)),
        "link-raw-space": ('<a href="  javascript:alert(1)">Click</a>', "validator", ("html-forbidden",)),
        "link-raw-other-origin-image": ('<img src="//evil.example/x.png" alt="A picture">', "validator",
                                        ("html-forbidden", "image-file")),
    }
    for case_id, (body, expect, rules) in links.items():
        add(case_id, "links", page(case_id, body), expect, rules, e2e=case_id == "link-javascript")
    for case_id, body in {"link-https": "[A help line](https://example.org/help)",
                          "link-mailto": "[Mail us](mailto:help@example.org)",
                          "link-tel": "[Call](tel:+441234567890)",
                          "link-autolink": "<https://example.org/>"}.items():
        add(case_id, "links", page(case_id, body), "inert", bypass="inert")

    # --- Raw HTML: every variant the review found, and the classics ------------------------------------
    html_refused = {
        "html-script": "<script>alert(1)</script>",
        "html-script-upper": "<SCRIPT>alert(1)</SCRIPT>",
        "html-script-src": '<script src="//evil.example/x.js"></script>',
        "html-script-module": '<script type="module">alert(1)</script>',
        "html-script-plain-type": '<script type="text/plain">alert(1)</script>',
        "html-svg-script": "<svg><script>alert(1)</script></svg>",
        "html-svg-onload": "<svg onload=alert(1)></svg>",
        "html-img-onerror": '<img src="x.png" onerror="alert(1)" alt="x">',
        "html-details-ontoggle": "<details open ontoggle=alert(1)><summary>x</summary>y</details>",
        "html-iframe": '<iframe src="https://evil.example/"></iframe>',
        "html-iframe-srcdoc": "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "html-meta-refresh": '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
        "html-base": '<base href="https://evil.example/">',
        "html-form-action": '<form action="https://evil.example/"><input name="q"></form>',
        "html-button-formaction": '<button formaction="https://evil.example/">Send</button>',
        "html-style-element": "<style>body{background:url(https://evil.example/x.png)}</style>",
        "html-style-attribute": '<p style="background:url(https://evil.example/x.png)">Text.</p>',
        "html-object": '<object data="x.swf"></object>',
        "html-embed": '<embed src="x.swf">',
        "html-applet": '<applet code="x"></applet>',
        "html-frameset": "<frameset><frame src=\"https://evil.example/\"></frameset>",
        "html-link-stylesheet": '<link rel="stylesheet" href="https://evil.example/x.css">',
        "html-math-link": '<math><mtext><a href="javascript:alert(1)">x</a></mtext></math>',
        "html-template": "<template><script>alert(1)</script></template>",
        "html-ping": '<a href="https://example.org/" ping="https://evil.example/">x</a>',
        "html-video-other-origin": '<video src="https://evil.example/v.mp4"></video>',
        "html-srcset": '<img srcset="https://evil.example/a.png 1x" alt="x">',
        "html-data-link": "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
        "html-noscript-breakout": '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
        "html-nested-script-name": "<scr<script>ipt>alert(1)</script>",
        "html-onclick-span": '<span onclick="alert(1)">x</span>',
        "html-table-cell": "| A |\n|---|\n| <script>alert(1)</script> |",
        "html-heading": "## <script>alert(1)</script> Title",
        "html-markdown-in-div": '<div markdown>\n\n<script>alert(1)</script>\n\n</div>',
        "html-details-title": '??? note "<img src=x onerror=alert(1)>"\n\n    Body text.',
        # Python-Markdown reads a block title as Markdown; the validator checks it as HTML since issue 16.
        "html-admonition-title": '!!! note "<script>alert(1)</script>"\n\n    Body text.',
        "html-tab-title": '=== "<img src=x onerror=alert(1)>"\n\n    Body text.',
    }
    for case_id, body in html_refused.items():
        add(case_id, "html", page(case_id, body), "validator", ("html-forbidden", "html-allowlist"),
            e2e=case_id == "html-script")
    # What pulldown-cmark (the validator's parser) and Python-Markdown (MkDocs') read differently.
    html_disagreements = {
        "html-script-slash": "<script/x>alert(1)</script>",
        "html-indented-in-div": "<div>\n\n    <script>alert(1)</script>\n\n</div>",
        "html-after-unclosed-fence": "```\nSome code\n\n<script>alert(1)</script>",
    }
    for case_id, body in html_disagreements.items():
        add(case_id, "html", page(case_id, body), "gate", ("gate-script", "gate-handler"))
    # Browsers end a comment at `<!-->` and run the script after it; minify-html (walkaway/hooks/minify.py)
    # reads a comment running to `-->` and drops the script with it. Without the validator the published
    # page is therefore inert; the gate checks the minified page, which is what readers get.
    add("html-comment-breakout", "html", page("html-comment-breakout", "<!--><script>alert(1)</script>-->"),
        "validator", ("html-forbidden", "html-allowlist"), bypass="inert")
    for case_id, body in {"html-span": "<span>Allowed inline HTML.</span>",
                          "html-code-span": "`<script>alert(1)</script>`",
                          "html-indented-code": "Text:\n\n    <script>alert(1)</script>",
                          "html-escaped-text": "&lt;script&gt;alert(1)&lt;/script&gt;",
                          "html-kbd": "Press <kbd>Shift</kbd> three times."}.items():
        add(case_id, "html", page(case_id, body), "inert", bypass="inert")

    # --- Attribute lists (attr_list): attributes on any block --------------------------------------------
    attrs = {
        "attr-onclick": 'A paragraph.\n{: onclick="alert(1)" }',
        "attr-heading-handler": "## A heading { onmouseover=alert(1) }",
        "attr-style": 'A paragraph.\n{: style="background:url(//evil.example/x)" }',
        "attr-href": 'A paragraph.\n{: href="javascript:alert(1)" }',
        "attr-link-handler": "[A link](https://example.org/){: onclick=alert(1) }",
        "attr-src": 'A paragraph.\n{: src="//evil.example/x.js" }',
        "attr-formaction": 'A paragraph.\n{: formaction="https://evil.example/" }',
    }
    for case_id, body in attrs.items():
        add(case_id, "attr_list", page(case_id, body), "gate", ("gate-",), e2e=False)
    for case_id, body in {"attr-id-class": "## A heading {: #a-heading .wide }",
                          "attr-data": 'A paragraph.\n{: data-note="plain" }'}.items():
        add(case_id, "attr_list", page(case_id, body), "inert", bypass="inert")

    # --- Front matter printed by templates ------------------------------------------------------------
    fm = {
        "fm-title-script": {"title": "'<script>alert(1)</script>'"},
        "fm-title-meta": {"title": "'x</title><meta http-equiv=refresh content=0;url=//evil.example>'"},
        "fm-title-quote": {"title": "'A title\" onfocus=\"alert(1)'"},
        "fm-title-entity": {"title": "'Tom &amp; Jerry'"},
        "fm-title-backquote": {"title": "'A `code` title'"},
        "fm-description-script": {"description": "'<script>alert(1)</script> and some more words to reach fifty chars'"},
        "fm-description-quote": {"description": "'A description\"><script>alert(1)</script> that goes on for long enough'"},
        "fm-warning-script": {"content_warning": "'<script>alert(1)</script> is here'"},
        "fm-warning-img": {"content_warning": "'<img src=x onerror=alert(1)> is here'"},
        "fm-keywords": {"keywords": "['<script>alert(1)</script>']"},
        "fm-tags": {"tags": "['<b>x</b>']"},
        "fm-icon": {"icon": "'../../../../etc/passwd'"},
        "fm-template": {"template": "'../../../etc/passwd'"},
        "fm-readability-note": {"readability_note": "'<script>alert(1)</script> reads badly on purpose'"},
        "fm-source-title": {"sources": "[{title: '<script>alert(1)</script>', url: 'https://example.org/',"
                                       " accessed: 2026-11-01}]"},
        "fm-source-javascript": {"sources": "[{title: 'A source page', url: 'javascript:alert(1)', accessed: 2026-11-01}]"},
        "fm-source-breakout": {"sources": "[{title: 'A source page', url: 'https://example.org/\"><script>x</script>',"
                                          " accessed: 2026-11-01}]"},
        "fm-source-protocol-relative": {"sources": "[{title: 'A source page', url: '//evil.example/',"
                                                   " accessed: 2026-11-01}]"},
    }
    UNBUILDABLE = {"fm-icon": "Jinja refuses an icon path with `..` and the build stops",  # noqa: N806
                   "fm-template": "Jinja refuses a template path with `..` and the build stops"}
    for case_id, extra in fm.items():
        add(case_id, "front_matter", page(case_id, "", **extra), "validator", ("front-matter-schema",),
            None if case_id in UNBUILDABLE else "inert" if case_id in (
                "fm-title-entity", "fm-title-backquote", "fm-readability-note", "fm-source-protocol-relative",
                "fm-title-quote", "fm-keywords") else "refuses", e2e=case_id == "fm-title-script",
            note=UNBUILDABLE.get(case_id, ""))
    for case_id, extra in {"fm-apostrophe": {"title": "\"It's a plain title\""},
                           "fm-ampersand": {"description": "'Friends & family: a test page to check that an ampersand"
                                                          " is printed as text.'"}}.items():
        add(case_id, "front_matter", page(case_id, "", **extra), "inert", bypass="inert")

    # --- Data files rendered by hooks -----------------------------------------------------------------
    def planner(case_id: str, title: str = "A small planner", label: str = "Where would you go?",
                hint: str = "Any place at all.", item: str = "Keys", kind: str = "short", qid: str = "where") -> dict:
        yaml_text = (f"title: {title}\nsections:\n  - id: first\n    title: First part\n    questions:\n"
                     f"      - id: {qid}\n        kind: {kind}\n        label: {label}\n        hint: {hint}\n"
                     f"      - id: take\n        kind: checklist\n        label: What would you take?\n"
                     f"        items:\n          - id: keys\n            label: {item}\n")
        return {f"_data/planners/{case_id}.yml": yaml_text,
                **page(case_id, f"<!-- planner: {case_id} -->")}
    planners = {
        "data-planner-title": planner("data-planner-title", title="'<script>alert(1)</script>'"),
        "data-planner-label": planner("data-planner-label", label="'<img src=x onerror=alert(1)>'"),
        "data-planner-hint-quote": planner("data-planner-hint-quote", hint="'x\" onfocus=\"alert(1)'"),
        "data-planner-item-entity": planner("data-planner-item-entity", item="'Keys &amp; phone'"),
        "data-planner-id": planner("data-planner-id", qid="'a\"><script>x</script>'"),
        "data-planner-kind": planner("data-planner-kind", kind="'short\" onfocus=\"alert(1)'"),
    }
    for case_id, files in planners.items():
        add(case_id, "data", files, "validator", ("planner-schema",),
            None if case_id in ("data-planner-id", "data-planner-kind") else "inert",
            where=f"docs/_data/planners/{case_id}.yml", e2e=case_id == "data-planner-title",
            note="the planner hook cannot render an id or kind it does not know" if case_id in (
                "data-planner-id", "data-planner-kind") else "")
    add("data-planner-ampersand", "data", planner("data-planner-ampersand", label="Keys & phone?"), "inert",
        bypass="inert")
    tags = "signs: Noticing that something in the relationship is wrong.\n"
    add("data-tag-description", "data", {"_data/tags.yml": tags + "abuse: <script>alert(1)</script>\n"},
        "validator", ("tags-file",), None, where="docs/_data/tags.yml",
        note="the tag_vocabulary hook refuses it and stops the build")
    add("data-tag-name", "data", {"_data/tags.yml": tags + "'<b>x</b>': A tag.\n"}, "validator", ("tags-file",),
        None, where="docs/_data/tags.yml", note="the tag_vocabulary hook refuses it and stops the build")

    # --- Files that are not pages ---------------------------------------------------------------------
    svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8">{}</svg>'
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
    files_cases: dict[str, tuple[dict, Expect, tuple[str, ...], Bypass]] = {
        "file-html": ({"hostile/file-html.html": "<!doctype html><script>alert(1)</script>"}, "validator",
                      ("docs-file-type",), "refuses"),
        "file-markdown-extension": ({"hostile/file-markdown-extension.markdown": front("x") + "<script>alert(1)</script>"},
                                    "validator", ("docs-file-type",), "refuses"),
        "file-mdown-extension": ({"hostile/file-mdown-extension.mdown": front("y") + "Text."}, "validator",
                                 ("docs-file-type",), "refuses"),
        "file-replaces-quick-exit": ({"assets/javascripts/quick-exit.js": "/* nothing */"}, "validator",
                                     ("docs-file-type",), "refuses"),
        "file-replaces-stylesheet": ({"assets/stylesheets/walking-away.css": "body{display:none}"}, "validator",
                                     ("docs-file-type",), "refuses"),
        "file-new-script": ({"assets/javascripts/extra.js": "alert(1)"}, "validator", ("docs-file-type",), "refuses"),
        "file-search-index": ({"search/search_index.json": '{"docs": []}'}, "validator", ("docs-file-type",), "inert"),
        "file-robots": ({"robots.txt": "User-agent: *\n"}, "validator", ("docs-file-type",), "inert"),
        "file-xml": ({"hostile/x.xml": "<x/>"}, "validator", ("docs-file-type",), "refuses"),
        "file-no-extension": ({"CNAME": "evil.example"}, "validator", ("docs-file-type",), "refuses"),
        "file-hidden": ({".htaccess": "Redirect / https://evil.example/"}, "validator", ("docs-file-type",), "inert"),
        "file-data-html": ({"_data/evil.html": "<script>alert(1)</script>"}, "validator", ("docs-file-type",), "inert"),
        "file-png-is-html": ({"hostile/pic.png": b"<html><script>alert(1)</script>"}, "gate", ("gate-file",), "refuses"),
        "file-svg-script": ({"hostile/pic.svg": svg.format("<script>alert(1)</script>")}, "gate", ("gate-svg",),
                            "refuses"),
        "file-svg-onload": ({"hostile/pic2.svg": svg.format('<rect width="8" height="8" onload="alert(1)"/>')}, "gate",
                            ("gate-svg",), "refuses"),
        "file-svg-foreign-object": ({"hostile/pic3.svg": svg.format("<foreignObject><p>x</p></foreignObject>")},
                                    "gate", ("gate-svg",), "refuses"),
        "file-svg-external": ({"hostile/pic4.svg": svg.format('<use href="https://evil.example/x.svg#a"/>')}, "gate",
                              ("gate-svg",), "refuses"),
        "file-svg-entity": ({"hostile/pic5.svg": '<!DOCTYPE svg [<!ENTITY a "x">]>' + svg.format("&a;")}, "gate",
                            ("gate-svg",), "refuses"),
    }
    for case_id, (files, expect, rules, bypass) in files_cases.items():
        where = "docs/" + next(iter(files))
        add(case_id, "files", files, expect, rules, bypass, where=where, e2e=case_id in ("file-html", "file-svg-script"))
    add("file-svg-plain", "files", {"hostile/plain.svg": svg.format('<rect width="8" height="8" fill="#00796b"/>')},
        "inert", bypass="inert", where="docs/hostile/plain.svg")
    add("file-png", "files", {"hostile/plain.png": png}, "inert", bypass="inert", where="docs/hostile/plain.png")

    # --- Symbolic links and special files --------------------------------------------------------------
    add("link-etc-passwd", "symlinks", {"hostile/passwd.png": Link("/etc/passwd")}, "validator", ("docs-symlink",),
        "refuses", e2e=True, where="docs/hostile/passwd.png")
    add("link-outside-docs", "symlinks", {"hostile/config.png": Link("mkdocs.yml")}, "validator", ("docs-symlink",),
        "refuses", where="docs/hostile/config.png")
    add("link-folder", "symlinks", {"hostile/etc": Link("/etc/ssl")}, "validator", ("docs-symlink",), None,
        where="docs/hostile/etc", note="MkDocs would copy a whole system folder")
    add("link-page", "symlinks", {"hostile/link-page.md": Link("/etc/hostname")}, "validator",
        ("docs-symlink", "page-limits"), None, where="docs/hostile/link-page.md",
        note="MkDocs reads whatever the link points at as a page")
    add("link-dangling", "symlinks", {"hostile/gone.png": Link("/nonexistent/file")}, "validator", ("docs-symlink",),
        None, where="docs/hostile/gone.png", note="MkDocs stops on a file it cannot read")
    add("link-fifo", "symlinks", {"hostile/pipe.md": Fifo()}, "validator", ("docs-file-type", "page-limits"), None,
        where="docs/hostile/pipe.md", note="reading a named pipe never ends")

    # --- File names ----------------------------------------------------------------------------------
    names = {
        "name-markup": 'x"><img src=x onerror=alert(1)>',
        "name-upper": "Upper",
        "name-space": "has space",
        "name-quote": "it's",
        "name-javascript": "javascript:alert(1)",
        "name-unicode": "caf\u00e9",  # codespell:ignore
    }
    for case_id, stem in names.items():
        add(case_id, "names", {f"hostile/{stem}.md": front(case_id) + PROSE}, "validator", ("page-file-name",),
            "refuses" if case_id == "name-markup" else "inert", where=f"docs/hostile/{stem}.md",
            e2e=case_id == "name-markup")
    add("name-image", "names", {'hostile/a"b.png': png}, "validator", ("page-file-name",), "inert",
        where='docs/hostile/a"b.png')

    # --- Size and nesting limits ---------------------------------------------------------------------
    add("limit-nested-list", "limits", page("limit-nested-list", "".join(" " * 4 * n + "- item\n" for n in range(400))),
        "validator", ("page-limits",), None, e2e=True, note="Python-Markdown takes minutes on it")
    add("limit-nested-quote", "limits", page("limit-nested-quote", ">" * 500 + " deep"), "validator",
        ("page-limits",), None, note="Python-Markdown recurses once per level")
    add("limit-markers-one-line", "limits", page("limit-markers-one-line", "- " * 300 + "x"), "validator",
        ("page-limits",), None, note="Python-Markdown recurses once per level")
    add("limit-page-size", "limits", page("limit-page-size", ("Short words here. " * 50 + "\n\n") * 400),
        "validator", ("page-limits",), "inert")
    add("limit-line-length", "limits", page("limit-line-length", "word " * 5000), "validator", ("page-limits",),
        "inert")
    add("limit-many-divs", "limits", page("limit-many-divs", "<div>" * 60 + "Text." + "</div>" * 60), "inert",
        bypass="inert")
    return cases


# Titles and page addresses are printed in every page's navigation (and keywords in the search index):
# these cases are checked alone when the validator is skipped, so what they do is not blamed on others.
SPREADING = {"fm-title-script", "fm-title-meta", "fm-title-quote", "fm-title-entity", "fm-title-backquote",
             "fm-keywords", "fm-tags", "name-markup", "name-upper", "name-space", "name-quote", "name-javascript",
             "name-unicode", "file-markdown-extension", "file-mdown-extension"}
# Refused by the validator, yet inert when built anyway: escaped by our templates (content warnings,
# sources), printed only inside an attribute, dropped by the HTML parser, or a plain link to elsewhere.
INERT_WHEN_BUILT = {"enc-nul", "link-protocol-relative", "link-backslashes", "html-frameset", "html-noscript-breakout",
                    "fm-description-script", "fm-warning-script", "fm-warning-img", "fm-source-title",
                    "fm-source-breakout"}
CASES = [Case(**{**case.__dict__, "spreads": case.id in SPREADING,
                 "bypass": "inert" if case.id in INERT_WHEN_BUILT else case.bypass}) for case in _cases()]
