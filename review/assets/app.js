// dsar review: the page of the local review server. Plain JavaScript, no
// framework and no external assets. Every action is one JSON request that is
// committed by the server before it answers; the page then reloads its data.
'use strict';

const state = {
  case: null,
  doc: null,        // the document on screen
  current: -1,      // index of the selected suggestion
  drawing: false,   // drawing a manual box
  preview: false,   // showing pages as they will be released
  listQuery: {},    // filters of the document list
  gen: 0,           // bumped by every view: a slow answer for an older view is dropped
};

// ---- helpers ---------------------------------------------------------------

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (k === 'value') e.value = v;
    else if (k === 'style') Object.assign(e.style, v);  // CSSOM: allowed by the page's CSP
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return e;
}

function toast(msg, error) {
  const t = document.getElementById('toast');
  t.textContent = msg;
  t.className = 'show' + (error ? ' error' : '');
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { t.className = ''; }, error ? 6000 : 1800);
}

async function api(method, path, body) {
  const opts = { method, headers: {}, credentials: 'same-origin' };
  if (body !== undefined) {
    opts.headers['Content-Type'] = 'application/json';
    opts.body = JSON.stringify(body);
  }
  const res = await fetch(path, opts);
  let data = null;
  try { data = await res.json(); } catch (e) { data = null; }
  if (!res.ok) {
    const msg = (data && data.error) || ('request failed: ' + res.status);
    toast(msg, true);
    throw new Error(msg);
  }
  return data;
}

function exemptionOptions(selected, withEmpty) {
  const opts = [];
  if (withEmpty) opts.push(el('option', { value: '' }, '(no exemption)'));
  for (const e of state.case.exemptions) {
    opts.push(el('option', { value: e.code, selected: e.code === selected, title: e.title }, e.label + ' — ' + e.title));
  }
  return opts;
}

function main(...children) {
  const m = document.getElementById('main');
  m.replaceChildren(...children.filter((c) => c));
  return m;
}

function setNav(which) {
  for (const id of ['overview', 'documents', 'people']) {
    document.getElementById('nav-' + id).classList.toggle('active', id === which);
  }
}

