import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RegistryActor } from '../engine';
import { projectRoot } from '../lib/project-root';
import { createAjv, describeSchemaErrors } from '../lib/json-schema';

/**
 * The corpus as stored in fixtures/plans/<plan>/: plan, one file per version, curated links,
 * positions and the sources registry. Loading validates every file against its JSON Schema in
 * docs/schemas, so a hand edit that breaks the shape fails loudly before anything is seeded.
 */

export type Basis = 'text' | 'reported' | 'mixed';
/**
 * Evidence grade: A on-record words in an official text or transcript, or a direct quote in a
 * named outlet; B a named outlet's reported speech or a document it says it has seen; C anonymous
 * officials or sources; D an unverified relay, aggregator or mirror (docs/disputes.md).
 */
export type Grade = 'A' | 'B' | 'C' | 'D';
export type ClauseStatus = 'text' | 'reported' | 'placeholder';

export interface CorpusClause {
  readonly label: string;
  readonly parent?: string;
  readonly text: string;
  readonly status: ClauseStatus;
  readonly topics: readonly string[];
  readonly sources: readonly string[];
  /** Editorial notes of the compiler: never part of `text`, so never diffed as plan wording. */
  readonly note?: string;
  /** This clause's own evidence grade (the version's grade is the range over its clauses). */
  readonly grade?: Grade;
}

export interface CorpusVersion {
  readonly slug: string;
  readonly label: string;
  readonly title: string;
  readonly date: string;
  readonly channel: string;
  readonly authorParties: readonly string[];
  readonly basis: Basis;
  readonly grade: string;
  readonly gradeNote: string;
  readonly notes: string;
  readonly parents: readonly string[];
  /** How articles name the version: "28-point plan", "European counter-proposal", … */
  readonly aliases?: readonly string[];
  readonly clauses: readonly CorpusClause[];
}

export interface ClauseRef {
  readonly version: string;
  readonly label: string;
}

export interface CorpusLink {
  readonly from: ClauseRef | null;
  readonly to: ClauseRef | null;
  readonly fromVersion?: string;
  readonly toVersion?: string;
  readonly kind: string;
  readonly evidence: string;
  readonly confidence: string;
}

export interface CorpusPosition {
  readonly id: string;
  /** null for commentators: their words are kept, never counted as a party's stance. */
  readonly party: string | null;
  readonly actor?: string;
  readonly version: string;
  readonly target: {
    readonly label?: string;
    readonly labels?: readonly string[];
    readonly topic?: string;
  };
  readonly stance: 'supports' | 'opposes' | 'conditional' | 'unclear';
  readonly quote: string;
  readonly date: string | null;
  readonly outlet?: string;
  readonly sources: readonly string[];
  readonly note?: string;
  readonly grade?: Grade;
  /** The article (articles.json id) whose reviewed statement this position is. */
  readonly article?: string;
}

export interface CorpusSource {
  readonly url: string;
  readonly outlet: string;
  readonly language: string;
  readonly title?: string;
  /** Publication date (YYYY-MM-DD); null only where no stored copy shows one (note says why). */
  readonly date?: string | null;
  /** How the title was found: the stored page's headline, or read from the URL slug. */
  readonly titleFrom?: 'page' | 'slug';
  readonly note?: string;
  /** The host only mirrors, relays or aggregates others' reporting (what rests on it alone is D). */
  readonly aggregator?: boolean;
}

/**
 * A news article the corpus drew statements from. `file` (relative to the plan directory) holds
 * the text when it may be redistributed; publishers' articles are kept as metadata and hash only.
 */
export interface CorpusArticle {
  readonly id: string;
  readonly title: string;
  readonly outlet: string;
  readonly date: string;
  readonly url: string | null;
  readonly language: string;
  /** SHA-256 (hex) of the article text as imported (UTF-8, after decoding). */
  readonly sha256: string;
  readonly file?: string;
  readonly titleFrom?: 'page' | 'slug';
  readonly note?: string;
  /** Ids of the positions reviewed from this article. */
  readonly statements?: readonly string[];
  /** Extracted statements the review rejected, with the reason. */
  readonly rejected?: readonly { readonly quote: string; readonly reason: string }[];
}

