// Runs Mozilla Readability (with jsdom) and `saywho-extract` on each page given, and prints the
// token-level F1 of each against the page's expected text (PAGE.expected.txt beside it).
// Tokens are lower-cased runs of letters and digits; F1 is over the multiset of tokens.
// Readability returns the headline apart from the text, so its title is put in front, as SayWho does.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename } from 'node:path';

const require = createRequire(`${process.env.SAYWHO_READABILITY_DIR}/`);
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');

function tokens(text) {
    return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

function f1(predicted, expected) {
    const want = new Map();
    for (const t of tokens(expected)) want.set(t, (want.get(t) ?? 0) + 1);
    const got = tokens(predicted);
    let overlap = 0;
    for (const t of got) {
        const n = want.get(t) ?? 0;
        if (n > 0) {
            overlap += 1;
            want.set(t, n - 1);
        }
    }
    const expectedCount = tokens(expected).length;
    if (overlap === 0) return { p: 0, r: 0, f: 0 };
    const p = overlap / got.length;
    const r = overlap / expectedCount;
    return { p, r, f: (2 * p * r) / (p + r) };
}

function readability(file) {
    // jsdom sniffs the encoding from the bytes and <meta charset>, like a browser. It runs no
    // script and loads no resource by default.
    const dom = new JSDOM(readFileSync(file), { url: 'https://example.invalid/', virtualConsole: new VirtualConsole() });
    const article = new Readability(dom.window.document).parse();
    if (!article) return '';
    return `${article.title ?? ''}\n\n${article.textContent ?? ''}`;
}

function saywho(file) {
    return execFileSync(process.env.SAYWHO_EXTRACT, [file], { encoding: 'utf8' });
}

const pct = (x) => (100 * x).toFixed(1).padStart(6);
const rows = [];
console.log(`${'page'.padEnd(22)} ${'SayWho F1'.padStart(10)} ${'(P / R)'.padStart(16)}   ${'Readability F1'.padStart(14)} ${'(P / R)'.padStart(16)}`);
for (const file of process.argv.slice(2)) {
    const expected = readFileSync(file.replace(/\.html?$/, '.expected.txt'), 'utf8');
    const s = f1(saywho(file), expected);
    const r = f1(readability(file), expected);
    rows.push([s, r]);
    console.log(`${basename(file).padEnd(22)} ${pct(s.f).padStart(10)} (${pct(s.p)} /${pct(s.r)})   ${pct(r.f).padStart(14)} (${pct(r.p)} /${pct(r.r)})`);
}
const mean = (i) => rows.reduce((a, row) => a + row[i].f, 0) / Math.max(1, rows.length);
console.log(`${'mean'.padEnd(22)} ${pct(mean(0)).padStart(10)} ${''.padStart(17)}   ${pct(mean(1)).padStart(14)}`);
