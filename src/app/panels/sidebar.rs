//! The library sidebar: search as you type, sort, filter by tag and site, and the notes.

use std::path::Path;

use eframe::egui::{self, Sense, vec2};

use crate::app::{Action, LibraryView, SORTS, SortBy};
use crate::library::{ImportProgress, Library, NoteSummary, TrashedNote};

/// What the sidebar shows besides its own search and filters.
#[derive(Clone, Copy)]
pub struct SidebarState<'a> {
    pub notes: &'a [NoteSummary],
    pub sort: SortBy,
    pub library: Option<&'a Library>,
    /// The note open in the editor, highlighted.
    pub open_note: Option<&'a Path>,
    pub scanning: bool,
    pub import: Option<&'a ImportProgress>,
    /// A note just deleted, offered for Undo.
    pub trashed: Option<&'a TrashedNote>,
}

/// The sidebar.
pub fn sidebar(
    ui: &mut egui::Ui,
    state: SidebarState<'_>,
    view: &mut LibraryView,
    actions: &mut Vec<Action>,
) {
    let notes = state.notes;
    ui.horizontal(|ui| {
        ui.heading("Library");
        if state.scanning {
            ui.spinner();
        }
    });
    if let Some(library) = state.library {
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
        let has_library = state.library.is_some();
        if ui
            .add_enabled(has_library, egui::Button::new("Refresh"))
            .on_hover_text("Read the library folder again")
            .clicked()
        {
            actions.push(Action::RefreshLibrary);
        }
        if ui
            .add_enabled(has_library, egui::Button::new("Open folder"))
            .on_hover_text("Show the library folder in the file manager")
            .clicked()
        {
            actions.push(Action::OpenLibraryFolder);
        }
        if ui
            .add_enabled(
                has_library && state.import.is_none(),
                egui::Button::new("Import…"),
            )
            .on_hover_text("Import a folder of saved pages (.html, .txt) and notes (.md)")
            .clicked()
        {
            actions.push(Action::ImportDialog);
        }
    });
    if let Some(progress) = state.import {
        let fraction = if progress.total == 0 {
            0.0
        } else {
            progress.done as f32 / progress.total as f32
        };
        let name = progress
            .current
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        ui.add(
            egui::ProgressBar::new(fraction)
                .show_percentage()
                .text(format!(
                    "Importing {} of {}: {name}",
                    progress.done + 1,
                    progress.total.max(1)
                )),
        );
    }
    if let Some(trashed) = state.trashed {
        ui.horizontal_wrapped(|ui| {
            let name = trashed
                .path
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
            ui.weak(format!("Deleted {name}"));
            if ui
                .button("Undo delete")
                .on_hover_text("Bring the note back from the trash")
                .clicked()
            {
                actions.push(Action::UndoDelete);
            }
        });
    }

    let label = ui.label("Search");
    ui.add(
        egui::TextEdit::singleline(&mut view.query)
            .hint_text("title, site or tag")
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id);

    let sort = state.sort;
    ui.horizontal(|ui| {
        let label = ui.label("Sort");
        egui::ComboBox::from_id_salt("sort")
            .selected_text(sort_label(sort))
            .show_ui(ui, |ui| {
                for (choice, text) in SORTS {
                    if ui.selectable_label(sort == choice, text).clicked() {
                        actions.push(Action::SetSort(choice));
                    }
                }
            })
            .response
            .labelled_by(label.id);
    });
    filter_combo(ui, "Tag", "tag_filter", &view.tag_choices, &mut view.tag);
    filter_combo(
        ui,
        "Site",
        "site_filter",
        &view.site_choices,
        &mut view.site,
    );
    ui.separator();

    if notes.is_empty() {
        ui.weak("No clippings yet. Saved clippings appear here.");
        return;
    }
    let shown = &view.shown;
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
                if let Some(note) = shown.get(i).and_then(|&n| notes.get(n)) {
                    note_row(ui, note, state.open_note, row_height, actions);
                }
            }
        });
}

fn sort_label(sort: SortBy) -> &'static str {
    SORTS
        .iter()
        .find(|(s, _)| *s == sort)
        .map_or("Newest clipped", |(_, l)| l)
}

fn filter_combo(
    ui: &mut egui::Ui,
    name: &str,
    id: &str,
    choices: &[String],
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
                    let on = selected.as_deref() == Some(choice.as_str());
                    if ui.selectable_label(on, choice).clicked() {
                        *selected = Some(choice.clone());
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
        // Room is left at the right for the "…" button.
        let width = rect.width() - 40.0;
        let title = painter.layout(note.title.clone(), body, visuals.text_color(), width);
        let title = elide(ui, title, &note.title, width);
        painter.galley(rect.min + vec2(6.0, 4.0), title, visuals.text_color());
        let date = note.list_date_label();
        let conflict = if note.conflict {
            // Words only: egui's own fonts have no "⚠" (a box where no system font has it).
            "sync conflict copy"
        } else {
            ""
        };
        let meta = [note.site.as_deref().unwrap_or(""), date.as_str(), conflict]
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
    // A screen reader hears that the row is a sync conflict copy, as the row shows it.
    response.widget_info(|| {
        let label = if note.conflict {
            format!("{} (sync conflict copy)", note.title)
        } else {
            note.title.clone()
        };
        egui::WidgetInfo::labeled(egui::Role::Button, true, label)
    });
    // A "…" button at the row's right shows the note's actions where a person looks for them
    // (on the hovered or open row, and while its menu is open); right-click shows the same menu.
    let menu_id = ui.make_persistent_id(("note-menu", &note.path));
    let button_rect = egui::Rect::from_min_size(
        egui::pos2(rect.right() - 30.0, rect.top() + 2.0),
        vec2(26.0, 20.0),
    );
    let show_button = response.hovered()
        || is_open
        || egui::Popup::is_id_open(ui.ctx(), menu_id)
        || ui.rect_contains_pointer(button_rect);
    // Placed over the row without moving the list's cursor: `put` would move it to below the
    // button, and the next row was drawn over the bottom of this one.
    let more = show_button.then(|| {
        ui.place(button_rect, egui::Button::new("…").small())
            .on_hover_text("Open, rename, tag, copy or delete this note")
    });
    let response = response.on_hover_text(format!(
        "{}\n{}\nClick to re-open and re-trim; … or right-click for more.",
        note.title,
        note.path.display()
    ));
    if response.clicked() {
        actions.push(Action::Reopen(note.path.clone()));
    }
    if let Some(more) = &more {
        more.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::Button, true, format!("More: {}", note.title))
        });
        egui::Popup::menu(more)
            .id(menu_id)
            .show(|ui| note_menu(ui, note, actions));
    }
    response.context_menu(|ui| note_menu(ui, note, actions));
}

/// What can be done to a listed note: the same in its "…" menu and its right-click menu.
fn note_menu(ui: &mut egui::Ui, note: &NoteSummary, actions: &mut Vec<Action>) {
    if ui.button("Open for editing").clicked() {
        actions.push(Action::Reopen(note.path.clone()));
    }
    if ui.button("Rename…").clicked() {
        actions.push(Action::StartRename(note.path.clone()));
    }
    if ui.button("Edit tags…").clicked() {
        actions.push(Action::StartEditTags(note.path.clone()));
    }
    if ui.button("Copy as Markdown").clicked() {
        actions.push(Action::CopyMarkdown(note.path.clone()));
    }
    if ui
        .button("Delete")
        .on_hover_text("Move the note to the trash")
        .clicked()
    {
        actions.push(Action::DeleteNote(note.path.clone()));
    }
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
