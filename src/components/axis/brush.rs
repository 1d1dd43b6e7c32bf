//! How a reader sets dates on the axis: dragging across it with a mouse or a finger, stepping
//! the range's ends or the whole range with the keyboard, and zooming to a year with buttons
//! or a pinch. Dates go to the URL exactly as the From and To fields write them.

use crate::url_filter::{History, UrlFilter};
use biip_core::axis::Axis;
use biip_core::axis_range::{Moving, Step};
use biip_core::date::PartialDate;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// How far, in CSS pixels, a press must move to be a drag rather than a click.
const DRAG_THRESHOLD: f64 = 4.0;
/// How far two fingers must spread (or close) to zoom in (or out).
const PINCH_IN: f64 = 1.5;
const PINCH_OUT: f64 = 0.67;

/// A press on the axis: where it started (a fraction of the axis, and in CSS pixels) and
/// whether it has moved far enough to be a drag.
#[derive(Clone, Copy)]
struct Press {
    at: f32,
    x: f64,
    moving: bool,
}

/// Two fingers on the axis: their pointers, where each is, and how far apart they started.
#[derive(Clone, Default)]
struct Fingers {
    down: Vec<(i32, f64)>,
    start_gap: Option<f64>,
}

impl Fingers {
    fn gap(&self) -> Option<f64> {
        match self.down.as_slice() {
            [(_, a), (_, b)] => Some((a - b).abs().max(1.0)),
            _ => None,
        }
    }

    fn middle(&self) -> Option<f64> {
        match self.down.as_slice() {
            [(_, a), (_, b)] => Some((a + b) / 2.0),
            _ => None,
        }
    }
}

#[derive(Clone, Copy)]
pub struct Brush {
    axis: Axis,
    filter: UrlFilter,
    /// The year the axis is zoomed to, if any.
    pub zoom: RwSignal<Option<u16>>,
    press: StoredValue<Option<Press>>,
    fingers: StoredValue<Fingers>,
    /// Set when a drag ends on a mark, so the click that follows does not open it.
    swallow_click: StoredValue<bool>,
    /// Whether a key has moved the range since the control took focus: the first step is a
    /// history entry of its own, the rest replace it.
    keyed: StoredValue<bool>,
}

impl Brush {
    pub fn new(axis: Axis, filter: UrlFilter) -> Self {
        Brush {
            axis,
            filter,
            zoom: RwSignal::new(None),
            press: StoredValue::new(None),
            fingers: StoredValue::new(Fingers::default()),
            swallow_click: StoredValue::new(false),
            keyed: StoredValue::new(false),
        }
    }

    pub fn axis(&self) -> Axis {
        self.axis
    }

    /// Whether From or To is set.
    pub fn has_range(&self) -> bool {
        self.filter
            .state
            .with(|s| s.from.is_some() || s.to.is_some())
    }

    /// The part of the axis on screen, as fractions of the whole.
    pub fn window(&self) -> (f32, f32) {
        self.zoom
            .get()
            .map_or((0.0, 1.0), |year| self.axis.year_window(year))
    }

    /// The fraction of the whole axis under a pointer at `client_x`.
    fn at(&self, event: &leptos::ev::PointerEvent, client_x: f64) -> Option<f32> {
        let element = current_element(event)?;
        let bounds = element.get_bounding_client_rect();
        if bounds.width() <= 0.0 {
            return None;
        }
        let on_screen = ((client_x - bounds.left()) / bounds.width()) as f32;
        let (start, end) = self
            .zoom
            .with_untracked(|zoom| zoom.map_or((0.0, 1.0), |year| self.axis.year_window(year)));
        Some(start + on_screen.clamp(0.0, 1.0) * (end - start))
    }

    pub fn down(&self, event: leptos::ev::PointerEvent) {
        if event.pointer_type() == "touch" {
            let second = self.fingers.try_update_value(|fingers| {
                fingers
                    .down
                    .push((event.pointer_id(), event.client_x() as f64));
                fingers.start_gap = fingers.gap();
                fingers.start_gap.is_some()
            });
            if second == Some(true) {
                // Two fingers pinch; they do not drag.
                self.press.set_value(None);
                return;
            }
        }
        if event.button() != 0 {
            return;
        }
        let x = event.client_x() as f64;
        let Some(at) = self.at(&event, x) else { return };
        self.press.set_value(Some(Press {
            at,
            x,
            moving: false,
        }));
        self.swallow_click.set_value(false);
    }

