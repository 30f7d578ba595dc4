#!/usr/bin/env python3
"""Sixth held-out detection set for dsar (tests/eval/heldout6).

Written blind: without reading the detector's code, word lists or rules. The
document model, wrapping, OCR noise and identifier check-digit helpers follow
the fifth set's generator; the names, places, traps and document kinds are new.
Everything is invented. Standard library only, fixed seed, deterministic.
Writes docs/0001.txt ... docs/0120.txt and labels.jsonl.

    python3 make_heldout6.py [--out DIR] [--check]
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import heldout_kit  # noqa: E402
from heldout_kit import *  # noqa: E402,F401,F403

SEED = 20261206

# ---------------------------------------------------------------- names
# (given, sex) sex: f, m, x
GIVEN = [
    # English / Welsh / Scottish / Irish
    ("Beatrice", "f"), ("Florence", "f"), ("Matilda", "f"), ("Esme", "f"), ("Freya", "f"),
    ("Archie", "m"), ("Ollie", "m"), ("Stanley", "m"), ("Jenson", "m"), ("Lewis", "m"),
    ("Iestyn", "m"), ("Llinos", "f"), ("Carys", "f"), ("Emyr", "m"), ("Branwen", "f"),
    ("Morag", "f"), ("Hamish", "m"), ("Catriona", "f"), ("Euan", "m"), ("Mhairi", "f"),
    ("Oisín", "m"), ("Saoirse", "f"), ("Róisín", "f"), ("Tadhg", "m"), ("Dearbhla", "f"),
    ("Brooklyn", "f"), ("Kacey", "f"), ("Tayler", "x"), ("Mason-Lee", "m"), ("Paige", "f"),
    # South Asian
    ("Anika", "f"), ("Vihaan", "m"), ("Jaspreet", "f"), ("Manpreet", "x"), ("Ayesha", "f"),
    ("Faisal", "m"), ("Shabnam", "f"), ("Rukhsana", "f"), ("Dev", "m"), ("Ishaan", "m"),
    ("Lakshmi", "f"), ("Tanvir", "m"), ("Sadia", "f"),
    # Eastern European
    ("Milena", "f"), ("Tomasz", "m"), ("Małgorzata", "f"), ("Radu", "m"), ("Ioana", "f"),
    ("Jelena", "f"), ("Luka", "m"), ("Žaneta", "f"), ("Dmytro", "m"), ("Anastasiia", "f"),
    ("Vojtěch", "m"), ("Réka", "f"), ("Kęstutis", "m"),
    # African / Caribbean
    ("Thandiwe", "f"), ("Kofi", "m"), ("Amara", "f"), ("Chidi", "m"), ("Nkechi", "f"),
    ("Babajide", "m"), ("Abena", "f"), ("Tendai", "x"), ("Wanjiru", "f"), ("Kwame", "m"),
    ("Precious", "f"), ("Jermaine", "m"), ("Tanisha", "f"),
    # Arabic / Somali / Turkish / Persian
    ("Omar", "m"), ("Noor", "f"), ("Fatima", "f"), ("Khalid", "m"), ("Hibaaq", "f"),
    ("Abdiqani", "m"), ("Zeynep", "f"), ("Mehmet", "m"), ("Dariush", "m"), ("Shirin", "f"),
    # East / South-East Asian
    ("Haruto", "m"), ("Mei", "f"), ("Jia Hui", "f"), ("Ji-ho", "m"), ("Seo-yeon", "f"),
    ("Quang", "m"), ("Ngọc Anh", "f"), ("Rizal", "m"), ("Maricel", "f"),
    # Latin American / Iberian / Italian
    ("Valentina", "f"), ("Santiago", "m"), ("Camila", "f"), ("Joaquín", "m"), ("Renata", "f"),
    ("Thiago", "m"), ("Graça", "f"), ("Federico", "m"), ("Begoña", "f"),
    # Nordic / German / Dutch / French
    ("Sigrid", "f"), ("Leif", "m"), ("Jürgen", "m"), ("Anneke", "f"), ("Céline", "f"),
    ("Benoît", "m"), ("Aurélie", "f"),
    # gender-neutral
    ("Charlie", "x"), ("Riley", "x"), ("Morgan", "x"), ("Jesse", "x"), ("Ashton", "x"),
]
# given names that are also English words: used only where they are names
WORD_GIVEN = [("Grace", "f"), ("Hope", "f"), ("Will", "m"), ("Rose", "f"), ("Summer", "f"),
              ("Mark", "m"), ("Bill", "m"), ("Ivy", "f"), ("Joy", "f"), ("Faith", "f"),
              ("Pearl", "f"), ("Sky", "x"), ("Ray", "m"), ("Honey", "f"), ("Chase", "m"),
              ("Patience", "f"), ("Reed", "m")]

SURNAMES = [
    "Thistlethwaite", "Ackroyd", "Blenkinsop", "Gledhill", "Entwistle", "Haworth", "Pickersgill",
    "Satterthwaite", "Bottomley", "Crowther", "Illingworth", "Nuttall",
    "Pryce", "ap Rhys", "Vaughan-Jones", "Gruffydd", "Mackintosh", "Urquhart", "MacLeod",
    "Ó Briain", "Nic Giolla Phádraig", "O'Callaghan", "Mac Giolla Bhríde", "Ní Dhomhnaill",
    "Prajapati", "Chowdhury", "Raghunathan", "Grewal", "Qureshi", "Hussain", "Banerjee",
    "Ahmed-Khan", "Menon", "Iyer",
    "Kowalczyk", "Szymańska", "Nowicki", "Ionescu", "Munteanu", "Jovanović", "Novák",
    "Kovalenko", "Šimkus", "Tóth", "Lazăr",
    "Okafor", "Dlamini", "Mwangi", "Kamara", "Owusu-Ansah", "Adebayo", "Ndlovu", "Achterberg",
    "Onyekachi", "Forbes-Lindo", "Blackwood",
    "Al-Rashid", "Abu-Bakr", "Hassan", "Farah", "Jama", "Öztürk", "Çelik", "Karimi", "Tehrani",
    "Watanabe", "Chen", "Kim", "Ng", "Lê", "Trương", "Santos-Reyes", "Wong",
    "Rodríguez", "Hernández", "Quispe", "Gutiérrez", "Peña", "da Costa", "dos Reis",
    "Bianchi", "Di Stefano", "de la Cruz",
    "van der Berg", "ten Hove", "von Bülow", "Bergström", "Halvorsen", "Schäfer",
    "Beaumont", "Delacroix", "du Plessis",
]
# surnames that are also words or places: used only where they are names
WORD_SURNAMES = ["Cook", "Fisher", "Bell", "Rice", "Young", "Sharp", "Wells", "Hall", "Gold",
                 "Bishop", "Church", "Moss", "Derby", "Kent", "Street", "Best", "Mann"]

BAD_INITIALS = {"TA", "SW", "EP", "HT", "PE", "RE", "IT", "DT", "OK", "AM", "PM", "NO", "HR",
                "GP", "PC", "IP", "DC", "DS", "MR", "MS", "ID", "UK", "YR", "SL", "LA", "CP", "IN",
                "AS", "AT", "BE", "DO", "GO", "HE", "IF", "IS", "ME", "MY", "OF", "ON", "OR",
                "SO", "TO", "UP", "US", "WE", "AN", "BY", "SA", "CC", "RE", "FW", "EH", "SS",
                "DR", "ST", "NB", "PS", "VS", "EG", "IE", "CIN", "CP", "DSL", "TAC", "SEN",
                "EHC", "FSM", "SLT", "PTO", "ASD", "ADD", "SOS", "NHS", "GCSE", "MASH", "MAS",
                "ADA", "LAC", "CAF", "YOT", "PRU", "BAM", "LOL", "OMG", "TBC", "TBA", "ETA",
                "CEO", "COO", "SMT", "AOB", "ACT", "MAT", "RIP", "ICT", "MA", "BA", "PA", "MP",
                "OT", "AI", "BC", "AD", "QC", "EV", "RA", "SU", "GT", "PT", "HE", "VE", "CV", "DOB",
                "NI", "FE", "PR", "TV", "UN", "EU"}


# ---------------------------------------------------------------- this set's places and traps
PLACES = [  # (locality, town, outward codes)
    ("Armley", "Leeds", ["LS12"]), ("Harehills", "Leeds", ["LS8", "LS9"]),
    ("Gorton", "Manchester", ["M18"]), ("Cheetham Hill", "Manchester", ["M8"]),
    ("Leyton", "London", ["E10"]), ("Brixton", "London", ["SW2", "SW9"]),
    ("Southall", "London", ["UB1", "UB2"]), ("Alum Rock", "Birmingham", ["B8"]),
    ("Highfields", "Leicester", ["LE2"]), ("Byker", "Newcastle upon Tyne", ["NE6"]),
    ("Grangetown", "Cardiff", ["CF11"]), ("Pollokshields", "Glasgow", ["G41"]),
    ("Kensington", "Liverpool", ["L7"]), ("Hyson Green", "Nottingham", ["NG7"]),
    ("Dewsbury Moor", "Dewsbury", ["WF13"]), ("Victoria Park", "Bristol", ["BS3"]),
    ("Nelson", "Lancashire", ["BB9"]), ("Florence", "Stoke-on-Trent", ["ST3"]),
    ("Clifton", "Rotherham", ["S65"]), ("Darwen", "Blackburn", ["BB3"]),
]
STREETS = ["Fennel Street", "Coronation Walk", "Rookery Lane", "Plover Close", "Weavers Row",
           "Canal Side", "Hawthorn Avenue", "Peel Street", "Gladstone Terrace", "Larch Drive",
           "Orchard Mews", "Bobbin Mill Road", "Stonecroft", "Wren Court", "Nightingale Road",
           "Heol y Nant", "St Kentigern's Place", "Cowslip Way", "Dyers Lane", "Elmfield Rise",
           "Tenter Croft", "Parsonage Street", "Siskin Gardens", "Malt Kiln Lane"]
HOUSE_NAMES = ["Honeysuckle Cottage", "Flat 4, Bramley House", "Flat 2A, Weavers Court",
               "Apartment 15, The Tannery", "The Old Forge", "1 Chapel Cottages"]
SCHOOLS = [
    ("Nelson Mandela Academy", "mandelaacademy"), ("Elizabeth Garrett Anderson School", "egaschool"),
    ("St Bede's Catholic College", "stbedes"), ("Canal Side Primary School", "canalside"),
    ("George Stephenson High School", "stephensonhigh"), ("Ysgol Glan Tâf", "glantaf"),
    ("Mary Seacole Primary Academy", "seacoleprimary"), ("Oakfield Community College", "oakfield"),
    ("Emmeline Pankhurst Girls' School", "pankhurstgirls"), ("Kirkstall Valley Academy", "kirkstallvalley"),
]
TRAPS = [
    "Year 10 are reading Great Expectations and An Inspector Calls this half term.",
    "The Churchill Room is reserved for the appeal hearings on Tuesday.",
    "Please do not park on Peel Street or outside the Darwin Building.",
    "Summer School runs from July into August; booking closes in May.",
    "Grace Darling Ward at the Royal Victoria Infirmary has asked for cards.",
    "We will mark attendance as authorised where evidence is provided.",
    "Bill the trip to the main account and mark it paid.",
    "The Joy of Maths club meets in the Faraday Lab.",
    "Pupils will rehearse Macbeth and Romeo and Juliet in the Shakespeare Studio.",
    "Hope Valley College sent their revision timetable.",
    "Staff parking at Cromwell Road is closed from Monday.",
    "The Newton Centre is used for sport when the hall floor is being sealed.",
    "Collection from Nelson bus station if the coach is late.",
    "Rose Hill Park is the meeting point for the sponsored walk.",
    "The PTA raised £260 for the Marie Curie nurses and the Teenage Cancer Trust.",
    "English, Maths, Art, Drama and Religious Studies reports are all due in June.",
    "Ivy Lane allotment club restarts after Easter.",
    "The Pearl Assurance building opposite is being demolished.",
    "Mark books are checked every Friday.",
    "The Stephenson Railway Museum trip is in March.",
]
SUBJECTS = ["English", "Maths", "Science", "French", "Spanish", "History", "Geography", "Art",
            "Music", "Drama", "Computing", "Religious Studies", "PE", "Design and Technology"]


def short_date(r):
    return f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2026"


def csvq(v):
    return f'"{v}"' if ("," in v or '"' in v) else v


def poss(name):
    return "'" if name.endswith("s") else "'s"


def letterhead(d, r, sch, with_contact=True):
    d.nl(sch.name)
    d.addr(sch.addr, multi=False, sep="  ")
    d.nl()
    if with_contact:
        d.t("Tel: ").s("PHONE", sch.phone).t("   www.").nl(sch.domain)
    d.nl()


def recipient_block(d, r, parent, child, a, upper=False):
    t = title_of(r, parent)
    if upper:
        d.t(t.upper() + " ").p(f"{parent.initial()} {parent.surname}".upper()).nl()
    elif r.random() < 0.3:
        d.t("To the parent/carer of ").p(child.full).nl()
    else:
        d.t(t + " ").p(f"{parent.given} {parent.surname}" if r.random() < 0.5 else f"{parent.initial()} {parent.surname}").nl()
    d.addr(a, multi=True, upper=upper)
    d.nl()




# ---------------------------------------------------------------- document kinds
def k_report(g, r, ids):
    """End-of-year pupil report with subject teachers' comments."""
    d = Doc("pupil_report")
    sch = School(r)
    kid = g.person()
    tutor = g.person()
    d.nl(f"{sch.name}")
    d.nl("END OF YEAR REPORT 2025–26")
    d.t("Pupil: ")
    if r.random() < 0.5:
        d.p(kid.surname.upper()).t(", ").p(kid.given)
    else:
        d.p(kid.full)
    d.t(f"    Form: {r.randint(7, 10)}{r.choice('BKLW')}    UPN: ").s("UPN", ids.upn()).nl()
    d.t("Form tutor: ").t(tt(r, tutor) + " ").p(tutor.surname).t("    Attendance: ").nl(f"{r.randint(86, 99)}.{r.randint(0, 9)}%")
    d.nl()
    teachers = [g.person() for _ in range(r.randint(4, 6))]
    ini = initials_unique(teachers)
    subs = r.sample(SUBJECTS, len(teachers))
    friend = g.person()
    k = kid.given
    for sub, t in zip(subs, teachers):
        d.nl(f"{sub.upper()}    Working at: {r.choice(['4', '5', '6-', '6', '7+', 'Secure', 'Developing'])}    Effort: {r.randint(1, 4)}")
        d.t("Teacher: ")
        if r.random() < 0.5:
            d.p(t.full).t(" [").p(ini[t.full]).nl("]")
        else:
            d.t(tt(r, t) + " ").p(t.surname).t(" (").p(ini[t.full]).nl(")")
        m = d.mark()
        v = r.randrange(6)
        if v == 0:
            F(d, "{k} has worked hard this year and {k2}" + poss(k) + " coursework on the Tudors was a "
                 "highlight. To improve, {k3} should check spelling of key words.", k=k, k2=k, k3=k)
        elif v == 1:
            F(d, "A pleasure to teach. {k} works well with {f} and often leads the group. "
                 "Will must now be revised as a modal verb before the exam.", k=k, f=friend.given)
        elif v == 2:
            F(d, "{k} is capable of more. Homework has been late several times and {k} needs to "
                 "bring the right equipment. Mark schemes are on Teams.", k=k)
        elif v == 3:
            F(d, "Excellent progress. {k} presented on Grace Darling and answered questions with "
                 "real confidence. {k} should aim for the higher paper.", k=k)
        elif v == 4:
            F(d, "{k} has settled well since joining from Hope Valley College. I would like "
                 "{k} to ask for help sooner rather than waiting.", k=k.upper() if r.random() < 0.2 else k)
        else:
            F(d, "Attainment is secure. {k} and {f} produced a strong joint project; {k} "
                 "could now take more risks with extended writing.", k=k, f=friend.full)
        d.t(" — ").p(ini[t.full])
        d.wrap(r.randint(70, 88), m)
        d.nl()
        d.nl()
    d.nl("TUTOR'S COMMENT")
    m = d.mark()
    F(d, "{k} has had a positive year in {f}. {k} has been a reliable member of the "
         "school council and helped organise the Summer Fair. Next year I would like to see "
         "{k} take part in the Duke of Edinburgh's Award.", k=k,
      f=(None, f"{r.randint(7, 10)}{r.choice('BKLW')}"))
    d.wrap(80, m)
    d.nl()
    hoy = g.person()
    d.t("Signed: ").p(tutor.full).t(" (tutor)   ").p(hoy.full).nl(" (Head of Year)")
    if r.random() < 0.5:
        trap(d, r)
    return d


