/** What a publish reports as it goes (the CLI prints it; the admin's job stores it as progress). */
import type { BundleLocale } from './bundle/schema'

export type ProgressEvent =
  | { step: 'collect'; message: string; current?: number; total?: number }
  | { step: 'validate'; message: string }
  | { step: 'media'; message: string; current: number; total: number }
  | { step: 'compare'; message: string }
  | { step: 'write'; message: string; locale?: BundleLocale }
  | { step: 'pdf'; message: string; locale?: BundleLocale }
  | { step: 'web'; message: string }
  | { step: 'done'; message: string }
