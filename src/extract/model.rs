//! The sequence tagger: a hashed linear model over BIO labels with first-order transitions,
//! decoded by Viterbi with BIO constraints. Weights are averaged-perceptron weights quantised
//! to i16; the file stores only non-zero rows.

use std::ops::Range;

use super::features::{token_features, TokInfo, SKIP};
use super::Kind;

/// Labels: O, then B/I for person, organization, place.
pub const NL: usize = 7;
pub const O: u8 = 0;

pub fn label_kind(l: u8) -> Option<Kind> {
    match l {
        1 | 2 => Some(Kind::Person),
        3 | 4 => Some(Kind::Organization),
        5 | 6 => Some(Kind::Place),
        _ => None,
    }
}

pub fn is_begin(l: u8) -> bool {
    matches!(l, 1 | 3 | 5)
}

pub fn begin_of(k: Kind) -> u8 {
    match k {
        Kind::Person => 1,
        Kind::Organization => 3,
        Kind::Place => 5,
    }
}

/// A transition is allowed unless it enters an I- label from anything but its own B-/I-.
pub fn allowed(prev: Option<u8>, cur: u8) -> bool {
    if cur == O || is_begin(cur) {
        return true;
    }
    matches!(prev, Some(p) if p == cur || p + 1 == cur)
}

const MAGIC: &[u8; 8] = b"BYLNER01";
/// Row stride in memory: 8 weights (16 bytes), so a row never straddles a cache line.
const RS: usize = 8;

pub struct Model {
    bits: u32,
    weights: Vec<i16>,
    /// trans[prev][cur], prev == NL is the sentence start. In score units.
    trans: [[f32; NL]; NL + 1],
    scale: f32,
}

#[inline]
pub fn row_of(h: u64, bits: u32) -> usize {
    (h >> (64 - bits)) as usize
}

impl Model {
    pub fn empty() -> Model {
        Model {
            bits: 1,
            weights: vec![0; 2 * RS],
            trans: [[0.0; NL]; NL + 1],
            scale: 1.0,
        }
    }

    /// Quantise float weights (rows of `NL`) and transitions into a model.
    pub fn quantise(bits: u32, w: &[f32], trans: &[[f32; NL]; NL + 1]) -> Model {
        let max = w.iter().fold(0f32, |m, &x| m.max(x.abs())).max(1e-6);
        let scale = 32000.0 / max;
        let mut weights = vec![0i16; (w.len() / NL) * RS];
        for (r, row) in w.chunks_exact(NL).enumerate() {
            for (k, &x) in row.iter().enumerate() {
                weights[r * RS + k] = (x * scale).round() as i16;
            }
        }
        let mut t = [[0.0; NL]; NL + 1];
        for (a, row) in trans.iter().enumerate() {
            for (b, &x) in row.iter().enumerate() {
                t[a][b] = x * scale;
            }
        }
        Model {
            bits,
            weights,
            trans: t,
            scale,
        }
    }

