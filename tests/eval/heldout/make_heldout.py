#!/usr/bin/env python3
"""Held-out detection evaluation set for dsar (see README.md in this folder).

Written independently of the names recognizer and of tests/eval/generate.py:
own name lists, own templates, own traps. Standard library only, fixed seed:

    python3 tests/eval/heldout/make_heldout.py            # rewrites docs/ and labels.jsonl
    python3 tests/eval/heldout/make_heldout.py --out DIR  # writes elsewhere

Labelled text is wrapped in markers while a document is built (\x01CAT\x02text\x03);
rendering strips them and records UTF-8 byte offsets, so labels are exact.
"""
import argparse
import collections
import json
import os
import random
import unicodedata

SEED = 0x5EED_2024
R = random.Random(SEED)

# ---------------------------------------------------------------- markers

def L(cat, text):
    return "\x01" + cat + "\x02" + text + "\x03"


def P(text):
    return L("PERSON", text)


def render(marked):
    out = bytearray()
    spans = []
    i = 0
    while i < len(marked):
        c = marked[i]
        if c == "\x01":
            j = marked.index("\x02", i)
            k = marked.index("\x03", j)
            cat = marked[i + 1:j]
            text = marked[j + 1:k]
            assert "\x01" not in text, "nested label"
            b = len(out)
            out += text.encode("utf-8")
            spans.append({"begin": b, "end": len(out), "category": cat, "text": text})
            i = k + 1
        else:
            out += c.encode("utf-8")
            i += 1
    return out.decode("utf-8"), spans

# ---------------------------------------------------------------- names
# Own lists, by community: (female given, male given, surnames, female-only surname forms)

