#!/usr/bin/env python3
"""Eighth held-out detection set for dsar (tests/eval/heldout8).

Written blind: without reading the detector's code, word lists or rules, or the
earlier sets' documents and generators (only heldout7's generator, for how a
generator uses heldout_kit.py). The names, places, schools, traps and all
eighteen document kinds are new. Everything is invented. Standard library only,
fixed seed, deterministic. Writes docs/0001.txt ... docs/0120.txt and labels.jsonl.

    python3 make_heldout8.py [--out DIR] [--check]
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import heldout_kit  # noqa: E402
from heldout_kit import *  # noqa: E402,F401,F403

SEED = 20261208

# ---------------------------------------------------------------- names
GIVEN = [
    # Hungarian
    ("Zsófia", "f"), ("Bence", "m"), ("Réka", "f"), ("Levente", "m"), ("Dorottya", "f"),
    ("Gergő", "m"), ("Eszter", "f"), ("Ákos", "m"), ("Noémi", "f"), ("Csaba", "m"),
    # Czech
    ("Tereza", "f"), ("Vojtěch", "m"), ("Kateřina", "f"), ("Jiří", "m"), ("Lucie", "f"),
    ("Ondřej", "m"), ("Markéta", "f"), ("Radek", "m"), ("Barbora", "f"),
    # Slovak
    ("Ľubomír", "m"), ("Zuzana", "f"), ("Miroslav", "m"), ("Jana", "f"), ("Matúš", "m"),
    ("Lenka", "f"), ("Dušan", "m"), ("Simona", "f"),
    # Bulgarian
    ("Stoyan", "m"), ("Radostina", "f"), ("Ivaylo", "m"), ("Tsvetelina", "f"), ("Boyan", "m"),
    ("Desislava", "f"), ("Kaloyan", "m"), ("Yordanka", "f"),
    # Albanian
    ("Arbër", "m"), ("Blerina", "f"), ("Erion", "m"), ("Drita", "f"), ("Luan", "m"),
    ("Mimoza", "f"), ("Ermal", "m"), ("Anisa", "f"), ("Besnik", "m"),
    # Greek
    ("Eleftheria", "f"), ("Spyros", "m"), ("Dimitra", "f"), ("Panagiotis", "m"), ("Vasiliki", "f"),
    ("Stavros", "m"), ("Athina", "f"), ("Thanos", "m"),
    # Turkish Cypriot
    ("Hüseyin", "m"), ("Emine", "f"), ("Mehmet", "m"), ("Gülay", "f"), ("Erkan", "m"),
    ("Selin", "f"), ("Özgür", "m"), ("Nilüfer", "f"),
    # Iranian / Persian
    ("Shirin", "f"), ("Dariush", "m"), ("Parisa", "f"), ("Kourosh", "m"), ("Roya", "f"),
    ("Behnam", "m"), ("Niloofar", "f"), ("Arash", "m"), ("Golnaz", "f"),
    # Afghan, Pashto
    ("Farid", "m"), ("Zarmina", "f"), ("Hamid", "m"), ("Khatera", "f"), ("Wahid", "m"),
    ("Mursal", "f"), ("Naweed", "m"), ("Freshta", "f"), ("Zarak", "m"), ("Malalai", "f"),
    ("Asfandyar", "m"), ("Palwasha", "f"), ("Jawad", "m"), ("Spogmai", "f"),
    # Bangladeshi Sylheti
    ("Shahnaz", "f"), ("Rafiq", "m"), ("Shipa", "f"), ("Rahena", "f"), ("Mujibur", "m"),
    ("Forhad", "m"), ("Shirina", "f"), ("Jahed", "m"),
    # Gujarati
    ("Bhavna", "f"), ("Jignesh", "m"), ("Hemlata", "f"), ("Ketan", "m"), ("Dharmesh", "m"),
    ("Komal", "f"), ("Alpesh", "m"), ("Nayna", "f"), ("Vipul", "m"),
    # Sikh Punjabi
    ("Gurpreet", "x"), ("Manjit", "x"), ("Harjinder", "m"), ("Jaspreet", "f"), ("Balwinder", "m"),
    ("Sukhvinder", "x"), ("Kuldeep", "m"), ("Ravneet", "f"), ("Tejinder", "m"), ("Simran", "f"),
    # Sri Lankan Sinhala
    ("Chaminda", "m"), ("Dilani", "f"), ("Nuwan", "m"), ("Sanduni", "f"), ("Kasun", "m"),
    ("Ishara", "f"), ("Lahiru", "m"), ("Thilini", "f"),
    # Thai
    ("Somchai", "m"), ("Nattaya", "f"), ("Kittipong", "m"), ("Ploy", "f"), ("Anong", "f"),
    ("Thanawat", "m"), ("Siriporn", "f"),
    # Japanese
    ("Haruto", "m"), ("Yui", "f"), ("Sota", "m"), ("Aoi", "x"), ("Ren", "m"), ("Hinata", "x"),
    ("Kaito", "m"), ("Sakura", "f"), ("Yuki", "x"), ("Riku", "m"),
    # Korean
    ("Ji-hoon", "m"), ("Seo-yeon", "f"), ("Min-jun", "m"), ("Ha-eun", "f"), ("Do-yoon", "m"),
    ("Ji-woo", "x"), ("Eun-ji", "f"), ("Hyun-woo", "m"),
    # Malaysian
    ("Nurul", "f"), ("Haziq", "m"), ("Aisyah", "f"), ("Syafiq", "m"), ("Farhana", "f"),
    ("Amirul", "m"), ("Wei Ling", "f"), ("Kavin", "m"),
    # Zimbabwean Shona
    ("Tatenda", "x"), ("Farai", "x"), ("Rutendo", "f"), ("Tinashe", "x"), ("Nyasha", "x"),
    ("Tafadzwa", "x"), ("Chipo", "f"), ("Kudakwashe", "m"), ("Rumbidzai", "f"),
    # Kenyan Kikuyu
    ("Wanjiru", "f"), ("Kamau", "m"), ("Njeri", "f"), ("Mwangi", "m"), ("Wambui", "f"),
    ("Githinji", "m"), ("Nyambura", "f"), ("Kariuki", "m"),
    # Ugandan
    ("Babirye", "f"), ("Kato", "m"), ("Apio", "f"), ("Okello", "m"), ("Akello", "f"), ("Musoke", "m"),
    # Congolese (French)
    ("Dieudonné", "m"), ("Merveille", "f"), ("Exaucé", "m"), ("Grâce", "f"), ("Bienvenu", "m"),
    ("Plamedi", "f"), ("Christelle", "f"), ("Glodi", "m"), ("Rachidi", "m"),
    # Sudanese
    ("Amna", "f"), ("Osman", "m"), ("Tasneem", "f"), ("Mujtaba", "m"), ("Rayan", "x"), ("Hiba", "f"),
    ("Elfatih", "m"),
    # Yemeni
    ("Afrah", "f"), ("Saleh", "m"), ("Bushra", "f"), ("Waleed", "m"), ("Arwa", "f"), ("Khaled", "m"),
    # Latvian
    ("Jānis", "m"), ("Līga", "f"), ("Mārtiņš", "m"), ("Ilze", "f"), ("Kristaps", "m"), ("Baiba", "f"),
    ("Raimonds", "m"), ("Dace", "f"),
    # Ukrainian
    ("Oleksandr", "m"), ("Yuliia", "f"), ("Mykola", "m"), ("Oksana", "f"), ("Taras", "m"),
    ("Solomiia", "f"), ("Bohdan", "m"), ("Iryna", "f"), ("Andrii", "m"),
    # Brazilian
    ("Thiago", "m"), ("Larissa", "f"), ("Gustavo", "m"), ("Thaís", "f"), ("Rafaela", "f"),
    ("Vinícius", "m"), ("Júlia", "f"), ("Caio", "m"),
    # Colombian
    ("Andrés", "m"), ("Valentina", "f"), ("Santiago", "m"), ("Ximena", "f"), ("Camilo", "m"),
    ("Daniela", "f"), ("Sebastián", "m"), ("Yesenia", "f"),
    # Jamaican
    ("Tyrone", "m"), ("Shanequa", "f"), ("Kemoy", "m"), ("Tanisha", "f"), ("Romaine", "x"),
    ("Jermaine", "m"), ("Latoya", "f"), ("Omari", "m"), ("Shavar", "m"),
    # Scottish Lowland
    ("Hamish", "m"), ("Morag", "f"), ("Alasdair", "m"), ("Kirsteen", "f"), ("Ross", "m"),
    ("Isla", "f"), ("Euan", "m"), ("Mhairi", "f"), ("Struan", "m"),
    # Northern Irish Ulster-Scots
    ("Ivan", "m"), ("Sammy", "m"), ("Gillian", "f"), ("Trevor", "m"), ("Lynsey", "f"),
    ("Billy", "m"), ("Wilma", "f"), ("Raymond", "m"),
    # Manx
    ("Juan", "m"), ("Ealish", "f"), ("Orry", "m"), ("Aalin", "f"), ("Illiam", "m"),
    ("Moirrey", "f"), ("Breesha", "f"), ("Fenella", "f"),
    # English, with hyphens and apostrophes
    ("Lacey-Mae", "f"), ("Jayden-Lee", "m"), ("Ellie-Rose", "f"), ("Brooklyn", "x"),
    ("Harley", "x"), ("Keegan", "m"), ("Chantelle", "f"), ("Dean", "m"), ("Ja'Mya", "f"),
    ("Re'Shawn", "m"), ("Kacey-Leigh", "f"),
]
WORD_GIVEN = [("Amber", "f"), ("Crystal", "f"), ("Jade", "f"), ("Chase", "m"), ("Hunter", "m"),
              ("Bill", "m"), ("Bob", "m"), ("Rusty", "m"), ("Brook", "f"), ("Heather", "f"),
              ("Olive", "f"), ("Rowan", "x"), ("Clay", "m"), ("Hazel", "f"), ("Honey", "f"),
              ("Cash", "m"), ("Ginger", "f"), ("Penny", "f"), ("Sandy", "x"), ("Misty", "f"),
              ("Basil", "m"), ("Angel", "x"), ("River", "x"), ("Will", "m"), ("Mark", "m"),
              ("May", "f")]

SURNAMES = [
    # Hungarian
    "Nagy", "Kovács", "Szabó", "Tóth", "Horváth", "Varga", "Molnár", "Németh", "Farkas", "Balogh",
    # Czech
    "Novák", "Dvořák", "Procházka", "Kučera", "Veselý", "Horák", "Němec", "Pokorný", "Růžička",
    # Slovak
    "Kováč", "Baláž", "Hudák", "Lukáč", "Šimko", "Oravec", "Kollár", "Mináriková",
    # Bulgarian
    "Petrova", "Dimitrov", "Georgieva", "Stoyanov", "Todorova", "Kostadinov", "Hristova", "Nikolov",
    # Albanian
    "Hoxha", "Krasniqi", "Gashi", "Berisha", "Shehu", "Dervishi", "Kelmendi", "Bajrami", "Çela",
    # Greek
    "Papadopoulos", "Georgiou", "Konstantinidou", "Karagiannis", "Antoniou", "Christodoulou",
    "Vlachou", "Economou",
    # Turkish Cypriot
    "Mustafa", "Özdemir", "Kemal", "Ahmet", "Hasan", "Çelik", "Doğan", "Şahin", "Ramadan",
    # Persian
    "Ahmadi", "Hosseini", "Tehrani", "Moradi", "Rezaei", "Karimi", "Jafari", "Sadeghi", "Farahani",
    # Afghan, Pashto
    "Popal", "Sultani", "Hakimi", "Durrani", "Noorzai", "Safi", "Wardak", "Yousafzai", "Khattak",
    "Afridi", "Shinwari", "Marwat", "Bangash", "Mohmand",
    # Sylheti
    "Chowdhury", "Talukdar", "Mazumder", "Khanam", "Sikdar", "Hussain", "Choudhury", "Islam",
    # Gujarati
    "Patel", "Shah", "Desai", "Mehta", "Joshi", "Thakkar", "Pandya", "Vaghela", "Chauhan", "Lad",
    # Sikh Punjabi
    "Gill", "Grewal", "Bains", "Kang", "Virdi", "Johal", "Sahota", "Atwal", "Bhogal", "Kaur", "Singh",
    # Sinhala
    "Perera", "Fernando", "Jayasinghe", "Wickramasinghe", "Bandara", "Rathnayake", "Gunawardena",
    "de Silva",
    # Thai
    "Srisuk", "Chaiyaporn", "Wongsakul", "Suksawat", "Boonmee", "Rattanakorn",
    # Japanese
    "Sato", "Takahashi", "Watanabe", "Yamamoto", "Nakamura", "Kobayashi", "Inoue", "Fujita", "Ishikawa",
    # Korean
    "Park", "Choi", "Jung", "Yoon", "Jang", "Lim", "Han", "Shin",
    # Malaysian
    "Abdullah", "Yusof", "Razak", "Tan", "Ong", "Hamzah", "Rahmat", "Subramaniam",
    # Shona
    "Moyo", "Chikwanha", "Mutasa", "Nyathi", "Makoni", "Mapfumo", "Marufu", "Gumbo", "Chinembiri",
    # Kikuyu
    "Kamau", "Njoroge", "Wanjiku", "Gitau", "Macharia", "Ndungu", "Mwangi",
    # Ugandan
    "Ssempala", "Mugisha", "Kizza", "Byaruhanga", "Tumusiime", "Namutebi", "Ssewanyana",
    # Congolese
    "Mbuyi", "Kabongo", "Tshibangu", "Ilunga", "Mukendi", "Lukusa", "Nsimba", "Kalonji", "Mulumba",
    # Sudanese
    "Elamin", "Abdelrahman", "Elhassan", "Babiker", "Eltayeb", "Mahgoub",
    # Yemeni
    "Al-Harazi", "Al-Aghbari", "Ba-Wazir", "Al-Yafai", "Shamsan", "Qasim",
    # Latvian
    "Bērziņš", "Kalniņa", "Ozoliņš", "Liepiņa", "Krūmiņš", "Zariņa", "Vītols", "Eglītis",
    # Ukrainian
    "Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchuk", "Melnyk", "Oliinyk",
    "Savchuk", "Lysenko", "Hnatiuk",
    # Brazilian
    "Oliveira", "dos Santos", "Rodrigues", "Almeida", "Nascimento", "Barbosa", "Cavalcanti", "Araújo",
    # Colombian
    "Restrepo", "Gutiérrez", "Ospina", "Cárdenas", "Zuluaga", "Montoya", "Jaramillo", "Quintero",
    # Jamaican
    "Bogle", "Clarke-Brown", "McKenzie", "Facey", "Powell", "Blackwood", "Gordon-Reid", "Wint", "Forbes",
    # Scottish Lowland
    "Kerr", "Armstrong", "Elliot", "Scott-Laidlaw", "Rutherford", "Turnbull", "Haig", "Nisbet",
    "Cranston", "Ballantyne",
    # Ulster-Scots
    "McClure", "Boyd", "Gillespie", "McCracken", "Hamill", "Wylie", "Agnew", "McIlwaine",
    "Patterson-Greer",
    # Manx
    "Quayle", "Kinvig", "Corlett", "Cregeen", "Kermode", "Quilliam", "Faragher", "Kewley",
    "Qualtrough", "Callister",
    # English and mixed, apostrophes and hyphens
    "Ackroyd", "Fothergill", "Entwistle", "Wainwright", "Lumb", "Higson", "Scattergood",
    "Bottomley", "O'Hagan", "D'Cruz", "N'Diaye", "Kovács-Brown", "Perera-Quayle", "Gill-Kinvig",
    "Okello-Smith",
]
WORD_SURNAMES = ["Cook", "Mason", "Carpenter", "Fisher", "Gardener", "Walker", "Moss", "Hunter",
                 "Chase", "Brook", "Bishop", "Butcher", "Shepherd", "Draper", "Glover", "Thatcher",
                 "Cotton", "Bell", "Marshall", "Sharp", "Swift", "Hardy", "Pepper", "Clay", "Mark"]

BAD_INITIALS = {
    "AM", "PM", "OK", "NO", "IT", "IS", "IN", "ON", "OF", "TO", "US", "UK", "GB", "BE", "BY", "DO",
    "GO", "HE", "IF", "ME", "MY", "OR", "SO", "UP", "WE", "AN", "AS", "AT", "HA", "HI", "LO", "OH",
    "PE", "RE", "DT", "PA", "TA", "HT", "DH", "SW", "EP", "GP", "PC", "DC", "DS", "PS", "MR", "MS",
    "DR", "ST", "NB", "ID", "IP", "LA", "HR", "CC", "FW", "EY", "YR", "KS", "NI", "BA", "MA", "MP",
    "OT", "CP", "TV", "EU", "UN", "AI", "AD", "BC", "CV", "PR", "FE", "QA", "SA", "GM", "IR", "MI",
    "RN", "SEN", "DSL", "SLT", "NHS", "DOB", "EHC", "CIN", "LAC", "FSM", "PTA", "TBC", "TBA", "AOB",
    "CEO", "ETA", "ICT", "DBS", "PEP", "VSH", "SALT", "SLT", "CAT", "BAT", "HAT", "MAT", "SAT",
    "RAT", "PAT", "DAD", "MUM", "NAN", "BOB", "TOM", "JAM", "ARM", "ART", "CAN", "WAS", "HAS",
    "HIS", "HER", "ONE", "TWO", "YES", "AGE", "ALL", "AND", "ANY", "ARE", "BUT", "CAR", "DAY",
    "FOR", "GOT", "HOW", "NEW", "NOT", "NOW", "OLD", "OUR", "OUT", "RED", "SEE", "SHE", "THE",
    "USE", "WAY", "WHO", "YOU", "BT", "EE", "SD", "FA", "XI", "VS", "RA", "WC", "AB", "DJ", "HW",
}

# ---------------------------------------------------------------- places, schools, traps
PLACES = [
    ("Darnall", "Sheffield", ["S9"]), ("Sneinton", "Nottingham", ["NG2"]),
    ("Belgrave", "Leicester", ["LE4"]), ("Splott", "Cardiff", ["CF24"]),
    ("Leith", "Edinburgh", ["EH6"]), ("Sparkbrook", "Birmingham", ["B11", "B12"]),
    ("Foleshill", "Coventry", ["CV6"]), ("Normanton", "Derby", ["DE23"]),
    ("Bury Park", "Luton", ["LU1", "LU4"]), ("Chalvey", "Slough", ["SL1"]),
    ("Onchan", "Douglas", ["IM3"]), ("Derrybeg", "Newry", ["BT34"]),
    ("Hessle Road", "Hull", ["HU3"]), ("Shirley", "Southampton", ["SO15"]),
    ("Lochee", "Dundee", ["DD2"]), ("Whitmore Reans", "Wolverhampton", ["WV6", "WV1"]),
    ("Gorgie", "Edinburgh", ["EH11"]), ("Gravelly Hill", "Birmingham", ["B23"]),
    ("St Thomas", "Swansea", ["SA1"]), ("Cathays", "Cardiff", ["CF24"]),
]
STREETS = ["Thistle Brae", "Gorsey Lane", "Cooper's Row", "Anchorage Walk", "Mallard Wynd",
           "Nettlebed Road", "Saltire Court", "Peel Street", "Tynwald Avenue", "Loom Street",
           "Hatters Close", "Burnside Terrace", "Wharfedale Grove", "Sycamore Drift", "Ropery Road",
           "Glebe Crescent", "Cinder Lane", "Pottery Mews", "Weavers Yard", "Marram Close",
           "Copperfield Place", "Lime Kiln Way", "Deanery Walk", "Stanley Parade", "Kestrel Brow"]
HOUSE_NAMES = ["Flat 4, Hollybank House", "Flat 2C, Dock Mill", "Apartment 15, Ropery Wharf",
               "Flat 9, Cedar Court", "Flat 1, Kiln House"]
SCHOOLS = [
    ("Kingsmead Vale Academy", "kingsmeadvale"), ("St Columba's RC High School", "stcolumbas"),
    ("Emmeline Pankhurst Academy", "pankhurstacademy"), ("Hollins Brook Primary", "hollinsbrook"),
    ("Bishop Challoner Catholic College", "challoner"), ("Ysgol Glan Tawe", "glantawe"),
    ("Leith Links High School", "leithlinks"), ("Ramsey Grammar School", "ramseygrammar"),
    ("Mary Anning Free School", "anningfree"), ("Heather Bank Junior School", "heatherbank"),
]
TRAPS = [
    "Hunter's XI beat the staff team 3-2 in the charity match.",
    "Please do not Bill the parents for the replacement minibus.",
    "Will you let the office know by Thursday if numbers change?",
    "May half term starts on Friday at 15:15.",
    "Mark the seating plan in red where a candidate has extra time.",
    "An Amber weather warning is forecast for Wednesday.",
    "The Jade Garden takeaway is sponsoring the netball kit.",
    "Heather Park Leisure Centre has closed its learner pool.",
    "Olive oil and Ginger biscuits are on the food tech list.",
    "Brook Street car park is pay and display.",
    "Rowan Class and Hazel Class share the outdoor area.",
    "Cash only on the door; no cards.",
    "Moss Side Leisure Centre hosts the county finals.",
    "The Walker Art Gallery trip is for Year 9 art.",
    "Duke of Edinburgh's Award expeditions run in June.",
    "The Mary Anning Science Block is locked after 17:00.",
    "The Jack Petchey Award presentation is in assembly.",
    "Fisher-Price toys for the nursery were donated by the PTA.",
    "Chase Farm Hospital phlebotomy runs on Tuesdays.",
    "Honey Bee Nursery pick-ups use the side gate.",
    "Cook School sessions for Year 5 are booked for Monday.",
    "Clay Cross Community Hospital is the nearest minor injuries unit.",
    "Sandy Lane playing fields are waterlogged.",
    "Angel tube station is closed for the weekend.",
]
SUBJECTS = ["English Language", "Maths", "Combined Science", "Geography", "Art and Design",
            "Business", "Psychology", "Polish", "Urdu", "Further Maths", "Sociology", "PE"]


initials_unique = initials_unique_plain  # (the kit's, in capitals without accents)


def phone(ids, r, kind=None):
    kind = kind or r.choice(["mob", "mob", "mob", "bri", "rdg", "bhm", "edi", "cdf", "ldn", "lds", "man"])
    n = f"{r.randint(0, 999):03d}"
    if kind == "bri":
        return r.choice([f"0117 496 0{n}", f"(0117) 496 0{n}"])
    if kind == "rdg":
        return r.choice([f"0118 496 0{n}", f"0118-496-0{n}"])
    if kind == "bhm":
        return r.choice([f"0121 496 0{n}", f"(0121) 496 0{n}", f"+44 121 496 0{n}", f"01214960{n}"])
    if kind == "edi":
        return r.choice([f"0131 496 0{n}", f"0131 4960 {n}", f"+44 131 496 0{n}"])
    if kind == "cdf":
        return r.choice([f"029 2018 0{n}", f"(029) 2018 0{n}", f"+44 29 2018 0{n}", f"02920180{n}"])
    return ids.phone(kind)


def csvq(v):
    return f'"{v}"' if ("," in v or '"' in v) else v


def nm(d, r, p, forms=("full", "full", "title", "first", "initsur", "caps")):
    return name_form(d, r, p, forms)


def para(d, r, fn, width=None):
    m = d.mark()
    fn()
    d.wrap(width or r.randint(60, 82), m)
    d.nl()


def letterhead(d, r, sch):
    d.nl(sch.name)
    d.addr(sch.addr, multi=False, sep="   ")
    d.nl()
    d.t("Telephone ").s("PHONE", sch.phone).nl()
    d.nl()


# ---------------------------------------------------------------- kinds
BUS_OPS = ["Tynwald Coaches", "Hunter's Travel Ltd", "Glebe Minibus Services", "Saltire Coach Hire"]


def k_bus_incident(g, r, ids):
    """School bus driver's incident report."""
    d = Doc("bus_incident_report")
    sch = School(r)
    drv = g.person()
    esc = g.person()
    kids = [g.person() for _ in range(3)]
    par = g.family(kids[0])
    op = r.choice(BUS_OPS)
    caps = r.random() < 0.4
    d.nl(f"{op.upper()} — DRIVER INCIDENT REPORT")
    d.nl(f"Contract: {sch.name} home-to-school route {r.choice(['S4', 'K12', 'HB2', '31A'])}   Ref IR/{r.randint(1000, 9999)}")
    d.nl()
    d.t("Driver name: ").p(drv.full.upper() if caps else drv.full).t("    Badge no. ").nl(str(r.randint(10000, 99999)))
    d.t("Vehicle reg: ").s("VEHICLE", ids.vehicle()).nl(f"    Fleet no. {r.randint(100, 899)}")
    d.t("Passenger assistant: ").p(esc.full if r.random() < 0.5 else esc.given).nl()
    d.nl(f"Date of incident: {fmt_date(r)}   Time: {hm(r, 7, 16)}   Location: junction of {r.choice(STREETS)} and {r.choice(STREETS)}")
    d.nl()
    d.nl("What happened:")
    k0, k1, k2 = kids
    v = r.randrange(4)

    def body():
        if v == 0:
            F(d, "Two pupils, {a} and {b}, were fighting over a seat on the back row. I stopped "
                 "the bus in a safe place and {e} moved {b2} to the front. {a2} threw a water "
                 "bottle which hit the window. No injuries.", a=k0.full, b=k1.full, e=esc.given,
                 b2=k1.given, a2=k0.given)
        elif v == 1:
            F(d, "A car ({veh}) pulled out in front of the bus and I braked hard. {a} (Year "
                 "{y}) banged her head on the seat in front. {e} checked her and she said she was "
                 "ok. I rang the school on {ph} and spoke to {s}.", veh=("VEHICLE", ids.vehicle()),
              a=k0.full, y=(None, str(r.randint(7, 11))), e=esc.full, ph=("PHONE", sch.phone),
              s=g.person().full)
        elif v == 2:
            F(d, "{a} was not at the stop and his mum {m} phoned me from {ph} to say he was "
                 "running late. I waited two minutes as per policy then left. {c} and {b} "
                 "were shouting at cars out of the window so I spoke to them at the school gate.",
              a=k0.given, m=par.full, ph=("PHONE", phone(ids, r, "mob")), c=k2.given.lower(), b=k1.given)
        else:
            F(d, "{a} was sick on the bus near {pl}. Cleaned up with the spill kit. {b} said "
                 "{a2} had eaten Ginger biscuits all morning. Passed to {e} to hand over to the "
                 "school office.", a=k0.full, pl=(None, sch.place[0]), b=k1.full, a2=k0.given, e=esc.given)
    para(d, r, body)
    d.nl()
    d.nl("Pupils involved (name / year / stop):")
    for k in kids:
        d.t("  ")
        if caps:
            d.p(k.surname.upper()).t(", ").p(k.given.upper())
        else:
            d.p(k.full)
        d.nl(f" / Y{r.randint(7, 11)} / {r.choice(STREETS)}")
    d.nl()
    d.t("Parent contacted: ").p(par.full).t(" on ").s("PHONE", phone(ids, r)).nl()
    d.t("Signed (driver): ").p(f"{drv.initial()}. {drv.surname}").nl(f"   Date: {short_date(r)}")
    d.t("Received by transport officer: ").p(g.person().full).nl(f", {r.choice(['Sheffield', 'Leicester', 'Cardiff'])} City Council Passenger Transport")
    maybe_trap(d, r)
    return d


