// Shapes of the gazetteer data files, validated once at load so a broken file fails with its
// name and the entry at fault rather than as a wrong extraction later.
import { z } from "zod";

const iso3 = z.string().regex(/^[A-Z]{3}$/, "must be an ISO 3166-1 alpha-3 code");
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be YYYY-MM-DD");
const names = z.array(z.string().min(1)).readonly();

export const countrySchema = z.object({
  code: iso3,
  alpha2: z.string().regex(/^[A-Z]{2}$/),
  name: z.string().min(1),
  sovereign: z.boolean(),
  note: z.string().optional(),
  aliases: names,
  demonyms: names,
  capitals: names,
  seats: names,
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});
export const countriesFileSchema = z.object({
  _source: z.string().min(1),
  ambiguousDemonyms: names,
  countries: z.array(countrySchema).readonly(),
});

export const organizationSchema = z.object({
  key: z.string().min(1),
  name: z.string().min(1),
  aliases: names,
  descriptions: names,
  /** Forms that name the body only in context ("the alliance", "the bloc"). */
  ambiguous: names,
  members: z.array(iso3).readonly(),
  memberOrganizations: names.optional(),
  /** Accession dates (YYYY-MM-DD) where known; absent for founding members. */
  since: z.record(iso3, day),
  note: z.string().optional(),
});
export const organizationsFileSchema = z.object({
  _source: z.string().min(1),
  organizations: z.array(organizationSchema).readonly(),
});

export const officeSchema = z.object({
  title: z.string().min(1),
  /** ISO alpha-3, or an organization key for offices such as NATO Secretary-General. */
  country: z.string().min(1),
  from: day,
  to: day.nullable(),
});
export const personSchema = z.object({
  key: z.string().min(1),
  aliases: names,
  offices: z.array(officeSchema).min(1).readonly(),
  /** What is uncertain about the entry (approximate dates, disputed office). */
  note: z.string().optional(),
});
export const peopleFileSchema = z.object({
  _source: z.string().min(1),
  people: z.array(personSchema).readonly(),
});

export const regionSchema = z.object({
  name: z.string().min(1),
  aliases: names,
  country: iso3.nullable(),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  /** "city" is a town that GeoNames (population >= 1000) lacks or spells otherwise. */
  kind: z.enum(["region", "area", "city"]),
});
export const regionsFileSchema = z.object({
  _source: z.string().min(1),
  regions: z.array(regionSchema).readonly(),
});

export const cityStoplistSchema = z.object({
  _source: z.string().min(1),
  names: names,
  /** GeoNames spellings news writes otherwise: {"Odesa": "Odessa|UKR"}. */
  aliases: z.record(z.string(), z.string().regex(/^.+\|[A-Z]{3}$/)),
});

export type Country = z.infer<typeof countrySchema>;
export type Organization = z.infer<typeof organizationSchema>;
export type Office = z.infer<typeof officeSchema>;
export type Person = z.infer<typeof personSchema>;
export type Region = z.infer<typeof regionSchema>;
