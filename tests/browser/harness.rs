//! A real browser for end-to-end tests: dist/ served from a loopback static server under
//! a sub-path, and headless Chromium (chromedriver), Firefox (geckodriver) or WebKitGTK
//! (WebKitWebDriver) driven through fantoccini.
//! A missing browser or build is a failure with a message that says how to fix it.
// Each test crate uses a different part of the harness.
#![allow(dead_code)]

use fantoccini::{Client, ClientBuilder, Locator};
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The app is served here, not at the root, to prove relative URLs work.
pub const SUB_PATH: &str = "/some/where/";
/// A page that holds the app in a frame 320 px wide ([`Browser::open_at_320`]).
pub const PHONE_320: &str = "/phone-320.html";

fn dist_dir() -> PathBuf {
    let dist = Path::new(env!("CARGO_MANIFEST_DIR")).join("dist");
    assert!(
        dist.join("index.html").is_file(),
        "dist/index.html is missing: build the release site first with `bash .ci/test` \
         (or `trunk build --release`)"
    );
    dist
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css",
        Some("svg") => "image/svg+xml",
        Some("json" | "webmanifest") => "application/manifest+json",
        _ => "application/octet-stream",
    }
}

/// A tiny static file server on 127.0.0.1 that records every path asked of it.
pub struct StaticServer {
    pub origin: String,
    pub requests: Arc<Mutex<Vec<String>>>,
    /// While set, the WebAssembly is not served: the page stays as the static HTML.
    pub hold_wasm: Arc<std::sync::atomic::AtomicBool>,
    /// While set, a request for the WebAssembly waits, then is answered once cleared: a
    /// slow first visit, where the static page is up long before the app.
    pub delay_wasm: Arc<std::sync::atomic::AtomicBool>,
    /// While set, every request is read, logged and left unanswered: the network is down.
    pub offline: Arc<std::sync::atomic::AtomicBool>,
    /// While set, every request gets the same small HTML page, as behind a Wi-Fi sign-in.
    pub portal: Arc<std::sync::atomic::AtomicBool>,
    /// While set, every request is read, then left waiting a minute: a network that is up
    /// but delivers nothing.
    pub stall: Arc<std::sync::atomic::AtomicBool>,
    /// While set, a language's file (locales/) is not found.
    pub lose_locales: Arc<std::sync::atomic::AtomicBool>,
    /// While set, a language's file arrives cut in half, as from a broken download.
    pub damage_locales: Arc<std::sync::atomic::AtomicBool>,
}

impl StaticServer {
    pub fn start() -> Self {
        let dist = dist_dir();
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
        let origin = format!("http://{}", listener.local_addr().unwrap());
        let requests = Arc::new(Mutex::new(Vec::new()));
        let log = requests.clone();
        let hold_wasm = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let delay_wasm = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let offline = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let portal = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let stall = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let lose_locales = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let damage_locales = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let network = Network {
            hold_wasm: hold_wasm.clone(),
            delay_wasm: delay_wasm.clone(),
            offline: offline.clone(),
            portal: portal.clone(),
            stall: stall.clone(),
            lose_locales: lose_locales.clone(),
            damage_locales: damage_locales.clone(),
        };
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let dist = dist.clone();
                let log = log.clone();
                let network = network.clone();
                std::thread::spawn(move || serve(stream, &dist, &log, &network));
            }
        });
        StaticServer {
            origin,
            requests,
            hold_wasm,
            delay_wasm,
            offline,
            portal,
            stall,
            lose_locales,
            damage_locales,
        }
    }

    pub fn url(&self) -> String {
        format!("{}{}", self.origin, SUB_PATH)
    }
}

/// The switches a test flips to change what the network does.
#[derive(Clone)]
struct Network {
    hold_wasm: Arc<std::sync::atomic::AtomicBool>,
    delay_wasm: Arc<std::sync::atomic::AtomicBool>,
    offline: Arc<std::sync::atomic::AtomicBool>,
    portal: Arc<std::sync::atomic::AtomicBool>,
    stall: Arc<std::sync::atomic::AtomicBool>,
    lose_locales: Arc<std::sync::atomic::AtomicBool>,
    damage_locales: Arc<std::sync::atomic::AtomicBool>,
}

