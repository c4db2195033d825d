//! The bundled fonts draw every character of the sample data: the text is laid out in a real
//! egui context with the fonts the window installs, and `egui_kittest` fails on any glyph that
//! no font has.

use egui_kittest::Harness;
use poa_review::model::Texts;
use poa_review::sample;

fn all_texts() -> Vec<String> {
    let d = sample::dataset().expect("sample dataset");
    let r = sample::review().expect("sample review");
    let mut texts: Vec<&Texts> = vec![&d.metadata.title, &d.metadata.description];
    texts.extend(d.metadata.sources.iter().map(|s| &s.title));
    texts.extend(d.units.iter().map(|u| &u.label));
    for g in &d.groups {
        texts.push(&g.title);
        texts.extend(g.sections.iter().map(|s| &s.title));
    }
    texts.extend(d.target_areas.iter().map(|t| &t.title));
    for c in &d.commitments {
        texts.push(&c.title);
        texts.push(&c.text);
    }
    for i in &d.indicators {
        texts.push(&i.name);
        texts.push(&i.geography);
    }
    texts.extend(d.status_scale.iter().map(|l| &l.label));
    texts.extend(d.evidence_scale.iter().map(|l| &l.label));
    let mut out: Vec<String> = texts
        .into_iter()
        .flat_map(|t| t.values().cloned())
        .collect();
    for a in r.assessments.values() {
        out.push(a.notes.clone());
        out.push(a.talking_points.clone());
        out.extend(a.evidence.iter().map(|e| e.note.clone()));
    }
    out
}

#[test]
fn every_character_of_the_sample_has_a_glyph() {
    let texts = all_texts();
    let chars: usize = texts.iter().map(|t| t.chars().count()).sum();
    assert!(chars > 10_000, "only {chars} characters");
    assert!(texts.iter().any(|t| t.contains("减少需求和相关措施")));
    let mut harness = Harness::builder()
        .with_size(egui::vec2(800.0, 600.0))
        .with_context_setup(poa_review::ui::fonts::install)
        .build_ui(move |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                for t in &texts {
                    ui.label(t);
                }
            });
        });
    // Panics with "No glyph for …" if a character cannot be drawn.
    harness.run();
}

#[test]
fn without_the_bundled_font_chinese_would_be_missing() {
    // The check above can fail: egui's own fonts have no Chinese.
    let result = std::panic::catch_unwind(|| {
        let mut harness = Harness::builder().build_ui(|ui| {
            ui.label("减少需求");
        });
        harness.run();
    });
    assert!(
        result.is_err(),
        "egui's default fonts drew Chinese; the font test proves nothing"
    );
}
