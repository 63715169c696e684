/**
 * Subject kinds a plan can count. Ids are stable keys used in JSON output. Apart from the schema
 * (schema.ts) so that code using them does not load the schema library: the command line loads it
 * only for a plan file.
 */
export const SUBJECT_KINDS = ["tap_the", "ca_nhan", "ho_gia_dinh", "mo_hinh", "doanh_nghiep"] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];
