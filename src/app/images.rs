//! The preview's image decoder: a saved page's pictures and a note's attachments, read from the
//! disk by egui_extras' file loader and decoded here, one after the other on a thread of the
//! loader's own, never on the UI thread.
//!
//! egui_extras' own decoder hands egui the picture at its full size, and a picture larger than
//! the graphics card takes (a long infographic 800 × 20,000 pixels) is a failed upload in a
//! release build and a failed assertion in a debug one. This one scales such a picture down to
//! fit first (and to the preview's widest, [`MAX_WIDTH`]), decodes one picture at a time, and
//! refuses one whose decoding would need more memory than [`MAX_DECODE_BYTES`].

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};
use std::task::Poll;

use eframe::egui;
use egui::load::{BytesPoll, ImageLoadResult, ImageLoader, ImagePoll, LoadError, SizeHint};

/// A picture is scaled down to this many pixels wide at most: the preview is never wider than a
/// screen. Its height is limited only by what the graphics card takes.
pub const MAX_WIDTH: u32 = 2048;
/// The most memory one picture's decoding may take: a "decompression bomb" (a small file that
/// claims 50,000 × 50,000 pixels) is refused, not decoded.
pub const MAX_DECODE_BYTES: u64 = 512 * 1024 * 1024;

type Entry = Poll<Result<Arc<egui::ColorImage>, String>>;

/// Decodes `file://` pictures for egui, scaled to fit (see the module's comment).
#[derive(Default)]
pub struct FittedImageLoader {
    cache: Arc<Mutex<HashMap<String, Entry>>>,
    /// The decoding thread's queue, started on the first picture. One picture is decoded at a
    /// time, whatever the number on the page: a page of 300 photos loads them one after the
    /// other, never holds 300 decodings in memory at once, and parks no thread per picture.
    queue: Mutex<Option<Sender<Decode>>>,
}

/// A picture waiting for the decoding thread.
struct Decode {
    key: String,
    bytes: egui::load::Bytes,
    max_side: u32,
    ctx: egui::Context,
}

/// The decoding thread: each queued picture still wanted (a new clipping forgets the old one's)
/// is decoded and its cache entry filled. Ends when the loader, and so the queue, is gone.
fn decode_queued(cache: &Mutex<HashMap<String, Entry>>, queue: Receiver<Decode>) {
    for job in queue {
        let wanted = cache
            .lock()
            .is_ok_and(|cache| cache.get(&job.key).is_some_and(Poll::is_pending));
        if !wanted {
            continue;
        }
        let decoded =
            decode_fitted(&job.bytes, job.max_side.min(MAX_WIDTH), job.max_side).map(Arc::new);
        if let Ok(mut cache) = cache.lock()
            && let Some(entry) = cache.get_mut(&job.key)
        {
            *entry = Poll::Ready(decoded);
        }
        job.ctx.request_repaint();
    }
}

impl FittedImageLoader {
    pub const ID: &'static str = egui::generate_loader_id!(FittedImageLoader);

    /// Hands `job` to the decoding thread, starting it (again, if a picture ever stopped it).
    fn enqueue(&self, job: Decode) -> Result<(), &'static str> {
        let Ok(mut queue) = self.queue.lock() else {
            return Err("the image decoder is unusable");
        };
        // A thread that ended (a picture made the decoder panic) gives the job back.
        let job = match queue.as_ref() {
            Some(sender) => match sender.send(job) {
                Ok(()) => return Ok(()),
                Err(unsent) => unsent.0,
            },
            None => job,
        };
        let (sender, receiver) = channel();
        let cache = Arc::clone(&self.cache);
        std::thread::Builder::new()
            .name("preview images".into())
            .spawn(move || decode_queued(&cache, receiver))
            .map_err(|_| "no thread to decode it")?;
        sender.send(job).map_err(|_| "the image decoder stopped")?;
        *queue = Some(sender);
        Ok(())
    }
}