COMMUNITIES = {
    "somali": (["Hodan", "Ayaan", "Nimco", "Sagal", "Hibo", "Ubah", "Ifrah", "Deeqa", "Ladan"],
               ["Abdirahman", "Liban", "Guled", "Mahad", "Abdiwali", "Sakariye", "Bashir", "Cabdullahi"],
               ["Warsame", "Jama", "Egal", "Samatar", "Hirsi", "Dualeh", "Osman", "Gedi", "Nuur"], None),
    "nigerian": (["Ngozi", "Adaeze", "Folake", "Temitope", "Ifeoma", "Yetunde", "Onyekachi", "Ebunoluwa"],
                 ["Chukwuemeka", "Babatunde", "Oluwadamilare", "Ikenna", "Obinna", "Femi", "Ayodele", "Ebubechukwu"],
                 ["Adeyemi", "Okonkwo", "Nwosu", "Oyelaran", "Eze", "Ogunleye", "Balogun", "Olanrewaju", "Nwachukwu"], None),
    "ghanaian": (["Akosua", "Efua", "Abena", "Adwoa", "Esi", "Afua", "Serwaa"],
                 ["Kwabena", "Kofi", "Kwame", "Kwesi", "Fiifi", "Yeboah", "Kojo"],
                 ["Mensah", "Asante", "Boateng", "Owusu", "Ofori", "Darko", "Appiah", "Amoako", "Nkansah"], None),
    "polish": (["Zuzanna", "Agnieszka", "Weronika", "Katarzyna", "Małgorzata", "Aleksandra", "Jadwiga"],
               ["Jakub", "Szymon", "Wojciech", "Bartosz", "Krzysztof", "Mikołaj", "Bolesław"],
               ["Wiśniewski", "Zieliński", "Kaczmarek", "Grabowski", "Pawlak", "Wróbel", "Szczepański", "Dąbrowski"],
               {"Wiśniewski": "Wiśniewska", "Zieliński": "Zielińska", "Grabowski": "Grabowska",
                "Szczepański": "Szczepańska", "Dąbrowski": "Dąbrowska"}),
    "romanian": (["Ioana", "Andreea", "Bianca", "Denisa", "Ecaterina", "Roxana"],
                 ["Ionuț", "Mihai", "Florin", "Răzvan", "Bogdan", "Cosmin"],
                 ["Popescu", "Ionescu", "Constantinescu", "Stoica", "Munteanu", "Dumitrescu", "Lungu"], None),
    "lithuanian": (["Gabija", "Austėja", "Ugnė", "Rūta", "Eglė", "Kotryna"],
                   ["Mantas", "Dovydas", "Jonas", "Žygimantas", "Tadas", "Arnas"],
                   ["Kazlauskas", "Jankauskas", "Žukauskas", "Paulauskas", "Vaitkus", "Butkus"],
                   {"Kazlauskas": "Kazlauskienė", "Jankauskas": "Jankauskaitė", "Žukauskas": "Žukauskienė",
                    "Paulauskas": "Paulauskaitė", "Vaitkus": "Vaitkuvienė", "Butkus": "Butkutė"}),
    "bangladeshi": (["Nusrat", "Tahmina", "Sumaiya", "Rumana", "Shirin", "Tasnim", "Jharna"],
                    ["Rahim", "Shahidul", "Tanvir", "Mahbub", "Arif", "Sabbir", "Shafiqur"],
                    ["Uddin", "Miah", "Chowdhury", "Rahman", "Hossain", "Islam", "Talukdar"], None),
    "pakistani": (["Ayesha", "Mehwish", "Sadia", "Iqra", "Hafsa", "Bushra", "Rimsha"],
                  ["Zubair", "Usman", "Bilal", "Hamza", "Imran", "Waqas", "Shoaib"],
                  ["Qureshi", "Butt", "Chaudhry", "Malik", "Raja", "Siddiqui", "Akhtar", "Hussain", "Mirza"], None),
    "indian": (["Priyanka", "Harleen", "Divya", "Simran", "Kavya", "Jaspreet", "Anjali"],
               ["Arjun", "Gurpreet", "Rohan", "Manpreet", "Vikram", "Sandeep", "Harjit"],
               ["Sandhu", "Mistry", "Gill", "Iyer", "Chopra", "Nair", "Dhillon", "Bhogal"], None),
    "chinese": (["Xinyi", "Yuxuan", "Jiayi", "Wing Yan", "Hiu Tung", "Ruoxi"],
                ["Zihan", "Haoran", "Junhao", "Ka Ho", "Zhiwei", "Yiming"],
                ["Zhang", "Chen", "Liu", "Huang", "Wong", "Cheung", "Lam", "Xu"], None),
    "vietnamese": (["Thảo", "Ngọc Anh", "Linh", "Huyền", "Mai", "Trang"],
                   ["Minh", "Quang", "Tuấn", "Đức", "Khoa", "Hiếu"],
                   ["Nguyễn", "Trần", "Phạm", "Lê", "Hoàng", "Vũ", "Đặng"], None),
    "kurdish": (["Rojda", "Berfin", "Zilan", "Shilan", "Nishtiman", "Hêvî"],
                ["Rebin", "Karwan", "Dilshad", "Aram", "Hawre", "Rêbaz"],
                ["Rashid", "Abdullah", "Karim", "Mahmoud", "Zebari", "Ameen", "Bakr"], None),
    "eritrean": (["Selam", "Saba", "Tsega", "Luwam", "Feven", "Senait", "Tsehaye"],
                 ["Yonas", "Filmon", "Mebrahtu", "Teklay", "Dawit", "Robel"],
                 ["Tesfay", "Ghebremedhin", "Habte", "Kidane", "Berhane", "Woldemichael", "Tewolde"], None),
    "irish": (["Aoife", "Siobhán", "Niamh", "Caoimhe", "Gráinne", "Saoirse", "Orlaith"],
              ["Cian", "Tadhg", "Donnacha", "Ruairí", "Pádraig", "Eoin", "Tiernan"],
              ["Ó Súilleabháin", "O'Callaghan", "O’Doherty", "McGuinness", "Byrne", "Fitzgerald", "Mac Giolla Phádraig"],
              {"Ó Súilleabháin": "Ní Shúilleabháin"}),
    "welsh": (["Angharad", "Eleri", "Lowri", "Nia", "Ffion", "Gwenllian", "Elin"],
              ["Dafydd", "Gethin", "Iwan", "Rhodri", "Emyr", "Cai", "Bleddyn"],
              ["Pritchard", "ap Gwilym", "Llewellyn", "Prosser", "Vaughan", "Bevan", "Griffiths"], None),
    "scottish": (["Eilidh", "Kirsty", "Morag", "Iona", "Catriona", "Isla"],
                 ["Fraser", "Hamish", "Ruaridh", "Calum", "Euan", "Lachlan"],
                 ["MacLeod", "Buchanan", "Urquhart", "McKechnie", "Drummond", "Sutherland", "Mackintosh"], None),
    "english": (["Chelsea", "Bethany", "Lauren", "Abigail", "Tilly", "Shannon", "Kerry", "Rebecca", "Natasha"],
                ["Kyle", "Callum", "Harvey", "Toby", "Alfie", "Reece", "Jonathan", "Darren"],
                ["Whitfield", "Bentley", "Thornton", "Hargreaves", "Pickles", "Lumb", "Sowerby", "Ackroyd",
                 "Crabtree", "Fothergill", "Hughes-Ashworth", "Fenwick-Clarke"], None),
    "caribbean": (["Shanice", "Keisha", "Jodian", "Tamika", "Marcia", "Paulette"],
                  ["Delroy", "Leroy", "Desmond", "Jermaine", "Tyrone", "Winston"],
                  ["Campbell", "Beckford", "McKenzie", "Chambers", "Dacres", "Lindo", "Blackwood"], None),
    "other": (["Marieke", "Aisha", "Yasmin", "Leila", "Nour"],
              ["Pieter", "Yusuf", "Tiago", "Omar", "Idris"],
              ["van der Merwe", "al-Hassan", "de Souza", "da Silva", "El-Amin", "Lloyd-Pritchard", "Kaur-Sandhu"], None),
}
# Given names that are ordinary English words; always used where they are names.
WORD_NAMES_F = ["Rose", "Faith", "Summer", "Dawn", "Hope"]
WORD_NAMES_M = ["Will", "Hunter", "Ray", "Bill"]
NICKS = {"Jonathan": "Jonny", "Rebecca": "Bex", "Natasha": "Tash", "Kerry": "Kez",
         "Babatunde": "Tunde", "Małgorzata": "Gosia", "Aleksandra": "Ola", "Abigail": "Abi",
         "Oluwadamilare": "Dami", "Chukwuemeka": "Emeka", "Krzysztof": "Krzyś", "Catriona": "Trina",
         "Alfie": "Alf", "Temitope": "Tope", "Bolesław": "Bolek", "Ebunoluwa": "Ebun"}
TITLES_F = ["Mrs", "Ms", "Miss"]
TITLES_M = ["Mr"]


class Person:
    def __init__(self, first, last, g, title=None):
        self.first, self.last, self.g = first, last, g
        self.title = title or R.choice(TITLES_F if g == "f" else TITLES_M)
        self.nick = NICKS.get(first)

    @property
    def full(self):
        return self.first + " " + self.last

    @property
    def ini(self):
        parts = [self.first[0]]
        for w in self.last.replace("-", " ").split():
            if w[0].isupper():
                parts.append(w[0])
            elif w in ("van", "der", "de", "da", "ap", "al"):
                parts.append(w[0])
        return "".join(parts)

    @property
    def call(self):
        """What friends call them."""
        return self.nick or self.first

    def formal(self):
        return self.title + " " + P(self.last)


USED = set()


def person(g=None, community=None, last=None, word_name=0.1):
    for _ in range(200):
        g2 = g or R.choice("fm")
        c = community or R.choice(list(COMMUNITIES))
        fem, mal, surs, fforms = COMMUNITIES[c]
        if R.random() < word_name:
            first = R.choice(WORD_NAMES_F if g2 == "f" else WORD_NAMES_M)
        else:
            first = R.choice(fem if g2 == "f" else mal)
        sur = last or R.choice(surs)
        if g2 == "f" and fforms and sur in fforms:
            sur = fforms[sur]
        if g2 == "m" and sur.startswith("Ní "):
            sur = "Ó " + sur[3:]
        if (first, sur) not in USED or last:
            USED.add((first, sur))
            return Person(first, sur, g2)
    return Person(first, sur, g2)


