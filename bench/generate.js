/**
 * A deterministic national data repo in the contract format (../shared/spec/data-format.md):
 * 20 regions, each with its education department, its centre (~30 staff), a CPM branch,
 * 18 district cabinets and 375 schools of ~47 staff (≈355,000 staff, ≈100 MB of YAML); three
 * years of quarterly open door days with requests, director's orders and work plans; a
 * landing per four schools (Karaganda-style: request, composition order, schedule, review
 * period, requested documents, reference); a leading-school network per eleven schools; and a
 * sprinkling of deliberate findings.
 *
 * Seeded PRNG per region (no Math.random, no clock): the same generator version writes the
 * same bytes on every machine, and a region's files do not depend on which other regions are
 * generated (the small repo's two regions are byte-identical to the national repo's).
 *
 *   node bench/generate.js [national|small|all] [--force]
 */
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Rng, seedOf } from './lib/rand.js';
import { addDays, addYears, pad, weekday, weekdayBetween, toWeekday } from './lib/dates.js';
import * as V from './lib/vocab.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const DATA_DIR = path.join(HERE, 'data');

/** Bump when the data's shape changes on purpose; the source hash catches every other edit. */
export const GENERATOR_VERSION = 1;
export const AS_OF = '2026-11-22';
export const ODD_YEARS = [2024, 2025, 2026];
export const ACADEMIC_YEARS = [2024, 2025]; // 2024-2025 and 2025-2026
export const STAMP = '.bench-stamp.json';

export const SIZES = {
  national: V.REGIONS.map((r) => r.slug),
  small: ['karaganda', 'turkistan'],
};

const SCHOOLS_PER_REGION = 375;
const DISTRICTS_PER_REGION = 18;
const CENTRE_STAFF = 30;
const CABINET_STAFF = 4;
const TRAINERS = 10;

const NORTH = new Set(['kostanay', 'north-kazakhstan', 'pavlodar', 'karaganda', 'akmola', 'east-kazakhstan', 'astana', 'almaty']);

/** Version string: the constant plus a hash of the generator's own source. */
export function generatorVersion() {
  const h = crypto.createHash('sha256');
  for (const f of ['generate.js', 'lib/rand.js', 'lib/dates.js', 'lib/vocab.js']) h.update(fs.readFileSync(path.join(HERE, f)));
  return `${GENERATOR_VERSION}-${h.digest('hex').slice(0, 12)}`;
}

// ---------------------------------------------------------------- YAML emitting

const q = (s) => JSON.stringify(s); // a JSON string is a valid YAML double-quoted scalar
const text = (t) => (typeof t === 'string' ? q(t) : `{ kk: ${q(t.kk)}, ru: ${q(t.ru)} }`);
const list = (xs) => `[${xs.join(', ')}]`;

class Out {
  constructor(root) {
    this.root = root;
    this.files = 0;
    this.bytes = 0;
    this.records = {};
  }

  count(collection, n = 1) {
    this.records[collection] = (this.records[collection] ?? 0) + n;
  }

