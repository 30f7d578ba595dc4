#!/usr/bin/env python3
"""Seventh held-out detection set for dsar (tests/eval/heldout7).

Written blind: without reading the detector's code, word lists or rules, or the
earlier sets' documents and generators (only heldout6's generator, for how a
generator uses heldout_kit.py). The names, places, schools, traps and all
nineteen document kinds are new. Everything is invented. Standard library only,
fixed seed, deterministic. Writes docs/0001.txt ... docs/0120.txt and labels.jsonl.

    python3 make_heldout7.py [--out DIR] [--check]
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import heldout_kit  # noqa: E402
from heldout_kit import *  # noqa: E402,F401,F403

SEED = 20261207

# ---------------------------------------------------------------- names
# (given, sex) sex: f, m, x
GIVEN = [
    # English
    ("Imogen", "f"), ("Harriet", "f"), ("Jasper", "m"), ("Rupert", "m"), ("Tabitha", "f"),
    ("Lottie", "f"), ("Alfie", "m"), ("Reggie", "m"), ("Bethany", "f"), ("Kayden", "m"),
    ("Tyler-Jay", "m"), ("Demi-Leigh", "f"), ("Courtney", "f"), ("Keeley", "f"), ("Darren", "m"),
    ("Shannon", "f"), ("Kirsty", "f"), ("Wayne", "m"), ("Jolene", "f"), ("Lily-Mae", "f"),
    ("Mary-Kate", "f"), ("Kai-Jordan", "m"), ("D'Arcy", "m"), ("Anne-Marie", "f"),
    # Welsh
    ("Gethin", "m"), ("Elin", "f"), ("Cerys", "f"), ("Rhodri", "m"), ("Nia", "f"), ("Dafydd", "m"),
    ("Angharad", "f"), ("Tomos", "m"), ("Eirlys", "f"), ("Gwion", "m"),
    # Cornish
    ("Jago", "m"), ("Tamsin", "f"), ("Morwenna", "f"), ("Kerensa", "f"), ("Piran", "m"),
    ("Demelza", "f"), ("Cador", "m"), ("Senara", "f"),
    # Scottish Gaelic
    ("Ruaridh", "m"), ("Eilidh", "f"), ("Ciorstaidh", "f"), ("Seumas", "m"), ("Peigi", "f"),
    ("Calum", "m"), ("Ealasaid", "f"), ("Fionnlagh", "m"), ("Sìne", "f"), ("Iain", "m"),
    # Irish
    ("Caoimhe", "f"), ("Niamh", "f"), ("Pádraig", "m"), ("Ciarán", "m"), ("Aoife", "f"),
    ("Síofra", "f"), ("Cathal", "m"), ("Éabha", "f"), ("Darragh", "m"), ("Fiachra", "m"),
    # Nepali
    ("Sushila", "f"), ("Bishal", "m"), ("Pratima", "f"), ("Suman", "x"), ("Anjana", "f"),
    ("Rajendra", "m"), ("Bibek", "m"), ("Sabina", "f"), ("Kiran", "x"), ("Dipendra", "m"),
    # Sri Lankan Tamil
    ("Tharshan", "m"), ("Kavitha", "f"), ("Thanuja", "f"), ("Sivakumar", "m"), ("Niroshan", "m"),
    ("Abirami", "f"), ("Janani", "f"), ("Mathuran", "m"), ("Vithusha", "f"), ("Kajan", "m"),
    # Filipino
    ("Jomar", "m"), ("Rowena", "f"), ("Maricar", "f"), ("Jericho", "m"), ("Analyn", "f"),
    ("Rodel", "m"), ("Lourdes", "f"), ("Marivic", "f"), ("Jun-Jun", "m"), ("Arvin", "m"),
    # Romanian
    ("Ștefan", "m"), ("Bogdan", "m"), ("Cosmin", "m"), ("Mirela", "f"), ("Răzvan", "m"),
    ("Oana", "f"), ("Florin", "m"), ("Adina", "f"), ("Iulian", "m"), ("Loredana", "f"),
    # Lithuanian
    ("Gediminas", "m"), ("Rūta", "f"), ("Aistė", "f"), ("Mindaugas", "m"), ("Eglė", "f"),
    ("Darius", "m"), ("Justė", "f"), ("Vytautas", "m"), ("Ugnė", "f"), ("Karolis", "m"),
    # Portuguese
    ("João", "m"), ("Inês", "f"), ("Gonçalo", "m"), ("Beatriz", "f"), ("Tiago", "m"),
    ("Leonor", "f"), ("Rui", "m"), ("Conceição", "f"), ("Duarte", "m"), ("Mafalda", "f"),
    # Ghanaian (Akan day names)
    ("Kwabena", "m"), ("Akosua", "f"), ("Kwaku", "m"), ("Yaa", "f"), ("Kwadwo", "m"),
    ("Adwoa", "f"), ("Kwesi", "m"), ("Efua", "f"), ("Akua", "f"), ("Kojo", "m"), ("Ama", "f"),
    ("Yaw", "m"), ("Afua", "f"),
    # Eritrean
    ("Yonas", "m"), ("Senait", "f"), ("Tesfay", "m"), ("Mehari", "m"), ("Saba", "f"),
    ("Filmon", "m"), ("Rahwa", "f"), ("Biniam", "m"), ("Luwam", "f"), ("Semhar", "f"),
    # Kurdish
    ("Rojda", "f"), ("Dilan", "x"), ("Şivan", "m"), ("Berfin", "f"), ("Azad", "m"),
    ("Hêvî", "f"), ("Baran", "m"), ("Zilan", "f"), ("Kawa", "m"), ("Rêzan", "f"),
    # Vietnamese
    ("Minh", "m"), ("Thảo", "f"), ("Huy", "m"), ("Linh", "f"), ("Phương", "f"), ("Tuấn", "m"),
    ("Bảo", "x"), ("Hằng", "f"), ("Duy", "m"), ("Khánh", "x"),
    # Hong Kong Cantonese
    ("Ka-Wai", "x"), ("Wing-Yan", "f"), ("Chun-Kit", "m"), ("Hoi-Ying", "f"), ("Man-Lok", "m"),
    ("Siu-Ming", "m"), ("Tsz-Ching", "f"), ("Kwok-Keung", "m"), ("Pui-Shan", "f"), ("Yan-Ting", "f"),
    # Traveller / Roma
    ("Bridget", "f"), ("Paddy", "m"), ("Mikey", "m"), ("Tyson", "m"), ("Levi", "m"),
    ("Romany", "f"), ("Dolly", "f"), ("Kizzy", "f"), ("Sonny", "m"), ("Lavinia", "f"),
    ("Vasile", "m"), ("Marian", "m"),
    # Jewish
    ("Yitzchak", "m"), ("Chaya", "f"), ("Shmuel", "m"), ("Rivka", "f"), ("Menachem", "m"),
    ("Bracha", "f"), ("Eliezer", "m"), ("Tova", "f"), ("Avrohom", "m"), ("Devorah", "f"),
    ("Ma'ayan", "f"),
    # Caribbean
    ("Delroy", "m"), ("Marcia", "f"), ("Winston", "m"), ("Claudette", "f"), ("Leroy", "m"),
    ("Paulette", "f"), ("Errol", "m"), ("Shanice", "f"), ("Desmond", "m"), ("Sherelle", "f"),
    ("Kemar", "m"), ("Tishauna", "f"), ("De'Andre", "m"), ("Zion-Jay", "m"),
    # South Asian
    ("Rumana", "f"), ("Shahid", "m"), ("Tahmina", "f"), ("Jubayer", "m"), ("Harleen", "f"),
    ("Gurdeep", "x"), ("Amrit", "x"), ("Navdeep", "m"), ("Zainab", "f"), ("Bilal", "m"),
    ("Hetal", "f"), ("Nilesh", "m"),
    # Chinese (Mandarin), Arabic, Polish, other
    ("Yuchen", "m"), ("Ruoxi", "f"), ("Haoran", "m"), ("Yousef", "m"), ("Maryam", "f"),
    ("Hamza", "m"), ("Layla", "f"), ("Idris", "m"), ("Wojciech", "m"), ("Agnieszka", "f"),
    ("Krzysztof", "m"), ("Zofia", "f"), ("Bartosz", "m"), ("Jean-Luc", "m"), ("Solveig", "f"),
    ("Tendai", "x"), ("Folasade", "f"), ("Olamide", "x"), ("Chukwuemeka", "m"), ("Ngozi", "f"),
    ("Abdirahman", "m"), ("Hodan", "f"), ("Mihai", "m"), ("Teodora", "f"),
    ("Alex", "x"), ("Jordan", "x"), ("Frankie", "x"), ("Rowan", "x"), ("Eden", "x"),
]
# given names that are also English words: used only where they are names
WORD_GIVEN = [("Ivy", "f"), ("Sky", "x"), ("Reed", "m"), ("Dawn", "f"), ("Frank", "m"),
              ("Rich", "m"), ("Sterling", "m"), ("Page", "f"), ("Lane", "x"), ("Summer", "f"),
              ("Storm", "f"), ("Pearl", "f"), ("Autumn", "f"), ("Hunter", "m"), ("Rain", "f"),
              ("Major", "m"), ("Star", "f"), ("Blossom", "f"), ("Sunny", "x"), ("Robin", "x"),
              ("Crystal", "f"), ("Miles", "m"), ("Princess", "f"), ("Dusty", "m"), ("Jewel", "f"),
              ("Destiny", "f"), ("Royal", "m")]

SURNAMES = [
    # English
    "Higginbottom", "Postlethwaite", "Ramsbottom", "Sowerby", "Braithwaite", "Clegg", "Hepworth",
    "Dewhurst", "Throup", "Sugden", "Greenhalgh", "Duckworth", "Openshaw", "Pilling", "Tattersall",
    "Ormerod", "Bradshaw", "Kershaw", "Featherstone", "Oddie",
    # Welsh
    "Prydderch", "Llewellyn", "Bowen", "ab Owain", "Gwilym", "Pugh", "Meredith-Jones", "Prothero",
    "Cadwaladr", "Bevan",
    # Cornish
    "Trelawny", "Penhaligon", "Tregenza", "Polglase", "Chenoweth", "Pascoe", "Nancarrow", "Angove",
    "Penrose", "Tremayne",
    # Scottish Gaelic
    "MacAulay", "MacIver", "NicLeòid", "MacAoidh", "Nic a' Phearsain", "MacDhòmhnaill", "MacKinnon",
    "Matheson", "MacNeil", "NicDhòmhnaill",
    # Irish
    "Ní Mhurchú", "Mac Cárthaigh", "Ó Súilleabháin", "Ní Chonaill", "Ó Dónaill", "MacGabhann",
    "O'Riordan", "O'Shaughnessy", "Fitzgerald-Byrne", "Breathnach", "Ó hAodha",
    # Nepali
    "Gurung", "Tamang", "Shrestha", "Magar", "Rai", "Limbu", "Thapa", "Adhikari", "Bhandari",
    "Pokharel",
    # Sri Lankan Tamil
    "Sivapalan", "Thambirajah", "Kanagaratnam", "Jeyakumar", "Balasingham", "Nadarajah",
    "Selvarajah", "Ponnambalam", "Yogarajah", "Arumugam",
    # Filipino
    "dela Rosa", "Macaraeg", "Bautista", "Villanueva", "Pangilinan", "Dimaculangan", "Ocampo",
    "Magbanua", "Lacson", "Tolentino",
    # Romanian
    "Popescu", "Dumitrescu", "Constantinescu", "Stănescu", "Bălan", "Rădulescu", "Moldovan",
    "Țurcanu", "Ciobanu", "Lungu",
    # Lithuanian
    "Kazlauskas", "Petrauskaitė", "Jankauskas", "Žukauskienė", "Vasiliauskas", "Butkus",
    "Navickaitė", "Paulauskas", "Stankevičius", "Urbonas",
    # Portuguese
    "Ferreira", "Gonçalves", "Magalhães", "Carvalho", "Sousa", "Lourenço", "Figueiredo",
    "Assunção", "de Brito", "Pinto",
    # Ghanaian
    "Mensah", "Asante", "Boateng", "Agyeman", "Ofori", "Darko", "Appiah", "Osei-Bonsu",
    "Acheampong", "Antwi", "Frimpong", "Asante-Mensah",
    # Eritrean
    "Tesfamariam", "Gebremedhin", "Habte", "Kidane", "Woldemichael", "Berhane", "Tekle",
    "Asmerom", "Yohannes", "Negash",
    # Kurdish
    "Rahim", "Hawrami", "Zebari", "Baban", "Xoşnaw", "Mukriyani", "Dizayee", "Shwani",
    "Karadaghi", "Amin",
    # Vietnamese
    "Nguyễn", "Phạm", "Trần", "Hoàng", "Đặng", "Vũ", "Bùi", "Đỗ", "Huỳnh", "Võ",
    # Hong Kong Cantonese
    "Chan", "Cheung", "Lau", "Leung", "Yip", "Tsang", "Kwok", "Mak", "Lui", "Fung", "Chow", "Ho",
    # Traveller / Roma
    "McDonagh", "Joyce", "Connors", "Boswell", "Lovell", "Doherty", "Stokes", "Maughan",
    "Purcell", "Lăcătuș", "Stoica", "Rostas",
    # Jewish
    "Goldblatt", "Rosenzweig", "Finkelstein", "Lieberman", "Schechter", "Katzenellenbogen",
    "Grunfeld", "Halberstam", "Weinberg", "Ashkenazi", "Shapiro", "Kahn",
    # Caribbean
    "Campbell-Gayle", "Ebanks", "Grizzle", "Chambers", "Morgan-Brown", "Gayle", "McFarlane",
    "Thwaites", "Beckford", "Nembhard", "Samuels", "Pinnock", "Daley", "Lloyd-Ebanks",
    # South Asian
    "Mahmood", "Rahman", "Miah", "Uddin", "Begum", "Sandhu", "Dhillon", "Sidhu", "Parmar",
    "Solanki", "Mistry", "Chaudhry", "D'Souza",
    # Polish, Arabic, Chinese, African, other
    "Wiśniewska", "Zieliński", "Grabowski", "Dąbrowski", "Al-Hashimi", "El-Masry", "Nasser",
    "Shaheen", "Zhou", "Xu", "Harper-Nwosu", "Kane-Tregenza", "Adeyemi", "Okonkwo", "Warsame",
    "O'Driscoll", "Haugen", "Lindqvist", "Rossi", "Kowal",
    "Penberthy", "Trewin", "Ghale", "Sherpa", "Ratnam", "Dizon", "Olaru", "Quaye", "Tsegay",
    "Nwachukwu", "Mac an tSaoir",
]
# surnames that are also words: used only where they are names
WORD_SURNAMES = ["Reed", "Page", "Lane", "Bishop", "Fox", "Baker", "Sterling", "Frank", "Storm",
                 "Rich", "Mason", "Marsh", "Lord", "Noble", "Sparrow", "Hill", "Fields", "Waters",
                 "Stone", "Rivers", "Banks", "Wood", "Walker", "Gardener", "Summers", "Day"]

BAD_INITIALS = {
    "AM", "PM", "OK", "NO", "IT", "IS", "IN", "ON", "OF", "TO", "US", "UK", "GB", "BE", "BY", "DO",
    "GO", "HE", "IF", "ME", "MY", "OR", "SO", "UP", "WE", "AN", "AS", "AT", "HA", "HI", "LO", "OH",
    "PE", "RE", "DT", "PA", "TA", "HT", "DH", "SW", "EP", "GP", "PC", "DC", "DS", "PS", "MR", "MS",
    "DR", "ST", "NB", "ID", "IP", "LA", "HR", "CC", "FW", "EY", "YR", "KS", "SEN", "DSL", "SLT",
    "NHS", "DOB", "NI", "BA", "MA", "MP", "OT", "SALT", "EHC", "CIN", "CP", "LAC", "FSM", "PTA",
    "TV", "EU", "UN", "VE", "AI", "AD", "BC", "CV", "PR", "FE", "HE", "QA", "SA", "GM", "IR", "MI",
    "RN", "TBC", "TBA", "AOB", "CEO", "ETA", "ICT", "DBS", "SCR", "CCTV", "EYFS", "PTO", "ASAP",
    "KAT", "CAT", "BAT", "HAT", "MAT", "SAT", "RAT", "PAT", "ACE", "JAB", "DAB", "BED", "BAD", "MAD",
    "SAD", "DAD", "MUM", "NAN", "BOB", "TOM", "SIM", "JAM", "AIM", "ARM", "ART", "ASK", "CAN",
    "WAS", "HAS", "HIS", "HER", "ONE", "TWO", "YES", "AGE", "ALL", "AND", "ANY", "ARE", "BUT",
    "CAR", "DAY", "FOR", "GOT", "HOW", "MEN", "NEW", "NOT", "NOW", "OLD", "OUR", "OUT", "PUT",
    "RED", "SEE", "SHE", "THE", "USE", "WAY", "WHO", "WHY", "YOU", "ZOO", "BT", "EE", "O2", "SD",
}

# ---------------------------------------------------------------- places, schools, traps
PLACES = [  # (locality, town, outward codes)
    ("Easton", "Bristol", ["BS5"]), ("Knowle West", "Bristol", ["BS4"]),
    ("Whitley", "Reading", ["RG2"]), ("Caversham", "Reading", ["RG4"]),
    ("Ormeau", "Belfast", ["BT7"]), ("Andersonstown", "Belfast", ["BT11"]),
    ("Treyew", "Truro", ["TR1"]), ("Heamoor", "Penzance", ["TR18"]),
    ("Beeston", "Leeds", ["LS11"]), ("Chapeltown", "Leeds", ["LS7"]),
    ("Longsight", "Manchester", ["M13"]), ("Tooting", "London", ["SW17"]),
    ("Walthamstow", "London", ["E17"]), ("Millfield", "Peterborough", ["PE1"]),
    ("Govanhill", "Glasgow", ["G42"]), ("Sandwick", "Isle of Lewis", ["HS2"]),
    ("Stonehouse", "Plymouth", ["PL1"]), ("Manningham", "Bradford", ["BD8"]),
    ("North Town", "Aldershot", ["GU12"]), ("Cheriton", "Folkestone", ["CT19", "CT20"]),
    ("Skirbeck", "Boston", ["PE21"]), ("Abbey Estate", "Thetford", ["IP24"]),
]
STREETS = ["Pilchard Walk", "Chapel Row", "Tinners Way", "Clover Bank", "Lapwing Drive",
           "Ropewalk", "Cobbles Yard", "Sandpiper Court", "Quarry Hill Road", "Tannery Lane",
           "Heron Gate", "Millstream Close", "Kingfisher Rise", "Vicarage Gardens", "Bryn Road",
           "Foundry Street", "Mulberry Walk", "Ashdown Crescent", "Pennant Street",
           "Jubilee Terrace", "Bridewell Lane", "Linnet Grove", "Harbour View", "Gurkha Way",
           "Trelissick Road", "Falls Park Avenue", "Sorrel Close"]
HOUSE_NAMES = ["Flat 3, Lorimer House", "Apartment 7, The Maltings", "Flat 1B, Carder Court",
               "Flat 12, Brunswick Mill", "Apartment 2, Seaview Lodge"]
SCHOOLS = [
    ("Isambard Brunel Academy", "brunelacademy"), ("St Piran's Catholic Primary School", "stpirans"),
    ("Walter Tull Community College", "tullcollege"), ("Noor Inayat Khan High School", "inayatkhan"),
    ("Thornbury Fields Primary", "thornburyfields"), ("Ernest Shackleton School", "shackleton"),
    ("Lady Margaret Beaufort Girls' School", "beaufortgirls"), ("Glenbrook Integrated College", "glenbrook"),
    ("Kirkby Moor Academy", "kirkbymoor"), ("Sgoil Lionacleit Annex", "lionacleit"),
]
HOUSES = ["Brontë House", "Turing House", "Franklin House", "Attenborough House", "Nightingale House",
          "Lovelace House"]
TRAPS = [
    "Brontë House won the inter-house quiz; Turing House came a close second.",
    "The Summer Fair raised £412 for the sensory garden.",
    "Frank discussion followed about the cost of the coach.",
    "The Sterling silver cup for sportsmanship is back in the trophy cabinet.",
    "Will you confirm numbers by Friday, please?",
    "Mark the register before 08:50 and send absences to the office.",
    "Storm Bert closed the school early on a Friday in November.",
    "The Ivy Lane entrance is closed for resurfacing until half term.",
    "Fox Class and Badger Class swap their PE slots on Wednesday.",
    "Baker Street is the nearest Tube station for the museum visit.",
    "The Page Hall library van comes on alternate Tuesdays.",
    "Rich tea biscuits and squash are provided at the meeting.",
    "Bishop Grosseteste University students are on placement in Year 2.",
    "Year 8 visit The Lowry in Salford on Thursday.",
    "The Year 9 football team play at Crystal Palace National Sports Centre in March.",
    "Autumn term reports go home in December.",
    "Travel is via the Elizabeth line from Ealing Broadway.",
    "Great Britain's women's hockey squad ran a coaching session for Year 7.",
    "Dawn chorus walk at Slimbridge Wetland Centre is on Saturday.",
    "Storm drains on the top field are blocked again.",
    "Lane 4 is kept for the club swimmers on Tuesdays.",
    "Reed beds at the nature reserve are out of bounds.",
    "The Florence Nightingale Museum visit is for the Year 6 health topic.",
    "Pearl Primary Care Network runs the Tuesday clinic.",
    "Sky Sports coaching starts after half term.",
    "Summer term exam timetables are on the website.",
]
SUBJECTS = ["English", "Maths", "Biology", "Chemistry", "Physics", "History", "Geography",
            "Music", "Drama", "Computer Science", "Religious Studies", "Welsh", "Spanish",
            "Food Preparation and Nutrition", "Statistics"]


initials_unique = initials_unique_plain  # (the kit's, in capitals without accents)


def phone(ids, r, kind=None):
    """Ofcom drama numbers, with this set's extra areas (Bristol, Reading, Belfast)."""
    kind = kind or r.choice(["mob", "mob", "mob", "bri", "rdg", "bel", "ldn", "lds", "man"])
    n = f"{r.randint(0, 999):03d}"
    if kind == "bri":
        return r.choice([f"0117 496 0{n}", f"(0117) 496 0{n}", f"0117 4960{n}", f"+44 117 496 0{n}"])
    if kind == "rdg":
        return r.choice([f"0118 496 0{n}", f"0118-496-0{n}", f"+44 118 496 0{n}"])
    if kind == "bel":
        return r.choice([f"028 9649 6{n}", f"(028) 9649 6{n}", f"+44 28 9649 6{n}", f"02896496{n}"])
    return ids.phone(kind)


