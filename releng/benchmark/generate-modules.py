#!/usr/bin/env python3
"""Writes a catalogue of distinct modules for the benchmarks: each module has its own code,
outcomes, bibliography (authors, titles, years) and prose, so that no cache of formatted
references or parsed text is flattered by repetition. Every module checks without errors or
warnings, so checking and publishing do all their work.

Usage: generate-modules.py OUT [--modules N] [--lines L] [--files F] [--seed S]
  OUT      the folder to write into (one folder per module, or the module itself when N is 1
           and --single is given)
  --lines  about how many lines each module has (at least 200)
  --files  how many .course files each module is written in (at least 3: the header, the
           bibliography and one or more unit files)
  --merge  write the units of that module into one file instead: the same lines in 3 files
"""
import argparse
import pathlib
import random

FAMILIES = """Abbott Achebe Adeyemi Ahmed Albrecht Alvarez Anand Andersson Antonelli Arendt Asante Ashworth
Bakker Banerjee Barros Becker Bergström Bianchi Blackwood Bose Brennan Brooks Castillo Chandra Chen Clarke
Costa Dahl Dasgupta Delgado Dubois Eriksen Evans Farouk Fischer Fitzgerald Fonseca Forde Gallagher Garcia
Gomez Greene Gupta Haddad Hansen Harper Hoffmann Holm Hughes Ibrahim Iyer Jansen Jensen Johansson Kapoor
Kaur Keller Khan Kim Kowalski Krüger Larsen Laurent Lindqvist Lopez Mahler Marino Mendes Meyer Mishra Moreau
Murphy Nakamura Nguyen Nielsen Novak Obi Okafor Olsen Ortiz Osei Park Patel Pereira Petrov Quinn Rahman Reyes
Ricci Rossi Saito Santos Schmidt Sharma Silva Singh Sørensen Takahashi Tanaka Torres Valdez Varga Vogel Walsh
Weber Wilson Yamamoto Yilmaz Zhang Zimmermann""".split()
GIVENS = """Ada Amara Ben Carmen Dana Elif Farah George Hana Ines Jonas Kofi Lena Marta Nadia Omar Pia Ravi
Sara Tomas Uma Vera Wei Yusuf Zoe""".split()
TOPICS = """assessment feedback curriculum pedagogy mentoring coaching enquiry reflection collaboration
motivation inclusion literacy numeracy wellbeing attendance transition dialogue evaluation planning
partnership induction networks evidence policy equity questioning modelling scaffolding practice
accountability improvement""".split()
QUALIFIERS = """early shared formative distributed local adaptive sustained collective critical reflective
practical everyday professional regional informal structured""".split()
SETTINGS = """schools colleges workplaces universities classrooms departments teams federations
communities networks""".split()
VERBS = """shapes supports strengthens complicates reframes sustains challenges informs extends
connects""".split()
PUBLISHERS = [("Routledge", "London"), ("Open University Press", "Maidenhead"), ("Sage", "London"),
              ("Bloomsbury Academic", "London"), ("Policy Press", "Bristol"), ("Jossey-Bass", "San Francisco"),
              ("Springer", "Cham"), ("Teachers College Press", "New York")]
JOURNALS = ["Educational Management Administration & Leadership", "School Leadership & Management",
            "Journal of Educational Change", "British Educational Research Journal", "Oxford Review of Education",
            "Teaching and Teacher Education"]
ACTIVITY_TYPES = ["assimilative", "productive", "finding-information", "communication", "interactive", "experiential"]


