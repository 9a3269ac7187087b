// A local TypeDoc plugin (typedoc.json "plugin") that gives a heading made of inline code the
// anchor GitHub gives it. TypeDoc builds a heading's anchor from its plain text only, so
// "#### `applicant.submittedPriorApplication`" gets "#_" on the site while GitHub (and every link
// in the README and docs/reference/lifecycle.md) uses "#applicantsubmittedpriorapplication".
// The plugin hands TypeDoc the code's text as the text of the heading: the code is still rendered
// as code.
import { Application } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  // TypeDoc resets its options after loading the plugins: set the loader once they are read.
  app.on(Application.EVENT_BOOTSTRAP_END, () => setLoader(app));
}

/** @param {import('typedoc').Application} app */
function setLoader(app) {
  const previous = app.options.getValue('markdownItLoader');
  app.options.setValue('markdownItLoader', (parser) => {
    previous(parser);
    parser.core.ruler.push('ismap-liu-heading-code-text', (state) => {
      state.tokens.forEach((token, i) => {
        if (token.type !== 'heading_open') return;
        for (const child of state.tokens[i + 1]?.children ?? []) {
          if (child.type !== 'code_inline' || child.children !== null) continue;
          const text = new state.Token('text', '', 0);
          text.content = child.content;
          // The renderer of code_inline reads `content` only; TypeDoc's anchors read the children.
          child.children = [text];
        }
      });
    });
  });
}