def k_provision_map(g, r, ids):
    """SEN provision map: table with staff as initials and a key at the foot."""
    d = Doc("provision_map")
    sch = School(r)
    staff = [g.person() for _ in range(r.randint(3, 5))]
    ini = initials_unique(staff)
    sen = g.person()
    d.nl(f"{sch.name} — Provision Map, Spring term 2026")
    d.t("SENDCo: ").p(sen.full).t("   ").s("EMAIL", staff_email(sen, sch, r)).nl()
    d.nl()
    d.nl("Pupil                      | Yr | Need        | Provision                    | Staff | Freq        | Cost")
    for _ in range(r.randint(5, 8)):
        p = g.person()
        f = r.random()
        m = d.mark()
        if f < 0.35:
            d.p(p.surname).t(", ").p(p.given)
            n = len(p.surname) + 2 + len(p.given)
        elif f < 0.6:
            d.p(f"{p.given} {p.surname[0]}")
            n = len(p.given) + 2
        else:
            d.p(p.full.upper() if r.random() < 0.3 else p.full)
            n = len(p.full)
        d.t(" " * max(1, 27 - n) + "| ")
        d.t(f"{r.randint(3, 11):<2} | ")
        d.t(f"{r.choice(['SEMH', 'SLCN', 'SpLD', 'ASC', 'MLD', 'HI', 'SEMH/ASC']):<11} | ")
        prov = r.choice(["Lexia 3x20min", "Precision teaching", "ELSA sessions", "Speech link",
                         "Lego therapy", "Sensory circuit", "Zones of Regulation", "Toe by Toe",
                         "Nessy reading", "Talkabout group"])
        d.t(f"{prov:<28} | ")
        s = r.choice(staff)
        d.p(ini[s.full]).t(" " * (6 - len(ini[s.full])) + "| ")
        d.nl(f"{r.choice(['daily', 'weekly', '3x weekly', 'fortnightly']):<11} | £{r.randint(40, 900)}")
    d.nl()
    if r.random() < 0.5:
        d.nl("Staff key:")
        for s in staff:
            d.t("  ").p(ini[s.full]).t(" – ").p(s.full).nl(f" ({r.choice(['TA', 'HLTA', 'ELSA', 'SALT assistant', 'teacher'])})")
    else:
        d.t("Key: ")
        for i, s in enumerate(staff):
            if i:
                d.t("; ")
            d.p(s.full).t(" [").p(ini[s.full]).t("]")
        d.nl()
    d.nl("Reviewed termly with class teachers. Costs from the notional SEN budget.")
    if r.random() < 0.5:
        trap(d, r)
    return d