/// The window's image loaders: egui_extras' file reader and this decoder.
pub fn install(ctx: &egui::Context) {
    egui_extras::install_image_loaders(ctx);
    if !ctx.is_loader_installed(FittedImageLoader::ID) {
        ctx.add_image_loader(Arc::new(FittedImageLoader::default()));
    }
}

impl ImageLoader for FittedImageLoader {
    fn id(&self) -> &str {
        Self::ID
    }

    fn load(&self, ctx: &egui::Context, uri: &str, _size_hint: SizeHint) -> ImageLoadResult {
        if !uri.starts_with("file://") {
            return Err(LoadError::NotSupported);
        }
        // egui names a frame of a picture that may be animated (GIF, WebP: "….webp#0"); the
        // first frame is what is shown, and the file is the name without it.
        let uri = egui::decode_animated_image_uri(uri).map_or(uri, |(file, _frame)| file);
        let Ok(mut cache) = self.cache.lock() else {
            return Err(LoadError::Loading("the image cache is unusable".into()));
        };
        if let Some(entry) = cache.get(uri) {
            return match entry {
                Poll::Ready(Ok(image)) => Ok(ImagePoll::Ready {
                    image: Arc::clone(image),
                }),
                Poll::Ready(Err(e)) => Err(LoadError::Loading(e.clone())),
                Poll::Pending => Ok(ImagePoll::Pending { size: None }),
            };
        }
        let bytes = match ctx.try_load_bytes(uri) {
            Ok(BytesPoll::Ready { bytes, .. }) => bytes,
            Ok(BytesPoll::Pending { size }) => return Ok(ImagePoll::Pending { size }),
            Err(e) => return Err(e),
        };
        cache.insert(uri.to_string(), Poll::Pending);
        drop(cache);
        let max_side = u32::try_from(ctx.input(|i| i.max_texture_side)).unwrap_or(MAX_WIDTH);
        let job = Decode {
            key: uri.to_string(),
            bytes,
            max_side,
            ctx: ctx.clone(),
        };
        if let Err(message) = self.enqueue(job)
            && let Ok(mut cache) = self.cache.lock()
        {
            cache.insert(uri.to_string(), Poll::Ready(Err(message.into())));
        }
        Ok(ImagePoll::Pending { size: None })
    }

    fn forget(&self, uri: &str) {
        if let Ok(mut cache) = self.cache.lock() {
            cache.remove(uri);
        }
    }

    fn forget_all(&self) {
        if let Ok(mut cache) = self.cache.lock() {
            cache.clear();
        }
    }

    fn byte_size(&self) -> usize {
        self.cache.lock().map_or(0, |cache| {
            cache
                .values()
                .map(|entry| match entry {
                    Poll::Ready(Ok(image)) => image.pixels.len() * size_of::<egui::Color32>(),
                    _ => 0,
                })
                .sum()
        })
    }

    fn has_pending(&self) -> bool {
        self.cache
            .lock()
            .is_ok_and(|cache| cache.values().any(Poll::is_pending))
    }
}

/// Where the window may read the images a note links (the preview, the block list's thumbnails),
/// worked out without touching the disk: the files are read off the UI thread by the loaders.
/// Remote images are never fetched.
#[derive(Debug, Default)]
pub struct ImagePlaces<'a> {
    /// The folder of the saved page the clipping was opened from: its `Page_files/…` links.
    pub page_folder: Option<&'a Path>,
    /// The folder of the note the clipping was saved as or re-opened from: its attachment links.
    pub note_folder: Option<&'a Path>,
    /// The library's attachments folder: a note's link is read only when it leads inside it.
    pub attachments: Option<&'a Path>,
}

impl<'a> ImagePlaces<'a> {
    /// Where `doc`'s pictures may be read: its saved page's folder, its note's folder, and the
    /// library's `attachments` folder.
    pub fn of(doc: &'a crate::app::doc::Document, attachments: Option<&'a Path>) -> Self {
        ImagePlaces {
            page_folder: doc.clipping.page_folder.as_deref(),
            note_folder: doc.note.as_deref().and_then(Path::parent),
            attachments,
        }
    }
}