fn serve(mut stream: TcpStream, dist: &Path, log: &Mutex<Vec<String>>, network: &Network) {
    let on =
        |switch: &std::sync::atomic::AtomicBool| switch.load(std::sync::atomic::Ordering::SeqCst);
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    loop {
        let mut request_line = String::new();
        if reader.read_line(&mut request_line).unwrap_or(0) == 0 {
            return;
        }
        // Skip headers: requests here have no body we care about.
        loop {
            let mut line = String::new();
            if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                break;
            }
        }
        let target = request_line
            .split_whitespace()
            .nth(1)
            .unwrap_or("/")
            .to_owned();
        log.lock().unwrap().push(target.clone());
        if on(&network.offline) {
            // Closing without a word is what a dropped network looks like to the browser.
            return;
        }
        if on(&network.stall) {
            std::thread::sleep(Duration::from_secs(60));
            return;
        }
        let path = target.split(['?', '#']).next().unwrap_or("/");
        let file = path.strip_prefix(SUB_PATH).map(|rest| {
            let rest = if rest.is_empty() { "index.html" } else { rest };
            dist.join(rest)
        });
        if on(&network.portal) {
            let body = "<!doctype html><title>Sign in</title><p>Sign in to use this Wi-Fi.</p>";
            let reply = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {}\r\n\r\n{body}",
                body.len()
            );
            if stream.write_all(reply.as_bytes()).is_err() {
                return;
            }
            continue;
        }
        if path.ends_with(".wasm") {
            // Bounded, so a test that forgets to clear it cannot hang the suite.
            let until = std::time::Instant::now() + Duration::from_secs(60);
            while on(&network.delay_wasm) && std::time::Instant::now() < until {
                std::thread::sleep(Duration::from_millis(20));
            }
        }
        let held = (on(&network.hold_wasm) && path.ends_with(".wasm"))
            || (on(&network.lose_locales) && path.contains("/locales/"));
        let file = file.filter(|_| !held);
        if path == PHONE_320 {
            // A 320 px phone in any engine: the app in a frame that wide (Firefox's and
            // WebKitGTK's windows do not get narrower than about 450 px under their drivers).
            let body = format!(
                r#"<!DOCTYPE html><title>320 px</title><style>body{{margin:0}}iframe{{border:0;width:320px;height:640px}}</style><iframe src="{SUB_PATH}"></iframe>"#
            );
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\nCache-Control: no-store\r\n\r\n",
                body.len()
            );
            if stream.write_all(head.as_bytes()).is_err()
                || stream.write_all(body.as_bytes()).is_err()
            {
                return;
            }
            continue;
        }
        let response = match file.filter(|f| !f.components().any(|c| c.as_os_str() == "..")) {
            Some(f) if f.is_file() => {
                let mut body = std::fs::read(&f).unwrap();
                if on(&network.damage_locales) && path.contains("/locales/") {
                    body.truncate(body.len() / 2);
                }
                let mut head = format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-store\r\n\r\n",
                    content_type(&f),
                    body.len()
                )
                .into_bytes();
                head.extend(body);
                head
            }
            _ => b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n".to_vec(),
        };
        if stream.write_all(&response).is_err() {
            return;
        }
    }
}

/// The browser engines the journeys run in. Every browser on an iPhone is WebKit; the
/// WebKit here is WebKitGTK's MiniBrowser, which is not iOS Safari (no storage eviction,
/// no separate home-screen storage).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    Chromium,
    Firefox,
    WebKit,
}

