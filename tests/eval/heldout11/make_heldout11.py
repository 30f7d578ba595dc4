#!/usr/bin/env python3
"""Eleventh held-out detection set for dsar (tests/eval/heldout11).

Written blind: without reading the detector's code, word lists or rules, or the
earlier sets' documents and generators (only heldout10's generator, for how a
generator uses heldout_kit.py; its name lists were not reused). The names,
places, schools, traps and all sixteen document kinds are new. Everything is
invented. Standard library only, fixed seed, deterministic. Writes
docs/0001.txt ... docs/0120.txt and labels.jsonl.

    python3 make_heldout11.py [--out DIR] [--check]
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import heldout_kit  # noqa: E402
from heldout_kit import *  # noqa: E402,F401,F403

SEED = 20261211

# ---------------------------------------------------------------- names
GIVEN = [
    # Italian (incl. southern)
    ("Giuseppe", "m"), ("Chiara", "f"), ("Lorenzo", "m"), ("Giulia", "f"), ("Alessandro", "m"),
    ("Federica", "f"), ("Salvatore", "m"), ("Concetta", "f"), ("Gennaro", "m"), ("Annunziata", "f"),
    ("Pasquale", "m"), ("Serena", "f"),
    # Spanish, Galician, Basque
    ("Iker", "m"), ("Ainhoa", "f"), ("Xabier", "m"), ("Itziar", "f"), ("Begoña", "f"), ("Íñigo", "m"),
    ("Xiana", "f"), ("Brais", "m"), ("Rocío", "f"), ("Álvaro", "m"), ("Nerea", "f"), ("Maite", "f"),
    # Dutch, Flemish, Frisian
    ("Joost", "m"), ("Femke", "f"), ("Sander", "m"), ("Anouk", "f"), ("Wouter", "m"), ("Marieke", "f"),
    ("Sjoerd", "m"), ("Hiske", "f"), ("Lieven", "m"), ("Griet", "f"), ("Bram", "m"), ("Fenna", "f"),
    # Serbian, Croatian, Montenegrin
    ("Nemanja", "m"), ("Jelena", "f"), ("Dragan", "m"), ("Milica", "f"), ("Bojana", "f"),
    ("Tomislav", "m"), ("Ivana", "f"), ("Krešimir", "m"), ("Dubravka", "f"), ("Vuk", "m"),
    ("Snežana", "f"), ("Miloš", "m"),
    # Sierra Leonean, Gambian
    ("Alusine", "m"), ("Isatu", "f"), ("Foday", "m"), ("Mariatu", "f"), ("Sahr", "m"), ("Kumba", "f"),
    ("Lamin", "m"), ("Fatoumata", "f"), ("Ebrima", "m"), ("Binta", "f"), ("Modou", "m"), ("Haddy", "f"),
    # Ghanaian Ewe and Ga
    ("Selorm", "x"), ("Edem", "m"), ("Dzifa", "f"), ("Elikem", "m"), ("Mawuli", "m"),
    ("Enyonam", "f"), ("Nii Ayi", "m"), ("Naa Adjeley", "f"),
    # Kenyan Luo, Tanzanian Swahili
    ("Baraka", "m"), ("Neema", "f"), ("Juma", "m"), ("Rehema", "f"), ("Otieno", "m"), ("Akinyi", "f"),
    ("Ochieng", "m"), ("Atieno", "f"), ("Zawadi", "f"), ("Jabari", "m"),
    # Setswana, Sesotho
    ("Kagiso", "x"), ("Boitumelo", "f"), ("Tshepo", "m"), ("Lerato", "f"), ("Neo", "x"),
    ("Thabo", "m"), ("Palesa", "f"), ("Mpho", "x"),
    # Angolan, Cape Verdean
    ("Adilson", "m"), ("Edmilson", "m"), ("Djamila", "f"), ("Euclides", "m"), ("Suzete", "f"),
    ("Hélder", "m"), ("Lucrécia", "f"),
    # Haitian
    ("Jean-Robert", "m"), ("Widlene", "f"), ("Wisly", "m"), ("Fabiola", "f"), ("Mackenson", "m"),
    ("Ketly", "f"), ("Rose-Andrée", "f"),
    # Cuban, Dominican, Argentine
    ("Yunior", "m"), ("Yaneisy", "f"), ("Yoandri", "m"), ("Dayana", "f"), ("Agustina", "f"),
    ("Santiago", "m"), ("Facundo", "m"), ("Milagros", "f"),
    # Sindhi, Baloch, Mirpuri
    ("Waqas", "m"), ("Saima", "f"), ("Zulfiqar", "m"), ("Rukhsana", "f"), ("Sajid", "m"),
    ("Shazia", "f"), ("Naveed", "m"), ("Zarbakht", "f"), ("Jiand", "m"), ("Mehrab", "m"),
    # Hmong, Lao, Khmer
    ("Pa Nhia", "f"), ("Xeng", "m"), ("Kou", "m"), ("Souksavanh", "m"), ("Phonesavanh", "x"),
    ("Sokha", "f"), ("Dara", "x"), ("Sopheap", "f"), ("Vannak", "m"),
    # Indonesian, Javanese
    ("Wahyu", "m"), ("Dewi", "f"), ("Budi", "m"), ("Sri Rahayu", "f"), ("Agus", "m"), ("Putri", "f"),
    ("Bagus", "m"), ("Ayu", "f"),
    # Taiwanese, Hokkien, Singaporean
    ("Yu-Ting", "f"), ("Chih-Hao", "m"), ("Pei-Shan", "f"), ("Jun Jie", "m"), ("Hui Min", "f"),
    ("Wei Jie", "m"), ("Shu-Fen", "f"), ("Kok Leong", "m"),
    # Danish, Norwegian, Swedish
    ("Sigrid", "f"), ("Magnus", "m"), ("Ingrid", "f"), ("Leif", "m"), ("Astrid", "f"), ("Søren", "m"),
    ("Mette", "f"), ("Ståle", "m"), ("Åse", "f"), ("Torbjørn", "m"), ("Linnéa", "f"), ("Björn", "m"),
    # German, Austrian, Swiss
    ("Jürgen", "m"), ("Anneliese", "f"), ("Maximilian", "m"), ("Friederike", "f"), ("Ulrich", "m"),
    ("Kathrin", "f"), ("Reto", "m"), ("Seraina", "f"), ("Jörg", "m"), ("Dörte", "f"),
    # Faroese, Sámi
    ("Rógvi", "m"), ("Bárður", "m"), ("Guðrun", "f"), ("Áile", "f"), ("Ánde", "m"), ("Máret", "f"),
    ("Niillas", "m"),
    # English, rarer and Northumbrian/Cumbrian
    ("Barnaby", "m"), ("Clemency", "f"), ("Jocasta", "f"), ("Peregrine", "m"), ("Wilfred", "m"),
    ("Ottoline", "f"), ("Ambrose", "m"), ("Hermione", "f"), ("Lysander", "m"), ("Araminta", "f"),
    ("Cuthbert", "m"), ("Jethro", "m"), ("Rosalind", "f"), ("Percival", "m"), ("Dulcie", "f"),
    ("Horace", "m"), ("Winifred", "f"), ("Ezekiel", "m"), ("Bartholomew", "m"), ("Tyler-Jay", "m"),
    ("Kaydence", "f"), ("Brody", "m"), ("Bellamy", "x"), ("Aubrey", "x"), ("Tristram", "m"),
    ("Gwendolen", "f"), ("Mirabel", "f"), ("Eustace", "m"), ("Kayleigh", "f"), ("Shane", "m"),
]
WORD_GIVEN = [("Wren", "f"), ("Fern", "f"), ("Flint", "m"), ("Heath", "m"), ("Lark", "f"),
              ("Pearl", "f"), ("Sunny", "x"), ("Bliss", "f"), ("Raven", "x"), ("Ember", "f"),
              ("Ace", "m"), ("Willow", "f"), ("Daisy", "f"), ("Misty", "f"), ("Rocky", "m"),
              ("Dusty", "m"), ("Merry", "f"), ("Blaze", "m")]
SURNAMES = [
    "Esposito", "Russo", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Gallo", "Conti",
    "De Luca", "Mancini", "Caruso", "Lombardi", "D'Angelo", "Di Stefano", "Santoro", "Fabbri",
    "García López", "Fernández", "Rodríguez", "Iglesias", "Otero", "Castro Vázquez", "Etxeberria",
    "Goikoetxea", "Aguirre", "Zubizarreta", "Domínguez",
    "de Vries", "van den Berg", "Jansen", "Visser", "Smits", "Mertens", "Peeters", "Vermeulen",
    "De Smet", "van Dijk", "Hoekstra", "Dijkstra", "Bosma", "van 't Hof", "Wouters",
    "Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Babić", "Kovačević",
    "Jurić", "Knežević", "Vuković", "Radulović",
    "Kamara", "Sesay", "Conteh", "Koroma", "Bangura", "Turay", "Kargbo", "Jallow", "Ceesay",
    "Touray", "Njie", "Sanneh", "Jobe",
    "Agbeko", "Amegashie", "Dzidzornu", "Kpodo", "Tetteh", "Lamptey", "Quaye", "Quarcoopome",
    "Ankrah", "Nortey",
    "Odhiambo", "Onyango", "Owino", "Mushi", "Massawe", "Kimaro", "Mrema", "Omondi", "Wekesa",
    "Molefe", "Mokoena", "Sebego", "Masilo", "Letsie", "Mohale", "Ramaphoko",
    "Lopes Tavares", "Fortes", "Semedo", "Andrade", "dos Reis", "Furtado", "da Graça", "Monteiro",
    "Pierre-Louis", "Jean-Baptiste", "Désir", "Saint-Fleur", "Dorval", "Laguerre", "Célestin",
    "Valdés", "Cabrera", "Almonte", "Peralta", "Santana", "Echeverría", "Benítez", "Sosa", "Ibáñez",
    "Memon", "Soomro", "Jatoi", "Baloch", "Bugti", "Rind", "Mirza", "Rajput", "Awan", "Kiyani",
    "Vang", "Xiong", "Lor", "Thao", "Phommachanh", "Sisavath", "Keomany", "Chhim", "Sok", "Prak",
    "Santoso", "Wijaya", "Hidayat", "Kusuma", "Setiawan", "Nugroho", "Purnomo",
    "Teo", "Goh", "Ong", "Chua", "Tsai", "Hsu", "Koh", "Lin-Huang",
    "Andersen", "Kristiansen", "Haugen", "Lindqvist", "Bergström", "Sandberg", "Nygård",
    "Østergaard", "Sjöberg", "Halvorsen",
    "Müller", "Schneider", "Weiß", "Krüger", "Hoffmann", "Lehmann", "Brunner", "Gruber", "Huber",
    "Zürcher", "Baumgartner", "von Bredow",
    "Joensen", "Poulsen", "í Líð", "Dahl", "Somby", "Gaup", "Balto",
    "Le Sueur", "Le Marquand", "de Gruchy", "Le Cornu", "Falla", "Le Page", "Mauger", "Ozanne",
    "de Carteret", "Tostevin", "Le Messurier",
    "Armstrong", "Charlton", "Robson", "Milburn", "Dodd", "Routledge", "Nixon", "Tweddle",
    "Bainbridge", "Hetherington", "Ridley", "Fenwick", "Huddart", "Wilkinson-Fell",
    "Ashcroft-Lowther", "Scaife", "Thwaite",
]
WORD_SURNAMES = ["Shepherd", "Weaver", "Painter", "Miller", "Porter", "Archer", "Swan", "Crane",
                 "Salmon", "Heron", "Bunting", "Lock", "Gates", "Banks", "Kitchen", "Pound",
                 "Cross", "Bush", "Nightingale", "Sweet", "Husband"]

NICK = {"Giuseppe": "Peppe", "Salvatore": "Totò", "Bartholomew": "Barty", "Peregrine": "Perry",
        "Araminta": "Minty", "Maximilian": "Max", "Friederike": "Rike", "Alessandro": "Sandro",
        "Torbjørn": "Tobbe", "Hermione": "Minnie", "Wilfred": "Wilf", "Cuthbert": "Cuddy",
        "Winifred": "Winnie", "Clemency": "Clem", "Krešimir": "Krešo", "Tomislav": "Tomi",
        "Souksavanh": "Souk", "Ottoline": "Otty", "Mackenson": "Mack", "Zulfiqar": "Zulfi",
        "Lysander": "Zan", "Jean-Robert": "Jean-Bob", "Boitumelo": "Tumi", "Fatoumata": "Fatou",
        "Annunziata": "Nunzia", "Gennaro": "Rino", "Enyonam": "Nyo", "Phonesavanh": "Phone",
        "Kaydence": "Kay", "Ezekiel": "Zeke", "Tyler-Jay": "TJ", "Gwendolen": "Gwen"}

BAD_INITIALS = {
    "AM", "PM", "OK", "NO", "IT", "IS", "IN", "ON", "OF", "TO", "US", "UK", "GB", "BE", "BY", "DO",
    "GO", "HE", "IF", "ME", "MY", "OR", "SO", "UP", "WE", "AN", "AS", "AT", "HA", "HI", "LO", "OH",
    "PE", "RE", "DT", "PA", "TA", "HT", "DH", "SW", "EP", "GP", "PC", "DC", "DS", "PS", "MR", "MS",
    "DR", "ST", "NB", "ID", "IP", "LA", "HR", "CC", "FW", "EY", "YR", "KS", "NI", "BA", "MA", "MP",
    "CV", "FM", "PP", "TV", "PR", "QA", "HM", "AB", "VAT", "CEO", "DPO", "ICO", "SLT", "DSL", "SEN",
    "EAL", "FSM", "NHS", "DOB", "ICT", "TBC", "CTF", "UPN", "ULN", "HSE", "MOT", "SW", "BB", "JC",
}

PLACES = [
    ("Sandylands", "Kendal", ["LA9"]), ("Pategill", "Penrith", ["CA11"]),
    ("Highford", "Hexham", ["NE46"]), ("Stobhill", "Morpeth", ["NE61"]),
    ("Tweedmouth", "Berwick-upon-Tweed", ["TD15"]), ("Hirst", "Ashington", ["NE63"]),
    ("Westcliff", "Scunthorpe", ["DN16"]), ("Old Goole", "Goole", ["DN14"]),
    ("Brayton", "Selby", ["YO8"]), ("Norton", "Malton", ["YO17"]),
    ("Stakesby", "Whitby", ["YO21"]), ("Dormanstown", "Redcar", ["TS10"]),
    ("Hardwick", "Stockton-on-Tees", ["TS19"]), ("Brune Park", "Gosport", ["PO12"]),
    ("Westham", "Weymouth", ["DT4"]), ("Abbey Manor", "Yeovil", ["BA21"]),
    ("Priorswood", "Taunton", ["TA2"]), ("Sydenham", "Bridgwater", ["TA6"]),
    ("Woodside", "Telford", ["TF7"]), ("Harlescott", "Shrewsbury", ["SY1"]),
]
STREETS = ["Kirkgate", "Fellside Road", "Tenter Terrace", "Shambles Lane", "Ropery Walk",
           "Keelmen's Row", "Jetty Street", "Wherry Lane", "Saltpan Road", "Bobbin Mill Close",
           "Flax Dam Lane", "Tannery Court", "Beckside", "Pinfold Garth", "Cinderhill Road",
           "Smithy Brow", "Lime Kiln Drive", "Quarry Bank", "Swallow Dene", "Ashtree Garth",
           "Coble Landing", "Mafeking Street", "Orchard Wynd", "Glebe Rise", "Railway Cottages"]
HOUSE_NAMES = ["Flat 3, Ropery House", "Flat 11B, Wherry Court", "Apartment 7, The Tannery",
               "Flat 2, Beckside Mews", "Flat 6, Kiln House"]
SCHOOLS = [
    ("Rosalind Franklin Academy", "franklinacademy"), ("Edward Jenner Primary School", "jennerprimary"),
    ("Mary Shelley High School", "shelleyhigh"), ("Emily Davison Community College", "davisoncc"),
    ("St Cuthbert's RC Primary", "stcuthberts"), ("George Stephenson High School", "stephensonhigh"),
    ("Elizabeth Fry Academy", "fryacademy"), ("Kirkgate Junior School", "kirkgatejunior"),
    ("Tweedmouth Community Middle School", "tweedmouthmiddle"), ("Wren Hall Primary", "wrenhall"),
]
TRAPS = [
    "Wren Class are on the coast trip on Thursday.",
    "The Fern Room is booked for the SENCo drop-in.",
    "Flint Castle is the Year 5 history visit this term.",
    "A Heath Robinson contraption won the DT challenge.",
    "Lark Rise to Candleford is the Year 10 set text.",
    "Sunny intervals are forecast, so sports day is going ahead.",
    "Ember Lane car park is closed for resurfacing.",
    "Willow weaving for Reception is on Friday afternoon.",
    "Daisy chains are fine but please do not pick the tulips.",
    "Rocky Road on the bake sale table contains nuts.",
    "Shepherd's pie is on Tuesday's menu.",
    "Swan Lake matinee tickets have been sent home in book bags.",
    "Heron Foods vouchers were donated to the food bank.",
    "Bunting for the summer fair is in the hall cupboard.",
    "Please lock the gates after the last pick-up.",
    "The banks of the River Kent are out of bounds on the field trip.",
    "The kitchen is closed for a deep clean on Monday.",
    "The Red Cross first aid course runs after school.",
    "Nightingale Ward sent a thank-you card to the choir.",
    "Sweet stall volunteers are needed for Friday.",
    "The Percival Shield goes to the house with the most merits.",
    "Emily Davison Hall is the polling station on Thursday.",
    "The Edward Jenner Science Block is closed for the fire alarm test.",
    "The Weaver Cup (Year 7 chess) final is on Wednesday.",
    "Parents may park at Marks & Spencer on the retail park.",
    "Pearl Harbor is part of the Year 9 Second World War topic.",
    "The Ravens netball team play at home on Saturday.",
    "Misty mornings: please send a high-vis vest for the walk to church.",
    "A Blaze of Colour art exhibition opens in the library.",
    "Dusty shelves in the library are being cleared by the eco team.",
    "Painter and decorator booked for the Year 3 classroom at half term.",
    "Miller Street is closed for the Christmas market.",
    "The Archer Room has the hearing loop.",
]
ROLES = ["class teacher", "TA", "SENCo", "head of year", "office manager", "business manager",
         "site manager", "attendance officer", "deputy head", "DSL"]


initials_unique = initials_unique_plain  # (the kit's, in capitals without accents)


def phone(ids, r, kind=None):
    kind = kind or r.choice(["mob", "mob", "mob", "mob", "tyne", "shef", "brum", "ldn", "lds", "man"])
    n = f"{r.randint(0, 999):03d}"
    if kind == "tyne":
        return r.choice([f"0191 498 0{n}", f"(0191) 498 0{n}", f"0191 4980{n}"])
    if kind == "shef":
        return r.choice([f"0114 496 0{n}", f"+44 114 496 0{n}"])
    if kind == "brum":
        return r.choice([f"0121 496 0{n}", f"0121-496-0{n}"])
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


def ini_of(p):
    return strip_acc(p.initials()).upper()


def reg_name(d, r, p):
    """A register cell: `SURNAME Given`, `Surname, Given`, `Given S.` or full."""
    f = r.random()
    if f < 0.25:
        d.p(f"{p.surname.upper()} {p.given}")
    elif f < 0.5:
        d.p(p.surname).t(", ").p(p.given)
    elif f < 0.65:
        d.p(f"{p.given} {p.surname[0].upper()}.")
    else:
        d.p(p.full)
    return d


def nick(p):
    return NICK.get(p.given)


def lc(s):
    return s.lower()


def rel(r, p, pair=(("mum", "nan", "aunt", "step-mum", "carer"), ("dad", "grandad", "uncle", "step-dad", "carer"))):
    """A relationship word that fits the person's sex."""
    return r.choice(pair[0] if p.sex == "f" else pair[1] if p.sex == "m" else ("carer", "parent"))


