#!/usr/bin/env python3
"""Second held-out detection set for dsar (tests/eval/heldout2).

Writes docs/*.txt and labels.jsonl in the format of tests/eval/README.md. Every document is built
from text pieces and labelled slots, so the byte offsets are exact by construction. Standard
library only, fixed seed: running it twice writes identical files.

    python3 tests/eval/heldout2/make_heldout2.py [--out DIR]

Everything is invented: people, schools, addresses and numbers. Phones come from Ofcom's drama
ranges, email domains are reserved example domains, IP addresses are documentation or private
ranges, identifiers are random numbers with valid check characters.
"""

import argparse
import collections
import json
import os
import random
import sys
import unicodedata

SEED = 20261201

# ---------------------------------------------------------------------------------------------
# Documents built from pieces: a str is plain text, a (category, text) tuple is a labelled span.


class Doc:
    def __init__(self):
        self.parts = []

    def add(self, *items):
        for it in items:
            if isinstance(it, tuple):
                cat, text = it
                assert text and text == text.strip(), repr(it)
                self.parts.append((text, cat))
            else:
                self.parts.append((it, None))
        return self

    def line(self, *items):
        self.add(*items)
        self.parts.append(("\n", None))
        return self


def P(text):
    return ("PERSON", text)


def S(cat, text):
    return (cat, text)


def render(parts):
    """parts: list of (text, category or None) -> (text, spans with byte offsets)."""
    out = []
    spans = []
    pos = 0
    for text, cat in parts:
        b = text.encode("utf-8")
        if cat:
            spans.append({"begin": pos, "end": pos + len(b), "category": cat, "text": text})
        out.append(text)
        pos += len(b)
    full = "".join(out)
    raw = full.encode("utf-8")
    for s in spans:
        assert raw[s["begin"]:s["end"]].decode("utf-8") == s["text"]
        assert s["text"] == s["text"].strip(), s
    return full, spans


# ---------------------------------------------------------------------------------------------
# OCR noise: characters keep the label of the span they came from, so labels follow the damage.

SUBS = {"l": "1", "I": "l", "O": "0", "0": "O", "1": "l", "5": "S", "S": "5", "e": "c",
        "h": "b", "B": "8", "8": "B", "i": "í", ",": ".", "c": "e", "t": "f"}


def ocr_noise(parts, rng, rate):
    chars = []
    cats = {}
    sid = 0
    for text, cat in parts:
        lab = 0
        if cat:
            sid += 1
            cats[sid] = cat
            lab = sid
        for ch in text:
            chars.append((ch, lab))
    out = []
    i = 0
    n = len(chars)
    while i < n:
        ch, lab = chars[i]
        nxt = chars[i + 1] if i + 1 < n else ("", -1)
        r = rng.random()
        if ch == "r" and nxt[0] == "n" and nxt[1] == lab and r < rate * 6:
            out.append(("m", lab))
            i += 2
            continue
        if ch == "m" and r < rate * 3:
            out.append(("r", lab))
            out.append(("n", lab))
        elif ch in SUBS and r < rate * (0.6 if ch in "eihct" else 1.5):
            out.append((SUBS[ch], lab))
        elif ch == " ":
            if r < rate * 0.5:
                pass  # dropped space
            elif r < rate * 1.5:
                out.append((" ", lab))
                out.append((" ", lab))
            elif r < rate * 2.0 and lab == 0:
                out.append(("\n", 0))  # broken line
            else:
                out.append((ch, lab))
        elif ch == "\n" and r < rate * 1.2 and lab == 0 and out and out[-1][0] != "\n" \
                and nxt[0] not in ("\n", ""):
            out.append((" ", 0))  # joined lines
        elif ch.isalpha() and nxt[0].isalpha() and nxt[1] == lab and r < rate * 0.3:
            out.append((ch, lab))
            out.append((" ", lab))  # space inside a word
        else:
            out.append((ch, lab))
        i += 1
    parts2 = []
    for ch, lab in out:
        cat = cats.get(lab)
        key = lab
        if parts2 and parts2[-1][2] == key:
            parts2[-1][0].append(ch)
        else:
            parts2.append([[ch], cat, key])
    res = []
    for chs, cat, key in parts2:
        text = "".join(chs)
        if cat:
            # a span never starts or ends with white space
            lead = len(text) - len(text.lstrip())
            trail = len(text) - len(text.rstrip())
            if lead:
                res.append((text[:lead], None))
            res.append((text.strip(), cat))
            if trail:
                res.append((text[len(text) - trail:], None))
        else:
            res.append((text, None))
    return res


# ---------------------------------------------------------------------------------------------
# Names. Given names (f, m) and surnames by community; Polish and Lithuanian surnames have a
# feminine form (masculine|feminine).

COMMUNITIES = {
    "english": (
        "Olivia Amelia Isla Jessica Chloe Lily Ellie Poppy Evie Sophie Megan Charlotte Hannah "
        "Rebecca Lauren Gemma Kirsty Joanne Tracey Natasha Lily-Mae Ellie-Mae Kayleigh",
        "Oliver Harry George Jack Charlie Alfie Freddie Kyle Liam Jake Connor Ryan Daniel "
        "Stephen Darren Lee Jonathan Christopher William Alexander Kayden Jayden",
        "Thompson Walker Robinson Wright Hughes Edwards Turner Hall Wood Clarke Harrison "
        "Fletcher Ashworth Pickering Barraclough Sutcliffe Holroyd Bakewell Greenwood Ratcliffe"),
    "wordname": (
        "Rose Grace Hope Summer Joy Faith Amber Holly Dawn Sunny",
        "Mark Will Bill Hunter Sunny Rob Ray",
        "Baker Smith Brown Young Long Hunter Bird Fox Mason Sharp Green White"),
    "welsh": (
        "Cerys Seren Ffion Nia Lowri Angharad Siân Gwenllian Eirlys Mali",
        "Dafydd Rhys Gethin Iwan Llŷr Osian Gruffydd Ioan Emyr Aled",
        "Jones Davies Evans Pritchard Llewellyn Vaughan Bowen Price Prosser ap_Rhys"),
    "scottish": (
        "Eilidh Kirsty Morag Catriona Iona Ailsa Mhairi Isla",
        "Ruaridh Hamish Fraser Lachlan Euan Callum Angus",
        "MacDonald McLeod Mackenzie MacLeod McAllister Drummond Fergusson Sinclair Macintyre"),
    "irish": (
        "Aoife Siobhán Niamh Róisín Saoirse Caoimhe Orla Gráinne",
        "Cian Oisín Darragh Ciarán Pádraig Eoin Seán Tadhg",
        "O'Sullivan O'Brien Murphy Byrne McCarthy Doherty O’Neill Kavanagh Quinn O'Driscoll"),
    "polish": (
        "Zuzanna Małgorzata Agnieszka Katarzyna Zofia Wiktoria Ewa Oliwia",
        "Jakub Łukasz Szymon Mateusz Krzysztof Wojciech Piotr Bartosz Kacper",
        "Nowak Kowalski|Kowalska Wiśniewski|Wiśniewska Wójcik Kamiński|Kamińska "
        "Lewandowski|Lewandowska Zieliński|Zielińska Szymański|Szymańska Dąbrowski|Dąbrowska "
        "Grzybowski|Grzybowska"),
    "romanian": (
        "Ioana Andreea Alexandra Bianca Mihaela Ecaterina Denisa",
        "Andrei Ionuț Mihai Răzvan Ștefan Bogdan Vasile Cosmin",
        "Popescu Ionescu Dumitrescu Constantin Stan Munteanu Lungu Ciobanu Bălan Țurcanu"),
    "lithuanian": (
        "Gabija Austėja Ieva Rūta Emilija Ugnė",
        "Lukas Matas Dovydas Jokūbas Mantas Arnas Tomas",
        "Kazlauskas|Kazlauskienė Petrauskas|Petrauskienė Jankauskas|Jankauskaitė "
        "Žukauskas|Žukauskienė Stankevičius|Stankevičienė Vasiliauskas|Vasiliauskaitė"),
    "pakistani": (
        "Ayesha Maryam Zainab Hafsa Iqra Sana Rabia Khadija",
        "Muhammad Ali Hamza Bilal Usman Zain Imran Tariq Asif",
        "Khan Hussain Akhtar Iqbal Mahmood Rashid Butt Qureshi Raza Chaudhry"),
    "bangladeshi": (
        "Tasnim Nusrat Sumaiya Farhana Shirin Rumana",
        "Shafiqur Rahim Abdul Mizanur Tanvir Ashiqur Jamal",
        "Rahman Begum Uddin Miah Ahmed Chowdhury Islam Hoque"),
    "indian": (
        "Priya Anjali Simran Harpreet Kavya Deepa Neha Jaspreet",
        "Arjun Rohan Gurpreet Vikram Sanjay Aarav Manpreet Rajesh",
        "Patel Sharma Singh Gill Sandhu Mistry Desai Chauhan Nair Reddy"),
    "somali": (
        "Hodan Faadumo Ayan Sahra Hibo Ubah Nimco",
        "Abdirahman Abdiwali Mahad Liban Cabdi Guled Yusuf",
        "Farah Egal Warsame Hassan Abdi Mohamed Jama Osman Nur"),
    "nigerian": (
        "Chiamaka Adaeze Ngozi Folake Oluwaseun Temitope Blessing Precious Favour",
        "Chukwuemeka Oluwadamilare Tobi Emeka Babajide Obinna Femi Tunde Ebuka",
        "Okafor Adeyemi Okonkwo Balogun Nwosu Adebayo Eze Ogunleye Oyelaran Okoro"),
    "ghanaian": (
        "Ama Akosua Adwoa Abena Efua Serwaa Yaa",
        "Kwame Kofi Kwabena Yaw Kojo Kwaku Nana",
        "Mensah Asante Owusu Boateng Appiah Acheampong Osei Agyeman Ofori"),
    "chinese": (
        "Mei Xinyi Yuxuan Hiu_Tung Wing_Yan Jiayi Ling",
        "Wei Hao Zihan Jun Ka_Ho Chun_Kit Yifan",
        "Wang Li Zhang Chen Liu Huang Wong Chan Cheung Lam Ng"),
    "vietnamese": (
        "Linh Thu Hoa Ngoc_Anh Mai Trang Phuong",
        "Minh Duc Quang Tuan Khoa Bao Huy",
        "Nguyen Tran Le Pham Hoang Vu Dang Bui Do Ngo Nguyễn"),
    "arabic": (
        "Fatima Amira Layla Noor Yasmin Rania Huda Mariam",
        "Omar Youssef Karim Ahmad Khalid Hamad Mustafa Sami",
        "al-Hassan Al-Masri El-Sayed Haddad Khalil Nasser al-Rashid Mansour Abdullah"),
    "turkish": (
        "Elif Zeynep Büşra Ayşe Meryem Esra Defne",
        "Emir Yusuf Mehmet Yiğit Kerem Burak Çağan",
        "Yılmaz Kaya Demir Şahin Çelik Öztürk Aydın Arslan Doğan Koç"),
    "portuguese": (
        "Beatriz Inês Mariana Leonor Matilde Conceição",
        "João Tiago Gonçalo Rodrigo Duarte Afonso Rui",
        "Silva Santos Ferreira Pereira da_Costa de_Sousa Rodrigues Gonçalves Oliveira dos_Santos"),
    "caribbean": (
        "Shanice Tanisha Jodian Keisha Marcia Beverley Kerry-Ann Shantelle",
        "Jermaine Delroy Tyrone Andre Kemar Leon Winston Dwayne",
        "Campbell Brown Williams Grant Dacres Francis Samuels McKenzie Forbes Bailey"),
    "particle": (
        "Anouk Femke Lucía Carmen",
        "Daan Pieter Javier Mateo",
        "van_der_Berg de_Vries de_la_Cruz van_der_Linde de_la_Fuente Van_der_Merwe"),
}
COMM_WEIGHTS = {"english": 14, "wordname": 5, "welsh": 4, "scottish": 3, "irish": 4, "polish": 5,
                "romanian": 4, "lithuanian": 3, "pakistani": 6, "bangladeshi": 4, "indian": 5,
                "somali": 4, "nigerian": 5, "ghanaian": 3, "chinese": 3, "vietnamese": 3,
                "arabic": 3, "turkish": 3, "portuguese": 3, "caribbean": 4, "particle": 2}

