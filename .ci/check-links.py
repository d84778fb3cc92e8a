#!/usr/bin/env python3
"""Every relative link in README.md and docs/*.md resolves: the file exists and, for a #fragment, the heading does.

Fragments follow GitHub's heading anchors: lower case, punctuation other than '-' and '_' dropped, spaces to '-',
repeated headings numbered -1, -2, ... External links (http, https, mailto) are not fetched.
"""
import glob
import os
import re
import sys

LINK = re.compile(r"(?<!!)\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)|!\[[^\]]*\]\(([^)\s]+)\)")


def anchors(path):
    found, seen, fence = set(), {}, False
    with open(path, encoding="utf-8") as text:
        for line in text:
            if line.startswith("```"):
                fence = not fence
            if fence or not re.match(r"^#{1,6} ", line):
                continue
            title = re.sub(r"[`*_]|\[([^\]]*)\]\([^)]*\)", r"\1", line.lstrip("#").strip())
            slug = re.sub(r"[^\w\- ]", "", title.lower(), flags=re.UNICODE).replace(" ", "-")
            count = seen.get(slug, 0)
            seen[slug] = count + 1
            found.add(slug if count == 0 else f"{slug}-{count}")
    return found


def links(path):
    fence = False
    with open(path, encoding="utf-8") as text:
        for number, line in enumerate(text, 1):
            if line.startswith("```"):
                fence = not fence
            if fence:
                continue
            for match in LINK.finditer(re.sub(r"`[^`]*`", "", line)):
                yield number, match.group(1) or match.group(2)


def main():
    pages = ["README.md"] + sorted(glob.glob("docs/**/*.md", recursive=True))
    broken = []
    checked = 0
    for page in pages:
        for number, target in links(page):
            if re.match(r"^(https?|mailto):", target):
                continue
            checked += 1
            file_part, _, fragment = target.partition("#")
            resolved = os.path.normpath(os.path.join(os.path.dirname(page), file_part)) if file_part else page
            if not os.path.exists(resolved):
                broken.append(f"{page}:{number}: {target} -> {resolved} does not exist")
            elif fragment and resolved.endswith(".md") and fragment not in anchors(resolved):
                broken.append(f"{page}:{number}: {target} -> no heading #{fragment} in {resolved}")
    for line in broken:
        print(line)
    print(f"check-links: {checked} relative links in {len(pages)} pages, {len(broken)} broken")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
