//! The bad-input corpus: every malformed file under `tests/data/bad/` gives its expected problem
//! at its expected line and column, never panics, and is left untouched on disk.

use std::path::{Path, PathBuf};

use poa_review::io::{self, DocKind, LoadError, MAX_FILE_BYTES};
use poa_review::problem::Problem;

const BAD: &str = "tests/data/bad";
const MINIMAL: &str = "tests/data/good/minimal.dataset.ron";

/// All problems found in a file (reviews checked against the minimal dataset).
fn problems(path: &Path) -> Vec<Problem> {
    let dataset = io::load_dataset(Path::new(MINIMAL))
        .expect("minimal dataset loads")
        .doc;
    let text = match io::read_text(path) {
        Ok(t) => t,
        Err(e) => return e.problems().to_vec(),
    };
    let result = match DocKind::detect(path, &text) {
        DocKind::Dataset => io::dataset_from_text(path, &text).map(|l| l.warnings),
        DocKind::Review => io::review_from_text(path, &text, Some(&dataset)).map(|l| l.warnings),
    };
    match result {
        Ok(warnings) => warnings,
        Err(e) => e.problems().to_vec(),
    }
}

fn expectations() -> Vec<(PathBuf, String)> {
    std::fs::read_to_string(Path::new(BAD).join("expected.txt"))
        .expect("expected.txt")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let file = l.split(':').next().expect("file name");
            (PathBuf::from(file), l.to_owned())
        })
        .collect()
}

