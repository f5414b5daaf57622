//! Stop words per language (for measuring prose) and longer function words (for comparing headlines).

/// Stop words of the languages the engine expects, tagged with a language bit.
pub const STOP_WORDS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by",
            "from", "is", "are", "was", "were", "be", "been", "has", "have", "had", "it", "its",
            "that", "this", "as", "but", "not", "he", "she", "they", "we", "his", "her", "their",
            "our", "you", "i", "which", "who", "would", "will", "can", "said", "about", "after",
            "into", "than", "there", "also", "more", "when", "if", "so", "what", "all", "one",
            "do", "did", "no", "been", "up", "out",
        ],
    ),
    (
        "de",
        &[
            "der", "die", "das", "und", "oder", "ist", "sind", "war", "nicht", "ein", "eine",
            "einen", "dem", "den", "des", "mit", "von", "zu", "im", "in", "auf", "für", "sich",
            "auch", "es", "er", "sie", "wir", "ich", "dass", "als", "an", "bei", "wie", "aus",
            "nach", "so", "hat", "haben", "wird", "werden", "noch", "nur", "aber", "um", "am",
            "vor", "zum", "zur", "über", "einem", "einer", "man", "kann", "mehr", "schon", "wenn",
            "hatte", "sein", "seine",
        ],
    ),
    (
        "fr",
        &[
            "le", "la", "les", "de", "des", "du", "un", "une", "et", "est", "en", "que", "qui",
            "dans", "pour", "pas", "sur", "au", "aux", "il", "elle", "ils", "nous", "vous", "ce",
            "cette", "son", "sa", "ses", "par", "plus", "avec", "se", "ne", "a", "été", "sont",
            "mais", "ou", "leur", "comme", "y", "on", "l", "d", "qu", "n", "s", "c", "j",
        ],
    ),
    (
        "es",
        &[
            "el", "la", "los", "las", "de", "del", "y", "en", "que", "un", "una", "es", "por",
            "con", "para", "no", "se", "su", "sus", "al", "lo", "como", "más", "pero", "o", "fue",
            "ha", "han", "este", "esta", "entre", "sobre", "también", "son", "sin", "muy", "ya",
        ],
    ),
    (
        "pl",
        &[
            "i", "w", "z", "na", "do", "nie", "się", "to", "że", "jest", "o", "a", "od", "po",
            "jak", "ale", "za", "co", "tak", "dla", "przez", "ten", "ta", "jego", "jej", "być",
            "są", "był", "była", "było", "już", "czy", "tylko", "które", "który", "która", "też",
            "także",
        ],
    ),
    (
        "it",
        &[
            "il", "lo", "la", "i", "gli", "le", "di", "da", "in", "con", "su", "per", "tra", "e",
            "è", "che", "non", "un", "una", "del", "della", "dei", "nel", "nella", "al", "alla",
            "si", "sono", "come", "più", "ma", "anche",
        ],
    ),
    (
        "nl",
        &[
            "de", "het", "een", "en", "van", "in", "is", "op", "te", "dat", "die", "voor", "met",
            "zijn", "niet", "aan", "er", "om", "ook", "als", "bij", "maar", "was", "naar", "wordt",
        ],
    ),
    (
        "pt",
        &[
            "o", "a", "os", "as", "de", "do", "da", "dos", "das", "e", "em", "no", "na", "um",
            "uma", "que", "para", "com", "por", "não", "se", "mais", "ao", "é", "foi", "como",
        ],
    ),
    (
        "ru",
        &[
            "и",
            "в",
            "не",
            "на",
            "что",
            "с",
            "по",
            "как",
            "это",
            "а",
            "но",
            "к",
            "из",
            "у",
            "за",
            "о",
            "от",
            "же",
            "так",
            "для",
            "все",
            "его",
            "она",
            "он",
            "они",
            "бы",
            "только",
            "было",
            "был",
            "была",
            "уже",
            "или",
            "при",
            "до",
            "мы",
            "вы",
        ],
    ),
];

/// Longer function words, which say nothing about what a line is about.
pub const FUNCTION_WORDS: &[&str] = &[
    "that", "with", "this", "from", "have", "will", "they", "their", "about", "been", "were",
    "what", "when", "which", "would", "there", "after", "over", "into", "more", "than", "says",
    "said", "your", "just", "also", "only", "some", "could", "should", "being", "does", "here",
    "nicht", "eine", "einer", "einen", "sich", "auch", "wird", "werden", "über", "dass", "sind",
    "oder", "nach", "wurde", "haben", "dans", "pour", "avec", "sont", "mais", "plus", "cette",
    "leur", "comme", "para", "como", "está", "pero", "sobre", "entre", "desde", "dopo", "della",
    "degli", "sono",
];
