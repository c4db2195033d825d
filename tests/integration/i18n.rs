//! Interface languages: every language file has English's keys and placeables (the keys the
//! code uses are checked against en.ftl when it compiles), validation speaks Chinese, the
//! interface switches language at run time, and no screen shows a key instead of a text.
#![expect(
    clippy::unwrap_used,
    reason = "in tests, a failed unwrap is a failed test"
)]

use crate::common;

use std::collections::BTreeSet;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use poa_review::i18n::{self, Language, SOURCES};
use poa_review::ui::PoaApp;

fn source(lang: Language) -> &'static str {
    SOURCES.iter().find(|(l, _)| *l == lang).unwrap().1
}

fn values(lang: Language) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for line in source(lang).lines() {
        if let Some((k, v)) = line.split_once(" = ") {
            if i18n::keys(line).len() == 1 {
                out.push((k.to_owned(), v.to_owned()));
            }
        } else if line.starts_with("    ")
            && let Some(last) = out.last_mut()
        {
            last.1.push('\n');
            last.1.push_str(line.trim());
        }
    }
    out
}

fn placeables(v: &str) -> BTreeSet<String> {
    v.split("{ $")
        .skip(1)
        // The variable's name ends at a space or `}`: `{ $n }`, and a selector's `{ $n ->`.
        .filter_map(|p| p.split([' ', '}']).next())
        .map(str::to_owned)
        .collect()
}