    /// The weighted mean of two models over the same feature rows, `self` counting `share`
    /// and `other` the rest: averaging linear models keeps what each learned from data the
    /// other never saw. `None` when their sizes differ.
    pub fn blend(&self, other: &Model, share: f32) -> Option<Model> {
        if self.bits != other.bits || self.weights.len() != other.weights.len() {
            return None;
        }
        let (a, b) = (share / self.scale, (1.0 - share) / other.scale);
        let mut w = vec![0f32; self.weights.len() / RS * NL];
        for (r, row) in w.chunks_exact_mut(NL).enumerate() {
            for (k, x) in row.iter_mut().enumerate() {
                let i = r * RS + k;
                *x = a * f32::from(self.weights[i]) + b * f32::from(other.weights[i]);
            }
        }
        let mut t = [[0.0; NL]; NL + 1];
        for (p, row) in t.iter_mut().enumerate() {
            for (c, x) in row.iter_mut().enumerate() {
                *x = a * self.trans[p][c] + b * other.trans[p][c];
            }
        }
        Some(Model::quantise(self.bits, &w, &t))
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&self.bits.to_le_bytes());
        out.extend_from_slice(&self.scale.to_le_bytes());
        for row in &self.trans {
            for x in row {
                out.extend_from_slice(&x.to_le_bytes());
            }
        }
        let rows: Vec<usize> = (0..self.weights.len() / RS)
            .filter(|&r| self.weights[r * RS..r * RS + NL].iter().any(|&x| x != 0))
            .collect();
        out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
        let mut last = 0usize;
        for r in rows {
            // Delta-coded row index: small numbers, good for the file size.
            write_varint(&mut out, (r - last) as u64);
            last = r;
            for x in &self.weights[r * RS..r * RS + NL] {
                out.extend_from_slice(&x.to_le_bytes());
            }
        }
        out
    }

    pub fn from_bytes(b: &[u8]) -> Option<Model> {
        let mut r = Reader { b, i: 0 };
        if r.take(8)? != MAGIC {
            return None;
        }
        let bits = u32::from_le_bytes(r.take(4)?.try_into().ok()?);
        if !(1..=26).contains(&bits) {
            return None;
        }
        let scale = f32::from_le_bytes(r.take(4)?.try_into().ok()?);
        let mut trans = [[0.0; NL]; NL + 1];
        for row in trans.iter_mut() {
            for x in row.iter_mut() {
                *x = f32::from_le_bytes(r.take(4)?.try_into().ok()?);
            }
        }
        let n = u32::from_le_bytes(r.take(4)?.try_into().ok()?) as usize;
        let nrows = 1usize << bits;
        let mut weights = vec![0i16; nrows * RS];
        let mut row = 0usize;
        for _ in 0..n {
            row += r.varint()? as usize;
            if row >= nrows {
                return None;
            }
            let src = r.take(2 * NL)?;
            for (k, c) in src.chunks_exact(2).enumerate() {
                weights[row * RS + k] = i16::from_le_bytes([c[0], c[1]]);
            }
        }
        Some(Model {
            bits,
            weights,
            trans,
            scale,
        })
    }

    /// BIO labels for the tokens of each sentence.
    pub fn tag(&self, info: &[TokInfo], sentences: &[Range<usize>]) -> Vec<u8> {
        let mut labels = vec![O; info.len()];
        let mut em: Vec<[f32; NL]> = Vec::new();
        let mut vit = Viterbi::default();
        let (rows, _) = self.weights.as_chunks::<RS>();
        for r in sentences {
            em.clear();
            for i in r.clone() {
                if info[i].flags & SKIP != 0 {
                    em.push(FORCED_O);
                    continue;
                }
                // Each feature's row is added as it is hashed: no list of features is kept.
                let mut s = [0i32; RS];
                token_features(info, r, i, |h| {
                    if let Some(w) = rows.get(row_of(h, self.bits)) {
                        for k in 0..RS {
                            s[k] += i32::from(w[k]);
                        }
                    }
                });
                // All eight lanes stay live (the last is a row's zero padding): so the sum
                // compiles to two whole-vector adds per row instead of four lanes and three
                // scalar ones.
                let s = std::hint::black_box(s);
                em.push([
                    s[0] as f32,
                    s[1] as f32,
                    s[2] as f32,
                    s[3] as f32,
                    s[4] as f32,
                    s[5] as f32,
                    s[6] as f32,
                ]);
            }
            let path = vit.run(&em, &self.trans);
            for (k, &l) in path.iter().enumerate() {
                if let Some(x) = labels.get_mut(r.start + k) {
                    *x = l;
                }
            }
        }
        labels
    }
}

/// Emissions of a token that is not scored: O.
pub const FORCED_O: [f32; NL] = [0.0, -1e30, -1e30, -1e30, -1e30, -1e30, -1e30];

/// Best BIO-valid label path for one sentence.
pub fn viterbi(em: &[[f32; NL]], trans: &[[f32; NL]; NL + 1]) -> Vec<u8> {
    Viterbi::default().run(em, trans).to_vec()
}

/// Viterbi decoding with buffers kept between sentences.
#[derive(Default)]
pub struct Viterbi {
    score: Vec<[f32; NL]>,
    back: Vec<[u8; NL]>,
    path: Vec<u8>,
}

