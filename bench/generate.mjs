/**
 * Deterministic news-article generator for the bench: the same seed always
 * gives the same bytes. Vocabulary and templates are invented here (no corpus
 * text, no names from the shipped article), in Indonesian and English.
 *
 * CLI: node bench/generate.mjs --count 10 --seed 1 --out bench/work/articles
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";

/** mulberry32: a tiny seeded PRNG; good enough to vary text, stable across Node versions. */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  return { next, int, pick };
}

const VOCABULARY = {
  id: {
    first: ["Budi", "Siti", "Agus", "Dewi", "Rahmat", "Lestari", "Hendra", "Wulan", "Teguh", "Ratna", "Fajar", "Indah"],
    last: ["Santoso", "Rahayu", "Wibowo", "Kusuma", "Hidayat", "Purnama", "Saragih", "Nainggolan", "Pratama", "Utami"],
    titles: ["Menteri Pertanian", "juru bicara", "Gubernur", "Kepala Dinas Perhubungan", "Ketua Komisi", "Direktur"],
    orgs: [
      "Kementerian Pertanian",
      "Badan Riset Pangan Nusantara",
      "Dewan Pengawas Pelabuhan",
      "Partai Karya Bersama",
      "Universitas Teluk Biru",
      "Serikat Pekerja Dermaga",
    ],
    places: ["Jakarta", "Surabaya", "Medan", "Makassar", "Bandung", "Semarang"],
    topics: ["harga beras", "tarif listrik", "proyek jalan tol", "banjir rob", "impor jagung", "upah buruh"],
    actions: ["menaikkan", "menurunkan", "menunda", "meninjau ulang", "membatasi", "mempercepat"],
    groups: ["Seorang pejabat yang enggan disebut namanya", "Sejumlah sumber di kementerian", "Dua orang saksi"],
    weekdays: ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"],
    months: ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober"],
    units: ["ton", "keluarga", "kendaraan", "pekerja", "hektare"],
    relative: ["pekan lalu", "bulan depan", "kemarin", "dalam dua pekan mendatang"],
  },
  en: {
    first: ["Margaret", "Daniel", "Priya", "Thomas", "Aisha", "Owen", "Helen", "Marcus", "Nora", "Victor", "Grace"],
    last: ["Whitfield", "Okafor", "Brennan", "Castillo", "Lindqvist", "Harrow", "Mendes", "Calloway", "Thornbury"],
    titles: ["Agriculture Minister", "spokeswoman", "Governor", "Transport Secretary", "committee chair", "Director"],
    orgs: [
      "Ministry of Agriculture",
      "National Food Research Agency",
      "Harbor Oversight Council",
      "Common Ground Party",
      "Bluewater University",
      "Dockworkers Union",
    ],
    places: ["Chicago", "Manchester", "Toronto", "Sydney", "Denver", "Glasgow"],
    topics: ["rice prices", "power tariffs", "the toll road project", "coastal flooding", "corn imports", "dock wages"],
    actions: ["raise", "cut", "delay", "review", "cap", "speed up"],
    groups: ["An official who asked not to be named", "Several sources inside the ministry", "Two witnesses"],
    weekdays: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"],
    units: ["tons", "families", "vehicles", "workers", "hectares"],
    relative: ["last week", "next month", "yesterday", "in the coming two weeks"],
  },
};