def masc_form(sur):
    for c in COMMUNITIES.values():
        if c[3]:
            for m, f in c[3].items():
                if f == sur:
                    return m
    return sur


def family(child_g=None):
    """A child with Mum and Dad; the child has Dad's surname, Mum often another."""
    c = R.choice(list(COMMUNITIES))
    dad = person("m", c, word_name=0.08)
    child = person(child_g, c, last=masc_form(dad.last))
    if R.random() < 0.55:
        mum = person("f", c, last=masc_form(dad.last))
    else:
        mum = person("f", R.choice([c, c, "english", "caribbean", "irish"]))
    return child, mum, dad


def staff(n):
    return [person(word_name=0.12) for _ in range(n)]

# ---------------------------------------------------------------- identifiers

def phone_mobile():
    d = "%03d" % R.randint(0, 999)
    fmt = R.choice(["07700 900{d}", "07700900{d}", "07700 900 {d}", "+44 7700 900{d}",
                    "+44 (0)7700 900{d}", "07700-900-{d}"])
    return L("PHONE", fmt.format(d=d))


def phone_land():
    d = "%03d" % R.randint(0, 999)
    fmt = R.choice(["0113 496 0{d}", "(0113) 4960{d}", "0113 4960{d}", "020 7946 0{d}",
                    "(020) 7946 0{d}", "0207 946 0{d}", "+44 20 7946 0{d}"])
    return L("PHONE", fmt.format(d=d))


def email(p, domain=None):
    dom = domain or R.choice(["example.com", "example.org", "example.net", "mail.example.com"])
    f = (p.first.split()[0].lower().replace("’", "").replace("'", ""))
    s = p.last.lower().replace(" ", "").replace("'", "").replace("’", "")
    f = unicodedata.normalize("NFKD", f.replace("đ", "d")).encode("ascii", "ignore").decode() or "x"
    s = unicodedata.normalize("NFKD", s.replace("đ", "d").replace("ł", "l")).encode("ascii", "ignore").decode() or "y"
    fmt = R.choice(["{f}.{s}", "{f}{s}{n}", "{i}{s}", "{s}.{f}", "{f}_{n}"])
    return L("EMAIL", fmt.format(f=f, s=s, i=f[0], n=R.randint(1, 99)) + "@" + dom)


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def ni_number():
    while True:
        pre = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if pre not in NI_BAD:
            break
    d = "%06d" % R.randint(0, 999999)
    suf = R.choice("ABCD")
    if R.random() < 0.5:
        s = "%s %s %s %s %s" % (pre, d[0:2], d[2:4], d[4:6], suf)
    else:
        s = pre + d + suf
    return L("NI_NUMBER", s)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def dob(year_lo=2008, year_hi=2016):
    y, m, d = R.randint(year_lo, year_hi), R.randint(1, 12), R.randint(1, 28)
    fmt = R.choice(["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS[m - 1], y),
                    "%02d.%02d.%02d" % (d, m, y % 100), "%d-%02d-%02d" % (y, m, d)])
    return L("DATE_OF_BIRTH", fmt)


STREETS = ["Heron Way", "Tanner's Lane", "Cemetery Road", "Oakfield Terrace", "Bramble Close",
           "Moorside Avenue", "Jubilee Crescent", "Providence Street", "Hawthorn Drive", "Low Fold",
           "Canal Wharf", "Beck Side", "Ashley Road", "Victoria Grove", "Mill Hey", "Spen Lane"]
AREAS = [("Harehills", "Leeds", "LS8"), ("Manningham", "Bradford", "BD8"), ("Thornbury", "Bradford", "BD3"),
         ("Chapeltown", "Leeds", "LS7"), ("Cheetham Hill", "Manchester", "M8"), ("Levenshulme", "Manchester", "M19"),
         ("Sparkbrook", "Birmingham", "B11"), ("Tower Hamlets", "London", "E1"), ("Walthamstow", "London", "E17"),
         ("Splott", "Cardiff", "CF24"), ("Govanhill", "Glasgow", "G42"), ("Dewsbury Moor", "Dewsbury", "WF13"),
         ("Horsforth", "Leeds", "LS18"), ("Wetherby", "Wetherby", "LS22"), ("Otley", "Otley", "LS21")]
PC_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def postcode(outward):
    s = outward + " %d%s%s" % (R.randint(1, 9), R.choice(PC_LETTERS), R.choice(PC_LETTERS))
    if R.random() < 0.12:
        s = s.replace(" ", "")
    return L("POSTCODE", s)


def address(multiline=True, caps=False, flat=False):
    area, town, out = R.choice(AREAS)
    num = str(R.randint(1, 212))
    if flat or R.random() < 0.15:
        num = "Flat %d, %d" % (R.randint(1, 12), R.randint(1, 90))
    street = R.choice(STREETS)
    parts = [num + " " + street, area, town] if area != town else [num + " " + street, town]
    sep = "\n" if multiline else ", "
    a = sep.join(parts)
    pc = postcode(out)
    if caps:
        a = a.upper()
        pc = pc.upper()
    return L("ADDRESS", a) + sep + pc


SCHOOLS = [("Moorfield Academy", "moorfield.example.sch.uk", "Moorfield Lane\nHorsforth\nLeeds", "LS18"),
           ("St Helen's Catholic Primary School", "sthelens.example.sch.uk", "Chapel Street\nBradford", "BD3"),
           ("Kingston Park High School", "kingstonpark.example.sch.uk", "Kingston Road\nSparkbrook\nBirmingham", "B11"),
           ("Thornbury Community College", "thornburycc.example.sch.uk", "Leeds Old Road\nBradford", "BD3"),
           ("Ysgol Glan Morfa", "glanmorfa.example.sch.uk", "Heol Moira\nSplott\nCardiff", "CF24"),
           ("Grace Darling Academy", "gracedarling.example.sch.uk", "Brunswick Street\nWalthamstow\nLondon", "E17")]