def k_invigilation(g, r, ids):
    """Exam invigilation log with seating plan."""
    d = Doc("invigilation_log")
    sch = School(r)
    invs = [g.person() for _ in range(3)]
    ini = initials_unique(invs)
    centre = r.randint(10000, 79999)
    subj = r.choice(SUBJECTS)
    d.nl(f"{sch.name} — Centre number {centre}")
    d.nl(f"INVIGILATION LOG: {subj} Paper {r.randint(1, 3)} ({r.choice(['AQA', 'Edexcel', 'OCR', 'WJEC'])} {r.randint(8000, 8799)}/{r.randint(1, 3)}{r.choice('FH')})")
    d.nl(f"Venue: {r.choice(['Main Hall', 'Sports Hall', 'the Mary Anning Science Block', 'Library'])}   Start {hm(r, 9, 9)}   Finish {hm(r, 11, 12)}")
    d.t("Lead invigilator: ").p(invs[0].full).t(" (").p(ini[invs[0].full]).nl(")")
    d.t("Invigilators: ")
    for i, p in enumerate(invs[1:]):
        if i:
            d.t(", ")
        d.t(tt(r, p) + " ").p(p.surname).t(" (").p(ini[p.full]).t(")")
    d.nl()
    d.nl()
    d.nl("SEATING PLAN")
    d.nl("Seat | Cand. no. | Candidate")
    cands = []
    for row in "ABC":
        for col in range(1, r.randint(3, 5)):
            c = g.person()
            cands.append(c)
            d.t(f"{row}{col}   | {r.randint(1000, 9999)}      | ")
            f = r.random()
            if f < 0.4:
                d.p(f"{c.surname.upper()} {c.given}")
            elif f < 0.7:
                d.p(c.surname).t(", ").p(c.given)
            else:
                d.p(c.full)
            d.nl(r.choice(["", "", "", "  (25% extra time)", "  (reader)", "  (rest breaks)"]))
    d.nl()
    d.nl("INCIDENTS")
    for _ in range(r.randint(2, 3)):
        c = r.choice(cands)
        who = r.choice(invs)
        v = r.randrange(4)
        d.t(f"{hm(r, 9, 11)}  ")
        if v == 0:
            F(d, "{c} arrived 12 minutes late; allowed full time, finish {t}. ({i})\n",
              c=c.full, t=(None, hm(r, 11, 12)), i=ini[who.full])
        elif v == 1:
            F(d, "Mobile phone found in {c}'s blazer pocket, switched off. Reported to exams officer. ({i})\n",
              c=c.given, i=ini[who.full])
        elif v == 2:
            F(d, "Fire alarm test heard at {t}; paper paused 2 mins, {i} noted on seating plan.\n",
              t=(None, hm(r, 9, 11)), i=ini[who.full])
        else:
            F(d, "{c} felt unwell, escorted out by {i}, returned after 6 minutes (supervised rest).\n",
              c=c.given if r.random() < 0.5 else c.full, i=ini[who.full])
    d.nl()
    d.nl(f"Scripts counted: {len(cands)}   Absent: {r.randint(0, 2)}   UCI checks: done")
    d.t("Signed: ").p(ini[invs[0].full]).t("  Exams officer: ").p(g.person().full).nl()
    maybe_trap(d, r, 0.4)
    return d


