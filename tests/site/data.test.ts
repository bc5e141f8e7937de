/** The site's data functions over hand-made annotations: grouping, merging, JSON-LD, URLs, strings. */
import { describe, expect, it } from "vitest";
import { resolveRoutesOptions } from "../../plugins/astro-explainer/src/routes.js";
import {
  countWords,
  recentQuotes,
  siteEntities,
  speakerGroups,
  voiceBlocs,
} from "../../plugins/astro-explainer/src/site/aggregate.js";
import { displayName, ui } from "../../plugins/astro-explainer/src/site/i18n.js";
import { jsonForScript, newsArticleJsonLd } from "../../plugins/astro-explainer/src/site/json-ld.js";
import { articleHref, entityHref, href, speakerQuotesHref } from "../../plugins/astro-explainer/src/site/paths.js";
import { followUp, harbour, pelabuhan } from "./fixtures.js";

const options = resolveRoutesOptions();

describe("speakerGroups", () => {
  it("groups one article's quotes by speaker, most quoted first, with counts per kind", () => {
    const groups = speakerGroups([harbour]).map((group) => ({
      slug: group.slug,
      name: group.name,
      role: group.role,
      affiliation: group.affiliation,
      quotes: group.quotes.map((entry) => [entry.quote.id, entry.via?.name]),
      counts: group.counts,
      words: group.words,
    }));
    expect(groups).toEqual([
      {
        slug: "ana-silva",
        name: "Ana Silva",
        role: "Port director",
        affiliation: "Harbour Board",
        quotes: [
          ["q1", undefined],
          ["q2", undefined],
        ],
        counts: { direct: 1, partial: 0, indirect: 1 },
        words: 11,
      },
      {
        slug: "harbour-board",
        name: "Harbour Board",
        role: undefined,
        affiliation: undefined,
        quotes: [["q3", undefined]],
        counts: { direct: 0, partial: 1, indirect: 0 },
        words: 2,
      },
      {
        slug: "tom-reed",
        name: "Tom Reed",
        role: "Mayor",
        affiliation: undefined,
        quotes: [["q4", "Coastline"]],
        counts: { direct: 0, partial: 0, indirect: 1 },
        words: 6,
      },
    ]);
  });

  it("puts quotes with no known speaker last, across articles", () => {
    const groups = speakerGroups([harbour, followUp]);
    expect(groups.map((group) => [group.slug, group.quotes.length])).toEqual([
      ["ana-silva", 3],
      ["harbour-board", 1],
      ["tom-reed", 1],
      ["dock-worker", 1],
      ["", 1],
    ]);
    expect(groups[0]?.quotes.map((entry) => `${entry.article.id}#${entry.quote.block}`)).toEqual([
      "harbour#p1",
      "harbour#p2",
      "follow-up#p1",
    ]);
    expect(groups.map((group) => [group.slug, group.articles])).toEqual([
      ["ana-silva", 2],
      ["harbour-board", 1],
      ["tom-reed", 1],
      ["dock-worker", 1],
      ["", 1],
    ]);
  });
});

describe("recentQuotes", () => {
  const where = (entries: ReturnType<typeof recentQuotes>) =>
    entries.map((entry) => `${entry.article.id}#${entry.quote.block}`);
  // Ana Silva: two quotes on 2 May (harbour), one on 9 May (follow-up); listed in the order given.
  const ana = () => speakerGroups([harbour, followUp])[0]?.quotes ?? [];

  it("keeps a speaker's newest quotes: the latest article first, source order within an article", () => {
    expect(where(recentQuotes(ana(), 2))).toEqual(["follow-up#p1", "harbour#p1"]);
    expect(where(recentQuotes(ana(), 3))).toEqual(["follow-up#p1", "harbour#p1", "harbour#p2"]);
  });

  it("gives every quote when the limit is not reached, and none for 0", () => {
    expect(recentQuotes(ana(), 10)).toHaveLength(3);
    expect(recentQuotes(ana(), 0)).toEqual([]);
  });
});