def work_email(p, domain):
    g = re.sub(r"[^a-z]", "", strip_acc(p.given.lower()))
    s = re.sub(r"[^a-z]", "", strip_acc(p.surname.lower()))
    return f"{g[0]}{s}@{domain}"


# ---------------------------------------------------------------- kinds
def k_voicemail(g, r, ids):
    """Reception voicemail auto-transcript export."""
    d = Doc("voicemail_transcripts")
    sch = School(r)
    off = [g.person() for _ in range(2)]
    keys = initials_unique(off)
    d.nl(f"{sch.name} — VoiceBox mailbox {r.randint(2001, 2099)} ({r.choice(['Absence line', 'Main office', 'Attendance'])})")
    d.nl(f"Auto-transcript export {short_date(r)} — transcripts are machine generated, check the audio")
    d.t("Actioned by: ")
    for i, p in enumerate(off):
        d.p(keys[p.full]).t(" = ").p(p.full)
        d.t(", " if i == 0 else "\n")
    d.nl()
    for n in range(r.randint(4, 6)):
        k = g.person()
        style = r.randint(0, 4)
        par = g.family(k, "m" if style == 2 else "f")
        num = phone(ids, r, "mob")
        d.t(f"[{n + 1}] {r.choice(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} {hm(r, 7, 9)}  Caller: ")
        if r.random() < 0.2:
            d.t("Withheld")
        else:
            d.s("PHONE", num)
        d.nl(f"  Length 0:{r.randint(12, 59)}")
        m = d.mark()
        if style == 0:
            F(d, "\"hi it's {pg} {ps} um {kg}'s mum in year {y} he's not going to be in today he's "
                 "been up all night being sick so I'll keep him off for 48 hours ok my number is {ph} "
                 "thanks bye\"", pg=lc(par.given), ps=lc(par.surname), kg=lc(k.given), y=(None, str(r.randint(1, 6))),
              ph=("PHONE", num))
        elif style == 1:
            F(d, "\"hello this is {pn} from Kirkgate Surgery calling about {kf} date of birth {dob} "
                 "his NHS number is {nhs} can somebody from the office ring us back on {ph} about the "
                 "medication form thank you\"", nhs=("NHS_NUMBER", ids.nhs()),
              pn=lc(g.person().given), kf=k.full, dob=("DATE_OF_BIRTH", r.choice([ids.dob(2012, 2020), f"{r.randint(1, 28)}th of {r.choice(MONTHS)} {r.randint(2012, 2020)}"])),
              ph=("PHONE", phone(ids, r, r.choice(["tyne", "shef", "brum"]))))
        elif style == 2:
            F(d, "\"morning it's {pf} dad of {kg} and {sk} I'm just letting you know they're both "
                 "going to be late the car's broken down on {st} we'll be there by 10\"",
              pf=lc(par.full), kg=lc(k.given), sk=lc(f"{g.person().given} {k.surname}"),
              st=(None, r.choice(["the A66", "the A19", "Fellside Road", "the bypass"])))
        elif style == 3:
            sw = g.person()
            F(d, "\"hi it's {sw} I'm the social worker for {kf} could the DSL call me back before "
                 "3 o'clock please it's about Thursday's meeting my mobile is {ph} or email {em}\"",
              sw=sw.full, kf=lc(k.full) if r.random() < 0.5 else k.full, ph=("PHONE", phone(ids, r, "mob")),
              em=("EMAIL", f"{re.sub(r'[^a-z]', '', strip_acc(sw.given.lower()))}.{re.sub(r'[^a-z]', '', strip_acc(sw.surname.lower()))}@childrens.example.gov.uk"))
        else:
            F(d, "\"yeah hi it's {pg} again {kg}'s nan I'm picking him up today not his mum so can you "
                 "tell {tg} in class {c} please thanks\"", pg=lc(par.given), kg=k.given,
              tg=lc(g.person().given), c=(None, r.choice(["Wren", "Heron", "Kestrel", "Otter"])))
        d.wrap(r.randint(70, 86), m)
        d.nl()
        who = r.choice(off)
        d.t("  Actioned: ").p(keys[who.full]).nl(r.choice([" — marked I", " — passed to class", " — rang back, no answer",
                                                          " — logged on MIS", " — emailed DSL"]))
        d.nl()
    maybe_trap(d, r, 0.4)
    return d