BEHAVIOUR = ["Late to lesson", "No homework", "Disruption", "Defiance", "Uniform", "Phone out",
             "Fighting", "Rudeness to staff", "Truancy (P5)", "Positive: helping others",
             "Positive: excellent work"]


def k_behaviour_log(g, r, ids):
    """Detention and behaviour-point export (CSV or pipe table)."""
    d = Doc("behaviour_log")
    sch = School(r)
    staff = [g.person() for _ in range(4)]
    pupils = [g.person() for _ in range(r.randint(4, 6))]
    csv = r.random() < 0.6
    d.nl(f"{sch.name} behaviour points export — week {r.randint(1, 38)}")
    if csv:
        cols = ["Date", "Pupil", "Reg", "Type", "Points", "Staff", "Detention", "Comment"]
        d.nl(",".join(cols))
    else:
        d.nl("Date       | Pupil                    | Type                 | Pts | Staff            | Note")
    for _ in range(r.randint(7, 11)):
        p = r.choice(pupils)
        s = r.choice(staff)
        typ = r.choice(BEHAVIOUR)
        pts = r.randint(1, 5) * (1 if typ.startswith("Positive") else -1)
        other = r.choice([x for x in pupils if x is not p])
        date = short_date(r)
        if csv:
            d.t(date + ",")
            if r.random() < 0.5:
                d.t('"').p(p.surname.upper()).t(", ").p(p.given).t('"')
            else:
                d.p(p.full)
            d.t(f",{r.randint(7, 11)}{r.choice('ABCD')},{typ},{pts},")
            if r.random() < 0.6:
                d.t(tt(r, s) + " ").p(s.surname)
            else:
                d.p(f"{s.given[0]}. {s.surname}")
            d.t("," + r.choice(["", "", "30 min Tue", "SLT Fri", "lunch"]) + ",")
            v = r.randrange(5)
            if v == 0:
                d.t('"pushed ').p(other.given).t(' in lunch queue, said sorry"').nl()
            elif v == 1:
                d.t("refused to move seat away from ").p(other.given.lower()).nl()
            elif v == 2:
                d.nl("will not stop talking; warned twice")
            elif v == 3:
                d.t("helped ").p(other.full).nl(" find lost blazer")
            elif v == 4 and r.random() < 0.5:
                d.t("VPN on school laptop (").s("IP", ids.ip()).t("), shared login with ").p(other.given).nl()
            else:
                d.nl("")
        else:
            d.t(f"{date} | ")
            d.p(p.full)
            d.t(" " * max(1, 25 - len(p.full)) + f"| {typ:<20} | {pts:>3} | ")
            d.t(tt(r, s) + " ").p(s.surname)
            d.t(" " * max(1, 13 - len(s.surname)) + "| ")
            if r.random() < 0.4:
                d.t("with ").p(other.given).nl(" again")
            elif r.random() < 0.2:
                d.t("proxy site from ").s("IP", ids.ip()).nl()
            else:
                d.nl(r.choice(["", "parent informed", "DT 30 min", "mark book not brought"]))
    d.nl()
    d.t("Exported by ").p(r.choice(staff).full).nl(f" {short_date(r)} 16:{r.randint(10, 59)}")
    return d