def csvq(v):
    return f'"{v}"' if ("," in v or '"' in v) else v


def poss(name):
    return "'" if name.endswith("s") else "'s"


def nm(d, r, p, forms=("full", "full", "title", "first", "initsur", "caps")):
    return name_form(d, r, p, forms)


def letterhead(d, r, sch):
    d.nl(sch.name)
    d.addr(sch.addr, multi=False, sep="  ")
    d.nl()
    d.t("Tel: ").s("PHONE", sch.phone).t("   www.").nl(sch.domain)
    d.nl()


def para(d, r, fn, width=None):
    m = d.mark()
    fn()
    d.wrap(width or r.randint(62, 84), m)
    d.nl()


def email_header(d, r, frm, frm_addr, to, cc=(), subject=""):
    d.t("From: ").p(frm.full).t(" <").s("EMAIL", frm_addr).nl(">")
    d.t("To: ")
    for i, (p, a) in enumerate(to):
        if i:
            d.t("; ")
        if p is None:
            d.s("EMAIL", a)
        else:
            d.p(p.full).t(" <").s("EMAIL", a).t(">")
    d.nl()
    if cc:
        d.t("Cc: ")
        for i, (p, a) in enumerate(cc):
            if i:
                d.t("; ")
            d.p(p.surname).t(", ").p(p.given).t(" <").s("EMAIL", a).t(">")
        d.nl()
    d.nl(f"Sent: {day_date(r)} {r.randint(7, 21):02d}:{r.randint(0, 59):02d}")


