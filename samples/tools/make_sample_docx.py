#!/usr/bin/env python3
"""Generate the sample Word document for the dsar demo case.

Writes samples/export/SEN/2026-10-12_reading_support_review_fenwick.docx: a
SENCo's review of Matilda's reading support, as Word saves it, with the places
a third party's name hides in a Word file:

  - a header naming the school and the review;
  - a table of the support sessions;
  - a comment by the SENCo naming another pupil's parent (Mrs Achterberg);
  - a tracked deletion naming another pupil (Freya Lindqvist);
  - hidden text (Word's "hidden" font effect) naming a parent (Mr Kowalczyk).

dsar puts the comment, the deleted text and the hidden text in headed
sections after the body, where they are scanned and redacted like any text.

Standard library only (zipfile); deterministic output (fixed entry times), so
re-running reproduces the committed file byte for byte. Everything is invented.

Usage:  python3 samples/tools/make_sample_docx.py [output-folder]
"""

import os
import sys
import zipfile

W = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def para(text, style=None):
    ppr = '<w:pPr><w:pStyle w:val="%s"/></w:pPr>' % style if style else ""
    return '<w:p>%s<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, esc(text))


def cell(text):
    return "<w:tc>%s</w:tc>" % para(text)


def table(rows):
    return "<w:tbl>%s</w:tbl>" % "".join("<w:tr>%s</w:tr>" % "".join(cell(c) for c in r) for r in rows)


def document():
    body = "".join([
        para("Reading support review: Matilda Fenwick (9RB)", "Heading1"),
        para("Date of review: 12 October 2026. Present: Ms Harriet Dunmore (SENCo), Matilda Fenwick, "
             "Mrs Joanne Fenwick."),
        '<w:p><w:r><w:t xml:space="preserve">Matilda has attended the small reading group since September and '
        'reads with more confidence. </w:t></w:r>'
        '<w:del w:id="1" w:author="Harriet Dunmore" w:date="2026-10-12T15:00:00Z"><w:r><w:delText xml:space="preserve">'
        'She works best when paired with Freya Lindqvist, who helps her with longer texts. </w:delText></w:r></w:del>'
        '<w:ins w:id="2" w:author="Harriet Dunmore" w:date="2026-10-12T15:00:00Z"><w:r><w:t xml:space="preserve">'
        'She works best with a reading partner. </w:t></w:r></w:ins>'
        '<w:commentRangeStart w:id="0"/><w:r><w:t>Tilly would like to stay in the group next term.</w:t></w:r>'
        '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>',
        table([["Session", "Support", "Led by"],
               ["Monday", "Small reading group", "Ms Dunmore"],
               ["Thursday", "Paired reading", "Teaching assistant"]]),
        '<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve">Office note: Mr Kowalczyk asked whether '
        'his son could join the group.</w:t></w:r></w:p>',
        para("Next review: January 2027. Access arrangements for Matilda's assessments stay as agreed."),
    ])
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>%s'
            '<w:sectPr><w:headerReference w:type="default" r:id="rId1"/></w:sectPr></w:body></w:document>' % (W, body))


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "export", "SEN")
    parts = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" '
         'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '<Override PartName="/word/header1.xml" '
         'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
         '<Override PartName="/word/comments.xml" '
         'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
         '<Override PartName="/docProps/core.xml" '
         'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="%sofficeDocument" Target="word/document.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
         'core-properties" Target="docProps/core.xml"/></Relationships>' % REL),
        ("docProps/core.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties '
         'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
         'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
         'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
         '<dc:title>Reading support review</dc:title><dc:creator>Harriet Dunmore</dc:creator>'
         '<cp:lastModifiedBy>Harriet Dunmore</cp:lastModifiedBy>'
         '<dcterms:created xsi:type="dcterms:W3CDTF">2026-10-12T14:30:00Z</dcterms:created>'
         '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-10-12T15:10:00Z</dcterms:modified>'
         '</cp:coreProperties>'),
        ("word/document.xml", document()),
        ("word/_rels/document.xml.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="%sheader" Target="header1.xml"/>'
         '<Relationship Id="rId2" Type="%scomments" Target="comments.xml"/></Relationships>' % (REL, REL)),
        ("word/header1.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr %s>%s</w:hdr>'
         % (W, para("Kestrel Moor Academy: SEN support review (confidential)"))),
        ("word/comments.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments %s>'
         '<w:comment w:id="0" w:author="Harriet Dunmore" w:date="2026-10-12T15:05:00Z" w:initials="HD">%s'
         '</w:comment></w:comments>'
         % (W, para("Check with Mrs Achterberg before Rosa joins the group."))),
    ]
    os.makedirs(out_dir, exist_ok=True)
    path = os.path.join(out_dir, "2026-10-12_reading_support_review_fenwick.docx")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(2026, 10, 12, 15, 10, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8"))
    print(path)


if __name__ == "__main__":
    main()
