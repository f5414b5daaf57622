//! The command line, thin over the engine and the library. Exit codes: 0 success, 1 failure (one
//! line on stderr), 2 bad usage (clap's own).

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use clap::{Parser, Subcommand, ValueEnum};
use serde::Serialize;

use crate::capture::clipboard::{Clipboard as _, Pasted, SystemClipboard};
use crate::clipping::{Clipping, FrontMatter, Original};
use crate::extract::{self, Article};
use crate::library::{
    IngestOptions, Library, ListOptions, NoteSummary, NoteWarning, Rules, SavePolicy, Saved,
    SortBy, ingest, ingest_bytes, read_input_file, read_input_stream,
};

/// Clip articles: paste or open a page, trim the junk, keep a clean Markdown library.
#[derive(Debug, Parser)]
#[command(name = "tidyclip", version, about)]
pub struct Cli {
    /// The library folder (default: $TIDYCLIP_LIBRARY, else the OS data folder's tidyclip/library).
    #[arg(long, global = true, value_name = "DIR")]
    pub library: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract the article from each input and print it (one JSON object per line, or Markdown).
    Clean {
        #[arg(long, value_enum, default_value_t = OutputFormat::Json)]
        format: OutputFormat,
        /// The address the page was read at: its relative links and images resolve against it
        /// (unless the page names a <base>), and it is the article's url when the page gives none.
        #[arg(long, value_name = "URL")]
        url: Option<String>,
        /// Files to read; `-` or nothing reads standard input.
        #[arg(conflicts_with = "clipboard")]
        paths: Vec<PathBuf>,
        /// Read what is on the clipboard, as the window's Paste does: its HTML flavour when there
        /// is one, else its text, and the page's address when the browser put it beside.
        #[arg(long)]
        clipboard: bool,
    },
    /// Extract the article and save it into the library; prints the saved note's path.
    Save {
        /// The file to read; `-` or nothing reads standard input.
        #[arg(conflicts_with = "clipboard")]
        path: Option<PathBuf>,
        /// Save what is on the clipboard, as the window's Paste and Save do (see `clean
        /// --clipboard`): a keyboard shortcut of the desktop can run it.
        #[arg(long)]
        clipboard: bool,
        /// The address the page was read at (see `clean --url`).
        #[arg(long, value_name = "URL")]
        url: Option<String>,
        /// Use this title instead of the extracted one.
        #[arg(long)]
        title: Option<String>,
        /// Add a tag (repeatable).
        #[arg(long = "tag", value_name = "TAG")]
        tags: Vec<String>,
        /// Save even if the article is already in the library (as a new note).
        #[arg(long, conflicts_with = "replace")]
        force: bool,
        /// If the article is already in the library, replace that note with this clipping.
        #[arg(long)]
        replace: bool,
        /// Name the note's file after this template: {title}, {site}, {published} and {created}
        /// (dates as YYYY-MM-DD), e.g. "{published} {site} - {title}".
        #[arg(long, value_name = "T", default_value = crate::library::DEFAULT_NAME_TEMPLATE)]
        name_template: String,
    },
    /// List the library's notes, newest clipping first.
    List {
        /// Print a JSON array of notes (path, title, source, site, published, created, tags, id,
        /// conflict).
        #[arg(long)]
        json: bool,
        /// The order: clipped (newest first), published (newest first), title or site.
        #[arg(long, value_enum, default_value_t = SortArg::Clipped)]
        sort: SortArg,
        /// Only notes with this tag (repeatable: all must match).
        #[arg(long = "tag", value_name = "TAG")]
        tags: Vec<String>,
        /// Only notes from this site.
        #[arg(long)]
        site: Option<String>,
    },
    /// Find notes by title, site, tags (fuzzy) or body text (every word).
    Search {
        query: String,
        /// Print a JSON array of notes, as `list --json` does.
        #[arg(long)]
        json: bool,
    },
    /// Give a note a new title (and the file a matching name); prints the new path.
    Rename {
        /// The note (a path, or a file name inside the library).
        note: PathBuf,
        title: String,
    },
    /// Set a note's tags, or add and remove some.
    Tag {
        /// The note (a path, or a file name inside the library).
        note: PathBuf,
        /// The note's tags from now on (replacing all); omit to keep them and use --add/--remove.
        tags: Vec<String>,
        /// Add a tag (repeatable).
        #[arg(long, value_name = "TAG")]
        add: Vec<String>,
        /// Remove a tag (repeatable).
        #[arg(long, value_name = "TAG")]
        remove: Vec<String>,
    },
    /// Move a note to the OS trash.
    Delete {
        /// The note (a path, or a file name inside the library).
        note: PathBuf,
    },
    /// Import every .txt, .html, .htm and .md file in a folder; prints the counts.
    Import {
        dir: PathBuf,
        /// Print the full report as JSON.
        #[arg(long)]
        json: bool,
    },
}

