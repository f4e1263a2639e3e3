//! Mounts the app; nothing else.

fn main() {
    me_and_we::start();
}
