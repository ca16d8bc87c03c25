/**
 * Demo content: the 2020 annual report's Belarus chapter, from the facts of
 * ../shared/seeds/annual-report-2020-belarus.txt, written in our own words.
 *
 * Ethics: the six defenders are real people. Their entries hold only what the seed states (name,
 * organisation, role, that they were still imprisoned or under house arrest on politically
 * motivated charges). Where the seed is silent (which of them is detained and which under house
 * arrest, since when, the charges) the profile says "not known" instead of guessing. The seed names
 * three people whose testimonies illustrate the chapter; we do not write words for them. The sample
 * testimonies below are fictional and say so.
 *
 * The seed gives no web addresses: the demo links point to the publishing organisation's home page.
 */
import type { LocaleCode } from '../model/locales'

export type Localised<T = string> = Record<LocaleCode, T>

export const ORG_HOME = 'https://www.omct.org/'

export const organisations = [
  {
    key: 'omct',
    acronym: 'OMCT',
    kind: 'source' as const,
    country: 'CH',
    website: 'https://www.omct.org/',
    name: {
      en: 'World Organisation Against Torture',
      fr: 'Organisation mondiale contre la torture',
      es: 'Organización Mundial Contra la Tortura',
      ru: 'Всемирная организация против пыток',
      ar: 'المنظمة العالمية لمناهضة التعذيب',
    },
    description: {
      en: 'The publisher of this report: a global network of organisations working against torture.',
      fr: 'L’éditeur de ce rapport\u202f: un réseau mondial d’organisations qui luttent contre la torture.',
      es: 'La editora de este informe: una red mundial de organizaciones que luchan contra la tortura.',
      ru: 'Издатель этого доклада: глобальная сеть организаций, борющихся против пыток.',
      ar: 'ناشر هذا التقرير: شبكة عالمية من المنظمات التي تعمل ضد التعذيب.',
    },
  },
  {
    key: 'viasna',
    acronym: 'Viasna',
    kind: 'partner' as const,
    country: 'BY',
    website: 'https://spring96.org/',
    name: {
      en: 'Human Rights Center “Viasna”',
      fr: 'Centre des droits humains «\u202fViasna\u202f»',
      es: 'Centro de Derechos Humanos «Viasna»',
      ru: 'Правозащитный центр «Весна»',
      ar: 'مركز حقوق الإنسان «فياسنا»',
    },
    description: {
      en: 'Belarusian human rights organisation and partner of the OMCT, itself under criminal prosecution.',
      fr: 'Organisation bélarusse de défense des droits humains, partenaire de l’OMCT, elle-même poursuivie pénalement.',
      es: 'Organización bielorrusa de derechos humanos, socia de la OMCT, ella misma objeto de persecución penal.',
      ru: 'Белорусская правозащитная организация, партнёр ВОПП, сама подвергающаяся уголовному преследованию.',
      ar: 'منظمة بيلاروسية لحقوق الإنسان وشريكة للمنظمة العالمية لمناهضة التعذيب، تخضع هي نفسها للملاحقة الجنائية.',
    },
  },
  {
    key: 'icit',
    acronym: null,
    kind: 'partner' as const,
    country: 'BY',
    website: null,
    name: {
      en: 'International Committee for the Investigation of Torture in Belarus',
      fr: 'Comité international d’enquête sur la torture au Bélarus',
      es: 'Comité Internacional para la Investigación de la Tortura en Bielorrusia',
      ru: 'Международный комитет по расследованию пыток в Беларуси',
      ar: 'اللجنة الدولية للتحقيق في التعذيب في بيلاروس',
    },
    description: {
      en: 'Belarusian partner of the OMCT documenting torture since August 2020.',
      fr: 'Partenaire bélarusse de l’OMCT qui documente la torture depuis août 2020.',
      es: 'Socio bielorruso de la OMCT que documenta la tortura desde agosto de 2020.',
      ru: 'Белорусский партнёр ВОПП, документирующий пытки с августа 2020 года.',
      ar: 'شريك بيلاروسي للمنظمة العالمية لمناهضة التعذيب يوثّق التعذيب منذ آب/أغسطس 2020.',
    },
  },
  {
    key: 'disability-office',
    acronym: null,
    kind: 'institution' as const,
    country: 'BY',
    website: null,
    name: {
      en: 'Office for the Rights of Persons with Disabilities',
      fr: 'Bureau pour les droits des personnes handicapées',
      es: 'Oficina por los Derechos de las Personas con Discapacidad',
      ru: 'Офис по правам людей с инвалидностью',
      ar: 'مكتب حقوق الأشخاص ذوي الإعاقة',
    },
    description: {
      en: 'Belarusian organisation defending the rights of persons with disabilities.',
      fr: 'Organisation bélarusse de défense des droits des personnes handicapées.',
      es: 'Organización bielorrusa que defiende los derechos de las personas con discapacidad.',
      ru: 'Белорусская организация, защищающая права людей с инвалидностью.',
      ar: 'منظمة بيلاروسية تدافع عن حقوق الأشخاص ذوي الإعاقة.',
    },
  },
  {
    key: 'european-parliament',
    acronym: 'EP',
    kind: 'institution' as const,
    country: null,
    website: null,
    name: {
      en: 'European Parliament',
      fr: 'Parlement européen',
      es: 'Parlamento Europeo',
      ru: 'Европейский парламент',
      ar: 'البرلمان الأوروبي',
    },
    description: {
      en: 'Adopted a resolution on Belarus in September 2020 that drew on information from the OMCT.',
      fr: 'A adopté en septembre 2020 une résolution sur le Bélarus s’appuyant sur des informations de l’OMCT.',
      es: 'Aprobó en septiembre de 2020 una resolución sobre Bielorrusia basada en información de la OMCT.',
      ru: 'В сентябре 2020 года принял резолюцию по Беларуси, в которой использована информация ВОПП.',
      ar: 'اعتمد في أيلول/سبتمبر 2020 قراراً بشأن بيلاروس استند إلى معلومات قدّمتها المنظمة العالمية لمناهضة التعذيب.',
    },
  },
]

