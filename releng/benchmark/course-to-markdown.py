#!/usr/bin/env python3
"""Writes a module's content as one Markdown file, so that pandoc can turn the same text
into HTML for the benchmark: headings for units, sessions and elements, the prose of every
text block, citations unchanged (Coursewright writes them as pandoc does)."""
import pathlib
import re
import sys
import textwrap

HEADING = re.compile(r'^\s*(unit|session|section|activity|forum|figure|video|audio)\s+\S+\s+"([^"]*)"')
LEVEL = {'unit': '#', 'session': '##', 'section': '###'}


def blocks(text):
    for match in re.finditer(r'"""(.*?)"""', text, re.S):
        yield match.start(), textwrap.dedent(match.group(1)).strip()


def convert(folder):
    out = []
    for path in sorted(pathlib.Path(folder).glob('*.course')):
        text = path.read_text(encoding='utf-8')
        offsets, at = [], 0
        for line in text.splitlines(keepends=True):
            m = HEADING.match(line)
            if m:
                offsets.append((at, LEVEL.get(m.group(1), '####') + ' ' + m.group(2)))
            at += len(line)
        for _, item in sorted(offsets + list(blocks(text))):
            out.append(item)
    return '\n\n'.join(out) + '\n'


if __name__ == '__main__':
    sys.stdout.write(convert(sys.argv[1]))
