import { csvField, cssString, escapeHtml, escapeMarkdownCell, escapeMarkdownText, html, SafeHtml } from '../../../src/modules/report/render/escape';

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>R&D</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;R&amp;D&lt;/a&gt;');
  });
});

describe('html template tag', () => {
  it('escapes interpolated strings', () => {
    expect(html`<p>${'<script>alert(1)</script>'}</p>`.value).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
  });

  it('keeps SafeHtml and joins arrays of it', () => {
    expect(html`<ul>${['a&b', 'c'].map((t) => html`<li>${t}</li>`)}</ul>`.value).toBe('<ul><li>a&amp;b</li><li>c</li></ul>');
  });

  it('renders numbers, and nothing for null, undefined and false', () => {
    expect(html`${0}|${null}|${undefined}|${false}|${new SafeHtml('<br>')}`.value).toBe('0||||<br>');
  });
});

describe('cssString', () => {
  it('quotes text so that it cannot close the string or the style element', () => {
    expect(cssString('Report "A" \\ </style>\nnext')).toBe('"Report \\"A\\" \\\\ \\3C /style> next"');
  });
});

describe('Markdown escaping', () => {
  it('escapes the pipe so a cell cannot split', () => {
    expect(escapeMarkdownCell('diversion | pilots')).toBe('diversion \\| pilots');
  });

  it('turns line breaks inside a cell into <br>', () => {
    expect(escapeMarkdownCell('one\r\ntwo\nthree')).toBe('one<br>two<br>three');
  });

  it('escapes raw HTML and emphasis markers', () => {
    expect(escapeMarkdownText('<script>*x*_y_`z`')).toBe('\\<script\\>\\*x\\*\\_y\\_\\`z\\`');
  });

  it('escapes & only where it would form an entity', () => {
    // In "&#39;" the escaped # already breaks the numeric entity.
    expect(escapeMarkdownText('R&D &amp; &#39;')).toBe('R&D \\&amp; &\\#39;');
  });

  it('turns line breaks in inline text into spaces', () => {
    expect(escapeMarkdownText('a\n# b')).toBe('a \\# b');
  });
});

describe('csvField', () => {
  it('leaves plain text unquoted', () => {
    expect(csvField('Kenya')).toBe('Kenya');
  });

  it('quotes fields with commas, quotes or line breaks and doubles quotes', () => {
    expect([csvField('a, b'), csvField('say "hi"'), csvField('one\r\ntwo')]).toEqual(['"a, b"', '"say ""hi"""', '"one\r\ntwo"']);
  });

  it('writes numbers as they are and null as an empty field', () => {
    expect([csvField(0.82), csvField(null)]).toEqual(['0.82', '']);
  });

  it('neutralises text a spreadsheet would run as a formula', () => {
    expect([csvField('=HYPERLINK("x")'), csvField('+1'), csvField('@SUM(A1)')]).toEqual(['"\'=HYPERLINK(""x"")"', "'+1", "'@SUM(A1)"]);
  });
});