/// `list --sort` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SortArg {
    Clipped,
    Published,
    Title,
    Site,
}

impl From<SortArg> for SortBy {
    fn from(sort: SortArg) -> Self {
        match sort {
            SortArg::Clipped => SortBy::Clipped,
            SortArg::Published => SortBy::Published,
            SortArg::Title => SortBy::Title,
            SortArg::Site => SortBy::Site,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Json,
    Markdown,
}

/// One input's extraction as `tidyclip clean --format json` prints it (the documented contract).
#[derive(Debug, Serialize)]
pub struct CleanOutput<'a> {
    pub file: String,
    pub format: &'static str,
    pub title: Option<&'a str>,
    pub title_inferred: bool,
    pub site: Option<&'a str>,
    pub author: Option<String>,
    pub published: Option<String>,
    pub url: Option<&'a str>,
    pub summary: Option<&'a str>,
    /// The page's kind: article, forum, product, collection, listing, documentation or service.
    pub kind: &'static str,
    pub body: String,
    pub blocks: Vec<CleanBlock<'a>>,
}

#[derive(Debug, Serialize)]
pub struct CleanBlock<'a> {
    pub text: &'a str,
    pub keep: bool,
    pub role: &'static str,
    pub reason: String,
}

impl<'a> CleanOutput<'a> {
    pub fn new(file: String, article: &'a Article) -> Self {
        CleanOutput {
            file,
            format: article.format.name(),
            title: article.title.as_deref(),
            title_inferred: article.title_inferred,
            site: article.site.as_deref(),
            author: (!article.authors.is_empty()).then(|| article.authors.join(", ")),
            published: article.published.as_ref().map(|p| p.value.to_rfc3339()),
            url: article.url.as_deref(),
            summary: article.summary.as_deref(),
            kind: article.kind.name(),
            body: article.body_text(),
            blocks: article
                .blocks
                .iter()
                .map(|b| CleanBlock {
                    text: &b.text,
                    keep: b.keep,
                    role: b.role.name(),
                    reason: b.reason.to_string(),
                })
                .collect(),
        }
    }
}

/// `tidyclip save`: one input through the library's way in (site rules applied), checked for a
/// duplicate and saved under the library's lock.
fn save(
    library: &Library,
    input: Input<'_>,
    url: Option<&str>,
    title: Option<String>,
    tags: &[String],
    force: bool,
    replace: bool,
) -> Result<()> {
    // The site rules taught in the window trim here too; a damaged rules file is said
    // once and trims nothing, as in the window.
    let rules = Rules::load(library.root()).unwrap_or_else(|e| {
        eprintln!("tidyclip: {e}");
        Rules::default()
    });
    let options = IngestOptions {
        rules,
        tags: crate::library::clean_tags(tags)?,
    };
    let url = web_address(url)?;
    let (name, mut clipping) = match input {
        Input::File(path) => {
            let (name, bytes) = read_input(path)?;
            let mut clipping = ingest_bytes(&bytes, &name, url, &options)
                .with_context(|| format!("Could not read {name}"))?
                .clipping;
            // A saved page's images beside it ("Web page, complete") are copied with the note.
            clipping.page_folder = path
                .filter(|p| *p != Path::new("-"))
                .map(|p| p.parent().unwrap_or(Path::new(".")).to_path_buf());
            (name, clipping)
        }
        Input::Clipboard => {
            let pasted = read_clipboard()?;
            let article = pasted_article(&pasted, url);
            // The format the paste was read as (Markdown text is read as Markdown).
            let original = Original {
                text: pasted.text,
                format: article.format,
            };
            (
                CLIPBOARD_NAME.to_string(),
                ingest(article, original, &options).clipping,
            )
        }
    };
    if clipping.article.body_text().trim().is_empty() {
        bail!(
            "There is nothing to clip in {name}: no article text was found in it, so nothing was saved"
        );
    }
    if let Some(title) = title {
        clipping.title = title;
    }
    let policy = if force {
        SavePolicy::AsNew
    } else if replace {
        SavePolicy::ReplaceDuplicate
    } else {
        SavePolicy::Checked { note: None }
    };
    let path = match library.save_with_policy(&mut clipping, policy)? {
        Saved::Note { path, .. } => path,
        Saved::Duplicate(duplicate) => bail!(
            "Already in the library as {} ({}); use --force to save it again or --replace to replace that note",
            duplicate.note.path.display(),
            duplicate.reason
        ),
        Saved::ChangedOnDisk(path) => {
            bail!("{} changed on disk; nothing was saved", path.display())
        }
    };
    say(format_args!("{}", path.display()))?;
    Ok(())
}

