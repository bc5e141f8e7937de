/**
 * The search page's script: queries the Pagefind index built into `dist/pagefind/`
 * and lists the results. Results are built as DOM nodes, never as HTML strings,
 * so no indexed text can become markup.
 */
interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}

interface Pagefind {
  options: (options: { baseUrl: string }) => Promise<void>;
  search: (query: string) => Promise<{ results: PagefindResult[] } | null>;
}

const base = import.meta.env.BASE_URL.endsWith("/") ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
    await module.options({ baseUrl: base });
    return module;
  });
  return pagefind;
}

/** The excerpt's text with Pagefind's `<mark>` highlights kept, everything else as plain text. */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(excerpt, "text/html");
  return [...parsed.body.childNodes].map((node) => {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? "");
  });
}

export function startSearch(root: Document): void {
  const form = root.querySelector<HTMLFormElement>("[data-search-form]");
  const input = form?.querySelector<HTMLInputElement>("input[type=search]");
  const status = root.querySelector<HTMLElement>("[data-search-status]");
  const list = root.querySelector<HTMLOListElement>("[data-search-results]");
  if (!form || !input || !status || !list) return;
  let latest = 0;

  const run = async (): Promise<void> => {
    const query = input.value.trim();
    const ticket = ++latest;
    if (!query) {
      list.replaceChildren();
      status.textContent = "";
      return;
    }
    const search = await (await loadPagefind()).search(query);
    const results = await Promise.all((search?.results ?? []).slice(0, 20).map((result) => result.data()));
    if (ticket !== latest) return;
    list.replaceChildren(
      ...results.map((result) => {
        const item = document.createElement("li");
        const link = document.createElement("a");
        link.href = result.url;
        link.textContent = result.meta.title ?? result.url;
        const excerpt = document.createElement("p");
        excerpt.append(...excerptNodes(result.excerpt));
        item.append(link, excerpt);
        return item;
      }),
    );
    status.textContent = results.length ? "" : (form.dataset.noResults ?? "");
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void run();
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 200);
  });
  const initial = new URLSearchParams(root.location.search).get("q");
  if (initial) {
    input.value = initial;
    void run();
  }
}
