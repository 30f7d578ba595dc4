// Browser test of the review web app (ctest: review_browser). Debian's
// chromium, driven by playwright-core, reviews the sample case the way a DPO
// would: accepts and rejects suggestions (buttons and keyboard), decides a
// person everywhere, draws a box on a PDF page, redacts selected text, edits
// a suggestion's span, withholds a document; then the real `dsar bundle` runs and the package is
// read back with pdftotext to check that it reflects exactly those decisions.
//
// Environment: DSAR (the binary), DSAR_SOURCE_DIR, CHROMIUM (the browser),
// WORK_DIR (scratch); DSAR_SCREENSHOTS=dir also saves the views as PNGs.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const DSAR = process.env.DSAR;
const SRC = process.env.DSAR_SOURCE_DIR;
const CHROMIUM = process.env.CHROMIUM;
const WORK = process.env.WORK_DIR;
const SHOTS = process.env.DSAR_SCREENSHOTS || '';
const REF = 'SAR-2026-014';
const REVIEWER = 'browser-test';

const log = (...a) => console.log('[review_browser]', ...a);

function dsar(args, opts = {}) {
  return execFileSync(DSAR, ['-q', '--workspace', path.join(WORK, 'cases'), ...args],
    { cwd: WORK, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...opts });
}

function pdfText(file) {
  return execFileSync('pdftotext', ['-q', file, '-'], { encoding: 'utf8' });
}

function fold(s) {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ');
}

async function shot(page, name) {
  if (!SHOTS) return;
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, name), fullPage: false });
}

// Starts `dsar review` and resolves with the process and the URL it prints.
function startReview() {
  return new Promise((resolve, reject) => {
    const child = spawn(DSAR, ['--workspace', path.join(WORK, 'cases'), 'review', REF, '--port', '0', '--reviewer', REVIEWER],
      { cwd: WORK, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const timer = setTimeout(() => reject(new Error('dsar review printed no URL: ' + out)), 30000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{32}/);
      if (m) { clearTimeout(timer); resolve({ child, url: m[0] }); }
    });
    child.stderr.on('data', (d) => process.stderr.write(d));
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error('dsar review exited early with ' + code + ': ' + out)); });
  });
}

// Selects the first occurrence of `needle` in the document text pane, across
// the highlight spans that split it into several text nodes.
async function selectText(page, needle) {
  await page.evaluate((needle) => {
    const pane = document.getElementById('doc-text');
    const at = pane.textContent.indexOf(needle);
    if (at < 0) throw new Error(needle + ' is not in the text');
    const range = document.createRange();
    let pos = 0;
    const walker = document.createTreeWalker(pane, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const len = n.data.length;
      if (pos <= at && at < pos + len) range.setStart(n, at - pos);
      if (pos < at + needle.length && at + needle.length <= pos + len) range.setEnd(n, at + needle.length - pos);
      pos += len;
    }
    window.getSelection().removeAllRanges();
    window.getSelection().addRange(range);
  }, needle);
}

