//! The library sidebar: search as you type, sort, filter by tag and site, and the notes.

use std::collections::BTreeSet;
use std::path::Path;

use eframe::egui::{self, Sense, vec2};

use crate::app::{Action, LibraryView, SortBy};
use crate::library::{Library, NoteSummary};

/// The sidebar.
#[allow(clippy::too_many_arguments)] // each is a separate piece of state the sidebar shows
pub fn sidebar(
    ui: &mut egui::Ui,
    notes: &[NoteSummary],
    view: &mut LibraryView,
    sort: SortBy,
    library: Option<&Library>,
    open_note: Option<&Path>,
    scanning: bool,
    actions: &mut Vec<Action>,
) {
    ui.horizontal(|ui| {
        ui.heading("Library");
        if scanning {
            ui.spinner();
        }
    });
    if let Some(library) = library {
        let root = library.root();
        let name = root.file_name().map_or_else(
            || root.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        ui.weak(name).on_hover_text(root.display().to_string());
    } else {
        ui.colored_label(ui.visuals().warn_fg_color, "No library folder");
    }
    ui.horizontal_wrapped(|ui| {
        if ui
            .button("Refresh")
            .on_hover_text("Read the library folder again")
            .clicked()
        {
            actions.push(Action::RefreshLibrary);
        }
        if ui
            .add_enabled(library.is_some(), egui::Button::new("Open folder"))
            .on_hover_text("Show the library folder in the file manager")
            .clicked()
        {
            actions.push(Action::OpenLibraryFolder);
        }
    });

    let label = ui.label("Search");
    ui.add(
        egui::TextEdit::singleline(&mut view.query)
            .hint_text("title, site or tag")
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id);

    ui.horizontal(|ui| {
        let label = ui.label("Sort");
        egui::ComboBox::from_id_salt("sort")
            .selected_text(sort.label())
            .show_ui(ui, |ui| {
                for choice in SortBy::ALL {
                    if ui
                        .selectable_label(sort == choice, choice.label())
                        .clicked()
                    {
                        actions.push(Action::SetSort(choice));
                    }
                }
            })
            .response
            .labelled_by(label.id);
    });
    let tags: BTreeSet<&str> = notes
        .iter()
        .flat_map(|n| n.tags.iter().map(String::as_str))
        .collect();
    let sites: BTreeSet<&str> = notes.iter().filter_map(|n| n.site.as_deref()).collect();
    filter_combo(ui, "Tag", "tag_filter", &tags, &mut view.tag);
    filter_combo(ui, "Site", "site_filter", &sites, &mut view.site);
    ui.separator();

    let shown = visible_notes(notes, view, sort);
    if notes.is_empty() {
        ui.weak("No clippings yet. Saved clippings appear here.");
        return;
    }
    if shown.is_empty() {
        ui.weak("No clipping matches.");
        return;
    }
    ui.weak(format!("{} of {} clippings", shown.len(), notes.len()));
    let row_height = ui.text_style_height(&egui::TextStyle::Body)
        + ui.text_style_height(&egui::TextStyle::Small)
        + 10.0;
    egui::ScrollArea::vertical()
        .id_salt("notes")
        .auto_shrink([false, false])
        .show_rows(ui, row_height, shown.len(), |ui, rows| {
            for i in rows {
                note_row(ui, shown[i], open_note, row_height, actions);
            }
        });
}

fn filter_combo(
    ui: &mut egui::Ui,
    name: &str,
    id: &str,
    choices: &BTreeSet<&str>,
    selected: &mut Option<String>,
) {
    if choices.is_empty() {
        return;
    }
    ui.horizontal(|ui| {
        let label = ui.label(name);
        egui::ComboBox::from_id_salt(id)
            .selected_text(selected.as_deref().unwrap_or("Any"))
            .show_ui(ui, |ui| {
                if ui.selectable_label(selected.is_none(), "Any").clicked() {
                    *selected = None;
                }
                for choice in choices {
                    let on = selected.as_deref() == Some(*choice);
                    if ui.selectable_label(on, *choice).clicked() {
                        *selected = Some((*choice).to_string());
                    }
                }
            })
            .response
            .labelled_by(label.id);
    });
}

fn note_row(
    ui: &mut egui::Ui,
    note: &NoteSummary,
    open_note: Option<&Path>,
    height: f32,
    actions: &mut Vec<Action>,
) {
    let (rect, response) =
        ui.allocate_exact_size(vec2(ui.available_width(), height), Sense::click());
    let is_open = open_note == Some(note.path.as_path());
    if ui.is_rect_visible(rect) {
        let visuals = ui.visuals();
        let painter = ui.painter();
        if is_open {
            painter.rect_filled(rect, 4.0, visuals.selection.bg_fill.gamma_multiply(0.4));
        } else if response.hovered() {
            painter.rect_filled(rect, 4.0, visuals.faint_bg_color);
        }
        let body = egui::TextStyle::Body.resolve(ui.style());
        let small = egui::TextStyle::Small.resolve(ui.style());
        let width = rect.width() - 12.0;
        let title = painter.layout(note.title.clone(), body, visuals.text_color(), width);
        let title = elide(ui, title, &note.title, width);
        painter.galley(rect.min + vec2(6.0, 4.0), title, visuals.text_color());
        let date = note
            .published
            .as_deref()
            .or(note.created.as_deref())
            .map(|d| d.get(..10).unwrap_or(d))
            .unwrap_or("");
        let meta = [note.site.as_deref().unwrap_or(""), date]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" · ");
        painter.text(
            egui::pos2(rect.left() + 6.0, rect.bottom() - 4.0),
            egui::Align2::LEFT_BOTTOM,
            meta,
            small,
            visuals.weak_text_color(),
        );
    }
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &note.title));
    let response = response.on_hover_text(format!(
        "{}\n{}\nClick to re-open and re-trim; right-click for more.",
        note.title,
        note.path.display()
    ));
    if response.clicked() {
        actions.push(Action::Reopen(note.path.clone()));
    }
    response.context_menu(|ui| {
        if ui.button("Open for editing").clicked() {
            actions.push(Action::Reopen(note.path.clone()));
        }
        if ui.button("Copy as Markdown").clicked() {
            actions.push(Action::CopyMarkdown(note.path.clone()));
        }
    });
}

