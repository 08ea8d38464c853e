#!/usr/bin/env python3
"""Fills resources/i18n/seika_en.ts: English is the source language, so every translation is its
source text (numerus messages get the singular and plural forms). Messages lupdate marked vanished
or obsolete are left alone. Run after `cmake --build build --target seika_ui_lupdate`."""
import re
import sys
from pathlib import Path

path = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "resources/i18n/seika_en.ts")
text = path.read_text(encoding="utf-8")

# One whole <message> element at a time, so that a match never reaches into the next message.
message_re = re.compile(r"<message(?P<attrs>[^>]*)>(?P<body>.*?)</message>", re.S)
source_re = re.compile(r"<source>(.*?)</source>", re.S)
translation_re = re.compile(r"<translation(?P<attrs>[^>]*?)(?:/>|>.*?</translation>)", re.S)


def singular(source: str) -> str:
    # "%n ward(s)" → "%n ward" / "%n wards"
    return re.sub(r"\((\w+)\)", "", source)


def plural(source: str) -> str:
    return re.sub(r"\((\w+)\)", r"\1", source)


changed = 0


def fill(m: re.Match) -> str:
    global changed
    body = m.group("body")
    source = source_re.search(body)
    translation = translation_re.search(body)
    if not source or not translation:
        return m.group(0)
    if "vanished" in translation.group("attrs") or "obsolete" in translation.group("attrs"):
        return m.group(0)
    text = source.group(1)
    if 'numerus="yes"' in m.group("attrs"):
        new = (f"<translation>\n            <numerusform>{singular(text)}</numerusform>\n"
               f"            <numerusform>{plural(text)}</numerusform>\n        </translation>")
    else:
        new = f"<translation>{text}</translation>"
    if translation.group(0) == new:
        return m.group(0)
    changed += 1
    return m.group(0).replace(translation.group(0), new, 1)


new_text = message_re.sub(fill, text)
path.write_text(new_text, encoding="utf-8")
print(f"{path.name}: filled {changed} message(s)")
