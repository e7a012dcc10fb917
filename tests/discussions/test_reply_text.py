"""What is kept of a reply by e-mail: the member's words, not the quote or the signature."""

import pytest

from discussions.mail.inbound import html_to_text, strip_quotes_and_signature

QUOTE_LINES = [
    "On Mon, 2 Nov 2026 at 10:00, Minga <noreply@minga.localhost> wrote:",
    "Le lun. 2 nov. 2026 à 10:00, Minga <noreply@minga.localhost> a écrit :",
    "El lun, 2 nov 2026 a las 10:00, Minga (<noreply@minga.localhost>) escribió:",
    "Em seg., 2 de nov. de 2026 às 10:00, Minga <noreply@minga.localhost> escreveu:",
    "في الاثنين، 2 نوفمبر 2026 في 10:00 ص، Minga <noreply@minga.localhost> كتب:",
    "-----Original Message-----",
    "________________________________",
]


@pytest.mark.parametrize("quote_line", QUOTE_LINES)
def test_the_quoted_message_is_cut_in_every_language(quote_line):
    text = f"Peer visits work.\n\n{quote_line}\n> How do we start?\n> Read it and reply"
    assert strip_quotes_and_signature(text) == "Peer visits work."


@pytest.mark.parametrize(
    "signature",
    ["-- \nKofi Mensah\nAccra", "Sent from my iPhone", "Envoyé de mon iPhone"],
)
def test_the_signature_is_cut(signature):
    assert strip_quotes_and_signature(f"Peer visits work.\r\n\r\n{signature}") == (
        "Peer visits work."
    )


def test_a_dash_inside_a_sentence_or_a_quote_mark_mid_line_is_kept():
    text = "Costs -- and time -- matter.\nA line with > inside stays."
    assert strip_quotes_and_signature(text) == text


def test_html_is_reduced_to_text_without_scripts_styles_or_quotes():
    markup = (
        "<html><head><style>p{color:red}</style></head><body><p>Trust &amp; time.</p>"
        "<p>Second<br>line <a href='javascript:alert(1)'>link</a></p><script>x()</script>"
        "<blockquote>quoted</blockquote></body></html>"
    )
    assert html_to_text(markup).split() == ["Trust", "&", "time.", "Second", "line", "link"]
