//! A `tidyclip://` link comes from any web page: reading it never panics, and what it takes is
//! always a plain web address and a short title.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tidyclip::capture::{CaptureLink, instance};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for link in [text.to_string(), format!("tidyclip://clip?{text}")] {
        let (parsed, reply) = instance::answer(&link);
        assert!(reply.ends_with('\n') && reply.lines().count() == 1, "{reply:?}");
        if let Ok(capture) = parsed {
            if let Some(url) = &capture.url {
                assert!(url.starts_with("http://") || url.starts_with("https://"), "{url}");
                assert!(url.len() <= tidyclip::capture::link::MAX_URL_BYTES);
            }
            if let Some(title) = &capture.title {
                assert!(title.chars().count() <= tidyclip::capture::link::MAX_TITLE_CHARS);
                assert!(!title.chars().any(char::is_control), "{title:?}");
            }
            // What it wrote reads back the same.
            assert_eq!(CaptureLink::parse(&capture.to_link()).as_ref(), Ok(&capture));
        }
    }
});
