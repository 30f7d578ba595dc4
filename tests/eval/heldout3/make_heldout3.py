#!/usr/bin/env python3
"""Third held-out detection set for dsar (tests/eval/heldout3).

Written before reading the detector's rules in detail (see README.md), to measure the recall work
of issue 6 (OCR-damaged identifiers, tables with date-of-birth columns, "Surname, Forename" cells,
particle surnames, lower-case names in emails) without spending the earlier held-out sets.

Writes docs/*.txt and labels.jsonl in the format of tests/eval/README.md. Every document is built
from text pieces and labelled slots, so the byte offsets are exact by construction. Standard
library only, fixed seed: running it twice writes identical files.

    python3 tests/eval/heldout3/make_heldout3.py [--out DIR]

Everything is invented: people, schools, addresses and numbers. Phones come from Ofcom's drama
ranges, email domains are reserved example domains, identifiers are random numbers with valid
check characters.
"""

import argparse
import collections
import json
import os
import random

SEED = 3032026


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
    out, spans, pos = [], [], 0
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
    return full, spans


# --- OCR noise: every character keeps the label of the span it came from. -------------------

SUBS = {"0": "O", "O": "0", "1": "l", "l": "1", "I": "l", "5": "S", "S": "5", "8": "B",
        "B": "8", "2": "Z", "6": "b", "e": "c", "m": "rn", ",": ".", "-": "–", "/": "l"}


def ocr_noise(parts, rng, rate):
    chars = []
    sid = 0
    cats = {}
    for text, cat in parts:
        lab = 0
        if cat:
            sid += 1
            cats[sid] = cat
            lab = sid
        for ch in text:
            chars.append((ch, lab))
    out = []
    for i, (ch, lab) in enumerate(chars):
        r = rng.random()
        if ch in SUBS and r < rate:
            for c in SUBS[ch]:
                out.append((c, lab))
        elif ch == " " and r < rate * 0.6:
            continue  # space lost
        elif ch == " " and r < rate * 1.0:
            out.append((" ", lab))
            out.append((" ", lab))
        elif ch.isalnum() and r < rate * 0.15 and i + 1 < len(chars) and chars[i + 1][0].isalnum() \
                and chars[i + 1][1] == lab:
            out.append((ch, lab))
            out.append((" ", lab))  # space inserted inside a word or number
        else:
            out.append((ch, lab))
    # Back to parts: runs of one label; strip spaces at the edges of labelled runs.
    parts2 = []
    i = 0
    while i < len(out):
        lab = out[i][1]
        j = i
        while j < len(out) and out[j][1] == lab:
            j += 1
        text = "".join(c for c, _ in out[i:j])
        if lab:
            core = text.strip()
            lead = text[:len(text) - len(text.lstrip())]
            trail = text[len(text.rstrip()):]
            if lead:
                parts2.append((lead, None))
            if core:
                parts2.append((core, cats[lab]))
            if trail:
                parts2.append((trail, None))
        else:
            parts2.append((text, None))
        i = j
    return parts2


# --- Invented people ------------------------------------------------------------------------

GIVEN = ["Amara", "Tobias", "Leilani", "Dawit", "Saoirse", "Kacper", "Ifeoma", "Rhodri", "Mei",
         "Yusuf", "Beatrix", "Kwame", "Anouk", "Priyanka", "Eilidh", "Oluwaseun", "Mateusz",
         "Farah", "Cormac", "Thandiwe", "Hamish", "Noor", "Bronwen", "Tariq", "Ines", "Lachlan",
         "Zainab", "Florin", "Siobhan", "Arjun", "Keziah", "Dominika", "Emeka", "Carys", "Hiroshi",
         "Fatima", "Ewan", "Ngozi", "Rafael", "Imogen", "Aarav", "Olamide", "Magnus", "Safiya",
         "Jolene", "Bartosz", "Nia", "Kofi", "Ottilie", "Hamza", "Liesel", "Darnell", "Yasmin",
         "Tiago", "Aoife", "Shreya", "Callum", "Maryam", "Gethin", "Ayodele", "Linh", "Roisin",
         "Declan", "Esi", "Wiktoria", "Idris", "Harriet", "Sani", "Pavel", "Ebony"]