/// The title on one line, cut with "…" when it does not fit.
fn elide(
    ui: &egui::Ui,
    galley: std::sync::Arc<egui::Galley>,
    text: &str,
    width: f32,
) -> std::sync::Arc<egui::Galley> {
    if galley.rows.len() <= 1 {
        return galley;
    }
    let mut job = egui::text::LayoutJob::simple_singleline(
        text.to_string(),
        egui::TextStyle::Body.resolve(ui.style()),
        ui.visuals().text_color(),
    );
    job.wrap = egui::text::TextWrapping::truncate_at_width(width);
    ui.painter().layout_job(job)
}

/// Fuzzy match: every character of `query` appears in `text` in order (case-insensitive).
/// Returns a score (higher is better: contiguous and early matches) or `None`.
pub fn fuzzy_score(query: &str, text: &str) -> Option<i32> {
    let query: Vec<char> = query
        .to_lowercase()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    if query.is_empty() {
        return Some(0);
    }
    let text: Vec<char> = text.to_lowercase().chars().collect();
    let mut score = 0;
    let mut qi = 0;
    let mut last: Option<usize> = None;
    for (ti, c) in text.iter().enumerate() {
        if qi < query.len() && *c == query[qi] {
            score += match last {
                Some(l) if l + 1 == ti => 8,
                _ => 1,
            };
            if ti == 0 || !text[ti - 1].is_alphanumeric() {
                score += 4;
            }
            last = Some(ti);
            qi += 1;
        }
    }
    (qi == query.len()).then_some(score - last.unwrap_or(0) as i32 / 16)
}

/// The notes the sidebar shows: filtered by tag and site, fuzzy-matched, sorted.
pub fn visible_notes<'a>(
    notes: &'a [NoteSummary],
    view: &LibraryView,
    sort: SortBy,
) -> Vec<&'a NoteSummary> {
    let mut hits: Vec<(i32, &NoteSummary)> = notes
        .iter()
        .filter(|n| view.tag.as_ref().is_none_or(|t| n.tags.contains(t)))
        .filter(|n| {
            view.site
                .as_ref()
                .is_none_or(|s| n.site.as_ref() == Some(s))
        })
        .filter_map(|n| {
            let haystack = format!(
                "{} {} {}",
                n.title,
                n.site.as_deref().unwrap_or(""),
                n.tags.join(" ")
            );
            fuzzy_score(&view.query, &haystack).map(|s| (s, n))
        })
        .collect();
    let searching = !view.query.trim().is_empty();
    hits.sort_by(|(sa, a), (sb, b)| {
        let by_score = if searching {
            sb.cmp(sa)
        } else {
            std::cmp::Ordering::Equal
        };
        by_score.then_with(|| match sort {
            SortBy::Clipped => b.created.cmp(&a.created),
            SortBy::Published => b.published.cmp(&a.published),
            SortBy::Title => a.title.to_lowercase().cmp(&b.title.to_lowercase()),
            SortBy::Site => a
                .site
                .as_deref()
                .unwrap_or("")
                .to_lowercase()
                .cmp(&b.site.as_deref().unwrap_or("").to_lowercase())
                .then_with(|| b.created.cmp(&a.created)),
        })
    });
    hits.into_iter().map(|(_, n)| n).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fuzzy_matching_prefers_contiguous_words() {
        assert!(fuzzy_score("trmp", "Trump urged to call Putin").is_some());
        assert!(fuzzy_score("xyz", "Trump urged").is_none());
        let tight = fuzzy_score("putin", "Trump urged to call Putin").expect("match");
        let loose = fuzzy_score("putin", "Paul uses tin").expect("match");
        assert!(tight > loose);
    }
}