NICKNAMES = {
    "Jessica": "Jess", "Rebecca": "Bex", "Natasha": "Tash", "Jonathan": "Jonny",
    "Alexander": "Alex", "William": "Billy", "Christopher": "Chris", "Daniel": "Danny",
    "Charlotte": "Lottie", "Olivia": "Liv", "Małgorzata": "Gosia", "Katarzyna": "Kasia",
    "Oluwaseun": "Seun", "Temitope": "Tope", "Oluwadamilare": "Dami", "Chukwuemeka": "Emeka",
    "Abdirahman": "Abdi", "Muhammad": "Mo", "Kayleigh": "Kay", "Jayden": "Jay",
    "Mateusz": "Matt", "Andreea": "Andi", "Ruaridh": "Rory", "Frederick": "Freddie",
    "Alexandra": "Sasha", "Gruffydd": "Guto", "Kerry-Ann": "Kez", "Bartosz": "Bartek",
}


def _split(words):
    return [w.replace("_", " ") for w in words.split()]


NAMES = {}
for comm, (fs, ms, ss) in COMMUNITIES.items():
    sur = []
    for s in _split(ss):
        if "|" in s:
            m, f = s.split("|")
            sur.append((m, f))
        else:
            sur.append((s, s))
    NAMES[comm] = (_split(fs), _split(ms), sur)


class Person:
    def __init__(self, given, sur, gender, comm, title):
        self.given = given
        self.sur = sur
        self.gender = gender
        self.comm = comm
        self.title = title
        self.nick = NICKNAMES.get(given)

    @property
    def full(self):
        return self.given + " " + self.sur

    def initials(self):
        parts = self.given.replace("-", " ").split() + self.sur.replace("-", " ").split()
        out = ""
        for w in parts:
            w = w.replace("'", "").replace("’", "")
            if w[:1].islower():
                out += w[0]  # particles keep their case: van der Berg -> vdB
            else:
                out += w[0].upper()
        return out


def pick_comm(rng):
    keys = sorted(COMM_WEIGHTS)
    return rng.choices(keys, weights=[COMM_WEIGHTS[k] for k in keys])[0]


def new_person(rng, gender=None, comm=None, sur=None, adult=True):
    comm = comm or pick_comm(rng)
    gender = gender or rng.choice("fm")
    fs, ms, surs = NAMES[comm]
    given = rng.choice(fs if gender == "f" else ms)
    if rng.random() < 0.08 and comm != "wordname":
        # a given name that is also a word, in any community
        given = rng.choice(NAMES["wordname"][0 if gender == "f" else 1])
    if sur is None:
        pair = rng.choice(surs)
        sur = pair[1] if gender == "f" else pair[0]
        if rng.random() < 0.07:
            other = rng.choice(NAMES[pick_comm(rng)][2])[0]
            if " " not in other and " " not in sur and other != sur:
                sur = sur + "-" + other
    if adult:
        title = {"f": rng.choice(["Mrs", "Ms", "Miss", "Mrs", "Dr"]),
                 "m": rng.choice(["Mr", "Mr", "Mr", "Dr"])}[gender]
    else:
        title = ""
    return Person(given, sur, gender, comm, title)


def masculine(sur, comm):
    for m, f in NAMES[comm][2]:
        if f == sur:
            return m
    return sur


def feminine(sur, comm):
    for m, f in NAMES[comm][2]:
        if m == sur:
            return f
    return sur


class Family:
    def __init__(self, rng):
        comm = pick_comm(rng)
        self.comm = comm
        self.child = new_person(rng, comm=comm, adult=False)
        self.child.title = ""
        # the father takes the masculine form of a gendered surname (Kowalska -> Kowalski)
        self.dad = new_person(rng, gender="m", comm=comm, sur=masculine(self.child.sur, comm))
        if self.dad.title == "Dr" and rng.random() < 0.7:
            self.dad.title = "Mr"
        if rng.random() < 0.7:
            msur = feminine(self.child.sur, comm) if self.child.gender == "m" else self.child.sur
            if self.child.gender == "m":
                msur = feminine(self.child.sur, comm)
            self.mum = new_person(rng, gender="f", comm=comm, sur=msur)
        else:
            self.mum = new_person(rng, gender="f")
        if self.mum.title == "Miss" and rng.random() < 0.6:
            self.mum.title = "Ms"
        self.sib = new_person(rng, comm=comm, sur=self.child.sur, adult=False)
        base = masculine(self.child.sur, comm)
        self.sib.sur = feminine(base, comm) if self.sib.gender == "f" else base
        self.nan = new_person(rng, gender="f", comm=comm)
        seen = set()
        for p in (self.child, self.mum, self.dad, self.sib, self.nan):
            pool = NAMES[comm][0 if p.gender == "f" else 1] + NAMES["english"][0 if p.gender == "f" else 1]
            while p.given in seen:
                p.given = rng.choice(pool)
                p.nick = NICKNAMES.get(p.given)
            seen.add(p.given)


def he(p):
    return "she" if p.gender == "f" else "he"


def him(p):
    return "her" if p.gender == "f" else "him"


def his(p):
    return "her" if p.gender == "f" else "his"


def fold(s):
    s = s.translate(str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "đ": "d", "ø": "o",
                                   "'": "", "’": "", " ": "", "-": ""}))
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


PARENT_DOMAINS = ["example.com", "example.net", "example.org", "mail.example.com",
                  "example.co.uk"]


def parent_email(rng, p):
    g, s = fold(p.given), fold(p.sur)
    style = rng.randrange(7)
    if style == 0:
        local = f"{g}.{s}"
    elif style == 1:
        local = f"{g}{s}{rng.randint(1, 99)}"
    elif style == 2:
        local = f"{(p.nick and fold(p.nick)) or g[:4]}{rng.choice(['x', 'xx', '_'])}{rng.randint(70, 99)}"
    elif style == 3:
        local = f"{g[0]}{s}"
    elif style == 4:
        local = f"{s}.family"
    elif style == 5:
        local = f"{g}_{rng.randint(1970, 1999)}"
    else:
        local = f"{rng.choice(['princess', 'mrs', 'bigman', 'gamer', 'sunflower', 'toffee'])}{rng.randint(10, 999)}"
    return local + "@" + rng.choice(PARENT_DOMAINS)


def staff_email(p, school, style):
    g, s = fold(p.given), fold(p.sur)
    local = [f"{g}.{s}", f"{g[0]}{s}", f"{s}{g[0]}", f"{g[0]}.{s}"][style % 4]
    return local + "@" + school.domain


# ---------------------------------------------------------------------------------------------
# Identifiers with their check characters (algorithms from public documentation).

def nhs_number(rng):
    while True:
        d = [rng.choice([4, 6, 7])] + [rng.randint(0, 9) for _ in range(8)]
        total = sum(x * (10 - i) for i, x in enumerate(d))
        c = 11 - total % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        s = "".join(map(str, d)) + str(c)
        f = rng.randrange(4)
        if f == 0:
            return s
        if f == 1:
            return f"{s[:3]}-{s[3:6]}-{s[6:]}"
        return f"{s[:3]} {s[3:6]} {s[6:]}"


UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"


def upn_check(body12):
    total = 0
    for i, ch in enumerate(body12):
        v = UPN_LETTERS.index(ch) if ch.isalpha() else int(ch)
        total += v * (i + 2)
    return UPN_LETTERS[total % 23]


assert upn_check("383412612047") == "Z"


def upn(rng, la):
    body = f"{la:03d}{rng.randint(2000, 7999):04d}{rng.randint(13, 22):02d}{rng.randint(0, 999):03d}"
    if rng.random() < 0.05:
        body = body[:-1] + rng.choice(UPN_LETTERS)
    return upn_check(body) + body


def uln(rng):
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
        r = sum(x * (10 - i) for i, x in enumerate(d)) % 11
        if r == 0:
            continue
        return "".join(map(str, d)) + str(10 - r)


def luhn_complete(prefix, length, rng):
    digits = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in range(10):
        cand = digits + str(c)
        total = 0
        for i, ch in enumerate(reversed(cand)):
            v = int(ch)
            if i % 2 == 1:
                v *= 2
                if v > 9:
                    v -= 9
            total += v
        if total % 10 == 0:
            return cand
    raise AssertionError


def card(rng):
    kind = rng.randrange(3)
    if kind == 0:
        n = luhn_complete("4" + rng.choice(["929", "659", "462", "751"]), 16, rng)
    elif kind == 1:
        n = luhn_complete(rng.choice(["51", "53", "55", "2221", "2720"]), 16, rng)
    else:
        n = luhn_complete(rng.choice(["34", "37"]), 15, rng)
        return rng.choice([n, f"{n[:4]} {n[4:10]} {n[10:]}"])
    f = rng.randrange(3)
    if f == 0:
        return n
    sep = " " if f == 1 else "-"
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def ni_number(rng):
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        pre = rng.choice(first) + rng.choice(second)
        if pre not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    digits = "".join(str(rng.randint(0, 9)) for _ in range(6))
    suf = rng.choice("ABCD")
    if rng.random() < 0.5:
        return f"{pre} {digits[:2]} {digits[2:4]} {digits[4:]} {suf}"
    return pre + digits + suf