def k_trip(g, r, ids):
    """Educational visit risk assessment with staff, pupil medical list and coach."""
    d = Doc("trip_risk_assessment")
    sch = School(r)
    lead = g.person()
    staff = [g.person() for _ in range(r.randint(2, 4))]
    ini = initials_unique([lead] + staff)
    dest = r.choice(["Robin Hood's Bay", "Kielder Water", "the Jorvik Viking Centre", "Snowdonia (Plas Menai)",
                     "Whitby Abbey", "the Darwin Centre, Natural History Museum", "Lake Windermere"])
    d.nl("EDUCATIONAL VISIT — RISK ASSESSMENT (EV3)")
    d.nl(f"{sch.name}   Destination: {dest}   Date: {day_date(r)}")
    d.t("Visit leader: ").p(lead.full).t(" (").p(ini[lead.full]).t(")  mobile on the day ").s("PHONE", ids.phone("mob")).nl()
    d.t("Staff: ")
    for i, s in enumerate(staff):
        if i:
            d.t(", ")
        if r.random() < 0.5:
            d.p(ini[s.full]).t(" (").p(s.full).t(")")
        else:
            d.t(tt(r, s) + " ").p(s.surname).t(" [").p(ini[s.full]).t("]")
    d.nl()
    d.t("Coach: Lincoln Coaches Ltd, reg ").s("VEHICLE", ids.vehicle()).t(", driver ").p(g.person().full).nl()
    d.nl()
    d.nl("Hazard                 | Risk | Control                                   | By")
    for hz, ctl in r.sample([("Water's edge", "stay behind rope line, head counts"),
                             ("Road crossing", "cross at lights in pairs"),
                             ("Lost pupil", "meet at café, buddy system, lanyards"),
                             ("Weather", "check forecast, waterproofs on kit list"),
                             ("Allergies", "EpiPens carried by named staff"),
                             ("Coach travel", "seatbelts, count on and off")], 4):
        d.t(f"{hz:<22} | {r.choice(['L', 'M', 'H'])}    | {ctl:<41} | ").p(ini[r.choice([lead] + staff).full]).nl()
    d.nl()
    d.nl("Pupils with medical needs (carry this page):")
    for _ in range(r.randint(2, 4)):
        p = g.person()
        par = g.family(p)
        d.t("- ").p(p.full).t(f" ({r.choice(['Y7', 'Y8', 'Y9', 'Y10'])}) — ")
        d.t(r.choice(["asthma, blue inhaler in bag", "nut allergy, 2 EpiPens", "type 1 diabetes, pump",
                      "epilepsy, buccal midazolam"]))
        if r.random() < 0.6:
            d.t("; NHS ").s("NHS_NUMBER", ids.nhs())
        d.t("; DOB ").s("DATE_OF_BIRTH", ids.dob(2010, 2015))
        d.t("; contact ").p(par.given).t(" ").s("PHONE", ids.phone()).nl()
    d.nl()
    d.t("Approved by EVC ").p(g.person().full).nl(f" on {short_date(r)}")
    if r.random() < 0.5:
        trap(d, r)
    return d


def k_appeal(g, r, ids):
    """Parent's letter to an admissions appeal panel."""
    d = Doc("admissions_appeal")
    sch = School(r)
    kid = g.person()
    par = g.family(kid)
    sib = g.person(sex="m")
    sib.surname = kid.surname
    a = Addr(r)
    d.addr(a, multi=True)
    d.s("PHONE", ids.phone()).nl()
    d.s("EMAIL", parent_email(par, r)).nl()
    d.nl()
    d.nl("The Clerk to the Independent Appeal Panel")
    d.nl("School Admissions, Civic Centre")
    d.nl()
    d.nl(f"Appeal reference: APP/2026/{r.randint(1000, 9999)}")
    m = d.mark()
    d.t("Dear Clerk,\n\nAppeal for a Year 7 place at " + sch.name + " for my "
        + r.choice(["son", "daughter", "child"]) + " ")
    d.p(kid.full).t(" (date of birth ").s("DATE_OF_BIRTH", ids.dob(2014, 2015)).t("). ")
    d.t("We were offered a place at Oakfield Community College, which is two buses away. ")
    F(d, "{k}'s older brother {b} is already in Year 9 at the school, and the sibling criterion "
         "should have applied. ", k=kid.given, b=sib.given + " " + sib.surname if r.random() < 0.5 else sib.given)
    F(d, "Our GP, Dr {gp} at Peel Street Surgery, has written about {k}'s anxiety, and the "
         "letter is enclosed. ", gp=g.person().surname, k=kid.given)
    d.t("I work shifts at the Nightingale Road depot and cannot do two school runs. ")
    d.t("Please contact me on the number above or my husband ")
    other = g.person(sex="m")
    other.surname = kid.surname
    d.p(other.full).t(" on ").s("PHONE", ids.phone("mob")).t(". ")
    d.t("We will attend the hearing in May.")
    d.wrap(r.randint(72, 86), m)
    d.nl()
    d.nl()
    d.nl("Yours faithfully,")
    d.nl()
    d.p(par.full).nl()
    d.t("(parent of ").p(kid.given).nl(")")
    return d


def k_complaint(g, r, ids):
    """A parent's complaint and the school's reply in one thread."""
    d = Doc("complaint_and_reply")
    sch = School(r)
    kid = g.person()
    par = g.family(kid)
    teacher = g.person()
    bully = g.person()
    head = g.person()
    pe = parent_email(par, r)
    d.t("From: ").p(head.full).t(" <").s("EMAIL", staff_email(head, sch, r)).nl(">")
    d.t("To: ").s("EMAIL", pe).nl()
    d.t("Subject: RE: Formal complaint – ").p(kid.full).nl()
    d.nl()
    m = d.mark()
    d.t("Dear " + tt(r, par) + " ").p(par.surname).t(",\n\n")
    F(d, "Thank you for your letter. I have spoken with {t} and with {b}'s parents. "
         "{t2} accepts that the detention should not have been given without first hearing "
         "from {k}. The detention has been removed from {k2}'s record. ",
      t=teacher.full, b=bully.given,
      t2=teacher.given, k=kid.given, k2=kid.given)
    F(d, "Our filtering log shows the Snapchat messages were sent on the guest Wi-Fi from {ip} "
         "at 16:02, and {b} has admitted sending them. ", ip=("IP", ids.ip()), b=bully.given)
    d.t("If you remain unhappy you may ask for the complaint to go to stage 2, heard by the chair "
        "of governors, ")
    gov = g.person()
    d.t(r.choice(["Cllr", "Revd", tt(r, gov)]) + " ").p(gov.full).t(".\n\nYours sincerely\n\n")
    d.p(head.full).nl()
    d.nl("Headteacher")
    d.wrap(r.randint(70, 84), m)
    d.nl()
    d.nl("-----Original Message-----")
    d.t("From: ").p(par.full).t(" <").s("EMAIL", pe).nl(">")
    d.nl(f"Sent: {day_date(r)} 21:{r.randint(10, 59)}")
    m = d.mark()
    q = "> "
    F(d, "Dear Headteacher, I am writing to complain about how {k} was treated by {tl} {t} on "
         "Friday. {k} was kept in at lunch after {bb} pushed her into the lockers and "
         "nobody asked her side. This is the third time. I have screenshots of messages {b2} "
         "sent on Snapchat. I would like a meeting. My mobile is {ph} and our address is "
         "{ad} {pc}. " + r.choice(["", "Also the £40 trip deposit I paid by card ({card}) was taken twice. "]) + "Regards, {pn}",
      k=kid.given, tl=(None, tt(r, teacher)), t=teacher.surname, bb=bully.full,
      b2=bully.given.lower() if r.random() < 0.4 else bully.given, ph=("PHONE", ids.phone("mob")),
      ad=("ADDRESS", ", ".join((a := Addr(r)).lines)), pc=("POSTCODE", a.postcode), pn=par.given,
      card=("CARD", ids.card()))
    d.wrap(70, m)
    # quote the original message
    i = m
    d.chars.insert(i, q[0])
    d.sids.insert(i, -1)
    d.chars.insert(i + 1, q[1])
    d.sids.insert(i + 1, -1)
    j = i + 2
    while j < len(d.chars):
        if d.chars[j] == "\n":
            d.chars[j + 1:j + 1] = list(q)
            sid = d.sids[j]
            same = sid if sid >= 0 and j + 1 < len(d.sids) and d.sids[j + 1] == sid else -1
            d.sids[j + 1:j + 1] = [same, same]
            j += 3
        else:
            j += 1
    d.nl()
    return d


