//! Panels: functions over the piece of state they show, turning input into [`Action`]s.

mod editor;
mod preview;
mod sidebar;

use eframe::egui::{self, Key, KeyboardShortcut, Modifiers};

use super::doc::Document;
use super::{Action, App, Prompt, Status, ThemeChoice};

pub use editor::{EditorState, editor};
pub use preview::preview;
pub use sidebar::{SidebarState, sidebar};

/// The keyboard shortcuts, shown in the F1 overlay: (keys, what they do).
pub const SHORTCUTS: &[(&str, &str)] = &[
    ("Ctrl+O", "Open an article file"),
    (
        "Ctrl+Shift+V",
        "Paste an article (HTML when the clipboard has it)",
    ),
    ("Ctrl+V", "Paste an article as text (outside the fields)"),
    ("Ctrl+N", "New clipping"),
    ("Ctrl+S", "Save to the library"),
    ("Ctrl+Z", "Undo"),
    ("Ctrl+Shift+Z / Ctrl+Y", "Redo"),
    ("J / Down", "Next block"),
    ("K / Up", "Previous block"),
    ("Page Down / Page Up", "Ten blocks down / up"),
    ("Space", "Trim or keep the current block"),
    ("Click", "Trim or keep a block"),
    (
        "Shift+Click",
        "Give a range of blocks the first one's state",
    ),
    ("Ctrl+E", "Trim from the current block to the end"),
    ("Ctrl+R", "Keep only the current run of blocks"),
    ("F1", "Show or hide this list"),
    ("Esc", "Close a dialog"),
];

fn shortcut(mods: Modifiers, key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(mods, key)
}

/// Global shortcuts, consumed before any widget sees them (so a field's own undo never runs:
/// every edit is undone through the document's history).
pub fn shortcuts(ctx: &egui::Context, app: &App, actions: &mut Vec<Action>) {
    let cmd_shift = Modifiers::COMMAND | Modifiers::SHIFT;
    ctx.input_mut(|i| {
        // Most specific first: consume_shortcut ignores extra Shift.
        if i.consume_shortcut(&shortcut(cmd_shift, Key::V)) {
            actions.push(Action::Paste);
        }
        if i.consume_shortcut(&shortcut(cmd_shift, Key::Z))
            || i.consume_shortcut(&shortcut(Modifiers::COMMAND, Key::Y))
        {
            actions.push(Action::Redo);
        }
        if i.consume_shortcut(&shortcut(Modifiers::COMMAND, Key::Z)) {
            actions.push(Action::Undo);
        }
        if i.consume_shortcut(&shortcut(Modifiers::COMMAND, Key::O)) {
            actions.push(Action::OpenDialog);
        }
        if i.consume_shortcut(&shortcut(Modifiers::COMMAND, Key::N)) {
            actions.push(Action::New);
        }
        if i.consume_shortcut(&shortcut(Modifiers::COMMAND, Key::S)) {
            actions.push(Action::Save);
        }
        if i.consume_key(Modifiers::NONE, Key::F1) {
            actions.push(Action::ShowHelp(!app.show_help));
        }
    });

    let dialog_open = app.prompt.is_some() || app.show_help || app.show_settings;
    if dialog_open || ctx.egui_wants_keyboard_input() {
        return;
    }
    // A plain paste outside the fields clips the pasted text.
    let pasted = ctx.input(|i| {
        i.events.iter().find_map(|e| match e {
            egui::Event::Paste(text) => Some(text.clone()),
            _ => None,
        })
    });
    if let Some(text) = pasted {
        actions.push(Action::PasteText(text));
    }
    if app.doc.is_none() {
        return;
    }
    let nothing_focused = ctx.memory(|m| m.focused().is_none());
    ctx.input_mut(|i| {
        if i.consume_key(Modifiers::NONE, Key::J)
            || (nothing_focused && i.consume_key(Modifiers::NONE, Key::ArrowDown))
        {
            actions.push(Action::MoveCursor(1));
        }
        if i.consume_key(Modifiers::NONE, Key::K)
            || (nothing_focused && i.consume_key(Modifiers::NONE, Key::ArrowUp))
        {
            actions.push(Action::MoveCursor(-1));
        }
        if i.consume_key(Modifiers::NONE, Key::PageDown) {
            actions.push(Action::MoveCursor(10));
        }
        if i.consume_key(Modifiers::NONE, Key::PageUp) {
            actions.push(Action::MoveCursor(-10));
        }
        // A focused button or block takes Space as its own click.
        if nothing_focused && i.consume_key(Modifiers::NONE, Key::Space) {
            actions.push(Action::ToggleCursor);
        }
        // With Ctrl, so typing into the window by mistake never trims half the article.
        if let Some(cursor) = app.cursor {
            if i.consume_shortcut(&shortcut(Modifiers::COMMAND, Key::E)) {
                actions.push(Action::TrimToEnd(cursor));
            }
            if i.consume_shortcut(&shortcut(Modifiers::COMMAND, Key::R)) {
                actions.push(Action::KeepOnlyRun(cursor));
            }
        }
    });
}

