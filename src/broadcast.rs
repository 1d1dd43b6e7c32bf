//! Long-lived values as short-lived readers read them: the rows of a keyed list, which come
//! and go with every search, and the pages, which come and go with every navigation.
//!
//! In Leptos 0.8 (reactive_graph 0.2) a signal, memo or trigger keeps an entry for every
//! reader that has read it until that reader runs again. A reader that has gone never runs
//! again, so its entry, and the reader's memory with it, stayed for as long as the value:
//! about 3.5 KB for every search that replaced the list, and 1 KB for every page visited
//! (issue 15; reactive_graph 0.3 prunes such entries). So short-lived readers do not read the
//! value itself. They track a trigger that is replaced at every change of the value: the old
//! trigger wakes the readers still alive, which then track the new one, and it goes, with
//! every entry it held.

use leptos::prelude::*;
use leptos::reactive::signal::ArcTrigger;

/// A memo as short-lived readers read it: [`Broadcast::with`] follows its changes without
/// keeping the reader's memory once the reader has gone.
pub struct Broadcast<T: Send + Sync + 'static> {
    value: Memo<T>,
    readers: StoredValue<ArcTrigger>,
}

impl<T: Send + Sync + 'static> Clone for Broadcast<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for Broadcast<T> {}

impl<T: PartialEq + Send + Sync + 'static> Broadcast<T> {
    /// Follows `value` for as long as the current owner (the page, or the layout) lives.
    pub fn new(value: Memo<T>) -> Self {
        let readers = StoredValue::new(ArcTrigger::new());
        // The one lasting reader of `value`: it runs again at every change, so its entry never
        // piles up. Its first run, once the page is live, wakes the readers too, so none misses
        // a change made before it.
        Effect::new(move |_| {
            value.track();
            let woken = readers.try_update_value(std::mem::take);
            if let Some(woken) = woken {
                woken.notify();
            }
        });
        Self { value, readers }
    }
}

impl<T: Send + Sync + 'static> Broadcast<T> {
    /// Reads the value, and subscribes the reader to its next change.
    pub fn with<U>(&self, read: impl FnOnce(&T) -> U) -> U {
        self.readers.try_with_value(|readers| readers.track());
        self.value.with_untracked(read)
    }
}