impl Viterbi {
    #[allow(clippy::needless_range_loop)]
    pub fn run(&mut self, em: &[[f32; NL]], trans: &[[f32; NL]; NL + 1]) -> &[u8] {
        let n = em.len();
        self.path.clear();
        if n == 0 {
            return &self.path;
        }
        let neg = f32::NEG_INFINITY;
        self.score.clear();
        self.score.resize(n, [neg; NL]);
        self.back.clear();
        self.back.resize(n, [0u8; NL]);
        let (score, back) = (&mut self.score, &mut self.back);
        for c in 0..NL {
            if allowed(None, c as u8) {
                score[0][c] = em[0][c] + trans[NL][c];
            }
        }
        let mut prev_forced = em[0][1] <= FORCED_O[1];
        for t in 1..n {
            let forced = em[t][1] <= FORCED_O[1];
            if forced && prev_forced {
                // A run of skipped tokens (most of a text): O after O, nothing to choose.
                score[t][0] = score[t - 1][0] + trans[0][0];
                back[t][0] = 0;
                continue;
            }
            // The step before was a skipped token's (not the first token's, which sets every
            // label it may start with): only its O column is reachable.
            let after_forced = prev_forced && t >= 2;
            prev_forced = forced;
            if forced {
                // A skipped token is O: only that column.
                let mut best = neg;
                let mut arg = 0u8;
                for p in 0..NL {
                    let s = score[t - 1][p] + trans[p][0];
                    if score[t - 1][p] > neg && s > best {
                        best = s;
                        arg = p as u8;
                    }
                }
                score[t][0] = best;
                back[t][0] = arg;
                continue;
            }
            // An unreachable predecessor (-inf) gives -inf (or NaN) here and never wins, so
            // it needs no test of its own.
            let (prev, e) = (score[t - 1], em[t]);
            let (mut cur, mut bk) = ([neg; NL], [0u8; NL]);
            if after_forced {
                // What the loop below finds when O is the one reachable predecessor: each
                // label that may follow O comes from it, the others stay unreachable.
                for c in 0..NL {
                    let s = prev[0] + trans[0][c];
                    if allowed_prevs(c).contains(&0) && s > neg {
                        cur[c] = s + e[c];
                    }
                }
                score[t] = cur;
                back[t] = bk;
                continue;
            }
            for c in 0..NL {
                let mut best = neg;
                let mut arg = 0u8;
                for p in allowed_prevs(c) {
                    let s = prev[p] + trans[p][c];
                    if s > best {
                        best = s;
                        arg = p as u8;
                    }
                }
                if best > neg {
                    cur[c] = best + e[c];
                    bk[c] = arg;
                }
            }
            score[t] = cur;
            back[t] = bk;
        }
        let mut last = 0u8;
        let mut best = neg;
        for c in 0..NL {
            if score[n - 1][c] > best {
                best = score[n - 1][c];
                last = c as u8;
            }
        }
        self.path.resize(n, O);
        self.path[n - 1] = last;
        for t in (1..n).rev() {
            last = back[t][last as usize];
            self.path[t - 1] = last;
        }
        &self.path
    }
}

/// The labels `allowed` lets precede `c`, in order: all of them, or for an I- label its own
/// B- and I-.
#[inline]
fn allowed_prevs(c: usize) -> Range<usize> {
    if c > 0 && c.is_multiple_of(2) {
        c - 1..c + 1
    } else {
        0..NL
    }
}

fn write_varint(out: &mut Vec<u8>, mut x: u64) {
    while x >= 0x80 {
        out.push((x as u8) | 0x80);
        x >>= 7;
    }
    out.push(x as u8);
}

