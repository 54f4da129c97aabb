//! `byline train`: an averaged structured perceptron over the runtime's own tokens and
//! features, trained on `*.bio.tsv` corpora with a held-out dev split of whole documents.
//! Deterministic for a given seed.

use std::path::PathBuf;

use super::corpus::{self, Doc};
use super::entities::tag;
use super::features::{token_features, SKIP};
use super::model::{begin_of, is_begin, row_of, viterbi, Model, FORCED_O, NL, O};
use crate::eval::ner::{self as evalner, Counts};

pub struct Options {
    /// Folders of `*.bio.tsv` files, or the files themselves.
    pub corpora: Vec<PathBuf>,
    pub out: PathBuf,
    pub seed: u64,
    pub epochs: usize,
    pub bits: u32,
    /// Passes per epoch over the small hand-annotated corpora (GMB gets one).
    pub repeat_small: usize,
    /// A model to average the trained one with, and the share it counts for (0 for none).
    pub blend_with: PathBuf,
    pub blend_share: f32,
}

struct Sentence {
    rows: Vec<u32>,
    offs: Vec<u32>,
    gold: Vec<u8>,
    skip: Vec<bool>,
}

/// Our tokens' BIO labels from the document's gold byte spans.
fn project(doc: &Doc, tagged: &super::entities::Tagged) -> Vec<u8> {
    let mut labels = vec![O; tagged.tokens.len()];
    let mut g = doc.gold.clone();
    g.sort_by_key(|(s, _)| s.start);
    let mut gi = 0;
    let mut prev_mention = usize::MAX;
    for (i, t) in tagged.tokens.iter().enumerate() {
        while gi < g.len() && g[gi].0.end <= t.span.start {
            gi += 1;
        }
        if let Some((s, k)) = g.get(gi) {
            if s.start <= t.span.start && t.span.start < s.end {
                let b = begin_of(*k);
                labels[i] = if prev_mention == gi { b + 1 } else { b };
                prev_mention = gi;
                continue;
            }
        }
        prev_mention = usize::MAX;
    }
    labels
}

fn instances(docs: &[Doc], bits: u32, out: &mut Vec<Sentence>) {
    let empty = Model::empty();
    let mut feats = Vec::with_capacity(64);
    for d in docs {
        let t = tag(&empty, &d.text);
        let gold = project(d, &t);
        for r in &t.sentences {
            let mut s = Sentence {
                rows: Vec::new(),
                offs: vec![0],
                gold: gold[r.clone()].to_vec(),
                skip: r.clone().map(|i| t.info[i].flags & SKIP != 0).collect(),
            };
            // Skipped tokens are O at run time; keep the gold consistent with that.
            for k in 0..s.gold.len() {
                if s.skip[k] {
                    s.gold[k] = O;
                } else if !is_begin(s.gold[k]) && s.gold[k] != O && (k == 0 || s.gold[k - 1] == O) {
                    s.gold[k] -= 1;
                }
            }
            for i in r.clone() {
                feats.clear();
                if t.info[i].flags & SKIP != 0 {
                    s.offs.push(s.rows.len() as u32);
                    continue;
                }
                token_features(&t.info, r, i, |h| feats.push(h));
                s.rows.extend(feats.iter().map(|&h| row_of(h, bits) as u32));
                s.offs.push(s.rows.len() as u32);
            }
            out.push(s);
        }
    }
}

struct Weights {
    w: Vec<f32>,
    u: Vec<f32>,
    t: [[f32; NL]; NL + 1],
    tu: [[f32; NL]; NL + 1],
    c: f32,
}

