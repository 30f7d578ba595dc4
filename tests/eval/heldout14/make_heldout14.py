#!/usr/bin/env python3
"""Fourteenth held-out detection set for dsar (tests/eval/heldout14).

Written blind: without reading the detector's code, word lists or rules, or the
earlier sets' documents and generators (only heldout13's generator, for how a
generator uses heldout_kit.py; its name lists and kinds were not reused). The
names, places, schools, traps and all sixteen document kinds are new.
Everything is invented. Standard library only, fixed seed, deterministic.
Writes docs/0001.txt ... docs/0120.txt and labels.jsonl.

    python3 make_heldout14.py [--out DIR] [--check]
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import heldout_kit  # noqa: E402
from heldout_kit import *  # noqa: E402,F401,F403

SEED = 20261414

# ---------------------------------------------------------------- names
GIVEN = [
    # Crimean Tatar, Bashkir
    ("Lenur", "m"), ("Elvina", "f"), ("Server", "m"), ("Zarema", "f"), ("Ayder", "m"),
    ("Emine", "f"), ("Azat", "m"), ("Gulnaz", "f"), ("Ildar", "m"), ("Aigul", "f"),
    # Sakha, Buryat, Kalmyk
    ("Aital", "m"), ("Sardaana", "f"), ("Kyunney", "f"), ("Ayaal", "m"), ("Bair", "m"),
    ("Sayana", "f"), ("Dashi", "m"), ("Tuyana", "f"), ("Badma", "m"), ("Altana", "f"),
    # Avar, Lezgin, Abkhaz
    ("Magomed", "m"), ("Patimat", "f"), ("Gadzhi", "m"), ("Zagidat", "f"), ("Daur", "m"),
    ("Amra", "f"), ("Astamur", "m"),
    # Yazidi, Druze, Mandaean, Gulf and Jordanian
    ("Khero", "m"), ("Nazdar", "f"), ("Dilovan", "m"), ("Havin", "f"), ("Wissam", "m"),
    ("Rabab", "f"), ("Yahya", "m"), ("Sahar", "f"), ("Hamdan", "m"), ("Shamma", "f"),
    ("Rashed", "m"), ("Mahra", "f"), ("Rawan", "f"),
    # Batak, Balinese, Sundanese, Bugis
    ("Togar", "m"), ("Rumondang", "f"), ("Parlindungan", "m"), ("Wayan", "x"), ("Nyoman", "x"),
    ("Ketut", "x"), ("Komang", "x"), ("Asep", "m"), ("Euis", "f"), ("Ujang", "m"), ("Besse", "f"),
    # I-Kiribati
    ("Tebuka", "m"), ("Taabeta", "f"), ("Kaiea", "m"),
    # Tiv, Ibibio, Edo, Ijaw, Kanuri
    ("Terver", "m"), ("Doose", "f"), ("Aondona", "m"), ("Msugh", "m"), ("Mwuese", "f"),
    ("Aniekan", "m"), ("Idara", "f"), ("Uduak", "x"), ("Mfon", "f"), ("Osaze", "m"),
    ("Efosa", "m"), ("Eghosa", "m"), ("Ivie", "f"), ("Osasenaga", "f"), ("Tonye", "m"),
    ("Ebiere", "f"), ("Preye", "f"), ("Bukar", "m"), ("Fanna", "f"),
    # Acholi, Swazi
    ("Ojok", "m"), ("Akello", "f"), ("Adong", "f"), ("Atim", "f"), ("Nomcebo", "f"),
    ("Mbuso", "m"), ("Lindiwe", "f"),
    # Mapuche, Aymara, Nahuatl, K'iche'
    ("Ayelén", "f"), ("Millaray", "f"), ("Lautaro", "m"), ("Nahuel", "m"), ("Rayén", "f"),
    ("Amaru", "m"), ("Wara", "f"), ("Xóchitl", "f"), ("Citlali", "f"), ("Tonatiuh", "m"),
    ("Ixchel", "f"),
    # Bahamian, Vincentian, Surinamese, Puerto Rican
    ("Kendrick", "m"), ("Dellon", "m"), ("Kerrica", "f"), ("Radjesh", "m"), ("Sharda", "f"),
    ("Yaritza", "f"), ("Jadiel", "m"), ("Coralys", "f"),
    # Sherpa, Khasi, Naga, Santali, Chakma
    ("Pasang", "x"), ("Lhakpa", "x"), ("Pemba", "m"), ("Ang Dorje", "m"), ("Wanbok", "m"),
    ("Ibalari", "f"), ("Daiahun", "f"), ("Neiphiu", "m"), ("Vibeituono", "f"), ("Akum", "m"),
    ("Baha", "f"), ("Jhuma", "f"),
    # Okinawan
    ("Kamado", "f"), ("Tokuichi", "m"),
    # Walloon, Friulian, Sicilian, Silesian, Alsatian, Gibraltarian
    ("Ghislain", "m"), ("Ghislaine", "f"), ("Fernand", "m"), ("Ermes", "m"), ("Celestina", "f"),
    ("Calogero", "m"), ("Rosalia", "f"), ("Carmelo", "m"), ("Concetta", "f"), ("Zefla", "f"),
    ("Hanik", "m"), ("Seppi", "m"), ("Odile", "f"),
    # English, rare and ordinary
    ("Wilfred", "m"), ("Ottoline", "f"), ("Perpetua", "f"), ("Jocelyn", "f"), ("Enid", "f"),
    ("Ambrose", "m"), ("Seraphina", "f"), ("Bartholomew", "m"), ("Hester", "f"), ("Leofric", "m"),
    ("Jack", "m"), ("Olivia", "f"), ("Chloe", "f"), ("Ryan", "m"), ("Kayleigh", "f"),
    ("Connor", "m"), ("Jessica", "f"), ("Aaron", "m"), ("Lacey-Jane", "f"), ("Tommy-Lee", "m"),
]
WORD_GIVEN = [("Wren", "f"), ("Clay", "m"), ("Saffron", "f"), ("Forrest", "m"), ("Autumn", "f"),
              ("Sterling", "m"), ("Poppy", "f"), ("Reed", "m"), ("Meadow", "f"), ("Bay", "x"),
              ("Sunny", "x"), ("Ash", "m")]

SURNAMES = [
    # Crimean Tatar, Bashkir, Sakha, Buryat, Kalmyk
    "Umerov", "Seitova", "Chubarov", "Bekirova", "Khasanov", "Yulaeva", "Gabdrakhmanov",
    "Nikiforov", "Vinokurova", "Dambaev", "Tsydenova", "Budaev", "Mandzhieva", "Erdniev",
    # Avar, Lezgin, Abkhaz
    "Magomedova", "Gadzhiev", "Abdulaev", "Agayeva", "Ardzinba", "Lakoba", "Gogua",
    # Yazidi, Druze, Mandaean, Gulf, Jordanian
    "Khudeda", "Murad", "Hajji Bakr", "Abu Shaqra", "Halabi", "Zahrun", "Al Balushi",
    "Al Mazrouei", "Al Harthy", "Haddadin", "Al-Majali",
    # Batak, Balinese, Sundanese, Bugis
    "Siregar", "Nainggolan", "Simanjuntak", "Hutapea", "Sukadana", "Astawa", "Suparta",
    "Permana", "Hidayat", "Daeng Matona", "Pallawa",
    # ni-Vanuatu, I-Kiribati, Solomon Islands, Niue
    "Kalsakau", "Tabimasmas", "Natuman", "Tebano", "Maamau", "Kenilorea", "Talagi", "Tukuitonga",
    # Tiv, Ibibio, Edo, Ijaw, Kanuri, Bamileke
    "Iorhemba", "Tarka", "Ukaa", "Akpan", "Udoh", "Ekpo", "Osagie", "Igbinedion", "Ehigiator",
    "Omoregie", "Alagoa", "Tamuno", "Shettima", "Kachalla", "Fotso", "Tchatchoua", "Nkamgang",
    # Acholi, Chaga, Swazi
    "Odong", "Olweny", "Ocaya", "Kimaro", "Massawe", "Lyimo", "Magagula", "Shongwe", "Nxumalo",
    # Mapuche, Aymara, K'iche'
    "Huenchumilla", "Painemal", "Catrileo", "Ancalao", "Choque", "Condori", "Apaza", "Ticona",
    "Tzul", "Ixcoy",
    # Bahamian, Vincentian, Surinamese, Puerto Rican
    "Rolle", "Knowles", "Pinder", "Cartwright", "Gonsalves", "Ollivierre", "Sewdien",
    "Kromodimedjo", "Pinas", "Colón", "Figueroa-Vélez",
    # Sherpa, Khasi, Naga, Santali, Chakma
    "Sherpa", "Lyngdoh", "Syiem", "Kharkongor", "Marbaniang", "Jamir", "Sangtam", "Kikon",
    "Murmu", "Hansda", "Tudu", "Dewan",
    # Okinawan
    "Higa", "Chinen", "Kinjo", "Arakaki",
    # Walloon, Friulian, Ladin, Sicilian, Gagauz, Silesian, Alsatian, Gibraltarian
    "Dethier", "Piérard", "Hennuy", "Tomat", "Zanier", "Dapunt", "Crazzolara", "Lo Bianco",
    "Scaccianoce", "Cusumano", "Dimitroglo", "Ormanji", "Kotas", "Pyka", "Ehrhart", "Olivero",
    "Netto",
    # English: Fenland, West Country, Black Country
    "Gotobed", "Hardiment", "Luscombe", "Squibb", "Hannaford", "Tonks", "Hickinbottom",
    "Mucklow", "Walker", "Thompson",
]
WORD_SURNAMES = ["Frost", "Pike", "Sparrow", "Plumb", "Sharp", "Sweet", "Hedges", "Gold", "Ridge",
                 "Steel", "Hay", "Banks", "Drake", "Wolf"]

NICK = {"Gulnaz": "Gulya", "Sardaana": "Sarda", "Magomed": "Maga", "Parlindungan": "Lindung",
        "Osasenaga": "Osas", "Eghosa": "Gosa", "Vibeituono": "Vibi", "Bartholomew": "Barty",
        "Ottoline": "Ottie", "Calogero": "Lillo", "Concetta": "Tina", "Millaray": "Milla",
        "Tonatiuh": "Toni", "Xóchitl": "Xochi", "Daiahun": "Dai", "Seraphina": "Sera",
        "Leofric": "Leo", "Lacey-Jane": "Lace", "Tommy-Lee": "TJ", "Aniekan": "Ani",
        "Kendrick": "Kenny", "Wilfred": "Wilf", "Perpetua": "Pet", "Jocelyn": "Joss"}

BAD_INITIALS = {
    "AM", "PM", "OK", "NO", "IT", "IS", "IN", "ON", "OF", "TO", "US", "UK", "GB", "BE", "BY", "DO",
    "GO", "HE", "IF", "ME", "MY", "OR", "SO", "UP", "WE", "AN", "AS", "AT", "HA", "HI", "LO", "OH",
    "PE", "RE", "DT", "PA", "TA", "HT", "DH", "SW", "EP", "GP", "PC", "DC", "DS", "PS", "MR", "MS",
    "DR", "ST", "NB", "ID", "IP", "LA", "HR", "CC", "FW", "EY", "YR", "KS", "NI", "BA", "MA", "MP",
    "CV", "FM", "PP", "TV", "PR", "QA", "HM", "AB", "DOB", "DBS", "SLT", "DSL", "SEN", "RAG", "EAL",
    "FSM", "NHS", "ICT", "TBC", "UPN", "ULN", "MOT", "TT", "AP", "OT", "CP", "SA", "AA", "LAC",
    "VS", "PEP", "SW", "DSE", "TPS", "NA", "KA", "WA",
}

PLACES = [
    ("Netherton", "Dudley", ["DY2"]), ("Lye", "Stourbridge", ["DY9"]),
    ("Princes End", "Tipton", ["DY4"]), ("Walsoken", "Wisbech", ["PE13", "PE14"]),
    ("Town End", "March", ["PE15"]), ("Halcon", "Taunton", ["TA1"]),
    ("Hamp", "Bridgwater", ["TA6"]), ("Pottington", "Barnstaple", ["EX31"]),
    ("Pennywell", "Sunderland", ["SR4"]), ("Owton Manor", "Hartlepool", ["TS25"]),
    ("Nunsthorpe", "Grimsby", ["DN33"]), ("Kirkholt", "Rochdale", ["OL11"]),
]
STREETS = ["Saltings Way", "Forge Lane", "Chainmakers Row", "Sluice Road", "Drove Lane",
           "Withy Close", "Colliery Terrace", "Nailers Walk", "Osier Road", "Keel Street",
           "Tannery Close", "Pitmans Row", "Lime Kiln Lane", "Cutler's Yard", "Eel Pie Drove"]
HOUSE_NAMES = ["Flat 4, Chainmakers House", "Flat 1C, Osier Court", "Apartment 9, The Old Sawmill",
               "Flat 12, Keel Court"]
SCHOOLS = [
    ("Netherton Forge Primary School", "nethertonforge"), ("Walsoken Fen Academy", "walsokenfen"),
    ("St Cuthbert's RC Primary", "stcuthberts"), ("Halcon Vale Community High", "halconvale"),
    ("Pennywell Free School", "pennywell"), ("Owton Manor Junior School", "owtonmanor"),
    ("Kirkholt Brook Academy", "kirkholtbrook"), ("Mary Anning Primary", "maryanning"),
    ("Elizabeth Garrett Anderson High", "egahigh"), ("Isambard Brunel Academy", "brunelacademy"),
]
TRAPS = [
    "Frost on the top playground: KS1 stay on the yard until 10:30.",
    "A pike has been seen in the nature pond, so pond dipping is paused.",
    "Sparrow class are leading Friday's assembly.",
    "Plumb the new sink in the DT room before half term.",
    "Sharp knives stay in the locked drawer in food tech.",
    "The sweet stall raised £84 at the Autumn fair.",
    "Hedges along Drove Lane will be trimmed on Tuesday.",
    "Gold award for the Eco-Schools bid arrived today.",
    "Ridge tiles blown off the sports hall roof again.",
    "Steel pans group rehearses in the hall on Thursdays.",
    "Hay bales for the harvest festival are in the PE store.",
    "Banks of the river are out of bounds on the geography walk.",
    "Drake's Drum is the Year 5 class reader this term.",
    "The Wolf Brigade (Year 8 house) are top of the points table.",
    "A wren has nested in the bike shelter; please leave it alone.",
    "Clay modelling club moves to the art room.",
    "Saffron buns for the Cornish day on St Piran's are pre-ordered.",
    "Film night: Forrest Gump (12) for sixth form only.",
    "Autumn term data drop closes on the 14th.",
    "Sterling and euro cash only on the France trip.",
    "Poppy Appeal tins are in the office.",
    "Reed beds at Welney Wetland Centre for the Year 4 visit.",
    "Meadow View car park is closed for resurfacing.",
    "The bay window in the library is leaking.",
    "Sunny spells forecast for sports day, bring hats.",
    "Ash dieback: the tree by the gate will be felled.",
    "Isambard Brunel Academy and Mary Anning Primary share the minibus.",
    "The Florence Hall and Darwin Wing are used for exams.",
    "Charity: Age UK, Barnardo's and the Dogs Trust.",
    "Drink Ribena, not Lucozade, on the trip, please.",
]


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


def reg(d, r, p):
    f = r.random()
    if f < 0.22:
        d.p(f"{p.surname.upper()} {p.given}")
    elif f < 0.45:
        d.p(p.surname).t(", ").p(p.given)
    elif f < 0.6:
        d.p(f"{p.given} {p.surname[0].upper()}.")
    elif f < 0.7:
        d.p(p.full.upper())
    else:
        d.p(p.full)
    return d


def nick(p):
    return NICK.get(p.given)


def said(p):
    return nick(p) or p.given


def lc(s):
    return s.lower()


def slug(s):
    return re.sub(r"[^a-z]", "", strip_acc(s.lower()))


def work_email(p, domain, r):
    g, s = slug(p.given), slug(p.surname)
    return r.choice([f"{g}.{s}", f"{g[0]}{s}", f"{s}.{g[0]}"]) + "@" + domain


def maybe_lc(r, s, p=0.25):
    return lc(s) if r.random() < p else s


def caps_or(r, s, p=0.5):
    return s.upper() if r.random() < p else s


def key_block(d, people, keys, sep=" = "):
    for p in people:
        d.t("  ").p(keys[p.full]).t(sep).p(p.full).nl()


# ---------------------------------------------------------------- kinds
def k_helpdesk(g, r, ids):
    """Site maintenance helpdesk ticket export."""
    d = Doc("site_helpdesk_tickets")
    sch = School(r)
    mgr = g.person()
    d.nl(f"{sch.name} - Estates helpdesk - open tickets")
    d.t("Site manager: ").p(mgr.full).t(" (").s("EMAIL", work_email(mgr, sch.domain, r)).t(", ext ")
    d.nl(f"{r.randint(200, 299)})")
    d.nl()
    techs = [g.person() for _ in range(2)]
    keys = initials_unique_plain(techs)
    rooms = ["Darwin Wing D4", "Florence Hall", "Sparrow classroom", "Boiler house", "Gold corridor",
             "Kitchen", "Sports hall", "Ridge block R12", "Library"]
    for _ in range(r.randint(4, 6)):
        rep = g.person()
        tk = f"HD-{r.randint(10000, 99999)}"
        d.nl(f"Ticket {tk}   Priority {r.choice(['P1', 'P2', 'P3'])}   Room: {r.choice(rooms)}")
        d.t("Reported by: ")
        f = r.random()
        if f < 0.4:
            d.p(rep.full).t(" <").s("EMAIL", work_email(rep, sch.domain, r)).t(">")
        elif f < 0.7:
            d.p(rep.surname).t(", ").p(rep.given)
        else:
            d.t(tt(r, rep) + " ").p(rep.surname)
        d.nl(f"   Logged {short_date(r)} {hm(r)}")
        if r.random() < 0.4:
            d.t("From PC ").s("IP", ids.ip()).nl(f" asset tag ST{r.randint(1000, 9999)}")
        t = r.choice(techs)
        d.t("Assigned: ").p(keys[t.full]).nl(f"   Status: {r.choice(['Open', 'Parts ordered', 'On hold', 'Done'])}")
        x = g.person()

        def n():
            F(d, r.choice(["Note: {a} says the radiator is stone cold again; {b}'s room is the same. "
                       "Told {c} we need a contractor for the valve.",
                       "note - {a} reports the blind cord snapped, {b} nearly tripped on it. "
                       "{c} to order parts from Steel & Gold Ltd.",
                       "Update: {c} checked it; {a} and {b} both say the projector cuts out "
                       "after ten minutes. Frost damage to the cable trunking?"]),
              a=maybe_lc(r, said(rep), 0.3), b=x.full, c=mgr.given)
        para(d, r, n)
        d.nl()
    d.nl("Key:")
    key_block(d, techs, keys)
    if r.random() < 0.5:
        trap(d, r)
    return d


def k_flu(g, r, ids):
    """Staff flu vaccination consent list."""
    d = Doc("staff_flu_vaccination_consent")
    sch = School(r)
    nurse = g.person(sex="f")
    d.nl(f"STAFF FLU VACCINATION CLINIC - {sch.name.upper()}")
    d.t("Clinic run by Halcon Vale Immunisation Team. Nurse: ").p(nurse.full).t(" (")
    d.s("PHONE", phone(ids, r)).nl(")")
    d.nl(f"Clinic date: {day_date(r)}   Vaccine batch: FLQ{r.randint(100000, 999999)}")
    d.nl()
    d.nl("No | Surname         | First name    | DOB        | NHS number   | GP surgery            | Consent")
    surg = ["Lye Valley Surgery", "Dr Pike & Partners", "Frost Medical Centre", "Keel Street Practice",
            "St Luke's Health Centre"]
    for i in range(r.randint(7, 10)):
        p = g.person(word_ok=True)
        d.t(f"{i + 1:>2} | ").p(caps_or(r, p.surname, 0.4)).t(" | ").p(p.given).t(" | ")
        d.s("DATE_OF_BIRTH", ids.dob(1961, 2001)).t(" | ")
        if r.random() < 0.8:
            d.s("NHS_NUMBER", ids.nhs())
        else:
            d.t("not known")
        d.nl(f" | {r.choice(surg)} | {r.choice(['Y', 'Y', 'Y', 'N - declined'])}")
    d.nl()
    a, b = g.person(), g.person()

    def n():
        F(d, "Notes: {a} had a reaction last year - nurse to check with her first. "
             "{b} is pregnant, consent confirmed by her midwife. Lists to {n} by Friday; "
             "Dr Pike & Partners is a surgery, not a member of staff.",
          a=a.full, b=maybe_lc(r, b.given, 0.3), n=nurse.given)
    para(d, r, n)
    if r.random() < 0.6:
        trap(d, r)
    return d


def k_uniform_grant(g, r, ids):
    """School uniform grant application."""
    d = Doc("uniform_grant_application")
    sch = School(r)
    par = g.person()
    letterhead(d, r, sch)
    d.nl("SCHOOL UNIFORM GRANT - APPLICATION 2026/27 (funded by the Household Support Fund)")
    d.nl()
    d.t("Applicant surname: ").p(par.surname.upper()).t("    First name(s): ").p(caps_or(r, par.given)).nl()
    d.t("Address: ").addr(Addr(r), multi=False, sep="  Postcode: ")
    d.nl()
    d.t("Phone: ").s("PHONE", phone(ids, r)).t("   Email: ").s("EMAIL", parent_email(par, r)).nl()
    d.t("National Insurance no: ").s("NI_NUMBER", ids.ni()).nl()
    d.nl(f"Benefit: {r.choice(['Universal Credit', 'Income Support', 'Pension Credit'])}   "
         f"UC reference: {r.randint(1000000, 9999999)}")
    d.nl()
    d.nl("Children:")
    for _ in range(r.randint(1, 3)):
        k = g.family(par)
        d.t("  ").p(k.full).t("  DOB ").s("DATE_OF_BIRTH", ids.dob(2011, 2020))
        d.nl(f"  Year {r.randint(1, 11)}  Size: {r.choice(['age 7-8', '28in', 'S', 'M', '32in'])}")
    d.nl()
    d.t("Pay to: account name ").p(r.choice([par.full, f"{par.given[0]} {par.surname}", par.full.upper()]))
    d.t("  sort code ").s("BANK", ids.sort_code()).t("  account ").s("BANK", ids.account()).nl()
    d.nl()
    off = g.person()

    def n():
        F(d, "Office use: checked by {o} against FSM list; {p} rang on {dt} to say "
             "the blazer for {k} is from Steel & Gold Schoolwear, not the shop in Wisbech.",
          o=off.full, p=maybe_lc(r, par.full, 0.3), dt=(None, short_date(r)), k=g.person().given)
    para(d, r, n)
    return d


def k_pe_kit(g, r, ids):
    """PE kit loan log (spare kit lent to pupils)."""
    d = Doc("pe_kit_loan_log")
    sch = School(r)
    staff = [g.person() for _ in range(3)]
    keys = initials_unique_plain(staff)
    d.nl(f"{sch.name} PE dept - spare kit loans, week of {fmt_date(r)}")
    d.nl()
    d.nl("Date  | Pupil                    | Form | Items            | Lent by | Back?")
    for _ in range(r.randint(8, 12)):
        p = g.person()
        d.t(f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d} | ")
        f = r.random()
        if f < 0.2:
            d.p(lc(p.full))
        else:
            reg(d, r, p)
        d.t(f" | {r.randint(7, 11)}{r.choice('ABCDK')} | {r.choice(['shorts', 'top + shorts', 'trainers sz 5', 'socks', 'Gold house bib'])} | ")
        d.p(keys[r.choice(staff).full])
        d.nl(f" | {r.choice(['yes', 'no', 'no - chased', 'washed'])}")
    d.nl()
    d.nl("Lent by:")
    key_block(d, staff, keys, " - ")
    x, y = g.person(), g.person()

    def n():
        F(d, "repeat offenders: {a} (4th time), {b}'s mum says the kit is in the wash. "
             "letter home if no kit after half term - {c}",
          a=lc(x.given), b=lc(y.given), c=lc(staff[0].given))
    para(d, r, n)
    if r.random() < 0.5:
        trap(d, r)
    return d


def k_trip_refund(g, r, ids):
    """School trip refund ledger (CSV)."""
    d = Doc("trip_refund_ledger")
    sch = School(r)
    fin = g.person()
    d.t(f"# {sch.name} - trip refunds - {r.choice(['Year 9 Normandy', 'Year 6 Kingswood', 'Y11 Alton Towers'])} - prepared by ").p(fin.full).nl()
    d.nl("ref,pupil_surname,pupil_forename,payer,amount,method,card_or_account,sort_code,notes")
    for _ in range(r.randint(6, 9)):
        p = g.person()
        pa = g.family(p)
        d.t(f"RF{r.randint(10000, 99999)},")
        d.p(caps_or(r, p.surname, 0.3)).t(",").p(p.given).t(",")
        if r.random() < 0.3:
            d.t('"').p(pa.surname).t(", ").p(pa.given).t('"')
        else:
            d.p(pa.full)
        d.t(f",{r.randint(20, 350)}.00,")
        m = r.random()
        if m < 0.35:
            d.t("card,").s("CARD", ids.card()).t(",,")
        elif m < 0.7:
            d.t("BACS,").s("BANK", ids.account()).t(",").s("BANK", ids.sort_code()).t(",")
        else:
            d.t(f"card,ending {r.randint(1000, 9999)},,")
        d.nl(r.choice(["", "sibling discount", "PP funded - no refund", "cheque returned"]))
    x = g.person()

    def n():
        F(d, "# {x}'s refund is on hold until the deposit from the coach firm comes back. "
             "Authorised: {f}.", x=x.full, f=fin.given)
    para(d, r, n)
    return d


def k_pp_plus(g, r, ids):
    """Pupil premium plus (looked-after child) funding claim to the virtual school."""
    d = Doc("pp_plus_claim")
    sch = School(r)
    vs = g.person()
    dt = g.person()
    d.nl("VIRTUAL SCHOOL - PUPIL PREMIUM PLUS ADDITIONAL FUNDING REQUEST")
    d.t("To: ").p(vs.full).t(", Virtual School Head  ").s("EMAIL", work_email(vs, "virtualschool.example.gov.uk", r)).nl()
    d.t("From: ").p(dt.full).t(f", Designated Teacher, {sch.name}").nl()
    d.nl()
    c = g.person()
    d.t("Child's legal name: ").p(caps_or(r, c.full)).nl()
    if nick(c):
        d.t("Known as: ").p(nick(c)).nl()
    d.t("DOB: ").s("DATE_OF_BIRTH", ids.dob(2010, 2019)).t("   UPN: ").s("UPN", ids.upn()).nl()
    sw = g.person()
    d.t("Social worker: ").p(sw.full).t("  ").s("PHONE", phone(ids, r, "lds")).nl()
    car = g.person()
    d.t("Carer(s): ").t(tt(r, car) + " ").p(car.surname)
    if r.random() < 0.5:
        d.t(" and ").p(g.person().full)
    d.nl(f" ({r.choice(['foster carer', 'kinship carer', 'residential'])})")
    d.nl(f"PEP date: {fmt_date(r)}   Amount requested: £{r.randint(3, 12) * 100}   LA ref: LAC/{r.randint(10000, 99999)}")
    d.nl()

    def n():
        F(d, "Rationale: {c} has had three placement moves since {m}. We are asking for "
             "funding for weekly tutoring with {t} and a mentor session with {s}. {cf} "
             "told us she wants to be a vet; her carer {car} supports this.",
          c=said(c), m=(None, r.choice(MONTHS)), t=g.person().full, s=maybe_lc(r, g.person().given, 0.2),
          cf=c.given, car=car.given)
    para(d, r, n)
    d.t("Signed: ").p(dt.full.upper() if r.random() < 0.3 else dt.full).nl(f"   Date: {short_date(r)}")
    return d


def k_minibus_assess(g, r, ids):
    """School minibus driver assessment record."""
    d = Doc("minibus_driver_assessment")
    sch = School(r)
    drv = g.person()
    ass = g.person()
    d.nl(f"{sch.name} - MINIBUS DRIVER ASSESSMENT RECORD")
    d.nl()
    d.t("Driver name: ").p(caps_or(r, drv.full, 0.4)).nl()
    d.t("Date of birth: ").s("DATE_OF_BIRTH", ids.dob(1965, 2000)).nl()
    d.nl(f"Licence categories: {r.choice(['B, D1 (101) not for hire', 'B, BE', 'B only - Section 19 permit'])}   Points: {r.choice([0, 0, 3])}")
    d.t("Vehicle used: ").s("VEHICLE", ids.vehicle()).nl(f"   Seats: {r.choice([12, 16, 17])}   Permit no: S19/{r.randint(100000, 999999)}")
    d.t("Assessor: ").p(ass.full).nl(f" (MiDAS assessor {r.randint(10000, 99999)})")
    d.nl()
    d.nl("Check                     | Result | Comment")
    for it in ["Vehicle walk-round", "Mirrors and blind spots", "Reversing with banksman",
               "Passenger briefing", "Emergency stop", "Tail lift"]:
        d.nl(f"{it:<25} | {r.choice(['Pass', 'Pass', 'Pass', 'Advice'])} | {r.choice(['-', 'ok', 'slow on the Sluice Road bend', 'good'])}")
    d.nl()
    b = g.person()

    def n():
        F(d, "Comments: {dv} drove well; {b} acted as banksman in the Meadow View car "
             "park. Reassess in 4 years or after any incident. Copy to {m}.",
          dv=r.choice([drv.given, f"{drv.given[0]}. {drv.surname}"]), b=b.full, m=g.person().full)
    para(d, r, n)
    d.t("Signed (assessor): ").p(r.choice([f"{ass.given[0]}. {ass.surname}", ass.full])).nl(f"   {short_date(r)}")
    if r.random() < 0.4:
        trap(d, r)
    return d


def k_name_change(g, r, ids):
    """Request to change a pupil's name on school records."""
    d = Doc("name_change_request")
    sch = School(r)
    letterhead(d, r, sch)
    d.nl("REQUEST TO CHANGE A CHILD'S NAME ON SCHOOL RECORDS")
    d.nl()
    c = g.person()
    new_sur = r.choice(SURNAMES + WORD_SURNAMES)
    d.t("Current legal surname: ").p(c.surname.upper()).t("   Forename(s): ").p(caps_or(r, c.given)).nl()
    d.t("Requested surname: ").p(new_sur.upper() if r.random() < 0.5 else new_sur).nl()
    if r.random() < 0.5:
        d.t("Preferred first name: ").p(nick(c) or r.choice(GIVEN)[0]).nl()
    d.t("Date of birth: ").s("DATE_OF_BIRTH", ids.dob(2012, 2020)).t("   UPN: ").s("UPN", ids.upn()).nl()
    d.nl()
    m, f = g.family(c, "f"), g.family(c, "m")
    d.t("Person with parental responsibility making the request: ").t(tt(r, m) + " ").p(m.full).nl()
    d.t("Address: ").addr(Addr(r), multi=False, sep=", ").nl()
    d.t("Phone: ").s("PHONE", phone(ids, r)).nl()
    d.t("Other person with PR: ").p(caps_or(r, f.full, 0.3)).t(" - consent ")
    d.nl(r.choice(["given in writing", "not given", "not known"]))
    d.nl(f"Court order / deed poll ref: {r.choice(['ZC', 'MA', 'DP'])}{r.randint(10, 99)}P{r.randint(10000, 99999)}")
    d.nl()
    ho = g.person()

    def n():
        F(d, "Office note: without {f}'s consent or a court order we keep {c} "
             "{s} on the legal record and use the requested name informally. Referred to "
             "{h} (head) on {dt}.",
          f=f.given, c=c.given, s=c.surname, h=ho.full, dt=(None, short_date(r)))
    para(d, r, n)
    return d