def sort_code(rng):
    return f"{rng.randint(10, 99)}-{rng.randint(0, 99):02d}-{rng.randint(0, 99):02d}"


def account(rng):
    return f"{rng.randint(10000000, 99999999)}"


def vehicle(rng):
    letters = "ABCDEFGHJKLMNOPRSTUVWXYZ"
    if rng.random() < 0.8:
        area = rng.choice(["YK", "MA", "LD", "BD", "WR", "DN", "EY", "FD", "LB", "CU", "SF", "BN"])
        age = rng.choice(["15", "65", "18", "68", "19", "69", "21", "71", "23", "73", "24", "74"])
        tail = "".join(rng.choice(letters) for _ in range(3))
        return area + age + (" " if rng.random() < 0.8 else "") + tail
    pre = rng.choice("ABCDEFGHJKLMNPRSTVWXY")
    return f"{pre}{rng.randint(1, 999)} {''.join(rng.choice(letters) for _ in range(3))}"


def ip_addr(rng):
    net = rng.choice(["192.0.2", "198.51.100", "203.0.113", "10.14.2", "10.20.31", "172.16.5"])
    return f"{net}.{rng.randint(2, 254)}"


# ---------------------------------------------------------------------------------------------
# Places and schools.

class School:
    def __init__(self, name, street, town, postcode, phone_fmt, domain, la, city):
        self.name, self.street, self.town, self.postcode = name, street, town, postcode
        self.phone_fmt, self.domain, self.la, self.city = phone_fmt, domain, la, city


SCHOOLS = [
    School("Greenhill Community School", "Moor Lane", "Salford", "M6 8PL", "0161 496 0{:03d}",
           "greenhill.example.sch.uk", 355, "manchester"),
    School("St Winefride's Catholic Primary School", "Bank Street", "Leeds", "LS12 3HT",
           "0113 496 0{:03d}", "stwinefrides.example.sch.uk", 383, "leeds"),
    School("Emmeline Pankhurst Academy", "Wilmslow Road", "Manchester", "M14 5TQ",
           "0161 496 0{:03d}", "pankhurst.example.sch.uk", 352, "manchester"),
    School("Cardinal Newman Catholic High School", "Hollybush Lane", "Birmingham", "B11 4EA",
           "0121 496 0{:03d}", "cardinalnewman.example.sch.uk", 330, "birmingham"),
    School("Ysgol Glan yr Afon", "Clive Street", "Cardiff", "CF11 7HN", "029 2018 0{:03d}",
           "glanyrafon.example.sch.uk", 681, "cardiff"),
    School("Baronsmead Primary School", "Stapleton Road", "Bristol", "BS5 0RE",
           "0117 496 0{:03d}", "baronsmead.example.sch.uk", 801, "bristol"),
    School("Kingsmead Academy", "Forest Road", "London", "E17 4JD", "020 7946 0{:03d}",
           "kingsmead.example.sch.uk", 320, "london"),
]

AREAS = {
    "manchester": [("Eccles", "Salford", "M30"), ("Pendleton", "Salford", "M6"),
                   ("Levenshulme", "Manchester", "M19"), ("Moss Side", "Manchester", "M14"),
                   ("Cheetham Hill", "Manchester", "M8"), ("Longsight", "Manchester", "M12")],
    "leeds": [("Armley", "Leeds", "LS12"), ("Harehills", "Leeds", "LS8"),
              ("Beeston", "Leeds", "LS11"), ("Headingley", "Leeds", "LS6")],
    "birmingham": [("Sparkbrook", "Birmingham", "B11"), ("Small Heath", "Birmingham", "B10"),
                   ("Handsworth", "Birmingham", "B21"), ("Erdington", "Birmingham", "B23")],
    "cardiff": [("Grangetown", "Cardiff", "CF11"), ("Splott", "Cardiff", "CF24"),
                ("Ely", "Cardiff", "CF5")],
    "bristol": [("Easton", "Bristol", "BS5"), ("Bedminster", "Bristol", "BS3"),
                ("St Pauls", "Bristol", "BS2")],
    "london": [("Walthamstow", "London", "E17"), ("Leyton", "London", "E10"),
               ("Leytonstone", "London", "E11")],
}
STREETS = ["Heron Way", "Albert Road", "Clarendon Street", "Rowan Close", "Poplar Avenue",
           "Beckett Street", "Nelson Terrace", "Ladypit Lane", "Grove Road", "Victoria Road",
           "Milton Grove", "Wellington Crescent", "Shakespeare Walk", "Cavendish Drive",
           "Bright Street", "Florence Avenue", "Hope Street", "Brown Lane", "Young Street",
           "Church Walk", "Station Approach", "Mafeking Road", "Tudor Gardens", "Kestrel Rise"]
PC_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def home_address(rng, city):
    area, town, out = rng.choice(AREAS[city])
    street = rng.choice(STREETS)
    num = rng.randint(1, 240)
    pc = f"{out} {rng.randint(0, 9)}{rng.choice(PC_LETTERS)}{rng.choice(PC_LETTERS)}"
    if rng.random() < 0.06:
        pc = pc.replace(" ", "")
    first = f"{num} {street}"
    if rng.random() < 0.15:
        first = f"Flat {rng.randint(1, 24)}, {rng.choice(['Kestrel House', 'Ashby Court', 'Tower View'])}\n{num} {street}"
    return first, area, town, pc


def addr_block(rng, city, multiline=None, caps=False):
    """-> list of pieces: ADDRESS span and POSTCODE span, multi-line or one-line."""
    first, area, town, pc = home_address(rng, city)
    if multiline is None:
        multiline = rng.random() < 0.6
    if multiline:
        text = f"{first}\n{area}\n{town}"
        sep = "\n"
    else:
        text = f"{first.replace(chr(10), ', ')}, {area}, {town}"
        sep = rng.choice([" ", ", ", "  "])
    if caps:
        text, pc = text.upper(), pc.upper()
    return [S("ADDRESS", text), sep, S("POSTCODE", pc)]


PHONE_RANGES = {"manchester": "0161 496 0{:03d}", "leeds": "0113 496 0{:03d}",
                "birmingham": "0121 496 0{:03d}", "cardiff": "029 2018 0{:03d}",
                "bristol": "0117 496 0{:03d}", "london": "020 7946 0{:03d}"}


def mobile(rng):
    n = rng.randint(0, 999)
    f = rng.randrange(8)
    if f <= 2:
        return f"07700 900{n:03d}"
    if f == 3:
        return f"07700900{n:03d}"
    if f == 4:
        return f"+44 7700 900{n:03d}"
    if f == 5:
        return f"+44 (0)7700 900{n:03d}"
    if f == 6:
        return f"07700 900 {n:03d}"
    return f"(07700) 900{n:03d}"


def landline(rng, city):
    s = PHONE_RANGES[city].format(rng.randint(0, 999))
    f = rng.randrange(4)
    if f == 1:
        return s.replace(" ", "")
    if f == 2 and s.startswith("0"):
        area, rest = s.split(" ", 1)
        return f"({area}) {rest}"
    return s


def phone(rng, city):
    return mobile(rng) if rng.random() < 0.65 else landline(rng, city)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def dob(rng, lo, hi):
    y = rng.randint(lo, hi)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    f = rng.randrange(9)
    if f <= 2:
        return f"{d:02d}/{m:02d}/{y}"
    if f == 3:
        return f"{d:02d}.{m:02d}.{y}"
    if f == 4:
        return f"{d} {MONTHS[m - 1]} {y}"
    if f == 5:
        sfx = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return f"{d}{sfx} {MONTHS[m - 1]} {y}"
    if f == 6:
        return f"{y}-{m:02d}-{d:02d}"
    if f == 7:
        return f"{d}/{m}/{str(y)[2:]}"
    return f"{d:02d}-{MONTHS[m - 1][:3]}-{y}"


def child_dob(rng):
    return dob(rng, 2008, 2020)


def adult_dob(rng):
    return dob(rng, 1962, 1996)


def event_date(rng, style=None):
    y = rng.choice([2025, 2026])
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    style = rng.randrange(4) if style is None else style
    if style == 0:
        return f"{d:02d}/{m:02d}/{y}"
    if style == 1:
        return f"{d} {MONTHS[m - 1]} {y}"
    if style == 2:
        return f"{DAYS[rng.randrange(5)]} {d} {MONTHS[m - 1]}"
    return f"{d:02d}/{m:02d}/{str(y)[2:]}"


# ---------------------------------------------------------------------------------------------
# Traps: name-like words that are not names (never labelled).

TRAP_SENTENCES = [
    "I will send the Summer term dates out in May.",
    "Hope this helps.",
    "Will do.",
    "Mark schemes for the mocks are on the shared drive under English > Year 11.",
    "The Duke of Edinburgh expedition leaves from the car park on Baker Street at 8am.",
    "Young Carers group has moved to Thursday lunchtime in the Florence Nightingale Room.",
    "Faith and Belief week starts on 2 March; please send in any costumes.",
    "Sunny spells are forecast for Sports Day, so please bring sun cream and a hat.",
    "The Met Office has an Amber warning for wind on Friday.",
    "Long jump and triple jump heats will be held in June.",
    "Bill payer details are updated through ParentPay, not by the office.",
    "Joy of Moving dance club is full this half term.",
    "Lost property: a pair of Hunter wellies, a Ted Baker coat and a Jack Wills hoodie.",
    "The Year 9 trip to Jodrell Bank and the Year 7 trip to Robin Hood's Bay are confirmed.",
    "Year 10 will visit Beverley Minster and then Chester Zoo in July.",
    "The rose garden by the Brontë block is out of bounds until the fence is fixed.",
    "There is a two-week grace period for returning library books.",
    "Barnardo's and the Anna Freud Centre have sent new leaflets for the pastoral room.",
    "The Prince's Trust programme runs every Wednesday at the Kingston Centre.",
    "Brown bread and Smith's crisps are no longer allowed in packed lunches.",
    "The Marie Curie daffodil appeal raised £212.40.",
    "Please use Microsoft Teams or Google Classroom for homework, not WhatsApp.",
    "The minibus is the white Ford Transit; the Vauxhall Corsa is the site car.",
    "Rainbows, Brownies and Beavers can use the hall on Tuesday evenings.",
    "Chess Club and Warhammer Club are in room H12 after school.",
    "Great Ormond Street and Alder Hey have both written about the charity walk.",
    "Design and Technology, Religious Education and Computer Science options close on Friday.",
    "An Inspector Calls and Of Mice and Men are the set texts this year.",
    "The Year 6 residential is at Robinwood in Todmorden, not Whitby.",
    "Milton Keynes and St Helens fixtures have been moved to the Autumn term.",
    "Kingsley Hall, Victoria Park and Hope Valley were suggested for the walk.",
    "Sainsbury's, Greggs and Morrisons have donated to the Christmas Fayre.",
    "Summer School places will be offered to Year 6 pupils in July.",
    "We will mark the mocks before half term.",
    "Grace Darling house and Turing house are level on points.",
]

