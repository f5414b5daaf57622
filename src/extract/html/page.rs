//! The parsed page's choice of the article: container scores, the main element and its
//! siblings, the candidates with their features and cues, and the metadata and title.

use super::super::util::chars::at_most_words;
use super::*;
use crate::extract::lexicon::phrases::WRITTEN_BY_LABELS;
use crate::extract::{Published, PublishedValue};

/// Blocks under a boilerplate hint shorter than this cannot be prose: they get the light
/// measurement.
const LIGHT_MEASURE_MAX_BYTES: usize = 80;
/// Link text inside a container counts against it with this weight, other non-prose text (lists,
/// short lines) with the second, text marked as boilerplate by its class with the third (tuned
/// on the corpus's HTML: heavier non-prose weights cut articles with lists in them).
const LINK_WEIGHT: f32 = 1.0;
const OTHER_WEIGHT: f32 = 0.3;
const HINTED_WEIGHT: f32 = 0.5;
/// `itemprop="articleBody"` or a class like "article-body" multiplies a container's score.
const CONTENT_HINT_BONUS: f32 = 1.25;
/// A structural hint (class "sidebar", …) is ignored on an element holding more than this share
/// of the page's prose: a wrapper called "content has-sidebar" is not a sidebar.
const HINT_MAX_PROSE_SHARE: f32 = 0.5;
/// Prose outside the container joins it across at most this many other blocks.
const BRIDGE_GAP_BLOCKS: usize = 3;
/// How many ancestors above a paragraph's parent receive part of its score.
const ANCESTOR_LEVELS: usize = 4;
/// A sibling of the chosen container joins it when its own score is this share of the
/// container's (Readability uses 0.2).
const SIBLING_MIN_SHARE: f32 = 0.2;
/// Prose blocks outside the chosen container, but within this many blocks of it, are pulled in
/// when they are prose (an article split across sibling elements).
const SIBLING_REACH_BLOCKS: usize = 3;
/// A table of at least this many rows and columns is data, not a caption, even in a `<figure>`
/// (smaller ones there are mostly captions laid out as tables).
const DATA_TABLE_MIN: u32 = 3;

/// An article interrupted by a widget (newsletter box, video) continues outside its container:
/// `joinable` blocks within [`BRIDGE_GAP_BLOCKS`] of the main run, step by step, join it.
fn bridge_widget_gaps(in_main: &mut [bool], joinable: impl Fn(usize) -> bool) {
    if let (Some(first), Some(last)) = (
        in_main.iter().position(|&m| m),
        in_main.iter().rposition(|&m| m),
    ) {
        let mut gap = 0;
        for k in (0..first).rev() {
            if joinable(k) {
                in_main[k] = true;
                gap = 0;
            } else {
                gap += 1;
                if gap > BRIDGE_GAP_BLOCKS {
                    break;
                }
            }
        }
        gap = 0;
        for (k, main) in in_main.iter_mut().enumerate().skip(last + 1) {
            if joinable(k) {
                *main = true;
                gap = 0;
            } else {
                gap += 1;
                if gap > BRIDGE_GAP_BLOCKS {
                    break;
                }
            }
        }
    }
}

/// The boilerplate an element's markup announces: its role or tag (`nav`, `footer`…), else its
/// class (`class_hint`, what [`structure_hint`] says of the class alone, cached per class), else
/// its id. Inline elements' classes ("icon", "btn") rarely say more than their block's do, so
/// only links' count.
pub(super) fn element_hint(
    name: &str,
    kind: Kind,
    id: &str,
    role: &str,
    class_hint: Option<Reason>,
) -> Option<Reason> {
    let hint = if kind == Kind::Inline && name != "a" {
        None
    } else {
        // The tag's or role's hint, else the class's (`structure_hint` reads them in that order).
        structure_hint(name, "", role).or(class_hint)
    };
    hint.or_else(|| {
        if id.is_empty() || kind == Kind::Inline {
            None
        } else {
            structure_hint("", id, "")
        }
    })
}