/// Files dropped on the window, and the window's close button.
pub fn window_events(ctx: &egui::Context, app: &App, actions: &mut Vec<Action>) {
    let dropped = ctx.input(|i| {
        i.raw.dropped_files.iter().find_map(|f| {
            let p = f.path();
            (!p.as_os_str().is_empty()).then(|| p.to_path_buf())
        })
    });
    if let Some(path) = dropped {
        actions.push(Action::Open(path));
    }
    let hovering = ctx.input(|i| !i.raw.hovered_files.is_empty());
    if hovering {
        let painter = ctx.layer_painter(egui::LayerId::new(
            egui::Order::Foreground,
            egui::Id::unique("drop_overlay"),
        ));
        let rect = ctx.content_rect();
        painter.rect_filled(rect, 0.0, egui::Color32::from_black_alpha(160));
        painter.text(
            rect.center(),
            egui::Align2::CENTER_CENTER,
            "Drop the file to open it",
            egui::FontId::proportional(24.0),
            egui::Color32::WHITE,
        );
    }
    let close_requested = ctx.input(|i| i.viewport().close_requested());
    if close_requested && !app.allow_close && app.doc.as_ref().is_some_and(Document::is_dirty) {
        ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
        actions.push(Action::Quit);
    }
}

fn tool_button(
    ui: &mut egui::Ui,
    enabled: bool,
    text: &str,
    tip: &str,
    action: Action,
    actions: &mut Vec<Action>,
) {
    let response = ui
        .add_enabled(enabled, egui::Button::new(text))
        .on_hover_text(tip)
        .on_disabled_hover_text(tip);
    if response.clicked() {
        actions.push(action);
    }
}

/// The toolbar: open, paste, new, save, undo, redo, settings, help.
pub fn toolbar(ui: &mut egui::Ui, app: &App, actions: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        let has_doc = app.doc.is_some();
        tool_button(
            ui,
            true,
            "Open…",
            "Open an article file: .html, .htm, .txt or .md (Ctrl+O). You can also drop a file on the window.",
            Action::OpenDialog,
            actions,
        );
        tool_button(
            ui,
            true,
            "Paste",
            "Clip the article on the clipboard (Ctrl+Shift+V)",
            Action::Paste,
            actions,
        );
        tool_button(ui, true, "New", "Start a new clipping (Ctrl+N)", Action::New, actions);
        tool_button(
            ui,
            has_doc,
            "Save",
            "Save the clipping into the library (Ctrl+S)",
            Action::Save,
            actions,
        );
        ui.separator();
        let (can_undo, can_redo) = app
            .doc
            .as_ref()
            .map_or((false, false), |d| (d.can_undo(), d.can_redo()));
        tool_button(ui, can_undo, "Undo", "Undo the last edit (Ctrl+Z)", Action::Undo, actions);
        tool_button(
            ui,
            can_redo,
            "Redo",
            "Redo what was undone (Ctrl+Shift+Z)",
            Action::Redo,
            actions,
        );
        ui.separator();
        tool_button(
            ui,
            true,
            "Settings",
            "Library folder, theme, default tags, your site rules",
            Action::ShowSettings(!app.show_settings),
            actions,
        );
        tool_button(
            ui,
            true,
            "Help",
            "Keyboard shortcuts (F1)",
            Action::ShowHelp(!app.show_help),
            actions,
        );
        if app.is_busy() {
            ui.add(egui::Spinner::new())
                .on_hover_text("Working in the background…");
        }
    });
}