# ---------------------------------------------------------------- document kinds
CPOMS_CATS = ["Attendance", "Family circumstances", "Peer on peer", "Online safety",
              "Neglect", "Mental health", "Domestic abuse (Operation Encompass)", "Medical"]


def k_safeguarding_log(g, r, ids):
    """CPOMS-style safeguarding log export: incidents, actions by staff initials."""
    d = Doc("safeguarding_log_export")
    sch = School(r)
    kid = g.person()
    mum = g.family(kid, "f")
    sib = g.person()
    sib.surname = kid.surname
    staff = [g.person() for _ in range(3)]
    ini = initials_unique(staff)
    d.nl(f"{sch.name} — Safeguarding record export (printed {short_date(r)} {r.randint(8, 17):02d}:{r.randint(0, 59):02d})")
    d.nl("CONFIDENTIAL — DO NOT LEAVE UNATTENDED")
    d.nl()
    d.t("Student: ")
    if r.random() < 0.5:
        d.p(kid.surname.upper()).t(", ").p(kid.given)
    else:
        d.p(kid.full)
    d.t(f" (Year {r.randint(3, 11)})   D.O.B. ").s("DATE_OF_BIRTH", ids.dob()).t("   UPN ").s("UPN", ids.upn()).nl()
    if r.random() < 0.5:
        d.t("NHS no. ").s("NHS_NUMBER", ids.nhs()).t("   ")
    d.nl(f"Flags: {r.choice(['CP plan', 'CIN', 'Early Help', 'Young carer', 'Previously LAC'])}")
    d.t("Home: ").addr(Addr(r), multi=False, sep=" ").nl()
    d.nl()
    for n in range(r.randint(2, 4)):
        s = r.choice(staff)
        d.nl(f"Incident ID: {r.randint(100000, 999999)}   Category: {'; '.join(r.sample(CPOMS_CATS, 2))}   Status: {r.choice(['Open', 'Closed', 'Awaiting DSL'])}")
        d.t(f"Logged {short_date(r)} {r.randint(8, 16):02d}:{r.randint(0, 59):02d} by ").p(s.full).t(" (").p(ini[s.full]).nl(")")
        d.t("Alerted: ")
        others = [x for x in staff if x is not s]
        for i, o in enumerate(others):
            if i:
                d.t("; ")
            d.p(o.surname).t(", ").p(o.given)
        d.nl()
        v = r.randrange(5)
        kk = kid.given

        def body():
            if v == 0:
                F(d, "{k} arrived late and hungry again; said {m} had been \"poorly\" and {s} "
                     "(Year {y}) had walked them in. {k} was given breakfast in the Ivy Lane room.",
                  k=kk, m=mum.given if r.random() < 0.5 else (None, "mum"), s=sib.given, y=(None, str(r.randint(1, 6))))
            elif v == 1:
                F(d, "Operation Encompass notification received at 08:10. Police attended the home "
                     "overnight. {k} was quiet in class; {t} checked in at break. Mum ({m}) "
                     "did not answer {ph}.", k=kk, t=ini[s.full], m=mum.full, ph=("PHONE", phone(ids, r, "mob")))
            elif v == 2:
                F(d, "{k} disclosed that an older boy, {o}, had asked for photos over Snapchat. "
                     "Phone not seized. Screenshot saved. {t} informed parent {m} by phone.",
                  k=kk, o=g.person().given.lower() if r.random() < 0.4 else g.person().full,
                  t=ini[s.full], m=mum.full)
            elif v == 3:
                F(d, "Unknown car ({veh}) seen waiting at the gate at 15:15 for the third day. "
                     "{k} said it was \"mum's friend {f}\". {t} noted it for the DSL.",
                  veh=("VEHICLE", ids.vehicle()), k=kk, f=g.person("m").given, t=ini[s.full])
            else:
                F(d, "Attendance {p}% this half term. Home visit by {t} and the EWO; {m} "
                     "says {k} has headaches. Referred to school nurse.", p=(None, str(r.randint(61, 88))),
                  t=ini[s.full], m=mum.full if r.random() < 0.5 else mum.given, k=kk)
        para(d, r, body)
        d.nl("Actions:")
        for _ in range(r.randint(1, 3)):
            a = r.choice(staff)
            d.t(f"  {short_date(r)} {r.randint(8, 17):02d}:{r.randint(0, 59):02d}  ").p(ini[a.full]).nl(
                "  " + r.choice(["phoned home, no answer", "spoke to class teacher", "MASH consulted, NFA",
                                 "added to DSL agenda", "letter sent", "mark as read"]))
        d.nl()
    d.t("Linked students: ").p(sib.full).nl(f" (Year {r.randint(1, 6)})")
    if r.random() < 0.5:
        trap(d, r)
    return d


VACCINES = ["Td/IPV (3-in-1 teenage booster) and MenACWY", "HPV (Gardasil 9)", "Flu (nasal spray, LAIV)",
            "MMR catch-up"]


def k_immunisation(g, r, ids):
    """School nurse / immunisation team consent return."""
    d = Doc("immunisation_consent")
    sch = School(r)
    kid = g.person()
    par = g.family(kid)
    gp = g.person()
    nurse = g.person("f")
    caps = r.random() < 0.5
    vac = r.choice(VACCINES)
    d.nl("SCHOOL AGE IMMUNISATION SERVICE")
    d.nl(f"Consent form — {vac}")
    d.nl(f"School: {sch.name}    Year group: {r.randint(7, 10)}    Class: {r.choice(['Brontë', 'Turing', 'Franklin', '8K', '9T'])}")
    d.nl()
    if caps:
        d.t("CHILD'S SURNAME: ").p(kid.surname.upper()).t("      FIRST NAME(S): ").p(kid.given.upper()).nl()
    else:
        d.t("Child's full name: ").p(kid.full).nl()
    d.t("Date of birth: ").s("DATE_OF_BIRTH", ids.dob(2009, 2018)).t("      NHS number: ").s("NHS_NUMBER", ids.nhs()).nl()
    d.nl(f"Gender: {r.choice(['F', 'M', 'Prefer not to say'])}    Ethnicity: {r.choice(['White British', 'Any other White', 'Black African', 'Asian - Nepali', 'Mixed'])}")
    a = Addr(r)
    if r.random() < 0.5:
        d.nl("Home address:")
        d.addr(a, multi=True, upper=caps)
    else:
        d.t("Home address: ").s("ADDRESS", ", ".join(a.lines)).t("   Postcode: ").s("POSTCODE", a.postcode).nl()
    d.t("GP: Dr ").p(gp.surname).nl(f", {r.choice(['The Ropewalk Surgery', 'Bishop Street Medical Centre', 'Harbour View Practice', 'Reed Lane Health Centre'])}")
    d.nl()
    d.t("Parent/carer name: ")
    d.p(par.full.upper() if caps else par.full)
    d.nl(f"    Relationship: {r.choice(['Mother', 'Father', 'Step-parent', 'Grandparent', 'Foster carer'])}")
    d.t("Contact number: ").s("PHONE", phone(ids, r)).t("    Email: ").s("EMAIL", parent_email(par, r)).nl()
    d.nl()
    d.nl("Does your child have any allergies or medical conditions?")
    v = r.randrange(4)
    if v == 0:
        d.nl("  No")
    elif v == 1:
        d.t("  egg allergy (mild). ").p(kid.given.lower()).nl(" faints with needles so please have someone with her")
    elif v == 2:
        F(d, "  Asthma, blue inhaler. Had the flu spray last year at {s} with no problems.\n",
          s=(None, r.choice(["St Piran's", "the Summer Fair clinic", "Baker Lane clinic"])))
    else:
        d.t("  Under the care of Dr ").p(g.person().surname).nl(" at the Royal Cornwall Hospital for epilepsy")
    d.nl()
    d.t("I consent to my child receiving the vaccine(s) above.   Signed: ").p(
        f"{par.initial()}. {par.surname}" if r.random() < 0.5 else par.full).nl(f"   Date: {short_date(r)}")
    d.nl()
    d.nl("— FOR IMMUNISATION TEAM USE —")
    d.t(f"Batch: {r.choice(['FJ', 'TX', 'AB'])}{r.randint(1000, 9999)}   Site: {r.choice(['L arm', 'R arm', 'nasal'])}   Given by: ").p(
        nurse.full).t(" RN   Checked: ").p(g.person().full).nl()
    if r.random() < 0.5:
        trap(d, r)
    return d