SURNAMES = ["Okonkwo", "Lindqvist", "Hartley", "Nowakowska", "Brennan", "Achterberg",
            "Mensah", "Pritchard", "Yilmaz", "Chaudhry", "Fairbairn", "Adeyemi", "Kowalczyk",
            "Thistlewood", "Nakamura", "Osei", "Haddad", "McAllister", "Dunmore", "Rasmussen",
            "Abernethy", "Begum", "Ferreira", "Oyelaran", "Whitcombe", "Szymanski", "Tran",
            "Ellwood", "Baptiste", "Quarshie", "Ravensdale", "Iqbal", "Horvath", "Mwangi",
            "Castellano", "Pemberton", "Gallacher", "Nwachukwu", "Sørensen", "Ashdown",
            "Petrescu", "Kaur", "Lockhart", "Obi", "Delacroix", "Trevelyan", "Hussain"]
PARTICLE_SURNAMES = ["van der Merwe", "van den Berg", "de la Cruz", "de Souza", "O'Callaghan",
                     "O’Rourke", "MacKinnon", "Mac Giolla", "ap Gruffydd", "bin Rashid",
                     "al-Khatib", "Al-Amin", "da Silva", "di Stefano", "von Ahlen", "le Roux",
                     "Ní Dhomhnaill", "Mc Ginley", "van Rijn", "El-Masri"]


class Person:
    def __init__(self, rng):
        self.given = rng.choice(GIVEN)
        if rng.random() < 0.3:
            self.surname = rng.choice(PARTICLE_SURNAMES)
        else:
            self.surname = rng.choice(SURNAMES)

    @property
    def full(self):
        return self.given + " " + self.surname

    @property
    def initials(self):
        last = [w for w in self.surname.replace("-", " ").replace("'", " ").replace("’", " ").split()
                if w[0].isupper()]
        return self.given[0] + (last[-1][0] if last else self.surname[0].upper())


# --- Identifiers with valid check characters ------------------------------------------------

def nhs(rng):
    while True:
        d = [rng.randint(0, 9) for _ in range(9)]
        d[0] = rng.randint(4, 9)
        s = sum(x * w for x, w in zip(d, range(10, 1, -1)))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        n = "".join(map(str, d)) + str(c)
        fmt = rng.choice(["sp", "sp", "dash", "flat"])
        if fmt == "sp":
            return n[:3] + " " + n[3:6] + " " + n[6:]
        if fmt == "dash":
            return n[:3] + "-" + n[3:6] + "-" + n[6:]
        return n


def uln(rng):
    while True:
        d = [rng.randint(0, 9) for _ in range(9)]
        d[0] = rng.randint(1, 9)
        r = sum(x * w for x, w in zip(d, range(10, 1, -1))) % 11
        if r == 0:
            continue
        return "".join(map(str, d)) + str(10 - r)


UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"


def upn(rng):
    body = "%03d%04d%02d%03d" % (rng.randint(201, 940), rng.randint(2000, 7999), rng.randint(10, 24),
                                 rng.randint(0, 999))
    s = sum(int(c) * w for c, w in zip(body, range(2, 14)))
    return UPN_LETTERS[s % 23] + body


def ni(rng):
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = rng.choice(first) + rng.choice(second)
        if p in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            continue
        break
    digits = "%06d" % rng.randint(0, 999999)
    suf = rng.choice("ABCD")
    if rng.random() < 0.5:
        return "%s %s %s %s %s" % (p, digits[:2], digits[2:4], digits[4:], suf)
    return p + digits + suf


def luhn_complete(prefix, length, rng):
    d = [int(c) for c in prefix] + [rng.randint(0, 9) for _ in range(length - len(prefix) - 1)]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return "".join(map(str, d)) + str((10 - tot % 10) % 10)


def card(rng):
    kind = rng.choice(["visa", "mc", "mc2", "amex", "visa"])
    if kind == "amex":
        n = luhn_complete(rng.choice(["34", "37"]), 15, rng)
        sep = rng.choice([" ", "-", ""])
        return sep.join([n[:4], n[4:10], n[10:]])
    prefix = {"visa": "4", "mc": str(rng.randint(51, 55)), "mc2": str(rng.randint(2221, 2720))}[kind]
    n = luhn_complete(prefix, 16, rng)
    sep = rng.choice([" ", "-", "", " "])
    return sep.join([n[i:i + 4] for i in range(0, 16, 4)])


