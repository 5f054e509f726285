// A deflate encoder that spends time for bytes, for the store zips (build.mjs): the zips are
// written once per build and read by every store and browser, so each byte saved counts and a few
// seconds of build do not. zlib's level 9 chooses each match greedily (with one step of lookahead)
// and codes fixed runs of symbols per block; this encoder, after zopfli's idea:
//  - finds, for every position, the longest match in each distance code (hash chains, the whole
//    window), so that each length may take the distance code its Huffman code makes cheapest;
//  - picks the matches by a shortest path over the bytes, each literal and match costed in the bits
//    its Huffman code would take, and repeats with the costs of the path found, while it gets shorter;
//  - splits the symbols into blocks where the statistics change (the bundle's names table against
//    its code), each with its own Huffman codes, and parses each block again with its own costs.
// The output is plain deflate (RFC 1951); build.mjs checks it by inflating it with zlib and keeps
// zlib's own output when that is not smaller.
import zlib from 'node:zlib';

const WINDOW = 32768;
const MIN_MATCH = 3;
const MAX_MATCH = 258;
const MAX_CHAIN = 8192;

const LENGTH_BASE = [
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
  8193, 12289, 16385, 24577,
];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const CLEN_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** Length (3..258) to its code's index (0..28); distance (1..32768) to its code (0..29). */
const LENGTH_CODE = new Uint8Array(MAX_MATCH + 1);
for (let c = 0; c < 29; c++) for (let l = LENGTH_BASE[c]; l < (LENGTH_BASE[c + 1] ?? 259); l++) LENGTH_CODE[l] = c;
LENGTH_CODE[258] = 28;
function distCode(d) {
  let c = 0;
  while (c < 29 && DIST_BASE[c + 1] <= d) c++;
  return c;
}
const DIST_CODE_SMALL = new Uint8Array(WINDOW + 1);
for (let d = 1; d <= WINDOW; d++) DIST_CODE_SMALL[d] = distCode(d);

/** For every position, the longest match in each distance code (the nearest of that length in
 * it: a code's distances all cost the same), as pairs (length, distance) by length, longest first. */
function findMatches(data) {
  const n = data.length;
  const head = new Int32Array(1 << 16).fill(-1);
  const prev = new Int32Array(n).fill(-1);
  const start = new Int32Array(n + 1);
  let lens = new Uint16Array(n);
  let dists = new Uint16Array(n);
  let count = 0;
  const bestLen = new Int32Array(30);
  const bestDist = new Int32Array(30);
  const order = [];
  const hash = (i) => ((data[i] << 8) ^ (data[i + 1] << 4) ^ data[i + 2]) & 0xffff;
  for (let i = 0; i < n; i++) {
    start[i] = count;
    if (i + MIN_MATCH > n) continue;
    const h = hash(i);
    const limit = Math.min(MAX_MATCH, n - i);
    bestLen.fill(MIN_MATCH - 1);
    let chain = MAX_CHAIN;
    for (let j = head[h]; j >= 0 && i - j <= WINDOW && chain-- > 0; j = prev[j]) {
      const c = DIST_CODE_SMALL[i - j];
      const best = bestLen[c];
      if (data[j + best] !== data[i + best]) continue;
      let l = 0;
      while (l < limit && data[j + l] === data[i + l]) l++;
      if (l > best) {
        bestLen[c] = l;
        bestDist[c] = i - j - 1; // 0..32767 fits 16 bits
        if (l === limit) break;
      }
    }
    order.length = 0;
    for (let c = 0; c < 30; c++) if (bestLen[c] >= MIN_MATCH) order.push(c);
    // Longest first; of equal lengths the nearer code first.
    order.sort((a, b) => bestLen[b] - bestLen[a] || a - b);
    if (count + order.length > lens.length) {
      const grow = (a) => {
        const b = new Uint16Array(a.length * 2 + order.length);
        b.set(a);
        return b;
      };
      lens = grow(lens);
      dists = grow(dists);
    }
    for (const c of order) {
      lens[count] = bestLen[c];
      dists[count] = bestDist[c];
      count++;
    }
    prev[i] = head[h];
    head[h] = i;
  }
  start[n] = count;
  return { start, lens, dists };
}