INSTRUMENTS = ["violin", "cello", "clarinet", "flute", "trumpet", "drum kit", "piano", "guitar",
               "tenor horn", "voice", "harp", "saxophone"]


def k_music(g, r, ids):
    """Music service tuition invoice and lesson rota."""
    d = Doc("music_tuition_invoice")
    sch = School(r)
    tutor = g.person()
    payer = g.person()
    kids = [g.person() for _ in range(r.randint(4, 7))]
    kid = kids[0]
    kid.surname = payer.surname if r.random() < 0.7 else kid.surname
    svc = r.choice(["Kernow Music Hub", "Three Rivers Music Service", "Tamar Valley Music Partnership"])
    inv = f"INV-2026-{r.randint(10000, 99999)}"
    d.nl(f"{svc} — INVOICE {inv}")
    d.nl(f"Date: {fmt_date(r)}    Account ref: MS{r.randint(100000, 999999)}")
    d.nl()
    d.t("Bill to: ").t(tt(r, payer) + " ").p(payer.full if r.random() < 0.5 else f"{payer.initial()} {payer.surname}").nl()
    d.addr(Addr(r), multi=True)
    d.nl()
    d.t("Pupil: ").p(kid.full).t(f" ({sch.name}, Year {r.randint(3, 9)})   Instrument: {r.choice(INSTRUMENTS)}   Teacher: ").p(tutor.full).nl()
    n = r.randint(8, 12)
    d.nl(f"Summer term 2026: {n} x 30 min individual lessons @ £{r.randint(17, 24)}.50")
    d.nl(f"Instrument hire ({r.choice(['Sterling', 'Stentor', 'Yamaha'])} outfit, serial {r.randint(100000, 999999)}): £{r.randint(20, 45)}.00")
    d.nl(f"Total due: £{r.randint(180, 320)}.{r.randint(0, 99):02d}   Due by: {fmt_date(r)}")
    d.nl()
    v = r.randrange(3)
    if v == 0:
        d.t("Direct Debit mandate on file: account holder ").p(payer.full).t(", sort code ").s("BANK", ids.sort_code()).t(
            ", account no. ").s("BANK", ids.account()).nl()
    elif v == 1:
        d.t("Paid by card ").s("CARD", ids.card()).t(f" on {short_date(r)} (phone payment taken by ").p(g.person().given).nl(")")
    else:
        d.nl(f"Previous payment: card ending {r.randint(1000, 9999)}. Remission (FSM) applied: 50%.")
    d.nl()
    d.t(f"LESSON ROTA — {r.choice(['Tuesday', 'Wednesday', 'Thursday'])}s, ").t(r.choice(["Music Room 2", "Lovelace House practice room", "the Reed Studio"])).t(", teacher ").p(tutor.given).nl()
    d.nl("Time   | Pupil                     | Instrument  | Grade | Notes")
    t0 = r.randint(9, 11) * 60
    for i, k in enumerate(kids):
        t = t0 + i * 30
        d.t(f"{t // 60:02d}:{t % 60:02d}  | ")
        if r.random() < 0.3:
            d.p(f"{k.surname.upper()} {k.given}")
            ln = len(k.surname) + 1 + len(k.given)
        else:
            d.p(k.full)
            ln = len(k.full)
        d.t(" " * max(1, 26 - ln) + f"| {r.choice(INSTRUMENTS):<11} | {r.choice(['Prep', '1', '2', '3', '4', '5']):<5} | ")
        d.nl(r.choice(["", "", "exam 14 June", "swap with Year 6 SATs week", "Mark absences on the rota",
                       "bring own reeds", "collected by nan"]))
    d.nl()
    d.t("Queries: ").s("EMAIL", f"accounts@{r.choice(['kernowmusic', 'threerivers', 'tamarmusic'])}.example.org").t(" or ").s("PHONE", phone(ids, r, r.choice(["bri", "rdg", "ldn"]))).nl()
    if r.random() < 0.5:
        trap(d, r)
    return d


EMPLOYERS = ["Fox & Baker Veterinary Practice", "Lane Page Solicitors LLP", "Penhaligon's Bakery",
             "Storm Electrical Ltd", "The Rich Mix Café", "Marsh & Noble Architects",
             "Trelawny Garage", "Sparrow Day Nursery", "Gurung Brothers Construction"]


def k_work_experience(g, r, ids):
    """Year 10/12 work-experience placement agreement."""
    d = Doc("work_experience_agreement")
    sch = School(r)
    st = g.person()
    par = g.family(st)
    sup = g.person()
    coord = g.person()
    emp = r.choice(EMPLOYERS)
    d.nl("WORK EXPERIENCE PLACEMENT AGREEMENT — 2026")
    d.nl(f"{sch.name}    Placement week: {day_date(r)} (5 days)")
    d.nl()
    d.nl("1. STUDENT")
    if r.random() < 0.5:
        d.t("Surname: ").p(st.surname).t("    First name: ").p(st.given).nl()
    else:
        d.t("Name: ").p(st.full).nl()
    d.t("Date of birth: ").s("DATE_OF_BIRTH", ids.dob(2009, 2011)).t(f"    Tutor group: {r.randint(10, 12)}{r.choice('ABFT')}    ULN: ").s("ULN", ids.uln()).nl()
    if r.random() < 0.5:
        d.t("National Insurance no. (if known): ").s("NI_NUMBER", ids.ni()).nl()
    d.t("Medical: ").t(r.choice(["none", "hay fever", "type 1 diabetes — carries kit", "nut allergy, EpiPen"])).t("    NHS number: ").s("NHS_NUMBER", ids.nhs()).nl()
    d.nl()
    d.nl("2. EMPLOYER")
    d.nl(f"Organisation: {emp}")
    a = Addr(r)
    a.lines = [l for l in a.lines if not l.startswith(("Flat", "Apartment"))] or a.lines
    if not re.match(r"\d", a.lines[0]):
        a.lines.insert(0, f"Unit {r.randint(1, 30)}, {r.choice(STREETS)}")
    d.t("Address: ").addr(a, multi=False, sep="  ").nl()
    d.t("Placement supervisor: ").t(tt(r, sup) + " ").p(sup.full).t("   Tel: ").s("PHONE", phone(ids, r)).nl()
    d.t("Supervisor email: ").s("EMAIL", parent_email(sup, r)).nl()
    d.nl(f"Employer's liability insurance: policy EL/{r.randint(1000000, 9999999)}   Risk assessment ref: RA-{r.randint(100, 999)}")
    d.nl()
    d.nl("3. TRAVEL AND EMERGENCY CONTACT")
    v = r.randrange(3)
    if v == 0:
        d.t("Student will be driven by ").p(par.given).t(" in ").s("VEHICLE", ids.vehicle()).nl(".")
    elif v == 1:
        d.nl("Student will cycle; route agreed with parent.")
    else:
        d.t("Lift share with ").p(g.person().full).t(" (another student), car reg ").s("VEHICLE", ids.vehicle()).nl()
    d.t("Emergency contact: ").p(par.full).t(f" ({r.choice(['mum', 'dad', 'carer', 'aunt'])})  ").s("PHONE", phone(ids, r, "mob")).nl()
    d.nl()
    d.nl("4. AGREEMENT")
    para(d, r, lambda: F(d, "I, {s}, agree to follow the employer's rules and to phone both the "
                             "employer and school if I am absent. Frank discussion of any problems is "
                             "encouraged: contact {c}, Careers Lead, on {ph}.",
                         s=st.full, c=coord.full, ph=("PHONE", sch.phone)))
    d.t("Signed (student): ").p(st.full.upper() if r.random() < 0.3 else st.full).nl()
    d.t("Signed (parent/carer): ").p(par.full).nl()
    d.t("Signed (employer): ").p(sup.full).t("   for ").nl(emp)
    d.t("Approved: ").p(coord.full).nl(f", {short_date(r)}")
    if r.random() < 0.5:
        trap(d, r)
    return d


def k_club_signin(g, r, ids):
    """Breakfast / after-school club sign-in sheet."""
    d = Doc("club_signin_sheet")
    sch = School(r)
    club = r.choice(["Early Birds Breakfast Club", "Owls After-School Club", "Wraparound Care (Fox Class room)",
                     "Sunrise Breakfast Club"])
    lead = g.person()
    d.nl(f"{sch.name} — {club}")
    d.t(f"Sign-in sheet: {day_date(r)}    Staff on duty: ")
    d.p(lead.full).t(", ").p(g.person().given).nl()
    d.nl()
    d.nl("In    | Child                | Yr | Dropped off by        | Out   | Collected by            | Password")
    for _ in range(r.randint(6, 10)):
        k = g.person()
        d.t(f"{r.randint(7, 8):02d}:{r.randint(0, 59):02d} | ")
        f = r.random()
        if f < 0.3:
            s = f"{k.given} {k.surname[0]}."
            d.p(s)
        elif f < 0.5:
            s = k.full.upper()
            d.p(s)
        else:
            s = k.full
            d.p(s)
        d.t(" " * max(1, 21 - len(s)) + f"| {r.choice(['R', '1', '2', '3', '4', '5', '6']):<2} | ")
        f = r.random()
        if f < 0.3:
            s = "Mum"
            d.t(s)
        elif f < 0.6:
            par = g.family(k)
            s = f"{tt(r, par)} {par.surname}"
            d.t(tt(r, par) + " ").p(par.surname)
        else:
            par = g.person()
            s = par.given.lower()
            d.p(s)
        d.t(" " * max(1, 22 - len(s)) + f"| {r.randint(15, 17)}:{r.randint(0, 59):02d} | ")
        f = r.random()
        if f < 0.3:
            c = g.person()
            s = f"nan ({c.given.lower()})"
            d.t("nan (").p(c.given.lower()).t(")")
        elif f < 0.55:
            c = g.person()
            s = f"{c.full} (childminder)"
            d.p(c.full).t(" (childminder)")
        elif f < 0.75:
            s = "Dad, car "
            d.t(s)
            v = ids.vehicle()
            d.s("VEHICLE", v)
            s += v
        else:
            s = "Dad"
            d.t(s)
        d.t(" " * max(1, 24 - len(s)) + "| ")
        d.nl(r.choice(["****", "seen", "", "n/a", "checked"]))
    d.nl()
    d.nl("Allergies today:")
    for _ in range(r.randint(1, 3)):
        k = g.person()
        d.t("  ").p(k.given).nl(" – " + r.choice(["dairy free", "no nuts", "halal", "vegetarian", "coeliac"]))
    d.t("Late collection after 18:00 — phone ").p(lead.given).t(" on ").s("PHONE", phone(ids, r, "mob")).nl(". Late fee £5 per 15 min.")
    if r.random() < 0.5:
        trap(d, r)
    return d