impl Weights {
    fn upd(&mut self, idx: usize, v: f32) {
        self.w[idx] += v;
        self.u[idx] += self.c * v;
    }
    fn upd_t(&mut self, p: usize, q: usize, v: f32) {
        self.t[p][q] += v;
        self.tu[p][q] += self.c * v;
    }
    fn averaged(&self) -> (Vec<f32>, [[f32; NL]; NL + 1]) {
        let c = self.c.max(1.0);
        let w = self.w.iter().zip(&self.u).map(|(w, u)| w - u / c).collect();
        let mut t = self.t;
        for (a, row) in t.iter_mut().enumerate() {
            for (b, x) in row.iter_mut().enumerate() {
                *x -= self.tu[a][b] / c;
            }
        }
        (w, t)
    }
}

/// Small deterministic PRNG (xorshift64*), so training needs no extra crate.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
}

fn corpus_files(paths: &[PathBuf]) -> anyhow::Result<Vec<PathBuf>> {
    let mut all = Vec::new();
    for path in paths {
        if path.is_file() {
            all.push(path.clone());
            continue;
        }
        let mut files: Vec<PathBuf> = std::fs::read_dir(path)
            .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.to_string_lossy().ends_with(".bio.tsv"))
            .collect();
        files.sort();
        if files.is_empty() {
            anyhow::bail!("no *.bio.tsv files in {}", path.display());
        }
        all.extend(files);
    }
    Ok(all)
}

/// Times each training document of a corpus is seen per epoch: the big, noisy GMB once, the
/// small hand-annotated corpora more often so they are not drowned out.
fn repeats(name: &str, small: usize) -> usize {
    if name.starts_with("gmb") {
        1
    } else {
        small
    }
}