def phone(rng):
    k = rng.randint(0, 8)
    m = "%03d" % rng.randint(0, 999)
    l4 = "%03d" % rng.randint(0, 999)
    if k == 0:
        return "07700 900" + m
    if k == 1:
        return "07700900" + m
    if k == 2:
        return "+44 7700 900" + m
    if k == 3:
        return "+44 (0)7700 900" + m
    if k == 4:
        return "020 7946 0" + l4
    if k == 5:
        return "(0113) 496 0" + l4
    if k == 6:
        return "0161 496 0" + l4
    if k == 7:
        return "0117 496 0" + l4
    return "07700 900 " + m


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def dob(rng, adult=False):
    y = rng.randint(1968, 1992) if adult else rng.randint(2008, 2020)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    k = rng.randint(0, 6)
    if k == 0:
        return "%02d/%02d/%d" % (d, m, y)
    if k == 1:
        return "%d %s %d" % (d, MONTHS[m - 1], y)
    if k == 2:
        return "%02d-%02d-%d" % (d, m, y)
    if k == 3:
        return "%02d.%02d.%d" % (d, m, y)
    if k == 4:
        return "%d-%02d-%02d" % (y, m, d)
    if k == 5:
        return "%d %s %d" % (d, MONTHS[m - 1][:3], y)
    return "%d/%d/%d" % (d, m, y)


def other_date(rng):
    return "%d %s 2026" % (rng.randint(1, 28), rng.choice(MONTHS))


def sortcode(rng):
    a, b, c = rng.randint(10, 99), rng.randint(0, 99), rng.randint(0, 99)
    return rng.choice(["%02d-%02d-%02d", "%02d %02d %02d", "%02d%02d%02d"]) % (a, b, c)


def account(rng):
    return "%08d" % rng.randint(10000000, 99999999)


TOWNS = [("Leeds", "LS"), ("Bradford", "BD"), ("Sheffield", "S"), ("Manchester", "M"),
         ("Cardiff", "CF"), ("Glasgow", "G"), ("Bristol", "BS"), ("Norwich", "NR"),
         ("Leicester", "LE"), ("Newcastle upon Tyne", "NE"), ("Plymouth", "PL"), ("York", "YO")]
STREETS = ["Larch Grove", "Cobden Terrace", "Mill Lane", "Ashfield Road", "Hawthorn Close",
           "Queensway", "Beck Side", "Orchard Drive", "Station Approach", "Tenter Street",
           "Pennine View", "Kestrel Walk", "Chapel Fold", "Brook Street", "Garth Avenue"]
AREAS = ["Harehills", "Riverside", "Moorside", "Grangetown", "Old Town", "Hillfoot", ""]


def postcode(rng, pre):
    unit = "ABDEFGHJLNPQRSTUWXYZ"
    out = "%s%d %d%s%s" % (pre, rng.randint(1, 19), rng.randint(1, 9), rng.choice(unit), rng.choice(unit))
    if rng.random() < 0.15:
        out = out.replace(" ", "")
    return out


def address(rng):
    town, pre = rng.choice(TOWNS)
    area = rng.choice(AREAS)
    num = str(rng.randint(1, 240))
    lines = [num + " " + rng.choice(STREETS)]
    if area:
        lines.append(area)
    lines.append(town)
    return lines, postcode(rng, pre)


SCHOOL = ["Fernhill Academy", "St Brigid's Catholic Primary", "Castle Mead School",
          "Westbrook High School", "Oakapple Primary School"]
DOMAINS = ["example.com", "example.org", "example.net"]


def email_of(p, rng, school=False):
    loc = (p.given[0] + "." + p.surname.split()[-1]).lower().replace("'", "").replace("’", "")
    loc = loc.replace("ø", "o").replace("í", "i")
    dom = "fernhill.example.sch.uk" if school else rng.choice(DOMAINS)
    return loc + "@" + dom


# --- Templates ------------------------------------------------------------------------------