function parseHash() {
  const h = location.hash.replace(/^#\/?/, '');
  const [path, query] = h.split('?');
  const params = new URLSearchParams(query || '');
  return { parts: path.split('/').filter(Boolean), params };
}

// ---- case header -----------------------------------------------------------

async function loadCase() {
  const c = await api('GET', '/api/case');
  state.case = c;
  const days = c.days_left;
  const dueText = c.due ? ('due ' + c.due + ' (' + (days < 0 ? (-days) + ' days overdue' : days + ' days left') + ')') : '';
  document.getElementById('case-line').textContent = c.reference + ' · ' + c.subject + ' · ' + dueText;
  document.getElementById('who').textContent = 'reviewer: ' + c.reviewer;
}

// ---- overview --------------------------------------------------------------

async function showOverview() {
  const gen = ++state.gen;
  setNav('overview');
  await loadCase();
  const c = state.case;
  const s = c.suggestions;
  const d = c.documents;
  const byStatus = Object.entries(d.by_status).map(([k, v]) => k + ': ' + v).join(', ');
  const blockers = c.blockers.length
    ? el('ul', { class: 'blockers' }, c.blockers.map((b) => el('li', {}, b)))
    : el('p', {}, 'Nothing blocks release: run ', el('code', {}, 'dsar bundle ' + c.reference), '.');
  if (gen !== state.gen) return;
  main(
    el('h1', {}, 'Case ' + c.reference),
    el('div', { class: 'cards' },
      el('div', { class: 'card' }, el('div', { class: 'muted' }, 'Subject'), el('div', { class: 'big' }, c.subject)),
      el('div', { class: 'card' }, el('div', { class: 'muted' }, 'Requester'),
        el('div', {}, (c.requester.name || '—') + ' (' + c.requester.relationship + ')')),
      el('div', { class: 'card' }, el('div', { class: 'muted' }, 'Received'), el('div', {}, c.received)),
      el('div', { class: 'card ' + (c.days_left < 0 ? 'bad' : c.days_left <= 7 ? 'warn' : '') },
        el('div', { class: 'muted' }, 'Due' + (c.extended ? ' (extended)' : '')),
        el('div', { class: 'big', id: 'days-left' }, c.days_left < 0 ? (-c.days_left) + ' days overdue' : c.days_left + ' days left'),
        el('div', {}, c.due)),
      el('div', { class: 'card' }, el('div', { class: 'muted' }, 'Documents'), el('div', { class: 'big' }, d.total),
        el('div', {}, d.relevant + ' about the subject, ' + d.not_relevant + ' not'),
        el('div', { class: 'muted' }, byStatus),
        el('div', {}, d.withheld + ' withheld, ' + d.set_aside + ' set aside by the reviewer')),
      el('div', { class: 'card ' + (s.pending ? 'warn' : 'good') }, el('div', { class: 'muted' }, 'Suggestions'),
        el('div', { class: 'big', id: 'pending-count' }, s.pending + ' pending'),
        el('div', {}, s.accepted + ' redacted, ' + s.rejected + ' disclosed, of ' + s.total),
        el('div', {}, c.manual_redactions + ' manual redaction(s)'))),
    el('h2', {}, 'What blocks release'), blockers,
    el('h2', {}, 'Exemptions'),
    el('table', {}, el('tr', {}, el('th', {}, 'Code'), el('th', {}, 'Exemption'), el('th', {}, 'Box label'), el('th', {}, 'Suggestions citing it')),
      c.exemptions.map((e) => el('tr', {}, el('td', {}, e.code), el('td', {}, e.title), el('td', {}, e.label),
        el('td', {}, e.in_play ? el('a', { href: '#/documents?exemption=' + encodeURIComponent(e.code) }, String(e.in_play)) : '0')))),
    el('p', { class: 'keys' }, 'Start with ', el('a', { href: '#/documents?status=pending' }, 'the documents awaiting review'), '.'));
}

// ---- document list ---------------------------------------------------------

async function showDocuments(params) {
  const gen = ++state.gen;
  setNav('documents');
  if (!state.case) await loadCase();
  const q = {};
  for (const k of ['status', 'kind', 'category', 'exemption', 'pending', 'q', 'offset']) {
    if (params.get(k)) q[k] = params.get(k);
  }
  state.listQuery = q;
  const limit = 50;
  const data = await api('GET', '/api/documents?' + new URLSearchParams({ ...q, limit }).toString());
  const go = (changes) => {
    const next = { ...state.listQuery, ...changes };
    if (!('offset' in changes)) delete next.offset;
    for (const k of Object.keys(next)) if (!next[k]) delete next[k];
    location.hash = '#/documents?' + new URLSearchParams(next).toString();
  };
  const sel = (name, options) => el('select', { id: 'filter-' + name, onchange: (e) => go({ [name]: e.target.value }) },
    options.map(([v, t]) => el('option', { value: v, selected: (q[name] || '') === v }, t)));
  const search = el('input', { type: 'search', id: 'filter-q', placeholder: 'Search the text…', value: q.q || '' });
  search.addEventListener('keydown', (e) => { if (e.key === 'Enter') go({ q: search.value }); });
  const cats = ['PERSON', 'EMAIL', 'PHONE', 'ADDRESS', 'POSTCODE', 'DATE_OF_BIRTH', 'NI_NUMBER', 'NHS_NUMBER', 'UPN', 'ULN', 'BANK', 'CARD', 'IP', 'EXEMPTION'];
  const offset = Number(q.offset || 0);
  if (gen !== state.gen) return;
  main(
    el('h1', {}, 'Documents'),
    el('div', { class: 'filters' },
      sel('status', [['', 'Any status'], ['pending', 'Awaiting review'], ['reviewed', 'Reviewed'], ['withheld', 'Withheld'], ['set_aside', 'Set aside'], ['not_relevant', 'Not relevant'], ['not_processed', 'Could not be processed']]),
      sel('kind', [['', 'Any kind'], ['email', 'Email'], ['pdf', 'PDF'], ['scan', 'Scan'], ['text', 'Text'], ['office', 'Office']]),
      sel('category', [['', 'Any category'], ...cats.map((c) => [c, c])]),
      sel('exemption', [['', 'Any exemption'], ...state.case.exemptions.map((e) => [e.code, e.title])]),
      el('label', {}, el('input', { type: 'checkbox', id: 'filter-pending', checked: q.pending === '1', onchange: (e) => go({ pending: e.target.checked ? '1' : '' }) }), ' has pending suggestions'),
      search, el('button', { onclick: () => go({ q: search.value }) }, 'Search')),
    el('table', { id: 'doc-table' },
      el('tr', {}, ['No.', 'Title / source', 'Kind', 'Date', 'Status', 'Suggestions', 'Pending'].map((h) => el('th', {}, h))),
      data.items.map((d) => el('tr', { class: 'clickable', 'data-id': d.id, onclick: () => { location.hash = '#/doc/' + d.id; } },
        el('td', {}, d.number),
        el('td', {}, el('div', {}, d.title || d.path), el('div', { class: 'muted' }, d.path), d.reason ? el('div', { class: 'muted' }, d.reason) : null),
        el('td', {}, d.kind || d.media_type), el('td', {}, d.date),
        el('td', {}, el('span', { class: 'pill ' + d.status }, d.status.replace('_', ' '))),
        el('td', {}, String(d.suggestions), ' ', d.categories.map((c) => el('span', { class: 'pill' }, c))),
        el('td', {}, d.pending ? el('span', { class: 'pill pending' }, String(d.pending)) : '0')))),
    el('div', { class: 'pager' },
      el('button', { disabled: offset === 0, onclick: () => go({ offset: String(Math.max(0, offset - limit)) }) }, '← Previous'),
      el('span', { class: 'muted' }, data.total ? (offset + 1) + '–' + Math.min(offset + limit, data.total) + ' of ' + data.total : 'No documents match'),
      el('button', { disabled: offset + limit >= data.total, onclick: () => go({ offset: String(offset + limit) }) }, 'Next →')));
}

// ---- document view ---------------------------------------------------------

// Everything highlighted in the text: suggestions and manual text spans.
function marks(doc) {
  const out = doc.suggestions.map((s, i) => ({ start: s.start, end: s.end, cls: 'hl ' + s.verdict + ' cat-' + s.category, idx: i }));
  for (const m of doc.manual) if (m.kind === 'text') out.push({ start: m.start, end: m.end, cls: 'hl manual', manual: m.id });
  return out;
}

function renderText(doc) {
  const pane = el('div', { class: 'textpane', id: 'doc-text' });
  const text = doc.text;
  const ms = marks(doc);
  const cuts = new Set([0, text.length]);
  for (const m of ms) { cuts.add(Math.max(0, Math.min(text.length, m.start))); cuts.add(Math.max(0, Math.min(text.length, m.end))); }
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const piece = text.slice(a, b);
    const over = ms.filter((m) => m.start <= a && m.end >= b);
    if (!over.length) { pane.appendChild(document.createTextNode(piece)); continue; }
    // A manual redaction wins; otherwise the first suggestion covering it.
    const top = over.find((m) => m.manual) || over[0];
    const span = el('span', { class: top.cls + (top.idx === state.current ? ' current' : ''), 'data-idx': top.idx, 'data-manual': top.manual }, piece);
    if (top.idx !== undefined) span.addEventListener('click', () => select(top.idx));
    pane.appendChild(span);
  }
  return pane;
}

