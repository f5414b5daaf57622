//! Panels: functions over the piece of state they show, turning input into [`Action`]s.

mod editor;
mod preview;
mod sidebar;

use eframe::egui::{self, Key, Modifiers};

use super::doc::Document;
use super::keymap::{self, Command, When};
use super::{
    Action, EditorSession, EditorTab, LibrarySession, Prompt, Settings, Status, ThemeChoice,
    WindowChrome,
};

pub use editor::{BlockEditing, EditorState, ListReport, ListScroll, editor};
pub use preview::preview;
pub use sidebar::{SidebarState, sidebar};

/// Global shortcuts, read from [`keymap::KEYMAP`] and consumed before any widget sees them (so a
/// field's own undo never runs: every edit is undone through the document's history).
pub fn shortcuts(
    ctx: &egui::Context,
    window: &WindowChrome,
    editor: &EditorSession,
    actions: &mut Vec<Action>,
) {
    let presses = keymap::presses_by_specificity();
    let mut commands = Vec::new();
    ctx.input_mut(|i| {
        for (press, command) in &presses {
            if press.when == When::Always && i.consume_shortcut(&press.shortcut) {
                commands.push(*command);
            }
        }
    });

    let dialog_open = window.prompt.is_some() || window.show_help || window.show_settings;
    if !dialog_open && !ctx.egui_wants_keyboard_input() {
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
        if editor.doc.is_some() {
            let nothing_focused = ctx.memory(|m| m.focused().is_none());
            ctx.input_mut(|i| {
                for (press, command) in &presses {
                    let readable = match press.when {
                        When::Always => false,
                        When::InBlocks => true,
                        When::NothingFocused => nothing_focused,
                    };
                    if readable && i.consume_shortcut(&press.shortcut) {
                        commands.push(*command);
                    }
                }
            });
        }
    }
    for command in commands {
        if let Some(action) = action_of(command, window, editor) {
            actions.push(action);
        }
    }
}

/// What a shortcut's command does now (`None` for a block command with no current block).
fn action_of(command: Command, window: &WindowChrome, editor: &EditorSession) -> Option<Action> {
    Some(match command {
        Command::Open => Action::OpenDialog,
        Command::PasteHtml => Action::Paste,
        Command::New => Action::New,
        Command::Save => Action::Save,
        Command::Undo => Action::Undo,
        Command::Redo => Action::Redo,
        Command::Help => Action::ShowHelp(!window.show_help),
        Command::NextBlock => Action::MoveCursor(1),
        Command::PreviousBlock => Action::MoveCursor(-1),
        Command::TenBlocksDown => Action::MoveCursor(10),
        Command::TenBlocksUp => Action::MoveCursor(-10),
        Command::ToggleBlock => Action::ToggleCursor,
        Command::TrimToEnd => Action::TrimToEnd(editor.cursor?),
        Command::KeepOnlyRun => Action::KeepOnlyRun(editor.cursor?),
        Command::EditBlock => Action::EditBlock {
            index: editor.cursor?,
            double_click: false,
        },
        Command::FinishBlockEdit => {
            editor.block_being_edited()?;
            Action::FinishBlockEdit
        }
    })
}

/// A tooltip that names the command's shortcut: "Save the clipping (Ctrl+S)".
fn with_keys(ui: &egui::Ui, tip: &str, command: Command) -> String {
    format!(
        "{tip} ({})",
        keymap::keys_of(command, keymap::is_mac(ui.ctx()))
    )
}

