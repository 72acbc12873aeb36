// Starts the web client. Kept outside the wasm so that the quick exit works from the
// first moment, even on a slow phone still downloading the app.
const boot = JSON.parse(document.getElementById('bridgeline-bootstrap').textContent);

// Replaces the page with a neutral site in the same tab (so Back does not return),
// and forgets the conversation on this device; the app first says `leave`.
function quickExit() {
  if (window.bridgelineLeave) { try { window.bridgelineLeave(); } catch (_) { /* ignore */ } }
  try { sessionStorage.clear(); } catch (_) { /* storage may be disabled */ }
  document.cookie = 'bl_pause=; Max-Age=0; Path=/';
  document.cookie = 'bl_lang=; Max-Age=0; Path=/';
  if (window.bridgelineSocketClose) { try { window.bridgelineSocketClose(); } catch (_) { /* ignore */ } }
  document.title = '';
  document.body.textContent = '';
  window.location.replace(boot.quick_exit_url);
}
window.bridgelineQuickExit = quickExit;

if (boot.page === 'child') {
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') { quickExit(); }
  });
  // The quick exit is a real link (it works without this script); with it, the exit
  // also wipes, and replaces the page so that Back does not return.
  const exit = document.getElementById('quick-exit');
  if (exit) { exit.addEventListener('click', (event) => { event.preventDefault(); quickExit(); }); }
  // A language link reloads the page in that language; once the app runs it switches
  // in place instead (a chat goes on). The choice lasts for this browser session, so
  // that a reload is in it from the first byte.
  const languages = document.getElementById('language');
  if (languages) {
    languages.addEventListener('click', (event) => {
      const link = event.target.closest('a[hreflang]');
      if (!link) { return; }
      document.cookie = `bl_lang=${link.hreflang}; Path=/; SameSite=Strict`;
      if (typeof window.bridgelineSwitchLanguage === 'function') {
        event.preventDefault();
        languages.open = false;
        window.bridgelineSwitchLanguage(link.hreflang, link.dir);
      }
    });
  }
  // A page closed (not kept to come back to) is a child leaving.
  window.addEventListener('pagehide', (event) => {
    if (!event.persisted && window.bridgelineLeave) { try { window.bridgelineLeave(); } catch (_) { /* ignore */ } }
  });
}

// A paused page (server/src/http/paused.rs) needs its time in words, and no app.
// Each page loads only its own module: a child never downloads the console.
const until = document.querySelector('[data-until]');
if (until) {
  until.textContent = new Date(+until.dataset.until).toLocaleString(boot.locale, { weekday: 'long', hour: 'numeric', minute: '2-digit' });
} else {
  const module = boot.page === 'child' ? 'bridgeline_web_child' : 'bridgeline_web_console';
  import(`./${module}.js`)
    .then((app) => app.default({ module_or_path: `/assets/${module}_bg.wasm` }))
    // The app has mounted (its start runs inside): measured by `./x sizes`.
    .then(() => performance.mark('bridgeline-app-ready'))
    .catch((error) => console.error('bridgeline: the app did not start', error));
}
