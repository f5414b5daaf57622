//! Keep or trim each block, with a reason.
