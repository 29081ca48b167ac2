"""Check one built HTML page (or HTML fragment) for anything active the site's templates did not put there.

Pure functions over text: `check_page` for a whole page, `check_fragment` for HTML found elsewhere (the
search index's text). Each returns Issues; where they came from is worked out by the caller.
"""
from __future__ import annotations

from collections.abc import Iterator

from selectolax.lexbor import LexborHTMLParser, LexborNode

from walkaway.gate import known, urls
from walkaway.gate.issues import Issue

# Elements no page of this site needs, each of which can run code, load another document or change how
# every URL resolves. SVG animation elements can set an href to javascript:.
REFUSED = frozenset({"base", "iframe", "frame", "frameset", "object", "embed", "applet", "portal",
                     "fencedframe", "style", "template", "foreignobject", "set", "animate", "animatemotion",
                     "animatetransform", "discard", "handler", "listener", "math", "xmp", "plaintext"})
# Attributes whose value is a URL. Navigations (a/area href) may leave the site; everything else loads.
URL_ATTRIBUTES = frozenset({"href", "src", "xlink:href", "action", "formaction", "data", "poster", "background",
                            "ping", "cite", "longdesc", "codebase", "manifest", "lowsrc", "dynsrc", "srcset",
                            "imagesrcset", "archive", "classid", "profile", "srcdoc"})
REFUSED_ATTRIBUTES = frozenset({"action", "formaction", "ping", "srcdoc", "manifest", "codebase", "archive",
                                "classid", "dynsrc", "lowsrc", "background", "profile"})
NAVIGATION = frozenset({("a", "href"), ("area", "href"), ("a", "xlink:href"), ("blockquote", "cite"),
                        ("q", "cite"), ("del", "cite"), ("ins", "cite"), ("link", "href")})
# <link rel> values the templates write. canonical/prev/next name pages; icon and stylesheet load files.
LINK_RELS = {"canonical": False, "prev": False, "next": False, "icon": True, "stylesheet": True}
# Links Material writes above the policy: they load nothing but the site's own icon.
BEFORE_POLICY = frozenset({"canonical", "prev", "next", "icon"})
# Data blocks: never run, so CSP does not cover them. The templates write only these two kinds.
CONFIG_BLOCK = ("application/json", "__config")
LD_JSON = "application/ld+json"
TOO_BROAD = frozenset({"'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'strict-dynamic'", "*", "http:",
                       "https:", "data:", "blob:"})


def check_page(html: str, site_url: str) -> list[Issue]:
    tree = LexborHTMLParser(html)
    issues: list[Issue] = []
    if tree.head is not None:
        issues += _check_head(tree.head, site_url)
        issues += _check_nodes(tree.head.traverse(include_text=False), in_head=True, site_url=site_url)
    if tree.body is not None:
        issues += _check_nodes(tree.body.traverse(include_text=False), in_head=False, site_url=site_url)
    configs = [node for node in tree.css("script") if _data_block(node) == CONFIG_BLOCK]
    if len(configs) > 1:
        issues.append(Issue("gate-script", "more than one `<script id=__config>` (the theme writes one)",
                            ("__config",)))
    return issues


def check_fragment(html: str, site_url: str) -> list[Issue]:
    """HTML that is inserted into a page (the search results): nothing in it may be active."""
    body = LexborHTMLParser(f"<body>{html}</body>").body
    if body is None:
        return []
    nodes = [node for node in body.traverse(include_text=False) if node is not body]
    return _check_nodes(iter(nodes), in_head=False, site_url=site_url, fragment=True)


def _check_head(head: LexborNode, site_url: str) -> list[Issue]:
    """Exactly one CSP <meta>, before anything it governs, allowing only the known scripts."""
    issues: list[Issue] = []
    policies: list[str] = []
    for node in head.iter():
        tag = (node.tag or "").lower()
        if tag == "meta" and _attr(node, "http-equiv").lower() == "content-security-policy":
            policies.append(_attr(node, "content"))
        elif not policies and (tag in ("script", "style", "img", "base")
                               or tag == "link" and _attr(node, "rel").strip().lower() not in BEFORE_POLICY):
            issues.append(Issue("gate-csp", f"`<{tag}>` comes before the Content-Security-Policy <meta>",
                                (f"<{tag}",)))
    if len(policies) != 1:
        return issues + [Issue("gate-csp", f"{len(policies)} Content-Security-Policy <meta> elements (expected one)",
                               ("http-equiv",))]
    policy = policies[0]
    script_src = next((part.split()[1:] for part in policy.split(";") if part.split()[:1] == ["script-src"]), [])
    for word in sorted(TOO_BROAD & set(script_src)):
        issues.append(Issue("gate-csp", f"the policy's script-src allows {word}", ()))
    allowed = {hash_ for base in _bases(site_url) for hash_ in known.hashes_for(base)}
    for token in policy.replace(";", " ").split():
        if token.startswith("'sha") and token not in allowed:
            issues.append(Issue("gate-csp", f"the policy allows a script that is not one of ours ({token})", ()))
    return issues


def _bases(site_url: str) -> list[str]:
    path = "/" + site_url.split("://", 1)[-1].partition("/")[2]
    return [".", *("/".join([".."] * depth) for depth in range(1, 31)), path if path.endswith("/") else path + "/"]


def _check_nodes(nodes: Iterator[LexborNode], *, in_head: bool, site_url: str, fragment: bool = False) -> list[Issue]:
    issues: list[Issue] = []
    for node in nodes:
        tag = (node.tag or "").lower()
        if not tag or tag.startswith(("-", "_")):
            continue
        issues += _check_element(node, tag, in_head=in_head, site_url=site_url, fragment=fragment)
        for name, value in node.attributes.items():
            issues += _check_attribute(tag, name.lower(), value or "", site_url, node)
    return issues


