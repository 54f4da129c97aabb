//! Benchmarks run by `byline eval`.

pub mod html;