impl Page {
    pub(super) fn candidates(&mut self) -> (Vec<Candidate>, Vec<Features>, Vec<DomCues>) {
        let (mut feats, lang) = self.measured();
        let n_el = self.elements.len();
        let mut block_prose = Vec::with_capacity(self.blocks.len());
        let mut total_prose = 0f32;
        let mut prose_all = vec![0f32; n_el];
        for (b, f) in self.blocks.iter().zip(&feats) {
            let is_prose = decide::is_prose(f);
            block_prose.push(is_prose);
            if is_prose {
                let chars = f.chars as f32;
                total_prose += chars;
                let mut e = Some(b.elem);
                while let Some(i) = e {
                    prose_all[i as usize] += chars;
                    e = self.elements[i as usize].parent;
                }
            }
        }
        // Hints on elements that hold most of the page's prose are not believed.
        for (i, el) in self.elements.iter_mut().enumerate() {
            if el.hint.is_some()
                && total_prose > 0.0
                && prose_all[i] / total_prose > HINT_MAX_PROSE_SHARE
            {
                el.hint = None;
            }
        }
        let hint_of = self.effective_hints();
        // Blocks measured lightly whose hint was not believed get the full measurement.
        for (k, b) in self.blocks.iter().enumerate() {
            if b.hinted && hint_of[b.elem as usize].is_none() && feats[k].junk.is_none() {
                let mut f = measure::measure(&b.text, b.link_chars);
                measure::apply_language(&mut f, lang);
                block_prose[k] = decide::is_prose(&f);
                feats[k] = f;
            }
        }
        // Each container's score: its prose, less its links, other text and boilerplate.
        let mut score = vec![0f32; n_el];
        let mut has_prose = vec![false; n_el];
        // Every element's text and link characters, gathered on the same walk up.
        let mut text_all = vec![0f32; n_el];
        let mut links_all = vec![0f32; n_el];
        for (k, b) in self.blocks.iter().enumerate() {
            let f = &feats[k];
            let chars = f.chars as f32;
            let links = (b.link_chars as f32).min(chars);
            let value = if hint_of[b.elem as usize].is_some() {
                -HINTED_WEIGHT * chars
            } else if block_prose[k] {
                chars - LINK_WEIGHT * links
            } else {
                -LINK_WEIGHT * links - OTHER_WEIGHT * (chars - links)
            };
            // A code listing scores as prose does, but an element holding no prose but code
            // (a highlighter's wrapper around one listing) is not the article.
            let counts_as_prose =
                block_prose[k] && hint_of[b.elem as usize].is_none() && b.shape.pre.is_none();
            let mut e = Some(b.elem);
            while let Some(i) = e {
                let i = i as usize;
                score[i] += value;
                text_all[i] += chars;
                links_all[i] += links;
                if counts_as_prose {
                    has_prose[i] = true;
                }
                e = self.elements[i].parent;
            }
        }
        for (s, el) in score.iter_mut().zip(&self.elements) {
            if el.content_hint && *s > 0.0 {
                *s *= CONTENT_HINT_BONUS;
            }
        }
        let near_score = self.near_scores(&feats, &block_prose, &hint_of);
        let container_score = |i: usize| {
            let density = if text_all[i] > 0.0 {
                links_all[i] / text_all[i]
            } else {
                0.0
            };
            let bonus = if self.elements[i].content_hint {
                CONTENT_HINT_BONUS
            } else {
                1.0
            };
            near_score[i] * (1.0 - density) * bonus
        };
        let best = (0..n_el)
            .filter(|&i| hint_of[i].is_none() && has_prose[i])
            .max_by(|&a, &b| container_score(a).total_cmp(&container_score(b)))
            .unwrap_or(0);
        let joined = self.joined_siblings(best, &hint_of, &score);
        // Is `elem` inside the container (or a joined sibling)?
        let mut inside = vec![false; n_el];
        for i in 0..n_el {
            inside[i] = joined[i] || self.elements[i].parent.is_some_and(|p| inside[p as usize]);
        }
        let mut in_main: Vec<bool> = self
            .blocks
            .iter()
            .map(|b| inside[b.elem as usize])
            .collect();
        // Prose paragraphs outside the container that may continue its article.
        let joinable = |k: usize| {
            block_prose[k]
                && hint_of[self.blocks[k].elem as usize].is_none()
                && self.blocks[k].role == Role::Paragraph
        };
        bridge_widget_gaps(&mut in_main, joinable);
        let share = |x: f32| {
            if total_prose > 0.0 {
                x / total_prose
            } else {
                0.0
            }
        };
        let container_prose_share = share(prose_all[best]);
        let templates = self.template_groups(&feats);
        let page_chars = feats.iter().map(|f| f.chars as f32).sum::<f32>().max(1.0);
        let dom: Vec<DomCues> = self
            .blocks
            .iter()
            .map(|b| {
                let el = &self.elements[b.elem as usize];
                let parent = el.parent.map_or(b.elem as usize, |p| p as usize);
                let template = templates.get(&el.shape).copied().unwrap_or_default();
                DomCues {
                    template_blocks: template.blocks,
                    template_parents: template.parents,
                    template_chars_share: template.chars / page_chars,
                    own_tag: el.own,
                    depth: el.depth,
                    cues: el.cues,
                    in_container: inside[b.elem as usize],
                    parent_prose_share: share(prose_all[parent]),
                    parent_link_density: if text_all[parent] > 0.0 {
                        links_all[parent] / text_all[parent]
                    } else {
                        0.0
                    },
                    container_prose_share,
                }
            })
            .collect();
        let cands = self.take_candidates(&in_main, &block_prose, &hint_of);
        (cands, feats, dom)
    }

