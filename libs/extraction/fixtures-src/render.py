#!/usr/bin/env python3
"""
Renders letter specs into text that looks like a PDF letter run through a text converter:
hard wraps at a fixed or jittered width (a proportional font gives lines of uneven length),
form feeds between pages, running page headers, centred footers, footnotes at the bottom of
the page on which they are cited, hyphenated line ends, optional blank lines between
paragraphs, first-line and hanging indents.

The asks are written by hand in each spec: list items carry their kind (None for background
items) and gold label; asks in prose are marked [[Q:...]], [[D:...]], [[B:...]], [[O:...]]
(question, document_request, briefing_request, other). Footnotes are written {{fn:text}}.

Usage: python3 render.py <spec-module> <out-folder>
"""
import importlib.util
import json
import os
import random
import re
import sys

KINDS = {'Q': 'question', 'D': 'document_request', 'B': 'briefing_request', 'O': 'other'}
FN = re.compile(r'\{\{fn:(.*?)\}\}')
ASK = re.compile(r'\[\[([QDBO]):(.*?)\]\]', re.S)

DEFAULT_STYLE = dict(
    width=80,  # wrap width in characters
    jitter=0,  # each line's width varies by +/- jitter (proportional fonts)
    blank=True,  # blank line between paragraphs
    list_blank=False,  # blank line between list items
    indent=0,  # first-line indent of prose paragraphs
    hang=True,  # continuation lines of a list item align with its text
    item_indent=0,  # spaces before a top-level enumerator
    sub_indent=4,  # extra spaces per list level
    page_lines=48,  # lines per page, headers and footers included
    header=None,  # list of header lines for pages 2+, with {page}
    header_blank=True,  # blank line after the header
    footer=None,  # footer text with {page} / {pages}, e.g. '- {page} -'
    footer_first=True,  # whether page 1 has the footer
    center_footer=True,
    formfeed=True,
    hyph=0.0,  # probability of hyphenating a long word that does not fit
    fn_sep='____________________',
    seed=1,
)


VOWELS = set('aeiouyAEIOUY')
DIGRAPHS = {'ch', 'sh', 'th', 'ph', 'wh', 'ck', 'gh', 'qu'}


def split_points(word):
    """Plausible hyphenation points, longest head first: between two consonants after a vowel
    (sup-port, con-tract), or before a common suffix (-tion, -ment, -ing)."""
    pts = set()
    low = word.lower()
    for k in range(3, len(word) - 2):
        a, b = low[k - 1], low[k]
        if a not in VOWELS and b not in VOWELS and low[k - 2] in VOWELS and (a + b) not in DIGRAPHS:
            pts.add(k)
    for suf in ('tions', 'tion', 'ments', 'ment', 'ings', 'ing', 'ities', 'ity', 'ance', 'ence', 'able', 'ible', 'ally'):
        if low.endswith(suf) and len(low) - len(suf) >= 4:
            pts.add(len(low) - len(suf))
    return sorted(pts, reverse=True)


