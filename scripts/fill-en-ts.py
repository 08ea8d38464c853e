#!/usr/bin/env python3
"""Fills resources/i18n/seika_en.ts: English is the source language, so each unfinished
translation becomes its source text (numerus messages get the singular and plural forms).
Run after `cmake --build build --target seika_ui_lupdate`."""
import re
import sys
from pathlib import Path

path = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "resources/i18n/seika_en.ts")
text = path.read_text(encoding="utf-8")

msg_re = re.compile(r"(<message( numerus=\"yes\")?>\s*<source>(.*?)</source>.*?)<translation type=\"unfinished\">.*?</translation>|"
                    r"(<message( numerus=\"yes\")?>\s*<source>(.*?)</source>.*?)<translation type=\"unfinished\"/>", re.S)


def singular(source: str) -> str:
    # "%n ward(s)" → "%n ward" / "%n wards"
    return re.sub(r"\((\w+)\)", "", source)


def plural(source: str) -> str:
    return re.sub(r"\((\w+)\)", r"\1", source)


def fill(m: re.Match) -> str:
    head = m.group(1) or m.group(4)
    numerus = m.group(2) or m.group(5)
    source = m.group(3) if m.group(1) else m.group(6)
    if numerus:
        return (f"{head}<translation>\n            <numerusform>{singular(source)}</numerusform>\n"
                f"            <numerusform>{plural(source)}</numerusform>\n        </translation>")
    return f"{head}<translation>{source}</translation>"


new, count = msg_re.subn(fill, text)
path.write_text(new, encoding="utf-8")
print(f"{path.name}: filled {count} message(s)")
