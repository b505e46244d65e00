/**
 * `--format html`: one self-contained page for people who never open a terminal — the director
 * who signs off a quarter, the inspector who asks why. No network: the CSS, the script, the
 * charts (inline SVG) and the data are all inside the file, and the page uses the system's fonts.
 *
 * What it shows, in kk, ru or en: the run (as-of, data, ereje version, records checked per
 * module — a module that found nothing says so), charts of findings per module × severity and
 * per region, and a table filterable by module, severity, region, file and rule (and a text
 * search), paged so that tens of thousands of findings stay responsive; each finding expands to
 * its trace (values with their places, parameters, computation) and its clause's original text.
 */
import { plural, SEVERITY_FORMS } from '../core/plural.js';
import { SEVERITY_WORD } from '../engine/findings.js';
import type { Formatter, FormatContext } from './types.js';
import type { Finding, Severity } from '../engine/findings.js';
import { fmt, pickLocalized, type Lang, type Localized } from '../core/i18n.js';

const T: Record<string, Localized> = {
  title: { kk: 'Тексеру есебі', ru: 'Отчёт о проверке', en: 'Validation report' },
  asOf: { kk: 'Күні', ru: 'На дату', en: 'As of' },
  data: { kk: 'Деректер', ru: 'Данные', en: 'Data' },
  dataLine: { kk: '{files|file}, {records|record}', ru: '{files|file}, {records|record}', en: '{files|file}, {records|record}' },
  version: { kk: 'ereje нұсқасы', ru: 'Версия ereje', en: 'ereje version' },
  modules: { kk: 'Модульдер', ru: 'Модули', en: 'Modules' },
  module: { kk: 'Модуль', ru: 'Модуль', en: 'Module' },
  regulation: { kk: 'Құжат', ru: 'Документ', en: 'Regulation' },
  checked: { kk: 'Тексерілген жазба', ru: 'Проверено записей', en: 'Records checked' },
  result: { kk: 'Нәтиже', ru: 'Итог', en: 'Result' },
  nothing: { kk: '{records|record} тексерілді, бұзушылық табылмады', ru: 'проверено: {records|record}, нарушений не найдено', en: 'checked {records|record}, found nothing' },
  off: { kk: 'өшірулі', ru: 'выключен', en: 'turned off' },
  ...SEVERITY_WORD,
  errors: { kk: 'Қателер', ru: 'Ошибки', en: 'Errors' },
  warnings: { kk: 'Ескертулер', ru: 'Предупреждения', en: 'Warnings' },
  infos: { kk: 'Ақпарат', ru: 'Замечания', en: 'Info' },
  byModule: { kk: 'Модульдер мен деңгейлер бойынша', ru: 'По модулям и уровням', en: 'By module and severity' },
  byRegion: { kk: 'Өңірлер бойынша', ru: 'По регионам', en: 'By region' },
  noRegion: { kk: '(өңірі белгісіз)', ru: '(регион не определён)', en: '(no region)' },
  findings: { kk: 'Табылғандар', ru: 'Находки', en: 'Findings' },
  none: { kk: 'Бұзушылық табылмады.', ru: 'Нарушений не найдено.', en: 'No findings.' },
  all: { kk: 'барлығы', ru: 'все', en: 'all' },
  severity: { kk: 'Деңгейі', ru: 'Уровень', en: 'Severity' },
  region: { kk: 'Өңір', ru: 'Регион', en: 'Region' },
  file: { kk: 'Файл', ru: 'Файл', en: 'File' },
  rule: { kk: 'Ереже', ru: 'Правило', en: 'Rule' },
  search: { kk: 'Іздеу', ru: 'Поиск', en: 'Search' },
  subject: { kk: 'Нысан', ru: 'Объект', en: 'Subject' },
  message: { kk: 'Хабарлама', ru: 'Сообщение', en: 'Message' },
  place: { kk: 'Орны', ru: 'Место', en: 'Place' },
  prev: { kk: '← Алдыңғы', ru: '← Назад', en: '← Previous' },
  next: { kk: 'Келесі →', ru: 'Далее →', en: 'Next →' },
  shown: { kk: '{total} ішінен {from}–{to}', ru: '{from}–{to} из {total}', en: '{from}–{to} of {total}' },
  empty: { kk: 'Сүзгіге сәйкес жазба жоқ', ru: 'Под фильтр ничего не подходит', en: 'Nothing matches the filters' },
  why: { kk: 'Негізі', ru: 'Основание', en: 'Why' },
  values: { kk: 'Мәндер', ru: 'Значения', en: 'Values' },
  params: { kk: 'Параметрлер', ru: 'Параметры', en: 'Parameters' },
  computation: { kk: 'Есеп', ru: 'Расчёт', en: 'Computation' },
  clause: { kk: 'Тармақ', ru: 'Пункт', en: 'Clause' },
  kkText: { kk: 'Қазақша мәтін', ru: 'Текст на казахском', en: 'Kazakh text' },
  ruText: { kk: 'Орысша мәтін', ru: 'Текст на русском', en: 'Russian text' },
  enText: { kk: 'Ағылшынша жұмыс аудармасы', ru: 'Рабочий перевод на английский', en: 'Working English translation' },
  details: { kk: 'Толығырақ', ru: 'Подробнее', en: 'Details' },
  total: { kk: 'Барлығы', ru: 'Итого', en: 'Total' },
};