impl Engine {
    pub fn name(self) -> &'static str {
        match self {
            Engine::Chromium => "Chromium",
            Engine::Firefox => "Firefox",
            Engine::WebKit => "WebKit",
        }
    }

    /// The WebDriver server for this engine, from the environment, then the usual places.
    fn driver_binary(self) -> PathBuf {
        let (var, names, fix): (&str, &[&str], &str) = match self {
            Engine::Chromium => (
                "CHROMEDRIVER",
                &["chromedriver"],
                "apt-get install -y chromium-driver",
            ),
            Engine::Firefox => (
                "GECKODRIVER",
                &["geckodriver"],
                "cargo install geckodriver --version 0.37.1",
            ),
            Engine::WebKit => (
                "WEBKIT_DRIVER",
                &["WebKitWebDriver"],
                "apt-get install -y webkit2gtk-driver xvfb",
            ),
        };
        std::env::var_os(var)
            .map(PathBuf::from)
            .or_else(|| find(names))
            .or_else(|| {
                let home = PathBuf::from(std::env::var("HOME").unwrap_or_default());
                Some(home.join(".cargo/bin").join(names[0])).filter(|p| p.is_file())
            })
            .unwrap_or_else(|| {
                panic!(
                    "{} for {} is missing: run `bash .ci/tools.sh` (or `{fix}`)",
                    names[0],
                    self.name()
                )
            })
    }

    /// The browser itself, which the capabilities name.
    fn browser_binary(self) -> PathBuf {
        let found = match self {
            Engine::Chromium => std::env::var_os("CHROME_PATH")
                .map(PathBuf::from)
                .or_else(|| find(&["chromium", "chromium-browser", "google-chrome"])),
            Engine::Firefox => std::env::var_os("FIREFOX_PATH")
                .map(PathBuf::from)
                .or_else(|| find(&["firefox-esr", "firefox"])),
            Engine::WebKit => std::env::var_os("MINIBROWSER_PATH")
                .map(PathBuf::from)
                .or_else(|| {
                    ["x86_64-linux-gnu", "aarch64-linux-gnu"]
                        .iter()
                        .map(|arch| {
                            PathBuf::from(format!("/usr/lib/{arch}/webkit2gtk-4.1/MiniBrowser"))
                        })
                        .find(|p| p.is_file())
                }),
        };
        found.unwrap_or_else(|| {
            panic!(
                "{} is missing: run `bash .ci/tools.sh` (or `apt-get install -y {}`)",
                self.name(),
                match self {
                    Engine::Chromium => "chromium chromium-driver",
                    Engine::Firefox => "firefox-esr",
                    Engine::WebKit => "webkit2gtk-driver xvfb",
                }
            )
        })
    }

    /// The capabilities that start this engine headless (WebKit: on its own X display)
    /// with its own fresh profile.
    fn capabilities(self, profile: &Path, prefs: serde_json::Value) -> serde_json::Value {
        let binary = self.browser_binary();
        match self {
            Engine::Chromium => serde_json::json!({
                "goog:chromeOptions": {
                    "binary": binary,
                    "prefs": prefs,
                    "args": [
                        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--window-size=1000,900",
                        format!("--user-data-dir={}", profile.display()),
                    ]
                }
            }),
            Engine::Firefox => serde_json::json!({
                "browserName": "firefox",
                "moz:firefoxOptions": {
                    "binary": binary,
                    "args": ["-headless", "-profile", profile, "-width", "1000", "-height", "900"],
                    "prefs": prefs,
                }
            }),
            Engine::WebKit => serde_json::json!({
                "browserName": "MiniBrowser",
                "webkitgtk:browserOptions": {
                    "binary": binary,
                    "args": ["--automation"],
                }
            }),
        }
    }
}

/// A WebDriver server (and, for WebKit, the X display it draws on), ended when dropped:
/// also on a failed start, before any `Browser` exists to end it. Each runs in its own
/// process group, so ending the group ends every browser process it started.
struct Driver {
    server: Child,
    display: Option<Child>,
}

impl Driver {
    fn start(engine: Engine, port: u16) -> Driver {
        let mut command = Command::new(engine.driver_binary());
        match engine {
            Engine::Chromium => command.arg(format!("--port={port}")),
            Engine::Firefox => command.args(["--port", &port.to_string(), "--log", "fatal"]),
            Engine::WebKit => command.arg(format!("--port={port}")),
        };
        // WebKitGTK's driver takes no browser language; MiniBrowser follows the system's
        // locale (.ci/tools.sh generates es_MX.UTF-8).
        if engine == Engine::WebKit && spanish() {
            command
                .env("LANGUAGE", "es_MX:es")
                .env("LC_ALL", "es_MX.UTF-8");
        }
        // MiniBrowser needs a display even under automation; `--headless` made it hang.
        let display = (engine == Engine::WebKit).then(|| {
            let mut xvfb = std::os::unix::process::CommandExt::process_group(
                Command::new("Xvfb")
                    .args(["-displayfd", "1", "-nolisten", "tcp", "-screen", "0", "1280x1024x24"])
                    .stdout(Stdio::piped())
                    .stderr(Stdio::null()),
                0,
            )
            .spawn()
            .unwrap_or_else(|e| {
                panic!("Xvfb did not start ({e}): run `bash .ci/tools.sh` (or `apt-get install -y xvfb`)")
            });
            let mut number = String::new();
            let stdout = xvfb.stdout.take().expect("Xvfb's display number");
            let _ = BufReader::new(stdout).read_line(&mut number);
            command.env("DISPLAY", format!(":{}", number.trim()));
            xvfb
        });
        let server = std::os::unix::process::CommandExt::process_group(
            command.stdout(Stdio::null()).stderr(Stdio::null()),
            0,
        )
        .spawn()
        .unwrap_or_else(|e| panic!("start the {} WebDriver server: {e}", engine.name()));
        Driver { server, display }
    }

