import { useEffect } from 'react';

/**
 * The moment the first screen shows its data: the host tells Teams (`notifySuccess`) and the tab bench
 * measures to it (`performance` mark `prr-ready`, `data-ready` on <html>).
 */
let ready = false;
const waiting: (() => void)[] = [];

export function signalReady(): void {
  if (ready) return;
  ready = true;
  performance.mark('prr-ready');
  document.documentElement.dataset.ready = 'true';
  for (const callback of waiting.splice(0)) callback();
}

export function whenReady(callback: () => void): void {
  if (ready) callback();
  else waiting.push(callback);
}

/** Signals ready once `done` is true (a screen's data has arrived, or it has shown why not). */
export function useReadySignal(done: boolean): void {
  useEffect(() => {
    if (done) signalReady();
  }, [done]);
}