/// The file an image address names on this computer: a saved page's own file, or a note's
/// attachment inside the library's attachments folder. `None` for remote addresses, absolute
/// paths, and anything that leads elsewhere.
pub fn local_image(src: &str, places: &ImagePlaces<'_>) -> Option<PathBuf> {
    if src.is_empty() || src.starts_with('/') || src.contains([':', '\\', '?', '#']) {
        return None;
    }
    let decoded = percent_encoding::percent_decode_str(src)
        .decode_utf8()
        .ok()?;
    if decoded.contains('\\') {
        return None;
    }
    if crate::extract::markdown::saved_page_file(src).as_deref() == Some(src) {
        let page = places.page_folder?;
        let files = page.join(decoded.split('/').next()?);
        return joined_inside(page, &decoded, &files);
    }
    joined_inside(places.note_folder?, &decoded, places.attachments?)
}

/// `relative` (with `/` between its parts) joined to `base` part by part, `..` taking one off,
/// when the result lies strictly inside `inside`.
fn joined_inside(base: &Path, relative: &str, inside: &Path) -> Option<PathBuf> {
    let mut path = base.to_path_buf();
    for part in relative.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                if !path.pop() {
                    return None;
                }
            }
            name => path.push(name),
        }
    }
    (path.starts_with(inside) && path != inside).then_some(path)
}

/// A `file://` URL for `path`, percent-encoded (spaces, `#`, non-ASCII) so a loader or the file
/// manager gets the whole path, never a fragment or a frame number; Windows drive paths get their
/// leading slash.
pub fn file_url(path: &Path) -> String {
    let text = path.to_string_lossy().replace('\\', "/");
    let slash = if text.starts_with('/') { "" } else { "/" };
    let encoded = percent_encoding::utf8_percent_encode(&text, FILE_URL_ESCAPED);
    format!("file://{slash}{encoded}")
}

/// Bytes percent-encoded in a `file://` URL: all but letters, digits, `-._~`, the path's `/` and
/// a Windows drive's `:`.
const FILE_URL_ESCAPED: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b'/')
    .remove(b':');