  write(rel, lines) {
    const abs = path.join(this.root, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    const buf = Buffer.from(lines.join('\n') + '\n', 'utf8');
    fs.writeFileSync(abs, buf);
    this.files++;
    this.bytes += buf.length;
  }
}

// ---------------------------------------------------------------- people

function personName(rng, female, north) {
  if (rng.chance(north ? 0.3 : 0.08)) {
    const sur = rng.chance(0.15) ? rng.pick(V.RU_UNINFLECTED) : rng.pick(V.RU_SURNAMES) + (female ? 'а' : '');
    const given = rng.pick(female ? V.RU_FEMALE : V.RU_MALE);
    const pat = rng.pick(V.RU_PATRONYMICS)[female ? 1 : 0];
    return `${sur} ${given} ${pat}`;
  }
  const sur = rng.chance(0.1) ? rng.pick(V.KK_UNINFLECTED) : rng.pick(V.KK_SURNAMES) + (female ? 'а' : '');
  const given = rng.pick(female ? V.KK_FEMALE : V.KK_MALE);
  const pat = rng.pick(V.KK_MALE) + (female ? 'қызы' : 'ұлы');
  return `${sur} ${given} ${pat}`;
}

/** "Қасымова Ә.Н." */
function initials(full) {
  const [sur, given, pat] = full.split(' ');
  return `${sur} ${given[0]}.${pat ? pat[0] + '.' : ''}`;
}

function courses(rng, n, from, to) {
  const out = [];
  for (let i = 0; i < n; i++) {
    out.push({ course: rng.pick(V.COURSES), provider: rng.pick(V.PROVIDERS), completed: weekdayBetween(rng, from, to), hours: rng.pick(V.HOURS) });
  }
  return out.sort((a, b) => (a.completed < b.completed ? -1 : 1));
}

function staffLines(out, p) {
  out.push(`  - id: ${p.id}`, `    name: ${q(p.name)}`, `    org: ${p.org}`, `    position: ${p.position}`);
  if (p.status !== 'active' || p.explicitStatus) out.push(`    status: ${p.status}`);
  if (p.hired) out.push(`    hired: ${p.hired}`);
  if (p.appointed_by) out.push(`    appointed_by: ${p.appointed_by}`);
  if (p.qualification.length) {
    out.push('    qualification:');
    for (const c of p.qualification) {
      out.push(`      - course: ${text(c.course)}`, `        provider: ${q(c.provider)}`, `        completed: ${c.completed}`, `        hours: ${c.hours}`);
    }
  }
  if (p.certificates.length) {
    out.push('    certificates:');
    for (const c of p.certificates) out.push(`      - { program: ${c.program}, issuer: ${c.issuer}, date: ${c.date} }`);
  }
}

// ---------------------------------------------------------------- one region

/**
 * Sprinkles: which deliberate findings a region carries, by its index (so the small repo's
 * two regions carry some too). Rare on purpose: the bench measures a mostly clean repo.
 */
function sprinklesFor(index) {
  return {
    lateRequest: index % 3 === 0, // open-door-day/request-lead-time (10 days)
    schoolRequester: index % 7 === 2, // open-door-day/requester-eligible
    missingParticipant: index % 5 === 1, // open-door-day/all-staff
    deputyLeads: index % 4 === 3, // open-door-day/director-leads
    districtDateDiffers: index % 8 === 2, // open-door-day/single-date
    noConsent: index % 6 === 5, // open-door-day/speaker-consent
    cancelledQuarter: index % 9 === 4, // open-door-day/quarterly-frequency
    teacherMember: index % 4 === 2, // landing/member-eligible
    longReview: index % 5 === 3, // landing/review-window
    outOfScopeDoc: index % 6 === 1, // landing/in-scope
    noReference: index % 3 === 1, // landing/reference-issued
    otherInitiator: index % 7 === 5, // landing/initiator-eligible
    elevenPartners: index % 5 === 0, // leading-school/partner-ratio (the region's spare school)
    orderBeforeLetter: index % 7 === 3, // leading-school/designation-basis
    uncertifiedTrainer: index % 6 === 1, // leading-school/trainer-certified
    noAppointment: index % 10 === 7, // support-center/head-appointment
    mixedScript: index % 2 === 0, // data/mixed-script
    unknownRef: index % 10 === 5, // data/unknown-reference
    badDate: index % 10 === 9, // data/schema (2023-02-30)
  };
}

function generateRegion(region, index, out) {
  const R = V.REGIONS.find((r) => r.slug === region);
  const rc = R.code;
  const rng = new Rng(seedOf(`ereje-bench:${GENERATOR_VERSION}:${region}`));
  const S = sprinklesFor(index);
  const north = NORTH.has(region);
  const orgs = [];
  const dir = region;

  // ---- organizations
  const uo = `${rc}-uo`;
  const umc = `${rc}-umc`;
  const cpm = `${rc}-cpm`;
  orgs.push(`  - id: ${uo}`, '    type: education-department', `    name: { kk: ${q(`${R.kk} білім басқармасы`)}, ru: ${q(`Управление образования ${R.ruGen}`)} }`, `    region: ${region}`, `    director: ${rc}-u1`);
  orgs.push(
    `  - id: ${umc}`, '    type: center',
    `    name: { kk: ${q(`${R.kk} білім басқармасының оқу-әдістемелік орталығы`)}, ru: ${q(`Учебно-методический центр управления образования ${R.ruGen}`)} }`,
    `    region: ${region}`, `    parent: ${uo}`, `    director: ${rc}-c01`,
  );
  orgs.push(`  - id: ${cpm}`, '    type: cpm-branch', `    name: ${q(`«Назарбаев Зияткерлік мектептері» ДББҰ Педагогикалық шеберлік орталығының ${R.city} қаласындағы филиалы`)}`, `    region: ${region}`, '    parent: nis-cpm', `    director: ${rc}-t01`);

  const districts = rng.fork('districts').shuffled(V.DISTRICTS).slice(0, DISTRICTS_PER_REGION);
  const schools = []; // { id, district, no, nameKk }
  for (let d = 0; d < districts.length; d++) {
    const D = districts[d];
    const cab = `${rc}-${D.slug}-cab`;
    orgs.push(
      `  - id: ${cab}`, '    type: district-cabinet',
      `    name: { kk: ${q(`${D.kk} ауданы әдістемелік кабинеті`)}, ru: ${q(`Методический кабинет ${D.ru.replace(/ий$/, 'ого')} района`)} }`,
      `    region: ${region}`, `    district: ${D.slug}`, `    parent: ${uo}`, `    director: ${cab}-1`,
    );
    const n = Math.floor(SCHOOLS_PER_REGION / DISTRICTS_PER_REGION) + (d < SCHOOLS_PER_REGION % DISTRICTS_PER_REGION ? 1 : 0);
    for (let k = 1; k <= n; k++) schools.push({ id: `${rc}-${D.slug}-s${pad(k)}`, district: D, no: k, d });
  }
  const srng = rng.fork('schools');
  for (const s of schools) {
    let kk, ru;
    if (srng.chance(0.2)) {
      const [nk, nr] = srng.pick(V.NAMESAKES);
      kk = `${nk} атындағы № ${s.no} мектеп-гимназиясы`;
      ru = `Школа-гимназия № ${s.no} имени ${nr}`;
    } else {
      kk = `№ ${s.no} жалпы білім беретін мектеп`;
      ru = `Общеобразовательная школа № ${s.no}`;
    }
    s.nameKk = `${s.district.kk} ауданы, ${kk}`;
    orgs.push(`  - id: ${s.id}`, '    type: school', `    name: { kk: ${q(kk)}, ru: ${q(ru)} }`, `    region: ${region}`, `    district: ${s.district.slug}`, `    parent: ${uo}`, `    director: ${s.id}-01`);
  }
  out.count('organizations', 3 + districts.length + schools.length);

  // ---- which schools lead networks (decided first: leading schools get trained staff)
  const nrng = rng.fork('networks');
  const order = nrng.shuffled(schools);
  const networks = [];
  for (let i = 0; i + 11 <= order.length; i += 11) networks.push({ leading: order[i], partners: order.slice(i + 1, i + 11) });
  const spare = order.slice(networks.length * 11);
  if (S.elevenPartners && spare.length) networks[0].partners.push(spare[0]);
  const leadingIds = new Set(networks.map((n) => n.leading.id));

  // ---- staff: department, centre, CPM branch, cabinets
  const prng = rng.fork('people');
  const head = [];
  const centre = [];
  const person = (id, org, position, opts = {}) => {
    const female = prng.chance(opts.female ?? 0.6);
    const p = {
      id, org, position,
      name: personName(prng, female, north),
      status: opts.status ?? 'active',
      explicitStatus: prng.chance(0.15),
      hired: opts.hired ?? (prng.chance(0.9) ? weekdayBetween(prng, '1998-08-15', '2024-09-01') : undefined),
      appointed_by: opts.appointed_by,
      qualification: opts.qualification ?? courses(prng, prng.pick([0, 0, 0, 1, 1]), '2015-01-01', '2026-10-31'),
      certificates: opts.certificates ?? [],
    };
    return p;
  };
  for (let i = 1; i <= 3; i++) staffLines(head, person(`${rc}-u${i}`, uo, i === 1 ? 'director' : 'deputy-director'));

  const centreStaff = [];
  for (let i = 1; i <= CENTRE_STAFF; i++) {
    const position = i === 1 ? 'director' : i <= 3 ? 'deputy-director' : i <= 7 ? 'head-of-department' : 'methodologist';
    const overdue = prng.chance(0.06);
    const q1 = overdue ? courses(prng, 1, '2017-01-01', '2021-06-30') : courses(prng, prng.int(1, 2), '2022-01-10', '2026-10-30');
    const p = person(`${rc}-c${pad(i)}`, umc, position, {
      status: i > 25 && prng.chance(0.15) ? 'leave' : 'active',
      hired: weekdayBetween(prng, '2005-08-15', '2022-09-01'),
      qualification: q1,
      appointed_by: i === 1 && !S.noAppointment ? `${rc}-ord-uo-appt` : undefined,
    });
    centreStaff.push(p);
    staffLines(centre, p);
  }
  const director = centreStaff[0];
  const activeCentre = centreStaff.filter((p) => p.status === 'active');
  const eligibleMembers = activeCentre.filter((p) => p.position !== 'director');

  const trainerCert = { program: 'trainer', issuer: 'cambridge', date: '2014-06-20' };
  for (let i = 1; i <= TRAINERS; i++) {
    const certs = i === TRAINERS && S.uncertifiedTrainer ? [] : [{ ...trainerCert, date: weekdayBetween(prng, '2013-05-01', '2019-06-30') }];
    staffLines(centre, person(`${rc}-t${pad(i)}`, cpm, i === 1 ? 'director' : 'trainer', { certificates: certs }));
  }
  const trainers = [];
  for (let i = 2; i < TRAINERS; i++) trainers.push(`${rc}-t${pad(i)}`);

  for (const D of districts) {
    const cab = `${rc}-${D.slug}-cab`;
    for (let i = 1; i <= CABINET_STAFF; i++) staffLines(centre, person(`${cab}-${i}`, cab, i === 1 ? 'director' : 'methodologist'));
  }
  out.count('staff', 3 + CENTRE_STAFF + TRAINERS + districts.length * CABINET_STAFF);
  out.write(`${dir}/staff/centre.yaml`, [
    `# ${R.kk}: білім басқармасы, оқу-әдістемелік орталық, ПШО филиалы, аудандық әдістемелік кабинеттер`,
    'staff:', ...head, ...centre,
  ]);

  // ---- staff: schools, one file per district
  const directorOf = new Map();
  const teacherOf = new Map();
  let mixedDone = !S.mixedScript;
  let badDateDone = !S.badDate;
  for (let d = 0; d < districts.length; d++) {
    const D = districts[d];
    const lines = [`# ${R.kk}, ${D.kk} ауданы: мектеп қызметкерлері`, 'staff:'];
    let n = 0;
    for (const s of schools) {
      if (s.d !== d) continue;
      const size = prng.int(35, 59);
      const deputies = prng.int(2, 3);
      for (let k = 1; k <= size; k++) {
        const position = k === 1 ? 'director' : k <= 1 + deputies ? 'deputy-director' : k <= 3 + deputies ? 'head-of-department' : k === size ? 'other' : 'teacher';
        const r = prng.next();
        const status = k === 1 ? 'active' : r < 0.04 ? 'leave' : r < 0.05 ? 'dismissed' : 'active';
        const certificates = [];
        if (position === 'teacher' && (prng.chance(0.18) || (k === 2 + deputies + 2 && leadingIds.has(s.id)))) {
          certificates.push({ program: prng.pick(['level-1', 'level-2', 'level-2', 'level-3']), issuer: prng.chance(0.6) ? 'cambridge' : 'cpm', date: weekdayBetween(prng, '2013-01-15', '2022-12-20') });
        }
        if (position === 'director' && prng.chance(0.3)) certificates.push({ program: 'school-leaders', issuer: 'cpm', date: weekdayBetween(prng, '2014-01-15', '2022-12-20') });
        const p = person(`${s.id}-${pad(k)}`, s.id, position, { female: position === 'teacher' ? 0.78 : 0.55, status: leadingIds.has(s.id) && k === 2 + deputies + 2 ? 'active' : status, certificates });
        if (!mixedDone && k === 7) {
          p.name = p.name.replace(/[оае]/, (c) => ({ о: 'o', а: 'a', е: 'e' })[c]); // a Latin letter inside a Cyrillic word
          mixedDone = true;
        }
        if (!badDateDone && k === 9 && p.qualification.length) {
          p.qualification[0].completed = '2023-02-30';
          badDateDone = true;
        }
        if (k === 1) directorOf.set(s.id, p);
        if (position === 'teacher' && !teacherOf.has(s.id)) teacherOf.set(s.id, p);
        staffLines(lines, p);
        n++;
      }
    }
    out.count('staff', n);
    out.write(`${dir}/staff/${D.slug}.yaml`, lines);
  }
  out.write(`${dir}/organizations.yaml`, [`# ${R.kk}: ұйымдар`, 'organizations:', ...orgs]);

  // ---- open door days: three calendar years, one a quarter
  const erng = rng.fork('events');
  const cabinets = districts.map((D) => `${rc}-${D.slug}-cab`);
  const cancelAt = S.cancelledQuarter ? `${2025}-q2` : null;
  const lateAt = S.lateRequest ? erng.pick(['2024-q2', '2025-q1', '2025-q3']) : null;
  const quirkAt = (flag) => (flag ? `${erng.pick(ODD_YEARS.slice(0, 2))}-q${erng.int(1, 4)}` : null);
  const missingAt = quirkAt(S.missingParticipant);
  const deputyAt = quirkAt(S.deputyLeads);
  const districtAt = quirkAt(S.districtDateDiffers);
  const consentAt = quirkAt(S.noConsent);
  const schoolReqAt = quirkAt(S.schoolRequester);
  const unknownAt = quirkAt(S.unknownRef);
  let orderNo = 0;
  const MONTHS = [2, 4, 9, 12];
  for (const year of ODD_YEARS) {
    orderNo = erng.int(3, 9);
    const events = [], requests = [], orders = [], entries = [];
    for (let qn = 1; qn <= 4; qn++) {
      const key = `${year}-q${qn}`;
      const id = `${rc}-odd-${key}`;
      const month = MONTHS[qn - 1];
      const date = weekdayBetween(erng, `${year}-${pad(month)}-05`, `${year}-${pad(month)}-25`);
      const cancelled = key === cancelAt;
      const held = !cancelled && date <= AS_OF;
      const basis = erng.chance(0.65) ? 'requests' : 'work-plan';
      const ordId = `${rc}-ord-odd-${key}`;
      orderNo += erng.int(4, 15);
      const ordDate = toWeekday(addDays(date, -erng.int(10, 20)));
      orders.push(
        `  - id: ${ordId}`, `    number: "${orderNo}-н"`, `    date: ${ordDate}`, `    issuer: ${umc}`, `    signed_by: ${director.id}`,
        '    type: open-door-day', `    subject: ${id}`,
        `    title: { kk: "Әдістемелік ашық есік күнін ұйымдастыру және өткізу туралы", ru: "Об организации и проведении методического дня открытых дверей" }`,
        `    city: ${q(R.city)}`,
      );
      entries.push(`      - event: ${id}`, `        window: { from: ${year}-${pad(month)}-01, to: ${addDays(month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01`, -1)} }`);

      const ev = [`  - id: ${id}`, `    organizer: ${umc}`, `    date: ${date}`, `    status: ${cancelled ? 'cancelled' : held ? 'held' : 'planned'}`, `    topic: ${text(erng.pick(V.ODD_TOPICS))}`, `    basis: ${basis}`];
      ev.push(`    lead: ${key === deputyAt ? centreStaff[1].id : director.id}`, `    order: ${ordId}`);
      ev.push('    district_events:');
      const odd = key === districtAt ? erng.int(0, cabinets.length - 1) : -1;
      cabinets.forEach((c, i) => ev.push(`      - { org: ${c}, date: ${i === odd ? addDays(date, 1) : date} }`));
      let parts = activeCentre.map((p) => p.id);
      if (key === missingAt) parts = parts.filter((_, i) => i !== parts.length - 2);
      if (key === unknownAt) parts = [...parts, `${rc}-c${CENTRE_STAFF + 1}`];
      ev.push(`    participants: ${list(parts)}`);
      ev.push(`    advertising: ${list(erng.sample(['media', 'website', 'virtual-cabinet', 'social-media'], erng.int(1, 3)))}`);
      if (basis === 'work-plan') ev.push(`    agenda_published: ${addDays(date, -erng.int(5, 14))}`);
      ev.push('    activities:');
      const acts = erng.sample(V.ODD_ACTIVITIES, erng.int(3, 5));
      acts.forEach((a, i) => ev.push(`      - { type: ${a}, title: ${q(V.ACTIVITY_TITLES[a])}, time: "${pad(10 + i)}:${erng.pick(['00', '30'])}" }`));
      ev.push('    speakers:');
      ev.push(`      - { staff: ${erng.pick(activeCentre.slice(7)).id}, category: methodologist }`);
      const guest = directorOf.get(erng.pick(schools).id);
      ev.push(key === consentAt
        ? `      - { name: ${q(initials(guest.name))}, category: school-head }`
        : `      - { name: ${q(initials(guest.name))}, category: school-head, consent: ${addDays(date, -erng.int(3, 12))} }`);
      if (erng.chance(0.5)) ev.push(`      - { name: ${q(initials(personName(erng, erng.chance(0.5), north)))}, category: university-lecturer, consent: ${addDays(date, -erng.int(3, 12))} }`);
      if (held) {
        ev.push(`    registered: ${erng.int(80, 260)}`);
        ev.push('    outcome:', `      recommendations_sent: ${addDays(date, erng.int(4, 10))}`, `      council_discussed: ${addDays(date, erng.int(12, 24))}`);
      }
      events.push(...ev);

      if (basis === 'requests') {
        const nreq = erng.int(2, 3);
        for (let r = 1; r <= nreq; r++) {
          const kind = key === schoolReqAt && r === 1 ? 'school' : erng.pick(['teacher', 'teacher', 'parent', 'district-department']);
          const lead = key === lateAt && r === 1 ? 10 : erng.int(15, 45);
          const cab = erng.pick(districts);
          const sch = erng.pick(schools);
          const from = kind === 'district-department' ? `${cab.kk} ауданы әдістемелік кабинеті`
            : kind === 'teacher' ? `${initials(teacherOf.get(sch.id).name)}, ${sch.nameKk} мұғалімі`
              : kind === 'parent' ? `Ата-аналар комитеті, ${sch.nameKk}` : sch.nameKk;
          requests.push(
            `  - id: ${rc}-req-odd-${key}-${r}`, `    for: ${id}`, `    requester: ${kind}`, `    from: ${q(from)}`,
            `    org: ${kind === 'district-department' ? `${rc}-${cab.slug}-cab` : sch.id}`,
            `    submitted: ${addDays(date, -lead)}`, `    topic: ${q(erng.pick(V.ODD_TOPICS).kk)}`,
          );
        }
      }
    }
    const plan = [
      `  - id: ${rc}-plan-${year}`, `    org: ${umc}`, `    title: ${q(`${year} жылға арналған жұмыс жоспары`)}`,
      `    period: { from: ${year}-01-01, to: ${year}-12-31 }`,
      `    approved: { by: ${director.id}, date: ${toWeekday(`${year - 1}-12-${erng.int(20, 27)}`)} }`,
      '    entries:', ...entries,
    ];
    out.count('work_plans');
    out.count('orders', 4);
    out.count('open_door_days', 4);
    out.count('requests', requests.filter((l) => l.startsWith('  - id:')).length);
    out.write(`${dir}/open-door-days/${year}.yaml`, [
      `# ${R.kk}: әдістемелік ашық есік күндері, ${year}`,
      'work_plans:', ...plan, 'orders:', ...orders, ...(requests.length ? ['requests:', ...requests] : []), 'open_door_days:', ...events,
    ]);
  }

  // ---- landings: one per four schools, over two academic years
  const lrng = rng.fork('landings');
  const targets = lrng.sample(schools, Math.round(schools.length / 4));
  const perYear = Math.ceil(targets.length / ACADEMIC_YEARS.length);
  ACADEMIC_YEARS.forEach((y, yi) => {
    const acad = `${y}-${y + 1}`;
    const mine = targets.slice(yi * perYear, (yi + 1) * perYear);
    const scheduleId = `${rc}-lplan-${acad}`;
    const dated = mine.map((s) => ({ s, start: startOfLanding(lrng, y) })).sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    const landings = [], requests = [], orders = [], entries = [];
    let no = lrng.int(20, 40);
    const quirk = (flag) => (flag ? lrng.int(0, dated.length - 1) : -1);
    const teacherAt = yi === 0 ? quirk(S.teacherMember) : -1;
    const longAt = yi === 1 ? quirk(S.longReview) : -1;
    const scopeAt = yi === 0 ? quirk(S.outOfScopeDoc) : -1;
    const noRefAt = yi === 1 ? quirk(S.noReference) : -1;
    const otherAt = yi === 0 ? quirk(S.otherInitiator) : -1;
    dated.forEach(({ s, start }, i) => {
      const id = `${rc}-md-${String(y).slice(2)}${String(y + 1).slice(2)}-${pad(i + 1, 3)}`;
      const end = addDays(start, 2);
      const submitted = addDays(start, -lrng.int(30, 60));
      const ordDate = toWeekday(addDays(start, -lrng.int(7, 20)));
      no += lrng.int(2, 9);
      const memberIds = lrng.sample(eligibleMembers, lrng.int(3, 5)).map((p) => p.id);
      if (i === teacherAt) memberIds.push(teacherOf.get(s.id).id);
      const directions = lrng.sample(V.DIRECTIONS, lrng.int(2, 3));
      const forms = lrng.sample(V.FORMS, lrng.int(1, 2));
      const held = end < AS_OF;
      const reviewFrom = i === longAt ? addDays(addYears(start, -3), -1) : addYears(start, -3);
      const r = lrng.next();
      const initiator = i === otherAt ? `{ name: ${q('Аудандық ата-аналар кеңесі')}, role: other }`
        : r < 0.7 ? `{ staff: ${directorOf.get(s.id).id}, role: school-head }`
          : r < 0.95 ? `{ staff: ${director.id}, role: center-head }`
            : `{ name: ${q('Математика мұғалімдерінің облыстық әдістемелік бірлестігі')}, role: community-head }`;
      const L = [
        `  - id: ${id}`, `    organizer: ${umc}`, `    target: ${s.id}`, `    initiator: ${initiator}`,
        `    request: ${rc}-req-${id.slice(rc.length + 1)}`, `    order: ${rc}-ord-${id.slice(rc.length + 1)}`, `    schedule: ${scheduleId}`,
        `    dates: { from: ${start}, to: ${end} }`, `    status: ${held ? 'held' : 'planned'}`,
        `    members: ${list(memberIds)}`, `    forms: ${list(forms)}`, `    directions: ${list(directions)}`,
        `    review_period: { from: ${reviewFrom}, to: ${addDays(start, -1)} }`, '    requested_documents:',
      ];
      const ndocs = lrng.int(2, 3);
      for (let k = 0; k < ndocs; k++) {
        const dirn = i === scopeAt && k === 0 ? V.DIRECTIONS.find((x) => !directions.includes(x)) : lrng.pick(directions);
        const py = y - lrng.int(1, 2);
        L.push(`      - { title: ${q(lrng.pick(V.DOCUMENTS[dirn]))}, direction: ${dirn}, period: { from: ${py}-09-01, to: ${py + 1}-05-31 } }`);
      }
      if (held && i !== noRefAt) {
        L.push('    reference:', `      issued: ${toWeekday(addDays(end, lrng.int(3, 10)))}`);
        L.push(`      findings: ${list(lrng.sample(V.LANDING_FINDINGS, lrng.int(1, 2)).map(q))}`);
        L.push(`      recommendations: ${list(lrng.sample(V.LANDING_RECOMMENDATIONS, lrng.int(1, 3)).map(q))}`);
        L.push(`      signed_by: ${list(memberIds)}`);
      }
      landings.push(...L);
      requests.push(
        `  - id: ${rc}-req-${id.slice(rc.length + 1)}`, `    for: ${id}`, '    requester: school', `    from: ${q(s.nameKk)}`, `    org: ${s.id}`,
        `    submitted: ${submitted}`, `    topic: ${q(`Әдістемелік десант: ${directions.length} бағыт бойынша`)}`,
      );
      orders.push(
        `  - id: ${rc}-ord-${id.slice(rc.length + 1)}`, `    number: "${no}-н"`, `    date: ${ordDate}`, `    issuer: ${umc}`, `    signed_by: ${director.id}`,
        '    type: landing-composition', `    subject: ${id}`,
        `    title: { kk: "Әдістемелік десант құрамын бекіту туралы", ru: "Об утверждении состава методического десанта" }`,
        `    city: ${q(R.city)}`, `    members: ${list(memberIds)}`,
      );
      entries.push(`      - { event: ${id}, window: { from: ${start}, to: ${end} } }`);
    });
    const plan = [
      `  - id: ${scheduleId}`, `    org: ${umc}`, `    title: ${q(`${acad} оқу жылына арналған әдістемелік десант кестесі`)}`,
      `    period: { from: ${y}-09-01, to: ${y + 1}-08-31 }`, `    approved: { by: ${director.id}, date: ${toWeekday(`${y}-08-${lrng.int(20, 28)}`)} }`,
      '    entries:', ...entries,
    ];
    out.count('work_plans');
    out.count('landings', dated.length);
    out.count('requests', dated.length);
    out.count('orders', dated.length);
    out.write(`${dir}/landings/${acad}.yaml`, [
      `# ${R.kk}: әдістемелік десанттар, ${acad} оқу жылы`,
      'work_plans:', ...plan, 'requests:', ...requests, 'orders:', ...orders, 'landings:', ...landings,
    ]);
  });

  // ---- networks: a leading school and ten partners
  const net = [];
  const letterNo = nrng.int(100, 400);
  const orderNoUo = nrng.int(300, 600);
  const badOrderAt = S.orderBeforeLetter ? nrng.int(0, networks.length - 1) : -1;
  networks.forEach((n, i) => {
    const tr = nrng.sample(trainers, nrng.int(1, 2));
    if (S.uncertifiedTrainer && i === 1) tr.push(`${rc}-t${pad(TRAINERS)}`);
    net.push(
      `  - id: ${rc}-net-${pad(i + 1)}`, `    region: ${region}`, `    leading: ${n.leading.id}`,
      `    partners: ${list(n.partners.map((p) => p.id))}`, `    initiator: ${cpm}`, `    coordination_center: ${cpm}`,
      `    trainers: ${list(tr)}`, `    responsible_head: ${directorOf.get(n.leading.id).id}`, `    direction: ${q(nrng.pick(V.NETWORK_DIRECTIONS))}`,
      '    basis:', `      branch_recommendation: { date: 2025-07-0${nrng.int(1, 9)} }`,
      `      cpm_letter: { number: "12-04/${letterNo}", date: 2025-08-15 }`,
      `      regional_order: { number: "${orderNoUo}", date: ${i === badOrderAt ? '2025-08-11' : '2025-08-28'}, issuer: ${uo} }`,
    );
  });
  out.count('networks', networks.length);

  // ---- the department's and the centre's other orders
  const ord = [];
  ord.push(
    `  - id: ${rc}-ord-uo-appt`, `    number: "${nrng.int(10, 99)}-ж/қ"`, `    date: ${director.hired}`, `    issuer: ${uo}`, `    signed_by: ${rc}-u1`,
    '    type: appointment', `    subject: ${director.id}`, `    title: ${q('Оқу-әдістемелік орталықтың директорын тағайындау туралы')}`,
  );
  ord.push(
    `  - id: ${rc}-ord-uo-leading-2025`, `    number: "${orderNoUo}"`, '    date: 2025-08-28', `    issuer: ${uo}`, `    signed_by: ${rc}-u1`,
    '    type: leading-school-designation', `    subject: ${rc}-net-01`, `    title: ${q('Жетекші мектептерді айқындау туралы')}`, `    city: ${q(R.city)}`,
  );
  for (const year of ODD_YEARS) {
    ord.push(
      `  - id: ${rc}-ord-qual-${year}`, `    number: "${nrng.int(1, 9)}-н"`, `    date: ${toWeekday(`${year}-01-1${nrng.int(0, 9)}`)}`, `    issuer: ${umc}`, `    signed_by: ${director.id}`,
      '    type: qualification-plan', `    subject: ${umc}`, `    title: ${q(`${year} жылы біліктілікті арттыру тізімін бекіту туралы`)}`,
    );
  }
  out.count('orders', 2 + ODD_YEARS.length);
  out.write(`${dir}/networks.yaml`, [`# ${R.kk}: жетекші мектептер желісі`, 'networks:', ...net]);
  out.write(`${dir}/orders.yaml`, [`# ${R.kk}: басқарма мен орталықтың бұйрықтары`, 'orders:', ...ord]);
}

