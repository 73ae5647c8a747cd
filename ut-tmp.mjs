import usearch from 'usearch'
const { Index, MetricKind, ScalarKind } = usearch
const N = +process.argv[2], D = 512
const data = new Float32Array(N * D)
for (let i = 0; i < N; i++) { let n = 0; for (let k = 0; k < D; k++) { const x = Math.random() - 0.5; data[i*D+k] = x; n += x*x } n = Math.sqrt(n); for (let k = 0; k < D; k++) data[i*D+k] /= n }
for (const q of [ScalarKind.F16, ScalarKind.I8]) {
  const idx = new Index({ dimensions: D, metric: MetricKind.Cos, quantization: q, connectivity: 16, expansion_add: 128, expansion_search: 256 })
  let t = performance.now()
  const keys = new BigUint64Array(N); for (let i = 0; i < N; i++) keys[i] = BigInt(i + 1)
  idx.add(keys, data, 2)
  console.log(q, 'build', (performance.now() - t).toFixed(0), 'ms')
  t = performance.now()
  let r; for (let i = 0; i < 20; i++) r = idx.search(data.subarray(i * D, i * D + D), 100, 1)
  console.log(q, 'search k100', ((performance.now() - t) / 20).toFixed(2), 'ms', r.keys.slice(0, 3))
  t = performance.now()
  for (let i = 0; i < 20; i++) r = idx.search(data.subarray(i * D, i * D + D), 1000, 1)
  console.log(q, 'search k1000', ((performance.now() - t) / 20).toFixed(2), 'ms')
}
console.log(Object.keys(usearch))
let t = performance.now()
const r = usearch.exactSearch(data, data.subarray(0, D), D, 100, MetricKind.Cos)
console.log('exact', (performance.now() - t).toFixed(2), r.keys.slice(0,3))