export interface Corpus {
  readonly plan: {
    readonly slug: string;
    readonly title: string;
    readonly description: string;
    readonly versionOrder: readonly string[];
  };
  readonly versions: readonly CorpusVersion[];
  readonly links: readonly CorpusLink[];
  readonly positions: readonly CorpusPosition[];
  readonly sources: readonly CorpusSource[];
  /** The actor registry (registry.json); absent in plans that have none. */
  readonly actors?: readonly RegistryActor[];
  /** The plan's party names as the registry lists them (registry.json). */
  readonly parties?: readonly string[];
  readonly articles?: readonly CorpusArticle[];
}

const SCHEMAS_DIR = join(projectRoot(), 'docs', 'schemas');

function validator(schemasDir: string): (file: string, schemaName: string, value: unknown) => void {
  const ajv = createAjv();
  return (file, schemaName, value) => {
    const schema = JSON.parse(readFileSync(join(schemasDir, schemaName), 'utf8')) as object;
    const validate =
      ajv.getSchema(schemaName) ?? ajv.addSchema(schema, schemaName).getSchema(schemaName)!;
    if (!validate(value)) {
      throw new Error(
        `${file} does not match ${schemaName}: ${describeSchemaErrors(validate.errors)}`,
      );
    }
  };
}

/** Reads and validates a plan's corpus directory (e.g. fixtures/plans/ukraine-2025). */
export function loadCorpus(dir: string, schemasDir = SCHEMAS_DIR): Corpus {
  const check = validator(schemasDir);
  const read = <T>(name: string, schema: string): T => {
    const path = join(dir, name);
    const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
    check(path, schema, value);
    return value as T;
  };
  const plan = read<Corpus['plan']>('plan.json', 'fixture-plan.v1.json');
  const versions = readdirSync(join(dir, 'versions'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => read<CorpusVersion>(join('versions', f), 'fixture-version.v1.json'));
  const order = new Map(plan.versionOrder.map((slug, i) => [slug, i]));
  versions.sort((x, y) => (order.get(x.slug) ?? Infinity) - (order.get(y.slug) ?? Infinity));
  const registry = existsSync(join(dir, 'registry.json'))
    ? read<Registry>('registry.json', 'fixture-registry.v1.json')
    : null;
  if (registry !== null) checkRegistry(registry, versions, join(dir, 'registry.json'));
  return {
    plan,
    versions: registry === null ? versions : withAliases(versions, registry),
    ...(registry === null ? {} : { actors: registry.actors, parties: registry.parties }),
    links: read<{ links: CorpusLink[] }>('links.json', 'fixture-links.v1.json').links,
    positions: read<{ positions: CorpusPosition[] }>('positions.json', 'fixture-positions.v1.json')
      .positions,
    sources: read<{ sources: CorpusSource[] }>('sources.json', 'fixture-sources.v1.json').sources,
    ...(existsSync(join(dir, 'articles.json'))
      ? {
          articles: read<{ articles: CorpusArticle[] }>('articles.json', 'fixture-articles.v1.json')
            .articles,
        }
      : {}),
  };
}

/** fixtures/plans/<plan>/registry.json: who speaks on the plan and how articles name versions. */
export interface Registry {
  readonly schema: 'plandiff.registry/v1';
  readonly parties: readonly string[];
  readonly actors: readonly RegistryActor[];
  readonly versionAliases: Readonly<Record<string, readonly string[]>>;
}

/** What the schema cannot say: parties and version slugs must be the corpus's own. */
function checkRegistry(registry: Registry, versions: readonly CorpusVersion[], file: string): void {
  const slugs = new Set(versions.map((v) => v.slug));
  for (const slug of Object.keys(registry.versionAliases)) {
    if (!slugs.has(slug)) {
      throw new Error(`${file}: versionAliases names unknown version "${slug}"`);
    }
  }
  for (const actor of registry.actors) {
    if (actor.party !== null && !registry.parties.includes(actor.party)) {
      throw new Error(`${file}: actor "${actor.name}" has unknown party "${actor.party}"`);
    }
    if (actor.role === 'commentator' && actor.party !== null) {
      throw new Error(`${file}: commentator "${actor.name}" must have party null`);
    }
  }
}

function withAliases(versions: readonly CorpusVersion[], registry: Registry): CorpusVersion[] {
  return versions.map((v) => {
    const extra = registry.versionAliases[v.slug] ?? [];
    return extra.length === 0
      ? v
      : { ...v, aliases: [...new Set([...(v.aliases ?? []), ...extra])] };
  });
}