def k_tutoring(g, r, ids):
    """Tutoring programme session log (TSV)."""
    d = Doc("tutoring_session_log")
    sch = School(r)
    lead = g.person()
    tut = g.person()
    d.t(f"# {sch.name}\tschool-led tutoring\tlead: ").p(lead.full).nl()
    d.t("# tutor: ").p(tut.full).t("\t").s("EMAIL", parent_email(tut, r)).nl()
    d.nl("session\tdate\tULN\tsurname\tforename\tsubject\tattended\tnotes")
    for i in range(r.randint(6, 9)):
        p = g.person()
        d.t(f"{r.randint(1, 15)}\t{short_date(r)}\t")
        if r.random() < 0.75:
            d.s("ULN", ids.uln())
        d.t("\t").p(caps_or(r, p.surname, 0.3)).t("\t").p(p.given)
        d.t(f"\t{r.choice(['maths', 'English', 'science'])}\t{r.choice(['Y', 'Y', 'N', 'late'])}\t")
        d.nl(r.choice(["", "fractions", "good focus", "Gold group", "Drake's Drum extract"]))
    a, b = g.person(), g.person()

    def n():
        F(d, "# {a} and {b} swapped to the Tuesday group. {t} off sick 2 weeks - cover "
             "from {c}.", a=lc(a.given), b=b.full, t=tut.given, c=g.person().full)
    para(d, r, n)
    return d


