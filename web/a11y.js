// The canvas is invisible to assistive technology, so this script keeps a DOM mirror of it: a heading naming the
// screen, and for each item the UI publishes (src/ui/accessibility.h) a real button, toggle, checkbox or slider laid
// exactly over the item on the canvas. The mirror is transparent and lets pointer input through to the canvas, but
// it takes keyboard focus (with a visible focus ring) and screen-reader commands, and activating an element runs
// the same actions as clicking the canvas. An aria-live region reads out the lines the app announces (the steps of a
// guided session). All of it comes with the frame the app publishes (`ubr-frame`, from src/platform/a11y.cpp).
'use strict';

(function () {
  if (!window.app || !window.Module) return;  // main.js found the browser unable to run the app and said so
  const ubr = window.ubr;
  const mirror = document.getElementById('a11y-mirror');
  const heading = document.getElementById('a11y-heading');
  const itemsBox = document.getElementById('a11y-items');
  const live = document.getElementById('a11y-live');
  const insetProbe = document.getElementById('a11y-inset-probe');
  const elements = new Map();  // item key -> element, so focus stays on the same element across frames
  let frame = { screen: '', title: '', items: [], announcement: '', announcementId: 0, sessionRunning: false };
  const announcements = [];

  function started() {
    return window.app && window.app.started;
  }

  function reportError(what, error) {
    if (error) console.warn(`${what}: ${error}`);
    return error || '';
  }

  function activate(key) {
    if (!started()) return 'the app has not started';
    return reportError('Activating an item', ubr.callText('ubr_a11y_activate', key >>> 0));
  }

  function setValue(key, value) {
    if (!started()) return 'the app has not started';
    return reportError('Setting a value', ubr.callText('ubr_a11y_set_value', key >>> 0, Number(value)));
  }

  function setText(key, text) {
    if (!started()) return 'the app has not started';
    return reportError('Setting a text', ubr.callText('ubr_a11y_set_text', key >>> 0, String(text)));
  }

  function tagFor(item) {
    if (item.role === 'text') return 'p';
    if (item.role === 'slider' || item.role === 'textfield') return 'input';
    return 'button';
  }

  function create(item) {
    const element = document.createElement(tagFor(item));
    element.dataset.key = String(item.key);
    element.dataset.role = item.role;
    if (item.role === 'text') {
      element.className = 'a11y-text';
      return element;
    }
    element.className = 'a11y-target';
    if (item.role === 'slider') {
      element.type = 'range';
      element.addEventListener('change', () => setValue(item.key, element.value));
    } else if (item.role === 'textfield') {
      element.type = 'text';
      element.addEventListener('input', () => setText(item.key, element.value));
      // The caret starts after the text, as when clicking into the field after its end on the canvas.
      element.addEventListener('focus', () => element.setSelectionRange(element.value.length, element.value.length));
    } else {
      element.type = 'button';
      element.append(document.createElement('span'));
      element.firstChild.className = 'visually-hidden';
      if (item.role === 'checkbox') element.setAttribute('role', 'checkbox');
      // A disabled item stays focusable (aria-disabled), so keyboard users still find it and hear why it is dim.
      element.addEventListener('click', () => {
        if (element.getAttribute('aria-disabled') !== 'true') activate(item.key);
      });
    }
    // Scrolled out of view on the canvas: ask the UI to bring it into view when it takes focus.
    element.addEventListener('focus', () => {
      if (started()) ubr.call('ubr_a11y_focus', item.key >>> 0);
    });
    return element;
  }

  function setAttr(element, name, value) {
    if (value === null) {
      if (element.hasAttribute(name)) element.removeAttribute(name);
    } else if (element.getAttribute(name) !== value) {
      element.setAttribute(name, value);
    }
  }

  function update(element, item) {
    if (item.role === 'text') {
      if (element.textContent !== item.label) element.textContent = item.label;
      return;
    }
    if (item.role === 'slider') {
      setAttr(element, 'aria-label', item.label);
      element.min = String(item.min);
      element.max = String(item.max);
      element.step = String(item.step);
      if (document.activeElement !== element || element.value !== String(item.value)) element.value = String(item.value);
      setAttr(element, 'aria-valuetext', item.valueText || null);
    } else if (item.role === 'textfield') {
      setAttr(element, 'aria-label', item.label);
      if (document.activeElement !== element && element.value !== item.value) element.value = item.value;
    } else if (element.firstChild.textContent !== item.label) {
      element.firstChild.textContent = item.label;
    }
    setAttr(element, 'aria-disabled', item.enabled ? null : 'true');
    if (item.role === 'toggle') setAttr(element, 'aria-pressed', item.checked ? 'true' : 'false');
    if (item.role === 'checkbox') setAttr(element, 'aria-checked', item.checked ? 'true' : 'false');
    // Laid over the item on the canvas, so the focus ring surrounds what the user sees.
    const [x, y, width, height] = item.visible ? item.rect : [0, 0, 0, 0];
    element.classList.toggle('offscreen', !item.visible);
    element.style.left = `${x}px`;
    element.style.top = `${y}px`;
    element.style.width = `${width}px`;
    element.style.height = `${height}px`;
  }

  function render(next) {
    const screenChanged = next.screen !== frame.screen;
    const hadFocus = mirror.contains(document.activeElement);
    if (next.announcementId !== frame.announcementId && next.announcement) announce(next.announcement);
    frame = next;
    if (heading.textContent !== next.title) heading.textContent = next.title;
    document.title = next.screen === 'home' ? 'Upper Back Relief' : `${next.title} · Upper Back Relief`;

    const keep = new Set();
    const ordered = [];
    for (const item of next.items) {
      const id = `${item.role}:${item.key}`;
      if (keep.has(id)) continue;  // one element per key (the app gives each item its own)
      keep.add(id);
      let element = elements.get(id);
      if (!element) {
        element = create(item);
        elements.set(id, element);
      }
      update(element, item);
      // The focused item moved out of view (the text grew, the list changed above it): bring it back, as on focus.
      if (element === document.activeElement && !item.visible && item.role !== 'text') ubr.call('ubr_a11y_focus', item.key >>> 0);
      ordered.push(element);
    }
    for (const [id, element] of elements) {
      if (!keep.has(id)) {
        element.remove();
        elements.delete(id);
      }
    }
    // Elements are put in order in place, and the focused one is never moved: an element taken out of the page, even
    // for a moment, loses its focus and any key press under way (a Space on a button acts on key up).
    const focused = document.activeElement;
    for (let i = 0; i < ordered.length; i++) {
      const wanted = ordered[i];
      for (let here = itemsBox.children[i]; here !== wanted; here = itemsBox.children[i]) {
        if (wanted === focused && here) itemsBox.append(here);  // the other one moves down instead
        else itemsBox.insertBefore(wanted, here || null);
      }
    }
    // A new screen: a keyboard or screen-reader user continues from its heading, not from the top of the page.
    if (screenChanged && hadFocus && !mirror.contains(document.activeElement)) heading.focus({ preventScroll: true });
  }

  // The app's words (src/ui/session_view.h), read out as they come.
  function announce(text) {
    announcements.push(text);
    if (announcements.length > 200) announcements.shift();
    // Cleared first, so the same words twice in a row (rep 1 of 1, then again) are still read out.
    live.textContent = '';
    setTimeout(() => { live.textContent = text; }, 30);
  }

  // env(safe-area-inset-*) as the probe's padding, so the canvas UI keeps clear of notches.
  function reportInsets() {
    const style = getComputedStyle(insetProbe);
    const px = (name) => parseFloat(style.getPropertyValue(name)) || 0;
    ubr.call('ubr_a11y_set_insets', px('padding-top'), px('padding-right'), px('padding-bottom'), px('padding-left'));
  }

  function reportPreferences() {
    if (!started()) return;
    window.app.dispatch({
      type: 'systemPreferences',
      dark: window.matchMedia('(prefers-color-scheme: dark)').matches,
      reducedMotion: window.matchMedia('(prefers-reduced-motion: reduce)').matches,
    });
  }

  // Also hears a frame published before this script ran (app.js loads asynchronously).
  ubr.on('frame', (next) => {
    try {
      render(next);
    } catch (e) {
      console.warn('The accessibility mirror could not be updated:', e);
    }
  });

  ubr.on('loopstart', reportInsets);
  window.app.ready.then(() => {
    window.app.a11y = {
      items: () => frame,
      activate,
      setValue,
      setText,
      announcements,
    };
    window.addEventListener('resize', reportInsets);
    ubr.on('insetschange', reportInsets);  // pwa.js: its controls appeared or went
    for (const query of ['(prefers-color-scheme: dark)', '(prefers-reduced-motion: reduce)']) {
      window.matchMedia(query).addEventListener('change', reportPreferences);
    }
  });
})();
