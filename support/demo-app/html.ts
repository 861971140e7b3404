export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

interface PageOptions {
  /** Extra markup for `<head>` (scripts, styles, `<base>`, `<meta>`). */
  readonly head?: string;
  /** Set to false for pages whose text must not contain the navigation link. */
  readonly indexLink?: boolean;
  readonly charset?: string;
}

/** Every page: a title, the same heading, and a way back to the index. */
export function layout(title: string, body: string, options: PageOptions = {}): string {
  const charset = options.charset ?? 'utf-8';
  const indexLink = options.indexLink === false ? '' : '\n<p class="demo-nav"><a href="/">Demo index</a></p>';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="${charset}">
<title>${escapeHtml(title)}</title>${options.head ? `\n${options.head}` : ''}
</head>
<body>
<h1>${escapeHtml(title)}</h1>
${body.trim()}${indexLink}
</body>
</html>
`;
}

/** An inline script block for a demo page. */
export function script(code: string): string {
  return `<script>\n${code.trim()}\n</script>`;
}
