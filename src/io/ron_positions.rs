//! Positions of values in RON text: where a value sits in the source, so problems found after
//! parsing (a duplicate id, a dangling reference) can name a line and column like parse errors do.
//!
//! Paths look like `commitments[3].indicators[0]`, `metadata.title["en"]` or
//! `assessments["a68-126-89g"].status`: struct fields joined by `.`, list items by `[index]`,
//! map entries by `["key"]` (the position of a map entry is that of its key). Single-element
//! wrappers such as `Some(…)` or `Commitment("…")` are transparent.
//!
//! The scanner is iterative (no recursion), so deeply nested input cannot overflow the stack.

use std::collections::HashMap;

/// A 1-based line and column (in characters), as ron reports them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pos {
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub col: usize,
}

/// Maximum nesting the scanner follows; deeper values are skipped (the parser refuses them).
const MAX_DEPTH: usize = 256;

/// The positions of the given paths in `src`. For a path that is not found, the position of its
/// nearest ancestor is given instead; `None` only when not even the root was found.
#[must_use]
pub fn locate(src: &str, paths: &[&str]) -> Vec<Option<Pos>> {
    let mut wanted: HashMap<String, Option<Pos>> = HashMap::new();
    for p in paths {
        for prefix in ancestors(p) {
            wanted.entry(prefix.to_owned()).or_insert(None);
        }
    }
    Scanner::new(src).scan(&mut wanted);
    paths
        .iter()
        .map(|p| ancestors(p).find_map(|a| wanted.get(a).copied().flatten()))
        .collect()
}

/// The exact position of `path` in `src`, without falling back to an ancestor.
#[must_use]
pub fn find(src: &str, path: &str) -> Option<Pos> {
    let mut wanted = HashMap::from([(path.to_owned(), None)]);
    Scanner::new(src).scan(&mut wanted);
    wanted.get(path).copied().flatten()
}

/// The value of the top-level field `name` when it is a plain token (number or identifier),
/// found without parsing the rest of the document. Used to read `format_version` first.
#[must_use]
pub fn top_level_scalar(src: &str, name: &str) -> Option<(String, Pos)> {
    let mut s = Scanner::new(src);
    let mut depth = 0usize;
    let mut prev_ident: Option<String> = None;
    while let Some(tok) = s.next_token() {
        match tok.kind {
            Kind::Open(_) => {
                depth += 1;
                prev_ident = None;
            }
            Kind::Close(_) => {
                depth = depth.saturating_sub(1);
                prev_ident = None;
            }
            Kind::Colon if depth == 1 && prev_ident.as_deref() == Some(name) => {
                let value = s.next_token()?;
                return match value.kind {
                    Kind::Word(w) => Some((w, value.pos)),
                    _ => None,
                };
            }
            Kind::Word(w) if depth == 1 => prev_ident = Some(w),
            _ => prev_ident = None,
        }
    }
    None
}