function startOfLanding(rng, y) {
  // October … May of the academic year, a Monday to Wednesday start.
  for (;;) {
    const d = weekdayBetween(rng, `${y}-10-01`, `${y + 1}-05-20`);
    const w = weekday(d);
    if (w >= 1 && w <= 3 && !(d >= `${y}-12-28` && d <= `${y + 1}-01-10`)) return d;
  }
}

function generateNational(out) {
  out.write('cpm/organizations.yaml', [
    '# «Назарбаев Зияткерлік мектептері» ДББҰ Педагогикалық шеберлік орталығы',
    'organizations:',
    '  - id: nis-cpm', '    type: cpm',
    `    name: { kk: ${q('«Назарбаев Зияткерлік мектептері» ДББҰ Педагогикалық шеберлік орталығы')}, ru: ${q('Центр педагогического мастерства АОО «Назарбаев Интеллектуальные школы»')} }`,
    '    region: astana', '    director: nis-cpm-s1',
    'staff:', '  - id: nis-cpm-s1', `    name: ${q('Жұмабаева Гауһар Төлегенқызы')}`, '    org: nis-cpm', '    position: director', '    hired: 2016-09-01',
  ]);
  out.count('organizations');
  out.count('staff');
}

// ---------------------------------------------------------------- entry points