/// Runs a subcommand. `None` is the window's job and never reaches here.
pub fn run(cli: Cli) -> Result<()> {
    let library_dir = cli.library;
    match cli.command {
        None => bail!("no subcommand given"),
        Some(Command::Clean {
            format,
            url,
            paths,
            clipboard,
        }) => clean(format, url.as_deref(), &paths, clipboard),
        Some(Command::Save {
            path,
            clipboard,
            url,
            title,
            tags,
            force,
            replace,
            name_template,
        }) => {
            let library = open_library(library_dir.as_deref())?.with_name_template(name_template);
            let input = if clipboard {
                Input::Clipboard
            } else {
                Input::File(path.as_deref())
            };
            save(
                &library,
                input,
                url.as_deref(),
                title,
                &tags,
                force,
                replace,
            )
        }
        Some(Command::List {
            json,
            sort,
            tags,
            site,
        }) => {
            let library = open_existing_library(library_dir.as_deref())?;
            let options = ListOptions {
                sort: sort.into(),
                tags,
                site,
            };
            print_listing(library.list_with_warnings(&options)?, json)
        }
        Some(Command::Search { query, json }) => {
            let library = open_existing_library(library_dir.as_deref())?;
            print_listing(library.search_with_warnings(&query)?, json)
        }
        Some(Command::Rename { note, title }) => {
            let library = open_existing_library(library_dir.as_deref())?;
            let path = library.rename(&note_path(&library, &note)?, &title)?;
            say(format_args!("{}", path.display()))?;
            Ok(())
        }
        Some(Command::Tag {
            note,
            tags,
            add,
            remove,
        }) => {
            let library = open_existing_library(library_dir.as_deref())?;
            let path = note_path(&library, &note)?;
            let mut new_tags = if tags.is_empty() {
                crate::library::summarize(&path)?.tags
            } else {
                tags
            };
            new_tags.extend(add);
            // Removing `read later` removes the `read-later` it became.
            let remove: Vec<String> = remove
                .iter()
                .map(|r| crate::library::obsidian_tag(r).unwrap_or_else(|_| r.clone()))
                .collect();
            new_tags.retain(|t| {
                let t = t.trim_start_matches('#');
                !remove
                    .iter()
                    .any(|r| r.trim_start_matches('#').eq_ignore_ascii_case(t))
            });
            library.set_tags(&path, &new_tags)?;
            let tags = crate::library::summarize(&path)?.tags;
            say(format_args!("{}", tags.join(", ")))?;
            Ok(())
        }
        Some(Command::Delete { note }) => {
            let library = open_existing_library(library_dir.as_deref())?;
            let trashed = library.delete_to_trash(&note_path(&library, &note)?)?;
            say(format_args!(
                "Moved {} to the trash",
                trashed.path.display()
            ))?;
            Ok(())
        }
        Some(Command::Import { dir, json }) => {
            let library = open_library(library_dir.as_deref())?;
            let report = library.import_folder(&dir, |_| {})?;
            if json {
                say(format_args!("{}", serde_json::to_string(&report)?))?;
                return Ok(());
            }
            say(format_args!(
                "imported {}, duplicates {}, failed {}",
                report.imported.len(),
                report.duplicates.len(),
                report.failed.len()
            ))?;
            for failure in &report.failed {
                say(format_args!(
                    "failed\t{}\t{}",
                    failure.file.display(),
                    failure.why
                ))?;
            }
            for duplicate in &report.duplicates {
                say(format_args!(
                    "duplicate\t{}\t{}",
                    duplicate.file.display(),
                    duplicate.existing.note.path.display()
                ))?;
            }
            Ok(())
        }
    }
}

