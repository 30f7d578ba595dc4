#!/usr/bin/env python3
"""Writes the fourth held-out detection set (tests/eval/heldout4).

Invented UK school documents with exact labels. Python 3 standard library
only, fixed seed: running it twice gives identical files.

    python3 tests/eval/heldout4/make_heldout4.py [--out DIR] [--check]

Templates write text with label markers around personal data; rendering
strips the markers and turns their positions into byte offsets, so the labels
are exact by construction. OCR copies are made by damaging the marked-up
segments, so a label follows its damaged text. --check regenerates into a
temporary directory and compares with what is on disk.

Written blind: without reading the detector, its word lists, or the earlier
evaluation sets and their generator. Names, places, schools and numbers are
invented here; phone numbers are Ofcom drama numbers, email domains are
reserved example domains, IP addresses come from documentation and private
ranges, and identifiers are random numbers given valid check characters.
"""

import argparse
import json
import os
import random
import re
import sys
import tempfile
import unicodedata

SEED = 4_2026_1201
N_CLEAN = 90
N_OCR = 30

# ---------------------------------------------------------------- markers

_OPEN, _MID, _CLOSE = "\ue000", "\ue001", "\ue002"
CATEGORIES = ("PERSON", "EMAIL", "PHONE", "POSTCODE", "ADDRESS", "DATE_OF_BIRTH",
              "NI_NUMBER", "NHS_NUMBER", "UPN", "ULN", "BANK", "CARD", "IP",
              "VEHICLE")


def L(cat, text):
    assert cat in CATEGORIES, cat
    assert text and text == text.strip(), repr(text)
    return f"{_OPEN}{cat}{_MID}{text}{_CLOSE}"


def P(text):
    return L("PERSON", text)


_MARK_RE = re.compile(f"{_OPEN}([A-Z_]+){_MID}(.*?){_CLOSE}", re.S)


def segments(marked):
    """Marked text -> list of (text, category or None)."""
    out, pos = [], 0
    for m in _MARK_RE.finditer(marked):
        if m.start() > pos:
            out.append((marked[pos:m.start()], None))
        out.append((m.group(2), m.group(1)))
        pos = m.end()
    if pos < len(marked):
        out.append((marked[pos:], None))
    for text, _ in out:
        assert _OPEN not in text and _MID not in text and _CLOSE not in text
    return out


def render(segs):
    """Segments -> (text, spans with byte offsets)."""
    parts, spans, offset = [], [], 0
    for text, cat in segs:
        b = text.encode("utf-8")
        if cat:
            spans.append({"begin": offset, "end": offset + len(b),
                          "category": cat, "text": text})
        parts.append(text)
        offset += len(b)
    return "".join(parts), spans


# ---------------------------------------------------------------- names

# Given names (female, male) and surnames by background, written for this
# set. About one in ten people get a given name or surname that is also an
# English word, always used where it is a name.
NAMES = {
    "english": (
        "Abigail Eleanor Phoebe Imogen Harriet Beatrice Matilda Lydia Rosalind Bethany "
        "Tamsin Jemima Keeley Shannon Kayleigh Leanne Gemma Natalie Lorna Felicity".split(),
        "Oliver Harrison Theo Alfie Frederick Jasper Rupert Dominic Toby Bradley Kieran "
        "Reece Jordan Nathaniel Edmund Stanley Barnaby Ellis Damian Gareth".split(),
        "Ashworth Braithwaite Pickering Entwistle Hargreaves Fairclough Whitaker Greenwood "
        "Sowerby Ackroyd Haworth Cartwright Pemberton Bramley Oldroyd Kettlewell Sutcliffe "
        "Holroyd Lister Dyson Crowther Illingworth Smith-Potter Heseltine Wainwright".split()),
    "welsh": (
        "Carys Eleri Ffion Gwenllian Angharad Bethan Nia Seren Lowri Mared Llinos Heledd "
        "Elin Catrin Mali".split(),
        "Dafydd Gethin Rhodri Iwan Emyr Tomos Siôn Cai Gruffydd Osian Ieuan Hywel Aled".split(),
        "Pritchard Llewellyn Prosser Bevan Gwilliam Vaughan Pugh Parry Powell Meredith "
        "Howells Griffiths Rhydderch Gruffudd Bowen".split()),
    "scottish": (
        "Mhairi Eilidh Isla Kirsty Morag Catriona Ailsa Shona Iona Fiona".split(),
        "Fraser Hamish Euan Ruaridh Lachlan Angus Calum Struan Alasdair Murdo".split(),
        "MacLeod McAllister Drummond Buchanan Fergusson Cruickshank Urquhart MacKinnon "
        "Menzies Galbraith Sutherland McIntyre".split()),
    "irish": (
        "Aoife Caoimhe Niamh Saoirse Róisín Clodagh Síofra Orla Gráinne Ailbhe".split(),
        "Ciarán Oisín Cathal Donnacha Tadhg Fionn Pádraig Colm Eoghan Cillian".split(),
        ["Gallagher", "Byrne", "Doherty", "Kavanagh", "Flanagan", "Quinlan", "Brennan",
         "Mulcahy", "O’Donnell", "O'Sullivan", "McGuinness", "Ó Ceallaigh", "Mac Giolla Phádraig"]),
    "south_asian": (
        "Harjeet Gurpreet Manpreet Simran Jasleen Priyanka Anjali Kavya Ananya Ayesha "
        "Saima Rukhsana Nusrat Sadia Shabnam Mehreen Sunita Tasneem Farzana Noor".split(),
        "Aarav Ishaan Vihaan Arjun Rohan Hamza Bilal Imran Tahir Farhan Rizwan Anwar "
        "Tanvir Deepak Nikhil Jaswinder Kamran Zubair Sandeep Haris".split(),
        "Chaudhry Bhatti Sandhu Gill Dhillon Grewal Mistry Parmar Solanki Chowdhury Rahman "
        "Hussain Iqbal Akhtar Malik Qureshi Banerjee Mukherjee Nair Pillai Sivakumar "
        "Ranasinghe Begum Uddin Miah Bhogal".split()),
    "polish": (
        "Zuzanna Wiktoria Małgorzata Agnieszka Katarzyna Joanna Weronika Oliwia Zofia "
        "Magdalena".split(),
        "Jakub Kacper Szymon Mikołaj Wojciech Bartosz Przemysław Tomasz Łukasz Grzegorz".split(),
        "Wiśniewski Wójcik Kamińska Lewandowski Zieliński Szymańska Woźniak Dąbrowski "
        "Kozłowska Jankowski Mazur Krawczyk Piotrowski Grabowska Pawlak Zając".split()),
    "west_african": (
        "Chiamaka Ngozi Adaeze Ifeoma Chidinma Folasade Temitope Ama Akosua Abena Efua "
        "Fatoumata Mariama Oluwakemi Yetunde".split(),
        "Oluwaseun Adebayo Babatunde Chukwuemeka Obinna Kwame Kofi Yaw Kwabena Ousmane "
        "Amadou Ebuka Tobenna Olumide Ikechukwu".split(),
        "Okonkwo Adeyemi Oyelaran Nwachukwu Eze Afolabi Ogunleye Mensah Asante Boateng "
        "Owusu Appiah Darko Diallo Onyekachi Adewale Oladipo Nnamdi-Okoro".split()),
    "arabic": (
        "Nour Layla Yasmin Mariam Huda Rana Dalia Salma Amira Rania Hiba".split(),
        "Yousef Omar Khalid Tariq Rami Karim Hassan Ibrahim Mahmoud Samir Ziad".split(),
        "Al-Masri Haddad Nasser Khalil Saleh Abdallah El-Sayed Hamdan Mansour Al-Rashid "
        "Qasim Darwish Aziz".split()),
    "chinese": (
        ["Jing", "Xiaoling", "Mei", "Hui", "Yuxuan", "Zihan", "Qing", "Xinyi", "Shufen"],
        ["Wei", "Hao", "Ming", "Haoran", "Zhen", "Jun", "Bowen", "Zhiwei", "Kai"],
        "Zhang Wang Liu Chen Huang Zhao Zhou Xu Sun Zhu Guo Lin Gao Luo Zheng Cheung Chan "
        "Wong Leung Yip Lau".split()),
    "eastern_european": (
        "Mihaela Ioana Elena Viktorija Gintarė Rūta Oksana Yulia Svetlana Desislava "
        "Tereza Zsófia Andreea".split(),
        "Andrei Ionuț Alexandru Bogdan Darius Lukas Mantas Dmytro Taras Nikolai Georgi "
        "Petar Ondřej Bence Marius".split(),
        "Popescu Ionescu Dumitru Constantin Kazlauskas Petrauskienė Jankauskas Shevchenko "
        "Kovalenko Bondarenko Melnyk Ivanova Petrov Dimitrova Novák Horváth Nagy Kovács "
        "Dvořák".split()),
    "caribbean": (
        "Shanice Tianna Precious Keisha Jamila Cherelle Beverley Marcia Tanisha Kerry-Ann".split(),
        "Jermaine Marlon Delroy Winston Desmond Kemar Tyrone Neville Leroy Devon".split(),
        "Campbell Clarke Thompson Grant Ferguson Morrison Gayle McKenzie Francis Bailey "
        "Reid Beckford Wedderburn Gordon Forbes".split()),
    "somali": (
        "Hodan Faadumo Ayaan Hibaaq Ubah Idil Sagal Nasra Deeqa Ifrah".split(),
        "Abdirahman Abdiweli Mahad Warsame Liban Abdullahi Said Guled Bashir".split(),
        "Warsame Farah Abdi Osman Jama Mohamud Yusuf Hirsi Aden Egal Dualeh Guled".split()),
    "turkish": (
        "Elif Zeynep Ayşe Büşra Selin Merve Deniz Tuğba Özlem Çağla".split(),
        "Emre Mehmet Burak Yusuf Kerem Gökhan Cem Oğuz Serkan Barış".split(),
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Arslan Doğan Kılıç Koç "
        "Özdemir".split()),
    "vietnamese": (
        "Linh Thảo Huong Ngọc Anh Phuong Trang Khanh Thuy".split(),
        "Minh Tuấn Quang Duc Bao Thanh Hieu Long Dung".split(),
        "Nguyen Nguyễn Tran Trần Pham Hoang Phan Vu Dang Bui Ngo Duong".split()),
}

FAMILY_ORIGIN = {}
for _origin in sorted(NAMES):
    for _family in NAMES[_origin][2]:
        FAMILY_ORIGIN.setdefault(_family, _origin)

WORD_GIVEN_F = "Grace Hope Summer Faith Dawn Joy Rose Holly Amber Ruby Jade Sky Hazel Ivy".split()
WORD_GIVEN_M = "Will Mark Bill Ray Dean Drew Chase Hunter Miles Rocky".split()
WORD_SURNAMES = ("Bird Fox Wood Hill Stone Frost Lamb King Knight Field Bell Moss Wells Sharp "
                 "Church Marsh Gates Cross Pike Fisher Brook Hart Winter Day Love Sweet Rose "
                 "Young White Green Hope").split()
NICKNAMES = {"Nathaniel": "Nat", "Frederick": "Freddie", "Oluwaseun": "Seun",
             "Chukwuemeka": "Emeka", "Abdirahman": "Abdi", "Alexandru": "Alex",
             "Katarzyna": "Kasia", "Małgorzata": "Gosia", "Przemysław": "Przemek",
             "Folasade": "Sade", "Temitope": "Tope", "Abigail": "Abi",
             "Gwenllian": "Gwen", "Babatunde": "Tunde", "Jaswinder": "Jas",
             "Zuzanna": "Zuzia", "Harrison": "Harry", "Dominic": "Dom",
             "Oluwakemi": "Kemi", "Ikechukwu": "Ike", "Bartosz": "Bartek"}