/// Every language file (read as Fluent text, not from the code) has every key of en.ftl, with
/// the same placeables, and no other key. That the code only asks for keys en.ftl has is
/// checked when it compiles (`key!`), so no test scrapes the code's string literals.
#[test]
fn every_language_has_every_english_key_with_the_same_placeables() {
    let en = values(Language::En);
    let en_keys: Vec<&str> = en.iter().map(|(k, _)| k.as_str()).collect();
    let en_set: BTreeSet<&str> = en_keys.iter().copied().collect();
    assert_eq!(en_set.len(), en_keys.len(), "en.ftl defines a key twice");
    let mut wrong = Vec::new();
    for lang in Language::ALL.into_iter().skip(1) {
        let other = values(lang);
        let keys: Vec<&str> = other.iter().map(|(k, _)| k.as_str()).collect();
        let set: BTreeSet<&str> = keys.iter().copied().collect();
        if set.len() != keys.len() {
            wrong.push(format!("{lang}.ftl defines a key twice"));
        }
        let missing: Vec<_> = en_set.difference(&set).collect();
        let extra: Vec<_> = set.difference(&en_set).collect();
        if !missing.is_empty() || !extra.is_empty() {
            wrong.push(format!(
                "{lang}.ftl lacks {missing:?} and has extra {extra:?}"
            ));
        }
        for (k, v) in &en {
            let Some((_, text)) = other.iter().find(|(ok, _)| ok == k) else {
                continue;
            };
            if placeables(v) != placeables(text) {
                wrong.push(format!("{lang}: {k}: placeables differ from en"));
            }
            if text.trim().is_empty() {
                wrong.push(format!("{lang}: {k} is empty"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn english_and_chinese_have_the_same_keys_and_placeables() {
    let en = values(Language::En);
    let zh = values(Language::Zh);
    let en_set: BTreeSet<&str> = en.iter().map(|(k, _)| k.as_str()).collect();
    let zh_set: BTreeSet<&str> = zh.iter().map(|(k, _)| k.as_str()).collect();
    let missing: Vec<_> = en_set.difference(&zh_set).collect();
    let extra: Vec<_> = zh_set.difference(&en_set).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "zh.ftl lacks {missing:?} and has extra {extra:?}"
    );
    for (k, v) in &en {
        let z = &zh.iter().find(|(zk, _)| zk == k).unwrap().1;
        assert_eq!(
            placeables(v),
            placeables(z),
            "{k}: placeables differ between en and zh"
        );
        assert!(!z.trim().is_empty(), "{k} is empty in zh");
    }
}

/// A validation finding keeps its message key and arguments, so a Chinese-speaking delegate
/// reads it in Chinese; in English it reads word for word as before.
#[test]
fn a_validation_finding_is_said_in_chinese() {
    let mut d = poa_review::sample::dataset().unwrap();
    d.commitments[0].title.remove("zh");
    let findings = poa_review::validate::dataset(&d);
    let f = findings
        .iter()
        .find(|f| f.path == "commitments[0].title")
        .unwrap();
    assert_eq!(
        f.message.to_string(),
        "the \"zh\" text is missing; the English text will be shown with a marker"
    );
    assert_eq!(
        f.message.render_in(Language::Zh),
        "缺少\"zh\"文本；将显示英文文本并加上标记"
    );
}

/// A window keeping its settings in `dir`; English unless the settings say otherwise.
fn harness(dir: &std::path::Path) -> Harness<'static, PoaApp> {
    let settings = dir.join("settings.ron");
    let mut options = common::options(dir, None);
    if settings.exists() {
        options.language = None;
    } else {
        // The reviewer has given their name, so the window does not ask for it on first use.
        let named = poa_review::settings::Settings {
            editor_name: "Tester".into(),
            ..poa_review::settings::Settings::default()
        };
        named.save(&settings).unwrap();
    }
    options.settings_path = Some(settings);
    common::window(options)
}

/// Texts on screen that are message keys (a translation is missing and the key leaked).
fn keys_on_screen(h: &Harness<'_, PoaApp>) -> Vec<String> {
    let keys: BTreeSet<String> = i18n::keys(source(Language::En)).into_iter().collect();
    h.query_all_by(|_| true)
        .flat_map(|n| {
            let node = n.accesskit_node();
            [node.label(), node.value()]
        })
        .flatten()
        .filter(|text| keys.contains(text.trim()))
        .collect()
}

fn switch_to_chinese(h: &mut Harness<'_, PoaApp>) {
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Language").click();
    h.run();
    h.get_by_label("中文").click();
    h.run();
}

#[test]
fn the_interface_switches_to_chinese_and_marks_a_commitment_in_chinese() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path());
    switch_to_chinese(&mut h);
    // Main controls by their Chinese names.
    h.get_by_label("文件");
    h.get_by_label("搜索");
    h.get_by_label("支柱");
    // Dataset texts follow the interface language.
    h.get_by_label_contains("A/68/126，第89段(h) — 在监狱和其他封闭场所提供艾滋病毒服务 — 未评估")
        .click();
    h.run();
    h.get_by_label("进展有限").click();
    h.run();
    h.get_by_label_contains(
        "A/68/126，第89段(h) — 在监狱和其他封闭场所提供艾滋病毒服务 — 进展有限",
    );
    assert_eq!(
        h.state().ws.as_ref().unwrap().review.assessments["a68-126-89h"].status,
        "limited"
    );
    assert!(keys_on_screen(&h).is_empty(), "{:?}", keys_on_screen(&h));
    // Remembered: a new window starts in Chinese.
    drop(h);
    let h = harness(dir.path());
    h.get_by_label("搜索");
}

#[test]
fn no_screen_shows_a_key_in_either_language() {
    for chinese in [false, true] {
        let dir = tempfile::tempdir().unwrap();
        let mut h = harness(dir.path());
        if chinese {
            switch_to_chinese(&mut h);
        }
        let mut seen = Vec::new();
        // The list with a commitment selected, its evidence form open.
        // References read the interface's language ("A/68/126，第89段(g)" in Chinese).
        h.get_by_label_contains(if chinese {
            "A/68/126，第89段(g) — "
        } else {
            "A/68/126, para. 89 (g) — "
        })
        .click();
        h.run();
        h.key_press(Key::Num3);
        h.run();
        seen.extend(keys_on_screen(&h));
        // A pillar's narrative.
        let pillar = if chinese {
            "减少需求和相关措施 (5)"
        } else {
            "Demand reduction and related measures (5)"
        };
        h.get_by_label(pillar).click();
        h.run();
        seen.extend(keys_on_screen(&h));
        // Charts.
        h.get_by_label(if chinese { "图表" } else { "Charts" })
            .click();
        h.run();
        seen.extend(keys_on_screen(&h));
        // The shortcuts window and the unsaved-changes question.
        h.key_press(Key::F1);
        h.run();
        seen.extend(keys_on_screen(&h));
        h.key_press(Key::F1);
        h.key_press_modifiers(Modifiers::COMMAND, Key::W);
        h.run();
        seen.extend(keys_on_screen(&h));
        assert!(
            seen.is_empty(),
            "chinese={chinese}: keys on screen: {seen:?}"
        );
    }
}

#[test]
fn tab_moves_the_keyboard_focus_through_the_controls() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path());
    let mut focused = BTreeSet::new();
    for _ in 0..12 {
        h.key_press(Key::Tab);
        h.run();
        if let Some(id) = h.ctx.memory(egui::Memory::focused) {
            focused.insert(id.value());
        }
    }
    assert!(
        focused.len() >= 6,
        "Tab reached only {} controls",
        focused.len()
    );
}
