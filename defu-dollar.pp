author-contact-block: text 0.000; 
author-share-widget: text 0.000; heading 0/4
callouts--obsidian-publish-callouts: text 0.000; heading 0/2, code 0/2, emphasis 0/6
code-blocks--chroma-linenums: text 0.000; heading 0/1, code 0/2
code-blocks--hexo-br: text 0.000; code 0/1
codeblocks--chatgpt-codemirror: text 0.000; heading 0/1, code 0/1, emphasis 0/1
codeblocks--chroma-inline-linenums: text 0.000; heading 0/1, code 0/1
codeblocks--chroma-line-spans: text 0.000; code 0/1
codeblocks--code-pre-nesting: text 0.000; code 0/2
codeblocks--flex-row-gutter: text 0.000; heading 0/1, code 0/1, emphasis 0/1
codeblocks--hljs-header: text 0.000; heading 0/1, code 0/1, emphasis 0/1
codeblocks--mintlify: text 0.000; heading 0/4, code 0/2, list 0/6, emphasis 0/10
codeblocks--pygments-lineno: text 0.000; heading 0/1, code 0/1, emphasis 0/2
codeblocks--react-syntax-highlighter-linenums: text 0.000; heading 0/1, code 0/1
codeblocks--rehype-pretty-code: text 0.000; code 0/1
codeblocks--rehype-pretty-copy: text 0.000; code 0/1
codeblocks--rockthejvm.com-articles-kotlin-101-type-classes: text 0.000; heading 0/2, code 0/2, link 0/2, emphasis 0/3
codeblocks--rouge-linenums: text 0.000; heading 0/1, code 0/1
codeblocks--stripe: text 0.000; heading 0/4, code 0/1, list 0/3, emphasis 0/2
comments--mastodon.social-@user-12345678: text 0.000; heading 0/1, image 0/2, link 0/11, emphasis 0/4
comments--news.ycombinator.com-item-id=12345678: text 0.000; heading 0/1, link 0/5, emphasis 0/4
comments--old.reddit.com-r-test-comments-abc123-test_post: text 0.000; heading 0/1, link 0/6, emphasis 0/5
content-patterns--card-grid-stripped-headings: text 0.000; 
content-patterns--code-block-boilerplate-and-trailing-section: text 0.000; heading 0/6, code 0/1
content-patterns--content-list-with-internal-links: text 0.000; link 0/3, list 0/7
content-patterns--heading-introduced-list: text 0.000; heading 0/4, code 0/1, list 0/6, emphasis 0/1
content-patterns--iso-date-and-read-time: text 0.000; heading 0/2
content-patterns--leading-breadcrumb: text 0.000; heading 0/2
content-patterns--live-blog-metadata: text 0.000; heading 0/3
content-patterns--multi-image-row-midarticle: text 0.000; heading 0/5, image 0/2, link 0/4
content-patterns--non-semantic-hero-header: text 0.000; 
content-patterns--social-counter-link: text 0.000; heading 0/1
content-patterns--social-engagement-counter: text 0.000; 
content-patterns--socket-dev-blog: text 0.000; heading 0/2
content-patterns--table-of-contents: text 0.000; heading 0/4, code 0/16, list 0/2, emphasis 0/3
content-patterns--trailing-related-posts: text 0.000; heading 0/1
content-patterns--trailing-subscribe-after-footnotes: text 0.000; footnote 0/2
custom-elements--swiper-carousel: text 0.000; image 0/3
elementor--archive-page: text 0.000; heading 0/12, table 0/10, link 0/2, list 0/15, emphasis 0/13
elements--base64-placeholder-removal: text 0.000; heading 0/1, image 0/3
elements--bootstrap-alerts: text 0.000; 
elements--br-between-blocks: text 0.000; heading 0/2, image 0/1
elements--complex-tables: text 0.000; heading 0/1, table 0/50, link 0/5, emphasis 0/5
elements--data-table: text 0.000; heading 0/2, table 0/26
elements--embedded-videos: text 0.000; image 0/4
elements--empty-p-br: text 0.000; 
elements--empty-table: text 0.000; heading 0/1
elements--farsi-zwnj: text 0.000; heading 0/1, emphasis 0/18
elements--figure-content-wrapper: text 0.000; heading 0/1, image 0/1
elements--hugo-admonitions: text 0.000; 
elements--image-dedup: text 0.000; heading 0/1, image 0/4
elements--javascript-links: text 0.000; link 0/4, emphasis 0/1
elements--lazy-image: text 0.000; heading 0/4, code 0/1, image 0/6, link 0/3, list 0/2, emphasis 0/1
elements--lightbox-image-dedup: text 0.000; heading 0/1, image 0/3, link 0/2
elements--nbsp-handling: text 0.000; 
elements--srcset-normalization: text 0.000; heading 0/1, image 0/1
elements--svg-placeholder-lazy-image: text 0.000; heading 0/4, image 0/4
elements--whitespace-newlines: text 0.000; heading 0/2, code 0/1
entry-point--js-article-content: text 0.000; heading 0/3
extractor--bbcode-data: text 0.000; image 0/1, link 0/1
extractor--chatgpt-citations: text 0.000; heading 0/10, table 0/24, link 0/4, list 0/24, ordered 0/3, footnote 0/4, emphasis 0/3
extractor--chatgpt-post-thought-content: text 0.000; emphasis 0/2
eyebrow--linked-category: text 0.000; heading 0/3
eyebrow--paragraph-label: text 0.000; heading 0/2
eyebrow--spans-category: text 0.000; heading 0/2
eyebrow--wrapper-with-icon: text 0.000; heading 0/1
footnotes--aside-ol-start: text 0.000; heading 0/1, link 0/2, list 0/3, footnote 0/3
footnotes--bold-sup-trailing: text 0.000; footnote 0/3, emphasis 0/4
footnotes--br-separated-named-anchors: text 0.000; link 0/2, footnote 0/3, emphasis 0/1
footnotes--child-anchor-id: text 0.000; heading 0/1, footnote 0/5, emphasis 0/10
footnotes--easy-footnotes-wrapper: text 0.000; link 0/1, footnote 0/3, emphasis 0/5
footnotes--external-labeled-section: text 0.000; link 0/1, list 0/4, footnote 0/2, emphasis 0/2
footnotes--google-docs-ftnt: text 0.000; footnote 0/2
footnotes--heading-notes: text 0.000; footnote 0/2
footnotes--hidden-aside-data-definition: text 0.000; link 0/1, footnote 0/3
footnotes--hidden-section: text 0.000; heading 0/2, link 0/4, footnote 0/1
footnotes--hr-continuation: text 0.000; list 0/2, footnote 0/2
footnotes--hr-strong-numbered: text 0.000; list 0/2, footnote 0/2
footnotes--hr-sup-numbered: text 0.000; footnote 0/2
footnotes--inline-footnote-span: text 0.000; link 0/2, footnote 0/3
footnotes--labeled-section-ol: text 0.000; link 0/1, list 0/2, ordered 0/2, footnote 0/3, emphasis 0/1
footnotes--maggieappleton.com-xanadu-patterns: text 0.000; heading 0/15, image 0/11, link 0/21, list 0/5, footnote 0/5, emphasis 0/21
footnotes--named-anchor: text 0.000; footnote 0/4, emphasis 0/1
footnotes--nested-prose: text 0.000; footnote 0/2
footnotes--no-false-positive-equation-refs: text 0.000; heading 0/2, list 0/1
footnotes--numeric-anchor-id: text 0.000; footnote 0/3, emphasis 0/6
footnotes--orgmode-css-sidenotes: text 0.000; footnote 0/3
footnotes--p-class-footnote: text 0.000; heading 0/1, footnote 0/2
footnotes--pulldown-cmark-footnote-definition: text 0.000; heading 0/1, footnote 0/1, emphasis 0/3
footnotes--sidenote-inline-with-list: text 0.000; heading 0/1, footnote 0/2
footnotes--span-fnref-colon: text 0.000; footnote 0/3
footnotes--wikipedia-references: text 0.000; heading 0/1, footnote 0/4, emphasis 0/4
footnotes--word-ftn-ftnref: text 0.000; link 0/1, footnote 0/2
footnotes--wp-block-footnotes: text 0.000; link 0/1, footnote 0/3
gated-content--cookie-consent: text 0.000; link 0/1, list 0/6, emphasis 0/6
general--12gramsofcarbon.com-p-ilyas-30-papers-to-carmack-vlaes: text 0.000; heading 0/1, image 0/7, link 0/9, footnote 0/6, emphasis 0/46
general--apnews-link-enhancement: text 0.000; heading 0/1, link 0/2
general--appendix-heading: text 0.000; heading 0/5
general--back-nav-link: text 0.000; 
general--cp4space-jordan-algebra: text 0.000; heading 0/3, link 0/3, list 0/15, math 0/20, emphasis 0/18
general--daringfireball.net-2025-02-the_iphone_16e: text 0.000; heading 0/2, table 0/71, image 0/1, link 0/15, footnote 0/2, math 0/13, emphasis 0/13
general--developer.mozilla.org-en-US-docs-Web-JavaScript-Reference-Global_Objects-Array: text 0.000; heading 0/7, list 0/3, emphasis 0/16
general--github.com-issue-56: text 0.000; code 0/3, link 0/3, emphasis 0/3
general--github.com-test-owner-test-repo-pull-42: text 0.000; heading 0/4, list 0/4, emphasis 0/5
general--inline-comments-and-link-lists: text 0.000; heading 0/1, list 0/4
general--lesswrong.com-s-N7nDePaNabJdnbXeE-p-vJFdjigzmcXMhNTsx: text 0.000; heading 0/25, table 0/64, image 0/3, link 0/147, list 0/66, footnote 0/31, emphasis 0/167
general--multi-article-portfolio: text 0.000; heading 0/11
general--news.ycombinator.com-item-id=12345678: text 0.000; link 0/1, emphasis 0/1
general--obsidian-publish-cjk: text 0.000; link 0/4
general--obsidian.md-blog-verify-obsidian-sync-encryption: text 0.000; heading 0/3, code 0/3, link 0/10, list 0/13, ordered 0/13, emphasis 0/3
general--react-streaming-ssr: text 0.000; heading 0/1, emphasis 0/2
general--scp-wiki.wikidot.com-scp-9935: text 0.000; heading 0/1, table 0/20, image 0/1, footnote 0/3, emphasis 0/7
general--stephango.com-buy-wisely: text 0.000; heading 0/9, table 0/16, link 0/4, list 0/13, math 0/3, emphasis 0/28
general--substack-app: text 0.000; link 0/1, list 0/2, ordered 0/2, emphasis 0/2
general--substack-custom-domain: text 0.000; heading 0/2
general--substack-note-permalink: text 0.000; image 0/1
general--substack-note: text 0.000; image 0/1
general--svg-content-preservation: text 0.000; code 0/1
general--svg-external-css-fallback: text 0.000; math 0/1
general--tailwind-hidden-blog-index: text 0.000; heading 0/7, link 0/8
general--trailing-cta-newsletter: text 0.000; heading 0/3
general--wikipedia-ipa-pronunciation: text 0.000; emphasis 0/1
general--wikipedia: text 0.000; heading 0/8, link 0/64, list 0/8, footnote 0/19, emphasis 0/23
general--www.figma.com-blog-introducing-codex-to-figma: text 0.000; heading 0/4, image 0/2, link 0/6, list 0/12, ordered 0/4, emphasis 0/6
general--x.com-article-2026-02-13: text 0.000; heading 0/12, code 0/4, image 0/1, link 0/1, list 0/28, ordered 0/13
general--x.com-article: text 0.000; image 0/1, emphasis 0/1
gmail--mail.google.com-mail-u-0-thread: text 0.000; image 0/1, emphasis 0/6
headings--fragment-url-not-permalink: text 0.000; heading 0/5
headings--permalink-title-match: text 0.000; heading 0/2
headings--testid-article-header: text 0.000; heading 0/2, image 0/1
hidden--nodes: text 0.000; 
hidden--visibility: text 0.000; heading 0/2
issues--106-menu-id: text 0.000; heading 0/4
issues--114-leading-hr: text 0.000; heading 0/1
issues--120-dhammatalks-footnotes: text 0.000; heading 0/1, link 0/17, footnote 0/7, emphasis 0/2
issues--131-category-links: text 0.000; link 0/3
issues--132-hero-class: text 0.000; 
issues--136-time-element: text 0.000; 
issues--141-arxiv-equation-tables: text 0.000; heading 0/1, math 0/2, emphasis 0/1
issues--142-arxiv-multi-citations: text 0.000; heading 0/2, footnote 0/6, emphasis 0/1
issues--143-arxiv-cross-references: text 0.000; heading 0/1
issues--144-arxiv-footnote-marks: text 0.000; heading 0/1
issues--159-lean-heading-permalink-emoji: text 0.000; heading 0/1
issues--159-lean-verso-code-blocks: text 0.000; code 0/1, emphasis 0/2
issues--159-lean-verso-empty-line-preserved: text 0.000; code 0/1
issues--159-lean-verso-grouped-blocks: text 0.000; code 0/1
issues--159-lean-verso-missing-section-gap: text 0.000; code 0/1
issues--161-x-status-url-author: text 0.000; 
issues--162-aria-hidden-main-content: text 0.000; 
issues--167-partial-selector-inside-code: text 0.000; code 0/2
issues--168-links-inside-inline-code: text 0.000; link 0/1, emphasis 0/3
issues--169-svg-classname-crash: text 0.000; 
issues--196-og-title-brand-name: text 0.000; 
issues--217-writerside-docs: text 0.000; heading 0/1, code 0/1, link 0/2
issues--218-footnote-wrapper-text-lost: text 0.000; footnote 0/2
issues--221-nextjs-noscript-images: text 0.000; image 0/2
issues--227-noscript-lazy-images: text 0.000; heading 0/1, image 0/5
issues--232-dismiss-in-hidden-content: text 0.000; link 0/1
issues--254-empty-video: text 0.000; 
issues--263-buttons-in-paragraphs: text 0.000; code 0/1, list 0/2, emphasis 0/9
issues--272-x-localized-conversation-timeline: text 0.000; heading 0/1, link 0/1, emphasis 0/1
issues--280-texinfo-footnotes: text 0.000; heading 0/1, code 0/1, link 0/2, footnote 0/3
issues--284-table-cell-header-scoring: text 0.000; heading 0/2, table 0/4, emphasis 0/7
issues--285-tag-like-title-escaping: text 0.000; image 0/3, link 0/6
issues--286-generic-alt-image-dedup: text 0.000; image 0/5
issues--296-oreilly-noteref-footnotes: text 0.000; heading 0/1, code 0/1, link 0/1, footnote 0/2, emphasis 0/1
issues--300-nested-layout-tables: text 0.000; heading 0/2, table 0/26, emphasis 0/4
issues--header-with-subtitle-p: text 0.000; heading 0/2
issues--header-wraps-content: text 0.000; heading 0/3
issues--pascalcase-section-id-partial-match: text 0.000; heading 0/5
issues--sidebar-toggle-checkbox: text 0.000; image 0/1
issues--span-with-block-children-and-schema: text 0.000; heading 0/2, image 0/3, link 0/3
listing--news.ycombinator.com-news: text 0.000; link 0/11, list 0/5, ordered 0/5
math--katex-centraliser: text 0.000; heading 0/1, link 0/1, math 0/28, emphasis 0/3
math--katex-data-math: text 0.000; heading 0/2, math 0/5
math--katex: text 0.000; heading 0/8, math 0/5
math--latex-image-services: text 0.000; math 0/4
math--mathjax-chtml-no-assistive: text 0.000; heading 0/3, math 0/4
math--mathjax-svg: text 0.000; heading 0/1, math 0/2
math--mathjax-tagged-equation: text 0.000; math 0/2, emphasis 0/4
math--mathjax-tex-scripts: text 0.000; math 0/10
math--mathjax: text 0.000; heading 0/9, math 0/13, emphasis 0/1
math--raw-latex: text 0.000; code 0/1, math 0/8
math--small-equation-image: text 0.000; math 0/2
math--temml: text 0.000; heading 0/6, table 0/12, math 0/21, emphasis 0/15
math--wikipedia-mathml: text 0.000; math 0/3, emphasis 0/3
metadata--295-header-date-above-title: text 0.000; 
metadata--295-suggested-post-date: text 0.000; 
metadata--author-by-prefix-and-url: text 0.000; heading 0/1
metadata--date-adjacent-category-link: text 0.000; heading 0/2
metadata--email-style-header-block: text 0.000; 
metadata--h1-sibling-byline: text 0.000; heading 0/2
metadata--multi-script-values: text 0.000; 
metadata--placeholder-author-and-duplicate-published: text 0.000; 
metadata--placeholder-values: text 0.000; 
metadata--rel-author-in-bio-container: text 0.000; 
related--inline-related-stories-block: text 0.000; 
scoring--related-posts-byline: text 0.000; heading 0/5, list 0/3
scoring--table-with-links: text 0.000; heading 0/1, table 0/45, link 0/16
selectors--arm-newsroom: text 0.000; 
selectors--logo-substring-wrapper: text 0.000; 
small-images--svg-icon-viewbox: text 0.000; heading 0/2
standardize--span-data-as-paragraph: text 0.000; heading 0/1, link 0/1
table-layout--blogger-two-column: text 0.000; heading 0/1, link 0/2, emphasis 0/7
table-layout--paulgraham.com-makersschedule: text 0.000; link 0/2, emphasis 0/2
table-layout--peripheral-tables: text 0.000; heading 0/16, table 0/2, image 0/1, list 0/3, ordered 0/3, emphasis 0/3
table-layout--single-column: text 0.000; heading 0/3, link 0/4, list 0/3, emphasis 0/1
thin-section-before-see-also: text 0.000; heading 0/1, link 0/2, footnote 0/1, emphasis 0/1
pages 208 (missing 208); text F1 0.000
recall: heading 0/356 = 0.00, code 0/64 = 0.00, table 0/370 = 0.00, image 0/86 = 0.00, link 0/444 = 0.00, list 0/274 = 0.00, ordered 0/45 = 0.00, footnote 0/161 = 0.00, math 0/146 = 0.00, emphasis 0/569 = 0.00
