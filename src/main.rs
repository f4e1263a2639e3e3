//! Mounts the app; nothing else.

fn main() {
    leptos::mount::mount_to_body(me_and_we::App);
}