class Module:
    def __init__(self, number, seed, lines, files, merge=False):
        self.merge = merge
        self.rng = random.Random(seed * 1_000_003 + number)
        self.code = "BM%04d" % number
        self.number = number
        self.lines = max(lines, 200)
        self.files = max(files, 3)
        self.minutes = 0
        self.cited = set()
        self.ids = []
        self.references = self.make_references()

    def words(self, n):
        r = self.rng
        out = []
        while len(out) < n:
            out += [r.choice(QUALIFIERS), r.choice(TOPICS), r.choice(VERBS), "how", r.choice(SETTINGS), "work"]
        return out[:n]

    def sentence(self):
        r = self.rng
        text = "%s %s %s the way %s approach %s" % (r.choice(QUALIFIERS).capitalize(), r.choice(TOPICS), r.choice(VERBS),
                                                    r.choice(SETTINGS), r.choice(TOPICS))
        roll = r.random()
        if roll < 0.35:
            key = self.cite()
            text += " [@%s, p. %d]" % (key, r.randint(3, 240))
        elif roll < 0.5:
            text += " [see @%s; @%s]" % (self.cite(), self.cite())
        elif roll < 0.6 and self.ids:
            text += " (compare [[%s]])" % r.choice(self.ids)
        return text + "."

    def next_outcome(self):
        # in turn, so that every outcome is served
        self.served = getattr(self, "served", 0) % 4 + 1
        return self.served

    def reading(self, name, indent):
        minutes = self.rng.choice([20, 30, 45])
        self.minutes += minutes
        self.ids.append(name)
        return ["%sreading %s from %s chapter %d {" % (indent, name, self.cite(), self.rng.randint(1, 12)),
                "%s\trequired" % indent, "%s\tallow about %d minutes" % (indent, minutes),
                '%s\twhy """%s"""' % (indent, self.sentence()), "%s}" % indent]

    def forum(self, name, indent):
        minutes = self.rng.choice([30, 45, 60])
        self.minutes += minutes
        self.ids.append(name)
        out = ['%sforum %s "%s?" {' % (indent, name, " ".join(self.words(6)).capitalize()),
               "%s\tallow about %d minutes" % (indent, minutes), '%s\tquestion """' % indent]
        out += self.paragraph(indent + "\t\t", 2)
        out += ['%s\t"""' % indent, "%s\tpost about %d words" % (indent, self.rng.choice([200, 300, 400])),
                "%s\treply to 2 peers" % indent, "%s\tserves lo%d" % (indent, self.next_outcome()), "%s}" % indent]
        return out

    def cite(self):
        # Uncited entries first, so every entry is cited somewhere.
        uncited = [ref["key"] for ref in self.references if ref["key"] not in self.cited]
        key = uncited[0] if uncited else self.rng.choice(self.references)["key"]
        self.cited.add(key)
        return key

    def paragraph(self, indent, sentences):
        text = " ".join(self.sentence() for _ in range(sentences))
        lines, line = [], ""
        for word in text.split(" "):
            if len(line) + len(word) > 84:
                lines.append(line)
                line = word
            else:
                line = (line + " " + word).strip()
        lines.append(line)
        return [indent + l for l in lines]

    def make_references(self):
        r = self.rng
        refs, keys = [], set()
        for i in range(r.randint(14, 30)):
            family = r.choice(FAMILIES)
            year = r.randint(1988, 2025)
            key = "%s%d" % (family.lower().translate(str.maketrans("öøü", "oou")), year)
            while key in keys:
                key += "x"
            keys.add(key)
            authors = ['"%s, %s"' % (family, r.choice(GIVENS))]
            for _ in range(r.choice([0, 0, 1, 2, 3])):
                authors.append('"%s, %s"' % (r.choice(FAMILIES), r.choice(GIVENS)))
            title = "%s %s in %s: %s and %s" % (r.choice(QUALIFIERS).capitalize(), r.choice(TOPICS), r.choice(SETTINGS),
                                                r.choice(TOPICS), r.choice(TOPICS))
            kind = r.choice(["book", "book", "article", "chapter"])
            refs.append(dict(key=key, year=year, authors=authors, title=title, kind=kind))
        return refs

    def bibliography(self):
        r = self.rng
        out = ["// The bibliography of %s, generated for the benchmarks." % self.code, ""]
        for ref in self.references:
            out.append("%s %s {" % (ref["kind"], ref["key"]))
            out.append("\tauthor " + ", ".join(ref["authors"]))
            out.append("\tyear %d" % ref["year"])
            out.append('\ttitle "%s"' % ref["title"])
            if ref["kind"] == "article":
                out.append('\tjournal "%s"' % r.choice(JOURNALS))
                out.append("\tvolume %d" % r.randint(1, 60))
                out.append('\tpages "%d-%d"' % (a := r.randint(1, 400), a + r.randint(8, 30)))
            else:
                publisher, place = r.choice(PUBLISHERS)
                if ref["kind"] == "chapter":
                    out.append('\teditor "%s, %s"' % (r.choice(FAMILIES), r.choice(GIVENS)))
                    out.append('\tin "Handbook of %s"' % r.choice(TOPICS))
                out.append('\tpublisher "%s"' % publisher)
                out.append('\tplace "%s"' % place)
            out += ["}", ""]
        return out

    def activity(self, name, indent, minutes=None):
        r = self.rng
        minutes = minutes or r.choice([10, 15, 20, 30, 45, 60])
        self.minutes += minutes
        i = indent
        out = ['%sactivity %s "%s" {' % (i, name, " ".join(self.words(4)).capitalize()),
               "%s\ttype %s" % (i, r.choice(ACTIVITY_TYPES)),
               "%s\tallow about %d minutes" % (i, minutes),
               "%s\tserves lo%d" % (i, self.next_outcome()),
               '%s\tinstructions """' % i]
        out += self.paragraph(i + "\t\t", r.randint(2, 4))
        out += ['%s\t"""' % i, "%s\tresponse box %s" % (i, r.choice(["small", "medium", "large"])),
                '%s\tdiscussion """' % i]
        out += self.paragraph(i + "\t\t", r.randint(1, 3))
        out += ['%s\t"""' % i, "%s}" % i]
        self.ids.append(name)
        return out

    def unit(self, u, budget):
        r = self.rng
        out = ['unit u%d "%s" {' % (u, " ".join(self.words(3)).capitalize()), ""]
        self.ids.append("u%d" % u)
        s = 0
        while len(out) + 20 < budget or s == 0:
            s += 1
            session = "u%ds%d" % (u, s)
            out.append('\tsession %s "%s" {' % (session, " ".join(self.words(5)).capitalize()))
            out.append('\t\t"""')
            out += self.paragraph("\t\t", r.randint(3, 6))
            out.append('\t\t"""')
            out.append("")
            for a in range(r.randint(1, 3)):
                out += self.activity("%sa%d" % (session, a + 1), "\t\t")
                out.append("")
            if r.random() < 0.4:
                out += self.reading(session + "r", "\t\t") + [""]
            if s == 1:
                out += self.forum(session + "f", "\t\t") + [""]
            out.append("\t}")
            out.append("")
            self.ids.append(session)
        out.append("}")
        return out

    def write(self, folder):
        folder.mkdir(parents=True, exist_ok=True)
        bibliography = self.bibliography()
        units = self.files - 2
        budget = max(30, (self.lines - len(bibliography) - 20) // units)
        unit_files = []
        for u in range(1, units + 1):
            unit_files.append(self.unit(u, budget))
        # A closing session cites the entries still uncited and tops the timings up to whole
        # hours, so that the declared study hours add up exactly.
        extra = [ref["key"] for ref in self.references if ref["key"] not in self.cited]
        closing = ['\tsession closing "Further reading" {', '\t\t"""',
                   "\t\tFor more, see " + "; ".join("[@%s]" % k for k in extra or [self.cite()]) + ".", '\t\t"""']
        pad = -self.minutes % 60
        if pad:
            closing += self.activity("closing-review", "\t\t", pad)
        unit_files[-1][-1:] = closing + ["\t}", "}"]
        hours = max(1, round(self.minutes / 60))
        header = ["// %s, generated for the benchmarks." % self.code, "",
                  'module %s "Module %d of the benchmark catalogue" {' % (self.code, self.number),
                  "\tlevel 6", "\tcredits 15", "\tstudy hours %d" % hours, '\tlanguage "en-GB"', '\tdescription """']
        header += self.paragraph("\t\t", 3)
        header += ['\t"""', ""]
        header += ['\toutcome lo%d "%s."' % (n, " ".join(self.words(8)).capitalize()) for n in range(1, 5)]
        header += ["}"]
        (folder / "00-module.course").write_text("\n".join(header) + "\n", encoding="utf-8")
        (folder / "zz-bibliography.course").write_text("\n".join(bibliography) + "\n", encoding="utf-8")
        if self.merge:
            (folder / "001-units.course").write_text("\n".join("\n".join(lines) for lines in unit_files) + "\n",
                                                     encoding="utf-8")
        else:
            for u, lines in enumerate(unit_files, 1):
                (folder / ("%03d-unit.course" % u)).write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out")
    parser.add_argument("--modules", type=int, default=1)
    parser.add_argument("--lines", type=int, default=600)
    parser.add_argument("--files", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--single", action="store_true", help="write one module straight into OUT")
    parser.add_argument("--merge", action="store_true",
                        help="the same module, but with all its units in one file (3 files in all)")
    args = parser.parse_args()
    out = pathlib.Path(args.out)
    for n in range(1, args.modules + 1):
        module = Module(n, args.seed, args.lines, args.files, args.merge)
        module.write(out if args.single else out / ("m%04d" % n))


if __name__ == "__main__":
    main()
