#!/usr/bin/env python3
"""Writes the conformance cases whose exact bytes matter and cannot be typed safely.

CRLF line ends, a UTF-8 byte-order mark, invisible direction-changing characters, a NUL byte
and invalid UTF-8 are lost or hidden by editors, so these files are written here and committed
as written (.gitattributes marks tests/conformance files -text, so git keeps the bytes).
Run it from anywhere: python3 tests/conformance/write-byte-exact-cases.py
Then run the tests with CLAIMDSL_ACCEPT=1 only if an expectation must change, and read it.
"""
from pathlib import Path

SUITE = Path(__file__).resolve().parent


def write(relative: str, data: bytes) -> None:
    path = SUITE / relative
    path.write_bytes(data)
    print(f"wrote {path.relative_to(SUITE)} ({len(data)} bytes)")


def lines(*text: str, end: str = "\n") -> bytes:
    return "".join(line + end for line in text).encode("utf-8")


# Good: Windows line ends throughout, including inside a continued text.
write("good/crlf-line-ends.claims", lines(
    "# Every line of this file ends in CR LF (Windows line ends).",
    "article crlf",
    "  title \"Written on Windows\"",
    "  published 2025-11-13",
    "",
    "person delgado \"Ana Delgado\"",
    "",
    "claim crlf_claim",
    "  by delgado",
    "  paraphrase \"the bridge will close\"",
    "    \"in January\"",
    "  on thursday",
    "  source direct # a comment before CR LF",
    end="\r\n"))

# Good: a UTF-8 byte-order mark before the first line, which is a block's first line.
write("good/byte-order-mark.claims", b"\xef\xbb\xbf" + lines(
    "article bom",
    "  title \"Saved with a byte-order mark\"",
    "  published 2025-11-13",
    "",
    "person rossi \"María Rossi\"",
    "",
    "claim bom_claim",
    "  by rossi",
    "  paraphrase \"the library will open on Sundays\"",
    "  source direct"))

# Good: a byte-order mark and CR LF together, as some Windows editors save.
write("good/byte-order-mark-and-crlf.claims", b"\xef\xbb\xbf" + lines(
    "# A byte-order mark, then CR LF line ends.",
    "person rossi \"María Rossi\"",
    "  role \"head librarian\"",
    end="\r\n"))

# Good: an article text saved with Windows line ends; a quote runs across one of them.
write("good/texts/council-crlf.txt", lines(
    "Council agrees bridge budget",
    "",
    "The council voted 9 to 2 on Tuesday to pay for the Old Mill bridge repairs. \u201cThis is money",
    "well spent,\u201d said council finance chair Samuel Okafor.",
    end="\r\n"))

# Bad: "Trojan source" characters (CVE-2021-42574) that make text display differently from
# what it is: a right-to-left override inside a quote, a zero-width space inside an id, a
# left-to-right isolate with its pop in a comment, and a zero-width joiner at a line's end.
write("bad/trojan-source.claims", lines(
    "article trojan",
    "  published 2025-11-13",
    "",
    "person delgado \"Ana Delgado\"",
    "",
    "claim reversed",
    "  by delgado",
    "  paraphrase \"the bridge is \u202esafe\u202c\"",
    "  source direct",
    "",
    "claim hidden_space",
    "  by del\u200bgado",
    "  paraphrase \"the bridge will close\"",
    "  source direct",
    "# an isolate: \u2066hidden\u2069 in a comment",
    "claim joiner_at_the_end",
    "  by delgado",
    "  paraphrase \"the bridge will reopen\"\u200d",
    "  source direct"))

# Bad: a NUL byte: binary data, not text.
write("bad/binary-file.claims", lines(
    "article binary",
    "  published 2025-11-13") + b"\x00\x01\x02\x03 binary tail\n")

# Bad: bytes that are not UTF-8 (Latin-1 "é" = 0xE9), after valid lines; the rest still parses.
write("bad/invalid-utf8.claims", lines(
    "article latin1",
    "  published 2025-11-13",
    "") + "person rossi \"Mar\u00eda Rossi\"\n".encode("latin-1") + lines(
    "",
    "claim latin1_claim",
    "  by rossi",
    "  paraphrase \"caf\u00e9\"",
    "  source direct"))
