//! The engine: bytes or text in, [`Article`] out. Pure — no I/O, no egui, no knowledge of the library.
//!
//! The pipeline, in the order it runs: [`decode`] the bytes into text and sniff the [`Format`];
//! segment the text ([`text`]) or HTML ([`html`]) into [`candidate`] blocks; [`measure`] each
//! block's features once and [`decide`] it as keep or trim with a [`Reason`]; pull the
//! [`fields`] (title, site, author, date, url, summary) out of the blocks and metadata. The
//! result is the [`model`]'s [`Article`].

pub mod address;
pub mod assemble;
pub mod candidate;
pub mod decide;
pub mod decode;
pub mod fallback;
pub mod fields;
pub mod forest;
pub mod html;
pub mod inputs;
pub mod kind;
pub mod learned;
mod lexicon;
pub mod markdown;
pub mod measure;
pub mod model;
pub mod text;
pub mod title;
pub(crate) mod util;

pub use decode::DecodeError;
pub use model::{
    Article, Block, CalloutPart, CalloutType, Form, Format, ItemPlace, MediaKind, Published,
    PublishedValue, Reason, Role, TableCell,
};

/// Decodes `bytes` and extracts the article. `name_hint` (a file name) only breaks ties when
/// sniffing the format; the content decides.
pub fn extract_bytes(bytes: &[u8], name_hint: Option<&str>) -> Result<Article, DecodeError> {
    extract_bytes_at(bytes, name_hint, None)
}

/// [`extract_bytes`] for a page read at a known `address` (see [`extract_at`]).
pub fn extract_bytes_at(
    bytes: &[u8],
    name_hint: Option<&str>,
    address: Option<&str>,
) -> Result<Article, DecodeError> {
    let (text, format) = decode::decode_borrowed(bytes, name_hint)?;
    Ok(extract_at(&text, format, address))
}

/// Extracts the article from already-decoded input of a known format: the rules, then the
/// learned decision on top (see [`learned`]). A page that comes out thin while it hides prose is
/// read again with its hidden elements shown (see [`fallback`]).
pub fn extract(input: &str, format: Format) -> Article {
    extract_at(input, format, None)
}

/// [`extract`] for a page read at a known `address` (the browser tab's, or the one the clipboard
/// names beside a copied selection): an HTML page's relative links and images resolve against
/// it unless the page names a `<base>`, and it is the article's url when the page gives none.
/// Only http(s) addresses are taken; anything else is ignored.
pub fn extract_at(input: &str, format: Format, address: Option<&str>) -> Article {
    extract_read(input, format, address, learned::shipped(format)).0
}

/// [`extract`] deciding with `model` instead of the model shipped for `format` (`None`: the
/// rules alone). Training scores each page with the model of the folds that never saw its site,
/// through every pass the engine runs, so that its out-of-fold fields and bodies are the
/// engine's own.
pub fn extract_with_model(input: &str, format: Format, model: Option<&learned::Model>) -> Article {
    extract_read(input, format, None, model).0
}

/// [`extract_at`] for what the person copied and pasted. A selection copied from a page (HTML
/// with no `<title>` and none of a page's menus, headers, footers or sidebars, where a select-all
/// brings them along) is the person's choice: it is trimmed lightly, only of what the rules
/// recognise by its words (share rows, newsletter and promotion prompts, cookie notices, ads) and
/// of repeats. A whole page is extracted as [`extract_at`] does.
///
/// Pasted text that is Markdown (two kinds of Markdown marker: copied from an editor, a notes
/// app, a README's source) is read as Markdown, and keeps its text; the article's `format` says
/// which it was read as, for the original kept beside the note.
pub fn extract_pasted(input: &str, format: Format, address: Option<&str>) -> Article {
    let format = if format == Format::Text && decode::sniff_format(input, None) == Format::Markdown
    {
        Format::Markdown
    } else {
        format
    };
    let (mut article, selection) = extract_read(input, format, address, learned::shipped(format));
    if selection {
        keep_selection(&mut article);
    }
    article
}