def k_appraisal(g, r, ids):
    """Staff appraisal notes, initials introduced as 'JS (Jane Smith)'."""
    d = Doc("appraisal_notes")
    sch = School(r)
    ape = g.person()
    apr = g.person()
    obs = g.person()
    ini = initials_unique([ape, apr, obs])
    d.nl(f"{sch.name} — Appraisal review 2025–26 (CONFIDENTIAL)")
    d.t("Appraisee: ").p(ini[ape.full]).t(" (").p(ape.full).t(")   Appraiser: ").p(ini[apr.full]).t(" (").p(apr.full).nl(")")
    d.t("Staff no. ").t(f"{r.randint(100000, 999999)}").t("   Pay point M").t(str(r.randint(2, 6)))
    if r.random() < 0.6:
        d.t("   NI ").s("NI_NUMBER", ids.ni())
    d.nl()
    d.nl()
    m = d.mark()
    F(d, "1. Objective 1 (reading across the curriculum): {a} has led the Year 8 reading "
         "programme. Observed by {o} ({on}) on {dt}; {o2} noted strong questioning. "
         "{a2} and {r2} agreed this objective is met.\n",
      a=ini[ape.full], o=ini[obs.full], on=obs.full, dt=(None, short_date(r)), o2=ini[obs.full],
      a2=ini[ape.full], r2=ini[apr.full])
    F(d, "2. Objective 2 (data): partially met. {a} to attend the Kirkstall Valley data course "
         "in June; {r2} to arrange cover.\n", a=ini[ape.full], r2=ini[apr.full])
    F(d, "3. Wellbeing: {a} raised workload around mock marking. {r2} will review the Mark "
         "book policy with {h}.\n", a=ape.given, r2=ini[apr.full], h=g.person().full)
    d.wrap(84, m)
    d.nl()
    d.t("Pay recommendation: progress to next point.  Signed ").p(ini[apr.full]).t("   ").p(ini[ape.full]).nl(f"   {short_date(r)}")
    return d


def k_access(g, r, ids):
    """Exam access arrangements record."""
    d = Doc("access_arrangements")
    sch = School(r)
    d.nl(f"{sch.name} — Access arrangements, GCSE summer 2026")
    d.nl()
    assessor = g.person()
    senco = g.person()
    for _ in range(r.randint(2, 3)):
        p = g.person()
        d.t("Candidate: ").p(p.surname.upper() + " " + p.given)
        d.t(f"   Cand. no. {r.randint(1000, 9999)}   ").t("DOB ").s("DATE_OF_BIRTH", ids.dob(2009, 2010)).nl()
        d.t("ULN ").s("ULN", ids.uln()).t("   UPN ").s("UPN", ids.upn()).nl()
        d.nl("Arrangements: " + ", ".join(r.sample(["25% extra time", "reader", "scribe",
                                                      "word processor", "rest breaks",
                                                      "separate room", "coloured overlay"], 3)))
        d.t("Form 8 assessment by ").p(assessor.full).t(f" (specialist assessor, APC {r.randint(10000, 99999)}) on ").nl(short_date(r))
        m = d.mark()
        F(d, "Evidence of need: {p} reads slowly (SS {n}) and {q}" + poss(p.given) + " handwriting speed is below "
             "average. Teachers report {p2} runs out of time in English and Religious Studies.",
          p=p.given, n=(None, str(r.randint(69, 84))), q=p.given, p2=p.given)
        d.wrap(82, m)
        d.nl()
        d.nl()
    d.t("SENCo: ").p(senco.full).t("  ").s("EMAIL", staff_email(senco, sch, r)).nl()
    return d


def k_medication(g, r, ids):
    """Medication administration record (MAR) with staff initials."""
    d = Doc("medication_record")
    sch = School(r)
    p = g.person()
    par = g.family(p)
    staff = [g.person() for _ in range(r.randint(2, 4))]
    ini = initials_unique(staff)
    d.nl(f"{sch.name} — RECORD OF MEDICINE ADMINISTERED TO AN INDIVIDUAL CHILD")
    d.t("Name of child: ").p(p.full).t("   Class: ").nl(f"{r.randint(1, 6)}{r.choice(['Willow', 'Ash', 'Oak'])}")
    d.t("Date of birth: ").s("DATE_OF_BIRTH", ids.dob(2014, 2020)).t("   NHS no: ").s("NHS_NUMBER", ids.nhs()).nl()
    d.t("GP: Dr ").p(g.person().surname).nl(", Canal Side Medical Practice")
    d.t("Parent: ").p(par.full).t("  tel ").s("PHONE", ids.phone()).nl()
    med = r.choice(["Amoxicillin 250mg/5ml", "Salbutamol 100mcg inhaler", "Methylphenidate 10mg",
                    "Cetirizine 5mg", "Movicol Paediatric"])
    d.nl(f"Medicine: {med}   Dose: {r.choice(['5ml', '2 puffs', '1 tablet', '1 sachet'])}   Time: 12:15")
    d.nl()
    d.nl("Staff signatures:")
    for s in staff:
        if r.random() < 0.5:
            d.t("  ").p(s.full).t(" — ").p(ini[s.full]).nl()
        else:
            d.t("  ").p(ini[s.full]).t(" = ").t(tt(r, s) + " ").p(s.surname).nl()
    d.nl()
    d.nl("Date       | Time  | Dose  | Given by | Witness | Notes")
    for _ in range(r.randint(5, 9)):
        a, b = r.sample(staff, 2)
        d.t(f"{short_date(r)} | 12:{r.randint(0, 30):02d} | yes   | ").p(ini[a.full]).t(" " * (9 - len(ini[a.full])) + "| ").p(ini[b.full]).t(" " * (8 - len(ini[b.full])) + "| ")
        d.nl(r.choice(["", "", "refused first, took at 12:30", "parent informed by text",
                       "spat out, not repeated", "Mark it on the weekly sheet"]))
    return d


def k_attendance_letter(g, r, ids):
    d = Doc("attendance_letter")
    sch = School(r)
    kid = g.person()
    par = g.family(kid)
    ewo = g.person()
    letterhead(d, r, sch)
    recipient_block(d, r, par, kid, Addr(r), upper=r.random() < 0.25)
    d.nl(day_date(r))
    d.nl()
    d.t("ATTENDANCE IMPROVEMENT PLAN – ").p(kid.full.upper()).t(" (UPN ").s("UPN", ids.upn()).nl(")")
    d.nl()
    m = d.mark()
    if r.random() < 0.5:
        d.t("Dear " + tt(r, par) + " ").p(par.surname).t(",\n\n")
    else:
        d.t("Dear ").p(par.full).t(",\n\n")
    F(d, "{k}'s attendance this year is {pc}%, which is below our 95% target. {k} has missed "
         "{n} sessions since September, {u} of them unauthorised. We would like to meet you "
         "with our Education Welfare Officer, {e}, on {dt} in the Churchill Room. If "
         "attendance does not improve the local authority may consider a penalty notice. "
         "Please ring {e2} on {ph} or email {em}.",
      k=kid.given, pc=(None, f"{r.randint(78, 91)}.{r.randint(0, 9)}"), n=(None, str(r.randint(14, 40))),
      u=(None, str(r.randint(3, 12))), e=ewo.full, dt=(None, day_date(r)), e2=ewo.given,
      ph=("PHONE", ids.phone()), em=("EMAIL", staff_email(ewo, sch, r)))
    d.t("\n\nYours sincerely\n\n")
    hd = g.person()
    d.p(hd.full).nl()
    d.nl("Attendance Lead")
    d.wrap(r.randint(72, 88), m)
    return d