def k_minibus(g, r, ids):
    """Minibus journey log and pre-use check."""
    d = Doc("minibus_log")
    sch = School(r)
    reg = ids.vehicle()
    d.nl(f"{sch.name} — MINIBUS JOURNEY LOG & PRE-USE CHECK")
    d.t(f"Vehicle: {r.choice(['Ford Transit 17-seat', 'Peugeot Boxer 16-seat', 'Vauxhall Movano 15-seat'])}   Reg: ").s("VEHICLE", reg).nl()
    site = g.person()
    d.t("Fleet contact: ").p(site.full).t(" (site manager) ").s("PHONE", phone(ids, r)).nl()
    d.nl()
    d.nl("Date       | Driver               | MiDAS cert   | Destination            | Miles out | Miles in | Pax | Check")
    drivers = [g.person() for _ in range(3)]
    keys = initials_unique(drivers + [site])
    for _ in range(r.randint(4, 6)):
        dr = r.choice(drivers)
        d.t(short_date(r) + " | ")
        f = r.random()
        if f < 0.35:
            d.p(dr.surname.upper()).t(", ").p(dr.initial() + ".")
        elif f < 0.65:
            d.p(f"{dr.initial()}. {dr.surname}")
        else:
            d.p(dr.full)
        m1 = r.randint(30000, 90000)
        d.t(f" | MD{r.randint(100000, 999999)} | {r.choice(['Kielder Water', 'Whitby Abbey', 'Hexham Leisure Centre', 'Flint Castle', 'county athletics', 'Swan Hunter yard visit', 'Percival Shield away match'])} | {m1} | {m1 + r.randint(8, 140)} | {r.randint(6, 16)} | ")
        d.p(keys[r.choice(drivers + [site]).full]).nl()
    d.nl()
    trip = r.choice(["Kielder Water", "Flint Castle", "Weaver Cup at Hexham"])
    lead = r.choice(drivers)
    d.t(f"Passenger list — {trip}, driver ").p(lead.full).t(", escort ")
    esc = g.person()
    d.t(tt(r, esc) + " ").p(esc.surname).nl()
    for i in range(r.randint(6, 10)):
        k = g.person()
        d.t(f"{i + 1:2d}. ")
        if r.random() < 0.3:
            d.p(f"{k.given} {k.surname[0]}")
        elif r.random() < 0.3:
            d.p(k.full.upper())
        else:
            d.p(k.full)
        if r.random() < 0.25:
            d.t(" — inhaler, ").t("mum ").p(g.family(k, "f").given).t(" ").s("PHONE", phone(ids, r, "mob"))
        d.nl()
    d.nl()
    hire = ids.vehicle()

    def body():
        F(d, "Defects: rear nearside tyre low after the {t} run, reported to {s} who booked it into "
             "Archer Van Hire Ltd; replacement {h} used on {dt}. ", t=(None, trip), s=site.given,
          h=("VEHICLE", hire), dt=(None, short_date(r)))
        F(d, "Fuel card (ending {c}) is in the glovebox, not with {dr}. Insurance policy {pol}.",
          c=(None, f"{r.randint(1000, 9999)}"), dr=lead.given, pol=(None, ids.ref10()))
    para(d, r, body)
    maybe_trap(d, r, 0.4)
    return d