/// Files dropped on the window, and the window's close button.
pub fn window_events(
    ctx: &egui::Context,
    window: &WindowChrome,
    doc: Option<&Document>,
    actions: &mut Vec<Action>,
) {
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
    if close_requested && !window.allow_close && doc.is_some_and(Document::is_dirty) {
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

/// The toolbar: the library toggle (in a narrow window), open, paste, new, save, undo, redo,
/// settings, help. It takes the window's toggles, the clipping (for Save, Undo and Redo) and
/// whether work runs in the background (the spinner).
pub fn toolbar(
    ui: &mut egui::Ui,
    window: &WindowChrome,
    doc: Option<&Document>,
    busy: bool,
    three_columns: bool,
    actions: &mut Vec<Action>,
) {
    ui.horizontal_wrapped(|ui| {
        let has_doc = doc.is_some();
        if !three_columns {
            if ui
                .selectable_label(window.show_library, "Library")
                .on_hover_text("Show or hide your library (the window is too narrow to show it beside the editor)")
                .clicked()
            {
                actions.push(Action::ShowLibrary(!window.show_library));
            }
            ui.separator();
        }
        tool_button(
            ui,
            true,
            "Open…",
            &format!(
                "{}. You can also drop a file on the window.",
                with_keys(ui, "Open an article file: .html, .htm, .txt or .md", Command::Open)
            ),
            Action::OpenDialog,
            actions,
        );
        tool_button(
            ui,
            true,
            "Paste",
            &with_keys(ui, "Clip the article on the clipboard", Command::PasteHtml),
            Action::Paste,
            actions,
        );
        let tip = with_keys(ui, "Start a new clipping", Command::New);
        tool_button(ui, true, "New", &tip, Action::New, actions);
        tool_button(
            ui,
            has_doc,
            "Save",
            &with_keys(ui, "Save the clipping into the library", Command::Save),
            Action::Save,
            actions,
        );
        ui.separator();
        let (can_undo, can_redo) = doc.map_or((false, false), |d| (d.can_undo(), d.can_redo()));
        let tip = with_keys(ui, "Undo the last edit", Command::Undo);
        tool_button(ui, can_undo, "Undo", &tip, Action::Undo, actions);
        tool_button(
            ui,
            can_redo,
            "Redo",
            &with_keys(ui, "Redo what was undone", Command::Redo),
            Action::Redo,
            actions,
        );
        ui.separator();
        tool_button(
            ui,
            true,
            "Settings",
            "Library folder, theme, default tags, your site rules",
            Action::ShowSettings(!window.show_settings),
            actions,
        );
        tool_button(
            ui,
            true,
            "Help",
            "Keyboard shortcuts (F1)",
            Action::ShowHelp(!window.show_help),
            actions,
        );
        if busy {
            ui.add(egui::Spinner::new())
                .on_hover_text("Working in the background…");
        }
    });
}

/// The status line: the last message, and the clipping's word counts at the right. The
/// message is cut with "…" before it reaches the counts (its tooltip has it whole).
pub fn status_line(ui: &mut egui::Ui, status: Option<&Status>, doc: Option<&Document>, busy: bool) {
    ui.horizontal(|ui| {
        if busy {
            ui.spinner();
        }
        let counts = doc.map(|doc| {
            let c = doc.counts;
            format!(
                "Kept {} · trimmed {}",
                counted(c.kept, "word"),
                counted(c.trimmed, "word")
            )
        });
        let counts_width = counts.as_ref().map_or(0.0, |text| {
            egui::WidgetText::from(text.as_str())
                .into_galley(
                    ui,
                    Some(egui::TextWrapMode::Extend),
                    f32::INFINITY,
                    egui::TextStyle::Body,
                )
                .size()
                .x
                + 2.0 * ui.spacing().item_spacing.x
        });
        if let Some(status) = status {
            let text = egui::RichText::new(&status.text);
            let text = if status.error {
                text.color(ui.visuals().error_fg_color)
            } else {
                text
            };
            let room = (ui.available_width() - counts_width).max(0.0);
            ui.scope(|ui| {
                ui.set_max_width(room);
                ui.add(egui::Label::new(text).truncate())
                    .on_hover_text(&status.text);
            });
        }
        if let Some(counts) = counts {
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.label(counts);
            });
        }
    });
}

/// A narrow window's tabs over the editor area: the blocks, or the preview of the note.
pub fn editor_tabs(ui: &mut egui::Ui, tab: EditorTab, actions: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        for (choice, text, tip) in [
            (
                EditorTab::Blocks,
                "Blocks",
                "The fields and the blocks, to trim and keep",
            ),
            (
                EditorTab::Preview,
                "Preview",
                "The note as Save writes it (beside the blocks in a wider window)",
            ),
        ] {
            choice_button(ui, (tab, choice), text, tip, || {
                actions.push(Action::ShowTab(choice));
            });
        }
    });
    ui.separator();
}

