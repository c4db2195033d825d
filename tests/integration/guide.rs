//! Help → User guide shows the bundled guide, in Chinese for the Chinese interface, offline.

use egui_kittest::kittest::Queryable as _;

use crate::common;

#[test]
fn the_user_guide_is_shown_in_the_interface_language_and_closes() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = common::open(dir.path(), None);
    h.get_by_label("Help").click();
    h.run();
    h.get_by_label_contains("User guide").click();
    h.run();
    h.get_by_label("poa-review: a short guide");
    h.get_by_label("Working as a team");
    h.get_by_label("Close window").click();
    h.run();
    assert!(h.query_by_label("poa-review: a short guide").is_none());

    let mut options = common::options(dir.path(), None);
    options.language = Some("zh".to_owned());
    let mut h = common::window(options);
    h.get_by_label("帮助").click();
    h.run();
    h.get_by_label_contains("用户指南").click();
    h.run();
    h.get_by_label("poa-review 简明指南");
    h.get_by_label("团队协作");
}

#[test]
fn about_names_the_version_the_licence_and_the_fonts_licence_and_says_where_the_crates_are() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = common::open(dir.path(), None);
    h.get_by_label("Help").click();
    h.run();
    h.get_by_label("About poa-review…").click();
    h.run();
    h.get_by_label(&format!("poa-review {}", env!("CARGO_PKG_VERSION")));
    h.get_by_label("Licence: MIT OR Apache-2.0");
    h.get_by_label("The bundled Chinese font (Noto Sans SC): SIL Open Font License 1.1")
        .click();
    h.run();
    h.get_by_label_contains("SIL OPEN FONT LICENSE Version 1.1");
    // A test build is not installed from a package: the window says where the list would be.
    if poa_review::about::third_party_licences().is_none() {
        h.get_by_label_contains("THIRD-PARTY-LICENSES.md");
    }
    h.get_by_label("Close window").click();
    h.run();
    assert!(h.query_by_label("Licence: MIT OR Apache-2.0").is_none());
}