PASSWORDS = ["otter", "pearl", "lighthouse", "blue kite", "swan", "toffee", "rocky", "willow"]


def k_wraparound(g, r, ids):
    """Breakfast and after-school club register."""
    d = Doc("wraparound_register")
    sch = School(r)
    lead = g.person()
    club = r.choice(["Early Birds Breakfast Club", "Sunrise Club", "Owls After-School Club", "Kingfisher Club"])
    d.nl(f"{club} — {sch.name}")
    d.t("Week commencing ").t(short_date(r)).t("   Lead: ").p(lead.full).t("   Club mobile: ").s("PHONE", phone(ids, r, "mob")).nl()
    d.nl()
    d.nl("Child                    | Yr | M  T  W  Th F | Collected by            | Password")
    kids = []
    for _ in range(r.randint(7, 10)):
        k = g.person()
        kids.append(k)
        reg_name(d, r, k)
        d.t(f" | {r.choice(['R', '1', '2', '3', '4', '5', '6'])} | " + "  ".join(r.choice(["/", "/", "-", "B", "A"]) for _ in range(5)) + " | ")
        c = g.family(k)
        f = r.random()
        if f < 0.3:
            d.t(rel(r, c, (("Nan", "Aunty", "Mum"), ("Grandad", "Uncle", "Dad"))) + " (").p(c.given).t(")")
        elif f < 0.6:
            d.t(tt(r, c) + " ").p(c.surname)
        else:
            d.p(c.full)
        d.nl(f" | {r.choice(PASSWORDS)}")
    d.nl()
    d.nl("Key: / booked and attended, B breakfast only, A absent (charged), - not booked.")
    a, b = r.sample(kids, 2)
    payer = g.family(a)

    def body():
        F(d, "{a} was collected at 18:10 by {p} (late fee applies). {b}'s dad asked that "
             "{b2} is not released to {x} — court order copy is with the office. ",
          a=a.given, p=payer.full, b=b.given, b2=b.given, x=g.person().full)
        F(d, "Invoices go to {e}. Tax-Free Childcare reference for {a2}: {tfc}. ",
          e=("EMAIL", parent_email(payer, r)), a2=a.full, tfc=(None, f"{''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(4))}{r.randint(10000, 99999)}TFC"))
        F(d, "Pay the club account: sort code {sc}, account {ac}, reference the child's surname.",
          sc=("BANK", ids.sort_code()), ac=("BANK", ids.account()))
    para(d, r, body)
    maybe_trap(d, r, 0.5)
    return d


ROLES_PLAY = ["Oliver", "Nancy", "the Artful Dodger", "Fagin", "Bill Sikes", "Mr Bumble", "Widow Corney",
              "Bet", "Charley Bates", "Noah Claypole", "Mrs Sowerberry", "Mr Brownlow"]


