"""The PDF itself: every font embedded, the document language, XMP metadata."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest
from pypdf import PdfReader

from dpo_desk.documents.pdf import render_letter
from tests.documents.test_letters_pdf import breach_draft, request_draft

NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
}


def unembedded_fonts(data: bytes) -> list[str]:
    """Every font a page refers to whose file the PDF does not carry (pdffonts' "emb no")."""
    missing = []
    reader = PdfReader(io.BytesIO(data))
    for page in reader.pages:
        resources = page["/Resources"].get_object()
        for font in resources.get("/Font", {}).values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            described = descendants[0].get_object() if descendants else font
            descriptor = described.get("/FontDescriptor")
            files = ("/FontFile", "/FontFile2", "/FontFile3")
            if descriptor is None or not any(key in descriptor.get_object() for key in files):
                missing.append(str(font["/BaseFont"]))
    return missing


def base_fonts(data: bytes) -> set[str]:
    """Every /BaseFont named anywhere in the file, pages or not (raw scan, uncompressed
    objects: reportlab compresses page content, not the font dictionaries)."""
    return {name.decode() for name in re.findall(rb"/BaseFont\s*/([^\s/>\]]+)", data)}


LETTERS = {
    "fr": lambda: request_draft("access-response", "fr", requester_name="Amélie 😀 ⵣ ✓"),
    "ar": lambda: request_draft("refusal", "ar"),
    "en": lambda: breach_draft("breach-notification", "en"),
}


@pytest.mark.parametrize("language", sorted(LETTERS))
def test_every_font_is_embedded(language):
    data = render_letter(LETTERS[language]())
    assert unembedded_fonts(data) == []
    # Not even a font no page uses: the canvas' initial Helvetica used to be named.
    names = base_fonts(data)
    assert names and not any("Helvetica" in name or "Times" in name for name in names), names


def test_the_check_finds_an_unembedded_font():
    """The check can fail: a PDF drawn in reportlab's default font has one."""
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(10, 10, "x")
    canvas.save()
    assert unembedded_fonts(buffer.getvalue()) == ["/Helvetica"]


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_pdffonts_lists_no_unembedded_font(tmp_path):
    path = tmp_path / "lettre.pdf"
    path.write_bytes(render_letter(LETTERS["fr"]()))
    rows = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    fonts = rows.stdout.splitlines()[2:]
    assert fonts and all(row.split()[-5] == "yes" for row in fonts), rows.stdout


@pytest.mark.parametrize("language", sorted(LETTERS))
def test_document_language(language):
    reader = PdfReader(io.BytesIO(render_letter(LETTERS[language]())))
    assert reader.trailer["/Root"]["/Lang"] == language


def xmp_of(data: bytes) -> ET.Element:
    root = PdfReader(io.BytesIO(data)).trailer["/Root"]
    stream = root["/Metadata"].get_object()
    assert stream["/Type"] == "/Metadata" and stream["/Subtype"] == "/XML"
    return ET.fromstring(stream.get_data().decode("utf-8").split("?>", 1)[1].rsplit("<?", 1)[0])


@pytest.mark.parametrize("language", sorted(LETTERS))
def test_xmp_metadata_repeats_the_document_information(language):
    draft = LETTERS[language]()
    data = render_letter(draft)
    info = PdfReader(io.BytesIO(data)).metadata
    xmp = xmp_of(data)
    description = xmp.find("rdf:RDF/rdf:Description", NS)
    assert description is not None

    def one(path: str) -> str:
        found = description.find(path, NS)
        assert found is not None, path
        return found.text or ""

    assert one("dc:title/rdf:Alt/rdf:li") == info.title == draft.title
    assert one("dc:creator/rdf:Seq/rdf:li") == info.author
    assert one("dc:language/rdf:Bag/rdf:li") == language
    assert one("pdf:Producer") == info.producer
    assert one("xmp:CreatorTool") == info.creator
    # The same instant as /CreationDate, D:YYYYMMDDHHmmSS+HH'mm' written in ISO 8601.
    created = re.match(
        r"D:(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)([+-]\d\d)'(\d\d)", info["/CreationDate"]
    )
    assert created
    year, month, day, hour, minute, second, zone_h, zone_m = created.groups()
    expected = f"{year}-{month}-{day}T{hour}:{minute}:{second}{zone_h}:{zone_m}"
    assert one("xmp:CreateDate") == expected


def test_xmp_holds_no_more_personal_data_than_the_document_information():
    draft = request_draft("acknowledgement", "fr")
    data = render_letter(draft)
    info = PdfReader(io.BytesIO(data)).metadata
    texts = {el.text.strip() for el in xmp_of(data).iter() if el.text and el.text.strip()}
    allowed = {info.title, info.author, info.producer, info.creator, "application/pdf", "fr"}
    allowed |= {text for text in texts if re.fullmatch(r"\d{4}-\d\d-\d\dT[\d:+-]+", text)}
    assert texts <= allowed, texts - allowed
    # The requester (whose name the subject line and letter hold) is not in the packet.
    assert draft.recipient_name not in str(texts)


def test_metadata_strings_hold_no_isolate_controls():
    draft = request_draft("refusal", "fr")
    draft = draft.with_text("Objet \u2068DSR-2026-0001\u2069\n\nTexte.")
    assert "\u2068" in draft.subject  # the subject line has an inserted value
    info = PdfReader(io.BytesIO(render_letter(draft))).metadata
    assert "\u2068" not in info.subject and "\u2069" not in info.subject