/// The headline in a page's `<title>` (as a browser reports it): the site's name and short
/// section tails ("Headline | Section | Site") dropped as the engine drops them from a page.
pub fn headline_of_page_title(title: &str, site: Option<&str>) -> String {
    html::strip_site_suffix(title, site)
}

/// Keeps every body block of a selection the engine trimmed, except what it recognised.
fn keep_selection(article: &mut Article) {
    for b in &mut article.blocks {
        let recognised = matches!(
            b.reason,
            Reason::UsedAsField { .. }
                | Reason::ShareButtons
                | Reason::NewsletterPrompt
                | Reason::Promotion
                | Reason::CookieNotice
                | Reason::Advertisement
                | Reason::DuplicateOf { .. }
                | Reason::Metadata
                | Reason::Decoration
        );
        if b.keep || recognised || !b.role.is_body() {
            continue;
        }
        b.keep_as_article_text();
    }
}

/// The article, and whether the input was a selection rather than a page.
fn extract_read(
    input: &str,
    format: Format,
    address: Option<&str>,
    model: Option<&learned::Model>,
) -> (Article, bool) {
    let measured = measured_at(input, format, address);
    let selection = measured.hints.selection;
    let hidden_prose = measured.hints.hidden_prose;
    let hidden_text = measured.hints.hidden_text;
    let month_first = measured.hints.month_first;
    let mut article = decide_learned(measured, format, model);
    if format == Format::Html && fallback::worth_reading_hidden(&article, hidden_prose, hidden_text)
    {
        let mut shown = html_unlearned(input, true, address);
        shown.article.format = format;
        let shown = decide_learned(shown, format, model);
        if fallback::kept_words(&shown) > fallback::kept_words(&article) {
            article = shown;
        }
    }
    if article.url.is_none() {
        article.url = address
            .filter(|a| address::is_web_address(a))
            .map(|a| a.trim().to_string());
    }
    // A numeric date that reads both ways was read day first; a page written for the United
    // States means it month first.
    if month_first
        && let Some(published) = &mut article.published
        && let Some(value) = fields::dates::read_month_first(&published.raw, published.value)
    {
        published.value = value;
    }
    (article, selection)
}

