// Part of the service worker (imported into sw.js by scripts/build-pwa.mjs): what a tap on a reminder notification
// does. The app itself answers it (web/reminders.js), through the same path as the in-app banner's buttons.
'use strict';

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  // "Snooze 10 min" is the one action that does not open the app; the notification itself and "Start" do.
  const answer = event.action === 'snooze' ? 'snooze' : 'start';
  const routine = (event.notification.data && event.notification.data.routine) || 'micro-break';
  event.waitUntil((async () => {
    const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
    if (answer === 'snooze') {
      // Every open tab hears it; the one showing the reminder snoozes it and tells the others through storage.
      windows.forEach((client) => client.postMessage({ type: 'ubr-reminder', answer, routine }));
      return;
    }
    const client = windows.find((candidate) => candidate.visibilityState === 'visible') || windows[0];
    if (client) {
      client.postMessage({ type: 'ubr-reminder', answer, routine });
      await client.focus().catch(() => {});
    } else {
      await self.clients.openWindow(`./?start=${encodeURIComponent(routine)}`);
    }
  })());
});