def t_tsv_export(rng):
    """Tab-separated export from the MIS: names, DOB column, identifiers."""
    d = Doc()
    cols_variant = rng.randint(0, 3)
    sep = "\t" if rng.random() < 0.75 else ","
    if cols_variant == 0:
        header = ["Surname", "Forename", "DOB", "Year", "UPN"]
    elif cols_variant == 1:
        header = ["Legal Surname", "Legal Forename", "Date of birth", "Reg", "Postcode"]
    elif cols_variant == 2:
        header = ["Name", "D.O.B.", "NHS Number", "Tutor"]
    else:
        header = ["Pupil", "Date of Birth", "Contact phone", "Staff"]
    d.line(rng.choice(["Export: pupil list", "Report generated 03/11/2026", "Class list"]))
    d.line(sep.join(header))
    for _ in range(rng.randint(4, 9)):
        p = Person(rng)
        staff = Person(rng)
        row = []
        for h in header:
            if h in ("Surname", "Legal Surname"):
                row.append(P(p.surname.upper() if rng.random() < 0.2 else p.surname))
            elif h in ("Forename", "Legal Forename"):
                row.append(P(p.given))
            elif h in ("DOB", "Date of birth", "D.O.B.", "Date of Birth"):
                row.append(S("DATE_OF_BIRTH", dob(rng)))
            elif h == "Year":
                row.append("Y%d" % rng.randint(7, 11))
            elif h == "Reg":
                row.append("%d%s" % (rng.randint(7, 11), rng.choice("ABCDEF")))
            elif h == "UPN":
                row.append(S("UPN", upn(rng)))
            elif h == "Postcode":
                row.append(S("POSTCODE", postcode(rng, rng.choice(TOWNS)[1])))
            elif h == "Name":
                if rng.random() < 0.5:
                    row.append(P(p.surname + ", " + p.given))  # replaced below
                else:
                    row.append(P(p.full))
            elif h == "Pupil":
                row.append(P(p.full))
            elif h == "NHS Number":
                row.append(S("NHS_NUMBER", nhs(rng)))
            elif h == "Tutor":
                row.append(P(staff.initials))
            elif h == "Staff":
                row.append("%s %s" % (rng.choice(["Mr", "Ms", "Mrs"]), "\x00" + staff.surname))
            elif h == "Contact phone":
                row.append(S("PHONE", phone(rng)))
        first = True
        for cell in row:
            if not first:
                d.add(sep)
            first = False
            if isinstance(cell, tuple) and cell[0] == "PERSON" and ", " in cell[1]:
                sur, giv = cell[1].split(", ")
                if sep == ",":
                    d.add('"', P(sur), ", ", P(giv), '"')
                else:
                    d.add(P(sur), ", ", P(giv))
            elif isinstance(cell, str) and "\x00" in cell:
                title, sur = cell.split("\x00")
                d.add(title, P(sur))
            else:
                d.add(cell)
        d.line()
    d.line("Rows exported: see attached. Ref 2026/%d" % rng.randint(100, 999))
    return d


def t_ocr_form(rng):
    """Scanned admission / medical form (gets OCR noise)."""
    d = Doc()
    p = Person(rng)
    par = Person(rng)
    d.line(rng.choice(SCHOOL).upper())
    d.line(rng.choice(["PUPIL ADMISSION FORM", "MEDICAL INFORMATION FORM", "DATA COLLECTION SHEET"]))
    d.line()
    d.line("Surname: ", P(p.surname), "    Forename(s): ", P(p.given))
    d.line("Date of birth: ", S("DATE_OF_BIRTH", dob(rng)))
    if rng.random() < 0.7:
        d.line("NHS number: ", S("NHS_NUMBER", nhs(rng)))
    if rng.random() < 0.6:
        d.line("UPN: ", S("UPN", upn(rng)))
    lines, pc = address(rng)
    d.line("Home address: ", S("ADDRESS", ", ".join(lines)))
    d.line("Postcode: ", S("POSTCODE", pc))
    d.line("Parent/carer: ", P(par.full), "   Tel: ", S("PHONE", phone(rng)))
    if rng.random() < 0.5:
        d.line("Mobile: ", S("PHONE", phone(rng)))
    d.line("Email: ", S("EMAIL", email_of(par, rng)))
    if rng.random() < 0.4:
        d.line("Sibling at school: ", P(Person(rng).given), " (Year %d)" % rng.randint(7, 11))
    d.line("GP surgery: Moorside Medical Centre")
    d.line("Room 12, form 8B, 15 pupils, bus route 56.")
    d.line("Signed: ", P(par.full), "    Date: ", other_date(rng))
    return d


