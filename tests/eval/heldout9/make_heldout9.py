#!/usr/bin/env python3
"""Ninth held-out detection set for dsar (tests/eval/heldout9).

Written blind: without reading the detector's code, word lists or rules, or the
earlier sets' documents and generators (only heldout8's generator, for how a
generator uses heldout_kit.py). The names, places, schools, traps and all
eighteen document kinds are new. Everything is invented. Standard library only,
fixed seed, deterministic. Writes docs/0001.txt ... docs/0120.txt and labels.jsonl.

    python3 make_heldout9.py [--out DIR] [--check]
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import heldout_kit  # noqa: E402
from heldout_kit import *  # noqa: E402,F401,F403

SEED = 20261209

# ---------------------------------------------------------------- names
GIVEN = [
    # Igbo
    ("Chukwuemeka", "m"), ("Ngozi", "f"), ("Obinna", "m"), ("Adaeze", "f"), ("Ifeanyi", "m"),
    ("Nneka", "f"), ("Ebuka", "m"), ("Uchenna", "x"), ("Chinonso", "x"), ("Amarachi", "f"),
    ("Kelechi", "x"), ("Oluchi", "f"),
    # Hausa
    ("Aminu", "m"), ("Hauwa", "f"), ("Sani", "m"), ("Hadiza", "f"), ("Abubakar", "m"),
    ("Jamila", "f"), ("Bashir", "m"), ("Maryam", "f"),
    # Ethiopian (Amharic, Oromo)
    ("Abebe", "m"), ("Tigist", "f"), ("Dawit", "m"), ("Meron", "f"), ("Yohannes", "m"),
    ("Bethlehem", "f"), ("Selamawit", "f"), ("Tewodros", "m"), ("Hiwot", "f"), ("Kidist", "f"),
    ("Chaltu", "f"), ("Gemechu", "m"), ("Obsa", "m"), ("Lensa", "f"),
    # Zulu, Xhosa
    ("Sipho", "m"), ("Thandiwe", "f"), ("Nomvula", "f"), ("Themba", "m"), ("Lindiwe", "f"),
    ("Lwazi", "m"), ("Ayanda", "x"), ("Siyabonga", "m"), ("Nokuthula", "f"), ("Xolani", "m"),
    ("Zanele", "f"), ("Andile", "x"),
    # Malayalam (Kerala)
    ("Anoop", "m"), ("Jisha", "f"), ("Sreejith", "m"), ("Aswathy", "f"), ("Vineeth", "m"),
    ("Reshma", "f"), ("Binoy", "m"), ("Sneha", "f"), ("Jincy", "f"),
    # Telugu
    ("Srinivas", "m"), ("Lakshmi", "f"), ("Venkatesh", "m"), ("Sravani", "f"), ("Harsha", "x"),
    ("Pranav", "m"), ("Keerthana", "f"), ("Sai Kiran", "m"),
    # Marathi and Hindi compound names
    ("Aniruddha", "m"), ("Shraddha", "f"), ("Vaishnavi", "f"), ("Anant", "m"),
    ("Ram Prakash", "m"), ("Sita Devi", "f"), ("Krishna Kumar", "m"), ("Prem Lata", "f"),
    # Syrian, Lebanese, Iraqi
    ("Yazan", "m"), ("Lama", "f"), ("Hamza", "m"), ("Batoul", "f"), ("Nour", "x"), ("Tarek", "m"),
    ("Rasha", "f"), ("Ghaith", "m"), ("Sidra", "f"), ("Elie", "m"), ("Joëlle", "f"),
    ("Georges", "m"), ("Charbel", "m"), ("Nadine", "f"), ("Rami", "m"), ("Zahraa", "f"),
    ("Mustafa", "m"), ("Ruqaya", "f"),
    # Finnish, Estonian, Icelandic
    ("Aino", "f"), ("Eero", "m"), ("Jussi", "m"), ("Satu", "f"), ("Tuomas", "m"), ("Päivi", "f"),
    ("Onni", "m"), ("Siiri", "f"), ("Hanna-Leena", "f"), ("Kadri", "f"), ("Triin", "f"),
    ("Rasmus", "m"), ("Liis", "f"), ("Tõnu", "m"), ("Kätlin", "f"), ("Priit", "m"),
    ("Sigrún", "f"), ("Gunnar", "m"),
    # Orkney and Shetland
    ("Magnus", "m"), ("Thorfinn", "m"), ("Ingrid", "f"), ("Erlend", "m"), ("Sigrid", "f"),
    ("Inga", "f"), ("Ragna", "f"),
    # Hebridean Gaelic
    ("Peigi", "f"), ("Dòmhnall", "m"), ("Murchadh", "m"), ("Seonag", "f"), ("Catrìona", "f"),
    ("Eòghann", "m"), ("Calum", "m"),
    # Welsh
    ("Gwenllian", "f"), ("Iolo", "m"), ("Mererid", "f"), ("Cadi", "f"), ("Gruffudd", "m"),
    ("Elis", "m"), ("Heledd", "f"), ("Tomos", "m"), ("Lowri", "f"), ("Iestyn", "m"),
    ("Ffion", "f"), ("Rhodri", "m"), ("Eirlys", "f"),
    # Burmese, Karen
    ("Aung Kyaw", "m"), ("Thiri", "f"), ("Min Thu", "m"), ("Su Myat", "f"), ("Eh Htoo", "m"),
    ("Paw Say", "f"), ("Hser Nay", "f"),
    # Georgian, Armenian
    ("Nino", "f"), ("Giorgi", "m"), ("Tamar", "f"), ("Levan", "m"), ("Anahit", "f"),
    ("Tigran", "m"), ("Narine", "f"), ("Aram", "m"), ("Lilit", "f"),
    # Bosnian
    ("Amra", "f"), ("Emir", "m"), ("Lejla", "f"), ("Adnan", "m"), ("Selma", "f"), ("Haris", "m"),
    # Maltese
    ("Ċensu", "m"), ("Josianne", "f"), ("Marija", "f"), ("Ġorġ", "m"), ("Carmel", "x"),
    # Catalan
    ("Jordi", "m"), ("Núria", "f"), ("Oriol", "m"), ("Montserrat", "f"), ("Mireia", "f"),
    # Tibetan, Mongolian
    ("Tenzin", "x"), ("Pema", "x"), ("Dorje", "m"), ("Dolma", "f"), ("Bat-Erdene", "m"),
    ("Oyunchimeg", "f"), ("Temuujin", "m"),
    # Tongan, Samoan
    ("Sione", "m"), ("Mele", "f"), ("Losa", "f"), ("Tevita", "m"), ("Fetu", "x"),
    # Caribbean
    ("Keisha-Ann", "f"), ("Dwayne", "m"), ("Marcia", "f"), ("Desmond", "m"), ("Paulette", "f"),
    ("Winston", "m"), ("Everton", "m"), ("Sharmaine", "f"),
    # English, rarer and ordinary
    ("Tamsin", "f"), ("Peregrine", "m"), ("Clemency", "f"), ("Ottoline", "f"), ("Jocasta", "f"),
    ("Araminta", "f"), ("Barnaby", "m"), ("Rufus", "m"), ("Wilfred", "m"), ("Cordelia", "f"),
    ("Euphemia", "f"), ("Crispin", "m"), ("Ambrose", "m"), ("Bathsheba", "f"), ("Jolyon", "m"),
    ("Perpetua", "f"), ("Oscar", "m"), ("Freya", "f"), ("Alfie", "m"), ("Evie", "f"),
    ("Archie", "m"), ("Kayden", "m"), ("Bethany", "f"), ("Kieran", "m"), ("Shannon", "f"),
    ("Darren", "m"), ("Tracey", "f"), ("Stuart", "m"), ("Nicola", "f"), ("Craig", "m"),
    ("Jodie-Leigh", "f"), ("Tia-Rose", "f"), ("Mackenzie", "x"),
    ("Leanne", "f"), ("Wayne", "m"), ("Gemma", "f"), ("Lee", "m"), ("Kerry", "f"), ("Jamie", "x"),
    ("Hollie", "f"), ("Reece", "m"), ("Kirsty", "f"), ("Dale", "m"), ("Hayley", "f"),
    # more Igbo, Hausa, Zulu, Amharic, Malayalam, Telugu
    ("Chidubem", "m"), ("Ugochi", "f"), ("Somtochukwu", "x"), ("Ikenna", "m"), ("Fatima", "f"),
    ("Usman", "m"), ("Halima", "f"), ("Mandla", "m"), ("Busisiwe", "f"), ("Nomsa", "f"),
    ("Sibusiso", "m"), ("Eyerusalem", "f"), ("Henok", "m"), ("Rahel", "f"), ("Biniam", "m"),
    ("Anjali", "f"), ("Jithin", "m"), ("Nithya", "f"), ("Ravi Teja", "m"), ("Sowmya", "f"),
    # more Finnish, Estonian, Georgian, Maltese, Catalan, Samoan
    ("Ilmari", "m"), ("Veera", "f"), ("Kaur", "m"), ("Mariliis", "f"), ("Salome", "f"),
    ("Irakli", "m"), ("Doriette", "f"), ("Ġużeppi", "m"), ("Arnau", "m"), ("Laia", "f"),
    ("Malia", "f"), ("Tavita", "m"), ("Solveig", "f"), ("Dagny", "f"),
]
WORD_GIVEN = [("Blessing", "f"), ("Precious", "f"), ("Gift", "m"), ("Marvel", "m"), ("Star", "f"),
              ("Wren", "f"), ("Lark", "f"), ("Fern", "f"), ("Willow", "f"), ("Poppy", "f"),
              ("Daisy", "f"), ("Iris", "f"), ("Ruby", "f"), ("Coral", "f"), ("Meadow", "f"),
              ("Sunny", "x"), ("Duke", "m"), ("King", "m"), ("Ace", "m"), ("Drew", "m"),
              ("Guy", "m"), ("Happy", "f"), ("Goodness", "f"), ("Miracle", "x")]

SURNAMES = [
    # Igbo
    "Okonkwo", "Nwachukwu", "Eze", "Obi", "Nwosu", "Onyekachi", "Anyanwu", "Ezeoke", "Igwe",
    "Ugwu", "Nnadi", "Okeke-Ojiudu",
    # Hausa
    "Danjuma", "Abdullahi", "Bello", "Garba", "Musa", "Lawal", "Yakubu", "Umar-Sadiq",
    # Ethiopian
    "Tesfaye", "Alemu", "Bekele", "Haile", "Getachew", "Wondimu", "Mengistu", "Kebede", "Tadesse",
    "Gudina", "Abdisa", "Tolera",
    # Zulu, Xhosa
    "Dlamini", "Nkosi", "Mthembu", "Ndlovu", "Khumalo", "Mahlangu", "Ngcobo", "Mkhize", "Xaba",
    "Qwabe", "Gqirana", "Mabuza",
    # Malayalam
    "Nair", "Menon", "Pillai", "Kurian", "Varghese", "Panicker", "Kuruvilla", "Cherian",
    "Nambiar", "Mathew",
    # Telugu
    "Reddy", "Naidu", "Chowdary", "Kondapalli", "Yarlagadda", "Vemula", "Gollapudi",
    # Marathi, Hindi
    "Deshpande", "Kulkarni", "Patwardhan", "Agarwal", "Srivastava", "Tripathi", "Chaturvedi",
    # Syrian, Lebanese, Iraqi
    "Al-Hallak", "Kabbani", "Darwish", "Al-Masri", "Al-Shami", "Jabri", "Moussa", "Al-Halabi",
    "Abou Jaoude", "Nassar", "Sfeir", "Bou Saab", "Chidiac", "Karam", "Rizk", "Al-Jubouri",
    "Al-Tamimi", "Al-Obaidi",
    # Finnish, Estonian, Icelandic
    "Virtanen", "Mäkinen", "Nieminen", "Korhonen", "Järvinen", "Heikkilä", "Lehtonen", "Kivelä",
    "Tamm", "Saar", "Sepp", "Mägi", "Kask", "Rebane", "Põder", "Jónsdóttir", "Sigurðsson",
    # Orkney and Shetland
    "Flett", "Linklater", "Rendall", "Isbister", "Tulloch", "Halcrow", "Drever", "Spence",
    "Sinclair",
    # Hebridean
    "MacNeil", "MacIver", "MacInnes", "Morrison", "Nicolson", "Mac Ìomhair", "NicNeacail",
    # Welsh
    "ap Dafydd", "ab Owain", "ab Ifan", "ap Gruffydd", "Fychan", "Llwyd", "Prydderch", "Bowen",
    "Gwynne", "Vaughan-Thomas", "Pugh",
    # Burmese, Karen
    "Htun", "Thein", "Oo", "Kyaw", "Paw",
    # Georgian, Armenian
    "Beridze", "Kapanadze", "Gelashvili", "Tsiklauri", "Lomidze", "Hovhannisyan", "Sargsyan",
    "Karapetyan", "Petrosyan",
    # Bosnian
    "Hodžić", "Mehmedović", "Begović", "Kovačević", "Hadžiahmetović",
    # Maltese
    "Borg", "Camilleri", "Zammit", "Farrugia", "Grech", "Mifsud", "Xuereb", "Azzopardi",
    # Catalan
    "Puig", "Vilaseca", "Casals", "Roca", "Sala-Pujol", "Ferrer i Soler",
    # Tibetan, Mongolian
    "Tsering", "Dhondup", "Namgyal", "Ganbaatar", "Enkhbayar", "Batbold",
    # Tongan, Samoan
    "Taufa", "Fifita", "Tuilagi", "Leota", "Faleolo",
    # Caribbean
    "Francis-Bailey", "Powell-Morrison", "Hylton-Clarke", "Samuels-Wright", "McKenzie-Brown",
    "Ferguson-Daley", "Bartley",
    # English
    "Clayton", "Pickering", "Ashworth", "Hargreaves", "Entwistle", "Sutcliffe", "Ramsbottom",
    "Higginbottom", "Oldroyd", "Featherstonehaugh", "Cholmondeley", "Ffoulkes", "le Mesurier",
    "St John-Smythe", "Fiennes", "Pennington", "Threlfall", "Ackroyd", "Dobson", "Holroyd",
    "Whitworth", "Kettlewell", "Scarisbrick", "Tattersall", "Openshaw", "Pilkington",
    "Bamford", "Crabtree", "Greenhalgh", "Nuttall", "Rushworth", "Stansfield", "Wolstenholme",
    "Duckworth", "Haworth", "Illingworth",
    # more Igbo, Hausa, Zulu, Ethiopian, South Indian
    "Chukwu", "Okoli", "Ogbonna", "Ibekwe", "Sule", "Aliyu", "Shehu-Bello", "Zungu", "Shabalala",
    "Cele", "Mokoena", "Girma", "Assefa", "Woldeyes", "Menon-Pillai", "Thomas-Kurian", "Rao",
    "Bhimavarapu", "Gunturu",
    # more Finnish, Estonian, Georgian, Armenian, Maltese, Catalan, Samoan, Arabic
    "Väisänen", "Ahonen", "Lepik", "Oja", "Chkheidze", "Abashidze", "Grigoryan", "Cassar",
    "Pace", "Bonnici", "Soler", "Riera", "Aumua", "Sapolu", "Al-Khatib", "Haddadin", "Srour",
    "Al-Naqeeb", "MacSween", "Macaulay-Flett",
]
WORD_SURNAMES = ["Barber", "Cutler", "Fletcher", "Turner", "Slater", "Tanner", "Weaver", "Potter",
                 "Miller", "Palmer", "Wolf", "Hawk", "Crane", "Swan", "Finch", "Nightingale",
                 "Sparrow", "Day", "Knight", "Parsons", "Dean", "Salt", "Snow", "Win", "Rainbow"]

# Short forms used where a document gives a "known as" name.
NICK = {"Chukwuemeka": "Emeka", "Oyunchimeg": "Oyuna", "Bat-Erdene": "Bat", "Hanna-Leena": "Hanna",
        "Siyabonga": "Siya", "Nokuthula": "Thuli", "Selamawit": "Selam", "Tewodros": "Teddy",
        "Venkatesh": "Venky", "Sreejith": "Sree", "Peregrine": "Perry", "Clemency": "Clem",
        "Araminta": "Minty", "Barnaby": "Barney", "Euphemia": "Effie", "Keisha-Ann": "Keish",
        "Temuujin": "Temu", "Aniruddha": "Ani", "Ifeanyi": "Ify", "Abubakar": "Bakar",
        "Gwenllian": "Gwen", "Thandiwe": "Thandi", "Jocasta": "Cassie", "Wilfred": "Wilf",
        "Ottoline": "Otty", "Montserrat": "Montse", "Catrìona": "Ceit", "Dòmhnall": "Donnie"}

BAD_INITIALS = {
    "AM", "PM", "OK", "NO", "IT", "IS", "IN", "ON", "OF", "TO", "US", "UK", "GB", "BE", "BY", "DO",
    "GO", "HE", "IF", "ME", "MY", "OR", "SO", "UP", "WE", "AN", "AS", "AT", "HA", "HI", "LO", "OH",
    "PE", "RE", "DT", "PA", "TA", "HT", "DH", "SW", "EP", "GP", "PC", "DC", "DS", "PS", "MR", "MS",
    "DR", "ST", "NB", "ID", "IP", "LA", "HR", "CC", "FW", "EY", "YR", "KS", "NI", "BA", "MA", "MP",
    "CV", "FM", "SEN", "PP", "FSM", "EAL", "CLA", "LAC", "YC", "EHE", "TV", "PR", "QA", "HM",
    "AB", "ABC", "SMS", "NHS", "DOB", "GCSE", "BTEC", "NEET", "SAT", "SATS", "CEO", "VAT", "ICT",
}

PLACES = [
    ("Kirkwall", "Orkney", ["KW15"]), ("Lerwick", "Shetland", ["ZE1"]),
    ("Stornoway", "Isle of Lewis", ["HS1"]), ("Grangetown", "Cardiff", ["CF11"]),
    ("Treforest", "Pontypridd", ["CF37"]), ("Heaton", "Newcastle upon Tyne", ["NE6"]),
    ("Pallion", "Sunderland", ["SR4"]), ("Hyson Green", "Nottingham", ["NG7"]),
    ("St Pauls", "Bristol", ["BS2"]), ("Whitechapel", "London", ["E1"]),
    ("Toxteth", "Liverpool", ["L8"]), ("Ordsall", "Salford", ["M5"]),
    ("Highfields", "Leicester", ["LE2"]), ("Redruth", "Cornwall", ["TR15"]),
    ("Pilton", "Barnstaple", ["EX31"]), ("Lozells", "Birmingham", ["B19"]),
    ("Govanhill", "Glasgow", ["G42"]), ("Page Moss", "Huyton", ["L36"]),
    ("Walkley", "Sheffield", ["S6"]), ("Abbey Hey", "Manchester", ["M18"]),
]
STREETS = ["Flett Road", "Quoybanks Crescent", "Hillhead Terrace", "Clydach Street", "Ropewalk",
           "Tay Gardens", "Slipway Close", "Bargate Row", "Pottery Lane", "Tinners Way",
           "Chapel Hill", "Foundry Walk", "Lancefield Street", "Mersey View", "Kelp Road",
           "Lime Tree Avenue", "Gallowgate", "Anchor Lane", "Heol y Felin", "Wesley Terrace",
           "Sandstone Rise", "Marigold Close", "Cotton Street", "Holyrood Crescent", "Tinsley Grove"]
HOUSE_NAMES = ["Flat 3, Seaview House", "Flat 12B, Foundry Court", "Apartment 6, Canal Wharf",
               "Flat 1, Tinners Yard", "Flat 7, Kelp House"]
SCHOOLS = [
    ("Rosalind Franklin Academy", "franklinacademy"), ("Dorothy Hodgkin Primary School", "hodgkinprimary"),
    ("Ellen Wilkinson High School", "ewhs"), ("Kathleen Ferrier Academy", "ferrieracademy"),
    ("Ysgol Owain Glyndŵr", "ysgolglyndwr"), ("Mary Slessor Primary", "slessorprimary"),
    ("St Magnus Junior School", "stmagnus"), ("Kirkgate Community College", "kirkgatecc"),
    ("Tinners Way Primary", "tinnersway"), ("Lancefield Park School", "lancefieldpark"),
]
TRAPS = [
    "The Poppy Appeal collection raised £212 this year.",
    "Fern Class and Willow Class swap PE slots next week.",
    "Ruby wedding anniversary cards were made in art.",
    "The Coral Reef project display is in the library.",
    "Star of the Week certificates go home on Friday.",
    "Please tick the Gift Aid box if you are a UK taxpayer.",
    "Marvel comics are not allowed in the reading corner.",
    "Lark Rise to Candleford is the Year 10 set text.",
    "Sunny intervals are forecast for sports day.",
    "The Turner Contemporary trip is for the GCSE art group.",
    "Fletcher Moss Gardens is the venue for the nature walk.",
    "Miller's Ark farm visit is booked for Reception.",
    "Palmer Park athletics track is closed for resurfacing.",
    "Swan Lake tickets for the ballet trip are £18.",
    "Salt the paths by the Meadow Road gate if it freezes.",
    "Win a hamper in the Christmas raffle!",
    "A snow day will be announced on the website by 07:00.",
    "Nightingale Ward at the district hospital has moved to level 2.",
    "Knight & Day Removals will move the library shelving.",
    "Barber & Fletcher Solicitors sponsor the Year 11 prom.",
    "The Nye Bevan Building is closed for asbestos removal.",
    "Day trip forms are due back by Tuesday.",
    "Daisy chain making was the favourite activity at forest school.",
    "Iris recognition at the canteen tills has been switched off.",
    "Precious metals are on the Year 9 chemistry topic list.",
    "Ace Cycles of Redruth will service the school bikes.",
    "King's Lynn is the venue for the regional chess finals.",
    "Hawk Walk at the falconry centre is £4 per child.",
]
SUBJECTS = ["English", "Maths", "Science", "History", "Welsh", "Music", "Computing", "Drama",
            "Food Technology", "Spanish", "Art", "RE"]
LAS = [("Orkney Islands Council", "orkney"), ("Cardiff Council", "cardiff"),
       ("Nottingham City Council", "nottinghamcity"), ("Liverpool City Council", "liverpool"),
       ("Cornwall Council", "cornwall"), ("Salford City Council", "salford"),
       ("Sheffield City Council", "sheffield"), ("Bristol City Council", "bristol")]


initials_unique = initials_unique_plain  # (the kit's, in capitals without accents)


def phone(ids, r, kind=None):
    kind = kind or r.choice(["mob", "mob", "mob", "lpl", "ncl", "gla", "shf", "ntm", "fic", "ldn", "man"])
    n = f"{r.randint(0, 999):03d}"
    if kind == "lpl":
        return r.choice([f"0151 496 0{n}", f"(0151) 496 0{n}", f"+44 151 496 0{n}"])
    if kind == "ncl":
        return r.choice([f"0191 498 0{n}", f"0191 4980{n}", f"(0191) 498 0{n}"])
    if kind == "gla":
        return r.choice([f"0141 496 0{n}", f"0141-496-0{n}", f"+44 141 496 0{n}"])
    if kind == "shf":
        return r.choice([f"0114 496 0{n}", f"(0114) 496 0{n}"])
    if kind == "ntm":
        return r.choice([f"0115 496 0{n}", f"01154960{n}"])
    if kind == "fic":
        return r.choice([f"01632 960{n}", f"(01632) 960{n}", f"+44 1632 960{n}"])
    return ids.phone(kind)


def para(d, r, fn, width=None):
    m = d.mark()
    fn()
    d.wrap(width or r.randint(60, 80), m)
    d.nl()


def letterhead(d, r, sch):
    d.nl(sch.name)
    d.addr(sch.addr, multi=False, sep="  ")
    d.nl()
    d.t("Tel: ").s("PHONE", sch.phone).t("   Email: ").s("EMAIL", f"office@{sch.domain}").nl()
    d.nl()


def nick(p):
    return NICK.get(p.given)


def ini_of(p):
    return strip_acc(p.initials()).upper()


def rel(r, p, older=True):
    """A relationship word that fits the person's sex."""
    if p.sex == "m":
        return r.choice(["father", "grandfather", "uncle", "step-father"] if older else ["brother"])
    if p.sex == "f":
        return r.choice(["mother", "grandmother", "aunt", "step-mother"] if older else ["sister"])
    return r.choice(["parent", "carer"] if older else ["sibling"])


