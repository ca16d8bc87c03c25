/** subset-font 2.9 ships no types: the part the web edition uses. */
declare module 'subset-font' {
  export default function subsetFont(
    font: Buffer | Uint8Array,
    text: string,
    options?: {
      targetFormat?: 'woff2' | 'woff' | 'truetype' | 'sfnt'
      keepFeatures?: string[]
      noLayoutClosure?: boolean
    },
  ): Promise<Buffer>
}
