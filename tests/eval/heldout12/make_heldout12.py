#!/usr/bin/env python3
"""Twelfth held-out detection set for dsar (tests/eval/heldout12).

Written blind: without reading the detector's code, word lists or rules, or the
earlier sets' documents and generators (only heldout11's generator, for how a
generator uses heldout_kit.py; its name lists were not reused). The names,
places, schools, traps and all sixteen document kinds are new. Everything is
invented. Standard library only, fixed seed, deterministic. Writes
docs/0001.txt ... docs/0120.txt and labels.jsonl.

    python3 make_heldout12.py [--out DIR] [--check]
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import heldout_kit  # noqa: E402
from heldout_kit import *  # noqa: E402,F401,F403

SEED = 20261212

# ---------------------------------------------------------------- names
GIVEN = [
    # Yoruba
    ("Oluwaseun", "m"), ("Adebayo", "m"), ("Folasade", "f"), ("Oluwatoyin", "f"), ("Temitope", "f"),
    ("Babatunde", "m"), ("Olumide", "m"), ("Yetunde", "f"), ("Adeola", "f"), ("Ayomide", "f"),
    ("Oluwadamilare", "m"), ("Ìyanu", "f"),
    # Tajik, Kyrgyz, Turkmen, Azerbaijani
    ("Farrukh", "m"), ("Shahlo", "f"), ("Firuza", "f"), ("Jamshed", "m"), ("Aizada", "f"), ("Bakyt", "m"),
    ("Gulnara", "f"), ("Döwlet", "m"), ("Maral", "f"), ("Elnur", "m"), ("Günel", "f"), ("Aysel", "f"),
    ("Rəşad", "m"), ("Nərmin", "f"),
    # Hazara and Dari
    ("Sakina", "f"), ("Ghulam Sakhi", "m"), ("Basira", "f"), ("Mohammad Nabi", "m"), ("Hamida", "f"),
    ("Sayed Jawad", "m"), ("Marzia", "f"),
    # Uyghur
    ("Dilnur", "f"), ("Erkin", "m"), ("Mihray", "f"), ("Abdurehim", "m"), ("Gulzira", "f"), ("Ilham", "m"),
    ("Nurmemet", "m"),
    # Goan and Parsi
    ("Savio", "m"), ("Merlyn", "f"), ("Agnelo", "m"), ("Sancia", "f"), ("Joaquim", "m"), ("Cyrus", "m"),
    ("Zubin", "m"), ("Khorshed", "f"), ("Perizad", "f"), ("Rustom", "m"), ("Dinaz", "f"),
    # Chagossian and Seychellois
    ("Marie-Lise", "f"), ("Louis-Marie", "m"), ("Rosemonde", "f"), ("Lisette", "f"), ("Gervais", "m"),
    ("Jean-Hugues", "m"), ("Mariette", "f"),
    # Dinka and Nuer
    ("Achol", "f"), ("Nyandeng", "f"), ("Garang", "m"), ("Majok", "m"), ("Ayen", "f"), ("Nyibol", "f"),
    ("Gatluak", "m"), ("Nyakuoth", "f"), ("Deng", "m"),
    # Māori
    ("Aroha", "f"), ("Wiremu", "m"), ("Ngaio", "f"), ("Mere", "f"), ("Rawiri", "m"), ("Hēmi", "m"),
    ("Tama", "m"), ("Kahurangi", "f"),
    # Afrikaans
    ("Gerrit", "m"), ("Marietjie", "f"), ("Hendrik", "m"), ("Elmarie", "f"), ("Riaan", "m"),
    ("Zandré", "m"), ("Annelie", "f"),
    # Macedonian
    ("Goce", "m"), ("Biljana", "f"), ("Kiril", "m"), ("Blagoja", "m"), ("Vesna", "f"), ("Angelina", "f"),
    ("Trajče", "m"),
    # Kannada and Tulu
    ("Manjunath", "m"), ("Shilpa", "f"), ("Raghavendra", "m"), ("Pallavi", "f"), ("Kavya", "f"),
    ("Chandrashekar", "m"), ("Yashaswini", "f"),
    # Kashmiri
    ("Mehraj", "m"), ("Rafiqa", "f"), ("Showkat", "m"), ("Nighat", "f"), ("Parvaiz", "m"), ("Insha", "f"),
    # Assyrian and Chaldean
    ("Ninos", "m"), ("Shamiram", "f"), ("Ashur", "m"), ("Nahrain", "f"), ("Sargon", "m"), ("Ramina", "f"),
    # English, rarer and ordinary
    ("Ambrose", "m"), ("Leopold", "m"), ("Tabitha", "f"), ("Philippa", "f"), ("Bertram", "m"),
    ("Hester", "f"), ("Jolyon", "m"), ("Perdita", "f"), ("Crispin", "m"), ("Marigold", "f"),
    ("Horatio", "m"), ("Imogen", "f"), ("Kayden", "m"), ("Leah", "f"), ("Callum", "m"), ("Shannon", "f"),
    ("Bradley", "m"), ("Chelsea", "f"), ("Reece", "m"), ("Kirsty", "f"), ("Alfie-Jay", "m"),
    ("Lacie-Rose", "f"), ("Teddie", "x"), ("Frankie", "x"),
]
WORD_GIVEN = [("Clover", "f"), ("Bay", "m"), ("Sorrel", "f"), ("Rain", "f"), ("Noble", "m"),
              ("Bliss", "f"), ("Major", "m"), ("Penny", "f"), ("Sunday", "f"), ("Royal", "m"),
              ("Story", "f"), ("Merit", "f")]

SURNAMES = [
    "Adeyemi", "Ogunleye", "Olawale", "Akinola", "Oyebanji", "Fashola", "Adebisi-Coker", "Ogundipe",
    "Rahmonov", "Nazarova", "Sadykov", "Toktogulova", "Berdiyev", "Annaorazova", "Karimov",
    "Məmmədov", "Əliyeva", "Hüseynli", "Quliyev", "Nəsirova",
    "Rezaie", "Jafari", "Sharifi", "Yaqubi", "Rahimi", "Hazarawi",
    "Tursun", "Abdukerim", "Memtimin", "Qurban", "Ablimit",
    "Fernandes", "Menezes", "Rodrigues", "Pereira-Gomes", "D'Mello", "Wadia", "Mistry", "Bharucha",
    "Daruwalla", "Batliwala", "Vakil",
    "Talate", "Lafortune", "Labiche", "Hoareau", "Payet", "Confait", "Michaud",
    "Mabior", "Akol", "Kuol", "Ruach", "Gatkuoth", "Nyuon", "Thiik",
    "Te Whata", "Ngata", "Parata", "Te Rangi", "Tapsell", "Horomona", "Kingi",
    "van Wyk", "Botha", "Pretorius", "Coetzee", "du Toit", "Steenkamp", "Oosthuizen", "van der Merwe",
    "Trajkovski", "Stojanovska", "Nikolovski", "Petreska", "Dimitrievski", "Angelovska",
    "Gowda", "Hegde", "Kulkarni", "Shenoy", "Puttaswamy", "Shetty", "Kamath",
    "Wani", "Dar", "Mir", "Rather", "Kichloo", "Bazaz",
    "Khoshaba", "Odisho", "Yonan", "Benyamin", "Shlimon", "Warda",
    "Entwistle", "Higginbottom", "Pilkington", "Ackroyd", "Bamford", "Sowerbutts", "Cheetham",
    "Gledhill", "Whitworth", "Hargreaves", "Ollerenshaw", "Rothwell", "Fairclough", "Haworth",
]
WORD_SURNAMES = ["Tanner", "Gardener", "Butcher", "Carver", "Spicer", "Sparrow", "Chambers",
                 "Mustard", "Birch", "Goodchild", "Lone", "Engineer", "Contractor", "Strong",
                 "Hay", "Fairweather"]

NICK = {"Oluwaseun": "Seun", "Babatunde": "Tunde", "Oluwatoyin": "Toyin", "Temitope": "Tope",
        "Oluwadamilare": "Dami", "Jamshed": "Jimmy", "Abdurehim": "Rehim", "Chandrashekar": "Chandu",
        "Raghavendra": "Raghu", "Horatio": "Raz", "Philippa": "Pippa", "Bertram": "Bertie",
        "Marigold": "Goldie", "Wiremu": "Wiri", "Rawiri": "Rawi", "Kahurangi": "Kahu",
        "Marie-Lise": "Malou", "Yashaswini": "Yashu", "Sayed Jawad": "Jawad", "Ghulam Sakhi": "Sakhi",
        "Nurmemet": "Nur", "Crispin": "Cris", "Perdita": "Perdy", "Imogen": "Immy", "Zandré": "Zan"}

BAD_INITIALS = {
    "AM", "PM", "OK", "NO", "IT", "IS", "IN", "ON", "OF", "TO", "US", "UK", "GB", "BE", "BY", "DO",
    "GO", "HE", "IF", "ME", "MY", "OR", "SO", "UP", "WE", "AN", "AS", "AT", "HA", "HI", "LO", "OH",
    "PE", "RE", "DT", "PA", "TA", "HT", "DH", "SW", "EP", "GP", "PC", "DC", "DS", "PS", "MR", "MS",
    "DR", "ST", "NB", "ID", "IP", "LA", "HR", "CC", "FW", "EY", "YR", "KS", "NI", "BA", "MA", "MP",
    "CV", "FM", "PP", "TV", "PR", "QA", "HM", "AB", "DOE", "DBS", "SLT", "DSL", "SEN", "RAG", "DOB",
    "EAL", "FSM", "NHS", "ICT", "TBC", "UPN", "ULN", "MOT", "BB", "TT", "GR", "ETA", "AWOL",
}

PLACES = [
    ("Heaton Norris", "Stockport", ["SK4"]), ("Whitefield", "Bury", ["M45"]),
    ("Tonge Fold", "Bolton", ["BL2"]), ("Walkden", "Salford", ["M28"]), ("Ince-in-Makerfield", "Wigan", ["WN2", "WN3"]),
    ("Haslingden", "Rossendale", ["BB4"]), ("Thornaby", "Stockton-on-Tees", ["TS17"]),
    ("Brislington", "Bristol", ["BS4"]), ("Hounslow West", "Hounslow", ["TW4"]),
    ("Tilehurst", "Reading", ["RG30", "RG31"]), ("Swaythling", "Southampton", ["SO16", "SO18"]),
    ("Canley", "Coventry", ["CV4"]),
]
STREETS = ["Tanpit Lane", "Mule Spinners Way", "Bleachworks Road", "Carr Mill Close", "Dyehouse Row",
           "Spindle Street", "Cotton Tree Walk", "Gasworks Lane", "Waterloo Terrace", "Lodge Brow",
           "Tram Shed Mews", "Reservoir Road", "Clough Fold", "Delph Side", "Shuttle Close",
           "Beamhouse Drive", "Cobbler's Yard", "Weir Bank", "Tinker's Hill", "Heddle Way"]
HOUSE_NAMES = ["Flat 4, Spindle Court", "Flat 12C, Warp House", "Apartment 3, The Old Bleachworks",
               "Flat 1, Heddle Mews", "Flat 9, Bobbin Tower"]
SCHOOLS = [
    ("Carr Mill Primary School", "carrmill"), ("Tonge Moor Academy", "tongemoor"),
    ("St Wilfrid's CE Junior School", "stwilfrids"), ("Lodge Brow Community High", "lodgebrow"),
    ("Reservoir Road Primary", "reservoirroad"), ("Our Lady of Walsingham RC Primary", "olwalsingham"),
    ("Thornaby Vale Academy", "thornabyvale"), ("Kingsmead Free School", "kingsmeadfree"),
]
TRAPS = [
    "Clover Class are visiting the farm on Tuesday.",
    "Bikes go in Bay 4 of the shelter, not by the gate.",
    "Sorrel and wild garlic were picked on the forest school walk.",
    "Rain is forecast, so bring a coat for the field trip.",
    "Year 9 are revising the noble gases for Thursday's test.",
    "The major incident plan was reviewed by governors.",
    "A penny for your thoughts: the suggestion box is by reception.",
    "Sunday lunch at the care home was served by the choir.",
    "Royal Mail collect from the office at 3.30pm.",
    "Tanner Street is closed for gas works all week.",
    "The gardener has cut back the hedge by the nursery gate.",
    "Butcher's Row car park is free after 6pm.",
    "Sparrow Class have PE on Wednesdays.",
    "The Chambers Dictionary in the library is out of date.",
    "Mustard-yellow jumpers are not part of the uniform.",
    "Birch Wood is out of bounds until the fence is mended.",
    "The Goodchild Trophy for the most improved reader goes to Year 4.",
    "Please read the lone working policy before locking up.",
    "The structural engineer's report on the hall roof is due.",
    "All contractors must sign in at reception.",
    "Strong winds mean the marquee will not go up.",
    "Hay fever medication must be handed in at the office.",
    "Fairweather friends: the Year 6 assembly is on friendship.",
    "The Ada Lovelace Computing Suite is closed for the exam.",
    "The Mary Seacole House cup went to Year 10 this term.",
    "Wilfred Owen Poetry Prize entries close on Friday.",
    "The Alan Turing Building has the new lift.",
    "The Kathleen Ferrier Music Room needs its piano tuned.",
    "Brunel Way is the diversion while the bridge is shut.",
    "The Grace Darling Award for courage was presented at assembly.",
    "Story time in Reception is at 2.45pm.",
    "Merit stickers can be exchanged at the Friday shop.",
    "Oxfam collected the bags from the uniform exchange.",
    "The Duke of Edinburgh's Award evening is in the hall.",
]


initials_unique = initials_unique_plain


# ---------------------------------------------------------------- helpers
def phone(ids, r, kind=None):
    kind = kind or r.choice(["mob", "mob", "mob", "mob", "ldn", "lds", "man", "brs"])
    if kind == "brs":
        n = f"{r.randint(0, 999):03d}"
        return r.choice([f"0117 496 0{n}", f"(0117) 496 0{n}", f"+44 117 496 0{n}"])
    return ids.phone(kind)


def para(d, r, fn, width=None):
    m = d.mark()
    fn()
    d.wrap(width or r.randint(58, 78), m)
    d.nl()


def letterhead(d, r, sch):
    d.nl(sch.name)
    d.addr(sch.addr, multi=False, sep="  ")
    d.nl()
    d.t("Tel ").s("PHONE", sch.phone).t(" | ").s("EMAIL", f"office@{sch.domain}").nl()
    d.nl()


def reg_name(d, r, p):
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


def slug(s):
    return re.sub(r"[^a-z]", "", strip_acc(s.lower()))


def work_email(p, domain, r):
    g, s = slug(p.given), slug(p.surname)
    return r.choice([f"{g}.{s}", f"{g[0]}{s}", f"{s}.{g[0]}"]) + "@" + domain


def dob(ids, r, lo=2008, hi=2020):
    return ids.dob(lo, hi)


def said(p):
    return nick(p) or p.given


def secondary(r):
    sch = School(r)
    while not sch.name.endswith(("Academy", "High", "Free School")):
        sch = School(r)
    return sch


# ---------------------------------------------------------------- kinds
def k_supply_timesheet(g, r, ids):
    """Supply agency weekly timesheet with payroll details."""
    d = Doc("supply_timesheet")
    sch = School(r)
    agency = r.choice(["Brightpath Education", "Classlink Supply Ltd", "Tutors on Tap", "Redkite Teachers"])
    adom = slug(agency)[:12] + ".example.co.uk"
    t = g.person()
    cons = g.person()
    bm = g.person()
    d.nl(f"{agency.upper()} — WEEKLY TIMESHEET")
    d.t("Consultant: ").p(cons.full).t("  ").s("PHONE", phone(ids, r, r.choice(["ldn", "man", "lds"]))).t("  ")
    d.s("EMAIL", work_email(cons, adom, r)).nl()
    d.nl(f"Week commencing: {short_date(r)}    Booking ref: BK-{r.randint(100000, 999999)}")
    d.nl()
    d.t("SURNAME: ").p(t.surname.upper()).t("        Forename(s): ").p(t.given).nl()
    d.t("Date of birth: ").s("DATE_OF_BIRTH", ids.dob(1960, 1998)).t("    NI number: ").s("NI_NUMBER", ids.ni()).nl()
    if r.random() < 0.6:
        d.t("Home address: ").addr(Addr(r), multi=False, sep=" ").nl()
    d.t("Mobile: ").s("PHONE", phone(ids, r, "mob"))
    if r.random() < 0.7:
        d.t("   Car reg (visitor permit): ").s("VEHICLE", ids.vehicle())
    d.nl()
    d.nl(f"School: {sch.name}   Role: {r.choice(['KS2 class teacher', 'Science cover', 'HLTA', 'SEN TA', 'MFL cover'])}")
    d.nl()
    d.nl("Day        In     Out    Break  Hours  Authorised")
    keys = initials_unique([bm, g.person()])
    ki = keys[bm.full]
    for day in ["Mon", "Tue", "Wed", "Thu", "Fri"]:
        if r.random() < 0.15:
            d.nl(f"{day:<10} —      —      —      0.0    absent (agency informed)")
            continue
        a, b = r.randint(8, 9), r.randint(15, 17)
        d.t(f"{day:<10} {a:02d}:{r.choice(['00', '15', '30'])}  {b:02d}:{r.choice(['00', '15', '30'])}  0:30   {b - a - 0.5:<5}  ")
        d.p(ki).nl()
    d.nl()
    d.t("Authorised by: ").p(bm.full).t(f" ({r.choice(['Business Manager', 'Cover Manager', 'Deputy Head'])}), initials ").p(ki).nl()
    d.nl()
    d.nl("PAYROLL (PAYE via umbrella — complete only if details changed)")
    d.t("Account name: ").p(r.choice([f"{t.given[0]} {t.surname}", t.full.upper(), t.full])).nl()
    d.t("Sort code: ").s("BANK", ids.sort_code()).t("   Account no: ").s("BANK", ids.account()).nl()
    d.nl()
    def notes():
        F(d, "Notes: {g} covered {c}'s class all week. {cn} from {ag} to chase {bms} about the "
             "extra hour on {day}; {g} also ran {a} lunch club.", g=said(t), c=g.person().full,
          cn=cons.given, ag=(None, agency), bms=lc(bm.surname) if r.random() < 0.4 else bm.surname,
          day=(None, r.choice(["Tuesday", "Thursday"])), a=(None, r.choice(["the chess", "the Lego", "the choir"])))
    para(d, r, notes)
    maybe_trap(d, r, 0.6)
    return d


def k_dofe_route(g, r, ids):
    """Duke of Edinburgh expedition route card and team sheet."""
    d = Doc("dofe_route_card")
    sch = secondary(r)
    lvl = r.choice(["Bronze", "Silver", "Gold"])
    team = [g.person() for _ in range(r.randint(4, 6))]
    sup = g.person()
    assess = g.person()
    d.nl(f"{sch.name} — DofE {lvl} Expedition Route Card")
    d.nl(f"Area: {r.choice(['Peak District (White Peak)', 'Forest of Bowland', 'Yorkshire Dales', 'Brecon Beacons'])}   Dates: {short_date(r)} – {short_date(r)}")
    d.t("Supervisor: ").p(sup.full).t("  mob ").s("PHONE", phone(ids, r, "mob"))
    d.t("  vehicle ").s("VEHICLE", ids.vehicle()).nl()
    d.t("Assessor: " + tt(r, assess) + " ").p(assess.surname)
    d.t(f" ({r.choice(['AAP', 'Open Award Centre', 'LA'])}) — ")
    d.s("EMAIL", work_email(assess, "dofe-aap.example.org", r)).nl()
    d.nl()
    d.nl("TEAM")
    d.nl("No | Name | DOB | Medical | Emergency contact | Tel")
    for i, p in enumerate(team):
        par = g.family(p)
        d.t(f"{i + 1} | ")
        reg_name(d, r, p)
        d.t(" | ").s("DATE_OF_BIRTH", ids.dob(2008, 2011)).t(" | ")
        if r.random() < 0.35:
            d.t(r.choice(["asthma (inhaler)", "nut allergy, EpiPen", "T1 diabetes"]) + ", NHS ").s("NHS_NUMBER", ids.nhs())
        else:
            d.t("none")
        d.t(" | ")
        if r.random() < 0.5:
            d.t(r.choice({"f": ["Mum ", "Gran ", ""], "m": ["Dad ", "Grandad ", ""], "x": ["", "Carer "]}[par.sex])).p(par.full if r.random() < 0.6 else par.given)
        else:
            d.t(tt(r, par) + " ").p(par.surname)
        d.t(" | ").s("PHONE", phone(ids, r)).nl()
    d.nl()
    if r.random() < 0.5:
        d.nl(f"Expedition fee £{r.randint(60, 190)} — paid by card for:")
        d.t("  ").p(r.choice(team).full).t(" — ").s("CARD", ids.card()).nl(f" (phoned in by parent, {short_date(r)})")
        d.nl()
    d.nl("Leg | From (grid ref) | To (grid ref) | Dist km | Height m | Time")
    for leg in range(r.randint(3, 5)):
        d.nl(f"{leg + 1} | SK {r.randint(100, 999)} {r.randint(100, 999)} | SK {r.randint(100, 999)} {r.randint(100, 999)} "
             f"| {r.randint(2, 9)}.{r.randint(0, 9)} | {r.randint(20, 380)} | {r.randint(1, 3)}h{r.randint(0, 5)}0")
    d.nl()
    a, b = r.sample(team, 2)
    def notes():
        F(d, "Checkpoint notes: {a} and {b} navigate leg 2. {al} has the first aid kit; "
             "{bl}'s dad is dropping the tent at the campsite. Call {s} if the group is more than 45 "
             "minutes late at any checkpoint.", a=said(a), b=b.full, al=lc(a.given) if r.random() < 0.5 else a.given,
          bl=b.given, s=sup.given)
    para(d, r, notes)
    maybe_trap(d, r, 0.6)
    return d


def k_encompass(g, r, ids):
    """Operation Encompass notification from police to the DSL."""
    d = Doc("operation_encompass")
    sch = School(r)
    dsl = g.person()
    off = g.person()
    kids = [g.person() for _ in range(r.randint(1, 3))]
    for k in kids[1:]:
        k.surname = kids[0].surname if r.random() < 0.6 else k.surname
    vic = g.family(kids[0], "f")
    sus = g.person("m")
    home = Addr(r)
    d.t("From: ").p(f"{off.full}").t(" <").s("EMAIL", f"{slug(off.given)}.{slug(off.surname)}@police.example.gov.uk").nl(">")
    d.t("To: ")
    if r.random() < 0.5:
        d.p(dsl.surname).t(", ").p(dsl.given)
    else:
        d.p(dsl.full)
    d.t(" <").s("EMAIL", work_email(dsl, sch.domain, r)).nl(">")
    d.nl("Subject: OFFICIAL-SENSITIVE — Operation Encompass notification")
    d.nl()
    d.t("Good morning ").p(dsl.given).nl(",")
    d.nl()
    def body():
        d.t(f"Police attended a domestic incident at {hm(r, 18, 23)} last night at the home address of the "
            "following pupil(s) attending your school. Log ref ")
        d.t(f"{r.randint(10, 99)}{r.choice(['ENC', 'DA'])}/{r.randint(1000, 9999)}/26. The children were present ")
        d.t("and were spoken to by officers.")
    para(d, r, body, 76)
    for k in kids:
        d.t("  Child: ").p(k.surname.upper()).t(", ").p(k.given).t("   DOB ").s("DATE_OF_BIRTH", ids.dob(2012, 2021))
        if r.random() < 0.5:
            d.t("   UPN ").s("UPN", ids.upn())
        d.nl()
    d.t("  Address: ").addr(home, multi=False, sep=", ").nl()
    d.t("  Adult victim: ").p(vic.full).t(f" ({r.choice(['mother', 'mother', 'stepmother', 'grandmother'])})   ")
    d.t("Contact: ").s("PHONE", phone(ids, r, "mob")).nl()
    d.t("  Alleged perpetrator: ").p(sus.full.upper()).t(", DOB ").s("DATE_OF_BIRTH", ids.dob(1975, 1996)).nl()
    d.nl()
    def tail():
        F(d, "{v} has asked that {k} is not collected by anyone but her or {gp} this week. {su} "
             "has been bailed with conditions not to attend {add}. Please record on your "
             "safeguarding system; no reply needed unless you hold further information.",
          v=vic.given, k=kids[0].given, gp=g.person().full, su=sus.surname, add=(None, "the address"))
    para(d, r, tail, 76)
    d.nl("Kind regards")
    d.p(off.full).nl()
    d.nl(f"PC {r.randint(1000, 9999)} | Safeguarding Hub | {r.choice(['Bolton', 'Stockport', 'Wigan', 'Salford'])} District")
    d.s("PHONE", phone(ids, r, r.choice(["man", "ldn"]))).nl()
    d.nl()
    maybe_trap(d, r, 0.5)
    return d


def k_funded_childcare(g, r, ids):
    """30 hours funded childcare eligibility check and parent declaration (school nursery)."""
    d = Doc("funded_childcare_check")
    sch = School(r)
    c = g.person()
    p1 = g.family(c)
    p2 = g.person() if r.random() < 0.5 else None
    off = g.person()
    letterhead(d, r, sch)
    d.nl("NURSERY FUNDING — PARENT DECLARATION AND ELIGIBILITY CHECK (30 hours)")
    d.nl()
    d.t("Child's legal surname: ").p(c.surname.upper()).nl()
    d.t("Child's forename(s): ").p(c.given).nl()
    if nick(c):
        d.t("Known as: ").p(nick(c)).nl()
    d.t("Date of birth: ").s("DATE_OF_BIRTH", ids.dob(2021, 2023)).nl()
    d.t("Home address: ").addr(Addr(r), multi=True, indent="              ")
    d.nl()
    d.t("Parent/carer 1: ").p(p1.full).t("   NI number: ").s("NI_NUMBER", ids.ni()).nl()
    code = "".join(str(r.randint(0, 9)) for _ in range(11))
    d.nl(f"Eligibility code: {code}    Valid from: {short_date(r)}  Grace period end: {short_date(r, 2027)}")
    if p2:
        d.t("Parent/carer 2 (partner): ").p(p2.full).t("   NI number: ").s("NI_NUMBER", ids.ni()).nl()
    d.t("Contact: ").s("PHONE", phone(ids, r)).t("   ").s("EMAIL", parent_email(p1, r)).nl()
    d.nl()
    d.nl("Hours claimed at this setting: " + str(r.choice([15, 22.5, 30])) + " per week, "
         + r.choice(["term time only", "stretched (51 weeks)"]))
    d.nl("Other setting (if split): " + r.choice(["none", "Little Acorns Day Nursery", "Honeybee Childminding"]))
    d.nl()
    def note():
        F(d, "Office use: code checked on the LA portal by {o} on {dt}. {pg} brought the letter in "
             "person; {cg} starts in {cls} after half term.", o=off.full if r.random() < 0.5 else initials_unique([off])[off.full],
          dt=(None, short_date(r)), pg=lc(p1.given) if r.random() < 0.3 else p1.given, cg=c.given,
          cls=(None, r.choice(["Clover Room", "Bluebell Room", "the Nest", "Ladybirds"])))
    para(d, r, note)
    d.t("Signed: ").p(p1.full).nl(f"     Date: {short_date(r)}")
    maybe_trap(d, r, 0.5)
    return d


def k_inyear_admission(g, r, ids):
    """In-year admission application with the office's proof-of-address checklist."""
    d = Doc("in_year_admission")
    sch = School(r)
    c = g.person()
    p1 = g.family(c)
    sib = g.person()
    sib.surname = c.surname
    adm = g.person()
    letterhead(d, r, sch)
    d.nl("IN-YEAR ADMISSION APPLICATION")
    d.nl()
    d.nl("Section A — Child")
    d.t("Surname: ").p(c.surname.upper()).t("    First name: ").p(c.given).t("    Middle name: ")
    if r.random() < 0.5:
        d.p(r.choice(GIVEN)[0])
    else:
        d.t("—")
    d.nl()
    d.t("Date of birth: ").s("DATE_OF_BIRTH", ids.dob(2011, 2020)).t(f"   Year group applied for: Year {r.randint(1, 10)}").nl()
    d.t("Current / last school: ").nl(r.choice(["Sir Titus Salt Academy", "Greenbank Primary", "Isambard Brunel Junior",
                                                "home educated", "school abroad (Kabul)", "St Kentigern's RC"]))
    d.t("UPN (if known): ").s("UPN", ids.upn()).t("   ULN: ")
    if r.random() < 0.6:
        d.s("ULN", ids.uln()).nl()
    else:
        d.nl("not issued")
    d.t("Home address: ").addr(Addr(r), multi=False, sep="  Postcode: ").nl()
    d.nl()
    d.nl("Section B — Parent / carer")
    d.t("Name: " + tt(r, p1) + " ").p(p1.full).t(f"   Relationship: {'mother' if p1.sex == 'f' else 'father' if p1.sex == 'm' else 'carer'}").nl()
    d.t("Phone: ").s("PHONE", phone(ids, r)).t("   Email: ").s("EMAIL", parent_email(p1, r)).nl()
    d.t("Sibling at this school: ").p(sib.full).t(f" (Year {r.randint(1, 11)})").nl()
    d.nl()
    d.nl("Section C — Office checklist (proof of address)")
    d.nl(f"[x] Council tax bill, account {r.randint(10000000, 99999999)}")
    d.nl(f"[{r.choice(['x', ' '])}] Tenancy agreement / mortgage statement")
    d.nl(f"[x] Child benefit letter, ref CHB{r.randint(10000000, 99999999)}")
    d.t("Checked by: ").p(initials_unique([adm])[adm.full]).t(" on ").nl(short_date(r))
    d.nl()
    def notes():
        F(d, "Notes: family moved from {pl} in {m}. {pg} says {cg} was {wh}; {sg} is already in our "
             "Year {y}. Phoned {ps} school to request the CTF — spoke to {sec}.",
          pl=(None, r.choice(["Hounslow", "Thornaby", "Canley", "Kandahar", "the Seychelles", "Pretoria"])),
          m=(None, r.choice(MONTHS)), pg=p1.given, cg=c.given, wh=(None, r.choice(["bullied", "on a part-time timetable", "doing well"])),
          sg=sib.given, y=(None, str(r.randint(3, 11))), ps=(None, "the previous"), sec=g.person().full)
    para(d, r, notes)
    maybe_trap(d, r, 0.5)
    return d