/// One choice of a row of choices (tabs, the blocks filter): selected when it is `current`,
/// with its tooltip; `choose` runs when it is clicked.
pub(crate) fn choice_button<T: PartialEq>(
    ui: &mut egui::Ui,
    (current, choice): (T, T),
    text: &str,
    tip: &str,
    choose: impl FnOnce(),
) {
    if ui
        .selectable_label(current == choice, text)
        .on_hover_text(tip)
        .clicked()
    {
        choose();
    }
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
                .on_hover_text(keymap::keys_of(Command::PasteHtml, keymap::is_mac(ui.ctx())))
                .clicked()
            {
                actions.push(Action::Paste);
            }
            if ui
                .button("Open a file…")
                .on_hover_text(keymap::keys_of(Command::Open, keymap::is_mac(ui.ctx())))
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
        // The next dialog's field starts focused with its text selected again.
        ctx.data_mut(|d| d.remove::<bool>(egui::Id::unique(FIELD_OPENED)));
        return;
    };
    // Enter takes the dialog's first button (the one that loses nothing) unless the keyboard is
    // on another button, which takes Enter as its own click.
    let field_id = egui::Id::unique(DIALOG_FIELD);
    let enter = ctx.input(|i| i.key_pressed(Key::Enter))
        && ctx.memory(|m| m.focused().is_none_or(|f| f == field_id));
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
                    if default_button(ui, "Save and continue").clicked() || enter {
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
                    // Saving as new first: it is the answer that loses nothing.
                    if default_button(ui, "Save as new")
                        .on_hover_text("Keep both notes (Enter)")
                        .clicked()
                        || enter
                    {
                        actions.push(Action::SaveAsNew);
                    }
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
                    if default_button(ui, "Save as a new note").clicked() || enter {
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

/// The id of a dialog's one text field (one dialog is open at a time).
const DIALOG_FIELD: &str = "tidyclip.dialog_field";
/// Set in egui's memory once the open dialog's field was focused and its text selected.
const FIELD_OPENED: &str = "tidyclip.dialog_field_opened";

/// A dialog's button that Enter presses, drawn selected so the person sees which it is.
fn default_button(ui: &mut egui::Ui, text: &str) -> egui::Response {
    ui.add(egui::Button::new(text).selected(true))
}

/// A dialog's one-line text field under `label`: when the dialog opens the keyboard is in it
/// with its text selected, so typing replaces it and Enter keeps it. Each edit pushes
/// `on_edit(text)`. Returns true when Enter was pressed in it.
fn prompt_text_field(
    ui: &mut egui::Ui,
    label: &str,
    value: &str,
    hint: Option<&str>,
    actions: &mut Vec<Action>,
    on_edit: fn(String) -> Action,
) -> bool {
    let id = egui::Id::unique(DIALOG_FIELD);
    let opened = egui::Id::unique(FIELD_OPENED);
    if !ui.data(|d| d.get_temp::<bool>(opened).unwrap_or(false)) {
        let mut state = egui::text_edit::TextEditState::load(ui.ctx(), id).unwrap_or_default();
        state
            .cursor
            .set_char_range(Some(egui::text::CCursorRange::select_all_str(value)));
        state.store(ui.ctx(), id);
        ui.memory_mut(|m| m.request_focus(id));
        ui.data_mut(|d| d.insert_temp(opened, true));
    }
    let label = ui.label(label);
    let mut text = value.to_string();
    let mut field = egui::TextEdit::singleline(&mut text)
        .id(id)
        .desired_width(380.0);
    if let Some(hint) = hint {
        field = field.hint_text(hint);
    }
    let response = ui.add(field).labelled_by(label.id);
    if response.changed() {
        actions.push(on_edit(text));
    }
    // Read before anything takes the focus back: Enter is what made the field give it up.
    let enter = response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
    if !enter && !response.lost_focus() && ui.memory(|m| m.focused().is_none()) {
        response.request_focus();
    }
    enter
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
        if default_button(ui, confirm).on_hover_text("Enter").clicked() || enter {
            actions.push(action);
        }
        if ui.button("Cancel").on_hover_text("Esc").clicked() {
            actions.push(Action::CancelPrompt);
        }
    });
}

/// Settings: library folder, theme, default tags, learned rules (the library session's).
pub fn settings_window(
    ctx: &egui::Context,
    settings: &Settings,
    library: &LibrarySession,
    actions: &mut Vec<Action>,
) {
    let mut open = true;
    // Settings apply as they change, so Esc and Enter both close the window (Enter in a field
    // ends the edit there first; the next Enter closes).
    let nothing_focused = ctx.memory(|m| m.focused().is_none());
    let close_key = ctx.input_mut(|i| {
        i.consume_key(Modifiers::NONE, Key::Escape)
            || (nothing_focused && i.key_pressed(Key::Enter))
    });
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
                let shown = library
                    .current
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
                let mut template = settings.name_template.clone();
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
                        .radio(settings.theme == choice, label)
                        .clicked()
                    {
                        actions.push(Action::SetTheme(choice));
                    }
                }
            });
            ui.separator();
            ui.horizontal(|ui| {
                let label = ui.label("Default tags");
                let mut tags = settings.default_tags.clone();
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
            ui.heading("Capture from the browser");
            ui.label("Make a bookmark whose address is the bookmarklet, then click it on an article: it copies the article (or your selection) and hands it to this window, with the page's address.");
            ui.horizontal(|ui| {
                if ui
                    .button("Copy bookmarklet")
                    .on_hover_text("Copies a javascript: link to paste as a bookmark's address")
                    .clicked()
                {
                    actions.push(Action::CopyBookmarklet);
                }
                ui.weak(format!(
                    "{} characters; nothing is saved until you save",
                    crate::capture::bookmarklet::link().len()
                ));
            });
            ui.separator();
            ui.heading("Your site rules");
            if library.rules.rules.is_empty() {
                ui.weak("None yet. When you trim a block tidyclip kept, it offers to trim blocks like it on that site from then on.");
            }
            for (i, rule) in library.rules.rules.iter().enumerate() {
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
            if default_button(ui, "Close settings")
                .on_hover_text("Enter or Esc")
                .clicked()
            {
                actions.push(Action::ShowSettings(false));
            }
        });
    if !open || close_key {
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
                for (keys, what) in keymap::rows(keymap::is_mac(ui.ctx())) {
                    ui.strong(keys);
                    ui.label(what);
                    ui.end_row();
                }
            });
        ui.add_space(8.0);
        if default_button(ui, "Close")
            .on_hover_text("Enter, Esc or F1")
            .clicked()
        {
            actions.push(Action::ShowHelp(false));
        }
    });
    let enter = ctx.input(|i| i.key_pressed(Key::Enter));
    if modal.should_close() || enter {
        actions.push(Action::ShowHelp(false));
    }
}