# Welsh soft mutation after "i" (to): the mutated form is still the person's name.
SOFT = {"Gwenllian": "Wenllian", "Mererid": "Fererid", "Cadi": "Gadi", "Gruffudd": "Ruffudd",
        "Tomos": "Domos", "Rhodri": "Rodri", "Dafydd": "Ddafydd", "Bethan": "Fethan"}


def la_email(p, la):
    g = re.sub(r"[^a-z]", "", strip_acc(p.given.lower()))
    s = re.sub(r"[^a-z]", "", strip_acc(p.surname.lower()))
    return f"{g}.{s}@{la[1]}.example.gov.uk"


# ---------------------------------------------------------------- kinds
TRUSTS = ["Kernow Community Health", "Mersey Care Children's Services", "Orkney Health and Care",
          "Cardiff and Vale Public Health Nursing", "Nottingham CityCare 0-19 Service"]


def k_nurse_dropin(g, r, ids):
    """School nurse drop-in log."""
    d = Doc("nurse_dropin_log")
    sch = School(r)
    nurse = g.person("f")
    sup = g.person()
    ini = initials_unique([nurse, sup])
    d.nl(f"{r.choice(TRUSTS)} — School Nursing")
    d.nl(f"DROP-IN LOG   {sch.name}   {day_date(r)}   Room: medical room by the Nye Bevan Building")
    d.t("School nurse: ").p(nurse.full).t(" (").p(ini[nurse.full]).t(")   Student nurse: ").p(sup.full).t(" (").p(ini[sup.full]).nl(")")
    d.t("Duty line for parents: ").s("PHONE", phone(ids, r, r.choice(["lpl", "fic", "ncl"]))).nl()
    d.nl()
    d.nl("Time  | Pupil                      | Yr | DOB        | Reason / advice                    | Seen")
    kids = []
    for _ in range(r.randint(5, 7)):
        k = g.person()
        kids.append(k)
        d.t(f"{hm(r, 12, 13)} | ")
        f = r.random()
        if f < 0.35:
            d.p(f"{k.surname.upper()} {k.given}")
        elif f < 0.65:
            d.p(k.full)
        else:
            d.p(f"{k.given} {k.surname[0]}.")
        d.t(f" | {r.randint(7, 11)}  | ")
        if r.random() < 0.7:
            d.s("DATE_OF_BIRTH", ids.dob(2010, 2014))
        else:
            d.t("not given")
        reason = r.choice(["headaches, advised water + eye test", "period pain, paracetamol per protocol",
                           "low mood, booked 1:1 next week", "sleep hygiene leaflet", "asked about vaping",
                           "eczema flare, emollient from home", "sexual health advice, C-card"])
        d.t(f" | {reason} | ").p(ini[r.choice([nurse, sup]).full]).nl()
    d.nl()
    d.nl("Follow-up notes:")
    a, b = kids[0], kids[1]
    fr = g.person()

    def body():
        F(d, "{a} came in with her friend {f} who did most of the talking. Disclosed "
             "arguments at home since mum's partner {mp} moved in. Not a safeguarding "
             "threshold today but discussed with the DSL, {tl} {dsl}, and logged. ",
          a=a.given, f=fr.given.lower() if r.random() < 0.5 else fr.given, mp=g.person("m").full,
          tl=(None, r.choice(["Mr", "Mrs", "Ms"])), dsl=g.person().surname)
        F(d, "{b} asked for the NHS number for the GP form: {n}. Phoned parent {p} on {ph} "
             "(no answer, text sent).", b=b.full, n=("NHS_NUMBER", ids.nhs()), p=g.family(b).full,
          ph=("PHONE", phone(ids, r, "mob")))
    para(d, r, body)
    d.t("Signed: ").p(ini[nurse.full]).nl(f"  {short_date(r)}")
    maybe_trap(d, r)
    return d


