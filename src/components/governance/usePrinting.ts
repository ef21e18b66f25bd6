import { useEffect, useState } from 'preact/hooks';

/**
 * True while the browser prepares a printout. The review record then renders every item with its
 * notes, evidence and the full history, expanded and read-only, whatever was open on screen.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const start = () => setPrinting(true);
    const stop = () => setPrinting(false);
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', stop);
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', stop);
    };
  }, []);
  return printing;
}