HEADINGS = ["REASON FOR REFERRAL", "ACTION TAKEN", "Next Steps", "Outcome", "Pupil Voice",
            "Strengths", "Areas For Development", "Parental Responsibility",
            "Emergency Contacts", "Medical Information", "Safeguarding Concerns",
            "Attendance Summary", "Provision Map", "Health And Safety"]


def traps(rng, k=1):
    return rng.sample(TRAP_SENTENCES, k)


def ref_name(rng, p, allow_first=True, allow_title=True):
    """A way of writing a person in running text: pieces for Doc.add."""
    r = rng.random()
    if allow_title and p.title and r < 0.35:
        return [p.title + " ", P(p.sur)]
    if allow_first and r < 0.6:
        return [P(p.given)]
    if allow_title and p.title and r < 0.7:
        return [p.title + " ", P(p.given[0] + " " + p.sur)]
    return [P(p.full)]


STAFF_ROLES = ["Class Teacher", "Head of Year 8", "Designated Safeguarding Lead", "SENCo",
               "Attendance Officer", "Pastoral Manager", "Deputy Headteacher",
               "Learning Mentor", "Teaching Assistant", "Head of Maths", "Office Manager",
               "Family Support Worker", "Head of English"]


def staff(rng, n):
    return [new_person(rng) for _ in range(n)]


# ---------------------------------------------------------------------------------------------
# Templates. Each returns (kind, Doc).

def t_staff_email(rng):
    sc = rng.choice(SCHOOLS)
    fam = Family(rng)
    a, b, c = staff(rng, 3)
    d = Doc()
    ch = fam.child
    year = rng.randint(7, 11)
    topic = rng.choice(["attendance", "behaviour in Science", "safeguarding concern",
                        "SEN review", "Year %d report" % year, "phone call from Mum"])

    def hdr(label, p, email_style, surname_first):
        d.add(f"{label}: ")
        if surname_first:
            d.add(P(p.sur), ", ", P(p.given))
        else:
            d.add(P(p.full))
        d.line(" <", S("EMAIL", staff_email(p, sc, email_style)), ">")

    estyle = rng.randrange(4)
    outlook = rng.random() < 0.5
    sf = rng.random() < 0.4
    hdr("From", a, estyle, sf)
    if outlook:
        d.line(f"Sent: {rng.choice(DAYS)}, {event_date(rng, 1)} 08:{rng.randint(10, 59)}")
    else:
        d.line(f"Date: {event_date(rng, 1)} at 16:{rng.randint(10, 59)}")
    hdr("To", b, estyle, sf)
    if rng.random() < 0.6:
        hdr("Cc", c, estyle, sf)
    d.add("Subject: RE: ")
    if rng.random() < 0.5:
        d.add(P(ch.full))
    else:
        d.add(P(ch.given + " " + ch.sur[0]))
    d.line(f" - {topic}")
    d.line()
    d.line(rng.choice(["Hi ", "Hello ", "Morning ", "Dear "]), P(b.given), ",")
    d.line()
    # body
    body = rng.randrange(3)
    if body == 1:
        sw = new_person(rng)
        ta = new_person(rng)
        d.add("Just a heads up – ", P(ch.full), f" (Y{year}) told ", P(ta.given),
              " in period 2 that ", his(ch) + " dad (", P(fam.dad.full))
        d.line(") is back living at home. " + traps(rng)[0])
        d.add("I have rung ", sw.title + " ", P(sw.sur), " at Children's Services on ",
              S("PHONE", landline(rng, sc.city)))
        d.line(" and left a message. Please keep an eye on ", P(ch.given), " at lunch.")
    elif body == 2:
        ep = new_person(rng)
        d.add("Can we meet on Thursday about ", P(ch.given), "'s EHCP review? ", ep.title + " ",
              P(ep.sur), " (EP) can do period 3")
        d.add(" and ", P(fam.mum.given if rng.random() < 0.5 else fam.mum.full))
        d.line(" has said she can come in after drop-off. " + traps(rng)[0])
        d.add(P(c.given), " has agreed to cover my Year 9 class. ")
        d.line("I have put the draft in the SEND folder.")
    if body:
        pass
    else:
        d.add("Thanks for flagging ")
        d.add(P(ch.given))
        d.add(". I spoke to ")
        d.add(*rng.choice([[P(fam.mum.given)], ["Mum (", P(fam.mum.given), ")"],
                           [fam.mum.title + " ", P(fam.mum.sur)]]))
        d.add(" this morning and she said ")
        d.add(P(ch.given if rng.random() < 0.5 else (ch.nick or ch.given)))
        d.add(" has been staying at ")
        d.add(*rng.choice([["Nan's"], [his(ch) + " nan's (", P(fam.nan.full), ")"],
                           [his(ch) + " grandmother's"]]))
        d.line(" most weeknights. " + traps(rng)[0])
    if rng.random() < 0.7:
        d.add("Can you check whether ")
        d.add(P(ch.given))
        d.add(" and ")
        other = new_person(rng, adult=False)
        d.add(P(other.full))
        d.line(" are still sat together in Maths? There was another falling out at break.")
    if rng.random() < 0.5:
        d.add("I have logged it on CPOMS and copied in ")
        d.add(*ref_name(rng, c))
        d.line(".")
    d.line()
    d.line(rng.choice(["Thanks,", "Many thanks", "Cheers", "Best wishes,", "Kind regards,"]))
    d.line(P(a.given if rng.random() < 0.6 else a.full))
    d.line()
    if rng.random() < 0.8:
        d.line(P(a.full) if rng.random() < 0.7 else P(a.full.upper()))
        d.line(rng.choice(STAFF_ROLES) + " | " + sc.name)
        d.line(S("ADDRESS", f"{sc.street}, {sc.town}"), " ", S("POSTCODE", sc.postcode))
        d.add("Tel: ", S("PHONE", sc.phone_fmt.format(rng.randint(0, 999))))
        d.line(rng.choice(["", " ext 214", " (option 2)"]))
        if rng.random() < 0.3:
            d.line("Pronouns: she/her  |  Working days: Mon–Thu")
    d.line()
    # quoted earlier message
    if rng.random() < 0.5:
        d.line("-----Original Message-----")
        d.add("From: ", P(b.full), " <", S("EMAIL", staff_email(b, sc, estyle)), ">")
        d.line()
        d.line(f"Sent: {event_date(rng, 1)} 15:02")
        d.line("To: ", P(a.full))
        d.line()
        q = ""
    else:
        d.add("On ", event_date(rng, 1), " at 15:02, ", P(b.full), " <",
              S("EMAIL", staff_email(b, sc, estyle)), "> wrote:")
        d.line()
        q = "> "
    d.add(q, "Hi ", P(a.given), ", ")
    d.add(P(ch.full) if rng.random() < 0.5 else P(ch.given))
    d.line(f" in {year}{rng.choice('ABCDRWK')} was late again today (4th time this half term).")
    d.add(q, "Dad said on the phone that ")
    d.add(P(fam.sib.given))
    d.line(" has been off too. Do we need to do an EWO referral?")
    d.line(q, "Thanks")
    d.line(q, P(b.given))
    return "staff_email", d


def t_parent_email(rng):
    sc = rng.choice(SCHOOLS)
    fam = Family(rng)
    par = fam.mum if rng.random() < 0.7 else fam.dad
    ch = fam.child
    teacher = new_person(rng)
    d = Doc()
    informal = rng.random() < 0.65
    low = informal and rng.random() < 0.6

    def nm(s):
        return s.lower() if low else s

    disp = par.full if rng.random() < 0.7 else (par.nick or par.given)
    d.line("From: ", P(nm(disp)), " <", S("EMAIL", parent_email(rng, par)), ">")
    d.line("To: ", S("EMAIL", "office@" + sc.domain))
    d.line(f"Date: {event_date(rng, 1)}")
    if informal:
        d.line("Subject: ", P(nm(ch.given)), rng.choice([" yr ", " year "]) + str(rng.randint(1, 11)))
        d.line()
        d.line(rng.choice(["hi", "Hiya", "hello", "Hi there"]))
        d.add(rng.choice(["its ", "it's ", "this is "]), P(nm(par.nick or par.given)), " ")
        d.add(P(nm(ch.given)))
        d.add(rng.choice(["s mum", "'s mum"] if par is fam.mum else ["s dad", "'s dad"]))
        d.add(rng.choice([", ", " - ", ". "]))
        d.add(rng.choice(["hes" if ch.gender == "m" else "shes", he(ch) + "'s", "they're"]),
              " not gonna be in today " + rng.choice(["was sick all nite", "has a temprature",
                                                       "got a hospital appointmnet"]))
        d.add(". ")
        d.add(rng.choice([his(ch) + " dad ", "my partner ", "their step dad "]), "(",
              P(nm(new_person(rng, gender="m").given)), ")")
        d.add(" will pick ", him(ch), " up tmrw at 3 not me. ")
        d.add("can u tell ", nm(teacher.title).lower() + " ", P(nm(teacher.sur)))
        d.add(rng.choice([f" {he(ch)} lost {his(ch)} jumper again lol", f" about the homework {he(ch)} couldnt log in",
                          " thanks for the phonecall"]))
        if rng.random() < 0.5:
            d.add(rng.choice([". ", " ", ", "]), P(nm(ch.nick or ch.given)), " is really upset about it")
        d.line()
        if rng.random() < 0.5:
            d.add("also ", P(nm(fam.sib.given)), " needs a new reading book, ")
            d.line(rng.choice(["she finished the Biff and Chip one", "he left his in nanas car"]))
        if rng.random() < 0.35:
            d.add("my new number is ", S("PHONE", mobile(rng)))
            d.line(" the old one is broke")
        if rng.random() < 0.2:
            d.add("pls take the £35 for the trip from my card ", S("CARD", card(rng)))
            d.line(" exp 09/28 as parentpay wont work")
        d.line(rng.choice(["ta", "thanks", "thank u", "Thanks x", "cheers"]))
        d.line(P(nm(par.nick or par.given)))
        if rng.random() < 0.5:
            d.line(S("PHONE", mobile(rng)))
        d.line()
        d.line(rng.choice(["Sent from my iPhone", "Sent from my Galaxy", "Get Outlook for Android",
                           "Sent from Yahoo Mail on Android"]))
    else:
        d.line(f"Subject: Complaint regarding {rng.choice(['detention', 'bullying', 'uniform'])} - ",
               P(ch.full), f" ({rng.randint(7, 11)}{rng.choice('ABC')})")
        d.line()
        d.line("Dear ", teacher.title, " ", P(teacher.sur), ",")
        d.line()
        d.add("I am writing about my ", "daughter" if ch.gender == "f" else "son", " ", P(ch.given))
        d.add(". On ", event_date(rng, 2), " ", P(ch.given), " was given a detention by ")
        t2 = new_person(rng)
        d.add(*ref_name(rng, t2, allow_first=False))
        d.add(" for something that ")
        bully = new_person(rng, adult=False)
        d.add(P(bully.full))
        d.add(" started. This is not the first time ")
        d.add(P(bully.given))
        d.line(" has targeted my child and I would like a meeting.")
        d.line()
        d.line(traps(rng)[0])
        d.line()
        d.add("I can be reached on ", S("PHONE", phone(rng, sc.city)))
        d.add(" or at home: ")
        d.line()
        d.line(*addr_block(rng, sc.city))
        d.line()
        d.line("Yours sincerely")
        d.line(P(par.full))
        d.line("(parent of ", P(ch.full), ")")
    return "parent_email", d