// UTF-16 offsets of the current selection inside the text pane, or null.
function selectionOffsets() {
  const pane = document.getElementById('doc-text');
  const sel = window.getSelection();
  if (!pane || !sel.rangeCount || sel.isCollapsed) return null;
  const r = sel.getRangeAt(0);
  if (!pane.contains(r.startContainer) || !pane.contains(r.endContainer)) return null;
  const pre = document.createRange();
  pre.selectNodeContents(pane);
  pre.setEnd(r.startContainer, r.startOffset);
  const start = pre.toString().length;
  const end = start + r.toString().length;
  return end > start ? { start, end } : null;
}

function boxStyle(page, b) {
  return {
    left: (100 * b.x0 / page.width) + '%', top: (100 * b.y0 / page.height) + '%',
    width: (100 * (b.x1 - b.x0) / page.width) + '%', height: (100 * (b.y1 - b.y0) / page.height) + '%',
  };
}

function renderPages(doc) {
  const wrap = el('div', { class: 'pages', id: 'doc-pages' });
  for (const page of doc.pages) {
    const src = '/api/documents/' + doc.id + (state.preview ? '/preview/' : '/pages/') + page.number + '.png?dpi=100' +
      (state.preview ? '&t=' + Date.now() : '');
    const div = el('div', { class: 'page' + (state.drawing ? ' drawing' : ''), 'data-page': page.number },
      el('img', { src, alt: 'page ' + page.number, loading: 'lazy', draggable: 'false' }),
      el('span', { class: 'pno' }, 'page ' + page.number + (state.preview ? ' — preview as released' : '')));
    if (!state.preview) {
      doc.suggestions.forEach((s, i) => {
        for (const b of s.boxes) {
          if (b.page !== page.number) continue;
          const o = el('div', { class: 'ov ' + s.verdict + ' cat-' + s.category + (i === state.current ? ' current' : ''), style: boxStyle(page, b), title: s.category + ': ' + s.reason, 'data-idx': i });
          o.addEventListener('click', (e) => { if (!state.drawing) { e.stopPropagation(); select(i); } });
          div.appendChild(o);
        }
      });
      for (const m of doc.manual) {
        for (const b of m.boxes) {
          if (b.page !== page.number) continue;
          div.appendChild(el('div', { class: 'ov manual', style: boxStyle(page, b), title: 'manual redaction ' + m.id, 'data-manual': m.id }));
        }
      }
      attachDrawing(div, page);
    }
    wrap.appendChild(div);
  }
  return wrap;
}