def school():
    return R.choice(SCHOOLS)


def school_address(s, multiline=True):
    a = s[2] if multiline else s[2].replace("\n", ", ")
    return L("ADDRESS", a) + ("\n" if multiline else ", ") + postcode(s[3])


def date_str():
    d, m = R.randint(1, 28), R.randint(1, 12)
    return R.choice(["%d %s 2023" % (d, MONTHS[m - 1]), "%02d/%02d/2023" % (d, m),
                     "%s %d %s" % (R.choice(["Mon", "Tue", "Wed", "Thu", "Fri"]), d, MONTHS[m - 1][:3])])


# Trap sentences: name-like words that are not names (never labelled).
TRAPS = [
    "I will chase the photocopier people again.",
    "The rose bed by reception has been dug up again.",
    "Summer term dates are on the website.",
    "We acted in good faith.",
    "Hope this helps.",
    "The dinner money bill is still outstanding.",
    "She was up at dawn with the baby so is shattered.",
    "He was a ray of sunshine in PE today.",
    "Hunter wellies left in the cloakroom - lost property.",
    "Will do.",
    "The Faith and Belief week assembly is on Thursday.",
    "Bill payer details are held by the finance office.",
    "Appointment at Bradford Royal Infirmary (fracture clinic) on Tuesday.",
    "Dad works at Morgan Stanley in Canary Wharf and is away a lot.",
    "They moved from Kingston in the summer.",
    "The bus stop on Ashley Road is where it kicked off.",
    "Referral sent to the St Helen's family hub.",
    "X-ray came back clear.",
    "Lunch at Sainsbury's café after the trip.",
    "Year 8 are reading Of Mice and Men.",
    "Collected from Leeds General Infirmary A&E.",
    "Placement at Jamie's Farm confirmed for the spring.",
    "Grace Darling House won the sports day cup.",
    "Referred to Barnardo's young carers project.",
    "Her dad drives for Addison Lee at night.",
    "CAMHS have closed the case (no further action).",
    "We met in the Florence Nightingale room at the health centre.",
    "The Duke of Edinburgh expedition is postponed.",
    "Marks & Spencer vouchers for the raffle.",
    "Sorry for the late reply, it has been a long week.",
]


def traps(n):
    return " ".join(R.sample(TRAPS, n))

# ---------------------------------------------------------------- templates


def t_email_chain(s):
    child, mum, dad = family()
    parent = R.choice([mum, dad])
    t1, t2, t3 = staff(3)
    dom = s[1]
    lines = []

    def disp(p):
        if R.random() < 0.3:
            return P(p.last) + ", " + P(p.first)
        return P(p.full)

    fwd_subject = R.choice(["Fwd: RE: ", "FW: Re: ", "Fwd: "]) + R.choice([
        "%s - lunchtime" % P(child.first), "Concern re %s %s" % (P(child.first), "(" + R.choice(["8W", "9K", "7HB", "10Y"]) + ")"),
        "phone call from %s's mum" % P(child.first), "URGENT - " + P(child.full.upper()), "following up"])
    lines.append("From: %s <%s>" % (disp(t1), email(t1, dom)))
    lines.append("Sent: %s 08:%02d" % (date_str(), R.randint(0, 59)))
    lines.append("To: %s <%s>; %s <%s>" % (disp(t2), email(t2, dom), disp(t3), email(t3, dom)))
    lines.append("Subject: " + fwd_subject)
    lines.append("")
    lines.append(R.choice(["FYI - see below. Can we pick this up at briefing?",
                           "%s - forwarding as discussed. %s" % (P(t2.first), R.choice(TRAPS)),
                           "Morning both, see %s's email below. I haven't replied yet." % P(t3.first),
                           "fyi. Will ring home later unless one of you already has"]))
    lines.append("")
    lines.append(P(t1.nick or t1.first) if R.random() < 0.7 else P(t1.ini))
    lines.append("")
    lines.append("---------- Forwarded message ---------")
    lines.append("From: %s <%s>" % (P(parent.full), email(parent)))
    lines.append("Date: %s at 21:%02d" % (date_str(), R.randint(0, 59)))
    lines.append("Subject: Re: %s" % R.choice(["Today", "what happened at break", "Detention", "Parents evening"]))
    lines.append("To: %s <%s>" % (disp(t1), email(t1, dom)))
    lines.append("")
    greet = R.choice(["Hi %s," % t1.formal(), "Dear %s" % t1.formal(), "%s," % P(t1.first), "Hiya"])
    lines.append(greet)
    other, omum, _ = family()
    body = [
        "Thanks for getting back to me. I'm not happy that %s was the one who got the detention when it was %s who started it. %s has told me %s's been saying things about our family for weeks."
        % (P(child.first), P(other.full), P(child.call), P(other.first)),
        "I spoke to %s's mum (%s) outside %s and she said she would talk to him but nothing has changed."
        % (P(other.first), P(omum.first), R.choice(["the Co-op", "Ashley Road park", "the mosque", "church", "Morrisons"])),
        "You can ring me on %s after 4, I %s." % (phone_mobile(), R.choice(["work until 3:30", "do nights at Bradford Royal Infirmary", "am at work in Kingston all day"])),
        "For the free school meals form my NI number is %s and my partner's is %s." % (ni_number(), ni_number()),
        "%s's dad %s will pick %s up on Friday, he is %s on the system." % (P(child.first), P(dad.first), "him" if child.g == "m" else "her", R.choice(["down", "listed", "not"])),
    ]
    R.shuffle(body)
    for b in body[:R.randint(2, 4)]:
        lines.append("")
        lines.append(b)
    lines.append("")
    lines.append(R.choice(["Thanks", "Regards", "Many thanks", "Cheers"]))
    lines.append(P(parent.first) if R.random() < 0.5 else P(parent.full))
    lines.append("Sent from my " + R.choice(["iPhone", "Galaxy", "Outlook for Android"]))
    lines.append("")
    on = R.choice(["On %s, %s <%s> wrote:", "On %s %s <%s> wrote:"])
    lines.append(on % (date_str(), P(t1.full), email(t1, dom)))
    q = [
        "Dear %s," % (R.choice(["Mr", "Mrs", "Ms"]) + " " + P(parent.last) if R.random() < 0.6 else P(parent.first)),
        "",
        "I am writing to let you know that %s was involved in an incident at lunchtime today" % P(child.first),
        "with another pupil. %s from the %s team dealt with it and %s has been" % (t3.formal(), R.choice(["pastoral", "SEND", "behaviour"]), P(child.first)),
        "given a detention for tomorrow. " + R.choice(["I will be in touch about next steps.", "Hope you understand our position.", "I hope we can sort this out together."]),
        "",
        "Kind regards",
        P(t1.full),
        R.choice(["Head of Year 8", "Pastoral Lead", "Form Tutor, 9K", "Assistant Head (Behaviour)"]),
        s[0],
        "Tel: " + phone_land(),
    ]
    for ql in q:
        lines.append((">" + (" " + ql if ql else "")))
    if R.random() < 0.5:
        lines.append(">")
        lines.append("> " + R.choice(["This email and any attachments are confidential.", "Please consider the environment before printing."]))
    return "\n".join(lines) + "\n"


