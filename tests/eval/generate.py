#!/usr/bin/env python3
"""Generates dsar's detection evaluation set: tests/eval/docs/*.txt + labels.jsonl.

Everything is invented: schools, pupils, parents, staff, addresses, numbers.
Phone numbers come from Ofcom's drama ranges, email domains are reserved
example domains, identifiers are random but carry valid check characters.

Documents are written from hand-made templates with slots. A slot that holds
personal data is wrapped in a label marker while the document is built; when
the document is rendered the markers are removed and their positions become
the labels, so the labels are exact by construction (byte offsets into the
UTF-8 file). See README.md for the labelling conventions.

Standard library only, fixed seed: running it twice gives identical files.

    python3 tests/eval/generate.py            # writes next to this script
    python3 tests/eval/generate.py --out DIR  # somewhere else (for a diff)
"""

import argparse
import collections
import json
import os
import random
import sys
import unicodedata

SEED = 20261102
N_DOCS = 300          # clean documents
N_OCR = 30            # OCR-noised copies of some of them (10%)

# ---------------------------------------------------------------------------
# Label markers. L(cat, s) wraps s; render() turns markers into spans.

_OPEN, _MID, _CLOSE = "\x01", "\x02", "\x03"


def L(cat, s):
    assert s and s == s.strip(), repr(s)
    return f"{_OPEN}{cat}{_MID}{s}{_CLOSE}"


def P(s): return L("PERSON", s)
def EM(s): return L("EMAIL", s)
def PH(s): return L("PHONE", s)
def PC(s): return L("POSTCODE", s)
def AD(s): return L("ADDRESS", s)
def DOB(s): return L("DATE_OF_BIRTH", s)
def NI(s): return L("NI_NUMBER", s)
def NHS(s): return L("NHS_NUMBER", s)
def UPN(s): return L("UPN", s)
def ULN(s): return L("ULN", s)
def BK(s): return L("BANK", s)
def CD(s): return L("CARD", s)
def IPA(s): return L("IP", s)
def VH(s): return L("VEHICLE", s)


def render(marked):
    """Returns (text, spans) with spans as dicts of byte offsets."""
    out = []
    spans = []
    stack = []
    pos = 0  # byte offset in output
    i = 0
    n = len(marked)
    while i < n:
        c = marked[i]
        if c == _OPEN:
            j = marked.index(_MID, i)
            assert not stack, "nested labels"
            stack.append((marked[i + 1:j], pos, len(out)))
            i = j + 1
            continue
        if c == _CLOSE:
            cat, start, out_i = stack.pop()
            text = "".join(out[out_i:])
            assert text and text == text.strip(), (cat, repr(text))
            spans.append({"begin": start, "end": pos, "category": cat, "text": text})
            i += 1
            continue
        out.append(c)
        pos += len(c.encode("utf-8"))
        i += 1
    assert not stack
    return "".join(out), spans


def visible_len(s):
    return sum(1 for c in s if c not in (_OPEN, _MID, _CLOSE)) - _marker_names_len(s)


def _marker_names_len(s):
    # characters of category names between _OPEN and _MID
    total = 0
    i = s.find(_OPEN)
    while i >= 0:
        j = s.index(_MID, i)
        total += j - i - 1
        i = s.find(_OPEN, j)
    return total


HEADER_PREFIXES = (">", "From:", "To:", "Cc:", "Sent:", "Date:", "Subject:")


def _protect_identifiers(marked):
    """Spaces inside labels other than PERSON/ADDRESS become \x04 (unbreakable)."""
    out = []
    i = 0
    while True:
        j = marked.find(_OPEN, i)
        if j < 0:
            out.append(marked[i:])
            break
        k = marked.index(_MID, j)
        e = marked.index(_CLOSE, k)
        cat = marked[j + 1:k]
        body = marked[k + 1:e]
        if cat not in ("PERSON", "ADDRESS"):
            body = body.replace(" ", "\x04")
        out.append(marked[i:k + 1] + body + _CLOSE)
        i = e + 1
    return "".join(out)


def wrap(marked, width=76):
    """Wraps each line of a marked string at spaces. Names and addresses may be
    broken across lines (as mail clients do); identifiers are kept whole."""
    return _wrap(_protect_identifiers(marked), width).replace("\x04", " ")


