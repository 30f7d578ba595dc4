#!/usr/bin/env python3
"""Fifth held-out detection set for dsar (tests/eval/heldout5).

Written blind: without reading the detector's code, word lists or rules, or the
earlier generators. Everything is invented. Standard library only, fixed seed,
deterministic. Writes docs/0001.txt ... docs/0120.txt and labels.jsonl.

    python3 make_heldout5.py [--out DIR] [--check]
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import heldout_kit  # noqa: E402
from heldout_kit import *  # noqa: E402,F401,F403

SEED = 20261205

# ---------------------------------------------------------------- names
# (given, sex) sex: f, m, x
GIVEN = [
    # English / Welsh / Scottish / Irish
    ("Olivia", "f"), ("Harriet", "f"), ("Eleanor", "f"), ("Poppy", "f"), ("Imogen", "f"),
    ("Callum", "m"), ("Alfie", "m"), ("Reuben", "m"), ("Toby", "m"), ("Harvey", "m"),
    ("Gethin", "m"), ("Rhiannon", "f"), ("Cerys", "f"), ("Dafydd", "m"), ("Siân", "f"),
    ("Eilidh", "f"), ("Ruaridh", "m"), ("Iona", "f"), ("Fionnuala", "f"), ("Cian", "m"),
    ("Aoife", "f"), ("Pádraig", "m"), ("Niamh", "f"), ("Seánna", "f"), ("Caoimhe", "f"),
    ("Kayleigh", "f"), ("Jayden", "m"), ("Tyler", "m"), ("Demi-Leigh", "f"), ("Lacey", "f"),
    # South Asian
    ("Aarav", "m"), ("Priyanka", "f"), ("Harpreet", "f"), ("Gurdeep", "m"), ("Zainab", "f"),
    ("Imran", "m"), ("Nusrat", "f"), ("Tahmina", "f"), ("Rohan", "m"), ("Saanvi", "f"),
    ("Arjun", "m"), ("Farhana", "f"), ("Mehreen", "f"), ("Bilal", "m"),
    # Polish / Eastern European
    ("Zofia", "f"), ("Jakub", "m"), ("Wojciech", "m"), ("Agnieszka", "f"), ("Bartłomiej", "m"),
    ("Ștefania", "f"), ("Mihai", "m"), ("Dovydas", "m"), ("Eglė", "f"), ("Oleksandr", "m"),
    ("Kateřina", "f"), ("Ádám", "m"), ("Bogdana", "f"),
    # West African / Caribbean
    ("Chiamaka", "f"), ("Oluwaseun", "m"), ("Adaeze", "f"), ("Kwabena", "m"), ("Efua", "f"),
    ("Tobenna", "m"), ("Folasade", "f"), ("Yaw", "m"), ("Shantelle", "f"), ("Delroy", "m"),
    ("Marcia", "f"), ("Kemar", "m"),
    # Arabic / Somali / Turkish / Kurdish
    ("Yousef", "m"), ("Mariam", "f"), ("Hamza", "m"), ("Layla", "f"), ("Abdirahman", "m"),
    ("Hodan", "f"), ("Ayaan", "f"), ("Emre", "m"), ("Elif", "f"), ("Çağla", "f"), ("Rojda", "f"),
    # Chinese / Vietnamese / other East Asian
    ("Wei", "m"), ("Xinyi", "f"), ("Zihan", "x"), ("Minh", "m"), ("Thảo", "f"), ("Hyun-woo", "m"),
    ("Yuki", "f"),
    # Southern European / Latin American / Portuguese
    ("Matías", "m"), ("Inês", "f"), ("João", "m"), ("Giulia", "f"), ("Lorenzo", "m"),
    ("Ximena", "f"), ("Nuno", "m"),
    # Nordic / German / Dutch / French
    ("Søren", "m"), ("Åsa", "f"), ("Jörg", "m"), ("Maartje", "f"), ("Hélène", "f"), ("Loïc", "m"),
    ("Noémie", "f"),
    # gender-neutral
    ("Sasha", "x"), ("Robin", "x"), ("Alex", "x"), ("Jordan", "x"), ("Rowan", "x"),
]
# given names that are also English words: used only where they are names
WORD_GIVEN = [("Will", "m"), ("Mark", "m"), ("Grace", "f"), ("Hope", "f"), ("Summer", "f"),
              ("Rose", "f"), ("Hunter", "m"), ("Frank", "m"), ("Ivy", "f"), ("Autumn", "f"),
              ("Sonny", "m"), ("Dawn", "f")]

SURNAMES = [
    "Whitfield", "Ashworth", "Pemberton", "Hargreaves", "Threlfall", "Sowerby", "Greenhalgh",
    "Ellwood", "Kettlewell", "Postlethwaite", "Fothergill", "Maddox",
    "Prydderch", "ap Gwilym", "Llewelyn", "Rhys-Evans", "MacAulay", "McCrindle", "Drummond",
    "Ó Súilleabháin", "Ní Mhaoláin", "O'Driscoll", "O’Keeffe", "Mac an tSaoi", "Breathnach",
    "Chaudhry", "Siddiqui", "Bhattacharya", "Sandhu", "Chakraborty", "Mirza", "Rahman",
    "Begum", "Uddin", "Venkataraman", "Kapoor", "Dhillon",
    "Wiśniewska", "Grabowski", "Zając", "Lewandowska", "Woźniak", "Popescu", "Țăranu",
    "Kazlauskas", "Petrenko", "Dvořák", "Horváth", "Bondarenko",
    "Okonkwo", "Adeyemi", "Oyelowo-Bright", "Mensah", "Asante", "Boateng", "Eze", "Nwachukwu",
    "Campbell-Reid", "McKenzie", "Grant", "Ferguson-Hall",
    "Al-Amin", "Haddad", "el-Khoury", "Abdullahi", "Warsame", "Yıldız", "Şahin", "Aydın",
    "Barzani",
    "Zhao", "Huang", "Lin", "Tran", "Phạm", "Nguyễn", "Park", "Takahashi",
    "de Souza", "da Silva", "dos Santos", "Ferreira", "Esposito", "De Luca", "García-Márquez",
    "van den Broek", "de Vries", "von Aschenbach", "Lindqvist", "Østergaard", "Müller",
    "Lefèvre", "Dubois", "le Roux",
]
# surnames that are also words or places: used only where they are names
WORD_SURNAMES = ["Marsh", "Bishop", "Church", "Hill", "Stone", "Brook", "Field", "Baker", "Lane",
                 "Wood", "Moss", "Hope", "Chester", "Lincoln"]

BAD_INITIALS = {"TA", "SW", "EP", "HT", "PE", "RE", "IT", "DT", "OK", "AM", "PM", "NO", "HR",
                "GP", "PC", "IP", "DC", "DS", "MR", "MS", "ID", "UK", "YR", "SL", "LA", "CP", "IN",
                "AS", "AT", "BE", "DO", "GO", "HE", "IF", "IS", "ME", "MY", "OF", "ON", "OR",
                "SO", "TO", "UP", "US", "WE", "AN", "BY", "SA", "CC", "RE", "FW", "EH", "SS",
                "DR", "ST", "NB", "PS", "VS", "EG", "IE", "CIN", "CP", "DSL", "TAC", "SEN",
                "EHC", "FSM", "SLT", "PTO", "ASD", "ADD", "SOS", "NHS", "GCSE", "MASH", "MAS",
                "ADA", "LAC", "CAF", "YOT", "PRU", "BAM", "LOL", "OMG", "TBC", "TBA", "ETA",
                "CEO", "COO", "SMT", "AOB", "ACT", "MAT", "RIP", "ICT"}


# ---------------------------------------------------------------- this set's places and traps
PLACES = [  # (locality, town, outward codes)
    ("Headingley", "Leeds", ["LS6", "LS4"]), ("Beeston", "Leeds", ["LS11"]),
    ("Chapeltown", "Leeds", ["LS7"]), ("Rusholme", "Manchester", ["M14"]),
    ("Levenshulme", "Manchester", ["M19"]), ("Moss Side", "Manchester", ["M16"]),
    ("Walthamstow", "London", ["E17"]), ("Peckham", "London", ["SE15"]),
    ("Tottenham", "London", ["N17", "N15"]), ("Sparkbrook", "Birmingham", ["B11", "B12"]),
    ("Manningham", "Bradford", ["BD8"]), ("Heaton", "Newcastle upon Tyne", ["NE6"]),
    ("Splott", "Cardiff", ["CF24"]), ("Govanhill", "Glasgow", ["G42"]),
    ("Toxteth", "Liverpool", ["L8"]), ("Sneinton", "Nottingham", ["NG2"]),
    ("Lockwood", "Huddersfield", ["HD1", "HD4"]), ("Stanley", "Wakefield", ["WF3"]),
    ("Shirley", "Southampton", ["SO15"]), ("Washington", "Tyne and Wear", ["NE37", "NE38"]),
]

STREETS = ["Heron Way", "Foundry Lane", "Mafeking Terrace", "Sycamore Close", "Tannery Row",
           "Quarry Bank", "Beechwood Avenue", "Lapwing Drive", "Cobden Street", "Harrow Gardens",
           "Ropewalk", "Kestrel Mews", "Wharf Road", "Ashgrove", "Linnet Court", "Moorfield Road",
           "St Ninian's Crescent", "Ffordd y Felin", "Clover Walk", "Spinners Way", "Bramble Rise",
           "Granary Yard", "Alder Grove", "Rectory Lane", "Pit Row", "Cotton Street"]

HOUSE_NAMES = ["The Laurels", "Rose Cottage", "Flat 3, Ashby House", "Flat 12B, Cedar Court",
               "Apartment 7, The Old Mill", "2 Bank Cottages"]

SCHOOLS = [  # name, domain stem, place index
    ("Wilberforce High School", "wilberforce"), ("Brontë Academy", "bronteacademy"),
    ("St Cuthbert's RC High School", "stcuthberts"), ("Moorside Community School", "moorside"),
    ("Thomas Bewick Primary School", "bewickprimary"), ("Heron Vale Academy", "heronvale"),
    ("Sir John Franklin College", "franklincollege"), ("Ada Lovelace CE Primary", "lovelaceprimary"),
    ("Kingsmead Academy", "kingsmead"), ("Ysgol Gyfun Cwm Derw", "cwmderw"),
]

TRAPS = [
    "We will mark the mock papers over half term and return them in May.",
    "Please remember the Summer term starts on Monday.",
    "The rose garden by the Brontë Building is out of bounds while the fence is repaired.",
    "Hope Street will be closed for resurfacing, so drop-off is on Mill Lane.",
    "Year 9 will visit Chester Zoo and the Lincoln Castle walls on separate days.",
    "The Duke of Edinburgh's Award expedition leaves from the Marsh Lane car park.",
    "Our sponsored walk raised money for the Marie Curie Hospice and Barnardo's.",
    "Mark schemes for English, French and Religious Studies are on the shared drive.",
    "A two-week grace period applies to library fines.",
    "Families can claim through the Florence Nightingale Trust's hardship fund.",
    "The coach leaves for Washington Wetland Centre at 8.30.",
    "Will you check the Victoria sponge order for Friday?",
    "The Edith Wainwright Suite and the Nightingale Room are booked for the review.",
    "Bill payers should use the ParentPay link.",
    "Drop-off is at Stanley bus station when the road is flooded.",
    "Ofsted visited in June and the report will be published in August.",
    "The Amber Room is being used for exams in the morning.",
    "Dawn chorus walk (Year 5) is cancelled because of the forecast.",
    "We raised £312 for the Ronald McDonald House charity.",
    "The Grace Darling house team won the quiz.",
]

# ---------------------------------------------------------------- document kinds
def k_chat(g, r, ids):
    """Teams / chat export with display names, @mentions, lower-case names."""
    d = Doc("chat_export")
    sch = School(r)
    staff = [g.person() for _ in range(r.randint(3, 5))]
    pupil = g.person(word_ok=True)
    parent = g.family(pupil)
    rel = "mum" if parent.sex == "f" else "dad"
    chan = r.choice(["Year 9 Pastoral", "KS3 Team", "Safeguarding (restricted)", "SEN Team",
                     "Science Department", "Attendance & Welfare"])
    d.nl(f"Microsoft Teams chat export — {chan}")
    d.t(f"Exported {fmt_date(r)} by ").p(staff[0].full).t(" (").s("EMAIL", staff_email(staff[0], sch, r)).nl(")")
    d.t("Participants: ")
    for i, s in enumerate(staff):
        if i:
            d.t("; ")
        if r.random() < 0.4:
            d.p(s.surname).t(", ").p(s.given)
        else:
            d.p(s.full)
    d.nl().nl()
    h, m = 8, r.randint(0, 30)
    date = f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2026"
    style = r.choice(["bracket", "plain"])
    lines = [
        lambda d, a, b: d.t("has anyone seen ").p(pupil.full.lower()).t(" this morning? not in reg"),
        lambda d, a, b: d.t("@").p(b.full).t(f" can you ring home? {rel} is ").p(parent.given).t(" on ").s("PHONE", ids.phone("mob")),
        lambda d, a, b: d.t("rang ").p(parent.given.lower()).t(", no answer, left vm"),
        lambda d, a, b: d.t("thanks ").p(b.given.lower()).t(" 👍"),
        lambda d, a, b: d.t("I'll mark it as unexplained for now and pass to ").p(b.given),
        lambda d, a, b: d.t("FYI ").p(pupil.given).t(" was seen at the bus stop on ").t(r.choice(STREETS)).t(" at 8.40 by ").p(a.given),
        lambda d, a, b: d.t("Will do. ").p(f"{pupil.given} {pupil.surname[0]}").t(" is on report anyway"),
        lambda d, a, b: d.t("can whoever has 9R2 P3 send ").p(pupil.given.lower()).t(" to me at break"),
        lambda d, a, b: d.t(f"{rel.capitalize()}'s new number is ").s("PHONE", ids.phone("mob")).t(" and email ").s("EMAIL", parent_email(parent, r)),
        lambda d, a, b: d.t("cover for ").p(b.given).t(" is sorted, ").p(a.given).t(" has P4"),
        lambda d, a, b: d.t("ok"),
        lambda d, a, b: d.t("Reminder: Mark schemes for the Year 10 mocks are due Friday"),
        lambda d, a, b: d.t("logged on CPOMS ✔"),
        lambda d, a, b: d.t("other parent (").p(f"{r.choice([x for x, _ in GIVEN])} {parent.surname}").t(") turned up at reception asking for ").p(pupil.given.lower()),
        lambda d, a, b: d.t("Sorry ").p(a.given.lower()).t(" - Teams ate my message. DOB for the form is ").s("DATE_OF_BIRTH", ids.dob()),
    ]
    n = r.randint(8, 14)
    order = r.sample(range(len(lines)), min(n, len(lines)))
    for k in order:
        a, b = r.sample(staff, 2)
        m += r.randint(1, 9)
        if m >= 60:
            h, m = h + 1, m - 60
        if style == "bracket":
            d.t(f"[{date} {h:02d}:{m:02d}] ")
            if r.random() < 0.3:
                d.p(a.surname).t(", ").p(a.given).t(" (Staff)")
            else:
                d.p(a.full)
            d.t(": ")
        else:
            d.p(a.full).t(f"  {h:02d}:{m:02d}").nl()
        lines[k](d, a, b)
        d.nl()
        if style == "plain":
            d.nl()
    if r.random() < 0.5:
        trap(d, r)
    return d


def k_cover(g, r, ids):
    """Cover slip / timetable change with staff codes introduced in a key."""
    d = Doc("cover_slip")
    sch = School(r)
    absent = [g.person() for _ in range(r.randint(1, 3))]
    covers = [g.person() for _ in range(r.randint(3, 5))]
    everyone = absent + covers
    ini = initials_unique(everyone)
    d.nl(f"{sch.name.upper()} — DAILY COVER")
    d.nl(day_date(r))
    d.nl()
    d.nl("Staff absent")
    for a in absent:
        d.t("  ")
        if r.random() < 0.5:
            d.t(title_of(r, a) + " ").p(f"{a.initial()} {a.surname}")
        else:
            d.p(a.full)
        d.t(" (").p(ini[a.full]).t(") — ")
        d.nl(r.choice(["course (Leeds Trinity)", "sick", "medical appt am", "jury service",
                       "compassionate leave", "trip to Chester Zoo", "CPD: English Hub"]))
    d.nl()
    d.nl("Per | Class   | Room   | Absent | Cover          | Work")
    for per in range(1, r.randint(4, 7)):
        a = r.choice(absent)
        c = r.choice(covers)
        cls = f"{r.randint(7, 11)}{r.choice('XYRKS')}{r.randint(1, 4)}"
        room = r.choice(["S4", "Turing Lab", "E12", "Hu3", "Lib", "Seacole 2", "M7", "Sports Hall"])
        d.t(f"P{per}  | {cls:<7} | {room:<6} | ").p(ini[a.full]).t("     | ")
        if r.random() < 0.3:
            d.t("Supply — ").p(c.surname)
        else:
            d.p(ini[c.full])
        d.nl(" | " + r.choice(["on Teams", "worksheet in pigeonhole", "English: poetry p.12",
                                "Religious Studies booklet", "French vocab test",
                                "Geography: Washington DC case study", "Art — continue"]))
    d.nl()
    d.t("Key: ")
    for i, c in enumerate(covers):
        if i:
            d.t(", ")
        d.p(ini[c.full]).t(" = ")
        if r.random() < 0.5:
            d.p(c.full)
        else:
            d.t(title_of(r, c) + " ").p(c.surname)
    d.nl()
    d.t("Cover manager: ").p(covers[0].full).t(" ext 2").nl(str(r.randint(10, 99)))
    if r.random() < 0.4:
        d.t("Duty swap: ").p(ini[covers[1].full]).t(" takes ").p(ini[covers[-1].full]).nl("'s lunch duty (canteen, Wellington Yard).")
    return d


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


def k_exclusion(g, r, ids):
    d = Doc("exclusion_letter")
    sch = School(r)
    child, head = g.person(), g.person()
    parent = g.family(child)
    a = Addr(r)
    letterhead(d, r, sch)
    recipient_block(d, r, parent, child, a, upper=r.random() < 0.3)
    d.nl(fmt_date(r))
    d.nl()
    perm = r.random() < 0.4
    d.t("Dear " + title_of(r, parent) + " ").p(parent.surname).nl(",")
    d.nl()
    start = d.mark()
    d.t(f"Re: {'Permanent exclusion' if perm else 'Suspension'} of ").p(child.full.upper() if r.random() < 0.4 else child.full)
    d.t(" (date of birth ").s("DATE_OF_BIRTH", ids.dob(2009, 2015)).t(", UPN ").s("UPN", ids.upn())
    if r.random() < 0.4:
        d.t(", ULN ").s("ULN", ids.uln())
    d.nl(")")
    d.nl()
    d.t("I am writing to inform you of my decision to ")
    d.t("permanently exclude " if perm else "suspend ")
    d.p(child.given).t("" if perm else f" for {r.randint(1, 5)} school days").t(f" from {sch.name} with effect from {fmt_date(r)}. ")
    d.t("This follows an incident on " + day_date(r) + " in which ").p(child.given)
    d.t(" " + r.choice(["assaulted another pupil in the Seacole corridor",
                        "brought a bladed article onto the school site",
                        "verbally abused a member of staff, ", "repeatedly refused to follow instructions"]))
    if r.random() < 0.6:
        w = g.person()
        d.t(" (").p(w.full).t(", Head of Year, witnessed this)")
    d.nl(".")
    d.nl()
    d.t("You have the right to make representations to the governing board. Please write to the ")
    clerk = g.person()
    d.t("Clerk to Governors, ").p(clerk.full).t(", at ").s("EMAIL", staff_email(clerk, sch, r))
    d.t(" or by phone on ").s("PHONE", ids.phone(r.choice(["ldn", "lds", "man"]))).nl(".")
    d.t("For impartial advice you may contact Coram Children's Legal Centre or the Ace Education ")
    d.nl("advice line.")
    if perm:
        d.t("From the sixth school day the local authority will arrange education; the contact is ")
        la = g.person()
        d.p(la.full).t(" (Inclusion Officer), ").s("PHONE", ids.phone()).nl(".")
    d.nl()
    d.wrap(r.randint(58, 78), start)
    d.nl("Yours sincerely")
    d.nl()
    d.p(head.full).nl()
    d.nl("Headteacher")
    d.t("cc: ").p(r.choice([x for x, _ in GIVEN]) + " " + r.choice(SURNAMES)).nl(" (Governor)")
    return d


def k_panel(g, r, ids):
    d = Doc("governors_panel")
    sch = School(r)
    child = g.person()
    parent = g.family(child, "f")
    chair, gov2, gov3, clerk, head = (g.person() for _ in range(5))
    people = [chair, gov2, gov3, clerk, head]
    ini = initials_unique(people + [parent])
    d.nl(f"{sch.name}")
    d.nl("GOVERNORS' DISCIPLINE COMMITTEE — DECISION")
    d.nl(f"Meeting held {day_date(r)}, {r.choice(['the Nightingale Room', 'the Library', 'on Teams', 'Committee Room 2'])}")
    d.nl()
    d.t("Panel: ")
    d.t("Cllr ").p(chair.full).t(" (Chair, ").p(ini[chair.full]).t("); ")
    d.t(r.choice(["Revd ", title_of(r, gov2) + " ", "Prof. "])).p(gov2.full).t(" (").p(ini[gov2.full]).t("); ")
    d.p(gov3.full).t(" (").p(ini[gov3.full]).nl(")")
    d.t("Clerk: ").p(clerk.full).nl()
    d.t("In attendance: ").p(head.full).t(" (Headteacher); ").p(f"{parent.given} {parent.surname}")
    d.t(" (parent, ").p(ini[parent.full]).t(")")
    if r.random() < 0.5:
        friend = g.person()
        d.t(", accompanied by ").p(friend.full).t(" (friend)")
    d.nl()
    d.nl()
    start = d.mark()
    d.t("Pupil: ").p(child.full.upper() if r.random() < 0.5 else child.full).t("   D.O.B.: ").s("DATE_OF_BIRTH", ids.dob(2009, 2014))
    d.t("   Year ").t(str(r.randint(7, 11))).t("   UPN: ").s("UPN", ids.upn())
    if r.random() < 0.5:
        d.t("   ULN: ").s("ULN", ids.uln())
    d.nl()
    d.nl()
    d.nl("1. The Headteacher presented the case. " + r.choice(["", "The Chair reminded the panel that May half term had delayed the meeting. "]))
    d.p(ini[head.full]).t(" described the incident on " + fmt_date(r) + " and the previous support, including ")
    d.nl("a referral to the Brook Young People's service and a managed move to Stanley Park Academy that did not go ahead.")
    d.t("2. ").p(ini[parent.full]).t(" said that ").p(child.given).t(" had been bullied since Year 7 and that ")
    d.t("the school had not followed up her emails to ")
    tutor = g.person()
    d.t(title_of(r, tutor) + " ").p(tutor.surname).nl(" (form tutor).")
    d.t("3. ").p(ini[gov2.full]).t(" asked whether ").p(child.given).nl(" had an EHC plan. The Headteacher said no; an assessment had been requested in June.")
    d.nl()
    dec = r.choice(["to uphold", "not to uphold"])
    d.t(f"DECISION: The panel decided {dec} the Headteacher's decision. ")
    if dec == "to uphold":
        d.t("The parent may apply for an independent review; details will be sent to ")
        a = Addr(r)
        d.s("ADDRESS", ", ".join(a.lines)).t(", ").s("POSTCODE", a.postcode).nl(" within 15 school days.")
    else:
        d.p(child.given).nl(" will return to school on Monday with a reintegration meeting.")
    d.wrap(r.randint(60, 88), start)
    d.nl()
    d.t("Signed ").p(ini[chair.full]).t(" (Chair)   Clerk's ref: DC/").nl(str(r.randint(100, 999)) + "/26")
    return d


def k_transport(g, r, ids):
    d = Doc("transport_list")
    d.nl(r.choice(["Home to School Transport — Route Passenger List",
                   "BUS PASS REGISTER — SPRING TERM", "SEND transport: taxi contract passenger sheet"]))
    d.t("Route ").t(r.choice(["42A", "X7", "T19", "SEN-14"])).t("   Operator: ")
    d.nl(r.choice(["Lincoln Coaches Ltd", "Pennine Travel", "Chester & Sons Taxis", "Stanley Minibus Co-op"]))
    drv, esc = g.person(), g.person()
    d.t("Vehicle: ").s("VEHICLE", ids.vehicle()).t("   Driver: ").p(drv.full if r.random() < 0.6 else drv.full.upper())
    d.t(" (").s("PHONE", ids.phone("mob")).nl(")")
    if r.random() < 0.7:
        d.t("Passenger assistant: ").p(esc.full).nl()
    d.t("Badge no. ").t(str(r.randint(10000, 99999))).t("  Licence ref ").nl(f"HCL/{r.randint(1000, 9999)}")
    d.nl()
    style = r.choice(["pipe", "block"])
    if style == "pipe":
        d.nl("Name | DOB | Address | Postcode | Pick-up | Contact")
    for _ in range(r.randint(4, 7)):
        p = g.person()
        par = g.family(p)
        a = Addr(r)
        if style == "pipe":
            if r.random() < 0.5:
                d.p(p.surname.upper()).t(", ").p(p.given)
            else:
                d.p(p.full)
            d.t(" | ").s("DATE_OF_BIRTH", ids.dob(2010, 2019)).t(" | ").s("ADDRESS", ", ".join(a.lines))
            d.t(" | ").s("POSTCODE", a.postcode).t(" | ")
            d.t(r.choice(["home", "corner of Victoria Road", "Lincoln Street stop", "outside Greggs", "home"]))
            d.t(" | ").p(f"{par.given} {par.surname}" if r.random() < 0.5 else par.given).t(" ").s("PHONE", ids.phone()).nl()
        else:
            d.t("Pupil: ")
            if r.random() < 0.35:   # the name cell wrapped onto the next line
                d.p(p.given + "\n       " + p.surname)
            else:
                d.p(p.full)
            d.t("  DOB ").s("DATE_OF_BIRTH", ids.dob(2010, 2019)).t("  Pass no. ")
            d.nl(f"{r.randint(1000, 9999)} {r.randint(1000, 9999)}")
            d.t("  ")
            d.s("ADDRESS", ("\n  ").join(a.lines)).t("\n  ").s("POSTCODE", a.postcode).nl()
            d.t("  Parent/carer: ").t(title_of(r, par) + " ").p(par.surname).t(" — ").s("PHONE", ids.phone()).nl()
            if r.random() < 0.3:
                d.nl("  Needs: wheelchair accessible; booster seat; no travel in August")
            d.nl()
    d.nl()
    d.t("Transport co-ordinator: ").p(g.person().full).t(", ").s("EMAIL", f"transport.team@{r.choice(['council', 'la'])}.example.gov.uk").nl()
    return d


BOOKS = ["Private Peaceful", "Holes", "Wonder", "The Boy at the Back of the Class", "Skellig",
         "Noughts & Crosses", "Matilda", "The Hate U Give", "Coraline", "Boy 87", "Clockwork",
         "Kensuke's Kingdom", "A Monster Calls", "The Explorer", "Refugee Boy", "Goodnight Mister Tom"]


def k_library(g, r, ids):
    d = Doc("library_record")
    sch = School(r)
    lib = g.person()
    d.nl(f"{sch.name} — Library overdue list")
    d.t("Printed ").t(fmt_date(r)).t(" by ").p(lib.full).nl(" (Librarian)")
    d.nl()
    d.nl("Borrower                 Form  Barcode   Title                               Due")
    for _ in range(r.randint(6, 10)):
        p = g.person()
        nm = p.full if r.random() < 0.5 else f"{p.surname}, {p.given}"
        form = f"{r.randint(7, 11)}{r.choice('ABCDKR')}"
        if "," in nm:
            d.p(p.surname).t(", ").p(p.given)
        else:
            d.p(nm)
        d.t(" " * max(1, 25 - len(nm)) + f"{form:<6}{r.randint(30000000, 39999999)}  ")
        bk = r.choice(BOOKS)
        d.nl(f"{bk:<36}{r.randint(1, 28):02d}/{r.randint(1, 12):02d}")
    d.nl()
    p = g.person()
    par = g.family(p, "f")
    d.t("Note: ").p(p.given).t("'s mum (").p(par.full).t(", ").s("EMAIL", parent_email(par, r))
    d.nl(") says the copy of Matilda was lost in the move; invoice for £6.99 sent.")
    d.t("Reading Buddies: ").p(g.person().given).t(" (Y10) with ").p(g.person().given).t(" (Y7); ")
    d.p(g.person().given).t(" (Y10) with ").p(g.person().given).nl(" (Y7).")
    d.nl("A two-week grace period applies before letters go home.")
    return d


MENU = ["Lancashire hotpot", "Victoria sponge", "Bakewell tart", "Beef Wellington (Christmas lunch)",
        "Jacket potato", "Eton mess", "Chicken Kiev", "Quorn bolognese", "Shepherd's pie"]


def k_catering(g, r, ids):
    d = Doc("catering_record")
    sch = School(r)
    d.nl(f"{sch.name} catering — dietary and account record")
    mgr = g.person()
    d.t("Kitchen manager: ").p(mgr.full).t("  Tel ").s("PHONE", sch.phone).nl()
    d.nl()
    for _ in range(r.randint(3, 5)):
        p = g.person()
        par = g.family(p)
        d.t("Pupil: ")
        if r.random() < 0.3:
            d.p(p.given + "\n" + p.surname)
        else:
            d.p(p.full.upper() if r.random() < 0.3 else p.full)
        d.t("   Class ")
        d.t(f"{r.randint(1, 6)}{r.choice(['Oak', 'Ash', 'Rowan', 'Willow'])}").t("   DOB: ").s("DATE_OF_BIRTH", ids.dob(2014, 2020)).nl()
        if r.random() < 0.3:
            d.t("  NHS no. ").s("NHS_NUMBER", ids.nhs()).nl(" (anaphylaxis plan)")
        d.nl("  Diet: " + r.choice(["nut allergy (EpiPen in office)", "halal", "vegetarian", "coeliac",
                                    "no pork", "dairy-free", "lactose intolerant — soya milk"]))
        d.t("  Account: biometric ID ").t(str(r.randint(1000, 99999))).t("; FSM ").nl(r.choice(["Y", "N"]))
        if r.random() < 0.5:
            d.t("  Top-up by ").p(par.full).t(" with card ").s("CARD", ids.card()).nl()
        elif r.random() < 0.5:
            d.t("  Parent ").p(par.full).t(" paid by card ending ").nl(str(r.randint(1000, 9999)))
        else:
            d.t("  Contact: ").p(par.given).t(" ").s("PHONE", ids.phone()).nl()
        d.nl()
    d.nl("Menu week 2: " + ", ".join(r.sample(MENU, 4)) + ".")
    if r.random() < 0.5:
        d.t("Refund for ").p(g.person().full).t(" to sort code ").s("BANK", ids.sort_code()).t(" account ").s("BANK", ids.account()).nl(".")
    return d


def k_parents_evening(g, r, ids):
    d = Doc("parents_evening")
    sch = School(r)
    teachers = [g.person() for _ in range(r.randint(2, 3))]
    d.nl(f"Year {r.randint(7, 13)} Parents' Evening — {day_date(r)}")
    d.nl("Booking list (SchoolCloud export)")
    d.nl()
    for t in teachers:
        d.t("Teacher: ").t(title_of(r, t) + " ").p(t.surname).t(" (").t(r.choice(["English", "Maths", "French", "Science", "History", "Religious Studies"]))
        d.t(") — room ").nl(r.choice(["E4", "Turing Lab", "Hall table 6", "M2", "Library"]))
        d.nl("Time   Pupil                     Parent/carer              Contact")
        hh, mm = 16, 0
        for _ in range(r.randint(3, 6)):
            p = g.person()
            par = g.family(p)
            tm = f"{hh}:{mm:02d}"
            mm += 5
            if mm >= 60:
                hh, mm = hh + 1, 0
            d.t(f"{tm:<7}")
            pn = p.full
            d.p(pn).t(" " * max(1, 26 - len(pn)))
            if r.random() < 0.5:
                pp = f"{title_of(r, par)} {par.initial()} {par.surname}"
                d.t(title_of(r, par) + " ").p(f"{par.initial()} {par.surname}")
            else:
                pp = par.full
                d.p(pp)
            d.t(" " * max(1, 26 - len(pp)))
            if r.random() < 0.5:
                d.s("EMAIL", parent_email(par, r))
            else:
                d.s("PHONE", ids.phone("mob"))
            d.nl()
        d.nl()
    d.t("Notes: ").p(g.person().given).t("'s dad will join by video; ").p(teachers[0].given.lower() if r.random() < 0.3 else teachers[0].given)
    d.nl(" please leave 5 minutes after.")
    d.nl("Parking on Chester Road; the Summer Fair stall will be open in the hall.")
    return d


def k_chronology(g, r, ids):
    d = Doc("safeguarding_chronology")
    sch = School(r)
    child = g.person()
    mum, dad = g.family(child, "f"), g.person(sex="m")
    dsl, dep, sw, pc = g.person(), g.person(), g.person(), g.person()
    ini = initials_unique([dsl, dep, sw, child, mum])
    a = Addr(r)
    d.nl("CONFIDENTIAL — SAFEGUARDING CHRONOLOGY")
    d.t("Child: ").p(child.full).t("   DOB: ").s("DATE_OF_BIRTH", ids.dob(2008, 2018)).t("   UPN: ").s("UPN", ids.upn()).nl()
    d.t("Address: ").addr(a, multi=False, sep=", ").nl()
    d.t("Mother: ").p(mum.full).t(" ").s("PHONE", ids.phone("mob")).t("   Father: ").p(dad.full).nl(" (no PR, not to collect)")
    d.t("DSL: ").p(dsl.full).t(" (").p(ini[dsl.full]).t(")   Deputy: ").p(dep.full).t(" (").p(ini[dep.full]).nl(")")
    d.t("Social worker: ").p(sw.full).t(" (").p(ini[sw.full]).t("), ").t(r.choice(["Children's Social Care", "Early Help Hub", "the MASH"])).t(", ").s("PHONE", ids.phone("ldn")).nl()
    d.nl()
    d.nl("Date       | Event                                                        | By")
    entries = [
        lambda: d.p(child.given).t(" disclosed that ").p(dad.given).t(" had shouted at them and thrown a phone"),
        lambda: d.t("Call from ").t(r.choice(["PC", "DC", "PCSO"]) + " ").p(pc.full).t(" re Operation Encompass notification, log 0").t(str(r.randint(100, 999))),
        lambda: d.p(ini[sw.full]).t(" visited home; ").p(ini[mum.full]).t(" engaged"),
        lambda: d.t("Strategy meeting. Police ref ").t(f"{r.randint(10, 99)}/{r.randint(10000, 99999)}/26").t("; ").p(ini[dsl.full]).t(" attended"),
        lambda: d.p(child.given.lower()).t(" late again, said mum was ill. ").p(ini[dep.full]).t(" informed"),
        lambda: d.t("Email from ").p(sw.given).t(" <").s("EMAIL", f"{strip_acc(sw.given.lower())}.{re.sub('[^a-z]', '', strip_acc(sw.surname.lower()))}@council.example.gov.uk").t("> with CP plan"),
        lambda: d.t("Vehicle ").s("VEHICLE", ids.vehicle()).t(" seen waiting at the gate again (").p(dad.given).t("'s car)"),
        lambda: d.p(ini[dsl.full]).t(" / ").p(ini[dep.full]).t(" discussed; threshold met, referral to MASH"),
        lambda: d.t("Attended the Ronald McDonald House family day — no concerns"),
        lambda: d.t("Filtering alert: search from ").s("IP", ids.ip()).t(" (").p(child.given).t("'s Chromebook) flagged"),
        lambda: d.t("College confirmed ULN ").s("ULN", ids.uln()).t(" for the transition referral"),
        lambda: d.t("Nurse ").p(g.person().full).t(" saw ").p(child.given).t(", NHS no ").s("NHS_NUMBER", ids.nhs()),
    ]
    order = r.sample(range(len(entries)), r.randint(6, len(entries)))
    for k in sorted(order):
        d.t(f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/26 | ")
        entries[k]()
        d.t(" | ").p(ini[r.choice([dsl, dep]).full]).nl()
    d.nl()
    d.t("Chronology maintained by ").p(ini[dsl.full]).nl(". Do not copy.")
    return d


def k_ehcp(g, r, ids):
    d = Doc("ehcp_review")
    sch = School(r)
    child = g.person()
    mum = g.family(child, "f")
    senco, ep, slt, ot, tut = (g.person() for _ in range(5))
    ini = initials_unique([senco, ep, slt, ot, tut, mum])
    d.nl("EHCP ANNUAL REVIEW — NOTES")
    d.t("Child/young person: ").p(child.full).t("   Date of birth: ").s("DATE_OF_BIRTH", ids.dob(2007, 2018)).nl()
    d.t("UPN ").s("UPN", ids.upn()).t("   NHS number ").s("NHS_NUMBER", ids.nhs())
    if r.random() < 0.4:
        d.t("   ULN ").s("ULN", ids.uln())
    d.nl()
    d.t("Review date: ").t(day_date(r)).t("   Venue: ").nl(r.choice(["the Edith Wainwright Suite", "Room 4", "Teams", "the Nightingale Room"]))
    d.nl()
    d.nl("Attendees:")
    d.t("  ").p(mum.full).t(" — mother (").p(ini[mum.full]).nl(")")
    d.t("  ").p(senco.full).t(" — SENCo, chair (").p(ini[senco.full]).nl(")")
    d.t("  Dr ").p(ep.full).t(" — Educational Psychologist (").p(ini[ep.full]).nl(")")
    d.t("  ").p(slt.full).t(" — Speech and Language Therapist, ").t(r.choice(["Bradford Teaching Hospitals", "Leeds Community Healthcare", "Whittington Health"])).t(" (").p(ini[slt.full]).nl(")")
    d.t("  ").p(tut.given + "\n  " + tut.surname if r.random() < 0.3 else tut.full).t(" — form tutor (").p(ini[tut.full]).nl(")")
    d.t("Apologies: ").p(ot.full).nl(" (OT)")
    d.nl()
    start = d.mark()
    d.t("1. Views of the young person. ").p(child.given).t(" told ").p(ini[tut.full]).t(" that ")
    d.t(r.choice(["they like Art and the Lincoln Castle science trip", "she would like more time in the Amber Room",
                  "they find the canteen too loud", "she wants to do English and Drama at college in September"]))
    d.nl(".")
    d.t("2. ").p(ini[mum.full]).t(" said things at home have improved since the move to ")
    a = Addr(r)
    d.s("ADDRESS", ", ".join(a.lines)).t(" ").s("POSTCODE", a.postcode).t(". New mobile ").s("PHONE", ids.phone("mob")).nl(".")
    d.t("3. ").p(ini[ep.full]).t(" summarised the assessment: working memory below average; ")
    d.p(ini[slt.full]).nl(" to continue weekly sessions until May.")
    d.t("4. Outcomes reviewed. ").p(ini[senco.full]).t(" will amend Section F and send the draft to ")
    d.t("the LA caseworker, ").p(g.person().full).t(", ").s("EMAIL", f"send.casework@council.example.gov.uk").nl(".")
    d.nl()
    d.nl("Actions")
    d.t("- ").p(ini[senco.full]).nl(": submit review paperwork within 2 weeks")
    d.t("- ").p(ini[tut.full]).t(": check in with ").p(child.given).nl(" each Monday")
    d.t("- ").p(ini[mum.full]).t(" / ").p(ini[ep.full]).nl(": meet in the Summer term")
    d.wrap(r.randint(62, 90), start)
    return d


def k_absence(g, r, ids):
    d = Doc("staff_absence")
    sch = School(r)
    d.nl(f"{sch.name} — Staff absence and supply log, w/c {fmt_date(r)}")
    d.nl()
    for _ in range(r.randint(3, 5)):
        s = g.person()
        d.t("Staff: ").p(s.surname.upper()).t(", ").p(s.given).t("  Payroll no. ").nl(str(r.randint(100000, 999999)))
        d.nl("  Reason: " + r.choice(["sickness (self-cert)", "long-term sickness — phased return in May",
                                      "dependant leave", "Union duties", "hospital appt (St Luke's)",
                                      "bereavement"]))
        if r.random() < 0.6:
            sup = g.person()
            d.t("  Supply: ").t(title_of(r, sup) + " ").p(sup.full).t(" via ")
            d.t(r.choice(["Marsh & Holt Education", "Pennine Supply Ltd", "Brook Street Teachers",
                          "Wellington Teaching Partners"]))
            if r.random() < 0.5:
                d.t(", NI ").s("NI_NUMBER", ids.ni())
            d.nl()
            if r.random() < 0.4:
                d.t("    Car reg ").s("VEHICLE", ids.vehicle()).nl(" (visitor permit)")
        else:
            c = g.person()
            d.t("  Covered internally by ").p(c.full).nl()
        d.nl()
    new = g.person()
    d.nl("New supply teacher registration")
    d.t("  Name: ").p(new.full).t("   DOB: ").s("DATE_OF_BIRTH", ids.dob(1965, 2000)).nl()
    d.t("  NI number: ").s("NI_NUMBER", ids.ni()).t("   DBS cert ").nl(f"00{r.randint(1000000000, 9999999999)}")
    a = Addr(r)
    d.t("  Home: ").addr(a, multi=False, sep=" ").nl()
    d.t("  Bank (daily rate paid direct): sort code ").s("BANK", ids.sort_code()).t(", account ").s("BANK", ids.account()).nl()
    d.t("  Emergency contact: ").p(g.person().full).t(" ").s("PHONE", ids.phone()).nl()
    d.t("Logged by ").p(g.person().full).nl(" (HR)")
    return d


def k_police(g, r, ids):
    d = Doc("police_council_letter")
    sch = School(r)
    child = g.person()
    mum = g.family(child, "f")
    officer = g.person()
    rank = r.choice(["PC", "DC", "PS", "DS", "Sgt", "Insp."])
    cllr = g.person()
    head = g.person()
    kind = r.choice(["police", "police", "council"])
    if kind == "police":
        d.nl("West Pennine Police — Public Protection Unit")
        d.nl("Stanley Road Police Station")
        d.nl()
        d.t("To: Designated Safeguarding Lead, ").nl(sch.name)
        d.addr(sch.addr, multi=True)
        d.nl()
        d.t("Our ref: ").t(f"CR/{r.randint(100000, 999999)}/26").t("    Date: ").nl(fmt_date(r))
        d.nl()
        start = d.mark()
        d.t("Dear " + title_of(r, head) + " ").p(head.surname).nl(",")
        d.t("Request for information: ").p(child.full).t(" (born ").s("DATE_OF_BIRTH", ids.dob(2008, 2014)).nl(")")
        d.t("I am investigating an allegation made by ").p(child.given).t("'s mother, ").p(mum.full).t(", of ")
        a = Addr(r)
        d.s("ADDRESS", ", ".join(a.lines)).t(", ").s("POSTCODE", a.postcode).t(", concerning an incident near ")
        d.t("Lincoln Way on " + day_date(r) + ". A vehicle, ").s("VEHICLE", ids.vehicle()).t(", was seen. ")
        d.t("Please send attendance records and any notes of disclosures. My collar number is ").t(str(r.randint(1000, 9999)))
        d.t("; you can reach me on ").s("PHONE", ids.phone("ldn" if r.random() < 0.5 else "man")).t(" or ")
        d.s("EMAIL", f"{strip_acc(officer.given.lower())}.{re.sub('[^a-z]', '', strip_acc(officer.surname.lower()))}@police.example.uk").nl(".")
        d.t("My colleague ").t(r.choice(["DC ", "PC ", "DS "])).p(g.person().full).t(" will attend the strategy meeting. ")
        d.nl("This request is made under Schedule 2 of the Data Protection Act 2018.")
        d.wrap(r.randint(60, 80), start)
        d.nl()
        d.nl("Yours sincerely,")
        d.t(rank + " ").p(officer.full).nl()
        d.t(rank + " ").t(str(r.randint(1000, 9999))).nl(" | Safeguarding Hub, Preston")
    else:
        d.nl("Metropolitan Borough Council — Children's Services")
        d.nl("Victoria House, Town Hall Square")
        d.nl()
        d.t("Dear " + title_of(r, head) + " ").p(head.surname).nl(",")
        start = d.mark()
        d.t("Following the complaint raised with Cllr ").p(cllr.full).t(" (Ward Councillor, Washington East) by ")
        d.p(mum.full).t(", whose child ").p(child.full).t(" (DOB ").s("DATE_OF_BIRTH", ids.dob(2009, 2016))
        d.t(") was refused a place on the Route ").t(str(r.randint(10, 99))).t(" bus, I have reviewed the decision. ")
        d.t("Cllr ").p(cllr.surname).t(" asked that the family be contacted directly on ").s("PHONE", ids.phone("mob"))
        d.t(". ").p(child.given).t("'s UPN is ").s("UPN", ids.upn()).t(" and the case reference is ").t(ids.ref10()).nl(".")
        d.t("The family now lives at ")
        a = Addr(r)
        d.s("ADDRESS", ", ".join(a.lines)).t(" ").s("POSTCODE", a.postcode).t(", which is ")
        d.nl(f"{r.randint(2, 4)}.{r.randint(1, 9)} miles from school by the shortest walking route.")
        d.wrap(r.randint(60, 80), start)
        d.nl()
        off = g.person()
        d.nl("Yours sincerely")
        d.p(off.full).nl()
        d.nl("Admissions and Transport Manager")
        d.t("cc Cllr ").p(cllr.full).t("; DC ").p(g.person().surname).nl(" (Neighbourhood Policing)")
    return d


def k_reference(g, r, ids):
    d = Doc("reference_request")
    sch = School(r)
    cand, referee, hr = g.person(), g.person(), g.person()
    other = r.choice(["Moorside Community School", "Heron Vale Academy", "the Brontë Learning Trust",
                      "Wilberforce Multi-Academy Trust"])
    d.t("From: ").p(hr.full).t(" <").s("EMAIL", staff_email(hr, sch, r)).nl(">")
    d.t("To: ").p(referee.full).t(" <").s("EMAIL", parent_email(referee, r).replace("example", "mail.example", 1) if r.random() < 0.3 else f"head@{r.choice(['stmarys', 'oakfield', 'hollins'])}.example.sch.uk").nl(">")
    d.t("Subject: Confidential reference request — ").p(cand.full).nl()
    d.nl()
    start = d.mark()
    d.t("Dear " + title_of(r, referee) + " ").p(referee.surname).nl(",")
    d.nl()
    d.p(cand.full).t(" has applied for the post of ").t(r.choice(["Teacher of English", "Teaching Assistant (Level 3)", "Cover Supervisor", "Head of French"]))
    d.t(f" at {other} and has given your name as a referee. ")
    d.t("To help us confirm identity, the candidate's date of birth is ").s("DATE_OF_BIRTH", ids.dob(1970, 2001))
    d.t(" and their National Insurance number is ").s("NI_NUMBER", ids.ni()).t(". ")
    d.t("Please comment on any disciplinary matters, and whether you know of any reason ")
    d.p(cand.given).t(" should not work with children. We would be grateful to receive the reference by ")
    d.t(r.choice(["Friday", "the end of May", "1 June", "half term"])).nl(".")
    d.nl()
    d.t("If you would rather speak to someone, please ring ").p(hr.given).t(" on ").s("PHONE", ids.phone()).nl(".")
    d.wrap(r.randint(56, 76), start)
    d.nl()
    d.nl("Kind regards")
    d.p(hr.full).nl()
    d.nl("HR Officer")
    if r.random() < 0.6:
        d.nl()
        d.nl("> Reply above this line")
        d.t("> Reference for ").p(f"{cand.initial()} {cand.surname}").t(" — ")
        d.nl(r.choice(["received, will reply by Friday.", "I was her line manager 2019-2024.", "awaiting sign-off."]))
    return d


def k_forward(g, r, ids):
    """Forwarded / replied staff emails with subject lines that carry names."""
    d = Doc("forwarded_email")
    sch = School(r)
    a, b, c = g.person(), g.person(), g.person()
    pupil = g.person()
    par = g.family(pupil)
    subj_forms = [
        lambda: d.p(pupil.full),
        lambda: d.p(f"{pupil.given} {pupil.surname[0]}"),
        lambda: d.p(pupil.given).t(f" ({r.randint(7, 11)}{r.choice('KRXY')})"),
        lambda: d.p(pupil.surname.upper()).t(", ").p(pupil.given),
    ]
    topic = r.choice(["Transport", "Referral", "Attendance concern", "Meeting request", "Behaviour",
                      "Medical update", "Access arrangements"])
    d.t("From: ").p(a.full).t(" <").s("EMAIL", staff_email(a, sch, r)).nl(">")
    d.nl(f"Sent: {day_date(r)} {r.randint(8, 17)}:{r.randint(0, 59):02d}")
    d.t("To: ").p(b.surname).t(", ").p(b.given).t(" <").s("EMAIL", staff_email(b, sch, r)).nl(">")
    if r.random() < 0.5:
        d.t("Cc: ").p(c.full).t(" <").s("EMAIL", staff_email(c, sch, r)).nl(">")
    d.t(f"Subject: {r.choice(['FW: ', 'Fwd: ', 'RE: FW: ', 'Fw: '])}{topic} - ")
    r.choice(subj_forms)()
    d.nl()
    d.nl()
    start = d.mark()
    d.t(r.choice(["Hi ", "Morning ", "", "Dear "]))
    d.p(b.given).nl(",")
    d.t("See below from ").p(par.full).t(" - can you pick this up with ")
    d.p(pupil.given).t(f"? I've told {'mum' if par.sex == 'f' else 'dad'} you'll ring on ").s("PHONE", ids.phone()).nl(" before Friday.")
    if r.random() < 0.5:
        d.p(c.given).nl(", copying you in as Head of Year.")
    d.wrap(r.randint(56, 76), start)
    d.nl("Thanks")
    d.p(a.given).nl()
    d.nl()
    d.nl(r.choice(["---------- Forwarded message ---------", "-----Original Message-----",
                   "________________________________"]))
    d.t("From: ").p(f"{par.given} {par.surname}").t(" <").s("EMAIL", parent_email(par, r)).nl(">")
    d.nl(f"Date: {day_date(r)} at {r.randint(6, 22)}:{r.randint(0, 59):02d}")
    d.t("Subject: ").t(r.choice(["", "Re: "])).p(pupil.given).nl(r.choice([" - bus pass", " not well", " appointment", " and the trip"]))
    d.t("To: ").s("EMAIL", f"office@{sch.domain}").nl()
    d.nl()
    start = d.mark()
    d.t("Hello, ")
    what = r.choice(["bus", "appt", "trip", "bully"])
    if what == "bus":
        d.p(pupil.given).t("'s bus pass has not arrived. We moved to ")
        ad = Addr(r)
        d.s("ADDRESS", ", ".join(ad.lines)).t(", ").s("POSTCODE", ad.postcode).t(" in ").t(r.choice(MONTHS)).t(". ")
    elif what == "appt":
        d.p(pupil.given).t(" has a hospital appointment at the Marie Curie outpatients on ")
        d.t(day_date(r) + ". Her NHS number is ").s("NHS_NUMBER", ids.nhs()).t(" if the nurse needs it. ")
    elif what == "trip":
        d.t("I paid for the ").t(r.choice(["Whitby", "Lincoln", "Chester"])).t(" trip with card ")
        d.s("CARD", ids.card()).t(" but ParentPay says unpaid. Order no ").t(ids.bad16()).t(". ")
    else:
        other = g.person()
        d.p(pupil.given).t(" says ").p(other.full.lower() if r.random() < 0.5 else other.full)
        d.t(" in the same form keeps taking their phone. ")
    d.t("Can ").p(b.given).t(" or " + title_of(r, c) + " ").p(c.surname)
    d.t(" call me back please? Thanks, ").p(par.given).nl()
    d.wrap(r.randint(56, 76), start)
    if r.random() < 0.5:
        d.nl("Sent from my iPhone")
    return d


def k_informal(g, r, ids):
    """School messaging app / text messages from parents, largely lower case."""
    d = Doc("parent_messages")
    sch = School(r)
    d.nl(f"{sch.name} — parent messages inbox (ParentMail export)")
    d.nl()
    for v in r.sample(range(7), r.randint(3, 5)):
        kid = g.person()
        par = g.family(kid)
        rel = "mum" if par.sex == "f" else "dad"
        teacher = g.person()
        d.t("From: ").p(par.full).t(" (").s("PHONE", ids.phone("mob")).t(")  ").nl(f"{r.randint(6, 22)}:{r.randint(0, 59):02d}")
        if v == 0:
            d.t("hi its ").p(par.given.lower()).t(", ").p(kid.given.lower()).t(f"'s {rel}, ").p(kid.given.lower())
            d.nl(" wont be in today has a temp. thanks")
        elif v == 1:
            d.t("hiya can u tell mr ").p(teacher.surname.lower()).t(" that ").p(kid.given.lower())
            d.nl(" forgot their pe kit, nan will drop it off at 11")
        elif v == 2:
            d.t("Morning, ").p(kid.given).t(" has a dentist appt at 2, ").p(par.given.lower()).t(f" ({rel}) will collect. new number is ")
            d.s("PHONE", ids.phone("mob")).nl()
        elif v == 3:
            d.t("ok ta. can ").p(teacher.given.lower()).t(" ring me back after 3, its about ").p(kid.given.lower())
            d.t(" and ").p(g.person().given.lower()).nl(" falling out again")
        elif v == 4:
            d.t("sorry for late reply!! ").p(kid.given)
            d.t(" dob is ").s("DATE_OF_BIRTH", ids.dob(2012, 2019)).t(" and our new address is ")
            a = Addr(r)
            d.s("ADDRESS", ", ".join(l.lower() if r.random() < 0.5 else l for l in a.lines)).t(" ").s("POSTCODE", a.postcode.lower() if r.random() < 0.4 else a.postcode).nl()
        elif v == 5:
            d.t("hi can i pay the trip over the phone? card is ").s("CARD", ids.card()).t(" exp ")
            d.t(f"{r.randint(1, 12):02d}/{r.randint(27, 30)}").t(" name on card ").p(par.full.lower()).nl()
        else:
            d.t("will ").p(kid.given.lower()).t(" need a packed lunch for the trip to whitby? ")
            d.t("email me at ").s("EMAIL", parent_email(par, r)).nl(" x")
        d.nl()
    return d


def k_it(g, r, ids):
    d = Doc("wifi_visitor_log")
    sch = School(r)
    if r.random() < 0.5:
        d.nl("Guest Wi-Fi / device log — export")
        d.nl("Time      User                          Device IP        Notes")
        for _ in range(r.randint(5, 8)):
            p = g.person()
            d.t(f"{r.randint(7, 17):02d}:{r.randint(0, 59):02d}     ")
            if r.random() < 0.5:
                nm = f"{p.surname}, {p.given}"
                d.p(p.surname).t(", ").p(p.given)
            else:
                nm = p.full
                d.p(nm)
            d.t(" " * max(1, 30 - len(nm))).s("IP", ids.ip()).t("  ")
            d.nl(r.choice(["blocked: proxy", "ok", "Chromebook 14", "blocked: gaming", "guest voucher", "ok"]))
        d.t("Reviewed by ").p(g.person().full).t(" (Network Manager), ticket ").nl(f"INC{r.randint(100000, 999999)}")
    else:
        d.nl("Visitor sign-in book (reception) — transcribed")
        d.nl("Name                    Visiting           Car reg     In     Out")
        for _ in range(r.randint(5, 8)):
            p, host = g.person(), g.person()
            nm = p.full
            d.p(nm).t(" " * max(1, 24 - len(nm)))
            hv = f"{title_of(r, host)} {host.surname}"
            d.t(hv.split(" ")[0] + " ").p(host.surname).t(" " * max(1, 19 - len(hv)))
            if r.random() < 0.7:
                v = ids.vehicle()
                d.s("VEHICLE", v).t(" " * max(1, 12 - len(v)))
            else:
                d.t("on foot     ")
            d.nl(f"{r.randint(8, 14)}:{r.randint(0, 59):02d}  {r.randint(14, 17)}:{r.randint(0, 59):02d}")
        d.nl("Contractors: Chester & Sons Roofing (2 vans), Bishop Electrical.")
        d.nl("Guest Wi-Fi vouchers:")
        for _ in range(r.randint(2, 3)):
            p = g.person()
            d.t("  ").p(p.full).t(" — ").s("IP", ids.ip()).nl(f" (voucher {r.randint(100000, 999999)})")
    return d


def k_finance(g, r, ids):
    d = Doc("finance_form")
    sch = School(r)
    p = g.person()
    par = g.family(p)
    d.nl(f"{sch.name} — Trip and dinner money payment form")
    d.t("Pupil name: ").p(p.full).t("    Class/Form: ").nl(f"{r.randint(3, 11)}{r.choice('ABKR')}")
    d.t("Parent/carer: ").p(par.full).nl()
    a = Addr(r)
    d.t("Address: ").addr(a, multi=r.random() < 0.5, sep="  ")
    if d.chars[-1] != "\n":
        d.nl()
    d.t("Phone: ").s("PHONE", ids.phone()).t("   Email: ").s("EMAIL", parent_email(par, r)).nl()
    d.nl()
    d.t("Trip: ").t(r.choice(["Whitby residential", "Lincoln Cathedral", "Chester Zoo", "Washington Old Hall"])).nl(f"  Amount £{r.randint(10, 250)}.00")
    if r.random() < 0.6:
        d.t("Card number: ").s("CARD", ids.card()).t("   Expiry ").nl(f"{r.randint(1, 12):02d}/{r.randint(27, 31)}")
    else:
        d.nl(f"Paid by card ending {r.randint(1000, 9999)} (auth code {r.randint(100000, 999999)})")
    d.t("Refunds to: sort code ").s("BANK", ids.sort_code()).t("  account no. ").s("BANK", ids.account()).t("  name ").p(par.full.upper()).nl()
    d.t("Invoice ").t(f"INV-{r.randint(10000, 99999)}").t("   Receipt ").nl(ids.ref10())
    d.t("Received by: ").p(g.person().full).nl(" (Finance)")
    return d


KINDS = [  # (function, clean count, ocr copies)
    (k_chat, 8, 0), (k_cover, 6, 2), (k_exclusion, 5, 3), (k_panel, 5, 3), (k_transport, 5, 3),
    (k_library, 3, 1), (k_catering, 3, 2), (k_parents_evening, 5, 2), (k_chronology, 6, 3),
    (k_ehcp, 6, 3), (k_absence, 5, 2), (k_police, 6, 2), (k_reference, 5, 1), (k_forward, 8, 0),
    (k_informal, 6, 0), (k_it, 4, 1), (k_finance, 4, 2),
]

INITIALS_WITHOUT_ACCENTS = False


if __name__ == "__main__":
    heldout_kit.use(globals())
    sys.exit(heldout_kit.main(os.path.dirname(os.path.abspath(__file__)), __doc__.splitlines()[0]))
