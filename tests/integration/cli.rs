//! The command line, run as a real process.
#![expect(
    clippy::unwrap_used,
    reason = "in tests, a failed unwrap is a failed test"
)]

use std::process::Command;

fn poa(args: &[&str]) -> (i32, String, String) {
    poa_in("en", args)
}

/// Runs the command line speaking `lang` (it speaks the system's language otherwise).
fn poa_in(lang: &str, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_poa-review"))
        .env("POA_REVIEW_LANG", lang)
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn validate_exits_0_when_clean() {
    let (code, out, _) = poa(&[
        "validate",
        "sample_data/poa2009-hlr2014.dataset.ron",
        "sample_data/example-delegation.review.ron",
    ]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("sample_data/poa2009-hlr2014.dataset.ron: ok (dataset poa2009-hlr2014-sample 2.0.0, 37 commitments, 15 indicators)"), "{out}");
    assert!(out.contains("example-delegation.review.ron: ok (review by Example delegation (fictitious), 13 of 37 commitments assessed"), "{out}");
}

#[test]
fn validate_prints_every_problem_and_exits_1() {
    let (code, out, _) = poa(&[
        "validate",
        "tests/data/bad/unknown-language.dataset.ron",
        "tests/data/good/minimal.dataset.ron",
    ]);
    assert_eq!(code, 1);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines,
        [
            "tests/data/bad/unknown-language.dataset.ron:42:19: warning: the \"zh\" text is missing; the English text will be shown with a marker",
            "tests/data/bad/unknown-language.dataset.ron:42:70: error: unknown language code \"cn\"; use one of en, zh, fr, es, ru, ar",
            "tests/data/good/minimal.dataset.ron: ok (dataset test-minimal 1.0.0, 2 commitments, 1 indicators)",
        ]
    );
}