def k_counsellor(g, r, ids):
    """Referral to the school counselling service."""
    d = Doc("counselling_referral")
    sch = School(r)
    p = g.person()
    par = g.family(p, sex="f")
    ref = g.person()
    co = g.person()
    d.nl("SCHOOL COUNSELLING SERVICE — REFERRAL FORM")
    d.nl(f"School: {sch.name}")
    d.t("Young person: ").p(p.full).t("    D.O.B. ").s("DATE_OF_BIRTH", ids.dob(2009, 2016)).nl()
    if r.random() < 0.6:
        d.t("NHS number ").s("NHS_NUMBER", ids.nhs()).nl()
    d.t("Home address: ").addr(Addr(r), multi=False, sep=", ")
    d.nl()
    d.t("Parent/carer: ").p(par.full).t(" (consent given ").t(short_date(r)).t(")  ").s("PHONE", ids.phone()).nl()
    d.t("Referred by: ").p(ref.full).t(", ").nl(r.choice(["Head of Year 9", "DSL", "form tutor", "school nurse"]))
    d.nl()
    d.nl("Reason for referral:")
    m = d.mark()
    fr = g.person()
    F(d, "{p} has been tearful in lessons since their grandfather died in January. Friends "
         "({f1} and {f2}) have told staff {p2} is not eating at lunch. {p} has asked to talk "
         "to a woman. Mum ({pm}) is supportive and has asked for sessions after "
         "half term, not in Art or Drama which {p} enjoys.",
      p=p.given, p2=p.given.lower() if r.random() < 0.3 else p.given, f1=fr.full,
      f2=g.person().given, pm=par.given)
    d.wrap(78, m)
    d.nl()
    d.nl()
    d.t("Allocated to: ").p(co.full).t(" (counsellor, Thursdays)  ").s("EMAIL", staff_email(co, sch, r)).nl()
    return d


def k_alumni_ref(g, r, ids):
    d = Doc("alumni_reference")
    sch = School(r)
    p = g.person()
    referee = g.person()
    letterhead(d, r, sch)
    d.nl(day_date(r))
    d.nl()
    d.t("Reference for ").p(p.full).t(" (former pupil, 20").nl(f"{r.randint(12, 17)}–20{r.randint(18, 24)})")
    d.nl()
    m = d.mark()
    d.t("To whom it may concern,\n\n")
    g2 = p.given
    F(d, "I taught {p} A level History and was {q}" + poss(g2) + " tutor in the sixth form. {p} was an "
         "outstanding student who organised the school's Black History Month exhibition and "
         "volunteered at the Mary Seacole Centre. Since leaving, {p2} has kept in touch with "
         "the department and spoke to our Year 12s about applying to the George Stephenson "
         "apprenticeship scheme. I can confirm {q2}" + poss(g2) + " date of birth as {dob}, National "
         "Insurance number {ni}, and that {p} has "
         "no disciplinary record with us. I recommend {p3} without reservation.",
      p=g2, q=g2, p2=p.full if r.random() < 0.5 else g2, q2=g2,
      dob=("DATE_OF_BIRTH", ids.dob(1996, 2006)), p3=g2, ni=("NI_NUMBER", ids.ni()))
    d.t("\n\nPlease contact me on ").s("PHONE", ids.phone()).t(" or at ").s("EMAIL", staff_email(referee, sch, r)).t(".\n\n")
    d.t("Yours faithfully,\n\n").p(referee.full).t("\nHead of Sixth Form")
    d.wrap(r.randint(72, 88), m)
    d.nl()
    return d


def k_club(g, r, ids):
    d = Doc("club_register")
    sch = School(r)
    club = r.choice(["Chess Club", "Coding Club (Scratch)", "Netball", "Choir", "Eco Warriors",
                     "Gardening Club", "Film Club"])
    lead = g.person()
    d.nl(f"{club.upper()} — Autumn 2 register — {sch.name}")
    d.t("Run by ").t(tt(r, lead) + " ").p(lead.surname).t(" / ").s("EMAIL", staff_email(lead, sch, r)).nl()
    d.nl()
    d.nl("Name                     Yr  w1 w2 w3 w4 w5 w6  Going home / collected by")
    for _ in range(r.randint(7, 11)):
        p = g.person()
        f = r.random()
        nm = p.full.upper() if f < 0.3 else (f"{p.given} {p.surname[0]}." if f < 0.5 else p.full)
        if f >= 0.3 and f < 0.5:
            d.p(nm[:-1]).t(".")
        else:
            d.p(nm)
        d.t(" " * max(1, 25 - len(nm)) + f"{r.randint(3, 6)}   ")
        d.t(" ".join(r.choice(["✓ ", "✓ ", "✓ ", "x ", "ab"]) for _ in range(6)) + "  ")
        v = r.random()
        if v < 0.3:
            d.nl("walks")
        elif v < 0.6:
            par = g.family(p)
            d.p(par.given).t(f" ({'mum' if par.sex == 'f' else 'dad'}) ").s("PHONE", ids.phone("mob")).nl()
        elif v < 0.7:
            par = g.family(p)
            d.t("dad – ").p(par.full).t(", car ").s("VEHICLE", ids.vehicle()).nl()
        elif v < 0.8:
            d.t("nan – ").p(g.person().full.lower() if r.random() < 0.5 else g.person().full).nl()
        else:
            d.nl("after-school club (Ivy Lane)")
    d.nl()
    d.nl("Please mark register by 3.30. Will parents collect from the Darwin Building door.")
    return d


def k_parentpay(g, r, ids):
    """ParentPay-style payment export (CSV)."""
    d = Doc("payments_export")
    sch = School(r)
    d.nl(f"# {sch.name} payments export {short_date(r)}")
    cols = ["Transaction ID", "Date", "Payer", "Pupil", "Class", "Item", "Amount", "Method",
            "Card last 4", "Notes"]
    d.nl(",".join(cols))
    for _ in range(r.randint(7, 11)):
        p = g.person()
        par = g.family(p)
        d.t(f"{ids.bad16()},{short_date(r)} {r.randint(7, 22)}:{r.randint(0, 59):02d},")
        if r.random() < 0.4:
            d.t('"').p(par.surname).t(", ").p(par.given).t('"')
        else:
            d.p(par.full)
        d.t(",")
        d.p(p.full.upper() if r.random() < 0.2 else p.full)
        d.t(f",{r.randint(1, 6)}{r.choice('ABC')},{r.choice(['Dinner money', 'Trip: Kielder', 'Breakfast club', 'Music tuition', 'Uniform'])},{r.randint(2, 95)}.{r.choice(['00', '50', '40'])},")
        v = r.random()
        if v < 0.45:
            d.nl(f"Card,{r.randint(1000, 9999)},")
        elif v < 0.7:
            d.t("Phone payment,,").t('"card ').s("CARD", ids.card()).t(" taken by ").p(g.person().given).nl('"')
        elif v < 0.85:
            d.t("Refund,,").t('"to ').s("BANK", ids.sort_code()).t(" / ").s("BANK", ids.account()).nl('"')
        else:
            d.t("PayPoint,,").t("paid at Peel Street post office by ").p(g.person().full).nl()
    return d