/** Code lengths (at most maxBits) for the counts: Huffman's, with the counts halved until the
 * longest code fits. Unused symbols get 0. */
function codeLengths(counts, maxBits) {
  let freqs = Array.from(counts);
  for (;;) {
    const lengths = huffmanLengths(freqs);
    if (Math.max(...lengths) <= maxBits) return lengths;
    freqs = freqs.map((f) => (f ? Math.max(1, f >> 1) : 0));
  }
}
function huffmanLengths(freqs) {
  const lengths = new Array(freqs.length).fill(0);
  const nodes = [];
  freqs.forEach((f, i) => f && nodes.push({ f, sym: i }));
  if (nodes.length === 0) return lengths;
  if (nodes.length === 1) {
    lengths[nodes[0].sym] = 1;
    return lengths;
  }
  // Two sorted queues: leaves by frequency, then merged nodes in the order made.
  nodes.sort((a, b) => a.f - b.f || a.sym - b.sym);
  const merged = [];
  let a = 0;
  let m = 0;
  const take = () => (m < merged.length && (a >= nodes.length || merged[m].f < nodes[a].f) ? merged[m++] : nodes[a++]);
  while (nodes.length - a + merged.length - m > 1) {
    const x = take();
    const y = take();
    merged.push({ f: x.f + y.f, kids: [x, y] });
  }
  const walk = (node, depth) => {
    if (node.kids) for (const k of node.kids) walk(k, depth + 1);
    else lengths[node.sym] = depth;
  };
  walk(merged[merged.length - 1], 0);
  return lengths;
}

/** Canonical codes for the lengths, bit-reversed for writing LSB first. */
function canonicalCodes(lengths) {
  const blCount = new Array(16).fill(0);
  for (const l of lengths) if (l) blCount[l]++;
  const next = new Array(16).fill(0);
  let code = 0;
  for (let bits = 1; bits < 16; bits++) {
    code = (code + blCount[bits - 1]) << 1;
    next[bits] = code;
  }
  return lengths.map((l) => {
    if (!l) return 0;
    let c = next[l]++;
    let r = 0;
    for (let i = 0; i < l; i++) {
      r = (r << 1) | (c & 1);
      c >>= 1;
    }
    return r;
  });
}

class BitWriter {
  constructor() {
    this.bytes = [];
    this.acc = 0;
    this.n = 0;
  }
  write(value, bits) {
    for (let i = 0; i < bits; i++) {
      this.acc |= ((value >>> i) & 1) << this.n;
      if (++this.n === 8) {
        this.bytes.push(this.acc);
        this.acc = 0;
        this.n = 0;
      }
    }
  }
  finish() {
    if (this.n) this.bytes.push(this.acc);
    return Buffer.from(this.bytes);
  }
}

/** Symbols of a parse: for each, a literal byte (dist 0) or a match (length, distance). */
function symbolCounts(lits, dists, from, to) {
  const ll = new Array(286).fill(0);
  const dd = new Array(30).fill(0);
  for (let k = from; k < to; k++) {
    if (dists[k] === 0) ll[lits[k]]++;
    else {
      ll[257 + LENGTH_CODE[lits[k]]]++;
      dd[DIST_CODE_SMALL[dists[k]]]++;
    }
  }
  ll[256] = 1;
  return { ll, dd };
}

