import { rule, orgName } from './_view.js';

export default rule({
  id: 'leading-school/coordination',
  clauses: ['4'],
  severity: 'warning',
  subject: { kk: 'желінің id-і', ru: 'id сети', en: 'network id' },
  messages: {
    noCenter: {
      kk: '{network}: координациялық орталық (coordination_center) көрсетілмеген; 4-тармақ бойынша жетекші мектеп жұмысын ПШО аймақтық филиалындағы координациялық орталық басқарады',
      ru: '{network}: не указан координационный центр (coordination_center); по пункту 4 работу ведущей школы курирует координационный центр при региональном филиале ЦПМ',
      en: 'Network {network}: no coordination centre (coordination_center); under clause 4 the coordination centre sits at the CPM regional branch',
    },
    notBranch: {
      kk: '{network}: координациялық орталық «{center}» ПШО филиалы емес (түрі: {type}); 4-тармақ бойынша координациялық орталық ПШО аймақтық филиалында болады',
      ru: '{network}: координационный центр «{center}» не является филиалом ЦПМ (тип: {type}); по пункту 4 координационный центр создаётся при региональном филиале ЦПМ',
      en: 'Network {network}: the coordination centre "{center}" is not a CPM branch (type: {type}); under clause 4 it sits at the CPM regional branch',
    },
    noTrainer: {
      kk: '{network}: желі көшбасшысы ретінде бірде-бір филиал тренері (trainers) көрсетілмеген (4-тармақ)',
      ru: '{network}: не указано ни одного тренера филиала (trainers) — лидера сети (пункт 4)',
      en: 'Network {network}: no branch trainer (trainers) is named as network leader (clause 4)',
    },
  },
  docs: {
    summary: {
      kk: '4-тармақта белгіленген құрылым: ПШО аймақтық филиалындағы координациялық орталық (түрі `cpm-branch` ұйым) және оның құрамындағы желі көшбасшылары — филиал тренерлерінің тобы (кемінде бір тренер).',
      ru: 'Структура по пункту 4: координационный центр при региональном филиале ЦПМ (организация типа `cpm-branch`), в состав которого входит группа тренеров филиала — лидеров сети (не менее одного тренера).',
      en: 'The structure of clause 4: a coordination centre at the CPM regional branch (an organization of type cpm-branch) with a group of branch trainers as network leaders (at least one trainer).',
    },
    details: {
      kk: 'Қазақша хабарламаларда түпнұсқаның бір ғана термині қолданылады: «координациялық орталық». Бір желі бойынша екі нәтиже болуы мүмкін: біреуі `coordination_center` өрісінде (орталық көрсетілмеген немесе оның түрі `cpm-branch` емес), екіншісі `trainers` тізімі бос не мүлде жоқ болғанда. Координациялық орталықтың id-і ешбір ұйымды атамаса, оны `data/unknown-reference` ережесі хабарлайды. Әр тренердің сертификатталғанын `leading-school/trainer-certified` ережесі тексереді.',
      ru: 'В казахских сообщениях используется единственный термин оригинала — «координациялық орталық» (координационный центр). По одной сети возможны два замечания: одно — в поле `coordination_center` (центр не указан или его тип не `cpm-branch`), другое — если список `trainers` пуст или отсутствует. Если id координационного центра не соответствует ни одной организации, об этом сообщает правило `data/unknown-reference`. Сертифицирован ли каждый тренер, проверяет правило `leading-school/trainer-certified`.',
      en: 'The Kazakh messages use the original\'s one term, «координациялық орталық». Two findings are possible on one network: one at `coordination_center` (missing, or not of type cpm-branch) and one for an empty or missing `trainers` list. A coordination centre id that names no organization is left to data/unknown-reference. Whether each trainer is certified is leading-school/trainer-certified.',
    },
    examples: {
      pass: 'organizations:\n  - { id: cpm-kost, type: cpm-branch, name: "ПШО Қостанай филиалы", region: kostanay }\nnetworks:\n  - { id: net-1, region: kostanay, leading: sch-05, coordination_center: cpm-kost, trainers: [t1] }\n',
      fail: 'organizations:\n  - { id: kost-uo, type: education-department, name: "Білім басқармасы", region: kostanay }\nnetworks:\n  - { id: net-1, region: kostanay, leading: sch-05, coordination_center: kost-uo }   # not a branch, no trainer\n',
    },
  },
  check(ctx) {
    for (const n of ctx.view.networks) {
      if (!n.coordination_center) {
        ctx.report({ messageId: 'noCenter', subject: n.id, at: n, data: { network: n.id } });
      } else {
        const center = ctx.data.org(n.coordination_center);
        if (center && center.type !== 'cpm-branch') {
          ctx.report({
            messageId: 'notBranch',
            subject: n.id,
            at: n,
            path: ['coordination_center'],
            data: { network: n.id, center: orgName(ctx.data, center.id), type: center.type },
            related: [{ at: center, path: ['type'], note: `${center.id}: ${center.type}` }],
          });
        }
      }
      if (!n.trainers?.length) {
        ctx.report({ messageId: 'noTrainer', subject: n.id, at: n, path: n.trainers ? ['trainers'] : [], data: { network: n.id } });
      }
    }
  },
});