def t_handwritten(s):
    child, mum, dad = family()
    a, b = staff(2)
    mate = person(word_name=0.3)
    writer = R.choice(["lunchtime supervisor", "TA", "cover supervisor", "site team", "parent helper"])
    lines = ["[Transcription of handwritten note%s]" % R.choice(["", ", found in pigeonhole", " - scanned 2 pages", " on back of register"]), ""]
    lines.append(R.choice(["%s -" % a.formal(), "For %s (urgent)" % P(a.first), "To whoever is on duty -", "%s / %s" % (P(a.ini), P(b.ini))]))
    lines.append("")
    bits = [
        "%s + %s were [illegible] behind the mobiles again at break. %s had %s's phone & wouldn't give it back."
        % (P(child.call), P(mate.call), P(mate.first), P(child.first)),
        "Spoke to %s (%s's %s) at gate - says %s not sleeping, things at home \"bit rough\" since %s moved out."
        % (P(R.choice([mum, dad]).first), P(child.first), R.choice(["nan", "mum", "aunty", "step-dad"]), "she's" if child.g == "f" else "he's", P(dad.first)),
        "%s said \"%s hit me first\" - NOT seen by me." % (P(child.first), P(mate.first)),
        "Mum's new no. is %s (old one dead)." % phone_mobile(),
        "Can someone ring %s %s re: dinner money? Bill is £%d.%02d now." % (R.choice(["Mrs", "Mr", "Ms"]), P(mum.last), R.randint(20, 90), R.randint(0, 99)),
        "%s dropped off a letter from the hospital - it's in the SENCO tray." % P(mum.first),
        "I will be off Tues (dentist) so %s is covering my group." % b.formal(),
        R.choice(TRAPS),
    ]
    R.shuffle(bits)
    for x in bits[:R.randint(3, 6)]:
        lines.append("- " + x if R.random() < 0.6 else x)
    lines.append("")
    sig = R.choice([P(b.first) + " (" + writer + ")", P(b.ini), "— " + P(b.first[0] + ". " + b.last), P(b.call) + " x", "Thx, " + P(b.full)])
    lines.append(sig)
    lines.append(R.choice(["", "[stamp: RECEIVED %s]" % date_str(), "[initialled: %s]" % P(a.ini)]))
    return "\n".join(lines) + "\n"


def t_marks(s):
    subj = R.choice(["Science", "Maths", "History", "English Lit", "Geography"])
    form = R.choice(["9W", "10K", "8Rose", "7HB", "11Y"])
    t = person()
    lines = ["%s - %s end of unit test - %s" % (form, subj, R.choice(["Autumn 2", "Spring 1", "Summer 1"])),
             "Teacher: %s" % (t.formal() if R.random() < 0.5 else P(t.full)), ""]
    style = R.choice(["pipe", "pipe", "spaced", "surname_first"])
    if style == "surname_first":
        lines.append("Name                          | Form | Mark | Comment")
    else:
        lines.append("name | form | mark" if style == "pipe" else "Name                      Form   Mark")
    n = R.randint(8, 14)
    comments = ["", "", "", "absent - resit", "Will improve with revision", "summer born, watch", "excellent",
                "check SEN", "hope to see more effort", "rushed", "with TA support", "copied?"]
    for i in range(n):
        p = person(word_name=0.18)
        mark = R.choice(["%d/50" % R.randint(8, 50), "%d" % R.randint(10, 98), "%d%%" % R.randint(12, 99), "abs"])
        if style == "pipe":
            nm = P(p.full) if R.random() < 0.8 else P(p.call)
            lines.append("%s | %s | %s" % (nm, form, mark))
        elif style == "spaced":
            nm = p.full
            lines.append(P(nm) + " " * max(1, 26 - len(nm)) + form + " " * (7 - len(form)) + mark)
        else:
            nm = p.last + ", " + p.first
            c = R.choice(comments)
            lines.append(P(p.last) + ", " + P(p.first) + " " * max(1, 30 - len(nm)) + "| " + form + "   | " + mark + " | " + c)
    lines.append("")
    lines.append(R.choice(["Class average %d%%. Moderated by %s." % (R.randint(40, 70), P(person().ini)),
                           "Marks to SIMS by Friday please. %s" % R.choice(TRAPS),
                           "Grade boundaries from the Morgan Stanley-sponsored maths challenge do not apply.",
                           "NB " + P(person(word_name=0.5).first) + " sat the paper in the Kingston room."]))
    return "\n".join(lines) + "\n"


