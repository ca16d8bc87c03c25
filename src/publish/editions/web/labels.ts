/**
 * Fixed words of the web edition, per locale. The words it shares with the PDF edition (statuses,
 * "Source", quotation marks, "Anonymous witness"...) come from the PDF labels, so both editions
 * say the same thing; only what a web page needs in addition is here. Keep every locale complete:
 * a test checks the keys match. French labels carry a narrow no-break space (U+202F) before
 * : ; ? ! as French typography asks.
 */
import { labelsFor as pdfLabelsFor, type PdfLabels } from '../pdf/labels'
import { INTL_LOCALE } from '../../bundle/format'
import type { BundleLocale } from '../../bundle/schema'

export interface WebOnlyLabels {
  skip: string
  language: string
  home: string
  notes: string
  noteRef: string
  backToRef: string
  readChapter: string
  allTestimonies: string
  allDefenders: string
  profile: string
  partners: string
  involved: string
  editorsSummary: string
  testimonyOf: string
  playVideo: string
  videoLeaves: string
  videoEmbed: string
  duration: string
  downloadPdf: string
  timeline: string
  charges: string
  chartTitle: string
  tableCaption: string
  colFigure: string
  colWhat: string
  colAsOf: string
  colPeriod: string
  approvedOn: string
  colSource: string
  unit: string
  aboutEdition: string
  onThisPage: string
  previewOnly: string
  chooseLanguage: string
  website: string
}

export type WebLabels = PdfLabels & WebOnlyLabels

const en: WebOnlyLabels = {
  skip: 'Skip to the content',
  language: 'Language',
  home: 'Report home',
  notes: 'Notes',
  noteRef: 'Note',
  backToRef: 'Back to the text',
  readChapter: 'Read the chapter',
  allTestimonies: 'All testimonies',
  allDefenders: 'All human rights defenders',
  profile: 'Profile',
  partners: 'Partners',
  involved: 'Get involved',
  editorsSummary: 'Summary by the editors',
  testimonyOf: 'Testimony of',
  playVideo: 'Play the video',
  videoLeaves: 'Opens {host}. Nothing is loaded from that site until you choose to play.',
  videoEmbed: 'Plays from {host}, which then sees your visit. Nothing is loaded before you press play.',
  duration: 'Duration',
  downloadPdf: 'Download the PDF edition',
  timeline: 'Timeline',
  charges: 'Charges',
  chartTitle: 'The figures compared',
  tableCaption: 'The figures of this chapter, with their sources',
  colFigure: 'Figure',
  colWhat: 'What is counted',
  colAsOf: 'As of',
  colPeriod: 'Period',
  approvedOn: 'content approved on',
  colSource: 'Source',
  unit: 'Unit',
  aboutEdition: 'About this edition',
  onThisPage: 'In this chapter',
  previewOnly: 'Preview of unapproved drafts: not published, not for sharing.',
  chooseLanguage: 'Choose a language',
  website: 'Website',
}

const fr: WebOnlyLabels = {
  skip: 'Aller au contenu',
  language: 'Langue',
  home: 'Accueil du rapport',
  notes: 'Notes',
  noteRef: 'Note',
  backToRef: 'Retour au texte',
  readChapter: 'Lire le chapitre',
  allTestimonies: 'Tous les témoignages',
  allDefenders: 'Tous les défenseurs et défenseures des droits humains',
  profile: 'Profil',
  partners: 'Partenaires',
  involved: 'Agir avec nous',
  editorsSummary: 'Résumé de la rédaction',
  testimonyOf: 'Témoignage de',
  playVideo: 'Lire la vidéo',
  videoLeaves: 'Ouvre {host}. Rien n’est chargé depuis ce site avant que vous ne choisissiez de lire la vidéo.',
  videoEmbed: 'Lue depuis {host}, qui voit alors votre visite. Rien n’est chargé avant que vous ne lanciez la lecture.',
  duration: 'Durée',
  downloadPdf: 'Télécharger l’édition PDF',
  timeline: 'Chronologie',
  charges: 'Chefs d’accusation',
  chartTitle: 'Les chiffres comparés',
  tableCaption: 'Les chiffres de ce chapitre, avec leurs sources',
  colFigure: 'Chiffre',
  colWhat: 'Ce qui est compté',
  colAsOf: 'Au',
  colPeriod: 'Période',
  approvedOn: 'contenu approuvé le',
  colSource: 'Source',
  unit: 'Unité',
  aboutEdition: 'À propos de cette édition',
  onThisPage: 'Dans ce chapitre',
  previewOnly: 'Aperçu de brouillons non approuvés\u202f: non publié, à ne pas diffuser.',
  chooseLanguage: 'Choisir une langue',
  website: 'Site web',
}

const es: WebOnlyLabels = {
  skip: 'Ir al contenido',
  language: 'Idioma',
  home: 'Inicio del informe',
  notes: 'Notas',
  noteRef: 'Nota',
  backToRef: 'Volver al texto',
  readChapter: 'Leer el capítulo',
  allTestimonies: 'Todos los testimonios',
  allDefenders: 'Todas las personas defensoras de derechos humanos',
  profile: 'Perfil',
  partners: 'Organizaciones socias',
  involved: 'Participe',
  editorsSummary: 'Resumen de la redacción',
  testimonyOf: 'Testimonio de',
  playVideo: 'Reproducir el vídeo',
  videoLeaves: 'Abre {host}. No se carga nada de ese sitio hasta que decida reproducirlo.',
  videoEmbed: 'Se reproduce desde {host}, que entonces ve su visita. No se carga nada antes de pulsar reproducir.',
  duration: 'Duración',
  downloadPdf: 'Descargar la edición en PDF',
  timeline: 'Cronología',
  charges: 'Cargos',
  chartTitle: 'Las cifras comparadas',
  tableCaption: 'Las cifras de este capítulo, con sus fuentes',
  colFigure: 'Cifra',
  colWhat: 'Qué se cuenta',
  colAsOf: 'A fecha de',
  colPeriod: 'Periodo',
  approvedOn: 'contenido aprobado el',
  colSource: 'Fuente',
  unit: 'Unidad',
  aboutEdition: 'Sobre esta edición',
  onThisPage: 'En este capítulo',
  previewOnly: 'Vista previa de borradores no aprobados: no publicada, no la difunda.',
  chooseLanguage: 'Elija un idioma',
  website: 'Sitio web',
}