def k_mentoring(g, r, ids):
    """Year 12 peer-mentor pairing list."""
    d = Doc("peer_mentoring_pairs")
    sch = secondary(r)
    lead = g.person()
    d.nl(f"{sch.name} — Sixth Form Peer Mentoring, pairings {r.choice(['autumn', 'spring'])} 2026")
    d.t("Coordinator: ").p(lead.full).t(" (").s("EMAIL", work_email(lead, sch.domain, r)).nl(")")
    d.nl()
    pairs = [(g.person(), g.person()) for _ in range(r.randint(5, 8))]
    staff = [g.person() for _ in range(2)]
    keys = initials_unique(staff)
    d.nl("Mentor (Y12)            | Mentee (Y7)             | Tutor | Focus | Contact")
    for m, e in pairs:
        reg_name(d, r, m)
        d.t(" | ")
        reg_name(d, r, e)
        d.t(f" | 7{r.choice('ABCDEFG')} | {r.choice(['reading', 'friendships', 'organisation', 'maths confidence', 'attendance'])} | ")
        d.p(keys[r.choice(staff).full]).nl()
    d.nl()
    for p in staff:
        d.p(keys[p.full]).t(" = ").p(p.full).nl()
    d.nl()
    (m1, e1), (m2, e2) = r.sample(pairs, 2)
    def notes():
        F(d, "notes: {e1} asked not to be with {x} again. {m1} is great with {e1b} — keep them. "
             "{m2}'s own attendance dipped, check with {l} before the next session. {e2} "
             "has a {w} on Thursdays so meet at lunch.", e1=lc(e1.given), x=lc(g.person().full),
          m1=m1.given, e1b=lc(e1.given), m2=m2.full, l=lead.given, e2=lc(e2.full) if r.random() < 0.5 else e2.given,
          w=(None, r.choice(["music lesson", "dentist appointment", "detention"])))
    para(d, r, notes)
    maybe_trap(d, r, 0.6)
    return d


