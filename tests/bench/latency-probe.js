/* global window, document, requestAnimationFrame */
/**
 * Keystroke-to-render probe, injected into the page before it loads
 * (tests/bench/latency.bench.ts). For each keydown while enabled it records:
 *
 *   frame — from the key event's timestamp to just after the next frame was
 *           rendered (a message posted from requestAnimationFrame runs after
 *           style, layout and paint of that frame): what the user waits for;
 *   input — from the key event to the end of the input handling (the DOM
 *           change read back by ProseMirror, a forced layout), without the
 *           wait for the next frame;
 *   raf   — from the key event to the start of that frame (the probe's
 *           requestAnimationFrame callback, the first of the frame).
 *
 * Long tasks (over 50 ms) on the main thread are counted too: the checks,
 * outline and word count run between keystrokes and must not block them.
 */
window.__latency = { on: false, frame: [], input: [], raf: [], longTasks: [] };

document.addEventListener(
  'keydown',
  (event) => {
    const probe = window.__latency;
    if (!probe.on) return;
    const t0 = event.timeStamp;
    const onInput = () => {
      document.removeEventListener('input', onInput, true);
      queueMicrotask(() =>
        queueMicrotask(() => {
          document.body.getBoundingClientRect();
          probe.input.push(performance.now() - t0);
        }),
      );
    };
    document.addEventListener('input', onInput, true);
    requestAnimationFrame(() => {
      probe.raf.push(performance.now() - t0);
      const channel = new MessageChannel();
      channel.port1.onmessage = () => probe.frame.push(performance.now() - t0);
      channel.port2.postMessage(null);
    });
  },
  true,
);

try {
  new PerformanceObserver((list) => {
    if (!window.__latency.on) return;
    for (const entry of list.getEntries()) window.__latency.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: false });
} catch {
  // Long task timing is not available: the figure is left out.
}
