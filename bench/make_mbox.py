#!/usr/bin/env python3
"""Writes a large invented mbox for the mail benchmark.

Usage: python3 bench/make_mbox.py OUT.mbox [MESSAGES]

MESSAGES (default 10000) messages between invented staff and parents of an
invented school; every 4th has a small PDF attachment, every 10th a text
attachment, every 3rd is a reply quoting its predecessor. Deterministic.
"""
import base64
import random
import sys

FIRST = ["Ada", "Bram", "Cleo", "Dov", "Edda", "Fitz", "Gwen", "Hal", "Ines", "Jory", "Kit", "Lior"]
LAST = ["Ashdown", "Brackley", "Corran", "Dunstable", "Elsworth", "Farrant", "Gilroy", "Hexham"]
WORDS = ("the trip form homework reading lesson meeting please thanks week term report "
         "class lunch bus timetable club note kit library uniform absence parents evening").split()


def pdf(line):
    content = ("BT /F1 12 Tf 72 720 Td (%s) Tj ET" % line).encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
            b"/Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"]
    out, offs = b"%PDF-1.4\n", []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offs)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)


def main():
    out = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    rnd = random.Random(5)
    prev_body, prev_id = None, None
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for i in range(n):
            a = "%s %s" % (rnd.choice(FIRST), rnd.choice(LAST))
            b = "%s %s" % (rnd.choice(FIRST), rnd.choice(LAST))
            body = "\n".join(" ".join(rnd.choice(WORDS) for _ in range(12)) for _ in range(rnd.randint(3, 25)))
            mid = "bench-%d@school.example.org" % i
            day = 1 + i % 28
            head = ("From: %s <%s@school.example.org>\nTo: %s <%s@example.org>\n"
                    "Subject: Message %d about the %s\nDate: Mon, %02d Sep 2026 09:%02d:00 +0100\n"
                    "Message-ID: <%s>\nMIME-Version: 1.0\n"
                    % (a, a.split()[0].lower(), b, b.split()[0].lower(), i, rnd.choice(WORDS), day, i % 60, mid))
            if i % 3 == 2 and prev_body:
                head += "In-Reply-To: <%s>\nReferences: <%s>\n" % (prev_id, prev_id)
                body += "\n\nOn Monday someone wrote:\n" + "\n".join("> " + l for l in prev_body.split("\n"))
            parts = []
            if i % 4 == 0:
                parts.append(("application/pdf", "note-%d.pdf" % i, pdf("Note %d for %s" % (i, b))))
            if i % 10 == 0:
                parts.append(("text/plain", "list-%d.txt" % i, ("\n".join(rnd.choice(WORDS) for _ in range(200))).encode()))
            f.write("From MAILER-DAEMON Mon Sep  1 09:00:00 2026\n")
            if not parts:
                f.write(head + "Content-Type: text/plain; charset=utf-8\n\n" + body + "\n\n")
            else:
                f.write(head + 'Content-Type: multipart/mixed; boundary="b%d"\n\n--b%d\n' % (i, i))
                f.write("Content-Type: text/plain; charset=utf-8\n\n" + body + "\n")
                for ctype, name, data in parts:
                    f.write('--b%d\nContent-Type: %s\nContent-Disposition: attachment; filename="%s"\n'
                            "Content-Transfer-Encoding: base64\n\n" % (i, ctype, name))
                    f.write(base64.encodebytes(data).decode("ascii"))
                f.write("--b%d--\n\n" % i)
            prev_body, prev_id = body, mid


if __name__ == "__main__":
    main()
