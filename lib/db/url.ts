/**
 * The page identity highlights are stored under and senders are checked against: the URL
 * without its fragment (a text-fragment link `#:~:text=` is the same page).
 */
export function pageUrl(url: string): string {
  const hash = url.indexOf('#');
  return hash >= 0 ? url.slice(0, hash) : url;
}