/// Standard output was closed by its reader (`tidyclip search … | head -3`): the command stops
/// quietly and successfully, as `grep` does.
#[derive(Debug, thiserror::Error)]
#[error("standard output was closed")]
pub struct StdoutClosed;

/// A failed write to standard output: [`StdoutClosed`] when the reader went away.
fn stdout_error(error: std::io::Error) -> anyhow::Error {
    if error.kind() == std::io::ErrorKind::BrokenPipe {
        StdoutClosed.into()
    } else {
        anyhow::Error::new(error).context("Could not write to standard output")
    }
}

/// Prints one line on standard output (unlike `println!`, a closed output is an error, not a
/// panic).
fn say(line: std::fmt::Arguments<'_>) -> Result<()> {
    let mut out = std::io::stdout().lock();
    writeln!(out, "{line}")
        .and_then(|()| out.flush())
        .map_err(stdout_error)
}

/// An error as one line a person can act on. The library's errors already say their cause in
/// words (the OS's own wording would repeat it); others get their chain joined.
pub fn error_line(error: &anyhow::Error) -> String {
    if let Some(library_error) = error.downcast_ref::<crate::library::LibraryError>() {
        library_error.to_string()
    } else if let Some(input_error) = error.downcast_ref::<crate::library::InputError>() {
        input_error.to_string()
    } else {
        format!("{error:#}")
    }
}

/// A note named on the command line: a path, or a file name (with or without `.md`) inside the
/// library.
fn note_path(library: &Library, note: &Path) -> Result<PathBuf> {
    if note.is_file() {
        return Ok(note.to_path_buf());
    }
    let inside = library.root().join(note);
    if inside.is_file() {
        return Ok(inside);
    }
    let with_md = library.root().join(format!("{}.md", note.display()));
    if with_md.is_file() {
        return Ok(with_md);
    }
    bail!(
        "No note {} in the library {}",
        note.display(),
        library.root().display()
    )
}

