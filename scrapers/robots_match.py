"""robots.txt matching as RFC 9309 (and Google, Bing) define it; the standard library's parser does not.

`urllib.robotparser` takes the first rule whose path is a plain prefix of the URL. Real files rely on the RFC:
the most specific (longest) matching rule wins, Allow on a tie (`Disallow: /` then `Allow: /news/` opens the
news section), `*` matches any characters and a final `$` anchors the end (`Disallow: /*?print=`,
`Disallow: /*.pdf$`), and the groups naming one crawler are merged. Pure: text in, decisions out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import quote, unquote, urlsplit

_LINE = re.compile(r"^\s*([A-Za-z-]+)\s*:\s*(.*?)\s*$")


@dataclass
class _Group:
    agents: list[str] = field(default_factory=list)
    rules: list[tuple[bool, str]] = field(default_factory=list)  # (allow, pattern)
    delay: float | None = None


def _normal(path: str) -> str:
    """One percent-encoding of a path or pattern, so `/a%20b`, `/a b` and `/%7Ea` vs `/~a` compare equal."""
    return quote(unquote(path), safe="/?=&*$;:@!,'()+-._~%")


def _pattern_regex(pattern: str) -> re.Pattern:
    anchored = pattern.endswith("$")
    body = pattern[:-1] if anchored else pattern
    regex = ".*".join(re.escape(part) for part in body.split("*"))
    return re.compile(regex + ("$" if anchored else ""), re.S)


class RobotsFile:
    """One robots.txt file: `can_fetch(agent, url)`, `crawl_delay(agent)` and its `sitemaps` lines."""

    def __init__(self, text: str) -> None:
        self.groups: list[_Group] = []
        self.sitemaps: list[str] = []
        self._compiled: dict[str, re.Pattern] = {}
        current: _Group | None = None
        for raw in text.splitlines():
            match = _LINE.match(raw.split("#", 1)[0])
            if not match:
                continue
            key, value = match.group(1).lower(), match.group(2)
            if key in ("user-agent", "useragent"):
                if current is None or current.rules or current.delay is not None:
                    current = _Group()
                    self.groups.append(current)
                current.agents.append(value.lower())
            elif key in ("allow", "disallow") and current is not None:
                if value:  # an empty Disallow allows everything; an empty Allow says nothing
                    current.rules.append((key == "allow", _normal(value)))
            elif key == "crawl-delay" and current is not None:
                try:
                    current.delay = float(value)
                except ValueError:
                    pass
            elif key == "sitemap" and value:
                self.sitemaps.append(value)

    def _groups_for(self, agent: str) -> list[_Group]:
        """The groups that name this crawler's product token (merged), else the `*` groups."""
        token = agent.split("/", 1)[0].strip().lower()
        named = [g for g in self.groups if any(a != "*" and a and a.split("/", 1)[0] == token for a in g.agents)]
        return named or [g for g in self.groups if "*" in g.agents]

    def can_fetch(self, agent: str, url: str) -> bool:
        """Whether `agent` may fetch `url`: the longest matching rule decides, Allow winning a tie."""
        parts = urlsplit(url)
        path = _normal((parts.path or "/") + (f"?{parts.query}" if parts.query else ""))
        if path == "/robots.txt":
            return True
        best: tuple[int, bool] | None = None
        for group in self._groups_for(agent):
            for allow, pattern in group.rules:
                regex = self._compiled.get(pattern)
                if regex is None:
                    regex = self._compiled[pattern] = _pattern_regex(pattern)
                if regex.match(path):
                    key = (len(pattern), allow)
                    if best is None or key > best:
                        best = key
        return True if best is None else best[1]

    def crawl_delay(self, agent: str) -> float | None:
        """The Crawl-delay of the groups that apply to `agent`, if any sets one."""
        delays = [g.delay for g in self._groups_for(agent) if g.delay is not None]
        return max(delays) if delays else None
