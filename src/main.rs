//! Entry point of the wasm app: it only starts the app, which lives in the library so the
//! build step can render the same views.

fn main() {
    #[cfg(feature = "hydrate")]
    biip_timeline::start();
}
