//! Help → Open log folder shows the support log's folder with the system's program.

use std::time::Duration;

use egui_kittest::kittest::Queryable as _;

use crate::common;

#[test]
fn help_shows_the_log_folder_with_the_systems_program() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    let seen = dir.path().join("opened");
    let opener = dir.path().join("file-manager");
    std::fs::write(
        &opener,
        format!("#!/bin/sh\necho \"$1\" > '{}'\n", seen.display()),
    )
    .unwrap();
    std::fs::set_permissions(&opener, std::fs::Permissions::from_mode(0o755)).unwrap();
    let mut h = common::open(dir.path(), None);
    h.state_mut().opener = opener.display().to_string();
    h.get_by_label("Help").click();
    h.run();
    h.get_by_label_contains("Open log folder").click();
    h.run();
    for _ in 0..200 {
        if seen.exists() {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let shown = std::fs::read_to_string(&seen).unwrap();
    let logs = dir.path().join("logs");
    assert_eq!(shown.trim(), logs.display().to_string());
    assert!(logs.is_dir(), "the folder is made if it was not there");
}