def k_music_exam(g, r, ids):
    """Graded music exam entry list."""
    d = Doc("music_exam_entries")
    sch = School(r)
    hom = g.person()
    board = r.choice(["ABRSM", "Trinity College London", "LCM", "RSL Rockschool"])
    d.nl(f"{board} — Practical exam entries, {r.choice(['Spring', 'Summer', 'Autumn'])} session 2026")
    d.nl(f"Applicant: {sch.name}   Applicant no. {r.randint(100000, 999999)}   Visit ref V{r.randint(2000, 9999)}")
    d.t("Contact: ").p(hom.full).t(", Head of Music   ").s("EMAIL", staff_email(hom, sch, r)).t("   ").s("PHONE", sch.phone).nl()
    d.nl()
    d.nl("No | Candidate                  | Instrument | Grade | Teacher        | Accompanist")
    teachers = [g.person() for _ in range(3)]
    tini = initials_unique(teachers)
    acc = g.person()
    cands = []
    for i in range(r.randint(6, 9)):
        c = g.person()
        cands.append(c)
        d.t(f"{i + 1:>2} | ")
        f = r.random()
        if f < 0.4:
            d.p(c.surname.upper()).t(", ").p(c.given)
        elif f < 0.7:
            d.p(c.full)
        else:
            d.p(c.full.upper())
        d.t(f" | {r.choice(['Piano', 'Violin', 'Flute', 'Clarinet', 'Singing', 'Trumpet', 'Guitar', 'Cello', 'Harp'])} | {r.randint(1, 8)} | ")
        t = r.choice(teachers)
        if r.random() < 0.5:
            d.t(tt(r, t) + " ").p(t.surname)
        else:
            d.p(tini[t.full])
        d.t(" | ")
        if r.random() < 0.5:
            d.p(acc.full if r.random() < 0.5 else f"{acc.initial()}. {acc.surname}")
        else:
            d.t("n/a")
        d.nl()
    d.nl()
    d.t("Teachers: ")
    for i, t in enumerate(teachers):
        if i:
            d.t("; ")
        d.p(tini[t.full]).t(" = ").p(t.full)
    d.nl(" (Potter Music Services peripatetic staff)")
    d.nl()
    c0, c1 = cands[0], cands[1]
    F(d, "Access needs: {a} (extra time for aural, hearing aid). Please avoid Tuesdays for {b}'s "
         "slot - hospital appointments.\n", a=c0.given, b=c1.given)
    v = r.randrange(3)
    if v == 0:
        d.t("Fees £").t(str(r.randint(300, 900))).t(" paid by school card ").s("CARD", ids.card()).nl(f", exp {r.randint(1, 12):02d}/{r.randint(27, 30)}")
    elif v == 1:
        d.nl(f"Fees invoiced to school, PO {r.randint(40000000, 49999999)}; card ending {r.randint(1000, 9999)} on file.")
    else:
        d.t("Refund of withdrawn entry to parent ").p(g.family(c0).full).t(": sort code ").s("BANK", ids.sort_code()).t(", account ").s("BANK", ids.account()).nl()
    d.nl("Repertoire note: Swan Lake arrangement is not on the Grade 3 list.")
    maybe_trap(d, r, 0.4)
    return d


