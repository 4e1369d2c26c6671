/**
 * Verbs of putting out words, which report only with what carries the words as their object:
 * "released a statement", "issued a formal complaint", "delivered a snappy retort". Without one
 * ("released the hostages", "issued citations") they report nothing, and in a phrase ("a poll
 * released Monday") they describe what was put out.
 */
export const PUBLISHING_VERBS = [
  'deliver',
  'issue',
  'release',
  'unveil',
] as const;
