//! The sources' articles, which only a source's page shows. The build step compiles them all
//! in and writes each one beside its page (`article.bin`, postcard); the app leaves them out
//! of the wasm and fetches the one a page needs: before taking over a source's page, so the
//! page it adopts and the one it would draw are the same, or when the reader moves to one.
//! Each article is decoded once and kept for the life of the page.

use biip_core::source_text::SourceText;

/// Every article, compiled in for the build step.
#[cfg(feature = "ssr")]
static ARTICLES_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/articles.bin"));

#[cfg(feature = "ssr")]
static ARTICLES: std::sync::OnceLock<Vec<SourceText>> = std::sync::OnceLock::new();

/// The article of source `file`, when it is at hand: always at build time; in the app once
/// fetched.
#[cfg(feature = "ssr")]
pub fn article(file: &str) -> Option<&'static SourceText> {
    ARTICLES
        .get_or_init(|| postcard::from_bytes(ARTICLES_BYTES).unwrap_or_default())
        .iter()
        .find(|text| text.file == file)
}

/// The article of source `file` as the build step writes it beside the source's page.
#[cfg(feature = "ssr")]
pub fn article_bytes(file: &str) -> Option<Vec<u8>> {
    article(file).and_then(|text| postcard::to_allocvec(text).ok())
}

#[cfg(not(feature = "ssr"))]
thread_local! {
    static FETCHED: std::cell::RefCell<Vec<&'static SourceText>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

#[cfg(not(feature = "ssr"))]
pub fn article(file: &str) -> Option<&'static SourceText> {
    FETCHED.with(|fetched| {
        fetched
            .borrow()
            .iter()
            .copied()
            .find(|text| text.file == file)
    })
}

/// Fetches and decodes source `file`'s article (the service worker answers offline), or says
/// why it could not.
#[cfg(not(feature = "ssr"))]
pub async fn fetch(file: &str) -> Result<&'static SourceText, String> {
    if let Some(text) = article(file) {
        return Ok(text);
    }
    let url = crate::site_base::href(&biip_core::site::article_data_path(file));
    let bytes = fetch_bytes(&url)
        .await
        .map_err(|problem| format!("The text of this source could not be loaded ({problem})."))?;
    let text: SourceText = postcard::from_bytes(&bytes).map_err(|error| {
        format!("The text of this source could not be read ({error}): reload the page.")
    })?;
    let text: &'static SourceText = Box::leak(Box::new(text));
    FETCHED.with(|fetched| fetched.borrow_mut().push(text));
    Ok(text)
}

#[cfg(not(feature = "ssr"))]
async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    fn failed(what: &'static str) -> impl Fn(wasm_bindgen::JsValue) -> String {
        move |_| what.to_string()
    }
    let response = JsFuture::from(leptos::prelude::window().fetch_with_str(url))
        .await
        .map_err(failed("no connection"))?;
    let response: web_sys::Response = response.dyn_into().map_err(failed("no response"))?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let buffer = response.array_buffer().map_err(failed("no body"))?;
    let buffer = JsFuture::from(buffer)
        .await
        .map_err(failed("the body broke off"))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
