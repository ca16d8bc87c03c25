/**
 * Fixed words printed by the PDF edition, per locale. Content comes from the bundle; only these
 * labels are part of the template. Keep every locale complete: a test checks the keys match.
 */
export type PdfLocale = 'en' | 'fr' | 'es' | 'ru' | 'ar'

export interface PdfLabels {
  contents: string
  headlineFigures: string
  headlineIntro: string
  chart: string
  source: string
  sources: string
  asOf: string
  furtherReading: string
  colophon: string
  publisher: string
  version: string
  date: string
  licence: string
  checksum: string
  checksumNote: string
  contentWarning: string
  testimony: string
  defender: string
  since: string
  sinceUnknown: string
  fallback: string
  draft: string
  draftNote: string
  video: string
  link: string
  chapter: string
  introduction: string
  defenders: string
  testimonies: string
  anonymous: string
  inFigures: string
  imageCredit: string
  /** Opening and closing quotation marks for pull quotes (with the locale's spacing). */
  quoteOpen: string
  quoteClose: string
  /** Shown before the name of a witness whose testimony is summarised (not quoted). */
  witness: string
  /** Marks a testimony's summary as the editors' words, not the witness's. */
  editorsSummary: string
  partners: string
  /** Cover: before the publication date ("Published 15 March 2021"). */
  coverPublished: string
  /** Cover, when the report has no publication date: before the date its content was approved. */
  coverApproved: string
  /** Colophon row names for the same two dates, and the note saying which one is printed. */
  publicationDate: string
  approvalDate: string
  approvalDateNote: string
  /** PDF metadata (Keywords, Subject when the report has no subtitle), in the locale. */
  keywords: string[]
  subject: string
  /** Punctuation the template joins labels with, with the locale's spacing. */
  punct: { colon: string; semicolon: string; comma: string }
  status: Record<string, string>
  kind: Record<string, string>
}

const en: PdfLabels = {
  contents: 'Contents',
  headlineFigures: 'The year in figures',
  headlineIntro: 'Key figures documented in this report, with their sources.',
  chart: 'Figures in this chapter',
  source: 'Source',
  sources: 'Sources',
  asOf: 'as of',
  furtherReading: 'Further reading',
  colophon: 'Colophon',
  publisher: 'Published by',
  version: 'Edition',
  date: 'Date',
  licence: 'Licence',
  checksum: 'Data checksum (SHA-256)',
  checksumNote: 'This checksum identifies the published data set this edition was typeset from.',
  contentWarning: 'Content warning',
  testimony: 'Testimony',
  defender: 'Human rights defender',
  since: 'since',
  sinceUnknown: 'date not known',
  fallback: 'Not yet available in English; shown in the original language.',
  draft: 'DRAFT',
  draftNote: 'Draft for internal review, not approved for publication.',
  video: 'Video',
  link: 'Link',
  chapter: 'Chapter',
  introduction: 'Introduction',
  defenders: 'Human rights defenders',
  testimonies: 'Testimonies',
  anonymous: 'Anonymous witness',
  inFigures: 'In figures',
  imageCredit: 'Image',
  quoteOpen: '“',
  quoteClose: '”',
  witness: 'Witness',
  editorsSummary: 'Summary by the editors',
  partners: 'Partners',
  coverPublished: 'Published',
  coverApproved: 'Content approved on',
  publicationDate: 'Publication date',
  approvalDate: 'Content approved on',
  approvalDateNote: 'No publication date has been set: this is the date the published content was approved.',
  keywords: ['human rights', 'annual report'],
  subject: 'Human rights annual report',
  punct: { colon: ': ', semicolon: '; ', comma: ', ' },
  status: {
    detained: 'Detained',
    'house-arrest': 'Under house arrest',
    'deprived-of-liberty': 'Deprived of liberty',
    convicted: 'Convicted',
    released: 'Released',
    'in-exile': 'In exile',
    'travel-ban': 'Travel ban',
    witness: 'Witness in a criminal investigation',
  },
  kind: { briefing: 'Briefing', report: 'Report', article: 'Article', video: 'Video', campaign: 'Campaign' },
}