def k_photo_order(g, r, ids):
    """School photographer order form."""
    d = Doc("photographer_order")
    sch = School(r)
    kid = g.person()
    sib = g.person()
    sib.surname = kid.surname
    par = g.family(kid)
    studio = r.choice(["Clay & Mason Photography", "Honey Pot Portraits", "Bishop Studios", "Bright Brook School Photos"])
    d.nl(f"{studio} — Individual and Family Portraits")
    d.nl(f"School: {sch.name}    Photo day: {day_date(r)}")
    d.nl(f"Online code: {''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(8))}   Order no. {r.randint(300000, 399999)}")
    d.nl()
    caps = r.random() < 0.5
    if caps:
        d.t("CHILD'S NAME: ").p(kid.full.upper()).nl(f"    CLASS: {r.choice(['Rowan', 'Hazel', 'Willow', '3H', '5M'])}")
    else:
        d.t("Child's name: ").p(kid.full).nl(f"    Class: {r.choice(['Rowan', 'Hazel', 'Willow', '3H', '5M'])}")
    if r.random() < 0.6:
        d.t("Sibling photo with: ").p(sib.given.upper() if caps else sib.given).nl(f" (Year {r.randint(1, 6)})")
    d.nl()
    d.nl("Pack A (1 x 10x8, 2 x 7x5)    £24.00")
    d.nl(f"Digital download            £{r.randint(9, 15)}.00")
    d.nl(f"Extra keyrings x{r.randint(1, 3)}           £{r.randint(5, 12)}.50")
    d.nl()
    d.t("Deliver to school / home (tick)   Home address: ")
    a = Addr(r)
    if r.random() < 0.5:
        d.nl()
        d.addr(a, multi=True, upper=caps)
    else:
        d.addr(a, multi=False, sep=", ").nl()
    d.t("Name of payer: ").p(par.full.upper() if caps else par.full).nl()
    d.t("Email for download link: ").s("EMAIL", parent_email(par, r)).nl()
    d.t("Mobile: ").s("PHONE", phone(ids, r, "mob")).nl()
    v = r.randrange(3)
    if v == 0:
        d.t("Card number: ").s("CARD", ids.card()).nl(f"   Expiry {r.randint(1, 12):02d}/{r.randint(27, 31)}")
    elif v == 1:
        d.nl(f"Paid online, card ending {r.randint(1000, 9999)}, auth code {r.randint(100000, 999999)}")
    else:
        d.nl("Cash only in sealed envelope to the class teacher.")
    d.nl()
    d.t("Notes: ")
    F(d, "please can {k} have her hair done before, {s} will bring the brush. thanks {p}\n",
      k=kid.given.lower() if r.random() < 0.5 else kid.given, s=sib.given.lower(), p=par.given.lower())
    maybe_trap(d, r)
    return d