/// `a.b[2].c` → `a.b[2].c`, `a.b[2]`, `a.b`, `a`, then the root (the empty path).
fn ancestors(path: &str) -> impl Iterator<Item = &str> {
    let mut cur = Some(path);
    std::iter::from_fn(move || {
        let p = cur?;
        cur = if p.is_empty() {
            None
        } else {
            let cut = p.rfind(['.', '[']).unwrap_or(0);
            Some(&p[..cut])
        };
        Some(p)
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Bracket {
    Paren,
    Square,
    Curly,
}

#[derive(Debug, PartialEq)]
enum Kind {
    Open(Bracket),
    Close(Bracket),
    Comma,
    Colon,
    /// Identifier, number or other bare word.
    Word(String),
    /// A string literal, unescaped.
    Str(String),
    /// A char literal or anything else that is a complete value.
    Other,
}

struct Token {
    kind: Kind,
    pos: Pos,
}

struct Scanner<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
    line: usize,
    col: usize,
    /// Tokens read ahead or pushed back, next one last.
    pushback: Vec<Token>,
}

/// What a container frame expects next.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Expect {
    /// An element (list, tuple) or a key (map, struct).
    Item,
    /// A value after `key:`.
    Value,
    /// A comma or the closing bracket.
    Separator,
}

struct Frame {
    bracket: Bracket,
    path: String,
    index: usize,
    expect: Expect,
    /// Path of the pending value in this frame.
    value_path: String,
    /// Whether this paren group turned out to hold `name: value` fields.
    has_fields: bool,
}

impl<'a> Scanner<'a> {
    fn new(src: &'a str) -> Self {
        let mut chars = src.chars().peekable();
        if chars.peek() == Some(&'\u{feff}') {
            chars.next();
        }
        Self {
            chars,
            line: 1,
            col: 1,
            pushback: Vec::new(),
        }
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.chars.next()?;
        if c == '\n' {
            self.line += 1;
            self.col = 1;
        } else {
            self.col += 1;
        }
        Some(c)
    }

    fn skip_trivia(&mut self) {
        loop {
            match self.chars.peek() {
                Some(c) if c.is_whitespace() => {
                    self.bump();
                }
                Some('/') => {
                    let mut ahead = self.chars.clone();
                    ahead.next();
                    match ahead.next() {
                        Some('/') => {
                            while let Some(c) = self.bump() {
                                if c == '\n' {
                                    break;
                                }
                            }
                        }
                        Some('*') => {
                            self.bump();
                            self.bump();
                            let mut depth = 1usize;
                            while depth > 0 {
                                match self.bump() {
                                    None => return,
                                    Some('*') if self.chars.peek() == Some(&'/') => {
                                        self.bump();
                                        depth -= 1;
                                    }
                                    Some('/') if self.chars.peek() == Some(&'*') => {
                                        self.bump();
                                        depth += 1;
                                    }
                                    Some(_) => {}
                                }
                            }
                        }
                        _ => return,
                    }
                }
                _ => return,
            }
        }
    }

    fn peek_token(&mut self) -> Option<&Token> {
        if self.pushback.is_empty() {
            let tok = self.read_token()?;
            self.pushback.push(tok);
        }
        self.pushback.last()
    }

    fn next_token(&mut self) -> Option<Token> {
        self.pushback.pop().or_else(|| self.read_token())
    }

    fn read_token(&mut self) -> Option<Token> {
        self.skip_trivia();
        let pos = Pos {
            line: self.line,
            col: self.col,
        };
        let c = *self.chars.peek()?;
        let kind = match c {
            '(' | '[' | '{' | ')' | ']' | '}' | ',' | ':' => {
                self.bump();
                match c {
                    '(' => Kind::Open(Bracket::Paren),
                    '[' => Kind::Open(Bracket::Square),
                    '{' => Kind::Open(Bracket::Curly),
                    ')' => Kind::Close(Bracket::Paren),
                    ']' => Kind::Close(Bracket::Square),
                    '}' => Kind::Close(Bracket::Curly),
                    ',' => Kind::Comma,
                    _ => Kind::Colon,
                }
            }
            '"' => {
                self.bump();
                Kind::Str(self.quoted())
            }
            '\'' => {
                self.bump();
                while let Some(c) = self.bump() {
                    match c {
                        '\\' => {
                            self.bump();
                        }
                        '\'' => break,
                        _ => {}
                    }
                }
                Kind::Other
            }
            _ => {
                let mut word = String::new();
                while let Some(&c) = self.chars.peek() {
                    if c.is_alphanumeric() || matches!(c, '_' | '.' | '+' | '-' | '#') {
                        word.push(c);
                        self.bump();
                        // Raw and byte strings: r"…", r#"…"#, b"…", br"…".
                        if (matches!(word.as_str(), "r" | "br" | "r#" | "br#" | "b")
                            || word.ends_with('#') && word.trim_end_matches('#').ends_with('r'))
                            && let Some(s) = self.raw_string(&word)
                        {
                            return Some(Token {
                                kind: Kind::Str(s),
                                pos,
                            });
                        }
                    } else {
                        break;
                    }
                }
                if word.is_empty() {
                    self.bump();
                    Kind::Other
                } else {
                    Kind::Word(word)
                }
            }
        };
        Some(Token { kind, pos })
    }

    /// Reads a `"…"` string after its opening quote, with escapes resolved.
    fn quoted(&mut self) -> String {
        let mut s = String::new();
        while let Some(c) = self.bump() {
            match c {
                '"' => break,
                '\\' => {
                    if let Some(e) = self.bump() {
                        s.push(match e {
                            'n' => '\n',
                            't' => '\t',
                            'r' => '\r',
                            '0' => '\0',
                            other => other,
                        });
                    }
                }
                _ => s.push(c),
            }
        }
        s
    }

    /// If a raw or byte string starts here (after prefix `word`), reads it.
    fn raw_string(&mut self, word: &str) -> Option<String> {
        if self.chars.peek() != Some(&'"') {
            return None;
        }
        let hashes = word.chars().filter(|&c| c == '#').count();
        self.bump();
        if word.trim_end_matches('#').ends_with('r') {
            let mut s = String::new();
            while let Some(c) = self.bump() {
                if c == '"' {
                    let mut ahead = self.chars.clone();
                    if (0..hashes).all(|_| ahead.next() == Some('#')) {
                        for _ in 0..hashes {
                            self.bump();
                        }
                        return Some(s);
                    }
                }
                s.push(c);
            }
            Some(s)
        } else {
            Some(self.quoted())
        }
    }

    /// Walks the whole document and fills in the positions of the wanted paths.
    #[expect(
        clippy::too_many_lines,
        reason = "one state machine reads best in one place"
    )]
    fn scan(&mut self, wanted: &mut HashMap<String, Option<Pos>>) {
        let mut stack: Vec<Frame> = Vec::new();
        // The root value.
        let mut value_path = String::new();
        let mut at_value = true;
        let mut record = |path: &str, pos: Pos| {
            if let Some(slot @ None) = wanted.get_mut(path) {
                *slot = Some(pos);
            }
        };
        while let Some(tok) = self.next_token() {
            if at_value {
                at_value = false;
                record(&value_path, tok.pos);
                // `Name(` is a struct or variant: the paren opens the value.
                let opens = match tok.kind {
                    Kind::Open(b) => Some(b),
                    Kind::Word(_) => {
                        if matches!(self.peek_token(), Some(t) if t.kind == Kind::Open(Bracket::Paren))
                        {
                            self.next_token();
                            Some(Bracket::Paren)
                        } else {
                            None
                        }
                    }
                    _ => None,
                };
                if let Some(bracket) = opens {
                    if stack.len() >= MAX_DEPTH {
                        return;
                    }
                    stack.push(Frame {
                        bracket,
                        path: std::mem::take(&mut value_path),
                        index: 0,
                        expect: Expect::Item,
                        value_path: String::new(),
                        has_fields: false,
                    });
                } else if let Some(top) = stack.last_mut() {
                    top.expect = Expect::Separator;
                }
                if stack.is_empty() {
                    return;
                }
                continue;
            }
            let Some(top) = stack.last_mut() else {
                return;
            };
            match tok.kind {
                Kind::Close(_) => {
                    stack.pop();
                    if let Some(parent) = stack.last_mut() {
                        parent.expect = Expect::Separator;
                    } else {
                        return;
                    }
                }
                Kind::Comma => {
                    top.expect = Expect::Item;
                    top.index += 1;
                }
                Kind::Colon => {
                    top.expect = Expect::Value;
                    value_path = std::mem::take(&mut top.value_path);
                    at_value = true;
                }
                _ if top.expect == Expect::Item => {
                    let key_pos = tok.pos;
                    let is_field = top.bracket == Bracket::Paren
                        && matches!(tok.kind, Kind::Word(_))
                        && matches!(self.peek_token(), Some(t) if t.kind == Kind::Colon);
                    let Some(top) = stack.last_mut() else {
                        return;
                    };
                    match (top.bracket, &tok.kind) {
                        (Bracket::Paren, Kind::Word(name)) if is_field => {
                            top.has_fields = true;
                            top.value_path = join_field(&top.path, name);
                            top.expect = Expect::Value;
                        }
                        (Bracket::Curly, Kind::Str(key) | Kind::Word(key)) => {
                            let p = format!("{}[{key:?}]", top.path);
                            record(&p, key_pos);
                            top.value_path = p;
                            top.expect = Expect::Value;
                        }
                        _ => {
                            // A list or tuple element that starts with this token.
                            let p = if top.bracket == Bracket::Paren {
                                // Single-element wrappers are transparent.
                                if top.index == 0 {
                                    top.path.clone()
                                } else {
                                    format!("{}.{}", top.path, top.index)
                                }
                            } else {
                                format!("{}[{}]", top.path, top.index)
                            };
                            value_path = p;
                            at_value = true;
                            // Handle this token again, as the start of the element's value.
                            self.pushback.push(tok);
                        }
                    }
                }
                _ => {}
            }
        }
    }
}

