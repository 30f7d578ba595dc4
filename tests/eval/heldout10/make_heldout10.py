#!/usr/bin/env python3
"""Tenth held-out detection set for dsar (tests/eval/heldout10).

Written blind: without reading the detector's code, word lists or rules, or the
earlier sets' documents and generators (only heldout9's generator, for how a
generator uses heldout_kit.py). The names, places, schools, traps and all
sixteen document kinds are new. Everything is invented. Standard library only,
fixed seed, deterministic. Writes docs/0001.txt ... docs/0120.txt and labels.jsonl.

    python3 make_heldout10.py [--out DIR] [--check]
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import heldout_kit  # noqa: E402
from heldout_kit import *  # noqa: E402,F401,F403

SEED = 20261210

# ---------------------------------------------------------------- names
GIVEN = [
    # Russian, Belarusian, Moldovan
    ("Dmitri", "m"), ("Yekaterina", "f"), ("Anastasia", "f"), ("Vsevolod", "m"), ("Svetlana", "f"),
    ("Arkady", "m"), ("Lyudmila", "f"), ("Yaroslav", "m"), ("Alesia", "f"), ("Uladzimir", "m"),
    ("Hanna", "f"), ("Ales", "m"), ("Doina", "f"), ("Ion", "m"), ("Mihaela", "f"), ("Vasile", "m"),
    # Slovenian
    ("Žiga", "m"), ("Špela", "f"), ("Anže", "m"), ("Nuša", "f"), ("Rok", "m"), ("Urška", "f"),
    # Uzbek, Kazakh, Chechen
    ("Dilnoza", "f"), ("Jasur", "m"), ("Gulnora", "f"), ("Bekzod", "m"), ("Aigerim", "f"),
    ("Nurlan", "m"), ("Dana", "f"), ("Yerlan", "m"), ("Zarema", "f"), ("Ramzan", "m"),
    ("Khava", "f"), ("Adlan", "m"),
    # Palestinian, Egyptian, Moroccan, Algerian, Tunisian, Libyan
    ("Tamer", "m"), ("Rasha", "f"), ("Yousef", "m"), ("Dalia", "f"), ("Mahmoud", "m"),
    ("Nourhan", "f"), ("Sherif", "m"), ("Shaimaa", "f"), ("Youssef", "m"), ("Khadija", "f"),
    ("Hamza", "m"), ("Imane", "f"), ("Rachid", "m"), ("Lynda", "f"), ("Sofiane", "m"),
    ("Yasmine", "f"), ("Anis", "m"), ("Rim", "f"), ("Marwa", "f"), ("Abdelkader", "m"),
    ("Salma", "f"), ("Mabrouk", "m"),
    # Senegalese Wolof, Malian, Ivorian, Cameroonian
    ("Moussa", "m"), ("Fatou", "f"), ("Ousmane", "m"), ("Awa", "f"), ("Cheikh", "m"),
    ("Ndeye", "f"), ("Mamadou", "m"), ("Oumou", "f"), ("Seydou", "m"), ("Kadiatou", "f"),
    ("Yao", "m"), ("Adjoa", "f"), ("Kouadio", "m"), ("Aya", "f"), ("Ebenezer", "m"),
    ("Nadège", "f"), ("Junior", "m"), ("Ngono", "f"),
    # Rwandan, Burundian, Malawian, Zambian
    ("Jean-Claude", "m"), ("Uwase", "f"), ("Iradukunda", "x"), ("Mugisha", "m"), ("Ishimwe", "x"),
    ("Ndayishimiye", "m"), ("Chifundo", "x"), ("Thokozani", "m"), ("Tiwonge", "f"),
    ("Mwila", "f"), ("Chanda", "x"), ("Mutale", "m"), ("Bwalya", "x"),
    # Mauritian, Trinidadian, Guyanese, Barbadian
    ("Kushal", "m"), ("Vidya", "f"), ("Jean-Noël", "m"), ("Marie-Claire", "f"),
    ("Anil", "m"), ("Savitri", "f"), ("Darnell", "m"), ("Keisha", "f"), ("Trevor", "m"),
    ("Shondell", "f"), ("Deokie", "f"), ("Rampersaud", "m"), ("Kamla", "f"), ("Jamar", "m"),
    ("Rihanna", "f"), ("Corey", "m"),
    # Chilean, Peruvian, Venezuelan, Mexican
    ("Ignacio", "m"), ("Javiera", "f"), ("Matías", "m"), ("Catalina", "f"), ("Huáscar", "m"),
    ("Yessenia", "f"), ("Wilmer", "m"), ("Rosmery", "f"), ("Jesús", "m"), ("Guadalupe", "f"),
    ("Ximena", "f"), ("Itzel", "f"), ("Joaquín", "m"), ("María José", "f"), ("Juan Pablo", "m"),
    # Fijian, Māori
    ("Josefa", "m"), ("Sereana", "f"), ("Ilisapeci", "f"), ("Tevita", "m"), ("Mere", "f"),
    ("Wiremu", "m"), ("Tāne", "m"), ("Aroha", "f"), ("Ngaio", "x"), ("Hēmi", "m"), ("Kahurangi", "f"),
    # Canadian French
    ("Étienne", "m"), ("Geneviève", "f"), ("Maxime", "x"), ("Éloïse", "f"), ("Mathieu", "m"),
    ("Noémie", "f"), ("Jean-François", "m"), ("Léa", "f"),
    # Bengali Hindu
    ("Subhajit", "m"), ("Debjani", "f"), ("Arindam", "m"), ("Sreemoyee", "f"), ("Tanmoy", "m"),
    ("Poulomi", "f"), ("Sayantan", "m"), ("Rituparna", "f"), ("Anirban", "m"), ("Moumita", "f"),
    # English and British
    ("Callum", "m"), ("Freya", "f"), ("Harvey", "m"), ("Imogen", "f"), ("Kieran", "m"),
    ("Lottie", "f"), ("Nathaniel", "m"), ("Phoebe", "f"), ("Reuben", "m"), ("Tilly", "f"),
    ("Alfie", "m"), ("Maisie", "f"), ("Jenson", "m"), ("Evie-Mae", "f"), ("Rhys", "m"),
    ("Gemma", "f"), ("Darren", "m"), ("Tracey", "f"), ("Lewis", "m"), ("Courtney", "f"),
    ("Stuart", "m"), ("Bernadette", "f"), ("Nigel", "m"), ("Francesca", "f"), ("Ashley", "x"),
]
WORD_GIVEN = [("Summer", "f"), ("Autumn", "f"), ("Sky", "f"), ("Storm", "x"), ("Hunter", "m"),
              ("Reed", "m"), ("Ivy", "f"), ("Sage", "x"), ("Faith", "f"), ("Joy", "f"),
              ("Dawn", "f"), ("Penny", "f"), ("Cliff", "m"), ("Jay", "m"), ("Frank", "m"),
              ("Drew", "m"), ("Honey", "f"), ("Patience", "f")]
SURNAMES = [
    "Volkov", "Sokolova", "Lebedev", "Kuznetsova", "Morozov", "Karpenko", "Lukashevich",
    "Shevtsova", "Zhuk", "Ciobanu", "Rusu", "Munteanu", "Novak", "Kovačič", "Horvat", "Zupančič",
    "Krajnc", "Tursunov", "Karimova", "Yusupov", "Nurmagambetov", "Abenova", "Dzhaksybekov",
    "Kadyrova", "Umarov", "Magomadova",
    "Abu Khalil", "Barghouti", "Haddad", "El-Masry", "Abdel Rahman", "Farouk", "Shenouda",
    "Bennani", "El Idrissi", "Ait Ouali", "Benali", "Boumediene", "Haddadi", "Ben Salah",
    "Trabelsi", "Gharbi", "El-Mabrouk", "Zlitni",
    "Diop", "Ndiaye", "Fall", "Sow", "Gueye", "Traoré", "Keïta", "Coulibaly", "Diarra",
    "Kouassi", "Koffi", "N’Guessan", "Tchamba", "Mbarga", "Fotso", "Nkongho",
    "Habimana", "Uwimana", "Niyonzima", "Nshimirimana", "Banda", "Phiri", "Mwale", "Chirwa",
    "Mulenga", "Bwalya", "Chileshe",
    "Ramgoolam", "Appadoo", "Seegobin", "Lagesse", "Persad", "Maharaj", "Ramdeen", "Baptiste",
    "Jagdeo", "Singh-Persaud", "Greenidge", "Holder", "Worrell", "Bascombe",
    "Quispe", "Mamani", "Huamán", "Castillo Rojas", "Fuentes", "Sepúlveda", "Muñoz", "Contreras",
    "Pérez", "Hernández", "Ramírez", "Ortega", "Villalobos", "Núñez",
    "Nakarawa", "Tuilagi", "Vunibaka", "Waqa", "Ratuva", "Te Awa", "Parata", "Ngata",
    "Tamihana", "Te Whata",
    "Tremblay", "Gagnon", "Côté", "Lévesque", "Bouchard", "Gauthier", "Thibodeau", "St-Pierre",
    "Chattopadhyay", "Bandyopadhyay", "Mukherjee", "Ghosh", "Sengupta", "Dasgupta", "Bhattacharya",
    "Chakraborty", "Mitra", "Banerjee",
    "Ashworth", "Pilkington", "Lomax", "Entwistle", "Hargreaves", "Dobson", "Sowerby", "Threlfall",
    "Pickering", "Atherton", "Cartwright", "Yardley", "Huxley", "McAllister", "O’Donoghue",
    "Fitzgerald-Hume", "Whitmore", "Kettlewell",
]
WORD_SURNAMES = ["Bird", "Stone", "Baker", "Cook", "Gold", "Rich", "Wise", "Black", "Field",
                 "Marsh", "Hill", "Lamb", "Fox", "Brook", "Bell", "Price", "Sharp", "Moss", "Frost",
                 "Card"]

NICK = {"Yekaterina": "Katya", "Anastasia": "Nastya", "Vsevolod": "Seva", "Dmitri": "Dima",
        "Uladzimir": "Vova", "Yaroslav": "Slava", "Lyudmila": "Lyuda", "Abdelkader": "Kader",
        "Nathaniel": "Nat", "Francesca": "Frankie", "Bernadette": "Bernie", "Kahurangi": "Kahu",
        "Jean-François": "JF", "Guadalupe": "Lupe", "Ilisapeci": "Pesi", "Sreemoyee": "Mou",
        "Rituparna": "Ritu", "Jean-Claude": "JC", "Ndayishimiye": "Ndayi", "Sayantan": "Sayan",
        "Ebenezer": "Ebe", "Evie-Mae": "Evie", "Kouadio": "Kouad", "Joaquín": "Joaco"}

BAD_INITIALS = {
    "AM", "PM", "OK", "NO", "IT", "IS", "IN", "ON", "OF", "TO", "US", "UK", "GB", "BE", "BY", "DO",
    "GO", "HE", "IF", "ME", "MY", "OR", "SO", "UP", "WE", "AN", "AS", "AT", "HA", "HI", "LO", "OH",
    "PE", "RE", "DT", "PA", "TA", "HT", "DH", "SW", "EP", "GP", "PC", "DC", "DS", "PS", "MR", "MS",
    "DR", "ST", "NB", "ID", "IP", "LA", "HR", "CC", "FW", "EY", "YR", "KS", "NI", "BA", "MA", "MP",
    "CV", "FM", "SEN", "PP", "FSM", "EAL", "TV", "PR", "QA", "HM", "AB", "ABC", "NHS", "DOB",
    "ICT", "VAT", "CEO", "DPO", "ICO", "SAR", "CME", "ASC", "TBC", "RSVP", "SLT", "DSL",
}

PLACES = [
    ("Waterlees", "Wisbech", ["PE13"]), ("Fenside", "Boston", ["PE21"]),
    ("Coppenhall", "Crewe", ["CW1"]), ("Millfield", "Peterborough", ["PE1"]),
    ("Bury Park", "Luton", ["LU1"]), ("Chalvey", "Slough", ["SL1"]),
    ("Abbey Estate", "Thetford", ["IP24"]), ("Lodge Park", "Corby", ["NN17"]),
    ("Spring Gardens", "Spalding", ["PE11"]), ("Gorse Hill", "Swindon", ["SN2"]),
    ("Northfleet", "Gravesend", ["DA11"]), ("Tower Hamlets", "Dover", ["CT17"]),
    ("Ore", "Hastings", ["TN35"]), ("Layton", "Blackpool", ["FY3"]),
    ("Vickerstown", "Barrow-in-Furness", ["LA14"]), ("Moorclose", "Workington", ["CA14"]),
    ("Firthmoor", "Darlington", ["DL1"]), ("Owton Manor", "Hartlepool", ["TS25"]),
    ("East Marsh", "Grimsby", ["DN32"]), ("Kingsthorpe", "Northampton", ["NN2"]),
]
STREETS = ["Sluice Road", "Dykes End", "Bramley Crescent", "Station Approach", "Gasworks Lane",
           "Potato Market", "Cornhill Walk", "Hatters Way", "Jubilee Terrace", "Chapelgate",
           "Eelpie Row", "Willow Drift", "Shipyard Street", "Harbour Mews", "Cranberry Close",
           "Lavender Drove", "Tulip Way", "Malthouse Court", "Furnace Road", "Steelworks Avenue",
           "Sandringham Gardens", "Linnet Rise", "Brewery Yard", "Colliers Row", "Ferry Lane"]
HOUSE_NAMES = ["Flat 4, Drove House", "Flat 9C, Harbour Point", "Apartment 2, The Maltings",
               "Flat 15, Tulip Court", "The Old Pumping Station"]
SCHOOLS = [
    ("Edith Cavell Academy", "cavellacademy"), ("Walter Tull Primary School", "tullprimary"),
    ("Noor Inayat Khan High School", "nikhs"), ("Grace Darling Primary", "darlingprimary"),
    ("Isambard Brunel Junior School", "brunel-jun"), ("Ada Lovelace College", "lovelacecollege"),
    ("Olaudah Equiano Academy", "equianoacademy"), ("St Botolph's CE Primary", "stbotolphs"),
    ("Fenland Marsh School", "fenlandmarsh"), ("Saltburn Road Primary", "saltburnroad"),
]
TRAPS = [
    "Summer term dates are on the website.",
    "Autumn leaves collage work is on the corridor display.",
    "Sky Sports filmed the Year 8 netball final.",
    "Storm Ciara closed the school for a day last year.",
    "Hunter wellies are not suitable for the cross-country course.",
    "The reed beds at the nature reserve are out of bounds.",
    "Ivy League universities talk for Year 12 is on Thursday.",
    "Faith schools across the county share this calendar.",
    "Joy of Reading week starts after half term.",
    "Dawn chorus walk meets at 05:30 by the bird hide.",
    "A penny for your thoughts: the suggestion box is by reception.",
    "The cliff top path at Saltburn is closed after the landslip.",
    "Frank discussions about vaping took place in PSHE.",
    "Bird watching club has moved to Tuesdays.",
    "Stone Age topic homework is due Friday.",
    "Baker Street Station is the meeting point for the London trip.",
    "Gold award winners for Duke of Edinburgh are listed below.",
    "Black History Month assembly is led by the Year 9 choir.",
    "Marsh Lane car park is for staff only.",
    "Price list for the summer fair stalls is attached.",
    "A frost warning means the field will be closed at lunch.",
    "Honey from the school beehives is £4 a jar.",
    "Edith Cavell Academy are our hosts for the Year 6 taster day.",
    "The Walter Tull Cup final is at Northfleet.",
    "Brunel Shopping Centre is the pick-up point for the coach.",
    "Sage is growing well in the sensory garden.",
    "The Bell Inn car park may be used on parents' evening.",
    "Patience and perseverance are this month's values.",
]
SUBJECTS = ["English", "Maths", "Science", "Geography", "French", "Music", "PE", "Computing",
            "Art", "Design Technology", "RE", "Spanish"]
LAS = [("Cambridgeshire County Council", "cambridgeshire"), ("Lincolnshire County Council", "lincolnshire"),
       ("Luton Borough Council", "luton"), ("Swindon Borough Council", "swindon"),
       ("Kent County Council", "kent"), ("Blackpool Council", "blackpool"),
       ("Hartlepool Borough Council", "hartlepool"), ("North East Lincolnshire Council", "nelincs")]


initials_unique = initials_unique_plain  # (the kit's, in capitals without accents)


def phone(ids, r, kind=None):
    kind = kind or r.choice(["mob", "mob", "mob", "fic", "bris", "ldn", "lds", "man"])
    n = f"{r.randint(0, 999):03d}"
    if kind == "fic":
        return r.choice([f"01632 960{n}", f"(01632) 960{n}", f"+44 1632 960{n}"])
    if kind == "bris":
        return r.choice([f"0117 496 0{n}", f"0117 4960{n}"])
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


def surname_first(d, r, p):
    """`SURNAME, Given`, `Surname, Given` or `Given Surname` as a register would show it."""
    f = r.random()
    if f < 0.35:
        d.p(p.surname.upper()).t(", ").p(p.given)
    elif f < 0.7:
        d.p(p.surname).t(", ").p(p.given)
    else:
        d.p(p.full)
    return d


def email_head(d, r, frm, frm_addr, to, to_addr, subj, cc=None):
    d.t("From: ").p(frm).t(" <").s("EMAIL", frm_addr).nl(">")
    d.t("To: ").p(to).t(" <").s("EMAIL", to_addr).nl(">")
    if cc:
        d.t("Cc: ").p(cc[0]).t(" <").s("EMAIL", cc[1]).nl(">")
    d.nl(f"Date: {day_date(r)} {hm(r)}")
    d.t("Subject: ")
    subj()
    d.nl()
    d.nl()


def la_email(p, la):
    g = re.sub(r"[^a-z]", "", strip_acc(p.given.lower()))
    s = re.sub(r"[^a-z]", "", strip_acc(p.surname.lower()))
    return f"{g}.{s}@{la[1]}.example.gov.uk"


# ---------------------------------------------------------------- kinds
ALLERGENS = ["peanut", "tree nuts", "sesame", "egg", "milk", "kiwi", "fish", "gluten (coeliac)",
             "mustard", "lupin", "soya", "celery"]


def k_allergy_register(g, r, ids):
    """Catering allergy and dietary register."""
    d = Doc("allergy_register")
    sch = School(r)
    cook = g.person()
    sen = g.person()
    d.nl(f"{sch.name} — KITCHEN ALLERGY & SPECIAL DIET REGISTER ({r.choice(['Autumn', 'Spring', 'Summer'])} term)")
    d.t("Cook in charge: ").p(cook.full).t("   Checked by: ").t(tt(r, sen) + " ").p(sen.surname).t(" (school nurse link)").nl()
    d.nl("Photo cards are on the servery wall. EpiPen boxes are in the staffroom, labelled.")
    d.nl()
    d.nl("Pupil (SURNAME, first)        | Class | DOB        | Allergy / diet                | Severity | Parent contact")
    for _ in range(r.randint(6, 9)):
        k = g.person()
        par = g.family(k)
        d.p(k.surname.upper()).t(", ").p(k.given)
        d.t(f" | {r.choice(['R', '1', '2', '3', '4', '5', '6'])}{r.choice('ABKT')} | ")
        d.s("DATE_OF_BIRTH", ids.dob(2014, 2021))
        d.t(f" | {r.choice(ALLERGENS)}{r.choice(['', ', ' + r.choice(ALLERGENS), ' — vegetarian', ' — halal'])} | ")
        d.t(r.choice(["anaphylaxis (2 pens)", "mild", "moderate", "intolerance"]) + " | ")
        d.p(par.given if r.random() < 0.3 else par.full).t(" ").s("PHONE", phone(ids, r, "mob")).nl()
    d.nl()
    a = g.person()
    d.nl("Notes:")

    def body():
        F(d, "{a} ({a2}'s mum) says the hospital letter from {dr} confirms the kiwi allergy is "
             "outgrown; we need it in writing before we change the card. NHS number on the letter "
             "is {n}. ", a=g.family(a, "f").given, a2=a.given, dr=g.person().full, n=("NHS_NUMBER", ids.nhs()))
        F(d, "Pancake Day: {c} will make a separate gluten-free batch.", c=cook.given)
    para(d, r, body)
    maybe_trap(d, r)
    return d


POOLS = ["Fenland Leisure Pool", "Hartlepool Mill House", "Corby East Midlands International Pool",
         "Layton Lido", "Waterlees Swimming Centre"]


def k_swim_register(g, r, ids):
    """Swimming lesson register."""
    d = Doc("swimming_register")
    sch = School(r)
    inst = g.person()
    teacher = g.person()
    d.nl(f"SWIMMING REGISTER — Year {r.choice([3, 4, 5])}   {r.choice(POOLS)}")
    d.t("School: ").t(sch.name).t("   Teacher: ").t(tt(r, teacher) + " ").p(teacher.surname).t("   Instructor: ").p(inst.full.upper() if r.random() < 0.4 else inst.full).nl()
    d.t("Pool address: ")
    pa = Addr(r)
    d.addr(pa, multi=False, sep=" ")
    d.nl()
    d.nl()
    d.nl("UPN           | Name                      | Stage | 25m | Wk1 Wk2 Wk3 Wk4 | Emergency no.")
    kids = []
    for _ in range(r.randint(7, 10)):
        k = g.person()
        kids.append(k)
        d.s("UPN", ids.upn()).t(" | ")
        surname_first(d, r, k)
        d.t(f" | {r.randint(1, 7)}     | {r.choice(['Y', 'N', 'Y*'])}  | "
            + " ".join(r.choice(["/ ", "/ ", "A ", "N "]) for _ in range(4)) + "| ")
        d.s("PHONE", phone(ids, r)).nl()
    d.nl()
    a, b = r.sample(kids, 2)

    def body():
        F(d, "Key: / present, A absent, N no kit. * = swam 25m unaided in week 3. "
             "{a} has a verruca note from home; {b}'s dad {f} asked for {b2} to stay in the "
             "shallow end with {i} until confident.", a=a.given, b=b.given, f=g.family(b, "m").given,
          b2=b.given, i=inst.given)
    para(d, r, body)
    maybe_trap(d, r)
    return d


HOUSES = ["Cavell", "Tull", "Seacole", "Turing", "Brunel", "Pankhurst", "Equiano", "Darwin"]
EVENTS = ["60m sprint", "egg and spoon", "sack race", "obstacle course", "long jump", "howler throw",
          "relay 4x50m", "skipping race", "standing jump"]


def k_sports_day(g, r, ids):
    """Sports day results sheet."""
    d = Doc("sports_day_results")
    sch = School(r)
    houses = r.sample(HOUSES, 4)
    org = g.person()
    d.nl(f"{sch.name.upper()} SPORTS DAY {day_date(r)} — RESULTS")
    d.t("Organiser: ").p(org.full).t("   Houses: ").nl(", ".join(houses) + " (named after famous Britons)")
    d.nl()
    for _ in range(r.randint(3, 4)):
        ev = r.choice(EVENTS)
        d.nl(f"{ev.upper()} (Year {r.randint(1, 6)} {r.choice(['girls', 'boys', 'mixed'])})")
        for pos in ("1st", "2nd", "3rd"):
            k = g.person()
            d.t(f"  {pos}  ")
            f = r.random()
            if f < 0.4:
                d.p(k.full)
            elif f < 0.7:
                d.p(f"{k.given} {k.surname[0]}")
            else:
                d.p(f"{k.given.upper()} {k.surname.upper()}")
            d.nl(f" ({r.choice(houses)})  {r.randint(9, 40)}.{r.randint(0, 9)}s" if "jump" not in ev and "throw" not in ev
                 else f" ({r.choice(houses)})  {r.randint(1, 3)}.{r.randint(10, 99)}m")
        d.nl()
    d.nl("HOUSE POINTS: " + ", ".join(f"{h} {r.randint(80, 200)}" for h in houses))
    w = g.person()
    p2 = g.person()

    def body():
        F(d, "Thank you to the PTA and to {w} for the timing gates. The parents' race was won "
             "(again) by {p}, who has asked us not to mention it. Trophy engraving by "
             "Cavell & Sons, Chapelgate.", w=w.full, p=p2.given + " " + p2.surname if r.random() < 0.6 else p2.given)
    para(d, r, body)
    maybe_trap(d, r, 0.7)
    return d


def k_governor_visit(g, r, ids):
    """Governor monitoring visit report."""
    d = Doc("governor_visit_report")
    sch = School(r)
    gov = g.person()
    head = g.person()
    lead = g.person()
    t2 = g.person()
    ini = initials_unique([gov, lead, t2])
    d.nl(f"{sch.name} — Governor Monitoring Visit")
    d.t("Governor: ").p(gov.full).t(f" (link governor for {r.choice(['SEND', 'reading', 'safeguarding', 'maths', 'attendance'])})").nl()
    d.t("Met with: ").t(tt(r, lead) + " ").p(lead.full).t(" (subject lead, ").p(ini[lead.full]).t(") and ").p(t2.full).t(" (").p(ini[t2.full]).nl(")")
    d.nl(f"Date of visit: {day_date(r)}")
    d.nl()

    def body():
        F(d, "Purpose: to see the new phonics scheme in Year 1. {l} explained how groups are set. "
             "I observed {t}'s group; pupils could segment and blend confidently. {gi} asked about "
             "the tracking sheet and {l2} showed the half-termly data (no individual names shared). ",
          l=ini[lead.full], t=ini[t2.full], gi=ini[gov.full], l2=ini[lead.full])
        k = g.person()
        F(d, "One parent, {p}, stopped me at the gate about her son {k}; I referred her to "
             "{ht} {h} as agreed in the visits protocol.", p=g.family(k, "f").full, k=k.given,
          ht=(None, tt(r, head)), h=head.surname)
    para(d, r, body)
    d.nl("Strengths: consistent routines; reading books matched to sounds.")
    d.nl("Questions for the FGB: budget for decodable books; cover for the lead's release time.")
    d.nl()
    d.t("Signed ").p(gov.full if r.random() < 0.5 else f"{gov.initial()}. {gov.surname}").t("   contact: ").s("EMAIL", parent_email(gov, r)).nl()
    d.t("Report agreed by headteacher: ").p(head.full).nl()
    maybe_trap(d, r)
    return d


INSTR = ["violin", "cello", "flute", "clarinet", "trumpet", "guitar", "drum kit", "piano", "voice", "saxophone"]


def k_peri_timetable(g, r, ids):
    """Peripatetic music teacher timetable and contact sheet."""
    d = Doc("peripatetic_timetable")
    sch = School(r)
    hub = r.choice(["Fenland Music Hub", "Tees Valley Music Service", "Wiltshire Music Connect",
                    "Kent Music", "Lancashire Music Hub"])
    d.nl(f"{hub} — visiting teacher timetable for {sch.name}")
    d.nl()
    teachers = [g.person() for _ in range(r.randint(2, 3))]
    for t in teachers:
        d.t("Teacher: ").p(t.full).t(f" ({r.choice(INSTR)})   mobile ").s("PHONE", phone(ids, r, "mob"))
        d.t("   car: ").s("VEHICLE", ids.vehicle()).nl()
        d.nl("  Slot  | Pupil                  | Year | Notes")
        for _ in range(r.randint(3, 5)):
            k = g.person()
            d.t(f"  {hm(r, 9, 15)} | ")
            if r.random() < 0.5:
                d.p(f"{k.given} {k.surname}")
            else:
                d.p(k.surname).t(", ").p(k.given)
            d.nl(f" | {r.randint(3, 11)}    | {r.choice(['Grade 2 in March', 'own instrument', 'hire instrument #' + str(r.randint(100, 999)), 'pupil premium — free', 'rotating slot'])}")
        d.nl()
    t = teachers[0]
    k = g.person()

    def body():
        F(d, "Parking: visiting teachers sign in at reception and display the visitor badge. "
             "{t} will be off for two weeks from half term; lessons move to the Thursday slot. "
             "{k}'s mum {m} asked for a progress note by email to {e}.",
          t=t.given, k=k.given, m=g.family(k, "f").given, e=("EMAIL", parent_email(g.family(k), r)))
    para(d, r, body)
    maybe_trap(d, r)
    return d


def k_breach_log(g, r, ids):
    """Data protection breach log entry."""
    d = Doc("data_breach_log")
    sch = School(r)
    dpo = g.person()
    rep = g.person()
    subj = g.person()
    par = g.family(subj)
    d.nl(f"PERSONAL DATA BREACH RECORD — {sch.name}")
    d.nl(f"Ref: DB-{r.randint(2026001, 2026099)}   ICO reportable: {r.choice(['No', 'Yes (within 72h)', 'Under review'])}")
    d.t("Reported by: ").p(rep.full).t("   Data protection officer: ").p(dpo.full).t(" <").s("EMAIL", staff_email(dpo, sch, r)).nl(">")
    d.nl()
    kind = r.choice(["email", "ip", "paper"])

    def body():
        if kind == "email":
            F(d, "What happened: a spreadsheet was emailed to the wrong parent ({w}) instead of "
                 "{p}. It held {s}'s bank details for the trip refund (sort code {sc}, account "
                 "{ac}), the card number {c} from the payment column and the mother's NI number {ni}. Recipient confirmed deletion by phone on "
                 "{ph}. ",
              w=g.person().full, p=par.full, s=subj.given, sc=("BANK", ids.sort_code()),
              ac=("BANK", ids.account()), c=("CARD", ids.card()), ni=("NI_NUMBER", ids.ni()), ph=("PHONE", phone(ids, r)))
        elif kind == "ip":
            F(d, "What happened: the parent portal showed another family's record to a user "
                 "logged in from {ip} for about ten minutes. Exposed: {s}'s name, date of birth "
                 "{dob} and address, and the saved card {c}. The supplier's log shows a second login from {ip2}. ",
              ip=("IP", ids.ip()), s=subj.full, dob=("DATE_OF_BIRTH", ids.dob()), c=("CARD", ids.card()), ip2=("IP", ids.ip()))
        else:
            F(d, "What happened: a printed class list with medical notes was left on the 37 bus. "
                 "A member of the public, {m}, handed it in. It showed {s} ({n}) and a card payment "
                 "slip with the full number {c}. ",
              m=g.person().full, s=subj.full, n=("NHS_NUMBER", ids.nhs()), c=("CARD", ids.card()))
        F(d, "Data subject(s) informed: {p} on {dt}.", p=par.full if r.random() < 0.5 else tt(r, par) + " " + par.surname,
          dt=(None, short_date(r)))
    para(d, r, body)
    d.t("Audit: last access to the record from ").s("IP", ids.ip()).t(" by ").p(rep.given).nl(f" at {hm(r)}.")
    d.nl("Actions: staff refresher on autocomplete; portal permissions reviewed.")
    d.t("Closed by ").p(ini_of(dpo) if ini_of(dpo) not in BAD_INITIALS else dpo.surname).nl(f" on {short_date(r)}")
    return d


AWARDS = ["Headteacher's Award", "Star Writer", "Kindness Cup", "Reading Champion",
          "Maths Wizard", "Attendance Hero", "Eco Warrior"]


def k_rewards(g, r, ids):
    """Celebration assembly rewards list."""
    d = Doc("rewards_assembly")
    sch = School(r)
    d.nl(f"CELEBRATION ASSEMBLY — {day_date(r)} — {sch.name}")
    d.nl("Please read out names clearly; parents are invited.")
    d.nl()
    for _ in range(r.randint(3, 4)):
        aw = r.choice(AWARDS)
        d.nl(aw + ":")
        for _ in range(r.randint(2, 4)):
            k = g.person()
            cls = r.choice(["Kestrels", "Otters", "Badgers", "Hedgehogs", "Owls", "Foxes"])
            d.t("  - ")
            f = r.random()
            if f < 0.3:
                d.p(k.full.upper())
            elif f < 0.6:
                d.p(k.full)
            else:
                d.p(k.given)
            d.nl(f" ({cls}) — " + r.choice(["for a brilliant poem", "for helping a new pupil",
                                           "100% this half term", "for times tables", "for litter picking"]))
        d.nl()
    k = g.person()
    t = g.person()

    def body():
        F(d, "Special mention: {k}'s model of the Humber Bridge will go to the library. "
             "{t} will present the Kindness Cup. Birthday badges for {b1} and {b2}.",
          k=k.given, t=t.full, b1=g.person().given, b2=g.person().full)
    para(d, r, body)
    maybe_trap(d, r, 0.8)
    return d


def k_reading_volunteers(g, r, ids):
    """Reading volunteer log."""
    d = Doc("reading_volunteer_log")
    sch = School(r)
    coord = g.person()
    d.nl(f"{sch.name}: Reading Volunteers — weekly log")
    d.t("Coordinator: ").p(coord.full).t("   ").s("PHONE", sch.phone).nl()
    d.nl()
    d.nl("Volunteer                | DBS cert no.   | Car reg    | Read with")
    vols = []
    for _ in range(r.randint(3, 5)):
        v = g.person()
        vols.append(v)
        if r.random() < 0.5:
            d.p(v.surname.upper()).t(" ").p(v.given)
        else:
            d.p(v.full)
        d.t(f" | 00{r.randint(1000000000, 9999999999)} | ")
        if r.random() < 0.7:
            d.s("VEHICLE", ids.vehicle())
        else:
            d.t("walks")
        d.t(" | ")
        kids = [g.person() for _ in range(r.randint(2, 3))]
        for i, k in enumerate(kids):
            if i:
                d.t(", ")
            d.p(f"{k.given} {k.surname[0]}." if r.random() < 0.5 else k.given)
        d.nl()
    d.nl()
    v = vols[0]
    k = g.person()

    def body():
        F(d, "{v} noticed {k} struggling with the Year 2 book band; suggested moving back to "
             "orange. Volunteers must not give out personal phone numbers. {v2} can be "
             "reached on {ph} if the Friday session moves. Thanks to Waterstones Spalding "
             "for the donated books.", v=v.given, k=k.full, v2=vols[-1].full,
          ph=("PHONE", phone(ids, r, "mob")))
    para(d, r, body)
    maybe_trap(d, r)
    return d


def k_playground_notebook(g, r, ids):
    """Lunchtime supervisor's notebook (transcribed, informal, lower case)."""
    d = Doc("playground_notebook")
    sch = School(r)
    me = g.person("f")
    d.nl(f"lunchtime notebook - {me.given.lower()} - {sch.name}")
    d.nl()
    for _ in range(r.randint(4, 6)):
        a, b = g.person(), g.person()
        d.t(f"{short_date(r)} ")
        v = r.random()
        if v < 0.3:
            F(d, "{a} and {b} fell out over the football again, {b2} kicked the ball at {a2}. "
                 "sent both in to mrs {t}.", a=a.given.lower(), b=b.given.lower(),
              b2=b.given.lower(), a2=a.given.lower(), t=g.person().surname.lower())
        elif v < 0.55:
            n = nick(a) or a.given
            F(d, "{n} ({f}) grazed knee on the climbing frame, first aid by {m}, note home.",
              n=n, f=a.full.lower() if r.random() < 0.5 else a.full, m=me.given)
        elif v < 0.8:
            F(d, "{i} (yr {y}) upset - says {b} said her packed lunch smelled. told class teacher {c}.",
              i=f"{a.initial()}.{a.surname[0]}." if ini_of(a)[:2] not in BAD_INITIALS else a.given, y=(None, str(r.randint(1, 6))),
              b=b.given.lower(), c=g.person().full)
        else:
            F(d, "{a}'s nan ({n}) came to the fence at 12.40 with a coat, gave it to {me}.",
              a=a.given, n=g.family(a, "f").full, me=me.given.lower())
        d.nl()
    maybe_trap(d, r)
    d.nl("pls can someone order more ice packs!!")
    return d