def k_report_card(g, r, ids):
    """Daily behaviour report card."""
    d = Doc("daily_report_card")
    sch = School(r)
    p = g.person()
    hoy = g.person()
    d.nl(f"{sch.name.upper()} - DAILY REPORT CARD ({r.choice(['TUTOR', 'HEAD OF YEAR', 'SLT'])} LEVEL)")
    d.t("Name: ").p(caps_or(r, p.full, 0.4)).nl(f"   Form: {r.randint(7, 11)}{r.choice('ABCDK')}   Week {r.randint(1, 6)}")
    d.t("On report to: ").t(tt(r, hoy) + " ").p(hoy.surname).nl()
    d.nl("Targets: 1 arrive on time  2 equipment  3 no shouting out")
    d.nl()
    staff = [g.person() for _ in range(4)]
    keys = initials_unique_plain(staff)
    d.nl("Day | P1   | P2   | P3   | P4   | P5   | Sig")
    pas = [g.family(p), g.family(p)]
    for day in ["Mon", "Tue", "Wed", "Thu", "Fri"]:
        d.t(f"{day} |")
        for _ in range(5):
            d.t(f" {r.choice('123')} ")
            d.p(keys[r.choice(staff).full]).t(" |")
        d.t(" ")
        pa = r.choice(pas)
        d.p(r.choice([lc(pa.given), pa.given, f"{pa.given[0]} {pa.surname}"])).nl()
    d.nl()
    d.nl("Staff initials:")
    key_block(d, staff, keys)

    def n():
        F(d, "Comment: better week; {p} still winds up {x} in science. Will review with "
             "{h} and mum on Friday.", p=said(p), x=g.person().given, h=hoy.given)
    para(d, r, n)
    if r.random() < 0.5:
        trap(d, r)
    return d


