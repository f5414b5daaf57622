//! Fallback fonts from the system, so articles in Chinese, Japanese, Korean, Arabic or Hebrew, and
//! the emoji and symbols pages use as bullets (✅, 👉), show as text rather than boxes. egui's
//! built-in fonts cover Latin, Greek and Cyrillic and a few emoji only, and it cannot draw colour
//! emoji fonts: the emoji come from a monochrome one.
//! Read on a thread after the window opens: a CJK font is megabytes and must not delay the first
//! frame.

use std::path::Path;

use eframe::egui::{self, FontData, FontFamily};
use egui::epaint::text::{FontInsert, FontPriority, InsertFontFamily};

/// Broad-coverage fonts (scripts other than CJK); every one found is added.
const BROAD: &[&str] = &[
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "C:\\Windows\\Fonts\\segoeui.ttf",
    // Monochrome emoji and symbols (Debian's and Ubuntu's fonts-symbola, Fedora's
    // gdouros-symbola-fonts, Windows' Segoe UI Symbol).
    "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf",
    "/usr/share/fonts/gdouros-symbola/Symbola.ttf",
    "C:\\Windows\\Fonts\\seguisym.ttf",
];

/// CJK fonts, best first; the first found is added.
const CJK: &[&str] = &[
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/System/Library/Fonts/PingFang.ttc",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
    "C:\\Windows\\Fonts\\msyh.ttc",
    "C:\\Windows\\Fonts\\malgun.ttf",
];

/// Adds the system's fallback fonts to `ctx` in the background.
pub fn load_fallbacks(ctx: &egui::Context) {
    let ctx = ctx.clone();
    // Without the thread the fonts are simply missing: nothing to report.
    let _ = std::thread::Builder::new()
        .name("fonts".into())
        .spawn(move || {
            let mut found: Vec<&str> = BROAD
                .iter()
                .copied()
                .filter(|p| Path::new(p).exists())
                .collect();
            found.extend(CJK.iter().copied().find(|p| Path::new(p).exists()));
            if std::env::var_os("TIDYCLIP_TIMINGS").is_some() {
                eprintln!("tidyclip-timing fallback fonts: {found:?}");
            }
            for path in found {
                let Ok(bytes) = std::fs::read(path) else {
                    continue;
                };
                let families = [FontFamily::Proportional, FontFamily::Monospace]
                    .into_iter()
                    .map(|family| InsertFontFamily {
                        family,
                        priority: FontPriority::Lowest,
                    })
                    .collect();
                ctx.add_font(FontInsert::new(path, FontData::from_owned(bytes), families));
            }
            ctx.request_repaint();
        });
}