UNIFORM = [("Blazer", "£28.50"), ("Clip-on tie", "£6.00"), ("PE polo", "£11.75"), ("Jumper", "£14.00"),
           ("Book bag", "£5.50"), ("Rugby shirt (reversible)", "£19.99"), ("Sports socks", "£4.25")]


def k_uniform(g, r, ids):
    """Uniform shop order, with name tapes, and a lost-property log."""
    d = Doc("uniform_order_lost_property")
    sch = School(r)
    cust = g.person()
    kid = g.person()
    kid.surname = cust.surname if r.random() < 0.6 else kid.surname
    d.nl(f"{sch.name} Uniform Shop — order confirmation")
    d.nl(f"Order #UO-{r.randint(10000, 99999)}   placed {short_date(r)} {r.randint(6, 22):02d}:{r.randint(0, 59):02d}")
    d.t("Customer: ").p(cust.full).t("   ").s("EMAIL", parent_email(cust, r)).t("   ").s("PHONE", phone(ids, r)).nl()
    d.t("Deliver to: ").addr(Addr(r), multi=False, sep=", ").nl()
    d.nl()
    house = r.choice(HOUSES)
    for item, price in r.sample(UNIFORM, r.randint(2, 4)):
        d.nl(f"  {item} ({house} trim)  size {r.choice(['28', '30', '32', 'S', 'M', '9-10'])}  x{r.randint(1, 2)}  {price}")
    d.t("  Iron-on name tapes x50, text: \"").p(kid.full.upper()).nl("\"  £8.00")
    if r.random() < 0.5:
        d.t("  Second set, text: \"").p(f"{kid.initial()}. {kid.surname}").nl("\"  £8.00")
    d.nl(f"Total: £{r.randint(30, 120)}.{r.randint(0, 99):02d}")
    v = r.randrange(3)
    if v == 0:
        d.t("Payment taken by phone, card ").s("CARD", ids.card()).t(f" exp {r.randint(1, 12):02d}/{r.randint(27, 31)} — by ").p(g.person().given).nl()
    elif v == 1:
        d.nl(f"Paid: Visa debit ending {r.randint(1000, 9999)}. Transaction {ids.bad16()}.")
    else:
        d.t("Refund of £").t(f"{r.randint(5, 40)}.00 for returned jumper to sort code ").s("BANK", ids.sort_code()).t(" account ").s("BANK", ids.account()).nl()
    d.nl()
    d.nl(f"LOST PROPERTY — half term clear-out ({r.choice(['Brontë House cloakroom', 'Sports Hall', 'Hall foyer'])})")
    d.nl("Item                 | Name label          | Found          | Returned to")
    for _ in range(r.randint(4, 7)):
        it = r.choice(["Jumper", "PE bag", "Water bottle", "Coat (navy)", "Lunchbox", "Glasses case", "Trainers"])
        d.t(f"{it:<20} | ")
        k = g.person()
        f = r.random()
        if f < 0.25:
            s = "none"
            d.t(s)
        elif f < 0.5:
            s = k.full.upper()
            d.p(s)
        elif f < 0.75:
            s = f"{k.initial()}. {k.surname}"
            d.p(s)
        else:
            s = k.given.lower()
            d.p(s)
        d.t(" " * max(1, 20 - len(s)) + f"| {r.choice(['field', 'Lane 4 changing', 'canteen', 'bus bay', 'library']):<14} | ")
        if f < 0.25 or r.random() < 0.3:
            d.nl("to charity shop")
        else:
            par = g.family(k)
            d.t(tt(r, par) + " ").p(par.surname).nl()
    if r.random() < 0.5:
        trap(d, r)
    return d


SKILLS = ["Finance", "HR", "Safeguarding", "SEND", "Data/GDPR", "Estates", "Curriculum", "Legal"]


def k_governors_register(g, r, ids):
    """Governors' register of interests and skills audit."""
    d = Doc("governors_register_interests")
    sch = School(r)
    govs = [g.person() for _ in range(r.randint(5, 8))]
    ini = initials_unique(govs)
    clerk = g.person()
    d.nl(f"{sch.name} — Governing Board")
    d.nl("REGISTER OF BUSINESS AND PECUNIARY INTERESTS 2026–27")
    d.nl()
    d.nl("Name                         | Type       | Appointed  | Term ends  | Interests declared")
    staff_rel = g.person()
    for i, p in enumerate(govs):
        caps = r.random() < 0.2
        s = p.full.upper() if caps else (f"{p.surname}, {p.given}" if r.random() < 0.3 else p.full)
        if ", " in s and not caps:
            d.p(p.surname).t(", ").p(p.given)
        else:
            d.p(s)
        d.t(" " * max(1, 29 - len(s)) + f"| {r.choice(['Parent', 'Foundation', 'Co-opted', 'Staff', 'LA']):<10} | {short_date(r, r.randint(2021, 2025))} | {short_date(r, r.randint(2026, 2029))} | ")
        v = r.randrange(6)
        if v == 0:
            d.nl("None")
        elif v == 1:
            d.t("Spouse of ").p(staff_rel.full).nl(" (teacher, Year 4)")
        elif v == 2:
            d.nl(f"Director, {r.choice(EMPLOYERS)}")
        elif v == 3:
            d.nl("Trustee, Walter Tull Foundation; governor at Kirkby Moor Academy")
        elif v == 4:
            d.t("Sister-in-law ").p(g.person("f").given).nl(" works in the school office")
        else:
            d.nl("Member, Storm Rugby Club committee")
    d.nl()
    d.nl("SKILLS AUDIT (self-assessed, 1 = none, 4 = expert)")
    sk = r.sample(SKILLS, 5)
    d.nl("Gov  | " + " | ".join(f"{s:<10}" for s in sk))
    for p in govs:
        d.p(ini[p.full]).t(" " * (5 - len(ini[p.full])) + "| ")
        d.nl(" | ".join(f"{r.randint(1, 4):<10}" for _ in sk))
    d.nl()
    d.nl("Key:")
    for p in govs:
        if r.random() < 0.5:
            d.t("  ").p(ini[p.full]).t(" = ").p(p.full).nl()
        else:
            d.t("  ").p(ini[p.full]).t(" = ").t(tt(r, p) + " ").p(p.surname).nl()
    d.nl()
    gap = r.choice(sk)
    d.t(f"Gap identified: {gap}. ").p(ini[govs[0].full]).nl(" to approach the LA governor service.")
    d.t("Correspondence for the Chair c/o the Clerk, ").p(clerk.full).t(", ").s("EMAIL", staff_email(clerk, sch, r)).nl()
    if r.random() < 0.4:
        d.t("Chair's home address for legal papers: ").addr(Addr(r), multi=False, sep=" ").nl()
    if r.random() < 0.5:
        trap(d, r)
    return d


BOARDS = [("AQA", "8461/1H"), ("Pearson Edexcel", "1MA1/3H"), ("OCR", "J277/02"), ("WJEC Eduqas", "C720U10-1"),
          ("AQA", "8702/2"), ("OCR", "H446/01")]


def k_remark(g, r, ids):
    """Exams office: request for a review of marking (post-results)."""
    d = Doc("exam_remark_request")
    sch = School(r)
    cand = g.person()
    par = g.family(cand)
    eo = g.person()
    hod = g.person()
    board, code = r.choice(BOARDS)
    centre = r.randint(10000, 79999)
    d.nl("POST-RESULTS SERVICES — REQUEST FOR A REVIEW OF MARKING")
    d.nl(f"Centre: {sch.name}    Centre number: {centre}")
    d.nl()
    if r.random() < 0.5:
        d.t("Candidate surname: ").p(cand.surname.upper()).t("    Forename(s): ").p(cand.given.upper()).nl()
    else:
        d.t("Candidate name: ").p(cand.full).nl()
    d.nl(f"Candidate number: {r.randint(1000, 9999)}    UCI: {centre}{r.choice('ABCDEFGHJ')}26{r.randint(1000, 9999)}{r.choice('XYZ')}")
    d.t("Date of birth: ").s("DATE_OF_BIRTH", ids.dob(2007, 2010)).t("    ULN: ").s("ULN", ids.uln()).nl()
    d.nl(f"Awarding body: {board}    Component: {code}    Raw mark: {r.randint(30, 90)}/100    Grade: {r.choice(['4', '5', '6', 'C', 'B'])}")
    d.nl(f"Service: {r.choice(['Clerical re-check', 'Review of marking (priority)', 'Access to script (copy)'])}    Fee: £{r.randint(12, 58)}.{r.choice(['00', '50'])}")
    d.nl()
    d.nl("CANDIDATE CONSENT")
    para(d, r, lambda: F(d, "I, {c}, give my consent to the head of centre to submit a review of marking. "
                             "I understand that the final mark may be lower than, higher than, or the same as "
                             "the mark originally awarded.", c=cand.full))
    d.t("Signed: ").p(cand.full if r.random() < 0.5 else cand.given).nl(f"    Date: {short_date(r)}")
    d.nl()
    d.nl("Payment")
    v = r.randrange(3)
    if v == 0:
        d.t("Paid by parent ").p(par.full).t(", card ").s("CARD", ids.card()).nl()
    elif v == 1:
        d.nl(f"Fee waived (FSM). Card ending {r.randint(1000, 9999)} not charged.")
    else:
        d.t("Invoice to ").t(tt(r, par) + " ").p(par.surname).t(" at ").s("EMAIL", parent_email(par, r)).nl()
    d.nl()
    d.t("Supported by Head of Department: ").p(hod.full).t(f" ({r.choice(SUBJECTS)}) — \"").p(cand.given).nl(
        " was 2 marks below the boundary; a review is reasonable.\"")
    d.t("Exams Officer: ").p(eo.full).t("   ").s("EMAIL", staff_email(eo, sch, r)).t("   ext ").nl(str(r.randint(200, 299)))
    d.nl(f"Submitted to {board} on {short_date(r)}; deadline 30 September. Mark the outcome on the tracker.")
    if r.random() < 0.5:
        trap(d, r)
    return d