    /// Whether it accepts connections on `port` within 20 seconds (and is still running).
    async fn listening(&mut self, port: u16) -> bool {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return true;
            }
            if matches!(self.server.try_wait(), Ok(Some(_))) {
                return false;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        false
    }

    fn end(&mut self) {
        for child in std::iter::once(&mut self.server).chain(self.display.as_mut()) {
            // The whole group: the driver and every browser process it started.
            let _ = Command::new("kill")
                .args(["-KILL", "--", &format!("-{}", child.id())])
                .stderr(Stdio::null())
                .status();
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        self.end();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn find(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| names.iter().map(move |n| dir.join(n)))
        .find(|p| p.is_file())
}

/// A headless browser session with its own WebDriver server, ended on drop.
pub struct Browser {
    pub client: Client,
    pub server: StaticServer,
    pub engine: Engine,
    driver: Driver,
    driver_port: u16,
    _profile: PathBuf,
    /// Working inside the 320 px frame ([`Browser::open_at_320`]).
    framed: std::sync::atomic::AtomicBool,
}

/// Ends every browser process that carries this profile path. Ending the driver's
/// process group catches the rest; a pile of leftover browsers slows a two-core machine
/// to a halt.
fn end_browser(profile: &Path) {
    let _ = Command::new("pkill")
        .args(["-KILL", "-f", "--", &profile.display().to_string()])
        .status();
}

impl Drop for Browser {
    fn drop(&mut self) {
        self.driver.end();
        end_browser(&self._profile);
        let _ = std::fs::remove_dir_all(&self._profile);
    }
}

/// Set once by a test binary whose journeys run in Spanish (tests/spanish.rs): its browsers
/// start with Spanish (Mexico) as their language, and the page object speaks Spanish.
pub static SPANISH: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

pub fn spanish() -> bool {
    SPANISH.load(std::sync::atomic::Ordering::SeqCst)
}

/// No browser test may hang a run: past this, its browser is ended and the test fails.
const BROWSER_LIFETIME: Duration = Duration::from_secs(240);

impl Browser {
    pub async fn start() -> Self {
        Self::start_in(Engine::Chromium).await
    }

    pub async fn start_in(engine: Engine) -> Self {
        Self::start_with_in(engine, serde_json::json!({})).await
    }

    /// Starts Chromium with these profile preferences (for example, site data blocked).
    pub async fn start_with(prefs: serde_json::Value) -> Self {
        Self::start_with_in(Engine::Chromium, prefs).await
    }

    /// Starts an engine with these preferences (Chromium's or Firefox's own names).
    pub async fn start_with_in(engine: Engine, mut prefs: serde_json::Value) -> Self {
        if spanish() && prefs.get("intl.accept_languages").is_none() {
            prefs["intl.accept_languages"] = serde_json::json!("es-MX,es");
        }
        let server = StaticServer::start();
        // A free port can be taken again before the driver binds it, on a busy machine:
        // try a fresh port a few times. A driver that did not come up is ended here.
        let (driver, port) = {
            let mut attempt = 0;
            loop {
                attempt += 1;
                let port = free_port();
                let mut driver = Driver::start(engine, port);
                if driver.listening(port).await {
                    break (driver, port);
                }
                driver.end();
                assert!(
                    attempt < 4,
                    "the {} WebDriver server did not start, {attempt} ports tried",
                    engine.name()
                );
            }
        };
        let stamp = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let profile = std::env::temp_dir().join(format!(
            "me-and-we-{}-{}-{port}-{stamp}",
            engine.name().to_lowercase(),
            std::process::id()
        ));
        std::fs::create_dir_all(&profile).expect("a fresh browser profile folder");
        let watched = profile.clone();
        let group = driver.server.id();
        std::thread::spawn(move || {
            std::thread::sleep(BROWSER_LIFETIME);
            if watched.exists() {
                eprintln!("a browser test ran past {BROWSER_LIFETIME:?}: ending its browser");
                let _ = Command::new("kill")
                    .args(["-KILL", "--", &format!("-{group}")])
                    .status();
                end_browser(&watched);
            }
        });
        let caps = match engine.capabilities(&profile, prefs) {
            serde_json::Value::Object(m) => m,
            _ => unreachable!(),
        };
        // The session start can fail under load even with the driver up: retry it within
        // a bound, ending this attempt's browser (and the driver, on drop) if it never comes.
        let client = {
            let mut attempt = 0;
            loop {
                attempt += 1;
                let started =
                    ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
                        .capabilities(caps.clone())
                        .connect(&format!("http://127.0.0.1:{port}"))
                        .await;
                match started {
                    Ok(client) => break client,
                    Err(e) => {
                        end_browser(&profile);
                        assert!(attempt < 3, "start a {} session: {e}", engine.name());
                        tokio::time::sleep(Duration::from_millis(500)).await;
                    }
                }
            }
        };
        client
            .update_timeouts(fantoccini::wd::TimeoutConfiguration::new(
                Some(Duration::from_secs(30)),
                Some(Duration::from_secs(30)),
                None,
            ))
            .await
            .expect("set WebDriver timeouts");
        if engine != Engine::Chromium {
            // Chromium takes its size from an argument; the others from WebDriver.
            let _ = client.set_window_size(1000, 900).await;
        }
        Browser {
            client,
            server,
            engine,
            driver,
            driver_port: port,
            _profile: profile,
            framed: Default::default(),
        }
    }

    /// Runs a Chrome DevTools Protocol command through chromedriver and returns its result.
    pub async fn cdp(&self, cmd: &str, params: serde_json::Value) -> serde_json::Value {
        assert_eq!(
            self.engine,
            Engine::Chromium,
            "the DevTools Protocol is Chromium's"
        );
        let session = self
            .client
            .session_id()
            .await
            .expect("a WebDriver session")
            .expect("a WebDriver session id");
        let body = serde_json::json!({ "cmd": cmd, "params": params }).to_string();
        let port = self.driver_port;
        let reply = tokio::task::spawn_blocking(move || {
            let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("reach chromedriver");
            let _ = stream.set_read_timeout(Some(Duration::from_secs(30)));
            write!(
                stream,
                "POST /session/{session}/goog/cdp/execute HTTP/1.1\r\nHost: 127.0.0.1\r\n\
                 Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            )
            .expect("send to chromedriver");
            // chromedriver says "Connection: close" and then keeps the socket open, so the
            // reply ends where its Content-Length says, not at the end of the stream.
            let mut reader = BufReader::new(stream);
            let mut length = 0;
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                    break;
                }
                if let Some((name, value)) = line.split_once(':') {
                    if name.eq_ignore_ascii_case("content-length") {
                        length = value.trim().parse().unwrap_or(0);
                    }
                }
            }
            let mut body = vec![0; length];
            std::io::Read::read_exact(&mut reader, &mut body).expect("read chromedriver");
            String::from_utf8_lossy(&body).into_owned()
        })
        .await
        .expect("the CDP call ran");
        let value: serde_json::Value = serde_json::from_str(&reply)
            .unwrap_or_else(|_| panic!("chromedriver answered {cmd} with: {reply}"));
        value["value"].clone()
    }

    /// Removes the service worker and its copy of the app, as on a first visit.
    pub async fn forget_offline_copy(&self) {
        let gone = self
            .client
            .execute_async(
                r#"const done = arguments[arguments.length - 1];
                navigator.serviceWorker.getRegistrations()
                  .then((all) => Promise.all(all.map((r) => r.unregister())))
                  .then(() => caches.keys())
                  .then((names) => Promise.all(names.map((n) => caches.delete(n))))
                  .then(() => done(true), (e) => done(String(e)));"#,
                vec![],
            )
            .await
            .expect("remove the service worker");
        assert_eq!(gone, serde_json::Value::Bool(true), "{gone}");
    }

    /// Waits until neither the service worker nor its copy of the app is left, and says
    /// whether that happened within a few seconds.
    pub async fn offline_copy_gone(&self) -> bool {
        let left = r#"const done = arguments[arguments.length - 1];
            Promise.all([navigator.serviceWorker.getRegistration(),
                         caches.has(`me-and-we ${new URL('./', location.href).href}`)])
              .then(([registration, cache]) => done(!!registration || cache));"#;
        poll(Duration::from_secs(10), async || {
            let now = self.client.execute_async(left, vec![]).await;
            now.expect("ask for the offline copy") == serde_json::Value::Bool(false)
        })
        .await
        .is_ok()
    }

    /// Opens the app and waits until it has mounted.
    pub async fn open(&self) {
        self.client
            .goto(&self.server.url())
            .await
            .expect("open the app");
        self.wait_live().await;
    }

    /// Opens the app in a frame 320 px wide, and works inside it from then on.
    pub async fn open_at_320(&self) {
        self.client
            .goto(&format!("{}{PHONE_320}", self.server.origin))
            .await
            .expect("open the 320 px page");
        let frame = self
            .client
            .wait()
            .for_element(fantoccini::Locator::Css("iframe"))
            .await
            .expect("the frame");
        frame.enter_frame().await.expect("enter the frame");
        self.framed
            .store(true, std::sync::atomic::Ordering::Relaxed);
        self.wait_live().await;
    }

    /// Waits until the app has replaced the static first paint (whose buttons do nothing).
    pub async fn wait_live(&self) {
        self.wait_js(
            "return !document.getElementById('prerender') \
             && !!document.getElementById('screen-title')",
            "the app mounted",
        )
        .await;
    }

    /// Polls `check` until it is ready, for up to [`PATIENCE`], and gives what it found;
    /// past that the test fails, naming `what` it waited for and what it saw last. The one
    /// way a test waits for something that has no element or text of its own.
    pub async fn until<R: Ready>(&self, what: &str, check: impl AsyncFn() -> R) -> R::Value {
        self.until_within(PATIENCE, what, check).await
    }

    /// [`Browser::until`] with its own deadline.
    pub async fn until_within<R: Ready>(
        &self,
        within: Duration,
        what: &str,
        check: impl AsyncFn() -> R,
    ) -> R::Value {
        poll(within, check).await.unwrap_or_else(|seen| {
            let seen = if seen.is_empty() {
                String::new()
            } else {
                format!("; last seen: {seen}")
            };
            panic!("{}: waited {within:?} for {what}{seen}", self.engine.name())
        })
    }

    /// Waits until `script` returns true, or fails naming `what` it waited for.
    pub async fn wait_js(&self, script: &str, what: &str) {
        self.until(what, async || {
            let now = self.js(script).await;
            if now == serde_json::Value::Bool(true) {
                Ok(())
            } else {
                Err(now.to_string())
            }
        })
        .await
    }

    /// Types `text` into the field `css`, then waits until the field holds it (as far as
    /// its maxlength lets it). WebKitWebDriver's Send Keys can return before the page has
    /// all the keys, and a click sent next can overtake them; no person can do that.
    pub async fn type_into(&self, css: &str, text: &str) {
        self.wait_for(css)
            .await
            .send_keys(text)
            .await
            .unwrap_or_else(|e| panic!("type into `{css}`: {e}"));
        let arrived = "const f = document.querySelector(arguments[0]); \
                       const want = f.maxLength > 0 ? arguments[1].slice(0, f.maxLength) : arguments[1]; \
                       return f.value === want ? true : f.value;";
        self.until(&format!("`{css}` to hold what was typed"), async || {
            let now = self
                .client
                .execute(arrived, vec![css.into(), text.into()])
                .await
                .unwrap_or_else(|e| panic!("read `{css}`: {e}"));
            if now == serde_json::Value::Bool(true) {
                Ok(())
            } else {
                Err(now.to_string())
            }
        })
        .await
    }

    /// How many elements match `css` now.
    pub async fn count(&self, css: &str) -> usize {
        self.client
            .execute(
                "return document.querySelectorAll(arguments[0]).length",
                vec![css.into()],
            )
            .await
            .unwrap_or_else(|e| panic!("count `{css}`: {e}"))
            .as_u64()
            .unwrap_or(0) as usize
    }

    pub async fn wait_for(&self, css: &str) -> fantoccini::elements::Element {
        self.client
            .wait()
            .at_most(Duration::from_secs(20))
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("waited for `{css}`: {e}"))
    }