def k_fixed_penalty(g, r, ids):
    """LA attendance fixed penalty notice."""
    d = Doc("fixed_penalty_notice")
    la = r.choice(LAS)
    sch = School(r)
    kid = g.person()
    p1 = g.family(kid)
    p2 = g.family(kid)
    off = g.person()
    d.nl(f"{la[0]} — Education Welfare Service")
    d.nl("PENALTY NOTICE — Section 444A Education Act 1996")
    d.nl(f"Notice number: FPN/2026/{r.randint(10000, 99999)}")
    d.nl()
    caps = r.random() < 0.4
    d.t(tt(r, p1).upper() + " " if caps else tt(r, p1) + " ").p(p1.full.upper() if caps else p1.full).nl()
    d.addr(Addr(r), multi=True, upper=caps)
    d.nl()
    d.nl(f"Date of issue: {fmt_date(r)}")
    d.nl()
    d.t("Dear ").t(tt(r, p1) + " ").p(p1.surname).nl(",")
    d.nl()
    d.t("Pupil: ").p(kid.full).t("    Date of birth: ").s("DATE_OF_BIRTH", ids.dob(2011, 2019)).nl()
    d.t("UPN: ").s("UPN", ids.upn()).nl(f"    School: {sch.name}")
    if r.random() < 0.6:
        d.t("Parent's National Insurance number (from the council tax record): ").s("NI_NUMBER", ids.ni()).nl()
    d.nl()

    def body():
        F(d, "This notice is issued to you as a parent of {k} for failing to secure regular "
             "attendance. {k2} had {n} sessions of unauthorised absence between {a} and {b}, "
             "including a term-time holiday that the headteacher, {hd}, did not authorise. A "
             "separate notice has been issued to {p2}.", k=kid.full, k2=kid.given,
          n=(None, str(r.randint(10, 18))), a=(None, fmt_date(r)), b=(None, fmt_date(r)),
          hd=g.person().full, p2=p2.full)
    para(d, r, body)
    d.nl()
    d.nl(f"The penalty is £80 if paid within 21 days, rising to £160 within 28 days.")
    d.t("Pay online with reference ").t(f"EWS{r.randint(100000, 999999)}").t(", or by bank transfer to sort code ").s("BANK", ids.sort_code()).t(", account ").s("BANK", ids.account()).nl(".")
    d.nl()
    d.nl("Yours sincerely")
    d.nl()
    d.p(off.full).nl()
    d.nl("Attendance and Penalty Notice Officer")
    d.t("Direct line ").s("PHONE", phone(ids, r)).t("   ").s("EMAIL", la_email(off, la)).nl()
    maybe_trap(d, r, 0.3)
    return d


def k_pp_tracker(g, r, ids):
    """Pupil premium tracker export."""
    d = Doc("pupil_premium_tracker")
    sch = School(r)
    leads = [g.person() for _ in range(4)]
    ini = initials_unique(leads)
    d.nl(f"# {sch.name} — Pupil Premium tracker 2025-26 (export)")
    d.nl(f"# Allocation £{r.randint(80, 240)},{r.randint(100, 999)}   DfE {r.randint(800, 941)}/{r.randint(2000, 7999)}")
    d.t("# exported from ").s("IP", ids.ip()).nl(f" at {hm(r)}")
    d.nl("Surname,Forename,UPN,Year,FSM6,CLA,Service,Intervention,Lead,Spend,Impact")
    for _ in range(r.randint(6, 9)):
        p = g.person()
        if r.random() < 0.3:
            d.t('"').p(p.surname.upper()).t('",')
        else:
            d.p(p.surname).t(",")
        d.p(p.given).t(",")
        if r.random() < 0.6:
            d.s("UPN", ids.upn())
        d.t(f",{r.randint(7, 11)},{r.choice(['Y', 'Y', 'N'])},{r.choice(['N', 'N', 'N', 'Y'])},{r.choice(['N', 'N', 'Y'])},")
        d.t(r.choice(["1:1 tuition", "Lexia", "breakfast club", "music lessons", "counselling", "uniform grant", "trip subsidy"]))
        d.t(",").p(ini[r.choice(leads).full])
        d.nl(f",£{r.randint(40, 900)},{r.choice(['+2 SAS', 'attendance 94%', 'tbc', 'reading age +8m', 'engaged'])}")
    d.nl()
    d.nl("# Lead key")
    for s in leads:
        d.t("# ").p(ini[s.full]).t(" - ").p(s.full).nl()
    x = g.person()
    d.t("# note: ").p(x.given.lower()).t(" ").p(x.surname.lower()).nl(" left in Jan, spend recovered; check with finance")
    maybe_trap(d, r, 0.3)
    return d


