#!/usr/bin/env python3
"""Generate the sample incident report PDF for the dsar demo case.

Writes samples/export/Pastoral/incident_report_IR-2026-0147.pdf: a two-page
PDF with a real text layer, using only the standard library. The PDF is
written by hand: base-14 Helvetica / Helvetica-Bold with WinAnsiEncoding,
uncompressed content streams, and a cross-reference table with exact byte
offsets. Output is deterministic (no timestamps), so re-running the script
reproduces the committed file byte for byte.

All people, addresses and numbers in the document are invented. Text must stay
within Latin-1 (the script checks this).

Usage:  python3 samples/tools/make_sample_pdf.py [output.pdf]
Check:  pdftotext -layout samples/export/Pastoral/incident_report_IR-2026-0147.pdf -
"""

import os
import sys

PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT = 56
TOP = 790

# Each page is a list of (style, text). Styles: "title", "h1", "h2", "body",
# "small", "gap". Body lines are wrapped by hand (<= ~90 characters) so that no
# name, phone number or postcode is split across lines.
PAGE_1 = [
    ("title", "KESTREL MOOR ACADEMY"),
    ("small", "Moorside Lane, Hollinthorpe, Leeds LS36 5RW  -  Tel 0113 496 0100"),
    ("gap", ""),
    ("h1", "Incident Report Form"),
    ("body", "Reference: IR-2026-0147                         Status: Closed 16/10/2026"),
    ("gap", ""),
    ("h2", "Section A - Incident details"),
    ("body", "Date and time:     Wednesday 14 October 2026, 14:05 (period 5)"),
    ("body", "Location:          Science Lab S4"),
    ("body", "Lesson:            Year 9 Science, set 3 (Dr L. Mountjoy)"),
    ("body", "Type:              Physical - pupil on pupil; minor injury"),
    ("body", "Reported by:       Dr Lewis Mountjoy, Teacher of Science"),
    ("gap", ""),
    ("h2", "Section B - Pupils involved"),
    ("body", "Injured party:     Matilda Fenwick (known as Tilly), Year 9, form 9RB"),
    ("body", "                   Date of birth 03/10/2012     UPN Z383412612047"),
    ("body", "Other pupil:       Jayden Oduya, Year 9, form 9KM"),
    ("body", "Witnesses:         Zo\u00eb Carrington (9RB); Amira Haddad (9RB); Dr L. Mountjoy"),
    ("gap", ""),
    ("h2", "Section C - Description of incident"),
    ("body", "The class was carrying out a rates of reaction practical in groups of three. Matilda,"),
    ("body", "Zo\u00eb and Amira were working at bench 4. At about 14:05 Jayden left his own bench"),
    ("body", "(bench 5) without permission to collect a measuring cylinder. Pupils at bench 4 report"),
    ("body", "that Jayden made a comment to Matilda about her reading the method sheet, that Matilda"),
    ("body", "told him to go away, and that Jayden then pushed her with both hands. Matilda fell"),
    ("body", "sideways against the edge of the bench and caught her left wrist on the tap."),
    ("gap", ""),
    ("body", "Dr Mountjoy heard raised voices, turned round as Matilda fell, and immediately sent"),
    ("body", "Jayden back to his bench. Jayden was then removed from the lesson by the on-call"),
    ("body", "member of staff (Mr Pellow) and taken to the Year 9 office. Matilda was upset and"),
    ("body", "crying. Under the seating plan agreed on 30/09/2026 the two pupils should not have"),
    ("body", "been working at neighbouring benches; the plan had not been updated after a cover"),
    ("body", "lesson on 12/10/2026. This has now been corrected."),
    ("gap", ""),
    ("h2", "Section D - Injury and first aid"),
    ("body", "Seen by Mrs D. Varley (first aider) at 14:15. Swelling and redness to the left wrist;"),
    ("body", "full movement, no deformity. Ice pack applied for 15 minutes. Matilda returned to"),
    ("body", "lessons for period 6 with a note excusing her from written work. Parent advised to"),
    ("body", "seek a check at the minor injuries unit if swelling persisted. Not RIDDOR reportable."),
    ("gap", ""),
    ("small", "IR-2026-0147  -  CONFIDENTIAL  -  page 1 of 2"),
]