INSTR = ["cornet", "baritone horn", "viola", "double bass", "oboe", "bassoon", "trombone",
         "euphonium", "alto saxophone", "ukulele"]


def k_instrument_loan(g, r, ids):
    """Instrument loan agreement."""
    d = Doc("instrument_loan")
    sch = School(r)
    kid = g.person()
    par = g.family(kid)
    head = g.person()
    letterhead(d, r, sch)
    d.nl("Music Department")
    d.nl("INSTRUMENT LOAN AGREEMENT")
    d.nl()
    d.t("Pupil: ").p(kid.full).t("    Date of birth: ").s("DATE_OF_BIRTH", ids.dob(2010, 2018)).nl(f"    Form: {r.randint(7, 11)}{r.choice('ABKMW')}")
    d.nl(f"Instrument: {r.choice(INSTR)}   Make: {r.choice(['Besson', 'Yamaha', 'Jupiter', 'Buffet'])}   Serial: {r.choice('BJKY')}{r.randint(100000, 999999)}   Value: £{r.randint(250, 1900)}")
    d.nl(f"Case, mouthpiece and stand included. Asset tag MUS-{r.randint(100, 999)}.")
    d.nl()
    d.t("Parent/carer: ").t(tt(r, par) + " ").p(par.full).nl()
    d.t("Address: ").addr(Addr(r), multi=False, sep="  ").nl()
    d.t("Phone: ").s("PHONE", phone(ids, r)).t("   Email: ").s("EMAIL", parent_email(par, r)).nl()
    d.nl()

    def body():
        F(d, "I agree that {k} will look after the instrument, bring it to lessons with {t} "
             "every {day}, and return it at the end of the Summer term or on leaving. "
             "Loss or damage not covered by our home insurance will be charged.",
          k=kid.given, t=head.full,
          day=(None, r.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])))
    para(d, r, body)
    v = r.randrange(3)
    if v == 0:
        d.t("Deposit £50 refundable to: account name ").p(par.full).t(", sort code ").s("BANK", ids.sort_code()).t(", account ").s("BANK", ids.account()).nl()
    elif v == 1:
        d.nl("Hire fee waived (Pupil Premium). Bill the parents only for lost mouthpieces.")
    else:
        d.t("Deposit paid by card ").s("CARD", ids.card()).nl(f" on {short_date(r)}")
    d.nl()
    d.t("Signed (parent): ").p(par.full if r.random() < 0.5 else f"{par.initial()} {par.surname}").nl(f"   Date: {short_date(r)}")
    d.t("Signed (head of music): ").p(head.full).nl()
    d.nl()
    d.nl("Returned: ____   Condition: ____   Checked by: ____")
    maybe_trap(d, r)
    return d


