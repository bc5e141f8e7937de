/** The accuracy targets of issue 3, on the development sets, by metric key (see `metrics`). */

export interface Target {
  metric: string;
  label: string;
  minimum: number;
}

export const TARGETS: readonly Target[] = [
  { metric: "pfsa-id.quotes.f1", label: "PFSA-ID statement F1", minimum: 0.9 },
  { metric: "pfsa-id.speaker.accuracy", label: "PFSA-ID right speaker of found statements", minimum: 0.85 },
  { metric: "polnear.relation.f1", label: "PolNeAR relation F1", minimum: 0.7 },
  { metric: "idner-news-2k.person.exact.f1", label: "idner-news-2k PER F1 (exact)", minimum: 0.85 },
  { metric: "idner-news-2k.organization.exact.f1", label: "idner-news-2k ORG F1 (exact)", minimum: 0.7 },
  { metric: "indolem-nerugm.quantity.exact.f1", label: "NER-UGM QUANTITY F1 (exact)", minimum: 0.8 },
  { metric: "indolem-nerugm.time.exact.f1", label: "NER-UGM TIME F1 (exact)", minimum: 0.8 },
];

export interface TargetStatus extends Target {
  value: number | undefined;
  met: boolean;
  /** How far below the minimum, when short. */
  shortBy: number;
}

export function targetStatus(metrics: Readonly<Record<string, number>>): TargetStatus[] {
  return TARGETS.map((target) => {
    const value = metrics[target.metric];
    const met = value !== undefined && value >= target.minimum;
    return { ...target, value, met, shortBy: met || value === undefined ? 0 : target.minimum - value };
  });
}