/// `bytes` decoded (PNG, JPEG, GIF's first frame, WebP) and scaled down, keeping its shape, to
/// at most `max_width` × `max_height`. Errors are phrases for the preview's hover text.
pub fn decode_fitted(
    bytes: &[u8],
    max_width: u32,
    max_height: u32,
) -> Result<egui::ColorImage, String> {
    let mut reader = image::ImageReader::new(std::io::Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| e.to_string())?;
    let mut limits = image::Limits::default();
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    reader.limits(limits);
    let mut picture = reader.decode().map_err(|e| e.to_string())?;
    let (max_width, max_height) = (max_width.max(1), max_height.max(1));
    if picture.width() > max_width || picture.height() > max_height {
        picture = picture.resize(max_width, max_height, image::imageops::FilterType::Triangle);
    }
    let rgba = picture.to_rgba8();
    let size = [rgba.width() as usize, rgba.height() as usize];
    Ok(egui::ColorImage::from_rgba_unmultiplied(
        size,
        rgba.as_flat_samples().as_slice(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(width: u32, height: u32) -> Vec<u8> {
        let mut bytes = Vec::new();
        image::RgbImage::from_pixel(width, height, image::Rgb([10, 200, 30]))
            .write_to(
                &mut std::io::Cursor::new(&mut bytes),
                image::ImageFormat::Png,
            )
            .expect("encode");
        bytes
    }

    #[test]
    fn the_decoding_thread_decodes_what_is_still_wanted_in_turn_and_skips_the_forgotten() {
        let cache: Mutex<HashMap<String, Entry>> = Mutex::new(HashMap::new());
        let (queue, jobs) = channel();
        let ctx = egui::Context::default();
        for (key, wanted) in [
            ("file:///a.png", true),
            ("file:///b.png", false),
            ("file:///c.png", true),
        ] {
            if wanted {
                cache
                    .lock()
                    .expect("cache")
                    .insert(key.into(), Poll::Pending);
            }
            let bytes = egui::load::Bytes::Shared(png(4, 3).into());
            let job = Decode {
                key: key.into(),
                bytes,
                max_side: 64,
                ctx: ctx.clone(),
            };
            queue.send(job).expect("queued");
        }
        // A picture the loader forgot (a new clipping opened) while it waited.
        drop(queue);
        decode_queued(&cache, jobs);
        let cache = cache.into_inner().expect("cache");
        let size = |key: &str| match cache.get(key) {
            Some(Poll::Ready(Ok(image))) => Some(image.size),
            _ => None,
        };
        assert_eq!(size("file:///a.png"), Some([4, 3]));
        assert_eq!(size("file:///c.png"), Some([4, 3]));
        assert!(!cache.contains_key("file:///b.png"));
    }

    #[test]
    fn a_saved_pages_files_and_a_notes_attachments_are_read_from_the_disk_and_nothing_else() {
        let page = Path::new("/home/ann/Downloads");
        let library = Path::new("/home/ann/Notes");
        let attachments = library.join("attachments");
        let places = ImagePlaces {
            page_folder: Some(page),
            note_folder: Some(&library.join("Reading")),
            attachments: Some(&attachments),
        };
        let local = |src: &str| local_image(src, &places);
        assert_eq!(
            local("Story_files/map%20one.png"),
            Some(page.join("Story_files/map one.png"))
        );
        assert_eq!(
            local("../attachments/Cycle%20lanes/map.png"),
            Some(attachments.join("Cycle lanes/map.png"))
        );
        for elsewhere in [
            "https://example.com/a.png",
            "file:///etc/passwd",
            "/etc/passwd",
            "../../../etc/passwd.png",
            "../attachments",
            "../other/a.png",
            "Story_files/../../secret.png",
            "..%2F..%2Fsecret.png",
            "Story_files/..%2F..%2Fsecret.png",
            "Story_files/..%2Fx.png",
            "Story_files\\a.png",
            "",
        ] {
            assert_eq!(local(elsewhere), None, "{elsewhere}");
        }
        // Without a page or a library, nothing local is known.
        assert_eq!(
            local_image("Story_files/a.png", &ImagePlaces::default()),
            None
        );
    }

    #[test]
    fn a_file_url_escapes_what_would_cut_the_path_short() {
        assert_eq!(
            file_url(Path::new("/home/ann/Saved pages #2/ü-1_a~b.png")),
            "file:///home/ann/Saved%20pages%20%232/%C3%BC-1_a~b.png"
        );
        assert_eq!(
            file_url(Path::new("C:\\Users\\ann\\a?b.png")),
            "file:///C:/Users/ann/a%3Fb.png"
        );
    }

    #[test]
    fn a_picture_larger_than_the_card_takes_is_scaled_down_keeping_its_shape() {
        let tall = decode_fitted(&png(40, 1000), 100, 250).expect("decoded");
        assert_eq!(tall.size, [10, 250]);
        let wide = decode_fitted(&png(1000, 40), 100, 250).expect("decoded");
        assert_eq!(wide.size, [100, 4]);
        let small = decode_fitted(&png(40, 30), 100, 250).expect("decoded");
        assert_eq!(small.size, [40, 30]);
    }

    #[test]
    fn what_is_no_picture_or_too_big_to_decode_is_an_error() {
        assert!(decode_fitted(b"not a picture", MAX_WIDTH, MAX_WIDTH).is_err());
        // A PNG header claiming 60,000 x 60,000 pixels: refused before any decoding.
        let mut bomb = png(1, 1);
        bomb[16..20].copy_from_slice(&60_000u32.to_be_bytes());
        bomb[20..24].copy_from_slice(&60_000u32.to_be_bytes());
        let crc = crc32(&bomb[12..29]);
        bomb[29..33].copy_from_slice(&crc.to_be_bytes());
        let refused = decode_fitted(&bomb, MAX_WIDTH, MAX_WIDTH).expect_err("refused");
        assert!(refused.contains("limit"), "{refused}");
    }

    /// PNG's chunk checksum, so the doctored header above reads as a real one.
    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = !0u32;
        for &b in bytes {
            crc ^= u32::from(b);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }
}
