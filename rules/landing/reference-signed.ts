import { personLabel, rule } from './_view.js';

export default rule({
  id: 'landing/reference-signed',
  clauses: ['4.2.7'],
  severity: 'warning',
  subject: { kk: 'десанттың id-і', ru: 'id десанта', en: 'landing id' },
  messages: {
    notMember: {
      kk: 'Анықтамаға {signer} қол қойған, ол десант мүшесі емес: 4.2.7-тармаққа сәйкес анықтаманы десант мүшелері береді (десант мүшелері: {members})',
      ru: 'Справку подписал(а) {signer} — не член десанта: по п. 4.2.7 справку дают члены методического десанта (члены десанта: {members})',
      en: 'The reference is signed by {signer}, who is not a member of the landing: under 4.2.7 the landing\'s members give the reference (members: {members})',
    },
  },
  docs: {
    summary: {
      kk: 'Анықтаманы десант мүшелері береді (4.2.7-тармақ: «Әдістемелік десант мүшелері … анықтама беруге міндетті»): `reference.signed_by` өрісінде көрсетілгендердің бәрі десант мүшелері болуы тиіс.',
      ru: 'Справку (анықтама) представляют члены десанта (п. 4.2.7: «Әдістемелік десант мүшелері … анықтама беруге міндетті» — члены методического десанта обязаны представить справку): все, кто указан в `reference.signed_by`, должны быть членами десанта.',
      en: 'The reference (анықтама) is given by the landing\'s members (clause 4.2.7: «Әдістемелік десант мүшелері … анықтама беруге міндетті»): everyone recorded in `reference.signed_by` is a member of the landing.',
    },
    details: {
      kk: [
        'Десанттың `members` тізімінде жоқ әр қол қоюшыға бір бұзушылық беріледі, ол `signed_by` тізіміндегі сол қол қоюшының орнында көрсетіледі. `signed_by` өрісі жоқ анықтама бұзушылық деп саналмайды: оған кімнің қол қойғаны көбіне тек қағаз нұсқада тіркеледі, ал анықтаманың өзін `landing/reference-issued` ережесі талап етеді.',
        'Бұл қате емес, ескерту: тармақ міндетті десант мүшелеріне жүктейді, ал анықтамаға құрамды бекіткен орталық басшысының да қол қоюы — жиі кездесетін тәжірибе; мұны қарап шыққан жөн, бірақ мұның өзі Ережені бұзу емес. `members` тізімі жоқ десантты `landing/member-eligible` ережесі көрсетеді, оның анықтамасы мұнда тексерілмейді.',
      ].join('\n\n'),
      ru: [
        'По одному нарушению на каждого подписавшего, которого нет среди `members` десанта; нарушение указывается в том месте, где он записан. Справка без `signed_by` нарушением не считается: кто её подписал, часто фиксируется только на бумаге, а наличие самой справки и так проверяет правило `landing/reference-issued`.',
        'Предупреждение, а не ошибка: пункт возлагает обязанность на членов десанта, а справка, подписанная также руководителем центра (утвердившим состав), — распространённая практика; на это стоит обратить внимание, но само по себе это не нарушение Положения. Десант без `members` — нарушение по правилу `landing/member-eligible`, и его справка здесь не проверяется.',
      ].join('\n\n'),
      en: [
        'One finding per signatory who is not in the landing\'s `members`, at that signatory. A reference with no `signed_by` is not reported: who signs it is often recorded only on paper, and landing/reference-issued already asks for the reference itself.',
        'A warning, not an error: the clause puts the duty on the members, and a reference countersigned by the centre\'s head (who approved the composition) is common practice; it is worth a look, not a breach in itself. A landing without `members` is landing/member-eligible\'s finding, and its reference is not checked here.',
      ].join('\n\n'),
    },
    examples: {
      pass: 'landings:\n  - id: md-1\n    organizer: kar-umc\n    target: kar-sch-12\n    dates: { from: 2026-03-10, to: 2026-03-12 }\n    members: [kar-s002, kar-s011]\n    reference: { issued: 2026-03-13, signed_by: [kar-s002, kar-s011] }\n',
      fail: 'landings:\n  - id: md-1\n    organizer: kar-umc\n    target: kar-sch-12\n    dates: { from: 2026-03-10, to: 2026-03-12 }\n    members: [kar-s002, kar-s011]\n    reference: { issued: 2026-03-13, signed_by: [kar-s002, kar-s020] }   # kar-s020 was not on the landing\n',
    },
  },
  check(ctx) {
    const { data } = ctx;
    for (const l of ctx.view.landings) {
      const members = l.members ?? [];
      const signers = l.reference?.signed_by ?? [];
      if (!members.length || !signers.length) continue;
      const set = new Set(members);
      signers.forEach((id, i) => {
        if (set.has(id)) return;
        ctx.report({
          messageId: 'notMember',
          subject: l.id,
          at: l,
          path: ['reference', 'signed_by', i],
          data: { signer: personLabel(data, id), members: members.map((m) => personLabel(data, m)) },
          related: [{ at: l, path: ['members'], note: `${l.id}: members` }],
        });
      });
    }
  },
});