def k_pension(g, r, ids):
    """Teachers' pension opt-out form."""
    d = Doc("pension_opt_out")
    sch = School(r)
    p = g.person()
    d.nl("TEACHERS' PENSION SCHEME - ELECTION TO OPT OUT (copy held by school HR)")
    d.nl()
    d.t("SURNAME: ").p(p.surname.upper()).t("      FORENAMES: ").p(p.given.upper()).nl()
    if r.random() < 0.4:
        d.t("Previous surname(s): ").p(r.choice(SURNAMES)).nl()
    d.t("Date of birth: ").s("DATE_OF_BIRTH", ids.dob(1962, 1999)).nl()
    d.t("NI number: ").s("NI_NUMBER", ids.ni()).nl()
    d.t("Home address: ").addr(Addr(r), multi=False, sep="  ").nl()
    d.nl(f"TPS reference: {r.randint(10, 99)}/{r.randint(100000, 999999)}   Payroll no: {r.randint(10000000, 99999999)}")
    d.nl(f"Employer: {sch.name}   Employer no: {r.randint(1000, 9999)}/{r.randint(1000, 9999)}")
    d.nl()
    hr = g.person()

    def n():
        F(d, "HR note: {p} has been told about the loss of death-in-service cover. "
             "Form received by {h} on {dt}; a second copy was sent to {w} at payroll.",
          p=r.choice([p.full, p.surname]), h=hr.full,
          dt=(None, short_date(r)), w=g.person().full)
    para(d, r, n)
    d.t("Signature: ").p(r.choice([p.full, lc(p.full), f"{p.given[0]}. {p.surname}"])).nl(f"   Date: {short_date(r)}")
    return d