function attachDrawing(div, page) {
  let start = null, draft = null;
  const toPoints = (e) => {
    const r = div.getBoundingClientRect();
    return { x: (e.clientX - r.left) / r.width * page.width, y: (e.clientY - r.top) / r.height * page.height };
  };
  div.addEventListener('mousedown', (e) => {
    if (!state.drawing || e.button !== 0) return;
    e.preventDefault();
    start = toPoints(e);
    draft = el('div', { class: 'ov draft' });
    div.appendChild(draft);
  });
  div.addEventListener('mousemove', (e) => {
    if (!start) return;
    const p = toPoints(e);
    Object.assign(draft.style, boxStyle(page, { x0: Math.min(start.x, p.x), y0: Math.min(start.y, p.y), x1: Math.max(start.x, p.x), y1: Math.max(start.y, p.y) }));
  });
  const finish = async (e) => {
    if (!start) return;
    const p = toPoints(e);
    const box = { x0: Math.min(start.x, p.x), y0: Math.min(start.y, p.y), x1: Math.max(start.x, p.x), y1: Math.max(start.y, p.y) };
    start = null;
    draft.remove();
    if (box.x1 - box.x0 < 2 || box.y1 - box.y0 < 2) return;
    await api('POST', '/api/documents/' + state.doc.id + '/manual', { kind: 'box', page: page.number, ...box, exemption: document.getElementById('doc-exemption').value, note: document.getElementById('doc-note').value });
    toast('Box redaction saved');
    state.drawing = false;
    await reloadDoc();
  };
  div.addEventListener('mouseup', finish);
  div.addEventListener('mouseleave', (e) => { if (start) finish(e); });
}

