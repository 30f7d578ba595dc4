#!/usr/bin/env python3
"""Generate the sample mailboxes for the dsar demo case.

Writes two mbox files under samples/export/Email/Mailboxes/:

  9RB_form_tutor.mbox  three messages: a seating plan sent with a PDF
                       attachment, a reply quoting it in full (a thread), and
                       a note about reading support
  hoy_archive.mbox     the seating-plan message again, as another mailbox
                       holds it (different transport headers, same message):
                       a duplicate that must be disclosed once

Standard library only; deterministic output (no timestamps), so re-running
reproduces the committed files byte for byte. Everything is invented.

Usage:  python3 samples/tools/make_sample_mailbox.py [output-folder]
"""

import base64
import os
import sys


def one_page_pdf(lines):
    """A one-page A4 PDF with a Helvetica text layer, exact xref offsets."""
    content = ["BT", "/F1 12 Tf", "56 780 Td", "16 TL"]
    for line in lines:
        line.encode("latin-1")  # WinAnsi: Latin-1 only
        esc = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        content.append("(%s) '" % esc)
    content.append("ET")
    stream = "\n".join(content).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, body in enumerate(objects):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return out


SEATING_PLAN = one_page_pdf([
    "KESTREL MOOR ACADEMY - 9RB seating plan from 7 October 2026",
    "",
    "Front row, bench 1: Matilda Fenwick (as agreed at the meeting on 30 September).",
    "Window row: unchanged.",
    "Mrs Lindqvist asked to be told of any change to the window row: 07700 900862.",
])

SEATING_BODY = """Owen,

Attached is the new seating plan for 9RB from Wednesday. Matilda Fenwick moves
to the front bench, away from the group from the chat, as agreed with her mother.

Rachel"""

SEATING_HEADERS = """From: Rachel Bellingham <r.bellingham@kestrelmoor.example.sch.uk>
To: Owen Castellane <o.castellane@kestrelmoor.example.sch.uk>
Date: Tue, 06 Oct 2026 08:12:40 +0100
Subject: New seating plan for 9RB
Message-ID: <seating-9rb-20261006@kestrelmoor.example.sch.uk>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=_seating_plan"
"""


def seating_message(extra_headers=""):
    pdf = base64.encodebytes(SEATING_PLAN).decode("ascii")
    return (extra_headers + SEATING_HEADERS + "\n"
            "--=_seating_plan\n"
            "Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n"
            + SEATING_BODY + "\n\n"
            "--=_seating_plan\n"
            "Content-Type: application/pdf; name=\"seating_plan_9RB.pdf\"\n"
            "Content-Disposition: attachment; filename=\"seating_plan_9RB.pdf\"\n"
            "Content-Transfer-Encoding: base64\n\n"
            + pdf +
            "--=_seating_plan--\n")


REPLY = """From: Owen Castellane <o.castellane@kestrelmoor.example.sch.uk>
To: Rachel Bellingham <r.bellingham@kestrelmoor.example.sch.uk>
Date: Tue, 06 Oct 2026 09:03:11 +0100
Subject: Re: New seating plan for 9RB
Message-ID: <re-seating-9rb-20261006@kestrelmoor.example.sch.uk>
In-Reply-To: <seating-9rb-20261006@kestrelmoor.example.sch.uk>
References: <seating-9rb-20261006@kestrelmoor.example.sch.uk>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Thanks Rachel, that is what we agreed with Mrs Fenwick. I will tell Dr Mountjoy
so the lab benches match.

Owen

On Tue, 6 Oct 2026 at 08:12, Rachel Bellingham wrote:
""" + "".join("> " + line + "\n" if line else ">\n" for line in SEATING_BODY.split("\n"))

READING = """From: Harriet Dunmore <h.dunmore@kestrelmoor.example.sch.uk>
To: Rachel Bellingham <r.bellingham@kestrelmoor.example.sch.uk>
Date: Fri, 09 Oct 2026 15:40:02 +0100
Subject: Reader pen for Matilda
Message-ID: <reader-pen-20261009@kestrelmoor.example.sch.uk>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Rachel,

Matilda Fenwick can use the reader pen in form time from Monday. Please keep it
in the 9RB cupboard.

Harriet
"""


def mbox(messages):
    out = ""
    for m in messages:
        out += "From MAILER-DAEMON Tue Oct  6 08:12:40 2026\n" + m
        if not out.endswith("\n"):
            out += "\n"
        out += "\n"
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "export", "Email", "Mailboxes")
    os.makedirs(folder, exist_ok=True)
    files = {
        "9RB_form_tutor.mbox": mbox([seating_message(), REPLY, READING]),
        "hoy_archive.mbox": mbox([seating_message(
            "Received: from mail.kestrelmoor.example.sch.uk by archive.kestrelmoor.example.sch.uk;\n"
            " Tue, 06 Oct 2026 08:12:44 +0100\n")]),
    }
    for name, text in files.items():
        with open(os.path.join(folder, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)


if __name__ == "__main__":
    main()
