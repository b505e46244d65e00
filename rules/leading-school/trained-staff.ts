import type { IsoDate } from '../../src/core/dates.js';
import type { Network, Staff } from '../../src/schema/collections.js';
import type { Dataset } from '../../src/model/dataset.js';
import { rule, orgName, TRAINED_PROGRAMMES } from './_view.js';

const list = (or: string) => `${TRAINED_PROGRAMMES.slice(0, -1).join(', ')} ${or} ${TRAINED_PROGRAMMES[TRAINED_PROGRAMMES.length - 1]}`;
const PROGRAMMES = { kk: list('немесе'), ru: list('или'), en: list('or') };

const BASIS = {
  order: { kk: 'облыстық бұйрық', ru: 'областной приказ', en: 'regional order' },
  letter: { kk: 'ПШО хаты', ru: 'письмо ЦПМ', en: 'CPM letter' },
};

/**
 * The day the network's leading school is judged on: the regional order that designated it, else
 * the CPM letter; with neither, the as-of day.
 */
export function designationDate(n: Network): { date: IsoDate; basis: keyof typeof BASIS } | null {
  if (n.basis?.regional_order?.date) return { date: n.basis.regional_order.date, basis: 'order' };
  if (n.basis?.cpm_letter?.date) return { date: n.basis.cpm_letter.date, basis: 'letter' };
  return null;
}

/** Was this person working at the school on that day, holding a certificate of the Programme by then? */
function trainedOn(data: Dataset, s: Staff, school: string, date: IsoDate, today: boolean): boolean {
  if (!data.isStaffOn(s.id, school, date)) return false;
  if (today && s.status !== 'active') return false; // today's status speaks of today only
  return (s.certificates ?? []).some((c) => c.program !== undefined && TRAINED_PROGRAMMES.includes(c.program) && (c.date === undefined || c.date <= date));
}

