//! Plain DOM for most of the page (an event's sources and people, the event cards, facets,
//! chips, notices…), built with a handful of non-generic calls instead of the `view!` macro,
//! whose generic rendering code costs far more wasm per element. A part that changes follows
//! the signals it reads through [`bind`], in place; clicks reach one listener per part
//! ([`view_with_button_clicks`]). Text is only ever set as text nodes and attributes, never
//! parsed as markup.

use leptos::__reexports::send_wrapper::SendWrapper;
use leptos::prelude::{document, on_cleanup, AnyView, IntoAny, RenderEffect};
use leptos::tachys::html::attribute::Attribute;
use leptos::tachys::hydration::Cursor;
use leptos::tachys::view::add_attr::AddAnyAttr;
use leptos::tachys::view::{Mountable, Position, PositionState, Render, RenderHtml};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, Node};

/// An element under construction.
pub struct El(Element);

/// Starts an element, e.g. `el("li")`.
pub fn el(tag: &str) -> El {
    El(document()
        .create_element(tag)
        .expect("a constant, valid tag name"))
}

impl El {
    /// Sets an attribute (its value is never interpreted as markup).
    pub fn attr(self, name: &str, value: &str) -> El {
        let _ = self.0.set_attribute(name, value);
        self
    }

    pub fn class(self, value: &str) -> El {
        self.attr("class", value)
    }

    /// Appends a text node.
    pub fn text(self, text: &str) -> El {
        let _ = self.0.append_with_str_1(text);
        self
    }

    pub fn child(self, child: El) -> El {
        let _ = self.0.append_with_node_1(&child.0);
        self
    }

    pub fn maybe(self, child: Option<El>) -> El {
        match child {
            Some(child) => self.child(child),
            None => self,
        }
    }

    /// The element itself, for parts that are updated after they are built.
    pub fn node(&self) -> Element {
        self.0.clone()
    }

    pub fn children(mut self, children: Vec<El>) -> El {
        for child in children {
            self = self.child(child);
        }
        self
    }
}

impl From<Element> for El {
    fn from(element: Element) -> El {
        El(element)
    }
}

/// Runs `update` now, and again whenever a signal it reads changes, for as long as the
/// current owner (the view being built) lives: how a plain-DOM part follows the filters.
pub fn bind(mut update: impl FnMut() + 'static) {
    let effect = RenderEffect::new(move |_| update());
    on_cleanup(move || drop(effect));
}

/// `part` as a view, with one click listener for all of its buttons: `on_click` gets the
/// button a click lands in, for as long as the view lives.
pub fn view_with_button_clicks(part: El, on_click: impl Fn(Element) + 'static) -> AnyView {
    let listener = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
        let button = event
            .target()
            .and_then(|target| target.dyn_into::<Element>().ok())
            .and_then(|target| target.closest("button").ok().flatten());
        if let Some(button) = button {
            on_click(button);
        }
    });
    let _ = part
        .0
        .add_event_listener_with_callback("click", listener.as_ref().unchecked_ref());
    let listener = SendWrapper::new(listener);
    on_cleanup(move || drop(listener));
    let part = SendWrapper::new(part);
    static_view(move || Some(part.take()))
}

/// A Leptos view of the element `build` returns when the view is rendered, or of nothing.
pub fn static_view(build: impl FnOnce() -> Option<El> + Send + 'static) -> AnyView {
    Static(Box::new(build)).into_any()
}

struct Static(Box<dyn FnOnce() -> Option<El> + Send>);

/// The element on screen, or an empty text node holding the place of nothing.
pub struct StaticState(Node);

impl Render for Static {
    type State = StaticState;

    fn build(self) -> StaticState {
        StaticState(match (self.0)() {
            Some(El(element)) => element.into(),
            None => document().create_text_node("").into(),
        })
    }

    fn rebuild(self, state: &mut StaticState) {
        let mut new = self.build();
        state.insert_before_this(&mut new);
        state.unmount();
        *state = new;
    }
}

impl Mountable for StaticState {
    fn unmount(&mut self) {
        if let Some(parent) = self.0.parent_node() {
            let _ = parent.remove_child(&self.0);
        }
    }

    fn mount(&mut self, parent: &Element, marker: Option<&Node>) {
        let _ = parent.insert_before(&self.0, marker);
    }

    fn insert_before_this(&self, child: &mut dyn Mountable) -> bool {
        match self.0.parent_element() {
            Some(parent) => {
                child.mount(&parent, Some(&self.0));
                true
            }
            None => false,
        }
    }

    fn elements(&self) -> Vec<Element> {
        self.0.dyn_ref::<Element>().cloned().into_iter().collect()
    }
}

impl AddAnyAttr for Static {
    type Output<SomeNewAttr: Attribute> = Static;

    fn add_any_attr<NewAttr: Attribute>(self, _attr: NewAttr) -> Static {
        self
    }
}

impl RenderHtml for Static {
    type AsyncOutput = Static;
    type Owned = Static;

    const MIN_LENGTH: usize = 0;

    fn dry_resolve(&mut self) {}

    async fn resolve(self) -> Static {
        self
    }

    fn to_html_with_buf(
        self,
        _buf: &mut String,
        _position: &mut Position,
        _escape: bool,
        _mark_branches: bool,
        _extra_attrs: Vec<leptos::attr::any_attribute::AnyAttribute>,
    ) {
        // Client-side rendering only: there is no server HTML to write.
    }

    fn hydrate<const FROM_SERVER: bool>(
        self,
        _cursor: &Cursor,
        _position: &PositionState,
    ) -> StaticState {
        self.build()
    }

    fn into_owned(self) -> Static {
        self
    }
}