def k_alumni(g, r, ids):
    """Alumni / reunion mailing list (CSV)."""
    d = Doc("alumni_reunion_list")
    sch = School(r)
    year = r.randint(1986, 2006)
    org = g.person()
    d.t(f"# {sch.name} — Class of {year} reunion mailing list, compiled by ").p(org.full).nl()
    d.nl("name_at_school,current_name,left,email,phone,postal_address,postcode,notes")
    for _ in range(r.randint(7, 11)):
        p = g.person()
        married = r.random() < 0.35
        d.p(p.full).t(",")
        if married:
            new = g.person().surname
            if r.random() < 0.5:
                d.p(f"{p.given} {new}").t(",")
            else:
                d.t('"').p(f"{p.given} {new}").t(" (née ").p(p.surname).t(')",')
        else:
            d.t(",")
        d.t(f"{year},")
        if r.random() < 0.8:
            d.s("EMAIL", parent_email(p, r))
        d.t(",")
        if r.random() < 0.6:
            d.s("PHONE", phone(ids, r))
        d.t(",")
        if r.random() < 0.5:
            a = Addr(r)
            d.t('"').s("ADDRESS", ", ".join(a.lines)).t('",').s("POSTCODE", a.postcode).t(",")
        else:
            d.t(",,")
        v = r.randrange(6)
        if v == 0:
            d.t("married to ").p(g.person().full).nl()
        elif v == 1:
            d.t('"was in ').t(r.choice(HOUSES)).nl(', played in the Summer Fair band"')
        elif v == 2:
            d.t("found via ").p(g.person().given.lower()).nl(" on facebook")
        elif v == 3:
            d.nl("unsubscribe")
        else:
            d.nl("")
    d.nl()
    d.t("# Venue: the Sterling Rooms, Friday 7pm. Tickets £25. Contact ").p(org.given).t(" ").s("PHONE", phone(ids, r, "mob")).nl()
    return d


def k_pta_email(g, r, ids):
    """PTA committee email thread."""
    d = Doc("pta_committee_email")
    sch = School(r)
    members = [g.person() for _ in range(4)]
    a, b, c, e = members
    dom = lambda p: parent_email(p, r)  # noqa: E731
    ea, eb = dom(a), dom(b)
    d.t("From: ").p(a.full).t(" <").s("EMAIL", ea).nl(">")
    d.t("To: ").p(b.full).t(" <").s("EMAIL", eb).t(">; ").s("EMAIL", f"pta@{sch.domain}").nl()
    d.t("Cc: ").p(c.surname).t(", ").p(c.given).t(" <").s("EMAIL", dom(c)).nl(">")
    d.t("Subject: Re: Summer Fair stalls — ").p(e.given).nl(" can't do the tombola")
    d.nl(f"Date: {day_date(r)} {r.randint(18, 23)}:{r.randint(10, 59)}")
    d.nl()
    m = d.mark()
    d.t("hi ").p(b.given.lower() if r.random() < 0.5 else b.given).nl(",")
    d.nl()
    kid = g.person()
    F(d, "Thanks for sorting the float. {e} messaged to say they can't do the tombola now, so "
         "will you or {c} cover it? I've asked {k}'s mum too but no reply yet. Storm Bert "
         "flattened the gazebo last year so I've booked the hall as plan B.\n\n",
      e=e.given, c=c.given, k=kid.given.lower() if r.random() < 0.5 else kid.given)
    v = r.randrange(3)
    if v == 0:
        F(d, "The raffle prizes are at mine ({ad}, {pc}) if anyone can collect before "
             "Saturday. My number is {ph}.\n\n", ad=("ADDRESS", ", ".join(Addr(r).lines[:2])),
          pc=("POSTCODE", Addr(r).postcode), ph=("PHONE", phone(ids, r, "mob")))
    elif v == 1:
        F(d, "Bank details for the float refund: {n}, sort code {sc}, acc {ac}. Rich tea "
             "and squash are on the shopping list.\n\n", n=a.full, sc=("BANK", ids.sort_code()),
          ac=("BANK", ids.account()))
    else:
        F(d, "Mr {h} says the Sterling silver cup can go on the raffle table if it is "
             "locked away by 4. Great Britain bunting is in the loft.\n\n", h=g.person("m").surname)
    d.wrap(r.randint(66, 76), m)
    d.t("Thanks\n").p(a.given).nl()
    d.t("PTA Chair | ").s("PHONE", phone(ids, r, "mob")).nl()
    d.nl()
    d.t(f"On {day_date(r)}, ").p(b.full).t(" <").s("EMAIL", eb).nl("> wrote:")
    m = d.mark()
    F(d, "> Can we get the stalls list finalised? {x} and {y} are on cakes, I'm doing the "
         "float. Frank discussion needed about the bouncy castle money.\n",
      x=r.choice(members[2:]).full, y=g.person().given)
    d.nl("> ")
    d.t("> ").p(b.given).nl()
    if r.random() < 0.5:
        trap(d, r)
    return d


def k_ep_referral(g, r, ids):
    """SENCO referral to the educational psychology service."""
    d = Doc("ep_referral")
    sch = School(r)
    kid = g.person()
    mum = g.family(kid, "f")
    dad = g.family(kid, "m")
    senco = g.person()
    teacher = g.person()
    salt = g.person()
    d.nl(f"{r.choice(['Tamar', 'Three Rivers', 'Lagan Valley'])} Educational Psychology Service — REQUEST FOR INVOLVEMENT")
    d.nl()
    d.nl("Section A: child")
    d.t("Name: ").p(kid.full).t("    Known as: ").p(kid.given.split("-")[0] if r.random() < 0.4 else kid.given).nl()
    d.t("DOB: ").s("DATE_OF_BIRTH", ids.dob(2013, 2020)).t(f"    Year: {r.randint(1, 7)}    UPN: ").s("UPN", ids.upn()).nl()
    d.t("NHS no: ").s("NHS_NUMBER", ids.nhs()).nl(f"    First language: {r.choice(['English', 'Nepali', 'Tamil', 'Tigrinya', 'Kurdish (Sorani)', 'Portuguese', 'Lithuanian', 'Cantonese'])}")
    d.nl("Address:")
    d.addr(Addr(r), multi=True, indent="  ")
    d.nl()
    d.nl("Section B: parents / carers with parental responsibility")
    d.t("1. ").p(mum.full).t("  ").s("PHONE", phone(ids, r, "mob")).t("  ").s("EMAIL", parent_email(mum, r)).nl()
    if r.random() < 0.6:
        d.t("2. ").p(dad.full).t("  ").s("PHONE", phone(ids, r)).nl(r.choice(["  (lives separately)", "", "  (works away)"]))
    d.nl()
    d.nl("Section C: reason for referral")
    k = kid.given

    def reason():
        F(d, "{k} joined Reception at {s} in {y} and is now working well below age-related "
             "expectations in reading and number. {k2} is a sociable child who plays with {f} and "
             "{f2} at lunch, but finds carpet time very hard. Class teacher {t} reports that {k3} "
             "shuts down when asked to write and has begun to leave the classroom. Speech and "
             "language therapist {sl} assessed in March and found a receptive language delay.",
          k=k, s=(None, sch.name), y=(None, str(r.randint(2019, 2023))), k2=k, f=g.person().given,
          f2=g.person().given, t=teacher.full, k3=k, sl=salt.full)
    para(d, r, reason)
    d.nl()
    d.nl("Section D: interventions tried (assess-plan-do-review)")
    for iv in r.sample(["Precision teaching 3x weekly (TA)", "Colourful semantics", "Nurture group (Robin room)",
                        "Sensory breaks", "Numicon small group", "Now/next board",
                        "Frank discussion with parents about sleep"], r.randint(2, 3)):
        d.nl("  - " + iv)
    d.nl()
    d.nl("Section E: consent")
    d.t("Parent consent given by ").p(mum.full if r.random() < 0.5 else mum.given).nl(f" on {short_date(r)}.")
    d.t("Referrer: ").p(senco.full).t(", SENCo   ").s("EMAIL", staff_email(senco, sch, r)).t("   ").s("PHONE", sch.phone).nl()
    if r.random() < 0.5:
        trap(d, r)
    return d


def k_census_query(g, r, ids):
    """School census query emails between the school's data manager and the LA."""
    d = Doc("census_query_email")
    sch = School(r)
    dm = g.person()
    la = g.person()
    la_dom = r.choice(["cornwall-council.example.gov.uk", "bristol-la.example.gov.uk", "reading-bc.example.gov.uk"])
    la_mail = f"{strip_acc(la.given.lower()).replace(' ', '').replace('-', '').replace(chr(39), '')}.{re.sub(r'[^a-z]', '', strip_acc(la.surname.lower()))}@{la_dom}"
    dm_mail = staff_email(dm, sch, r)
    d.t("From: ").p(la.full).t(" <").s("EMAIL", la_mail).nl(">")
    d.t("To: ").p(dm.surname).t(", ").p(dm.given).t(" <").s("EMAIL", dm_mail).nl(">")
    d.nl(f"Subject: Spring census 2026 — COLLECT errors for DfE {r.randint(800, 940)}/{r.randint(2000, 7999)}")
    d.nl(f"Date: {day_date(r)}")
    d.nl()
    m = d.mark()
    d.t("Hi ").p(dm.given).nl(",")
    d.nl()
    d.nl("Your return has the following queries outstanding before we can sign off:")
    d.nl()
    for i in range(r.randint(3, 5)):
        p = g.person()
        v = r.randrange(4)
        d.t(f"{i + 1}. ")
        if v == 0:
            F(d, "Error 1510: UPN {u} ({n}) is also on the roll at another school. Please "
                 "confirm the leaving date.\n", u=("UPN", ids.upn()), n=p.full)
        elif v == 1:
            F(d, "Query 1600Q: {n} — date of birth {dob} makes the pupil out of year group "
                 "for NC Year {y}.\n", n=p.full,
              dob=("DATE_OF_BIRTH", ids.dob()), y=(None, str(r.randint(1, 6))))
        elif v == 2:
            F(d, "Error 1530: temporary UPN still in use for {n}; the permanent UPN is {u}.\n",
              n=p.given + " " + p.surname[0], u=("UPN", ids.upn()))
        else:
            F(d, "Query 2420Q: {n} has no ethnicity recorded (parent refused?). {m} thinks the "
                 "form went home in the Summer term.\n", n=p.full, m=g.person().given)
    d.nl()
    d.wrap(76, m)
    d.t("Kind regards,\n").p(la.full).nl()
    d.nl("Pupil Data Team | Children's Services")
    d.t("Tel ").s("PHONE", phone(ids, r, r.choice(["bri", "rdg", "bel"]))).nl()
    d.nl()
    if r.random() < 0.6:
        d.t("> On ").t(day_date(r)).t(", ").p(dm.full).t(" <").s("EMAIL", dm_mail).nl("> wrote:")
        d.t("> Can you check the one for ").p(g.person().full).nl(" again? The parent sent the birth")
        d.nl("> certificate in and we have updated the DOB. Mark it as resolved if it clears.")
    if r.random() < 0.5:
        trap(d, r)
    return d