def k_prefect_election(g, r, ids):
    """Prefect and head pupil election results."""
    d = Doc("prefect_election")
    sch = School(r)
    ro = g.person()
    d.nl(f"{sch.name} — Head Pupil and Prefect Elections {r.choice(['2026', '2026/27'])}")
    d.t("Returning officer: ").t(tt(r, ro) + " ").p(ro.surname).nl()
    d.nl()
    d.nl("Candidate                      | Tutor group | ULN        | Votes")
    cands = []
    for _ in range(r.randint(5, 7)):
        c = g.person()
        cands.append(c)
        surname_first(d, r, c)
        d.t(f" | 12{r.choice('ABCDEFG')}{r.choice('ABCDEFG')}        | ").s("ULN", ids.uln()).nl(f" | {r.randint(20, 310)}")
    d.nl()
    a, b = cands[0], cands[1]

    def body():
        F(d, "Elected head pupils: {a} and {b}. Deputies and prefects as listed on the notice "
             "board. {a2}'s speech about the Gold Award trip was the stand-out. Unsuccessful "
             "candidates will get feedback from {ro} or from {t}.",
          a=a.full, b=b.full, a2=a.given, ro=ro.full, t=g.person().full)
    para(d, r, body)
    maybe_trap(d, r)
    return d


