import { rule } from './_view.js';

export default rule({
  id: 'open-door-day/content-basis',
  clauses: ['3.4'],
  severity: 'error',
  subject: {
    kk: 'ашық есік күнінің id-і',
    ru: 'id дня открытых дверей',
    en: 'event id',
  },
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
    summary: {
      kk: 'Ашық есік күнінің мазмұны алдын ала өтінімдер бойынша немесе орталықтың жұмыс жоспарына қарай анықталады (3.4-тармақ): қайсысы екенін `basis` көрсетеді, ал өтінімдер бойынша өткізілетін күнге кемінде бір өтінім берілген болады.',
      ru: 'Содержание дня открытых дверей определяется предварительными заявками или планом работы центра (пункт 3.4): `basis` указывает, чем именно, а на день, проводимый по заявкам, подана хотя бы одна заявка.',
      en: 'The content of an open door day is set by prior requests or by the centre\'s work plan (clause 3.4): `basis` says which, and a day based on requests has at least one request for it.',
    },
    details: {
      kk: '`for` өрісі осы іс-шараны көрсететін кез келген өтінім есептеледі, оның күні мен өтінім берушісіне қарамастан (әр өтінімді `open-door-day/request-lead-time` және `open-door-day/requester-eligible` ережелері бағалайды). `basis` көрсетілмесе де бұзушылық болады: күннің екі түрі әртүрлі тармаққа бағынады (өтінімдер — 3.4.1, бағдарлама — 3.4.2), сондықтан деректерде оның қайсысы екені көрсетілуі тиіс.\n\nӘлі өтпеген күнге өтінімдер түсе алады (олар күннен 14 күн бұрын жабылады, 3.4.1-тармақ; `ereje agenda` сол күнді көрсетеді), сондықтан өтінімі жоқ күн іс-шарадан кейінгі күннен бастап ғана бұзушылық болады — немесе `status: held` деп белгіленсе.',
      ru: 'Здесь засчитывается любая заявка, у которой `for` указывает на это мероприятие, независимо от её даты и заявителя (каждую заявку оценивают правила `open-door-day/request-lead-time` и `open-door-day/requester-eligible`). Отсутствие `basis` тоже нарушение: два вида дня подчиняются разным пунктам (заявки — п. 3.4.1, программа — п. 3.4.2), поэтому в данных должно быть указано, какой это день.\n\nНа день, который ещё впереди, заявки ещё могут поступить (приём закрывается за 14 дней до него, пункт 3.4.1; `ereje agenda` показывает эту дату), поэтому день без заявок считается нарушением только со следующего дня после мероприятия — или если он отмечен `status: held`.',
      en: 'Any request whose `for` is the event counts here, whatever its date or requester (open-door-day/request-lead-time and open-door-day/requester-eligible judge each request). A missing `basis` is reported too: the two kinds of day follow different clauses (3.4.1 requests, 3.4.2 programme), so the data must say which it is.\n\nA day still to come may yet receive its requests (they close 14 days before it, 3.4.1; `ereje agenda` gives that date), so a day with none is reported only from the day after it — or once it is marked `status: held`.',
    },
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
