#!/usr/bin/env python3
"""Writes Resources/given_names_world.txt: given names of every region, from the name dictionary
that the pip package gender-guesser ships (Jörg Michael's nam_dict.txt, GNU FDL 1.2; see
Resources/ATTRIBUTION.md); and Resources/given_name_traditions.tsv: the East Asian naming traditions
(Chinese, Japanese, Korean, Vietnamese) each given name is used in, from the same dictionary's
per-country frequencies.

The extractor treats a capitalised word that is a known given name as the start of a person's
name ("Sameh Shoukry said"), so the list leaves out every name that is also something else a
news report capitalises: an English word (the system word list, Debian's wamerican), a country
or demonym, a hand-listed place, an organization word, a role word or a word the hand lists call a
non-name. Run it before make_gazetteer.py, which flags world places that are given names.

Re-run: pip install gender-guesser==0.4.0 && apt-get install -y wamerican &&
        python3 Sources/DossierKit/Generator/make_given_names.py
"""
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
RES = os.path.join(HERE, "..", "Resources")
WORDS = "/usr/share/dict/words"


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()


def rows(name):
    path = os.path.join(RES, name)
    if not os.path.exists(path):
        return []
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                out.append(line.rstrip("\n").split("\t"))
    return out


def excluded_words():
    """Lower-case, diacritic-free words that must not be taken for given names."""
    out = set()
    with open(WORDS, encoding="utf-8") as fh:
        for w in fh:
            w = w.strip()
            if w and w[0].islower():  # common words, not the proper nouns the list also holds
                out.add(fold(w))
    for r in rows("countries.tsv"):
        for field in r[:3]:
            for f in field.split("|"):
                for part in f.split():
                    out.add(fold(part))
    # Places stay: a place that is also a given name ("Maia", "Victoria") is flagged ambiguous by
    # make_gazetteer.py, which reads this list, and needs the text to say it is a place.
    for r in rows("places.tsv"):
        for f in [r[0]] + (r[3].split("|") if len(r) > 3 else []):
            if f and " " not in f:
                out.add(fold(f))
    for r in rows("organizations.tsv"):
        if r[0] and " " not in r[0]:
            out.add(fold(r[0]))
    for r in rows("roles.tsv"):
        if len(r) > 1:
            for part in r[1].split():
                out.add(fold(part))
    for r in rows("nonnames.txt"):
        out.add(fold(r[0]))
    for r in rows("honorifics.tsv"):
        out.add(fold(r[0].rstrip(".")))
    return out


# The dictionary's frequency columns (one per country or region, from column 30), as gender-guesser
# reads them; the East Asian ones name a naming tradition.
COLUMNS = """great_britain ireland usa italy malta portugal spain france belgium luxembourg the_netherlands
east_frisia germany austria swiss iceland denmark norway sweden finland estonia latvia lithuania poland
czech_republic slovakia hungary romania bulgaria bosnia croatia kosovo macedonia montenegro serbia
slovenia albania greece russia belarus moldova ukraine armenia azerbaijan georgia the_stans turkey
arabia israel china india japan korea vietnam other_countries""".split()
TRADITIONS = {"china": "chinese", "japan": "japanese", "korea": "korean", "vietnam": "vietnamese"}


def write_traditions(src, known):
    """given_name_traditions.tsv: each name of the given-name lists (`known`, folded) that the
    dictionary has, with the East Asian traditions it is used in ("-" for none) and "only" when no
    other country of the dictionary uses it ("also" when some do)."""
    seen = {}
    with open(src, encoding="iso8859-1") as fh:
        for line in fh:
            if line.startswith("#") or line.startswith("=") or len(line) < 30:
                continue
            name = line[3:29].strip()
            if " " in name or "-" in name or "+" in name or not name.isalpha() or not name.isascii():
                continue
            if not name[0].isupper() or not name[1:].islower():
                continue
            cols = {COLUMNS[i] for i, ch in enumerate(line[30:30 + len(COLUMNS)]) if ch.strip() and i < len(COLUMNS)}
            # Used in countries the dictionary does not list one by one: not distinctive.
            east, other = seen.setdefault(name, (set(), set()))
            east.update(TRADITIONS[c] for c in cols if c in TRADITIONS)
            other.update(c for c in cols if c not in TRADITIONS)
    out = os.path.join(RES, "given_name_traditions.tsv")
    rows_out = sorted((n, e, o) for n, (e, o) in seen.items() if e or (o and fold(n) in known))
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("# East Asian naming traditions of given names, generated by Generator/make_given_names.py from the\n")
        fh.write("# per-country frequencies of nam_dict.txt in the pip package gender-guesser 0.4.0 (Jörg Michael,\n")
        fh.write("# GNU FDL 1.2; see ATTRIBUTION.md). Columns: name<TAB>traditions (- for none)<TAB>only|also (also: used\n")
        fh.write("# elsewhere too). Every name of given_names.txt and given_names_world.txt that the dictionary has is here.\n")
        for n, e, o in rows_out:
            fh.write(f"{n}\t{'|'.join(sorted(e)) or '-'}\t{'also' if o else 'only'}\n")
    print(f"{len(rows_out)} names with their traditions -> {out}", file=sys.stderr)


def main():
    import gender_guesser
    src = os.path.join(os.path.dirname(gender_guesser.__file__), "data", "nam_dict.txt")
    hand = {fold(r[0]) for r in rows("given_names.txt")}
    skip = excluded_words()
    names = set()
    with open(src, encoding="iso8859-1") as fh:
        for line in fh:
            if line.startswith("#") or len(line) < 30:
                continue
            kind = line[:2].strip()
            if kind not in ("M", "F", "?M", "?F", "?", "1M", "1F"):
                continue
            name = line[3:29].strip()
            # Only plain one-word Latin names: the file spells other letters with codes ("<", "+").
            if " " in name or "-" in name or not name.isalpha() or not name.isascii() or len(name) < 3:
                continue
            if not name[0].isupper() or not name[1:].islower():
                continue
            k = fold(name)
            if k in hand or k in skip:
                continue
            names.add(name)
    out = os.path.join(RES, "given_names_world.txt")
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("# Given names of every region, generated by Generator/make_given_names.py from the name dictionary in\n")
        fh.write("# the pip package gender-guesser 0.4.0 (nam_dict.txt by Jörg Michael, GNU FDL 1.2; see ATTRIBUTION.md).\n")
        fh.write("# Names that are also English words, countries, places, organizations or role words are left out.\n")
        for n in sorted(names):
            fh.write(n + "\n")
    print(f"{len(names)} names -> {out} ({os.path.getsize(out)} bytes)", file=sys.stderr)
    write_traditions(src, hand | {fold(n) for n in names})


if __name__ == "__main__":
    main()