#[test]
fn every_bad_file_reports_its_expected_problem_and_position() {
    let expected = expectations();
    assert!(
        expected.len() >= 20,
        "the corpus has {} cases",
        expected.len()
    );
    let mut failures = Vec::new();
    for (path, line) in &expected {
        let before = std::fs::read(path).expect("corpus file exists");
        let found = problems(path);
        let shown: Vec<String> = found.iter().map(ToString::to_string).collect();
        if !shown.contains(line) {
            failures.push(format!(
                "{}\n  expected: {line}\n  found:    {shown:#?}",
                path.display()
            ));
        }
        assert_eq!(
            before,
            std::fs::read(path).unwrap(),
            "{} was changed by loading it",
            path.display()
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_file_in_the_corpus_has_an_expectation() {
    let expected: Vec<PathBuf> = expectations().into_iter().map(|(p, _)| p).collect();
    for entry in std::fs::read_dir(BAD).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "ron") {
            let rel = Path::new(BAD).join(path.file_name().unwrap());
            assert!(
                expected.contains(&rel),
                "{} has no line in expected.txt",
                rel.display()
            );
        }
    }
}

#[test]
fn bad_datasets_and_reviews_fail_to_load() {
    for (path, line) in expectations() {
        if !line.contains(": error: ") {
            continue;
        }
        let text = std::fs::read(&path).unwrap();
        let name = path.to_string_lossy();
        let loaded_ok = if name.ends_with(".review.ron") {
            let d = io::load_dataset(Path::new(MINIMAL)).unwrap().doc;
            io::load_review(&path, Some(&d)).is_ok()
        } else {
            io::load_dataset(&path).is_ok()
        };
        assert!(!loaded_ok, "{name} loaded although it has an error");
        assert_eq!(text, std::fs::read(&path).unwrap());
    }
}

#[test]
fn nesting_a_hundred_thousand_deep_is_refused_cleanly() {
    let deep = format!(
        "(format_version: 1, metadata: {}{})",
        "(".repeat(100_000),
        ")".repeat(100_000)
    );
    let err = io::dataset_from_text(Path::new("deep.dataset.ron"), &deep).unwrap_err();
    let p = &err.problems()[0];
    assert_eq!((p.line, p.col), (Some(1), Some(32)), "{p}");
    assert!(p.message.contains("expected a field name"), "{p}");

    // A review's history list can nest enum values: ron's recursion limit stops it.
    let deep_list = format!(
        "(format_version: 1, delegation: \"x\", reviewers: {}{})",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let err = io::review_from_text(Path::new("deep.review.ron"), &deep_list, None).unwrap_err();
    assert!(err.problems()[0].is_error());
    assert_eq!(err.problems()[0].line, Some(1));
}

#[test]
fn a_file_over_the_size_cap_is_refused_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.dataset.ron");
    // A sparse file: takes no disk space, but reports a size over the cap.
    let f = std::fs::File::create(&path).unwrap();
    f.set_len(MAX_FILE_BYTES + 1).unwrap();
    drop(f);
    let err = io::load_dataset(&path).unwrap_err();
    assert!(matches!(err, LoadError::Unreadable(_)));
    let shown = err.to_string();
    assert!(shown.starts_with(&path.display().to_string()), "{shown}");
    assert!(
        shown.contains("too large to open (128 MiB; the limit is 128 MiB)"),
        "{shown}"
    );

    // A cap also holds for what is actually read, whatever the size on disk said.
    std::fs::write(&path, "x".repeat(2000)).unwrap();
    let err = io::document::read_text_capped(&path, 1000).unwrap_err();
    assert!(err.to_string().contains("too large"), "{err}");
}

#[test]
fn a_ten_megabyte_single_line_gets_a_position_not_a_crash() {
    let long = "x".repeat(10 * 1024 * 1024);
    let line = format!("(format_version: 1, metadata: (id: \"{long}\", version: 7))");
    let err = io::dataset_from_text(Path::new("long.dataset.ron"), &line).unwrap_err();
    let p = &err.problems()[0];
    assert_eq!(p.line, Some(1));
    // The 7 follows the 36 characters before the id, the id and the 12 of `", version: `.
    assert_eq!(p.col, Some(36 + long.len() + 12 + 1), "{p}");
    assert!(
        p.message.contains("expected a text in double quotes"),
        "{p}"
    );
}

#[test]
fn missing_files_and_folders_are_unreadable_with_a_clear_message() {
    let err = io::load_dataset(Path::new("tests/data/no-such.dataset.ron")).unwrap_err();
    assert!(matches!(err, LoadError::Unreadable(_)));
    assert_eq!(
        err.to_string(),
        "tests/data/no-such.dataset.ron: error: the file does not exist (was it moved or renamed?)"
    );
    let err = io::load_dataset(Path::new("tests/data")).unwrap_err();
    assert_eq!(
        err.to_string(),
        "tests/data: error: this is a folder, not a file"
    );
}

#[test]
fn bom_and_crlf_are_accepted_and_hash_like_the_plain_file() {
    let plain = io::load_dataset(Path::new(MINIMAL)).unwrap();
    let odd = io::load_dataset(Path::new("tests/data/good/bom-crlf.dataset.ron")).unwrap();
    assert!(odd.warnings.is_empty(), "{:?}", odd.warnings);
    assert_eq!(plain.doc, odd.doc);
    assert_eq!(
        io::content_hash(&plain.doc).unwrap(),
        io::content_hash(&odd.doc).unwrap()
    );
}

#[test]
fn the_corpus_has_at_least_forty_cases() {
    assert!(expectations().len() >= 40, "{} cases", expectations().len());
}

#[test]
fn a_dataset_truncated_at_every_structural_point_is_refused_with_a_position() {
    let text = std::fs::read_to_string(MINIMAL).unwrap();
    let last_line = text.lines().count();
    let mut cases = 0;
    for (i, ch) in text.char_indices() {
        if !matches!(ch, '(' | ')' | '[' | ']' | '{' | '}' | ',' | ':' | '"') {
            continue;
        }
        for cut in [i, i + ch.len_utf8()] {
            if text[cut..].trim().is_empty() {
                continue; // the whole document
            }
            let truncated = &text[..cut];
            let err = io::dataset_from_text(Path::new("cut.dataset.ron"), truncated)
                .map(|_| ())
                .expect_err("a truncated dataset must not load");
            let p = &err.problems()[0];
            assert!(p.is_error(), "cut at {cut}: {p}");
            let line = p.line.expect("a position");
            assert!(line >= 1 && line <= last_line, "cut at {cut}: {p}");
            assert!(!p.message.is_empty());
            cases += 1;
        }
    }
    assert!(cases > 400, "{cases} truncations");
}

/// Every file under `dir`, recursively.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("readable folder") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            out.extend(files_under(&path));
        } else {
            out.push(path);
        }
    }
    out
}