def k_governor_election(g, r, ids):
    """Parent governor election: nominations, statements and the returning officer's result."""
    d = Doc("parent_governor_election")
    sch = School(r)
    ro = g.person()
    cands = [g.person() for _ in range(r.randint(2, 4))]
    letterhead(d, r, sch)
    d.nl(f"PARENT GOVERNOR ELECTION {r.choice(['2026', 'Autumn 2026'])} — CANDIDATE STATEMENTS")
    d.nl()
    for c in cands:
        prop = g.person()
        sec = g.person()
        d.t("Candidate: ").p(c.full.upper() if r.random() < 0.4 else c.full).nl()
        d.t("Proposed by ").p(prop.full).t(" and seconded by ").p(sec.full).nl()
        def st():
            F(d, "\"My name is {c} and my {k} {kg} is in Year {y}. I work as {job} and have lived "
                 "in {pl} for {n} years. {why}\"", c=c.full, k=(None, r.choice(["son", "daughter", "child"])),
              kg=g.person().given, y=(None, str(r.randint(1, 6))),
              job=(None, r.choice(["a practice nurse", "an accountant", "a bus driver", "a solicitor", "a chef"])),
              pl=(None, r.choice([pp[0] for pp in PLACES])), n=(None, str(r.randint(2, 20))),
              why=(None, r.choice(["I want every child to feel they belong.", "I would like to help with the budget.",
                                   "I care about SEND provision and wraparound care."])))
        para(d, r, st, r.randint(62, 76))
        d.nl()
    d.nl("RESULT")
    d.nl(f"Ballot papers issued: {r.randint(300, 700)}   Returned: {r.randint(100, 299)}   Spoilt: {r.randint(0, 9)}")
    for c in sorted(cands, key=lambda x: r.random()):
        d.t("  ")
        d.p(c.surname).t(", ").p(c.given)
        d.nl(f" .......... {r.randint(12, 160)}")
    w = cands[0]
    def res():
        F(d, "I declare {w} elected as parent governor for four years from {dt}. Signed {ro}, "
             "returning officer (clerk to governors), {rm}.", w=w.full, dt=(None, short_date(r)), ro=ro.full,
          rm=("EMAIL", work_email(ro, sch.domain, r)))
    para(d, r, res)
    maybe_trap(d, r, 0.7)
    return d


