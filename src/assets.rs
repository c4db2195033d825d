//! Files bundled into the binary, shared by the window and the chart renderer.

/// Noto Sans SC Regular, subset to GB 2312 and every character of the interface and sample data
/// (SIL Open Font License; see `assets/fonts/README.md`). It covers Latin too, so charts use it
/// for all their text.
pub const NOTO_SANS_SC: &[u8] = include_bytes!("../assets/fonts/NotoSansSC-Regular-subset.ttf");