def k_bereavement(g, r, ids):
    """Bereavement support plan."""
    d = Doc("bereavement_support_plan")
    sch = School(r)
    c = g.person()
    d.nl(f"{sch.name} - Bereavement support plan (CONFIDENTIAL)")
    d.nl()
    d.t("Pupil: ").p(caps_or(r, c.full, 0.3)).t("   DOB: ").s("DATE_OF_BIRTH", ids.dob(2010, 2020)).nl()
    dec = g.family(c)
    rel = {"m": ["father", "grandad", "older brother", "uncle"], "f": ["mother", "grandmother", "older sister", "aunt"]}
    d.t("Person who died: ").p(dec.full).nl(f" ({r.choice(rel.get(dec.sex, ['parent']))})")
    ka = g.person()
    d.t("Key adult in school: ").p(ka.full).nl()
    cr = g.family(c)
    d.t("Parent/carer: ").p(cr.full).t("  ").s("PHONE", phone(ids, r)).nl()
    d.nl(f"Referral: {r.choice(['Winston' + chr(39) + 's Wish', 'Cruse Bereavement Support', 'Child Bereavement UK'])}")
    d.nl()

    def n():
        F(d, "What helps: {c} likes to talk about {dn} and may want to bring in photos. "
             "Sunny days can be hard (they went to the beach together). Time-out card to go "
             "to {k}'s room. {cl} in the same class has been very kind; {s} (sister) is "
             "at {o}.",
          c=said(c), dn=dec.given, k=ka.given, cl=maybe_lc(r, g.person().full, 0.2),
          s=g.person().given, o=(None, r.choice(["Mary Anning Primary", "Elizabeth Garrett Anderson High"])))
    para(d, r, n)
    d.t("Review: ").p(r.choice([ka.full, f"{ka.given[0]}{ka.surname[0]}"])).nl(f" and family, {fmt_date(r)}")
    return d