    /// The blocks grouped by their element's path shape (the same tags and classes from the
    /// root down: one template's output), with how many blocks and parents each group has and
    /// its characters. A grid's cards put each block in a parent of its own; an article's
    /// paragraphs share one.
    fn template_groups(
        &self,
        feats: &[Features],
    ) -> std::collections::HashMap<u64, TemplateGroup, FnvBuild> {
        let mut groups: std::collections::HashMap<u64, TemplateGroup, FnvBuild> =
            std::collections::HashMap::default();
        let mut seen: std::collections::HashSet<(u64, Option<u32>), FnvBuild> =
            std::collections::HashSet::default();
        for (b, f) in self.blocks.iter().zip(feats) {
            let el = &self.elements[b.elem as usize];
            let group = groups.entry(el.shape).or_default();
            group.blocks += 1.0;
            group.chars += f.chars as f32;
            if seen.insert((el.shape, el.parent)) {
                group.parents += 1.0;
            }
        }
        groups
    }

    /// Readability's way to find the article's own container: each prose paragraph counts fully
    /// for its parent, half for its grandparent and less above, so the element that directly
    /// holds the paragraphs wins over a wrapper that also holds teasers.
    fn near_scores(
        &self,
        feats: &[Features],
        block_prose: &[bool],
        hint_of: &[Option<Reason>],
    ) -> Vec<f32> {
        let mut near_score = vec![0f32; self.elements.len()];
        for (k, b) in self.blocks.iter().enumerate() {
            let chars = feats[k].chars as f32;
            if !block_prose[k] || hint_of[b.elem as usize].is_some() {
                continue;
            }
            let mut e = self.elements[b.elem as usize].parent;
            let mut level = 0;
            while let Some(i) = e {
                let weight = match level {
                    0 => 1.0,
                    1 => 0.5,
                    l => 1.0 / (l as f32 * 3.0),
                };
                near_score[i as usize] += chars * weight;
                level += 1;
                if level > ANCESTOR_LEVELS {
                    break;
                }
                e = self.elements[i as usize].parent;
            }
        }
        near_score
    }