def k_rooming(g, r, ids):
    """Residential trip rooming list."""
    d = Doc("rooming_list")
    sch = School(r)
    lead = g.person()
    staff = [lead] + [g.person() for _ in range(2)]
    ini = initials_unique(staff)
    centre = r.choice(["Kielder Water Outdoor Centre", "Plas Menai", "Glenmore Lodge annexe", "Calf of Man Field Centre", "Hunter's Moor Activity Centre"])
    d.nl(f"{sch.name} — Year {r.randint(5, 8)} residential, {centre}")
    d.nl(f"{day_date(r)} to {day_date(r)}   Coach dep. {hm(r, 7, 9)}")
    d.t("Trip leader: ").p(lead.full).t("  mobile ").s("PHONE", phone(ids, r, "mob")).nl()
    d.t("Staff: ")
    for i, s in enumerate(staff):
        if i:
            d.t("; ")
        d.p(ini[s.full]).t(" = ").p(s.full)
    d.nl()
    d.nl()
    for room in range(r.randint(3, 4)):
        d.t(f"ROOM {r.choice(['A', 'B', 'C', 'D'])}{room + 1} ({r.choice(['girls', 'boys'])}) — staff check: ").p(ini[r.choice(staff).full]).nl()
        for _ in range(r.randint(3, 4)):
            k = g.person()
            d.t("  - ")
            if r.random() < 0.5:
                d.p(k.full)
            else:
                d.p(f"{k.given} {k.surname[0]}.")
            x = r.random()
            if x < 0.25:
                d.t("  DOB ").s("DATE_OF_BIRTH", ids.dob(2012, 2016)).t("  NHS ").s("NHS_NUMBER", ids.nhs())
                d.t(f"  ({r.choice(['asthma - inhaler', 'nut allergy - 2 x EpiPen', 'bedwetting - discreet', 'T1 diabetes'])})")
            elif x < 0.4:
                d.t("  emergency: ").p(g.family(k).full).t(" ").s("PHONE", phone(ids, r))
            elif x < 0.5:
                d.t("  not with ").p(g.person().given.lower() if r.random() < 0.5 else g.person().given).t(" (friendship issue)")
            d.nl()
        d.nl()
    d.nl("Lights out 21:30. Night duty rota on the back. Wake-up 07:00.")
    maybe_trap(d, r)
    return d


TEAMS = ["Hunter's XI", "the Walker Cup squad", "Under-14 A", "Under-12 B", "1st XV", "Year 9 netball"]


def k_team_sheet(g, r, ids):
    """Sports fixture team sheet and match report."""
    d = Doc("team_sheet_match_report")
    sch = School(r)
    coach = g.person()
    opp = r.choice(SCHOOLS)[0]
    sport = r.choice(["football", "netball", "rugby", "hockey", "cricket"])
    d.nl(f"{sch.name} PE Department — {sport.upper()} FIXTURE")
    d.nl(f"{r.choice(['Under-13', 'Under-14', 'Under-15', 'Year 10'])} v {opp}   {day_date(r)}   KO {hm(r, 14, 16)}")
    d.t("Coach: ").t(tt(r, coach) + " ").p(coach.surname).t("  Minibus: ").s("VEHICLE", ids.vehicle()).t("  Driver: ").p(g.person().full).nl()
    d.nl()
    d.nl("TEAM SHEET")
    players = [g.person() for _ in range(r.randint(7, 11))]
    for i, p in enumerate(players):
        d.t(f"{i + 1:>2}. ")
        f = r.random()
        if f < 0.5:
            d.p(p.full)
        elif f < 0.8:
            d.p(p.full.upper())
        else:
            d.p(f"{p.given[0]}. {p.surname}")
        d.nl(r.choice(["", "", "", " (c)", " (GK)", " (vc)"]))
    d.t("Subs: ")
    for i in range(2):
        if i:
            d.t(", ")
        d.p(g.person().given)
    d.nl()
    d.nl()
    d.nl("MATCH REPORT (for the newsletter)")
    a, b, c = r.sample(players, 3)

    def body():
        F(d, "What a game! {a} opened the scoring after {m} minutes, and {b}'s tackling in "
             "the second half kept us in it. Player of the match went to {c} for a brilliant "
             "display. Thanks to {pa} for running the line and to the parents who braved the "
             "Amber warning to support. Final score {s}.",
          a=a.full, m=(None, str(r.randint(3, 40))), b=b.given, c=c.full if r.random() < 0.5 else c.given,
          pa=f"{g.person().given} {g.person().surname}", s=(None, f"{r.randint(0, 5)}-{r.randint(0, 5)}"))
    para(d, r, body)
    d.nl(f"Next fixture: {r.choice(TEAMS)} away at {r.choice(['Moss Side', 'Heather Park', 'Sandy Lane', 'Gorgie'])} on {r.choice(['Wednesday', 'Saturday'])}.")
    maybe_trap(d, r)
    return d


def k_careers(g, r, ids):
    """Careers guidance interview notes."""
    d = Doc("careers_interview")
    sch = School(r)
    st = g.person()
    adv = g.person()
    tutor = g.person()
    d.nl("CAREERS GUIDANCE INTERVIEW — RECORD")
    d.nl(f"{sch.name}   Gatsby benchmark 8")
    d.t("Student: ").p(st.full).t(f"   Year {r.choice([10, 11, 12, 13])}   ULN: ").s("ULN", ids.uln()).nl()
    if r.random() < 0.5:
        d.t("D.o.B.: ").s("DATE_OF_BIRTH", ids.dob(2008, 2011)).nl()
    d.t("Adviser: ").p(adv.full).nl(f", Level 6 Careers Guidance ({r.choice(['Careers Wales', 'Skills Development Scotland', 'the Careers Hub'])})")
    d.nl(f"Date: {fmt_date(r)}   Length: {r.randint(25, 50)} min")
    d.nl()
    v = r.randrange(3)

    def body():
        if v == 0:
            F(d, "{s} wants to be a paramedic. Discussed T Level in Health, the apprenticeship "
                 "route with the ambulance service, and A levels. {s2} said their older cousin "
                 "{c} did the BTEC at Heather Park College. Mum ({m}) was worried about "
                 "shift work.", s=st.given, s2=st.given, c=g.person().full, m=g.person("f").given)
        elif v == 1:
            F(d, "Talked through {s}'s interest in carpentry and joinery; the family friend "
                 "{c} runs a firm and may offer work experience. Will apply to the Cook School "
                 "catering course as a back-up. Predicted grades from {ti} {t} look fine.",
              s=st.given, c=g.person().full, ti=(None, tt(r, tutor)), t=tutor.surname)
        else:
            F(d, "{s} is unsure; interests are gaming and animals. Suggested a taster at the "
                 "vets where {c} works. {t} (form tutor) to chase the CV. Mark schemes for "
                 "the mock were discussed briefly.", s=st.given, c=g.person().given, t=tutor.full)
    para(d, r, body)
    d.nl()
    d.nl("Action plan:")
    d.t("  1. ").p(st.given).t(" to ").nl(r.choice(["register on UCAS Hub", "book an open day", "finish personal statement draft"]))
    d.t("  2. ").p(adv.given).nl(" to send apprenticeship links by email")
    d.t("  3. Follow-up: ").p(initials_unique([adv])[adv.full]).nl(f", {r.choice(['June', 'March', 'May'])} 2027")
    d.nl()
    d.t("Contact for adviser: ").s("EMAIL", staff_email(adv, sch, r)).t(" / ").s("PHONE", phone(ids, r)).nl()
    maybe_trap(d, r, 0.4)
    return d