#[test]
fn validate_finds_a_reviews_dataset_beside_it() {
    // minimal.review.ron's dataset lies in the same folder, twice: as minimal.dataset.ron and,
    // with the same content, as bom-crlf.dataset.ron.
    let (code, out, _) = poa(&["validate", "tests/data/good/minimal.review.ron"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("1 of 2 commitments assessed, checked against tests/data/good/"),
        "{out}"
    );
    // A review of the built-in sample is checked against it when no file is beside it.
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("mine.review.ron");
    std::fs::copy("sample_data/example-delegation.review.ron", &copy).unwrap();
    let (code, out, _) = poa(&["validate", copy.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("checked against built-in poa2009-hlr2014.dataset.ron"),
        "{out}"
    );
}

#[test]
fn validate_exits_2_when_a_file_cannot_be_read() {
    let (code, out, _) = poa(&[
        "validate",
        "tests/data/good/minimal.dataset.ron",
        "no/such/file.review.ron",
    ]);
    assert_eq!(code, 2);
    assert!(
        out.contains("no/such/file.review.ron: error: the file does not exist"),
        "{out}"
    );
}

#[test]
fn summary_prints_counts_per_pillar_in_both_languages() {
    let (code, out, err) = poa(&["summary", "sample_data/example-delegation.review.ron"]);
    assert_eq!(code, 0, "{err}");
    let demand = out
        .lines()
        .find(|l| l.starts_with("Demand reduction and related measures"))
        .unwrap();
    let numbers: Vec<usize> = demand
        .split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect();
    assert_eq!(numbers.len(), 7, "{demand}");
    assert_eq!(numbers.iter().take(6).sum::<usize>(), numbers[6]);
    assert!(out.contains("assessed 13/37"), "{out}");
    let (code, out, _) = poa(&[
        "summary",
        "--lang",
        "zh",
        "sample_data/example-delegation.review.ron",
    ]);
    assert_eq!(code, 0);
    assert!(out.contains("打击洗钱活动和促进司法合作"), "{out}");
    assert!(out.contains("未评估"), "{out}");
}

#[test]
fn summary_of_a_bad_file_names_file_line_and_column() {
    let (code, _, err) = poa(&["summary", "tests/data/bad/truncated.dataset.ron"]);
    assert_eq!(code, 1);
    assert_eq!(
        err.trim(),
        "tests/data/bad/truncated.dataset.ron:44:11: error: the file ends too early; it may have been cut off (truncated)"
    );
}

#[test]
fn every_command_has_help() {
    for args in [
        &["--help"][..],
        &["validate", "--help"],
        &["summary", "--help"],
    ] {
        let (code, out, _) = poa(args);
        assert_eq!(code, 0);
        assert!(out.contains("Usage: poa-review"), "{out}");
    }
    let (_, out, _) = poa(&["validate", "--help"]);
    assert!(
        out.contains("Exits with 0 when every file is clean"),
        "{out}"
    );
}

#[test]
fn chart_writes_png_and_svg_and_refuses_bad_requests() {
    let dir = tempfile::tempdir().unwrap();
    let png = dir.path().join("opium.png");
    let (code, out, err) = poa(&[
        "chart",
        "--indicator",
        "afg-opium-cultivation,mmr-opium-cultivation",
        "--scale",
        "3",
        "--out",
        png.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.ends_with("Opium poppy cultivation (2400 × 1350)\n"),
        "{out}"
    );
    assert_eq!(image::image_dimensions(&png).unwrap(), (2400, 1350));
    let svg = dir.path().join("status.svg");
    let (code, _, err) = poa(&[
        "chart",
        "--kind",
        "status",
        "--lang",
        "zh",
        "--out",
        svg.to_str().unwrap(),
        "sample_data/example-delegation.review.ron",
    ]);
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(&svg).unwrap();
    assert!(text.contains("各支柱承诺的进展状况") && text.contains("减少需求和相关措施"));
    let (code, _, err) = poa(&[
        "chart",
        "--indicator",
        "nope",
        "--out",
        svg.to_str().unwrap(),
    ]);
    assert_eq!(code, 1);
    assert!(
        err.starts_with("poa-review: indicator \"nope\" is not in the dataset"),
        "{err}"
    );
    let (code, _, err) = poa(&[
        "chart",
        "--kind",
        "targets",
        "--out",
        "/no/such/folder/t.png",
    ]);
    assert_eq!(code, 1);
    assert!(
        err.starts_with("/no/such/folder/t.png: error: could not save"),
        "{err}"
    );
}

/// A chart error and a save error in Chinese when the command line speaks Chinese.
#[test]
fn chart_and_save_errors_speak_chinese() {
    let dir = tempfile::tempdir().unwrap();
    let svg = dir.path().join("t.svg");
    let (code, _, err) = poa_in(
        "zh",
        &[
            "chart",
            "--indicator",
            "nope",
            "--out",
            svg.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 1);
    assert!(
        err.starts_with("poa-review: 数据集中没有指标\"nope\"；数据集中的指标有 "),
        "{err}"
    );
    let (code, _, err) = poa_in(
        "zh",
        &[
            "chart",
            "--kind",
            "targets",
            "--out",
            "/no/such/folder/t.png",
        ],
    );
    assert_eq!(code, 1);
    assert_eq!(
        err.trim_end(),
        "/no/such/folder/t.png: 错误: 无法保存：文件夹 /no/such/folder 不存在；请创建它或选择其他文件夹"
    );
}

/// A copy of the example review in a folder of its own (so the built-in sample is its dataset).
fn review_copy() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let review = dir.path().join("mine.review.ron");
    std::fs::copy("sample_data/example-delegation.review.ron", &review).unwrap();
    (dir, review)
}

#[test]
fn export_refuses_to_write_over_what_it_reads_or_in_another_format() {
    let (dir, review) = review_copy();
    let before = std::fs::read(&review).unwrap();
    let r = review.to_str().unwrap();
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    let link = dir.path().join("link.pdf");
    std::os::unix::fs::symlink(&review, &link).unwrap();
    let dotted = dir.path().join(".").join("mine.review.ron");
    let around = dir.path().join("sub").join("..").join("mine.review.ron");
    for out in [&review, &dotted, &around, &link] {
        let (code, stdout, err) = poa(&[
            "export",
            r,
            "--format",
            "pdf",
            "--out",
            out.to_str().unwrap(),
        ]);
        assert_eq!(code, 1, "{} was accepted: {stdout}", out.display());
        assert!(
            err.contains("which the export reads; choose another file name"),
            "{err}"
        );
        assert_eq!(
            std::fs::read(&review).unwrap(),
            before,
            "the review changed"
        );
    }
    // The dataset it reads is an input too.
    let dataset = dir.path().join("mine.dataset.ron");
    std::fs::copy("sample_data/poa2009-hlr2014.dataset.ron", &dataset).unwrap();
    let dataset_before = std::fs::read(&dataset).unwrap();
    let (code, _, err) = poa(&[
        "export",
        r,
        "--dataset",
        dataset.to_str().unwrap(),
        "--format",
        "csv",
        "--out",
        dataset.to_str().unwrap(),
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("which the export reads"), "{err}");
    let data_link = dir.path().join("data.csv");
    std::os::unix::fs::symlink(&dataset, &data_link).unwrap();
    let (code, _, err) = poa(&[
        "export",
        r,
        "--dataset",
        dataset.to_str().unwrap(),
        "--out",
        data_link.to_str().unwrap(),
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("which the export reads"), "{err}");
    assert_eq!(std::fs::read(&dataset).unwrap(), dataset_before);
    // A format that contradicts the extension.
    let pdf = dir.path().join("x.pdf");
    let (code, _, err) = poa(&[
        "export",
        r,
        "--format",
        "csv",
        "--out",
        pdf.to_str().unwrap(),
    ]);
    assert_eq!(code, 1);
    assert_eq!(
        err.trim(),
        format!(
            "{}: error: {} ends in .pdf, which is not the format chosen; name it .csv or choose the format its name says.",
            pdf.display(),
            pdf.display()
        )
    );
    assert!(!pdf.exists());
}

#[test]
fn export_says_which_folder_is_missing_and_which_path_is_a_folder() {
    let (dir, review) = review_copy();
    let r = review.to_str().unwrap();
    let missing = dir.path().join("no").join("such");
    let out = missing.join("b.pdf");
    let (code, _, err) = poa(&["export", r, "--out", out.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert_eq!(
        err.trim(),
        format!(
            "{}: error: The folder {} does not exist; create it or choose another folder.",
            missing.display(),
            missing.display()
        )
    );
    let folder = dir.path().join("b.pdf");
    std::fs::create_dir(&folder).unwrap();
    let (code, _, err) = poa(&["export", r, "--out", folder.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert_eq!(
        err.trim(),
        format!(
            "{}: error: {} is a folder, not a file; choose a file name in it.",
            folder.display(),
            folder.display()
        )
    );
    // Inside a file, as if it were a folder.
    let inside = review.join("b.md");
    let (code, _, err) = poa(&["export", r, "--out", inside.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(
        err.contains("mine.review.ron is a file, not a folder"),
        "{err}"
    );
    assert!(
        !err.contains("was it moved") && !err.contains("os error"),
        "{err}"
    );
}

#[test]
fn export_refuses_a_dataset_of_another_version_unless_told_and_then_says_so() {
    let (dir, review) = review_copy();
    let text = std::fs::read_to_string(&review).unwrap();
    let other = text.replacen("version: \"2.0.0\"", "version: \"1.0.0\"", 1);
    assert_ne!(text, other);
    std::fs::write(&review, other).unwrap();
    let r = review.to_str().unwrap();
    let out = dir.path().join("b.md");
    let (code, _, err) = poa(&["export", r, "--out", out.to_str().unwrap()]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("this review was made on version 1.0.0 of dataset “poa2009-hlr2014-sample”, but the dataset found (built-in poa2009-hlr2014.dataset.ron) is version 2.0.0"),
        "{err}"
    );
    assert!(!out.exists());
    let (code, _, err) = poa(&[
        "export",
        r,
        "--out",
        out.to_str().unwrap(),
        "--any-dataset-version",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("warning: This review was made on version 1.0.0"),
        "{err}"
    );
    let md = std::fs::read_to_string(&out).unwrap();
    assert!(
        md.contains("\\(2.0.0\\) — the review was made on version 1.0.0, not on this one"),
        "{md}"
    );
}

#[test]
fn an_export_leaves_no_backup_and_removes_only_backups_that_are_ours() {
    let (dir, review) = review_copy();
    let r = review.to_str().unwrap();
    for ext in ["pdf", "docx", "html", "md", "xlsx", "csv"] {
        let out = dir.path().join(format!("brief.{ext}"));
        let o = out.to_str().unwrap();
        let bak = dir.path().join(format!("brief.{ext}.bak"));
        let export = |profile: &str| {
            let (code, _, err) = poa(&["export", r, "--out", o, "--profile", profile]);
            assert_eq!(code, 0, "{err}");
        };
        // Shareable over internal leaves nothing of the internal copy beside it.
        export("internal");
        export("shareable");
        assert!(!bak.exists(), "{} was kept", bak.display());
        // A backup that an earlier version left is ours: it goes.
        export("internal");
        std::fs::copy(&out, &bak).unwrap();
        let charts = dir.path().join("brief_files");
        let chart_bak = charts.join("status.png.bak");
        if ext == "md" {
            std::fs::copy(charts.join("status.png"), &chart_bak).unwrap();
        }
        export("shareable");
        assert!(!bak.exists(), "an earlier internal {ext} was kept as .bak");
        assert!(!chart_bak.exists(), "an earlier chart was kept as .bak");
        // Anyone else's file of that name stays.
        std::fs::write(&bak, "my own notes, not an export").unwrap();
        export("shareable");
        assert_eq!(
            std::fs::read_to_string(&bak).unwrap(),
            "my own notes, not an export"
        );
        std::fs::remove_file(&bak).unwrap();
    }
    let left: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".bak") || n.contains(".tmp"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn export_says_when_the_datasets_content_changed_under_the_same_version() {
    let (dir, review) = review_copy();
    let text = std::fs::read_to_string(&review).unwrap();
    let start = text.find("content_hash: \"sha256:").unwrap() + "content_hash: \"sha256:".len();
    let mut other = text.clone();
    other.replace_range(start..start + 4, "0000");
    std::fs::write(&review, other).unwrap();
    let out = dir.path().join("b.csv");
    let (code, _, err) = poa(&[
        "export",
        review.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("warning: the dataset's content changed since this review was made, though its version (2.0.0) did not"),
        "{err}"
    );
    assert!(out.exists());
}

#[test]
fn a_chinese_speaking_delegate_gets_chinese_problems_naming_file_and_line() {
    let (code, out, _) = poa_in(
        "zh_CN.UTF-8",
        &["validate", "tests/data/bad/unknown-language.dataset.ron"],
    );
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("tests/data/bad/unknown-language.dataset.ron:42:70: 错误: 未知的语言代码\"cn\"；请使用以下之一：en, zh, fr, es, ru, ar"),
        "{out}"
    );
    let (code, _, err) = poa_in(
        "zh",
        &[
            "chart", "--kind", "status", "--scale", "9", "--out", "x.png",
        ],
    );
    assert_eq!(code, 1);
    assert_eq!(
        err.trim(),
        "poa-review: --scale 必须在 0.25 到 8 之间，而不是 9"
    );
}

#[test]
fn files_opened_together_are_all_taken_and_a_command_name_is_still_a_command() {
    use clap::Parser as _;
    let cli = poa_review::cli::Cli::try_parse_from(["poa-review", "a.review.ron", "b.review.ron"])
        .unwrap();
    assert!(cli.command.is_none());
    assert_eq!(
        cli.files,
        [
            std::path::PathBuf::from("a.review.ron"),
            std::path::PathBuf::from("b.review.ron")
        ]
    );
    let cli =
        poa_review::cli::Cli::try_parse_from(["poa-review", "validate", "a.review.ron"]).unwrap();
    assert!(cli.command.is_some());
    assert!(cli.files.is_empty());
}

#[test]
fn the_man_pages_and_shell_completions_come_from_the_command_line_definition() {
    let dir = tempfile::tempdir().unwrap();
    let man = dir.path().join("man");
    let (code, out, err) = poa(&["man", "--out", man.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}{err}");
    let page = std::fs::read_to_string(man.join("poa-review.1")).unwrap();
    assert!(page.contains(".TH poa-review 1"), "{page}");
    assert!(
        page.contains("import\\-sheet") || page.contains("import-sheet"),
        "{page}"
    );
    let sub = std::fs::read_to_string(man.join("poa-review-dataset-from-sheet.1")).unwrap();
    assert!(sub.contains("workbook"), "{sub}");

    let (code, script, err) = poa(&["completions", "bash"]);
    assert_eq!(code, 0, "{err}");
    assert!(script.contains("dataset-from-sheet") && script.contains("--renderer"));
    let file = dir.path().join("poa-review.bash");
    std::fs::write(&file, &script).unwrap();
    let syntax = Command::new("bash").arg("-n").arg(&file).status().unwrap();
    assert!(syntax.success(), "bash reads the completions");
    let (code, _, err) = poa(&["completions", "tcsh"]);
    assert_eq!(code, 2, "an unknown shell is refused: {err}");
}

// Issue 16, part: many reviews of one dataset, as the tidy long table.

#[test]
fn aggregate_writes_the_long_table_and_names_every_file_left_out() {
    let dir = tempfile::tempdir().unwrap();
    let sample = std::fs::read_to_string("sample_data/example-delegation.review.ron").unwrap();
    for n in 1..=3 {
        std::fs::write(
            dir.path().join(format!("d{n}.review.ron")),
            sample.replace(
                "Example delegation (fictitious)",
                &format!("Delegation {n}"),
            ),
        )
        .unwrap();
    }
    std::fs::write(
        dir.path().join("d4-again.review.ron"),
        sample.replace("Example delegation (fictitious)", "Delegation 1"),
    )
    .unwrap();
    std::fs::write(dir.path().join("d5-cut.review.ron"), &sample[..400]).unwrap();
    let out = dir.path().join("all.csv");
    let (code, stdout, stderr) = poa(&[
        "aggregate",
        dir.path().to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 1, "files were left out: {stderr}");
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 2, "{stderr}");
    assert!(
        lines[0].ends_with("d4-again.review.ron: error: the delegation \"Delegation 1\" was already read from another file; this review is left out"),
        "{stderr}"
    );
    assert!(lines[1].contains("d5-cut.review.ron:"), "{stderr}");
    assert!(
        stdout.contains("from 3 reviews of dataset poa2009-hlr2014-sample 2.0.0; 2 files left out"),
        "{stdout}"
    );
    // The table, checked against the review itself: four rows per delegation and commitment,
    // each delegation's statuses those of the file, no talking point anywhere.
    let text = std::fs::read_to_string(&out).unwrap();
    let text = text.trim_start_matches('\u{feff}');
    let rows: Vec<&str> = text.lines().collect();
    assert_eq!(rows[0], "delegation,file,commitment,field,value");
    let d = poa_review::sample::dataset().unwrap();
    let r = poa_review::sample::review().unwrap();
    assert_eq!(rows.len() - 1, 3 * d.commitments.len() * 4);
    for (id, a) in &r.assessments {
        for n in 1..=3 {
            let row = format!("Delegation {n},d{n}.review.ron,{id},status,{}", a.status);
            assert!(rows.contains(&row.as_str()), "{row}");
        }
        if !a.talking_points.is_empty() {
            assert!(!text.contains(&a.talking_points), "a talking point leaked");
        }
    }
}