def k_school_council(g, r, ids):
    """Pupil school council minutes."""
    d = Doc("school_council_minutes")
    sch = School(r)
    lead = g.person()
    head = g.person()
    reps = [g.person() for _ in range(r.randint(5, 7))]
    li = initials_unique([lead, head])
    d.nl(f"{sch.name} — SCHOOL COUNCIL MINUTES")
    d.nl(f"{day_date(r)}, {hm(r, 12, 13)} in the Fern Class room")
    d.t("Staff: ").p(lead.full).t(" (").p(li[lead.full]).t("), ").t(tt(r, head) + " ").p(head.surname).t(" (").p(li[head.full]).nl(") for item 3")
    d.t("Reps: ")
    for i, p in enumerate(reps):
        if i:
            d.t(", ")
        f = r.random()
        if f < 0.5:
            d.p(f"{p.given} {p.surname[0]}.").t(f" (Y{r.randint(1, 6)})")
        elif f < 0.8:
            d.p(p.full).t(f" ({r.randint(1, 6)}{r.choice('KLMW')})")
        else:
            d.p(p.given)
    d.nl()
    d.t("Apologies: ").p(g.person().given).nl(" (at a swimming gala)")
    d.nl()
    a, b, c, e = reps[0], reps[1], reps[2], reps[3]
    d.nl("1. Playground equipment")

    def b1():
        F(d, "{a} said the trim trail is broken again. {b} suggested a rota so Year 3 get the "
             "footballs on Wednesdays. {c}'s idea of a \"buddy bench\" was voted for (12 to 3).",
          a=a.given, b=b.given, c=c.given)
    para(d, r, b1)
    d.nl("2. Charity")

    def b2():
        F(d, "We will support the Poppy Appeal and a cake sale for the school in Malawi. {e} "
             "and {a} will make posters. {lt} will ask the office about a float.",
          e=e.given, a=a.given, lt=li[lead.full])
    para(d, r, b2)
    d.nl("3. Lunches")

    def b3():
        F(d, "{h} listened to the complaints about the queue. {b} said \"the lunch ladies are "
             "nice but the pasta is cold\". {h} will speak to the kitchen.", h=li[head.full], b=b.given)
    para(d, r, b3)
    if "Ysgol" in sch.name or r.random() < 0.3:
        wg = r.choice(sorted(SOFT))
        d.t("Llongyfarchiadau i ").p(SOFT[wg]).t(" am ennill Seren yr Wythnos! (Congratulations to ").p(wg).nl(" for Star of the Week.)")
    d.nl()
    d.nl("Actions:")
    d.t("  ").p(li[lead.full]).nl(" - type up minutes for the newsletter")
    d.t("  ").p(f"{e.given} {e.surname[0]}").t(" and ").p(a.given.lower() if r.random() < 0.4 else a.given).nl(" - posters by Friday")
    d.t("Next meeting: ").nl(day_date(r))
    maybe_trap(d, r)
    return d


def k_bikeability(g, r, ids):
    """Bikeability cycle training course list."""
    d = Doc("bikeability_list")
    sch = School(r)
    inst = [g.person() for _ in range(2)]
    co = r.choice(["Turner & Slater Cycle Training Ltd", "Ace Cycles of Redruth", "Pedal Kernow CIC", "Wheelwise Merseyside"])
    d.nl(f"BIKEABILITY LEVEL {r.choice(['1', '2', '2', '3'])} — COURSE LIST")
    d.nl(f"Provider: {co}   School: {sch.name}   Course {r.randint(1000, 9999)}/{r.choice('ABC')}")
    d.t("Instructors: ")
    for i, p in enumerate(inst):
        if i:
            d.t(" and ")
        d.p(p.full).t(f" (NSI {r.randint(10000, 99999)})")
    d.nl()
    d.t("Provider mobile on the day: ").s("PHONE", phone(ids, r, "mob")).nl()
    d.nl()
    d.nl("Rider                      | Class | Bike check       | Medical       | Emergency contact")
    riders = []
    for _ in range(r.randint(6, 8)):
        k = g.person()
        riders.append(k)
        if r.random() < 0.3:
            d.p(k.surname).t(", ").p(k.given)
        else:
            d.p(k.full)
        d.t(f" | {r.choice(['5', '6'])}{r.choice('KLMW')} | {r.choice(['pass', 'pass', 'brakes - fail', 'no bell', 'tyres soft'])} | {r.choice(['none', 'none', 'asthma', 'epilepsy', 'glasses'])} | ")
        if r.random() < 0.8:
            ec = g.family(k)
            if r.random() < 0.5:
                d.p(ec.full)
            else:
                d.t(tt(r, ec) + " ").p(ec.surname)
            d.t(" ").s("PHONE", phone(ids, r))
        else:
            d.t("see office")
        d.nl()
    d.nl()
    d.nl("Instructor notes:")
    a, b = riders[0], riders[1]

    def body():
        F(d, "day 1 - {a} needs a smaller frame, borrowed the school bike. {b} wobbly on the "
             "U-turn, extra practice with {i}. {c} had a fall on the playground, graze only, "
             "first aid by {t} and parent told at pick-up.",
          a=a.given.lower(), b=b.given, i=inst[1].given, c=riders[2].full,
          t=g.person().full)
    para(d, r, body)
    d.nl("Ruby-red helmets from the loan box must be wiped and returned.")
    maybe_trap(d, r, 0.6)
    return d


def k_sms_log(g, r, ids):
    """Text-message service log export."""
    d = Doc("sms_log_export")
    sch = School(r)
    office = [g.person() for _ in range(2)]
    d.nl(f"Messaging export — {sch.name} — {r.choice(['Teachers2Parents', 'SchoolComms', 'ParentMail'])} — generated {short_date(r)} {hm(r)}")
    d.nl("Direction,Date/time,Sender,Recipient,Mobile,Message,Status")
    rows = r.randint(6, 9)
    for _ in range(rows):
        kid = g.person()
        par = g.family(kid)
        inbound = r.random() < 0.35
        d.t(f"{'IN' if inbound else 'OUT'},{short_date(r)} {hm(r, 7, 19)},")
        if inbound:
            d.t('"').p(par.full).t('"')
        else:
            o = r.choice(office)
            d.t('"Office (').p(o.given).t(')"')
        d.t(",")
        if inbound:
            d.t("School")
        else:
            d.t('"').p(par.surname).t(", ").p(par.given).t('"')
        d.t(",").s("PHONE", phone(ids, r, "mob")).t(',"')
        v = r.randrange(6)
        if inbound:
            if v < 2:
                F(d, "sorry {k} is off with sickness bug, back tmrw hopefully. {p}", k=kid.given.lower(), p=par.given.lower())
            elif v < 4:
                F(d, "hi its {k}s dad, his nan {n} is collecting him today", k=kid.given.lower(), n=g.person("f").given)
            elif v < 5:
                F(d, "ok thanks will speak to {k} tonight x", k=kid.given)
            else:
                F(d, "can i pay {k}s trip over the phone? card is {c} exp 0{e}/29", k=kid.given.lower(),
                  c=("CARD", ids.card()), e=(None, str(r.randint(1, 9))))
        else:
            if v < 2:
                F(d, "Dear Parent/Carer, {k} was not registered this morning. Please call the attendance line on {ph}.",
                  k=kid.full, ph=("PHONE", sch.phone))
            elif v < 4:
                F(d, "Reminder: {k}'s dinner money balance is -£{m}. Please top up today.", k=kid.given,
                  m=(None, f"{r.randint(2, 30)}.{r.choice(['00', '40', '60', '85'])}"))
            else:
                F(d, "{k} has been given Star of the Week by {t} {s} - well done!", k=kid.given,
                  t=(None, r.choice(["Mr", "Mrs", "Miss"])), s=g.person().surname)
        d.nl(f'",{r.choice(["Delivered", "Delivered", "Failed", "Read"]) if not inbound else "Received"}')
    d.nl(f"Credits used: {rows * 2}   Balance: {r.randint(500, 4000)}   Account ID SC{r.randint(10000, 99999)}")
    d.t("Exported by ").p(r.choice(office).full).t(" from ").s("IP", ids.ip()).nl(f" at {hm(r)}")
    return d