const fr: PdfLabels = {
  contents: 'Sommaire',
  headlineFigures: 'L’année en chiffres',
  headlineIntro: 'Les chiffres clés documentés dans ce rapport, avec leurs sources.',
  chart: 'Chiffres de ce chapitre',
  source: 'Source',
  sources: 'Sources',
  asOf: 'au',
  furtherReading: 'Pour aller plus loin',
  colophon: 'Colophon',
  publisher: 'Publié par',
  version: 'Édition',
  date: 'Date',
  licence: 'Licence',
  checksum: 'Empreinte des données (SHA-256)',
  checksumNote: 'Cette empreinte identifie le jeu de données publié à partir duquel cette édition a été composée.',
  contentWarning: 'Avertissement',
  testimony: 'Témoignage',
  defender: 'Défenseur·e des droits humains',
  since: 'depuis le',
  sinceUnknown: 'date inconnue',
  fallback: 'Pas encore traduit en français\u202f; affiché dans la langue d’origine.',
  draft: 'BROUILLON',
  draftNote: 'Brouillon pour relecture interne, non approuvé pour publication.',
  video: 'Vidéo',
  link: 'Lien',
  chapter: 'Chapitre',
  introduction: 'Introduction',
  defenders: 'Défenseur·es des droits humains',
  testimonies: 'Témoignages',
  anonymous: 'Témoin anonyme',
  inFigures: 'En chiffres',
  imageCredit: 'Image',
  quoteOpen: '«\u202f',
  quoteClose: '\u202f»',
  witness: 'Témoin',
  editorsSummary: 'Résumé de la rédaction',
  partners: 'Partenaires',
  coverPublished: 'Publié le',
  coverApproved: 'Contenu approuvé le',
  publicationDate: 'Date de publication',
  approvalDate: 'Contenu approuvé le',
  approvalDateNote: 'Aucune date de publication n’a été fixée\u202f: c’est la date d’approbation du contenu publié.',
  keywords: ['droits humains', 'rapport annuel'],
  subject: 'Rapport annuel sur les droits humains',
  punct: { colon: '\u202f: ', semicolon: '\u202f; ', comma: ', ' },
  status: {
    detained: 'En détention',
    'house-arrest': 'Assigné·e à résidence',
    'deprived-of-liberty': 'Privé·e de liberté',
    convicted: 'Condamné·e',
    released: 'Libéré·e',
    'in-exile': 'En exil',
    'travel-ban': 'Interdiction de voyager',
    witness: 'Témoin dans une enquête pénale',
  },
  kind: { briefing: 'Note d’information', report: 'Rapport', article: 'Article', video: 'Vidéo', campaign: 'Campagne' },
}