def k_hr_sickness(g, r, ids):
    d = Doc("hr_sickness")
    sch = School(r)
    p = g.person()
    mgr = g.person()
    d.nl(f"{sch.name} — HR SICKNESS ABSENCE RECORD (staff in confidence)")
    if r.random() < 0.5:
        d.t("Employee: ").p(p.surname.upper()).t(", ").p(p.given)
    else:
        d.t("Employee: ").p(p.full)
    d.t(f"   Payroll no. {r.randint(10000000, 99999999)}   NI no. ").s("NI_NUMBER", ids.ni()).nl()
    d.t("DOB: ").s("DATE_OF_BIRTH", ids.dob(1965, 1998)).t("   Post: ").nl(r.choice(["Teaching Assistant", "Science Technician", "Teacher of Maths", "Site Manager", "Cook"]))
    d.t("Address: ").addr(Addr(r), multi=False, sep="  ")
    d.nl()
    d.t("Line manager: ").p(mgr.full).nl()
    if r.random() < 0.6:
        d.t("Parking permit: ").s("VEHICLE", ids.vehicle()).nl(r.choice(["", " (blue Fiesta)", " — Cromwell Road car park"]))
    d.nl()
    d.nl("Start      End        Days  Reason                         Fit note")
    for _ in range(r.randint(3, 6)):
        n = r.randint(1, 12)
        reason = r.choice(["D&V", "back pain", "stress/anxiety", "COVID-19", "migraine", "surgery (knee)", "chest infection"])
        d.t(f"{short_date(r)} {short_date(r)} {n:<5} {reason:<30} ")
        if n > 7:
            d.t("Dr ").p(g.person().surname).nl(", Hyson Green Health Centre")
        else:
            d.nl("self-cert")
    d.nl()
    m = d.mark()
    ini = initials_unique([p, mgr])
    F(d, "Return to work meeting {dt}: {m} ({mi}) met {pe} ({pi}). {pi2} reported feeling "
         "better; phased return agreed for two weeks. {mi2} to refer to occupational health. "
         "Bradford factor {bf}.",
      dt=(None, short_date(r)), m=mgr.full, mi=ini[mgr.full], pe=p.given, pi=ini[p.full],
      pi2=ini[p.full], mi2=ini[mgr.full], bf=(None, str(r.randint(20, 400))))
    d.wrap(80, m)
    d.nl()
    if r.random() < 0.5:
        d.t("SSP paid to sort code ").s("BANK", ids.sort_code()).t(" account ").s("BANK", ids.account()).nl()
    return d


def k_sims_csv(g, r, ids):
    """MIS export with a varied column order."""
    d = Doc("mis_csv_export")
    sch = School(r)
    pool = ["UPN", "Legal Surname", "Legal Forename", "Preferred Name", "DOB", "Gender", "Reg",
            "Postcode", "Address", "Primary Contact", "Contact Mobile", "Contact Email", "ULN",
            "FSM", "SEN Status", "Ethnicity"]
    must = ["Legal Surname", "Legal Forename", "DOB"]
    cols = must + r.sample([c for c in pool if c not in must], r.randint(5, 8))
    r.shuffle(cols)
    sep = r.choice([",", ",", "\t"])
    d.nl(f"Report: {r.choice(['Pupil contacts', 'Census check', 'Year group list'])} ({sch.name}) run {short_date(r)}")
    d.nl(sep.join(cols))
    for _ in range(r.randint(6, 10)):
        p = g.person()
        par = g.family(p)
        a = Addr(r)
        for i, c in enumerate(cols):
            if i:
                d.t(sep)
            if c == "UPN":
                d.s("UPN", ids.upn())
            elif c == "Legal Surname":
                d.p(p.surname.upper() if r.random() < 0.3 else p.surname)
            elif c == "Legal Forename":
                d.p(p.given)
            elif c == "Preferred Name":
                if r.random() < 0.3:
                    d.p(r.choice([x for x, _ in WORD_GIVEN]))
            elif c == "DOB":
                d.s("DATE_OF_BIRTH", ids.dob(2010, 2019))
            elif c == "Gender":
                d.t(r.choice("MF"))
            elif c == "Reg":
                d.t(f"{r.randint(7, 11)}{r.choice('GHJK')}")
            elif c == "Postcode":
                d.s("POSTCODE", a.postcode)
            elif c == "Address":
                q = sep == ","
                if q:
                    d.t('"')
                d.s("ADDRESS", ", ".join(a.lines[:-1]) if len(a.lines) > 1 else a.lines[0])
                if q:
                    d.t('"')
            elif c == "Primary Contact":
                if r.random() < 0.5:
                    d.t(title_of(r, par) + " ").p(f"{par.initial()} {par.surname}")
                else:
                    d.p(par.full)
            elif c == "Contact Mobile":
                d.s("PHONE", ids.phone("mob"))
            elif c == "Contact Email":
                d.s("EMAIL", parent_email(par, r))
            elif c == "ULN":
                if r.random() < 0.7:
                    d.s("ULN", ids.uln())
            elif c == "FSM":
                d.t(r.choice(["Y", "N", "N"]))
            elif c == "SEN Status":
                d.t(r.choice(["N", "K", "E", ""]))
            elif c == "Ethnicity":
                d.t(r.choice(["WBRI", "APKN", "BAFR", "CHNE", "WPOL", "MWBC", "OTH", "REFU"]))
        d.nl()
    return d


def k_whatsapp(g, r, ids):
    """WhatsApp export of a class parents' group."""
    d = Doc("whatsapp_export")
    members = [g.person() for _ in range(r.randint(4, 6))]
    kids = {m.full: g.person() for m in members}
    for m in members:
        kids[m.full].surname = m.surname
    teacher = g.person()
    day = r.randint(1, 27)
    mon = r.randint(1, 12)
    d.nl(f"[{day:02d}/{mon:02d}/2026, 18:{r.randint(0, 9):02d}] Messages and calls are end-to-end encrypted.")
    hh = 18

    def stamp():
        nonlocal hh
        mm = r.randint(0, 59)
        hh = min(23, hh + r.choice([0, 0, 1]))
        d.t(f"[{day:02d}/{mon:02d}/2026, {hh:02d}:{mm:02d}] ")

    def who(m):
        v = r.random()
        if v < 0.15:
            d.s("PHONE", ids.phone("mob").replace("07700", "+44 7700") if r.random() < 0.5 else ids.phone("mob"))
        elif v < 0.4:
            k = kids[m.full]
            d.p(m.given).t(" (").p(k.given).t(f"{poss(k.given)} {'mum' if m.sex == 'f' else 'dad'})")
        elif v < 0.55:
            d.p(m.given.lower())
        else:
            d.p(m.full)
        d.t(": ")

    for _ in range(r.randint(8, 12)):
        m = r.choice(members)
        k = kids[m.full]
        o = kids[r.choice(members).full]
        stamp()
        who(m)
        v = r.randrange(10)
        if v == 0:
            F(d, "has anyone seen {k}'s jumper?? name label says {kl}\n", k=k.given.lower(), kl=k.full)
        elif v == 1:
            F(d, "mrs {t} said the trip money is due friday\n", t=teacher.surname.lower())
        elif v == 2:
            d.nl("<Media omitted>")
        elif v == 3:
            F(d, "{o} can come to ours after school if thats easier, we are at {a} {pc}\n",
              o=o.given.lower(), a=("ADDRESS", (a := Addr(r)).lines[0].lower() + ", " + a.lines[-1].lower()),
              pc=("POSTCODE", a.postcode.lower()))
        elif v == 4 and r.random() < 0.35:
            F(d, "can someone put £5 on the cake stall for {k}, card is {c} ill send it back lol\n",
              k=k.given.lower(), c=("CARD", ids.card()))
        elif v == 4:
            F(d, "Thanks {n}! 🙏\n", n=r.choice(members).given)
        elif v == 5:
            F(d, "whose car is {v}? blocking the gate again 😤\n", v=("VEHICLE", ids.vehicle()))
        elif v == 6:
            d.nl("This message was deleted")
        elif v == 7:
            F(d, "my number changed its {ph} now x\n", ph=("PHONE", ids.phone("mob")))
        elif v == 8:
            F(d, "will {k} be at {o}'s party on saturday? Summer said the invite went on Will's bag\n",
              k=k.given, o=o.given)
            # "Summer" and "Will's" here are classmates named Summer and Will
            txt = "".join(d.chars)
            i = txt.rfind("Summer said")
            for j in range(i, i + 6):
                d.sids[j] = len(d.cats)
            d.cats.append("PERSON")
            i = txt.rfind("Will's bag")
            for j in range(i, i + 4):
                d.sids[j] = len(d.cats)
            d.cats.append("PERSON")
        else:
            F(d, "reminder PE is tuesday and thursday now, " + ("mr " if teacher.sex == "m" else "miss ") + "{t} emailed {e}\n",
              t=teacher.given + " " + teacher.surname if r.random() < 0.5 else teacher.surname.lower(),
              e=("EMAIL", parent_email(teacher, r)))
    return d


