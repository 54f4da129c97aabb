//! Measuring the analysis against annotated articles.

pub mod gold;