def k_eal_arrival(g, r, ids):
    """EAL new arrival profile."""
    d = Doc("eal_new_arrival")
    sch = School(r)
    kid = g.person()
    while not nick(kid) and r.random() < 0.6:
        kid = g.person()
    fa = g.family(kid, "m")
    mo = g.family(kid, "f")
    sib = g.person()
    sib.surname = kid.surname
    interp = g.person()
    eal = g.person()
    buddy = g.person()
    ei = initials_unique([eal])[eal.full]
    d.nl(f"{sch.name} — EAL NEW ARRIVAL PROFILE")
    d.nl()
    d.t("Full legal name: ").p(kid.full).nl()
    if nick(kid):
        d.t("Known as: ").p(nick(kid)).nl()
    d.t("Date of birth: ").s("DATE_OF_BIRTH", ids.dob(2010, 2020)).nl(f"   Year group: {r.randint(1, 10)}")
    d.nl(f"Country of birth: {r.choice(['Nigeria', 'Ethiopia', 'Syria', 'Lebanon', 'India', 'Myanmar', 'Georgia', 'Mongolia', 'Finland', 'Malta', 'South Africa', 'Spain'])}   "
         f"Home languages: {r.choice(['Igbo, English', 'Amharic', 'Arabic', 'Malayalam, English', 'Telugu', 'Karen, Burmese', 'Georgian, Russian', 'Mongolian', 'Finnish', 'Maltese, English', 'isiZulu, English', 'Catalan, Spanish'])}")
    d.nl(f"Arrived in UK: {fmt_date(r)}   Previous schooling: {r.randint(2, 7)} years, {r.choice(['interrupted', 'continuous', 'refugee camp school'])}")
    d.t("Address: ").addr(Addr(r), multi=False, sep="   ").nl()
    d.nl()
    d.nl("Family")
    d.t("  Father: ").p(fa.full).t("  ").s("PHONE", phone(ids, r, "mob")).nl(f"  (English: {r.choice(['some', 'good', 'none'])})")
    d.t("  Mother: ").p(mo.full).t("  ").s("PHONE", phone(ids, r, "mob")).nl()
    if r.random() < 0.7:
        d.t("  Parent NI number (for the free school meals check): ").s("NI_NUMBER", ids.ni()).nl()
    if r.random() < 0.5:
        d.t("  Child's NHS number (registered with GP): ").s("NHS_NUMBER", ids.nhs()).nl()
    d.t("  Siblings: ").p(sib.given).nl(r.choice([f" (Year {r.randint(1, 6)}, this school)", f" (Year {r.randint(7, 11)}, Kirkgate Community College)", " (nursery)"]))
    d.t("Interpreter for meetings: ").p(interp.full).t(" ").s("PHONE", phone(ids, r)).nl(" (via the LA language service)")
    d.nl()
    d.nl("Initial assessment")

    def body():
        k = nick(kid) or kid.given
        F(d, "{k} understood classroom instructions with gestures and could copy from the board. "
             "Reads in the home language. Proficiency in English: {b}. Buddy: {bd}, who speaks "
             "the same language. {k2}'s mum asked for the uniform exchange list and the Gift Aid form "
             "was explained by {i}.", k=k, b=(None, r.choice(["A (new to English)", "B (early acquisition)", "C (developing competence)"])),
          bd=buddy.full, k2=k, i=interp.given)
    para(d, r, body)
    d.t("Assessed by: ").p(eal.full).t(" (").p(ei).nl(f"), EAL coordinator, {fmt_date(r)}")
    d.t("Review: ").p(ei).nl(f" to re-assess after 6 weeks")
    maybe_trap(d, r, 0.4)
    return d


def k_transition(g, r, ids):
    """Year 6 to Year 7 transition information sheet."""
    d = Doc("transition_sheet")
    prim = School(r)
    sec = r.choice([s for s in SCHOOLS if s[0] != prim.name])[0]
    kid = g.person()
    par = g.family(kid)
    y6 = g.person()
    sen = g.person()
    d.nl("YEAR 6 TO YEAR 7 TRANSITION INFORMATION")
    d.nl(f"From: {prim.name}   To: {sec}")
    d.nl()
    caps = r.random() < 0.5
    if caps:
        d.t("SURNAME: ").p(kid.surname.upper()).t("    FIRST NAME: ").p(kid.given.upper()).nl()
    else:
        d.t("Surname: ").p(kid.surname).t("    First name: ").p(kid.given).nl()
    if nick(kid):
        d.t("Preferred name: ").p(nick(kid)).nl()
    d.t("DOB: ").s("DATE_OF_BIRTH", ids.dob(2014, 2015)).t("    UPN: ").s("UPN", ids.upn()).nl()
    d.t("Parent/carer: ").p(par.full).t("   Tel: ").s("PHONE", phone(ids, r)).nl()
    d.t("Home address: ").nl()
    d.addr(Addr(r), multi=True, upper=caps, indent="  ")
    d.nl()
    d.nl(f"SEN: {r.choice(['SEN support (K)', 'EHCP (E)', 'none', 'monitoring'])}   PP: {r.choice(['yes', 'no'])}   Attendance: {r.randint(82, 99)}%")
    fr = [g.person() for _ in range(3)]
    av = [g.person() for _ in range(2)]
    d.t("Friendship group: ")
    for i, f in enumerate(fr):
        if i:
            d.t(", ")
        d.p(f.full if r.random() < 0.6 else f.given)
    d.nl()
    d.t("Please do NOT place with: ").p(av[0].full).t(" or ").p(av[1].given.lower() if r.random() < 0.3 else av[1].full).nl()
    d.nl()
    d.nl("Year 6 teacher comments:")

    def body():
        F(d, "{k} is a kind, anxious pupil who works best near the front. {pr} grown in "
             "confidence since {f} joined the class. Maths is a strength (expected standard); "
             "writing needs scaffolds. {k}'s grandad {gd} does most pick-ups. Please see the "
             "SENCo, {s}, for the one-page profile.", k=kid.given, f=fr[0].given,
          pr=(None, {"f": "She has", "m": "He has", "x": "They have"}[kid.sex]),
          gd=g.person("m").full, s=sen.full)
    para(d, r, body)
    d.t("Completed by: ").p(y6.full).nl(f", Year 6 teacher   {fmt_date(r)}")
    maybe_trap(d, r, 0.4)
    return d


def k_neet_tracker(g, r, ids):
    """Post-16 destinations / NEET tracker."""
    d = Doc("destinations_tracker")
    sch = School(r)
    advs = [g.person() for _ in range(3)]
    ini = initials_unique(advs)
    d.nl(f"{sch.name} — Year 11 leavers destinations tracker (September guarantee)")
    d.nl("ULN\tSurname\tForename\tDOB\tDestination\tContact\tAdv\tNotes")
    for _ in range(r.randint(6, 8)):
        p = g.person()
        d.s("ULN", ids.uln()).t("\t")
        d.p(p.surname.upper() if r.random() < 0.3 else p.surname).t("\t").p(p.given).t("\t")
        d.s("DATE_OF_BIRTH", ids.dob(2009, 2010)).t("\t")
        if r.random() < 0.3:
            d.t("NI ").s("NI_NUMBER", ids.ni()).t("; ")
        d.t(r.choice(["Kirkgate FE - Level 2 Construction", "apprenticeship (Knight & Day Removals)", "NEET", "sixth form", "Cornwall College", "unknown", "moved away"]))
        d.t("\t").s("PHONE", phone(ids, r, "mob")).t("\t").p(ini[r.choice(advs).full]).t("\t")
        v = r.randrange(4)
        if v == 0:
            F(d, "spoke to mum {m}, starts Oct", m=g.family(p, "f").given)
        elif v == 1:
            F(d, "{k} not answering; text sent", k=p.given.lower())
        elif v == 2:
            d.t("confirmed by college enrolment list")
        else:
            F(d, "referred to Youth Hub ({w})", w=g.person().full)
        d.nl()
    d.nl()
    d.t("Advisers: ")
    for i, a in enumerate(advs):
        if i:
            d.t(", ")
        d.p(ini[a.full]).t(" ").p(a.full)
    d.nl()
    d.t("Return to ").s("EMAIL", f"post16@{sch.domain}").nl(f" by {fmt_date(r)}; LA tracking ID batch {r.randint(100, 999)}.")
    maybe_trap(d, r, 0.3)
    return d


def k_managed_move(g, r, ids):
    """Managed move agreement."""
    d = Doc("managed_move")
    home = School(r)
    host = School(r)
    while host.name == home.name:
        host = School(r)
    kid = g.person()
    par = g.family(kid)
    hy = g.person()
    hs = g.person()
    la_off = g.person()
    la = r.choice(LAS)
    people = [kid, par, hy, hs, la_off]
    ini = initials_unique(people)
    d.nl("MANAGED MOVE AGREEMENT")
    d.t("Home school: ").t(home.name).t(", ").addr(home.addr, multi=False, sep=" ").nl()
    d.t("Host school: ").t(host.name).t(", ").addr(host.addr, multi=False, sep=" ").nl()
    d.nl()
    d.t("Pupil: ").p(kid.full).t(" (").p(ini[kid.full]).t(")   DOB: ").s("DATE_OF_BIRTH", ids.dob(2010, 2013)).t("   UPN: ").s("UPN", ids.upn()).nl()
    d.t("Parent: ").p(par.full).t(" (").p(ini[par.full]).t(")   ").s("PHONE", phone(ids, r, "mob")).t("   ").s("EMAIL", parent_email(par, r)).nl()
    d.nl()
    d.nl("Present at the meeting:")
    d.t("  ").p(hy.full).t(" (").p(ini[hy.full]).nl(f"), Head of Year, {home.name}")
    d.t("  ").p(hs.full).t(" (").p(ini[hs.full]).nl(f"), Deputy Head, {host.name}")
    d.t("  ").p(la_off.full).t(" (").p(ini[la_off.full]).nl(f"), Inclusion Officer, {la[0]}")
    d.nl()
    d.nl("Agreement:")

    def body():
        F(d, "{k} will attend the host school from {dt} for a trial of 12 weeks. {hs} will be "
             "the key adult. {p} agreed to make sure {kg} arrives on time and to attend "
             "reviews. {hy} will send work for the first week and the behaviour log. If the move "
             "breaks down {k} returns to the home school; {lo} will call a review.",
          k=ini[kid.full], dt=(None, fmt_date(r)), hs=ini[hs.full], p=ini[par.full], kg=kid.given,
          hy=ini[hy.full], lo=ini[la_off.full])
    para(d, r, body)
    d.nl(f"Reviews: {day_date(r)}, {day_date(r)}")
    d.nl()
    d.t("Signed: ").p(par.full).t(" (parent)   ").p(kid.given).t(" (pupil)   ").p(f"{hs.initial()}. {hs.surname}").nl(" (host)")
    maybe_trap(d, r, 0.3)
    return d