/** The header of a dynamic block (the run-length coded code lengths) as [symbol, extra, extraBits]. */
function headerItems(llLengths, dLengths) {
  let hlit = 286;
  while (hlit > 257 && !llLengths[hlit - 1]) hlit--;
  let hdist = 30;
  while (hdist > 1 && !dLengths[hdist - 1]) hdist--;
  const all = [...llLengths.slice(0, hlit), ...dLengths.slice(0, hdist)];
  const items = [];
  for (let i = 0; i < all.length;) {
    const l = all[i];
    let run = 1;
    while (i + run < all.length && all[i + run] === l) run++;
    if (l === 0 && run >= 3) {
      const r = Math.min(run, 138);
      items.push(r >= 11 ? [18, r - 11, 7] : [17, r - 3, 3]);
      i += r;
    } else if (l !== 0 && run >= 4) {
      items.push([l, 0, 0]);
      const r = Math.min(run - 1, 6);
      items.push([16, r - 3, 2]);
      i += 1 + r;
    } else {
      items.push([l, 0, 0]);
      i++;
    }
  }
  return { hlit, hdist, items };
}

/** The header's items with the fewest bits: a shortest path over the code lengths, where a
 * length may be written as itself, a run of zeros (17, 18) or a repeat of the one before (16, of
 * any length, zeros too), costed by the code-length code of the items before; repeated while it
 * shrinks, from the greedy runs of headerItems. Returns the items, their code-length code and
 * HCLEN, and the header's size in bits. */
function bestHeader(llLengths, dLengths) {
  const { hlit, hdist, items: greedy } = headerItems(llLengths, dLengths);
  const all = [...llLengths.slice(0, hlit), ...dLengths.slice(0, hdist)];
  const n = all.length;
  const measure = (items) => {
    const cc = new Array(19).fill(0);
    for (const [s] of items) cc[s]++;
    const cl = codeLengths(cc, 7);
    let hclen = 19;
    while (hclen > 4 && !cl[CLEN_ORDER[hclen - 1]]) hclen--;
    let bits = 3 + 5 + 5 + 4 + 3 * hclen;
    for (const [s, , eb] of items) bits += cl[s] + eb;
    return { hlit, hdist, items, cl, hclen, bits };
  };
  let best = measure(greedy);
  const cost = new Float64Array(n + 1);
  const from = new Int32Array(n + 1);
  const item = new Array(n + 1);
  for (let round = 0, cl = best.cl; round < 4; round++) {
    const c = cl.map((l) => l || 8);
    cost.fill(Infinity);
    cost[0] = 0;
    const relax = (i, j, bits, it) => {
      if (cost[i] + bits < cost[j]) {
        cost[j] = cost[i] + bits;
        from[j] = i;
        item[j] = it;
      }
    };
    for (let i = 0; i < n; i++) {
      relax(i, i + 1, c[all[i]], [all[i], 0, 0]);
      if (all[i] === 0) {
        let z = 1;
        while (z < 138 && i + z < n && all[i + z] === 0) z++;
        for (let r = 3; r <= Math.min(z, 10); r++) relax(i, i + r, c[17] + 3, [17, r - 3, 3]);
        for (let r = 11; r <= z; r++) relax(i, i + r, c[18] + 7, [18, r - 11, 7]);
      }
      if (i > 0) {
        let z = 0;
        while (z < 6 && i + z < n && all[i + z] === all[i - 1]) z++;
        for (let r = 3; r <= z; r++) relax(i, i + r, c[16] + 2, [16, r - 3, 2]);
      }
    }
    const items = [];
    for (let j = n; j > 0; j = from[j]) items.push(item[j]);
    items.reverse();
    const next = measure(items);
    if (next.bits >= best.bits && round > 0) break;
    if (next.bits < best.bits) best = next;
    cl = next.cl;
  }
  return best;
}

/** Lengths for a block's counts that any inflater takes: at least two codes in each tree. */
function blockLengths(counts) {
  const ll = counts.ll.slice();
  const dd = counts.dd.slice();
  if (ll.filter(Boolean).length < 2) ll[ll[0] ? 1 : 0] = 1;
  const used = dd.filter(Boolean).length;
  if (used < 2) {
    if (!dd[0]) dd[0] = 1;
    else dd[1] = 1;
  }
  return { llLengths: codeLengths(ll, 15), dLengths: codeLengths(dd, 15) };
}

