//! FNV-1a: the engine's fast hasher for its tables of short strings, and the stable 64-bit hash
//! the library keeps on disk (the same constants, in one place).

/// FNV-1a's 64-bit offset basis.
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
/// FNV-1a's 64-bit prime.
pub const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// FNV-1a, 64 bits, byte by byte: stable across Rust versions and machines, unlike
/// `DefaultHasher`, so its hashes can be kept on disk.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash = FNV_OFFSET;
    for b in bytes {
        hash ^= u64::from(*b);
        hash = hash.wrapping_mul(FNV_PRIME);
    }
    hash
}

/// An FNV-1a-style hash: stop-word lookups and the page's class cache hash many short strings,
/// and SipHash's resistance to crafted collisions buys nothing for a fixed table or one page.
#[derive(Default, Clone, Copy)]
pub struct FnvBuild;

/// The FNV-1a hasher state.
pub struct Fnv(u64);

impl std::hash::BuildHasher for FnvBuild {
    type Hasher = Fnv;
    fn build_hasher(&self) -> Fnv {
        Fnv(FNV_OFFSET)
    }
}

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        // Eight bytes at a time (FNV-1a over words), then the tail byte by byte: class strings
        // and block texts are long enough for the word steps to matter.
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.0 ^= u64::from_le_bytes(word);
            self.0 = self.0.rotate_left(23).wrapping_mul(FNV_PRIME);
        }
        for b in chunks.remainder() {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(FNV_PRIME);
        }
    }
}