const es: PdfLabels = {
  contents: 'Índice',
  headlineFigures: 'El año en cifras',
  headlineIntro: 'Las cifras clave documentadas en este informe, con sus fuentes.',
  chart: 'Cifras de este capítulo',
  source: 'Fuente',
  sources: 'Fuentes',
  asOf: 'a',
  furtherReading: 'Para saber más',
  colophon: 'Colofón',
  publisher: 'Publicado por',
  version: 'Edición',
  date: 'Fecha',
  licence: 'Licencia',
  checksum: 'Suma de verificación de los datos (SHA-256)',
  checksumNote: 'Esta suma identifica el conjunto de datos publicado a partir del cual se compuso esta edición.',
  contentWarning: 'Advertencia',
  testimony: 'Testimonio',
  defender: 'Persona defensora de derechos humanos',
  since: 'desde el',
  sinceUnknown: 'fecha desconocida',
  fallback: 'Aún no disponible en español; se muestra en el idioma original.',
  draft: 'BORRADOR',
  draftNote: 'Borrador para revisión interna, no aprobado para su publicación.',
  video: 'Vídeo',
  link: 'Enlace',
  chapter: 'Capítulo',
  introduction: 'Introducción',
  defenders: 'Personas defensoras de derechos humanos',
  testimonies: 'Testimonios',
  anonymous: 'Testigo anónimo',
  inFigures: 'En cifras',
  imageCredit: 'Imagen',
  quoteOpen: '«',
  quoteClose: '»',
  witness: 'Testigo',
  editorsSummary: 'Resumen de la redacción',
  partners: 'Organizaciones socias',
  coverPublished: 'Publicado el',
  coverApproved: 'Contenido aprobado el',
  publicationDate: 'Fecha de publicación',
  approvalDate: 'Contenido aprobado el',
  approvalDateNote: 'No se ha fijado una fecha de publicación: es la fecha en que se aprobó el contenido publicado.',
  keywords: ['derechos humanos', 'informe anual'],
  subject: 'Informe anual sobre derechos humanos',
  punct: { colon: ': ', semicolon: '; ', comma: ', ' },
  status: {
    detained: 'Detenido/a',
    'house-arrest': 'Bajo arresto domiciliario',
    'deprived-of-liberty': 'Privado/a de libertad',
    convicted: 'Condenado/a',
    released: 'Liberado/a',
    'in-exile': 'En el exilio',
    'travel-ban': 'Prohibición de viajar',
    witness: 'Testigo en una investigación penal',
  },
  kind: { briefing: 'Nota informativa', report: 'Informe', article: 'Artículo', video: 'Vídeo', campaign: 'Campaña' },
}

const ru: PdfLabels = {
  contents: 'Содержание',
  headlineFigures: 'Год в цифрах',
  headlineIntro: 'Ключевые цифры этого доклада и их источники.',
  chart: 'Цифры главы',
  source: 'Источник',
  sources: 'Источники',
  asOf: 'по состоянию на',
  furtherReading: 'Дополнительные материалы',
  colophon: 'Выходные данные',
  publisher: 'Издатель',
  version: 'Издание',
  date: 'Дата',
  licence: 'Лицензия',
  checksum: 'Контрольная сумма данных (SHA-256)',
  checksumNote: 'Контрольная сумма указывает на опубликованный набор данных, по которому свёрстано это издание.',
  contentWarning: 'Предупреждение',
  testimony: 'Свидетельство',
  defender: 'Правозащитник',
  since: 'с',
  sinceUnknown: 'дата неизвестна',
  fallback: 'Перевод на русский ещё не готов; текст приведён на языке оригинала.',
  draft: 'ЧЕРНОВИК',
  draftNote: 'Черновик для внутренней проверки, не утверждён к публикации.',
  video: 'Видео',
  link: 'Ссылка',
  chapter: 'Глава',
  introduction: 'Введение',
  defenders: 'Правозащитники',
  testimonies: 'Свидетельства',
  anonymous: 'Анонимный свидетель',
  inFigures: 'В цифрах',
  imageCredit: 'Изображение',
  quoteOpen: '«',
  quoteClose: '»',
  witness: 'Свидетель',
  editorsSummary: 'Изложение редакции',
  partners: 'Партнёры',
  coverPublished: 'Опубликовано',
  coverApproved: 'Содержание утверждено',
  publicationDate: 'Дата публикации',
  approvalDate: 'Содержание утверждено',
  approvalDateNote: 'Дата публикации не указана: это дата утверждения опубликованного содержания.',
  keywords: ['права человека', 'ежегодный доклад'],
  subject: 'Ежегодный доклад о правах человека',
  punct: { colon: ': ', semicolon: '; ', comma: ', ' },
  status: {
    detained: 'Под стражей',
    'house-arrest': 'Под домашним арестом',
    'deprived-of-liberty': 'Лишён(а) свободы',
    convicted: 'Осуждён(а)',
    released: 'Освобождён(а)',
    'in-exile': 'В эмиграции',
    'travel-ban': 'Запрет на выезд',
    witness: 'Свидетель по уголовному делу',
  },
  kind: { briefing: 'Справка', report: 'Доклад', article: 'Статья', video: 'Видео', campaign: 'Кампания' },
}