class Person:
    def __init__(self, given, family, female, title=None):
        self.given, self.family, self.female = given, family, female
        self.title = title or ("Mr" if not female else "Mrs")

    @property
    def full(self):
        return f"{self.given} {self.family}"

    @property
    def initial(self):
        return self.given[0]

    @property
    def initials(self):
        fam = self.family.replace("’", "'")
        parts = [w for w in re.split(r"[\s-]", fam) if w and w[0].isupper()]
        return self.given[0] + "".join(w[0] for w in parts[-1:])

    @property
    def known_as(self):
        return NICKNAMES.get(self.given, self.given)


def fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("’", "")
    s = s.replace("'", "")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower().replace(" ", "")


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    # ---- people
    def person(self, female=None, origin=None, family=None, title=None, word_ok=True):
        r = self.r
        if female is None:
            female = r.random() < 0.55
        if origin is None and family is not None and r.random() < 0.85:
            origin = FAMILY_ORIGIN.get(family)
        origin = origin or r.choice(sorted(NAMES))
        fem, male, surs = NAMES[origin]
        given = r.choice(fem if female else male)
        if word_ok and r.random() < 0.08:
            given = r.choice(WORD_GIVEN_F if female else WORD_GIVEN_M)
        if family is None:
            other = origin if r.random() < 0.85 else r.choice(sorted(NAMES))
            family = r.choice(NAMES[other][2])
            if word_ok and r.random() < 0.08:
                family = r.choice(WORD_SURNAMES)
        if title is None:
            if female:
                title = r.choice(["Mrs", "Mrs", "Ms", "Ms", "Miss"])
            else:
                title = "Mr"
            if r.random() < 0.03:
                title = "Mx"
        return Person(given, family, female, title)

    def child(self, parent=None, female=None):
        if parent and self.r.random() < 0.8:
            return self.person(female=female, family=parent.family, title="-")
        return self.person(female=female, title="-")

    def staff(self, female=None):
        p = self.person(female=female)
        if self.r.random() < 0.06:
            p.title = "Dr"
        return p

    # ---- formats
    def pick(self, *options):
        return self.r.choice(options)

    def email(self, p, domain=None):
        r = self.r
        g, f = fold(p.given), fold(p.family).replace("-", "")
        domain = domain or r.choice(["example.com", "example.net", "example.org",
                                     "mail.example.com", "home.example.net"])
        local = r.choice([f"{g}.{f}", f"{g[0]}{f}", f"{g}{f}{r.randint(1, 99)}",
                          f"{f}.{g[0]}", f"{g}_{f[:4]}{r.randint(70, 99)}",
                          f"{fold(p.known_as)}{r.randint(1, 2020)}"])
        return f"{local}@{domain}"

    def staff_email(self, p, school):
        g, f = fold(p.given), fold(p.family).replace("-", "")
        style = school["email_style"]
        local = {0: f"{g}.{f}", 1: f"{g[0]}{f}", 2: f"{g[0]}.{f}"}[style]
        return f"{local}@{school['domain']}"

    def mobile(self):
        n = f"{self.r.randint(0, 999):03d}"
        return self.pick(f"07700 900{n}", f"07700 900 {n}", f"07700900{n}",
                         f"+44 7700 900{n}", f"+44 (0)7700 900{n}", f"07700-900-{n}",
                         f"07700 900{n}")

    def landline(self, area=None):
        area = area or self.pick("0113", "0161", "0121", "0114", "0117", "020", "029", "01632")
        n = f"{self.r.randint(0, 999):03d}"
        if area == "020":
            return self.pick(f"020 7946 0{n}", f"(020) 7946 0{n}", f"020 79460{n}",
                             f"+44 20 7946 0{n}")
        if area == "029":
            return self.pick(f"029 2018 0{n}", f"(029) 2018 0{n}", f"02920180{n}")
        if area == "01632":
            return self.pick(f"01632 960{n}", f"(01632) 960{n}", f"01632960{n}")
        rest = area[1:]
        return self.pick(f"{area} 496 0{n}", f"({area}) 496 0{n}", f"{area} 4960{n}",
                         f"{area}4960{n}", f"+44 {rest} 496 0{n}", f"+44 (0){rest} 496 0{n}")

    def phone(self):
        return self.mobile() if self.r.random() < 0.7 else self.landline()

    def date(self, y0=2025, y1=2026, style=None):
        r = self.r
        y, m, d = r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28)
        return fmt_date(y, m, d, style if style is not None else r.randint(0, 8))

    def dob(self, y0=2009, y1=2020, style=None):
        return self.date(y0, y1, style)

    def postcode(self, outward):
        r = self.r
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        return f"{outward} {r.randint(0, 9)}{r.choice(letters)}{r.choice(letters)}"

    def address(self):
        """Returns (lines of the address up to the town, postcode)."""
        r = self.r
        town, localities = r.choice(TOWNS)
        outward, locality = r.choice(localities)
        street = r.choice(STREETS)
        n = r.randint(1, 212)
        kind = r.random()
        if kind < 0.12:
            first = [f"Flat {r.randint(1, 24)}", f"{r.choice(BLOCKS)}",
                     f"{n} {street}"]
            lines = [f"{first[0]}, {first[1]}", first[2]]
        elif kind < 0.2:
            lines = [r.choice(HOUSE_NAMES), street]
        elif kind < 0.27:
            lines = [f"{n}{r.choice('ab')} {street}"]
        else:
            lines = [f"{n} {street}"]
        if locality and r.random() < 0.75:
            lines.append(locality)
        lines.append(town)
        pc = self.postcode(outward)
        if r.random() < 0.12:
            pc = pc.replace(" ", "")
        return lines, pc

    def nhs(self):
        r = self.r
        while True:
            d = [r.randint(0, 9) for _ in range(9)]
            d[0] = r.randint(4, 9)
            c = nhs_check(d)
            if c is not None:
                s = "".join(map(str, d + [c]))
                return self.pick(f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}", s,
                                 f"{s[:3]} {s[3:6]} {s[6:]}")

    def upn(self):
        r = self.r
        la = r.choice(["383", "380", "352", "330", "201", "373", "926", "815", "941", "865"])
        body = la + f"{r.randint(2000, 7999):04d}" + r.choice(["12", "14", "15", "17", "18", "19", "20"])
        if r.random() < 0.07:
            body += f"{r.randint(0, 99):02d}" + r.choice(UPN_LETTERS)
        else:
            body += f"{r.randint(0, 999):03d}"
        return upn_check(body) + body

    def uln(self):
        r = self.r
        while True:
            d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(8)]
            c = uln_check(d)
            if c is not None:
                return "".join(map(str, d + [c]))

    def ni(self):
        r = self.r
        first_ok = [c for c in "ABCEGHJKLMNOPRSTWXYZ"]
        second_ok = [c for c in "ABCEGHJKLMNPRSTWXYZ"]
        while True:
            pre = r.choice(first_ok) + r.choice(second_ok)
            if pre not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
                break
        digits = f"{r.randint(0, 999999):06d}"
        suf = r.choice("ABCD")
        return self.pick(f"{pre} {digits[:2]} {digits[2:4]} {digits[4:]} {suf}",
                         f"{pre}{digits}{suf}", f"{pre} {digits} {suf}",
                         f"{pre}{digits[:2]}{digits[2:4]}{digits[4:]}{suf}")

    def card(self):
        r = self.r
        kind = r.choice(["visa", "visa", "mc", "amex"])
        if kind == "visa":
            d = [4] + [r.randint(0, 9) for _ in range(14)]
        elif kind == "mc":
            d = [5, r.randint(1, 5)] + [r.randint(0, 9) for _ in range(13)]
        else:
            d = [3, r.choice([4, 7])] + [r.randint(0, 9) for _ in range(12)]
        d.append(luhn_check(d))
        s = "".join(map(str, d))
        if kind == "amex":
            return self.pick(f"{s[:4]} {s[4:10]} {s[10:]}", s, f"{s[:4]}-{s[4:10]}-{s[10:]}")
        g = [s[i:i + 4] for i in range(0, 16, 4)]
        return self.pick(" ".join(g), "-".join(g), s, " ".join(g))

    def sort_code(self):
        r = self.r
        a, b, c = r.randint(1, 99), r.randint(0, 99), r.randint(0, 99)
        return self.pick(f"{a:02d}-{b:02d}-{c:02d}", f"{a:02d}-{b:02d}-{c:02d}",
                         f"{a:02d} {b:02d} {c:02d}", f"{a:02d}{b:02d}{c:02d}")

    def account(self):
        return f"{self.r.randint(10000000, 99999999)}"

    def vehicle(self):
        r = self.r
        L_ = "ABCDEFGHJKLMNOPRSTUVWXY"
        if r.random() < 0.2:
            return f"{r.choice('PRSTVWXY')}{r.randint(1, 999)} {''.join(r.choice(L_) for _ in range(3))}"
        area = r.choice(["YX", "YB", "MA", "MF", "BV", "BK", "CA", "CY", "LV", "LK", "SF", "FD", "KM", "WN", "DE"])
        age = r.choice(["14", "16", "17", "66", "68", "19", "69", "21", "71", "23", "73", "24", "74"])
        tail = "".join(r.choice("ABCDEFGHJKLMNOPRSTUVWXYZ") for _ in range(3))
        return f"{area}{age} {tail}" if r.random() < 0.8 else f"{area}{age}{tail}"

    def ip(self):
        r = self.r
        return self.pick(f"192.0.2.{r.randint(1, 254)}", f"198.51.100.{r.randint(1, 254)}",
                         f"203.0.113.{r.randint(1, 254)}", f"10.{r.randint(0, 40)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                         f"192.168.{r.randint(0, 20)}.{r.randint(1, 254)}",
                         f"172.16.{r.randint(0, 31)}.{r.randint(1, 254)}")

    # ---- traps: numbers that look like identifiers but are not
    def bad_ten_digits(self):
        r = self.r
        while True:
            d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(9)]
            if nhs_check(d[:9]) != d[9] and uln_check(d[:9]) != d[9]:
                return "".join(map(str, d))

    def bad_sixteen_digits(self):
        r = self.r
        while True:
            d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(15)]
            if luhn_check(d[:15]) != d[15]:
                s = "".join(map(str, d))
                return " ".join(s[i:i + 4] for i in range(0, 16, 4))

    def bad_upn(self):
        good = self.upn()
        letters = [c for c in UPN_LETTERS if c != good[0]]
        return self.r.choice(letters) + good[1:]

    def trap(self, n=1):
        return " ".join(self.r.sample(TRAPS, n))


UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"


def nhs_check(d):
    s = sum(x * w for x, w in zip(d, range(10, 1, -1)))
    c = 11 - s % 11
    if c == 11:
        return 0
    if c == 10:
        return None
    return c


def uln_check(d):
    s = sum(x * w for x, w in zip(d, range(10, 1, -1)))
    r = s % 11
    if r == 0:
        return None
    return 10 - r


def upn_value(ch):
    return int(ch) if ch.isdigit() else UPN_LETTERS.index(ch)


def upn_check(body12):
    s = sum(upn_value(c) * w for c, w in zip(body12, range(2, 14)))
    return UPN_LETTERS[s % 23]


def luhn_check(d):
    total = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return (10 - total % 10) % 10