/** The findings exceptions.yaml accepts (src/exceptions): listed with why, who and until when — not a silent gap. */
const SUPPRESSED: Record<string, Localized> = {
  title: { kk: 'Ерекшеліктер бойынша қабылданғандар ({count})', ru: 'Принято по исключениям ({count})', en: 'Accepted by exceptions ({count})' },
  note: {
    kk: 'Бұл бұзушылықтар жоғарыда саналмайды: ерекшеліктер файлы ({file}) оларды белгілі мерзімге дейін қабылдаған.',
    ru: 'Эти нарушения не учтены выше: файл исключений ({file}) принимает их до указанного срока.',
    en: 'These findings are not counted above: the exceptions file ({file}) accepts them until the date given.',
  },
  reason: { kk: 'Себебі', ru: 'Причина', en: 'Reason' },
  approved: { kk: 'Бекіткен', ru: 'Утвердил(а)', en: 'Approved by' },
  until: { kk: 'Мерзімі', ru: 'Срок', en: 'Until' },
};

function suppressedSection(result: Parameters<Formatter>[0], lang: Lang): string {
  const list = result.suppressed ?? [];
  if (!list.length) return '';
  const l = (k: string) => pickLocalized(SUPPRESSED[k], lang);
  const rows = list
    .map((f) => {
      const x = f.suppression;
      const who = `${x.approvedByName ? `${x.approvedByName} (${x.approvedBy})` : x.approvedBy}, ${x.approvedOn}${x.decision ? `; ${x.decision}` : ''}`;
      return `<tr><td>${esc(f.rule)}</td><td>${esc(f.subject ?? '')}</td><td>${esc(f.message)}</td><td>${esc(`${f.file}:${f.line}:${f.column}`)}</td><td>${esc(x.reason)}</td><td>${esc(who)}</td><td>${esc(x.expires)}</td></tr>`;
    })
    .join('');
  return (
    `<h2>${esc(fmt(l('title'), { count: list.length }, lang))}</h2>\n<p>${esc(fmt(l('note'), { file: list[0].suppression.file }, lang))}</p>\n` +
    `<table id="suppressed"><thead><tr><th>${esc(pickLocalized(T.rule, lang))}</th><th>${esc(pickLocalized(T.subject, lang))}</th><th>${esc(pickLocalized(T.message, lang))}</th><th>${esc(pickLocalized(T.place, lang))}</th><th>${esc(l('reason'))}</th><th>${esc(l('approved'))}</th><th>${esc(l('until'))}</th></tr></thead><tbody>${rows}</tbody></table>`
  );
}