def k_able_register(g, r, ids):
    """More able / high potential register (TSV)."""
    d = Doc("more_able_register")
    sch = School(r)
    co = g.person()
    teachers = [g.person() for _ in range(3)]
    keys = initials_unique_plain(teachers)
    d.t(f"{sch.name}\tMore able register {r.choice(['2025-26', '2026-27'])}\tcoordinator ").p(co.full).nl()
    d.nl("UPN\tSurname\tForename\tYear\tArea\tNominated by\tEvidence")
    for _ in range(r.randint(7, 10)):
        p = g.person()
        d.s("UPN", ids.upn()).t("\t").p(caps_or(r, p.surname, 0.5)).t("\t").p(p.given)
        d.t(f"\t{r.randint(7, 11)}\t{r.choice(['maths', 'music', 'art', 'sport', 'languages'])}\t")
        d.p(keys[r.choice(teachers).full])
        d.nl(f"\t{r.choice(['KS2 SS 118', 'Gold award', 'county squad', 'Grade 5 piano', 'UKMT silver'])}")
    d.nl()
    for t in teachers:
        d.t("# ").p(keys[t.full]).t("\t").p(t.full).nl()

    def n():
        F(d, "# {a} should be added for chess; {b} asked to be removed (ask {c} first).",
          a=lc(g.person().full), b=g.person().full, c=co.given)
    para(d, r, n)
    if r.random() < 0.5:
        trap(d, r)
    return d