def k_tea_fund(g, r, ids):
    """Staff room tea fund and social committee ledger."""
    d = Doc("staff_tea_fund_ledger")
    sch = School(r)
    tr = g.person()
    d.nl(f"STAFF ROOM TEA FUND — {sch.name} — {r.choice(['Autumn', 'Spring', 'Summer'])} term")
    d.t("Treasurer: ").p(tr.full).t(" — pay by transfer to sort code ").s("BANK", ids.sort_code())
    d.t(" account ").s("BANK", ids.account()).t(f" (ref TEA + your initials) or cash in the tin").nl()
    d.nl()
    d.nl("Date       | Name                | In    | Out   | Note")
    people = [g.person() for _ in range(r.randint(6, 9))]
    for p in people:
        d.t(f"{short_date(r)} | ")
        f = r.random()
        if f < 0.3:
            d.p(p.full)
        elif f < 0.5:
            d.p(f"{p.given} {p.surname[0]}")
        elif f < 0.7:
            d.p(f"{p.surname.upper()} {p.given[0]}")
        else:
            d.p(nick(p) or p.given)
        amt = r.choice(["5.00", "10.00", "2.50", "15.00"])
        d.t(f" | {amt} | | ")
        d.nl(r.choice(["transfer", "cash", "cash (tin)", "paid twice, refund next term", "transfer ref TEA"]))
    for _ in range(r.randint(2, 3)):
        who = g.person()
        d.t(f"{short_date(r)} | ")
        d.p(who.given).t(" (receipt)")
        d.t(f" | | {r.randint(3, 40)}.{r.choice(['00', '49', '99'])} | ")
        d.nl(r.choice(["milk and biscuits", "Costco coffee", "flowers (get well card)", "dishwasher tablets"]).strip())
    d.nl()
    a, b = r.sample(people, 2)
    pr = {"f": "she", "m": "he", "x": "they"}[b.sex]
    def notes():
        F(d, "note from {t}: still owed by {a} and {b}. {bb} says " + pr + " paid by card at the "
             "Christmas do — card ending {ce}. leaving card for {l} is in the drawer.",
          t=lc(tr.given), a=lc(a.full), b=b.full, bb=b.given, ce=(None, f"{r.randint(1000, 9999)}"),
          l=g.person().full)
    para(d, r, notes)
    maybe_trap(d, r, 0.6)
    return d


