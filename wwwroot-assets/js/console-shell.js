// BlazorConsole shell: keyboard shortcuts and the per-user theme preference (this browser's local storage).
const themeKey = "blazorconsole.theme";
let keyHandler = null;

function isTyping(target) {
  if (!(target instanceof HTMLElement)) {
    return false;
  }
  const tag = target.tagName;
  return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || target.isContentEditable;
}

/** "/" focuses the page's search (unless the user is typing); Ctrl+K (or Cmd+K) opens the command palette. */
export function startShortcuts(shell) {
  stopShortcuts();
  keyHandler = (event) => {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && (event.key === "k" || event.key === "K")) {
      event.preventDefault();
      shell.invokeMethodAsync("OpenPalette");
      return;
    }
    if (event.key === "/" && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target)) {
      const search = document.querySelector(".console-search input");
      if (search) {
        event.preventDefault();
        search.focus();
      }
    }
  };
  document.addEventListener("keydown", keyHandler);
  // the shortcuts work from now on (browser tests wait for this before pressing keys)
  document.documentElement.dataset.shortcuts = "on";
}

export function stopShortcuts() {
  if (keyHandler) {
    document.removeEventListener("keydown", keyHandler);
    keyHandler = null;
    delete document.documentElement.dataset.shortcuts;
  }
}

/**
 * Focuses the command palette's input once the dialog has rendered it, and keeps it there while the dialog settles
 * (about a second at most), so that what the user types after Ctrl+K lands in it.
 */
export function focusPalette() {
  let frames = 60;
  let steady = 0;
  const tryFocus = () => {
    const input = document.querySelector(".console-palette input");
    if (input && document.activeElement === input) {
      steady++;
    } else if (input) {
      steady = 0;
      input.focus();
    }
    if (steady < 10 && --frames > 0) {
      requestAnimationFrame(tryFocus);
    }
  };
  requestAnimationFrame(tryFocus);
}

/** "dark", "light", or null when the user follows the operating system. */
export function readTheme() {
  try {
    return localStorage.getItem(themeKey);
  } catch {
    return null;
  }
}

export function writeTheme(theme) {
  try {
    localStorage.setItem(themeKey, theme);
  } catch {
    // storage refused (private mode): the choice lasts for this page only
  }
}