def letterhead(rng, d, sc, caps=False):
    d.line(sc.name.upper() if caps else sc.name)
    d.line(S("ADDRESS", f"{sc.street}\n{sc.town}"))
    d.line(S("POSTCODE", sc.postcode))
    d.add("Tel: ", S("PHONE", sc.phone_fmt.format(rng.randint(0, 999))))
    d.line("   Email: ", S("EMAIL", "office@" + sc.domain))
    head = new_person(rng)
    d.line("Headteacher: ", head.title + " ", P(head.full))
    d.line()


def t_letter(rng):
    sc = rng.choice(SCHOOLS)
    fam = Family(rng)
    ch = fam.child
    head = new_person(rng)
    d = Doc()
    letterhead(rng, d, sc, caps=rng.random() < 0.3)
    d.line(event_date(rng, 1))
    d.line()
    both = rng.random() < 0.4 and fam.mum.sur == fam.dad.sur
    caps = rng.random() < 0.2
    if both:
        d.line("Mr and Mrs ", P(fam.dad.sur.upper() if caps else fam.dad.sur))
    elif rng.random() < 0.3:
        d.line("To the parent/carer of ", P(ch.full))
    else:
        d.line(fam.mum.title + " ", P(fam.mum.full.upper() if caps else fam.mum.full))
    d.line(*addr_block(rng, sc.city, multiline=True, caps=caps))
    d.line()
    if both:
        d.line("Dear Mr and Mrs ", P(fam.dad.sur), ",")
    else:
        d.line("Dear ", fam.mum.title, " ", P(fam.mum.sur), ",")
    d.line()
    kind = rng.randrange(3)
    if kind == 0:
        d.line("Re: ", P(ch.full), f" – Attendance ({rng.randint(78, 89)}.{rng.randint(0, 9)}%)")
        d.line()
        d.add("I am writing because ", P(ch.given), "'s attendance has fallen below 90% this term. ")
        d.add("Our Attendance Officer, ", *ref_name(rng, new_person(rng), allow_first=False))
        d.line(", will contact you to arrange a meeting. " + traps(rng)[0])
    elif kind == 1:
        d.line("Re: Headteacher's Award – ", P(ch.full))
        d.line()
        d.add("I am delighted to tell you that ", P(ch.given))
        d.add(" has been nominated by ", *ref_name(rng, new_person(rng), allow_first=False))
        d.add(" for outstanding effort in ", rng.choice(["Art", "English", "Maths", "Drama"]))
        d.line(". " + traps(rng)[0])
    else:
        d.line("Re: Uniform and equipment – ", P(ch.full))
        d.line()
        d.add("I have noticed that ", P(ch.given), " has come to school without a blazer on several "
              "occasions. Please contact Reception if there are difficulties; ")
        d.line("support is available through the Uniform Exchange. " + traps(rng)[0])
    d.line()
    d.line("Yours sincerely,")
    d.line()
    d.line(P(head.full))
    d.line(rng.choice(["Headteacher", "Head of School", "Deputy Headteacher"]))
    return "letter", d


def t_chronology(rng):
    sc = rng.choice(SCHOOLS)
    fam = Family(rng)
    ch = fam.child
    dsl, tut, hoy = staff(rng, 3)
    sw = new_person(rng)
    step = new_person(rng, gender="m")
    d = Doc()
    d.line("SAFEGUARDING CHRONOLOGY – CONFIDENTIAL")
    d.add("Pupil: ", P(ch.full), "    DOB: ", S("DATE_OF_BIRTH", child_dob(rng)))
    d.line("    UPN: ", S("UPN", upn(rng, sc.la)))
    yr = rng.randint(7, 11)
    d.line(f"Year: {yr}    Form: {yr}{tut.initials()[:2]}")
    d.add("Key adults: Mum – ", P(fam.mum.full), "; Mum's partner – ", P(step.given))
    d.add("; Social worker – ", P(sw.full), " (Children's Services, ",
          S("PHONE", landline(rng, sc.city)), ")")
    d.line()
    introduced = rng.random() < 0.6
    if introduced:
        d.add("Staff: ", P(dsl.initials()), " = ", P(dsl.full), " (DSL); ", P(tut.initials()), " = ",
              P(tut.full), " (tutor); ", P(hoy.initials()), " = ", P(hoy.full), " (HoY)")
        d.line()
    d.line()
    d.line("Date\tTime\tConcern / action\tBy")
    events = [
        lambda: [P(ch.given), " arrived upset, said ", P(step.given),
                 " had shouted at Mum and thrown a plate. Body map not needed."],
        lambda: ["Phoned Mum (", P(fam.mum.given), ") – she said things are fine now and ",
                 P(step.given), " has moved out."],
        lambda: ["Referral to MASH. Spoke to ", P(sw.given), " (SW), strategy meeting set for Friday."],
        lambda: [P(ch.given), " disclosed to ", P(tut.given), " at break that ", P(fam.sib.given),
                 " is not eating at home."],
        lambda: ["Nan (", P(fam.nan.full), ") collected ", P(ch.given), "; no adult at home."],
        lambda: ["Uniform voucher given. ", P(ch.given), " says ", P(step.given), " is back."],
        lambda: ["Home visit with ", sw.title + " ", P(sw.sur),
                 " – no answer, note left."],
        lambda: ["Attendance 81%. Letter sent. " + rng.choice(traps(rng, 1))],
    ]
    for i, ev in enumerate(rng.sample(events, rng.randint(4, 7))):
        d.add(event_date(rng, 3), "\t", f"{rng.randint(8, 15):02d}:{rng.randint(0, 59):02d}", "\t")
        d.add(*ev())
        who = rng.choice([dsl, tut, hoy])
        d.line("\t", P(who.initials()))
    d.line()
    d.line("Reviewed by ", P(dsl.initials()), " on ", event_date(rng, 0))
    return "chronology", d


def t_behaviour_log(rng):
    sc = rng.choice(SCHOOLS)
    d = Doc()
    yr = rng.randint(7, 11)
    d.line(f"Behaviour log – Year {yr} – week beginning {event_date(rng, 1)}")
    tsv = rng.random() < 0.5
    sep = "\t" if tsv else " | "
    d.line(sep.join(["Date", "Pupil", "Incident", "Staff", "Points"]))
    incidents = [
        lambda o: ["Swearing at ", P(o.given), " in Maths"],
        lambda o: ["Refused to move seat, walked out of French"],
        lambda o: ["Fight on the yard with ", P(o.full)],
        lambda o: ["Phone out in Art (Samsung Galaxy) – confiscated"],
        lambda o: ["Pushed ", P(o.given), " on the stairs"],
        lambda o: ["Excellent help with Year 7 reading – Hope Club"],
        lambda o: ["Late to lesson x3"],
        lambda o: ["Graffiti in C block toilets, admitted with ", P(o.given)],
    ]
    for _ in range(rng.randint(6, 11)):
        p = new_person(rng, adult=False)
        o = new_person(rng, adult=False)
        s = new_person(rng)
        d.add(event_date(rng, 3)[:5], sep)
        if rng.random() < 0.3:
            d.add(P(p.sur.upper()), ", ", P(p.given))
        else:
            d.add(P(p.full))
        d.add(sep, *rng.choice(incidents)(o), sep)
        if rng.random() < 0.5:
            d.add(s.title + " ", P(s.sur))
        else:
            d.add(P(s.initials()))
        d.line(sep, str(rng.choice([-1, -2, -3, 1, 2])))
    d.line()
    d.line("Staff codes are on the Arbor key. " + traps(rng)[0])
    return "behaviour_log", d


def t_minutes(rng):
    sc = rng.choice(SCHOOLS)
    d = Doc()
    members = staff(rng, rng.randint(4, 6))
    kind = rng.choice(["Pastoral Team Meeting", "SEND Panel", "Full Governing Board",
                       "Safeguarding Review Meeting"])
    d.line(sc.name.upper())
    d.line(f"Minutes of the {kind} – {event_date(rng, 1)}")
    d.line()
    d.add("Present: ")
    for i, m in enumerate(members[:-1]):
        if i:
            d.add(", ")
        d.add(P(m.full), " (", P(m.initials()))
        if i == 0:
            d.add(", Chair")
        d.add(")")
    d.line()
    ap = members[-1]
    d.line("Apologies: ", P(ap.full), " (EP)")
    d.line("Clerk: ", P(new_person(rng).full))
    d.line()
    d.line("1. Matters arising")
    a, b = members[0], members[1]
    d.line(P(a.initials()), " welcomed everyone. Actions from last meeting complete except the "
           "Provision Map (", P(b.initials()), ").")
    d.line()
    d.line("2. Pupils of concern")
    for j in range(rng.randint(2, 4)):
        fam = Family(rng)
        m = rng.choice(members[:-1])
        d.add(f"2.{j + 1} ", P(fam.child.full), f" (Y{rng.randint(7, 11)}) – ", P(m.initials()))
        d.add(rng.choice([" said ", " reported that ", " noted "]), P(fam.child.given))
        d.add(rng.choice([" has had three fixed-term suspensions. ",
                          " is now on a reduced timetable. ", "'s attendance is 74%. "]))
        d.add("Mum (", P(fam.mum.given), ") ", rng.choice(["is", "is not"]),
              " engaging. ")
        if rng.random() < 0.5:
            d.add("Agreed: refer to ", rng.choice(["Early Help", "CAMHS", "the EP"]), ". ")
        d.line()
    d.line()
    d.line("3. AOB")
    d.line(traps(rng)[0] + " " + traps(rng)[0])
    d.line()
    d.line("Actions")
    for _ in range(rng.randint(2, 4)):
        m = rng.choice(members[:-1])
        d.line(f"- {rng.choice(['Call home', 'Update SEN register', 'Book room', 'Chase CAMHS'])}"
               f" – ", P(m.initials()), f" – by {event_date(rng, 3)[:5]}")
    d.line()
    d.line("Signed (Chair): ", P(a.initials()))
    return "minutes", d