def t_minutes(s):
    ppl = staff(R.randint(4, 6))
    child, mum, dad = family()
    kind = R.choice(["Pastoral team meeting", "SEND review meeting", "Safeguarding team", "Year 10 team meeting"])
    lines = [s[0], kind.upper() if R.random() < 0.4 else kind, "Date: " + date_str(), ""]
    roles = ["DSL", "SENCO", "HoY", "Pastoral Lead", "EWO", "Deputy DSL", "Form Tutor", "School Nurse"]
    pres = ", ".join("%s (%s)%s" % (P(p.full) if R.random() < 0.7 else p.title + " " + P(p.full), P(p.ini), (" " + R.choice(roles)) if R.random() < 0.4 else "") for p in ppl)
    lines.append("Present: " + pres)
    ext = person()
    lines.append("Apologies: " + R.choice([P(ext.full), "none", P(ext.full) + " (" + R.choice(["CAMHS", "EP", "social worker"]) + ")"]))
    lines.append("")
    A, B, C = ppl[0], ppl[1], ppl[2]
    items = [
        "1. Minutes of last meeting agreed. AOB: none.",
        "2. %s (%s) - %s said attendance is down to %d%% since half term. %s has spoken to Mum (%s) twice. Action: %s to make home visit with EWO."
        % (P(child.full), R.choice(["10Y", "Y9", "8W"]), P(A.ini), R.randint(61, 88), P(B.ini), P(mum.first), P(C.ini)),
        "3. %s raised concerns about %s's behaviour in Science with %s. %s felt this was linked to the move from %s." % (P(B.ini), P(child.first), R.choice(["supply", "cover staff", "the trainee"]), P(C.ini), R.choice(["Kingston", "St Helen's", "Ashley Road"])),
        "4. %s asked whether the EHCP review should go ahead; SENCO to check with %s at the LA." % (P(A.ini), P(ext.first)),
        "5. %s update: %s's dad (%s) has contacted the school re: contact arrangements. %s to seek advice. %s" % (R.choice(["DSL", "Safeguarding"]), P(child.first), P(dad.full), P(A.ini), R.choice(TRAPS)),
        "6. Summer trip - %s to lead; %s said she will help if cover allows." % (P(B.ini), P(C.ini)),
    ]
    lines += items[:R.randint(4, 6)]
    lines.append("")
    lines.append("Actions")
    lines.append("%s - home visit by %s" % (P(C.ini), date_str()))
    lines.append("%s - email %s re: SALT report" % (P(A.ini), P(ext.full)))
    lines.append("")
    lines.append("Next meeting: %s. Minutes taken by %s." % (date_str(), P(ppl[-1].first) if R.random() < 0.5 else P(ppl[-1].ini)))
    return "\n".join(lines) + "\n"


def t_texts(s):
    child, mum, dad = family()
    f1 = person(word_name=0.3)
    f2 = person(word_name=0.3)
    lines = ["Screenshots of %s supplied by %s (%s's %s) - %d images, typed up by %s" % (
        R.choice(["WhatsApp group \"year 9 lot\"", "Snapchat messages", "text messages", "Instagram DMs"]),
        P(mum.full) if R.random() < 0.5 else "Mrs " + P(mum.last), P(child.first), "mum", R.randint(2, 6), P(person().ini)), ""]
    t = R.randint(16, 22)
    msgs = [
        (f1, "u seen wat %s put on his story 😂" % P(f2.call)),
        (child, "shut up %s its not funny" % P(f1.call)),
        (f2, "who even invited %s to this chat" % P(child.first.upper() if R.random() < 0.3 else child.call)),
        (f1, "ur dead tmrw at the bus stop on Ashley Road"),
        (child, "I will tell sir"),
        (f2, "go on then tell %s 🙄" % R.choice(["Mr " + P(person().last), "ur mum", "miss", P(person().first)])),
        (f1, "hope ur ready"),
        (child, "leave me alone"),
        (f2, "%s added %s" % (P(f1.call), P(person(word_name=0.4).call))),
    ]
    n = R.randint(6, len(msgs))
    for who, text in msgs[:n]:
        name = who.call
        if R.random() < 0.2:
            name = who.full
        ts = "%02d:%02d" % (t, R.randint(0, 59))
        if R.random() < 0.5:
            lines.append("[%s] %s: %s" % (ts, P(name), text))
        else:
            lines.append("%s\n%s  %s" % (P(name), text, ts))
    lines.append("")
    lines.append(R.choice(["(number shown for sender 3: %s)" % phone_mobile(),
                           "%s's number saved as \"%s 💕\"" % (P(child.first), P(f1.call)),
                           "Mum says %s has screenshots of the rest. She can be reached on %s." % (P(child.call), phone_mobile())]))
    return "\n".join(lines) + "\n"


def t_rota(s):
    ppl = staff(R.randint(7, 10))
    lines = [s[0] + " - DUTY ROTA w/c " + date_str(), ""]
    lines.append("Day  | Gate (8:20)        | Canteen          | Yard / field      | Bus bay (3:15)")
    days = ["Mon", "Tue", "Wed", "Thu", "Fri"]
    style = R.choice(["initials", "names", "mixed"])
    for d in days:
        cells = []
        for _ in range(4):
            p = R.choice(ppl)
            if style == "initials" or (style == "mixed" and R.random() < 0.5):
                c = P(p.ini)
                w = len(p.ini)
            else:
                form = R.choice(["first", "title", "full"])
                if form == "first":
                    c, w = P(p.first), len(p.first)
                elif form == "title":
                    c, w = p.title + " " + P(p.last), len(p.title) + 1 + len(p.last)
                else:
                    c, w = P(p.full), len(p.full)
            cells.append(c + " " * max(1, 18 - w))
        lines.append(d + "  | " + "| ".join(cells).rstrip())
    lines.append("")
    lines.append("Key:")
    for p in ppl:
        lines.append("  %s = %s%s" % (P(p.ini), p.title + " " + P(p.full) if R.random() < 0.5 else P(p.full), R.choice(["", "", " (ext 2%02d)" % R.randint(0, 99), " - mobile " + phone_mobile()])))
    lines.append("")
    cover = R.choice(ppl)
    lines.append(R.choice(["Swaps: %s covering for %s on Thursday (course at Bradford Royal Infirmary)." % (P(cover.first), P(R.choice(ppl).first)),
                           "Wet play: Dawn patrol lol - %s opening the hall at 8." % P(cover.ini),
                           "If you can't do your duty find a swap and tell %s. Will be checked." % cover.formal(),
                           "Summer term rota to follow. " + R.choice(TRAPS)]))
    return "\n".join(lines) + "\n"


