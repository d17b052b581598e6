#!/usr/bin/env python3
"""Add or update interface strings in both resource files at once.

Usage: tools/add-strings.py strings.tsv   (lines: key<TAB>简体中文<TAB>English; '#' starts a comment)

Resources/SharedResource.resx holds Simplified Chinese (the neutral language) and
Resources/SharedResource.en.resx holds English. Keys stay sorted so that diffs stay small.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "src" / "CourtProcurement.Web" / "Resources"
HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""


def load(path):
    if not path.exists():
        return {}
    return {d.get("name"): d.findtext("value") or "" for d in ET.parse(path).getroot().iter("data")}


def save(path, entries):
    def esc(text):
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = "".join(
        f'  <data name="{esc(k)}" xml:space="preserve"><value>{esc(v)}</value></data>\n'
        for k, v in sorted(entries.items()))
    path.write_text(HEADER + body + "</root>\n", encoding="utf-8")


def main(tsv):
    zh_path, en_path = ROOT / "SharedResource.resx", ROOT / "SharedResource.en.resx"
    zh, en = load(zh_path), load(en_path)
    for line in Path(tsv).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, chinese, english = line.split("\t")
        zh[key], en[key] = chinese, english
    ROOT.mkdir(parents=True, exist_ok=True)
    save(zh_path, zh)
    save(en_path, en)
    print(f"{len(zh)} strings")


if __name__ == "__main__":
    main(sys.argv[1])