def _wrap(marked, width):
    lines_out = []
    for line in marked.split("\n"):
        if visible_len(line) <= width or line.startswith(HEADER_PREFIXES):
            lines_out.append(line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and visible_len(cur) + 1 + visible_len(w) > width:
                lines_out.append(cur)
                cur = w
            else:
                cur = f"{cur} {w}" if cur else w
        lines_out.append(cur)
    return "\n".join(lines_out)


# ---------------------------------------------------------------------------
# Names. (female, male) given names and surnames per background; the mix is
# deliberately broad. Names that are also English words are in WORD_* lists.

GIVEN = {
    "english": (
        ["Olivia", "Amelia", "Isla", "Ava", "Sophie", "Emily", "Charlotte", "Lily", "Ella",
         "Poppy", "Jessica", "Hannah", "Chloe", "Evie", "Matilda", "Harriet", "Eleanor",
         "Joanne", "Karen", "Claire", "Rebecca", "Gemma", "Lauren", "Kirsty", "Danielle",
         "Abigail", "Imogen", "Freya", "Tilly", "Nicola"],
        ["Oliver", "George", "Harry", "Thomas", "Oscar", "James", "William", "Alfie", "Joshua",
         "Daniel", "Samuel", "Ethan", "Freddie", "Archie", "Toby", "Callum", "Liam", "Jamie",
         "Ryan", "Connor", "Gareth", "Stuart", "Neil", "Craig", "Nathan", "Kieran", "Ben",
         "Josh", "Dominic", "Simon"]),
    "welsh": (
        ["Siân", "Cerys", "Ffion", "Angharad", "Eleri", "Nia", "Seren", "Megan", "Lowri",
         "Bethan", "Carys", "Gwenllian", "Elin", "Mali"],
        ["Dafydd", "Rhys", "Gethin", "Iwan", "Emyr", "Huw", "Owain", "Aled", "Cai", "Llŷr",
         "Macsen", "Tomos", "Ioan", "Gruffydd"]),
    "scottish": (
        ["Eilidh", "Morag", "Kirsteen", "Mhairi", "Catriona", "Fiona", "Ailsa", "Isla", "Kirsty"],
        ["Hamish", "Euan", "Fraser", "Alasdair", "Ruaridh", "Angus", "Lachlan", "Callum", "Iain"]),
    "irish": (
        ["Aoife", "Siobhán", "Niamh", "Saoirse", "Caoimhe", "Róisín", "Clodagh", "Gráinne",
         "Orla", "Aisling"],
        ["Oisín", "Cian", "Darragh", "Pádraig", "Seán", "Ciarán", "Eoin", "Tadhg", "Cathal",
         "Rónán"]),
    "south_asian": (
        ["Aisha", "Priya", "Ananya", "Fatima", "Zainab", "Simran", "Harpreet", "Nusrat",
         "Ayesha", "Sana", "Riya", "Kiran", "Anjali", "Farzana", "Rukhsana", "Mehreen"],
        ["Mohammed", "Arjun", "Ibrahim", "Rohan", "Harjit", "Imran", "Sanjay", "Vikram",
         "Zain", "Aarav", "Bilal", "Gurpreet", "Faisal", "Rahul", "Asif", "Hamid"]),
    "polish": (
        ["Zofia", "Agnieszka", "Małgorzata", "Kasia", "Zuzanna", "Wiktoria", "Magdalena",
         "Joanna", "Aleksandra", "Ewa"],
        ["Łukasz", "Jakub", "Wojciech", "Mateusz", "Paweł", "Krzysztof", "Szymon", "Tomasz",
         "Bartłomiej", "Marek"]),
    "west_african": (
        ["Adaeze", "Chiamaka", "Ngozi", "Abena", "Ama", "Folake", "Funmilayo", "Efua",
         "Yetunde", "Blessing", "Chidinma", "Adwoa"],
        ["Chukwuemeka", "Oluwaseun", "Kwame", "Kofi", "Tunde", "Emeka", "Babajide", "Adebayo",
         "Yaw", "Femi", "Obinna", "Kwabena"]),
    "caribbean": (
        ["Shanice", "Kerry-Ann", "Tanisha", "Marcia", "Beverley", "Jade", "Keisha", "Monique",
         "Sharlene", "Paulette"],
        ["Delroy", "Winston", "Marlon", "Tyrone", "Leroy", "Jermaine", "Dwayne", "Errol",
         "Courtney", "Clive"]),
    "arabic": (
        ["Layla", "Mariam", "Noor", "Yasmin", "Huda", "Rania", "Amira", "Salma", "Dina"],
        ["Omar", "Yusuf", "Khalid", "Hamza", "Tariq", "Karim", "Ahmed", "Samir", "Bassam"]),
    "chinese": (
        ["Mei", "Jing", "Xinyi", "Yan", "Hui", "Ling", "Zhen", "Xiaoling"],
        ["Wei", "Jun", "Hao", "Jian", "Ming", "Bo", "Tao", "Zihan"]),
    "somali": (
        ["Hodan", "Faadumo", "Ayaan", "Hibo", "Sahra", "Ubah", "Ifrah", "Nimco"],
        ["Abdi", "Mahad", "Liban", "Cabdi", "Guled", "Abdirahman", "Mustafe", "Sharmarke"]),
    "turkish": (
        ["Elif", "Zeynep", "Ayşe", "Merve", "Büşra", "Ece", "Defne"],
        ["Emre", "Mehmet", "Burak", "Yiğit", "Can", "Kerem", "Mustafa", "Barış"]),
    "european": (
        ["Zoë", "Chloë", "Inês", "Ioana", "Rūta", "Renée", "Ana", "Lucía", "Léa"],
        ["José", "Andrei", "Mantas", "João", "André", "Noël", "Matteo", "Lukas", "Jonas"]),
}

WORD_GIVEN = (
    ["Grace", "Hope", "May", "Rose", "Faith", "Joy", "Summer", "Amber", "Dawn", "Ivy", "Holly",
     "Daisy", "April", "Autumn", "Sky", "Star", "Honor"],
    ["Will", "Mark", "Jack", "Bill", "Frank", "Victor", "Miles", "Guy", "Drew", "Bob", "Sonny",
     "Chase", "Reed", "Rich"])

SURNAMES = {
    "english": ["Smith", "Jones", "Taylor", "Wilson", "Johnson", "Walker", "Wright",
                "Robinson", "Thompson", "Hughes", "Edwards", "Hall", "Harris", "Clarke",
                "Jackson", "Turner", "Moore", "Cooper", "Ward", "Carter", "Fenwick",
                "Sutcliffe", "Ackroyd", "Holroyd", "Barraclough", "Whitaker", "Pickles",
                "Ramsbottom", "Hardcastle", "Lockwood"],
    "welsh": ["Davies", "Evans", "Williams", "Roberts", "Lloyd", "Pritchard", "Prosser",
              "Llewellyn", "Rhys", "Vaughan", "Bowen", "Powell", "Griffiths", "ap Iorwerth"],
    "scottish": ["MacDonald", "McLeod", "Campbell", "Stewart", "Fraser", "Munro", "Sinclair",
                 "Robertson", "McIntyre", "Buchanan", "MacKenzie"],
    "irish": ["O'Brien", "O'Sullivan", "Murphy", "Kelly", "Byrne", "Doherty", "McCarthy",
              "Ó Briain", "Gallagher", "Quinn", "Ní Bhriain", "O’Connor"],
    "south_asian": ["Patel", "Khan", "Singh", "Kaur", "Ahmed", "Hussain", "Begum", "Shah",
                    "Chaudhry", "Iqbal", "Sharma", "Gupta", "Rahman", "Malik", "Mistry",
                    "Sandhu", "Gill", "Choudhury", "Bhatti", "Nair"],
    "polish": ["Kowalski", "Nowak", "Wiśniewska", "Wójcik", "Kamiński", "Lewandowska",
               "Zieliński", "Szymańska", "Dąbrowski", "Woźniak", "Mazur", "Krawczyk"],
    "west_african": ["Okafor", "Adeyemi", "Mensah", "Boateng", "Okonkwo", "Asante",
                     "Adebayo", "Eze", "Owusu", "Olawale", "Nwosu", "Bankole", "Oyelaran"],
    "caribbean": ["Campbell", "Francis", "Grant", "Samuels", "Bailey", "Reid", "Morgan",
                  "Thomas", "Lewis", "Henry", "Gayle", "Brathwaite"],
    "arabic": ["Al-Sayed", "Haddad", "Mansour", "Khalil", "Nasser", "Farouk", "Al-Amin",
               "Aziz", "Saleh", "El-Masri"],
    "chinese": ["Chen", "Wang", "Li", "Zhang", "Liu", "Huang", "Wong", "Chan", "Lam",
                "Cheung", "Zhou"],
    "somali": ["Mohamed", "Hassan", "Warsame", "Abdullahi", "Farah", "Ali", "Osman", "Jama",
               "Egal", "Nur"],
    "turkish": ["Yılmaz", "Demir", "Kaya", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan"],
    "european": ["Silva", "Santos", "Popescu", "Kazlauskas", "Dubois", "Rossi", "Müller",
                 "Fernandes", "Petrović", "Horváth"],
}

WORD_SURNAMES = ["Brown", "Young", "White", "Green", "Black", "Wood", "Hill", "King", "Bird",
                 "Long", "Little", "Baker", "Cook", "Mason", "Bishop", "Church", "Hope",
                 "May", "Rose", "Best", "Sharp", "Frost", "Snow", "Winter", "Marsh", "Field",
                 "Lamb", "Fox", "Hunt", "Mark", "Stone", "Close"]

ORIGIN_WEIGHTS = [
    ("english", 24), ("welsh", 6), ("scottish", 5), ("irish", 6), ("south_asian", 14),
    ("polish", 7), ("west_african", 8), ("caribbean", 6), ("arabic", 5), ("chinese", 5),
    ("somali", 5), ("turkish", 4), ("european", 5)]


def ascii_fold(s):
    table = {"Ł": "L", "ł": "l", "ø": "o", "Ø": "O", "ß": "ss", "ı": "i", "’": "", "'": ""}
    s = "".join(table.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


class Person:
    def __init__(self, first, last, gender, title=None, middle=None):
        self.first = first
        self.last = last
        self.gender = gender
        self.title = title
        self.middle = middle

    # Plain strings
    @property
    def full_s(self):
        return f"{self.first} {self.last}"

    @property
    def he(self): return {"f": "she", "m": "he"}.get(self.gender, "they")
    @property
    def He(self): return self.he.capitalize()
    @property
    def his(self): return {"f": "her", "m": "his"}.get(self.gender, "their")
    @property
    def His(self): return self.his.capitalize()
    @property
    def him(self): return {"f": "her", "m": "him"}.get(self.gender, "them")

    # Labelled forms
    @property
    def full(self): return P(self.full_s)
    @property
    def fn(self): return P(self.first)
    @property
    def ln(self): return P(self.last)
    @property
    def poss(self): return P(self.first) + "'s"
    @property
    def full_poss(self): return P(self.full_s) + "'s"
    @property
    def titled(self):  # "Mrs " + label("Okafor")
        return f"{self.title} {P(self.last)}"
    @property
    def titled_full(self):
        return f"{self.title} {P(self.full_s)}"
    @property
    def initial_last(self):
        return P(f"{self.first[0]}. {self.last}")
    @property
    def title_initial(self):
        return f"{self.title} {P(self.first[0] + ' ' + self.last)}"
    @property
    def caps(self): return P(self.full_s.upper())
    @property
    def caps_last(self): return P(self.last.upper())
    @property
    def caps_first(self):
        return P((self.first + (" " + self.middle if self.middle else "")).upper())
    @property
    def with_middle(self):
        return P(f"{self.first} {self.middle} {self.last}" if self.middle else self.full_s)

    def email_addr(self, domain, style=None, rng=None):
        f = ascii_fold(self.first).lower().replace(" ", "").replace("-", "")
        last = ascii_fold(self.last).lower().replace(" ", "").replace("-", "")
        styles = [f"{f}.{last}", f"{f[0]}.{last}", f"{f}{last}", f"{f[0]}{last}",
                  f"{last}.{f}", f"{f}_{last}", f"{f}.{last}{rng.randint(1, 99) if rng else 7}",
                  f"{f}{rng.randint(70, 99) if rng else 85}"]
        if style is None:
            style = rng.randrange(len(styles)) if rng else 0
        return f"{styles[style]}@{domain}"


# ---------------------------------------------------------------------------
# Places, schools, organisations (never labelled PERSON).

AREAS = {
    "leeds": dict(town="Leeds", landline="0113 496 0", la=383,
                  places=[("Headingley", "LS6"), ("Chapeltown", "LS7"), ("Harehills", "LS8"),
                          ("Armley", "LS12"), ("Bramley", "LS13"), ("Roundhay", "LS8"),
                          ("Seacroft", "LS14"), ("Beeston", "LS11"), ("Horsforth", "LS18"),
                          ("Moortown", "LS17"), ("Hyde Park", "LS6"), ("Burley", "LS4")]),
    "manchester": dict(town="Manchester", landline="0161 496 0", la=352,
                       places=[("Moss Side", "M14"), ("Levenshulme", "M19"),
                               ("Didsbury", "M20"), ("Longsight", "M13"), ("Rusholme", "M14"),
                               ("Gorton", "M18"), ("Chorlton", "M21"), ("Withington", "M20"),
                               ("Cheetham Hill", "M8"), ("Ancoats", "M4")]),
    "london": dict(town="London", landline="020 7946 0", la=309,
                   places=[("Tottenham", "N17"), ("Stoke Newington", "N16"),
                           ("Walthamstow", "E17"), ("Poplar", "E14"), ("Peckham", "SE15"),
                           ("Brixton", "SW2"), ("Hackney", "E8"), ("Lewisham", "SE13"),
                           ("Wood Green", "N22"), ("Kilburn", "NW6")]),
}
OTHER_PLACES = [("Cathays", "Cardiff", "CF24"), ("Hillhead", "Glasgow", "G12"),
                ("Leith", "Edinburgh", "EH6"), ("Easton", "Bristol", "BS5"),
                ("Sparkbrook", "Birmingham", "B11"), ("Malone", "Belfast", "BT9"),
                ("Toxteth", "Liverpool", "L8"), ("Highfields", "Leicester", "LE2"),
                ("Halifax", "Halifax", "HX1"), ("Dewsbury", "Dewsbury", "WF13")]

STREETS = ["Heron Way", "Sycamore Close", "Chapel Street", "Victoria Road", "Moorland Avenue",
           "Bramley Gardens", "Church Lane", "Mill Street", "Beech Grove", "Oak Terrace",
           "Cardigan Road", "Station Road", "Granville Road", "Spencer Place", "Cowper Street",
           "Brudenell Mount", "Ash Road", "Thornhill Drive", "Kings Avenue", "Lister Street",
           "Percy Road", "Elmfield Court", "Wellington Street", "Hawthorn Crescent",
           "Nursery Lane", "Albert Terrace", "Quarry Mount", "Gipton Approach", "Stanley Road",
           "Moss Lane East", "Claremont Road", "Manor Drive", "Rosebery Street",
           "Harold Grove", "Edith Avenue", "Raglan Road", "Bankside Walk", "Hollybush Lane",
           "Ffordd y Parc", "Heol Las", "Tudor Way", "Windsor Court", "Crescent Grove",
           "Laburnum Street", "Orchard Rise", "Cemetery Road", "Marlborough Grove"]
HOUSE_NAMES = ["Rose Cottage", "The Old Forge", "Holly House", "Ty Gwyn", "Brook View",
               "The Laurels"]

INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"

NICKNAMES = {"Matilda": "Tilly", "William": "Will", "Thomas": "Tom", "Samuel": "Sam",
             "Joshua": "Josh", "Daniel": "Dan", "Rebecca": "Becky", "Eleanor": "Ellie",
             "Abigail": "Abi", "Mohammed": "Mo", "Oluwaseun": "Seun", "Chukwuemeka": "Emeka",
             "Małgorzata": "Gosia", "Aleksandra": "Ola", "Krzysztof": "Krzyś",
             "Bartłomiej": "Bartek", "Alasdair": "Ali", "Gwenllian": "Gwen", "Funmilayo": "Funmi",
             "Abdirahman": "Abdi", "Katarzyna": "Kasia", "Jessica": "Jess", "Charlotte": "Lottie",
             "Harriet": "Hattie", "Frederick": "Fred", "Alexander": "Alex"}

SCHOOLS = [
    dict(name="Kestrel Moor Academy", short="Kestrel Moor", street="Moor Lane",
         locality="Alwoodley", area="leeds", postcode="LS17 5DT", phone="0113 496 0100",
         domain="kestrelmoor.example.sch.uk", estab=4126, phase="secondary"),
    dict(name="St Aidan's Catholic Primary School", short="St Aidan's", street="Harehills Road",
         locality="Harehills", area="leeds", postcode="LS8 5HS", phone="0113 496 0214",
         domain="staidans.example.sch.uk", estab=3377, phase="primary"),
    dict(name="Mary Seacole High School", short="Mary Seacole", street="Clarendon Road",
         locality="Moss Side", area="manchester", postcode="M14 4PX", phone="0161 496 0330",
         domain="seacolehigh.example.sch.uk", estab=4412, phase="secondary"),
    dict(name="Bramley Fields Primary School", short="Bramley Fields", street="Broad Lane",
         locality="Bramley", area="leeds", postcode="LS13 2JR", phone="0113 496 0452",
         domain="bramleyfields.example.sch.uk", estab=2219, phase="primary"),
    dict(name="Hazelwood Community College", short="Hazelwood", street="Stockport Road",
         locality="Levenshulme", area="manchester", postcode="M19 3AB", phone="0161 496 0571",
         domain="hazelwood.example.sch.uk", estab=4031, phase="secondary"),
    dict(name="Queen Elizabeth Grammar School", short="QEGS", street="High Road",
         locality="Tottenham", area="london", postcode="N17 0BX", phone="020 7946 0622",
         domain="qegs.example.sch.uk", estab=5402, phase="secondary"),
    dict(name="Riverside Primary Academy", short="Riverside", street="Chrisp Street",
         locality="Poplar", area="london", postcode="E14 6BD", phone="020 7946 0735",
         domain="riverside.example.sch.uk", estab=2087, phase="primary"),
]

COUNCIL = {"leeds": "Leeds City Council", "manchester": "Manchester City Council",
           "london": "Haringey Council"}
POLICE = {"leeds": "West Yorkshire Police", "manchester": "Greater Manchester Police",
          "london": "the Metropolitan Police"}
HOSPITAL = {"leeds": "St James's University Hospital",
            "manchester": "Royal Manchester Children's Hospital",
            "london": "North Middlesex University Hospital"}
GP = ["Park Lane Surgery", "The Grange Medical Practice", "Chapel Allerton Health Centre",
      "Lister Medical Centre", "Windsor Medical Centre", "St Luke's Health Centre",
      "Rusholme Health Centre"]
ORGS = ["CAMHS", "the NSPCC", "Barnardo's", "the Early Help Hub", "Citizens Advice",
        "the Young Carers Service", "Ofsted", "the School Nursing Team", "Kooth",
        "the Educational Psychology Service", "Women's Aid", "the Prince's Trust"]
TRIP_PLACES = ["York", "Scarborough", "Whitby", "Robin Hood's Bay", "Chester Zoo", "Eden Camp",
               "Kirkstall Abbey", "Lincoln", "Florence", "the Yorkshire Sculpture Park",
               "Ilkley Moor", "Blackpool", "the Lake District", "Jodrell Bank",
               "the Science and Industry Museum", "Hampton Court", "Victoria Park"]
SUBJECTS = ["English", "Maths", "Science", "French", "Spanish", "History", "Geography",
            "Religious Education", "PE", "Art", "Music", "Computing", "Drama",
            "Design and Technology", "Urdu", "Polish", "Welsh", "Biology", "Chemistry",
            "Physics", "Citizenship", "Food Technology"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

ROLES = ["Head of Year 7", "Head of Year 8", "Head of Year 9", "Head of Year 10",
         "Head of Year 11", "Form Tutor", "Teaching Assistant", "Learning Mentor",
         "Attendance Officer", "Pastoral Lead", "Family Support Worker", "Class Teacher",
         "Head of English", "Head of Maths", "Head of Science", "Behaviour Lead"]

# Sentences where name-like words are not names (nothing here is labelled).
TRAPS = [
    "I will mark the mock papers over half term and return them in May.",
    "Please mark the date in your diaries.",
    "The rose garden by the main entrance has been replanted by the Eco Club.",
    "There is a two-week grace period for returning library books.",
    "We hope to see as many families as possible at the Summer Fair.",
    "Young people in Year 11 can access revision sessions after school.",
    "Packed lunches on trip days should be in a named brown paper bag.",
    "May I remind parents that the gates open at 8:30am.",
    "The Green Team will be litter picking on Friday afternoon.",
    "Black History Month assemblies will run throughout October.",
    "Will you be able to attend the review?",
    "Grace periods for late coursework are set by each department.",
    "Mark schemes for the mock exams are on the VLE.",
    "Summer term dates are attached.",
    "Reading at home for twenty minutes a day makes a real difference.",
    "The White Rose Maths booklets will come home in book bags.",
    "Sunny intervals are forecast for Sports Day, so please send a hat.",
    "The SENCo drew up a one-page profile with the class team.",
    "The walk is about three miles, mostly on good paths.",
    "The bill for the coach has now been paid in full.",
    "Hope House will host the young carers group this term.",
    "Faith leaders from the Interfaith Forum will visit in Spring.",
    "We had a frank conversation about expectations.",
    "The Met Office has issued an amber warning for snow.",
    "Holly and ivy wreaths made by Year 2 are on sale in the office.",
    "Daisy chains and dandelions are not a medical emergency!",
    "The train leaves from King's Cross at 9:03.",
    "Victoria Park will be closed for the event.",
    "Church Street is closed for resurfacing, so please use the back gate.",
    "The Young Enterprise team sold out of brownies.",
    "Long jump and high jump will take place on the back field.",
    "Guy ropes must not be pulled out of the tents.",
    "Autumn term reports will be published on the parent app.",
    "April is the deadline for the bursary application.",
    "The King's Speech is on the Year 10 History reading list.",
    "Joy and sorrow: poems of the First World War, is the Year 9 anthology.",
    "Rich tea biscuits will be available at the coffee morning.",
    "Frost on the field means PE will be indoors.",
    "Snow days will be announced by 7am on the website.",
    "Chase the Ace is a card game played at the quiz night.",
    "Miles of smiles at the Christmas Fair raised £1,240.",
    "The Will writing service advertised in the newsletter is not run by the school.",
    "Bishop Auckland is on the route for the geography fieldwork.",
    "The Mason jars for the science fair need washing.",
    "Star of the Week certificates go home on Fridays.",
]

FILLER = [
    "Thank you for your continued support.",
    "If you have any questions please do not hesitate to contact the school office.",
    "Attendance this term is 94.2% across the year group.",
    "Reminder: non-uniform day is on the last Friday of term (£1 donation).",
    "Please make sure all items of uniform are clearly named.",
    "The canteen will be serving a special lunch on Thursday.",
    "Parents' evening bookings open on the app next week.",
    "Our Ofsted report is available on the school website.",
    "Room 14 is out of use while the heating is repaired.",
    "Invoice INV-2026-0412 for the coach has been settled.",
    "The school's URN is 107542; the DfE number is 383/4126.",
    "Homework club runs in the library from 3:15pm until 4:30pm.",
    "Order reference 40021877 has been passed to the finance team.",
    "Period 5 on Tuesday is now a study period for Year 11.",
    "The exam centre number is 36123; candidates must bring a clear pencil case.",
]


# ---------------------------------------------------------------------------
# Identifiers with valid check characters.

UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"  # A=0 .. Z=22, no I, O, S


def upn_check(rest12):
    total = 0
    for i, ch in enumerate(rest12):
        v = int(ch) if ch.isdigit() else UPN_LETTERS.index(ch)
        total += v * (i + 2)
    return UPN_LETTERS[total % 23]


assert upn_check("383412612047") == "Z"
assert upn_check("801200005001") == "B"  # python-stdnum example


def nhs_check(nine):
    total = sum(int(d) * (10 - i) for i, d in enumerate(nine))
    c = 11 - total % 11
    if c == 11:
        return 0
    return None if c == 10 else c


def uln_check(nine):
    r = sum(int(d) * (10 - i) for i, d in enumerate(nine)) % 11
    return None if r == 0 else (10 - r) % 10


assert uln_check("100000004") == 3


def luhn_complete(partial):
    digits = [int(d) for d in partial + "0"]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return partial + str((10 - total % 10) % 10)


def luhn_ok(num):
    digits = [int(d) for d in num]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


assert luhn_ok("4111111111111111")


class Gen:
    """Random values for one run (deterministic through self.r)."""

    def __init__(self, seed):
        self.r = random.Random(seed)
        self.used_upns = set()

    # -- generic
    def pick(self, seq): return self.r.choice(seq)
    def chance(self, p): return self.r.random() < p
    def some(self, seq, k): return self.r.sample(seq, k)

    # -- people
    def origin(self):
        names, weights = zip(*ORIGIN_WEIGHTS)
        return self.r.choices(names, weights)[0]

    def given(self, gender, origin=None):
        origin = origin or self.origin()
        idx = 0 if gender == "f" else 1
        if self.chance(0.09):
            return self.pick(WORD_GIVEN[idx])
        return self.pick(GIVEN[origin][idx])

    def surname(self, origin=None):
        origin = origin or self.origin()
        if self.chance(0.10):
            return self.pick(WORD_SURNAMES)
        return self.pick(SURNAMES[origin])

    def person(self, gender=None, origin=None, last=None, adult=True, title=None):
        gender = gender or self.pick("fm")
        origin = origin or self.origin()
        first = self.given(gender, origin)
        last = last or self.surname(origin)
        if adult and title is None:
            if gender == "f":
                title = self.r.choices(["Mrs", "Ms", "Miss", "Dr"], [5, 4, 2, 1])[0]
            else:
                title = self.r.choices(["Mr", "Dr"], [12, 1])[0]
            if self.chance(0.03):
                title = "Mx"
        middle = None
        if self.chance(0.3):
            middle = self.given(gender, origin)
            if middle == first:
                middle = None
        return Person(first, last, gender, title, middle)

    def family(self):
        """A child, its parents/carers (some with different surnames), a sibling."""
        origin = self.origin()
        last = self.surname(origin)
        if self.chance(0.07):
            last = f"{last}-{self.surname()}"
        child = self.person(origin=origin, last=last, adult=False)
        mum = self.person("f", origin, last=last if self.chance(0.75) else None)
        dad = self.person("m", self.origin() if self.chance(0.15) else origin,
                          last=last if self.chance(0.8) else None)
        sib = self.person(origin=origin, last=last, adult=False)
        while sib.first == child.first:
            sib = self.person(origin=origin, last=last, adult=False)
        return child, mum, dad, sib

    def staff(self, school, n=1):
        out = []
        seen = set()
        while len(out) < n:
            p = self.person()
            if p.last in seen:
                continue
            seen.add(p.last)
            out.append(p)
        return out if n > 1 else out[0]

    # -- contact details
    def mobile(self):
        n = self.r.randint(0, 999)
        return self.pick([f"07700 900{n:03d}", f"07700900{n:03d}", f"+44 7700 900{n:03d}",
                          f"+44 (0)7700 900{n:03d}", f"07700 900 {n:03d}",
                          f"07700-900-{n:03d}", f"07700 900{n:03d}", f"07700 900{n:03d}"])

    def landline(self, area=None):
        n = self.r.randint(0, 999)
        area = area or self.pick(list(AREAS))
        if area == "london":
            return self.pick([f"020 7946 0{n:03d}", f"(020) 7946 0{n:03d}",
                              f"+44 20 7946 0{n:03d}", f"0207 946 0{n:03d}",
                              f"020 7946 0{n:03d}"])
        code = "0113" if area == "leeds" else "0161"
        return self.pick([f"{code} 496 0{n:03d}", f"({code}) 496 0{n:03d}",
                          f"{code} 4960{n:03d}", f"+44 {code[1:]} 496 0{n:03d}",
                          f"{code}-496-0{n:03d}", f"{code} 496 0{n:03d}"])

    def phone(self, area=None):
        return self.mobile() if self.chance(0.6) else self.landline(area)

    def parent_domain(self):
        return self.pick(["example.com", "example.org", "example.net", "mail.example.com",
                          "inbox.example.org", "example.co.uk"])

    def postcode(self, district):
        inward = f"{self.r.randint(0, 9)}{self.pick(INWARD_LETTERS)}{self.pick(INWARD_LETTERS)}"
        if self.chance(0.06):
            return f"{district}{inward}"
        return f"{district} {inward}"

    def address(self, area=None):
        """(lines, town, postcode); lines is a list of street/locality/town lines."""
        if area in AREAS and self.chance(0.9):
            locality, district = self.pick(AREAS[area]["places"])
            town = AREAS[area]["town"]
        else:
            locality, town, district = self.pick(OTHER_PLACES)
        street = self.pick(STREETS)
        num = self.r.randint(1, 180)
        if self.chance(0.12):
            first = f"Flat {self.r.randint(1, 12)}, {num} {street}"
        elif self.chance(0.05):
            first = f"{self.pick(HOUSE_NAMES)}, {num} {street}"
        elif self.chance(0.05):
            first = f"{num}{self.pick('ABC')} {street}"
        else:
            first = f"{num} {street}"
        lines = [first]
        if locality != town:
            lines.append(locality)
        lines.append(town)
        return lines, self.postcode(district)

    def addr_block(self, area=None, style=None):
        """Marked address: ADDRESS label for street..town, POSTCODE separately."""
        lines, pc = self.address(area)
        style = style if style is not None else self.r.randint(0, 3)
        if style == 0:  # multi-line block
            return AD("\n".join(lines)) + "\n" + PC(pc)
        if style == 1:  # one line, postcode after a comma
            return AD(", ".join(lines)) + ", " + PC(pc)
        if style == 2:  # one line, postcode after a space
            return AD(", ".join(lines)) + " " + PC(pc)
        # short: street and town only
        return AD(f"{lines[0]}, {lines[-1]}") + " " + PC(pc)

    # -- identifiers
    def ni(self):
        first_ok = "ABCEGHJKLMNOPRSTWXYZ"
        second_ok = "ABCEGHJKLMNPRSTWXYZ"
        while True:
            pre = self.pick(first_ok) + self.pick(second_ok)
            if pre not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
                break
        d = "".join(str(self.r.randint(0, 9)) for _ in range(6))
        suf = self.pick("ABCD")
        if self.chance(0.6):
            return f"{pre} {d[:2]} {d[2:4]} {d[4:]} {suf}"
        return f"{pre}{d}{suf}"

    def nhs(self):
        while True:
            nine = str(self.r.randint(4, 9)) + "".join(str(self.r.randint(0, 9)) for _ in range(8))
            c = nhs_check(nine)
            if c is not None:
                break
        s = nine + str(c)
        return self.pick([f"{s[:3]} {s[3:6]} {s[6:]}", s, f"{s[:3]}-{s[3:6]}-{s[6:]}",
                          f"{s[:3]} {s[3:6]} {s[6:]}"])

    def upn(self, school=None):
        la = AREAS[school["area"]]["la"] if school else self.pick([383, 352, 309, 380, 330])
        estab = school["estab"] if school else self.r.randint(2000, 5999)
        while True:
            rest = f"{la:03d}{estab:04d}{self.r.randint(10, 25):02d}{self.r.randint(0, 999):03d}"
            if self.chance(0.05):  # temporary UPN: last character a letter
                rest = rest[:11] + self.pick(UPN_LETTERS)
            u = upn_check(rest) + rest
            if u not in self.used_upns:
                self.used_upns.add(u)
                return u

    def uln(self):
        while True:
            nine = str(self.r.randint(1, 9)) + "".join(str(self.r.randint(0, 9)) for _ in range(8))
            c = uln_check(nine)
            if c is not None:
                return nine + str(c)

    def sort_code(self):
        a, b, c = (self.r.randint(0, 99) for _ in range(3))
        return self.pick([f"{self.r.randint(10, 99)}-{b:02d}-{c:02d}",
                          f"{self.r.randint(10, 99)} {b:02d} {c:02d}",
                          f"{self.r.randint(10, 99)}-{a:02d}-{c:02d}"])

    def account(self):
        return f"{self.r.randint(10000000, 99999999)}"

    def card(self):
        kind = self.r.randint(0, 3)
        if kind == 3:  # Amex, 15 digits
            num = luhn_complete(self.pick(["34", "37"]) + "".join(
                str(self.r.randint(0, 9)) for _ in range(12)))
            if self.chance(0.5):
                return f"{num[:4]} {num[4:10]} {num[10:]}"
            return num
        prefix = "4" if kind < 2 else str(self.r.randint(51, 55))
        num = luhn_complete(prefix + "".join(
            str(self.r.randint(0, 9)) for _ in range(15 - len(prefix))))
        assert luhn_ok(num) and len(num) == 16
        return self.pick([" ".join(num[i:i + 4] for i in range(0, 16, 4)), num,
                          "-".join(num[i:i + 4] for i in range(0, 16, 4)),
                          " ".join(num[i:i + 4] for i in range(0, 16, 4))])

    def ip(self):
        return self.pick([f"192.0.2.{self.r.randint(1, 254)}",
                          f"198.51.100.{self.r.randint(1, 254)}",
                          f"203.0.113.{self.r.randint(1, 254)}",
                          f"10.{self.r.randint(0, 40)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}",
                          f"192.168.{self.r.randint(0, 20)}.{self.r.randint(1, 254)}",
                          f"172.16.{self.r.randint(0, 31)}.{self.r.randint(1, 254)}"])

    def vehicle(self):
        letters = "ABCDEFGHJKLMNOPRSTUVWXYZ"  # no I, Q
        area = self.pick("ABCDEFGHKLMNOPRSVWY") + self.pick(letters)
        age = self.pick(["17", "67", "18", "68", "19", "69", "20", "70", "21", "71", "22",
                         "72", "23", "73", "24", "74", "15", "65", "12", "62"])
        tail = "".join(self.pick(letters) for _ in range(3))
        if self.chance(0.15):  # prefix style, 1983-2001
            return f"{self.pick('ABCDEFGHJKLMNPRSTVWXY')}{self.r.randint(1, 999)} " + tail
        if self.chance(0.1):
            return f"{area}{age}{tail}"
        return f"{area}{age} {tail}"

    # -- dates
    def date_str(self, year=None, style=None):
        y = year or self.r.choice([2025, 2026])
        m = self.r.randint(1, 12)
        d = self.r.randint(1, 28)
        style = self.r.randint(0, 5) if style is None else style
        if style == 0:
            return f"{d:02d}/{m:02d}/{y}"
        if style == 1:
            return f"{d} {MONTHS[m - 1]} {y}"
        if style == 2:
            suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
            return f"{d}{suf} {MONTHS[m - 1]} {y}"
        if style == 3:
            return f"{d:02d}.{m:02d}.{str(y)[2:]}"
        if style == 4:
            return f"{y}-{m:02d}-{d:02d}"
        return f"{DAYS[self.r.randint(0, 4)]} {d} {MONTHS[m - 1]}"

    def dob(self, age_from=4, age_to=17, adult=False):
        y = 2026 - (self.r.randint(25, 55) if adult else self.r.randint(age_from, age_to))
        return self.date_str(y, self.r.randint(0, 4))

    def time(self):
        return f"{self.r.randint(8, 16)}:{self.pick(['00', '05', '15', '20', '30', '40', '45', '50'])}"

    def year_group(self, school):
        return self.r.randint(7, 11) if school["phase"] == "secondary" else self.r.randint(1, 6)

    def traps(self, k=1):
        return " ".join(self.some(TRAPS, k))

    def filler(self, k=1):
        return " ".join(self.some(FILLER, k))


# ---------------------------------------------------------------------------
# Building blocks


def letterhead(g, school, head=None):
    a = AREAS[school["area"]]
    lines = [school["name"]]
    block = [school["street"]]
    if g.chance(0.6):
        block.append(school["locality"])
    block.append(a["town"])
    if g.chance(0.5):
        lines.append(AD(", ".join(block)) + " " + PC(school["postcode"]))
    else:
        lines.append(AD("\n".join(block)))
        lines.append(PC(school["postcode"]))
    tel = PH(school["phone"])
    mail = EM(f"office@{school['domain']}")
    lines.append(g.pick([f"Tel: {tel}  Email: {mail}", f"T {tel} | E {mail}",
                         f"Telephone {tel}", f"{tel} · {mail}"]))
    if head is not None and g.chance(0.7):
        lines.append(f"Headteacher: {head.titled_full if g.chance(0.6) else head.titled}")
    return "\n".join(lines)


def salutation_parent(g, mum, dad):
    c = g.r.randint(0, 7)
    if c == 0:
        return f"Dear {mum.titled}"
    if c == 1:
        return f"Dear {dad.titled}"
    if c == 2 and mum.last == dad.last:
        return f"Dear Mr and Mrs {P(mum.last)}"
    if c == 3:
        return f"Dear {mum.titled} and {dad.titled}"
    if c == 4:
        return "Dear Parent/Carer"
    if c == 5:
        return f"Dear {mum.titled_full}"
    if c == 6:
        return f"Dear {mum.fn}"
    return "Dear Parents and Carers"


def signoff(g, staff, role, school, phone=True, email=True):
    lines = [g.pick(["Yours sincerely", "Kind regards", "Best wishes", "Many thanks",
                     "Yours faithfully", "Regards"]), ""]
    style = g.r.randint(0, 3)
    if style == 0:
        lines.append(staff.full)
    elif style == 1:
        lines.append(staff.titled_full)
    elif style == 2:
        lines.append(f"{staff.title} {P(staff.first[0] + '. ' + staff.last)}")
    else:
        lines.append(staff.titled)
    lines.append(role)
    if g.chance(0.5):
        lines.append(school["name"])
    extra = []
    if phone and g.chance(0.5):
        extra.append(f"Tel: {PH(g.landline(school['area']))}")
    if email and g.chance(0.5):
        extra.append(EM(staff.email_addr(school["domain"], g.pick([0, 1, 3]), g.r)))
    if extra:
        lines.append(" | ".join(extra) if g.chance(0.5) else "\n".join(extra))
    return "\n".join(lines)


def email_header(g, sender, sender_addr, to_list, subject, date, cc=None, outlook=None):
    """to_list: list of (display_marked_or_None, addr)."""
    def fmt(display, addr):
        if display is None:
            return EM(addr)
        return f"{display} <{EM(addr)}>"
    outlook = g.chance(0.5) if outlook is None else outlook
    lines = [f"From: {fmt(sender, sender_addr)}"]
    lines.append(f"{'Sent' if outlook else 'Date'}: {date}")
    lines.append("To: " + "; ".join(fmt(d, a) for d, a in to_list))
    if cc:
        lines.append("Cc: " + "; ".join(fmt(d, a) for d, a in cc))
    lines.append(f"Subject: {subject}")
    return "\n".join(lines)


def email_date(g):
    return g.pick([f"{g.date_str(style=1)} {g.time()}",
                   f"{DAYS[g.r.randint(0, 4)]}, {g.date_str(style=1)} {g.time()}",
                   f"{DAYS[g.r.randint(0, 4)][:3]}, {g.r.randint(1, 28)} "
                   f"{MONTHS[g.r.randint(0, 11)][:3]} 2026 {g.time()}:{g.r.randint(10, 59)} +0000"])


def staff_display(p, g):
    c = g.r.randint(0, 4)
    if c == 0:
        return p.full
    if c == 1:
        return f"{p.title} {P(p.first[0] + ' ' + p.last)}"
    if c == 2:
        return f"{p.ln}, {p.fn}"
    if c == 3:
        return f'"{p.full}"'
    return p.titled_full


# ---------------------------------------------------------------------------
# Document templates. Each returns a marked string.

BEHAVIOUR = [
    "was involved in a disagreement at lunchtime",
    "used unkind language towards another pupil",
    "left the classroom without permission",
    "was found with a mobile phone during a lesson",
    "damaged a Chromebook in the ICT suite",
    "refused to follow staff instructions in the corridor",
    "was involved in a scuffle on the field",
    "posted an upsetting comment in a group chat",
]
PRAISE = [
    "has made excellent progress in reading this half term",
    "showed real kindness helping a new pupil settle in",
    "achieved full marks in the times tables challenge",
    "represented the school brilliantly at the cross-country event",
    "has 100% attendance this term",
    "produced an outstanding piece of writing",
]


def t_parent_letter(g):
    school = g.pick(SCHOOLS)
    head = g.person()
    child, mum, dad, sib = g.family()
    other = g.person(adult=False)
    staff = g.person()
    tutor = g.person()
    yr = g.year_group(school)
    kind = g.pick(["behaviour", "attendance", "praise", "detention", "concern", "medical"])
    out = [letterhead(g, school, head), ""]
    if g.chance(0.6):
        who = g.pick([f"{mum.titled_full}", f"Mr and Mrs {P(mum.last)}" if mum.last == dad.last
                      else mum.titled_full, f"The Parent/Carer of {child.full}",
                      f"{dad.titled_full}"])
        out.append(who)
        out.append(g.addr_block(school["area"], g.pick([0, 0, 1])))
        out.append("")
    out.append(g.date_str(style=g.pick([1, 2])))
    out.append("")
    if g.chance(0.5):
        out.append(f"Re: {child.full} (Year {yr})" if g.chance(0.6)
                   else f"RE: {child.caps} – {'DOB ' + DOB(g.dob()) if g.chance(0.5) else 'Year ' + str(yr)}")
        out.append("")
    out.append(salutation_parent(g, mum, dad) + ",")
    out.append("")
    if kind == "behaviour":
        out.append(f"I am writing to let you know that today {child.fn} {g.pick(BEHAVIOUR)}. "
                   f"{child.He} was spoken to by {staff.titled} and has had time to reflect on "
                   f"what happened.")
        out.append("")
        out.append(f"Another pupil, {other.full}, was also involved and {other.poss} parents "
                   f"have been contacted separately. We would ask that you discuss this with "
                   f"{child.fn} at home. {g.traps()}")
        if g.chance(0.5):
            out.append("")
            out.append(f"{child.poss} form tutor, {tutor.titled}, will check in with "
                       f"{child.him} each morning next week.")
    elif kind == "attendance":
        pct = g.r.randint(71, 89)
        out.append(f"{child.poss} attendance is currently {pct}.{g.r.randint(0, 9)}%, which is "
                   f"below the school's target of 96%. Since {g.date_str(style=5)} {child.fn} "
                   f"has missed {g.r.randint(6, 22)} sessions, {g.r.randint(2, 9)} of them "
                   f"unauthorised.")
        out.append("")
        out.append(f"I would like to invite you to an attendance meeting with {staff.titled_full}, "
                   f"our Attendance Officer, on {g.date_str(style=5)} at {g.time()}. If this is "
                   f"not convenient please call {PH(g.landline(school['area']))}.")
        out.append("")
        out.append(g.filler())
    elif kind == "praise":
        out.append(f"I wanted to write to tell you that {child.fn} {g.pick(PRAISE)}. "
                   f"{tutor.titled} nominated {child.him} for a Headteacher's Award and "
                   f"{child.he} will receive it in assembly on {DAYS[g.r.randint(0, 4)]}.")
        out.append("")
        out.append(g.traps())
    elif kind == "detention":
        out.append(f"{child.fn} has been given a one-hour detention on {g.date_str(style=5)} "
                   f"from 3:10pm to 4:10pm for {g.pick(['repeated lateness', 'missing homework', 'disruption in lessons'])}. "
                   f"The detention will be supervised by {staff.titled}.")
        out.append("")
        out.append(f"Please make arrangements for {child.fn} to get home safely afterwards. "
                   f"{g.traps()}")
    elif kind == "concern":
        out.append(f"Over the last few weeks staff have noticed that {child.fn} seems tired and "
                   f"withdrawn in lessons. {staff.titled} mentioned that {child.he} has not "
                   f"been eating lunch, and {other.fn} told a member of staff that {child.fn} "
                   f"had been upset at break.")
        out.append("")
        out.append(f"We would welcome a chance to talk this through. {tutor.titled_full} "
                   f"({g.pick(ROLES)}) can be contacted on {PH(g.landline(school['area']))} or "
                   f"{EM(tutor.email_addr(school['domain'], 1, g.r))}.")
    else:
        out.append(f"Thank you for letting us know about {child.poss} diagnosis. We have "
                   f"updated {child.his} medical record and shared the care plan with "
                   f"{staff.titled}, the first aid lead, and with {tutor.titled_full}.")
        out.append("")
        out.append(f"Please could you confirm the details of {child.poss} GP "
                   f"({g.pick(GP)}) and {child.his} NHS number, {NHS(g.nhs())}, are correct.")
    out.append("")
    if g.chance(0.4):
        out.append(g.filler())
        out.append("")
    signer = head if g.chance(0.4) else staff
    out.append(signoff(g, signer, "Headteacher" if signer is head else g.pick(ROLES), school))
    return "\n".join(out)


COMPLAINTS = [
    "has been calling {c} names on the walk home",
    "took {c}'s PE kit and threw it in the canal",
    "keeps messaging {c} late at night",
    "pushed {c} over in the lunch queue",
    "has been leaving {c} out of the group at break",
]


def t_parent_email(g):
    school = g.pick(SCHOOLS)
    child, mum, dad, sib = g.family()
    parent = mum if g.chance(0.6) else dad
    other = g.person(adult=False)
    other_parent = g.person("f", last=other.last if g.chance(0.7) else None)
    staff = g.person()
    addr = parent.email_addr(g.parent_domain(), rng=g.r)
    staff_addr = staff.email_addr(school["domain"], g.pick([0, 1]), g.r)
    display = parent.full if g.chance(0.7) else None
    subj = g.pick([f"{child.fn} - {g.pick(['bullying', 'absence', 'homework', 'trip', 'lunch money'])}",
                   f"Concern about {child.fn}", "Absence", "Quick question",
                   f"{child.full} Y{g.year_group(school)}"])
    hdr = email_header(g, display, addr, [(staff_display(staff, g), staff_addr)], subj,
                       email_date(g))
    body = [hdr, ""]
    body.append(g.pick([f"Hi {staff.titled},", f"Dear {staff.titled},", f"Hello {staff.fn},",
                        f"Dear {staff.titled_full},", "Hi,"]))
    body.append("")
    kind = g.r.randint(0, 3)
    if kind == 0:
        comp = g.pick(COMPLAINTS).replace("{c}'s", child.poss).replace("{c}", child.fn)
        body.append(f"I'm writing because {other.full} {comp}. This has been going on since "
                    f"{g.pick(MONTHS)} and {child.fn} doesn't want to come to school. I have "
                    f"spoken to {other.poss} mum, {other_parent.fn}, at the gate but nothing "
                    f"has changed.")
        body.append("")
        body.append(f"Can you ring me on {PH(g.mobile())}? I'm at work until 5 but can take "
                    f"calls at lunch. {g.traps() if g.chance(0.5) else ''}".strip())
    elif kind == 1:
        body.append(f"{child.fn} won't be in today, {child.he} has been sick in the night. "
                    f"{sib.fn} is fine and will be in as normal. I'll let you know about "
                    f"tomorrow.")
        if g.chance(0.5):
            body.append("")
            body.append(f"Also {child.poss} dad {dad.fn} will pick {sib.him} up on "
                        f"{DAYS[g.r.randint(0, 4)]} – his number is {PH(g.mobile())}.")
    elif kind == 2:
        body.append(f"We have moved house. Our new address is {g.addr_block(school['area'], g.pick([1, 2, 3]))} "
                    f"and my new number is {PH(g.mobile())}. Please update {child.poss} records "
                    f"and {sib.poss} too (Year {g.year_group(school)}).")
        if g.chance(0.5):
            body.append("")
            body.append(f"Could {child.fn} also be added to the bus list? {g.traps()}")
    elif g.chance(0.6):
        body.append(f"ParentPay isn't working for me so please take the £{g.r.randint(10, 45)} for "
                    f"{child.poss} trip from this card: {CD(g.card())}, expiry "
                    f"{g.r.randint(1, 12):02d}/{g.r.randint(27, 30)}, name on card {parent.caps if g.chance(0.5) else parent.full}.")
    else:
        body.append(f"Thank you for the lovely report. {child.fn} was really proud. Would "
                    f"it be possible to meet {staff.titled} and {g.person().titled} about "
                    f"options for next year? {g.traps()}")
    body.append("")
    sig = g.pick([f"Thanks\n{parent.fn}", f"Many thanks,\n{parent.full}",
                  f"{parent.fn} ({child.poss} mum)" if parent is mum else f"{parent.full}",
                  f"Regards\n{parent.titled_full}\n{PH(g.mobile())}",
                  f"Sent from my iPhone"])
    body.append(sig)
    if g.chance(0.3):
        body.append("")
        body.append(f"On {g.date_str(style=1)}, at {g.time()}, {staff.full} "
                    f"<{EM(staff_addr)}> wrote:")
        body.append(f"> Dear {parent.titled},")
        body.append(f"> Thank you for your email. {g.traps()}")
    return wrap("\n".join(body))


def t_staff_email(g):
    school = g.pick(SCHOOLS)
    a, b, c = g.staff(school, 3)
    child, mum, dad, sib = g.family()
    other = g.person(adult=False)
    dom = school["domain"]
    addr_a = a.email_addr(dom, g.pick([0, 1, 3]), g.r)
    to = [(staff_display(b, g), b.email_addr(dom, g.pick([0, 1, 3]), g.r))]
    if g.chance(0.3):
        to.append((g.pick(["Year 9 Team", "Pastoral Team", "SEND", "Safeguarding"]),
                   g.pick(["year9", "pastoral", "send", "dsl"]) + "@" + dom))
    cc = [(staff_display(c, g), c.email_addr(dom, g.pick([0, 1, 3]), g.r))] if g.chance(0.5) else None
    topic = g.r.randint(0, 4)
    subj = [f"{child.fn} {child.last[0]}", f"RE: {child.fn} - Friday",
            "Seating plans", f"FW: Call from {child.poss} mum", "Cover for P3"][topic]
    out = [email_header(g, staff_display(a, g), addr_a, to, subj, email_date(g), cc), ""]
    out.append(g.pick([f"Hi {b.fn},", f"{b.fn} –", "Hi all,", f"Morning {b.fn}", f"Dear {b.titled},"]))
    out.append("")
    if topic == 0:
        out.append(f"Just a heads up that {child.full} (Year {g.year_group(school)}) came to "
                   f"see me at break. {child.He} said {other.fn} has been making comments "
                   f"about {child.his} family online. I've logged it on CPOMS and spoken to "
                   f"{c.titled}.")
        out.append("")
        out.append(f"Can you keep an eye on {child.fn} in period 4? {g.traps()}")
    elif topic == 1:
        out.append(f"{child.poss} mum ({mum.titled}) rang again this morning. She is unhappy "
                   f"that {child.fn} was kept in on Friday and wants a meeting with you and "
                   f"{c.titled_full}. Her number is {PH(g.mobile())}.")
        out.append("")
        out.append(f"I said we would call back before 3pm. {g.traps()}")
    elif topic == 2:
        kids = [g.person(adult=False) for _ in range(g.r.randint(4, 7))]
        out.append(f"I've moved {kids[0].fn} and {kids[1].full} apart in {g.pick(SUBJECTS)} "
                   f"after last week. {kids[2].fn} is now at the front with "
                   f"{kids[3].initial_last if g.chance(0.5) else kids[3].fn}.")
        out.append("")
        for k in kids[4:]:
            out.append(f"- {k.full}: needs a seat near the door (medical)")
        out.append(g.traps())
    elif topic == 3:
        out.append(f"Forwarding this as {c.fn} is off today." if g.chance(0.5) else "Forwarding for info.")
        out.append("")
        out.append("---------- Forwarded message ---------")
        out.append(f"From: {mum.full} <{EM(mum.email_addr(g.parent_domain(), rng=g.r))}>")
        out.append(f"Date: {email_date(g)}")
        out.append(f"Subject: {P(child.first)}")
        out.append("")
        out.append(f"Hi, {child.fn} has an appointment at {g.pick(list(HOSPITAL.values()))} "
                   f"on {g.date_str(style=5)} so will leave at 11. {dad.fn} will collect. "
                   f"Thanks, {mum.fn}")
    else:
        out.append(f"Could someone cover my Year {g.r.randint(7, 11)} {g.pick(SUBJECTS)} "
                   f"class in P3? Work is on Teams. {c.fn} said {c.he} might be free. "
                   f"{g.traps()}")
    out.append("")
    out.append(g.pick(["Thanks", "Cheers", "Many thanks", "Best", "Ta"]))
    out.append(a.fn if g.chance(0.5) else a.full)
    if g.chance(0.6):
        out.append("")
        out.append(f"{a.full}\n{g.pick(ROLES)}\n{school['name']}\nDirect line: {PH(g.landline(school['area']))}")
    if g.chance(0.4):
        out.append("")
        out.append("-----Original Message-----" if g.chance(0.5) else "________________________________")
        out.append(email_header(g, staff_display(b, g), to[0][1],
                                [(staff_display(a, g), addr_a)], "Quick one", email_date(g), outlook=True))
        out.append("")
        out.append(g.pick([f"Hi {a.fn},", f"{a.fn},", "Hi,"]))
        out.append("")
        out.append(f"Have you got a minute today about {child.fn}? {g.pick(['Mum', 'Dad', 'Nan'])} was in "
                   f"reception at 8:30 asking for you. {other.full} was mentioned again. "
                   f"{g.traps()}")
        if g.chance(0.5):
            out.append("")
            out.append(f"Also {g.person().titled} from {g.pick(ORGS)} rang – can you call back on "
                       f"{PH(g.phone(school['area']))}?")
        out.append("")
        out.append(b.fn)
    return wrap("\n".join(out))


def t_incident_report(g):
    school = g.pick(SCHOOLS)
    child, mum, dad, sib = g.family()
    others = [g.person(adult=False) for _ in range(3)]
    staff, witness = g.staff(school, 2)
    caps = g.chance(0.5)
    out = [f"{school['name'].upper() if caps else school['name']}", "INCIDENT REPORT FORM", ""]
    if caps:
        out.append(f"SURNAME: {child.caps_last}    FORENAME(S): {child.caps_first}")
    else:
        out.append(f"Pupil name: {child.with_middle}")
    out.append(f"Year / Form: {g.year_group(school)}{g.pick('ABCDKLMRS')}")
    if g.chance(0.6):
        out.append(f"{g.pick(['DOB', 'D.O.B.', 'Date of birth'])}: {DOB(g.dob())}")
    if g.chance(0.5):
        out.append(f"UPN: {UPN(g.upn(school))}")
    out.append(f"Date of incident: {g.date_str(style=g.pick([0, 1]))}   Time: {g.time()}")
    out.append(f"Location: {g.pick(['Playground', 'Dining hall', 'Corridor outside S12', 'Bus bay', 'Field', 'Changing rooms', 'Library'])}")
    out.append(f"Reported by: {staff.titled_full if g.chance(0.5) else staff.full} ({g.pick(ROLES)})")
    out.append("")
    out.append("Description of incident:")
    out.append(f"{child.fn} and {others[0].full} were {g.pick(['arguing over a football', 'pushing in the queue', 'shouting at each other', 'fighting near the bins'])}. "
               f"{others[1].fn} tried to separate them and was hit on the arm. "
               f"{child.fn} said that {others[0].fn} had called {child.him} a name. "
               f"{others[0].poss} version is that {child.fn} started it.")
    out.append("")
    out.append("Witnesses:")
    out.append(f"{others[1].full}, {others[2].full} (pupils); {witness.titled} (staff)")
    out.append("")
    out.append("Injuries / first aid:")
    out.append(g.pick([f"Ice pack applied to {others[1].poss} arm by {witness.titled}.",
                       "None.", f"Graze to {child.poss} knee, cleaned and plastered."]))
    out.append("")
    out.append("Action taken:")
    out.append(f"- Both pupils spoken to by {staff.titled}")
    out.append(f"- {child.poss} parent ({mum.titled if g.chance(0.5) else mum.full}) phoned on "
               f"{PH(g.phone(school['area']))} at {g.time()}")
    out.append(f"- {others[0].poss} father, {g.person('m', last=others[0].last).titled_full}, informed by email")
    if g.chance(0.4):
        out.append(f"- Referred to {g.pick(ORGS)} / logged on CPOMS")
    out.append("")
    out.append(f"Signed: {staff.full if not caps else staff.caps}   Date: {g.date_str(style=0)}")
    if g.chance(0.4):
        out.append(g.traps())
    return "\n".join(out)


def t_minutes(g):
    school = g.pick(SCHOOLS)
    n = g.r.randint(5, 9)
    staff = g.staff(school, n)
    roles = ["Headteacher", "Deputy Headteacher", "SENCo", "Designated Safeguarding Lead",
             "Chair of Governors", "Parent Governor", "Staff Governor", "Clerk",
             "School Business Manager"]
    kind = g.pick(["Governing Board", "Pastoral team meeting", "SEND review meeting",
                   "Full Governing Board", "Safeguarding team meeting", "Teaching and Learning Committee"])
    out = [f"{school['name']}", f"Minutes of the {kind}", f"{g.date_str(style=g.pick([1, 5]))}, {g.time()}, "
           f"{g.pick(['Library', 'Room 14', 'Conference Room', 'Microsoft Teams'])}", ""]
    out.append("Present:")
    for p, r in zip(staff, roles):
        out.append(f"{p.titled_full if g.chance(0.4) else p.full} ({r})")
    out.append("")
    aps = [g.person() for _ in range(g.r.randint(0, 2))]
    out.append("Apologies: " + (", ".join(a.full for a in aps) if aps else "None"))
    out.append("")
    pupils = [g.person(adult=False) for _ in range(4)]
    chair = staff[4 % len(staff)]
    kinds = [0] + g.some([1, 2, 2, 3, 4, 5, 6, 7, 8], g.r.randint(3, 8))
    kinds = sorted(set(kinds), key=kinds.index)
    actions = []
    for i, t in enumerate(kinds, start=1):
        sp = g.pick(staff)
        sp2 = g.pick(staff)
        if t == 0:
            out.append(f"{i}. Minutes of the last meeting and matters arising")
            out.append(f"Agreed as a true record and signed by the Chair, {chair.titled}.")
            if g.chance(0.6):
                out.append(f"Matters arising: {sp.fn} confirmed that the {g.pick(['trip risk assessment', 'new visitor system', 'uniform review'])} "
                           f"is complete. {g.filler()}")
        elif t == 1:
            out.append(f"{i}. Headteacher's report")
            out.append(f"{staff[0].titled} reported that attendance is {g.r.randint(91, 96)}.{g.r.randint(0, 9)}%. "
                       f"{g.traps()} {g.filler()}")
            if g.chance(0.6):
                out.append(f"Q: {g.pick(staff).fn} asked how persistent absence compares with last year.")
                out.append(f"A: {staff[0].titled} said it is down by {g.r.randint(1, 4)}% and thanked "
                           f"{g.pick(staff).titled_full} for the work with families.")
        elif t == 2:
            pu = g.pick(pupils)
            out.append(f"{i}. Pupil concerns (confidential)")
            out.append(f"{sp.fn} raised concerns about {pu.full} in Year {g.year_group(school)}. "
                       f"{pu.poss} attendance has dropped and {pu.he} has been seen with older "
                       f"young people outside school. {sp2.titled} will contact {pu.his} mum, "
                       f"{g.person('f', last=pu.last).titled}, this week.")
            if g.chance(0.5):
                out.append(f"{g.pick(staff).titled} added that {pu.fn} had told {g.person(adult=False).fn} "
                           f"that {pu.he} was \"sleeping at a friend's\". {g.traps()}")
            actions.append((f"Contact {pu.poss} family", sp2, "Friday"))
            out.append(f"ACTION: {sp2.initial_last if g.chance(0.5) else sp2.full} to make contact by Friday.")
        elif t == 3:
            out.append(f"{i}. Finance")
            out.append(f"The School Business Manager presented the budget monitoring report. "
                       f"Questions were asked about the cost of agency cover. {g.traps()}")
            out.append(f"{g.pick(staff).fn} asked whether the {g.pick(['minibus', 'roof repair', 'IT refresh'])} "
                       f"could be funded from reserves. {g.filler()}")
        elif t == 4:
            out.append(f"{i}. Safeguarding")
            pu = g.pick(pupils)
            out.append(f"The DSL, {staff[3 % len(staff)].titled_full}, reported {g.r.randint(2, 14)} new "
                       f"referrals this term. A referral was made for {pu.fn} "
                       f"(Year {g.year_group(school)}) to {COUNCIL[school['area']]} Children's Social Care.")
            out.append(f"Training: {g.r.randint(80, 100)}% of staff have completed the annual update; "
                       f"{g.person().full} and {g.person().full} still to do it.")
        elif t == 5:
            out.append(f"{i}. SEND")
            pu = g.pick(pupils)
            out.append(f"An EHCP application for {pu.full} has been submitted. {sp.titled} "
                       f"asked whether the Educational Psychologist, {g.person().titled_full}, "
                       f"had been able to observe {pu.him}. {g.traps()}")
            actions.append(("Chase EP report", staff[2 % len(staff)], g.date_str(style=5)))
        elif t == 6:
            out.append(f"{i}. Policies")
            out.append(f"The Behaviour Policy and the Charging and Remissions Policy were "
                       f"approved. {g.filler()}")
        elif t == 7:
            out.append(f"{i}. Staffing")
            np_ = g.person()
            out.append(f"{np_.titled_full} has been appointed as {g.pick(ROLES)} from "
                       f"{g.pick(MONTHS)}. {sp.fn} thanked {g.pick(staff).fn} for covering.")
            if g.chance(0.5):
                out.append(f"{g.person().titled} is on long-term sick leave; cover is in place.")
        else:
            out.append(f"{i}. Any other business")
            out.append(g.traps(2))
        out.append("")
    if actions:
        out.append("Action log")
        out.append("Action | Owner | By")
        for a, o, by in actions:
            out.append(f"{a} | {o.full if g.chance(0.5) else o.initial_last} | {by}")
        out.append("")
    out.append(f"Date of next meeting: {g.date_str(style=1)}")
    out.append(f"Signed (Chair): ______________  {staff[4 % len(staff)].full}")
    return "\n".join(out)


def t_referral(g):
    school = g.pick(SCHOOLS)
    child, mum, dad, sib = g.family()
    dsl = g.person()
    caps = g.chance(0.4)
    area = school["area"]
    out = [f"{COUNCIL[area]} – Children's Social Care", "REQUEST FOR SUPPORT / MASH REFERRAL FORM",
           f"Ref: MASH-2026-{g.r.randint(1000, 9999):06d}", ""]
    out.append("SECTION 1: CHILD'S DETAILS")
    if caps:
        out.append(f"Surname: {child.caps_last}")
        out.append(f"First name(s): {child.caps_first}")
    else:
        out.append(f"Name: {child.with_middle}")
    out.append(f"Known as: {child.fn}" if g.chance(0.3) else f"Gender: {'Female' if child.gender == 'f' else 'Male'}")
    out.append(f"Date of birth: {DOB(g.dob())}")
    out.append(f"Address: {g.addr_block(area, g.pick([1, 2, 3]))}")
    if g.chance(0.7):
        out.append(f"NHS number: {NHS(g.nhs())}")
    out.append(f"UPN: {UPN(g.upn(school))}")
    out.append(f"School: {school['name']}, Year {g.year_group(school)}")
    out.append(f"GP: {g.pick(GP)}")
    out.append(f"Ethnicity: {g.pick(['White British', 'Pakistani', 'Black African', 'Mixed White and Black Caribbean', 'Any other White background', 'Somali', 'Chinese'])}")
    out.append(f"First language: {g.pick(['English', 'Urdu', 'Polish', 'Somali', 'Arabic', 'Welsh', 'Turkish', 'Yoruba'])}")
    out.append("")
    out.append("SECTION 2: PARENTS / CARERS")
    out.append(f"Name: {mum.caps if caps else mum.full}   Relationship: Mother")
    out.append(f"Tel: {PH(g.mobile())}   Email: {EM(mum.email_addr(g.parent_domain(), rng=g.r))}")
    if g.chance(0.6):
        out.append(f"DOB: {DOB(g.dob(adult=True))}   NI number: {NI(g.ni())}")
    out.append(f"Name: {dad.caps if caps else dad.full}   Relationship: Father "
               f"({g.pick(['lives at home', 'does not live at home', 'no contact'])})")
    if g.chance(0.5):
        out.append(f"Address (if different): {g.addr_block(area, 1)}")
    out.append(f"Tel: {PH(g.mobile())}")
    out.append("")
    out.append("SECTION 3: OTHER CHILDREN IN THE HOUSEHOLD")
    out.append(f"{sib.full}, born {DOB(g.dob(2, 16))}, attends {g.pick(SCHOOLS)['name']}")
    if g.chance(0.4):
        s2 = g.person(adult=False, last=child.last)
        out.append(f"{s2.full}, born {DOB(g.dob(0, 3))}, not in school")
    out.append("")
    out.append("SECTION 4: REASON FOR REFERRAL")
    partner = g.person("m")
    out.append(f"On {g.date_str(style=1)} {child.fn} disclosed to {g.person().titled} that "
               f"{mum.poss} partner, {partner.full}, had {g.pick(['shouted and thrown a plate', 'hit ' + child.him, 'locked ' + child.him + ' out of the house overnight'])}. "
               f"{child.fn} said {sib.fn} was also there. {child.He} was tearful and said "
               f"{child.he} did not want to go home. {partner.fn} is believed to drive a "
               f"{g.pick(['silver', 'black', 'white', 'blue'])} {g.pick(['Ford Focus', 'Vauxhall Corsa', 'VW Golf', 'BMW 3 Series'])}, "
               f"registration {VH(g.vehicle())}.")
    out.append("")
    out.append(f"Previous concerns: {g.pick(['Early Help assessment closed in ' + g.pick(MONTHS), 'None known', 'Police attended the address in ' + g.pick(MONTHS) + ' (' + POLICE[area] + ')'])}.")
    out.append(f"Parents aware of referral: {g.pick(['Yes', 'No – risk of harm'])}")
    out.append("")
    out.append("SECTION 5: REFERRER")
    out.append(f"Name: {dsl.full}   Role: Designated Safeguarding Lead")
    out.append(f"Tel: {PH(g.landline(area))}   Email: {EM(dsl.email_addr(school['domain'], 1, g.r))}")
    out.append(f"Date: {g.date_str(style=0)}")
    return "\n".join(out)


def t_sen_plan(g):
    school = g.pick(SCHOOLS)
    child, mum, dad, sib = g.family()
    senco, ta, teacher, ep = g.staff(school, 4)
    out = ["SEN SUPPORT PLAN" if g.chance(0.5) else "Individual Provision Map / Pupil Passport",
           f"{school['name']}", ""]
    out.append(f"Name: {child.full}")
    out.append(f"Date of birth: {DOB(g.dob())}")
    out.append(f"Year group: {g.year_group(school)}    Class teacher: {teacher.titled}")
    out.append(f"UPN: {UPN(g.upn(school))}")
    if school["phase"] == "secondary" and g.chance(0.6):
        out.append(f"ULN: {ULN(g.uln())}")
    if g.chance(0.5):
        out.append(f"NHS No: {NHS(g.nhs())}")
    out.append(f"SENCo: {senco.titled_full}")
    out.append(f"Plan date: {g.date_str(style=1)}    Review date: {g.date_str(style=1)}")
    out.append("")
    out.append("Primary need: " + g.pick(["Speech, language and communication", "Autism spectrum condition",
                                          "Specific learning difficulty (dyslexia)", "Social, emotional and mental health",
                                          "Moderate learning difficulty", "ADHD"]))
    out.append("")
    out.append("About me")
    out.append(f"My name is {child.fn} and I like {g.pick(['drawing', 'football', 'Minecraft', 'dancing', 'animals', 'baking'])}. "
               f"I live with my mum {mum.fn} and my {'brother' if sib.gender == 'm' else 'sister'} {sib.fn}. "
               f"I find {g.pick(SUBJECTS)} hard when there is a lot of writing. "
               f"{ta.titled} helps me in class.")
    out.append("")
    out.append("What people like and admire about me")
    out.append(f"{child.fn} is kind, funny and very good with younger children. {g.traps()}")
    out.append("")
    if g.chance(0.7):
        out.append("What I find difficult")
        out.append(f"{child.fn} finds noisy spaces hard and can become upset at lunchtime. "
                   f"{child.He} sometimes leaves the room without asking. {g.pick(['Spelling', 'Handwriting', 'Making friends', 'Changes to routine'])} "
                   f"is a barrier, according to {teacher.titled}.")
        out.append("")
        out.append("Strategies that help me")
        for st in g.some(["Now/next board", "Ear defenders in assembly", "Movement breaks every 20 minutes",
                          "Coloured overlay", "Pre-teaching of vocabulary", "Check-in with a trusted adult at 8:45",
                          "Writing frame", "Extra time (25%) in tests", "Exit card"], g.r.randint(2, 6)):
            out.append(f"- {st}")
        out.append("")
    out.append("Outcomes")
    for i in range(g.r.randint(2, 5)):
        out.append(f"{i + 1}. {g.pick(['To read a short passage with 90% accuracy', 'To use a visual timetable independently', 'To ask for help using the help card', 'To manage transitions between lessons calmly', 'To write three sentences using capital letters and full stops', 'To join in a group game at lunchtime'])} "
                   f"by {g.pick(MONTHS)}.")
    out.append("")
    out.append("Provision")
    out.append(f"- Precision teaching 3 x 10 minutes a week with {ta.fn} ({ta.titled})")
    out.append(f"- Lego therapy group on {DAYS[g.r.randint(0, 4)]} with {g.person(adult=False).fn} and {g.person(adult=False).fn}")
    out.append(f"- Advice from {ep.titled_full}, Educational Psychologist ({g.date_str(style=5)})")
    if g.chance(0.5):
        out.append(f"- Speech and language therapy: {g.person().full}, {g.pick(['Leeds Community Healthcare', 'Manchester University NHS Foundation Trust', 'Whittington Health'])}")
    out.append("")
    if g.chance(0.6):
        out.append("Review notes")
        for _ in range(g.r.randint(1, 4)):
            out.append(f"{g.date_str(style=0)}: {g.pick([child.fn + ' met outcome 1.', 'Partly met; continue.', g.person().titled + ' observed in class.', 'Mum attended; ' + child.fn + ' is happier.', g.traps()])}")
        out.append("")
    out.append("Parent / carer views")
    out.append(f"{mum.titled} said that {child.fn} is anxious in the mornings and that "
               f"{child.poss} sleep has improved since the summer. {dad.fn} would like "
               f"updates by email ({EM(dad.email_addr(g.parent_domain(), rng=g.r))}).")
    out.append("")
    out.append("Signed:")
    out.append(f"Parent/carer: {mum.full}")
    out.append(f"SENCo: {senco.full}")
    if g.chance(0.4):
        out.append(f"Pupil: {child.fn}")
    return "\n".join(out)


def t_attendance_note(g):
    school = g.pick(SCHOOLS)
    child, mum, dad, sib = g.family()
    officer = g.person()
    out = [f"Attendance log – {child.full} ({g.year_group(school)}{g.pick('ABCDEFG')})" if g.chance(0.6)
           else f"Call log: {child.caps}"]
    for _ in range(g.r.randint(4, 12)):
        d = g.date_str(style=g.pick([0, 3]))
        t = g.r.randint(0, 6)
        if t == 0:
            out.append(f"{d} {g.time()} – Rang {mum.titled} on {PH(g.phone(school['area']))}, no answer, left voicemail. {officer.initial_last if g.chance(0.3) else ''}".rstrip())
        elif t == 1:
            out.append(f"{d} – Mum ({mum.fn}) called in: {child.fn} has {g.pick(['a temperature', 'a dental appointment', 'tonsillitis', 'a migraine'])}. Code I.")
        elif t == 2:
            out.append(f"{d} – No contact. Text sent to {PH(g.mobile())}. Code O.")
        elif t == 3:
            out.append(f"{d} – Home visit by {officer.titled} and {g.person().titled} to "
                       f"{AD(g.address(school['area'])[0][0])}. {dad.fn} answered, said {child.fn} was asleep.")
        elif t == 4:
            out.append(f"{d} – {child.fn} arrived late (10:20) with {sib.fn}. Code L.")
        elif t == 5:
            out.append(f"{d} – {g.traps()}")
        else:
            out.append(f"{d} – Spoke to {dad.full} at reception; holiday request for {g.pick(MONTHS)} refused.")
    if g.chance(0.5):
        out.append(f"Recorded by: {officer.full}, Attendance Officer")
    return "\n".join(out)


def t_trip_consent(g):
    school = g.pick(SCHOOLS)
    child, mum, dad, sib = g.family()
    lead = g.person()
    place = g.pick(TRIP_PLACES)
    caps = g.chance(0.4)
    out = [f"{school['name']}", f"EDUCATIONAL VISIT CONSENT FORM – {place}",
           f"Date of visit: {g.date_str(style=g.pick([1, 5]))}    Trip leader: {lead.titled}", ""]
    out.append(g.pick([f"The coach will leave school at 8:15am and return by 5pm. Cost £{g.r.randint(8, 45)}.",
                       f"Pupils will travel by train from {g.pick(['Leeds', 'Manchester Piccadilly', 'King’s Cross'])} station."]))
    out.append(g.traps())
    out.append("")
    out.append("Please complete and return to the school office.")
    out.append("")
    if caps:
        out.append(f"PUPIL NAME: {child.caps}")
    else:
        out.append(f"Pupil name: {child.full}")
    out.append(f"Class/Form: {g.year_group(school)}{g.pick('ABCDEFG')}")
    if g.chance(0.6):
        out.append(f"Date of birth: {DOB(g.dob())}")
    out.append("")
    out.append("Emergency contact 1")
    out.append(f"Name: {mum.caps if caps else mum.full}   Relationship: {g.pick(['Mother', 'Mum', 'Step-mother', 'Carer'])}")
    out.append(f"Mobile: {PH(g.mobile())}   Home: {PH(g.landline(school['area']))}")
    out.append("Emergency contact 2")
    gp = g.person() if g.chance(0.4) else dad
    out.append(f"Name: {gp.caps if caps else gp.full}   Relationship: {'Father' if gp is dad else g.pick(['Grandmother', 'Uncle', 'Aunt', 'Neighbour'])}")
    out.append(f"Mobile: {PH(g.mobile())}")
    out.append("")
    out.append("Medical information")
    out.append(f"Allergies: {g.pick(['None', 'Nuts (EpiPen)', 'Penicillin', 'Hay fever', 'Dairy'])}")
    if g.chance(0.5):
        out.append(f"NHS number: {NHS(g.nhs())}")
    out.append(f"Medication: {g.pick(['None', 'Inhaler (salbutamol)', 'Melatonin at night', 'Cetirizine'])}")
    out.append("")
    if g.chance(0.3):
        out.append(f"Payment: card ending {g.r.randint(1000, 9999)} – £{g.r.randint(8, 45)}.00 paid on ParentPay")
    elif g.chance(0.6):
        out.append(f"Payment by card: {CD(g.card())}  exp {g.r.randint(1, 12):02d}/{g.r.randint(27, 30)}")
    out.append(f"I give permission for {child.fn} to attend the visit. "
               f"{'I can help as a volunteer driver; car registration ' + VH(g.vehicle()) + '.' if g.chance(0.25) else ''}".rstrip())
    out.append(f"Signed: {mum.full if g.chance(0.5) else mum.titled}    Date: {g.date_str(style=0)}")
    return "\n".join(out)


def t_fsm_letter(g):
    school = g.pick(SCHOOLS)
    child, mum, dad, sib = g.family()
    officer = g.person()
    area = school["area"]
    out = [f"{COUNCIL[area]}", "Free School Meals and Pupil Premium", f"{g.pick(['PO Box 837', 'Merrion House', 'Town Hall', 'Civic Centre'])}",
           f"Helpline: {PH(g.landline(area))}", ""]
    out.append(mum.titled_full if g.chance(0.6) else mum.caps)
    out.append(g.addr_block(area, 0))
    out.append("")
    out.append(f"Date: {g.date_str(style=1)}")
    out.append(f"Our reference: FSM/{g.r.randint(100000, 999999)}")
    if g.chance(0.7):
        out.append(f"Your National Insurance number: {NI(g.ni())}")
    out.append("")
    out.append(f"Dear {mum.titled},")
    out.append("")
    kids = [child, sib]
    out.append("Thank you for your application for free school meals. I am pleased to tell "
               "you that the following children are eligible from "
               f"{g.date_str(style=1)}:")
    out.append("")
    for k in kids:
        out.append(f"{k.full}   born {DOB(g.dob())}   {g.pick(SCHOOLS)['name']}")
    out.append("")
    out.append("Eligibility was checked with the Department for Work and Pensions using the "
               f"details you gave for {mum.fn if g.chance(0.5) else mum.full}"
               f"{' and your partner ' + dad.full + ' (NI ' + NI(g.ni()) + ')' if g.chance(0.4) else ''}.")
    out.append("")
    out.append(f"Your children's schools will be told automatically. {g.traps()} If your "
               "circumstances change you must tell us within 14 days.")
    out.append("")
    if g.chance(0.5):
        out.append("School uniform grant: we will pay £150 per child into the account below.")
        out.append(f"Account name: {mum.caps if g.chance(0.5) else mum.full}")
        out.append(f"Sort code: {BK(g.sort_code())}   Account number: {BK(g.account())}")
        out.append("")
    out.append("Yours sincerely")
    out.append("")
    out.append(f"{officer.full}")
    out.append("Free School Meals Team")
    return "\n".join(out)


def t_report(g):
    school = g.pick(SCHOOLS)
    child = g.person(adult=False)
    tutor = g.person()
    subs = g.some(SUBJECTS, g.r.randint(4, 14))
    form = f"{g.year_group(school)}{g.pick('ABCDEFG')}"
    out = [f"{school['name']} – End of Year Report {g.pick(['2025', '2025–26', '2026'])}", "",
           f"Pupil: {child.full}    Form: {form}    Tutor: {tutor.titled}",
           f"Attendance: {g.r.randint(85, 100)}%    Punctuality: {g.r.randint(90, 100)}%", ""]
    comments = [
        "{c} has worked hard this year and contributes well to discussions.",
        "{c} must take more care with presentation. {t}",
        "{c} is a confident and able {s} student who should aim high next year.",
        "{c} has found some topics difficult but has kept going. Well done.",
        "I have really enjoyed teaching {c} this year.",
        "{c} needs to complete homework on time; three pieces are outstanding.",
        "{p} practical work has been excellent.",
    ]
    for s in subs:
        teacher = g.person()
        cm = g.pick(comments).replace("{c}", child.fn).replace("{p}", child.poss) \
            .replace("{s}", s).replace("{t}", g.traps())
        out.append(f"{s} ({teacher.titled if g.chance(0.7) else teacher.title_initial})")
        out.append(f"Effort: {g.r.randint(1, 4)}  Attainment: {g.pick(['Working towards', 'Expected', 'Greater depth', '4', '5', '6', '7'])}")
        out.append(cm)
        out.append("")
    out.append("Tutor comment")
    out.append(f"{child.fn} is a valued member of {form}. "
               f"{child.He} has been a reliable friend to {g.person(adult=False).fn} and "
               f"{g.person(adult=False).fn} and took part in {g.pick(['the school play', 'Young Enterprise', 'the Duke of Edinburgh’s Award', 'the choir'])}. "
               f"{g.traps()}")
    out.append(f"– {tutor.full}")
    return "\n".join(out)


def t_it_log(g):
    school = g.pick(SCHOOLS)
    tech = g.person()
    out = [f"{school['short']} IT Services – {g.pick(['Web filtering alert', 'Safeguarding monitoring report', 'Account security incident'])}",
           f"Generated: {g.date_str(style=4)} {g.time()}", ""]
    for _ in range(g.r.randint(2, 6)):
        kid = g.person(adult=False)
        user = ascii_fold(kid.first[0] + kid.last).lower().replace(" ", "").replace("-", "")
        addr = f"{g.r.randint(20, 25)}{user}@pupils.{school['domain']}"
        out.append(f"User: {kid.full} ({EM(addr)})")
        out.append(f"Device: {g.pick(['CB-', 'LAP-', 'PC-S12-'])}{g.r.randint(100, 999)}   IP: {IPA(g.ip())}")
        out.append(f"Category: {g.pick(['Self-harm', 'Violence', 'Gambling', 'Proxy/VPN', 'Adult content', 'Bullying'])}   "
                   f"Term: \"{g.pick(['how to get round the filter', 'free vpn', 'fight compilation', 'betting tips'])}\"")
        out.append("")
    out.append(f"Escalated to the DSL ({g.person().titled}) by {tech.full}.")
    if g.chance(0.5):
        out.append(f"Failed staff login from {IPA(g.ip())} for {EM(g.person().email_addr(school['domain'], 1, g.r))} "
                   f"at {g.time()}; account locked.")
    return "\n".join(out)


def t_site_log(g):
    school = g.pick(SCHOOLS)
    mgr = g.person()
    out = [f"{school['name']} – Site Manager's log", f"Week commencing {g.date_str(style=1)}", ""]
    for _ in range(g.r.randint(3, 8)):
        d = DAYS[g.r.randint(0, 4)]
        t = g.r.randint(0, 4)
        if t == 0:
            p = g.person()
            out.append(f"{d}: Car {VH(g.vehicle())} parked on the zig-zags at drop-off again. "
                       f"Believed to belong to {p.titled} ({g.person(adult=False).poss} {g.pick(['mum', 'dad', 'grandad'])}).")
        elif t == 1:
            out.append(f"{d}: Contractor van {VH(g.vehicle())} on site 9:00–15:30 (boiler).")
        elif t == 2:
            out.append(f"{d}: {g.traps()}")
        elif t == 3:
            out.append(f"{d}: Visitor parking – {g.person().full}, {VH(g.vehicle())}, signed in at reception.")
        else:
            out.append(f"{d}: {g.pick(['Leak in Room 14 reported', 'Fire alarm test at 10:00', 'Gate 2 padlock replaced', 'Bins not collected'])}.")
    out.append("")
    out.append(f"{mgr.full}, Site Manager, {PH(g.mobile())}")
    return "\n".join(out)


def t_finance(g):
    school = g.pick(SCHOOLS)
    child, mum, dad, sib = g.family()
    bm = g.person()
    payer = mum if g.chance(0.6) else dad
    out = [letterhead(g, school), "", f"{g.date_str(style=1)}", ""]
    kind = g.pick([0, 1, 1, 2])
    if kind == 0:
        out.append(f"Dear {payer.titled},")
        out.append("")
        out.append(f"Refund of trip payment – {child.full}")
        out.append("")
        out.append(f"As the {g.pick(TRIP_PLACES)} visit was cancelled we will refund £{g.r.randint(10, 60)}.00 "
                   f"by bank transfer to the account you gave us:")
        out.append("")
        out.append(f"Account holder: {payer.full}")
        out.append(f"Sort code: {BK(g.sort_code())}")
        out.append(f"Account no: {BK(g.account())}")
    elif kind == 1:
        out.append(f"Dear {payer.titled_full},")
        out.append("")
        out.append(f"We were unable to take the payment for {child.poss} music lessons. The card "
                   f"number you gave ({CD(g.card())}) was declined. Please do not send card "
                   f"details by email in future; use ParentPay or call the office on "
                   f"{PH(school['phone'])}.")
    else:
        out.append(f"Dear {payer.titled},")
        out.append("")
        out.append(f"Thank you for setting up a standing order for {child.poss} breakfast club. "
                   f"We have recorded: sort code {BK(g.sort_code())}, account {BK(g.account())}, "
                   f"reference BC{g.r.randint(1000, 9999)}.")
    out.append("")
    out.append(g.traps())
    out.append("")
    out.append(signoff(g, bm, "School Business Manager", school))
    return "\n".join(out)


def t_post16(g):
    school = g.pick([s for s in SCHOOLS if s["phase"] == "secondary"])
    child, mum, dad, sib = g.family()
    adv = g.person()
    out = [f"{school['name']} Sixth Form – Application / Transfer record", ""]
    out.append(f"Learner: {child.full if g.chance(0.6) else child.caps}")
    out.append(f"DOB: {DOB(g.dob(15, 17))}")
    out.append(f"ULN: {ULN(g.uln())}")
    out.append(f"UPN: {UPN(g.upn(school))}")
    if g.chance(0.5):
        out.append(f"Candidate number: {g.r.randint(1000, 9999)}   Centre: {g.r.randint(10000, 79999)}")
    out.append(f"Email: {EM(child.email_addr(g.parent_domain(), rng=g.r))}")
    out.append(f"Mobile: {PH(g.mobile())}")
    out.append(f"Home address: {g.addr_block(school['area'], g.pick([1, 2]))}")
    out.append("")
    out.append(f"Courses: {', '.join(g.some(SUBJECTS, 3))}")
    out.append(f"Predicted grades from {g.person().titled} (Head of Year 11). {g.traps()}")
    out.append("")
    out.append(f"Careers interview with {adv.full} on {g.date_str(style=1)}: {child.fn} wants "
               f"to study {g.pick(['medicine', 'engineering', 'law', 'nursing', 'computer science'])}. "
               f"{child.poss} {g.pick(['mum', 'dad'])} ({mum.titled if g.chance(0.5) else dad.titled}) attended.")
    if g.chance(0.4):
        out.append(f"Bursary: paid to {child.fn}'s account, sort code {BK(g.sort_code())}, account {BK(g.account())}.")
    return "\n".join(out)


def t_first_aid(g):
    school = g.pick(SCHOOLS)
    out = [f"{school['name']} – First aid and medical log", ""]
    for _ in range(g.r.randint(2, 13)):
        kid = g.person(adult=False)
        fa = g.person()
        out.append(f"Date: {g.date_str(style=0)}  Time: {g.time()}")
        out.append(f"Pupil: {kid.full if g.chance(0.6) else kid.caps}   Year: {g.r.randint(1, 11)}")
        if g.chance(0.4):
            out.append(f"DOB: {DOB(g.dob())}   NHS: {NHS(g.nhs())}")
        out.append(f"Injury/illness: {g.pick(['Bumped head on climbing frame', 'Nosebleed', 'Asthma attack – inhaler given', 'Stomach ache', 'Fell in the playground, grazed knee', 'Allergic reaction – EpiPen administered, 999 called'])}")
        out.append(f"Treated by: {fa.titled if g.chance(0.5) else fa.full}   Parent informed: "
                   f"{g.pick(['Yes – ' + g.person().titled + ' by phone', 'Note home', 'Yes – text to ' + PH(g.mobile())])}")
        out.append("")
    if g.chance(0.5):
        out.append(g.traps())
    return "\n".join(out)


def t_admission(g):
    school = g.pick(SCHOOLS)
    child, mum, dad, sib = g.family()
    caps = g.chance(0.5)
    out = [f"{school['name'].upper()}", "IN-YEAR ADMISSION / DATA COLLECTION SHEET", ""]
    out.append("PUPIL")
    out.append(f"Legal surname: {child.caps_last if caps else child.ln}")
    out.append(f"Legal forename(s): {child.caps_first if caps else P(child.first + (' ' + child.middle if child.middle else ''))}")
    if g.chance(0.3):
        out.append(f"Preferred name: {P(NICKNAMES.get(child.first, child.middle or child.first))}")
    out.append(f"Date of birth: {DOB(g.dob())}")
    out.append(f"Previous school: {g.pick(SCHOOLS)['name']}")
    out.append(f"UPN (if known): {UPN(g.upn()) if g.chance(0.7) else 'not known'}")
    out.append(f"Home address: {g.addr_block(school['area'], g.pick([0, 1]))}")
    out.append("")
    out.append("CONTACT 1")
    out.append(f"Name: {mum.caps if caps else mum.titled_full}")
    out.append(f"Relationship: Mother   Parental responsibility: Yes")
    out.append(f"Mobile: {PH(g.mobile())}   Work: {PH(g.landline())}")
    out.append(f"Email: {EM(mum.email_addr(g.parent_domain(), rng=g.r))}")
    if g.chance(0.5):
        out.append(f"NI number (for FSM check): {NI(g.ni())}   Date of birth: {DOB(g.dob(adult=True))}")
    out.append("")
    out.append("CONTACT 2")
    out.append(f"Name: {dad.caps if caps else dad.titled_full}")
    out.append(f"Relationship: Father   Parental responsibility: {g.pick(['Yes', 'No'])}")
    out.append(f"Mobile: {PH(g.mobile())}")
    if g.chance(0.4):
        out.append(f"Address (if different): {g.addr_block(None, 1)}")
    out.append("")
    out.append("MEDICAL")
    out.append(f"Doctor: {g.pick(GP)}, {PH(g.landline(school['area']))}")
    out.append(f"NHS number: {NHS(g.nhs())}")
    out.append(f"Conditions: {g.pick(['None', 'Asthma', 'Eczema', 'Epilepsy', 'Type 1 diabetes'])}")
    out.append("")
    out.append("SIBLINGS IN SCHOOL")
    out.append(f"{sib.caps if caps else sib.full} – Year {g.year_group(school)}")
    out.append("")
    out.append("Consents: photographs Y / trips Y / internet Y")
    out.append(f"Signed: {mum.full}   Date: {g.date_str(style=0)}")
    return "\n".join(out)


def t_phone_message(g):
    school = g.pick(SCHOOLS)
    child, mum, dad, sib = g.family()
    to = g.person()
    caller = g.pick([mum, dad, g.person()])
    out = ["PHONE MESSAGE", f"For: {to.titled if g.chance(0.7) else to.fn}",
           f"From: {caller.full if g.chance(0.6) else caller.titled}"
           f"{' (' + child.poss + ' ' + ('mum' if caller is mum else 'dad' if caller is dad else 'nan') + ')' if g.chance(0.6) else ''}",
           f"Number: {PH(g.phone(school['area']))}",
           f"Taken by: {g.person().fn}  {g.date_str(style=0)} {g.time()}",
           "Message: " + g.pick([f"Please call back about {child.poss} detention.",
                                 f"{child.fn} has a dentist appointment tomorrow at 2pm.",
                                 f"Wants to discuss {child.fn} and {g.person(adult=False).full} – falling out.",
                                 f"Can {sib.fn} be collected by {g.person().full} today?"])]
    if g.chance(0.3):
        out.append(g.traps())
    return "\n".join(out)


def t_newsletter(g):
    school = g.pick(SCHOOLS)
    head = g.person()
    out = [f"{school['name']} Newsletter – {g.pick(MONTHS)} {g.pick(['2025', '2026'])}", ""]
    out.append(f"A message from {head.titled}")
    out.append(g.traps(2) + " " + g.filler())
    out.append("")
    out.append("Dates for your diary")
    for _ in range(g.r.randint(3, 6)):
        out.append(f"- {g.date_str(style=5)}: {g.pick(['Year 6 SATs', 'Sports Day', 'Summer Fair', 'INSET day – school closed', 'Flu vaccinations', 'Year 3 trip to ' + g.pick(TRIP_PLACES), 'Parents’ evening'])}")
    out.append("")
    out.append("Staff news")
    np_ = g.person()
    out.append(f"We welcome {np_.titled_full} who joins us as {g.pick(ROLES)}. "
               f"{g.person().titled} is leaving us after {g.r.randint(5, 30)} years – thank you!")
    out.append("")
    out.append("Stars of the week")
    stars = [g.person(adult=False) for _ in range(g.r.randint(2, 5))]
    out.append(", ".join(s.fn for s in stars))
    out.append("")
    out.append(g.traps(2))
    out.append(g.filler(2))
    out.append(f"Contact us: {EM('office@' + school['domain'])} or {PH(school['phone'])}")
    return "\n".join(out)


def t_staff_starter(g):
    school = g.pick(SCHOOLS)
    p = g.person()
    hr = g.person()
    ec = g.person(last=p.last if g.chance(0.5) else None)
    caps = g.chance(0.4)
    out = [f"{school['name']}", "NEW STARTER FORM – SUPPORT AND TEACHING STAFF", ""]
    out.append("Personal details")
    out.append(f"Title: {p.title}")
    if caps:
        out.append(f"Surname: {p.caps_last}")
        out.append(f"Forenames: {p.caps_first}")
    else:
        out.append(f"Full name: {p.with_middle}")
    out.append(f"Date of birth: {DOB(g.dob(adult=True))}")
    out.append(f"National Insurance number: {NI(g.ni())}")
    out.append(f"Address: {g.addr_block(school['area'], g.pick([0, 1, 2]))}")
    out.append(f"Personal email: {EM(p.email_addr(g.parent_domain(), rng=g.r))}")
    out.append(f"Mobile: {PH(g.mobile())}")
    out.append("")
    out.append("Post")
    out.append(f"Job title: {g.pick(ROLES)}    Start date: {g.date_str(style=1)}")
    out.append(f"Line manager: {g.person().titled_full}")
    if g.chance(0.5):
        out.append(f"Teacher reference number: {g.r.randint(1000000, 9999999)}")
    out.append("")
    out.append("Bank details for salary")
    out.append(f"Account name: {p.caps if caps else p.full}")
    out.append(f"Sort code: {BK(g.sort_code())}")
    out.append(f"Account number: {BK(g.account())}")
    out.append("")
    out.append("Emergency contact")
    out.append(f"Name: {ec.full}   Relationship: {g.pick(['Partner', 'Husband', 'Wife', 'Mother', 'Father', 'Sister', 'Friend'])}")
    out.append(f"Telephone: {PH(g.phone(school['area']))}")
    out.append("")
    if g.chance(0.7):
        out.append(f"Staff car park permit – vehicle registration: {VH(g.vehicle())}"
                   f"{'; second car ' + VH(g.vehicle()) if g.chance(0.3) else ''}")
    out.append(f"DBS certificate: {g.r.randint(100000000000, 999999999999)} checked by {hr.full} on {g.date_str(style=0)}")
    out.append(g.traps())
    out.append("")
    out.append(f"Processed by: {hr.initial_last if g.chance(0.5) else hr.full}, HR Officer")
    return "\n".join(out)


def t_exam_entries(g):
    school = g.pick([s for s in SCHOOLS if s["phase"] == "secondary"])
    officer = g.person()
    series = g.pick(["June 2026", "November 2025", "June 2025"])
    out = [f"{school['name']} – Exams Office", f"Access arrangements and entries – {series}",
           f"Centre number: {g.r.randint(10000, 79999)}", ""]
    out.append("Cand no | Name | UPN | ULN | Arrangement")
    for _ in range(g.r.randint(3, 9)):
        k = g.person(adult=False)
        name = g.pick([k.full, f"{k.ln}, {k.fn}", k.caps])
        out.append(f"{g.r.randint(1000, 9999)} | {name} | {UPN(g.upn(school))} | {ULN(g.uln())} | "
                   f"{g.pick(['25% extra time', 'Reader', 'Scribe', 'Separate room', 'Rest breaks', 'None', 'Word processor'])}")
    out.append("")
    out.append(f"Evidence held by the SENCo ({g.person().titled}). Form 8 signed by "
               f"{g.person().titled_full}, assessor.")
    if g.chance(0.5):
        k = g.person(adult=False)
        out.append(f"Late entry: {k.full}, ULN {ULN(g.uln())}, {g.pick(SUBJECTS)} – fee £{g.r.randint(20, 60)}.")
    out.append(g.traps())
    out.append(f"{officer.full}, Exams Officer, {EM(officer.email_addr(school['domain'], 1, g.r))}")
    return "\n".join(out)


TEMPLATES = [
    (t_parent_letter, 30), (t_parent_email, 22), (t_staff_email, 36), (t_incident_report, 20),
    (t_minutes, 16), (t_referral, 16), (t_sen_plan, 16), (t_attendance_note, 18),
    (t_trip_consent, 16), (t_fsm_letter, 12), (t_report, 14), (t_it_log, 9), (t_site_log, 7),
    (t_finance, 9), (t_post16, 8), (t_first_aid, 9), (t_admission, 10), (t_phone_message, 8),
    (t_newsletter, 6), (t_staff_starter, 10), (t_exam_entries, 8),
]
assert sum(n for _, n in TEMPLATES) == N_DOCS


# ---------------------------------------------------------------------------
# OCR noise: character confusions, dropped/extra spaces, broken lines.


def ocr_noise(marked, r):
    out = []
    i = 0
    n = len(marked)

    def literal(k):
        return k < n and marked[k] not in (_OPEN, _MID, _CLOSE)

    while i < n:
        c = marked[i]
        if c == _OPEN:
            j = marked.index(_MID, i)
            out.append(marked[i:j + 1])
            i = j + 1
            continue
        if c == _CLOSE:
            out.append(c)
            i += 1
            continue
        nxt = marked[i + 1] if literal(i + 1) else ""
        prev = out[-1][-1:] if out else ""
        x = r.random()
        if c == "r" and nxt == "n" and x < 0.35:
            out.append("m"); i += 2; continue
        if c == "m" and x < 0.05:
            out.append("rn"); i += 1; continue
        if c == "l" and x < 0.07:
            out.append("1"); i += 1; continue
        if c == "I" and x < 0.15:
            out.append("l"); i += 1; continue
        if c == "O" and x < 0.25:
            out.append("0"); i += 1; continue
        if c == "0" and x < 0.06:
            out.append("O"); i += 1; continue
        if c == "1" and x < 0.04:
            out.append("l"); i += 1; continue
        if c == "5" and x < 0.02:
            out.append("S"); i += 1; continue
        if c == "e" and x < 0.015:
            out.append("c"); i += 1; continue
        if c == "h" and x < 0.01:
            out.append("b"); i += 1; continue
        if c == "," and x < 0.05:
            out.append("."); i += 1; continue
        if c == " ":
            if x < 0.03 and prev not in ("", "\n") and nxt not in ("", "\n"):
                i += 1; continue  # dropped space
            if x < 0.06:
                out.append("  "); i += 1; continue
            if x < 0.07 and prev and nxt:
                out.append("\n"); i += 1; continue  # broken line
        if c == "\n" and x < 0.08 and prev not in ("", "\n") and nxt not in ("", "\n"):
            out.append(" "); i += 1; continue  # joined lines
        if c.isalpha() and nxt.isalpha() and x < 0.004:
            out.append(c + " "); i += 1; continue  # space inside a word
        if c.isalpha() and nxt.isalpha() and 0.004 <= x < 0.006:
            out.append(c + "-\n"); i += 1; continue  # hyphenated line end
        out.append(c)
        i += 1
    return "".join(out)


# ---------------------------------------------------------------------------


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()

    g = Gen(SEED)
    kinds = [t for t, k in TEMPLATES for _ in range(k)]
    g.r.shuffle(kinds)

    docs = []  # (file, marked, kind, ocr, source)
    for idx, t in enumerate(kinds, start=1):
        marked = t(g).rstrip("\n") + "\n"
        docs.append((f"docs/{idx:04d}.txt", marked, t.__name__[2:], False, None))

    # OCR copies: forms and letters are what gets scanned.
    scanned = [d for d in docs if d[2] in ("parent_letter", "incident_report", "referral",
                                           "sen_plan", "trip_consent", "fsm_letter",
                                           "admission", "finance", "first_aid", "report", "staff_starter",
                                           "exam_entries",
                                           "minutes", "attendance_note", "post16")]
    for k, src in enumerate(g.r.sample(scanned, N_OCR), start=N_DOCS + 1):
        noisy = ocr_noise(src[1], g.r)
        docs.append((f"docs/{k:04d}.txt", noisy, src[2], True, src[0]))

    os.makedirs(os.path.join(args.out, "docs"), exist_ok=True)
    counts = collections.Counter()
    counts_ocr = collections.Counter()
    lines_per_doc = []
    with open(os.path.join(args.out, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as lab:
        for file, marked, kind, ocr, source in docs:
            text, spans = render(marked)
            data = text.encode("utf-8")
            for s in spans:
                assert data[s["begin"]:s["end"]].decode("utf-8") == s["text"]
            with open(os.path.join(args.out, file), "wb") as f:
                f.write(data)
            rec = {"file": file, "kind": kind, "ocr": ocr}
            if source:
                rec["source"] = source
            rec["spans"] = spans
            lab.write(json.dumps(rec, ensure_ascii=False) + "\n")
            for s in spans:
                (counts_ocr if ocr else counts)[s["category"]] += 1
            lines_per_doc.append(text.count("\n"))

    cats = ["PERSON", "EMAIL", "PHONE", "POSTCODE", "ADDRESS", "DATE_OF_BIRTH", "NI_NUMBER",
            "NHS_NUMBER", "UPN", "ULN", "BANK", "CARD", "IP", "VEHICLE"]
    print(f"{len(docs)} documents ({N_DOCS} clean + {N_OCR} OCR-noised), "
          f"{min(lines_per_doc)}-{max(lines_per_doc)} lines each")
    print(f"{'category':<14} {'clean':>6} {'ocr':>5} {'total':>6}")
    for c in cats:
        print(f"{c:<14} {counts[c]:>6} {counts_ocr[c]:>5} {counts[c] + counts_ocr[c]:>6}")
    print(f"{'all':<14} {sum(counts.values()):>6} {sum(counts_ocr.values()):>5} "
          f"{sum(counts.values()) + sum(counts_ocr.values()):>6}")
    kinds_count = collections.Counter(d[2] for d in docs if not d[3])
    print("kinds:", ", ".join(f"{k} {v}" for k, v in sorted(kinds_count.items())))


if __name__ == "__main__":
    sys.exit(main())
