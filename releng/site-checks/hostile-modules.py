#!/usr/bin/env python3
"""Writes a catalogue of hostile modules for check-injection.sh: for each payload of
payloads.txt, one module with the payload in every field a designer can write ("all": most
are refused by checking, as addresses and file names are checked) and one with it in every
field that takes any text ("text": titles, prose, notes, descriptions, names), which publish.
Usage: hostile-modules.py PAYLOADS OUT_FOLDER"""
import os
import re
import sys

ALL = '''module INJ{n} "{s}" {{
	author "{s}"
	licence "{s}"
	language "en"
	description """{b}"""
	outcome lo1 "{s}"
}}
unit u1 "{s}" {{
	session s1 "{s}" {{
		"""{b} [@k1] [[a1]] [[t1|{b}]]"""
		section sec "{s}" {{ """{b}""" }}
		activity a1 "{s}" {{
			allow about 5 minutes serves lo1 instructions """{b}""" response box
			answer """{b}""" tutor note """{b}"""
			video v1 "{s}" {{ url "{url}" caption "{s}" transcript """{b}""" }}
		}}
		activity a2 "{s}" {{ allow about 5 minutes serves lo1 instructions """{b}""" discussion """{b}""" }}
		forum f1 "{s}" {{ allow about 5 minutes question """{b}""" guidance """{b}""" post by "{s}" readings r1 serves lo1 }}
		reading r1 from k1 pages "{s}" {{ required why """{b}""" }}
		quote """{b}""" by "{s}" cite k1 page "{s}"
		box case-study "{s}" {{ """{b}""" }}
		figure fig "{s}" {{ file "{file}" description """{b}""" source "{s}" }}
		audio au "{s}" {{ url "{url}" transcript """{b}""" }}
	}}
}}
term t1 "{s}" """{b}"""
webpage k1 {{ author "{s}, {s}" editor "{s}" year 2020 title "{s}" publisher "{s}" place "{s}" url "{url}" accessed "{s}" }}
'''


def dsl_string(text):
    return text.replace('\\', '\\\\').replace('"', '\\"')


def main():
    payloads_file, out = sys.argv[1], sys.argv[2]
    with open(payloads_file, encoding='utf-8') as f:
        payloads = [line.rstrip('\n') for line in f if line.strip() and not line.startswith('#')]
    # \uXXXX stands for that character; \\ for a backslash
    payloads = [re.sub(r'(?<!\\)\\u([0-9A-Fa-f]{4})', lambda m: chr(int(m.group(1), 16)), p).replace('\\\\', '\\')
                for p in payloads]
    for n, payload in enumerate(payloads, 1):
        for variant in ('all', 'text'):
            folder = os.path.join(out, f'{variant}-{n:02d}')
            os.makedirs(os.path.join(folder, 'images'), exist_ok=True)
            hostile_places = variant == 'all'
            text = ALL.format(n=n, s=dsl_string(payload), b=payload.replace('"""', '""\\"'),
                              url=dsl_string(payload) if hostile_places else 'https://example.org/watch',
                              file=dsl_string(payload) if hostile_places else 'images/figure.svg')
            with open(os.path.join(folder, 'module.course'), 'w', encoding='utf-8') as f:
                f.write(text)
            with open(os.path.join(folder, 'images', 'figure.svg'), 'w', encoding='utf-8') as f:
                f.write('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>\n')
    # an SVG figure that carries script: opened on its own, as a learner may, it would run
    folder = os.path.join(out, 'svg-script')
    os.makedirs(os.path.join(folder, 'images'), exist_ok=True)
    with open(os.path.join(folder, 'module.course'), 'w', encoding='utf-8') as f:
        f.write(ALL.format(n=99, s='SVG', b='An SVG figure.', url='https://example.org/watch', file='images/figure.svg'))
    with open(os.path.join(folder, 'images', 'figure.svg'), 'w', encoding='utf-8') as f:
        f.write('<svg xmlns="http://www.w3.org/2000/svg" onload="xss(99)"><script>xss(98)</script>'
                '<rect width="10" height="10"/></svg>\n')
    print(f'{2 * len(payloads) + 1} hostile modules from {len(payloads)} payloads in {out}')


main()
