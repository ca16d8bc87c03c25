/** The Belarus chapter's text in every locale (own words, facts from the seed), and its structure. */
import type { LocaleCode } from '../model/locales'
import type { Localised } from './content'
import { ORG_HOME } from './content'
import { block, heading, link, paragraph, root, rtl, text } from '../lexical/build'

export const REPORT_TEXT = {
  title: {
    en: 'Annual report 2020',
    fr: 'Rapport annuel 2020',
    es: 'Informe anual 2020',
    ru: 'Ежегодный доклад 2020',
    ar: 'التقرير السنوي 2020',
  } as Localised,
  subtitle: {
    en: 'Torture and the persecution of human rights defenders',
    fr: 'La torture et la persécution des défenseur·es des droits humains',
    es: 'La tortura y la persecución de las personas defensoras de derechos humanos',
    ru: 'Пытки и преследование правозащитников',
    ar: 'التعذيب واضطهاد المدافعين عن حقوق الإنسان',
  } as Localised,
  introduction: {
    en: 'This edition documents a year in which torture became the defining feature of a human rights crisis, and in which the people who document it became targets themselves.',
    fr: 'Cette édition documente une année où la torture est devenue le trait marquant d’une crise des droits humains, et où celles et ceux qui la documentent sont devenu·es à leur tour des cibles.',
    es: 'Esta edición documenta un año en el que la tortura se convirtió en el rasgo definitorio de una crisis de derechos humanos, y en el que quienes la documentan pasaron a ser también blancos.',
    ru: 'Этот выпуск рассказывает о годе, когда пытки стали главной чертой кризиса в области прав человека, а те, кто их документирует, сами оказались под ударом.',
    ar: 'يوثّق هذا العدد عاماً أصبح فيه التعذيب السمة المميزة لأزمة حقوق الإنسان، وأصبح فيه من يوثّقونه هم أنفسهم مستهدفين.',
  } as Localised,
  coverAlt: {
    en: 'Abstract cover artwork: dark blue bands crossed by a thin line of light.',
    fr: 'Illustration abstraite de couverture\u202f: bandes bleu foncé traversées d’une fine ligne de lumière.',
    es: 'Ilustración abstracta de portada: franjas azul oscuro atravesadas por una fina línea de luz.',
    ru: 'Абстрактная обложка: тёмно-синие полосы, пересечённые тонкой линией света.',
    ar: 'عمل فني تجريدي للغلاف: أشرطة زرقاء داكنة يعبرها خط رفيع من الضوء.',
  } as Localised,
}

type ChapterText = {
  title: string
  lead: string
  /** Opening paragraph: 2019, the crackdown, and what 2020 showed of Belarusian society. */
  p0: string
  h1: string
  p1: string
  p2: string
  h2: string
  p3: string
  h3: string
  p4: string
  p5: string
  h4: string
  p6: string
  videoTitle: string
  videoCaption: string
  cta: string
  briefing: string
}