def t_sen_review(rng):
    sc = rng.choice(SCHOOLS)
    fam = Family(rng)
    ch = fam.child
    senco, ep, ta = staff(rng, 3)
    d = Doc()
    d.line(rng.choice(["SEN Support Plan – Annual Review", "EHCP ANNUAL REVIEW", "Pupil Passport"]))
    d.line()
    d.add("Name: ", P(ch.full), "\tDate of birth: ", S("DATE_OF_BIRTH", child_dob(rng)))
    d.line()
    if rng.random() < 0.6:
        d.line("NHS number: ", S("NHS_NUMBER", nhs_number(rng)), "\tUPN: ", S("UPN", upn(rng, sc.la)))
    d.line(f"Year: {rng.randint(1, 11)}\tClass: {rng.choice(['Hazel', 'Rowan', 'Willow', 'Grace', 'Hope'])}")
    d.line("Primary need: ", rng.choice(["SEMH", "ASD", "SLCN", "SpLD (dyslexia)", "MLD"]))
    d.line()
    d.line("Attendees")
    d.line("- ", P(ch.given), " (pupil, for the first part)")
    d.line("- ", fam.mum.title + " ", P(fam.mum.sur), " (mum)")
    d.line("- ", P(senco.full), " (SENCo)")
    d.line("- ", ep.title + " ", P(ep.full), " (Educational Psychologist, Inclusion Service)")
    d.line("- ", P(ta.given), " (1:1 TA)")
    d.line()
    d.line(rng.choice(HEADINGS))
    d.add("Pupil voice: \"I like ", rng.choice(["Art", "PE", "Lego club", "Maths"]),
          " and playing with ", P(new_person(rng, adult=False).given), ". I don't like it when ")
    d.line(P(new_person(rng, adult=False).given), " shouts.\"")
    d.add("Parent view: ", P(fam.mum.given if rng.random() < 0.5 else fam.mum.sur))
    d.line(" feels ", P(ch.given), " is more settled since moving to the Rowan group.")
    d.add(P(ep.sur), " recommended a sensory circuit each morning; ", P(ta.given))
    d.line(" will run it with ", P(ch.given), ".")
    d.line(traps(rng)[0])
    d.line()
    d.line("Signed: ", P(senco.full), "   Date: ", event_date(rng, 0))
    return "sen_review", d


def t_exclusion(rng):
    sc = rng.choice(SCHOOLS)
    fam = Family(rng)
    ch = fam.child
    head = new_person(rng)
    clerk = new_person(rng)
    victim = new_person(rng, adult=False)
    d = Doc()
    letterhead(rng, d, sc)
    d.line("PRIVATE AND CONFIDENTIAL")
    par = fam.mum if rng.random() < 0.6 else fam.dad
    d.line(par.title + " ", P(par.full))
    d.line(*addr_block(rng, sc.city, multiline=True))
    d.line()
    d.line(event_date(rng, 1))
    d.line()
    d.line("Dear ", par.title, " ", P(par.sur), ",")
    d.line()
    d.add("Suspension of ", P(ch.full), " (date of birth ", S("DATE_OF_BIRTH", child_dob(rng)), ")")
    d.line()
    d.line()
    days = rng.randint(1, 5)
    d.add(f"I am writing to tell you that I have decided to suspend ", P(ch.given))
    d.add(f" for {days} school day{'s' if days > 1 else ''}. This follows an incident on ",
          event_date(rng, 2), " when ", P(ch.given), " assaulted another pupil")
    if rng.random() < 0.4:
        d.add(" (", P(victim.given), ")")
    d.line(" in the Science corridor.")
    d.line()
    d.line("You have the right to make representations to the governing board. Please write to the "
           "Clerk to the Governors, ", P(clerk.full), ", at ", S("EMAIL", staff_email(clerk, sc, 0)),
           ".")
    d.line("Free, independent advice is available from Coram Children's Legal Centre and ACE "
           "Education Advice.")
    d.line()
    d.line("Yours sincerely,")
    d.line(P(head.full))
    d.line("Headteacher")
    if rng.random() < 0.5:
        sw = new_person(rng)
        d.line("cc: ", P(sw.full), ", Social Worker; Local Authority Exclusions Officer")
    return "exclusion_letter", d


HOUSES = ["Seacole", "Turing", "Brontë", "Darwin", "Lovelace", "Attenborough", "Grace Darling",
          "Pankhurst", "Tudor"]


def t_class_list(rng):
    sc = rng.choice(SCHOOLS)
    tutor = new_person(rng)
    d = Doc()
    fyear = rng.randint(7, 11)
    form = f"{fyear}{tutor.initials()[:2]}"
    d.line(f"CLASS LIST – {form} – 2025/26")
    d.line("Tutor: ", tutor.title + " ", P(tutor.given[0] + " " + tutor.sur))
    caps = rng.random() < 0.5
    with_upn = rng.random() < 0.5
    cols = ["SURNAME", "FORENAME", "DOB"] + (["UPN"] if with_upn else []) + ["HOUSE", "NOTES"]
    widths = [18, 16, 12, 15, 15]
    def row(cells):
        for i, cell in enumerate(cells):
            text = cell if isinstance(cell, str) else cell[1]
            d.add(cell)
            if i < len(cells) - 1:
                pad = max(2, widths[min(i, 4)] - len(text))
                d.add(" " * pad)
        d.line()
    row(cols)
    for _ in range(rng.randint(10, 18)):
        p = new_person(rng, adult=False)
        sur = p.sur.upper() if caps else p.sur
        given = p.given.upper() if caps and rng.random() < 0.5 else p.given
        bm = rng.randint(1, 12)
        by = 2025 - fyear - (5 if bm >= 9 else 4)
        born = f"{rng.randint(1, 28):02d}/{bm:02d}/{by}"
        cells = [P(sur), P(given), S("DATE_OF_BIRTH", born)]
        if with_upn:
            cells.append(S("UPN", upn(rng, sc.la)))
        cells.append(rng.choice(HOUSES).upper() if caps else rng.choice(HOUSES))
        cells.append(rng.choice(["", "EAL", "PP", "SEN K", "Young carer", "Med - see plan",
                                 "EHCP", "FSM", "Summer born", "New from Poland"]) or "-")
        row(cells)
    d.line()
    d.line("Key: PP = Pupil Premium, K = SEN Support, EAL = English as an additional language")
    return "class_list", d


def t_trip_consent(rng):
    sc = rng.choice(SCHOOLS)
    fam = Family(rng)
    ch = fam.child
    gp = new_person(rng)
    d = Doc()
    d.line("EDUCATIONAL VISIT CONSENT FORM")
    d.line(sc.name)
    d.line("Visit: ", rng.choice(["Year 6 residential – Robinwood, Todmorden",
                                  "Year 8 trip to Chester Zoo", "Year 10 Geography fieldwork, Malham",
                                  "Year 4 visit to Eureka! Halifax"]))
    d.line(f"Date(s): {event_date(rng, 1)}")
    d.line()
    d.line("Pupil name: ", P(ch.full), f"        Class: {rng.choice(['6B', '6W', '8RT', '10X'])}")
    d.line(rng.choice(["Date of birth: ", "DOB: ", "D.O.B. "]), S("DATE_OF_BIRTH", child_dob(rng)))
    d.line("Medical conditions / allergies: ", rng.choice(["Asthma (mild)", "Nut allergy – EpiPen",
                                                           "None", "Eczema", "Type 1 diabetes"]))
    d.line("Medication: ", rng.choice(["Salbutamol inhaler", "Piriton", "None", "Insulin pen"]))
    d.add("GP: Dr ", P(gp.full), ", ", rng.choice(["Hope Street Surgery", "The Grange Medical Centre",
                                                   "Dr Ahmed & Partners", "Church Walk Practice"]))
    d.line()
    if rng.random() < 0.7:
        d.line("NHS number: ", S("NHS_NUMBER", nhs_number(rng)))
    d.line()
    d.line("Emergency contact 1: ", P(fam.mum.full), " (Mum)   Tel: ", S("PHONE", mobile(rng)))
    if rng.random() < 0.7:
        d.line("Emergency contact 2: ", P(fam.nan.full), " (Nan)   Tel: ",
               S("PHONE", landline(rng, sc.city)))
    d.line("Home address: ", *addr_block(rng, sc.city, multiline=False))
    d.line()
    d.line("I give permission for my child to take part in the visit and to receive emergency "
           "treatment if needed.")
    d.line("Signed: ", P(fam.mum.full if rng.random() < 0.5 else fam.mum.given[0] + " " + fam.mum.sur),
           "     Relationship: Mother     Date: ", event_date(rng, 0))
    d.line()
    d.line("Office use: paid £", f"{rng.randint(10, 260)}.00 – receipt ", str(rng.randint(10000, 99999)))
    return "trip_consent", d