def luhn_ok(s):
    d = [int(c) for c in s]
    return luhn_check(d[:-1]) == d[-1]


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def ordinal(d):
    return f"{d}{'th' if 11 <= d <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def fmt_date(y, m, d, style):
    return [f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d:02d}.{m:02d}.{y}",
            f"{d} {MONTHS[m - 1]} {y}", f"{ordinal(d)} {MONTHS[m - 1]} {y}",
            f"{d} {MONTHS[m - 1][:3]} {y}", f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}/{m:02d}/{y % 100:02d}", f"{d:02d}-{m:02d}-{y}"][style]


# ---------------------------------------------------------------- places

TOWNS = [
    ("Leeds", [("LS6", "Headingley"), ("LS8", "Roundhay"), ("LS9", "Harehills"),
               ("LS11", "Beeston"), ("LS12", "Armley"), ("LS28", None)]),
    ("Bradford", [("BD3", None), ("BD7", "Great Horton"), ("BD8", "Manningham"), ("BD9", "Heaton")]),
    ("Manchester", [("M14", "Rusholme"), ("M16", "Whalley Range"), ("M19", "Levenshulme"), ("M40", None)]),
    ("Birmingham", [("B10", "Small Heath"), ("B11", "Sparkbrook"), ("B21", "Handsworth"), ("B29", "Selly Oak")]),
    ("Cardiff", [("CF5", "Canton"), ("CF11", "Grangetown"), ("CF24", "Splott")]),
    ("Sheffield", [("S2", None), ("S7", "Nether Edge"), ("S11", "Ecclesall")]),
    ("Bristol", [("BS5", "Easton"), ("BS3", "Bedminster")]),
    ("Leicester", [("LE2", None), ("LE4", "Belgrave"), ("LE5", "Evington")]),
    ("Glasgow", [("G41", "Pollokshields"), ("G31", "Dennistoun")]),
    ("Nottingham", [("NG7", "Hyson Green"), ("NG3", "Sneinton")]),
    ("Liverpool", [("L8", "Toxteth"), ("L15", "Wavertree")]),
    ("Newcastle upon Tyne", [("NE4", "Benwell"), ("NE6", "Byker")]),
    ("Swansea", [("SA1", "St Thomas")]),
    ("Wakefield", [("WF3", "Stanley"), ("WF1", None)]),
    ("London", [("E8", "Hackney"), ("N15", "Tottenham"), ("SE15", "Peckham"), ("E13", "Plaistow")]),
    ("Wrexham", [("LL11", "Rhosddu"), ("LL13", None)]),
]

STREETS = ("Heron Way|Larkspur Close|Tanyard Lane|Heol y Coed|Beech Grove|Mafeking Terrace|"
           "Ashfield Crescent|Clover Street|Quarry Bank|Osborne Avenue|Mill Race Walk|"
           "Brunswick Place|Hawthorn Drive|Pennine View|Sycamore Court|Rowan Gardens|"
           "Wesley Street|Moorland Road|Kestrel Rise|Elmfield Road|Ladysmith Road|Abbey Walk|"
           "Granby Row|Grace Street|Hope Street|Florence Road|Victoria Terrace|Summer Lane|"
           "Albert Grove|Cherry Tree Avenue|Foundry Lane|Bethel Street|Coronation Road|"
           "Station Approach|Canal Side|Lilac Walk|Priory Close|Nelson Street|Mount Pleasant").split("|")
BLOCKS = ["Kestrel House", "Alder Court", "Tŷ Derw", "Beaumont Mews", "Riverside Apartments",
          "Carlton Towers"]
HOUSE_NAMES = ["Rose Cottage", "The Old Vicarage", "Ty Gwyn", "Bryn Awel", "Holly Lodge",
               "Meadow View", "2 Mill Cottages"]

SCHOOLS = [
    {"name": "Harehills Park Academy", "street": "Beckfield Lane", "locality": "Harehills",
     "town": "Leeds", "outward": "LS9", "area": "0113", "domain": "harehillspark.example.sch.uk",
     "short": "HPA", "email_style": 0},
    {"name": "Moss Side Community High School", "street": "Quinney Road", "locality": None,
     "town": "Manchester", "outward": "M16", "area": "0161", "domain": "mossside-chs.example.sch.uk",
     "short": "MSCHS", "email_style": 1},
    {"name": "Ysgol Glan Afon", "street": "Heol Trelai", "locality": "Caerau",
     "town": "Cardiff", "outward": "CF5", "area": "029", "domain": "glanafon.example.sch.uk",
     "short": "YGA", "email_style": 2},
    {"name": "St Oswald's Catholic Primary School", "street": "Pellow Street", "locality": "Small Heath",
     "town": "Birmingham", "outward": "B10", "area": "0121", "domain": "stoswalds.example.sch.uk",
     "short": "SOCPS", "email_style": 0},
    {"name": "Kirkgate Valley School", "street": "Tanners Row", "locality": None,
     "town": "Sheffield", "outward": "S2", "area": "0114", "domain": "kirkgatevalley.example.sch.uk",
     "short": "KVS", "email_style": 1},
    {"name": "Eastbrook Primary", "street": "Saxby Road", "locality": "Easton",
     "town": "Bristol", "outward": "BS5", "area": "0117", "domain": "eastbrook.example.sch.uk",
     "short": "EBP", "email_style": 0},
    {"name": "Harriet Whitaker Church of England Academy", "street": "Chapel Fold",
     "locality": "Stanley", "town": "Wakefield", "outward": "WF3", "area": "01632",
     "domain": "hwcea.example.sch.uk", "short": "HWCEA", "email_style": 2},
    {"name": "Plaistow Fields Secondary", "street": "Cumberland Road", "locality": "Plaistow",
     "town": "London", "outward": "E13", "area": "020", "domain": "plaistowfields.example.sch.uk",
     "short": "PFS", "email_style": 1},
]

# Organisations, hospitals, services: names that are not people.
SURGERIES = ["Oakwood Medical Centre", "Chapel Allerton Surgery", "The Grange Practice",
             "Heaton Moor Health Centre", "Riverside Family Practice", "St Luke's Surgery",
             "Meadowbank Medical Group"]
HOSPITALS = ["St Bartholomew's Children's Hospital", "the Royal Infirmary",
             "Princess Alexandra Wing", "Queen Margaret Hospital", "St Mary's Hospital"]
TRUSTS = ["Northfield Community NHS Trust", "Westmoor CAMHS", "Valley Partnership NHS Foundation Trust",
          "City Children's Services", "Riverside Educational Psychology Service"]

TRAPS = [
    "I will mark the Year 10 mock papers over half term and return them in May.",
    "Will you let the office know by Friday if your child needs a packed lunch?",
    "There is a two-week grace period for returning library books.",
    "We hope to see as many families as possible at the Summer Fair on Saturday 20 June.",
    "Mark schemes for the English Language papers are on the VLE.",
    "Year 8 will visit Hope Valley and Castleton in the summer term.",
    "An amber weather warning may close the school at short notice.",
    "Please park on Grace Street, not in the staff car park.",
    "The Harriet Whitaker Foundation has funded new reading books for Key Stage 2.",
    "Pupils from St Oswald's and Our Lady of Lourdes Catholic Primary joined us for the festival.",
    "Joy of Reading week starts on Monday with a visit from the mobile library.",
    "Sunny spells are forecast for Sports Day on Wednesday 8 July.",
    "The Year 9 trip to Florence and Pisa is now full.",
    "Can you send in a named water bottle?",
    "Faith Week includes visits to the mosque, the gurdwara and St Mark's Church.",
    "Brook House Pupil Referral Unit will share the outreach timetable.",
    "The Young Carers group meets in Room B12 on Tuesdays.",
    "Our sponsored walk raised £1,245 for the Dorothy Pickering Hospice.",
    "Holly wreath workshops run at the Christmas Fair on Friday 12 December.",
    "Rose Hill Park is closed for resurfacing until Easter.",
    "Grace before lunch is optional for pupils of all faiths.",
    "The Duke of Edinburgh's Award expedition leaves from the Lake District car park.",
    "Hope Street is closed to traffic on Thursday because of the gas works.",
    "Maths, English, Art, Drama, Music and French exams start after Easter.",
    "Parents' evening for Year 11 is on Thursday 5 February in the Sports Hall.",
    "The Summer term ends on Wednesday 22 July; school reopens in September.",
    "Please mark any changes on the attached form and return it by Monday.",
    "The Ruby Class assembly will be at 2.15pm on Friday.",
    "Victoria Park, Albert Dock and King's Cross are on the Year 6 residential itinerary.",
    "Princess Royal Hospital is the nearest A&E to the outdoor centre.",
    "Jun 2026: GCSE Science practicals must be completed and logged.",
    "Dean Clough Mills will host the Year 12 art exhibition.",
    "The new mark scheme will be shared at the start of the Autumn term.",
    "Rainbow Room and Amber Room are used for intervention groups.",
    "We will review this in June and again after the Christmas holidays.",
    "Miles Platting Community Centre has offered its hall for the disco.",
    "Chase Terrace and Winter Hill are the two cross-country courses.",
    "The Ivy House nursery will close early on Friday.",
    "Sky Blue Kids Club runs breakfast sessions from 7.45am.",
]


# ---------------------------------------------------------------- helpers

def addr_block(g, lines, pc, sep="\n", caps=False):
    text = sep.join(lines)
    if caps:
        text = text.upper()
        pc = pc.upper()
    return L("ADDRESS", text), L("POSTCODE", pc)


def school_addr(school, g):
    lines = [school["street"]] + ([school["locality"]] if school["locality"] else []) + [school["town"]]
    pc = g.postcode(school["outward"])
    school.setdefault("pc", pc)
    return lines, school["pc"]


def letterhead(g, school):
    lines, pc = school_addr(school, g)
    tel = g.landline(school["area"])
    office = f"office@{school['domain']}"
    style = g.r.randint(0, 2)
    if style == 0:
        return (f"{school['name'].upper()}\n{L('ADDRESS', ', '.join(lines))} {L('POSTCODE', pc)}\n"
                f"Tel: {L('PHONE', tel)}   Email: {L('EMAIL', office)}\n")
    if style == 1:
        return (f"{school['name']}\n{L('ADDRESS', chr(10).join(lines))}\n{L('POSTCODE', pc)}\n"
                f"Telephone {L('PHONE', tel)}\n{L('EMAIL', office)}\n")
    return (f"{school['name']} | {L('ADDRESS', ', '.join(lines))}, {L('POSTCODE', pc)} | "
            f"{L('PHONE', tel)}\n")


def addressee(g, parent, lines, pc, two=None):
    r = g.r
    if two is not None and r.random() < 0.5:
        if two.family == parent.family:
            name = f"Mr and Mrs {P(parent.family)}" if r.random() < 0.5 else \
                f"Mr {P(two.initial + ' ' + two.family)} and Mrs {P(parent.initial + ' ' + parent.family)}"
        else:
            name = f"{P(parent.full)} and {P(two.full)}"
    else:
        name = r.choice([f"{parent.title} {P(parent.full)}",
                         f"{parent.title} {P(parent.initial + ' ' + parent.family)}",
                         f"{parent.title} {P(parent.initial + '. ' + parent.family)}",
                         f"{P(parent.full)}"])
    caps = r.random() < 0.15
    a, p = addr_block(g, lines, pc, caps=caps)
    return f"{name}\n{a}\n{p}\n"


def year_group(g, primary=False):
    return g.r.randint(1, 6) if primary else g.r.randint(7, 13)