/// The status line: the last message, and the clipping's word counts.
pub fn status_line(ui: &mut egui::Ui, status: Option<&Status>, doc: Option<&Document>, busy: bool) {
    ui.horizontal(|ui| {
        if busy {
            ui.spinner();
        }
        if let Some(status) = status {
            let text = egui::RichText::new(&status.text);
            let text = if status.error {
                text.color(ui.visuals().error_fg_color)
            } else {
                text
            };
            ui.label(text);
        }
        if let Some(doc) = doc {
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let c = doc.counts;
                ui.label(format!(
                    "Kept {} · trimmed {}",
                    counted(c.kept, "word"),
                    counted(c.trimmed, "word")
                ));
            });
        }
    });
}

/// `1 word`, `2 words`: a count with its noun (English plurals in `s` are all the window needs).
pub(crate) fn counted(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// What the editor shows before there is a clipping.
pub fn welcome(ui: &mut egui::Ui, busy: bool, actions: &mut Vec<Action>) {
    ui.vertical_centered(|ui| {
        ui.add_space(ui.available_height() * 0.25);
        ui.heading("Clip an article");
        ui.add_space(8.0);
        if busy {
            ui.spinner();
            ui.label("Reading the article…");
            return;
        }
        ui.label("Copy an article in your browser and paste it here, open a saved page, or drop a file on the window.");
        ui.add_space(12.0);
        ui.horizontal(|ui| {
            // Centre the two buttons.
            let width = 220.0;
            ui.add_space(((ui.available_width() - width) / 2.0).max(0.0));
            if ui
                .button("Paste an article")
                .on_hover_text("Ctrl+Shift+V")
                .clicked()
            {
                actions.push(Action::Paste);
            }
            if ui
                .button("Open a file…")
                .on_hover_text("Ctrl+O")
                .clicked()
            {
                actions.push(Action::OpenDialog);
            }
        });
        ui.add_space(12.0);
        ui.weak("Press F1 for keyboard shortcuts.");
    });
}

/// The questions the window waits on: unsaved edits, a note changed on disk.
pub fn prompts(
    ctx: &egui::Context,
    prompt: Option<&Prompt>,
    doc: Option<&Document>,
    notes: &[crate::library::NoteSummary],
    actions: &mut Vec<Action>,
) {
    let Some(prompt) = prompt else {
        return;
    };
    let modal = egui::Modal::new(egui::Id::unique("prompt")).show(ctx, |ui| {
        ui.set_max_width(420.0);
        match prompt {
            Prompt::Discard { then } => {
                ui.heading("Unsaved changes");
                let title = doc.map_or("This clipping", |d| d.clipping.display_title());
                let what = match **then {
                    Action::Quit => "Closing the window",
                    Action::New => "Starting a new clipping",
                    Action::Reopen(_) => "Opening that note",
                    _ => "Opening another article",
                };
                ui.label(format!(
                    "“{title}” has edits that are not saved. {what} would lose them."
                ));
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button("Save and continue").clicked() {
                        actions.push(Action::SaveThenContinue);
                    }
                    if ui.button("Discard changes").clicked() {
                        actions.push(Action::ConfirmDiscard);
                    }
                    if ui.button("Cancel").clicked() {
                        actions.push(Action::CancelPrompt);
                    }
                });
            }
            Prompt::Duplicate { existing, why } => {
                ui.heading("Already in your library");
                ui.label(format!(
                    "This looks like “{}” ({why}).",
                    existing.title
                ));
                ui.add_space(8.0);
                ui.horizontal_wrapped(|ui| {
                    if ui
                        .button("Open the existing note")
                        .on_hover_text("Drop this clipping and edit the saved one")
                        .clicked()
                    {
                        actions.push(Action::OpenExisting(existing.path.clone()));
                    }
                    if ui
                        .button("Replace it")
                        .on_hover_text("Rewrite the saved note with this clipping")
                        .clicked()
                    {
                        actions.push(Action::SaveReplacing(existing.path.clone()));
                    }
                    if ui.button("Save as new").clicked() {
                        actions.push(Action::SaveAsNew);
                    }
                    if ui.button("Cancel").clicked() {
                        actions.push(Action::CancelPrompt);
                    }
                });
            }
            Prompt::Rename { path, title } => {
                ui.heading("Rename note");
                let name = file_name(path);
                ui.weak(format!("{name} takes the new title as its file name."));
                let enter = prompt_text_field(ui, "New title", title, None, actions, Action::RenameText);
                confirm_or_cancel(ui, "Rename", enter, Action::ConfirmRename, actions);
            }
            Prompt::Tags { path, tags } => {
                ui.heading("Edit tags");
                ui.weak(file_name(path));
                let enter = prompt_text_field(
                    ui,
                    "Tags for the note",
                    tags,
                    Some("comma separated"),
                    actions,
                    Action::TagsText,
                );
                editor::tag_completions(ui, tags, notes, actions);
                confirm_or_cancel(ui, "Set tags", enter, Action::ConfirmTags, actions);
            }
            Prompt::ChangedOnDisk { path } => {
                ui.heading("The note changed on disk");
                let name = file_name(path);
                ui.label(format!(
                    "{name} was changed by another program since you opened it. Saving now would overwrite those changes."
                ));
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button("Save as a new note").clicked() {
                        actions.push(Action::SaveAsNew);
                    }
                    if ui.button("Overwrite it").clicked() {
                        actions.push(Action::SaveOverwriting);
                    }
                    if ui.button("Cancel").clicked() {
                        actions.push(Action::CancelPrompt);
                    }
                });
            }
        }
    });
    if modal.should_close() {
        actions.push(Action::CancelPrompt);
    }
}