/// The learned decision and the fields read beside the body, on what the rules made of a page.
fn decide_learned(measured: Measured, format: Format, model: Option<&learned::Model>) -> Article {
    let Measured {
        mut article,
        rows,
        hints,
        mut structure,
    } = measured;
    if let Some(model) = model {
        let learned::Applied {
            margins,
            kind,
            by_the_rules,
        } = learned::apply(&mut article, &rows, &hints, model);
        article.kind = kind;
        // Before the passes that widen a thin body: a page whose only kept block was its
        // script's data is read again for its text.
        decide::trim_skip_links(&mut article.blocks);
        if format == Format::Html {
            decide::trim_script_data(&mut article.blocks, &structure.shapes);
            fallback::widen_thin_body(&mut article, &rows);
            learned::keep_unfootered_tail(&mut article, &rows, &margins);
        }
        // A service page is named by its document title; its `<h1>` is a slogan. On WCXB dev's
        // pages read as services, the title's first part matched the reference 101 times of
        // 152, the `<h1>`-first choice 71; with the tagline after a brand the address names
        // (`html::name_in_title`), 106 of 148 where the first part alone gave 98.
        if format == Format::Html
            && kind == kind::PageKind::Service
            && let Some(title) = &hints.document_title
        {
            article.title = Some(title.clone());
            article.title_inferred = false;
        }
        // The `<h1>` cut down from the page's own title ("Recent Trends in Photography" under
        // "8 Recent Trends in Photography - Studio") is named in full. Blocks were matched
        // against the `<h1>`. On WCXB dev: titles 1,260 -> 1,263, none lost.
        if let Some((headline, in_full)) = &hints.title_in_full
            && article.title.as_deref() == Some(headline.as_str())
        {
            article.title = Some(in_full.clone());
        }
        if format == Format::Text
            && rows.len() >= learned::MIN_BLOCKS
            && let Some(forest) = &model.title
        {
            title::choose(&mut article, &rows, &margins, forest);
        }
        if format == Format::Text {
            fields::header::return_standfirst_inside_article(&mut article, |i| {
                margins.get(i).is_some_and(|&m| m >= learned::KEEP_MARGIN)
            });
        }
        // A story, a thread or a doc page pasted as HTML (no `<title>`): its headline sits just
        // above its text. On WCXB's pages with their `<head>` taken off, titles 1056 -> 1096 of
        // 1,497 (43 won, 4 lost). On every kind it was 1089 (44 won, 16 lost): listings, shops
        // and services lost, their first kept block being an item of theirs, so those kinds
        // keep the rules' choice.
        if format == Format::Html
            && hints.document_title.is_none()
            && !hints.selection
            && matches!(
                kind,
                kind::PageKind::Article | kind::PageKind::Forum | kind::PageKind::Documentation
            )
        {
            title::headline_above_body(&mut article, &structure.shapes);
        }
        learned::keep_something(&mut article, &rows, &margins);
        learned::finish(&mut article.blocks, &structure.shapes, &rows, format);
        // HTML only where the page's structured data calls it an article: the rules mark every
        // block of a comment container, and threads the model read as articles lost their
        // replies (WCXB's HTML forums 0.817 -> 0.806 on every page read as an article; 0.817
        // either way so, news 0.978 -> 0.982).
        if kind == kind::PageKind::Article
            && (format == Format::Text || kind::declares_an_article(&hints))
        {
            decide::trim_comment_thread(&mut article.blocks, &by_the_rules);
        }
        if kind == kind::PageKind::Forum {
            if format == Format::Html {
                decide::trim_signatures(&mut article.blocks, &structure.shapes);
                decide::keep_post_bylines(&mut article.blocks, &mut structure.shapes);
                if article.authors.is_empty()
                    && let Some(name) = decide::first_poster(&article.blocks, &structure.shapes)
                {
                    article.authors = vec![name];
                }
            }
            // After the bylines, which it leaves alone. WCXB dev's threads: HTML 0.802 -> 0.815
            // (15 pages up, 3 down), pasted 0.741 -> 0.753 (32 up, 5 down).
            decide::trim_requoted_text(&mut article.blocks, &structure.shapes);
            // Pasted threads keep reaction counts and post numbers among the posts: pasted forum
            // pages 0.755 -> 0.758 (61 up, 3 down, every site fold up), HTML 0.816 -> 0.817.
            decide::trim_post_counters(&mut article.blocks, &structure.shapes);
        }
    }
    if format == Format::Markdown {
        text::keep_the_markdown_document(&mut article);
    } else {
        fields::near_body::fill_from_blocks(&mut article);
    }
    assemble::apply(&mut article, structure);
    article
}

/// What the rules made of a page, with what the learned decision reads.
#[derive(Debug, Clone, Default)]
pub struct Measured {
    /// The article as the rules alone decide it.
    pub article: Article,
    /// Each block's inputs for the learned decision.
    pub rows: Vec<inputs::Row>,
    /// What the page declares about its kind.
    pub hints: kind::PageHints,
    /// The page's structure, put back on the blocks once they are decided.
    pub structure: assemble::Structure,
}

/// The rules' article and the learned decision's inputs, before it decides (for training and for
/// measuring what the model adds).
pub fn extract_unlearned(input: &str, format: Format) -> Measured {
    measured_at(input, format, None)
}

fn measured_at(input: &str, format: Format, address: Option<&str>) -> Measured {
    let mut measured = match format {
        Format::Html => html_unlearned(input, false, address),
        Format::Text | Format::Markdown => {
            let (article, rows, hints, structure) = text::extract_text(input, format);
            Measured {
                article,
                rows,
                hints,
                structure,
            }
        }
    };
    measured.article.format = format;
    measured
}