describe("voiceBlocs", () => {
  it("groups named speakers by what they speak for, the most quoted bloc first, people speaking for no one last", () => {
    const blocs = voiceBlocs(speakerGroups([harbour, followUp])).map((bloc) => [
      bloc.label,
      bloc.speakers.map((speaker) => speaker.slug),
      bloc.quotes,
      bloc.words,
    ]);
    expect(blocs).toEqual([
      ["Harbour Board", ["ana-silva", "harbour-board"], 4, 17],
      ["Eastport", ["dock-worker"], 1, 5],
      ["", ["tom-reed"], 1, 6],
    ]);
  });
});

describe("siteEntities", () => {
  const entities = siteEntities([harbour, followUp, pelabuhan]);
  const silva = entities.find((entity) => entity.slug === "ana-silva");

  it("merges an entity found in several articles by its slug", () => {
    expect(entities.map((entity) => entity.slug)).toEqual([
      "ana-silva",
      "harbour-board",
      "coastline",
      "tom-reed",
      "dock-worker",
      "eastport",
    ]);
    expect(silva).toMatchObject({
      name: "Ana Silva",
      roles: ["Port director", "the port director", "Direktur pelabuhan"],
      affiliations: [{ slug: "harbour-board", name: "Harbour Board", type: "organization" }],
      mentionCount: 4,
      lang: "en",
    });
    expect(silva?.quotes.map((entry) => `${entry.article.id}/${entry.quote.id}`)).toEqual([
      "harbour/q1",
      "harbour/q2",
      "follow-up/q1",
      "pelabuhan/q1",
    ]);
    expect(silva?.appearances.map((a) => [a.article.id, a.blocks])).toEqual([
      ["harbour", ["p1", "p2"]],
      ["follow-up", ["p1"]],
      ["pelabuhan", ["p1"]],
    ]);
  });

  it("lists an organization's people and a news agency's relayed statements", () => {
    expect(entities.find((entity) => entity.slug === "harbour-board")?.members).toEqual([
      { slug: "ana-silva", name: "Ana Silva", type: "person" },
    ]);
    const coastline = entities.find((entity) => entity.slug === "coastline");
    expect(coastline?.quotes).toEqual([]);
    expect(coastline?.relayed.map((entry) => [entry.quote.id, entry.speaker?.name])).toEqual([["q4", "Tom Reed"]]);
  });

  it("keeps the type of an affiliation, so a place standing for a government gets no organization link", () => {
    const worker = entities.find((entity) => entity.slug === "dock-worker");
    expect(worker?.affiliations).toEqual([{ slug: "eastport", name: "Eastport", type: "place" }]);
    expect(entityHref("/", options, { id: "eastport", type: worker?.affiliations[0]?.type })).toBeUndefined();
  });

  it("takes the language most of the entity's articles are in", () => {
    expect(siteEntities([pelabuhan, harbour]).find((entity) => entity.slug === "tom-reed")?.lang).toBe("en");
    const onlyIndonesian = siteEntities([pelabuhan])[0];
    expect(onlyIndonesian?.lang).toBe("id");
  });
});

describe("countWords", () => {
  it.each([
    ["We have cleared the channel", 5],
    ["people’s doors, don't stop", 4],
    ["10.000 tentara Korea Utara", 4],
    ["  ", 0],
  ])("%s → %i", (text, words) => expect(countWords(text)).toBe(words));
});

describe("newsArticleJsonLd", () => {
  const url = "https://news.example/articles/harbour/";
  const ld = newsArticleJsonLd(harbour, {
    url,
    entityUrl: (entity) => (entity.type === "person" ? `https://news.example/people/${entity.id}/` : undefined),
  });

  it("is a NewsArticle citing its direct and partial quotes with their speakers", () => {
    expect(ld).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "Title of harbour",
      inLanguage: "en",
      datePublished: "2024-05-02",
      url,
    });
    expect(ld.citation).toEqual([
      {
        "@type": "Quotation",
        text: "We have cleared the channel",
        url: `${url}#p2`,
        creator: {
          "@type": "Person",
          name: "Ana Silva",
          jobTitle: "Port director",
          url: "https://news.example/people/ana-silva/",
        },
        spokenByCharacter: {
          "@type": "Person",
          name: "Ana Silva",
          jobTitle: "Port director",
          url: "https://news.example/people/ana-silva/",
        },
      },
      {
        "@type": "Quotation",
        text: "cautiously optimistic",
        url: `${url}#p2`,
        creator: { "@type": "Organization", name: "Harbour Board" },
        spokenByCharacter: { "@type": "Organization", name: "Harbour Board" },
      },
    ]);
  });

  it("mentions people, organizations and places but not unnamed sources", () => {
    const names = (newsArticleJsonLd(followUp, { url }).mentions as { name: string }[]).map((thing) => thing.name);
    expect(names).toEqual(["Silva", "Eastport"]);
  });
});

