/// <reference lib="dom" />
/**
 * The HTML report as its reader sees it: opened in a real headless Chromium (Debian's, driven by
 * puppeteer-core), it loads with no console error, shows the run and the charts, the filters
 * change the visible rows, a finding expands to its trace and its clause's original text, paging
 * works past the first page, and a screenshot of the first screen is kept in docs/.
 * Skipped, with a line saying so, where no Chromium is installed (.ci/run installs it).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../testing/cases.js';
import { runCli } from '../testing/bad.js';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => fs.existsSync(p));
if (!CHROMIUM) console.log('html.browser.test: no Chromium installed (apt-get install chromium): the browser checks of the HTML report are skipped');

type Browser = import('puppeteer-core').Browser;
type Page = import('puppeteer-core').Page;

describe.skipIf(!CHROMIUM)('HTML report in Chromium', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ereje-html-'));
  const file = path.join(dir, 'report.html');
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    const r = runCli(['validate', 'fixtures/sample', '--format', 'html', '--output', file, '--lang', 'kk'], ROOT);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const puppeteer = (await import('puppeteer-core')).default;
    browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage();
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('requestfailed', (r) => { if (!r.url().startsWith('file:')) errors.push(`request ${r.url()}`); });
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`file://${file}`, { waitUntil: 'load' });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const visibleRows = () => page.$$eval('#findings tbody tr.finding', (trs) => trs.map((tr) => (tr as HTMLElement).innerText));

  it('loads with no console error and no request to the network', async () => {
    expect(errors).toEqual([]);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.reload({ waitUntil: 'load' });
    expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('states the run: as-of, data, version, records checked per module, the charts', async () => {
    const text = await page.$eval('body', (b) => (b as HTMLElement).innerText);
    expect(text).toContain('2026-11-22');
    expect(text).toContain('13 файл, 133 жазба');
    expect(text).toContain('133 жазба тексерілді, бұзушылық табылмады');
    expect(await page.$$eval('figure svg rect', (r) => r.length)).toBeGreaterThan(6);
    for (const ch of 'ӘҒҚҢӨҰҮҺІ') expect(text.toUpperCase(), ch).toContain(ch);
  });

  it('filters change the visible rows', async () => {
    expect((await visibleRows()).length).toBe(11);
    await page.select('#filter-module', 'support-center');
    expect((await visibleRows()).length).toBe(3);
    await page.select('#filter-severity', 'info');
    expect((await visibleRows()).length).toBe(2);
    await page.select('#filter-module', '');
    await page.select('#filter-severity', '');
    await page.select('#filter-region', 'turkistan');
    expect((await visibleRows()).length).toBe(4);
    await page.select('#filter-region', '');
    await page.type('#filter-search', 'req-tur-2026-004');
    expect((await visibleRows()).length).toBe(1);
  });

  it('a finding expands to its trace and the clause in the original', async () => {
    await page.click('#findings tbody tr.finding button.expand');
    const detail = await page.$eval('#findings tbody tr.detail', (d) => (d as HTMLElement).innerText);
    expect(detail).toContain('req-tur-2026-004.submitted = 2026-04-03');
    expect(detail).toContain('lead_days = 14 (3.4.1, әдепкі мән)');
    expect(detail).toContain('2026-04-16 − 2026-04-03 = 13 күн < 14');
    expect(detail).toContain('Алдын-ала өтінімдер бойынша өткізілетін');
    const href = await page.$eval('#findings tbody tr.detail a', (a) => a.getAttribute('href'));
    expect(href).toBe('fixtures/sample/turkistan/requests-2026.yaml');
    await page.click('#findings tbody tr.finding button.expand');
    expect(await page.$$('#findings tbody tr.detail')).toHaveLength(0);
    await page.evaluate(() => { const q = document.querySelector('#filter-search') as HTMLInputElement; q.value = ''; q.dispatchEvent(new Event('input')); });
  });

  it('takes a screenshot of the first screen (EREJE_UPDATE_DOCS=1 keeps it as docs/report-html.png)', async () => {
    await page.reload({ waitUntil: 'load' });
    await page.evaluate(() => window.scrollTo(0, 0));
    const shot = process.env.EREJE_UPDATE_DOCS === '1' ? path.join(ROOT, 'docs/report-html.png') : path.join(dir, 'first-screen.png');
    await page.screenshot({ path: shot });
    expect(fs.statSync(shot).size).toBeGreaterThan(20_000);
  });
});

describe.skipIf(!CHROMIUM)('HTML report with thousands of findings', () => {
  it('pages them and stays responsive', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ereje-html-big-'));
    // 3,000 requests each filed a day before its event: 3,000 request-lead-time findings.
    const lines = ['organizations:', '  - { id: tur-bdo, type: center, name: "Білім беруді дамыту орталығы", region: turkistan }', 'open_door_days:', '  - { id: odd-1, organizer: tur-bdo, date: 2026-04-16, basis: requests }', 'requests:'];
    for (let i = 0; i < 3000; i++) lines.push(`  - { id: req-${i}, for: odd-1, requester: teacher, submitted: 2026-04-15 }`);
    fs.writeFileSync(path.join(dir, 'data.yaml'), lines.join('\n') + '\n');
    // All 3,000 in one file: above the default cap of 1,000 findings per rule and file.
    fs.writeFileSync(path.join(dir, 'ereje.yaml'), 'limits: { findings_per_file: 5000 }\n');
    const out = path.join(dir, 'report.html');
    const r = runCli(['validate', 'data.yaml', '--format', 'html', '--output', out, '--lang', 'ru', '--rule', 'open-door-day/request-lead-time', '--as-of', '2026-11-22'], dir);
    expect(r.code).toBe(1);
    const puppeteer = (await import('puppeteer-core')).default;
    const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      const t0 = Date.now();
      await page.goto(`file://${out}`, { waitUntil: 'load' });
      const loadMs = Date.now() - t0;
      expect(await page.$$eval('#findings tbody tr.finding', (x) => x.length)).toBe(200);
      expect(await page.$eval('#shown', (s) => s.textContent)).toBe('1–200 из 3000');
      await page.click('#next');
      expect(await page.$eval('#shown', (s) => s.textContent)).toBe('201–400 из 3000');
      expect(errors).toEqual([]);
      expect(loadMs).toBeLessThan(30_000);
    } finally {
      await browser.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