def wrap(marked, width=76):
    """Wraps each line of marked text at `width` columns, as a mail client
    does. Breaks may fall inside PERSON and ADDRESS spans (the span then holds
    the line break) but never inside identifiers."""
    segs = segments(marked)
    chars = []  # (char, segment index)
    for i, (text, _) in enumerate(segs):
        chars.extend((c, i) for c in text)
    out = [c for c, _ in chars]
    col, last_break = 0, -1
    for k, (c, i) in enumerate(chars):
        if out[k] == "\n":
            col, last_break = 0, -1
            continue
        cat = segs[i][1]
        if c == " " and cat in (None, "PERSON", "ADDRESS"):
            # a break inside a span must not be at its edge
            if cat is None or (0 < k and chars[k - 1][1] == i and k + 1 < len(chars) and chars[k + 1][1] == i):
                last_break = k
        col += 1
        if col > width and last_break >= 0:
            out[last_break] = "\n"
            col = k - last_break
            last_break = -1
    text = "".join(out)
    rebuilt, pos = [], 0
    for t, cat in segs:
        piece = text[pos:pos + len(t)]
        pos += len(t)
        rebuilt.append(L(cat, piece) if cat else piece)
    return "".join(rebuilt)


def quote(marked):
    return "\n".join("> " + line if line else ">" for line in marked.split("\n"))


# ---------------------------------------------------------------- templates

def t_parent_letter(g):
    r = g.r
    school = r.choice(SCHOOLS)
    mum = g.person(female=True)
    dad = g.person(female=False, family=mum.family if r.random() < 0.6 else None)
    child = g.child(mum)
    head = g.staff()
    lines, pc = g.address()
    yg = year_group(g)
    out = letterhead(g, school) + "\n" + g.date(2025, 2026, r.choice([3, 4])) + "\n\n"
    out += addressee(g, mum, lines, pc, two=dad) + "\n"
    sal = r.choice([f"Dear {mum.title} {P(mum.family)},", f"Dear Parent/Carer of {P(child.full)},",
                    f"Dear {P(mum.given)},", f"Dear Mr and Mrs {P(mum.family)},"])
    out += sal + "\n\n"
    ref = f"Re: {P(child.full)} – Year {yg}"
    if r.random() < 0.4:
        ref += f" (DOB {L('DATE_OF_BIRTH', g.dob())})"
    out += ref + "\n\n"
    topic = r.choice(["attendance", "behaviour", "praise", "medical", "uniform", "fsm"])
    cg = P(child.known_as if r.random() < 0.3 else child.given)
    tutor = g.staff()
    if topic == "attendance":
        out += (f"I am writing because {cg}'s attendance this term is {r.randint(78, 89)}%, which is "
                f"below the school's target of 96%. Between {g.date(2025, 2025, 3)} and "
                f"{g.date(2026, 2026, 3)} {cg} missed {r.randint(6, 19)} sessions, {r.randint(2, 5)} "
                f"of them unexplained.\n\n"
                f"I would like to invite you to an attendance meeting with {tutor.title} "
                f"{P(tutor.family)}, our Attendance Officer, on {g.date(2026, 2026, 3)} at 9.15am. "
                f"If this time is not convenient please call {L('PHONE', g.landline(school['area']))}.\n\n")
    elif topic == "behaviour":
        other = g.child()
        out += (f"Today {cg} was involved in an incident at lunchtime with another pupil, "
                f"{P(other.given + ' ' + other.family[0] + '.')}, on the field. Both pupils have "
                f"spoken to {tutor.title} {P(tutor.family)}, Head of Year {yg}. {cg} will spend "
                f"tomorrow's lunch in the reflection room.\n\n")
    elif topic == "praise":
        out += (f"I am delighted to tell you that {cg} has been nominated for the Headteacher's "
                f"Award by {tutor.title} {P(tutor.full)}. {cg}'s work in Geography and Art has been "
                f"outstanding, and {r.choice(['she', 'he'])} has helped younger pupils in Reading "
                f"Club every Tuesday.\n\n")
    elif topic == "medical":
        nurse = g.person(female=True)
        out += (f"Thank you for letting us know about {cg}'s asthma. Our school nurse, "
                f"{P(nurse.full)}, has written a care plan; please check it and return it signed. "
                f"The plan records NHS number {L('NHS_NUMBER', g.nhs())} and GP {g.pick('Dr', 'Dr')} "
                f"{P(g.person().family)} at {r.choice(SURGERIES)}.\n\n")
    elif topic == "fsm":
        out += (f"Thank you for applying for free school meals for {cg}. The council's eligibility "
                f"check used the National Insurance number you gave ({L('NI_NUMBER', g.ni())}) and "
                f"confirmed that {cg} is eligible from {g.date(2026, 2026, 3)}. Please also apply "
                f"for the Holiday Activities and Food programme before the May half term.\n\n")
    else:
        out += (f"{cg} has come to school without the correct uniform on several days this "
                f"month. Blazers can be bought from Uniform Direct on {r.choice(STREETS)}, and the "
                f"PTA runs a nearly-new stall after school on Fridays.\n\n")
    if r.random() < 0.6:
        out += g.trap(r.randint(1, 2)) + "\n\n"
    out += (f"If you have any questions please contact {tutor.title} {P(tutor.family)} on "
            f"{L('EMAIL', g.staff_email(tutor, school))}.\n\n")
    out += r.choice(["Yours sincerely,", "Yours faithfully,", "Kind regards,"]) + "\n\n\n"
    out += f"{P(head.full)}\n{r.choice(['Headteacher', 'Head of School', 'Principal', 'Deputy Headteacher'])}\n"
    return "parent_letter", out


def typo(g, s):
    """Drops or swaps a letter now and then, as a hurried parent does."""
    r = g.r
    words = s.split(" ")
    for i, w in enumerate(words):
        if _OPEN in w or _MID in w or _CLOSE in w or len(w) < 5 or not w.isalpha():
            continue
        x = r.random()
        if x < 0.05:
            j = r.randint(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1:]
        elif x < 0.09:
            j = r.randint(1, len(w) - 3)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def mail_date(g):
    r = g.r
    day = r.choice(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])
    return f"{day}, {r.randint(1, 28)} {r.choice(MONTHS)[:3]} {r.randint(2025, 2026)} {r.randint(6, 22):02d}:{r.randint(0, 59):02d}"


def t_parent_email(g):
    r = g.r
    school = r.choice(SCHOOLS)
    par = g.person()
    child = g.child(par)
    teacher = g.staff()
    low = r.random() < 0.6
    pe = g.email(par)
    disp = par.full.lower() if low and r.random() < 0.3 else par.full
    hdr = f"From: {P(disp)} <{L('EMAIL', pe)}>\n" if r.random() < 0.8 else f"From: {L('EMAIL', pe)}\n"
    hdr += f"To: {L('EMAIL', g.staff_email(teacher, school) if r.random() < 0.6 else 'office@' + school['domain'])}\n"
    cname = child.given.lower() if low else child.given
    subj = r.choice([f"{P(cname)} absence", f"Re: {P(child.full)} yr {year_group(g)}",
                     "question about homework", f"{P(cname)} - pick up today", "trip money"])
    hdr += f"Date: {mail_date(g)}\nSubject: {subj}\n\n"
    tn = teacher.family.lower() if low else teacher.family
    tt = teacher.title.lower() if low else teacher.title
    greet = r.choice([f"hi {tt} {P(tn)}", f"Hello {teacher.title} {P(teacher.family)},",
                      f"dear {P(teacher.given.lower() if low else teacher.given)}", "Hi,", "Good morning"])
    c = P(cname)
    body = r.choice([
        f"just to let you know {c} wont be in today shes got a temperature and was sick in the night. "
        f"i will ring the office later but the line was busy",
        f"{c} has a dentist appointment on thursday at 11 so ill collect him from reception at 10.30. "
        f"his dad {P(g.person(female=False, family=par.family).given.lower() if low else g.person(female=False, family=par.family).given)} "
        f"might come instead",
        f"can you tell me if {c} handed in the science homework, he says he did but its not on the app. "
        f"also is the trip to the {r.choice(['Think Tank', 'Eden Project', 'National Space Centre'])} still going ahead",
        f"Im not happy about what happened in PE yesterday. {c} came home upset because "
        f"{P(g.child().given.lower() if low else g.child().given)} and another boy were calling her names. "
        f"I want to know what you are doing about it",
        f"can you take the £{r.randint(12, 60)} for the trip from my card its {L('CARD', g.card())} "
        f"expiry {r.randint(1, 12):02d}/{r.randint(27, 30)}, parentpay keeps saying error",
        f"{c}s nan will pick {c} up today in her car, its a blue fiesta reg {L('VEHICLE', g.vehicle())}, "
        f"she has the password",
        f"the council form for free meals wants my ni number so here it is {L('NI_NUMBER', g.ni())}, "
        f"can you pass it to whoever does it",
        f"my new mobile number is {L('PHONE', g.mobile())} please update the system, the old one doesnt work anymore. "
        f"our new address is {L('ADDRESS', ', '.join(g.address()[0]).lower() if low else ', '.join(g.address()[0]))} "
        f"{L('POSTCODE', g.postcode(r.choice(TOWNS)[1][0][0]).lower() if low else g.postcode(r.choice(TOWNS)[1][0][0]))}",
    ])
    if low:
        body = typo(g, body)
    else:
        body = body[0].upper() + body[1:] + "."
    if r.random() < 0.4:
        body += f" {r.choice(['you can ring me on', 'my number is', 'call me on'])} {L('PHONE', g.mobile())}"
    if r.random() < 0.3:
        body += f" {g.trap()}" if not low else " will you let me know asap"
    sign = r.choice([f"thanks\n{P(par.given.lower() if low else par.given)}",
                     f"Kind regards\n{P(par.full)}",
                     f"{P(par.known_as)} ({P(cname)}'s mum)" if par.female else f"{P(par.given)} ({P(cname)}s dad)",
                     f"thank you\n{par.title} {P(par.family)}"])
    out = hdr + greet + "\n\n" + wrap(body) + "\n\n" + sign + "\n"
    if r.random() < 0.5:
        out += "\n" + r.choice(["Sent from my iPhone", "Sent from Outlook for Android", "Get Outlook for iOS"]) + "\n"
    return "parent_email", out


