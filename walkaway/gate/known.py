"""The inline scripts the site's own templates write, known by their exact text.

Material's templates (and our copy of its storage helpers, overrides/partials/javascripts/base.html)
put three small scripts inline in every page; the HTML minifier (minify-html, told not to touch inline
scripts: walkaway/minify.py) leaves them exactly as below. Only one
part varies: the relative base URL in the storage helper (`.` on the home page, `../..` two folders
down, the site's path on 404.html). It is written here as BASE.

This list is the whole allowlist. The output gate refuses any other inline script, and the CSP hook
(walkaway/hooks/csp.py) hashes these and nothing else, so a script that reaches a page some other way is
both refused at build time and blocked by the browser. After upgrading Material, a changed script fails
the gate with its new text: check the change in the theme's templates, then update the text here.
"""
from __future__ import annotations

import base64
import hashlib
import re

BASE = "\x00BASE\x00"

STORAGE_HELPERS = (
    '__md_scope=new URL("' + BASE + '",location),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),'
    '__md_get=(e,_=sessionStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),'
    '__md_set=(e,_,t=sessionStorage,a=__md_scope)=>{try{t.setItem(a.pathname+"."+e,JSON.stringify(_))}catch(e){}}'
)
PALETTE_RESTORE = (
    'var palette=__md_get("__palette");if(palette&&palette.color){if("(prefers-color-scheme)"===palette.color.media)'
    '{var media=matchMedia("(prefers-color-scheme: light)"),input=document.querySelector(media.matches?'
    '"[data-md-color-media=\'(prefers-color-scheme: light)\']":'
    '"[data-md-color-media=\'(prefers-color-scheme: dark)\']");'
    'palette.color.media=input.getAttribute("data-md-color-media"),'
    'palette.color.scheme=input.getAttribute("data-md-color-scheme"),'
    'palette.color.primary=input.getAttribute("data-md-color-primary"),'
    'palette.color.accent=input.getAttribute("data-md-color-accent")}'
    'for(var[key,value]of Object.entries(palette.color))document.body.setAttribute("data-md-color-"+key,value)}'
)
TAB_RESTORE = ('var target=document.getElementById(location.hash.slice(1));'
               'target&&target.name&&(target.checked=target.name.startsWith("__tabbed_"))')

KNOWN_SCRIPTS: tuple[str, ...] = (STORAGE_HELPERS, PALETTE_RESTORE, TAB_RESTORE)

# What a relative base URL may look like: ".", "..", "../..", …, or an absolute path of lower-case slugs
# (404.html is rendered with the path of site_url). Nothing that could close the string.
_BASE_VALUE = r'(?:\.|\.\.(?:/\.\.){0,30}|/(?:[a-z0-9_-]+/){0,10})'
_BASE_IN_HELPERS = re.compile(r'^__md_scope=new URL\("' + _BASE_VALUE + r'",location\),')


def normalise(body: str) -> str:
    """The script's text with its relative base URL (if any, and only if well-formed) replaced by BASE."""
    match = _BASE_IN_HELPERS.match(body)
    if not match:
        return body
    return '__md_scope=new URL("' + BASE + '",location),' + body[match.end():]


def is_known(body: str) -> bool:
    return normalise(body) in KNOWN_SCRIPTS


def bodies_for(base: str) -> list[str]:
    """The known scripts exactly as they appear on a page whose relative base URL is `base`."""
    if not re.fullmatch(_BASE_VALUE, base):
        raise ValueError(f"not a relative base URL the templates write: {base!r}")
    return [script.replace(BASE, base) for script in KNOWN_SCRIPTS]


def script_hash(source: str) -> str:
    """The CSP source expression that allows an inline script with exactly this text."""
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def hashes_for(base: str) -> list[str]:
    """The CSP hashes of the known scripts on a page with relative base URL `base`."""
    return [script_hash(body) for body in bodies_for(base)]
