/** Child process for the kill test: publishes slowly, announcing each file written. */
import { release } from '../../src/publish/release/release'
import { collected, writeImages } from './release-fixture'

const [out, imgDir] = process.argv.slice(2)
const media = await writeImages(imgDir)
await release(collected(media), {
  out,
  signingKey: null,
  onFileWritten: async (rel) => {
    process.stdout.write(`WROTE ${rel}\n`)
    await new Promise((r) => setTimeout(r, 200))
  },
})
process.stdout.write('DONE\n')