def t_staff_email(g):
    r = g.r
    school = r.choice(SCHOOLS)
    a, b, c = g.staff(), g.staff(), g.staff()
    pupil = g.child()
    pupil2 = g.child()
    par = g.person(family=pupil.family)
    ea, eb, ec = (g.staff_email(x, school) for x in (a, b, c))
    hdr = f"From: {P(a.full)} <{L('EMAIL', ea)}>\n"
    hdr += f"Sent: {mail_date(g)}\n"
    hdr += f"To: {P(b.full)} <{L('EMAIL', eb)}>\n"
    if r.random() < 0.6:
        hdr += f"Cc: {P(c.family)}, {P(c.given)} <{L('EMAIL', ec)}>\n"
    subj = r.choice([f"{P(pupil.full)} - update", f"RE: Y{year_group(g)} mark schemes",
                     f"FW: {P(pupil.full)} (Year {year_group(g)}) meeting",
                     "cover tomorrow P3", f"Safeguarding - {P(pupil.initial + pupil.family[0])} (see CPOMS)"])
    hdr += f"Subject: {subj}\n\n"
    body = r.choice([
        f"Hi {P(b.given)},\n\n",
        f"Morning {P(b.given)} -\n\n",
        f"Dear {b.title} {P(b.family)},\n\n",
        "Hi all,\n\n",
    ])
    para = r.choice([
        f"Just a heads up that {P(pupil.full)} in {year_group(g)}{r.choice('BKRWX')} was very "
        f"withdrawn in my lesson this morning. {P(pupil.given)} said things at home are "
        f"difficult since {r.choice(['her', 'his'])} mum's partner {P(g.person(female=False).full)} "
        f"moved back in. I've logged it but wanted you to know before registration.",
        f"I spoke to {par.title} {P(par.full)} on the phone ({L('PHONE', g.phone())}) about "
        f"{P(pupil.given)}'s detentions. {'She' if par.female else 'He'} was supportive and asked whether {P(pupil.given)} "
        f"could sit away from {P(pupil2.full)} in Maths.",
        f"Can you cover my Year {year_group(g)} English group period 3 tomorrow? Work is on Teams. "
        f"{P(pupil.given)} and {P(pupil2.given)} need to be kept apart, and {P(g.child().full)} "
        f"has a reader for the assessment.",
        f"IT flagged that {P(pupil.full)}'s account was used to log in from {L('IP', g.ip())} "
        f"during the exam, and again from {L('IP', g.ip())} at 11.40. {P(pupil.given)} says "
        f"{P(pupil2.given)} knows the password. Can we talk before {r.choice(['Monday', 'Wednesday'])}?",
        f"{P(pupil.full)}'s EHCP review has moved to {g.date(2026, 2026, 3)}. "
        f"{P(g.person().full)} from the Educational Psychology Service is coming and "
        f"{par.title} {P(par.family)} has confirmed. Please send your updates to {P(c.given)} by Friday.",
    ])
    body += para
    if r.random() < 0.6:
        body += " " + g.trap(r.randint(1, 2))
    body += "\n\n" + r.choice(["Thanks,", "Many thanks", "Cheers,", "Best wishes,"]) + "\n" + P(a.given) + "\n\n"
    body = wrap(body)
    role = r.choice(["Head of Year 9", "Teacher of Science", "SENCo", "Designated Safeguarding Lead",
                     "Attendance Officer", "Head of English", "Pastoral Manager", "Cover Supervisor"])
    sig = f"{P(a.full)}\n{role}\n{school['name']}\n"
    if r.random() < 0.7:
        sig += f"Tel: {L('PHONE', g.landline(school['area']))} ext {r.randint(200, 499)}\n"
    if r.random() < 0.5:
        sig += f"{L('EMAIL', ea)}\n"
    if r.random() < 0.3:
        sig += "Pronouns: she/her\n" if a.female else ""
    out = hdr + body + sig
    if r.random() < 0.5:
        q = (f"Hi {P(a.given)}, is there any news on {P(pupil.given)}? {P(par.given)} rang reception "
             f"again asking for a call back.\n\nThanks\n{P(b.given)}")
        intro = r.choice([f"On {mail_date(g)}, {P(b.full)} <{L('EMAIL', eb)}> wrote:",
                          f"-----Original Message-----\nFrom: {P(b.full)}\nSent: {mail_date(g)}\nTo: {P(a.full)}"])
        out += "\n" + intro + "\n" + quote(wrap(q, 74)) + "\n"
    return "staff_email", out


def t_safeguarding_log(g):
    r = g.r
    school = r.choice(SCHOOLS)
    child = g.child()
    mum = g.person(female=True, family=child.family if r.random() < 0.7 else None)
    dsl = g.staff()
    teacher = g.staff()
    other = g.person(female=False)
    out = f"SAFEGUARDING CHRONOLOGY – CONFIDENTIAL\n{school['name']}\n\n"
    out += f"Pupil: {P(child.full)}    DOB: {L('DATE_OF_BIRTH', g.dob())}    Year {year_group(g)}\n"
    if r.random() < 0.7:
        out += f"UPN: {L('UPN', g.upn())}\n"
    out += f"DSL: {P(dsl.full)} ({P(dsl.initials)})\n\n"
    entries = []
    c = P(child.given)
    entries.append(f"{g.date(2025, 2025, 0)} 08:40  Concern. {c} arrived without a coat and said "
                   f"{'she' if child.female else 'he'} had not eaten since lunch yesterday. Given breakfast. "
                   f"Recorded by {teacher.title} {P(teacher.family)}.")
    entries.append(f"{g.date(2025, 2025, 0)} 13:15  Disclosure. {c} told {teacher.title} "
                   f"{P(teacher.full)} that {P(other.given)} (mum's boyfriend) shouted and threw a "
                   f"cup. {P(dsl.initials)} informed at 13:30.")
    entries.append(f"{g.date(2026, 2026, 0)} 10:05  Call to {mum.title} {P(mum.family)} on "
                   f"{L('PHONE', g.mobile())}. Mum says {P(other.full)} has left the address. "
                   f"{P(dsl.initials)} advised her to contact {r.choice(['the MASH', 'Early Help', 'the family support worker'])}.")
    if r.random() < 0.6:
        sw = g.person()
        entries.append(f"{g.date(2026, 2026, 0)} 15:20  Strategy discussion. Social worker {P(sw.full)} "
                       f"({L('EMAIL', g.email(sw, 'childrens.council.example.org'))}) confirmed section 47 enquiry. "
                       f"Police ref {r.randint(10, 99)}/{r.randint(10000, 99999)}/26.")
    if r.random() < 0.5:
        entries.append(f"{g.date(2026, 2026, 0)} 16:00  Vehicle {L('VEHICLE', g.vehicle())} seen waiting outside the "
                       f"school gates again; {c} said it belongs to {P(other.given)}. Site team informed.")
    if r.random() < 0.4:
        entries.append(f"{g.date(2026, 2026, 0)} 11:45  Online. Messages to {c} came from an account "
                       f"logged in at {L('IP', g.ip())} (filtering report); screenshots saved.")
    if r.random() < 0.4:
        entries.append(f"{g.date(2026, 2026, 0)} 09:00  " + g.trap())
    out += "\n".join(entries) + "\n"
    return "safeguarding_log", out


def t_sen_review(g):
    r = g.r
    school = r.choice(SCHOOLS)
    child = g.child()
    par = g.person(family=child.family)
    senco, ep, salt, ta = g.staff(), g.person(), g.person(), g.staff(female=True)
    lines, pc = g.address()
    out = r.choice(["EHCP ANNUAL REVIEW – RECORD OF MEETING", "SEN Support Plan Review",
                    "Education, Health and Care Plan – Annual Review Notes"]) + "\n\n"
    out += f"Child/young person: {P(child.full)}\n"
    out += f"{r.choice(['Date of birth', 'DOB', 'D.O.B.'])}: {L('DATE_OF_BIRTH', g.dob())}\n"
    out += f"UPN: {L('UPN', g.upn())}"
    if r.random() < 0.5:
        out += f"    ULN: {L('ULN', g.uln())}"
    if r.random() < 0.6:
        out += f"    NHS number: {L('NHS_NUMBER', g.nhs())}"
    out += "\n"
    a, p = addr_block(g, lines, pc, sep=", ")
    out += f"Home address: {a}, {p}\n"
    out += f"School: {school['name']}    Year group: {year_group(g)}\n"
    out += f"Date of review: {g.date(2026, 2026)}\n"
    if r.random() < 0.5:
        out += f"LA case reference: {g.bad_ten_digits()}\n"
    out += "\n"
    out += (f"Present: {P(par.full)} ({'mother' if par.female else 'father'}); {senco.title} "
            f"{P(senco.full)} (SENCo); Dr {P(ep.full)}, Educational Psychologist; "
            f"{P(salt.full)}, Speech and Language Therapist, {r.choice(TRUSTS)}; "
            f"{ta.title} {P(ta.family)} (teaching assistant)\n")
    out += f"Apologies: {P(g.person().full)} (social worker)\n\n"
    cg = P(child.known_as)
    out += (f"1. Views of the child\n{cg} said: \"I like Art and Design Technology. I don't like the "
            f"noise in the dining hall. {P(ta.given)} helps me with my reading.\"\n\n")
    out += (f"2. Progress\n{P(senco.initials)} reported that {cg} now reads at age-related "
            f"expectations with support. {P(ep.initials)} noted continued difficulty with working "
            f"memory. {g.trap()}\n\n")
    out += (f"3. Parent's views\n{P(par.given)} is pleased with progress but worried about "
            f"transition to Year {year_group(g)} and asked whether {cg} can visit the new "
            f"classroom in the summer term.\n\n")
    out += "4. Actions\n"
    out += f"- {P(senco.initials)} to update section F and send the draft to {par.title} {P(par.family)} by {g.date(2026, 2026, 3)}.\n"
    out += f"- {P(salt.initials)} to provide a revised programme for {ta.title} {P(ta.family)}.\n"
    out += f"- Next review: {r.choice(MONTHS)} {r.choice([2026, 2027])}.\n"
    return "sen_review", out


def t_minutes(g):
    r = g.r
    people = [g.staff() for _ in range(r.randint(4, 6))]
    # initials must be unique within one meeting
    seen, uniq = set(), []
    for p in people:
        if p.initials not in seen:
            seen.add(p.initials)
            uniq.append(p)
    people = uniq
    chair = people[0]
    out = r.choice(["Pastoral Team Meeting – Minutes", "SEND Team Meeting", "Safeguarding Team Minutes",
                    "Year 7 Progress Meeting – notes"]) + "\n"
    out += f"Date: {g.date(2026, 2026, r.choice([3, 5]))}    Venue: Room {r.choice('ABCDS')}{r.randint(1, 30)}\n\n"
    out += "Present: " + ", ".join(f"{P(p.full)} ({P(p.initials)}{', chair' if p is chair else ''})" for p in people) + "\n"
    if r.random() < 0.5:
        ap = g.staff()
        out += f"Apologies: {ap.title} {P(ap.family)}\n"
    out += "\n"
    items = []
    for k in range(r.randint(3, 5)):
        who, act = r.sample(people, 2)
        pupil = g.child()
        par = g.person(family=pupil.family)
        items.append(r.choice([
            f"{P(who.initials)} reported that {P(pupil.full)} (Y{year_group(g)}) has had "
            f"{r.randint(3, 9)} behaviour points this week. Action: {P(act.initials)} to call "
            f"{par.title} {P(par.family)}.",
            f"{P(pupil.given + ' ' + pupil.family[0])} – attendance {r.randint(70, 90)}%. "
            f"{P(who.initials)} to arrange a meeting with {P(par.given)} and the EWO.",
            f"Concern raised about {P(pupil.full)}: friendship issues with {P(g.child().given)}. "
            f"{P(who.initials)} and {P(act.initials)} to monitor at lunch.",
            f"{P(who.initials)} noted: {g.trap()}",
            f"{P(pupil.full)} – referral to school nurse agreed. {P(act.initials)} to complete the "
            f"form; parent ({L('PHONE', g.mobile())}) has consented.",
        ]))
    out += "\n".join(f"{i + 1}. {t}" for i, t in enumerate(items)) + "\n\n"
    out += f"Next meeting: {r.choice(['Monday', 'Tuesday', 'Wednesday', 'Thursday'])} {r.randint(1, 28)} {r.choice(MONTHS)}, 3.30pm.\n"
    return "minutes", out


