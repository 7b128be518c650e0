const replacements: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => replacements[c] ?? c);

export interface EmailRow {
  readonly label: string;
  readonly value: string;
}

export interface EmailSection {
  readonly heading: string;
  readonly rows: readonly EmailRow[];
}

const table = (rows: readonly EmailRow[]) =>
  [
    '<table role="presentation" cellpadding="4" style="border-collapse:collapse">',
    ...rows.map(
      (r) =>
        `<tr><th scope="row" style="text-align:left;padding-right:16px">${escapeHtml(r.label)}</th><td>${escapeHtml(r.value)}</td></tr>`,
    ),
    '</table>',
  ].join('\n');

/** A plain, accessible HTML email: every value escaped, no links built from user text, no scripts or images. */
export function emailHtml(
  marking: string,
  intro: readonly string[],
  sections: readonly EmailSection[],
): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en-GB">',
    '<head><meta charset="utf-8"></head>',
    '<body style="font-family:Arial,sans-serif;font-size:14px">',
    `<p><strong>${escapeHtml(marking)}</strong></p>`,
    ...intro.map((p) => `<p>${escapeHtml(p)}</p>`),
    ...sections.flatMap((s) => [`<h2 style="font-size:16px">${escapeHtml(s.heading)}</h2>`, table(s.rows)]),
    `<p><strong>${escapeHtml(marking)}</strong></p>`,
    '</body>',
    '</html>',
  ].join('\n');
}
