import pytest

from reader.errors import ImportFailed
from reader.importers import load_path
from reader.importers.plaintext import parse


def test_sample_keeps_first_line_as_first_paragraph(sample_text):
    imp = parse(sample_text.encode(), source="s.txt")
    a = imp.article
    assert a.text.startswith("The UK is in talks with “a number of countries”")
    assert a.title.startswith("The UK is in talks")
    assert len(a.title.split()) <= 16
    assert a.blocks[0].kind == "paragraph"
    assert a.text[a.blocks[1].start : a.blocks[1].end].startswith("The prime minister confirmed")
    assert imp.original == sample_text.encode()
    assert imp.original_type == "text/plain"


def test_headline_first_line_becomes_title():
    a = parse(b"Floods hit the valley\n\nRain fell all night.\n\nMore is due.", source="f.txt").article
    assert a.title == "Floods hit the valley"
    assert a.text == "Rain fell all night.\n\nMore is due."


def test_single_paragraph_file_keeps_its_text():
    a = parse(b"Just one line of text", source="f.txt").article
    assert a.text == "Just one line of text"
    assert a.title == "Just one line of text"


def test_utf8_bom_is_dropped():
    assert parse("\ufeffHello there.".encode(), source="f.txt").article.text == "Hello there."


def test_other_encodings_are_detected():
    text = "Café society\n\nThe café in Zürich served crème brûlée to José Müller every morning."
    a = parse(text.encode("cp1252"), source="latin.txt").article
    assert a.title == "Café society"
    assert "José Müller" in a.text


def test_undecodable_bytes_are_a_clear_error():
    with pytest.raises(ImportFailed, match="cannot tell how the text is encoded"):
        parse(bytes(range(0x80, 0x100)) * 3, source="bad.txt")


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty"), (b"  \n\n  ", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary")],
)
def test_bad_files(tmp_path, content, message):
    f = tmp_path / "f.txt"
    f.write_bytes(content)
    with pytest.raises(ImportFailed, match=message):
        load_path(f)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(ImportFailed, match="no such file"):
        load_path(tmp_path / "nope.txt")
    with pytest.raises(ImportFailed, match="a folder with no articles"):
        load_path(tmp_path)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be-bom", "utf-32", "utf-8-sig"])
def test_unicode_files_with_a_byte_order_mark_are_text(tmp_path, library, encoding):
    body = "Flood warning issued\n\nThe river rose overnight. Café owners moved their stock upstairs."
    data = b"\xfe\xff" + body.encode("utf-16-be") if encoding == "utf-16-be-bom" else body.encode(encoding)
    p = tmp_path / "notepad.txt"
    p.write_bytes(data)
    a = library.article(library.add(p).id)
    assert a.title == "Flood warning issued" and "Café owners" in a.text


def test_stray_nul_bytes_are_dropped_and_the_rest_kept(tmp_path, library):
    p = tmp_path / "nul.txt"
    p.write_bytes(b"Flood warning issued\n\nThe ri\x00ver rose overnight.\x00")
    assert library.article(library.add(p).id).text == "The river rose overnight."


def test_a_real_binary_file_is_still_refused(tmp_path, library):
    p = tmp_path / "image.txt"
    p.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(ImportFailed, match="binary"):
        library.add(p)
    p.write_bytes(b"\xff\xfe" + bytes(range(256)) * 40)  # a UTF-16 mark on bytes that are no text
    with pytest.raises(ImportFailed, match="binary"):
        library.add(p)
