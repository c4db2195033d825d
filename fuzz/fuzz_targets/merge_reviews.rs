//! Merging two reviews made from fuzz input, against the built-in sample dataset: either two
//! review texts (split at the first 0xFF byte), or the sample review edited two ways by edits
//! the bytes choose. A merge never panics; merging a review with itself changes nothing; and the
//! merged review, conflicts kept, saves and loads again unchanged.
#![no_main]

use std::path::Path;
use std::sync::OnceLock;

use jiff::Timestamp;
use libfuzzer_sys::fuzz_target;
use poa_review::edit::{Edit, NarrativePart};
use poa_review::io;
use poa_review::merge;
use poa_review::model::{Dataset, EvidenceItem, Review};

fn sample() -> &'static (Dataset, Review) {
    static SAMPLE: OnceLock<(Dataset, Review)> = OnceLock::new();
    SAMPLE.get_or_init(|| {
        (
            poa_review::sample::dataset().expect("the sample is valid"),
            poa_review::sample::review().expect("the sample review is valid"),
        )
    })
}

/// The sample review edited by the edits `bytes` choose (three bytes an edit).
fn edited(d: &Dataset, base: &Review, bytes: &[u8], by: &str) -> Review {
    let mut r = base.clone();
    for (i, e) in bytes.chunks_exact(3).enumerate() {
        let c = d.commitments[usize::from(e[1]) % d.commitments.len()].id.clone();
        let text = ["", "a", "b", "论据"][usize::from(e[2] % 4)].to_owned();
        let edit = match e[0] % 7 {
            0 => Edit::Status { commitment: c, status: d.status_scale[usize::from(e[2]) % d.status_scale.len()].id.clone() },
            1 => Edit::Notes { commitment: c, text },
            2 => Edit::TalkingPoints { commitment: c, text },
            3 => Edit::InsertEvidence { commitment: c, index: 0, item: EvidenceItem { note: text, ..EvidenceItem::default() } },
            4 => Edit::RemoveEvidence { commitment: c, index: usize::from(e[2] % 2) },
            5 => Edit::UpdateEvidence { commitment: c, index: 0, item: EvidenceItem { symbol: text, ..EvidenceItem::default() } },
            _ => Edit::Narrative { group: d.groups[usize::from(e[1]) % d.groups.len()].id.clone(), part: NarrativePart::ALL[usize::from(e[2] % 3)], text },
        };
        let at = Timestamp::from_second(1_900_000_000 + i64::try_from(i).unwrap_or(0)).unwrap_or_default();
        let _ = edit.apply(d, &mut r, by, at);
    }
    r
}

fuzz_target!(|data: &[u8]| {
    let (d, base) = sample();
    let path = Path::new("fuzz.review.ron");
    let (a, b) = if data.first() == Some(&0) {
        let rest = &data[1..];
        let half = rest.len() / 2;
        (edited(d, base, &rest[..half], "A"), edited(d, base, &rest[half..], "B"))
    } else {
        let Some(cut) = data.iter().position(|&x| x == 0xFF) else { return };
        let load = |bytes: &[u8]| {
            let text = io::document::decode(path, bytes.to_vec()).ok()?;
            io::review_from_text(path, &text, Some(d)).ok().map(|l| l.doc)
        };
        let (Some(a), Some(b)) = (load(&data[..cut]), load(&data[cut + 1..])) else { return };
        (a, b)
    };
    let same = merge::merge(d, &a, &a, None).expect("a review merges with itself");
    assert!(same.is_noop(), "merging a review with itself changes nothing");
    for base_file in [None, Some(base)] {
        let Ok(m) = merge::merge(d, &a, &b, base_file) else { continue };
        let merged = m.finish_pending("M", Timestamp::UNIX_EPOCH, "b");
        let text = io::to_ron_string(&merged).expect("a merged review serialises");
        let again = io::review_from_text(path, &text, None).expect("a merged review loads");
        assert_eq!(again.doc, merged);
    }
});