/// The sample with hostile indicator and group ids, parsed without validation (which refuses
/// them; see `hostile-*.dataset.ron` in the corpus): what an export meets if any other way in
/// lets such ids through.
fn hostile_sample() -> (poa_review::model::Dataset, poa_review::model::Review) {
    let long = "x".repeat(300);
    let hostile = [
        "../../x",
        "..\\..\\y",
        "CON",
        "nul.png",
        "/etc/passwd",
        "tab\there",
        "名字",
        ".hidden",
        "a:b*c?",
        long.as_str(),
    ];
    let mut dataset =
        std::fs::read_to_string("sample_data/poa2009-hlr2014.dataset.ron").expect("the sample");
    let mut review =
        std::fs::read_to_string("sample_data/example-delegation.review.ron").expect("the sample");
    let d = poa_review::sample::dataset().expect("the sample");
    for (indicator, bad) in d.indicators.iter().zip(hostile) {
        let (from, to) = (format!("{:?}", indicator.id), format!("{bad:?}"));
        dataset = dataset.replace(&from, &to);
    }
    for (from, to) in [
        ("\"supply\"", "\"supply/../..\""),
        ("\"demand\"", "\"LPT1\""),
    ] {
        dataset = dataset.replace(from, to);
        review = review.replace(from, to);
    }
    let path = Path::new("hostile.dataset.ron");
    let d: poa_review::model::Dataset =
        io::document::parse(path, &dataset, DocKind::Dataset).expect("the sample");
    assert!(d.indicators.iter().any(|i| i.id == "../../x"));
    let r = io::document::parse(Path::new("hostile.review.ron"), &review, DocKind::Review)
        .expect("the sample");
    (d, r)
}

#[test]
fn hostile_ids_never_name_a_file_outside_the_export_or_an_unsafe_one() {
    use poa_review::export::{self, Format, Options};
    let (d, r) = hostile_sample();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("a").join("b");
    std::fs::create_dir_all(&out).unwrap();
    let charts = export::briefing::charts(&export::briefing::build(&d, &r, &Options::default()));
    assert!(
        charts.iter().any(|(name, _)| name.contains("../../x")),
        "no chart is named after a hostile id: {:?}",
        charts.iter().map(|(n, _)| n).collect::<Vec<_>>()
    );
    for format in Format::ALL {
        let path = out.join(format!("brief.{}", format.extension()));
        let written = export::export(&path, format, &d, &r, &Options::default(), &|_| {})
            .unwrap_or_else(|p| panic!("{format:?}: {p}"));
        for f in &written.files {
            assert!(f.starts_with(&out), "{} is outside the export", f.display());
            let name = f.file_name().unwrap().to_str().unwrap();
            assert_eq!(io::safe_name::component(name), name, "{}", f.display());
            assert!(f.is_file(), "{} was not written", f.display());
        }
        if format == Format::Md {
            // One file per chart (no two hostile ids share one), and every link is to one.
            assert_eq!(written.files.len(), 1 + charts.len());
            let md = std::fs::read_to_string(&path).unwrap();
            for f in &written.files[1..] {
                let link = format!(
                    "](brief_files/{})",
                    f.file_name().unwrap().to_str().unwrap()
                );
                assert!(md.contains(&link), "{link} is not in the Markdown");
            }
        }
    }
    for f in files_under(dir.path()) {
        assert!(
            f.starts_with(&out),
            "{} was written outside the export",
            f.display()
        );
    }
}