    /// The blocks as the candidates the rules and the model decide on (their shapes kept for
    /// the Markdown): in the main run, or prose near it with no boilerplate hint.
    fn take_candidates(
        &mut self,
        in_main: &[bool],
        block_prose: &[bool],
        hint_of: &[Option<Reason>],
    ) -> Vec<Candidate> {
        let first = in_main.iter().position(|&m| m);
        let last = in_main.iter().rposition(|&m| m);
        // Tables of at least three rows and three columns: a data table, even in a `<figure>`.
        let mut table_extent: std::collections::HashMap<u32, (u32, u32), FnvBuild> =
            std::collections::HashMap::default();
        for cell in self.blocks.iter().filter_map(|b| b.shape.cell) {
            let extent = table_extent.entry(cell.table).or_default();
            extent.0 = extent.0.max(cell.row + 1);
            extent.1 = extent.1.max(cell.col + u32::from(cell.colspan));
        }
        let data_table = |cell: Option<CellAt>| {
            cell.and_then(|c| table_extent.get(&c.table))
                .is_some_and(|&(rows, cols)| rows >= DATA_TABLE_MIN && cols >= DATA_TABLE_MIN)
        };
        let mut cands = Vec::with_capacity(self.blocks.len());
        let mut shapes = Vec::with_capacity(self.blocks.len());
        for (k, b) in self.blocks.drain(..).enumerate() {
            let near = match (first, last) {
                (Some(f), Some(l)) => {
                    k + SIBLING_REACH_BLOCKS >= f && k <= l + SIBLING_REACH_BLOCKS
                }
                _ => false,
            };
            let main = in_main[k] || (near && block_prose[k] && hint_of[b.elem as usize].is_none());
            let shape = b.shape;
            let markdown = (b.has_markup && b.markdown != b.text).then_some(b.markdown);
            cands.push(Candidate {
                text: b.text,
                markdown,
                role: Some(b.role),
                link_chars: b.link_chars,
                // An embedded post (a blockquote inside a "social" wrapper) is quoted text, not
                // a row of share buttons.
                // Code or a table in a `<figure>` (highlighters and editors wrap them in one) is
                // not a caption.
                structure_hint: hint_of[b.elem as usize].clone().filter(|h| {
                    !(b.role == Role::Quote && *h == Reason::ShareButtons
                        || (shape.pre.is_some() || data_table(shape.cell))
                            && *h == Reason::PhotoCaption)
                }),
                in_main: Some(main),
                caption: b.caption && shape.pre.is_none(),
                after_blank: true,
            });
            shapes.push(shape);
        }
        self.shapes = shapes;
        cands
    }

    /// Each block's measurements (a short block in a hinted element lightly), in the page's
    /// language, and that language.
    fn measured(&self) -> (Vec<Features>, u16) {
        let mut feats: Vec<Features> = self
            .blocks
            .iter()
            .map(|b| {
                if b.hinted && b.role != Role::Quote && b.text.len() < LIGHT_MEASURE_MAX_BYTES {
                    measure::measure_light(&b.text, b.link_chars)
                } else {
                    measure::measure(&b.text, b.link_chars)
                }
            })
            .collect();
        let lang = measure::page_language_of(&feats);
        for f in &mut feats {
            measure::apply_language(f, lang);
        }
        (feats, lang)
    }

    /// Each element's hint: its own, or its nearest hinted ancestor's.
    fn effective_hints(&self) -> Vec<Option<Reason>> {
        let mut hint_of: Vec<Option<Reason>> = Vec::with_capacity(self.elements.len());
        for i in 0..self.elements.len() {
            let h = self.elements[i].hint.clone().or_else(|| {
                self.elements[i]
                    .parent
                    .and_then(|p| hint_of.get(p as usize).cloned().flatten())
            });
            hint_of.push(h);
        }
        hint_of
    }

    /// The container `best`, and its siblings that hold prose of their own (an article split
    /// around an advertisement).
    fn joined_siblings(&self, best: usize, hint_of: &[Option<Reason>], score: &[f32]) -> Vec<bool> {
        let parent = self.elements[best].parent.map(|p| p as usize);
        let mut joined = vec![false; self.elements.len()];
        joined[best] = true;
        if let Some(p) = parent {
            for i in 0..self.elements.len() {
                if self.elements[i].parent.map(|q| q as usize) == Some(p)
                    && i != best
                    && hint_of[i].is_none()
                    && score[i] > 0.0
                    && score[i] >= SIBLING_MIN_SHARE * score[best]
                {
                    joined[i] = true;
                }
            }
        }
        joined
    }

    /// What the page declares about its kind: its address and its JSON-LD and OpenGraph types.
    /// Whether the page declares itself written for the United States, where numeric dates are
    /// written month first: its root element's language (`en-US`) or its OpenGraph locale
    /// (`en_US`). A page that names no region, or another, is read day first.
    fn writes_dates_month_first(&self) -> bool {
        let us = |tag: &str| {
            let tag = tag.trim().replace('_', "-").to_ascii_lowercase();
            tag.strip_suffix("-us")
                .is_some_and(|lang| lang.len() == 2 && lang.bytes().all(|b| b.is_ascii_lowercase()))
        };
        self.raw.html_lang.as_deref().is_some_and(us)
            || self
                .raw
                .metas
                .iter()
                .any(|(name, value)| name == "og:locale" && us(value))
    }