def k_keyholder(g, r, ids):
    """Premises keyholder and alarm call-out list."""
    d = Doc("keyholder_list")
    sch = School(r)
    bm = g.person()
    d.nl(f"{sch.name} — KEYHOLDER AND ALARM CALL-OUT LIST (CONFIDENTIAL)")
    d.t("Alarm company: Knight & Day Security, monitoring centre ").s("PHONE", f"{r.choice(['0808 157 0', '03069 990'])}{r.randint(100, 999)}").nl(f"   Site ID {r.randint(10000, 99999)}")
    d.nl(f"Police URN for the site: {r.randint(100, 999)}/{r.randint(10000, 99999)}   Alarm set code is NOT written here.")
    d.nl()
    for i in range(r.randint(3, 4)):
        k = g.person()
        d.t(f"{i + 1}. ")
        if r.random() < 0.4:
            d.p(k.surname.upper()).t(", ").p(k.given)
        else:
            d.p(k.full)
        d.nl(f" — {r.choice(['Site manager', 'Headteacher', 'Business manager', 'Caretaker', 'Deputy head'])}")
        d.t("   Home: ").addr(Addr(r), multi=False, sep=" ").nl()
        d.t("   Mobile: ").s("PHONE", phone(ids, r, "mob"))
        if r.random() < 0.5:
            d.t("   Home: ").s("PHONE", phone(ids, r))
        d.nl()
        if r.random() < 0.7:
            d.t("   Vehicle: ").s("VEHICLE", ids.vehicle()).nl(f" ({r.choice(['silver Corsa', 'blue Berlingo van', 'black Octavia', 'red Fiesta'])})")
        d.nl()
    lodge = Addr(r, sch.place)
    lodge.lines = ["The Lodge"] + lodge.lines
    d.t("Caretaker's bungalow: ").addr(lodge, multi=False, sep=" ").nl()
    d.t("CCTV recorder (remote view for keyholders): ").s("IP", ids.ip()).t("   alarm panel: ").s("IP", ids.ip()).nl()
    d.t("Updated by ").p(ini_of(bm)).t(" (").p(bm.full).nl(f", Business Manager) {fmt_date(r)}")
    maybe_trap(d, r, 0.4)
    return d


HIRERS = ["Barber & Fletcher Dance Academy", "Leota Family Fitness", "Kirkwall Karate Club",
          "Grangetown Tamil School", "Crane Street Chess Club", "St Magnus Gaelic Choir",
          "Swan & Crane Lettings (sub-let)", "Ethiopian Community Saturday School"]


def k_hall_hire(g, r, ids):
    """Community lettings hire agreement."""
    d = Doc("hall_hire_agreement")
    sch = School(r)
    hirer = g.person()
    mgr = g.person()
    org = r.choice(HIRERS)
    letterhead(d, r, sch)
    d.nl("COMMUNITY LETTINGS — HIRE AGREEMENT")
    d.nl(f"Agreement no. LET-{r.randint(1000, 9999)}   Space: {r.choice(['Sports hall', 'Main hall', 'Drama studio', 'Nye Bevan Building room 2', 'Fern Class'])}")
    d.nl()
    d.nl(f"Hiring organisation: {org}")
    d.t("Named hirer: ").p(hirer.full).nl()
    d.t("Correspondence address:").nl()
    d.addr(Addr(r), multi=True)
    d.t("Mobile: ").s("PHONE", phone(ids, r, "mob")).t("   Email: ").s("EMAIL", parent_email(hirer, r)).nl()
    d.nl(f"Public liability insurer policy no. PL{r.randint(10000000, 99999999)}   Cover £5m")
    d.nl(f"Sessions: {r.choice(['Tuesdays', 'Thursdays', 'Saturdays'])} {hm(r, 17, 19)}-{hm(r, 20, 21)}, {r.randint(8, 30)} sessions from {fmt_date(r)}")
    d.nl(f"Fee: £{r.randint(18, 45)}.00 per hour   Deposit: £{r.choice(['100', '150', '200'])}")
    d.nl()
    v = r.randrange(3)
    if v == 0:
        d.t("Paid by card: ").s("CARD", ids.card()).nl()
    elif v == 1:
        d.t("Deposit refund to: ").p(hirer.full).t(", sort code ").s("BANK", ids.sort_code()).t(", account no. ").s("BANK", ids.account()).nl()
    else:
        d.nl(f"Invoice to organisation, terms 30 days; card ending {r.randint(1000, 9999)} for damages.")
    if r.random() < 0.6:
        d.t("Guest Wi-Fi reserved for the hirer's laptop: ").s("IP", ids.ip()).nl()
    d.t("Car park permits (max 2): ").s("VEHICLE", ids.vehicle())
    if r.random() < 0.6:
        d.t(", ").s("VEHICLE", ids.vehicle())
    d.nl()
    d.nl()

    def body():
        F(d, "The hirer must be present at all times and is responsible for {n} participants. "
             "Deputy named hirer: {dp}. Keys are collected from the site team ({st}) and the "
             "building is locked by 21:30. No food in the sports hall.",
          n=(None, str(r.randint(12, 60))), dp=g.person().full, st=g.person().given)
    para(d, r, body)
    d.nl()
    d.t("Signed for the school: ").p(mgr.full).nl(", Lettings Manager")
    d.t("Signed hirer: ").p(f"{hirer.initial()} {hirer.surname}" if r.random() < 0.5 else hirer.full).nl(f"   {short_date(r)}")
    maybe_trap(d, r, 0.4)
    return d


def k_cert_collection(g, r, ids):
    """Exam certificate collection log."""
    d = Doc("certificate_collection")
    sch = School(r)
    eo = g.person()
    ast = g.person()
    ini = initials_unique([eo, ast])
    centre = r.randint(10000, 79999)
    d.nl(f"{sch.name} (centre {centre}) — GCSE CERTIFICATE COLLECTION LOG, November 2026")
    d.nl("Cand | Name                        | ULN        | Collected by                | ID seen        | Issued")
    for _ in range(r.randint(6, 8)):
        c = g.person()
        d.t(f"{r.randint(1000, 9999)} | ")
        if r.random() < 0.6:
            d.p(f"{c.surname.upper()} {c.given}")
        else:
            d.p(c.surname).t(", ").p(c.given)
        d.t(" | ")
        if r.random() < 0.6:
            d.s("ULN", ids.uln())
        else:
            d.t("-")
        d.t(" | ")
        x = r.random()
        if x < 0.5:
            d.t("self")
        elif x < 0.8:
            pr = g.family(c)
            d.p(pr.full).t(f" ({rel(r, pr)}, letter of authority)")
        else:
            d.t("posted to ").addr(Addr(r), multi=False, sep=" ")
        d.t(f" | {r.choice(['passport', 'provisional licence', 'college ID', 'bank card', '-'])} | ").p(ini[r.choice([eo, ast]).full]).nl()
    d.nl()
    d.t("Key: ").p(ini[eo.full]).t(" ").p(eo.full).t(" (Exams Officer); ").p(ini[ast.full]).t(" ").p(ast.full).nl(" (Exams Assistant)")
    d.nl(f"Uncollected certificates are kept for 12 months; UCI {centre}{r.choice('ABCDEF')}{r.randint(10, 26)}{r.randint(1000, 9999)}{r.choice('ABCDEFGHJK')} etc. on the board's list.")
    maybe_trap(d, r, 0.4)
    return d


def k_hundred_club(g, r, ids):
    """PTA 100 club membership and draw results."""
    d = Doc("hundred_club")
    sch = School(r)
    treas = g.person()
    d.nl(f"Friends of {sch.name} — 100 CLUB")
    d.nl(f"Draw {r.randint(3, 11)}, held at the {r.choice(['Harvest Festival', 'Christmas Fair', 'Summer Fete', 'quiz night'])} on {day_date(r)}")
    d.nl()
    d.nl("Winners:")
    for prize in ["1st £50", "2nd £25", "3rd £10"]:
        w = g.person()
        d.t(f"  {prize} — no. {r.randint(1, 100)} — ")
        f = r.random()
        if f < 0.4:
            d.p(w.full)
        elif f < 0.7:
            d.t(tt(r, w) + " ").p(w.surname)
        else:
            d.p(f"{w.given} {w.surname[0]}")
        d.nl(r.choice(["", " (Year 4 parent)", " (staff)", " (grandparent)"]))
    d.nl()
    d.nl("Membership (standing orders received this month):")
    for _ in range(r.randint(4, 6)):
        m = g.person()
        d.t(f"  {r.randint(1, 100):>3}  ")
        if r.random() < 0.5:
            d.p(m.surname).t(", ").p(m.given)
        else:
            d.p(m.full)
        x = r.random()
        if x < 0.4:
            d.t("  sort code ").s("BANK", ids.sort_code()).t("  acc ").s("BANK", ids.account())
        elif x < 0.6:
            d.t("  paid for the year by card ").s("CARD", ids.card())
        else:
            d.t("  ").s("EMAIL", parent_email(m, r))
        d.nl(f"  £{r.choice(['2', '5', '10'])}/month")
    d.nl()
    d.nl("Please tick the Gift Aid box only for donations, not for 100 Club numbers.")
    d.t("Treasurer: ").p(treas.full).t("  ").s("PHONE", phone(ids, r, "mob")).nl()
    maybe_trap(d, r, 0.5)
    return d