/** Counts evened out for the header's run-length code (zopfli's idea): a stretch of neighbouring
 * symbols whose counts are near one another takes their average, so their code lengths come out
 * equal and the header codes them as a run; runs of equal counts already long enough are kept. */
function smoothedForRuns(counts) {
  const c = counts.slice();
  let n = c.length;
  while (n > 0 && !c[n - 1]) n--;
  const good = new Uint8Array(n + 1);
  for (let i = 0; i < n;) {
    let r = 1;
    while (i + r < n && c[i + r] === c[i]) r++;
    if (r >= (c[i] ? 7 : 5)) good.fill(1, i, i + r);
    i += r;
  }
  let from = 0;
  let sum = 0;
  let ref = c[0];
  for (let i = 0; i <= n; i++) {
    if (i === n || good[i] || Math.abs(c[i] - ref) >= 4) {
      if (i - from >= 4 || (i - from >= 3 && sum === 0)) {
        const v = sum === 0 ? 0 : Math.max(1, Math.round(sum / (i - from)));
        c.fill(v, from, i);
      }
      from = i;
      sum = 0;
      ref = i + 3 < n ? (c[i] + c[i + 1] + c[i + 2] + c[i + 3] + 2) >> 2 : i < n ? c[i] : 0;
    }
    if (i < n) sum += c[i];
  }
  for (let i = 0; i < n; i++) if (counts[i] && !c[i]) c[i] = 1;
  return c;
}

/** The block's code lengths and header with the fewest bits in all: its counts' own Huffman
 * codes, or those of the counts evened out for the header's runs. */
function bestBlockCodes(counts) {
  let best = null;
  const plain = blockLengths(counts);
  const even = blockLengths({ ll: smoothedForRuns(counts.ll), dd: smoothedForRuns(counts.dd) });
  for (const llLengths of [plain.llLengths, even.llLengths])
    for (const dLengths of [plain.dLengths, even.dLengths]) {
      const header = bestHeader(llLengths, dLengths);
      let bits = header.bits;
      for (let s = 0; s < 286; s++) bits += counts.ll[s] * llLengths[s];
      for (let s = 0; s < 30; s++) bits += counts.dd[s] * dLengths[s];
      if (!best || bits < best.bits) best = { llLengths, dLengths, header, bits };
    }
  return best;
}

function headerBits(llLengths, dLengths) {
  const { items } = headerItems(llLengths, dLengths);
  const cc = new Array(19).fill(0);
  for (const [s] of items) cc[s]++;
  const cl = codeLengths(cc, 7);
  let bits = 3 + 5 + 5 + 4 + 3 * 19;
  for (const [s, , eb] of items) bits += cl[s] + eb;
  return bits;
}

/** The block's size in bits with its own optimal codes (header included). */
function blockBits(counts) {
  const { llLengths, dLengths } = blockLengths(counts);
  let bits = headerBits(llLengths, dLengths);
  for (let s = 0; s < 286; s++)
    bits += counts.ll[s] * (llLengths[s] + (s >= 265 && s < 285 ? LENGTH_EXTRA[s - 257] : 0));
  for (let s = 0; s < 30; s++) bits += counts.dd[s] * (dLengths[s] + DIST_EXTRA[s]);
  return bits;
}

/** A cost model from the costs of each literal/length symbol and distance code: a match's length
 * costs its length code's symbol and extra bits. */
function withLengthCosts(lit, dist) {
  const lenCost = new Float64Array(MAX_MATCH + 1);
  for (let l = MIN_MATCH; l <= MAX_MATCH; l++) lenCost[l] = lit[257 + LENGTH_CODE[l]] + LENGTH_EXTRA[LENGTH_CODE[l]];
  return { lit, dist, lenCost };
}

/** Costs in bits of each literal/length symbol and distance code: their information in the
 * counts (-log2 of their share, fractional: 190 bytes smaller than the Huffman codes' whole
 * lengths), an unused symbol a bit more than one used once. */