def t_governors(g):
    r = g.r
    school = r.choice(SCHOOLS)
    chair, head, clerk = g.person(), g.staff(), g.person()
    govs = [g.person() for _ in range(r.randint(3, 5))]
    out = f"{school['name']} – Full Governing Board\n"
    out += f"Minutes of the meeting held on {g.date(2025, 2026, 3)} at 6pm in the library\n\n"
    out += f"Present: {P(chair.full)} (Chair), {P(head.full)} (Headteacher), "
    out += ", ".join(P(x.full) for x in govs[:-1]) + "\n"
    out += f"In attendance: {P(clerk.full)} (Clerk)\n\n"
    out += (f"1. Apologies\nApologies were received from {P(govs[-1].full)} and accepted.\n\n"
            f"2. Declarations of interest\n{P(govs[0].family)} declared that {r.choice(['her', 'his'])} "
            f"child attends the school.\n\n")
    out += (f"3. Headteacher's report\n{P(head.family)} presented the report. "
            f"{g.trap()} Governors asked: Will the new behaviour policy reduce suspensions? "
            f"{P(head.initials)} said the data would be shared in the Summer term.\n\n")
    out += (f"4. Finance\nThe budget was approved. The school's account with Lloyds (sort code "
            f"{L('BANK', g.sort_code())}) will move to the trust's central account. "
            f"Invoice INV-{r.randint(10000, 99999)} from Northern Grounds Ltd was noted.\n\n")
    out += (f"5. Safeguarding\n{P(govs[1].full)} (safeguarding link governor) met the DSL on "
            f"{g.date(2026, 2026, 3)}. URN {r.randint(100000, 149999)} and DfE number "
            f"{r.choice(['383', '352', '330'])}/{r.randint(2000, 7999)} were confirmed on the SCR.\n\n")
    out += f"Signed: ....................... {P(chair.full)} (Chair)    Date: ..................\n"
    return "governors_minutes", out


def t_referral(g):
    r = g.r
    school = r.choice(SCHOOLS)
    child = g.child()
    mum = g.person(female=True, family=child.family if r.random() < 0.6 else None)
    dad = g.person(female=False, family=child.family)
    ref = g.staff()
    lines, pc = g.address()
    caps = r.random() < 0.5
    up = (lambda s: s.upper()) if caps else (lambda s: s)
    out = r.choice(["MULTI-AGENCY SAFEGUARDING HUB (MASH) – REQUEST FOR SUPPORT",
                    "Early Help Assessment – Referral Form", "CHILDREN'S SOCIAL CARE REFERRAL"]) + "\n\n"
    out += "SECTION 1: CHILD'S DETAILS\n"
    out += f"Surname: {P(up(child.family))}\n"
    out += f"Forename(s): {P(up(child.given))}\n"
    if r.random() < 0.4:
        out += f"Known as: {P(child.known_as)}\n"
    out += f"Date of birth: {L('DATE_OF_BIRTH', g.dob())}\n"
    out += f"Gender: {r.choice(['Female', 'Male'])}\n"
    out += f"Ethnicity: {r.choice(['Black African', 'White British', 'Pakistani', 'Any other White background', 'Mixed White and Black Caribbean', 'Chinese', 'Bangladeshi'])}\n"
    a, p = addr_block(g, lines, pc, sep=", ", caps=caps)
    out += f"Address: {a}\nPostcode: {p}\n"
    out += f"NHS number: {L('NHS_NUMBER', g.nhs())}\n"
    out += f"UPN: {L('UPN', g.upn())}\n"
    out += f"School: {school['name']}\n\n"
    out += "SECTION 2: PARENTS / CARERS\n"
    out += f"Name: {P(up(mum.full))}    Relationship: Mother    Tel: {L('PHONE', g.mobile())}\n"
    if r.random() < 0.7:
        out += f"Name: {P(up(dad.full))}    Relationship: Father    Tel: {L('PHONE', g.phone())}\n"
    out += f"Email: {L('EMAIL', g.email(mum))}\n"
    if r.random() < 0.4:
        out += f"Mother's NI number (benefits check): {L('NI_NUMBER', g.ni())}\n"
    out += f"Parental responsibility: {r.choice(['Both', 'Mother', 'Mother and Father'])}\n\n"
    out += "SECTION 3: OTHER HOUSEHOLD MEMBERS\n"
    sib = g.child(mum)
    out += f"{P(sib.full)}, sibling, {r.choice(['DOB', 'born'])} {L('DATE_OF_BIRTH', g.dob(2010, 2022))}\n\n"
    out += "SECTION 4: REASON FOR REFERRAL\n"
    c = P(child.given)
    out += (f"{c} disclosed to {ref.title} {P(ref.family)} on {g.date(2026, 2026, 3)} that "
            f"{P(dad.given if r.random() < 0.5 else g.person(female=False).given)} hit {r.choice(['her', 'him'])} with a belt. "
            f"Marks were seen on {c}'s arm. Mum was contacted and said she would come in. "
            f"{g.trap()}\n\n")
    gp = g.person()
    out += f"GP: Dr {P(gp.initial + ' ' + gp.family)}, {r.choice(SURGERIES)}\n"
    out += (f"Referrer: {P(ref.full)}, Designated Safeguarding Lead\nTel: {L('PHONE', g.landline(school['area']))}"
            f"    Email: {L('EMAIL', g.staff_email(ref, school))}\n")
    out += f"Consent obtained from parent: {r.choice(['Yes', 'No – child at risk of significant harm'])}\n"
    out += f"Case reference (office use): {g.bad_ten_digits()}\n"
    return "referral", out


def t_exclusion(g):
    r = g.r
    school = r.choice(SCHOOLS)
    par = g.person()
    child = g.child(par)
    head, clerk, laoff, hoy = g.staff(), g.person(), g.person(), g.staff()
    lines, pc = g.address()
    days = r.randint(1, 5)
    out = letterhead(g, school) + "\nPRIVATE AND CONFIDENTIAL\n\n"
    out += addressee(g, par, lines, pc) + "\n" + g.date(2026, 2026, 3) + "\n\n"
    out += f"Dear {par.title} {P(par.family)},\n\n"
    kind = r.choice(["Suspension", "Permanent exclusion"])
    out += f"{kind} of {P(child.full)}, Year {year_group(g)}\n\n"
    c = P(child.given)
    if kind == "Suspension":
        out += (f"I am writing to inform you that I have decided to suspend {c} for {days} school "
                f"day{'s' if days > 1 else ''}, from {g.date(2026, 2026, 3)}, following "
                f"{r.choice(['a physical assault on another pupil', 'persistent disruptive behaviour', 'bringing a vape into school', 'verbal abuse of a member of staff'])}.\n\n"
                f"During the suspension work will be set on Google Classroom. You must ensure that "
                f"{c} is not present in a public place during school hours without good reason.\n\n")
    else:
        out += (f"I regret to inform you that I have decided to permanently exclude {c} from "
                f"{g.date(2026, 2026, 3)}. This follows a serious incident on the school bus and "
                f"a series of earlier suspensions.\n\n"
                f"The governing board must meet to consider the decision within 15 school days. "
                f"Our Local Authority's exclusions officer, {P(laoff.full)}, can be contacted on "
                f"{L('PHONE', g.landline())}.\n\n")
    out += (f"You have the right to make representations to the governing board. Please contact "
            f"{P(clerk.full)}, Clerk to the Governors, at {L('EMAIL', g.email(clerk, 'governance.' + school['domain']))}. "
            f"Free advice is available from Coram Children's Legal Centre.\n\n")
    if kind == "Suspension":
        out += f"A reintegration meeting will be held with {hoy.title} {P(hoy.family)}, Head of Year.\n\n"
    else:
        out += f"{hoy.title} {P(hoy.family)}, Head of Year, will help arrange a place at another school.\n\n"
    out += f"Yours sincerely\n\n{P(head.full)}\nHeadteacher\n\ncc: {P(hoy.full)}; Exclusions Team\n"
    return "exclusion_letter", out


def t_attendance(g):
    r = g.r
    officer = g.staff()
    out = (f"ATTENDANCE CALL LOG – week commencing Monday {r.randint(1, 28)} {r.choice(MONTHS)} 2026\n"
           f"Logged by: {P(officer.full)} (Attendance Officer)\n\n")
    n = r.randint(5, 8)
    for k in range(n):
        child = g.child()
        par = g.person(family=child.family if r.random() < 0.7 else None)
        t = f"{r.randint(8, 15):02d}:{r.choice(['05', '15', '20', '35', '50', '55'])}"
        yr = year_group(g)
        line = r.choice([
            f"{t} Called {par.title} {P(par.family)} ({P(child.full)}, {yr}{r.choice('ABCDEHJK')}) on {L('PHONE', g.phone())} – no answer, voicemail left.",
            f"{t} {P(par.given)} rang in: {P(child.given)} has {r.choice(['D&V', 'a temperature', 'a hospital appointment', 'tonsillitis'])}. Code I.",
            f"{t} {P(child.full)} (Y{yr}) late 9.32, bus. Code L.",
            f"{t} Text from {L('PHONE', g.mobile())}: \"{P(child.given.lower() if r.random() < 0.4 else child.given)} off today sorry\" – no name given, matched to {P(par.full)} on SIMS.",
            f"{t} Home visit to {L('ADDRESS', ', '.join(g.address()[0]))} – {P(child.full)} seen by {P(officer.given)}, well, mum says back tomorrow.",
            f"{t} {g.trap()}",
            f"{t} Home visit: no answer. Car {L('VEHICLE', g.vehicle())} on the drive. Card left for {par.title} {P(par.family)}.",
        ])
        out += line + "\n"
    return "attendance_note", out


def t_first_aid(g):
    r = g.r
    out = r.choice(["FIRST AID / MEDICAL ROOM LOG", "Accident and first aid book – transcript",
                    "Medical room log"]) + "\n"
    out += "Date | Time | Pupil | Year | Injury/illness | Treatment | First aider | Parent contacted\n"
    aiders = [g.staff() for _ in range(2)]
    for k in range(r.randint(4, 7)):
        child = g.child()
        par = g.person(family=child.family)
        a = r.choice(aiders)
        pname = P(child.full) if r.random() < 0.6 else f"{P(child.family.upper())}, {P(child.given)}"
        contact = r.choice([f"Mum {L('PHONE', g.mobile())} yes", "No", f"{par.title} {P(par.family)} – message left",
                            f"Dad ({P(par.given) if not par.female else P(g.person(female=False).given)}) collected"])
        out += (f"{g.date(2026, 2026, r.choice([0, 2]))} | {r.randint(8, 15)}:{r.randint(10, 59)} | {pname} | "
                f"{year_group(g)} | {r.choice(['bumped head on door', 'grazed knee – playground', 'nosebleed', 'headache', 'asthma – used own inhaler', 'wasp sting'])} | "
                f"{r.choice(['cold compress', 'cleaned and plaster', 'rest and water', 'monitored 20 min'])} | "
                f"{a.title} {P(a.family)} | {contact}\n")
    if r.random() < 0.6:
        child = g.child()
        out += (f"\nMedication held: {P(child.full)} – EpiPen x2 (nut allergy), expiry "
                f"{r.choice(MONTHS)} 2026. NHS no. {L('NHS_NUMBER', g.nhs())}. DOB "
                f"{L('DATE_OF_BIRTH', g.dob())}.\n")
    if r.random() < 0.5:
        out += "\n" + g.trap() + "\n"
    return "first_aid", out


def csv_cell(text, sep):
    return f'"{text}"' if sep in text.replace(_OPEN, "").replace(_CLOSE, "") else text