function renderSuggestionList(doc) {
  const list = el('div', { class: 'slist', id: 'suggestions' });
  if (!doc.suggestions.length) list.appendChild(el('div', { class: 'srow muted' }, 'No suggestions in this document.'));
  doc.suggestions.forEach((s, i) => {
    const ex = el('select', { class: 'ex', title: 'Exemption', onchange: (e) => decide(i, s.verdict === 'pending' ? 'accept' : s.verdict, e.target.value) }, exemptionOptions(s.exemption));
    const verb = s.action === 'disclose' ? 'disclose' : s.action === 'withhold' ? 'withhold document' : 'redact';
    list.appendChild(el('div', { class: 'srow cat-' + s.category + (i === state.current ? ' current' : ''), 'data-key': s.key, 'data-idx': i, onclick: () => select(i) },
      el('div', {}, el('span', { class: 'what' }, s.value || '(passage)'), ' ', el('span', { class: 'pill' }, s.category),
        el('span', { class: 'muted' }, ' ' + Math.round(s.confidence * 100) + '% · suggests: ' + verb)),
      el('div', { class: 'why' }, s.reason),
      el('div', { class: 'acts' },
        el('span', { class: 'verdict ' + s.verdict }, s.verdict === 'accept' ? 'ACCEPTED' : s.verdict === 'reject' ? 'REJECTED' : 'PENDING',
          s.via === 'person' ? ' (per person)' : ''),
        el('button', { class: 'accept', 'data-act': 'accept', onclick: (e) => { e.stopPropagation(); decide(i, 'accept'); } }, 'Accept'),
        el('button', { class: 'reject', 'data-act': 'reject', onclick: (e) => { e.stopPropagation(); decide(i, 'reject'); } }, 'Reject'),
        ex,
        s.reviewer ? el('span', { class: 'muted' }, s.reviewer + ' ' + s.decided_at) : null)));
  });
  return list;
}

function renderManualList(doc) {
  if (!doc.manual.length) return null;
  return el('div', { class: 'slist', id: 'manual-list' },
    doc.manual.map((m) => el('div', { class: 'srow', 'data-manual': m.id },
      el('span', { class: 'what' }, m.kind === 'text' ? 'Text: “' + doc.text.slice(m.start, m.end) + '”' : 'Box on page ' + m.boxes[0].page),
      ' ', el('span', { class: 'muted' }, (m.exemption || 'no exemption') + ' · ' + m.reviewer),
      ' ', el('button', { onclick: async () => { await api('POST', '/api/manual/' + m.id + '/revoke', {}); toast('Manual redaction removed'); reloadDoc(); } }, 'Remove'))));
}

