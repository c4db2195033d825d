//! Stable ids for history entries and evidence items, and the upgrade of a review written before
//! they had them (format version 1).
//!
//! Two copies of one review share the ids of everything they had in common, which is how a merge
//! finds their common ancestor without a base file. New ids are random enough that two laptops
//! never make the same one; the ids given when a version-1 review is read are made from the
//! content, so two colleagues who each open the same old file get the same ids.

use std::fmt::Write as _;
use std::sync::atomic::{AtomicU64, Ordering};

use sha2::{Digest as _, Sha256};

use super::{REVIEW_FORMAT_VERSION, Review, Subject};

/// Sixteen hex digits of the SHA-256 of `parts`.
fn hash_id(parts: &[&[u8]]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update((p.len() as u64).to_le_bytes());
        h.update(p);
    }
    h.finalize()[..8]
        .iter()
        .fold(String::with_capacity(16), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}

/// A new id, different from every other one made here or on another machine.
#[must_use]
pub fn new_id() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default()
        .as_nanos();
    let count = COUNTER.fetch_add(1, Ordering::Relaxed);
    let host = std::env::var("HOSTNAME")
        .or_else(|_| std::env::var("COMPUTERNAME"))
        .unwrap_or_default();
    let here = format!("{:?}", std::thread::current().id());
    hash_id(&[
        &now.to_le_bytes(),
        &std::process::id().to_le_bytes(),
        &count.to_le_bytes(),
        host.as_bytes(),
        here.as_bytes(),
        // A stack address differs between processes with address-space randomisation.
        &(std::ptr::from_ref(&count) as usize).to_le_bytes(),
    ])
}

impl Review {
    /// Gives every history entry and evidence item that has no id one, from its content and
    /// place (the same on every machine), and marks the review as of this build's format
    /// version. Returns whether anything changed. Reading a review calls this, so a version-1
    /// file reads as version 2 and is written as version 2 when saved.
    pub fn fill_ids(&mut self) -> bool {
        let mut changed = self.format_version != REVIEW_FORMAT_VERSION;
        self.format_version = REVIEW_FORMAT_VERSION;
        for (i, h) in self.history.iter_mut().enumerate() {
            if h.id.is_empty() {
                let subject = match &h.subject {
                    Subject::Commitment(c) => format!("c:{c}"),
                    Subject::Group(g) => format!("g:{g}"),
                    Subject::Review => "r".to_owned(),
                };
                h.id = hash_id(&[
                    b"history",
                    &(i as u64).to_le_bytes(),
                    h.at.to_string().as_bytes(),
                    h.by.as_bytes(),
                    subject.as_bytes(),
                    format!("{:?}", h.field).as_bytes(),
                    h.old.as_bytes(),
                    h.new.as_bytes(),
                ]);
                changed = true;
            }
        }
        for (commitment, a) in &mut self.assessments {
            for (i, e) in a.evidence.iter_mut().enumerate() {
                if e.id.is_empty() {
                    e.id = hash_id(&[
                        b"evidence",
                        commitment.as_bytes(),
                        &(i as u64).to_le_bytes(),
                        e.symbol.as_bytes(),
                        e.paragraph.as_bytes(),
                        e.location.as_bytes(),
                        e.note.as_bytes(),
                    ]);
                    changed = true;
                }
            }
        }
        changed
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample;

    #[test]
    fn new_ids_differ_and_old_reviews_get_the_same_ids_everywhere() {
        let a = new_id();
        let b = new_id();
        assert_ne!(a, b);
        assert_eq!(a.len(), 16);

        let mut one = sample::review().expect("the sample review loads");
        for h in &mut one.history {
            h.id.clear();
        }
        for a in one.assessments.values_mut() {
            for e in &mut a.evidence {
                e.id.clear();
            }
        }
        one.format_version = 1;
        let mut two = one.clone();
        assert!(one.fill_ids());
        assert!(two.fill_ids());
        assert_eq!(
            one, two,
            "the same old file gets the same ids on two machines"
        );
        assert_eq!(one.format_version, REVIEW_FORMAT_VERSION);
        assert!(one.history.iter().all(|h| h.id.len() == 16));
        let ids: std::collections::HashSet<_> = one.history.iter().map(|h| &h.id).collect();
        assert_eq!(ids.len(), one.history.len(), "history ids are unique");
        assert!(!one.fill_ids(), "a second pass changes nothing");
    }
}