function readStamp(dir) {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, STAMP), 'utf8'));
  } catch {
    return null;
  }
}

/** Generates `size` into bench/data/<size>/ unless its stamp says it is current. */
export function ensureData(size, { force = false, log = () => {} } = {}) {
  const regions = SIZES[size];
  if (!regions) throw new Error(`unknown size ${size}`);
  const dir = path.join(DATA_DIR, size);
  const version = generatorVersion();
  const stamp = readStamp(dir);
  if (!force && stamp && stamp.version === version) return { dir, generated: false, ...stamp };

  const t0 = performance.now();
  const tmp = path.join(DATA_DIR, `.${size}.tmp-${process.pid}`);
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(tmp, { recursive: true });
  const out = new Out(tmp);
  generateNational(out);
  for (const region of regions) generateRegion(region, V.REGIONS.findIndex((r) => r.slug === region), out);
  const records = Object.values(out.records).reduce((a, b) => a + b, 0);
  const info = { version, size, regions: regions.length, asOf: AS_OF, files: out.files, bytes: out.bytes, records, collections: out.records, generationMs: Math.round(performance.now() - t0) };
  fs.writeFileSync(path.join(tmp, STAMP), JSON.stringify(info, null, 2) + '\n');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(tmp, dir);
  log(`generated ${size}: ${info.files} files, ${(info.bytes / 1e6).toFixed(1)} MB, ${records.toLocaleString('en')} records in ${(info.generationMs / 1000).toFixed(1)} s`);
  return { dir, generated: true, ...info };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const which = args.find((a) => !a.startsWith('--')) ?? 'all';
  for (const size of which === 'all' ? Object.keys(SIZES) : [which]) {
    const r = ensureData(size, { force, log: console.log });
    if (!r.generated) console.log(`${size}: up to date (${r.files} files, ${(r.bytes / 1e6).toFixed(1)} MB, ${r.records.toLocaleString('en')} records)`);
  }
}