def t_medical(rng):
    sc = rng.choice(SCHOOLS)
    if rng.random() < 0.5:
        fam = Family(rng)
        ch = fam.child
        nurse = new_person(rng, gender="f")
        gp = new_person(rng)
        d = Doc()
        d.line("INDIVIDUAL HEALTHCARE PLAN")
        d.line("Child's name: ", P(ch.full))
        d.line("Date of birth: ", S("DATE_OF_BIRTH", child_dob(rng)))
        d.line("NHS No: ", S("NHS_NUMBER", nhs_number(rng)))
        d.line("Condition: ", rng.choice(["Type 1 diabetes", "Epilepsy", "Severe asthma",
                                          "Anaphylaxis (peanut)"]))
        d.line()
        d.line("Family contact 1: ", P(fam.mum.full), " – ", S("PHONE", mobile(rng)))
        d.line("Family contact 2: ", P(fam.dad.full), " – ", S("PHONE", mobile(rng)))
        d.line("Specialist nurse: ", P(nurse.full), ", Children's Hospital – ",
               S("PHONE", landline(rng, sc.city)))
        d.line("GP: Dr ", P(gp.sur), ", Florence Avenue Surgery")
        d.line()
        d.line("Daily care: blood glucose check before lunch with ", P(new_person(rng).given),
               " (TA). If hypo, give Lucozade and call Mum.")
        d.line("Plan agreed by ", P(fam.mum.given), " and ", P(nurse.sur), ". Review in September.")
        return "medical_plan", d
    d = Doc()
    d.line("FIRST AID LOG – ", sc.name)
    d.line("Time\tName\tClass\tInjury / treatment\tFirst aider")
    for _ in range(rng.randint(6, 10)):
        p = new_person(rng, adult=False)
        s = new_person(rng)
        d.add(f"{rng.randint(8, 15):02d}:{rng.randint(0, 59):02d}\t", P(p.full), "\t",
              rng.choice(["3B", "4W", "R1", "5S", "6H", "2L"]), "\t")
        d.add(rng.choice(["bumped head on climbing frame – cold compress – head bump letter",
                          "graze to knee – cleaned, plaster", "nosebleed – resolved",
                          "stung by wasp – ice pack, Mum informed", "asthma – 2 puffs Ventolin"]))
        d.line("\t", P(s.given[0] + ". " + s.sur) if rng.random() < 0.5 else P(s.initials()))
    d.line()
    d.line("Please restock the Grace Darling first aid box. " + traps(rng)[0])
    return "first_aid_log", d


def t_tsv_export(rng):
    sc = rng.choice(SCHOOLS)
    d = Doc()
    kind = rng.randrange(2)
    if kind == 0:
        cols = ["UPN", "Legal Surname", "Legal Forename", "Preferred Name", "DOB", "Year",
                "Contact 1", "Relationship", "Mobile", "Email"]
        d.line("\t".join(cols))
        for _ in range(rng.randint(8, 14)):
            fam = Family(rng)
            c = fam.child
            par = fam.mum if rng.random() < 0.7 else fam.dad
            d.add(S("UPN", upn(rng, sc.la)), "\t", P(c.sur), "\t", P(c.given), "\t")
            if c.nick:
                d.add(P(c.nick))
            d.add("\t", S("DATE_OF_BIRTH", f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2010, 2019)}"),
                  "\t", str(rng.randint(1, 11)), "\t")
            d.add(P(par.full), "\t", "Mother" if par is fam.mum else "Father", "\t",
                  S("PHONE", mobile(rng)), "\t", S("EMAIL", parent_email(rng, par)))
            d.line()
    else:
        d.line("\t".join(["Pupil", "Reg", "Trip", "Amount", "Paid", "Payer", "Notes"]))
        for _ in range(rng.randint(8, 14)):
            fam = Family(rng)
            c = fam.child
            par = fam.mum if rng.random() < 0.7 else fam.dad
            d.add(P(c.sur), ", ", P(c.given), "\t")
            d.add(rng.choice(["6B", "6W", "5S"]), "\tRobinwood\t£", f"{rng.randint(50, 250)}.00\t",
                  rng.choice(["Y", "N", "part"]), "\t", P(par.full), "\t")
            d.line(rng.choice(["", "card ending 4421", "hardship fund", "instalments", "sibling discount",
                               "Bill payer changed"]))
    return "spreadsheet_export", d


def t_hr_form(rng):
    sc = rng.choice(SCHOOLS)
    p = new_person(rng)
    kin = new_person(rng)
    d = Doc()
    d.line("NEW STARTER FORM – SUPPORT STAFF")
    d.line("Surname: ", P(p.sur.upper()), "    Forename(s): ", P(p.given.upper()))
    d.line("Title: ", p.title)
    d.line("Date of birth: ", S("DATE_OF_BIRTH", adult_dob(rng)))
    d.line("NI number: ", S("NI_NUMBER", ni_number(rng)))
    d.line("Home address: ", *addr_block(rng, sc.city, multiline=False))
    d.line("Mobile: ", S("PHONE", mobile(rng)), "   Personal email: ", S("EMAIL", parent_email(rng, p)))
    d.line("Post: ", rng.choice(["Teaching Assistant", "Midday Supervisor", "Cover Supervisor",
                                 "Site Assistant"]), " – start date ", event_date(rng, 1))
    d.line()
    d.line("BANK DETAILS")
    d.line("Account name: ", P(p.given[0] + " " + p.sur))
    d.line("Sort code: ", S("BANK", sort_code(rng)), "    Account number: ", S("BANK", account(rng)))
    d.line()
    d.line("Next of kin: ", P(kin.full), " (", rng.choice(["husband", "wife", "partner", "mother"]),
           ")  Tel: ", S("PHONE", phone(rng, sc.city)))
    if rng.random() < 0.7:
        d.line("Car registration (for parking permit): ", S("VEHICLE", vehicle(rng)))
    d.line("DBS certificate no: 00", str(rng.randint(1000000000, 9999999999)), " (enhanced)")
    d.line()
    d.line("Checked by: ", P(new_person(rng).initials()), "  HR, ", event_date(rng, 0))
    return "hr_form", d


def t_it_log(rng):
    sc = rng.choice(SCHOOLS)
    d = Doc()
    d.line("Web filtering alerts – ", sc.name, " – export")
    d.line("Time, User, Device IP, Category, URL")
    for _ in range(rng.randint(5, 9)):
        p = new_person(rng, adult=False)
        user = f"{rng.randint(18, 25)}{fold(p.sur)[:6]}{fold(p.given)[0]}"
        d.add(f"{event_date(rng, 0)} {rng.randint(8, 15):02d}:{rng.randint(0, 59):02d}, ")
        d.add(user, " (", P(p.full), "), ", S("IP", ip_addr(rng)), ", ")
        d.line(rng.choice(["Gambling", "Self-harm", "Proxy/VPN", "Violence", "Adult"]),
               ", ", rng.choice(["bet.example.com", "proxy.example.net", "forum.example.org"]))
    dsl = new_person(rng)
    d.line()
    d.line("Reviewed by ", P(dsl.full), " (DSL). Self-harm alerts passed to Pastoral. "
           "Server: ", S("IP", ip_addr(rng)))
    return "it_log", d


def t_exams(rng):
    sc = rng.choice(SCHOOLS)
    d = Doc()
    d.line(f"Exam entries – centre {rng.randint(10000, 99999)} – {rng.choice(['GCSE', 'BTEC', 'A level'])} Summer 2026")
    d.line("Cand no | Surname, Forename | UPN | ULN | Subjects | Access arrangements")
    for i in range(rng.randint(6, 10)):
        p = new_person(rng, adult=False)
        d.add(f"{rng.randint(1000, 9999)} | ", P(p.sur), ", ", P(p.given), " | ", S("UPN", upn(rng, sc.la)),
              " | ", S("ULN", uln(rng)), " | ")
        d.line(rng.choice(["Maths, English Lang, English Lit, Polish", "Art, Drama, History",
                           "Combined Science, Computer Science, French"]), " | ",
               rng.choice(["25% extra time", "reader", "-", "rest breaks", "-"]))
    d.line()
    d.line("Exams Officer: ", P(new_person(rng).full), ". " + traps(rng)[0])
    return "exam_entries", d


def t_newsletter(rng):
    sc = rng.choice(SCHOOLS)
    d = Doc()
    d.line(sc.name.upper(), " – NEWSLETTER")
    d.line(f"{rng.choice(MONTHS)} 2026")
    d.line()
    for s in traps(rng, 6):
        d.line(s)
    d.line()
    for _ in range(rng.randint(2, 4)):
        p = new_person(rng, adult=False)
        d.line("Congratulations to ", P(p.given), " in ",
               rng.choice(["5W", "6B", "Year 3", "Rowan class"]),
               " for ", rng.choice(["reaching 100 books on Accelerated Reader",
                                     "winning the Chess Club tournament",
                                     "her Grade 3 piano", "his Young Voices solo"]), ".")
    head = new_person(rng)
    d.line()
    d.line(rng.choice(HEADINGS))
    d.line(traps(rng)[0])
    d.line("With best wishes,")
    d.line(P(head.full))
    return "newsletter", d


def t_referral(rng):
    """Early help / MASH referral form, with several people and all their details."""
    sc = rng.choice(SCHOOLS)
    fam = Family(rng)
    ch = fam.child
    ref = new_person(rng)
    d = Doc()
    d.line("MULTI-AGENCY REFERRAL FORM")
    d.line("REASON FOR REFERRAL: ", rng.choice(["Neglect", "Domestic abuse", "Emotional harm"]))
    d.line()
    d.line("CHILD")
    d.line("Surname: ", P(ch.sur), "\tFirst name(s): ", P(ch.given))
    d.line("Also known as: ", P(ch.nick) if ch.nick else "-")
    d.line("DOB: ", S("DATE_OF_BIRTH", child_dob(rng)), "\tGender: ", "F" if ch.gender == "f" else "M")
    d.line("Address: ", *addr_block(rng, sc.city, multiline=False))
    d.line("School: ", sc.name, "\tUPN: ", S("UPN", upn(rng, sc.la)))
    d.line("NHS number: ", S("NHS_NUMBER", nhs_number(rng)))
    d.line()
    d.line("PARENTS / CARERS")
    d.line("1. ", P(fam.mum.full), " (mother) DOB ", S("DATE_OF_BIRTH", adult_dob(rng)),
           " tel ", S("PHONE", mobile(rng)))
    d.line("2. ", P(fam.dad.full), " (father, does not live at the address)")
    d.line("Siblings: ", P(fam.sib.full), f" (age {rng.randint(2, 15)})")
    d.line()
    d.line("Details of concern")
    d.add(P(ch.given), " told ", P(ref.given), " that ", P(fam.dad.given), " came to the house on ")
    d.add(rng.choice(DAYS), " night and there was shouting. ", P(ch.given))
    d.line(" has been wearing the same uniform all week and is hungry at breakfast club.")
    d.line(traps(rng)[0])
    d.line()
    d.line("Referrer: ", P(ref.full), ", ", rng.choice(STAFF_ROLES), ", ", S("PHONE", landline(rng, sc.city)),
           ", ", S("EMAIL", staff_email(ref, sc, rng.randrange(4))))
    d.line("Parent aware of referral: ", rng.choice(["Yes", "No – would place child at risk"]))
    return "referral", d


