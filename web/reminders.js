// Reminders in the browser (`ubr.reminders`, twin of src/platform/reminders.cpp): system notifications through the
// service worker, the notification permission, one leading tab, the scheduler's timer while no frames are drawn, and
// the answers that come back from a notification (web/sw-notifications.js).
'use strict';

(function () {
  if (!window.app) return;  // main.js found the browser unable to run the app and said so
  const ubr = window.ubr;
  const TAG = 'ubr-reminder';
  // A hidden tab draws no frames, so the scheduler also steps on a timer; browsers slow timers in hidden tabs to
  // about once a minute, which is still on time for a reminder.
  const TICK_MS = 15000;

  // Of several open tabs, the one holding this lock shows reminders; when it closes, the lock passes to another.
  // Without the Web Locks API every tab counts as the only one.
  let leader = !(navigator.locks && typeof navigator.locks.request === 'function');
  if (!leader) {
    navigator.locks.request('ubr-reminders-leader', () => {
      leader = true;
      return new Promise(() => {});  // held for as long as the page lives
    }).catch(() => { leader = true; });
  }

  function permission() {
    if (!('Notification' in window) || !('serviceWorker' in navigator)) return 'unsupported';
    return Notification.permission;
  }

  function registration() {
    return navigator.serviceWorker.getRegistration().then((found) => found || navigator.serviceWorker.ready);
  }

  // Showing and withdrawing are asynchronous and share one tag: run one after the other, so a withdrawal still
  // under way never takes away a reminder shown after it.
  let pending = Promise.resolve();
  function inTurn(step) {
    pending = pending.catch(() => {}).then(step);
    return pending;
  }

  // Returns at once whether a notification will show; if showing fails after all, the app rings its chime.
  function notify(kind, title, body, routine) {
    if (permission() !== 'granted') return false;
    inTurn(() => registration()
      .then((found) => found.showNotification(title, {
        body,
        tag: TAG,
        renotify: true,
        icon: 'icon-192.png',
        data: { kind, routine },
        actions: [{ action: 'start', title: 'Start' }, { action: 'snooze', title: 'Snooze 10 min' }],
      })))
      .catch(() => ubr.call('ubr_reminders_notification_failed'));
    return true;
  }

  // The reminder was answered in the app: its notification is no longer news.
  function withdraw() {
    if (permission() !== 'granted') return;
    inTurn(() => registration()
      .then((found) => found.getNotifications({ tag: TAG }))
      .then((shown) => shown.forEach((notification) => notification.close())))
      .catch(() => {});
  }

  function reportPermission() {
    ubr.call('ubr_reminders_set_permission', permission());
  }

  function askPermission() {
    if (permission() !== 'default') return;
    Promise.resolve(Notification.requestPermission()).catch(() => {}).then(reportPermission);
  }

  window.ubr.reminders = { notify, withdraw, isLeader: () => leader, permission, askPermission };

  function answer(what, routine) {
    ubr.call('ubr_reminders_answer', what, routine || '');
  }

  window.app.ready.then(() => {
    reportPermission();
    // A change in the browser's site settings reaches the open app too, where the browser tells of it.
    if (navigator.permissions && permission() !== 'unsupported') {
      navigator.permissions.query({ name: 'notifications' })
        .then((status) => { status.onchange = reportPermission; })
        .catch(() => {});
    }
    setInterval(() => ubr.call('ubr_reminders_tick'), TICK_MS);
    // A laptop waking up or a tab coming back to the front: the scheduler looks at once.
    document.addEventListener('visibilitychange', () => ubr.call('ubr_reminders_tick'));
    if ('serviceWorker' in navigator) {
      navigator.serviceWorker.addEventListener('message', (event) => {
        const data = event.data || {};
        if (data.type === 'ubr-reminder') answer(data.answer, data.routine);
      });
    }
    // Opened from a notification when no window was open: start what it offered, then tidy the address.
    const params = new URLSearchParams(window.location.search);
    if (params.has('start')) {
      answer('start', params.get('start'));
      params.delete('start');
      const query = params.toString();
      window.history.replaceState(null, '', window.location.pathname + (query ? `?${query}` : ''));
    }
  });
})();