def k_dse(g, r, ids):
    """Display screen equipment (DSE) self-assessment."""
    d = Doc("dse_assessment")
    sch = School(r)
    p = g.person()
    d.nl("DISPLAY SCREEN EQUIPMENT - WORKSTATION SELF-ASSESSMENT")
    d.t("Name: ").p(caps_or(r, p.full, 0.3)).t("   Job title: ")
    d.nl(r.choice(["Data manager", "Finance officer", "Attendance officer", "SENCo", "Receptionist"]))
    d.t("Email: ").s("EMAIL", work_email(p, sch.domain, r)).t("   Location: ")
    d.nl(r.choice(["Main office", "Ridge block R12", "Darwin Wing D4", "Gold corridor"]))
    d.t("Workstation: asset ST").t(str(r.randint(1000, 9999))).t("  IP ").s("IP", ids.ip()).nl()
    d.nl()
    for q in ["Screen at eye level", "Chair adjustable", "Feet supported", "Glare from window",
              "Breaks every hour"]:
        d.nl(f"{q:<22} {r.choice(['Yes', 'No', 'Sometimes'])}")
    d.nl()
    m = g.person()

    def n():
        F(d, "Comments: neck pain since the move; {m} has ordered a monitor arm. "
             "{x} from Steel Office Supplies will fit it. Eye test booked.",
          m=r.choice([m.full, m.surname]), x=g.person().full)
    para(d, r, n)
    d.t("Assessor: ").p(m.full).nl(f"   Review date: {fmt_date(r)}")
    return d