function costModel(counts) {
  const entropy = (c) => {
    const total = c.reduce((a, b) => a + b, 0);
    return Float64Array.from(c, (n) => (n ? Math.log2(total / n) : Math.log2(total) + 1));
  };
  const dist = entropy(counts.dd).map((bits, s) => bits + DIST_EXTRA[s]);
  return withLengthCosts(entropy(counts.ll), dist);
}

/** The first parse's costs: the fixed Huffman codes' lengths (RFC 1951 3.2.6). */
const FIXED_MODEL = withLengthCosts(
  new Float64Array(286).map((_, s) => (s < 144 ? 8 : s < 256 ? 9 : s < 280 ? 7 : 8)),
  new Float64Array(30).map((_, s) => 5 + DIST_EXTRA[s]),
);

/** Shortest path over data[from, to) under the model: the parse as (lit or length, dist+1 or 0). */
function parse(data, matches, from, to, model) {
  const n = to - from;
  const cost = new Float64Array(n + 1).fill(Infinity);
  const stepLen = new Uint16Array(n + 1);
  const stepDist = new Uint16Array(n + 1);
  cost[0] = 0;
  const { lit, dist, lenCost } = model;
  const { start, lens, dists } = matches;
  for (let i = 0; i < n; i++) {
    const c = cost[i];
    const p = from + i;
    const cl = c + lit[data[p]];
    if (cl < cost[i + 1]) {
      cost[i + 1] = cl;
      stepLen[i + 1] = 1;
      stepDist[i + 1] = 0;
    }
    // Each length from the longest down, at the cheapest distance code that reaches it.
    const end = start[p + 1];
    let k = start[p];
    if (k === end) continue;
    let minCost = Infinity;
    let minDist = 0;
    for (let l = Math.min(lens[k], n - i); l >= MIN_MATCH; l--) {
      for (; k < end && lens[k] >= l; k++) {
        const d = dists[k] + 1;
        const dc = dist[DIST_CODE_SMALL[d]];
        if (dc < minCost) {
          minCost = dc;
          minDist = d;
        }
      }
      const t = c + minCost + lenCost[l];
      if (t < cost[i + l]) {
        cost[i + l] = t;
        stepLen[i + l] = l;
        stepDist[i + l] = minDist;
      }
    }
  }
  const rev = [];
  for (let i = n; i > 0;) {
    const l = stepLen[i];
    if (l === 1) rev.push(data[from + i - 1], 0);
    else rev.push(l, stepDist[i]);
    i -= l;
  }
  const m = rev.length / 2;
  const outLits = new Uint16Array(m);
  const outDists = new Uint16Array(m);
  for (let k = 0; k < m; k++) {
    outLits[k] = rev[2 * (m - 1 - k)];
    outDists[k] = rev[2 * (m - 1 - k) + 1];
  }
  return { lits: outLits, dists: outDists };
}

/** Parses data[from, to) again and again, each time costed by the parse before, while it shrinks. */
function iterateParse(data, matches, from, to, model, rounds) {
  let best = null;
  let bestBits = Infinity;
  const history = []; // the best parse after each round
  for (let r = 0; r < rounds; r++) {
    const p = parse(data, matches, from, to, model);
    const counts = symbolCounts(p.lits, p.dists, 0, p.lits.length);
    const bits = blockBits(counts);
    if (bits < bestBits) {
      best = p;
      bestBits = bits;
      history.push(best);
    }
    // The same parse again or a worse one: a fixed point (shaking the counts, as zopfli does,
    // to leave it, gave nothing here).
    else break;
    model = costModel(counts);
  }
  return { parse: best, bits: bestBits, history };
}

/** Where to split a parse into blocks, by halving as zopfli does: a range's best single cut
 * (candidates every `step` symbols) if its two blocks, each with its own codes, take fewer bits
 * than one, then each half again (cuts every 64 symbols: 210 bytes smaller than a dynamic
 * programme over cuts every 512; every 48: 26 bytes fewer again on the December bundles, 40 and
 * 32 about the same, 56 worse, as chaotic as the depths). Returns the symbol indexes where blocks
 * start. */