def k_young_carer(g, r, ids):
    """Young carer identification and referral form."""
    d = Doc("young_carer_referral")
    sch = School(r)
    kid = g.person()
    cared = g.family(kid)
    sib = g.person()
    sib.surname = kid.surname
    ref = g.person()
    gp = g.person()
    yc = g.person()
    d.nl(f"{r.choice(['Kernow', 'Merseyside', 'Orkney', 'Nottingham'])} Young Carers Service — IDENTIFICATION AND REFERRAL")
    d.nl()
    d.t("Young person: ").p(kid.full).t("   DOB: ").s("DATE_OF_BIRTH", ids.dob(2009, 2017)).nl(f"   Gender: {r.choice(['F', 'M', 'prefer not to say'])}")
    d.t("School: ").t(sch.name).t("   UPN: ").s("UPN", ids.upn()).nl()
    d.nl("Address:")
    d.addr(Addr(r), multi=True, indent="    ")
    d.nl()
    d.t("Person(s) cared for: ").p(cared.full).nl(f" ({rel(r, cared)}) — {r.choice(['MS', 'bipolar disorder', 'alcohol dependency', 'stroke', 'cancer treatment'])}")
    if r.random() < 0.6:
        d.t("NHS number of person cared for (with consent): ").s("NHS_NUMBER", ids.nhs()).nl()
    d.t("Also in household: ").p(sib.given).nl(f" ({r.randint(2, 9)}, autism)")
    d.t("GP: Dr ").p(gp.surname).t(", ").t(r.choice(["Pallion Health Centre", "Heaton Road Surgery", "Balfour Hospital practice", "Grangetown Health Centre"])).t(", ").s("PHONE", phone(ids, r)).nl()
    d.nl()
    d.nl("Caring tasks (in the young person's words):")

    def body():
        F(d, "\"i do the tea most nights and get {s} ready for school. they cant always get up the "
             "stairs. my nan {n} helps on a saturday.\" {k} is often late and tired; {r2} noticed "
             "this in form time.", s=sib.given.lower(), n=g.person("f").given.lower(), k=kid.given,
          r2=ref.given)
    para(d, r, body)
    d.nl()
    d.t("Referrer: ").p(ref.full).t(f", {r.choice(['Form tutor', 'Pastoral lead', 'Learning mentor'])}, ").s("EMAIL", staff_email(ref, sch, r)).nl()
    d.t("Allocated worker: ").p(yc.full).t("  ").s("PHONE", phone(ids, r, "mob")).nl()
    maybe_trap(d, r, 0.4)
    return d


def k_ihcp(g, r, ids):
    """Individual healthcare plan."""
    d = Doc("healthcare_plan")
    sch = School(r)
    kid = g.person()
    m1 = g.family(kid)
    m2 = g.family(kid)
    cons = g.person()
    sn = g.person()
    staff = [g.person() for _ in range(3)]
    ini = initials_unique(staff + [sn])
    cond = r.choice(["Epilepsy (absence and tonic-clonic)", "Type 1 diabetes (pump)", "Anaphylaxis (peanut, tree nut)", "Sickle cell disease"])
    d.nl(f"{sch.name} — INDIVIDUAL HEALTHCARE PLAN")
    d.nl()
    d.t("Child's name: ").p(kid.full.upper() if r.random() < 0.4 else kid.full).t(f"   Class: {r.choice(['Fern', 'Willow', 'Lark', '3M', '5K'])}").nl()
    d.t("Date of birth: ").s("DATE_OF_BIRTH", ids.dob(2013, 2021)).t("   NHS number: ").s("NHS_NUMBER", ids.nhs()).nl()
    d.nl(f"Medical condition: {cond}")
    d.nl(f"Plan date: {fmt_date(r)}   Review: {fmt_date(r, 2027)}")
    d.nl()
    d.nl("Family contacts")
    for m in (m1, m2):
        d.t("  ").p(m.full).t(f" ({rel(r, m)})  ").s("PHONE", phone(ids, r, "mob"))
        if r.random() < 0.4:
            d.t(" / work ").s("PHONE", phone(ids, r))
        d.nl()
    d.nl("Clinic / hospital contact")
    d.t("  Dr ").p(cons.full).t(f", consultant paediatrician, {r.choice(['Alder Hey', 'Great North Children’s Hospital', 'Royal Cornwall Hospital', 'Balfour Hospital'])}, ").s("PHONE", phone(ids, r, r.choice(["lpl", "ncl", "fic"]))).nl()
    d.t("  Specialist nurse: ").p(sn.full).t(" (").p(ini[sn.full]).nl(")")
    d.nl()
    d.nl("Daily care and emergency response")

    def body():
        F(d, "{k} carries a grab bag with emergency medication. If {k2} has a seizure lasting "
             "over 5 minutes give buccal midazolam as trained and call 999, then {m}. "
             "Not to be admitted to Nightingale Ward without a parent. Trips: medication "
             "travels with the named adult ({a}).", k=kid.given, k2=kid.given, m=m1.given,
          a=ini[staff[0].full])
    para(d, r, body)
    d.nl()
    d.nl("Staff trained:")
    for s in staff:
        d.t("  ").p(s.full).t(" (").p(ini[s.full]).t(f") — {fmt_date(r)} — trainer ").p(ini[sn.full]).nl()
    d.t("Agreed by parent: ").p(f"{m1.initial()}. {m1.surname}").nl(f"   {short_date(r)}")
    maybe_trap(d, r, 0.4)
    return d


def k_ehe_letter(g, r, ids):
    """Elective home education deregistration letter and school acknowledgement."""
    d = Doc("ehe_deregistration")
    sch = School(r)
    par = g.person()
    kid = g.person()
    kid.surname = par.surname if r.random() < 0.8 else kid.surname
    head = g.person()
    la = r.choice(LAS)
    ehe = g.person()
    a = Addr(r)
    d.addr(a, multi=True)
    d.s("EMAIL", parent_email(par, r)).nl()
    d.nl()
    d.nl(fmt_date(r))
    d.nl()
    ht = tt(r, head)
    d.t(ht + " ").p(head.full).nl()
    d.nl("Headteacher")
    d.t(sch.name).nl()
    d.addr(sch.addr, multi=True)
    d.nl()
    d.t("Dear ").t(ht + " ").p(head.surname).nl(",")
    d.nl()
    d.t("Re: ").p(kid.full).t(", date of birth ").s("DATE_OF_BIRTH", ids.dob(2011, 2018)).nl()
    d.nl()

    def body():
        F(d, "I am writing to tell you that I am withdrawing my {rel} {k} from school to "
             "educate {obj} at home, with effect from {dt}. Please remove {k2} from the admissions "
             "register under regulation 9. {k2} has been unhappy since the incident with {o} "
             "last term, and my mother {gm} will help with the teaching while I am at work. "
             "Please pass {k2}'s reading books to {t}.",
          rel=(None, r.choice(["son", "daughter", "child"])), k=kid.full, obj=(None, "them"),
          dt=(None, fmt_date(r)), k2=kid.given, o=g.person().full, gm=g.person("f").full,
          t=g.person().given)
    para(d, r, body)
    d.nl()
    d.nl("Yours sincerely")
    d.nl()
    d.p(par.full).nl()
    d.t("Tel ").s("PHONE", phone(ids, r, "mob")).nl()
    d.nl()
    d.nl("-" * 40)
    d.t("From: ").p(head.full).t(" <").s("EMAIL", staff_email(head, sch, r)).nl(">")
    d.t("To: ").p(ehe.surname).t(", ").p(ehe.given).t(" <").s("EMAIL", la_email(ehe, la)).nl(">")
    d.t("Subject: EHE notification - ").p(kid.full).nl()
    d.nl()
    m = d.mark()
    F(d, "Hi {e}, please find attached the parent's letter. UPN {u}. We have no safeguarding "
         "concerns; the child is known to the school nurse only. Parent is {p}. Regards, {h}\n",
      e=ehe.given, u=("UPN", ids.upn()), p=par.full, h=head.given)
    d.wrap(76, m)
    maybe_trap(d, r, 0.3)
    return d


KINDS = [  # (function, clean count, ocr copies)
    (k_nurse_dropin, 5, 2), (k_music_exam, 5, 2), (k_fixed_penalty, 5, 2), (k_pp_tracker, 5, 1),
    (k_school_council, 5, 2), (k_bikeability, 5, 2), (k_sms_log, 5, 0), (k_eal_arrival, 5, 2),
    (k_transition, 5, 2), (k_neet_tracker, 5, 1), (k_managed_move, 5, 2), (k_keyholder, 5, 2),
    (k_hall_hire, 5, 2), (k_cert_collection, 5, 2), (k_hundred_club, 5, 1), (k_young_carer, 5, 2),
    (k_ihcp, 5, 2), (k_ehe_letter, 5, 1),
]

INITIALS_WITHOUT_ACCENTS = True

assert len({g for g, _ in GIVEN}) >= 250, len(GIVEN)
assert len(set(SURNAMES)) >= 250, len(set(SURNAMES))


if __name__ == "__main__":
    heldout_kit.use(globals())
    sys.exit(heldout_kit.main(os.path.dirname(os.path.abspath(__file__)), __doc__.splitlines()[0]))
