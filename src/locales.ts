/** The locales live in src/model/locales.ts (the one list); this re-export keeps older imports working. */
export * from './model/locales'
