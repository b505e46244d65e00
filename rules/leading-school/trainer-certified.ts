import { rule, personName } from './_view.js';

export default rule({
  id: 'leading-school/trainer-certified',
  clauses: ['definitions'],
  severity: 'warning',
  subject: { kk: 'желінің id-і', ru: 'id сети', en: 'network id' },
  messages: {
    uncertified: {
      kk: '{network}: {trainer} тренерінің Кембридж берген тренер сертификаты (program: trainer, issuer: cambridge) жазылмаған. Ереже сертификатталған тренерді тренерлерді оқыту курсынан өтіп, Кембридж Халықаралық емтихандық кеңесінің сертификатын алған педагогикалық қызметкер деп анықтайды, бірақ желі тренерлерінің сертификатталған болуын талап етпейді: сертификаты болса, оны жазыңыз',
      ru: '{network}: у тренера {trainer} не записан сертификат тренера, выданный Кембриджем (program: trainer, issuer: cambridge). Правила определяют сертифицированного тренера как педагога, прошедшего курс обучения тренеров и получившего сертификат Кембриджского международного экзаменационного совета, но не требуют, чтобы тренеры сети были сертифицированы: если сертификат есть, запишите его',
      en: 'Network {network}: no trainer certificate issued by Cambridge (program: trainer, issuer: cambridge) is recorded for trainer {trainer}. The regulation defines a certified trainer as one who completed the trainers\' course and holds a Cambridge International Examinations certificate; it does not require a network\'s trainers to be certified: if the trainer holds one, record it',
    },
  },
  docs: {
    summary: {
      kk: 'Анықтамалар сертификатталған тренерді сипаттайды: ПШО мен Кембридж университеті бірлесіп жасаған тренерлерді оқыту курсынан өткен және Кембридж Халықаралық емтихандық кеңесінің сертификатын алған педагогикалық қызметкер. `cambridge` берген `trainer` сертификаты жоқ желі тренеріне ескерту беріледі.',
      ru: 'Определения описывают сертифицированного тренера: это педагог, прошедший курс обучения тренеров, разработанный ЦПМ совместно с Кембриджским университетом, и получивший сертификат Кембриджского международного экзаменационного совета. Тренер сети без сертификата `trainer`, выданного `cambridge`, получает предупреждение.',
      en: 'The definitions describe a certified trainer: a teacher who completed the CPM/Cambridge trainers\' course and holds a Cambridge International Examinations certificate. A network trainer with no `trainer` certificate issued by `cambridge` is worth a warning.',
    },
    details: {
      kk:
        'Қате емес, ескерту (каталог v2): анықтамалар сертификатталған тренердің кім екенін айтады («…тренерлерді оқыту курсынан өткен және… Кембридж Халықаралық емтихандық кеңесінің сертификатын алған педагогикалық қызметкер»), ал 4-тармақ филиал тренерлерін («филиал тренерлерінің тобы») желі көшбасшылары етеді; бұл тренерлердің сертификатталған болуын міндеттейтін сөйлем жоқ. ' +
        '`trainers` тізімінің әр жазбасы тексеріледі; нәтиже сол жазбаны көрсетеді. Ешбір қызметкер жазбасын атамайтын тренер id-ін `data/unknown-reference` ережесі хабарлайды. Тек ПШО берген `trainer` сертификаты саналмайды: анықтамада Кембридж Халықаралық емтихандық кеңесінің сертификаты аталған.',
      ru:
        'Предупреждение, а не ошибка (каталог v2): определения говорят, кто такой сертифицированный тренер («…тренерлерді оқыту курсынан өткен және… Кембридж Халықаралық емтихандық кеңесінің сертификатын алған педагогикалық қызметкер» — педагог, прошедший курс обучения тренеров и получивший сертификат Кембриджского международного экзаменационного совета), а пункт 4 делает тренеров филиала («филиал тренерлерінің тобы» — группа тренеров филиала) лидерами сети; ни одно предложение не обязывает этих тренеров быть сертифицированными. ' +
        'Проверяется каждая запись `trainers`; замечание указывает на эту запись. О id тренера, не соответствующем ни одной записи сотрудника, сообщает правило `data/unknown-reference`. Сертификат `trainer`, выданный только ЦПМ, не учитывается: определение называет сертификат Кембриджского международного экзаменационного совета.',
      en:
        'A warning, not an error (catalog v2): the definitions say what a certified trainer is («…тренерлерді оқыту курсынан өткен және… Кембридж Халықаралық емтихандық кеңесінің сертификатын алған педагогикалық қызметкер»), and clause 4 makes branch trainers («филиал тренерлерінің тобы») the network leaders; no sentence obliges those trainers to be certified. ' +
        'Checked for each entry of `trainers`; the finding points at that entry. A trainer id that names no staff record is left to data/unknown-reference. A `trainer` certificate issued by the CPM alone does not count: the definition names the certificate of the Cambridge International Examinations board.',
    },
    examples: {
      pass: 'networks:\n  - { id: net-1, region: kostanay, leading: sch-05, trainers: [t1] }\nstaff:\n  - id: t1\n    name: "Сейітқали Әйгерім"\n    org: cpm-kost\n    position: trainer\n    certificates: [{ program: trainer, issuer: cambridge, date: 2016-05-20 }]\n',
      fail: 'networks:\n  - { id: net-1, region: kostanay, leading: sch-05, trainers: [t1] }\nstaff:\n  - id: t1\n    name: "Сейітқали Әйгерім"\n    org: cpm-kost\n    position: trainer\n    certificates: [{ program: level-1, issuer: cambridge, date: 2016-05-20 }]   # not a trainer certificate\n',
    },
  },
  check(ctx) {
    for (const n of ctx.view.networks) {
      (n.trainers ?? []).forEach((id, i) => {
        const person = ctx.data.person(id);
        if (!person) return; // data/unknown-reference
        const certified = (person.certificates ?? []).some((c) => c.program === 'trainer' && c.issuer === 'cambridge');
        if (certified) return;
        ctx.report({
          messageId: 'uncertified',
          subject: n.id,
          at: n,
          path: ['trainers', i],
          data: { network: n.id, trainer: personName(ctx.data, id) },
          related: [{ at: person, path: person.certificates ? ['certificates'] : [], note: `${id}` }],
        });
      });
    }
  },
});