function splitByHalves(p, step) {
  const m = p.lits.length;
  const K = Math.ceil(m / step);
  const prefix = new Int32Array((K + 1) * 316);
  for (let j = 0; j < K; j++) {
    prefix.copyWithin((j + 1) * 316, j * 316, (j + 1) * 316);
    const row = (j + 1) * 316;
    for (let k = j * step; k < Math.min(m, (j + 1) * step); k++) {
      if (p.dists[k] === 0) prefix[row + p.lits[k]]++;
      else {
        prefix[row + 257 + LENGTH_CODE[p.lits[k]]]++;
        prefix[row + 286 + DIST_CODE_SMALL[p.dists[k]]]++;
      }
    }
  }
  const bitsOf = (a, b) => {
    const ll = new Array(286);
    const dd = new Array(30);
    for (let s = 0; s < 286; s++) ll[s] = prefix[b * 316 + s] - prefix[a * 316 + s];
    for (let s = 0; s < 30; s++) dd[s] = prefix[b * 316 + 286 + s] - prefix[a * 316 + 286 + s];
    ll[256] = 1;
    return blockBits({ ll, dd });
  };
  const cuts = [];
  const split = (a, b, whole) => {
    let best = whole;
    let at = -1;
    let bestParts = null;
    for (let c = a + 1; c < b; c++) {
      const left = bitsOf(a, c);
      const right = bitsOf(c, b);
      if (left + right < best) {
        best = left + right;
        at = c;
        bestParts = [left, right];
      }
    }
    if (at < 0) return;
    split(a, at, bestParts[0]);
    cuts.push(at * step);
    split(at, b, bestParts[1]);
  };
  split(0, K, bitsOf(0, K));
  return [0, ...cuts];
}

function writeBlock(w, p, last) {
  const counts = symbolCounts(p.lits, p.dists, 0, p.lits.length);
  const { llLengths, dLengths, header } = bestBlockCodes(counts);
  const { hlit, hdist, items, cl, hclen } = header;
  w.write(last ? 1 : 0, 1);
  w.write(2, 2);
  w.write(hlit - 257, 5);
  w.write(hdist - 1, 5);
  w.write(hclen - 4, 4);
  for (let i = 0; i < hclen; i++) w.write(cl[CLEN_ORDER[i]], 3);
  const ccodes = canonicalCodes(cl);
  for (const [s, extra, eb] of items) {
    w.write(ccodes[s], cl[s]);
    if (eb) w.write(extra, eb);
  }
  const llCodes = canonicalCodes(llLengths);
  const dCodes = canonicalCodes(dLengths);
  for (let k = 0; k < p.lits.length; k++) {
    if (p.dists[k] === 0) w.write(llCodes[p.lits[k]], llLengths[p.lits[k]]);
    else {
      const l = p.lits[k];
      const c = LENGTH_CODE[l];
      w.write(llCodes[257 + c], llLengths[257 + c]);
      if (LENGTH_EXTRA[c]) w.write(l - LENGTH_BASE[c], LENGTH_EXTRA[c]);
      const d = p.dists[k];
      const dc = DIST_CODE_SMALL[d];
      w.write(dCodes[dc], dLengths[dc]);
      if (DIST_EXTRA[dc]) w.write(d - DIST_BASE[dc], DIST_EXTRA[dc]);
    }
  }
  w.write(llCodes[256], llLengths[256]);
}

