"""convert.to_client / from_client: characters inside the server, the client's code units on the
wire, for utf-8, utf-16 and utf-32, with accents, CJK and emoji; ranges past a line's end."""

from __future__ import annotations

import pytest
from lsprotocol import types

from temper.lsp.convert import from_client, line_range, to_client

LINES = ['x = "ééééé 漢字 😀" + []\n', "\n", "ok\n"]
UNITS = {"utf-8": lambda t: len(t.encode("utf-8")),
         "utf-16": lambda t: len(t.encode("utf-16-le")) // 2, "utf-32": len}


@pytest.mark.parametrize("encoding", list(UNITS))
def test_a_range_after_multibyte_text_counts_the_clients_units(encoding: str):
    column = LINES[0].index("[]")
    sent = to_client(LINES, types.Range(types.Position(0, column),
                                        types.Position(0, column + 2)), encoding)
    before = UNITS[encoding](LINES[0][:column])
    assert (sent.start.character, sent.end.character) == (before, before + 2)
    assert from_client(LINES, sent.start, encoding) == types.Position(0, column)


@pytest.mark.parametrize("encoding", list(UNITS))
def test_a_whole_line_range_ends_at_the_clients_line_end(encoding: str):
    sent = to_client(LINES, line_range(LINES, 1), encoding)
    assert sent.end.character == UNITS[encoding](LINES[0].rstrip("\n"))


def test_one_past_an_empty_lines_end_stays_one_past():
    empty = types.Range(types.Position(1, 0), types.Position(1, 1))  # a marker on an empty line
    sent = to_client(LINES, empty, "utf-8")
    assert (sent.start.character, sent.end.character) == (0, 1)


def test_a_position_beyond_the_document_is_left_as_is():
    far = types.Range(types.Position(9, 3), types.Position(9, 4))
    assert to_client(LINES, far, "utf-16") == far
    assert from_client(LINES, types.Position(9, 3), "utf-8") == types.Position(9, 3)


def test_a_client_position_inside_an_emoji_lands_on_it_and_past_the_line_is_clamped():
    emoji = LINES[0].index("😀")
    inside = UNITS["utf-8"](LINES[0][:emoji]) + 2  # half-way through its four bytes
    assert from_client(LINES, types.Position(0, inside), "utf-8").character in (emoji,
                                                                               emoji + 1)
    assert from_client(LINES, types.Position(2, 99), "utf-16").character <= len("ok\n")