export type StatisticSeed = {
  key: string
  value: number
  qualifier: 'exact' | 'approximately' | 'more-than' | 'at-least' | 'estimated' | 'up-to'
  period: { from: string; to: string | null }
  headline: boolean
  label: Localised
  unit: Localised
}

const METHOD: Localised = {
  en: 'Figure as stated in the OMCT annual report 2020, based on documentation by Belarusian human rights groups.',
  fr: 'Chiffre tel qu’indiqué dans le rapport annuel 2020 de l’OMCT, sur la base de la documentation des groupes bélarusses de défense des droits humains.',
  es: 'Cifra indicada en el informe anual 2020 de la OMCT, basada en la documentación de grupos bielorrusos de derechos humanos.',
  ru: 'Данные ежегодного доклада ВОПП за 2020 год, основанные на документации белорусских правозащитных групп.',
  ar: 'رقم كما ورد في التقرير السنوي للمنظمة العالمية لمناهضة التعذيب لعام 2020، استناداً إلى توثيق مجموعات حقوق الإنسان البيلاروسية.',
}
export const STATISTIC_METHODOLOGY = METHOD
export const STATISTIC_AS_OF = '2020-12-31'
export const SOURCE_TITLE: Localised = {
  en: 'OMCT annual report 2020',
  fr: 'Rapport annuel 2020 de l’OMCT',
  es: 'Informe anual 2020 de la OMCT',
  ru: 'Ежегодный доклад ВОПП за 2020 год',
  ar: 'التقرير السنوي للمنظمة العالمية لمناهضة التعذيب لعام 2020',
}