export const CHAPTER_TEXT: Record<LocaleCode, ChapterText> = {
  en: {
    title: 'Belarus: torture as an instrument of repression',
    lead: 'After the disputed election of August 2020, the authorities met peaceful protest with mass arrests and torture, then turned on the human rights defenders who documented it.',
    p0: 'Torture was already widespread in Belarus in 2019, when a harsh crackdown on civil society drew outrage at home and abroad. In 2020 the crisis grew deeper. It showed how cruel the authorities could be; it also showed how strong Belarusian society is, and how many people were ready to mobilise together against torture.',
    h1: 'An election, the streets, and a brutal answer',
    p1: 'The presidential election of 9 August 2020 was marred by irregularities. Hundreds of thousands of Belarusians went out to protest peacefully and to call for political and social change. The acting government replied with extreme violence: around 7,000 demonstrators were arrested in the first three days alone, and between 9 and 14 August detainees were tortured to deter further protest, to extract information, or simply to punish them for their activism.',
    p2: 'The personal accounts of three victims, Vitaly Prokopiev, Nikita Shpakovsky and Anna Soroka, bear witness to this policy of cruelty towards the country’s own citizens.',
    h2: 'Torture, the emblem of the crisis',
    p3: 'Protests went on for the rest of the year; as a harsh winter began and repression grew, they moved from the city centres into local neighbourhoods. Since August 2020, more than 30,000 people have been detained under administrative procedures and over 2,000 politically motivated criminal cases have been opened. Human rights groups have documented an estimated 2,000 cases of torture in the same period. The OMCT considers that the intentional, systematic and widespread character of this torture, combined with a policy of preventing accountability, amounts to crimes against humanity.',
    h3: 'Human rights defenders under attack',
    p4: 'From the autumn of 2020 the government stepped up its attacks on civil society and on human rights defenders in particular. At the time of writing, at least six defenders remain imprisoned or under house arrest on politically motivated charges:',
    p5: 'Other defenders are treated as “witnesses in criminal investigations” or are banned from travelling. Many have had to leave the country after searches and arrests, and those who stay risk arrest every day. Organisations such as our partner Viasna face criminal prosecution themselves.',
    h4: 'Our response',
    p6: 'The OMCT stood closely by its Belarusian partners, Viasna and the International Committee for the Investigation of Torture in Belarus, and intensified its international advocacy for accountability for torture and for the protection of defenders under attack. In September, the European Parliament adopted a resolution on Belarus that drew on information provided by the OMCT.',
    videoTitle: 'Police brutality in Belarus',
    videoCaption:
      'Accounts from victims of police violence, and an interview with Dmitry Kazakov, lead investigator at the Committee Against Torture (Russia).',
    cta: 'Support our work on Belarus',
    briefing: '100 days of an ongoing human rights crisis',
  },
  fr: {
    title: 'Bélarus\u202f: la torture comme instrument de répression',
    lead: 'Après l’élection contestée d’août 2020, les autorités ont répondu aux manifestations pacifiques par des arrestations massives et la torture, avant de s’en prendre aux défenseur·es des droits humains qui les documentaient.',
    p0: 'Dès 2019, la torture était répandue au Bélarus et la répression sévère de la société civile avait suscité l’indignation dans le pays comme à l’étranger. En 2020, la crise s’est aggravée. Elle a montré jusqu’où pouvait aller la cruauté des autorités, mais aussi la force de la société bélarusse et l’ampleur de la mobilisation contre la torture.',
    h1: 'Une élection, la rue et une réponse brutale',
    p1: 'L’élection présidentielle du 9 août 2020 a été entachée d’irrégularités. Des centaines de milliers de Bélarusses sont descendus dans la rue pour manifester pacifiquement et réclamer un changement politique et social. Le gouvernement en place a répondu avec une extrême violence\u202f: environ 7 000 manifestants ont été arrêtés au cours des trois premiers jours, et du 9 au 14 août des personnes détenues ont été torturées pour dissuader de nouvelles manifestations, obtenir des informations ou simplement les punir de leur engagement.',
    p2: 'Les récits personnels de trois victimes, Vitaly Prokopiev, Nikita Shpakovsky et Anna Soroka, témoignent de cette politique de cruauté envers les citoyens du pays.',
    h2: 'La torture, emblème de la crise',
    p3: 'Les manifestations se sont poursuivies jusqu’à la fin de l’année\u202f; avec l’arrivée d’un hiver rigoureux et l’intensification de la répression, elles se sont déplacées vers les quartiers. Depuis août 2020, plus de 30 000 personnes ont été détenues dans le cadre de procédures administratives et plus de 2 000 affaires pénales à motivation politique ont été ouvertes. Les organisations de défense des droits humains ont documenté environ 2 000 cas de torture sur la même période. L’OMCT estime que le caractère intentionnel, systématique et généralisé de cette torture, joint à une politique visant à empêcher toute reddition de comptes, constitue des crimes contre l’humanité.',
    h3: 'Les défenseur·es des droits humains pris·es pour cible',
    p4: 'À partir de l’automne 2020, le gouvernement a intensifié ses attaques contre la société civile, et en particulier contre les défenseur·es des droits humains. À ce jour, au moins six d’entre elles et eux restent emprisonné·es ou assigné·es à résidence pour des motifs politiques\u202f:',
    p5: 'D’autres défenseur·es sont considéré·es comme «\u202ftémoins dans des enquêtes pénales\u202f» ou frappé·es d’une interdiction de voyager. Beaucoup ont dû quitter le pays après des perquisitions et des arrestations, et celles et ceux qui restent risquent chaque jour l’arrestation. Des organisations comme notre partenaire Viasna font elles-mêmes l’objet de poursuites pénales.',
    h4: 'Notre action',
    p6: 'L’OMCT a soutenu étroitement ses partenaires bélarusses, Viasna et le Comité international d’enquête sur la torture au Bélarus, et a renforcé son plaidoyer international pour que les auteurs de torture rendent des comptes et pour la protection des défenseur·es menacé·es. En septembre, le Parlement européen a adopté une résolution sur le Bélarus qui s’appuie sur des informations fournies par l’OMCT.',
    videoTitle: 'Violences policières au Bélarus',
    videoCaption:
      'Témoignages de victimes de violences policières et entretien avec Dmitry Kazakov, enquêteur principal au Comité contre la torture (Russie).',
    cta: 'Soutenez notre action au Bélarus',
    briefing: '100 jours d’une crise des droits humains',
  },
  es: {
    title: 'Bielorrusia: la tortura como instrumento de represión',
    lead: 'Tras las controvertidas elecciones de agosto de 2020, las autoridades respondieron a las protestas pacíficas con detenciones masivas y tortura, y después arremetieron contra las personas defensoras que lo documentaban.',
    p0: 'Ya en 2019 la tortura estaba extendida en Bielorrusia, y la dura represión contra la sociedad civil provocó indignación dentro y fuera del país. En 2020 la crisis se agravó. Dejó ver hasta dónde llegaba la crueldad de las autoridades, pero también la fuerza de la sociedad bielorrusa y su capacidad de movilizarse en masa contra la tortura.',
    h1: 'Unas elecciones, la calle y una respuesta brutal',
    p1: 'Las elecciones presidenciales del 9 de agosto de 2020 estuvieron marcadas por irregularidades. Cientos de miles de personas salieron a la calle para protestar pacíficamente y exigir un cambio político y social. El gobierno en funciones respondió con una violencia extrema: unas 7.000 personas fueron detenidas en los tres primeros días, y entre el 9 y el 14 de agosto se torturó a personas detenidas para disuadir nuevas protestas, obtener información o simplemente castigarlas por su activismo.',
    p2: 'Los relatos personales de tres víctimas, Vitaly Prokopiev, Nikita Shpakovsky y Anna Soroka, dan cuenta de esta política de crueldad contra la propia ciudadanía.',
    h2: 'La tortura, emblema de la crisis',
    p3: 'Las protestas continuaron durante el resto del año; al llegar un invierno muy frío y endurecerse la represión, se trasladaron a los barrios. Desde agosto de 2020, más de 30.000 personas han sido detenidas en procedimientos administrativos y se han abierto más de 2.000 causas penales por motivos políticos. Los grupos de derechos humanos han documentado unos 2.000 casos de tortura en ese periodo. La OMCT considera que el carácter intencional, sistemático y generalizado de esta tortura, unido a una política que impide la rendición de cuentas, constituye crímenes de lesa humanidad.',
    h3: 'Personas defensoras en el punto de mira',
    p4: 'Desde el otoño de 2020, el gobierno intensificó sus ataques contra la sociedad civil y, en especial, contra las personas defensoras de derechos humanos. Hasta la fecha, al menos seis siguen encarceladas o en arresto domiciliario por cargos de motivación política:',
    p5: 'Otras personas defensoras son consideradas «testigos en investigaciones penales» o tienen prohibido viajar. Muchas han tenido que huir del país tras registros y detenciones, y quienes se quedan corren el riesgo de ser detenidas cada día. Organizaciones como nuestra socia Viasna son ellas mismas objeto de persecución penal.',
    h4: 'Nuestra respuesta',
    p6: 'La OMCT acompañó de cerca a sus socios bielorrusos, Viasna y el Comité Internacional para la Investigación de la Tortura en Bielorrusia, e intensificó su incidencia internacional para la rendición de cuentas por la tortura y la protección de las personas defensoras atacadas. En septiembre, el Parlamento Europeo aprobó una resolución sobre Bielorrusia que incluía información aportada por la OMCT.',
    videoTitle: 'Brutalidad policial en Bielorrusia',
    videoCaption:
      'Testimonios de víctimas de violencia policial y entrevista con Dmitry Kazakov, investigador principal del Comité contra la Tortura (Rusia).',
    cta: 'Apoye nuestro trabajo sobre Bielorrusia',
    briefing: '100 días de una crisis de derechos humanos',
  },
  ru: {
    title: 'Беларусь: пытки как инструмент репрессий',
    lead: 'После спорных выборов в августе 2020 года власти ответили на мирные протесты массовыми арестами и пытками, а затем обрушились на правозащитников, которые это документировали.',
    p0: 'Уже в 2019 году пытки в Беларуси были широко распространены, а жёсткие репрессии против гражданского общества вызвали возмущение в стране и за рубежом. В 2020 году кризис углубился. Он показал, насколько жестокими могут быть власти, но и то, насколько сильно белорусское общество и как много людей готовы вместе выступить против пыток.',
    h1: 'Выборы, улица и жестокий ответ',
    p1: 'Президентские выборы 9 августа 2020 года прошли с нарушениями. Сотни тысяч белорусов вышли на мирные протесты, требуя политических и социальных перемен. Действующая власть ответила крайней жестокостью: только за первые три дня было арестовано около 7000 демонстрантов, а с 9 по 14 августа задержанных пытали, чтобы предотвратить новые протесты, получить информацию или просто наказать за гражданскую активность.',
    p2: 'Личные свидетельства трёх пострадавших — Виталия Прокопьева, Никиты Шпаковского и Анны Сороки — показывают эту политику жестокости по отношению к собственным гражданам.',
    h2: 'Пытки — символ кризиса',
    p3: 'Протесты продолжались до конца года; с наступлением холодной зимы и усилением репрессий они переместились в жилые кварталы. С августа 2020 года более 30 000 человек были задержаны в административном порядке и возбуждено свыше 2000 политически мотивированных уголовных дел. Правозащитные группы задокументировали за этот период около 2000 случаев пыток. ВОПП считает, что умышленный, систематический и массовый характер этих пыток вместе с политикой, препятствующей привлечению виновных к ответственности, позволяет квалифицировать происходящее как преступления против человечности.',
    h3: 'Правозащитники под ударом',
    p4: 'С осени 2020 года власти усилили давление на гражданское общество, и прежде всего на правозащитников. На сегодняшний день по меньшей мере шесть правозащитников остаются в заключении или под домашним арестом по политически мотивированным обвинениям:',
    p5: 'Других правозащитников считают «свидетелями по уголовным делам» или запрещают им выезд из страны. Многие были вынуждены уехать после обысков и арестов, а оставшиеся каждый день рискуют быть задержанными. Организации, такие как наш партнёр «Весна», сами подвергаются уголовному преследованию.',
    h4: 'Наши действия',
    p6: 'ВОПП тесно поддерживала своих белорусских партнёров — «Весну» и Международный комитет по расследованию пыток в Беларуси — и усилила международную адвокацию за привлечение к ответственности за пытки и за защиту правозащитников. В сентябре Европейский парламент принял резолюцию по Беларуси, в которой использована информация ВОПП.',
    videoTitle: 'Полицейское насилие в Беларуси',
    videoCaption:
      'Свидетельства пострадавших от полицейского насилия и интервью с Дмитрием Казаковым, ведущим следователем Комитета против пыток (Россия).',
    cta: 'Поддержите нашу работу по Беларуси',
    briefing: '100 дней продолжающегося кризиса в области прав человека',
  },
  ar: {
    title: 'بيلاروس: التعذيب أداةً للقمع',
    lead: 'بعد الانتخابات المتنازع عليها في آب/أغسطس 2020، ردّت السلطات على الاحتجاجات السلمية بالاعتقالات الجماعية والتعذيب، ثم انقلبت على المدافعين عن حقوق الإنسان الذين وثّقوا ذلك.',
    p0: 'كان التعذيب منتشراً في بيلاروس منذ عام 2019، حين أثارت حملة قمع قاسية على المجتمع المدني استنكاراً داخل البلاد وخارجها. وفي عام 2020 تعمّقت الأزمة، فكشفت مدى قسوة السلطات، لكنها كشفت أيضاً قوة المجتمع البيلاروسي واستعداد أعداد كبيرة من الناس للتعبئة معاً ضد التعذيب.',
    h1: 'انتخابات وشارع وردّ وحشي',
    p1: 'شابت المخالفاتُ الانتخاباتِ الرئاسية التي جرت في 9 آب/أغسطس 2020. خرج مئات الآلاف من البيلاروسيين للاحتجاج سلمياً والمطالبة بتغيير سياسي واجتماعي. وردّت الحكومة القائمة بعنف شديد: اعتُقل نحو 7000 متظاهر في الأيام الثلاثة الأولى وحدها، وبين 9 و14 آب/أغسطس تعرّض المحتجزون للتعذيب لردع احتجاجات جديدة أو لانتزاع معلومات أو لمجرد معاقبتهم على نشاطهم المدني.',
    p2: 'تشهد الروايات الشخصية لثلاثة من الضحايا، فيتالي بروكوبييف ونيكيتا شباكوفسكي وآنا سوروكا، على سياسة القسوة هذه تجاه مواطني البلد.',
    h2: 'التعذيب رمزاً للأزمة',
    p3: 'استمرت الاحتجاجات حتى نهاية العام؛ ومع حلول شتاء قارس واشتداد القمع انتقلت إلى الأحياء السكنية. ومنذ آب/أغسطس 2020 احتُجز أكثر من 30000 شخص بموجب إجراءات إدارية وفُتحت أكثر من 2000 قضية جنائية ذات دوافع سياسية. ووثّقت مجموعات حقوق الإنسان نحو 2000 حالة تعذيب خلال الفترة نفسها. وترى المنظمة العالمية لمناهضة التعذيب أن الطابع المتعمّد والممنهج والواسع النطاق لهذا التعذيب، مقروناً بسياسة تحول دون المساءلة، يرقى إلى جرائم ضد الإنسانية.',
    h3: 'المدافعون عن حقوق الإنسان في مرمى الاستهداف',
    p4: 'منذ خريف 2020 صعّدت الحكومة هجماتها على المجتمع المدني، ولا سيما على المدافعين عن حقوق الإنسان. وحتى تاريخه، لا يزال ستة منهم على الأقل مسجونين أو قيد الإقامة الجبرية بتهم ذات دوافع سياسية:',
    p5: 'ويُعامل مدافعون آخرون بوصفهم «شهوداً في تحقيقات جنائية» أو يُمنعون من السفر. واضطر كثيرون إلى مغادرة البلاد بعد عمليات تفتيش واعتقال، ومن بقي منهم يواجه خطر الاعتقال كل يوم. كما تتعرض منظمات مثل شريكتنا «فياسنا» نفسها للملاحقة الجنائية.',
    h4: 'استجابتنا',
    p6: 'وقفت المنظمة العالمية لمناهضة التعذيب إلى جانب شريكيها البيلاروسيين، «فياسنا» واللجنة الدولية للتحقيق في التعذيب في بيلاروس، وكثّفت مناصرتها الدولية من أجل المساءلة عن جرائم التعذيب وحماية المدافعين المستهدفين. وفي أيلول/سبتمبر اعتمد البرلمان الأوروبي قراراً بشأن بيلاروس تضمّن معلومات قدّمتها المنظمة.',
    videoTitle: 'وحشية الشرطة في بيلاروس',
    videoCaption: 'شهادات ضحايا عنف الشرطة ومقابلة مع دميتري كازاكوف، كبير المحققين في لجنة مناهضة التعذيب (روسيا).',
    cta: 'ادعموا عملنا بشأن بيلاروس',
    briefing: '100 يوم من أزمة مستمرة في مجال حقوق الإنسان',
  },
}