def k_sar_request(g, r, ids):
    """Subject access request letter from a parent."""
    d = Doc("subject_access_request")
    sch = School(r)
    par = g.person()
    k = g.person()
    k.surname = par.surname if r.random() < 0.7 else k.surname
    dpo = g.person()
    a = Addr(r)
    d.addr(a, multi=True)
    d.nl()
    d.nl(fmt_date(r))
    d.nl()
    d.t("The Data Protection Officer, ").nl(sch.name)
    d.addr(sch.addr, multi=True)
    d.nl()
    d.nl("Dear Sir or Madam,")
    d.nl()
    d.t("Subject access request: ").p(k.full).nl()
    d.nl()

    def body():
        F(d, "I am writing under Article 15 of the UK GDPR to request a copy of all personal data "
             "the school holds about my child, {k}, born {dob}, UPN {u}, and about me. This "
             "includes emails between staff that mention {k2}, behaviour logs, and notes of the "
             "meeting with {t} in March. ", k=k.full, dob=("DATE_OF_BIRTH", ids.dob(2010, 2018)),
          u=("UPN", ids.upn()), k2=k.given, t=g.person().full)
        F(d, "Please reply by email to {e} or call me on {ph}.", e=("EMAIL", parent_email(par, r)),
          ph=("PHONE", phone(ids, r)))
    para(d, r, body)
    d.nl("Yours faithfully,")
    d.nl()
    d.p(par.full).nl()
    if r.random() < 0.5:
        d.nl()
        d.nl("---- school use ----")
        d.t("Received ").t(short_date(r)).t(", logged by ").p(dpo.full).nl(". One calendar month from receipt.")
    maybe_trap(d, r, 0.3)
    return d


