//! Entry point of the wasm app: it only mounts the app, which lives in the library so tests
//! and the build step can reach it.

fn main() {
    biip_timeline::mount();
}