const SEVS: Severity[] = ['error', 'warning', 'info'];
const COLOR: Record<Severity, string> = { error: '#c62828', warning: '#b26a00', info: '#1565c0' };

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** JSON that can sit inside <script>: no `</script>`, no HTML comment openers. */
function scriptJson(v: unknown): string {
  return JSON.stringify(v).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

const moduleOf = (f: Finding) => (f.rule.includes('/') ? f.rule.slice(0, f.rule.indexOf('/')) : f.rule);

/** Horizontal stacked bars (one row per label, one segment per severity), as inline SVG. */
function barChart(title: string, rows: { label: string; counts: Record<Severity, number> }[], lang: Lang): string {
  const max = Math.max(1, ...rows.map((r) => r.counts.error + r.counts.warning + r.counts.info));
  const labelW = 190, barW = 420, rowH = 26, top = 8;
  const h = top + rows.length * rowH + 30;
  const parts: string[] = [];
  rows.forEach((r, i) => {
    const y = top + i * rowH;
    parts.push(`<text x="${labelW - 8}" y="${y + 17}" text-anchor="end">${esc(r.label)}</text>`);
    let x = labelW;
    for (const s of SEVS) {
      const n = r.counts[s];
      if (!n) continue;
      const w = Math.max(2, (n / max) * barW);
      parts.push(`<rect x="${x.toFixed(1)}" y="${y + 4}" width="${w.toFixed(1)}" height="${rowH - 8}" fill="${COLOR[s]}"><title>${esc(r.label)}: ${n} ${esc(pickLocalized(T[s], lang))}</title></rect>`);
      x += w;
    }
    const total = r.counts.error + r.counts.warning + r.counts.info;
    parts.push(`<text x="${(x + 6).toFixed(1)}" y="${y + 17}">${total}</text>`);
  });
  let lx = labelW;
  for (const s of SEVS) {
    parts.push(`<rect x="${lx}" y="${h - 20}" width="12" height="12" fill="${COLOR[s]}"/><text x="${lx + 16}" y="${h - 10}">${esc(pickLocalized(T[s], lang))}</text>`);
    lx += 130;
  }
  return `<figure><figcaption>${esc(title)}</figcaption><svg role="img" aria-label="${esc(title)}" viewBox="0 0 ${labelW + barW + 60} ${h}" width="100%" style="max-width:${labelW + barW + 60}px">${parts.join('')}</svg></figure>`;
}

function countBy(findings: readonly Finding[], key: (f: Finding) => string): Map<string, Record<Severity, number>> {
  const m = new Map<string, Record<Severity, number>>();
  for (const f of findings) {
    const k = key(f);
    const row = m.get(k) ?? { error: 0, warning: 0, info: 0 };
    row[f.severity]++;
    m.set(k, row);
  }
  return m;
}

/** The clause texts the findings rest on, keyed `module|clause`. */
function clauseTexts(findings: readonly Finding[], ctx: FormatContext): Record<string, { kk: string; ru?: string; en?: string }> {
  const out: Record<string, { kk: string; ru?: string; en?: string }> = {};
  for (const f of findings) {
    if (!f.clause) continue;
    let mod;
    try {
      mod = ctx.moduleOf(f.rule);
    } catch {
      continue;
    }
    for (const c of f.clause.split(',').map((x) => x.trim())) {
      const key = `${mod.name}|${c}`;
      if (key in out) continue;
      const text = mod.clauses?.[c];
      if (!text) continue;
      out[key] = { kk: text.kk, ...(text.ru ? { ru: text.ru } : {}), ...(ctx.lang === 'en' && text.en ? { en: text.en } : {}) };
    }
  }
  return out;
}

export const formatHtml: Formatter = (result, ctx) => {
  const lang = ctx.lang;
  const t = (k: string) => pickLocalized(T[k], lang);
  const s = result.summary;
  const perModule = countBy(result.findings, moduleOf);
  const perRegion = countBy(result.findings, (f) => f.trace?.region ?? '');

  const moduleRows = result.modules
    .map((m) => {
      const c = perModule.get(m.name) ?? { error: 0, warning: 0, info: 0 };
      const none = c.error + c.warning + c.info === 0;
      const res = !m.enabled ? t('off') : none ? fmt(t('nothing'), { records: m.records }, lang) : SEVS.filter((x) => c[x]).map((x) => plural(c[x], SEVERITY_FORMS[x], lang)).join(', ');
      return `<tr><td>${esc(m.name)}</td><td>${esc(m.regulation ?? '')}</td><td class="num">${m.enabled ? m.records : '—'}</td><td class="num">${c.error}</td><td class="num">${c.warning}</td><td class="num">${c.info}</td><td${none && m.enabled ? ' class="ok"' : ''}>${esc(res)}</td></tr>`;
    })
    .join('');

  const charts = result.findings.length
    ? barChart(t('byModule'), result.modules.filter((m) => perModule.has(m.name)).map((m) => ({ label: m.name, counts: perModule.get(m.name)! })), lang) +
      barChart(t('byRegion'), [...perRegion.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([r, counts]) => ({ label: r || t('noRegion'), counts })), lang)
    : '';

  // Findings as compact rows; traces alongside (null when the run had none).
  const rows = result.findings.map((f) => [f.severity, f.rule, moduleOf(f), f.clause ?? '', f.subject ?? '', f.period ?? '', f.message, f.file, f.line, f.column, f.trace?.region ?? '']);
  const traces = result.findings.map((f) => f.trace ?? null);
  const ui = Object.fromEntries(Object.keys(T).map((k) => [k, t(k)]));
  const payload = { lang, rows, traces, clauses: clauseTexts(result.findings, ctx), ui, pageSize: 200 };

  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="ereje ${esc(ctx.version)}">
<title>ereje — ${esc(t('title'))} — ${esc(ctx.asOf)}</title>
<style>
:root { --fg:#1b1b1b; --muted:#5f6368; --line:#dadce0; --bg:#fff; --band:#f6f8fa; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: var(--fg); background: var(--bg); margin: 0; padding: 24px; line-height: 1.4; }
h1 { font-size: 1.5rem; margin: 0 0 .5rem; } h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0; }
dl.meta dt { color: var(--muted); }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: var(--band); font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.ok { color: #2e7d32; }
.charts { display: flex; flex-wrap: wrap; gap: 2rem; margin-top: 1.2rem; }
figure { margin: 0; flex: 1 1 480px; } figcaption { font-weight: 600; margin-bottom: .3rem; }
svg text { font-size: 12px; fill: var(--fg); }
.filters { display: flex; flex-wrap: wrap; gap: .6rem; align-items: end; margin: .5rem 0; }
.filters label { display: flex; flex-direction: column; font-size: .8rem; color: var(--muted); }
.filters select, .filters input { font: inherit; padding: .2rem; max-width: 16rem; }
.sev { font-weight: 600; white-space: nowrap; } .sev.error { color: ${COLOR.error}; } .sev.warning { color: ${COLOR.warning}; } .sev.info { color: ${COLOR.info}; }
button.expand { border: 1px solid var(--line); background: var(--bg); cursor: pointer; width: 1.8rem; }
tr.detail td { background: var(--band); }
.detail pre { white-space: pre-wrap; margin: .2rem 0 .6rem; font-family: inherit; }
.pager { display: flex; gap: 1rem; align-items: center; margin: .6rem 0; }
code { font-size: .9em; }
a { color: #0b57d0; }
</style>
</head>
<body>
<header>
<h1>ereje — ${esc(t('title'))}</h1>
<dl class="meta">
<dt>${esc(t('asOf'))}</dt><dd>${esc(ctx.asOf)}</dd>
<dt>${esc(t('data'))}</dt><dd>${esc(fmt(t('dataLine'), { files: s.files, records: s.records }, lang))}</dd>
<dt>${esc(t('version'))}</dt><dd>${esc(ctx.version)}</dd>
<dt>${esc(t('total'))}</dt><dd id="totals">${SEVS.map((x) => `<span class="sev ${x}">${s[x]} ${esc(t(x))}</span>`).join(' · ')}</dd>
</dl>
</header>
<main>
<h2>${esc(t('modules'))}</h2>
<table id="modules"><thead><tr><th>${esc(t('module'))}</th><th>${esc(t('regulation'))}</th><th>${esc(t('checked'))}</th><th>${esc(t('errors'))}</th><th>${esc(t('warnings'))}</th><th>${esc(t('infos'))}</th><th>${esc(t('result'))}</th></tr></thead><tbody>${moduleRows}</tbody></table>
${charts ? `<div class="charts">${charts}</div>` : ''}
<h2>${esc(t('findings'))}</h2>
${result.findings.length ? `<div class="filters" id="filters"></div>
<div class="pager"><button id="prev" type="button">${esc(t('prev'))}</button><span id="shown"></span><button id="next" type="button">${esc(t('next'))}</button></div>
<table id="findings"><thead><tr><th></th><th>${esc(t('severity'))}</th><th>${esc(t('rule'))}</th><th>${esc(t('subject'))}</th><th>${esc(t('message'))}</th><th>${esc(t('place'))}</th></tr></thead><tbody></tbody></table>` : `<p class="ok">${esc(t('none'))}</p>`}
${suppressedSection(result, lang)}
</main>
<script id="ereje-data" type="application/json">${scriptJson(payload)}</script>
<script>
(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('ereje-data').textContent);
  var U = D.ui, rows = D.rows, body = document.querySelector('#findings tbody');
  if (!body) return;
  var COLS = { module: 2, severity: 0, region: 10, file: 7, rule: 1 };
  var state = { page: 0, filter: { module: '', severity: '', region: '', file: '', rule: '' }, q: '' };
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  var filters = document.getElementById('filters');
  Object.keys(COLS).forEach(function (name) {
    var seen = {}, values = [];
    rows.forEach(function (r) { var v = r[COLS[name]]; if (!(v in seen)) { seen[v] = 1; values.push(v); } });
    values.sort();
    var label = el('label', null, U[name]);
    var sel = el('select', { id: 'filter-' + name, 'data-filter': name });
    sel.appendChild(el('option', { value: '' }, U.all));
    values.forEach(function (v) { sel.appendChild(el('option', { value: v }, name === 'severity' ? U[v] : (v || U.noRegion))); });
    sel.addEventListener('change', function () { state.filter[name] = sel.value; state.page = 0; render(); });
    label.appendChild(sel);
    filters.appendChild(label);
  });
  var sl = el('label', null, U.search), q = el('input', { id: 'filter-search', type: 'search' });
  q.addEventListener('input', function () { state.q = q.value.toLowerCase(); state.page = 0; render(); });
  sl.appendChild(q); filters.appendChild(sl);
  function matches(r) {
    for (var k in COLS) { if (state.filter[k] !== '' && r[COLS[k]] !== state.filter[k]) return false; }
    if (state.q) { var hay = (r[6] + ' ' + r[4] + ' ' + r[1] + ' ' + r[7]).toLowerCase(); if (hay.indexOf(state.q) < 0) return false; }
    return true;
  }
  function detail(i, r) {
    var td = el('td', { colspan: '6' }), tr = el('tr', { 'class': 'detail', id: 'detail-' + i });
    var tr0 = D.traces[i];
    if (tr0) {
      td.appendChild(el('strong', null, U.why));
      var ul = el('ul');
      tr0.values.forEach(function (v) {
        var li = el('li'); li.appendChild(el('code', null, v.name + ' = ' + v.value)); li.appendChild(document.createTextNode(' '));
        var a = el('a', { href: v.file }, v.file + ':' + v.line + ':' + v.column); li.appendChild(a); ul.appendChild(li);
      });
      tr0.params.forEach(function (p) { ul.appendChild(el('li', null, p.name + ' = ' + p.value + ' (' + (p.clause ? p.clause + ', ' : '') + p.sourceText + ')')); });
      if (tr0.computation) ul.appendChild(el('li', { 'class': 'computation' }, tr0.computation));
      td.appendChild(ul);
    }
    (r[3] ? r[3].split(',') : []).forEach(function (c) {
      var key = r[2] + '|' + c.trim(), text = D.clauses[key];
      if (!text) return;
      td.appendChild(el('strong', null, U.clause + ' ' + c.trim()));
      td.appendChild(el('div', null, U.kkText)); td.appendChild(el('pre', { lang: 'kk' }, text.kk));
      if (text.ru) { td.appendChild(el('div', null, U.ruText)); td.appendChild(el('pre', { lang: 'ru' }, text.ru)); }
      if (text.en) { td.appendChild(el('div', null, U.enText)); td.appendChild(el('pre', { lang: 'en' }, text.en)); }
    });
    tr.appendChild(td);
    return tr;
  }
  function render() {
    var hits = [];
    for (var i = 0; i < rows.length; i++) if (matches(rows[i])) hits.push(i);
    var size = D.pageSize, pages = Math.max(1, Math.ceil(hits.length / size));
    if (state.page >= pages) state.page = pages - 1;
    var from = state.page * size, to = Math.min(hits.length, from + size);
    while (body.firstChild) body.removeChild(body.firstChild);
    if (!hits.length) { var tr = el('tr'); tr.appendChild(el('td', { colspan: '6' }, U.empty)); body.appendChild(tr); }
    for (var j = from; j < to; j++) {
      (function (i) {
        var r = rows[i], tr = el('tr', { 'class': 'finding', 'data-index': String(i) });
        var btd = el('td'), b = el('button', { 'class': 'expand', type: 'button', 'aria-expanded': 'false', title: U.details }, '▸');
        b.addEventListener('click', function () {
          var open = document.getElementById('detail-' + i);
          if (open) { open.parentNode.removeChild(open); b.textContent = '▸'; b.setAttribute('aria-expanded', 'false'); }
          else { tr.parentNode.insertBefore(detail(i, r), tr.nextSibling); b.textContent = '▾'; b.setAttribute('aria-expanded', 'true'); }
        });
        btd.appendChild(b); tr.appendChild(btd);
        tr.appendChild(el('td', { 'class': 'sev ' + r[0] }, U[r[0]]));
        tr.appendChild(el('td', null, r[1] + (r[3] ? ' (' + r[3] + ')' : '')));
        tr.appendChild(el('td', null, r[4] + (r[5] ? ' [' + r[5] + ']' : '')));
        tr.appendChild(el('td', null, r[6]));
        var ptd = el('td'); ptd.appendChild(el('a', { href: r[7] }, r[7] + ':' + r[8] + ':' + r[9])); tr.appendChild(ptd);
        body.appendChild(tr);
      })(hits[j]);
    }
    document.getElementById('shown').textContent = U.shown.replace('{from}', String(hits.length ? from + 1 : 0)).replace('{to}', String(to)).replace('{total}', String(hits.length));
    document.getElementById('prev').disabled = state.page === 0;
    document.getElementById('next').disabled = state.page >= pages - 1;
  }
  document.getElementById('prev').addEventListener('click', function () { if (state.page > 0) { state.page--; render(); } });
  document.getElementById('next').addEventListener('click', function () { state.page++; render(); });
  render();
})();
</script>
</body>
</html>
`;
};
