#!/usr/bin/env python3
"""Thirteenth held-out detection set for dsar (tests/eval/heldout13).

Written blind: without reading the detector's code, word lists or rules, or the
earlier sets' documents and generators (only heldout12's generator, for how a
generator uses heldout_kit.py; its name lists were not reused). The names,
places, schools, traps and all sixteen document kinds are new. Everything is
invented. Standard library only, fixed seed, deterministic. Writes
docs/0001.txt ... docs/0120.txt and labels.jsonl.

    python3 make_heldout13.py [--out DIR] [--check]
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import heldout_kit  # noqa: E402
from heldout_kit import *  # noqa: E402,F401,F403

SEED = 20261313

# ---------------------------------------------------------------- names
GIVEN = [
    # Malagasy
    ("Hery", "m"), ("Voahangy", "f"), ("Fanilo", "m"), ("Haingotiana", "f"), ("Tojo", "m"),
    ("Mialy", "f"), ("Andry", "m"), ("Lalaina", "f"),
    # Breton
    ("Gwenaëlle", "f"), ("Erwan", "m"), ("Maïwenn", "f"), ("Tanguy", "m"), ("Nolwenn", "f"),
    ("Goulven", "m"), ("Soazig", "f"),
    # Ndebele and Lingala (Zimbabwe, DR Congo)
    ("Sipho", "m"), ("Nomathemba", "f"), ("Themba", "m"), ("Sibusisiwe", "f"), ("Mthulisi", "m"),
    ("Mbuyi", "f"), ("Bokoko", "m"), ("Nsimba", "x"), ("Mputu", "m"), ("Bolingo", "f"),
    # Kashubian and Sorbian
    ("Józef", "m"), ("Kaszëbka", "f"), ("Měrćin", "m"), ("Hańža", "f"), ("Jurij", "m"),
    # Luxembourgish, Corsican, Sardinian, Romansh, Occitan
    ("Jhemp", "m"), ("Mett", "m"), ("Fränz", "m"), ("Josiane", "f"), ("Ghjuvanni", "m"),
    ("Ghjulia", "f"), ("Bachisio", "m"), ("Gavina", "f"), ("Gian Andrea", "m"), ("Mengia", "f"),
    ("Peironet", "m"), ("Azalaïs", "f"),
    # Volga Tatar, Ossetian, Circassian
    ("Ilnur", "m"), ("Guzel", "f"), ("Rinat", "m"), ("Alsu", "f"), ("Soslan", "m"), ("Zalina", "f"),
    ("Alan", "m"), ("Aslanbek", "m"), ("Nafset", "f"),
    # Dhivehi, Assamese, Odia, Meitei, Mizo, Bhutanese, Rohingya
    ("Aishath", "f"), ("Ibrahim Shifaz", "m"), ("Mariyam", "f"), ("Bhupen", "m"), ("Jahnabi", "f"),
    ("Pranjal", "m"), ("Subhashree", "f"), ("Biswajit", "m"), ("Tomba", "m"), ("Thoibi", "f"),
    ("Lalremruati", "f"), ("Zothanpuia", "m"), ("Sonam", "x"), ("Pema", "f"), ("Ugyen", "m"),
    ("Nur Kalima", "f"), ("Jubair", "m"),
    # Tetum, Chamorro, Hawaiian, Tuvaluan
    ("Xanana", "m"), ("Ermelinda", "f"), ("Ju'u", "m"), ("Jesusa", "f"), ("Keoni", "m"),
    ("Leilani", "f"), ("Kalani", "x"), ("Talafou", "m"), ("Seini", "f"),
    # Quechua, Guaraní, Garifuna, St Lucian Kwéyòl
    ("Yupanqui", "m"), ("Killa", "f"), ("Sumaq", "f"), ("Arandú", "m"), ("Jasy", "f"),
    ("Wanani", "f"), ("Duván", "m"), ("Ti-Paul", "m"), ("Merlene", "f"),
    # Tristan da Cunha and St Helena
    ("Corinne", "f"), ("Iris", "f"), ("Wendell", "m"), ("Cyril", "m"),
    # Amazigh and Fula
    ("Massinissa", "m"), ("Tiziri", "f"), ("Amayas", "m"), ("Thiziri", "f"), ("Mamadou Saliou", "m"),
    ("Kadiatou", "f"), ("Oumou", "f"), ("Alpha Oumar", "m"),
    # Efik and Urhobo
    ("Ekaette", "f"), ("Effiong", "m"), ("Nkoyo", "f"), ("Oghenekaro", "m"), ("Ejiro", "f"),
    ("Oghenetega", "f"),
    # Kalenjin, Maasai, Luhya
    ("Kiprono", "m"), ("Jepkosgei", "f"), ("Cheruiyot", "m"), ("Naserian", "f"), ("Lemayian", "m"),
    ("Nafula", "f"), ("Wekesa", "m"),
    # Tsonga, Venda, Herero, Ovambo
    ("Hlulani", "x"), ("Nyiko", "f"), ("Mpho", "x"), ("Rudzani", "m"), ("Uaurika", "f"),
    ("Ndapandula", "f"), ("Tangeni", "m"),
    # English, rarer and ordinary
    ("Barnaby", "m"), ("Octavia", "f"), ("Ptolemy", "m"), ("Clemency", "f"), ("Lysander", "m"),
    ("Petronella", "f"), ("Cuthbert", "m"), ("Honora", "f"), ("Tyler", "m"), ("Jade", "f"),
    ("Liam", "m"), ("Courtney", "f"), ("Jayden-Lee", "m"), ("Maisie-Mae", "f"), ("Harley", "x"),
    ("Robyn", "f"), ("Dean", "m"), ("Stacey", "f"),
]
WORD_GIVEN = [("Lark", "f"), ("Heath", "m"), ("Dale", "m"), ("Glen", "m"), ("Brook", "f"),
              ("Ember", "f"), ("Sage", "x"), ("Pearl", "f"), ("Cliff", "m"), ("Fern", "f"),
              ("Summer", "f"), ("Chance", "m")]

SURNAMES = [
    "Rakotomalala", "Andriamanantena", "Razafindrakoto", "Rasoanaivo", "Randriamampionona", "Ravelojaona",
    "Le Goff", "Kerbrat", "Le Bihan", "Quéméner", "Guivarc'h", "Le Gall", "Morvan",
    "Ncube", "Moyo", "Sibanda", "Ndlovu", "Mpofu", "Lukusa", "Kabongo", "Mbala", "Nzuzi", "Tshibangu",
    "Bôrk", "Szczepańsczi", "Šołta", "Nowak-Kral",
    "Weber", "Hoffmann", "Schmit", "Casanova", "Santoni", "Pinna", "Sanna", "Deiana", "Caminada", "Cadonau",
    "Galiev", "Khabibullina", "Sharipov", "Dzhioev", "Gagloeva", "Tsagolov", "Shogenov", "Khatkova",
    "Moosa", "Shareef", "Borah", "Gogoi", "Baruah", "Mohapatra", "Pattnaik", "Singha", "Ningthoujam",
    "Khiangte", "Ralte", "Wangchuk", "Dorji", "Tshering", "Ullah", "Bibi Hossain",
    "da Costa Soares", "Guterres", "Ximenes", "Taitano", "Cruz Aguon", "Kahananui", "Akana", "Nui", "Tefoto",
    "Mamani", "Quispe", "Huanca", "Benítez", "Ayala", "Cayetano", "Lambey", "St Rose", "Joseph-Alcindor",
    "Glass", "Repetto", "Lavarello", "Swain", "Yon", "Thorpe",
    "Aït Ahmed", "Ouyahia", "Bah", "Diallo", "Baldé", "Sow", "Barry",
    "Etim", "Bassey", "Okon", "Oghenekaro", "Edewor", "Ejovi",
    "Kiptoo", "Chepkoech", "Ole Sankale", "Wanyonyi", "Masinde", "Baloyi", "Maluleke", "Mudau",
    "Nemukula", "Kavari", "Shikongo", "Nghipandulwa",
    "Quartermain", "Fothergill", "Ramsbottom", "Pettigrew", "Smedley", "Dunnage", "Jenkins", "Parker",
]
WORD_SURNAMES = ["Fox", "Lamb", "Marsh", "Bell", "Moss", "Stone", "Cook", "Hunter", "Rich", "Page",
                 "Wise", "Pound", "Nettle", "Lock"]

NICK = {"Haingotiana": "Haingo", "Nomathemba": "Thembi", "Sibusisiwe": "Busi", "Mthulisi": "Mthu",
        "Gwenaëlle": "Gwen", "Ghjuvanni": "Vanni", "Aslanbek": "Aslan", "Lalremruati": "Remi",
        "Zothanpuia": "Zotha", "Subhashree": "Subha", "Massinissa": "Massi", "Oghenekaro": "Karo",
        "Oghenetega": "Tega", "Ndapandula": "Nda", "Barnaby": "Barney", "Ptolemy": "Tolly",
        "Petronella": "Nell", "Clemency": "Clem", "Lysander": "Sandy", "Cuthbert": "Bertie",
        "Jepkosgei": "Jeppy", "Kadiatou": "Kadi", "Leilani": "Lani", "Mamadou Saliou": "Saliou",
        "Maisie-Mae": "Maise", "Ermelinda": "Linda", "Voahangy": "Voa"}

BAD_INITIALS = {
    "AM", "PM", "OK", "NO", "IT", "IS", "IN", "ON", "OF", "TO", "US", "UK", "GB", "BE", "BY", "DO",
    "GO", "HE", "IF", "ME", "MY", "OR", "SO", "UP", "WE", "AN", "AS", "AT", "HA", "HI", "LO", "OH",
    "PE", "RE", "DT", "PA", "TA", "HT", "DH", "SW", "EP", "GP", "PC", "DC", "DS", "PS", "MR", "MS",
    "DR", "ST", "NB", "ID", "IP", "LA", "HR", "CC", "FW", "EY", "YR", "KS", "NI", "BA", "MA", "MP",
    "CV", "FM", "PP", "TV", "PR", "QA", "HM", "AB", "DOE", "DBS", "SLT", "DSL", "SEN", "RAG", "DOB",
    "EAL", "FSM", "NHS", "ICT", "TBC", "UPN", "ULN", "MOT", "BB", "TT", "GR", "ETA", "AP", "OT", "CP",
    "ITT", "MTC", "KS2", "SA", "HL", "LM",
}

PLACES = [
    ("Bishopsworth", "Bristol", ["BS13"]), ("Hartcliffe", "Bristol", ["BS13"]),
    ("Harehills", "Leeds", ["LS8", "LS9"]), ("Seacroft", "Leeds", ["LS14"]),
    ("Moss Side", "Manchester", ["M14", "M15"]), ("Gorton", "Manchester", ["M18"]),
    ("Walthamstow", "London", ["E17"]), ("Plaistow", "London", ["E13"]),
    ("Kirkstall", "Leeds", ["LS5"]), ("Fishponds", "Bristol", ["BS16"]),
    ("Levenshulme", "Manchester", ["M19"]), ("Tottenham Hale", "London", ["N17"]),
]
STREETS = ["Quarry Hill Road", "Ropewalk Lane", "Kiln Close", "Tanyard Mews", "Saltpetre Row",
           "Brickfield Avenue", "Chandlers Way", "Malthouse Grove", "Lamplighter Court", "Cooperage Road",
           "Wharfinger Street", "Glassblowers Lane", "Tollgate Drive", "Hayloft Close", "Nailmakers Walk",
           "Ferry Bank", "Lime Kiln Terrace", "Pottery Lane", "Sawmill Rise", "Corn Exchange Yard"]
HOUSE_NAMES = ["Flat 7, Ropewalk House", "Flat 2B, Kiln Court", "Apartment 11, The Old Maltings",
               "Flat 3, Chandlers Wharf", "Flat 15, Tollgate Heights"]
SCHOOLS = [
    ("Ropewalk Primary School", "ropewalk"), ("Harehills Park Academy", "harehillspark"),
    ("St Brendan's RC Primary", "stbrendans"), ("Kiln Lane Community High", "kilnlane"),
    ("Gorton Brook Free School", "gortonbrook"), ("Holy Trinity CE Junior School", "holytrinityj"),
    ("Fishponds Vale Academy", "fishpondsvale"), ("Walthamstow Marsh High", "walthamstowmarsh"),
]
TRAPS = [
    "Lark Rise to Candleford is the Year 9 class reader this half-term.",
    "The heath fire last summer means the nature trail is still closed.",
    "Dale Road is closed for resurfacing until Friday.",
    "The Glen Affric residential is fully booked.",
    "Brook Class are planting bulbs by the pond.",
    "Embers from the bonfire night display damaged the field.",
    "Sage and onion stuffing is on the Christmas lunch menu.",
    "Pearl Harbor is part of the Year 9 history unit.",
    "The cliff walk is cancelled because of the wind.",
    "Fern and moss samples are in the science prep room.",
    "Summer term reports go home in July.",
    "By chance the coach was early.",
    "A fox has been getting into the bins behind the kitchen.",
    "Lamb hotpot is on the menu on Wednesday.",
    "The marsh trail boardwalk has been repaired.",
    "The bell now goes at 8.50am, not 8.45am.",
    "Moss on the steps by the mobile classroom makes them slippery.",
    "Year 3 start the Stone Age to Iron Age topic next week.",
    "The cook has changed the menu because of the delivery.",
    "Hunter wellies left in the cloakroom are in lost property.",
    "Rich tea biscuits are served at the coffee morning.",
    "Please turn to page 12 of the planner.",
    "The Wise Owl reading challenge starts on Monday.",
    "Pound coins are no longer taken at the tuck shop.",
    "Nettle stings are treated with a cold compress, not cream.",
    "Please lock the side gate after drop-off.",
    "The Florence Nightingale Wing at the hospital hosts the clinic.",
    "The Isaac Newton Science Block is shut for the exam.",
    "Emmeline Pankhurst House won the sports cup.",
    "The William Morris Art Room has new easels.",
    "St Helena Road is the diversion for the coaches.",
    "The Mandela Centre is the venue for the conference.",
    "Ofsted's report is on the website.",
    "Barnardo's run the parenting course on Thursdays.",
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


def said(p):
    return nick(p) or p.given


def lc(s):
    return s.lower()


def slug(s):
    return re.sub(r"[^a-z]", "", strip_acc(s.lower()))


def work_email(p, domain, r):
    g, s = slug(p.given), slug(p.surname)
    return r.choice([f"{g}.{s}", f"{g[0]}{s}", f"{s}.{g[0]}"]) + "@" + domain


def secondary(r):
    sch = School(r)
    while not sch.name.endswith(("Academy", "High", "Free School")):
        sch = School(r)
    return sch


def primary(r):
    sch = School(r)
    while not sch.name.endswith(("Primary", "Primary School", "Junior School")):
        sch = School(r)
    return sch


def maybe_lc(r, s, p=0.25):
    return lc(s) if r.random() < p else s


# ---------------------------------------------------------------- kinds
def k_phonics(g, r, ids):
    """Year 1 phonics screening check results (MIS CSV export)."""
    d = Doc("phonics_check_results")
    sch = primary(r)
    lead = g.person()
    d.nl(f"# {sch.name} - Phonics Screening Check {r.choice(['June 2026', 'Y2 re-check Jun 2026'])}")
    d.t("# exported by ").p(lead.full).t(" from ").s("IP", ids.ip()).nl(f" at {hm(r)}")
    d.nl("UPN,Legal Surname,Legal Forename,DOB,Class,Mark (/40),Outcome,Administered by")
    adm = [g.person() for _ in range(2)]
    keys = initials_unique(adm)
    for _ in range(r.randint(7, 10)):
        p = g.person()
        d.s("UPN", ids.upn()).t(",")
        sur = p.surname.upper() if r.random() < 0.5 else p.surname
        if "," in sur or r.random() < 0.2:
            d.t('"').p(sur).t('"')
        else:
            d.p(sur)
        d.t(",").p(p.given).t(",").s("DATE_OF_BIRTH", ids.dob(2019, 2020)).t(",")
        m = r.randint(8, 40)
        d.t(f"{r.choice(['Brook', 'Kestrel', 'Otter', 'Lark'])},{m},{'WA' if m >= 32 else r.choice(['WT', 'WT', 'D'])},")
        d.p(keys[r.choice(adm).full]).nl()
    d.nl()
    for p in adm:
        d.t("# ").p(keys[p.full]).t(" = ").p(p.full).nl()
    x = g.person()
    def n():
        F(d, "# WA = working at (32+). {x} absent on check day, re-do by {dt}. Lark "
             "class note: {y} found alien words hard; {z} to do a catch-up group.",
          x=maybe_lc(r, x.given), dt=(None, short_date(r)), y=g.person().full, z=lead.given)
    para(d, r, n)
    maybe_trap(d, r, 0.5)
    return d


def k_mtc(g, r, ids):
    """Year 4 multiplication tables check results (TSV) with access arrangements."""
    d = Doc("mtc_results")
    sch = primary(r)
    t = g.person()
    d.nl(f"MTC {r.choice(['2026', 'June 2026'])}\t{sch.name}\tDfE {r.randint(200, 999)}/{r.randint(2000, 4999)}")
    d.t("Headteacher declaration signed by: ").p(t.full.upper() if r.random() < 0.5 else t.full).nl()
    d.nl("Surname\tForename\tUPN\tScore /25\tAccess arrangement\tPIN")
    for _ in range(r.randint(7, 10)):
        p = g.person()
        d.p(p.surname).t("\t").p(p.given).t("\t").s("UPN", ids.upn())
        d.t(f"\t{r.randint(4, 25)}\t{r.choice(['-', '-', 'input assistant', 'remove on-screen number pad', 'audio version', 'pause'])}")
        d.nl(f"\t{r.randint(1000, 9999)}")
    d.nl()
    a = g.person()
    def n():
        F(d, "Input assistant for {a} was {b} (TA). {c}'s score is not yet in the national "
             "data; {h} to chase. PINs are single use and expire at 4pm.",
          a=a.full, b=g.person().full, c=g.person().given, h=maybe_lc(r, t.given, 0.2))
    para(d, r, n)
    maybe_trap(d, r, 0.5)
    return d


def k_contractor_permit(g, r, ids):
    """Contractor permit-to-work and sign-in form."""
    d = Doc("contractor_permit")
    sch = School(r)
    firm = r.choice(["Fox & Lamb Roofing Ltd", "Stone Electrical Services", "Moss Brothers Drainage",
                     "Pound Glazing", "Hunter Scaffolding", "Bell Fire & Security"])
    c = g.person()
    sm = g.person()
    d.nl(f"PERMIT TO WORK No. PTW-{r.randint(1000, 9999)}/{r.randint(10, 99)}   {sch.name}")
    d.nl(f"Contractor company: {firm}")
    d.t("Operative in charge: ").p(c.full.upper() if r.random() < 0.4 else c.full).t("   Mobile: ").s("PHONE", phone(ids, r, "mob")).nl()
    d.t("Vehicle on site: ").s("VEHICLE", ids.vehicle()).nl(f"   Van serial/asset: VN{r.randint(10000000, 99999999)}")
    d.t("Other operatives: ")
    for i in range(r.randint(1, 3)):
        if i:
            d.t(", ")
        reg_name(d, r, g.person())
    d.nl()
    d.nl(f"Work: {r.choice(['replace flat roof over hall', 'rewire ICT suite', 'clear blocked drains by Brook Class', 'fit new fire doors'])}")
    d.nl(f"Asbestos register checked: yes   DBS seen: {r.choice(['yes', 'n/a - escorted'])}   Cert no. {ids.ref10()[:12]}")
    d.t("Issued by: ").p(sm.full).t(" (site manager)   ").s("EMAIL", work_email(sm, sch.domain, r)).nl()
    d.nl()
    d.nl("Sign in / out")
    for _ in range(r.randint(3, 5)):
        p = g.person() if r.random() < 0.5 else c
        d.t(f"{short_date(r)}  in {hm(r, 7, 9)}  out {hm(r, 14, 17)}  ")
        if r.random() < 0.4:
            d.p(initials_unique([p])[p.full])
        else:
            d.p(p.full)
        d.t("  escort: ").p(initials_unique([sm])[sm.full]).nl()
    def n():
        F(d, "Note: {x} asked that no work happens near the Reception gate at pick-up. "
             "{c} agreed. Key returned to {s}.", x=g.person().full, c=said(c), s=maybe_lc(r, sm.given))
    para(d, r, n)
    maybe_trap(d, r, 0.6)
    return d


def k_job_application(g, r, ids):
    """Teaching post application form (personal details, referees)."""
    d = Doc("job_application")
    sch = School(r)
    a = g.person()
    d.nl(f"{sch.name.upper()} — APPLICATION FOR EMPLOYMENT (TEACHING)")
    d.nl(f"Post: {r.choice(['Teacher of Maths', 'KS1 Class Teacher', 'Teacher of Geography', 'SENDCo'])}   Ref: TCH/{r.randint(100, 999)}/26")
    d.nl()
    d.t("Surname: ").p(a.surname.upper() if r.random() < 0.5 else a.surname).t("   First name(s): ").p(a.given).nl()
    if r.random() < 0.5:
        d.t("Previous surname(s): ").p(g.person().surname).nl()
    d.t("Address: ").addr(Addr(r), multi=False, sep="   ").nl()
    d.t("Telephone: ").s("PHONE", phone(ids, r)).t("   Email: ").s("EMAIL", parent_email(a, r)).nl()
    d.t("NI number: ").s("NI_NUMBER", ids.ni()).nl(f"   TRN (DfE teacher ref): {r.randint(1000000, 9999999)}")
    if r.random() < 0.5:
        d.t("Date of birth (for pension/DBS only): ").s("DATE_OF_BIRTH", ids.dob(1970, 2000)).nl()
    d.nl()
    d.nl("REFERENCES")
    for i in (1, 2):
        ref = g.person()
        rs = School(r)
        d.t(f"{i}. Name: {tt(r, ref)} ").p(ref.full).t(f"   Position: {r.choice(['Headteacher', 'Head of Maths', 'Deputy Head', 'PGCE tutor'])}, {rs.name}").nl()
        d.t("   Email: ").s("EMAIL", work_email(ref, rs.domain, r)).t("   Tel: ").s("PHONE", rs.phone).nl()
    d.nl()
    def n():
        F(d, "Supporting statement (extract): In my placement at Cook Lane Primary my mentor, "
             "{m}, let me lead the Stone Age topic. {m2} says I {x}. I am also the parent "
             "of {k}, who attends {s}.", m=g.person().full, m2=g.person().given,
          x=(None, r.choice(["work well under pressure", "build strong relationships"])),
          k=g.person().given, s=(None, r.choice(["St Helena Primary", "Grace Darling Nursery", "a local school"])))
    para(d, r, n)
    d.t("Signed: ").p(a.full).nl(f"   Date: {short_date(r)}")
    maybe_trap(d, r, 0.5)
    return d


def k_exchange(g, r, ids):
    """Languages exchange host family pairings list."""
    d = Doc("exchange_pairings")
    sch = secondary(r)
    lead = g.person()
    partner = r.choice(["Collège Jean Moulin, Quimper", "Lycée Victor Hugo, Rennes", "IES Pablo Neruda, Valladolid", "Gymnasium Schiller, Trier"])
    d.nl(f"{sch.name} — exchange with {partner} — host pairings")
    d.t("Trip leader: ").p(lead.full).t("  ").s("PHONE", phone(ids, r, "mob")).t("  ").s("EMAIL", work_email(lead, sch.domain, r)).nl()
    d.nl()
    d.nl("UK pupil | Tutor | Partner pupil | Host parent (UK) | Contact | Allergies")
    for _ in range(r.randint(6, 8)):
        k = g.person()
        par = g.family(k)
        reg_name(d, r, k)
        d.t(f" | {r.randint(8, 10)}{r.choice('ABCDE')} | ")
        d.p(r.choice(["Maïwenn", "Erwan", "Goulven", "Soazig", "Tanguy", "Nolwenn"]) + " " + r.choice(["Le Goff", "Kerbrat", "Morvan", "Le Bihan"]))
        d.t(" | ")
        if r.random() < 0.5:
            d.t(tt(r, par) + " ").p(par.surname)
        else:
            d.p(par.full)
        d.t(" | ").s("PHONE", phone(ids, r, "mob")).nl(f" | {r.choice(['none', 'nuts', 'none', 'lactose', 'pet hair'])}")
    d.nl()
    def n():
        F(d, "Notes: {a} will share with {b} if the {kf} family withdraw. {c}'s dad has "
             "offered a lift to the coach at Victor Hugo Square. {l} to confirm with the "
             "partner school by Friday.", a=maybe_lc(r, g.person().given), b=g.person().full,
          c=g.person().given, l=lead.given, kf=r.choice(["Kerbrat", "Morvan", "Le Gall", "Quéméner"]))
    para(d, r, n)
    maybe_trap(d, r, 0.6)
    return d


def k_concert(g, r, ids):
    """Spring concert programme with performers (and a box office note)."""
    d = Doc("concert_programme")
    sch = School(r)
    dm = g.person()
    d.nl(f"{sch.name}  ~  SPRING CONCERT  ~  {day_date(r)}, 7pm")
    d.t("Director of music: ").p(dm.full).nl()
    d.nl()
    pieces = ["Pearl Fishers Duet", "The Lark Ascending (arr. for strings)",
              "Summer, from The Four Seasons", "Nimrod", "Moon River", "Bohemian Rhapsody",
              "Rondo alla Turca", "Fantasia on Greensleeves", "Brook Green Suite"]
    for i in range(r.randint(6, 9)):
        d.t(f"{i + 1}. {r.choice(pieces)} — ")
        who = r.random()
        if who < 0.3:
            d.t("Year 7 Choir, soloist ").p(g.person().full)
        elif who < 0.5:
            p1, p2 = g.person(), g.person()
            d.p(p1.full).t(" (violin) & ").p(p2.full).t(" (piano)")
        elif who < 0.7:
            p = g.person()
            d.p(p.full.upper())
        else:
            p = g.person()
            d.p(f"{p.given} {p.surname[0]}.")
            d.t(" (Grade 5 flute)")
        d.nl()
    d.nl()
    def n():
        F(d, "Thank you to our peripatetic staff, especially {a} and Mr {b}, and to {c} "
             "for the programme design. Box office ({bo}) will refund tickets for the "
             "cancelled matinee; order refs start BOX-{ref}.",
          a=g.person().full, b=g.person().surname, c=maybe_lc(r, g.person().full),
          bo=("PHONE", sch.phone), ref=(None, str(r.randint(100000, 999999))))
    para(d, r, n)
    d.nl("Matinee refunds (card payments keyed by the office):")
    for _ in range(r.randint(1, 3)):
        p = g.person()
        d.t("  ")
        reg_name(d, r, p)
        d.t(f"  x{r.randint(1, 4)} tickets  card ").s("CARD", ids.card()).nl(f"  exp {r.randint(1, 12):02d}/{r.randint(27, 31)}")
    maybe_trap(d, r, 0.6)
    return d


def k_collectors(g, r, ids):
    """Authorised collectors and court order record for one child."""
    d = Doc("authorised_collectors")
    sch = primary(r)
    k = g.person()
    m = g.family(k, "f")
    f = g.family(k, "m")
    d.nl(f"{sch.name} — WHO MAY COLLECT — CONFIDENTIAL")
    d.t("Child: ").p(k.full.upper()).t("   DOB: ").s("DATE_OF_BIRTH", ids.dob(2016, 2021)).t("   UPN: ").s("UPN", ids.upn()).nl()
    if nick(k):
        d.t("Known as: ").p(nick(k)).nl()
    d.nl()
    d.nl("Name                     | Relationship | Password? | Phone")
    for p, rel in [(m, "mother"), (g.person(), r.choice(["grandmother", "aunt", "childminder"])), (g.person(), "neighbour (Tue only)")]:
        reg_name(d, r, p)
        d.t(f" | {rel} | {r.choice(['yes', 'no'])} | ").s("PHONE", phone(ids, r)).nl()
    d.nl()
    d.t("NOT TO COLLECT: ").p(f.full.upper()).t(" (father) — DOB ").s("DATE_OF_BIRTH", ids.dob(1975, 1995)).nl()
    d.t("Last known address: ").addr(Addr(r), multi=False, sep="  ").nl()
    d.nl(f"Order: Prohibited Steps Order, Family Court case {r.choice(['LS', 'MA', 'BS', 'ZE'])}{r.randint(10, 26)}P{r.randint(10000, 99999)}, copy on file")
    d.nl()
    dsl = g.person()
    def n():
        F(d, "If {f} arrives, keep {k} in the office, call {m} and then 999. Photo of "
             "{fu} held by reception. Recorded by {dsl} (DSL).", f=f.given, k=said(k),
          m=m.given, fu=maybe_lc(r, f.full, 0.2), dsl=dsl.full)
    para(d, r, n)
    maybe_trap(d, r, 0.4)
    return d


def k_cp_conference(g, r, ids):
    """Child protection conference invitation list (from the LA conference unit)."""
    d = Doc("cp_conference_invites")
    chair = g.person()
    dom = r.choice(["bristol", "leeds", "manchester", "walthamforest"]) + ".example.gov.uk"
    d.t("From: ").p(chair.full).t(" <").s("EMAIL", work_email(chair, dom, r)).nl(">")
    d.nl(f"Subject: Initial Child Protection Conference — ref CPC/{r.randint(10000, 99999)} — invitation list")
    d.nl()
    kids = [g.person() for _ in range(r.randint(1, 3))]
    sur = kids[0].surname
    for k in kids:
        k.surname = sur
    for k in kids:
        d.t("Subject child: ").p(k.surname.upper()).t(", ").p(k.given)
        d.t("  DOB ").s("DATE_OF_BIRTH", ids.dob(2010, 2022)).t("  NHS ").s("NHS_NUMBER", ids.nhs()).nl()
    d.nl()
    d.nl("Invited                      Role                         Contact")
    roles = ["Mother", "Father", "Social worker", "DSL, school", "Health visitor", "PC (Op Encompass)",
             "School nurse", "GP"]
    for role in r.sample(roles, r.randint(5, 7)):
        p = g.person()
        if role == "GP":
            d.t("Dr ").p(p.surname)
        elif role == "PC (Op Encompass)":
            d.t("PC ").p(p.full)
        else:
            d.p(p.full)
        d.t(f"   {role:<26} ")
        d.s("PHONE", phone(ids, r)).nl()
    d.nl()
    def n():
        F(d, "Venue: the Mandela Centre, Room 3. Please send reports to {c} by {dt}. "
             "{k} will not attend; the advocate {a} will bring {kk}'s wishes and feelings form.",
          c=chair.given, dt=(None, short_date(r)), k=kids[0].given, a=g.person().full, kk=kids[0].given)
    para(d, r, n, 76)
    d.p(chair.full).nl()
    d.nl("Conference Chair")
    return d


def k_ap_report(g, r, ids):
    """Alternative provision weekly report email to the home school."""
    d = Doc("ap_weekly_report")
    ap = r.choice(["Forge Ahead Learning", "The Tollgate Centre", "Second Chance Motor Project", "Riverside Farm Provision"])
    adom = slug(ap)[:14] + ".example.org.uk"
    w = g.person()
    sch = secondary(r)
    lead = g.person()
    k = g.person()
    d.t("From: ").p(w.full).t(" <").s("EMAIL", work_email(w, adom, r)).nl(">")
    d.t("To: ").p(lead.surname).t(", ").p(lead.given).t(" <").s("EMAIL", work_email(lead, sch.domain, r)).nl(">")
    d.t(f"Subject: Weekly report w/c {short_date(r)} — ").p(k.full).nl()
    d.nl()
    d.t("Hi ").p(lead.given).nl(",")
    d.nl()
    def n():
        F(d, "{k} attended 4 of 5 sessions this week (Tuesday missed — mum {m} rang to say "
             "{k2} had a dentist appointment). On the motor project {k3} worked with {s} "
             "stripping an engine and was really focused. Thursday there was a falling out with "
             "{o} over a phone; {w} dealt with it and both lads shook hands.",
          k=k.given, m=g.family(k, "f").given, k2=maybe_lc(r, k.given, 0.3), k3=k.given,
          s=g.person().full, o=g.person().full, w=w.given)
    para(d, r, n, 76)
    d.nl()
    d.t("ULN for the course registration: ").s("ULN", ids.uln()).nl()
    d.nl(f"Invoice {r.choice(['INV', 'AP'])}-{r.randint(10000, 99999)} for the half term (order no. {ids.ref10()}) follows.")
    d.nl()
    d.nl("Cheers,")
    d.p(w.given).nl()
    d.p(w.full).nl(f" | Key worker | {ap}")
    d.s("PHONE", phone(ids, r)).nl()
    maybe_trap(d, r, 0.4)
    return d


def k_vision_screening(g, r, ids):
    """Reception vision and hearing screening referral letter to parents."""
    d = Doc("vision_screening_letter")
    sch = primary(r)
    k = g.person()
    par = g.family(k)
    nurse = g.person()
    trust = r.choice(["Harehills Community Health", "Bristol Children's Community Services", "Gorton Healthy Child Team"])
    d.nl(f"{trust} — School Entry Screening")
    d.nl()
    ti = tt(r, par)
    d.t(f"{ti} ").p(par.full if r.random() < 0.5 else par.full.upper()).nl()
    d.addr(Addr(r))
    d.nl()
    d.nl(day_date(r))
    d.nl()
    d.t("Child: ").p(k.full).t("   Date of birth: ").s("DATE_OF_BIRTH", ids.dob(2020, 2021)).nl()
    d.t("NHS number: ").s("NHS_NUMBER", ids.nhs()).t(f"   School: {sch.name}").nl()
    d.nl()
    d.t(f"Dear {ti} ").p(par.surname).nl(",")
    def n():
        F(d, "{k} had a vision check at school on {dt}. The result for {k2}'s right eye "
             "was below the expected level, so we are referring {k3} to the orthoptist at "
             "the Florence Nightingale Wing. Please bring {k4}'s red book. If you have questions "
             "please contact {n} on {ph}.", k=k.full, dt=(None, short_date(r)), k2=k.given,
          k3=said(k), k4=k.given, n=nurse.full, ph=("PHONE", phone(ids, r, r.choice(["brs", "lds", "man"]))))
    para(d, r, n)
    d.nl()
    d.nl("Yours sincerely")
    d.p(nurse.full).nl()
    d.nl(f"School Nurse, {trust}  (screening batch {r.randint(100, 999)}-{r.randint(1000, 9999)})")
    maybe_trap(d, r, 0.4)
    return d


def k_itt(g, r, ids):
    """ITT trainee placement and mentor allocation."""
    d = Doc("itt_placements")
    sch = secondary(r)
    pm = g.person()
    d.nl(f"Initial Teacher Training placements — {sch.name} — spring 2026")
    d.t("Professional mentor: ").p(pm.full).t(", ").s("EMAIL", work_email(pm, sch.domain, r)).nl()
    d.nl()
    d.nl("Trainee | Provider | Subject | Mentor | TRN | Car reg (permit)")
    mentors = [g.person() for _ in range(4)]
    keys = initials_unique(mentors)
    for _ in range(r.randint(5, 7)):
        t = g.person()
        reg_name(d, r, t)
        d.t(f" | {r.choice(['University of the Marsh (PGCE)', 'Teach Leeds SCITT', 'Bell Hill Teaching School Hub', 'Open University'])} | ")
        d.t(f"{r.choice(['Maths', 'Geography', 'MFL', 'Physics', 'English'])} | ")
        d.p(keys[r.choice(mentors).full]).t(f" | {r.randint(1000000, 9999999)} | ")
        if r.random() < 0.6:
            d.s("VEHICLE", ids.vehicle())
        else:
            d.t("-")
        d.nl()
    d.nl()
    d.t("Mentor key: ")
    for i, m in enumerate(mentors):
        if i:
            d.t("; ")
        d.p(keys[m.full]).t(" ").p(m.full)
    d.nl()
    def n():
        F(d, "{a} is on a support plan from the provider; weekly review with {b} and the link "
             "tutor {c}. {d2} needs a lanyard and a DBS check seen before Monday.",
          a=g.person().full, b=keys[mentors[0].full], c=g.person().full, d2=maybe_lc(r, g.person().given))
    para(d, r, n)
    maybe_trap(d, r, 0.5)
    return d


def k_options(g, r, ids):
    """GCSE options choices returns (online form TSV export)."""
    d = Doc("options_returns")
    sch = secondary(r)
    d.nl(f"# Year 9 options returns — {sch.name} — export {short_date(r)}")
    d.nl("Submitted\tULN\tPupil\tChoice 1\tChoice 2\tReserve\tParent/carer\tIP")
    subs = ["Geography", "History", "French", "Computer Science", "Art", "Drama", "Business", "Music", "DT"]
    for _ in range(r.randint(6, 9)):
        k = g.person()
        pa = g.family(k)
        d.t(f"{short_date(r)} {hm(r, 6, 23)}\t")
        if r.random() < 0.7:
            d.s("ULN", ids.uln())
        d.t("\t")
        reg_name(d, r, k)
        a, b, c = r.sample(subs, 3)
        d.t(f"\t{a}\t{b}\t{c}\t")
        f = r.random()
        if f < 0.3:
            d.p(lc(pa.full))
        elif f < 0.5:
            d.p(pa.full.upper())
        else:
            d.p(pa.full)
        d.t("\t").s("IP", ids.ip()).nl()
    d.nl()
    def n():
        F(d, "# {a} has chosen both Art and DT - clash, {b} to phone home. {c} (Summer "
             "birthday) wants triple science; see {h}.", a=g.person().full, b=g.person().given,
          c=maybe_lc(r, g.person().given, 0.4), h=g.person().full)
    para(d, r, n)
    maybe_trap(d, r, 0.5)
    return d


def k_oh_referral(g, r, ids):
    """Staff occupational health management referral."""
    d = Doc("oh_referral")
    sch = School(r)
    e = g.person()
    mgr = g.person()
    d.nl("OCCUPATIONAL HEALTH — MANAGEMENT REFERRAL")
    d.nl(f"Provider: {r.choice(['Lock & Page Occupational Health', 'Wise Health at Work', 'Stone OH Partners'])}   Case ref OH{r.randint(100000, 999999)}")
    d.nl()
    d.t("Employee surname: ").p(e.surname.upper()).t("   Forename: ").p(e.given).nl()
    d.t("Date of birth: ").s("DATE_OF_BIRTH", ids.dob(1962, 1999)).t("   NI no: ").s("NI_NUMBER", ids.ni()).nl()
    d.t("Home address: ").addr(Addr(r), multi=False, sep="  ").nl()
    d.t("Personal phone: ").s("PHONE", phone(ids, r, "mob")).t("   Payroll no: ").nl(f"{r.randint(10000000, 99999999)}")
    d.nl(f"Role: {r.choice(['Teaching assistant', 'Teacher', 'Midday supervisor', 'Cook'])}, {sch.name}")
    d.t("Referring manager: ").p(mgr.full).t(" — ").s("EMAIL", work_email(mgr, sch.domain, r)).t(" — ").s("PHONE", sch.phone).nl()
    d.nl()
    def n():
        F(d, "Reason for referral: {e} has had {n} days' absence since September "
             "(back pain). A return-to-work meeting with {m} on {dt} agreed a phased return; "
             "{e2} asked whether lifting in the nursery can be avoided. {w} (union rep) was present.",
          e=e.full, n=(None, str(r.randint(8, 30))), m=maybe_lc(r, mgr.given, 0.2), dt=(None, short_date(r)),
          e2=e.given, w=g.person().full)
    para(d, r, n)
    d.t("Employee consent: signed ").p(e.full.upper() if r.random() < 0.5 else e.full).nl(f"  {short_date(r)}")
    maybe_trap(d, r, 0.5)
    return d


def k_grievance(g, r, ids):
    """Grievance investigation interview notes (initials after first mention)."""
    d = Doc("grievance_interview")
    sch = School(r)
    inv, wit, comp, subj, nt = (g.person() for _ in range(5))
    keys = initials_unique([inv, wit, comp, subj, nt])
    d.nl(f"{sch.name} — Grievance investigation — interview notes (CONFIDENTIAL)")
    d.nl(f"Date: {day_date(r)}   Case: GR-{r.randint(2026000, 2026999)}")
    d.t("Investigating officer: ").p(inv.full).t(" (").p(keys[inv.full]).nl(")")
    d.t("Interviewee (witness): ").p(wit.full).t(" (").p(keys[wit.full]).nl(")")
    d.t("Note taker: ").p(nt.full).t(" (").p(keys[nt.full]).nl(")")
    d.t("Complainant: ").p(comp.full).t(" (").p(keys[comp.full]).t(");  subject of grievance: ").p(subj.full).t(" (").p(keys[subj.full]).nl(")")
    d.nl()
    for _ in range(r.randint(3, 5)):
        a, b = r.sample([comp, subj], 2)
        q = r.choice([inv, inv, nt])
        d.p(keys[q.full]).t(": ")
        F(d, "What did you see between {x} and {y} in the staffroom on {dt}?",
          x=keys[a.full] if r.random() < 0.5 else a.given, y=keys[b.full],
          dt=(None, r.choice(["Tuesday", "the 14th", "the training day"])))
        d.nl()
        d.p(keys[wit.full]).t(": ")
        m = d.mark()
        F(d, "I heard {b} say that {a} was not pulling their weight. {c} was there too, "
             "I think. It was after the Bell Hill meeting.", b=keys[b.full] if r.random() < 0.6 else b.full,
          a=a.given if r.random() < 0.5 else keys[a.full], c=maybe_lc(r, g.person().given, 0.2))
        d.wrap(r.randint(60, 76), m)
        d.nl()
    d.t("Signed as accurate: ").p(wit.full).nl(f"  {short_date(r)}")
    maybe_trap(d, r, 0.4)
    return d


def k_insurance(g, r, ids):
    """Parent claim for property damaged at school (glasses, coat) and school reply."""
    d = Doc("property_damage_claim")
    sch = School(r)
    k = g.person()
    par = g.family(k)
    bm = g.person()
    d.nl(f"{sch.name} — claim for personal property damaged at school")
    d.nl()
    d.t("Claimant (parent/carer): ").p(par.full.upper() if r.random() < 0.5 else par.full).nl()
    d.t("Address: ").addr(Addr(r), multi=False, sep="   ").nl()
    d.t("Email: ").s("EMAIL", parent_email(par, r)).t("   Phone: ").s("PHONE", phone(ids, r)).nl()
    d.t("Pupil: ").p(k.full).nl(f"   Class: {r.choice(['Fox', 'Brook', 'Lark', 'Heath'])} Class")
    item = r.choice(["glasses (frames snapped)", "school coat (torn on fence)", "hearing aid mould", "Hunter wellies"])
    d.nl(f"Item: {item}   Value claimed: £{r.randint(20, 180)}.{r.choice(['00', '50', '99'])}   Receipt no. {r.randint(100000000, 999999999)}")
    d.nl()
    def n():
        F(d, "What happened: at lunch {k} was pushed by {o} near the Nettle Lane gate. "
             "{s} (midday supervisor) saw it and took {k2} to the office. {ps} says the "
             "frames cannot be mended.", k=k.given, o=maybe_lc(r, g.person().given, 0.3),
          s=g.person().full, k2=said(k), ps=par.given)
    para(d, r, n)
    d.nl()
    d.nl("Refund to (if approved):")
    d.t("Account name: ").p(par.full if r.random() < 0.6 else f"{par.given[0]} {par.surname}").nl()
    d.t("Sort code: ").s("BANK", ids.sort_code()).t("   Account no: ").s("BANK", ids.account()).nl()
    d.nl()
    d.t("Office use: decision by ").p(bm.full).nl(f" (business manager). Policy no. SCH-{r.randint(1000000, 9999999)}; card ending {r.randint(1000, 9999)} not used.")
    maybe_trap(d, r, 0.5)
    return d


def k_media_consent(g, r, ids):
    """Photo and media consent returns (paper forms keyed in)."""
    d = Doc("media_consent_returns")
    sch = School(r)
    admin = g.person()
    d.nl(f"{sch.name} — photo / video / social media consent returns {r.choice(['Sept 2026', '2026-27'])}")
    d.t("Keyed in by: ").p(admin.full).nl()
    d.nl()
    d.nl("PUPIL                     | WEBSITE | SOCIAL | PRESS | SIGNED BY             | DATE")
    for _ in range(r.randint(7, 10)):
        k = g.person()
        pa = g.family(k)
        nm = r.random()
        if nm < 0.5:
            d.p(f"{k.surname.upper()} {k.given.upper()}")
        else:
            reg_name(d, r, k)
        d.t(" | " + " | ".join(r.choice(["Y", "N"]) for _ in range(3)) + " | ")
        s = r.random()
        if s < 0.3:
            d.p(lc(pa.full))
        elif s < 0.55:
            d.p(f"{pa.given[0]}. {pa.surname}")
        else:
            d.p(pa.full.upper())
        d.nl(f" | {short_date(r)}")
    d.nl()
    def n():
        F(d, "NB {a} must never appear in press photos (LAC, see {b}). {c}'s form was "
             "signed by {g2} — check PR. Remaining forms chased by {ad}.",
          a=g.person().full, b=g.person().full, c=g.person().given, g2=lc(g.person().full),
          ad=admin.given)
    para(d, r, n)
    maybe_trap(d, r, 0.6)
    return d


KINDS = [  # (function, clean count, ocr copies)
    (k_phonics, 6, 2), (k_mtc, 5, 2), (k_contractor_permit, 6, 2), (k_job_application, 6, 2),
    (k_exchange, 6, 2), (k_concert, 5, 2), (k_collectors, 6, 2), (k_cp_conference, 6, 2),
    (k_ap_report, 6, 2), (k_vision_screening, 6, 2), (k_itt, 5, 2), (k_options, 6, 2),
    (k_oh_referral, 6, 2), (k_grievance, 5, 2), (k_insurance, 5, 1), (k_media_consent, 5, 1),
]

INITIALS_WITHOUT_ACCENTS = True


if __name__ == "__main__":
    heldout_kit.use(globals())
    sys.exit(heldout_kit.main(os.path.dirname(os.path.abspath(__file__)), __doc__.splitlines()[0]))
