//! A small fast hasher for the engine's tables of short strings.

/// An FNV-1a-style hash: stop-word lookups and the page's class cache hash many short strings,
/// and SipHash's resistance to crafted collisions buys nothing for a fixed table or one page.
#[derive(Default, Clone, Copy)]
pub struct FnvBuild;

/// The FNV-1a hasher state.
pub struct Fnv(u64);

impl std::hash::BuildHasher for FnvBuild {
    type Hasher = Fnv;
    fn build_hasher(&self) -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
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
            self.0 = self.0.rotate_left(23).wrapping_mul(0x100_0000_01b3);
        }
        for b in chunks.remainder() {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x100_0000_01b3);
        }
    }
}
