//! The preview: exactly what Save will write, rendered or as raw Markdown.

use std::path::Path;

use eframe::egui;

use crate::app::Action;
use crate::app::doc::Document;
use crate::extract::Role;

/// Kept blocks the rendered preview lays out; past this the raw view shows the rest.
const RENDERED_BLOCKS: usize = 400;
/// Bytes of raw Markdown the raw view shows; a 10 MB note would stall every frame.
const RAW_BYTES: usize = 200_000;

/// The preview panel. `markdown` is `doc.clipping.to_markdown()`, cached by the caller.
pub fn preview(
    ui: &mut egui::Ui,
    doc: &Document,
    markdown: &str,
    target: Option<&Path>,
    raw: bool,
    actions: &mut Vec<Action>,
) {
    ui.horizontal(|ui| {
        ui.strong("Preview");
        let mut raw_now = raw;
        if ui
            .checkbox(&mut raw_now, "Raw Markdown")
            .on_hover_text("Show the Markdown file exactly as it will be saved")
            .changed()
        {
            actions.push(Action::SetRawPreview(raw_now));
        }
        if ui
            .button("Copy as Markdown")
            .on_hover_text("Copy exactly what Save writes")
            .clicked()
        {
            actions.push(Action::CopyCurrentMarkdown);
        }
    });
    match target {
        Some(path) => {
            let name = path
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
            let verb = match doc.note.as_deref() {
                Some(note) if note == path => "Save rewrites",
                // The title or the file-name template changed: the note moves to its new name.
                Some(_) => "Save renames the note to",
                None => "Save writes",
            };
            ui.label(egui::RichText::new(format!("{verb} {name}")).small())
                .on_hover_text(path.display().to_string());
        }
        None => {
            ui.label(egui::RichText::new("No library folder: choose one in Settings.").small());
        }
    }
    ui.separator();
    egui::ScrollArea::vertical()
        // Per clipping, like the blocks list: a new article's preview starts at its top.
        .id_salt(("preview", doc.clipping.id.as_str()))
        .auto_shrink([false, false])
        .show(ui, |ui| {
            if raw {
                raw_view(ui, markdown);
            } else {
                rendered_view(ui, doc);
            }
        });
}

fn raw_view(ui: &mut egui::Ui, markdown: &str) {
    let shown = if markdown.len() > RAW_BYTES {
        let mut cut = RAW_BYTES;
        while !markdown.is_char_boundary(cut) {
            cut -= 1;
        }
        &markdown[..cut]
    } else {
        markdown
    };
    let mut text = shown;
    let label = ui.label(egui::RichText::new("Markdown to be saved").small().weak());
    ui.add(
        egui::TextEdit::multiline(&mut text)
            .code_editor()
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id);
    if shown.len() < markdown.len() {
        ui.weak(format!(
            "… the first {} KB of {} KB shown.",
            shown.len() / 1000,
            markdown.len() / 1000
        ));
    }
}

fn rendered_view(ui: &mut egui::Ui, doc: &Document) {
    let c = &doc.clipping;
    ui.heading(c.display_title());
    let mut meta = Vec::new();
    if let Some(site) = &c.site {
        meta.push(site.clone());
    }
    if !c.authors.is_empty() {
        meta.push(c.authors.join(", "));
    }
    if let Some(published) = &c.published {
        meta.push(published.clone());
    }
    if !meta.is_empty() {
        ui.weak(meta.join(" · "));
    }
    if let Some(url) = &c.source {
        ui.hyperlink(url);
    }
    if !c.tags.is_empty() {
        ui.weak(format!("Tags: {}", c.tags.join(", ")));
    }
    ui.separator();
    let mut shown = 0;
    let mut total = 0;
    for block in c.article.kept_body() {
        total += 1;
        if shown >= RENDERED_BLOCKS {
            continue;
        }
        shown += 1;
        let text = block.text.as_str();
        match block.role {
            Role::Heading => {
                ui.add_space(6.0);
                ui.label(egui::RichText::new(text).heading());
            }
            Role::ListItem => {
                ui.horizontal_wrapped(|ui| {
                    ui.label("•");
                    ui.label(text);
                });
            }
            Role::Quote => {
                egui::Frame::new()
                    .inner_margin(egui::Margin {
                        left: 10,
                        ..egui::Margin::ZERO
                    })
                    .stroke(egui::Stroke::NONE)
                    .show(ui, |ui| {
                        ui.label(egui::RichText::new(text).italics());
                    });
            }
            _ => {
                ui.label(text);
            }
        }
        ui.add_space(4.0);
    }
    if total == 0 {
        ui.weak("Every block is trimmed: the note would have front matter only.");
    } else if total > shown {
        ui.weak(format!(
            "… and {} more blocks (tick Raw Markdown to see the file).",
            total - shown
        ));
    }
}