/// The file name of `path` for a dialog's text (empty for a path without one).
fn file_name(path: &std::path::Path) -> String {
    path.file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
}

/// A dialog's one-line text field under `label`, with the keyboard in it when the dialog opens;
/// each edit pushes `on_edit(text)`. Returns true when Enter was pressed in it.
fn prompt_text_field(
    ui: &mut egui::Ui,
    label: &str,
    value: &str,
    hint: Option<&str>,
    actions: &mut Vec<Action>,
    on_edit: fn(String) -> Action,
) -> bool {
    let label = ui.label(label);
    let mut text = value.to_string();
    let mut field = egui::TextEdit::singleline(&mut text).desired_width(380.0);
    if let Some(hint) = hint {
        field = field.hint_text(hint);
    }
    let response = ui.add(field).labelled_by(label.id);
    focus_if_nothing_is(ui, &response);
    if response.changed() {
        actions.push(on_edit(text));
    }
    response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter))
}

/// A dialog's `confirm` button (also taken by `enter`) beside Cancel.
fn confirm_or_cancel(
    ui: &mut egui::Ui,
    confirm: &str,
    enter: bool,
    action: Action,
    actions: &mut Vec<Action>,
) {
    ui.horizontal(|ui| {
        if ui.button(confirm).clicked() || enter {
            actions.push(action);
        }
        if ui.button("Cancel").clicked() {
            actions.push(Action::CancelPrompt);
        }
    });
}

/// Puts the keyboard in a dialog's text field when it opens, so the person can type at once.
fn focus_if_nothing_is(ui: &egui::Ui, response: &egui::Response) {
    if ui.memory(|m| m.focused().is_none()) {
        response.request_focus();
    }
}