def t_staff_form(rng):
    d = Doc()
    p = Person(rng)
    d.line("NEW STARTER DETAILS - HR")
    d.line("Full name: ", P(p.full))
    d.line("Date of Birth: ", S("DATE_OF_BIRTH", dob(rng, adult=True)))
    d.line("National Insurance no: ", S("NI_NUMBER", ni(rng)))
    d.line("Bank sort code: ", S("BANK", sortcode(rng)), "  Account no: ", S("BANK", account(rng)))
    d.line("Phone: ", S("PHONE", phone(rng)))
    lines, pc = address(rng)
    d.line("Address: ", S("ADDRESS", ", ".join(lines)), " ", S("POSTCODE", pc))
    d.line("Start date: ", other_date(rng), "   Salary point M3, payroll ref 88%04d" % rng.randint(0, 9999))
    d.line("Line manager: ", P(Person(rng).full))
    return d


def t_parent_email(rng):
    d = Doc()
    par = Person(rng)
    staff = Person(rng)
    child = Person(rng)
    child.surname = par.surname
    d.line("From: ", S("EMAIL", email_of(par, rng)))
    d.line("To: ", S("EMAIL", email_of(staff, rng, True)))
    d.line("Subject: ", rng.choice(["absence", "Re: trip money", "question about homework"]))
    d.line()
    g = rng.randint(0, 3)
    sg = staff.given
    if g == 0:
        d.line("hi ", P(sg.lower()), ",")
    elif g == 1:
        d.line("Hi ", P(sg), ",")
    elif g == 2:
        d.line("dear ", rng.choice(["mr", "mrs", "ms"]), " ", P(staff.surname.lower()), ",")
    else:
        d.line("Hello ", P(sg.lower()))
    d.line()
    cg = child.given.lower() if rng.random() < 0.5 else child.given
    d.line("just to let you know ", P(cg), " wont be in today, shes got a temperature.")
    if rng.random() < 0.5:
        d.line("her dob is ", S("DATE_OF_BIRTH", dob(rng)), " if you need it for the form.")
    if rng.random() < 0.5:
        d.line("my number is ", S("PHONE", phone(rng)), " if you need to call.")
    if rng.random() < 0.4:
        d.line("can you pass this on to ", P(Person(rng).given), " in the office please")
    d.line()
    d.line(rng.choice(["thanks", "cheers", "many thanks", "ta"]))
    sig = par.given.lower() if rng.random() < 0.4 else par.given
    d.line(P(sig))
    return d


def t_minutes(rng):
    d = Doc()
    people = [Person(rng) for _ in range(rng.randint(4, 6))]
    d.line(rng.choice(["Pastoral team meeting", "SEND review minutes", "Safeguarding team minutes"]),
           " - ", other_date(rng))
    d.add("Present: ")
    for i, p in enumerate(people):
        if i:
            d.add(", ")
        d.add(P(p.full), " (", P(p.initials), ")")
    d.line()
    d.line("Apologies: ", P(Person(rng).full))
    d.line()
    subj = Person(rng)
    for i in range(rng.randint(3, 5)):
        a = rng.choice(people)
        k = rng.randint(0, 3)
        if k == 0:
            d.line("%d. " % (i + 1), P(a.initials), " reported that ", P(subj.given),
                   " has improved attendance to 94%.")
        elif k == 1:
            d.line("%d. Action: " % (i + 1), P(a.initials), " to contact ", P(subj.full),
                   "'s mum by Friday.")
        elif k == 2:
            d.line("%d. " % (i + 1), P(a.initials), "/", P(rng.choice(people).initials),
                   " to review the timetable for 9C and 10A.")
        else:
            d.line("%d. Next meeting %s in room B8." % (i + 1, other_date(rng)))
    return d


