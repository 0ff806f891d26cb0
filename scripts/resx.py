#!/usr/bin/env python3
"""Adds or updates entries of a resource pair (<Base>.resx Chinese, <Base>.en.resx English), keeping the files'
one-entry-a-line layout. Usage:
  scripts/resx.py set  src/Shian/Modules/Licensing/LicensingText  KEY  '中文'  'English'
  scripts/resx.py bulk src/Shian/Modules/Licensing/LicensingText  entries.tsv   (KEY<TAB>中文<TAB>English per line)
  scripts/resx.py get  src/Shian/Modules/Licensing/LicensingText  KEY
"""
import html, re, sys

ENTRY = re.compile(r'  <data name="([^"]+)" xml:space="preserve"><value>(.*?)</value></data>\n', re.S)


def load(path):
    text = open(path, encoding='utf-8').read()
    return text


def set_entry(path, key, value):
    text = load(path)
    escaped = html.escape(value, quote=False)
    line = f'  <data name="{html.escape(key)}" xml:space="preserve"><value>{escaped}</value></data>\n'
    pattern = re.compile(r'  <data name="' + re.escape(html.escape(key)) + r'"[^>]*>.*?</data>\n', re.S)
    if pattern.search(text):
        text = pattern.sub(lambda _: line, text, count=1)
    else:
        text = text.replace('</root>', line + '</root>', 1)
    open(path, 'w', encoding='utf-8').write(text)


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    command, base = argv[1], argv[2]
    if command == 'set' and len(argv) == 6:
        set_entry(base + '.resx', argv[3], argv[4])
        set_entry(base + '.en.resx', argv[3], argv[5])
    elif command == 'bulk' and len(argv) == 4:
        for row in open(argv[3], encoding='utf-8'):
            row = row.rstrip('\n')
            if not row.strip():
                continue
            key, zh, en = row.split('\t')
            set_entry(base + '.resx', key, zh)
            set_entry(base + '.en.resx', key, en)
    elif command == 'get' and len(argv) == 4:
        for path in (base + '.resx', base + '.en.resx'):
            for k, v in ENTRY.findall(load(path)):
                if k == argv[3]:
                    print(f'{path}: {html.unescape(v)}')
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
