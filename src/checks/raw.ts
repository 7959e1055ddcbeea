/**
 * The shapes of schema-valid documents as checks see them: still raw YAML values (strings, not
 * parsed dates), because checks report against JSON pointers into the file, not the model.
 */
export interface RawTarget {
  name: string;
  metric: string;
  objective: string | number;
  threshold?: string;
  priority?: string | number;
  calendar?: string;
  source?: string;
  credits?: { below: string | number; credit: string | number }[];
  supports?: string[];
}

export interface RawAgreementSpec {
  service: string;
  provider: string;
  customer: string;
  term: { start: string; end?: string };
  review?: { every: string; last?: string };
  calendar?: string;
  timezone?: string;
  targets: RawTarget[];
}

export interface RawServiceSpec {
  owner: string;
  dependsOn?: (string | { anyOf: string[] })[];
}

export type RawCalendarEntry = string | { date: string; from: string; to?: string };

export interface RawCalendarSpec {
  timezone?: string;
  hours: { days: string[]; from: string; to: string }[];
  holidays?: RawCalendarEntry[];
  workdays?: RawCalendarEntry[];
  workdayAs?: string;
  holidaysFrom?: { country: string; region?: string };
}

export interface RawDataSourceSpec {
  type: "tickets" | "outages" | "checks" | "metrics";
  service?: string;
  timezone?: string;
  columns: Record<string, string>;
}