/// Settings: library folder, theme, default tags, learned rules.
pub fn settings_window(ctx: &egui::Context, app: &App, actions: &mut Vec<Action>) {
    let mut open = true;
    egui::Window::new("Settings")
        .open(&mut open)
        .collapsible(false)
        .default_width(460.0)
        // Centred under the toolbar: at egui's default spot it covered the toolbar and the
        // library list, hiding the buttons that had just opened it.
        .pivot(egui::Align2::CENTER_TOP)
        .default_pos(ctx.content_rect().center_top() + egui::vec2(0.0, 60.0))
        .show(ctx, |ui| {
            ui.heading("Library");
            ui.horizontal(|ui| {
                let shown = app
                    .library
                    .as_ref()
                    .map_or_else(|| "none".to_string(), |l| l.root().display().to_string());
                ui.label(format!("Folder: {shown}"));
                if ui
                    .button("Choose…")
                    .on_hover_text("Choose the folder your clippings are saved in")
                    .clicked()
                {
                    actions.push(Action::ChooseLibraryFolder);
                }
            });
            ui.horizontal(|ui| {
                let label = ui.label("File name");
                let mut template = app.settings.name_template.clone();
                let response = ui
                    .add(
                        egui::TextEdit::singleline(&mut template)
                            .hint_text(crate::library::DEFAULT_NAME_TEMPLATE)
                            .desired_width(280.0),
                    )
                    .labelled_by(label.id)
                    .on_hover_text("How new notes are named; “.md” is added, and “ 2” when the name is taken");
                if response.changed() {
                    actions.push(Action::SetNameTemplate(template));
                }
            });
            ui.weak(format!(
                "Placeholders: {} (dates as YYYY-MM-DD). Empty ones drop out with their separator, e.g. “{{published}} {{site}} - {{title}}”.",
                crate::library::NAME_PLACEHOLDERS.join(", ")
            ));
            ui.separator();
            ui.heading("Theme");
            ui.horizontal(|ui| {
                for (choice, label) in [
                    (ThemeChoice::System, "System"),
                    (ThemeChoice::Light, "Light"),
                    (ThemeChoice::Dark, "Dark"),
                ] {
                    if ui
                        .radio(app.settings.theme == choice, label)
                        .clicked()
                    {
                        actions.push(Action::SetTheme(choice));
                    }
                }
            });
            ui.separator();
            ui.horizontal(|ui| {
                let label = ui.label("Default tags");
                let mut tags = app.settings.default_tags.clone();
                let response = ui
                    .add(
                        egui::TextEdit::singleline(&mut tags)
                            .hint_text("e.g. clippings, to-read"),
                    )
                    .labelled_by(label.id)
                    .on_hover_text("Tags every new clipping starts with, comma separated");
                if response.changed() {
                    actions.push(Action::SetDefaultTags(tags));
                }
            });
            ui.separator();
            ui.heading("Your site rules");
            if app.rules.rules.is_empty() {
                ui.weak("None yet. When you trim a block tidyclip kept, it offers to trim blocks like it on that site from then on.");
            }
            for (i, rule) in app.rules.rules.iter().enumerate() {
                ui.horizontal(|ui| {
                    if ui
                        .button("Remove")
                        .on_hover_text("Stop trimming these blocks")
                        .clicked()
                    {
                        actions.push(Action::RemoveRule(i));
                    }
                    ui.label(format!("On {}: trim blocks starting “{}…”", rule.site, rule.starts_with));
                });
            }
            ui.separator();
            if ui.button("Close settings").clicked() {
                actions.push(Action::ShowSettings(false));
            }
        });
    if !open {
        actions.push(Action::ShowSettings(false));
    }
}

/// The shortcut overlay (F1).
pub fn help_window(ctx: &egui::Context, actions: &mut Vec<Action>) {
    let modal = egui::Modal::new(egui::Id::unique("help")).show(ctx, |ui| {
        ui.set_max_width(460.0);
        ui.heading("Keyboard shortcuts");
        egui::Grid::new("shortcuts")
            .num_columns(2)
            .striped(true)
            .show(ui, |ui| {
                for (keys, what) in SHORTCUTS {
                    ui.strong(*keys);
                    ui.label(*what);
                    ui.end_row();
                }
            });
        ui.add_space(8.0);
        if ui.button("Close").clicked() {
            actions.push(Action::ShowHelp(false));
        }
    });
    if modal.should_close() {
        actions.push(Action::ShowHelp(false));
    }
}
