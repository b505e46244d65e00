import { rule } from './_view.js';

export default rule({
  id: 'open-door-day/content-basis',
  clauses: ['3.4'],
  severity: 'error',
  subject: 'event id',
  messages: {
    noRequests: {
      kk: 'Ашық есік күнінің мазмұны алдын ала өтінімдер бойынша анықталады деп көрсетілген (basis: requests), бірақ {event} үшін бірде-бір өтінім жоқ',
      ru: 'Указано, что содержание дня открытых дверей определяется по предварительным заявкам (basis: requests), но заявок на {event} нет',
      en: 'The content is said to follow prior requests (basis: requests), but there is no request for {event}',
    },
    noBasis: {
      kk: 'Ашық есік күнінің мазмұны неге негізделгені көрсетілмеген (basis): алдын ала өтінімдер (requests) немесе орталықтың ағымдағы жылға арналған жұмыс жоспары (work-plan)',
      ru: 'Не указано, чем определяется содержание дня открытых дверей (basis): предварительными заявками (requests) или планом работы центра на текущий год (work-plan)',
      en: 'What sets the content is not recorded (basis): prior requests (requests) or the centre\'s work plan for the current year (work-plan)',
    },
  },
  docs: {
    summary:
      'The content of an open door day is set by prior requests or by the centre\'s work plan (clause 3.4): `basis` says which, and a day based on requests has at least one request for it.',
    details:
      'Any request whose `for` is the event counts here, whatever its date or requester (open-door-day/request-lead-time and open-door-day/requester-eligible judge each request). A missing `basis` is reported too: the two kinds of day follow different clauses (3.4.1 requests, 3.4.2 programme), so the data must say which it is.',
    examples: {
      pass: 'open_door_days:\n  - { id: odd-q1, organizer: tur-bdo, date: 2026-02-12, basis: requests }\nrequests:\n  - { id: req-1, for: odd-q1, requester: teacher, submitted: 2026-01-20 }\n',
      fail: 'open_door_days:\n  - { id: odd-q1, organizer: tur-bdo, date: 2026-02-12, basis: requests }   # no request for it\n',
    },
  },
  check(ctx) {
    for (const event of ctx.view.events) {
      if (!event.basis) {
        ctx.report({ messageId: 'noBasis', subject: event.id, at: event, path: ['basis'] });
      } else if (event.basis === 'requests' && ctx.data.requestsFor(event.id).length === 0 && (event.date < ctx.asOf || event.status === 'held')) {
        // A day still to come may yet receive its requests (they close 14 days before it, 3.4.1:
        // the agenda lists that date); once the day has come and gone with none, it was not held on requests.
        ctx.report({ messageId: 'noRequests', subject: event.id, at: event, path: ['basis'], data: { event: event.id } });
      }
    }
  },
});
