import { rule } from './_view.js';

export default rule({
  id: 'landing/form-valid',
  clauses: ['3.1'],
  severity: 'error',
  subject: 'landing id',
  messages: {
    missing: {
      kk: 'Десанттың жүзеге асыру нысандары (forms) көрсетілмеген: 3.1-тармақ бойынша десант консультациялық, диагностикалық, әдістемелік немесе ұйымдастырушылық-педагогикалық нысанда жүзеге асырылады',
      ru: 'Не указаны формы проведения десанта (forms): по п. 3.1 десант проводится в консультативной, диагностической, методической или организационно-педагогической форме',
      en: 'The landing\'s forms are not recorded (forms): under 3.1 a landing is carried out in consultative, diagnostic, methodological or organisational-pedagogical form',
    },
  },
  docs: {
    summary:
      'Every landing records the form(s) it takes, each one of the four of 3.1: consultative, diagnostic, methodological, organisational-pedagogical.',
    details: [
      'A form outside the four (e.g. `forms: [inspection]`) never reaches this rule: the data format lists the four values as an enum, so data/schema rejects the record with a "did you mean" hint, and the record is not checked by any other rule until it is fixed.',
      'This rule reports what the schema cannot: `forms` missing or empty (docs/data-format.md: a field a rule checks, when missing, is reported by that rule with its clause). The finding sits at `forms` when it is an empty list, else at the landing.',
      'The four values: consultative — individual and group consultations on professional difficulties; diagnostic — identifying difficulties and needs, monitoring record-keeping, staff and qualification analysis, provision with teaching kits and literature; methodological — seminars, workshops, master classes, round tables, methodological days, analysis of research work, of methodological output, of the in-school supervision plan, of innovative technologies; organisational-pedagogical — attending and analysing lessons and extracurricular events, knowledge tests (кескін), functional-literacy weeks, creative and problem groups, young teachers, targeted practical help.',
    ].join(' '),
    examples: {
      pass: 'landings:\n  - { id: md-1, organizer: kar-umc, target: kar-sch-12, dates: { from: 2026-03-10, to: 2026-03-12 }, forms: [consultative, diagnostic] }\n',
      fail: 'landings:\n  - { id: md-1, organizer: kar-umc, target: kar-sch-12, dates: { from: 2026-03-10, to: 2026-03-12 }, forms: [] }   # no form\n',
    },
  },
  check(ctx) {
    for (const l of ctx.view.landings) {
      if (l.forms && l.forms.length > 0) continue;
      ctx.report({ messageId: 'missing', subject: l.id, at: l, path: ['forms'] });
    }
  },
});