CHARITIES = ["Children in Need", "the Air Ambulance", "Macmillan", "the local food bank",
             "the hospice", "Sport Relief"]


def k_sponsor_form(g, r, ids):
    """Sponsored walk sponsor form with Gift Aid."""
    d = Doc("sponsor_form")
    sch = School(r)
    k = g.person()
    d.nl(f"SPONSORED {r.choice(['WALK', 'SILENCE', 'READATHON', 'SWIM'])} for {r.choice(CHARITIES)} — {sch.name}")
    d.t("Walker's name: ").p(k.full if r.random() < 0.6 else k.given).t(f"   Class: {r.randint(1, 6)}{r.choice('ABC')}").nl()
    d.nl("Gift Aid: tick if you are a UK taxpayer. Give your HOME address and postcode.")
    d.nl()
    d.nl("Full name                 | Home address (house no./name) | Postcode | £ per mile | Gift Aid")
    for _ in range(r.randint(4, 7)):
        sp = g.family(k) if r.random() < 0.4 else g.person()
        f = r.random()
        if f < 0.3:
            d.p(sp.full.upper())
        elif f < 0.5:
            d.p(f"{sp.initial()} {sp.surname}")
        else:
            d.p(sp.full)
        d.t(" | ")
        a = Addr(r)
        d.s("ADDRESS", a.lines[0] if len(a.lines[0]) > 3 and re.match(r"\d", a.lines[0]) else f"{r.randint(1, 99)} {a.street}")
        d.t(" | ").s("POSTCODE", a.postcode).nl(f" | {r.choice(['0.50', '1.00', '2.00', '5 total', '10 total'])} | {r.choice(['✓', '✓', ''])}")
    d.nl()
    d.nl("Total collected: £______   Please return by the end of the month.")
    maybe_trap(d, r, 0.7)
    return d


