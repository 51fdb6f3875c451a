import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RegistryActor } from '../engine';
import { projectRoot } from '../lib/project-root';
import { createAjv, describeSchemaErrors } from '../lib/json-schema';
import type { Article, ArticlesFixture } from './fixture-types/articles';
import type { Link, LinksFixture } from './fixture-types/links';
import type { PlanFixture } from './fixture-types/plan';
import type { Position, PositionsFixture } from './fixture-types/positions';
import type { RegistryFixture } from './fixture-types/registry';
import type { SourcesFixture } from './fixture-types/sources';
import type { Clause, VersionFixture } from './fixture-types/version';

/**
 * The corpus as stored in fixtures/plans/<plan>/: plan, one file per version, curated links,
 * positions and the sources registry. Loading validates every file against its JSON Schema in
 * docs/schemas, so a hand edit that breaks the shape fails loudly before anything is seeded.
 *
 * The shapes have one definition, the JSON Schemas: the files' types (./fixture-types) are
 * generated from them, and the model below is those types, read-only, without the files'
 * `schema` tags. Where the model is wider, it is because the analyses also run on a plan read
 * back from the database (src/modules/analysis/snapshot.repository.ts), whose records may lack
 * what a fixture file must have (a position typed in has no outlet or grade; a link added
 * through the API has no confidence); each widening is named at its type.
 */
type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;
type Model<T> = DeepReadonly<Omit<T, 'schema'>>;

export type Basis = VersionFixture['basis'];
/**
 * Evidence grade: A on-record words in an official text or transcript, or a direct quote in a
 * named outlet; B a named outlet's reported speech or a document it says it has seen; C anonymous
 * officials or sources; D an unverified relay, aggregator or mirror (docs/disputes.md).
 */
export type Grade = NonNullable<Clause['grade']>;
export type ClauseStatus = Clause['status'];

export type CorpusClause = DeepReadonly<Clause>;

export type CorpusVersion = Model<VersionFixture> & {
  /** How articles name the version ("28-point plan", …): the registry's versionAliases. */
  readonly aliases?: readonly string[];
};

export type ClauseRef = DeepReadonly<NonNullable<Link['from']>>;

/** A stored link's kind is any the API accepts, and it may have no confidence (''). */
export type CorpusLink = Model<Omit<Link, 'kind' | 'confidence' | 'sources'>> & {
  readonly kind: string;
  readonly confidence: string;
};

/**
 * A stored position may have no actor, outlet or grade (typed in through the API), and its
 * target is whichever of label, labels and topic it has.
 */
export type CorpusPosition = Model<Omit<Position, 'actor' | 'outlet' | 'grade' | 'target'>> & {
  readonly actor?: string;
  readonly outlet?: string;
  readonly grade?: Grade;
  readonly target: {
    readonly label?: string;
    readonly labels?: readonly string[];
    readonly topic?: string;
  };
};

/** A stored source may have no title; its date is null where no stored copy shows one. */
export type CorpusSource = Model<Omit<SourcesFixture['sources'][number], 'title' | 'date'>> & {
  readonly title?: string;
  readonly date?: string | null;
};

/**
 * A news article the corpus drew statements from (`file`, relative to the plan directory, holds
 * the text when it may be redistributed). A stored article lists its reviewed statements and
 * rejections only when it has any.
 */
export type CorpusArticle = Model<Omit<Article, 'statements' | 'rejected'>> & {
  readonly statements?: readonly string[];
  readonly rejected?: DeepReadonly<Article['rejected']>;
};

export interface Corpus {
  readonly plan: Model<PlanFixture>;
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
  const plan = read<PlanFixture>('plan.json', 'fixture-plan.v1.json');
  const versions = readdirSync(join(dir, 'versions'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => read<VersionFixture>(join('versions', f), 'fixture-version.v1.json'));
  const order = new Map(plan.versionOrder.map((slug, i) => [slug, i]));
  versions.sort((x, y) => (order.get(x.slug) ?? Infinity) - (order.get(y.slug) ?? Infinity));
  const registry = existsSync(join(dir, 'registry.json'))
    ? read<RegistryFixture>('registry.json', 'fixture-registry.v1.json')
    : null;
  if (registry !== null) checkRegistry(registry, versions, join(dir, 'registry.json'));
  return {
    plan,
    versions: registry === null ? versions : withAliases(versions, registry),
    ...(registry === null ? {} : { actors: registry.actors, parties: registry.parties }),
    links: read<LinksFixture>('links.json', 'fixture-links.v1.json').links,
    positions: read<PositionsFixture>('positions.json', 'fixture-positions.v1.json').positions,
    sources: read<SourcesFixture>('sources.json', 'fixture-sources.v1.json').sources,
    ...(existsSync(join(dir, 'articles.json'))
      ? {
          articles: read<ArticlesFixture>('articles.json', 'fixture-articles.v1.json').articles,
        }
      : {}),
  };
}

/** fixtures/plans/<plan>/registry.json: who speaks on the plan and how articles name versions. */
export type Registry = DeepReadonly<RegistryFixture>;

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