/// Train, write the model, and return the dev-set report.
pub fn run(opts: &Options, log: &mut dyn FnMut(&str)) -> anyhow::Result<String> {
    let files = corpus_files(&opts.corpora)?;
    let mut train: Vec<Sentence> = Vec::new();
    let mut weights_of: Vec<usize> = Vec::new();
    let mut dev: Vec<(String, Vec<Doc>)> = Vec::new();
    for f in &files {
        let name = evalner::corpus_name(f);
        let docs = corpus::read_file(f).map_err(|e| anyhow::anyhow!("{}: {e}", f.display()))?;
        let (d, t): (Vec<Doc>, Vec<Doc>) = docs.into_iter().partition(|d| evalner::is_dev(&d.id));
        let before = train.len();
        instances(&t, opts.bits, &mut train);
        weights_of.extend(std::iter::repeat_n(
            repeats(&name, opts.repeat_small),
            train.len() - before,
        ));
        log(&format!(
            "{name}: {} training docs ({} sentences), {} dev docs",
            t.len(),
            train.len() - before,
            d.len()
        ));
        dev.push((name, d));
    }
    let rows = 1usize << opts.bits;
    let mut wt = Weights {
        w: vec![0.0; rows * NL],
        u: vec![0.0; rows * NL],
        t: [[0.0; NL]; NL + 1],
        tu: [[0.0; NL]; NL + 1],
        c: 1.0,
    };
    let mut order: Vec<usize> = weights_of
        .iter()
        .enumerate()
        .flat_map(|(i, &n)| std::iter::repeat_n(i, n))
        .collect();
    let mut rng = Rng(opts.seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
    let mut em: Vec<[f32; NL]> = Vec::new();
    for epoch in 0..opts.epochs {
        for i in (1..order.len()).rev() {
            let j = (rng.next() % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        let mut errors = 0usize;
        let mut tokens = 0usize;
        for &si in &order {
            let s = &train[si];
            em.clear();
            for k in 0..s.gold.len() {
                if s.skip[k] {
                    em.push(FORCED_O);
                    continue;
                }
                let mut e = [0f32; NL];
                for &r in &s.rows[s.offs[k] as usize..s.offs[k + 1] as usize] {
                    let base = r as usize * NL;
                    for (l, x) in e.iter_mut().enumerate() {
                        *x += wt.w[base + l];
                    }
                }
                em.push(e);
            }
            let pred = viterbi(&em, &wt.t);
            tokens += s.gold.len();
            if pred != s.gold {
                for k in 0..s.gold.len() {
                    let (g, p) = (s.gold[k] as usize, pred[k] as usize);
                    if g != p {
                        errors += 1;
                        for ri in s.offs[k] as usize..s.offs[k + 1] as usize {
                            let base = s.rows[ri] as usize * NL;
                            wt.upd(base + g, 1.0);
                            wt.upd(base + p, -1.0);
                        }
                    }
                    let gp = if k == 0 { NL } else { s.gold[k - 1] as usize };
                    let pp = if k == 0 { NL } else { pred[k - 1] as usize };
                    if gp != pp || g != p {
                        wt.upd_t(gp, g, 1.0);
                        wt.upd_t(pp, p, -1.0);
                    }
                }
            }
            wt.c += 1.0;
        }
        log(&format!(
            "epoch {}: token error rate {:.4}",
            epoch + 1,
            errors as f64 / tokens.max(1) as f64
        ));
    }
    let (w, t) = wt.averaged();
    let mut model = Model::quantise(opts.bits, &w, &t);
    if opts.blend_share > 0.0 {
        let path = &opts.blend_with;
        let bytes = std::fs::read(path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
        let base = Model::from_bytes(&bytes)
            .ok_or_else(|| anyhow::anyhow!("{}: not a byline model", path.display()))?;
        model = base.blend(&model, opts.blend_share).ok_or_else(|| {
            anyhow::anyhow!("{}: a model of another size than --bits", path.display())
        })?;
        log(&format!(
            "averaged with {} (its share {})",
            path.display(),
            opts.blend_share
        ));
    }
    let bytes = model.to_bytes();
    if let Some(parent) = opts.out.parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(&opts.out, &bytes)?;
    log(&format!(
        "wrote {} ({} bytes)",
        opts.out.display(),
        bytes.len()
    ));
    let mut report = evalner::header();
    let mut total = Counts::default();
    for (name, docs) in &dev {
        let c = evalner::score(&model, docs);
        c.rows(name, &mut report);
        total.merge(&c);
    }
    total.rows("total", &mut report);
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    const CORPUS: &str =
        "# doc = d1\nMaria\tB-PER\nLopez\tI-PER\nvisited\tO\nParis\tB-LOC\n.\tO\n\n\
        # doc = d2\nAcme\tB-ORG\nCorp\tI-ORG\nhired\tO\nJohn\tB-PER\nSmith\tI-PER\n.\tO\n\n";

    fn options(dir: &std::path::Path, out: &str, blend_share: f32) -> Options {
        Options {
            corpora: vec![dir.join("news.bio.tsv")],
            out: dir.join(out),
            seed: 7,
            epochs: 3,
            bits: 10,
            repeat_small: 2,
            blend_with: dir.join("first.bin"),
            blend_share,
        }
    }

    /// The same corpora and seed write the same model, and a blend in which the other model
    /// counts fully writes that model's weights back (its transitions to float rounding).
    #[test]
    fn training_is_deterministic_and_blends_with_a_given_model() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(dir.path().join("news.bio.tsv"), CORPUS).expect("corpus");
        let mut quiet = |_: &str| {};
        run(&options(dir.path(), "first.bin", 0.0), &mut quiet).expect("train");
        run(&options(dir.path(), "second.bin", 0.0), &mut quiet).expect("train");
        run(&options(dir.path(), "blend.bin", 1.0), &mut quiet).expect("train");
        let read = |name: &str| std::fs::read(dir.path().join(name)).expect("model");
        assert_eq!(read("first.bin"), read("second.bin"));
        // Magic, bits, scale, then the transitions.
        let weights_at = 16 + 4 * (NL + 1) * NL;
        assert_eq!(
            read("blend.bin")[weights_at..],
            read("first.bin")[weights_at..]
        );
        let mut missing = options(dir.path(), "x.bin", 0.5);
        missing.blend_with = dir.path().join("none.bin");
        assert!(run(&missing, &mut quiet).is_err());
    }
}
