/**
 * Every HTML page of ours refuses to be framed by any site, so a page of someone else's cannot
 * lay itself over a person's plan or chat and trick them into clicks (clickjacking). The CSP
 * directive is the standard; `X-Frame-Options` is for browsers that predate it.
 */
export const frameAncestors = "frame-ancestors 'none'";

/** The legacy header, sent beside the CSP on every HTML page. */
export const frameOptionsHeader = { 'X-Frame-Options': 'DENY' } as const;