def k_performance_licence(g, r, ids):
    """Child performance licence application and cast list."""
    d = Doc("performance_licence")
    sch = School(r)
    k = g.person()
    par = g.family(k)
    chap = g.person()
    head = g.person()
    la = r.choice(["Cumberland Council", "Northumberland County Council", "North Yorkshire Council",
                   "Somerset Council", "Telford & Wrekin Council", "Redcar & Cleveland Council"])
    d.nl(f"{la} — Application for a child performance licence")
    d.nl(f"Production: Oliver! ({r.choice(['Kirkgate Playhouse', 'the Joseph Rowntree Hall', 'Emily Davison Hall'])}), {r.randint(3, 5)} performances")
    d.nl()
    d.t("Child's full name: ").p(k.full.upper() if r.random() < 0.4 else k.full).nl()
    d.t("Date of birth: ").s("DATE_OF_BIRTH", ids.dob(2011, 2019)).t("   Role: ").t(r.choice(ROLES_PLAY)).nl()
    d.t("Home address:").nl()
    d.addr(Addr(r), indent="  ")
    d.t("School: ").t(sch.name).nl()
    if r.random() < 0.5:
        gp = g.person()
        d.t("Medical: asthma (blue inhaler). GP: Dr ").p(gp.surname).t(", Kirkgate Surgery. NHS no. ").s("NHS_NUMBER", ids.nhs()).nl()
    d.t("Parent/carer: ").p(par.full).t("   Tel: ").s("PHONE", phone(ids, r)).t("   Email: ").s("EMAIL", parent_email(par, r)).nl()
    d.t("Chaperone: ").p(chap.full).t(f"   LA approval no. CH/{r.randint(2023, 2026)}/{r.randint(100, 999):04d}   Tel: ").s("PHONE", phone(ids, r, "mob")).nl()
    d.nl()
    d.nl("Cast (children only)")
    d.nl("Role               | Child                     | Year")
    for role in r.sample(ROLES_PLAY, r.randint(5, 8)):
        c = g.person()
        d.t(f"{role:<18} | ")
        if r.random() < 0.4:
            d.p(c.surname).t(", ").p(c.given)
        else:
            d.p(c.full)
        d.nl(f" | {r.randint(5, 11)}")
    d.nl()

    def body():
        F(d, "Rehearsals run Tuesday and Thursday 15:30–17:30; {k} will miss no school time. "
             "{c} will not chaperone more than 12 children. Mr Bumble and Fagin are played by "
             "staff ({s1} and {s2}), who are not included in this licence.",
          k=k.given, c=chap.given, s1=g.person().full, s2=g.person().full)
    para(d, r, body)
    d.t("Signed (head teacher): ").p(head.full).nl()
    maybe_trap(d, r, 0.4)
    return d


def k_phone_confiscation(g, r, ids):
    """Mobile phone confiscation log."""
    d = Doc("phone_confiscation_log")
    sch = School(r)
    staff = [g.person() for _ in range(4)]
    keys = initials_unique(staff)
    d.nl(f"{sch.name} — MOBILE PHONE CONFISCATION LOG (reception safe)")
    d.nl("Date  | Time  | Pupil                   | Form | Taken by | Handset          | Bag  | Returned to        | Time")
    for _ in range(r.randint(6, 9)):
        k = g.person()
        d.t(f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d} | {hm(r, 8, 15)} | ")
        reg_name(d, r, k)
        d.t(f" | {r.choice(['7', '8', '9', '10', '11'])}{r.choice('NESW')} | ").p(keys[r.choice(staff).full])
        d.t(f" | {r.choice(['black iPhone', 'pink case', 'cracked Samsung', 'Pokémon case', 'blue Motorola'])} | B{r.randint(100, 399)} | ")
        f = r.random()
        if f < 0.35:
            d.t("pupil (end of day)")
        elif f < 0.7:
            p = g.family(k)
            d.t(rel(r, p) + " (").p(p.given.lower() if r.random() < 0.3 else p.full).t(")")
        else:
            p = g.family(k)
            d.t(tt(r, p) + " ").p(p.surname)
        d.nl(f" | {hm(r, 15, 17)}")
    d.nl()
    d.t("Key: ")
    for i, s in enumerate(staff):
        d.p(keys[s.full]).t(" ").p(s.full)
        d.t("; " if i < len(staff) - 1 else "\n")
    k3 = g.person()
    par = g.family(k3)

    def body():
        F(d, "Third confiscation this half term for {k} ({f}) — parent must collect. {p} rang from "
             "{ph} to complain that {k2} needs it for the bus; {s} explained the policy and offered "
             "a call with the head of year.",
          k=k3.full, f=(None, f"{r.randint(7, 11)}{r.choice('NESW')}"), p=par.full,
          ph=("PHONE", phone(ids, r)), k2=k3.given, s=keys[staff[0].full])
    para(d, r, body)
    maybe_trap(d, r, 0.4)
    return d


def k_riddor(g, r, ids):
    """Accident report for a staff member, visitor or contractor."""
    d = Doc("accident_riddor_report")
    sch = School(r)
    inj = g.person()
    status = r.choice(["Employee", "Employee", "Contractor", "Visitor"])
    letterhead(d, r, sch)
    d.nl("ACCIDENT / INCIDENT REPORT — adults (staff, visitors, contractors)")
    d.t("Surname: ").p(inj.surname.upper() if r.random() < 0.5 else inj.surname).t("    Forename(s): ").p(inj.given).nl()
    d.t(f"Status: {status}")
    if status == "Contractor":
        d.t(f"   Employer: {r.choice(['Porter & Weaver Ltd', 'Crane Scaffolding', 'Miller Bros Roofing', 'Banks Electrical'])}")
    d.nl()
    d.t("Home address: ")
    d.addr(Addr(r), multi=False, sep="   ")
    d.nl()
    d.t("Date of birth: ").s("DATE_OF_BIRTH", ids.dob(1962, 2001))
    if status == "Employee":
        d.t("   NI number: ").s("NI_NUMBER", ids.ni())
    d.nl()
    d.t("Contact number: ").s("PHONE", phone(ids, r)).nl()
    d.nl(f"Date and time: {fmt_date(r)} {hm(r)}   Location: {r.choice(['Edward Jenner Science Block stairwell', 'kitchen', 'Heron Room', 'car park by the Wren Hall', 'sports hall'])}")
    d.nl()
    w1, w2 = g.person(), g.person()
    fa = g.person()

    def body():
        F(d, "What happened: {i} slipped on a wet floor by the servery while carrying a tray and "
             "fell onto the left wrist. {w1} and {w2} saw the fall. First aid given by {fa} (ice, "
             "sling); {ig} was taken to Cumberland Infirmary by {hp}. ",
          i=inj.full, w1=w1.full, w2=f"{w2.given} {w2.surname}", fa=fa.full, ig=inj.given,
          hp=(None, "taxi") if r.random() < 0.3 else g.person().given)
        F(d, "Off work more than seven days, so reportable under RIDDOR (HSE ref {ref}).",
          ref=(None, str(r.randint(1000000, 9999999))))
    para(d, r, body)
    d.t("Witness contact: ").p(w1.full).t(" ").s("PHONE", phone(ids, r, "mob")).nl()
    rep = g.person()
    d.t("Reported by: ").p(rep.full).t(", business manager, ").s("EMAIL", staff_email(rep, sch, r)).nl()
    maybe_trap(d, r, 0.4)
    return d


def k_lockers(g, r, ids):
    """Locker allocation CSV export."""
    d = Doc("locker_allocation_csv")
    sch = School(r)
    d.nl(f"# {sch.name} locker allocation export")
    d.t("# exported from ").s("IP", ids.ip()).nl(f" on {short_date(r)}")
    d.nl("locker_no,combination,surname,forename,form,deposit,paid_by,notes")
    for _ in range(r.randint(8, 12)):
        k = g.person()
        d.t(f"{r.choice('ABCDE')}{r.randint(1, 160):03d},{r.randint(0, 9)}{r.randint(0, 9)}{r.randint(0, 9)}{r.randint(0, 9)},")
        if r.random() < 0.5:
            d.t('"').p(k.surname.upper()).t('"')
        else:
            d.p(k.surname)
        d.t(",").p(k.given).t(f",{r.randint(7, 11)}{r.choice('ABCDF')},£{r.choice(['5.00', '5.00', '10.00', '0.00'])},")
        f = r.random()
        if f < 0.4:
            d.t(f"card ending {r.randint(1000, 9999)}")
        elif f < 0.55:
            d.t('"card by phone ').s("CARD", ids.card()).t('"')
        elif f < 0.8:
            d.t("cash")
        else:
            d.t("ParentPay")
        d.t(",")
        n = r.random()
        if n < 0.3:
            d.t('"shares with ').p(g.person().given.lower()).t('"')
        elif n < 0.45:
            d.t('"lost key, replacement charged to ').p(g.family(k).full).t('"')
        elif n < 0.55:
            d.t('"moved from Wren corridor"')
        d.nl()
    maybe_trap(d, r, 0.3)
    return d