describe("jsonForScript", () => {
  it.each([
    ["</script><script>alert(1)</script>"],
    ["<!-- comment --> & more"],
    ["line\u2028separator\u2029paragraph"],
  ])("escapes %j so it cannot leave its script element and still parses back", (text) => {
    const json = jsonForScript({ text });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual({ text });
  });
});

describe("paths", () => {
  it.each([
    ["/", "who-said-what/", "/who-said-what/"],
    ["/news", "people/ana-silva/", "/news/people/ana-silva/"],
    ["/news/", "", "/news/"],
  ])("href(%j, %j) = %j", (base, path, expected) => expect(href(base, path)).toBe(expected));

  it("links a paragraph of an article and the pages of people and organizations only", () => {
    expect(articleHref("/news/", options, "harbour", "p3")).toBe("/news/articles/harbour/#p3");
    expect(articleHref("/", options, "harbour")).toBe("/articles/harbour/");
    expect(entityHref("/", options, { id: "ana-silva", type: "person" })).toBe("/people/ana-silva/");
    expect(entityHref("/", options, { id: "coastline", type: "organization" })).toBe("/organizations/coastline/");
    expect(entityHref("/", options, { id: "dock-worker", type: "group" })).toBeUndefined();
  });

  it("follows the paths set in the options, and drops pages turned off", () => {
    const custom = resolveRoutesOptions({ people: "/orang/", organizations: false, articlePath: "/berita/[id]/" });
    expect(entityHref("/", custom, { id: "ana-silva", type: "person" })).toBe("/orang/ana-silva/");
    expect(entityHref("/", custom, { id: "coastline", type: "organization" })).toBeUndefined();
    expect(articleHref("/", custom, "harbour", "p1")).toBe("/berita/harbour/#p1");
  });

  it.each([
    ["a person: their page", { slug: "ana-silva", name: "Ana Silva", type: "person" }, "/news/people/ana-silva/"],
    [
      "an unnamed source: the search for it",
      { slug: "dock-worker", name: "a dock worker", type: "group" },
      "/news/cari/?q=a%20dock%20worker",
    ],
    ["the unknown speaker: nothing", { slug: "", name: "", type: undefined }, undefined],
  ] as const)("leads from a capped list to all quotes of %s", (_, speaker, expected) => {
    const withSearch = resolveRoutesOptions({ search: "/cari/" });
    expect(speakerQuotesHref("/news", withSearch, speaker)).toBe(expected);
  });

  it("has nowhere to send an unnamed source's quotes without a search page", () => {
    expect(
      speakerQuotesHref("/", options, { slug: "dock-worker", name: "a dock worker", type: "group" }),
    ).toBeUndefined();
  });
});

describe("ui", () => {
  it.each([
    ["id", "Siapa mengatakan apa", "tidak langsung", "29 Oktober 2024"],
    ["en-GB", "Who said what", "indirect", "29 October 2024"],
    ["fr", "Who said what", "indirect", "29 October 2024"],
  ])("speaks %s", (lang, heading, indirect, date) => {
    const t = ui(lang);
    expect([t.whoSaidWhat, t.quoteKind.indirect, t.formatDate(new Date("2024-10-29"))]).toEqual([
      heading,
      indirect,
      date,
    ]);
  });

  it("counts in each language", () => {
    expect([ui("en").quoteCount(1), ui("en").quoteCount(3), ui("id").quoteCount(3)]).toEqual([
      "1 quote",
      "3 quotes",
      "3 kutipan",
    ]);
  });
});

describe("displayName", () => {
  it.each([
    ["senior official at the Ministry", "en", "Senior official at the Ministry"],
    ["pejabat Kementerian Luar Negeri", "id", "Pejabat Kementerian Luar Negeri"],
    ["Helena Marsh", "en", "Helena Marsh"],
    ["", "en", ""],
  ])("%j → %j", (name, lang, shown) => expect(displayName(name, lang)).toBe(shown));
});