def k_leave_request(g, r, ids):
    """Staff leave of absence request."""
    d = Doc("staff_leave_request")
    sch = School(r)
    st = g.person()
    lm = g.person()
    head = g.person()
    d.nl(f"{sch.name} — REQUEST FOR LEAVE OF ABSENCE (staff)")
    d.nl()
    d.t("SURNAME: ").p(st.surname.upper()).t("    FIRST NAME(S): ").p(st.given.upper() if r.random() < 0.5 else st.given).nl()
    d.nl(f"Payroll no.: {r.randint(100000, 999999)}   Role: {r.choice(['teaching assistant', 'class teacher', 'cleaner', 'office manager', 'HLTA'])}")
    d.t("NI number: ").s("NI_NUMBER", ids.ni()).nl()
    d.t("Line manager: ").p(lm.full).nl()
    d.nl(f"Dates requested: {fmt_date(r)} to {fmt_date(r)}")
    d.nl()
    rel_p = g.person()

    def body():
        F(d, "Reason: {x}. ", x=(None, r.choice([
            "my brother's wedding abroad", "to accompany my mother to a hospital appointment",
            "graduation ceremony", "moving house", "religious festival (Diwali)", "funeral of my aunt"])))
        F(d, "Contact while away: {p} (partner) {ph}. Cover arranged with {c}.",
          p=rel_p.given if r.random() < 0.5 else rel_p.full, ph=("PHONE", phone(ids, r)), c=g.person().full)
    para(d, r, body)
    d.nl()
    d.t("Decision: ").t(r.choice(["Approved (paid)", "Approved (unpaid)", "Declined"])).t(" — ").p(head.full).nl(f", {short_date(r)}")
    maybe_trap(d, r, 0.4)
    return d