/** Locale-formatted numbers: 10.000 / 3,5 (id) and 10,000 / 3.5 (en). */
function formatNumber(value, lang, decimals = 0) {
  return value.toLocaleString(lang === "id" ? "id-ID" : "en-US", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
}

/** One article's worth of phrase makers over a PRNG and a language. */
function phrases(random, lang) {
  const v = VOCABULARY[lang];
  const { pick, int } = random;
  const name = () => `${pick(v.first)} ${pick(v.last)}`;
  const count = () => formatNumber(int(2, 900) * 50, lang);
  const percent = () => `${formatNumber(int(5, 400) / 10, lang, 1)} ${lang === "id" ? "persen" : "percent"}`;
  const money = () =>
    lang === "id"
      ? `Rp ${formatNumber(int(11, 990) / 10, lang, 1)} triliun`
      : `$${formatNumber(int(11, 990) / 10, lang, 1)} billion`;
  const date = () =>
    lang === "id"
      ? `${int(1, 28)} ${pick(v.months)} ${int(2023, 2025)}`
      : `${pick(v.months)} ${int(1, 28)}, ${int(2023, 2025)}`;
  const when = () => {
    const kind = int(0, 2);
    if (kind === 0) return lang === "id" ? `pada hari ${pick(v.weekdays)}` : `on ${pick(v.weekdays)}`;
    if (kind === 1) return lang === "id" ? `pada ${date()}` : `on ${date()}`;
    return pick(v.relative);
  };
  const claim = () =>
    lang === "id"
      ? pick([
          () => `pemerintah akan ${pick(v.actions)} ${pick(v.topics)} sebesar ${percent()} ${pick(v.relative)}`,
          () => `${pick(v.orgs)} mencatat ${count()} ${pick(v.units)} terdampak di ${pick(v.places)}`,
          () => `anggaran ${money()} belum cukup untuk ${pick(v.topics)}`,
          () => `kami tidak akan ${pick(v.actions)} ${pick(v.topics)} tanpa kajian yang jelas`,
        ])()
      : pick([
          () => `the government will ${pick(v.actions)} ${pick(v.topics)} by ${percent()} ${pick(v.relative)}`,
          () => `the ${pick(v.orgs)} counted ${count()} ${pick(v.units)} affected in ${pick(v.places)}`,
          () => `a budget of ${money()} is not enough for ${pick(v.topics)}`,
          () => `we will not ${pick(v.actions)} ${pick(v.topics)} without a clear study`,
        ])();
  return { v, name, count, percent, money, date, when, claim };
}

const capitalise = (text) => text.charAt(0).toUpperCase() + text.slice(1);

/** Sentence templates: direct, partial and indirect quotes, groups, pronoun follow-ups, figures. */
function sentenceMakers(p, random, lang) {
  const { pick } = random;
  const { v } = p;
  if (lang === "id") {
    return {
      direct: (who) => `“${capitalise(p.claim())},” kata ${who} ${p.when()}.`,
      directLead: (who) => `${capitalise(who)} mengatakan, “${capitalise(p.claim())}.”`,
      partial: (who) =>
        `${capitalise(who)} menyebut rencana itu “${pick(["terburu-buru", "tidak adil", "langkah berani"])}” dan meminta ${pick(v.orgs)} bertindak.`,
      indirect: (who) => `${capitalise(who)} mengatakan bahwa ${p.claim()}.`,
      according: () => `Menurut ${pick(v.orgs)}, ${p.claim()}.`,
      group: () => `${pick(v.groups)} mengatakan ${p.claim()}.`,
      followUp: () => `“${capitalise(p.claim())},” ujarnya.`,
      figure: () =>
        `${pick(v.orgs)} mencatat ${p.count()} ${pick(v.units)} di ${pick(v.places)} ${p.when()}, naik dari ${p.count()}.`,
    };
  }
  return {
    direct: (who) => `“${capitalise(p.claim())},” ${who} said ${p.when()}.`,
    directLead: (who) => `${capitalise(who)} said: “${capitalise(p.claim())}.”`,
    partial: (who) =>
      `${capitalise(who)} called the plan “${pick(["rushed", "unfair", "a bold step"])}” and urged the ${pick(v.orgs)} to act.`,
    indirect: (who) => `${capitalise(who)} said that ${p.claim()}.`,
    according: () => `According to the ${pick(v.orgs)}, ${p.claim()}.`,
    group: () => `${pick(v.groups)} said ${p.claim()}.`,
    followUp: () => `“${capitalise(p.claim())},” she said.`,
    figure: () =>
      `The ${pick(v.orgs)} recorded ${p.count()} ${pick(v.units)} in ${pick(v.places)} ${p.when()}, up from ${p.count()}.`,
  };
}

/** A titled speaker on first mention, the surname alone afterwards. */
function speakers(p, random) {
  const seen = new Map();
  return () => {
    const full = p.name();
    if (seen.has(full)) return full.split(" ")[1];
    const titled = `${random.pick(p.v.titles)} ${full}`;
    seen.set(full, titled);
    return titled;
  };
}

function paragraph(random, s, speaker) {
  const sentences = [];
  const length = random.int(2, 4);
  for (let i = 0; i < length; i++) {
    const kind = random.pick(["direct", "directLead", "partial", "indirect", "according", "group", "figure", "direct"]);
    sentences.push(s[kind](speaker()));
    if (kind === "direct" && random.next() < 0.3) sentences.push(s.followUp());
  }
  return sentences.join(" ");
}

function frontmatter({ title, description, lang, date }) {
  return `---\ntitle: ${JSON.stringify(title)}\ndescription: ${JSON.stringify(description)}\nlang: ${lang}\ndate: ${date}\n---\n\n`;
}

/** One ~4 KB Markdown article (frontmatter + body), the same for the same seed and language. */
export function generateArticle({ seed, lang = "id", bytes = 4000 }) {
  const random = createRandom(seed);
  const p = phrases(random, lang);
  const s = sentenceMakers(p, random, lang);
  const speaker = speakers(p, random);
  const topic = random.pick(p.v.topics);
  const place = random.pick(p.v.places);
  const title =
    lang === "id" ? `${capitalise(topic)} di ${place} jadi sorotan` : `${capitalise(topic)} in ${place} under scrutiny`;
  const description = capitalise(`${p.claim()}.`);
  const date = `202${random.int(3, 5)}-${String(random.int(1, 12)).padStart(2, "0")}-${String(random.int(1, 28)).padStart(2, "0")}`;
  const head = frontmatter({ title, description, lang, date });
  const blocks = [];
  let size = head.length;
  while (size < bytes - 200) {
    let block = paragraph(random, s, speaker);
    // A little Markdown syntax, as real articles have: emphasis, a link, a subheading.
    if (random.next() < 0.15) block = block.replace(/ (\p{Lu}\p{Ll}+) /u, " *$1* ");
    if (random.next() < 0.1) block = block.replace(/ (\p{Lu}\p{Ll}+)([ .,])/u, " [$1](https://example.org/$1)$2");
    if (blocks.length > 0 && random.next() < 0.1) blocks.push(`## ${capitalise(random.pick(p.v.topics))}`);
    blocks.push(block);
    size += Buffer.byteLength(block) + 2;
  }
  return `${head}${blocks.join("\n\n")}\n`;
}

/** `count` articles alternating Indonesian and English, named by index. */
export function generateArticles(count, { seed = 1, langs = ["id", "en"] } = {}) {
  return Array.from({ length: count }, (_, index) => {
    const lang = langs[index % langs.length];
    return {
      name: `article-${String(index + 1).padStart(5, "0")}.md`,
      lang,
      markdown: generateArticle({ seed: seed * 100_003 + index, lang }),
    };
  });
}

function worstArticle(title, lang, body) {
  return `${frontmatter({ title, description: title, lang, date: "2024-10-29" })}${body}\n`;
}

/** Worst case: one paragraph of at least `bytes` bytes (no blank line in it). */
export function worstParagraph(bytes, { seed = 1, lang = "id" } = {}) {
  const random = createRandom(seed);
  const p = phrases(random, lang);
  const s = sentenceMakers(p, random, lang);
  const speaker = speakers(p, random);
  const sentences = [];
  let size = 0;
  while (size < bytes) {
    const sentence = paragraph(random, s, speaker);
    sentences.push(sentence);
    size += Buffer.byteLength(sentence) + 1;
  }
  return worstArticle("One long paragraph", lang, sentences.join(" "));
}

/** Worst case: `count` direct quotes in one article, four to a paragraph. */
export function worstQuotes(count, { seed = 1, lang = "id" } = {}) {
  const random = createRandom(seed);
  const p = phrases(random, lang);
  const s = sentenceMakers(p, random, lang);
  const speaker = speakers(p, random);
  const paragraphs = [];
  for (let i = 0; i < count; i += 4) {
    const quotes = [];
    for (let j = i; j < Math.min(i + 4, count); j++) quotes.push(s.direct(speaker()));
    paragraphs.push(quotes.join(" "));
  }
  return worstArticle("Many quotes", lang, paragraphs.join("\n\n"));
}

/** Invented names from syllables: as many distinct ones as asked, none of them real on purpose. */
function inventedNames(count, random) {
  const syllables = ["ka", "ri", "su", "to", "ma", "de", "wi", "lo", "ra", "ne", "ba", "ti", "go", "ha", "yu", "se"];
  const word = (parts) => capitalise(Array.from({ length: parts }, () => random.pick(syllables)).join(""));
  const names = new Set();
  while (names.size < count) names.add(`${word(random.int(2, 3))} ${word(random.int(2, 4))}`);
  return [...names];
}

/** Worst case: `count` distinct people, each introduced with a role and quoted once, five to a paragraph. */
export function worstNames(count, { seed = 1, lang = "id" } = {}) {
  const random = createRandom(seed);
  const p = phrases(random, lang);
  const s = sentenceMakers(p, random, lang);
  const names = inventedNames(count, random);
  const paragraphs = [];
  for (let i = 0; i < names.length; i += 5) {
    const group = names.slice(i, i + 5).map((name) => s.indirect(`${random.pick(p.v.titles)} ${name}`));
    paragraphs.push(group.join(" "));
  }
  return worstArticle("Many names", lang, paragraphs.join("\n\n"));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      count: { type: "string", default: "10" },
      seed: { type: "string", default: "1" },
      out: { type: "string" },
    },
  });
  const articles = generateArticles(Number(values.count), { seed: Number(values.seed) });
  if (values.out) {
    mkdirSync(values.out, { recursive: true });
    for (const article of articles) writeFileSync(join(values.out, article.name), article.markdown);
    console.log(`${articles.length} articles in ${values.out}`);
  } else {
    process.stdout.write(articles.map((article) => article.markdown).join("\n"));
  }
}
