#!/usr/bin/env python3
"""Sixth held-out detection set for dsar (tests/eval/heldout6).

Written blind: without reading the detector's code, word lists or rules. The
document model, wrapping, OCR noise and identifier check-digit helpers follow
the fifth set's generator; the names, places, traps and document kinds are new.
Everything is invented. Standard library only, fixed seed, deterministic.
Writes docs/0001.txt ... docs/0120.txt and labels.jsonl.

    python3 make_heldout6.py [--out DIR] [--check]
"""
import argparse
import filecmp
import json
import os
import random
import re
import sys
import tempfile
import unicodedata

SEED = 20261206

# ---------------------------------------------------------------- names
# (given, sex) sex: f, m, x
GIVEN = [
    # English / Welsh / Scottish / Irish
    ("Beatrice", "f"), ("Florence", "f"), ("Matilda", "f"), ("Esme", "f"), ("Freya", "f"),
    ("Archie", "m"), ("Ollie", "m"), ("Stanley", "m"), ("Jenson", "m"), ("Lewis", "m"),
    ("Iestyn", "m"), ("Llinos", "f"), ("Carys", "f"), ("Emyr", "m"), ("Branwen", "f"),
    ("Morag", "f"), ("Hamish", "m"), ("Catriona", "f"), ("Euan", "m"), ("Mhairi", "f"),
    ("Oisín", "m"), ("Saoirse", "f"), ("Róisín", "f"), ("Tadhg", "m"), ("Dearbhla", "f"),
    ("Brooklyn", "f"), ("Kacey", "f"), ("Tayler", "x"), ("Mason-Lee", "m"), ("Paige", "f"),
    # South Asian
    ("Anika", "f"), ("Vihaan", "m"), ("Jaspreet", "f"), ("Manpreet", "x"), ("Ayesha", "f"),
    ("Faisal", "m"), ("Shabnam", "f"), ("Rukhsana", "f"), ("Dev", "m"), ("Ishaan", "m"),
    ("Lakshmi", "f"), ("Tanvir", "m"), ("Sadia", "f"),
    # Eastern European
    ("Milena", "f"), ("Tomasz", "m"), ("Małgorzata", "f"), ("Radu", "m"), ("Ioana", "f"),
    ("Jelena", "f"), ("Luka", "m"), ("Žaneta", "f"), ("Dmytro", "m"), ("Anastasiia", "f"),
    ("Vojtěch", "m"), ("Réka", "f"), ("Kęstutis", "m"),
    # African / Caribbean
    ("Thandiwe", "f"), ("Kofi", "m"), ("Amara", "f"), ("Chidi", "m"), ("Nkechi", "f"),
    ("Babajide", "m"), ("Abena", "f"), ("Tendai", "x"), ("Wanjiru", "f"), ("Kwame", "m"),
    ("Precious", "f"), ("Jermaine", "m"), ("Tanisha", "f"),
    # Arabic / Somali / Turkish / Persian
    ("Omar", "m"), ("Noor", "f"), ("Fatima", "f"), ("Khalid", "m"), ("Hibaaq", "f"),
    ("Abdiqani", "m"), ("Zeynep", "f"), ("Mehmet", "m"), ("Dariush", "m"), ("Shirin", "f"),
    # East / South-East Asian
    ("Haruto", "m"), ("Mei", "f"), ("Jia Hui", "f"), ("Ji-ho", "m"), ("Seo-yeon", "f"),
    ("Quang", "m"), ("Ngọc Anh", "f"), ("Rizal", "m"), ("Maricel", "f"),
    # Latin American / Iberian / Italian
    ("Valentina", "f"), ("Santiago", "m"), ("Camila", "f"), ("Joaquín", "m"), ("Renata", "f"),
    ("Thiago", "m"), ("Graça", "f"), ("Federico", "m"), ("Begoña", "f"),
    # Nordic / German / Dutch / French
    ("Sigrid", "f"), ("Leif", "m"), ("Jürgen", "m"), ("Anneke", "f"), ("Céline", "f"),
    ("Benoît", "m"), ("Aurélie", "f"),
    # gender-neutral
    ("Charlie", "x"), ("Riley", "x"), ("Morgan", "x"), ("Jesse", "x"), ("Ashton", "x"),
]
# given names that are also English words: used only where they are names
WORD_GIVEN = [("Grace", "f"), ("Hope", "f"), ("Will", "m"), ("Rose", "f"), ("Summer", "f"),
              ("Mark", "m"), ("Bill", "m"), ("Ivy", "f"), ("Joy", "f"), ("Faith", "f"),
              ("Pearl", "f"), ("Sky", "x"), ("Ray", "m"), ("Honey", "f"), ("Chase", "m"),
              ("Patience", "f"), ("Reed", "m")]

SURNAMES = [
    "Thistlethwaite", "Ackroyd", "Blenkinsop", "Gledhill", "Entwistle", "Haworth", "Pickersgill",
    "Satterthwaite", "Bottomley", "Crowther", "Illingworth", "Nuttall",
    "Pryce", "ap Rhys", "Vaughan-Jones", "Gruffydd", "Mackintosh", "Urquhart", "MacLeod",
    "Ó Briain", "Nic Giolla Phádraig", "O'Callaghan", "Mac Giolla Bhríde", "Ní Dhomhnaill",
    "Prajapati", "Chowdhury", "Raghunathan", "Grewal", "Qureshi", "Hussain", "Banerjee",
    "Ahmed-Khan", "Menon", "Iyer",
    "Kowalczyk", "Szymańska", "Nowicki", "Ionescu", "Munteanu", "Jovanović", "Novák",
    "Kovalenko", "Šimkus", "Tóth", "Lazăr",
    "Okafor", "Dlamini", "Mwangi", "Kamara", "Owusu-Ansah", "Adebayo", "Ndlovu", "Achterberg",
    "Onyekachi", "Forbes-Lindo", "Blackwood",
    "Al-Rashid", "Abu-Bakr", "Hassan", "Farah", "Jama", "Öztürk", "Çelik", "Karimi", "Tehrani",
    "Watanabe", "Chen", "Kim", "Ng", "Lê", "Trương", "Santos-Reyes", "Wong",
    "Rodríguez", "Hernández", "Quispe", "Gutiérrez", "Peña", "da Costa", "dos Reis",
    "Bianchi", "Di Stefano", "de la Cruz",
    "van der Berg", "ten Hove", "von Bülow", "Bergström", "Halvorsen", "Schäfer",
    "Beaumont", "Delacroix", "du Plessis",
]
# surnames that are also words or places: used only where they are names
WORD_SURNAMES = ["Cook", "Fisher", "Bell", "Rice", "Young", "Sharp", "Wells", "Hall", "Gold",
                 "Bishop", "Church", "Moss", "Derby", "Kent", "Street", "Best", "Mann"]

BAD_INITIALS = {"TA", "SW", "EP", "HT", "PE", "RE", "IT", "DT", "OK", "AM", "PM", "NO", "HR",
                "GP", "PC", "IP", "DC", "DS", "MR", "MS", "ID", "UK", "YR", "SL", "LA", "CP", "IN",
                "AS", "AT", "BE", "DO", "GO", "HE", "IF", "IS", "ME", "MY", "OF", "ON", "OR",
                "SO", "TO", "UP", "US", "WE", "AN", "BY", "SA", "CC", "RE", "FW", "EH", "SS",
                "DR", "ST", "NB", "PS", "VS", "EG", "IE", "CIN", "CP", "DSL", "TAC", "SEN",
                "EHC", "FSM", "SLT", "PTO", "ASD", "ADD", "SOS", "NHS", "GCSE", "MASH", "MAS",
                "ADA", "LAC", "CAF", "YOT", "PRU", "BAM", "LOL", "OMG", "TBC", "TBA", "ETA",
                "CEO", "COO", "SMT", "AOB", "ACT", "MAT", "RIP", "ICT", "MA", "BA", "PA", "MP",
                "OT", "AI", "BC", "AD", "QC", "EV", "RA", "SU", "GT", "PT", "HE", "VE", "CV", "DOB",
                "NI", "FE", "PR", "TV", "UN", "EU"}


class Person:
    def __init__(self, given, sex, surname):
        self.given, self.sex, self.surname = given, sex, surname

    @property
    def full(self):
        return f"{self.given} {self.surname}"

    @property
    def title(self):
        return {"f": None, "m": "Mr", "x": "Mx"}[self.sex] or "Ms"

    def initials(self):
        parts = re.split(r"[ \-]", self.given) + [w for w in re.split(r"[ \-]", self.surname)
                                                  if w and (w[0].isupper())]
        out = "".join(p[0] for p in parts if p)
        out = out.replace("’", "").replace("'", "")
        out = strip_acc(out)
        return out.upper()

    def initial(self):
        return self.given[0]


class Gen:
    def __init__(self, rng):
        self.r = rng
        self.used = set()

    def person(self, sex=None, word_ok=True):
        r = self.r
        for _ in range(200):
            pool = GIVEN + (WORD_GIVEN if word_ok and r.random() < 0.10 else [])
            if word_ok and r.random() < 0.07:
                g, s = r.choice(WORD_GIVEN)
            else:
                g, s = r.choice(pool)
            if sex and s != sex and s != "x":
                continue
            sur = r.choice(WORD_SURNAMES) if word_ok and r.random() < 0.07 else r.choice(SURNAMES)
            p = Person(g, s, sur)
            if p.full not in self.used:
                self.used.add(p.full)
                return p
        return p

    def family(self, child, sex=None):
        """A parent with the child's surname (usually)."""
        p = self.person(sex=sex or self.r.choice("fm"))
        while p.given == child.given:
            p = self.person(sex=sex or self.r.choice("fm"))
        if self.r.random() < 0.75:
            p.surname = child.surname
        return p


def title_of(r, p):
    if p.sex == "m":
        return r.choice(["Mr", "Mr", "Mr", "Dr"])
    if p.sex == "x":
        return "Mx"
    return r.choice(["Mrs", "Ms", "Miss", "Mrs", "Dr"])


# ---------------------------------------------------------------- identifiers
UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"


def nhs_check(d9):
    s = sum(int(c) * w for c, w in zip(d9, range(10, 1, -1)))
    c = 11 - s % 11
    if c == 11:
        c = 0
    return None if c == 10 else c