def k_bursary(g, r, ids):
    """Sixth-form 16-19 bursary application."""
    d = Doc("bursary_application")
    sch = School(r)
    st = g.person()
    par = g.family(st)
    caps = r.random() < 0.5
    d.nl(f"{sch.name} Sixth Form")
    d.nl("16-19 BURSARY FUND APPLICATION 2026/27")
    d.nl()
    d.nl("SECTION 1: STUDENT")
    if caps:
        d.t("SURNAME: ").p(st.surname.upper()).t("    FIRST NAME(S): ").p(st.given.upper()).nl()
    else:
        d.t("Surname: ").p(st.surname).t("    First name(s): ").p(st.given).nl()
    d.t("Date of birth: ").s("DATE_OF_BIRTH", ids.dob(2008, 2010)).t("    Student ID: ").nl(str(r.randint(200000, 299999)))
    d.t("ULN: ").s("ULN", ids.uln()).t("    NI number: ").s("NI_NUMBER", ids.ni()).nl()
    d.nl("Home address:")
    d.addr(Addr(r), multi=True, upper=caps)
    d.t("Mobile: ").s("PHONE", phone(ids, r, "mob")).nl()
    d.nl()
    d.nl("SECTION 2: CATEGORY")
    d.nl(r.choice(["[ ] Vulnerable (care leaver)  [x] Discretionary", "[x] In receipt of Universal Credit  [ ] Looked after"]))
    d.t("Parent/carer: ").p(par.full.upper() if caps else par.full).t("   Household income: £").nl(f"{r.randint(9, 24)},{r.randint(0, 999):03d}")
    d.nl()
    d.nl("SECTION 3: BANK DETAILS (payments go to the STUDENT'S account)")
    d.t("Account holder: ").p(st.full.upper() if caps else st.full).nl()
    d.t("Sort code: ").s("BANK", ids.sort_code()).t("    Account no: ").s("BANK", ids.account()).nl()
    d.nl(f"Bank: {r.choice(['Monzo', 'Starling', 'Nationwide', 'Lloyds'])}   Roll number: n/a")
    d.nl()
    d.t("Student signature: ").p(st.full).nl(f"   Date: {short_date(r)}")
    d.t("Assessed by: ").p(g.person().full).nl(f" (Sixth Form Manager)   Award: £{r.randint(3, 12)}00 per term")
    maybe_trap(d, r, 0.4)
    return d


def k_counsellor(g, r, ids):
    """School counsellor session notes using initials."""
    d = Doc("counsellor_notes")
    sch = School(r)
    cl = g.person()
    couns = g.person()
    friend = g.person()
    mum = g.family(cl, "f")
    people = [cl, couns, friend, mum]
    ini = initials_unique(people)
    d.nl("CONFIDENTIAL — COUNSELLING SERVICE")
    d.nl(f"{sch.name}")
    d.t("Client: ").p(cl.full).t(" (referred to as ").p(ini[cl.full]).t(")   D.O.B. ").s("DATE_OF_BIRTH", ids.dob(2009, 2014)).nl()
    d.t("Counsellor: ").p(couns.full).t(", MBACP (").p(ini[couns.full]).nl(")")
    d.t("Others named: ").p(friend.full).t(" (").p(ini[friend.full]).t("), mother ").p(mum.full).t(" (").p(ini[mum.full]).nl(")")
    d.nl()
    for n in range(r.randint(2, 4)):
        d.nl(f"Session {n + 1} — {fmt_date(r)} — {r.choice(['50', '45', '30'])} min — CORE score {r.randint(8, 30)}")
        v = r.randrange(4)
        c, f, m, k = ini[cl.full], ini[friend.full], ini[mum.full], ini[couns.full]

        def body():
            if v == 0:
                F(d, "{c} spoke about falling out with {f} over a group chat. {c} feels left out "
                     "at lunch. Explored what friendship means. {c} agreed to try the Rowan "
                     "Room at lunchtime.", c=c, f=f)
            elif v == 1:
                F(d, "{c} talked about home: {m} works nights and {c} looks after younger "
                     "siblings. Tired. {k} reminded {c} of limits of confidentiality.", c=c, m=m, k=k)
            elif v == 2:
                F(d, "Low mood this week; scaling 3/10. No thoughts of self-harm when asked "
                     "directly. {c} said {f} has been kind. Plan: {k} to check in on Friday.", c=c, f=f, k=k)
            else:
                F(d, "{c} arrived late (PE). Drew a picture of the family; talked about nan "
                     "and the move from {pl}. {m} had emailed {k} beforehand.", c=c,
                  pl=(None, r.choice(["Dundee", "Newry", "Hull", "Douglas"])), m=m, k=k)
        para(d, r, body)
    d.t("Signed ").p(ini[couns.full]).nl(f"  Next review: {r.choice(['after half term', 'May', 'end of term'])}")
    maybe_trap(d, r, 0.3)
    return d


def k_it_account(g, r, ids):
    """IT account creation request (usernames derived from names are not labelled)."""
    d = Doc("it_account_request")
    sch = School(r)
    req = g.person()
    tech = g.person()
    d.nl(f"{sch.name} — IT Service Desk")
    d.nl(f"Ticket #{r.randint(40000, 49999)}: New account request")
    d.t("Requested by: ").p(req.full).t(" <").s("EMAIL", staff_email(req, sch, r)).nl(">")
    d.t("Assigned to: ").p(tech.full).nl()
    d.nl()
    d.nl("Username   | Display name              | Role          | Year | Temp password")
    for _ in range(r.randint(3, 6)):
        p = g.person()
        s = re.sub(r"[^a-z]", "", strip_acc(p.surname.lower()))
        gi = re.sub(r"[^a-z]", "", strip_acc(p.given.lower()))
        user = r.choice([f"{r.randint(19, 26)}{s[:8]}{gi[0]}", f"{gi[0]}{s}", f"{gi}.{s[:6]}"])
        d.t(f"{user:<10} | ")
        if r.random() < 0.5:
            d.p(p.surname).t(", ").p(p.given)
            ln = len(p.surname) + 2 + len(p.given)
        else:
            d.p(p.full)
            ln = len(p.full)
        d.nl(" " * max(1, 26 - ln) + f"| {r.choice(['Student', 'Student', 'Supply teacher', 'TA', 'Governor']):<13} | {r.choice(['7', '12', '-', '3'])}    | {r.choice(['Welcome', 'Spring', 'Summer'])}{r.randint(10, 99)}!")
    d.nl()
    d.nl("Notes:")
    F(d, "- Device for {a}: Chromebook, static lease {ip} on the Heather VLAN.\n",
      a=g.person().full, ip=("IP", ids.ip()))
    F(d, "- {t} created accounts from {ip}; MFA enrolment pending.\n", t=tech.given, ip=("IP", ids.ip()))
    if r.random() < 0.5:
        F(d, "- Leaver: disable {a} (left {dt}); forward mail to {b}.\n", a=g.person().full,
          dt=(None, short_date(r)), b=req.given)
    d.nl()
    d.t("Resolved by ").p(tech.given).nl(f" at {hm(r)}. Will close in 3 days.")
    maybe_trap(d, r, 0.4)
    return d


def k_dbs_tracker(g, r, ids):
    """Parent volunteer DBS tracking sheet."""
    d = Doc("volunteer_dbs_tracker")
    sch = School(r)
    off = g.person()
    d.nl(f"{sch.name} — Parent volunteer DBS tracker (reading volunteers, trips, PTA)")
    d.t("Maintained by: ").p(off.full).nl(f" (School Business Manager)   Updated {short_date(r)}")
    d.nl()
    d.nl("Name, DOB, Child/class, Role, DBS cert no, Issue date, Status")
    for _ in range(r.randint(4, 6)):
        p = g.person()
        k = g.person()
        k.surname = p.surname
        if r.random() < 0.5:
            d.t('"').p(p.surname).t(", ").p(p.given).t('"')
        else:
            d.p(p.full)
        d.t(", ").s("DATE_OF_BIRTH", ids.dob(1970, 1998)).t(", ")
        d.p(k.given).t(f" {r.choice(['Y1', 'Y2', 'Y4', 'Rec', 'Y6'])}, {r.choice(['reading volunteer', 'trip helper', 'PTA treasurer', 'swimming helper'])}, ")
        d.nl(f"{r.randint(1000, 1999)}{r.randint(10000000, 99999999)}, {short_date(r, r.randint(2022, 2026))}, {r.choice(['Clear', 'Awaiting', 'Update service', 'Expired'])}")
    d.nl()
    d.nl("Chasers:")
    p = g.person()
    d.t("  ").p(p.full).t(" — ID docs not seen; phone ").s("PHONE", phone(ids, r)).nl()
    if r.random() < 0.7:
        d.t("  ").p(g.person().full).t(" — NI number on form ").s("NI_NUMBER", ids.ni()).nl(" does not match passport; re-submit")
    if r.random() < 0.6:
        d.t("  ").p(g.person().given.lower()).t(" (nan of ").p(g.person().given.lower()).nl(" in Y1) asked if her old DBS from the care home counts - no.")
    if r.random() < 0.5:
        d.t("  Address history gap for ").p(g.person().full).t(": previously at ").addr(Addr(r), multi=False, sep=" ").nl()
    maybe_trap(d, r)
    return d


