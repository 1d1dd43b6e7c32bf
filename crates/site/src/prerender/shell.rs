//! The page Trunk built (`index.html`, with hashed asset links and the `<base>`), used as the
//! shell of every static page: we swap in each page's head tags and its rendered body.

/// Trunk's `index.html`, checked once to have the places pages are written into.
pub struct Shell {
    html: String,
}

/// What a page puts into the shell.
pub struct PageParts<'a> {
    pub title: &'a str,
    pub description: &'a str,
    /// Extra tags for `<head>`: canonical, Open Graph, JSON-LD.
    pub head: &'a str,
    /// The page rendered from the app's views, readable without JavaScript; the app takes it
    /// over on start. It goes first in `<body>`, where the app looks for it.
    pub body: &'a str,
}

const TITLE_OPEN: &str = "<title>";
const TITLE_CLOSE: &str = "</title>";
const DESCRIPTION_OPEN: &str = "<meta name=\"description\" content=\"";
const HEAD_CLOSE: &str = "</head>";
const BODY_OPEN: &str = "<body";

impl Shell {
    pub fn new(html: String) -> Result<Shell, String> {
        for marker in [
            TITLE_OPEN,
            TITLE_CLOSE,
            DESCRIPTION_OPEN,
            HEAD_CLOSE,
            BODY_OPEN,
        ] {
            if !html.contains(marker) {
                return Err(format!(
                    "index.html has no `{marker}`: the pre-renderer needs a <title>, a <meta name=\"description\" content=\"…\"> and a <body>"
                ));
            }
        }
        Ok(Shell { html })
    }

    pub fn render(&self, page: &PageParts<'_>) -> String {
        let mut html = self.html.clone();
        replace_between(&mut html, TITLE_OPEN, TITLE_CLOSE, &escape_text(page.title));
        replace_between(
            &mut html,
            DESCRIPTION_OPEN,
            "\"",
            &escape_text(page.description),
        );
        if let Some(at) = html.find(HEAD_CLOSE) {
            html.insert_str(at, page.head);
        }
        if let Some(body_start) = html.find(BODY_OPEN) {
            if let Some(tag_end) = html[body_start..].find('>') {
                html.insert_str(body_start + tag_end + 1, page.body);
            }
        }
        html
    }
}

fn replace_between(html: &mut String, open: &str, close: &str, with: &str) {
    if let Some(start) = html.find(open).map(|i| i + open.len()) {
        if let Some(len) = html[start..].find(close) {
            html.replace_range(start..start + len, with);
        }
    }
}

/// Escapes text for an HTML text node or a double-quoted attribute.
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK_OUTPUT: &str = "<!DOCTYPE html><html><head><title>Timeline</title>\
        <meta name=\"description\" content=\"All events\"></head><body class=\"x\"><script></script></body></html>";

    #[test]
    fn page_parts_land_in_their_places_escaped() {
        let shell = Shell::new(TRUNK_OUTPUT.to_string()).unwrap();
        let html = shell.render(&PageParts {
            title: "Panel \"steps\" <aside>",
            description: "A & B",
            head: "<link rel=\"canonical\" href=\"x\">",
            body: "<div class=\"app\">hi</div>",
        });
        assert!(html.contains("<title>Panel &quot;steps&quot; &lt;aside&gt;</title>"));
        assert!(html.contains("content=\"A &amp; B\""));
        assert!(html.contains("<link rel=\"canonical\" href=\"x\"></head>"));
        assert!(html.contains("<body class=\"x\"><div class=\"app\">hi</div><script>"));
    }

    #[test]
    fn a_shell_without_a_title_is_refused_with_a_reason() {
        let error = Shell::new("<html><body></body></html>".to_string())
            .err()
            .unwrap();
        assert!(error.contains("<title>"), "{error}");
    }
}
