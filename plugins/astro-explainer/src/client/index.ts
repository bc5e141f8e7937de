/**
 * Hover cards for the marks remark-explainer renders: the progressive layer.
 * Without it a mention is a link to its entry (and Chromium opens the card
 * natively through `interestfor`); with it, cards open on hover intent,
 * keyboard focus and tap, and close on leave, blur, Escape and outside click
 * (WCAG 2.2 SC 1.4.13: dismissible, hoverable, persistent). The page's cards
 * carry no close button (they close natively on leave, blur and Escape): the
 * script adds one to each card it opens, for touch.
 *
 * Usage: `import { enhanceCards } from "astro-explainer/client"; enhanceCards();`
 */

const OPEN_DELAY = 400;
const CLOSE_DELAY = 300;

/** Call once per page (later calls do nothing). */
export function enhanceCards(doc: Document = document): void {
  if (doc.documentElement.dataset.explainerCards) return;
  doc.documentElement.dataset.explainerCards = "";
  let timer = 0;
  let touch = false;
  let trigger: HTMLElement | null = null;
  let card: HTMLElement | null = null;

  const triggerOf = (node: EventTarget | null): HTMLElement | null =>
    node instanceof Element ? node.closest<HTMLElement>("[data-explainer][aria-details]") : null;
  const inCard = (node: EventTarget | null): boolean => !!card && node instanceof Node && card.contains(node);
  const isOpen = (): boolean => !!card?.matches(":popover-open");
  const later = (action: () => void, delay: number): void => {
    clearTimeout(timer);
    timer = window.setTimeout(action, delay);
  };
  const open = (next: HTMLElement): void => {
    clearTimeout(timer);
    const nextCard = doc.getElementById(next.getAttribute("aria-details") ?? "");
    if (!nextCard?.popover) return;
    if (nextCard !== card || next !== trigger) close();
    trigger = next;
    card = nextCard;
    if (!nextCard.querySelector(".explainer-card-close")) nextCard.prepend(closeButton(nextCard));
    // The source makes the trigger the card's implicit anchor for CSS anchor positioning.
    if (!isOpen()) nextCard.showPopover({ source: next } as ShowPopoverOptions);
  };
  const close = (): void => {
    clearTimeout(timer);
    if (isOpen()) card?.hidePopover();
  };

  const closeButton = (target: HTMLElement): HTMLButtonElement => {
    const button = doc.createElement("button");
    button.type = "button";
    button.className = "explainer-card-close";
    button.textContent = "×";
    button.setAttribute("popovertarget", target.id);
    button.setAttribute("popovertargetaction", "hide");
    const name = target.closest("[data-explainer-close]")?.getAttribute("data-explainer-close");
    button.setAttribute("aria-label", name ?? "Close");
    return button;
  };

  // One behaviour everywhere: the script's delays replace native interest invokers, and
  // `aria-details` names the card for assistive technology as `interestfor` did (in Chromium).
  for (const element of doc.querySelectorAll("[data-explainer][interestfor]")) {
    element.setAttribute("aria-details", element.getAttribute("interestfor") ?? "");
    element.removeAttribute("interestfor");
  }

  doc.addEventListener("pointerdown", (event) => {
    touch = event.pointerType === "touch";
  });
  doc.addEventListener("pointerover", (event) => {
    if (event.pointerType === "touch") return;
    const over = triggerOf(event.target);
    if (over) later(() => open(over), over === trigger && isOpen() ? 0 : OPEN_DELAY);
    else if (inCard(event.target)) clearTimeout(timer);
  });
  doc.addEventListener("pointerout", (event) => {
    if (event.pointerType === "touch" || !(triggerOf(event.target) || inCard(event.target))) return;
    const to = event.relatedTarget;
    if (inCard(to) || (trigger && triggerOf(to) === trigger)) return;
    later(close, CLOSE_DELAY);
  });
  doc.addEventListener("focusin", (event) => {
    const focused = triggerOf(event.target);
    if (focused?.matches(":focus-visible")) open(focused);
  });
  doc.addEventListener("focusout", (event) => {
    if (triggerOf(event.target) === trigger && !inCard(event.relatedTarget) && !touch) close();
  });
  doc.addEventListener("click", (event) => {
    const clicked = triggerOf(event.target);
    if (!clicked) return;
    const samePage = clicked.getAttribute("href")?.startsWith("#") !== false;
    // A tap opens the card first (it has a close button and a link onwards); a same-page link only ever opens it.
    if (samePage || (touch && !(clicked === trigger && isOpen()))) {
      event.preventDefault();
      open(clicked);
    }
  });
  doc.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !isOpen()) return;
    const focusInCard = inCard(doc.activeElement);
    close();
    if (focusInCard || doc.activeElement === trigger) trigger?.focus();
  });
}