fn html_unlearned(input: &str, read_hidden: bool, address: Option<&str>) -> Measured {
    let (article, rows, hints, structure) = html::extract_html_with(input, read_hidden, address);
    Measured {
        article,
        rows,
        hints,
        structure,
    }
}

/// The Markdown of each block an HTML page keeps, as a note writes it (for tests).
#[cfg(test)]
pub(crate) fn kept_markdown(html: &str) -> Vec<String> {
    extract(html, Format::Html)
        .kept_body()
        .map(Block::to_markdown)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A selection as a browser puts it on the clipboard: the chosen elements, no page around them.
    const SELECTION: &str = "<html><body><!--StartFragment--><h2>Packing list</h2>\
        <p>Bring a warm layer.</p><ul><li>Tent</li><li>Stove and fuel</li><li>Maps</li></ul>\
        <p>Photo: the ridge at dawn</p><p>Share on Facebook</p>\
        <p>The second night is the coldest, so the sleeping bag matters more than the tent.</p>\
        <!--EndFragment--></body></html>";

    #[test]
    fn a_numeric_date_both_ways_could_mean_is_read_month_first_on_a_page_for_the_us() {
        let published = |lang: &str, head: &str| {
            let page = format!(
                "<html{lang}><head><title>Big news</title>{head}\
                 <meta property=\"article:published_time\" content=\"03-09-2026\"></head>\
                 <body><article><h1>Big news</h1><p>The first paragraph is long enough to \
                 count as prose, and the council met on Tuesday to talk it over.</p>\
                 </article></body></html>"
            );
            extract(&page, Format::Html)
                .published
                .map(|p| (p.raw, p.value.to_rfc3339()))
        };
        let at = |date: &str| Some(("03-09-2026".to_string(), date.to_string()));
        assert_eq!(published(" lang=\"en-US\"", ""), at("2026-03-09"));
        assert_eq!(
            published("", "<meta property=\"og:locale\" content=\"en_US\">"),
            at("2026-03-09")
        );
        // Another region, or none named, reads it day first.
        assert_eq!(published(" lang=\"en-GB\"", ""), at("2026-09-03"));
        assert_eq!(published(" lang=\"en\"", ""), at("2026-09-03"));
        assert_eq!(published(" lang=\"es-ES\"", ""), at("2026-09-03"));
    }

    #[test]
    fn a_small_pages_article_element_is_kept_whole() {
        let page = "<html><head><title>Page with Hero Section</title></head><body><article>\
            <h1>Page with Hero Section</h1><div class=\"hero\"><p>This is the hero section with \
            important introductory content that should not be removed.</p></div>\
            <p>This is the main body of the article.</p></article></body></html>";
        let kept: Vec<String> = extract(page, Format::Html)
            .kept_body()
            .map(|b| b.text.clone())
            .collect();
        assert!(
            kept.contains(&"This is the main body of the article.".to_string()),
            "{kept:?}"
        );
    }

    #[test]
    fn a_few_paragraphs_with_nothing_around_them_are_an_article() {
        // Two paragraphs under a heading, as a document editor puts them on the clipboard.
        let note = "<html><body><b style=\"font-weight:normal\"><h1>Planning the garden</h1>\
            <p>The plan starts with what grew well last year and what did not, so that the beds can be rotated.</p>\
            <p>Tomatoes went in the north bed last year, so this year they move to the south bed instead.</p>\
            </b></body></html>";
        assert_eq!(
            extract_pasted(note, Format::Html, None).kind,
            kind::PageKind::Article
        );
        assert_eq!(extract(note, Format::Html).kind, kind::PageKind::Article);
        // A longer selection copied from a page, with no address: an article too.
        assert_eq!(
            extract_pasted(SELECTION, Format::Html, None).kind,
            kind::PageKind::Article
        );
    }

    #[test]
    fn pasted_markdown_text_is_read_as_markdown_and_kept_and_pasted_page_text_is_not() {
        let markdown = "# Notes on tents\n\nA tent for two is warmer than one for four.\n\n\
            ## Packing\n\n- [The tent](https://example.org/tent)\n- The stove\n\n\
            > Check the poles before you leave.\n";
        let article = extract_pasted(markdown, Format::Text, None);
        assert_eq!(article.format, Format::Markdown);
        assert!(
            article.blocks.iter().all(|b| b.keep),
            "{:?}",
            article.blocks
        );
        // A page's text with a code sample's comments is still a page's text.
        let page = "Menu\nNews\nInstall it:\n# first the tools\npip install x\n# then the app\n";
        assert_eq!(
            extract_pasted(page, Format::Text, None).format,
            Format::Text
        );
    }

    #[test]
    fn a_pasted_selection_is_trimmed_lightly_and_a_pasted_page_as_a_page() {
        let kept = |a: &Article| -> Vec<String> {
            a.blocks
                .iter()
                .filter(|b| b.keep)
                .map(|b| b.text.clone())
                .collect()
        };
        let selection = extract_pasted(SELECTION, Format::Html, None);
        let body = kept(&selection);
        for line in [
            "Bring a warm layer.",
            "Tent",
            "Maps",
            "Photo: the ridge at dawn",
            "The second night is the coldest, so the sleeping bag matters more than the tent.",
        ] {
            assert!(body.iter().any(|t| t == line), "{line} in {body:?}");
        }
        // What the rules recognise by its words stays trimmed.
        assert!(!body.iter().any(|t| t.contains("Share on")), "{body:?}");
        // The same blocks inside a page (a title, a menu) are decided as a page's.
        let page = format!(
            "<html><head><title>Trip notes</title></head><body><nav><a href=/>Home</a>\
             <a href=/trips>Trips</a></nav>{SELECTION}</body></html>"
        );
        assert_eq!(
            extract_pasted(&page, Format::Html, None),
            extract(&page, Format::Html)
        );
        // A select-all of a page whose menu is a `<div class="menu">` is a page too.
        let divs = format!(
            "<div class=\"menu\"><a href=/>Home</a><a href=/trips>Trips</a></div>{SELECTION}"
        );
        assert_eq!(
            extract_pasted(&divs, Format::Html, None),
            extract(&divs, Format::Html)
        );
    }

    #[test]
    fn huge_and_hostile_inputs_do_not_panic() {
        let para =
            "The council met on Tuesday and agreed that the plan would go ahead as proposed. ";
        let one_line = para.repeat(20_000_000 / para.len());
        let article = extract_bytes(one_line.as_bytes(), Some("line.txt")).expect("text decodes");
        assert!(!article.body_text().is_empty());

        let mut ten_mb = String::new();
        while ten_mb.len() < 10_000_000 {
            ten_mb.push_str(para);
            ten_mb.push_str("\n\nHome\nNews\n\n");
        }
        assert!(extract_bytes(ten_mb.as_bytes(), None).is_ok());

        let deep = "<div>".repeat(200_000) + "<p>Deep text.</p>" + &"</div>".repeat(200_000);
        assert!(extract_bytes(deep.as_bytes(), Some("deep.html")).is_ok());

        assert!(matches!(
            extract_bytes(b"some text\0with a NUL", None),
            Err(DecodeError::Binary(_))
        ));
    }

    #[test]
    fn a_headline_cut_down_from_its_title_is_named_in_full() {
        let page = |title: &str| {
            format!(
                "<html><head><title>{title}</title></head><body><main><article>\
                 <h1>Recent Trends in Photography</h1>\
                 <p>Photographers have changed how they work over the last few years, and the \
                 tools they use have changed with them in ways worth a closer look.</p>\
                 <p>Drones, phones and small mirrorless cameras now take pictures that needed \
                 a studio and a crew only a decade ago, and clients have noticed.</p>\
                 </article></main></body></html>"
            )
        };
        let title = |t: &str| extract(&page(t), Format::Html).title;
        // The count the `<h1>` left out is the page's own title.
        assert_eq!(
            title("8 Recent Trends in Photography - Studio North").as_deref(),
            Some("8 Recent Trends in Photography")
        );
        // Words for search, the site's name or a prefix before a colon are not.
        for own in [
            "Shop Recent Trends in Photography",
            "Studio North: Recent Trends in Photography 2025",
            "Recent Trends in Photography - Studio North",
        ] {
            assert_eq!(
                title(own).as_deref(),
                Some("Recent Trends in Photography"),
                "{own}"
            );
        }
        let body = extract(&page("8 Recent Trends in Photography"), Format::Html).body_text();
        assert!(!body.contains("Recent Trends"), "{body}");
    }

    #[test]
    fn field_lines_are_not_body() {
        let text = "Example.com\n5. Mai 2025, 14:42 MESZ\nA headline about the council\n\n\
            The council met on Tuesday and agreed that the plan would go ahead as proposed by the mayor.\n\n\
            It will cost more than expected, the treasurer said, but the money is already set aside.\n";
        let a = extract(text, Format::Text);
        assert_eq!(a.site.as_deref(), Some("Example.com"));
        assert_eq!(
            a.published
                .as_ref()
                .map(|p| p.value.to_rfc3339())
                .as_deref(),
            Some("2025-05-05T14:42:00+02:00")
        );
        assert_eq!(a.title.as_deref(), Some("A headline about the council"));
        assert!(a.body_text().starts_with("The council met"));
        assert!(!a.body_text().contains("Example.com"));
    }

    #[test]
    fn german_page_pasted() {
        let text = "Startseite\nPolitik\nWirtschaft\nSport\nKultur\n\n\
            Stadtrat beschließt neuen Radweg an der Ringstraße\n\
            Von Max Mustermann\n\
            5. Mai 2025, 14:42 Uhr\n\n\
            Der Stadtrat hat am Dienstag mit großer Mehrheit beschlossen, dass an der Ringstraße ein neuer Radweg gebaut wird. Die Arbeiten sollen im Herbst beginnen.\n\n\
            Die Kosten liegen nach Angaben der Verwaltung bei rund zwei Millionen Euro, die zum großen Teil vom Land übernommen werden.\n\n\
            Anwohner hatten sich seit Jahren für eine sichere Verbindung in die Innenstadt eingesetzt und begrüßten die Entscheidung.\n\n\
            Lesen Sie auch:\n\
            Neue Buslinie ab Juni: Das ändert sich für Pendler in der Region...\n\
            Baustelle am Bahnhof: Sperrung dauert länger als geplant...\n\
            © 2025 Beispiel Zeitung. Alle Rechte vorbehalten.\n";
        let a = extract(text, Format::Text);
        assert_eq!(
            a.title.as_deref(),
            Some("Stadtrat beschließt neuen Radweg an der Ringstraße")
        );
        assert_eq!(a.authors, vec!["Max Mustermann".to_string()]);
        assert_eq!(
            a.published
                .as_ref()
                .map(|p| p.value.to_rfc3339())
                .as_deref(),
            Some("2025-05-05")
        );
        let body = a.body_text();
        assert!(body.starts_with("Der Stadtrat hat am Dienstag"), "{body}");
        assert!(body.ends_with("begrüßten die Entscheidung."), "{body}");
        for b in a.blocks.iter().filter(|b| !b.keep) {
            assert!(!b.reason.to_string().is_empty());
        }
    }

    #[test]
    fn chinese_page_pasted() {
        let text = "首页\n新闻\n体育\n\n\
            市政府宣布新的公共交通计划\n\n\
            市政府周二宣布，将在明年投入资金建设三条新的公交线路，以缓解市中心的交通拥堵问题。官员表示，新线路将连接主要住宅区和商业区。\n\n\
            据介绍，该计划还包括在主要路口增设自行车道和人行横道，以提高行人和骑车人的安全。市民普遍对这一计划表示欢迎。\n\n\
            版权所有 © 2025 示例新闻\n";
        let a = extract(text, Format::Text);
        let body = a.body_text();
        assert!(body.starts_with("市政府周二宣布"), "{body}");
        assert!(body.contains("市民普遍"), "{body}");
        assert!(!body.contains("版权所有"), "{body}");
    }

    #[test]
    fn a_byline_ending_with_its_date_gives_both() {
        let html = "<html><head><title>Trends to watch</title></head><body>\
            <nav><a href=/a>Home</a> <a href=/b>About</a> <a href=/c>Contact</a></nav>\
            <article><h1>Trends to watch</h1><p>By Jane Doe - Mar 27, 2024</p>\
            <p>The council met on Tuesday and agreed that the plan would go ahead as proposed by the mayor.</p>\
            <p>It will cost more than expected, the treasurer said, but the money is already set aside.</p>\
            </article></body></html>";
        let a = extract(html, Format::Html);
        assert_eq!(a.authors, vec!["Jane Doe".to_string()]);
        assert_eq!(
            a.published
                .as_ref()
                .map(|p| p.value.to_rfc3339())
                .as_deref(),
            Some("2024-03-27")
        );
    }

    #[test]
    fn a_pasted_line_opening_with_its_publication_date_dates_the_story_not_describes_it() {
        let text = "Whatever\nMenu\n\n\
            The December Comfort Watches 2025, Day Eighteen: Starship Troopers\n\
            Posted on December 18, 2025 \u{a0}\u{a0} Posted by John Scalzi \u{a0}\u{a0} 59 Comments\n\n\
            If you should ever want to wind up an old-school fan of the book, tell them the film \
            is better, and then watch what happens to their face over the next minute or so.\n\n\
            And in many respects they are not wrong. The film was not based on the book at first, \
            and the script was only later made to fit the story it now more or less tells.\n";
        let a = extract(text, Format::Text);
        assert_eq!(
            a.published
                .as_ref()
                .map(|p| p.value.to_rfc3339())
                .as_deref(),
            Some("2025-12-18")
        );
        assert_eq!(a.authors, vec!["John Scalzi".to_string()]);
        assert_eq!(a.summary, None);
    }

    #[test]
    fn a_pasted_name_alone_is_the_author_under_the_headline_not_further_down() {
        let story = |under_headline: &str| {
            format!(
                "Home\nNews\nSport\n\nCouncil agrees new bus fares for next year\n{under_headline}\n\
                 Show Caption\n\n\
                 The council met on Tuesday and agreed that the new fares would start in January, \
                 after a long debate about the cost of running the buses at night.\n\n\
                 It will cost more than expected, the treasurer said, but the money is already set \
                 aside in the budget for the coming year.\n"
            )
        };
        let a = extract(&story("Jane Doe"), Format::Text);
        assert_eq!(a.authors, vec!["Jane Doe".to_string()]);
        // A caption's button two lines under the headline, with no date beside it, is no name.
        let a = extract(&story("Photo gallery below"), Format::Text);
        assert!(a.authors.is_empty(), "{:?}", a.authors);
        // A dated line above the headline names its author in a part of its own.
        let a = extract(
            &story("Photo gallery below").replace(
                "Council agrees",
                "109 Comments | Jane Doe |   Last Updated: March 11, 2019\nCouncil agrees",
            ),
            Format::Text,
        );
        assert_eq!(a.authors, vec!["Jane Doe".to_string()]);
        // The line that names the author dates the story, whatever else it holds (its tags).
        let a = extract(
            &story("Jane Doe 25 March 2025 Council, Transport, Budget").replace(
                "Show Caption",
                "Plan your journey with our app\nSign up for fare alerts today\n\
                 Find your nearest stop on the map\nCheck the timetable for your route",
            ),
            Format::Text,
        );
        assert_eq!(a.authors, vec!["Jane Doe".to_string()]);
        assert_eq!(
            a.published.map(|p| p.value.date().to_string()).as_deref(),
            Some("2025-03-25")
        );
    }
}