LANGS = ["Russian", "Uzbek", "Arabic (Egyptian)", "Arabic (Moroccan Darija)", "Wolof", "French",
         "Kinyarwanda", "Kirundi", "Chichewa", "Bemba", "Spanish", "Quechua", "Fijian", "Bengali",
         "Chechen", "Romanian (Moldovan)"]


def k_interpreter_booking(g, r, ids):
    """Interpreter booking request."""
    d = Doc("interpreter_booking")
    sch = School(r)
    agency = r.choice(["LinguaServe", "Fenland Language Line", "TransWord Interpreting", "Tees Community Interpreters"])
    req = g.person()
    k = g.person()
    par = g.family(k)
    d.nl(f"{agency} — BOOKING FORM")
    d.t("Requested by: ").p(req.full).t(", ").t(sch.name).t("  ").s("EMAIL", staff_email(req, sch, r)).nl()
    d.nl(f"Language: {r.choice(LANGS)}   Type: {r.choice(['face to face', 'telephone', 'video'])}   Duration: {r.choice([30, 60, 90])} min")
    d.nl(f"Appointment: {day_date(r)} at {hm(r)}")
    d.nl()
    d.t("Family name: ").p(par.surname.upper()).t("   Parent/carer: ").p(par.given).nl()
    d.t("Child: ").p(k.full).t("   D.O.B.: ").s("DATE_OF_BIRTH", ids.dob(2011, 2020)).nl()
    if r.random() < 0.6:
        d.t("Home visit address: ")
        d.addr(Addr(r), multi=False, sep=", ")
        d.nl()
    d.t("Family phone: ").s("PHONE", phone(ids, r, "mob")).nl()
    d.nl()

    def body():
        F(d, "Purpose: {x} with {t}. Please send a female interpreter if possible; last time "
             "{i} interpreted and the family asked for her again.",
          x=(None, r.choice(["SEN review", "attendance meeting", "welcome meeting", "parents' evening"])),
          t=g.person().full, i=g.person("f").full)
    para(d, r, body)
    d.nl(f"Cost code: {r.randint(1000, 9999)}-{r.choice(['EAL', 'SEN', 'ATT'])}   PO {r.randint(40000, 49999)}")
    return d