def t_safeguarding(rng):
    d = Doc()
    c = Person(rng)
    dsl = Person(rng)
    d.line("SAFEGUARDING NOTE - CONFIDENTIAL")
    d.line("Child: ", P(c.full), "  D.O.B. ", S("DATE_OF_BIRTH", dob(rng)))
    if rng.random() < 0.5:
        d.line("UPN ", S("UPN", upn(rng)), "   ULN ", S("ULN", uln(rng)))
    lines, pc = address(rng)
    d.line("Address:")
    d.line(S("ADDRESS", "\n".join(lines)))
    d.line(S("POSTCODE", pc))
    d.line()
    d.line("Logged by ", P(dsl.full), " (DSL) on ", other_date(rng), " at 10:45.")
    d.line(P(c.given), " disclosed that ", P(Person(rng).given), ", mum's partner, had shouted at her.")
    d.line("Called social care on ", S("PHONE", phone(rng)), ", spoke to ", P(Person(rng).full), ".")
    d.line("Case ref 2026-%05d. Referral sent via portal." % rng.randint(0, 99999))
    return d


def t_finance(rng):
    d = Doc()
    par = Person(rng)
    d.line(rng.choice(SCHOOL), " - Finance office")
    d.line("Payment record for ", P(par.full))
    d.line("Card number: ", S("CARD", card(rng)), "  expiry 09/28")
    if rng.random() < 0.5:
        d.line("Second card used: ", S("CARD", card(rng)))
    d.line("Refund to sort code ", S("BANK", sortcode(rng)), ", account ", S("BANK", account(rng)))
    d.line("Invoice 4471-%04d, amount £%d.50, card ending %04d declined." %
           (rng.randint(0, 9999), rng.randint(5, 300), rng.randint(0, 9999)))
    d.line("Contact: ", S("PHONE", phone(rng)))
    return d


def t_message_slip(rng):
    d = Doc()
    d.line("PHONE MESSAGE")
    d.line("For: ", P(Person(rng).full), "    Taken by: ", P(Person(rng).initials))
    caller = Person(rng)
    d.line("Caller: ", P(caller.full), " (", rng.choice(["mum", "dad", "gran", "carer"]), " of ",
           P(Person(rng).given), ")")
    d.line("Number: ", S("PHONE", phone(rng)))
    d.line("Message: please call back before 3.15pm re: the trip on ", other_date(rng), ".")
    return d


TEMPLATES = [("tsv_export", t_tsv_export, 22), ("ocr_form", t_ocr_form, 16),
             ("staff_form", t_staff_form, 8), ("parent_email", t_parent_email, 16),
             ("minutes", t_minutes, 12), ("safeguarding_note", t_safeguarding, 10),
             ("finance", t_finance, 8), ("message_slip", t_message_slip, 8)]
OCR_KINDS = {"ocr_form": 1.0, "staff_form": 0.5, "safeguarding_note": 0.5, "finance": 0.5,
             "message_slip": 0.5, "tsv_export": 0.1}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    rng = random.Random(SEED)
    os.makedirs(os.path.join(args.out, "docs"), exist_ok=True)
    records = []
    counts = collections.Counter()
    ocr_counts = collections.Counter()
    n = 0
    for kind, fn, count in TEMPLATES:
        for _ in range(count):
            n += 1
            d = fn(rng)
            parts = d.parts
            is_ocr = rng.random() < OCR_KINDS.get(kind, 0.0)
            if is_ocr:
                parts = ocr_noise(parts, rng, rate=0.07)
            text, spans = render(parts)
            name = "docs/m%03d.txt" % n
            with open(os.path.join(args.out, name), "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
            records.append({"file": name, "kind": kind, "ocr": is_ocr, "spans": spans})
            for s in spans:
                (ocr_counts if is_ocr else counts)[s["category"]] += 1
    with open(os.path.join(args.out, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("| category | clean | OCR | total |")
    print("| --- | ---: | ---: | ---: |")
    for cat in sorted(set(counts) | set(ocr_counts)):
        print("| %s | %d | %d | %d |" % (cat, counts[cat], ocr_counts[cat], counts[cat] + ocr_counts[cat]))
    print("documents: %d (OCR %d)" % (len(records), sum(r["ocr"] for r in records)))


if __name__ == "__main__":
    main()