    pub(super) fn hints(&self, ld: &JsonLd, meta: &Metadata) -> PageHints {
        let url = meta.url.as_deref();
        let mut types = ld.types();
        for (name, value) in &self.raw.metas {
            if name == "og:type" {
                let v = value.trim().to_ascii_lowercase();
                types.push(if v == "product" {
                    "og:product".into()
                } else {
                    v
                });
            }
        }
        PageHints {
            selection: self.raw.title_tag.is_none() && !self.raw.furniture,
            url: url.map(str::to_string),
            types,
            hidden_prose: self.hidden_chars,
            hidden_text: self.hidden_text,
            month_first: self.writes_dates_month_first(),
            document_title: self
                .raw
                .title_tag
                .as_deref()
                .and_then(|t| name_in_title(t, url)),
            title_in_full: meta.title.as_ref().and_then(|headline| {
                let own_title = self.raw.metas.iter().find_map(|(name, value)| {
                    (name == "og:title" && !value.trim().is_empty()).then_some(value.as_str())
                });
                let in_full = part_of_title_holding(
                    own_title.or(self.raw.title_tag.as_deref())?,
                    headline,
                    meta.site.as_deref(),
                )?;
                Some((headline.clone(), in_full))
            }),
        }
    }

    pub(super) fn metadata(&self, ld: &JsonLd) -> Metadata {
        let raw = &self.raw;
        let meta = |keys: &[&str]| -> Option<String> {
            keys.iter().find_map(|k| {
                raw.metas
                    .iter()
                    .find(|(n, v)| n == k && !v.trim().is_empty())
                    .map(|(_, v)| collapse(v))
            })
        };
        let mut m = Metadata::default();
        let ld = ld.article_fields();
        // A Twitter handle ("@CBSNews") is the last resort, without its "@".
        m.site = meta(&["og:site_name", "application-name"])
            .or(ld.publisher.clone())
            .or_else(|| meta(&["twitter:site"]).map(|s| s.trim_start_matches('@').to_string()))
            .filter(|s| !s.is_empty());
        let og_title = meta(&["og:title", "twitter:title"]).or(ld.headline.clone());
        m.site = m.site.map(|site| {
            crate::extract::fields::site::site_not_the_title(
                site,
                &[og_title.as_deref(), raw.title_tag.as_deref()],
            )
        });
        m.title = pick_title(
            og_title.as_deref(),
            raw.title_tag.as_deref(),
            &raw.h1,
            &raw.h2,
            m.site.as_deref(),
        );
        m.summary = meta(&["og:description", "description", "twitter:description"])
            .or(ld.description.clone());
        m.url = raw
            .canonical
            .clone()
            .or_else(|| meta(&["og:url"]))
            .or(ld.url.clone())
            .or_else(|| raw.given.clone())
            .or_else(|| raw.saved_from.clone())
            .filter(|u| u.starts_with("http"));
        // The first of the page's date fields that reads as a date: a field written in words
        // ("July 17, 2025") is read as such, and one that reads as nothing gives way to the next.
        let date_fields = [
            "article:published_time",
            "datepublished",
            "date",
            "pubdate",
            "publishdate",
            "dc.date.issued",
            "dc.date",
            "sailthru.date",
            "parsely-pub-date",
            "article.published",
            "og:published_time",
            "og:article:published_time",
            "og:publish_date",
            "article:published",
            "published",
            "published_at",
            "pub_date",
            "cxenseparse:publishtime",
            "citation_publication_date",
            "citation_date",
            "dcterms.date",
            "dcterms.created",
            "publish_date",
            "published_date",
            "published-date",
            "publisheddate",
            // schema.org's creation date in microdata (`itemprop="dateCreated"`), when nothing
            // names the publication.
            "datecreated",
        ];
        let mut dates = date_fields
            .iter()
            .filter_map(|k| meta(&[k]))
            .chain(ld.date_published.clone())
            .chain(raw.time_datetime.clone())
            .filter_map(|d| parse_machine_date(&d).map(|v| published_from(&d, v)));
        m.published = dates.next().map(|first| local_time_of(first, dates));
        let author = meta(&[
            "author",
            "article:author",
            "parsely-author",
            "dc.creator",
            "byl",
        ])
        .filter(|a| !a.starts_with("http"))
        // A share card's labelled line ("twitter:label1" "Written by", "twitter:data1" the
        // name), as WordPress's SEO plugins write it, in the languages they are translated to.
        .or_else(|| {
            (1..=4).find_map(|n| {
                let label = meta(&[&format!("twitter:label{n}")])?;
                let label = label.trim().trim_end_matches(':').to_lowercase();
                WRITTEN_BY_LABELS
                    .contains(&label.as_str())
                    .then(|| meta(&[&format!("twitter:data{n}")]))
                    .flatten()
                    // The site's default account names no one.
                    .filter(|name| {
                        !["admin", "administrator", "webmaster"]
                            .contains(&name.trim().to_lowercase().as_str())
                    })
            })
        });
        m.authors = if ld.authors.is_empty() {
            author
                .map(|a| {
                    let a = a
                        .strip_prefix("By ")
                        .or_else(|| a.strip_prefix("by "))
                        .unwrap_or(&a)
                        .to_string();
                    vec![a]
                })
                .unwrap_or_default()
        } else {
            ld.authors
        };
        if m.authors.is_empty() {
            // The site's own name in an author box ("By Example News") is no byline.
            let site = m.site.as_deref().map(name_key);
            m.authors = raw
                .author_marked
                .iter()
                .find(|names| names.iter().all(|n| Some(name_key(n)) != site))
                .cloned()
                .unwrap_or_default();
        }
        m
    }
}