def k_invigilator_claim(g, r, ids):
    """Exam invigilator pay claim email."""
    d = Doc("invigilator_pay_claim")
    sch = School(r)
    inv = g.person()
    eo = g.person()
    em = parent_email(inv, r)
    d.t("From: ").p(inv.full).t(" <").s("EMAIL", em).nl(">")
    d.t("To: ").p(eo.surname).t(", ").p(eo.given).t(" <").s("EMAIL", work_email(eo, sch.domain, r)).nl(">")
    d.t("Subject: Invigilation claim - ").p(inv.full).nl(f" - {r.choice(['May', 'June'])} series")
    d.nl()
    d.t("Hi ").p(eo.given).nl(",")
    d.nl()
    m0 = d.mark()
    F(d, "Please find my hours for the summer series below. I have moved house, so "
         "please update my address to ", )
    d.addr(Addr(r), multi=False, sep=", ")
    F(d, ". My NI number is {ni}. Bank details have changed too: sort code {sc}, account {ac}. "
         "{x} said she would pass on my hours for the Gold Hall sessions.",
      ni=("NI_NUMBER", ids.ni()), sc=("BANK", ids.sort_code()), ac=("BANK", ids.account()),
      x=g.person().full)
    d.wrap(76, m0)
    d.nl()
    d.nl()
    for _ in range(r.randint(3, 5)):
        d.nl(f"  {short_date(r)}  {hm(r, 8, 9)}-{hm(r, 11, 16)}  Room {r.choice(['Florence Hall', 'Sports hall', 'D4'])}")
    d.nl()
    d.nl("Thanks,")
    d.p(inv.given).nl()
    d.s("PHONE", phone(ids, r)).nl()
    return d


def k_lift_share(g, r, ids):
    """Staff lift-share register."""
    d = Doc("staff_lift_share_register")
    sch = School(r)
    co = g.person()
    d.nl(f"{sch.name} - staff lift-share scheme")
    d.t("Coordinator: ").p(co.full).t(", ").s("PHONE", phone(ids, r)).nl()
    d.nl()
    d.nl("Driver                    | Car            | From (area)       | Passengers")
    for _ in range(r.randint(4, 7)):
        p = g.person()
        reg(d, r, p)
        d.t(" | ").s("VEHICLE", ids.vehicle()).t(f" | {r.choice(PLACES)[0]} | ")
        ps = [g.person() for _ in range(r.randint(1, 3))]
        for i, q in enumerate(ps):
            if i:
                d.t(", ")
            f = r.random()
            if f < 0.3:
                d.p(q.given)
            elif f < 0.5:
                d.p(lc(q.full))
            else:
                d.p(q.full)
        d.nl()
    d.nl()

    def n():
        F(d, "notes: {a} can only do Mon/Wed. {b}'s car is in for MOT, {c} is "
             "covering. Parking permits from {co}.",
          a=lc(g.person().given), b=g.person().full, c=g.person().given, co=co.given)
    para(d, r, n)
    if r.random() < 0.6:
        trap(d, r)
    return d


KINDS = [  # (function, clean count, ocr copies)
    (k_helpdesk, 6, 2), (k_flu, 6, 2), (k_uniform_grant, 6, 2), (k_pe_kit, 6, 2),
    (k_trip_refund, 6, 2), (k_pp_plus, 6, 2), (k_minibus_assess, 5, 2), (k_name_change, 6, 2),
    (k_tutoring, 5, 2), (k_report_card, 6, 2), (k_pension, 5, 2), (k_bereavement, 6, 2),
    (k_able_register, 5, 2), (k_dse, 5, 2), (k_invigilator_claim, 6, 1), (k_lift_share, 5, 1),
]

INITIALS_WITHOUT_ACCENTS = True


if __name__ == "__main__":
    heldout_kit.use(globals())
    sys.exit(heldout_kit.main(os.path.dirname(os.path.abspath(__file__)), __doc__.splitlines()[0]))