export const statistics: StatisticSeed[] = [
  {
    key: 'torture-cases',
    value: 2000,
    qualifier: 'estimated',
    period: { from: '2020-08-09', to: null },
    headline: true,
    label: {
      en: 'documented cases of torture since August 2020',
      fr: 'cas de torture documentés depuis août 2020',
      es: 'casos de tortura documentados desde agosto de 2020',
      ru: 'задокументированных случаев пыток с августа 2020 года',
      ar: 'حالة تعذيب موثّقة منذ آب/أغسطس 2020',
    },
    unit: { en: 'cases', fr: 'cas', es: 'casos', ru: 'случаев', ar: 'حالة' },
  },
  {
    key: 'detained',
    value: 30000,
    qualifier: 'more-than',
    period: { from: '2020-08-09', to: null },
    headline: true,
    label: {
      en: 'citizens detained under administrative procedures since August 2020',
      fr: 'citoyens détenus dans le cadre de procédures administratives depuis août 2020',
      es: 'ciudadanos detenidos en procedimientos administrativos desde agosto de 2020',
      ru: 'граждан задержаны в административном порядке с августа 2020 года',
      ar: 'مواطن احتُجزوا بموجب إجراءات إدارية منذ آب/أغسطس 2020',
    },
    unit: { en: 'people', fr: 'personnes', es: 'personas', ru: 'человек', ar: 'شخص' },
  },
  {
    key: 'defenders-detained',
    value: 6,
    qualifier: 'at-least',
    period: { from: '2020-09-01', to: null },
    headline: true,
    label: {
      en: 'human rights defenders still imprisoned or under house arrest on politically motivated charges',
      fr: 'défenseur·es des droits humains toujours emprisonné·es ou assigné·es à résidence pour des motifs politiques',
      es: 'personas defensoras de derechos humanos aún encarceladas o en arresto domiciliario por cargos de motivación política',
      ru: 'правозащитников остаются в заключении или под домашним арестом по политически мотивированным обвинениям',
      ar: 'من المدافعين عن حقوق الإنسان ما زالوا مسجونين أو قيد الإقامة الجبرية بتهم ذات دوافع سياسية',
    },
    unit: { en: 'people', fr: 'personnes', es: 'personas', ru: 'человек', ar: 'شخص' },
  },
  {
    key: 'arrests-first-days',
    value: 7000,
    qualifier: 'approximately',
    period: { from: '2020-08-09', to: '2020-08-11' },
    headline: false,
    label: {
      en: 'demonstrators arrested in the first three days of the protests',
      fr: 'manifestants arrêtés pendant les trois premiers jours des manifestations',
      es: 'manifestantes detenidos en los tres primeros días de las protestas',
      ru: 'демонстрантов арестованы за первые три дня протестов',
      ar: 'متظاهر اعتُقلوا خلال الأيام الثلاثة الأولى من الاحتجاجات',
    },
    unit: { en: 'people', fr: 'personnes', es: 'personas', ru: 'человек', ar: 'شخص' },
  },
  {
    key: 'criminal-cases',
    value: 2000,
    qualifier: 'more-than',
    period: { from: '2020-08-09', to: null },
    headline: false,
    label: {
      en: 'politically motivated criminal cases opened since August 2020',
      fr: 'affaires pénales à motivation politique ouvertes depuis août 2020',
      es: 'causas penales por motivos políticos abiertas desde agosto de 2020',
      ru: 'политически мотивированных уголовных дел возбуждено с августа 2020 года',
      ar: 'قضية جنائية ذات دوافع سياسية فُتحت منذ آب/أغسطس 2020',
    },
    unit: { en: 'cases', fr: 'affaires', es: 'causas', ru: 'дел', ar: 'قضية' },
  },
]

const NOT_KNOWN_CHARGES: Localised = {
  en: 'Politically motivated charges; the report does not detail them.',
  fr: 'Accusations à motivation politique\u202f; le rapport ne les détaille pas.',
  es: 'Cargos de motivación política; el informe no los detalla.',
  ru: 'Политически мотивированные обвинения; в докладе они не уточняются.',
  ar: 'تهم ذات دوافع سياسية؛ لا يفصّلها التقرير.',
}
export const DEFENDER_CHARGES = NOT_KNOWN_CHARGES

export type DefenderSeed = { key: string; organisation: string; name: Localised; role: Localised }

const viasnaVolunteer: Localised = {
  en: 'Volunteer, Human Rights Center “Viasna”',
  fr: 'Bénévole, Centre des droits humains «\u202fViasna\u202f»',
  es: 'Voluntario/a, Centro de Derechos Humanos «Viasna»',
  ru: 'Волонтёр, Правозащитный центр «Весна»',
  ar: 'متطوّع(ة)، مركز حقوق الإنسان «فياسنا»',
}

