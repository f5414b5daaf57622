//! The keyboard shortcuts in one table: it drives what each key does ([`Keymap::read`]), the F1
//! list ([`rows`]) and the shortcut named in the buttons' tooltips ([`keys_of`]), so the three
//! cannot drift apart.

use eframe::egui::{self, Key, KeyboardShortcut, ModifierNames, Modifiers};

/// What a shortcut does. Each becomes an [`super::Action`] in `panels::shortcuts`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    Open,
    PasteHtml,
    New,
    Save,
    Undo,
    Redo,
    NextBlock,
    PreviousBlock,
    TenBlocksDown,
    TenBlocksUp,
    ToggleBlock,
    TrimToEnd,
    KeepOnlyRun,
    EditBlock,
    FinishBlockEdit,
    Help,
}

/// When a key is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// Always, before any widget sees it: a field's own undo never runs, every edit is undone
    /// through the document's history.
    Always,
    /// With a clipping open, no dialog open and no text field being typed in.
    InBlocks,
    /// As `InBlocks`, and only when no widget has the keyboard focus: a focused button or block
    /// takes Space and the arrows as its own.
    NothingFocused,
}

/// One key of a shortcut.
#[derive(Debug, Clone, Copy)]
pub struct Press {
    pub shortcut: KeyboardShortcut,
    pub when: When,
}

const fn press(modifiers: Modifiers, key: Key, when: When) -> Press {
    Press {
        shortcut: KeyboardShortcut::new(modifiers, key),
        when,
    }
}

const CTRL: Modifiers = Modifiers::COMMAND;
const CTRL_SHIFT: Modifiers = Modifiers::COMMAND.plus(Modifiers::SHIFT);
const NONE: Modifiers = Modifiers::NONE;

/// A row of the F1 list: a command and its keys, or something a widget handles itself (a click,
/// Enter in a dialog, a plain paste) written out for the list.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub command: Option<Command>,
    pub keys: &'static [Press],
    /// The keys in words, for rows without `keys`.
    pub written: &'static str,
    pub help: &'static str,
}

const fn bind(command: Command, keys: &'static [Press], help: &'static str) -> Binding {
    Binding {
        command: Some(command),
        keys,
        written: "",
        help,
    }
}

const fn describe(written: &'static str, help: &'static str) -> Binding {
    Binding {
        command: None,
        keys: &[],
        written,
        help,
    }
}

/// Every shortcut, in the F1 list's order.
pub const KEYMAP: &[Binding] = &[
    bind(
        Command::Open,
        &[press(CTRL, Key::O, When::Always)],
        "Open an article file",
    ),
    bind(
        Command::PasteHtml,
        &[press(CTRL_SHIFT, Key::V, When::Always)],
        "Paste an article (HTML when the clipboard has it)",
    ),
    describe("Ctrl+V", "Paste an article as text (outside the fields)"),
    bind(
        Command::New,
        &[press(CTRL, Key::N, When::Always)],
        "New clipping",
    ),
    bind(
        Command::Save,
        &[press(CTRL, Key::S, When::Always)],
        "Save to the library",
    ),
    bind(Command::Undo, &[press(CTRL, Key::Z, When::Always)], "Undo"),
    bind(
        Command::Redo,
        &[
            press(CTRL_SHIFT, Key::Z, When::Always),
            press(CTRL, Key::Y, When::Always),
        ],
        "Redo",
    ),
    bind(
        Command::NextBlock,
        &[
            press(NONE, Key::J, When::InBlocks),
            press(NONE, Key::ArrowDown, When::NothingFocused),
        ],
        "Next block",
    ),
    bind(
        Command::PreviousBlock,
        &[
            press(NONE, Key::K, When::InBlocks),
            press(NONE, Key::ArrowUp, When::NothingFocused),
        ],
        "Previous block",
    ),
    bind(
        Command::TenBlocksDown,
        &[press(NONE, Key::PageDown, When::InBlocks)],
        "Ten blocks down",
    ),
    bind(
        Command::TenBlocksUp,
        &[press(NONE, Key::PageUp, When::InBlocks)],
        "Ten blocks up",
    ),
    bind(
        Command::ToggleBlock,
        &[press(NONE, Key::Space, When::NothingFocused)],
        "Trim or keep the current block",
    ),
    describe("Click", "Trim or keep a block"),
    describe(
        "Shift+Click",
        "Give a range of blocks the first one's state",
    ),
    // With Ctrl, so typing into the window by mistake never trims half the article.
    bind(
        Command::TrimToEnd,
        &[press(CTRL, Key::E, When::InBlocks)],
        "Trim from the current block to the end",
    ),
    bind(
        Command::KeepOnlyRun,
        &[press(CTRL, Key::R, When::InBlocks)],
        "Keep only the current run of blocks",
    ),
    // Enter on a focused block row is read by the row itself (`panels::editor`), from this row.
    bind(
        Command::EditBlock,
        &[press(NONE, Key::Enter, When::NothingFocused)],
        "Edit the current block's text",
    ),
    describe("Double-click", "Edit a block's text"),
    // Always: the block editor has the focus, and a plain Enter there is a new line.
    bind(
        Command::FinishBlockEdit,
        &[press(CTRL, Key::Enter, When::Always)],
        "Finish editing a block's text (clicking away does too)",
    ),
    describe(
        "Space / Click on a folded run",
        "List the run's trimmed blocks one by one",
    ),
    bind(
        Command::Help,
        &[press(NONE, Key::F1, When::Always)],
        "Show or hide this list",
    ),
    describe("Enter", "Answer a dialog with its highlighted button"),
    describe(
        "Esc",
        "Close a dialog, the settings or this list; cancel a block's edit",
    ),
];