def _check_element(node: LexborNode, tag: str, *, in_head: bool, site_url: str, fragment: bool) -> list[Issue]:
    if tag in REFUSED:
        return [Issue("gate-element", f"a `<{tag}>` element", (f"<{tag}", tag))]
    if tag == "script":
        return _check_script(node, in_head=in_head, fragment=fragment)
    if tag == "meta":
        return _check_meta(node, in_head=in_head)
    if tag == "link":
        return _check_link(node, in_head=in_head, site_url=site_url)
    if tag == "form" and fragment:
        return [Issue("gate-element", "a `<form>` in inserted HTML", ("<form",))]
    return []


def _check_script(node: LexborNode, *, in_head: bool, fragment: bool) -> list[Issue]:
    if fragment:
        return [Issue("gate-script", "a `<script>` in inserted HTML", ("<script",))]
    block = _data_block(node)
    if block == CONFIG_BLOCK or (block and block[0] == LD_JSON and in_head):
        return []
    if block:
        return [Issue("gate-script", f"a `<script type={block[0]}>` the templates do not write", ("<script", "type"))]
    if "src" in node.attributes:
        src = _attr(node, "src")
        if urls.is_other_origin(src):
            return [Issue("gate-origin", f"a script from another origin: {src[:80]}", (src, "<script"))]
        if not urls.cleaned(src).split("?")[0].rsplit("/", 1)[-1].endswith(".js"):
            return [Issue("gate-script", f"a script that is not one of the site's .js files: {src[:80]}", (src,))]
        return []
    body = node.text(deep=True)
    if known.is_known(body):
        return []
    return [Issue("gate-script", f"an inline script that is not one of the site's own: {body.strip()[:60]!r}",
                  ("<script", body.strip()[:30]))]


def _data_block(node: LexborNode) -> tuple[str, str] | None:
    """(type, id) for a data block the templates write, None for anything a browser might run."""
    kind = _attr(node, "type").strip().lower()
    if "src" in node.attributes or kind not in (CONFIG_BLOCK[0], LD_JSON):
        return None if kind in ("", "text/javascript", "application/javascript", "module") else (kind or "?", "")
    return kind, _attr(node, "id")


def _check_meta(node: LexborNode, *, in_head: bool) -> list[Issue]:
    if not in_head:
        return [Issue("gate-meta", "a `<meta>` outside <head>", ("<meta", "http-equiv"))]
    equiv = _attr(node, "http-equiv").strip().lower()
    if equiv and equiv != "content-security-policy":
        return [Issue("gate-meta", f"`<meta http-equiv={equiv}>`", ("http-equiv", equiv))]
    if _attr(node, "name").strip().lower() == "referrer" and _attr(node, "content").strip() != "no-referrer":
        return [Issue("gate-meta", "a referrer policy other than no-referrer", ("referrer",))]
    return []


def _check_link(node: LexborNode, *, in_head: bool, site_url: str) -> list[Issue]:
    rel = _attr(node, "rel").strip().lower()
    href = _attr(node, "href")
    if not in_head:
        return [Issue("gate-element", f"a `<link rel={rel}>` outside <head>", ("<link", href))]
    if rel not in LINK_RELS:
        return [Issue("gate-element", f"a `<link rel={rel}>` the templates do not write", ("<link", href))]
    if LINK_RELS[rel] and urls.is_other_origin(href):
        return [Issue("gate-origin", f"a `<link rel={rel}>` from another origin: {href[:80]}", (href,))]
    if not LINK_RELS[rel] and urls.is_other_origin(href) and not urls.cleaned(href).startswith(site_url):
        return [Issue("gate-origin", f"a `<link rel={rel}>` to another site: {href[:80]}", (href,))]
    return []


def _check_attribute(tag: str, name: str, value: str, site_url: str, node: LexborNode) -> list[Issue]:
    if name.startswith("on"):
        return [Issue("gate-handler", f"an event handler `{name}=` on `<{tag}>`", (f"{name}=", f" {name}"))]
    if name == "style":
        return [Issue("gate-style", f"a `style=` attribute on `<{tag}>`", ("style=", " style"))]
    if name == "http-equiv" or name not in URL_ATTRIBUTES and not name.endswith(":href"):
        return []
    if name in REFUSED_ATTRIBUTES:
        return [Issue("gate-element", f"a `{name}=` attribute on `<{tag}>`", (f"{name}=", f" {name}"))]
    values = urls.srcset_urls(value) if name.endswith("srcset") else [value]
    issues: list[Issue] = []
    for url in values:
        scheme = urls.scheme(url)
        if scheme and scheme not in urls.NAVIGABLE:
            issues.append(Issue("gate-url", f"a `{scheme}:` URL in `{name}=` on `<{tag}>`", (f"{scheme}:", url[:40])))
        elif (tag, name) not in NAVIGATION and urls.is_other_origin(url):
            issues.append(Issue("gate-origin", f"`<{tag} {name}>` loads from another origin: {url[:80]}", (url[:40],)))
        elif tag in ("use", "image", "feimage") and not urls.cleaned(url).startswith("#"):
            issues.append(Issue("gate-origin", f"SVG `<{tag}>` refers outside the page: {url[:80]}", (url[:40],)))
    return issues


def _attr(node: LexborNode, name: str) -> str:
    return node.attributes.get(name) or ""
