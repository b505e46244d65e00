import { rule, orgName, LEVEL_PROGRAMMES } from './_view.js';

export default rule({
  id: 'leading-school/trained-staff',
  clauses: ['2.4'],
  severity: 'error',
  subject: 'network id',
  messages: {
    untrained: {
      kk: '{network}: «{school}» жетекші мектебінде деңгейлік бағдарлама (level-1, level-2, level-3) бойынша сертификаты бар белсенді қызметкер жоқ; 2.4-тармақ бойынша жетекші мектеп ретінде штатында сәйкес бағдарлама бойынша оқудан өткен педагогтары бар мектеп бекітіледі',
      ru: '{network}: в ведущей школе «{school}» нет работающего сотрудника с сертификатом уровневой программы (level-1, level-2, level-3); по пункту 2.4 ведущей школой определяется школа, в штате которой есть педагоги, обученные по соответствующей программе',
      en: 'Network {network}: the leading school "{school}" has no active staff member with a level-programme certificate (level-1, level-2 or level-3); clause 2.4 designates schools with staff trained in the programme',
    },
  },
  docs: {
    summary: 'The branches designate as leading schools those with staff trained in the corresponding programme (clause 2.4): the leading school has at least one active staff member holding a level-1, level-2 or level-3 certificate.',
    details: 'Counts staff whose `org` is the leading school and whose status is active (staff on leave or dismissed do not count). Any issuer counts. The finding points at the network\'s `leading` value.',
    examples: {
      pass: 'networks:\n  - { id: net-1, region: kostanay, leading: sch-05 }\nstaff:\n  - id: s1\n    name: "Жұмабаева Гүлнар"\n    org: sch-05\n    position: teacher\n    certificates: [{ program: level-2, issuer: cambridge, date: 2015-06-01 }]\n',
      fail: 'networks:\n  - { id: net-1, region: kostanay, leading: sch-05 }\nstaff:\n  - id: s1\n    name: "Жұмабаева Гүлнар"\n    org: sch-05\n    position: teacher\n    status: dismissed\n    certificates: [{ program: level-2, issuer: cambridge, date: 2015-06-01 }]\n',
    },
  },
  check(ctx) {
    for (const n of ctx.view.networks) {
      const trained = ctx.data
        .staffOf(n.leading)
        .some((s) => s.status === 'active' && (s.certificates ?? []).some((c) => c.program !== undefined && LEVEL_PROGRAMMES.includes(c.program)));
      if (trained) continue;
      ctx.report({ messageId: 'untrained', subject: n.id, at: n, path: ['leading'], data: { network: n.id, school: orgName(ctx.data, n.leading) } });
    }
  },
});
