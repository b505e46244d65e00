import { rule, personName } from './_view.js';

export default rule({
  id: 'leading-school/trainer-certified',
  clauses: ['definitions'],
  severity: 'error',
  subject: 'network id',
  messages: {
    uncertified: {
      kk: '{network}: {trainer} тренерінде Кембридж берген тренер сертификаты (program: trainer, issuer: cambridge) жоқ; сертификатталған тренер — тренерлерді оқыту курсынан өтіп, Кембридж Халықаралық емтихандық кеңесінің сертификатын алған педагог',
      ru: '{network}: у тренера {trainer} нет сертификата тренера, выданного Кембриджем (program: trainer, issuer: cambridge); сертифицированный тренер — педагог, прошедший курс обучения тренеров и получивший сертификат Кембриджского международного экзаменационного совета',
      en: 'Network {network}: trainer {trainer} holds no trainer certificate issued by Cambridge (program: trainer, issuer: cambridge); a certified trainer completed the trainers\' course and holds a Cambridge International Examinations certificate',
    },
  },
  docs: {
    summary: 'Every trainer of a network is a certified trainer as the definitions put it: a staff member holding a `trainer` certificate issued by `cambridge`.',
    details: 'Checked for each entry of `trainers`; the finding points at that entry. A trainer id that names no staff record is left to data/unknown-reference. A `trainer` certificate issued by the CPM alone does not count: the definition asks for the certificate of the Cambridge International Examinations board.',
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