/// Prints each input's article. A bad input is reported on stderr and the others still go
/// through, as a batch tool does; then the command fails. Many inputs are read on every core,
/// and printed in the order given.
fn clean(
    format: OutputFormat,
    url: Option<&str>,
    paths: &[PathBuf],
    clipboard: bool,
) -> Result<()> {
    let url = web_address(url)?;
    if clipboard {
        let pasted = read_clipboard()?;
        let article = pasted_article(&pasted, url);
        let text = render_article(format, CLIPBOARD_NAME.to_string(), article)?;
        let stdout = std::io::stdout();
        let mut out = stdout.lock();
        out.write_all(text.as_bytes()).map_err(stdout_error)?;
        return out.flush().map_err(stdout_error);
    }
    let inputs: Vec<Option<&Path>> = if paths.is_empty() {
        vec![None]
    } else {
        paths.iter().map(|p| Some(p.as_path())).collect()
    };
    let render = |input: Option<&Path>| -> Result<String> {
        let (name, bytes) = read_input(input)?;
        let (article, front) = extract_named(&name, &bytes, url)?;
        render_note(format, name, article, front)
    };
    if inputs.len() == 1 {
        let text = render(inputs[0])?;
        let stdout = std::io::stdout();
        let mut out = stdout.lock();
        out.write_all(text.as_bytes()).map_err(stdout_error)?;
        return out.flush().map_err(stdout_error);
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = 0;
    let mut print = |rendered: Result<String>| -> Result<()> {
        match rendered {
            Ok(text) => out.write_all(text.as_bytes()).map_err(stdout_error),
            Err(error) => {
                failed += 1;
                eprintln!("tidyclip: {}", error_line(&error));
                Ok(())
            }
        }
    };
    in_order_on_every_core(&inputs, &|input: &Option<&Path>| render(*input), &mut print)?;
    out.flush().map_err(stdout_error)?;
    if failed > 0 {
        bail!(
            "{failed} of {} inputs could not be read (each is named above); the others were printed",
            inputs.len()
        );
    }
    Ok(())
}

/// One article as `clean` prints it, with the fields a Markdown note's front matter gives over
/// the engine's.
fn render_note(
    format: OutputFormat,
    name: String,
    mut article: Article,
    front: Option<FrontMatter>,
) -> Result<String> {
    let Some(front) = front else {
        return render_article(format, name, article);
    };
    Ok(match format {
        OutputFormat::Json => {
            let given = |s: &Option<String>| s.clone().filter(|s| !s.trim().is_empty());
            if !front.title.trim().is_empty() {
                article.title = Some(front.title.clone());
                article.title_inferred = false;
            }
            article.url = given(&front.source).or(article.url);
            article.site = given(&front.site).or(article.site);
            article.summary = given(&front.description).or(article.summary);
            if !front.author.is_empty() {
                article.authors.clone_from(&front.author);
            }
            return render_article(format, name, article);
        }
        OutputFormat::Markdown => {
            let mut clipping = Clipping::new(article, Original::default());
            clipping.apply_front_matter(front);
            clipping.to_markdown()
        }
    })
}

/// One article as `clean` prints it.
fn render_article(format: OutputFormat, name: String, article: Article) -> Result<String> {
    Ok(match format {
        OutputFormat::Json => {
            let mut line = serde_json::to_string(&CleanOutput::new(name, &article))
                .context("could not write JSON")?;
            line.push('\n');
            line
        }
        OutputFormat::Markdown => Clipping::new(article, Original::default()).to_markdown(),
    })
}

/// Calls `work` on every item, on as many threads as there are cores (and items), and hands
/// each result to `done` in the items' order, as soon as it and all before it are ready. An
/// error from `done` (stdout closed) stops the handing out of further items.
fn in_order_on_every_core<T: Sync, R: Send>(
    items: &[T],
    work: &(dyn Fn(&T) -> R + Sync),
    done: &mut dyn FnMut(R) -> Result<()>,
) -> Result<()> {
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    let threads = std::thread::available_parallelism()
        .map_or(1, std::num::NonZeroUsize::get)
        .min(items.len())
        .max(1);
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    std::thread::scope(|scope| {
        // Bounded: while stdout is slow to take what is printed, the workers wait.
        let (send, receive) = std::sync::mpsc::sync_channel::<(usize, R)>(2 * threads);
        for _ in 0..threads {
            let send = send.clone();
            let (next, stop) = (&next, &stop);
            scope.spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(item) = items.get(i) else { break };
                    if send.send((i, work(item))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(send);
        // Results that came early wait here for the ones before them.
        let mut waiting = std::collections::BTreeMap::new();
        let mut due = 0;
        for (i, result) in receive {
            waiting.insert(i, result);
            while let Some(result) = waiting.remove(&due) {
                due += 1;
                if let Err(error) = done(result) {
                    stop.store(true, Ordering::Relaxed);
                    return Err(error);
                }
            }
        }
        Ok(())
    })
}

/// The library, created if missing (for commands that save into it).
fn open_library(explicit: Option<&Path>) -> Result<Library> {
    Ok(Library::open(Library::default_dir(explicit)?)?)
}

/// The library, which must exist: commands that only read or change its notes create nothing.
fn open_existing_library(explicit: Option<&Path>) -> Result<Library> {
    Ok(Library::open_existing(Library::default_dir(explicit)?)?)
}

/// Reads a file, or standard input for `None` or `-`. Returns a display name and the bytes.
/// Folders, pipes, devices and anything over the input cap are refused without waiting on them.
fn read_input(path: Option<&Path>) -> Result<(String, Vec<u8>)> {
    match path {
        None => read_stdin(),
        Some(p) if p == Path::new("-") => read_stdin(),
        Some(p) => Ok((p.display().to_string(), read_input_file(p)?)),
    }
}

/// Where `save` reads its article.
#[derive(Debug, Clone, Copy)]
enum Input<'a> {
    /// A file, or standard input for `None` or `-`.
    File(Option<&'a Path>),
    Clipboard,
}

/// The name `clean` and `save` give the clipboard in their output and messages.
const CLIPBOARD_NAME: &str = "clipboard";

/// What the window's Paste reads, repaired as a paste is.
fn read_clipboard() -> Result<Pasted> {
    let mut pasted = SystemClipboard.read().map_err(anyhow::Error::msg)?;
    pasted.text = extract::decode::repair_text(pasted.text);
    Ok(pasted)
}

/// The article of a paste, read as the window reads one: `--url` first, else the address the
/// browser put beside the selection.
fn pasted_article(pasted: &Pasted, url: Option<&str>) -> Article {
    let address = url.or(pasted.source.as_deref());
    extract::extract_pasted(&pasted.text, pasted.format, address)
}

fn read_stdin() -> Result<(String, Vec<u8>)> {
    let bytes = read_input_stream(std::io::stdin().lock())?;
    Ok(("-".to_string(), bytes))
}

/// The article in `bytes`, and a Markdown note's front matter (see
/// [`Original::extract_note_at`]).
fn extract_named(
    name: &str,
    bytes: &[u8],
    url: Option<&str>,
) -> Result<(Article, Option<FrontMatter>)> {
    Original::extract_note_at(bytes, Some(name), url)
        .map(|(article, _, front)| (article, front))
        .with_context(|| format!("Could not read {name}"))
}

/// `--url` as given, when it is an http(s) address; anything else is refused in words rather
/// than silently ignored.
fn web_address(url: Option<&str>) -> Result<Option<&str>> {
    match url {
        None => Ok(None),
        Some(url) if extract::address::is_web_address(url) => Ok(Some(url.trim())),
        Some(url) => bail!("--url must be an http or https address, not {url:?}"),
    }
}

/// Prints a warning on stderr for each note that could only be listed by its file name, then
/// the notes.
fn print_listing(
    (notes, warnings): (Vec<NoteSummary>, Vec<NoteWarning>),
    json: bool,
) -> Result<()> {
    for warning in &warnings {
        eprintln!(
            "tidyclip: warning: {}: {}",
            warning.path.display(),
            warning.why
        );
    }
    print_notes(&notes, json)
}

fn print_notes(notes: &[NoteSummary], json: bool) -> Result<()> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if json {
        writeln!(out, "{}", serde_json::to_string(notes)?).map_err(stdout_error)?;
    } else {
        for note in notes {
            let date = note.list_date();
            let conflict = if note.conflict {
                " (sync conflict copy)"
            } else {
                ""
            };
            writeln!(
                out,
                "{}{conflict}\t{}\t{}\t{}",
                note.title,
                note.site.as_deref().unwrap_or(""),
                date,
                note.path.display()
            )
            .map_err(stdout_error)?;
        }
    }
    out.flush().map_err(stdout_error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn work_done_on_every_core_comes_back_in_order() {
        let items: Vec<u64> = (0..200).collect();
        // Uneven work, so that later items often finish first.
        let work = |&n: &u64| -> u64 {
            std::thread::sleep(std::time::Duration::from_micros((n * 37) % 300));
            n * n
        };
        let mut got = Vec::new();
        in_order_on_every_core(&items, &work, &mut |r| {
            got.push(r);
            Ok(())
        })
        .expect("no error");
        assert_eq!(got, items.iter().map(|n| n * n).collect::<Vec<_>>());
    }

    #[test]
    fn a_failure_to_print_stops_the_work() {
        let items: Vec<u32> = (0..10_000).collect();
        let started = std::sync::atomic::AtomicUsize::new(0);
        let work = |&n: &u32| {
            started.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            // All of them would take a quarter of a second or more.
            std::thread::sleep(std::time::Duration::from_micros(50));
            n
        };
        let mut printed = 0;
        let result = in_order_on_every_core(&items, &work, &mut |_| {
            printed += 1;
            if printed == 3 {
                bail!("stdout closed")
            }
            Ok(())
        });
        assert!(result.is_err());
        assert_eq!(printed, 3);
        assert!(started.load(std::sync::atomic::Ordering::Relaxed) < items.len());
    }
}