export const defenders: DefenderSeed[] = [
  {
    key: 'rabkova',
    organisation: 'viasna',
    name: { en: 'Marfa Rabkova', fr: 'Marfa Rabkova', es: 'Marfa Rabkova', ru: 'Марфа Рабкова', ar: 'مارفا رابكوفا' },
    role: {
      en: 'Coordinator of volunteer services, Human Rights Center “Viasna”',
      fr: 'Coordinatrice des services bénévoles, Centre des droits humains «\u202fViasna\u202f»',
      es: 'Coordinadora del servicio de voluntariado, Centro de Derechos Humanos «Viasna»',
      ru: 'Координатор волонтёрской службы Правозащитного центра «Весна»',
      ar: 'منسّقة خدمات المتطوعين، مركز حقوق الإنسان «فياسنا»',
    },
  },
  {
    key: 'lasitsa',
    organisation: 'viasna',
    name: {
      en: 'Tatsiana Lasitsa',
      fr: 'Tatsiana Lasitsa',
      es: 'Tatsiana Lasitsa',
      ru: 'Татьяна Ласица',
      ar: 'تاتسيانا لاسيتسا',
    },
    role: viasnaVolunteer,
  },
  {
    key: 'chapuk',
    organisation: 'viasna',
    name: { en: 'Andrey Chapuk', fr: 'Andrey Chapuk', es: 'Andrey Chapuk', ru: 'Андрей Чапюк', ar: 'أندريه تشابوك' },
    role: viasnaVolunteer,
  },
  {
    key: 'drazdouski',
    organisation: 'disability-office',
    name: {
      en: 'Siarhei Drazdouski',
      fr: 'Siarhei Drazdouski',
      es: 'Siarhei Drazdouski',
      ru: 'Сергей Дроздовский',
      ar: 'سيارهي درازدوسكي',
    },
    role: {
      en: 'Director, Office for the Rights of Persons with Disabilities',
      fr: 'Directeur, Bureau pour les droits des personnes handicapées',
      es: 'Director, Oficina por los Derechos de las Personas con Discapacidad',
      ru: 'Директор Офиса по правам людей с инвалидностью',
      ar: 'مدير مكتب حقوق الأشخاص ذوي الإعاقة',
    },
  },
  {
    key: 'hrableuski',
    organisation: 'disability-office',
    name: {
      en: 'Aleh Hrableuski',
      fr: 'Aleh Hrableuski',
      es: 'Aleh Hrableuski',
      ru: 'Олег Граблевский',
      ar: 'أليه هرابليوسكي',
    },
    role: {
      en: 'Legal counsellor, Office for the Rights of Persons with Disabilities',
      fr: 'Conseiller juridique, Bureau pour les droits des personnes handicapées',
      es: 'Asesor jurídico, Oficina por los Derechos de las Personas con Discapacidad',
      ru: 'Юрисконсульт Офиса по правам людей с инвалидностью',
      ar: 'مستشار قانوني، مكتب حقوق الأشخاص ذوي الإعاقة',
    },
  },
  {
    key: 'sudalenka',
    organisation: 'viasna',
    name: {
      en: 'Leanid Sudalenka',
      fr: 'Leanid Sudalenka',
      es: 'Leanid Sudalenka',
      ru: 'Леонид Судаленко',
      ar: 'ليانيد سودالينكا',
    },
    role: {
      en: 'Lawyer, Homieĺ branch of the Human Rights Center “Viasna”',
      fr: 'Juriste, antenne de Homieĺ du Centre des droits humains «\u202fViasna\u202f»',
      es: 'Abogado, delegación de Homieĺ del Centro de Derechos Humanos «Viasna»',
      ru: 'Юрист Гомельского отделения Правозащитного центра «Весна»',
      ar: 'محامٍ، فرع هوميل لمركز حقوق الإنسان «فياسنا»',
    },
  },
]

export const DEFENDER_BIOGRAPHY: Localised = {
  en: 'Named in the OMCT annual report 2020 among the human rights defenders still imprisoned or under house arrest on politically motivated charges. The report does not say which form of deprivation of liberty applies, or since when.',
  fr: 'Cité·e dans le rapport annuel 2020 de l’OMCT parmi les défenseur·es des droits humains toujours emprisonné·es ou assigné·es à résidence pour des motifs politiques. Le rapport ne précise ni la forme de la privation de liberté ni sa date.',
  es: 'Mencionado/a en el informe anual 2020 de la OMCT entre las personas defensoras aún encarceladas o en arresto domiciliario por cargos de motivación política. El informe no precisa la forma de privación de libertad ni desde cuándo.',
  ru: 'Упомянут(а) в ежегодном докладе ВОПП за 2020 год среди правозащитников, остающихся в заключении или под домашним арестом по политически мотивированным обвинениям. В докладе не уточняется форма лишения свободы и с какого времени.',
  ar: 'ورد اسمه/اسمها في التقرير السنوي للمنظمة العالمية لمناهضة التعذيب لعام 2020 ضمن المدافعين عن حقوق الإنسان الذين ما زالوا مسجونين أو قيد الإقامة الجبرية بتهم ذات دوافع سياسية. لا يحدد التقرير شكل الحرمان من الحرية ولا تاريخه.',
}