    pub async fn click(&self, css: &str) {
        let el = self.wait_for(css).await;
        self.tap(&el)
            .await
            .unwrap_or_else(|e| panic!("click `{css}`: {e}"));
    }

    /// A click. Inside the 320 px frame in WebKit the element is first brought to the
    /// middle of the frame (there WebKitWebDriver's clicks missed elements the frame had
    /// to scroll to), and a click that did not reach the element is made again, as a
    /// person whose tap did nothing taps again: under load WebKitWebDriver now and then
    /// loses one (an answer left unpicked, a "Next" that did nothing: 1 walk in about 10).
    /// The element itself notes the click, so a click that did arrive is never repeated.
    async fn tap(
        &self,
        el: &fantoccini::elements::Element,
    ) -> Result<(), fantoccini::error::CmdError> {
        if !self.in_webkit_frame() {
            return el.click().await;
        }
        let arg = serde_json::to_value(el).expect("an element as JSON");
        for attempt in 0..4 {
            let ready = self
                .client
                .execute(
                    "const e = arguments[0]; e.scrollIntoView({block: 'center'}); \
                     window.meAndWeTapped = false; \
                     e.addEventListener('click', () => { window.meAndWeTapped = true }, \
                     {once: true, capture: true});",
                    vec![arg.clone()],
                )
                .await;
            match ready {
                Ok(_) => {}
                // Gone after an earlier try: that click did arrive and changed the screen.
                Err(_) if attempt > 0 => return Ok(()),
                Err(e) => return Err(e),
            }
            el.click().await?;
            let arrived = poll(Duration::from_secs(2), async || {
                // A page that reloaded has no flag: the click arrived.
                self.client
                    .execute("return window.meAndWeTapped !== false", vec![])
                    .await
                    .map_or(true, |v| v == serde_json::Value::Bool(true))
            });
            if arrived.await.is_ok() {
                return Ok(());
            }
        }
        // Four taps lost: the caller's own wait says what did not happen.
        Ok(())
    }