def k_overtime(g, r, ids):
    """Support staff overtime and mileage claim with bank details change."""
    d = Doc("overtime_claim")
    sch = School(r)
    e = g.person()
    mgr = g.person()
    mi = ini_of(mgr) if ini_of(mgr) not in BAD_INITIALS else ini_of(mgr) + "X"
    d.nl(f"{sch.name} — SUPPORT STAFF OVERTIME, MILEAGE AND BANK DETAILS CHANGE")
    d.nl()
    d.t("Name: ").p(e.full.upper() if r.random() < 0.4 else e.full).t(f"   Payroll no: P{r.randint(1000000, 9999999)}").nl()
    d.t("NI number: ").s("NI_NUMBER", ids.ni()).t(f"   Post: {r.choice(['Level 3 TA', 'Cleaner', 'Midday supervisor', 'Site assistant', 'Exams invigilator'])}").nl()
    d.nl(f"LGPS pension member ref: {ids.ref10()}")
    d.t("Home address: ")
    d.addr(Addr(r), multi=False, sep=", ")
    d.nl()
    d.nl()
    d.nl("Date       | Start | Finish | Hours | Reason")
    for _ in range(r.randint(3, 5)):
        d.nl(f"{short_date(r)} | {hm(r, 15, 16)} | {hm(r, 17, 20)} | {r.randint(1, 4)}.{r.choice(['0', '5'])}   | {r.choice(['parents evening set-up', 'lettings cover', 'Swan Lake matinee escort', 'deep clean of the kitchen', 'Weaver Cup chess final'])}")
    d.nl()
    d.t("Mileage: own car ").s("VEHICLE", ids.vehicle()).nl(f", {r.randint(6, 80)} miles at 45p (Kendal cluster meeting)")
    d.nl()
    d.nl("Change of bank details (from next pay date):")
    d.t("Account name: ").p(e.full).nl()
    d.t("Sort code: ").s("BANK", ids.sort_code()).t("   Account number: ").s("BANK", ids.account()).nl()
    d.nl()
    d.t("Authorised: ").p(mgr.full).t(" (").p(mi).t(f") {short_date(r)}").nl()
    if r.random() < 0.6:
        d.t("Note from ").p(mi).t(": ")
        F(d, "checked the hours with {p} in the office; {e} to send a voided cheque or a bank letter.",
          p=g.person().given, e=e.given)
        d.nl()
    maybe_trap(d, r, 0.4)
    return d


LIKELY = ["run the country", "become a Swan Lake ballerina", "be late to their own wedding",
          "win Bake Off", "be a vet", "open a Shepherd's pie restaurant", "play for Newcastle",
          "still be in the lunch queue", "become a teacher here"]


def k_yearbook(g, r, ids):
    """Year 11 leavers' yearbook entries."""
    d = Doc("leavers_yearbook")
    sch = School(r)
    d.nl(f"{sch.name} — YEAR 11 LEAVERS' YEARBOOK {r.choice(['2026', 'Class of 2026'])} (proof 2)")
    ed = g.person()
    d.t("Edited by ").p(ed.full).t(" and the yearbook committee; please check spellings by ").t(short_date(r)).nl()
    d.nl()
    staff = [g.person() for _ in range(3)]
    for _ in range(r.randint(4, 6)):
        k = g.person()
        d.p(k.full.upper()).nl(f"  ({r.choice(['11W', '11H', '11C', '11S'])})")
        nk = nick(k)
        if nk:
            d.t("Nickname: \"").p(nk).nl("\"")
        elif r.random() < 0.4:
            d.t("Known as: ").p(k.given.lower()).nl()
        d.nl(f"Most likely to: {r.choice(LIKELY)}")
        f1, f2 = g.person(), g.person()
        st = r.choice(staff)
        m = d.mark()
        F(d, "Best memory: {w} with {a} and {b} lol. ", w=(None, r.choice(["Flint Castle trip", "Kielder Water residential", "the Percival Shield sports day", "Year 9 ski trip"])),
          a=f1.given.lower(), b=f2.given)
        if r.random() < 0.6:
            F(d, "Thanks {t} {s} for putting up with us!! ", t=(None, tt(r, st).lower() if r.random() < 0.4 else tt(r, st)), s=st.surname.lower() if r.random() < 0.3 else st.surname)
        if r.random() < 0.5:
            F(d, "Shout out to {c}'s mam for the lifts x", c=g.person().given.lower())
        d.wrap(72, m)
        d.nl()
        d.nl()
    maybe_trap(d, r, 0.6)
    return d


MAKES = ["Ford Fiesta", "Morris Minor", "Austin Healey", "Mercedes A-Class", "Kia Ceed",
         "Porsche Cayenne", "Vauxhall Corsa", "Toyota Yaris", "Ferrari (model)", "Honda Jazz"]


def k_parking(g, r, ids):
    """Staff and contractor parking permit register."""
    d = Doc("parking_permit_register")
    sch = School(r)
    site = g.person()
    d.nl(f"{sch.name} — CAR PARK PERMIT REGISTER {r.choice(['2026–27', 'Spring 2026'])}")
    d.t("Issued by: ").p(site.full).t(" (site), ").s("EMAIL", staff_email(site, sch, r)).nl()
    d.nl()
    d.nl("Permit | Name                    | Role            | Make / model      | Reg       | Mobile")
    for _ in range(r.randint(6, 9)):
        p = g.person()
        d.t(f"S{r.randint(100, 499)}   | ")
        f = r.random()
        if f < 0.3:
            d.p(p.surname.upper()).t(", ").p(p.given)
        elif f < 0.5:
            d.p(f"{p.initial()} {p.surname}")
        else:
            d.p(p.full)
        d.t(f" | {r.choice(ROLES)} | {r.choice(MAKES)} | ").s("VEHICLE", ids.vehicle())
        if r.random() < 0.2:
            d.t(" / ").s("VEHICLE", ids.vehicle())
        d.t(" | ").s("PHONE", phone(ids, r, "mob")).nl()
    d.nl()
    d.nl("Contractors (day permits)")
    for _ in range(r.randint(2, 3)):
        c = g.person()
        d.t(f"C{r.randint(10, 99)} | {r.choice(['Crane Scaffolding', 'Porter & Weaver Ltd', 'Banks Electrical', 'Nightingale Cleaning'])} — ").p(c.full if r.random() < 0.6 else c.given).t(" | ").s("VEHICLE", ids.vehicle()).nl()
    d.nl()
    a = g.person()

    def body():
        F(d, "The Morris Minor in bay 3 belongs to {a}; please do not block it in. Blue badge bays are for "
             "{b} and visitors only. {s} will clamp nobody, whatever the sign says.", a=a.full,
          b=g.person().full, s=site.given)
    para(d, r, body)
    maybe_trap(d, r, 0.4)
    return d


