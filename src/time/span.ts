/** A stretch of time a target is measured over, as instants [start, end). */
export interface Span {
  start: number;
  end: number;
}