const ru: WebOnlyLabels = {
  skip: 'Перейти к содержанию',
  language: 'Язык',
  home: 'Главная страница доклада',
  notes: 'Примечания',
  noteRef: 'Примечание',
  backToRef: 'Вернуться к тексту',
  readChapter: 'Читать главу',
  allTestimonies: 'Все свидетельства',
  allDefenders: 'Все правозащитники',
  profile: 'Профиль',
  partners: 'Партнёры',
  involved: 'Присоединяйтесь',
  editorsSummary: 'Краткое изложение редакции',
  testimonyOf: 'Свидетельство:',
  playVideo: 'Смотреть видео',
  videoLeaves: 'Откроется {host}. Ничего не загружается с этого сайта, пока вы не решите смотреть.',
  videoEmbed: 'Видео воспроизводится с {host}, и этот сайт увидит ваш визит. До нажатия ничего не загружается.',
  duration: 'Продолжительность',
  downloadPdf: 'Скачать PDF-версию',
  timeline: 'Хронология',
  charges: 'Обвинения',
  chartTitle: 'Сравнение цифр',
  tableCaption: 'Цифры этой главы и их источники',
  colFigure: 'Цифра',
  colWhat: 'Что подсчитано',
  colAsOf: 'По состоянию на',
  colPeriod: 'Период',
  approvedOn: 'содержание утверждено',
  colSource: 'Источник',
  unit: 'Единица',
  aboutEdition: 'Об этом издании',
  onThisPage: 'В этой главе',
  previewOnly: 'Предварительный просмотр неутверждённых черновиков: не опубликовано, не распространять.',
  chooseLanguage: 'Выберите язык',
  website: 'Сайт',
}

const ar: WebOnlyLabels = {
  skip: 'الانتقال إلى المحتوى',
  language: 'اللغة',
  home: 'الصفحة الرئيسية للتقرير',
  notes: 'الحواشي',
  noteRef: 'حاشية',
  backToRef: 'العودة إلى النص',
  readChapter: 'اقرأ الفصل',
  allTestimonies: 'جميع الشهادات',
  allDefenders: 'جميع المدافعين عن حقوق الإنسان',
  profile: 'الملف الشخصي',
  partners: 'الشركاء',
  involved: 'شاركونا',
  editorsSummary: 'ملخص من هيئة التحرير',
  testimonyOf: 'شهادة',
  playVideo: 'تشغيل الفيديو',
  videoLeaves: 'يفتح {host}. لا يُحمَّل أي شيء من ذلك الموقع قبل أن تختار التشغيل.',
  videoEmbed: 'يُعرض من {host}، الذي يرى زيارتك عندئذٍ. لا يُحمَّل أي شيء قبل الضغط على التشغيل.',
  duration: 'المدة',
  downloadPdf: 'تنزيل نسخة PDF',
  timeline: 'التسلسل الزمني',
  charges: 'التهم',
  chartTitle: 'مقارنة الأرقام',
  tableCaption: 'أرقام هذا الفصل مع مصادرها',
  colFigure: 'الرقم',
  colWhat: 'ما يُحصى',
  colAsOf: 'حتى تاريخ',
  colPeriod: 'الفترة',
  approvedOn: 'اعتُمد المحتوى في',
  colSource: 'المصدر',
  unit: 'الوحدة',
  aboutEdition: 'عن هذه النسخة',
  onThisPage: 'في هذا الفصل',
  previewOnly: 'معاينة لمسودات غير معتمدة: غير منشورة، لا تُشارَك.',
  chooseLanguage: 'اختر لغة',
  website: 'الموقع الإلكتروني',
}

export const WEB_LABELS: Record<BundleLocale, WebOnlyLabels> = { en, fr, es, ru, ar }

export function webLabelsFor(locale: BundleLocale): WebLabels {
  const own = WEB_LABELS[locale]
  if (!own) throw new Error(`No web labels for locale "${locale}"`)
  return { ...pdfLabelsFor(locale), ...own }
}

/** Language names in their own language, for the language switcher. */
export const LANGUAGE_NAMES: Record<BundleLocale, string> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  ru: 'Русский',
  ar: 'العربية',
}

/** BCP 47 tag for `lang` / `hreflang` (en is British English, as the text is). */
export const LANG_TAG: Record<BundleLocale, string> = { en: 'en-GB', fr: 'fr', es: 'es', ru: 'ru', ar: 'ar' }

/** OpenGraph locale (language_TERRITORY). */
export const OG_LOCALE: Record<BundleLocale, string> = {
  en: 'en_GB',
  fr: 'fr_FR',
  es: 'es_ES',
  ru: 'ru_RU',
  ar: 'ar_AR',
}

/** The Intl tag the bundle's figures were formatted with (the counters format the same way). */
export const intlTag = (locale: BundleLocale): string => INTL_LOCALE[locale]

/** "{host}" placeholders. */
export const fill = (s: string, vars: Record<string, string>): string =>
  s.replace(/\{(\w+)\}/g, (_m, k: string) => vars[k] ?? `{${k}}`)