PAGE_2 = [
    ("h1", "Incident Report IR-2026-0147 (continued)"),
    ("gap", ""),
    ("h2", "Section E - Statements (summarised by Head of Year)"),
    ("body", "Zo\u00eb Carrington: saw Jayden come over from bench 5 and say Tilly \"can't even read the"),
    ("body", "instructions\". Tilly said \"go away\". Jayden pushed her with both hands and she hit the"),
    ("body", "bench. Zo\u00eb does not want her name shared with Jayden's family."),
    ("body", "Amira Haddad: did not hear what was said, but saw the push and saw Tilly holding her"),
    ("body", "wrist afterwards. Says Jayden had been \"winding people up all lesson\"."),
    ("body", "Matilda Fenwick: says Jayden has made comments about her dyslexia since September"),
    ("body", "and that she told him to leave her alone. She did not touch him before he pushed her."),
    ("body", "Jayden Oduya: accepts that he pushed Matilda. Says she \"was rude first\" and that he"),
    ("body", "did not mean her to fall. Apologised when spoken to on 15/10/2026."),
    ("gap", ""),
    ("h2", "Section F - Parent/carer contact log"),
    ("body", "14:40  Mrs J. Fenwick (mother of Matilda) - tel. 07700 900752 - informed by phone;"),
    ("body", "       advised minor injuries check. Confirmed by email at 16:48."),
    ("body", "14:55  Mrs Grace Oduya (mother of Jayden) - tel. +44 7700 900239 - no answer;"),
    ("body", "       voicemail left asking her to call the Year 9 office."),
    ("body", "15:10  Mr Daniel Brooks (stepfather of Jayden) - home (0113) 496 0321, mobile"),
    ("body", "       07700 900123 - informed. Asked for the outcome in writing, by email to"),
    ("body", "       daniel.brooks@example.org and by post to 27 Calder Rise, Bramwick,"),
    ("body", "       Bradford BD25 4TJ."),
    ("body", "16:20  Mrs Si\u00e2n Pritchard (mother of Zo\u00eb, witness) - tel. +44 7700 900456 - told"),
    ("body", "       that Zo\u00eb had given a statement. Mrs Pritchard asked that Zo\u00eb's name is not"),
    ("body", "       passed to the other family. Agreed."),
    ("gap", ""),
    ("h2", "Section G - Actions and outcome"),
    ("body", "1. Jayden Oduya: one day in the Reflection Room (Monday 19/10/2026) and a restorative"),
    ("body", "   conversation with the Head of Year; moved to bench 1 for the rest of the term."),
    ("body", "2. Science seating plan re-issued to Dr Mountjoy and cover staff (15/10/2026)."),
    ("body", "3. Matilda Fenwick: daily check-in with Mrs Bellingham (form tutor); written-work"),
    ("body", "   adjustments while her wrist recovers (Ms Dunmore, SENCo)."),
    ("body", "4. Outcome letters to Mrs Fenwick and Mr Brooks, 16/10/2026; copy to Mrs Oduya."),
    ("body", "5. Pastoral log updated for both pupils. No safeguarding referral required."),
    ("gap", ""),
    ("body", "Completed by:  Mr O. Castellane, Head of Year 9              Date: 15/10/2026"),
    ("body", "Reviewed by:   Ms A. Strand, Deputy Headteacher (DSL)      Date: 16/10/2026"),
    ("gap", ""),
    ("small", "IR-2026-0147  -  CONFIDENTIAL  -  page 2 of 2"),
]

STYLES = {  # font resource, size, line height
    "title": ("F2", 16, 22),
    "h1": ("F2", 13, 19),
    "h2": ("F2", 10.5, 16),
    "body": ("F1", 10, 13.5),
    "small": ("F1", 8, 12),
    "gap": (None, 0, 8),
}


def pdf_string(text):
    """Encode text as a PDF literal string in WinAnsi (Latin-1 subset)."""
    raw = text.encode("latin-1")  # raises if a character is outside Latin-1
    out = bytearray(b"(")
    for b in raw:
        if b in (0x28, 0x29, 0x5C):  # ( ) backslash
            out += b"\\" + bytes([b])
        elif b < 0x20 or b > 0x7E:
            out += b"\\%03o" % b
        else:
            out.append(b)
    out += b")"
    return bytes(out)


def content_stream(lines):
    ops = [b"BT"]
    y = TOP
    for style, text in lines:
        font, size, lead = STYLES[style]
        if font is not None:
            ops.append(b"/%s %s Tf" % (font.encode(), str(size).encode()))
            ops.append(b"1 0 0 1 %d %s Tm" % (LEFT, ("%.1f" % y).encode()))
            ops.append(pdf_string(text) + b" Tj")
        y -= lead
    ops.append(b"ET")
    if y < 40:
        raise SystemExit("page overflow: too many lines")
    return b"\n".join(ops) + b"\n"


def build_pdf(pages):
    objects = []  # index 0 -> object 1

    def add(body):
        objects.append(body)
        return len(objects)

    catalog = add(None)  # filled in later
    pages_obj = add(None)
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
             b"/Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold "
             b"/Encoding /WinAnsiEncoding >>")
    kids = []
    for lines in pages:
        stream = content_stream(lines)
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream +
                      b"endstream")
        page = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] "
                   b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> "
                   b"/Contents %d 0 R >>" % (pages_obj, PAGE_W, PAGE_H, f1, f2,
                                             content))
        kids.append(page)
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_obj
    objects[pages_obj - 1] = (b"<< /Type /Pages /Kids [" +
                              b" ".join(b"%d 0 R" % k for k in kids) +
                              b"] /Count %d >>" % len(kids))
    info = add(b"<< /Title " + pdf_string("Incident Report IR-2026-0147") +
               b" /Author " + pdf_string("Kestrel Moor Academy") +
               b" /Producer " + pdf_string("dsar samples/tools/make_sample_pdf.py") +
               b" >>")

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for num, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % num + body + b"\nendobj\n"
    xref_at = len(out)
    out += b"xref\n0 %d\n" % (len(objects) + 1)
    out += b"0000000000 65535 f \n"
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\n"
            % (len(objects) + 1, catalog, info))
    out += b"startxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(out)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, "..", "export", "Pastoral",
                           "incident_report_IR-2026-0147.pdf")
    target = os.path.normpath(sys.argv[1] if len(sys.argv) > 1 else default)
    data = build_pdf([PAGE_1, PAGE_2])
    with open(target, "wb") as fh:
        fh.write(data)
    print("wrote %s (%d bytes)" % (target, len(data)))


if __name__ == "__main__":
    main()
