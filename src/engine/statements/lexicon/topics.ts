import { list } from './list';

/**
 * Words that tie a statement to the plan or the talks on it; a statement without any (and without
 * a topic, version or clause) is about something else and left out.
 */
export const PLAN_CUES: readonly string[] = list(
  'делегац|делегаці|referendum|референдум|прекращени огня|припинення вогню|перемовин',
  'peace|plan|deal|talks|negotiation|negotiator|negotiating|proposal|diplomat|dialog',
  'progress|envoy|delegation|point|document|draft|framework|agreement|ceasefire|truce|initiative',
  'settlement|diplomac|meeting|discuss|territor|guarantee|concession|compromise|wording',
  'process|summit|sign|мир|план|переговор|соглашен|договор|пункт|документ|предложен|перемир',
  'гаранти|территор|встреч|обсужд|урегулир|компромисс|уступ|угод|пропозиц|територ|зустріч',
  'обговор|врегулюв|компроміс|поступ|text|текст|on the table|на столе|на столі|position',
  'позици|позиці|breakthrough|прорыв|прорив|домовлен|рамков|диалог|діалог|прогрес|anchorage',
  'анкоридж',
  // Who sits at the table is who takes part in the talks: "хто має бути за столом".
  'за стол|за стіл',
  // A pause in strikes or fighting is a truce by another name ("погодиться бодай на паузу").
  'пауз',
  // Signing a document, the envoys who carry it and its drafts ("наработки", "напрацювання"),
  // as "sign", "envoy" and "draft" in English.
  'подпис|підпис|подпиш|підпиш|спецпосланник|спецпосланц|посланник|посланц|спецпредставител|перемовник',
  'переговірник|урегулюв|наработ|напрацюв',
  // Ending the war is what the plan is for: "we have to get it ended", "зупинити війну".
  'end the war|end this war|ending the war|get it ended|stop the war|stop the killing',
  'окончани войны|завершени войны|прекращени войны|закончить войну|завершить войну',
  'закінчення війни|завершення війни|припинення війни|зупинити війну|закінчити війну',
  'закончили войну|завершили войну|остановить войну|завершили війну|закінчили війну|зупинили війну',
  // How far the talks have got, in English words that name no document: "still some work to be
  // done", "much further ahead", "we'll get there", "optimistic", the "deadline".
  'work to be done|more work|further ahead|get there|optimistic|deadline|get something done',
  // Amendments to the text ("поправки", "правки") are about the plan as much as "wording".
  'поправк|правок|правки|правку',
  // Where the sides stand to each other: "not able to reach consensus", "find common ground".
  'consensus|common ground|консенсус',
  // Work still to do on the text: "треба допрацювати", "требует доработки", "проработать".
  'допрацю|доопрацю|доработ|проработ|опрацюв|опрацю',
  // The terms of a deal as Russian and Ukrainian officials name them: "основные параметры были
  // переданы", "параметри угоди".
  'параметр',
  // The US envoys who carry the plan: receiving or sending them is the talks ("готовий прийняти
  // Віткоффа будь-коли"), as 'envoy' is.
  'уиткофф|уиткоф|віткофф|віткоф|кушнер|witkoff|kushner|контакт',
);

export const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  воскресенье: 0,
  понедельник: 1,
  вторник: 2,
  среду: 3,
  среда: 3,
  четверг: 4,
  пятницу: 5,
  пятница: 5,
  субботу: 6,
  суббота: 6,
  неділю: 0,
  неділя: 0,
  понеділок: 1,
  вівторок: 2,
  середу: 3,
  середа: 3,
  четвер: 4,
  "п'ятницю": 5,
  "п'ятниця": 5,
  суботу: 6,
  субота: 6,
};
