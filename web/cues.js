// Guided-session cues in the browser (`ubr.cues`, twin of src/platform/cues.cpp): Web Audio beeps, Web Speech voice
// cues with a local (offline) voice, the screen wake lock, and pausing the session when the page is hidden. Every
// call is safe when a feature is missing or not yet allowed.
'use strict';

(function () {
  // Sounds, numbered as CueSound in src/core/session/cues.h.
  const PHASE_CHANGE = 1;
  const LAST_SECONDS = 2;
  const FINISH = 3;
  const REMINDER = 4;

  // WebKit (Safari, every iOS browser, WebKitGTK) speaks only with the system's own voices, which all work offline,
  // but WebKitGTK reports them with localService false. WebKit names Apple as its vendor in every port.
  const voicesAreOnDevice = window.navigator.vendor === 'Apple Computer, Inc.';

  let audio = null;
  // Browsers only let audio start from a user gesture: the first tap or key press creates or resumes the context.
  function unlockAudio() {
    try {
      const Context = window.AudioContext || window.webkitAudioContext;
      if (!Context) return;
      if (!audio) {
        audio = new Context();
        unlockSpeech();
      }
      if (audio.state === 'suspended') audio.resume().catch(() => {});
    } catch (e) {
      audio = null;
    }
  }

  // Safari on iOS speaks later utterances only once one has been spoken within a user gesture: an empty one, at
  // the first gesture, opens the way for the session's cues.
  function unlockSpeech() {
    if (!voicesAreOnDevice || !('speechSynthesis' in window) || typeof SpeechSynthesisUtterance !== 'function') return;
    const silent = new SpeechSynthesisUtterance('');
    silent.volume = 0;
    window.speechSynthesis.speak(silent);
  }
  for (const type of ['pointerdown', 'keydown', 'touchend']) {
    window.addEventListener(type, unlockAudio, { capture: true, passive: true });
  }

  function tone(frequency, start, duration, volume, type) {
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.type = type;
    oscillator.frequency.value = frequency;
    // A short attack and release, so tones do not click.
    const peak = Math.max(0.0001, 0.4 * volume);
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(peak, start + 0.01);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + duration);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start(start);
    oscillator.stop(start + duration + 0.02);
  }

  function play(sound, volume) {
    if (!audio || audio.state !== 'running' || !(volume > 0)) return;
    const t = audio.currentTime + 0.01;
    if (sound === PHASE_CHANGE) {
      tone(660, t, 0.18, volume, 'sine');
    } else if (sound === LAST_SECONDS) {
      tone(1175, t, 0.09, volume, 'triangle');  // higher and shorter than a phase change
    } else if (sound === FINISH) {
      [523.25, 659.25, 783.99, 1046.5].forEach((f, i) => tone(f, t + i * 0.14, 0.3, volume, 'sine'));
    } else if (sound === REMINDER) {
      // Soft and low: two falling notes that ask for attention without startling someone at work.
      [659.25, 523.25].forEach((f, i) => tone(f, t + i * 0.35, 0.6, volume * 0.6, 'sine'));
    }
  }

  // Only voices that work offline: the app promises to run without a network. Languages are compared as BCP 47 tags
  // (Chrome on Android writes "en_US").
  function localVoice() {
    if (!('speechSynthesis' in window)) return null;
    const tag = (lang) => String(lang || '').replace(/_/g, '-').toLowerCase();
    const voices = window.speechSynthesis.getVoices().filter((v) => v.localService || voicesAreOnDevice);
    const lang = tag(navigator.language || 'en');
    return voices.find((v) => tag(v.lang) === lang) ||
      voices.find((v) => tag(v.lang).startsWith('en')) || null;
  }
  // The app learns whether a local voice exists (the routines screen says so when none does) just before its first
  // frame (ubr-loopstart), and again whenever the browser's voices change (some browsers load them after the page).
  let loopStarted = false;
  function reportVoice() {
    if (loopStarted) window.ubr.call('ubr_cues_voice_available', localVoice() ? 1 : 0);
  }
  if ('speechSynthesis' in window) window.speechSynthesis.addEventListener?.('voiceschanged', reportVoice);
  window.ubr.on('loopstart', () => {
    loopStarted = true;
    reportVoice();
  });

  function say(text, volume) {
    const voice = localVoice();
    if (!voice || !text || !(volume > 0)) return;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.volume = Math.min(1, Math.max(0, volume));
    utterance.rate = 1.05;
    // A count that arrives late is worse than none: drop whatever is still waiting to be said.
    if (window.speechSynthesis.pending) window.speechSynthesis.cancel();
    window.speechSynthesis.speak(utterance);
  }

  let wakeLock = null;
  let wantScreenOn = false;
  async function requestWakeLock() {
    if (!wantScreenOn || wakeLock || !navigator.wakeLock || document.visibilityState !== 'visible') return;
    try {
      wakeLock = await navigator.wakeLock.request('screen');
      wakeLock.addEventListener('release', () => { wakeLock = null; });
      if (!wantScreenOn) releaseWakeLock();  // the session ended while the request was pending
    } catch (e) {
      wakeLock = null;  // refused (battery saver, no permission): the session still works
    }
  }
  function releaseWakeLock() {
    const lock = wakeLock;
    wakeLock = null;
    if (lock) lock.release().catch(() => {});
  }
  function keepScreenOn(on) {
    wantScreenOn = on;
    if (on) requestWakeLock(); else releaseWakeLock();
  }

  // The browser drops the wake lock when the page is hidden; take it again on return. A running session is paused
  // while the page is hidden, and the session screen says so when the user comes back. Whether one runs comes with
  // each frame the app publishes (src/platform/a11y.cpp); one already paused stays as it is (the app refuses).
  let sessionRunning = false;
  window.ubr.on('frame', (frame) => { sessionRunning = frame.sessionRunning; });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') {
      requestWakeLock();
      return;
    }
    if (sessionRunning && window.app && window.app.started) window.app.dispatch({ type: 'pauseSession', hidden: true });
  });

  window.ubr.cues = {
    play,
    say,
    keepScreenOn,
    // For the browser tests: what the page holds right now.
    status: () => ({ audio: audio ? audio.state : 'none', wakeLock: wakeLock !== null, wantScreenOn,
      voice: localVoice()?.name ?? null }),
  };
})();