def t_mis_export(g):
    r = g.r
    sep = r.choice([",", "\t"])
    cols = ["UPN", "Legal Surname", "Legal Forename", "Preferred Name", "DOB", "Gender", "Reg",
            "Admission Date", "Contact 1", "Relationship", "Contact 1 Phone", "Contact 1 Email",
            "Postcode"]
    post16 = r.random() < 0.5
    if post16:
        cols.insert(1, "ULN")
    if r.random() < 0.4:
        cols.insert(cols.index("Postcode"), "Address")
    out = sep.join(cols) + "\n"
    for k in range(r.randint(5, 9)):
        child = g.child()
        par = g.person(family=child.family if r.random() < 0.75 else None)
        lines, pc = g.address()
        row = []
        for c in cols:
            if c == "UPN":
                row.append(L("UPN", g.upn()))
            elif c == "ULN":
                row.append(L("ULN", g.uln()))
            elif c == "Legal Surname":
                row.append(P(child.family.upper() if r.random() < 0.3 else child.family))
            elif c == "Legal Forename":
                row.append(P(child.given))
            elif c == "Preferred Name":
                row.append(P(child.known_as) if child.known_as != child.given else "")
            elif c == "DOB":
                row.append(L("DATE_OF_BIRTH", g.dob(2009, 2019, r.choice([0, 6]))))
            elif c == "Gender":
                row.append(r.choice(["F", "M"]))
            elif c == "Reg":
                row.append(f"{r.randint(7, 11)}{r.choice(['RH', 'KB', 'LT', 'MW'])}")
            elif c == "Admission Date":
                row.append(g.date(2021, 2025, 0))
            elif c == "Contact 1":
                row.append(csv_cell(r.choice([f"{par.title} {P(par.full)}", P(par.full),
                                              f"{P(par.family)}, {P(par.given)}"]), sep))
            elif c == "Relationship":
                row.append(r.choice(["Mother", "Mother", "Carer", "Grandmother", "Aunt"] if par.female
                                    else ["Father", "Father", "Carer", "Grandfather", "Uncle"]))
            elif c == "Contact 1 Phone":
                row.append(L("PHONE", g.mobile()))
            elif c == "Contact 1 Email":
                row.append(L("EMAIL", g.email(par)) if r.random() < 0.85 else "")
            elif c == "Address":
                row.append(csv_cell(L("ADDRESS", ", ".join(lines)), sep))
            elif c == "Postcode":
                row.append(L("POSTCODE", pc))
        out += sep.join(row) + "\n"
    return "mis_export", out


def t_transport(g):
    r = g.r
    child = g.child()
    par = g.person(family=child.family)
    driver, escort = g.person(female=False), g.person(female=True)
    lines, pc = g.address()
    out = r.choice(["HOME TO SCHOOL TRANSPORT – ROUTE SHEET", "SEND Transport Application",
                    "Travel Assistance: pupil details"]) + "\n\n"
    out += f"Pupil name: {P(child.full)}\n"
    out += f"{r.choice(['DOB', 'Date of birth', 'D.O.B'])}: {L('DATE_OF_BIRTH', g.dob())}\n"
    a, p = addr_block(g, lines, pc)
    out += f"Home address:\n{a}\nPostcode: {p}\n"
    street2 = r.choice(STREETS)
    out += f"Pick-up point: corner of {street2} and {r.choice(STREETS)} (bus stop)\n"
    out += f"School: {r.choice(SCHOOLS)['name']}\n\n"
    out += (f"Operator: {r.choice(['Valley Cars Ltd', 'Hope Travel', 'Rose Taxis', 'Ace Minibuses'])}    "
            f"Route no. {r.randint(100, 999)}\n")
    out += f"Vehicle registration: {L('VEHICLE', g.vehicle())}\n"
    out += f"Driver: {P(driver.full)}    Badge no. {r.randint(10000, 99999)}\n"
    out += f"Passenger assistant: {P(escort.full)}    Tel {L('PHONE', g.mobile())}\n\n"
    out += f"Parent/carer: {par.title} {P(par.full)}\nTel: {L('PHONE', g.phone())}"
    if r.random() < 0.5:
        out += f"   Alternative: {L('PHONE', g.phone())}"
    out += "\n"
    out += f"Needs: {r.choice(['wheelchair user, needs ramp', 'autism – same seat each day', 'epilepsy – buccal midazolam carried by escort', 'none'])}\n"
    out += f"Signed: {P(par.full)}    Date: {g.date(2025, 2026, 0)}\n"
    return "transport_form", out


def t_trip_consent(g):
    r = g.r
    school = r.choice(SCHOOLS)
    child = g.child()
    par = g.person(family=child.family if r.random() < 0.7 else None)
    par2 = g.person()
    leader = g.staff()
    gp = g.person()
    out = f"{school['name']} — Educational Visit Consent Form\n\n"
    out += (f"Visit: Year {year_group(g)} trip to {r.choice(['Florence', 'Robin Hood’s Bay', 'the Peak District', 'Chester Zoo', 'Hope Valley', 'St Fagans'])}, "
            f"{r.choice(['Friday', 'Monday', 'Wednesday'])} {r.randint(1, 28)} {r.choice(MONTHS)} 2026\n")
    out += f"Visit leader: {leader.title} {P(leader.full)}\n\n"
    out += f"Pupil's full name: {P(child.full)}\n"
    out += f"Date of birth: {L('DATE_OF_BIRTH', g.dob())}\n"
    out += f"Tutor group: {r.randint(7, 11)}{r.choice(['G', 'H', 'S', 'W'])}\n"
    out += f"Medical conditions / allergies: {r.choice(['none', 'asthma (blue inhaler)', 'coeliac', 'hay fever', 'type 1 diabetes'])}\n"
    if r.random() < 0.7:
        out += f"NHS number: {L('NHS_NUMBER', g.nhs())}\n"
    out += f"GP: Dr {P(gp.family)}, {r.choice(SURGERIES)}\n\n"
    out += f"Emergency contact 1: {P(par.full)} ({'Mother' if par.female else 'Father'})  {L('PHONE', g.mobile())}\n"
    out += f"Emergency contact 2: {P(par2.full)} ({r.choice(['Aunt', 'Grandmother', 'Neighbour'] if par2.female else ['Uncle', 'Grandfather', 'Neighbour'])})  {L('PHONE', g.phone())}\n\n"
    pay = r.random()
    if pay < 0.3:
        out += f"Payment: £{r.randint(15, 350)} — please take from my card: {L('CARD', g.card())} exp {r.randint(1, 12):02d}/{r.randint(27, 30)}\n"
    elif pay < 0.7:
        out += f"Payment: £{r.randint(15, 350)} paid online via ParentPay, card ending {r.randint(1000, 9999)}\n"
    else:
        out += f"Payment: voluntary contribution, order no. {g.bad_sixteen_digits()}\n"
    out += f"\n{g.trap()}\n\n"
    out += f"I give consent for my child to take part.\nSigned: {P(par.full)}    Parent/Carer    Date: {g.date(2026, 2026, 0)}\n"
    return "trip_consent", out


def t_tutor_comments(g):
    r = g.r
    tutor = g.staff()
    out = f"Year {year_group(g)} {r.choice(['Autumn', 'Spring', 'Summer'])} term report comments – Tutor: {tutor.title} {P(tutor.full)}\n\n"
    for k in range(r.randint(4, 6)):
        child = g.child()
        c = P(child.given)
        she = "she" if child.female else "he"
        her = "her" if child.female else "his"
        out += f"{P(child.full)}\n"
        out += r.choice([
            f"{c} has had a positive start to the year and {she} takes pride in {her} work. "
            f"{c}'s Art sketchbook on the theme of Summer was excellent. Next step: ask for help sooner.",
            f"{c} is a kind member of the form who will always help others. Attendance is "
            f"{r.randint(91, 100)}%. {c} should mark up {her} planner each evening.",
            f"{c} has found some lessons difficult this term, particularly French and Maths. "
            f"I hope {c} will join the homework club in the library on Wednesdays.",
            f"A quiet term for {c}, who has settled well after moving from {r.choice(SCHOOLS)['name']}. "
            f"{c} and {P(g.child().given)} often read together in the Lantern Reading Corner.",
        ]) + "\n\n"
    if r.random() < 0.5:
        out += g.trap() + "\n"
    return "tutor_comments", out


def t_agency_report(g):
    r = g.r
    school = r.choice(SCHOOLS)
    child = g.child()
    par = g.person(family=child.family)
    doc = g.person()
    senco = g.staff()
    gp = g.person()
    trust = r.choice(TRUSTS)
    lines, pc = g.address()
    slines, spc = g.address()
    out = f"{trust}\n"
    a, p = addr_block(g, [f"{r.choice(['Unit 4', 'Floor 2', 'Suite 7'])}, {r.choice(['Bridge House', 'Kirkgate Centre', 'Mill Lane Offices'])}"] + slines[-1:], spc)
    out += f"{a}\n{p}\n"
    out += f"Tel: {L('PHONE', g.landline())}\n\n"
    out += f"Our ref: {r.choice(['EP', 'CAMHS', 'SN'])}/{r.randint(1000, 9999)}/{r.choice(['ML', 'KT', 'RB'])}    NHS number: {L('NHS_NUMBER', g.nhs())}\n"
    out += f"Date: {g.date(2026, 2026, 3)}\n\n"
    out += f"{senco.title} {P(senco.full)}\nSENCo\n{school['name']}\n\n"
    out += f"Dear {senco.title} {P(senco.family)},\n\n"
    ca, cp = addr_block(g, lines, pc, sep=", ")
    out += f"Re: {P(child.full)}, DOB {L('DATE_OF_BIRTH', g.dob())}, {ca}, {cp}\n\n"
    c = P(child.given)
    out += (f"{c} was seen in clinic on {g.date(2026, 2026, 3)} with {r.choice(['her', 'his'])} "
            f"{'mother' if par.female else 'father'}, {P(par.full)}. {c} described low mood and "
            f"difficulty sleeping since the family moved from {r.choice(TOWNS)[0]}. "
            f"{g.trap()}\n\n"
            f"I have recommended that school provides a quiet space at lunchtime and a weekly "
            f"check-in with a trusted adult. {par.title} {P(par.family)} is happy for this letter "
            f"to be shared with {c}'s tutor.\n\n")
    if r.random() < 0.4:
        out += f"Ethnicity and first language recorded as {r.choice(['Somali', 'Polish', 'Urdu', 'Tigrinya', 'Romanian'])}; interpreter {P(g.person().full)} attended.\n\n"
    out += f"Yours sincerely\n\n{r.choice(['Dr ', 'Dr ', ''])}{P(doc.full)}\n"
    out += r.choice(["Consultant Child and Adolescent Psychiatrist", "Educational Psychologist",
                     "Specialist School Nurse", "Clinical Psychologist"]) + "\n"
    out += f"cc: Dr {P(gp.initial + ' ' + gp.family)}, {r.choice(SURGERIES)}; {P(par.full)} (parent)\n"
    return "agency_report", out


def t_staff_starter(g):
    r = g.r
    school = r.choice(SCHOOLS)
    p = g.staff()
    ec = g.person()
    lines, pc = g.address()
    caps = r.random() < 0.4
    up = (lambda s: s.upper()) if caps else (lambda s: s)
    out = "NEW STARTER FORM – SUPPORT AND TEACHING STAFF\n\n"
    out += f"Title: {p.title}    Surname: {P(up(p.family))}    First names: {P(up(p.given))}\n"
    out += f"Date of birth: {L('DATE_OF_BIRTH', g.dob(1966, 2002))}\n"
    out += f"National Insurance number: {L('NI_NUMBER', g.ni())}\n"
    a, pp = addr_block(g, lines, pc, sep="\n", caps=caps)
    out += f"Home address:\n{a}\nPostcode: {pp}\n"
    out += f"Mobile: {L('PHONE', g.mobile())}    Personal email: {L('EMAIL', g.email(p))}\n\n"
    out += "BANK DETAILS FOR SALARY\n"
    out += f"Account name: {p.title} {P(p.initial + ' ' + p.family)}\n"
    out += f"Sort code: {L('BANK', g.sort_code())}    Account number: {L('BANK', g.account())}\n\n"
    if r.random() < 0.7:
        out += f"Car registration (parking permit): {L('VEHICLE', g.vehicle())}\n"
    out += f"Emergency contact: {P(ec.full)} ({r.choice(['partner', 'sister', 'father', 'friend', 'husband', 'wife'])})  {L('PHONE', g.phone())}\n\n"
    out += (f"DBS certificate number: 00{r.randint(1000000000, 9999999999)}    "
            f"Teacher reference number: {r.randint(1000000, 9999999)}\n")
    out += f"Start date: {g.date(2026, 2026, 0)}    Post: {r.choice(['Teaching Assistant', 'Teacher of Maths', 'Site Assistant', 'Finance Officer', 'Midday Supervisor'])}\n"
    out += f"Example format for NI number: QQ 12 34 56 C (do not use)\n" if r.random() < 0.5 else ""
    out += f"Checked by: {P(g.staff().full)} (HR), {school['name']}\n"
    return "staff_starter", out


