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
