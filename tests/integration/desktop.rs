//! The files a desktop needs (issue 17, part): the desktop entry, the MIME types of reviews and
//! datasets, and the icon. `desktop-file-validate` checks the entry where it is installed
//! (`.ci/packages` installs it).

use std::path::Path;

const ENTRY: &str = "assets/linux/org.poa_review.PoaReview.desktop";
const MIME: &str = "assets/linux/org.poa_review.PoaReview.xml";
const ICON: &str = "assets/linux/org.poa_review.PoaReview.svg";

/// The value of `key` in the desktop entry.
fn value<'a>(entry: &'a str, key: &str) -> Option<&'a str> {
    entry
        .lines()
        .find_map(|l| l.strip_prefix(key)?.strip_prefix('='))
}

#[test]
fn the_desktop_entry_opens_reviews_and_datasets_in_english_and_chinese() {
    let entry = std::fs::read_to_string(ENTRY).unwrap();
    assert_eq!(
        value(&entry, "Exec"),
        Some("poa-review %F"),
        "files handed over"
    );
    assert_eq!(value(&entry, "Icon"), Some("org.poa_review.PoaReview"));
    assert!(value(&entry, "Comment[zh_CN]").is_some_and(|c| c.contains("行动计划")));
    assert!(value(&entry, "GenericName[zh_CN]").is_some());
    let types: Vec<&str> = value(&entry, "MimeType")
        .unwrap()
        .split(';')
        .filter(|t| !t.is_empty())
        .collect();
    assert_eq!(
        types,
        ["application/x-poa-review", "application/x-poa-dataset"]
    );
    let mime = std::fs::read_to_string(MIME).unwrap();
    for (t, glob) in types.iter().zip(["*.review.ron", "*.dataset.ron"]) {
        let at = mime
            .find(&format!("<mime-type type=\"{t}\">"))
            .unwrap_or_else(|| panic!("{t} is defined"));
        let end = at + mime[at..].find("</mime-type>").unwrap();
        assert!(
            mime[at..end].contains(&format!("<glob pattern=\"{glob}\"")),
            "{t} matches {glob}"
        );
        assert!(
            mime[at..end].contains("xml:lang=\"zh_CN\""),
            "{t} in Chinese"
        );
    }
    let icon = std::fs::read_to_string(ICON).unwrap();
    assert!(icon.starts_with("<svg") && icon.contains("viewBox=\"0 0 256 256\""));
    // Each file type names an icon of its own, and it is there.
    for name in mime
        .split("<icon name=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
    {
        let svg = Path::new("assets/linux").join(format!("{name}.svg"));
        assert!(svg.is_file(), "{} is missing", svg.display());
    }
    assert_eq!(mime.matches("<icon name=").count(), 2);

    match std::process::Command::new("desktop-file-validate")
        .arg(Path::new(ENTRY))
        .output()
    {
        Ok(out) => assert!(
            out.status.success() && out.stdout.is_empty(),
            "{}",
            String::from_utf8_lossy(&out.stdout)
        ),
        Err(_) => eprintln!("desktop-file-validate is not installed: the entry was not validated"),
    }
}