/// How a key is written on this system: "Ctrl+S", or "Cmd+S" on a Mac.
fn written(press: &Press, is_mac: bool) -> String {
    let names = if is_mac {
        ModifierNames::SYMBOLS
    } else {
        ModifierNames::NAMES
    };
    press.shortcut.format(&names, is_mac)
}

/// Whether egui runs on a Mac (its shortcuts use Cmd).
pub fn is_mac(ctx: &egui::Context) -> bool {
    ctx.os() == egui::os::OperatingSystem::Mac
}

/// A binding's keys as the F1 list writes them ("Ctrl+Shift+Z / Ctrl+Y").
pub fn keys_written(binding: &Binding, is_mac: bool) -> String {
    if binding.keys.is_empty() {
        return binding.written.to_string();
    }
    binding
        .keys
        .iter()
        .map(|p| written(p, is_mac))
        .collect::<Vec<_>>()
        .join(" / ")
}

/// The F1 list: (keys, what they do), in the table's order.
pub fn rows(is_mac: bool) -> Vec<(String, &'static str)> {
    KEYMAP
        .iter()
        .map(|b| (keys_written(b, is_mac), b.help))
        .collect()
}

/// The first key of `command`, for a button's tooltip ("Save the clipping (Ctrl+S)").
pub fn keys_of(command: Command, is_mac: bool) -> String {
    KEYMAP
        .iter()
        .find(|b| b.command == Some(command))
        .and_then(|b| b.keys.first())
        .map(|p| written(p, is_mac))
        .unwrap_or_default()
}

/// The first key of `command`, for a widget that reads it itself (a focused block row).
pub fn shortcut_of(command: Command) -> Option<KeyboardShortcut> {
    KEYMAP
        .iter()
        .find(|b| b.command == Some(command))
        .and_then(|b| b.keys.first())
        .map(|p| p.shortcut)
}

/// The presses to read, most specific first: egui matches modifiers "logically" (an extra Shift
/// is ignored), so Ctrl+Shift+Z must be read before Ctrl+Z takes it.
pub fn presses_by_specificity() -> Vec<(Press, Command)> {
    let mut presses: Vec<(Press, Command)> = KEYMAP
        .iter()
        .filter_map(|b| b.command.map(|c| (b, c)))
        .flat_map(|(b, c)| b.keys.iter().map(move |p| (*p, c)))
        .collect();
    // Stable: the table's order within the same number of modifiers.
    presses.sort_by_key(|(p, _)| {
        let m = p.shortcut.modifiers;
        std::cmp::Reverse(u8::from(m.shift) + u8::from(m.alt))
    });
    presses
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [Command; 16] = [
        Command::Open,
        Command::PasteHtml,
        Command::New,
        Command::Save,
        Command::Undo,
        Command::Redo,
        Command::NextBlock,
        Command::PreviousBlock,
        Command::TenBlocksDown,
        Command::TenBlocksUp,
        Command::ToggleBlock,
        Command::TrimToEnd,
        Command::KeepOnlyRun,
        Command::EditBlock,
        Command::FinishBlockEdit,
        Command::Help,
    ];

    #[test]
    fn every_command_has_one_row_with_keys() {
        for command in ALL {
            let rows: Vec<&Binding> = KEYMAP
                .iter()
                .filter(|b| b.command == Some(command))
                .collect();
            assert_eq!(rows.len(), 1, "{command:?}");
            assert!(!rows[0].keys.is_empty(), "{command:?}");
        }
    }

    #[test]
    fn no_key_does_two_things() {
        let presses = presses_by_specificity();
        for (i, (a, _)) in presses.iter().enumerate() {
            for (b, _) in &presses[i + 1..] {
                assert!(
                    a.shortcut != b.shortcut,
                    "{} is bound twice",
                    written(a, false)
                );
            }
        }
    }

    #[test]
    fn the_list_and_the_tooltips_write_keys_as_people_do() {
        let list = rows(false);
        assert!(list.contains(&("Ctrl+Shift+Z / Ctrl+Y".to_string(), "Redo")));
        assert!(list.contains(&("J / Down".to_string(), "Next block")));
        assert_eq!(keys_of(Command::Save, false), "Ctrl+S");
        assert_eq!(keys_of(Command::PasteHtml, false), "Ctrl+Shift+V");
        assert_eq!(keys_of(Command::EditBlock, false), "Enter");
        assert_eq!(keys_of(Command::FinishBlockEdit, false), "Ctrl+Enter");
    }

    #[test]
    fn shifted_keys_are_read_before_their_plain_form() {
        let order = presses_by_specificity();
        let at = |m: Modifiers, k: Key| {
            order
                .iter()
                .position(|(p, _)| p.shortcut == KeyboardShortcut::new(m, k))
                .expect("bound")
        };
        assert!(at(CTRL_SHIFT, Key::Z) < at(CTRL, Key::Z));
        assert!(at(CTRL_SHIFT, Key::V) < at(CTRL, Key::O));
    }
}