async function showDocument(id) {
  const gen = ++state.gen;
  setNav('documents');
  if (!state.case) await loadCase();
  const doc = await api('GET', '/api/documents/' + id);
  if (gen !== state.gen) return;
  if (!state.doc || state.doc.id !== doc.id) { state.current = doc.suggestions.length ? 0 : -1; state.drawing = false; state.preview = false; }
  state.doc = doc;
  if (state.current >= doc.suggestions.length) state.current = doc.suggestions.length - 1;
  const dec = doc.decision;
  const banner = dec ? el('div', { class: 'banner ' + (dec.action === 'withhold' ? 'withheld' : 'set_aside'), id: 'doc-banner' },
    dec.action === 'withhold' ? 'Withheld in full under ' + dec.exemption : 'Set aside as not relevant',
    dec.note ? ' — ' + dec.note : '', ' (' + dec.reviewer + ', ' + dec.decided_at + ')') : null;
  const toolbar = el('div', { class: 'toolbar' },
    el('label', {}, 'Exemption ', el('select', { id: 'doc-exemption' }, exemptionOptions('third_party'))),
    el('input', { id: 'doc-note', placeholder: 'Note (optional)', size: 22 }),
    el('span', { class: 'sep' }),
    el('button', { id: 'btn-redact-selection', title: 'Select text on the right, then click', onclick: redactSelection }, 'Redact selected text'),
    el('button', { id: 'btn-edit-span', title: 'Select the right text, then click: the selected suggestion is replaced by a redaction of exactly that text', onclick: editSpan }, 'Edit span'),
    doc.has_images ? el('button', { id: 'btn-draw', class: state.drawing ? 'on' : '', onclick: () => { state.drawing = !state.drawing; state.preview = false; showDocument(doc.id); } }, state.drawing ? 'Drawing: drag on a page' : 'Draw a box') : null,
    el('span', { class: 'sep' }),
    el('button', { id: 'btn-withhold', onclick: () => decideDocument('withhold') }, 'Withhold document'),
    el('button', { id: 'btn-not-relevant', onclick: () => decideDocument('not_relevant') }, 'Not relevant'),
    dec ? el('button', { id: 'btn-include', onclick: () => decideDocument('include') }, 'Include again') : null,
    !dec && doc.relevance === 'not_relevant' && !doc.marked_relevant
      ? el('button', { id: 'btn-relevant', title: 'The subject is not named, but this is about them: disclose it (run dsar scan again to find other people in it)', onclick: () => decideDocument('relevant') }, 'About the subject') : null,
    el('span', { class: 'sep' }),
    el('button', { id: 'btn-preview', class: state.preview ? 'on' : '', onclick: () => { state.preview = !state.preview; state.drawing = false; showDocument(doc.id); } }, state.preview ? 'Showing preview' : 'Preview as released'));
  const head = el('div', { class: 'doc-head' },
    el('h1', {}, 'Document ' + doc.number), el('span', { class: 'pill' }, doc.kind || doc.media_type),
    el('span', { class: 'muted' }, doc.title || ''), el('span', { class: 'muted' }, doc.path),
    doc.prev ? el('a', { href: '#/doc/' + doc.prev }, '← previous') : null,
    doc.next ? el('a', { href: '#/doc/' + doc.next, id: 'next-doc' }, 'next →') : null);
  const side = el('div', { class: 'side' },
    el('div', { class: 'keys' }, el('kbd', {}, 'j'), '/', el('kbd', {}, 'k'), ' next/previous suggestion · ', el('kbd', {}, 'a'), ' accept · ',
      el('kbd', {}, 'r'), ' reject · ', el('kbd', {}, 'n'), ' next document'),
    renderSuggestionList(doc), renderManualList(doc),
    doc.relevance !== 'relevant' ? el('div', { class: 'muted' }, 'Relevance: ' + doc.relevance + ' — ' + (doc.relevance_reason || '')) : null,
    doc.marked_relevant && doc.relevance !== 'relevant' ? el('div', { class: 'banner set_aside', id: 'marked-relevant' }, 'Marked as about the subject (' + doc.marked_relevant.reviewer + '): run dsar scan again so other people in it are found before release') : null,
    doc.hidden && doc.hidden.length ? el('div', { class: 'muted' }, doc.hidden.length + ' hidden item(s) in the original (annotations, text under boxes…): check them by hand') : null);
  const body = doc.has_images
    ? el('div', { class: 'docview' }, renderPages(doc), el('div', { class: 'side' }, side, renderText(doc)))
    : el('div', { class: 'docview noimages' }, renderText(doc), side);
  if (!doc.has_images && state.preview) {
    body.prepend(await textPreview(doc));
    body.className = 'docview';
  }
  if (gen !== state.gen) return;
  main(head, banner, toolbar, body);
  scrollToCurrent();
}