    fn in_webkit_frame(&self) -> bool {
        self.engine == Engine::WebKit && self.framed.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Clicks the one button whose label is `label` (spaces collapsed): a label is
    /// never matched by a longer one ("Continue" is not "Continue where you left off").
    pub async fn press(&self, label: &str) {
        // A button with a hint under its label holds the label as its first child.
        let label_literal = xpath_literal(
            label
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .as_str(),
        );
        let xpath = format!(
            "//button[normalize-space(.) = {label_literal} or *[1][normalize-space(.) = {label_literal}]]"
        );
        let el = self
            .client
            .wait()
            .at_most(Duration::from_secs(20))
            .for_element(Locator::XPath(&xpath))
            .await
            .unwrap_or_else(|e| panic!("waited for the button `{label}`: {e}"));
        self.tap(&el)
            .await
            .unwrap_or_else(|e| panic!("press `{label}`: {e}"));
    }

    pub async fn text(&self, css: &str) -> String {
        self.wait_for(css).await.text().await.unwrap_or_default()
    }

    /// The whole page's HTML as it is now.
    pub async fn html(&self) -> String {
        self.client.source().await.unwrap_or_default()
    }

    /// Runs a script and returns its JSON result.
    pub async fn js(&self, script: &str) -> serde_json::Value {
        self.client
            .execute(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    /// Waits until the text of `css` contains `needle`.
    pub async fn wait_text(&self, css: &str, needle: &str) {
        self.until(&format!("`{css}` to contain `{needle}`"), async || {
            let now = self.text(css).await;
            if now.contains(needle) {
                Ok(())
            } else {
                Err(format!("`{now}`"))
            }
        })
        .await
    }

    /// Waits until the text of `css` is exactly `wanted` (ends trimmed): "1 of 12" is not
    /// "11 of 12".
    pub async fn wait_text_is(&self, css: &str, wanted: &str) {
        self.until(&format!("`{css}` to say `{wanted}`"), async || {
            let now = self.text(css).await;
            if now.trim() == wanted {
                Ok(())
            } else {
                Err(format!("`{now}`"))
            }
        })
        .await
    }

    /// Waits until the screen title is exactly `text`.
    pub async fn wait_title(&self, text: &str) {
        self.wait_live().await;
        self.wait_text_is("#screen-title", text).await;
    }

    /// Picks the option of one dynamic (`n`, `i`, `d` or `c`) and goes on, `n` times.
    pub async fn answer(&self, n: usize, slug: &str) {
        for _ in 0..n {
            let option = format!("#most-{slug}");
            // The question is up (not a wait for the bank's words) before its title is read.
            self.wait_for(&option).await;
            let before = self.text("#screen-title").await;
            let picked = format!("return document.querySelector('{option}').checked");
            self.click(&option).await;
            // Picked before going on, as a person sees it.
            self.wait_js(&picked, "the option to be picked").await;
            self.click("form button[type=submit]").await;
            // The next question (or the safety check) is up before the next click: a
            // driver whose click returns early must not send one onto the old screen.
            self.until("the next screen after an answer", async || {
                self.text("#screen-title").await != before
            })
            .await;
        }
    }
}

/// How long a wait lasts before the test fails.
pub const PATIENCE: Duration = Duration::from_secs(20);

/// What a check polled by [`Browser::until`] gives: ready (with a value), or not yet,
/// with what it saw.
pub trait Ready {
    type Value;
    fn ready(self) -> Result<Self::Value, String>;
}

impl Ready for bool {
    type Value = ();
    fn ready(self) -> Result<(), String> {
        if self {
            Ok(())
        } else {
            Err(String::new())
        }
    }
}

impl<T> Ready for Option<T> {
    type Value = T;
    fn ready(self) -> Result<T, String> {
        self.ok_or_else(String::new)
    }
}

impl<T> Ready for Result<T, String> {
    type Value = T;
    fn ready(self) -> Result<T, String> {
        self
    }
}

/// Polls `check` every 50 ms until it is ready or `within` has passed; then gives what it
/// saw last.
pub async fn poll<R: Ready>(
    within: Duration,
    check: impl AsyncFn() -> R,
) -> Result<R::Value, String> {
    let deadline = Instant::now() + within;
    loop {
        match check().await.ready() {
            Ok(value) => return Ok(value),
            Err(seen) if Instant::now() >= deadline => return Err(seen),
            Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
        }
    }
}

fn xpath_literal(s: &str) -> String {
    if !s.contains('\'') {
        format!("'{s}'")
    } else if !s.contains('"') {
        format!("\"{s}\"")
    } else {
        let parts: Vec<String> = s.split('\'').map(|p| format!("'{p}'")).collect();
        format!("concat({})", parts.join(", \"'\", "))
    }
}

/// axe-core's violations on the page as it is now, one line each (empty means none).
pub async fn axe_violations(b: &Browser) -> Vec<String> {
    let path = std::env::var_os("AXE_JS")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(std::env::var("HOME").unwrap_or_default())
                .join(".cache/me-and-we-tools/node_modules/axe-core/axe.min.js")
        });
    let loaded = b.js("return typeof window.axe !== 'undefined'").await;
    if loaded != serde_json::Value::Bool(true) {
        let source = std::fs::read_to_string(&path).unwrap_or_else(|_| {
            panic!(
                "axe-core is missing at {}: run `bash .ci/tools.sh`",
                path.display()
            )
        });
        b.client
            .execute(&source, vec![])
            .await
            .expect("inject axe-core");
    }
    let result = b
        .client
        .execute_async(
            r#"const done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ['violations'] })
              .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                 + v.nodes.map(n => n.target.join(' ')).join(', '))))
              .catch(e => done(['axe failed: ' + e]));"#,
            vec![],
        )
        .await
        .expect("run axe");
    serde_json::from_value(result).unwrap_or_else(|_| vec!["axe gave no list".to_owned()])
}

/// Every key the page has in localStorage.
pub async fn storage_keys(b: &Browser) -> Vec<String> {
    let keys = b.js("return Object.keys(localStorage)").await;
    serde_json::from_value(keys).unwrap_or_default()
}

/// The session the page saved, read with the app's own decoder, with the raw text.
pub async fn saved_session(b: &Browser) -> Option<(me_and_we::model::session::Session, String)> {
    let raw = b
        .client
        .execute(
            "return localStorage.getItem(arguments[0])",
            vec![me_and_we::store::KEY.into()],
        )
        .await
        .ok()?;
    let raw = raw.as_str()?.to_owned();
    let session = me_and_we::store::decode(&raw).expect("the saved session decodes");
    Some((session, raw))
}