/** Raw deflate of data, smaller than zlib's level 9 (or zlib's, when it is not). */
export function deflateSmall(data, { depths = [1, 2, 3, 4], steps = [20, 24, 32, 40, 48], blockRounds = 8 } = {}) {
  const zlibOut = zlib.deflateRawSync(data, { level: 9 });
  if (data.length < 64) return zlibOut;
  const matches = findMatches(data);
  let best = zlibOut;
  // The whole parse only places the cuts, and where they land is chaotic: a change of a few bytes
  // in the bundle moved the background's zip by 360 bytes one way or the other depending on how
  // many rounds placed them. So each of a few depths (rounds of the whole parse) places them and the
  // smallest output is kept: the background's deflate takes about four times as long, a few
  // seconds per build. The fourth depth took 33 bytes more off the background when it was added.
  // The rounds are run once: the parse at each depth is the best of the rounds up to it (where they
  // stop early, the deeper depths have the same parse, placed once). The cuts' candidates every 32
  // symbols as well as every 48 (the smallest kept, as chaotic): 41 bytes off each zip on 6
  // December, 3.5 s more of build (56 as well: 5 bytes more for 4.7 s more); every 24 as well, 40
  // bytes more that evening (the background alone: 149,457 bytes with 24 against 149,493 with 32
  // and 48; 16, 20, 28, 36, 40 and 44 added to these took nothing more off any file then); after the
  // next rules every 20 and every 40 as well (149,461 with 20 against 149,468 with 24, 32 and 48:
  // 8 bytes for some 12 s more of build; which step wins moves with the bundle).
  const { history } = iterateParse(data, matches, 0, data.length, FIXED_MODEL, Math.max(...depths));
  const placed = new Set();
  for (const r of depths) {
    const whole = history[Math.min(r, history.length) - 1];
    if (placed.has(whole)) continue;
    placed.add(whole);
    for (const step of steps) {
      const out = blocksAfter(data, matches, whole, step, blockRounds);
      if (out.length < best.length) best = out;
    }
  }
  return best;
}

/** The deflate stream of data cut into blocks where the whole parse's statistics change, each
 * block parsed again, first costed by the whole parse's symbols in it, then by its own parses
 * (splitting those parses again and parsing once more gave nothing). */
function blocksAfter(data, matches, whole, step, blockRounds) {
  const starts = splitByHalves(whole, step);
  starts.push(whole.lits.length);
  const w = new BitWriter();
  let pos = 0;
  for (let b = 0, k = 0; b + 1 < starts.length; b++) {
    const from = pos;
    for (; k < starts[b + 1]; k++) pos += whole.dists[k] === 0 ? 1 : whole.lits[k];
    const first = costModel(symbolCounts(whole.lits, whole.dists, starts[b], starts[b + 1]));
    let { parse: p, bits } = iterateParse(data, matches, from, pos, first, blockRounds);
    // Then costed by the Huffman codes the block will be written with (whole bits, not the
    // fractional information the rounds before used), while that shrinks it: 146 bytes off each
    // zip (ten rounds instead of three: the same bytes).
    for (let r = 0; r < 3; r++) {
      const { llLengths, dLengths } = blockLengths(symbolCounts(p.lits, p.dists, 0, p.lits.length));
      const model = withLengthCosts(
        Float64Array.from(llLengths, (l) => l || 16),
        Float64Array.from(dLengths, (l, s) => (l || 16) + DIST_EXTRA[s]),
      );
      const q = parse(data, matches, from, pos, model);
      const qb = blockBits(symbolCounts(q.lits, q.dists, 0, q.lits.length));
      if (qb >= bits) break;
      p = q;
      bits = qb;
    }
    writeBlock(w, p, b + 2 === starts.length);
  }
  const out = w.finish();
  const back = zlib.inflateRawSync(out);
  if (!back.equals(data)) throw new Error('deflateSmall: the output does not inflate to the input');
  return out;
}

/** A zlib stream (RFC 1950) around deflateSmall's output, for PNG's image data. */
function zlibSmall(data) {
  const adler = Buffer.alloc(4);
  let a = 1;
  let b = 0;
  for (const byte of data) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  adler.writeUInt32BE(((b << 16) | a) >>> 0);
  return Buffer.concat([Buffer.from([0x78, 0xda]), deflateSmall(data), adler]);
}

function pngChunk(type, body) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(Buffer.concat([head.subarray(4), body])));
  return Buffer.concat([head, body, crc]);
}