def t_chronology(s):
    child, mum, dad = family()
    dsl = person()
    sw = person()
    other = person(word_name=0.2)
    lines = ["SAFEGUARDING CHRONOLOGY - CONFIDENTIAL",
             "Pupil: %s   DOB: %s   Year: %d" % (P(child.full) if R.random() < 0.6 else P(child.last.upper()) + ", " + P(child.first), dob(), R.randint(5, 11)),
             "Key adults: Mum - %s; Dad - %s%s" % (P(mum.full), P(dad.full), R.choice(["", " (no PR)", " (lives in Kingston)"])),
             "DSL: %s (%s)" % (P(dsl.full), P(dsl.ini))]
    if R.random() < 0.6:
        lines.append("Address: " + address(False))
    lines.append("")
    entries = [
        "Mum (%s) rang %s (%s) to say %s had not come home until 11pm. %s thinks %s is with older lads from the park." % (P(mum.first), "DSL", P(dsl.ini), P(child.first), P(mum.first), "she" if child.g == "f" else "he"),
        "%s disclosed to %s (TA) that Dad's partner %s \"shouts all the time\". Logged on CPOMS." % (P(child.first), P(other.first), P(person("f").first)),
        "Call from %s, social worker (%s). Strategy meeting set for Friday. %s to attend." % (P(sw.full), phone_land(), P(dsl.ini)),
        "%s seen with bruise to left forearm. Said it was from football. Body map completed by %s." % (P(child.call), P(dsl.ini)),
        "Dad (%s) arrived at reception demanding to see %s. Asked to leave. Police not called." % (P(dad.first), P(child.first)),
        "Email from %s (%s) confirming CIN plan." % (P(sw.first), email(sw, "leeds.example.gov.uk")),
        "Home visit by %s and %s. Mum not in. Card left. Neighbour (%s at no. %d) said family away." % (P(dsl.ini), P(sw.first), P(person().first), R.randint(2, 40)),
        "A&E at Bradford Royal Infirmary overnight - Mum informed school next morning. %s" % R.choice(["X-ray clear.", "Discharged.", ""]),
        "%s absent. Texted Mum on %s, no reply." % (P(child.first), phone_mobile()),
        "FSM eligibility check - Mum's NI no. %s given to office (%s)." % (ni_number(), P(person().first)),
    ]
    R.shuffle(entries)
    d, m = R.randint(1, 20), R.randint(9, 12)
    for e in entries[:R.randint(5, 8)]:
        sep = R.choice([" – ", " - ", ": ", "  "])
        lines.append("%02d/%02d%s%s" % (d, m, sep, e))
        d += R.randint(1, 5)
        if d > 28:
            d, m = d - 28, m % 12 + 1
    lines.append("")
    lines.append("Chronology reviewed by %s on %s." % (P(dsl.ini) if R.random() < 0.5 else P(dsl.full), date_str()))
    return "\n".join(lines) + "\n"


def t_letter(s):
    child, mum, dad = family()
    head = person()
    other = person(word_name=0.2)
    lines = [s[0], school_address(s, R.random() < 0.6), "Tel: " + phone_land() + "   Email: " + L("EMAIL", "office@" + s[1]), ""]
    sal = R.choice(["Mr and Mrs " + P(dad.last), "Parent/Carer of " + P(child.full),
                    P(mum.full), "Mr " + P(dad.first[0] + " " + dad.last), "Ms " + P(mum.last)])
    caps = R.random() < 0.25
    lines.append(sal.upper() if caps else sal)
    lines.append(address(True, caps))
    lines.append("")
    lines.append(date_str())
    lines.append("")
    lines.append("Dear " + R.choice(["Parent/Carer", "Mr and Mrs " + P(dad.last), P(mum.first), "Mrs " + P(mum.last)]) + ",")
    lines.append("")
    kind = R.choice(["attendance", "praise", "behaviour", "trip"])
    if kind == "attendance":
        lines.append("Re: %s (%s) - attendance" % (P(child.full), R.choice(["Year 7", "9K", "Year 10"])))
        lines.append("")
        lines.append("I am writing because %s's attendance this half term is %d%%. Our Education Welfare Officer, %s, will contact you to arrange a meeting." % (P(child.first), R.randint(70, 89), P(other.full)))
        lines.append("If there is anything we should know, please ring %s on %s." % (P(other.first), phone_land()))
    elif kind == "praise":
        lines.append("I just wanted to let you know how well %s has done this term. %s, %s's form tutor, tells me %s helped %s settle in when %s joined us from Kingston." % (P(child.first), P(other.full), P(child.first), "she" if child.g == "f" else "he", P(person(word_name=0.3).first), "they"))
        lines.append("%s will receive a Headteacher's Award in Summer term assembly. %s" % (P(child.first), R.choice(TRAPS)))
    elif kind == "behaviour":
        vict = person(word_name=0.2)
        lines.append("I am sorry to have to write to you about an incident on %s at the bus stop on Ashley Road involving %s and %s (Year %d)." % (date_str(), P(child.first), P(vict.full), R.randint(7, 11)))
        lines.append("%s has been given a fixed-term suspension of one day. A reintegration meeting with %s (Head of Year) will be held on %s." % (P(child.first), other.formal(), date_str()))
    else:
        lines.append("%s has a place on the Year 9 trip to St Helen's and Liverpool on %s. Please return the consent form to %s by Friday." % (P(child.first), date_str(), other.formal()))
        lines.append("The cost is £%d; the bill can be paid on ParentPay." % R.randint(10, 40))
    lines.append("")
    lines.append(R.choice(["Yours sincerely", "Yours faithfully", "Kind regards"]))
    lines.append("")
    lines.append(P(head.full) if R.random() < 0.7 else P(head.first[0] + " " + head.last))
    lines.append(R.choice(["Headteacher", "Head of School", "Attendance Officer", "Deputy Headteacher"]))
    if R.random() < 0.4:
        lines.append("cc: " + P(other.full) + ", file")
    return "\n".join(lines) + "\n"