def t_finance(g):
    r = g.r
    school = r.choice(SCHOOLS)
    par = g.person()
    child = g.child(par)
    bursar = g.staff()
    lines, pc = g.address()
    out = letterhead(g, school) + "\n"
    out += addressee(g, par, lines, pc) + "\n" + g.date(2026, 2026, 3) + "\n\n"
    out += f"Dear {par.title} {P(par.family)},\n\n"
    if r.random() < 0.6:
        out += (f"Re: Payment for {P(child.full)}'s residential visit\n\n"
                f"We tried to take the balance of £{r.randint(80, 320)} using the card number you "
                f"wrote on the consent form ({L('CARD', g.card())}) but the payment was declined. "
                f"Please do not send card numbers on paper forms; pay through ParentPay instead. "
                f"Our reference is {g.bad_upn()}.\n\n")
    else:
        out += (f"Re: Refund for {P(child.given)}'s cancelled trip\n\n"
                f"We will refund £{r.randint(20, 200)} to the account you gave us: sort code "
                f"{L('BANK', g.sort_code())}, account number {L('BANK', g.account())}, in the name "
                f"of {P(par.full)}. Please allow ten working days. The card ending "
                f"{r.randint(1000, 9999)} used for the original payment will not be charged again.\n\n")
    out += f"{g.trap()}\n\nYours sincerely\n\n{P(bursar.full)}\nSchool Business Manager\n"
    return "finance", out


def t_it_log(g):
    r = g.r
    school = r.choice(SCHOOLS)
    tech = g.staff()
    out = f"Web filtering alert report – {school['name']}\nGenerated {g.date(2026, 2026, 0)} 07:00 by netguard v{r.randint(2, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}\n\n"
    out += "Time\tUser\tDisplay name\tDevice\tIP\tCategory\n"
    for k in range(r.randint(5, 8)):
        child = g.child()
        user = f"{r.randint(18, 25)}{fold(child.family).replace('-', '')[:6]}{fold(child.given)[0]}"
        out += (f"{r.randint(8, 15):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}\t{user}\t"
                f"{P(child.family)}, {P(child.given)}\tLAP-{r.randint(100, 999)}\t{L('IP', g.ip())}\t"
                f"{r.choice(['Self-harm', 'Gambling', 'Proxy avoidance', 'Violence', 'Adult'])}\n")
    out += f"\nReviewed by {P(tech.full)} (Network Manager). Escalated: {P(child.full)} to DSL.\n"
    return "it_log", out


TEMPLATES = [
    (t_staff_email, 9), (t_parent_email, 9), (t_parent_letter, 7), (t_safeguarding_log, 5),
    (t_sen_review, 5), (t_minutes, 4), (t_governors, 3), (t_referral, 5), (t_exclusion, 4),
    (t_attendance, 4), (t_first_aid, 4), (t_mis_export, 6), (t_transport, 4), (t_trip_consent, 5),
    (t_tutor_comments, 3), (t_agency_report, 4), (t_staff_starter, 4), (t_finance, 3), (t_it_log, 2),
]
SCANNED = {"parent_letter", "safeguarding_log", "sen_review", "minutes", "governors_minutes",
           "referral", "exclusion_letter", "attendance_note", "first_aid", "transport_form",
           "trip_consent", "tutor_comments", "agency_report", "staff_starter", "finance"}


# ---------------------------------------------------------------- OCR noise

CONFUSIONS = [("rn", "m"), ("m", "rn"), ("l", "1"), ("I", "l"), ("O", "0"), ("0", "O"),
              ("1", "l"), ("5", "S"), ("S", "5"), ("e", "c"), ("cl", "d"), ("h", "b"),
              ("B", "8"), ("8", "B"), (",", "."), (".", ","), ("i", "í")]


def ocr_noise(r, segs):
    """Damages each segment's text. Labelled text keeps its label; line
    joins, hyphenated breaks and stray punctuation only happen outside
    labels, spaces are lost or doubled everywhere."""
    out = []
    for text, cat in segs:
        rate = 0.045 if cat else 0.035
        res, i = [], 0
        while i < len(text):
            c = text[i]
            x = r.random()
            done = False
            if x < rate:
                for a, b in CONFUSIONS:
                    if text.startswith(a, i) and r.random() < 0.6:
                        res.append(b)
                        i += len(a)
                        done = True
                        break
            elif x < rate + 0.015 and c == " " and 0 < i < len(text) - 1:
                i += 1  # lost space
                done = True
            elif x < rate + 0.02 and c == " " and (cat is None or 0 < i < len(text) - 1):
                res.append("  ")
                i += 1
                done = True
            elif x < rate + 0.024 and c.isalpha() and 0 < i < len(text) - 1 and text[i - 1].isalpha():
                res.append(" " + c)  # word split
                i += 1
                done = True
            elif cat is None and x < rate + 0.034 and c == "\n":
                res.append(" ")  # lines joined
                i += 1
                done = True
            elif cat is None and x < rate + 0.0365 and c.isalpha() and 0 < i and text[i - 1].isalpha() \
                    and i + 1 < len(text) and text[i + 1].isalpha():
                res.append("-\n" + c)  # hyphenated across a line end
                i += 1
                done = True
            elif cat is None and x < rate + 0.0385:
                res.append(r.choice(["'", ",", ".", "`", "~", ":"]) + c)
                i += 1
                done = True
            if not done:
                res.append(c)
                i += 1
        t = "".join(res)
        if cat:
            t = t.strip()
            if not t:
                t = text
        out.append((t, cat))
    return out


# ---------------------------------------------------------------- build

def build():
    g = Gen(SEED)
    plan = []
    for fn, n in TEMPLATES:
        plan.extend([fn] * n)
    assert len(plan) == N_CLEAN
    g.r.shuffle(plan)
    docs = []
    for i, fn in enumerate(plan):
        kind, marked = fn(g)
        docs.append({"file": f"docs/n{i + 1:03d}.txt", "kind": kind, "ocr": False,
                     "segs": segments(marked)})
    scanned = [d for d in docs if d["kind"] in SCANNED]
    sources = g.r.sample(scanned, N_OCR)
    sources.sort(key=lambda d: d["file"])
    for j, src in enumerate(sources):
        docs.append({"file": f"docs/n{N_CLEAN + j + 1:03d}.txt", "kind": src["kind"], "ocr": True,
                     "source": src["file"], "segs": ocr_noise(g.r, src["segs"])})
    return docs


def write(out_dir, docs):
    os.makedirs(os.path.join(out_dir, "docs"), exist_ok=True)
    lines = []
    for d in docs:
        text, spans = render(d["segs"])
        with open(os.path.join(out_dir, d["file"]), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        rec = {"file": d["file"], "kind": d["kind"], "ocr": d["ocr"]}
        if d["ocr"]:
            rec["source"] = d["source"]
        rec["spans"] = spans
        lines.append(json.dumps(rec, ensure_ascii=False))
    with open(os.path.join(out_dir, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- checks

def self_check(out_dir):
    """Re-reads the written files and checks every label, and that every
    clean identifier carries a valid check character."""
    counts = {}
    with open(os.path.join(out_dir, "labels.jsonl"), encoding="utf-8") as f:
        recs = [json.loads(line) for line in f]
    for rec in recs:
        with open(os.path.join(out_dir, rec["file"]), "rb") as f:
            data = f.read()
        last = 0
        for s in sorted(rec["spans"], key=lambda s: s["begin"]):
            got = data[s["begin"]:s["end"]].decode("utf-8")
            assert got == s["text"], (rec["file"], s, got)
            assert s["begin"] >= last, ("overlap", rec["file"], s)
            assert got.strip() == got and got, (rec["file"], s)
            last = s["end"]
            key = ("ocr" if rec["ocr"] else "clean", s["category"])
            counts[key] = counts.get(key, 0) + 1
            if rec["ocr"]:
                continue
            v = re.sub(r"[\s-]", "", got)
            cat = s["category"]
            if cat == "NHS_NUMBER":
                d = [int(c) for c in v]
                assert len(d) == 10 and nhs_check(d[:9]) == d[9], got
            elif cat == "ULN":
                d = [int(c) for c in v]
                assert len(d) == 10 and d[0] != 0 and uln_check(d[:9]) == d[9], got
            elif cat == "UPN":
                assert len(v) == 13 and upn_check(v[1:]) == v[0], got
            elif cat == "CARD":
                assert len(v) in (15, 16) and luhn_ok(v), got
            elif cat == "NI_NUMBER":
                assert re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", v), got
                assert v[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"), got
            elif cat == "IP":
                assert all(0 <= int(x) <= 255 for x in got.split(".")), got
        # trap numbers in the text must not be valid identifiers
        text = data.decode("utf-8")
        for m in re.finditer(r"(?<![\d])(\d{10})(?![\d])", text):
            d = [int(c) for c in m.group(1)]
            inside = any(s["begin"] <= len(text[:m.start()].encode()) < s["end"] for s in rec["spans"])
            if not inside and not rec["ocr"]:
                assert nhs_check(d[:9]) != d[9] and uln_check(d[:9]) != d[9], (rec["file"], m.group(1))
        assert _OPEN not in text and _CLOSE not in text and _MID not in text
    return recs, counts


def count_table(recs, counts):
    n_clean = sum(1 for r in recs if not r["ocr"])
    n_ocr = len(recs) - n_clean
    rows = [f"| category | clean ({n_clean} docs) | OCR copies ({n_ocr}) | total |",
            "| --- | ---: | ---: | ---: |"]
    tc = to = 0
    for cat in CATEGORIES:
        c, o = counts.get(("clean", cat), 0), counts.get(("ocr", cat), 0)
        tc, to = tc + c, to + o
        rows.append(f"| {cat} | {c} | {o} | {c + o} |")
    rows.append(f"| all | {tc} | {to} | {tc + to} |")
    return "\n".join(rows)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=here)
    ap.add_argument("--check", action="store_true",
                    help="regenerate into a temporary directory and compare with --out")
    args = ap.parse_args()
    docs = build()
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            write(tmp, docs)
            self_check(tmp)
            bad = []
            for name in ["labels.jsonl"] + [d["file"] for d in docs]:
                with open(os.path.join(tmp, name), "rb") as a:
                    try:
                        with open(os.path.join(args.out, name), "rb") as b:
                            if a.read() != b.read():
                                bad.append(name)
                    except FileNotFoundError:
                        bad.append(name)
            if bad:
                print("differs from a fresh run:", " ".join(bad[:10]), file=sys.stderr)
                return 1
            print(f"ok: {len(docs)} documents match a fresh run")
            return 0
    write(args.out, docs)
    recs, counts = self_check(args.out)
    print(count_table(recs, counts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
