pub mod gold;