    pub fn moved(&self, event: leptos::ev::PointerEvent) {
        let x = event.client_x() as f64;
        if event.pointer_type() == "touch" && self.pinched(&event, x) {
            return;
        }
        let Some(press) = self.press.get_value() else {
            return;
        };
        let moving = press.moving || (x - press.x).abs() >= DRAG_THRESHOLD;
        if !moving {
            return;
        }
        if !press.moving {
            if let Some(element) = current_element(&event) {
                let _ = element.set_pointer_capture(event.pointer_id());
            }
        }
        event.prevent_default();
        self.press.set_value(Some(Press {
            moving: true,
            ..press
        }));
        let Some(at) = self.at(&event, x) else { return };
        // The first step of a drag is a new history entry; the rest replace it.
        let history = if press.moving {
            History::Replace
        } else {
            History::Push
        };
        let day = |at: f32| {
            let day = self.axis.day_at(at);
            PartialDate::day(day.year(), day.month(), day.day())
        };
        let (from, to) = (day(press.at.min(at)), day(press.at.max(at)));
        self.filter.update(history, move |state| {
            state.from = Some(from);
            state.to = Some(to);
        });
    }

    /// Follows a finger of a pinch; true when two fingers are down. Spreading them zooms to
    /// the year between them, closing them zooms back out, once per pinch.
    fn pinched(&self, event: &leptos::ev::PointerEvent, x: f64) -> bool {
        let id = event.pointer_id();
        let Some((gap, start_gap, middle)) = self
            .fingers
            .try_update_value(|fingers| {
                if let Some(finger) = fingers.down.iter_mut().find(|(i, _)| *i == id) {
                    finger.1 = x;
                }
                Some((fingers.gap()?, fingers.start_gap, fingers.middle()?))
            })
            .flatten()
        else {
            return false;
        };
        event.prevent_default();
        let Some(start_gap) = start_gap else {
            return true;
        };
        let ratio = gap / start_gap;
        if ratio >= PINCH_IN && self.zoom.get_untracked().is_none() {
            if let Some(at) = self.at(event, middle) {
                self.zoom.set(Some(self.axis.day_at(at).year()));
            }
        } else if ratio <= PINCH_OUT && self.zoom.get_untracked().is_some() {
            self.zoom.set(None);
        } else {
            return true;
        }
        // One zoom per pinch.
        self.fingers
            .update_value(|fingers| fingers.start_gap = None);
        true
    }

    pub fn up(&self, event: leptos::ev::PointerEvent) {
        let id = event.pointer_id();
        self.fingers.update_value(|fingers| {
            fingers.down.retain(|(i, _)| *i != id);
            fingers.start_gap = None;
        });
        if let Some(press) = self.press.get_value() {
            self.swallow_click.set_value(press.moving);
        }
        self.press.set_value(None);
        if let Some(element) = current_element(&event) {
            let _ = element.release_pointer_capture(id);
        }
    }

    pub fn click(&self, event: leptos::ev::MouseEvent) {
        if self.swallow_click.get_value() {
            self.swallow_click.set_value(false);
            event.prevent_default();
            event.stop_propagation();
        }
    }

    /// A key on one of the range's controls.
    pub fn key(&self, event: leptos::ev::KeyboardEvent, moving: Moving) {
        let Some(step) = Step::of_key(&event.key()) else {
            return;
        };
        event.prevent_default();
        let (from, to) = self.filter.state.with_untracked(|s| (s.from, s.to));
        let (from, to) = self.axis.step_range(from, to, moving, step);
        let history = if self.keyed.get_value() {
            History::Replace
        } else {
            History::Push
        };
        self.keyed.set_value(true);
        self.filter.update(history, move |state| {
            state.from = Some(from);
            state.to = Some(to);
        });
    }

    /// A range control took focus: its first step is a new history entry.
    pub fn focused(&self) {
        self.keyed.set_value(false);
    }

    pub fn clear(&self) {
        self.filter.update(History::Push, |state| {
            state.from = None;
            state.to = None;
        });
    }
}

fn current_element(event: &leptos::ev::PointerEvent) -> Option<web_sys::Element> {
    event.current_target()?.dyn_into::<web_sys::Element>().ok()
}