def k_prom(g, r, ids):
    """Prom ticket sales spreadsheet (CSV)."""
    d = Doc("prom_ticket_sales")
    sch = School(r)
    org = g.person()
    d.nl(f"# Year 11 Prom 2027 — ticket sales — {r.choice(['The Cedar Court Hotel', 'Heather Park Pavilion', 'Jade Garden Suite'])}")
    d.t("# exported by ").p(org.full).nl(f" {short_date(r)}")
    d.nl("ticket_no,student,tutor,guest,dietary,paid,method,card_or_ref,email,mobile")
    for _ in range(r.randint(6, 9)):
        s = g.person()
        d.t(f"P{r.randint(1000, 1999)},")
        f = r.random()
        if f < 0.5:
            d.p(s.full)
        elif f < 0.75:
            d.t('"').p(s.surname).t(", ").p(s.given).t('"')
        else:
            d.p(s.full.upper())
        d.t(",")
        d.t("11" + r.choice("ABCDEK")).t(",")
        if r.random() < 0.4:
            d.p(g.person().full)
        else:
            d.t("none")
        d.t(f",{r.choice(['', 'veg', 'halal', 'gluten free', 'nut allergy'])},£{r.choice(['45.00', '45.00', '22.50', '0.00'])},")
        m = r.choice(["card", "card", "cash", "bursary"])
        d.t(m + ",")
        if m == "card":
            d.s("CARD", ids.card()) if r.random() < 0.4 else d.t(f"ending {r.randint(1000, 9999)}")
        else:
            d.t(f"R{r.randint(10000, 99999)}")
        d.t(",")
        d.s("EMAIL", parent_email(s, r)).t(",").s("PHONE", phone(ids, r, "mob")).nl()
    d.nl()
    d.nl(f"# total sold {r.randint(80, 160)}; ticket numbers P1000-P1999 are not refundable")
    d.t("# queries to ").p(org.given).t(" or the finance office ").s("EMAIL", f"finance@{sch.domain}").nl()
    return d


def k_detention(g, r, ids):
    """Lunchtime detention register."""
    d = Doc("detention_register")
    sch = School(r)
    staff = [g.person() for _ in range(4)]
    ini = initials_unique(staff)
    d.nl(f"{sch.name} — Lunchtime detention register — {r.choice(['Room B12', 'the Walker Room', 'Hall 2'])}")
    d.nl(f"Week beginning {day_date(r)}")
    d.t("On duty: ")
    for i, s in enumerate(staff[:2]):
        if i:
            d.t(" / ")
        d.p(ini[s.full])
    d.nl()
    d.nl()
    d.nl("Day | Pupil | Form | Set by | Reason | Attended")
    for _ in range(r.randint(6, 9)):
        p = g.person()
        s = r.choice(staff)
        d.t(f"{r.choice(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} | ")
        f = r.random()
        if f < 0.35:
            d.p(f"{p.surname.upper()} {p.given}")
        elif f < 0.7:
            d.p(p.full)
        else:
            d.p(f"{p.given} {p.surname[0]}")
        d.t(f" | {r.randint(7, 11)}{r.choice('ABCDKL')} | ").p(ini[s.full])
        d.nl(f" | {r.choice(['no homework', 'late x3', 'phone out', 'rudeness', 'truancy from PE', 'no equipment'])} | {r.choice(['Y', 'Y', 'N', 'Y (late)'])}")
    d.nl()
    d.nl("Notes:")
    a, b = g.person(), g.person()
    F(d, "{t} — {a} refused to attend Weds; escalated to after-school with {ti} {b2}.\n",
      t=ini[staff[2].full], a=a.given, ti=(None, tt(r, staff[3])), b2=staff[3].surname)
    F(d, "{b} says {c} started it. Parent emailed by {t}.\n", b=b.given.lower() if r.random() < 0.5 else b.given,
      c=g.person().given, t=ini[staff[0].full])
    d.nl()
    d.nl("Key:")
    for s in staff:
        d.t("  ").p(ini[s.full]).t(" — ").p(s.full).nl()
    maybe_trap(d, r)
    return d


def k_reading_age(g, r, ids):
    """Reading-age assessment report."""
    d = Doc("reading_age_report")
    sch = School(r)
    kid = g.person()
    asr = g.person()
    par = g.family(kid)
    letterhead(d, r, sch)
    d.nl("Literacy intervention")
    d.nl("READING AGE ASSESSMENT REPORT")
    d.nl()
    d.t("Pupil name: ").p(kid.full).nl()
    d.t("Date of birth: ").s("DATE_OF_BIRTH", ids.dob(2011, 2018)).t("   UPN: ").s("UPN", ids.upn()).nl()
    ca = r.randint(7, 13)
    d.nl(f"Chronological age: {ca}y {r.randint(0, 11)}m   Test: {r.choice(['NGRT Form B', 'Salford Sentence Reading', 'York Assessment of Reading (YARC)'])}")
    d.nl(f"Reading age: {ca - r.randint(1, 3)}y {r.randint(0, 11)}m   Standardised score: {r.randint(69, 94)}   Stanine: {r.randint(1, 4)}")
    d.t("Assessed by: ").p(asr.full).nl(f" (Literacy HLTA) on {fmt_date(r)}")
    d.nl()

    def body():
        F(d, "{k} decoded single words well but read slowly and lost meaning in longer "
             "sentences. {k2} guessed words from the first letter (e.g. 'May' for 'Mark'). "
             "{k}'s comprehension was stronger when the passage was read aloud by {a}. "
             "{k2} enjoys the Olive and the Honey Bee series at home with {p}.",
          k=kid.given, k2=kid.given, a=asr.given, p=r.choice([par.given, (None, "mum"), (None, "dad")]) if r.random() < 0.6 else par.full)
    para(d, r, body)
    d.nl()
    d.nl("Recommendations:")
    d.nl("  - Toe by Toe, 3 x 15 min per week")
    d.t("  - Re-test in ").t(r.choice(["May", "June", "January"])).t(" (").p(initials_unique([asr])[asr.full]).nl(")")
    d.t("  - Share with SENCo ").p(g.person().full).nl()
    d.nl()
    d.t("Copy to parent: ").t(tt(r, par) + " ").p(par.surname).t(", ").s("EMAIL", parent_email(par, r)).nl()
    maybe_trap(d, r)
    return d


def k_salt(g, r, ids):
    """Speech and language therapy session notes."""
    d = Doc("salt_notes")
    sch = School(r)
    kid = g.person()
    slt = g.person()
    ta = g.person()
    par = g.family(kid)
    d.nl(f"{r.choice(['Sheffield Children’s', 'Leicestershire Partnership', 'Cardiff and Vale'])} NHS — Children's Speech and Language Therapy")
    d.nl("CLINICAL NOTE — SCHOOL VISIT")
    d.t("Name: ").p(kid.full.upper() if r.random() < 0.4 else kid.full).t("   DOB: ").s("DATE_OF_BIRTH", ids.dob(2015, 2021)).nl()
    d.t("NHS No: ").s("NHS_NUMBER", ids.nhs()).nl(f"   Hospital no.: {r.choice('KRS')}{r.randint(100000, 999999)}")
    d.t("Address: ").addr(Addr(r), multi=False, sep="  ").nl()
    d.nl(f"Setting: {sch.name}   Date: {fmt_date(r)}")
    d.nl()
    v = r.randrange(3)

    def body():
        if v == 0:
            F(d, "Seen with TA {t} in the Rowan Room. {k} fronting /k/ to /t/ ('tat' for 'cat'). "
                 "Stimulable for /k/ in isolation. {t2} will practise the Chase the sound "
                 "game daily.", t=ta.full, k=kid.given, t2=ta.given)
        elif v == 1:
            F(d, "{k} used 2-3 word phrases; understanding of 'before/after' not secure. Mum "
                 "{p} reports {k2} is talking more at home since {w} (brother) started nursery.",
              k=kid.given, p=par.full, k2=kid.given.lower(), w=g.person("m").given)
        else:
            F(d, "Stammer: {k} had 6% syllables stammered in a 200-syllable sample. Discussed "
                 "strategies with class teacher {c} and TA {t}.", k=kid.given,
              c=f"{g.person().full}", t=ta.given)
    para(d, r, body)
    d.nl()
    d.t("Plan agreed with ").p(par.full).t(" (").s("PHONE", phone(ids, r)).nl(").")
    d.t("Signed: ").p(slt.full).nl(f", Highly Specialist SLT, HCPC SL{r.randint(10000, 39999)}")
    d.t("Tel ").s("PHONE", phone(ids, r, r.choice(["bhm", "cdf", "edi"]))).nl()
    maybe_trap(d, r, 0.4)
    return d


