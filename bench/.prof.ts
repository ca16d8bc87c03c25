import { buildBundle } from '../src/publish/build'
import { generate, LARGE } from './generate'
const c = generate({ ...LARGE })
for (let i = 0; i < 2; i++) {
let t = performance.now()
const b = buildBundle(c.input)
console.log('build', performance.now() - t, b.ok)
}
