"""Machinery shared by the generators of the blind held-out sets (heldout5,
heldout6, heldout7): people, identifiers with valid check characters, the
document model (labels exact by construction), OCR noise, checks and the
command line.

A generator keeps its own word lists, places, schools, traps and document
kinds, and hands them over with use(globals()) before main(): the machinery
reads them from here. Standard library only; deterministic for a seed.
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

# Set by use(): the generator's lists and kinds.
SEED = None
GIVEN = WORD_GIVEN = SURNAMES = WORD_SURNAMES = BAD_INITIALS = None
PLACES = STREETS = HOUSE_NAMES = SCHOOLS = TRAPS = KINDS = None
INITIALS_WITHOUT_ACCENTS = False
_SET_NAMES = ("SEED", "GIVEN", "WORD_GIVEN", "SURNAMES", "WORD_SURNAMES", "BAD_INITIALS", "PLACES", "STREETS",
              "HOUSE_NAMES", "SCHOOLS", "TRAPS", "KINDS", "INITIALS_WITHOUT_ACCENTS")


def use(names):
    """Takes a generator's lists and kinds (its globals())."""
    for n in _SET_NAMES:
        if n in names:
            globals()[n] = names[n]


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
        if INITIALS_WITHOUT_ACCENTS:
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


def initials_unique_plain(people):
    """initials_unique in capitals without accents, as keys are typed."""
    return {k: strip_acc(v).upper() for k, v in initials_unique(people).items()}




def trap(d, r):
    d.nl(r.choice(TRAPS))


# Small helpers the generators share (from heldout8 on).

def F(d, tpl, **kw):
    """Write template `tpl`; {key} is a PERSON span (str), (category, text) span, or (None, text)."""
    for part in re.split(r"(\{\w+\})", tpl):
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


def hm(r, lo=8, hi=17):
    return f"{r.randint(lo, hi):02d}:{r.randint(0, 59):02d}"


def maybe_trap(d, r, p=0.5):
    if r.random() < p:
        trap(d, r)


def short_date(r, y=2026):
    return f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{y}"


def tt(r, p):
    return title_of(r, p)


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


def main(here, description):
    """The command line of a generator whose set lives in `here`."""
    ap = argparse.ArgumentParser(description=description)
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