// A text document typeset as it will be released: page 1 says how many
// pages there are (X-DSAR-Pages), the rest load as images.
async function textPreview(doc) {
  const wrap = el('div', { class: 'pages', id: 'doc-pages' });
  const base = '/api/documents/' + doc.id + '/preview/';
  const stamp = '?dpi=100&t=' + Date.now();
  const res = await fetch(base + '1.png' + stamp, { credentials: 'same-origin' });
  if (!res.ok) {
    let msg = 'preview failed';
    try { msg = (await res.json()).error; } catch (e) { /* not JSON */ }
    wrap.appendChild(el('p', { class: 'muted' }, msg));
    return wrap;
  }
  const pages = Number(res.headers.get('X-DSAR-Pages') || '1');
  const first = URL.createObjectURL(await res.blob());
  for (let n = 1; n <= pages; n++) {
    wrap.appendChild(el('div', { class: 'page', 'data-page': n },
      el('img', { src: n === 1 ? first : base + n + '.png' + stamp, alt: 'preview page ' + n }),
      el('span', { class: 'pno' }, 'page ' + n + ' of ' + pages + ' — preview as released')));
  }
  return wrap;
}

async function reloadDoc() { if (state.doc) await showDocument(state.doc.id); }

function scrollToCurrent() {
  const row = document.querySelector('.srow.current');
  if (row) row.scrollIntoView({ block: 'nearest' });
  const hl = document.querySelector('.textpane .hl.current');
  if (hl) hl.scrollIntoView({ block: 'nearest' });
}

function select(i) {
  if (!state.doc || i < 0 || i >= state.doc.suggestions.length) return;
  state.current = i;
  for (const e of document.querySelectorAll('.current')) e.classList.remove('current');
  for (const e of document.querySelectorAll('[data-idx="' + i + '"]')) e.classList.add('current');
  scrollToCurrent();
}

async function decide(i, verdict, exemption) {
  const s = state.doc.suggestions[i];
  const body = { key: s.key, verdict };
  if (exemption !== undefined && exemption !== s.suggested_exemption) body.exemption = exemption;
  else if (s.exemption !== s.suggested_exemption) body.exemption = s.exemption;
  await api('POST', '/api/decisions', body);
  toast((verdict === 'accept' ? 'Accepted: ' : 'Rejected: ') + (s.value || s.category));
  state.current = i;
  await reloadDoc();
  // Move on to the next suggestion still pending.
  const next = state.doc.suggestions.findIndex((x, j) => j > i && x.verdict === 'pending');
  if (next >= 0) select(next);
}

async function redactSelection() {
  const off = selectionOffsets();
  if (!off) { toast('Select some text in the document text first', true); return; }
  await api('POST', '/api/documents/' + state.doc.id + '/manual', { kind: 'text', start: off.start, end: off.end, exemption: document.getElementById('doc-exemption').value, note: document.getElementById('doc-note').value });
  toast('Text redaction saved');
  await reloadDoc();
}

// "Edit the span": the selected suggestion is rejected and the selected text
// redacted by hand under the suggestion's exemption, in that order.
async function editSpan() {
  const s = state.doc.suggestions[state.current];
  const off = selectionOffsets();
  if (!s || s.action !== 'redact') { toast('Select a redaction suggestion first (j/k or click it)', true); return; }
  if (!off) { toast('Select the text that should be redacted instead', true); return; }
  await api('POST', '/api/documents/' + state.doc.id + '/manual', { kind: 'text', start: off.start, end: off.end, exemption: s.exemption, note: 'edited span of suggestion ' + s.key });
  await api('POST', '/api/decisions', { key: s.key, verdict: 'reject', note: 'span edited: replaced by a manual redaction' });
  toast('Span edited');
  await reloadDoc();
}

async function decideDocument(action) {
  const exemption = document.getElementById('doc-exemption').value;
  const note = document.getElementById('doc-note').value;
  await api('POST', '/api/documents/' + state.doc.id + '/decision', { action, exemption: action === 'withhold' ? exemption : '', note });
  toast(action === 'withhold' ? 'Document withheld' : action === 'not_relevant' ? 'Document set aside as not relevant'
    : action === 'relevant' ? 'Marked as about the subject: scan again before release' : 'Document included again');
  await reloadDoc();
}

