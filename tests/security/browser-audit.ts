/**
 * What a browser sees on a built page that would mean injected markup: recorded script
 * execution, dialogs, event-handler attributes, script URLs, foreign script/frame/object
 * elements, and JSON data blocks that do not parse or could break out of their element.
 */
import type { BrowserContext, Page } from "playwright-core";

declare global {
  interface Window {
    __xss: unknown[];
  }
}

/** Record every `__xss.push` and every alert/confirm/prompt, in every frame, before any page script runs. */
export async function recordExecution(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    window.__xss = [];
    for (const name of ["alert", "confirm", "prompt", "print"] as const) {
      Object.defineProperty(window, name, {
        value: (message: unknown) => {
          (window.top ?? window).__xss.push(`${name}(${String(message)})`);
        },
      });
    }
  });
}

/** Open what a reader would open: focus and hover every explainer trigger, show every popover. */
export async function exercise(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const pause = () => new Promise((resolve) => setTimeout(resolve, 20));
    for (const element of Array.from(document.querySelectorAll<HTMLElement>("[data-explainer]")).slice(0, 200)) {
      element.focus();
      element.dispatchEvent(new PointerEvent("pointerenter", { bubbles: true }));
      element.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
      await pause();
    }
    for (const popover of Array.from(document.querySelectorAll<HTMLElement>("[popover]"))) {
      try {
        popover.showPopover();
      } catch {
        // already open, or not a valid popover: nothing to exercise
      }
    }
  });
  await page.waitForTimeout(600); // longer than the cards' hover intent
}

/** Markup on the page that should never come from article text. */
export async function injectedMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const findings: string[] = [];
    const describe = (element: Element) => element.outerHTML.slice(0, 160);
    const urlAttributes = ["href", "src", "action", "formaction", "data", "xlink:href", "poster", "background"];
    for (const element of Array.from(document.querySelectorAll("*"))) {
      for (const attribute of Array.from(element.attributes)) {
        const name = attribute.name.toLowerCase();
        if (name.startsWith("on")) findings.push(`event handler attribute ${name}: ${describe(element)}`);
        // Browsers ignore control characters and whitespace inside a URL scheme.
        const value = Array.from(attribute.value)
          .filter((character) => character.charCodeAt(0) > 0x20)
          .join("")
          .toLowerCase();
        if (urlAttributes.includes(name) && /^(javascript|vbscript|data:text\/html)/.test(value))
          findings.push(`script URL in ${name}: ${describe(element)}`);
        if (name === "srcdoc") findings.push(`srcdoc: ${describe(element)}`);
      }
      const tag = element.localName;
      if (["iframe", "frame", "object", "embed", "base", "applet"].includes(tag))
        findings.push(`<${tag}>: ${describe(element)}`);
      if (tag === "meta" && element.getAttribute("http-equiv")?.toLowerCase() === "refresh")
        findings.push(`meta refresh: ${describe(element)}`);
      if (tag === "script") {
        const type = (element.getAttribute("type") ?? "").toLowerCase();
        const src = element.getAttribute("src");
        const isData = type.includes("json");
        const isOwnFile = src !== null && new URL(src, location.href).origin === location.origin;
        if (!isData && !isOwnFile) findings.push(`script element: ${describe(element)}`);
        if (isData) {
          const text = element.textContent ?? "";
          try {
            JSON.parse(text);
          } catch {
            findings.push(`JSON data block does not parse: ${text.slice(0, 120)}`);
          }
          if (/<\/script|<!--|<script/i.test(text))
            findings.push(`JSON data block holds raw </script, <!-- or <script`);
          if (/[\u2028\u2029]/.test(text)) findings.push("JSON data block holds a raw U+2028/U+2029");
        }
      }
    }
    return findings;
  });
}
