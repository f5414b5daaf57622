//! What the examples that read the corpora share.

use std::io::Read;
use std::path::Path;

use anyhow::{Context, Result};

/// A page's bytes, gunzipped when the file is `.gz`.
pub fn read_page(path: &Path) -> Result<Vec<u8>> {
    let raw = std::fs::read(path).with_context(|| format!("Could not read {}", path.display()))?;
    if path.extension().is_some_and(|e| e == "gz") {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(raw.as_slice())
            .read_to_end(&mut out)
            .with_context(|| format!("Could not gunzip {}", path.display()))?;
        Ok(out)
    } else {
        Ok(raw)
    }
}
