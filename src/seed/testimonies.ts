/**
 * Sample testimonies. FICTIONAL: written for the demo, about no real person, and labelled as samples
 * in every language. Real testimonies are never invented.
 */
import type { Localised } from './content'

export type TestimonySeed = {
  key: string
  disclosure: 'named' | 'pseudonym' | 'anonymous'
  eventDate: string
  country: string
  themes: string[]
  consent: { status: 'pending' | 'given' | 'withdrawn'; scope: string[]; date: string }
  legalName: string
  contact: string
  internalNotes: string
  title: Localised
  summary: Localised
  body: Localised<string[]>
  place: Localised
  publicName: Localised
  contentWarning: Localised
  excerpt: Localised
}

export const testimonies: TestimonySeed[] = [
  {
    key: 'sample-detention',
    disclosure: 'anonymous',
    eventDate: '2020-08-11',
    country: 'BY',
    themes: ['arbitrary-detention', 'ill-treatment-in-custody'],
    consent: { status: 'given', scope: ['text'], date: '2020-11-02' },
    legalName: 'Fictional Person A (demo record)',
    contact: 'witness-a@example.org',
    internalNotes: 'Demo record: no real person. Shows where interview notes would be kept.',
    title: {
      en: 'Sample testimony: held for days after a peaceful protest',
      fr: 'Témoignage fictif\u202f: détenu plusieurs jours après une manifestation pacifique',
      es: 'Testimonio de ejemplo: detenido varios días tras una protesta pacífica',
      ru: 'Пример свидетельства: несколько дней под стражей после мирного протеста',
      ar: 'شهادة نموذجية: احتجاز لأيام بعد احتجاج سلمي',
    },
    summary: {
      en: 'A fictional, anonymised account written for this demo. It shows how a testimony about ill-treatment in custody is presented; it describes no real person.',
      fr: 'Un récit fictif et anonymisé, rédigé pour cette démonstration. Il montre comment un témoignage sur des mauvais traitements en détention est présenté\u202f; il ne décrit aucune personne réelle.',
      es: 'Un relato ficticio y anonimizado, escrito para esta demostración. Muestra cómo se presenta un testimonio sobre malos tratos bajo custodia; no describe a ninguna persona real.',
      ru: 'Вымышленный анонимизированный рассказ, написанный для демонстрации. Он показывает, как представляется свидетельство о жестоком обращении под стражей; реальный человек в нём не описан.',
      ar: 'رواية خيالية ومجهولة الهوية كُتبت لهذا العرض التوضيحي. تُظهر كيف تُعرض شهادة عن سوء المعاملة أثناء الاحتجاز؛ ولا تصف أي شخص حقيقي.',
    },
    body: {
      en: [
        'This sample stands in for the kind of account partner organisations collect. The witness is fictional.',
        'The witness describes being detained near a protest, kept standing for hours in a crowded yard, and released days later without being told of any charge.',
      ],
      fr: [
        'Cet exemple illustre le type de récit que recueillent les organisations partenaires. Le témoin est fictif.',
        'Le témoin raconte avoir été arrêté près d’une manifestation, maintenu debout pendant des heures dans une cour bondée, puis relâché quelques jours plus tard sans qu’aucune accusation lui soit notifiée.',
      ],
      es: [
        'Este ejemplo representa el tipo de relato que recogen las organizaciones socias. El testigo es ficticio.',
        'El testigo describe cómo fue detenido cerca de una protesta, obligado a permanecer de pie durante horas en un patio abarrotado y liberado días después sin que se le comunicara ningún cargo.',
      ],
      ru: [
        'Этот пример показывает, какие рассказы собирают партнёрские организации. Свидетель вымышлен.',
        'Свидетель рассказывает, как его задержали рядом с местом протеста, часами держали на ногах в переполненном дворе и через несколько дней отпустили, так и не сообщив ни о каком обвинении.',
      ],
      ar: [
        'يمثّل هذا المثال نوع الروايات التي تجمعها المنظمات الشريكة. الشاهد شخصية خيالية.',
        'يروي الشاهد أنه احتُجز قرب مكان احتجاج، وأُجبر على الوقوف لساعات في باحة مكتظة، ثم أُفرج عنه بعد أيام دون إبلاغه بأي تهمة.',
      ],
    },
    place: { en: 'Minsk', fr: 'Minsk', es: 'Minsk', ru: 'Минск', ar: 'مينسك' },
    publicName: {
      en: 'Witness A (fictional sample)',
      fr: 'Témoin A (exemple fictif)',
      es: 'Testigo A (ejemplo ficticio)',
      ru: 'Свидетель А (вымышленный пример)',
      ar: 'الشاهد أ (مثال خيالي)',
    },
    contentWarning: {
      en: 'Describes ill-treatment in detention.',
      fr: 'Décrit des mauvais traitements en détention.',
      es: 'Describe malos tratos durante la detención.',
      ru: 'Описывает жестокое обращение под стражей.',
      ar: 'تصف سوء المعاملة أثناء الاحتجاز.',
    },
    excerpt: {
      en: 'We stood in that yard for hours. Nobody told us why we were there.',
      fr: 'Nous sommes restés debout des heures dans cette cour. Personne ne nous a dit pourquoi nous étions là.',
      es: 'Estuvimos de pie en aquel patio durante horas. Nadie nos dijo por qué estábamos allí.',
      ru: 'Мы часами стояли в том дворе. Никто не объяснил, почему мы там.',
      ar: 'وقفنا في تلك الباحة لساعات. لم يخبرنا أحد لماذا كنا هناك.',
    },
  },
  {
    key: 'sample-search',
    disclosure: 'pseudonym',
    eventDate: '2020-11-20',
    country: 'BY',
    themes: ['harassment-of-defenders'],
    consent: { status: 'given', scope: ['text'], date: '2020-12-05' },
    legalName: 'Fictional Person B (demo record)',
    contact: 'witness-b@example.org',
    internalNotes: 'Demo record: no real person. Pseudonym chosen by the (fictional) witness.',
    title: {
      en: 'Sample testimony: a volunteer after a search of her home',
      fr: 'Témoignage fictif\u202f: une bénévole après la perquisition de son domicile',
      es: 'Testimonio de ejemplo: una voluntaria tras el registro de su casa',
      ru: 'Пример свидетельства: волонтёр после обыска в её доме',
      ar: 'شهادة نموذجية: متطوعة بعد تفتيش منزلها',
    },
    summary: {
      en: 'A fictional account, published under a pseudonym, of the pressure on volunteers who help detainees. Written for this demo.',
      fr: 'Un récit fictif, publié sous pseudonyme, sur la pression exercée sur les bénévoles qui aident les personnes détenues. Rédigé pour cette démonstration.',
      es: 'Un relato ficticio, publicado con seudónimo, sobre la presión contra el voluntariado que ayuda a las personas detenidas. Escrito para esta demostración.',
      ru: 'Вымышленный рассказ под псевдонимом о давлении на волонтёров, помогающих задержанным. Написан для демонстрации.',
      ar: 'رواية خيالية منشورة باسم مستعار عن الضغوط على المتطوعين الذين يساعدون المحتجزين. كُتبت لهذا العرض التوضيحي.',
    },
    body: {
      en: [
        'The witness, a fictional volunteer, describes how her flat was searched and her phone taken, and why she kept helping families of detainees.',
      ],
      fr: [
        'Le témoin, une bénévole fictive, raconte la perquisition de son appartement, la saisie de son téléphone, et pourquoi elle a continué d’aider les familles de personnes détenues.',
      ],
      es: [
        'La testigo, una voluntaria ficticia, cuenta cómo registraron su piso y le quitaron el teléfono, y por qué siguió ayudando a las familias de las personas detenidas.',
      ],
      ru: [
        'Свидетель, вымышленная волонтёрка, рассказывает, как в её квартире провели обыск и изъяли телефон, и почему она продолжила помогать семьям задержанных.',
      ],
      ar: ['تروي الشاهدة، وهي متطوعة خيالية، كيف فُتّشت شقتها وصودر هاتفها، ولماذا واصلت مساعدة عائلات المحتجزين.'],
    },
    place: { en: 'Homieĺ', fr: 'Homieĺ', es: 'Homieĺ', ru: 'Гомель', ar: 'هوميل' },
    publicName: {
      en: '“Olga” (pseudonym, fictional sample)',
      fr: '«\u202fOlga\u202f» (pseudonyme, exemple fictif)',
      es: '«Olga» (seudónimo, ejemplo ficticio)',
      ru: '«Ольга» (псевдоним, вымышленный пример)',
      ar: '«أولغا» (اسم مستعار، مثال خيالي)',
    },
    contentWarning: { en: '', fr: '', es: '', ru: '', ar: '' },
    excerpt: { en: '', fr: '', es: '', ru: '', ar: '' },
  },
]