const ar: PdfLabels = {
  contents: 'المحتويات',
  headlineFigures: 'العام بالأرقام',
  headlineIntro: 'الأرقام الرئيسية الموثقة في هذا التقرير، مع مصادرها.',
  chart: 'أرقام هذا الفصل',
  source: 'المصدر',
  sources: 'المصادر',
  asOf: 'حتى',
  furtherReading: 'لمزيد من القراءة',
  colophon: 'بيانات النشر',
  publisher: 'الناشر',
  version: 'الإصدار',
  date: 'التاريخ',
  licence: 'الترخيص',
  checksum: 'البصمة الرقمية للبيانات (SHA-256)',
  checksumNote: 'تحدد هذه البصمة مجموعة البيانات المنشورة التي أُعدّت منها هذه النسخة.',
  contentWarning: 'تحذير بشأن المحتوى',
  testimony: 'شهادة',
  defender: 'مدافع عن حقوق الإنسان',
  since: 'منذ',
  sinceUnknown: 'التاريخ غير معروف',
  fallback: 'غير متوفر بالعربية بعد؛ يُعرض بلغته الأصلية.',
  draft: 'مسودة',
  draftNote: 'مسودة للمراجعة الداخلية، غير معتمدة للنشر.',
  video: 'فيديو',
  link: 'رابط',
  chapter: 'الفصل',
  introduction: 'مقدمة',
  defenders: 'المدافعون عن حقوق الإنسان',
  testimonies: 'شهادات',
  anonymous: 'شاهد مجهول الهوية',
  inFigures: 'بالأرقام',
  imageCredit: 'صورة',
  quoteOpen: '«',
  quoteClose: '»',
  witness: 'الشاهد',
  editorsSummary: 'ملخص من إعداد المحررين',
  partners: 'الشركاء',
  coverPublished: 'نُشر في',
  coverApproved: 'اعتُمد المحتوى في',
  publicationDate: 'تاريخ النشر',
  approvalDate: 'تاريخ اعتماد المحتوى',
  approvalDateNote: 'لم يُحدَّد تاريخ للنشر: هذا هو تاريخ اعتماد المحتوى المنشور.',
  keywords: ['حقوق الإنسان', 'التقرير السنوي'],
  subject: 'تقرير سنوي عن حقوق الإنسان',
  punct: { colon: ': ', semicolon: '؛ ', comma: '، ' },
  status: {
    detained: 'قيد الاحتجاز',
    'house-arrest': 'قيد الإقامة الجبرية',
    'deprived-of-liberty': 'محروم من الحرية',
    convicted: 'مُدان',
    released: 'أُفرج عنه',
    'in-exile': 'في المنفى',
    'travel-ban': 'ممنوع من السفر',
    witness: 'شاهد في تحقيق جنائي',
  },
  kind: { briefing: 'إحاطة', report: 'تقرير', article: 'مقال', video: 'فيديو', campaign: 'حملة' },
}

export const PDF_LABELS: Record<PdfLocale, PdfLabels> = { en, fr, es, ru, ar }

/** Typst region/hyphenation settings per locale. */
export const LOCALE_TYPO: Record<PdfLocale, { lang: string; region?: string; dir: 'ltr' | 'rtl' }> = {
  en: { lang: 'en', region: 'GB', dir: 'ltr' },
  fr: { lang: 'fr', dir: 'ltr' },
  es: { lang: 'es', dir: 'ltr' },
  ru: { lang: 'ru', dir: 'ltr' },
  ar: { lang: 'ar', dir: 'rtl' },
}

export function labelsFor(locale: string): PdfLabels {
  const l = PDF_LABELS[locale as PdfLocale]
  if (!l) throw new Error(`No PDF labels for locale "${locale}" (have: ${Object.keys(PDF_LABELS).join(', ')})`)
  return l
}