def k_pep(g, r, ids):
    """Personal Education Plan (virtual school) meeting notes."""
    d = Doc("pep_meeting")
    sch = School(r)
    cyp = g.person()
    fc1 = g.person()
    fc2 = g.person()
    fc2.surname = fc1.surname
    sw = g.person()
    dt = g.person()
    vs = g.person()
    people = [cyp, fc1, sw, dt, vs]
    ini = initials_unique(people)
    d.nl(f"{r.choice(['Derby City', 'Coventry', 'Isle of Man', 'Southampton'])} Virtual School — PERSONAL EDUCATION PLAN (PEP)")
    d.nl(f"Term: {r.choice(['Autumn', 'Spring', 'Summer'])} 2026   Meeting date: {fmt_date(r)}")
    d.nl()
    d.t("Child/young person: ").p(cyp.full).t(f"   Year {r.randint(2, 11)}   DOB: ").s("DATE_OF_BIRTH", ids.dob(2010, 2019)).nl()
    d.t("UPN: ").s("UPN", ids.upn()).t(f"   Legal status: S{r.choice(['20', '31', '38'])}   LA ID: {r.randint(1000000, 9999999)}").nl()
    d.t("Placement: foster carers ").p(fc1.full).t(" and ").p(fc2.given).t(", ").addr(Addr(r), multi=False, sep=" ").nl()
    d.nl()
    d.nl("Present:")
    d.t("  ").p(sw.full).t(" (").p(ini[sw.full]).nl(") — social worker")
    d.t("  ").p(dt.full).t(" (").p(ini[dt.full]).nl(") — designated teacher")
    d.t("  ").p(vs.full).t(" (").p(ini[vs.full]).nl(") — Virtual School officer")
    d.t("  ").p(fc1.full).t(" (").p(ini[fc1.full]).nl(") — foster carer")
    d.t("  ").p(cyp.given).nl(" joined for the last 10 minutes")
    d.nl()

    def body():
        F(d, "{dt} reported {c} is making good progress in Maths but reading is below age "
             "related. PP+ of £{m} agreed for 1:1 tuition. {sw} updated: contact with birth "
             "mum continues fortnightly at the family centre. {fc} said {c} sleeps better "
             "since the move. {c} wants to join Hunter's XI and asked about the Duke of "
             "Edinburgh's Award.", dt=ini[dt.full], c=cyp.given, m=(None, str(r.randint(3, 9) * 100)),
          sw=ini[sw.full], fc=ini[fc1.full])
    para(d, r, body)
    d.nl()
    d.nl("Actions:")
    d.t("  ").p(ini[dt.full]).nl(" — arrange tutor by half term")
    d.t("  ").p(ini[vs.full]).nl(" — release PP+ funding")
    d.t("  ").p(ini[sw.full]).t(" — share contact plan (").s("EMAIL", f"{re.sub(r'[^a-z]', '', strip_acc(sw.surname.lower()))}.{re.sub(r'[^a-z]', '', strip_acc(sw.given.lower()))[0]}@{r.choice(['derby', 'coventry', 'southampton'])}.example.gov.uk").nl(")")
    d.t("Next PEP: ").nl(day_date(r))
    maybe_trap(d, r, 0.4)
    return d


def k_fire_drill(g, r, ids):
    """Fire drill roll-call sheet."""
    d = Doc("fire_drill_rollcall")
    sch = School(r)
    warden = g.person()
    d.nl(f"{sch.name} — FIRE EVACUATION ROLL CALL")
    d.nl(f"Drill on {day_date(r)} at {hm(r, 9, 14)}   Alarm zone {r.randint(1, 9)}   Assembly point: {r.choice(['top field', 'Brook Street car park', 'MUGA'])}")
    d.t("Fire warden: ").p(warden.full).nl(f"   Evacuation time: {r.randint(2, 5)} min {r.randint(0, 59)} s")
    d.nl()
    for form in range(r.randint(2, 3)):
        tutor = g.person()
        d.t(f"Form {r.randint(7, 11)}{r.choice('ABCDEF')} — tutor ").t(tt(r, tutor) + " ").p(tutor.surname).nl()
        for _ in range(r.randint(4, 6)):
            p = g.person()
            d.t("  [")
            d.t(r.choice(["x", "x", "x", " "]))
            d.t("] ")
            if r.random() < 0.5:
                d.p(p.surname.upper()).t(", ").p(p.given)
            else:
                d.p(p.full)
            d.nl(r.choice(["", "", "", "  (at music lesson — accounted for)", "  (signed out 11:20)"]))
        d.nl()
    d.nl("Visitors and contractors (from signing-in book):")
    for _ in range(r.randint(1, 3)):
        v = g.person()
        d.t("  ").p(v.full).t(f", {r.choice(['Moss Electrical', 'Carpenter & Sons Roofing', 'Walker Catering', 'supply teacher'])}, car ").s("VEHICLE", ids.vehicle()).nl()
    d.nl()
    missing = g.person()
    F(d, "Issues: {m} (Y{y}) unaccounted for at 3 min; found in the toilets by {w}. Disabled "
         "refuge in the Mary Anning Science Block not checked.\n", m=missing.full,
      y=(None, str(r.randint(7, 11))), w=warden.given)
    maybe_trap(d, r)
    return d


def k_cover_email(g, r, ids):
    """Staff absence cover request email."""
    d = Doc("cover_request_email")
    sch = School(r)
    t = g.person()
    cm = g.person()
    hod = g.person()
    d.t("From: ").p(t.full).t(" <").s("EMAIL", staff_email(t, sch, r)).nl(">")
    d.t("To: Cover <").s("EMAIL", f"cover@{sch.domain}").t(">; ").p(cm.full).t(" <").s("EMAIL", staff_email(cm, sch, r)).nl(">")
    d.t("Cc: ").p(hod.surname).t(", ").p(hod.given).t(" <").s("EMAIL", staff_email(hod, sch, r)).nl(">")
    d.t("Subject: Cover needed tomorrow - ").p(t.full).nl(f" ({r.choice(['medical appt', 'child sick', 'jury service', 'funeral'])})")
    d.nl(f"Sent: {day_date(r)} {hm(r, 6, 22)}")
    d.nl()
    d.t("Hi ").p(cm.given.lower() if r.random() < 0.3 else cm.given).nl(",")
    d.nl()
    m = d.mark()
    k1, k2 = g.person(), g.person()
    F(d, "Sorry for the late notice. I won't be in tomorrow as {w}. Work is on Teams in each "
         "class's folder. P1 9X3 - ask {a} to hand out the books, {b} needs to sit at the "
         "front (hearing). P3 11Y1 mock revision, Mark schemes are in the top drawer. P5 free. "
         "My duty (Brook Street gate at 15:15) - could {h} swap with me? I can do Thursday.\n",
      w=(None, r.choice(["my son has a hospital appointment", "I've got a stomach bug", "I'm on jury service"])),
      a=k1.full if r.random() < 0.5 else k1.given, b=k2.given, h=hod.given)
    d.wrap(76, m)
    d.nl()
    d.nl("Thanks")
    d.p(t.given).nl()
    d.nl(f"Teacher of {r.choice(SUBJECTS)}")
    d.t("Mobile (urgent only): ").s("PHONE", phone(ids, r, "mob")).nl()
    d.nl()
    if r.random() < 0.6:
        d.t("On ").t(day_date(r)).t(", ").p(cm.full).t(" <").s("EMAIL", staff_email(cm, sch, r)).nl("> wrote:")
        d.t("> Reminder: cover requests by 07:15 please. ").p(cm.given).nl()
    maybe_trap(d, r, 0.4)
    return d


KINDS = [  # (function, clean count, ocr copies)
    (k_bus_incident, 5, 2), (k_invigilation, 5, 2), (k_photo_order, 5, 2), (k_instrument_loan, 5, 2),
    (k_rooming, 5, 2), (k_team_sheet, 5, 2), (k_careers, 5, 1), (k_bursary, 5, 2),
    (k_counsellor, 5, 2), (k_it_account, 5, 1), (k_dbs_tracker, 5, 2), (k_prom, 5, 1),
    (k_detention, 5, 2), (k_reading_age, 5, 2), (k_salt, 5, 2), (k_pep, 5, 2),
    (k_fire_drill, 5, 1), (k_cover_email, 5, 0),
]

INITIALS_WITHOUT_ACCENTS = True

assert len({g for g, _ in GIVEN}) >= 250, len(GIVEN)
assert len(set(SURNAMES)) >= 250, len(set(SURNAMES))


if __name__ == "__main__":
    heldout_kit.use(globals())
    sys.exit(heldout_kit.main(os.path.dirname(os.path.abspath(__file__)), __doc__.splitlines()[0]))