def k_interview(g, r, ids):
    """Safer recruitment interview scoring sheet."""
    d = Doc("interview_scoring")
    sch = School(r)
    panel = [g.person() for _ in range(3)]
    cands = [g.person() for _ in range(r.randint(3, 4))]
    keys = initials_unique(panel + cands)
    post = r.choice(["Teaching Assistant (Level 3)", "Teacher of Science", "Attendance Officer", "Site Assistant"])
    d.nl(f"{sch.name} — INTERVIEW SCORING: {post}")
    d.nl(f"Date: {day_date(r)}")
    d.t("Panel: ")
    for i, p in enumerate(panel):
        d.p(p.full).t(" (").p(keys[p.full]).t(")")
        d.t(", " if i < 2 else "")
    d.t(" — ").p(keys[panel[2].full]).nl(" is the governor with safer recruitment training")
    d.nl()
    d.nl("Cand. | Name                       | Q1 | Q2 | Q3 | Q4 | Q5 | Safeguarding | Total")
    for c in cands:
        q = [r.randint(1, 4) for _ in range(6)]
        d.t(f"{r.randint(1000, 9999)}  | ")
        if r.random() < 0.4:
            d.p(c.surname).t(", ").p(c.given)
        else:
            d.p(c.full)
        d.nl(" | " + " | ".join(str(x) for x in q[:5]) + f" | {q[5]}            | {sum(q)}")
    d.nl()
    refs = {}
    for c in cands[:2]:
        ref = g.person()
        refs[c.full] = ref
        m = d.mark()
        F(d, "{c} ({k}): {p} probed the gap in employment 2019–21; {k2} explained caring for "
             "a parent. Referee: {rf}, {role}, {em}. ",
          c=c.full, k=keys[c.full], p=keys[r.choice(panel).full], k2=keys[c.full], rf=ref.full,
          role=(None, r.choice(["head of school", "line manager", "nursery owner"])),
          em=("EMAIL", parent_email(ref, r)))
        d.wrap(r.randint(64, 80), m)
        d.nl()
    win = cands[0]
    d.t("Decision: appoint ").p(win.full).t(" subject to DBS and references; ").p(keys[panel[0].full]).nl(" to phone today.")
    if r.random() < 0.6:
        ref = refs[win.full]
        org = r.choice(["Little Acorns Nursery", "Crane Street Primary", "Bush House Day Nursery", "Castlegate Academy"])
        d.nl()
        d.nl("---------- Forwarded message ----------")
        d.t("From: ")
        if r.random() < 0.5:
            d.t('"').p(ref.surname).t(", ").p(ref.given).t('"')
        else:
            d.p(ref.full)
        d.t(" <").s("EMAIL", work_email(ref, "example.org")).nl(">")
        d.t("To: Recruitment <recruitment@").t(sch.domain).nl(">")
        d.t("Subject: Reference for ").p(win.full).nl()
        d.nl()
        m = d.mark()
        F(d, "Dear colleague, I have known {c} for four years as a {role} at {o}, where {cg} "
             "supported children with SEND in Wren and Heron classes. {cg2} is reliable and "
             "well liked by families. I have no safeguarding concerns. Please call me on {ph} "
             "if you need anything else.",
          c=win.full, role=(None, r.choice(["TA", "nursery practitioner", "lunchtime supervisor"])),
          o=(None, org), cg=win.given, cg2=win.given, ph=("PHONE", phone(ids, r)))
        d.wrap(76, m)
        d.nl()
        d.nl()
        d.nl("Kind regards,")
        d.p(ref.given).nl()
        d.nl("--")
        d.p(ref.full).nl(f" | {r.choice(['Head of School', 'Nursery Manager', 'Deputy Head'])} | {org}")
    maybe_trap(d, r, 0.4)
    return d


def k_cycle_scheme(g, r, ids):
    """Cycle-to-work salary sacrifice application."""
    d = Doc("cycle_scheme_application")
    sch = School(r)
    e = g.person()
    bm = g.person()
    d.nl("Ridley's Cycle Scheme Ltd — Employee application (salary sacrifice)")
    d.nl(f"Employer: {sch.name}")
    d.t("Employer address: ")
    d.addr(sch.addr, multi=False, sep="  ")
    d.nl()
    d.nl()
    d.t(f"Title: {tt(r, e)}   First name: ").p(e.given).t("   Surname: ").p(e.surname.upper() if r.random() < 0.5 else e.surname).nl()
    d.t("Date of birth: ").s("DATE_OF_BIRTH", ids.dob(1966, 2002)).t("   National Insurance no.: ").s("NI_NUMBER", ids.ni()).nl()
    d.nl("Home address:")
    d.addr(Addr(r), indent="")
    d.t("Work email: ").s("EMAIL", staff_email(e, sch, r)).t("   Mobile: ").s("PHONE", phone(ids, r, "mob")).nl()
    d.nl(f"Payroll number: {r.randint(100000, 999999)}   Certificate value: £{r.randint(4, 19)}{r.choice(['00', '50', '99'])}.00")
    d.nl(f"Retailer: {r.choice(['Halfords', 'Evans Cycles', 'Wheelie Good Bikes, Kendal', 'Porter Cycles'])}   Voucher code: CS-{r.randint(1000, 9999)}-{''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(4))}")
    d.nl()

    def body():
        F(d, "I understand my gross salary will be reduced for 12 months. If I leave, the balance is "
             "recovered from my final pay. ")
        if r.random() < 0.5:
            F(d, "My partner {p} works at the Shepherd Offshore yard and is applying separately.",
              p=g.person().full)
    para(d, r, body)
    d.t("Employee signature: ").p(f"{e.initial()} {e.surname}").t(f"   Date: {short_date(r)}").nl()
    d.t("Approved by: ").p(bm.full).t(" (business manager) ").s("PHONE", sch.phone).nl()
    maybe_trap(d, r, 0.4)
    return d


def k_ctf_log(g, r, ids):
    """Common transfer file / school-to-school leavers log."""
    d = Doc("ctf_transfer_log")
    sch = School(r)
    dm = g.person()
    d.nl(f"{sch.name} ({r.choice(['873', '919', '352', '909', '929'])}/{r.randint(2000, 7999)}) — LEAVERS & CTF TRANSFER LOG")
    d.t("Data manager: ").p(dm.full).t("  ").s("EMAIL", staff_email(dm, sch, r)).nl()
    d.nl()
    d.nl("UPN            | Surname            | Forename       | DOB         | Destination (LA/DfE)                  | CTF sent   | ULN or S2S ref")
    kids = []
    for _ in range(r.randint(6, 9)):
        k = g.person()
        kids.append(k)
        d.s("UPN", ids.upn()).t(" | ")
        d.p(k.surname.upper() if r.random() < 0.5 else k.surname).t(" | ").p(k.given).t(" | ")
        has_uln = r.random() < 0.45
        d.s("DATE_OF_BIRTH", ids.dob(2008, 2011) if has_uln else ids.dob(2012, 2020)).t(" | ")
        dest = r.choice([n for n, _ in SCHOOLS if n != sch.name] + ["Unknown (CME)", "Overseas — Lisbon", "EHE"])
        if dest in ("Unknown (CME)", "Overseas — Lisbon", "EHE"):
            d.t(f"{dest} | — | ")
        else:
            d.t(f"{dest} ({r.choice(['873', '919', '352', '909', '929'])}/{r.randint(2000, 7999)}) | {short_date(r)} | ")
        if has_uln:
            d.s("ULN", ids.uln())
        else:
            d.t(f"S2S{r.randint(100000, 999999)}")
        d.nl()
    d.nl()
    lost = r.choice(kids)
    la = g.person()

    def body():
        F(d, "{k} destination unknown: referred to {l} (CME officer) on {dt}. Uploaded from {ip} "
             "after the usual machine refused the certificate; {dmn} to check the firewall with IT.",
          k=lost.full, l=la.full, dt=(None, short_date(r)), ip=("IP", ids.ip()), dmn=dm.given)
    para(d, r, body)
    maybe_trap(d, r, 0.4)
    return d