def t_handwritten(rng):
    """Transcribed phone message / note with abbreviations and lower case."""
    sc = rng.choice(SCHOOLS)
    fam = Family(rng)
    ch = fam.child
    taker = new_person(rng)
    to = new_person(rng)
    d = Doc()
    d.line("PHONE MESSAGE")
    d.line("For: ", to.title + " ", P(to.sur), "    Taken by: ", P(taker.given))
    d.line(f"Date: {event_date(rng, 3)}   Time: {rng.randint(8, 15)}.{rng.randint(10, 59)}")
    d.line("Caller: ", P(fam.mum.given.lower() if rng.random() < 0.3 else fam.mum.full), " (",
           rng.choice(["mum of ", "Mum – "]), P(ch.given), f" {rng.randint(1, 6)}{rng.choice('BWS')})")
    d.line("Number: ", S("PHONE", mobile(rng)))
    if rng.random() < 0.5:
        d.line("Wants to pay the £", str(rng.randint(5, 60)), " for the trip over the phone – card no ",
               S("CARD", card(rng)), " exp ", f"{rng.randint(1, 12):02d}/{rng.randint(26, 30)}",
               " (shred this slip after)")
    d.add("Msg: ", rng.choice(["pls ring back re ", "wants to talk abt "]),
          rng.choice(["the incident w/ ", "falling out with "]), P(new_person(rng, adult=False).given))
    d.add(" at lunch. says ", P(ch.given), " wont come in tmrw unless sorted. ")
    d.line(rng.choice(["Will be in til 5.", "Not avail Weds.", "Hope to hear back today."]))
    d.line("Returned call? Y / N   by ", P(to.initials()))
    return "phone_message", d


def t_fsm_application(rng):
    sc = rng.choice(SCHOOLS)
    fam = Family(rng)
    par = fam.mum if rng.random() < 0.75 else fam.dad
    partner = fam.dad if par is fam.mum else fam.mum
    d = Doc()
    d.line("FREE SCHOOL MEALS AND PUPIL PREMIUM – APPLICATION")
    d.line()
    d.line("Section 1: Parent or carer")
    d.line("Full name: ", P(par.full.upper() if rng.random() < 0.4 else par.full))
    d.line("Date of birth: ", S("DATE_OF_BIRTH", adult_dob(rng)))
    d.line("National Insurance number: ", S("NI_NUMBER", ni_number(rng)))
    d.line("Address: ")
    d.line(*addr_block(rng, sc.city, multiline=True))
    d.line("Telephone: ", S("PHONE", phone(rng, sc.city)))
    d.line("Email: ", S("EMAIL", parent_email(rng, par)))
    d.line()
    if rng.random() < 0.6:
        d.line("Section 2: Partner (if living with you)")
        d.line("Name: ", P(partner.full), "   NI number: ", S("NI_NUMBER", ni_number(rng)))
        d.line()
    d.line("Section 3: Children at ", sc.name)
    d.line("Name\tDate of birth\tYear")
    for kid in (fam.child, fam.sib):
        d.line(P(kid.full), "\t", S("DATE_OF_BIRTH", child_dob(rng)), "\t", str(rng.randint(1, 11)))
    d.line()
    d.line("Benefits: ", rng.choice(["Universal Credit", "Income Support",
                                     "Child Tax Credit (income under £16,190)"]))
    d.line("Declaration: I confirm the information is correct.  Signed: ", P(par.given[0] + ". " + par.sur))
    d.line("Office use – checked on the Eligibility Checking System by ", P(new_person(rng).initials()),
           ", ref ECS-", str(rng.randint(100000, 999999)))
    return "fsm_application", d


def t_finance(rng):
    sc = rng.choice(SCHOOLS)
    fam = Family(rng)
    par = fam.mum if rng.random() < 0.6 else fam.dad
    bursar = new_person(rng)
    d = Doc()
    letterhead(rng, d, sc)
    d.line(event_date(rng, 1))
    d.line()
    d.line(par.title + " ", P(par.full))
    d.line(*addr_block(rng, sc.city))
    d.line()
    d.line("Dear ", par.title + " ", P(par.sur), ",")
    d.line()
    k = rng.choice([0, 1, 1, 2])
    if k == 0:
        d.add("Re: Refund for ", P(fam.child.full), " – cancelled Year 8 trip to Chester Zoo")
        d.line()
        d.line()
        d.line("We will refund £42.00 to the account you gave us:")
        d.line("Account name: ", P(par.given[0] + " " + par.sur), "   Sort code: ", S("BANK", sort_code(rng)),
               "   Account no: ", S("BANK", account(rng)))
    elif k == 1:
        d.line("Re: Declined payment – school lunches for ", P(fam.child.given))
        d.line()
        d.add("Your payment of £87.50 from card ", S("CARD", card(rng)))
        d.line(" was declined by your bank on ", event_date(rng, 1), ". Please pay through ParentPay; "
               "we cannot keep card numbers on file (card ending ", str(rng.randint(1000, 9999)),
               " has been deleted from our records).")
    else:
        d.line("Re: Instrumental lessons – ", P(fam.child.full), " and ", P(fam.sib.full))
        d.line()
        d.line("Thank you for setting up the standing order. Our records show:")
        d.line("Payer: ", P(par.full), "   Sort code ", S("BANK", sort_code(rng)), "   Account ",
               S("BANK", account(rng)))
        d.line("Amount: £30.00 monthly. Bill payer reference: ", f"INS-{rng.randint(1000, 9999)}")
    d.line(traps(rng)[0])
    d.line()
    d.line("Yours sincerely,")
    d.line(P(bursar.full))
    d.line("School Business Manager")
    return "finance_letter", d


def t_site_log(rng):
    sc = rng.choice(SCHOOLS)
    d = Doc()
    keeper = new_person(rng)
    d.line("SITE LOG – ", sc.name, " – week ", str(rng.randint(1, 38)))
    d.line("Kept by: ", P(keeper.full), " (Site Manager)")
    d.line()
    for _ in range(rng.randint(5, 8)):
        p = new_person(rng)
        dt = event_date(rng, 3)
        k = rng.randrange(4)
        if k == 0:
            d.line(dt, " 08:40 – car ", S("VEHICLE", vehicle(rng)), " parked across the disabled bay, "
                   "owner ", P(p.full), " (parent) asked to move.")
        elif k == 1:
            d.line(dt, " 15:20 – ", rng.choice(["silver Ford Fiesta", "white Transit van", "black Vauxhall Corsa"]),
                   " ", S("VEHICLE", vehicle(rng)), " idling on the zigzags again. Reported to PCSO ",
                   P(p.sur), ".")
        elif k == 2:
            d.line(dt, " 07:55 – contractor ", P(p.full), " (Baker & Sons Roofing) signed in, van ",
                   S("VEHICLE", vehicle(rng)), ".")
        else:
            d.line(dt, " 12:10 – ", rng.choice(["Boiler engineer", "Window cleaner"]), " ",
                   P(p.given), " on site. " + traps(rng)[0])
    d.line()
    d.line("Keys returned to ", P(new_person(rng).initials()), ".")
    return "site_log", d


TEMPLATES = [
    (t_staff_email, 9), (t_parent_email, 9), (t_letter, 6), (t_chronology, 5),
    (t_behaviour_log, 5), (t_minutes, 6), (t_sen_review, 5), (t_exclusion, 5),
    (t_class_list, 5), (t_trip_consent, 6), (t_medical, 6), (t_tsv_export, 5), (t_hr_form, 5),
    (t_it_log, 3), (t_exams, 4), (t_newsletter, 3), (t_referral, 5), (t_handwritten, 4),
    (t_fsm_application, 5), (t_finance, 6), (t_site_log, 3),
]
OCR_KINDS = {"trip_consent", "fsm_application", "finance_letter", "letter", "medical_plan", "hr_form", "referral", "phone_message",
             "sen_review", "exclusion_letter", "class_list", "first_aid_log"}
N_OCR = 16


def build(rng):
    plan = []
    for fn, n in TEMPLATES:
        plan += [fn] * n
    rng.shuffle(plan)
    docs = []
    for fn in plan:
        kind, d = fn(rng)
        docs.append((kind, d.parts))
    # OCR copies of scanned kinds
    cands = [i for i, (k, _) in enumerate(docs) if k in OCR_KINDS]
    chosen = sorted(rng.sample(cands, N_OCR))
    ocr = []
    for i in chosen:
        kind, parts = docs[i]
        ocr.append((kind, ocr_noise(parts, rng, rng.choice([0.02, 0.03, 0.04])), i))
    return docs, ocr


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    rng = random.Random(SEED)
    docs, ocr = build(rng)
    docdir = os.path.join(args.out, "docs")
    os.makedirs(docdir, exist_ok=True)
    for f in os.listdir(docdir):
        if f.endswith(".txt"):
            os.remove(os.path.join(docdir, f))
    records = []
    counts = collections.Counter()
    kinds = collections.Counter()
    n = 0
    for kind, parts in docs:
        n += 1
        name = f"docs/k{n:03d}.txt"
        text, spans = render(parts)
        with open(os.path.join(args.out, name), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        records.append({"file": name, "kind": kind, "ocr": False, "spans": spans})
        kinds[(kind, False)] += 1
        for s in spans:
            counts[(s["category"], False)] += 1
    for kind, parts, src in ocr:
        n += 1
        name = f"docs/k{n:03d}.txt"
        text, spans = render(parts)
        with open(os.path.join(args.out, name), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        records.append({"file": name, "kind": kind, "ocr": True,
                        "source": f"docs/k{src + 1:03d}.txt", "spans": spans})
        kinds[(kind, True)] += 1
        for s in spans:
            counts[(s["category"], True)] += 1
    with open(os.path.join(args.out, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # tables for the README
    print("| kind | documents | OCR copies |")
    print("| --- | ---: | ---: |")
    for k in sorted({k for k, _ in kinds}, key=lambda k: (-kinds[(k, False)], k)):
        print(f"| {k} | {kinds[(k, False)]} | {kinds[(k, True)]} |")
    print()
    print(f"| category | clean ({len(docs)} docs) | OCR copies ({len(ocr)}) | total |")
    print("| --- | ---: | ---: | ---: |")
    cats = sorted({c for c, _ in counts}, key=lambda c: -(counts[(c, False)] + counts[(c, True)]))
    tc = to = 0
    for c in cats:
        a, b = counts[(c, False)], counts[(c, True)]
        tc += a
        to += b
        print(f"| {c} | {a} | {b} | {a + b} |")
    print(f"| all | {tc} | {to} | {tc + to} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