fn join_field(parent: &str, name: &str) -> String {
    if parent.is_empty() {
        name.to_owned()
    } else {
        format!("{parent}.{name}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SRC: &str = r##"// a comment
(
    format_version: 1,
    metadata: (id: "x", title: {"en": "A", "zz": "B"}),
    commitments: [
        (id: "c1", tags: ["a", "b"]),
        Commitment(id: "c2", section: Some("s2"), text: r#"raw "quoted" text"#),
    ],
    /* block /* nested */ comment */
    history: [(subject: Commitment("c1"), pair: (1, 2))],
)
"##;

    fn at(path: &str) -> Option<(usize, usize)> {
        locate(SRC, &[path])[0].map(|p| (p.line, p.col))
    }

    #[test]
    fn finds_fields_items_and_map_keys() {
        assert_eq!(at(""), Some((2, 1)));
        assert_eq!(at("format_version"), Some((3, 21)));
        assert_eq!(at("metadata.id"), Some((4, 20)));
        assert_eq!(at("metadata.title[\"zz\"]"), Some((4, 44)));
        assert_eq!(at("commitments[0].id"), Some((6, 14)));
        assert_eq!(at("commitments[0].tags[1]"), Some((6, 32)));
        assert_eq!(at("commitments[1].id"), Some((7, 24)));
        assert_eq!(at("commitments[1].section"), Some((7, 39)));
        assert_eq!(at("commitments[1].text"), Some((7, 57)));
        assert_eq!(at("history[0].subject"), Some((10, 25)));
        assert_eq!(at("history[0].pair.1"), Some((10, 53)));
    }

    #[test]
    fn falls_back_to_the_nearest_ancestor() {
        assert_eq!(at("commitments[1].missing"), at("commitments[1]"));
        assert_eq!(at("commitments[9].id"), at("commitments"));
    }

    #[test]
    fn reads_format_version_without_parsing() {
        let (v, pos) = top_level_scalar(SRC, "format_version").unwrap();
        assert_eq!(v, "1");
        assert_eq!((pos.line, pos.col), (3, 21));
        assert_eq!(
            top_level_scalar("(x: (format_version: 3))", "format_version"),
            None
        );
    }

    #[test]
    fn survives_deep_nesting_and_garbage() {
        let deep = "[".repeat(100_000);
        assert_eq!(locate(&deep, &["a"])[0].map(|p| p.line), Some(1));
        let garbage = "\u{0}\u{1}))]]}}::,,\"unterminated";
        let _ = locate(garbage, &["x.y[3]"]);
        assert!(top_level_scalar(garbage, "format_version").is_none());
    }
}
