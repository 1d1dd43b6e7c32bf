fn main() {
    biip_timeline::mount();
}