struct Reader<'a> {
    b: &'a [u8],
    i: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let s = self.b.get(self.i..self.i.checked_add(n)?)?;
        self.i += n;
        Some(s)
    }
    fn varint(&mut self) -> Option<u64> {
        let mut x = 0u64;
        for shift in (0..64).step_by(7) {
            let b = *self.take(1)?.first()?;
            x |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Some(x);
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Averaging a model with a twice-as-strong copy of itself scores every path the same way
    /// (the mean of its weights and double them is one and a half times them), and a share of
    /// one is the first model; models of two sizes do not mix.
    #[test]
    fn a_blend_is_the_mean_of_the_two_models() {
        let mut w = vec![0f32; 4 * NL];
        w[3] = 2.0;
        w[NL + 1] = -1.5;
        w[3 * NL + 6] = 0.25;
        let mut t = [[0.0; NL]; NL + 1];
        t[NL][1] = 0.5;
        let one = Model::quantise(2, &w, &t);
        let double: Vec<f32> = w.iter().map(|x| 2.0 * x).collect();
        let two = Model::quantise(2, &double, &t.map(|r| r.map(|x| 2.0 * x)));
        let mixed = one.blend(&two, 0.5).expect("same size");
        let ratio = |m: &Model, i: usize| f32::from(m.weights[i]) / f32::from(one.weights[i]);
        for i in [3, RS + 1, 3 * RS + 6] {
            assert!((ratio(&mixed, i) * one.scale / mixed.scale - 1.5).abs() < 1e-3);
        }
        assert_eq!(
            one.blend(&two, 1.0).expect("same size").to_bytes(),
            one.to_bytes()
        );
        let small = Model::quantise(1, &w[..2 * NL], &t);
        assert!(one.blend(&small, 0.5).is_none());
    }

    #[test]
    fn viterbi_respects_bio() {
        // Emissions prefer I-PER at the start, which is not allowed.
        let mut em = vec![[0.0; NL]; 2];
        em[0][2] = 5.0;
        em[0][1] = 1.0;
        em[1][2] = 5.0;
        let path = viterbi(&em, &[[0.0; NL]; NL + 1]);
        assert_eq!(path, vec![1, 2]);
    }

    /// Viterbi's shortcuts (skipped tokens, the step after one) still find a best path: its
    /// score equals the best over every BIO-valid path, on small integer emissions (exact sums).
    #[test]
    fn viterbi_finds_a_best_path() {
        let mut seed = 12345u64;
        let mut rnd = |m: u64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) % m
        };
        let score = |em: &[[f32; NL]], trans: &[[f32; NL]; NL + 1], path: &[u8]| {
            let mut s = 0.0f64;
            let mut prev = NL;
            for (t, &l) in path.iter().enumerate() {
                s += f64::from(trans[prev][l as usize]) + f64::from(em[t][l as usize]);
                prev = l as usize;
            }
            s
        };
        for _ in 0..300 {
            let n = 1 + rnd(5) as usize;
            let mut trans = [[0.0f32; NL]; NL + 1];
            for row in trans.iter_mut() {
                for x in row.iter_mut() {
                    *x = rnd(9) as f32 - 4.0;
                }
            }
            let em: Vec<[f32; NL]> = (0..n)
                .map(|_| {
                    if rnd(3) == 0 {
                        FORCED_O
                    } else {
                        std::array::from_fn(|_| rnd(21) as f32 - 10.0)
                    }
                })
                .collect();
            let got = viterbi(&em, &trans);
            let mut best = f64::NEG_INFINITY;
            for code in 0..(NL as u64).pow(n as u32) {
                let path: Vec<u8> = (0..n)
                    .map(|t| ((code / (NL as u64).pow(t as u32)) % NL as u64) as u8)
                    .collect();
                let valid = path
                    .iter()
                    .enumerate()
                    .all(|(t, &l)| allowed(t.checked_sub(1).map(|p| path[p]), l));
                if valid {
                    best = best.max(score(&em, &trans, &path));
                }
            }
            assert_eq!(score(&em, &trans, &got), best, "{em:?}");
        }
    }

    #[test]
    fn allowed_prevs_match_rule() {
        for p in 0..NL as u8 {
            for c in 0..NL as u8 {
                assert_eq!(
                    allowed_prevs(c as usize).contains(&(p as usize)),
                    allowed(Some(p), c),
                    "{p} {c}"
                );
            }
        }
    }

    #[test]
    fn round_trips_and_rejects_garbage() {
        let mut w = vec![0.0f32; 4 * NL];
        w[NL + 3] = 2.5;
        w[3 * NL] = -1.0;
        let m = Model::quantise(2, &w, &[[0.5; NL]; NL + 1]);
        let b = m.to_bytes();
        let m2 = Model::from_bytes(&b).expect("parses");
        assert_eq!(m2.weights, m.weights);
        assert!(Model::from_bytes(&b[..b.len() - 1]).is_none());
        assert!(Model::from_bytes(b"nonsense").is_none());
    }
}
