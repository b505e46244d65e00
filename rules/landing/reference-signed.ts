import { personLabel, rule } from './_view.js';

export default rule({
  id: 'landing/reference-signed',
  clauses: ['4.2.7'],
  severity: 'warning',
  subject: 'landing id',
  messages: {
    notMember: {
      kk: 'Анықтамаға {signer} қол қойған, ол десант мүшесі емес: 4.2.7-тармаққа сәйкес анықтаманы десант мүшелері береді (десант мүшелері: {members})',
      ru: 'Справку подписал(а) {signer} — не член десанта: по п. 4.2.7 справку дают члены методического десанта (члены десанта: {members})',
      en: 'The reference is signed by {signer}, who is not a member of the landing: under 4.2.7 the landing\'s members give the reference (members: {members})',
    },
  },
  docs: {
    summary:
      'The reference (анықтама) is given by the landing\'s members (clause 4.2.7: «Әдістемелік десант мүшелері … анықтама беруге міндетті»): everyone recorded in `reference.signed_by` is a member of the landing.',
    details: [
      'One finding per signatory who is not in the landing\'s `members`, at that signatory. A reference with no `signed_by` is not reported: who signs it is often recorded only on paper, and landing/reference-issued already asks for the reference itself.',
      'A warning, not an error: the clause puts the duty on the members, and a reference countersigned by the centre\'s head (who approved the composition) is common practice; it is worth a look, not a breach in itself. A landing without `members` is landing/member-eligible\'s finding, and its reference is not checked here.',
    ].join('\n\n'),
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