def k_cme_notification(g, r, ids):
    """Children missing education notification to the local authority."""
    d = Doc("cme_notification")
    sch = School(r)
    la = r.choice(LAS)
    k = g.person()
    par = g.family(k)
    off = g.person()
    dsl = g.person()
    d.nl(f"{la[0]} — Children Missing Education: notification from school")
    d.nl("To: CME officer")
    d.t("   ").p(off.full).t(" <").s("EMAIL", la_email(off, la)).nl(">")
    d.nl()
    d.t("Pupil surname: ").p(k.surname).t("   Forename(s): ").p(k.given).nl()
    d.t("Date of birth: ").s("DATE_OF_BIRTH", ids.dob(2009, 2019)).t("   UPN: ").s("UPN", ids.upn()).nl()
    if r.random() < 0.5:
        d.t("NHS number (from health): ").s("NHS_NUMBER", ids.nhs()).nl()
    d.t("Last known address: ")
    d.addr(Addr(r), multi=False, sep="  ")
    d.nl()
    d.t("Parent/carer: ").p(par.full).t("  tel ").s("PHONE", phone(ids, r)).nl()
    d.nl(f"Last day attended: {fmt_date(r)}   School: {sch.name}")
    d.nl()
    sib = g.family(k)
    sib.surname = k.surname

    def body():
        F(d, "Enquiries made: home visit by {a} (no answer, neighbour said the family had gone "
             "to {c}); calls to mum's number not connecting; sibling {s} also off roll at the "
             "primary. ", a=g.person().full, c=(None, r.choice(["Chișinău", "Tashkent", "Lima",
                                                            "Casablanca", "Kigali", "Lusaka", "Montréal"])),
          s=sib.given)
        F(d, "DSL: {dl} ({e}).", dl=dsl.full, e=("EMAIL", staff_email(dsl, sch, r)))
    para(d, r, body)
    maybe_trap(d, r, 0.3)
    return d


