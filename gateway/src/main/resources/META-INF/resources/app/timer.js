// A countdown for holds and timed work. Announces the end for screen readers, vibrates phones that can,
// and sounds a short tone (made here, no audio file).

export function countdown(seconds, { label = 'Timer' } = {}) {
  const display = document.createElement('span');
  display.className = 'timer-display';
  display.setAttribute('role', 'timer');
  display.setAttribute('aria-label', label);
  const status = document.createElement('span');
  status.className = 'visually-hidden';
  status.setAttribute('aria-live', 'assertive');
  const start = document.createElement('button');
  start.type = 'button';
  const reset = document.createElement('button');
  reset.type = 'button';
  reset.textContent = 'Reset';
  let left = seconds;
  let handle = null;
  let endsAt = 0;

  const show = () => {
    const m = Math.floor(left / 60);
    const s = left % 60;
    display.textContent = `${m}:${String(s).padStart(2, '0')}`;
    display.classList.toggle('done', left === 0);
    start.textContent = handle ? 'Pause' : left === seconds ? `Start ${seconds} s` : left === 0 ? 'Again' : 'Resume';
  };
  const stop = () => {
    clearInterval(handle);
    handle = null;
  };
  const tick = () => {
    // From the clock, not from counting ticks: a phone that throttles timers still ends on time
    left = Math.max(0, Math.ceil((endsAt - Date.now()) / 1000));
    if (left === 0) {
      stop();
      status.textContent = `${label}: time is up`;
      finished();
    }
    show();
  };
  start.addEventListener('click', () => {
    if (handle) {
      stop();
    } else {
      if (left === 0) left = seconds;
      status.textContent = '';
      endsAt = Date.now() + left * 1000;
      handle = setInterval(tick, 250);
    }
    show();
  });
  reset.addEventListener('click', () => {
    stop();
    left = seconds;
    status.textContent = '';
    show();
  });
  show();
  const box = document.createElement('div');
  box.className = 'timer';
  box.append(display, start, reset, status);
  return box;
}

function finished() {
  if (navigator.vibrate) navigator.vibrate([200, 100, 200]);
  try {
    const audio = new AudioContext();
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.frequency.value = 880;
    gain.gain.value = 0.15;
    tone.connect(gain).connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 0.4);
    tone.onended = () => audio.close();
  } catch (e) {
    // No sound available: the display and the announcement still show the end
  }
}
