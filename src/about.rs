//! What Help → About says: the version, when this build was made, the licence, and the
//! third-party licences of what is compiled in. The crates' licences are generated from the
//! dependency tree by cargo-about when the package is built (`.ci/package-deb`, with
//! `about.toml` and `about.hbs`) and installed beside the program as
//! `share/doc/poa-review/THIRD-PARTY-LICENSES.md`; the bundled font's licence is compiled in.
//! No GUI here.

use std::path::{Path, PathBuf};

/// The program's version.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The program's licence (an SPDX expression).
pub const LICENCE: &str = env!("CARGO_PKG_LICENSE");

/// The licence of the bundled Chinese font (Noto Sans SC): the SIL Open Font License 1.1.
pub const FONT_LICENCE: &str = include_str!("../assets/fonts/OFL.txt");

/// The file the package installs the crates' licences in, under the installation prefix.
pub const THIRD_PARTY_FILE: &str = "share/doc/poa-review/THIRD-PARTY-LICENSES.md";

/// The day this build was made (`YYYY-MM-DD`), when the package script set
/// `POA_REVIEW_BUILD_DATE`; `None` for a development build.
#[must_use]
pub fn build_date() -> Option<&'static str> {
    option_env!("POA_REVIEW_BUILD_DATE").filter(|d| !d.trim().is_empty())
}

/// The places the crates' licences are looked for: beside the running program's prefix
/// (`/usr/bin/poa-review` → `/usr/share/doc/…`), then `/usr/share/doc/…` and
/// `/usr/local/share/doc/…`.
#[must_use]
pub fn third_party_places(exe: Option<&Path>) -> Vec<PathBuf> {
    let mut places = Vec::new();
    if let Some(prefix) = exe.and_then(Path::parent).and_then(Path::parent) {
        places.push(prefix.join(THIRD_PARTY_FILE));
    }
    for prefix in ["/usr", "/usr/local"] {
        let p = Path::new(prefix).join(THIRD_PARTY_FILE);
        if !places.contains(&p) {
            places.push(p);
        }
    }
    places
}

/// The crates' licences as installed with the package, and where they were read from; `None`
/// when this program was not installed from a package (a development build).
#[must_use]
pub fn third_party_licences() -> Option<(PathBuf, String)> {
    let exe = std::env::current_exe().ok();
    third_party_places(exe.as_deref())
        .into_iter()
        .find_map(|p| std::fs::read_to_string(&p).ok().map(|text| (p, text)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_licences_are_looked_for_under_the_programs_own_prefix_first() {
        let places = third_party_places(Some(Path::new("/opt/poa/bin/poa-review")));
        assert_eq!(
            places[0],
            Path::new("/opt/poa/share/doc/poa-review/THIRD-PARTY-LICENSES.md")
        );
        assert!(places.contains(&PathBuf::from(
            "/usr/share/doc/poa-review/THIRD-PARTY-LICENSES.md"
        )));
        assert_eq!(LICENCE, "MIT OR Apache-2.0");
        assert!(FONT_LICENCE.contains("SIL OPEN FONT LICENSE"));
    }
}