// ---- people ----------------------------------------------------------------

async function showPeople(params) {
  const gen = ++state.gen;
  setNav('people');
  if (!state.case) await loadCase();
  const q = params.get('q') || '';
  const data = await api('GET', '/api/people' + (q ? '?q=' + encodeURIComponent(q) : ''));
  const search = el('input', { type: 'search', id: 'people-q', placeholder: 'Find a person…', value: q });
  search.addEventListener('keydown', (e) => { if (e.key === 'Enter') location.hash = '#/people?q=' + encodeURIComponent(search.value); });
  const decidePerson = async (entity, decision) => {
    await api('POST', '/api/people/decision', { entity, decision });
    toast(decision === 'clear' ? 'Per-person decision cleared' : (decision === 'redact' ? 'Redact everywhere: ' : 'Disclose everywhere: ') + entity);
    showPeople(params);
  };
  if (gen !== state.gen) return;
  main(
    el('h1', {}, 'People'),
    el('p', { class: 'muted' }, 'Decide once per person: it applies to every suggestion of that person that has no decision of its own, now and after a re-scan.'),
    el('div', { class: 'filters' }, search),
    el('table', { id: 'people-table' },
      el('tr', {}, ['Person', 'Seen as', 'Mentions', 'Pending', 'Documents', 'Decision', ''].map((h) => el('th', {}, h))),
      data.people.map((p) => el('tr', { 'data-entity': p.entity },
        el('td', {}, p.entity, el('div', { class: 'muted' }, p.category)),
        el('td', {}, p.values.join(', ')),
        el('td', {}, String(p.mentions)),
        el('td', {}, p.pending ? el('span', { class: 'pill pending' }, String(p.pending)) : '0'),
        el('td', {}, p.documents.slice(0, 12).map((d) => el('a', { href: '#/doc/' + d.id, class: 'pill' }, d.number)), p.documents.length > 12 ? '…' : ''),
        el('td', {}, p.decision === 'redact' ? 'Redact everywhere' : p.decision === 'disclose' ? 'Disclose everywhere' : el('span', { class: 'muted' }, 'none')),
        el('td', {},
          el('button', { class: 'accept', 'data-act': 'redact', onclick: () => decidePerson(p.entity, 'redact') }, 'Redact everywhere'), ' ',
          el('button', { class: 'reject', 'data-act': 'disclose', title: 'e.g. staff acting in their official capacity', onclick: () => decidePerson(p.entity, 'disclose') }, 'Disclose everywhere (official capacity)'), ' ',
          p.decision ? el('button', { 'data-act': 'clear', onclick: () => decidePerson(p.entity, 'clear') }, 'Clear') : null)))));
}

// ---- routing and keys ------------------------------------------------------

async function route() {
  const { parts, params } = parseHash();
  try {
    if (parts[0] === 'documents') await showDocuments(params);
    else if (parts[0] === 'doc' && parts[1]) await showDocument(parts[1]);
    else if (parts[0] === 'people') await showPeople(params);
    else await showOverview();
  } catch (e) {
    main(el('p', { class: 'muted' }, 'Could not load this view: ' + e.message));
  }
}

document.addEventListener('keydown', (e) => {
  if (e.target.closest('input, select, textarea') || e.ctrlKey || e.metaKey || e.altKey) return;
  if (!state.doc || !location.hash.startsWith('#/doc/')) return;
  const n = state.doc.suggestions.length;
  if (e.key === 'j' && n) select(Math.min(n - 1, state.current + 1));
  else if (e.key === 'k' && n) select(Math.max(0, state.current - 1));
  else if (e.key === 'a' && state.current >= 0) decide(state.current, 'accept');
  else if (e.key === 'r' && state.current >= 0) decide(state.current, 'reject');
  else if (e.key === 'n' && state.doc.next) location.hash = '#/doc/' + state.doc.next;
  else return;
  e.preventDefault();
});

window.addEventListener('hashchange', route);
route();
