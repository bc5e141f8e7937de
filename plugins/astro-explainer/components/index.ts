/** The components astro-explainer ships for host sites, with their typed props. */
export { default as EntityCard, type Props as EntityCardProps } from "./EntityCard.astro";
export { default as ExplainerCards, type Props as ExplainerCardsProps } from "./ExplainerCards.astro";
export { default as Legend, type Props as LegendProps } from "./Legend.astro";
export { type SpeakerSummary, speakerSummaries } from "./speakers.ts";
export { default as WhoSaidWhat, type Props as WhoSaidWhatProps } from "./WhoSaidWhat.astro";
