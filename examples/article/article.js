// Example host page for the Peru Protest Atlas embed (README, "Embedding"). What a newsroom writes:
// 1. the iframe from the atlas's Embed dialog and the atlas's resizer script (embed.js, loaded from the atlas);
// 2. scroll steps that tell the atlas what to show: postMessage({ target: 'peru-protest-atlas', type: 'set', ... });
// 3. a listener for the atlas's state messages ({ source: 'peru-protest-atlas', type: 'state', ... }).
// `?atlas=<url>` points the page at a copy of the atlas (npm run example passes the one it serves).
'use strict';

const ATLAS = 'peru-protest-atlas';
const frame = document.getElementById('atlas');
const caption = document.getElementById('status');

// Where the atlas lives: ?atlas=… in this page's address, or the iframe's data-atlas.
const atlasBase = new URL(new URLSearchParams(location.search).get('atlas') || frame.dataset.atlas, location.href);
frame.src = new URL(frame.dataset.view, atlasBase).href;
const atlasOrigin = new URL(frame.src).origin;

// 1. The resizer: sets the iframe's height from the atlas's height messages.
const resizer = document.createElement('script');
resizer.async = true;
resizer.src = new URL('embed.js', frame.src).href;
document.head.append(resizer);

// 2. Steps: a button each, and the step that crosses the middle of the screen while scrolling.
const steps = Array.from(document.querySelectorAll('.step'));
let current = null;
/** The atlas has answered once: it is listening. Until then a step is only remembered. */
let listening = false;

function send(step) {
  let fields;
  try {
    fields = JSON.parse(step.dataset.step);
  } catch {
    return;
  }
  // The atlas's origin, not '*': nothing else should read what this page sends.
  frame.contentWindow.postMessage({ target: ATLAS, type: 'set', ...fields }, atlasOrigin);
}

function show(step) {
  if (step === current) return;
  current = step;
  for (const s of steps) s.classList.toggle('active', s === step);
  if (listening) send(step);
}

for (const step of steps) {
  step.querySelector('button').addEventListener('click', () => show(step));
}

if ('IntersectionObserver' in window) {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries) if (e.isIntersecting) show(e.target);
    },
    // A band across the middle of the viewport: one step at a time crosses it.
    { rootMargin: '-45% 0px -45% 0px' },
  );
  for (const step of steps) observer.observe(step);
}

// 3. What the atlas shows now, after each change (its own controls, or a step).
const dates = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const day = (iso) => dates.format(new Date(`${iso}T00:00:00Z`));

window.addEventListener('message', (e) => {
  const d = e.data;
  if (e.source !== frame.contentWindow || !d || d.source !== ATLAS || d.type !== 'state') return;
  if (!listening) {
    listening = true;
    if (current) send(current);
  }
  const range = d.from === d.to ? day(d.from) : `${day(d.from)} – ${day(d.to)}`;
  caption.textContent =
    `The atlas shows ${d.events} event${d.events === 1 ? '' : 's'} and ${d.deaths} ` +
    `death${d.deaths === 1 ? '' : 's'}, ${range}.`;
  caption.dataset.state = JSON.stringify(d);
});
