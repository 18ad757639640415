"""Pasted rich text is reduced to the subset every export renders the same way."""

from __future__ import annotations

import pytest

from workbench.io.html_subset import clean_html, plain_to_html

WORD = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<style>p.MsoNormal{margin:0cm}</style><!--[if gte mso 9]><xml><o:OfficeDocumentSettings>
</o:OfficeDocumentSettings></xml><![endif]--></head><body lang=ES>
<p class=MsoNormal><b><span style='font-family:Calibri'>Resumen</span></b><o:p></o:p></p>
<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><span>·</span> Plazo <i>corto</i></p>
<h4>Detalle</h4><div>Texto<br>más</div></body></html>"""


def test_word_html_keeps_its_text_and_basic_formatting_only() -> None:
    assert clean_html(WORD) == (
        "<p><b>Resumen</b></p><p>· Plazo <i>corto</i></p><h3>Detalle</h3><p>Texto<br>más</p>"
    )


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("<script>alert(1)</script><p>ok</p>", "<p>ok</p>"),
        ('<p onclick="steal()">x</p>', "<p>x</p>"),
        ('<a href="javascript:x">link</a>', "link"),
        ("<span style='font-weight:700'>W</span>", "<b>W</b>"),
        ("<span style='font-style:italic; text-decoration: underline'>W</span>", "<i><u>W</u></i>"),
        ("<strong>s</strong><em>e</em>", "<b>s</b><i>e</i>"),
        ("<ul><li>one</li><li>two</li></ul>", "<ul><li>one</li><li>two</li></ul>"),
        ("<table><tr><td>a</td><td>b</td></tr></table>", "<p>a b</p>"),  # a row, a paragraph
        ("<p></p><p> </p><b></b>", ""),
        ("<p>1 &lt; 2 &amp; 3</p>", "<p>1 &lt; 2 &amp; 3</p>"),
        ("<p>unclosed <b>bold", "<p>unclosed <b>bold</b></p>"),
    ],
)
def test_cleaning(markup: str, expected: str) -> None:
    assert clean_html(markup) == expected


def test_plain_text_becomes_paragraphs() -> None:
    assert plain_to_html("First line\nsecond <line>\n\nNext") == (
        "<p>First line<br>second &lt;line&gt;</p><p>Next</p>"
    )