def k_special_consideration(g, r, ids):
    """Exam special consideration application."""
    d = Doc("special_consideration")
    sch = School(r)
    k = g.person()
    eo = g.person()
    gp = g.person()
    relative = g.person()
    relative.surname = k.surname if r.random() < 0.6 else relative.surname
    d.nl("APPLICATION FOR SPECIAL CONSIDERATION (internal copy)")
    d.nl(f"Centre number: {r.randint(10000, 79999)}   Centre: {sch.name}")
    d.nl()
    d.t(f"Candidate number: {r.randint(1000, 9999)}   SURNAME: ").p(k.surname.upper()).t("   FORENAME(S): ").p(k.given.upper() if r.random() < 0.5 else k.given).nl()
    d.t("Date of birth: ").s("DATE_OF_BIRTH", ids.dob(2007, 2010)).t("   ULN: ").s("ULN", ids.uln()).nl()
    d.nl(f"Papers affected: {r.choice(['8300/1H', '8461/2F', '8702/1', '8035/1', '1MA1/3H'])}, {r.choice(['8464/P/1H', '8145/1B', '8658/LH'])}")
    d.nl()
    d.nl("Nature of the circumstances:")
    rel = r.choice(["grandfather", "grandmother", "uncle", "older brother"])

    def body():
        F(d, "{k}'s {rel}, {rn}, died on the morning of the first paper after a short illness. "
             "{k2} sat the exam but was visibly distressed; the invigilator ({i}) noted she left "
             "the room for ten minutes. The family GP, Dr {gp} at Beckside Medical Practice, has "
             "written a supporting letter (patient NHS number {n}). ",
          k=k.given, rel=(None, rel), rn=relative.full, k2=k.given, i=g.person().full,
          gp=gp.surname, n=("NHS_NUMBER", ids.nhs()))
        F(d, "Mother {m} can be contacted on {ph}.", m=g.family(k, "f").full, ph=("PHONE", phone(ids, r)))
    para(d, r, body)
    d.nl()
    d.t("Exams officer: ").p(eo.full).t("  ").s("EMAIL", staff_email(eo, sch, r)).nl()
    hc = g.person()
    d.t("Head of centre: ").p(hc.full.upper() if r.random() < 0.3 else hc.full).nl()
    maybe_trap(d, r, 0.4)
    return d


REASONS = ["dentist", "orthodontist", "hospital appt (RVI)", "unwell — sent home", "funeral",
           "eye test", "CAMHS appt", "court (family)"]


def k_signing_out(g, r, ids):
    """Pupil signing-out book (transcribed)."""
    d = Doc("signing_out_book")
    sch = School(r)
    off = [g.person() for _ in range(2)]
    keys = initials_unique(off)
    d.nl(f"{sch.name} — PUPIL SIGNING-OUT BOOK (typed up from the reception book, week {r.randint(1, 38)})")
    d.nl("Date  | Out   | Pupil                 | Cl | Reason               | Collected by           | Rel.   | Car reg   | Back  | Off")
    for _ in range(r.randint(6, 9)):
        k = g.person()
        c = g.family(k)
        d.t(f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d} | {hm(r, 9, 14)} | ")
        if r.random() < 0.25:
            d.p(k.full.lower())
        else:
            reg_name(d, r, k)
        d.t(f" | {r.randint(1, 6)}{r.choice('ABC')} | {r.choice(REASONS)} | ")
        f = r.random()
        if f < 0.3:
            d.p(c.full.lower())
        elif f < 0.6:
            d.p(c.full)
        else:
            d.t(tt(r, c) + " ").p(c.surname)
        d.t(f" | {rel(r, c)} | ")
        if r.random() < 0.6:
            d.s("VEHICLE", ids.vehicle())
        else:
            d.t("walked")
        d.t(f" | {r.choice([hm(r, 11, 15), '—'])} | ").p(keys[r.choice(off).full]).nl()
    d.nl()
    d.t("Office: ").p(keys[off[0].full]).t(" = ").p(off[0].full).t(", ").p(keys[off[1].full]).t(" = ").p(off[1].full).nl()
    a = g.person()

    def body():
        F(d, "Reminder: nobody goes with an adult who is not on the contact list. {a}'s aunt was "
             "turned away on Tuesday until mum ({m}, {ph}) confirmed by phone.", a=a.given,
          m=g.family(a, "f").given, ph=("PHONE", phone(ids, r, "mob")))
    para(d, r, body)
    maybe_trap(d, r, 0.4)
    return d


def ics_cn(d, r, p):
    if r.random() < 0.4:
        d.t('"').p(p.surname).t(", ").p(p.given).t('"')
    else:
        d.p(p.full)


def k_calendar(g, r, ids):
    """Calendar (iCalendar) export of a head's or SENCo's meetings."""
    d = Doc("calendar_export")
    sch = School(r)
    owner = g.person()
    d.nl("BEGIN:VCALENDAR")
    d.nl("PRODID:-//Example Corp//Calendar Export 3.1//EN")
    d.t("X-WR-CALNAME:").p(owner.full).nl(" (calendar)")
    for _ in range(r.randint(3, 5)):
        d.nl("BEGIN:VEVENT")
        kind = r.randint(0, 3)
        k = g.person()
        par = g.family(k)
        d.t("SUMMARY:")
        if kind == 0:
            d.t("EHCP annual review — ").p(k.full).nl(f" (Y{r.randint(3, 11)})")
        elif kind == 1:
            d.t("Meeting with ").p(par.full).t(" re ").p(k.given).nl()
        elif kind == 2:
            d.nl(r.choice(["Percival Shield assembly", "Swan Lake matinee — Y7", "Weaver Cup final", "Heath Robinson DT showcase"]))
        else:
            d.t("1:1 ").p(owner.given).t(" / ").p(k.given).nl()
        d.nl(f"DTSTART:2026{r.randint(1, 12):02d}{r.randint(1, 28):02d}T{r.randint(8, 16):02d}{r.choice(['00', '15', '30', '45'])}00Z")
        d.t("ORGANIZER;CN=")
        ics_cn(d, r, owner)
        d.t(":mailto:").s("EMAIL", staff_email(owner, sch, r)).nl()
        att = [par] if kind in (0, 1) else [k] if kind == 3 else []
        att += [g.person() for _ in range(r.randint(0, 2))]
        for a in att:
            d.t("ATTENDEE;CN=")
            ics_cn(d, r, a)
            d.t(";ROLE=REQ-PARTICIPANT:mailto:")
            d.s("EMAIL", parent_email(a, r) if a is par else staff_email(a, sch, r)).nl()
        d.nl(f"LOCATION:{r.choice(['Edward Jenner Science Block J4', 'Heron Room', 'Teams', 'Emily Davison Hall', 'Head’s office'])}")
        if kind in (0, 1):
            d.t("DESCRIPTION:Attendees: ").p(par.full).t(" (parent)\\, ")
            sw = g.person()
            d.p(sw.full).t(" (").t(r.choice(["EP", "social worker", "SALT", "class teacher"])).t(")\\nDial-in: ")
            d.s("PHONE", phone(ids, r, r.choice(["tyne", "ldn", "lds"]))).t(f" PIN {r.randint(1000, 9999)}#\\nPlease bring ")
            d.p(k.given).nl("'s reading record.")
        d.nl("END:VEVENT")
    d.nl("END:VCALENDAR")
    return d


KINDS = [  # (function, clean count, ocr copies)
    (k_voicemail, 6, 2), (k_minibus, 6, 2), (k_wraparound, 6, 2), (k_performance_licence, 5, 2),
    (k_phone_confiscation, 6, 2), (k_riddor, 6, 2), (k_lockers, 5, 2), (k_overtime, 6, 2),
    (k_yearbook, 6, 2), (k_parking, 6, 2), (k_interview, 5, 2), (k_cycle_scheme, 6, 2),
    (k_ctf_log, 5, 2), (k_special_consideration, 6, 2), (k_signing_out, 5, 1), (k_calendar, 5, 1),
]

INITIALS_WITHOUT_ACCENTS = True


if __name__ == "__main__":
    heldout_kit.use(globals())
    sys.exit(heldout_kit.main(os.path.dirname(os.path.abspath(__file__)), __doc__.splitlines()[0]))