/**
 * The names in the "response" paragraph, as each locale writes them: the publishing organisation
 * (linked to its home page) and its two partners (in bold), so the demo shows the editor's inline
 * formatting travelling through translation, the bundle and the editions.
 */
const RESPONSE_NAMES: Localised<{ org: string; partners: [string, string] }> = {
  en: { org: 'OMCT', partners: ['Viasna', 'International Committee for the Investigation of Torture in Belarus'] },
  fr: { org: 'OMCT', partners: ['Viasna', 'Comité international d’enquête sur la torture au Bélarus'] },
  es: { org: 'OMCT', partners: ['Viasna', 'Comité Internacional para la Investigación de la Tortura en Bielorrusia'] },
  ru: { org: 'ВОПП', partners: ['Весну', 'Международный комитет по расследованию пыток в Беларуси'] },
  ar: {
    org: 'المنظمة العالمية لمناهضة التعذيب',
    partners: ['فياسنا', 'اللجنة الدولية للتحقيق في التعذيب في بيلاروس'],
  },
}

/** `sentence` with the first occurrence of each phrase marked (a link or bold); every phrase must occur. */
function marked(sentence: string, marks: Array<{ phrase: string; url?: string }>) {
  const out: Array<ReturnType<typeof text>> = []
  let rest = sentence
  for (const { phrase, url } of marks) {
    const at = rest.indexOf(phrase)
    if (at < 0) throw new Error(`The demo text lost "${phrase}": ${sentence}`)
    if (at > 0) out.push(text(rest.slice(0, at)))
    out.push(url ? link(url, phrase) : text(phrase, 'bold'))
    rest = rest.slice(at + phrase.length)
  }
  if (rest) out.push(text(rest))
  return out
}