CAMERAS = ["CAM 03 Main gate", "CAM 07 Bus bay", "CAM 11 Playground (KS2)", "CAM 02 Reception",
           "CAM 14 Car park (Franklin block)", "CAM 09 Bike shelter"]


def k_cctv(g, r, ids):
    """CCTV viewing request and access log."""
    d = Doc("cctv_request_log")
    sch = School(r)
    req = g.person()
    bm = g.person()
    dpo = g.person()
    staff = [bm, dpo, g.person()]
    ini = initials_unique(staff)
    d.nl(f"{sch.name} — CCTV disclosure request & access log")
    d.nl(f"Request ref: CCTV/{r.randint(2025, 2026)}/{r.randint(10, 99)}    Received: {short_date(r)}")
    d.nl()
    v = r.randrange(3)
    if v == 0:
        d.t("Requester: PC ").p(req.full).t(f" (collar no. {r.randint(1000, 9999)}), Police Service, crime ref ").nl(f"{r.randint(10, 99)}/{r.randint(100000, 999999)}/26")
    elif v == 1:
        d.t("Requester: ").p(req.full).t(" (parent), ").addr(Addr(r), multi=False, sep=" ").nl()
    else:
        d.t("Requester: ").t(tt(r, req) + " ").p(req.surname).t(", insurer's assessor, ").s("EMAIL", parent_email(req, r)).nl()
    d.t("Contact: ").s("PHONE", phone(ids, r)).nl()
    d.nl(f"Footage requested: {r.choice(CAMERAS)}, {short_date(r)} {r.randint(7, 17):02d}:{r.randint(0, 59):02d}–{r.randint(7, 17):02d}:{r.randint(0, 59):02d}")
    m = d.mark()
    F(d, "Reason: {w} reports that a car, registration {veh}, clipped a parked vehicle "
         "{veh2} belonging to {o} during pick-up.", w=req.given if v == 1 else (None, "the requester"),
      veh=("VEHICLE", ids.vehicle()), veh2=("VEHICLE", ids.vehicle()), o=g.person().full)
    d.wrap(78, m)
    d.nl()
    d.nl()
    d.t(f"Recorder: NVR-{r.randint(1, 4)} at ").s("IP", ids.ip()).t("  (viewing client ").s("IP", ids.ip()).nl(")")
    d.nl()
    d.nl("ACCESS LOG")
    d.nl("Date        Time   By    Action")
    for _ in range(r.randint(3, 6)):
        s = r.choice(staff)
        d.t(f"{short_date(r)}  {r.randint(7, 17):02d}:{r.randint(0, 59):02d}  ").p(ini[s.full])
        d.nl(" " * (6 - len(ini[s.full])) + r.choice(["viewed footage", "exported clip to encrypted USB", "redacted faces of other pupils",
                                                      "retention hold applied", "clip released to requester"]))
    d.nl()
    d.t("Key: ")
    for i, s in enumerate(staff):
        if i:
            d.t(", ")
        d.p(ini[s.full]).t(" = ").p(s.full)
    d.nl()
    d.t("Approved by DPO ").p(dpo.full).t(" (").s("EMAIL", staff_email(dpo, sch, r)).nl(")")
    d.nl("Faces of pupils other than the subject are blurred before release. Retained 31 days.")
    if r.random() < 0.5:
        trap(d, r)
    return d


COURSES = ["Level 1 Safeguarding and Prevent refresher", "Paediatric First Aid (12 hr)", "Fire marshal",
           "Team Teach de-escalation", "Epipen and anaphylaxis", "Data protection for school staff",
           "Manual handling"]


def k_training_register(g, r, ids):
    """Staff training attendance register."""
    d = Doc("staff_training_register")
    sch = School(r)
    trainer = g.person()
    course = r.choice(COURSES)
    d.nl(f"{sch.name} — INSET attendance register")
    d.t(f"Course: {course}    Date: {day_date(r)}    Trainer: ").p(trainer.full).t(" (").t(
        r.choice(["St John Ambulance", "Storm Training Ltd", "LA Safeguarding Team", "Bishop & Page Associates"])).nl(")")
    d.nl(f"Venue: {r.choice(['Brontë House library', 'Main Hall', 'Turing House ICT suite', 'Sports Hall'])}    Start 08:45   Finish 15:30")
    d.nl()
    d.nl("No | Name                          | Role             | Signature | Email")
    people = [g.person() for _ in range(r.randint(7, 12))]
    ini = initials_unique(people)
    for i, p in enumerate(people, 1):
        d.t(f"{i:>2} | ")
        f = r.random()
        if f < 0.25:
            d.p(p.surname.upper()).t(", ").p(p.given)
            n = len(p.surname) + 2 + len(p.given)
        elif f < 0.4:
            d.t(tt(r, p) + " ").p(f"{p.initial()} {p.surname}")
            n = len(tt(r, p)) + 3 + len(p.surname) + 1
        else:
            d.p(p.full)
            n = len(p.full)
        d.t(" " * max(1, 30 - n) + f"| {r.choice(['Teacher', 'TA', 'Midday supervisor', 'Office', 'Site team', 'HLTA', 'Cover supervisor']):<16} | ")
        if r.random() < 0.15:
            d.t("ABSENT    | ")
        else:
            d.p(ini[p.full]).t(" " * (10 - len(ini[p.full])) + "| ")
        if r.random() < 0.7:
            d.s("EMAIL", staff_email(p, sch, r))
        d.nl()
    d.nl()
    d.t("Certificates to be emailed by ").p(trainer.given).nl(f". Cost £{r.randint(200, 900)} (PO {r.randint(40000, 49999)}).")
    d.t("Online module completions (log): ").nl()
    for _ in range(r.randint(1, 3)):
        p = r.choice(people)
        d.t(f"  {short_date(r)} {r.randint(16, 22)}:{r.randint(10, 59)}  ").p(p.full).t("  from ").s("IP", ids.ip()).nl(f"  score {r.randint(70, 100)}%")
    if r.random() < 0.5:
        trap(d, r)
    return d


AREAS = ["PSED", "Communication and Language", "Physical Development", "Literacy", "Mathematics",
         "Understanding the World", "Expressive Arts and Design"]


def k_learning_journal(g, r, ids):
    """Early-years learning journal observations: first names, lower case, staff initials."""
    d = Doc("eyfs_learning_journal")
    sch = School(r)
    kid = g.person()
    kids = [g.person() for _ in range(3)]
    staff = [g.person("f"), g.person()]
    ini = initials_unique(staff)
    mum = g.family(kid, "f")
    d.nl(f"{sch.name} — Nursery & Reception learning journal")
    d.t("Child: ").p(f"{kid.given} {kid.surname[0]}").t("    Key person: ").p(staff[0].given).t(" (").p(ini[staff[0].full]).nl(")")
    d.t("Date of birth: ").s("DATE_OF_BIRTH", ids.dob(2020, 2022)).nl(f"    Group: {r.choice(['Ladybirds', 'Hedgehogs', 'Fox Cubs', 'Acorns'])}")
    d.nl()
    kk = kid.given.lower() if r.random() < 0.5 else kid.given
    for _ in range(r.randint(3, 5)):
        s = r.choice(staff)
        d.nl(f"Observation — {short_date(r)} — {r.choice(AREAS)}")
        v = r.randrange(6)
        o1, o2 = r.sample(kids, 2)
        lower = r.random() < 0.6

        def body():
            n1 = o1.given.lower() if lower else o1.given
            n2 = o2.given.lower() if lower else o2.given
            if v == 0:
                F(d, "{k} and {a} built a tower with the big blocks and counted 1-12. {k} said \"mine "
                     "is bigger than {b} one\". next step: compare using taller/shorter.", k=kk, a=n1, b=n2)
            elif v == 1:
                F(d, "in the mud kitchen {k} made \"soup for {a}\" and shared the spoons. used "
                     "the word 'ingredients'. {k} waited for a turn without adult support.", k=kk, a=n1)
            elif v == 2:
                F(d, "{k} wrote the first letter of own name and then 'm' for mummy. Mark making "
                     "is becoming more controlled. Next steps: tripod grip.", k=kk)
            elif v == 3:
                F(d, "Parent voice: {m} says {k} has been singing the Storm song from assembly at "
                     "home and can now ride a balance bike.", m=mum.given if r.random() < 0.5 else (None, "mum"), k=kk)
            elif v == 4:
                F(d, "{k} was upset at drop-off; settled after 10 mins with {t}. Played with {a} "
                     "and {b} in the Summer garden.", k=kk, t=s.given, a=n1, b=n2)
            else:
                F(d, "{k} used the Bee-Bot to reach {a}'s house on the map, then helped {b} do it. "
                     "{dw} (the lollipop lady) came to talk about crossing the road.", k=kk, a=n1, b=n2,
                  dw="Dawn")
        para(d, r, body, r.randint(60, 80))
        d.t("Observer: ").p(ini[s.full]).nl()
        d.nl()
    d.t("Shared with ").p(mum.full).t(" via Tapestry-style app, ").s("EMAIL", parent_email(mum, r)).nl()
    return d


