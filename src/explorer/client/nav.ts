/** Goes to an address of the explorer without a reload (main.ts draws the view). */
export function navigate(href: string, replace = false): void {
  if (replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  window.dispatchEvent(new Event('explorer:navigate'));
}