const responseParagraph = (locale: LocaleCode) => {
  const { org, partners } = RESPONSE_NAMES[locale]
  const t = CHAPTER_TEXT[locale].p6
  return paragraph(...marked(t, [{ phrase: org, url: ORG_HOME }, { phrase: partners[0] }, { phrase: partners[1] }]))
}

export type ChapterRefs = {
  statistics: Record<string, number | string>
  testimonies: Record<string, number | string>
  defenders: Record<string, number | string>
}

/** The chapter body for one locale: same structure and embeds in every language. */
export function chapterBody(locale: LocaleCode, refs: ChapterRefs) {
  const t = CHAPTER_TEXT[locale]
  const doc = root(
    paragraph(t.p0),
    heading(2, t.h1),
    paragraph(t.p1),
    block('statistic', { statistic: refs.statistics['arrests-first-days'] }),
    paragraph(t.p2),
    heading(2, t.h2),
    paragraph(t.p3),
    block('statistic', { statistic: refs.statistics['torture-cases'] }),
    block('testimonyQuote', { testimony: refs.testimonies['sample-detention'] }),
    heading(2, t.h3),
    paragraph(t.p4),
    // Their cards, where the sentence introduces them: each defender once (no list of names too).
    ...Object.values(refs.defenders).map((id) => block('defenderCard', { defender: id })),
    paragraph(t.p5),
    heading(2, t.h4),
    responseParagraph(locale),
    block('video', { url: ORG_HOME, title: t.videoTitle, caption: t.videoCaption }),
    block('callToAction', { label: t.cta, url: ORG_HOME, kind: 'support' }),
  )
  return locale === 'ar' ? rtl(doc) : doc
}

/** Further reading: the briefing. (The video is in the body; listing it again would repeat it.) */
export const FURTHER_READING = (locale: LocaleCode) => [
  { title: CHAPTER_TEXT[locale].briefing, url: ORG_HOME, kind: 'briefing' as const },
]