const HEAD_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " · ", " • ", " : ", " » "];

/// Where the first separator at or after byte `from` of `title` starts.
fn separator_at(title: &str, from: usize) -> Option<usize> {
    HEAD_SEPARATORS
        .iter()
        .filter_map(|s| title.get(from..)?.find(s).map(|i| from + i))
        .min()
}

/// Words of at most this many make a brand name that opens a page's title.
const BRAND_MAX_WORDS: usize = 3;

/// A name's letters and digits, lower-cased: "Example News" and "example-news.com" share
/// "examplenews".
fn name_key(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The name a page's `<title>` gives it: the title up to its first separator between spaced words
/// ("Private Music Lessons | Example School" gives "Private Music Lessons"; "GAAP Compliance:
/// Applying …" stays whole), except that a brand opening the title, which the page's address
/// names ("Todoist" on todoist.com), keeps the part after it ("Todoist | A To-Do List to Organize
/// Your Work & Life"), which says what the page is. A service's home page is named so; elsewhere
/// the brand is the site and its headline follows.
pub(super) fn name_in_title(title: &str, address: Option<&str>) -> Option<String> {
    let title = collapse(title);
    let first = separator_at(&title, 0);
    let head = title[..first.unwrap_or(title.len())].trim();
    if head.is_empty() {
        return None;
    }
    let brand = name_key(head);
    let host = address
        .and_then(|a| url::Url::parse(a).ok())
        .and_then(|u| u.host_str().map(name_key))
        .unwrap_or_default();
    let opens_with_brand = head.split_whitespace().count() <= BRAND_MAX_WORDS
        && brand.chars().count() >= 3
        && host.contains(&brand);
    match first {
        // The tagline ends where the next separator starts (a site's suffix may follow it).
        Some(first) if opens_with_brand => {
            let end = separator_at(&title, first + 1).unwrap_or(title.len());
            Some(title[..end].trim().to_string())
        }
        _ => Some(head.to_string()),
    }
}

/// The headline: the page's `<h1>` when it agrees with the `<title>` or OpenGraph title, else the
/// OpenGraph title, else the `<title>` without its " | Site" suffix.
fn pick_title(
    og: Option<&str>,
    title_tag: Option<&str>,
    h1: &[String],
    h2: &[String],
    site: Option<&str>,
) -> Option<String> {
    let reference = og.or(title_tag);
    let logo = |h: &str| crate::extract::fields::site::heading_names_the_site(h, reference, site);
    if let Some(r) = reference {
        let rl = r.to_lowercase();
        if let Some(h) = h1
            .iter()
            .find(|h| h.chars().count() > 3 && rl.contains(&h.to_lowercase()) && !logo(h))
        {
            return Some(h.clone());
        }
        // No `<h1>` agrees, but an `<h2>` is the title itself, less the site's name: that is
        // the headline, and an `<h1>` is a section's heading or the site's.
        let headline = strip_site_suffix(r, site);
        if let Some(h) = h2
            .iter()
            .find(|h| h.chars().count() > 3 && h.eq_ignore_ascii_case(&headline))
        {
            return Some(h.clone());
        }
    }
    // A page with one headline shows it as its title; the OpenGraph title is often written
    // for sharing ("These Are the 25 Hottest…") and differs from it. A lone `<h1>` that is only
    // the site's name (a logo) is not the headline.
    let headlines: Vec<&String> = h1.iter().filter(|h| h.chars().count() > 3).collect();
    if let [only] = headlines.as_slice()
        && !at_most_words(only, 1)
        && !site.is_some_and(|s| s.eq_ignore_ascii_case(only.trim()))
        && !logo(only)
    {
        return Some((*only).clone());
    }
    if let Some(o) = og {
        return Some(strip_site_suffix(o, site));
    }
    title_tag
        .map(|t| strip_site_suffix(t, site))
        .filter(|t| !t.is_empty())
        .or_else(|| h1.first().cloned())
}

/// The page's date as its own clock wrote it: when the chosen date is a UTC time and another of
/// the page's date fields gives the same moment with the page's offset ("2024-04-17T21:13:04Z"
/// and "2024-04-18T00:13:04+0300"), the local one, whose day is the one the page shows.
fn local_time_of(first: Published, mut others: impl Iterator<Item = Published>) -> Published {
    let PublishedValue::DateTime(utc) = first.value else {
        return first;
    };
    if utc.offset().local_minus_utc() != 0 {
        return first;
    }
    others
        .find(|p| {
            matches!(p.value, PublishedValue::DateTime(dt)
                if dt.offset().local_minus_utc() != 0 && dt == utc)
        })
        .unwrap_or(first)
}

/// Separators between a title's parts ("Headline | Section | Site").
const TITLE_SEPARATORS: [&str; 9] = [
    " | ", " - ", " – ", " — ", " :: ", " · ", " • ", " / ", " » ",
];

/// The part of the page's title that holds `headline` and gives the number it left out, when
/// the `<h1>` is a cut-down form of its own title: "8 Recent Trends in Photography - Studio"
/// over an `<h1>` "Recent Trends in Photography", "Best Travel Insurance for Seniors in 2025"
/// over "Best Travel Insurance for Seniors". The part is at most half as long again as the
/// headline (longer, the title is written for search, not the page's heading), and what it
/// adds is not the site's name or set off by a colon.
fn part_of_title_holding(title: &str, headline: &str, site: Option<&str>) -> Option<String> {
    let headline_lower = headline.trim().to_lowercase();
    let headline_chars = headline_lower.chars().count();
    let mut parts = vec![title.trim()];
    for sep in TITLE_SEPARATORS {
        parts = parts.iter().flat_map(|p| p.split(sep)).collect();
    }
    let part = parts
        .into_iter()
        .map(str::trim)
        .find(|p| p.to_lowercase().contains(&headline_lower))?;
    let part_chars = part.chars().count();
    if part_chars <= headline_chars || 2 * part_chars > 3 * headline_chars {
        return None;
    }
    let added = part.to_lowercase().replacen(&headline_lower, " ", 1);
    // "The Space Review: Seeking a bigger role…" puts the site before a colon.
    if added.contains(':') {
        return None;
    }
    let added = added.trim_matches(|c: char| !c.is_alphanumeric());
    let names_site = site.is_some_and(|s| {
        let s = s.trim().to_lowercase();
        !s.is_empty() && (added.contains(&s) || s.contains(added))
    });
    // A count or a year the `<h1>` left out; other words a title adds are mostly for search
    // ("Shop …", "… for sale online", "… Archives", "… Ultimate Guide").
    let says_a_number = added.chars().any(|c| c.is_ascii_digit());
    (says_a_number && !names_site).then(|| part.to_string())
}

pub(in crate::extract) fn strip_site_suffix(title: &str, site: Option<&str>) -> String {
    let mut title = title.trim();
    // "Headline | Section | Site": every short tail goes, one at a time.
    'strip: loop {
        for sep in TITLE_SEPARATORS {
            if let Some((head, tail)) = title.rsplit_once(sep) {
                let tail_is_site = site
                    .is_some_and(|s| tail.to_lowercase().contains(&s.to_lowercase()))
                    || at_most_words(tail, 4) && !at_most_words(head, 2);
                if tail_is_site {
                    title = head.trim();
                    continue 'strip;
                }
            }
        }
        return title.to_string();
    }
}

/// Blocks whose elements share a path shape (see [`Page::template_groups`]).
#[derive(Debug, Clone, Copy, Default)]
struct TemplateGroup {
    blocks: f32,
    parents: f32,
    chars: f32,
}