def k_handwritten(g, r, ids):
    """Transcription of a handwritten note (phone message pad / incident note)."""
    d = Doc("handwritten_transcription")
    sch = School(r)
    p = g.person()
    par = g.family(p)
    st = g.person()
    ini = initials_unique([st])
    d.nl("[Transcription of handwritten note — original scanned to file]")
    d.nl(f"{sch.name} — While You Were Out")
    d.t("For: ").t(tt(r, st) + " ").p(st.surname).t("   Taken by: ").p(g.person().given).nl(f"   Time: {r.randint(8, 15)}.{r.randint(10, 59)}")
    d.nl()
    m = d.mark()
    F(d, "{pm} rang (mum of {k}, yr {y}) — re: [illegible] on the bus home. says a boy called "
         "{b} took {k2}'s phone & posted a video. wants a call back before 3 on {ph}. "
         "her address has changed — now {ad} {pc}. d.o.b. given as {dob} (for the ref form). "
         "[crossed out: Tues] Weds ok. " + r.choice(["Also: silver car, reg {veh}, waits by the gate at 3.15.",
                                                 "She paid the trip by card over the phone — {card} exp 09/28.",
                                                 "Dad's van {veh} will collect on Friday."]),
      pm=par.full.lower() if r.random() < 0.4 else par.full, k=p.given, y=(None, str(r.randint(5, 11))),
      b=g.person().given.lower(), k2=p.given.lower(), ph=("PHONE", ids.phone()),
      ad=("ADDRESS", ", ".join((a := Addr(r)).lines)), pc=("POSTCODE", a.postcode),
      dob=("DATE_OF_BIRTH", r.choice([f"{r.randint(1, 28)}/{r.randint(1, 12)}/{r.randint(10, 19)}", ids.dob(2010, 2019)])),
      veh=("VEHICLE", (lambda v: v.lower() if r.random() < 0.4 else v)(ids.vehicle())), card=("CARD", ids.card()))
    d.wrap(r.randint(60, 70), m)
    d.nl()
    d.nl()
    F(d, "Passed to {st} [initials: {i}] {dt}\n", st=st.full, i=ini[st.full], dt=(None, short_date(r)))
    F(d, "{i} — spoke to mum, logged on CPOMS.\n", i=ini[st.full])
    return d


def k_meeting(g, r, ids):
    """Meeting notes with initials introduced in brackets, after, or in a list at the end."""
    d = Doc("meeting_notes")
    sch = School(r)
    ppl = [g.person() for _ in range(r.randint(4, 6))]
    ini = initials_unique(ppl)
    style = r.randrange(3)
    mt = r.choice(["Pastoral team", "Curriculum committee", "Year 6 transition", "PTA committee",
                   "Health and safety walk"])
    d.nl(f"{sch.name} — {mt} meeting, {day_date(r)}")
    if style == 0:
        d.t("Present: ")
        for i, p in enumerate(ppl):
            if i:
                d.t(", ")
            d.p(p.full).t(" [").p(ini[p.full]).t("]")
        d.nl()
    elif style == 1:
        d.nl("Present:")
        for p in ppl:
            d.t("  ").p(ini[p.full]).t(" (").p(p.full).t(")").nl(r.choice(["", " – chair", " – minutes", ""]))
    else:
        d.nl(f"Present: {len(ppl)} members (see initials list below)")
    d.nl()
    pup = g.person()
    items = [
        "{a} reported that the Rose Hill Park walk raised £{n}. {b} to thank sponsors.",
        "{a} and {b} to update the lockdown procedure; {c} will check the Newton Centre doors.",
        "Concern raised by {b} about {p} (Y{y}) — attendance dropping; {a} to phone home.",
        "{c} asked whether Mark books can be collected fortnightly. Agreed.",
        "{a} will mark the Summer term calendar with the Churchill Room bookings.",
        "AOB: {b} leaving at Easter; {c} to organise a card.",
        "{a} reported guest Wi-Fi misuse from {ip} on parents' evening; {c} to change the key.",
        "{b} confirmed the CCTV on Peel Street gate shows car {veh}; {a} to write to the owner.",
    ]
    for n, it in enumerate(r.sample(items, 5), 1):
        a, b, c = r.sample(ppl, 3)
        d.t(f"{n}. ")
        F(d, it + "\n", a=ini[a.full], b=ini[b.full], c=ini[c.full], p=pup.full,
          n=(None, str(r.randint(100, 900))), y=(None, str(r.randint(7, 11))),
          ip=("IP", ids.ip()), veh=("VEHICLE", ids.vehicle()))
    d.nl()
    d.nl("Actions")
    for _ in range(3):
        a = r.choice(ppl)
        d.t("  - ").p(ini[a.full]).nl(": " + r.choice(["circulate minutes", "book room", "email families", "chase quotes"]))
    if style == 2:
        d.nl()
        d.nl("Initials used:")
        for p in ppl:
            d.t("  ").p(ini[p.full]).t(" – ").p(p.full).nl(r.choice(["", " (chair)", " (parent governor)", ""]))
    if r.random() < 0.5:
        trap(d, r)
    return d


KINDS = [  # (function, clean count, ocr copies)
    (k_report, 6, 2), (k_provision_map, 5, 2), (k_behaviour_log, 5, 2), (k_trip, 5, 2),
    (k_appeal, 4, 2), (k_complaint, 5, 2), (k_appraisal, 4, 1), (k_access, 4, 1),
    (k_medication, 5, 2), (k_attendance_letter, 5, 2), (k_counsellor, 4, 1), (k_alumni_ref, 4, 1),
    (k_club, 4, 1), (k_parentpay, 4, 2), (k_hr_sickness, 4, 2), (k_sims_csv, 6, 2),
    (k_whatsapp, 7, 0), (k_handwritten, 4, 1), (k_meeting, 5, 2),
]

INITIALS_WITHOUT_ACCENTS = True


if __name__ == "__main__":
    heldout_kit.use(globals())
    sys.exit(heldout_kit.main(os.path.dirname(os.path.abspath(__file__)), __doc__.splitlines()[0]))