class Doc:
    def __init__(self, style):
        self.s = dict(DEFAULT_STYLE, **style)
        self.rng = random.Random(self.s['seed'])
        self.lines = []  # (text, [footnote numbers])
        self.footnotes = {}  # number -> text
        self.gold = []

    # --- text helpers -------------------------------------------------------------------
    def take_footnotes(self, text):
        """Replaces {{fn:...}} with a numbered marker glued to the previous word."""
        def repl(m):
            n = len(self.footnotes) + 1
            self.footnotes[n] = m.group(1)
            return f'\x01{n}\x02'
        return FN.sub(repl, text)

    @staticmethod
    def plain(text):
        t = re.sub(r'\x01\d+\x02', '', text)
        t = FN.sub('', t)
        t = ASK.sub(lambda m: m.group(2), t)
        return re.sub(r'\s+', ' ', t).strip()

    def wrap(self, text, first, cont):
        """Greedy wrap; footnote markers stay in the text (for pagination) but count as their digits."""
        s = self.s
        vis = lambda t: len(re.sub(r'\x01(\d+)\x02', r'\1', t))
        words = text.split()
        out = []
        cur = first
        has = False
        limit = s['width'] + self.rng.randint(-s['jitter'], s['jitter'])
        i = 0
        while i < len(words):
            w = words[i]
            cand = cur + (' ' if has else '') + w
            if vis(cand) <= limit or not has:
                cur = cand
                has = True
                i += 1
                continue
            # A compound word breaks after its hyphen.
            comp = re.match(r'^([A-Za-z]+-)([A-Za-z].*)$', w)
            if comp and s['hyph'] and self.rng.random() < s['hyph'] and vis(cur + ' ' + comp.group(1)) <= limit:
                out.append(cur + ' ' + comp.group(1))
                cur = cont + comp.group(2)
                has = True
                limit = s['width'] + self.rng.randint(-s['jitter'], s['jitter'])
                i += 1
                continue
            # Hyphenate a long word that does not fit, as a word processor might.
            core = re.match(r'^([A-Za-z]{9,})([.,;:?)]*)$', w)
            if core and s['hyph'] and self.rng.random() < s['hyph']:
                word = core.group(1)
                done = False
                for k in split_points(word):
                    head = cur + ' ' + word[:k] + '-'
                    if vis(head) <= limit:
                        out.append(head)
                        cur = cont + word[k:] + core.group(2)
                        has = True
                        limit = s['width'] + self.rng.randint(-s['jitter'], s['jitter'])
                        done = True
                        break
                if done:
                    i += 1
                    continue
            out.append(cur)
            cur = cont
            has = False
            limit = s['width'] + self.rng.randint(-s['jitter'], s['jitter'])
        if has:
            out.append(cur)
        return out

    def emit(self, lines):
        for ln in lines:
            fns = [int(n) for n in re.findall(r'\x01(\d+)\x02', ln)]
            self.lines.append((re.sub(r'\x01(\d+)\x02', r'\1', ln), fns))

    def blank(self):
        if self.lines and self.lines[-1][0] != '':
            self.lines.append(('', []))

    def record(self, text, kind, label):
        self.gold.append({'label': label, 'text': self.plain(text), 'kind': kind})

    def record_prose(self, text):
        for m in ASK.finditer(text):
            self.record(m.group(2), KINDS[m.group(1)], None)

    # --- blocks ---------------------------------------------------------------------------
    def block(self, b):
        kind = b[0]
        s = self.s
        if kind == 'center':
            for ln in b[1]:
                self.emit([' ' * max(0, (s['width'] - len(ln)) // 2) + ln])
            if s['blank']:
                self.blank()
        elif kind == 'lines':
            self.emit(b[1])
            if s['blank']:
                self.blank()
        elif kind == 'p':
            text = self.take_footnotes(b[1])
            self.record_prose(text)
            body = ASK.sub(lambda m: m.group(2), text)
            self.emit(self.wrap(body, ' ' * s['indent'], ''))
            if s['blank']:
                self.blank()
        elif kind == 'h':
            self.emit([b[1]])
            if s['blank']:
                self.blank()
        elif kind == 'items':
            # b[1]: list of (enum, text, kind or None, label or '=' for default, level)
            items = b[1]
            for it in items:
                enum, text, k = it[0], it[1], it[2]
                label = it[3] if len(it) > 3 else '='
                level = it[4] if len(it) > 4 else 0
                text = self.take_footnotes(text)
                pad = ' ' * (s['item_indent'] + level * s['sub_indent'])
                first = pad + enum + ' '
                cont = ' ' * len(first) if s['hang'] else pad
                self.emit(self.wrap(text, first, cont))
                if s['list_blank']:
                    self.blank()
                if k:
                    if label == '=':
                        label = None if not re.search(r'[0-9A-Za-z]', enum) or enum == 'o' else re.sub(r'[().]', '', enum)
                    self.record(text, KINDS.get(k, k), label)
            if s['blank']:
                self.blank()
        elif kind == 'raw':
            self.emit(b[1].split('\n'))
        elif kind == 'sig2':
            cols = b[1]
            gap = b[2] if len(b) > 2 else 40
            rows = max(len(c) for c in cols)
            for r in range(rows):
                left = cols[0][r] if r < len(cols[0]) else ''
                right = cols[1][r] if r < len(cols[1]) else ''
                self.emit([(left.ljust(gap) + right).rstrip()])
            if s['blank']:
                self.blank()
        elif kind == 'blank':
            self.lines.append(('', []))
        elif kind == 'pagebreak':
            self.lines.append(('\x0c', []))
        else:
            raise ValueError(kind)

    # --- pages ----------------------------------------------------------------------------
    def fn_lines(self, numbers):
        out = []
        cache = self.__dict__.setdefault('_fn_cache', {})
        for n in numbers:
            if n not in cache:
                state = self.rng.getstate()
                cache[n] = self.wrap(f'{n} {self.footnotes[n]}', '', '')
                self.rng.setstate(state)
            out += cache[n]
        return out

    def paginate(self):
        s = self.s
        header = s['header'] or []
        hdr_n = len(header) + (1 if header and s['header_blank'] else 0)
        pages = []
        cur, fns = [], []

        def overhead(numbers, page_no):
            n = 0
            if numbers:
                n += 1 + (1 if s['fn_sep'] else 0) + len(self.fn_lines(numbers))
            if s['footer'] and (page_no > 1 or s['footer_first']):
                n += 2
            return n

        lines = list(self.lines)
        while lines and lines[-1][0] == '':
            lines.pop()
        for text, f in lines:
            page_no = len(pages) + 1
            cap = s['page_lines'] - (hdr_n if page_no > 1 else 0)
            if text == '\x0c':
                pages.append((cur, fns))
                cur, fns = [], []
                continue
            if not cur and text == '':
                continue
            need = len(cur) + 1 + overhead(fns + f, page_no)
            if cur and need > cap:
                while cur and cur[-1] == '':
                    cur.pop()
                pages.append((cur, fns))
                cur, fns = [], []
                if text == '':
                    continue
            cur.append(text)
            fns = fns + f
        pages.append((cur, fns))
        total = len(pages)
        out = []
        for i, (body, numbers) in enumerate(pages):
            page_no = i + 1
            block = []
            if page_no > 1 and header:
                block += [h.format(page=page_no, pages=total) for h in header]
                if s['header_blank']:
                    block.append('')
            block += body
            if numbers:
                block.append('')
                if s['fn_sep']:
                    block.append(s['fn_sep'])
                block += self.fn_lines(numbers)
            if s['footer'] and (page_no > 1 or s['footer_first']) and total > 1:
                f = s['footer'].format(page=page_no, pages=total)
                block.append('')
                block.append((' ' * max(0, (s['width'] - len(f)) // 2) if s['center_footer'] else '') + f)
            out.append('\n'.join(block))
        sep = '\n\x0c' if s['formfeed'] else '\n'
        return sep.join(out) + '\n'


def render(spec):
    d = Doc(spec.get('style', {}))
    for b in spec['blocks']:
        d.block(b)
    text = d.paginate()
    if spec.get('postprocess') == 'ligatures':
        # A PDF text layer: ligature glyphs for fi/fl and soft hyphens where words were broken.
        text = text.replace('ffi', '\ufb03').replace('fi', '\ufb01').replace('fl', '\ufb02')
        text = re.sub(r'(?<=[a-z])-\n', '\u00ad\n', text)
    gold = spec.get('questions', d.gold)
    return {
        'title': spec['title'],
        'source': 'written for this project (synthetic, PDF-conversion style)',
        'date': spec['date'],
        'deadline': spec['deadline'],
        'text': text,
        'questions': gold,
        'labelling_notes': spec.get('notes', ''),
    }


def main():
    path, out = sys.argv[1], sys.argv[2]
    spec_mod = importlib.util.spec_from_file_location('letters', path)
    mod = importlib.util.module_from_spec(spec_mod)
    spec_mod.loader.exec_module(mod)
    os.makedirs(out, exist_ok=True)
    for spec in mod.LETTERS:
        data = render(spec)
        with open(os.path.join(out, spec['id'] + '.json'), 'w') as fh:
            json.dump(data, fh, indent=2, ensure_ascii=False)
            fh.write('\n')
        print(spec['id'], len(data['text']), 'chars', data['text'].count('\x0c') + 1, 'pages', len(data['questions']), 'asks')


if __name__ == '__main__':
    main()