def k_device_damage(g, r, ids):
    """Chromebook loan damage charge letter and payment slip."""
    d = Doc("device_damage_charge")
    sch = secondary(r)
    c = g.person()
    p = g.family(c)
    it = g.person()
    home = Addr(r)
    letterhead(d, r, sch)
    d.p(p.full.upper() if r.random() < 0.3 else f"{p.full}").nl()
    d.addr(home, multi=True)
    d.nl()
    d.nl(fmt_date(r))
    d.nl()
    d.t("Dear ").t(tt(r, p) + " ").p(p.surname).nl(",")
    d.nl()
    def body():
        F(d, "Re: damage to loan device — {c}, {cls}. The Chromebook loaned to {cg} (asset tag "
             "CB-{tag}, serial {ser}) was returned on {dt} with a cracked screen. Our logs show it "
             "was last signed in from {ip} the evening before. Under the device loan agreement a "
             "contribution of £{fee} is due.", c=c.full, cls=(None, f"{r.randint(7, 11)}{r.choice('KLMNRS')}"),
          cg=c.given, tag=(None, str(r.randint(10000, 99999))),
          ser=(None, "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10))),
          dt=(None, short_date(r)), ip=("IP", ids.ip()), fee=(None, r.choice(["25", "40", "60"])))
    para(d, r, body)
    d.nl()
    def body2():
        F(d, "If you would like to discuss this please contact {it} in IT support on {ph}. "
             "{cg} can borrow a spare from the library in the meantime.",
          it=it.full, ph=("PHONE", sch.phone), cg=c.given)
    para(d, r, body2)
    d.nl()
    d.nl("Yours sincerely,")
    d.nl()
    hd = g.person()
    d.p(hd.full).nl()
    d.nl("Headteacher")
    d.nl()
    d.nl("- - - - - - - - - - - - - - - - - - - - - - - - - - - -")
    d.t("PAYMENT SLIP   Pupil: ").p(f"{c.surname.upper()} {c.given}").nl()
    if r.random() < 0.8:
        d.t("Card number: ").s("CARD", ids.card()).nl(f"   Expiry: {r.randint(1, 12):02d}/{r.randint(27, 31)}")
    else:
        d.t("Paid by ParentPay, ref ").nl(str(ids.bad16()))
    d.t("Name on card / payer: ").p(p.full.upper() if r.random() < 0.5 else lc(p.full)).nl()
    maybe_trap(d, r, 0.5)
    return d


def k_travel_survey(g, r, ids):
    """School travel plan survey export (hands-up survey with postcodes)."""
    d = Doc("travel_plan_survey")
    sch = School(r)
    lead = g.person()
    d.nl(f"# {sch.name} — school travel plan survey export {short_date(r)}")
    d.t("# compiled by ").p(lead.full).t(" ; exported from ").s("IP", ids.ip()).nl()
    d.nl("pupil,class,postcode,usual_mode,would_like,comment")
    for _ in range(r.randint(7, 11)):
        p = g.person()
        f = r.random()
        if f < 0.35:
            d.t('"').p(p.surname.upper()).t(", ").p(p.given).t('"')
        elif f < 0.6:
            d.p(p.full)
        else:
            d.p(f"{p.given} {p.surname[0]}")
        pc = Addr(r).postcode.upper()
        d.t(f",{r.choice(['R', '1', '2', '3', '4', '5', '6'])}{r.choice('BGR')},").s("POSTCODE", pc).t(",")
        d.t(r.choice(["car", "walk", "scooter", "bus", "car (park and stride)", "bike"]) + ",")
        d.t(r.choice(["bike", "walk", "scooter", "car", "bus"]) + ",")
        c = r.random()
        if c < 0.25:
            gp = g.person()
            d.t("walks with ").p(lc(gp.given)).t(" and ").p(lc(g.person().given)).nl()
        elif c < 0.45:
            d.t("nan (").p(g.person("f").full).nl(") drops off")
        elif c < 0.6:
            d.t('"dad drives, reg ').s("VEHICLE", ids.vehicle()).nl(', parks on Tanpit Lane"')
        else:
            d.nl(r.choice(["", "no safe crossing", "needs bike training", "lives too far", "Bikeability booked"]))
    d.nl()
    maybe_trap(d, r, 0.7)
    return d


BAKES = ["Victoria sponge", "Bakewell tart", "Eccles cakes", "Chelsea buns", "Madeleines",
         "Charlotte russe", "Battenberg", "millionaire's shortbread", "Belgian buns", "Florentines"]


def k_bake_sale(g, r, ids):
    """PTA bake sale and non-uniform day volunteer rota."""
    d = Doc("bake_sale_rota")
    sch = School(r)
    chair = g.person()
    d.nl(f"{sch.name} PTA — {r.choice(['Macmillan coffee morning', 'Non-uniform day bake sale', 'Christmas fair cake stall'])}")
    d.t("Organiser: ").p(chair.full).t(" — texts to ").s("PHONE", phone(ids, r, "mob")).nl()
    d.nl()
    d.nl("Slot        | Volunteer                | Bringing              | Child / class")
    for _ in range(r.randint(6, 9)):
        v = g.person()
        k = g.person()
        k.surname = v.surname if r.random() < 0.7 else k.surname
        d.t(f"{hm(r, 8, 15)}       | ")
        f = r.random()
        if f < 0.3:
            d.p(lc(v.full))
        elif f < 0.55:
            d.t(tt(r, v) + " ").p(v.surname)
        elif f < 0.75:
            d.p(v.given)
            d.t(" (").p(k.given).t("'s " + ("mum" if v.sex == "f" else "dad" if v.sex == "m" else "carer") + ")")
        else:
            d.p(v.full)
        d.t(f" | {r.choice(BAKES)} | ")
        d.p(k.given).nl(f" {r.randint(1, 6)}{r.choice('ABC')}")
    d.nl()
    a = g.person()
    def notes():
        F(d, "float: {c} has the cash tin. {a} can't do {day} now — swap with {b}? "
             "anyone with nut-free bakes label them please, {k}'s class has an allergy.",
          c=lc(chair.given), a=a.full if r.random() < 0.5 else lc(a.given), day=(None, r.choice(["Friday", "the 10am slot"])),
          b=lc(g.person().full), k=g.person().given)
    para(d, r, notes)
    if r.random() < 0.6:
        po = g.person()
        d.t("Pre-order (whole cake) phoned in by ").p(po.full).t(", paid by card ").s("CARD", ids.card()).nl()
    if r.random() < 0.4:
        d.t("Card reader borrowed from ").p(g.person().full).t(", refund for float paid to ").s("BANK", ids.sort_code()).t(" ").s("BANK", ids.account()).nl()
    maybe_trap(d, r, 0.6)
    return d


def k_private_fostering(g, r, ids):
    """Private fostering notification from the school to the LA."""
    d = Doc("private_fostering_notification")
    sch = School(r)
    c = g.person()
    carer = g.person()
    par = g.family(c)
    dsl = g.person()
    d.nl("PRIVATE FOSTERING — NOTIFICATION TO CHILDREN'S SERVICES")
    d.t(f"From: {sch.name}, DSL ").p(dsl.full).t(" (").s("EMAIL", work_email(dsl, sch.domain, r)).nl(")")
    d.nl(f"Date of notification: {fmt_date(r)}")
    d.nl()
    d.t("CHILD  Surname: ").p(c.surname.upper()).t("  Forenames: ").p(c.given).nl()
    d.t("       DOB: ").s("DATE_OF_BIRTH", ids.dob(2010, 2019)).t("  NHS no: ").s("NHS_NUMBER", ids.nhs()).t("  UPN: ").s("UPN", ids.upn()).nl()
    d.t("CARER  ").p(carer.full).t(f" ({r.choice(['family friend', 'great-aunt', 'cousin', 'neighbour', 'older sibling’s partner'])})").nl()
    d.t("       Address: ").addr(Addr(r), multi=False, sep=" ").nl()
    d.t("       Tel: ").s("PHONE", phone(ids, r)).nl()
    city, cc = r.choice([("Lagos", "234"), ("Dushanbe", "992"), ("Kabul", "93"), ("Juba", "211"), ("Victoria, Mahé", "248"),
                         ("Auckland", "64"), ("Skopje", "389"), ("Bengaluru", "91"), ("Erbil", "964")])
    d.t("PARENT ").p(par.full).t(", currently in ").nl(city)
    d.t("       Tel: ").s("PHONE", "+" + cc + f" {r.randint(100, 999)} {r.randint(100, 999)} {r.randint(1000, 9999)}").nl()
    d.nl()
    def why():
        F(d, "{cg} has been living with {cf} since {m} while {pg} is abroad for {rs}. The "
             "arrangement is expected to last more than 28 days. {cn} told {t} in form time; "
             "{cg} seems settled.", cg=c.given, cf=carer.given if r.random() < 0.5 else f"{carer.full}",
          m=(None, r.choice(MONTHS)), pg=par.given, rs=(None, r.choice(["work", "a family funeral", "medical treatment", "a visa appeal"])),
          cn=c.given, t=g.person().full)
    para(d, r, why)
    d.nl(f"LA reference (office use): PF-{r.randint(10000, 99999)}   Received by: duty desk")
    maybe_trap(d, r, 0.5)
    return d


def k_aup_returns(g, r, ids):
    """ICT acceptable use agreement returns (online form export)."""
    d = Doc("aup_returns")
    sch = secondary(r)
    tech = g.person()
    d.nl(f"Acceptable Use Agreement returns — {sch.name} — Year {r.randint(7, 9)}")
    d.t("Exported by ").p(tech.full).t(" (network manager)").nl()
    d.nl()
    d.nl("Submitted           | Pupil | Username | Parent/carer signature | From IP")
    for _ in range(r.randint(6, 9)):
        k = g.person()
        pa = g.family(k)
        d.t(f"{short_date(r)} {hm(r, 6, 22)}  | ")
        reg_name(d, r, k)
        d.t(f" | {r.randint(20, 26)}{slug(k.surname)[:6]}{slug(k.given)[0]} | ")
        if r.random() < 0.3:
            d.p(lc(pa.full))
        elif r.random() < 0.5:
            d.p(pa.full.upper())
        else:
            d.p(pa.full)
        d.t(" | ").s("IP", ids.ip()).nl()
    d.nl()
    x = g.person()
    def n():
        F(d, "Outstanding: {x} ({y}'s form tutor chasing). Paper copy from {z} scanned in by {t}.",
          x=x.full, y=lc(g.person().given) if r.random() < 0.3 else g.person().given, z=g.person().full, t=tech.given)
    para(d, r, n)
    maybe_trap(d, r, 0.6)
    return d


def k_ucas_tracker(g, r, ids):
    """UCAS reference and predicted grades tracker (TSV)."""
    d = Doc("ucas_tracker")
    sch = secondary(r)
    staff = [g.person() for _ in range(3)]
    keys = initials_unique(staff)
    d.nl(f"# UCAS tracker {sch.name} — Y13 — referee key at foot")
    d.nl("ULN\tSurname\tForename\tCourse / choice 1\tPredicted\tReferee\tStatus")
    for _ in range(r.randint(6, 9)):
        p = g.person()
        if r.random() < 0.8:
            d.s("ULN", ids.uln())
        d.t("\t").p(p.surname.upper() if r.random() < 0.5 else p.surname).t("\t").p(p.given)
        d.t(f"\t{r.choice(['Medicine, Leeds', 'Law, Bristol', 'Nursing, Salford', 'Computer Science, Warwick', 'History, Durham', 'Degree apprenticeship (BAE)'])}")
        d.t(f"\t{r.choice(['A*AA', 'ABB', 'BBC', 'AAB', 'CCD', 'A*A*A'])}\t")
        d.p(keys[r.choice(staff).full])
        d.nl("\t" + r.choice(["reference drafted", "sent", "PS needs work", "awaiting predicted", "withdrawn"]))
    d.nl()
    for p in staff:
        d.t("# ").p(keys[p.full]).t(" ").p(p.full).nl()
    a = g.person()
    def n():
        F(d, "# note: {a} asked for the Ada Lovelace prize to go in the reference; {b} to "
             "check with {c} re extenuating circumstances.", a=lc(a.given), b=keys[staff[0].full], c=g.person().full)
    para(d, r, n)
    maybe_trap(d, r, 0.5)
    return d


NATIVITY = ["Mary", "Joseph", "Angel Gabriel", "Innkeeper", "Shepherd", "King", "Star", "Donkey",
            "Narrator", "Sheep", "Robin", "Christmas Tree"]


def k_nativity(g, r, ids):
    """Infant nativity cast and costume list."""
    d = Doc("nativity_costume_list")
    sch = School(r)
    t = g.person()
    d.nl(f"{sch.name} — Reception & KS1 Nativity: \"{r.choice(['The Grumpy Sheep', 'Hey Ewe!', 'A Midwife Crisis', 'Born in a Barn'])}\"")
    d.t("Costumes: ").p(t.full).t(" (Year 1) — please send in a named bag by ").nl(short_date(r))
    d.nl()
    d.nl("Part              | Child                  | Costume                       | From home?")
    for _ in range(r.randint(8, 11)):
        k = g.person()
        d.t(f"{r.choice(NATIVITY):<17} | ")
        if r.random() < 0.4:
            d.p(k.given)
        else:
            reg_name(d, r, k)
        d.t(f" | {r.choice(['tea towel + dressing gown', 'gold crown, cape', 'white sheet, tinsel halo', 'ears on headband', 'grey hoodie'])} | ")
        c = r.random()
        if c < 0.3:
            d.t("yes — ").p(lc(g.person("f").given)).nl(" (mum) sewing it")
        elif c < 0.45:
            pa = g.person()
            d.t("borrowed from ").p(f"{tt(r, pa)} {pa.surname}"[len(tt(r, pa)) + 1:] if False else pa.full).nl()
        else:
            d.nl(r.choice(["yes", "no — school box", "yes", "needs help"]))
    d.nl()
    def n():
        F(d, "The part of Mary is shared by {a} and {b}. Joseph costume is in {c}'s tray. "
             "Photos: no photography of {x} please (consent).", a=g.person("f").given, b=g.person("f").full,
          c=lc(g.person().given), x=g.person().full)
    para(d, r, n)
    maybe_trap(d, r, 0.6)
    return d


def k_food_bank(g, r, ids):
    """School referral for food bank / household support fund vouchers."""
    d = Doc("food_bank_referral")
    sch = School(r)
    fsw = g.person()
    k = g.person()
    adult = g.family(k)
    letterhead(d, r, sch)
    d.nl("FOOD BANK / HOUSEHOLD SUPPORT FUND REFERRAL")
    d.t("Referrer: ").p(fsw.full).t(" (Family Support Worker) — ").s("PHONE", phone(ids, r)).t(" — ").s("EMAIL", work_email(fsw, sch.domain, r)).nl()
    d.nl()
    d.t("Main adult: ").p(f"{adult.surname.upper()} {adult.given}").t("   DOB: ").s("DATE_OF_BIRTH", ids.dob(1978, 1999)).nl()
    d.t("Address: ").addr(Addr(r), multi=False, sep="  ").nl()
    d.t("Phone: ").s("PHONE", phone(ids, r, "mob")).t("   NI number (for HSF check): ").s("NI_NUMBER", ids.ni()).nl()
    d.nl("Children in household:")
    kids = [k] + [g.person() for _ in range(r.randint(0, 2))]
    for c in kids:
        d.t("  - ").p(c.given + (" " + adult.surname if r.random() < 0.5 else "")).t(", age ").nl(str(r.randint(2, 15)))
    d.nl()
    def n():
        F(d, "Reason: {ag}'s universal credit payment was delayed after a change of address. "
             "{kg} has been coming to breakfast club hungry. Voucher {v} issued for {fb}; "
             "{fg} will drop it round if {ag2} cannot collect.", ag=adult.given, kg=k.given,
          v=(None, f"FB{r.randint(100000, 999999)}"), fb=(None, r.choice(["Trussell Trust, Whitefield", "St Mary's Pantry", "Salvation Army Walkden"])),
          fg=lc(fsw.given) if r.random() < 0.3 else fsw.given, ag2=lc(adult.given) if r.random() < 0.3 else adult.given)
    para(d, r, n)
    maybe_trap(d, r, 0.5)
    return d


KINDS = [  # (function, clean count, ocr copies)
    (k_supply_timesheet, 6, 2), (k_dofe_route, 6, 2), (k_encompass, 6, 2), (k_funded_childcare, 6, 2),
    (k_inyear_admission, 6, 2), (k_mentoring, 6, 2), (k_governor_election, 5, 2), (k_tea_fund, 6, 2),
    (k_device_damage, 6, 2), (k_travel_survey, 6, 2), (k_bake_sale, 5, 2), (k_private_fostering, 6, 2),
    (k_aup_returns, 5, 2), (k_ucas_tracker, 5, 2), (k_nativity, 5, 1), (k_food_bank, 5, 1),
]

INITIALS_WITHOUT_ACCENTS = True


if __name__ == "__main__":
    heldout_kit.use(globals())
    sys.exit(heldout_kit.main(os.path.dirname(os.path.abspath(__file__)), __doc__.splitlines()[0]))