export default rule({
  id: 'leading-school/trained-staff',
  clauses: ['2.4'],
  severity: 'error',
  subject: { kk: 'желінің id-і', ru: 'id сети', en: 'network id' },
  messages: {
    untrained: {
      kk: '{network}: «{school}» жетекші мектебінде Бағдарлама бойынша оқудан өткен ({programmes} сертификаты бар) жұмыс істеп жүрген қызметкер жоқ; 2.4-тармақ бойынша жетекші мектеп ретінде штатында сәйкесінше бағдарлама бойынша оқудан өткен педагогикалық қызметкерлері бар мектеп бекітіледі',
      ru: '{network}: в ведущей школе «{school}» нет работающего сотрудника, обученного по Программе (с сертификатом {programmes}); по пункту 2.4 ведущей школой определяется школа, в штате которой есть педагоги, обученные по соответствующей программе',
      en: 'Network {network}: the leading school "{school}" has no working staff member trained in the Programme (a {programmes} certificate); clause 2.4 designates schools with staff trained in the corresponding programme',
    },
    untrainedOn: {
      kk: '{network}: «{school}» жетекші мектеп ретінде бекітілген күні ({basis}: {date}) онда Бағдарлама бойынша оқудан өткен ({programmes} сертификаты бар) жұмыс істеп жүрген қызметкер болмаған; 2.4-тармақ бойынша жетекші мектеп ретінде штатында сәйкесінше бағдарлама бойынша оқудан өткен педагогикалық қызметкерлері бар мектеп бекітіледі',
      ru: '{network}: на день определения ведущей школой ({basis}: {date}) в школе «{school}» не было работающего сотрудника, обученного по Программе (с сертификатом {programmes}); по пункту 2.4 ведущей школой определяется школа, в штате которой есть педагоги, обученные по соответствующей программе',
      en: 'Network {network}: on the day "{school}" was designated ({basis}: {date}) it had no working staff member trained in the Programme (a {programmes} certificate); clause 2.4 designates schools with staff trained in the corresponding programme',
    },
  },
  docs: {
    summary: {
      kk: 'Филиалдар жетекші мектеп ретінде штатында сәйкесінше бағдарлама бойынша оқудан өткен қызметкерлері бар мектептерді анықтайды (2.4-тармақ): жетекші мектеп бекітілген күні онда Бағдарлама сертификаты (`level-1`, `level-2`, `level-3`, `school-leaders` немесе `trainer`) бар кемінде бір қызметкер жұмыс істеуі керек.',
      ru: 'Филиалы определяют ведущими школами те, в штате которых есть педагоги, обученные по соответствующей программе (пункт 2.4): на день определения в ведущей школе работает хотя бы один сотрудник с сертификатом Программы (`level-1`, `level-2`, `level-3`, `school-leaders` или `trainer`).',
      en: 'The branches designate as leading schools those with staff trained in the corresponding programme (clause 2.4): on the day of its designation the leading school has at least one working staff member holding a certificate of the Programme (level-1, level-2, level-3, school-leaders or trainer).',
    },
    details: {
      kk:
        'Не саналады (каталог v2): мәтін «Бағдарлама» деп басшылардың біліктілігін арттыру бағдарламасын да, деңгейлік бағдарламаларды да атайды («…басшыларының біліктілігін арттыру және деңгейлік бағдарлама аясында педагог кадрлардың біліктілігін арттыру Бағдарламасы (ары қарай — Бағдарлама)»), сондықтан `level-1`, `level-2`, `level-3`, `school-leaders` немесе `trainer` сертификаты саналады (оны кім бергені маңызды емес); сол күннен кейінгі күнмен берілген сертификат саналмайды. ' +
        'Қашан: 2.4-тармақ бекіту туралы, сондықтан мектеп бекітілген күнгі жағдай бойынша бағаланады — `basis.regional_order` күні, ол болмаса `basis.cpm_letter` күні; оқудан өткен мұғалімнің кейін жұмыстан кетуі дұрыс жасалған бекітуді жоймайды. Екі күн де болмаса — тексеру күніндегі жағдай бойынша. ' +
        'Кім: `org` өрісі жетекші мектеп болып табылатын және сол күні штатта болған қызметкерлер (`hired` бен `left` аралығында; `left` күні жоқ жұмыстан босатылған қызметкер кеткен деп саналады). Тексеру күніндегі жағдай бойынша бағаланғанда мәртебесі `active` болуы да керек (демалыстағы немесе жұмыстан босатылған қызметкер саналмайды). ' +
        'Нәтиже желінің `leading` мәнін көрсетеді.',
      ru:
        'Что учитывается (каталог v2): текст называет «Бағдарлама» (Программа) и программу повышения квалификации руководителей, и уровневые программы («…басшыларының біліктілігін арттыру және деңгейлік бағдарлама аясында педагог кадрлардың біліктілігін арттыру Бағдарламасы (ары қарай — Бағдарлама)»), поэтому учитывается сертификат `level-1`, `level-2`, `level-3`, `school-leaders` или `trainer` (кем бы он ни был выдан); сертификат, датированный позже этого дня, не учитывается. ' +
        'Когда: пункт 2.4 говорит об определении ведущей школы, поэтому школа оценивается по положению на день её определения — дату `basis.regional_order`, а при её отсутствии — `basis.cpm_letter`; последующий уход обученного педагога не отменяет правильно принятого решения. Если нет ни одной из этих дат — по положению на дату проверки. ' +
        'Кто: сотрудники, у которых `org` — ведущая школа и которые в тот день состояли в штате (между `hired` и `left`; уволенный без даты `left` считается ушедшим). При оценке на дату проверки статус также должен быть `active` (находящиеся в отпуске и уволенные не учитываются). ' +
        'Замечание указывает на значение `leading` сети.',
      en:
        'What counts (catalog v2): the text calls «Бағдарлама» both the heads\' qualification programme and the level programmes («…басшыларының біліктілігін арттыру және деңгейлік бағдарлама аясында педагог кадрлардың біліктілігін арттыру Бағдарламасы (ары қарай — Бағдарлама)»), so a level-1, level-2, level-3, school-leaders or trainer certificate counts (any issuer); a certificate dated after the day does not. ' +
        'When: 2.4 is about designation, so the school is judged as things stood on the day it was designated — the date of `basis.regional_order`, else of `basis.cpm_letter` — and a trained teacher who has left since does not undo a designation that was right. With neither date, as of the as-of day. ' +
        'Who: staff whose `org` is the leading school and who were staff that day (between `hired` and `left`; dismissed with no `left` counts as gone). On the as-of day the status must also be active (on leave or dismissed do not count). ' +
        'The finding points at the network\'s `leading` value.',
    },
    examples: {
      pass: 'networks:\n  - { id: net-1, region: kostanay, leading: sch-05, basis: { regional_order: { number: "452", date: 2025-08-28, issuer: kost-uo } } }\nstaff:\n  - id: s1\n    name: "Жұмабаева Гүлнар"\n    org: sch-05\n    position: deputy-director\n    status: dismissed\n    left: 2026-06-30       # left after the designation: it stands\n    certificates: [{ program: school-leaders, issuer: cpm, date: 2015-06-01 }]\n',
      fail: 'networks:\n  - { id: net-1, region: kostanay, leading: sch-05, basis: { regional_order: { number: "452", date: 2025-08-28, issuer: kost-uo } } }\nstaff:\n  - id: s1\n    name: "Жұмабаева Гүлнар"\n    org: sch-05\n    position: teacher\n    hired: 2025-09-01      # came after the designation\n    certificates: [{ program: level-2, issuer: cambridge, date: 2015-06-01 }]\n',
    },
  },
  check(ctx) {
    for (const n of ctx.view.networks) {
      const on = designationDate(n);
      const date = on?.date ?? ctx.asOf;
      const trained = ctx.data.staffOf(n.leading).some((s) => trainedOn(ctx.data, s, n.leading, date, !on));
      if (trained) continue;
      const school = orgName(ctx.data, n.leading);
      const onStaff = ctx.data.staffOf(n.leading).filter((s) => ctx.data.isStaffOn(s.id, n.leading, date)).length;
      const trace = {
        computation: {
          kk: `${n.leading}, ${date}: штатта ${onStaff}, Бағдарлама сертификаты барлары 0`,
          ru: `${n.leading}, ${date}: в штате ${onStaff}, с сертификатом Программы 0`,
          en: `${n.leading} on ${date}: ${onStaff} on staff, 0 with a certificate of the Programme`,
        },
      };
      if (on) {
        const path = on.basis === 'order' ? ['basis', 'regional_order', 'date'] : ['basis', 'cpm_letter', 'date'];
        ctx.report({
          messageId: 'untrainedOn',
          subject: n.id,
          at: n,
          path: ['leading'],
          data: { network: n.id, school, programmes: PROGRAMMES, basis: BASIS[on.basis], date: on.date },
          related: [{ at: n, path, note: `${on.basis === 'order' ? 'regional_order' : 'cpm_letter'}: ${on.date}` }],
          trace,
        });
      } else {
        ctx.report({ messageId: 'untrained', subject: n.id, at: n, path: ['leading'], data: { network: n.id, school, programmes: PROGRAMMES }, trace });
      }
    }
  },
});