/** The same image in fewer bytes: an 8-bit RGBA PNG of at most 256 colours written with a palette
 * (and its alphas), unfiltered (filtering only made the icons' indexes larger), its data deflated
 * by deflateSmall; the icons' pixels decode exactly as before (checked). Any other PNG, or one
 * that would not shrink, is returned as it is. */
export function smallerPng(png) {
  const SIGNATURE = png.subarray(0, 8);
  if (png.length < 33 || png.readUInt32BE(0) !== 0x89504e47) return png;
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  // Bit depth 8, colour type 6 (RGBA), deflate, standard filters, no interlace.
  if (png.subarray(24, 29).join() !== '8,6,0,0,0') return png;
  const idat = [];
  for (let p = 8; p + 12 <= png.length;) {
    const length = png.readUInt32BE(p);
    const type = png.toString('latin1', p + 4, p + 8);
    if (type === 'IDAT') idat.push(png.subarray(p + 8, p + 8 + length));
    else if (type !== 'IHDR' && type !== 'IEND') return png; // a chunk this rewrite would drop
    p += 12 + length;
  }
  const pixels = rgbaPixels(zlib.inflateSync(Buffer.concat(idat)), width, height);
  if (!pixels) return png;
  const colours = new Map();
  for (let i = 0; i < pixels.length; i += 4) {
    const c = pixels.readUInt32BE(i);
    colours.set(c, (colours.get(c) ?? 0) + 1);
  }
  if (colours.size > 256) return png;
  // Translucent colours first (tRNS lists only them), then by use.
  const palette = [...colours.keys()].sort(
    (x, y) => ((x & 255) === 255) - ((y & 255) === 255) || colours.get(y) - colours.get(x) || x - y,
  );
  const index = new Map(palette.map((c, i) => [c, i]));
  const rows = Buffer.alloc(height * (width + 1));
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) rows[y * (width + 1) + 1 + x] = index.get(pixels.readUInt32BE((y * width + x) * 4));
  const plte = Buffer.alloc(palette.length * 3);
  palette.forEach((c, i) => plte.writeUIntBE(c >>> 8, i * 3, 3));
  const alphas = Buffer.from(palette.map((c) => c & 255).filter((a) => a !== 255));
  const ihdr = Buffer.from(png.subarray(16, 29));
  ihdr[9] = 3; // colour type 3: palette
  const out = Buffer.concat([
    SIGNATURE,
    pngChunk('IHDR', ihdr),
    pngChunk('PLTE', plte),
    ...(alphas.length ? [pngChunk('tRNS', alphas)] : []),
    pngChunk('IDAT', zlibSmall(rows)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
  // The check: the palette image's pixels, decoded back, are the original's.
  const back = zlib.inflateSync(out.subarray(out.indexOf('IDAT', 0, 'latin1') + 4, out.length - 16));
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      if (
        back[y * (width + 1)] !== 0 ||
        palette[back[y * (width + 1) + 1 + x]] !== pixels.readUInt32BE((y * width + x) * 4)
      )
        throw new Error('smallerPng: the palette image differs from the original');
  return out.length < png.length ? out : png;
}

/** The RGBA bytes of an 8-bit RGBA image from its filtered rows (PNG filters 0-4). */
function rgbaPixels(raw, width, height) {
  const stride = width * 4;
  if (raw.length !== height * (stride + 1)) return null;
  const px = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x];
      const a = x >= 4 ? px[y * stride + x - 4] : 0;
      const u = y ? px[(y - 1) * stride + x] : 0;
      const c = x >= 4 && y ? px[(y - 1) * stride + x - 4] : 0;
      let pred = 0;
      if (filter === 1) pred = a;
      else if (filter === 2) pred = u;
      else if (filter === 3) pred = (a + u) >> 1;
      else if (filter === 4) {
        const p = a + u - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - u);
        const pc = Math.abs(p - c);
        pred = pa <= pb && pa <= pc ? a : pb <= pc ? u : c;
      } else if (filter !== 0) return null;
      px[y * stride + x] = (v + pred) & 255;
    }
  }
  return px;
}