def k_collection_email(g, r, ids):
    """Staff email about a leaving collection."""
    d = Doc("staff_collection_email")
    sch = School(r)
    frm = g.person()
    leaver = g.person()
    other = g.person()
    email_head(d, r, frm.full if r.random() < 0.6 else f"{frm.surname}, {frm.given}",
               staff_email(frm, sch, r), "All Staff", f"allstaff@{sch.domain}",
               lambda: d.t("Leaving collection for ").p(leaver.given).t(" — shh!"))
    nm = nick(leaver) or leaver.given

    def body():
        F(d, "Hi all, as you know {l} is leaving us at Easter after eleven years. {o} and I are "
             "collecting for a gift and a card (it's in the cupboard in the staffroom, not in "
             "the office please!). If you'd rather transfer, my account is sort code {sc} and "
             "account {ac}, reference LEAVER. Cake in the staffroom on the last day; {n} "
             "will be told it is a fire drill meeting. ",
          l=leaver.full, o=other.full, sc=("BANK", ids.sort_code()), ac=("BANK", ids.account()), n=nm)
        if r.random() < 0.5:
            F(d, "Please don't reply-all, {o2}!", o2=g.person().given)
    para(d, r, body, 76)
    d.nl("Thanks,")
    d.p(frm.given).nl()
    d.nl("--")
    d.p(frm.full).nl(f" | {r.choice(['Year 4 teacher', 'Office manager', 'SENCo', 'Head of Science'])}")
    d.t(sch.name).t(" | ").s("PHONE", sch.phone).nl()
    maybe_trap(d, r, 0.3)
    return d


KINDS = [  # (function, clean count, ocr copies)
    (k_allergy_register, 6, 2), (k_swim_register, 6, 2), (k_sports_day, 6, 2),
    (k_governor_visit, 6, 2), (k_peri_timetable, 5, 2), (k_breach_log, 6, 2),
    (k_rewards, 5, 1), (k_reading_volunteers, 5, 2), (k_playground_notebook, 6, 2),
    (k_prefect_election, 5, 2), (k_sar_request, 6, 2), (k_sponsor_form, 6, 2),
    (k_leave_request, 5, 2), (k_interpreter_booking, 6, 2), (k_cme_notification, 5, 2),
    (k_collection_email, 6, 1),
]

INITIALS_WITHOUT_ACCENTS = True


if __name__ == "__main__":
    heldout_kit.use(globals())
    sys.exit(heldout_kit.main(os.path.dirname(os.path.abspath(__file__)), __doc__.splitlines()[0]))