async function main() {
  fs.rmSync(WORK, { recursive: true, force: true });
  fs.mkdirSync(WORK, { recursive: true });
  fs.cpSync(path.join(SRC, 'samples'), path.join(WORK, 'samples'), { recursive: true });
  // Steps 1-3 (intake, ingest, scan); stops for review.
  dsar(['run', 'samples/request.toml']);

  // Where "RIDDOR" is on page 1 of the incident report, from dsar's own model.
  const model = JSON.parse(execFileSync(DSAR, ['extract', '--json', path.join(WORK, 'samples/export/Pastoral/incident_report_IR-2026-0147.pdf')], { encoding: 'utf8' }));
  const p1 = model.pages[0];
  const riddor = p1.words.find((w) => w[0] === 'RIDDOR');
  assert.ok(riddor, 'RIDDOR is on page 1');

  const { child, url } = await startReview();
  log('server at', url.replace(/token=.*/, 'token=…'));
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  let exitCode = null;
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    // Without the token there is nothing to see.
    const bare = await page.goto(url.replace(/\?token=.*/, 'api/case'));
    assert.equal(bare.status(), 403);

    // Overview. From here on the page must log no error at all.
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text()); });
    // The browser's own favicon request may still carry the first, tokenless visit.
    page.on('response', (r) => { if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) errors.push(r.status() + ' ' + r.url()); });
    await page.goto(url);
    assert.ok(!page.url().includes('token='), 'the token leaves the address bar');
    await page.waitForSelector('#pending-count');
    const pendingBefore = parseInt(await page.textContent('#pending-count'), 10);
    assert.ok(pendingBefore > 10, 'suggestions await review: ' + pendingBefore);
    await shot(page, 'review-overview.png');

    // Document list, filtered to PDFs.
    await page.click('#nav-documents');
    await page.waitForSelector('#doc-table tr[data-id]');
    await shot(page, 'review-documents.png');
    await page.selectOption('#filter-kind', 'pdf');
    // The sample's incident report (the mailboxes bring another PDF, an attachment).
    await page.waitForFunction(() => [...document.querySelectorAll('#doc-table tr[data-id]')].some((r) => r.textContent.includes('incident_report_IR-2026-0147')));
    await page.locator('#doc-table tr[data-id]', { hasText: 'incident_report_IR-2026-0147' }).click();
    await page.waitForSelector('#suggestions .srow[data-key]');
    await page.waitForSelector('#doc-pages img');
    await page.waitForFunction(() => [...document.querySelectorAll('#doc-pages img')].every((i) => i.complete && i.naturalWidth > 0));

    // Reject the school's own phone number (first mention) with the button.
    const row = (value) => page.locator('#suggestions .srow').filter({ has: page.locator('.what', { hasText: new RegExp('^' + value.replace(/[+()]/g, '\\$&') + '$') }) }).first();
    const school = row('0113 496 0100');
    await school.locator('button[data-act=reject]').click();
    await page.waitForSelector('#suggestions .srow .verdict.reject');
    // Accept Mrs Oduya's mobile with the keyboard: select, then "a".
    await row('+44 7700 900239').locator('.what').click();
    await page.keyboard.press('a');
    await page.waitForFunction(() => [...document.querySelectorAll('#suggestions .srow')].some((r) => r.textContent.includes('+44 7700 900239') && r.querySelector('.verdict.accept')));
    // j/k move the selection.
    const before = await page.getAttribute('#suggestions .srow.current', 'data-idx');
    await page.keyboard.press('j');
    const after = await page.getAttribute('#suggestions .srow.current', 'data-idx');
    assert.equal(Number(after), Number(before) + 1, 'j selects the next suggestion');
    await page.keyboard.press('k');
    assert.equal(await page.getAttribute('#suggestions .srow.current', 'data-idx'), before, 'k goes back');

    // Draw a box over "RIDDOR" on page 1.
    await page.click('#btn-draw');
    await page.waitForSelector('#doc-pages .page.drawing[data-page="1"]');
    await page.waitForFunction(() => [...document.querySelectorAll('#doc-pages img')].every((i) => i.complete && i.naturalWidth > 0));
    const pageDiv = page.locator('#doc-pages .page[data-page="1"]');
    await pageDiv.scrollIntoViewIfNeeded();
    const r = await pageDiv.boundingBox();
    const sx = r.width / p1.w, sy = r.height / p1.h;
    const [, x0, y0, x1, y1] = riddor;
    await page.mouse.move(r.x + (x0 - 2) * sx, r.y + (y0 - 2) * sy);
    await page.mouse.down();
    await page.mouse.move(r.x + (x1 + 2) * sx, r.y + (y1 + 2) * sy, { steps: 5 });
    await page.mouse.up();
    await page.waitForSelector('#doc-pages .ov.manual');
    await shot(page, 'review-document.png');
    // The preview shows the page as it will be released.
    await page.click('#btn-preview');
    await page.waitForSelector('#btn-preview.on');
    await page.waitForFunction(() => [...document.querySelectorAll('#doc-pages img')].every((i) => i.complete && i.naturalWidth > 0));
    await shot(page, 'review-preview.png');
    await page.click('#btn-preview');
    await page.waitForSelector('#btn-preview:not(.on)');
    await page.waitForSelector('#doc-pages .ov.manual');

    // People: disclose the first aider everywhere (staff, official capacity).
    await page.click('#nav-people');
    await page.waitForSelector('#people-table tr[data-entity]');
    const varley = page.locator('#people-table tr[data-entity="d. varley"]');
    await varley.locator('button[data-act=disclose]').click();
    await page.waitForFunction(() => document.querySelector('#people-table tr[data-entity="d. varley"]').textContent.includes('Disclose everywhere'));
    await shot(page, 'review-people.png');

    // The letter to Mr Brooks: redact "Reflection Room" by selecting it.
    await page.click('#nav-documents');
    await page.fill('#filter-q', 'Dear Mr Daniel Brooks');
    await page.press('#filter-q', 'Enter');
    await page.waitForFunction(() => document.querySelectorAll('#doc-table tr[data-id]').length === 1);
    await page.click('#doc-table tr[data-id]');
    await page.waitForSelector('#doc-text');
    await selectText(page, 'Reflection Room');
    await page.click('#btn-redact-selection');
    await page.waitForSelector('#doc-text .hl.manual');
    assert.equal(await page.textContent('#doc-text .hl.manual'), 'Reflection Room');
    // Edit a suggestion's span: "Daniel Brooks" becomes "Mr Daniel Brooks".
    await page.locator('#suggestions .srow').filter({ has: page.locator('.what', { hasText: /^Daniel Brooks$/ }) }).first().locator('.what').click();
    await selectText(page, 'Mr Daniel Brooks');
    await page.click('#btn-edit-span');
    await page.waitForFunction(() => document.querySelectorAll('#manual-list .srow').length === 2);
    assert.ok((await page.textContent('#manual-list')).includes('“Mr Daniel Brooks”'));
    // The letter typeset as it will be released.
    await page.click('#btn-preview');
    await page.waitForSelector('#btn-preview.on');
    await page.waitForSelector('#doc-pages .page .pno');
    await page.waitForFunction(() => [...document.querySelectorAll('#doc-pages img')].every((i) => i.complete && i.naturalWidth > 0));
    assert.match(await page.textContent('#doc-pages .page .pno'), /page 1 of \d+/);
    await page.click('#btn-preview');
    await page.waitForSelector('#btn-preview:not(.on)');

    // Withhold the pastoral meeting notes under the third-party exemption.
    await page.click('#nav-documents');
    await page.fill('#filter-q', 'year9_pastoral_meeting');
    await page.press('#filter-q', 'Enter');
    await page.waitForSelector('#doc-table tr[data-id]');
    await page.locator('#doc-table tr[data-id]', { hasText: 'year9_pastoral_meeting_notes' }).click();
    await page.waitForSelector('#btn-withhold');
    await page.selectOption('#doc-exemption', 'third_party');
    await page.fill('#doc-note', 'about other pupils throughout');
    await page.click('#btn-withhold');
    await page.waitForSelector('#doc-banner.withheld');

    // Back to the overview: fewer pending, and the withheld document counted.
    await page.click('#nav-overview');
    await page.waitForSelector('#pending-count');
    const pendingAfter = parseInt(await page.textContent('#pending-count'), 10);
    assert.ok(pendingAfter < pendingBefore, `pending went down (${pendingBefore} -> ${pendingAfter})`);
    assert.deepEqual(errors, [], 'no errors in the page');
    await context.close();
  } finally {
    await browser.close();
    // Ctrl-C: the server stops cleanly.
    const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    exitCode = await exited;
  }
  assert.equal(exitCode, 0, 'dsar review exits 0 on SIGINT');

  // The decisions are in the case store, with the reviewer.
  const db = path.join(WORK, 'cases', REF, 'case.sqlite');
  const q = (sql) => execFileSync('sqlite3', [db, sql], { encoding: 'utf8' }).trim();
  assert.equal(q(`SELECT count(*) FROM decisions WHERE reviewer = '${REVIEWER}'`), '3');
  assert.equal(q(`SELECT count(*) FROM manual_redactions WHERE reviewer = '${REVIEWER}'`), '3');
  assert.equal(q(`SELECT action || ':' || exemption FROM document_decisions WHERE reviewer = '${REVIEWER}'`), 'withhold:third_party');
  assert.equal(q(`SELECT entity || ':' || verdict FROM entity_decisions WHERE reviewer = '${REVIEWER}'`), 'd. varley:reject');
  assert.ok(Number(q(`SELECT count(*) FROM audit WHERE actor = '${REVIEWER}'`)) >= 6, 'every action is audited');

  // Bundle still refuses while suggestions are pending, and says where.
  let refused = '';
  try { dsar(['bundle', REF]); } catch (e) { refused = String(e.stderr); assert.equal(e.status, 3); }
  assert.match(refused, /await review/);
  assert.match(refused, /dsar review SAR-2026-014/);
  // The rest accepted explicitly, then the package.
  const zip = dsar(['bundle', REF, '--accept-suggestions']).trim().split('\n').pop();
  const out = path.join(WORK, 'package');
  execFileSync('unzip', ['-q', '-o', zip, '-d', out]);
  const ids = Object.fromEntries(q('SELECT id, path FROM items').split('\n').map((l) => { const [id, p] = l.split('|'); return [path.basename(p), id.padStart(4, '0')]; }));
  const pdf = fold(pdfText(path.join(out, 'documents', ids['incident_report_IR-2026-0147.pdf'] + '.pdf')));
  assert.ok(pdf.includes('0113 496 0100'), 'the rejected suggestion is disclosed');
  assert.ok(!pdf.includes('900239'), 'the accepted suggestion is redacted');
  assert.ok(!pdf.includes('riddor'), 'the box drawn over RIDDOR removed it');
  assert.ok(pdf.includes('reportable'), 'the word beside the box survives');
  assert.ok(pdf.includes('varley'), 'the person disclosed everywhere is disclosed');
  const letter = fold(pdfText(path.join(out, 'documents', ids['2026-10-16_letter_to_mr_brooks.txt'] + '.pdf')));
  assert.ok(!letter.includes('reflection room'), 'the selected text is redacted');
  assert.ok(letter.includes('restorative'), 'the rest of the letter survives');
  assert.ok(letter.includes('dear') && !letter.includes('dear mr'), 'the edited span covers "Mr Daniel Brooks"');
  const notes = ids['2026-09-30_year9_pastoral_meeting_notes.txt'];
  assert.ok(!fs.existsSync(path.join(out, 'documents', notes + '.pdf')), 'the withheld document is not in the package');
  const logCsv = fs.readFileSync(path.join(out, 'disclosure-log.csv'), 'utf8');
  const row = logCsv.split('\n').find((l) => l.startsWith(notes + ','));
  assert.ok(row && row.includes('withheld') && row.includes('third_party'), 'the log says withheld under third_party: ' + row);
  log('ok: the package reflects the decisions made in the browser');
}

// Exit 1 unless main() runs to its end: a promise that never settles would
// otherwise let node exit 0 with the test half done.
process.exitCode = 1;
main().then(() => { process.exitCode = 0; }, (e) => { console.error(e); process.exitCode = 1; });