def t_classlist(s):
    form = R.choice(["7RB", "8SW", "9JM", "10NK", "6TH"])
    tutor = person()
    with_dob = R.random() < 0.6
    lines = ["%s  CLASS LIST  2023-24" % form, "TUTOR: %s" % (tutor.title.upper() + " " + P(tutor.last.upper())), ""]
    if with_dob:
        lines.append("SURNAME              FORENAME(S)        DOB          HOUSE")
    else:
        lines.append("SURNAME              FORENAME(S)        HOUSE      NOTES")
    houses = ["PANKHURST", "SEACOLE", "TURING", "BRONTË", "GRACE DARLING", "KINGSTON"]
    notes = ["", "", "", "EAL", "FSM", "SEN K", "HOPE PROJECT", "YOUNG CARER", "LAC", "WILL JOIN JAN"]
    for _ in range(R.randint(10, 16)):
        p = person(word_name=0.15)
        sur = p.last.upper()
        fn = p.first.upper()
        if R.random() < 0.2:
            fn += " " + R.choice(["JAMES", "AMINA", "GRACE", "MUHAMMAD", "ROSE", "OLUWASEUN", "MARIA", "ALI"])
        row = P(sur) + " " * max(1, 21 - len(sur)) + P(fn) + " " * max(1, 19 - len(fn))
        if with_dob:
            d = "%02d/%02d/%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(2008, 2017))
            row += L("DATE_OF_BIRTH", d) + "   " + R.choice(houses)
        else:
            row += R.choice(houses) + " " * 3 + R.choice(notes)
        lines.append(row.rstrip())
    lines.append("")
    lines.append(R.choice(["LEFT: " + P(person().full.upper()) + " (MOVED TO KINGSTON)",
                           "NEW STARTER: " + P(person(word_name=0.4).full.upper()) + " - BUDDY WITH " + P(person().first.upper()),
                           "PRINTED BY " + P(person().ini) + " " + date_str().upper(),
                           "SUMMER BORN PUPILS HIGHLIGHTED. HOPE HOUSE ASSEMBLY FRIDAY."]))
    return "\n".join(lines) + "\n"


def t_personnel(s):
    p = person(word_name=0.15)
    ref = person()
    nok = person()
    lines = [s[0] + " - " + R.choice(["Supply / new starter details", "STAFF PERSONAL DETAILS FORM", "Payroll change of details"]), ""]
    if R.random() < 0.5:
        lines.append("Surname: " + P(p.last) + "        First name(s): " + P(p.first))
    else:
        lines.append("Full name: " + (P(p.full) if R.random() < 0.7 else P(p.full.upper())))
    if R.random() < 0.5:
        lines.append("Known as: " + P(p.call if p.nick else p.first))
    lines.append("Date of birth: " + dob(1965, 2000))
    lines.append("NI number: " + ni_number())
    lines.append("Home address: " + address(False))
    lines.append("Mobile: " + phone_mobile() + "   Personal email: " + email(p))
    lines.append("Role: " + R.choice(["Teaching Assistant (Level 2)", "Cover Supervisor", "Teacher of Maths", "Lunchtime Supervisor", "Site Assistant"]))
    lines.append("Previous employer: " + R.choice(["Morgan Stanley (IT support)", "Bradford Royal Infirmary", "St Helen's Primary", "Kingston Park High School", "Sainsbury's"]))
    lines.append("")
    lines.append("Emergency contact: " + P(nok.full) + " (" + R.choice(["partner", "mother", "brother", "friend"]) + ") " + R.choice([phone_mobile(), phone_land()]))
    lines.append("Referee: " + ("Dr " if R.random() < 0.3 else "") + P(ref.full) + ", " + email(ref))
    lines.append("")
    lines.append(R.choice(["DBS seen by " + P(person().ini) + " on " + date_str() + ". Cert no. 00" + str(R.randint(10**9, 10**10 - 1)) + ".",
                           "Payroll no. " + str(R.randint(100000, 999999)) + ". Pension opt-in: yes.",
                           "Starts after Summer half term. Will need a lanyard and a locker."]))
    if R.random() < 0.5:
        prev = person("f")
        lines.append("Previous surname: " + P(prev.last))
    lines.append("Signed: " + P(p.first[0] + " " + p.last) + "    Checked: " + P(person().ini))
    return "\n".join(lines) + "\n"


TEMPLATES = [("email_chain", t_email_chain), ("handwritten_note", t_handwritten), ("mark_table", t_marks),
             ("minutes", t_minutes), ("text_messages", t_texts), ("duty_rota", t_rota),
             ("chronology", t_chronology), ("letter", t_letter), ("class_list", t_classlist),
             ("personnel_form", t_personnel)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    os.makedirs(os.path.join(args.out, "docs"), exist_ok=True)
    order = [k for k in range(len(TEMPLATES)) for _ in range(6)]
    R.shuffle(order)
    counts = collections.Counter()
    with open(os.path.join(args.out, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as lf:
        for i, k in enumerate(order, 1):
            kind, fn = TEMPLATES[k]
            text, spans = render(fn(school()))
            name = "docs/h%03d.txt" % i
            with open(os.path.join(args.out, name), "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
            b = text.encode("utf-8")
            for sp in spans:
                assert b[sp["begin"]:sp["end"]].decode("utf-8") == sp["text"]
                assert sp["text"] == sp["text"].strip(), (name, sp)
                counts[sp["category"]] += 1
            lf.write(json.dumps({"file": name, "kind": kind, "ocr": False, "spans": spans},
                                ensure_ascii=False) + "\n")
    for c, n in sorted(counts.items(), key=lambda x: -x[1]):
        print("| %s | %d |" % (c, n))
    print("| all | %d |" % sum(counts.values()))


if __name__ == "__main__":
    main()