def valid_nhs(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 10:
        return False
    c = nhs_check(d[:9])
    return c is not None and c == int(d[9])


def uln_check(d9):
    s = sum(int(c) * w for c, w in zip(d9, range(10, 1, -1)))
    r = s % 11
    return None if r == 0 else 10 - r


def valid_uln(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 10 or d[0] == "0":
        return False
    c = uln_check(d[:9])
    return c is not None and c == int(d[9])


def upn_letter(body12):
    tot = 0
    for i, ch in enumerate(body12):
        v = int(ch) if ch.isdigit() else UPN_LETTERS.index(ch)
        tot += v * (i + 2)
    return UPN_LETTERS[tot % 23]


def valid_upn(s):
    return len(s) == 13 and s[0] == upn_letter(s[1:])


def luhn_ok(num):
    d = [int(c) for c in re.sub(r"\D", "", num)][::-1]
    tot = 0
    for i, x in enumerate(d):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


NI_BAD_FIRST = set("DFIQUV")
NI_BAD_SECOND = set("DFIOQUV")
NI_BAD_PAIRS = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def valid_ni(s):
    t = s.replace(" ", "")
    m = re.fullmatch(r"([A-Z])([A-Z])\d{6}[A-D]", t)
    return bool(m) and m.group(1) not in NI_BAD_FIRST and m.group(2) not in NI_BAD_SECOND \
        and t[:2] not in NI_BAD_PAIRS


class Ids:
    def __init__(self, rng):
        self.r = rng

    def nhs(self):
        r = self.r
        while True:
            d9 = "".join(str(r.randint(0, 9)) for _ in range(9))
            if d9[0] == "0":
                continue
            c = nhs_check(d9)
            if c is None:
                continue
            d = d9 + str(c)
            f = r.choice(["sp", "sp", "dash", "plain"])
            return {"sp": f"{d[:3]} {d[3:6]} {d[6:]}", "dash": f"{d[:3]}-{d[3:6]}-{d[6:]}",
                    "plain": d}[f]

    def uln(self):
        r = self.r
        while True:
            d9 = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))
            c = uln_check(d9)
            if c is not None:
                return d9 + str(c)

    def ref10(self):
        """A 10-digit reference that is neither an NHS number nor a ULN."""
        r = self.r
        while True:
            d = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(9))
            if not valid_nhs(d) and not valid_uln(d):
                return d

    def upn(self):
        r = self.r
        la = r.choice(["383", "380", "352", "209", "330", "873", "926", "316", "888", "370"])
        est = str(r.randint(2000, 7999))
        yr = f"{r.randint(12, 21):02d}"
        if r.random() < 0.06:
            serial = f"{r.randint(10, 99)}" + r.choice(UPN_LETTERS)
        else:
            serial = f"{r.randint(0, 999):03d}"
        body = la + est + yr + serial
        return upn_letter(body) + body

    def bad_upn(self):
        u = self.upn()
        wrong = [c for c in UPN_LETTERS if c != u[0]]
        return self.r.choice(wrong) + u[1:]

    def ni(self):
        r = self.r
        letters = "ABCEGHJKLMNOPRSTWXYZ"
        while True:
            a, b = r.choice(letters), r.choice(letters)
            if a in NI_BAD_FIRST or b in NI_BAD_SECOND or (a + b) in NI_BAD_PAIRS:
                continue
            break
        d = "".join(str(r.randint(0, 9)) for _ in range(6))
        s = r.choice("ABCD")
        if r.random() < 0.5:
            return f"{a}{b} {d[:2]} {d[2:4]} {d[4:]} {s}"
        return f"{a}{b}{d}{s}"

    def card(self):
        r = self.r
        kind = r.choice(["visa", "visa", "mc", "amex"])
        if kind == "amex":
            body = r.choice(["34", "37"]) + "".join(str(r.randint(0, 9)) for _ in range(12))
            n = 15
        elif kind == "mc":
            body = str(r.randint(51, 55)) + "".join(str(r.randint(0, 9)) for _ in range(13))
            n = 16
        else:
            body = "4" + "".join(str(r.randint(0, 9)) for _ in range(14))
            n = 16
        for c in "0123456789":
            if luhn_ok(body + c):
                num = body + c
                break
        assert len(num) == n
        f = r.choice(["sp", "sp", "plain", "dash"])
        if n == 15:
            g = [num[:4], num[4:10], num[10:]]
        else:
            g = [num[i:i + 4] for i in range(0, 16, 4)]
        return {"sp": " ".join(g), "plain": num, "dash": "-".join(g)}[f]

    def bad16(self):
        r = self.r
        while True:
            d = "".join(str(r.randint(0, 9)) for _ in range(16))
            if not luhn_ok(d):
                return d

    def sort_code(self):
        r = self.r
        a = [f"{r.randint(0, 99):02d}" for _ in range(3)]
        a[0] = r.choice(["20", "30", "40", "60", "77", "83", "09", "11", "16", "07"])
        return r.choice(["-", "-", " "]).join(a)

    def account(self):
        return "".join(str(self.r.randint(0, 9)) for _ in range(8))

    def phone(self, kind=None):
        r = self.r
        kind = kind or r.choice(["mob", "mob", "mob", "ldn", "lds", "man"])
        if kind == "mob":
            n = f"{r.randint(0, 999):03d}"
            return r.choice([f"07700 900{n}", f"07700 900{n}", f"07700900{n}",
                             f"+44 7700 900{n}", f"+44 (0)7700 900{n}", f"07700-900-{n}"])
        n = f"{r.randint(0, 999):03d}"
        if kind == "ldn":
            return r.choice([f"020 7946 0{n}", f"(020) 7946 0{n}", f"020-7946-0{n}",
                             f"+44 20 7946 0{n}"])
        code = "0113" if kind == "lds" else "0161"
        return r.choice([f"{code} 496 0{n}", f"({code}) 496 0{n}", f"{code} 4960{n}",
                         f"+44 {code[1:]} 496 0{n}"])

    def ip(self):
        r = self.r
        return r.choice([f"192.0.2.{r.randint(1, 254)}", f"198.51.100.{r.randint(1, 254)}",
                         f"203.0.113.{r.randint(1, 254)}", f"10.{r.randint(0, 60)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                         f"192.168.{r.randint(0, 20)}.{r.randint(1, 254)}"])

    def vehicle(self):
        r = self.r
        L = "ABCDEFGHJKLMNOPRSTUVWXY"
        if r.random() < 0.2:
            return f"{r.choice('ABCDEFGHJKLMNPRSTVWXY')}{r.randint(1, 999)} {''.join(r.choice(L) for _ in range(3))}"
        area = r.choice(["YK", "YJ", "MA", "MF", "LB", "LD", "BD", "NA", "SF", "WR", "CV", "GX"])
        age = r.choice(["15", "16", "18", "19", "20", "21", "66", "67", "68", "69", "70", "71", "23", "73", "24", "74"])
        tail = "".join(r.choice("ABCDEFGHJKLMNOPRSTUVWXYZ") for _ in range(3))
        return f"{area}{age} {tail}" if r.random() < 0.85 else f"{area}{age}{tail}"

    def dob(self, year_lo=2008, year_hi=2019):
        r = self.r
        y, m, d = r.randint(year_lo, year_hi), r.randint(1, 12), r.randint(1, 28)
        months = ["January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December"]
        f = r.choice(["slash", "slash", "slash", "dot", "long", "th", "iso", "mon", "short"])
        suf = "th" if d in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return {"slash": f"{d:02d}/{m:02d}/{y}", "dot": f"{d:02d}.{m:02d}.{y}",
                "long": f"{d} {months[m - 1]} {y}", "th": f"{d}{suf} {months[m - 1]} {y}",
                "iso": f"{y}-{m:02d}-{d:02d}", "mon": f"{d:02d}-{months[m - 1][:3]}-{y}",
                "short": f"{d}/{m}/{y % 100:02d}"}[f]


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "September",
          "October", "November", "December"]

PLACES = [  # (locality, town, outward codes)
    ("Headingley", "Leeds", ["LS6", "LS4"]), ("Beeston", "Leeds", ["LS11"]),
    ("Chapeltown", "Leeds", ["LS7"]), ("Rusholme", "Manchester", ["M14"]),
    ("Levenshulme", "Manchester", ["M19"]), ("Moss Side", "Manchester", ["M16"]),
    ("Walthamstow", "London", ["E17"]), ("Peckham", "London", ["SE15"]),
    ("Tottenham", "London", ["N17", "N15"]), ("Sparkbrook", "Birmingham", ["B11", "B12"]),
    ("Manningham", "Bradford", ["BD8"]), ("Heaton", "Newcastle upon Tyne", ["NE6"]),
    ("Splott", "Cardiff", ["CF24"]), ("Govanhill", "Glasgow", ["G42"]),
    ("Toxteth", "Liverpool", ["L8"]), ("Sneinton", "Nottingham", ["NG2"]),
    ("Lockwood", "Huddersfield", ["HD1", "HD4"]), ("Stanley", "Wakefield", ["WF3"]),
    ("Shirley", "Southampton", ["SO15"]), ("Washington", "Tyne and Wear", ["NE37", "NE38"]),
]
STREETS = ["Heron Way", "Foundry Lane", "Mafeking Terrace", "Sycamore Close", "Tannery Row",
           "Quarry Bank", "Beechwood Avenue", "Lapwing Drive", "Cobden Street", "Harrow Gardens",
           "Ropewalk", "Kestrel Mews", "Wharf Road", "Ashgrove", "Linnet Court", "Moorfield Road",
           "St Ninian's Crescent", "Ffordd y Felin", "Clover Walk", "Spinners Way", "Bramble Rise",
           "Granary Yard", "Alder Grove", "Rectory Lane", "Pit Row", "Cotton Street"]
HOUSE_NAMES = ["The Laurels", "Rose Cottage", "Flat 3, Ashby House", "Flat 12B, Cedar Court",
               "Apartment 7, The Old Mill", "2 Bank Cottages"]
POST_IN = "ABDEFGHJLNPQRSTUWXYZ"


class Addr:
    def __init__(self, r, place=None):
        loc, town, outs = place or r.choice(PLACES)
        self.street = r.choice(STREETS)
        num = r.choice([str(r.randint(1, 240)), str(r.randint(1, 240)), f"{r.randint(1, 90)}a"])
        if r.random() < 0.12:
            self.first = r.choice(HOUSE_NAMES)
            self.lines = [self.first, f"{num} {self.street}" if r.random() < 0.4 else self.street]
        else:
            self.lines = [f"{num} {self.street}"]
        if r.random() < 0.7:
            self.lines.append(loc)
        self.lines.append(town)
        self.postcode = f"{r.choice(outs)} {r.randint(1, 9)}{r.choice(POST_IN)}{r.choice(POST_IN)}"
        if r.random() < 0.1:
            self.postcode = self.postcode.replace(" ", "")
        self.town = town


# ---------------------------------------------------------------- document model
class Doc:
    """Characters with the id of the span they belong to (-1: none)."""

    def __init__(self, kind):
        self.kind = kind
        self.chars = []
        self.sids = []
        self.cats = []

    def t(self, s):
        self.chars.extend(s)
        self.sids.extend([-1] * len(s))
        return self

    def s(self, cat, s):
        assert s and s == s.strip(), (cat, s)
        sid = len(self.cats)
        self.cats.append(cat)
        self.chars.extend(s)
        self.sids.extend([sid] * len(s))
        return self

    def p(self, s):
        return self.s("PERSON", s)

    def nl(self, s=""):
        return self.t(s + "\n")

    def addr(self, a, multi=True, sep="\n", upper=False, indent=""):
        lines = [l.upper() for l in a.lines] if upper else a.lines
        if multi:
            self.s("ADDRESS", ("\n" + indent).join(lines))
            self.t("\n" + indent)
            self.s("POSTCODE", a.postcode.upper())
            self.t("\n")
        else:
            self.s("ADDRESS", ", ".join(lines))
            self.t(sep)
            self.s("POSTCODE", a.postcode.upper())
        return self

    def text(self):
        return "".join(self.chars)

    def wrap(self, width, start=0, keep=("PERSON", "ADDRESS")):
        """Wrap lines from char index `start` at `width` columns, breaking only at spaces
        outside spans or inside spans whose category is in `keep`."""
        col = 0
        last_space = -1
        i = start
        # column at start
        j = start - 1
        while j >= 0 and self.chars[j] != "\n":
            j -= 1
        col = start - j - 1
        while i < len(self.chars):
            c = self.chars[i]
            if c == "\n":
                col = 0
                last_space = -1
            else:
                if c == " ":
                    sid = self.sids[i]
                    if sid < 0 or self.cats[sid] in keep:
                        last_space = i
                col += 1
                if col > width and last_space >= 0:
                    self.chars[last_space] = "\n"
                    col = i - last_space
                    last_space = -1
            i += 1

    def mark(self):
        return len(self.chars)


def render(doc):
    text = doc.text()
    spans = []
    # byte offsets
    offs = [0]
    for c in doc.chars:
        offs.append(offs[-1] + len(c.encode("utf-8")))
    cur = None
    for i, sid in enumerate(doc.sids + [-2]):
        if cur is not None and sid != cur[0]:
            spans.append((cur[0], cur[1], i))
            cur = None
        if sid >= 0 and cur is None:
            cur = (sid, i)
    out = []
    for sid, a, b in spans:
        # trim whitespace at span edges
        while a < b and doc.chars[a].isspace():
            a += 1
        while b > a and doc.chars[b - 1].isspace():
            b -= 1
        if a == b:
            continue
        out.append({"begin": offs[a], "end": offs[b], "category": doc.cats[sid],
                    "text": "".join(doc.chars[a:b])})
    # the same span id must not appear twice (non-contiguous)
    ids = [s for s, _, _ in spans]
    assert len(ids) == len(set(ids)), doc.kind
    return text, out


# ---------------------------------------------------------------- OCR noise
SUBS = [("rn", "m"), ("m", "rn"), ("l", "1"), ("I", "l"), ("O", "0"), ("0", "O"), ("1", "l"),
        ("5", "S"), ("S", "5"), ("e", "c"), ("h", "b"), ("B", "8"), ("cl", "d"), (",", "."),
        ("i", "í"), ("a", "o"), ("u", "v"), ("8", "B"), ("/", "l"), ("-", "—")]


def ocr_copy(doc, rng, kind):
    chars, sids = doc.chars, doc.sids
    out_c, out_s = [], []
    i = 0
    n = len(chars)
    rate = rng.uniform(0.025, 0.05)
    while i < n:
        c, s = chars[i], sids[i]
        x = rng.random()
        if x < rate:
            done = False
            for a, b in rng.sample(SUBS, len(SUBS)):
                if "".join(chars[i:i + len(a)]) == a:
                    for ch in b:
                        out_c.append(ch)
                        out_s.append(s)
                    i += len(a)
                    done = True
                    break
            if done:
                continue
        if c == " " and x < rate * 2.2 and x >= rate:
            y = rng.random()
            if y < 0.35:       # dropped space
                i += 1
                continue
            elif y < 0.65:     # doubled space
                out_c += [" ", " "]
                out_s += [s, s]
                i += 1
                continue
            elif y < 0.8:      # line broken
                out_c.append("\n")
                out_s.append(s)
                i += 1
                continue
        if c == "\n" and x < 0.04:   # lines joined
            out_c.append(" ")
            out_s.append(s)
            i += 1
            continue
        if c.isalpha() and i + 1 < n and chars[i + 1].isalpha() and x > 1 - rate * 0.5:
            out_c.append(c)
            out_s.append(s)
            ins = " " if rng.random() < 0.7 else "-\n"
            same = s if sids[i + 1] == s else -1
            for ch in ins:
                out_c.append(ch)
                out_s.append(same)
            i += 1
            continue
        out_c.append(c)
        out_s.append(s)
        i += 1
    d = Doc(kind)
    d.chars, d.sids, d.cats = out_c, out_s, list(doc.cats)
    return d


# ---------------------------------------------------------------- shared pieces
SCHOOLS = [  # name, domain stem, place index
    ("Wilberforce High School", "wilberforce"), ("Brontë Academy", "bronteacademy"),
    ("St Cuthbert's RC High School", "stcuthberts"), ("Moorside Community School", "moorside"),
    ("Thomas Bewick Primary School", "bewickprimary"), ("Heron Vale Academy", "heronvale"),
    ("Sir John Franklin College", "franklincollege"), ("Ada Lovelace CE Primary", "lovelaceprimary"),
    ("Kingsmead Academy", "kingsmead"), ("Ysgol Gyfun Cwm Derw", "cwmderw"),
]


class School:
    def __init__(self, r):
        self.name, stem = r.choice(SCHOOLS)
        self.domain = f"{stem}.example.sch.uk"
        self.place = r.choice(PLACES)
        self.addr = Addr(r, self.place)
        self.addr.lines = [l for l in self.addr.lines if not l.startswith(("Flat", "Apartment", "The Laurels", "Rose Cottage", "2 Bank"))]
        if not re.match(r"\d", self.addr.lines[0]):
            self.addr.lines.insert(0, f"{r.randint(1, 60)} {r.choice(STREETS)}")
        self.phone = Ids(r).phone(r.choice(["ldn", "lds", "man"]))


def staff_email(p, school, r):
    g = re.sub(r"[^a-z]", "", strip_acc(p.given.lower()))
    s = re.sub(r"[^a-z]", "", strip_acc(p.surname.lower()))
    return r.choice([f"{g[0]}.{s}", f"{g}.{s}", f"{s}{g[0]}"]) + "@" + school.domain


def parent_email(p, r):
    g = re.sub(r"[^a-z]", "", strip_acc(p.given.lower()))
    s = re.sub(r"[^a-z]", "", strip_acc(p.surname.lower()))
    dom = r.choice(["example.com", "example.net", "example.org", "example.co.uk"])
    return r.choice([f"{g}{s}{r.randint(1, 99)}", f"{g}.{s}", f"{g[0]}{s}{r.randint(70, 99)}",
                     f"mummy.of.{r.randint(2, 4)}.{s}", f"{s}.family"]) + "@" + dom


def strip_acc(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("ı", "i").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def fmt_date(r, y=2026):
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    months = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
    return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {months[m - 1]} {y}"])


def day_date(r):
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    months = ["January", "February", "March", "April", "May", "June", "July", "September",
              "October", "November", "December"]
    return f"{r.choice(days)} {r.randint(1, 28)} {r.choice(months)} 2026"


def name_form(d, r, p, forms=("full", "full", "title", "first", "initsur", "caps")):
    f = r.choice(forms)
    if f == "full":
        d.p(p.full)
    elif f == "title":
        d.t(title_of(r, p) + " ").p(p.surname)
    elif f == "first":
        d.p(p.given)
    elif f == "initsur":
        d.p(f"{p.initial()}. {p.surname}" if r.random() < 0.5 else f"{p.initial()} {p.surname}")
    elif f == "caps":
        d.p(p.full.upper())
    return d


def initials_unique(people):
    seen = {}
    for p in people:
        ini = p.initials()
        k = 0
        letters = [c for c in p.surname.split(" ")[-1] if c.isalpha()]
        while ini in BAD_INITIALS or ini in seen.values() or len(ini) < 2:
            k += 1
            if k >= len(letters):
                break
            ini = p.initials() + letters[k].upper()
        seen[p.full] = ini
    return seen


TRAPS = [
    "We will mark the mock papers over half term and return them in May.",
    "Please remember the Summer term starts on Monday.",
    "The rose garden by the Brontë Building is out of bounds while the fence is repaired.",
    "Hope Street will be closed for resurfacing, so drop-off is on Mill Lane.",
    "Year 9 will visit Chester Zoo and the Lincoln Castle walls on separate days.",
    "The Duke of Edinburgh's Award expedition leaves from the Marsh Lane car park.",
    "Our sponsored walk raised money for the Marie Curie Hospice and Barnardo's.",
    "Mark schemes for English, French and Religious Studies are on the shared drive.",
    "A two-week grace period applies to library fines.",
    "Families can claim through the Florence Nightingale Trust's hardship fund.",
    "The coach leaves for Washington Wetland Centre at 8.30.",
    "Will you check the Victoria sponge order for Friday?",
    "The Edith Wainwright Suite and the Nightingale Room are booked for the review.",
    "Bill payers should use the ParentPay link.",
    "Drop-off is at Stanley bus station when the road is flooded.",
    "Ofsted visited in June and the report will be published in August.",
    "The Amber Room is being used for exams in the morning.",
    "Dawn chorus walk (Year 5) is cancelled because of the forecast.",
    "We raised £312 for the Ronald McDonald House charity.",
    "The Grace Darling house team won the quiz.",
]


def trap(d, r):
    d.nl(r.choice(TRAPS))



# ---------------------------------------------------------------- this set's places and traps
PLACES = [  # (locality, town, outward codes)
    ("Armley", "Leeds", ["LS12"]), ("Harehills", "Leeds", ["LS8", "LS9"]),
    ("Gorton", "Manchester", ["M18"]), ("Cheetham Hill", "Manchester", ["M8"]),
    ("Leyton", "London", ["E10"]), ("Brixton", "London", ["SW2", "SW9"]),
    ("Southall", "London", ["UB1", "UB2"]), ("Alum Rock", "Birmingham", ["B8"]),
    ("Highfields", "Leicester", ["LE2"]), ("Byker", "Newcastle upon Tyne", ["NE6"]),
    ("Grangetown", "Cardiff", ["CF11"]), ("Pollokshields", "Glasgow", ["G41"]),
    ("Kensington", "Liverpool", ["L7"]), ("Hyson Green", "Nottingham", ["NG7"]),
    ("Dewsbury Moor", "Dewsbury", ["WF13"]), ("Victoria Park", "Bristol", ["BS3"]),
    ("Nelson", "Lancashire", ["BB9"]), ("Florence", "Stoke-on-Trent", ["ST3"]),
    ("Clifton", "Rotherham", ["S65"]), ("Darwen", "Blackburn", ["BB3"]),
]
STREETS = ["Fennel Street", "Coronation Walk", "Rookery Lane", "Plover Close", "Weavers Row",
           "Canal Side", "Hawthorn Avenue", "Peel Street", "Gladstone Terrace", "Larch Drive",
           "Orchard Mews", "Bobbin Mill Road", "Stonecroft", "Wren Court", "Nightingale Road",
           "Heol y Nant", "St Kentigern's Place", "Cowslip Way", "Dyers Lane", "Elmfield Rise",
           "Tenter Croft", "Parsonage Street", "Siskin Gardens", "Malt Kiln Lane"]
HOUSE_NAMES = ["Honeysuckle Cottage", "Flat 4, Bramley House", "Flat 2A, Weavers Court",
               "Apartment 15, The Tannery", "The Old Forge", "1 Chapel Cottages"]
SCHOOLS = [
    ("Nelson Mandela Academy", "mandelaacademy"), ("Elizabeth Garrett Anderson School", "egaschool"),
    ("St Bede's Catholic College", "stbedes"), ("Canal Side Primary School", "canalside"),
    ("George Stephenson High School", "stephensonhigh"), ("Ysgol Glan Tâf", "glantaf"),
    ("Mary Seacole Primary Academy", "seacoleprimary"), ("Oakfield Community College", "oakfield"),
    ("Emmeline Pankhurst Girls' School", "pankhurstgirls"), ("Kirkstall Valley Academy", "kirkstallvalley"),
]
TRAPS = [
    "Year 10 are reading Great Expectations and An Inspector Calls this half term.",
    "The Churchill Room is reserved for the appeal hearings on Tuesday.",
    "Please do not park on Peel Street or outside the Darwin Building.",
    "Summer School runs from July into August; booking closes in May.",
    "Grace Darling Ward at the Royal Victoria Infirmary has asked for cards.",
    "We will mark attendance as authorised where evidence is provided.",
    "Bill the trip to the main account and mark it paid.",
    "The Joy of Maths club meets in the Faraday Lab.",
    "Pupils will rehearse Macbeth and Romeo and Juliet in the Shakespeare Studio.",
    "Hope Valley College sent their revision timetable.",
    "Staff parking at Cromwell Road is closed from Monday.",
    "The Newton Centre is used for sport when the hall floor is being sealed.",
    "Collection from Nelson bus station if the coach is late.",
    "Rose Hill Park is the meeting point for the sponsored walk.",
    "The PTA raised £260 for the Marie Curie nurses and the Teenage Cancer Trust.",
    "English, Maths, Art, Drama and Religious Studies reports are all due in June.",
    "Ivy Lane allotment club restarts after Easter.",
    "The Pearl Assurance building opposite is being demolished.",
    "Mark books are checked every Friday.",
    "The Stephenson Railway Museum trip is in March.",
]
SUBJECTS = ["English", "Maths", "Science", "French", "Spanish", "History", "Geography", "Art",
            "Music", "Drama", "Computing", "Religious Studies", "PE", "Design and Technology"]


def F(d, s, **kw):
    """Write template `s`; {key} is a PERSON span (str value) or a (category, text) span."""
    for part in re.split(r"(\{\w+\})", s):
        if re.fullmatch(r"\{\w+\}", part):
            v = kw[part[1:-1]]
            if isinstance(v, tuple) and v[0] is None:
                d.t(v[1])
            elif isinstance(v, tuple):
                d.s(v[0], v[1])
            else:
                d.p(v)
        elif part:
            d.t(part)
    return d


def tt(r, p):
    return title_of(r, p)


def short_date(r):
    return f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2026"


def csvq(v):
    return f'"{v}"' if ("," in v or '"' in v) else v


def poss(name):
    return "'" if name.endswith("s") else "'s"


def letterhead(d, r, sch, with_contact=True):
    d.nl(sch.name)
    d.addr(sch.addr, multi=False, sep="  ")
    d.nl()
    if with_contact:
        d.t("Tel: ").s("PHONE", sch.phone).t("   www.").nl(sch.domain)
    d.nl()


def recipient_block(d, r, parent, child, a, upper=False):
    t = title_of(r, parent)
    if upper:
        d.t(t.upper() + " ").p(f"{parent.initial()} {parent.surname}".upper()).nl()
    elif r.random() < 0.3:
        d.t("To the parent/carer of ").p(child.full).nl()
    else:
        d.t(t + " ").p(f"{parent.given} {parent.surname}" if r.random() < 0.5 else f"{parent.initial()} {parent.surname}").nl()
    d.addr(a, multi=True, upper=upper)
    d.nl()




# ---------------------------------------------------------------- document kinds
def k_report(g, r, ids):
    """End-of-year pupil report with subject teachers' comments."""
    d = Doc("pupil_report")
    sch = School(r)
    kid = g.person()
    tutor = g.person()
    d.nl(f"{sch.name}")
    d.nl("END OF YEAR REPORT 2025–26")
    d.t("Pupil: ")
    if r.random() < 0.5:
        d.p(kid.surname.upper()).t(", ").p(kid.given)
    else:
        d.p(kid.full)
    d.t(f"    Form: {r.randint(7, 10)}{r.choice('BKLW')}    UPN: ").s("UPN", ids.upn()).nl()
    d.t("Form tutor: ").t(tt(r, tutor) + " ").p(tutor.surname).t("    Attendance: ").nl(f"{r.randint(86, 99)}.{r.randint(0, 9)}%")
    d.nl()
    teachers = [g.person() for _ in range(r.randint(4, 6))]
    ini = initials_unique(teachers)
    subs = r.sample(SUBJECTS, len(teachers))
    friend = g.person()
    k = kid.given
    for sub, t in zip(subs, teachers):
        d.nl(f"{sub.upper()}    Working at: {r.choice(['4', '5', '6-', '6', '7+', 'Secure', 'Developing'])}    Effort: {r.randint(1, 4)}")
        d.t("Teacher: ")
        if r.random() < 0.5:
            d.p(t.full).t(" [").p(ini[t.full]).nl("]")
        else:
            d.t(tt(r, t) + " ").p(t.surname).t(" (").p(ini[t.full]).nl(")")
        m = d.mark()
        v = r.randrange(6)
        if v == 0:
            F(d, "{k} has worked hard this year and {k2}" + poss(k) + " coursework on the Tudors was a "
                 "highlight. To improve, {k3} should check spelling of key words.", k=k, k2=k, k3=k)
        elif v == 1:
            F(d, "A pleasure to teach. {k} works well with {f} and often leads the group. "
                 "Will must now be revised as a modal verb before the exam.", k=k, f=friend.given)
        elif v == 2:
            F(d, "{k} is capable of more. Homework has been late several times and {k} needs to "
                 "bring the right equipment. Mark schemes are on Teams.", k=k)
        elif v == 3:
            F(d, "Excellent progress. {k} presented on Grace Darling and answered questions with "
                 "real confidence. {k} should aim for the higher paper.", k=k)
        elif v == 4:
            F(d, "{k} has settled well since joining from Hope Valley College. I would like "
                 "{k} to ask for help sooner rather than waiting.", k=k.upper() if r.random() < 0.2 else k)
        else:
            F(d, "Attainment is secure. {k} and {f} produced a strong joint project; {k} "
                 "could now take more risks with extended writing.", k=k, f=friend.full)
        d.t(" — ").p(ini[t.full])
        d.wrap(r.randint(70, 88), m)
        d.nl()
        d.nl()
    d.nl("TUTOR'S COMMENT")
    m = d.mark()
    F(d, "{k} has had a positive year in {f}. {k} has been a reliable member of the "
         "school council and helped organise the Summer Fair. Next year I would like to see "
         "{k} take part in the Duke of Edinburgh's Award.", k=k,
      f=(None, f"{r.randint(7, 10)}{r.choice('BKLW')}"))
    d.wrap(80, m)
    d.nl()
    hoy = g.person()
    d.t("Signed: ").p(tutor.full).t(" (tutor)   ").p(hoy.full).nl(" (Head of Year)")
    if r.random() < 0.5:
        trap(d, r)
    return d


def k_provision_map(g, r, ids):
    """SEN provision map: table with staff as initials and a key at the foot."""
    d = Doc("provision_map")
    sch = School(r)
    staff = [g.person() for _ in range(r.randint(3, 5))]
    ini = initials_unique(staff)
    sen = g.person()
    d.nl(f"{sch.name} — Provision Map, Spring term 2026")
    d.t("SENDCo: ").p(sen.full).t("   ").s("EMAIL", staff_email(sen, sch, r)).nl()
    d.nl()
    d.nl("Pupil                      | Yr | Need        | Provision                    | Staff | Freq        | Cost")
    for _ in range(r.randint(5, 8)):
        p = g.person()
        f = r.random()
        m = d.mark()
        if f < 0.35:
            d.p(p.surname).t(", ").p(p.given)
            n = len(p.surname) + 2 + len(p.given)
        elif f < 0.6:
            d.p(f"{p.given} {p.surname[0]}")
            n = len(p.given) + 2
        else:
            d.p(p.full.upper() if r.random() < 0.3 else p.full)
            n = len(p.full)
        d.t(" " * max(1, 27 - n) + "| ")
        d.t(f"{r.randint(3, 11):<2} | ")
        d.t(f"{r.choice(['SEMH', 'SLCN', 'SpLD', 'ASC', 'MLD', 'HI', 'SEMH/ASC']):<11} | ")
        prov = r.choice(["Lexia 3x20min", "Precision teaching", "ELSA sessions", "Speech link",
                         "Lego therapy", "Sensory circuit", "Zones of Regulation", "Toe by Toe",
                         "Nessy reading", "Talkabout group"])
        d.t(f"{prov:<28} | ")
        s = r.choice(staff)
        d.p(ini[s.full]).t(" " * (6 - len(ini[s.full])) + "| ")
        d.nl(f"{r.choice(['daily', 'weekly', '3x weekly', 'fortnightly']):<11} | £{r.randint(40, 900)}")
    d.nl()
    if r.random() < 0.5:
        d.nl("Staff key:")
        for s in staff:
            d.t("  ").p(ini[s.full]).t(" – ").p(s.full).nl(f" ({r.choice(['TA', 'HLTA', 'ELSA', 'SALT assistant', 'teacher'])})")
    else:
        d.t("Key: ")
        for i, s in enumerate(staff):
            if i:
                d.t("; ")
            d.p(s.full).t(" [").p(ini[s.full]).t("]")
        d.nl()
    d.nl("Reviewed termly with class teachers. Costs from the notional SEN budget.")
    if r.random() < 0.5:
        trap(d, r)
    return d


BEHAVIOUR = ["Late to lesson", "No homework", "Disruption", "Defiance", "Uniform", "Phone out",
             "Fighting", "Rudeness to staff", "Truancy (P5)", "Positive: helping others",
             "Positive: excellent work"]


def k_behaviour_log(g, r, ids):
    """Detention and behaviour-point export (CSV or pipe table)."""
    d = Doc("behaviour_log")
    sch = School(r)
    staff = [g.person() for _ in range(4)]
    pupils = [g.person() for _ in range(r.randint(4, 6))]
    csv = r.random() < 0.6
    d.nl(f"{sch.name} behaviour points export — week {r.randint(1, 38)}")
    if csv:
        cols = ["Date", "Pupil", "Reg", "Type", "Points", "Staff", "Detention", "Comment"]
        d.nl(",".join(cols))
    else:
        d.nl("Date       | Pupil                    | Type                 | Pts | Staff            | Note")
    for _ in range(r.randint(7, 11)):
        p = r.choice(pupils)
        s = r.choice(staff)
        typ = r.choice(BEHAVIOUR)
        pts = r.randint(1, 5) * (1 if typ.startswith("Positive") else -1)
        other = r.choice([x for x in pupils if x is not p])
        date = short_date(r)
        if csv:
            d.t(date + ",")
            if r.random() < 0.5:
                d.t('"').p(p.surname.upper()).t(", ").p(p.given).t('"')
            else:
                d.p(p.full)
            d.t(f",{r.randint(7, 11)}{r.choice('ABCD')},{typ},{pts},")
            if r.random() < 0.6:
                d.t(tt(r, s) + " ").p(s.surname)
            else:
                d.p(f"{s.given[0]}. {s.surname}")
            d.t("," + r.choice(["", "", "30 min Tue", "SLT Fri", "lunch"]) + ",")
            v = r.randrange(5)
            if v == 0:
                d.t('"pushed ').p(other.given).t(' in lunch queue, said sorry"').nl()
            elif v == 1:
                d.t("refused to move seat away from ").p(other.given.lower()).nl()
            elif v == 2:
                d.nl("will not stop talking; warned twice")
            elif v == 3:
                d.t("helped ").p(other.full).nl(" find lost blazer")
            elif v == 4 and r.random() < 0.5:
                d.t("VPN on school laptop (").s("IP", ids.ip()).t("), shared login with ").p(other.given).nl()
            else:
                d.nl("")
        else:
            d.t(f"{date} | ")
            d.p(p.full)
            d.t(" " * max(1, 25 - len(p.full)) + f"| {typ:<20} | {pts:>3} | ")
            d.t(tt(r, s) + " ").p(s.surname)
            d.t(" " * max(1, 13 - len(s.surname)) + "| ")
            if r.random() < 0.4:
                d.t("with ").p(other.given).nl(" again")
            elif r.random() < 0.2:
                d.t("proxy site from ").s("IP", ids.ip()).nl()
            else:
                d.nl(r.choice(["", "parent informed", "DT 30 min", "mark book not brought"]))
    d.nl()
    d.t("Exported by ").p(r.choice(staff).full).nl(f" {short_date(r)} 16:{r.randint(10, 59)}")
    return d


def k_trip(g, r, ids):
    """Educational visit risk assessment with staff, pupil medical list and coach."""
    d = Doc("trip_risk_assessment")
    sch = School(r)
    lead = g.person()
    staff = [g.person() for _ in range(r.randint(2, 4))]
    ini = initials_unique([lead] + staff)
    dest = r.choice(["Robin Hood's Bay", "Kielder Water", "the Jorvik Viking Centre", "Snowdonia (Plas Menai)",
                     "Whitby Abbey", "the Darwin Centre, Natural History Museum", "Lake Windermere"])
    d.nl("EDUCATIONAL VISIT — RISK ASSESSMENT (EV3)")
    d.nl(f"{sch.name}   Destination: {dest}   Date: {day_date(r)}")
    d.t("Visit leader: ").p(lead.full).t(" (").p(ini[lead.full]).t(")  mobile on the day ").s("PHONE", ids.phone("mob")).nl()
    d.t("Staff: ")
    for i, s in enumerate(staff):
        if i:
            d.t(", ")
        if r.random() < 0.5:
            d.p(ini[s.full]).t(" (").p(s.full).t(")")
        else:
            d.t(tt(r, s) + " ").p(s.surname).t(" [").p(ini[s.full]).t("]")
    d.nl()
    d.t("Coach: Lincoln Coaches Ltd, reg ").s("VEHICLE", ids.vehicle()).t(", driver ").p(g.person().full).nl()
    d.nl()
    d.nl("Hazard                 | Risk | Control                                   | By")
    for hz, ctl in r.sample([("Water's edge", "stay behind rope line, head counts"),
                             ("Road crossing", "cross at lights in pairs"),
                             ("Lost pupil", "meet at café, buddy system, lanyards"),
                             ("Weather", "check forecast, waterproofs on kit list"),
                             ("Allergies", "EpiPens carried by named staff"),
                             ("Coach travel", "seatbelts, count on and off")], 4):
        d.t(f"{hz:<22} | {r.choice(['L', 'M', 'H'])}    | {ctl:<41} | ").p(ini[r.choice([lead] + staff).full]).nl()
    d.nl()
    d.nl("Pupils with medical needs (carry this page):")
    for _ in range(r.randint(2, 4)):
        p = g.person()
        par = g.family(p)
        d.t("- ").p(p.full).t(f" ({r.choice(['Y7', 'Y8', 'Y9', 'Y10'])}) — ")
        d.t(r.choice(["asthma, blue inhaler in bag", "nut allergy, 2 EpiPens", "type 1 diabetes, pump",
                      "epilepsy, buccal midazolam"]))
        if r.random() < 0.6:
            d.t("; NHS ").s("NHS_NUMBER", ids.nhs())
        d.t("; DOB ").s("DATE_OF_BIRTH", ids.dob(2010, 2015))
        d.t("; contact ").p(par.given).t(" ").s("PHONE", ids.phone()).nl()
    d.nl()
    d.t("Approved by EVC ").p(g.person().full).nl(f" on {short_date(r)}")
    if r.random() < 0.5:
        trap(d, r)
    return d


def k_appeal(g, r, ids):
    """Parent's letter to an admissions appeal panel."""
    d = Doc("admissions_appeal")
    sch = School(r)
    kid = g.person()
    par = g.family(kid)
    sib = g.person(sex="m")
    sib.surname = kid.surname
    a = Addr(r)
    d.addr(a, multi=True)
    d.s("PHONE", ids.phone()).nl()
    d.s("EMAIL", parent_email(par, r)).nl()
    d.nl()
    d.nl("The Clerk to the Independent Appeal Panel")
    d.nl("School Admissions, Civic Centre")
    d.nl()
    d.nl(f"Appeal reference: APP/2026/{r.randint(1000, 9999)}")
    m = d.mark()
    d.t("Dear Clerk,\n\nAppeal for a Year 7 place at " + sch.name + " for my "
        + r.choice(["son", "daughter", "child"]) + " ")
    d.p(kid.full).t(" (date of birth ").s("DATE_OF_BIRTH", ids.dob(2014, 2015)).t("). ")
    d.t("We were offered a place at Oakfield Community College, which is two buses away. ")
    F(d, "{k}'s older brother {b} is already in Year 9 at the school, and the sibling criterion "
         "should have applied. ", k=kid.given, b=sib.given + " " + sib.surname if r.random() < 0.5 else sib.given)
    F(d, "Our GP, Dr {gp} at Peel Street Surgery, has written about {k}'s anxiety, and the "
         "letter is enclosed. ", gp=g.person().surname, k=kid.given)
    d.t("I work shifts at the Nightingale Road depot and cannot do two school runs. ")
    d.t("Please contact me on the number above or my husband ")
    other = g.person(sex="m")
    other.surname = kid.surname
    d.p(other.full).t(" on ").s("PHONE", ids.phone("mob")).t(". ")
    d.t("We will attend the hearing in May.")
    d.wrap(r.randint(72, 86), m)
    d.nl()
    d.nl()
    d.nl("Yours faithfully,")
    d.nl()
    d.p(par.full).nl()
    d.t("(parent of ").p(kid.given).nl(")")
    return d


def k_complaint(g, r, ids):
    """A parent's complaint and the school's reply in one thread."""
    d = Doc("complaint_and_reply")
    sch = School(r)
    kid = g.person()
    par = g.family(kid)
    teacher = g.person()
    bully = g.person()
    head = g.person()
    pe = parent_email(par, r)
    d.t("From: ").p(head.full).t(" <").s("EMAIL", staff_email(head, sch, r)).nl(">")
    d.t("To: ").s("EMAIL", pe).nl()
    d.t("Subject: RE: Formal complaint – ").p(kid.full).nl()
    d.nl()
    m = d.mark()
    d.t("Dear " + tt(r, par) + " ").p(par.surname).t(",\n\n")
    F(d, "Thank you for your letter. I have spoken with {t} and with {b}'s parents. "
         "{t2} accepts that the detention should not have been given without first hearing "
         "from {k}. The detention has been removed from {k2}'s record. ",
      t=teacher.full, b=bully.given,
      t2=teacher.given, k=kid.given, k2=kid.given)
    F(d, "Our filtering log shows the Snapchat messages were sent on the guest Wi-Fi from {ip} "
         "at 16:02, and {b} has admitted sending them. ", ip=("IP", ids.ip()), b=bully.given)
    d.t("If you remain unhappy you may ask for the complaint to go to stage 2, heard by the chair "
        "of governors, ")
    gov = g.person()
    d.t(r.choice(["Cllr", "Revd", tt(r, gov)]) + " ").p(gov.full).t(".\n\nYours sincerely\n\n")
    d.p(head.full).nl()
    d.nl("Headteacher")
    d.wrap(r.randint(70, 84), m)
    d.nl()
    d.nl("-----Original Message-----")
    d.t("From: ").p(par.full).t(" <").s("EMAIL", pe).nl(">")
    d.nl(f"Sent: {day_date(r)} 21:{r.randint(10, 59)}")
    m = d.mark()
    q = "> "
    F(d, "Dear Headteacher, I am writing to complain about how {k} was treated by {tl} {t} on "
         "Friday. {k} was kept in at lunch after {bb} pushed her into the lockers and "
         "nobody asked her side. This is the third time. I have screenshots of messages {b2} "
         "sent on Snapchat. I would like a meeting. My mobile is {ph} and our address is "
         "{ad} {pc}. " + r.choice(["", "Also the £40 trip deposit I paid by card ({card}) was taken twice. "]) + "Regards, {pn}",
      k=kid.given, tl=(None, tt(r, teacher)), t=teacher.surname, bb=bully.full,
      b2=bully.given.lower() if r.random() < 0.4 else bully.given, ph=("PHONE", ids.phone("mob")),
      ad=("ADDRESS", ", ".join((a := Addr(r)).lines)), pc=("POSTCODE", a.postcode), pn=par.given,
      card=("CARD", ids.card()))
    d.wrap(70, m)
    # quote the original message
    i = m
    d.chars.insert(i, q[0])
    d.sids.insert(i, -1)
    d.chars.insert(i + 1, q[1])
    d.sids.insert(i + 1, -1)
    j = i + 2
    while j < len(d.chars):
        if d.chars[j] == "\n":
            d.chars[j + 1:j + 1] = list(q)
            sid = d.sids[j]
            same = sid if sid >= 0 and j + 1 < len(d.sids) and d.sids[j + 1] == sid else -1
            d.sids[j + 1:j + 1] = [same, same]
            j += 3
        else:
            j += 1
    d.nl()
    return d


def k_appraisal(g, r, ids):
    """Staff appraisal notes, initials introduced as 'JS (Jane Smith)'."""
    d = Doc("appraisal_notes")
    sch = School(r)
    ape = g.person()
    apr = g.person()
    obs = g.person()
    ini = initials_unique([ape, apr, obs])
    d.nl(f"{sch.name} — Appraisal review 2025–26 (CONFIDENTIAL)")
    d.t("Appraisee: ").p(ini[ape.full]).t(" (").p(ape.full).t(")   Appraiser: ").p(ini[apr.full]).t(" (").p(apr.full).nl(")")
    d.t("Staff no. ").t(f"{r.randint(100000, 999999)}").t("   Pay point M").t(str(r.randint(2, 6)))
    if r.random() < 0.6:
        d.t("   NI ").s("NI_NUMBER", ids.ni())
    d.nl()
    d.nl()
    m = d.mark()
    F(d, "1. Objective 1 (reading across the curriculum): {a} has led the Year 8 reading "
         "programme. Observed by {o} ({on}) on {dt}; {o2} noted strong questioning. "
         "{a2} and {r2} agreed this objective is met.\n",
      a=ini[ape.full], o=ini[obs.full], on=obs.full, dt=(None, short_date(r)), o2=ini[obs.full],
      a2=ini[ape.full], r2=ini[apr.full])
    F(d, "2. Objective 2 (data): partially met. {a} to attend the Kirkstall Valley data course "
         "in June; {r2} to arrange cover.\n", a=ini[ape.full], r2=ini[apr.full])
    F(d, "3. Wellbeing: {a} raised workload around mock marking. {r2} will review the Mark "
         "book policy with {h}.\n", a=ape.given, r2=ini[apr.full], h=g.person().full)
    d.wrap(84, m)
    d.nl()
    d.t("Pay recommendation: progress to next point.  Signed ").p(ini[apr.full]).t("   ").p(ini[ape.full]).nl(f"   {short_date(r)}")
    return d


def k_access(g, r, ids):
    """Exam access arrangements record."""
    d = Doc("access_arrangements")
    sch = School(r)
    d.nl(f"{sch.name} — Access arrangements, GCSE summer 2026")
    d.nl()
    assessor = g.person()
    senco = g.person()
    for _ in range(r.randint(2, 3)):
        p = g.person()
        d.t("Candidate: ").p(p.surname.upper() + " " + p.given)
        d.t(f"   Cand. no. {r.randint(1000, 9999)}   ").t("DOB ").s("DATE_OF_BIRTH", ids.dob(2009, 2010)).nl()
        d.t("ULN ").s("ULN", ids.uln()).t("   UPN ").s("UPN", ids.upn()).nl()
        d.nl("Arrangements: " + ", ".join(r.sample(["25% extra time", "reader", "scribe",
                                                      "word processor", "rest breaks",
                                                      "separate room", "coloured overlay"], 3)))
        d.t("Form 8 assessment by ").p(assessor.full).t(f" (specialist assessor, APC {r.randint(10000, 99999)}) on ").nl(short_date(r))
        m = d.mark()
        F(d, "Evidence of need: {p} reads slowly (SS {n}) and {q}" + poss(p.given) + " handwriting speed is below "
             "average. Teachers report {p2} runs out of time in English and Religious Studies.",
          p=p.given, n=(None, str(r.randint(69, 84))), q=p.given, p2=p.given)
        d.wrap(82, m)
        d.nl()
        d.nl()
    d.t("SENCo: ").p(senco.full).t("  ").s("EMAIL", staff_email(senco, sch, r)).nl()
    return d


def k_medication(g, r, ids):
    """Medication administration record (MAR) with staff initials."""
    d = Doc("medication_record")
    sch = School(r)
    p = g.person()
    par = g.family(p)
    staff = [g.person() for _ in range(r.randint(2, 4))]
    ini = initials_unique(staff)
    d.nl(f"{sch.name} — RECORD OF MEDICINE ADMINISTERED TO AN INDIVIDUAL CHILD")
    d.t("Name of child: ").p(p.full).t("   Class: ").nl(f"{r.randint(1, 6)}{r.choice(['Willow', 'Ash', 'Oak'])}")
    d.t("Date of birth: ").s("DATE_OF_BIRTH", ids.dob(2014, 2020)).t("   NHS no: ").s("NHS_NUMBER", ids.nhs()).nl()
    d.t("GP: Dr ").p(g.person().surname).nl(", Canal Side Medical Practice")
    d.t("Parent: ").p(par.full).t("  tel ").s("PHONE", ids.phone()).nl()
    med = r.choice(["Amoxicillin 250mg/5ml", "Salbutamol 100mcg inhaler", "Methylphenidate 10mg",
                    "Cetirizine 5mg", "Movicol Paediatric"])
    d.nl(f"Medicine: {med}   Dose: {r.choice(['5ml', '2 puffs', '1 tablet', '1 sachet'])}   Time: 12:15")
    d.nl()
    d.nl("Staff signatures:")
    for s in staff:
        if r.random() < 0.5:
            d.t("  ").p(s.full).t(" — ").p(ini[s.full]).nl()
        else:
            d.t("  ").p(ini[s.full]).t(" = ").t(tt(r, s) + " ").p(s.surname).nl()
    d.nl()
    d.nl("Date       | Time  | Dose  | Given by | Witness | Notes")
    for _ in range(r.randint(5, 9)):
        a, b = r.sample(staff, 2)
        d.t(f"{short_date(r)} | 12:{r.randint(0, 30):02d} | yes   | ").p(ini[a.full]).t(" " * (9 - len(ini[a.full])) + "| ").p(ini[b.full]).t(" " * (8 - len(ini[b.full])) + "| ")
        d.nl(r.choice(["", "", "refused first, took at 12:30", "parent informed by text",
                       "spat out, not repeated", "Mark it on the weekly sheet"]))
    return d


def k_attendance_letter(g, r, ids):
    d = Doc("attendance_letter")
    sch = School(r)
    kid = g.person()
    par = g.family(kid)
    ewo = g.person()
    letterhead(d, r, sch)
    recipient_block(d, r, par, kid, Addr(r), upper=r.random() < 0.25)
    d.nl(day_date(r))
    d.nl()
    d.t("ATTENDANCE IMPROVEMENT PLAN – ").p(kid.full.upper()).t(" (UPN ").s("UPN", ids.upn()).nl(")")
    d.nl()
    m = d.mark()
    if r.random() < 0.5:
        d.t("Dear " + tt(r, par) + " ").p(par.surname).t(",\n\n")
    else:
        d.t("Dear ").p(par.full).t(",\n\n")
    F(d, "{k}'s attendance this year is {pc}%, which is below our 95% target. {k} has missed "
         "{n} sessions since September, {u} of them unauthorised. We would like to meet you "
         "with our Education Welfare Officer, {e}, on {dt} in the Churchill Room. If "
         "attendance does not improve the local authority may consider a penalty notice. "
         "Please ring {e2} on {ph} or email {em}.",
      k=kid.given, pc=(None, f"{r.randint(78, 91)}.{r.randint(0, 9)}"), n=(None, str(r.randint(14, 40))),
      u=(None, str(r.randint(3, 12))), e=ewo.full, dt=(None, day_date(r)), e2=ewo.given,
      ph=("PHONE", ids.phone()), em=("EMAIL", staff_email(ewo, sch, r)))
    d.t("\n\nYours sincerely\n\n")
    hd = g.person()
    d.p(hd.full).nl()
    d.nl("Attendance Lead")
    d.wrap(r.randint(72, 88), m)
    return d


def k_counsellor(g, r, ids):
    """Referral to the school counselling service."""
    d = Doc("counselling_referral")
    sch = School(r)
    p = g.person()
    par = g.family(p, sex="f")
    ref = g.person()
    co = g.person()
    d.nl("SCHOOL COUNSELLING SERVICE — REFERRAL FORM")
    d.nl(f"School: {sch.name}")
    d.t("Young person: ").p(p.full).t("    D.O.B. ").s("DATE_OF_BIRTH", ids.dob(2009, 2016)).nl()
    if r.random() < 0.6:
        d.t("NHS number ").s("NHS_NUMBER", ids.nhs()).nl()
    d.t("Home address: ").addr(Addr(r), multi=False, sep=", ")
    d.nl()
    d.t("Parent/carer: ").p(par.full).t(" (consent given ").t(short_date(r)).t(")  ").s("PHONE", ids.phone()).nl()
    d.t("Referred by: ").p(ref.full).t(", ").nl(r.choice(["Head of Year 9", "DSL", "form tutor", "school nurse"]))
    d.nl()
    d.nl("Reason for referral:")
    m = d.mark()
    fr = g.person()
    F(d, "{p} has been tearful in lessons since their grandfather died in January. Friends "
         "({f1} and {f2}) have told staff {p2} is not eating at lunch. {p} has asked to talk "
         "to a woman. Mum ({pm}) is supportive and has asked for sessions after "
         "half term, not in Art or Drama which {p} enjoys.",
      p=p.given, p2=p.given.lower() if r.random() < 0.3 else p.given, f1=fr.full,
      f2=g.person().given, pm=par.given)
    d.wrap(78, m)
    d.nl()
    d.nl()
    d.t("Allocated to: ").p(co.full).t(" (counsellor, Thursdays)  ").s("EMAIL", staff_email(co, sch, r)).nl()
    return d


def k_alumni_ref(g, r, ids):
    d = Doc("alumni_reference")
    sch = School(r)
    p = g.person()
    referee = g.person()
    letterhead(d, r, sch)
    d.nl(day_date(r))
    d.nl()
    d.t("Reference for ").p(p.full).t(" (former pupil, 20").nl(f"{r.randint(12, 17)}–20{r.randint(18, 24)})")
    d.nl()
    m = d.mark()
    d.t("To whom it may concern,\n\n")
    g2 = p.given
    F(d, "I taught {p} A level History and was {q}" + poss(g2) + " tutor in the sixth form. {p} was an "
         "outstanding student who organised the school's Black History Month exhibition and "
         "volunteered at the Mary Seacole Centre. Since leaving, {p2} has kept in touch with "
         "the department and spoke to our Year 12s about applying to the George Stephenson "
         "apprenticeship scheme. I can confirm {q2}" + poss(g2) + " date of birth as {dob}, National "
         "Insurance number {ni}, and that {p} has "
         "no disciplinary record with us. I recommend {p3} without reservation.",
      p=g2, q=g2, p2=p.full if r.random() < 0.5 else g2, q2=g2,
      dob=("DATE_OF_BIRTH", ids.dob(1996, 2006)), p3=g2, ni=("NI_NUMBER", ids.ni()))
    d.t("\n\nPlease contact me on ").s("PHONE", ids.phone()).t(" or at ").s("EMAIL", staff_email(referee, sch, r)).t(".\n\n")
    d.t("Yours faithfully,\n\n").p(referee.full).t("\nHead of Sixth Form")
    d.wrap(r.randint(72, 88), m)
    d.nl()
    return d


def k_club(g, r, ids):
    d = Doc("club_register")
    sch = School(r)
    club = r.choice(["Chess Club", "Coding Club (Scratch)", "Netball", "Choir", "Eco Warriors",
                     "Gardening Club", "Film Club"])
    lead = g.person()
    d.nl(f"{club.upper()} — Autumn 2 register — {sch.name}")
    d.t("Run by ").t(tt(r, lead) + " ").p(lead.surname).t(" / ").s("EMAIL", staff_email(lead, sch, r)).nl()
    d.nl()
    d.nl("Name                     Yr  w1 w2 w3 w4 w5 w6  Going home / collected by")
    for _ in range(r.randint(7, 11)):
        p = g.person()
        f = r.random()
        nm = p.full.upper() if f < 0.3 else (f"{p.given} {p.surname[0]}." if f < 0.5 else p.full)
        if f >= 0.3 and f < 0.5:
            d.p(nm[:-1]).t(".")
        else:
            d.p(nm)
        d.t(" " * max(1, 25 - len(nm)) + f"{r.randint(3, 6)}   ")
        d.t(" ".join(r.choice(["✓ ", "✓ ", "✓ ", "x ", "ab"]) for _ in range(6)) + "  ")
        v = r.random()
        if v < 0.3:
            d.nl("walks")
        elif v < 0.6:
            par = g.family(p)
            d.p(par.given).t(f" ({'mum' if par.sex == 'f' else 'dad'}) ").s("PHONE", ids.phone("mob")).nl()
        elif v < 0.7:
            par = g.family(p)
            d.t("dad – ").p(par.full).t(", car ").s("VEHICLE", ids.vehicle()).nl()
        elif v < 0.8:
            d.t("nan – ").p(g.person().full.lower() if r.random() < 0.5 else g.person().full).nl()
        else:
            d.nl("after-school club (Ivy Lane)")
    d.nl()
    d.nl("Please mark register by 3.30. Will parents collect from the Darwin Building door.")
    return d


def k_parentpay(g, r, ids):
    """ParentPay-style payment export (CSV)."""
    d = Doc("payments_export")
    sch = School(r)
    d.nl(f"# {sch.name} payments export {short_date(r)}")
    cols = ["Transaction ID", "Date", "Payer", "Pupil", "Class", "Item", "Amount", "Method",
            "Card last 4", "Notes"]
    d.nl(",".join(cols))
    for _ in range(r.randint(7, 11)):
        p = g.person()
        par = g.family(p)
        d.t(f"{ids.bad16()},{short_date(r)} {r.randint(7, 22)}:{r.randint(0, 59):02d},")
        if r.random() < 0.4:
            d.t('"').p(par.surname).t(", ").p(par.given).t('"')
        else:
            d.p(par.full)
        d.t(",")
        d.p(p.full.upper() if r.random() < 0.2 else p.full)
        d.t(f",{r.randint(1, 6)}{r.choice('ABC')},{r.choice(['Dinner money', 'Trip: Kielder', 'Breakfast club', 'Music tuition', 'Uniform'])},{r.randint(2, 95)}.{r.choice(['00', '50', '40'])},")
        v = r.random()
        if v < 0.45:
            d.nl(f"Card,{r.randint(1000, 9999)},")
        elif v < 0.7:
            d.t("Phone payment,,").t('"card ').s("CARD", ids.card()).t(" taken by ").p(g.person().given).nl('"')
        elif v < 0.85:
            d.t("Refund,,").t('"to ').s("BANK", ids.sort_code()).t(" / ").s("BANK", ids.account()).nl('"')
        else:
            d.t("PayPoint,,").t("paid at Peel Street post office by ").p(g.person().full).nl()
    return d


def k_hr_sickness(g, r, ids):
    d = Doc("hr_sickness")
    sch = School(r)
    p = g.person()
    mgr = g.person()
    d.nl(f"{sch.name} — HR SICKNESS ABSENCE RECORD (staff in confidence)")
    if r.random() < 0.5:
        d.t("Employee: ").p(p.surname.upper()).t(", ").p(p.given)
    else:
        d.t("Employee: ").p(p.full)
    d.t(f"   Payroll no. {r.randint(10000000, 99999999)}   NI no. ").s("NI_NUMBER", ids.ni()).nl()
    d.t("DOB: ").s("DATE_OF_BIRTH", ids.dob(1965, 1998)).t("   Post: ").nl(r.choice(["Teaching Assistant", "Science Technician", "Teacher of Maths", "Site Manager", "Cook"]))
    d.t("Address: ").addr(Addr(r), multi=False, sep="  ")
    d.nl()
    d.t("Line manager: ").p(mgr.full).nl()
    if r.random() < 0.6:
        d.t("Parking permit: ").s("VEHICLE", ids.vehicle()).nl(r.choice(["", " (blue Fiesta)", " — Cromwell Road car park"]))
    d.nl()
    d.nl("Start      End        Days  Reason                         Fit note")
    for _ in range(r.randint(3, 6)):
        n = r.randint(1, 12)
        reason = r.choice(["D&V", "back pain", "stress/anxiety", "COVID-19", "migraine", "surgery (knee)", "chest infection"])
        d.t(f"{short_date(r)} {short_date(r)} {n:<5} {reason:<30} ")
        if n > 7:
            d.t("Dr ").p(g.person().surname).nl(", Hyson Green Health Centre")
        else:
            d.nl("self-cert")
    d.nl()
    m = d.mark()
    ini = initials_unique([p, mgr])
    F(d, "Return to work meeting {dt}: {m} ({mi}) met {pe} ({pi}). {pi2} reported feeling "
         "better; phased return agreed for two weeks. {mi2} to refer to occupational health. "
         "Bradford factor {bf}.",
      dt=(None, short_date(r)), m=mgr.full, mi=ini[mgr.full], pe=p.given, pi=ini[p.full],
      pi2=ini[p.full], mi2=ini[mgr.full], bf=(None, str(r.randint(20, 400))))
    d.wrap(80, m)
    d.nl()
    if r.random() < 0.5:
        d.t("SSP paid to sort code ").s("BANK", ids.sort_code()).t(" account ").s("BANK", ids.account()).nl()
    return d


def k_sims_csv(g, r, ids):
    """MIS export with a varied column order."""
    d = Doc("mis_csv_export")
    sch = School(r)
    pool = ["UPN", "Legal Surname", "Legal Forename", "Preferred Name", "DOB", "Gender", "Reg",
            "Postcode", "Address", "Primary Contact", "Contact Mobile", "Contact Email", "ULN",
            "FSM", "SEN Status", "Ethnicity"]
    must = ["Legal Surname", "Legal Forename", "DOB"]
    cols = must + r.sample([c for c in pool if c not in must], r.randint(5, 8))
    r.shuffle(cols)
    sep = r.choice([",", ",", "\t"])
    d.nl(f"Report: {r.choice(['Pupil contacts', 'Census check', 'Year group list'])} ({sch.name}) run {short_date(r)}")
    d.nl(sep.join(cols))
    for _ in range(r.randint(6, 10)):
        p = g.person()
        par = g.family(p)
        a = Addr(r)
        for i, c in enumerate(cols):
            if i:
                d.t(sep)
            if c == "UPN":
                d.s("UPN", ids.upn())
            elif c == "Legal Surname":
                d.p(p.surname.upper() if r.random() < 0.3 else p.surname)
            elif c == "Legal Forename":
                d.p(p.given)
            elif c == "Preferred Name":
                if r.random() < 0.3:
                    d.p(r.choice([x for x, _ in WORD_GIVEN]))
            elif c == "DOB":
                d.s("DATE_OF_BIRTH", ids.dob(2010, 2019))
            elif c == "Gender":
                d.t(r.choice("MF"))
            elif c == "Reg":
                d.t(f"{r.randint(7, 11)}{r.choice('GHJK')}")
            elif c == "Postcode":
                d.s("POSTCODE", a.postcode)
            elif c == "Address":
                q = sep == ","
                if q:
                    d.t('"')
                d.s("ADDRESS", ", ".join(a.lines[:-1]) if len(a.lines) > 1 else a.lines[0])
                if q:
                    d.t('"')
            elif c == "Primary Contact":
                if r.random() < 0.5:
                    d.t(title_of(r, par) + " ").p(f"{par.initial()} {par.surname}")
                else:
                    d.p(par.full)
            elif c == "Contact Mobile":
                d.s("PHONE", ids.phone("mob"))
            elif c == "Contact Email":
                d.s("EMAIL", parent_email(par, r))
            elif c == "ULN":
                if r.random() < 0.7:
                    d.s("ULN", ids.uln())
            elif c == "FSM":
                d.t(r.choice(["Y", "N", "N"]))
            elif c == "SEN Status":
                d.t(r.choice(["N", "K", "E", ""]))
            elif c == "Ethnicity":
                d.t(r.choice(["WBRI", "APKN", "BAFR", "CHNE", "WPOL", "MWBC", "OTH", "REFU"]))
        d.nl()
    return d


def k_whatsapp(g, r, ids):
    """WhatsApp export of a class parents' group."""
    d = Doc("whatsapp_export")
    members = [g.person() for _ in range(r.randint(4, 6))]
    kids = {m.full: g.person() for m in members}
    for m in members:
        kids[m.full].surname = m.surname
    teacher = g.person()
    day = r.randint(1, 27)
    mon = r.randint(1, 12)
    d.nl(f"[{day:02d}/{mon:02d}/2026, 18:{r.randint(0, 9):02d}] Messages and calls are end-to-end encrypted.")
    hh = 18

    def stamp():
        nonlocal hh
        mm = r.randint(0, 59)
        hh = min(23, hh + r.choice([0, 0, 1]))
        d.t(f"[{day:02d}/{mon:02d}/2026, {hh:02d}:{mm:02d}] ")

    def who(m):
        v = r.random()
        if v < 0.15:
            d.s("PHONE", ids.phone("mob").replace("07700", "+44 7700") if r.random() < 0.5 else ids.phone("mob"))
        elif v < 0.4:
            k = kids[m.full]
            d.p(m.given).t(" (").p(k.given).t(f"{poss(k.given)} {'mum' if m.sex == 'f' else 'dad'})")
        elif v < 0.55:
            d.p(m.given.lower())
        else:
            d.p(m.full)
        d.t(": ")

    for _ in range(r.randint(8, 12)):
        m = r.choice(members)
        k = kids[m.full]
        o = kids[r.choice(members).full]
        stamp()
        who(m)
        v = r.randrange(10)
        if v == 0:
            F(d, "has anyone seen {k}'s jumper?? name label says {kl}\n", k=k.given.lower(), kl=k.full)
        elif v == 1:
            F(d, "mrs {t} said the trip money is due friday\n", t=teacher.surname.lower())
        elif v == 2:
            d.nl("<Media omitted>")
        elif v == 3:
            F(d, "{o} can come to ours after school if thats easier, we are at {a} {pc}\n",
              o=o.given.lower(), a=("ADDRESS", (a := Addr(r)).lines[0].lower() + ", " + a.lines[-1].lower()),
              pc=("POSTCODE", a.postcode.lower()))
        elif v == 4 and r.random() < 0.35:
            F(d, "can someone put £5 on the cake stall for {k}, card is {c} ill send it back lol\n",
              k=k.given.lower(), c=("CARD", ids.card()))
        elif v == 4:
            F(d, "Thanks {n}! 🙏\n", n=r.choice(members).given)
        elif v == 5:
            F(d, "whose car is {v}? blocking the gate again 😤\n", v=("VEHICLE", ids.vehicle()))
        elif v == 6:
            d.nl("This message was deleted")
        elif v == 7:
            F(d, "my number changed its {ph} now x\n", ph=("PHONE", ids.phone("mob")))
        elif v == 8:
            F(d, "will {k} be at {o}'s party on saturday? Summer said the invite went on Will's bag\n",
              k=k.given, o=o.given)
            # "Summer" and "Will's" here are classmates named Summer and Will
            txt = "".join(d.chars)
            i = txt.rfind("Summer said")
            for j in range(i, i + 6):
                d.sids[j] = len(d.cats)
            d.cats.append("PERSON")
            i = txt.rfind("Will's bag")
            for j in range(i, i + 4):
                d.sids[j] = len(d.cats)
            d.cats.append("PERSON")
        else:
            F(d, "reminder PE is tuesday and thursday now, " + ("mr " if teacher.sex == "m" else "miss ") + "{t} emailed {e}\n",
              t=teacher.given + " " + teacher.surname if r.random() < 0.5 else teacher.surname.lower(),
              e=("EMAIL", parent_email(teacher, r)))
    return d


def k_handwritten(g, r, ids):
    """Transcription of a handwritten note (phone message pad / incident note)."""
    d = Doc("handwritten_transcription")
    sch = School(r)
    p = g.person()
    par = g.family(p)
    st = g.person()
    ini = initials_unique([st])
    d.nl("[Transcription of handwritten note — original scanned to file]")
    d.nl(f"{sch.name} — While You Were Out")
    d.t("For: ").t(tt(r, st) + " ").p(st.surname).t("   Taken by: ").p(g.person().given).nl(f"   Time: {r.randint(8, 15)}.{r.randint(10, 59)}")
    d.nl()
    m = d.mark()
    F(d, "{pm} rang (mum of {k}, yr {y}) — re: [illegible] on the bus home. says a boy called "
         "{b} took {k2}'s phone & posted a video. wants a call back before 3 on {ph}. "
         "her address has changed — now {ad} {pc}. d.o.b. given as {dob} (for the ref form). "
         "[crossed out: Tues] Weds ok. " + r.choice(["Also: silver car, reg {veh}, waits by the gate at 3.15.",
                                                 "She paid the trip by card over the phone — {card} exp 09/28.",
                                                 "Dad's van {veh} will collect on Friday."]),
      pm=par.full.lower() if r.random() < 0.4 else par.full, k=p.given, y=(None, str(r.randint(5, 11))),
      b=g.person().given.lower(), k2=p.given.lower(), ph=("PHONE", ids.phone()),
      ad=("ADDRESS", ", ".join((a := Addr(r)).lines)), pc=("POSTCODE", a.postcode),
      dob=("DATE_OF_BIRTH", r.choice([f"{r.randint(1, 28)}/{r.randint(1, 12)}/{r.randint(10, 19)}", ids.dob(2010, 2019)])),
      veh=("VEHICLE", (lambda v: v.lower() if r.random() < 0.4 else v)(ids.vehicle())), card=("CARD", ids.card()))
    d.wrap(r.randint(60, 70), m)
    d.nl()
    d.nl()
    F(d, "Passed to {st} [initials: {i}] {dt}\n", st=st.full, i=ini[st.full], dt=(None, short_date(r)))
    F(d, "{i} — spoke to mum, logged on CPOMS.\n", i=ini[st.full])
    return d


def k_meeting(g, r, ids):
    """Meeting notes with initials introduced in brackets, after, or in a list at the end."""
    d = Doc("meeting_notes")
    sch = School(r)
    ppl = [g.person() for _ in range(r.randint(4, 6))]
    ini = initials_unique(ppl)
    style = r.randrange(3)
    mt = r.choice(["Pastoral team", "Curriculum committee", "Year 6 transition", "PTA committee",
                   "Health and safety walk"])
    d.nl(f"{sch.name} — {mt} meeting, {day_date(r)}")
    if style == 0:
        d.t("Present: ")
        for i, p in enumerate(ppl):
            if i:
                d.t(", ")
            d.p(p.full).t(" [").p(ini[p.full]).t("]")
        d.nl()
    elif style == 1:
        d.nl("Present:")
        for p in ppl:
            d.t("  ").p(ini[p.full]).t(" (").p(p.full).t(")").nl(r.choice(["", " – chair", " – minutes", ""]))
    else:
        d.nl(f"Present: {len(ppl)} members (see initials list below)")
    d.nl()
    pup = g.person()
    items = [
        "{a} reported that the Rose Hill Park walk raised £{n}. {b} to thank sponsors.",
        "{a} and {b} to update the lockdown procedure; {c} will check the Newton Centre doors.",
        "Concern raised by {b} about {p} (Y{y}) — attendance dropping; {a} to phone home.",
        "{c} asked whether Mark books can be collected fortnightly. Agreed.",
        "{a} will mark the Summer term calendar with the Churchill Room bookings.",
        "AOB: {b} leaving at Easter; {c} to organise a card.",
        "{a} reported guest Wi-Fi misuse from {ip} on parents' evening; {c} to change the key.",
        "{b} confirmed the CCTV on Peel Street gate shows car {veh}; {a} to write to the owner.",
    ]
    for n, it in enumerate(r.sample(items, 5), 1):
        a, b, c = r.sample(ppl, 3)
        d.t(f"{n}. ")
        F(d, it + "\n", a=ini[a.full], b=ini[b.full], c=ini[c.full], p=pup.full,
          n=(None, str(r.randint(100, 900))), y=(None, str(r.randint(7, 11))),
          ip=("IP", ids.ip()), veh=("VEHICLE", ids.vehicle()))
    d.nl()
    d.nl("Actions")
    for _ in range(3):
        a = r.choice(ppl)
        d.t("  - ").p(ini[a.full]).nl(": " + r.choice(["circulate minutes", "book room", "email families", "chase quotes"]))
    if style == 2:
        d.nl()
        d.nl("Initials used:")
        for p in ppl:
            d.t("  ").p(ini[p.full]).t(" – ").p(p.full).nl(r.choice(["", " (chair)", " (parent governor)", ""]))
    if r.random() < 0.5:
        trap(d, r)
    return d


KINDS = [  # (function, clean count, ocr copies)
    (k_report, 6, 2), (k_provision_map, 5, 2), (k_behaviour_log, 5, 2), (k_trip, 5, 2),
    (k_appeal, 4, 2), (k_complaint, 5, 2), (k_appraisal, 4, 1), (k_access, 4, 1),
    (k_medication, 5, 2), (k_attendance_letter, 5, 2), (k_counsellor, 4, 1), (k_alumni_ref, 4, 1),
    (k_club, 4, 1), (k_parentpay, 4, 2), (k_hr_sickness, 4, 2), (k_sims_csv, 6, 2),
    (k_whatsapp, 7, 0), (k_handwritten, 4, 1), (k_meeting, 5, 2),
]


# ---------------------------------------------------------------- checks
def check_doc(text, spans, ocr):
    data = text.encode("utf-8")
    prev = -1
    for s in spans:
        assert data[s["begin"]:s["end"]].decode("utf-8") == s["text"], s
        assert s["text"] == s["text"].strip(), s
        assert s["begin"] >= prev, ("overlap", s)
        prev = s["end"]
        if ocr:
            continue
        c, t = s["category"], s["text"]
        if c == "NHS_NUMBER":
            assert valid_nhs(t), t
        elif c == "ULN":
            assert valid_uln(t), t
        elif c == "UPN":
            assert valid_upn(t), t
        elif c == "CARD":
            assert luhn_ok(t), t
        elif c == "NI_NUMBER":
            assert valid_ni(t), t
    if not ocr:
        # unlabelled 10-digit numbers must fail the NHS and ULN checks
        covered = [(s["begin"], s["end"]) for s in spans]
        for m in re.finditer(r"(?<!\d)(\d{3}[ -]?\d{3}[ -]?\d{4})(?!\d)", text):
            b = len(text[:m.start()].encode("utf-8"))
            if any(a <= b < e for a, e in covered):
                continue
            assert not valid_nhs(m.group(1)) and not valid_uln(m.group(1)), m.group(1)


def build():
    rng = random.Random(SEED)
    g = Gen(rng)
    ids = Ids(rng)
    clean = []
    for fn, n, _ in KINDS:
        for _ in range(n):
            clean.append((fn.__name__, fn(g, rng, ids)))
    assert len(clean) == 90, len(clean)
    rng.shuffle(clean)
    ocr_src = []
    for fn, _, k in KINDS:
        idx = [i for i, (nm, _) in enumerate(clean) if nm == fn.__name__]
        ocr_src += rng.sample(idx, k)
    assert len(ocr_src) == 30, len(ocr_src)
    docs = []
    for i, (_, doc) in enumerate(clean):
        docs.append((f"docs/{i + 1:04d}.txt", doc, False, None))
    for j, si in enumerate(sorted(ocr_src)):
        src = clean[si][1]
        docs.append((f"docs/{91 + j:04d}.txt", ocr_copy(src, rng, src.kind), True, f"docs/{si + 1:04d}.txt"))
    return docs


def write(out):
    os.makedirs(os.path.join(out, "docs"), exist_ok=True)
    docs = build()
    counts = {}
    with open(os.path.join(out, "labels.jsonl"), "w", encoding="utf-8") as lf:
        for name, doc, ocr, src in docs:
            text, spans = render(doc)
            if not text.endswith("\n"):
                text += "\n"
            with open(os.path.join(out, name), "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
            check_doc(text, spans, ocr)
            rec = {"file": name, "kind": doc.kind, "ocr": ocr}
            if src:
                rec["source"] = src
            rec["spans"] = spans
            lf.write(json.dumps(rec, ensure_ascii=False) + "\n")
            for s in spans:
                c = counts.setdefault(s["category"], [0, 0])
                c[1 if ocr else 0] += 1
    return docs, counts


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--out", default=here)
    ap.add_argument("--check", action="store_true",
                    help="write to a temporary directory and compare with --out")
    a = ap.parse_args()
    if a.check:
        with tempfile.TemporaryDirectory() as tmp:
            write(tmp)
            cmp = filecmp.dircmp(a.out, tmp)
            bad = []
            if not filecmp.cmp(os.path.join(a.out, "labels.jsonl"), os.path.join(tmp, "labels.jsonl"), shallow=False):
                bad.append("labels.jsonl")
            names = sorted(os.listdir(os.path.join(tmp, "docs")))
            if names != sorted(os.listdir(os.path.join(a.out, "docs"))):
                bad.append("docs/ listing")
            for n in names:
                p = os.path.join(a.out, "docs", n)
                if not os.path.exists(p) or not filecmp.cmp(p, os.path.join(tmp, "docs", n), shallow=False):
                    bad.append("docs/" + n)
            del cmp
            if bad:
                print("differs from a fresh run:", ", ".join(bad[:10]))
                return 1
            print("committed set matches a fresh run")
            return 0
    docs, counts = write(a.out)
    kinds = {}
    for _, doc, ocr, _ in docs:
        k = kinds.setdefault(doc.kind, [0, 0])
        k[1 if ocr else 0] += 1
    print("| kind | clean | OCR copies |")
    print("| --- | ---: | ---: |")
    for k, (c, o) in kinds.items():
        print(f"| {k} | {c} | {o or '–'} |")
    print()
    order = ["PERSON", "EMAIL", "PHONE", "POSTCODE", "ADDRESS", "DATE_OF_BIRTH", "NI_NUMBER",
             "NHS_NUMBER", "UPN", "ULN", "BANK", "CARD", "IP", "VEHICLE"]
    print("| category | clean (90 docs) | OCR copies (30) | total |")
    print("| --- | ---: | ---: | ---: |")
    tc = to = 0
    for c in order:
        cl, oc = counts.get(c, [0, 0])
        tc += cl
        to += oc
        print(f"| {c} | {cl} | {oc} | {cl + oc} |")
    print(f"| all | {tc} | {to} | {tc + to} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