def k_survey_csv(g, r, ids):
    """Parent survey free-text comments (CSV export) and Ofsted Parent View-style answers."""
    d = Doc("parent_survey_comments")
    sch = School(r)
    teachers = [g.person() for _ in range(4)]
    d.nl(f"# {sch.name} parent survey {r.choice(['Spring', 'Summer', 'Autumn'])} 2026 — free-text export")
    d.nl("response_id,submitted,ip_address,q12_my_child_is_happy,child_name_optional,comment")
    for i in range(r.randint(7, 11)):
        d.t(f"{r.randint(100000, 999999)},{short_date(r)} {r.randint(6, 23):02d}:{r.randint(0, 59):02d},")
        d.s("IP", ids.ip()).t("," + r.choice(["Strongly agree", "Agree", "Disagree", "Strongly disagree", "Don't know"]) + ",")
        k = g.person()
        f = r.random()
        if f < 0.3:
            d.t(",")
        elif f < 0.6:
            d.p(k.given).t(",")
        elif f < 0.8:
            d.p(k.full.lower()).t(",")
        else:
            d.p(k.full).t(",")
        t = r.choice(teachers)
        v = r.randrange(8)
        kk = k.given
        if v == 0:
            d.t('"').t(tt(r, t) + " ").p(t.surname).nl(' is amazing, she really gets my daughter. Thank you!"')
        elif v == 1:
            d.t('"Homework on the app is confusing. Will you put it on paper again?"').nl()
        elif v == 2:
            d.t('"my son ').p(kk.lower()).t(" is being picked on by ").p(g.person().given.lower()).nl(' in year 5 and nothing is done"')
        elif v == 3:
            d.t('"please ring me about the trip money ').s("PHONE", phone(ids, r, "mob")).nl('"')
        elif v == 4:
            d.t('"The Summer Fair was brilliant. ').p(t.given).nl(' on the tombola was a star."')
        elif v == 5:
            d.t('"').p(t.full).t(" never replies to emails. I have written to ").s("EMAIL", f"office@{sch.domain}").nl(' three times."')
        elif v == 6:
            d.nl('"Frank discussion at parents evening, appreciated. Great Britain trip was too expensive."')
        else:
            d.t('"Parking on ').t(r.choice(STREETS)).t(" is dangerous; a white van ").s("VEHICLE", ids.vehicle()).nl(' blocks the gate daily"')
    d.nl()
    d.nl("# Parent View style summary (not published): 73% would recommend the school.")
    return d


def k_neighbour_complaint(g, r, ids):
    """Letter of complaint from a neighbour of the school."""
    d = Doc("neighbour_complaint_letter")
    sch = School(r)
    nb = g.person()
    head = g.person()
    a = Addr(r, sch.place)
    d.p(nb.full).nl()
    d.addr(a, multi=True)
    d.s("PHONE", phone(ids, r)).nl()
    d.nl()
    d.nl(fmt_date(r))
    d.nl()
    d.t("The Headteacher, ").p(head.full).nl()
    d.nl(sch.name)
    d.addr(sch.addr, multi=True)
    d.nl()
    d.t("Dear ").t(tt(r, head) + " ").p(head.surname).nl(",")
    d.nl()
    kids = [g.person() for _ in range(2)]

    def p1():
        F(d, "I am writing, again, about parents parking across my drive at {a} during "
             "pick-up. On {day} a silver car, registration {v1}, blocked me in for forty minutes "
             "and the driver was rude when I asked her to move. A grey van {v2} does the same most "
             "mornings.", a=("ADDRESS", a.lines[0]), day=(None, r.choice(['Monday', 'Tuesday', 'Thursday'])),
          v1=("VEHICLE", ids.vehicle()), v2=("VEHICLE", ids.vehicle()))
    para(d, r, p1)
    d.nl()

    def p2():
        v = r.randrange(3)
        if v == 0:
            F(d, "I also want to report two of your pupils, I believe called {k1} and {k2} "
                 "(they shout each other's names), who climbed my fence to fetch a ball and broke "
                 "my Sterling silver birdbath ornament.", k1=kids[0].given, k2=kids[1].full)
        elif v == 1:
            F(d, "Your caretaker, {c}, was helpful last time, but the Summer Fair music went on "
                 "past 9pm. My husband {h} works nights.", c=g.person("m").given, h=g.person("m").given)
        else:
            F(d, "Will you please remind parents at the Brontë House assembly? My neighbour "
                 "{n} at number {x} has had the same trouble.", n=g.person().full, x=(None, str(r.randint(1, 90))))
    para(d, r, p2)
    d.nl()
    para(d, r, lambda: F(d, "I have copied this to Councillor {c} and PCSO {p}. You can reach me "
                         "on the number above or by email at {e}.", c=g.person().surname,
                         p=g.person().full, e=("EMAIL", parent_email(nb, r))))
    d.nl()
    d.nl("Yours sincerely,")
    d.nl()
    d.p(nb.full.upper() if r.random() < 0.3 else nb.full).nl()
    if r.random() < 0.5:
        trap(d, r)
    return d


DUTY_POSTS = ["Top field", "KS1 yard", "Canteen", "Bus bay", "Library", "Gate A", "Ivy Lane gate"]


def k_duty_incident(g, r, ids):
    """Duty rota with staff initials and playground incident notes."""
    d = Doc("duty_rota_incident_notes")
    sch = School(r)
    staff = [g.person() for _ in range(r.randint(5, 7))]
    ini = initials_unique(staff)
    d.nl(f"{sch.name} — Duty rota, week beginning {day_date(r)}")
    d.nl()
    posts = r.sample(DUTY_POSTS, 4)
    d.nl("Post            | Mon | Tue | Wed | Thu | Fri")
    for post in posts:
        d.t(f"{post:<15} |")
        for _ in range(5):
            s = r.choice(staff)
            d.t(" ").p(ini[s.full]).t(" " * (4 - len(ini[s.full])) + "|")
        d.nl()
    d.nl()
    if r.random() < 0.5:
        d.nl("Staff:")
        for s in staff:
            d.t("  ").p(ini[s.full]).t("  ").p(s.full).nl()
    else:
        d.t("Initials: ")
        for i, s in enumerate(staff):
            if i:
                d.t("; ")
            d.p(ini[s.full]).t(" ").t(tt(r, s)).t(" ").p(s.surname)
        d.nl()
    d.nl()
    d.nl("PLAYGROUND INCIDENT NOTES")
    for _ in range(r.randint(3, 5)):
        s = r.choice(staff)
        k1, k2 = g.person(), g.person()
        d.t(f"{r.choice(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} {r.randint(10, 13)}:{r.randint(0, 59):02d} {r.choice(posts)} — ")
        v = r.randrange(5)
        if v == 0:
            F(d, "{a} (Y{y}) tripped on the step, graze to knee, cleaned. Mum informed at "
                 "pick-up. ({t})\n", a=k1.full, y=(None, str(r.randint(1, 6))), t=ini[s.full])
        elif v == 1:
            F(d, "{a} and {b} fell out over football; both to reflection room. {t} to speak "
                 "to class teacher.\n", a=k1.given, b=k2.given, t=ini[s.full])
        elif v == 2:
            F(d, "head bump: {a}, ice pack, letter home, mark on forehead. seen by {t}.\n",
              a=k1.given.lower(), t=ini[s.full])
        elif v == 3:
            F(d, "{a} said {b} called her a name about her hijab. Logged as prejudice-related. "
                 "{t} passed to {t2}.\n", a=k1.full, b=k2.full, t=ini[s.full], t2=ini[r.choice(staff).full])
        else:
            F(d, "Stranger at Gate A fence taking photos, white car {v}. {t} asked him to leave; "
                 "office called 101.\n", v=("VEHICLE", ids.vehicle()), t=ini[s.full])
    d.nl()
    if r.random() < 0.5:
        trap(d, r)
    return d


def k_scr(g, r, ids):
    """Single Central Record extract (staff vetting)."""
    d = Doc("single_central_record")
    sch = School(r)
    hr = g.person()
    d.nl(f"{sch.name} — Single Central Record (extract) — {r.choice(['Teaching staff', 'Support staff', 'Volunteers', 'Supply and contractors'])}")
    d.t("Printed for Ofsted by ").p(hr.full).nl(f", {short_date(r)}. URN {r.randint(100000, 149999)}.")
    d.nl()
    people = [g.person() for _ in range(r.randint(4, 6))]
    for p in people:
        d.t("Surname: ").p(p.surname.upper() if r.random() < 0.5 else p.surname).t("   Forenames: ").p(p.given).nl()
        d.t("DOB: ").s("DATE_OF_BIRTH", ids.dob(1961, 2002)).t("   NI No: ").s("NI_NUMBER", ids.ni()).nl()
        if r.random() < 0.5:
            d.t("Address: ").addr(Addr(r), multi=False, sep="  ").nl()
        d.nl(f"Role: {r.choice(['Class teacher', 'TA3', 'Midday supervisor', 'Peripatetic (violin)', 'Governor', 'Cleaner', 'Sports coach'])}   Start: {short_date(r, r.randint(2008, 2025))}")
        d.nl(f"Enhanced DBS cert no: {r.randint(1000, 1999)}{r.randint(10000000, 99999999)}   Issued: {short_date(r, r.randint(2018, 2026))}   Barred list: checked   Update service: {r.choice(['Y', 'N'])}")
        if r.random() < 0.5:
            d.nl(f"Teacher reference number: {r.randint(1000000, 9999999)}   Prohibition check: clear   s.128: n/a")
        d.t("Right to work: ").t(r.choice(["UK passport", "Share code (eVisa)", "Birth certificate + NI letter"])).t("   Checked by: ").p(initials_unique([hr])[hr.full]).nl()
        if r.random() < 0.3:
            d.t("Note: name change from ").p(f"{p.given} {g.person().surname}").nl(" (marriage certificate seen).")
        d.nl()
    d.t("Entries verified by the Chair, ").p(g.person().full).nl(". Next audit: Summer term.")
    if r.random() < 0.5:
        trap(d, r)
    return d


KINDS = [  # (function, clean count, ocr copies)
    (k_safeguarding_log, 5, 2), (k_immunisation, 5, 2), (k_music, 5, 2), (k_work_experience, 5, 2),
    (k_club_signin, 5, 2), (k_uniform, 5, 2), (k_governors_register, 5, 2), (k_remark, 5, 2),
    (k_alumni, 4, 1), (k_pta_email, 4, 0), (k_ep_referral, 5, 2), (k_census_query, 4, 0),
    (k_cctv, 5, 2), (k_training_register, 5, 2), (k_learning_journal, 5, 1), (k_survey_csv, 4, 0),
    (k_neighbour_complaint, 4, 2), (k_duty_incident, 5, 2), (k_scr, 5, 2),
]

INITIALS_WITHOUT_ACCENTS = True

assert len({g for g, _ in GIVEN}) >= 250, len(GIVEN)
assert len(set(SURNAMES)) >= 250, len(SURNAMES)


if __name__ == "__main__":
    heldout_kit.use(globals())
    sys.exit(heldout_kit.main(os.path.dirname(os.path.abspath(__file__)), __doc__.splitlines()[0]))
