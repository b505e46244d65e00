import { rule } from './_view.js';

export default rule({
  id: 'landing/form-valid',
  clauses: ['3.1'],
  severity: 'error',
  subject: { kk: 'десанттың id-і', ru: 'id десанта', en: 'landing id' },
  messages: {
    missing: {
      kk: 'Десанттың жүзеге асыру нысандары (forms) көрсетілмеген: 3.1-тармақ бойынша десант консультациялық, диагностикалық, әдістемелік немесе ұйымдастырушылық-педагогикалық нысанда жүзеге асырылады',
      ru: 'Не указаны формы проведения десанта (forms): по п. 3.1 десант проводится в консультативной, диагностической, методической или организационно-педагогической форме',
      en: 'The landing\'s forms are not recorded (forms): under 3.1 a landing is carried out in consultative, diagnostic, methodological or organisational-pedagogical form',
    },
  },
  docs: {
    summary: {
      kk: 'Әр десантта оның жүзеге асырылу нысаны (нысандары) көрсетіледі, әрқайсысы — 3.1-тармақтағы төрт нысанның бірі: консультациялық, диагностикалық, әдістемелік, ұйымдастырушылық-педагогикалық.',
      ru: 'Для каждого десанта указана форма (формы) его проведения, и каждая — одна из четырёх, названных в п. 3.1: консультативная, диагностическая, методическая, организационно-педагогическая.',
      en: 'Every landing records the form(s) it takes, each one of the four of 3.1: consultative, diagnostic, methodological, organisational-pedagogical.',
    },
    details: {
      kk: [
        'Төрт нысаннан тыс нысан (мысалы, `forms: [inspection]`) бұл ережеге жетпейді: деректер пішімі бұл өріске тек осы төрт мәнге рұқсат етеді, сондықтан `data/schema` жазбаны қабылдамай, ең жақын дұрыс мәнді ұсынады, ал жазба түзетілгенге дейін оны басқа ешбір ереже тексермейді.',
        'Бұл ереже схема анықтай алмайтынды көрсетеді: `forms` өрісі жоқ немесе бос (`docs/data-format.md`: ереже тексеретін өріс жоқ болса, ол туралы сол ереже өз тармағына сілтеме жасап хабарлайды). Бұзушылық тізім бос болса `forms` өрісінде, әйтпесе десант жазбасында көрсетіледі.',
        'Төрт мән: консультациялық (`consultative`) — кәсіби қиындықтар бойынша жеке және топтық консультациялар; диагностикалық (`diagnostic`) — қиындықтар мен қажеттіліктерді анықтау, құжаттаманың жүргізілуіне мониторинг, кадрлық құрам мен біліктілік талаптарының сақталуын талдау, оқу-әдістемелік кешендермен және әдебиетпен қамтамасыз етуді талдау; әдістемелік (`methodological`) — семинарлар, семинар-практикумдар, шеберлік сыныптар, дөңгелек үстелдер, әдістемелік күндер, ғылыми-зерттеу қызметін, әдістемелік өнімді, мектепішілік бақылау жоспарын іске асыруды, инновациялық технологияларды пайдалануды талдау; ұйымдастырушылық-педагогикалық (`organizational-pedagogical`) — сабақтар мен сабақтан тыс іс-шараларға қатысу және оларды талдау, білімді тексеру кескіндері, функционалдық сауаттылық апталары, шығармашылық және проблемалық топтар, жас педагогтермен жұмыс, атаулы практикалық көмек.',
      ].join(' '),
      ru: [
        'Форма вне этих четырёх (например, `forms: [inspection]`) до этого правила не доходит: формат данных допускает в этом поле только четыре значения, поэтому `data/schema` отклоняет запись и подсказывает ближайшее верное значение, а до исправления запись не проверяется никаким другим правилом.',
        'Это правило сообщает о том, чего не может выявить схема: поле `forms` отсутствует или пусто (`docs/data-format.md`: об отсутствии поля, которое проверяет правило, сообщает само это правило со ссылкой на свой пункт). Нарушение указывается в поле `forms`, если это пустой список, иначе — в записи десанта.',
        'Четыре значения: консультативная (`consultative`) — индивидуальные и групповые консультации по профессиональным затруднениям; диагностическая (`diagnostic`) — выявление затруднений и потребностей, мониторинг ведения документации, анализ кадрового состава и соблюдения квалификационных требований, обеспеченности учебно-методическими комплексами и литературой; методическая (`methodological`) — семинары, семинары-практикумы, мастер-классы, круглые столы, методические дни, анализ научно-исследовательской деятельности, методической продукции, реализации плана внутришкольного контроля, применения инновационных технологий; организационно-педагогическая (`organizational-pedagogical`) — посещение и анализ уроков и внеклассных мероприятий, срезы знаний («кескін»), недели функциональной грамотности, творческие и проблемные группы, работа с молодыми педагогами, адресная практическая помощь.',
      ].join(' '),
      en: [
        'A form outside the four (e.g. `forms: [inspection]`) never reaches this rule: the data format lists the four values as an enum, so data/schema rejects the record with a "did you mean" hint, and the record is not checked by any other rule until it is fixed.',
        'This rule reports what the schema cannot: `forms` missing or empty (docs/data-format.md: a field a rule checks, when missing, is reported by that rule with its clause). The finding sits at `forms` when it is an empty list, else at the landing.',
        'The four values: consultative — individual and group consultations on professional difficulties; diagnostic — identifying difficulties and needs, monitoring record-keeping, staff and qualification analysis, provision with teaching kits and literature; methodological — seminars, workshops, master classes, round tables, methodological days, analysis of research work, of methodological output, of the in-school supervision plan, of innovative technologies; organisational-pedagogical — attending and analysing lessons and extracurricular events, knowledge tests (кескін), functional-literacy weeks, creative and problem groups, young teachers, targeted practical help.',
      ].join(' '),
    },
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
